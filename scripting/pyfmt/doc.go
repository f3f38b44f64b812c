// Package pyfmt reproduces CPython 3.11's number and string formatting
// byte-for-byte, for use by Lumen's Python-dialect interpreter.
//
// It covers the format-spec mini-language used by format() and str.format
// (ParseSpec, FormatFloat, FormatInt, FormatStr), repr() of floats, strings
// and bytes (FloatRepr, StrRepr, BytesRepr), round() of floats
// (RoundHalfEven), bin/oct/hex (IntToBase) and the per-conversion
// primitives of printf-style '%' formatting (ParsePercent, PercentFloat,
// PercentInt, PercentStr).
//
// The package is pure Go, depends only on the standard library and knows
// nothing about the interpreter's object model: callers pass Go values and
// map the returned *Error (which carries the Python exception class name)
// onto their own exceptions. Behaviour, including error wording, mirrors
// CPython 3.11 (Python/formatter_unicode.c, Python/pystrtod.c and
// Objects/unicodeobject.c); the tests' expected strings were generated with
// CPython 3.11.7. Locale-dependent formatting ('n') behaves as in the
// default "C" locale, exactly like an unconfigured CPython process.
package pyfmt
