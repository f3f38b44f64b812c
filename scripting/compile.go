package scripting

import (
	"math/big"
	"strings"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
)

// The compiler turns the gpython AST into a tree of Go closures. Each
// statement becomes a stmtFn returning how control leaves it, each expression
// an exprFn returning its value. Names are resolved to slots up front (see
// scope.go), so running code never looks a local up by name.

type ctrl uint8

const (
	cNone ctrl = iota
	cBreak
	cContinue
	cReturn
)

type stmtFn func(fr *Frame) ctrl
type exprFn func(fr *Frame) Object
type storeFn func(fr *Frame, v Object)

type compiler struct {
	interp   *Interp
	file     string
	mod      *Module
	scope    *scope
	scopes   map[ast.Ast]*scope
	qualname string
}

// classNamespace is the namespace a class body runs in.
type classNamespace struct {
	m     map[string]Object
	order []string
	cell  *Cell // __class__, filled once the class exists (zero-argument super)
}

func (ns *classNamespace) set(name string, v Object) {
	if _, ok := ns.m[name]; !ok {
		ns.order = append(ns.order, name)
	}
	ns.m[name] = v
}

func syntaxErr(msg string) error {
	e := NewExc(SyntaxErrorType, Str(msg))
	return &Error{Exc: e}
}

// compileError aborts compilation with a SyntaxError at a node.
type compileError struct {
	msg  string
	line int
	col  int
}

func (c *compiler) fail(node ast.Ast, msg string) {
	line, col := 0, 0
	if node != nil {
		line, col = node.GetLineno(), node.GetColOffset()
	}
	panic(&compileError{msg: msg, line: line, col: col})
}

// ---- statements ----

func (c *compiler) stmts(list []ast.Stmt) stmtFn {
	if len(list) == 0 {
		return func(fr *Frame) ctrl { return cNone }
	}
	fns := make([]stmtFn, len(list))
	lines := make([]int, len(list))
	for i, s := range list {
		fns[i] = c.stmt(s)
		lines[i] = s.GetLineno()
	}
	if len(fns) == 1 {
		f, l := fns[0], lines[0]
		return func(fr *Frame) ctrl {
			fr.line = l
			return f(fr)
		}
	}
	return func(fr *Frame) ctrl {
		for i, f := range fns {
			fr.line = lines[i]
			if r := f(fr); r != cNone {
				return r
			}
		}
		return cNone
	}
}

func (c *compiler) stmt(s ast.Stmt) stmtFn {
	switch n := s.(type) {
	case *ast.ExprStmt:
		e := c.expr(n.Value)
		return func(fr *Frame) ctrl { e(fr); return cNone }
	case *ast.Assign:
		return c.assign(n)
	case *ast.AugAssign:
		return c.augAssign(n)
	case *ast.If:
		test := c.cond(n.Test)
		body := c.stmts(n.Body)
		if len(n.Orelse) == 0 {
			return func(fr *Frame) ctrl {
				if test(fr) {
					return body(fr)
				}
				return cNone
			}
		}
		orelse := c.stmts(n.Orelse)
		return func(fr *Frame) ctrl {
			if test(fr) {
				return body(fr)
			}
			return orelse(fr)
		}
	case *ast.While:
		return c.while(n)
	case *ast.For:
		return c.forStmt(n)
	case *ast.Return:
		if n.Value == nil {
			return func(fr *Frame) ctrl { fr.ret = None; return cReturn }
		}
		v := c.expr(n.Value)
		return func(fr *Frame) ctrl { fr.ret = v(fr); return cReturn }
	case *ast.Pass:
		return func(fr *Frame) ctrl { return cNone }
	case *ast.Break:
		return func(fr *Frame) ctrl { return cBreak }
	case *ast.Continue:
		return func(fr *Frame) ctrl { return cContinue }
	case *ast.FunctionDef:
		return c.functionDef(n)
	case *ast.ClassDef:
		return c.classDef(n)
	case *ast.Try:
		return c.try(n)
	case *ast.Raise:
		return c.raise(n)
	case *ast.With:
		return c.with(n, 0)
	case *ast.Assert:
		test := c.cond(n.Test)
		var msg exprFn
		if n.Msg != nil {
			msg = c.expr(n.Msg)
		}
		return func(fr *Frame) ctrl {
			if !test(fr) {
				if msg != nil {
					panic(NewExc(AssertionErrorType, msg(fr)))
				}
				panic(NewExc(AssertionErrorType))
			}
			return cNone
		}
	case *ast.Delete:
		var dels []stmtFn
		for _, t := range n.Targets {
			dels = append(dels, c.del(t))
		}
		return func(fr *Frame) ctrl {
			for _, d := range dels {
				d(fr)
			}
			return cNone
		}
	case *ast.Global, *ast.Nonlocal:
		return func(fr *Frame) ctrl { return cNone }
	case *ast.Import:
		return c.importStmt(n)
	case *ast.ImportFrom:
		return c.importFrom(n)
	}
	c.fail(s, "unsupported statement")
	return nil
}

