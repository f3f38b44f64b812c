package nanolaser

import (
	"fmt"
	"math"

	"github.com/lumenlab/lumen/lib/array"
	bz "github.com/lumenlab/lumen/lib/boltzmann"
	ln "github.com/lumenlab/lumen/lib/nanolaser"
	tbl "github.com/lumenlab/lumen/lib/table"
	s "github.com/lumenlab/lumen/scripting"
	"github.com/lumenlab/lumen/scripting/modules/boltzmann"
	"github.com/lumenlab/lumen/scripting/modules/lumen"
	"github.com/lumenlab/lumen/scripting/modules/table"
)

// Calibration is the script object around a *nanolaser.Calibration and
// the neuron it was measured on.
type Calibration struct {
	C *ln.Calibration
	N *ln.Neuron
}

// Network is the script object around a *nanolaser.Network.
type Network struct{ Net *ln.Network }

// Run is the script object around a *nanolaser.Run.
type Run struct {
	R      *ln.Run
	target []float64 // the network's target distribution (nil: none)
}

func newType(name, doc string) *s.Type {
	t := s.NewType(name, s.ObjectType, doc)
	t.Module = "lumen.nanolaser"
	return t
}

var (
	// CalibrationType is nanolaser.Calibration in scripts.
	CalibrationType = newType("Calibration", `The measured activation function of a neuron (nanolaser.calibrate): p_on(x) against the pump offset x and its logistic fit σ((x − x50)/alpha).

Attributes: x50, alpha, residual (RMS of p_on − fit), tau_ns, table (offset, p_on, p_on_count, rate_per_ns, fit: ready for plot.line), pulse_photons, floor_photons, neuron. Method: p(x).`)
	// NetworkType is nanolaser.Network in scripts.
	NetworkType = newType("Network", `A network of photonic spiking neurons with optical links (attenuators and delays; negative weights by a balanced photodiode pair). Make one with nanolaser.Network.from_bm(bm).

Methods: run, estimate, time_to_dkl. Attributes: n, tau_ns, offsets, weights, psp_tau_ns.`)
	// RunType is nanolaser.Run in scripts.
	RunType = newType("Run", `The result of Network.run: spikes (a Table neuron, t_ns), states(dt_ns), distribution(), dkl(target), dkl_curve(). Times after the burn-in, in ns.`)
)

func (*Calibration) PyType() *s.Type { return CalibrationType }
func (*Network) PyType() *s.Type     { return NetworkType }
func (*Run) PyType() *s.Type         { return RunType }

func vectorArg(th *s.Thread, fn, name string, o s.Object) []float64 {
	a := lumen.ToArray(th, fn, name, o)
	if a.Ndim() != 1 || a.Size() == 0 {
		s.Raise(s.ValueErrorType, "%s(): argument '%s' must be a non-empty 1-D array, got shape %s", fn, name, array.ShapeString(a.Shape()))
	}
	return append([]float64(nil), a.Data()...)
}

func calibrate(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
	const fn = "calibrate"
	p := s.Args(fn, args, kw, "neuron", "*", "offsets?", "duration_ns?", "tau_ns?", "seed?", "psp_duration_ns?", "progress?")
	n := neuronArg(fn, "neuron", p[0])
	o := ln.CalibrateOptions{Offsets: ln.DefaultOffsets()}
	if given(p[1]) {
		o.Offsets = vectorArg(th, fn, "offsets", p[1])
		if len(o.Offsets) < 3 {
			s.Raise(s.ValueErrorType, "%s(): argument 'offsets' has %d values: the logistic fit needs ≥ 3", fn, len(o.Offsets))
		}
		for _, x := range o.Offsets {
			if math.IsNaN(x) || math.IsInf(x, 0) {
				s.Raise(s.ValueErrorType, "%s(): argument 'offsets' holds %g: must be finite", fn, x)
			}
		}
	}
	o.Duration = durationArg(fn, "duration_ns", p[2], 2000, n.Model.Dt/float64(len(o.Offsets)))
	if given(p[3]) {
		o.Tau = floatArg(fn, "tau_ns", p[3], 0)
		if !(o.Tau > 0) || o.Tau >= o.Duration {
			s.Raise(s.ValueErrorType, "%s(): argument 'tau_ns' = %g not allowed: must be > 0 and below duration_ns", fn, o.Tau)
		}
	}
	o.Seed = seedArg(th, fn, p[4]).Uint64()
	if given(p[5]) {
		o.PSPDuration = floatArg(fn, "psp_duration_ns", p[5], 0)
		if !(o.PSPDuration >= 0) || math.IsInf(o.PSPDuration, 0) || (o.PSPDuration > 0 && o.PSPDuration < 10*n.Model.TauG) {
			s.Raise(s.ValueErrorType, "%s(): argument 'psp_duration_ns' = %g not allowed: use 0 (no PSP measurement) or ≥ %g (10 gain lifetimes)", fn, o.PSPDuration, 10*n.Model.TauG)
		}
		if o.PSPDuration == 0 {
			o.PSPDuration = -1
		}
	}
	var c *ln.Calibration
	withProgress(th, fn, p[6], "calibrate", func(progress func(float64)) (err error) {
		o.Progress = progress
		c, err = ln.Calibrate(th.Ctx, n.Model, o)
		return err
	})
	return &Calibration{C: c, N: n}
}

