package scripting

import (
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lumenlab/lumen/scripting/pyfmt"
)

func strSelf(name string, args []Object, lo, hi int) string {
	if len(args) < lo+1 || (hi >= 0 && len(args) > hi+1) {
		checkArgs(name, args[min(1, len(args)):], lo, hi)
	}
	s, ok := args[0].(Str)
	if !ok {
		if inst, ok := args[0].(*Instance); ok {
			if p, ok := inst.Payload.(Str); ok {
				return string(p)
			}
		}
		Raise(TypeErrorType, "descriptor '%s' requires a 'str' object but received a '%s'", name, typeName(args[0]))
	}
	return string(s)
}

func strArg(fn string, o Object) string {
	s, ok := o.(Str)
	if !ok {
		Raise(TypeErrorType, "%s() argument must be str, not %s", fn, typeName(o))
	}
	return string(s)
}

// runeIndex converts a byte offset to a code point index.
func runeIndex(s string, b int) int {
	if b < 0 {
		return b
	}
	if isASCII(s[:b]) {
		return b
	}
	return utf8.RuneCountInString(s[:b])
}

// byteOffset converts a code point index (already clamped to [0, n]) to bytes.
func byteOffset(s string, r int) int {
	if isASCII(s) {
		return r
	}
	i := 0
	for b := range s {
		if i == r {
			return b
		}
		i++
	}
	return len(s)
}

// subRange resolves optional start/end arguments into a byte range.
func subRange(th *Thread, s string, args []Object) (int, int) {
	n := strLen(s)
	start, end := 0, n
	if len(args) > 0 && args[0] != None {
		start = clampIndex(Index(th, args[0]), n, 1)
	}
	if len(args) > 1 && args[1] != None {
		end = clampIndex(Index(th, args[1]), n, 1)
	}
	if end < start {
		return -1, -1
	}
	return byteOffset(s, start), byteOffset(s, end)
}

func isSpaceRune(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x1f, 0x85:
		return true
	}
	return r > 0x7f && unicode.IsSpace(r)
}

func stripChars(th *Thread, args []Object) (func(rune) bool, bool) {
	if len(args) < 2 || args[1] == None {
		return isSpaceRune, true
	}
	cs := strArg("strip", args[1])
	return func(r rune) bool { return strings.ContainsRune(cs, r) }, true
}

func splitWhitespace(s string, maxsplit int) []Object {
	var out []Object
	i := 0
	for {
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if !isSpaceRune(r) {
				break
			}
			i += n
		}
		if i >= len(s) {
			break
		}
		if maxsplit >= 0 && len(out) == maxsplit {
			out = append(out, Str(strings.TrimRightFunc(s[i:], isSpaceRune)))
			break
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if isSpaceRune(r) {
				break
			}
			j += n
		}
		out = append(out, Str(s[i:j]))
		i = j
	}
	if out == nil {
		out = []Object{}
	}
	return out
}

func rsplitWhitespace(s string, maxsplit int) []Object {
	var rev []Object
	j := len(s)
	for {
		for j > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:j])
			if !isSpaceRune(r) {
				break
			}
			j -= n
		}
		if j <= 0 {
			break
		}
		if maxsplit >= 0 && len(rev) == maxsplit {
			rev = append(rev, Str(strings.TrimLeftFunc(s[:j], isSpaceRune)))
			break
		}
		i := j
		for i > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:i])
			if isSpaceRune(r) {
				break
			}
			i -= n
		}
		rev = append(rev, Str(s[i:j]))
		j = i
	}
	out := make([]Object, len(rev))
	for i, x := range rev {
		out[len(rev)-1-i] = x
	}
	return out
}

