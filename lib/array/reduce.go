package array

import (
	"math"
)

// Reduction names a reduction along an axis.
type Reduction uint8

const (
	RSum Reduction = iota
	RMean
	RMin
	RMax
	RArgMin
	RArgMax
	RAny
	RAll
	RProd
)

// normAxis checks an axis against ndim and makes it non-negative.
func normAxis(axis, ndim int) (int, error) {
	if axis < -ndim || axis >= ndim {
		return 0, &Error{"AxisError", "axis " + itoa(axis) + " is out of bounds for array of dimension " + itoa(ndim)}
	}
	if axis < 0 {
		axis += ndim
	}
	return axis, nil
}

func itoa(i int) string {
	if i < 0 {
		return "-" + itoa(-i)
	}
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

func reduceType(r Reduction, dt DType) DType {
	switch r {
	case RMean:
		return Float64
	case RArgMin, RArgMax:
		return Int64
	case RAny, RAll:
		return Bool
	case RSum, RProd:
		if dt == Bool {
			return Int64
		}
	}
	return dt
}

func identity(r Reduction) float64 {
	switch r {
	case RAll, RProd:
		return 1
	}
	return 0
}

// reduceRow reduces n values at xs[0], xs[s], ...
func reduceRow(r Reduction, xs []float64, n, s int) float64 {
	switch r {
	case RSum, RMean:
		if s == 1 {
			return sumContig(xs[:n])
		}
		t := 0.0
		for j := 0; j < n; j++ {
			t += xs[j*s]
		}
		if r == RMean {
			return t
		}
		return t
	case RProd:
		t := 1.0
		for j := 0; j < n; j++ {
			t *= xs[j*s]
		}
		return t
	case RMin, RMax:
		m := xs[0]
		for j := 1; j < n; j++ {
			v := xs[j*s]
			if v != v {
				return v
			}
			if (r == RMin && v < m) || (r == RMax && v > m) {
				m = v
			}
		}
		return m
	case RArgMin, RArgMax:
		m, k := xs[0], 0
		if m != m {
			return 0
		}
		for j := 1; j < n; j++ {
			v := xs[j*s]
			if v != v {
				return float64(j)
			}
			if (r == RArgMin && v < m) || (r == RArgMax && v > m) {
				m, k = v, j
			}
		}
		return float64(k)
	case RAny:
		for j := 0; j < n; j++ {
			if xs[j*s] != 0 {
				return 1
			}
		}
		return 0
	case RAll:
		for j := 0; j < n; j++ {
			if xs[j*s] == 0 {
				return 0
			}
		}
		return 1
	}
	return 0
}

// sumContig sums with 4 accumulators (pairwise-like accuracy, fast).
func sumContig(xs []float64) float64 {
	var s0, s1, s2, s3 float64
	i := 0
	for ; i+4 <= len(xs); i += 4 {
		s0 += xs[i]
		s1 += xs[i+1]
		s2 += xs[i+2]
		s3 += xs[i+3]
	}
	for ; i < len(xs); i++ {
		s0 += xs[i]
	}
	return (s0 + s1) + (s2 + s3)
}

// sumRowsInto adds rows 1..n-1 of the n×inner matrix data (row stride
// inner), restricted to columns [c0, c0+len(acc)), into acc, which holds row
// 0. Four rows are added per pass with the accumulator in a register; the
// additions stay in row order, so acc[i] = ((x0 + x1) + x2) + ... exactly.
func sumRowsInto(acc, data []float64, n, inner, c0 int) {
	m := len(acc)
	j := 1
	for ; j+4 <= n; j += 4 {
		r0 := data[j*inner+c0:][:m]
		r1 := data[(j+1)*inner+c0:][:m]
		r2 := data[(j+2)*inner+c0:][:m]
		r3 := data[(j+3)*inner+c0:][:m]
		for i := vecAddRows4(acc, r0, r1, r2, r3); i < m; i++ {
			acc[i] = acc[i] + r0[i] + r1[i] + r2[i] + r3[i]
		}
	}
	for ; j < n; j++ {
		r0 := data[j*inner+c0:][:m]
		for i := range acc {
			acc[i] += r0[i]
		}
	}
}

// Reduce applies r over axis (all axes when axis is nil).
func (a *Array) Reduce(r Reduction, axis *int, keepdims bool) (*Array, error) {
	dt := reduceType(r, a.dtype)
	c := a.Contiguous()
	data := c.data[c.offset : c.offset+c.Size()]
	if axis == nil {
		n := len(data)
		if n == 0 {
			switch r {
			case RMin, RMax, RArgMin, RArgMax:
				return nil, valueErr("zero-size array to reduction operation %s which has no identity", reductionName(r))
			}
		}
		var v float64
		if (r == RSum || r == RMean) && n >= parallelMin {
			nch := (n + chunk - 1) / chunk
			parts := make([]float64, nch)
			parallelFor(n, func(lo, hi int) {
				for p := lo; p < hi; p += chunk {
					parts[p/chunk] = sumContig(data[p:min(p+chunk, hi)])
				}
			})
			v = sumContig(parts)
		} else if n == 0 {
			v = identity(r)
		} else {
			v = reduceRow(r, data, n, 1)
		}
		if r == RMean {
			v /= float64(n)
		}
		out := Scalar(v, dt)
		if keepdims {
			sh := make([]int, a.Ndim())
			for i := range sh {
				sh[i] = 1
			}
			out, _ = Wrap(out.data, sh...)
			out.dtype = dt
		}
		return out, nil
	}
	ax, err := normAxis(*axis, a.Ndim())
	if err != nil {
		return nil, err
	}
	outer, n, inner := 1, a.shape[ax], 1
	for i := 0; i < ax; i++ {
		outer *= a.shape[i]
	}
	for i := ax + 1; i < a.Ndim(); i++ {
		inner *= a.shape[i]
	}
	var shape []int
	for i, s := range a.shape {
		if i != ax {
			shape = append(shape, s)
		} else if keepdims {
			shape = append(shape, 1)
		}
	}
	var out *Array
	if n == 0 {
		out = newArray(shape, dt)
		switch r {
		case RMin, RMax, RArgMin, RArgMax:
			if out.Size() > 0 {
				return nil, valueErr("zero-size array to reduction operation %s which has no identity", reductionName(r))
			}
		}
		for i := range out.data {
			out.data[i] = identity(r)
		}
		if r == RMean {
			for i := range out.data {
				out.data[i] = math.NaN()
			}
		}
		return out, nil
	}
	out = newArrayRaw(shape, dt) // every element is written below
	od := out.data
	if inner == 1 {
		parallelRows(outer, n, func(lo, hi int) {
			for o := lo; o < hi; o++ {
				od[o] = reduceRow(r, data[o*n:], n, 1)
			}
		})
	} else if r == RSum || r == RMean || r == RMin || r == RMax {
		// Accumulate whole rows into the output (cache friendly, no strided
		// column walks), over blocks of columns so large arrays split over
		// cores. Each output element still adds its inputs in index order,
		// as numpy does along a non-contiguous axis, so the result does not
		// depend on the blocking or the number of goroutines.
		blk := min(inner, max(256, (inner+3)/4))
		nb := (inner + blk - 1) / blk
		parallelRows(outer*nb, n*blk, func(lo, hi int) {
			for u := lo; u < hi; u++ {
				o, b := u/nb, u%nb
				c0, c1 := b*blk, min(b*blk+blk, inner)
				base := o * n * inner
				acc := od[o*inner+c0 : o*inner+c1]
				row := func(j int) []float64 { return data[base+j*inner+c0 : base+j*inner+c1] }
				copy(acc, row(0))
				switch r {
				case RSum, RMean:
					sumRowsInto(acc, data[base:], n, inner, c0)
				case RMin:
					for j := 1; j < n; j++ {
						for i, v := range row(j)[:len(acc)] {
							if v < acc[i] || v != v {
								acc[i] = v
							}
						}
					}
				case RMax:
					for j := 1; j < n; j++ {
						for i, v := range row(j)[:len(acc)] {
							if v > acc[i] || v != v {
								acc[i] = v
							}
						}
					}
				}
			}
		})
	} else {
		parallelRows(outer*inner, n, func(lo, hi int) {
			for u := lo; u < hi; u++ {
				o, i := u/inner, u%inner
				od[u] = reduceRow(r, data[o*n*inner+i:], n, inner)
			}
		})
	}
	if r == RMean {
		for i := range od {
			od[i] /= float64(n)
		}
	}
	return out, nil
}

func reductionName(r Reduction) string {
	switch r {
	case RMin:
		return "minimum"
	case RMax:
		return "maximum"
	case RArgMin:
		return "argmin"
	case RArgMax:
		return "argmax"
	}
	return "reduce"
}

// Convenience reductions.
func (a *Array) Sum(axis *int, keepdims bool) (*Array, error) { return a.Reduce(RSum, axis, keepdims) }
func (a *Array) Mean(axis *int, keepdims bool) (*Array, error) {
	return a.Reduce(RMean, axis, keepdims)
}
func (a *Array) Min(axis *int, keepdims bool) (*Array, error) { return a.Reduce(RMin, axis, keepdims) }
func (a *Array) Max(axis *int, keepdims bool) (*Array, error) { return a.Reduce(RMax, axis, keepdims) }
func (a *Array) Any(axis *int, keepdims bool) (*Array, error) { return a.Reduce(RAny, axis, keepdims) }
func (a *Array) All(axis *int, keepdims bool) (*Array, error) { return a.Reduce(RAll, axis, keepdims) }
func (a *Array) Prod(axis *int, keepdims bool) (*Array, error) {
	return a.Reduce(RProd, axis, keepdims)
}

// ArgMin and ArgMax index the flattened array when axis is nil.
func (a *Array) ArgMin(axis *int, keepdims bool) (*Array, error) {
	return a.Reduce(RArgMin, axis, keepdims)
}
func (a *Array) ArgMax(axis *int, keepdims bool) (*Array, error) {
	return a.Reduce(RArgMax, axis, keepdims)
}

// Var is the variance with ddof delta degrees of freedom.
func (a *Array) Var(axis *int, keepdims bool, ddof int) (*Array, error) {
	m, err := a.Reduce(RMean, axis, true)
	if err != nil {
		return nil, err
	}
	d, err := Binary(Sub, a.WithDType(Float64), m)
	if err != nil {
		return nil, err
	}
	ufunc(Square, d.data, d.data)
	s, err := d.Reduce(RSum, axis, keepdims)
	if err != nil {
		return nil, err
	}
	n := a.Size()
	if axis != nil {
		ax, _ := normAxis(*axis, a.Ndim())
		n = a.shape[ax]
	}
	div := float64(n - ddof)
	for i := range s.data {
		s.data[i] /= div
	}
	s.dtype = Float64
	return s, nil
}

// Std is the standard deviation with ddof delta degrees of freedom.
func (a *Array) Std(axis *int, keepdims bool, ddof int) (*Array, error) {
	v, err := a.Var(axis, keepdims, ddof)
	if err != nil {
		return nil, err
	}
	ufunc(Sqrt, v.data, v.data)
	return v, nil
}

// CumSum is the cumulative sum along axis (over the flattened array if nil).
func (a *Array) CumSum(axis *int) (*Array, error) {
	dt := reduceType(RSum, a.dtype)
	if axis == nil {
		out := newArray([]int{a.Size()}, dt)
		copy(out.data, a.Data())
		for i := 1; i < len(out.data); i++ {
			out.data[i] += out.data[i-1]
		}
		return out, nil
	}
	ax, err := normAxis(*axis, a.Ndim())
	if err != nil {
		return nil, err
	}
	out := a.Copy()
	out.dtype = dt
	outer, n, inner := 1, a.shape[ax], 1
	for i := 0; i < ax; i++ {
		outer *= a.shape[i]
	}
	for i := ax + 1; i < a.Ndim(); i++ {
		inner *= a.shape[i]
	}
	for o := 0; o < outer; o++ {
		for j := 1; j < n; j++ {
			prev := out.data[(o*n+j-1)*inner : (o*n+j)*inner]
			row := out.data[(o*n+j)*inner : (o*n+j+1)*inner]
			for i := range row {
				row[i] += prev[i]
			}
		}
	}
	return out, nil
}
