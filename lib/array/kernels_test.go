package array

import (
	"math"
	"math/rand/v2"
	"runtime"
	"testing"

	"github.com/lumenlab/lumen/lib/rng"
)

// TestSumLeadingAxisOrder: reducing a leading axis adds each column's values
// in index order (numpy's order for a non-contiguous axis), whatever the
// column blocking and the number of rows per pass.
func TestSumLeadingAxisOrder(t *testing.T) {
	src := rng.New(7)
	for _, sh := range [][]int{{5, 3}, {1000, 1000}, {9, 1100}, {2, 4, 300}, {3, 7, 1}, {17, 2, 513}} {
		a, _ := Rand(src.Split(uint64(sh[len(sh)-1])), sh...)
		// scale so that rounding differs with the summation order
		for i := range a.data {
			a.data[i] = (a.data[i] - 0.5) * math.Pow(10, float64(i%7))
		}
		a.data[len(a.data)/2] = math.NaN()
		for ax := 0; ax < len(sh)-1; ax++ {
			outer, n, inner := 1, sh[ax], 1
			for _, s := range sh[:ax] {
				outer *= s
			}
			for _, s := range sh[ax+1:] {
				inner *= s
			}
			for _, r := range []Reduction{RSum, RMean, RMin, RMax} {
				got, err := a.Reduce(r, &ax, false)
				if err != nil {
					t.Fatal(err)
				}
				for o := 0; o < outer; o++ {
					for i := 0; i < inner; i++ {
						want := a.data[o*n*inner+i]
						for j := 1; j < n; j++ {
							v := a.data[(o*n+j)*inner+i]
							switch {
							case r == RSum || r == RMean:
								want += v
							case v != v || want != want:
								want = math.NaN()
							case r == RMin:
								want = math.Min(want, v)
							case r == RMax:
								want = math.Max(want, v)
							}
						}
						if r == RMean {
							want /= float64(n)
						}
						g := got.data[o*inner+i]
						if g != want && !(g != g && want != want) {
							t.Fatalf("shape %v axis %d reduction %d [%d,%d]: got %v want %v", sh, ax, r, o, i, g, want)
						}
					}
				}
			}
		}
	}
}

// TestBinaryBroadcastCoversOutput: outputs are allocated without zeroing, so
// every broadcast layout must write every element.
func TestBinaryBroadcastCoversOutput(t *testing.T) {
	src := rng.New(3)
	shapes := [][2][]int{
		{{300, 400}, {300, 400}}, {{300, 400}, {400}}, {{300, 1}, {1, 400}}, {{300, 400}, {}},
		{{}, {300, 400}}, {{2, 3, 4}, {3, 1}}, {{70000}, {1}}, {{1}, {70000}},
	}
	for _, s := range shapes {
		a, _ := Rand(src.Split(1), s[0]...)
		b, _ := Rand(src.Split(2), s[1]...)
		for _, op := range []Op{Add, Sub, Mul, Div, Maximum, Lt, Pow} {
			got, err := Binary(op, a, b)
			if err != nil {
				t.Fatal(err)
			}
			shape, _ := BroadcastShapes(a.shape, b.shape)
			av, _ := a.BroadcastTo(shape)
			bv, _ := b.BroadcastTo(shape)
			ad, bd := av.Data(), bv.Data()
			for i, g := range got.data {
				if w := scalarOp(op, ad[i], bd[i], false); g != w {
					t.Fatalf("%v op %d %v [%d]: got %v want %v", s[0], op, s[1], i, g, w)
				}
			}
		}
	}
	// transposed (non-contiguous) operands take the strided path
	a, _ := Rand(src.Split(4), 200, 300)
	b, _ := Rand(src.Split(5), 300, 200)
	bt, _ := b.Transpose()
	got, _ := Binary(Sub, a, bt)
	bd := bt.Data()
	for i, g := range got.data {
		if g != a.data[i]-bd[i] {
			t.Fatalf("strided [%d]: got %v want %v", i, g, a.data[i]-bd[i])
		}
	}
}

