// Package lumen is the `lumen` script module (import lumen as lm): arrays,
// their functions, linalg, random and seeding. It only binds: the numerics
// live in lib/array and lib/rng.
package lumen

import (
	"crypto/rand"
	"encoding/binary"
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/lumenlab/lumen/lib/array"
	"github.com/lumenlab/lumen/lib/rng"
	s "github.com/lumenlab/lumen/scripting"
)

func init() { s.RegisterModule("lumen", newModule) }

// extraAttrs are names other binding packages add to the lumen module
// (lm.Table lives in scripting/modules/table, which imports this package).
var extraAttrs = map[string]s.Object{}

// AddAttr makes v available as lumen.<name>; binding packages built on lumen
// call it from init.
func AddAttr(name string, v s.Object) { extraAttrs[name] = v }

// state is one interpreter's random root.
type state struct {
	mu   sync.Mutex
	seed uint64
	root *rng.Source
	n    uint64
}

var (
	statesMu sync.Mutex
	states   = map[*s.Interp]*state{}
)

func stateOf(in *s.Interp) *state {
	statesMu.Lock()
	defer statesMu.Unlock()
	st := states[in]
	if st == nil {
		var b [8]byte
		rand.Read(b[:])
		st = &state{}
		st.reset(binary.LittleEndian.Uint64(b[:]) >> 32)
		states[in] = st
	}
	return st
}

func (st *state) reset(seed uint64) {
	st.seed, st.root, st.n = seed, rng.New(seed), 0
}

// Stream returns the next random stream of the running interpreter: stream
// k is root.Split(k) for the k-th request since the last seed(), so a seed
// fixes every draw of a script and of the lib calls it makes.
func Stream(th *s.Thread) *rng.Source {
	st := stateOf(th.Interp())
	st.mu.Lock()
	defer st.mu.Unlock()
	src := st.root.Split(st.n)
	st.n++
	return src
}

func newModule(in *s.Interp) *s.Module {
	stateOf(in)
	m := s.NewModule("lumen", "Lumen: arrays, random streams and device libraries for physical-computing research.\n\nArrays follow numpy's names and semantics: lm.array, lm.zeros, a.sum(axis=0), a[0, :], a * 2 + 1.")
	m.Set("Array", ArrayType)
	m.Set("float64", s.Str("float64"))
	m.Set("int64", s.Str("int64"))
	m.Set("bool_", s.Str("bool"))
	m.Set("pi", s.Float(3.141592653589793))
	m.Set("e", s.Float(2.718281828459045))
	m.Set("nan", s.Float(nan()))
	m.Set("inf", s.Float(inf()))
	m.Set("newaxis", s.None)
	addCreation(m)
	addProgress(m)
	for _, k := range sortedAttrNames() {
		m.Set(k, extraAttrs[k])
	}
	m.Set("display", in.Builtins().Get("display"))
	m.Set("clear_output", in.Builtins().Get("clear_output"))
	addMath(m)
	addIO(m)
	m.Set("linalg", linalgModule())
	m.Set("random", randomModule())
	m.AddFunc("seed", "(n)", "Seed the root random stream: every lumen random draw (lm.random.* and the device libraries) derives from it, so the same seed reproduces a run exactly, at any GOMAXPROCS.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		p := s.Args("seed", args, kw, "n")
		if !s.IsInt(p[0]) {
			s.Raise(s.TypeErrorType, "seed(): argument 'n' must be int, not %s", s.TypeNameOf(p[0]))
		}
		b := s.BigOf(p[0])
		if b.Sign() < 0 || b.BitLen() > 64 {
			s.Raise(s.ValueErrorType, "seed(): argument 'n' must be in [0, 2**64), got %s", b.String())
		}
		st := stateOf(th.Interp())
		st.mu.Lock()
		st.reset(b.Uint64())
		st.mu.Unlock()
		return s.None
	})
	m.AddFunc("get_seed", "()", "The root seed in use: the last lm.seed(n), or the one drawn at import. Pass it to lm.seed to re-run.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		s.Args("get_seed", args, kw)
		st := stateOf(th.Interp())
		st.mu.Lock()
		defer st.mu.Unlock()
		return s.MakeInt(new(big.Int).SetUint64(st.seed))
	})
	return m
}

