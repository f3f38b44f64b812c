package array

// AVX2 kernels (kernels_amd64.s); n must be a multiple of 8.

//go:noescape
func addVV(dst, x, y *float64, n int)

//go:noescape
func subVV(dst, x, y *float64, n int)

//go:noescape
func mulVV(dst, x, y *float64, n int)

//go:noescape
func divVV(dst, x, y *float64, n int)

//go:noescape
func addVS(dst, x *float64, s float64, n int)

//go:noescape
func subVS(dst, x *float64, s float64, n int)

//go:noescape
func mulVS(dst, x *float64, s float64, n int)

//go:noescape
func divVS(dst, x *float64, s float64, n int)

//go:noescape
func subSV(dst, x *float64, s float64, n int)

//go:noescape
func divSV(dst, x *float64, s float64, n int)

// vecFuncs returns op's kernels for array∘array, array∘scalar and
// scalar∘array (nil for operations without one).
func vecFuncs(op Op) (vv func(dst, x, y *float64, n int), vs, sv func(dst, x *float64, s float64, n int)) {
	switch op {
	case Add:
		return addVV, addVS, addVS
	case Sub:
		return subVV, subVS, subSV
	case Mul:
		return mulVV, mulVS, mulVS
	case Div:
		return divVV, divVS, divSV
	}
	return nil, nil, nil
}

// vecKernel does the leading multiple of 8 elements of kernel(op, dst, xs,
// ys) with AVX2 for + - * / and returns how many it wrote (0 when it cannot).
func vecKernel(op Op, dst, xs, ys []float64) int {
	n := len(dst) &^ 7
	if !haveAVX2 || n == 0 {
		return 0
	}
	vv, vs, sv := vecFuncs(op)
	switch {
	case vv == nil:
		return 0
	case len(xs) >= n && len(ys) >= n:
		vv(&dst[0], &xs[0], &ys[0], n)
	case len(ys) == 1 && len(xs) >= n:
		vs(&dst[0], &xs[0], ys[0], n)
	case len(xs) == 1 && len(ys) >= n:
		sv(&dst[0], &ys[0], xs[0], n)
	default:
		return 0
	}
	return n
}

//go:noescape
func addRows4(acc, r0, r1, r2, r3 *float64, n int)

// vecAddRows4 does the leading multiple of 8 columns of one four-row pass of
// sumRowsInto and returns how many it did.
func vecAddRows4(acc, r0, r1, r2, r3 []float64) int {
	n := len(acc) &^ 7
	if !haveAVX2 || n == 0 {
		return 0
	}
	_, _, _, _ = r0[n-1], r1[n-1], r2[n-1], r3[n-1]
	addRows4(&acc[0], &r0[0], &r1[0], &r2[0], &r3[0], n)
	return n
}
