// Package prbm binds lib/prbm as the script module lumen.prbm (from lumen
// import prbm): the wavelength-multiplexed spatial-photonic Gibbs sampler as
// a Device that any sampler= argument accepts, its pictures (phase mask,
// focal plane), measured local fields and cost estimate. It only binds; the
// physics lives in lib/prbm.
package prbm

import (
	"fmt"
	"html"
	"strings"

	"github.com/lumenlab/lumen/lib/array"
	bz "github.com/lumenlab/lumen/lib/boltzmann"
	lp "github.com/lumenlab/lumen/lib/prbm"
	"github.com/lumenlab/lumen/lib/rng"
	tbl "github.com/lumenlab/lumen/lib/table"
	s "github.com/lumenlab/lumen/scripting"
	"github.com/lumenlab/lumen/scripting/modules/boltzmann"
	"github.com/lumenlab/lumen/scripting/modules/lumen"
	"github.com/lumenlab/lumen/scripting/modules/table"
)

func init() { s.RegisterModule("lumen.prbm", newModule) }

// Device is the script object around a *prbm.Device. Its noise draws in
// local_fields come from its own stream (Split(k) for the k-th call); when
// it samples for an RBM or a lattice the caller's stream drives the noise.
type Device struct {
	D      *lp.Device
	preset string
	src    *rng.Source
	calls  uint64
}

// DeviceType is prbm.Device in scripts.
var DeviceType = func() *s.Type {
	t := s.NewType("Device", s.ObjectType, deviceDoc)
	t.Module = "lumen.prbm"
	return t
}()

func (*Device) PyType() *s.Type { return DeviceType }

// Sampler makes the device a sampler= for rbm.sample, rbm.fit and
// lat.scan (boltzmann.SamplerProvider).
func (d *Device) Sampler() bz.Sampler { return d.D }

func (d *Device) stream() *rng.Source {
	src := d.src.Split(d.calls)
	d.calls++
	return src
}

const deviceSig = `(*, macro_pixel=4, slm_bits=8, shot_photons=None, read_noise=0.0, aberrations=None, spectral_crosstalk=0.0, mode="optical", seed=None, phase_error=0.0, pixel_crosstalk=0.0, fill_factor=1.0, power_drift=0.0, readout="per_wavelength", slm_width=1920, slm_height=1080, pixel_pitch_um=8.0, guard_rows=0, wavelength_nm=700.0, wavelength_step_nm=0.5, focal_length_mm=200.0, pad=2, camera_window_um=0.0, hardware="lab")`

const deviceDoc = `Device` + deviceSig + `

The photonic RBM sampler (Luo et al., arXiv 2508.20472): a phase-only SLM
with one row band per wavelength, a Fourier lens and a camera. Pass it as
sampler= to RBM.sample, RBM.fit and Lattice2D.scan/anneal.

Geometry: macro_pixel p (even, ≥ 2) pixels per spin side on an SLM of
slm_width × slm_height pixels of pixel_pitch_um; guard_rows between bands.
Imperfections (ideal when 0/None): slm_bits phase quantisation (0 =
continuous; default 8 as lab SLMs), shot_photons per exposure at full band
intensity, read_noise (photo-electrons rms; needs shot_photons), aberrations
(Zernike coefficients in rad, Noll j = 1..11: a list, or a dict {j: c}),
phase_error (static rms rad per pixel, fixed by seed), pixel_crosstalk κ in
[0, 0.125], fill_factor in (0, 1], spectral_crosstalk in [0, 0.5],
power_drift (rms relative laser power per exposure).
mode: "optical" (pixels, FFT propagation) or "ideal" (the analytic fast path,
same statistics). readout: "per_wavelength" (2 exposures per half-step) or
"total" (one detector, N+1 exposures: the paper's scheme).
hardware: "lab" (LC-SLM 60 Hz + sCMOS) or "ghz" (the paper's projection) for
estimate(). seed: the static disorder and the noise of local_fields
(None: from lm.seed).

Methods: local_fields, phase_mask, focal_plane, estimate, geometry.
Equations and constants: docs/prbm.md.`

func devSelf(args []s.Object) *Device {
	if len(args) > 0 {
		if d, ok := args[0].(*Device); ok {
			return d
		}
	}
	s.Raise(s.TypeErrorType, "descriptor requires a 'prbm.Device' object")
	return nil
}

