package prbm

import (
	"context"
	"fmt"

	"github.com/lumenlab/lumen/lib/boltzmann"
	"github.com/lumenlab/lumen/lib/rng"
)

// TrainingRun is one training run of reproduction 5 (in-situ training):
// the learning curve and the final log-likelihood.
type TrainingRun struct {
	// History has one entry per epoch (with the exact log-likelihood of
	// the training rows when TrainOptions.ExactLogLikelihood was set).
	History []boltzmann.EpochStats
	// LogLik is the mean log-likelihood of the evaluation rows, nats per
	// example, with log Z estimated by AIS; LogLikErr is its standard error
	// (that of the AIS estimate of log Z).
	LogLik, LogLikErr float64
	// Curve is the learning curve: the log-likelihood of the evaluation
	// rows every InSituOptions.CurveEvery epochs and after the last.
	Curve []CurvePoint
	// Model is the trained model.
	Model *boltzmann.RBM
}

// CurvePoint is one point of a learning curve.
type CurvePoint struct {
	Epoch     int     // epochs finished (0: the initial model)
	LogLik    float64 // nats per example
	LogLikErr float64 // standard error (0 when exact)
}

// curveEnumerate is the largest smaller layer for which the learning curve
// enumerates log Z exactly (2^16 states, milliseconds); beyond it each point
// is an AIS estimate with 20 runs over 1000 inverse temperatures.
const curveEnumerate = 16

// AISLogLikelihood returns the mean log-likelihood (nats per example) of n
// rows of data under m with log Z from AIS (runs chains over betas inverse
// temperatures, 0 or nil for the defaults of boltzmann.AISOptions), started
// from the base-rate model of the data, and its standard error.
func AISLogLikelihood(m *boltzmann.RBM, data []float64, n, runs int, betas []float64, src *rng.Source) (ll, se float64, err error) {
	if n < 1 {
		return 0, 0, fmt.Errorf("prbm: no rows to evaluate: n = %d, need ≥ 1", n)
	}
	if len(data) != n*m.NVisible {
		return 0, 0, fmt.Errorf("prbm: evaluation data has %d values, want n×n_visible = %d×%d", len(data), n, m.NVisible)
	}
	res, err := m.AIS(boltzmann.AISOptions{Runs: runs, Betas: betas, BaseA: boltzmann.AISBaseRate(m, data, n), Rand: src})
	if err != nil {
		return 0, 0, err
	}
	F, err := m.FreeEnergy(data, n)
	if err != nil {
		return 0, 0, err
	}
	for _, f := range F {
		ll -= f / m.T
	}
	return ll/float64(n) - res.LogZ, res.StdErr, nil
}

// InSituOptions configures [TrainInSitu].
type InSituOptions struct {
	Train boltzmann.TrainOptions // its Sampler is replaced by the run's sampler
	// Eval and NEval are the rows whose log-likelihood is reported (nil:
	// the training rows).
	Eval  []float64
	NEval int
	// AISRuns and AISBetas configure the AIS estimate of log Z (0, nil:
	// 100 runs, Salakhutdinov & Murray's 14,500-step schedule).
	AISRuns  int
	AISBetas []float64
	// AISSeed seeds the AIS stream.
	AISSeed uint64
	// CurveEvery > 0 records the learning curve every CurveEvery epochs.
	CurveEvery int
}

// TrainInSitu trains a copy of init on n rows of data with the negative
// phase drawn by s (nil: the digital sampler; a Device trains in situ, its
// noise included) and returns the learning curve and the AIS log-likelihood
// of the final model. Training the same init with the same options and
// seeds through different samplers gives the paired comparison of
// reproduction 5.
func TrainInSitu(ctx context.Context, init *boltzmann.RBM, data []float64, n int, s boltzmann.Sampler, o InSituOptions) (TrainingRun, error) {
	var run TrainingRun
	if init == nil {
		return run, fmt.Errorf("prbm: initial model is nil")
	}
	if o.CurveEvery < 0 {
		return run, fmt.Errorf("prbm: curve_every = %d not allowed: must be ≥ 0", o.CurveEvery)
	}
	m := init.Clone()
	ev, ne := o.Eval, o.NEval
	if ev == nil {
		ev, ne = data, n
	}
	to := o.Train
	to.Sampler = s
	curveSrc := rng.New(o.AISSeed ^ 0x5bd1e995)
	point := func(epoch int) error {
		var p CurvePoint
		var err error
		p.Epoch = epoch
		if min(m.NVisible, m.NHidden) <= curveEnumerate {
			p.LogLik, err = m.LogLikelihood(ev, ne)
		} else {
			betas, _ := boltzmann.AISBetas(1000)
			p.LogLik, p.LogLikErr, err = AISLogLikelihood(m, ev, ne, 20, betas, curveSrc)
		}
		run.Curve = append(run.Curve, p)
		return err
	}
	if o.CurveEvery > 0 {
		if err := point(0); err != nil {
			return run, err
		}
		user := to.Callback
		to.Callback = func(e boltzmann.EpochStats) error {
			done := e.Epoch + 1 // epochs finished (EpochStats counts from 0)
			if done%o.CurveEvery == 0 || done == to.Epochs {
				if err := point(done); err != nil {
					return err
				}
			}
			if user != nil {
				return user(e)
			}
			return nil
		}
	}
	hist, err := m.Fit(ctx, data, n, to)
	run.History, run.Model = hist, m
	if err != nil {
		return run, err
	}
	run.LogLik, run.LogLikErr, err = AISLogLikelihood(m, ev, ne, o.AISRuns, o.AISBetas, rng.New(o.AISSeed))
	return run, err
}
