package nanolaser

import (
	"context"
	"fmt"
	"math"

	"github.com/lumenlab/lumen/lib/boltzmann"
)

// Calibration is the measured activation function of a PSN:
// p_on(x) = spikes·τ/duration against the pump offset x = A − (1 + B), and
// its logistic fit σ((x − X50)/Alpha).
type Calibration struct {
	Tau      float64   // refractory window τ [ns]
	Offsets  []float64 // pump offsets x
	POn      []float64 // spikes·τ/duration at each offset
	Rate     []float64 // spikes/ns
	X50      float64
	Alpha    float64
	Residual float64 // RMS of p_on − fit over the sweep
	// POnCount is the count estimate spikes·τ/duration; POn is the
	// fraction of time the neuron is "on" (within τ after a spike), which
	// equals POnCount when no two spikes are closer than τ and is what the
	// sampled distribution sees. The fit uses POn.
	POnCount []float64
	// PulsePhotons is the mean number of photons a spike emits into the output
	// waveguide near x50, and MeanPhotons the mean intracavity photon number.
	PulsePhotons float64
	MeanPhotons  float64
	// FloorPhotons is the mean intracavity photon number outside pulses near
	// x50: it shortens the decay of a gain change to τ_g/(1 + S̄/S_g).
	FloorPhotons float64
	Duration     float64
	// PSP is the measured post-synaptic efficacy (CalibratePSP); nil: not
	// measured, FromBM then uses the analytic rule alone.
	PSP *PSPCalibration
}

// CalibrateOptions configures Calibrate.
type CalibrateOptions struct {
	Offsets  []float64 // nil: DefaultOffsets
	Duration float64   // ns per offset; 0: 2000
	Tau      float64   // ns; 0: the gain recovery time τ_g
	Seed     uint64
	// PSPDuration is the simulated time [ns] of the post-synaptic efficacy
	// measurement (CalibratePSP); 0: 10⁴ ns; negative: skip it.
	PSPDuration float64
	// Progress, when set, is called with the fraction done (sweep and PSP
	// measurement, weighted by neuron-steps) about every 2^16 steps.
	Progress func(done float64)
}

// DefaultOffsets spans the default PSN's activation function.
func DefaultOffsets() []float64 {
	return []float64{-1.0, -0.5, 0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0}
}

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

// FitLogistic fits p = σ((x − x50)/α) by least squares (Gauss–Newton from a
// logit-regression start) and returns x50, α and the RMS residual.
func FitLogistic(x, p []float64) (x50, alpha, rms float64, err error) {
	if len(x) != len(p) || len(x) < 3 {
		return 0, 0, 0, fmt.Errorf("nanolaser: logistic fit needs ≥ 3 points, have %d", len(x))
	}
	// start: linear regression of the logit over points inside (0.02, 0.98)
	var sx, sy, sxx, sxy, k float64
	for i := range x {
		if p[i] > 0.02 && p[i] < 0.98 {
			l := math.Log(p[i] / (1 - p[i]))
			sx += x[i]
			sy += l
			sxx += x[i] * x[i]
			sxy += x[i] * l
			k++
		}
	}
	a, b := 1.0, 0.0 // logit = a x + b
	if k >= 2 && sxx*k-sx*sx > 0 {
		a = (k*sxy - sx*sy) / (k*sxx - sx*sx)
		b = (sy - a*sx) / k
	}
	if !(a > 0) {
		a = 1
	}
	// Gauss–Newton on (a, b) with step halving
	loss := func(a, b float64) float64 {
		s := 0.0
		for i := range x {
			d := sigmoid(a*x[i]+b) - p[i]
			s += d * d
		}
		return s
	}
	cur := loss(a, b)
	for it := 0; it < 100; it++ {
		var jaa, jab, jbb, ga, gb float64
		for i := range x {
			s := sigmoid(a*x[i] + b)
			d := s - p[i]
			ds := s * (1 - s)
			ja, jb := ds*x[i], ds
			jaa += ja * ja
			jab += ja * jb
			jbb += jb * jb
			ga += ja * d
			gb += jb * d
		}
		det := jaa*jbb - jab*jab
		if det <= 1e-300 {
			break
		}
		da := (jbb*ga - jab*gb) / det
		db := (jaa*gb - jab*ga) / det
		step := 1.0
		improved := false
		for h := 0; h < 30; h++ {
			na, nb := a-step*da, b-step*db
			if nl := loss(na, nb); nl < cur && na > 0 {
				a, b, cur = na, nb, nl
				improved = true
				break
			}
			step /= 2
		}
		if !improved || math.Abs(da)+math.Abs(db) < 1e-12 {
			break
		}
	}
	return -b / a, 1 / a, math.Sqrt(cur / float64(len(x))), nil
}

