// Package reservoir binds lib/reservoir as the script module lumen.reservoir
// (from lumen import reservoir): the large-area VCSEL reservoir, the optical
// neural network with its Boolean or ternary DMD readout and in-situ
// learning, the ridge-regression limit and the recognition tasks. It only
// binds; the physics lives in lib/reservoir.
package reservoir

import (
	"fmt"
	"html"
	"math"

	"github.com/lumenlab/lumen/lib/array"
	lp "github.com/lumenlab/lumen/lib/plot"
	lr "github.com/lumenlab/lumen/lib/reservoir"
	"github.com/lumenlab/lumen/lib/rng"
	tbl "github.com/lumenlab/lumen/lib/table"
	s "github.com/lumenlab/lumen/scripting"
	"github.com/lumenlab/lumen/scripting/modules/lumen"
	"github.com/lumenlab/lumen/scripting/modules/plot"
	"github.com/lumenlab/lumen/scripting/modules/table"
)

func init() { s.RegisterModule("lumen.reservoir", newModule) }

// VCSEL is the script object around a *reservoir.VCSEL.
type VCSEL struct{ V *lr.VCSEL }

// ONN is the script object around a *reservoir.ONN; it remembers the last
// task trained on (for monitor) and the last history.
type ONN struct {
	O       *lr.ONN
	dev     *VCSEL
	src     *rng.Source
	calls   uint64
	task    *lr.Task
	history *tbl.Table
	result  string
}

const vcselSig = `(*, neurons=450, modes=256, oversample=2, input_side=32, diffusion=1.5, injection=0.05, off=False, noise=0.0, drift=None, seed=None, pump=1.2, alpha_h=3.0, detuning=0.2, loss=1.0, gain_compression=0.1, max_net_gain=-0.15, diffraction=0.0, beam_waist=1.2, offset=0.0, offset2=None, frame_rate_hz=22727.0, damping=0.5, tol=1e-6, max_iter=2000)`

// VCSELType is reservoir.VCSEL in scripts.
var VCSELType = func() *s.Type {
	t := s.NewType("VCSEL", s.ObjectType, `VCSEL`+vcselSig+`

The input DMD → multimode fibre → injection-locked large-area VCSEL → output
DMD chain of Skalli et al. (Commun. Phys. 2025): the reservoir.

neurons: target number of output super-pixels inside the circular aperture
(the exact count is .neurons). modes: fibre modes. oversample: VCSEL grid
cells per super-pixel side (the grid side is .grid). input_side: DMD region
(images are resized onto it). diffusion: carrier-diffusion length in grid
cells (0: no diffusion); injection: mean injected intensity; pump: in units
of threshold; alpha_h: Henry factor; detuning: rad per round trip;
gain_compression: ε; diffraction: global coupling θ (0: none). Every
argument is taken as given: an explicit 0 is honoured where 0 is allowed. off=True is the "VCSEL off" system (fibre speckle and
|E|² only). noise, offset, offset2: detector noise and offsets relative to the
reference exposure. drift: None (none), True (default slow drifts),
"controlled" (with the PID temperature control) or a dict of drift
parameters (fibre_phase_std, fibre_tau_s, ambient_std_k, ambient_tau_s,
thermal_tau_s, detune_per_k, gain_per_k, power_std, power_tau_s, control,
kp, ki, kd). seed: the fibre matrix and drifts (None: from lm.seed).
Equations and sources: docs/reservoir.md. Methods: features.`)
	t.Module = "lumen.reservoir"
	return t
}()

// ONNType is reservoir.ONN in scripts.
var ONNType = func() *s.Type {
	t := s.NewType("ONN", s.ObjectType, `ONN(vcsel, *, readout="ternary", detectors=1)

The optical neural network: the VCSEL reservoir with a trainable output DMD.
readout "ternary" (W = W⁺ − W⁻ ∈ {−1, 0, +1}, two exposures, or two detectors
with detectors=2) or "boolean" (W ∈ {0, 1}, one detector).

Methods: train (in situ), evaluate, measure, monitor (long-term drift).
Attributes: weights (assignable), inference_rate, history, vcsel.`)
	t.Module = "lumen.reservoir"
	return t
}()

func (*VCSEL) PyType() *s.Type { return VCSELType }
func (*ONN) PyType() *s.Type   { return ONNType }

