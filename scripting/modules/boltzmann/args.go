package boltzmann

import (
	"fmt"
	"math"

	"github.com/lumenlab/lumen/lib/array"
	bz "github.com/lumenlab/lumen/lib/boltzmann"
	s "github.com/lumenlab/lumen/scripting"
	"github.com/lumenlab/lumen/scripting/modules/lumen"
)

// Shared argument readers and error mapping (the binding toolkit).
var (
	given      = lumen.Given
	intArg     = lumen.IntArg
	floatArg   = lumen.FloatArg
	strArg     = lumen.StrArg
	strip      = lumen.Strip
	check      = lumen.CheckErr
	wrapMatrix = lumen.WrapMatrix
	wrapVector = lumen.WrapVector
	positive   = lumen.Positive
	boolArg    = lumen.BoolArg
)

// Argument readers and error mapping shared by the RBM and BM types.

type goFn = func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object

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
