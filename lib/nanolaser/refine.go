package nanolaser

import (
	"context"
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/lumenlab/lumen/lib/boltzmann"
	"github.com/lumenlab/lumen/lib/rng"
)

// RefineOptions configures Network.Refine.
type RefineOptions struct {
	// Duration is the device time of all correction runs together [ns].
	Duration float64
	// Iterations is the number of runs (0: 4); their lengths double and
	// sum to Duration.
	Iterations int
	Seed       uint64
	// Progress, when set, is called with the fraction of Duration done.
	Progress func(done float64)
}

// RefineStep reports one correction run.
type RefineStep struct {
	Duration float64 // ns
	DKL      float64 // D_KL(sampled ‖ target) of this run, before its correction
	Shift    float64 // largest change it made to the applied BM's W and b
}

// maxRefineUnits bounds Refine's exact sums over the 2^N states.
const maxRefineUnits = 16

// Refine corrects the translation in the loop, as neuromorphic samplers are
// trained on their own hardware (Kungl et al., Front. Neurosci. 13, 1201,
// 2019): the device runs, the BM that best explains what it sampled is fitted
// (FitBM), and the difference to the BM it was given is the device's
// distortion δ. The network is then re-translated from Target − δ̂, where δ̂
// is the duration-weighted mean of the measured δ over all runs so far, so
// the noise of the correction falls with the total device time. Only the
// sampled states are used, as in the lab; the device itself is not modelled.
// The distortion is assumed to vary slowly with the applied parameters,
// which holds near Target (the first run, at Target, weighs 1/15 with the
// default four iterations).
func (net *Network) Refine(ctx context.Context, o RefineOptions) ([]RefineStep, error) {
	if net.Target == nil || net.Cal == nil {
		return nil, fmt.Errorf("nanolaser: Refine needs a network built from a BM (FromBM)")
	}
	n := net.N()
	if n > maxRefineUnits {
		return nil, fmt.Errorf("nanolaser: Refine fits BMs exactly over 2^N states: N = %d not allowed, use 1..%d", n, maxRefineUnits)
	}
	if !(o.Duration > 0) || math.IsInf(o.Duration, 0) {
		return nil, fmt.Errorf("nanolaser: refine duration %g ns not allowed: must be positive and finite", o.Duration)
	}
	iters := o.Iterations
	if iters == 0 {
		iters = 4
	}
	if iters < 1 || iters > 30 {
		return nil, fmt.Errorf("nanolaser: refine iterations %d not allowed: use 1..30", iters)
	}
	unit := o.Duration / float64(int64(1)<<iters-1)
	if unit < 10*net.Tau {
		return nil, fmt.Errorf("nanolaser: refine duration %g ns too short for %d iterations: the first run would last %g ns, less than 10 τ = %g ns", o.Duration, iters, unit, 10*net.Tau)
	}
	target, err := net.Target.ExactDistribution()
	if err != nil {
		return nil, err
	}
	want := packBM(net.Target)
	d := len(want)
	sumDelta := make([]float64, d)
	sumT, done := 0.0, 0.0
	seeds := rng.New(o.Seed)
	var steps []RefineStep
	for i := 0; i < iters; i++ {
		T := unit * float64(int64(1)<<i)
		ro := RunOptions{Duration: T, Seed: seeds.Uint64(), Points: -1}
		if o.Progress != nil {
			base := done
			ro.Progress = func(f float64) { o.Progress((base + f*T) / o.Duration) }
		}
		r, err := net.Run(ctx, ro)
		if err != nil {
			return steps, err
		}
		done += T
		got, err := FitBM(smooth(r.Distribution(), T/net.Tau), n)
		if err != nil {
			return steps, fmt.Errorf("nanolaser: refine run %d (%g ns): %w", i+1, T, err)
		}
		applied := packBM(net.Applied)
		g := packBM(got)
		sumT += T
		next := make([]float64, d)
		shift := 0.0
		for k := range sumDelta {
			sumDelta[k] += T * (g[k] - applied[k])
			next[k] = want[k] - sumDelta[k]/sumT
			shift = math.Max(shift, math.Abs(next[k]-applied[k]))
		}
		steps = append(steps, RefineStep{Duration: T, DKL: r.DKL(target), Shift: shift})
		net.translate(unpackBM(next, n))
	}
	return steps, nil
}

