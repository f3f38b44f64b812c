package scripting

import (
	"context"
	"strings"
	"sync/atomic"
)

// Thread is the execution state of one interpreter: the cancellation flag
// that loops and calls poll, the recursion depth, the frame chain used for
// tracebacks and the exceptions being handled.
type Thread struct {
	interp    *Interp
	Ctx       context.Context
	cancelled atomic.Bool
	depth     int
	limit     int
	frame     *Frame
	handling  []*Instance
	pool      []*Frame
}

// checkInterrupt raises KeyboardInterrupt once the context is cancelled.
func (th *Thread) checkInterrupt() {
	if th.cancelled.Load() {
		th.cancelled.Store(false)
		panic(NewExc(KeyboardInterruptType))
	}
}

// Code is a compiled function body with its slot layout.
type Code struct {
	Name       string
	Qualname   string
	File       string
	FirstLine  int
	Doc        Object
	ArgNames   []string // positional parameters
	KwOnly     []string
	VarArg     string
	VarKw      string
	paramSlots []slotRef // where each parameter (args, *args, kwonly, **kw) lives
	nlocals    int
	localNames []string
	ncellvars  int      // cells created by this frame
	freeNames  []string // cells taken from the closure, after the cellvars
	cellNames  []string
	body       stmtFn
	isGen      bool
	isLambda   bool
	exprBody   exprFn
	module     *Module
	classCell  bool // function may call zero-argument super()
}

type slotRef struct {
	cell bool
	idx  int
}

// Frame is one activation: its fast locals and cells.
type Frame struct {
	locals  []Object
	cells   []*Cell
	code    *Code
	fn      *Function
	th      *Thread
	back    *Frame
	line    int
	ret     Object
	classNS *classNamespace // class bodies only
	gen     *genCore        // generator frames only
}

// Function is a function defined in a script.
type Function struct {
	Code       *Code
	Name       string
	Qualname   string
	Doc        Object
	Defaults   []Object
	KwDefaults map[string]Object
	Closure    []*Cell
	Module     *Module
	Dict       map[string]Object
	classCell  *Cell
}

func (f *Function) PyType() *Type { return FunctionType }

// Builtin is a function implemented in Go. Methods of built-in types take
// the object as args[0].
type Builtin struct {
	Name string
	Doc  string
	Fn   func(th *Thread, args []Object, kw Kwargs) Object
	// Sig is the signature shown by help() and inspect, e.g. "(x, /, *, key=None)".
	Sig string
}

// Method binds a callable to an object.
type Method struct {
	Fn   Object
	Self Object
}

// NewBuiltin makes a Go function callable from scripts.
func NewBuiltin(name, doc string, fn func(th *Thread, args []Object, kw Kwargs) Object) *Builtin {
	return &Builtin{Name: name, Doc: doc, Fn: fn}
}

// Call calls any callable object.
func Call(th *Thread, fn Object, args []Object, kw Kwargs) Object {
	switch f := fn.(type) {
	case *Function:
		return f.call(th, args, kw)
	case *Builtin:
		return f.Fn(th, args, kw)
	case *Method:
		a := make([]Object, len(args)+1)
		a[0] = f.Self
		copy(a[1:], args)
		return Call(th, f.Fn, a, kw)
	case *Type:
		return f.call(th, args, kw)
	}
	if c := lookupSpecial(TypeOf(fn), "__call__"); c != nil {
		return callMethod(th, c, fn, args, kw)
	}
	Raise(TypeErrorType, "'%s' object is not callable", typeName(fn))
	return nil
}

// callMethod calls an unbound method found on a type with self prepended.
func callMethod(th *Thread, m Object, self Object, args []Object, kw Kwargs) Object {
	switch f := m.(type) {
	case *Function:
		a := make([]Object, len(args)+1)
		a[0] = self
		copy(a[1:], args)
		return f.call(th, a, kw)
	case *Builtin:
		a := make([]Object, len(args)+1)
		a[0] = self
		copy(a[1:], args)
		// Dunder dispatch between Go methods can recurse without any script
		// frame; count it so a bad cycle is a RecursionError, not a crash.
		th.depth++
		if th.depth > th.limit+50 {
			th.depth--
			Raise(RecursionErrorType, "maximum recursion depth exceeded")
		}
		r := f.Fn(th, a, kw)
		th.depth--
		return r
	case *StaticMethod:
		return Call(th, f.Fn, args, kw)
	case *ClassMethod:
		return Call(th, &Method{Fn: f.Fn, Self: TypeOf(self)}, args, kw)
	}
	return Call(th, bindDescriptor(th, m, self, TypeOf(self)), args, kw)
}

