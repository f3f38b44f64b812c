package boltzmann_test

import (
	"context"
	"fmt"

	"github.com/lumenlab/lumen/lib/boltzmann"
	"github.com/lumenlab/lumen/lib/datasets"
	"github.com/lumenlab/lumen/lib/rng"
)

// Train an RBM on bars and stripes, sample from it, and compare the exact
// log-likelihood with the data entropy.
func Example() {
	src := rng.New(7) // one seed makes everything reproducible
	bas, _ := datasets.BarsAndStripes(3)
	m, _ := boltzmann.NewRBM(9, 16, boltzmann.Binary, src)
	_, err := m.Fit(context.Background(), bas.X, bas.N, boltzmann.TrainOptions{
		Epochs: 100, BatchSize: 14, LR: 0.1, K: 5, Momentum: 0.5, Rand: src,
		Callback: func(s boltzmann.EpochStats) error { return nil }, // metrics per epoch
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	ll, _ := m.LogLikelihood(bas.X, bas.N)
	_, entropy, _ := datasets.BarsAndStripesDistribution(3)
	fmt.Printf("log-likelihood %.2f (bound %.2f)\n", ll, -entropy)

	// 16 samples after 15 Gibbs steps, annealed from T = 3 to 1.
	anneal, _ := boltzmann.GeometricSchedule(3, 1, 15)
	v, _ := m.Sample(context.Background(), 16, boltzmann.SampleOptions{
		GibbsOptions: boltzmann.GibbsOptions{Anneal: anneal, Rand: src},
	})
	fmt.Println(len(v))
}

// A device plugs in as a Sampler; here a wrapper that counts layer updates
// around the digital sampler.
func ExampleSamplerFunc() {
	calls := 0
	dev := boltzmann.SamplerFunc(func(r *boltzmann.LayerRequest) error {
		calls++
		return boltzmann.Digital{}.SampleLayer(r)
	})
	src := rng.New(1)
	m, _ := boltzmann.NewRBM(6, 4, boltzmann.PM1, src)
	_, _ = m.Sample(context.Background(), 10, boltzmann.SampleOptions{
		GibbsOptions: boltzmann.GibbsOptions{Steps: 5, Sampler: dev, Rand: src},
	})
	fmt.Println(calls)
	// Output: 10
}
