package pyfmt

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// FormatStr implements format(s, spec) for a Python str.
func FormatStr(s string, spec string) (string, error) {
	return FormatStrAs(s, spec, "str")
}

// FormatStrAs is FormatStr with the Python type name used in error messages.
func FormatStrAs(s string, spec, typeName string) (string, error) {
	if spec == "" {
		return s, nil
	}
	sp, err := parseSpec(spec, typeName, 's')
	if err != nil {
		return "", err
	}
	if sp.TypeRune != 0 && sp.TypeRune != 's' {
		return "", unknownCode(sp.TypeRune, typeName)
	}
	// Checks in the order of format_string_internal.
	switch sp.Sign {
	case ' ':
		return "", valueErr("Space not allowed in string format specifier")
	case '+', '-':
		return "", valueErr("Sign not allowed in string format specifier")
	}
	if sp.NoNegZero {
		return "", valueErr("Negative zero coercion (z) not allowed in string format specifier")
	}
	if sp.Alt {
		return "", valueErr("Alternate form (#) not allowed in string format specifier")
	}
	if sp.Align == '=' {
		return "", valueErr("'=' alignment not allowed in string format specifier")
	}
	align := sp.Align
	if align == 0 {
		align = '<'
	}
	return padStr(s, sp.Width, sp.Precision, align, sp.Fill), nil
}

// padStr truncates s to prec code points (if prec >= 0) and pads it to
// width code points with fill, mirroring calc_padding.
func padStr(s string, width, prec int, align byte, fill rune) string {
	n := -1 // code point count, computed lazily
	if prec >= 0 && prec < len(s) {
		i, k := 0, 0
		for i < len(s) && k < prec {
			_, sz := utf8.DecodeRuneInString(s[i:])
			i += sz
			k++
		}
		s = s[:i]
		n = k
	}
	if width <= len(s) && (width <= 0 || utf8.RuneCountInString(s) >= width) {
		return s
	}
	if n < 0 {
		n = utf8.RuneCountInString(s)
	}
	total := width - n
	var left int
	switch align {
	case '>':
		left = total
	case '^':
		left = total / 2
	}
	var b strings.Builder
	b.Grow(len(s) + total*utf8.RuneLen(fill))
	pad(&b, fill, left)
	b.WriteString(s)
	pad(&b, fill, total-left)
	return b.String()
}

// unicode15 lists code points that Go's Unicode tables consider printable
// but CPython 3.11 (Unicode 14.0) does not, because they were assigned
// later; repr() must escape them like any unassigned code point.
var unicode15 = [][2]rune{
	{0xcf3, 0xcf3}, {0xece, 0xece}, {0x10efd, 0x10eff}, {0x1123f, 0x11241},
	{0x11b00, 0x11b09}, {0x11f00, 0x11f10}, {0x11f12, 0x11f3a}, {0x11f3e, 0x11f59},
	{0x1342f, 0x1342f}, {0x13440, 0x13455}, {0x1b132, 0x1b132}, {0x1b155, 0x1b155},
	{0x1d2c0, 0x1d2d3}, {0x1df25, 0x1df2a}, {0x1e030, 0x1e06d}, {0x1e08f, 0x1e08f},
	{0x1e4d0, 0x1e4f9}, {0x1f6dc, 0x1f6dc}, {0x1f774, 0x1f776}, {0x1f77b, 0x1f77f},
	{0x1f7d9, 0x1f7d9}, {0x1fa75, 0x1fa77}, {0x1fa87, 0x1fa88}, {0x1faad, 0x1faaf},
	{0x1fabb, 0x1fabd}, {0x1fabf, 0x1fabf}, {0x1face, 0x1facf}, {0x1fada, 0x1fadb},
	{0x1fae8, 0x1fae8}, {0x1faf7, 0x1faf8}, {0x2b739, 0x2b739}, {0x31350, 0x323af},
}

