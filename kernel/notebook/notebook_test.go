package notebook_test

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/lumenlab/lumen/kernel/lumenlang"
	"github.com/lumenlab/lumen/kernel/notebook"
)

func nbJSON(cells ...map[string]any) []byte {
	b, _ := json.Marshal(map[string]any{"cells": cells, "metadata": map[string]any{}, "nbformat": 4, "nbformat_minor": 5})
	return b
}

func code(src string, tags ...string) map[string]any {
	md := map[string]any{}
	if len(tags) > 0 {
		md["tags"] = tags
	}
	return map[string]any{"cell_type": "code", "metadata": md, "source": src, "outputs": []any{}, "execution_count": nil}
}

func TestRunCollectsOutputs(t *testing.T) {
	nb, err := notebook.Parse(nbJSON(
		code("n = 3", "parameters"),
		code("print('hello')\nimport sys\nsys.stderr.write('warn\\n')\nn * 2"),
		code("h = display('a', display_id=True)\nh.update('b')"),
		map[string]any{"cell_type": "markdown", "metadata": map[string]any{}, "source": "# Title"},
	), "t.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	res := notebook.Run(context.Background(), nb, lumenlang.New(lumenlang.Options{}), notebook.RunOptions{Params: []notebook.Param{{Name: "n", Value: "21"}}})
	if res.Err != nil {
		t.Fatalf("run failed: %v", res.Err)
	}
	if !nb.Cells[1].HasTag("injected-parameters") || !strings.Contains(string(nb.Cells[1].Source), "n = 21") {
		t.Fatalf("parameters not injected after the parameters cell: %+v", nb.Cells[1])
	}
	out := nb.Cells[2].Outputs
	if len(out) != 3 || out[0]["name"] != "stdout" || out[1]["name"] != "stderr" || out[2]["output_type"] != "execute_result" {
		t.Fatalf("outputs: %v", out)
	}
	if got := strings.Join(out[2]["data"].(map[string]any)["text/plain"].([]string), ""); got != "42" {
		t.Fatalf("result %q, want 42 (the injected n)", got)
	}
	disp := nb.Cells[3].Outputs
	if len(disp) != 1 || !strings.Contains(strings.Join(disp[0]["data"].(map[string]any)["text/plain"].([]string), ""), "b") {
		t.Fatalf("display update not applied in place: %v", disp)
	}
	if nb.Metadata["lumen"] == nil {
		t.Fatal("no report metadata")
	}
	html, err := notebook.ExportHTML(nb, "t")
	if err != nil || !strings.Contains(string(html), "In [2]:") || !strings.Contains(string(html), "hello") {
		t.Fatalf("export: %v", err)
	}
}

func TestMalformedNotebooks(t *testing.T) {
	cases := map[string]string{
		"invalid JSON": `{"cells": [`,
		"old format":   `{"nbformat": 3, "worksheets": []}`,
		"not notebook": `{"hello": 1}`,
		"cell type":    `{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [{"cell_type": "weird", "metadata": {}, "source": ""}]}`,
	}
	want := map[string]string{"invalid JSON": "invalid JSON", "old format": "nbformat 3", "not notebook": "nbformat", "cell type": "unknown cell_type"}
	for name, src := range cases {
		if _, err := notebook.Parse([]byte(src), "x.ipynb"); err == nil || !strings.Contains(err.Error(), want[name]) {
			t.Errorf("%s: error %v, want mention of %q", name, err, want[name])
		}
	}
}

// lumenBin builds the CLI for the end-to-end checks.
func lumenBin(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "lumen")
	if out, err := exec.Command("go", "build", "-o", bin, "../../cmd/lumen").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return bin
}

func TestFailingCellAndAtomicWrites(t *testing.T) {
	bin := lumenBin(t)
	dir := t.TempDir()
	in := filepath.Join(dir, "fail.ipynb")
	src := nbJSON(code("x = 1"), code("raise ValueError('broken cell')"), code("print('never')"))
	os.WriteFile(in, src, 0o644)
	out := filepath.Join(dir, "out.ipynb")
	cmd := exec.Command(bin, "notebook", "run", in, "-o", out, "--html", filepath.Join(dir, "out.html"))
	stderr, _ := cmd.CombinedOutput()
	if cmd.ProcessState.ExitCode() != 1 {
		t.Fatalf("exit code %d, want 1\n%s", cmd.ProcessState.ExitCode(), stderr)
	}
	if !strings.Contains(string(stderr), "ValueError: broken cell") || !strings.Contains(string(stderr), "cell") {
		t.Fatalf("stderr lacks the cell and traceback:\n%s", stderr)
	}
	if now, _ := os.ReadFile(in); string(now) != string(src) {
		t.Fatal("the input notebook was modified")
	}
	nb, err := notebook.Read(out)
	if err != nil {
		t.Fatalf("partial output unreadable: %v", err)
	}
	marked := false
	for _, c := range nb.Cells {
		if m, ok := c.Metadata["lumen"].(map[string]any); ok && m["exception"] == true {
			marked = true
		}
		if strings.Contains(string(c.Source), "never") && len(c.Outputs) != 0 {
			t.Fatal("cells after the failure must not run")
		}
	}
	if !marked {
		t.Fatal("failing cell not marked in the output notebook")
	}
	// a killed run leaves no file behind (outputs are written by rename)
	slow := filepath.Join(dir, "slow.ipynb")
	os.WriteFile(slow, nbJSON(code("import time\ntime.sleep(30)")), 0o644)
	killed := filepath.Join(dir, "killed.ipynb")
	k := exec.Command(bin, "notebook", "run", slow, "-o", killed)
	if err := k.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(500 * time.Millisecond)
	k.Process.Signal(syscall.SIGKILL)
	k.Wait()
	if _, err := os.Stat(killed); !os.IsNotExist(err) {
		t.Fatal("a killed run left an output file")
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Fatalf("temp file left behind: %s", e.Name())
		}
	}
}

func TestNotebookCommandErrors(t *testing.T) {
	bin := lumenBin(t)
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.ipynb")
	os.WriteFile(bad, []byte("{not json"), 0o644)
	for _, args := range [][]string{
		{"notebook", "run", bad, "-o", filepath.Join(dir, "o.ipynb")},
		{"notebook", "run", filepath.Join(dir, "missing.ipynb"), "-o", filepath.Join(dir, "o.ipynb")},
		{"notebook", "run", bad},
		{"notebook", "run", bad, "-p", "1x=2", "-o", "o.ipynb"},
	} {
		out, _ := exec.Command(bin, args...).CombinedOutput()
		if !strings.Contains(string(out), "lumen notebook run:") || strings.Contains(string(out), "panic") {
			t.Errorf("%v: unclear error:\n%s", args, out)
		}
	}
}

func TestMarkdownLists(t *testing.T) {
	nb, _ := notebook.Parse(nbJSON(map[string]any{"cell_type": "markdown", "metadata": map[string]any{}, "source": "Steps:\n\n1. first\n2. second\n\n- a\n- b"}), "m.ipynb")
	page, err := notebook.ExportHTML(nb, "m")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<ol>", "<li>first</li>", "<li>second</li>", "</ol>", "<ul>", "<li>a</li>"} {
		if !strings.Contains(string(page), want) {
			t.Fatalf("export lacks %q", want)
		}
	}
}