func addCreation(m *s.Module) {
	arrayFn := func(name string) goFn {
		return func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			p := s.Args(name, args, kw, "object", "dtype?", "*", "copy?")
			if a, ok := p[0].(*Array); ok && name == "asarray" {
				if dt, ok := dtypeArg(name, p[1]); ok && dt != a.A.DType() {
					return Wrap(a.A.AsType(dt))
				}
				return a
			}
			a := ToArray(th, name, "object", p[0])
			if _, ok := p[0].(*Array); ok || a.Ndim() == 0 {
				a = a.Copy()
			}
			if dt, ok := dtypeArg(name, p[1]); ok {
				a = a.AsType(dt)
			}
			return WrapArray(a)
		}
	}
	m.AddFunc("array", "(object, dtype=None)", "Create an array from nested lists/tuples of numbers or another array (always copies).\n\ndtype: 'float64', 'int64' or 'bool' (default: inferred like numpy).", arrayFn("array"))
	m.AddFunc("asarray", "(object, dtype=None)", "Like array(), but returns an Array argument itself instead of a copy.", arrayFn("asarray"))
	filled := func(name string, v float64, hasFill bool) goFn {
		return func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			names := []string{"shape", "dtype?"}
			if hasFill {
				names = []string{"shape", "fill_value", "dtype?"}
			}
			p := s.Args(name, args, kw, names...)
			shape := shapeArg(th, name, "shape", p[0])
			dtIdx := 1
			dt := array.Float64
			if hasFill {
				dtIdx = 2
				v = floatArg(name, "fill_value", p[1])
				if s.IsInt(p[1]) {
					dt = array.Int64
					if _, ok := p[1].(s.Bool); ok {
						dt = array.Bool
					}
				}
			}
			a, err := array.Full(v, shape...)
			Check(err)
			if d, ok := dtypeArg(name, p[dtIdx]); ok {
				dt = d
			}
			return WrapArray(a.AsType(dt))
		}
	}
	m.AddFunc("zeros", "(shape, dtype=None)", "A new array of zeros; shape is an int or a tuple of ints.", filled("zeros", 0, false))
	m.AddFunc("ones", "(shape, dtype=None)", "A new array of ones; shape is an int or a tuple of ints.", filled("ones", 1, false))
	m.AddFunc("full", "(shape, fill_value, dtype=None)", "A new array filled with fill_value.", filled("full", 0, true))
	m.AddFunc("eye", "(N, M=None, k=0, dtype=None)", "An N×M array with ones on the k-th diagonal and zeros elsewhere.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		p := s.Args("eye", args, kw, "N", "M?", "k?", "dtype?")
		n := intArg("eye", "N", p[0])
		mm, k := 0, 0
		if p[1] != nil && p[1] != s.Object(s.None) {
			mm = intArg("eye", "M", p[1])
		}
		if p[2] != nil {
			k = intArg("eye", "k", p[2])
		}
		a, err := array.Eye(n, mm, k)
		Check(err)
		if dt, ok := dtypeArg("eye", p[3]); ok {
			a = a.AsType(dt)
		}
		return WrapArray(a)
	})
	m.AddFunc("arange", "(start, stop=None, step=1, dtype=None)", "Evenly spaced values in [start, stop) (start defaults to 0 when one argument is given). Integer arguments give an int64 array.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		p := s.Args("arange", args, kw, "start", "stop?", "step?", "dtype?")
		allInt := true
		for _, x := range p[:3] {
			if x != nil && x != s.Object(s.None) && !s.IsInt(x) {
				allInt = false
			}
		}
		start, stop, step := 0.0, 0.0, 1.0
		if p[1] == nil || p[1] == s.Object(s.None) {
			stop = floatArg("arange", "stop", p[0])
		} else {
			start = floatArg("arange", "start", p[0])
			stop = floatArg("arange", "stop", p[1])
		}
		if p[2] != nil && p[2] != s.Object(s.None) {
			step = floatArg("arange", "step", p[2])
		}
		a, err := array.Arange(start, stop, step)
		Check(err)
		if allInt {
			a = a.WithDType(array.Int64)
		}
		if dt, ok := dtypeArg("arange", p[3]); ok {
			a = a.AsType(dt)
		}
		return WrapArray(a)
	})
	m.AddFunc("linspace", "(start, stop, num=50, endpoint=True)", "num evenly spaced samples from start to stop (stop included when endpoint).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		p := s.Args("linspace", args, kw, "start", "stop", "num?", "endpoint?")
		num := 50
		if p[2] != nil {
			num = intArg("linspace", "num", p[2])
		}
		a, err := array.Linspace(floatArg("linspace", "start", p[0]), floatArg("linspace", "stop", p[1]), num, boolArg(th, p[3], true))
		Check(err)
		return WrapArray(a)
	})
}

func seqArrays(th *s.Thread, fn string, o s.Object) []*array.Array {
	var out []*array.Array
	for _, x := range s.ToSlice(th, o) {
		out = append(out, ToArray(th, fn, "arrays", x))
	}
	return out
}

