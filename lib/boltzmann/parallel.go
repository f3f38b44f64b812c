package boltzmann

import (
	_ "github.com/lumenlab/lumen/lib/openblas" // blas64 → OpenBLAS with -tags openblas

	"runtime"
	"sync"
	"sync/atomic"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
)

// parallelFor runs f(0..n-1) on up to GOMAXPROCS goroutines. The blocks must
// be independent; which goroutine runs a block never changes its result.
func parallelFor(n int, f func(block int)) {
	w := runtime.GOMAXPROCS(0)
	if w > n {
		w = n
	}
	if w <= 1 {
		for b := 0; b < n; b++ {
			f(b)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	wg.Add(w)
	for g := 0; g < w; g++ {
		go func() {
			defer wg.Done()
			for {
				b := int(next.Add(1) - 1)
				if b >= n {
					return
				}
				f(b)
			}
		}()
	}
	wg.Wait()
}

// rowBlocks returns a block size (rows per block) for an rows×width
// workload: about 16k elements per block, independent of GOMAXPROCS.
func rowBlocks(rows, width int) (size, count int) {
	size = 16384 / (width + 1)
	if size < 1 {
		size = 1
	}
	if size > rows {
		size = rows
	}
	if size == 0 {
		return 0, 0
	}
	return size, (rows + size - 1) / size
}

// gemm computes C = alpha·op(A)·op(B) + beta·C for row-major matrices:
// op(A) is m×k, op(B) is k×n, C is m×n.
func gemm(tA, tB bool, m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, beta float64, c []float64, ldc int) {
	ta, tb := blas.NoTrans, blas.NoTrans
	if tA {
		ta = blas.Trans
	}
	if tB {
		tb = blas.Trans
	}
	blas64.Implementation().Dgemm(ta, tb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
}

// ParallelFor is parallelFor for device packages that sample in blocks the
// same way (one random substream per block, results independent of
// GOMAXPROCS).
func ParallelFor(n int, f func(block int)) { parallelFor(n, f) }