func calibrationArg(fn string, o s.Object) *Calibration {
	if c, ok := o.(*Calibration); ok {
		return c
	}
	s.Raise(s.TypeErrorType, "%s(): argument 'calibration' must be a nanolaser.Calibration (from nanolaser.calibrate), not %s", fn, s.TypeNameOf(o))
	return nil
}

func (c *Calibration) table() *tbl.Table {
	cc := c.C
	fit := make([]float64, len(cc.Offsets))
	for i, x := range cc.Offsets {
		fit[i] = cc.P(x)
	}
	return table.FromColumns([]string{"offset", "p_on", "p_on_count", "rate_per_ns", "fit"}, [][]float64{cc.Offsets, cc.POn, cc.POnCount, cc.Rate, fit})
}

func (c *Calibration) repr() string {
	return fmt.Sprintf("nanolaser.Calibration(x50=%s, alpha=%s, residual=%s, tau_ns=%s, %d offsets)",
		tbl.FormatFloat(c.C.X50), tbl.FormatFloat(c.C.Alpha), tbl.FormatFloat(c.C.Residual), tbl.FormatFloat(c.C.Tau), len(c.C.Offsets))
}

// MimeBundle shows the fit and its table.
func (c *Calibration) MimeBundle(th *s.Thread) map[string]any {
	return map[string]any{"text/html": "<div><b>" + c.repr() + "</b></div>" + c.table().HTML(), "text/plain": c.repr()}
}

func bmArg(th *s.Thread, fn string, o s.Object) *bz.BM {
	switch b := o.(type) {
	case *boltzmann.BM:
		return b.M
	case *boltzmann.RBM:
		m, err := b.M.BM() // visible units first, then hidden
		check(th, fn, err)
		return m
	}
	s.Raise(s.TypeErrorType, "%s(): argument 'bm' must be a boltzmann.BM or boltzmann.RBM, not %s", fn, s.TypeNameOf(o))
	return nil
}

func fromBM(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
	const fn = "Network.from_bm"
	p := s.Args(fn, args, kw, "bm", "*", "neuron?", "calibration?", "tau_ns?", "delay_ns?", "tau_syn_ns?", "full_integral?", "psp?", "flux_links?")
	bm := bmArg(th, fn, p[0])
	if bm.N > 24 {
		s.Raise(s.ValueErrorType, "%s(): argument 'bm' has %d units: networks run the joint distribution of at most 24", fn, bm.N)
	}
	var nr *ln.Neuron
	if given(p[1]) {
		nr = neuronArg(fn, "neuron", p[1])
	}
	var tau float64
	if given(p[3]) {
		tau = floatArg(fn, "tau_ns", p[3], 0)
		if !(tau > 0) {
			s.Raise(s.ValueErrorType, "%s(): argument 'tau_ns' = %g not allowed: must be > 0", fn, tau)
		}
	}
	var cal *Calibration
	if given(p[2]) {
		cal = calibrationArg(fn, p[2])
		if nr != nil && nr.Model != cal.N.Model {
			s.Raise(s.ValueErrorType, "%s(): argument 'calibration' was measured on another neuron than argument 'neuron': calibrate this neuron", fn)
		}
		if tau > 0 && math.Abs(tau-cal.C.Tau) > 1e-12*tau {
			s.Raise(s.ValueErrorType, "%s(): argument 'tau_ns' = %g differs from the calibration's tau_ns = %g: calibrate with tau_ns=%g", fn, tau, cal.C.Tau, tau)
		}
		nr = cal.N
	} else {
		if nr == nil {
			n, err := ln.NewNeuron(ln.DefaultParams())
			check(th, fn, err)
			nr = n
		}
		c, err := ln.Calibrate(th.Ctx, nr.Model, ln.CalibrateOptions{Tau: tau, Seed: lumen.Stream(th).Uint64()})
		th.CheckInterrupt()
		check(th, fn, err)
		cal = &Calibration{C: c, N: nr}
	}
	o := ln.FromBMOptions{FullIntegral: p[6] != nil && s.Truth(th, p[6]),
		NoPSP: p[7] != nil && !s.Truth(th, p[7]), FluxLinks: p[8] != nil && s.Truth(th, p[8])}
	if given(p[4]) {
		o.Delay = floatArg(fn, "delay_ns", p[4], 0)
		if !(o.Delay > 0) {
			s.Raise(s.ValueErrorType, "%s(): argument 'delay_ns' = %g not allowed: must be > 0", fn, o.Delay)
		}
	}
	if given(p[5]) {
		o.TauSyn = floatArg(fn, "tau_syn_ns", p[5], 0)
		if o.TauSyn < 0 {
			s.Raise(s.ValueErrorType, "%s(): argument 'tau_syn_ns' = %g not allowed: must be ≥ 0 (0: no receiver filter)", fn, o.TauSyn)
		}
		if o.TauSyn == 0 {
			o.TauSyn = -1 // lib: negative is no filter, 0 is the default τ
		}
	}
	net, err := ln.FromBM(bm, nr.Model, cal.C, o)
	check(th, fn, err)
	return &Network{Net: net}
}

