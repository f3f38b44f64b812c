package pyfmt

import (
	"math"
	"math/big"
	"strconv"
)

// FloatRepr returns CPython's repr(f) (also str(f) and format(f, ”)):
// the shortest round-tripping digits, in scientific notation when the
// decimal exponent is < -4 or >= 16, otherwise positional with at least one
// digit after the point.
func FloatRepr(f float64) string {
	var buf [40]byte
	return string(appendRepr(buf[:0], f))
}

// AppendFloatRepr appends repr(f) to dst (allocation-free variant of
// FloatRepr).
func AppendFloatRepr(dst []byte, f float64) []byte { return appendRepr(dst, f) }

func appendRepr(dst []byte, f float64) []byte {
	switch {
	case math.IsNaN(f):
		return append(dst, "nan"...)
	case math.IsInf(f, 1):
		return append(dst, "inf"...)
	case math.IsInf(f, -1):
		return append(dst, "-inf"...)
	}
	var tmp [32]byte
	digits, decpt := shortestDigits(tmp[:0], f)
	if math.Signbit(f) {
		dst = append(dst, '-')
	}
	useExp := decpt <= -4 || decpt > 16
	return layoutDigits(dst, digits, decpt, 0, useExp, true, false, false)
}

// shortestDigits returns the shortest round-trip significant digits of |f|
// (no trailing zeros; "0" for zero) and the decimal point position decpt,
// meaning |f| = 0.DIGITS * 10**decpt, like dtoa mode 0. The digits are
// stored in buf.
func shortestDigits(buf []byte, f float64) ([]byte, int) {
	return splitE(strconv.AppendFloat(buf, math.Abs(f), 'e', -1, 64))
}

// precDigits is dtoa mode 2: n significant digits, correctly rounded
// (ties to even on the exact binary value), trailing zeros removed.
func precDigits(buf []byte, f float64, n int) ([]byte, int) {
	return splitE(strconv.AppendFloat(buf, math.Abs(f), 'e', n-1, 64))
}

// splitE turns strconv's "d.ddde±XX" into digits (in place) and decpt.
func splitE(s []byte) ([]byte, int) {
	e := len(s) - 1
	for s[e] != 'e' {
		e--
	}
	exp, _ := strconv.Atoi(string(s[e+1:]))
	digits := s[:1]
	if e > 1 { // there is a '.' and fraction digits
		digits = append(digits, s[2:e]...)
	}
	for len(digits) > 1 && digits[len(digits)-1] == '0' {
		digits = digits[:len(digits)-1]
	}
	return digits, exp + 1
}

// layoutDigits is the second half of CPython's format_float_short: given
// dtoa digits and decpt, it emits them positionally or with an exponent,
// padded with zeros up to minEnd digit positions (vdigits_end) and, for
// addDot0, ensuring a ".0" on integral positional results.
func layoutDigits(dst, digits []byte, decpt, minEnd int, useExp, addDot0, alt, upper bool) []byte {
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	n := len(digits)
	vEnd := max(n, minEnd)
	vStart := 0
	if decpt <= 0 {
		vStart = decpt - 1
	}
	if !useExp && addDot0 {
		vEnd = max(vEnd, decpt+1)
	} else {
		vEnd = max(vEnd, decpt)
	}
	start := len(dst)
	if decpt <= 0 {
		dst = appendZeros(dst, decpt-vStart)
		dst = append(dst, '.')
		dst = appendZeros(dst, -decpt)
	} else {
		dst = appendZeros(dst, -vStart)
	}
	if 0 < decpt && decpt <= n {
		dst = append(dst, digits[:decpt]...)
		dst = append(dst, '.')
		dst = append(dst, digits[decpt:]...)
	} else {
		dst = append(dst, digits...)
	}
	if n < decpt {
		dst = appendZeros(dst, decpt-n)
		dst = append(dst, '.')
		dst = appendZeros(dst, vEnd-decpt)
	} else {
		dst = appendZeros(dst, vEnd-n)
	}
	if dst[len(dst)-1] == '.' && !alt && len(dst) > start {
		dst = dst[:len(dst)-1]
	}
	if useExp {
		if upper {
			dst = append(dst, 'E')
		} else {
			dst = append(dst, 'e')
		}
		if exp < 0 {
			dst = append(dst, '-')
			exp = -exp
		} else {
			dst = append(dst, '+')
		}
		if exp < 10 {
			dst = append(dst, '0')
		}
		dst = strconv.AppendInt(dst, int64(exp), 10)
	}
	return dst
}

