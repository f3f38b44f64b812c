package pyfmt

import (
	"strings"
	"unicode/utf8"
)

// Spec is a parsed format-spec mini-language string:
//
//	[[fill]align][sign][z][#][0][width][grouping][.precision][type]
type Spec struct {
	// Fill is the effective padding character: the explicit fill if one was
	// given, '0' if the '0' flag applied (no explicit fill), else ' '.
	Fill rune
	// Align is '<', '>', '^', '=' or 0 if absent. When absent the formatter
	// uses its default ('>' for numbers, '<' for strings), except that the
	// '0' flag makes numbers default to '='.
	Align byte
	// Sign is '+', '-', ' ' or 0 if absent.
	Sign byte
	// NoNegZero is the 'z' option (coerce negative zero, floats only).
	NoNegZero bool
	// Alt is the '#' option.
	Alt bool
	// Zero is true when the '0' flag was consumed (only possible when no
	// explicit fill character was given).
	Zero bool
	// Width is the minimum field width, -1 if absent.
	Width int
	// Grouping is ',' or '_' or 0 if absent.
	Grouping byte
	// Precision is -1 if absent.
	Precision int
	// Type is the presentation type, 0 if absent. A non-ASCII type is
	// reported as 0xFF here (it is invalid for every type anyway); TypeRune
	// holds the exact character.
	Type     byte
	TypeRune rune
}

// maxSsize mirrors PY_SSIZE_T_MAX, the bound CPython's get_integer checks.
const maxSsize = 1<<63 - 1

// maxAlloc bounds widths and precisions we are willing to materialise.
// CPython would attempt the allocation and raise MemoryError; we refuse
// up front instead of taking the process down.
const maxAlloc = 1 << 28

// ParseSpec parses a format spec without knowing the target type. Its
// errors are worded like CPython's, except that "Invalid format specifier"
// cannot name the object's type; use ParseSpecFor for the exact text.
func ParseSpec(spec string) (Spec, error) {
	s, err := parseSpec(spec, "", 0)
	if err != nil {
		return s, err
	}
	return s, nil
}

// ParseSpecFor is ParseSpec with the Python type name used in error messages
// ("Invalid format specifier 'abc' for object of type 'int'").
func ParseSpecFor(spec, typeName string) (Spec, error) {
	s, err := parseSpec(spec, typeName, 0)
	if err != nil {
		return s, err
	}
	return s, nil
}

func isAlign(r rune) bool { return r == '<' || r == '>' || r == '=' || r == '^' }

// parseSpec mirrors parse_internal_render_format_spec in
// Python/formatter_unicode.c, including the order in which errors are found.
// defaultType is the type assumed when none is given, which matters only for
// the grouping check: format('abc', ',') fails because str defaults to 's'.
func parseSpec(spec, typeName string, defaultType rune) (Spec, *Error) {
	s := Spec{Fill: ' ', Width: -1, Precision: -1}
	rs := []rune(spec)
	pos, end := 0, len(rs)
	fillSpecified := false

	if end-pos >= 2 && isAlign(rs[pos+1]) {
		s.Align = byte(rs[pos+1])
		s.Fill = rs[pos]
		fillSpecified = true
		pos += 2
	} else if end-pos >= 1 && isAlign(rs[pos]) {
		s.Align = byte(rs[pos])
		pos++
	}
	if end-pos >= 1 && (rs[pos] == '+' || rs[pos] == '-' || rs[pos] == ' ') {
		s.Sign = byte(rs[pos])
		pos++
	}
	if end-pos >= 1 && rs[pos] == 'z' {
		s.NoNegZero = true
		pos++
	}
	if end-pos >= 1 && rs[pos] == '#' {
		s.Alt = true
		pos++
	}
	// Backwards-compatible '0' flag: only when no explicit fill was given.
	if !fillSpecified && end-pos >= 1 && rs[pos] == '0' {
		s.Fill = '0'
		s.Zero = true
		pos++
	}
	n, consumed, err := getInteger(rs, &pos)
	if err != nil {
		return s, err
	}
	if consumed > 0 {
		s.Width = n
	}
	if pos < end && rs[pos] == ',' {
		s.Grouping = ','
		pos++
	}
	if pos < end && rs[pos] == '_' {
		if s.Grouping != 0 {
			return s, valueErr("Cannot specify both ',' and '_'.")
		}
		s.Grouping = '_'
		pos++
	}
	if pos < end && rs[pos] == ',' && s.Grouping == '_' {
		return s, valueErr("Cannot specify both ',' and '_'.")
	}
	if pos < end && rs[pos] == '.' {
		pos++
		n, consumed, err := getInteger(rs, &pos)
		if err != nil {
			return s, err
		}
		if consumed == 0 {
			return s, valueErr("Format specifier missing precision")
		}
		s.Precision = n
	}
	if end-pos > 1 {
		if typeName == "" {
			return s, valueErr("Invalid format specifier")
		}
		return s, valueErr("Invalid format specifier '%s' for object of type '%s'", spec, typeName)
	}
	if end-pos == 1 {
		s.TypeRune = rs[pos]
		if s.TypeRune < utf8.RuneSelf {
			s.Type = byte(s.TypeRune)
		} else {
			s.Type = 0xFF
		}
	}
	if s.Grouping != 0 {
		t := s.TypeRune
		if end-pos == 0 {
			t = defaultType
		}
		switch t {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if s.Grouping == '_' {
				break
			}
			fallthrough
		default:
			return s, valueErr("Cannot specify '%c' with '%s'.", s.Grouping, codeChar(t))
		}
	}
	if s.Width > maxAlloc {
		return s, &Error{Kind: "MemoryError", Msg: ""}
	}
	return s, nil
}

// getInteger mirrors CPython's get_integer: it reads decimal digits and
// fails with its overflow message past PY_SSIZE_T_MAX.
func getInteger(rs []rune, pos *int) (n, consumed int, err *Error) {
	for *pos < len(rs) && rs[*pos] >= '0' && rs[*pos] <= '9' {
		d := int(rs[*pos] - '0')
		if n > (maxSsize-d)/10 {
			return 0, 0, valueErr("Too many decimal digits in format string")
		}
		n = n*10 + d
		*pos++
		consumed++
	}
	return n, consumed, nil
}

// numAlign resolves the alignment for numeric types: the '0' flag implies
// '=' when no alignment was given.
func (s *Spec) numAlign() byte {
	if s.Align != 0 {
		return s.Align
	}
	if s.Zero {
		return '='
	}
	return '>'
}

// pad writes n copies of r.
func pad(b *strings.Builder, r rune, n int) {
	if n <= 0 {
		return
	}
	if r < utf8.RuneSelf {
		for i := 0; i < n; i++ {
			b.WriteByte(byte(r))
		}
		return
	}
	for i := 0; i < n; i++ {
		b.WriteRune(r)
	}
}
