package stdlib

import (
	"math"
	"math/big"
	"math/bits"

	s "github.com/lumenlab/lumen/scripting"
)

// The math module (CPython 3.11 Modules/mathmodule.c semantics).

func mathDomain() { s.Raise(s.ValueErrorType, "math domain error") }
func mathRange()  { s.Raise(s.OverflowErrorType, "math range error") }

// math1 wraps a one-argument libm function with CPython's error rules.
func math1(m *s.Module, name, doc string, f func(float64) float64, canOverflow bool) {
	m.AddFunc(name, "(x, /)", doc, func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		noKw(name, kw)
		nargs(name, args, 1, 1)
		x := floatArg(th, name, args[0])
		r := f(x)
		if math.IsNaN(r) && !math.IsNaN(x) {
			mathDomain()
		}
		if math.IsInf(r, 0) && isFinite(x) {
			if canOverflow {
				mathRange()
			}
			mathDomain()
		}
		return s.Float(r)
	})
}

// floatOfInt converts an int to float64 (OverflowError when too large).
func floatOfInt(o s.Object) float64 {
	f, _ := s.AsFloat(o)
	return f
}

// mLog is log with CPython's domain rules.
func mLog(x float64, f func(float64) float64) float64 {
	if isFinite(x) {
		if x > 0 {
			return f(x)
		}
		mathDomain()
	}
	if math.IsNaN(x) || x > 0 {
		return x
	}
	mathDomain()
	return 0
}

// logHelper handles ints of any size like CPython's loghelper.
func logHelper(th *s.Thread, name string, o s.Object, f func(float64) float64) float64 {
	if b, ok := o.(*big.Int); ok {
		if b.Sign() <= 0 {
			mathDomain()
		}
		fl, _ := new(big.Float).SetInt(b).Float64()
		if !math.IsInf(fl, 0) {
			return mLog(fl, f)
		}
		// x = m * 2**e with 0.5 <= m < 1
		e := b.BitLen()
		m := new(big.Float).SetInt(b)
		m.SetMantExp(m, -e)
		mf, _ := m.Float64()
		return f(mf) + float64(e)*f(2.0)
	}
	if s.IsInt(o) {
		if s.BigOf(o).Sign() <= 0 {
			mathDomain()
		}
	}
	return mLog(floatArg(th, name, o), f)
}

func toIntFloat(x float64) s.Object {
	if math.IsInf(x, 0) {
		s.Raise(s.OverflowErrorType, "cannot convert float infinity to integer")
	}
	if math.IsNaN(x) {
		s.Raise(s.ValueErrorType, "cannot convert float NaN to integer")
	}
	if x > -9e18 && x < 9e18 {
		return s.Int(int64(x))
	}
	b, _ := new(big.Float).SetFloat64(x).Int(nil)
	return s.MakeInt(b)
}

// roundHelper implements floor/ceil/trunc: ints pass through, objects may
// define the dunder, floats round.
func roundHelper(th *s.Thread, name, dunder string, o s.Object, f func(float64) float64) s.Object {
	if s.IsInt(o) {
		if b, ok := o.(s.Bool); ok {
			if b {
				return s.Int(1)
			}
			return s.Int(0)
		}
		return o
	}
	if x, ok := o.(s.Float); ok {
		return toIntFloat(f(float64(x)))
	}
	if m := s.LookupSpecial(o, dunder); m != nil {
		return s.Call(th, m, []s.Object{o}, nil)
	}
	if dunder == "__trunc__" {
		s.Raise(s.TypeErrorType, "type %s doesn't define __trunc__ method", s.TypeNameOf(o))
	}
	return toIntFloat(f(floatArg(th, name, o)))
}

