package pyre

import (
	"strconv"
	"strings"
)

// Template is a parsed replacement template (re.sub's repl string).
type Template struct {
	parts []tplPart
}

type tplPart struct {
	lit   string
	group int // -1 for a literal
}

// ParseTemplate parses a Python replacement string the way CPython 3.11's
// re._parser.parse_template does: \1..\99 and \g<n>/\g<name> group
// references, octal escapes (\0, \012, 3-digit octal), \a \b \f \n \r \t \v
// \\ escapes; other non-letter escapes are kept verbatim (backslash
// included), unknown ASCII-letter escapes are errors. groups is the number of
// groups of the pattern.
func ParseTemplate(template string, groupIndex map[string]int, groups int) (*Template, error) {
	src := []rune(template)
	t := &Template{}
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			t.parts = append(t.parts, tplPart{lit: lit.String(), group: -1})
			lit.Reset()
		}
	}
	errAt := func(pos int, msg string) error {
		return &Error{Msg: msg, Pattern: template, Pos: pos}
	}
	addGroup := func(index, pos int) error {
		if index > groups {
			return errAt(pos, "invalid group reference "+strconv.Itoa(index))
		}
		flush()
		t.parts = append(t.parts, tplPart{group: index})
		return nil
	}
	isDigit := func(i int) bool { return i < len(src) && src[i] >= '0' && src[i] <= '9' }
	isOctAt := func(i int) bool { return i < len(src) && src[i] >= '0' && src[i] <= '7' }
	i := 0
	for i < len(src) {
		c := src[i]
		if c != '\\' {
			lit.WriteRune(c)
			i++
			continue
		}
		if i+1 >= len(src) {
			return nil, errAt(len(src)-1, "bad escape (end of pattern)")
		}
		start := i
		e := src[i+1]
		i += 2
		switch {
		case e == 'g':
			if i >= len(src) || src[i] != '<' {
				return nil, errAt(i, "missing <")
			}
			i++
			nb := i
			for i < len(src) && src[i] != '>' {
				i++
			}
			if i >= len(src) {
				if nb == i {
					return nil, errAt(i, "missing group name")
				}
				return nil, errAt(nb, "missing >, unterminated name")
			}
			name := string(src[nb:i])
			i++
			if name == "" {
				return nil, errAt(nb, "missing group name")
			}
			var index int
			if isIdentifier(name) {
				g, ok := groupIndex[name]
				if !ok {
					return nil, &GroupNameError{Name: name}
				}
				index = g
			} else {
				v, err := strconv.Atoi(strings.TrimSpace(name))
				if err != nil || v < 0 || strings.HasPrefix(strings.TrimSpace(name), "-") {
					return nil, errAt(nb, "bad character in group name "+pyRepr(name))
				}
				if v >= 1<<30 {
					return nil, errAt(nb, "invalid group reference "+strconv.Itoa(v))
				}
				index = v
			}
			if err := addGroup(index, nb); err != nil {
				return nil, err
			}
		case e == '0':
			j := i
			for j < len(src) && j-i < 2 && isOctAt(j) {
				j++
			}
			v, _ := strconv.ParseUint(string(src[i-1:j]), 8, 32)
			lit.WriteRune(rune(v & 0xff))
			i = j
		case e >= '1' && e <= '9':
			if isDigit(i) {
				if isOctAt(i-1) && isOctAt(i) && isOctAt(i+1) {
					v, _ := strconv.ParseUint(string(src[i-1:i+2]), 8, 32)
					if v > 0o377 {
						return nil, errAt(start, "octal escape value \\"+string(src[i-1:i+2])+" outside of range 0-0o377")
					}
					lit.WriteRune(rune(v))
					i += 2
					continue
				}
				i++
			}
			g, _ := strconv.Atoi(string(src[start+1 : i]))
			if err := addGroup(g, start+1); err != nil {
				return nil, err
			}
		default:
			switch e {
			case 'a':
				lit.WriteByte(7)
			case 'b':
				lit.WriteByte(8)
			case 'f':
				lit.WriteByte('\f')
			case 'n':
				lit.WriteByte('\n')
			case 'r':
				lit.WriteByte('\r')
			case 't':
				lit.WriteByte('\t')
			case 'v':
				lit.WriteByte('\v')
			case '\\':
				lit.WriteByte('\\')
			default:
				if isASCIILetter(e) {
					return nil, errAt(start, "bad escape \\"+string(e))
				}
				lit.WriteByte('\\')
				lit.WriteRune(e)
			}
		}
	}
	flush()
	return t, nil
}

// Expand builds the replacement for one match (byte offsets into s, as
// returned by Pattern methods). Unmatched groups expand to "".
func (t *Template) Expand(s string, match []int) string {
	var b strings.Builder
	for _, p := range t.parts {
		if p.group < 0 {
			b.WriteString(p.lit)
			continue
		}
		if 2*p.group+1 < len(match) && match[2*p.group] >= 0 {
			b.WriteString(s[match[2*p.group]:match[2*p.group+1]])
		}
	}
	return b.String()
}

// Literal reports whether the template contains no group references, and
// its text if so.
func (t *Template) Literal() (string, bool) {
	var b strings.Builder
	for _, p := range t.parts {
		if p.group >= 0 {
			return "", false
		}
		b.WriteString(p.lit)
	}
	return b.String(), true
}

// ExpandTemplate parses template and expands it for one match (like
// match.expand(template)). The number of groups is len(match)/2-1.
func ExpandTemplate(template string, s string, match []int, groupIndex map[string]int) (string, error) {
	t, err := ParseTemplate(template, groupIndex, len(match)/2-1)
	if err != nil {
		return "", err
	}
	return t.Expand(s, match), nil
}
