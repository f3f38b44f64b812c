package nanolaser

import (
	"fmt"
	"math"
)

// Regime is the dynamical regime of a PSN at a given pump.
type Regime int

const (
	// Quiet: no spikes (pump too low for noise to excite the neuron).
	Quiet Regime = iota
	// Excitable: noise-triggered spikes with irregular intervals (ISI CV ≥ 0.3).
	Excitable
	// SelfPulsing: regular spiking (passive Q-switching, ISI CV < 0.3).
	SelfPulsing
	// Lasing: continuous emission: the photon number stays above the spike
	// threshold for most of the time.
	Lasing
)

func (r Regime) String() string {
	return [...]string{"quiet (never spikes)", "excitable (noise-driven spikes)", "self-pulsing", "continuous lasing"}[r]
}

// Classify simulates the model for duration ns and returns its regime with
// the spike rate [1/ns] and the ISI coefficient of variation.
func Classify(m Model, duration float64, seed uint64) (Regime, float64, float64, error) {
	e, err := newEngine(m, []float64{m.A}, nil, seed)
	if err != nil {
		return 0, 0, 0, err
	}
	above := 0
	e.onStep = func(e *engine) {
		if e.S[0] > m.SpikeThreshold {
			above++
		}
	}
	steps := int64(math.Round(duration / m.Dt))
	e.run(steps)
	rate := float64(len(e.spikes)) / duration
	if float64(above) > 0.5*float64(steps) {
		return Lasing, rate, 0, nil
	}
	if len(e.spikes) == 0 {
		return Quiet, 0, 0, nil
	}
	if len(e.spikes) < 3 {
		return Excitable, rate, math.NaN(), nil
	}
	var s, s2 float64
	k := float64(len(e.spikes) - 1)
	for i := 1; i < len(e.spikes); i++ {
		d := e.spikes[i].T - e.spikes[i-1].T
		s += d
		s2 += d * d
	}
	mean := s / k
	cv := math.Sqrt(math.Max(0, s2/k-mean*mean)) / mean
	if cv < 0.3 {
		return SelfPulsing, rate, cv, nil
	}
	return Excitable, rate, cv, nil
}

// CheckSampling returns an error naming the regime when the neuron cannot
// sample at this pump: it never spikes or lases continuously.
func CheckSampling(m Model, duration float64, seed uint64) error {
	r, rate, _, err := Classify(m, duration, seed)
	if err != nil {
		return err
	}
	switch r {
	case Quiet:
		return fmt.Errorf("nanolaser: neuron at pump offset %.3g is %v over %g ns: raise the pump or the noise (β)", m.Offset(), r, duration)
	case Lasing:
		return fmt.Errorf("nanolaser: neuron at pump offset %.3g is in %v (rate %.3g/ns): lower the pump", m.Offset(), r, rate)
	}
	return nil
}

// Response is the deterministic (noise-free) response to a kick.
type Response struct {
	Spiked    bool
	PeakS     float64 // photons
	PeakPower float64 // output power at the peak [W]
	Width     float64 // FWHM [ns]
	Energy    float64 // output pulse energy [J]
}

// Kicked integrates the noise-free neuron for duration ns with the given kicks.
func Kicked(m Model, kicks []Kick, duration float64) (*Trace, error) {
	e, err := newEngine(m, []float64{m.A}, nil, 0)
	if err != nil {
		return nil, err
	}
	e.noNoise = true
	if err := e.setKicks(kicks); err != nil {
		return nil, err
	}
	tr := &Trace{Duration: duration, Model: m}
	e.onStep = func(e *engine) {
		tr.T = append(tr.T, float64(e.step+1)*m.Dt)
		tr.G = append(tr.G, e.g[0])
		tr.Q = append(tr.Q, e.q[0])
		tr.S = append(tr.S, e.S[0])
	}
	e.run(int64(math.Round(duration / m.Dt)))
	for _, s := range e.spikes {
		tr.Spikes = append(tr.Spikes, s.T)
	}
	return tr, nil
}

// Pulse measures the first pulse of a trace.
func (tr *Trace) Pulse() Response {
	m := tr.Model
	r := Response{Spiked: len(tr.Spikes) > 0}
	ip := 0
	for i, s := range tr.S {
		if s > tr.S[ip] {
			ip = i
		}
	}
	r.PeakS = tr.S[ip]
	r.PeakPower = m.EtaOut * r.PeakS / (m.TauP * 1e-9) * m.PhotonEnergy
	half := r.PeakS / 2
	a, b := ip, ip
	for a > 0 && tr.S[a] > half {
		a--
	}
	for b < len(tr.S)-1 && tr.S[b] > half {
		b++
	}
	r.Width = float64(b-a) * m.Dt
	sum := 0.0
	for i := a; i <= b && i < len(tr.S); i++ {
		sum += tr.S[i]
	}
	// energy over ±5 widths
	lo, hi := max(0, ip-5*(ip-a)-1), min(len(tr.S)-1, ip+5*(b-ip)+1)
	sum = 0
	for i := lo; i <= hi; i++ {
		sum += tr.S[i]
	}
	r.Energy = m.EtaOut * sum * m.Dt / m.TauP * m.PhotonEnergy
	return r
}

