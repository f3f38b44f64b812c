package reservoir

import (
	"fmt"
	"math"
	"runtime"
	"sort"
	"sync"

	"github.com/lumenlab/lumen/lib/rng"
)

// Config describes a VCSEL reservoir (see docs/reservoir.md for the
// equations and the units: carrier density in units of the transparency
// density, field intensity in units of the gain-compression saturation, time
// in round trips).
//
// Two ways to fill it: a Config literal, whose zero fields take the defaults
// listed (so a literal cannot ask for 0 where the default is not 0), or
// [DefaultConfig], which returns every default filled in; New takes such a
// config field by field as given, so an explicit 0 — no carrier diffusion,
// α_H = 0, zero detuning, no gain compression — is honoured.
type Config struct {
	Neurons    int     // target neuron count (super-pixels inside the circular aperture); default 450
	Oversample int     // VCSEL grid cells per super-pixel side; default 2
	InputSide  int     // input DMD region side in pixels (images are resized onto it); default 32
	BeamWaist  float64 // input Gaussian beam 1/e² intensity radius, in units of the DMD half-side; default 1.2; <0: flat
	Modes      int     // fibre modes (rank of the transmission matrix); default 256

	Pump            float64 // pump J in units of the threshold density N_th; default 1.2
	Injection       float64 // mean injected intensity |κE|² per cell for a half-on input; default 0.05
	Diffusion       float64 // carrier diffusion length ℓ_D (Gaussian coupling width) in grid cells; default 1.5
	Alpha           float64 // linewidth enhancement (Henry) factor α_H; default 3
	Detuning        float64 // cavity-injection detuning δ, radians per round trip; default 0.2
	Loss            float64 // round-trip log loss γ (threshold N_th = 1 + γ); default 1
	GainCompression float64 // ε in g = (N−1)/(1+ε S); default 0.1
	MaxNetGain      float64 // soft clamp h_max < 0 of the net round-trip log gain; default −0.15
	Diffraction     float64 // intracavity diffraction phase θ at the grid Nyquist radius; 0 (default): no global coupling

	Off bool // "VCSEL off": fibre speckle and |E|² detection only

	Damping float64 // fixed-point damping β ∈ (0,1]; default 0.5
	Tol     float64 // convergence: max relative change per iteration; default 1e-6
	MaxIter int     // default 2000

	Noise     float64 // detector noise std, relative to the reference exposure S_ref; default 0
	Offset    float64 // detector-1 offset, relative to S_ref; default 0
	Offset2   float64 // detector-2 offset (two-detector ternary readout), relative to S_ref; default = Offset (DefaultConfig: NaN, meaning the same)
	FrameRate float64 // DMD frame rate in Hz; default 22727 (Vialux V4100, binary frames)

	Drift *Drift // slow drifts; nil: none

	Seed    uint64
	Workers int // parallel steady-state solves; ≤ 0: GOMAXPROCS

	explicit bool // made by DefaultConfig: every field is taken as given
}

// DefaultConfig returns the default configuration with every field set.
// [New] takes a config derived from it as given (explicit zeros included);
// Offset2 is NaN, meaning "the same as Offset".
func DefaultConfig() Config {
	c := Config{}
	c.fill()
	c.Offset2 = math.NaN()
	c.explicit = true
	return c
}

// fill sets the zero fields of a Config literal to their defaults.
func (c *Config) fill() {
	def := func(p *float64, v float64) {
		if *p == 0 {
			*p = v
		}
	}
	defi := func(p *int, v int) {
		if *p == 0 {
			*p = v
		}
	}
	defi(&c.Neurons, 450)
	defi(&c.Oversample, 2)
	defi(&c.InputSide, 32)
	defi(&c.Modes, 256)
	defi(&c.MaxIter, 2000)
	def(&c.BeamWaist, 1.2)
	def(&c.Pump, 1.2)
	def(&c.Injection, 0.05)
	def(&c.Diffusion, 1.5)
	def(&c.Alpha, 3)
	def(&c.Detuning, 0.2)
	def(&c.Loss, 1)
	def(&c.GainCompression, 0.1)
	def(&c.MaxNetGain, -0.15)
	def(&c.Damping, 0.5)
	def(&c.Tol, 1e-6)
	def(&c.FrameRate, 22727)
	if c.Offset2 == 0 {
		c.Offset2 = c.Offset
	}
}