func (o *ONN) stream() *rng.Source {
	src := o.src.Split(o.calls)
	o.calls++
	return src
}

// finiteArg reads a float that may be any finite number (0 included).
func finiteArg(fn, name string, o s.Object, def float64, what string) float64 {
	v := floatArg(fn, name, o, def)
	if math.IsNaN(v) || math.IsInf(v, 0) {
		s.Raise(s.ValueErrorType, "%s(): argument '%s' = %g not allowed: must be a finite number (%s)", fn, name, v, what)
	}
	return v
}

func driftArg(th *s.Thread, fn string, o s.Object) *lr.Drift {
	if !given(o) {
		return nil
	}
	switch v := o.(type) {
	case s.Bool:
		if !bool(v) {
			return nil
		}
		return &lr.Drift{}
	case s.Str:
		if v == "controlled" {
			return &lr.Drift{Control: true}
		}
		if v == "free" {
			return &lr.Drift{}
		}
		s.Raise(s.ValueErrorType, "%s(): argument 'drift' = %q not allowed: use None, True, \"free\", \"controlled\" or a dict", fn, string(v))
	case *s.Dict:
		d := &lr.Drift{}
		fields := map[string]*float64{
			"fibre_phase_std": &d.FibrePhaseStd, "fibre_tau_s": &d.FibreTau, "ambient_std_k": &d.AmbientStd,
			"ambient_tau_s": &d.AmbientTau, "thermal_tau_s": &d.ThermalTau, "detune_per_k": &d.DetunePerK,
			"gain_per_k": &d.GainPerK, "power_std": &d.PowerStd, "power_tau_s": &d.PowerTau,
			"kp": &d.Kp, "ki": &d.Ki, "kd": &d.Kd,
		}
		v.Items(func(k, val s.Object) {
			key, ok := k.(s.Str)
			if !ok {
				s.Raise(s.TypeErrorType, "%s(): argument 'drift' keys must be str, not %s", fn, s.TypeNameOf(k))
			}
			if key == "control" {
				d.Control = s.Truth(th, val)
				return
			}
			p, ok := fields[string(key)]
			if !ok {
				s.Raise(s.ValueErrorType, "%s(): argument 'drift' has unknown key %q: use fibre_phase_std, fibre_tau_s, ambient_std_k, ambient_tau_s, thermal_tau_s, detune_per_k, gain_per_k, power_std, power_tau_s, control, kp, ki, kd (a negative value switches a process off)", fn, string(key))
			}
			*p = floatArg(fn, "drift['"+string(key)+"']", val, 0)
		})
		return d
	}
	s.Raise(s.TypeErrorType, "%s(): argument 'drift' must be None, a bool, a str or a dict, not %s", fn, s.TypeNameOf(o))
	return nil
}

