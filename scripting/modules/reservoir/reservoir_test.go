package reservoir_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/lumenlab/lumen/scripting"
	_ "github.com/lumenlab/lumen/scripting/modules/lumen"
	_ "github.com/lumenlab/lumen/scripting/modules/reservoir"
	_ "github.com/lumenlab/lumen/scripting/modules/table"
	"github.com/lumenlab/lumen/scripting/scripttest"
	_ "github.com/lumenlab/lumen/scripting/stdlib"
)

const prelude = `import lumen as lm
from lumen import reservoir
lm.seed(6)
def small(**kw):
    return reservoir.VCSEL(neurons=60, modes=48, input_side=16, **kw)
`

func exec(t *testing.T, opts scripting.Options, src string) string {
	t.Helper()
	var out bytes.Buffer
	opts.Stdout, opts.Stderr = &out, &out
	in := scripting.New(opts)
	if _, err := in.Exec(context.Background(), prelude+src, "<test>"); err != nil {
		var se *scripting.Error
		if errors.As(err, &se) {
			t.Fatalf("%s\noutput:\n%s", se.Traceback(), out.String())
		}
		t.Fatal(err)
	}
	return out.String()
}

func run(t *testing.T, src string) string { return exec(t, scripting.Options{}, src) }

func TestTasks(t *testing.T) {
	run(t, `
h = reservoir.headers(4, target=5, n_train=40, n_test=20, noise=0.01, seed=1)
assert h.name == "headers4/5" and (h.width, h.height, h.n_train, h.n_test) == (32, 32, 40, 20)
assert h.x_train.shape == (40, 1024) and h.y_train.shape == (40,) and h.x_test.shape == (20, 1024)
assert h.y_train.sum() == 20 and ((h.x_train == 0) | (h.x_train == 1)).all()
assert "headers4/5" in repr(h)
h2 = reservoir.headers(4, target=5, n_train=40, n_test=20, noise=0.01, seed=1)
assert h2.x_train.tolist() == h.x_train.tolist()
sy = reservoir.synthetic(side=12, classes=3, target=1, n_train=10, n_test=10, seed=2)
assert sy.x_train.shape == (10, 144)
`)
}

func TestOneVsAll(t *testing.T) {
	run(t, `
import os
try:
    task = reservoir.one_vs_all("mnist", 3, n_train=20, n_test=10, seed=1)
except ValueError as e:
    assert "not found" in str(e), e
else:
    assert task.name == "mnist/3" and task.x_train.shape == (20, 784) and task.y_test.sum() == 5
`)
}

func TestTrainEvaluateRidge(t *testing.T) {
	out := run(t, `
dev = small(noise=0.001)
assert dev.neurons > 30 and dev.grid > 0 and not dev.off
assert "reservoir.VCSEL(" in repr(dev)
task = reservoir.headers(3, target=2, n_train=24, n_test=24, seed=3)
f = dev.features(task.x_train)
assert f.shape == (24, dev.neurons) and f.min() >= 0
for readout in ["ternary", "boolean"]:
    onn = reservoir.ONN(dev, readout=readout)
    h = onn.train(task, epochs=40, alpha=0.02, progress=True)
    assert h.columns == ["epoch", "k", "accepted", "nmse", "trial_nmse", "accuracy"], h.columns
    assert len(h) == 40 and onn.stopped == "epochs"
    assert h["nmse"][-1] <= h["nmse"][0]
    ev = onn.evaluate(task)
    assert set(ev.keys()) == {"accuracy", "nmse", "ser"} and abs(ev["ser"] - (1 - ev["accuracy"])) < 1e-12
    w = onn.weights
    assert w.shape == (dev.neurons,)
    print(readout, round(h["nmse"][-1], 3), ev)
onn = reservoir.ONN(dev, readout="ternary", detectors=2)
assert onn.inference_rate == 22727.0
assert reservoir.ONN(dev).inference_rate == 22727.0 / 2
h = onn.train(task, epochs=10, rule="single", patience=3)
assert (h["k"] == 1).all()
assert onn.measure(task.x_test).shape == (24,)
onn.weights = [0] * dev.neurons
assert onn.weights.sum() == 0
assert "<div" in onn._repr_html_()
r = reservoir.ridge_baseline(task, vcsel=dev)
assert 0 <= r["accuracy"] <= 1 and r["weights"].shape == (dev.neurons + 1,)
assert r["alpha"] in [1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2, 0.1, 0.3, 1, 3, 10] and 0 < r["cv_accuracy"] <= 1
raw = reservoir.ridge_baseline(task, features="raw", alpha=1e-3)
assert raw["weights"].shape == (1024 + 1,) and raw["alpha"] == 1e-3 and raw["cv_accuracy"] == 0
off = small(off=True)
assert off.off
`)
	t.Log(strings.TrimSpace(out))
}

