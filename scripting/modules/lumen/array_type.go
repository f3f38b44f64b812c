package lumen

import (
	"github.com/lumenlab/lumen/lib/array"
	s "github.com/lumenlab/lumen/scripting"
)

type goFn = func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object

func method(name, sig, doc string, fn goFn) {
	ArrayType.SetAttr(name, &s.Builtin{Name: name, Sig: sig, Doc: doc, Fn: fn})
}

func property(name, doc string, get func(a *array.Array) s.Object) {
	ArrayType.SetAttr(name, &s.Property{Name: name, Doc: s.Str(doc), Get: s.NewBuiltin(name, doc, func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		return get(self(args))
	})})
}

func self(args []s.Object) *array.Array {
	if len(args) == 0 {
		s.Raise(s.TypeErrorType, "descriptor needs an Array")
	}
	a, ok := args[0].(*Array)
	if !ok {
		s.Raise(s.TypeErrorType, "descriptor requires a 'lumen.Array' object but received a '%s'", s.TypeNameOf(args[0]))
	}
	return a.A
}

func shapeTuple(sh []int) s.Tuple {
	t := make(s.Tuple, len(sh))
	for i, n := range sh {
		t[i] = s.Int(n)
	}
	return t
}

var binOps = []struct {
	name, rname, iname string
	op                 array.Op
}{
	{"__add__", "__radd__", "__iadd__", array.Add},
	{"__sub__", "__rsub__", "__isub__", array.Sub},
	{"__mul__", "__rmul__", "__imul__", array.Mul},
	{"__truediv__", "__rtruediv__", "__itruediv__", array.Div},
	{"__floordiv__", "__rfloordiv__", "__ifloordiv__", array.FloorDiv},
	{"__mod__", "__rmod__", "__imod__", array.Mod},
	{"__pow__", "__rpow__", "__ipow__", array.Pow},
	{"__and__", "__rand__", "__iand__", array.And},
	{"__or__", "__ror__", "__ior__", array.Or},
	{"__xor__", "__rxor__", "__ixor__", array.Xor},
}

var cmpOps = []struct {
	name string
	op   array.Op
}{
	{"__lt__", array.Lt}, {"__le__", array.Le}, {"__eq__", array.Eq},
	{"__ne__", array.Ne}, {"__gt__", array.Gt}, {"__ge__", array.Ge},
}

// reductions shared by methods and module functions
var reductions = []struct {
	name, doc string
	r         array.Reduction
}{
	{"sum", "Sum of the elements over the given axis (all elements when axis is None).", array.RSum},
	{"mean", "Arithmetic mean over the given axis.", array.RMean},
	{"min", "Minimum over the given axis (NaN propagates).", array.RMin},
	{"max", "Maximum over the given axis (NaN propagates).", array.RMax},
	{"argmin", "Index of the minimum over the given axis (of the flattened array when axis is None).", array.RArgMin},
	{"argmax", "Index of the maximum over the given axis (of the flattened array when axis is None).", array.RArgMax},
	{"any", "True where any element over the axis is nonzero.", array.RAny},
	{"all", "True where all elements over the axis are nonzero.", array.RAll},
	{"prod", "Product of the elements over the given axis.", array.RProd},
}

func reduceCall(th *s.Thread, name string, r array.Reduction, a *array.Array, args []s.Object, kw s.Kwargs) s.Object {
	p := s.Args(name, args, kw, "axis?", "*", "keepdims?")
	out, err := a.Reduce(r, axisArg(name, p[0]), boolArg(th, p[1], false))
	Check(err)
	return Wrap(out)
}

func varCall(th *s.Thread, name string, a *array.Array, args []s.Object, kw s.Kwargs) s.Object {
	p := s.Args(name, args, kw, "axis?", "*", "ddof?", "keepdims?")
	ddof := 0
	if p[1] != nil {
		ddof = intArg(name, "ddof", p[1])
	}
	var out *array.Array
	var err error
	if name == "std" {
		out, err = a.Std(axisArg(name, p[0]), boolArg(th, p[2], false), ddof)
	} else {
		out, err = a.Var(axisArg(name, p[0]), boolArg(th, p[2], false), ddof)
	}
	Check(err)
	return Wrap(out)
}

func cumsumCall(name string, a *array.Array, args []s.Object, kw s.Kwargs) s.Object {
	p := s.Args(name, args, kw, "axis?")
	out, err := a.CumSum(axisArg(name, p[0]))
	Check(err)
	return Wrap(out)
}

