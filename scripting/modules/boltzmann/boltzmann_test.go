package boltzmann_test

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lumenlab/lumen/scripting"
	_ "github.com/lumenlab/lumen/scripting/modules/boltzmann"
	_ "github.com/lumenlab/lumen/scripting/modules/datasets"
	_ "github.com/lumenlab/lumen/scripting/modules/lumen"
	_ "github.com/lumenlab/lumen/scripting/stdlib"
)

const prelude = "import lumen as lm\nimport math\nfrom lumen import boltzmann, datasets\nlm.seed(5)\n"

func newInterp() (*scripting.Interp, *bytes.Buffer) {
	var out bytes.Buffer
	return scripting.New(scripting.Options{Stdout: &out, Stderr: &out}), &out
}

// run executes prelude+src in a fresh interpreter and returns its output.
func run(t *testing.T, src string) string {
	t.Helper()
	in, out := newInterp()
	if _, err := in.Exec(context.Background(), prelude+src, "<test>"); err != nil {
		var se *scripting.Error
		if errors.As(err, &se) {
			t.Fatalf("%s\noutput:\n%s", se.Traceback(), out.String())
		}
		t.Fatalf("%v\noutput:\n%s", err, out.String())
	}
	return out.String()
}

func excOf(err error) (string, string) {
	var se *scripting.Error
	if errors.As(err, &se) {
		return se.TypeName(), se.Message()
	}
	return "", ""
}

func TestTrainBarsAndStripes(t *testing.T) {
	out := run(t, `
x, y = datasets.bars_and_stripes(3)
p, H = datasets.bars_and_stripes_distribution(3)
m = boltzmann.RBM(9, 16, seed=1)
before = m.log_likelihood(x)
seen = []
def cb(epoch, metrics):
    seen.append((epoch, metrics["log_likelihood"]))
h = m.fit(x, epochs=1000, lr=0.1, k=1, momentum=0.5, batch_size=14, callback=cb)
after = m.log_likelihood(x)
assert len(h) == 1000 and len(seen) == 1000, (len(h), len(seen))
assert h.columns == ["epoch", "lr", "recon_error", "pseudo_ll", "log_likelihood", "seconds"], h.columns
assert abs(h["log_likelihood"][-1] - after) < 1e-9
assert seen[-1][0] == 999
assert after > before + 2.0 and after > -1.3 * H, (before, after, H)
assert after <= -H + 1e-9
assert m.history is not None and len(m.history) == 1000
print("ll", round(before, 3), round(after, 3), "bound", round(-H, 3))
`)
	t.Log(strings.TrimSpace(out))
}

func TestExactLLEvery(t *testing.T) {
	run(t, `
import math
x, y = datasets.bars_and_stripes(3)
m = boltzmann.RBM(9, 6, seed=2)
h = m.fit(x, epochs=5, lr=0.05, batch_size=7, exact_ll_every=2)
ll = h["log_likelihood"]
assert [math.isnan(v) for v in ll] == [True, False, True, False, False], ll
h = m.fit(x, epochs=3, lr=0.05, batch_size=7, exact_ll_every=0)
assert all(math.isnan(v) for v in h["log_likelihood"])
assert not any(math.isnan(v) for v in h["pseudo_ll"])
h = m.fit(x, epochs=3, lr=0.05, batch_size=7)
assert not any(math.isnan(v) for v in h["log_likelihood"])
h = m.fit(x, epochs=3, lr=0.05, batch_size=7, dtype="float32")
assert len(h) == 3 and not any(math.isnan(v) for v in h["log_likelihood"])
s = m.sample(4, steps=3, dtype="float32")
assert s.shape == (4, 9)
`)
}

func TestSampleOptions(t *testing.T) {
	run(t, `
m = boltzmann.RBM(6, 4)
s = m.sample(5, steps=3)
assert s.shape == (5, 6)
assert ((s == 1) | (s == -1)).all()
c = m.sample(8, steps=4, clamp={0: 1, 5: -1})
assert (c[:, 0] == 1).all() and (c[:, 5] == -1).all()
nan = float("nan")
c2 = m.sample(3, steps=2, clamp=[nan, -1, nan, nan, nan, 1])
assert (c2[:, 1] == -1).all() and (c2[:, 5] == 1).all()
a = m.sample(4, anneal={"start": 5.0, "stop": 1.0, "steps": 10})
assert a.shape == (4, 6)
a2 = m.sample(4, anneal=boltzmann.linear_schedule(3.0, 1.0, 5), sampler=boltzmann.digital_sampler())
i = m.sample(2, steps=0, init=[1, 1, 1, -1, -1, -1])
assert i.tolist() == [[1, 1, 1, -1, -1, -1]] * 2
hot = m.sample(3, steps=2, T=4.0)
z = boltzmann.RBM(4, 3, units="01")
zs = z.sample(10, steps=2)
assert ((zs == 0) | (zs == 1)).all()
assert z.units == "01" and z.n_visible == 4 and z.n_hidden == 3 and z.T == 1.0
m.T = 2.0
assert m.T == 2.0
m.W = lm.zeros((6, 4))
assert m.W.sum() == 0
m.W[0, 0] = 0.5
assert m.W[0, 0] == 0.5
fe = m.free_energy(lm.ones((2, 6)))
assert fe.shape == (2,)
c = m.convert("01")
assert c.units == "01"
`)
}

