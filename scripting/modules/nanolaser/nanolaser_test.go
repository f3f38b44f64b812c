package nanolaser_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/lumenlab/lumen/scripting/scripttest"

	"github.com/lumenlab/lumen/scripting"
	_ "github.com/lumenlab/lumen/scripting/modules/boltzmann"
	_ "github.com/lumenlab/lumen/scripting/modules/lumen"
	_ "github.com/lumenlab/lumen/scripting/modules/nanolaser"
	_ "github.com/lumenlab/lumen/scripting/modules/table"
	_ "github.com/lumenlab/lumen/scripting/stdlib"
)

const prelude = `import lumen as lm
import math
from lumen import boltzmann, nanolaser
lm.seed(8)
OFFS = [-1.0, 0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0]
`

func run(t *testing.T, src string) string { return scripttest.Run(t, prelude+src) }

func TestNeuron(t *testing.T) {
	out := run(t, `
nr = nanolaser.Neuron()
assert abs(nr.threshold - 3.06) < 0.01, nr.threshold
assert abs(nr.offset) < 1e-12 and nr.dt_ns == 0.00025
assert "nanolaser.Neuron(offset=0" in repr(nr)
y = nr.yamada
assert abs(y["a"] - 6) < 0.2 and y["time_unit_ns"] == 0.002, y
n2 = nanolaser.Neuron(beta=0.05, tau_gain_ns=1.2, offset=1.0)
assert abs(n2.offset - 1.0) < 1e-12
tr = nr.simulate(5.0, pump=1.0, seed=1)
assert tr.columns == ["t_ns", "gain", "absorber", "photons"] and tr.table.columns == tr.columns
assert len(tr) == 20000 and abs(tr["t_ns"][-1] - 5.0) < 1e-9
assert tr["photons"].min() >= 0
assert tr.spikes_ns.shape[0] == len(tr.spikes_ns.tolist())
kicked = nr.simulate(3.0, pump=-3.0, inputs=[(0.5, 1e5), {"t_ns": 2.0, "amount": 10.0, "section": "cavity"}], seed=1, every=4)
assert len(kicked) == 3000
assert len(kicked.spikes_ns) >= 1 and 0.5 <= kicked.spikes_ns[0] < 0.7, kicked.spikes_ns.tolist()
assert nr.regime(20.0, pump=-3.0, seed=1)["regime"] == "quiet"
ch = nr.characterize(pump=-3.0)
assert abs(ch["threshold_carriers"] - 3.1e4) < 2e3 and 0.003 < ch["width_ns"] < 0.01, ch
assert 0.005 < ch["refractory_strong_ns"] < ch["refractory_ns"] < 0.5 and ch["pulse_factor"] == 1.3, ch
rec = ch["recovery"]
assert rec.columns == ["dt_ns", "threshold_ratio"] and rec["threshold_ratio"][2] < 0.7 < rec["threshold_ratio"][-1] < 1.05, rec
r = nr.regime(50.0, pump=1.0, seed=1)
assert r["regime"] in ("excitable", "self-pulsing") and r["rate_per_ns"] > 0, r
print(repr(tr), r)
`)
	t.Log(strings.TrimSpace(out))
}

