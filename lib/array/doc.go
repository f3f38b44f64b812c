// Package array is Lumen's n-dimensional array: the data behind lm.Array.
//
// An [Array] is a shape, strides and an offset over a contiguous []float64,
// like a numpy ndarray. Strides count elements (not bytes) and may be zero
// (broadcast) or negative (reversed slices). Layout is row-major (C order):
// the last index varies fastest. Basic slicing, Transpose and Reshape of a
// contiguous array return views that share data with their source, exactly
// where numpy returns views; indexing with masks or integer arrays copies.
//
// Every array stores float64. The dtype ([Float64], [Bool], [Int64]) says how
// values are interpreted and printed: bool arrays hold 0 and 1, int64 arrays
// hold integral values (exact up to 2^53). Comparisons give Bool arrays,
// index arrays are Int64, and arithmetic follows numpy's promotion for these
// three types (int op int stays int except for /, anything with a float is
// float).
//
// Broadcasting follows numpy: shapes are aligned on the right and a dimension
// of length 1 stretches. Functions return errors instead of panicking; shape
// errors name both shapes in numpy's words ("operands could not be broadcast
// together with shapes (2,3) (4,)").
//
// Speed: contiguous same-shape elementwise work runs in tight loops without
// per-element allocation, split into fixed chunks over goroutines for large
// arrays. Chunk boundaries depend only on the size, never on GOMAXPROCS, so
// results (including floating-point sums) are identical on any number of
// cores. Outputs that are fully overwritten are allocated without zeroing,
// Exp uses a table-driven kernel (< 1 ulp, see exp.go) instead of math.Exp,
// and sums along a leading axis add whole rows into the output. Matrix
// products use gonum's blas64.
//
// Files: [Save]/[Load] read and write numpy's .npy (format 1.0, little
// endian, C order) and [SaveZ]/[LoadZ] .npz archives; writes are atomic.
// [Array.String] and [Array.Repr] print like numpy.
package array
