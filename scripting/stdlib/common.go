package stdlib

import (
	"math"
	"math/big"

	s "github.com/lumenlab/lumen/scripting"
)

// Helpers shared by the Go-implemented modules.

type (
	obj    = s.Object
	kwargs = s.Kwargs
	thread = s.Thread
)

type goFn = func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object

// method adds a Go method (args[0] is self) to a type.
func method(t *s.Type, name, sig, doc string, fn goFn) {
	t.SetAttr(name, &s.Builtin{Name: name, Sig: sig, Doc: doc, Fn: fn})
}

// property adds a read-only property to a type.
func property(t *s.Type, name string, get func(self s.Object) s.Object) {
	t.SetAttr(name, &s.Property{Name: name, Get: s.NewBuiltin(name, "", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		return get(args[0])
	})})
}

// noKw rejects keyword arguments.
func noKw(fn string, kw s.Kwargs) {
	if len(kw) > 0 {
		s.Raise(s.TypeErrorType, "%s() takes no keyword arguments", fn)
	}
}

// nargs checks a positional count with CPython's wording.
func nargs(fn string, args []s.Object, min, max int) {
	if len(args) >= min && (max < 0 || len(args) <= max) {
		return
	}
	if min == max {
		if min == 1 {
			s.Raise(s.TypeErrorType, "%s() takes exactly one argument (%d given)", fn, len(args))
		}
		s.Raise(s.TypeErrorType, "%s expected %d arguments, got %d", fn, min, len(args))
	}
	if len(args) < min {
		s.Raise(s.TypeErrorType, "%s expected at least %d argument%s, got %d", fn, min, plural(min), len(args))
	}
	s.Raise(s.TypeErrorType, "%s expected at most %d argument%s, got %d", fn, max, plural(max), len(args))
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// bigArg converts an int-like (or __index__) argument to *big.Int.
func bigArg(th *s.Thread, o s.Object) *big.Int {
	if b := s.BigOf(o); b != nil {
		return b
	}
	if m := s.LookupSpecial(o, "__index__"); m != nil {
		r := s.Call(th, m, []s.Object{o}, nil)
		if b := s.BigOf(r); b != nil {
			return b
		}
		s.Raise(s.TypeErrorType, "__index__ returned non-int (type %s)", s.TypeNameOf(r))
	}
	s.Raise(s.TypeErrorType, "'%s' object cannot be interpreted as an integer", s.TypeNameOf(o))
	return nil
}

// intArg converts an int-like argument to a Go int (OverflowError if huge).
func intArg(th *s.Thread, o s.Object) int {
	b := bigArg(th, o)
	if !b.IsInt64() {
		s.Raise(s.OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return int(b.Int64())
}

// intObj normalises a big.Int into an int object.
func intObj(b *big.Int) s.Object { return s.MakeInt(b) }

// floatArg converts a real number argument to float64.
func floatArg(th *s.Thread, fn string, o s.Object) float64 { return s.FloatArg(th, fn, o) }

func isInf(f float64) bool    { return math.IsInf(f, 0) }
func isFinite(f float64) bool { return !math.IsInf(f, 0) && !math.IsNaN(f) }

func tupleOf(xs ...s.Object) s.Tuple { return s.Tuple(xs) }

// kwGet returns a keyword argument or def.
func kwGet(kw s.Kwargs, name string, def s.Object) s.Object {
	if v, ok := kw.Get(name); ok {
		return v
	}
	return def
}

func isNone(o s.Object) bool { _, ok := o.(s.NoneType); return ok }
