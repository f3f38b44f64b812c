package pyre

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// CPython's flag values.
const (
	TEMPLATE   = 1
	IGNORECASE = 2
	LOCALE     = 4
	MULTILINE  = 8
	DOTALL     = 16
	UNICODE    = 32
	VERBOSE    = 64
	DEBUG      = 128
	ASCII      = 256
)

// Error is a pattern or template error. For errors CPython would also
// raise, Msg is CPython's message (re.error.msg) and Pos its position in
// code points. Unsupported is set for valid Python syntax that Go's RE2
// engine cannot express (backreferences, lookaround, conditionals, atomic
// groups, possessive quantifiers, \N{...}, too large repeat counts).
type Error struct {
	Msg         string
	Pattern     string
	Pos         int // code point index into Pattern, -1 if unknown
	Unsupported bool
}

func (e *Error) Error() string {
	if e.Pos < 0 {
		return e.Msg
	}
	if strings.Contains(e.Pattern, "\n") {
		r := []rune(e.Pattern)
		p := e.Pos
		if p > len(r) {
			p = len(r)
		}
		before := string(r[:p])
		line := strings.Count(before, "\n") + 1
		col := p - len([]rune(before[:strings.LastIndex(before, "\n")+1]))
		if !strings.Contains(before, "\n") {
			col = p
		}
		return fmt.Sprintf("%s at position %d (line %d, column %d)", e.Msg, e.Pos, line, col+1)
	}
	return fmt.Sprintf("%s at position %d", e.Msg, e.Pos)
}

// GroupNameError corresponds to CPython's IndexError("unknown group name
// 'x'") raised for \g<x> in templates.
type GroupNameError struct{ Name string }

func (e *GroupNameError) Error() string { return fmt.Sprintf("unknown group name %s", pyRepr(e.Name)) }

func pyRepr(s string) string {
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		return `"` + s + `"`
	}
	return "'" + strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), "'", `\'`) + "'"
}

type flagState struct {
	ic, ml, dotall, verbose, ascii bool
}

type dollarMode int

const (
	dollarHidden dollarMode = iota // $ -> (?:\z|(\n)\z) with a hidden group
	dollarStrict                   // $ -> \z
)

type translator struct {
	src        []rune
	pattern    string
	pos        int
	mode       dollarMode
	groups     int
	groupIndex map[string]int
	goGroups   int
	goIndexOf  []int // python group -> go group
	hidden     []int
	open       map[int]bool
	ctx        bool
	global     flagState
	globalBits int
}

type itemKind int

const (
	kNone itemKind = iota
	kAtom
	kAt
	kRepeat
)

func (t *translator) errAt(pos int, format string, args ...interface{}) *Error {
	return &Error{Msg: fmt.Sprintf(format, args...), Pattern: t.pattern, Pos: pos}
}

func (t *translator) unsupported(pos int, what string) *Error {
	return &Error{Msg: "re: " + what + " not supported (Go RE2 engine)", Pattern: t.pattern, Pos: pos, Unsupported: true}
}

func (t *translator) peek() (rune, bool) {
	if t.pos < len(t.src) {
		return t.src[t.pos], true
	}
	return 0, false
}

func (t *translator) match(c rune) bool {
	if t.pos < len(t.src) && t.src[t.pos] == c {
		t.pos++
		return true
	}
	return false
}

func isSpace(c rune) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func (t *translator) skipVerbose() {
	for t.pos < len(t.src) {
		c := t.src[t.pos]
		if isSpace(c) {
			t.pos++
		} else if c == '#' {
			for t.pos < len(t.src) && t.src[t.pos] != '\n' {
				t.pos++
			}
		} else {
			return
		}
	}
}

// translate converts the whole pattern.
func (t *translator) translate(fl flagState) (string, error) {
	body, err := t.parseAlt(&fl, true, 0)
	if err != nil {
		return "", err
	}
	if t.pos < len(t.src) {
		if t.src[t.pos] == ')' {
			return "", t.errAt(t.pos, "unbalanced parenthesis")
		}
		return "", t.errAt(t.pos, "internal error")
	}
	t.global = fl
	return body, nil
}