func devMethod(name, sig, doc string, fn func(th *s.Thread, d *Device, args []s.Object, kw s.Kwargs) s.Object) {
	DeviceType.SetAttr(name, &s.Builtin{Name: name, Sig: sig, Doc: doc, Fn: func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		d := devSelf(args)
		return fn(th, d, args[1:], kw)
	}})
}

func devProperty(name, doc string, get func(d *lp.Device) s.Object) {
	DeviceType.SetAttr(name, &s.Property{Name: name, Doc: s.Str(doc), Get: s.NewBuiltin(name, doc, func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		return get(devSelf(args).D)
	})})
}

// zernikeArg reads aberrations=: a sequence of coefficients (Noll j = 1..)
// or a dict {j: coefficient}.
func zernikeArg(th *s.Thread, fn string, o s.Object) []float64 {
	if !given(o) {
		return nil
	}
	if d, ok := o.(*s.Dict); ok {
		z := make([]float64, 0, 11)
		d.Items(func(k, v s.Object) {
			j := intArg(fn, "aberrations", k, 0)
			if j < 1 || j > 11 {
				s.Raise(s.ValueErrorType, "%s(): argument 'aberrations' has Zernike index %d: use Noll j = 1..11", fn, j)
			}
			for len(z) < j {
				z = append(z, 0)
			}
			z[j-1] = floatArg(fn, "aberrations", v, 0)
		})
		return z
	}
	a := lumen.ToArray(th, fn, "aberrations", o)
	if a.Ndim() != 1 {
		s.Raise(s.ValueErrorType, "%s(): argument 'aberrations' must be a list of Zernike coefficients (rad, Noll j = 1..11) or a dict {j: rad}, got shape %s", fn, array.ShapeString(a.Shape()))
	}
	if a.Size() > 11 {
		s.Raise(s.ValueErrorType, "%s(): argument 'aberrations' has %d coefficients: at most 11 (Noll j = 1..11)", fn, a.Size())
	}
	return append([]float64(nil), a.Data()...)
}

func modeArg(fn string, o s.Object, def lp.Mode) lp.Mode {
	switch m := strArg(fn, "mode", o, def.String()); m {
	case "optical":
		return lp.Optical
	case "ideal":
		return lp.Ideal
	default:
		s.Raise(s.ValueErrorType, "%s(): argument 'mode' = %q not allowed: use \"optical\" or \"ideal\"", fn, m)
	}
	return 0
}

func readoutArg(fn string, o s.Object, def lp.Readout) lp.Readout {
	d := "per_wavelength"
	if def == lp.Total {
		d = "total"
	}
	switch r := strArg(fn, "readout", o, d); r {
	case "per_wavelength", "per-wavelength":
		return lp.PerWavelength
	case "total":
		return lp.Total
	default:
		s.Raise(s.ValueErrorType, "%s(): argument 'readout' = %q not allowed: use \"per_wavelength\" or \"total\"", fn, r)
	}
	return 0
}

func hardwareArg(fn string, o s.Object, def string) (lp.Hardware, string) {
	switch h := strArg(fn, "hardware", o, def); h {
	case "lab":
		return lp.LabHardware(), h
	case "ghz":
		return lp.GHzHardware(), h
	default:
		s.Raise(s.ValueErrorType, "%s(): argument 'hardware' = %q not allowed: use \"lab\" or \"ghz\"", fn, h)
	}
	return lp.Hardware{}, ""
}

var deviceArgs = []string{"*", "macro_pixel?", "slm_bits?", "shot_photons?", "read_noise?", "aberrations?", "spectral_crosstalk?", "mode?", "seed?",
	"phase_error?", "pixel_crosstalk?", "fill_factor?", "power_drift?", "readout?", "slm_width?", "slm_height?", "pixel_pitch_um?", "guard_rows?",
	"wavelength_nm?", "wavelength_step_nm?", "focal_length_mm?", "pad?", "camera_window_um?", "hardware?"}

