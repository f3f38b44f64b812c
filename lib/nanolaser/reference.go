package nanolaser

import (
	"fmt"
	"math"

	"github.com/lumenlab/lumen/lib/boltzmann"
	"github.com/lumenlab/lumen/lib/rng"
)

// Curve is D_KL(sampled ‖ target) against time (in the sampler's own unit:
// sweeps for Gibbs, refractory periods τ for neural sampling).
type Curve struct {
	T, DKL []float64
	Final  []float64 // final sampled distribution
}

func binaryBM(bm *boltzmann.BM) (*boltzmann.BM, []float64, error) {
	z, _, err := bm.Convert(boltzmann.Binary)
	if err != nil {
		return nil, nil, err
	}
	if z.N > 20 {
		return nil, nil, fmt.Errorf("nanolaser: reference samplers need N ≤ 20, have %d", z.N)
	}
	p, err := z.ExactDistribution()
	return z, p, err
}

func logPoints(total int64, points int) []int64 {
	var out []int64
	lo := math.Max(1, float64(total)/1e4)
	for p := 0; p < points; p++ {
		s := int64(lo * math.Pow(float64(total)/lo, float64(p)/float64(max(points-1, 1))))
		if len(out) == 0 || s > out[len(out)-1] {
			out = append(out, s)
		}
	}
	return out
}

// GibbsCurve runs one sequential-sweep Gibbs chain for sweeps sweeps and
// records D_KL of the histogram of states after every sweep.
func GibbsCurve(bm *boltzmann.BM, sweeps int64, points int, seed uint64) (*Curve, error) {
	z, target, err := binaryBM(bm)
	if err != nil {
		return nil, err
	}
	n := z.N
	src := rng.New(seed)
	x := make([]float64, n)
	counts := make([]float64, 1<<n)
	c := &Curve{}
	checks := logPoints(sweeps, points)
	ci := 0
	for s := int64(1); s <= sweeps; s++ {
		for k := 0; k < n; k++ {
			u := z.B[k] / z.T
			for j := 0; j < n; j++ {
				u += z.W[k*n+j] * x[j] / z.T
			}
			x[k] = 0
			if src.Float64() < sigmoid(u) {
				x[k] = 1
			}
		}
		idx := 0
		for k := 0; k < n; k++ {
			if x[k] == 1 {
				idx |= 1 << k
			}
		}
		counts[idx]++
		if ci < len(checks) && s == checks[ci] {
			c.T = append(c.T, float64(s))
			c.DKL = append(c.DKL, DKL(normalize(counts), target))
			ci++
		}
	}
	c.Final = normalize(counts)
	return c, nil
}

// NeuralSamplingCurve runs the abstract neural-sampling process of Buesing
// et al. (2011) in discrete time with tauSteps steps per refractory period
// (rectangular PSPs of length τ, exact absolute refractoriness): a neuron
// whose refractory counter ζ_k ≤ 1 fires with probability
// σ(u_k − ln τ_steps), u_k = b_k + Σ_j W_kj z_j, z_j = [ζ_j > 0]. Time is
// returned in units of τ. Its stationary distribution over z is the BM's.
func NeuralSamplingCurve(bm *boltzmann.BM, periods float64, tauSteps, points int, seed uint64) (*Curve, error) {
	z, target, err := binaryBM(bm)
	if err != nil {
		return nil, err
	}
	if tauSteps < 1 {
		return nil, fmt.Errorf("nanolaser: tauSteps %d must be ≥ 1", tauSteps)
	}
	n := z.N
	src := rng.New(seed)
	zeta := make([]int, n)
	counts := make([]float64, 1<<n)
	total := int64(periods * float64(tauSteps))
	checks := logPoints(total, points)
	lt := math.Log(float64(tauSteps))
	c := &Curve{}
	ci := 0
	idx := 0
	for s := int64(1); s <= total; s++ {
		for k := 0; k < n; k++ {
			if zeta[k] > 1 {
				zeta[k]--
			} else {
				u := z.B[k] / z.T
				for j := 0; j < n; j++ {
					if zeta[j] > 0 {
						u += z.W[k*n+j] / z.T
					}
				}
				if src.Float64() < sigmoid(u-lt) {
					zeta[k] = tauSteps
				} else {
					zeta[k] = 0
				}
			}
			if zeta[k] > 0 {
				idx |= 1 << k
			} else {
				idx &^= 1 << k
			}
		}
		counts[idx]++
		if ci < len(checks) && s == checks[ci] {
			c.T = append(c.T, float64(s)/float64(tauSteps))
			c.DKL = append(c.DKL, DKL(normalize(counts), target))
			ci++
		}
	}
	c.Final = normalize(counts)
	return c, nil
}
