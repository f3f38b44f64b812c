package reservoir

import (
	"math"
	"math/cmplx"

	"github.com/lumenlab/lumen/lib/rng"
)

// Drift sets the slow drifts of the setup. Each is an Ornstein–Uhlenbeck
// process x(t+dt) = x·e^{−dt/τ} + σ·√(1−e^{−2dt/τ})·ξ with stationary standard
// deviation σ and correlation time τ (docs/reservoir.md §Drifts). Zero fields
// take the defaults listed; use a negative value to switch one process off.
type Drift struct {
	FibrePhaseStd float64 // rad, per-mode phase of the fibre (the transmission matrix wanders); default 0.02
	FibreTau      float64 // s; default 3 h = 10800
	AmbientStd    float64 // K, ambient temperature seen by the VCSEL mount; default 0.5
	AmbientTau    float64 // s; default 1 h = 3600
	ThermalTau    float64 // s, VCSEL-mount thermal time constant; default 60
	DetunePerK    float64 // rad of round-trip detuning per K; default 0.6
	GainPerK      float64 // relative gain change per K; default 0.01
	PowerStd      float64 // relative injection-power fluctuation; default 0.005
	PowerTau      float64 // s; default 30 min = 1800

	// Control switches on the PID temperature controller of the VCSEL mount
	// (set point 0): u = Kp·T + Ki·∫T dt + Kd·dT/dt, in K of heater
	// compensation. Defaults Kp = 50, Ki = 1 s⁻¹, Kd = 0.
	Control    bool
	Kp, Ki, Kd float64
}

func (d *Drift) defaults() {
	def := func(p *float64, v float64) {
		if *p == 0 {
			*p = v
		} else if *p < 0 {
			*p = 0
		}
	}
	def(&d.FibrePhaseStd, 0.02)
	def(&d.FibreTau, 10800)
	def(&d.AmbientStd, 0.5)
	def(&d.AmbientTau, 3600)
	def(&d.ThermalTau, 60)
	def(&d.DetunePerK, 0.6)
	def(&d.GainPerK, 0.01)
	def(&d.PowerStd, 0.005)
	def(&d.PowerTau, 1800)
	def(&d.Kp, 50)
	def(&d.Ki, 1)
	if d.Kd < 0 {
		d.Kd = 0
	}
}

type driftState struct {
	cfg     Drift
	src     *rng.Source
	t       float64   // s since start
	phase   []float64 // per fibre mode
	phasor  []complex128
	ambient float64 // K
	temp    float64 // VCSEL temperature deviation, K
	integ   float64 // controller integral
	prevErr float64
	power   float64 // relative injection-power deviation
}

func newDriftState(d *Drift, modes int, src *rng.Source) *driftState {
	c := *d
	c.defaults()
	s := &driftState{cfg: c, src: src, phase: make([]float64, modes), phasor: make([]complex128, modes)}
	for m := range s.phasor {
		s.phasor[m] = 1
	}
	return s
}

func ou(x, dt, tau, std float64, src *rng.Source) float64 {
	if std == 0 || tau == 0 {
		return 0
	}
	e := math.Exp(-dt / tau)
	return x*e + std*math.Sqrt(1-e*e)*src.NormFloat64()
}

// advance moves the drift processes forward by dt seconds.
func (s *driftState) advance(dt float64) {
	c := &s.cfg
	for m := range s.phase {
		s.phase[m] = ou(s.phase[m], dt, c.FibreTau, c.FibrePhaseStd, s.src)
		s.phasor[m] = cmplx.Rect(1, s.phase[m])
	}
	s.power = ou(s.power, dt, c.PowerTau, c.PowerStd, s.src)
	// Ambient and the mount's first-order thermal response, with optional
	// PID heater compensation, integrated in substeps of ≤ τ_th/20 (÷(1+Kp) under control).
	hmax := c.ThermalTau / 20
	if c.Control {
		hmax /= 1 + c.Kp + c.Kd/c.ThermalTau // explicit Euler stays stable and accurate
	}
	nsub := max(1, int(math.Ceil(dt/hmax)))
	h := dt / float64(nsub)
	for range nsub {
		s.ambient = ou(s.ambient, h, c.AmbientTau, c.AmbientStd, s.src)
		u := 0.0
		if c.Control {
			s.integ += s.temp * h
			u = c.Kp*s.temp + c.Ki*s.integ + c.Kd*(s.temp-s.prevErr)/h
			s.prevErr = s.temp
		}
		s.temp += h / c.ThermalTau * (s.ambient - s.temp - u)
	}
	s.t += dt
}

// Advance moves the device's drift clock forward by dt seconds (no-op
// without drift). Cached features are recomputed on next use.
func (v *VCSEL) Advance(dt float64) {
	if v.drift == nil || dt <= 0 {
		return
	}
	v.drift.advance(dt)
	v.version++
}

// DriftNow reports the drift state: time (s), VCSEL temperature deviation
// (K), relative injection-power deviation and RMS fibre phase (rad).
func (v *VCSEL) DriftNow() (t, temp, power, phaseRMS float64) {
	s := v.drift
	if s == nil {
		return 0, 0, 0, 0
	}
	for _, p := range s.phase {
		phaseRMS += p * p
	}
	return s.t, s.temp, s.power, math.Sqrt(phaseRMS / float64(len(s.phase)))
}
