package stdlib

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/lumenlab/lumen/scripting"
)

func run(t *testing.T, src string) string {
	t.Helper()
	var out bytes.Buffer
	in := scripting.New(scripting.Options{Stdout: &out, Stderr: &out})
	if _, err := in.Exec(context.Background(), src, "<test>"); err != nil {
		if e, ok := err.(*scripting.Error); ok {
			t.Fatalf("script error:\n%s\noutput so far:\n%s", e.Traceback(), out.String())
		}
		t.Fatalf("script error: %v\noutput so far:\n%s", err, out.String())
	}
	return out.String()
}

func TestSnippets(t *testing.T) {
	for _, tc := range snippetTests {
		t.Run(tc.name, func(t *testing.T) {
			got := run(t, tc.src)
			if got != tc.want {
				gl, wl := strings.Split(got, "\n"), strings.Split(tc.want, "\n")
				for i := range wl {
					if i >= len(gl) || gl[i] != wl[i] {
						g := "<missing>"
						if i < len(gl) {
							g = gl[i]
						}
						t.Errorf("line %d:\n got: %s\nwant: %s", i+1, g, wl[i])
					}
				}
			}
		})
	}
}

// The operator module relies on the order of the runtime's operator codes.
func TestOperatorCodes(t *testing.T) {
	got := run(t, `import operator as o
print(o.add(7,2), o.sub(7,2), o.mul(7,2), o.truediv(7,2), o.floordiv(7,2), o.mod(7,2), o.pow(7,2), o.lshift(7,2), o.rshift(7,2), o.and_(7,2), o.or_(7,2), o.xor(7,2))
print(o.lt(1,2), o.le(1,2), o.eq(1,2), o.ne(1,2), o.gt(1,2), o.ge(1,2))
`)
	want := "9 5 14 3.5 3 1 49 28 1 2 7 5\nTrue True False True False False\n"
	if got != want {
		t.Fatalf("got %q want %q", got, want)
	}
}

func TestSleepInterruptible(t *testing.T) {
	in := scripting.New(scripting.Options{Stdout: &bytes.Buffer{}})
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := in.Exec(ctx, "import time\ntime.sleep(30)\n", "<test>")
	if err == nil {
		t.Fatal("sleep was not interrupted")
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("sleep took %v after cancel", d)
	}
}
