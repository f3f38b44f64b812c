// Package lumenlang serves Lumen's Python dialect (package scripting) as a Jupyter
// kernel language: it implements kernel.Language over one *scripting.Interp.
//
// The interpreter's hooks are fixed when it is created, so the adapter installs shims
// once (stdout, stderr, display, clear_output, input) that forward to the ExecIO of the
// cell that is running; output produced outside a cell (there is none in practice) is
// dropped. Each cell runs under the file name "<cell-N>", N being its execution count,
// so tracebacks read `File "<cell-3>", line 2, in <module>` and point at In[3].
//
// The kernel never calls a Language concurrently, so there is no locking around the
// interpreter itself; the current ExecIO is guarded because stream writes may come from
// goroutines started by Go bindings.
package lumenlang

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/lumenlab/lumen/kernel"
	"github.com/lumenlab/lumen/scripting"
	_ "github.com/lumenlab/lumen/scripting/stdlib" // math, time, json, … for cells
)

// Lang is the kernel.Language of the Lumen dialect.
type Lang struct {
	in *scripting.Interp

	mu  sync.Mutex
	cur kernel.ExecIO   // the running cell's ExecIO, nil between cells
	ctx context.Context // the running cell's context

	lastCount int // execution count of the previous cell (for unique cell names)
	seq       int // cells run, for names when the count repeats (silent, store_history=false)
}

// Options configure a Lang.
type Options struct {
	Argv []string // sys.argv (default [""])
	Path []string // extra import directories
}

// New creates the language with a fresh interpreter.
func New(opts Options) *Lang {
	l := &Lang{}
	l.in = scripting.New(scripting.Options{
		Stdout:      writerShim{l, false},
		Stderr:      writerShim{l, true},
		Stdin:       strings.NewReader(""),
		Argv:        opts.Argv,
		Path:        opts.Path,
		Display:     l.display,
		ClearOutput: l.clearOutput,
		Input:       l.input,
	})
	return l
}

// Interp is the interpreter behind the kernel (for embedders adding modules or globals).
func (l *Lang) Interp() *scripting.Interp { return l.in }

// Info describes the language for kernel_info_reply (see kernel/doc.go for the name).
func (l *Lang) Info() kernel.LanguageInfo {
	return kernel.LanguageInfo{
		Name:                  "lumen",
		Version:               scripting.Version,
		Mimetype:              "text/x-python",
		FileExtension:         ".py",
		PygmentsLexer:         "python3",
		CodemirrorMode:        map[string]any{"name": "python", "version": 3},
		NbconvertExporter:     "python",
		Banner:                "Lumen " + scripting.Version + ": photonic neuromorphic computing in a Python dialect",
		Implementation:        "lumen",
		ImplementationVersion: scripting.Version,
		HelpLinks: []kernel.HelpLink{
			{Text: "Lumen", URL: "https://github.com/lumenlab/lumen"},
			{Text: "Lumen kernel", URL: "https://github.com/lumenlab/lumen/blob/main/docs/kernel.md"},
		},
	}
}

// current returns the running cell's ExecIO (nil between cells).
func (l *Lang) current() (kernel.ExecIO, context.Context) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.cur, l.ctx
}

func (l *Lang) setCurrent(eio kernel.ExecIO, ctx context.Context) {
	l.mu.Lock()
	l.cur, l.ctx = eio, ctx
	l.mu.Unlock()
}

// cellName names a cell for tracebacks: "<cell-N>" after its execution count, with a
// suffix when the count repeats (silent runs, store_history=false), so every cell's
// source stays addressable.
func (l *Lang) cellName(eio kernel.ExecIO) string {
	l.seq++
	c, ok := eio.(interface{ ExecutionCount() int })
	if !ok {
		return fmt.Sprintf("<cell-%d>", l.seq)
	}
	n := c.ExecutionCount()
	if n != l.lastCount {
		l.lastCount = n
		return fmt.Sprintf("<cell-%d>", n)
	}
	return fmt.Sprintf("<cell-%d.%d>", n, l.seq)
}

