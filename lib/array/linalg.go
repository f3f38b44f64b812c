package array

import (
	"math"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/mat"
)

func general(a *Array) blas64.General {
	c := a.Contiguous()
	return blas64.General{Rows: a.shape[0], Cols: a.shape[1], Stride: max(a.shape[1], 1), Data: c.data[c.offset : c.offset+c.Size()]}
}

func alignErr(a, b *Array, n, m int) error {
	return valueErr("shapes %s and %s not aligned: %d (dim %d) != %d (dim 0)", shapeTuple(a.shape), shapeTuple(b.shape), n, a.Ndim()-1, m)
}

// Dot is numpy's dot for arrays of up to two dimensions (0-d multiplies).
func Dot(a, b *Array) (*Array, error) {
	if a.Ndim() == 0 || b.Ndim() == 0 {
		return Binary(Mul, a, b)
	}
	dt := resultType(Mul, a.dtype, b.dtype)
	if a.Ndim() > 2 || b.Ndim() > 2 {
		return nil, valueErr("dot supports arrays of up to 2 dimensions, got shapes %s and %s", ShapeString(a.shape), ShapeString(b.shape))
	}
	switch {
	case a.Ndim() == 1 && b.Ndim() == 1:
		if a.shape[0] != b.shape[0] {
			return nil, alignErr(a, b, a.shape[0], b.shape[0])
		}
		x, y := a.Data(), b.Data()
		s := 0.0
		for i := range x {
			s += x[i] * y[i]
		}
		return Scalar(s, dt), nil
	case a.Ndim() == 2 && b.Ndim() == 1:
		if a.shape[1] != b.shape[0] {
			return nil, alignErr(a, b, a.shape[1], b.shape[0])
		}
		out := newArray([]int{a.shape[0]}, dt)
		if a.shape[0] > 0 && a.shape[1] > 0 {
			blas64.Gemv(blas.NoTrans, 1, general(a), blas64.Vector{N: b.shape[0], Inc: 1, Data: b.Data()}, 0, blas64.Vector{N: a.shape[0], Inc: 1, Data: out.data})
		}
		return out, nil
	case a.Ndim() == 1 && b.Ndim() == 2:
		if a.shape[0] != b.shape[0] {
			return nil, alignErr(a, b, a.shape[0], b.shape[0])
		}
		out := newArray([]int{b.shape[1]}, dt)
		if b.shape[0] > 0 && b.shape[1] > 0 {
			blas64.Gemv(blas.Trans, 1, general(b), blas64.Vector{N: a.shape[0], Inc: 1, Data: a.Data()}, 0, blas64.Vector{N: b.shape[1], Inc: 1, Data: out.data})
		}
		return out, nil
	}
	if a.shape[1] != b.shape[0] {
		return nil, alignErr(a, b, a.shape[1], b.shape[0])
	}
	out := newArray([]int{a.shape[0], b.shape[1]}, dt)
	if out.Size() > 0 && a.shape[1] > 0 {
		// use a transposed operand directly when it is a transposed view
		ga, ta := gemmOperand(a)
		gb, tb := gemmOperand(b)
		blas64.Gemm(ta, tb, 1, ga, gb, 0, blas64.General{Rows: out.shape[0], Cols: out.shape[1], Stride: out.shape[1], Data: out.data})
	}
	return out, nil
}

// gemmOperand avoids copying a transposed contiguous matrix.
func gemmOperand(a *Array) (blas64.General, blas.Transpose) {
	if !a.IsContiguous() && a.strides[0] == 1 && a.strides[1] == a.shape[0] {
		t := a.T()
		if t.IsContiguous() {
			return general(t), blas.Trans
		}
	}
	return general(a), blas.NoTrans
}

// MatMul is numpy's matmul for up to 2-D operands (0-d is an error).
func MatMul(a, b *Array) (*Array, error) {
	if a.Ndim() == 0 || b.Ndim() == 0 {
		return nil, valueErr("matmul: Input operand does not have enough dimensions")
	}
	if a.Ndim() == 2 && b.Ndim() == 2 && a.shape[1] != b.shape[0] {
		return nil, valueErr("matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size %d is different from %d)", b.shape[0], a.shape[1])
	}
	return Dot(a, b)
}

// Outer is the outer product of the flattened inputs.
func Outer(a, b *Array) (*Array, error) {
	x, _ := a.Reshape(-1, 1)
	y, _ := b.Reshape(1, -1)
	return Binary(Mul, x, y)
}