// call0/1/2 are shorthands for dunder calls.
func call1(th *Thread, m Object, self Object) Object {
	return callMethod(th, m, self, nil, nil)
}
func call2(th *Thread, m Object, self, a Object) Object {
	return callMethod(th, m, self, []Object{a}, nil)
}

func (f *Function) newFrame(th *Thread) *Frame {
	c := f.Code
	var fr *Frame
	if n := len(th.pool); n > 0 {
		// reuse a frame released by an earlier call (see release)
		fr = th.pool[n-1]
		th.pool = th.pool[:n-1]
		loc := fr.locals
		*fr = Frame{code: c, fn: f, th: th, line: c.FirstLine}
		if cap(loc) >= c.nlocals {
			fr.locals = loc[:c.nlocals]
		} else {
			fr.locals = make([]Object, c.nlocals)
		}
	} else {
		fr = &Frame{code: c, fn: f, th: th, line: c.FirstLine}
		if c.nlocals > 0 {
			fr.locals = make([]Object, c.nlocals, max(c.nlocals, 8))
		}
	}
	if n := c.ncellvars + len(c.freeNames); n > 0 {
		fr.cells = make([]*Cell, n)
		for i := 0; i < c.ncellvars; i++ {
			fr.cells[i] = &Cell{}
		}
		copy(fr.cells[c.ncellvars:], f.Closure)
	}
	return fr
}

// release returns a finished frame to the thread's pool. Only frames that
// returned normally are released: a frame an exception passed through may
// still be referenced by its traceback, and generator frames live on.
func (th *Thread) release(fr *Frame) {
	if len(th.pool) >= 128 {
		return
	}
	clear(fr.locals)
	fr.cells, fr.ret, fr.back, fr.fn, fr.code = nil, nil, nil, nil, nil
	th.pool = append(th.pool, fr)
}

// simple reports whether a call with n positional arguments can bind them
// directly into parameter slots.
func (c *Code) simple(n int) bool {
	return n == len(c.ArgNames) && c.VarArg == "" && len(c.KwOnly) == 0 && c.VarKw == "" && !c.isGen
}

// setArg stores positional argument i in its parameter slot.
func (fr *Frame) setArg(i int, v Object) {
	s := fr.code.paramSlots[i]
	if s.cell {
		fr.cells[s.idx].V = v
	} else {
		fr.locals[s.idx] = v
	}
}

// finish runs a bound frame and releases it after a normal return.
func (f *Function) finish(th *Thread, fr *Frame) Object {
	r := runFrame(th, fr)
	th.release(fr)
	return r
}

func (f *Function) call(th *Thread, args []Object, kw Kwargs) Object {
	c := f.Code
	fr := f.newFrame(th)
	if kw == nil && len(args) == len(c.ArgNames) && c.VarArg == "" && len(c.KwOnly) == 0 && c.VarKw == "" {
		for i, a := range args {
			fr.setArg(i, a)
		}
	} else {
		f.bindArgs(th, fr, args, kw)
	}
	if c.isGen {
		return newGenerator(th, fr)
	}
	return f.finish(th, fr)
}

// runFrame executes a frame's body with depth accounting.
func runFrame(th *Thread, fr *Frame) Object {
	th.depth++
	if th.depth > th.limit {
		th.depth--
		Raise(RecursionErrorType, "maximum recursion depth exceeded")
	}
	if th.cancelled.Load() {
		th.depth--
		th.checkInterrupt()
	}
	fr.back = th.frame
	th.frame = fr
	var r Object
	if fr.code.exprBody != nil {
		r = fr.code.exprBody(fr)
	} else {
		fr.code.body(fr)
		r = fr.ret
		if r == nil {
			r = None
		}
	}
	th.frame = fr.back
	th.depth--
	return r
}

