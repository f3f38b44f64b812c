package prbm

import (
	"math"
	"runtime"
	"strings"
	"testing"

	"github.com/lumenlab/lumen/lib/boltzmann"
	"github.com/lumenlab/lumen/lib/rng"
)

// TestIdealDeterministic: ideal-mode samples and noisy fields depend only
// on the seed, not on GOMAXPROCS (one random substream per block of
// chains), for the fused exact path and the coefficient path.
func TestIdealDeterministic(t *testing.T) {
	m := randomRBM(30, 20, 0.3, 3)
	v := randomSpins(37*30, rng.New(4))
	for _, set := range []func(d *Device){
		func(d *Device) { d.ShotPhotons = 1e4; d.ReadNoise = 1 },
		func(d *Device) { d.ShotPhotons = 1e4; d.SLMBits = 6; d.PhaseError = 0.1 },
		func(d *Device) { d.SpectralCrosstalk = 0.05; d.ShotPhotons = 1e4 },
	} {
		var outs [2][]float64
		var fields [2][]float64
		for i, procs := range []int{1, 2} {
			old := runtime.GOMAXPROCS(procs)
			d := New()
			d.Mode = Ideal
			set(d)
			req := &boltzmann.LayerRequest{Model: m, Layer: boltzmann.Hidden, Given: v, Chains: 37, T: 1, Rand: rng.New(5), Out: make([]float64, 37*20), Fields: make([]float64, 37*20)}
			err := d.SampleLayer(req)
			runtime.GOMAXPROCS(old)
			if err != nil {
				t.Fatal(err)
			}
			outs[i], fields[i] = req.Out, req.Fields
		}
		for k := range outs[0] {
			if outs[0][k] != outs[1][k] || fields[0][k] != fields[1][k] {
				t.Fatalf("value %d differs between GOMAXPROCS 1 and 2", k)
			}
		}
	}
}

// TestIdealBadStates: states outside ±1 (or 0/1) are rejected with an
// error naming the layer, in both modes.
func TestIdealBadStates(t *testing.T) {
	m := randomRBM(4, 3, 0.5, 1)
	mb, _, _ := m.Convert(boltzmann.Binary)
	for _, mode := range []Mode{Ideal, Optical} {
		d := New()
		d.Mode = mode
		for _, c := range []struct {
			m     *boltzmann.RBM
			given []float64
			want  string
		}{
			{m, []float64{1, -1, 0, 1}, "visible states must be ±1, got 0"},
			{mb, []float64{1, 0, 0.5, 1}, "visible states must be 0/1, got 0.5"},
			{m, []float64{1, -1, math.NaN(), 1}, "must be ±1, got NaN"},
		} {
			_, err := d.LocalFields(c.m, c.given, boltzmann.Hidden, nil)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("%v: error %v, want %q", mode, err, c.want)
			}
		}
	}
}

// TestPoisson: the Poisson draws have mean and variance mu within 5
// standard errors (n = 20,000; the variance of a sample variance of a
// Poisson is ≈ (mu + 2mu²)/n), below and above the switch at 30.
func TestPoisson(t *testing.T) {
	const n = 20000
	nz := newNoise(rng.New(9))
	for _, mu := range []float64{0.3, 4, 29, 30, 200} {
		xs := make([]float64, n)
		for i := range xs {
			xs[i] = poisson(mu, nz)
		}
		mean, sd := meanSD(xs)
		if math.Abs(mean-mu) > 5*math.Sqrt(mu/n) {
			t.Errorf("mu %g: mean %g", mu, mean)
		}
		// rounding adds 1/12 to the variance of the normal branch
		want := mu
		if mu >= 30 {
			want += 1.0 / 12
		}
		if math.Abs(sd*sd-want) > 5*math.Sqrt((mu+2*mu*mu)/n) {
			t.Errorf("mu %g: variance %g, want %g", mu, sd*sd, want)
		}
	}
}