func strMethods() map[string]func(th *Thread, args []Object, kw Kwargs) Object {
	return map[string]func(th *Thread, args []Object, kw Kwargs) Object{
		"upper": func(th *Thread, args []Object, kw Kwargs) Object { return Str(pyUpper(strSelf("upper", args, 0, 0))) },
		"lower": func(th *Thread, args []Object, kw Kwargs) Object {
			return Str(strings.ToLower(strSelf("lower", args, 0, 0)))
		},
		"casefold": func(th *Thread, args []Object, kw Kwargs) Object {
			return Str(strings.ReplaceAll(strings.ToLower(strSelf("casefold", args, 0, 0)), "ß", "ss"))
		},
		"swapcase": func(th *Thread, args []Object, kw Kwargs) Object {
			return Str(strings.Map(func(r rune) rune {
				if unicode.IsUpper(r) {
					return unicode.ToLower(r)
				}
				return unicode.ToUpper(r)
			}, strSelf("swapcase", args, 0, 0)))
		},
		"capitalize": func(th *Thread, args []Object, kw Kwargs) Object {
			s := strSelf("capitalize", args, 0, 0)
			if s == "" {
				return Str("")
			}
			r, n := utf8.DecodeRuneInString(s)
			return Str(string(unicode.ToTitle(r)) + strings.ToLower(s[n:]))
		},
		"title": func(th *Thread, args []Object, kw Kwargs) Object {
			s := strSelf("title", args, 0, 0)
			var b strings.Builder
			prevCased := false
			for _, r := range s {
				if prevCased {
					b.WriteRune(unicode.ToLower(r))
				} else {
					b.WriteRune(unicode.ToTitle(r))
				}
				prevCased = unicode.IsLetter(r) && (unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r))
			}
			return Str(b.String())
		},
		"strip": func(th *Thread, args []Object, kw Kwargs) Object {
			s := strSelf("strip", args, 0, 1)
			f, _ := stripChars(th, args)
			return Str(strings.TrimFunc(s, f))
		},
		"lstrip": func(th *Thread, args []Object, kw Kwargs) Object {
			s := strSelf("lstrip", args, 0, 1)
			f, _ := stripChars(th, args)
			return Str(strings.TrimLeftFunc(s, f))
		},
		"rstrip": func(th *Thread, args []Object, kw Kwargs) Object {
			s := strSelf("rstrip", args, 0, 1)
			f, _ := stripChars(th, args)
			return Str(strings.TrimRightFunc(s, f))
		},
		"split": func(th *Thread, args []Object, kw Kwargs) Object {
			a := Args("split", args[1:], kw, "sep?", "maxsplit?")
			s := strSelf("split", args[:1], 0, 0)
			maxsplit := -1
			if a[1] != nil {
				maxsplit = Index(th, a[1])
			}
			if a[0] == nil || a[0] == None {
				return &List{V: splitWhitespace(s, maxsplit)}
			}
			sep := strArg("split", a[0])
			if sep == "" {
				Raise(ValueErrorType, "empty separator")
			}
			parts := strings.SplitN(s, sep, maxsplitN(maxsplit))
			return strList(parts)
		},
		"rsplit": func(th *Thread, args []Object, kw Kwargs) Object {
			a := Args("rsplit", args[1:], kw, "sep?", "maxsplit?")
			s := strSelf("rsplit", args[:1], 0, 0)
			maxsplit := -1
			if a[1] != nil {
				maxsplit = Index(th, a[1])
			}
			if a[0] == nil || a[0] == None {
				return &List{V: rsplitWhitespace(s, maxsplit)}
			}
			sep := strArg("rsplit", a[0])
			if sep == "" {
				Raise(ValueErrorType, "empty separator")
			}
			if maxsplit < 0 {
				return strList(strings.Split(s, sep))
			}
			var rev []string
			for len(rev) < maxsplit {
				i := strings.LastIndex(s, sep)
				if i < 0 {
					break
				}
				rev = append(rev, s[i+len(sep):])
				s = s[:i]
			}
			rev = append(rev, s)
			out := make([]string, len(rev))
			for i, x := range rev {
				out[len(rev)-1-i] = x
			}
			return strList(out)
		},
		"splitlines": func(th *Thread, args []Object, kw Kwargs) Object {
			a := Args("splitlines", args[1:], kw, "keepends?")
			s := strSelf("splitlines", args[:1], 0, 0)
			keep := a[0] != nil && Truth(th, a[0])
			var out []string
			for len(s) > 0 {
				i := strings.IndexAny(s, "\n\r\v\f\x1c\x1d\x1e\u0085\u2028\u2029")
				if i < 0 {
					out = append(out, s)
					break
				}
				_, n := utf8.DecodeRuneInString(s[i:])
				if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
					n = 2
				}
				if keep {
					out = append(out, s[:i+n])
				} else {
					out = append(out, s[:i])
				}
				s = s[i+n:]
			}
			return strList(out)
		},
		"join": func(th *Thread, args []Object, kw Kwargs) Object {
			s := strSelf("join", args, 1, 1)
			var parts []string
			i := 0
			ForEach(th, args[1], func(x Object) {
				xs, ok := x.(Str)
				if !ok {
					Raise(TypeErrorType, "sequence item %d: expected str instance, %s found", i, typeName(x))
				}
				parts = append(parts, string(xs))
				i++
			})
			return Str(strings.Join(parts, s))
		},
		"replace": func(th *Thread, args []Object, kw Kwargs) Object {
			s := strSelf("replace", args, 2, 3)
			n := -1
			if len(args) > 3 {
				n = Index(th, args[3])
			}
			return Str(strings.Replace(s, strArg("replace", args[1]), strArg("replace", args[2]), n))
		},
		"startswith": func(th *Thread, args []Object, kw Kwargs) Object {
			s := strSelf("startswith", args, 1, 3)
			b0, b1 := subRange(th, s, args[2:])
			if b0 < 0 {
				return False
			}
			sub := s[b0:b1]
			return boolOf(anyAffix(th, args[1], "startswith", func(p string) bool { return strings.HasPrefix(sub, p) }))
		},
		"endswith": func(th *Thread, args []Object, kw Kwargs) Object {
			s := strSelf("endswith", args, 1, 3)
			b0, b1 := subRange(th, s, args[2:])
			if b0 < 0 {
				return False
			}
			sub := s[b0:b1]
			return boolOf(anyAffix(th, args[1], "endswith", func(p string) bool { return strings.HasSuffix(sub, p) }))
		},
		"find": func(th *Thread, args []Object, kw Kwargs) Object {
			return Int(strFind(th, "find", args, false))
		},
		"rfind": func(th *Thread, args []Object, kw Kwargs) Object {
			return Int(strFind(th, "rfind", args, true))
		},
		"index": func(th *Thread, args []Object, kw Kwargs) Object {
			i := strFind(th, "index", args, false)
			if i < 0 {
				Raise(ValueErrorType, "substring not found")
			}
			return Int(i)
		},
		"rindex": func(th *Thread, args []Object, kw Kwargs) Object {
			i := strFind(th, "rindex", args, true)
			if i < 0 {
				Raise(ValueErrorType, "substring not found")
			}
			return Int(i)
		},
		"count": func(th *Thread, args []Object, kw Kwargs) Object {
			s := strSelf("count", args, 1, 3)
			b0, b1 := subRange(th, s, args[2:])
			if b0 < 0 {
				return Int(0)
			}
			sub := strArg("count", args[1])
			if sub == "" {
				return Int(utf8.RuneCountInString(s[b0:b1]) + 1)
			}
			return Int(strings.Count(s[b0:b1], sub))
		},
		"center": func(th *Thread, args []Object, kw Kwargs) Object {
			s := strSelf("center", args, 1, 2)
			w, fill := padArgs(th, args)
			n := strLen(s)
			if w <= n {
				return Str(s)
			}
			total := w - n
			left := total / 2
			if total%2 == 1 && w%2 == 1 {
				left++
			}
			return Str(strings.Repeat(fill, left) + s + strings.Repeat(fill, total-left))
		},
		"ljust": func(th *Thread, args []Object, kw Kwargs) Object {
			s := strSelf("ljust", args, 1, 2)
			w, fill := padArgs(th, args)
			if n := strLen(s); w > n {
				return Str(s + strings.Repeat(fill, w-n))
			}
			return Str(s)
		},
		"rjust": func(th *Thread, args []Object, kw Kwargs) Object {
			s := strSelf("rjust", args, 1, 2)
			w, fill := padArgs(th, args)
			if n := strLen(s); w > n {
				return Str(strings.Repeat(fill, w-n) + s)
			}
			return Str(s)
		},
		"zfill": func(th *Thread, args []Object, kw Kwargs) Object {
			s := strSelf("zfill", args, 1, 1)
			w := Index(th, args[1])
			n := strLen(s)
			if w <= n {
				return Str(s)
			}
			pad := strings.Repeat("0", w-n)
			if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
				return Str(s[:1] + pad + s[1:])
			}
			return Str(pad + s)
		},
		"partition": func(th *Thread, args []Object, kw Kwargs) Object {
			s := strSelf("partition", args, 1, 1)
			sep := strArg("partition", args[1])
			if sep == "" {
				Raise(ValueErrorType, "empty separator")
			}
			if i := strings.Index(s, sep); i >= 0 {
				return Tuple{Str(s[:i]), Str(sep), Str(s[i+len(sep):])}
			}
			return Tuple{Str(s), Str(""), Str("")}
		},
		"rpartition": func(th *Thread, args []Object, kw Kwargs) Object {
			s := strSelf("rpartition", args, 1, 1)
			sep := strArg("rpartition", args[1])
			if sep == "" {
				Raise(ValueErrorType, "empty separator")
			}
			if i := strings.LastIndex(s, sep); i >= 0 {
				return Tuple{Str(s[:i]), Str(sep), Str(s[i+len(sep):])}
			}
			return Tuple{Str(""), Str(""), Str(s)}
		},
		"removeprefix": func(th *Thread, args []Object, kw Kwargs) Object {
			s := strSelf("removeprefix", args, 1, 1)
			return Str(strings.TrimPrefix(s, strArg("removeprefix", args[1])))
		},
		"removesuffix": func(th *Thread, args []Object, kw Kwargs) Object {
			s := strSelf("removesuffix", args, 1, 1)
			return Str(strings.TrimSuffix(s, strArg("removesuffix", args[1])))
		},
		"expandtabs": func(th *Thread, args []Object, kw Kwargs) Object {
			a := Args("expandtabs", args[1:], kw, "tabsize?")
			s := strSelf("expandtabs", args[:1], 0, 0)
			ts := 8
			if a[0] != nil {
				ts = Index(th, a[0])
			}
			var b strings.Builder
			col := 0
			for _, r := range s {
				switch r {
				case '\t':
					if ts > 0 {
						n := ts - col%ts
						b.WriteString(strings.Repeat(" ", n))
						col += n
					}
				case '\n', '\r':
					b.WriteRune(r)
					col = 0
				default:
					b.WriteRune(r)
					col++
				}
			}
			return Str(b.String())
		},
		"isdigit":     strPred("isdigit", func(r rune) bool { return unicode.IsDigit(r) || unicode.Is(unicode.No, r) && r < 0x2500 }),
		"isdecimal":   strPred("isdecimal", func(r rune) bool { return unicode.Is(unicode.Nd, r) }),
		"isnumeric":   strPred("isnumeric", func(r rune) bool { return unicode.IsNumber(r) }),
		"isalpha":     strPred("isalpha", unicode.IsLetter),
		"isalnum":     strPred("isalnum", func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }),
		"isspace":     strPred("isspace", isSpaceRune),
		"isprintable": strPredEmptyTrue("isprintable", pyfmt.IsPrintable),
		"isascii":     strPredEmptyTrue("isascii", func(r rune) bool { return r < 0x80 }),
		"isupper": func(th *Thread, args []Object, kw Kwargs) Object {
			s := strSelf("isupper", args, 0, 0)
			cased := false
			for _, r := range s {
				if unicode.IsLower(r) || unicode.IsTitle(r) {
					return False
				}
				if unicode.IsUpper(r) {
					cased = true
				}
			}
			return boolOf(cased)
		},
		"islower": func(th *Thread, args []Object, kw Kwargs) Object {
			s := strSelf("islower", args, 0, 0)
			cased := false
			for _, r := range s {
				if unicode.IsUpper(r) || unicode.IsTitle(r) {
					return False
				}
				if unicode.IsLower(r) {
					cased = true
				}
			}
			return boolOf(cased)
		},
		"istitle": func(th *Thread, args []Object, kw Kwargs) Object {
			s := strSelf("istitle", args, 0, 0)
			cased, prev := false, false
			for _, r := range s {
				if unicode.IsUpper(r) || unicode.IsTitle(r) {
					if prev {
						return False
					}
					prev, cased = true, true
				} else if unicode.IsLower(r) {
					if !prev {
						return False
					}
					prev, cased = true, true
				} else {
					prev = false
				}
			}
			return boolOf(cased)
		},
		"isidentifier": func(th *Thread, args []Object, kw Kwargs) Object {
			s := strSelf("isidentifier", args, 0, 0)
			if s == "" {
				return False
			}
			for i, r := range s {
				if !(r == '_' || unicode.IsLetter(r) || (i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)))) {
					return False
				}
			}
			return True
		},
		"encode": func(th *Thread, args []Object, kw Kwargs) Object {
			a := Args("encode", args[1:], kw, "encoding?", "errors?")
			s := strSelf("encode", args[:1], 0, 0)
			enc := "utf-8"
			if a[0] != nil {
				enc = strings.ToLower(strings.ReplaceAll(ToStr(th, a[0]), "_", "-"))
			}
			switch enc {
			case "utf-8", "utf8":
				return Bytes(s)
			case "ascii", "latin-1", "latin1", "iso-8859-1":
				var b []byte
				lim := rune(0x80)
				if enc != "ascii" {
					lim = 0x100
				}
				for i, r := range s {
					if r >= lim {
						if a[1] != nil && ToStr(th, a[1]) == "ignore" {
							continue
						}
						if a[1] != nil && ToStr(th, a[1]) == "replace" {
							b = append(b, '?')
							continue
						}
						Raise(UnicodeEncodeErrorType, "'%s' codec can't encode character '\\u%04x' in position %d: ordinal not in range(%d)", enc, r, runeIndex(s, i), lim)
					}
					b = append(b, byte(r))
				}
				return Bytes(b)
			}
			Raise(LookupErrorType, "unknown encoding: %s", enc)
			return nil
		},
		"format": func(th *Thread, args []Object, kw Kwargs) Object {
			s := strSelf("format", args, 0, -1)
			return Str(strFormat(th, s, args[1:], kw, nil))
		},
		"format_map": func(th *Thread, args []Object, kw Kwargs) Object {
			s := strSelf("format_map", args, 1, 1)
			return Str(strFormat(th, s, nil, nil, args[1]))
		},
		"translate": func(th *Thread, args []Object, kw Kwargs) Object {
			s := strSelf("translate", args, 1, 1)
			table := args[1]
			var b strings.Builder
			for _, r := range s {
				var v Object
				exc := th.Try(func() { v = GetItem(th, table, Int(r)) })
				if exc != nil {
					if exc.Class.IsSubtype(LookupErrorType) {
						b.WriteRune(r)
						continue
					}
					panic(exc)
				}
				switch x := v.(type) {
				case NoneType:
				case Int:
					b.WriteRune(rune(x))
				case Str:
					b.WriteString(string(x))
				default:
					Raise(TypeErrorType, "character mapping must return integer, None or str")
				}
			}
			return Str(b.String())
		},
		"__len__": func(th *Thread, args []Object, kw Kwargs) Object { return Int(strLen(strSelf("__len__", args, 0, 0))) },
		"__contains__": func(th *Thread, args []Object, kw Kwargs) Object {
			return boolOf(Contains(th, Str(strSelf("__contains__", args, 1, 1)), args[1]))
		},
		"__getitem__": func(th *Thread, args []Object, kw Kwargs) Object {
			return strGetItem(th, Str(strSelf("__getitem__", args, 1, 1)), args[1])
		},
		"__add__": func(th *Thread, args []Object, kw Kwargs) Object {
			s := strSelf("__add__", args, 1, 1)
			o, ok := args[1].(Str)
			if !ok {
				return NotImplemented
			}
			return Str(s) + o
		},
		"__mul__": func(th *Thread, args []Object, kw Kwargs) Object {
			if r := seqOp(th, bMul, Str(strSelf("__mul__", args, 1, 1)), args[1]); r != nil {
				return r
			}
			return NotImplemented
		},
		"__mod__": func(th *Thread, args []Object, kw Kwargs) Object {
			return Str(percentFormat(th, strSelf("__mod__", args, 1, 1), args[1]))
		},
		"__format__": func(th *Thread, args []Object, kw Kwargs) Object {
			return Str(Format(th, Str(strSelf("__format__", args, 1, 1)), ToStr(th, args[1])))
		},
		"__str__": func(th *Thread, args []Object, kw Kwargs) Object { return Str(strSelf("__str__", args, 0, 0)) },
		"__repr__": func(th *Thread, args []Object, kw Kwargs) Object {
			return Str(strRepr(strSelf("__repr__", args, 0, 0)))
		},
		"__hash__": func(th *Thread, args []Object, kw Kwargs) Object {
			return Int(strHash(strSelf("__hash__", args, 0, 0)))
		},
		"__eq__": func(th *Thread, args []Object, kw Kwargs) Object {
			o, ok := args[1].(Str)
			if !ok {
				return NotImplemented
			}
			return boolOf(Str(strSelf("__eq__", args, 1, 1)) == o)
		},
		"__lt__": func(th *Thread, args []Object, kw Kwargs) Object {
			o, ok := args[1].(Str)
			if !ok {
				return NotImplemented
			}
			return boolOf(Str(strSelf("__lt__", args, 1, 1)) < o)
		},
		"__iter__": func(th *Thread, args []Object, kw Kwargs) Object {
			return Iter(th, Str(strSelf("__iter__", args, 0, 0))).(Object)
		},
	}
}

