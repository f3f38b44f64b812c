package prbm

import (
	"sort"
	"testing"
	"time"

	"github.com/lumenlab/lumen/lib/boltzmann"
	"github.com/lumenlab/lumen/lib/ising"
	"github.com/lumenlab/lumen/lib/rng"
)

func benchHalfSteps(b *testing.B, s boltzmann.Sampler, chains int) {
	m := randomRBM(196, 196, 0.1, 1)
	src := rng.New(2)
	v := randomSpins(chains*196, src)
	out := make([]float64, chains*196)
	req := &boltzmann.LayerRequest{Model: m, Layer: boltzmann.Hidden, Given: v, Chains: chains, T: 1, Rand: src, Out: out, Fields: make([]float64, len(out))}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := s.SampleLayer(req); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "halfsteps/s")
	b.ReportMetric(float64(b.N*chains)/b.Elapsed().Seconds(), "chain-halfsteps/s")
}

// BenchmarkOptical196 is the optical-mode 196×196 RBM, one chain (the
// device's own use: one SLM, one chain).
func BenchmarkOptical196(b *testing.B) { benchHalfSteps(b, New(), 1) }

// BenchmarkOptical196Noisy adds shot/read noise, 8-bit phases and a static
// phase error (the per-pixel path).
func BenchmarkOptical196Noisy(b *testing.B) {
	d := New()
	d.SLMBits, d.ShotPhotons, d.ReadNoise, d.PhaseError = 8, 1e5, 2, 0.05
	benchHalfSteps(b, d, 1)
}

func idealDev() *Device { d := New(); d.Mode = Ideal; return d }

// BenchmarkIdeal196x100 and BenchmarkDigital196x100: ideal mode vs the
// plain digital sampler, 100 chains (the ratio target is ≤ 1.5×).
func BenchmarkIdeal196x100(b *testing.B)   { benchHalfSteps(b, idealDev(), 100) }
func BenchmarkDigital196x100(b *testing.B) { benchHalfSteps(b, boltzmann.Digital{}, 100) }

// BenchmarkIdealNoisy196x100 is ideal mode with shot noise (intensities
// per exposure).
func BenchmarkIdealNoisy196x100(b *testing.B) {
	d := idealDev()
	d.ShotPhotons = 1e5
	benchHalfSteps(b, d, 100)
}

// BenchmarkIsingTc32Ideal runs the 32×32 heat-capacity peak through the
// ideal device once and reports its distance from Onsager's Tc (%).
func BenchmarkIsingTc32Ideal(b *testing.B) {
	for i := 0; i < b.N; i++ {
		tc, _ := isingPeak(b, 32, 3000)
		b.ReportMetric(100*(tc/ising.OnsagerTc(1)-1), "%fromTc")
	}
}

// BenchmarkIdealVsDigital196x100 alternates one ideal-mode and one digital
// half-step (196×196 RBM, 100 chains) b.N times and reports the median time
// of each and their ratio: on a shared machine the interleaving exposes
// both to the same load, which separate benchmarks do not.
func BenchmarkIdealVsDigital196x100(b *testing.B) {
	const chains = 100
	m := randomRBM(196, 196, 0.1, 1)
	src := rng.New(2)
	v := randomSpins(chains*196, src)
	req := func() *boltzmann.LayerRequest {
		return &boltzmann.LayerRequest{Model: m, Layer: boltzmann.Hidden, Given: v, Chains: chains, T: 1, Rand: src, Out: make([]float64, chains*196)}
	}
	samplers := []boltzmann.Sampler{idealDev(), boltzmann.Digital{}}
	reqs := []*boltzmann.LayerRequest{req(), req()}
	times := [2][]float64{}
	for k := range samplers { // warm up (buffers, OpenBLAS threads)
		for i := 0; i < 10; i++ {
			_ = samplers[k].SampleLayer(reqs[k])
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k := range samplers {
			k = (k + i) % 2 // alternate which goes first
			t0 := time.Now()
			if err := samplers[k].SampleLayer(reqs[k]); err != nil {
				b.Fatal(err)
			}
			times[k] = append(times[k], float64(time.Since(t0).Nanoseconds()))
		}
	}
	med := func(x []float64) float64 { sort.Float64s(x); return x[len(x)/2] }
	ti, td := med(times[0]), med(times[1])
	b.ReportMetric(ti/1e3, "ideal-µs")
	b.ReportMetric(td/1e3, "digital-µs")
	b.ReportMetric(ti/td, "ideal/digital")
}
