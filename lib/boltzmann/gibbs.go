package boltzmann

import (
	"context"
	"fmt"
	"math"

	"github.com/lumenlab/lumen/lib/rng"
)

// Chains holds the states of many Gibbs chains of one RBM: V is
// N×NVisible, H is N×NHidden. Keep a Chains value between calls to
// [RBM.Gibbs] for persistent chains.
type Chains struct {
	N    int
	V, H []float64
}

// NewChains returns n chains started from init (n×NVisible, in the model's
// units) or, when init is nil, from uniformly random visible states.
func (m *RBM) NewChains(n int, init []float64, src *rng.Source) (*Chains, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	if n < 1 || n > 1<<24 {
		return nil, fmt.Errorf("boltzmann: chains = %d not allowed: use 1..%d", n, 1<<24)
	}
	c := &Chains{N: n, V: make([]float64, n*m.NVisible), H: make([]float64, n*m.NHidden)}
	if init != nil {
		if len(init) != n*m.NVisible {
			return nil, fmt.Errorf("boltzmann: init has %d values, want chains×n_visible = %d×%d", len(init), n, m.NVisible)
		}
		if err := m.Units.checkStates("init", init); err != nil {
			return nil, err
		}
		copy(c.V, init)
		return c, nil
	}
	if src == nil {
		return nil, fmt.Errorf("boltzmann: random initial states need a random source")
	}
	lo := m.Units.lo()
	for k := range c.V {
		if src.Uint64()&1 == 1 {
			c.V[k] = 1
		} else {
			c.V[k] = lo
		}
	}
	return c, nil
}

// GibbsOptions configures [RBM.Gibbs].
type GibbsOptions struct {
	// Steps is the number of full Gibbs steps v→h→v (≥ 0). Ignored when
	// Anneal is set.
	Steps int
	// T is the sampling temperature; 0 means the model's T.
	T float64
	// Anneal, when not nil, gives one temperature per step (see
	// [LinearSchedule] and [GeometricSchedule]).
	Anneal []float64
	// ClampMask (length NVisible), when not nil, marks visible units held
	// fixed at ClampValues, which has NVisible values (shared by all chains)
	// or N×NVisible values (one row per chain).
	ClampMask   []bool
	ClampValues []float64
	// Sampler draws the layers; nil means [Digital].
	Sampler Sampler
	// Float32 makes the Digital sampler compute its matrix products in
	// float32 (W is converted once per call, so it pays for several steps
	// or large models).
	Float32 bool
	// Rand is the random stream; required.
	Rand *rng.Source
}

