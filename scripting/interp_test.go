package scripting_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/lumenlab/lumen/scripting"
	_ "github.com/lumenlab/lumen/scripting/stdlib"
)

func newInterp(out *bytes.Buffer) *scripting.Interp {
	return scripting.New(scripting.Options{Stdout: out, Stderr: out})
}

func mustExec(t *testing.T, in *scripting.Interp, src string) scripting.Object {
	t.Helper()
	v, err := in.Exec(context.Background(), src, "<test>")
	if err != nil {
		t.Fatalf("exec %q: %v", src, err)
	}
	return v
}

func excName(err error) string {
	var se *scripting.Error
	if errors.As(err, &se) {
		return se.TypeName()
	}
	return ""
}

// TestInterrupt cancels running code of every kind and requires it to stop
// within a second with KeyboardInterrupt, keeping the session's variables.
func TestInterrupt(t *testing.T) {
	cases := map[string]string{
		"while True":     "while True:\n    pass",
		"long for":       "total = 0\nfor i in range(10**12):\n    total += i",
		"deep recursion": "import sys\nsys.setrecursionlimit(200)\ndef f(n):\n    if n > 150:\n        return 0\n    return f(n + 1) + f(n + 1)\nf(0)",
		"call into Go":   "import time\ntime.sleep(100)",
		"comprehension":  "x = [i for i in range(10**12)]",
		"generator":      "def g():\n    while True:\n        yield 1\nfor _ in g():\n    pass",
		"sorted key":     "sorted(range(10**7), key=lambda v: (v * 7919) % 10007)",
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			var out bytes.Buffer
			in := newInterp(&out)
			mustExec(t, in, "kept = 42")
			ctx, cancel := context.WithCancel(context.Background())
			time.AfterFunc(200*time.Millisecond, cancel)
			start := time.Now()
			_, err := in.Exec(ctx, src, "<cell>")
			elapsed := time.Since(start)
			if excName(err) != "KeyboardInterrupt" {
				t.Fatalf("got %v, want KeyboardInterrupt", err)
			}
			if elapsed > 1200*time.Millisecond {
				t.Fatalf("stopped after %v, want within 1 s of the interrupt", elapsed)
			}
			if v := mustExec(t, in, "kept"); scripting.Repr(nil, v) != "42" {
				t.Fatalf("variable lost after interrupt: %v", v)
			}
		})
	}
}

func TestKeyboardInterruptIsCatchable(t *testing.T) {
	var out bytes.Buffer
	in := newInterp(&out)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	_, err := in.Exec(ctx, "try:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    caught = 'yes'", "<cell>")
	if err != nil {
		t.Fatal(err)
	}
	if v := mustExec(t, in, "caught"); scripting.ToStr(nil, v) != "yes" {
		t.Fatalf("caught = %v", v)
	}
}

func TestRecursionLimit(t *testing.T) {
	var out bytes.Buffer
	in := newInterp(&out)
	_, err := in.Exec(context.Background(), "def r(n):\n    return r(n + 1)\nr(0)", "<cell>")
	if excName(err) != "RecursionError" {
		t.Fatalf("got %v, want RecursionError", err)
	}
	// a deeper limit works, and the process is still fine
	v := mustExec(t, in, "import sys\nsys.setrecursionlimit(20000)\ndef d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nd(15000)")
	if scripting.Repr(nil, v) != "15000" {
		t.Fatalf("d(15000) = %v", v)
	}
	_, err = in.Exec(context.Background(), "sys.setrecursionlimit(10**9)", "<cell>")
	if excName(err) != "ValueError" {
		t.Fatalf("huge recursion limit: got %v, want ValueError", err)
	}
}

// TestGoPanicBecomesException checks that a panic inside a Go binding
// reaches the script as a catchable exception carrying the Go message.
func TestGoPanicBecomesException(t *testing.T) {
	scripting.RegisterModule("_paniky", func(in *scripting.Interp) *scripting.Module {
		m := scripting.NewModule("_paniky", "test module")
		m.AddFunc("boom", "()", "Panics.", func(th *scripting.Thread, args []scripting.Object, kw scripting.Kwargs) scripting.Object {
			var m map[string]int
			m["x"] = 1
			return scripting.None
		})
		return m
	})
	var out bytes.Buffer
	in := newInterp(&out)
	mustExec(t, in, "import _paniky\ntry:\n    _paniky.boom()\nexcept RuntimeError as e:\n    msg = str(e)")
	msg := scripting.ToStr(nil, mustExec(t, in, "msg"))
	if !strings.Contains(msg, "assignment to entry in nil map") {
		t.Fatalf("message %q does not carry the Go panic", msg)
	}
}

