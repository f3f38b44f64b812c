package array

import (
	"fmt"
	"math"
	"strings"
)

// DType is the element type an array's float64 values stand for.
type DType uint8

const (
	Float64 DType = iota
	Bool
	Int64
)

func (d DType) String() string {
	switch d {
	case Bool:
		return "bool"
	case Int64:
		return "int64"
	}
	return "float64"
}

// Array is an n-dimensional strided view over float64 data.
type Array struct {
	data    []float64
	shape   []int
	strides []int
	offset  int
	dtype   DType
}

// Error is returned for invalid arguments; Kind says which Python exception
// fits ("ValueError", "IndexError", "TypeError").
type Error struct {
	Kind string
	Msg  string
}

func (e *Error) Error() string { return e.Msg }

func valueErr(format string, a ...any) error {
	return &Error{"ValueError", fmt.Sprintf(format, a...)}
}
func indexErr(format string, a ...any) error {
	return &Error{"IndexError", fmt.Sprintf(format, a...)}
}
func typeErr(format string, a ...any) error {
	return &Error{"TypeError", fmt.Sprintf(format, a...)}
}

// ShapeString formats a shape like numpy's error messages: (2,3).
func ShapeString(shape []int) string {
	parts := make([]string, len(shape))
	for i, n := range shape {
		parts[i] = fmt.Sprint(n)
	}
	if len(shape) == 1 {
		return "(" + parts[0] + ",)"
	}
	return "(" + strings.Join(parts, ",") + ")"
}

