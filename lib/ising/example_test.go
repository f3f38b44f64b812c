package ising_test

import (
	"context"
	"fmt"

	"github.com/lumenlab/lumen/lib/boltzmann"
	"github.com/lumenlab/lumen/lib/ising"
	"github.com/lumenlab/lumen/lib/rng"
)

// The photonic RBM paper's validation: scan a 10×10 lattice through a
// boltzmann.Sampler (here the digital one; a device works the same way).
func Example() {
	lat, _ := ising.NewLattice2D(10, 1, 0)
	temps := make([]float64, 14)
	for i := range temps {
		temps[i] = 3.5 - 2*float64(i)/13 // high to low
	}
	pts, err := lat.Scan(context.Background(), temps, ising.ScanOptions{
		Samples: 20, Sweeps: 10, Continue: true, Sampler: boltzmann.Digital{}, Rand: rng.New(1),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range pts {
		fmt.Printf("T=%.2f e=%.3f C=%.2f±%.2f χ=%.2f\n", p.T, p.Energy, p.HeatCapacity, p.HeatCapacityErr, p.Susceptibility)
	}
	fmt.Printf("Onsager Tc = %.4f\n", ising.OnsagerTc(1))
}
