// Package nanolaser binds lib/nanolaser as the script module
// lumen.nanolaser (from lumen import nanolaser): photonic spiking neurons
// (nanolasers with a saturable absorber), their calibration, and networks
// of them that sample from Boltzmann machines. It only binds; the physics
// lives in lib/nanolaser.
package nanolaser

import (
	"fmt"
	"math"
	"strings"

	ln "github.com/lumenlab/lumen/lib/nanolaser"
	tbl "github.com/lumenlab/lumen/lib/table"
	s "github.com/lumenlab/lumen/scripting"
	"github.com/lumenlab/lumen/scripting/modules/lumen"
	"github.com/lumenlab/lumen/scripting/modules/table"
)

func init() { s.RegisterModule("lumen.nanolaser", newModule) }

// Neuron is the script object around a *nanolaser.Neuron.
type Neuron struct{ N *ln.Neuron }

// param is one keyword of Neuron(): its script name (with units) and the
// Params field it sets.
type param struct {
	name string
	get  func(p *ln.Params) *float64
	doc  string
}

var params = []param{
	{"v_gain_um3", func(p *ln.Params) *float64 { return &p.VGain }, "gain-section volume [µm³]"},
	{"tau_gain_ns", func(p *ln.Params) *float64 { return &p.TauGain }, "gain carrier lifetime [ns]"},
	{"diff_gain_cm2", func(p *ln.Params) *float64 { return &p.DiffGain }, "differential gain [cm²]"},
	{"nt_gain_cm3", func(p *ln.Params) *float64 { return &p.NtGain }, "gain transparency density [cm⁻³]"},
	{"conf_gain", func(p *ln.Params) *float64 { return &p.ConfGain }, "gain confinement factor"},
	{"tau_sp_ns", func(p *ln.Params) *float64 { return &p.TauSp }, "spontaneous-emission lifetime [ns]"},
	{"beta", func(p *ln.Params) *float64 { return &p.Beta }, "spontaneous-emission factor β"},
	{"v_abs_um3", func(p *ln.Params) *float64 { return &p.VAbs }, "absorber volume [µm³]"},
	{"tau_abs_ns", func(p *ln.Params) *float64 { return &p.TauAbs }, "absorber recovery time [ns]"},
	{"diff_abs_cm2", func(p *ln.Params) *float64 { return &p.DiffAbs }, "absorber differential gain [cm²]"},
	{"nt_abs_cm3", func(p *ln.Params) *float64 { return &p.NtAbs }, "absorber transparency density [cm⁻³]"},
	{"conf_abs", func(p *ln.Params) *float64 { return &p.ConfAbs }, "absorber confinement factor"},
	{"tau_photon_ns", func(p *ln.Params) *float64 { return &p.TauPhoton }, "photon lifetime [ns]"},
	{"group_index", func(p *ln.Params) *float64 { return &p.GroupIndex }, "group index n_g"},
	{"lambda_nm", func(p *ln.Params) *float64 { return &p.Lambda }, "lasing wavelength [nm]"},
	{"eta_out", func(p *ln.Params) *float64 { return &p.EtaOut }, "fraction of the cavity loss into the output waveguide"},
	{"pump_per_ns", func(p *ln.Params) *float64 { return &p.Pump }, "pump rate [carriers/ns]; 0: the lasing threshold"},
	{"pump_lambda_nm", func(p *ln.Params) *float64 { return &p.PumpLambda }, "pump wavelength [nm]"},
	{"pump_absorbed", func(p *ln.Params) *float64 { return &p.PumpAbsorbed }, "absorbed fraction of the pump"},
	{"dt_ns", func(p *ln.Params) *float64 { return &p.Dt }, "integration step [ns] (default 0.00025 = τ_p/8)"},
	{"spike_threshold", func(p *ln.Params) *float64 { return &p.SpikeThreshold }, "photon number marking a spike onset; 0: 15 S_g"},
}