func fromDense(m mat.Matrix) *Array {
	r, c := m.Dims()
	out := newArray([]int{r, c}, Float64)
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			out.data[i*c+j] = m.At(i, j)
		}
	}
	return out
}

func linErr(msg string) error { return &Error{"LinAlgError", msg} }

// Norm is the 2-norm of a vector or the Frobenius norm of a matrix (ord
// "fro"), or along an axis when axis is not nil.
func Norm(a *Array, axis *int, keepdims bool) (*Array, error) {
	sq := Unary(Square, a.WithDType(Float64))
	s, err := sq.Sum(axis, keepdims)
	if err != nil {
		return nil, err
	}
	ufunc(Sqrt, s.data, s.data)
	return s, nil
}

// Inv is the matrix inverse.
func Inv(a *Array) (*Array, error) {
	if a.Ndim() != 2 {
		return nil, linErr(itoa(a.Ndim()) + "-dimensional array given. Array must be at least two-dimensional")
	}
	if a.shape[0] != a.shape[1] {
		return nil, linErr("Last 2 dimensions of the array must be square")
	}
	d := mat.NewDense(max(a.shape[0], 1), max(a.shape[1], 1), nil)
	if a.shape[0] == 0 {
		return newArray([]int{0, 0}, Float64), nil
	}
	d.SetRawMatrix(blas64.General{Rows: a.shape[0], Cols: a.shape[1], Stride: a.shape[1], Data: append([]float64{}, a.Data()...)})
	var inv mat.Dense
	if err := inv.Inverse(d); err != nil {
		if _, ok := err.(mat.Condition); !ok || math.IsInf(float64(err.(mat.Condition)), 1) {
			return nil, linErr("Singular matrix")
		}
	}
	return fromDense(&inv), nil
}

// Solve solves a x = b for x (b is a vector or a matrix of columns).
func Solve(a, b *Array) (*Array, error) {
	if a.Ndim() != 2 {
		return nil, linErr(itoa(a.Ndim()) + "-dimensional array given. Array must be at least two-dimensional")
	}
	if a.shape[0] != a.shape[1] {
		return nil, linErr("Last 2 dimensions of the array must be square")
	}
	n := a.shape[0]
	vec := b.Ndim() == 1
	bb := b
	if vec {
		bb, _ = b.Reshape(-1, 1)
	}
	if bb.Ndim() != 2 || bb.shape[0] != n {
		return nil, valueErr("solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m,n)->(m,n) (size %d is different from %d)", b.shape[0], n)
	}
	A := mat.NewDense(n, n, append([]float64{}, a.Data()...))
	B := mat.NewDense(n, bb.shape[1], append([]float64{}, bb.Data()...))
	var lu mat.LU
	lu.Factorize(A)
	if lu.Det() == 0 {
		return nil, linErr("Singular matrix")
	}
	var x mat.Dense
	if err := lu.SolveTo(&x, false, B); err != nil {
		if c, ok := err.(mat.Condition); !ok || math.IsInf(float64(c), 1) {
			return nil, linErr("Singular matrix")
		}
	}
	out := fromDense(&x)
	if vec {
		return out.Reshape(n)
	}
	return out, nil
}

// Eigh returns the ascending eigenvalues and the eigenvectors (as columns) of
// a symmetric matrix; only the lower triangle is used, like numpy.
func Eigh(a *Array) (*Array, *Array, error) {
	if a.Ndim() != 2 || a.shape[0] != a.shape[1] {
		return nil, nil, linErr("Last 2 dimensions of the array must be square")
	}
	n := a.shape[0]
	d := a.Data()
	s := mat.NewSymDense(n, nil)
	for i := 0; i < n; i++ {
		for j := 0; j <= i; j++ {
			s.SetSym(i, j, d[i*n+j])
		}
	}
	var e mat.EigenSym
	if !e.Factorize(s, true) {
		return nil, nil, linErr("Eigenvalues did not converge")
	}
	vals := e.Values(nil)
	var v mat.Dense
	e.VectorsTo(&v)
	w, _ := FromSlice(vals)
	return w, fromDense(&v), nil
}

// Det is the determinant of a square matrix.
func Det(a *Array) (float64, error) {
	if a.Ndim() != 2 || a.shape[0] != a.shape[1] {
		return 0, linErr("Last 2 dimensions of the array must be square")
	}
	if a.shape[0] == 0 {
		return 1, nil
	}
	return mat.Det(mat.NewDense(a.shape[0], a.shape[1], append([]float64{}, a.Data()...))), nil
}