// smooth mixes one sample's weight of the uniform distribution into p,
// sampled with about samples independent samples (T/τ): a unit that the run
// never switched off (strong biases) then still has a finite fit, at a bias
// of O(1/samples), below the sampling noise O(1/√samples).
func smooth(p []float64, samples float64) []float64 {
	u := 1 / float64(len(p))
	q := make([]float64, len(p))
	for i, v := range p {
		q[i] = (samples*v + u) / (samples + 1)
	}
	return q
}

// packBM lists a 0/1 BM's parameters: b, then W_kj for k < j.
func packBM(bm *boltzmann.BM) []float64 {
	n := bm.N
	v := append([]float64(nil), bm.B...)
	for k := 0; k < n; k++ {
		for j := k + 1; j < n; j++ {
			v = append(v, bm.W[k*n+j])
		}
	}
	return v
}

func unpackBM(v []float64, n int) *boltzmann.BM {
	bm := &boltzmann.BM{N: n, W: make([]float64, n*n), B: append([]float64(nil), v[:n]...), T: 1, Units: boltzmann.Binary}
	i := n
	for k := 0; k < n; k++ {
		for j := k + 1; j < n; j++ {
			bm.W[k*n+j], bm.W[j*n+k] = v[i], v[i]
			i++
		}
	}
	return bm
}

// stats writes the sufficient statistics of state s (bit k = z_k): z_k,
// then z_k z_j for k < j.
func stats(s, n int, phi []float64) {
	for k := 0; k < n; k++ {
		phi[k] = float64(s >> k & 1)
	}
	i := n
	for k := 0; k < n; k++ {
		for j := k + 1; j < n; j++ {
			phi[i] = phi[k] * phi[j]
			i++
		}
	}
}

