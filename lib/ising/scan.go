package ising

import (
	"context"
	"fmt"
	"math"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/lumenlab/lumen/lib/boltzmann"
	"github.com/lumenlab/lumen/lib/rng"
)

// ScanOptions configures [Lattice2D.Scan].
type ScanOptions struct {
	// Samples is the number of measurements per temperature (≥ 1).
	Samples int
	// Sweeps between measurements (≥ 1): full Gibbs iterations.
	Sweeps int
	// Equilibrate sweeps before the first measurement (≥ 0).
	Equilibrate int
	// Restart makes every sample independent: each starts from a fresh
	// random configuration and runs Equilibrate + Sweeps sweeps (the
	// photonic RBM paper's protocol: 20 samples, each after 10 iterations).
	// Without Restart one chain per temperature starts from random, runs
	// Equilibrate sweeps, then measures every Sweeps sweeps.
	Restart bool
	// Continue starts each temperature's chain from the previous
	// temperature's final configuration (in the order given; scan from high
	// to low T for an annealed scan) instead of from random. Not with
	// Restart.
	Continue bool
	// Sampler, when set, runs the lattice as an RBM through this sampler
	// (all Restart samples as parallel chains) instead of the fast kernel.
	Sampler boltzmann.Sampler
	// Rand is the random stream; required.
	Rand *rng.Source
	// Progress, when set, is called after each temperature.
	Progress func(done, total int)
}

// Scan measures the observables at each temperature. It checks ctx between
// temperatures and samples.
func (l *Lattice2D) Scan(ctx context.Context, temps []float64, o ScanOptions) ([]Point, error) {
	if len(temps) == 0 {
		return nil, fmt.Errorf("ising: no temperatures given")
	}
	for k, T := range temps {
		if !(T > 0) || math.IsInf(T, 0) {
			return nil, fmt.Errorf("ising: temperatures[%d] = %g not allowed: must be finite and > 0", k, T)
		}
	}
	if o.Samples < 1 || o.Samples > 1<<26 {
		return nil, fmt.Errorf("ising: samples = %d not allowed: use 1..%d", o.Samples, 1<<26)
	}
	if o.Sweeps < 1 {
		return nil, fmt.Errorf("ising: sweeps = %d not allowed: must be ≥ 1", o.Sweeps)
	}
	if o.Equilibrate < 0 {
		return nil, fmt.Errorf("ising: equilibrate = %d not allowed: must be ≥ 0", o.Equilibrate)
	}
	if o.Rand == nil {
		return nil, fmt.Errorf("ising: ScanOptions.Rand is nil: pass a random source")
	}
	if ctx == nil {
		ctx = context.Background()
	}
	if o.Continue && o.Restart {
		return nil, fmt.Errorf("ising: continue and restart exclude each other")
	}
	root := o.Rand.Fork()
	if !o.Continue && o.Sampler == nil && runtime.GOMAXPROCS(0) > 1 && len(temps) > 1 {
		return l.scanParallel(ctx, temps, o, root)
	}
	out := make([]Point, 0, len(temps))
	var carry []int8
	for k, T := range temps {
		src := root.Split(uint64(k))
		var ser Series
		var err error
		if o.Sampler != nil {
			carry, err = l.seriesRBM(ctx, T, o, src, &ser, carry)
		} else {
			carry, err = l.seriesFast(ctx, T, o, src, &ser, carry)
		}
		if !o.Continue {
			carry = nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, ser.Point(l.N(), T))
		if o.Progress != nil {
			o.Progress(k+1, len(temps))
		}
	}
	return out, nil
}