func addMath(m *s.Module) {
	unary := []struct {
		name, doc string
		f         array.Func
	}{
		{"exp", "Elementwise exponential.", array.Exp},
		{"log", "Elementwise natural logarithm.", array.Log},
		{"sqrt", "Elementwise square root.", array.Sqrt},
		{"tanh", "Elementwise hyperbolic tangent.", array.Tanh},
		{"sigmoid", "Elementwise logistic function 1/(1+exp(-x)), computed without overflow.", array.Sigmoid},
		{"sin", "Elementwise sine.", array.Sin},
		{"cos", "Elementwise cosine.", array.Cos},
		{"abs", "Elementwise absolute value.", array.Abs},
		{"sign", "Elementwise sign: -1, 0 or 1 (NaN stays NaN).", array.Sign},
		{"floor", "Elementwise floor.", array.Floor},
		{"ceil", "Elementwise ceiling.", array.Ceil},
		{"square", "Elementwise square.", array.Square},
	}
	for _, u := range unary {
		u := u
		m.AddFunc(u.name, "(x)", u.doc, func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			p := s.Args(u.name, args, kw, "x")
			return Wrap(array.Unary(u.f, ToArray(th, u.name, "x", p[0])))
		})
	}
	m.AddFunc("round", "(a, decimals=0)", "Round half to even (like numpy.round) to the given number of decimals.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		p := s.Args("round", args, kw, "a", "decimals?")
		d := 0
		if p[1] != nil {
			d = intArg("round", "decimals", p[1])
		}
		return Wrap(array.RoundTo(ToArray(th, "round", "a", p[0]), d))
	})
	binary := func(name, doc string, op array.Op) {
		m.AddFunc(name, "(x1, x2)", doc, func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			p := s.Args(name, args, kw, "x1", "x2")
			r, err := array.Binary(op, ToArray(th, name, "x1", p[0]), ToArray(th, name, "x2", p[1]))
			Check(err)
			return Wrap(r)
		})
	}
	binary("maximum", "Elementwise maximum with broadcasting (NaN propagates).", array.Maximum)
	binary("minimum", "Elementwise minimum with broadcasting (NaN propagates).", array.Minimum)
	binary("add", "Elementwise x1 + x2.", array.Add)
	binary("subtract", "Elementwise x1 - x2.", array.Sub)
	binary("multiply", "Elementwise x1 * x2.", array.Mul)
	binary("divide", "Elementwise x1 / x2.", array.Div)
	binary("power", "Elementwise x1 ** x2.", array.Pow)
	binary("equal", "Elementwise x1 == x2 as a bool array.", array.Eq)
	binary("not_equal", "Elementwise x1 != x2 as a bool array.", array.Ne)
	binary("less", "Elementwise x1 < x2 as a bool array.", array.Lt)
	binary("less_equal", "Elementwise x1 <= x2 as a bool array.", array.Le)
	binary("greater", "Elementwise x1 > x2 as a bool array.", array.Gt)
	binary("greater_equal", "Elementwise x1 >= x2 as a bool array.", array.Ge)
	m.AddFunc("clip", "(a, a_min, a_max)", "Limit values to [a_min, a_max] (either may be None).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		p := s.Args("clip", args, kw, "a", "a_min", "a_max")
		return clipCall(th, ToArray(th, "clip", "a", p[0]), p[1:], nil)
	})
	m.AddFunc("where", "(condition, x, y)", "Elements of x where condition is true, else of y (all broadcast together).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		p := s.Args("where", args, kw, "condition", "x", "y")
		r, err := array.Where(ToArray(th, "where", "condition", p[0]), ToArray(th, "where", "x", p[1]), ToArray(th, "where", "y", p[2]))
		Check(err)
		return Wrap(r)
	})
	for _, r := range reductions {
		r := r
		m.AddFunc(r.name, "(a, axis=None, *, keepdims=False)", r.doc, func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			if len(args) == 0 {
				s.Raise(s.TypeErrorType, "%s() missing required argument 'a'", r.name)
			}
			return reduceCall(th, r.name, r.r, ToArray(th, r.name, "a", args[0]), args[1:], kw)
		})
	}
	for _, name := range []string{"std", "var"} {
		name := name
		m.AddFunc(name, "(a, axis=None, *, ddof=0, keepdims=False)", map[string]string{"std": "Standard deviation over the given axis.", "var": "Variance over the given axis."}[name], func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			if len(args) == 0 {
				s.Raise(s.TypeErrorType, "%s() missing required argument 'a'", name)
			}
			return varCall(th, name, ToArray(th, name, "a", args[0]), args[1:], kw)
		})
	}
	m.AddFunc("cumsum", "(a, axis=None)", "Cumulative sum along axis (over the flattened array when axis is None).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		if len(args) == 0 {
			s.Raise(s.TypeErrorType, "cumsum() missing required argument 'a'")
		}
		return cumsumCall("cumsum", ToArray(th, "cumsum", "a", args[0]), args[1:], kw)
	})
	prod2 := func(name, doc string, fn func(a, b *array.Array) (*array.Array, error)) {
		m.AddFunc(name, "(a, b)", doc, func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			p := s.Args(name, args, kw, "a", "b")
			r, err := fn(ToArray(th, name, "a", p[0]), ToArray(th, name, "b", p[1]))
			Check(err)
			return Wrap(r)
		})
	}
	prod2("dot", "Dot product of two arrays: matrix product for 2-D, inner product for 1-D.", array.Dot)
	prod2("matmul", "Matrix product of two arrays (the dialect has no @ operator).", array.MatMul)
	prod2("outer", "Outer product of two vectors (inputs are flattened).", array.Outer)
	join := func(name, sig, doc string, fn func(xs []*array.Array, axis int) (*array.Array, error)) {
		m.AddFunc(name, sig, doc, func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			p := s.Args(name, args, kw, "arrays", "axis?")
			axis := 0
			if p[1] != nil {
				axis = intArg(name, "axis", p[1])
			}
			r, err := fn(seqArrays(th, name, p[0]), axis)
			Check(err)
			return Wrap(r)
		})
	}
	join("concatenate", "(arrays, axis=0)", "Join a sequence of arrays along an existing axis.", array.Concatenate)
	join("stack", "(arrays, axis=0)", "Join a sequence of same-shape arrays along a new axis.", array.Stack)
	join("hstack", "(arrays)", "Stack arrays horizontally (column wise).", func(xs []*array.Array, _ int) (*array.Array, error) { return array.HStack(xs) })
	join("vstack", "(arrays)", "Stack arrays vertically (row wise); 1-D arrays become rows.", func(xs []*array.Array, _ int) (*array.Array, error) { return array.VStack(xs) })
	m.AddFunc("reshape", "(a, shape)", "a with a new shape (one dimension may be -1).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		p := s.Args("reshape", args, kw, "a", "shape")
		r, err := ToArray(th, "reshape", "a", p[0]).Reshape(shapeArg(th, "reshape", "shape", p[1])...)
		Check(err)
		return Wrap(r)
	})
	m.AddFunc("transpose", "(a, axes=None)", "Permute the axes of a (reverse them by default).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		p := s.Args("transpose", args, kw, "a", "axes?")
		var axes []int
		if p[1] != nil {
			axes = shapeArg(th, "transpose", "axes", p[1])
		}
		r, err := ToArray(th, "transpose", "a", p[0]).Transpose(axes...)
		Check(err)
		return Wrap(r)
	})
}

