package scripting

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/parser"
	"github.com/go-python/gpython/py"
)

// Module is a module namespace: script modules and Go modules alike.
type Module struct {
	Name    string
	File    string
	Doc     string
	slots   map[string]*slot
	order   []string
	getattr func(name string) Object
}

type slot struct{ v Object }

func (m *Module) PyType() *Type { return ModuleType }

// NewModule makes an empty module.
func NewModule(name, doc string) *Module {
	m := &Module{Name: name, Doc: doc, slots: map[string]*slot{}}
	m.Set("__name__", Str(name))
	m.Set("__doc__", docOf(doc))
	return m
}

func (m *Module) slot(name string) *slot {
	s := m.slots[name]
	if s == nil {
		s = &slot{}
		m.slots[name] = s
		m.order = append(m.order, name)
	}
	return s
}

// Get returns a module attribute or nil.
func (m *Module) Get(name string) Object {
	if s := m.slots[name]; s != nil {
		return s.v
	}
	return nil
}

// Set stores a module attribute.
func (m *Module) Set(name string, v Object) { m.slot(name).v = v }

// AddFunc adds a Go function with a docstring and signature.
func (m *Module) AddFunc(name, sig, doc string, fn func(th *Thread, args []Object, kw Kwargs) Object) *Builtin {
	b := &Builtin{Name: name, Doc: doc, Fn: fn, Sig: sig}
	m.Set(name, b)
	return b
}

// Names lists bound names in definition order.
func (m *Module) Names() []string {
	var out []string
	for _, n := range m.order {
		if m.slots[n].v != nil {
			out = append(out, n)
		}
	}
	return out
}

func (m *Module) publicNames() []string {
	if all, ok := m.Get("__all__").(*List); ok {
		var out []string
		for _, x := range all.V {
			out = append(out, ToStr(nil, x))
		}
		return out
	}
	var out []string
	for _, n := range m.Names() {
		if !strings.HasPrefix(n, "_") {
			out = append(out, n)
		}
	}
	return out
}

// DictCopy returns the module namespace as a dict (a snapshot).
func (m *Module) DictCopy() *Dict {
	d := NewDict()
	for _, n := range m.Names() {
		d.SetStr(n, m.slots[n].v)
	}
	return d
}

// Options configure an interpreter.
type Options struct {
	Stdout, Stderr io.Writer
	Stdin          io.Reader
	Argv           []string
	Path           []string
	RecursionLimit int
	// Display receives rich output (display(), _repr_*_ objects); nil in
	// scripts, where display prints text instead.
	Display DisplayFunc
	// ClearOutput clears the cell's output (clear_output()); nil in scripts.
	ClearOutput func(wait bool)
	// Input answers input(); nil reads a line from Stdin.
	Input func(prompt string, password bool) (string, error)
}

// DisplayFunc publishes a MIME bundle; displayID is "" for plain display,
// update replaces an earlier output with that id.
type DisplayFunc func(bundle map[string]any, metadata map[string]any, displayID string, update bool)

// GoModule builds a Go-implemented module for one interpreter.
type GoModule func(in *Interp) *Module

var (
	regMu     sync.Mutex
	goModules = map[string]GoModule{}
)

// pySources are standard modules written in the dialect itself.
var pySources = map[string]string{}

// RegisterPyModule makes a module implemented as script source importable.
func RegisterPyModule(name, src string) {
	regMu.Lock()
	defer regMu.Unlock()
	pySources[name] = src
}

// RegisterModule makes a Go module importable by name in every interpreter.
func RegisterModule(name string, build GoModule) {
	regMu.Lock()
	defer regMu.Unlock()
	goModules[name] = build
}

// Interp is one interpreter: its __main__ namespace, imported modules and
// execution state. It runs one piece of code at a time.
type Interp struct {
	opts     Options
	th       *Thread
	Main     *Module
	builtins *Module
	modules  map[string]*Module
	loading  map[string]bool
	Stdout   io.Writer
	Stderr   io.Writer
	stdin    io.Reader
	stdinBuf *bufferedReader
	Argv     []string
	Path     []string
	mu       sync.Mutex
	cellNo   int
	// Values attached by embedders (the kernel's display hooks, …).
	Extra map[string]any
}

