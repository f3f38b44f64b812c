package reservoir

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

// RidgeResult is the digital linear limit on a task.
type RidgeResult struct {
	Train, Test Scores
	Weights     []float64 // per feature, plus the bias last
}

// Ridge fits a digital linear classifier by ridge regression on the task's
// training sequence and scores train and test. features is "reservoir" (the
// device's noise-free neuron intensities; dev required) or "raw" (the
// image pixels). lambda is relative: the penalty is lambda·tr(XᵀX)/p on the
// centred features (default 1e-4 when 0).
func Ridge(task *Task, dev *VCSEL, features string, lambda float64) (*RidgeResult, error) {
	if lambda == 0 {
		lambda = 1e-4
	}
	var xtr, xte []float64
	var p int
	switch features {
	case "reservoir":
		if dev == nil {
			return nil, fmt.Errorf("reservoir: ridge on reservoir features needs a device")
		}
		var err error
		if xtr, err = dev.Features(task.XTrain, task.NTrain, task.Width, task.Height); err != nil {
			return nil, err
		}
		if xte, err = dev.Features(task.XTest, task.NTest, task.Width, task.Height); err != nil {
			return nil, err
		}
		p = dev.Neurons()
	case "raw":
		xtr, xte, p = task.XTrain, task.XTest, task.Width*task.Height
	default:
		return nil, fmt.Errorf("reservoir: features %q: use \"reservoir\" or \"raw\"", features)
	}
	n := task.NTrain
	mu := make([]float64, p)
	for i := 0; i < n; i++ {
		for j := 0; j < p; j++ {
			mu[j] += xtr[i*p+j] / float64(n)
		}
	}
	tm, _ := meanStd(task.YTrain)
	X := mat.NewDense(n, p, nil)
	for i := 0; i < n; i++ {
		for j := 0; j < p; j++ {
			X.Set(i, j, xtr[i*p+j]-mu[j])
		}
	}
	t := mat.NewVecDense(n, nil)
	for i := 0; i < n; i++ {
		t.SetVec(i, task.YTrain[i]-tm)
	}
	var A mat.SymDense
	A.SymOuterK(1, X.T())
	tr := 0.0
	for j := 0; j < p; j++ {
		tr += A.At(j, j)
	}
	pen := lambda * tr / float64(p)
	if pen == 0 {
		pen = lambda
	}
	for j := 0; j < p; j++ {
		A.SetSym(j, j, A.At(j, j)+pen)
	}
	var b mat.VecDense
	b.MulVec(X.T(), t)
	var ch mat.Cholesky
	if !ch.Factorize(&A) {
		return nil, fmt.Errorf("reservoir: ridge system not positive definite")
	}
	var w mat.VecDense
	if err := ch.SolveVecTo(&w, &b); err != nil {
		return nil, err
	}
	bias := tm
	for j := 0; j < p; j++ {
		bias -= w.AtVec(j) * mu[j]
	}
	pred := func(x []float64, m int) []float64 {
		y := make([]float64, m)
		for i := range y {
			s := bias
			for j := 0; j < p; j++ {
				s += w.AtVec(j) * x[i*p+j]
			}
			y[i] = s
		}
		return y
	}
	r := &RidgeResult{Weights: append(append([]float64(nil), w.RawVector().Data...), bias)}
	r.Train = score(pred(xtr, n), task.YTrain, 0, 1, 0, 1)
	r.Test = score(pred(xte, task.NTest), task.YTest, 0, 1, 0, 1)
	return r, nil
}
