package stdlib

import (
	"strings"

	s "github.com/lumenlab/lumen/scripting"
)

// The operator module. The runtime's operator codes are unexported; these
// untyped constants mirror their order in scripting/ops.go (binOp, cmpOp)
// and operator_test.go checks them.
const (
	opAdd = iota
	opSub
	opMul
	opDiv
	opFloorDiv
	opMod
	opPow
	opLShift
	opRShift
	opAnd
	opOr
	opXor
)

const (
	cmpLt = iota
	cmpLe
	cmpEq
	cmpNe
	cmpGt
	cmpGe
)

func sameObject(a, b s.Object) (r bool) {
	defer func() {
		if recover() != nil {
			// uncomparable values (tuples are slices): compare backing arrays
			if ta, ok := a.(s.Tuple); ok {
				if tb, ok := b.(s.Tuple); ok {
					r = len(ta) == len(tb) && (len(ta) == 0 || &ta[0] == &tb[0])
					return
				}
			}
			r = false
		}
	}()
	return a == b
}

var (
	itemgetterType   = s.NewType("itemgetter", s.ObjectType, "Return a callable object that fetches the given item(s) from its operand.")
	attrgetterType   = s.NewType("attrgetter", s.ObjectType, "Return a callable object that fetches the given attribute(s) from its operand.")
	methodcallerType = s.NewType("methodcaller", s.ObjectType, "Return a callable object that calls the given method on its operand.")
)

type itemgetter struct{ items []s.Object }
type attrgetter struct {
	names []string
	parts [][]string
}
type methodcaller struct {
	name string
	args []s.Object
	kw   s.Kwargs
}

func (*itemgetter) PyType() *s.Type   { return itemgetterType }
func (*attrgetter) PyType() *s.Type   { return attrgetterType }
func (*methodcaller) PyType() *s.Type { return methodcallerType }

