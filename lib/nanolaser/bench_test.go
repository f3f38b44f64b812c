package nanolaser

import (
	"testing"

	"github.com/lumenlab/lumen/lib/rng"
)

// BenchmarkNetwork100 simulates 100 coupled PSNs (random ±links, 10 % density,
// 0.01–0.1 ns delays) for 1 µs of device time at dt = 0.25 ps.
func BenchmarkNetwork100(b *testing.B) {
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
