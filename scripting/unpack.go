package scripting

import (
	"strings"
)

// PEP 448 (Python 3.5) lets displays and calls unpack several iterables and
// mappings: [*a, *b], {**d, "k": 1}, f(*a, *b, **c, **d). The 3.4 parser
// does not know it, so rewriteUnpacking turns such brackets into calls of
// hidden builtins before parsing:
//
//	[x, *a]        → __unpack_list__([x], a)
//	(x, *a)        → __unpack_tuple__([x], a)
//	{x, *a}        → __unpack_set__([x], a)
//	{**d, "k": 1}  → __unpack_dict__(d, {"k": 1})
//	f(*a, *b, **c, **d) → f(*__unpack_list__(a, b), **__unpack_dict__(c, d))
//
// Brackets it does not need to touch are copied unchanged.

var rewriteKeywords = map[string]bool{"in": true, "not": true, "and": true, "or": true, "return": true, "yield": true,
	"if": true, "elif": true, "else": true, "while": true, "for": true, "is": true, "assert": true, "del": true,
	"lambda": true, "import": true, "from": true, "with": true, "as": true, "raise": true, "await": true, "print": false}

func rewriteUnpacking(src string) string {
	if !strings.Contains(src, "*") {
		return src
	}
	out, _ := rewriteSpan(src, 0, 0)
	return out
}

// rewriteSpan copies src from i until the closing bracket `close` (0 = end),
// rewriting nested brackets; it returns the text and the index after close.
func rewriteSpan(src string, i int, close byte) (string, int) {
	var b strings.Builder
	for i < len(src) {
		c := src[i]
		switch {
		case c == '#':
			j := strings.IndexByte(src[i:], '\n')
			if j < 0 {
				j = len(src) - i
			}
			b.WriteString(src[i : i+j])
			i += j
		case c == '\'' || c == '"':
			end, err := stringEnd(src, i, isRawPrefix(src, i))
			if err != nil {
				b.WriteString(src[i:])
				return b.String(), len(src)
			}
			b.WriteString(src[i:end])
			i = end
		case c == '(' || c == '[' || c == '{':
			closer := map[byte]byte{'(': ')', '[': ']', '{': '}'}[c]
			inner, next := rewriteSpan(src, i+1, closer)
			prev := b.String()
			if isTarget(prev, src[next:]) || isDefParams(prev, c) {
				b.WriteString(string(c) + inner + string(closer))
			} else {
				b.WriteString(rewriteGroup(prev, c, inner))
			}
			i = next
		case close != 0 && c == close:
			return b.String(), i + 1
		default:
			b.WriteByte(c)
			i++
		}
	}
	return b.String(), i
}

func isRawPrefix(src string, i int) bool {
	for j := i - 1; j >= 0 && strings.IndexByte("rRbBuUfF", src[j]) >= 0; j-- {
		if src[j] == 'r' || src[j] == 'R' {
			return true
		}
	}
	return false
}

// splitTopLevel splits bracket contents at commas outside nested brackets and strings.
func splitTopLevel(s string) []string {
	var parts []string
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\'', '"':
			if end, err := stringEnd(s, i, isRawPrefix(s, i)); err == nil {
				i = end - 1
			}
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		case '#':
			for i < len(s) && s[i] != '\n' {
				i++
			}
		case ',':
			if depth == 0 {
				parts = append(parts, s[start:i])
				start = i + 1
			}
		}
	}
	parts = append(parts, s[start:])
	return parts
}

