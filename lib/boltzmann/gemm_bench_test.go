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

// BenchmarkHeatBath100x500 is the fused engine's pass (bias, draw, in
// place) over the same 100×500 fields as BenchmarkDraw100x500.
func BenchmarkHeatBath100x500(b *testing.B) {
	src := rng.New(1)
	f := make([]float64, 100*500)
	x := make([]float64, 100*500)
	bias := make([]float64, 500)
	for i := range f {
		f[i] = src.NormFloat64()
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		copy(x, f)
		heatBath(x, 500, bias, 1, 0, nil, false, nil, src)
	}
}

// BenchmarkHeatBath100x500Float32 is BenchmarkHeatBath100x500 on float32
// buffers (32-bit uniforms).
func BenchmarkHeatBath100x500Float32(b *testing.B) {
	src := rng.New(1)
	f := make([]float32, 100*500)
	x := make([]float32, 100*500)
	bias := make([]float64, 500)
	for i := range f {
		f[i] = float32(src.NormFloat64())
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		copy(x, f)
		heatBath(x, 500, bias, 1, 0, nil, false, nil, src)
	}
}
