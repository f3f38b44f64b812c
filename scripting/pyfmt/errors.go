package pyfmt

import (
	"fmt"
	"strconv"
)

// Error is a formatting failure. Kind names the Python exception class the
// interpreter should raise ("ValueError", "OverflowError", "TypeError",
// "MemoryError"); Msg is CPython's message text.
type Error struct {
	Kind string
	Msg  string
}

func (e *Error) Error() string { return e.Msg }

func valueErr(format string, args ...any) *Error {
	return &Error{Kind: "ValueError", Msg: fmt.Sprintf(format, args...)}
}

func overflowErr(msg string) *Error { return &Error{Kind: "OverflowError", Msg: msg} }

// Messages that belong to the caller's argument plumbing but are exported so
// every user words them exactly like CPython.
const (
	MsgNotEnoughArgs     = "not enough arguments for format string"
	MsgNotAllConverted   = "not all arguments converted during string formatting"
	MsgFormatNeedsMap    = "format requires a mapping"
	MsgStarWantsInt      = "* wants int"
	MsgCharRange         = "%c arg not in range(0x110000)"
	MsgCharNeedsIntOrStr = "%c requires int or char"
	MsgIntTooLargeFloat  = "int too large to convert to float"
	MsgRoundTooLarge     = "rounded value too large to represent"
)

// MsgPercentNeedsInt returns e.g. "%x format: an integer is required, not float".
func MsgPercentNeedsInt(conv byte, typeName string) string {
	return fmt.Sprintf("%%%c format: an integer is required, not %s", conv, typeName)
}

// MsgPercentNeedsNumber returns e.g. "%d format: a real number is required, not str".
func MsgPercentNeedsNumber(conv byte, typeName string) string {
	return fmt.Sprintf("%%%c format: a real number is required, not %s", conv, typeName)
}

// MsgMustBeRealNumber returns e.g. "must be real number, not str" (%f etc.).
func MsgMustBeRealNumber(typeName string) string {
	return "must be real number, not " + typeName
}

// codeChar renders a presentation type the way CPython's error messages do:
// printable ASCII as itself, anything else as \x followed by unpadded hex.
func codeChar(r rune) string {
	if r > 32 && r < 128 {
		return string(r)
	}
	return `\x` + strconv.FormatInt(int64(r), 16)
}

func unknownCode(r rune, typeName string) *Error {
	return valueErr("Unknown format code '%s' for object of type '%s'", codeChar(r), typeName)
}
