package lumenlang

import (
	"context"
	"errors"
	"io"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/lumenlab/lumen/kernel"
)

// fakeIO records what a cell sends to the frontend.
type fakeIO struct {
	mu      sync.Mutex
	out     strings.Builder
	err     strings.Builder
	events  []string // "display:<id>:<update>:<text/plain>", "clear:<wait>"
	bundles []kernel.MimeBundle
	input   func(prompt string) (string, error)
	count   int
}

type fakeWriter struct {
	f   *fakeIO
	err bool
}

func (w fakeWriter) Write(p []byte) (int, error) {
	w.f.mu.Lock()
	defer w.f.mu.Unlock()
	if w.err {
		return w.f.err.Write(p)
	}
	return w.f.out.Write(p)
}

func (f *fakeIO) Stdout() io.Writer { return fakeWriter{f, false} }
func (f *fakeIO) Stderr() io.Writer { return fakeWriter{f, true} }
func (f *fakeIO) Display(data kernel.MimeBundle, md map[string]any, id string, update bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	tp, _ := data["text/plain"].(string)
	upd := "new"
	if update {
		upd = "update"
	}
	if id == "" {
		id = "-"
	} else {
		id = "id"
	}
	f.events = append(f.events, "display:"+id+":"+upd+":"+tp)
	f.bundles = append(f.bundles, data)
}
func (f *fakeIO) ClearOutput(wait bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if wait {
		f.events = append(f.events, "clear:wait")
	} else {
		f.events = append(f.events, "clear")
	}
}
func (f *fakeIO) Input(prompt string, password bool) (string, error) {
	if f.input == nil {
		return "", kernel.ErrNoStdin
	}
	return f.input(prompt)
}
func (f *fakeIO) ExecutionCount() int { return f.count }

func run(t *testing.T, l *Lang, code string) (*fakeIO, kernel.MimeBundle, *kernel.ExecError) {
	t.Helper()
	f := &fakeIO{count: 1}
	res, err := l.Execute(context.Background(), code, f)
	return f, res, err
}

func TestExecuteOutputAndResult(t *testing.T) {
	l := New(Options{})
	f, res, err := run(t, l, "import sys\nprint('hello')\nprint('oops', file=sys.stderr)\n6 * 7")
	if err != nil {
		t.Fatalf("error: %v %v", err, err.Traceback)
	}
	if f.out.String() != "hello\n" || f.err.String() != "oops\n" {
		t.Errorf("stdout %q stderr %q", f.out.String(), f.err.String())
	}
	if !reflect.DeepEqual(res, kernel.MimeBundle{"text/plain": "42"}) {
		t.Errorf("result %v", res)
	}
	// None and statements produce no result.
	for _, code := range []string{"None", "x = 1", "def f():\n    pass"} {
		if _, res, err := run(t, l, code); res != nil || err != nil {
			t.Errorf("%q: result %v err %v", code, res, err)
		}
	}
}

func TestRichResultAndDisplay(t *testing.T) {
	l := New(Options{})
	code := `class Card:
    def _repr_html_(self):
        return "<b>card</b>"
    def __repr__(self):
        return "Card()"
h = display(Card(), display_id=True)
h.update("two")
clear_output(wait=True)
clear_output()
display("plain")
Card()`
	f, res, err := run(t, l, code)
	if err != nil {
		t.Fatalf("error: %v %v", err, err.Traceback)
	}
	want := []string{"display:id:new:Card()", "display:id:update:'two'", "clear:wait", "clear", "display:-:new:'plain'"}
	if !reflect.DeepEqual(f.events, want) {
		t.Errorf("events %q, want %q", f.events, want)
	}
	if f.bundles[0]["text/html"] != "<b>card</b>" {
		t.Errorf("display bundle %v", f.bundles[0])
	}
	if res["text/html"] != "<b>card</b>" || res["text/plain"] != "Card()" {
		t.Errorf("result %v", res)
	}
}

func TestErrors(t *testing.T) {
	l := New(Options{})
	_, _, err := run(t, l, "def f():\n    raise ValueError('boom')\nf()")
	if err == nil || err.Name != "ValueError" || err.Value != "boom" {
		t.Fatalf("err %+v", err)
	}
	tb := strings.Join(err.Traceback, "\n")
	for _, want := range []string{"Traceback (most recent call last):", `File "<cell-1>", line 3, in <module>`, "raise ValueError('boom')", "ValueError: boom"} {
		if !strings.Contains(tb, want) {
			t.Errorf("traceback lacks %q:\n%s", want, tb)
		}
	}
	for _, line := range err.Traceback {
		if strings.HasSuffix(line, "\n") {
			t.Errorf("traceback line ends with a newline: %q", line)
		}
	}
	_, _, err = run(t, l, "1 +* 2 )")
	if err == nil || err.Name != "SyntaxError" {
		t.Fatalf("syntax error: %+v", err)
	}
	// A failing _repr_html_ is an error, not a crash.
	_, _, err = run(t, l, "class B:\n    def _repr_html_(self):\n        raise KeyError('x')\nB()")
	if err == nil || err.Name != "KeyError" {
		t.Fatalf("repr error: %+v", err)
	}
	// The interpreter is still usable.
	if _, res, err := run(t, l, "1 + 1"); err != nil || res["text/plain"] != "2" {
		t.Fatalf("after errors: %v %v", res, err)
	}
}

