package array

import (
	"testing"

	"github.com/lumenlab/lumen/lib/rng"
)

// Benchmarks for the operations bench/array compares with numpy.

func benchInputs(b *testing.B) (x, y, z, m *Array) {
	src := rng.New(1)
	x, _ = Rand(src.Split(0), 1000000)
	y, _ = Rand(src.Split(1), 1000000)
	z, _ = Rand(src.Split(2), 1000000)
	m, _ = Rand(src.Split(3), 1000, 1000)
	b.ResetTimer()
	return
}

func BenchmarkMulAdd(b *testing.B) {
	x, y, z, _ := benchInputs(b)
	for i := 0; i < b.N; i++ {
		p, _ := Binary(Mul, x, y)
		Binary(Add, p, z)
	}
}

func BenchmarkExp(b *testing.B) {
	x, _, _, _ := benchInputs(b)
	for i := 0; i < b.N; i++ {
		Unary(Exp, x)
	}
}

func BenchmarkSum0(b *testing.B) {
	_, _, _, m := benchInputs(b)
	ax := 0
	for i := 0; i < b.N; i++ {
		m.Sum(&ax, false)
	}
}

func BenchmarkSum1(b *testing.B) {
	_, _, _, m := benchInputs(b)
	ax := 1
	for i := 0; i < b.N; i++ {
		m.Sum(&ax, false)
	}
}

// BenchmarkExpSlice is the exp kernel alone on one goroutine (no allocation).
func BenchmarkExpSlice(b *testing.B) {
	x, _, _, _ := benchInputs(b)
	dst := make([]float64, x.Size())
	for i := 0; i < b.N; i++ {
		expSlice(dst, x.data)
	}
}
