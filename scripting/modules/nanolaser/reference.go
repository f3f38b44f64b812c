package nanolaser

import (
	"math"

	bz "github.com/lumenlab/lumen/lib/boltzmann"
	ln "github.com/lumenlab/lumen/lib/nanolaser"
	s "github.com/lumenlab/lumen/scripting"
	"github.com/lumenlab/lumen/scripting/modules/table"
)

// The reference samplers on the same BMs (docs/nanolaser.md, "References"):
// each returns a Table t_tau, dkl (time in units of the sampler's τ: Gibbs
// sweeps, neural-sampling or LIF refractory periods).

func curveTable(c *ln.Curve) s.Object {
	return table.Wrap(table.FromColumns([]string{"t_tau", "dkl"}, [][]float64{append([]float64{}, c.T...), append([]float64{}, c.DKL...)}))
}

func pointsArg(fn string, o s.Object) int {
	p := intArg(fn, "points", o, 30)
	if p < 1 || p > 10000 {
		s.Raise(s.ValueErrorType, "%s(): argument 'points' = %d not allowed: use 1..10000", fn, p)
	}
	return p
}

func periodsArg(fn, name string, o s.Object, max float64) float64 {
	v := floatArg(fn, name, o, 0)
	if !(v >= 1) || v > max || math.IsInf(v, 0) {
		s.Raise(s.ValueErrorType, "%s(): argument '%s' = %g not allowed: use 1..%g", fn, name, v, max)
	}
	return v
}

// smallBM reads argument 'bm' (a BM or an RBM) for the reference samplers.
func smallBM(th *s.Thread, fn string, o s.Object) *bz.BM {
	b := bmArg(th, fn, o)
	if b.N > 20 {
		s.Raise(s.ValueErrorType, "%s(): argument 'bm' has %d units: the reference samplers enumerate at most 20", fn, b.N)
	}
	return b
}

func gibbsCurve(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
	const fn = "gibbs_curve"
	p := s.Args(fn, args, kw, "bm", "sweeps", "*", "points?", "seed?")
	bm := smallBM(th, fn, p[0])
	sw := periodsArg(fn, "sweeps", p[1], 1e9)
	c, err := ln.GibbsCurve(bm, int64(sw), pointsArg(fn, p[2]), seedArg(th, fn, p[3]).Uint64())
	check(th, fn, err)
	return curveTable(c)
}

func neuralSamplingCurve(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
	const fn = "neural_sampling_curve"
	p := s.Args(fn, args, kw, "bm", "periods", "*", "steps_per_tau?", "points?", "seed?")
	bm := smallBM(th, fn, p[0])
	per := periodsArg(fn, "periods", p[1], 1e8)
	steps := intArg(fn, "steps_per_tau", p[2], 10)
	if steps < 1 || steps > 10000 {
		s.Raise(s.ValueErrorType, "%s(): argument 'steps_per_tau' = %d not allowed: use 1..10000", fn, steps)
	}
	c, err := ln.NeuralSamplingCurve(bm, per, steps, pointsArg(fn, p[3]), seedArg(th, fn, p[4]).Uint64())
	check(th, fn, err)
	return curveTable(c)
}

func lifCurve(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
	const fn = "lif_curve"
	p := s.Args(fn, args, kw, "bm", "periods", "*", "points?", "seed?", "calibration_periods?")
	bm := smallBM(th, fn, p[0])
	per := periodsArg(fn, "periods", p[1], 1e7)
	calPer := 1000.0
	if given(p[4]) {
		calPer = periodsArg(fn, "calibration_periods", p[4], 1e6)
	}
	lp := ln.DefaultLIFParams()
	seed := seedArg(th, fn, p[3]).Uint64()
	cal, err := ln.CalibrateLIF(lp, ln.DefaultLIFPotentials(), calPer*lp.TauRef, seed)
	check(th, fn, err)
	c, err := ln.LIFCurve(th.Ctx, bm, lp, cal, per, pointsArg(fn, p[2]), seed+1)
	th.CheckInterrupt()
	check(th, fn, err)
	return curveTable(c)
}

func addReferences(m *s.Module) {
	m.AddFunc("gibbs_curve", "(bm, sweeps, *, points=30, seed=None)",
		`Ideal Gibbs sampling of bm (one sequential sweep per step): a Table t_tau (sweeps), dkl = D_KL(histogram ‖ exact) on points log-spaced times.`, gibbsCurve)
	m.AddFunc("neural_sampling_curve", "(bm, periods, *, steps_per_tau=10, points=30, seed=None)",
		`The abstract neural-sampling process of Buesing et al. 2011 (rectangular PSPs, exact refractory window τ) on bm, in discrete time with steps_per_tau steps per τ: a Table t_tau, dkl.`, neuralSamplingCurve)
	m.AddFunc("lif_curve", "(bm, periods, *, points=30, seed=None, calibration_periods=1000)",
		`LIF sampling (Petrovici et al. 2016): current-based LIF neurons in the high-conductance state with Ornstein–Uhlenbeck background noise and renewing synapses, calibrated (logistic fit of p_on against the mean potential, calibration_periods τ_ref per point) and translated from bm; a Table t_tau (refractory periods), dkl. Interruptible.`, lifCurve)
}