func maxsplitN(m int) int {
	if m < 0 {
		return -1
	}
	return m + 1
}

func strList(parts []string) *List {
	out := make([]Object, len(parts))
	for i, p := range parts {
		out[i] = Str(p)
	}
	return &List{V: out}
}

func anyAffix(th *Thread, o Object, fn string, test func(string) bool) bool {
	switch v := o.(type) {
	case Str:
		return test(string(v))
	case Tuple:
		for _, x := range v {
			s, ok := x.(Str)
			if !ok {
				Raise(TypeErrorType, "tuple for %s must only contain str, not %s", fn, typeName(x))
			}
			if test(string(s)) {
				return true
			}
		}
		return false
	}
	Raise(TypeErrorType, "%s first arg must be str or a tuple of str, not %s", fn, typeName(o))
	return false
}

func strFind(th *Thread, fn string, args []Object, last bool) int {
	s := strSelf(fn, args, 1, 3)
	sub := strArg(fn, args[1])
	b0, b1 := subRange(th, s, args[2:])
	if b0 < 0 {
		return -1
	}
	var i int
	if last {
		i = strings.LastIndex(s[b0:b1], sub)
	} else {
		i = strings.Index(s[b0:b1], sub)
	}
	if i < 0 {
		return -1
	}
	return runeIndex(s, b0+i)
}