// New creates an interpreter.
func New(opts Options) *Interp {
	if opts.Stdout == nil {
		opts.Stdout = os.Stdout
	}
	if opts.Stderr == nil {
		opts.Stderr = os.Stderr
	}
	if opts.Stdin == nil {
		opts.Stdin = os.Stdin
	}
	if opts.RecursionLimit <= 0 {
		opts.RecursionLimit = 1000
	}
	in := &Interp{opts: opts, modules: map[string]*Module{}, loading: map[string]bool{},
		Stdout: opts.Stdout, Stderr: opts.Stderr, stdin: opts.Stdin, Argv: opts.Argv, Path: opts.Path, Extra: map[string]any{}}
	if len(in.Argv) == 0 {
		in.Argv = []string{""}
	}
	in.th = &Thread{interp: in, limit: opts.RecursionLimit, Ctx: context.Background()}
	in.builtins = newBuiltinsModule(in)
	in.modules["builtins"] = in.builtins
	in.Main = NewModule("__main__", "")
	in.Main.Set("__builtins__", in.builtins)
	in.modules["__main__"] = in.Main
	return in
}

// Thread returns the interpreter's execution state (for Go bindings that
// call back into scripts).
func (in *Interp) Thread() *Thread { return in.th }

// Options returns the interpreter's options.
func (in *Interp) Options() Options { return in.opts }

func builtinSlot(in *Interp, name string) *slot { return in.builtins.slot(name) }

// Global returns a name from __main__ (nil if unbound).
func (in *Interp) Global(name string) Object { return in.Main.Get(name) }

// SetGlobal binds a name in __main__.
func (in *Interp) SetGlobal(name string, v Object) { in.Main.Set(name, v) }

// ---- sources for tracebacks ----

var (
	srcMu   sync.Mutex
	sources = map[string][]string{}
)

func registerSource(file, src string) {
	srcMu.Lock()
	sources[file] = strings.Split(src, "\n")
	srcMu.Unlock()
}

func sourceLine(file string, line int) string {
	srcMu.Lock()
	lines, ok := sources[file]
	srcMu.Unlock()
	if !ok {
		data, err := os.ReadFile(file)
		if err != nil {
			return ""
		}
		registerSource(file, string(data))
		return sourceLine(file, line)
	}
	if line < 1 || line > len(lines) {
		return ""
	}
	return strings.TrimSpace(lines[line-1])
}

// ---- parsing and running ----

// parse rewrites f-strings and parses src in exec mode.
func parse(src, filename string, mode py.CompileMode) (ast.Mod, error) {
	rewritten, err := rewriteFStrings(src)
	if err != nil {
		return nil, toSyntaxError(err, filename, src)
	}
	if err := checkUnsupported(rewritten); err != nil {
		return nil, toSyntaxError(err, filename, src)
	}
	rewritten = rewriteUnpacking(rewritten)
	mod, err := parser.Parse(bytes.NewBufferString(rewritten), filename, mode)
	if err != nil {
		return nil, toSyntaxError(err, filename, src)
	}
	return mod, nil
}

// toSyntaxError converts parser errors into a script SyntaxError.
func toSyntaxError(err error, filename, src string) error {
	e := NewExc(SyntaxErrorType, Str("invalid syntax"))
	var pe *py.Exception
	if errors.As(err, &pe) {
		msg := "invalid syntax"
		if len(pe.Args.(py.Tuple)) > 0 {
			if s, ok := pe.Args.(py.Tuple)[0].(py.String); ok {
				msg = string(s)
			}
		}
		if pe.Base != nil && string(pe.Base.Name) == "IndentationError" {
			e.Class = IndentationErrorType
		}
		e.Exc.Args = Tuple{Str(msg)}
		e.Dict["msg"] = Str(msg)
		if v, ok := pe.Dict["lineno"].(py.Int); ok {
			e.Dict["lineno"] = Int(v)
		}
		if v, ok := pe.Dict["offset"].(py.Int); ok {
			e.Dict["offset"] = Int(v + 1)
		}
		if v, ok := pe.Dict["line"].(py.String); ok {
			e.Dict["text"] = Str(string(v))
			if off, ok := pe.Dict["offset"].(py.Int); ok && int(off) < len(v) && msg == "invalid syntax" && v[off] == '*' {
				msg = "unpacking with * or ** in displays, or more than one * / ** in a call (Python 3.5+, PEP 448), is not supported in the Lumen dialect"
				e.Exc.Args = Tuple{Str(msg)}
				e.Dict["msg"] = Str(msg)
			}
		}
	} else if se, ok := err.(*syntaxIssue); ok {
		e.Exc.Args = Tuple{Str(se.msg)}
		e.Dict["msg"] = Str(se.msg)
		e.Dict["lineno"] = Int(se.line)
		e.Dict["offset"] = Int(se.col + 1)
		lines := strings.Split(src, "\n")
		if se.line >= 1 && se.line <= len(lines) {
			e.Dict["text"] = Str(lines[se.line-1])
		}
	} else {
		e.Exc.Args = Tuple{Str(err.Error())}
	}
	e.Dict["filename"] = Str(filename)
	return &Error{Exc: e}
}

