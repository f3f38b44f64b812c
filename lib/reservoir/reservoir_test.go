package reservoir

import (
	"context"
	"math"
	"strings"
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
		st, _, _ := v.solveImage(ws, img, task.Width, task.Height, nil, g, true)
		h := make([]float64, N)
		_, it, _ := v.solveImage(ws, img, task.Width, task.Height, &st, h, true)
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

// The tabulated round-trip factor agrees with the direct formula to 1e-10
// (absolute; |Γ₀| ≤ 1) over and beyond the table, including the soft clamp.
func TestGainTable(t *testing.T) {
	for _, c := range []struct{ alpha, hmax float64 }{{3, -0.15}, {0, -0.05}, {5, -0.5}} {
		tab := newGainTable(c.alpha, c.hmax, -2, 1)
		worst := 0.0
		for i := 0; i <= 200000; i++ {
			h := -2.5 + 4*float64(i)/200000 + 1e-7*float64(i%7)
			gr, gi := tab.at(h)
			g := gamma0(h, c.alpha, c.hmax)
			worst = max(worst, math.Hypot(gr-real(g), gi-imag(g)))
		}
		if worst > 1e-10 {
			t.Fatalf("α=%g h_max=%g: table error %g", c.alpha, c.hmax, worst)
		}
		// The soft clamp: h_c ≤ h_max, h_c → h far below it.
		if hc, _ := softClamp(5, c.hmax); hc > c.hmax || hc < c.hmax-1e-12 {
			t.Fatalf("clamp above: h_c = %g", hc)
		}
		if hc, _ := softClamp(c.hmax-3, c.hmax); math.Abs(hc-(c.hmax-3)) > 1e-12 {
			t.Fatalf("clamp below: h_c = %g", hc)
		}
	}
}

// Config literals read zero fields as defaults; DefaultConfig-derived
// configs take explicit zeros as given; bad values name the field and range.
func TestConfigExplicitZero(t *testing.T) {
	task, _ := Headers(4, 3, 6, 2, 0, 1)
	base := Config{Neurons: 60, Modes: 48, InputSide: 16, Seed: 1}
	lit, err := New(base) // Diffusion 0 in a literal: the default 1.5
	if err != nil {
		t.Fatal(err)
	}
	if lit.Config().Diffusion != 1.5 || lit.kernel == nil {
		t.Fatalf("literal: diffusion %g", lit.Config().Diffusion)
	}
	c := DefaultConfig()
	if c.Diffusion != 1.5 || c.Alpha != 3 || !math.IsNaN(c.Offset2) {
		t.Fatalf("DefaultConfig: %+v", c)
	}
	c.Neurons, c.Modes, c.InputSide, c.Seed = 60, 48, 16, 1
	same, err := New(c)
	if err != nil {
		t.Fatal(err)
	}
	c.Diffusion, c.Alpha, c.Detuning, c.GainCompression = 0, 0, 0, 0
	zero, err := New(c)
	if err != nil {
		t.Fatal(err)
	}
	zc := zero.Config()
	if zc.Diffusion != 0 || zc.Alpha != 0 || zc.Detuning != 0 || zc.GainCompression != 0 || zero.kernel != nil {
		t.Fatalf("explicit zeros not honoured: %+v", zc)
	}
	f1, _ := lit.Features(task.XTrain, task.NTrain, task.Width, task.Height)
	f2, _ := same.Features(task.XTrain, task.NTrain, task.Width, task.Height)
	f3, _ := zero.Features(task.XTrain, task.NTrain, task.Width, task.Height)
	diff := 0.0
	for i := range f1 {
		if f1[i] != f2[i] {
			t.Fatalf("DefaultConfig and the literal give different devices at %d: %g, %g", i, f1[i], f2[i])
		}
		diff = max(diff, math.Abs(f3[i]-f1[i])/f1[i])
	}
	if diff < 0.1 {
		t.Fatalf("the zero-parameter device's features differ by only %g", diff)
	}
	// Offset2: NaN follows Offset, an explicit 0 stays 0.
	c = DefaultConfig()
	c.Neurons, c.Modes, c.InputSide, c.Offset = 60, 48, 16, 0.03
	v, _ := New(c)
	c.Offset2 = 0
	w, _ := New(c)
	if v.Config().Offset2 != 0.03 || w.Config().Offset2 != 0 {
		t.Fatalf("Offset2: %g, %g", v.Config().Offset2, w.Config().Offset2)
	}
	for _, bad := range []struct {
		mod  func(*Config)
		want string
	}{
		{func(c *Config) { c.Diffusion = -1 }, "Config.Diffusion = -1 not allowed: use 0 … 1000"},
		{func(c *Config) { c.BeamWaist = 0 }, "Config.BeamWaist = 0"},
		{func(c *Config) { c.Injection = 0 }, "Config.Injection = 0 not allowed: use > 0"},
		{func(c *Config) { c.Damping = 1.5 }, "Config.Damping = 1.5"},
		{func(c *Config) { c.Neurons = 3 }, "Config.Neurons = 3 not allowed: use 4 … 65536"},
		{func(c *Config) { c.MaxNetGain = 0 }, "Config.MaxNetGain = 0"},
	} {
		c := DefaultConfig()
		bad.mod(&c)
		if _, err := New(c); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("got %v, want an error containing %q", err, bad.want)
		}
	}
}
