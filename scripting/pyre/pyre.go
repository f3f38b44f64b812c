package pyre

import (
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"
)

// Pattern is a compiled Python pattern.
//
// Re is the Go regexp for an unanchored search from position 0; its
// subexpression numbering may include hidden helper groups (see doc.go), so
// use the methods of Pattern, which return indices for Python's groups only.
type Pattern struct {
	Re         *regexp.Regexp
	Pattern    string
	Flags      int
	GroupIndex map[string]int
	Groups     int
	// GoPattern is the translated RE2 syntax used for Re.
	GoPattern string

	prefix     string // global (?i)
	body       string // translated body, $ with hidden groups
	strictBody string // translated body, $ -> \z
	goIndexOf  []int  // python group -> go group in body
	hidden     []int  // go groups of hidden $ helpers in body
	strictIdx  []int  // python group -> go group in strictBody
	ctx        bool   // body looks behind (^, \A, \b, \B)

	once     [6]sync.Once
	variants [6]*regexp.Regexp
}

const (
	vMatch = iota
	vFull
	vSearchCtx
	vMatchCtx
	vFullCtx
)

func newTranslator(pattern string, mode dollarMode) *translator {
	return &translator{src: []rune(pattern), pattern: pattern, mode: mode,
		groupIndex: map[string]int{}, goIndexOf: []int{0}, open: map[int]bool{}}
}

func initialFlags(flags int) flagState {
	return flagState{ic: flags&IGNORECASE != 0, ml: flags&MULTILINE != 0, dotall: flags&DOTALL != 0,
		verbose: flags&VERBOSE != 0, ascii: flags&ASCII != 0}
}

// Compile translates and compiles a Python (str) pattern. flags are
// CPython's flag values.
func Compile(pattern string, flags int) (*Pattern, error) {
	if flags&LOCALE != 0 {
		return nil, &Error{Msg: "cannot use LOCALE flag with a str pattern", Pos: -1}
	}
	if flags&ASCII != 0 && flags&UNICODE != 0 {
		return nil, &Error{Msg: "ASCII and UNICODE flags are incompatible", Pos: -1}
	}
	t := newTranslator(pattern, dollarHidden)
	body, err := t.translate(initialFlags(flags))
	if err != nil {
		return nil, err
	}
	t2 := newTranslator(pattern, dollarStrict)
	strict, err := t2.translate(initialFlags(flags))
	if err != nil {
		return nil, err
	}
	all := flags | t.globalBits
	if all&ASCII == 0 {
		all |= UNICODE
	}
	if all&ASCII != 0 && all&UNICODE != 0 {
		return nil, &Error{Msg: "ASCII and UNICODE flags are incompatible", Pos: -1}
	}
	p := &Pattern{Pattern: pattern, Flags: all, GroupIndex: t.groupIndex, Groups: t.groups,
		body: body, strictBody: strict, goIndexOf: t.goIndexOf, hidden: t.hidden,
		strictIdx: t2.goIndexOf, ctx: t.ctx}
	if all&IGNORECASE != 0 {
		p.prefix = "(?i)"
	}
	p.GoPattern = p.prefix + body
	p.Re, err = regexp.Compile(p.GoPattern)
	if err != nil {
		return nil, &Error{Msg: "re: pattern not supported by Go RE2 engine: " + err.Error(), Pattern: pattern, Pos: -1, Unsupported: true}
	}
	return p, nil
}

// MustCompile is Compile that panics on error.
func MustCompile(pattern string, flags int) *Pattern {
	p, err := Compile(pattern, flags)
	if err != nil {
		panic(err)
	}
	return p
}

func (p *Pattern) variant(v int) *regexp.Regexp {
	p.once[v].Do(func() {
		var src string
		switch v {
		case vMatch:
			src = `\A(?:` + p.body + `)`
		case vFull:
			src = `\A(?:` + p.strictBody + `)\z`
		case vSearchCtx:
			src = `\A(?s:.)(?s:.*?)(` + p.body + `)`
		case vMatchCtx:
			src = `\A(?s:.)(` + p.body + `)`
		case vFullCtx:
			src = `\A(?s:.)(` + p.strictBody + `)\z`
		}
		p.variants[v] = regexp.MustCompile(p.prefix + src)
	})
	return p.variants[v]
}

func clampPos(s string, pos, endpos int) (int, int) {
	if pos < 0 {
		pos = 0
	} else if pos > len(s) {
		pos = len(s)
	}
	if endpos < 0 {
		endpos = 0
	} else if endpos > len(s) {
		endpos = len(s)
	}
	return pos, endpos
}