func newVCSEL(th *s.Thread, cls *s.Type, args []s.Object, kw s.Kwargs) s.Object {
	const fn = "VCSEL"
	p := s.Args(fn, args, kw, "*", "neurons?", "modes?", "oversample?", "input_side?", "diffusion?", "injection?", "off?", "noise?", "drift?", "seed?",
		"pump?", "alpha_h?", "detuning?", "loss?", "gain_compression?", "max_net_gain?", "diffraction?", "beam_waist?", "offset?", "offset2?",
		"frame_rate_hz?", "damping?", "tol?", "max_iter?")
	// DefaultConfig: every argument is taken as given, explicit zeros
	// (diffusion=0, alpha_h=0, detuning=0, gain_compression=0) included.
	c := lr.DefaultConfig()
	c.Neurons = intArg(fn, "neurons", p[0], c.Neurons)
	c.Modes = intArg(fn, "modes", p[1], c.Modes)
	c.Oversample = intArg(fn, "oversample", p[2], c.Oversample)
	c.InputSide = intArg(fn, "input_side", p[3], c.InputSide)
	c.Off = p[6] != nil && s.Truth(th, p[6])
	c.Drift = driftArg(th, fn, p[8])
	for _, r := range []struct {
		name   string
		v      int
		lo, hi int
	}{{"neurons", c.Neurons, 4, 1 << 16}, {"modes", c.Modes, 1, 1 << 16}, {"oversample", c.Oversample, 1, 16}, {"input_side", c.InputSide, 2, 4096}} {
		if r.v < r.lo || r.v > r.hi {
			s.Raise(s.ValueErrorType, "%s(): argument '%s' = %d not allowed: use %d..%d", fn, r.name, r.v, r.lo, r.hi)
		}
	}
	c.Diffusion = rangeArg(fn, "diffusion", p[4], c.Diffusion, 0, 1000)
	c.Injection = positive(fn, "injection", floatArg(fn, "injection", p[5], c.Injection))
	c.Noise = rangeArg(fn, "noise", p[7], 0, 0, 1e6)
	c.Seed = seedArg(th, fn, p[9]).Uint64()
	c.Pump = positive(fn, "pump", floatArg(fn, "pump", p[10], c.Pump))
	c.Alpha = finiteArg(fn, "alpha_h", p[11], c.Alpha, "the Henry factor; 0 allowed")
	c.Detuning = finiteArg(fn, "detuning", p[12], c.Detuning, "rad per round trip; 0 allowed")
	c.Loss = positive(fn, "loss", floatArg(fn, "loss", p[13], c.Loss))
	c.GainCompression = rangeArg(fn, "gain_compression", p[14], c.GainCompression, 0, 1e6)
	c.MaxNetGain = floatArg(fn, "max_net_gain", p[15], c.MaxNetGain)
	if !(c.MaxNetGain < 0) {
		s.Raise(s.ValueErrorType, "%s(): argument 'max_net_gain' = %g not allowed: must be < 0 (below the round-trip lasing condition)", fn, c.MaxNetGain)
	}
	c.Diffraction = finiteArg(fn, "diffraction", p[16], 0, "global-coupling phase; 0: none")
	c.BeamWaist = finiteArg(fn, "beam_waist", p[17], c.BeamWaist, "> 0 Gaussian, < 0 flat")
	if c.BeamWaist == 0 {
		s.Raise(s.ValueErrorType, "%s(): argument 'beam_waist' = 0 not allowed: use > 0 (Gaussian 1/e² radius in DMD half-sides) or < 0 (flat beam)", fn)
	}
	c.Offset = finiteArg(fn, "offset", p[18], 0, "relative to the reference exposure")
	c.Offset2 = finiteArg(fn, "offset2", p[19], c.Offset, "relative to the reference exposure; default: offset")
	c.FrameRate = positive(fn, "frame_rate_hz", floatArg(fn, "frame_rate_hz", p[20], c.FrameRate))
	c.Damping = rangeArg(fn, "damping", p[21], c.Damping, 1e-6, 1)
	c.Tol = positive(fn, "tol", floatArg(fn, "tol", p[22], c.Tol))
	c.MaxIter = intArg(fn, "max_iter", p[23], c.MaxIter)
	if c.MaxIter < 1 {
		s.Raise(s.ValueErrorType, "%s(): argument 'max_iter' = %d not allowed: must be ≥ 1", fn, c.MaxIter)
	}
	v, err := lr.New(c)
	check(th, fn, err)
	return &VCSEL{V: v}
}

func positive(fn, name string, v float64) float64 {
	if !(v > 0) {
		s.Raise(s.ValueErrorType, "%s(): argument '%s' = %g not allowed: must be > 0", fn, name, v)
	}
	return v
}

func (v *VCSEL) repr() string {
	c := v.V.Config()
	drift := "None"
	if c.Drift != nil {
		drift = "free"
		if c.Drift.Control {
			drift = "controlled"
		}
	}
	off := ""
	if c.Off {
		off = ", off=True"
	}
	return fmt.Sprintf("reservoir.VCSEL(neurons=%d, grid=%d, modes=%d, diffusion=%s, injection=%s, noise=%s, drift=%s%s)",
		v.V.Neurons(), v.V.Grid(), c.Modes, tbl.FormatFloat(c.Diffusion), tbl.FormatFloat(c.Injection), tbl.FormatFloat(c.Noise), drift, off)
}

func vcselArg(fn, name string, o s.Object) *VCSEL {
	switch v := o.(type) {
	case *VCSEL:
		return v
	case *ONN:
		return v.dev
	}
	s.Raise(s.TypeErrorType, "%s(): argument '%s' must be a reservoir.VCSEL (or ONN), not %s", fn, name, s.TypeNameOf(o))
	return nil
}

