package prbm

import (
	"fmt"
	"math"

	"github.com/lumenlab/lumen/lib/boltzmann"
)

// Hardware is the timing and power model of a device (see docs/prbm.md for
// the source of every default).
type Hardware struct {
	Name            string
	SLMFrameRate    float64 // Hz: full SLM frames per second (phase mask updates)
	CameraFrameRate float64 // Hz: exposures per second of the detector
	Latency         float64 // s per exposure: read-out, transfer and the feedback computation
	LaserPower      float64 // W, wall-plug, laser
	DetectorPower   float64 // W, camera or photodetector array
	ModulatorPower  float64 // W, SLM or modulator drive electronics
	// GenerationSteps is the number of full Gibbs steps per generated sample
	// (the paper's 15 for images).
	GenerationSteps int
}

// LabHardware is the paper's lab: a liquid-crystal SLM (Holoeye PLUTO-2.1
// class: 1920×1080, 8 µm, 60 Hz) and an sCMOS camera (Hamamatsu ORCA-Flash4.0
// V3 class: 100 frames/s full frame) with a supercontinuum laser and a PC in
// the loop.
func LabHardware() Hardware {
	return Hardware{
		Name:            "lab: LC-SLM 60 Hz + sCMOS 100 fps",
		SLMFrameRate:    60,
		CameraFrameRate: 100,
		Latency:         1e-3,
		LaserPower:      100,
		DetectorPower:   65,
		ModulatorPower:  10,
		GenerationSteps: 15,
	}
}

// GHzHardware is the paper's projection: GHz-rate modulators and
// single-pixel photodetectors, ns per exposure.
func GHzHardware() Hardware {
	return Hardware{
		Name:            "projection: GHz modulators + photodiodes",
		SLMFrameRate:    1e9,
		CameraFrameRate: 1e9,
		Latency:         0,
		LaserPower:      10,
		DetectorPower:   10,
		ModulatorPower:  100,
		GenerationSteps: 15,
	}
}

// GHzDevice returns a device with the paper's scale projection: 10¹⁰ pixels
// (100,000 × 100,000 at 1 µm pitch, 2×2 macro-pixels), GHz hardware
// and the single-detector (Total) readout whose operation count the paper
// quotes (~200 TFLOPS at 10⁵ spins per layer).
func GHzDevice() *Device {
	d := New()
	d.SLMWidth, d.SLMHeight = 100000, 100000
	d.PixelPitch = 1e-6
	d.MacroPixel = 2
	d.Readout = Total
	d.Hardware = GHzHardware()
	return d
}

// Row is one line of an estimate table.
type Row struct {
	Quantity string
	Value    float64
	Unit     string
	Note     string
}

// Estimate is the cost model of running a model on a device.
type Estimate struct {
	Hardware, Readout string
	NVisible, NHidden int
	SLMPixels         int    // pixels on the SLM
	PixelsUsed        int    // pixel rows × width of the larger of the two layer layouts
	Fits              bool   // both layer layouts fit on the SLM
	Limit             string // the geometry error when they do not
	// FrameTime is the time of one exposure: max(1/SLM rate, 1/camera rate)
	// plus the latency.
	FrameTime                         float64
	ExposuresHidden, ExposuresVisible int
	HalfStepHidden, HalfStepVisible   float64 // s
	GibbsStep                         float64 // s, v→h→v
	SampleTime                        float64 // s, GenerationSteps Gibbs steps
	SamplesPerSecond                  float64 // one chain at a time
	EnergyPerGibbsStep                float64 // J
	EnergyPerSample                   float64 // J
	// OpsPerGibbsStep counts the dense equivalent: 2 operations per
	// multiply-add, 2·Nv·Nh per half-step.
	OpsPerGibbsStep float64
	EquivalentOps   float64 // operations per second, dense count
	// PaperOps is the paper's count: 2·N operations per measured ΔH
	// (N the other layer's size) times ΔH measured per second.
	PaperOps float64
	// DigitalGibbsStep is the measured H100 time per Gibbs step from
	// REFERENCE.md §2 for this size (10,000 chains; NaN when not measured)
	// and DigitalSamplesPerSecond the corresponding rate.
	DigitalGibbsStep, DigitalSamplesPerSecond float64
	Rows                                      []Row
}

// digitalBaseline returns the measured H100 time per full Gibbs step at
// 10,000 chains (REFERENCE.md §2), NaN for sizes not measured.
func digitalBaseline(nv, nh int) float64 {
	switch {
	case nv == 196 && nh == 196:
		return 0.12e-3
	case nv == 784 && nh == 500:
		return 0.25e-3
	case nv == 4096 && nh == 4096:
		return 1.6e-3
	case nv == 16384 && nh == 16384:
		return 17.3e-3
	}
	return math.NaN()
}

