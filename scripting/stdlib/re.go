package stdlib

import (
	"errors"
	"strings"

	"github.com/lumenlab/lumen/scripting/pyre"

	s "github.com/lumenlab/lumen/scripting"
)

// The re module, on top of pyre (Python patterns translated to Go RE2).

var (
	reErrorType = func() *s.Type {
		t := s.NewType("error", s.ExceptionType, "Exception raised for invalid regular expressions.")
		t.Module = "re"
		t.New = s.ExceptionType.New
		return t
	}()
	patternType = s.NewType("Pattern", s.ObjectType, "Compiled regular expression object.")
	matchType   = s.NewType("Match", s.ObjectType, "The result of re.match() and re.search().\nMatch objects always have a boolean value of True.")
)

type rePattern struct {
	p     *pyre.Pattern
	src   string
	flags int
}

type reMatch struct {
	pat      *rePattern
	str      string
	m        []int // byte offsets
	pos, end int   // code points
	ascii    bool
}

func (*rePattern) PyType() *s.Type { return patternType }
func (*reMatch) PyType() *s.Type   { return matchType }

const reMaxsize = int(^uint(0) >> 1)

func isASCII(str string) bool {
	for i := 0; i < len(str); i++ {
		if str[i] >= 0x80 {
			return false
		}
	}
	return true
}

func raiseReError(err error) {
	var pe *pyre.Error
	var ge *pyre.GroupNameError
	if errors.As(err, &ge) {
		s.Raise(s.IndexErrorType, "%s", err.Error())
	}
	e := s.NewExc(reErrorType, s.Str(err.Error()))
	if errors.As(err, &pe) {
		e.Dict["msg"] = s.Str(pe.Msg)
		e.Dict["pattern"] = s.Str(pe.Pattern)
		if pe.Pos >= 0 {
			e.Dict["pos"] = s.Int(pe.Pos)
		} else {
			e.Dict["pos"] = s.None
		}
	} else {
		e.Dict["msg"] = s.Str(err.Error())
		e.Dict["pattern"] = s.None
		e.Dict["pos"] = s.None
	}
	s.RaiseObj(e)
}

type reCacheKey struct {
	pat   string
	flags int
}

func reStr(th *s.Thread, o s.Object) string {
	if str, ok := jsonUnwrap(o).(s.Str); ok {
		return string(str)
	}
	if _, ok := o.(s.Bytes); ok {
		s.Raise(s.TypeErrorType, "bytes patterns and subjects are not supported in the Lumen dialect")
	}
	s.Raise(s.TypeErrorType, "expected string or bytes-like object, got '%s'", s.TypeNameOf(o))
	return ""
}

func reCompile(th *s.Thread, cache map[reCacheKey]*rePattern, pat s.Object, flagsObj s.Object) *rePattern {
	flags := 0
	if flagsObj != nil {
		flags = intArg(th, jsonUnwrap(flagsObj))
	}
	if p, ok := pat.(*rePattern); ok {
		if flags != 0 {
			s.Raise(s.ValueErrorType, "cannot process flags argument with a compiled pattern")
		}
		return p
	}
	src, ok := jsonUnwrap(pat).(s.Str)
	if !ok {
		if _, isBytes := pat.(s.Bytes); isBytes {
			s.Raise(s.TypeErrorType, "bytes patterns are not supported in the Lumen dialect")
		}
		s.Raise(s.TypeErrorType, "first argument must be string or compiled pattern")
	}
	key := reCacheKey{string(src), flags}
	if cache != nil {
		if p, ok := cache[key]; ok {
			return p
		}
	}
	cp, err := pyre.Compile(string(src), flags)
	if err != nil {
		raiseReError(err)
	}
	p := &rePattern{p: cp, src: string(src), flags: cp.Flags}
	if cache != nil {
		if len(cache) >= 512 {
			for k := range cache {
				delete(cache, k)
				break
			}
		}
		cache[key] = p
	}
	return p
}

func (m *reMatch) cp(byteOff int) int {
	if byteOff < 0 || m.ascii {
		return byteOff
	}
	return pyre.RuneIndex(m.str, byteOff)
}

