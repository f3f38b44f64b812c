// Package openblas routes gonum's float64 matrix products (blas64 Dgemm)
// to OpenBLAS when Lumen is built with the build tag "openblas" (and cgo,
// and Debian's libopenblas-dev installed: apt-get install -y
// libopenblas-dev). Without the tag it does nothing and gonum's pure-Go BLAS
// is used. Importing the package (lib/boltzmann does) is enough.
//
// Only Dgemm and Sgemm (blas64 and blas32) are replaced; every other BLAS routine stays gonum's. Results
// agree with gonum's to rounding; OpenBLAS's threads follow
// OPENBLAS_NUM_THREADS (default: all cores).
package openblas

// Enabled reports whether products go to OpenBLAS.
func Enabled() bool { return enabled }