func init() {
	itemgetterType.Module = "operator"
	attrgetterType.Module = "operator"
	methodcallerType.Module = "operator"
	itemgetterType.New = func(th *s.Thread, cls *s.Type, args []s.Object, kw s.Kwargs) s.Object {
		noKw("itemgetter", kw)
		if len(args) == 0 {
			s.Raise(s.TypeErrorType, "itemgetter expected 1 argument, got 0")
		}
		return &itemgetter{items: append([]s.Object(nil), args...)}
	}
	method(itemgetterType, "__call__", "(obj, /)", "Call self as a function.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		g := args[0].(*itemgetter)
		nargs("itemgetter", args[1:], 1, 1)
		o := args[1]
		if len(g.items) == 1 {
			return s.GetItem(th, o, g.items[0])
		}
		out := make(s.Tuple, len(g.items))
		for i, it := range g.items {
			out[i] = s.GetItem(th, o, it)
		}
		return out
	})
	method(itemgetterType, "__repr__", "()", "Return repr(self).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		g := args[0].(*itemgetter)
		parts := make([]string, len(g.items))
		for i, it := range g.items {
			parts[i] = s.Repr(th, it)
		}
		return s.Str("operator.itemgetter(" + strings.Join(parts, ", ") + ")")
	})

	attrgetterType.New = func(th *s.Thread, cls *s.Type, args []s.Object, kw s.Kwargs) s.Object {
		noKw("attrgetter", kw)
		if len(args) == 0 {
			s.Raise(s.TypeErrorType, "attrgetter expected 1 argument, got 0")
		}
		g := &attrgetter{}
		for _, a := range args {
			str, ok := a.(s.Str)
			if !ok {
				s.Raise(s.TypeErrorType, "attribute name must be a string")
			}
			g.names = append(g.names, string(str))
			g.parts = append(g.parts, strings.Split(string(str), "."))
		}
		return g
	}
	method(attrgetterType, "__call__", "(obj, /)", "Call self as a function.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		g := args[0].(*attrgetter)
		nargs("attrgetter", args[1:], 1, 1)
		get := func(parts []string) s.Object {
			o := args[1]
			for _, p := range parts {
				o = s.GetAttr(th, o, p)
			}
			return o
		}
		if len(g.parts) == 1 {
			return get(g.parts[0])
		}
		out := make(s.Tuple, len(g.parts))
		for i, p := range g.parts {
			out[i] = get(p)
		}
		return out
	})
	method(attrgetterType, "__repr__", "()", "Return repr(self).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		g := args[0].(*attrgetter)
		parts := make([]string, len(g.names))
		for i, n := range g.names {
			parts[i] = s.Repr(th, s.Str(n))
		}
		return s.Str("operator.attrgetter(" + strings.Join(parts, ", ") + ")")
	})

	methodcallerType.New = func(th *s.Thread, cls *s.Type, args []s.Object, kw s.Kwargs) s.Object {
		if len(args) == 0 {
			s.Raise(s.TypeErrorType, "methodcaller needs at least one argument, the method name")
		}
		name, ok := args[0].(s.Str)
		if !ok {
			s.Raise(s.TypeErrorType, "method name must be a string")
		}
		return &methodcaller{name: string(name), args: append([]s.Object(nil), args[1:]...), kw: append(s.Kwargs(nil), kw...)}
	}
	method(methodcallerType, "__call__", "(obj, /)", "Call self as a function.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		c := args[0].(*methodcaller)
		nargs("methodcaller", args[1:], 1, 1)
		return s.CallMethod(th, args[1], c.name, c.args, c.kw)
	})
	method(methodcallerType, "__repr__", "()", "Return repr(self).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		c := args[0].(*methodcaller)
		parts := []string{s.Repr(th, s.Str(c.name))}
		for _, a := range c.args {
			parts = append(parts, s.Repr(th, a))
		}
		for _, k := range c.kw {
			parts = append(parts, k.Name+"="+s.Repr(th, k.Value))
		}
		return s.Str("operator.methodcaller(" + strings.Join(parts, ", ") + ")")
	})

	s.RegisterModule("operator", func(in *s.Interp) *s.Module {
		m := s.NewModule("operator", "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.")
		bin := func(name, doc string, op int) {
			m.AddFunc(name, "(a, b, /)", doc, func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
				noKw(name, kw)
				nargs(name, args, 2, 2)
				return binaryOp(th, op, args[0], args[1], false)
			})
		}
		inplace := func(name, doc string, op int) {
			m.AddFunc(name, "(a, b, /)", doc, func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
				noKw(name, kw)
				nargs(name, args, 2, 2)
				return binaryOp(th, op, args[0], args[1], true)
			})
		}
		cmp := func(name, doc string, op int) {
			m.AddFunc(name, "(a, b, /)", doc, func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
				noKw(name, kw)
				nargs(name, args, 2, 2)
				return compareOp(th, op, args[0], args[1])
			})
		}
		unary := func(name, doc string, f func(th *s.Thread, a s.Object) s.Object) {
			m.AddFunc(name, "(a, /)", doc, func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
				noKw(name, kw)
				nargs(name, args, 1, 1)
				return f(th, args[0])
			})
		}
		bin("add", "Same as a + b.", opAdd)
		bin("sub", "Same as a - b.", opSub)
		bin("mul", "Same as a * b.", opMul)
		bin("truediv", "Same as a / b.", opDiv)
		bin("floordiv", "Same as a // b.", opFloorDiv)
		bin("mod", "Same as a % b.", opMod)
		bin("pow", "Same as a ** b.", opPow)
		bin("lshift", "Same as a << b.", opLShift)
		bin("rshift", "Same as a >> b.", opRShift)
		bin("and_", "Same as a & b.", opAnd)
		bin("or_", "Same as a | b.", opOr)
		bin("xor", "Same as a ^ b.", opXor)
		inplace("iadd", "Same as a += b.", opAdd)
		inplace("isub", "Same as a -= b.", opSub)
		inplace("imul", "Same as a *= b.", opMul)
		inplace("itruediv", "Same as a /= b.", opDiv)
		inplace("ifloordiv", "Same as a //= b.", opFloorDiv)
		inplace("imod", "Same as a %= b.", opMod)
		inplace("ipow", "Same as a **= b.", opPow)
		inplace("ilshift", "Same as a <<= b.", opLShift)
		inplace("irshift", "Same as a >>= b.", opRShift)
		inplace("iand", "Same as a &= b.", opAnd)
		inplace("ior", "Same as a |= b.", opOr)
		inplace("ixor", "Same as a ^= b.", opXor)
		cmp("lt", "Same as a < b.", cmpLt)
		cmp("le", "Same as a <= b.", cmpLe)
		cmp("eq", "Same as a == b.", cmpEq)
		cmp("ne", "Same as a != b.", cmpNe)
		cmp("gt", "Same as a > b.", cmpGt)
		cmp("ge", "Same as a >= b.", cmpGe)
		unary("neg", "Same as -a.", s.Neg)
		unary("pos", "Same as +a.", s.Pos)
		unary("abs", "Same as abs(a).", s.Abs)
		unary("invert", "Same as ~a.", s.Invert)
		unary("inv", "Same as ~a.", s.Invert)
		unary("not_", "Same as not a.", func(th *s.Thread, a s.Object) s.Object { return s.BoolOf(!s.Truth(th, a)) })
		unary("truth", "Return True if a is true, False otherwise.", func(th *s.Thread, a s.Object) s.Object { return s.BoolOf(s.Truth(th, a)) })
		unary("index", "Same as a.__index__()", func(th *s.Thread, a s.Object) s.Object { return intObj(bigArg(th, a)) })
		m.AddFunc("is_", "(a, b, /)", "Same as a is b.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("is_", args, 2, 2)
			return s.BoolOf(sameObject(args[0], args[1]))
		})
		m.AddFunc("is_not", "(a, b, /)", "Same as a is not b.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("is_not", args, 2, 2)
			return s.BoolOf(!sameObject(args[0], args[1]))
		})
		m.AddFunc("contains", "(a, b, /)", "Same as b in a (note reversed operands).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("contains", args, 2, 2)
			return s.BoolOf(s.Contains(th, args[0], args[1]))
		})
		m.AddFunc("countOf", "(a, b, /)", "Return the number of items in a which are, or which equal, b.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("countOf", args, 2, 2)
			n := 0
			s.ForEach(th, args[0], func(x s.Object) {
				if sameObject(x, args[1]) || s.Equal(th, x, args[1]) {
					n++
				}
			})
			return s.Int(n)
		})
		m.AddFunc("indexOf", "(a, b, /)", "Return the first index of b in a.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("indexOf", args, 2, 2)
			it := s.Iter(th, args[0])
			for i := 0; ; i++ {
				x, ok := it.Next(th)
				if !ok {
					break
				}
				if sameObject(x, args[1]) || s.Equal(th, x, args[1]) {
					return s.Int(i)
				}
			}
			s.Raise(s.ValueErrorType, "sequence.index(x): x not in sequence")
			return nil
		})
		m.AddFunc("concat", "(a, b, /)", "Same as a + b, for a and b sequences.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("concat", args, 2, 2)
			if s.LookupSpecial(args[0], "__getitem__") == nil {
				s.Raise(s.TypeErrorType, "'%s' object can't be concatenated", s.TypeNameOf(args[0]))
			}
			return s.Add(th, args[0], args[1])
		})
		m.AddFunc("iconcat", "(a, b, /)", "Same as a += b, for a and b sequences.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("iconcat", args, 2, 2)
			return binaryOp(th, opAdd, args[0], args[1], true)
		})
		m.AddFunc("getitem", "(a, b, /)", "Same as a[b].", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("getitem", args, 2, 2)
			return s.GetItem(th, args[0], args[1])
		})
		m.AddFunc("setitem", "(a, b, c, /)", "Same as a[b] = c.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("setitem", args, 3, 3)
			s.SetItem(th, args[0], args[1], args[2])
			return s.None
		})
		m.AddFunc("delitem", "(a, b, /)", "Same as del a[b].", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("delitem", args, 2, 2)
			s.DelItem(th, args[0], args[1])
			return s.None
		})
		m.AddFunc("length_hint", "(obj, default=0, /)", "Return an estimate of the number of items in obj.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("length_hint", args, 1, 2)
			var n int
			if th.Try(func() { n = s.Len(th, args[0]) }) == nil {
				return s.Int(n)
			}
			if len(args) > 1 {
				return args[1]
			}
			return s.Int(0)
		})
		m.Set("itemgetter", itemgetterType)
		m.Set("attrgetter", attrgetterType)
		m.Set("methodcaller", methodcallerType)
		return m
	})
}

