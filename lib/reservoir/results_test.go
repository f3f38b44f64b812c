package reservoir

import (
	"context"
	"testing"
)

// Reduced-scale versions of the paper's results: the device of small()
// (137 neurons, 26×26 grid, 96 modes, 16×16 input DMD), fixed seeds, several
// device/task seeds per claim, tolerances stated in each test. The figures
// are recorded in docs/reservoir.md.

func trainEval(t *testing.T, v *VCSEL, ro Readout, task *Task, epochs int, alpha float64, seed uint64) (*History, Scores) {
	t.Helper()
	o, _ := NewONN(v, ro, 1)
	h, err := o.Train(context.Background(), task, TrainOptions{Epochs: epochs, Alpha: alpha, Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	s, err := o.Evaluate(task)
	if err != nil {
		t.Fatal(err)
	}
	return h, s
}

// header6 is the 6-bit header task (target 5, 10 % pixel noise, 300/300).
func header6(seed uint64) *Task {
	task, _ := Headers(6, 5, 300, 300, 0.1, seed+3)
	return task
}

func smallSeed(t *testing.T, seed uint64, mod func(*Config)) *VCSEL {
	return small(t, func(c *Config) {
		c.Seed = seed
		if mod != nil {
			mod(c)
		}
	})
}

// Ternary beats Boolean and comes within 3 points of the ridge limit on the
// reservoir features, for each of three device/task seeds (3000 epochs,
// α = 0.01). Tolerances: ternary test accuracy ≥ Boolean + 3 points and a
// lower training NMSE (measured margins 4.7–12 points over seeds 1–5);
// ternary ≥ ridge − 3 points (ridge λ by cross-validation; measured
// ternary − ridge −0.6 … +0.3 points on seeds 1–3).
func TestTernaryBeatsBooleanNearRidge(t *testing.T) {
	for seed := uint64(1); seed <= 3; seed++ {
		task := header6(seed)
		on := smallSeed(t, seed, nil)
		hT, sT := trainEval(t, on, Ternary, task, 3000, 0.01, 5)
		hB, sB := trainEval(t, on, Boolean, task, 3000, 0.01, 5)
		rr, _ := Ridge(task, on, "reservoir", 0)
		raw, _ := Ridge(task, nil, "raw", 0)
		t.Logf("seed %d: ternary NMSE %.3f test acc %.3f (SER %.3f) | boolean NMSE %.3f acc %.3f | ridge reservoir %.3f, raw %.3f",
			seed, hT.BestNMSE, sT.Accuracy, sT.SER, hB.BestNMSE, sB.Accuracy, rr.Test.Accuracy, raw.Test.Accuracy)
		if sT.Accuracy < sB.Accuracy+0.03 || hT.BestNMSE >= hB.BestNMSE {
			t.Errorf("seed %d: ternary (%.3f, NMSE %.3f) should beat boolean (%.3f, NMSE %.3f) by ≥ 3 points", seed, sT.Accuracy, hT.BestNMSE, sB.Accuracy, hB.BestNMSE)
		}
		if sT.Accuracy < rr.Test.Accuracy-0.03 {
			t.Errorf("seed %d: ternary %.3f not within 3 points of the ridge limit %.3f", seed, sT.Accuracy, rr.Test.Accuracy)
		}
	}
}

// VCSEL off (fibre speckle and |E|² only) with ternary weights scores below
// VCSEL on. The VCSEL's response is strongly nonlinear at the default
// injection: the field enhancement 1/|1 − Γ|² falls from ≈ 190 at the gain
// clamp (S ≲ 0.3) to a few at the speckle peaks, so the on and off features
// are only partly correlated (Pearson ≈ 0.55 over the feature matrix; checked
// < 0.8). The in-situ training error is the robust measure: for each of four
// seeds NMSE_on ≤ 0.9·NMSE_off (measured ratios 0.76–0.85 over six seeds and
// injections 0.01–1). Test accuracies on 300 images differ by 1–3 points,
// about the binomial error (1.3 points), so they are checked per seed within
// 1 point (3 images) and on the mean over the seeds: on ≥ off + 0.5 points
// (measured +1.9).
func TestVCSELOffScoresBelowOn(t *testing.T) {
	var accOn, accOff float64
	const seeds = 4
	for seed := uint64(1); seed <= seeds; seed++ {
		task := header6(seed)
		on := smallSeed(t, seed, nil)
		off := smallSeed(t, seed, func(c *Config) { c.Off = true })
		hOn, sOn := trainEval(t, on, Ternary, task, 3000, 0.01, 5)
		hOff, sOff := trainEval(t, off, Ternary, task, 3000, 0.01, 5)
		fOn, _ := on.Features(task.XTrain, task.NTrain, task.Width, task.Height)
		fOff, _ := off.Features(task.XTrain, task.NTrain, task.Width, task.Height)
		corr := pearson(fOn, fOff)
		t.Logf("seed %d: on NMSE %.3f acc %.3f | off NMSE %.3f acc %.3f | NMSE ratio %.2f | feature correlation %.3f",
			seed, hOn.BestNMSE, sOn.Accuracy, hOff.BestNMSE, sOff.Accuracy, hOn.BestNMSE/hOff.BestNMSE, corr)
		if hOn.BestNMSE > 0.9*hOff.BestNMSE {
			t.Errorf("seed %d: VCSEL-on NMSE %.3f not ≤ 0.9 × VCSEL-off %.3f", seed, hOn.BestNMSE, hOff.BestNMSE)
		}
		if sOn.Accuracy < sOff.Accuracy-0.01 {
			t.Errorf("seed %d: VCSEL-on accuracy %.3f more than 1 point below VCSEL-off %.3f", seed, sOn.Accuracy, sOff.Accuracy)
		}
		if corr > 0.8 {
			t.Errorf("seed %d: on and off features correlate at %.3f: the VCSEL adds little", seed, corr)
		}
		accOn += sOn.Accuracy / seeds
		accOff += sOff.Accuracy / seeds
	}
	t.Logf("mean test accuracy: on %.4f, off %.4f", accOn, accOff)
	if accOn < accOff+0.005 {
		t.Errorf("mean accuracy: VCSEL on %.4f not ≥ off %.4f + 0.5 points", accOn, accOff)
	}
}

// The α sweep (6-bit headers, detector noise 1 %, 1500 epochs, NMSE curves
// averaged over three training seeds, two device seeds): the final NMSE has
// an interior optimum among α ∈ {0.01, 0.03, 0.1, 0.3, 1}; at the best α it
// is ≤ 0.95 × the single flip's (measured 0.74–0.82), and the curve reaches
// 1.1 × the single flip's final NMSE in at most half its epochs (measured
// 188–209 against 850–1040).
func TestAlphaSweep(t *testing.T) {
	const E, runs = 1500, 3
	for dseed := uint64(1); dseed <= 2; dseed++ {
		task := header6(dseed)
		v := smallSeed(t, dseed, func(c *Config) { c.Noise = 0.01 })
		curve := func(rule Rule, a float64) []float64 {
			m := make([]float64, E)
			for s := uint64(1); s <= runs; s++ {
				o, _ := NewONN(v, Ternary, 1)
				h, err := o.Train(context.Background(), task, TrainOptions{Epochs: E, Rule: rule, Alpha: a, Seed: s})
				if err != nil {
					t.Fatal(err)
				}
				for i, e := range h.Epochs {
					m[i] += e.NMSE / runs
				}
			}
			return m
		}
		single := curve(Single, 0)
		level := 1.1 * single[E-1]
		reach := func(c []float64) int {
			for i, x := range c {
				if x <= level {
					return i + 1
				}
			}
			return E + 1
		}
		alphas := []float64{0.01, 0.03, 0.1, 0.3, 1}
		finals := make([]float64, len(alphas))
		best := 0
		var bestCurve []float64
		for i, a := range alphas {
			c := curve(Adaptive, a)
			finals[i] = c[E-1]
			if finals[i] < finals[best] || i == 0 {
				best, bestCurve = i, c
			}
		}
		t.Logf("device seed %d: single flip final NMSE %.4f (reaches %.4f at epoch %d); α %v → final %.4f; best α = %g reaches it at epoch %d",
			dseed, single[E-1], level, reach(single), alphas, finals, alphas[best], reach(bestCurve))
		if best == 0 || best == len(alphas)-1 {
			t.Errorf("device seed %d: no interior optimum: best α = %g", dseed, alphas[best])
		}
		if finals[best] > 0.95*single[E-1] {
			t.Errorf("device seed %d: best α final NMSE %.4f not ≤ 0.95 × single flip %.4f", dseed, finals[best], single[E-1])
		}
		if 2*reach(bestCurve) > reach(single) {
			t.Errorf("device seed %d: best α reaches %.4f at epoch %d, single flip at %d", dseed, level, reach(bestCurve), reach(single))
		}
	}
}

// 4-bit headers (noise-free images and detector, as in the paper's header
// task) are learned to zero symbol errors on 400 test symbols, for each of
// four device/task seeds (2000 epochs, α = 0.01). With 2 % pixel noise or
// 1 % detector noise a few errors remain on some seeds (docs/reservoir.md).
func TestHeaders4ZeroErrors(t *testing.T) {
	for seed := uint64(1); seed <= 4; seed++ {
		task, _ := Headers(4, 6, 200, 400, 0, seed+6)
		h, s := trainEval(t, smallSeed(t, seed, nil), Ternary, task, 2000, 0.01, 5)
		t.Logf("seed %d: 4-bit headers: NMSE %.3f, train acc %.3f, test SER %.4f", seed, h.BestNMSE, h.Epochs[len(h.Epochs)-1].Accuracy, s.SER)
		if s.SER != 0 {
			t.Errorf("seed %d: 4-bit header SER %.4f, want 0", seed, s.SER)
		}
	}
}

// 10 h of drift sampled every 10 min (the paper samples every 10 s): with
// PID temperature control the consistency stays ≥ 0.99 (seeds 1 and 3;
// measured ≥ 0.996 over four seeds); without it (seed 1) the temperature
// wanders by ~1 K and the consistency falls below 0.99 (measured 0.65–0.90
// over four seeds).
func TestMonitorConsistency(t *testing.T) {
	for _, seed := range []uint64{1, 3} {
		for _, ctl := range []bool{true, false} {
			if !ctl && seed != 1 {
				continue
			}
			task, _ := Headers(4, 6, 100, 30, 0.02, seed+7)
			v := smallSeed(t, seed, func(c *Config) { c.Noise = 0.002; c.Drift = &Drift{Control: ctl} })
			o, _ := NewONN(v, Ternary, 1)
			if _, err := o.Train(context.Background(), task, TrainOptions{Epochs: 1000, Seed: 1}); err != nil {
				t.Fatal(err)
			}
			pts, err := o.Monitor(context.Background(), task, 10, 600)
			if err != nil {
				t.Fatal(err)
			}
			minC, maxT := 1.0, 0.0
			for _, p := range pts {
				minC = min(minC, p.Consistency)
				maxT = max(maxT, abs(p.TempK))
			}
			last := pts[len(pts)-1]
			t.Logf("seed %d control=%v: %d samples, min consistency %.4f, final %.4f (acc %.3f), max |ΔT| %.3g K, fibre phase rms %.3g",
				seed, ctl, len(pts), minC, last.Consistency, last.Accuracy, maxT, last.PhaseRMS)
			if ctl && minC < 0.99 {
				t.Errorf("seed %d with control: consistency fell to %.4f", seed, minC)
			}
			if !ctl && minC >= 0.99 {
				t.Errorf("seed %d without control: consistency stayed at %.4f: the drift has no effect", seed, minC)
			}
		}
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// MNIST one-vs-all on the reduced device with detector noise 0.001 (the level
// compatible with the paper's > 99 % consistency on MNIST; docs/reservoir.md),
// 1000/1000 images per digit, 10000 epochs at α = 0.01, every digit: the mean
// ternary test accuracy is within 3 points (the target) of the mean
// cross-validated ridge limit on the same features (measured 0.859 against
// 0.879; gaps 2.0/1.9/1.8 points for device and task seeds 1/2/3). The
// standard error of a mean accuracy difference over ten digits of 1000 test
// images is ≈ 0.4 points, so the 1-point margin is ≈ 2.5σ.
// The ridge limit must be tuned: with 200 training images (137 features),
// λ = 1e-4 overfits and the cross-validated λ scores ≥ 5 points higher on
// digits 3 and 8 (measured +10.5 and +10.0; σ of the difference ≈ 1.3
// points). Skipped when the MNIST files are not installed.
func TestMNISTTernaryNearRidge(t *testing.T) {
	train, test, err := loadSplits("mnist")
	if err != nil {
		t.Skip(err)
	}
	v := small(t, func(c *Config) { c.Noise = 0.001 })
	var accT, accR float64
	for d := 0; d < 10; d++ {
		task, err := oneVsAll("mnist", train, test, d, 1000, 1000, 1)
		if err != nil {
			t.Fatal(err)
		}
		h, s := trainEval(t, v, Ternary, task, 10000, 0.01, uint64(10+d))
		r, err := Ridge(task, v, "reservoir", 0)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("digit %d: ternary NMSE %.3f test acc %.3f | ridge λ = %g (CV acc %.3f) test acc %.3f",
			d, h.BestNMSE, s.Accuracy, r.Lambda, r.CVAccuracy, r.Test.Accuracy)
		accT += s.Accuracy / 10
		accR += r.Test.Accuracy / 10
	}
	t.Logf("mean test accuracy: ternary %.4f, ridge %.4f", accT, accR)
	if accT < accR-0.03 {
		t.Errorf("mean ternary accuracy %.4f not within 3 points of the ridge limit %.4f", accT, accR)
	}
	for _, d := range []int{3, 8} {
		task, _ := oneVsAll("mnist", train, test, d, 200, 1000, 1)
		cv, err := Ridge(task, v, "reservoir", 0)
		if err != nil {
			t.Fatal(err)
		}
		fixed, _ := Ridge(task, v, "reservoir", 1e-4)
		t.Logf("digit %d, 200 training images: ridge λ = %g %.3f, λ = 1e-4 %.3f", d, cv.Lambda, cv.Test.Accuracy, fixed.Test.Accuracy)
		if cv.Test.Accuracy < fixed.Test.Accuracy+0.05 {
			t.Errorf("digit %d: cross-validated ridge %.3f not ≥ λ = 1e-4 ridge %.3f + 5 points", d, cv.Test.Accuracy, fixed.Test.Accuracy)
		}
	}
}