func netSelf(args []s.Object) *ln.Network {
	if len(args) > 0 {
		if n, ok := args[0].(*Network); ok {
			return n.Net
		}
	}
	s.Raise(s.TypeErrorType, "descriptor requires a 'nanolaser.Network' object")
	return nil
}

func runSelf(args []s.Object) *Run {
	if len(args) > 0 {
		if r, ok := args[0].(*Run); ok {
			return r
		}
	}
	s.Raise(s.TypeErrorType, "descriptor requires a 'nanolaser.Run' object")
	return nil
}

// targetArg reads target=: a distribution over the 2^N states or a
// boltzmann.BM (its exact distribution).
func targetArg(th *s.Thread, fn string, o s.Object, n int) []float64 {
	var q []float64
	if b, ok := o.(*boltzmann.BM); ok {
		if b.M.N != n {
			s.Raise(s.ValueErrorType, "%s(): argument 'target' is a BM of %d units, the run has %d neurons", fn, b.M.N, n)
		}
		var err error
		q, err = b.M.ExactDistribution()
		check(th, fn, err)
		return q
	}
	q = vectorArg(th, fn, "target", o)
	if len(q) != 1<<n {
		s.Raise(s.ValueErrorType, "%s(): argument 'target' has %d values, want 2^%d = %d (the order of bm.exact_distribution())", fn, len(q), n, 1<<n)
	}
	sum := 0.0
	for _, v := range q {
		if !(v >= 0) {
			s.Raise(s.ValueErrorType, "%s(): argument 'target' holds %g: probabilities must be ≥ 0", fn, v)
		}
		sum += v
	}
	if math.Abs(sum-1) > 1e-6 {
		s.Raise(s.ValueErrorType, "%s(): argument 'target' sums to %g, not 1", fn, sum)
	}
	return q
}

func sameDist(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Abs(a[i]-b[i]) > 1e-9 {
			return false
		}
	}
	return true
}