// scanParallel runs independent temperatures on all cores; each has its
// own stream, so the result is the serial one.
func (l *Lattice2D) scanParallel(ctx context.Context, temps []float64, o ScanOptions, root *rng.Source) ([]Point, error) {
	out := make([]Point, len(temps))
	errs := make([]error, len(temps))
	var mu sync.Mutex
	done := 0
	var next atomic.Int64
	var wg sync.WaitGroup
	w := min(runtime.GOMAXPROCS(0), len(temps))
	wg.Add(w)
	for g := 0; g < w; g++ {
		go func() {
			defer wg.Done()
			for {
				k := int(next.Add(1) - 1)
				if k >= len(temps) {
					return
				}
				var ser Series
				if _, err := l.seriesFast(ctx, temps[k], o, root.Split(uint64(k)), &ser, nil); err != nil {
					errs[k] = err
					continue
				}
				out[k] = ser.Point(l.N(), temps[k])
				if o.Progress != nil {
					mu.Lock()
					done++
					o.Progress(done, len(temps))
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	for k, err := range errs {
		if err != nil {
			return out[:k], err
		}
	}
	return out, nil
}

func (l *Lattice2D) seriesFast(ctx context.Context, T float64, o ScanOptions, src *rng.Source, ser *Series, init []int8) ([]int8, error) {
	sim, err := l.NewSim(T, src)
	if err != nil {
		return nil, err
	}
	if init != nil {
		copy(sim.S, init)
	}
	if o.Restart {
		for s := 0; s < o.Samples; s++ {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			sim.Randomize()
			sim.Sweep(o.Equilibrate + o.Sweeps)
			ser.Add(sim.Measure())
		}
		return sim.S, nil
	}
	for done := 0; done < o.Equilibrate; done += 100 {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		sim.Sweep(min(100, o.Equilibrate-done))
	}
	for s := 0; s < o.Samples; s++ {
		if s%100 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		sim.Sweep(o.Sweeps)
		ser.Add(sim.Measure())
	}
	return sim.S, nil
}

// seriesRBM runs the lattice through a boltzmann.Sampler: with Restart all
// samples are parallel chains; otherwise one chain.
func (l *Lattice2D) seriesRBM(ctx context.Context, T float64, o ScanOptions, src *rng.Source, ser *Series, init []int8) ([]int8, error) {
	m, err := l.RBM(T)
	if err != nil {
		return nil, err
	}
	n := 1
	if o.Restart {
		n = o.Samples
	}
	var v0 []float64
	if init != nil {
		even, _ := l.Sublattices()
		v0 = make([]float64, len(even))
		for k, i := range even {
			v0[k] = float64(init[i])
		}
	}
	ch, err := m.NewChains(n, v0, src)
	if err != nil {
		return nil, err
	}
	step := func(k int) error {
		return m.Gibbs(ctx, ch, boltzmann.GibbsOptions{Steps: k, Sampler: o.Sampler, Rand: src})
	}
	spins := make([]int8, l.N())
	measure := func(c int) {
		l.FromLayers(ch.V[c*m.NVisible:(c+1)*m.NVisible], ch.H[c*m.NHidden:(c+1)*m.NHidden], spins)
		E, M := l.energyMag(spins)
		ser.Add(E/float64(l.N()), M/float64(l.N()))
	}
	if o.Restart {
		if err := step(o.Equilibrate + o.Sweeps); err != nil {
			return nil, err
		}
		for c := 0; c < n; c++ {
			measure(c)
		}
		return nil, nil
	}
	if err := step(o.Equilibrate); err != nil {
		return nil, err
	}
	for s := 0; s < o.Samples; s++ {
		if err := step(o.Sweeps); err != nil {
			return nil, err
		}
		measure(0)
	}
	l.FromLayers(ch.V, ch.H, spins)
	return spins, nil
}

// AnnealOptions configures [Lattice2D.Anneal].
type AnnealOptions struct {
	// Schedule lists the temperatures, high to low (see
	// boltzmann.GeometricSchedule and LinearSchedule).
	Schedule []float64
	// SweepsPerT sweeps at each temperature (default 1).
	SweepsPerT int
	// Sampler, when set, anneals the lattice's RBM through it.
	Sampler boltzmann.Sampler
	Rand    *rng.Source
}

// Anneal starts from a random configuration, sweeps through the schedule
// and returns the final spins and their energy per spin. At h = 0 the ground
// states (all up or all down) have energy −2J per spin.
func (l *Lattice2D) Anneal(ctx context.Context, o AnnealOptions) ([]int8, float64, error) {
	if len(o.Schedule) == 0 {
		return nil, 0, fmt.Errorf("ising: anneal schedule is empty")
	}
	if o.Rand == nil {
		return nil, 0, fmt.Errorf("ising: AnnealOptions.Rand is nil: pass a random source")
	}
	sw := o.SweepsPerT
	if sw == 0 {
		sw = 1
	}
	if sw < 1 {
		return nil, 0, fmt.Errorf("ising: sweeps per temperature = %d not allowed: must be ≥ 1", sw)
	}
	if ctx == nil {
		ctx = context.Background()
	}
	if o.Sampler != nil {
		m, err := l.RBM(o.Schedule[0])
		if err != nil {
			return nil, 0, err
		}
		var temps []float64
		for _, T := range o.Schedule {
			for k := 0; k < sw; k++ {
				temps = append(temps, T)
			}
		}
		ch, err := m.NewChains(1, nil, o.Rand)
		if err != nil {
			return nil, 0, err
		}
		if err := m.Gibbs(ctx, ch, boltzmann.GibbsOptions{Anneal: temps, Sampler: o.Sampler, Rand: o.Rand}); err != nil {
			return nil, 0, err
		}
		s := make([]int8, l.N())
		l.FromLayers(ch.V, ch.H, s)
		return s, l.Energy(s) / float64(l.N()), nil
	}
	sim, err := l.NewSim(o.Schedule[0], o.Rand)
	if err != nil {
		return nil, 0, err
	}
	for _, T := range o.Schedule {
		if err := ctx.Err(); err != nil {
			return nil, 0, err
		}
		if err := sim.SetT(T); err != nil {
			return nil, 0, err
		}
		sim.Sweep(sw)
	}
	e, _ := sim.Measure()
	return sim.S, e, nil
}
