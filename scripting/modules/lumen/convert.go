package lumen

import (
	"errors"
	"fmt"
	"html"
	"math"
	"math/big"
	"os"
	"strings"

	"github.com/lumenlab/lumen/lib/array"
	s "github.com/lumenlab/lumen/scripting"
)

// Array is lm.Array: a script object around a *array.Array.
type Array struct{ A *array.Array }

// ArrayType is the script type of arrays.
var ArrayType = func() *s.Type {
	t := s.NewType("Array", s.ObjectType, "An n-dimensional array of float64 (or bool/int64) values, numpy style.\n\nMake one with lumen.array(...), zeros, ones, arange, linspace, random.*.\nAttributes: shape, ndim, size, dtype, T. Slicing returns views.")
	t.Module = "lumen"
	return t
}()

// LinAlgErrorType is lumen.linalg.LinAlgError (a ValueError, as in numpy).
var LinAlgErrorType = func() *s.Type {
	t := s.NewType("LinAlgError", s.ValueErrorType, "Generic linear-algebra error (singular matrix, non-square input, ...).")
	t.Module = "lumen.linalg"
	t.New = s.ValueErrorType.New
	return t
}()

func (*Array) PyType() *s.Type { return ArrayType }

// Wrap makes a script object of a; 0-d arrays become Python scalars.
func Wrap(a *array.Array) s.Object {
	if a.Ndim() == 0 {
		v, _ := a.Item()
		return scalarObj(v, a.DType())
	}
	return &Array{A: a}
}

// WrapArray always returns an Array object (0-d included).
func WrapArray(a *array.Array) *Array { return &Array{A: a} }

func scalarObj(v float64, dt array.DType) s.Object {
	switch dt {
	case array.Bool:
		return s.BoolOf(v != 0)
	case array.Int64:
		return s.Int(int64(v))
	}
	return s.Float(v)
}

// FromSlice wraps a Go slice as an array of the given shape without copying.
func FromSlice(data []float64, shape ...int) *Array {
	a, err := array.Wrap(data, shape...)
	if err != nil {
		panic(err)
	}
	return &Array{A: a}
}

// Check raises the script exception matching a Go error (nil is a no-op).
func Check(err error) {
	if err == nil {
		return
	}
	var ae *array.Error
	if errors.As(err, &ae) {
		switch ae.Kind {
		case "IndexError":
			s.Raise(s.IndexErrorType, "%s", ae.Msg)
		case "TypeError":
			s.Raise(s.TypeErrorType, "%s", ae.Msg)
		case "LinAlgError":
			s.RaiseObj(s.NewExc(LinAlgErrorType, s.Str(ae.Msg)))
		}
		s.Raise(s.ValueErrorType, "%s", ae.Msg)
	}
	if errors.Is(err, os.ErrNotExist) {
		s.Raise(s.FileNotFoundErrorType, "%s", err.Error())
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		s.Raise(s.OSErrorType, "%s", err.Error())
	}
	s.Raise(s.ValueErrorType, "%s", err.Error())
}

// operand converts numbers, lists, tuples and arrays; ok is false otherwise.
func operand(th *s.Thread, o s.Object) (*array.Array, bool) {
	switch v := o.(type) {
	case *Array:
		return v.A, true
	case s.Bool:
		return array.Scalar(b2f(bool(v)), array.Bool), true
	case s.Int:
		return array.Scalar(float64(v), array.Int64), true
	case s.Float:
		return array.Scalar(float64(v), array.Float64), true
	case *s.List, s.Tuple:
		a, err := fromNested(th, o)
		if err != nil {
			return nil, false
		}
		return a, true
	}
	if s.IsInt(o) {
		f, _ := s.AsFloat(o)
		if b := s.BigOf(o); b != nil {
			f, _ = new(big.Float).SetInt(b).Float64()
		}
		return array.Scalar(f, array.Int64), true
	}
	return nil, false
}

