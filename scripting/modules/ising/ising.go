// Package ising binds lib/ising as the script module lumen.ising (from
// lumen import ising): the Lattice2D type with temperature scans and
// annealing, and the exact results of the infinite lattice. It only binds;
// the physics lives in lib/ising.
package ising

import (
	"fmt"
	"math"
	"sync"

	"github.com/lumenlab/lumen/lib/array"
	bz "github.com/lumenlab/lumen/lib/boltzmann"
	is "github.com/lumenlab/lumen/lib/ising"
	tbl "github.com/lumenlab/lumen/lib/table"
	s "github.com/lumenlab/lumen/scripting"
	"github.com/lumenlab/lumen/scripting/modules/boltzmann"
	"github.com/lumenlab/lumen/scripting/modules/lumen"
	"github.com/lumenlab/lumen/scripting/modules/table"
)

// Shared argument readers and error mapping (the binding toolkit).
var (
	given    = lumen.Given
	intArg   = lumen.IntArg
	floatArg = lumen.FloatArg
	positive = lumen.Positive
)

func init() { s.RegisterModule("lumen.ising", newModule) }

// Lattice is the script object around an *ising.Lattice2D.
type Lattice struct{ L *is.Lattice2D }

// LatticeType is ising.Lattice2D in scripts.
var LatticeType = func() *s.Type {
	t := s.NewType("Lattice2D", s.ObjectType, `Lattice2D(L, *, J=1.0, h=0.0)

An L×L square Ising lattice with periodic boundaries (L even, 2..16384),
H(s) = −J Σ_<ij> s_i s_j − h Σ_i s_i, temperatures in units of J/k_B.

Methods: scan (observables over temperatures, a Table), anneal (towards the
ground state), rbm (the lattice as a checkerboard ±1 RBM, for any sampler),
energy. Attributes: L, J, h, N.`)
	t.Module = "lumen.ising"
	return t
}()

func (*Lattice) PyType() *s.Type { return LatticeType }

func finite(fn, name string, v float64) float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		s.Raise(s.ValueErrorType, "%s(): argument '%s' = %g not allowed: must be finite", fn, name, v)
	}
	return v
}

// temps reads a number or a 1-D array-like of temperatures, all > 0.
func temps(th *s.Thread, fn, name string, o s.Object) ([]float64, bool) {
	if f, ok := s.AsFloat(o); ok {
		return []float64{positive(fn, name, f)}, true
	}
	a := lumen.ToArray(th, fn, name, o)
	if a.Ndim() != 1 || a.Size() == 0 {
		s.Raise(s.ValueErrorType, "%s(): argument '%s' must be a number or a non-empty 1-D array of temperatures, got shape %s", fn, name, array.ShapeString(a.Shape()))
	}
	t := append([]float64(nil), a.Data()...)
	for k, T := range t {
		if !(T > 0) || math.IsInf(T, 0) {
			s.Raise(s.ValueErrorType, "%s(): argument '%s'[%d] = %g not allowed: temperatures must be finite and > 0", fn, name, k, T)
		}
	}
	return t, false
}

func latSelf(args []s.Object) *is.Lattice2D {
	if len(args) > 0 {
		if l, ok := args[0].(*Lattice); ok {
			return l.L
		}
	}
	s.Raise(s.TypeErrorType, "descriptor requires an 'ising.Lattice2D' object")
	return nil
}

func latMethod(name, sig, doc string, fn func(th *s.Thread, l *is.Lattice2D, args []s.Object, kw s.Kwargs) s.Object) {
	LatticeType.SetAttr(name, &s.Builtin{Name: name, Sig: sig, Doc: doc, Fn: func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		l := latSelf(args)
		return fn(th, l, args[1:], kw)
	}})
}

func latProperty(name, doc string, get func(l *is.Lattice2D) s.Object) {
	LatticeType.SetAttr(name, &s.Property{Name: name, Doc: s.Str(doc), Get: s.NewBuiltin(name, doc, func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		return get(latSelf(args))
	})})
}