func addIO(m *s.Module) {
	m.AddFunc("save", "(file, arr)", "Save an array to a numpy .npy file (written atomically; '.npy' is appended if missing).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		p := s.Args("save", args, kw, "file", "arr")
		path := strArg("save", "file", p[0])
		if !strings.HasSuffix(path, ".npy") {
			path += ".npy"
		}
		Check(array.Save(path, ToArray(th, "save", "arr", p[1])))
		return s.None
	})
	m.AddFunc("savez", "(file, *args, **kwds)", "Save several arrays into one uncompressed .npz archive; positional arrays are named arr_0, arr_1, ...", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		if len(args) == 0 {
			s.Raise(s.TypeErrorType, "savez() missing required argument 'file'")
		}
		path := strArg("savez", "file", args[0])
		if !strings.HasSuffix(path, ".npz") {
			path += ".npz"
		}
		arrs := map[string]*array.Array{}
		for i, x := range args[1:] {
			arrs["arr_"+itoa(i)] = ToArray(th, "savez", "arr_"+itoa(i), x)
		}
		for _, k := range kw {
			if _, dup := arrs[k.Name]; dup {
				s.Raise(s.ValueErrorType, "Cannot use un-named variables and keyword %s", k.Name)
			}
			arrs[k.Name] = ToArray(th, "savez", k.Name, k.Value)
		}
		Check(array.SaveZ(path, arrs))
		return s.None
	})
	m.AddFunc("load", "(file)", "Load an array from .npy, or a dict of arrays from .npz.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		p := s.Args("load", args, kw, "file")
		path := strArg("load", "file", p[0])
		if strings.HasSuffix(path, ".npz") {
			arrs, names, err := array.LoadZ(path)
			Check(err)
			d := s.NewDict()
			for _, n := range names {
				d.SetStr(n, WrapArray(arrs[n]))
			}
			return d
		}
		a, err := array.Load(path)
		Check(err)
		return WrapArray(a)
	})
}

func strArg(fn, name string, o s.Object) string {
	v, ok := o.(s.Str)
	if !ok {
		s.Raise(s.TypeErrorType, "%s(): argument '%s' must be str, not %s", fn, name, s.TypeNameOf(o))
	}
	return string(v)
}

func itoa(i int) string { return strconv.Itoa(i) }

func nan() float64 { return math.NaN() }
func inf() float64 { return math.Inf(1) }

func sortedAttrNames() []string {
	out := make([]string, 0, len(extraAttrs))
	for k := range extraAttrs {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