// Explicit zeros reach the library (no "0 means default"): diffusion=0,
// alpha_h=0, detuning=0, gain_compression=0 and offset2=0 with offset ≠ 0.
func TestExplicitZeros(t *testing.T) {
	run(t, `
task = reservoir.headers(3, target=2, n_train=8, n_test=8, seed=3)
base = small(seed=4)
zero = small(seed=4, diffusion=0, alpha_h=0, detuning=0, gain_compression=0)
same = small(seed=4, diffusion=1.5, alpha_h=3.0, detuning=0.2, gain_compression=0.1)
f0, fz, fs = base.features(task.x_train), zero.features(task.x_train), same.features(task.x_train)
assert (f0 == fs).all()
assert abs(fz - f0).max() > 0.1 * f0.max(), abs(fz - f0).max() / f0.max()
assert "diffusion=0," in repr(zero), repr(zero)
d = small(seed=4, offset=0.05, offset2=0)
onn = reservoir.ONN(d, detectors=2)
onn.weights = [1] * d.neurons
y2 = onn.measure(task.x_train)
onn1 = reservoir.ONN(d, detectors=1)
onn1.weights = [1] * d.neurons
y1 = onn1.measure(task.x_train)
# all weights +1: y = S + offset·S_ref; two detectors subtract offset2 = 0, one detector subtracts offset again
assert ((y2 - y1) > 0).all()
`)
}

func TestMonitor(t *testing.T) {
	run(t, `
dev = small(drift="controlled", seed=2)
task = reservoir.headers(3, target=1, n_train=16, n_test=16, seed=2)
onn = reservoir.ONN(dev)
onn.train(task, epochs=5)
m = onn.monitor(0.05, every_s=60)
assert m.columns == ["hours", "consistency", "nmse", "accuracy", "temp_k", "phase_rms_rad"]
assert len(m) == 4 and m["consistency"][0] == 1.0, m["consistency"].tolist()
assert m["consistency"].min() > 0.9
assert abs(dev.drift_state["hours"] - 0.05) < 1e-9
d2 = small(drift={"ambient_std_k": 1.0, "control": False})
assert d2.drift_state["hours"] == 0
`)
}

func TestReproducible(t *testing.T) {
	run(t, `
def go():
    lm.seed(17)
    dev = small(noise=0.01)
    task = reservoir.headers(3, target=4, n_train=16, n_test=16)
    onn = reservoir.ONN(dev)
    h = onn.train(task, epochs=15)
    return h["nmse"].tolist(), onn.weights.tolist(), task.x_test.tolist()
assert go() == go()
`)
}

func TestLiveAndProgressDisplay(t *testing.T) {
	var n int
	opts := scripting.Options{Display: func(bundle map[string]any, md map[string]any, id string, update bool) {
		if _, ok := bundle["text/html"]; ok {
			n++
		}
	}}
	exec(t, opts, `
dev = small()
task = reservoir.headers(2, target=1, n_train=8, n_test=8, seed=1)
reservoir.ONN(dev).train(task, epochs=5, live=True, progress=True)
`)
	if n < 3 {
		t.Errorf("live chart and progress bar: %d displays, want ≥ 3", n)
	}
}

