package array

import (
	"math"
	"strconv"
	"strings"
)

// Print options, numpy's defaults.
const (
	lineWidth = 75
	threshold = 1000
	edgeItems = 3
	precision = 8
)

type formatter struct {
	dtype             DType
	exp               bool
	padLeft, padRight int
	prec, expSize     int
	intWidth          int
}

// positional formats x with at most precision fractional digits, shortest
// round-trip otherwise, trimming trailing zeros but keeping the point.
func positional(x float64) string {
	s := strconv.FormatFloat(x, 'f', -1, 64)
	if i := strings.IndexByte(s, '.'); i >= 0 && len(s)-i-1 > precision {
		s = strconv.FormatFloat(x, 'f', precision, 64)
		s = strings.TrimRight(s, "0")
	}
	if !strings.Contains(s, ".") {
		s += "."
	}
	return s
}

// scientific returns mantissa int part, fraction digits and exponent string.
func scientific(x float64) (string, string, string) {
	s := strconv.FormatFloat(x, 'e', -1, 64)
	mant, exp, _ := strings.Cut(s, "e")
	ip, fp, _ := strings.Cut(mant, ".")
	if len(fp) > precision {
		s = strconv.FormatFloat(x, 'e', precision, 64)
		mant, exp, _ = strings.Cut(s, "e")
		ip, fp, _ = strings.Cut(mant, ".")
		fp = strings.TrimRight(fp, "0")
	}
	return ip, fp, exp
}

func newFormatter(vals []float64, dt DType) *formatter {
	f := &formatter{dtype: dt}
	switch dt {
	case Bool:
		return f
	case Int64:
		for _, v := range vals {
			f.intWidth = max(f.intWidth, len(strconv.FormatInt(int64(v), 10)))
		}
		return f
	}
	var finite []float64
	maxV, minV := 0.0, math.Inf(1)
	hasNonFinite, negInf := false, false
	for _, v := range vals {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			hasNonFinite = true
			if math.IsInf(v, -1) {
				negInf = true
			}
			continue
		}
		finite = append(finite, v)
		if a := math.Abs(v); a != 0 {
			maxV = max(maxV, a)
			minV = min(minV, a)
		}
	}
	if len(finite) > 0 && maxV != 0 {
		if maxV >= 1e8 || minV < 1e-4 || maxV/minV > 1e3 {
			f.exp = true
		}
	}
	if len(finite) == 0 {
		f.padLeft, f.padRight = 0, 0
	} else if f.exp {
		f.prec = 0
		f.expSize = 0
		for _, v := range finite {
			ip, fp, e := scientific(v)
			f.padLeft = max(f.padLeft, len(ip))
			f.prec = max(f.prec, len(fp))
			f.expSize = max(f.expSize, len(e)-1)
		}
		f.padRight = f.expSize + 2 + f.prec
	} else {
		for _, v := range finite {
			ip, fp, _ := strings.Cut(positional(v), ".")
			f.padLeft = max(f.padLeft, len(ip))
			f.padRight = max(f.padRight, len(fp))
		}
	}
	if hasNonFinite {
		off := f.padRight + 1
		neg := 0
		if negInf {
			neg = 1
		}
		f.padLeft = max(f.padLeft, 3-off, 3+neg-off)
	}
	return f
}

func (f *formatter) format(v float64) string {
	switch f.dtype {
	case Bool:
		if v != 0 {
			return " True"
		}
		return "False"
	case Int64:
		s := strconv.FormatInt(int64(v), 10)
		return strings.Repeat(" ", f.intWidth-len(s)) + s
	}
	if math.IsNaN(v) || math.IsInf(v, 0) {
		s := "nan"
		if math.IsInf(v, 1) {
			s = "inf"
		} else if math.IsInf(v, -1) {
			s = "-inf"
		}
		return strings.Repeat(" ", max(0, f.padLeft+f.padRight+1-len(s))) + s
	}
	if f.exp {
		ip, fp, e := scientific(v)
		fp += strings.Repeat("0", f.prec-len(fp))
		sign := e[0]
		digits := strings.TrimLeft(e[1:], "0")
		if digits == "" {
			digits = "0"
		}
		digits = strings.Repeat("0", max(0, f.expSize-len(digits))) + digits
		return strings.Repeat(" ", f.padLeft-len(ip)) + ip + "." + fp + "e" + string(sign) + digits
	}
	ip, fp, _ := strings.Cut(positional(v), ".")
	return strings.Repeat(" ", f.padLeft-len(ip)) + ip + "." + fp + strings.Repeat(" ", f.padRight-len(fp))
}

// edgeValues returns the values that will be printed (for width decisions).
func (a *Array) edgeValues(summary bool) []float64 {
	if !summary {
		return a.Data()
	}
	var out []float64
	var rec func(v *Array)
	rec = func(v *Array) {
		if v.Ndim() == 0 {
			out = append(out, v.data[v.offset])
			return
		}
		n := v.shape[0]
		for i := 0; i < n; i++ {
			if n > 2*edgeItems && i == edgeItems {
				i = n - edgeItems
			}
			s, _ := v.basic(append([]any{i}, fullSlices(v.Ndim()-1)...))
			rec(s)
		}
	}
	rec(a)
	return out
}