func (t *translator) parseAlt(fl *flagState, top bool, nested int) (string, error) {
	var alts []string
	first := top
	for {
		s, err := t.parseSeq(fl, first, nested)
		if err != nil {
			return "", err
		}
		first = false
		alts = append(alts, s)
		if !t.match('|') {
			break
		}
	}
	return strings.Join(alts, "|"), nil
}

func (t *translator) parseSeq(fl *flagState, first bool, nested int) (string, error) {
	var items []string
	var kinds []itemKind
	add := func(s string, k itemKind) { items = append(items, s); kinds = append(kinds, k) }
	for {
		if fl.verbose {
			t.skipVerbose()
		}
		c, ok := t.peek()
		if !ok || c == '|' || c == ')' {
			break
		}
		start := t.pos
		t.pos++
		switch c {
		case '\\':
			s, k, err := t.parseEscape(fl, start)
			if err != nil {
				return "", err
			}
			add(s, k)
		case '[':
			s, err := t.parseClass(fl, start)
			if err != nil {
				return "", err
			}
			add(s, kAtom)
		case '.':
			if fl.dotall {
				add(`(?s:.)`, kAtom)
			} else {
				add(`.`, kAtom)
			}
		case '^':
			t.ctx = true
			if fl.ml {
				add(`(?m:^)`, kAt)
			} else {
				add(`\A`, kAt)
			}
		case '$':
			if fl.ml {
				add(`(?m:$)`, kAt)
			} else if t.mode == dollarStrict {
				add(`\z`, kAt)
			} else {
				t.goGroups++
				t.hidden = append(t.hidden, t.goGroups)
				add(`(?:\z|(\n)\z)`, kAt)
			}
		case '*', '+', '?', '{':
			q := string(c)
			if c == '{' {
				var lit bool
				var err error
				q, lit, err = t.parseBrace(start)
				if err != nil {
					return "", err
				}
				if lit {
					add(`\{`, kAtom)
					continue
				}
			}
			if len(items) == 0 || kinds[len(kinds)-1] == kAt {
				return "", t.errAt(start, "nothing to repeat")
			}
			if kinds[len(kinds)-1] == kRepeat {
				return "", t.errAt(start, "multiple repeat")
			}
			if t.match('?') {
				q += "?"
			} else if p, ok := t.peek(); ok && p == '+' {
				return "", t.unsupported(t.pos, "possessive quantifiers are")
			}
			items[len(items)-1] += q
			kinds[len(kinds)-1] = kRepeat
		case '(':
			s, k, global, err := t.parseGroup(fl, start, nested)
			if err != nil {
				return "", err
			}
			if global {
				if !first || len(items) > 0 {
					return "", t.errAt(start, "global flags not at the start of the expression")
				}
				continue
			}
			if k != kNone {
				add(s, k)
			}
		default:
			add(lit(c), kAtom)
		}
	}
	return strings.Join(items, ""), nil
}

// parseBrace parses after '{'. lit reports that '{' is a literal.
func (t *translator) parseBrace(start int) (q string, lit bool, err error) {
	here := t.pos
	if c, ok := t.peek(); ok && c == '}' {
		return "", true, nil
	}
	readDigits := func() string {
		b := t.pos
		for t.pos < len(t.src) && t.src[t.pos] >= '0' && t.src[t.pos] <= '9' {
			t.pos++
		}
		return string(t.src[b:t.pos])
	}
	lo := readDigits()
	hi := lo
	comma := false
	if t.match(',') {
		comma = true
		hi = readDigits()
	}
	if !t.match('}') {
		t.pos = here
		return "", true, nil
	}
	const maxRepeat = 4294967295
	min, max := 0, -1
	if lo != "" {
		v, e := strconv.ParseUint(lo, 10, 64)
		if e != nil || v >= maxRepeat {
			return "", false, &Error{Msg: "the repetition number is too large", Pattern: t.pattern, Pos: -1}
		}
		min = int(v)
	}
	if hi != "" {
		v, e := strconv.ParseUint(hi, 10, 64)
		if e != nil || v >= maxRepeat {
			return "", false, &Error{Msg: "the repetition number is too large", Pattern: t.pattern, Pos: -1}
		}
		max = int(v)
		if max < min {
			return "", false, t.errAt(here, "min repeat greater than max repeat")
		}
	}
	if min > 1000 || max > 1000 {
		return "", false, t.unsupported(start, "repeat counts above 1000 are")
	}
	switch {
	case !comma:
		return fmt.Sprintf("{%d}", min), false, nil
	case max < 0:
		return fmt.Sprintf("{%d,}", min), false, nil
	default:
		return fmt.Sprintf("{%d,%d}", min, max), false, nil
	}
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) {
			continue
		}
		if i > 0 && (unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc)) {
			continue
		}
		return false
	}
	return true
}

