package array

import (
	"math"
)

// Fast exp for the Exp ufunc.
//
// Normal results use a table-driven reduction (Tang's method, as in
// ARM optimized-routines/musl/glibc): exp(x) = 2^(m/128) · exp(r) with
// m = round(128·x/ln2) = 128k + j and |r| ≤ ln2/256, so
// exp(x) = 2^k · 2^(j/128) · exp(r). 2^(j/128) comes from expTab as a float64
// s_j plus a relative tail (so it is effectively exact), exp(r) - 1 from a
// degree-5 polynomial, and 2^k is added to s_j's exponent bits. There are no
// divisions, branches (inside [-708, 709]) or calls, and the published bound
// is 0.51 ulp (Go does not fuse the multiply-adds here; TestExpAccuracy
// measures at most 0.73 ulp against a 200-bit reference).
//
// Inputs whose result is not a normal float64 (x > 709, x < -708, NaN, ±Inf)
// go to expSlow: the fdlibm reduction exp(x) = 2^k · exp(r), |r| ≤ ln2/2,
// with its rational approximation (Go's pure-Go math.Exp, < 1 ulp), scaled
// in two exact steps so that a subnormal result is rounded once.

const (
	expLn2Hi     = 6.93147180369123816490e-01
	expLn2Lo     = 1.90821492927058770002e-10
	expLog2e     = 1.44269504088896338700e+00
	expOverflow  = 7.09782712893383973096e+02
	expUnderflow = -7.45133219101941108420e+02
	expP1        = 1.66666666666666657415e-01
	expP2        = -2.77777777770155933842e-03
	expP3        = 6.61375632143793436117e-05
	expP4        = -1.65339022054652515390e-06
	expP5        = 4.13813679705723846039e-08
	expShifter   = 0x1.8p52 // adding and subtracting it rounds to an integer

	expInvLn2N   = 0x1.71547652b82fep7 // 128/ln2
	expNegLn2HiN = -0x1.62e42fefa0000p-8
	expNegLn2LoN = -0x1.cf79abc9e3b3ap-47
	expC2        = 0x1.ffffffffffdbdp-2
	expC3        = 0x1.555555555543cp-3
	expC4        = 0x1.55555cf172b91p-5
	expC5        = 0x1.1111167a4d017p-7
	expFastLo    = -708.0 // exp(x) is normal and k ≥ -1021 for x ≥ this
	expFastHi    = 709.0  // k ≤ 1023 for x ≤ this
)

// expReduce returns k and exp(x)/2^k in [√½, √2] for finite |x| < 746.
func expReduce(x float64) (float64, float64) {
	kf := (x*expLog2e + expShifter) - expShifter
	hi := x - kf*expLn2Hi
	lo := kf * expLn2Lo
	r := hi - lo
	t := r * r
	c := r - t*(expP1+t*(expP2+t*(expP3+t*(expP4+t*expP5))))
	return kf, 1 - ((lo - (r*c)/(2-c)) - hi)
}

// expFast is exp(x) accurate to < 1 ulp, with math.Exp's special cases.
func expFast(x float64) float64 {
	if x >= expFastLo && x <= expFastHi {
		return expTable(x)
	}
	return expSlow(x)
}

// expTable is exp(x) for x in [expFastLo, expFastHi].
func expTable(x float64) float64 {
	kd := x*expInvLn2N + expShifter
	ki := math.Float64bits(kd)
	kd -= expShifter
	r := x + kd*expNegLn2HiN + kd*expNegLn2LoN
	idx := 2 * (ki % 128)
	tail := math.Float64frombits(expTab[idx])
	scale := math.Float64frombits(expTab[idx+1] + ki<<45)
	r2 := r * r
	tmp := tail + r + r2*(expC2+r*expC3) + r2*r2*(expC4+r*expC5)
	return scale + scale*tmp
}

// expSlow handles results that overflow, are subnormal or underflow, and NaN.
func expSlow(x float64) float64 {
	switch {
	case x != x:
		return x
	case x > expOverflow:
		return math.Inf(1)
	case x < expUnderflow:
		return 0
	}
	kf, y := expReduce(x)
	k := int64(kf)
	if k > 0 { // k ≤ 1024: 2^1024 is not a float64
		return y * math.Float64frombits(uint64(k-1+1023)<<52) * 2
	}
	if k >= -1021 {
		return y * math.Float64frombits(uint64(k+1023)<<52)
	}
	// exact scaling by 2^(k+1000), then one rounding into the subnormals
	return y * math.Float64frombits(uint64(k+1000+1023)<<52) * 0x1p-1000
}

// expSlice sets dst[i] = exp(src[i]).
func expSlice(dst, src []float64) {
	src = src[:len(dst)]
	for len(src) >= 4 {
		// The vector kernel gives the same bits; it stops at a block holding
		// an input for expSlow, which the scalar loop below then takes.
		n := expSliceVec(dst, src)
		dst, src = dst[n:], src[n:]
		if len(src) >= 4 {
			expSliceScalar(dst[:4], src[:4])
			dst, src = dst[4:], src[4:]
		}
	}
	expSliceScalar(dst, src)
}

func expSliceScalar(dst, src []float64) {
	for i, x := range src {
		if x >= expFastLo && x <= expFastHi {
			kd := x*expInvLn2N + expShifter
			ki := math.Float64bits(kd)
			kd -= expShifter
			r := x + kd*expNegLn2HiN + kd*expNegLn2LoN
			idx := 2 * (ki % 128)
			tail := math.Float64frombits(expTab[idx&255])
			scale := math.Float64frombits(expTab[(idx+1)&255] + ki<<45)
			r2 := r * r
			tmp := tail + r + r2*(expC2+r*expC3) + r2*r2*(expC4+r*expC5)
			dst[i] = scale + scale*tmp
		} else {
			dst[i] = expSlow(x)
		}
	}
}
