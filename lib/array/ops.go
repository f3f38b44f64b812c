package array

import (
	"math"
)

// Op is a binary elementwise operation.
type Op uint8

const (
	Add Op = iota
	Sub
	Mul
	Div
	FloorDiv
	Mod
	Pow
	Maximum
	Minimum
	Lt
	Le
	Eq
	Ne
	Gt
	Ge
	And
	Or
	Xor
)

func (op Op) isCmp() bool { return op >= Lt && op <= Ge }

// BroadcastShapes returns the broadcast shape of two shapes.
func BroadcastShapes(a, b []int) ([]int, error) {
	n := max(len(a), len(b))
	out := make([]int, n)
	for i := 0; i < n; i++ {
		x, y := 1, 1
		if j := len(a) - n + i; j >= 0 {
			x = a[j]
		}
		if j := len(b) - n + i; j >= 0 {
			y = b[j]
		}
		switch {
		case x == y || y == 1:
			out[i] = x
		case x == 1:
			out[i] = y
		default:
			return nil, valueErr("operands could not be broadcast together with shapes %s %s", ShapeString(a), ShapeString(b))
		}
	}
	return out, nil
}

// BroadcastTo returns a read-only view of a with the given shape.
func (a *Array) BroadcastTo(shape []int) (*Array, error) {
	if len(shape) < len(a.shape) {
		return nil, valueErr("cannot broadcast a non-scalar to a scalar array")
	}
	st := make([]int, len(shape))
	k := len(shape) - len(a.shape)
	for i := range shape {
		if i < k {
			continue
		}
		n := a.shape[i-k]
		switch {
		case n == shape[i]:
			st[i] = a.strides[i-k]
		case n == 1:
			st[i] = 0
		default:
			return nil, valueErr("could not broadcast input array from shape %s into shape %s", ShapeString(a.shape), ShapeString(shape))
		}
	}
	return &Array{data: a.data, shape: append([]int{}, shape...), strides: st, offset: a.offset, dtype: a.dtype}, nil
}

func resultType(op Op, a, b DType) DType {
	if op.isCmp() {
		return Bool
	}
	if op == And || op == Or || op == Xor {
		if a == Bool && b == Bool {
			return Bool
		}
		return Int64
	}
	if op == Div {
		return Float64
	}
	if a == Float64 || b == Float64 {
		return Float64
	}
	if (op == Maximum || op == Minimum) && a == Bool && b == Bool {
		return Bool
	}
	return Int64
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// FloorDivF is Python's float floor division.
func FloorDivF(x, y float64) float64 {
	if y == 0 {
		if x == 0 || math.IsNaN(x) {
			return math.NaN()
		}
		return x / y
	}
	mod := math.Mod(x, y)
	div := (x - mod) / y
	if mod != 0 && (y < 0) != (mod < 0) {
		div--
	}
	if div == 0 {
		return math.Copysign(0, x/y)
	}
	fl := math.Floor(div)
	if div-fl > 0.5 {
		fl++
	}
	return fl
}

// ModF is Python's float modulo (the result has the sign of y).
func ModF(x, y float64) float64 {
	if y == 0 {
		return math.NaN()
	}
	mod := math.Mod(x, y)
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
		}
	} else {
		mod = math.Copysign(0, y)
	}
	return mod
}

func powF(x, y float64, intRes bool) float64 {
	if intRes {
		if y < 0 {
			return math.NaN() // caught earlier
		}
		r := 1.0
		for i := 0; i < int(y); i++ {
			r *= x
		}
		return r
	}
	if y == 2 {
		return x * x
	}
	return math.Pow(x, y)
}

func scalarOp(op Op, x, y float64, intRes bool) float64 {
	switch op {
	case Add:
		return x + y
	case Sub:
		return x - y
	case Mul:
		return x * y
	case Div:
		return x / y
	case FloorDiv:
		if intRes && y == 0 {
			return 0
		}
		return FloorDivF(x, y)
	case Mod:
		if intRes && y == 0 {
			return 0
		}
		return ModF(x, y)
	case Pow:
		return powF(x, y, intRes)
	case Maximum:
		if x != x || x > y {
			return x
		}
		return y
	case Minimum:
		if x != x || x < y {
			return x
		}
		return y
	case Lt:
		return b2f(x < y)
	case Le:
		return b2f(x <= y)
	case Eq:
		return b2f(x == y)
	case Ne:
		return b2f(x != y)
	case Gt:
		return b2f(x > y)
	case Ge:
		return b2f(x >= y)
	case And:
		return float64(int64(x) & int64(y))
	case Or:
		return float64(int64(x) | int64(y))
	case Xor:
		return float64(int64(x) ^ int64(y))
	}
	return math.NaN()
}

