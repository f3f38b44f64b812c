package scripting

import (
	"strings"
	"sync/atomic"

	"github.com/go-python/gpython/ast"
)

func (c *compiler) exprs(es []ast.Expr) []exprFn {
	out := make([]exprFn, len(es))
	for i, e := range es {
		out[i] = c.expr(e)
	}
	return out
}

// cond compiles an expression used for its truth value.
func (c *compiler) cond(e ast.Expr) func(fr *Frame) bool {
	if cmp, ok := e.(*ast.Compare); ok && len(cmp.Ops) == 1 {
		l, r := c.expr(cmp.Left), c.expr(cmp.Comparators[0])
		switch cmp.Ops[0] {
		case ast.Lt:
			return func(fr *Frame) bool {
				a, b := l(fr), r(fr)
				if x, ok := a.(Int); ok {
					if y, ok := b.(Int); ok {
						return x < y
					}
				}
				return Truth(fr.th, Compare(fr.th, a, b, opLt))
			}
		case ast.Gt:
			return func(fr *Frame) bool {
				a, b := l(fr), r(fr)
				if x, ok := a.(Int); ok {
					if y, ok := b.(Int); ok {
						return x > y
					}
				}
				return Truth(fr.th, Compare(fr.th, a, b, opGt))
			}
		case ast.LtE:
			return func(fr *Frame) bool {
				a, b := l(fr), r(fr)
				if x, ok := a.(Int); ok {
					if y, ok := b.(Int); ok {
						return x <= y
					}
				}
				return Truth(fr.th, Compare(fr.th, a, b, opLe))
			}
		case ast.Eq:
			return func(fr *Frame) bool {
				a, b := l(fr), r(fr)
				if x, ok := a.(Int); ok {
					if y, ok := b.(Int); ok {
						return x == y
					}
				}
				return Equal(fr.th, a, b)
			}
		case ast.NotEq:
			return func(fr *Frame) bool {
				a, b := l(fr), r(fr)
				if x, ok := a.(Int); ok {
					if y, ok := b.(Int); ok {
						return x != y
					}
				}
				return Truth(fr.th, Compare(fr.th, a, b, opNe))
			}
		}
	}
	if u, ok := e.(*ast.UnaryOp); ok && u.Op == ast.Not {
		inner := c.cond(u.Operand)
		return func(fr *Frame) bool { return !inner(fr) }
	}
	f := c.expr(e)
	return func(fr *Frame) bool {
		v := f(fr)
		if b, ok := v.(Bool); ok {
			return bool(b)
		}
		return Truth(fr.th, v)
	}
}

