package stdlib

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	s "github.com/lumenlab/lumen/scripting"
)

// The json module: CPython's encoder output format and decoder messages.

var jsonDecodeErrorType = func() *s.Type {
	t := s.NewType("JSONDecodeError", s.ValueErrorType, "Subclass of ValueError with the following additional properties:\n\nmsg: The unformatted error message\ndoc: The JSON document being parsed\npos: The start index of doc where parsing failed\nlineno: The line corresponding to pos\ncolno: The column corresponding to pos")
	t.Module = "json.decoder"
	t.New = s.ValueErrorType.New
	return t
}()

type jsonEncoder struct {
	th           *s.Thread
	b            strings.Builder
	indent       *string
	itemSep      string
	keySep       string
	sortKeys     bool
	skipKeys     bool
	ensureASCII  bool
	allowNaN     bool
	checkCircles bool
	def          s.Object
	markers      map[any]bool
}

func jsonFloat(e *jsonEncoder, f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		if !e.allowNaN {
			s.Raise(s.ValueErrorType, "Out of range float values are not JSON compliant")
		}
		if math.IsNaN(f) {
			return "NaN"
		}
		if f > 0 {
			return "Infinity"
		}
		return "-Infinity"
	}
	return s.Repr(e.th, s.Float(f))
}

const hexDigits = "0123456789abcdef"

