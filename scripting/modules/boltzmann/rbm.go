package boltzmann

import (
	"errors"
	"fmt"
	"html"
	"math"
	"strings"

	lp "github.com/lumenlab/lumen/lib/plot"

	bz "github.com/lumenlab/lumen/lib/boltzmann"
	"github.com/lumenlab/lumen/lib/rng"
	tbl "github.com/lumenlab/lumen/lib/table"
	s "github.com/lumenlab/lumen/scripting"
	"github.com/lumenlab/lumen/scripting/modules/lumen"
	"github.com/lumenlab/lumen/scripting/modules/plot"
	"github.com/lumenlab/lumen/scripting/modules/table"
)

// RBM is the script object around a *boltzmann.RBM. Its random draws come
// from its own stream: Split(k) of the seed's (or lm's) stream for the k-th
// call, so a seed fixes the model's whole history.
type RBM struct {
	M       *bz.RBM
	src     *rng.Source
	calls   uint64
	epochs  int
	history *tbl.Table
}

// RBMType is boltzmann.RBM in scripts.
var RBMType = func() *s.Type {
	t := s.NewType("RBM", s.ObjectType, `RBM(n_visible, n_hidden, *, units="pm1", T=1.0, seed=None)

A restricted Boltzmann machine: visible and hidden layers coupled by W
(n_visible × n_hidden), visible biases a, hidden biases b, temperature T.
Energy E(v, h) = −vᵀWh − aᵀv − bᵀh, p(v, h) ∝ exp(−E/T).

units: "pm1" (±1 spins, the photonic papers' convention) or "01" (0/1).
W starts as N(0, 0.01²) (Hinton's initialisation), biases at zero.
seed: an int fixes the model's own random stream (initialisation, fitting,
sampling); None derives it from lm.seed.

Methods: fit, sample, log_likelihood, free_energy, convert, save.
Attributes: W, a, b (Arrays sharing the model's memory), n_visible,
n_hidden, units, T, history (the last fit's Table).`)
	t.Module = "lumen.boltzmann"
	return t
}()

func (*RBM) PyType() *s.Type { return RBMType }

// WrapRBM makes a script RBM of m, drawing from a stream of lm's root.
func WrapRBM(th *s.Thread, m *bz.RBM) s.Object {
	return &RBM{M: m, src: lumen.Stream(th), calls: 1}
}

func (r *RBM) stream() *rng.Source {
	src := r.src.Split(r.calls)
	r.calls++
	return src
}

func (r *RBM) MimeBundle(th *s.Thread) map[string]any {
	return map[string]any{"text/html": r.html()}
}

func (r *RBM) repr() string {
	return fmt.Sprintf("RBM(n_visible=%d, n_hidden=%d, units='%s', T=%s)", r.M.NVisible, r.M.NHidden, r.M.Units, tbl.FormatFloat(r.M.T))
}

func stats(x []float64) (mean, std, lo, hi float64) {
	if len(x) == 0 {
		return 0, 0, 0, 0
	}
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, v := range x {
		mean += v
		lo = math.Min(lo, v)
		hi = math.Max(hi, v)
	}
	mean /= float64(len(x))
	for _, v := range x {
		std += (v - mean) * (v - mean)
	}
	return mean, math.Sqrt(std / float64(len(x))), lo, hi
}

