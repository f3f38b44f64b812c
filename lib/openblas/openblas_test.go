package openblas

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas32"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/blas/gonum"
)

// TestDgemmAgrees: the active Dgemm matches gonum's for all transposes.
func TestDgemmAgrees(t *testing.T) {
	t.Logf("OpenBLAS enabled: %v", Enabled())
	m, n, k := 7, 5, 9
	a := make([]float64, m*k)
	b := make([]float64, k*n)
	for i := range a {
		a[i] = math.Sin(float64(i))
	}
	for i := range b {
		b[i] = math.Cos(float64(i))
	}
	for _, ta := range []blas.Transpose{blas.NoTrans, blas.Trans} {
		for _, tb := range []blas.Transpose{blas.NoTrans, blas.Trans} {
			lda, ldb := k, n
			if ta == blas.Trans {
				lda = m
			}
			if tb == blas.Trans {
				ldb = k
			}
			c1 := make([]float64, m*n)
			c2 := make([]float64, m*n)
			for i := range c1 {
				c1[i], c2[i] = 1, 1
			}
			blas64.Implementation().Dgemm(ta, tb, m, n, k, 0.5, a, lda, b, ldb, 2, c1, n)
			gonum.Implementation{}.Dgemm(ta, tb, m, n, k, 0.5, a, lda, b, ldb, 2, c2, n)
			for i := range c1 {
				if math.Abs(c1[i]-c2[i]) > 1e-12 {
					t.Fatalf("trans %v %v: %g vs %g", ta, tb, c1[i], c2[i])
				}
			}
			a32, b32 := make([]float32, len(a)), make([]float32, len(b))
			for i := range a {
				a32[i] = float32(a[i])
			}
			for i := range b {
				b32[i] = float32(b[i])
			}
			s1, s2 := make([]float32, m*n), make([]float32, m*n)
			blas32.Implementation().Sgemm(ta, tb, m, n, k, 0.5, a32, lda, b32, ldb, 0, s1, n)
			gonum.Implementation{}.Sgemm(ta, tb, m, n, k, 0.5, a32, lda, b32, ldb, 0, s2, n)
			for i := range s1 {
				if math.Abs(float64(s1[i]-s2[i])) > 1e-5 {
					t.Fatalf("Sgemm trans %v %v: %g vs %g", ta, tb, s1[i], s2[i])
				}
			}
		}
	}
}