// imagesArg reads n images: an Array (n, w·h) or (n, h, w), with w·h given
// by side (square) unless 3-D.
func imagesArg(th *s.Thread, fn string, o s.Object) (data []float64, n, w, h int) {
	a := lumen.ToArray(th, fn, "images", o)
	sh := a.Shape()
	switch len(sh) {
	case 3:
		n, h, w = sh[0], sh[1], sh[2]
	case 2:
		n = sh[0]
		side := int(math.Round(math.Sqrt(float64(sh[1]))))
		if side*side != sh[1] {
			s.Raise(s.ValueErrorType, "%s(): argument 'images' rows of %d pixels are not square images: pass shape (n, height, width)", fn, sh[1])
		}
		w, h = side, side
	default:
		s.Raise(s.ValueErrorType, "%s(): argument 'images' must have shape (n, pixels) or (n, height, width), got %s", fn, array.ShapeString(sh))
	}
	if n < 1 || w < 1 || h < 1 {
		s.Raise(s.ValueErrorType, "%s(): argument 'images' is empty", fn)
	}
	return append([]float64(nil), a.Contiguous().Data()...), n, w, h
}

func scoresDict(sc lr.Scores) *s.Dict {
	d := s.NewDict()
	d.SetStr("accuracy", s.Float(sc.Accuracy))
	d.SetStr("nmse", s.Float(sc.NMSE))
	d.SetStr("ser", s.Float(sc.SER))
	return d
}

func onnSelf(args []s.Object) *ONN {
	if len(args) > 0 {
		if o, ok := args[0].(*ONN); ok {
			return o
		}
	}
	s.Raise(s.TypeErrorType, "descriptor requires a 'reservoir.ONN' object")
	return nil
}

func onnMethod(name, sig, doc string, fn func(th *s.Thread, o *ONN, args []s.Object, kw s.Kwargs) s.Object) {
	ONNType.SetAttr(name, &s.Builtin{Name: name, Sig: sig, Doc: doc, Fn: func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		return fn(th, onnSelf(args), args[1:], kw)
	}})
}

func onnProperty(name, doc string, get func(o *ONN) s.Object, set func(th *s.Thread, o *ONN, v s.Object)) {
	p := &s.Property{Name: name, Doc: s.Str(doc), Get: s.NewBuiltin(name, doc, func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		return get(onnSelf(args))
	})}
	if set != nil {
		p.Set = s.NewBuiltin(name, doc, func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			set(th, onnSelf(args), args[1])
			return s.None
		})
	}
	ONNType.SetAttr(name, p)
}

func newONN(th *s.Thread, cls *s.Type, args []s.Object, kw s.Kwargs) s.Object {
	const fn = "ONN"
	p := s.Args(fn, args, kw, "vcsel", "*", "readout?", "detectors?")
	v, ok := p[0].(*VCSEL)
	if !ok {
		s.Raise(s.TypeErrorType, "%s(): argument 'vcsel' must be a reservoir.VCSEL, not %s", fn, s.TypeNameOf(p[0]))
	}
	var r lr.Readout
	switch ro := strArg(fn, "readout", p[1], "ternary"); ro {
	case "ternary":
		r = lr.Ternary
	case "boolean":
		r = lr.Boolean
	default:
		s.Raise(s.ValueErrorType, "%s(): argument 'readout' = %q not allowed: use \"ternary\" or \"boolean\"", fn, ro)
	}
	det := intArg(fn, "detectors", p[2], 1)
	if det != 1 && det != 2 {
		s.Raise(s.ValueErrorType, "%s(): argument 'detectors' = %d not allowed: use 1 (ternary by two sequential exposures) or 2 (two detectors in parallel)", fn, det)
	}
	o, err := lr.NewONN(v.V, r, det)
	check(th, fn, err)
	return &ONN{O: o, dev: v, src: lumen.Stream(th)}
}

