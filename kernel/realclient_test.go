package kernel

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestRealJupyterClient drives the toy kernel internal/echolang with Debian's
// jupyter_client and jupyter_kernel_test (python3-jupyter-client,
// python3-jupyter-kernel-test), through the scripts in testdata/jupyter that will later
// drive the real Lumen interpreter. Skipped with -short or when those are not installed.
func TestRealJupyterClient(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: builds a kernel binary and runs python")
	}
	const py = "/usr/bin/python3"
	if err := exec.Command(py, "-c", "import jupyter_client, jupyter_kernel_test").Run(); err != nil {
		t.Skip("python3-jupyter-client / python3-jupyter-kernel-test not installed")
	}
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "echolang")
	build := exec.Command("go", "build", "-o", bin, "./internal/echolang")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building echolang: %v\n%s", err, out)
	}
	kernels := filepath.Join(tmp, "jupyter", "kernels")
	if err := WriteKernelSpec(kernels, bin, "echolang", "echolang"); err != nil {
		t.Fatal(err)
	}
	env := append(os.Environ(),
		"JUPYTER_PATH="+filepath.Join(tmp, "jupyter"),
		"JUPYTER_RUNTIME_DIR="+filepath.Join(tmp, "runtime"),
		"ECHOLANG_HISTORY="+filepath.Join(tmp, "history.jsonl"),
		"LUMEN_KERNEL_NAME=echolang")
	for _, args := range [][]string{
		{"testdata/jupyter/client_script.py"},
		{"-m", "unittest", "testdata/jupyter/test_kernel_spec.py"},
	} {
		cmd := exec.Command(py, args...)
		cmd.Env = env
		out, err := cmd.CombinedOutput()
		t.Logf("%s:\n%s", strings.Join(args, " "), out)
		if err != nil {
			t.Errorf("%s: %v", strings.Join(args, " "), err)
		}
	}
}