// configure applies the keyword arguments to d (defaults taken from d).
func configure(th *s.Thread, fn string, d *lp.Device, p []s.Object, defHardware string) (*rng.Source, string) {
	const maxPixels = 1 << 20
	d.MacroPixel = intArg(fn, "macro_pixel", p[0], d.MacroPixel)
	if d.MacroPixel < 2 || d.MacroPixel%2 != 0 || d.MacroPixel > 1024 {
		s.Raise(s.ValueErrorType, "%s(): argument 'macro_pixel' = %d not allowed: use an even number of pixels in 2..1024 (the checkerboard encoding needs even p)", fn, d.MacroPixel)
	}
	d.SLMBits = intArg(fn, "slm_bits", p[1], d.SLMBits)
	if d.SLMBits < 0 || d.SLMBits == 1 || d.SLMBits > 16 {
		s.Raise(s.ValueErrorType, "%s(): argument 'slm_bits' = %d not allowed: use 0 (continuous phase) or 2..16", fn, d.SLMBits)
	}
	d.ShotPhotons = rangeArg(fn, "shot_photons", p[2], d.ShotPhotons, 0, 1e18)
	d.ReadNoise = rangeArg(fn, "read_noise", p[3], d.ReadNoise, 0, 1e12)
	if d.ReadNoise > 0 && d.ShotPhotons == 0 {
		s.Raise(s.ValueErrorType, "%s(): argument 'read_noise' = %g needs a photon scale: set shot_photons (photons per exposure)", fn, d.ReadNoise)
	}
	if z := zernikeArg(th, fn, p[4]); z != nil {
		d.Zernike = z
	}
	d.SpectralCrosstalk = rangeArg(fn, "spectral_crosstalk", p[5], d.SpectralCrosstalk, 0, 0.5)
	d.Mode = modeArg(fn, p[6], d.Mode)
	src := seedArg(th, fn, p[7])
	d.Seed = src.Split(0).Uint64()
	d.PhaseError = rangeArg(fn, "phase_error", p[8], d.PhaseError, 0, 100)
	d.PixelCrosstalk = rangeArg(fn, "pixel_crosstalk", p[9], d.PixelCrosstalk, 0, 0.125)
	ff := d.FillFactor
	if ff == 0 {
		ff = 1
	}
	d.FillFactor = floatArg(fn, "fill_factor", p[10], ff)
	if !(d.FillFactor > 0 && d.FillFactor <= 1) {
		s.Raise(s.ValueErrorType, "%s(): argument 'fill_factor' = %g not allowed: use (0, 1]", fn, d.FillFactor)
	}
	d.PowerDrift = rangeArg(fn, "power_drift", p[11], d.PowerDrift, 0, 10)
	d.Readout = readoutArg(fn, p[12], d.Readout)
	d.SLMWidth = intArg(fn, "slm_width", p[13], d.SLMWidth)
	if d.SLMWidth < 1 || d.SLMWidth > maxPixels {
		s.Raise(s.ValueErrorType, "%s(): argument 'slm_width' = %d not allowed: use 1..%d pixels", fn, d.SLMWidth, maxPixels)
	}
	d.SLMHeight = intArg(fn, "slm_height", p[14], d.SLMHeight)
	if d.SLMHeight < 1 || d.SLMHeight > maxPixels {
		s.Raise(s.ValueErrorType, "%s(): argument 'slm_height' = %d not allowed: use 1..%d pixels", fn, d.SLMHeight, maxPixels)
	}
	d.PixelPitch = 1e-6 * positive(fn, "pixel_pitch_um", floatArg(fn, "pixel_pitch_um", p[15], d.PixelPitch*1e6))
	d.GuardRows = intArg(fn, "guard_rows", p[16], d.GuardRows)
	if d.GuardRows < 0 {
		s.Raise(s.ValueErrorType, "%s(): argument 'guard_rows' = %d not allowed: must be ≥ 0", fn, d.GuardRows)
	}
	d.Wavelength0 = 1e-9 * positive(fn, "wavelength_nm", floatArg(fn, "wavelength_nm", p[17], d.Wavelength0*1e9))
	d.WavelengthStep = 1e-9 * rangeArg(fn, "wavelength_step_nm", p[18], d.WavelengthStep*1e9, 0, 1e6)
	d.FocalLength = 1e-3 * positive(fn, "focal_length_mm", floatArg(fn, "focal_length_mm", p[19], d.FocalLength*1e3))
	d.Pad = intArg(fn, "pad", p[20], d.Pad)
	if d.Pad < 1 || d.Pad > 16 {
		s.Raise(s.ValueErrorType, "%s(): argument 'pad' = %d not allowed: use 1..16 (zero-padding factor of the FFT)", fn, d.Pad)
	}
	d.CameraWindow = 1e-6 * rangeArg(fn, "camera_window_um", p[21], d.CameraWindow*1e6, 0, 1e9)
	hw, name := hardwareArg(fn, p[22], defHardware)
	if given(p[22]) {
		d.Hardware = hw
	}
	check(th, fn, d.Check())
	return src, name
}