func (o *ONN) train(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
	const fn = "ONN.train"
	p := s.Args(fn, args, kw, "task", "*", "epochs", "alpha?", "rule?", "live?", "progress?", "patience?", "target_nmse?", "k_norm?", "keep_init?", "seed?")
	task := taskArg(fn, p[0])
	opt := lr.TrainOptions{Epochs: intArg(fn, "epochs", p[1], 0)}
	if opt.Epochs < 1 || opt.Epochs > 1<<30 {
		s.Raise(s.ValueErrorType, "%s(): argument 'epochs' = %d not allowed: must be ≥ 1", fn, opt.Epochs)
	}
	opt.Alpha = floatArg(fn, "alpha", p[2], 0.01)
	if !(opt.Alpha > 0) {
		s.Raise(s.ValueErrorType, "%s(): argument 'alpha' = %g not allowed: must be > 0 (use rule=\"single\" for one flip per epoch)", fn, opt.Alpha)
	}
	switch r := strArg(fn, "rule", p[3], "adaptive"); r {
	case "adaptive":
		opt.Rule = lr.Adaptive
	case "single":
		opt.Rule = lr.Single
	default:
		s.Raise(s.ValueErrorType, "%s(): argument 'rule' = %q not allowed: use \"adaptive\" (Skalli et al.: ⌈α·NMSE·N⌉ changes per epoch) or \"single\" (Bueno et al.: one)", fn, r)
	}
	opt.Patience = intArg(fn, "patience", p[6], 0)
	if opt.Patience < 0 {
		s.Raise(s.ValueErrorType, "%s(): argument 'patience' = %d not allowed: must be ≥ 0 (0: never stop early)", fn, opt.Patience)
	}
	opt.TargetNMSE = rangeArg(fn, "target_nmse", p[7], 0, 0, 4)
	switch k := strArg(fn, "k_norm", p[8], "absolute"); k {
	case "absolute":
		opt.KNorm = lr.KAbsolute
	case "relative":
		opt.KNorm = lr.KRelative
	default:
		s.Raise(s.ValueErrorType, "%s(): argument 'k_norm' = %q not allowed: use \"absolute\" or \"relative\"", fn, k)
	}
	opt.KeepInit = p[9] != nil && s.Truth(th, p[9])
	if given(p[10]) {
		opt.Seed = seedArg(th, fn, p[10]).Uint64()
	} else {
		opt.Seed = o.stream().Uint64()
	}
	hist := tbl.New()
	for _, c := range []string{"epoch", "k", "accepted", "nmse", "trial_nmse", "accuracy"} {
		lumen.Check(hist.AddFloat(c, nil))
	}
	o.history = hist
	bar := lumen.OptionalBar(th, p[5] != nil && s.Truth(th, p[5]), opt.Epochs, "train")
	var live *plot.Live
	if p[4] != nil && s.Truth(th, p[4]) && th.Interp().Options().Display != nil {
		live = plot.NewLiveChart(lp.Options{Title: "in-situ training: " + task.Name, XLabel: "epoch", YLabel: "NMSE", Series: []string{"NMSE (kept)", "training accuracy"}})
	}
	opt.Progress = func(e lr.Epoch) {
		acc := 0.0
		if e.Accepted {
			acc = 1
		}
		lumen.Check(hist.AppendRow(float64(e.Epoch), float64(e.K), acc, e.NMSE, e.Trial, e.Accuracy))
		bar.Add(1)
		if live != nil {
			live.Add(th, float64(e.Epoch), e.NMSE, e.Accuracy)
		}
	}
	h, err := o.O.Train(th.Ctx, task, opt)
	bar.Close()
	if live != nil {
		live.Finish(th)
	}
	o.task = task
	if h != nil {
		o.result = h.Stopped
	}
	check(th, fn, err)
	return table.Wrap(hist)
}

