// Portable fallbacks for the AVX2 kernels of exp_amd64.go and kernels_amd64.go.

//go:build !amd64

package array

func expSliceVec(dst, src []float64) int { return 0 }

func haveVectorExp() bool { return false }

func vecKernel(op Op, dst, xs, ys []float64) int { return 0 }

func vecAddRows4(acc, r0, r1, r2, r3 []float64) int { return 0 }
