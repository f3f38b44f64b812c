package scripting

import (
	"sort"
	"strings"
	"unicode"

	"github.com/go-python/gpython/py"
)

// IsComplete tells a REPL or the kernel whether code can run as is:
// "complete", "incomplete" (with the indent for the next line) or "invalid".
func (in *Interp) IsComplete(code string) (status, indent string) {
	if strings.TrimSpace(code) == "" {
		return "complete", ""
	}
	if strings.HasSuffix(strings.TrimRight(code, " \t"), "\\") {
		return "incomplete", ""
	}
	lines := strings.Split(strings.TrimRight(code, "\n"), "\n")
	last := lines[len(lines)-1]
	lastIndent := last[:len(last)-len(strings.TrimLeft(last, " \t"))]
	if _, err := parse(code+"\n", "<input>", py.ExecMode); err != nil {
		// errors at the end of the input mean more is coming (an open
		// bracket, string or block); errors before it are real
		msg := err.Error()
		if strings.Contains(msg, "EOF") || strings.Contains(msg, "unterminated triple-quoted") {
			if open, _ := scanOpen(code); open > 0 {
				return "incomplete", ""
			}
			if strings.HasSuffix(strings.TrimSpace(stripComment(last)), ":") {
				return "incomplete", lastIndent + "    "
			}
			return "incomplete", lastIndent
		}
		return "invalid", ""
	}
	// A compound statement (def, for, if, …) needs a blank line to end, as
	// in CPython's REPL; a bracket continuation does not.
	first := ""
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			first = l
			break
		}
	}
	if len(lines) > 1 && startsBlock(first) && !strings.HasSuffix(code, "\n\n") {
		return "incomplete", lastIndent
	}
	return "complete", ""
}

func startsBlock(line string) bool {
	return strings.HasSuffix(strings.TrimSpace(stripComment(line)), ":")
}

func stripComment(line string) string {
	inStr := byte(0)
	for i := 0; i < len(line); i++ {
		c := line[i]
		if inStr != 0 {
			if c == '\\' {
				i++
			} else if c == inStr {
				inStr = 0
			}
			continue
		}
		if c == '\'' || c == '"' {
			inStr = c
		} else if c == '#' {
			return line[:i]
		}
	}
	return line
}

// scanOpen counts unclosed brackets and reports an unterminated triple-quoted string.
func scanOpen(code string) (int, bool) {
	depth := 0
	for i := 0; i < len(code); i++ {
		c := code[i]
		switch c {
		case '#':
			for i < len(code) && code[i] != '\n' {
				i++
			}
		case '\'', '"':
			triple := strings.HasPrefix(code[i:], strings.Repeat(string(c), 3))
			j := i + 1
			if triple {
				j = i + 3
			}
			closed := false
			for j < len(code) {
				if code[j] == '\\' {
					j += 2
					continue
				}
				if triple && strings.HasPrefix(code[j:], strings.Repeat(string(c), 3)) {
					j += 3
					closed = true
					break
				}
				if !triple && code[j] == c {
					j++
					closed = true
					break
				}
				if !triple && code[j] == '\n' {
					break
				}
				j++
			}
			if !closed && triple {
				return depth, true
			}
			i = j - 1
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		}
	}
	return depth, false
}

// Complete returns completion candidates for the identifier or attribute
// chain ending at cursor (a code-point offset), and the code-point range the
// candidates replace. Attribute chains are evaluated without calling user
// code: only names, module members and attributes already stored are read.
func (in *Interp) Complete(code string, cursor int) (matches []string, start, end int) {
	rs := []rune(code)
	if cursor > len(rs) || cursor < 0 {
		cursor = len(rs)
	}
	i := cursor
	for i > 0 && (isIdentRune(rs[i-1]) || rs[i-1] == '.') {
		i--
	}
	expr := string(rs[i:cursor])
	start, end = i, cursor
	// keyword arguments: inside f( ... name
	if dot := strings.LastIndexByte(expr, '.'); dot >= 0 {
		base, prefix := expr[:dot], expr[dot+1:]
		obj := in.safeEval(base)
		if obj == nil {
			return nil, cursor, cursor
		}
		for _, n := range attrNames(obj) {
			if strings.HasPrefix(n, prefix) && (strings.HasPrefix(prefix, "_") || !strings.HasPrefix(n, "_")) {
				matches = append(matches, n)
			}
		}
		sort.Strings(matches)
		return matches, start + len([]rune(base)) + 1, end
	}
	prefix := expr
	seen := map[string]bool{}
	add := func(n string) {
		if strings.HasPrefix(n, prefix) && !seen[n] && (strings.HasPrefix(prefix, "_") || !strings.HasPrefix(n, "_")) {
			seen[n] = true
			matches = append(matches, n)
		}
	}
	if fn := in.callAt(rs, i); fn != nil {
		for _, k := range keywordNames(fn) {
			add(k + "=")
		}
	}
	before := strings.TrimSpace(string(rs[:i]))
	if strings.HasSuffix(before, "import") || strings.HasPrefix(strings.TrimSpace(lastLine(before)), "from") && strings.HasSuffix(before, "from") {
		for _, n := range ModuleNames() {
			add(n)
		}
		return matches, start, end
	}
	for _, n := range in.Main.Names() {
		add(n)
	}
	for _, n := range in.builtins.Names() {
		add(n)
	}
	for _, k := range pyKeywords {
		add(k)
	}
	sort.Strings(matches)
	return matches, start, end
}

