package nanolaser

import (
	"context"
	"testing"

	"github.com/lumenlab/lumen/lib/rng"
)

// bench100 is the benchmark network: 100 PSNs at pump offset 1.5, random
// ±links (10 % density, weights 0.05·N(0,1), delays 0.01–0.1 ns).
func bench100(b *testing.B) (Model, []float64, []Link) {
	m := defModel(b)
	r := rng.New(7)
	const n = 100
	A := make([]float64, n)
	for i := range A {
		A[i] = m.Threshold() + 1.5
	}
	var links []Link
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if i != j && r.Float64() < 0.1 {
				links = append(links, Link{From: j, To: i, Weight: 0.05 * r.NormFloat64(), Delay: 0.01 + 0.09*r.Float64()})
			}
		}
	}
	return m, A, links
}

// BenchmarkNetwork100 simulates the 100 coupled PSNs for 1 µs of device time
// at dt = 0.25 ps with photon-flux links (FluxLinks) and τ_syn = 1 ns.
func BenchmarkNetwork100(b *testing.B) {
	m, A, links := bench100(b)
	for b.Loop() {
		e, err := newEngine(m, append([]float64(nil), A...), links, 1)
		if err != nil {
			b.Fatal(err)
		}
		e.tauSyn = 1
		e.run(int64(1000 / m.Dt))
		b.ReportMetric(float64(len(e.spikes)), "spikes")
	}
}

// BenchmarkNetwork100Events is the same network with event-driven pulse
// links into saturating receivers (the default of Network.Run, and what
// bench/nanolaser compares with Brian2).
func BenchmarkNetwork100Events(b *testing.B) {
	m, A, links := bench100(b)
	for b.Loop() {
		sp, err := Simulate(context.Background(), m, A, links, SimulateOptions{Duration: 1000, Seed: 1, TauSyn: 1, PulseEvents: true, PulsePhotons: 8000})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(len(sp)), "spikes")
	}
}