func (m *reMatch) groupIdx(th *s.Thread, g s.Object) int {
	if str, ok := jsonUnwrap(g).(s.Str); ok {
		if i, ok := m.pat.p.GroupIndex[string(str)]; ok {
			return i
		}
	} else if s.IsInt(g) || s.LookupSpecial(g, "__index__") != nil {
		b := bigArg(th, g)
		if b.IsInt64() {
			i := int(b.Int64())
			if i >= 0 && i <= m.pat.p.Groups {
				return i
			}
		}
	}
	s.Raise(s.IndexErrorType, "no such group")
	return 0
}

func (m *reMatch) group(i int, def s.Object) s.Object {
	if m.m[2*i] < 0 {
		return def
	}
	return s.Str(m.str[m.m[2*i]:m.m[2*i+1]])
}

func newReMatch(p *rePattern, str string, m []int, pos, end int, ascii bool) s.Object {
	if m == nil {
		return s.None
	}
	return &reMatch{pat: p, str: str, m: m, pos: pos, end: end, ascii: ascii}
}

// posArgs converts pos/endpos (code points) to byte offsets.
func posArgs(th *s.Thread, str string, ascii bool, posO, endO s.Object) (int, int, int, int) {
	n := len(str)
	if !ascii {
		n = len([]rune(str))
	}
	pos, end := 0, n
	if posO != nil {
		pos = intArg(th, posO)
	}
	if endO != nil {
		end = intArg(th, endO)
	}
	if pos < 0 {
		pos = 0
	}
	if pos > n {
		pos = n
	}
	if end < 0 {
		end = 0
	}
	if end > n {
		end = n
	}
	if ascii {
		return pos, end, pos, end
	}
	return pyre.ByteIndex(str, pos), pyre.ByteIndex(str, end), pos, end
}

func (p *rePattern) do(th *s.Thread, kind string, strO, posO, endO s.Object) s.Object {
	str := reStr(th, strO)
	ascii := isASCII(str)
	bp, be, cpos, cend := posArgs(th, str, ascii, posO, endO)
	var m []int
	switch kind {
	case "match":
		m = p.p.Match(str, bp, be)
	case "fullmatch":
		m = p.p.FullMatch(str, bp, be)
	default:
		m = p.p.Search(str, bp, be)
	}
	return newReMatch(p, str, m, cpos, cend, ascii)
}

func (p *rePattern) findall(th *s.Thread, strO, posO, endO s.Object) s.Object {
	str := reStr(th, strO)
	ascii := isASCII(str)
	bp, be, _, _ := posArgs(th, str, ascii, posO, endO)
	var out []s.Object
	g := p.p.Groups
	for _, m := range p.p.FindAllPos(str, bp, be) {
		get := func(i int) s.Object {
			if m[2*i] < 0 {
				return s.Str("")
			}
			return s.Str(str[m[2*i]:m[2*i+1]])
		}
		switch g {
		case 0:
			out = append(out, get(0))
		case 1:
			out = append(out, get(1))
		default:
			t := make(s.Tuple, g)
			for i := 1; i <= g; i++ {
				t[i-1] = get(i)
			}
			out = append(out, t)
		}
	}
	return s.NewList(out)
}

func (p *rePattern) finditer(th *s.Thread, strO, posO, endO s.Object) s.Object {
	str := reStr(th, strO)
	ascii := isASCII(str)
	bp, be, cpos, cend := posArgs(th, str, ascii, posO, endO)
	sc := p.p.Scan(str, bp, be)
	return s.NewGoIter("callable_iterator", func(th *s.Thread) (s.Object, bool) {
		m := sc.Next()
		if m == nil {
			return nil, false
		}
		return newReMatch(p, str, m, cpos, cend, ascii), true
	})
}

func (p *rePattern) split(th *s.Thread, strO, maxO s.Object) s.Object {
	str := reStr(th, strO)
	max := 0
	if maxO != nil {
		max = intArg(th, maxO)
	}
	parts := p.p.Split(str, max)
	out := make([]s.Object, len(parts))
	for i, x := range parts {
		if x == nil {
			out[i] = s.None
		} else {
			out[i] = s.Str(*x)
		}
	}
	return s.NewList(out)
}