// shapeTuple formats a shape like Python's tuple repr: (2, 3).
func shapeTuple(shape []int) string {
	parts := make([]string, len(shape))
	for i, n := range shape {
		parts[i] = fmt.Sprint(n)
	}
	if len(shape) == 1 {
		return "(" + parts[0] + ",)"
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

func sizeOf(shape []int) int {
	n := 1
	for _, s := range shape {
		n *= s
	}
	return n
}

func cStrides(shape []int) []int {
	st := make([]int, len(shape))
	s := 1
	for i := len(shape) - 1; i >= 0; i-- {
		st[i] = s
		s *= shape[i]
	}
	return st
}

func checkShape(shape []int) error {
	for _, n := range shape {
		if n < 0 {
			return valueErr("negative dimensions are not allowed")
		}
	}
	return nil
}

// newArray allocates a zeroed C-contiguous array.
func newArray(shape []int, dt DType) *Array {
	sh := append([]int{}, shape...)
	return &Array{data: make([]float64, sizeOf(sh)), shape: sh, strides: cStrides(sh), dtype: dt}
}

// Wrap makes a C-contiguous array over data without copying.
func Wrap(data []float64, shape ...int) (*Array, error) {
	if err := checkShape(shape); err != nil {
		return nil, err
	}
	if sizeOf(shape) != len(data) {
		return nil, valueErr("cannot reshape array of size %d into shape %s", len(data), shapeTuple(shape))
	}
	sh := append([]int{}, shape...)
	return &Array{data: data, shape: sh, strides: cStrides(sh)}, nil
}

// FromSlice copies data into a new array of the given shape (1-D if none).
func FromSlice(data []float64, shape ...int) (*Array, error) {
	if shape == nil {
		shape = []int{len(data)}
	}
	return Wrap(append([]float64{}, data...), shape...)
}

// Scalar makes a 0-d array.
func Scalar(v float64, dt DType) *Array {
	return &Array{data: []float64{v}, shape: []int{}, strides: []int{}, dtype: dt}
}

// Zeros, Ones and Full make new arrays filled with a value.
func Zeros(shape ...int) (*Array, error) { return Full(0, shape...) }
func Ones(shape ...int) (*Array, error)  { return Full(1, shape...) }
func Full(v float64, shape ...int) (*Array, error) {
	if err := checkShape(shape); err != nil {
		return nil, err
	}
	a := newArray(shape, Float64)
	if v != 0 {
		for i := range a.data {
			a.data[i] = v
		}
	}
	return a, nil
}

// Eye is the n×m identity (m = n when m <= 0) with ones on diagonal k.
func Eye(n, m, k int) (*Array, error) {
	if m <= 0 {
		m = n
	}
	if n < 0 {
		return nil, valueErr("negative dimensions are not allowed")
	}
	a := newArray([]int{n, m}, Float64)
	for i := 0; i < n; i++ {
		if j := i + k; j >= 0 && j < m {
			a.data[i*m+j] = 1
		}
	}
	return a, nil
}

// Arange is numpy's arange(start, stop, step).
func Arange(start, stop, step float64) (*Array, error) {
	if step == 0 {
		return nil, valueErr("Maximum allowed size exceeded")
	}
	n := int(math.Ceil((stop - start) / step))
	if n < 0 {
		n = 0
	}
	a := newArray([]int{n}, Float64)
	for i := range a.data {
		a.data[i] = start + float64(i)*step
	}
	return a, nil
}

// Linspace is numpy's linspace(start, stop, num, endpoint).
func Linspace(start, stop float64, num int, endpoint bool) (*Array, error) {
	if num < 0 {
		return nil, valueErr("Number of samples, %d, must be non-negative.", num)
	}
	a := newArray([]int{num}, Float64)
	div := num
	if endpoint {
		div = num - 1
	}
	if div > 0 {
		step := (stop - start) / float64(div)
		for i := range a.data {
			a.data[i] = start + float64(i)*step
		}
		if endpoint && num > 1 {
			a.data[num-1] = stop
		}
	} else if num > 0 {
		a.data[0] = start
	}
	return a, nil
}

// Shape returns a copy of the shape.
func (a *Array) Shape() []int { return append([]int{}, a.shape...) }
func (a *Array) Ndim() int    { return len(a.shape) }
func (a *Array) Size() int    { return sizeOf(a.shape) }
func (a *Array) DType() DType { return a.dtype }

// Strides returns a copy of the strides (in elements).
func (a *Array) Strides() []int { return append([]int{}, a.strides...) }

// AsType returns a copy converted to dt (float→int truncates, →bool is !=0).
func (a *Array) AsType(dt DType) *Array {
	c := a.Copy()
	switch dt {
	case Int64:
		if a.dtype == Float64 {
			for i, v := range c.data {
				c.data[i] = math.Trunc(v)
			}
		}
	case Bool:
		for i, v := range c.data {
			if v != 0 {
				c.data[i] = 1
			}
		}
	}
	c.dtype = dt
	return c
}

// WithDType reinterprets the values as dt without converting (a view).
func (a *Array) WithDType(dt DType) *Array {
	b := *a
	b.dtype = dt
	return &b
}

// IsContiguous reports C-contiguity.
func (a *Array) IsContiguous() bool {
	s := 1
	for i := len(a.shape) - 1; i >= 0; i-- {
		if a.shape[i] != 1 && a.strides[i] != s {
			return false
		}
		s *= a.shape[i]
	}
	return true
}

// Data returns the elements in C order: the backing slice itself when the
// array is contiguous (no copy; writes show through), else a copy.
func (a *Array) Data() []float64 {
	n := a.Size()
	if a.IsContiguous() {
		return a.data[a.offset : a.offset+n]
	}
	out := make([]float64, n)
	i := 0
	a.each(func(off int) { out[i] = a.data[off]; i++ })
	return out
}

// Contiguous returns a itself if C-contiguous, else a contiguous copy.
func (a *Array) Contiguous() *Array {
	if a.IsContiguous() {
		return a
	}
	return a.Copy()
}

// Copy returns a new C-contiguous array with the same values.
func (a *Array) Copy() *Array {
	n := a.Size()
	out := newArray(a.shape, a.dtype)
	if a.IsContiguous() {
		copy(out.data, a.data[a.offset:a.offset+n])
	} else {
		i := 0
		a.each(func(off int) { out.data[i] = a.data[off]; i++ })
	}
	return out
}

// Item returns the single value of a size-1 array.
func (a *Array) Item() (float64, error) {
	if a.Size() != 1 {
		return 0, valueErr("can only convert an array of size 1 to a Python scalar")
	}
	return a.data[a.offset], nil
}

// At returns the element at a full index (no bounds wrap; panics if invalid).
func (a *Array) At(idx ...int) float64 {
	off := a.offset
	for i, k := range idx {
		off += k * a.strides[i]
	}
	return a.data[off]
}

// each calls fn with the data offset of every element in C order.
func (a *Array) each(fn func(off int)) {
	nd := len(a.shape)
	if a.Size() == 0 {
		return
	}
	if nd == 0 {
		fn(a.offset)
		return
	}
	idx := make([]int, nd)
	inner, ist := a.shape[nd-1], a.strides[nd-1]
	off := a.offset
	for {
		o := off
		for j := 0; j < inner; j++ {
			fn(o)
			o += ist
		}
		d := nd - 2
		for ; d >= 0; d-- {
			idx[d]++
			off += a.strides[d]
			if idx[d] < a.shape[d] {
				break
			}
			off -= idx[d] * a.strides[d]
			idx[d] = 0
		}
		if d < 0 {
			return
		}
	}
}

// Bools returns the values as Go bools (nonzero is true).
func (a *Array) Bools() []bool {
	d := a.Data()
	out := make([]bool, len(d))
	for i, v := range d {
		out[i] = v != 0
	}
	return out
}

func sameShape(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