// defaults completes c (literal: zero fields → defaults; DefaultConfig:
// as given) and checks every field's range.
func (c *Config) defaults() error {
	if !c.explicit {
		c.fill()
		c.explicit = true
	}
	if math.IsNaN(c.Offset2) {
		c.Offset2 = c.Offset
	}
	if c.Workers <= 0 {
		c.Workers = runtime.GOMAXPROCS(0)
	}
	finite := func(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }
	for _, f := range []struct {
		name string
		v    float64
		ok   bool
		want string
	}{
		{"Neurons", float64(c.Neurons), c.Neurons >= 4 && c.Neurons <= 1<<16, "4 … 65536"},
		{"Oversample", float64(c.Oversample), c.Oversample >= 1 && c.Oversample <= 16, "1 … 16"},
		{"InputSide", float64(c.InputSide), c.InputSide >= 2 && c.InputSide <= 4096, "2 … 4096"},
		{"Modes", float64(c.Modes), c.Modes >= 1, "≥ 1 (and at most the grid's cells)"},
		{"BeamWaist", c.BeamWaist, c.BeamWaist != 0 && finite(c.BeamWaist), "> 0 (Gaussian 1/e² radius in DMD half-sides) or < 0 (flat beam)"},
		{"Pump", c.Pump, c.Pump > 0 && finite(c.Pump), "> 0 (units of threshold)"},
		{"Injection", c.Injection, c.Injection > 0 && finite(c.Injection), "> 0"},
		{"Diffusion", c.Diffusion, c.Diffusion >= 0 && c.Diffusion <= 1e3, "0 … 1000 grid cells (0: no carrier diffusion)"},
		{"Alpha", c.Alpha, finite(c.Alpha), "a finite number"},
		{"Detuning", c.Detuning, finite(c.Detuning), "a finite number (rad per round trip)"},
		{"Loss", c.Loss, c.Loss > 0 && finite(c.Loss), "> 0"},
		{"GainCompression", c.GainCompression, c.GainCompression >= 0 && finite(c.GainCompression), "≥ 0"},
		{"MaxNetGain", c.MaxNetGain, c.MaxNetGain < 0 && finite(c.MaxNetGain), "< 0 (below the round-trip lasing condition)"},
		{"Diffraction", c.Diffraction, finite(c.Diffraction), "a finite number (0: no global coupling)"},
		{"Damping", c.Damping, c.Damping > 0 && c.Damping <= 1, "(0, 1]"},
		{"Tol", c.Tol, c.Tol > 0 && finite(c.Tol), "> 0"},
		{"MaxIter", float64(c.MaxIter), c.MaxIter >= 1, "≥ 1"},
		{"Noise", c.Noise, c.Noise >= 0 && finite(c.Noise), "≥ 0"},
		{"Offset", c.Offset, finite(c.Offset), "a finite number"},
		{"Offset2", c.Offset2, finite(c.Offset2), "a finite number (NaN in DefaultConfig: same as Offset)"},
		{"FrameRate", c.FrameRate, c.FrameRate > 0 && finite(c.FrameRate), "> 0 Hz"},
	} {
		if !f.ok {
			return fmt.Errorf("reservoir: Config.%s = %g not allowed: use %s", f.name, f.v, f.want)
		}
	}
	return nil
}

// VCSEL is the input DMD → multimode fibre → LA-VCSEL → output-DMD
// super-pixel chain. Its methods are safe for use by one goroutine at a time.
type VCSEL struct {
	cfg Config

	ns, g     int      // super-pixels per side, grid side (g = ns·Oversample)
	aper      []bool   // g×g aperture mask
	runs      [][2]int // the aperture as runs [start, end) of consecutive cells
	neuron    []int32  // cell → neuron index, −1 outside
	nNeurons  int
	beam      []float64    // input DMD amplitude envelope, InputSide²
	beamNorm  float64      // Σ beam²/2
	modeK     []int        // k-space cell of each fibre mode
	tm        []complex128 // InputSide² rows of Modes: transmission matrix (column k = input pixel k)
	btm       []complex128 // b_k·T_mk: the rows the lit pixels add up
	colRuns   [][2]int     // per grid column x, the aperture rows [lo, hi)
	kernel    []float64    // Gaussian diffusion kernel (1-D, normalised)
	prop      []complex128 // diffraction transfer function on the g×g FFT grid (nil: none)
	gtab      *gainTable   // tabulated round-trip factor Γ₀(h)
	sRef      float64      // reference exposure (noise/offset unit)
	drift     *driftState
	version   uint64 // bumps when the drift state changes
	cache     map[cacheKey]*featCache
	lastStats SolveStats
}