func init() {
	property("shape", "Tuple of array dimensions.", func(a *array.Array) s.Object { return shapeTuple(a.Shape()) })
	property("ndim", "Number of array dimensions.", func(a *array.Array) s.Object { return s.Int(a.Ndim()) })
	property("size", "Number of elements in the array.", func(a *array.Array) s.Object { return s.Int(a.Size()) })
	property("dtype", "Element type: 'float64', 'int64' or 'bool'.", func(a *array.Array) s.Object { return s.Str(a.DType().String()) })
	property("T", "The transposed array (a view).", func(a *array.Array) s.Object { return Wrap(a.T()) })

	for _, o := range binOps {
		o := o
		method(o.name, "(other, /)", "Return self"+opSym(o.op)+"other elementwise, with broadcasting.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			s.CheckArgs(o.name, args, 2, 2)
			b, ok := operand(th, args[1])
			if !ok {
				return s.NotImplemented
			}
			r, err := array.Binary(o.op, self(args), b)
			Check(err)
			return Wrap(r)
		})
		method(o.rname, "(other, /)", "Return other"+opSym(o.op)+"self elementwise, with broadcasting.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			s.CheckArgs(o.rname, args, 2, 2)
			b, ok := operand(th, args[1])
			if !ok {
				return s.NotImplemented
			}
			r, err := array.Binary(o.op, b, self(args))
			Check(err)
			return Wrap(r)
		})
		method(o.iname, "(other, /)", "In place: self"+opSym(o.op)+"=other.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			s.CheckArgs(o.iname, args, 2, 2)
			b, ok := operand(th, args[1])
			if !ok {
				return s.NotImplemented
			}
			a := self(args)
			r, err := array.Binary(o.op, a, b)
			Check(err)
			if a.DType() != array.Float64 && r.DType() == array.Float64 {
				s.Raise(s.TypeErrorType, "Cannot cast ufunc output from dtype('float64') to dtype('%s') with casting rule 'same_kind'", a.DType())
			}
			Check(a.Assign(r))
			return args[0]
		})
	}
	for _, c := range cmpOps {
		c := c
		method(c.name, "(other, /)", "Elementwise comparison; returns a bool array.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			s.CheckArgs(c.name, args, 2, 2)
			b, ok := operand(th, args[1])
			if !ok {
				return s.NotImplemented
			}
			r, err := array.Binary(c.op, self(args), b)
			Check(err)
			return Wrap(r)
		})
	}
	ArrayType.SetAttr("__hash__", s.None)
	unary := func(name, doc string, f array.Func) {
		method(name, "()", doc, func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			return Wrap(array.Unary(f, self(args)))
		})
	}
	unary("__neg__", "-self", array.Neg)
	unary("__abs__", "abs(self)", array.Abs)
	unary("__invert__", "~self (logical not for bool arrays)", array.Not)
	method("__pos__", "()", "+self", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object { return Wrap(self(args).Copy()) })

	method("__getitem__", "(key, /)", "self[key]: ints, slices, tuples, ..., None, bool masks and int arrays. Slices return views.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		r, err := self(args).Get(indexKey(th, args[1])...)
		Check(err)
		return Wrap(r)
	})
	method("__setitem__", "(key, value, /)", "self[key] = value, with broadcasting.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		v := ToArray(th, "__setitem__", "value", args[2])
		Check(self(args).Set(v, indexKey(th, args[1])...))
		return s.None
	})
	method("__len__", "()", "Length of the first axis.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		a := self(args)
		if a.Ndim() == 0 {
			s.Raise(s.TypeErrorType, "len() of unsized object")
		}
		return s.Int(a.Shape()[0])
	})
	method("__iter__", "()", "Iterate over the first axis (rows).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		a := self(args)
		if a.Ndim() == 0 {
			s.Raise(s.TypeErrorType, "iteration over a 0-d array")
		}
		i, n := 0, a.Shape()[0]
		return s.NewGoIter("array_iterator", func(th *s.Thread) (s.Object, bool) {
			if i >= n {
				return nil, false
			}
			r, err := a.Get(i)
			Check(err)
			i++
			return Wrap(r), true
		})
	})
	method("__repr__", "()", "numpy-style repr.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object { return s.Str(self(args).Repr()) })
	method("__str__", "()", "numpy-style str.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object { return s.Str(self(args).String()) })
	method("__bool__", "()", "Truth of a one-element array; ambiguous (ValueError) for more.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		a := self(args)
		if a.Size() > 1 {
			s.Raise(s.ValueErrorType, "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
		}
		if a.Size() == 0 {
			return s.False
		}
		v, _ := a.Item()
		return s.BoolOf(v != 0)
	})
	method("__float__", "()", "float(self) for one-element arrays.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		v, err := self(args).Item()
		if err != nil {
			s.Raise(s.TypeErrorType, "only length-1 arrays can be converted to Python scalars")
		}
		return s.Float(v)
	})
	method("__int__", "()", "int(self) for one-element arrays.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		v, err := self(args).Item()
		if err != nil {
			s.Raise(s.TypeErrorType, "only length-1 arrays can be converted to Python scalars")
		}
		return s.Int(int64(v))
	})
	method("_repr_html_", "()", "HTML table for notebooks.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object { return s.Str(htmlTable(self(args))) })

	for _, r := range reductions {
		r := r
		method(r.name, "(axis=None, *, keepdims=False)", r.doc, func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			return reduceCall(th, r.name, r.r, self(args), args[1:], kw)
		})
	}
	method("std", "(axis=None, *, ddof=0, keepdims=False)", "Standard deviation over the given axis (ddof: delta degrees of freedom).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		return varCall(th, "std", self(args), args[1:], kw)
	})
	method("var", "(axis=None, *, ddof=0, keepdims=False)", "Variance over the given axis (ddof: delta degrees of freedom).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		return varCall(th, "var", self(args), args[1:], kw)
	})
	method("cumsum", "(axis=None)", "Cumulative sum along axis (over the flattened array when axis is None).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		return cumsumCall("cumsum", self(args), args[1:], kw)
	})
	method("reshape", "(*shape)", "Array with a new shape (one dimension may be -1); a view when possible.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		a := self(args)
		var shape []int
		if len(args) == 2 && !s.IsInt(args[1]) {
			shape = shapeArg(th, "reshape", "shape", args[1])
		} else {
			for _, x := range args[1:] {
				shape = append(shape, intArg("reshape", "shape", x))
			}
		}
		r, err := a.Reshape(shape...)
		Check(err)
		return Wrap(r)
	})
	method("flatten", "()", "A 1-D copy of the array.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object { return Wrap(self(args).Flatten()) })
	method("ravel", "()", "A 1-D view of the array when possible, else a copy.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object { return Wrap(self(args).Ravel()) })
	method("transpose", "(*axes)", "Permute the axes (reverse them when none are given); a view.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		a := self(args)
		var axes []int
		if len(args) == 2 && !s.IsInt(args[1]) {
			axes = shapeArg(th, "transpose", "axes", args[1])
		} else {
			for _, x := range args[1:] {
				axes = append(axes, intArg("transpose", "axes", x))
			}
		}
		r, err := a.Transpose(axes...)
		Check(err)
		return Wrap(r)
	})
	method("copy", "()", "A new array with a copy of the data.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object { return Wrap(self(args).Copy()) })
	method("tolist", "()", "The array as nested lists of Python scalars.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object { return toList(self(args)) })
	method("item", "()", "The single element of a one-element array as a Python scalar.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		a := self(args)
		v, err := a.Item()
		Check(err)
		return scalarObj(v, a.DType())
	})
	method("dot", "(other, /)", "Matrix product (dot product for 1-D arrays).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		s.CheckArgs("dot", args, 2, 2)
		r, err := array.Dot(self(args), ToArray(th, "dot", "other", args[1]))
		Check(err)
		return Wrap(r)
	})
	method("astype", "(dtype, /)", "A copy converted to dtype ('float64', 'int64' or 'bool').", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		s.CheckArgs("astype", args, 2, 2)
		dt, _ := dtypeArg("astype", args[1])
		return Wrap(self(args).AsType(dt))
	})
	method("clip", "(min=None, max=None)", "Values limited to [min, max].", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		return clipCall(th, self(args), args[1:], kw)
	})
	method("round", "(decimals=0)", "Round half to even to the given number of decimals.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		p := s.Args("round", args[1:], kw, "decimals?")
		d := 0
		if p[0] != nil {
			d = intArg("round", "decimals", p[0])
		}
		return Wrap(array.RoundTo(self(args), d))
	})
}

