package nanolaser

import (
	"fmt"
	"math"
)

// Neuron is one photonic spiking neuron.
type Neuron struct {
	Model Model
}

// NewNeuron builds a neuron from physical parameters.
func NewNeuron(p Params) (*Neuron, error) {
	m, err := p.Model()
	if err != nil {
		return nil, err
	}
	return &Neuron{Model: m}, nil
}

// SimOptions configures a single-neuron simulation.
type SimOptions struct {
	Duration float64 // ns
	// Offset, when Pump is NaN-free and UseOffset is set, pumps at A = 1 + B + Offset.
	Offset    float64
	UseOffset bool
	Kicks     []Kick
	Seed      uint64
	// Every records the trace every Every steps (0: no trace, only spikes).
	Every int
}

// Trace is the result of a single-neuron simulation.
type Trace struct {
	T, G, Q, S []float64 // ns; dimensionless gain, absorption; photons
	Spikes     []float64 // spike times [ns]
	Duration   float64
	Model      Model
}

// Simulate integrates the neuron.
func (nr *Neuron) Simulate(o SimOptions) (*Trace, error) {
	m := nr.Model
	if o.UseOffset {
		m = m.WithOffset(o.Offset)
	}
	if !(o.Duration > 0) || math.IsInf(o.Duration, 0) {
		return nil, fmt.Errorf("nanolaser: duration %g ns not allowed: must be positive", o.Duration)
	}
	e, err := newEngine(m, []float64{m.A}, nil, o.Seed)
	if err != nil {
		return nil, err
	}
	for i := range o.Kicks {
		o.Kicks[i].Neuron = 0
	}
	if err := e.setKicks(o.Kicks); err != nil {
		return nil, err
	}
	tr := &Trace{Duration: o.Duration, Model: m}
	if o.Every > 0 {
		every := int64(o.Every)
		e.onStep = func(e *engine) {
			if (e.step+1)%every == 0 {
				tr.T = append(tr.T, float64(e.step+1)*m.Dt)
				tr.G = append(tr.G, e.g[0])
				tr.Q = append(tr.Q, e.q[0])
				tr.S = append(tr.S, e.S[0])
			}
		}
	}
	e.run(int64(math.Round(o.Duration / m.Dt)))
	for _, s := range e.spikes {
		tr.Spikes = append(tr.Spikes, s.T)
	}
	return tr, nil
}

// Rate returns the spike rate [1/ns] of the trace.
func (t *Trace) Rate() float64 { return float64(len(t.Spikes)) / t.Duration }