func TestCalibrateNetworkRun(t *testing.T) {
	out := run(t, `
nr = nanolaser.Neuron()
cal = nanolaser.calibrate(nr, offsets=OFFS, duration_ns=150.0, seed=1, psp_duration_ns=1000.0)
assert 0.5 < cal.x50 < 3.0 and cal.alpha > 0 and cal.residual < 0.1, repr(cal)
psp = cal.psp
assert 0.3 < psp["kappa_exc"] < 3 and 0.3 < psp["kappa_inh"] < 3 and psp["duration_ns"] == 1000.0, psp
assert nanolaser.calibrate(nr, offsets=OFFS, duration_ns=60.0, seed=1, psp_duration_ns=0).psp is None
assert cal.tau_ns == 1.0 and cal.pulse_photons > 0
assert cal.table.columns == ["offset", "p_on", "p_on_count", "rate_per_ns", "fit"]
assert abs(cal.p(cal.x50) - 0.5) < 1e-12
bm = boltzmann.BM([[0, 0.0], [0.0, 0]], [0.8, -0.8], units="01")
net = nanolaser.Network.from_bm(bm, calibration=cal)
assert net.n == 2 and net.tau_ns == 1.0 and net.weights.shape == (2, 2)
assert abs(net.offsets[0] - (cal.x50 + 0.8 * cal.alpha)) < 1e-12
run = net.run(300.0, seed=2)
p = run.distribution()
assert p.shape == (4,) and abs(p.sum() - 1) < 1e-9
target = bm.exact_distribution()
d = run.dkl(target)
assert 0 <= d < 0.3 and abs(run.dkl() - d) < 1e-15 and abs(run.dkl(bm) - d) < 1e-15, d
c = run.dkl_curve()
assert c.columns == ["t_ns", "dkl"] and 1 <= len(c) <= 30
assert len(run.dkl_curve(target, points=len(c))) == len(c)
st = run.states(1.0)
assert st.shape == (300, 2) and ((st == 0) | (st == 1)).all()
sp = run.spikes
assert sp.columns == ["neuron", "t_ns"] and len(sp) > 10
e = net.estimate()
assert e["quantity"][0] == "samples per second per neuron" and abs(e["value"][0] - 1e9) < 1
tt = net.time_to_dkl(run, target_dkl=0.05, seed=3)
assert tt.columns == ["sampler", "units", "unit", "simulated", "unit_time_ns", "time_ns", "final_dkl", "clock"], tt.columns
assert len(tt) == 4 and tt["sampler"][0] == "PSN network" and tt["unit_time_ns"][0] == 1.0 and tt["unit_time_ns"][3] == 1000.0, tt
assert 0 < tt["units"][0] <= 300 and abs(tt["time_ns"][0] - tt["units"][0]) < 1e-9, tt
e2 = net.estimate(run, target_dkl=0.05, seed=3, lif=False)
assert len(e2) == len(e) + 3 and e2["quantity"][len(e)] == "time to D_KL ≤ 0.05: PSN network" and e2["unit"][len(e)] == "ns", e2
assert abs(e2["value"][len(e)] - tt["time_ns"][0]) < 1e-9, (e2["value"][len(e)], tt["time_ns"][0])
coupled = nanolaser.Network.from_bm(boltzmann.BM([[0, -0.5], [-0.5, 0]], [0.2, 0.1], units="01"), neuron=nr, calibration=cal, tau_ns=1.0)
assert coupled.weights[0, 1] < 0 and coupled.weights[1, 0] < 0
bare = nanolaser.Network.from_bm(boltzmann.BM([[0, -0.5], [-0.5, 0]], [0.2, 0.1], units="01"), calibration=cal, psp=False)
assert abs(bare.weights[0, 1] / coupled.weights[0, 1] - psp["kappa_inh"]) < 1e-9
r2 = coupled.run(50.0, seed=1, progress=True, points=5)
assert len(r2.dkl_curve()) <= 5
rbm = boltzmann.RBM(2, 1, units="01", seed=3)
rbm.W = [[0.5], [-0.4]]
bmr = rbm.to_bm()
assert bmr.N == 3 and abs(bmr.W[0, 2] - 0.5) < 1e-12 and abs(bmr.W[2, 1] + 0.4) < 1e-12, bmr.W
netr = nanolaser.Network.from_bm(rbm, calibration=cal)
assert netr.n == 3 and abs(netr.weights[2, 0] / netr.weights[0, 2] - 1) < 1e-12
rr = netr.run(100.0, seed=5, points=2)
pv = rr.distribution(units=[0, 1])
pj = rr.distribution()
assert pv.shape == (4,) and abs(pv[1] - (pj[1] + pj[5])) < 1e-12 and abs(pv.sum() - 1) < 1e-9, pv
assert abs(rr.dkl(bmr) - rr.dkl()) < 1e-15
a0 = coupled.applied
assert abs(a0["W"][0, 1] - (-0.5)) < 1e-12 and abs(a0["b"][1] - 0.1) < 1e-12, a0
rf = coupled.refine(150.0, iterations=2, seed=4)
assert rf.columns == ["iteration", "duration_ns", "dkl", "shift"] and len(rf) == 2, rf
assert abs(rf["duration_ns"][0] - 50.0) < 1e-9 and abs(rf["duration_ns"][1] - 100.0) < 1e-9, rf
a1 = coupled.applied
moved = abs(a1["W"][0, 1] - a0["W"][0, 1]) + abs(a1["b"] - a0["b"]).sum()
assert moved > 0 and abs(rf["shift"][1]) > 0 and a1["W"][0, 1] == a1["W"][1, 0], (moved, rf)
print(repr(cal), "dkl", round(d, 4), repr(run))
`)
	t.Log(strings.TrimSpace(out))
}

