package scripting

import (
	"fmt"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/runenames"
)

// The gpython parser knows the Python 3.4 grammar, which has no f-strings.
// rewriteFStrings turns each f-string literal into an equivalent expression
// before parsing:  f"a{x!r:>{w}}b"  →  ("a" + __fstr__(x, "r", ">" + __fstr__(w, "", "") ) + "b")
// keeping every newline so line numbers stay right.

func rewriteFStrings(src string) (string, error) {
	var out strings.Builder
	i := 0
	line := 1
	n := len(src)
	depth := 0        // bracket depth outside strings
	lastLitEnd := -1  // src index just past the previous string literal
	lastWasF := false // whether that literal was an f-string
	for i < n {
		ch := src[i]
		switch ch {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		}
		switch {
		case ch == '#':
			j := strings.IndexByte(src[i:], '\n')
			if j < 0 {
				j = n - i
			}
			out.WriteString(src[i : i+j])
			i += j
		case ch == '\n':
			line++
			out.WriteByte(ch)
			i++
		case ch >= '0' && ch <= '9' && (i == 0 || !isIdentByte(src[i-1])):
			// numeric literal: drop PEP 515 underscores (1_000_000)
			j := numberEnd(src, i)
			out.WriteString(strings.ReplaceAll(src[i:j], "_", ""))
			i = j
		case ch == '"' || ch == '\'':
			// find the prefix already copied
			p := i
			for p > 0 && strings.IndexByte("rRbBuUfF", src[p-1]) >= 0 {
				p--
			}
			if p > 0 && isIdentByte(src[p-1]) {
				p = i // part of an identifier, not a prefix
			}
			prefix := src[p:i]
			end, err := stringEnd(src, i, strings.ContainsAny(prefix, "rR"))
			if err != nil {
				return "", &syntaxIssue{msg: err.Error(), line: line}
			}
			lit := src[i:end]
			isF := strings.ContainsAny(prefix, "fF")
			// "a" f"{x}" is implicit concatenation; once an f-string becomes an
			// expression the two must be joined with + explicitly
			if lastLitEnd >= 0 && (isF || lastWasF) && adjacentLiteral(src[lastLitEnd:p], depth > 0) {
				s := out.String()
				out.Reset()
				out.WriteString(s[:len(s)-len(prefix)])
				out.WriteString(" + ")
				out.WriteString(prefix)
			}
			lastLitEnd, lastWasF = end, isF
			if isF {
				// drop the prefix we already wrote
				s := out.String()
				out.Reset()
				out.WriteString(s[:len(s)-len(prefix)])
				if !strings.ContainsAny(prefix, "rR") && strings.Contains(lit, "\\N{") {
					if lit, err = expandNamedEscapes(lit, line); err != nil {
						return "", err
					}
				}
				expr, err := fstringExpr(strings.NewReplacer("f", "", "F", "").Replace(prefix), lit, line)
				if err != nil {
					return "", err
				}
				out.WriteString(expr)
			} else {
				if !strings.ContainsAny(prefix, "rRbB") && strings.Contains(lit, "\\N{") {
					lit, err = expandNamedEscapes(lit, line)
					if err != nil {
						return "", err
					}
				}
				out.WriteString(lit)
			}
			line += strings.Count(lit, "\n")
			i = end
		default:
			out.WriteByte(ch)
			i++
		}
	}
	return out.String(), nil
}

func isIdentByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

type fsErr struct{ msg string }

func (e *fsErr) Error() string { return e.msg }

// stringEnd returns the index just past the string literal starting at i.
func stringEnd(src string, i int, raw bool) (int, error) {
	q := src[i]
	triple := strings.HasPrefix(src[i:], strings.Repeat(string(q), 3))
	j := i + 1
	if triple {
		j = i + 3
	}
	for j < len(src) {
		c := src[j]
		if c == '\\' {
			j += 2
			continue
		}
		if triple {
			if strings.HasPrefix(src[j:], strings.Repeat(string(q), 3)) {
				return j + 3, nil
			}
		} else {
			if c == q {
				return j + 1, nil
			}
			if c == '\n' {
				return 0, &fsErr{"unterminated string literal"}
			}
		}
		j++
	}
	if triple {
		return 0, &fsErr{"unterminated triple-quoted string literal"}
	}
	return 0, &fsErr{"unterminated string literal"}
}

// fstringExpr converts one f-string literal (with quotes) to an expression.
func fstringExpr(prefix, lit string, line int) (string, error) {
	q := lit[:1]
	if strings.HasPrefix(lit, strings.Repeat(q, 3)) {
		q = lit[:3]
	}
	body := lit[len(q) : len(lit)-len(q)]
	parts, err := fstringParts(prefix, q, body, line)
	if err != nil {
		return "", err
	}
	if len(parts) == 0 {
		return prefix + q + q, nil
	}
	return "(" + strings.Join(parts, " + ") + ")", nil
}

