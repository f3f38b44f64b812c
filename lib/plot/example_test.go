package plot_test

import (
	"fmt"
	"math"
	"os"
	"path/filepath"

	"github.com/lumenlab/lumen/lib/plot"
)

// A Go program (or a GoNB notebook cell) draws a specific-heat curve with the exact Tc
// marked and saves it as a self-contained page and as an SVG. In GoNB, show it with
// gonbui.DisplayHTML(html) where html comes from chart.HTML().
func Example() {
	T := make([]float64, 41)
	C := make([]float64, len(T))
	for i := range T {
		T[i] = 1.5 + 0.05*float64(i)
		C[i] = 1.5 / (1 + 20*math.Pow(T[i]-plot.OnsagerTc, 2))
	}
	chart, err := plot.PhaseDiagram(T, C, nil, plot.Options{Title: "2D Ising, L = 32", Tc: plot.OnsagerTc})
	if err != nil {
		fmt.Println(err)
		return
	}
	dir, _ := os.MkdirTemp("", "plot")
	defer os.RemoveAll(dir)
	if err := chart.Save(filepath.Join(dir, "cv.html")); err != nil {
		fmt.Println(err)
		return
	}
	if err := chart.Save(filepath.Join(dir, "cv.svg")); err != nil && err != plot.ErrNoLibrary {
		fmt.Println(err)
		return
	}
	fmt.Printf("%dx%d chart, Tc = %.4f\n", chart.Width(), chart.Height(), plot.OnsagerTc)
	// Output: 640x400 chart, Tc = 2.2692
}

// Several series with an error band, a log axis and units in the labels.
func ExampleLine() {
	epochs := []float64{1, 2, 3, 4, 5}
	train := []float64{1.0, 0.5, 0.3, 0.2, 0.15}
	test := []float64{1.1, 0.6, 0.4, 0.35, math.NaN()} // NaN: not measured yet (a gap)
	chart, err := plot.Line(epochs, [][]float64{train, test}, plot.Options{
		Series: []string{"train", "test"}, XLabel: "epoch", YLabel: "loss (nats)", LogY: true,
		YErr: [][]float64{{0.1, 0.05, 0.03, 0.02, 0.01}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	_ = chart // chart.HTML() for a notebook output, chart.Save("loss.svg") for a paper
	_, err = plot.Line(epochs, [][]float64{{1, 2}}, plot.Options{})
	fmt.Println(err)
	// Output: plot: series 0 (y) has 2 values but x has 5
}
