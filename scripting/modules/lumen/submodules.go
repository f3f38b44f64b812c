package lumen

import (
	"github.com/lumenlab/lumen/lib/array"
	s "github.com/lumenlab/lumen/scripting"
)

// MimeBundle renders small arrays as an HTML table in notebooks.
func (a *Array) MimeBundle(th *s.Thread) map[string]any {
	return map[string]any{"text/html": htmlTable(a.A)}
}

func linalgModule() *s.Module {
	m := s.NewModule("lumen.linalg", "Linear algebra on arrays (gonum underneath).")
	m.Set("LinAlgError", LinAlgErrorType)
	m.AddFunc("norm", "(x, axis=None, keepdims=False)", "Euclidean norm of a vector, Frobenius norm of a matrix, or 2-norms along axis.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		p := s.Args("norm", args, kw, "x", "axis?", "keepdims?")
		r, err := array.Norm(ToArray(th, "norm", "x", p[0]), axisArg("norm", p[1]), boolArg(th, p[2], false))
		Check(err)
		return Wrap(r)
	})
	m.AddFunc("inv", "(a)", "Inverse of a square matrix; LinAlgError if it is singular.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		p := s.Args("inv", args, kw, "a")
		r, err := array.Inv(ToArray(th, "inv", "a", p[0]))
		Check(err)
		return Wrap(r)
	})
	m.AddFunc("solve", "(a, b)", "Solve a @ x = b for x (b a vector or a matrix of right-hand sides).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		p := s.Args("solve", args, kw, "a", "b")
		r, err := array.Solve(ToArray(th, "solve", "a", p[0]), ToArray(th, "solve", "b", p[1]))
		Check(err)
		return Wrap(r)
	})
	m.AddFunc("eigh", "(a)", "Eigenvalues (ascending) and eigenvectors (columns) of a symmetric matrix, as a tuple (w, v). Uses the lower triangle.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		p := s.Args("eigh", args, kw, "a")
		w, v, err := array.Eigh(ToArray(th, "eigh", "a", p[0]))
		Check(err)
		return s.Tuple{WrapArray(w), WrapArray(v)}
	})
	m.AddFunc("det", "(a)", "Determinant of a square matrix.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		p := s.Args("det", args, kw, "a")
		d, err := array.Det(ToArray(th, "det", "a", p[0]))
		Check(err)
		return s.Float(d)
	})
	return m
}

// sizeArgs reads size= (None → a scalar draw, int or tuple).
func sizeArgs(th *s.Thread, fn string, o s.Object) ([]int, bool) {
	if o == nil || o == s.Object(s.None) {
		return nil, true
	}
	return shapeArg(th, fn, "size", o), false
}

func drawn(a *array.Array, err error, scalar bool) s.Object {
	Check(err)
	if scalar {
		v, _ := a.Item()
		return scalarObj(v, a.DType())
	}
	return WrapArray(a)
}

