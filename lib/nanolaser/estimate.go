package nanolaser

import (
	"context"
	"fmt"
	"math"
	"time"
)

// Estimate holds speed and power figures computed from a network's parameters.
type Estimate struct {
	SamplesPerSecondNeuron  float64 // 1/τ: one independent-ish sample per refractory window
	SamplesPerSecondNetwork float64 // N/τ (state updates per second)
	SpikeRate               float64 // mean spikes/s per neuron at x50 (p = 1/2)
	PumpPowerNeuron         float64 // W at the x50 pump
	PumpPowerNetwork        float64 // W
	EnergyPerSpike          float64 // pump energy per spike [J] (pump power / spike rate)
	OutputEnergyPerSpike    float64 // optical pulse energy [J]
	EnergyPerSample         float64 // network pump energy per network sample (N samples per τ) [J]
	// Published references (docs/nanolaser.md): BrainScaleS-1 LIF sampling
	// (Kungl et al. 2019): τ_ref ≈ 10 ms bio at 10⁴ acceleration ≈ 1 µs, so
	// about 10⁶ samples/s per neuron; energy per synaptic event on
	// BrainScaleS about 100 pJ (order of magnitude).
	BrainScaleSSamplesPerSecondNeuron float64
	BrainScaleSEnergyPerEvent         float64
}

// Estimate computes the figures for the network (pumped near x50).
func (net *Network) Estimate() Estimate {
	m := net.Model
	tau := net.Tau * 1e-9
	n := float64(net.N())
	e := Estimate{
		SamplesPerSecondNeuron:            1 / tau,
		SamplesPerSecondNetwork:           n / tau,
		BrainScaleSSamplesPerSecondNeuron: 1e6,
		BrainScaleSEnergyPerEvent:         100e-12,
	}
	x50 := 0.0
	if net.Cal != nil {
		x50 = net.Cal.X50
		e.OutputEnergyPerSpike = net.Cal.PulsePhotons * m.PhotonEnergy
	}
	e.PumpPowerNeuron = m.PumpPower(m.Threshold() + x50)
	e.PumpPowerNetwork = n * e.PumpPowerNeuron
	// at p_on = 1/2 a neuron spikes about 1/(2τ) times per second
	e.SpikeRate = 0.5 / tau
	e.EnergyPerSpike = e.PumpPowerNeuron / e.SpikeRate
	e.EnergyPerSample = e.PumpPowerNetwork * tau / n
	if math.IsNaN(e.EnergyPerSample) {
		e.EnergyPerSample = 0
	}
	return e
}

// BrainScaleSAcceleration is the speed-up of BrainScaleS-1 over biological
// time (Schemmel et al., ISCAS 2010; Kungl et al., Front. Neurosci. 13, 1201,
// 2019: 10³–10⁵, nominally 10⁴).
const BrainScaleSAcceleration = 1e4

// TimeToDKLOptions configures Network.TimeToDKL.
type TimeToDKLOptions struct {
	// Target is the D_KL level [nats]; 0: 0.01.
	Target float64
	// Periods is the length of the reference runs in refractory periods τ
	// (sweeps for Gibbs); 0: the PSN run's duration/τ.
	Periods float64
	Seed    uint64
	// GibbsUpdateRate is the digital clock of ideal Gibbs sampling in unit
	// updates per second; 0: measured, the wall-clock rate of GibbsCurve on
	// this machine (one Go thread).
	GibbsUpdateRate float64
	// Acceleration of the neuromorphic LIF hardware over biological time;
	// 0: BrainScaleSAcceleration. Negative: skip the LIF reference.
	Acceleration float64
	// LIF is the LIF calibration; nil: CalibrateLIF with LIFCalPeriods τ_ref
	// per potential.
	LIF           *LIFCalibration
	LIFCalPeriods float64 // 0: 1000
}

// SamplerTime is the time one sampler needs to reach the target D_KL.
type SamplerTime struct {
	Sampler   string
	Unit      string  // the sampler's own time unit: "τ", "sweep", "τ_ref"
	Units     float64 // units needed (NaN: not reached within Simulated)
	Simulated float64 // units simulated
	UnitTime  float64 // wall-clock seconds per unit on the sampler's hardware
	Time      float64 // Units·UnitTime [s] (NaN: not reached)
	Final     float64 // D_KL at the end of its run
	Clock     string  // where UnitTime comes from
}

// DKLTimes compares the samplers' times to reach Target.
type DKLTimes struct {
	Target   float64
	Samplers []SamplerTime // PSN network first
}

// TimeToLevel returns the time at which a D_KL curve (t ascending) falls
// below level for good: the crossing after the last recorded point above
// level, interpolated log-log between it and the next point. It returns
// t[0] when no point is above level (the curve starts below it) and NaN
// when the last point is above level (not reached).
func TimeToLevel(t, d []float64, level float64) float64 {
	if len(t) == 0 || len(t) != len(d) {
		return math.NaN()
	}
	last := -1
	for i, v := range d {
		if !(v <= level) {
			last = i
		}
	}
	if last < 0 {
		return t[0]
	}
	if last == len(d)-1 {
		return math.NaN()
	}
	t0, t1, d0, d1 := t[last], t[last+1], d[last], d[last+1]
	if !(t0 > 0) || !(d1 > 0) || math.IsInf(d0, 0) {
		return t1
	}
	f := math.Log(d0/level) / math.Log(d0/d1)
	return math.Exp(math.Log(t0) + f*math.Log(t1/t0))
}

