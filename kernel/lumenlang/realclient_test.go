package lumenlang

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// debianPackages is what the real-client tests need (`make setup` installs them).
const debianPackages = "apt-get update && apt-get install -y python3-jupyter-client python3-jupyter-kernel-test python3-nbclient python3-ipykernel jupyter-nbconvert"

// TestRealJupyterClients builds the lumen binary, installs its kernelspec with
// `lumen install --prefix` into a temporary JUPYTER_PATH (the user's Jupyter directories
// are never touched) and drives the real interpreter through Debian's Jupyter clients:
//
//   - testdata/jupyter/client_script.py: jupyter_client, interrupt/restart/stdin/…
//   - testdata/jupyter/test_kernel_spec.py: the jupyter_kernel_test suite
//   - testdata/jupyter/run_notebook.py: nbclient executes smoke.ipynb, nbconvert renders it
//
// Missing Debian packages fail the test with the install command (skipped only with -short).
func TestRealJupyterClients(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: builds the lumen binary and runs Jupyter clients")
	}
	const py = "/usr/bin/python3"
	if out, err := exec.Command(py, "-c", "import jupyter_client, jupyter_kernel_test, nbclient, nbconvert").CombinedOutput(); err != nil {
		t.Fatalf("the Jupyter client packages are missing (%v: %s); install them with:\n  %s", err, strings.TrimSpace(string(out)), debianPackages)
	}
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "bin", "lumen")
	t0 := time.Now()
	build := exec.Command("go", "build", "-o", bin, "github.com/lumenlab/lumen/cmd/lumen")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building lumen: %v\n%s", err, out)
	}
	t.Logf("built lumen in %.1fs", time.Since(t0).Seconds())

	prefix := filepath.Join(tmp, "prefix")
	jupyterPath := filepath.Join(prefix, "share", "jupyter")
	env := append(os.Environ(),
		"JUPYTER_PATH="+jupyterPath,
		"JUPYTER_DATA_DIR="+filepath.Join(tmp, "data"), // history goes here
		"JUPYTER_RUNTIME_DIR="+filepath.Join(tmp, "runtime"),
		"JUPYTER_CONFIG_DIR="+filepath.Join(tmp, "config"),
		"JUPYTER_PLATFORM_DIRS=1",
		"LUMEN_KERNEL_NAME=lumen")

	install := exec.Command(bin, "install", "--prefix", prefix)
	install.Env = env
	out, err := install.CombinedOutput()
	t.Logf("lumen install --prefix:\n%s", out)
	if err != nil {
		t.Fatalf("lumen install: %v", err)
	}
	if !strings.Contains(string(out), `lists kernel "lumen"`) && !strings.Contains(string(out), "not on PATH") {
		t.Errorf("lumen install did not confirm that Jupyter sees the kernel")
	}

	dir, _ := filepath.Abs("../testdata/jupyter")
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"jupyter_client", []string{filepath.Join(dir, "client_script.py")}},
		{"jupyter_kernel_test", []string{"-m", "unittest", "-v", "test_kernel_spec"}},
		{"nbclient", []string{filepath.Join(dir, "run_notebook.py"), filepath.Join(tmp, "smoke.out.ipynb")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, py, tc.args...)
			cmd.Dir = dir
			cmd.Env = env
			start := time.Now()
			out, err := cmd.CombinedOutput()
			t.Logf("%s (%.1fs):\n%s", strings.Join(tc.args, " "), time.Since(start).Seconds(), out)
			if err != nil {
				t.Fatalf("%s failed: %v", tc.name, err)
			}
		})
	}

	uninstall := exec.Command(bin, "uninstall", "--prefix", prefix)
	uninstall.Env = env
	if out, err := uninstall.CombinedOutput(); err != nil {
		t.Errorf("lumen uninstall: %v\n%s", err, out)
	}
	if _, err := os.Stat(filepath.Join(jupyterPath, "kernels", "lumen")); !os.IsNotExist(err) {
		t.Errorf("kernelspec still there after uninstall: %v", err)
	}
}

// TestKernelCommandErrors: a missing, unreadable or invalid connection file is exit 2
// with a clear message.
func TestKernelCommandErrors(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the lumen binary")
	}
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "lumen")
	if out, err := exec.Command("go", "build", "-o", bin, "github.com/lumenlab/lumen/cmd/lumen").CombinedOutput(); err != nil {
		t.Fatalf("building lumen: %v\n%s", err, out)
	}
	bad := filepath.Join(tmp, "bad.json")
	os.WriteFile(bad, []byte("{"), 0o644)
	badPort := filepath.Join(tmp, "port.json")
	os.WriteFile(badPort, []byte(`{"shell_port": "x"}`), 0o644)
	unreadable := filepath.Join(tmp, "unreadable.json")
	os.WriteFile(unreadable, []byte("{}"), 0o000)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"kernel"}, "--connection-file is required"},
		{[]string{"kernel", "--connection-file", filepath.Join(tmp, "missing.json")}, "no such file"},
		{[]string{"kernel", "--connection-file", bad}, "not valid JSON"},
		{[]string{"kernel", "--connection-file", badPort}, `"shell_port"`},
		{[]string{"kernel", "--connection-file", unreadable}, "connection file"},
		{[]string{"kernel", "--bogus"}, "usage: lumen kernel"},
	} {
		if tc.args[len(tc.args)-1] == unreadable && os.Geteuid() == 0 {
			continue // root reads anything
		}
		cmd := exec.Command(bin, tc.args...)
		out, err := cmd.CombinedOutput()
		code := -1
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
		if code != 2 || !strings.Contains(string(out), tc.want) {
			t.Errorf("lumen %s: exit %d, output %q; want exit 2 and %q", strings.Join(tc.args, " "), code, out, tc.want)
		}
	}
}
