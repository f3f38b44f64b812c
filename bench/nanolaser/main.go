// Command nanolaser is the Lumen side of bench/nanolaser: it builds a
// network of 100 coupled photonic spiking neurons (the default PSN of
// lib/nanolaser, pump offset 1.5, 10 % random links with weights
// 0.05·N(0,1) and delays 10–100 ps, receiver RC filter τ_syn = 1 ns,
// event-driven pulse delivery), writes it as JSON for brian2_psn.py, and
// times lib/nanolaser.Simulate over the same device time.
//
// Usage: go run -tags openblas ./bench/nanolaser -out net.json [-n 100] [-us 1] [-reps 1]
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"time"

	"github.com/lumenlab/lumen/lib/nanolaser"
	"github.com/lumenlab/lumen/lib/rng"
)

// Net is the network shared with the Brian2 script: the integrator's
// constants and the links.
type Net struct {
	N                    int       `json:"n"`
	DurationNs           float64   `json:"duration_ns"`
	DtNs                 float64   `json:"dt_ns"`
	TauGNs               float64   `json:"tau_g_ns"`
	TauANs               float64   `json:"tau_a_ns"`
	TauPNs               float64   `json:"tau_p_ns"`
	A                    []float64 `json:"A"`
	B                    float64   `json:"B"`
	Sg                   float64   `json:"S_g"`
	Sa                   float64   `json:"S_a"`
	Rsp0                 float64   `json:"R_sp0"`
	Rsp1                 float64   `json:"R_sp1"`
	Cg                   float64   `json:"C_g"`
	SpikeThreshold       float64   `json:"spike_threshold"`
	EmitLow              float64   `json:"spike_release"`
	TauSynNs             float64   `json:"tau_syn_ns"`
	PulsePhotons         float64   `json:"pulse_photons"`
	Pre                  []int     `json:"pre"`
	Post                 []int     `json:"post"`
	Weight               []float64 `json:"weight"`
	DelayNs              []float64 `json:"delay_ns"`
	LumenSeconds         float64   `json:"lumen_seconds"`
	LumenSpikes          int       `json:"lumen_spikes"`
	LumenSpikesPerNeuron float64   `json:"lumen_rate_per_ns"`
}

func main() {
	out := flag.String("out", "", "JSON file for brian2_psn.py (required)")
	n := flag.Int("n", 100, "neurons")
	us := flag.Float64("us", 1, "device time [µs]")
	reps := flag.Int("reps", 1, "timed repetitions (the best is reported)")
	flag.Parse()
	if *out == "" || *n < 2 || !(*us > 0) || *reps < 1 {
		fmt.Fprintln(os.Stderr, "usage: nanolaser -out FILE [-n ≥ 2] [-us > 0] [-reps ≥ 1]")
		os.Exit(2)
	}
	if err := run(*out, *n, *us*1000, *reps); err != nil {
		fmt.Fprintln(os.Stderr, "bench/nanolaser:", err)
		os.Exit(1)
	}
}

func run(out string, n int, durNs float64, reps int) error {
	m, err := nanolaser.DefaultParams().Model()
	if err != nil {
		return err
	}
	r := rng.New(7)
	A := make([]float64, n)
	for i := range A {
		A[i] = m.Threshold() + 1.5
	}
	var links []nanolaser.Link
	nt := Net{N: n, DurationNs: durNs, DtNs: m.Dt, TauGNs: m.TauG, TauANs: m.TauA, TauPNs: m.TauP, A: A, B: m.B,
		Sg: m.Sg, Sa: m.Sa, Rsp0: m.Rsp0, Rsp1: m.Rsp1, Cg: m.Cg, SpikeThreshold: m.SpikeThreshold,
		EmitLow: 0.25 * m.SpikeThreshold, TauSynNs: 1, PulsePhotons: 8000}
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if i != j && r.Float64() < 0.1 {
				l := nanolaser.Link{From: j, To: i, Weight: 0.05 * r.NormFloat64(), Delay: 0.01 + 0.09*r.Float64()}
				// delays on the integration grid, as both simulators use them
				l.Delay = math.Max(1, math.Round(l.Delay/m.Dt)) * m.Dt
				links = append(links, l)
				nt.Pre, nt.Post = append(nt.Pre, j), append(nt.Post, i)
				nt.Weight, nt.DelayNs = append(nt.Weight, l.Weight), append(nt.DelayNs, l.Delay)
			}
		}
	}
	o := nanolaser.SimulateOptions{Duration: durNs, Seed: 1, TauSyn: nt.TauSynNs, PulseEvents: true, PulsePhotons: nt.PulsePhotons}
	best := math.Inf(1)
	var spikes []nanolaser.Spike
	for k := 0; k < reps; k++ {
		t0 := time.Now()
		spikes, err = nanolaser.Simulate(context.Background(), m, A, links, o)
		if err != nil {
			return err
		}
		best = math.Min(best, time.Since(t0).Seconds())
	}
	nt.LumenSeconds, nt.LumenSpikes = best, len(spikes)
	nt.LumenSpikesPerNeuron = float64(len(spikes)) / float64(n) / durNs
	b, err := json.MarshalIndent(nt, "", " ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, b, 0o644); err != nil {
		return err
	}
	fmt.Printf("lumen_seconds %.3f\nlumen_spikes %d\nlumen_rate_per_ns %.4f\nlinks %d\nsteps %d\n", best, len(spikes), nt.LumenSpikesPerNeuron, len(links), int64(math.Round(durNs/m.Dt)))
	return nil
}
