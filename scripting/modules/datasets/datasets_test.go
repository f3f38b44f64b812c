package datasets_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"testing"

	ds "github.com/lumenlab/lumen/lib/datasets"
	"github.com/lumenlab/lumen/scripting"
	_ "github.com/lumenlab/lumen/scripting/modules/datasets"
	_ "github.com/lumenlab/lumen/scripting/modules/lumen"
	"github.com/lumenlab/lumen/scripting/scripttest"
	_ "github.com/lumenlab/lumen/scripting/stdlib"
)

const prelude = "import lumen as lm\nimport math\nfrom lumen import datasets\n"

func exec(src string) (string, error) {
	var out bytes.Buffer
	in := scripting.New(scripting.Options{Stdout: &out, Stderr: &out})
	_, err := in.Exec(context.Background(), prelude+src, "<test>")
	var se *scripting.Error
	if errors.As(err, &se) {
		return out.String(), errors.New(se.Traceback())
	}
	return out.String(), err
}

func TestBarsAndStripes(t *testing.T) {
	if out, err := exec(`
x, y = datasets.bars_and_stripes(3)
assert x.shape == (14, 9) and y.shape == (14,)
assert ((x == 1) | (x == -1)).all()
assert y.dtype == "int64" and set(y.tolist()) == {0, 1}
z, _ = datasets.bars_and_stripes(3, units="01")
assert (z == (x + 1) / 2).all()
p, H = datasets.bars_and_stripes_distribution(3)
assert p.shape == (512,) and abs(p.sum() - 1) < 1e-12
assert abs(H - math.log(14)) < 1e-12
assert "Trouser" in datasets.fashion_mnist_classes and len(datasets.mnist_classes) == 10
`); err != nil {
		t.Fatal(err, out)
	}
}

func TestFashionMNIST(t *testing.T) {
	if _, err := os.Stat(ds.FashionMNISTDir); err != nil {
		t.Skip("Fashion-MNIST not installed")
	}
	if out, err := exec(`
x, y = datasets.fashion_mnist("test", classes=["Trouser", "Sneaker"], size=14, limit=50)
assert x.shape == (50, 196) and y.shape == (50,)
assert ((x == 1) | (x == -1)).all()
assert set(y.tolist()) <= {0, 1}
g, _ = datasets.fashion_mnist("test", binarize=False, units="01", limit=5)
assert g.shape == (5, 784) and g.min() >= 0 and g.max() <= 1 and ((g > 0) & (g < 1)).any()
b, _ = datasets.fashion_mnist("test", classes="Boot", limit=3, units="01")
assert ((b == 0) | (b == 1)).all()
`); err != nil {
		t.Fatal(err, out)
	}
}

func TestErrors(t *testing.T) {
	cases := []scripttest.Case{
		{"datasets.bars_and_stripes(0)", "ValueError", "'n' = 0"},
		{"datasets.bars_and_stripes(3, units='pm2')", "ValueError", "'units'"},
		{"datasets.bars_and_stripes_distribution(5)", "ValueError", "'n' = 5"},
		{"datasets.fashion_mnist(size=0)", "ValueError", "'size' = 0"},
		{"datasets.fashion_mnist(size=29)", "ValueError", "'size' = 29"},
		{"datasets.fashion_mnist(limit=0)", "ValueError", "'limit' = 0"},
		{"datasets.fashion_mnist(threshold=1.5)", "ValueError", "'threshold'"},
		{"datasets.fashion_mnist(classes=3.5)", "TypeError", "'classes'"},
		{"datasets.fashion_mnist('valid')", "ValueError", "split"},
	}
	if _, err := os.Stat(ds.FashionMNISTDir); err == nil {
		cases = append(cases, scripttest.Case{"datasets.fashion_mnist('test', classes=['Trouser', 'Hat'])", "ValueError", `unknown class "Hat"`})
	}
	scripttest.Raises(t, prelude, cases)
}