// Calibrate sweeps the pump offset of the neuron's model, measures p_on and
// fits the logistic, then (unless o.PSPDuration < 0) measures the links'
// post-synaptic efficacy (CalibratePSP). It returns ctx.Err() (and no
// calibration) when ctx is cancelled; ctx is polled every 2^16 steps.
func Calibrate(ctx context.Context, m Model, o CalibrateOptions) (*Calibration, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	offs := o.Offsets
	if offs == nil {
		offs = DefaultOffsets()
	}
	dur := o.Duration
	if dur == 0 {
		dur = 2000
	}
	tau := o.Tau
	if tau == 0 {
		tau = m.TauG
	}
	if !(dur > 0) || !(tau > 0) {
		return nil, fmt.Errorf("nanolaser: calibration duration %g ns and τ %g ns must be positive", dur, tau)
	}
	if o.PSPDuration > 0 && math.IsInf(o.PSPDuration, 0) || math.IsNaN(o.PSPDuration) {
		return nil, fmt.Errorf("nanolaser: PSP calibration duration %g ns not allowed: must be finite (0: 10⁴ ns, negative: skip)", o.PSPDuration)
	}
	pspDur := o.PSPDuration
	if pspDur == 0 {
		pspDur = 1e4
	}
	// progress: the sweep runs len(offs) neurons for dur, the PSP
	// measurement 4 neurons for 10 τ + pspDur
	sweepCost := float64(len(offs)) * dur
	pspCost := 0.0
	if pspDur > 0 {
		pspCost = 4 * (pspDur + 10*tau)
	}
	part := func(from, weight float64) func(float64) {
		if o.Progress == nil {
			return nil
		}
		tot := sweepCost + pspCost
		return func(f float64) { o.Progress((from + weight*f) / tot) }
	}
	c := &Calibration{Tau: tau, Offsets: append([]float64(nil), offs...), Duration: dur}
	cnt := make([]float64, len(offs))
	floors := make([]float64, len(offs))
	sweep := func(ms []Model, seed uint64) ([]float64, []float64, []float64, []float64, error) {
		po := make([]float64, len(ms))
		rate := make([]float64, len(ms))
		pulse := make([]float64, len(ms))
		mean := make([]float64, len(ms))
		A := make([]float64, len(ms))
		for i := range ms {
			A[i] = ms[i].A
		}
		// all offsets in one network of uncoupled neurons (one loop, one pass)
		mm := ms[0]
		var Bs []float64
		for i := range ms {
			Bs = append(Bs, ms[i].B)
		}
		e, err := newEngine(mm, A, nil, seed)
		if err != nil {
			return nil, nil, nil, nil, err
		}
		e.setB(Bs)
		steps := int64(math.Round(dur / mm.Dt))
		tauSteps := int64(math.Round(tau / mm.Dt))
		last := make([]int64, len(ms))
		on := make([]float64, len(ms))
		for i := range last {
			last[i] = -1 << 60
		}
		e.onSpike = func(i int, step int64) {
			// the window of the previous spike ends at min(τ, this spike)
			if last[i] >= 0 {
				on[i] += float64(min(tauSteps, step-last[i]))
			}
			last[i] = step
		}
		photons := make([]float64, len(ms))
		sumS := make([]float64, len(ms))
		floor := make([]float64, len(ms))
		nfloor := make([]float64, len(ms))
		e.onStep = func(e *engine) {
			for i, s := range e.S {
				sumS[i] += s
				if s > e.emitLo {
					photons[i] += s
				} else {
					floor[i] += s
					nfloor[i]++
				}
			}
		}
		e.stop = stopFunc(ctx, part(0, sweepCost), steps, e)
		if !e.run(steps) {
			return nil, nil, nil, nil, ctx.Err()
		}
		for i := range on {
			if last[i] >= 0 {
				on[i] += float64(min(tauSteps, steps-last[i]))
			}
		}
		counts := make([]float64, len(ms))
		for _, s := range e.spikes {
			counts[s.Neuron]++
		}
		for i := range ms {
			rate[i] = counts[i] / dur
			cnt[i] = counts[i] * tau / dur
			po[i] = on[i] / float64(steps)
			if counts[i] > 0 {
				pulse[i] = photons[i] * mm.Dt * mm.EtaOut / mm.TauP / counts[i]
			}
			mean[i] = sumS[i] / float64(steps)
			if nfloor[i] > 0 {
				floors[i] = floor[i] / nfloor[i]
			}
		}
		return po, rate, pulse, mean, nil
	}
	ms := make([]Model, len(offs))
	for i, x := range offs {
		ms[i] = m.WithOffset(x)
	}
	po, rate, pulse, mean, err := sweep(ms, o.Seed)
	if err != nil {
		return nil, err
	}
	c.POn, c.Rate, c.POnCount = po, rate, cnt
	if c.X50, c.Alpha, c.Residual, err = FitLogistic(offs, po); err != nil {
		return nil, err
	}
	lo, hi := offs[0], offs[0]
	for _, x := range offs {
		lo, hi = math.Min(lo, x), math.Max(hi, x)
	}
	if c.X50 < lo || c.X50 > hi {
		return c, fmt.Errorf("nanolaser: calibration midpoint x50 = %.3g outside the sweep [%g, %g]: widen the offsets", c.X50, lo, hi)
	}
	// pulse energy and photon floor: weighted by closeness to x50
	var wsum, psum, msum, fsum float64
	for i, x := range offs {
		w := math.Exp(-math.Abs(x-c.X50) / c.Alpha)
		if pulse[i] > 0 {
			wsum += w
			psum += w * pulse[i]
			msum += w * mean[i]
			fsum += w * floors[i]
		}
	}
	if wsum > 0 {
		c.PulsePhotons, c.MeanPhotons, c.FloorPhotons = psum/wsum, msum/wsum, fsum/wsum
	}
	if pspDur > 0 && c.PulsePhotons > 0 {
		p, err := calibratePSP(ctx, m, c, pspDur, o.Seed+1, part(sweepCost, pspCost))
		if err != nil {
			if ctx.Err() != nil {
				return nil, err
			}
			return c, err
		}
		c.PSP = p
	}
	if o.Progress != nil {
		o.Progress(1)
	}
	return c, nil
}