func jsonString(str string, ascii bool) string {
	var b strings.Builder
	b.WriteByte('"')
	u4 := func(r rune) {
		b.WriteString(`\u`)
		b.WriteByte(hexDigits[r>>12&15])
		b.WriteByte(hexDigits[r>>8&15])
		b.WriteByte(hexDigits[r>>4&15])
		b.WriteByte(hexDigits[r&15])
	}
	for i := 0; i < len(str); {
		r, n := utf8.DecodeRuneInString(str[i:])
		raw := str[i : i+n]
		i += n
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			switch {
			case r < 0x20:
				u4(r)
			case r < 0x80 || !ascii:
				b.WriteString(raw)
			case r > 0xFFFF:
				v := r - 0x10000
				u4(0xD800 | (v>>10)&0x3FF)
				u4(0xDC00 | v&0x3FF)
			default:
				u4(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// unwrap returns the built-in value behind a script subclass instance.
func jsonUnwrap(o s.Object) s.Object {
	if inst, ok := o.(*s.Instance); ok && inst.Payload != nil && inst.Exc == nil {
		return inst.Payload
	}
	return o
}

func (e *jsonEncoder) newline(level int) {
	if e.indent != nil {
		e.b.WriteByte('\n')
		e.b.WriteString(strings.Repeat(*e.indent, level))
	}
}

func (e *jsonEncoder) mark(id any) {
	if !e.checkCircles {
		return
	}
	if e.markers[id] {
		s.Raise(s.ValueErrorType, "Circular reference detected")
	}
	e.markers[id] = true
}

func (e *jsonEncoder) unmark(id any) {
	if e.checkCircles {
		delete(e.markers, id)
	}
}

func (e *jsonEncoder) encode(o s.Object, level int) {
	th := e.th
	v := jsonUnwrap(o)
	switch x := v.(type) {
	case s.Str:
		e.b.WriteString(jsonString(string(x), e.ensureASCII))
		return
	case s.NoneType:
		e.b.WriteString("null")
		return
	case s.Bool:
		if x {
			e.b.WriteString("true")
		} else {
			e.b.WriteString("false")
		}
		return
	case s.Int, *big.Int:
		e.b.WriteString(s.Repr(th, x))
		return
	case s.Float:
		e.b.WriteString(jsonFloat(e, float64(x)))
		return
	case *s.List:
		e.encodeList(o, x.V, level)
		return
	case s.Tuple:
		e.encodeList(o, x, level)
		return
	case *s.Dict:
		e.encodeDict(o, x, level)
		return
	}
	if e.def == nil {
		s.Raise(s.TypeErrorType, "Object of type %s is not JSON serializable", s.TypeNameOf(o))
	}
	var id any = o
	if _, ok := o.(s.PyObject); !ok {
		id = nil
	}
	if id != nil {
		e.mark(id)
	}
	e.encode(s.Call(th, e.def, []s.Object{o}, nil), level)
	if id != nil {
		e.unmark(id)
	}
}

func (e *jsonEncoder) encodeList(o s.Object, items []s.Object, level int) {
	if len(items) == 0 {
		e.b.WriteString("[]")
		return
	}
	var id any
	switch x := jsonUnwrap(o).(type) {
	case *s.List:
		id = x
	case s.Tuple:
		id = &x[0]
	}
	e.mark(id)
	e.b.WriteByte('[')
	level++
	e.newline(level)
	for i, it := range items {
		if i > 0 {
			e.b.WriteString(e.itemSep)
			e.newline(level)
		}
		e.encode(it, level)
	}
	level--
	e.newline(level)
	e.b.WriteByte(']')
	e.unmark(id)
}

func (e *jsonEncoder) keyString(k s.Object) (string, bool) {
	switch x := jsonUnwrap(k).(type) {
	case s.Str:
		return string(x), true
	case s.Float:
		return jsonFloat(e, float64(x)), true
	case s.Bool:
		if x {
			return "true", true
		}
		return "false", true
	case s.NoneType:
		return "null", true
	case s.Int, *big.Int:
		return s.Repr(e.th, x), true
	}
	if e.skipKeys {
		return "", false
	}
	s.Raise(s.TypeErrorType, "keys must be str, int, float, bool or None, not %s", s.TypeNameOf(k))
	return "", false
}

func (e *jsonEncoder) encodeDict(o s.Object, d *s.Dict, level int) {
	if d.Len() == 0 {
		e.b.WriteString("{}")
		return
	}
	e.mark(d)
	var keys, vals []s.Object
	d.Items(func(k, v s.Object) {
		keys = append(keys, k)
		vals = append(vals, v)
	})
	if e.sortKeys {
		items := make([]s.Object, len(keys))
		for i := range keys {
			items[i] = s.Tuple{keys[i], vals[i]}
		}
		l := s.NewList(items)
		s.SortList(e.th, l, s.None, s.False)
		for i, it := range l.V {
			keys[i], vals[i] = it.(s.Tuple)[0], it.(s.Tuple)[1]
		}
	}
	e.b.WriteByte('{')
	level++
	e.newline(level)
	first := true
	for i, k := range keys {
		ks, ok := e.keyString(k)
		if !ok {
			continue
		}
		if !first {
			e.b.WriteString(e.itemSep)
			e.newline(level)
		}
		first = false
		e.b.WriteString(jsonString(ks, e.ensureASCII))
		e.b.WriteString(e.keySep)
		e.encode(vals[i], level)
	}
	level--
	e.newline(level)
	e.b.WriteByte('}')
	e.unmark(d)
}

var dumpsParams = []string{"*", "skipkeys?", "ensure_ascii?", "check_circular?", "allow_nan?", "cls?", "indent?", "separators?", "default?", "sort_keys?"}

func jsonDumps(th *s.Thread, obj s.Object, a []s.Object) string {
	e := &jsonEncoder{th: th, itemSep: ", ", keySep: ": ", ensureASCII: true, allowNaN: true, checkCircles: true, markers: map[any]bool{}}
	flag := func(o s.Object, def bool) bool {
		if o == nil {
			return def
		}
		return s.Truth(th, o)
	}
	e.skipKeys = flag(a[0], false)
	e.ensureASCII = flag(a[1], true)
	e.checkCircles = flag(a[2], true)
	e.allowNaN = flag(a[3], true)
	if a[5] != nil && !isNone(a[5]) {
		var ind string
		if str, ok := a[5].(s.Str); ok {
			ind = string(str)
		} else {
			ind = strings.Repeat(" ", intArg(th, a[5]))
		}
		e.indent = &ind
		e.itemSep = ","
	}
	if a[6] != nil && !isNone(a[6]) {
		seps := s.ToSlice(th, a[6])
		if len(seps) != 2 {
			s.Raise(s.ValueErrorType, "too many values to unpack (expected 2)")
		}
		e.itemSep = s.ToStr(th, seps[0])
		e.keySep = s.ToStr(th, seps[1])
	}
	if a[7] != nil && !isNone(a[7]) {
		e.def = a[7]
	}
	e.sortKeys = flag(a[8], false)
	if a[4] != nil && !isNone(a[4]) {
		// cls=JSONEncoder subclass: honour its default() method
		if d := s.GetAttr(th, a[4], "default"); d != nil && e.def == nil {
			inst := s.Call(th, a[4], nil, nil)
			e.def = s.GetAttr(th, inst, "default")
		}
	}
	e.encode(obj, 0)
	return e.b.String()
}

// ---- decoding ----

type jsonDecoder struct {
	th         *s.Thread
	doc        string
	r          []rune
	objectHook s.Object
	pairsHook  s.Object
	parseFloat s.Object
	parseInt   s.Object
	parseConst s.Object
}

func (d *jsonDecoder) fail(msg string, pos int) {
	line := 1
	last := -1
	for i := 0; i < pos && i < len(d.r); i++ {
		if d.r[i] == '\n' {
			line++
			last = i
		}
	}
	col := pos - last
	full := msg + ": line " + strconv.Itoa(line) + " column " + strconv.Itoa(col) + " (char " + strconv.Itoa(pos) + ")"
	e := s.NewExc(jsonDecodeErrorType, s.Str(full))
	e.Dict["msg"] = s.Str(msg)
	e.Dict["doc"] = s.Str(d.doc)
	e.Dict["pos"] = s.Int(pos)
	e.Dict["lineno"] = s.Int(line)
	e.Dict["colno"] = s.Int(col)
	s.RaiseObj(e)
}

func isJSONSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' }

func (d *jsonDecoder) ws(i int) int {
	for i < len(d.r) && isJSONSpace(d.r[i]) {
		i++
	}
	return i
}

func (d *jsonDecoder) hasPrefix(i int, p string) bool {
	if i+len(p) > len(d.r) {
		return false
	}
	for k, c := range p {
		if d.r[i+k] != c {
			return false
		}
	}
	return true
}

func (d *jsonDecoder) constant(name string, v float64) s.Object {
	if d.parseConst != nil {
		return s.Call(d.th, d.parseConst, []s.Object{s.Str(name)}, nil)
	}
	return s.Float(v)
}

// value scans one JSON value at i (CPython's scan_once).
func (d *jsonDecoder) value(i int) (s.Object, int) {
	if i >= len(d.r) {
		d.fail("Expecting value", i)
	}
	switch c := d.r[i]; {
	case c == '"':
		return d.str(i + 1)
	case c == '{':
		return d.object(i + 1)
	case c == '[':
		return d.array(i + 1)
	case c == 'n' && d.hasPrefix(i, "null"):
		return s.None, i + 4
	case c == 't' && d.hasPrefix(i, "true"):
		return s.True, i + 4
	case c == 'f' && d.hasPrefix(i, "false"):
		return s.False, i + 5
	case c == 'N' && d.hasPrefix(i, "NaN"):
		return d.constant("NaN", math.NaN()), i + 3
	case c == 'I' && d.hasPrefix(i, "Infinity"):
		return d.constant("Infinity", math.Inf(1)), i + 8
	case c == '-' && d.hasPrefix(i, "-Infinity"):
		return d.constant("-Infinity", math.Inf(-1)), i + 9
	}
	return d.number(i)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func (d *jsonDecoder) number(start int) (s.Object, int) {
	i := start
	r := d.r
	if i < len(r) && r[i] == '-' {
		i++
	}
	if i < len(r) && r[i] == '0' {
		i++
	} else if i < len(r) && r[i] >= '1' && r[i] <= '9' {
		for i < len(r) && isDigit(r[i]) {
			i++
		}
	} else {
		d.fail("Expecting value", start)
	}
	isFloat := false
	if i+1 < len(r) && r[i] == '.' && isDigit(r[i+1]) {
		isFloat = true
		i += 2
		for i < len(r) && isDigit(r[i]) {
			i++
		}
	}
	if i < len(r) && (r[i] == 'e' || r[i] == 'E') {
		j := i + 1
		if j < len(r) && (r[j] == '+' || r[j] == '-') {
			j++
		}
		if j < len(r) && isDigit(r[j]) {
			for j < len(r) && isDigit(r[j]) {
				j++
			}
			isFloat = true
			i = j
		}
	}
	text := string(r[start:i])
	if isFloat {
		if d.parseFloat != nil {
			return s.Call(d.th, d.parseFloat, []s.Object{s.Str(text)}, nil), i
		}
		f, err := strconv.ParseFloat(text, 64)
		if err != nil && !strings.Contains(err.Error(), "range") {
			d.fail("Expecting value", start)
		}
		return s.Float(f), i
	}
	if d.parseInt != nil {
		return s.Call(d.th, d.parseInt, []s.Object{s.Str(text)}, nil), i
	}
	if len(text) < 19 {
		n, _ := strconv.ParseInt(text, 10, 64)
		return s.Int(n), i
	}
	b, _ := new(big.Int).SetString(text, 10)
	return s.MakeInt(b), i
}

func hexVal(rs []rune) (rune, bool) {
	var v rune
	for _, c := range rs {
		v <<= 4
		switch {
		case c >= '0' && c <= '9':
			v |= c - '0'
		case c >= 'a' && c <= 'f':
			v |= c - 'a' + 10
		case c >= 'A' && c <= 'F':
			v |= c - 'A' + 10
		default:
			return 0, false
		}
	}
	return v, true
}

// str scans a string body starting after the opening quote (py_scanstring).
func (d *jsonDecoder) str(i int) (s.Object, int) {
	begin := i - 1
	var b strings.Builder
	r := d.r
	for {
		if i >= len(r) {
			d.fail("Unterminated string starting at", begin)
		}
		c := r[i]
		if c == '"' {
			return s.Str(b.String()), i + 1
		}
		if c < 0x20 {
			d.fail("Invalid control character at", i)
		}
		if c != '\\' {
			b.WriteRune(c)
			i++
			continue
		}
		i++
		if i >= len(r) {
			d.fail("Unterminated string starting at", begin)
		}
		esc := r[i]
		if esc != 'u' {
			m := map[rune]string{'"': "\"", '\\': "\\", '/': "/", 'b': "\b", 'f': "\f", 'n': "\n", 'r': "\r", 't': "\t"}
			v, ok := m[esc]
			if !ok {
				d.fail("Invalid \\escape: "+s.Repr(d.th, s.Str(string(esc))), i-1)
			}
			b.WriteString(v)
			i++
			continue
		}
		// \uXXXX
		if i+5 > len(r) {
			d.fail("Invalid \\uXXXX escape", i-1)
		}
		u, ok := hexVal(r[i+1 : i+5])
		if !ok {
			d.fail("Invalid \\uXXXX escape", i-1)
		}
		i += 5
		if u >= 0xD800 && u <= 0xDBFF && i+1 < len(r) && r[i] == '\\' && r[i+1] == 'u' {
			if i+6 > len(r) {
				d.fail("Invalid \\uXXXX escape", i)
			}
			u2, ok := hexVal(r[i+2 : i+6])
			if !ok {
				d.fail("Invalid \\uXXXX escape", i)
			}
			if u2 >= 0xDC00 && u2 <= 0xDFFF {
				u = 0x10000 + ((u - 0xD800) << 10) | (u2 - 0xDC00)
				i += 6
			}
		}
		b.WriteRune(u)
	}
}

func (d *jsonDecoder) object(i int) (s.Object, int) {
	th := d.th
	start := i - 1
	_ = start
	var pairs []s.Object
	dict := s.NewDict()
	i = d.ws(i)
	if i < len(d.r) && d.r[i] == '}' {
		return d.finishObject(dict, pairs), i + 1
	}
	for {
		if i >= len(d.r) || d.r[i] != '"' {
			d.fail("Expecting property name enclosed in double quotes", i)
		}
		k, j := d.str(i + 1)
		i = d.ws(j)
		if i >= len(d.r) || d.r[i] != ':' {
			d.fail("Expecting ':' delimiter", i)
		}
		i = d.ws(i + 1)
		v, j := d.value(i)
		i = d.ws(j)
		if d.pairsHook != nil {
			pairs = append(pairs, s.Tuple{k, v})
		} else {
			dict.SetItem(th, k, v)
		}
		if i < len(d.r) && d.r[i] == '}' {
			return d.finishObject(dict, pairs), i + 1
		}
		if i >= len(d.r) || d.r[i] != ',' {
			d.fail("Expecting ',' delimiter", i)
		}
		i = d.ws(i + 1)
	}
}

func (d *jsonDecoder) finishObject(dict *s.Dict, pairs []s.Object) s.Object {
	if d.pairsHook != nil {
		return s.Call(d.th, d.pairsHook, []s.Object{s.NewList(pairs)}, nil)
	}
	if d.objectHook != nil {
		return s.Call(d.th, d.objectHook, []s.Object{dict}, nil)
	}
	return dict
}

func (d *jsonDecoder) array(i int) (s.Object, int) {
	var items []s.Object
	i = d.ws(i)
	if i < len(d.r) && d.r[i] == ']' {
		return s.NewList(items), i + 1
	}
	for {
		v, j := d.value(i)
		items = append(items, v)
		i = d.ws(j)
		if i < len(d.r) && d.r[i] == ']' {
			return s.NewList(items), i + 1
		}
		if i >= len(d.r) || d.r[i] != ',' {
			d.fail("Expecting ',' delimiter", i)
		}
		i = d.ws(i + 1)
	}
}

var loadsParams = []string{"*", "cls?", "object_hook?", "parse_float?", "parse_int?", "parse_constant?", "object_pairs_hook?"}

func jsonLoads(th *s.Thread, src s.Object, a []s.Object) s.Object {
	var doc string
	switch v := jsonUnwrap(src).(type) {
	case s.Str:
		doc = string(v)
	case s.Bytes:
		doc = strings.TrimPrefix(string(v), "\xef\xbb\xbf")
	default:
		s.Raise(s.TypeErrorType, "the JSON object must be str, bytes or bytearray, not %s", s.TypeNameOf(src))
	}
	d := &jsonDecoder{th: th, doc: doc, r: []rune(doc)}
	opt := func(o s.Object) s.Object {
		if o == nil || isNone(o) {
			return nil
		}
		return o
	}
	d.objectHook, d.parseFloat, d.parseInt, d.parseConst, d.pairsHook = opt(a[1]), opt(a[2]), opt(a[3]), opt(a[4]), opt(a[5])
	if strings.HasPrefix(doc, "\ufeff") {
		d.fail("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0)
	}
	i := d.ws(0)
	v, end := d.value(i)
	end = d.ws(end)
	if end != len(d.r) {
		d.fail("Extra data", end)
	}
	return v
}

func init() {
	s.RegisterModule("json", func(in *s.Interp) *s.Module {
		m := s.NewModule("json", "JSON (JavaScript Object Notation) <https://json.org> is a subset of\nJavaScript syntax (ECMA-262 3rd edition) used as a lightweight data\ninterchange format.")
		m.Set("JSONDecodeError", jsonDecodeErrorType)
		m.AddFunc("dumps", "(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw)", "Serialize ``obj`` to a JSON formatted ``str``.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			a := s.Args("dumps", args, kw, append([]string{"obj"}, dumpsParams...)...)
			return s.Str(jsonDumps(th, a[0], a[1:]))
		})
		m.AddFunc("dump", "(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw)", "Serialize ``obj`` as a JSON formatted stream to ``fp`` (a ``.write()``-supporting file-like object).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			a := s.Args("dump", args, kw, append([]string{"obj", "fp"}, dumpsParams...)...)
			out := jsonDumps(th, a[0], a[2:])
			s.CallMethod(th, a[1], "write", []s.Object{s.Str(out)}, nil)
			return s.None
		})
		m.AddFunc("loads", "(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, object_pairs_hook=None, **kw)", "Deserialize ``s`` (a ``str``, ``bytes`` or ``bytearray`` instance containing a JSON document) to a Python object.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			a := s.Args("loads", args, kw, append([]string{"s"}, loadsParams...)...)
			return jsonLoads(th, a[0], a[1:])
		})
		m.AddFunc("load", "(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, object_pairs_hook=None, **kw)", "Deserialize ``fp`` (a ``.read()``-supporting file-like object containing a JSON document) to a Python object.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			a := s.Args("load", args, kw, append([]string{"fp"}, loadsParams...)...)
			return jsonLoads(th, s.CallMethod(th, a[0], "read", nil, nil), a[1:])
		})
		return m
	})
}
