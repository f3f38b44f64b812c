package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// lumenBin builds the binary once for the command tests.
func lumenBin(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "lumen")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return bin
}

func writeScript(t *testing.T, dir, name, src string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRunCommand(t *testing.T) {
	bin := lumenBin(t)
	dir := t.TempDir()
	writeScript(t, dir, "helper.py", "def twice(x):\n    return 2 * x\n")
	cases := []struct {
		name, src  string
		args       []string
		code       int
		stdout     string
		stderrHave string
	}{
		{"argv and import", "import sys\nfrom helper import twice\nprint(sys.argv[1:], twice(21))\n", []string{"a", "b"}, 0, "['a', 'b'] 42\n", ""},
		{"sys.exit code", "import sys\nprint('before')\nsys.exit(3)\n", nil, 3, "before\n", ""},
		{"sys.exit message", "import sys\nsys.exit('bad input')\n", nil, 1, "", "bad input"},
		{"uncaught exception", "def f():\n    raise ValueError('nope')\nf()\n", nil, 1, "", "ValueError: nope"},
		{"exit()", "exit(0)\nprint('unreachable')\n", nil, 0, "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := writeScript(t, dir, "main.py", c.src)
			cmd := exec.Command(bin, append([]string{"run", p}, c.args...)...)
			var so, se bytes.Buffer
			cmd.Stdout, cmd.Stderr = &so, &se
			err := cmd.Run()
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			}
			if code != c.code || so.String() != c.stdout || !strings.Contains(se.String(), c.stderrHave) {
				t.Fatalf("exit %d stdout %q stderr %q; want %d %q containing %q", code, so.String(), se.String(), c.code, c.stdout, c.stderrHave)
			}
		})
	}
	if err := exec.Command(bin, "run", filepath.Join(dir, "missing.py")).Run(); err == nil {
		t.Fatal("a missing script must fail")
	}
}

func TestReplReadsBlocks(t *testing.T) {
	bin := lumenBin(t)
	cmd := exec.Command(bin, "repl")
	cmd.Env = append(os.Environ(), "XDG_DATA_HOME="+t.TempDir())
	cmd.Stdin = strings.NewReader("x = 6\nx * 7\nfor i in range(2):\n    print('row', i)\n\n1/0\nprint('still alive')\n")
	out, _ := cmd.CombinedOutput()
	for _, want := range []string{"42", "row 0", "row 1", "ZeroDivisionError: division by zero", "still alive"} {
		if !strings.Contains(string(out), want) {
			t.Fatalf("repl output lacks %q:\n%s", want, out)
		}
	}
}

func TestVersion(t *testing.T) {
	out, err := exec.Command(lumenBin(t), "version").Output()
	if err != nil || !strings.HasPrefix(string(out), "lumen ") {
		t.Fatalf("version: %q %v", out, err)
	}
}