func (r *RBM) html() string {
	m := r.M
	var b strings.Builder
	b.WriteString(`<table class="lumen-model" style="border-collapse:collapse;font-size:smaller">`)
	fmt.Fprintf(&b, `<caption style="text-align:left"><b>RBM</b> %d visible × %d hidden, units %s, T = %s</caption>`, m.NVisible, m.NHidden, m.Units, tbl.FormatFloat(m.T))
	b.WriteString(`<tr><th style="text-align:left;padding:1px 6px">parameter</th><th>shape</th><th>mean</th><th>std</th><th>min</th><th>max</th></tr>`)
	for _, p := range []struct {
		name  string
		shape string
		v     []float64
	}{{"W", fmt.Sprintf("(%d, %d)", m.NVisible, m.NHidden), m.W}, {"a", fmt.Sprintf("(%d,)", m.NVisible), m.A}, {"b", fmt.Sprintf("(%d,)", m.NHidden), m.B}} {
		mean, std, lo, hi := stats(p.v)
		fmt.Fprintf(&b, `<tr><td style="padding:1px 6px">%s</td><td style="padding:1px 6px">%s</td>`, p.name, p.shape)
		for _, v := range []float64{mean, std, lo, hi} {
			fmt.Fprintf(&b, `<td style="text-align:right;padding:1px 6px">%s</td>`, html.EscapeString(tbl.FormatFloat(v)))
		}
		b.WriteString("</tr>")
	}
	fmt.Fprintf(&b, `<tr><td colspan="6" style="padding:1px 6px">%d parameters; %d epochs trained`, m.NVisible*m.NHidden+m.NVisible+m.NHidden, r.epochs)
	if r.history != nil && r.history.Len() > 0 {
		for _, name := range []string{"recon_error", "log_likelihood"} {
			if c, ok := r.history.Column(name); ok && !math.IsNaN(c.Floats[len(c.Floats)-1]) {
				fmt.Fprintf(&b, "; last %s %s", name, tbl.FormatFloat(c.Floats[len(c.Floats)-1]))
			}
		}
	}
	b.WriteString("</td></tr></table>")
	return b.String()
}

func rbmSelf(args []s.Object) *RBM {
	if len(args) > 0 {
		if r, ok := args[0].(*RBM); ok {
			return r
		}
	}
	s.Raise(s.TypeErrorType, "descriptor requires a 'boltzmann.RBM' object")
	return nil
}

func rbmMethod(name, sig, doc string, fn func(th *s.Thread, r *RBM, args []s.Object, kw s.Kwargs) s.Object) {
	RBMType.SetAttr(name, &s.Builtin{Name: name, Sig: sig, Doc: doc, Fn: func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		r := rbmSelf(args)
		return fn(th, r, args[1:], kw)
	}})
}

func rbmProperty(name, doc string, get func(r *RBM) s.Object, set func(th *s.Thread, r *RBM, v s.Object)) {
	p := &s.Property{Name: name, Doc: s.Str(doc), Get: s.NewBuiltin(name, doc, func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		return get(rbmSelf(args))
	})}
	if set != nil {
		p.Set = s.NewBuiltin(name, doc, func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			set(th, rbmSelf(args), args[1])
			return s.None
		})
	}
	RBMType.SetAttr(name, p)
}

// assign copies an array-like of the given shape into dst.
func assign(th *s.Thread, name string, dst []float64, v s.Object, shape ...int) {
	a := lumen.ToArray(th, "RBM."+name, "value", v)
	sh := a.Shape()
	ok := len(sh) == len(shape)
	for i := range shape {
		ok = ok && sh[i] == shape[i]
	}
	if !ok {
		want := fmt.Sprint(shape)
		s.Raise(s.ValueErrorType, "RBM.%s must have shape %s, got %v", name, want, sh)
	}
	src := a.Data()
	for _, x := range src {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			s.Raise(s.ValueErrorType, "RBM.%s must be finite, got %g", name, x)
		}
	}
	copy(dst, src)
}

