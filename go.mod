module github.com/lumenlab/lumen

go 1.26.8

require (
	github.com/go-python/gpython v0.2.0
	github.com/go-zeromq/zmq4 v0.17.0
	github.com/peterh/liner v1.2.2
	gonum.org/v1/gonum v0.17.0
)

require (
	codeberg.org/sbinet/npyio v0.14.0
	github.com/chromedp/cdproto v0.159.0
	github.com/chromedp/chromedp v0.23.0
	github.com/dlclark/regexp2/v2 v2.5.2 // indirect
	github.com/dop251/goja v0.0.0-20260917113740-793a2a65c13b
	github.com/go-echarts/go-echarts/v2 v2.6.7
	github.com/go-json-experiment/json v0.0.0-20260213210345-44df1a37e875 // indirect
	github.com/go-sourcemap/sourcemap v2.1.3+incompatible // indirect
	github.com/go-zeromq/goczmq/v4 v4.2.2 // indirect
	github.com/google/pprof v0.0.0-20230207041349-798e818bf904 // indirect
	github.com/mattn/go-runewidth v0.0.13 // indirect
	github.com/nlpodyssey/gopickle v0.3.0 // indirect
	github.com/rivo/uniseg v0.3.4 // indirect
	golang.org/x/sync v0.19.0 // indirect
	golang.org/x/sys v0.0.0-20220817070843-5a390386f1f2
	golang.org/x/text v0.34.0
)