// P returns the fitted activation at offset x.
func (c *Calibration) P(x float64) float64 { return sigmoid((x - c.X50) / c.Alpha) }

// PSPCalibration is the measured effect of a translated link: how far the
// analytic rule (FromBM without PSP) misses the target coupling, per sign.
type PSPCalibration struct {
	WRef float64 // |W| of the probe links
	// KappaExc, KappaInh: measured W_eff / W of the analytic rule for W = +WRef, −WRef.
	KappaExc, KappaInh float64
	// BiasExc, BiasInh: measured bias shift b_eff / W per unit of (analytic) W.
	BiasExc, BiasInh float64
	// SE of the κ estimates (delta method on the state counts, with the
	// correlation time τ: n_eff = duration/τ).
	KappaExcSE, KappaInhSE float64
	Duration               float64
}

// CalibratePSP measures the actual post-synaptic effect of translated links.
// Two symmetric pairs of neurons at x50 are linked by the analytic rule for
// W = +1 and W = −1 (zero biases). A 2-unit BM obeys exactly
//
//	ln p11 p00 /(p10 p01) = W,   ln p10/p00 = b,
//
// so the sampled pair distributions give the effective weight W_eff and the
// bias shift b_eff the links really produce. FromBM divides the analytic
// weights by κ = W_eff/W and subtracts the bias shifts (docs/nanolaser.md,
// "PSP calibration"). It returns ctx.Err() when ctx is cancelled.
func CalibratePSP(ctx context.Context, m Model, c *Calibration, duration float64, seed uint64) (*PSPCalibration, error) {
	return calibratePSP(ctx, m, c, duration, seed, nil)
}