func padArgs(th *Thread, args []Object) (int, string) {
	w := Index(th, args[1])
	fill := " "
	if len(args) > 2 {
		f := strArg("pad", args[2])
		if utf8.RuneCountInString(f) != 1 {
			Raise(TypeErrorType, "The fill character must be exactly one character long")
		}
		fill = f
	}
	return w, fill
}

func strPred(name string, f func(rune) bool) func(th *Thread, args []Object, kw Kwargs) Object {
	return func(th *Thread, args []Object, kw Kwargs) Object {
		s := strSelf(name, args, 0, 0)
		if s == "" {
			return False
		}
		for _, r := range s {
			if !f(r) {
				return False
			}
		}
		return True
	}
}

func strPredEmptyTrue(name string, f func(rune) bool) func(th *Thread, args []Object, kw Kwargs) Object {
	return func(th *Thread, args []Object, kw Kwargs) Object {
		s := strSelf(name, args, 0, 0)
		for _, r := range s {
			if !f(r) {
				return False
			}
		}
		return True
	}
}

// strFormat implements str.format / format_map.
func strFormat(th *Thread, s string, args []Object, kw Kwargs, mapping Object) string {
	var b strings.Builder
	auto := 0
	manual := false
	i := 0
	for i < len(s) {
		c := s[i]
		if c == '{' {
			if i+1 < len(s) && s[i+1] == '{' {
				b.WriteByte('{')
				i += 2
				continue
			}
			// find matching }
			depth := 1
			j := i + 1
			for j < len(s) && depth > 0 {
				if s[j] == '{' {
					depth++
				} else if s[j] == '}' {
					depth--
				}
				j++
			}
			if depth != 0 {
				Raise(ValueErrorType, "Single '{' encountered in format string")
			}
			field := s[i+1 : j-1]
			name, conv, spec := splitField(field)
			// the spec may contain nested fields
			if strings.Contains(spec, "{") {
				spec = strFormatNested(th, spec, args, kw, mapping, &auto, &manual)
			}
			v := resolveField(th, name, args, kw, mapping, &auto, &manual)
			switch conv {
			case "":
			case "r":
				v = Str(Repr(th, v))
			case "s":
				v = Str(ToStr(th, v))
			case "a":
				v = Str(asciiEscape(Repr(th, v)))
			default:
				Raise(ValueErrorType, "Unknown conversion specifier %s", conv)
			}
			b.WriteString(Format(th, v, spec))
			i = j
			continue
		}
		if c == '}' {
			if i+1 < len(s) && s[i+1] == '}' {
				b.WriteByte('}')
				i += 2
				continue
			}
			Raise(ValueErrorType, "Single '}' encountered in format string")
		}
		b.WriteByte(c)
		i++
	}
	return b.String()
}