// Estimate returns the time, energy and throughput of Gibbs sampling the
// model on this device. A model that does not fit still gets an estimate,
// with Fits false and Limit naming the limit.
func (d *Device) Estimate(m *boltzmann.RBM) (Estimate, error) {
	if m == nil {
		return Estimate{}, fmt.Errorf("prbm: model is nil")
	}
	if err := d.Check(); err != nil {
		return Estimate{}, err
	}
	h := d.Hardware
	if !(h.SLMFrameRate > 0) || !(h.CameraFrameRate > 0) || h.Latency < 0 {
		return Estimate{}, fmt.Errorf("prbm: hardware frame rates must be > 0 and latency ≥ 0")
	}
	steps := h.GenerationSteps
	if steps < 1 {
		steps = 1
	}
	nv, nh := m.NVisible, m.NHidden
	e := Estimate{Hardware: h.Name, Readout: d.Readout.String(), NVisible: nv, NHidden: nh, SLMPixels: d.SLMWidth * d.SLMHeight, Fits: true}
	for _, l := range []boltzmann.Layer{boltzmann.Hidden, boltzmann.Visible} {
		g, err := d.Geometry(nv, nh, l)
		if err != nil {
			e.Fits = false
			e.Limit = err.Error()
			continue
		}
		e.PixelsUsed = max(e.PixelsUsed, (g.Bands*g.Pitch-d.GuardRows)*g.BandW)
	}
	e.FrameTime = math.Max(1/h.SLMFrameRate, 1/h.CameraFrameRate) + h.Latency
	if d.Readout == Total {
		e.ExposuresHidden, e.ExposuresVisible = nh+1, nv+1
	} else {
		e.ExposuresHidden, e.ExposuresVisible = 2, 2
	}
	e.HalfStepHidden = float64(e.ExposuresHidden) * e.FrameTime
	e.HalfStepVisible = float64(e.ExposuresVisible) * e.FrameTime
	e.GibbsStep = e.HalfStepHidden + e.HalfStepVisible
	e.SampleTime = float64(steps) * e.GibbsStep
	e.SamplesPerSecond = 1 / e.SampleTime
	power := h.LaserPower + h.DetectorPower + h.ModulatorPower
	e.EnergyPerGibbsStep = power * e.GibbsStep
	e.EnergyPerSample = power * e.SampleTime
	e.OpsPerGibbsStep = 4 * float64(nv) * float64(nh)
	e.EquivalentOps = e.OpsPerGibbsStep / e.GibbsStep
	// ΔH per second and 2N operations each
	dhPerS := float64(nv+nh) / e.GibbsStep
	e.PaperOps = dhPerS * 2 * float64(max(nv, nh))
	e.DigitalGibbsStep = digitalBaseline(nv, nh)
	e.DigitalSamplesPerSecond = 1e4 / (float64(steps) * e.DigitalGibbsStep)
	e.Rows = []Row{
		{"hardware", math.NaN(), "", h.Name},
		{"readout", math.NaN(), "", e.Readout},
		{"SLM pixels used", float64(e.PixelsUsed), "px", fmt.Sprintf("of %d; fits: %v %s", e.SLMPixels, e.Fits, e.Limit)},
		{"time per exposure", e.FrameTime, "s", "max(1/SLM rate, 1/camera rate) + latency"},
		{"exposures per half-step (v→h)", float64(e.ExposuresHidden), "", ""},
		{"time per half-step v→h", e.HalfStepHidden, "s", ""},
		{"time per half-step h→v", e.HalfStepVisible, "s", ""},
		{"time per Gibbs step", e.GibbsStep, "s", ""},
		{"time per sample", e.SampleTime, "s", fmt.Sprintf("%d Gibbs steps", steps)},
		{"samples per second", e.SamplesPerSecond, "1/s", "one chain at a time"},
		{"energy per Gibbs step", e.EnergyPerGibbsStep, "J", fmt.Sprintf("%.3g W laser + detector + modulator", power)},
		{"energy per sample", e.EnergyPerSample, "J", ""},
		{"equivalent ops/s (dense)", e.EquivalentOps, "op/s", "4·Nv·Nh per Gibbs step"},
		{"equivalent ops/s (paper's count)", e.PaperOps, "op/s", "2·N per measured ΔH"},
		{"H100 time per Gibbs step", e.DigitalGibbsStep, "s", "REFERENCE.md §2, 10,000 chains (NaN: size not measured)"},
		{"H100 samples per second", e.DigitalSamplesPerSecond, "1/s", "10,000 chains"},
	}
	return e, nil
}

// String formats the estimate as a table.
func (e Estimate) String() string {
	s := ""
	for _, r := range e.Rows {
		v := ""
		if !math.IsNaN(r.Value) {
			v = fmt.Sprintf("%.4g %s", r.Value, r.Unit)
		}
		s += fmt.Sprintf("%-34s %-16s %s\n", r.Quantity, v, r.Note)
	}
	return s
}
