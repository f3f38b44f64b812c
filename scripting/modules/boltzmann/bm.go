package boltzmann

import (
	"fmt"

	bz "github.com/lumenlab/lumen/lib/boltzmann"
	"github.com/lumenlab/lumen/lib/rng"
	tbl "github.com/lumenlab/lumen/lib/table"
	s "github.com/lumenlab/lumen/scripting"
	"github.com/lumenlab/lumen/scripting/modules/lumen"
)

// BM is the script object around a fully connected *boltzmann.BM.
type BM struct {
	M     *bz.BM
	src   *rng.Source
	calls uint64
}

// BMType is boltzmann.BM in scripts.
var BMType = func() *s.Type {
	t := s.NewType("BM", s.ObjectType, `BM(W, b, *, units="pm1", T=1.0, seed=None)

A fully connected Boltzmann machine of N units: W is N × N, symmetric with a
zero diagonal, b the N biases; E(x) = −½ xᵀWx − bᵀx, p(x) ∝ exp(−E/T).

units: "pm1" (±1) or "01". Methods: sample, exact_distribution, histogram,
energy. exact_distribution() lists the 2^N states with bit i of the state
index giving unit i (bit set: unit i is +1, or 1 for 0/1 units).`)
	t.Module = "lumen.boltzmann"
	return t
}()

func (*BM) PyType() *s.Type { return BMType }

func (b *BM) stream() *rng.Source {
	src := b.src.Split(b.calls)
	b.calls++
	return src
}

func (b *BM) repr() string {
	return fmt.Sprintf("BM(N=%d, units='%s', T=%s)", b.M.N, b.M.Units, tbl.FormatFloat(b.M.T))
}

func bmSelf(args []s.Object) *BM {
	if len(args) > 0 {
		if b, ok := args[0].(*BM); ok {
			return b
		}
	}
	s.Raise(s.TypeErrorType, "descriptor requires a 'boltzmann.BM' object")
	return nil
}

func bmMethod(name, sig, doc string, fn func(th *s.Thread, b *BM, args []s.Object, kw s.Kwargs) s.Object) {
	BMType.SetAttr(name, &s.Builtin{Name: name, Sig: sig, Doc: doc, Fn: func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		b := bmSelf(args)
		return fn(th, b, args[1:], kw)
	}})
}

func bmProperty(name, doc string, get func(b *BM) s.Object) {
	BMType.SetAttr(name, &s.Property{Name: name, Doc: s.Str(doc), Get: s.NewBuiltin(name, doc, func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		return get(bmSelf(args))
	})})
}

func seedStream(th *s.Thread, fn string, o s.Object) *rng.Source {
	if !given(o) {
		return lumen.Stream(th)
	}
	b := s.BigOf(o)
	if b == nil {
		s.Raise(s.TypeErrorType, "%s(): argument 'seed' must be int or None, not %s", fn, s.TypeNameOf(o))
	}
	if b.Sign() < 0 || b.BitLen() > 64 {
		s.Raise(s.ValueErrorType, "%s(): argument 'seed' must be in [0, 2**64), got %s", fn, b.String())
	}
	return rng.New(b.Uint64())
}

func newBM(th *s.Thread, cls *s.Type, args []s.Object, kw s.Kwargs) s.Object {
	const fn = "BM"
	p := s.Args(fn, args, kw, "W", "b", "*", "units?", "T?", "seed?")
	bias := vectorArg(th, fn, "b", p[1], -1)
	n := len(bias)
	W, rows := matrixArg(th, fn, "W", p[0], n, false)
	if rows != n {
		s.Raise(s.ValueErrorType, "BM(): argument 'W' must have shape (%d, %d) to match b, got %d rows", n, n, rows)
	}
	m, err := bz.NewBM(append([]float64(nil), W...), bias, unitsArg(fn, p[2]))
	check(th, fn, err)
	m.T = positive(fn, "T", floatArg(fn, "T", p[3], 1))
	return &BM{M: m, src: seedStream(th, fn, p[4])}
}

