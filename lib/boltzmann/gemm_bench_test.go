package boltzmann

import (
	"testing"

	"github.com/lumenlab/lumen/lib/rng"
)

func BenchmarkGemm100x784x500(b *testing.B) {
	src := rng.New(1)
	x := syntheticBinary(100, 784, src)
	w := make([]float64, 784*500)
	c := make([]float64, 100*500)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		gemm(false, false, 100, 500, 784, 1, x, 784, w, 500, 0, c, 500)
	}
}

func BenchmarkDraw100x500(b *testing.B) {
	src := rng.New(1)
	f := make([]float64, 100*500)
	out := make([]float64, 100*500)
	for i := range f {
		f[i] = src.NormFloat64()
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		drawStates(Binary, f, out, nil, 100, 500, 1, src)
	}
}