// syntaxIssue is a syntax error found by our own pre-parse checks.
type syntaxIssue struct {
	msg       string
	line, col int
}

func (s *syntaxIssue) Error() string { return s.msg }

// compileModule compiles a module AST; when wantValue is set and the last
// statement is an expression, its value is returned by the code.
func (in *Interp) compileModule(mod ast.Mod, m *Module, filename string, wantValue bool) (code *Code, err error) {
	root, scopes, serr := buildScopes(mod)
	if serr != nil {
		return nil, serr
	}
	c := &compiler{interp: in, file: filename, mod: m, scope: root, scopes: scopes}
	defer func() {
		if r := recover(); r != nil {
			ce, ok := r.(*compileError)
			if !ok {
				panic(r)
			}
			e := NewExc(SyntaxErrorType, Str(ce.msg))
			e.Dict["msg"] = Str(ce.msg)
			e.Dict["filename"] = Str(filename)
			e.Dict["lineno"] = Int(ce.line)
			e.Dict["offset"] = Int(ce.col + 1)
			e.Dict["text"] = Str(sourceLine(filename, ce.line))
			err = &Error{Exc: e}
		}
	}()
	var body []ast.Stmt
	switch v := mod.(type) {
	case *ast.Module:
		body = v.Body
	case *ast.Interactive:
		body = v.Body
	}
	code = &Code{Name: "<module>", Qualname: "<module>", File: filename, module: m, FirstLine: 1}
	if wantValue && len(body) > 0 {
		if es, ok := body[len(body)-1].(*ast.ExprStmt); ok {
			rest := c.stmts(body[:len(body)-1])
			val := c.expr(es.Value)
			line := es.Lineno
			code.body = func(fr *Frame) ctrl {
				if r := rest(fr); r != cNone {
					return r
				}
				fr.line = line
				fr.ret = val(fr)
				return cNone
			}
			return code, nil
		}
	}
	body0 := c.stmts(body)
	code.body = func(fr *Frame) ctrl {
		body0(fr)
		fr.ret = nil
		return cNone
	}
	return code, nil
}

// Exec runs src in the __main__ namespace. It returns the value of a trailing
// expression statement (nil if there is none or it is None). Errors are
// *Error values carrying the script exception and its traceback; a cancelled
// ctx raises KeyboardInterrupt inside the script within a second.
func (in *Interp) Exec(ctx context.Context, src, filename string) (Object, error) {
	return in.execIn(ctx, in.Main, src, filename, true)
}

// ExecModule runs src as the body of module m (imports use it).
func (in *Interp) execIn(ctx context.Context, m *Module, src, filename string, wantValue bool) (result Object, err error) {
	registerSource(filename, src)
	mod, err := parse(src, filename, py.ExecMode)
	if err != nil {
		return nil, err
	}
	code, err := in.compileModule(mod, m, filename, wantValue)
	if err != nil {
		return nil, err
	}
	return in.run(ctx, code)
}

// run executes module code under ctx with panic protection.
func (in *Interp) run(ctx context.Context, code *Code) (result Object, err error) {
	th := in.th
	nested := th.frame != nil
	if !nested {
		if ctx == nil {
			ctx = context.Background()
		}
		th.Ctx = ctx
		th.cancelled.Store(false)
		// The watcher must be gone when run returns: a caller that cancels
		// ctx right after (a per-cell timeout context) would otherwise race
		// with the next run's reset and interrupt it.
		done, exited := make(chan struct{}), make(chan struct{})
		defer func() {
			close(done)
			<-exited
		}()
		go func() {
			defer close(exited)
			select {
			case <-ctx.Done():
				th.cancelled.Store(true)
			case <-done:
			}
		}()
	}
	fr := &Frame{code: code, th: th, line: 1}
	var exc *Instance
	exc = th.Try(func() {
		result = runFrame(th, fr)
	})
	if exc != nil {
		return nil, &Error{Exc: exc, th: th}
	}
	if result == None {
		result = nil
	}
	return result, nil
}

// ---- imports ----

// importModule imports a dotted module name, raising ImportError.
func (in *Interp) importModule(th *Thread, name string, level int, fromFile string) *Module {
	m := in.tryImport(th, name, level, fromFile)
	if m == nil {
		full := name
		if level > 0 {
			full = strings.Repeat(".", level) + name
		}
		top := full
		Raise(ModuleNotFoundErrorType, "No module named '%s'", top)
	}
	return m
}