// FitBM returns the 0/1 Boltzmann machine of maximum likelihood for the
// distribution p over the 2^n states (the order of ExactDistribution): the
// one whose means ⟨z_k⟩ and pair moments ⟨z_k z_j⟩ equal p's. It is found
// by Newton's method on the concave log-likelihood, with exact sums. A unit
// or pair that p never (or always) switches on has no finite fit and is an
// error.
func FitBM(p []float64, n int) (*boltzmann.BM, error) {
	if n < 1 || n > maxRefineUnits {
		return nil, fmt.Errorf("nanolaser: FitBM: n = %d not allowed, use 1..%d", n, maxRefineUnits)
	}
	if len(p) != 1<<n {
		return nil, fmt.Errorf("nanolaser: FitBM: %d probabilities for n = %d, want 2^n = %d", len(p), n, 1<<n)
	}
	d := n + n*(n-1)/2
	phi := make([]float64, d)
	mu := make([]float64, d) // p's moments
	sum := 0.0
	for s, ps := range p {
		if !(ps >= 0) {
			return nil, fmt.Errorf("nanolaser: FitBM: p[%d] = %g, must be ≥ 0", s, ps)
		}
		stats(s, n, phi)
		for k, f := range phi {
			mu[k] += ps * f
		}
		sum += ps
	}
	if !(sum > 0) {
		return nil, fmt.Errorf("nanolaser: FitBM: p sums to %g", sum)
	}
	for k := range mu {
		mu[k] /= sum
	}
	// Interior check: each mean and pair moment strictly inside its range.
	const eps = 1e-12
	i := n
	for k := 0; k < n; k++ {
		if mu[k] < eps || mu[k] > 1-eps {
			return nil, fmt.Errorf("nanolaser: FitBM: unit %d is on a fraction %g of the time: a BM needs 0 < ⟨z⟩ < 1 (sample longer)", k, mu[k])
		}
		for j := k + 1; j < n; j++ {
			// ⟨z_k z_j⟩ lies in (max(0, m_k + m_j − 1), min(m_k, m_j))
			lo, hi := math.Max(0, mu[k]+mu[j]-1), math.Min(mu[k], mu[j])
			if mu[i] < lo+eps || mu[i] > hi-eps {
				return nil, fmt.Errorf("nanolaser: FitBM: units %d and %d are jointly on a fraction %g of the time, on the edge of (%g, %g): no finite coupling fits (sample longer)", k, j, mu[i], lo, hi)
			}
			i++
		}
	}
	theta := make([]float64, d)
	// start from the independent model
	for k := 0; k < n; k++ {
		theta[k] = math.Log(mu[k] / (1 - mu[k]))
	}
	logp := make([]float64, 1<<n)
	model := func(th []float64) (ll float64) {
		lz := math.Inf(-1)
		for s := range logp {
			stats(s, n, phi)
			e := 0.0
			for k, f := range phi {
				e += th[k] * f
			}
			logp[s] = e
			lz = logAdd(lz, e)
		}
		for k := range logp {
			logp[k] -= lz
		}
		for k, m := range mu {
			ll += th[k] * m
		}
		return ll - lz
	}
	ll := model(theta)
	cov := mat.NewSymDense(d, nil)
	grad, step := mat.NewVecDense(d, nil), mat.NewVecDense(d, nil)
	mean := make([]float64, d)
	trial := make([]float64, d)
	stalled := false
	for it := 0; it < 100; it++ {
		for k := range mean {
			mean[k] = 0
		}
		cov.Zero()
		for s, lp := range logp {
			q := math.Exp(lp)
			stats(s, n, phi)
			for a, fa := range phi {
				if fa == 0 {
					continue
				}
				mean[a] += q
				for b := a; b < d; b++ {
					if phi[b] != 0 {
						cov.SetSym(a, b, cov.At(a, b)+q)
					}
				}
			}
		}
		gmax := 0.0
		for a := 0; a < d; a++ {
			grad.SetVec(a, mu[a]-mean[a])
			gmax = math.Max(gmax, math.Abs(mu[a]-mean[a]))
			for b := a; b < d; b++ {
				cov.SetSym(a, b, cov.At(a, b)-mean[a]*mean[b])
			}
		}
		// Moments to 1e-9 are far below any sampling noise; with 2^16 states
		// rounding alone leaves ~1e-10, where Newton steps stall (below).
		if gmax < 1e-9 || stalled && gmax < 1e-6 {
			return unpackBM(theta, n), nil
		}
		var ch mat.Cholesky
		if !ch.Factorize(cov) {
			return nil, fmt.Errorf("nanolaser: FitBM: singular Fisher matrix (a state probability vanishes)")
		}
		if err := ch.SolveVecTo(step, grad); err != nil {
			return nil, fmt.Errorf("nanolaser: FitBM: %w", err)
		}
		// damped Newton: halve until the likelihood does not fall
		for h := 1.0; ; h /= 2 {
			for k := range trial {
				trial[k] = theta[k] + h*step.AtVec(k)
			}
			if l := model(trial); l >= ll-1e-15 || h < 1e-10 {
				stalled = l-ll < 1e-14
				ll = l
				copy(theta, trial)
				break
			}
		}
	}
	return nil, fmt.Errorf("nanolaser: FitBM: Newton's method did not converge in 100 steps")
}

func logAdd(a, b float64) float64 {
	if a < b {
		a, b = b, a
	}
	if math.IsInf(b, -1) {
		return a
	}
	return a + math.Log1p(math.Exp(b-a))
}