func appendZeros(dst []byte, n int) []byte {
	for ; n > 0; n-- {
		dst = append(dst, '0')
	}
	return dst
}

// doubleToString mirrors PyOS_double_to_string for codes e E f F g G r
// (r = repr; prec is ignored for it). It returns the text of |f| and
// whether a '-' sign belongs in front (never for nan).
func doubleToString(f float64, code byte, prec int, alt, addDot0 bool) (string, bool) {
	upper := false
	switch code {
	case 'E', 'F', 'G':
		upper = true
		code += 'a' - 'A'
	}
	neg := math.Signbit(f)
	if math.IsNaN(f) {
		if upper {
			return "NAN", false
		}
		return "nan", false
	}
	if math.IsInf(f, 0) {
		if upper {
			return "INF", neg
		}
		return "inf", neg
	}
	a := math.Abs(f)
	var out []byte
	switch code {
	case 'e':
		out = strconv.AppendFloat(make([]byte, 0, prec+8), a, 'e', prec, 64)
		if alt && prec == 0 {
			// "1e+05" -> "1.e+05"
			out = append(out[:1], append([]byte{'.'}, out[1:]...)...)
		}
		if upper {
			for i := len(out) - 1; i >= 0; i-- {
				if out[i] == 'e' {
					out[i] = 'E'
					break
				}
			}
		}
	case 'f':
		out = strconv.AppendFloat(make([]byte, 0, prec+24), a, 'f', prec, 64)
		if alt && prec == 0 {
			out = append(out, '.')
		}
	case 'g':
		if prec == 0 {
			prec = 1
		}
		var tmp [32]byte
		var digits []byte
		var decpt int
		if prec <= 17 {
			digits, decpt = precDigits(tmp[:0], a, prec)
		} else {
			digits, decpt = precDigits(nil, a, prec)
		}
		limit := prec
		if addDot0 {
			limit = prec - 1
		}
		useExp := decpt <= -4 || decpt > limit
		minEnd := 0
		if alt {
			minEnd = prec
		}
		out = layoutDigits(nil, digits, decpt, minEnd, useExp, addDot0, alt, upper)
	default: // 'r'
		var tmp [32]byte
		digits, decpt := shortestDigits(tmp[:0], a)
		out = layoutDigits(nil, digits, decpt, 0, decpt <= -4 || decpt > 16, addDot0, alt, upper)
	}
	return string(out), neg
}

// isZeroText reports whether a rendered finite number is all zeros (used
// for the 'z' option), looking only at the mantissa.
func isZeroText(s string) bool {
	seen := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '0':
			seen = true
		case c == '.':
		case c == 'e' || c == 'E':
			return seen
		default:
			return false
		}
	}
	return seen
}

// FormatFloat implements format(f, spec) for a Python float.
func FormatFloat(f float64, spec string) (string, error) {
	return FormatFloatAs(f, spec, "float")
}

// FormatFloatAs is FormatFloat with the Python type name used in error
// messages (for float subclasses).
func FormatFloatAs(f float64, spec, typeName string) (string, error) {
	if spec == "" {
		return FloatRepr(f), nil
	}
	s, err := parseSpec(spec, typeName, 0)
	if err != nil {
		return "", err
	}
	switch s.TypeRune {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		return "", unknownCode(s.TypeRune, typeName)
	}
	out, ferr := formatFloatSpec(f, &s)
	if ferr != nil {
		return "", ferr
	}
	return out, nil
}

