package pyfmt

// The expected strings in cases_test.go were generated with CPython 3.11.7
// (format(), repr(), round(), bin/oct/hex and the % operator); this file
// holds the table drivers plus a few hand-written structural tests.

import (
	"errors"
	"math"
	"math/big"
	"strings"
	"testing"
)

func bigOf(t *testing.T, s string) *big.Int {
	x, ok := new(big.Int).SetString(s, 10)
	if !ok {
		t.Fatalf("bad int %q", s)
	}
	return x
}

// checkResult compares a (result, error) pair with CPython's outcome.
func checkResult(t *testing.T, what string, got string, err error, want, errKind, errMsg string) {
	t.Helper()
	if errKind == "" {
		if err != nil {
			t.Errorf("%s: unexpected error %v, want %q", what, err, want)
		} else if got != want {
			t.Errorf("%s = %q, want %q", what, got, want)
		}
		return
	}
	var e *Error
	if !errors.As(err, &e) {
		t.Errorf("%s = %q, %v; want %s(%q)", what, got, err, errKind, errMsg)
		return
	}
	if e.Kind != errKind || (errKind != "MemoryError" && e.Msg != errMsg) {
		t.Errorf("%s: error %s(%q), want %s(%q)", what, e.Kind, e.Msg, errKind, errMsg)
	}
}

func TestFormatFloat(t *testing.T) {
	for _, c := range floatFormatCases {
		f := math.Float64frombits(c.bits)
		got, err := FormatFloat(f, c.spec)
		checkResult(t, "format("+FloatRepr(f)+", "+StrRepr(c.spec)+")", got, err, c.want, c.errKind, c.errMsg)
	}
}

func TestFloatRepr(t *testing.T) {
	for _, c := range floatReprCases {
		f := math.Float64frombits(c.bits)
		if got := FloatRepr(f); got != c.want {
			t.Errorf("FloatRepr(%#x) = %q, want %q", c.bits, got, c.want)
		}
		if got := string(AppendFloatRepr([]byte("x"), f)); got != "x"+c.want {
			t.Errorf("AppendFloatRepr(%#x) = %q", c.bits, got)
		}
	}
}

func TestRoundHalfEven(t *testing.T) {
	for _, c := range roundCases {
		f := math.Float64frombits(c.bits)
		got, err := RoundFloat(f, c.nd)
		want := math.Float64frombits(c.want)
		same := math.Float64bits(got) == c.want || math.IsNaN(got) && math.IsNaN(want)
		if !same || (err != nil) != c.overflow {
			t.Errorf("round(%s, %d) = %s, %v; want %s (overflow %v)", FloatRepr(f), c.nd, FloatRepr(got), err, FloatRepr(want), c.overflow)
		}
		if r := RoundHalfEven(f, c.nd); math.Float64bits(r) != math.Float64bits(got) {
			t.Errorf("RoundHalfEven disagrees with RoundFloat for %s", FloatRepr(f))
		}
	}
}

func TestFormatInt(t *testing.T) {
	for _, c := range intFormatCases {
		x := bigOf(t, c.x)
		what := "format(" + c.x + ", " + StrRepr(c.spec) + ")"
		got, err := FormatInt(x, c.spec)
		checkResult(t, what, got, err, c.want, c.errKind, c.errMsg)
		if x.IsInt64() {
			got, err := FormatInt64(x.Int64(), c.spec)
			checkResult(t, "int64 "+what, got, err, c.want, c.errKind, c.errMsg)
		}
	}
}

func TestFormatIntAsBool(t *testing.T) {
	_, err := FormatIntAs(big.NewInt(1), "s", "bool")
	if err == nil || err.Error() != "Unknown format code 's' for object of type 'bool'" {
		t.Errorf("got %v", err)
	}
}

func TestIntToBase(t *testing.T) {
	for _, c := range intToBaseCases {
		if got := IntToBase(bigOf(t, c.x), c.base); got != c.want {
			t.Errorf("IntToBase(%s, %d) = %q, want %q", c.x, c.base, got, c.want)
		}
	}
}

func TestFormatStr(t *testing.T) {
	for _, c := range strFormatCases {
		got, err := FormatStr(c.s, c.spec)
		checkResult(t, "format("+StrRepr(c.s)+", "+StrRepr(c.spec)+")", got, err, c.want, c.errKind, c.errMsg)
	}
}

