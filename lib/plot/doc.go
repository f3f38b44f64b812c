// Package plot draws the charts of Lumen notebooks and Go programs: thin helpers over
// go-echarts (github.com/go-echarts/go-echarts/v2) that return a *Chart, shown as one
// text/html output which works in classic Jupyter Notebook, JupyterLab (trusted), VS Code
// and nbconvert HTML exports, offline.
//
// # One chart, one output
//
// Chart.HTML returns a self-contained fragment made of
//
//   - the one-time library: ECharts (npm package "echarts", EChartsVersion) embedded in the
//     binary with go:embed, plus Lumen's small glue, inside a global guard so a page runs
//     it once however many outputs carry it. Under RequireJS (classic Notebook, nbconvert)
//     AMD is hidden while it loads, so it becomes a global, and it is then also defined as
//     the AMD module "echarts". A kernel sends it only with the first chart of a session
//     (Session.HTML); later outputs (Chart.Fragment) wait for it in a queue;
//   - the static twin: an SVG of the same option rendered server-side by ECharts' SSR mode
//     (renderToSVGString) in the pure-Go JS engine goja, shown where scripts do not run
//     (GitHub, untrusted notebooks, scripts off) and replaced by the live chart when they do;
//   - a small script that draws the live chart (canvas) in place of the SVG. Element ids are
//     unique per rendering; scripts use no page-level let/const, so re-running a cell or
//     showing a chart twice never clashes.
//
// Chart.SVG returns the static SVG alone, Chart.Save writes "x.html" (a self-contained page)
// or "x.svg", atomically (temporary file, then rename).
//
// # Builds without the library
//
// The library is fetched by lib/plot/fetch-echarts.sh (run by make setup/build) into
// lib/plot/assets, which git ignores. A plain `go build` without it still builds: SVG
// rendering then returns ErrNoLibrary and HTML outputs carry a note saying charts are
// static-only in this build.
//
// # Inputs and conventions
//
// Inputs are []float64 (matrices [][]float64, row-major, row 0 drawn at the top). Lengths
// must match and values must be finite, else the helper returns an error naming the input;
// NaN is the documented exception: it breaks a line (a gap), is skipped in scatter plots and
// histograms, and leaves a heatmap cell empty. Put units in axis labels ("t (ns)"). Lines
// longer than 20,000 points are reduced with LTTB for the browser, and to one point per
// pixel of width for the static SVG. Options holds every helper's keyword options; each
// helper documents which it reads.
//
// The server-side renderer is one goja runtime per process, loaded lazily on first use
// (about half a second; WarmUp loads it early) and guarded by a mutex.
package plot