// formatFloatSpec mirrors format_float_internal.
func formatFloatSpec(f float64, s *Spec) (string, *Error) {
	if s.Precision > 1<<31-1 {
		return "", valueErr("precision too big")
	}
	if s.Precision > maxAlloc {
		return "", &Error{Kind: "MemoryError"}
	}
	code := s.Type
	prec := s.Precision
	addDot0 := false
	defaultPrec := 6
	if code == 0 {
		// No type: like repr() without precision, else like 'g' but
		// always with a digit after the point.
		addDot0 = true
		code = 'r'
		defaultPrec = 0
	}
	if code == 'n' {
		code = 'g' // the C locale adds nothing
	}
	pct := false
	if code == '%' {
		code = 'f'
		f *= 100
		pct = true
	}
	if prec < 0 {
		prec = defaultPrec
	} else if code == 'r' {
		code = 'g'
	}
	body, neg := doubleToString(f, code, prec, s.Alt, addDot0)
	if neg && s.NoNegZero && isZeroText(body) {
		neg = false
	}
	if pct {
		body += "%"
	}
	// Fast path for the common no-padding case.
	if s.Sign != '+' && s.Sign != ' ' && s.Width == -1 && s.Grouping == 0 {
		if neg {
			return "-" + body, nil
		}
		return body, nil
	}
	p := numberParts{neg: neg}
	i := 0
	for i < len(body) && body[i] >= '0' && body[i] <= '9' {
		i++
	}
	p.digits = body[:i]
	if i < len(body) && body[i] == '.' {
		p.hasDecimal = true
		i++
	}
	p.remainder = body[i:]
	sep, group := grouping(s)
	return fillNumber(&p, s, sep, group), nil
}

// RoundHalfEven implements CPython's round(f, ndigits) for floats: the
// result is the double nearest to the exact decimal value of f correctly
// rounded (ties to even) to ndigits decimal places, so round(2.675, 2) is
// 2.67 (2.675 is really 2.67499999...). ndigits may be negative. If the
// result overflows (CPython raises OverflowError) it returns ±Inf; use
// RoundFloat to get the error. round(x) without ndigits returns an int in
// Python; use math.RoundToEven for that.
func RoundHalfEven(f float64, ndigits int) float64 {
	r, _ := RoundFloat(f, ndigits)
	return r
}

// RoundFloat is RoundHalfEven reporting CPython's OverflowError
// ("rounded value too large to represent").
func RoundFloat(f float64, ndigits int) (float64, error) {
	// Bounds from float___round___impl: beyond them the answer is f itself
	// or a signed zero.
	const ndigitsMax = 323  // (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103
	const ndigitsMin = -308 // -(DBL_MAX_EXP + 1) * 0.30103
	if math.IsNaN(f) || math.IsInf(f, 0) || ndigits > ndigitsMax {
		return f, nil
	}
	if ndigits < ndigitsMin {
		return math.Copysign(0, f), nil
	}
	var r float64
	if ndigits >= 0 {
		// strconv's fixed formatting is exact-decimal, ties-to-even.
		var buf [64]byte
		s := strconv.AppendFloat(buf[:0], f, 'f', ndigits, 64)
		r, _ = strconv.ParseFloat(string(s), 64)
	} else {
		// Round the integer part to a multiple of 10**p; the fractional
		// part only matters to break an exact tie.
		p := -ndigits
		a := math.Abs(f)
		ip := math.Trunc(a)
		frac := a - ip
		iv, _ := new(big.Float).SetFloat64(ip).Int(nil)
		pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(p)), nil)
		q, rem := new(big.Int).QuoRem(iv, pow, new(big.Int))
		c := new(big.Int).Lsh(rem, 1).Cmp(pow)
		if c > 0 || c == 0 && (frac > 0 || q.Bit(0) == 1) {
			q.Add(q, big.NewInt(1))
		}
		r, _ = strconv.ParseFloat(q.String()+"e"+strconv.Itoa(p), 64)
		if math.Signbit(f) {
			r = -r
		}
	}
	if math.IsInf(r, 0) {
		return r, overflowErr(MsgRoundTooLarge)
	}
	return r, nil
}