var flagLetters = map[rune]int{'a': ASCII, 'i': IGNORECASE, 'L': LOCALE, 'm': MULTILINE, 's': DOTALL, 'u': UNICODE, 'x': VERBOSE}

func applyFlags(fl *flagState, add, del int) {
	set := func(b *bool, f int) {
		if add&f != 0 {
			*b = true
		}
		if del&f != 0 {
			*b = false
		}
	}
	set(&fl.ic, IGNORECASE)
	set(&fl.ml, MULTILINE)
	set(&fl.dotall, DOTALL)
	set(&fl.verbose, VERBOSE)
	if add&ASCII != 0 {
		fl.ascii = true
	}
	if add&UNICODE != 0 {
		fl.ascii = false
	}
}

// parseGroup parses after '('.
func (t *translator) parseGroup(fl *flagState, start int, nested int) (string, itemKind, bool, error) {
	capture := true
	name := ""
	inner := *fl
	icChange := ""
	if t.match('?') {
		c, ok := t.peek()
		if !ok {
			return "", 0, false, t.errAt(t.pos, "unexpected end of pattern")
		}
		t.pos++
		switch {
		case c == ':':
			capture = false
		case c == 'P':
			if t.match('<') {
				b := t.pos
				for t.pos < len(t.src) && t.src[t.pos] != '>' {
					t.pos++
				}
				if t.pos >= len(t.src) {
					if b == t.pos {
						return "", 0, false, t.errAt(t.pos, "missing group name")
					}
					return "", 0, false, t.errAt(b, "missing >, unterminated name")
				}
				name = string(t.src[b:t.pos])
				t.pos++
				if name == "" {
					return "", 0, false, t.errAt(b, "missing group name")
				}
				if !isIdentifier(name) {
					return "", 0, false, t.errAt(b, "bad character in group name %s", pyRepr(name))
				}
			} else if t.match('=') {
				return "", 0, false, t.unsupported(start, "backreferences (?P=name) are")
			} else {
				c2, ok := t.peek()
				if !ok {
					return "", 0, false, t.errAt(t.pos, "unexpected end of pattern")
				}
				return "", 0, false, t.errAt(start+1, "unknown extension ?P%c", c2)
			}
		case c == '=':
			return "", 0, false, t.unsupported(start, "lookahead assertions (?=...) are")
		case c == '!':
			return "", 0, false, t.unsupported(start, "negative lookahead assertions (?!...) are")
		case c == '<':
			if t.match('=') {
				return "", 0, false, t.unsupported(start, "lookbehind assertions (?<=...) are")
			}
			if t.match('!') {
				return "", 0, false, t.unsupported(start, "negative lookbehind assertions (?<!...) are")
			}
			c2, ok := t.peek()
			if !ok {
				return "", 0, false, t.errAt(t.pos, "unexpected end of pattern")
			}
			return "", 0, false, t.errAt(start+1, "unknown extension ?<%c", c2)
		case c == '#':
			for t.pos < len(t.src) && t.src[t.pos] != ')' {
				t.pos++
			}
			if t.pos >= len(t.src) {
				return "", 0, false, t.errAt(start, "missing ), unterminated comment")
			}
			t.pos++
			return "", kNone, false, nil
		case c == '(':
			return "", 0, false, t.unsupported(start, "conditional groups (?(id)yes|no) are")
		case c == '>':
			return "", 0, false, t.unsupported(start, "atomic groups (?>...) are")
		case c == '-' || flagLetters[c] != 0:
			add, del, global, err := t.parseFlags(c)
			if err != nil {
				return "", 0, false, err
			}
			if global {
				applyFlags(fl, add, 0)
				t.globalBits |= add
				return "", kNone, true, nil
			}
			capture = false
			applyFlags(&inner, add, del)
			if inner.ic != fl.ic {
				if inner.ic {
					icChange = "i"
				} else {
					icChange = "-i"
				}
			}
		default:
			return "", 0, false, t.errAt(start+1, "unknown extension ?%c", c)
		}
	}
	var pyGroup int
	if capture {
		t.groups++
		pyGroup = t.groups
		t.goGroups++
		t.goIndexOf = append(t.goIndexOf, t.goGroups)
		if name != "" {
			if old, ok := t.groupIndex[name]; ok {
				return "", 0, false, t.errAt(start+4, "redefinition of group name %s as group %d; was group %d", pyRepr(name), pyGroup, old)
			}
			t.groupIndex[name] = pyGroup
		}
		t.open[pyGroup] = true
	}
	body, err := t.parseAlt(&inner, false, nested+1)
	if err != nil {
		return "", 0, false, err
	}
	delete(t.open, pyGroup)
	if !t.match(')') {
		return "", 0, false, t.errAt(start, "missing ), unterminated subpattern")
	}
	switch {
	case capture:
		return "(" + body + ")", kAtom, false, nil
	case icChange != "":
		return "(?" + icChange + ":" + body + ")", kAtom, false, nil
	default:
		return "(?:" + body + ")", kAtom, false, nil
	}
}