// Gibbs advances the chains in place. It checks ctx between steps; on
// cancellation the chains hold the last completed step and ctx.Err() is
// returned.
func (m *RBM) Gibbs(ctx context.Context, c *Chains, o GibbsOptions) error {
	if err := m.validateShape(); err != nil {
		return err
	}
	if c == nil || c.N < 1 || len(c.V) != c.N*m.NVisible || len(c.H) != c.N*m.NHidden {
		return fmt.Errorf("boltzmann: chains do not match the model (%d×%d)", m.NVisible, m.NHidden)
	}
	if o.Rand == nil {
		return fmt.Errorf("boltzmann: GibbsOptions.Rand is nil: pass a random source")
	}
	temps := o.Anneal
	if temps == nil {
		if o.Steps < 0 {
			return fmt.Errorf("boltzmann: steps = %d not allowed: must be ≥ 0", o.Steps)
		}
		T := o.T
		if T == 0 {
			T = m.T
		}
		if err := checkT("T", T); err != nil {
			return err
		}
		temps = make([]float64, o.Steps)
		for i := range temps {
			temps[i] = T
		}
	}
	for k, T := range temps {
		if err := checkT(fmt.Sprintf("anneal[%d]", k), T); err != nil {
			return err
		}
	}
	cl, err := m.clampSpec(c.N, o.ClampMask, o.ClampValues)
	if err != nil {
		return err
	}
	applyClamp(cl, c.V, 0, c.N)
	s := o.Sampler
	if s == nil {
		s = Digital{}
	}
	if _, ok := s.(Digital); ok {
		if o.Float32 {
			return gibbsDigital[float32](ctx, m, c, temps, cl, o.Rand)
		}
		return gibbsDigital[float64](ctx, m, c, temps, cl, o.Rand)
	}
	// field buffers are reused across steps (the digital sampler fills them)
	hf := make([]float64, len(c.H))
	vf := make([]float64, len(c.V))
	hreq := &LayerRequest{Model: m, Layer: Hidden, Given: c.V, Chains: c.N, Out: c.H, Rand: o.Rand}
	vreq := &LayerRequest{Model: m, Layer: Visible, Given: c.H, Chains: c.N, Out: c.V, Rand: o.Rand}
	for _, T := range temps {
		if ctx != nil {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		hreq.T, vreq.T = T, T
		hreq.Fields, hreq.HasFields = hf, false
		vreq.Fields, vreq.HasFields = vf, false
		if err := s.SampleLayer(hreq); err != nil {
			return err
		}
		if err := s.SampleLayer(vreq); err != nil {
			return err
		}
		applyClamp(cl, c.V, 0, c.N)
	}
	return nil
}

// clampSpec checks a clamp mask and its values (nil when nothing is
// clamped).
func (m *RBM) clampSpec(n int, mask []bool, values []float64) (*clampSpec, error) {
	if mask == nil {
		if values != nil {
			return nil, fmt.Errorf("boltzmann: clamp values given without a clamp mask")
		}
		return nil, nil
	}
	nv := m.NVisible
	if len(mask) != nv {
		return nil, fmt.Errorf("boltzmann: clamp mask has %d entries, want n_visible = %d", len(mask), nv)
	}
	if len(values) != nv && len(values) != n*nv {
		return nil, fmt.Errorf("boltzmann: clamp values have %d entries, want n_visible = %d or chains×n_visible = %d", len(values), nv, n*nv)
	}
	if err := m.Units.checkStates("clamp values", values); err != nil {
		return nil, err
	}
	c := &clampSpec{nv: nv, values: values, perChain: len(values) == n*nv}
	for i, b := range mask {
		if b {
			c.idx = append(c.idx, i)
		}
	}
	return c, nil
}

// SampleOptions configures [RBM.Sample].
type SampleOptions struct {
	GibbsOptions
	// Init, when not nil, holds N×NVisible initial visible states; nil
	// starts from uniformly random states.
	Init []float64
}

// Sample runs n chains for the configured steps and returns their visible
// states (n×NVisible, row-major).
func (m *RBM) Sample(ctx context.Context, n int, o SampleOptions) ([]float64, error) {
	if o.Rand == nil {
		return nil, fmt.Errorf("boltzmann: SampleOptions.Rand is nil: pass a random source")
	}
	c, err := m.NewChains(n, o.Init, o.Rand)
	if err != nil {
		return nil, err
	}
	if err := m.Gibbs(ctx, c, o.GibbsOptions); err != nil {
		return c.V, err
	}
	return c.V, nil
}

// LinearSchedule returns steps temperatures from `from` to `to`, evenly
// spaced (both ends included; one step gives `to`).
func LinearSchedule(from, to float64, steps int) ([]float64, error) {
	if err := scheduleArgs(from, to, steps); err != nil {
		return nil, err
	}
	t := make([]float64, steps)
	for i := range t {
		if steps == 1 {
			t[i] = to
		} else {
			t[i] = from + (to-from)*float64(i)/float64(steps-1)
		}
	}
	return t, nil
}

// GeometricSchedule returns steps temperatures from `from` to `to` with a
// constant ratio between successive steps (both ends included).
func GeometricSchedule(from, to float64, steps int) ([]float64, error) {
	if err := scheduleArgs(from, to, steps); err != nil {
		return nil, err
	}
	t := make([]float64, steps)
	for i := range t {
		if steps == 1 {
			t[i] = to
		} else {
			t[i] = from * math.Pow(to/from, float64(i)/float64(steps-1))
		}
	}
	return t, nil
}

func scheduleArgs(from, to float64, steps int) error {
	if err := checkT("from", from); err != nil {
		return err
	}
	if err := checkT("to", to); err != nil {
		return err
	}
	if steps < 1 || steps > 1<<24 {
		return fmt.Errorf("boltzmann: schedule steps = %d not allowed: use 1..%d", steps, 1<<24)
	}
	return nil
}