func positive(fn, name string, v float64) float64 {
	if !(v > 0) {
		s.Raise(s.ValueErrorType, "%s(): argument '%s' = %g not allowed: must be > 0", fn, name, v)
	}
	return v
}

func newDevice(th *s.Thread, cls *s.Type, args []s.Object, kw s.Kwargs) s.Object {
	const fn = "Device"
	p := s.Args(fn, args, kw, deviceArgs...)
	d := lp.New()
	d.SLMBits = 8
	src, hw := configure(th, fn, d, p, "lab")
	return &Device{D: d, src: src, calls: 1, preset: hw}
}

// rbmArg reads a model argument: a boltzmann.RBM.
func rbmArg(fn, name string, o s.Object) *bz.RBM {
	if r, ok := o.(*boltzmann.RBM); ok {
		return r.M
	}
	s.Raise(s.TypeErrorType, "%s(): argument '%s' must be a boltzmann.RBM (for a lattice use lat.rbm(T)), not %s", fn, name, s.TypeNameOf(o))
	return nil
}

func layerArg(fn string, o s.Object) bz.Layer {
	switch l := strArg(fn, "layer", o, "hidden"); l {
	case "hidden":
		return bz.Hidden
	case "visible":
		return bz.Visible
	default:
		s.Raise(s.ValueErrorType, "%s(): argument 'layer' = %q not allowed: use \"hidden\" (fields of the hidden units given visible states) or \"visible\"", fn, l)
	}
	return 0
}

// otherSize is the size of the layer whose states are given.
func otherSize(m *bz.RBM, l bz.Layer) (width, other int, otherName string) {
	if l == bz.Hidden {
		return m.NHidden, m.NVisible, "visible"
	}
	return m.NVisible, m.NHidden, "hidden"
}

// statesArg reads states of the other layer: (n, other) or (other,).
func statesArg(th *s.Thread, fn string, o s.Object, m *bz.RBM, l bz.Layer, oneOnly bool) (data []float64, rows int, flat bool) {
	_, other, name := otherSize(m, l)
	a := lumen.ToArray(th, fn, "states", o)
	sh := a.Shape()
	switch {
	case len(sh) == 1 && sh[0] == other:
		return append([]float64(nil), a.Data()...), 1, true
	case len(sh) == 2 && sh[1] == other && sh[0] >= 1 && !oneOnly:
		return append([]float64(nil), a.Contiguous().Data()...), sh[0], false
	case len(sh) == 2 && sh[1] == other && sh[0] == 1 && oneOnly:
		return append([]float64(nil), a.Contiguous().Data()...), 1, true
	}
	want := fmt.Sprintf("(%d,) or (n, %d)", other, other)
	if oneOnly {
		want = fmt.Sprintf("(%d,)", other)
	}
	s.Raise(s.ValueErrorType, "%s(): argument 'states' must hold %s-layer states of shape %s, got shape %s", fn, name, want, array.ShapeString(sh))
	return nil, 0, false
}

func wavelengthArg(fn string, o s.Object, allowAll bool) int {
	if !given(o) {
		if allowAll {
			return -1
		}
		s.Raise(s.ValueErrorType, "%s(): argument 'wavelength' must be a band index ≥ 0, not None", fn)
	}
	w := intArg(fn, "wavelength", o, 0)
	if w < 0 {
		s.Raise(s.ValueErrorType, "%s(): argument 'wavelength' = %d not allowed: band indices start at 0", fn, w)
	}
	return w
}

func imageObj(img lp.Image) s.Object { return wrapMatrix(img.Data, img.Rows, img.Cols) }