// kernel applies op over contiguous slices; xs or ys of length 1 is a scalar.
func kernel(op Op, dst, xs, ys []float64, intRes bool) {
	if d := vecKernel(op, dst, xs, ys); d > 0 {
		dst = dst[d:]
		if len(xs) > 1 {
			xs = xs[d:]
		}
		if len(ys) > 1 {
			ys = ys[d:]
		}
		if len(dst) == 0 {
			return
		}
	}
	n := len(dst)
	switch {
	case len(xs) == n && len(ys) == n:
		xs, ys = xs[:n], ys[:n]
		switch op {
		case Add:
			for i := range dst {
				dst[i] = xs[i] + ys[i]
			}
		case Sub:
			for i := range dst {
				dst[i] = xs[i] - ys[i]
			}
		case Mul:
			for i := range dst {
				dst[i] = xs[i] * ys[i]
			}
		case Div:
			for i := range dst {
				dst[i] = xs[i] / ys[i]
			}
		default:
			for i := range dst {
				dst[i] = scalarOp(op, xs[i], ys[i], intRes)
			}
		}
	case len(ys) == 1 && len(xs) == n:
		y := ys[0]
		xs = xs[:n]
		switch op {
		case Add:
			for i := range dst {
				dst[i] = xs[i] + y
			}
		case Sub:
			for i := range dst {
				dst[i] = xs[i] - y
			}
		case Mul:
			for i := range dst {
				dst[i] = xs[i] * y
			}
		case Div:
			for i := range dst {
				dst[i] = xs[i] / y
			}
		default:
			for i := range dst {
				dst[i] = scalarOp(op, xs[i], y, intRes)
			}
		}
	default: // len(xs) == 1
		x := xs[0]
		ys = ys[:n]
		switch op {
		case Add:
			for i := range dst {
				dst[i] = x + ys[i]
			}
		case Mul:
			for i := range dst {
				dst[i] = x * ys[i]
			}
		default:
			for i := range dst {
				dst[i] = scalarOp(op, x, ys[i], intRes)
			}
		}
	}
}

// Binary applies op with numpy broadcasting.
func Binary(op Op, a, b *Array) (*Array, error) {
	shape, err := BroadcastShapes(a.shape, b.shape)
	if err != nil {
		return nil, err
	}
	dt := resultType(op, a.dtype, b.dtype)
	intRes := dt == Int64
	if op == Pow && intRes {
		if m, _ := b.Min(nil, false); m != nil && m.Size() > 0 && m.data[0] < 0 {
			return nil, valueErr("Integers to negative integer powers are not allowed.")
		}
	}
	out := newArrayRaw(shape, dt) // binaryInto writes every element
	binaryInto(op, a, b, out, intRes)
	return out, nil
}

// BinaryReuse is Binary writing into a or b's own buffer when that operand is
// reusable (the caller holds its only reference: a temporary) and already has
// the result's shape and type; otherwise it allocates like Binary. Elementwise
// kernels read each element before writing the same index, so exact aliasing
// is safe. This is numpy's temporary elision: a*b + c uses one buffer.
func BinaryReuse(op Op, a, b *Array, reuseA, reuseB bool) (*Array, error) {
	shape, err := BroadcastShapes(a.shape, b.shape)
	if err != nil {
		return nil, err
	}
	dt := resultType(op, a.dtype, b.dtype)
	if op == Pow && dt == Int64 {
		return Binary(op, a, b)
	}
	for _, c := range []struct {
		x  *Array
		ok bool
	}{{a, reuseA}, {b, reuseB}} {
		if c.ok && c.x.dtype == dt && c.x.offset == 0 && len(c.x.data) == sizeOf(shape) && sameShape(c.x.shape, shape) && c.x.IsContiguous() {
			binaryInto(op, a, b, c.x, dt == Int64)
			return c.x, nil
		}
	}
	return Binary(op, a, b)
}

