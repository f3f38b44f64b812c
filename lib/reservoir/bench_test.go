package reservoir

import (
	"context"
	"testing"
)

// benchTask is 1,000 28×28 synthetic Boolean images (MNIST-sized; the data
// sets are not needed).
func benchTask(b *testing.B) *Task {
	t, err := Synthetic(28, 10, 0, 2, 0.05, 1000, 2, 1)
	if err != nil {
		b.Fatal(err)
	}
	return t
}

// BenchmarkForward: steady-state forward pass of the default device
// (450 neurons, 256 modes) on 1,000 28×28 images; reports images/s.
func BenchmarkForward(b *testing.B) {
	task := benchTask(b)
	v, err := New(Config{Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v.version++ // invalidate the cache
		if _, err := v.Features(task.XTrain, task.NTrain, 28, 28); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*task.NTrain)/b.Elapsed().Seconds(), "images/s")
	b.ReportMetric(v.LastStats().MeanIter, "iter/image")
}

// BenchmarkEpoch: in-situ training epochs (propose, measure 1,000 images
// with ternary weights by two exposures, score, accept/revert), with the
// steady states cached as they are while the drift clock stands still. One
// op is a Train call of 1,000 epochs (its setup amortised); reports ms/epoch.
func BenchmarkEpoch(b *testing.B) {
	task := benchTask(b)
	v, err := New(Config{Seed: 1, Noise: 0.01})
	if err != nil {
		b.Fatal(err)
	}
	o, _ := NewONN(v, Ternary, 1)
	if _, err := o.Train(context.Background(), task, TrainOptions{Epochs: 1, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	const epochs = 1000
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := o.Train(context.Background(), task, TrainOptions{Epochs: epochs, Seed: uint64(2 + i)}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(b.Elapsed().Seconds()*1e3/float64(b.N*epochs), "ms/epoch")
}

// BenchmarkSolveImage: one steady-state solve of the default device (one
// worker), the forward pass's unit of work.
func BenchmarkSolveImage(b *testing.B) {
	task := benchTask(b)
	v, err := New(Config{Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	ws := v.newWork()
	f := make([]float64, v.Neurons())
	its := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := i % task.NTrain
		_, it, _ := v.solveImage(ws, task.XTrain[k*784:(k+1)*784], 28, 28, nil, f, false)
		its += it
	}
	b.ReportMetric(float64(its)/float64(b.N), "iter/image")
}
