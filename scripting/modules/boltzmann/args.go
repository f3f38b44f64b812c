package boltzmann

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"strings"

	"github.com/lumenlab/lumen/lib/array"
	bz "github.com/lumenlab/lumen/lib/boltzmann"
	s "github.com/lumenlab/lumen/scripting"
	"github.com/lumenlab/lumen/scripting/modules/lumen"
)

// Argument readers and error mapping shared by the RBM and BM types.

type goFn = func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object

func given(o s.Object) bool { return o != nil && o != s.Object(s.None) }

func intArg(fn, name string, o s.Object, def int) int {
	if !given(o) {
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

func floatArg(fn, name string, o s.Object, def float64) float64 {
	if !given(o) {
		return def
	}
	f, ok := s.AsFloat(o)
	if !ok {
		s.Raise(s.TypeErrorType, "%s(): argument '%s' must be a real number, not %s", fn, name, s.TypeNameOf(o))
	}
	return f
}

func strArg(fn, name string, o s.Object, def string) string {
	if !given(o) {
		return def
	}
	v, ok := o.(s.Str)
	if !ok {
		s.Raise(s.TypeErrorType, "%s(): argument '%s' must be str, not %s", fn, name, s.TypeNameOf(o))
	}
	return string(v)
}

func boolArg(th *s.Thread, o s.Object, def bool) bool {
	if o == nil {
		return def
	}
	return s.Truth(th, o)
}

// positive checks a temperature-like argument: finite and > 0.
func positive(fn, name string, v float64) float64 {
	if !(v > 0) || math.IsInf(v, 0) {
		s.Raise(s.ValueErrorType, "%s(): argument '%s' = %g not allowed: must be finite and > 0", fn, name, v)
	}
	return v
}

func unitsArg(fn string, o s.Object) bz.Units {
	u, err := bz.ParseUnits(strArg(fn, "units", o, "pm1"))
	if err != nil {
		s.Raise(s.ValueErrorType, "%s(): argument 'units': %s", fn, strip(err.Error()))
	}
	return u
}

// matrixArg reads a 2-D array-like with the given number of columns (cols
// < 0: any); a 1-D input of length cols is one row when oneRow is set.
func matrixArg(th *s.Thread, fn, name string, o s.Object, cols int, oneRow bool) (data []float64, rows int) {
	a := lumen.ToArray(th, fn, name, o)
	sh := a.Shape()
	if len(sh) == 1 && oneRow && (cols < 0 || sh[0] == cols) {
		return append([]float64(nil), a.Data()...), 1
	}
	if len(sh) != 2 || (cols >= 0 && sh[1] != cols) {
		want := "(n, " + fmt.Sprint(cols) + ")"
		if cols < 0 {
			want = "2-D"
		}
		s.Raise(s.ValueErrorType, "%s(): argument '%s' must have shape %s, got shape %s", fn, name, want, array.ShapeString(sh))
	}
	if sh[0] < 1 {
		s.Raise(s.ValueErrorType, "%s(): argument '%s' has no rows", fn, name)
	}
	return a.Contiguous().Data(), sh[0]
}

// vectorArg reads a 1-D array-like of length n (n < 0: any).
func vectorArg(th *s.Thread, fn, name string, o s.Object, n int) []float64 {
	a := lumen.ToArray(th, fn, name, o)
	sh := a.Shape()
	if len(sh) != 1 || (n >= 0 && sh[0] != n) {
		want := fmt.Sprintf("(%d,)", n)
		if n < 0 {
			want = "1-D"
		}
		s.Raise(s.ValueErrorType, "%s(): argument '%s' must have shape %s, got shape %s", fn, name, want, array.ShapeString(sh))
	}
	return append([]float64(nil), a.Data()...)
}

// checkUnits verifies that data holds values of the model's units.
func checkUnits(fn, name string, data []float64, u bz.Units) {
	lo := -1.0
	if u == bz.Binary {
		lo = 0
	}
	sawZero := false
	allBinary := true
	for _, v := range data {
		if math.IsNaN(v) || v < lo || v > 1 {
			s.Raise(s.ValueErrorType, "%s(): argument '%s' holds %g: values must lie in [%g, 1] for units='%s'", fn, name, v, lo, u)
		}
		if v == 0 {
			sawZero = true
		} else if v != 1 {
			allBinary = false
		}
	}
	if u == bz.PM1 && sawZero && allBinary {
		s.Raise(s.ValueErrorType, "%s(): argument '%s' holds 0/1 values but the model's units are 'pm1' (±1 spins): pass 2*x - 1, load the data with units='pm1', or make the model with units='01'", fn, name)
	}
}

// strip removes a lib package prefix ("boltzmann: ") from an error message.
func strip(msg string) string {
	for _, p := range []string{"boltzmann: ", "ising: ", "datasets: ", "table: "} {
		msg = strings.TrimPrefix(msg, p)
	}
	return msg
}

// check raises the script exception for a lib error: KeyboardInterrupt for
// a cancelled context, FileNotFoundError/OSError for files, else ValueError
// naming fn.
func check(th *s.Thread, fn string, err error) {
	if err == nil {
		return
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		th.CheckInterrupt()
		s.RaiseObj(s.NewExc(s.KeyboardInterruptType))
	}
	if errors.Is(err, os.ErrNotExist) {
		s.Raise(s.FileNotFoundErrorType, "%s(): %s", fn, strip(err.Error()))
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		s.Raise(s.OSErrorType, "%s(): %s", fn, strip(err.Error()))
	}
	s.Raise(s.ValueErrorType, "%s(): %s", fn, strip(err.Error()))
}

// progress reports a long call through lm.progress's bar (an in-place
// output in notebooks, a stderr bar in terminals); nil when progress=False.
type progress struct{ bar *lumen.Progress }

func newProgress(th *s.Thread, on bool, label string) *progress {
	if !on {
		return nil
	}
	return &progress{}
}

func (p *progress) start(th *s.Thread, total int, label string) {
	if p != nil && p.bar == nil {
		p.bar = lumen.NewBar(th, total, label)
	}
}

func (p *progress) update(done, total int, extra string) {
	if p == nil || p.bar == nil {
		return
	}
	p.bar.Set(done)
	if done >= total {
		p.bar.Close()
	}
}

// finish ends an interrupted or failed run's bar.
func (p *progress) finish(done, total int) {
	if p != nil && p.bar != nil {
		p.bar.Close()
	}
}

func wrapMatrix(data []float64, rows, cols int) s.Object {
	a, err := array.Wrap(data, rows, cols)
	lumen.Check(err)
	return lumen.WrapArray(a)
}

func wrapVector(data []float64) s.Object {
	a, err := array.Wrap(data, len(data))
	lumen.Check(err)
	return lumen.WrapArray(a)
}