func (c *compiler) expr(e ast.Expr) exprFn {
	switch n := e.(type) {
	case *ast.Num:
		v := constOf(n.N)
		if v == nil {
			c.fail(n, "complex numbers are not supported in the Lumen dialect")
		}
		return func(fr *Frame) Object { return v }
	case *ast.Str:
		v := Str(string(n.S))
		return func(fr *Frame) Object { return v }
	case *ast.Bytes:
		v := Bytes(string(n.S))
		return func(fr *Frame) Object { return v }
	case *ast.NameConstant:
		v := constOf(n.Value)
		return func(fr *Frame) Object { return v }
	case *ast.Ellipsis:
		return func(fr *Frame) Object { return Ellipsis }
	case *ast.Name:
		if strings.Contains(string(n.Id), ".") {
			return c.dottedName(n)
		}
		return c.loadName(string(n.Id))
	case *ast.BinOp:
		return c.binOp(n)
	case *ast.UnaryOp:
		operand := c.expr(n.Operand)
		switch n.Op {
		case ast.USub:
			return func(fr *Frame) Object { return Neg(fr.th, operand(fr)) }
		case ast.UAdd:
			return func(fr *Frame) Object { return Pos(fr.th, operand(fr)) }
		case ast.Invert:
			return func(fr *Frame) Object { return Invert(fr.th, operand(fr)) }
		case ast.Not:
			t := c.cond(n.Operand)
			return func(fr *Frame) Object { return boolOf(!t(fr)) }
		}
	case *ast.BoolOp:
		vals := c.exprs(n.Values)
		if n.Op == ast.And {
			return func(fr *Frame) Object {
				var v Object
				for _, f := range vals {
					v = f(fr)
					if !Truth(fr.th, v) {
						return v
					}
				}
				return v
			}
		}
		return func(fr *Frame) Object {
			var v Object
			for _, f := range vals {
				v = f(fr)
				if Truth(fr.th, v) {
					return v
				}
			}
			return v
		}
	case *ast.Compare:
		return c.compare(n)
	case *ast.IfExp:
		t := c.cond(n.Test)
		a, b := c.expr(n.Body), c.expr(n.Orelse)
		return func(fr *Frame) Object {
			if t(fr) {
				return a(fr)
			}
			return b(fr)
		}
	case *ast.Call:
		return c.call(n)
	case *ast.Attribute:
		obj := c.expr(n.Value)
		name := string(n.Attr)
		return func(fr *Frame) Object {
			o := obj(fr)
			if inst, ok := o.(*Instance); ok {
				if v, ok := inst.Dict[name]; ok && !inst.Class.hasDataDescriptor(name) {
					return v
				}
			}
			return GetAttr(fr.th, o, name)
		}
	case *ast.Subscript:
		obj := c.expr(n.Value)
		if idx, ok := n.Slice.(*ast.Index); ok {
			key := c.expr(idx.Value)
			return func(fr *Frame) Object {
				o, k := obj(fr), key(fr)
				if l, ok := o.(*List); ok {
					if i, ok := k.(Int); ok && i >= 0 && int(i) < len(l.V) {
						return l.V[i]
					}
				}
				return GetItem(fr.th, o, k)
			}
		}
		key := c.slice(n.Slice)
		return func(fr *Frame) Object { return GetItem(fr.th, obj(fr), key(fr)) }
	case *ast.List:
		elts, star := c.seqElts(n.Elts)
		return func(fr *Frame) Object { return &List{V: buildSeq(fr, elts, star)} }
	case *ast.Tuple:
		elts, star := c.seqElts(n.Elts)
		if !star && len(elts) == 2 {
			a, b := elts[0], elts[1]
			return func(fr *Frame) Object { return Tuple{a(fr), b(fr)} }
		}
		return func(fr *Frame) Object { return Tuple(buildSeq(fr, elts, star)) }
	case *ast.Set:
		elts, star := c.seqElts(n.Elts)
		return func(fr *Frame) Object {
			s := NewSet()
			for _, x := range buildSeq(fr, elts, star) {
				s.Add(fr.th, x)
			}
			return s
		}
	case *ast.Dict:
		keys, vals := c.exprs(n.Keys), c.exprs(n.Values)
		return func(fr *Frame) Object {
			d := NewDict()
			for i := range keys {
				k := keys[i](fr)
				d.SetItem(fr.th, k, vals[i](fr))
			}
			return d
		}
	case *ast.Lambda:
		code := c.compileCode(n, "<lambda>", n.Args, nil, n.Body)
		return c.makeFunction(code, n.Args)
	case *ast.ListComp, *ast.SetComp, *ast.DictComp:
		return c.comprehension(n)
	case *ast.GeneratorExp:
		return c.genExp(n)
	case *ast.Yield:
		var v exprFn
		if n.Value != nil {
			v = c.expr(n.Value)
		}
		return func(fr *Frame) Object {
			var x Object = None
			if v != nil {
				x = v(fr)
			}
			return fr.gen.yield(fr.th, x)
		}
	case *ast.YieldFrom:
		v := c.expr(n.Value)
		return func(fr *Frame) Object { return yieldFrom(fr.th, fr.gen, v(fr)) }
	case *ast.Starred:
		c.fail(n, "can't use starred expression here")
	}
	c.fail(e, "unsupported expression")
	return nil
}

func (t *Type) hasDataDescriptor(name string) bool {
	a := lookupSpecial(t, name)
	return a != nil && isDataDescriptor(a)
}

func (c *compiler) seqElts(es []ast.Expr) ([]exprFn, bool) {
	star := false
	out := make([]exprFn, len(es))
	for i, e := range es {
		if s, ok := e.(*ast.Starred); ok {
			star = true
			inner := c.expr(s.Value)
			out[i] = func(fr *Frame) Object { return &starred{inner(fr)} }
		} else {
			out[i] = c.expr(e)
		}
	}
	return out, star
}

type starred struct{ v Object }

func buildSeq(fr *Frame, elts []exprFn, star bool) []Object {
	out := make([]Object, 0, len(elts))
	for _, e := range elts {
		v := e(fr)
		if star {
			if s, ok := v.(*starred); ok {
				out = append(out, iterToSlice(fr.th, s.v)...)
				continue
			}
		}
		out = append(out, v)
	}
	return out
}