func lastLine(s string) string {
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}

var pyKeywords = []string{"False", "None", "True", "and", "as", "assert", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"}

func isIdentRune(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

// safeEval resolves a dotted name without running user code.
func (in *Interp) safeEval(expr string) Object {
	parts := strings.Split(expr, ".")
	var cur Object
	for i, p := range parts {
		if p == "" {
			return nil
		}
		if i == 0 {
			cur = in.Main.Get(p)
			if cur == nil {
				cur = in.builtins.Get(p)
			}
			if cur == nil {
				return nil
			}
			continue
		}
		cur = staticAttr(cur, p)
		if cur == nil {
			return nil
		}
	}
	return cur
}

// staticAttr reads an attribute only from stored namespaces.
func staticAttr(o Object, name string) Object {
	switch v := o.(type) {
	case *Module:
		return v.Get(name)
	case *Instance:
		if x, ok := v.Dict[name]; ok {
			return x
		}
		return v.Class.Lookup(name)
	case *Type:
		return v.Lookup(name)
	}
	return TypeOf(o).Lookup(name)
}

func attrNames(o Object) []string {
	set := map[string]bool{}
	switch v := o.(type) {
	case *Module:
		for _, n := range v.Names() {
			set[n] = true
		}
	case *Instance:
		for n := range v.Dict {
			set[n] = true
		}
		for _, c := range v.Class.MRO {
			for n := range c.Dict {
				set[n] = true
			}
		}
	case *Type:
		for _, c := range v.MRO {
			for n := range c.Dict {
				set[n] = true
			}
		}
	default:
		for _, c := range TypeOf(o).MRO {
			for n := range c.Dict {
				set[n] = true
			}
		}
	}
	out := make([]string, 0, len(set))
	for n := range set {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// callAt finds the callable whose argument list contains position i.
func (in *Interp) callAt(rs []rune, i int) Object {
	depth := 0
	for j := i - 1; j >= 0; j-- {
		switch rs[j] {
		case ')':
			depth++
		case '(':
			if depth == 0 {
				k := j
				for k > 0 && (isIdentRune(rs[k-1]) || rs[k-1] == '.') {
					k--
				}
				if k == j {
					return nil
				}
				return in.safeEval(string(rs[k:j]))
			}
			depth--
		case '\n':
			if depth == 0 {
				return nil
			}
		}
	}
	return nil
}

func keywordNames(fn Object) []string {
	switch f := fn.(type) {
	case *Function:
		return append(append([]string{}, f.Code.ArgNames...), f.Code.KwOnly...)
	case *Method:
		names := keywordNames(f.Fn)
		if len(names) > 0 {
			return names[1:]
		}
	case *Type:
		if init, ok := f.Lookup("__init__").(*Function); ok {
			n := keywordNames(init)
			if len(n) > 0 {
				return n[1:]
			}
		}
	case *Builtin:
		return sigNames(f.Sig)
	}
	return nil
}

// sigNames extracts parameter names from a documented signature.
func sigNames(sig string) []string {
	sig = strings.TrimSuffix(strings.TrimPrefix(sig, "("), ")")
	var out []string
	for _, p := range strings.Split(sig, ",") {
		p = strings.TrimSpace(p)
		if i := strings.IndexByte(p, '='); i >= 0 {
			p = p[:i]
		}
		if p == "" || p == "*" || p == "/" || strings.HasPrefix(p, "*") || !isIdentString(p) {
			continue
		}
		out = append(out, p)
	}
	return out
}

func isIdentString(s string) bool {
	for _, r := range s {
		if !isIdentRune(r) {
			return false
		}
	}
	return s != ""
}

// Inspect returns help text for the name at cursor (signature and docstring);
// found is false when nothing is known there.
func (in *Interp) Inspect(code string, cursor int, detail int) (text string, found bool) {
	rs := []rune(code)
	if cursor > len(rs) {
		cursor = len(rs)
	}
	// extend the token under the cursor both ways
	i, j := cursor, cursor
	for i > 0 && (isIdentRune(rs[i-1]) || rs[i-1] == '.') {
		i--
	}
	for j < len(rs) && isIdentRune(rs[j]) {
		j++
	}
	name := strings.Trim(string(rs[i:j]), ".")
	var obj Object
	if name != "" {
		obj = in.safeEval(name)
	}
	if obj == nil {
		obj = in.callAt(rs, cursor)
	}
	if obj == nil {
		return "", false
	}
	if detail > 0 {
		return HelpText(in.th, obj), true
	}
	sig, doc := SignatureAndDoc(in.th, obj)
	if doc != "" {
		return sig + "\n\n" + doc, true
	}
	return sig, true
}
