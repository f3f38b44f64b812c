//go:build !openblas || !cgo

package boltzmann

// serialBLAS does nothing without OpenBLAS: gonum's products split
// themselves over goroutines, which the Go scheduler shares fairly.
func serialBLAS() (restore func()) { return func() {} }

// blasThreadCount is 1 without OpenBLAS threads.
func blasThreadCount() int { return 1 }