func fullSlices(n int) []any {
	out := make([]any, n)
	for i := range out {
		out[i] = Slice{}
	}
	return out
}

func extendLine(s, line, word string, width int, prefix string) (string, string) {
	if len(line)+len(word) > width && len(line) > len(prefix) {
		s += strings.TrimRight(line, " ") + "\n"
		line = prefix
	}
	return s, line + word
}

// formatArray is numpy's _formatArray.
func (a *Array) formatArray(f *formatter, width int, prefix, sep string, summary bool) string {
	var rec func(v *Array, hang string, curWidth int) string
	rec = func(v *Array, hang string, curWidth int) string {
		if v.Ndim() == 0 {
			return f.format(v.data[v.offset])
		}
		nextHang := hang + " "
		nextWidth := curWidth - 1
		n := v.shape[0]
		show := summary && 2*edgeItems < n
		lead, trail := 0, n
		if show {
			lead, trail = edgeItems, edgeItems
		}
		row := func(i int) *Array {
			s, _ := v.basic(append([]any{i}, fullSlices(v.Ndim()-1)...))
			return s
		}
		s := ""
		if v.Ndim() == 1 {
			elemWidth := curWidth - max(len(strings.TrimRight(sep, " ")), 1)
			line := hang
			for i := 0; i < lead; i++ {
				s, line = extendLine(s, line, rec(row(i), nextHang, nextWidth), elemWidth, hang)
				line += sep
			}
			if show {
				s, line = extendLine(s, line, "...", elemWidth, hang)
				line += sep
			}
			for i := trail; i > 1; i-- {
				s, line = extendLine(s, line, rec(row(n-i), nextHang, nextWidth), elemWidth, hang)
				line += sep
			}
			s, line = extendLine(s, line, rec(row(n-1), nextHang, nextWidth), elemWidth, hang)
			s += line
		} else {
			lineSep := strings.TrimRight(sep, " ") + strings.Repeat("\n", v.Ndim()-1)
			for i := 0; i < lead; i++ {
				s += hang + rec(row(i), nextHang, nextWidth) + lineSep
			}
			if show {
				s += hang + "..." + lineSep
			}
			for i := trail; i > 1; i-- {
				s += hang + rec(row(n-i), nextHang, nextWidth) + lineSep
			}
			s += hang + rec(row(n-1), nextHang, nextWidth)
		}
		return "[" + s[len(hang):] + "]"
	}
	return rec(a, prefix, width)
}

func scalarString(v float64, dt DType) string {
	switch dt {
	case Bool:
		if v != 0 {
			return "True"
		}
		return "False"
	case Int64:
		return strconv.FormatInt(int64(v), 10)
	}
	switch {
	case math.IsNaN(v):
		return "nan"
	case math.IsInf(v, 1):
		return "inf"
	case math.IsInf(v, -1):
		return "-inf"
	}
	// Python float repr
	if v == math.Trunc(v) && math.Abs(v) < 1e16 {
		return strconv.FormatFloat(v, 'f', 1, 64)
	}
	s := strconv.FormatFloat(v, 'g', -1, 64)
	if e := strings.IndexByte(s, 'e'); e >= 0 {
		exp, _ := strconv.Atoi(s[e+1:])
		if exp >= -4 && exp < 16 {
			return strconv.FormatFloat(v, 'f', -1, 64)
		}
	}
	return s
}

func (a *Array) render(prefix, sep, suffix string) string {
	summary := a.Size() > threshold
	f := newFormatter(a.edgeValues(summary), a.dtype)
	return a.formatArray(f, lineWidth-len(suffix), strings.Repeat(" ", len(prefix)+1), sep, summary)
}

// String is numpy's str(a): [[1. 2.]
//
//	[3. 4.]]
func (a *Array) String() string {
	if a.Ndim() == 0 {
		return scalarString(a.data[a.offset], a.dtype)
	}
	if a.Size() == 0 {
		return "[]"
	}
	return a.render("", " ", "")
}

// Repr is numpy's repr(a): array([[1., 2.],
//
//	[3., 4.]])
func (a *Array) Repr() string {
	if a.Size() == 0 {
		if a.Ndim() == 1 {
			return "array([], dtype=" + a.dtype.String() + ")"
		}
		return "array([], shape=" + shapeTuple(a.shape) + ", dtype=" + a.dtype.String() + ")"
	}
	if a.Ndim() == 0 {
		f := newFormatter([]float64{a.data[a.offset]}, a.dtype)
		s := f.format(a.data[a.offset])
		if a.dtype == Bool {
			s = strings.TrimSpace(s)
		}
		return "array(" + s + ")"
	}
	return "array(" + a.render("array(", ", ", ")") + ")"
}
