package pyfmt

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// intVal lets the int formatter serve both *big.Int and the int64 fast
// path without converting small values to big.Int.
type intVal struct {
	big   *big.Int // nil for the int64 case
	small int64
}

func (v intVal) neg() bool {
	if v.big != nil {
		return v.big.Sign() < 0
	}
	return v.small < 0
}

// absText returns |v| in base 2, 8, 10 or 16 with lowercase digits.
func (v intVal) absText(base int) string {
	if v.big != nil {
		if v.big.Sign() < 0 {
			return new(big.Int).Neg(v.big).Text(base)
		}
		return v.big.Text(base)
	}
	u := uint64(v.small)
	if v.small < 0 {
		u = -u // also right for math.MinInt64
	}
	return strconv.FormatUint(u, base)
}

// float converts like PyLong_AsDouble (correctly rounded, ties to even).
func (v intVal) float() (float64, *Error) {
	if v.big == nil {
		return float64(v.small), nil
	}
	f, _ := new(big.Float).SetInt(v.big).Float64()
	if math.IsInf(f, 0) {
		return 0, overflowErr(MsgIntTooLargeFloat)
	}
	return f, nil
}

// FormatInt implements format(x, spec) for a Python int.
func FormatInt(x *big.Int, spec string) (string, error) {
	return FormatIntAs(x, spec, "int")
}

// FormatIntAs is FormatInt with the Python type name used in error messages
// (e.g. "bool": format(True, 's') fails with "... object of type 'bool'").
// Note that format(True, ”) is str(True), which the caller handles.
func FormatIntAs(x *big.Int, spec, typeName string) (string, error) {
	if spec == "" {
		return x.String(), nil
	}
	if x.IsInt64() {
		return formatInt(intVal{small: x.Int64()}, spec, typeName)
	}
	return formatInt(intVal{big: x}, spec, typeName)
}

// FormatInt64 is FormatInt for a machine-sized value; same results.
func FormatInt64(x int64, spec string) (string, error) {
	if spec == "" {
		return strconv.FormatInt(x, 10), nil
	}
	return formatInt(intVal{small: x}, spec, "int")
}

// FormatInt64As is FormatInt64 with a type name for error messages.
func FormatInt64As(x int64, spec, typeName string) (string, error) {
	if spec == "" {
		return strconv.FormatInt(x, 10), nil
	}
	return formatInt(intVal{small: x}, spec, typeName)
}

func formatInt(v intVal, spec, typeName string) (string, error) {
	s, err := parseSpec(spec, typeName, 'd')
	if err != nil {
		return "", err
	}
	switch s.TypeRune {
	case 0, 'b', 'c', 'd', 'o', 'x', 'X', 'n':
		out, err := formatLong(v, &s)
		if err != nil {
			return "", err
		}
		return out, nil
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, err := v.float()
		if err != nil {
			return "", err
		}
		out, err := formatFloatSpec(f, &s)
		if err != nil {
			return "", err
		}
		return out, nil
	}
	return "", unknownCode(s.TypeRune, typeName)
}

// formatLong mirrors format_long_internal.
func formatLong(v intVal, s *Spec) (string, *Error) {
	if s.Precision != -1 {
		return "", valueErr("Precision not allowed in integer format specifier")
	}
	if s.NoNegZero {
		return "", valueErr("Negative zero coercion (z) not allowed in integer format specifier")
	}
	var p numberParts
	if s.Type == 'c' {
		if s.Sign != 0 {
			return "", valueErr("Sign not allowed with integer format specifier 'c'")
		}
		if s.Alt {
			return "", valueErr("Alternate form (#) not allowed with integer format specifier 'c'")
		}
		if v.big != nil {
			return "", overflowErr("Python int too large to convert to C long")
		}
		if v.small < 0 || v.small > 0x10ffff {
			return "", overflowErr(MsgCharRange)
		}
		// The character is laid out as a "remainder" so it is never grouped.
		p.remainder = runeString(rune(v.small))
		return fillNumber(&p, s, 0, 0), nil
	}
	base := 10
	switch s.Type {
	case 'b':
		base = 2
		p.prefix = "0b"
	case 'o':
		base = 8
		p.prefix = "0o"
	case 'x':
		base = 16
		p.prefix = "0x"
	case 'X':
		base = 16
		p.prefix = "0X"
	}
	if !s.Alt {
		p.prefix = ""
	}
	p.neg = v.neg()
	p.digits = v.absText(base)
	if s.Type == 'X' {
		p.digits = strings.ToUpper(p.digits)
	}
	if s.Sign != '+' && s.Sign != ' ' && s.Width == -1 && s.Grouping == 0 {
		if p.neg {
			return "-" + p.prefix + p.digits, nil
		}
		if p.prefix == "" {
			return p.digits, nil
		}
		return p.prefix + p.digits, nil
	}
	sep, group := grouping(s)
	return fillNumber(&p, s, sep, group), nil
}

// runeString encodes r as UTF-8, except that surrogates (which CPython
// strings may hold) use the WTF-8 three-byte form instead of U+FFFD, so
// StrRepr can show them as \udXXX.
func runeString(r rune) string {
	if r >= 0xD800 && r <= 0xDFFF {
		return string([]byte{0xED, byte(0xA0 | (r>>6)&0x1F), byte(0x80 | r&0x3F)})
	}
	var b [4]byte
	return string(b[:utf8.EncodeRune(b[:], r)])
}

// IntToBase implements bin(), oct() and hex() (base 2, 8, 16; base 10 gives
// plain str(x)): "0b101", "-0x1f", "0o17".
func IntToBase(x *big.Int, base int) string {
	var prefix string
	switch base {
	case 2:
		prefix = "0b"
	case 8:
		prefix = "0o"
	case 16:
		prefix = "0x"
	default:
		return x.Text(base)
	}
	if x.Sign() < 0 {
		return "-" + prefix + new(big.Int).Neg(x).Text(base)
	}
	return prefix + x.Text(base)
}