func newRBM(th *s.Thread, cls *s.Type, args []s.Object, kw s.Kwargs) s.Object {
	const fn = "RBM"
	p := s.Args(fn, args, kw, "n_visible", "n_hidden", "*", "units?", "T?", "seed?")
	nv := intArg(fn, "n_visible", p[0], 0)
	nh := intArg(fn, "n_hidden", p[1], 0)
	units := unitsArg(fn, p[2])
	T := positive(fn, "T", floatArg(fn, "T", p[3], 1))
	if nv < 1 || nv > bz.MaxUnits {
		s.Raise(s.ValueErrorType, "RBM(): argument 'n_visible' = %d not allowed: use 1..%d", nv, bz.MaxUnits)
	}
	if nh < 1 || nh > bz.MaxUnits {
		s.Raise(s.ValueErrorType, "RBM(): argument 'n_hidden' = %d not allowed: use 1..%d", nh, bz.MaxUnits)
	}
	var src *rng.Source
	if given(p[4]) {
		b := s.BigOf(p[4])
		if b == nil {
			s.Raise(s.TypeErrorType, "RBM(): argument 'seed' must be int or None, not %s", s.TypeNameOf(p[4]))
		}
		if b.Sign() < 0 || b.BitLen() > 64 {
			s.Raise(s.ValueErrorType, "RBM(): argument 'seed' must be in [0, 2**64), got %s", b.String())
		}
		src = rng.New(b.Uint64())
	} else {
		src = lumen.Stream(th)
	}
	m, err := bz.NewRBM(nv, nh, units, src.Split(0))
	check(th, fn, err)
	m.T = T
	return &RBM{M: m, src: src, calls: 1}
}

// dtypeArg reads dtype= ("float64", the default, or "float32"): the
// precision of the digital sampler's matrix products.
func dtypeArg(fn string, o s.Object) bool {
	if !given(o) {
		return false
	}
	str, ok := o.(s.Str)
	if !ok {
		s.Raise(s.TypeErrorType, "%s(): argument 'dtype' must be str ('float64' or 'float32'), not %s", fn, s.TypeNameOf(o))
	}
	switch string(str) {
	case "float64":
		return false
	case "float32":
		return true
	}
	s.Raise(s.ValueErrorType, "%s(): argument 'dtype' = %q not allowed: use 'float64' or 'float32'", fn, string(str))
	return false
}

// errStop ends training when the callback asks for it (or raised).
var errStop = errors.New("boltzmann: training stopped by the callback")