// ScanColumns are the columns of a scan Table, in order.
var ScanColumns = []string{"T", "energy", "magnetization", "heat_capacity", "susceptibility", "binder",
	"energy_err", "magnetization_err", "heat_capacity_err", "susceptibility_err", "binder_err"}

func scanTable(pts []is.Point) *tbl.Table {
	cols := make([][]float64, len(ScanColumns))
	for _, p := range pts {
		for k, v := range []float64{p.T, p.Energy, p.Magnetization, p.HeatCapacity, p.Susceptibility, p.Binder,
			p.EnergyErr, p.MagnetizationErr, p.HeatCapacityErr, p.SusceptibilityErr, p.BinderErr} {
			cols[k] = append(cols[k], v)
		}
	}
	return table.FromColumns(ScanColumns, cols)
}

func scan(th *s.Thread, l *is.Lattice2D, args []s.Object, kw s.Kwargs) s.Object {
	const fn = "Lattice2D.scan"
	p := s.Args(fn, args, kw, "temperatures", "*", "samples?", "sweeps?", "equilibrate?", "sampler?", "progress?", "restart?", "carry?")
	T, _ := temps(th, fn, "temperatures", p[0])
	o := is.ScanOptions{
		Samples:     intArg(fn, "samples", p[1], 20),
		Sweeps:      intArg(fn, "sweeps", p[2], 10),
		Equilibrate: intArg(fn, "equilibrate", p[3], 100),
		Sampler:     boltzmann.SamplerArg(fn, p[4]),
		Restart:     given(p[6]) && s.Truth(th, p[6]),
		Continue:    given(p[7]) && s.Truth(th, p[7]),
		Rand:        lumen.Stream(th),
	}
	if o.Samples < 1 {
		s.Raise(s.ValueErrorType, "%s(): argument 'samples' = %d not allowed: must be ≥ 1", fn, o.Samples)
	}
	if o.Sweeps < 1 {
		s.Raise(s.ValueErrorType, "%s(): argument 'sweeps' = %d not allowed: must be ≥ 1", fn, o.Sweeps)
	}
	if o.Equilibrate < 0 {
		s.Raise(s.ValueErrorType, "%s(): argument 'equilibrate' = %d not allowed: must be ≥ 0", fn, o.Equilibrate)
	}
	if o.Restart && o.Continue {
		s.Raise(s.ValueErrorType, "%s(): arguments 'restart' and 'carry' exclude each other", fn)
	}
	if given(p[5]) && s.Truth(th, p[5]) {
		// lm.progress's bar; the scan reports from its worker goroutines
		var mu sync.Mutex
		var bar *lumen.Progress
		o.Progress = func(done, total int) {
			mu.Lock()
			defer mu.Unlock()
			if bar == nil {
				bar = lumen.NewBar(th, total, "scan")
			}
			bar.Set(done)
			if done >= total {
				bar.Close()
			}
		}
	}
	pts, err := l.Scan(th.Ctx, T, o)
	boltzmann.Check(th, fn, err)
	return table.Wrap(scanTable(pts))
}