func (c *compiler) slice(s ast.Slicer) exprFn {
	switch n := s.(type) {
	case *ast.Index:
		return c.expr(n.Value)
	case *ast.Slice:
		var lo, hi, st exprFn
		if n.Lower != nil {
			lo = c.expr(n.Lower)
		}
		if n.Upper != nil {
			hi = c.expr(n.Upper)
		}
		if n.Step != nil {
			st = c.expr(n.Step)
		}
		return func(fr *Frame) Object {
			sl := &Slice{Start: None, Stop: None, Step: None}
			if lo != nil {
				sl.Start = lo(fr)
			}
			if hi != nil {
				sl.Stop = hi(fr)
			}
			if st != nil {
				sl.Step = st(fr)
			}
			return sl
		}
	case *ast.ExtSlice:
		var dims []exprFn
		for _, d := range n.Dims {
			dims = append(dims, c.slice(d))
		}
		return func(fr *Frame) Object {
			t := make(Tuple, len(dims))
			for i, d := range dims {
				t[i] = d(fr)
			}
			return t
		}
	}
	c.fail(nil, "unsupported slice")
	return nil
}

var binOps = map[ast.OperatorNumber]binOp{
	ast.Add: bAdd, ast.Sub: bSub, ast.Mult: bMul, ast.Div: bDiv, ast.FloorDiv: bFloorDiv, ast.Modulo: bMod,
	ast.Pow: bPow, ast.LShift: bLShift, ast.RShift: bRShift, ast.BitAnd: bAnd, ast.BitOr: bOr, ast.BitXor: bXor,
}

func (c *compiler) binOp(n *ast.BinOp) exprFn {
	if g := c.floatTree(n); g != nil {
		return g
	}
	return c.binOpGeneric(n)
}

// floatTree compiles an arithmetic tree over names, constants and simple
// subscripts (x*x + v*v, dt * (a[0] - b[0])) so that, when every leaf holds a
// float, intermediate results stay unboxed float64s. If any leaf is not a
// float the generic code runs instead; the leaves have no side effects, so
// evaluating them twice is harmless.
func (c *compiler) floatTree(n *ast.BinOp) exprFn {
	if !isFloatTree(n, 0) {
		return nil
	}
	f := c.floatExpr(n)
	g := c.binOpGeneric(n)
	return func(fr *Frame) Object {
		if v, ok := f(fr); ok {
			return Float(v)
		}
		return g(fr)
	}
}

// isFloatTree accepts trees of + - * (and / by a nonzero constant) whose
// leaves are pure, with at least one nested operation.
func isFloatTree(e ast.Expr, depth int) bool {
	switch n := e.(type) {
	case *ast.BinOp:
		switch n.Op {
		case ast.Add, ast.Sub, ast.Mult, ast.Div:
		default:
			return false
		}
		if !isFloatLeafOrTree(n.Left, depth+1) || !isFloatLeafOrTree(n.Right, depth+1) {
			return false
		}
		if depth == 0 {
			_, l := n.Left.(*ast.BinOp)
			_, r := n.Right.(*ast.BinOp)
			return l || r
		}
		return true
	}
	return false
}

func isFloatLeafOrTree(e ast.Expr, depth int) bool {
	switch n := e.(type) {
	case *ast.BinOp:
		return isFloatTree(n, depth)
	case *ast.Name:
		return !strings.Contains(string(n.Id), ".")
	case *ast.Num:
		_, ok := constOf(n.N).(Float)
		return ok
	case *ast.UnaryOp:
		return n.Op == ast.USub && isFloatLeafOrTree(n.Operand, depth)
	case *ast.Subscript:
		idx, ok := n.Slice.(*ast.Index)
		if !ok {
			return false
		}
		_, nameBase := n.Value.(*ast.Name)
		switch idx.Value.(type) {
		case *ast.Num, *ast.Name:
			return nameBase
		}
	}
	return false
}

type floatFn func(fr *Frame) (float64, bool)

