package plot

import (
	"math"
	"testing"
	"time"
)

// BenchmarkSVGLine10k: the static SVG of a 10,000-point line after warm-up (≤ 200 ms).
func BenchmarkSVGLine10k(b *testing.B) {
	needLibrary(b)
	x := lin(10000, 0, 100)
	y := mapf(x, func(v float64) float64 { return math.Sin(v) + 0.3*math.Sin(7.3*v) })
	c, err := Line(x, [][]float64{y}, Options{Title: "10,000 points", XLabel: "t (ns)", YLabel: "V (mV)"})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := c.SVG(); err != nil { // warm-up
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := c.SVG(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSVGHelpers renders each helper's static SVG after warm-up.
func BenchmarkSVGHelpers(b *testing.B) {
	needLibrary(b)
	cs := sampleCharts(b)
	if err := WarmUp(); err != nil {
		b.Fatal(err)
	}
	for _, name := range []string{"line", "logline", "scatter", "bar", "hist", "heatmap", "spins", "bigheat", "images", "raster", "pianoroll", "phase", "grid"} {
		c := cs[name]
		b.Run(name, func(b *testing.B) {
			c.SVG()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := c.SVG(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestSVGLine10kSpeed checks the budget of BenchmarkSVGLine10k in the normal test run: the
// best of five renderings after warm-up must take ≤ 200 ms (best-of, because the machine
// is shared).
func TestSVGLine10kSpeed(t *testing.T) {
	needLibrary(t)
	x := lin(10000, 0, 100)
	y := mapf(x, func(v float64) float64 { return math.Sin(v) + 0.3*math.Sin(7.3*v) })
	c, err := Line(x, [][]float64{y}, Options{Title: "10,000 points", XLabel: "t (ns)", YLabel: "V (mV)"})
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Now()
	if err := WarmUp(); err != nil {
		t.Fatal(err)
	}
	if _, err := c.SVG(); err != nil {
		t.Fatal(err)
	}
	t.Logf("warm-up (load ECharts into goja, first chart): %v", time.Since(t0).Round(time.Millisecond))
	best := time.Hour
	for i := 0; i < 5; i++ {
		t1 := time.Now()
		if _, err := c.SVG(); err != nil {
			t.Fatal(err)
		}
		best = min(best, time.Since(t1))
	}
	t.Logf("10,000-point line SVG: best of 5 = %v", best.Round(time.Millisecond))
	if best > 200*time.Millisecond {
		t.Fatalf("10,000-point line SVG took %v, want ≤ 200 ms", best)
	}
}