// fstringParts splits an f-string body into literal and replacement parts,
// each already an expression.
func fstringParts(prefix, q, body string, line int) ([]string, error) {
	var parts []string
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			parts = append(parts, prefix+q+lit.String()+q)
			lit.Reset()
		}
	}
	i := 0
	for i < len(body) {
		c := body[i]
		switch {
		case c == '\\' && i+1 < len(body):
			lit.WriteString(body[i : i+2])
			i += 2
		case c == '{':
			if i+1 < len(body) && body[i+1] == '{' {
				lit.WriteByte('{')
				i += 2
				continue
			}
			flush()
			expr, conv, spec, end, err := fstringField(body, i+1, line)
			if err != nil {
				return nil, err
			}
			specExpr := `""`
			if spec != "" {
				sp, err := fstringParts(prefix, q, spec, line)
				if err != nil {
					return nil, err
				}
				if len(sp) > 0 {
					specExpr = "(" + strings.Join(sp, " + ") + ")"
				}
			}
			if strings.TrimSpace(expr) == "" {
				return nil, &syntaxIssue{msg: "f-string: empty expression not allowed", line: line}
			}
			// the expression may hold f-strings of its own (other quotes)
			if expr, err = rewriteFStrings(expr); err != nil {
				return nil, err
			}
			parts = append(parts, "__fstr__(("+expr+"), \""+conv+"\", "+specExpr+")")
			i = end
		case c == '}':
			if i+1 < len(body) && body[i+1] == '}' {
				lit.WriteByte('}')
				i += 2
				continue
			}
			return nil, &syntaxIssue{msg: "f-string: single '}' is not allowed", line: line}
		default:
			lit.WriteByte(c)
			i++
		}
	}
	flush()
	return parts, nil
}

// fstringField parses `expr[!conv][:spec]}` starting at i; end is past '}'.
func fstringField(body string, i, line int) (expr, conv, spec string, end int, err error) {
	depth := 0
	start := i
	for i < len(body) {
		c := body[i]
		switch {
		case c == '\'' || c == '"':
			j := i + 1
			for j < len(body) && body[j] != c {
				if body[j] == '\\' {
					j++
				}
				j++
			}
			i = j + 1
			continue
		case c == '(' || c == '[' || c == '{':
			depth++
		case c == ')' || c == ']':
			depth--
		case c == '}' && depth > 0:
			depth--
		case depth == 0 && c == '!' && i+1 < len(body) && body[i+1] != '=':
			expr = body[start:i]
			if i+1 >= len(body) {
				return "", "", "", 0, &syntaxIssue{msg: "f-string: expecting '}'", line: line}
			}
			conv = body[i+1 : i+2]
			if conv != "r" && conv != "s" && conv != "a" {
				return "", "", "", 0, &syntaxIssue{msg: "f-string: invalid conversion character: expected 's', 'r', or 'a'", line: line}
			}
			i += 2
			if i < len(body) && body[i] == ':' {
				spec, end, err = fstringSpec(body, i+1, line)
				return expr, conv, spec, end, err
			}
			if i < len(body) && body[i] == '}' {
				return expr, conv, "", i + 1, nil
			}
			return "", "", "", 0, &syntaxIssue{msg: "f-string: expecting '}'", line: line}
		case depth == 0 && c == ':':
			expr = body[start:i]
			spec, end, err = fstringSpec(body, i+1, line)
			return expr, "", spec, end, err
		case depth == 0 && c == '}':
			return body[start:i], "", "", i + 1, nil
		}
		i++
	}
	return "", "", "", 0, &syntaxIssue{msg: "f-string: expecting '}'", line: line}
}

// fstringSpec reads a format spec (which may hold nested {fields}).
func fstringSpec(body string, i, line int) (string, int, error) {
	start := i
	depth := 0
	for i < len(body) {
		switch body[i] {
		case '{':
			depth++
		case '}':
			if depth == 0 {
				return body[start:i], i + 1, nil
			}
			depth--
		}
		i++
	}
	return "", 0, &syntaxIssue{msg: "f-string: expecting '}'", line: line}
}