func neuronDoc() string {
	var b strings.Builder
	b.WriteString("Neuron(*, offset=None, **params)\n\nA photonic spiking neuron: a photonic-crystal nanolaser with a pumped gain section and a saturable absorber (Yamada rate equations in particle numbers, spontaneous-emission Langevin noise). Defaults: the reference InP PSN of docs/nanolaser.md.\n\noffset: pump offset x = A − (1 + B) from the lasing threshold, in units of the cavity loss (overrides pump_per_ns).\nParameters (keyword, units in the name):\n")
	def := ln.DefaultParams()
	for _, p := range params {
		fmt.Fprintf(&b, "  %s = %s: %s\n", p.name, tbl.FormatFloat(*p.get(&def)), p.doc)
	}
	b.WriteString("\nMethods: simulate, regime, characterize. Attributes: offset, threshold, dt_ns, yamada, params.")
	return b.String()
}

// NeuronType is nanolaser.Neuron in scripts.
var NeuronType = func() *s.Type {
	t := s.NewType("Neuron", s.ObjectType, neuronDoc())
	t.Module = "lumen.nanolaser"
	return t
}()

func (*Neuron) PyType() *s.Type { return NeuronType }

func newNeuron(th *s.Thread, cls *s.Type, args []s.Object, kw s.Kwargs) s.Object {
	const fn = "Neuron"
	if len(args) > 0 {
		s.Raise(s.TypeErrorType, "%s() takes keyword arguments only (offset=, %s=, …)", fn, params[0].name)
	}
	p := ln.DefaultParams()
	var offset s.Object
	for _, k := range kw {
		if k.Name == "offset" {
			offset = k.Value
			continue
		}
		found := false
		for _, q := range params {
			if q.name == k.Name {
				*q.get(&p) = floatArg(fn, k.Name, k.Value, 0)
				found = true
				break
			}
		}
		if !found {
			names := make([]string, len(params))
			for i, q := range params {
				names[i] = q.name
			}
			s.Raise(s.TypeErrorType, "%s() got an unexpected keyword argument '%s': use offset or %s", fn, k.Name, strings.Join(names, ", "))
		}
	}
	n, err := ln.NewNeuron(p)
	check(th, fn, err)
	if given(offset) {
		x := floatArg(fn, "offset", offset, 0)
		n.Model = n.Model.WithOffset(x)
	}
	return &Neuron{N: n}
}

func neuronArg(fn, name string, o s.Object) *ln.Neuron {
	if n, ok := o.(*Neuron); ok {
		return n.N
	}
	s.Raise(s.TypeErrorType, "%s(): argument '%s' must be a nanolaser.Neuron, not %s", fn, name, s.TypeNameOf(o))
	return nil
}

// durationArg reads a positive time in ns, at most max steps of dt.
func durationArg(fn, name string, o s.Object, def, dt float64) float64 {
	d := floatArg(fn, name, o, def)
	if !(d > 0) {
		s.Raise(s.ValueErrorType, "%s(): argument '%s' = %g not allowed: must be > 0 (ns)", fn, name, d)
	}
	if d/dt > 4e10 {
		s.Raise(s.ValueErrorType, "%s(): argument '%s' = %g ns is more than 4·10¹⁰ steps of %g ns", fn, name, d, dt)
	}
	return d
}

// kicksArg reads inputs=: a list of (t_ns, amount) or (t_ns, amount,
// section) tuples or dicts {"t_ns", "amount", "section"}; section "gain"
// (default), "absorber" or "cavity".
func kicksArg(th *s.Thread, fn string, o s.Object) []ln.Kick {
	if !given(o) {
		return nil
	}
	section := func(v s.Object) ln.Section {
		switch sec := strArg(fn, "inputs", v, "gain"); sec {
		case "gain":
			return ln.Gain
		case "absorber":
			return ln.Absorber
		case "cavity":
			return ln.Cavity
		default:
			s.Raise(s.ValueErrorType, "%s(): argument 'inputs': section %q not allowed: use \"gain\", \"absorber\" or \"cavity\"", fn, sec)
		}
		return 0
	}
	var out []ln.Kick
	for i, it := range s.ToSlice(th, o) {
		var k ln.Kick
		switch v := it.(type) {
		case s.Tuple, *s.List:
			f := s.ToSlice(th, v)
			if len(f) < 2 || len(f) > 3 {
				s.Raise(s.ValueErrorType, "%s(): argument 'inputs'[%d] must be (t_ns, amount) or (t_ns, amount, section)", fn, i)
			}
			k.T = floatArg(fn, "inputs", f[0], 0)
			k.Amount = floatArg(fn, "inputs", f[1], 0)
			if len(f) == 3 {
				k.Section = section(f[2])
			}
		case *s.Dict:
			v.Items(func(key, val s.Object) {
				switch s.ToStr(th, key) {
				case "t_ns":
					k.T = floatArg(fn, "inputs", val, 0)
				case "amount":
					k.Amount = floatArg(fn, "inputs", val, 0)
				case "section":
					k.Section = section(val)
				default:
					s.Raise(s.ValueErrorType, "%s(): argument 'inputs'[%d] has unknown key %s: use t_ns, amount, section", fn, i, s.Repr(th, key))
				}
			})
		default:
			s.Raise(s.TypeErrorType, "%s(): argument 'inputs' must be a list of (t_ns, amount[, section]) tuples or dicts, not a list of %s", fn, s.TypeNameOf(it))
		}
		out = append(out, k)
	}
	return out
}

