package nanolaser

import (
	"context"
	"fmt"
	"math"
)

// SimulateOptions configures Simulate, a plain network run without the
// sampling bookkeeping of Network.Run (any number of neurons).
type SimulateOptions struct {
	Duration float64 // ns
	Seed     uint64
	TauSyn   float64 // receiver RC time constant [ns]; 0: photocurrent injected directly
	// PulseEvents switches the links to event-driven delivery: each spike
	// onset gives every target w·PulsePhotons carriers after the link delay,
	// as one instantaneous charge into the receiver (instead of the delayed
	// photon flux of the pulse). With τ_syn ≫ the pulse width the two agree to
	// O(width/τ_syn); this is the form a spike-based simulator (Brian2) can run.
	PulseEvents  bool
	PulsePhotons float64 // photons per pulse delivered in PulseEvents mode
	// Progress, when set, is called with the fraction done about every 2^16 steps.
	Progress func(done float64)
}

// Simulate integrates N coupled PSNs pumped at the dimensionless pumps A
// (A_k = 1 + B + x_k) and returns their spikes in time order. It stops with
// ctx.Err() when ctx is cancelled.
func Simulate(ctx context.Context, m Model, A []float64, links []Link, o SimulateOptions) ([]Spike, error) {
	if len(A) == 0 {
		return nil, fmt.Errorf("nanolaser: Simulate needs at least one neuron")
	}
	if !(o.Duration > 0) || math.IsInf(o.Duration, 0) {
		return nil, fmt.Errorf("nanolaser: duration %g ns not allowed: must be positive and finite", o.Duration)
	}
	if o.TauSyn < 0 || math.IsNaN(o.TauSyn) {
		return nil, fmt.Errorf("nanolaser: TauSyn %g ns not allowed: must be ≥ 0", o.TauSyn)
	}
	if o.PulseEvents && !(o.PulsePhotons > 0) {
		return nil, fmt.Errorf("nanolaser: PulseEvents needs PulsePhotons > 0, have %g", o.PulsePhotons)
	}
	e, err := newEngine(m, append([]float64(nil), A...), links, o.Seed)
	if err != nil {
		return nil, err
	}
	e.tauSyn = o.TauSyn
	e.pulseEvents, e.pulsePhotons = o.PulseEvents, o.PulsePhotons
	steps := int64(math.Round(o.Duration / m.Dt))
	e.stop = stopFunc(ctx, o.Progress, steps, e)
	if !e.run(steps) {
		return e.spikes, ctx.Err()
	}
	return e.spikes, nil
}

// stopFunc polls ctx and reports progress; nil when neither is needed.
func stopFunc(ctx context.Context, progress func(float64), steps int64, e *engine) func() bool {
	if ctx == nil {
		ctx = context.Background()
	}
	if ctx.Done() == nil && progress == nil {
		return nil
	}
	start := e.step
	return func() bool {
		if ctx.Err() != nil {
			return true
		}
		if progress != nil && steps > 0 {
			progress(float64(e.step-start) / float64(steps))
		}
		return false
	}
}
