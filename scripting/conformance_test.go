package scripting_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lumenlab/lumen/scripting"
	_ "github.com/lumenlab/lumen/scripting/stdlib"
)

// TestConformance runs every corpus program and requires stdout to be
// byte-identical to what CPython 3.11 printed (the .out files).
func TestConformance(t *testing.T) {
	dir, err := filepath.Abs("testdata/conformance")
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.py"))
	if len(files) < 150 {
		t.Fatalf("corpus has %d programs, want at least 150", len(files))
	}
	wd, _ := os.Getwd()
	defer os.Chdir(wd)
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(strings.TrimSuffix(name, ".py"), func(t *testing.T) {
			want, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".out")
			if err != nil {
				t.Fatalf("missing expected output: %v", err)
			}
			var out, errOut bytes.Buffer
			in := scripting.New(scripting.Options{Stdout: &out, Stderr: &errOut, Argv: []string{name}, Path: []string{dir}})
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			err = in.ExecFile(ctx, name)
			var se *scripting.Error
			if err != nil && !(errors.As(err, &se) && se.TypeName() == "SystemExit") {
				t.Errorf("error: %v\n%s", err, tracebackOf(err))
			}
			if got := out.String(); got != string(want) {
				t.Errorf("stdout differs from CPython 3.11:\n%s", firstDiff(got, string(want)))
			}
		})
	}
}

func tracebackOf(err error) string {
	var se *scripting.Error
	if errors.As(err, &se) {
		return se.Traceback()
	}
	return ""
}

// firstDiff shows the first differing line with a little context.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + itoa(i+1) + ":\n  got:  " + gl + "\n  want: " + wl
		}
	}
	return "(identical lines, different endings)"
}

func itoa(i int) string {
	return strings.TrimSpace(strings.Repeat(" ", 0) + string(rune('0'+i/1000%10)) + string(rune('0'+i/100%10)) + string(rune('0'+i/10%10)) + string(rune('0'+i%10)))
}