// TestDeterministicAcrossProcs: large elementwise ops and reductions give
// bit-identical results on one and on several cores.
func TestDeterministicAcrossProcs(t *testing.T) {
	src := rng.New(5)
	a, _ := Rand(src.Split(0), 700, 1300)
	b, _ := Rand(src.Split(1), 700, 1300)
	run := func() [][]float64 {
		var res [][]float64
		p, _ := Binary(Mul, a, b)
		q, _ := Binary(Add, p, a)
		res = append(res, q.data, Unary(Exp, a).data, Unary(Sigmoid, b).data)
		for _, ax := range []*int{nil, new(int), func() *int { x := 1; return &x }()} {
			s, _ := q.Sum(ax, false)
			m, _ := q.Max(ax, false)
			res = append(res, s.data, m.data)
		}
		return res
	}
	old := runtime.GOMAXPROCS(1)
	one := run()
	runtime.GOMAXPROCS(max(2, old))
	many := run()
	runtime.GOMAXPROCS(old)
	for k := range one {
		for i := range one[k] {
			if math.Float64bits(one[k][i]) != math.Float64bits(many[k][i]) {
				t.Fatalf("result %d [%d] differs: %v (1 proc) vs %v", k, i, one[k][i], many[k][i])
			}
		}
	}
}

// TestVectorKernelsMatchScalar: the AVX2 paths of + - * / give the same bits
// as one IEEE operation per element, for arrays, array-scalar and
// scalar-array, at lengths around the 8-element blocks.
func TestVectorKernelsMatchScalar(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	xs, ys := make([]float64, 131), make([]float64, 131)
	for i := range xs {
		xs[i], ys[i] = r.NormFloat64()*1e3, r.NormFloat64()
	}
	ys[17], xs[40], ys[41] = 0, math.Inf(1), math.NaN()
	ops := []struct {
		op Op
		f  func(a, b float64) float64
	}{
		{Add, func(a, b float64) float64 { return a + b }},
		{Sub, func(a, b float64) float64 { return a - b }},
		{Mul, func(a, b float64) float64 { return a * b }},
		{Div, func(a, b float64) float64 { return a / b }},
	}
	for _, o := range ops {
		for _, n := range []int{1, 7, 8, 9, 64, 131} {
			for form := 0; form < 3; form++ {
				x, y := xs[:n], ys[:n]
				switch form {
				case 1:
					y = ys[3:4]
				case 2:
					x = xs[5:6]
				}
				dst := make([]float64, n)
				kernel(o.op, dst, x, y, false)
				for i := range dst {
					a, b := x[0], y[0]
					if len(x) > 1 {
						a = x[i]
					}
					if len(y) > 1 {
						b = y[i]
					}
					if want := o.f(a, b); math.Float64bits(dst[i]) != math.Float64bits(want) && !(math.IsNaN(want) && math.IsNaN(dst[i])) {
						t.Fatalf("op %v form %d n %d [%d]: %v, want %v", o.op, form, n, i, dst[i], want)
					}
				}
			}
		}
	}
}

func sameValues(x, y *Array) bool {
	if !sameShape(x.shape, y.shape) || x.dtype != y.dtype {
		return false
	}
	for i, v := range x.Data() {
		if y.Data()[i] != v {
			return false
		}
	}
	return true
}

// TestBinaryReuse: the result goes into a reusable operand only when it has
// the result's shape and type, and the values equal Binary's.
func TestBinaryReuse(t *testing.T) {
	mk := func() (*Array, *Array, *Array) {
		a, _ := FromSlice([]float64{1, 2, 3, 4, 5, 6}, 2, 3)
		row, _ := FromSlice([]float64{10, 20, 30}, 3)
		i, _ := FromSlice([]float64{1, 2, 3}, 3)
		i.dtype = Int64
		return a, row, i
	}
	a, row, _ := mk()
	want, _ := Binary(Sub, a, row)
	got, _ := BinaryReuse(Sub, a, row, true, true)
	if got != a || !sameValues(got, want) {
		t.Fatalf("a - row reusing a: %v (same buffer %v), want %v", got, got == a, want)
	}
	a, row, _ = mk()
	want, _ = Binary(Sub, row, a)
	if got, _ = BinaryReuse(Sub, row, a, true, true); got != a || !sameValues(got, want) {
		t.Fatalf("row - a reusing a: %v, want %v", got, want)
	}
	a, row, _ = mk()
	if got, _ = BinaryReuse(Add, row, a, true, false); got == row || got == a {
		t.Fatal("reused a buffer of the wrong shape or one not offered")
	}
	_, _, i := mk()
	if got, _ = BinaryReuse(Mul, i, Scalar(0.5, Float64), true, false); got == i || got.At(1) != 1 {
		t.Fatalf("int temporary reused for a float result: %v", got)
	}
}