func TestUnsupportedSyntaxIsNamed(t *testing.T) {
	cases := map[string]string{
		"walrus":       "if (n := 10) > 5:\n    pass",
		"async":        "async def f():\n    pass",
		"matmul":       "c = a @ b",
		"annotation":   "def f(x: int):\n    return x",
		"return annot": "def f(x) -> int:\n    return x",
		"complex":      "z = 1 + 2j",
	}
	want := map[string]string{
		"walrus": "assignment expressions", "async": "async", "matmul": "@", "annotation": "annotations",
		"return annot": "annotations", "complex": "complex",
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			var out bytes.Buffer
			_, err := newInterp(&out).Exec(context.Background(), src, "<cell>")
			if excName(err) != "SyntaxError" {
				t.Fatalf("got %v, want SyntaxError", err)
			}
			if !strings.Contains(err.Error(), want[name]) || !strings.Contains(err.Error(), "not supported") {
				t.Fatalf("message %q should name %q and say it is not supported", err.Error(), want[name])
			}
		})
	}
}

// TestTracebackFormat compares a traceback with CPython 3.11's layout for
// the same program.
func TestTracebackFormat(t *testing.T) {
	src := "def inner(x):\n    return 1 / x\n\ndef outer():\n    return inner(0)\n\nouter()\n"
	var out bytes.Buffer
	_, err := newInterp(&out).Exec(context.Background(), src, "prog.py")
	var se *scripting.Error
	if !errors.As(err, &se) {
		t.Fatalf("got %v", err)
	}
	want := `Traceback (most recent call last):
  File "prog.py", line 7, in <module>
    outer()
  File "prog.py", line 5, in outer
    return inner(0)
  File "prog.py", line 2, in inner
    return 1 / x
ZeroDivisionError: division by zero
`
	if got := se.Traceback(); got != want {
		t.Fatalf("traceback:\n%s\nwant:\n%s", got, want)
	}
}

func TestChainedTraceback(t *testing.T) {
	src := "try:\n    {}['k']\nexcept KeyError as e:\n    raise ValueError('bad key') from e\n"
	var out bytes.Buffer
	_, err := newInterp(&out).Exec(context.Background(), src, "c.py")
	tb := err.(*scripting.Error).Traceback()
	for _, part := range []string{"KeyError: 'k'", "The above exception was the direct cause of the following exception:", "ValueError: bad key"} {
		if !strings.Contains(tb, part) {
			t.Fatalf("traceback lacks %q:\n%s", part, tb)
		}
	}
}

func TestSyntaxErrorReport(t *testing.T) {
	var out bytes.Buffer
	_, err := newInterp(&out).Exec(context.Background(), "x = (1,\ny = 2\n", "s.py")
	if excName(err) != "SyntaxError" {
		t.Fatalf("got %v", err)
	}
	if tb := err.(*scripting.Error).Traceback(); !strings.Contains(tb, `File "s.py", line`) {
		t.Fatalf("syntax error report lacks location:\n%s", tb)
	}
}

func TestIsComplete(t *testing.T) {
	in := newInterp(&bytes.Buffer{})
	cases := []struct{ code, status string }{
		{"x = 1", "complete"},
		{"for i in range(3):", "incomplete"},
		{"x = (1,", "incomplete"},
		{"s = '''abc", "incomplete"},
		{"x = = 1", "invalid"},
		{"def f():\n    return 1\n", "incomplete"},
		{"def f():\n    return 1\n\n", "complete"},
		{"x = [1, 2,\n     3]", "complete"},
		{"def f(:\n    pass\n", "invalid"},
	}
	for _, c := range cases {
		if got, _ := in.IsComplete(c.code); got != c.status {
			t.Errorf("IsComplete(%q) = %s, want %s", c.code, got, c.status)
		}
	}
	if _, indent := in.IsComplete("if x:"); indent != "    " {
		t.Errorf("indent %q, want four spaces", indent)
	}
}