func (d *Device) repr() string {
	dv := d.D
	var extra []string
	if dv.ShotPhotons > 0 {
		extra = append(extra, "shot_photons="+tbl.FormatFloat(dv.ShotPhotons))
	}
	if dv.ReadNoise > 0 {
		extra = append(extra, "read_noise="+tbl.FormatFloat(dv.ReadNoise))
	}
	if dv.PhaseError > 0 {
		extra = append(extra, "phase_error="+tbl.FormatFloat(dv.PhaseError))
	}
	if len(dv.Zernike) > 0 {
		extra = append(extra, fmt.Sprintf("aberrations=%d terms", len(dv.Zernike)))
	}
	if dv.SpectralCrosstalk > 0 {
		extra = append(extra, "spectral_crosstalk="+tbl.FormatFloat(dv.SpectralCrosstalk))
	}
	if dv.PixelCrosstalk > 0 {
		extra = append(extra, "pixel_crosstalk="+tbl.FormatFloat(dv.PixelCrosstalk))
	}
	if dv.PowerDrift > 0 {
		extra = append(extra, "power_drift="+tbl.FormatFloat(dv.PowerDrift))
	}
	e := ""
	if len(extra) > 0 {
		e = ", " + strings.Join(extra, ", ")
	}
	return fmt.Sprintf("prbm.Device(mode='%s', readout='%s', slm=%d×%d, macro_pixel=%d, slm_bits=%d%s)",
		dv.Mode, strings.ReplaceAll(dv.Readout.String(), "-", "_"), dv.SLMWidth, dv.SLMHeight, dv.MacroPixel, dv.SLMBits, e)
}

func (d *Device) html() string {
	dv := d.D
	var b strings.Builder
	b.WriteString(`<table class="lumen-device" style="border-collapse:collapse;font-size:smaller">`)
	fmt.Fprintf(&b, `<caption style="text-align:left"><b>prbm.Device</b> %s mode, %s readout</caption>`, dv.Mode, dv.Readout)
	row := func(k, v string) {
		fmt.Fprintf(&b, `<tr><td style="padding:1px 6px">%s</td><td style="padding:1px 6px">%s</td></tr>`, html.EscapeString(k), html.EscapeString(v))
	}
	ff := dv.FillFactor
	if ff == 0 {
		ff = 1
	}
	row("SLM", fmt.Sprintf("%d × %d pixels of %s µm, %d-pixel macro-pixels, %s", dv.SLMWidth, dv.SLMHeight, tbl.FormatFloat(dv.PixelPitch*1e6), dv.MacroPixel, bitsText(dv.SLMBits)))
	row("wavelengths", fmt.Sprintf("%s nm + %s nm per band, f = %s mm, pad ×%d", tbl.FormatFloat(dv.Wavelength0*1e9), tbl.FormatFloat(dv.WavelengthStep*1e9), tbl.FormatFloat(dv.FocalLength*1e3), dv.Pad))
	row("camera", fmt.Sprintf("shot_photons %s, read_noise %s e⁻, window %s µm", tbl.FormatFloat(dv.ShotPhotons), tbl.FormatFloat(dv.ReadNoise), tbl.FormatFloat(dv.CameraWindow*1e6)))
	row("imperfections", fmt.Sprintf("phase_error %s rad, aberrations %v, pixel_crosstalk %s, fill_factor %s, spectral_crosstalk %s, power_drift %s",
		tbl.FormatFloat(dv.PhaseError), dv.Zernike, tbl.FormatFloat(dv.PixelCrosstalk), tbl.FormatFloat(ff), tbl.FormatFloat(dv.SpectralCrosstalk), tbl.FormatFloat(dv.PowerDrift)))
	row("hardware", dv.Hardware.Name)
	b.WriteString("</table>")
	return b.String()
}

func bitsText(b int) string {
	if b == 0 {
		return "continuous phase"
	}
	return fmt.Sprintf("%d-bit phase", b)
}

// MimeBundle shows the device as an HTML summary.
func (d *Device) MimeBundle(th *s.Thread) map[string]any {
	return map[string]any{"text/html": d.html(), "text/plain": d.repr()}
}

func estimateTable(e lp.Estimate) *tbl.Table {
	t := tbl.New()
	var q, u, n []string
	var v []float64
	for _, r := range e.Rows {
		q, v, u, n = append(q, r.Quantity), append(v, r.Value), append(u, r.Unit), append(n, r.Note)
	}
	for _, err := range []error{t.AddString("quantity", q), t.AddFloat("value", v), t.AddString("unit", u), t.AddString("note", n)} {
		lumen.Check(err)
	}
	return t
}