// binaryOp dispatches to the runtime with constant operator codes.
func binaryOp(th *s.Thread, op int, a, b s.Object, inplace bool) s.Object {
	switch op {
	case opAdd:
		if inplace {
			return s.InplaceOp(th, opAdd, a, b)
		}
		return s.BinaryOp(th, opAdd, a, b)
	case opSub:
		if inplace {
			return s.InplaceOp(th, opSub, a, b)
		}
		return s.BinaryOp(th, opSub, a, b)
	case opMul:
		if inplace {
			return s.InplaceOp(th, opMul, a, b)
		}
		return s.BinaryOp(th, opMul, a, b)
	case opDiv:
		if inplace {
			return s.InplaceOp(th, opDiv, a, b)
		}
		return s.BinaryOp(th, opDiv, a, b)
	case opFloorDiv:
		if inplace {
			return s.InplaceOp(th, opFloorDiv, a, b)
		}
		return s.BinaryOp(th, opFloorDiv, a, b)
	case opMod:
		if inplace {
			return s.InplaceOp(th, opMod, a, b)
		}
		return s.BinaryOp(th, opMod, a, b)
	case opPow:
		if inplace {
			return s.InplaceOp(th, opPow, a, b)
		}
		return s.BinaryOp(th, opPow, a, b)
	case opLShift:
		if inplace {
			return s.InplaceOp(th, opLShift, a, b)
		}
		return s.BinaryOp(th, opLShift, a, b)
	case opRShift:
		if inplace {
			return s.InplaceOp(th, opRShift, a, b)
		}
		return s.BinaryOp(th, opRShift, a, b)
	case opAnd:
		if inplace {
			return s.InplaceOp(th, opAnd, a, b)
		}
		return s.BinaryOp(th, opAnd, a, b)
	case opOr:
		if inplace {
			return s.InplaceOp(th, opOr, a, b)
		}
		return s.BinaryOp(th, opOr, a, b)
	case opXor:
		if inplace {
			return s.InplaceOp(th, opXor, a, b)
		}
		return s.BinaryOp(th, opXor, a, b)
	}
	panic("bad op")
}

func compareOp(th *s.Thread, op int, a, b s.Object) s.Object {
	switch op {
	case cmpLt:
		return s.Compare(th, a, b, cmpLt)
	case cmpLe:
		return s.Compare(th, a, b, cmpLe)
	case cmpEq:
		return s.Compare(th, a, b, cmpEq)
	case cmpNe:
		return s.Compare(th, a, b, cmpNe)
	case cmpGt:
		return s.Compare(th, a, b, cmpGt)
	case cmpGe:
		return s.Compare(th, a, b, cmpGe)
	}
	panic("bad op")
}
