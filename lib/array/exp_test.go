package array

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

const refPrec = 200

// refLn2 is ln 2 to 100 digits.
var refLn2, _, _ = big.ParseFloat("0.6931471805599453094172321214581765680755001343602552541206800094933936219696947156058633269964186875", 10, refPrec, big.ToNearestEven)

// refExp is exp(x) to about refPrec bits: 2^k · Taylor(x - k·ln2).
func refExp(x float64) *big.Float {
	k := math.Round(x / math.Ln2)
	r := new(big.Float).SetPrec(refPrec).SetFloat64(x)
	r.Sub(r, new(big.Float).SetPrec(refPrec).Mul(refLn2, big.NewFloat(k)))
	sum := new(big.Float).SetPrec(refPrec).SetInt64(1)
	term := new(big.Float).SetPrec(refPrec).SetInt64(1)
	for n := 1; n < 60; n++ {
		term.Mul(term, r)
		term.Quo(term, new(big.Float).SetInt64(int64(n)))
		sum.Add(sum, term)
	}
	return sum.SetMantExp(sum, int(k))
}

// ulpErr is |got - exact| in units of the float64 spacing at exact
// (the subnormal spacing 2^-1074 for tiny results).
func ulpErr(got float64, exact *big.Float) float64 {
	e, _ := exact.Float64()
	ulp := math.Nextafter(math.Abs(e), math.Inf(1)) - math.Abs(e)
	if math.IsInf(e, 0) || math.IsInf(ulp, 0) {
		ulp = math.Abs(e) - math.Nextafter(math.Abs(e), 0)
	}
	if e != 0 && math.Abs(e) < 0x1p-1022 || e == 0 {
		ulp = 0x1p-1074
	}
	d := new(big.Float).SetPrec(refPrec).SetFloat64(got)
	d.Sub(d, exact)
	q, _ := new(big.Float).Quo(d.Abs(d), big.NewFloat(ulp)).Float64()
	return q
}

func expTestValues() []float64 {
	r := rand.New(rand.NewPCG(1, 2))
	var xs []float64
	for i := 0; i < 8000; i++ {
		xs = append(xs, r.Float64()*1454.9-745.1) // the whole finite range
		xs = append(xs, r.Float64()*20-10)
		xs = append(xs, r.Float64()*2-1)
		xs = append(xs, (r.Float64()*2-1)*math.Pow(2, -float64(r.IntN(60))))
		xs = append(xs, r.Float64()*38-745.1) // subnormal results
		xs = append(xs, 709+r.Float64()*0.78) // near overflow, k = 1024
	}
	for k := -1080; k <= 1030; k++ { // around each reduction boundary
		b := (float64(k) + 0.5) * math.Ln2
		xs = append(xs, b, math.Nextafter(b, 0), math.Nextafter(b, math.Inf(1)), float64(k)*math.Ln2)
	}
	return append(xs, 0, math.Copysign(0, -1), 1, -1, 0.5, 1e-300, -1e-300, 5e-324,
		expFastLo, expFastHi, math.Nextafter(expFastLo, 0), math.Nextafter(expFastHi, 800),
		708.3964185322641, -708.3964185322641, 709.782712893384, -745.1332191019411)
}