func (r *RBM) fit(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
	const fn = "RBM.fit"
	p := s.Args(fn, args, kw, "data", "*", "epochs", "lr", "k?", "persistent?", "momentum?", "weight_decay?", "batch_size?", "callback?", "progress?", "sampler?", "shuffle?", "live?", "exact_ll_every?", "dtype?")
	m := r.M
	data, n := matrixArg(th, fn, "data", p[0], m.NVisible, false)
	checkUnits(fn, "data", data, m.Units)
	o := bz.TrainOptions{
		Epochs:      intArg(fn, "epochs", p[1], 0),
		LR:          floatArg(fn, "lr", p[2], 0),
		K:           intArg(fn, "k", p[3], 1),
		Persistent:  boolArg(th, p[4], false),
		Momentum:    floatArg(fn, "momentum", p[5], 0),
		WeightDecay: floatArg(fn, "weight_decay", p[6], 0),
		BatchSize:   intArg(fn, "batch_size", p[7], 20),
		Sampler:     SamplerArg(fn, p[10]),
		Shuffle:     boolArg(th, p[11], true),
		Rand:        r.stream(),
	}
	o.Float32 = dtypeArg(fn, p[14])
	if o.Epochs < 1 {
		s.Raise(s.ValueErrorType, "%s(): argument 'epochs' = %d not allowed: must be ≥ 1", fn, o.Epochs)
	}
	if !(o.LR > 0) || math.IsInf(o.LR, 0) {
		s.Raise(s.ValueErrorType, "%s(): argument 'lr' = %g not allowed: must be finite and > 0", fn, o.LR)
	}
	if o.K < 1 {
		s.Raise(s.ValueErrorType, "%s(): argument 'k' = %d not allowed: must be ≥ 1", fn, o.K)
	}
	if !(o.Momentum >= 0 && o.Momentum < 1) {
		s.Raise(s.ValueErrorType, "%s(): argument 'momentum' = %g not allowed: use [0, 1)", fn, o.Momentum)
	}
	if !(o.WeightDecay >= 0) || math.IsInf(o.WeightDecay, 0) {
		s.Raise(s.ValueErrorType, "%s(): argument 'weight_decay' = %g not allowed: must be finite and ≥ 0", fn, o.WeightDecay)
	}
	if o.BatchSize < 1 {
		s.Raise(s.ValueErrorType, "%s(): argument 'batch_size' = %d not allowed: must be ≥ 1", fn, o.BatchSize)
	}
	if o.BatchSize > n {
		o.BatchSize = n
	}
	small := min(m.NVisible, m.NHidden)
	o.PseudoLikelihood = true
	cost := float64(max(m.NVisible, m.NHidden)) * math.Exp2(float64(small))
	o.ExactLogLikelihood = small <= 16 && cost <= 4e7
	if given(p[13]) {
		every := intArg(fn, "exact_ll_every", p[13], 0)
		if every < 0 {
			s.Raise(s.ValueErrorType, "%s(): argument 'exact_ll_every' = %d not allowed: use 0 (never) or a number of epochs ≥ 1", fn, every)
		}
		if every == 0 {
			o.ExactLogLikelihood = false
		}
		o.ExactLogLikelihoodEvery = every
	} else if cost > 1<<20 {
		// enumerating the smaller layer takes milliseconds or more: about
		// 20 evaluations over the run (and always after the last epoch)
		o.ExactLogLikelihoodEvery = (o.Epochs + 19) / 20
	}
	callback := p[8]
	if given(callback) {
		switch callback.(type) {
		case *s.Function, *s.Builtin, *s.Method, *s.Type:
		default:
			if s.LookupSpecial(callback, "__call__") == nil {
				s.Raise(s.TypeErrorType, "%s(): argument 'callback' must be callable (callback(epoch, metrics)), not %s", fn, s.TypeNameOf(callback))
			}
		}
	} else {
		callback = nil
	}
	hist := tbl.New()
	cols := []string{"epoch", "lr", "recon_error", "pseudo_ll", "log_likelihood", "seconds"}
	for _, c := range cols {
		hist.AddFloat(c, nil)
	}
	prog := lumen.OptionalBar(th, boolArg(th, p[9], false), o.Epochs, "fit")
	var live *plot.Live
	if boolArg(th, p[12], false) && th.Interp().Options().Display != nil {
		live = plot.NewLiveChart(lp.Options{Title: "RBM training", XLabel: "epoch", YLabel: "value", Series: []string{"reconstruction error", "log-likelihood (exact, nats)"}})
	}
	var cbErr *s.Instance
	done := 0
	o.Callback = func(st bz.EpochStats) error {
		r.epochs++
		done++
		hist.AppendRow(float64(st.Epoch), st.LR, st.ReconError, st.PseudoLL, st.LogLik, st.Duration.Seconds())
		prog.Set(done)
		if live != nil {
			live.Add(th, float64(st.Epoch), st.ReconError, st.LogLik)
		}
		if callback == nil {
			return nil
		}
		metrics := s.NewDict()
		metrics.SetStr("lr", s.Float(st.LR))
		metrics.SetStr("recon_error", s.Float(st.ReconError))
		metrics.SetStr("pseudo_ll", s.Float(st.PseudoLL))
		metrics.SetStr("log_likelihood", s.Float(st.LogLik))
		metrics.SetStr("seconds", s.Float(st.Duration.Seconds()))
		var res s.Object
		if exc := th.Try(func() { res = s.Call(th, callback, []s.Object{s.Int(st.Epoch), metrics}, nil) }); exc != nil {
			cbErr = exc
			return errStop
		}
		if b, ok := res.(s.Bool); ok && !bool(b) {
			return errStop
		}
		return nil
	}
	_, err := m.Fit(th.Ctx, data, n, o)
	r.history = hist
	prog.Close()
	if live != nil && done > 0 {
		live.Finish(th)
	}
	if cbErr != nil {
		s.RaiseObj(cbErr)
	}
	if err != nil && !errors.Is(err, errStop) {
		check(th, fn, err)
	}
	return table.Wrap(hist)
}

