package nanolaser

import (
	"context"
	"fmt"
	"math"

	"github.com/lumenlab/lumen/lib/boltzmann"
)

// Network is a set of PSNs with optical links.
type Network struct {
	Model   Model
	Offsets []float64 // pump offset x_k = A_k − (1 + B) of each neuron
	Links   []Link
	Tau     float64 // refractory window τ [ns]: z_k = 1 within τ after a spike
	// Target, when built from a BM, is the 0/1 BM the network samples.
	Target *boltzmann.BM
	// Applied is the 0/1 BM whose translation the network runs: Target,
	// unless Refine has corrected it for the device's measured distortion.
	Applied *boltzmann.BM
	Cal     *Calibration
	Delay   float64 // link delay [ns]
	NoPSP   bool    // translate without the calibration's measured PSP efficacy
	// PSP holds the translation factors (see FromBM).
	PSPTau    float64 // small-signal gain response time τ_s [ns]
	PSPWindow float64 // F: fraction of the unit-area PSP kernel inside [0, τ]
	// TauSyn is the RC time constant of the balanced receiver [ns] (0: none).
	TauSyn float64
	// FluxLinks delivers the delayed photon flux of every emission window
	// (S above half the spike threshold) instead of one standard pulse of
	// Cal.PulsePhotons photons per spike (the default: a spike discriminator
	// in front of the receiver; docs/nanolaser.md, "Links").
	FluxLinks bool
}

// N returns the number of neurons.
func (n *Network) N() int { return len(n.Offsets) }

// FromBMOptions configures the translation.
type FromBMOptions struct {
	Delay float64 // link delay [ns]; 0: 0.01 ns (≈ 1 mm of on-chip waveguide)
	// FullIntegral matches the whole integral of the PSP (∫_0^∞) to the
	// rectangle instead of its part inside the window τ (the default,
	// Petrovici et al. 2016).
	FullIntegral bool
	// FluxLinks: see Network.FluxLinks.
	FluxLinks bool
	// NoPSP ignores the calibration's measured post-synaptic efficacy
	// (Calibration.PSP) and uses the analytic rule alone.
	NoPSP bool
	// TauSyn is the receiver RC time constant [ns]; 0: τ (Petrovici et al.
	// 2016 use τ_syn ≈ τ_ref); negative: no filter (bare photocurrent).
	TauSyn float64
}

// PSPKernel returns the post-synaptic effect of one detected photon t ns
// after its arrival, in units of the pump offset x (the calibration's axis):
// the photocurrent enters dg/dt exactly where the pump does, so a current i
// is worth a pump change ΔA = τ_g C_g i. With the receiver RC filter
// (τ_syn > 0) the current of one carrier is e^{−t/τ_syn}/τ_syn; the gain
// follows a pump change with its small-signal time τ_s = τ_g/(1 + S̄/S_g)
// (the photon floor S̄ speeds gain recovery), which low-pass filters it:
//
//	k(t) = τ_g C_g · (h_syn ⊛ e^{−·/τ_s}/τ_s)(t)
//	     = τ_g C_g /(τ_s − τ_syn) (e^{−t/τ_s} − e^{−t/τ_syn}),
//
// whose integral is τ_g C_g, the static pump equivalent of one carrier.
// Without the filter (tsyn ≤ 0) k(t) = τ_g C_g e^{−t/τ_s}/τ_s.
func PSPKernel(cg, tg, ts, tsyn, t float64) float64 {
	if t < 0 {
		return 0
	}
	if tsyn <= 0 {
		return tg * cg * math.Exp(-t/ts) / ts
	}
	if math.Abs(ts-tsyn) < 1e-9*ts {
		return tg * cg * t / (ts * ts) * math.Exp(-t/ts)
	}
	return tg * cg / (ts - tsyn) * (math.Exp(-t/ts) - math.Exp(-t/tsyn))
}