func init() {
	DeviceType.New = newDevice
	devMethod("local_fields", `(model, states, layer="hidden")`,
		`The measured local fields of layer ("hidden": of the hidden units given visible states; "visible": the reverse), bias included, in the model's units, through the device with its noise: an Array n × (size of layer) for states of shape (n, size of the other layer), or one row for 1-D states. ΔH = −2·field for ±1 spins.`,
		func(th *s.Thread, d *Device, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "Device.local_fields"
			p := s.Args(fn, args, kw, "model", "states", "layer?")
			m := rbmArg(fn, "model", p[0])
			l := layerArg(fn, p[2])
			states, rows, flat := statesArg(th, fn, p[1], m, l, false)
			S, err := d.D.LocalFields(m, states, l, d.stream())
			check(th, fn, err)
			width, _, _ := otherSize(m, l)
			if flat {
				return lumen.FromSlice(S, width)
			}
			return wrapMatrix(S, rows, width)
		})
	devMethod("phase_mask", `(model, states, *, wavelength=0, layer="hidden")`,
		`The commanded SLM phase (rad, in [0, 2π]) for updating layer given one configuration of the other layer (region-I spins +1, the first exposure): the band of one wavelength, an Array of pixel rows × columns for plot.heatmap; wavelength=None stacks every band as on the SLM.`,
		func(th *s.Thread, d *Device, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "Device.phase_mask"
			p := s.Args(fn, args, kw, "model", "states", "*", "wavelength?", "layer?")
			m := rbmArg(fn, "model", p[0])
			l := layerArg(fn, p[3])
			states, _, _ := statesArg(th, fn, p[1], m, l, true)
			w := 0 // absent: band 0; None: every band
			if _, present := kw.Get("wavelength"); present {
				w = wavelengthArg(fn, p[2], true)
			}
			img, err := d.D.PhaseMask(m, states, l, w)
			check(th, fn, err)
			return imageObj(img)
		})
	devMethod("focal_plane", `(model, states, *, wavelength=0, layer="hidden")`,
		`The simulated camera image of one wavelength for the first exposure: |FFT|² of the zero-padded band, centred on the zeroth order, normalised so that one unit-amplitude macro-pixel's zeroth order reads 1. An Array for plot.heatmap; the bin size is λf/(n·pitch).`,
		func(th *s.Thread, d *Device, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "Device.focal_plane"
			p := s.Args(fn, args, kw, "model", "states", "*", "wavelength?", "layer?")
			m := rbmArg(fn, "model", p[0])
			l := layerArg(fn, p[3])
			states, _, _ := statesArg(th, fn, p[1], m, l, true)
			img, err := d.D.FocalPlane(m, states, l, wavelengthArg(fn, p[2], false))
			check(th, fn, err)
			return imageObj(img)
		})
	devMethod("estimate", "(model)",
		`The cost model of Gibbs sampling model on this device, a Table (quantity, value, unit, note): time per exposure, half-step, Gibbs step and sample; samples per second; energy per step and sample; equivalent operations per second; the H100 reference where measured. A model that does not fit the SLM still gets an estimate; the "SLM pixels used" row says fits: false and names the limit.`,
		func(th *s.Thread, d *Device, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "Device.estimate"
			p := s.Args(fn, args, kw, "model")
			e, err := d.D.Estimate(rbmArg(fn, "model", p[0]))
			check(th, fn, err)
			return table.Wrap(estimateTable(e))
		})
	devMethod("geometry", `(model, layer="hidden")`,
		`The SLM layout for updating layer of model, a dict: bands (wavelengths), n_other, rows and cols (macro-pixels per band), macro_pixel, band_height and band_width (pixels), pitch (pixel rows per band incl. guard). A model that does not fit raises ValueError naming the limit.`,
		func(th *s.Thread, d *Device, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "Device.geometry"
			p := s.Args(fn, args, kw, "model", "layer?")
			m := rbmArg(fn, "model", p[0])
			g, err := d.D.Geometry(m.NVisible, m.NHidden, layerArg(fn, p[1]))
			check(th, fn, err)
			out := s.NewDict()
			for _, kv := range []struct {
				k string
				v int
			}{{"bands", g.Bands}, {"n_other", g.NOther}, {"rows", g.Rows}, {"cols", g.Cols}, {"macro_pixel", g.P}, {"band_height", g.BandH}, {"band_width", g.BandW}, {"pitch", g.Pitch}} {
				out.SetStr(kv.k, s.Int(kv.v))
			}
			return out
		})
	devMethod("sampler", "()", "The device as a boltzmann.Sampler object (the device itself is accepted as sampler= too).",
		func(th *s.Thread, d *Device, args []s.Object, kw s.Kwargs) s.Object {
			s.Args("Device.sampler", args, kw)
			return &boltzmann.Sampler{S: d.D, Name: "prbm " + d.D.Mode.String()}
		})
	devMethod("__repr__", "()", "", func(th *s.Thread, d *Device, args []s.Object, kw s.Kwargs) s.Object { return s.Str(d.repr()) })
	devMethod("_repr_html_", "()", "The device as an HTML summary.", func(th *s.Thread, d *Device, args []s.Object, kw s.Kwargs) s.Object { return s.Str(d.html()) })
	devProperty("mode", `"optical" or "ideal".`, func(d *lp.Device) s.Object { return s.Str(d.Mode.String()) })
	devProperty("readout", `"per_wavelength" or "total".`, func(d *lp.Device) s.Object {
		return s.Str(strings.ReplaceAll(d.Readout.String(), "-", "_"))
	})
	devProperty("macro_pixel", "Macro-pixel side p in SLM pixels.", func(d *lp.Device) s.Object { return s.Int(d.MacroPixel) })
	devProperty("slm_bits", "Phase quantisation bits (0: continuous).", func(d *lp.Device) s.Object { return s.Int(d.SLMBits) })
	devProperty("slm_shape", "(height, width) of the SLM in pixels.", func(d *lp.Device) s.Object { return s.Tuple{s.Int(d.SLMHeight), s.Int(d.SLMWidth)} })
	devProperty("shot_photons", "Photons per exposure at full band intensity (0: no shot noise).", func(d *lp.Device) s.Object { return s.Float(d.ShotPhotons) })
	devProperty("read_noise", "Camera read noise, photo-electrons rms.", func(d *lp.Device) s.Object { return s.Float(d.ReadNoise) })
	devProperty("aberrations", "Zernike coefficients (rad, Noll j = 1..), a list.", func(d *lp.Device) s.Object { return s.FromGo(append([]float64{}, d.Zernike...)) })
	devProperty("spectral_crosstalk", "Fraction of each neighbouring wavelength's intensity on a camera spot.", func(d *lp.Device) s.Object { return s.Float(d.SpectralCrosstalk) })
	devProperty("hardware", "The timing and power model's name (see estimate).", func(d *lp.Device) s.Object { return s.Str(d.Hardware.Name) })
}