func TestCellNames(t *testing.T) {
	l := New(Options{})
	names := []string{}
	for _, c := range []int{1, 1, 2, 3} {
		names = append(names, l.cellName(&fakeIO{count: c}))
	}
	want := []string{"<cell-1>", "<cell-1.2>", "<cell-2>", "<cell-3>"}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("names %q, want %q", names, want)
	}
}

func TestInterruptKeepsVariables(t *testing.T) {
	l := New(Options{})
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(200 * time.Millisecond); cancel() }()
	t0 := time.Now()
	_, err := l.Execute(ctx, "before = 42\nwhile True:\n    pass", &fakeIO{count: 1})
	if err == nil || err.Name != "KeyboardInterrupt" {
		t.Fatalf("err %+v", err)
	}
	if d := time.Since(t0); d > 1200*time.Millisecond {
		t.Errorf("interrupt took %v", d)
	}
	if _, res, err := run(t, l, "before"); err != nil || res["text/plain"] != "42" {
		t.Fatalf("after interrupt: %v %v", res, err)
	}
}

func TestInput(t *testing.T) {
	l := New(Options{})
	f := &fakeIO{count: 1, input: func(p string) (string, error) { return "Ada:" + p, nil }}
	_, err := l.Execute(context.Background(), "x = input('Name? ')\nprint('got: ' + x)", f)
	if err != nil || f.out.String() != "got: Ada:Name? \n" {
		t.Fatalf("input: %q %v", f.out.String(), err)
	}
	_, _, err = run(t, l, "input('Name? ')")
	if err == nil || !strings.Contains(err.Value, "does not support input") {
		t.Fatalf("input without stdin: %+v", err)
	}
	// Interrupted while waiting: KeyboardInterrupt.
	ctx, cancel := context.WithCancel(context.Background())
	f = &fakeIO{count: 2, input: func(string) (string, error) {
		cancel()
		return "", errors.New("input(): interrupted")
	}}
	_, err = l.Execute(ctx, "input()", f)
	if err == nil || err.Name != "KeyboardInterrupt" {
		t.Fatalf("interrupted input: %+v", err)
	}
}

// A Go panic below the interpreter (here: in the frontend's writer) becomes a script
// exception; the kernel's own recover covers anything that escapes.
func TestPanicInHook(t *testing.T) {
	l := New(Options{})
	f := &panicIO{fakeIO{count: 1}}
	_, err := l.Execute(context.Background(), "print('x')", f)
	if err == nil {
		t.Fatal("no error from a panicking writer")
	}
	t.Logf("panic became %s: %s", err.Name, err.Value)
	if _, res, err := run(t, l, "2 + 2"); err != nil || res["text/plain"] != "4" {
		t.Fatalf("after panic: %v %v", res, err)
	}
}

type panicIO struct{ fakeIO }

type panicWriter struct{}

func (panicWriter) Write(p []byte) (int, error) { panic("writer exploded") }

func (p *panicIO) Stdout() io.Writer { return panicWriter{} }

func TestCompleteInspectIsComplete(t *testing.T) {
	l := New(Options{})
	m, s, e := l.Complete("pri", 3)
	if !reflect.DeepEqual(m, []string{"print"}) || s != 0 || e != 3 {
		t.Errorf("complete pri: %v %d %d", m, s, e)
	}
	m, s, e = l.Complete("x = str.upp", 11)
	if !reflect.DeepEqual(m, []string{"upper"}) || s != 8 || e != 11 {
		t.Errorf("complete str.upp: %v %d %d", m, s, e)
	}
	// Code points, not bytes.
	m, s, e = l.Complete("é = 1; pri", 10)
	if !reflect.DeepEqual(m, []string{"print"}) || s != 7 || e != 10 {
		t.Errorf("complete after é: %v %d %d", m, s, e)
	}
	m, _, _ = l.Complete("print(1, se", 11)
	if !contains(m, "sep=") {
		t.Errorf("keyword completion: %v", m)
	}
	d, found := l.Inspect("print", 5, 0)
	if !found || !strings.Contains(d["text/plain"].(string), "print(") {
		t.Errorf("inspect: %v %v", d, found)
	}
	d, found = l.Inspect("len(", 4, 1)
	if !found || d["text/plain"] == "" {
		t.Errorf("inspect in call: %v %v", d, found)
	}
	if _, found := l.Inspect("no_such_name", 5, 0); found {
		t.Errorf("inspect unknown name found")
	}
	for code, want := range map[string]string{"print(1)": "complete", "for i in range(3):": "incomplete", "1 +* 2 )": "invalid"} {
		if got, _ := l.IsComplete(code); got != want {
			t.Errorf("IsComplete(%q) = %s, want %s", code, got, want)
		}
	}
	if _, indent := l.IsComplete("for i in range(3):"); indent != "    " {
		t.Errorf("indent %q", indent)
	}
}

func TestEvalExpression(t *testing.T) {
	l := New(Options{})
	run(t, l, "a = 6")
	if res, err := l.EvalExpression(context.Background(), "a * 7"); err != nil || res["text/plain"] != "42" {
		t.Errorf("eval: %v %v", res, err)
	}
	if _, err := l.EvalExpression(context.Background(), "nope"); err == nil || err.Name != "NameError" {
		t.Errorf("eval error: %+v", err)
	}
}

func TestInfo(t *testing.T) {
	li := New(Options{}).Info()
	if li.Name != "lumen" || li.FileExtension != ".py" || li.PygmentsLexer != "python3" || li.Mimetype != "text/x-python" {
		t.Errorf("info %+v", li)
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