func TestReproducible(t *testing.T) {
	out := run(t, `
def draw():
    lm.seed(11)
    m = boltzmann.RBM(5, 3)
    x = lm.array([[1, -1, 1, -1, 1], [-1, 1, -1, 1, -1]])
    m.fit(x, epochs=3, lr=0.1, batch_size=1)
    return m.sample(4, steps=5).tolist(), m.W.tolist()
assert draw() == draw()
a = boltzmann.RBM(4, 4, seed=3).W.tolist()
b = boltzmann.RBM(4, 4, seed=3).W.tolist()
assert a == b
print("ok")
`)
	if !strings.Contains(out, "ok") {
		t.Fatal(out)
	}
}

func TestAIS(t *testing.T) {
	run(t, `
x, y = datasets.bars_and_stripes(3)
m = boltzmann.RBM(9, 8, seed=2)
m.fit(x, epochs=50, lr=0.1, batch_size=2)
exact = m.log_likelihood(x)
est, se = m.log_likelihood(x, method="ais", runs=100, steps=1000, return_stderr=True)
assert se >= 0
assert abs(est - exact) < 4 * se + 0.05, (est, exact, se)
`)
}

func TestBM(t *testing.T) {
	run(t, `
W = lm.array([[0, 0.5, -0.3], [0.5, 0, 0.2], [-0.3, 0.2, 0]])
b = lm.array([0.1, -0.2, 0.3])
m = boltzmann.BM(W, b)
p = m.exact_distribution()
assert p.shape == (8,)
assert abs(p.sum() - 1) < 1e-12
# state 7 is all +1: E = -(0.5 - 0.3 + 0.2) - (0.1 - 0.2 + 0.3)
Z = 0.0
for k in range(8):
    x = [1 if (k >> i) & 1 else -1 for i in range(3)]
    Z += math.exp(-m.energy(x))
assert abs(p[7] - math.exp(0.6) / Z) < 1e-12
s = m.sample(10, steps=5)
assert s.shape == (10, 3)
h = m.histogram(200, chains=50, steps=20)
assert abs(h.sum() - 1) < 1e-9 and abs(h - p).max() < 0.05
z = boltzmann.BM(W, b, units="01", T=2.0)
assert z.units == "01" and z.T == 2.0 and z.N == 3
assert abs(z.exact_distribution().sum() - 1) < 1e-12
`)
}

func TestSaveLoad(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.npz")
	run(t, `
x, y = datasets.bars_and_stripes(2, units="01")
m = boltzmann.RBM(4, 3, units="01", T=1.5, seed=4)
m.fit(x, epochs=5, lr=0.1, batch_size=2)
m.save(`+"'"+path+"'"+`)
n = boltzmann.load(`+"'"+path+"'"+`)
assert n.W.tolist() == m.W.tolist() and n.a.tolist() == m.a.tolist() and n.b.tolist() == m.b.tolist()
assert n.units == "01" and n.T == 1.5
assert abs(n.log_likelihood(x) - m.log_likelihood(x)) < 1e-12
try:
    boltzmann.load("/nonexistent/model.npz")
    assert False
except FileNotFoundError as e:
    assert "model.npz" in str(e)
`)
}

func TestCallbackControl(t *testing.T) {
	run(t, `
x, y = datasets.bars_and_stripes(2)
m = boltzmann.RBM(4, 3)
h = m.fit(x, epochs=50, lr=0.1, callback=lambda e, mt: e < 4)
assert len(h) == 5, len(h)
def bad(e, mt):
    raise RuntimeError("stop here")
try:
    m.fit(x, epochs=10, lr=0.1, callback=bad)
    assert False
except RuntimeError as e:
    assert "stop here" in str(e)
assert len(m.history) == 1
`)
}

func TestReprs(t *testing.T) {
	in, out := newInterp()
	v, err := in.Exec(context.Background(), prelude+"m = boltzmann.RBM(9, 4)\nprint(repr(m))\nm", "<t>")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "RBM(n_visible=9, n_hidden=4, units='pm1', T=1)") {
		t.Errorf("repr: %s", out.String())
	}
	b := in.MimeBundle(v)
	h, _ := b["text/html"].(string)
	for _, w := range []string{"9 visible × 4 hidden", "<td style=\"padding:1px 6px\">W</td>", "49 parameters"} {
		if !strings.Contains(h, w) {
			t.Errorf("HTML lacks %q:\n%s", w, h)
		}
	}
	if _, err := in.Exec(context.Background(), "assert 'fit' in boltzmann.RBM.fit.__doc__ or True\nhelp(boltzmann.RBM.sample)", "<t>"); err != nil {
		t.Fatal(err)
	}
}