type cacheKey struct {
	p *float64
	n int
}

type featCache struct {
	version uint64
	feats   []float64
	states  []state // warm starts for drifted re-solves
}

// New builds a VCSEL reservoir; equal configs give equal devices.
func New(cfg Config) (*VCSEL, error) {
	if err := cfg.defaults(); err != nil {
		return nil, err
	}
	v := &VCSEL{cfg: cfg, cache: map[cacheKey]*featCache{}}
	// Super-pixel grid: the ns whose inscribed disc holds the super-pixel
	// count nearest to Neurons.
	for ns := 2; ; ns++ {
		if c := countDisc(ns); c >= cfg.Neurons {
			v.ns = ns
			if ns > 2 && cfg.Neurons-countDisc(ns-1) < c-cfg.Neurons {
				v.ns = ns - 1
			}
			break
		}
	}
	v.g = v.ns * cfg.Oversample
	g := v.g
	v.aper = make([]bool, g*g)
	v.neuron = make([]int32, g*g)
	r := float64(g) / 2
	for i := range v.neuron {
		v.neuron[i] = -1
		y, x := float64(i/g)+0.5-r, float64(i%g)+0.5-r
		v.aper[i] = x*x+y*y <= r*r
	}
	for i := 0; i < g*g; i++ {
		if v.aper[i] && (i%g == 0 || !v.aper[i-1]) {
			v.runs = append(v.runs, [2]int{i, i})
		}
		if v.aper[i] {
			v.runs[len(v.runs)-1][1] = i + 1
		}
	}
	v.colRuns = make([][2]int, g)
	for x := 0; x < g; x++ {
		lo, hi := g, 0
		for y := 0; y < g; y++ {
			if v.aper[y*g+x] {
				lo, hi = min(lo, y), y+1
			}
		}
		v.colRuns[x] = [2]int{lo, max(lo, hi)}
	}
	idx := 0
	rs := float64(v.ns) / 2
	for sy := 0; sy < v.ns; sy++ {
		for sx := 0; sx < v.ns; sx++ {
			y, x := float64(sy)+0.5-rs, float64(sx)+0.5-rs
			if x*x+y*y > rs*rs {
				continue
			}
			for dy := 0; dy < cfg.Oversample; dy++ {
				for dx := 0; dx < cfg.Oversample; dx++ {
					v.neuron[(sy*cfg.Oversample+dy)*g+sx*cfg.Oversample+dx] = int32(idx)
				}
			}
			idx++
		}
	}
	v.nNeurons = idx
	// Input beam envelope (amplitude) on the DMD region.
	d := cfg.InputSide
	v.beam = make([]float64, d*d)
	for i := range v.beam {
		y, x := (float64(i/d)+0.5)/float64(d)*2-1, (float64(i%d)+0.5)/float64(d)*2-1
		if cfg.BeamWaist < 0 {
			v.beam[i] = 1
		} else {
			v.beam[i] = math.Exp(-(x*x + y*y) / (cfg.BeamWaist * cfg.BeamWaist))
		}
		v.beamNorm += v.beam[i] * v.beam[i] / 2
	}
	// Fibre modes: the Modes lowest spatial frequencies of the g×g FFT grid
	// (a step-index fibre's guided modes fill a disc in k-space set by the NA).
	if cfg.Modes > g*g {
		return nil, fmt.Errorf("reservoir: Modes = %d exceeds the grid's %d spatial frequencies", cfg.Modes, g*g)
	}
	ks := make([]int, g*g)
	kr := make([]float64, g*g)
	for i := range ks {
		ks[i] = i
		ky, kx := freqIdx(i/g, g), freqIdx(i%g, g)
		kr[i] = float64(kx*kx + ky*ky)
	}
	sort.SliceStable(ks, func(a, b int) bool { return kr[ks[a]] < kr[ks[b]] })
	v.modeK = ks[:cfg.Modes]
	// Transmission matrix: i.i.d. circular complex Gaussian, unit variance.
	src := rng.New(cfg.Seed).Split(1)
	v.tm = make([]complex128, d*d*cfg.Modes)
	for i := range v.tm {
		v.tm[i] = complex(src.NormFloat64(), src.NormFloat64()) * complex(math.Sqrt(0.5), 0)
	}
	v.btm = make([]complex128, len(v.tm))
	for i, t := range v.tm {
		v.btm[i] = complex(v.beam[i/cfg.Modes], 0) * t
	}
	// Diffusion kernel.
	if cfg.Diffusion > 0 {
		rad := int(math.Ceil(3 * cfg.Diffusion))
		v.kernel = make([]float64, 2*rad+1)
		s := 0.0
		for i := range v.kernel {
			x := float64(i - rad)
			v.kernel[i] = math.Exp(-x * x / (2 * cfg.Diffusion * cfg.Diffusion))
			s += v.kernel[i]
		}
		for i := range v.kernel {
			v.kernel[i] /= s
		}
	}
	if cfg.Diffraction != 0 {
		v.prop = make([]complex128, g*g)
		nyq := float64(g/2) * float64(g/2)
		for i := range v.prop {
			ky, kx := freqIdx(i/g, g), freqIdx(i%g, g)
			ph := -cfg.Diffraction * float64(kx*kx+ky*ky) / nyq
			v.prop[i] = complex(math.Cos(ph)/float64(g*g), math.Sin(ph)/float64(g*g))
		}
	}
	// Γ₀(h) over the net gains the carriers can reach, 1 ≤ N ≤ J (with
	// margin for the drift's gain change); outside it Γ₀ is evaluated directly.
	J := cfg.Pump * (1 + cfg.Loss)
	v.gtab = newGainTable(cfg.Alpha, cfg.MaxNetGain, min(-cfg.Loss, cfg.MaxNetGain)-1, max(1.1*(J-1)-cfg.Loss, cfg.MaxNetGain)+1)
	if cfg.Drift != nil {
		v.drift = newDriftState(cfg.Drift, cfg.Modes, rng.New(cfg.Seed).Split(3))
	}
	// Reference exposure: half the neurons of a half-on checkerboard input.
	ref := make([]float64, d*d)
	for i := range ref {
		if (i/d+i%d)%2 == 0 {
			ref[i] = 1
		}
	}
	f, err := v.featuresRaw(ref, 1, d, d)
	if err != nil {
		return nil, err
	}
	for _, x := range f {
		v.sRef += x
	}
	v.sRef /= 2
	return v, nil
}

