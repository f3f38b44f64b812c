package array

import "unsafe"

// mallocgc is the runtime's allocator. Go offers no way to allocate a slice
// without zeroing it, so outputs that are about to be fully overwritten (the
// results of elementwise operations and reductions) are allocated with
// needzero=false: for 8 MB results the zeroing pass otherwise costs about as
// much as the arithmetic. runtime.mallocgc is one of the runtime functions
// it documents as reached by linkname from widely used packages and keeps
// ("Do not remove or change the type signature").
//
//go:linkname mallocgc runtime.mallocgc
func mallocgc(size uintptr, typ unsafe.Pointer, needzero bool) unsafe.Pointer

// rawAllocMin is the size below which make's zeroing is not worth avoiding.
const rawAllocMin = 1 << 12

// rawFloats returns n float64s with unspecified contents; the caller must
// write every element before the slice escapes.
func rawFloats(n int) []float64 {
	if n < rawAllocMin {
		return make([]float64, n)
	}
	// float64 holds no pointers, so a nil type (noscan) is correct.
	return unsafe.Slice((*float64)(mallocgc(uintptr(n)*8, nil, false)), n)
}

// newArrayRaw is newArray without zeroing: every element must be written.
func newArrayRaw(shape []int, dt DType) *Array {
	sh := append([]int{}, shape...)
	return &Array{data: rawFloats(sizeOf(sh)), shape: sh, strides: cStrides(sh), dtype: dt}
}