func TestErrors(t *testing.T) {
	cases := []struct{ src, exc, want string }{
		{"boltzmann.RBM(0, 3)", "ValueError", "'n_visible' = 0"},
		{"boltzmann.RBM(3, -1)", "ValueError", "'n_hidden' = -1"},
		{"boltzmann.RBM(3, 3, T=0)", "ValueError", "'T' = 0"},
		{"boltzmann.RBM(3, 3, units='ternary')", "ValueError", "'units'"},
		{"boltzmann.RBM(3.5, 3)", "TypeError", "'n_visible' must be int"},
		{"boltzmann.RBM(3, 2).fit(lm.ones((4, 3)), epochs=2, lr=-1)", "ValueError", "'lr' = -1"},
		{"boltzmann.RBM(3, 2).fit(lm.ones((4, 3)), epochs=0, lr=0.1)", "ValueError", "'epochs' = 0"},
		{"boltzmann.RBM(3, 2).fit(lm.ones((4, 3)), epochs=1, lr=0.1, momentum=1.5)", "ValueError", "'momentum'"},
		{"boltzmann.RBM(3, 2).fit(lm.ones((4, 5)), epochs=1, lr=0.1)", "ValueError", "'data' must have shape (n, 3)"},
		{"boltzmann.RBM(3, 2).fit(lm.zeros((4, 3)), epochs=1, lr=0.1)", "ValueError", "0/1 values"},
		{"boltzmann.RBM(3, 2).fit(lm.ones((4, 3)), epochs=1)", "TypeError", "'lr'"},
		{"boltzmann.RBM(3, 2).fit(lm.ones((4, 3)), epochs=1, lr=0.1, callback=3)", "TypeError", "'callback'"},
		{"boltzmann.RBM(3, 2, units='01').fit(lm.ones((4, 3)), epochs=1, lr=0.1, exact_ll_every=-2)", "ValueError", "'exact_ll_every' = -2"},
		{"boltzmann.RBM(3, 2).fit(lm.ones((4, 3)), epochs=1, lr=0.1, dtype='float16')", "ValueError", "'dtype'"},
		{"boltzmann.RBM(3, 2).sample(2, steps=1, dtype=32)", "TypeError", "'dtype'"},
		{"boltzmann.RBM(3, 2).sample(0, steps=1)", "ValueError", "'n' = 0"},
		{"boltzmann.RBM(3, 2).sample(2)", "TypeError", "'steps'"},
		{"boltzmann.RBM(3, 2).sample(2, steps=1, T=-1)", "ValueError", "'T' = -1"},
		{"boltzmann.RBM(3, 2).sample(2, steps=1, clamp={7: 1})", "ValueError", "'clamp'"},
		{"boltzmann.RBM(3, 2).sample(2, steps=1, anneal=[1.0, 0.0])", "ValueError", "'anneal'[1] = 0"},
		{"boltzmann.RBM(3, 2).sample(2, steps=1, sampler='fast')", "TypeError", "'sampler'"},
		{"boltzmann.RBM(3, 2).log_likelihood(lm.ones((2, 3)), method='guess')", "ValueError", "'method'"},
		{"boltzmann.RBM(30, 30).log_likelihood(lm.ones((2, 30)))", "ValueError", "use AIS"},
		{"boltzmann.BM(lm.array([[0, 1], [2, 0]]), [0, 0])", "ValueError", "symmetric"},
		{"boltzmann.BM(lm.zeros((2, 3)), [0, 0])", "ValueError", "'W' must have shape (n, 2)"},
		{"boltzmann.BM(lm.zeros((2, 2)), [0, 0], T=-2)", "ValueError", "'T' = -2"},
		{"boltzmann.geometric_schedule(1.0, 0.0, 5)", "ValueError", "'stop' = 0"},
	}
	for _, c := range cases {
		in, _ := newInterp()
		_, err := in.Exec(context.Background(), prelude+c.src, "<test>")
		name, msg := excOf(err)
		if name != c.exc || !strings.Contains(msg, c.want) {
			t.Errorf("%s: got %s: %s; want %s containing %q", c.src, name, msg, c.exc, c.want)
		}
	}
}

// TestInterrupt cancels a long fit: it stops with KeyboardInterrupt and the
// model keeps the epochs it finished.
func TestInterrupt(t *testing.T) {
	in, out := newInterp()
	if _, err := in.Exec(context.Background(), prelude+"m = boltzmann.RBM(64, 32)\nx = lm.where(lm.random.rand(200, 64) < 0.5, -1.0, 1.0)\nw0 = m.W.copy()", "<t>"); err != nil {
		t.Fatal(err, out.String())
	}
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(300*time.Millisecond, cancel)
	start := time.Now()
	_, err := in.Exec(ctx, "m.fit(x, epochs=1000000, lr=0.01, batch_size=10)", "<t>")
	if name, _ := excOf(err); name != "KeyboardInterrupt" {
		t.Fatalf("got %v, want KeyboardInterrupt", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("interrupt took %v", d)
	}
	if _, err := in.Exec(context.Background(), "assert m.history is not None\nassert abs(m.W - w0).max() > 0", "<t>"); err != nil {
		t.Fatal(err)
	}
}
