package nanolaser

import (
	"context"
	"fmt"
	"math"

	"github.com/lumenlab/lumen/lib/boltzmann"
	"github.com/lumenlab/lumen/lib/rng"
)

// LIFParams are the parameters of the current-based LIF-sampling reference
// (Petrovici et al., PRE 94, 042312, 2016): leaky integrate-and-fire neurons
// in the high-conductance state, with Ornstein–Uhlenbeck background noise,
// exponential current synapses with renewing (Tsodyks–Markram U = 1,
// τ_rec = τ_syn) dynamics, and an absolute refractory period τ_ref that is
// the sampling window τ. Potentials in mV, times in ms (biological units:
// the model is scale-free; Estimate-style comparisons use the clock of the
// hardware that runs it, e.g. BrainScaleS at 10⁴× acceleration).
type LIFParams struct {
	TauM     float64 // effective membrane time constant τ_eff in the high-conductance state [ms]
	TauRef   float64 // absolute refractory period = sampling window τ [ms]
	TauSyn   float64 // synaptic time constant [ms]
	Theta    float64 // threshold [mV]
	Reset    float64 // reset potential ρ [mV]
	TauNoise float64 // correlation time of the OU background [ms]
	Sigma    float64 // stationary SD of the OU background (of the free membrane) [mV]
	Dt       float64 // integration step [ms]
}

// DefaultLIFParams follows Petrovici et al. 2016 (Table 1: θ = −52 mV,
// ρ = −53 mV, τ_ref = τ_syn = 10 ms, high-conductance τ_eff ≈ 0.1 ms); the
// Poisson background is replaced by its diffusion limit, an OU process of SD
// 2 mV and correlation time τ_syn/10 (a choice: docs/nanolaser.md).
func DefaultLIFParams() LIFParams {
	return LIFParams{TauM: 0.1, TauRef: 10, TauSyn: 10, Theta: -52, Reset: -53, TauNoise: 1, Sigma: 2, Dt: 0.01}
}

// Validate checks the parameters.
func (p LIFParams) Validate() error {
	for _, c := range []struct {
		n string
		v float64
	}{{"TauM", p.TauM}, {"TauRef", p.TauRef}, {"TauSyn", p.TauSyn}, {"TauNoise", p.TauNoise}, {"Sigma", p.Sigma}, {"Dt", p.Dt}} {
		if !(c.v > 0) || math.IsInf(c.v, 0) {
			return fmt.Errorf("nanolaser: LIF parameter %s = %g not allowed: must be positive and finite", c.n, c.v)
		}
	}
	if math.IsNaN(p.Theta) || math.IsNaN(p.Reset) || !(p.Reset < p.Theta) {
		return fmt.Errorf("nanolaser: LIF reset %g mV must be below the threshold %g mV", p.Reset, p.Theta)
	}
	if p.Dt > p.TauM || p.Dt > p.TauRef/10 {
		return fmt.Errorf("nanolaser: LIF dt = %g ms too large: must be ≤ τ_m = %g ms and ≤ τ_ref/10", p.Dt, p.TauM)
	}
	return nil
}

// LIFCalibration is the LIF activation: p_on (fraction of time refractory)
// against the mean free membrane potential μ, fitted by σ((μ − Mu50)/Alpha).
type LIFCalibration struct {
	Mu, POn          []float64
	Mu50, Alpha, RMS float64
	Duration         float64 // ms per point
}

// lifSim integrates N LIF neurons with mean potentials mu and weights J
// (J[k*n+j]: PSP amplitude [mV] of j on k at t = 0⁺, renewing synapses).
type lifSim struct {
	p     LIFParams
	n     int
	mu, J []float64
	v, s  []float64
	eta   []float64
	ref   []int // remaining refractory steps
	src   *rng.Source
}

func newLIFSim(p LIFParams, mu, J []float64, seed uint64) *lifSim {
	n := len(mu)
	l := &lifSim{p: p, n: n, mu: mu, J: J, v: make([]float64, n), s: make([]float64, n), eta: make([]float64, n), ref: make([]int, n), src: rng.New(seed)}
	for i := range l.v {
		l.v[i] = p.Reset
		l.eta[i] = p.Sigma * l.src.NormFloat64()
	}
	return l
}

// run advances steps steps; state(on bitmask) is called after each step.
func (l *lifSim) run(ctx context.Context, steps int64, state func(int)) error {
	p := l.p
	n := l.n
	em := math.Exp(-p.Dt / p.TauM)
	es := math.Exp(-p.Dt / p.TauSyn)
	en := math.Exp(-p.Dt / p.TauNoise)
	sn := p.Sigma * math.Sqrt(1-en*en)
	refSteps := int(math.Round(p.TauRef / p.Dt))
	spiked := make([]bool, n)
	for t := int64(0); t < steps; t++ {
		if t%stopEvery == 0 && ctx != nil && ctx.Err() != nil {
			return ctx.Err()
		}
		on := 0
		for k := 0; k < n; k++ {
			l.eta[k] = l.eta[k]*en + sn*l.src.NormFloat64()
			if l.ref[k] > 0 {
				l.ref[k]--
				l.v[k] = p.Reset
			} else {
				u := l.mu[k] + l.eta[k]
				row := l.J[k*n : k*n+n]
				for j, s := range l.s {
					u += row[j] * s
				}
				l.v[k] = u + (l.v[k]-u)*em
				if l.v[k] >= p.Theta {
					spiked[k] = true
					l.v[k] = p.Reset
					l.ref[k] = refSteps
				}
			}
			if l.ref[k] > 0 {
				on |= 1 << k
			}
		}
		// synapses: decay, and renew (U = 1) on a spike, one step of delay
		for j := range l.s {
			l.s[j] *= es
			if spiked[j] {
				l.s[j] = 1
				spiked[j] = false
			}
		}
		if state != nil {
			state(on)
		}
	}
	return nil
}

