package prbm

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/lumenlab/lumen/lib/boltzmann"
	"github.com/lumenlab/lumen/lib/datasets"
	"github.com/lumenlab/lumen/lib/ising"
	"github.com/lumenlab/lumen/lib/rng"
)

// meanSD returns the mean and sample standard deviation.
func meanSD(x []float64) (mean, sd float64) {
	for _, v := range x {
		mean += v / float64(len(x))
	}
	for _, v := range x {
		sd += (v - mean) * (v - mean) / float64(len(x)-1)
	}
	return mean, math.Sqrt(sd)
}

// TestInSituTraining is reproduction 5 at test scale: a 16×12 ±1 RBM
// learns 4×4 bars and stripes (30 images) by CD-1 (300 epochs, batches of
// 10, lr 0.05 → 0.005, momentum 0.5) with the negative phase drawn by the
// digital sampler or in situ by the optical device (8-bit SLM, 0.05 rad
// phase error, read noise 2 e⁻) with modest shot noise (10⁵ photons per
// exposure) or heavy shot noise (10² photons). Each arm is trained from
// R = 6 seeds (the same inits and streams in every arm) and the final
// log-likelihood of the training set is estimated by AIS (100 runs, 1000
// inverse temperatures); the learning curve is exact (12 hidden units).
//
// The margin is statistical: the final log-likelihood of CD-1 training
// scatters from seed to seed (sd ≈ 0.25 nats here), so the difference of
// two arm means has the Welch standard error SE = √(s₁²/R + s₂²/R + mean
// AIS variances/R). Modest noise passes when the in-situ mean is within
// 3·SE of the digital mean (3 SE ≈ 0.4 nats); heavy noise must fall more
// than 3·SE and more than 1 nat below it.
func TestInSituTraining(t *testing.T) {
	set, err := datasets.BarsAndStripes(4)
	if err != nil {
		t.Fatal(err)
	}
	set.ToPM1()
	const R, epochs = 6, 300
	betas, _ := boltzmann.AISBetas(1000)
	device := func(photons float64) boltzmann.Sampler {
		d := New()
		d.SLMBits, d.PhaseError, d.ShotPhotons, d.ReadNoise = 8, 0.05, photons, 2
		return d
	}
	arms := []struct {
		name string
		s    boltzmann.Sampler
	}{{"digital", nil}, {"in situ, 1e5 photons", device(1e5)}, {"in situ, 1e2 photons", device(1e2)}}
	type stat struct{ mean, sd, aisVar float64 }
	stats := make([]stat, len(arms))
	for ai, arm := range arms {
		final := make([]float64, R)
		curve := make([]float64, epochs/50+1)
		for seed := uint64(0); seed < R; seed++ {
			m, _ := boltzmann.NewRBM(16, 12, boltzmann.PM1, rng.New(100+seed))
			run, err := TrainInSitu(context.Background(), m, set.X, set.N, arm.s, InSituOptions{
				Train: boltzmann.TrainOptions{Epochs: epochs, BatchSize: 10, LRSchedule: boltzmann.LinearDecay(0.05, 0.005, epochs),
					K: 1, Momentum: 0.5, Rand: rng.New(200 + seed), Shuffle: true},
				AISRuns: 100, AISBetas: betas, AISSeed: 300 + seed, CurveEvery: 50})
			if err != nil {
				t.Fatal(err)
			}
			if len(run.Curve) != len(curve) || run.Curve[len(curve)-1].Epoch != epochs {
				t.Fatalf("%s: learning curve has %d points, want %d ending at epoch %d", arm.name, len(run.Curve), len(curve), epochs)
			}
			for i, p := range run.Curve {
				curve[i] += p.LogLik / R
			}
			exact := run.Curve[len(curve)-1].LogLik
			// AIS is checked against the exact value (at 5 standard errors
			// plus the 0.02-nat bias of a 1000-step schedule)
			if math.Abs(run.LogLik-exact) > 5*run.LogLikErr+0.02 {
				t.Errorf("%s seed %d: AIS log-likelihood %.3f ± %.3f, exact %.3f", arm.name, seed, run.LogLik, run.LogLikErr, exact)
			}
			final[seed] = run.LogLik
			stats[ai].aisVar += run.LogLikErr * run.LogLikErr / R
		}
		stats[ai].mean, stats[ai].sd = meanSD(final)
		var b strings.Builder
		for _, c := range curve {
			fmt.Fprintf(&b, " %.2f", c)
		}
		t.Logf("%-22s final AIS log-likelihood %.3f (seed sd %.3f), mean curve every 50 epochs:%s", arm.name, stats[ai].mean, stats[ai].sd, b.String())
	}
	t.Logf("optimum −log 30 = %.3f", -math.Log(30))
	dig := stats[0]
	for ai := 1; ai < len(arms); ai++ {
		st := stats[ai]
		se := math.Sqrt((dig.sd*dig.sd + st.sd*st.sd + dig.aisVar + st.aisVar) / R)
		diff := st.mean - dig.mean
		t.Logf("%s − digital = %.3f nats (SE %.3f)", arms[ai].name, diff, se)
		if ai == 1 && diff < -3*se {
			t.Errorf("modest noise: in-situ log-likelihood %.3f more than 3 SE (%.3f) below digital %.3f", st.mean, 3*se, dig.mean)
		}
		if ai == 2 && (diff > -3*se || diff > -1) {
			t.Errorf("heavy noise: in-situ log-likelihood %.3f not significantly (3 SE = %.3f, 1 nat) below digital %.3f", st.mean, 3*se, dig.mean)
		}
	}
}

// TestReproductionArgs: bad arguments of the reproduction entry points get
// errors naming them.
func TestReproductionArgs(t *testing.T) {
	m, _ := boltzmann.NewRBM(4, 3, boltzmann.PM1, rng.New(1))
	x := []float64{1, -1, 1, -1, -1, 1, -1, 1}
	o := InSituOptions{Train: boltzmann.TrainOptions{Epochs: 1, BatchSize: 2, LR: 0.1, Rand: rng.New(2)}}
	if _, err := TrainInSitu(context.Background(), nil, x, 2, nil, o); err == nil || !strings.Contains(err.Error(), "nil") {
		t.Errorf("nil model: %v", err)
	}
	o.CurveEvery = -1
	if _, err := TrainInSitu(context.Background(), m, x, 2, nil, o); err == nil || !strings.Contains(err.Error(), "curve_every = -1") {
		t.Errorf("curve_every: %v", err)
	}
	if _, _, err := AISLogLikelihood(m, x, 3, 10, nil, rng.New(3)); err == nil || !strings.Contains(err.Error(), "n×n_visible") {
		t.Errorf("AIS rows: %v", err)
	}
	lat, _ := ising.NewLattice2D(4, 1, 0)
	if _, err := IsingTc(context.Background(), lat, []float64{2, 3}, ising.ScanOptions{Samples: 1, Sweeps: 1, Rand: rng.New(4)}); err == nil || !strings.Contains(err.Error(), "at least 3") {
		t.Errorf("temperatures: %v", err)
	}
}