// checkUnsupported reports syntax the dialect deliberately lacks with a
// clear message instead of a bare "invalid syntax".
func checkUnsupported(src string) error {
	line := 1
	inStr := byte(0)
	triple := false
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '\n' {
			line++
		}
		if inStr != 0 {
			if c == '\\' {
				i++
				continue
			}
			if c == inStr {
				if triple {
					if strings.HasPrefix(src[i:], strings.Repeat(string(c), 3)) {
						inStr = 0
						i += 2
					}
				} else {
					inStr = 0
				}
			}
			continue
		}
		switch c {
		case '#':
			for i < len(src) && src[i] != '\n' {
				i++
			}
			i--
		case '\'', '"':
			inStr = c
			triple = strings.HasPrefix(src[i:], strings.Repeat(string(c), 3))
			if triple {
				i += 2
			}
		case ':':
			if i+1 < len(src) && src[i+1] == '=' {
				return &syntaxIssue{msg: "assignment expressions (:=) are not supported in the Lumen dialect", line: line, col: col(src, i)}
			}
		case '@':
			// decorators start a line; matmul sits between operands
			j := i - 1
			for j >= 0 && (src[j] == ' ' || src[j] == '\t') {
				j--
			}
			if j >= 0 && src[j] != '\n' && src[j] != ';' {
				return &syntaxIssue{msg: "the @ (matrix multiplication) operator is not supported in the Lumen dialect; use lm.dot(a, b) or a.dot(b)", line: line, col: col(src, i)}
			}
		case 'a':
			if (i == 0 || !isIdentByte(src[i-1])) && strings.HasPrefix(src[i:], "async") && (i+5 >= len(src) || !isIdentByte(src[i+5])) {
				return &syntaxIssue{msg: "async/await are not supported in the Lumen dialect", line: line, col: col(src, i)}
			}
			if (i == 0 || !isIdentByte(src[i-1])) && strings.HasPrefix(src[i:], "await ") {
				return &syntaxIssue{msg: "async/await are not supported in the Lumen dialect", line: line, col: col(src, i)}
			}
		}
	}
	return nil
}

func col(src string, i int) int {
	j := strings.LastIndexByte(src[:i], '\n')
	return i - j - 1
}

var (
	runeNamesOnce sync.Once
	runeByName    map[string]rune
)

// expandNamedEscapes replaces \N{NAME} escapes (which the 3.4 lexer lacks)
// by \U escapes of the named character.
func expandNamedEscapes(lit string, line int) (string, error) {
	runeNamesOnce.Do(func() {
		runeByName = map[string]rune{}
		for r := rune(0); r <= unicode.MaxRune; r++ {
			if n := runenames.Name(r); n != "" && !strings.HasPrefix(n, "<") {
				runeByName[n] = r
			}
		}
	})
	var b strings.Builder
	for i := 0; i < len(lit); i++ {
		if lit[i] == '\\' && i+1 < len(lit) {
			if lit[i+1] == 'N' && i+2 < len(lit) && lit[i+2] == '{' {
				end := strings.IndexByte(lit[i:], '}')
				if end < 0 {
					return "", &syntaxIssue{msg: "(unicode error) 'unicodeescape' codec can't decode bytes: malformed \\N character escape", line: line}
				}
				name := strings.ToUpper(lit[i+3 : i+end])
				r, ok := runeByName[name]
				if !ok {
					return "", &syntaxIssue{msg: "(unicode error) 'unicodeescape' codec can't decode bytes: unknown Unicode character name", line: line}
				}
				fmt.Fprintf(&b, "\\U%08x", r)
				i += end
				continue
			}
			b.WriteByte(lit[i])
			b.WriteByte(lit[i+1])
			i++
			continue
		}
		b.WriteByte(lit[i])
	}
	return b.String(), nil
}

// numberEnd returns the end of the numeric literal starting at i.
func numberEnd(src string, i int) int {
	n := len(src)
	digits := func(j int, ok func(byte) bool) int {
		for j < n && (ok(src[j]) || src[j] == '_') {
			j++
		}
		return j
	}
	dec := func(c byte) bool { return c >= '0' && c <= '9' }
	if src[i] == '0' && i+1 < n && strings.IndexByte("xXoObB", src[i+1]) >= 0 {
		return digits(i+2, func(c byte) bool { return dec(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' })
	}
	j := digits(i, dec)
	if j < n && src[j] == '.' && !(j+1 < n && (src[j+1] == '_' || src[j+1] >= 'A' && src[j+1] <= 'z' && src[j+1] != 'e' && src[j+1] != 'E' && src[j+1] != 'j' && src[j+1] != 'J')) {
		j = digits(j+1, dec)
	}
	if j < n && (src[j] == 'e' || src[j] == 'E') {
		k := j + 1
		if k < n && (src[k] == '+' || src[k] == '-') {
			k++
		}
		if k < n && dec(src[k]) {
			j = digits(k, dec)
		}
	}
	if j < n && (src[j] == 'j' || src[j] == 'J') {
		j++
	}
	return j
}

// adjacentLiteral reports whether gap, the source between two string
// literals, makes them one implicitly concatenated literal: only blanks,
// comments and (inside brackets, or after a backslash) newlines.
func adjacentLiteral(gap string, inBrackets bool) bool {
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case ' ', '\t':
		case '\\':
			if i+1 < len(gap) && gap[i+1] == '\n' {
				i++
				continue
			}
			return false
		case '\n', '\r':
			if !inBrackets {
				return false
			}
		case '#':
			for i < len(gap) && gap[i] != '\n' {
				i++
			}
			i--
		default:
			return false
		}
	}
	return true
}