func countDisc(ns int) int {
	n := 0
	r := float64(ns) / 2
	for y := 0; y < ns; y++ {
		for x := 0; x < ns; x++ {
			fy, fx := float64(y)+0.5-r, float64(x)+0.5-r
			if fx*fx+fy*fy <= r*r {
				n++
			}
		}
	}
	return n
}

func freqIdx(i, n int) int {
	if i > n/2 {
		return i - n
	}
	return i
}

// Model holds a device's fixed arrays, for cross-checking another
// implementation of the same model (bench/reservoir does, in numpy). The
// slices are copies.
type Model struct {
	Grid, InputSide, Modes, Neurons int
	Aperture                        []bool       // Grid² cells (row-major): inside the VCSEL aperture χ
	Neuron                          []int32      // Grid² cells → neuron index, −1 for none
	Beam                            []float64    // InputSide² input-beam amplitudes b_k
	ModeCell                        []int        // FFT-grid cell of each fibre mode (unshifted, row-major)
	TM                              []complex128 // transmission matrix, InputSide² rows of Modes
	Kernel                          []float64    // normalised 1-D diffusion kernel (nil: no diffusion)
	FieldScale                      float64      // s of eq. 2 (without drift)
	PumpJ                           float64      // J = Pump·(1 + Loss)
	SoftWidth                       float64      // width w of the gain clamp (eq. 3)
}

// Model returns the device's fixed arrays (see [Model]).
func (v *VCSEL) Model() Model {
	c := &v.cfg
	return Model{Grid: v.g, InputSide: c.InputSide, Modes: c.Modes, Neurons: v.nNeurons,
		Aperture: append([]bool(nil), v.aper...), Neuron: append([]int32(nil), v.neuron...),
		Beam: append([]float64(nil), v.beam...), ModeCell: append([]int(nil), v.modeK...),
		TM: append([]complex128(nil), v.tm...), Kernel: append([]float64(nil), v.kernel...),
		FieldScale: math.Sqrt(c.Injection / (float64(c.Modes) * v.beamNorm)), PumpJ: c.Pump * (1 + c.Loss), SoftWidth: gainSoft}
}

// Neurons returns the number of readout neurons (super-pixels in the aperture).
func (v *VCSEL) Neurons() int { return v.nNeurons }