func init() {
	VCSELType.New = newVCSEL
	ONNType.New = newONN
	VCSELType.SetAttr("__repr__", &s.Builtin{Name: "__repr__", Fn: func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		return s.Str(args[0].(*VCSEL).repr())
	}})
	VCSELType.SetAttr("features", &s.Builtin{Name: "features", Sig: "(images)",
		Doc: "The noise-free neuron intensities for Boolean images (shape (n, pixels) of square images, or (n, height, width)): an Array n × neurons.",
		Fn: func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "VCSEL.features"
			v := vcselArg(fn, "self", args[0])
			p := s.Args(fn, args[1:], kw, "images")
			x, n, w, h := imagesArg(th, fn, p[0])
			f, err := v.V.Features(x, n, w, h)
			check(th, fn, err)
			return copyArray(f, n, v.V.Neurons())
		}})
	vprop := func(name, doc string, get func(v *lr.VCSEL) s.Object) {
		VCSELType.SetAttr(name, &s.Property{Name: name, Doc: s.Str(doc), Get: s.NewBuiltin(name, doc, func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			return get(vcselArg("VCSEL."+name, "self", args[0]).V)
		})})
	}
	vprop("neurons", "The number of output neurons (super-pixels inside the aperture).", func(v *lr.VCSEL) s.Object { return s.Int(v.Neurons()) })
	vprop("grid", "The VCSEL grid side in cells.", func(v *lr.VCSEL) s.Object { return s.Int(v.Grid()) })
	vprop("off", "True for the \"VCSEL off\" system.", func(v *lr.VCSEL) s.Object { return s.BoolOf(v.Config().Off) })
	vprop("drift_state", "The drift clock now: a dict hours, temp_k, power, phase_rms_rad (None without drift).", func(v *lr.VCSEL) s.Object {
		if v.Config().Drift == nil {
			return s.None
		}
		t, temp, power, ph := v.DriftNow()
		d := s.NewDict()
		d.SetStr("hours", s.Float(t/3600))
		d.SetStr("temp_k", s.Float(temp))
		d.SetStr("power", s.Float(power))
		d.SetStr("phase_rms_rad", s.Float(ph))
		return d
	})
	vprop("solve_stats", "The last steady-state solve: a dict images, max_iterations, mean_iterations, not_converged, max_residual.", func(v *lr.VCSEL) s.Object {
		st := v.LastStats()
		return s.FromGo(map[string]any{"images": st.Images, "max_iterations": st.MaxIter, "mean_iterations": st.MeanIter, "not_converged": st.NotConverged, "max_residual": st.MaxResidual})
	})

	onnMethod("train", `(task, *, epochs, alpha=0.01, rule="adaptive", live=False, progress=False, patience=0, target_nmse=0.0, k_norm="absolute", keep_init=False, seed=None)`,
		`In-situ training on the task's training sequence; returns the history, a Table with one row per epoch: epoch, k (weights changed), accepted (1/0), nmse (of the kept weights), trial_nmse, accuracy (training).

rule "adaptive" (Skalli et al.): k = ⌈α·NMSE·N⌉ weights changed per epoch (α → 0 is the single flip); "single" (Bueno et al. 2018): one. A change is kept only if the NMSE falls. Starts from random weights (keep_init=True keeps the current ones). Early stopping: patience epochs without improvement, or target_nmse. k_norm "relative" divides the NMSE in k by the initial one. live=True draws the NMSE curve in a notebook, updated in place; progress=True shows lm.progress. An interrupt stops after the current epoch keeping the best weights (onn.history holds the finished epochs) and raises KeyboardInterrupt. seed: proposals and detector noise (None: from lm.seed).`,
		func(th *s.Thread, o *ONN, args []s.Object, kw s.Kwargs) s.Object { return o.train(th, args, kw) })
	onnMethod("evaluate", "(task)", "Scores on the task's test sequence with the trained weights and the training calibration: a dict accuracy, nmse, ser (symbol error rate = 1 − accuracy).",
		func(th *s.Thread, o *ONN, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "ONN.evaluate"
			p := s.Args(fn, args, kw, "task")
			sc, err := o.O.Evaluate(taskArg(fn, p[0]))
			check(th, fn, err)
			return scoresDict(sc)
		})
	onnMethod("measure", "(images)", "The raw detector outputs (with noise and offsets) for Boolean images with the current weights: an Array of one value per image.",
		func(th *s.Thread, o *ONN, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "ONN.measure"
			p := s.Args(fn, args, kw, "images")
			x, n, w, h := imagesArg(th, fn, p[0])
			y, err := o.O.Measure(x, n, w, h)
			check(th, fn, err)
			return copyArray(y, len(y))
		})
	onnMethod("monitor", "(hours, *, every_s=10, task=None)",
		`Long-term stability: weights frozen, the drift clock advancing, the task's test sequence (default: the last task trained on) measured every every_s seconds for hours. Returns a Table: hours, consistency (Pearson correlation of each response sequence with the first), nmse, accuracy, temp_k (VCSEL temperature deviation), phase_rms_rad (fibre). Needs VCSEL(drift=...). An interrupt stops between measurements.`,
		func(th *s.Thread, o *ONN, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "ONN.monitor"
			p := s.Args(fn, args, kw, "hours", "*", "every_s?", "task?")
			hours := positive(fn, "hours", floatArg(fn, "hours", p[0], 0))
			every := positive(fn, "every_s", floatArg(fn, "every_s", p[1], 10))
			task := o.task
			if given(p[2]) {
				task = taskArg(fn, p[2])
			}
			if task == nil {
				s.Raise(s.ValueErrorType, "%s(): no task: train first or pass task=", fn)
			}
			if o.dev.V.Config().Drift == nil {
				s.Raise(s.ValueErrorType, "%s(): the VCSEL has no drift: make it with reservoir.VCSEL(drift=True) or drift=\"controlled\"", fn)
			}
			if hours*3600/every > 1e6 {
				s.Raise(s.ValueErrorType, "%s(): %g hours every %g s is more than 10⁶ measurements: raise every_s", fn, hours, every)
			}
			pts, err := o.O.Monitor(th.Ctx, task, hours, every)
			check(th, fn, err)
			cols := make([][]float64, 6)
			for _, pt := range pts {
				for k, v := range []float64{pt.Hours, pt.Consistency, pt.NMSE, pt.Accuracy, pt.TempK, pt.PhaseRMS} {
					cols[k] = append(cols[k], v)
				}
			}
			return table.Wrap(table.FromColumns([]string{"hours", "consistency", "nmse", "accuracy", "temp_k", "phase_rms_rad"}, cols))
		})
	onnMethod("__repr__", "()", "", func(th *s.Thread, o *ONN, args []s.Object, kw s.Kwargs) s.Object {
		return s.Str(fmt.Sprintf("reservoir.ONN(readout='%s', detectors=%d, neurons=%d)", o.O.Readout, o.O.Detectors, len(o.O.W)))
	})
	onnMethod("_repr_html_", "()", "The network as an HTML summary.", func(th *s.Thread, o *ONN, args []s.Object, kw s.Kwargs) s.Object {
		return s.Str(o.html())
	})
	onnProperty("weights", "The output DMD weights, an Array of one value per neuron (−1/0/+1 ternary, 0/1 Boolean); assign an array of that length to display other weights.",
		func(o *ONN) s.Object {
			w := make([]float64, len(o.O.W))
			for i, v := range o.O.W {
				w[i] = float64(v)
			}
			return copyArray(w, len(w))
		},
		func(th *s.Thread, o *ONN, v s.Object) {
			a := lumen.ToArray(th, "ONN.weights", "value", v)
			if a.Ndim() != 1 || a.Size() != len(o.O.W) {
				s.Raise(s.ValueErrorType, "ONN.weights must have shape (%d,), got %s", len(o.O.W), array.ShapeString(a.Shape()))
			}
			lo := -1.0
			if o.O.Readout == lr.Boolean {
				lo = 0
			}
			w := make([]int8, len(o.O.W))
			for i, x := range a.Contiguous().Data() {
				if x != math.Trunc(x) || x < lo || x > 1 {
					s.Raise(s.ValueErrorType, "ONN.weights holds %g: %s weights must be in {%g..1}", x, o.O.Readout, lo)
				}
				w[i] = int8(x)
			}
			copy(o.O.W, w)
		})
	onnProperty("inference_rate", "Images per second: the DMD frame rate (Boolean, or ternary with two detectors) or half of it (ternary, two sequential exposures).",
		func(o *ONN) s.Object { return s.Float(o.O.InferenceRate()) }, nil)
	onnProperty("readout", `"ternary" or "boolean".`, func(o *ONN) s.Object { return s.Str(o.O.Readout.String()) }, nil)
	onnProperty("vcsel", "The reservoir.", func(o *ONN) s.Object { return o.dev }, nil)
	onnProperty("history", "The Table of the last train() (None before any).", func(o *ONN) s.Object {
		if o.history == nil {
			return s.None
		}
		return table.Wrap(o.history)
	}, nil)
	onnProperty("stopped", `Why the last train() ended: "epochs", "patience", "target" or "cancelled" (None before any).`, func(o *ONN) s.Object {
		if o.result == "" {
			return s.None
		}
		return s.Str(o.result)
	}, nil)
}

