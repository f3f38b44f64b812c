package lumen

import (
	"context"
	"errors"
	"math"
	"os"
	"regexp"

	"github.com/lumenlab/lumen/lib/array"
	"github.com/lumenlab/lumen/lib/rng"
	s "github.com/lumenlab/lumen/scripting"
)

// The binding toolkit: argument readers and error mapping every binding
// package uses, so a keyword means the same thing and a bad value gets the
// same kind of message everywhere ("fn(): argument 'name' …").

// Given reports whether an optional argument was passed (and is not None).
func Given(o s.Object) bool { return o != nil && o != s.Object(s.None) }

// IntArg reads an int argument; def when absent.
func IntArg(fn, name string, o s.Object, def int) int {
	if !Given(o) {
		return def
	}
	if _, isBool := o.(s.Bool); isBool || !s.IsInt(o) {
		s.Raise(s.TypeErrorType, "%s(): argument '%s' must be int, not %s", fn, name, s.TypeNameOf(o))
	}
	b := s.BigOf(o)
	if !b.IsInt64() || b.Int64() > math.MaxInt32 || b.Int64() < math.MinInt32 {
		s.Raise(s.ValueErrorType, "%s(): argument '%s' = %s is out of range", fn, name, b.String())
	}
	return int(b.Int64())
}

// FloatArg reads a real-number argument; def when absent.
func FloatArg(fn, name string, o s.Object, def float64) float64 {
	if !Given(o) {
		return def
	}
	f, ok := s.AsFloat(o)
	if !ok {
		s.Raise(s.TypeErrorType, "%s(): argument '%s' must be a real number, not %s", fn, name, s.TypeNameOf(o))
	}
	return f
}

// RangeArg reads a real number that must lie in [lo, hi].
func RangeArg(fn, name string, o s.Object, def, lo, hi float64) float64 {
	v := FloatArg(fn, name, o, def)
	if !(v >= lo && v <= hi) {
		s.Raise(s.ValueErrorType, "%s(): argument '%s' = %g not allowed: must be in [%g, %g]", fn, name, v, lo, hi)
	}
	return v
}

// Positive requires v > 0.
func Positive(fn, name string, v float64) float64 {
	if !(v > 0) {
		s.Raise(s.ValueErrorType, "%s(): argument '%s' = %g not allowed: must be > 0", fn, name, v)
	}
	return v
}

// StrArg reads a str argument; def when absent.
func StrArg(fn, name string, o s.Object, def string) string {
	if !Given(o) {
		return def
	}
	v, ok := o.(s.Str)
	if !ok {
		s.Raise(s.TypeErrorType, "%s(): argument '%s' must be str, not %s", fn, name, s.TypeNameOf(o))
	}
	return string(v)
}

// BoolArg reads a truth value; def when absent.
func BoolArg(th *s.Thread, o s.Object, def bool) bool {
	if o == nil {
		return def
	}
	return s.Truth(th, o)
}

// SeedArg reads seed=: an int in [0, 2**64), or None for the interpreter's
// next stream (so lm.seed fixes it).
func SeedArg(th *s.Thread, fn string, o s.Object) *rng.Source {
	if !Given(o) {
		return Stream(th)
	}
	if _, isBool := o.(s.Bool); isBool || !s.IsInt(o) {
		s.Raise(s.TypeErrorType, "%s(): argument 'seed' must be int or None, not %s", fn, s.TypeNameOf(o))
	}
	b := s.BigOf(o)
	if b.Sign() < 0 || b.BitLen() > 64 {
		s.Raise(s.ValueErrorType, "%s(): argument 'seed' must be in [0, 2**64), got %s", fn, b.String())
	}
	return rng.New(b.Uint64())
}

// libPrefix matches the "pkg: " prefix lib errors carry.
var libPrefix = regexp.MustCompile(`^(?:[a-z0-9]+: )+`)

// Strip removes lib package prefixes ("prbm: ", "boltzmann: ") from an error
// message, since the script message names the call instead.
func Strip(msg string) string { return libPrefix.ReplaceAllString(msg, "") }

// CheckErr raises the script exception for a lib error returned to fn:
// KeyboardInterrupt for a cancelled context, FileNotFoundError/OSError for
// file problems, ValueError otherwise.
func CheckErr(th *s.Thread, fn string, err error) {
	if err == nil {
		return
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		th.CheckInterrupt()
		s.RaiseObj(s.NewExc(s.KeyboardInterruptType))
	}
	if errors.Is(err, os.ErrNotExist) {
		s.Raise(s.FileNotFoundErrorType, "%s(): %s", fn, Strip(err.Error()))
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		s.Raise(s.OSErrorType, "%s(): %s", fn, Strip(err.Error()))
	}
	s.Raise(s.ValueErrorType, "%s(): %s", fn, Strip(err.Error()))
}

// WrapMatrix shares a row-major rows×cols slice as an Array.
func WrapMatrix(data []float64, rows, cols int) s.Object {
	a, err := array.Wrap(data, rows, cols)
	Check(err)
	return WrapArray(a)
}

// WrapVector shares a slice as a 1-D Array.
func WrapVector(data []float64) s.Object {
	a, err := array.Wrap(data, len(data))
	Check(err)
	return WrapArray(a)
}