func strFormatNested(th *Thread, spec string, args []Object, kw Kwargs, mapping Object, auto *int, manual *bool) string {
	var b strings.Builder
	for i := 0; i < len(spec); i++ {
		if spec[i] == '{' {
			j := strings.IndexByte(spec[i:], '}')
			if j < 0 {
				Raise(ValueErrorType, "unmatched '{' in format spec")
			}
			name, conv, sub := splitField(spec[i+1 : i+j])
			v := resolveField(th, name, args, kw, mapping, auto, manual)
			if conv == "r" {
				v = Str(Repr(th, v))
			}
			b.WriteString(Format(th, v, sub))
			i += j
			continue
		}
		b.WriteByte(spec[i])
	}
	return b.String()
}

func splitField(field string) (name, conv, spec string) {
	depth := 0
	for i := 0; i < len(field); i++ {
		switch field[i] {
		case '[':
			depth++
		case ']':
			depth--
		case '!':
			if depth == 0 {
				rest := field[i+1:]
				if k := strings.IndexByte(rest, ':'); k >= 0 {
					return field[:i], rest[:k], rest[k+1:]
				}
				return field[:i], rest, ""
			}
		case ':':
			if depth == 0 {
				return field[:i], "", field[i+1:]
			}
		}
	}
	return field, "", ""
}