// binaryInto computes a op b into out, which has the broadcast shape and is
// contiguous; out may be a or b itself but must not otherwise overlap them.
func binaryInto(op Op, a, b, out *Array, intRes bool) {
	shape := out.shape
	n := len(out.data)
	if n == 0 {
		return
	}
	ac, bc := a.IsContiguous(), b.IsContiguous()
	an, bn := a.Size(), b.Size()
	if ac && bc && (an == n || an == 1) && (bn == n || bn == 1) && (sameShape(a.shape, shape) || an == 1) && (sameShape(b.shape, shape) || bn == 1) {
		xs := a.data[a.offset : a.offset+an]
		ys := b.data[b.offset : b.offset+bn]
		parallelFor(n, func(lo, hi int) {
			x, y := xs, ys
			if an == n {
				x = xs[lo:hi]
			}
			if bn == n {
				y = ys[lo:hi]
			}
			kernel(op, out.data[lo:hi], x, y, intRes)
		})
		return
	}
	av, _ := a.BroadcastTo(shape)
	bv, _ := b.BroadcastTo(shape)
	// general strided loop over rows of the last dimension
	nd := len(shape)
	inner := shape[nd-1]
	rows := n / inner
	ast, bst := av.strides[nd-1], bv.strides[nd-1]
	parallelRows(rows, inner, func(lo, hi int) {
		idx := make([]int, nd-1)
		rem := lo
		for d := nd - 2; d >= 0; d-- {
			idx[d] = rem % shape[d]
			rem /= shape[d]
		}
		for r := lo; r < hi; r++ {
			ao, bo := av.offset, bv.offset
			for d := 0; d < nd-1; d++ {
				ao += idx[d] * av.strides[d]
				bo += idx[d] * bv.strides[d]
			}
			dst := out.data[r*inner : (r+1)*inner]
			if ast == 1 && bst == 1 {
				kernel(op, dst, av.data[ao:ao+inner], bv.data[bo:bo+inner], intRes)
			} else if ast == 1 && bst == 0 {
				kernel(op, dst, av.data[ao:ao+inner], bv.data[bo:bo+1], intRes)
			} else if ast == 0 && bst == 1 {
				kernel(op, dst, av.data[ao:ao+1], bv.data[bo:bo+inner], intRes)
			} else {
				for j := range dst {
					dst[j] = scalarOp(op, av.data[ao+j*ast], bv.data[bo+j*bst], intRes)
				}
			}
			for d := nd - 2; d >= 0; d-- {
				idx[d]++
				if idx[d] < shape[d] {
					break
				}
				idx[d] = 0
			}
		}
	})
}

// Func is a unary elementwise function.
type Func uint8

const (
	Neg Func = iota
	Abs
	Exp
	Log
	Sqrt
	Tanh
	Sigmoid
	Sin
	Cos
	Sign
	Round
	Floor
	Ceil
	Not
	Square
)

func unaryType(f Func, dt DType) DType {
	switch f {
	case Neg, Abs, Sign, Square:
		if dt == Bool {
			return Int64
		}
		return dt
	case Round, Floor, Ceil:
		return dt
	case Not:
		return Bool
	}
	return Float64
}

func sigmoid(x float64) float64 {
	if x >= 0 {
		return 1 / (1 + expFast(-x))
	}
	e := expFast(x)
	return e / (1 + e)
}

func signF(x float64) float64 {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	}
	return x // 0 or NaN
}

func ufunc(f Func, dst, src []float64) {
	src = src[:len(dst)]
	switch f {
	case Neg:
		for i, x := range src {
			dst[i] = -x
		}
	case Abs:
		for i, x := range src {
			dst[i] = math.Abs(x)
		}
	case Exp:
		expSlice(dst, src)
	case Log:
		for i, x := range src {
			dst[i] = math.Log(x)
		}
	case Sqrt:
		for i, x := range src {
			dst[i] = math.Sqrt(x)
		}
	case Tanh:
		for i, x := range src {
			dst[i] = math.Tanh(x)
		}
	case Sigmoid:
		for i, x := range src {
			dst[i] = sigmoid(x)
		}
	case Sin:
		for i, x := range src {
			dst[i] = math.Sin(x)
		}
	case Cos:
		for i, x := range src {
			dst[i] = math.Cos(x)
		}
	case Sign:
		for i, x := range src {
			dst[i] = signF(x)
		}
	case Round:
		for i, x := range src {
			dst[i] = math.RoundToEven(x)
		}
	case Floor:
		for i, x := range src {
			dst[i] = math.Floor(x)
		}
	case Ceil:
		for i, x := range src {
			dst[i] = math.Ceil(x)
		}
	case Not:
		for i, x := range src {
			dst[i] = b2f(x == 0)
		}
	case Square:
		for i, x := range src {
			dst[i] = x * x
		}
	}
}

