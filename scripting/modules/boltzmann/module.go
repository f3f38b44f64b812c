// Package boltzmann binds lib/boltzmann as the script module
// lumen.boltzmann (from lumen import boltzmann): the RBM and BM types,
// load, annealing schedules and the digital sampler. It only binds; the
// physics lives in lib/boltzmann.
package boltzmann

import (
	bz "github.com/lumenlab/lumen/lib/boltzmann"
	s "github.com/lumenlab/lumen/scripting"
)

func init() { s.RegisterModule("lumen.boltzmann", newModule) }

func newModule(in *s.Interp) *s.Module {
	m := s.NewModule("lumen.boltzmann", `Restricted and fully connected Boltzmann machines: Gibbs sampling, CD-k/PCD training, exact and AIS likelihoods.

m = boltzmann.RBM(n_visible=9, n_hidden=16, units="pm1")
h = m.fit(x, epochs=100, lr=0.05)      # a Table: one row per epoch
s = m.sample(16, steps=15)             # Array 16 × 9
m.log_likelihood(x)                    # exact, nats per example

Units "pm1" are ±1 spins, "01" are 0/1 units. Every random draw derives from
lm.seed (or the model's seed=).`)
	m.Set("RBM", RBMType)
	m.Set("BM", BMType)
	m.Set("Sampler", SamplerType)
	m.AddFunc("load", "(path)", "Load an RBM saved by RBM.save (or by numpy.savez with arrays W, a, b; T, units and version are optional).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		const fn = "load"
		p := s.Args(fn, args, kw, "path")
		r, err := bz.Load(strArg(fn, "path", p[0], ""))
		check(th, fn, err)
		return WrapRBM(th, r)
	})
	m.AddFunc("digital_sampler", "()", "The exact CPU heat-bath sampler (the default everywhere); pass it as sampler= to compare with a device.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		s.Args("digital_sampler", args, kw)
		return &Sampler{S: bz.Digital{}, Name: "digital"}
	})
	schedule := func(name, doc string, f func(from, to float64, steps int) ([]float64, error)) {
		m.AddFunc(name, "(start, stop, steps)", doc, func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			p := s.Args(name, args, kw, "start", "stop", "steps")
			start := positive(name, "start", floatArg(name, "start", p[0], 0))
			stop := positive(name, "stop", floatArg(name, "stop", p[1], 0))
			steps := intArg(name, "steps", p[2], 0)
			t, err := f(start, stop, steps)
			if err != nil {
				s.Raise(s.ValueErrorType, "%s(): argument 'steps': %s", name, strip(err.Error()))
			}
			return wrapVector(t)
		})
	}
	schedule("geometric_schedule", "Temperatures from start to stop (both included) with a constant ratio, an Array of steps values: pass as anneal=.", bz.GeometricSchedule)
	schedule("linear_schedule", "Temperatures from start to stop (both included), evenly spaced, an Array of steps values: pass as anneal=.", bz.LinearSchedule)
	m.Set("MAX_ENUMERATE", s.Int(bz.MaxEnumerate))
	return m
}