func (c *compiler) floatExpr(e ast.Expr) floatFn {
	switch n := e.(type) {
	case *ast.BinOp:
		l, r := c.floatExpr(n.Left), c.floatExpr(n.Right)
		switch n.Op {
		case ast.Add:
			return func(fr *Frame) (float64, bool) {
				a, ok := l(fr)
				if !ok {
					return 0, false
				}
				b, ok := r(fr)
				return a + b, ok
			}
		case ast.Sub:
			return func(fr *Frame) (float64, bool) {
				a, ok := l(fr)
				if !ok {
					return 0, false
				}
				b, ok := r(fr)
				return a - b, ok
			}
		case ast.Mult:
			return func(fr *Frame) (float64, bool) {
				a, ok := l(fr)
				if !ok {
					return 0, false
				}
				b, ok := r(fr)
				return a * b, ok
			}
		case ast.Div:
			return func(fr *Frame) (float64, bool) {
				a, ok := l(fr)
				if !ok {
					return 0, false
				}
				b, ok := r(fr)
				if !ok || b == 0 {
					return 0, false // the generic path raises ZeroDivisionError
				}
				return a / b, true
			}
		}
	case *ast.UnaryOp:
		inner := c.floatExpr(n.Operand)
		return func(fr *Frame) (float64, bool) {
			v, ok := inner(fr)
			return -v, ok
		}
	case *ast.Num:
		v := float64(constOf(n.N).(Float))
		return func(fr *Frame) (float64, bool) { return v, true }
	}
	load := c.expr(e)
	if sub, ok := e.(*ast.Subscript); ok {
		obj := c.expr(sub.Value)
		key := c.expr(sub.Slice.(*ast.Index).Value)
		return func(fr *Frame) (float64, bool) {
			o, k := obj(fr), key(fr)
			i, ok := k.(Int)
			if !ok {
				return 0, false
			}
			var x Object
			switch seq := o.(type) {
			case *List:
				if i < 0 || int(i) >= len(seq.V) {
					return 0, false
				}
				x = seq.V[i]
			case Tuple:
				if i < 0 || int(i) >= len(seq) {
					return 0, false
				}
				x = seq[i]
			default:
				return 0, false
			}
			f, ok := x.(Float)
			return float64(f), ok
		}
	}
	return func(fr *Frame) (float64, bool) {
		f, ok := load(fr).(Float)
		return float64(f), ok
	}
}

func (c *compiler) binOpGeneric(n *ast.BinOp) exprFn {
	_, nl := n.Left.(*ast.BinOp)
	_, nr := n.Right.(*ast.BinOp)
	if (nl || nr) && TempArith != nil {
		return c.binOpTree(n)
	}
	return c.binOpPlain(n)
}

// binOpTree compiles the root of a nested arithmetic tree twice: plainly,
// and with temporary tracking (binOpTemp) so that a*b + c on arrays reuses a
// buffer. A site runs the plain code until it first yields something other
// than a scalar number, then the tracking code: scalar loops pay one flag
// test, not the tracking.
func (c *compiler) binOpTree(n *ast.BinOp) exprFn {
	plain, temp := c.binOpPlain(n), c.binOpTemp(n)
	var tracking atomic.Bool
	return func(fr *Frame) Object {
		if tracking.Load() {
			v, _ := temp(fr)
			return v
		}
		v := plain(fr)
		if !isScalarNumber(v) {
			tracking.Store(true)
		}
		return v
	}
}

func (c *compiler) binOpPlain(n *ast.BinOp) exprFn {
	l, r := c.expr(n.Left), c.expr(n.Right)
	switch n.Op {
	case ast.Add:
		return func(fr *Frame) Object { return Add(fr.th, l(fr), r(fr)) }
	case ast.Sub:
		return func(fr *Frame) Object { return Sub(fr.th, l(fr), r(fr)) }
	case ast.Mult:
		return func(fr *Frame) Object { return Mul(fr.th, l(fr), r(fr)) }
	}
	apply := binApply(binOps[n.Op])
	return func(fr *Frame) Object { return apply(fr.th, l(fr), r(fr)) }
}

// binApply returns the operator with the fast paths for common operand types
// that the generic dispatch would reach more slowly.
func binApply(op binOp) func(th *Thread, a, b Object) Object {
	switch op {
	case bAdd:
		return Add
	case bSub:
		return Sub
	case bMul:
		return Mul
	case bDiv:
		return func(th *Thread, a, b Object) Object {
			if x, ok := a.(Float); ok {
				if y, ok := b.(Float); ok && y != 0 {
					return x / y
				}
			}
			return BinaryOp(th, bDiv, a, b)
		}
	case bMod:
		return func(th *Thread, a, b Object) Object {
			if x, ok := a.(Int); ok {
				if y, ok := b.(Int); ok && y > 0 {
					m := x % y
					if m < 0 {
						m += y
					}
					return m
				}
			}
			return BinaryOp(th, bMod, a, b)
		}
	}
	return func(th *Thread, a, b Object) Object { return BinaryOp(th, op, a, b) }
}

func (c *compiler) compare(n *ast.Compare) exprFn {
	left := c.expr(n.Left)
	rights := c.exprs(n.Comparators)
	ops := n.Ops
	if len(ops) == 1 {
		r := rights[0]
		op := ops[0]
		return func(fr *Frame) Object { return compareOp(fr.th, op, left(fr), r(fr)) }
	}
	return func(fr *Frame) Object {
		a := left(fr)
		var res Object = True
		for i, op := range ops {
			b := rights[i](fr)
			res = compareOp(fr.th, op, a, b)
			if !Truth(fr.th, res) {
				return res
			}
			a = b
		}
		return res
	}
}