// CalibrateLIF sweeps the mean free membrane potential μ and fits the
// logistic activation (the LIF counterpart of Calibrate).
func CalibrateLIF(p LIFParams, mus []float64, duration float64, seed uint64) (*LIFCalibration, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if len(mus) < 3 {
		return nil, fmt.Errorf("nanolaser: LIF calibration needs ≥ 3 potentials, have %d", len(mus))
	}
	if !(duration > 0) {
		return nil, fmt.Errorf("nanolaser: LIF calibration duration %g ms must be positive", duration)
	}
	// one uncoupled network, one neuron per potential
	sim := newLIFSim(p, append([]float64(nil), mus...), make([]float64, len(mus)*len(mus)), seed)
	on := make([]float64, len(mus))
	steps := int64(math.Round(duration / p.Dt))
	if err := sim.run(nil, steps, func(s int) {
		for k := range on {
			if s&(1<<k) != 0 {
				on[k]++
			}
		}
	}); err != nil {
		return nil, err
	}
	c := &LIFCalibration{Mu: append([]float64(nil), mus...), POn: make([]float64, len(mus)), Duration: duration}
	for k := range on {
		c.POn[k] = on[k] / float64(steps)
	}
	var err error
	if c.Mu50, c.Alpha, c.RMS, err = FitLogistic(c.Mu, c.POn); err != nil {
		return nil, err
	}
	return c, nil
}

// DefaultLIFPotentials spans the default LIF activation.
func DefaultLIFPotentials() []float64 {
	var m []float64
	for x := -60.0; x <= -48; x += 1 {
		m = append(m, x)
	}
	return m
}

// LIFTranslate maps a BM onto the LIF network (Petrovici et al. 2016):
// μ_k = μ50 + α b_k and PSP amplitudes J_kj = α W_kj τ_ref / ∫_0^τref k(t) dt
// with the PSP shape k(t) = (τ_syn e^{−t/τ_syn} − τ_m e^{−t/τ_m})/(τ_syn − τ_m)
// of a current synapse on the high-conductance membrane (peak-normalised
// to 1 for τ_m ≪ τ_syn).
func LIFTranslate(bm *boltzmann.BM, p LIFParams, c *LIFCalibration) (mu, J []float64, err error) {
	z, _, err := binaryBM(bm)
	if err != nil {
		return nil, nil, err
	}
	if z.N > 24 {
		return nil, nil, fmt.Errorf("nanolaser: LIF reference needs N ≤ 24, have %d", z.N)
	}
	n := z.N
	ts, tm, tr := p.TauSyn, p.TauM, p.TauRef
	area := (ts*ts*(1-math.Exp(-tr/ts)) - tm*tm*(1-math.Exp(-tr/tm))) / (ts - tm)
	mu = make([]float64, n)
	J = make([]float64, n*n)
	for k := 0; k < n; k++ {
		mu[k] = c.Mu50 + c.Alpha*z.B[k]/z.T
		for j := 0; j < n; j++ {
			if j != k {
				J[k*n+j] = c.Alpha * z.W[k*n+j] / z.T * tr / area
			}
		}
	}
	return mu, J, nil
}

// LIFCurve runs the LIF-sampling network translated from bm (calibrated
// with c) for periods refractory periods and records D_KL(sampled ‖ bm)
// against time in units of τ_ref (10 log-spaced points by default).
func LIFCurve(ctx context.Context, bm *boltzmann.BM, p LIFParams, c *LIFCalibration, periods float64, points int, seed uint64) (*Curve, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if c == nil {
		return nil, fmt.Errorf("nanolaser: LIFCurve needs a LIF calibration (CalibrateLIF)")
	}
	if !(periods > 0) || math.IsInf(periods, 0) {
		return nil, fmt.Errorf("nanolaser: periods %g not allowed: must be positive", periods)
	}
	mu, J, err := LIFTranslate(bm, p, c)
	if err != nil {
		return nil, err
	}
	_, target, err := binaryBM(bm)
	if err != nil {
		return nil, err
	}
	n := len(mu)
	sim := newLIFSim(p, mu, J, seed)
	// burn-in: 10 τ_ref
	if err := sim.run(ctx, int64(math.Round(10*p.TauRef/p.Dt)), nil); err != nil {
		return nil, err
	}
	perTau := p.TauRef / p.Dt
	total := int64(math.Round(periods * perTau))
	counts := make([]float64, 1<<n)
	checks := logPoints(total, points)
	cu := &Curve{}
	done := int64(0)
	for _, ck := range checks {
		if err := sim.run(ctx, ck-done, func(s int) { counts[s]++ }); err != nil {
			return nil, err
		}
		done = ck
		cu.T = append(cu.T, float64(ck)/perTau)
		cu.DKL = append(cu.DKL, DKL(normalize(counts), target))
	}
	cu.Final = normalize(counts)
	return cu, nil
}