func clipCall(th *s.Thread, a *array.Array, args []s.Object, kw s.Kwargs) s.Object {
	p := s.Args("clip", args, kw, "min?", "max?")
	var lo, hi *array.Array
	if p[0] != nil && p[0] != s.Object(s.None) {
		lo = ToArray(th, "clip", "min", p[0])
	}
	if p[1] != nil && p[1] != s.Object(s.None) {
		hi = ToArray(th, "clip", "max", p[1])
	}
	r, err := array.Clip(a, lo, hi)
	Check(err)
	return Wrap(r)
}

func opSym(op array.Op) string {
	return [...]string{"+", "-", "*", "/", "//", "%", "**", "max", "min", "<", "<=", "==", "!=", ">", ">=", "&", "|", "^"}[op]
}

// tempArith is the runtime's TempArith hook for Arrays: it runs exactly when
// dispatch would reach Array's own operator (an Array on the left, or a
// number on the left and an Array on the right) and reuses a temporary
// operand's buffer when it already has the result's shape and type.
func tempArith(th *s.Thread, name string, a, b s.Object, aTemp, bTemp bool) (s.Object, bool) {
	if !isArray(a) && !isArray(b) { // the common case in scalar code: leave at once
		return nil, false
	}
	op, known := tempOps[name]
	if !known {
		return nil, false
	}
	var x, y *array.Array
	switch av := a.(type) {
	case *Array:
		bv, ok := operand(th, b)
		if !ok {
			return nil, false
		}
		x, y = av.A, bv
		bTemp = bTemp && isArray(b)
	case s.Int, s.Float, s.Bool:
		bArr, ok := b.(*Array)
		if !ok {
			return nil, false
		}
		x, _ = operand(th, a)
		y = bArr.A
		aTemp = false
	default:
		return nil, false
	}
	r, err := array.BinaryReuse(op, x, y, aTemp, bTemp)
	Check(err)
	return Wrap(r), true
}

func isArray(o s.Object) bool { _, ok := o.(*Array); return ok }

var tempOps = map[string]array.Op{}

func init() {
	for _, o := range binOps {
		tempOps[o.name] = o.op
	}
	s.TempArith = tempArith
}
