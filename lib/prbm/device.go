package prbm

import (
	"fmt"
	"math"
	"sync"

	"github.com/lumenlab/lumen/lib/boltzmann"
)

// Mode selects how a Device computes its measurements.
type Mode int

const (
	// Optical builds the SLM phase mask pixel by pixel and propagates it to
	// the camera (the default).
	Optical Mode = iota
	// Ideal computes the same zeroth-order intensities analytically from
	// per-macro-pixel coefficients: digital speed, same statistics.
	Ideal
)

func (m Mode) String() string {
	if m == Ideal {
		return "ideal"
	}
	return "optical"
}

// Readout selects how the local fields are read from the camera.
type Readout int

const (
	// PerWavelength reads each wavelength's zeroth order on its own camera
	// spot (wavelengths separated on the camera, neighbours overlapping by
	// SpectralCrosstalk): two exposures (updated layer all +1, then all −1)
	// give every local field of the layer.
	PerWavelength Readout = iota
	// Total reads one spot where all wavelengths add incoherently (a single
	// detector): one reference exposure with the updated layer all +1, then
	// one exposure per spin with that spin alone flipped, N+1 exposures per
	// half-step (the paper's two-step scheme).
	Total
)

func (r Readout) String() string {
	if r == Total {
		return "total"
	}
	return "per-wavelength"
}

// Device is the wavelength-multiplexed spatial-photonic Gibbs sampler. The
// zero value is not usable: start from [New] (ideal optics, default lab
// hardware) and change fields before first use. Every imperfection defaults
// to ideal (zero, or 1 for FillFactor). A Device is safe for concurrent
// SampleLayer calls once configured.
type Device struct {
	Mode    Mode
	Readout Readout

	// SLM geometry.
	SLMWidth, SLMHeight int     // pixels
	PixelPitch          float64 // m
	MacroPixel          int     // p: each spin is a p×p macro-pixel (even, ≥ 2)
	GuardRows           int     // unused pixel rows between wavelength bands
	// SLMBits quantises the phase to 2^SLMBits levels over 2π; 0 means
	// continuous (ideal).
	SLMBits int

	// Optics.
	Wavelength0    float64 // m, wavelength of band 0 (the design wavelength)
	WavelengthStep float64 // m, spacing between successive bands
	FocalLength    float64 // m, Fourier lens
	Pad            int     // zero-padding factor of the FFT (≥ 1)
	// CameraWindow is the side (m) of the square camera window integrated
	// around each zeroth order. 0 means an ideal point detector reading only
	// the zero-frequency component (computed as the pixel sum, which is the
	// FFT's DC bin). A positive window runs the full FFT propagation and
	// integrates every focal-plane bin with its overlap with the window; the
	// bin size λf/(Pad·band width) depends on the wavelength.
	CameraWindow float64
	// ForceFFT propagates by FFT even with a point detector (slow; for tests
	// and pictures).
	ForceFFT bool

	// Imperfections (each defaults to ideal).
	ShotPhotons       float64   // photons per exposure per wavelength at full band intensity; 0: no shot noise
	ReadNoise         float64   // camera read noise, photo-electrons rms per exposure (only with ShotPhotons > 0)
	PhaseError        float64   // static rms phase error per SLM pixel, rad (fixed disorder from Seed)
	Zernike           []float64 // aberration coefficients in rad at Wavelength0, Noll order j = 1.. (max 11)
	FillFactor        float64   // amplitude fill factor of a pixel in (0, 1]; 0 means 1
	PixelCrosstalk    float64   // κ: nearest-neighbour phase smoothing (LC fringing), θ' = (1−4κ)θ + κΣθ_nbr
	SpectralCrosstalk float64   // fraction of each neighbouring wavelength's intensity on a camera spot
	PowerDrift        float64   // rms relative laser power fluctuation per exposure
	Seed              uint64    // seed of the static disorder (PhaseError)

	// Hardware is the timing and power model for Estimate.
	Hardware Hardware

	mu    sync.Mutex
	cache map[geomKey]*staticField
	plans map[planKey]*cachedPlan
	// ideals caches ideal-mode coefficients
	ideals map[planKey]*cachedIdeal
}