func init() {
	cprop := func(name, doc string, get func(c *Calibration) s.Object) {
		CalibrationType.SetAttr(name, &s.Property{Name: name, Doc: s.Str(doc), Get: s.NewBuiltin(name, doc, func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			c, ok := args[0].(*Calibration)
			if !ok {
				s.Raise(s.TypeErrorType, "descriptor requires a 'nanolaser.Calibration' object")
			}
			return get(c)
		})})
	}
	cprop("x50", "Pump offset of p_on = ½.", func(c *Calibration) s.Object { return s.Float(c.C.X50) })
	cprop("alpha", "Logistic width: p_on = σ((x − x50)/alpha).", func(c *Calibration) s.Object { return s.Float(c.C.Alpha) })
	cprop("residual", "RMS of p_on − fit over the sweep.", func(c *Calibration) s.Object { return s.Float(c.C.Residual) })
	cprop("tau_ns", "The refractory window τ [ns] (z = 1 within τ after a spike).", func(c *Calibration) s.Object { return s.Float(c.C.Tau) })
	cprop("duration_ns", "Simulated time per offset [ns].", func(c *Calibration) s.Object { return s.Float(c.C.Duration) })
	cprop("pulse_photons", "Mean photons per output pulse near x50.", func(c *Calibration) s.Object { return s.Float(c.C.PulsePhotons) })
	cprop("floor_photons", "Mean intracavity photons between pulses near x50.", func(c *Calibration) s.Object { return s.Float(c.C.FloorPhotons) })
	cprop("psp", "The measured post-synaptic efficacy (dict kappa_exc, kappa_inh, their SEs, bias_exc, bias_inh, duration_ns), or None when not measured (psp_duration_ns=0).", func(c *Calibration) s.Object {
		p := c.C.PSP
		if p == nil {
			return s.None
		}
		d := s.NewDict()
		for _, kv := range []struct {
			k string
			v float64
		}{{"kappa_exc", p.KappaExc}, {"kappa_exc_se", p.KappaExcSE}, {"kappa_inh", p.KappaInh}, {"kappa_inh_se", p.KappaInhSE}, {"bias_exc", p.BiasExc}, {"bias_inh", p.BiasInh}, {"duration_ns", p.Duration}} {
			d.SetStr(kv.k, s.Float(kv.v))
		}
		return d
	})
	cprop("table", "The sweep: a Table offset, p_on, p_on_count (spikes·τ/duration), rate_per_ns, fit.", func(c *Calibration) s.Object { return table.Wrap(c.table()) })
	cprop("neuron", "The neuron calibrated.", func(c *Calibration) s.Object { return &Neuron{N: c.N} })
	CalibrationType.SetAttr("p", &s.Builtin{Name: "p", Sig: "(x)", Doc: "The fitted activation σ((x − x50)/alpha) at pump offset x.", Fn: func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		p := s.Args("Calibration.p", args[1:], kw, "x")
		return s.Float(args[0].(*Calibration).C.P(floatArg("Calibration.p", "x", p[0], 0)))
	}})
	CalibrationType.SetAttr("__repr__", &s.Builtin{Name: "__repr__", Fn: func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		return s.Str(args[0].(*Calibration).repr())
	}})

	NetworkType.SetAttr("from_bm", &s.StaticMethod{Fn: &s.Builtin{Name: "from_bm", Sig: "(bm, *, neuron=None, calibration=None, tau_ns=None, delay_ns=0.01, tau_syn_ns=None, full_integral=False, psp=True, flux_links=False)",
		Doc: `Translate a boltzmann.BM (±1 or 0/1; T folded in), or a boltzmann.RBM as the fully connected BM over its visible then hidden units, into a network of PSNs (docs/nanolaser.md, "Translation rules"): pump offsets x_k = x50 + alpha·b_k and link strengths w_kj = alpha·W_kj·τ/(τ_g·C_g·n_pulse·F), F the part of the unit-area PSP inside τ; then the calibration's measured PSP efficacy (κ±, bias shifts) corrects them (psp=False: the analytic rule alone). flux_links=True sends the delayed photon flux of every emission instead of one standard pulse per spike into a saturating receiver.

neuron: the PSN (default nanolaser.Neuron()). calibration: its calibration (default: nanolaser.calibrate(neuron) with the default sweep, ~2000 ns per offset and 10⁴ ns of PSP measurement, which takes several seconds). tau_ns: the refractory window (must match the calibration's; default τ_g). delay_ns: link delay. tau_syn_ns: receiver RC time constant (default τ; 0: none). full_integral: match the whole PSP integral instead of its part within τ.`,
		Fn: fromBM}})
	nmethod := func(name, sig, doc string, f func(th *s.Thread, n *ln.Network, args []s.Object, kw s.Kwargs) s.Object) {
		NetworkType.SetAttr(name, &s.Builtin{Name: name, Sig: sig, Doc: doc, Fn: func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			return f(th, netSelf(args), args[1:], kw)
		}})
	}
	nprop := func(name, doc string, get func(n *ln.Network) s.Object) {
		NetworkType.SetAttr(name, &s.Property{Name: name, Doc: s.Str(doc), Get: s.NewBuiltin(name, doc, func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			return get(netSelf(args))
		})})
	}
	nmethod("run", "(duration_ns, *, progress=False, seed=None, burn_ns=None, points=30)",
		`Simulate the network for duration_ns after a burn-in of burn_ns (default 10 τ) and return a Run: spikes, states, the sampled joint distribution and D_KL(sampled ‖ target) on points log-spaced times. seed: the noise (None: from lm.seed). progress=True shows lm.progress as the simulation advances. Interruptible (the kernel's interrupt stops the simulation within ~2^16 steps).`,
		func(th *s.Thread, n *ln.Network, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "Network.run"
			p := s.Args(fn, args, kw, "duration_ns", "*", "progress?", "seed?", "burn_ns?", "points?")
			o := ln.RunOptions{Duration: durationArg(fn, "duration_ns", p[0], 0, n.Model.Dt/float64(max(1, n.N())))}
			o.Seed = seedArg(th, fn, p[2]).Uint64()
			if given(p[3]) {
				o.Burn = floatArg(fn, "burn_ns", p[3], 0)
				if !(o.Burn > 0) {
					s.Raise(s.ValueErrorType, "%s(): argument 'burn_ns' = %g not allowed: must be > 0", fn, o.Burn)
				}
			}
			o.Points = intArg(fn, "points", p[4], 30)
			if o.Points < 1 || o.Points > 10000 {
				s.Raise(s.ValueErrorType, "%s(): argument 'points' = %d not allowed: use 1..10000", fn, o.Points)
			}
			var r *ln.Run
			withProgress(th, fn, p[1], "run", func(progress func(float64)) (err error) {
				o.Progress = progress
				r, err = n.Run(th.Ctx, o)
				return err
			})
			out := &Run{R: r}
			if n.Target != nil {
				out.target, _ = n.Target.ExactDistribution()
			}
			return out
		})
	nmethod("refine", "(duration_ns, *, iterations=4, seed=None, progress=False)",
		`Correct the translation in the loop (docs/nanolaser.md, "In-loop refinement"): run the network iterations times, with lengths doubling and summing to duration_ns of device time, fit the BM that explains each run's sampled distribution, and re-translate from the target minus the mean measured distortion. The network keeps the corrected translation (see applied). Returns a Table iteration, duration_ns, dkl (of that run, before its correction) and shift (the largest change it made to the applied W and b). Interruptible; the network keeps the last completed correction.`,
		func(th *s.Thread, n *ln.Network, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "Network.refine"
			p := s.Args(fn, args, kw, "duration_ns", "*", "iterations?", "seed?", "progress?")
			o := ln.RefineOptions{Duration: durationArg(fn, "duration_ns", p[0], 0, n.Model.Dt/float64(max(1, n.N())))}
			o.Iterations = intArg(fn, "iterations", p[1], 4)
			if o.Iterations < 1 || o.Iterations > 30 {
				s.Raise(s.ValueErrorType, "%s(): argument 'iterations' = %d not allowed: use 1..30", fn, o.Iterations)
			}
			o.Seed = seedArg(th, fn, p[2]).Uint64()
			var steps []ln.RefineStep
			withProgress(th, fn, p[3], "refine", func(progress func(float64)) (err error) {
				o.Progress = progress
				steps, err = n.Refine(th.Ctx, o)
				return err
			})
			t := tbl.New()
			var it, d, dkl, shift []float64
			for i, st := range steps {
				it, d, dkl, shift = append(it, float64(i+1)), append(d, st.Duration), append(dkl, st.DKL), append(shift, st.Shift)
			}
			lumen.Check(t.AddFloat("iteration", it))
			lumen.Check(t.AddFloat("duration_ns", d))
			lumen.Check(t.AddFloat("dkl", dkl))
			lumen.Check(t.AddFloat("shift", shift))
			return table.Wrap(t)
		})
	nmethod("estimate", "(run=None, *, target_dkl=0.01, seed=None, lif=True, gibbs_updates_per_s=None)",
		`Speed and power from the parameters, a Table (quantity, value, unit, note): samples per second per neuron and network, spike rate, pump power, energy per spike and per sample, output pulse energy, and the BrainScaleS LIF-sampling reference figures (docs/nanolaser.md). With run (a Run of this network, recorded with points ≥ 2) it adds the time each sampler needs to reach D_KL ≤ target_dkl on the network's BM, at its own clock, in ns: see time_to_dkl, whose arguments it takes.`,
		func(th *s.Thread, n *ln.Network, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "Network.estimate"
			p := s.Args(fn, args, kw, "run?", "*", "target_dkl?", "seed?", "lif?", "gibbs_updates_per_s?")
			e := n.Estimate()
			rows := []struct {
				q    string
				v    float64
				u, n string
			}{
				{"samples per second per neuron", e.SamplesPerSecondNeuron, "1/s", "1/τ"},
				{"samples per second per network", e.SamplesPerSecondNetwork, "1/s", "N/τ"},
				{"spike rate per neuron", e.SpikeRate, "1/s", "at p_on = ½"},
				{"pump power per neuron", e.PumpPowerNeuron, "W", "at x50"},
				{"pump power per network", e.PumpPowerNetwork, "W", ""},
				{"pump energy per spike", e.EnergyPerSpike, "J", ""},
				{"output energy per spike", e.OutputEnergyPerSpike, "J", "optical pulse"},
				{"energy per sample", e.EnergyPerSample, "J", "network pump energy per state update"},
				{"BrainScaleS samples per second per neuron", e.BrainScaleSSamplesPerSecondNeuron, "1/s", "Kungl et al. 2019 (LIF sampling)"},
				{"BrainScaleS energy per event", e.BrainScaleSEnergyPerEvent, "J", "order of magnitude"},
			}
			if given(p[0]) {
				tm := timeToDKL(th, fn, n, p[0], nil, p[1], p[2], p[3], p[4])
				for _, st := range tm.Samplers {
					note := fmt.Sprintf("not reached in %s %s", tbl.FormatFloat(st.Simulated), st.Unit)
					if !math.IsNaN(st.Units) {
						note = fmt.Sprintf("%s %s × %s ns (%s)", tbl.FormatFloat(st.Units), st.Unit, tbl.FormatFloat(st.UnitTime*1e9), st.Clock)
					}
					rows = append(rows, struct {
						q    string
						v    float64
						u, n string
					}{fmt.Sprintf("time to D_KL ≤ %s: %s", tbl.FormatFloat(tm.Target), st.Sampler), st.Time * 1e9, "ns", note})
				}
			}
			t := tbl.New()
			var q, u, nn []string
			var v []float64
			for _, r := range rows {
				q, v, u, nn = append(q, r.q), append(v, r.v), append(u, r.u), append(nn, r.n)
			}
			lumen.Check(t.AddString("quantity", q))
			lumen.Check(t.AddFloat("value", v))
			lumen.Check(t.AddString("unit", u))
			lumen.Check(t.AddString("note", nn))
			return table.Wrap(t)
		})
	nmethod("time_to_dkl", "(run, *, target_dkl=0.01, periods=None, seed=None, lif=True, gibbs_updates_per_s=None)",
		`The time each sampler needs to reach D_KL(sampled ‖ BM) ≤ target_dkl on the network's BM, each at its own clock (docs/nanolaser.md, "Speed and power"). The PSN network's time is read off run's recorded curve (a Run of this network, points ≥ 2). The references run for periods units (default: as many as the run has τ): ideal Gibbs on this CPU (sweeps × N updates at the measured rate, or gibbs_updates_per_s), the abstract neural-sampling process at the PSN's τ, and LIF sampling on BrainScaleS (τ_ref = 10 ms biological / 10⁴ acceleration = 1 µs; lif=False skips it). The crossing is the first time after which the curve stays below target_dkl (log-log interpolated); NaN: not reached. Returns a Table sampler, units, unit, simulated, unit_time_ns, time_ns, final_dkl, clock.`,
		func(th *s.Thread, n *ln.Network, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "Network.time_to_dkl"
			p := s.Args(fn, args, kw, "run", "*", "target_dkl?", "periods?", "seed?", "lif?", "gibbs_updates_per_s?")
			tm := timeToDKL(th, fn, n, p[0], p[2], p[1], p[3], p[4], p[5])
			t := tbl.New()
			var name, unit, clock []string
			var units, sim, ut, tt, fin []float64
			for _, st := range tm.Samplers {
				name, unit, clock = append(name, st.Sampler), append(unit, st.Unit), append(clock, st.Clock)
				units, sim, ut = append(units, st.Units), append(sim, st.Simulated), append(ut, st.UnitTime*1e9)
				tt, fin = append(tt, st.Time*1e9), append(fin, st.Final)
			}
			lumen.Check(t.AddString("sampler", name))
			lumen.Check(t.AddFloat("units", units))
			lumen.Check(t.AddString("unit", unit))
			lumen.Check(t.AddFloat("simulated", sim))
			lumen.Check(t.AddFloat("unit_time_ns", ut))
			lumen.Check(t.AddFloat("time_ns", tt))
			lumen.Check(t.AddFloat("final_dkl", fin))
			lumen.Check(t.AddString("clock", clock))
			return table.Wrap(t)
		})
	nmethod("__repr__", "()", "", func(th *s.Thread, n *ln.Network, args []s.Object, kw s.Kwargs) s.Object {
		return s.Str(fmt.Sprintf("nanolaser.Network(n=%d, links=%d, tau_ns=%s)", n.N(), len(n.Links), tbl.FormatFloat(n.Tau)))
	})
	nprop("n", "Number of neurons.", func(n *ln.Network) s.Object { return s.Int(n.N()) })
	nprop("tau_ns", "The refractory window τ [ns]: z_k = 1 within τ after a spike of neuron k.", func(n *ln.Network) s.Object { return s.Float(n.Tau) })
	nprop("psp_tau_ns", "Small-signal gain response time τ_s = τ_g/(1 + S̄/S_g) [ns] that low-pass filters a PSP.", func(n *ln.Network) s.Object { return s.Float(n.PSPTau) })
	nprop("offsets", "Pump offsets x_k of the neurons, an Array.", func(n *ln.Network) s.Object {
		return lumen.FromSlice(append([]float64{}, n.Offsets...), n.N())
	})
	nprop("applied", "The 0/1 BM the translation realises, a dict W (Array N × N) and b (Array N): the target's, until refine() corrects it for the device.", func(n *ln.Network) s.Object {
		d := s.NewDict()
		if a := n.Applied; a != nil {
			d.SetStr("W", lumen.FromSlice(append([]float64{}, a.W...), a.N, a.N))
			d.SetStr("b", lumen.FromSlice(append([]float64{}, a.B...), a.N))
		}
		return d
	})
	nprop("weights", "Link strengths, an Array N × N: [k, j] is the link j → k (0: none).", func(n *ln.Network) s.Object {
		N := n.N()
		w := make([]float64, N*N)
		for _, l := range n.Links {
			w[l.To*N+l.From] += l.Weight
		}
		return lumen.FromSlice(w, N, N)
	})

	rmethod := func(name, sig, doc string, f func(th *s.Thread, r *Run, args []s.Object, kw s.Kwargs) s.Object) {
		RunType.SetAttr(name, &s.Builtin{Name: name, Sig: sig, Doc: doc, Fn: func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			return f(th, runSelf(args), args[1:], kw)
		}})
	}
	rprop := func(name, doc string, get func(r *Run) s.Object) {
		RunType.SetAttr(name, &s.Property{Name: name, Doc: s.Str(doc), Get: s.NewBuiltin(name, doc, func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			return get(runSelf(args))
		})})
	}
	rprop("spikes", "The spikes after the burn-in, a Table neuron, t_ns (in time order).", func(r *Run) s.Object {
		nn := make([]float64, len(r.R.Spikes))
		tt := make([]float64, len(r.R.Spikes))
		for i, sp := range r.R.Spikes {
			nn[i], tt[i] = float64(sp.Neuron), sp.T
		}
		return table.Wrap(table.FromColumns([]string{"neuron", "t_ns"}, [][]float64{nn, tt}))
	})
	rprop("duration_ns", "Simulated time after the burn-in [ns].", func(r *Run) s.Object { return s.Float(r.R.Duration) })
	rprop("tau_ns", "The refractory window τ [ns].", func(r *Run) s.Object { return s.Float(r.R.Tau) })
	rprop("n", "Number of neurons.", func(r *Run) s.Object { return s.Int(r.R.N) })
	rmethod("states", "(dt_ns)", "The network state z(t) (z_k = 1 within τ after a spike of k) every dt_ns from t = 0: an Array steps × N of 0/1.",
		func(th *s.Thread, r *Run, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "Run.states"
			p := s.Args(fn, args, kw, "dt_ns")
			dt := floatArg(fn, "dt_ns", p[0], 0)
			if !(dt > 0) || r.R.Duration/dt > 1e7 {
				s.Raise(s.ValueErrorType, "%s(): argument 'dt_ns' = %g not allowed: must be > 0 and give at most 10⁷ rows over %g ns", fn, dt, r.R.Duration)
			}
			rows := r.R.States(dt)
			out := make([]float64, 0, len(rows)*r.R.N)
			for _, row := range rows {
				for _, z := range row {
					out = append(out, float64(z))
				}
			}
			return lumen.FromSlice(out, len(rows), r.R.N)
		})
	rmethod("distribution", "(units=None)", "The sampled joint distribution over the 2^N states (time-weighted), an Array in the order of bm.exact_distribution(): bit k of the index is neuron k on. units: a list of neurons to marginalise onto (bit i of the index is units[i]), e.g. range(n_visible) for a network built from an RBM.",
		func(th *s.Thread, r *Run, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "Run.distribution"
			p := s.Args(fn, args, kw, "units?")
			d := r.R.Distribution()
			if given(p[0]) {
				var units []int
				for _, u := range s.ToSlice(th, p[0]) {
					units = append(units, intArg(fn, "units", u, 0))
				}
				var err error
				d, err = ln.Marginal(d, r.R.N, units)
				check(th, fn, err)
			}
			return lumen.FromSlice(d, len(d))
		})
	rmethod("dkl", "(target=None)", "D_KL(sampled ‖ target) in nats; target: a distribution over the 2^N states, or a boltzmann.BM (its exact distribution); None: the BM the network was built from.",
		func(th *s.Thread, r *Run, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "Run.dkl"
			p := s.Args(fn, args, kw, "target?")
			q := r.target
			if given(p[0]) {
				q = targetArg(th, fn, p[0], r.R.N)
			} else if q == nil {
				s.Raise(s.TypeErrorType, "%s() missing argument 'target'", fn)
			}
			return s.Float(r.R.DKL(q))
		})
	rmethod("dkl_curve", "(target=None, points=None)", "D_KL(sampled ‖ target) against simulated time, a Table t_ns, dkl, recorded during the run on log-spaced times (Network.run(points=)). The curve is recorded against the network's own BM: target, if given, must be that distribution, and points, if given, the number the run recorded.",
		func(th *s.Thread, r *Run, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "Run.dkl_curve"
			p := s.Args(fn, args, kw, "target?", "points?")
			if r.target == nil || len(r.R.CurveT) == 0 {
				s.Raise(s.ValueErrorType, "%s(): this run recorded no curve (the network has no target BM)", fn)
			}
			if given(p[0]) && !sameDist(targetArg(th, fn, p[0], r.R.N), r.target) {
				s.Raise(s.NotImplementedErrorType, "%s(): argument 'target' differs from the network's BM: the curve is recorded during the run against that BM only (lib/nanolaser keeps no state history); use run.dkl(target) for the final value", fn)
			}
			if given(p[1]) {
				pts := intArg(fn, "points", p[1], 0)
				if pts != len(r.R.CurveT) {
					s.Raise(s.ValueErrorType, "%s(): argument 'points' = %d: the run recorded %d points; pass points= to Network.run", fn, pts, len(r.R.CurveT))
				}
			}
			return table.Wrap(table.FromColumns([]string{"t_ns", "dkl"}, [][]float64{append([]float64{}, r.R.CurveT...), append([]float64{}, r.R.CurveDKL...)}))
		})
	rmethod("__repr__", "()", "", func(th *s.Thread, r *Run, args []s.Object, kw s.Kwargs) s.Object {
		return s.Str(fmt.Sprintf("nanolaser.Run(n=%d, duration_ns=%s, spikes=%d)", r.R.N, tbl.FormatFloat(r.R.Duration), len(r.R.Spikes)))
	})
}

