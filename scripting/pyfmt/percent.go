package pyfmt

import (
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// PercentSpec is one printf-style conversion of a str % args expression.
type PercentSpec struct {
	// Flags holds the flag characters ('-', '+', ' ', '#', '0') as written.
	Flags string
	// Width is -1 if absent. With StarWidth set the caller must fill it in
	// from the argument tuple, preferably with SetStarWidth.
	Width int
	// Precision is -1 if absent; see StarPrec / SetStarPrec.
	Precision int
	// Conv is the conversion character ('s', 'd', ...), or 0xFF if it is
	// not ASCII; ConvRune holds the exact character.
	Conv     byte
	ConvRune rune
	// Key is the mapping key of "%(key)s"; HasKey tells "%()s" (key "")
	// apart from no key.
	Key    string
	HasKey bool
	// StarWidth / StarPrec are set for '*' width / precision, which consume
	// an argument each (width first) before the converted value.
	StarWidth bool
	StarPrec  bool
	// Index is the code-point index of the conversion character in the
	// format string, used by CPython's "unsupported format character" error.
	Index int
}

// Has reports whether flag character c is present.
func (s *PercentSpec) Has(c byte) bool { return strings.IndexByte(s.Flags, c) >= 0 }

// SetStarWidth stores a width taken from a '*' argument; like CPython a
// negative value means left-justify.
func (s *PercentSpec) SetStarWidth(w int) {
	if w < 0 {
		if !s.Has('-') {
			s.Flags += "-"
		}
		w = -w
	}
	s.Width = w
}

// SetStarPrec stores a precision taken from a '*' argument; CPython clamps
// negative values to 0.
func (s *PercentSpec) SetStarPrec(p int) {
	if p < 0 {
		p = 0
	}
	s.Precision = p
}

// UnsupportedError is the error for a conversion character the caller does
// not handle (anything but s r a c d i u o x X e E f F g G). CPython raises
// it only after fetching the conversion's argument, so a missing argument
// wins: '%y' % () is "not enough arguments for format string".
func (s *PercentSpec) UnsupportedError() error {
	c := s.ConvRune
	shown := '?'
	if c >= 31 && c <= 126 {
		shown = c
	}
	return valueErr("unsupported format character '%c' (0x%x) at index %d", shown, c, s.Index)
}

// ParsePercent splits a printf-style format string. literals has one more
// element than specs: the output is literals[0], conv(specs[0]),
// literals[1], ... "%%" is already folded into the literals as "%".
//
// CPython reports problems lazily, while formatting left to right. To keep
// the same error precedence, ParsePercent returns the literals and specs
// parsed before a syntax error ("incomplete format", "incomplete format
// key", "width too big", "precision too big") together with the error: the
// caller should process those conversions first (which may fail earlier
// with e.g. "not enough arguments") and only then report err. An unknown
// conversion character is not a parse error; see UnsupportedError.
func ParsePercent(format string) (literals []string, specs []PercentSpec, err error) {
	var lit strings.Builder
	idx := 0 // code point index of position i
	i := 0
	n := len(format)
	for i < n {
		c := format[i]
		if c != '%' {
			j := strings.IndexByte(format[i:], '%')
			if j < 0 {
				j = n - i
			}
			lit.WriteString(format[i : i+j])
			idx += utf8.RuneCountInString(format[i : i+j])
			i += j
			continue
		}
		i++
		idx++
		if i < n && format[i] == '%' {
			lit.WriteByte('%')
			i++
			idx++
			continue
		}
		literals = append(literals, lit.String())
		lit.Reset()
		sp := PercentSpec{Width: -1, Precision: -1}
		var perr *Error
		i, idx, perr = parseOne(format, i, idx, &sp)
		if perr != nil {
			return literals[:len(literals)-1], specs, perr
		}
		specs = append(specs, sp)
	}
	literals = append(literals, lit.String())
	return literals, specs, nil
}

// parseOne mirrors unicode_format_arg_parse, starting just after the '%'.
func parseOne(f string, i, idx int, sp *PercentSpec) (int, int, *Error) {
	n := len(f)
	incomplete := valueErr("incomplete format")
	next := func() (rune, bool) {
		if i >= n {
			return 0, false
		}
		r, sz := decodeRune(f[i:])
		i += sz
		idx++
		return r, true
	}
	if i < n && f[i] == '(' {
		i++
		idx++
		start := i
		depth := 1
		for depth > 0 {
			r, ok := next()
			if !ok {
				return i, idx, valueErr("incomplete format key")
			}
			if r == ')' {
				depth--
			} else if r == '(' {
				depth++
			}
		}
		sp.Key = f[start : i-1]
		sp.HasKey = true
	}
	ch, ok := next()
	var flags []byte
	for ok && strings.ContainsRune("-+ #0", ch) {
		flags = append(flags, byte(ch))
		ch, ok = next()
	}
	sp.Flags = string(flags)
	if !ok {
		return i, idx, incomplete
	}
	if ch == '*' {
		sp.StarWidth = true
		ch, ok = next()
	} else if ch >= '0' && ch <= '9' {
		w := int(ch - '0')
		for {
			ch, ok = next()
			if !ok || ch < '0' || ch > '9' {
				break
			}
			d := int(ch - '0')
			if w > (maxSsize-d)/10 {
				return i, idx, valueErr("width too big")
			}
			w = w*10 + d
		}
		sp.Width = w
	}
	if ok && ch == '.' {
		sp.Precision = 0
		ch, ok = next()
		if ok && ch == '*' {
			sp.StarPrec = true
			ch, ok = next()
		} else if ok && ch >= '0' && ch <= '9' {
			p := int(ch - '0')
			for {
				ch, ok = next()
				if !ok || ch < '0' || ch > '9' {
					break
				}
				d := int(ch - '0')
				if p > (1<<31-1-d)/10 {
					return i, idx, valueErr("precision too big")
				}
				p = p*10 + d
			}
			sp.Precision = p
		}
	}
	if ok && (ch == 'h' || ch == 'l' || ch == 'L') {
		ch, ok = next()
	}
	if !ok {
		return i, idx, incomplete
	}
	sp.ConvRune = ch
	sp.Conv = 0xFF
	if ch < utf8.RuneSelf {
		sp.Conv = byte(ch)
	}
	sp.Index = idx - 1
	return i, idx, nil
}

// percentOutput mirrors unicode_format_arg_output for numeric conversions:
// body is the rendered number (possibly with a leading '-' and, for
// alternate o/x/X, a 0o/0x/0X prefix after the sign).
func percentOutput(body string, s *PercentSpec, altPrefix bool) string {
	ljust := s.Has('-')
	fill := byte(' ')
	if s.Has('0') {
		fill = '0'
	}
	var sign byte
	if body != "" && (body[0] == '-' || body[0] == '+') {
		sign = body[0]
		body = body[1:]
	} else if s.Has('+') {
		sign = '+'
	} else if s.Has(' ') {
		sign = ' '
	}
	prefix := ""
	if altPrefix {
		prefix, body = body[:2], body[2:]
	}
	width := s.Width
	n := len(body) + len(prefix)
	if sign != 0 {
		n++
	}
	var b strings.Builder
	b.Grow(max(width, n))
	padding := width - n
	if fill == '0' || ljust {
		// Sign and prefix go before zero padding (and before nothing
		// when left-justified).
		if sign != 0 {
			b.WriteByte(sign)
		}
		b.WriteString(prefix)
		if !ljust {
			for ; padding > 0; padding-- {
				b.WriteByte(fill)
			}
		}
	} else {
		for ; padding > 0; padding-- {
			b.WriteByte(' ')
		}
		if sign != 0 {
			b.WriteByte(sign)
		}
		b.WriteString(prefix)
	}
	b.WriteString(body)
	for ; padding > 0; padding-- {
		b.WriteByte(' ')
	}
	return b.String()
}

// PercentFloat formats f for %e %E %f %F %g %G.
func PercentFloat(f float64, s PercentSpec) (string, error) {
	switch s.Conv {
	case 'e', 'E', 'f', 'F', 'g', 'G':
	default:
		return "", s.UnsupportedError()
	}
	prec := s.Precision
	if prec < 0 {
		prec = 6
	}
	if prec > maxAlloc {
		return "", &Error{Kind: "MemoryError"}
	}
	body, neg := doubleToString(f, s.Conv, prec, s.Has('#'), false)
	if neg {
		body = "-" + body
	}
	return percentOutput(body, &s, false), nil
}

// PercentInt formats x for %d %i %u %o %x %X ('#' adds 0o/0x/0X; the
// precision is a minimum digit count).
func PercentInt(x *big.Int, s PercentSpec) (string, error) {
	base := 10
	switch s.Conv {
	case 'd', 'i', 'u':
	case 'o':
		base = 8
	case 'x', 'X':
		base = 16
	default:
		return "", s.UnsupportedError()
	}
	var digits string
	if x.IsInt64() {
		v := x.Int64()
		u := uint64(v)
		if v < 0 {
			u = -u
		}
		digits = strconv.FormatUint(u, base)
	} else {
		digits = new(big.Int).Abs(x).Text(base)
	}
	return percentIntDigits(x.Sign() < 0, digits, s), nil
}

// PercentInt64 is PercentInt for a machine-sized value.
func PercentInt64(x int64, s PercentSpec) (string, error) {
	switch s.Conv {
	case 'd', 'i', 'u', 'o', 'x', 'X':
	default:
		return "", s.UnsupportedError()
	}
	base := 10
	switch s.Conv {
	case 'o':
		base = 8
	case 'x', 'X':
		base = 16
	}
	u := uint64(x)
	if x < 0 {
		u = -u
	}
	return percentIntDigits(x < 0, strconv.FormatUint(u, base), s), nil
}

// percentIntDigits mirrors _PyUnicode_FormatLong then the output step.
func percentIntDigits(neg bool, digits string, s PercentSpec) string {
	if s.Precision > len(digits) {
		digits = strings.Repeat("0", s.Precision-len(digits)) + digits
	}
	alt := s.Has('#') && s.Conv != 'd' && s.Conv != 'i' && s.Conv != 'u'
	prefix := ""
	if alt {
		prefix = "0" + string(s.Conv)
		if s.Conv == 'x' {
			prefix = "0x"
		}
	}
	if s.Conv == 'X' {
		digits = strings.ToUpper(digits)
	}
	body := prefix + digits
	if neg {
		body = "-" + body
	}
	if !neg && s.Width <= len(body) && !s.Has('+') && !s.Has(' ') {
		return body
	}
	return percentOutput(body, &s, alt)
}

// PercentStr applies width, precision and '-' to an already converted
// string for %s %r %a (precision truncates, in code points) and %c.
func PercentStr(str string, sp PercentSpec) string {
	prec := sp.Precision
	if sp.Conv != 's' && sp.Conv != 'r' && sp.Conv != 'a' {
		prec = -1
	}
	align := byte('>')
	if sp.Has('-') {
		align = '<'
	}
	return padStr(str, sp.Width, prec, align, ' ')
}

// PercentChar converts an int argument for %c (CPython's formatchar): the
// code point must be in range(0x110000).
func PercentChar(x *big.Int) (string, error) {
	if !x.IsInt64() || x.Int64() < 0 || x.Int64() > 0x10ffff {
		return "", overflowErr(MsgCharRange)
	}
	return runeString(rune(x.Int64())), nil
}