func (c *compiler) assign(n *ast.Assign) stmtFn {
	v := c.expr(n.Value)
	if len(n.Targets) == 1 {
		if nm, ok := n.Targets[0].(*ast.Name); ok && c.kind(string(nm.Id)) == nkLocal {
			i := c.scope.locals[string(nm.Id)]
			return func(fr *Frame) ctrl { fr.locals[i] = v(fr); return cNone }
		}
		st := c.store(n.Targets[0])
		return func(fr *Frame) ctrl { st(fr, v(fr)); return cNone }
	}
	var sts []storeFn
	for _, t := range n.Targets {
		sts = append(sts, c.store(t))
	}
	return func(fr *Frame) ctrl {
		x := v(fr)
		for _, s := range sts {
			s(fr, x)
		}
		return cNone
	}
}

var augOps = map[ast.OperatorNumber]binOp{
	ast.Add: bAdd, ast.Sub: bSub, ast.Mult: bMul, ast.Div: bDiv, ast.FloorDiv: bFloorDiv, ast.Modulo: bMod,
	ast.Pow: bPow, ast.LShift: bLShift, ast.RShift: bRShift, ast.BitAnd: bAnd, ast.BitOr: bOr, ast.BitXor: bXor,
}

func (c *compiler) augAssign(n *ast.AugAssign) stmtFn {
	op := augOps[n.Op]
	val := c.expr(n.Value)
	apply := func(fr *Frame, a, b Object) Object {
		switch op {
		case bAdd:
			if x, ok := a.(Int); ok {
				if y, ok := b.(Int); ok {
					s := x + y
					if (s > x) == (y > 0) {
						return mkInt(s)
					}
				}
			}
			if x, ok := a.(Float); ok {
				if y, ok := b.(Float); ok {
					return x + y
				}
			}
		case bSub:
			if x, ok := a.(Float); ok {
				if y, ok := b.(Float); ok {
					return x - y
				}
			}
			if _, ok := a.(Int); ok {
				return Sub(fr.th, a, b)
			}
		case bMul:
			if x, ok := a.(Float); ok {
				if y, ok := b.(Float); ok {
					return x * y
				}
			}
			if _, ok := a.(Int); ok {
				return Mul(fr.th, a, b)
			}
		}
		return InplaceOp(fr.th, op, a, b)
	}
	switch t := n.Target.(type) {
	case *ast.Name:
		if c.kind(string(t.Id)) == nkLocal {
			i := c.scope.locals[string(t.Id)]
			name := string(t.Id)
			return func(fr *Frame) ctrl {
				a := fr.locals[i]
				if a == nil {
					raiseUnbound(name)
				}
				fr.locals[i] = apply(fr, a, val(fr))
				return cNone
			}
		}
		load := c.loadName(string(t.Id))
		st := c.store(t)
		return func(fr *Frame) ctrl {
			st(fr, apply(fr, load(fr), val(fr)))
			return cNone
		}
	case *ast.Attribute:
		obj := c.expr(t.Value)
		name := string(t.Attr)
		return func(fr *Frame) ctrl {
			o := obj(fr)
			SetAttr(fr.th, o, name, apply(fr, GetAttr(fr.th, o, name), val(fr)))
			return cNone
		}
	case *ast.Subscript:
		obj := c.expr(t.Value)
		key := c.slice(t.Slice)
		return func(fr *Frame) ctrl {
			o := obj(fr)
			k := key(fr)
			if l, ok := o.(*List); ok {
				if i, ok := k.(Int); ok && i >= 0 && int(i) < len(l.V) {
					// same order as CPython: read, evaluate the right side, store
					cur := l.V[i]
					r := apply(fr, cur, val(fr))
					SetItem(fr.th, l, i, r)
					return cNone
				}
			}
			SetItem(fr.th, o, k, apply(fr, GetItem(fr.th, o, k), val(fr)))
			return cNone
		}
	}
	c.fail(n, "illegal expression for augmented assignment")
	return nil
}

