// Package pyre translates Python (CPython 3.11) `re` patterns for str
// subjects into Go regexp (RE2) syntax and implements the matching
// operations an interpreter needs to provide Python's `re` module on top of
// Go's regexp package: match, fullmatch, search, finditer/findall, split,
// sub/subn (with Python 3.7+ empty-match rules), replacement templates,
// escape, and byte/code-point index conversion.
//
// All positions taken and returned are byte offsets into UTF-8 Go strings;
// use RuneIndex/ByteIndex to convert from/to Python code-point indices.
// Match results are []int of length 2*(Groups+1) with -1 for groups that
// did not participate. Parse errors carry CPython's message and code-point
// position (formatted "msg at position N", plus "(line L, column C)" for
// multi-line patterns, as re.error does).
//
// Translation:
//
//   - Groups are emitted as unnamed Go groups; names and numbers are kept in
//     Pattern.GroupIndex/Groups (Python's identifier rules for names).
//   - Flags i, m, s, x, a, u (arguments, global (?flags) at the start, and
//     scoped (?flags-flags:...)) are honoured; L is rejected as for str
//     patterns. Pattern.Flags reports CPython's value (UNICODE added unless
//     ASCII). VERBOSE strips whitespace and #-comments outside classes.
//   - "." becomes "." or "(?s:.)"; "^" becomes \A or (?m:^); MULTILINE "$"
//     becomes (?m:$); \Z becomes \z; \A is kept; {,n} becomes {0,n}; a "{"
//     that is not a valid quantifier is a literal; character classes are
//     rebuilt with every literal escaped (so "[[:alpha:]]" keeps Python's
//     meaning); escapes \a \f \n \r \t \v \xhh \uhhhh \Uhhhhhhhh and octal
//     are decoded.
//   - Unicode classes (default): \d = \p{Nd}, \w = [\p{L}\p{N}_], \s =
//     exactly str.isspace() characters; \D \W \S are their exact complements,
//     also inside classes. These equal CPython's definitions (verified over
//     all code points with Unicode 14 data); Go's tables are Unicode 15, so
//     code points assigned in Unicode 15 may differ. With ASCII they are
//     [0-9], [0-9A-Za-z_], [\t\n\v\f\r ].
//   - Python's "$" without MULTILINE (end of string or before a final
//     newline) is translated to (?:\z|(\n)\z) with a hidden capture group;
//     when the newline branch is used, all reported offsets beyond the
//     newline are clamped back to it, so spans are exactly CPython's as long
//     as nothing that consumes characters follows the "$" (e.g. "a$\n" does
//     not match "a\n" as it does in CPython). FullMatch uses "$" = \z, which
//     is exact for the same class of patterns. Pattern.Re therefore may have
//     more subexpressions than Groups: always use the Pattern methods.
//   - pos/endpos follow CPython: the subject is cut at endpos (so "$", \Z
//     and \b see endpos as the end), while ^, \A, \b and \B look at the real
//     character before pos (done by matching one rune of context).
//
// Not supported (Compile returns an *Error with Unsupported set, message
// "re: ... not supported (Go RE2 engine)"): backreferences \1 and
// (?P=name), lookahead (?=...) (?!...), lookbehind (?<=...) (?<!...),
// conditionals (?(id)yes|no), atomic groups (?>...), possessive quantifiers
// (*+ ++ ?+ {m,n}+), \N{NAME} escapes, repeat counts above 1000 (RE2 limit),
// and other patterns Go rejects (e.g. too large after expansion). Bytes
// patterns and the LOCALE flag are not supported.
//
// Other differences from CPython:
//
//   - \b and \B use ASCII word characters (Go semantics) even in Unicode
//     mode: \bé does not match after a space.
//   - IGNORECASE uses Go's simple case folding; it folds non-ASCII letters
//     also with ASCII (e.g. (?ai)k matches U+212A KELVIN SIGN, which
//     CPython does not) and may differ for a few special folds.
//   - Iteration (Scan/FindAll/Split/Sub) implements CPython 3.7+ rules
//     (empty matches adjacent to a previous match are allowed), but when an
//     empty match is found where the previous empty match ended, CPython
//     backtracks for a non-empty match at the same position, whereas we move
//     on one character. This only matters for patterns that prefer an empty
//     match but could match non-empty there, e.g. findall("a*?", "aa") or
//     "|a".
//   - Matching is leftmost-first like CPython for regular constructs, but
//     runs in linear time (no catastrophic backtracking).
//   - LastIndex is inferred from group spans (exact unless groups repeat).
package pyre
