package prbm_test

import (
	"strings"
	"testing"

	"github.com/lumenlab/lumen/scripting/scripttest"

	_ "github.com/lumenlab/lumen/scripting/modules/boltzmann"
	_ "github.com/lumenlab/lumen/scripting/modules/ising"
	_ "github.com/lumenlab/lumen/scripting/modules/lumen"
	_ "github.com/lumenlab/lumen/scripting/modules/prbm"
	_ "github.com/lumenlab/lumen/scripting/modules/table"
	_ "github.com/lumenlab/lumen/scripting/stdlib"
)

const prelude = "import lumen as lm\nfrom lumen import boltzmann, ising, prbm\nlm.seed(4)\n"

func run(t *testing.T, src string) string { return scripttest.Run(t, prelude+src) }

func TestDeviceBasics(t *testing.T) {
	out := run(t, `
dev = prbm.Device()
assert (dev.mode, dev.readout, dev.macro_pixel, dev.slm_bits) == ("optical", "per_wavelength", 4, 8)
assert dev.slm_shape == (1080, 1920)
assert "prbm.Device(mode='optical'" in repr(dev), repr(dev)
assert "<table" in dev._repr_html_()
d2 = prbm.Device(macro_pixel=2, slm_bits=0, shot_photons=1e4, read_noise=1.5, aberrations={4: 0.1}, spectral_crosstalk=0.02,
                 mode="ideal", seed=1, phase_error=0.01, pixel_crosstalk=0.01, fill_factor=0.9, power_drift=0.001, readout="total")
assert d2.aberrations == [0.0, 0.0, 0.0, 0.1] and d2.readout == "total" and d2.mode == "ideal"
g = prbm.ghz_device()
assert g.macro_pixel == 2 and g.readout == "total" and g.slm_shape == (100000, 100000)
m = boltzmann.RBM(6, 4, seed=1)
geo = dev.geometry(m)
assert geo["bands"] == 4 and geo["n_other"] == 6 and geo["cols"] == 8 and geo["band_height"] == 4, geo
print(repr(dev))
`)
	t.Log(strings.TrimSpace(out))
}

func TestFieldsAndPictures(t *testing.T) {
	run(t, `
m = boltzmann.RBM(6, 4, seed=1)
m.W = lm.random.normal(0, 0.5, (6, 4))
m.b = [0.1, -0.2, 0.3, 0.0]
m.a = [0.2] * 6
v = lm.array([[1, -1, 1, 1, -1, -1], [-1, -1, 1, -1, 1, 1]])
for mode in ["optical", "ideal"]:
    dev = prbm.Device(slm_bits=0, mode=mode)
    f = dev.local_fields(m, v)
    assert f.shape == (2, 4)
    assert abs(f - (v.dot(m.W) + m.b)).max() < 1e-9, mode
    h = lm.array([1, -1, -1, 1])
    fv = dev.local_fields(m, h, layer="visible")
    assert fv.shape == (6,)
    assert abs(fv - (m.W.dot(h) + m.a)).max() < 1e-9
dev = prbm.Device()
pm = dev.phase_mask(m, v[0])
assert pm.shape == (4, 32), pm.shape
assert pm.min() >= 0 and pm.max() <= 2 * lm.pi + 1e-12
allb = dev.phase_mask(m, v[0], wavelength=None)
assert allb.shape == (16, 32), allb.shape
fp = dev.focal_plane(m, v[0], wavelength=2)
assert fp.shape == (8, 64), fp.shape
assert fp.max() > 0
e = dev.estimate(m)
assert e.columns == ["quantity", "value", "unit", "note"], e.columns
assert "time per Gibbs step" in e["quantity"]
row = e["quantity"].index("time per Gibbs step")
assert abs(e["value"][row] - 0.0707) < 0.001, e["value"][row]
`)
}