func (t *translator) parseFlags(c rune) (add, del int, global bool, err error) {
	if c != '-' {
		for {
			f := flagLetters[c]
			if c == 'L' {
				return 0, 0, false, t.errAt(t.pos-1, "bad inline flags: cannot use 'L' flag with a str pattern")
			}
			add |= f
			if f&(ASCII|UNICODE) != 0 && add&(ASCII|UNICODE) != f {
				return 0, 0, false, t.errAt(t.pos-1, "bad inline flags: flags 'a', 'u' and 'L' are incompatible")
			}
			n, ok := t.peek()
			if !ok {
				return 0, 0, false, t.errAt(t.pos, "missing -, : or )")
			}
			t.pos++
			c = n
			if c == ')' || c == '-' || c == ':' {
				break
			}
			if flagLetters[c] == 0 {
				if unicode.IsLetter(c) {
					return 0, 0, false, t.errAt(t.pos-1, "unknown flag")
				}
				return 0, 0, false, t.errAt(t.pos-1, "missing -, : or )")
			}
		}
	}
	if c == ')' {
		return add, 0, true, nil
	}
	if c == '-' {
		n, ok := t.peek()
		if !ok {
			return 0, 0, false, t.errAt(t.pos, "missing flag")
		}
		t.pos++
		c = n
		if flagLetters[c] == 0 {
			if unicode.IsLetter(c) {
				return 0, 0, false, t.errAt(t.pos-1, "unknown flag")
			}
			return 0, 0, false, t.errAt(t.pos-1, "missing flag")
		}
		for {
			f := flagLetters[c]
			if f&(ASCII|UNICODE|LOCALE) != 0 {
				return 0, 0, false, t.errAt(t.pos, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
			}
			del |= f
			n, ok := t.peek()
			if !ok {
				return 0, 0, false, t.errAt(t.pos, "missing :")
			}
			t.pos++
			c = n
			if c == ':' {
				break
			}
			if flagLetters[c] == 0 {
				if unicode.IsLetter(c) {
					return 0, 0, false, t.errAt(t.pos-1, "unknown flag")
				}
				return 0, 0, false, t.errAt(t.pos-1, "missing :")
			}
		}
	}
	if add&del != 0 {
		return 0, 0, false, t.errAt(t.pos-1, "bad inline flags: flag turned on and off")
	}
	return add, del, false, nil
}

func isHex(c rune) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func isOct(c rune) bool { return c >= '0' && c <= '7' }

func isASCIILetter(c rune) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// readHex reads exactly n hex digits after an escape letter.
func (t *translator) readHex(start, n int, letter rune) (rune, error) {
	b := t.pos
	for t.pos < len(t.src) && t.pos-b < n && isHex(t.src[t.pos]) {
		t.pos++
	}
	esc := string(t.src[start:t.pos])
	if t.pos-b != n {
		return 0, t.errAt(start, "incomplete escape %s", esc)
	}
	v, _ := strconv.ParseUint(string(t.src[b:t.pos]), 16, 64)
	if v > unicode.MaxRune {
		return 0, t.errAt(start, "bad escape %s", esc)
	}
	return rune(v), nil
}

// escapeCommon handles escapes valid both inside and outside classes that
// denote one code point: \a \f \n \r \t \v \x \u \U \N and non-letters.
// handled == false means the caller must handle it.
func (t *translator) escapeLiteral(c rune, start int) (r rune, handled bool, err error) {
	switch c {
	case 'a':
		return 7, true, nil
	case 'f':
		return '\f', true, nil
	case 'n':
		return '\n', true, nil
	case 'r':
		return '\r', true, nil
	case 't':
		return '\t', true, nil
	case 'v':
		return '\v', true, nil
	case '\\':
		return '\\', true, nil
	case 'x':
		r, err := t.readHex(start, 2, c)
		return r, true, err
	case 'u':
		r, err := t.readHex(start, 4, c)
		return r, true, err
	case 'U':
		r, err := t.readHex(start, 8, c)
		return r, true, err
	case 'N':
		return 0, true, t.unsupported(start, `named unicode escapes \N{...} are`)
	}
	return 0, false, nil
}

func (t *translator) parseEscape(fl *flagState, start int) (string, itemKind, error) {
	c, ok := t.peek()
	if !ok {
		return "", 0, t.errAt(start, "bad escape (end of pattern)")
	}
	t.pos++
	switch c {
	case 'A':
		t.ctx = true
		return `\A`, kAt, nil
	case 'Z':
		return `\z`, kAt, nil
	case 'b':
		t.ctx = true
		return `\b`, kAt, nil
	case 'B':
		t.ctx = true
		return `\B`, kAt, nil
	case 'd', 'D', 'w', 'W', 's', 'S':
		return categoryOutside(c, fl.ascii), kAtom, nil
	}
	if r, handled, err := t.escapeLiteral(c, start); handled {
		if err != nil {
			return "", 0, err
		}
		return lit(r), kAtom, nil
	}
	if c == '0' {
		b := t.pos - 1
		for t.pos < len(t.src) && t.pos-b < 3 && isOct(t.src[t.pos]) {
			t.pos++
		}
		v, _ := strconv.ParseUint(string(t.src[b:t.pos]), 8, 32)
		return lit(rune(v)), kAtom, nil
	}
	if c >= '1' && c <= '9' {
		b := t.pos - 1
		if n, ok := t.peek(); ok && n >= '0' && n <= '9' {
			t.pos++
			if isOct(c) && isOct(n) {
				if n3, ok := t.peek(); ok && isOct(n3) {
					t.pos++
					v, _ := strconv.ParseUint(string(t.src[b:t.pos]), 8, 32)
					if v > 0o377 {
						return "", 0, t.errAt(start, "octal escape value %s outside of range 0-0o377", string(t.src[start:t.pos]))
					}
					return lit(rune(v)), kAtom, nil
				}
			}
		}
		g, _ := strconv.Atoi(string(t.src[b:t.pos]))
		if g <= t.groups {
			if t.open[g] {
				return "", 0, t.errAt(start, "cannot refer to an open group")
			}
			return "", 0, t.unsupported(start, "backreferences (\\"+strconv.Itoa(g)+") are")
		}
		return "", 0, t.errAt(start+1, "invalid group reference %d", g)
	}
	if isASCIILetter(c) {
		return "", 0, t.errAt(start, "bad escape \\%c", c)
	}
	return lit(c), kAtom, nil
}

type classItem struct {
	lo, hi rune
	cat    rune // 0 for a range
}

func (t *translator) parseClass(fl *flagState, here int) (string, error) {
	negate := t.match('^')
	var items []classItem
	// next returns one class token: a literal code point or category.
	next := func() (classItem, string, bool, error) {
		if t.pos >= len(t.src) {
			return classItem{}, "", false, t.errAt(here, "unterminated character set")
		}
		s := t.pos
		c := t.src[t.pos]
		t.pos++
		if c != '\\' {
			return classItem{lo: c, hi: c}, string(c), false, nil
		}
		if t.pos >= len(t.src) {
			return classItem{}, "", false, t.errAt(s, "bad escape (end of pattern)")
		}
		e := t.src[t.pos]
		t.pos++
		switch e {
		case 'd', 'D', 'w', 'W', 's', 'S':
			return classItem{cat: e}, string(t.src[s:t.pos]), true, nil
		case 'b':
			return classItem{lo: 8, hi: 8}, `\b`, true, nil
		}
		if r, handled, err := t.escapeLiteral(e, s); handled {
			if err != nil {
				return classItem{}, "", false, err
			}
			return classItem{lo: r, hi: r}, string(t.src[s:t.pos]), true, nil
		}
		if isOct(e) {
			b := t.pos - 1
			for t.pos < len(t.src) && t.pos-b < 3 && isOct(t.src[t.pos]) {
				t.pos++
			}
			v, _ := strconv.ParseUint(string(t.src[b:t.pos]), 8, 32)
			if v > 0o377 {
				return classItem{}, "", false, t.errAt(s, "octal escape value %s outside of range 0-0o377", string(t.src[s:t.pos]))
			}
			return classItem{lo: rune(v), hi: rune(v)}, string(t.src[s:t.pos]), true, nil
		}
		if isASCIILetter(e) || (e >= '0' && e <= '9') {
			return classItem{}, "", false, t.errAt(s, "bad escape \\%c", e)
		}
		return classItem{lo: e, hi: e}, string(t.src[s:t.pos]), true, nil
	}
	for {
		if t.pos >= len(t.src) {
			return "", t.errAt(here, "unterminated character set")
		}
		if t.src[t.pos] == ']' && len(items) > 0 {
			t.pos++
			break
		}
		start := t.pos
		it1, s1, _, err := next()
		if err != nil {
			return "", err
		}
		if t.match('-') {
			if t.pos >= len(t.src) {
				return "", t.errAt(here, "unterminated character set")
			}
			if t.src[t.pos] == ']' {
				t.pos++
				items = append(items, it1, classItem{lo: '-', hi: '-'})
				break
			}
			it2, s2, _, err := next()
			if err != nil {
				return "", err
			}
			if it1.cat != 0 || it2.cat != 0 || it2.lo < it1.lo {
				return "", t.errAt(start, "bad character range %s-%s", s1, s2)
			}
			items = append(items, classItem{lo: it1.lo, hi: it2.lo})
			continue
		}
		items = append(items, it1)
	}
	// Emit.
	if len(items) == 1 && items[0].cat != 0 {
		c := items[0].cat
		if negate {
			c = swapCase(c)
		}
		return categoryOutside(c, fl.ascii), nil
	}
	var b strings.Builder
	b.WriteByte('[')
	if negate {
		b.WriteByte('^')
	}
	for _, it := range items {
		if it.cat != 0 {
			b.WriteString(categoryInClass(it.cat, fl.ascii))
			continue
		}
		b.WriteString(lit(it.lo))
		if it.hi != it.lo {
			b.WriteByte('-')
			b.WriteString(lit(it.hi))
		}
	}
	b.WriteByte(']')
	return b.String(), nil
}

func swapCase(c rune) rune {
	if c >= 'a' {
		return c - 'a' + 'A'
	}
	return c - 'A' + 'a'
}

// lit renders one code point as a Go regexp literal, valid both inside and
// outside character classes.
func lit(c rune) string {
	switch {
	case c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_':
		return string(c)
	case c >= 0x20 && c < 0x7f:
		return `\` + string(c)
	case c >= 0x80 && c <= unicode.MaxRune && unicode.IsPrint(c) && !(c >= 0xd800 && c <= 0xdfff):
		return string(c)
	}
	return fmt.Sprintf(`\x{%x}`, c)
}

// Python's str.isspace() code points.
var uniSpace = []rangeT{{9, 13}, {0x1c, 0x20}, {0x85, 0x85}, {0xa0, 0xa0}, {0x1680, 0x1680}, {0x2000, 0x200a},
	{0x2028, 0x2029}, {0x202f, 0x202f}, {0x205f, 0x205f}, {0x3000, 0x3000}}
var asciiSpace = []rangeT{{9, 13}, {0x20, 0x20}}
var asciiWord = []rangeT{{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}}
var asciiDigit = []rangeT{{'0', '9'}}

type rangeT struct{ lo, hi rune }

func complement(rs []rangeT) []rangeT {
	var out []rangeT
	next := rune(0)
	for _, r := range rs {
		if r.lo > next {
			out = append(out, rangeT{next, r.lo - 1})
		}
		next = r.hi + 1
	}
	if next <= unicode.MaxRune {
		out = append(out, rangeT{next, unicode.MaxRune})
	}
	return out
}

func rangesBody(rs []rangeT) string {
	var b strings.Builder
	for _, r := range rs {
		b.WriteString(lit(r.lo))
		if r.hi != r.lo {
			b.WriteByte('-')
			b.WriteString(lit(r.hi))
		}
	}
	return b.String()
}

var (
	nonWordOnce sync.Once
	nonWordBody string
)

// unicodeNonWord returns the class body for Python's Unicode \W
// (complement of letters, numbers and '_').
func unicodeNonWord() string {
	nonWordOnce.Do(func() {
		var rs []rangeT
		for _, tab := range []*unicode.RangeTable{unicode.L, unicode.N} {
			for _, r := range tab.R16 {
				for c := rune(r.Lo); c <= rune(r.Hi); c += rune(r.Stride) {
					rs = append(rs, rangeT{c, c})
					if r.Stride == 1 {
						rs[len(rs)-1].hi = rune(r.Hi)
						break
					}
				}
			}
			for _, r := range tab.R32 {
				for c := rune(r.Lo); c <= rune(r.Hi); c += rune(r.Stride) {
					rs = append(rs, rangeT{c, c})
					if r.Stride == 1 {
						rs[len(rs)-1].hi = rune(r.Hi)
						break
					}
				}
			}
		}
		rs = append(rs, rangeT{'_', '_'})
		sort.Slice(rs, func(i, j int) bool { return rs[i].lo < rs[j].lo })
		var merged []rangeT
		for _, r := range rs {
			if n := len(merged); n > 0 && r.lo <= merged[n-1].hi+1 {
				if r.hi > merged[n-1].hi {
					merged[n-1].hi = r.hi
				}
				continue
			}
			merged = append(merged, r)
		}
		nonWordBody = rangesBody(complement(merged))
	})
	return nonWordBody
}

func categoryOutside(c rune, ascii bool) string {
	if ascii {
		switch c {
		case 'd':
			return `[0-9]`
		case 'D':
			return `[^0-9]`
		case 'w':
			return `[0-9A-Z_a-z]`
		case 'W':
			return `[^0-9A-Z_a-z]`
		case 's':
			return `[\t-\r ]`
		case 'S':
			return `[^\t-\r ]`
		}
	}
	switch c {
	case 'd':
		return `\p{Nd}`
	case 'D':
		return `\P{Nd}`
	case 'w':
		return `[\p{L}\p{N}_]`
	case 'W':
		return `[^\p{L}\p{N}_]`
	case 's':
		return "[" + rangesBody(uniSpace) + "]"
	case 'S':
		return "[^" + rangesBody(uniSpace) + "]"
	}
	panic("bad category")
}

func categoryInClass(c rune, ascii bool) string {
	if ascii {
		switch c {
		case 'd':
			return rangesBody(asciiDigit)
		case 'D':
			return rangesBody(complement(asciiDigit))
		case 'w':
			return rangesBody(asciiWord)
		case 'W':
			return rangesBody(complement(asciiWord))
		case 's':
			return rangesBody(asciiSpace)
		case 'S':
			return rangesBody(complement(asciiSpace))
		}
	}
	switch c {
	case 'd':
		return `\p{Nd}`
	case 'D':
		return `\P{Nd}`
	case 'w':
		return `\p{L}\p{N}_`
	case 'W':
		return unicodeNonWord()
	case 's':
		return rangesBody(uniSpace)
	case 'S':
		return rangesBody(complement(uniSpace))
	}
	panic("bad category")
}