// TestExpAccuracy: expFast is within 1 ulp of exp (a 200-bit reference) for
// every finite input whose result is finite and nonzero: measured max 0.92
// ulp over these values, 0.73 ulp where the table path is used. math.Exp on
// amd64 (assembly) is itself a little less accurate (2 ulp at large |x|, +Inf just below the overflow threshold), so
// against it we only check agreement within 4 ulp where it is finite.
func TestExpAccuracy(t *testing.T) {
	xs := expTestValues()
	worst, worstX, same, worstFast := 0.0, 0.0, 0, 0.0
	got := make([]float64, len(xs))
	expSlice(got, xs)
	for i, x := range xs {
		want := math.Exp(x)
		if got[i] != expFast(x) {
			t.Fatalf("expSlice(%v) = %v, expFast = %v", x, got[i], expFast(x))
		}
		if got[i] == want {
			same++
		} else if !math.IsInf(want, 0) {
			lo, hi := want, want
			for range 4 {
				lo, hi = math.Nextafter(lo, math.Inf(-1)), math.Nextafter(hi, math.Inf(1))
			}
			if got[i] < lo || got[i] > hi {
				t.Errorf("exp(%v) = %v, math.Exp %v: more than 4 ulp apart", x, got[i], want)
			}
		}
		if x > expOverflow || x < expUnderflow {
			continue
		}
		e := ulpErr(got[i], refExp(x))
		if e > worst {
			worst, worstX = e, x
		}
		if x >= expFastLo && x <= expFastHi {
			worstFast = max(worstFast, e)
		}
	}
	t.Logf("%d values, max error %.3f ulp at %v (%.3f ulp for normal results), %.1f%% identical to math.Exp",
		len(xs), worst, worstX, worstFast, 100*float64(same)/float64(len(xs)))
	if worst >= 1 {
		t.Errorf("max error %.3f ulp at exp(%v), want < 1", worst, worstX)
	}
}

func TestExpSpecial(t *testing.T) {
	cases := []struct{ x, want float64 }{
		{math.NaN(), math.NaN()}, {math.Inf(1), math.Inf(1)}, {math.Inf(-1), 0},
		{0, 1}, {math.Copysign(0, -1), 1}, {710, math.Inf(1)}, {1e308, math.Inf(1)},
		{-746, 0}, {-1e308, 0}, {expOverflow, 1.7976931348622732e+308},
		{math.Nextafter(expOverflow, 800), math.Inf(1)},
		{-745.1332191019411, 5e-324}, {-745.2, 0}, {1, math.E},
	}
	for _, c := range cases {
		got := expFast(c.x)
		dst := []float64{0}
		expSlice(dst, []float64{c.x})
		if !(got == c.want || got != got && c.want != c.want) || !(dst[0] == got || dst[0] != dst[0] && got != got) {
			t.Errorf("exp(%v) = %v / %v, want %v", c.x, got, dst[0], c.want)
		}
	}
	// the ufunc path, split over goroutines
	a, _ := FromSlice([]float64{math.NaN(), math.Inf(1), math.Inf(-1), 0, 800, -800})
	want := []float64{math.NaN(), math.Inf(1), 0, 1, math.Inf(1), 0}
	for i, v := range Unary(Exp, a).Data() {
		if !(v == want[i] || v != v && want[i] != want[i]) {
			t.Errorf("Unary(Exp) [%d] = %v, want %v", i, v, want[i])
		}
	}
}

// TestExpVectorMatchesScalar: the AVX2 kernel (where the CPU has it) writes
// the same bits as the scalar loop, at every length and offset, including
// blocks that mix in inputs for the slow path.
func TestExpVectorMatchesScalar(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	src := make([]float64, 1037)
	for i := range src {
		src[i] = r.Float64()*100 - 50
		if i%97 == 0 {
			src[i] = []float64{math.NaN(), 710, -720, math.Inf(1)}[i%4]
		}
	}
	for _, off := range []int{0, 1, 2, 3, 5} {
		for _, n := range []int{0, 3, 4, 7, 64, 1000} {
			in := src[off : off+n]
			got, want := make([]float64, n), make([]float64, n)
			expSlice(got, in)
			expSliceScalar(want, in)
			for i := range got {
				if math.Float64bits(got[i]) != math.Float64bits(want[i]) {
					t.Fatalf("off %d n %d: exp(%v) = %v vector, %v scalar", off, n, in[i], got[i], want[i])
				}
			}
		}
	}
	if haveVectorExp() && expSliceVec(make([]float64, 8), src[1:9]) != 8 {
		t.Fatal("the vector kernel did not take an in-range block")
	}
}