// ToArray converts any array-like argument or raises TypeError naming arg.
func ToArray(th *s.Thread, fn, arg string, o s.Object) *array.Array {
	if a, ok := operand(th, o); ok {
		return a
	}
	if _, ok := o.(*s.List); ok {
		_, err := fromNested(th, o)
		s.Raise(s.ValueErrorType, "%s(): argument '%s': %s", fn, arg, err)
	}
	s.Raise(s.TypeErrorType, "%s(): argument '%s' must be an array-like (Array, list, tuple or number), not %s", fn, arg, s.TypeNameOf(o))
	return nil
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// fromNested builds an array from nested lists/tuples of numbers.
func fromNested(th *s.Thread, o s.Object) (*array.Array, error) {
	var shape []int
	var data []float64
	dt := array.Bool
	first := true
	var walk func(x s.Object, depth int) error
	walk = func(x s.Object, depth int) error {
		var items []s.Object
		switch v := x.(type) {
		case *s.List:
			items = v.V
		case s.Tuple:
			items = v
		case *Array:
			if !first && depth == len(shape) {
				return fmt.Errorf("setting an array element with a sequence. The requested array has an inhomogeneous shape after %d dimensions.", depth)
			}
			sh := v.A.Shape()
			if first {
				shape = append(shape, sh...)
			} else if len(shape)-depth != len(sh) {
				return fmt.Errorf("setting an array element with a sequence. The requested array has an inhomogeneous shape after %d dimensions.", depth)
			}
			for i, n := range sh {
				if shape[depth+i] != n {
					return fmt.Errorf("setting an array element with a sequence. The requested array has an inhomogeneous shape after %d dimensions.", depth+i)
				}
			}
			first = false
			data = append(data, v.A.Data()...)
			dt = promote(dt, v.A.DType())
			return nil
		default:
			if first {
				first = false
			} else if depth != len(shape) {
				return fmt.Errorf("setting an array element with a sequence. The requested array has an inhomogeneous shape after %d dimensions.", depth)
			}
			switch y := x.(type) {
			case s.Bool:
				data = append(data, b2f(bool(y)))
			case s.Int:
				data = append(data, float64(y))
				dt = promote(dt, array.Int64)
			case s.Float:
				data = append(data, float64(y))
				dt = array.Float64
			default:
				f, ok := s.AsFloat(x)
				if !ok {
					return fmt.Errorf("could not convert %s to float", s.TypeNameOf(x))
				}
				data = append(data, f)
				if s.IsInt(x) {
					dt = promote(dt, array.Int64)
				} else {
					dt = array.Float64
				}
			}
			return nil
		}
		if first {
			shape = append(shape, len(items))
			if len(items) == 0 {
				first = false
			}
		} else if depth >= len(shape) || shape[depth] != len(items) {
			return fmt.Errorf("setting an array element with a sequence. The requested array has an inhomogeneous shape after %d dimensions.", depth)
		}
		for _, it := range items {
			if err := walk(it, depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(o, 0); err != nil {
		return nil, err
	}
	if len(data) == 0 {
		dt = array.Float64
	}
	a, err := array.Wrap(data, shape...)
	if err != nil {
		return nil, err
	}
	return a.WithDType(dt), nil
}

func promote(a, b array.DType) array.DType {
	if a == array.Float64 || b == array.Float64 {
		return array.Float64
	}
	if a == array.Int64 || b == array.Int64 {
		return array.Int64
	}
	return array.Bool
}

// dtypeArg parses dtype= (None, 'float64', 'int64', 'bool', float, int, bool).
func dtypeArg(fn string, o s.Object) (array.DType, bool) {
	if o == nil {
		return 0, false
	}
	switch v := o.(type) {
	case s.NoneType:
		return 0, false
	case s.Str:
		switch strings.TrimPrefix(string(v), "np.") {
		case "float64", "float", "f8", "double":
			return array.Float64, true
		case "int64", "int", "i8":
			return array.Int64, true
		case "bool", "?":
			return array.Bool, true
		}
	case *s.Type:
		switch v {
		case s.FloatType:
			return array.Float64, true
		case s.IntType:
			return array.Int64, true
		case s.BoolType:
			return array.Bool, true
		}
	}
	s.Raise(s.TypeErrorType, "%s(): argument 'dtype' must be 'float64', 'int64' or 'bool', not %s", fn, reprish(o))
	return 0, false
}

func reprish(o s.Object) string {
	if st, ok := o.(s.Str); ok {
		return "'" + string(st) + "'"
	}
	return s.TypeNameOf(o)
}

// intArg reads an int argument, naming it in errors.
func intArg(fn, name string, o s.Object) int {
	if !s.IsInt(o) {
		s.Raise(s.TypeErrorType, "%s(): argument '%s' must be int, not %s", fn, name, s.TypeNameOf(o))
	}
	f, _ := s.AsFloat(o)
	return int(f)
}

func floatArg(fn, name string, o s.Object) float64 {
	f, ok := s.AsFloat(o)
	if !ok {
		s.Raise(s.TypeErrorType, "%s(): argument '%s' must be a real number, not %s", fn, name, s.TypeNameOf(o))
	}
	return f
}

// shapeArg reads an int or a tuple/list of ints.
func shapeArg(th *s.Thread, fn, name string, o s.Object) []int {
	if s.IsInt(o) {
		return []int{intArg(fn, name, o)}
	}
	switch v := o.(type) {
	case s.Tuple, *s.List:
		var out []int
		for _, x := range s.ToSlice(th, v) {
			out = append(out, intArg(fn, name, x))
		}
		return out
	case s.NoneType:
		return nil
	}
	s.Raise(s.TypeErrorType, "%s(): argument '%s' must be an int or a tuple of ints, not %s", fn, name, s.TypeNameOf(o))
	return nil
}

// axisArg reads axis= (None or an int).
func axisArg(fn string, o s.Object) *int {
	if o == nil {
		return nil
	}
	if _, ok := o.(s.NoneType); ok {
		return nil
	}
	ax := intArg(fn, "axis", o)
	return &ax
}

func boolArg(th *s.Thread, o s.Object, def bool) bool {
	if o == nil {
		return def
	}
	return s.Truth(th, o)
}

// indexKey converts a subscript to lib/array index terms.
func indexKey(th *s.Thread, key s.Object) []any {
	if t, ok := key.(s.Tuple); ok {
		out := make([]any, len(t))
		for i, k := range t {
			out[i] = indexTerm(th, k)
		}
		return out
	}
	return []any{indexTerm(th, key)}
}

func optInt(o s.Object) (int, bool) {
	if o == nil {
		return 0, false
	}
	if _, ok := o.(s.NoneType); ok {
		return 0, false
	}
	if !s.IsInt(o) {
		s.Raise(s.TypeErrorType, "slice indices must be integers or None or have an __index__ method")
	}
	f, _ := s.AsFloat(o)
	return int(f), true
}

func indexTerm(th *s.Thread, k s.Object) any {
	switch v := k.(type) {
	case s.Bool:
		return array.Scalar(b2f(bool(v)), array.Bool)
	case s.Int:
		return int(v)
	case *s.Slice:
		var sl array.Slice
		sl.Start, sl.HasStart = optInt(v.Start)
		sl.Stop, sl.HasStop = optInt(v.Stop)
		sl.Step, _ = optInt(v.Step)
		if st, ok := optInt(v.Step); ok && st == 0 {
			s.Raise(s.ValueErrorType, "slice step cannot be zero")
		}
		return sl
	case s.NoneType:
		return array.NewAxis{}
	case s.EllipsisType:
		return array.Ellipsis{}
	case *Array:
		return v.A
	case *s.List, s.Tuple:
		a, err := fromNested(th, v)
		if err != nil {
			s.Raise(s.IndexErrorType, "%s", err)
		}
		if a.Size() == 0 {
			return a.WithDType(array.Int64)
		}
		return a
	}
	if s.IsInt(k) {
		f, _ := s.AsFloat(k)
		return int(f)
	}
	s.Raise(s.IndexErrorType, "only integers, slices (`:`), ellipsis (`...`), None and integer or boolean arrays are valid indices, not %s", s.TypeNameOf(k))
	return nil
}

// toList converts an array to nested lists of Python scalars.
func toList(a *array.Array) s.Object {
	d := a.Data()
	dt := a.DType()
	shape := a.Shape()
	if len(shape) == 0 {
		return scalarObj(d[0], dt)
	}
	pos := 0
	var rec func(depth int) s.Object
	rec = func(depth int) s.Object {
		items := make([]s.Object, shape[depth])
		for i := range items {
			if depth == len(shape)-1 {
				items[i] = scalarObj(d[pos], dt)
				pos++
			} else {
				items[i] = rec(depth + 1)
			}
		}
		return s.NewList(items)
	}
	return rec(0)
}

// htmlTable renders small 1-D/2-D arrays as a table, others as <pre>.
func htmlTable(a *array.Array) string {
	var b strings.Builder
	if a.Size() > 400 || a.Ndim() > 2 || a.Ndim() == 0 {
		b.WriteString("<pre>" + html.EscapeString(a.Repr()) + "</pre>")
		return b.String()
	}
	m := a
	if a.Ndim() == 1 {
		m, _ = a.Reshape(1, -1)
	}
	sh := m.Shape()
	fmt.Fprintf(&b, "<table class=\"lumen-array\"><caption>Array %s %s</caption>\n", strings.ReplaceAll(array.ShapeString(a.Shape()), ",", ", "), a.DType())
	for i := 0; i < sh[0]; i++ {
		b.WriteString("<tr>")
		for j := 0; j < sh[1]; j++ {
			b.WriteString("<td>" + html.EscapeString(formatCell(m.At(i, j), a.DType())) + "</td>")
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</table>")
	return b.String()
}

func formatCell(v float64, dt array.DType) string {
	switch dt {
	case array.Bool:
		if v != 0 {
			return "True"
		}
		return "False"
	case array.Int64:
		return fmt.Sprint(int64(v))
	}
	if math.IsNaN(v) {
		return "nan"
	}
	return fmt.Sprintf("%.6g", v)
}