func (in *Interp) tryImport(th *Thread, name string, level int, fromFile string) *Module {
	if level > 0 {
		dir := filepath.Dir(fromFile)
		for i := 1; i < level; i++ {
			dir = filepath.Dir(dir)
		}
		if name == "" {
			// `from . import x`: a pseudo package for the directory
			key := "pkg:" + dir
			if m, ok := in.modules[key]; ok {
				return m
			}
			m := NewModule(filepath.Base(dir), "")
			m.File = dir
			m.getattr = func(attr string) Object {
				if sub := in.loadFile(th, attr, filepath.Join(dir, attr+".py")); sub != nil {
					return sub
				}
				return nil
			}
			in.modules[key] = m
			return m
		}
		return in.loadFile(th, name, filepath.Join(dir, strings.ReplaceAll(name, ".", "/")+".py"))
	}
	if m, ok := in.modules[name]; ok {
		return m
	}
	m := in.findModule(th, name, fromFile)
	if m != nil {
		if sys, ok := in.modules["sys"]; ok {
			if d, ok := sys.Get("modules").(*Dict); ok {
				d.SetStr(name, m)
			}
		}
	}
	return m
}

func (in *Interp) findModule(th *Thread, name, fromFile string) *Module {
	if i := strings.LastIndex(name, "."); i > 0 {
		parent := in.tryImport(th, name[:i], 0, fromFile)
		if parent == nil {
			return nil
		}
		if m, ok := in.modules[name]; ok {
			return m
		}
		if sub, ok := parent.Get(name[i+1:]).(*Module); ok {
			in.modules[name] = sub
			return sub
		}
	}
	regMu.Lock()
	build, ok := goModules[name]
	regMu.Unlock()
	if ok {
		m := build(in)
		in.modules[name] = m
		if i := strings.LastIndex(name, "."); i > 0 {
			if parent, ok := in.modules[name[:i]]; ok {
				parent.Set(name[i+1:], m)
			}
		}
		return m
	}
	regMu.Lock()
	src, isPy := pySources[name]
	regMu.Unlock()
	if isPy {
		return in.loadSource(th, name, "<lumen "+name+">", src)
	}
	rel := strings.ReplaceAll(name, ".", "/")
	var dirs []string
	if fromFile != "" && !strings.HasPrefix(fromFile, "<") {
		dirs = append(dirs, filepath.Dir(fromFile))
	}
	dirs = append(dirs, in.Path...)
	for _, d := range dirs {
		for _, cand := range []string{filepath.Join(d, rel+".py"), filepath.Join(d, rel, "__init__.py")} {
			if _, err := os.Stat(cand); err == nil {
				return in.loadFile(th, name, cand)
			}
		}
	}
	return nil
}

func (in *Interp) loadFile(th *Thread, name, path string) *Module {
	abs, _ := filepath.Abs(path)
	key := "file:" + abs
	if m, ok := in.modules[key]; ok {
		return m
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	m := in.loadSourceAs(th, name, path, string(data), key)
	return m
}

func (in *Interp) loadSource(th *Thread, name, path, src string) *Module {
	return in.loadSourceAs(th, name, path, src, "src:"+name)
}

func (in *Interp) loadSourceAs(th *Thread, name, path, data, key string) *Module {
	m := NewModule(name, "")
	m.File = path
	m.Set("__file__", Str(path))
	m.Set("__builtins__", in.builtins)
	in.modules[key] = m
	in.modules[name] = m
	registerSource(path, data)
	mod, perr := parse(data, path, py.ExecMode)
	if perr != nil {
		delete(in.modules, key)
		delete(in.modules, name)
		panic(perr.(*Error).Exc)
	}
	code, cerr := in.compileModule(mod, m, path, false)
	if cerr != nil {
		delete(in.modules, key)
		delete(in.modules, name)
		panic(cerr.(*Error).Exc)
	}
	fr := &Frame{code: code, th: th, line: 1}
	if exc := th.Try(func() { runFrame(th, fr) }); exc != nil {
		delete(in.modules, key)
		delete(in.modules, name)
		panic(exc)
	}
	if doc, ok := m.Get("__doc__").(Str); ok {
		m.Doc = string(doc)
	}
	return m
}

// ModuleNames lists importable Go modules (for completion).
func ModuleNames() []string {
	regMu.Lock()
	defer regMu.Unlock()
	var out []string
	for n := range goModules {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}