func raiseUnbound(name string) {
	Raise(UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", name)
}

func (c *compiler) while(n *ast.While) stmtFn {
	test := c.cond(n.Test)
	body := c.stmts(n.Body)
	var orelse stmtFn
	if len(n.Orelse) > 0 {
		orelse = c.stmts(n.Orelse)
	}
	return func(fr *Frame) ctrl {
		th := fr.th
		for test(fr) {
			if r, done := afterIteration(th, body(fr)); done {
				return r
			}
		}
		if orelse != nil {
			return orelse(fr)
		}
		return cNone
	}
}

// afterIteration handles how a loop body ended: break and return end the
// loop (done), otherwise the back-edge polls for an interrupt.
func afterIteration(th *Thread, c ctrl) (r ctrl, done bool) {
	switch c {
	case cBreak:
		return cNone, true
	case cReturn:
		return cReturn, true
	}
	if th.cancelled.Load() {
		th.checkInterrupt()
	}
	return cNone, false
}

func (c *compiler) forStmt(n *ast.For) stmtFn {
	iter := c.expr(n.Iter)
	body := c.stmts(n.Body)
	var orelse stmtFn
	if len(n.Orelse) > 0 {
		orelse = c.stmts(n.Orelse)
	}
	localIdx := -1
	if nm, ok := n.Target.(*ast.Name); ok && c.kind(string(nm.Id)) == nkLocal {
		localIdx = c.scope.locals[string(nm.Id)]
	}
	st := c.store(n.Target)
	return func(fr *Frame) ctrl {
		th := fr.th
		seq := iter(fr)
		switch v := seq.(type) {
		case *Range:
			cnt := rangeLen(v)
			x := v.Start
			for k := int64(0); k < cnt; k++ {
				if localIdx >= 0 {
					fr.locals[localIdx] = mkInt(Int(x))
				} else {
					st(fr, mkInt(Int(x)))
				}
				x += v.Step
				if r, done := afterIteration(th, body(fr)); done {
					return r
				}
			}
		case *List:
			for i := 0; i < len(v.V); i++ {
				st(fr, v.V[i])
				if r, done := afterIteration(th, body(fr)); done {
					return r
				}
			}
		default:
			it := Iter(th, seq)
			for {
				x, ok := it.Next(th)
				if !ok {
					break
				}
				st(fr, x)
				if r, done := afterIteration(th, body(fr)); done {
					return r
				}
			}
		}
		if orelse != nil {
			return orelse(fr)
		}
		return cNone
	}
}

func (c *compiler) try(n *ast.Try) stmtFn {
	body := c.stmts(n.Body)
	var orelse, final stmtFn
	if len(n.Orelse) > 0 {
		orelse = c.stmts(n.Orelse)
	}
	if len(n.Finalbody) > 0 {
		final = c.stmts(n.Finalbody)
	}
	type handler struct {
		typ   exprFn
		store storeFn
		del   func(fr *Frame)
		body  stmtFn
		line  int
	}
	var hs []handler
	for _, h := range n.Handlers {
		var hd handler
		if h.ExprType != nil {
			hd.typ = c.expr(h.ExprType)
		}
		if h.Name != "" {
			nm := &ast.Name{Id: h.Name, Ctx: ast.Store}
			nm.Lineno = h.Lineno
			hd.store = c.store(nm)
			hd.del = c.unbind(string(h.Name))
		}
		hd.body = c.stmts(h.Body)
		hd.line = h.Lineno
		hs = append(hs, hd)
	}
	tryExcept := func(fr *Frame) ctrl {
		th := fr.th
		if len(hs) == 0 {
			if r := body(fr); r != cNone {
				return r
			}
			if orelse != nil {
				return orelse(fr)
			}
			return cNone
		}
		var r ctrl
		exc := th.Try(func() { r = body(fr) })
		if exc == nil {
			if r != cNone {
				return r
			}
			if orelse != nil {
				return orelse(fr)
			}
			return cNone
		}
		for _, h := range hs {
			fr.line = h.line
			if h.typ == nil || excMatches(th, exc, h.typ(fr)) {
				nh := len(th.handling)
				th.handling = append(th.handling, exc)
				if h.store != nil {
					h.store(fr, exc)
				}
				r := h.body(fr)
				th.handling = th.handling[:nh]
				if h.del != nil {
					h.del(fr)
				}
				return r
			}
		}
		panic(exc)
	}
	if final == nil {
		return tryExcept
	}
	return func(fr *Frame) ctrl {
		var r ctrl
		exc := fr.th.Try(func() { r = tryExcept(fr) })
		var saved Object
		if r == cReturn {
			saved = fr.ret
		}
		nh := len(fr.th.handling)
		if exc != nil {
			fr.th.handling = append(fr.th.handling, exc)
		}
		fr2 := final(fr)
		fr.th.handling = fr.th.handling[:nh]
		if fr2 != cNone {
			return fr2
		}
		if exc != nil {
			panic(exc)
		}
		if r == cReturn {
			fr.ret = saved
		}
		return r
	}
}

// excMatches implements `except T:` for a class or tuple of classes.
func excMatches(th *Thread, e *Instance, t Object) bool {
	switch v := t.(type) {
	case *Type:
		return e.Class.IsSubtype(v)
	case Tuple:
		for _, x := range v {
			if excMatches(th, e, x) {
				return true
			}
		}
		return false
	}
	Raise(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
	return false
}

// makeException turns `raise X` operands into an exception instance.
func makeException(th *Thread, o Object) *Instance {
	switch v := o.(type) {
	case *Type:
		if v.isExceptionClass() {
			r := v.call(th, nil, nil)
			if e, ok := r.(*Instance); ok && e.Exc != nil {
				return e
			}
		}
	case *Instance:
		if v.Exc != nil {
			return v
		}
	}
	Raise(TypeErrorType, "exceptions must derive from BaseException")
	return nil
}

func (c *compiler) raise(n *ast.Raise) stmtFn {
	if n.Exc == nil {
		return func(fr *Frame) ctrl {
			th := fr.th
			if len(th.handling) == 0 {
				Raise(RuntimeErrorType, "No active exception to reraise")
			}
			panic(th.handling[len(th.handling)-1])
		}
	}
	exc := c.expr(n.Exc)
	var cause exprFn
	if n.Cause != nil {
		cause = c.expr(n.Cause)
	}
	return func(fr *Frame) ctrl {
		e := makeException(fr.th, exc(fr))
		if cause != nil {
			cv := cause(fr)
			if cv == None {
				e.Exc.Cause = None
			} else {
				e.Exc.Cause = makeException(fr.th, cv)
			}
			e.Exc.SuppressContext = true
		}
		panic(e)
	}
}

func (c *compiler) with(n *ast.With, i int) stmtFn {
	item := n.Items[i]
	mgr := c.expr(item.ContextExpr)
	var st storeFn
	if item.OptionalVars != nil {
		st = c.store(item.OptionalVars)
	}
	var body stmtFn
	if i+1 < len(n.Items) {
		body = c.with(n, i+1)
	} else {
		body = c.stmts(n.Body)
	}
	return func(fr *Frame) ctrl {
		th := fr.th
		m := mgr(fr)
		cls := TypeOf(m)
		enter, exit := lookupSpecial(cls, "__enter__"), lookupSpecial(cls, "__exit__")
		if enter == nil || exit == nil {
			Raise(TypeErrorType, "'%s' object does not support the context manager protocol", cls.Name)
		}
		v := call1(th, enter, m)
		if st != nil {
			st(fr, v)
		}
		var r ctrl
		exc := th.Try(func() { r = body(fr) })
		if exc != nil {
			nh := len(th.handling)
			th.handling = append(th.handling, exc)
			res := callMethod(th, exit, m, []Object{exc.Class, exc, None}, nil)
			th.handling = th.handling[:nh]
			if !Truth(th, res) {
				panic(exc)
			}
			return cNone
		}
		callMethod(th, exit, m, []Object{None, None, None}, nil)
		return r
	}
}

// ---- names ----

func (c *compiler) kind(name string) nameKind {
	if k, ok := c.scope.kinds[name]; ok {
		return k
	}
	return nkGlobal
}

func (c *compiler) loadName(name string) exprFn {
	switch c.kind(name) {
	case nkLocal:
		i := c.scope.locals[name]
		return func(fr *Frame) Object {
			v := fr.locals[i]
			if v == nil {
				raiseUnbound(name)
			}
			return v
		}
	case nkCell, nkFree:
		i := c.scope.cells[name]
		free := c.kind(name) == nkFree
		return func(fr *Frame) Object {
			v := fr.cells[i].V
			if v == nil {
				if free {
					Raise(NameErrorType, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
				}
				raiseUnbound(name)
			}
			return v
		}
	case nkClassName:
		gs := c.mod.slot(name)
		bs := builtinSlot(c.interp, name)
		return func(fr *Frame) Object {
			if v, ok := fr.classNS.m[name]; ok {
				return v
			}
			if v := gs.v; v != nil {
				return v
			}
			if v := bs.v; v != nil {
				return v
			}
			Raise(NameErrorType, "name '%s' is not defined", name)
			return nil
		}
	}
	gs := c.mod.slot(name)
	bs := builtinSlot(c.interp, name)
	if c.scope.kind == scopeClass {
		return func(fr *Frame) Object {
			if v, ok := fr.classNS.m[name]; ok {
				return v
			}
			if v := gs.v; v != nil {
				return v
			}
			if v := bs.v; v != nil {
				return v
			}
			Raise(NameErrorType, "name '%s' is not defined", name)
			return nil
		}
	}
	return func(fr *Frame) Object {
		if v := gs.v; v != nil {
			return v
		}
		if v := bs.v; v != nil {
			return v
		}
		Raise(NameErrorType, "name '%s' is not defined", name)
		return nil
	}
}

func (c *compiler) storeName(name string) storeFn {
	switch c.kind(name) {
	case nkLocal:
		i := c.scope.locals[name]
		return func(fr *Frame, v Object) { fr.locals[i] = v }
	case nkCell, nkFree:
		i := c.scope.cells[name]
		return func(fr *Frame, v Object) { fr.cells[i].V = v }
	case nkClassName:
		return func(fr *Frame, v Object) { fr.classNS.set(name, v) }
	}
	gs := c.mod.slot(name)
	return func(fr *Frame, v Object) { gs.v = v }
}

// unbind deletes a name without complaint (after `except E as e:`).
func (c *compiler) unbind(name string) func(fr *Frame) {
	switch c.kind(name) {
	case nkLocal:
		i := c.scope.locals[name]
		return func(fr *Frame) { fr.locals[i] = nil }
	case nkCell, nkFree:
		i := c.scope.cells[name]
		return func(fr *Frame) { fr.cells[i].V = nil }
	case nkClassName:
		return func(fr *Frame) { delete(fr.classNS.m, name) }
	}
	gs := c.mod.slot(name)
	return func(fr *Frame) { gs.v = nil }
}

func (c *compiler) store(t ast.Expr) storeFn {
	switch n := t.(type) {
	case *ast.Name:
		return c.storeName(string(n.Id))
	case *ast.Attribute:
		obj := c.expr(n.Value)
		name := string(n.Attr)
		return func(fr *Frame, v Object) {
			o := obj(fr)
			if inst, ok := o.(*Instance); ok && inst.Class.setattrPlain() {
				instanceSetAttr(fr.th, inst, name, v)
				return
			}
			SetAttr(fr.th, o, name, v)
		}
	case *ast.Subscript:
		obj := c.expr(n.Value)
		key := c.slice(n.Slice)
		return func(fr *Frame, v Object) { SetItem(fr.th, obj(fr), key(fr), v) }
	case *ast.Tuple:
		return c.unpack(n.Elts)
	case *ast.List:
		return c.unpack(n.Elts)
	case *ast.Starred:
		c.fail(n, "starred assignment target must be in a list or tuple")
	}
	c.fail(t, "cannot assign to expression")
	return nil
}

// setattrPlain reports that instances use plain attribute assignment.
func (t *Type) setattrPlain() bool {
	s := lookupSpecial(t, "__setattr__")
	return s == nil || s == objectSetattr
}

func (c *compiler) unpack(elts []ast.Expr) storeFn {
	star := -1
	sts := make([]storeFn, len(elts))
	for i, e := range elts {
		if s, ok := e.(*ast.Starred); ok {
			if star >= 0 {
				c.fail(e, "multiple starred expressions in assignment")
			}
			star = i
			sts[i] = c.store(s.Value)
		} else {
			sts[i] = c.store(e)
		}
	}
	n := len(elts)
	return func(fr *Frame, v Object) {
		var items []Object
		switch x := v.(type) {
		case Tuple:
			items = x
		case *List:
			items = x.V
		default:
			items = iterToSlice(fr.th, v)
		}
		if star < 0 {
			if len(items) != n {
				if len(items) > n {
					Raise(ValueErrorType, "too many values to unpack (expected %d)", n)
				}
				Raise(ValueErrorType, "not enough values to unpack (expected %d, got %d)", n, len(items))
			}
			if n == 2 {
				a, b := items[0], items[1]
				sts[0](fr, a)
				sts[1](fr, b)
				return
			}
			items = append([]Object(nil), items...)
			for i, s := range sts {
				s(fr, items[i])
			}
			return
		}
		if len(items) < n-1 {
			Raise(ValueErrorType, "not enough values to unpack (expected at least %d, got %d)", n-1, len(items))
		}
		items = append([]Object(nil), items...)
		after := n - star - 1
		for i := 0; i < star; i++ {
			sts[i](fr, items[i])
		}
		sts[star](fr, &List{V: append([]Object{}, items[star:len(items)-after]...)})
		for i := 0; i < after; i++ {
			sts[star+1+i](fr, items[len(items)-after+i])
		}
	}
}

func (c *compiler) del(t ast.Expr) stmtFn {
	switch n := t.(type) {
	case *ast.Name:
		name := string(n.Id)
		load := c.loadName(name)
		un := c.unbind(name)
		if c.kind(name) == nkGlobal && c.scope.kind == scopeModule {
			gs := c.mod.slot(name)
			return func(fr *Frame) ctrl {
				if gs.v == nil {
					Raise(NameErrorType, "name '%s' is not defined", name)
				}
				gs.v = nil
				return cNone
			}
		}
		return func(fr *Frame) ctrl { load(fr); un(fr); return cNone }
	case *ast.Attribute:
		obj := c.expr(n.Value)
		name := string(n.Attr)
		return func(fr *Frame) ctrl { DelAttr(fr.th, obj(fr), name); return cNone }
	case *ast.Subscript:
		obj := c.expr(n.Value)
		key := c.slice(n.Slice)
		return func(fr *Frame) ctrl { DelItem(fr.th, obj(fr), key(fr)); return cNone }
	case *ast.Tuple:
		var ds []stmtFn
		for _, e := range n.Elts {
			ds = append(ds, c.del(e))
		}
		return func(fr *Frame) ctrl {
			for _, d := range ds {
				d(fr)
			}
			return cNone
		}
	case *ast.List:
		return c.del(&ast.Tuple{Elts: n.Elts})
	}
	c.fail(t, "cannot delete expression")
	return nil
}

// ---- functions and classes ----

func (c *compiler) childQual(name string) string {
	if c.scope.kind == scopeFunction {
		return c.qualname + ".<locals>." + name
	}
	if c.qualname == "" {
		return name
	}
	return c.qualname + "." + name
}

// compileCode compiles a function-like scope's body.
func (c *compiler) compileCode(node ast.Ast, name string, args *ast.Arguments, body []ast.Stmt, exprBody ast.Expr) *Code {
	s := c.scopes[node]
	sub := &compiler{interp: c.interp, file: c.file, mod: c.mod, scope: s, scopes: c.scopes, qualname: c.childQual(name)}
	code := &Code{Name: name, Qualname: sub.qualname, File: c.file, FirstLine: node.GetLineno(), module: c.mod, isGen: s.isGen}
	code.Doc = None
	if args != nil {
		for _, a := range args.Args {
			code.ArgNames = append(code.ArgNames, string(a.Arg))
			if a.Annotation != nil {
				c.fail(a, "annotations are not supported in the Lumen dialect")
			}
		}
		if args.Vararg != nil {
			code.VarArg = string(args.Vararg.Arg)
		}
		for _, a := range args.Kwonlyargs {
			code.KwOnly = append(code.KwOnly, string(a.Arg))
		}
		if args.Kwarg != nil {
			code.VarKw = string(args.Kwarg.Arg)
		}
	}
	for _, p := range s.params {
		if s.kinds[p] == nkCell {
			code.paramSlots = append(code.paramSlots, slotRef{cell: true, idx: s.cells[p]})
		} else {
			code.paramSlots = append(code.paramSlots, slotRef{idx: s.locals[p]})
		}
	}
	code.nlocals = len(s.localList)
	code.localNames = s.localList
	code.cellNames = s.cellList
	code.ncellvars = len(s.cellList) - len(s.freeList)
	code.freeNames = s.freeList
	if exprBody != nil {
		code.isLambda = true
		if s.isGen {
			e := sub.expr(exprBody)
			code.body = func(fr *Frame) ctrl { e(fr); return cNone }
		} else {
			code.exprBody = sub.expr(exprBody)
		}
	} else {
		if len(body) > 0 {
			if es, ok := body[0].(*ast.ExprStmt); ok {
				if str, ok := es.Value.(*ast.Str); ok {
					code.Doc = Str(string(str.S))
				}
			}
		}
		code.body = sub.stmts(body)
	}
	return code
}

// closureCells collects the cells a child code needs from the current frame.
func (c *compiler) closureCells(code *Code) []int {
	idx := make([]int, len(code.freeNames))
	for i, n := range code.freeNames {
		j, ok := c.scope.cells[n]
		if !ok {
			c.fail(nil, "internal error: no cell for "+n)
		}
		idx[i] = j
	}
	return idx
}

func (c *compiler) defaults(args *ast.Arguments) (func(fr *Frame) []Object, func(fr *Frame) map[string]Object) {
	var defs []exprFn
	for _, d := range args.Defaults {
		defs = append(defs, c.expr(d))
	}
	type kwd struct {
		name string
		e    exprFn
	}
	var kws []kwd
	for i, d := range args.KwDefaults {
		if d != nil {
			kws = append(kws, kwd{string(args.Kwonlyargs[i].Arg), c.expr(d)})
		}
	}
	return func(fr *Frame) []Object {
			if len(defs) == 0 {
				return nil
			}
			out := make([]Object, len(defs))
			for i, d := range defs {
				out[i] = d(fr)
			}
			return out
		}, func(fr *Frame) map[string]Object {
			if len(kws) == 0 {
				return nil
			}
			m := map[string]Object{}
			for _, k := range kws {
				m[k.name] = k.e(fr)
			}
			return m
		}
}

func (c *compiler) makeFunction(code *Code, args *ast.Arguments) exprFn {
	defs, kwdefs := c.defaults(args)
	cells := c.closureCells(code)
	mod := c.mod
	return func(fr *Frame) Object {
		f := &Function{Code: code, Name: code.Name, Qualname: code.Qualname, Doc: code.Doc, Defaults: defs(fr), KwDefaults: kwdefs(fr), Module: mod}
		if len(cells) > 0 {
			f.Closure = make([]*Cell, len(cells))
			for i, j := range cells {
				f.Closure[i] = fr.cells[j]
			}
		}
		if fr.classNS != nil {
			f.classCell = fr.classNS.cell
		} else if fr.fn != nil {
			f.classCell = fr.fn.classCell
		}
		return f
	}
}

func (c *compiler) functionDef(n *ast.FunctionDef) stmtFn {
	if n.Returns != nil {
		c.fail(n, "annotations are not supported in the Lumen dialect")
	}
	var decos []exprFn
	for _, d := range n.DecoratorList {
		decos = append(decos, c.decorator(d))
	}
	code := c.compileCode(n, string(n.Name), n.Args, n.Body, nil)
	mk := c.makeFunction(code, n.Args)
	st := c.storeName(string(n.Name))
	return func(fr *Frame) ctrl {
		ds := make([]Object, len(decos))
		for i, d := range decos {
			ds[i] = d(fr)
		}
		var f Object = mk(fr)
		for i := len(ds) - 1; i >= 0; i-- {
			f = Call(fr.th, ds[i], []Object{f}, nil)
		}
		st(fr, f)
		return cNone
	}
}

func (c *compiler) classDef(n *ast.ClassDef) stmtFn {
	if n.Starargs != nil || n.Kwargs != nil {
		c.fail(n, "class bases with * or ** are not supported")
	}
	var decos []exprFn
	for _, d := range n.DecoratorList {
		decos = append(decos, c.decorator(d))
	}
	var bases []exprFn
	for _, b := range n.Bases {
		bases = append(bases, c.expr(b))
	}
	type kwe struct {
		name string
		e    exprFn
	}
	var kws []kwe
	for _, k := range n.Keywords {
		kws = append(kws, kwe{string(k.Arg), c.expr(k.Value)})
	}
	s := c.scopes[n]
	name := string(n.Name)
	sub := &compiler{interp: c.interp, file: c.file, mod: c.mod, scope: s, scopes: c.scopes, qualname: c.childQual(name)}
	code := &Code{Name: name, Qualname: sub.qualname, File: c.file, FirstLine: n.Lineno, module: c.mod}
	code.cellNames = s.cellList
	code.ncellvars = len(s.cellList) - len(s.freeList)
	code.freeNames = s.freeList
	doc := Object(None)
	if len(n.Body) > 0 {
		if es, ok := n.Body[0].(*ast.ExprStmt); ok {
			if str, ok := es.Value.(*ast.Str); ok {
				doc = Str(string(str.S))
			}
		}
	}
	code.body = sub.stmts(n.Body)
	cells := c.closureCells(code)
	st := c.storeName(name)
	qual := sub.qualname
	modName := c.mod.Name
	return func(fr *Frame) ctrl {
		th := fr.th
		ds := make([]Object, len(decos))
		for i, d := range decos {
			ds[i] = d(fr)
		}
		bs := make([]Object, len(bases))
		for i, b := range bases {
			bs[i] = b(fr)
		}
		var kw Kwargs
		for _, k := range kws {
			kw = append(kw, KwArg{k.name, k.e(fr)})
		}
		ns := &classNamespace{m: map[string]Object{}, cell: &Cell{}}
		ns.set("__module__", Str(modName))
		ns.set("__qualname__", Str(qual))
		if doc != None {
			ns.set("__doc__", doc)
		}
		cfr := &Frame{code: code, th: th, classNS: ns, line: code.FirstLine}
		if n := code.ncellvars + len(code.freeNames); n > 0 {
			cfr.cells = make([]*Cell, n)
			for i := 0; i < code.ncellvars; i++ {
				cfr.cells[i] = &Cell{}
			}
			for i, j := range cells {
				cfr.cells[code.ncellvars+i] = fr.cells[j]
			}
		}
		runFrame(th, cfr)
		cls := buildClass(th, name, bs, ns, kw)
		ns.cell.V = cls
		var obj Object = cls
		for i := len(ds) - 1; i >= 0; i-- {
			obj = Call(th, ds[i], []Object{obj}, nil)
		}
		st(fr, obj)
		return cNone
	}
}

// ---- imports ----

func (c *compiler) importStmt(n *ast.Import) stmtFn {
	var steps []func(fr *Frame)
	for _, a := range n.Names {
		full := string(a.Name)
		if a.AsName != "" {
			st := c.storeName(string(a.AsName))
			steps = append(steps, func(fr *Frame) {
				st(fr, c.interp.importModule(fr.th, full, 0, c.file))
			})
		} else {
			top := full
			for i := 0; i < len(full); i++ {
				if full[i] == '.' {
					top = full[:i]
					break
				}
			}
			st := c.storeName(top)
			steps = append(steps, func(fr *Frame) {
				c.interp.importModule(fr.th, full, 0, c.file)
				st(fr, c.interp.importModule(fr.th, top, 0, c.file))
			})
		}
	}
	return func(fr *Frame) ctrl {
		for _, s := range steps {
			s(fr)
		}
		return cNone
	}
}

func (c *compiler) importFrom(n *ast.ImportFrom) stmtFn {
	modName := string(n.Module)
	level := n.Level
	type item struct {
		name string
		st   storeFn
	}
	var items []item
	star := false
	for _, a := range n.Names {
		if a.Name == "*" {
			star = true
			continue
		}
		as := string(a.AsName)
		if as == "" {
			as = string(a.Name)
		}
		items = append(items, item{string(a.Name), c.storeName(as)})
	}
	mod := c.mod
	return func(fr *Frame) ctrl {
		th := fr.th
		m := c.interp.importModule(th, modName, level, c.file)
		if star {
			for _, k := range m.publicNames() {
				mod.slot(k).v = m.Get(k)
			}
		}
		for _, it := range items {
			v := getAttr(th, m, it.name)
			if v == nil {
				// a submodule of a package
				sub := c.interp.tryImport(th, joinModName(m.Name, it.name), 0, c.file)
				if sub == nil {
					Raise(ImportErrorType, "cannot import name '%s' from '%s'", it.name, m.Name)
				}
				v = sub
			}
			it.st(fr, v)
		}
		return cNone
	}
}

func joinModName(a, b string) string {
	if a == "" {
		return b
	}
	return a + "." + b
}

// ---- constants ----

func constOf(o py.Object) Object {
	switch v := o.(type) {
	case py.Int:
		return Int(int64(v))
	case *py.BigInt:
		b := (*big.Int)(v)
		return MakeInt(new(big.Int).Set(b))
	case py.Float:
		return Float(float64(v))
	case py.String:
		return Str(string(v))
	case py.Bytes:
		return Bytes(string(v))
	case py.Bool:
		return Bool(bool(v))
	case py.NoneType:
		return None
	}
	if o == py.None {
		return None
	}
	if o == py.True {
		return True
	}
	if o == py.False {
		return False
	}
	return nil
}

// decorator compiles a decorator expression; the 3.4 parser keeps a dotted
// decorator name (@prop.setter) as one Name, which we split into attributes.
func (c *compiler) decorator(d ast.Expr) exprFn { return c.expr(d) }

// dottedName compiles a Name the 3.4 parser built from a dotted decorator
// (@functools.wraps(f)) as the attribute chain it stands for.
func (c *compiler) dottedName(d ast.Expr) exprFn {
	if nm, ok := d.(*ast.Name); ok && strings.Contains(string(nm.Id), ".") {
		parts := strings.Split(string(nm.Id), ".")
		var e ast.Expr = &ast.Name{ExprBase: nm.ExprBase, Id: ast.Identifier(parts[0]), Ctx: ast.Load}
		for _, p := range parts[1:] {
			e = &ast.Attribute{ExprBase: nm.ExprBase, Value: e, Attr: ast.Identifier(p), Ctx: ast.Load}
		}
		return c.expr(e)
	}
	return c.expr(d)
}
