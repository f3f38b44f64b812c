package stdlib

import (
	"math"
	"math/big"

	"github.com/lumenlab/lumen/scripting/pyrandom"

	s "github.com/lumenlab/lumen/scripting"
)

// The random module, bound to the bit-exact pyrandom generator.

var randomType = s.NewType("Random", s.ObjectType, "Random number generator base class used by bound module functions.")

type pyRandom struct{ r *pyrandom.Random }

func (*pyRandom) PyType() *s.Type { return randomType }

func rngOf(o s.Object) *pyrandom.Random {
	switch v := o.(type) {
	case *pyRandom:
		return v.r
	case *s.Instance:
		if p, ok := v.Payload.(*pyRandom); ok {
			return p.r
		}
	}
	s.Raise(s.TypeErrorType, "descriptor requires a 'random.Random' object but received '%s'", s.TypeNameOf(o))
	return nil
}

func seedRandom(th *s.Thread, r *pyrandom.Random, a s.Object) {
	switch v := jsonUnwrap(a).(type) {
	case nil, s.NoneType:
		r.SeedOS()
	case s.Int, s.Bool, *big.Int:
		r.SeedInt(s.BigOf(v))
	case s.Float:
		r.SeedFloat(float64(v))
	case s.Str:
		r.SeedString(string(v))
	case s.Bytes:
		r.SeedBytes([]byte(v))
	default:
		s.Raise(s.TypeErrorType, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
	}
	r.SetGaussNext(0, false)
}

func randErr(err error) {
	if err != nil {
		s.Raise(s.ValueErrorType, "%s", err.Error())
	}
}

// rangeArg is _index for randrange: ints, and integral floats (3.11 still
// accepts them with a DeprecationWarning).
func rangeArg(th *s.Thread, o s.Object, which string) *big.Int {
	if f, ok := o.(s.Float); ok {
		if float64(f) != math.Trunc(float64(f)) || math.IsInf(float64(f), 0) {
			s.Raise(s.ValueErrorType, "non-integer arg %s for randrange()", which)
		}
		b, _ := new(big.Float).SetFloat64(float64(f)).Int(nil)
		return b
	}
	return bigArg(th, o)
}

type seqView struct {
	th  *s.Thread
	obj s.Object
	n   int
}

func newSeqView(th *s.Thread, o s.Object) seqView {
	return seqView{th: th, obj: o, n: s.Len(th, o)}
}

func (v seqView) at(i int) s.Object {
	switch x := v.obj.(type) {
	case *s.List:
		return x.V[i]
	case s.Tuple:
		return x[i]
	}
	return s.GetItem(v.th, v.obj, s.Int(i))
}

func floatsOf(th *s.Thread, o s.Object) []float64 {
	items := s.ToSlice(th, o)
	out := make([]float64, len(items))
	for i, it := range items {
		out[i] = floatArg(th, "choices", it)
	}
	return out
}

type randMethod struct {
	name, sig, doc string
	fn             func(th *s.Thread, r *pyrandom.Random, self s.Object, args []s.Object, kw s.Kwargs) s.Object
}

func f1(th *s.Thread, o s.Object, def float64) float64 {
	if o == nil {
		return def
	}
	return floatArg(th, "random", o)
}

var randMethods = []randMethod{
	{"seed", "(a=None, version=2)", "Initialize internal state from a seed.", func(th *s.Thread, r *pyrandom.Random, self s.Object, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("seed", args, kw, "a?", "version?")
		seedRandom(th, r, a[0])
		return s.None
	}},
	{"random", "()", "random() -> x in the interval [0, 1).", func(th *s.Thread, r *pyrandom.Random, self s.Object, args []s.Object, kw s.Kwargs) s.Object {
		nargs("random", args, 0, 0)
		return s.Float(r.Random())
	}},
	{"uniform", "(a, b)", "Get a random number in the range [a, b) or [a, b] depending on rounding.", func(th *s.Thread, r *pyrandom.Random, self s.Object, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("uniform", args, kw, "a", "b")
		return s.Float(r.Uniform(floatArg(th, "uniform", a[0]), floatArg(th, "uniform", a[1])))
	}},
	{"randint", "(a, b)", "Return random integer in range [a, b], including both end points.", func(th *s.Thread, r *pyrandom.Random, self s.Object, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("randint", args, kw, "a", "b")
		lo, hi := rangeArg(th, a[0], "1"), rangeArg(th, a[1], "2")
		res, err := r.RandRangeBig(lo, new(big.Int).Add(hi, big.NewInt(1)), big.NewInt(1))
		randErr(err)
		return intObj(res)
	}},
	{"randrange", "(start, stop=None, step=1)", "Choose a random item from range(stop) or range(start, stop[, step]).", func(th *s.Thread, r *pyrandom.Random, self s.Object, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("randrange", args, kw, "start", "stop?", "step?")
		start := rangeArg(th, a[0], "1")
		if a[1] == nil || isNone(a[1]) {
			if a[2] != nil && !(s.IsInt(a[2]) && s.BigOf(a[2]).Cmp(big.NewInt(1)) == 0) {
				s.Raise(s.TypeErrorType, "Missing a non-None stop argument")
			}
			if start.Sign() > 0 {
				return intObj(r.RandBelow(start))
			}
			s.Raise(s.ValueErrorType, "empty range for randrange()")
		}
		stop := rangeArg(th, a[1], "2")
		step := big.NewInt(1)
		if a[2] != nil {
			step = rangeArg(th, a[2], "3")
		}
		res, err := r.RandRangeBig(start, stop, step)
		randErr(err)
		return intObj(res)
	}},
	{"choice", "(seq)", "Choose a random element from a non-empty sequence.", func(th *s.Thread, r *pyrandom.Random, self s.Object, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("choice", args, kw, "seq")
		v := newSeqView(th, a[0])
		if v.n == 0 {
			s.Raise(s.IndexErrorType, "Cannot choose from an empty sequence")
		}
		i, err := r.Choice(v.n)
		randErr(err)
		return v.at(i)
	}},
	{"choices", "(population, weights=None, *, cum_weights=None, k=1)", "Return a k sized list of population elements chosen with replacement.", func(th *s.Thread, r *pyrandom.Random, self s.Object, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("choices", args, kw, "population", "weights?", "*", "cum_weights?", "k?")
		v := newSeqView(th, a[0])
		k := 1
		if a[3] != nil {
			k = intArg(th, a[3])
		}
		var cum []float64
		weights, cumW := a[1], a[2]
		if weights != nil && isNone(weights) {
			weights = nil
		}
		if cumW != nil && isNone(cumW) {
			cumW = nil
		}
		if weights == nil && cumW == nil {
			if v.n == 0 {
				s.Raise(s.IndexErrorType, "Cannot choose from an empty sequence")
			}
		} else {
			if weights != nil && cumW != nil {
				s.Raise(s.TypeErrorType, "Cannot specify both weights and cumulative weights")
			}
			if weights != nil {
				cum = pyrandom.Accumulate(floatsOf(th, weights))
			} else {
				cum = floatsOf(th, cumW)
			}
			if err := pyrandom.CheckCumWeights(v.n, cum); err != nil {
				s.Raise(s.ValueErrorType, "%s", err.Error())
			}
		}
		idx := r.Choices(v.n, k, cum)
		out := make([]s.Object, len(idx))
		for i, j := range idx {
			out[i] = v.at(j)
		}
		return s.NewList(out)
	}},
	{"shuffle", "(x)", "Shuffle list x in place, and return None.", func(th *s.Thread, r *pyrandom.Random, self s.Object, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("shuffle", args, kw, "x")
		if l, ok := jsonUnwrap(a[0]).(*s.List); ok {
			r.Shuffle(len(l.V), func(i, j int) { l.V[i], l.V[j] = l.V[j], l.V[i] })
			return s.None
		}
		x := a[0]
		r.Shuffle(s.Len(th, x), func(i, j int) {
			xi, xj := s.GetItem(th, x, s.Int(i)), s.GetItem(th, x, s.Int(j))
			s.SetItem(th, x, s.Int(i), xj)
			s.SetItem(th, x, s.Int(j), xi)
		})
		return s.None
	}},
	{"sample", "(population, k, *, counts=None)", "Chooses k unique random elements from a population sequence.", func(th *s.Thread, r *pyrandom.Random, self s.Object, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("sample", args, kw, "population", "k", "*", "counts?")
		switch jsonUnwrap(a[0]).(type) {
		case *s.Set, *s.Dict:
			s.Raise(s.TypeErrorType, "Population must be a sequence.  For dicts or sets, use sorted(d).")
		}
		v := newSeqView(th, a[0])
		k := intArg(th, a[1])
		var idx []int
		var err error
		if a[2] != nil && !isNone(a[2]) {
			cs := s.ToSlice(th, a[2])
			if len(cs) != v.n {
				s.Raise(s.ValueErrorType, "The number of counts does not match the population")
			}
			counts := make([]int64, len(cs))
			for i, c := range cs {
				if !s.IsInt(c) {
					s.Raise(s.TypeErrorType, "Counts must be integers")
				}
				counts[i] = int64(intArg(th, c))
			}
			idx, err = r.SampleCounts(counts, k)
		} else {
			idx, err = r.Sample(v.n, k)
		}
		randErr(err)
		out := make([]s.Object, len(idx))
		for i, j := range idx {
			out[i] = v.at(j)
		}
		return s.NewList(out)
	}},
	{"gauss", "(mu=0.0, sigma=1.0)", "Gaussian distribution.", func(th *s.Thread, r *pyrandom.Random, self s.Object, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("gauss", args, kw, "mu?", "sigma?")
		return s.Float(r.Gauss(f1(th, a[0], 0), f1(th, a[1], 1)))
	}},
	{"normalvariate", "(mu=0.0, sigma=1.0)", "Normal distribution.", func(th *s.Thread, r *pyrandom.Random, self s.Object, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("normalvariate", args, kw, "mu?", "sigma?")
		return s.Float(r.NormalVariate(f1(th, a[0], 0), f1(th, a[1], 1)))
	}},
	{"lognormvariate", "(mu, sigma)", "Log normal distribution.", func(th *s.Thread, r *pyrandom.Random, self s.Object, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("lognormvariate", args, kw, "mu", "sigma")
		return s.Float(r.LogNormVariate(f1(th, a[0], 0), f1(th, a[1], 1)))
	}},
	{"expovariate", "(lambd=1.0)", "Exponential distribution.", func(th *s.Thread, r *pyrandom.Random, self s.Object, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("expovariate", args, kw, "lambd?")
		l := f1(th, a[0], 1)
		if l == 0 {
			s.Raise(s.ZeroDivisionErrorType, "float division by zero")
		}
		return s.Float(r.ExpoVariate(l))
	}},
	{"vonmisesvariate", "(mu, kappa)", "Circular data distribution.", func(th *s.Thread, r *pyrandom.Random, self s.Object, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("vonmisesvariate", args, kw, "mu", "kappa")
		return s.Float(r.VonMisesVariate(f1(th, a[0], 0), f1(th, a[1], 0)))
	}},
	{"gammavariate", "(alpha, beta)", "Gamma distribution.  Not the gamma function!", func(th *s.Thread, r *pyrandom.Random, self s.Object, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("gammavariate", args, kw, "alpha", "beta")
		v, err := r.GammaVariate(f1(th, a[0], 0), f1(th, a[1], 0))
		randErr(err)
		return s.Float(v)
	}},
	{"betavariate", "(alpha, beta)", "Beta distribution.", func(th *s.Thread, r *pyrandom.Random, self s.Object, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("betavariate", args, kw, "alpha", "beta")
		v, err := r.BetaVariate(f1(th, a[0], 0), f1(th, a[1], 0))
		randErr(err)
		return s.Float(v)
	}},
	{"paretovariate", "(alpha)", "Pareto distribution.  alpha is the shape parameter.", func(th *s.Thread, r *pyrandom.Random, self s.Object, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("paretovariate", args, kw, "alpha")
		return s.Float(r.ParetoVariate(f1(th, a[0], 0)))
	}},
	{"weibullvariate", "(alpha, beta)", "Weibull distribution.", func(th *s.Thread, r *pyrandom.Random, self s.Object, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("weibullvariate", args, kw, "alpha", "beta")
		return s.Float(r.WeibullVariate(f1(th, a[0], 0), f1(th, a[1], 0)))
	}},
	{"triangular", "(low=0.0, high=1.0, mode=None)", "Triangular distribution.", func(th *s.Thread, r *pyrandom.Random, self s.Object, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("triangular", args, kw, "low?", "high?", "mode?")
		mode := math.NaN()
		if a[2] != nil && !isNone(a[2]) {
			mode = floatArg(th, "triangular", a[2])
		}
		return s.Float(r.Triangular(f1(th, a[0], 0), f1(th, a[1], 1), mode))
	}},
	{"getrandbits", "(k, /)", "getrandbits(k) -> x.  Generates an int with k random bits.", func(th *s.Thread, r *pyrandom.Random, self s.Object, args []s.Object, kw s.Kwargs) s.Object {
		noKw("getrandbits", kw)
		nargs("getrandbits", args, 1, 1)
		k := intArg(th, args[0])
		if k < 0 {
			s.Raise(s.ValueErrorType, "number of bits must be non-negative")
		}
		return intObj(r.GetRandBits(k))
	}},
	{"randbytes", "(n)", "Generate n random bytes.", func(th *s.Thread, r *pyrandom.Random, self s.Object, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("randbytes", args, kw, "n")
		n := intArg(th, a[0])
		if n < 0 {
			s.Raise(s.ValueErrorType, "number of bits must be non-negative")
		}
		return s.Bytes(r.RandBytes(n))
	}},
	{"getstate", "()", "Return internal state; can be passed to setstate() later.", func(th *s.Thread, r *pyrandom.Random, self s.Object, args []s.Object, kw s.Kwargs) s.Object {
		st := r.GetState()
		words := make(s.Tuple, len(st))
		for i, w := range st {
			words[i] = s.Int(w)
		}
		var g s.Object = s.None
		if v, ok := r.GaussNext(); ok {
			g = s.Float(v)
		}
		return s.Tuple{s.Int(3), words, g}
	}},
	{"setstate", "(state)", "Restore internal state from object returned by getstate().", func(th *s.Thread, r *pyrandom.Random, self s.Object, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("setstate", args, kw, "state")
		st := s.ToSlice(th, a[0])
		if len(st) != 3 || !s.IsInt(st[0]) || s.BigOf(st[0]).Int64() != 3 {
			if len(st) > 0 {
				s.Raise(s.ValueErrorType, "state with version %s passed to Random.setstate() of version 3", s.Repr(th, st[0]))
			}
			s.Raise(s.ValueErrorType, "state vector is the wrong size")
		}
		items := s.ToSlice(th, st[1])
		words := make([]uint32, len(items))
		for i, it := range items {
			b := bigArg(th, it)
			if b.Sign() < 0 || b.BitLen() > 32 {
				s.Raise(s.OverflowErrorType, "Python int too large to convert to C unsigned long")
			}
			words[i] = uint32(b.Uint64())
		}
		randErr(r.SetState(words))
		if isNone(st[2]) {
			r.SetGaussNext(0, false)
		} else {
			r.SetGaussNext(floatArg(th, "setstate", st[2]), true)
		}
		return s.None
	}},
}

func init() {
	randomType.Module = "random"
	randomType.New = func(th *s.Thread, cls *s.Type, args []s.Object, kw s.Kwargs) s.Object {
		if len(args) > 1 {
			s.Raise(s.TypeErrorType, "Random() takes at most 1 argument (%d given)", len(args))
		}
		r := &pyRandom{r: pyrandom.NewFromOS()}
		if len(args) == 1 {
			seedRandom(th, r.r, args[0])
		}
		if cls != randomType {
			return &s.Instance{Class: cls, Dict: map[string]s.Object{}, Payload: r}
		}
		return r
	}
	for _, m := range randMethods {
		m := m
		method(randomType, m.name, m.sig, m.doc, func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			if len(args) == 0 {
				s.Raise(s.TypeErrorType, "descriptor '%s' of 'Random' object needs an argument", m.name)
			}
			return m.fn(th, rngOf(args[0]), args[0], args[1:], kw)
		})
	}
	method(randomType, "__init__", "(x=None)", "Initialize an instance.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		return s.None
	})

	s.RegisterModule("random", func(in *s.Interp) *s.Module {
		m := s.NewModule("random", "Random variable generators.")
		inst := &pyRandom{r: pyrandom.NewFromOS()}
		m.Set("Random", randomType)
		m.Set("_inst", inst)
		for _, rm := range randMethods {
			rm := rm
			m.AddFunc(rm.name, rm.sig, rm.doc, func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
				return rm.fn(th, inst.r, inst, args, kw)
			})
		}
		return m
	})
}
