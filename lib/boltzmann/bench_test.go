package boltzmann

import (
	"context"
	"testing"

	"github.com/lumenlab/lumen/lib/rng"
)

// syntheticBinary returns n rows of d 0/1 pixels with pixel-dependent rates
// (a stand-in for binarized Fashion-MNIST of the same shape).
func syntheticBinary(n, d int, src *rng.Source) []float64 {
	rate := make([]float64, d)
	for i := range rate {
		rate[i] = 0.6 * src.Float64()
	}
	x := make([]float64, n*d)
	for r := 0; r < n; r++ {
		for i := 0; i < d; i++ {
			if src.Float64() < rate[i] {
				x[r*d+i] = 1
			}
		}
	}
	return x
}

// BenchmarkCD1Epoch: one CD-1 epoch over 10,000×784 binary rows, 500 hidden
// units, batch 100 (the scikit-learn comparison).
func BenchmarkCD1Epoch(b *testing.B) {
	src := rng.New(1)
	const n, d = 10000, 784
	x := syntheticBinary(n, d, src)
	m, _ := NewRBM(d, 500, Binary, src)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := m.Fit(context.Background(), x, n, TrainOptions{Epochs: 1, BatchSize: 100, LR: 0.01, Rand: src}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCD1EpochFloat32 is BenchmarkCD1Epoch with float32 products.
func BenchmarkCD1EpochFloat32(b *testing.B) {
	src := rng.New(1)
	const n, d = 10000, 784
	x := syntheticBinary(n, d, src)
	m, _ := NewRBM(d, 500, Binary, src)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := m.Fit(context.Background(), x, n, TrainOptions{Epochs: 1, BatchSize: 100, LR: 0.01, Rand: src, Float32: true}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGibbsStep100Chains: one Gibbs step v→h→v of 100 chains of a
// 784×500 RBM.
func BenchmarkGibbsStep100Chains(b *testing.B) {
	src := rng.New(2)
	m, _ := NewRBM(784, 500, Binary, src)
	ch, _ := m.NewChains(100, nil, src)
	o := GibbsOptions{Steps: 1, Rand: src}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := m.Gibbs(context.Background(), ch, o); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSigmoid(b *testing.B) {
	x := 0.0
	for i := 0; i < b.N; i++ {
		x += sigmoid(float64(i&1023)/100 - 5)
	}
	_ = x
}

// BenchmarkGibbsStep100ChainsFloat32 is BenchmarkGibbsStep100Chains with
// float32 products (10 steps per call, so W is converted once per 10 steps).
func BenchmarkGibbsStep100ChainsFloat32(b *testing.B) {
	src := rng.New(2)
	m, _ := NewRBM(784, 500, Binary, src)
	ch, _ := m.NewChains(100, nil, src)
	o := GibbsOptions{Steps: 10, Rand: src, Float32: true}
	b.ResetTimer()
	for i := 0; i < b.N; i += 10 {
		if err := m.Gibbs(context.Background(), ch, o); err != nil {
			b.Fatal(err)
		}
	}
}