func compareOp(th *Thread, op ast.CmpOp, a, b Object) Object {
	switch op {
	case ast.Lt:
		if x, ok := a.(Int); ok {
			if y, ok := b.(Int); ok {
				return Bool(x < y)
			}
		}
		return Compare(th, a, b, opLt)
	case ast.LtE:
		return Compare(th, a, b, opLe)
	case ast.Gt:
		if x, ok := a.(Int); ok {
			if y, ok := b.(Int); ok {
				return Bool(x > y)
			}
		}
		return Compare(th, a, b, opGt)
	case ast.GtE:
		return Compare(th, a, b, opGe)
	case ast.Eq:
		if x, ok := a.(Int); ok {
			if y, ok := b.(Int); ok {
				return Bool(x == y)
			}
		}
		return Compare(th, a, b, opEq)
	case ast.NotEq:
		return Compare(th, a, b, opNe)
	case ast.Is:
		return boolOf(isSame(a, b))
	case ast.IsNot:
		return boolOf(!isSame(a, b))
	case ast.In:
		return boolOf(Contains(th, b, a))
	case ast.NotIn:
		return boolOf(!Contains(th, b, a))
	}
	return nil
}

// isSame is the `is` operator. Immutable built-in values compare by value,
// which matches CPython for the cases scripts rely on (None, True, small ints).
func isSame(a, b Object) bool {
	switch x := a.(type) {
	case *List:
		y, ok := b.(*List)
		return ok && x == y
	case Tuple:
		y, ok := b.(Tuple)
		return ok && len(x) == len(y) && (len(x) == 0 || &x[0] == &y[0])
	case Float:
		return false || identical(a, b)
	}
	return identical(a, b)
}

// ---- calls ----