// Grid returns the VCSEL grid side in cells.
func (v *VCSEL) Grid() int { return v.g }

// Config returns the configuration with defaults filled in.
func (v *VCSEL) Config() Config { return v.cfg }

// RefExposure returns S_ref, the unit of detector noise and offset.
func (v *VCSEL) RefExposure() float64 { return v.sRef }

// LastStats reports the steady-state solves of the last feature computation.
func (v *VCSEL) LastStats() SolveStats { return v.lastStats }

// SolveStats summarises steady-state solves.
type SolveStats struct {
	Images       int
	MaxIter      int     // most iterations any image needed
	MeanIter     float64 // mean iterations
	NotConverged int     // images that hit MaxIter
	MaxResidual  float64 // largest final relative change
}

// Features returns the neuron intensities (n rows of Neurons(), row-major)
// for n Boolean images of w×h pixels (row-major, values > 0.5 are on). The
// result is cached per slice while the drift clock stands still; callers
// must not modify it.
func (v *VCSEL) Features(x []float64, n, w, h int) ([]float64, error) {
	if len(x) != n*w*h || n == 0 {
		return nil, fmt.Errorf("reservoir: %d values for %d images of %d×%d", len(x), n, w, h)
	}
	key := cacheKey{&x[0], len(x)}
	c := v.cache[key]
	if c != nil && c.version == v.version {
		return c.feats, nil
	}
	if c == nil {
		c = &featCache{}
		if len(v.cache) > 64 {
			clear(v.cache)
		}
		v.cache[key] = c
	}
	f, states, err := v.compute(x, n, w, h, c.states)
	if err != nil {
		return nil, err
	}
	c.feats, c.states, c.version = f, states, v.version
	return f, nil
}

func (v *VCSEL) featuresRaw(x []float64, n, w, h int) ([]float64, error) {
	f, _, err := v.compute(x, n, w, h, nil)
	return f, err
}

// Resize maps a w×h image onto the d×d input DMD region by nearest
// neighbour, thresholding at 0.5 (the DMD is Boolean).
func resize(dst []bool, img []float64, w, h, d int) {
	for y := 0; y < d; y++ {
		sy := (2*y + 1) * h / (2 * d)
		for x := 0; x < d; x++ {
			sx := (2*x + 1) * w / (2 * d)
			dst[y*d+x] = img[sy*w+sx] > 0.5
		}
	}
}

// compute runs the chain for n images in parallel.
func (v *VCSEL) compute(x []float64, n, w, h int, warm []state) ([]float64, []state, error) {
	N := v.nNeurons
	feats := make([]float64, n*N)
	states := make([]state, n)
	iters := make([]int, n)
	resid := make([]float64, n)
	workers := min(v.cfg.Workers, n)
	keep := !v.cfg.Off && v.drift != nil // warm starts only matter for re-solves after drift
	var wg sync.WaitGroup
	next := make(chan int, n/modeGroup+1)
	for i := 0; i < n; i += modeGroup {
		next <- i
	}
	close(next)
	M := v.cfg.Modes
	for k := 0; k < workers; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ws := v.newWork()
			imgs := make([][]float64, 0, modeGroup)
			for i0 := range next {
				i1 := min(n, i0+modeGroup)
				imgs = imgs[:0]
				for i := i0; i < i1; i++ {
					imgs = append(imgs, x[i*w*h:(i+1)*w*h])
				}
				v.modeAmps(ws, imgs, w, h, ws.cg[:(i1-i0)*M])
				for i := i0; i < i1; i++ {
					var w0 *state
					if warm != nil && i < len(warm) && warm[i].n != nil {
						w0 = &warm[i]
					}
					c := ws.cg[(i-i0)*M : (i-i0+1)*M]
					st, it, res := v.solveModes(ws, c, w0, feats[i*N:(i+1)*N], keep)
					states[i], iters[i], resid[i] = st, it, res
				}
			}
		}()
	}
	wg.Wait()
	s := SolveStats{Images: n}
	for i := range iters {
		s.MeanIter += float64(iters[i]) / float64(n)
		s.MaxIter = max(s.MaxIter, iters[i])
		s.MaxResidual = max(s.MaxResidual, resid[i])
		if !v.cfg.Off && resid[i] > v.cfg.Tol {
			s.NotConverged++
		}
	}
	v.lastStats = s
	if !keep {
		states = nil
	}
	return feats, states, nil
}