// clampArg reads clamp=: a dict {visible index: value}, or an array of
// n_visible (or n × n_visible) values with NaN marking free units.
func clampArg(th *s.Thread, fn string, o s.Object, nv, n int) ([]bool, []float64) {
	if !given(o) {
		return nil, nil
	}
	mask := make([]bool, nv)
	if d, ok := o.(*s.Dict); ok {
		vals := make([]float64, nv)
		d.Items(func(k, v s.Object) {
			i := intArg(fn, "clamp", k, 0)
			if i < 0 {
				i += nv
			}
			if i < 0 || i >= nv {
				s.Raise(s.ValueErrorType, "%s(): argument 'clamp' has unit index %v: use 0..%d", fn, s.Repr(th, k), nv-1)
			}
			mask[i] = true
			vals[i] = floatArg(fn, "clamp", v, 0)
		})
		return mask, vals
	}
	a := lumen.ToArray(th, fn, "clamp", o)
	sh := a.Shape()
	vals := append([]float64(nil), a.Data()...)
	switch {
	case len(sh) == 1 && sh[0] == nv:
		for i, v := range vals {
			mask[i] = !math.IsNaN(v)
		}
	case len(sh) == 2 && sh[0] == n && sh[1] == nv:
		for i := 0; i < nv; i++ {
			mask[i] = !math.IsNaN(vals[i])
			for r := 1; r < n; r++ {
				if math.IsNaN(vals[r*nv+i]) == mask[i] {
					s.Raise(s.ValueErrorType, "%s(): argument 'clamp': every row must clamp the same units (NaN marks free units), row %d differs at unit %d", fn, r, i)
				}
			}
		}
	default:
		s.Raise(s.ValueErrorType, "%s(): argument 'clamp' must be a dict {unit: value} or an array of shape (%d,) or (%d, %d) with NaN for free units, got shape %v", fn, nv, n, nv, sh)
	}
	for k, v := range vals {
		if math.IsNaN(v) {
			vals[k] = 0
		}
	}
	return mask, vals
}

// scheduleArg reads anneal=: a sequence of temperatures, or a dict
// {"start": T0, "stop": T1, "steps": n, "kind": "geometric"|"linear"}.
func scheduleArg(th *s.Thread, fn, name string, o s.Object) []float64 {
	if !given(o) {
		return nil
	}
	if d, ok := o.(*s.Dict); ok {
		var start, stop float64
		steps := 0
		kind := "geometric"
		d.Items(func(k, v s.Object) {
			switch s.ToStr(th, k) {
			case "start":
				start = floatArg(fn, name+"['start']", v, 0)
			case "stop":
				stop = floatArg(fn, name+"['stop']", v, 0)
			case "steps":
				steps = intArg(fn, name+"['steps']", v, 0)
			case "kind":
				kind = strArg(fn, name+"['kind']", v, "geometric")
			default:
				s.Raise(s.ValueErrorType, "%s(): argument '%s' has unknown key %s: use 'start', 'stop', 'steps', 'kind'", fn, name, s.Repr(th, k))
			}
		})
		var t []float64
		var err error
		switch kind {
		case "geometric":
			t, err = bz.GeometricSchedule(start, stop, steps)
		case "linear":
			t, err = bz.LinearSchedule(start, stop, steps)
		default:
			s.Raise(s.ValueErrorType, "%s(): argument '%s': kind %q not allowed: use 'geometric' or 'linear'", fn, name, kind)
		}
		if err != nil {
			s.Raise(s.ValueErrorType, "%s(): argument '%s': %s", fn, name, strip(err.Error()))
		}
		return t
	}
	t := vectorArg(th, fn, name, o, -1)
	if len(t) == 0 {
		s.Raise(s.ValueErrorType, "%s(): argument '%s' is empty", fn, name)
	}
	for k, T := range t {
		if !(T > 0) || math.IsInf(T, 0) {
			s.Raise(s.ValueErrorType, "%s(): argument '%s'[%d] = %g not allowed: temperatures must be finite and > 0", fn, name, k, T)
		}
	}
	return t
}