// pspIntegral returns ∫_0^upto of the unit (C_g = τ_g = 1) kernel.
func pspIntegral(ts, tsyn, upto float64) float64 {
	const k = 4000
	h := upto / k
	s := 0.0
	for i := 0; i <= k; i++ {
		w := 1.0
		if i == 0 || i == k {
			w = 0.5
		}
		s += w * PSPKernel(1, 1, ts, tsyn, float64(i)*h)
	}
	return s * h
}

// FromBM translates a Boltzmann machine (W, b) into a PSN network using a
// calibration c of the network's neuron model (docs/nanolaser.md,
// "Translation rules"). Both rules live on the calibration's axis, the pump
// offset x, in units of its logistic width α:
//
//	x_k  = x50 + α b_k
//	w_kj = α W_kj τ / (τ_g C_g n_pulse F),  F = ∫_0^τ k̂(t) dt
//
// with k̂ the unit-area PSP kernel of PSPKernel (the pump equivalent of one
// detected photon, divided by τ_g C_g), n_pulse the mean photons per output
// pulse, so that one presynaptic pulse shifts the target's effective pump by
// α W_kj on average over the window τ, as the rectangular PSP of neural
// sampling does (the Petrovici et al. 2016 correction matches the part of
// the PSP inside τ; FullIntegral the whole of it, F = 1). ±1 models are
// converted to 0/1 first.
func FromBM(bm *boltzmann.BM, m Model, c *Calibration, o FromBMOptions) (*Network, error) {
	if bm == nil || c == nil {
		return nil, fmt.Errorf("nanolaser: FromBM needs a BM and a calibration")
	}
	z, _, err := bm.Convert(boltzmann.Binary)
	if err != nil {
		return nil, err
	}
	if z.T != 1 {
		for i := range z.W {
			z.W[i] /= z.T
		}
		for i := range z.B {
			z.B[i] /= z.T
		}
		z.T = 1
	}
	if !(c.PulsePhotons > 0) || !(c.Alpha > 0) {
		return nil, fmt.Errorf("nanolaser: calibration has no pulses or no slope: recalibrate over a range where the neuron spikes")
	}
	if o.Delay < 0 || math.IsNaN(o.Delay) || math.IsInf(o.Delay, 0) {
		return nil, fmt.Errorf("nanolaser: link delay %g ns not allowed: must be ≥ 0 and finite (0: 0.01 ns)", o.Delay)
	}
	delay := o.Delay
	if delay == 0 {
		delay = 0.01
	}
	net := &Network{Model: m, Tau: c.Tau, Target: z, Cal: c, Delay: delay, NoPSP: o.NoPSP, FluxLinks: o.FluxLinks}
	ts := m.TauG / (1 + c.FloorPhotons/m.Sg)
	net.PSPTau = ts
	tsyn := o.TauSyn
	if tsyn == 0 {
		tsyn = c.Tau
	}
	if tsyn < 0 {
		tsyn = 0
	}
	net.TauSyn = tsyn
	if o.FullIntegral {
		net.PSPWindow = 1
	} else {
		net.PSPWindow = pspIntegral(ts, tsyn, c.Tau)
	}
	net.translate(z)
	return net, nil
}

// translate sets the pump offsets and links that realise the 0/1 BM a with
// the network's calibration and rules, and records a as Applied.
func (net *Network) translate(a *boltzmann.BM) {
	c, m, n := net.Cal, net.Model, a.N
	net.Offsets = make([]float64, n)
	net.Links = nil
	for k := 0; k < n; k++ {
		b := a.B[k]
		for j := 0; j < n; j++ {
			W := a.W[k*n+j]
			if W == 0 || j == k {
				continue
			}
			if p := c.PSP; p != nil && !net.NoPSP {
				// measured efficacy: W_eff = κ W and b_eff = β W per unit of
				// the analytic rule, so apply W/κ and remove β W/κ.
				if W > 0 {
					W /= p.KappaExc
					b -= p.BiasExc * W
				} else {
					W /= p.KappaInh
					b -= p.BiasInh * W
				}
			}
			w := c.Alpha * W * c.Tau / (m.TauG * m.Cg * c.PulsePhotons * net.PSPWindow)
			net.Links = append(net.Links, Link{From: j, To: k, Weight: w, Delay: net.Delay})
		}
		net.Offsets[k] = c.X50 + c.Alpha*b
	}
	net.Applied = a
}