// New returns a device with ideal optics and the default lab hardware (a
// liquid-crystal SLM and an sCMOS camera; see LabHardware): 1920×1080 pixels
// of 8 µm, 4×4 macro-pixels, continuous phase, 700 nm + 0.5 nm per band,
// f = 200 mm, ×2 zero padding, point detector.
func New() *Device {
	return &Device{
		Mode:           Optical,
		SLMWidth:       1920,
		SLMHeight:      1080,
		PixelPitch:     8e-6,
		MacroPixel:     4,
		Wavelength0:    700e-9,
		WavelengthStep: 0.5e-9,
		FocalLength:    0.2,
		Pad:            2,
		FillFactor:     1,
		Hardware:       LabHardware(),
	}
}

// Check validates the configuration.
func (d *Device) Check() error {
	switch {
	case d.Mode != Optical && d.Mode != Ideal:
		return fmt.Errorf("prbm: mode %d unknown", d.Mode)
	case d.Readout != PerWavelength && d.Readout != Total:
		return fmt.Errorf("prbm: readout %d unknown", d.Readout)
	case d.SLMWidth < 1 || d.SLMHeight < 1 || d.SLMWidth > 1<<20 || d.SLMHeight > 1<<20:
		return fmt.Errorf("prbm: SLM size %d×%d not allowed", d.SLMWidth, d.SLMHeight)
	case d.MacroPixel < 2 || d.MacroPixel%2 != 0:
		return fmt.Errorf("prbm: macro_pixel = %d not allowed: the checkerboard needs an even p ≥ 2", d.MacroPixel)
	case d.SLMBits < 0 || d.SLMBits == 1 || d.SLMBits > 16:
		return fmt.Errorf("prbm: slm_bits = %d not allowed: use 0 (continuous) or 2..16 (the encoding needs the phases π/2 and π on the grid)", d.SLMBits)
	case d.GuardRows < 0:
		return fmt.Errorf("prbm: guard rows = %d not allowed", d.GuardRows)
	case !(d.PixelPitch > 0) || !(d.Wavelength0 > 0) || !(d.FocalLength > 0) || d.WavelengthStep < 0:
		return fmt.Errorf("prbm: pixel pitch, wavelength and focal length must be > 0")
	case d.Pad < 1 || d.Pad > 16:
		return fmt.Errorf("prbm: pad = %d not allowed: use 1..16", d.Pad)
	case d.CameraWindow < 0:
		return fmt.Errorf("prbm: camera window %g m not allowed", d.CameraWindow)
	case d.ShotPhotons < 0 || d.ReadNoise < 0 || d.PhaseError < 0 || d.PowerDrift < 0:
		return fmt.Errorf("prbm: noise parameters must be ≥ 0")
	case d.FillFactor < 0 || d.FillFactor > 1:
		return fmt.Errorf("prbm: fill factor %g not allowed: use (0, 1]", d.FillFactor)
	case d.PixelCrosstalk < 0 || d.PixelCrosstalk > 0.125:
		return fmt.Errorf("prbm: pixel crosstalk %g not allowed: use [0, 0.125]", d.PixelCrosstalk)
	case d.SpectralCrosstalk < 0 || d.SpectralCrosstalk > 0.5:
		return fmt.Errorf("prbm: spectral crosstalk %g not allowed: use [0, 0.5]", d.SpectralCrosstalk)
	case len(d.Zernike) > 11:
		return fmt.Errorf("prbm: %d Zernike coefficients given: at most 11 (Noll j = 1..11)", len(d.Zernike))
	case d.ReadNoise > 0 && d.ShotPhotons == 0:
		return fmt.Errorf("prbm: read noise needs a photon scale: set shot_photons")
	}
	for _, v := range [...]float64{d.ShotPhotons, d.ReadNoise, d.PhaseError, d.PowerDrift} {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("prbm: non-finite device parameter")
		}
	}
	for j, v := range d.Zernike {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("prbm: Zernike coefficient %d (Noll j = %d) is not finite", j, j+1)
		}
	}
	return nil
}

func (d *Device) fill() float64 {
	if d.FillFactor == 0 {
		return 1
	}
	return d.FillFactor
}