// convert maps raw Go submatch indices (relative to a subject starting at
// base) to Python group indices; shift is the extra leading go groups.
func (p *Pattern) convert(raw []int, base, shift int, idx []int, hidden []int) []int {
	if raw == nil {
		return nil
	}
	out := make([]int, 2*(p.Groups+1))
	nl := -1
	for _, h := range hidden {
		if s := raw[2*(h+shift)]; s >= 0 {
			if nl < 0 || s < nl {
				nl = s
			}
		}
	}
	for g := 0; g <= p.Groups; g++ {
		gg := 0
		if g > 0 {
			gg = idx[g] + shift
		} else if shift > 0 {
			gg = shift
		}
		a, b := raw[2*gg], raw[2*gg+1]
		if a >= 0 {
			if nl >= 0 {
				if a > nl {
					a = nl
				}
				if b > nl {
					b = nl
				}
			}
			a += base
			b += base
		}
		out[2*g], out[2*g+1] = a, b
	}
	return out
}

// needCtx reports whether matching at pos needs the preceding character.
func (p *Pattern) needCtx(pos int) bool { return pos > 0 && p.ctx }

// Match is pattern.match(s, pos, endpos) with byte offsets: the match must
// start at pos. It returns 2*(Groups+1) byte offsets into s (-1 for groups
// that did not participate), or nil.
func (p *Pattern) Match(s string, pos, endpos int) []int {
	pos, endpos = clampPos(s, pos, endpos)
	if pos > endpos {
		return nil
	}
	if p.needCtx(pos) {
		_, sz := utf8.DecodeLastRuneInString(s[:pos])
		raw := p.variant(vMatchCtx).FindStringSubmatchIndex(s[pos-sz : endpos])
		return p.convert(raw, pos-sz, 1, p.goIndexOf, p.hidden)
	}
	raw := p.variant(vMatch).FindStringSubmatchIndex(s[pos:endpos])
	return p.convert(raw, pos, 0, p.goIndexOf, p.hidden)
}

// FullMatch is pattern.fullmatch(s, pos, endpos).
func (p *Pattern) FullMatch(s string, pos, endpos int) []int {
	pos, endpos = clampPos(s, pos, endpos)
	if pos > endpos {
		return nil
	}
	if p.needCtx(pos) {
		_, sz := utf8.DecodeLastRuneInString(s[:pos])
		raw := p.variant(vFullCtx).FindStringSubmatchIndex(s[pos-sz : endpos])
		return p.convert(raw, pos-sz, 1, p.strictIdx, nil)
	}
	raw := p.variant(vFull).FindStringSubmatchIndex(s[pos:endpos])
	return p.convert(raw, pos, 0, p.strictIdx, nil)
}

// Search is pattern.search(s, pos, endpos).
func (p *Pattern) Search(s string, pos, endpos int) []int {
	pos, endpos = clampPos(s, pos, endpos)
	if pos > endpos {
		return nil
	}
	if p.needCtx(pos) {
		_, sz := utf8.DecodeLastRuneInString(s[:pos])
		raw := p.variant(vSearchCtx).FindStringSubmatchIndex(s[pos-sz : endpos])
		return p.convert(raw, pos-sz, 1, p.goIndexOf, p.hidden)
	}
	raw := p.Re.FindStringSubmatchIndex(s[pos:endpos])
	return p.convert(raw, pos, 0, p.goIndexOf, p.hidden)
}

// Scanner iterates over successive non-overlapping matches like
// pattern.finditer, with Python 3.7+ empty-match rules.
type Scanner struct {
	p           *Pattern
	s           string
	pos, endpos int
	mustAdvance bool
	done        bool
}

// Scan returns a Scanner over s[pos:endpos] (byte offsets).
func (p *Pattern) Scan(s string, pos, endpos int) *Scanner {
	pos, endpos = clampPos(s, pos, endpos)
	return &Scanner{p: p, s: s, pos: pos, endpos: endpos, done: pos > endpos}
}

// Next returns the next match, or nil when there are no more.
func (sc *Scanner) Next() []int {
	if sc.done {
		return nil
	}
	m := sc.p.Search(sc.s, sc.pos, sc.endpos)
	if m != nil && sc.mustAdvance && m[0] == sc.pos && m[1] == sc.pos {
		// CPython rejects an empty match at the position where the previous
		// empty match ended and continues searching from the next character.
		if sc.pos >= sc.endpos {
			m = nil
		} else {
			_, sz := utf8.DecodeRuneInString(sc.s[sc.pos:])
			m = sc.p.Search(sc.s, sc.pos+sz, sc.endpos)
		}
	}
	if m == nil {
		sc.done = true
		return nil
	}
	sc.mustAdvance = m[0] == m[1]
	sc.pos = m[1]
	return m
}