func TestReferences(t *testing.T) {
	out := run(t, `
bm = boltzmann.BM([[0, 0.6, 0], [0.6, 0, -0.4], [0, -0.4, 0]], [0.1, -0.3, 0.2], units="01")
g = nanolaser.gibbs_curve(bm, 20000, points=5, seed=1)
ns = nanolaser.neural_sampling_curve(bm, 2000, points=5, seed=1)
lif = nanolaser.lif_curve(bm, 300, points=4, seed=1, calibration_periods=200)
for c in (g, ns, lif):
    assert c.columns == ["t_tau", "dkl"] and 2 <= len(c) <= 5, c
# 8 states: finite-sample floor ≈ 7/(2 n): Gibbs 2e4 sweeps, NS 2000 τ, LIF 300 τ
assert g["dkl"][-1] < 0.003 and ns["dkl"][-1] < 0.02 and lif["dkl"][-1] < 0.1, (g["dkl"][-1], ns["dkl"][-1], lif["dkl"][-1])
assert g["t_tau"][-1] == 20000 and abs(ns["t_tau"][-1] - 2000) < 1e-9 and abs(lif["t_tau"][-1] - 300) < 1e-9
print(g["dkl"][-1], ns["dkl"][-1], lif["dkl"][-1])
`)
	t.Log(strings.TrimSpace(out))
}

func TestReproducible(t *testing.T) {
	run(t, `
def go():
    lm.seed(99)
    nr = nanolaser.Neuron(offset=1.0)
    a = nr.simulate(5.0).spikes_ns.tolist()
    b = nr.simulate(5.0).spikes_ns.tolist()
    return a, b
x = go()
y = go()
assert x == y and x[0] != x[1], x
`)
}