// Run is the result of a network run.
type Run struct {
	Spikes   []Spike
	Duration float64 // ns
	Tau      float64
	N        int
	Dt       float64
	// Counts[s] is the time (in steps) spent in state s (bit k = z_k).
	Counts []float64
	// Curve: D_KL(sampled ‖ target) at the times CurveT [ns], when a target was given.
	CurveT, CurveDKL []float64
}

// RunOptions configures Network.Run.
type RunOptions struct {
	Duration float64 // ns
	Burn     float64 // ns discarded before counting; 0: 10 τ
	Seed     uint64
	Points   int // points of the D_KL curve (log-spaced); 0: 30; negative: none
	// Progress, when set, is called with the fraction done (burn-in
	// included) about every 2^16 steps.
	Progress func(done float64)
}

// Run simulates the network and records the sampled distribution. It
// returns ctx.Err() (and no run) when ctx is cancelled.
func (net *Network) Run(ctx context.Context, o RunOptions) (*Run, error) {
	n := net.N()
	if n < 1 || n > 24 {
		return nil, fmt.Errorf("nanolaser: run needs 1..24 neurons for the joint distribution, have %d", n)
	}
	if !(o.Duration > 0) || math.IsInf(o.Duration, 0) {
		return nil, fmt.Errorf("nanolaser: duration %g ns not allowed: must be positive and finite", o.Duration)
	}
	if o.Burn < 0 || math.IsNaN(o.Burn) || math.IsInf(o.Burn, 0) {
		return nil, fmt.Errorf("nanolaser: burn-in %g ns not allowed: must be ≥ 0 and finite (0: 10 τ)", o.Burn)
	}
	m := net.Model
	A := make([]float64, n)
	for k, x := range net.Offsets {
		A[k] = m.Threshold() + x
	}
	e, err := newEngine(m, A, net.Links, o.Seed)
	if err != nil {
		return nil, err
	}
	e.tauSyn = net.TauSyn
	if !net.FluxLinks {
		if net.Cal == nil || !(net.Cal.PulsePhotons > 0) {
			return nil, fmt.Errorf("nanolaser: pulse links need the calibration's photons per pulse: set Cal or FluxLinks")
		}
		e.pulseEvents, e.pulsePhotons = true, net.Cal.PulsePhotons
	}
	burn := o.Burn
	if burn == 0 {
		burn = 10 * net.Tau
	}
	var target []float64
	if net.Target != nil {
		if target, err = net.Target.ExactDistribution(); err != nil {
			return nil, err
		}
	}
	points := o.Points
	if points == 0 {
		points = 30
	}
	r := &Run{Duration: o.Duration, Tau: net.Tau, N: n, Dt: m.Dt, Counts: make([]float64, 1<<n)}
	tauSteps := int64(math.Round(net.Tau / m.Dt))
	offAt := make([]int64, n)
	state := 0
	e.onSpike = func(i int, step int64) {
		offAt[i] = step + tauSteps
		state |= 1 << i
	}
	// states are piecewise constant: accumulate per step (cheap: n compares)
	counts := r.Counts
	var cur int64
	burnSteps := int64(math.Round(burn / m.Dt))
	e.onStep = func(e *engine) {
		t := e.step + 1
		if state != 0 {
			for i := 0; i < n; i++ {
				if state&(1<<i) != 0 && t >= offAt[i] {
					state &^= 1 << i
				}
			}
		}
		if t > burnSteps {
			counts[state]++
		}
		cur = t
	}
	total := int64(math.Round(o.Duration / m.Dt))
	e.stop = stopFunc(ctx, o.Progress, burnSteps+total, e)
	if !e.run(burnSteps) {
		return nil, ctx.Err()
	}
	// log-spaced checkpoints
	var checks []int64
	if target != nil && points > 0 {
		lo := math.Max(float64(tauSteps), float64(total)/1e4)
		for p := 0; p < points; p++ {
			f := lo * math.Pow(float64(total)/lo, float64(p)/float64(max(points-1, 1)))
			s := int64(f)
			if len(checks) == 0 || s > checks[len(checks)-1] {
				checks = append(checks, s)
			}
		}
	}
	done := int64(0)
	for _, c := range checks {
		if !e.run(c - done) {
			return nil, ctx.Err()
		}
		done = c
		r.CurveT = append(r.CurveT, float64(c)*m.Dt)
		r.CurveDKL = append(r.CurveDKL, DKL(normalize(counts), target))
	}
	if done < total && !e.run(total-done) {
		return nil, ctx.Err()
	}
	_ = cur
	for _, s := range e.spikes {
		if s.T > burn {
			s.T -= burn
			r.Spikes = append(r.Spikes, s)
		}
	}
	return r, nil
}

