package pyfmt

import (
	"strings"
	"unicode/utf8"
)

// numberParts is a number already rendered to ASCII, split the way
// CPython's calc_number_widths/fill_number see it:
//
//	<lpad> <sign> <prefix> <spad> <grouped digits> <decimal> <remainder> <rpad>
type numberParts struct {
	neg        bool   // a '-' sign is present
	prefix     string // "0x", "0b", "0o" (already in the right case) or ""
	digits     string // the integer digits to be grouped
	hasDecimal bool   // a '.' follows the digits
	remainder  string // fraction, exponent, '%', "inf", or the 'c' character
}

// fillNumber lays out a number according to spec, mirroring CPython's
// calc_number_widths + fill_number. group is the grouping interval (3 or 4)
// and sep the separator, or group == 0 for no grouping.
func fillNumber(p *numberParts, s *Spec, sep byte, group int) string {
	var sign byte
	switch s.Sign {
	case '+':
		sign = '+'
		if p.neg {
			sign = '-'
		}
	case ' ':
		sign = ' '
		if p.neg {
			sign = '-'
		}
	default:
		if p.neg {
			sign = '-'
		}
	}
	nSign := 0
	if sign != 0 {
		nSign = 1
	}
	nDecimal := 0
	if p.hasDecimal {
		nDecimal = 1
	}
	nRemainder := utf8.RuneCountInString(p.remainder)
	nonDigit := nSign + len(p.prefix) + nDecimal + nRemainder

	align := s.numAlign()
	// Zero padding with '=' is done by the grouping code so that the
	// padding zeros get separators too: format(1234, '010,') == '00,001,234'.
	minWidth := 0
	if s.Fill == '0' && align == '=' {
		minWidth = s.Width - nonDigit
	}
	grouped := ""
	if len(p.digits) > 0 {
		grouped = groupDigits(p.digits, minWidth, sep, group)
	}

	nPad := s.Width - (nonDigit + len(grouped))
	var lpad, spad, rpad int
	if nPad > 0 {
		switch align {
		case '<':
			rpad = nPad
		case '^':
			lpad = nPad / 2
			rpad = nPad - lpad
		case '=':
			spad = nPad
		default:
			lpad = nPad
		}
	}

	var b strings.Builder
	b.Grow(nonDigit + len(grouped) + (lpad+spad+rpad)*utf8.RuneLen(s.Fill) + len(p.remainder))
	pad(&b, s.Fill, lpad)
	if sign != 0 {
		b.WriteByte(sign)
	}
	b.WriteString(p.prefix)
	pad(&b, s.Fill, spad)
	b.WriteString(grouped)
	if p.hasDecimal {
		b.WriteByte('.')
	}
	b.WriteString(p.remainder)
	pad(&b, s.Fill, rpad)
	return b.String()
}

// groupDigits inserts separators every group digits from the right and
// left-pads with zeros (themselves grouped) up to minWidth characters. It
// follows _PyUnicode_InsertThousandsGrouping step by step because the
// zero-padding rules (e.g. format(123, '04,') == '0,123') are subtle.
func groupDigits(digits string, minWidth int, sep byte, group int) string {
	if group == 0 && minWidth <= len(digits) {
		return digits
	}
	// Build right to left into out, reversed, then flip.
	out := make([]byte, 0, max(len(digits)+len(digits)/max(group, 1), minWidth)+2)
	remaining := len(digits)
	useSep := false
	emit := func(nChars, nZeros int) {
		if useSep {
			out = append(out, sep)
		}
		for i := 0; i < nChars; i++ {
			out = append(out, digits[remaining-1-i])
		}
		for i := 0; i < nZeros; i++ {
			out = append(out, '0')
		}
	}
	done := false
	if group > 0 {
		for {
			l := min(group, max(remaining, minWidth, 1))
			nZeros := max(0, l-remaining)
			nChars := max(0, min(remaining, l))
			emit(nChars, nZeros)
			useSep = true
			remaining -= nChars
			minWidth -= l
			if remaining <= 0 && minWidth <= 0 {
				done = true
				break
			}
			minWidth-- // the separator
		}
	}
	if !done {
		l := max(remaining, minWidth, 1)
		emit(max(0, min(remaining, l)), max(0, l-remaining))
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return string(out)
}

// grouping returns the separator and interval for a spec; interval 0 means
// no grouping. '_' groups by four for binary, octal and hex (PEP 515).
func grouping(s *Spec) (byte, int) {
	switch s.Grouping {
	case ',':
		return ',', 3
	case '_':
		switch s.Type {
		case 'b', 'o', 'x', 'X':
			return '_', 4
		}
		return '_', 3
	}
	return 0, 0
}