func randomModule() *s.Module {
	m := s.NewModule("lumen.random", "Random arrays drawn from the interpreter's seeded streams (see lumen.seed).")
	dims := func(th *s.Thread, fn string, args []s.Object) []int {
		var sh []int
		for _, x := range args {
			sh = append(sh, intArg(fn, "d", x))
		}
		return sh
	}
	m.AddFunc("rand", "(*dims)", "Uniform samples in [0, 1) with shape dims (a float when no dims are given).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		s.Args("rand", nil, kw)
		sh := dims(th, "rand", args)
		a, err := array.Rand(Stream(th), sh...)
		return drawn(a, err, len(args) == 0)
	})
	m.AddFunc("randn", "(*dims)", "Standard normal samples with shape dims (a float when no dims are given).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		s.Args("randn", nil, kw)
		sh := dims(th, "randn", args)
		a, err := array.RandN(Stream(th), sh...)
		return drawn(a, err, len(args) == 0)
	})
	m.AddFunc("uniform", "(low=0.0, high=1.0, size=None)", "Uniform samples in [low, high).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		p := s.Args("uniform", args, kw, "low?", "high?", "size?")
		lo, hi := 0.0, 1.0
		if p[0] != nil {
			lo = floatArg("uniform", "low", p[0])
		}
		if p[1] != nil {
			hi = floatArg("uniform", "high", p[1])
		}
		sh, scalar := sizeArgs(th, "uniform", p[2])
		a, err := array.Uniform(Stream(th), lo, hi, sh...)
		return drawn(a, err, scalar)
	})
	m.AddFunc("normal", "(loc=0.0, scale=1.0, size=None)", "Normal samples with mean loc and standard deviation scale (scale >= 0).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		p := s.Args("normal", args, kw, "loc?", "scale?", "size?")
		loc, scale := 0.0, 1.0
		if p[0] != nil {
			loc = floatArg("normal", "loc", p[0])
		}
		if p[1] != nil {
			scale = floatArg("normal", "scale", p[1])
		}
		if scale < 0 {
			s.Raise(s.ValueErrorType, "normal(): argument 'scale' must be >= 0, got %g", scale)
		}
		sh, scalar := sizeArgs(th, "normal", p[2])
		a, err := array.Normal(Stream(th), loc, scale, sh...)
		return drawn(a, err, scalar)
	})
	m.AddFunc("randint", "(low, high=None, size=None)", "Random integers in [low, high) (in [0, low) when high is None).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		p := s.Args("randint", args, kw, "low", "high?", "size?")
		lo, hi := 0, intArg("randint", "low", p[0])
		if p[1] != nil && p[1] != s.Object(s.None) {
			lo, hi = hi, intArg("randint", "high", p[1])
		}
		if hi <= lo {
			s.Raise(s.ValueErrorType, "randint(): need low < high, got low=%d, high=%d", lo, hi)
		}
		sh, scalar := sizeArgs(th, "randint", p[2])
		a, err := array.RandInt(Stream(th), lo, hi, sh...)
		return drawn(a, err, scalar)
	})
	m.AddFunc("bernoulli", "(p, size=None)", "Bool samples that are True with probability p (0 <= p <= 1).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		q := s.Args("bernoulli", args, kw, "p", "size?")
		p := floatArg("bernoulli", "p", q[0])
		if p < 0 || p > 1 {
			s.Raise(s.ValueErrorType, "bernoulli(): argument 'p' must be in [0, 1], got %g", p)
		}
		sh, scalar := sizeArgs(th, "bernoulli", q[1])
		a, err := array.Bernoulli(Stream(th), p, sh...)
		return drawn(a, err, scalar)
	})
	m.AddFunc("permutation", "(x)", "A random permutation of range(x) for an int x, or a shuffled copy of an array (along its first axis).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		p := s.Args("permutation", args, kw, "x")
		if s.IsInt(p[0]) {
			a, err := array.Permutation(Stream(th), intArg("permutation", "x", p[0]))
			return drawn(a, err, false)
		}
		a, err := array.Shuffled(Stream(th), ToArray(th, "permutation", "x", p[0]))
		return drawn(a, err, false)
	})
	m.AddFunc("choice", "(a, size=None, replace=True, p=None)", "Random samples from the 1-D array a (or range(a) for an int a), optionally with probabilities p.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		q := s.Args("choice", args, kw, "a", "size?", "replace?", "p?")
		var a *array.Array
		if s.IsInt(q[0]) {
			n := intArg("choice", "a", q[0])
			if n <= 0 {
				s.Raise(s.ValueErrorType, "choice(): argument 'a' must be a positive int, got %d", n)
			}
			r, _ := array.Arange(0, float64(n), 1)
			a = r.WithDType(array.Int64)
		} else {
			a = ToArray(th, "choice", "a", q[0])
		}
		var pa *array.Array
		if q[3] != nil && q[3] != s.Object(s.None) {
			pa = ToArray(th, "choice", "p", q[3])
		}
		sh, scalar := sizeArgs(th, "choice", q[1])
		n := 1
		for _, d := range sh {
			n *= d
		}
		r, err := array.Choice(Stream(th), a, n, boolArg(th, q[2], true), pa)
		Check(err)
		if scalar {
			return drawn(r, nil, true)
		}
		r, err = r.Reshape(sh...)
		return drawn(r, err, false)
	})
	return m
}