func newModule(in *s.Interp) *s.Module {
	m := s.NewModule("lumen.prbm", `The photonic RBM: a wavelength-multiplexed spatial-photonic Gibbs sampler, simulated from the SLM pixels up.

dev = prbm.Device(macro_pixel=4, slm_bits=8, shot_photons=1e5, read_noise=2.0)
s = rbm.sample(16, steps=15, sampler=dev)         # any sampler= accepts it
r = lat.scan(lm.linspace(1.5, 3.5, 14), sampler=dev)
dev.phase_mask(rbm, v)                            # the SLM image, an Array
dev.estimate(rbm)                                 # time, energy, ops: a Table

Equations, imperfection models and constants: docs/prbm.md.`)
	m.Set("Device", DeviceType)
	m.AddFunc("ghz_device", `(*, mode="ideal", seed=None, **device_options)`,
		`The paper's scale projection: 10¹⁰ pixels (100,000 × 100,000 at 1 µm, 2×2 macro-pixels), GHz modulators and photodiodes, the single-detector ("total") readout; continuous phase. Other Device keywords override it. mode defaults to "ideal" (optical simulation of such bands is slow).`,
		func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "ghz_device"
			p := s.Args(fn, args, kw, deviceArgs...)
			d := lp.GHzDevice()
			d.Mode = lp.Ideal
			src, hw := configure(th, fn, d, p, "ghz")
			return &Device{D: d, src: src, calls: 1, preset: hw}
		})
	return m
}