func (f *Function) bindArgs(th *Thread, fr *Frame, args []Object, kw Kwargs) {
	c := f.Code
	np := len(c.ArgNames)
	vals := make([]Object, len(c.paramSlots))
	// positional
	n := len(args)
	if n > np {
		if c.VarArg == "" {
			given := n
			if np == 1 {
				Raise(TypeErrorType, "%s() takes %d positional argument but %d were given", f.Name, np, given)
			}
			if len(f.Defaults) > 0 {
				Raise(TypeErrorType, "%s() takes from %d to %d positional arguments but %d were given", f.Name, np-len(f.Defaults), np, given)
			}
			Raise(TypeErrorType, "%s() takes %d positional arguments but %d were given", f.Name, np, given)
		}
		copy(vals, args[:np])
		vals[np] = Tuple(append([]Object(nil), args[np:]...))
	} else {
		copy(vals, args)
		if c.VarArg != "" {
			vals[np] = Tuple{}
		}
	}
	kwStart := np
	if c.VarArg != "" {
		kwStart++
	}
	var extra *Dict
	if c.VarKw != "" {
		extra = NewDict()
		vals[len(vals)-1] = extra
	}
	for _, k := range kw {
		found := false
		for i, name := range c.ArgNames {
			if name == k.Name {
				if vals[i] != nil {
					Raise(TypeErrorType, "%s() got multiple values for argument '%s'", f.Name, k.Name)
				}
				vals[i] = k.Value
				found = true
				break
			}
		}
		if !found {
			for i, name := range c.KwOnly {
				if name == k.Name {
					vals[kwStart+i] = k.Value
					found = true
					break
				}
			}
		}
		if !found {
			if extra == nil {
				Raise(TypeErrorType, "%s() got an unexpected keyword argument '%s'", f.Name, k.Name)
			}
			extra.SetItem(th, Str(k.Name), k.Value)
		}
	}
	// defaults
	nd := len(f.Defaults)
	var missing []string
	for i := 0; i < np; i++ {
		if vals[i] == nil {
			if j := i - (np - nd); j >= 0 {
				vals[i] = f.Defaults[j]
			} else {
				missing = append(missing, c.ArgNames[i])
			}
		}
	}
	if len(missing) > 0 {
		raiseMissing(f.Name, "positional", missing)
	}
	for i, name := range c.KwOnly {
		if vals[kwStart+i] == nil {
			if d, ok := f.KwDefaults[name]; ok {
				vals[kwStart+i] = d
			} else {
				missing = append(missing, name)
			}
		}
	}
	if len(missing) > 0 {
		raiseMissing(f.Name, "keyword-only", missing)
	}
	for i, v := range vals {
		s := c.paramSlots[i]
		if s.cell {
			fr.cells[s.idx].V = v
		} else {
			fr.locals[s.idx] = v
		}
	}
}

func raiseMissing(fname, kind string, missing []string) {
	q := make([]string, len(missing))
	for i, m := range missing {
		q[i] = "'" + m + "'"
	}
	var list string
	switch len(q) {
	case 1:
		list = q[0]
	case 2:
		list = q[0] + " and " + q[1]
	default:
		list = strings.Join(q[:len(q)-1], ", ") + ", and " + q[len(q)-1]
	}
	word := "argument"
	if len(q) > 1 {
		word = "arguments"
	}
	Raise(TypeErrorType, "%s() missing %d required %s %s: %s", fname, len(q), kind, word, list)
}

// signature renders a function's parameters for help() and inspect.
func (f *Function) signature() string {
	c := f.Code
	var parts []string
	nd := len(f.Defaults)
	for i, a := range c.ArgNames {
		if j := i - (len(c.ArgNames) - nd); j >= 0 {
			parts = append(parts, a+"="+Repr(nil, f.Defaults[j]))
		} else {
			parts = append(parts, a)
		}
	}
	if c.VarArg != "" {
		parts = append(parts, "*"+c.VarArg)
	} else if len(c.KwOnly) > 0 {
		parts = append(parts, "*")
	}
	for _, k := range c.KwOnly {
		if d, ok := f.KwDefaults[k]; ok {
			parts = append(parts, k+"="+Repr(nil, d))
		} else {
			parts = append(parts, k)
		}
	}
	if c.VarKw != "" {
		parts = append(parts, "**"+c.VarKw)
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// Try runs fn and returns the script exception it raised, or nil. The
// thread's frame chain, depth and handled-exception stack are restored, and
// the traceback records the frames the exception left.
func (th *Thread) Try(fn func()) (exc *Instance) {
	fr, depth, nh := th.frame, th.depth, len(th.handling)
	defer func() {
		if r := recover(); r != nil {
			exc = th.caught(r, fr, depth, nh)
		}
	}()
	fn()
	return nil
}

func (th *Thread) caught(r any, fr *Frame, depth, nh int) *Instance {
	e := asException(r)
	captureTB(e, th, fr)
	if n := len(th.handling); n > 0 && e.Exc != nil {
		if ctx := th.handling[n-1]; ctx != e && e.Exc.Context == None {
			e.Exc.Context = ctx
		}
	}
	if len(th.handling) > nh {
		th.handling = th.handling[:nh]
	}
	th.frame = fr
	th.depth = depth
	return e
}