func init() {
	BMType.New = newBM
	bmMethod("sample", "(n, *, steps, T=None, init=None)", "Run n Gibbs chains (sequential sweeps over the units) for steps sweeps and return their states, an Array n × N. init: starting states (n × N or one row; default random).",
		func(th *s.Thread, b *BM, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "BM.sample"
			p := s.Args(fn, args, kw, "n", "*", "steps", "T?", "init?")
			n := intArg(fn, "n", p[0], 0)
			if n < 1 || n > 1<<24 {
				s.Raise(s.ValueErrorType, "%s(): argument 'n' = %d not allowed: use 1..%d", fn, n, 1<<24)
			}
			o := bz.BMSampleOptions{Chains: n, Burn: intArg(fn, "steps", p[1], 0)}
			if o.Burn < 0 {
				s.Raise(s.ValueErrorType, "%s(): argument 'steps' = %d not allowed: must be ≥ 0", fn, o.Burn)
			}
			if given(p[2]) {
				o.T = positive(fn, "T", floatArg(fn, "T", p[2], 0))
			}
			if given(p[3]) {
				init, rows := matrixArg(th, fn, "init", p[3], b.M.N, true)
				if rows == 1 && n > 1 {
					full := make([]float64, 0, n*b.M.N)
					for i := 0; i < n; i++ {
						full = append(full, init...)
					}
					init = full
				} else if rows != n {
					s.Raise(s.ValueErrorType, "%s(): argument 'init' has %d rows, want n = %d (or one row for all chains)", fn, rows, n)
				}
				checkUnits(fn, "init", init, b.M.Units)
				o.Init = init
			}
			o.Rand = b.stream()
			x, err := b.M.Sample(th.Ctx, o)
			check(th, fn, err)
			return wrapMatrix(x, n, b.M.N)
		})
	bmMethod("exact_distribution", "()", "The exact probabilities of all 2^N states (N ≤ 24) at temperature T, an Array of length 2^N summing to 1. State order: bit i of the index is unit i, set meaning +1 (or 1 for 0/1 units); index 0 is all units down.",
		func(th *s.Thread, b *BM, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "BM.exact_distribution"
			s.Args(fn, args, kw)
			p, err := b.M.ExactDistribution()
			check(th, fn, err)
			return wrapVector(p)
		})
	bmMethod("histogram", "(samples, *, chains=100, steps=100, T=None)", "The empirical distribution over the 2^N states (order as in exact_distribution) after steps burn-in sweeps, recording every chain after each of samples further sweeps.",
		func(th *s.Thread, b *BM, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "BM.histogram"
			p := s.Args(fn, args, kw, "samples", "*", "chains?", "steps?", "T?")
			o := bz.BMSampleOptions{Chains: intArg(fn, "chains", p[1], 100), Burn: intArg(fn, "steps", p[2], 100), Rand: b.stream()}
			if given(p[3]) {
				o.T = positive(fn, "T", floatArg(fn, "T", p[3], 0))
			}
			h, err := b.M.Histogram(th.Ctx, o, intArg(fn, "samples", p[0], 0))
			check(th, fn, err)
			return wrapVector(h)
		})
	bmMethod("energy", "(x)", "Energy E(x) = −Σ_{i<j} W_ij x_i x_j − Σ b_i x_i of one state x (N values).",
		func(th *s.Thread, b *BM, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "BM.energy"
			p := s.Args(fn, args, kw, "x")
			e, err := b.M.Energy(vectorArg(th, fn, "x", p[0], b.M.N))
			check(th, fn, err)
			return s.Float(e)
		})
	bmMethod("__repr__", "()", "", func(th *s.Thread, b *BM, args []s.Object, kw s.Kwargs) s.Object { return s.Str(b.repr()) })
	bmProperty("W", "Couplings, an Array N × N sharing the model's memory.", func(b *BM) s.Object { return wrapMatrix(b.M.W, b.M.N, b.M.N) })
	bmProperty("b", "Biases, an Array of N values sharing the model's memory.", func(b *BM) s.Object { return wrapVector(b.M.B) })
	bmProperty("N", "Number of units.", func(b *BM) s.Object { return s.Int(b.M.N) })
	bmProperty("T", "Temperature.", func(b *BM) s.Object { return s.Float(b.M.T) })
	bmProperty("units", `"pm1" (±1) or "01".`, func(b *BM) s.Object { return s.Str(b.M.Units.String()) })
}