// Trace is the result of Neuron.simulate: a Table of the state and the
// spike times.
type Trace struct {
	T      *tbl.Table
	Spikes []float64
	Dur    float64
}

// TraceType is nanolaser.Trace in scripts.
var TraceType = func() *s.Type {
	t := s.NewType("Trace", s.ObjectType, `The result of Neuron.simulate: tr.table is an lm.Table with columns t_ns, gain, absorber (dimensionless, in units of the cavity loss) and photons (intracavity); tr["photons"], tr.columns and len(tr) read it directly. tr.spikes_ns are the spike onset times (an Array), tr.rate_per_ns the spike rate.`)
	t.Module = "lumen.nanolaser"
	return t
}()

func (*Trace) PyType() *s.Type { return TraceType }

// MimeBundle shows the trace's table.
func (t *Trace) MimeBundle(th *s.Thread) map[string]any {
	return map[string]any{"text/html": fmt.Sprintf("<div><b>nanolaser.Trace</b> %s ns, %d spikes</div>%s", tbl.FormatFloat(t.Dur), len(t.Spikes), t.T.HTML())}
}

func traceSelf(args []s.Object) *Trace {
	if len(args) > 0 {
		if t, ok := args[0].(*Trace); ok {
			return t
		}
	}
	s.Raise(s.TypeErrorType, "descriptor requires a 'nanolaser.Trace' object")
	return nil
}

func simulate(th *s.Thread, n *ln.Neuron, args []s.Object, kw s.Kwargs) s.Object {
	const fn = "Neuron.simulate"
	p := s.Args(fn, args, kw, "duration_ns", "*", "pump?", "inputs?", "dt_ns?", "seed?", "every?")
	nr := *n
	if given(p[3]) {
		nr.Model.Dt = floatArg(fn, "dt_ns", p[3], 0)
		if !(nr.Model.Dt > 0) || nr.Model.Dt > nr.Model.TauP/4 {
			s.Raise(s.ValueErrorType, "%s(): argument 'dt_ns' = %g not allowed: use (0, τ_p/4 = %g] ns", fn, nr.Model.Dt, nr.Model.TauP/4)
		}
	}
	dur := durationArg(fn, "duration_ns", p[0], 0, nr.Model.Dt)
	steps := int(math.Round(dur / nr.Model.Dt))
	every := max(1, (steps+199999)/200000)
	if given(p[5]) {
		every = intArg(fn, "every", p[5], 1)
		if every < 1 {
			s.Raise(s.ValueErrorType, "%s(): argument 'every' = %d not allowed: record every ≥ 1 steps", fn, every)
		}
	}
	if steps/every > 5_000_000 {
		s.Raise(s.ValueErrorType, "%s(): %d rows to record: raise every= (record every k-th step)", fn, steps/every)
	}
	o := ln.SimOptions{Duration: dur, Kicks: kicksArg(th, fn, p[2]), Seed: seedArg(th, fn, p[4]).Uint64(), Every: every}
	if given(p[1]) {
		o.Offset, o.UseOffset = floatArg(fn, "pump", p[1], 0), true
	}
	tr, err := nr.Simulate(o)
	check(th, fn, err)
	th.CheckInterrupt()
	return &Trace{T: table.FromColumns([]string{"t_ns", "gain", "absorber", "photons"}, [][]float64{tr.T, tr.G, tr.Q, tr.S}), Spikes: tr.Spikes, Dur: tr.Duration}
}