func anneal(th *s.Thread, l *is.Lattice2D, args []s.Object, kw s.Kwargs) s.Object {
	const fn = "Lattice2D.anneal"
	p := s.Args(fn, args, kw, "schedule?", "*", "start?", "stop?", "steps?", "geometric?", "sweeps?", "sampler?")
	var sched []float64
	if given(p[0]) {
		sched, _ = temps(th, fn, "schedule", p[0])
	} else {
		start := positive(fn, "start", floatArg(fn, "start", p[1], 5))
		stop := positive(fn, "stop", floatArg(fn, "stop", p[2], 0.1))
		steps := intArg(fn, "steps", p[3], 200)
		if steps < 1 {
			s.Raise(s.ValueErrorType, "%s(): argument 'steps' = %d not allowed: must be ≥ 1", fn, steps)
		}
		var err error
		if !given(p[4]) || s.Truth(th, p[4]) {
			sched, err = bz.GeometricSchedule(start, stop, steps)
		} else {
			sched, err = bz.LinearSchedule(start, stop, steps)
		}
		boltzmann.Check(th, fn, err)
	}
	sw := intArg(fn, "sweeps", p[5], 1)
	if sw < 1 {
		s.Raise(s.ValueErrorType, "%s(): argument 'sweeps' = %d not allowed: must be ≥ 1", fn, sw)
	}
	spins, e, err := l.Anneal(th.Ctx, is.AnnealOptions{Schedule: sched, SweepsPerT: sw, Sampler: boltzmann.SamplerArg(fn, p[6]), Rand: lumen.Stream(th)})
	boltzmann.Check(th, fn, err)
	f := make([]float64, len(spins))
	for i, v := range spins {
		f[i] = float64(v)
	}
	a, aerr := array.Wrap(f, l.L, l.L)
	lumen.Check(aerr)
	return s.Tuple{lumen.WrapArray(a), s.Float(e)}
}

func newLattice(th *s.Thread, cls *s.Type, args []s.Object, kw s.Kwargs) s.Object {
	const fn = "Lattice2D"
	p := s.Args(fn, args, kw, "L", "*", "J?", "h?")
	L := intArg(fn, "L", p[0], 0)
	if L < 2 || L > is.MaxL || L%2 != 0 {
		s.Raise(s.ValueErrorType, "Lattice2D(): argument 'L' = %d not allowed: use an even size in 2..%d (the checkerboard needs even L)", L, is.MaxL)
	}
	J := finite(fn, "J", floatArg(fn, "J", p[1], 1))
	h := finite(fn, "h", floatArg(fn, "h", p[2], 0))
	lat, err := is.NewLattice2D(L, J, h)
	boltzmann.Check(th, fn, err)
	return &Lattice{L: lat}
}

func init() {
	LatticeType.New = newLattice
	latMethod("scan", "(temperatures, *, samples=20, sweeps=10, equilibrate=100, sampler=None, progress=False, restart=False, carry=False)",
		`Measure the observables at each temperature and return a Table with columns T, energy, magnetization, heat_capacity, susceptibility, binder and their *_err (jackknife over bins).

Per spin: energy ⟨e⟩, magnetization ⟨|m|⟩, heat_capacity N(⟨e²⟩−⟨e⟩²)/T², susceptibility N(⟨m²⟩−⟨|m|⟩²)/T, binder 1 − ⟨m⁴⟩/(3⟨m²⟩²).
Default protocol: one chain per temperature from a random start, equilibrate sweeps, then samples measurements sweeps apart (temperatures run in parallel). The defaults (samples=20, sweeps=10, equilibrate=100) put the peaks of C and χ of an L=10 lattice in [2.1, 2.6]. restart=True makes every sample an independent chain from a random start, run for equilibrate + sweeps sweeps (below Tc, short runs leave domains: raise equilibrate); carry=True starts each temperature from the previous one's final state (scan from high to low T). sampler= runs the lattice as an RBM through a device or boltzmann.digital_sampler() instead of the fast kernel. progress=True prints a text progress bar; an interrupt stops between samples.`,
		scan)
	latMethod("anneal", "(schedule=None, *, start=5.0, stop=0.1, steps=200, geometric=True, sweeps=1, sampler=None)",
		"Anneal from a random configuration through the schedule (a list of temperatures, or steps temperatures from start to stop, geometric or linear), sweeps sweeps at each; return (spins, energy): the final spins as an L×L Array of ±1 and their energy per spin (−2J for a ground state at h = 0).",
		anneal)
	latMethod("rbm", "(T=1.0)", "The lattice as a ±1 boltzmann.RBM at temperature T: even sites (r+c even, row-major) visible, odd sites hidden, W = J per bond, a = b = h.",
		func(th *s.Thread, l *is.Lattice2D, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "Lattice2D.rbm"
			p := s.Args(fn, args, kw, "T?")
			m, err := l.RBM(positive(fn, "T", floatArg(fn, "T", p[0], 1)))
			boltzmann.Check(th, fn, err)
			return boltzmann.WrapRBM(th, m)
		})
	latMethod("energy", "(spins)", "Total energy H(s) of a configuration: an L×L (or N) array of ±1 spins.",
		func(th *s.Thread, l *is.Lattice2D, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "Lattice2D.energy"
			p := s.Args(fn, args, kw, "spins")
			a := lumen.ToArray(th, fn, "spins", p[0])
			if a.Size() != l.N() {
				s.Raise(s.ValueErrorType, "%s(): argument 'spins' has %d values, want L×L = %d", fn, a.Size(), l.N())
			}
			sp := make([]int8, l.N())
			for i, v := range a.Data() {
				switch v {
				case 1:
					sp[i] = 1
				case -1:
					sp[i] = -1
				default:
					s.Raise(s.ValueErrorType, "%s(): argument 'spins' holds %g: spins must be ±1", fn, v)
				}
			}
			return s.Float(l.Energy(sp))
		})
	latMethod("__repr__", "()", "", func(th *s.Thread, l *is.Lattice2D, args []s.Object, kw s.Kwargs) s.Object {
		return s.Str(fmt.Sprintf("Lattice2D(L=%d, J=%s, h=%s)", l.L, tbl.FormatFloat(l.J), tbl.FormatFloat(l.H)))
	})
	latProperty("L", "Side length.", func(l *is.Lattice2D) s.Object { return s.Int(l.L) })
	latProperty("N", "Number of sites, L².", func(l *is.Lattice2D) s.Object { return s.Int(l.N()) })
	latProperty("J", "Coupling.", func(l *is.Lattice2D) s.Object { return s.Float(l.J) })
	latProperty("h", "Field.", func(l *is.Lattice2D) s.Object { return s.Float(l.H) })
}