func (c *compiler) call(n *ast.Call) exprFn {
	// zero-argument super()
	if nm, ok := n.Func.(*ast.Name); ok && nm.Id == "super" && len(n.Args) == 0 && len(n.Keywords) == 0 && c.kind("super") == nkGlobal {
		return c.zeroArgSuper()
	}
	args := c.exprs(n.Args)
	hasStar := false
	for _, a := range n.Args {
		if _, ok := a.(*ast.Starred); ok {
			hasStar = true
		}
	}
	if hasStar {
		args, _ = c.seqElts(n.Args)
	}
	type kwe struct {
		name string
		e    exprFn
	}
	var kws []kwe
	var kwSpread []exprFn
	for _, k := range n.Keywords {
		if k.Arg == "" {
			kwSpread = append(kwSpread, c.expr(k.Value))
			continue
		}
		kws = append(kws, kwe{string(k.Arg), c.expr(k.Value)})
	}
	var starargs, kwargs exprFn
	if n.Starargs != nil {
		starargs = c.expr(n.Starargs)
	}
	if n.Kwargs != nil {
		kwargs = c.expr(n.Kwargs)
	}
	simple := !hasStar && len(kws) == 0 && starargs == nil && kwargs == nil && len(kwSpread) == 0
	buildArgs := func(fr *Frame, extra int) ([]Object, Kwargs) {
		var a []Object
		if hasStar {
			a = buildSeq(fr, args, true)
			if extra > 0 {
				a = append(make([]Object, extra), a...)
			}
		} else {
			a = make([]Object, len(args)+extra)
			for i, f := range args {
				a[i+extra] = f(fr)
			}
		}
		if starargs != nil {
			a = append(a, iterToSlice(fr.th, starargs(fr))...)
		}
		var kw Kwargs
		for _, k := range kws {
			kw = append(kw, KwArg{k.name, k.e(fr)})
		}
		spread := kwSpread
		if kwargs != nil {
			spread = append(append([]exprFn(nil), kwSpread...), kwargs)
		}
		for _, ks := range spread {
			m := ks(fr)
			d, ok := m.(*Dict)
			if !ok {
				d = dictFromMapping(fr.th, m)
			}
			d.Items(func(k, v Object) {
				ks, ok := k.(Str)
				if !ok {
					Raise(TypeErrorType, "keywords must be strings")
				}
				for _, e := range kw {
					if e.Name == string(ks) {
						Raise(TypeErrorType, "got multiple values for keyword argument '%s'", ks)
					}
				}
				kw = append(kw, KwArg{string(ks), v})
			})
		}
		return a, kw
	}
	if attr, ok := n.Func.(*ast.Attribute); ok {
		obj := c.expr(attr.Value)
		name := string(attr.Attr)
		return func(fr *Frame) Object {
			o := obj(fr)
			th := fr.th
			if inst, ok := o.(*Instance); ok {
				if f, ok := lookupSpecial(inst.Class, name).(*Function); ok {
					if _, shadow := inst.Dict[name]; !shadow {
						if simple && f.Code.simple(len(args)+1) {
							var buf [4]Object
							vals := buf[:0]
							if len(args) > len(buf) {
								vals = make([]Object, 0, len(args))
							}
							vals = vals[:len(args)]
							for i, a := range args {
								vals[i] = a(fr)
							}
							nf := f.newFrame(th)
							nf.setArg(0, o)
							for i, v := range vals {
								nf.setArg(i+1, v)
							}
							return f.finish(th, nf)
						}
						a, kw := buildArgs(fr, 1)
						a[0] = o
						return f.call(th, a, kw)
					}
				}
			} else if m := builtinMethod(o, name); m != nil {
				a, kw := buildArgs(fr, 1)
				a[0] = o
				return m.Fn(th, a, kw)
			}
			f := GetAttr(th, o, name)
			a, kw := buildArgs(fr, 0)
			return Call(th, f, a, kw)
		}
	}
	fn := c.expr(n.Func)
	if simple {
		// Script functions get their arguments evaluated straight into the
		// new frame's parameter slots: no argument slice per call.
		switch len(args) {
		case 0:
			return func(fr *Frame) Object {
				f := fn(fr)
				if sf, ok := f.(*Function); ok && sf.Code.simple(0) {
					return sf.finish(fr.th, sf.newFrame(fr.th))
				}
				return Call(fr.th, f, nil, nil)
			}
		case 1:
			a0 := args[0]
			return func(fr *Frame) Object {
				f := fn(fr)
				if sf, ok := f.(*Function); ok && sf.Code.simple(1) {
					x := a0(fr)
					nf := sf.newFrame(fr.th)
					nf.setArg(0, x)
					return sf.finish(fr.th, nf)
				}
				return Call(fr.th, f, []Object{a0(fr)}, nil)
			}
		case 2:
			a0, a1 := args[0], args[1]
			return func(fr *Frame) Object {
				f := fn(fr)
				if sf, ok := f.(*Function); ok && sf.Code.simple(2) {
					x, y := a0(fr), a1(fr)
					nf := sf.newFrame(fr.th)
					nf.setArg(0, x)
					nf.setArg(1, y)
					return sf.finish(fr.th, nf)
				}
				return Call(fr.th, f, []Object{a0(fr), a1(fr)}, nil)
			}
		case 3:
			a0, a1, a2 := args[0], args[1], args[2]
			return func(fr *Frame) Object {
				f := fn(fr)
				if sf, ok := f.(*Function); ok && sf.Code.simple(3) {
					x, y, z := a0(fr), a1(fr), a2(fr)
					nf := sf.newFrame(fr.th)
					nf.setArg(0, x)
					nf.setArg(1, y)
					nf.setArg(2, z)
					return sf.finish(fr.th, nf)
				}
				return Call(fr.th, f, []Object{a0(fr), a1(fr), a2(fr)}, nil)
			}
		}
	}
	return func(fr *Frame) Object {
		f := fn(fr)
		a, kw := buildArgs(fr, 0)
		return Call(fr.th, f, a, kw)
	}
}

// builtinMethod finds a Go method of a built-in value's type (str.join, …)
// without allocating a bound method.
func builtinMethod(o Object, name string) *Builtin {
	var t *Type
	switch o.(type) {
	case Str:
		t = StrType
	case *List:
		t = ListType
	case *Dict:
		t = DictType
	case *Set:
		t = TypeOf(o)
	case Tuple:
		t = TupleType
	case Int:
		t = IntType
	case Float:
		t = FloatType
	default:
		return nil
	}
	b, _ := t.Dict[name].(*Builtin)
	return b
}

func (c *compiler) zeroArgSuper() exprFn {
	s := c.scope
	if s.kind != scopeFunction || len(s.params) == 0 {
		return func(fr *Frame) Object {
			Raise(RuntimeErrorType, "super(): no arguments")
			return nil
		}
	}
	first := s.params[0]
	load := c.loadName(first)
	return func(fr *Frame) Object {
		if fr.fn == nil || fr.fn.classCell == nil || fr.fn.classCell.V == nil {
			Raise(RuntimeErrorType, "super(): __class__ cell not found")
		}
		cls := fr.fn.classCell.V.(*Type)
		return newSuper(cls, load(fr))
	}
}

func newSuper(cls *Type, self Object) *Super {
	if t, ok := self.(*Type); ok && t.IsSubtype(cls) {
		return &Super{Class: cls, Self: self, Obj: t}
	}
	t := TypeOf(self)
	if !t.IsSubtype(cls) {
		Raise(TypeErrorType, "super(type, obj): obj must be an instance or subtype of type")
	}
	return &Super{Class: cls, Self: self, Obj: t}
}

