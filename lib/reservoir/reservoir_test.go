package reservoir

import (
	"context"
	"math"
	"testing"
)

// small is the reduced-scale device of the tests (137 neurons, 26×26 grid).
func small(t testing.TB, mod func(*Config)) *VCSEL {
	t.Helper()
	c := Config{Neurons: 137, Modes: 96, InputSide: 16, Seed: 1}
	if mod != nil {
		mod(&c)
	}
	v, err := New(c)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestSteadyStateConverges(t *testing.T) {
	task, _ := Headers(4, 3, 16, 2, 0.05, 1)
	for _, diffr := range []float64{0, 2} {
		v := small(t, func(c *Config) { c.Diffraction = diffr; c.Tol = 1e-9 })
		f, err := v.Features(task.XTrain, task.NTrain, task.Width, task.Height)
		if err != nil {
			t.Fatal(err)
		}
		s := v.LastStats()
		t.Logf("diffraction %g: %+v", diffr, s)
		if s.NotConverged != 0 || s.MaxResidual > 1e-9 {
			t.Fatalf("diffraction %g: not converged: %+v", diffr, s)
		}
		// The fixed point: restarting from the solution changes nothing
		// (tolerance 1e-7 relative on the neuron intensities).
		ws := v.newWork()
		N := v.Neurons()
		g := make([]float64, N)
		img := task.XTrain[:task.Width*task.Height]
		st, _, _ := v.solveImage(ws, img, task.Width, task.Height, nil, g)
		h := make([]float64, N)
		_, it, _ := v.solveImage(ws, img, task.Width, task.Height, &st, h)
		for j := range g {
			if math.Abs(h[j]-g[j]) > 1e-7*math.Abs(g[j])+1e-12 || math.Abs(f[j]-g[j]) > 1e-12*math.Abs(g[j]) {
				t.Fatalf("neuron %d: %g, restart %g (it %d), batch %g", j, g[j], h[j], it, f[j])
			}
		}
		if it > 3 {
			t.Fatalf("warm restart from the steady state took %d iterations", it)
		}
	}
}

func TestTernaryIsDifferenceOfBooleans(t *testing.T) {
	task, _ := Headers(4, 0, 20, 2, 0, 2)
	for _, det := range []int{1, 2} {
		v := small(t, func(c *Config) { c.Offset = 0.03; c.Offset2 = 0.05 })
		tern, _ := NewONN(v, Ternary, det)
		for j := range tern.W {
			tern.W[j] = int8(j%3 - 1)
		}
		y, err := tern.Measure(task.XTrain, task.NTrain, task.Width, task.Height)
		if err != nil {
			t.Fatal(err)
		}
		boolOut := func(sign int8, offset float64) []float64 {
			w := *v
			w.cfg.Offset = offset
			b, _ := NewONN(&w, Boolean, 1)
			for j, x := range tern.W {
				if x == sign {
					b.W[j] = 1
				}
			}
			out, _ := b.Measure(task.XTrain, task.NTrain, task.Width, task.Height)
			return out
		}
		off2 := 0.03
		if det == 2 {
			off2 = 0.05
		}
		p, m := boolOut(1, 0.03), boolOut(-1, off2)
		for i := range y {
			if d := y[i] - (p[i] - m[i]); math.Abs(d) > 1e-9*math.Abs(p[i]) {
				t.Fatalf("detectors %d, image %d: ternary %g, W⁺ − W⁻ %g", det, i, y[i], p[i]-m[i])
			}
		}
		want := v.cfg.FrameRate
		if det == 1 {
			want /= 2
		}
		if tern.InferenceRate() != want {
			t.Fatalf("detectors %d: inference rate %g, want %g", det, tern.InferenceRate(), want)
		}
	}
	b, _ := NewONN(small(t, nil), Boolean, 1)
	if b.InferenceRate() != 22727 {
		t.Fatalf("boolean inference rate %g", b.InferenceRate())
	}
}

func TestAcceptanceLogic(t *testing.T) {
	if !accept(0.4, 0.5) || accept(0.5, 0.5) || accept(0.6, 0.5) {
		t.Fatal("accept must keep a proposal only if the NMSE falls strictly")
	}
	task, _ := Headers(4, 5, 60, 10, 0.05, 3)
	v := small(t, func(c *Config) { c.Noise = 0.01 })
	for _, ro := range []Readout{Boolean, Ternary} {
		o, _ := NewONN(v, ro, 1)
		var eps []Epoch
		var ws [][]int8
		_, err := o.Train(context.Background(), task, TrainOptions{Epochs: 200, Alpha: 0.05, Seed: 9, Progress: func(e Epoch) {
			eps = append(eps, e)
			ws = append(ws, append([]int8(nil), o.W...))
		}})
		if err != nil {
			t.Fatal(err)
		}
		last := math.Inf(1) // the initial NMSE is not reported: epoch 1 is checked from epoch 2 on
		for i, e := range eps {
			if e.Accepted != (e.Trial < last) && i > 0 {
				t.Fatalf("%v epoch %d: accepted=%v, trial %g, previous %g", ro, e.Epoch, e.Accepted, e.Trial, last)
			}
			if e.NMSE > last {
				t.Fatalf("%v epoch %d: kept NMSE rose %g → %g", ro, e.Epoch, last, e.NMSE)
			}
			if i > 0 && !e.Accepted {
				for j := range ws[i] {
					if ws[i][j] != ws[i-1][j] {
						t.Fatalf("%v epoch %d: rejected proposal changed weight %d", ro, e.Epoch, j)
					}
				}
			}
			last = e.NMSE
			for _, w := range ws[i] {
				if ro == Boolean && (w < 0 || w > 1) || w < -1 || w > 1 {
					t.Fatalf("%v: weight %d out of range", ro, w)
				}
			}
		}
	}
}

func TestAlphaToZeroIsSingleFlip(t *testing.T) {
	task, _ := Headers(4, 9, 40, 10, 0.05, 4)
	v := small(t, func(c *Config) { c.Noise = 0.02 })
	for _, ro := range []Readout{Boolean, Ternary} {
		run := func(rule Rule, alpha float64) ([]Epoch, []int8) {
			o, _ := NewONN(v, ro, 1)
			h, err := o.Train(context.Background(), task, TrainOptions{Epochs: 300, Rule: rule, Alpha: alpha, Seed: 11})
			if err != nil {
				t.Fatal(err)
			}
			return h.Epochs, o.W
		}
		e1, w1 := run(Single, 0)
		e2, w2 := run(Adaptive, 1e-9)
		for i := range e1 {
			if e1[i] != e2[i] || e2[i].K != 1 {
				t.Fatalf("%v epoch %d: single %+v, α→0 %+v", ro, i+1, e1[i], e2[i])
			}
		}
		for j := range w1 {
			if w1[j] != w2[j] {
				t.Fatalf("%v: final weights differ at %d", ro, j)
			}
		}
	}
}

func TestReproducibleAndCancellable(t *testing.T) {
	task, _ := Headers(4, 1, 40, 10, 0.05, 5)
	v := small(t, func(c *Config) { c.Noise = 0.01 })
	o1, _ := NewONN(v, Ternary, 1)
	h1, _ := o1.Train(context.Background(), task, TrainOptions{Epochs: 100, Seed: 3})
	o2, _ := NewONN(v, Ternary, 1)
	h2, _ := o2.Train(context.Background(), task, TrainOptions{Epochs: 100, Seed: 3})
	if h1.BestNMSE != h2.BestNMSE || len(h1.Epochs) != len(h2.Epochs) {
		t.Fatal("training is not reproducible from the seed")
	}
	ctx, cancel := context.WithCancel(context.Background())
	o3, _ := NewONN(v, Ternary, 1)
	var best []int8
	bestNMSE := math.Inf(1)
	h3, err := o3.Train(ctx, task, TrainOptions{Epochs: 1000, Seed: 3, Progress: func(e Epoch) {
		if e.NMSE < bestNMSE {
			bestNMSE, best = e.NMSE, append([]int8(nil), o3.W...)
		}
		if e.Epoch == 50 {
			cancel()
		}
	}})
	if err != context.Canceled || h3.Stopped != "cancelled" || len(h3.Epochs) != 50 {
		t.Fatalf("cancel: err %v, stopped %q after %d epochs", err, h3.Stopped, len(h3.Epochs))
	}
	if h3.BestNMSE != bestNMSE {
		t.Fatalf("cancel: best NMSE %g, history best %g", h3.BestNMSE, bestNMSE)
	}
	for j := range best {
		if best[j] != o3.W[j] {
			t.Fatal("cancel did not keep the best weights")
		}
	}
	// Early stopping.
	o4, _ := NewONN(v, Ternary, 1)
	h4, _ := o4.Train(context.Background(), task, TrainOptions{Epochs: 5000, Seed: 3, Patience: 30})
	if h4.Stopped != "patience" {
		t.Fatalf("early stopping: stopped %q", h4.Stopped)
	}
}
