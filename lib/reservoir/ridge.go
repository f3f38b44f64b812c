package reservoir

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// RidgeResult is the digital linear limit on a task.
type RidgeResult struct {
	Train, Test Scores
	Weights     []float64 // per feature, plus the bias last
	Lambda      float64   // the relative penalty used
	CVAccuracy  float64   // cross-validated training accuracy at Lambda (0 when λ was given)
}

// ridgeLambdas is the grid of relative penalties Ridge chooses from by
// cross-validation: half-decades from 1e-4 to 10.
var ridgeLambdas = []float64{1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2, 0.1, 0.3, 1, 3, 10}

const ridgeFolds = 5 // cross-validation folds

// Ridge fits a digital linear classifier by ridge regression on the task's
// training sequence and scores train and test. features is "reservoir" (the
// device's noise-free neuron intensities; dev required) or "raw" (the
// image pixels). lambda is relative: the penalty is lambda·tr(XᵀX)/p on the
// centred features. lambda = 0 chooses it from half-decades 1e-4 … 10 by
// 5-fold cross-validation on the training sequence (the test sequence is
// never seen), so the limit is a tuned one: a fixed small λ overfits ~1000
// examples of 450 features (docs/reservoir.md).
func Ridge(task *Task, dev *VCSEL, features string, lambda float64) (*RidgeResult, error) {
	if lambda < 0 || math.IsNaN(lambda) || math.IsInf(lambda, 0) {
		return nil, fmt.Errorf("reservoir: ridge lambda = %g not allowed: use > 0, or 0 to choose it by cross-validation", lambda)
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
	all := make([]int, n)
	for i := range all {
		all[i] = i
	}
	r := &RidgeResult{Lambda: lambda}
	if lambda == 0 {
		var err error
		if r.Lambda, r.CVAccuracy, err = crossValidate(task, xtr, p); err != nil {
			return nil, err
		}
	}
	sys := newRidgeSystem(xtr, task.YTrain, all, p)
	w, bias, err := sys.solve(r.Lambda)
	if err != nil {
		return nil, err
	}
	pred := func(x []float64, m int) []float64 {
		y := make([]float64, m)
		for i := range y {
			y[i] = predict(w, bias, x[i*p:(i+1)*p])
		}
		return y
	}
	r.Weights = append(w, bias)
	r.Train = score(pred(xtr, n), task.YTrain, 0, 1, 0, 1)
	r.Test = score(pred(xte, task.NTest), task.YTest, 0, 1, 0, 1)
	return r, nil
}

// crossValidate returns the λ of ridgeLambdas with the best ridgeFolds-fold
// accuracy on the training sequence (ties: the larger λ) and that accuracy.
// Identical images share a fold: the one-vs-all sequences draw with
// replacement, and a duplicate on both sides would favour overfitting.
func crossValidate(task *Task, x []float64, p int) (float64, float64, error) {
	n, d := task.NTrain, task.Width*task.Height
	if n < 2*ridgeFolds {
		return 0, 0, fmt.Errorf("reservoir: choosing ridge lambda by %d-fold cross-validation needs ≥ %d training images, have %d: pass an explicit penalty", ridgeFolds, 2*ridgeFolds, n)
	}
	fold := make([]int, n)
	seen := map[string]int{}
	key := make([]byte, d)
	for i := range fold {
		for k, v := range task.XTrain[i*d : (i+1)*d] {
			key[k] = 0
			if v > 0.5 {
				key[k] = 1
			}
		}
		f, ok := seen[string(key)]
		if !ok {
			f = len(seen) % ridgeFolds
			seen[string(key)] = f
		}
		fold[i] = f
	}
	correct := make([]int, len(ridgeLambdas))
	for f := 0; f < ridgeFolds; f++ {
		var in, out []int
		for i, fi := range fold {
			if fi == f {
				out = append(out, i)
			} else {
				in = append(in, i)
			}
		}
		if len(out) == 0 || len(in) < 2 {
			return 0, 0, fmt.Errorf("reservoir: too few distinct training images (%d) to choose ridge lambda by cross-validation: pass an explicit penalty", len(seen))
		}
		sys := newRidgeSystem(x, task.YTrain, in, p)
		for l, lam := range ridgeLambdas {
			w, bias, err := sys.solve(lam)
			if err != nil {
				return 0, 0, err
			}
			for _, i := range out {
				if (predict(w, bias, x[i*p:(i+1)*p]) > 0.5) == (task.YTrain[i] > 0.5) {
					correct[l]++
				}
			}
		}
	}
	best := 0
	for l := range ridgeLambdas {
		if correct[l] >= correct[best] {
			best = l
		}
	}
	return ridgeLambdas[best], float64(correct[best]) / float64(n), nil
}

// ridgeSystem is the normal equations of the centred rows idx of x: primal
// (XᵀX + pen·I) w = Xᵀt, or dual w = Xᵀ(XXᵀ + pen·I)⁻¹t when there are fewer
// rows than features (the same w, a smaller system).
type ridgeSystem struct {
	x      *mat.Dense    // centred rows
	t      *mat.VecDense // centred targets
	gram   *mat.SymDense // XᵀX, or XXᵀ when dual
	dual   bool
	mu     []float64
	tm, tr float64
	p      int
}

func newRidgeSystem(x, t []float64, idx []int, p int) *ridgeSystem {
	m := float64(len(idx))
	mu := make([]float64, p)
	tm := 0.0
	for _, i := range idx {
		for j, v := range x[i*p : (i+1)*p] {
			mu[j] += v / m
		}
		tm += t[i] / m
	}
	s := &ridgeSystem{x: mat.NewDense(len(idx), p, nil), t: mat.NewVecDense(len(idx), nil), mu: mu, tm: tm, p: p, dual: len(idx) < p}
	for r, i := range idx {
		for j, v := range x[i*p : (i+1)*p] {
			s.x.Set(r, j, v-mu[j])
		}
		s.t.SetVec(r, t[i]-tm)
	}
	if s.dual {
		s.gram = mat.NewSymDense(len(idx), nil)
		s.gram.SymOuterK(1, s.x)
	} else {
		s.gram = mat.NewSymDense(p, nil)
		s.gram.SymOuterK(1, s.x.T())
	}
	for j := 0; j < s.gram.SymmetricDim(); j++ {
		s.tr += s.gram.At(j, j) // tr(XᵀX) = tr(XXᵀ)
	}
	return s
}

// solve returns the weights and bias for the relative penalty lambda.
func (s *ridgeSystem) solve(lambda float64) ([]float64, float64, error) {
	pen := lambda * s.tr / float64(s.p)
	if pen == 0 {
		pen = lambda
	}
	d := s.gram.SymmetricDim()
	A := mat.NewSymDense(d, nil)
	A.CopySym(s.gram)
	for j := 0; j < d; j++ {
		A.SetSym(j, j, A.At(j, j)+pen)
	}
	var ch mat.Cholesky
	if !ch.Factorize(A) {
		return nil, 0, fmt.Errorf("reservoir: ridge system not positive definite")
	}
	var w mat.VecDense
	if s.dual {
		var a mat.VecDense
		if err := ch.SolveVecTo(&a, s.t); err != nil {
			return nil, 0, err
		}
		w.MulVec(s.x.T(), &a)
	} else {
		var rhs mat.VecDense
		rhs.MulVec(s.x.T(), s.t)
		if err := ch.SolveVecTo(&w, &rhs); err != nil {
			return nil, 0, err
		}
	}
	ws := make([]float64, s.p)
	for j := range ws {
		ws[j] = w.AtVec(j)
	}
	bias := s.tm
	for j, v := range ws {
		bias -= v * s.mu[j]
	}
	return ws, bias, nil
}

func predict(w []float64, bias float64, x []float64) float64 {
	s := bias
	for j, v := range w {
		s += v * x[j]
	}
	return s
}
