package plot

import (
	"fmt"
	"math"
	"strconv"
)

// Numbers go into the option with float32 precision (shortest form): enough for any
// screen, and it keeps outputs small. NaN is written as null, which ECharts draws as a gap.
func appendNum(b []byte, v float64) []byte {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return append(b, "null"...)
	}
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return strconv.AppendInt(b, int64(v), 10)
	}
	f := float32(v)
	if f == 0 && v != 0 { // below float32 range: keep float64
		return strconv.AppendFloat(b, v, 'g', 7, 64)
	}
	return strconv.AppendFloat(b, float64(f), 'g', -1, 32)
}

// vec is a JSON array of numbers (NaN → null).
type vec []float64

func (v vec) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 2+len(v)*8)
	b = append(b, '[')
	for i, x := range v {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendNum(b, x)
	}
	return append(b, ']'), nil
}

// xy is a JSON array of [x, y] pairs; a NaN y is a gap ([x, null]).
type xy struct{ x, y []float64 }

func (d xy) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 2+len(d.x)*16)
	b = append(b, '[')
	for i := range d.x {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '[')
		b = appendNum(b, d.x[i])
		b = append(b, ',')
		b = appendNum(b, d.y[i])
		b = append(b, ']')
	}
	return append(b, ']'), nil
}

// triples is a JSON array of [a, b, c] (heatmap cells, raster ticks).
type triples [][3]float64

func (t triples) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 2+len(t)*14)
	b = append(b, '[')
	for i, c := range t {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '[')
		b = appendNum(b, c[0])
		b = append(b, ',')
		b = appendNum(b, c[1])
		b = append(b, ',')
		if math.IsNaN(c[2]) {
			b = append(b, `"-"`...)
		} else {
			b = appendNum(b, c[2])
		}
		b = append(b, ']')
	}
	return append(b, ']'), nil
}

// checkFinite rejects ±Inf (and NaN unless allowNaN) with an error naming the input.
func checkFinite(what string, v []float64, allowNaN bool) error {
	for i, x := range v {
		if math.IsInf(x, 0) {
			return fmt.Errorf("plot: %s[%d] is %v; values must be finite", what, i, x)
		}
		if !allowNaN && math.IsNaN(x) {
			return fmt.Errorf("plot: %s[%d] is NaN; values must be finite", what, i)
		}
	}
	return nil
}

// lttb reduces (x, y) to about n points with Largest-Triangle-Three-Buckets, segment by
// segment so that NaN gaps survive. Inputs of n points or fewer are returned as they are.
func lttb(x, y []float64, n int) ([]float64, []float64) {
	if len(x) <= n || n < 3 {
		return x, y
	}
	var ox, oy []float64
	start := 0
	flush := func(end int) { // segment [start, end) of finite values
		seg := end - start
		if seg <= 0 {
			return
		}
		k := int(math.Ceil(float64(seg) * float64(n) / float64(len(x))))
		sx, sy := lttbSeg(x[start:end], y[start:end], k)
		ox = append(ox, sx...)
		oy = append(oy, sy...)
	}
	for i := range x {
		if math.IsNaN(y[i]) {
			flush(i)
			ox = append(ox, x[i])
			oy = append(oy, math.NaN())
			start = i + 1
		}
	}
	flush(len(x))
	return ox, oy
}

func lttbSeg(x, y []float64, n int) ([]float64, []float64) {
	m := len(x)
	if m <= n || n < 3 {
		return x, y
	}
	ox := make([]float64, 0, n)
	oy := make([]float64, 0, n)
	ox, oy = append(ox, x[0]), append(oy, y[0])
	every := float64(m-2) / float64(n-2)
	a := 0
	for i := 0; i < n-2; i++ {
		// average of the next bucket
		s := int(float64(i+1)*every) + 1
		e := int(float64(i+2)*every) + 1
		if e > m {
			e = m
		}
		var ax, ay float64
		for j := s; j < e; j++ {
			ax += x[j]
			ay += y[j]
		}
		if c := float64(e - s); c > 0 {
			ax /= c
			ay /= c
		}
		// the point of this bucket making the largest triangle
		rs := int(float64(i)*every) + 1
		re := int(float64(i+1)*every) + 1
		best, bestArea := rs, -1.0
		for j := rs; j < re; j++ {
			area := math.Abs((x[a]-ax)*(y[j]-y[a]) - (x[a]-x[j])*(ay-y[a]))
			if area > bestArea {
				best, bestArea = j, area
			}
		}
		ox, oy = append(ox, x[best]), append(oy, y[best])
		a = best
	}
	ox, oy = append(ox, x[m-1]), append(oy, y[m-1])
	return ox, oy
}
