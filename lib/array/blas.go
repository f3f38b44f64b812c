package array

// Importing lib/openblas routes gonum's matrix products to OpenBLAS when the
// binary is built with -tags openblas (as `make build` does); otherwise it
// does nothing and gonum's pure-Go BLAS is used.
import _ "github.com/lumenlab/lumen/lib/openblas"