// timeToDKL reads the arguments of time_to_dkl/estimate and runs
// Network.TimeToDKL with the interpreter's context.
func timeToDKL(th *s.Thread, fn string, n *ln.Network, runObj, periods, target, seed, lif, rate s.Object) *ln.DKLTimes {
	r, ok := runObj.(*Run)
	if !ok {
		s.Raise(s.TypeErrorType, "%s(): argument 'run' must be a nanolaser.Run (from Network.run), not %s", fn, s.TypeNameOf(runObj))
	}
	if n.Target == nil {
		s.Raise(s.ValueErrorType, "%s(): the network has no target BM (build it with Network.from_bm)", fn)
	}
	if r.R.N != n.N() || r.R.Tau != n.Tau || !sameDist(r.target, mustDist(th, fn, n)) {
		s.Raise(s.ValueErrorType, "%s(): argument 'run' is not a run of this network", fn)
	}
	if len(r.R.CurveT) < 2 {
		s.Raise(s.ValueErrorType, "%s(): argument 'run' recorded %d D_KL points: run with points ≥ 2", fn, len(r.R.CurveT))
	}
	o := ln.TimeToDKLOptions{Target: 0.01, Seed: seedArg(th, fn, seed).Uint64()}
	if given(target) {
		o.Target = floatArg(fn, "target_dkl", target, 0)
		if !(o.Target > 0) || o.Target > 10 {
			s.Raise(s.ValueErrorType, "%s(): argument 'target_dkl' = %g not allowed: use 0 < target_dkl ≤ 10 (nats)", fn, o.Target)
		}
	}
	if given(periods) {
		o.Periods = floatArg(fn, "periods", periods, 0)
		if !(o.Periods >= 1) || o.Periods > 1e8 {
			s.Raise(s.ValueErrorType, "%s(): argument 'periods' = %g not allowed: use 1..1e8", fn, o.Periods)
		}
	}
	if lif != nil && !s.Truth(th, lif) {
		o.Acceleration = -1
	}
	if given(rate) {
		o.GibbsUpdateRate = floatArg(fn, "gibbs_updates_per_s", rate, 0)
		if !(o.GibbsUpdateRate > 0) || math.IsInf(o.GibbsUpdateRate, 0) {
			s.Raise(s.ValueErrorType, "%s(): argument 'gibbs_updates_per_s' = %g not allowed: must be > 0 and finite (None: measured)", fn, o.GibbsUpdateRate)
		}
	}
	tm, err := n.TimeToDKL(th.Ctx, r.R, o)
	th.CheckInterrupt()
	check(th, fn, err)
	return tm
}