func (p *rePattern) subn(th *s.Thread, repl, strO, countO s.Object) (string, int) {
	str := reStr(th, strO)
	ascii := isASCII(str)
	count := 0
	if countO != nil {
		count = intArg(th, countO)
	}
	var fn func(m []int) string
	if rs, ok := jsonUnwrap(repl).(s.Str); ok {
		t, err := pyre.ParseTemplate(string(rs), p.p.GroupIndex, p.p.Groups)
		if err != nil {
			raiseReError(err)
		}
		if lit, ok := t.Literal(); ok {
			fn = func(m []int) string { return lit }
		} else {
			fn = func(m []int) string { return t.Expand(str, m) }
		}
	} else {
		n := len(str)
		if !ascii {
			n = len([]rune(str))
		}
		fn = func(m []int) string {
			r := s.Call(th, repl, []s.Object{newReMatch(p, str, m, 0, n, ascii)}, nil)
			rs, ok := jsonUnwrap(r).(s.Str)
			if !ok {
				s.Raise(s.TypeErrorType, "expected str instance, %s found", s.TypeNameOf(r))
			}
			return string(rs)
		}
	}
	return p.p.Sub(str, fn, count)
}

var reFlagNames = []struct {
	name string
	v    int
}{{"TEMPLATE", 1}, {"IGNORECASE", 2}, {"LOCALE", 4}, {"MULTILINE", 8}, {"DOTALL", 16}, {"UNICODE", 32}, {"VERBOSE", 64}, {"DEBUG", 128}, {"ASCII", 256}}