func TestErrors(t *testing.T) {
	cases := []scripttest.Case{
		{"nanolaser.Neuron(foo=1)", "TypeError", "'foo'"},
		{"nanolaser.Neuron(1)", "TypeError", "keyword arguments only"},
		{"nanolaser.Neuron(beta=2.0)", "ValueError", "≤ 1"},
		{"nanolaser.Neuron(tau_gain_ns=-1.0)", "ValueError", "TauGain = -1"},
		{"nanolaser.Neuron().simulate(-1.0)", "ValueError", "'duration_ns' = -1"},
		{"nanolaser.Neuron().simulate(1.0, dt_ns=0.01)", "ValueError", "'dt_ns' = 0.01"},
		{"nanolaser.Neuron().simulate(1.0, inputs=[(0.1,)])", "ValueError", "'inputs'[0]"},
		{"nanolaser.Neuron().simulate(1.0, inputs=[(0.1, 5, 'mirror')])", "ValueError", "section \"mirror\""},
		{"nanolaser.calibrate(nanolaser.Neuron(), offsets=[0, 1])", "ValueError", "'offsets' has 2 values"},
		{"nanolaser.calibrate(3)", "TypeError", "'neuron'"},
		{"nanolaser.Neuron().characterize(pump=1.0)", "ValueError", "self-pulsing"},
		{"c = nanolaser.calibrate(nanolaser.Neuron(), offsets=OFFS, duration_ns=60.0, seed=1, psp_duration_ns=0)\nnet = nanolaser.Network.from_bm(boltzmann.BM([[0]], [0]), calibration=c)\nnet.time_to_dkl(net.run(5.0), target_dkl=0)", "ValueError", "'target_dkl' = 0"},
		{"c = nanolaser.calibrate(nanolaser.Neuron(), offsets=OFFS, duration_ns=60.0, seed=1, psp_duration_ns=0)\nnet = nanolaser.Network.from_bm(boltzmann.BM([[0]], [0]), calibration=c)\nnet.time_to_dkl(net.run(5.0, points=1))", "ValueError", "points ≥ 2"},
		{"c = nanolaser.calibrate(nanolaser.Neuron(), offsets=OFFS, duration_ns=60.0, seed=1, psp_duration_ns=0)\nnet = nanolaser.Network.from_bm(boltzmann.BM([[0]], [0]), calibration=c)\nnet.estimate(3)", "TypeError", "'run'"},
		{"nanolaser.calibrate(nanolaser.Neuron(), offsets=[-3, -2.5, -2], duration_ns=20.0)", "ValueError", "outside the sweep"},
		{"nanolaser.calibrate(nanolaser.Neuron(), psp_duration_ns=3.0)", "ValueError", "'psp_duration_ns' = 3"},
		{"nanolaser.gibbs_curve(boltzmann.BM([[0]], [0]), 0)", "ValueError", "'sweeps' = 0"},
		{"nanolaser.lif_curve(boltzmann.BM([[0]], [0]), 10, points=0)", "ValueError", "'points' = 0"},
		{"nanolaser.Network.from_bm([[0]])", "TypeError", "'bm' must be a boltzmann.BM"},
		{"c = nanolaser.calibrate(nanolaser.Neuron(), offsets=OFFS, duration_ns=60.0, seed=1, psp_duration_ns=0)\nr = nanolaser.Network.from_bm(boltzmann.BM([[0, 1], [1, 0]], [0, 0]), calibration=c).run(5.0)\nr.distribution(units=[0, 2])", "ValueError", "unit 2 not allowed"},
		{"c = nanolaser.calibrate(nanolaser.Neuron(), offsets=OFFS, duration_ns=60.0, seed=1, psp_duration_ns=0)\nnanolaser.Network.from_bm(boltzmann.BM([[0]], [0]), calibration=c, tau_ns=2.0)", "ValueError", "'tau_ns' = 2 differs"},
		{"c = nanolaser.calibrate(nanolaser.Neuron(), offsets=OFFS, duration_ns=60.0, seed=1, psp_duration_ns=0)\nnanolaser.Network.from_bm(boltzmann.BM([[0]], [0]), calibration=c, neuron=nanolaser.Neuron(beta=0.05))", "ValueError", "another neuron"},
		{"c = nanolaser.calibrate(nanolaser.Neuron(), offsets=OFFS, duration_ns=60.0, seed=1, psp_duration_ns=0)\nr = nanolaser.Network.from_bm(boltzmann.BM([[0]], [0]), calibration=c).run(5.0)\nr.dkl([0.5, 0.25, 0.25])", "ValueError", "want 2^1 = 2"},
		{"c = nanolaser.calibrate(nanolaser.Neuron(), offsets=OFFS, duration_ns=60.0, seed=1, psp_duration_ns=0)\nr = nanolaser.Network.from_bm(boltzmann.BM([[0]], [0]), calibration=c).run(5.0)\nr.dkl_curve([0.9, 0.1])", "NotImplementedError", "'target' differs"},
		{"c = nanolaser.calibrate(nanolaser.Neuron(), offsets=OFFS, duration_ns=60.0, seed=1, psp_duration_ns=0)\nnanolaser.Network.from_bm(boltzmann.BM([[0]], [0]), calibration=c).run(0.0)", "ValueError", "'duration_ns' = 0"},
		{"c = nanolaser.calibrate(nanolaser.Neuron(), offsets=OFFS, duration_ns=60.0, seed=1, psp_duration_ns=0)\nnanolaser.Network.from_bm(boltzmann.BM([[0]], [0]), calibration=c).refine(5.0)", "ValueError", "less than 10 τ"},
		{"c = nanolaser.calibrate(nanolaser.Neuron(), offsets=OFFS, duration_ns=60.0, seed=1, psp_duration_ns=0)\nnanolaser.Network.from_bm(boltzmann.BM([[0]], [0]), calibration=c).refine(500.0, iterations=0)", "ValueError", "'iterations' = 0"},
	}
	scripttest.Raises(t, prelude, cases)
}

// The kernel's interrupt (the context of Exec) stops calibrate, in the sweep
// and in the PSP measurement, and Network.run within ~1 s.
func TestInterrupt(t *testing.T) {
	for _, src := range []string{
		"nanolaser.calibrate(nanolaser.Neuron(), duration_ns=1e5, psp_duration_ns=0)",
		"nanolaser.calibrate(nanolaser.Neuron(), offsets=OFFS, duration_ns=100.0, psp_duration_ns=1e6, progress=True)",
		"c = nanolaser.calibrate(nanolaser.Neuron(), offsets=OFFS, duration_ns=60.0, seed=1, psp_duration_ns=0)\nnanolaser.Network.from_bm(boltzmann.BM([[0]], [0]), calibration=c).run(1e7)",
	} {
		in := scripting.New(scripting.Options{Stdout: &bytes.Buffer{}})
		ctx, cancel := context.WithCancel(context.Background())
		time.AfterFunc(500*time.Millisecond, cancel)
		start := time.Now()
		_, err := in.Exec(ctx, prelude+src, "<test>")
		var se *scripting.Error
		if !errors.As(err, &se) || se.TypeName() != "KeyboardInterrupt" {
			t.Fatalf("%s: got %v, want KeyboardInterrupt", src, err)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Fatalf("%s: interrupt took %v", src, d)
		}
		cancel()
	}
}
