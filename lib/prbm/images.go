package prbm

import (
	"fmt"

	"github.com/lumenlab/lumen/lib/boltzmann"
)

// Image is a row-major Rows×Cols array for plotting, with the physical size
// of one element (m) along each axis.
type Image struct {
	Rows, Cols int
	Data       []float64
	DX, DY     float64 // m per element (SLM pixel pitch, or focal-plane bin)
}

func (d *Device) prepare(m *boltzmann.RBM, states []float64, l boltzmann.Layer, wavelength int) (*plan, []float64, error) {
	if m == nil {
		return nil, nil, fmt.Errorf("prbm: model is nil")
	}
	if err := m.Validate(); err != nil {
		return nil, nil, err
	}
	_, other := layerSizes(m, l)
	if len(states) != other {
		return nil, nil, fmt.Errorf("prbm: want the %d states of one %s-layer configuration, got %d", other, otherLayer(l), len(states))
	}
	pm, given, err := toPM1(m, l, states)
	if err != nil {
		return nil, nil, err
	}
	g, err := d.Geometry(m.NVisible, m.NHidden, l)
	if err != nil {
		return nil, nil, err
	}
	if wavelength < -1 || wavelength >= g.Bands {
		return nil, nil, fmt.Errorf("prbm: wavelength %d out of range: the %s layer uses bands 0..%d (−1: all)", wavelength, l, g.Bands-1)
	}
	return d.newPlan(pm, l, g, true), given, nil
}

// PhaseMask returns the commanded SLM phase (rad, in [0, 2π]) for updating
// layer l given one configuration of the other layer (region-I spins +1, the
// first exposure): the band of one wavelength (BandH×BandW pixels), or with
// wavelength −1 every band stacked as on the SLM (guard rows 0).
func (d *Device) PhaseMask(m *boltzmann.RBM, states []float64, l boltzmann.Layer, wavelength int) (Image, error) {
	pl, given, err := d.prepare(m, states, l, wavelength)
	if err != nil {
		return Image{}, err
	}
	g := pl.g
	ph := make([]float64, g.BandH*g.BandW)
	if wavelength >= 0 {
		pl.bandPhases(wavelength, given, 1, ph)
		return Image{Rows: g.BandH, Cols: g.BandW, Data: ph, DX: d.PixelPitch, DY: d.PixelPitch}, nil
	}
	rows := g.Bands*g.Pitch - d.GuardRows
	img := Image{Rows: rows, Cols: g.BandW, Data: make([]float64, rows*g.BandW), DX: d.PixelPitch, DY: d.PixelPitch}
	for k := 0; k < g.Bands; k++ {
		pl.bandPhases(k, given, 1, ph)
		copy(img.Data[k*g.Pitch*g.BandW:], ph)
	}
	return img, nil
}

// FocalPlane returns the simulated camera image of one wavelength for the
// first exposure: |FFT|² of the zero-padded band, centred on the zeroth
// order (fftshift), normalised so that the zeroth order of a single
// unit-amplitude macro-pixel reads 1; DX, DY are the wavelength-dependent
// bin sizes λf/(n·pitch).
func (d *Device) FocalPlane(m *boltzmann.RBM, states []float64, l boltzmann.Layer, wavelength int) (Image, error) {
	if wavelength < 0 {
		return Image{}, fmt.Errorf("prbm: focal plane needs one wavelength (≥ 0)")
	}
	pl, given, err := d.prepare(m, states, l, wavelength)
	if err != nil {
		return Image{}, err
	}
	g := pl.g
	f := newFFT2(d.Pad*g.BandH, d.Pad*g.BandW)
	field := make([]complex128, g.BandH*g.BandW)
	buf := make([]complex128, f.nx*f.ny)
	d.focal(pl, wavelength, given, 1, f, make([]float64, g.BandH*g.BandW), field, buf)
	p4 := float64(g.P * g.P * g.P * g.P)
	lam := d.wavelength(wavelength)
	img := Image{Rows: f.ny, Cols: f.nx, Data: make([]float64, f.nx*f.ny),
		DX: lam * d.FocalLength / (float64(f.nx) * d.PixelPitch), DY: lam * d.FocalLength / (float64(f.ny) * d.PixelPitch)}
	for y := 0; y < f.ny; y++ {
		for x := 0; x < f.nx; x++ {
			a := buf[y*f.nx+x]
			img.Data[((y+f.ny/2)%f.ny)*f.nx+(x+f.nx/2)%f.nx] = (real(a)*real(a) + imag(a)*imag(a)) / p4
		}
	}
	return img, nil
}