func init() {
	patternType.Module = "re"
	matchType.Module = "re"
	property(patternType, "pattern", func(o s.Object) s.Object { return s.Str(o.(*rePattern).src) })
	property(patternType, "flags", func(o s.Object) s.Object { return s.Int(o.(*rePattern).flags) })
	property(patternType, "groups", func(o s.Object) s.Object { return s.Int(o.(*rePattern).p.Groups) })
	property(patternType, "groupindex", func(o s.Object) s.Object {
		p := o.(*rePattern)
		d := s.NewDict()
		// in group number order, like CPython
		for i := 1; i <= p.p.Groups; i++ {
			for name, idx := range p.p.GroupIndex {
				if idx == i {
					d.SetItem(nil, s.Str(name), s.Int(idx))
				}
			}
		}
		return d
	})
	for _, kind := range []string{"match", "fullmatch", "search"} {
		kind := kind
		method(patternType, kind, "(string, pos=0, endpos=sys.maxsize)", "Matches zero or more characters at the beginning of the string.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			a := s.Args(kind, args[1:], kw, "string", "pos?", "endpos?")
			return args[0].(*rePattern).do(th, kind, a[0], a[1], a[2])
		})
	}
	method(patternType, "findall", "(string, pos=0, endpos=sys.maxsize)", "Return a list of all non-overlapping matches of pattern in string.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("findall", args[1:], kw, "string", "pos?", "endpos?")
		return args[0].(*rePattern).findall(th, a[0], a[1], a[2])
	})
	method(patternType, "finditer", "(string, pos=0, endpos=sys.maxsize)", "Return an iterator over all non-overlapping matches for the RE pattern in string.\n\nFor each match, the iterator returns a match object.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("finditer", args[1:], kw, "string", "pos?", "endpos?")
		return args[0].(*rePattern).finditer(th, a[0], a[1], a[2])
	})
	method(patternType, "split", "(string, maxsplit=0)", "Split string by the occurrences of pattern.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("split", args[1:], kw, "string", "maxsplit?")
		return args[0].(*rePattern).split(th, a[0], a[1])
	})
	method(patternType, "sub", "(repl, string, count=0)", "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("sub", args[1:], kw, "repl", "string", "count?")
		r, _ := args[0].(*rePattern).subn(th, a[0], a[1], a[2])
		return s.Str(r)
	})
	method(patternType, "subn", "(repl, string, count=0)", "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("subn", args[1:], kw, "repl", "string", "count?")
		r, n := args[0].(*rePattern).subn(th, a[0], a[1], a[2])
		return s.Tuple{s.Str(r), s.Int(n)}
	})
	method(patternType, "__repr__", "()", "Return repr(self).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		p := args[0].(*rePattern)
		src := p.src
		if r := []rune(src); len(r) > 200 {
			src = string(r[:200])
		}
		out := "re.compile(" + s.Repr(th, s.Str(src))
		flags := p.flags &^ 32 // UNICODE is implied for str patterns
		if flags != 0 {
			var names []string
			for _, f := range reFlagNames {
				if flags&f.v != 0 {
					names = append(names, "re."+f.name)
					flags &^= f.v
				}
			}
			if flags != 0 {
				names = append(names, "0x"+strings.ToLower(strings.TrimLeft(s.Repr(th, s.Int(flags)), "")))
			}
			out += ", " + strings.Join(names, "|")
		}
		return s.Str(out + ")")
	})
	method(patternType, "__eq__", "(value, /)", "Return self==value.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		p := args[0].(*rePattern)
		q, ok := args[1].(*rePattern)
		if !ok {
			return s.NotImplemented
		}
		return s.BoolOf(p.src == q.src && p.flags == q.flags)
	})
	method(patternType, "__hash__", "()", "Return hash(self).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		p := args[0].(*rePattern)
		return s.Int(s.Hash(th, s.Str(p.src)) ^ int64(p.flags))
	})

	// Match
	property(matchType, "string", func(o s.Object) s.Object { return s.Str(o.(*reMatch).str) })
	property(matchType, "re", func(o s.Object) s.Object { return o.(*reMatch).pat })
	property(matchType, "pos", func(o s.Object) s.Object { return s.Int(o.(*reMatch).pos) })
	property(matchType, "endpos", func(o s.Object) s.Object { return s.Int(o.(*reMatch).end) })
	property(matchType, "lastindex", func(o s.Object) s.Object {
		if i := pyre.LastIndex(o.(*reMatch).m); i > 0 {
			return s.Int(i)
		}
		return s.None
	})
	property(matchType, "lastgroup", func(o s.Object) s.Object {
		m := o.(*reMatch)
		if g := m.pat.p.LastGroup(m.m); g != "" {
			return s.Str(g)
		}
		return s.None
	})
	property(matchType, "regs", func(o s.Object) s.Object {
		m := o.(*reMatch)
		out := make(s.Tuple, m.pat.p.Groups+1)
		for i := range out {
			out[i] = s.Tuple{s.Int(m.cp(m.m[2*i])), s.Int(m.cp(m.m[2*i+1]))}
		}
		return out
	})
	method(matchType, "group", "(*args)", "Return subgroup(s) of the match by indices or names.\n\nFor 0 returns the entire match.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		noKw("group", kw)
		m := args[0].(*reMatch)
		if len(args) == 1 {
			return m.group(0, s.None)
		}
		if len(args) == 2 {
			return m.group(m.groupIdx(th, args[1]), s.None)
		}
		out := make(s.Tuple, len(args)-1)
		for i, g := range args[1:] {
			out[i] = m.group(m.groupIdx(th, g), s.None)
		}
		return out
	})
	method(matchType, "__getitem__", "(key, /)", "Return self[key].", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		m := args[0].(*reMatch)
		return m.group(m.groupIdx(th, args[1]), s.None)
	})
	method(matchType, "groups", "(default=None)", "Return a tuple containing all the subgroups of the match, from 1.\n\n  default\n    Is used for groups that did not participate in the match.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("groups", args[1:], kw, "default?")
		def := a[0]
		if def == nil {
			def = s.None
		}
		m := args[0].(*reMatch)
		out := make(s.Tuple, m.pat.p.Groups)
		for i := range out {
			out[i] = m.group(i+1, def)
		}
		return out
	})
	method(matchType, "groupdict", "(default=None)", "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("groupdict", args[1:], kw, "default?")
		def := a[0]
		if def == nil {
			def = s.None
		}
		m := args[0].(*reMatch)
		d := s.NewDict()
		for i := 1; i <= m.pat.p.Groups; i++ {
			for name, idx := range m.pat.p.GroupIndex {
				if idx == i {
					d.SetItem(th, s.Str(name), m.group(i, def))
				}
			}
		}
		return d
	})
	posMethod := func(name string, f func(m *reMatch, g int) s.Object) {
		method(matchType, name, "(group=0, /)", "Return index of the "+name+" of the substring matched by group.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			noKw(name, kw)
			nargs(name, args[1:], 0, 1)
			m := args[0].(*reMatch)
			g := 0
			if len(args) > 1 {
				g = m.groupIdx(th, args[1])
			}
			return f(m, g)
		})
	}
	posMethod("start", func(m *reMatch, g int) s.Object { return s.Int(m.cp(m.m[2*g])) })
	posMethod("end", func(m *reMatch, g int) s.Object { return s.Int(m.cp(m.m[2*g+1])) })
	posMethod("span", func(m *reMatch, g int) s.Object {
		return s.Tuple{s.Int(m.cp(m.m[2*g])), s.Int(m.cp(m.m[2*g+1]))}
	})
	method(matchType, "expand", "(template)", "Return the string obtained by doing backslash substitution on the string template, as done by the sub() method.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("expand", args[1:], kw, "template")
		m := args[0].(*reMatch)
		r, err := pyre.ExpandTemplate(reStr(th, a[0]), m.str, m.m, m.pat.p.GroupIndex)
		if err != nil {
			raiseReError(err)
		}
		return s.Str(r)
	})
	method(matchType, "__repr__", "()", "Return repr(self).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		m := args[0].(*reMatch)
		return s.Str("<re.Match object; span=(" + s.Repr(th, s.Int(m.cp(m.m[0]))) + ", " + s.Repr(th, s.Int(m.cp(m.m[1]))) + "), match=" + s.Repr(th, m.group(0, s.None)) + ">")
	})
	method(matchType, "__bool__", "()", "True.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object { return s.True })

	s.RegisterModule("re", func(in *s.Interp) *s.Module {
		m := s.NewModule("re", "Support for regular expressions (RE).")
		cache := map[reCacheKey]*rePattern{}
		m.Set("error", reErrorType)
		m.Set("Pattern", patternType)
		m.Set("Match", matchType)
		m.Set("NOFLAG", s.Int(0))
		for _, f := range reFlagNames {
			m.Set(f.name, s.Int(f.v))
		}
		for short, long := range map[string]string{"I": "IGNORECASE", "L": "LOCALE", "M": "MULTILINE", "S": "DOTALL", "U": "UNICODE", "X": "VERBOSE", "A": "ASCII", "T": "TEMPLATE"} {
			m.Set(short, m.Get(long))
		}
		m.AddFunc("compile", "(pattern, flags=0)", "Compile a regular expression pattern, returning a Pattern object.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			a := s.Args("compile", args, kw, "pattern", "flags?")
			return reCompile(th, cache, a[0], a[1])
		})
		for _, kind := range []string{"match", "fullmatch", "search"} {
			kind := kind
			m.AddFunc(kind, "(pattern, string, flags=0)", "Try to apply the pattern to the string ("+kind+"), returning a Match object, or None if no match was found.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
				a := s.Args(kind, args, kw, "pattern", "string", "flags?")
				return reCompile(th, cache, a[0], a[2]).do(th, kind, a[1], nil, nil)
			})
		}
		m.AddFunc("findall", "(pattern, string, flags=0)", "Return a list of all non-overlapping matches in the string.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			a := s.Args("findall", args, kw, "pattern", "string", "flags?")
			return reCompile(th, cache, a[0], a[2]).findall(th, a[1], nil, nil)
		})
		m.AddFunc("finditer", "(pattern, string, flags=0)", "Return an iterator over all non-overlapping matches in the string.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			a := s.Args("finditer", args, kw, "pattern", "string", "flags?")
			return reCompile(th, cache, a[0], a[2]).finditer(th, a[1], nil, nil)
		})
		m.AddFunc("split", "(pattern, string, maxsplit=0, flags=0)", "Split the source string by the occurrences of the pattern, returning a list containing the resulting substrings.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			a := s.Args("split", args, kw, "pattern", "string", "maxsplit?", "flags?")
			return reCompile(th, cache, a[0], a[3]).split(th, a[1], a[2])
		})
		m.AddFunc("sub", "(pattern, repl, string, count=0, flags=0)", "Return the string obtained by replacing the leftmost non-overlapping occurrences of the pattern in string by the replacement repl.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			a := s.Args("sub", args, kw, "pattern", "repl", "string", "count?", "flags?")
			r, _ := reCompile(th, cache, a[0], a[4]).subn(th, a[1], a[2], a[3])
			return s.Str(r)
		})
		m.AddFunc("subn", "(pattern, repl, string, count=0, flags=0)", "Return a 2-tuple containing (new_string, number).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			a := s.Args("subn", args, kw, "pattern", "repl", "string", "count?", "flags?")
			r, n := reCompile(th, cache, a[0], a[4]).subn(th, a[1], a[2], a[3])
			return s.Tuple{s.Str(r), s.Int(n)}
		})
		m.AddFunc("escape", "(pattern)", "Escape special characters in a string.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			a := s.Args("escape", args, kw, "pattern")
			return s.Str(pyre.Escape(reStr(th, a[0])))
		})
		m.AddFunc("purge", "()", "Clear the regular expression caches", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			for k := range cache {
				delete(cache, k)
			}
			return s.None
		})
		return m
	})
}