func TestStrRepr(t *testing.T) {
	for _, c := range strReprCases {
		if got := StrRepr(c.s); got != c.want {
			t.Errorf("StrRepr(%q) = %q, want %q", c.s, got, c.want)
		}
	}
	for _, c := range asciiReprCases {
		if got := AsciiRepr(c.s); got != c.want {
			t.Errorf("AsciiRepr(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}

func TestBytesRepr(t *testing.T) {
	for _, c := range bytesReprCases {
		if got := BytesRepr([]byte(c.b)); got != c.want {
			t.Errorf("BytesRepr(%q) = %q, want %q", c.b, got, c.want)
		}
	}
	if got := BytearrayRepr([]byte("a'")); got != `bytearray(b"a'")` {
		t.Errorf("BytearrayRepr = %q", got)
	}
}

// onePercent parses a format with exactly one conversion and renders it
// around the given converter's output.
func onePercent(t *testing.T, format string, conv func(PercentSpec) (string, error)) string {
	t.Helper()
	lits, specs, err := ParsePercent(format)
	if err != nil || len(specs) != 1 || len(lits) != 2 {
		t.Fatalf("ParsePercent(%q) = %q, %+v, %v", format, lits, specs, err)
	}
	s, err := conv(specs[0])
	if err != nil {
		t.Fatalf("%q: %v", format, err)
	}
	return lits[0] + s + lits[1]
}

func TestPercentFloat(t *testing.T) {
	for _, c := range percentFloatCases {
		f := math.Float64frombits(c.bits)
		got := onePercent(t, c.format, func(s PercentSpec) (string, error) { return PercentFloat(f, s) })
		if got != c.want {
			t.Errorf("%q %% %s = %q, want %q", c.format, FloatRepr(f), got, c.want)
		}
	}
}

func TestPercentInt(t *testing.T) {
	for _, c := range percentIntCases {
		x := bigOf(t, c.x)
		got := onePercent(t, c.format, func(s PercentSpec) (string, error) { return PercentInt(x, s) })
		if got != c.want {
			t.Errorf("%q %% %s = %q, want %q", c.format, c.x, got, c.want)
		}
		if x.IsInt64() {
			got := onePercent(t, c.format, func(s PercentSpec) (string, error) { return PercentInt64(x.Int64(), s) })
			if got != c.want {
				t.Errorf("int64: %q %% %s = %q, want %q", c.format, c.x, got, c.want)
			}
		}
	}
}

func TestPercentStr(t *testing.T) {
	for _, c := range percentStrCases {
		got := onePercent(t, c.format, func(s PercentSpec) (string, error) { return PercentStr(c.arg, s), nil })
		if got != c.want {
			t.Errorf("%q %% %q = %q, want %q", c.format, c.arg, got, c.want)
		}
	}
}

func TestPercentParseErrors(t *testing.T) {
	for _, c := range percentParseCases {
		_, specs, err := ParsePercent(c.format)
		switch {
		case strings.HasPrefix(c.errMsg, "unsupported format character"):
			if err != nil || len(specs) == 0 {
				t.Errorf("ParsePercent(%q): %v", c.format, err)
				continue
			}
			if got := specs[len(specs)-1].UnsupportedError().Error(); got != c.errMsg {
				t.Errorf("%q: UnsupportedError = %q, want %q", c.format, got, c.errMsg)
			}
		case strings.HasPrefix(c.errMsg, "incomplete") || strings.HasSuffix(c.errMsg, "too big"):
			if err == nil || err.Error() != c.errMsg {
				t.Errorf("ParsePercent(%q) error = %v, want %q", c.format, err, c.errMsg)
			}
		default:
			if err != nil {
				t.Errorf("ParsePercent(%q) unexpected error %v", c.format, err)
			}
		}
	}
}

func TestParsePercentStructure(t *testing.T) {
	lits, specs, err := ParsePercent("a%%b%(name)-+5.2fc%*.*xd%()s%%")
	if err != nil {
		t.Fatal(err)
	}
	wantLits := []string{"a%b", "c", "d", "%"}
	if strings.Join(lits, "|") != strings.Join(wantLits, "|") {
		t.Errorf("literals = %q", lits)
	}
	if len(specs) != 3 {
		t.Fatalf("specs = %+v", specs)
	}
	s0 := specs[0]
	if !s0.HasKey || s0.Key != "name" || s0.Flags != "-+" || s0.Width != 5 || s0.Precision != 2 || s0.Conv != 'f' {
		t.Errorf("spec0 = %+v", s0)
	}
	s1 := specs[1]
	if !s1.StarWidth || !s1.StarPrec || s1.Conv != 'x' || s1.HasKey {
		t.Errorf("spec1 = %+v", s1)
	}
	if s2 := specs[2]; !s2.HasKey || s2.Key != "" || s2.Conv != 's' {
		t.Errorf("spec2 = %+v", s2)
	}
	// Errors come with the directives parsed before them.
	lits, specs, err = ParsePercent("%s %d %")
	if err == nil || len(specs) != 2 || len(lits) != 2 {
		t.Errorf("partial parse: %q %+v %v", lits, specs, err)
	}
	// Star values: negative width left-justifies, negative precision is 0.
	sp := PercentSpec{Width: -1, Precision: -1, Conv: 'f'}
	sp.SetStarWidth(-8)
	sp.SetStarPrec(-3)
	if got, _ := PercentFloat(1.5, sp); got != "2       " {
		t.Errorf("star = %q", got)
	}
}

func TestParseSpec(t *testing.T) {
	s, err := ParseSpec("*^+z#012,.3f")
	if err != nil {
		t.Fatal(err)
	}
	want := Spec{Fill: '*', Align: '^', Sign: '+', NoNegZero: true, Alt: true, Width: 12, Grouping: ',', Precision: 3, Type: 'f', TypeRune: 'f'}
	// '0' after an explicit fill is part of the width, not the flag.
	if s != want {
		t.Errorf("ParseSpec = %+v, want %+v", s, want)
	}
	s, _ = ParseSpec("010")
	if !s.Zero || s.Fill != '0' || s.Width != 10 || s.Align != 0 || s.Precision != -1 || s.Type != 0 {
		t.Errorf("ParseSpec(010) = %+v", s)
	}
	if _, err := ParseSpec("abc"); err == nil || err.Error() != "Invalid format specifier" {
		t.Errorf("got %v", err)
	}
	if _, err := ParseSpecFor("abc", "int"); err == nil || err.Error() != "Invalid format specifier 'abc' for object of type 'int'" {
		t.Errorf("got %v", err)
	}
}

func TestHotPathAllocs(t *testing.T) {
	var sink string
	if n := testing.AllocsPerRun(200, func() { sink = FloatRepr(1.2345678901234567e20) }); n > 1 {
		t.Errorf("FloatRepr allocs = %v", n)
	}
	if n := testing.AllocsPerRun(200, func() { sink, _ = FormatInt64(-1234567, "") }); n > 1 {
		t.Errorf("FormatInt64 allocs = %v", n)
	}
	var buf [64]byte
	if n := testing.AllocsPerRun(200, func() { _ = AppendFloatRepr(buf[:0], 0.1) }); n > 0 {
		t.Errorf("AppendFloatRepr allocs = %v", n)
	}
	_ = sink
}

func BenchmarkFloatRepr(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_ = FloatRepr(float64(i) * 1.1)
	}
}

func BenchmarkFormatInt64(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_, _ = FormatInt64(int64(i), "")
	}
}

func TestRandomSpecs(t *testing.T) {
	for _, c := range randomFloatCases {
		f := math.Float64frombits(c.bits)
		got, err := FormatFloat(f, c.spec)
		checkResult(t, "format("+FloatRepr(f)+", "+StrRepr(c.spec)+")", got, err, c.want, c.errKind, c.errMsg)
	}
	for _, c := range randomIntCases {
		x := bigOf(t, c.x)
		got, err := FormatInt(x, c.spec)
		checkResult(t, "format("+c.x+", "+StrRepr(c.spec)+")", got, err, c.want, c.errKind, c.errMsg)
	}
	for _, c := range randomStrCases {
		got, err := FormatStr(c.s, c.spec)
		checkResult(t, "format("+StrRepr(c.s)+", "+StrRepr(c.spec)+")", got, err, c.want, c.errKind, c.errMsg)
	}
	for _, c := range randomPercentCases {
		var got string
		if c.isFloat {
			f := math.Float64frombits(c.bits)
			got = onePercent(t, c.format, func(s PercentSpec) (string, error) { return PercentFloat(f, s) })
		} else {
			x := bigOf(t, c.x)
			got = onePercent(t, c.format, func(s PercentSpec) (string, error) { return PercentInt(x, s) })
		}
		if got != c.want {
			t.Errorf("%q %% (%#x|%s) = %q, want %q", c.format, c.bits, c.x, got, c.want)
		}
	}
}
