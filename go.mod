module github.com/lumenlab/lumen

go 1.26.8

require (
	github.com/go-python/gpython v0.2.0
	github.com/go-zeromq/zmq4 v0.17.0
	github.com/peterh/liner v1.2.2
	gonum.org/v1/gonum v0.17.0
)

require (
	codeberg.org/sbinet/npyio v0.14.0 // indirect
	github.com/campoy/embedmd v1.0.0 // indirect
	github.com/go-zeromq/goczmq/v4 v4.2.2 // indirect
	github.com/mattn/go-runewidth v0.0.13 // indirect
	github.com/nlpodyssey/gopickle v0.3.0 // indirect
	github.com/pmezard/go-difflib v1.0.0 // indirect
	github.com/rivo/uniseg v0.3.4 // indirect
	golang.org/x/sync v0.19.0 // indirect
	golang.org/x/sys v0.0.0-20220817070843-5a390386f1f2 // indirect
	golang.org/x/text v0.34.0 // indirect
)