// fsum is CPython's exact msum (Shewchuk) algorithm.
func fsum(th *s.Thread, seq s.Object) float64 {
	var p []float64
	specialSum, infSum := 0.0, 0.0
	it := s.Iter(th, seq)
	for {
		item, ok := it.Next(th)
		if !ok {
			break
		}
		x := floatArg(th, "fsum", item)
		xsave := x
		i := 0
		for j := 0; j < len(p); j++ {
			y := p[j]
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			yr := hi - x
			lo := y - yr
			if lo != 0.0 {
				p[i] = lo
				i++
			}
			x = hi
		}
		p = p[:i]
		if x != 0.0 {
			if !isFinite(x) {
				if isFinite(xsave) {
					s.Raise(s.OverflowErrorType, "intermediate overflow in fsum")
				}
				if math.IsInf(xsave, 0) {
					infSum += xsave
				}
				specialSum += xsave
				p = p[:0]
			} else {
				p = append(p, x)
			}
		}
	}
	if specialSum != 0.0 {
		if math.IsNaN(infSum) {
			s.Raise(s.ValueErrorType, "-inf + inf in fsum")
		}
		return specialSum
	}
	hi := 0.0
	n := len(p)
	if n > 0 {
		n--
		hi = p[n]
		lo := 0.0
		for n > 0 {
			x := hi
			n--
			y := p[n]
			hi = x + y
			yr := hi - x
			lo = y - yr
			if lo != 0.0 {
				break
			}
		}
		if n > 0 && ((lo < 0.0 && p[n-1] < 0.0) || (lo > 0.0 && p[n-1] > 0.0)) {
			y := lo * 2.0
			x := hi + y
			yr := x - hi
			if y == yr {
				hi = x
			}
		}
	}
	return hi
}

func bigFactorial(n int64) *big.Int {
	return new(big.Int).MulRange(1, n)
}

// perm/comb on big ints.
func permBig(n, k *big.Int) *big.Int {
	if k.Cmp(n) > 0 {
		return big.NewInt(0)
	}
	if !k.IsInt64() {
		s.Raise(s.OverflowErrorType, "k must not exceed %d", int64(math.MaxInt64))
	}
	r := big.NewInt(1)
	kk := k.Int64()
	f := new(big.Int).Set(n)
	one := big.NewInt(1)
	for i := int64(0); i < kk; i++ {
		r.Mul(r, f)
		f.Sub(f, one)
	}
	return r
}

func combBig(n, k *big.Int) *big.Int {
	if k.Cmp(n) > 0 {
		return big.NewInt(0)
	}
	nk := new(big.Int).Sub(n, k)
	if nk.Cmp(k) < 0 {
		k = nk
	}
	if !k.IsInt64() {
		s.Raise(s.OverflowErrorType, "min(n - k, k) must not exceed %d", int64(math.MaxInt64))
	}
	if n.IsInt64() {
		return new(big.Int).Binomial(n.Int64(), k.Int64())
	}
	r := big.NewInt(1)
	kk := k.Int64()
	f := new(big.Int).Set(n)
	one := big.NewInt(1)
	for i := int64(1); i <= kk; i++ {
		r.Mul(r, f)
		r.Quo(r, big.NewInt(i))
		f.Sub(f, one)
	}
	_ = one
	return r
}

func nextafter(x, y float64) float64 { return math.Nextafter(x, y) }

func ulp(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	x = math.Abs(x)
	if math.IsInf(x, 0) {
		return x
	}
	x2 := math.Nextafter(x, math.Inf(1))
	if math.IsInf(x2, 0) {
		x2 = math.Nextafter(x, math.Inf(-1))
		return x - x2
	}
	return x2 - x
}

// lgamma with CPython's error handling.
func mLgamma(x float64) float64 {
	if !isFinite(x) {
		if math.IsNaN(x) {
			return x
		}
		return math.Inf(1)
	}
	if x == math.Floor(x) && x <= 2.0 {
		if x <= 0.0 {
			mathDomain()
		}
		return 0.0
	}
	r, _ := math.Lgamma(x)
	if math.IsInf(r, 0) {
		mathRange()
	}
	return r
}

func mGamma(x float64) float64 {
	if !isFinite(x) {
		if math.IsNaN(x) || x > 0 {
			return x
		}
		mathDomain()
	}
	if x == 0 {
		mathDomain()
	}
	if x == math.Floor(x) && x < 0 {
		mathDomain()
	}
	r := math.Gamma(x)
	if math.IsInf(r, 0) {
		mathRange()
	}
	return r
}