func init() {
	NeuronType.New = newNeuron
	method := func(name, sig, doc string, f func(th *s.Thread, n *ln.Neuron, args []s.Object, kw s.Kwargs) s.Object) {
		NeuronType.SetAttr(name, &s.Builtin{Name: name, Sig: sig, Doc: doc, Fn: func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			if len(args) == 0 {
				s.Raise(s.TypeErrorType, "descriptor requires a 'nanolaser.Neuron' object")
			}
			return f(th, neuronArg("Neuron."+name, "self", args[0]), args[1:], kw)
		}})
	}
	prop := func(name, doc string, get func(n *ln.Neuron) s.Object) {
		NeuronType.SetAttr(name, &s.Property{Name: name, Doc: s.Str(doc), Get: s.NewBuiltin(name, doc, func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			return get(neuronArg("Neuron."+name, "self", args[0]))
		})})
	}
	method("simulate", "(duration_ns, *, pump=None, inputs=None, dt_ns=None, seed=None, every=None)",
		`Integrate the neuron for duration_ns and return a Trace: a Table of t_ns, gain, absorber, photons, and the spike times (tr.spikes_ns).

pump: pump offset x from the lasing threshold (default: the neuron's own). inputs: instantaneous kicks, a list of (t_ns, amount) or (t_ns, amount, section) with section "gain" (carriers; negative depletes), "absorber" (carriers) or "cavity" (photons). dt_ns: integration step (default the neuron's, 0.25 ps). seed: the noise (None: from lm.seed). every: record every k-th step (default: all steps, thinned to at most 200,000 rows). Not interruptible while it runs (lib/nanolaser takes no context).`,
		simulate)
	method("characterize", "(*, pump=-3.0)",
		`Measure the noise-free neuron at pump offset pump (must be excitable: quiet without input): a dict threshold_carriers (gain kick that just fires), width_ns (FWHM), peak_photons, peak_power_w, energy_j (output pulse of a 2×-threshold kick), and the two-pulse protocol: refractory_ns, the smallest interval between two identical kicks of pulse_factor (1.3) × threshold at which the second fires (bisection on Δt); refractory_strong_ns, the same at strong_factor (3) × threshold; recovery, a Table dt_ns, threshold_ratio: the second kick's own threshold Δt after a first one, in units of the rested threshold (> 1 relatively refractory, < 1 supernormal; inf: no spike up to 20×). docs/nanolaser.md, "Measured single-neuron behaviour".`,
		func(th *s.Thread, n *ln.Neuron, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "Neuron.characterize"
			p := s.Args(fn, args, kw, "*", "pump?")
			x := -3.0
			if given(p[0]) {
				x = floatArg(fn, "pump", p[0], 0)
				if math.IsNaN(x) || math.IsInf(x, 0) || x < -50 || x > 50 {
					s.Raise(s.ValueErrorType, "%s(): argument 'pump' = %g not allowed: use a finite offset in [-50, 50] below the excitability threshold", fn, x)
				}
			}
			c, err := ln.Characterize(n.Model, x)
			check(th, fn, err)
			d := s.NewDict()
			for _, kv := range []struct {
				k string
				v float64
			}{{"threshold_carriers", c.Threshold}, {"width_ns", c.Width}, {"peak_photons", c.PeakS}, {"peak_power_w", c.PeakPower},
				{"energy_j", c.Energy}, {"refractory_ns", c.Refractory}, {"pulse_factor", c.PulseFactor},
				{"refractory_strong_ns", c.RefractoryStrong}, {"strong_factor", c.StrongFactor}} {
				d.SetStr(kv.k, s.Float(kv.v))
			}
			d.SetStr("recovery", table.Wrap(table.FromColumns([]string{"dt_ns", "threshold_ratio"}, [][]float64{append([]float64{}, ln.RecoveryGrid...), append([]float64{}, c.Recovery...)})))
			return d
		})
	method("regime", "(duration_ns=200.0, *, pump=None, seed=None)",
		`The dynamical regime at a pump offset, by simulation: a dict regime ("quiet", "excitable", "self-pulsing" or "lasing"), rate_per_ns and isi_cv; "quiet" and "lasing" neurons cannot sample.`,
		func(th *s.Thread, n *ln.Neuron, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "Neuron.regime"
			p := s.Args(fn, args, kw, "duration_ns?", "*", "pump?", "seed?")
			m := n.Model
			if given(p[1]) {
				m = m.WithOffset(floatArg(fn, "pump", p[1], 0))
			}
			r, rate, cv, err := ln.Classify(m, durationArg(fn, "duration_ns", p[0], 200, m.Dt), seedArg(th, fn, p[2]).Uint64())
			check(th, fn, err)
			name := [...]string{"quiet", "excitable", "self-pulsing", "lasing"}[r]
			d := s.NewDict()
			d.SetStr("regime", s.Str(name))
			d.SetStr("rate_per_ns", s.Float(rate))
			d.SetStr("isi_cv", s.Float(cv))
			d.SetStr("description", s.Str(r.String()))
			return d
		})
	method("__repr__", "()", "", func(th *s.Thread, n *ln.Neuron, args []s.Object, kw s.Kwargs) s.Object {
		m := n.Model
		return s.Str(fmt.Sprintf("nanolaser.Neuron(offset=%s, B=%s, tau_gain_ns=%s, tau_photon_ns=%s, dt_ns=%s)",
			tbl.FormatFloat(m.Offset()), tbl.FormatFloat(m.B), tbl.FormatFloat(m.TauG), tbl.FormatFloat(m.TauP), tbl.FormatFloat(m.Dt)))
	})
	prop("offset", "Pump offset x = A − (1 + B) from the lasing threshold (units of the cavity loss).", func(n *ln.Neuron) s.Object { return s.Float(n.Model.Offset()) })
	prop("threshold", "The lasing threshold pump A = 1 + B (units of the cavity loss).", func(n *ln.Neuron) s.Object { return s.Float(n.Model.Threshold()) })
	prop("dt_ns", "Integration step [ns].", func(n *ln.Neuron) s.Object { return s.Float(n.Model.Dt) })
	prop("pump_power_w", "Optical pump power at the current pump [W].", func(n *ln.Neuron) s.Object { return s.Float(n.Model.PumpPower(n.Model.A)) })
	prop("yamada", "The dimensionless Yamada parameters: a dict A, B, a, gamma_g, gamma_q, eps, time_unit_ns, photon_scale.", func(n *ln.Neuron) s.Object {
		y := n.Model.Yamada()
		return s.FromGo(map[string]any{"A": y.A, "B": y.B, "a": y.SatRatio(), "gamma_g": y.GammaG, "gamma_q": y.GammaQ, "eps": y.Eps, "time_unit_ns": y.TimeUnit, "photon_scale": y.PhotonScale})
	})

	TraceType.SetAttr("table", &s.Property{Name: "table", Get: s.NewBuiltin("table", "The lm.Table t_ns, gain, absorber, photons.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		return table.Wrap(traceSelf(args).T)
	})})
	TraceType.SetAttr("spikes_ns", &s.Property{Name: "spikes_ns", Get: s.NewBuiltin("spikes_ns", "Spike onset times [ns], an Array.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		sp := traceSelf(args).Spikes
		return lumen.FromSlice(append([]float64{}, sp...), len(sp))
	})})
	TraceType.SetAttr("rate_per_ns", &s.Property{Name: "rate_per_ns", Get: s.NewBuiltin("rate_per_ns", "Spikes per ns over the run.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		t := traceSelf(args)
		return s.Float(float64(len(t.Spikes)) / t.Dur)
	})})
	TraceType.SetAttr("columns", &s.Property{Name: "columns", Get: s.NewBuiltin("columns", "The table's column names.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		return s.FromGo(traceSelf(args).T.Columns())
	})})
	TraceType.SetAttr("__getitem__", &s.Builtin{Name: "__getitem__", Doc: "tr['photons'] is the column as an Array (as for the table).", Fn: func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		s.CheckArgs("__getitem__", args, 2, 2)
		return s.GetItem(th, table.Wrap(traceSelf(args).T), args[1])
	}})
	TraceType.SetAttr("__len__", &s.Builtin{Name: "__len__", Fn: func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		return s.Int(traceSelf(args).T.Len())
	}})
	TraceType.SetAttr("__repr__", &s.Builtin{Name: "__repr__", Fn: func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		t := traceSelf(args)
		return s.Str(fmt.Sprintf("nanolaser.Trace(%s ns, %d rows, %d spikes)", tbl.FormatFloat(t.Dur), t.T.Len(), len(t.Spikes)))
	}})
}