func TestErrors(t *testing.T) {
	cases := []scripttest.Case{
		{"reservoir.VCSEL(neurons=2)", "ValueError", "'neurons' = 2"},
		{"reservoir.VCSEL(diffusion=-1)", "ValueError", "'diffusion' = -1 not allowed: must be in [0, 1000]"},
		{"reservoir.VCSEL(beam_waist=0)", "ValueError", "'beam_waist' = 0 not allowed"},
		{"reservoir.VCSEL(gain_compression=-0.1)", "ValueError", "'gain_compression' = -0.1"},
		{"reservoir.VCSEL(alpha_h=float('nan'))", "ValueError", "'alpha_h' = NaN"},
		{"reservoir.VCSEL(max_net_gain=0.1)", "ValueError", "'max_net_gain'"},
		{"reservoir.VCSEL(drift='hot')", "ValueError", "'drift'"},
		{"reservoir.VCSEL(drift={'speed': 1})", "ValueError", "unknown key \"speed\""},
		{"reservoir.ONN(1)", "TypeError", "'vcsel'"},
		{"reservoir.ONN(small(), readout='analog')", "ValueError", "'readout'"},
		{"reservoir.ONN(small(), detectors=3)", "ValueError", "'detectors' = 3"},
		{"reservoir.ONN(small()).train(reservoir.headers(2), epochs=0)", "ValueError", "'epochs' = 0"},
		{"reservoir.ONN(small()).train(reservoir.headers(2))", "TypeError", "epochs"},
		{"reservoir.ONN(small()).train(reservoir.headers(2), epochs=1, rule='greedy')", "ValueError", "'rule'"},
		{"reservoir.ONN(small()).train(reservoir.headers(2), epochs=1, alpha=-1)", "ValueError", "'alpha'"},
		{"reservoir.ONN(small()).train([1], epochs=1)", "TypeError", "'task'"},
		{"reservoir.ONN(small()).monitor(1.0)", "ValueError", "no task"},
		{"o = reservoir.ONN(small())\nt = reservoir.headers(2, n_train=4, n_test=4)\no.train(t, epochs=1)\no.monitor(1.0)", "ValueError", "drift=True"},
		{"reservoir.headers(4, target=16)", "ValueError", "'target' = 16"},
		{"reservoir.headers(0)", "ValueError", "'bits' = 0"},
		{"reservoir.headers(2, n_train=1)", "ValueError", "'n_train' = 1"},
		{"reservoir.headers(2, noise=2)", "ValueError", "'noise' = 2"},
		{"reservoir.one_vs_all('cifar')", "ValueError", "'name'"},
		{"reservoir.one_vs_all('mnist', 10)", "ValueError", "'digit' = 10"},
		{"reservoir.ridge_baseline(reservoir.headers(2))", "TypeError", "'vcsel'"},
		{"reservoir.ridge_baseline(reservoir.headers(2), features='pixels')", "ValueError", "'features'"},
		{"reservoir.ridge_baseline(reservoir.headers(2), features='raw', alpha=-1)", "ValueError", "'alpha' = -1"},
		{"reservoir.ridge_baseline(reservoir.headers(2, n_train=40), features='raw')", "ValueError", "explicit penalty"},
		{"reservoir.ONN(small()).weights = [5] * 3", "ValueError", "shape"},
		{"small().features(lm.zeros((2, 10)))", "ValueError", "not square"},
	}
	scripttest.Raises(t, prelude, cases)
}

func TestInterruptKeepsHistory(t *testing.T) {
	in := scripting.New(scripting.Options{Stdout: &bytes.Buffer{}})
	if _, err := in.Exec(context.Background(), prelude+`
dev = small()
task = reservoir.headers(3, target=1, n_train=16, n_test=16, seed=1)
onn = reservoir.ONN(dev)
`, "<test>"); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := in.Exec(ctx, "onn.train(task, epochs=10**8)", "<test>")
	var se *scripting.Error
	if !errors.As(err, &se) || se.TypeName() != "KeyboardInterrupt" {
		t.Fatalf("got %v, want KeyboardInterrupt", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("interrupt took %v", d)
	}
	if _, err := in.Exec(context.Background(), `
assert onn.stopped == "cancelled" and len(onn.history) > 0
assert onn.history["nmse"][-1] <= onn.history["nmse"][0]
`, "<test>"); err != nil {
		t.Fatal(err)
	}
}