// IsPrintable reports whether CPython 3.11 considers r printable
// (str.isprintable): everything except categories Cc, Cf, Cs, Co, Cn, Zl,
// Zp and Zs other than the ASCII space.
func IsPrintable(r rune) bool {
	if r < 0x7f {
		return r >= 0x20
	}
	if !unicode.IsPrint(r) {
		return false
	}
	for _, rg := range unicode15 {
		if r < rg[0] {
			return true
		}
		if r <= rg[1] {
			return false
		}
	}
	return true
}

const hexDigits = "0123456789abcdef"

// decodeRune decodes one code point, additionally accepting WTF-8 encoded
// surrogates (which CPython strings may contain). Other invalid bytes
// decode as U+FFFD, width 1.
func decodeRune(s string) (rune, int) {
	r, sz := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && sz == 1 && len(s) >= 3 && s[0] == 0xED &&
		s[1] >= 0xA0 && s[1] <= 0xBF && s[2]&0xC0 == 0x80 {
		return 0xD000 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return r, sz
}

// StrRepr implements repr() of a Python str: single quotes unless the text
// contains ' and no ", escapes for \\, the quote, \t \n \r, other
// non-printable characters as \xNN, \uNNNN or \UNNNNNNNN.
func StrRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == quote || c == '\\':
				b.WriteByte('\\')
				b.WriteByte(c)
			case c == '\t':
				b.WriteString(`\t`)
			case c == '\n':
				b.WriteString(`\n`)
			case c == '\r':
				b.WriteString(`\r`)
			case c < ' ' || c == 0x7f:
				b.WriteString(`\x`)
				b.WriteByte(hexDigits[c>>4])
				b.WriteByte(hexDigits[c&15])
			default:
				b.WriteByte(c)
			}
			continue
		}
		r, sz := decodeRune(s[i:])
		if IsPrintable(r) && !(r == utf8.RuneError && sz == 1) {
			b.WriteString(s[i : i+sz])
		} else {
			writeEscape(&b, r)
		}
		i += sz
	}
	b.WriteByte(quote)
	return b.String()
}

// AsciiRepr implements ascii() of a Python str: like StrRepr but every
// non-ASCII character is escaped.
func AsciiRepr(s string) string {
	r := StrRepr(s)
	var b strings.Builder
	for _, c := range r {
		if c < utf8.RuneSelf {
			b.WriteRune(c)
		} else {
			writeEscape(&b, c)
		}
	}
	// Surrogates were already escaped by StrRepr.
	return b.String()
}

func writeEscape(b *strings.Builder, r rune) {
	var n int
	switch {
	case r <= 0xff:
		b.WriteString(`\x`)
		n = 2
	case r <= 0xffff:
		b.WriteString(`\u`)
		n = 4
	default:
		b.WriteString(`\U`)
		n = 8
	}
	for k := n - 1; k >= 0; k-- {
		b.WriteByte(hexDigits[(r>>(4*k))&15])
	}
}

// BytesRepr implements repr() of a Python bytes object: b'...'.
func BytesRepr(bs []byte) string {
	return bytesRepr("b", bs, "")
}

// BytearrayRepr implements repr() of a bytearray: bytearray(b'...').
func BytearrayRepr(bs []byte) string {
	return bytesRepr("bytearray(b", bs, ")")
}

func bytesRepr(prefix string, bs []byte, suffix string) string {
	quote := byte('\'')
	hasSingle, hasDouble := false, false
	for _, c := range bs {
		hasSingle = hasSingle || c == '\''
		hasDouble = hasDouble || c == '"'
	}
	if hasSingle && !hasDouble {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(prefix) + len(bs) + 2 + len(suffix))
	b.WriteString(prefix)
	b.WriteByte(quote)
	for _, c := range bs {
		switch {
		case c == quote || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < ' ' || c >= 0x7f:
			b.WriteString(`\x`)
			b.WriteByte(hexDigits[c>>4])
			b.WriteByte(hexDigits[c&15])
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	b.WriteString(suffix)
	return b.String()
}