// ---- comprehensions ----

// compGen compiles the nested for/if clauses of a comprehension; emit is
// called for each produced element in the comprehension's own frame.
func (c *compiler) compClauses(gens []ast.Comprehension, emit func(fr *Frame)) func(fr *Frame, first Object) {
	type clause struct {
		iter  exprFn
		store storeFn
		ifs   []func(fr *Frame) bool
	}
	cl := make([]clause, len(gens))
	for i, g := range gens {
		if i > 0 {
			cl[i].iter = c.expr(g.Iter)
		}
		cl[i].store = c.store(g.Target)
		for _, f := range g.Ifs {
			cl[i].ifs = append(cl[i].ifs, c.cond(f))
		}
	}
	var run func(fr *Frame, level int, seq Object)
	run = func(fr *Frame, level int, seq Object) {
		k := &cl[level]
		th := fr.th
		each := func(x Object) {
			k.store(fr, x)
			for _, f := range k.ifs {
				if !f(fr) {
					return
				}
			}
			if level+1 < len(cl) {
				run(fr, level+1, cl[level+1].iter(fr))
			} else {
				emit(fr)
			}
			if th.cancelled.Load() {
				th.checkInterrupt()
			}
		}
		switch v := seq.(type) {
		case *List:
			for i := 0; i < len(v.V); i++ {
				each(v.V[i])
			}
		case *Range:
			n := rangeLen(v)
			x := v.Start
			for i := int64(0); i < n; i++ {
				each(Int(x))
				x += v.Step
			}
		default:
			it := Iter(th, seq)
			for {
				x, ok := it.Next(th)
				if !ok {
					return
				}
				each(x)
			}
		}
	}
	return func(fr *Frame, first Object) { run(fr, 0, first) }
}

// comprehension compiles list/set/dict comprehensions: they run in a frame of
// their own (their own scope), fed the first iterable from the outside.
func (c *compiler) comprehension(e ast.Expr) exprFn {
	s := c.scopes[e]
	sub := &compiler{interp: c.interp, file: c.file, mod: c.mod, scope: s, scopes: c.scopes, qualname: c.qualname}
	var gens []ast.Comprehension
	var result func(fr *Frame) Object
	var run func(fr *Frame, first Object)
	switch n := e.(type) {
	case *ast.ListComp:
		gens = n.Generators
		elt := sub.expr(n.Elt)
		run = sub.compClauses(gens, func(fr *Frame) {
			l := fr.ret.(*List)
			l.V = append(l.V, elt(fr))
		})
		result = func(fr *Frame) Object { return &List{V: []Object{}} }
	case *ast.SetComp:
		gens = n.Generators
		elt := sub.expr(n.Elt)
		run = sub.compClauses(gens, func(fr *Frame) { fr.ret.(*Set).Add(fr.th, elt(fr)) })
		result = func(fr *Frame) Object { return NewSet() }
	case *ast.DictComp:
		gens = n.Generators
		k, v := sub.expr(n.Key), sub.expr(n.Value)
		run = sub.compClauses(gens, func(fr *Frame) {
			key := k(fr)
			fr.ret.(*Dict).SetItem(fr.th, key, v(fr))
		})
		result = func(fr *Frame) Object { return NewDict() }
	}
	first := c.expr(gens[0].Iter)
	code := &Code{Name: s.name, Qualname: c.qualname, File: c.file, FirstLine: e.GetLineno(), module: c.mod}
	code.nlocals = len(s.localList)
	code.ncellvars = len(s.cellList) - len(s.freeList)
	code.freeNames = s.freeList
	cells := c.closureCells(code)
	return func(fr *Frame) Object {
		seq := first(fr)
		cf := &Frame{code: code, th: fr.th, line: fr.line, fn: fr.fn, classNS: nil}
		if code.nlocals > 0 {
			cf.locals = make([]Object, code.nlocals)
		}
		if n := code.ncellvars + len(cells); n > 0 {
			cf.cells = make([]*Cell, n)
			for i := 0; i < code.ncellvars; i++ {
				cf.cells[i] = &Cell{}
			}
			for i, j := range cells {
				cf.cells[code.ncellvars+i] = fr.cells[j]
			}
		}
		cf.ret = result(cf)
		run(cf, seq)
		return cf.ret
	}
}