// Execute runs one cell. The value of a trailing expression is returned as its MIME
// bundle; a script exception (KeyboardInterrupt on interrupt included) as an ExecError.
func (l *Lang) Execute(ctx context.Context, code string, eio kernel.ExecIO) (kernel.MimeBundle, *kernel.ExecError) {
	l.setCurrent(eio, ctx)
	defer l.setCurrent(nil, nil)
	v, err := l.in.Exec(ctx, code, l.cellName(eio))
	if err != nil {
		return nil, execError(err)
	}
	if v == nil {
		return nil, nil
	}
	return l.bundle(v)
}

// EvalExpression evaluates one of execute_request's user_expressions.
func (l *Lang) EvalExpression(ctx context.Context, expr string) (kernel.MimeBundle, *kernel.ExecError) {
	v, err := l.in.Exec(ctx, expr, "<user_expression>")
	if err != nil {
		return nil, execError(err)
	}
	if v == nil {
		v = scripting.None
	}
	return l.bundle(v)
}

// bundle renders v; _repr_*_ methods are user code, so their exceptions become errors.
func (l *Lang) bundle(v scripting.Object) (b kernel.MimeBundle, e *kernel.ExecError) {
	th := l.in.Thread()
	if exc := th.Try(func() { b = l.in.MimeBundle(v) }); exc != nil {
		return nil, execError(&scripting.Error{Exc: exc})
	}
	return b, nil
}

// execError converts an interpreter error to the kernel's, with CPython-style
// traceback lines.
func execError(err error) *kernel.ExecError {
	var se *scripting.Error
	if !errors.As(err, &se) {
		return &kernel.ExecError{Name: "SystemError", Value: err.Error(), Traceback: []string{"SystemError: " + err.Error()}}
	}
	var tb []string
	for _, line := range se.Lines() {
		tb = append(tb, strings.TrimSuffix(line, "\n"))
	}
	return &kernel.ExecError{Name: se.TypeName(), Value: se.Message(), Traceback: tb}
}

// Complete completes names, attributes, module members and keyword arguments.
func (l *Lang) Complete(code string, cursorPos int) ([]string, int, int) {
	return l.in.Complete(code, cursorPos)
}

// Inspect returns the signature and docstring at the cursor as text/plain.
func (l *Lang) Inspect(code string, cursorPos, detailLevel int) (kernel.MimeBundle, bool) {
	text, found := l.in.Inspect(code, cursorPos, detailLevel)
	if !found {
		return nil, false
	}
	return kernel.MimeBundle{"text/plain": text}, true
}

// IsComplete reports "complete", "incomplete" (with the next line's indent) or "invalid".
func (l *Lang) IsComplete(code string) (string, string) { return l.in.IsComplete(code) }

// ---- hooks: forward to the running cell ----

// writerShim is the interpreter's stdout or stderr.
type writerShim struct {
	l      *Lang
	stderr bool
}

func (w writerShim) Write(p []byte) (int, error) {
	eio, _ := w.l.current()
	if eio == nil {
		return len(p), nil
	}
	var out io.Writer
	if w.stderr {
		out = eio.Stderr()
	} else {
		out = eio.Stdout()
	}
	return out.Write(p)
}

func (l *Lang) display(bundle map[string]any, metadata map[string]any, displayID string, update bool) {
	if eio, _ := l.current(); eio != nil {
		eio.Display(kernel.MimeBundle(bundle), metadata, displayID, update)
	}
}

func (l *Lang) clearOutput(wait bool) {
	if eio, _ := l.current(); eio != nil {
		eio.ClearOutput(wait)
	}
}

// input answers input(): an input_request on the stdin channel. An interrupt while
// waiting raises KeyboardInterrupt, as in CPython.
func (l *Lang) input(prompt string, password bool) (string, error) {
	eio, ctx := l.current()
	if eio == nil {
		return "", kernel.ErrNoStdin
	}
	s, err := eio.Input(prompt, password)
	if err != nil && ctx != nil && ctx.Err() != nil {
		scripting.Raise(scripting.KeyboardInterruptType, "")
	}
	return s, err
}