func mustDist(th *s.Thread, fn string, n *ln.Network) []float64 {
	q, err := n.Target.ExactDistribution()
	check(th, fn, err)
	return q
}

func newModule(in *s.Interp) *s.Module {
	m := s.NewModule("lumen.nanolaser", `Photonic spiking neurons (nanolasers with a saturable absorber) and networks of them that sample from Boltzmann machines.

nr = nanolaser.Neuron()                        # the reference InP PSN
tr = nr.simulate(50.0, pump=1.0)               # t_ns, gain, absorber, photons; tr.spikes_ns
cal = nanolaser.calibrate(nr)                  # p_on against the pump offset: x50, alpha
net = nanolaser.Network.from_bm(bm, calibration=cal)
run = net.run(2000.0)
run.dkl(bm.exact_distribution())
net.estimate(run, target_dkl=0.01)            # speed, power, and the time to D_KL ≤ 0.01 against Gibbs, NS, LIF

Reference samplers on the same BMs: gibbs_curve, neural_sampling_curve, lif_curve. Times are in ns and say so in their names. Equations, parameters and the translation rules: docs/nanolaser.md.`)
	m.Set("Neuron", NeuronType)
	m.Set("Calibration", CalibrationType)
	m.Set("Network", NetworkType)
	m.Set("Run", RunType)
	m.Set("Trace", TraceType)
	m.AddFunc("calibrate", "(neuron, *, offsets=None, duration_ns=2000.0, tau_ns=None, seed=None, psp_duration_ns=10000.0, progress=False)",
		`Sweep the neuron's pump offset, measure p_on (the fraction of time within τ after a spike) over duration_ns at each offset, and fit the logistic σ((x − x50)/alpha). Then measure the post-synaptic efficacy of translated links for psp_duration_ns (two symmetric pairs, W = ±1; 0: skip, and from_bm uses the analytic rule alone). Returns a Calibration (x50, alpha, residual, table, psp). offsets: default −1 … 4 in steps of 0.5. tau_ns: the refractory window (default τ_g). Fails naming the range when x50 falls outside the sweep. progress=True shows lm.progress over the sweep and the PSP measurement. Interruptible (the kernel's interrupt stops it within ~2^16 steps).`,
		calibrate)
	addReferences(m)
	return m
}