func TestCompleteAndInspect(t *testing.T) {
	in := newInterp(&bytes.Buffer{})
	mustExec(t, in, "import math\ndef energy(temperature, field=0.0):\n    'Energy per spin.'\n    return temperature\nclass Lattice:\n    def sweep(self):\n        pass\nlat = Lattice()\nvalue_one = 1")
	has := func(list []string, s string) bool {
		for _, x := range list {
			if x == s {
				return true
			}
		}
		return false
	}
	m, start, end := in.Complete("math.sq", 7)
	if !has(m, "sqrt") || start != 5 || end != 7 {
		t.Errorf("Complete(math.sq) = %v %d %d", m, start, end)
	}
	if m, _, _ := in.Complete("lat.sw", 6); !has(m, "sweep") {
		t.Errorf("attribute completion: %v", m)
	}
	if m, _, _ := in.Complete("value_", 6); !has(m, "value_one") {
		t.Errorf("name completion: %v", m)
	}
	if m, _, _ := in.Complete("energy(temp", 11); !has(m, "temperature=") {
		t.Errorf("keyword completion: %v", m)
	}
	// cursor positions count code points, not bytes
	if m, start, _ := in.Complete("s = 'é'; math.fl", 16); !has(m, "floor") || start != 14 {
		t.Errorf("unicode cursor: %v %d", m, start)
	}
	text, found := in.Inspect("energy(", 7, 0)
	if !found || !strings.Contains(text, "energy(temperature, field=0.0)") || !strings.Contains(text, "Energy per spin.") {
		t.Errorf("Inspect = %q, %v", text, found)
	}
}

func TestHelpShowsDocstrings(t *testing.T) {
	var out bytes.Buffer
	in := newInterp(&out)
	mustExec(t, in, "def f(a, *, b=2):\n    '''Adds things.'''\n    return a + b\nhelp(f)")
	if !strings.Contains(out.String(), "f(a, *, b=2)") || !strings.Contains(out.String(), "Adds things.") {
		t.Fatalf("help output:\n%s", out.String())
	}
}

func TestGlobalsAndModules(t *testing.T) {
	in := newInterp(&bytes.Buffer{})
	in.SetGlobal("n", scripting.Int(20))
	mustExec(t, in, "squares = [i * i for i in range(n)]")
	l, ok := in.Global("squares").(*scripting.List)
	if !ok || len(l.V) != 20 || scripting.Repr(nil, l.V[19]) != "361" {
		t.Fatalf("squares = %v", in.Global("squares"))
	}
	v := scripting.ToGo(nil, mustExec(t, in, "{'a': [1, 2.5, 'x', None, True]}"))
	if m, ok := v.(map[string]any); !ok || len(m["a"].([]any)) != 5 {
		t.Fatalf("ToGo = %#v", v)
	}
}

func TestOutputIsInOrder(t *testing.T) {
	var out bytes.Buffer
	in := newInterp(&out)
	mustExec(t, in, "import sys\nfor i in range(3):\n    print(i)\n    sys.stdout.write('w%d\\n' % i)")
	if out.String() != "0\nw0\n1\nw1\n2\nw2\n" {
		t.Fatalf("output %q", out.String())
	}
}

// TestFStringEdges: implicit concatenation next to f-strings and f-strings
// nested in replacement fields (outputs from CPython 3.11).
func TestFStringEdges(t *testing.T) {
	var out bytes.Buffer
	in := newInterp(&out)
	mustExec(t, in, "x = 3.5\nd = {'a 3.5': 7.25}\nprint(f\"a{x}\" \"b\", \"a\" f\"b{x}\", f\"{x}\" f\"{x}\")\nprint(f\"{d[f'a {x:g}']:.1f}\")\nprint((\"multi\"\n  f\"line {x}\"\n  \"end\"))")
	want := "a3.5b ab3.5 3.53.5\n7.2\nmultiline 3.5end\n"
	if out.String() != want {
		t.Fatalf("got %q, want %q", out.String(), want)
	}
}

// TestCancelAfterRunDoesNotLeak: a context cancelled right after its Exec
// returned (a notebook cell's timeout context) must not interrupt the next
// Exec. The watcher used to race with the next run's reset.
func TestCancelAfterRunDoesNotLeak(t *testing.T) {
	var out bytes.Buffer
	in := newInterp(&out)
	for i := 0; i < 300; i++ {
		ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
		_, err := in.Exec(ctx, "x = 1", "<cell>")
		cancel()
		if err != nil {
			t.Fatalf("run %d: %v", i, err)
		}
		if _, err := in.Exec(context.Background(), "s = 0\nfor k in range(20000):\n    s += k", "<cell>"); err != nil {
			t.Fatalf("run %d after a cancelled context: %v", i, err)
		}
	}
}