// FindAll returns all matches (each as from Match) like re.finditer /
// re.findall, with 3.7+ empty-match rules.
func (p *Pattern) FindAll(s string) [][]int { return p.FindAllPos(s, 0, len(s)) }

// FindAllPos is FindAll restricted to s[pos:endpos].
func (p *Pattern) FindAllPos(s string, pos, endpos int) [][]int {
	var out [][]int
	sc := p.Scan(s, pos, endpos)
	for m := sc.Next(); m != nil; m = sc.Next() {
		out = append(out, m)
	}
	return out
}

// Split is re.split(pattern, s, maxsplit): pieces between matches plus the
// captured groups of each match (nil for a group that did not participate).
func (p *Pattern) Split(s string, maxsplit int) []*string {
	var out []*string
	last := 0
	n := 0
	sc := p.Scan(s, 0, len(s))
	for maxsplit == 0 || n < maxsplit {
		m := sc.Next()
		if m == nil {
			break
		}
		piece := s[last:m[0]]
		out = append(out, &piece)
		for g := 1; g <= p.Groups; g++ {
			if m[2*g] < 0 {
				out = append(out, nil)
			} else {
				v := s[m[2*g]:m[2*g+1]]
				out = append(out, &v)
			}
		}
		n++
		last = m[1]
	}
	rest := s[last:]
	out = append(out, &rest)
	return out
}

// Sub is the core of re.subn: repl is called for each match (count == 0
// means all; count < 0 means none, as in CPython). It returns the new
// string and the number of substitutions.
func (p *Pattern) Sub(s string, repl func(match []int) string, count int) (string, int) {
	r, n, _ := p.SubFunc(s, func(m []int) (string, error) { return repl(m), nil }, count)
	return r, n
}

// SubFunc is Sub with a replacement function that can fail; the first
// error stops the substitution and is returned.
func (p *Pattern) SubFunc(s string, repl func(match []int) (string, error), count int) (string, int, error) {
	var b strings.Builder
	i, n := 0, 0
	sc := p.Scan(s, 0, len(s))
	for count == 0 || n < count {
		m := sc.Next()
		if m == nil {
			break
		}
		if i < m[0] {
			b.WriteString(s[i:m[0]])
		}
		r, err := repl(m)
		if err != nil {
			return "", n, err
		}
		b.WriteString(r)
		i = m[1]
		n++
	}
	if i < len(s) {
		b.WriteString(s[i:])
	}
	return b.String(), n, nil
}

// LastIndex returns match.lastindex (0 for None): the Python group that was
// closed last, i.e. the matched group with the greatest end, preferring the
// outermost (lowest numbered) group among groups with that end. This is
// exact for patterns whose groups are not repeated.
func LastIndex(match []int) int {
	best, bestEnd, bestStart := 0, -1, 0
	for g := 1; 2*g+1 < len(match); g++ {
		a, e := match[2*g], match[2*g+1]
		if a < 0 {
			continue
		}
		if e > bestEnd || (e == bestEnd && a < bestStart) {
			best, bestEnd, bestStart = g, e, a
		}
	}
	return best
}

// LastGroup returns the name of the LastIndex group, or "" if it is unnamed.
func (p *Pattern) LastGroup(match []int) string {
	li := LastIndex(match)
	for name, g := range p.GroupIndex {
		if g == li && li > 0 {
			return name
		}
	}
	return ""
}

// RuneIndex converts a byte offset into s to a code point index (Python
// index). Negative offsets are returned unchanged.
func RuneIndex(s string, byteOff int) int {
	if byteOff < 0 {
		return byteOff
	}
	if byteOff > len(s) {
		byteOff = len(s)
	}
	return utf8.RuneCountInString(s[:byteOff])
}

// ByteIndex converts a code point index into s to a byte offset; indices
// past the end map to len(s).
func ByteIndex(s string, runeIdx int) int {
	if runeIdx <= 0 {
		return 0
	}
	i := 0
	for off := range s {
		if i == runeIdx {
			return off
		}
		i++
	}
	return len(s)
}

// Escape is re.escape (3.7+): backslash-escapes the characters
// ()[]{}?*+-|^$\.&~# and whitespace \t\n\r\v\f and space.
func Escape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 128 && strings.ContainsRune("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