func init() {
	s.RegisterModule("math", func(in *s.Interp) *s.Module {
		m := s.NewModule("math", "This module provides access to the mathematical functions\ndefined by the C standard.")
		m.Set("pi", s.Float(math.Pi))
		m.Set("e", s.Float(math.E))
		m.Set("tau", s.Float(2*math.Pi))
		m.Set("inf", s.Float(math.Inf(1)))
		m.Set("nan", s.Float(math.NaN()))

		math1(m, "sqrt", "Return the square root of x.", math.Sqrt, false)
		math1(m, "exp", "Return e raised to the power of x.", cExp, true)
		math1(m, "exp2", "Return 2 raised to the power of x.", cExp2, true)
		math1(m, "expm1", "Return exp(x)-1.\n\nThis function avoids the loss of precision involved in the direct evaluation of exp(x)-1 for small x.", cExpm1, true)
		math1(m, "cbrt", "Return the cube root of x.", cCbrt, false)
		math1(m, "fabs", "Return the absolute value of the float x.", math.Abs, false)
		math1(m, "sin", "Return the sine of x (measured in radians).", cSin, false)
		math1(m, "cos", "Return the cosine of x (measured in radians).", cCos, false)
		math1(m, "tan", "Return the tangent of x (measured in radians).", cTan, false)
		math1(m, "asin", "Return the arc sine (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2.", cAsin, false)
		math1(m, "acos", "Return the arc cosine (measured in radians) of x.\n\nThe result is between 0 and pi.", cAcos, false)
		math1(m, "atan", "Return the arc tangent (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2.", cAtan, false)
		math1(m, "sinh", "Return the hyperbolic sine of x.", cSinh, true)
		math1(m, "cosh", "Return the hyperbolic cosine of x.", cCosh, true)
		math1(m, "tanh", "Return the hyperbolic tangent of x.", cTanh, false)
		math1(m, "asinh", "Return the inverse hyperbolic sine of x.", cAsinh, false)
		math1(m, "acosh", "Return the inverse hyperbolic cosine of x.", cAcosh, false)
		math1(m, "atanh", "Return the inverse hyperbolic tangent of x.", func(x float64) float64 {
			if x == 1 || x == -1 {
				return math.NaN()
			}
			return cAtanh(x)
		}, false)
		math1(m, "log1p", "Return the natural logarithm of 1+x (base e).\n\nThe result is computed in a way which is accurate for x near zero.", func(x float64) float64 {
			if x == -1 {
				return math.NaN()
			}
			return cLog1p(x)
		}, false)
		math1(m, "erf", "Error function at x.", cErf, false)
		math1(m, "erfc", "Complementary error function at x.", cErfc, false)
		m.AddFunc("gamma", "(x, /)", "Gamma function at x.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("gamma", args, 1, 1)
			return s.Float(mGamma(floatArg(th, "gamma", args[0])))
		})
		m.AddFunc("lgamma", "(x, /)", "Natural logarithm of absolute value of Gamma function at x.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("lgamma", args, 1, 1)
			return s.Float(mLgamma(floatArg(th, "lgamma", args[0])))
		})
		m.AddFunc("degrees", "(x, /)", "Convert angle x from radians to degrees.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("degrees", args, 1, 1)
			return s.Float(floatArg(th, "degrees", args[0]) * (180.0 / math.Pi))
		})
		m.AddFunc("radians", "(x, /)", "Convert angle x from degrees to radians.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("radians", args, 1, 1)
			return s.Float(floatArg(th, "radians", args[0]) * (math.Pi / 180.0))
		})

		m.AddFunc("log", "log(x, [base=math.e])", "Return the logarithm of x to the given base.\n\nIf the base not specified, returns the natural logarithm (base e) of x.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			noKw("log", kw)
			nargs("log", args, 1, 2)
			num := logHelper(th, "log", args[0], cLog)
			if len(args) == 1 {
				return s.Float(num)
			}
			den := logHelper(th, "log", args[1], cLog)
			if den == 0 {
				s.Raise(s.ZeroDivisionErrorType, "float division by zero")
			}
			return s.Float(num / den)
		})
		m.AddFunc("log2", "(x, /)", "Return the base 2 logarithm of x.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("log2", args, 1, 1)
			return s.Float(logHelper(th, "log2", args[0], cLog2))
		})
		m.AddFunc("log10", "(x, /)", "Return the base 10 logarithm of x.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("log10", args, 1, 1)
			return s.Float(logHelper(th, "log10", args[0], cLog10))
		})

		m.AddFunc("pow", "(x, y, /)", "Return x**y (x to the power of y).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("pow", args, 2, 2)
			x, y := floatArg(th, "pow", args[0]), floatArg(th, "pow", args[1])
			r := cPow(x, y)
			if isFinite(x) && isFinite(y) {
				if math.IsNaN(r) {
					mathDomain()
				}
				if math.IsInf(r, 0) {
					if x == 0 {
						mathDomain()
					}
					mathRange()
				}
			}
			return s.Float(r)
		})
		m.AddFunc("floor", "(x, /)", "Return the floor of x as an Integral.\n\nThis is the largest integer <= x.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("floor", args, 1, 1)
			return roundHelper(th, "floor", "__floor__", args[0], math.Floor)
		})
		m.AddFunc("ceil", "(x, /)", "Return the ceiling of x as an Integral.\n\nThis is the smallest integer >= x.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("ceil", args, 1, 1)
			return roundHelper(th, "ceil", "__ceil__", args[0], math.Ceil)
		})
		m.AddFunc("trunc", "(x, /)", "Truncates the Real x to the nearest Integral toward 0.\n\nUses the __trunc__ magic method.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("trunc", args, 1, 1)
			return roundHelper(th, "trunc", "__trunc__", args[0], math.Trunc)
		})
		m.AddFunc("fmod", "(x, y, /)", "Return fmod(x, y), according to platform C.\n\nx % y may differ.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("fmod", args, 2, 2)
			x, y := floatArg(th, "fmod", args[0]), floatArg(th, "fmod", args[1])
			if math.IsInf(y, 0) && isFinite(x) {
				return s.Float(x)
			}
			r := math.Mod(x, y)
			if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
				mathDomain()
			}
			return s.Float(r)
		})
		m.AddFunc("remainder", "(x, y, /)", "Difference between x and the closest integer multiple of y.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("remainder", args, 2, 2)
			x, y := floatArg(th, "remainder", args[0]), floatArg(th, "remainder", args[1])
			r := math.Remainder(x, y)
			if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
				mathDomain()
			}
			return s.Float(r)
		})
		m.AddFunc("modf", "(x, /)", "Return the fractional and integer parts of x.\n\nBoth results carry the sign of x and are floats.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("modf", args, 1, 1)
			x := floatArg(th, "modf", args[0])
			if math.IsInf(x, 0) {
				return tupleOf(s.Float(math.Copysign(0, x)), s.Float(x))
			}
			i, f := math.Modf(x)
			return tupleOf(s.Float(f), s.Float(i))
		})
		m.AddFunc("frexp", "(x, /)", "Return the mantissa and exponent of x, as pair (m, e).\n\nm is a float and e is an int, such that x = m * 2.**e.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("frexp", args, 1, 1)
			x := floatArg(th, "frexp", args[0])
			if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
				return tupleOf(s.Float(x), s.Int(0))
			}
			f, e := math.Frexp(x)
			return tupleOf(s.Float(f), s.Int(e))
		})
		m.AddFunc("ldexp", "(x, i, /)", "Return x * (2**i).\n\nThis is essentially the inverse of frexp().", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("ldexp", args, 2, 2)
			x := floatArg(th, "ldexp", args[0])
			if !s.IsInt(args[1]) {
				s.Raise(s.TypeErrorType, "Expected an int as second argument to ldexp.")
			}
			e := s.BigOf(args[1])
			var ei int
			if e.Cmp(big.NewInt(100000)) > 0 {
				ei = 100000
			} else if e.Cmp(big.NewInt(-100000)) < 0 {
				ei = -100000
			} else {
				ei = int(e.Int64())
			}
			if x == 0 || !isFinite(x) {
				return s.Float(x)
			}
			r := math.Ldexp(x, ei)
			if math.IsInf(r, 0) {
				mathRange()
			}
			return s.Float(r)
		})
		m.AddFunc("copysign", "(x, y, /)", "Return a float with the magnitude (absolute value) of x but the sign of y.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("copysign", args, 2, 2)
			return s.Float(math.Copysign(floatArg(th, "copysign", args[0]), floatArg(th, "copysign", args[1])))
		})
		m.AddFunc("atan2", "(y, x, /)", "Return the arc tangent (measured in radians) of y/x.\n\nUnlike atan(y/x), the signs of both x and y are considered.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("atan2", args, 2, 2)
			return s.Float(cAtan2(floatArg(th, "atan2", args[0]), floatArg(th, "atan2", args[1])))
		})
		m.AddFunc("isclose", "(a, b, *, rel_tol=1e-09, abs_tol=0.0)", "Determine whether two floating point numbers are close in value.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			a := s.Args("isclose", args, kw, "a", "b", "*", "rel_tol?", "abs_tol?")
			x, y := floatArg(th, "isclose", a[0]), floatArg(th, "isclose", a[1])
			rel, abs := 1e-09, 0.0
			if a[2] != nil {
				rel = floatArg(th, "isclose", a[2])
			}
			if a[3] != nil {
				abs = floatArg(th, "isclose", a[3])
			}
			if rel < 0 || abs < 0 {
				s.Raise(s.ValueErrorType, "tolerances must be non-negative")
			}
			if x == y {
				return s.True
			}
			if math.IsInf(x, 0) || math.IsInf(y, 0) {
				return s.False
			}
			diff := math.Abs(y - x)
			return s.BoolOf(diff <= math.Abs(rel*y) || diff <= math.Abs(rel*x) || diff <= abs)
		})
		m.AddFunc("isnan", "(x, /)", "Return True if x is a NaN (not a number), and False otherwise.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("isnan", args, 1, 1)
			return s.BoolOf(math.IsNaN(floatArg(th, "isnan", args[0])))
		})
		m.AddFunc("isinf", "(x, /)", "Return True if x is a positive or negative infinity, and False otherwise.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("isinf", args, 1, 1)
			return s.BoolOf(math.IsInf(floatArg(th, "isinf", args[0]), 0))
		})
		m.AddFunc("isfinite", "(x, /)", "Return True if x is neither an infinity nor a NaN, and False otherwise.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("isfinite", args, 1, 1)
			return s.BoolOf(isFinite(floatArg(th, "isfinite", args[0])))
		})
		m.AddFunc("fsum", "(seq, /)", "Return an accurate floating point sum of values in the iterable seq.\n\nAssumes IEEE-754 floating point arithmetic.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("fsum", args, 1, 1)
			return s.Float(fsum(th, args[0]))
		})
		m.AddFunc("gcd", "(*integers)", "Greatest Common Divisor.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			noKw("gcd", kw)
			r := big.NewInt(0)
			for _, a := range args {
				b := new(big.Int).Abs(bigArg(th, a))
				r.GCD(nil, nil, r, b)
			}
			return intObj(r)
		})
		m.AddFunc("lcm", "(*integers)", "Least Common Multiple.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			noKw("lcm", kw)
			r := big.NewInt(1)
			for _, a := range args {
				b := new(big.Int).Abs(bigArg(th, a))
				if b.Sign() == 0 || r.Sign() == 0 {
					r.SetInt64(0)
					continue
				}
				g := new(big.Int).GCD(nil, nil, r, b)
				r.Mul(r, new(big.Int).Quo(b, g))
			}
			return intObj(r)
		})
		m.AddFunc("factorial", "(n, /)", "Find n!.\n\nRaise a ValueError if x is negative or non-integral.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("factorial", args, 1, 1)
			n := bigArg(th, args[0])
			if n.Sign() < 0 {
				s.Raise(s.ValueErrorType, "factorial() not defined for negative values")
			}
			if !n.IsInt64() {
				s.Raise(s.OverflowErrorType, "factorial() argument should not exceed %d", int64(math.MaxInt64))
			}
			if n.Int64() < 2 {
				return s.Int(1)
			}
			return intObj(bigFactorial(n.Int64()))
		})
		m.AddFunc("comb", "(n, k, /)", "Number of ways to choose k items from n items without repetition and without order.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("comb", args, 2, 2)
			n, k := bigArg(th, args[0]), bigArg(th, args[1])
			if n.Sign() < 0 {
				s.Raise(s.ValueErrorType, "n must be a non-negative integer")
			}
			if k.Sign() < 0 {
				s.Raise(s.ValueErrorType, "k must be a non-negative integer")
			}
			return intObj(combBig(n, k))
		})
		m.AddFunc("perm", "(n, k=None, /)", "Number of ways to choose k items from n items without repetition and with order.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("perm", args, 1, 2)
			n := bigArg(th, args[0])
			if len(args) == 1 || isNone(args[1]) {
				if n.Sign() < 0 {
					s.Raise(s.ValueErrorType, "n must be a non-negative integer")
				}
				if !n.IsInt64() {
					s.Raise(s.OverflowErrorType, "factorial() argument should not exceed %d", int64(math.MaxInt64))
				}
				return intObj(bigFactorial(n.Int64()))
			}
			k := bigArg(th, args[1])
			if n.Sign() < 0 {
				s.Raise(s.ValueErrorType, "n must be a non-negative integer")
			}
			if k.Sign() < 0 {
				s.Raise(s.ValueErrorType, "k must be a non-negative integer")
			}
			return intObj(permBig(n, k))
		})
		m.AddFunc("prod", "(iterable, /, *, start=1)", "Calculate the product of all the elements in the input iterable.\n\nThe default start value for the product is 1.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			a := s.Args("prod", args, kw, "iterable", "*", "start?")
			var acc s.Object = s.Int(1)
			if a[1] != nil {
				acc = a[1]
			}
			s.ForEach(th, a[0], func(x s.Object) { acc = s.Mul(th, acc, x) })
			return acc
		})
		m.AddFunc("hypot", "(*coordinates)", "Multidimensional Euclidean distance from the origin to a point.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			noKw("hypot", kw)
			xs := make([]float64, len(args))
			for i, a := range args {
				xs[i] = floatArg(th, "hypot", a)
			}
			return s.Float(vectorNorm(xs))
		})
		m.AddFunc("dist", "(p, q, /)", "Return the Euclidean distance between two points p and q.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("dist", args, 2, 2)
			checkSeq := func(o s.Object) []s.Object {
				switch v := o.(type) {
				case s.Tuple:
					return v
				case *s.List:
					return v.V
				}
				return s.ToSlice(th, o)
			}
			p, q := checkSeq(args[0]), checkSeq(args[1])
			if len(p) != len(q) {
				s.Raise(s.ValueErrorType, "both points must have the same number of dimensions")
			}
			xs := make([]float64, len(p))
			for i := range p {
				xs[i] = math.Abs(floatArg(th, "dist", p[i]) - floatArg(th, "dist", q[i]))
			}
			return s.Float(vectorNorm(xs))
		})
		m.AddFunc("isqrt", "(n, /)", "Return the integer part of the square root of the input.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("isqrt", args, 1, 1)
			n := bigArg(th, args[0])
			if n.Sign() < 0 {
				s.Raise(s.ValueErrorType, "isqrt() argument must be nonnegative")
			}
			return intObj(new(big.Int).Sqrt(n))
		})
		m.AddFunc("nextafter", "(x, y, /)", "Return the next floating-point value after x towards y.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("nextafter", args, 2, 2)
			return s.Float(nextafter(floatArg(th, "nextafter", args[0]), floatArg(th, "nextafter", args[1])))
		})
		m.AddFunc("ulp", "(x, /)", "Return the value of the least significant bit of the float x.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("ulp", args, 1, 1)
			return s.Float(ulp(floatArg(th, "ulp", args[0])))
		})
		return m
	})
}