func TestSamplerEverywhere(t *testing.T) {
	run(t, `
dev = prbm.Device(shot_photons=1e5, read_noise=2.0)
m = boltzmann.RBM(9, 5, seed=2)
s = m.sample(8, steps=3, sampler=dev)
assert s.shape == (8, 9) and ((s == 1) | (s == -1)).all()
x = lm.array([[1, -1, 1, -1, 1, -1, 1, -1, 1], [-1, 1, -1, 1, -1, 1, -1, 1, -1]])
h = m.fit(x, epochs=2, lr=0.05, batch_size=2, sampler=dev)
assert len(h) == 2
lat = ising.Lattice2D(4)
r = lat.scan([3.0, 2.0], samples=4, sweeps=2, equilibrate=4, sampler=dev)
assert len(r) == 2
r2 = lat.scan([2.0], samples=3, sweeps=1, equilibrate=2, sampler=prbm.Device(mode="ideal").sampler())
assert len(r2) == 1
spins, en = lat.anneal([3.0, 1.0, 0.5], sampler=dev)
assert spins.shape == (4, 4)
z = boltzmann.RBM(4, 3, units="01", seed=3)
zs = z.sample(5, steps=2, sampler=dev)
assert ((zs == 0) | (zs == 1)).all()
`)
}

func TestReproducible(t *testing.T) {
	run(t, `
def go():
    lm.seed(21)
    dev = prbm.Device(shot_photons=500.0, phase_error=0.05)
    m = boltzmann.RBM(6, 4)
    v = lm.array([1, -1, 1, 1, -1, -1])
    f1 = dev.local_fields(m, v).tolist()
    f2 = dev.local_fields(m, v).tolist()
    s = m.sample(4, steps=3, sampler=dev).tolist()
    return f1, f2, s
a = go()
b = go()
assert a == b
assert a[0] != a[1]   # noise: successive calls draw fresh noise
dev1 = prbm.Device(phase_error=0.1, seed=5)
dev2 = prbm.Device(phase_error=0.1, seed=5)
m = boltzmann.RBM(4, 2, seed=1)
assert dev1.phase_mask(m, [1, 1, -1, 1]).tolist() == dev2.phase_mask(m, [1, 1, -1, 1]).tolist()
`)
}

func TestErrors(t *testing.T) {
	cases := []scripttest.Case{
		{"boltzmann.RBM(600, 300, seed=1).sample(1, steps=1, sampler=prbm.Device(slm_height=200))", "ValueError", "at most 25 spins fit"},
		{"prbm.Device(slm_height=200).geometry(boltzmann.RBM(600, 300, seed=1))", "ValueError", "but the SLM has 200 rows"},
		{"prbm.Device(macro_pixel=3)", "ValueError", "'macro_pixel' = 3"},
		{"prbm.Device(slm_bits=1)", "ValueError", "'slm_bits' = 1"},
		{"prbm.Device(read_noise=2.0)", "ValueError", "'read_noise' = 2 needs a photon scale"},
		{"prbm.Device(mode='fast')", "ValueError", "'mode' = \"fast\""},
		{"prbm.Device(spectral_crosstalk=0.7)", "ValueError", "'spectral_crosstalk' = 0.7"},
		{"prbm.Device(aberrations=[0.1] * 12)", "ValueError", "'aberrations' has 12"},
		{"prbm.Device(aberrations={0: 1.0})", "ValueError", "Noll j = 1..11"},
		{"prbm.Device(seed=-1)", "ValueError", "'seed'"},
		{"prbm.Device(4)", "TypeError", ""},
		{"prbm.Device(hardware='gpu')", "ValueError", "'hardware'"},
		{"prbm.Device().local_fields(1, [1])", "TypeError", "'model' must be a boltzmann.RBM"},
		{"prbm.Device().local_fields(boltzmann.RBM(3, 2), [1, 1])", "ValueError", "'states' must hold visible-layer states of shape (3,)"},
		{"prbm.Device().local_fields(boltzmann.RBM(3, 2), [1, 0.5, 1])", "ValueError", "must be ±1"},
		{"prbm.Device().local_fields(boltzmann.RBM(3, 2), [1, 1], layer='middle')", "ValueError", "'layer'"},
		{"prbm.Device().phase_mask(boltzmann.RBM(3, 2), [1, 1, 1], wavelength=5)", "ValueError", "wavelength 5 out of range"},
		{"prbm.Device().focal_plane(boltzmann.RBM(3, 2), [1, 1, 1], wavelength=-1)", "ValueError", "'wavelength' = -1"},
		{"prbm.Device().estimate('m')", "TypeError", "'model'"},
	}
	scripttest.Raises(t, prelude, cases)
}