func (r *RBM) sample(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
	const fn = "RBM.sample"
	p := s.Args(fn, args, kw, "n", "*", "steps?", "T?", "init?", "clamp?", "sampler?", "anneal?", "dtype?")
	m := r.M
	n := intArg(fn, "n", p[0], 0)
	if n < 1 || n > 1<<24 {
		s.Raise(s.ValueErrorType, "%s(): argument 'n' = %d not allowed: use 1..%d", fn, n, 1<<24)
	}
	o := bz.SampleOptions{}
	o.Float32 = dtypeArg(fn, p[7])
	o.Anneal = scheduleArg(th, fn, "anneal", p[6])
	if o.Anneal == nil {
		if !given(p[1]) {
			s.Raise(s.TypeErrorType, "%s() missing required argument 'steps' (or give anneal=)", fn)
		}
		o.Steps = intArg(fn, "steps", p[1], 0)
		if o.Steps < 0 {
			s.Raise(s.ValueErrorType, "%s(): argument 'steps' = %d not allowed: must be ≥ 0", fn, o.Steps)
		}
	}
	if given(p[2]) {
		o.T = positive(fn, "T", floatArg(fn, "T", p[2], 0))
	}
	if given(p[3]) {
		init, rows := matrixArg(th, fn, "init", p[3], m.NVisible, true)
		switch rows {
		case n:
		case 1:
			full := make([]float64, 0, n*m.NVisible)
			for i := 0; i < n; i++ {
				full = append(full, init...)
			}
			init = full
		default:
			s.Raise(s.ValueErrorType, "%s(): argument 'init' has %d rows, want n = %d (or one row for all chains)", fn, rows, n)
		}
		checkUnits(fn, "init", init, m.Units)
		o.Init = init
	}
	o.ClampMask, o.ClampValues = clampArg(th, fn, p[4], m.NVisible, n)
	o.Sampler = SamplerArg(fn, p[5])
	o.Rand = r.stream()
	v, err := m.Sample(th.Ctx, n, o)
	check(th, fn, err)
	return wrapMatrix(v, n, m.NVisible)
}

func (r *RBM) logLikelihood(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
	const fn = "RBM.log_likelihood"
	p := s.Args(fn, args, kw, "data", "*", "method?", "runs?", "steps?", "return_stderr?")
	m := r.M
	data, n := matrixArg(th, fn, "data", p[0], m.NVisible, true)
	checkUnits(fn, "data", data, m.Units)
	method := strArg(fn, "method", p[1], "exact")
	withErr := boolArg(th, p[4], false)
	var ll, se float64
	switch method {
	case "exact":
		var err error
		ll, err = m.LogLikelihood(data, n)
		check(th, fn, err)
	case "ais":
		o := bz.AISOptions{Runs: intArg(fn, "runs", p[2], 100), BaseA: bz.AISBaseRate(m, data, n), Rand: r.stream()}
		if o.Runs < 2 {
			s.Raise(s.ValueErrorType, "%s(): argument 'runs' = %d not allowed: must be ≥ 2", fn, o.Runs)
		}
		if given(p[3]) {
			steps := intArg(fn, "steps", p[3], 0)
			if steps < 2 {
				s.Raise(s.ValueErrorType, "%s(): argument 'steps' = %d not allowed: must be ≥ 2", fn, steps)
			}
			var err error
			o.Betas, err = bz.AISBetas(steps)
			check(th, fn, err)
		}
		res, err := m.AIS(o)
		check(th, fn, err)
		F, err := m.FreeEnergy(data, n)
		check(th, fn, err)
		for _, f := range F {
			ll += -f / m.T
		}
		ll = ll/float64(n) - res.LogZ
		se = res.StdErr
	default:
		s.Raise(s.ValueErrorType, "%s(): argument 'method' = %q not allowed: use 'exact' or 'ais'", fn, method)
	}
	if withErr {
		return s.Tuple{s.Float(ll), s.Float(se)}
	}
	return s.Float(ll)
}