// Unary applies f elementwise.
func Unary(f Func, a *Array) *Array {
	c := a.Contiguous()
	out := newArrayRaw(a.shape, unaryType(f, a.dtype)) // fully written
	src := c.data[c.offset : c.offset+len(out.data)]
	if f == Neg && a.dtype == Bool {
		out.dtype = Bool // numpy: -bool is an error; we treat it as not
		ufunc(Not, out.data, src)
		return out
	}
	parallelFor(len(out.data), func(lo, hi int) { ufunc(f, out.data[lo:hi], src[lo:hi]) })
	return out
}

// RoundTo rounds half to even at the given number of decimals (numpy.round).
func RoundTo(a *Array, decimals int) *Array {
	if decimals == 0 || a.dtype != Float64 {
		if a.dtype != Float64 && decimals >= 0 {
			return a.Copy()
		}
		if decimals == 0 {
			return Unary(Round, a)
		}
	}
	out := a.Copy()
	p := math.Pow(10, float64(decimals))
	for i, x := range out.data {
		if decimals >= 0 {
			out.data[i] = math.RoundToEven(x*p) / p
		} else {
			out.data[i] = math.RoundToEven(x/math.Pow(10, float64(-decimals))) * math.Pow(10, float64(-decimals))
		}
	}
	return out
}

// Clip limits values to [lo, hi]; nil bounds are open.
func Clip(a, lo, hi *Array) (*Array, error) {
	r := a
	var err error
	if lo != nil {
		if r, err = Binary(Maximum, r, lo); err != nil {
			return nil, err
		}
	}
	if hi != nil {
		if r, err = Binary(Minimum, r, hi); err != nil {
			return nil, err
		}
	}
	if r == a {
		r = a.Copy()
	}
	return r, nil
}

// Where picks x where cond is true and y elsewhere (broadcasting all three).
func Where(cond, x, y *Array) (*Array, error) {
	s1, err := BroadcastShapes(cond.shape, x.shape)
	if err != nil {
		return nil, err
	}
	shape, err := BroadcastShapes(s1, y.shape)
	if err != nil {
		return nil, valueErr("operands could not be broadcast together with shapes %s %s %s", ShapeString(cond.shape), ShapeString(x.shape), ShapeString(y.shape))
	}
	dt := resultType(Add, x.dtype, y.dtype)
	if x.dtype == y.dtype {
		dt = x.dtype
	}
	c, _ := cond.BroadcastTo(shape)
	xv, _ := x.BroadcastTo(shape)
	yv, _ := y.BroadcastTo(shape)
	cd, xd, yd := c.Data(), xv.Data(), yv.Data()
	out := newArray(shape, dt)
	for i := range out.data {
		if cd[i] != 0 {
			out.data[i] = xd[i]
		} else {
			out.data[i] = yd[i]
		}
	}
	return out, nil
}

// Assign copies src (broadcast) into the view dst.
func (a *Array) Assign(src *Array) error {
	v, err := src.BroadcastTo(a.shape)
	if err != nil {
		return valueErr("could not broadcast input array from shape %s into shape %s", ShapeString(src.shape), ShapeString(a.shape))
	}
	vals := v.Data()
	if sameData(a, src) {
		vals = append([]float64{}, vals...)
	}
	conv := func(x float64) float64 { return x }
	switch a.dtype {
	case Int64:
		conv = math.Trunc
	case Bool:
		conv = func(x float64) float64 { return b2f(x != 0) }
	}
	i := 0
	a.each(func(off int) { a.data[off] = conv(vals[i]); i++ })
	return nil
}

func sameData(a, b *Array) bool {
	return len(a.data) > 0 && len(b.data) > 0 && &a.data[0] == &b.data[0]
}