func normalize(c []float64) []float64 {
	s := 0.0
	for _, v := range c {
		s += v
	}
	p := make([]float64, len(c))
	if s == 0 {
		return p
	}
	for i, v := range c {
		p[i] = v / s
	}
	return p
}

// Distribution returns the sampled joint distribution over the 2^N states
// (bit k of the index is z_k, the order of boltzmann's ExactDistribution).
func (r *Run) Distribution() []float64 { return normalize(r.Counts) }

// DKL returns D_KL(sampled ‖ target) of the run.
func (r *Run) DKL(target []float64) float64 { return DKL(r.Distribution(), target) }

// States returns the network state z(t) sampled every dt ns (rows of N 0/1 values).
func (r *Run) States(dt float64) [][]uint8 {
	if !(dt > 0) {
		return nil
	}
	steps := int(r.Duration / dt)
	out := make([][]uint8, steps)
	last := make([]float64, r.N)
	for i := range last {
		last[i] = math.Inf(-1)
	}
	si := 0
	for s := 0; s < steps; s++ {
		t := float64(s) * dt
		for si < len(r.Spikes) && r.Spikes[si].T <= t {
			last[r.Spikes[si].Neuron] = r.Spikes[si].T
			si++
		}
		row := make([]uint8, r.N)
		for k := range row {
			if t-last[k] < r.Tau {
				row[k] = 1
			}
		}
		out[s] = row
	}
	return out
}

// DKL returns D_KL(p ‖ q) = Σ p log(p/q) in nats (terms with p = 0 vanish;
// +Inf if p > 0 where q = 0).
func DKL(p, q []float64) float64 {
	if len(p) != len(q) {
		return math.NaN()
	}
	d := 0.0
	for i, v := range p {
		if v > 0 {
			if q[i] <= 0 {
				return math.Inf(1)
			}
			d += v * math.Log(v/q[i])
		}
	}
	return d
}

// Marginal returns the marginal of p (over the 2^n states, bit k = z_k) on
// the listed units: bit i of its index is z of units[i].
func Marginal(p []float64, n int, units []int) ([]float64, error) {
	if len(p) != 1<<n {
		return nil, fmt.Errorf("nanolaser: marginal of %d probabilities, want 2^%d = %d", len(p), n, 1<<n)
	}
	seen := make([]bool, n)
	for _, u := range units {
		if u < 0 || u >= n || seen[u] {
			return nil, fmt.Errorf("nanolaser: marginal unit %d not allowed: units must be distinct, in 0..%d", u, n-1)
		}
		seen[u] = true
	}
	m := make([]float64, 1<<len(units))
	for s, v := range p {
		idx := 0
		for i, u := range units {
			idx |= (s >> u & 1) << i
		}
		m[idx] += v
	}
	return m, nil
}