// Characteristics are the measured single-neuron figures.
type Characteristics struct {
	Offset    float64 // pump offset x
	Threshold float64 // excitability threshold: gain-section carriers of an instantaneous kick
	Width     float64 // spike FWHM [ns]
	PeakPower float64 // W
	PeakS     float64 // photons
	Energy    float64 // output pulse energy [J]
	// Refractory is the two-pulse refractory period [ns]: the shortest
	// interval Δt between two identical kicks of PulseFactor × Threshold at
	// which the second kick elicits a second spike (bisection on Δt).
	Refractory  float64
	PulseFactor float64
	// RefractoryStrong is the same with kicks of StrongFactor × Threshold.
	// The model has no absolute refractory period (a strong enough kick
	// always restores the gain above threshold), so refractoriness is
	// relative: RefractoryStrong < Refractory measures how much.
	RefractoryStrong float64
	StrongFactor     float64
	// Recovery is the threshold of the second kick (in units of Threshold)
	// Δt after a first kick of PulseFactor × Threshold, on the grid
	// RecoveryGrid: the relative refractory (> 1) or supernormal (< 1)
	// phase after a spike. +Inf: no second spike for any kick ≤ 20 × Threshold.
	Recovery []float64
}

// RecoveryGrid is the Δt grid [ns] of Characteristics.Recovery.
var RecoveryGrid = []float64{0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5}

// Two-pulse protocol amplitudes, in units of the measured threshold.
const (
	TwoPulseFactor    = 1.3
	TwoPulseStrong    = 3.0
	twoPulseMaxGap    = 20.0 // ns
	twoPulseBisection = 16   // 20 ns / 2^16 ≈ 0.3 ps ≈ dt
)

// Characterize measures threshold, pulse shape and refractory period of the
// noise-free neuron at pump offset x (which must be excitable: below the
// self-pulsing onset).
func Characterize(m Model, x float64) (*Characteristics, error) {
	m = m.WithOffset(x)
	fires := func(amount float64) (bool, *Trace) {
		tr, _ := Kicked(m, []Kick{{T: 0.1, Section: Gain, Amount: amount}}, 3)
		return len(tr.Spikes) > 0, tr
	}
	lo, hi := 0.0, 1.0/m.Cg // up to Δg = 1
	if ok, _ := fires(hi); !ok {
		hi *= 4
		if ok, _ := fires(hi); !ok {
			return nil, fmt.Errorf("nanolaser: no spike even for a kick Δg = 4 at offset %g: not excitable", x)
		}
	}
	if ok, _ := fires(0); ok {
		return nil, fmt.Errorf("nanolaser: the neuron spikes without input at offset %g: self-pulsing, not excitable", x)
	}
	for i := 0; i < 30; i++ {
		mid := (lo + hi) / 2
		if ok, _ := fires(mid); ok {
			hi = mid
		} else {
			lo = mid
		}
	}
	c := &Characteristics{Offset: x, Threshold: hi, PulseFactor: TwoPulseFactor, StrongFactor: TwoPulseStrong}
	_, tr := fires(2 * hi)
	p := tr.Pulse()
	c.Width, c.PeakPower, c.PeakS, c.Energy = p.Width, p.PeakPower, p.PeakS, p.Energy
	var err error
	if c.Refractory, err = TwoPulse(m, TwoPulseFactor*hi); err != nil {
		return c, err
	}
	if c.RefractoryStrong, err = TwoPulse(m, TwoPulseStrong*hi); err != nil {
		return c, err
	}
	first := TwoPulseFactor * hi
	for _, d := range RecoveryGrid {
		fires2 := func(amount float64) bool {
			tr, _ := Kicked(m, []Kick{{T: 0.1, Section: Gain, Amount: first}, {T: 0.1 + d, Section: Gain, Amount: amount}}, d+3)
			return len(tr.Spikes) >= 2
		}
		a, b := 0.0, 20*hi
		if !fires2(b) {
			c.Recovery = append(c.Recovery, math.Inf(1))
			continue
		}
		for i := 0; i < 20; i++ {
			mid := (a + b) / 2
			if fires2(mid) {
				b = mid
			} else {
				a = mid
			}
		}
		c.Recovery = append(c.Recovery, b/hi)
	}
	return c, nil
}

// TwoPulse runs the two-pulse protocol on the noise-free neuron: two
// identical gain kicks of amount carriers (supra-threshold) Δt apart. It
// returns the smallest Δt [ns] at which the second kick elicits a second
// spike, by bisection on Δt to ≈ 0.3 ps. It fails when the first kick does
// not fire or no second spike comes within 20 ns.
func TwoPulse(m Model, amount float64) (float64, error) {
	if !(amount > 0) || math.IsInf(amount, 0) {
		return 0, fmt.Errorf("nanolaser: two-pulse kick of %g carriers not allowed: must be positive and finite", amount)
	}
	const t0 = 0.1
	spikes := func(d float64) int {
		kicks := []Kick{{T: t0, Section: Gain, Amount: amount}}
		if d >= 0 {
			kicks = append(kicks, Kick{T: t0 + d, Section: Gain, Amount: amount})
		}
		tr, _ := Kicked(m, kicks, t0+math.Max(d, 0)+3)
		return len(tr.Spikes)
	}
	if spikes(-1) != 1 {
		return 0, fmt.Errorf("nanolaser: two-pulse protocol: one kick of %.3g carriers gives %d spikes, want 1 (sub-threshold or self-pulsing)", amount, spikes(-1))
	}
	lo, hi := 0.0, twoPulseMaxGap
	if spikes(hi) < 2 {
		return 0, fmt.Errorf("nanolaser: two-pulse protocol: no second spike within %g ns for kicks of %.3g carriers", hi, amount)
	}
	if spikes(lo) >= 2 {
		return 0, nil
	}
	for i := 0; i < twoPulseBisection; i++ {
		mid := (lo + hi) / 2
		if spikes(mid) >= 2 {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi, nil
}