// TimeToDKL states the time the network needs to sample its target BM to
// within opt.Target nats of D_KL, read off the measured curve of run r (a
// run of this network, recorded with Points ≥ 2), against the reference
// samplers on the same BM, each at its own clock (docs/nanolaser.md,
// "Speed and power"):
//
//   - the PSN network: simulated device time (τ ns per refractory period);
//   - ideal Gibbs sampling on a digital CPU: sweeps × N updates at the
//     measured (or given) update rate;
//   - LIF sampling (Petrovici et al. 2016) on BrainScaleS: τ_ref (10 ms
//     biological) divided by the hardware's acceleration;
//   - the abstract neural-sampling process (Buesing et al. 2011) at the PSN's
//     τ: the time an ideal sampler with the same refractory window needs.
//
// Each reference runs for opt.Periods units (default: as many τ as the run).
func (net *Network) TimeToDKL(ctx context.Context, r *Run, opt TimeToDKLOptions) (*DKLTimes, error) {
	if r == nil || net.Target == nil {
		return nil, fmt.Errorf("nanolaser: TimeToDKL needs a network built from a BM and a run of it")
	}
	if r.N != net.N() || r.Tau != net.Tau {
		return nil, fmt.Errorf("nanolaser: TimeToDKL: the run (%d neurons, τ = %g ns) is not of this network (%d neurons, τ = %g ns)", r.N, r.Tau, net.N(), net.Tau)
	}
	if len(r.CurveT) < 2 {
		return nil, fmt.Errorf("nanolaser: TimeToDKL: the run recorded %d D_KL points: run with Points ≥ 2", len(r.CurveT))
	}
	level := opt.Target
	if level == 0 {
		level = 0.01
	}
	if !(level > 0) || math.IsInf(level, 0) {
		return nil, fmt.Errorf("nanolaser: target D_KL %g not allowed: must be > 0 and finite (0: 0.01)", opt.Target)
	}
	periods := opt.Periods
	if periods == 0 {
		periods = r.Duration / r.Tau
	}
	if !(periods >= 1) || periods > 1e9 {
		return nil, fmt.Errorf("nanolaser: reference length %g periods not allowed: use 1..1e9 (0: the run's duration/τ)", opt.Periods)
	}
	if opt.GibbsUpdateRate < 0 || math.IsNaN(opt.GibbsUpdateRate) || math.IsInf(opt.GibbsUpdateRate, 0) {
		return nil, fmt.Errorf("nanolaser: Gibbs update rate %g /s not allowed: must be ≥ 0 and finite (0: measured)", opt.GibbsUpdateRate)
	}
	if math.IsNaN(opt.Acceleration) || math.IsInf(opt.Acceleration, 0) {
		return nil, fmt.Errorf("nanolaser: acceleration %g not allowed: must be finite (0: 10⁴, negative: no LIF reference)", opt.Acceleration)
	}
	points := max(len(r.CurveT), 10)
	n := float64(net.N())
	out := &DKLTimes{Target: level}
	// PSN: simulated device time; curve in ns, unit τ
	tt := make([]float64, len(r.CurveT))
	for i, v := range r.CurveT {
		tt[i] = v / r.Tau
	}
	add := func(name, unit string, t, d []float64, sim, unitTime float64, clock string) {
		u := TimeToLevel(t, d, level)
		out.Samplers = append(out.Samplers, SamplerTime{Sampler: name, Unit: unit, Units: u, Simulated: sim,
			UnitTime: unitTime, Time: u * unitTime, Final: d[len(d)-1], Clock: clock})
	}
	add("PSN network", "τ", tt, r.CurveDKL, r.Duration/r.Tau, r.Tau*1e-9, fmt.Sprintf("τ = %g ns of device time", r.Tau))
	// ideal Gibbs on this CPU
	sweeps := int64(math.Ceil(periods))
	start := time.Now()
	g, err := GibbsCurve(net.Target, sweeps, points, opt.Seed+1)
	if err != nil {
		return nil, err
	}
	rate, clock := opt.GibbsUpdateRate, "given update rate"
	if rate == 0 {
		el := time.Since(start).Seconds()
		rate = float64(sweeps) * n / math.Max(el, 1e-9)
		clock = fmt.Sprintf("measured on this CPU (one Go thread): %.3g updates/s", rate)
	}
	add("ideal Gibbs (digital CPU)", "sweep", g.T, g.DKL, float64(sweeps), n/rate, clock)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// abstract neural sampling at the PSN's τ
	ns, err := NeuralSamplingCurve(net.Target, periods, 10, points, opt.Seed+2)
	if err != nil {
		return nil, err
	}
	add("abstract neural sampling (at the PSN's τ)", "τ", ns.T, ns.DKL, periods, r.Tau*1e-9, fmt.Sprintf("τ = %g ns (ideal sampler, same window)", r.Tau))
	if opt.Acceleration >= 0 {
		acc := opt.Acceleration
		if acc == 0 {
			acc = BrainScaleSAcceleration
		}
		lp := DefaultLIFParams()
		lc := opt.LIF
		if lc == nil {
			cp := opt.LIFCalPeriods
			if cp == 0 {
				cp = 1000
			}
			if !(cp > 0) || math.IsInf(cp, 0) {
				return nil, fmt.Errorf("nanolaser: LIF calibration length %g τ_ref not allowed: must be > 0 (0: 1000)", opt.LIFCalPeriods)
			}
			if lc, err = CalibrateLIF(lp, DefaultLIFPotentials(), cp*lp.TauRef, opt.Seed+3); err != nil {
				return nil, err
			}
		}
		lif, err := LIFCurve(ctx, net.Target, lp, lc, periods, points, opt.Seed+4)
		if err != nil {
			return nil, err
		}
		add("LIF sampling (BrainScaleS)", "τ_ref", lif.T, lif.DKL, periods, lp.TauRef*1e-3/acc,
			fmt.Sprintf("τ_ref = %g ms biological / %g acceleration", lp.TauRef, acc))
	}
	return out, nil
}