func (o *ONN) html() string {
	n := [3]int{}
	for _, w := range o.O.W {
		n[w+1]++
	}
	last := ""
	if o.history != nil && o.history.Len() > 0 {
		c, _ := o.history.Column("nmse")
		a, _ := o.history.Column("accuracy")
		last = fmt.Sprintf("; trained %d epochs on %s, NMSE %s, accuracy %s", o.history.Len(), html.EscapeString(o.task.Name),
			tbl.FormatFloat(c.Floats[len(c.Floats)-1]), tbl.FormatFloat(a.Floats[len(a.Floats)-1]))
	}
	return fmt.Sprintf(`<div class="lumen-onn"><b>reservoir.ONN</b> %s readout, %d detector(s), %d neurons (weights −1: %d, 0: %d, +1: %d), %s images/s%s<br><small>%s</small></div>`,
		o.O.Readout, o.O.Detectors, len(o.O.W), n[0], n[1], n[2], tbl.FormatFloat(o.O.InferenceRate()), last, html.EscapeString(o.dev.repr()))
}

func newModule(in *s.Interp) *s.Module {
	m := s.NewModule("lumen.reservoir", `The large-area VCSEL reservoir with a Boolean or ternary DMD readout, trained in situ.

task = reservoir.headers(4, target=5)
onn = reservoir.ONN(reservoir.VCSEL(neurons=450), readout="ternary")
h = onn.train(task, epochs=500)          # a Table: epoch, k, accepted, nmse, …
onn.evaluate(task)                       # {"accuracy": …, "nmse": …, "ser": …}
reservoir.ridge_baseline(task, vcsel=onn.vcsel)

Model equations and sources: docs/reservoir.md.`)
	m.Set("VCSEL", VCSELType)
	m.Set("ONN", ONNType)
	AddTasks(m)
	m.AddFunc("ridge_baseline", `(task, *, features="reservoir", alpha=None, vcsel=None)`,
		`The digital linear limit: ridge regression on the task's training sequence, scored on train and test. features "reservoir" uses vcsel's noise-free neuron intensities (vcsel required: a VCSEL or an ONN), "raw" the image pixels. alpha is relative: the penalty is alpha·tr(XᵀX)/p on centred features; None (default) chooses it from 1e-4 … 10 (half-decades) by 5-fold cross-validation on the training sequence, identical images in one fold. Returns a dict: accuracy, nmse, ser (test), train_accuracy, train_nmse, train_ser, alpha (the penalty used), cv_accuracy (its cross-validated training accuracy; 0 when alpha was given), weights (an Array: one per feature, then the bias).`,
		func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "ridge_baseline"
			p := s.Args(fn, args, kw, "task", "*", "features?", "alpha?", "vcsel?")
			task := taskArg(fn, p[0])
			feat := strArg(fn, "features", p[1], "reservoir")
			if feat != "reservoir" && feat != "raw" {
				s.Raise(s.ValueErrorType, "%s(): argument 'features' = %q not allowed: use \"reservoir\" or \"raw\"", fn, feat)
			}
			alpha := 0.0 // cross-validated
			if given(p[2]) {
				alpha = positive(fn, "alpha", floatArg(fn, "alpha", p[2], 0))
			}
			var dev *lr.VCSEL
			if given(p[3]) {
				dev = vcselArg(fn, "vcsel", p[3]).V
			} else if feat == "reservoir" {
				s.Raise(s.TypeErrorType, "%s(): features=\"reservoir\" needs argument 'vcsel' (a reservoir.VCSEL or ONN)", fn)
			}
			r, err := lr.Ridge(task, dev, feat, alpha)
			check(th, fn, err)
			d := scoresDict(r.Test)
			d.SetStr("train_accuracy", s.Float(r.Train.Accuracy))
			d.SetStr("train_nmse", s.Float(r.Train.NMSE))
			d.SetStr("train_ser", s.Float(r.Train.SER))
			d.SetStr("alpha", s.Float(r.Lambda))
			d.SetStr("cv_accuracy", s.Float(r.CVAccuracy))
			d.SetStr("weights", copyArray(r.Weights, len(r.Weights)))
			return d
		})
	return m
}