// rewriteGroup rewrites one bracket group whose (already rewritten) inner
// text is inner; prev is the output so far, to tell calls from displays.
func rewriteGroup(prev string, open byte, inner string) string {
	closer := map[byte]string{'(': ")", '[': "]", '{': "}"}[open]
	orig := string(open) + inner + closer
	if !strings.Contains(inner, "*") {
		return orig
	}
	parts := splitTopLevel(inner)
	trailingComma := false
	if len(parts) > 1 && strings.TrimSpace(parts[len(parts)-1]) == "" {
		parts = parts[:len(parts)-1]
		trailingComma = true
	}
	items := make([]unpackItem, 0, len(parts))
	stars, dstars := 0, 0
	for _, p := range parts {
		t := strings.TrimSpace(p)
		it := unpackItem{text: p}
		switch {
		case strings.HasPrefix(t, "**"):
			it.star, it.text = 2, t[2:]
			dstars++
		case strings.HasPrefix(t, "*"):
			it.star, it.text = 1, t[1:]
			stars++
			if strings.TrimSpace(it.text) == "" {
				return orig // a bare * marks keyword-only parameters
			}
		}
		if strings.HasPrefix(t, "lambda") && (len(t) == 6 || !isIdentByte(t[6])) {
			return orig // lambda parameters, not a display
		}
		items = append(items, it)
	}
	if stars == 0 && dstars == 0 {
		return orig
	}
	isCall := false
	if open != '{' {
		p := strings.TrimRight(prev, " \t\n\\")
		if p != "" {
			last := p[len(p)-1]
			if last == ')' || last == ']' || last == '\'' || last == '"' || isIdentByte(last) {
				isCall = true
				if isIdentByte(last) {
					j := len(p)
					for j > 0 && isIdentByte(p[j-1]) {
						j--
					}
					if rewriteKeywords[p[j:]] {
						isCall = false
					}
				}
			}
		}
	}
	if isCall {
		if open == '[' {
			return orig // subscript
		}
		return rewriteCall(items, trailingComma)
	}
	// displays
	switch open {
	case '[', '(':
		if open == '(' && len(items) == 1 && !trailingComma {
			return orig // parenthesised expression, e.g. (*a) is invalid anyway
		}
		fn := "__unpack_list__"
		if open == '(' {
			fn = "__unpack_tuple__"
		}
		return fn + "(" + joinGroups(items, "[", "]") + ")"
	case '{':
		if dstars > 0 {
			return "__unpack_dict__(" + joinGroups(items, "{", "}") + ")"
		}
		return "__unpack_set__(" + joinGroups(items, "[", "]") + ")"
	}
	return orig
}

// unpackItem is one element of a bracket: star is 0 (plain), 1 (*x) or 2 (**x).
type unpackItem struct {
	text string
	star int
}

// joinGroups makes the argument list of an __unpack_*__ call: starred items
// as they are, runs of plain items wrapped in a display.
func joinGroups(items []unpackItem, open, close string) string {
	var args []string
	var run []string
	flush := func() {
		if len(run) > 0 {
			args = append(args, open+strings.Join(run, ",")+close)
			run = nil
		}
	}
	for _, it := range items {
		if it.star != 0 {
			flush()
			args = append(args, it.text)
		} else {
			run = append(run, it.text)
		}
	}
	flush()
	return strings.Join(args, ", ")
}

// rewriteCall keeps simple calls intact and merges several * or ** arguments.
func rewriteCall(items []unpackItem, trailingComma bool) string {
	var pos []unpackItem
	var kws []string
	var dicts []unpackItem
	stars, positionalAfterStar := 0, false
	for _, it := range items {
		t := strings.TrimSpace(it.text)
		switch {
		case it.star == 2:
			dicts = append(dicts, it)
		case it.star == 0 && isKeywordArg(t) && len(dicts) > 0:
			// keyword after **: fold it into the merged mapping
			eq := strings.IndexByte(t, '=')
			dicts = append(dicts, unpackItem{text: "{" + strRepr(strings.TrimSpace(t[:eq])) + ": " + t[eq+1:] + "}", star: 2})
		case it.star == 0 && isKeywordArg(t):
			kws = append(kws, it.text)
		default:
			if it.star == 1 {
				stars++
			} else if stars > 0 {
				positionalAfterStar = true
			}
			pos = append(pos, it)
		}
	}
	var args []string
	if stars > 1 || positionalAfterStar {
		args = append(args, "*__unpack_list__("+joinGroups(pos, "[", "]")+")")
	} else {
		for _, p := range pos {
			if p.star == 1 {
				args = append(args, "*"+p.text)
			} else {
				args = append(args, p.text)
			}
		}
	}
	args = append(args, kws...)
	switch len(dicts) {
	case 0:
	case 1:
		args = append(args, "**"+dicts[0].text)
	default:
		var ds []string
		for _, d := range dicts {
			ds = append(ds, d.text)
		}
		args = append(args, "**__unpack_dict__("+strings.Join(ds, ", ")+")")
	}
	return "(" + strings.Join(args, ", ") + ")"
}