func init() {
	RBMType.New = newRBM
	rbmMethod("fit", "(data, *, epochs, lr, k=1, persistent=False, momentum=0.0, weight_decay=0.0, batch_size=20, callback=None, progress=False, sampler=None, shuffle=True, live=False, exact_ll_every=None, dtype='float64')",
		`Train by CD-k (or PCD-k with persistent=True) on data (rows × n_visible, in the model's units) and return the history, a Table with one row per epoch: epoch, lr, recon_error, pseudo_ll, log_likelihood (exact, NaN when the smaller layer exceeds 16 units or on epochs it is skipped), seconds.

dtype="float32" computes the products of training in float32 (about twice as fast; the model stays float64 between epochs). exact_ll_every=n computes the exact log-likelihood every n epochs and after the last one (0: never). The default is every epoch when enumerating the smaller layer is cheap (n_units·2^small ≤ 2^20), else about 20 times over the run.

With units="pm1" the same lr trains about 16 times faster than with "01" (the ±1 gradient is 4× larger and a ±1 weight is worth four 0/1 weights): CD copes, but PCD (persistent=True) diverges at lr 0.05 with momentum 0.5 as its chains stop mixing. For ±1 PCD use about lr/16 (0.003 where 0/1 units take 0.05).

callback(epoch, metrics) is called after every epoch with a dict of those metrics; returning False stops training. sampler= draws the negative phase (a device trains in situ). An interrupt stops between mini-batches: the model keeps what it learned, and rbm.history holds the finished epochs. progress=True shows lm.progress's bar; live=True draws the training curve (reconstruction error and, for small models, the exact log-likelihood) as one chart updated in place.`,
		func(th *s.Thread, r *RBM, args []s.Object, kw s.Kwargs) s.Object { return r.fit(th, args, kw) })
	rbmMethod("sample", "(n, *, steps, T=None, init=None, clamp=None, sampler=None, anneal=None, dtype='float64')",
		`Run n Gibbs chains for steps full v→h→v steps and return their visible states, an Array n × n_visible.

T: sampling temperature (default the model's). init: starting states (n × n_visible, or one row for all chains; default random). clamp: units held fixed, a dict {unit: value} or an array of n_visible (or n × n_visible) values with NaN for free units. sampler: a device or boltzmann.digital_sampler(). anneal: a list of temperatures, one per step, or a dict {"start": 5.0, "stop": 1.0, "steps": 100, "kind": "geometric" or "linear"}; steps is then not needed. dtype="float32" computes the digital sampler's products in float32 (faster for large models).`,
		func(th *s.Thread, r *RBM, args []s.Object, kw s.Kwargs) s.Object { return r.sample(th, args, kw) })
	rbmMethod("log_likelihood", `(data, *, method="exact", runs=100, steps=None, return_stderr=False)`,
		`Mean log-likelihood of the data rows in nats per example.

method="exact" enumerates the smaller layer (at most 24 units); method="ais" estimates log Z by annealed importance sampling (Salakhutdinov & Murray 2008) with runs chains and steps inverse temperatures (default their 14,500-step schedule), starting from a base-rate model fitted to the data's marginals. return_stderr=True returns (value, standard error) (0 for exact).`,
		func(th *s.Thread, r *RBM, args []s.Object, kw s.Kwargs) s.Object {
			return r.logLikelihood(th, args, kw)
		})
	rbmMethod("free_energy", "(v)", "Free energy F(v) = −T log Σ_h exp(−E(v,h)/T) of each row of v (rows × n_visible); returns an Array of one value per row.",
		func(th *s.Thread, r *RBM, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "RBM.free_energy"
			p := s.Args(fn, args, kw, "v")
			data, n := matrixArg(th, fn, "v", p[0], r.M.NVisible, true)
			F, err := r.M.FreeEnergy(data, n)
			check(th, fn, err)
			return wrapVector(F)
		})
	rbmMethod("convert", "(units)", `The equivalent model in other units ("pm1" or "01"): same distribution over corresponding states (s = 2z − 1).`,
		func(th *s.Thread, r *RBM, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "RBM.convert"
			p := s.Args(fn, args, kw, "units")
			c, _, err := r.M.Convert(unitsArg(fn, p[0]))
			check(th, fn, err)
			return &RBM{M: c, src: r.stream(), calls: 1}
		})
	rbmMethod("to_bm", "()", `The same model as a fully connected boltzmann.BM over its n_visible + n_hidden units, visible first (same units and T): its exact_distribution() is the RBM's joint distribution of (v, h).`,
		func(th *s.Thread, r *RBM, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "RBM.to_bm"
			s.Args(fn, args, kw)
			bm, err := r.M.BM()
			check(th, fn, err)
			return &BM{M: bm, src: r.stream()}
		})
	rbmMethod("save", "(path)", `Save to an .npz archive readable by numpy.load: W, a, b, T, units, version. Written atomically (temporary file, then rename).`,
		func(th *s.Thread, r *RBM, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "RBM.save"
			p := s.Args(fn, args, kw, "path")
			check(th, fn, r.M.Save(strArg(fn, "path", p[0], "")))
			return s.None
		})
	rbmMethod("__repr__", "()", "", func(th *s.Thread, r *RBM, args []s.Object, kw s.Kwargs) s.Object { return s.Str(r.repr()) })
	rbmMethod("_repr_html_", "()", "The model as an HTML summary (shape, parameter statistics, training).", func(th *s.Thread, r *RBM, args []s.Object, kw s.Kwargs) s.Object {
		return s.Str(r.html())
	})
	rbmProperty("W", "Couplings, an Array n_visible × n_hidden sharing the model's memory (assign an array of that shape to replace them).",
		func(r *RBM) s.Object { return wrapMatrix(r.M.W, r.M.NVisible, r.M.NHidden) },
		func(th *s.Thread, r *RBM, v s.Object) { assign(th, "W", r.M.W, v, r.M.NVisible, r.M.NHidden) })
	rbmProperty("a", "Visible biases, an Array of n_visible values sharing the model's memory.",
		func(r *RBM) s.Object { return wrapVector(r.M.A) },
		func(th *s.Thread, r *RBM, v s.Object) { assign(th, "a", r.M.A, v, r.M.NVisible) })
	rbmProperty("b", "Hidden biases, an Array of n_hidden values sharing the model's memory.",
		func(r *RBM) s.Object { return wrapVector(r.M.B) },
		func(th *s.Thread, r *RBM, v s.Object) { assign(th, "b", r.M.B, v, r.M.NHidden) })
	rbmProperty("n_visible", "Number of visible units.", func(r *RBM) s.Object { return s.Int(r.M.NVisible) }, nil)
	rbmProperty("n_hidden", "Number of hidden units.", func(r *RBM) s.Object { return s.Int(r.M.NHidden) }, nil)
	rbmProperty("units", `"pm1" (±1 spins) or "01".`, func(r *RBM) s.Object { return s.Str(r.M.Units.String()) }, nil)
	rbmProperty("T", "Temperature (> 0); assignable.", func(r *RBM) s.Object { return s.Float(r.M.T) },
		func(th *s.Thread, r *RBM, v s.Object) { r.M.T = positive("RBM.T", "T", floatArg("RBM.T", "T", v, 0)) })
	rbmProperty("history", "The Table of the last fit (None before any fit).", func(r *RBM) s.Object {
		if r.history == nil {
			return s.None
		}
		return table.Wrap(r.history)
	}, nil)
}