func resolveField(th *Thread, name string, args []Object, kw Kwargs, mapping Object, auto *int, manual *bool) Object {
	// split first part from .attr / [key] accessors
	end := len(name)
	for i := 0; i < len(name); i++ {
		if name[i] == '.' || name[i] == '[' {
			end = i
			break
		}
	}
	first, rest := name[:end], name[end:]
	var v Object
	if first == "" {
		if *manual {
			Raise(ValueErrorType, "cannot switch from manual field specification to automatic field numbering")
		}
		if *auto >= len(args) {
			Raise(IndexErrorType, "Replacement index %d out of range for positional args tuple", *auto)
		}
		v = args[*auto]
		*auto++
	} else if n, err := strconv.Atoi(first); err == nil {
		if *auto > 0 {
			Raise(ValueErrorType, "cannot switch from automatic field numbering to manual field specification")
		}
		*manual = true
		if n >= len(args) {
			Raise(IndexErrorType, "Replacement index %d out of range for positional args tuple", n)
		}
		v = args[n]
	} else if mapping != nil {
		v = GetItem(th, mapping, Str(first))
	} else {
		x, ok := kw.Get(first)
		if !ok {
			Raise2(KeyErrorType, Str(first))
		}
		v = x
	}
	for rest != "" {
		if rest[0] == '.' {
			j := 1
			for j < len(rest) && rest[j] != '.' && rest[j] != '[' {
				j++
			}
			v = GetAttr(th, v, rest[1:j])
			rest = rest[j:]
		} else if rest[0] == '[' {
			j := strings.IndexByte(rest, ']')
			if j < 0 {
				Raise(ValueErrorType, "Missing ']' in format string")
			}
			key := rest[1:j]
			if n, err := strconv.Atoi(key); err == nil {
				v = GetItem(th, v, Int(n))
			} else {
				v = GetItem(th, v, Str(key))
			}
			rest = rest[j+1:]
		} else {
			Raise(ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
		}
	}
	return v
}

// parseIntLiteral implements int(str, base).
func parseIntLiteral(s string, base int) (Object, bool) {
	t := strings.TrimSpace(s)
	t = strings.ReplaceAll(t, "_", "")
	if strings.HasPrefix(strings.TrimSpace(s), "_") || strings.HasSuffix(strings.TrimSpace(s), "_") || strings.Contains(s, "__") {
		return nil, false
	}
	neg := false
	if strings.HasPrefix(t, "-") {
		neg, t = true, t[1:]
	} else if strings.HasPrefix(t, "+") {
		t = t[1:]
	}
	lt := strings.ToLower(t)
	if base == 0 {
		switch {
		case strings.HasPrefix(lt, "0x"):
			base, t = 16, t[2:]
		case strings.HasPrefix(lt, "0o"):
			base, t = 8, t[2:]
		case strings.HasPrefix(lt, "0b"):
			base, t = 2, t[2:]
		default:
			base = 10
			if len(t) > 1 && t[0] == '0' && strings.Trim(t, "0") != "" {
				return nil, false
			}
		}
	} else if (base == 16 && strings.HasPrefix(lt, "0x")) || (base == 8 && strings.HasPrefix(lt, "0o")) || (base == 2 && strings.HasPrefix(lt, "0b")) {
		t = t[2:]
	}
	if t == "" {
		return nil, false
	}
	// accept Unicode decimal digits
	if base == 10 && !isASCII(t) {
		var b strings.Builder
		for _, r := range t {
			if d := unicodeDigit(r); d >= 0 {
				b.WriteByte(byte('0' + d))
			} else {
				return nil, false
			}
		}
		t = b.String()
	}
	z, ok := new(big.Int).SetString(t, base)
	if !ok {
		return nil, false
	}
	if neg {
		z.Neg(z)
	}
	return MakeInt(z), true
}

func unicodeDigit(r rune) int {
	if !unicode.Is(unicode.Nd, r) {
		return -1
	}
	// Nd digits come in contiguous runs of ten starting at a zero
	for z := r; z >= r-9; z-- {
		if !unicode.Is(unicode.Nd, z-1) || (z-1) < r-9 {
			return int(r - z)
		}
	}
	return int(r % 10)
}

func init() {
	for name, fn := range strMethods() {
		StrType.Dict[name] = &Builtin{Name: name, Fn: fn, Doc: strDocs[name]}
	}
	StrType.Dict["maketrans"] = &StaticMethod{Fn: NewBuiltin("maketrans", "Return a translation table usable for str.translate().", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("maketrans", args, 1, 3)
		d := NewDict()
		if len(args) == 1 {
			src, ok := args[0].(*Dict)
			if !ok {
				Raise(TypeErrorType, "if you give only one argument to maketrans it must be a dict")
			}
			src.Items(func(k, v Object) {
				if s, ok := k.(Str); ok {
					r, _ := utf8.DecodeRuneInString(string(s))
					d.SetItem(th, Int(r), v)
				} else {
					d.SetItem(th, k, v)
				}
			})
			return d
		}
		a, b := []rune(strArg("maketrans", args[0])), []rune(strArg("maketrans", args[1]))
		if len(a) != len(b) {
			Raise(ValueErrorType, "the first two maketrans arguments must have equal length")
		}
		for i := range a {
			d.SetItem(th, Int(a[i]), Int(b[i]))
		}
		if len(args) == 3 {
			for _, r := range strArg("maketrans", args[2]) {
				d.SetItem(th, Int(r), None)
			}
		}
		return d
	})}
}