func isKeywordArg(t string) bool {
	eq := strings.IndexByte(t, '=')
	if eq <= 0 || eq+1 < len(t) && t[eq+1] == '=' {
		return false
	}
	name := strings.TrimSpace(t[:eq])
	return isIdentString(name)
}

func init() {
	unpackBuiltins = map[string]*Builtin{
		"__unpack_list__": NewBuiltin("__unpack_list__", "", func(th *Thread, args []Object, kw Kwargs) Object {
			out := []Object{}
			for _, a := range args {
				out = append(out, iterToSlice(th, a)...)
			}
			return &List{V: out}
		}),
		"__unpack_tuple__": NewBuiltin("__unpack_tuple__", "", func(th *Thread, args []Object, kw Kwargs) Object {
			out := Tuple{}
			for _, a := range args {
				out = append(out, iterToSlice(th, a)...)
			}
			return out
		}),
		"__unpack_set__": NewBuiltin("__unpack_set__", "", func(th *Thread, args []Object, kw Kwargs) Object {
			s := NewSet()
			for _, a := range args {
				ForEach(th, a, func(x Object) { s.Add(th, x) })
			}
			return s
		}),
		"__unpack_dict__": NewBuiltin("__unpack_dict__", "", func(th *Thread, args []Object, kw Kwargs) Object {
			d := NewDict()
			for _, a := range args {
				if _, ok := a.(*Dict); !ok && getAttr(th, a, "keys") == nil {
					Raise(TypeErrorType, "'%s' object is not a mapping", typeName(a))
				}
				dictUpdate(th, d, a, nil)
			}
			return d
		}),
	}
}

var unpackBuiltins map[string]*Builtin

// isDefParams reports a def's parameter list (def f(*args, **kw)).
func isDefParams(prev string, open byte) bool {
	if open != '(' {
		return false
	}
	p := strings.TrimRight(prev, " \t")
	j := len(p)
	for j > 0 && isIdentByte(p[j-1]) {
		j--
	}
	q := strings.TrimRight(p[:j], " \t")
	return strings.HasSuffix(q, "def") && (len(q) == 3 || !isIdentByte(q[len(q)-4]))
}

// isTarget reports whether the bracket just read is (part of) an assignment
// or for-loop target, where *name is ordinary 3.4 syntax.
func isTarget(prev, rest string) bool {
	line := prev[strings.LastIndexByte(prev, '\n')+1:]
	inFor := strings.HasPrefix(strings.TrimSpace(line), "for ") || strings.Contains(line, " for ")
	depth := 0
	for i := 0; i < len(rest); i++ {
		c := rest[i]
		switch c {
		case '\'', '"':
			if end, err := stringEnd(rest, i, false); err == nil {
				i = end - 1
			}
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		case '\n', ';', '#':
			if depth <= 0 {
				return false
			}
		case ':':
			if depth <= 0 {
				return false
			}
		case '=':
			if depth <= 0 {
				prevc := byte(' ')
				if i > 0 {
					prevc = rest[i-1]
				}
				if (i+1 >= len(rest) || rest[i+1] != '=') && strings.IndexByte("=!<>+-*/%&|^@", prevc) < 0 {
					return true
				}
				i++
			}
		case 'i':
			if depth <= 0 && inFor && strings.HasPrefix(rest[i:], "in") && (i == 0 || !isIdentByte(rest[i-1])) && (i+2 >= len(rest) || !isIdentByte(rest[i+2])) {
				return true
			}
		}
	}
	return false
}