// genExp compiles a generator expression into a lazy state machine over the
// nested clauses, with no goroutine per generator.
func (c *compiler) genExp(n *ast.GeneratorExp) exprFn {
	s := c.scopes[n]
	sub := &compiler{interp: c.interp, file: c.file, mod: c.mod, scope: s, scopes: c.scopes, qualname: c.qualname}
	type clause struct {
		iter  exprFn
		store storeFn
		ifs   []func(fr *Frame) bool
	}
	cl := make([]clause, len(n.Generators))
	for i, g := range n.Generators {
		if i > 0 {
			cl[i].iter = sub.expr(g.Iter)
		}
		cl[i].store = sub.store(g.Target)
		for _, f := range g.Ifs {
			cl[i].ifs = append(cl[i].ifs, sub.cond(f))
		}
	}
	elt := sub.expr(n.Elt)
	first := c.expr(n.Generators[0].Iter)
	code := &Code{Name: "<genexpr>", Qualname: c.qualname, File: c.file, FirstLine: n.Lineno, module: c.mod}
	code.nlocals = len(s.localList)
	code.ncellvars = len(s.cellList) - len(s.freeList)
	code.freeNames = s.freeList
	cells := c.closureCells(code)
	return func(fr *Frame) Object {
		th0 := fr.th
		seq := first(fr)
		cf := &Frame{code: code, th: th0, line: fr.line, fn: fr.fn}
		if code.nlocals > 0 {
			cf.locals = make([]Object, code.nlocals)
		}
		if nc := code.ncellvars + len(cells); nc > 0 {
			cf.cells = make([]*Cell, nc)
			for i := 0; i < code.ncellvars; i++ {
				cf.cells[i] = &Cell{}
			}
			for i, j := range cells {
				cf.cells[code.ncellvars+i] = fr.cells[j]
			}
		}
		iters := make([]Iterator, len(cl))
		iters[0] = Iter(th0, seq)
		level := 0
		return NewGoIter("generator", func(th *Thread) (Object, bool) {
			cf.th = th
			for {
				x, ok := iters[level].Next(th)
				if !ok {
					if level == 0 {
						return nil, false
					}
					level--
					continue
				}
				k := &cl[level]
				k.store(cf, x)
				pass := true
				for _, f := range k.ifs {
					if !f(cf) {
						pass = false
						break
					}
				}
				if !pass {
					continue
				}
				if level+1 < len(cl) {
					level++
					iters[level] = Iter(th, cl[level].iter(cf))
					continue
				}
				return elt(cf), true
			}
		})
	}
}

// TempArith, set by the lumen module, lets a*b + c reuse the buffer of a*b,
// as numpy elides temporaries: for 10⁶-element arrays the second allocation
// costs about as much as the arithmetic. It computes a op b (op is a dunder
// name such as "__add__") when its type's operator is the one Python's
// dispatch would run, returning ok false otherwise (the normal dispatch then
// runs). aTemp/bTemp say the operand is a temporary it returned earlier in
// the same expression, which nothing else references, so it may write the
// result into it.
var TempArith func(th *Thread, op string, a, b Object, aTemp, bTemp bool) (r Object, ok bool)

// tempFn evaluates an operand of an arithmetic tree and reports whether its
// value is a temporary from TempArith that only this tree holds.
type tempFn func(fr *Frame) (Object, bool)

// binOpTemp compiles an operator whose operands include another operator.
// Operands are evaluated left then right, and the operator applied, exactly
// as in binOpGeneric. Leaves are plain expressions (never temporaries), kept
// as exprFns so scalar code pays no extra call.
func (c *compiler) binOpTemp(n *ast.BinOp) tempFn {
	var lt, rt tempFn
	var le, re exprFn
	if b, ok := n.Left.(*ast.BinOp); ok {
		lt = c.binOpTemp(b)
	} else {
		le = c.expr(n.Left)
	}
	if b, ok := n.Right.(*ast.BinOp); ok {
		rt = c.binOpTemp(b)
	} else {
		re = c.expr(n.Right)
	}
	op := binOps[n.Op]
	name := binNames[op]
	apply := binApply(op)
	return func(fr *Frame) (Object, bool) {
		var a, b Object
		var at, bt bool
		if lt != nil {
			a, at = lt(fr)
		} else {
			a = le(fr)
		}
		if rt != nil {
			b, bt = rt(fr)
		} else {
			b = re(fr)
		}
		if TempArith != nil && !(isScalarNumber(a) && isScalarNumber(b)) {
			if v, ok := TempArith(fr.th, name, a, b, at, bt); ok {
				return v, true
			}
		}
		return apply(fr.th, a, b), false
	}
}

func isScalarNumber(o Object) bool {
	switch o.(type) {
	case Int, Float, Bool:
		return true
	}
	return false
}