// noisy reports whether any per-exposure noise is on.
func (d *Device) noisy() bool { return d.ShotPhotons > 0 || d.PowerDrift > 0 }

// staticDisorder reports whether the SLM has a static per-pixel phase.
func (d *Device) staticDisorder() bool {
	if d.PhaseError > 0 {
		return true
	}
	for _, z := range d.Zernike {
		if z != 0 {
			return true
		}
	}
	return false
}

// Geometry is the SLM layout for updating one layer: one band per spin of
// the updated layer (one wavelength each), each band Rows×Cols macro-pixels
// holding region I (macro-pixel 0), region II (macro-pixels 1..NOther) and
// region III (macro-pixel NOther+1), row-major; unused macro-pixels carry
// amplitude 0.
type Geometry struct {
	Bands, NOther int
	Rows, Cols    int // macro-pixels per band
	P             int // macro-pixel side in pixels
	BandH, BandW  int // band size in pixels
	Pitch         int // pixel rows from one band to the next (BandH + guard)
}

// Geometry returns the layout for updating layer l of a model with the
// given layer sizes, or an error naming the limit that is exceeded.
func (d *Device) Geometry(nVisible, nHidden int, l boltzmann.Layer) (Geometry, error) {
	if err := d.Check(); err != nil {
		return Geometry{}, err
	}
	bands, other := nHidden, nVisible
	if l == boltzmann.Visible {
		bands, other = nVisible, nHidden
	}
	p := d.MacroPixel
	g := Geometry{Bands: bands, NOther: other, P: p}
	maxCols := d.SLMWidth / p
	if maxCols < 1 {
		return g, fmt.Errorf("prbm: the SLM is %d pixels wide, narrower than one %d-pixel macro-pixel", d.SLMWidth, p)
	}
	need := other + 2
	g.Cols = min(need, maxCols)
	g.Rows = (need + g.Cols - 1) / g.Cols
	g.BandH, g.BandW = g.Rows*p, g.Cols*p
	g.Pitch = g.BandH + d.GuardRows
	height := bands*g.Pitch - d.GuardRows
	if height > d.SLMHeight {
		return g, fmt.Errorf("prbm: updating the %s layer needs %d wavelength bands of %d pixel rows (%d macro-pixel rows of %d pixels for %d+2 macro-pixels, +%d guard rows) = %d rows, but the SLM has %d rows (slm_height); at most %d spins fit in this layer: use a smaller macro_pixel or a larger SLM",
			l, bands, g.Pitch, g.Rows, p, other, d.GuardRows, height, d.SLMHeight, (d.SLMHeight+d.GuardRows)/g.Pitch)
	}
	return g, nil
}

// wavelength returns the wavelength of band k.
func (d *Device) wavelength(k int) float64 { return d.Wavelength0 + float64(k)*d.WavelengthStep }

// xi is the normalisation ξ = max(|W|, |a| or |b| of the updated layer's
// biases); 1 for an all-zero model.
func xi(m *boltzmann.RBM, l boltzmann.Layer) float64 {
	x := 0.0
	for _, w := range m.W {
		if a := math.Abs(w); a > x {
			x = a
		}
	}
	bias := m.B
	if l == boltzmann.Visible {
		bias = m.A
	}
	for _, b := range bias {
		if a := math.Abs(b); a > x {
			x = a
		}
	}
	if x == 0 {
		return 1
	}
	return x
}

// coupling returns the coupling of updated spin k to other spin i.
func coupling(m *boltzmann.RBM, l boltzmann.Layer, k, i int) float64 {
	if l == boltzmann.Hidden {
		return m.W[i*m.NHidden+k]
	}
	return m.W[k*m.NHidden+i]
}

func bias(m *boltzmann.RBM, l boltzmann.Layer, k int) float64 {
	if l == boltzmann.Hidden {
		return m.B[k]
	}
	return m.A[k]
}

func layerSizes(m *boltzmann.RBM, l boltzmann.Layer) (bands, other int) {
	if l == boltzmann.Hidden {
		return m.NHidden, m.NVisible
	}
	return m.NVisible, m.NHidden
}