// vectorNorm is CPython 3.11's vector_norm: scaled, with a correction step
// that makes the result correctly rounded in almost all cases.
func vectorNorm(vec []float64) float64 {
	n := len(vec)
	maxv := 0.0
	foundNaN := false
	for i, x := range vec {
		x = math.Abs(x)
		vec[i] = x
		foundNaN = foundNaN || math.IsNaN(x)
		if x > maxv {
			maxv = x
		}
	}
	if math.IsInf(maxv, 0) {
		return maxv
	}
	if foundNaN {
		return math.NaN()
	}
	if maxv == 0 || n <= 1 {
		return maxv
	}
	_, maxE := math.Frexp(maxv)
	if maxE < -1023 {
		// subnormal: scale up and retry
		for i := range vec {
			vec[i] /= 2.2250738585072014e-308 // DBL_MIN
		}
		return 2.2250738585072014e-308 * vectorNorm(vec)
	}
	scale := math.Ldexp(1.0, -maxE)
	csum := 1.0
	frac1, frac2 := 0.0, 0.0
	dlMul := func(x, y float64) (float64, float64) {
		z := x * y
		return z, math.FMA(x, y, -z)
	}
	dlFastSum := func(a, b float64) (float64, float64) {
		x := a + b
		z := x - a
		return x, b - z
	}
	for _, x := range vec {
		x *= scale
		prHi, prLo := dlMul(x, x)
		smHi, smLo := dlFastSum(csum, prHi)
		csum = smHi
		frac1 += prLo
		frac2 += smLo
	}
	h := math.Sqrt(csum - 1.0 + (frac1 + frac2))
	prHi, prLo := dlMul(-h, h)
	smHi, smLo := dlFastSum(csum, prHi)
	csum = smHi
	frac1 += prLo
	frac2 += smLo
	x := csum - 1.0 + (frac1 + frac2)
	h += x / (2.0 * h)
	return h / scale
}

var _ = bits.Len