var strDocs = map[string]string{
	"upper":      "Return a copy of the string converted to uppercase.",
	"lower":      "Return a copy of the string converted to lowercase.",
	"strip":      "Return a copy of the string with leading and trailing whitespace removed.",
	"split":      "Return a list of the substrings in the string, using sep as the separator string.",
	"join":       "Concatenate any number of strings.",
	"replace":    "Return a copy with all occurrences of substring old replaced by new.",
	"format":     "Return a formatted version of the string, using substitutions from args and kwargs.",
	"startswith": "Return True if the string starts with the specified prefix, False otherwise.",
	"endswith":   "Return True if the string ends with the specified suffix, False otherwise.",
	"find":       "Return the lowest index in S where substring sub is found; -1 on failure.",
	"count":      "Return the number of non-overlapping occurrences of substring sub.",
}

// pyUpper is str.upper with the special cases where one character becomes
// several (German sharp s, ligatures).
func pyUpper(s string) string {
	u := strings.ToUpper(s)
	if isASCII(u) {
		return u
	}
	return strings.NewReplacer("ß", "SS", "ﬁ", "FI", "ﬂ", "FL", "ﬀ", "FF", "ﬃ", "FFI", "ﬄ", "FFL", "ŉ", "ʼN").Replace(u)
}
