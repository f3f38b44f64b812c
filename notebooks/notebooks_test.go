// Package notebooks holds the example notebooks that reproduce the papers;
// the test executes each at CI scale through a real Jupyter client and through
// `lumen notebook run`. Each notebook asserts its own key numbers in a final
// cell, so a result outside its stated tolerance fails both runs.
package notebooks

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const py = "/usr/bin/python3"

func TestNotebooks(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: builds lumen and runs every notebook twice")
	}
	if out, err := exec.Command(py, "-c", "import nbclient, nbformat").CombinedOutput(); err != nil {
		t.Fatalf("nbclient is missing (%v: %s); install it with:\n  apt-get install -y python3-nbclient python3-jupyter-client", err, out)
	}
	notebooks, _ := filepath.Glob("*.ipynb")
	if len(notebooks) == 0 {
		t.Fatal("no notebooks")
	}
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "lumen")
	if out, err := exec.Command("go", "build", "-o", bin, "github.com/lumenlab/lumen/cmd/lumen").CombinedOutput(); err != nil {
		t.Fatalf("building lumen: %v\n%s", err, out)
	}
	prefix := filepath.Join(tmp, "prefix")
	env := append(os.Environ(),
		"JUPYTER_PATH="+filepath.Join(prefix, "share", "jupyter"),
		"JUPYTER_DATA_DIR="+filepath.Join(tmp, "data"),
		"JUPYTER_RUNTIME_DIR="+filepath.Join(tmp, "runtime"),
		"JUPYTER_CONFIG_DIR="+filepath.Join(tmp, "config"),
		"JUPYTER_PLATFORM_DIRS=1")
	install := exec.Command(bin, "install", "--prefix", prefix)
	install.Env = env
	if out, err := install.CombinedOutput(); err != nil {
		t.Fatalf("lumen install: %v\n%s", err, out)
	}
	for _, nb := range notebooks {
		name := strings.TrimSuffix(nb, ".ipynb")
		t.Run(name+"/nbclient", func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, py, "run_nbclient.py", nb, filepath.Join(tmp, name+".nbclient.ipynb"))
			cmd.Env = env
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("nbclient: %v\n%s", err, out)
			}
		})
		t.Run(name+"/lumen", func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
			defer cancel()
			html := filepath.Join(tmp, name+".html")
			cmd := exec.CommandContext(ctx, bin, "notebook", "run", nb, "-o", filepath.Join(tmp, name+".out.ipynb"), "--html", html)
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("lumen notebook run: %v\n%s", err, out)
			}
			page, _ := os.ReadFile(html)
			if !strings.Contains(string(page), "<header class=\"report\">") {
				t.Fatal("the HTML report has no header")
			}
		})
	}
}
