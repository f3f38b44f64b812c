package nanolaser

import "math"

// Estimate holds speed and power figures computed from a network's parameters.
type Estimate struct {
	SamplesPerSecondNeuron  float64 // 1/τ: one independent-ish sample per refractory window
	SamplesPerSecondNetwork float64 // N/τ (state updates per second)
	SpikeRate               float64 // mean spikes/s per neuron at x50 (p = 1/2)
	PumpPowerNeuron         float64 // W at the x50 pump
	PumpPowerNetwork        float64 // W
	EnergyPerSpike          float64 // pump energy per spike [J] (pump power / spike rate)
	OutputEnergyPerSpike    float64 // optical pulse energy [J]
	EnergyPerSample         float64 // network pump energy per network sample (N samples per τ) [J]
	// Published references (docs/nanolaser.md): BrainScaleS-1 LIF sampling
	// (Kungl et al. 2019): τ_ref ≈ 10 ms bio at 10⁴ acceleration ≈ 1 µs, so
	// about 10⁶ samples/s per neuron; energy per synaptic event on
	// BrainScaleS about 100 pJ (order of magnitude).
	BrainScaleSSamplesPerSecondNeuron float64
	BrainScaleSEnergyPerEvent         float64
}

// Estimate computes the figures for the network (pumped near x50).
func (net *Network) Estimate() Estimate {
	m := net.Model
	tau := net.Tau * 1e-9
	n := float64(net.N())
	e := Estimate{
		SamplesPerSecondNeuron:            1 / tau,
		SamplesPerSecondNetwork:           n / tau,
		BrainScaleSSamplesPerSecondNeuron: 1e6,
		BrainScaleSEnergyPerEvent:         100e-12,
	}
	x50 := 0.0
	if net.Cal != nil {
		x50 = net.Cal.X50
		e.OutputEnergyPerSpike = net.Cal.PulsePhotons * m.PhotonEnergy
	}
	e.PumpPowerNeuron = m.PumpPower(m.Threshold() + x50)
	e.PumpPowerNetwork = n * e.PumpPowerNeuron
	// at p_on = 1/2 a neuron spikes about 1/(2τ) times per second
	e.SpikeRate = 0.5 / tau
	e.EnergyPerSpike = e.PumpPowerNeuron / e.SpikeRate
	e.EnergyPerSample = e.PumpPowerNetwork * tau / n
	if math.IsNaN(e.EnergyPerSample) {
		e.EnergyPerSample = 0
	}
	return e
}
