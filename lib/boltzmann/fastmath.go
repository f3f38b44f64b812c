package boltzmann

import "math"

// exp2Table[j] = 2^(j/32).
var exp2Table = func() (t [32]float64) {
	for j := range t {
		t[j] = math.Exp2(float64(j) / 32)
	}
	return
}()

// expFast returns e^x with relative error below 1e-13 for |x| ≤ 700
// (saturating outside), several times faster than math.Exp: x = (32n+j)·ln2/32
// + r with |r| ≤ ln2/64, e^x = 2^n·2^(j/32)·e^r, e^r by a degree-5 polynomial.
func expFast(x float64) float64 {
	if x > 700 {
		x = 700
	} else if x < -700 {
		x = -700
	}
	const k32 = 32 / math.Ln2
	const ln2hi = 6.93147180369123816490e-01 / 32
	const ln2lo = 1.90821492927058770002e-10 / 32
	const round = 6755399441055744.0 // 1.5·2^52: adding it rounds to an integer
	t := x*k32 + round
	kf := t - round
	k := int64(kf)
	r := x - kf*ln2hi - kf*ln2lo
	p := 1 + r*(1+r*(1.0/2+r*(1.0/6+r*(1.0/24+r*(1.0/120)))))
	return p * exp2Table[k&31] * math.Float64frombits(uint64((k>>5)+1023)<<52)
}

// sigmoid is the logistic function 1/(1+e^−x).
func sigmoid(x float64) float64 {
	return 1 / (1 + expFast(-x))
}

// softplus returns log(1+e^x) without overflow.
func softplus(x float64) float64 {
	if x > 0 {
		return x + math.Log1p(math.Exp(-x))
	}
	return math.Log1p(math.Exp(x))
}

// logSumExp returns log Σ exp(x_i).
func logSumExp(x []float64) float64 {
	m := math.Inf(-1)
	for _, v := range x {
		if v > m {
			m = v
		}
	}
	if math.IsInf(m, 0) {
		return m
	}
	s := 0.0
	for _, v := range x {
		s += math.Exp(v - m)
	}
	return m + math.Log(s)
}

// Sigmoid is the fast logistic 1/(1+e^−x) the digital sampler draws with
// (relative error below 1e-13); devices use it so a measured field is
// turned into a spin exactly as the digital sampler would.
func Sigmoid(x float64) float64 { return sigmoid(x) }