// exact applies f(T, J) to a temperature or an array of temperatures.
func exact(th *s.Thread, fn string, args []s.Object, kw s.Kwargs, f func(T, J float64) float64) s.Object {
	p := s.Args(fn, args, kw, "T", "J?")
	J := positive(fn, "J", floatArg(fn, "J", p[1], 1))
	T, scalar := temps(th, fn, "T", p[0])
	if scalar {
		return s.Float(f(T[0], J))
	}
	out := make([]float64, len(T))
	for i, t := range T {
		out[i] = f(t, J)
	}
	a, err := array.Wrap(out, len(out))
	lumen.Check(err)
	return lumen.WrapArray(a)
}

func newModule(in *s.Interp) *s.Module {
	m := s.NewModule("lumen.ising", `The 2-D Ising model on an L×L periodic square lattice, and exact results.

lat = ising.Lattice2D(10)
r = lat.scan(lm.linspace(1.5, 3.5, 14), samples=20, sweeps=10)   # a Table
ising.onsager_tc()                                              # 2.269…`)
	m.Set("Lattice2D", LatticeType)
	m.AddFunc("onsager_tc", "(J=1.0)", "Onsager's critical temperature of the infinite square lattice, 2J / ln(1 + √2) ≈ 2.269 J.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		p := s.Args("onsager_tc", args, kw, "J?")
		return s.Float(is.OnsagerTc(positive("onsager_tc", "J", floatArg("onsager_tc", "J", p[0], 1))))
	})
	m.AddFunc("yang_magnetization", "(T, J=1.0)", "Yang's spontaneous magnetisation per spin of the infinite lattice, (1 − sinh⁻⁴(2J/T))^(1/8) below Tc and 0 above; T a number or an array.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		return exact(th, "yang_magnetization", args, kw, is.YangMagnetization)
	})
	m.AddFunc("energy_infinite", "(T, J=1.0)", "Onsager's internal energy per spin of the infinite lattice at zero field; T a number or an array.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		return exact(th, "energy_infinite", args, kw, is.EnergyInfinite)
	})
	m.Set("SCAN_COLUMNS", s.FromGo(ScanColumns))
	return m
}