func calibratePSP(ctx context.Context, m Model, c *Calibration, duration float64, seed uint64, progress func(float64)) (*PSPCalibration, error) {
	return pspPairs(ctx, m, c, 1, 0, duration, seed, progress)
}

// pspPairs measures two symmetric pairs linked by the analytic rule for
// W = ±wref, all four neurons at bias b; the bias shifts are (b_eff − b)/W.
func pspPairs(ctx context.Context, m Model, c *Calibration, wref, bias, duration float64, seed uint64, progress func(float64)) (*PSPCalibration, error) {
	if c == nil {
		return nil, fmt.Errorf("nanolaser: CalibratePSP needs the activation calibration (Calibrate)")
	}
	if !(duration > 0) || math.IsInf(duration, 0) {
		return nil, fmt.Errorf("nanolaser: PSP calibration duration %g ns not allowed: must be positive", duration)
	}
	W := make([]float64, 16)
	W[0*4+1], W[1*4+0] = wref, wref
	W[2*4+3], W[3*4+2] = -wref, -wref
	bm, err := boltzmann.NewBM(W, []float64{bias, bias, bias, bias}, boltzmann.Binary)
	if err != nil {
		return nil, err
	}
	bare := *c
	bare.PSP = nil
	net, err := FromBM(bm, m, &bare, FromBMOptions{})
	if err != nil {
		return nil, err
	}
	r, err := net.Run(ctx, RunOptions{Duration: duration, Seed: seed, Points: -1, Progress: progress})
	if err != nil {
		return nil, err
	}
	p := r.Distribution()
	pair := func(a, b int) (weff, beff, se float64, err error) {
		var q [4]float64
		for s, v := range p {
			q[(s>>a)&1|((s>>b)&1)<<1] += v
		}
		for _, v := range q {
			if !(v > 0) {
				return 0, 0, 0, fmt.Errorf("nanolaser: PSP calibration: a pair state never occurred in %g ns (distribution %.3g): the neuron is not sampling, check the calibration", duration, q)
			}
		}
		p10 := (q[1] + q[2]) / 2
		beff = math.Log(p10/q[0]) - bias
		weff = math.Log(q[3] * q[0] / (p10 * p10))
		neff := duration / c.Tau
		se = math.Sqrt((1/q[0] + 1/q[3] + 2/(q[1]+q[2])) / neff)
		return weff, beff, se, nil
	}
	pc := &PSPCalibration{WRef: wref, Duration: duration}
	we, be, se1, err := pair(0, 1)
	if err != nil {
		return nil, err
	}
	wi, bi, se2, err := pair(2, 3)
	if err != nil {
		return nil, err
	}
	pc.KappaExc, pc.BiasExc, pc.KappaExcSE = we/wref, be/wref, se1/wref
	pc.KappaInh, pc.BiasInh, pc.KappaInhSE = wi/-wref, bi/-wref, se2/wref
	if !(pc.KappaExc > 0) || !(pc.KappaInh > 0) {
		return nil, fmt.Errorf("nanolaser: PSP calibration: the links have the wrong sign of effect (κ+ = %.3g, κ− = %.3g): the neuron is not in the sampling regime", pc.KappaExc, pc.KappaInh)
	}
	return pc, nil
}
