package scripting

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Constructors and methods of the built-in types.

func method(t *Type, name, doc string, fn func(th *Thread, args []Object, kw Kwargs) Object) {
	t.Dict[name] = &Builtin{Name: name, Doc: doc, Fn: fn}
}

func listSelf(args []Object) *List {
	switch v := args[0].(type) {
	case *List:
		return v
	case *Instance:
		if l, ok := v.Payload.(*List); ok {
			return l
		}
	}
	Raise(TypeErrorType, "descriptor requires a 'list' object but received a '%s'", typeName(args[0]))
	return nil
}

func dictSelf(args []Object) *Dict {
	switch v := args[0].(type) {
	case *Dict:
		return v
	case *Instance:
		if d, ok := v.Payload.(*Dict); ok {
			return d
		}
	}
	Raise(TypeErrorType, "descriptor requires a 'dict' object but received a '%s'", typeName(args[0]))
	return nil
}

func setSelf(args []Object) *Set {
	switch v := args[0].(type) {
	case *Set:
		return v
	case *Instance:
		if s, ok := v.Payload.(*Set); ok {
			return s
		}
	}
	Raise(TypeErrorType, "descriptor requires a 'set' object but received a '%s'", typeName(args[0]))
	return nil
}

// dictFromMapping copies keys()/[] of a mapping object into a dict.
func dictFromMapping(th *Thread, m Object) *Dict {
	d := NewDict()
	if inst, ok := m.(*Instance); ok {
		if pd, ok := inst.Payload.(*Dict); ok && lookupSpecial(inst.Class, "keys") == nil {
			return pd.Copy()
		}
	}
	keys := GetAttr(th, m, "keys")
	ForEach(th, Call(th, keys, nil, nil), func(k Object) {
		d.SetItem(th, k, GetItem(th, m, k))
	})
	return d
}

func dictUpdate(th *Thread, d *Dict, src Object, kw Kwargs) {
	if src != nil {
		switch s := src.(type) {
		case *Dict:
			s.Items(func(k, v Object) { d.SetItem(th, k, v) })
		default:
			if getAttr(th, src, "keys") != nil {
				dictFromMapping(th, src).Items(func(k, v Object) { d.SetItem(th, k, v) })
			} else {
				i := 0
				ForEach(th, src, func(item Object) {
					if _, iterable := item.(Tuple); !iterable {
						if _, isList := item.(*List); !isList && lookupSpecial(TypeOf(item), "__iter__") == nil {
							Raise(TypeErrorType, "cannot convert dictionary update sequence element #%d to a sequence", i)
						}
					}
					kv := iterToSlice(th, item)
					if len(kv) != 2 {
						Raise(ValueErrorType, "dictionary update sequence element #%d has length %d; 2 is required", i, len(kv))
					}
					d.SetItem(th, kv[0], kv[1])
					i++
				})
			}
		}
	}
	for _, k := range kw {
		d.SetItem(th, Str(k.Name), k.Value)
	}
}

// dictView is keys()/values()/items().
type dictView struct {
	d    *Dict
	kind int // 0 keys, 1 values, 2 items
}

func (v *dictView) PyType() *Type {
	return [...]*Type{DictKeysType, DictValuesType, DictItemsType}[v.kind]
}

func (v *dictView) iter() Iterator {
	switch v.kind {
	case 0:
		return dictIter(v.d, "dict_keyiterator", func(k, _ Object) Object { return k })
	case 1:
		return dictIter(v.d, "dict_valueiterator", func(_, x Object) Object { return x })
	}
	return dictIter(v.d, "dict_itemiterator", func(k, x Object) Object { return Tuple{k, x} })
}

func (v *dictView) items(th *Thread) []Object {
	var out []Object
	it := v.iter()
	for {
		x, ok := it.Next(th)
		if !ok {
			return out
		}
		out = append(out, x)
	}
}

func viewAsSet(th *Thread, o Object) *Set {
	s := NewSet()
	ForEach(th, o, func(x Object) { s.Add(th, x) })
	return s
}

// File is an open file (open()).
type File struct {
	Name   string
	Mode   string
	binary bool
	data   []byte // read buffer
	pos    int
	w      *strings.Builder
	f      *fileHandle
	closed bool
}

var FileType = NewType("TextIOWrapper", ObjectType, "A file object returned by open().")

func (f *File) PyType() *Type { return FileType }

func init() {
	// ---- int ----
	IntType.New = func(th *Thread, cls *Type, args []Object, kw Kwargs) Object {
		a := Args("int", args, kw, "x?", "base?")
		if a[0] == nil {
			return Int(0)
		}
		if a[1] != nil {
			base := Index(th, a[1])
			var s string
			switch v := a[0].(type) {
			case Str:
				s = string(v)
			case Bytes:
				s = string(v)
			default:
				Raise(TypeErrorType, "int() can't convert non-string with explicit base")
			}
			if base != 0 && (base < 2 || base > 36) {
				Raise(ValueErrorType, "int() base must be >= 2 and <= 36, or 0")
			}
			if r, ok := parseIntLiteral(s, base); ok {
				return r
			}
			Raise(ValueErrorType, "invalid literal for int() with base %d: %s", base, strRepr(s))
		}
		return toIntObj(th, a[0])
	}
	method(IntType, "bit_length", "Number of bits necessary to represent self in binary.", func(th *Thread, args []Object, kw Kwargs) Object {
		return Int(new(big.Int).Abs(bigOf(args[0])).BitLen())
	})
	method(IntType, "bit_count", "Number of ones in the binary representation of the absolute value of self.", func(th *Thread, args []Object, kw Kwargs) Object {
		b := new(big.Int).Abs(bigOf(args[0]))
		n := 0
		for _, w := range b.Bits() {
			for x := uint64(w); x != 0; x &= x - 1 {
				n++
			}
		}
		return Int(n)
	})
	method(IntType, "to_bytes", "Return an array of bytes representing an integer.", func(th *Thread, args []Object, kw Kwargs) Object {
		a := Args("to_bytes", args[1:], kw, "length?", "byteorder?", "*", "signed?")
		n := 1
		if a[0] != nil {
			n = Index(th, a[0])
		}
		order := "big"
		if a[1] != nil {
			order = ToStr(th, a[1])
		}
		x := new(big.Int).Set(bigOf(args[0]))
		if x.Sign() < 0 {
			if a[2] == nil || !Truth(th, a[2]) {
				Raise(OverflowErrorType, "can't convert negative int to unsigned")
			}
			x.Add(x, new(big.Int).Lsh(big.NewInt(1), uint(8*n)))
		}
		b := x.Bytes()
		if len(b) > n {
			Raise(OverflowErrorType, "int too big to convert")
		}
		out := make([]byte, n)
		copy(out[n-len(b):], b)
		if order == "little" {
			for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
				out[i], out[j] = out[j], out[i]
			}
		}
		return Bytes(out)
	})
	IntType.Dict["from_bytes"] = &ClassMethod{Fn: NewBuiltin("from_bytes", "Return the integer represented by the given array of bytes.", func(th *Thread, args []Object, kw Kwargs) Object {
		a := Args("from_bytes", args[1:], kw, "bytes", "byteorder?", "*", "signed?")
		b := []byte(Call(th, BytesType, []Object{a[0]}, nil).(Bytes))
		if a[1] != nil && ToStr(th, a[1]) == "little" {
			for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
				b[i], b[j] = b[j], b[i]
			}
		}
		x := new(big.Int).SetBytes(b)
		if a[2] != nil && Truth(th, a[2]) && len(b) > 0 && b[0]&0x80 != 0 {
			x.Sub(x, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
		}
		return MakeInt(x)
	})}
	method(IntType, "__format__", "", func(th *Thread, args []Object, kw Kwargs) Object { return Str(Format(th, args[0], ToStr(th, args[1]))) })
	method(IntType, "conjugate", "", func(th *Thread, args []Object, kw Kwargs) Object { return args[0] })
	method(IntType, "__index__", "", func(th *Thread, args []Object, kw Kwargs) Object { return unwrapPayload(args[0]) })
	method(IntType, "__int__", "", func(th *Thread, args []Object, kw Kwargs) Object { return unwrapPayload(args[0]) })
	method(IntType, "__float__", "", func(th *Thread, args []Object, kw Kwargs) Object {
		f, _ := asFloat(unwrapPayload(args[0]))
		return Float(f)
	})
	method(IntType, "__hash__", "", func(th *Thread, args []Object, kw Kwargs) Object { return Int(Hash(th, unwrapPayload(args[0]))) })
	IntType.Dict["real"] = &Property{Name: "real", Get: NewBuiltin("real", "", func(th *Thread, args []Object, kw Kwargs) Object { return args[0] })}
	IntType.Dict["imag"] = &Property{Name: "imag", Get: NewBuiltin("imag", "", func(th *Thread, args []Object, kw Kwargs) Object { return Int(0) })}
	IntType.Dict["numerator"] = IntType.Dict["real"]
	IntType.Dict["denominator"] = &Property{Name: "denominator", Get: NewBuiltin("denominator", "", func(th *Thread, args []Object, kw Kwargs) Object { return Int(1) })}
	addArithDunders(IntType)

	BoolType.New = func(th *Thread, cls *Type, args []Object, kw Kwargs) Object {
		checkArgs("bool", args, 0, 1)
		if len(args) == 0 {
			return False
		}
		return boolOf(Truth(th, args[0]))
	}

	// ---- float ----
	FloatType.New = func(th *Thread, cls *Type, args []Object, kw Kwargs) Object {
		checkArgs("float", args, 0, 1)
		if len(args) == 0 {
			return Float(0)
		}
		return toFloatObj(th, args[0])
	}
	method(FloatType, "is_integer", "Return True if the float is an integer.", func(th *Thread, args []Object, kw Kwargs) Object {
		f := float64(args[0].(Float))
		return boolOf(f == math.Trunc(f) && !math.IsInf(f, 0))
	})
	method(FloatType, "as_integer_ratio", "Return integer ratio.", func(th *Thread, args []Object, kw Kwargs) Object {
		f := float64(args[0].(Float))
		if math.IsInf(f, 0) {
			Raise(OverflowErrorType, "cannot convert Infinity to integer ratio")
		}
		if math.IsNaN(f) {
			Raise(ValueErrorType, "cannot convert NaN to integer ratio")
		}
		r := new(big.Rat)
		r.SetFloat64(f)
		return Tuple{MakeInt(new(big.Int).Set(r.Num())), MakeInt(new(big.Int).Set(r.Denom()))}
	})
	method(FloatType, "hex", "Return a hexadecimal representation of a floating-point number.", func(th *Thread, args []Object, kw Kwargs) Object {
		return Str(floatHex(float64(args[0].(Float))))
	})
	method(FloatType, "conjugate", "", func(th *Thread, args []Object, kw Kwargs) Object { return args[0] })
	method(FloatType, "__format__", "", func(th *Thread, args []Object, kw Kwargs) Object { return Str(Format(th, args[0], ToStr(th, args[1]))) })
	method(FloatType, "__int__", "", func(th *Thread, args []Object, kw Kwargs) Object { return toIntObj(th, unwrapPayload(args[0])) })
	method(FloatType, "__float__", "", func(th *Thread, args []Object, kw Kwargs) Object { return unwrapPayload(args[0]) })
	method(FloatType, "__round__", "", func(th *Thread, args []Object, kw Kwargs) Object {
		var nd Object
		if len(args) > 1 {
			nd = args[1]
		}
		return roundObj(th, args[0], nd)
	})
	method(FloatType, "__hash__", "", func(th *Thread, args []Object, kw Kwargs) Object { return Int(Hash(th, unwrapPayload(args[0]))) })
	FloatType.Dict["real"] = &Property{Name: "real", Get: NewBuiltin("real", "", func(th *Thread, args []Object, kw Kwargs) Object { return args[0] })}
	FloatType.Dict["imag"] = &Property{Name: "imag", Get: NewBuiltin("imag", "", func(th *Thread, args []Object, kw Kwargs) Object { return Float(0) })}
	FloatType.Dict["fromhex"] = &ClassMethod{Fn: NewBuiltin("fromhex", "Create a floating-point number from a hexadecimal string.", func(th *Thread, args []Object, kw Kwargs) Object {
		s := strings.TrimSpace(ToStr(th, args[1]))
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			if !strings.Contains(strings.ToLower(s), "p") {
				f, err = strconv.ParseFloat(s+"p0", 64)
			}
			if err != nil {
				Raise(ValueErrorType, "invalid hexadecimal floating-point string")
			}
		}
		return Float(f)
	})}
	addArithDunders(FloatType)

	// ---- str ----
	StrType.New = func(th *Thread, cls *Type, args []Object, kw Kwargs) Object {
		a := Args("str", args, kw, "object?", "encoding?", "errors?")
		if a[0] == nil {
			return Str("")
		}
		if a[1] != nil {
			if b, ok := a[0].(Bytes); ok {
				return decodeBytes(th, string(b), ToStr(th, a[1]), a[2])
			}
		}
		return Str(ToStr(th, a[0]))
	}

	// ---- bytes ----
	BytesType.New = func(th *Thread, cls *Type, args []Object, kw Kwargs) Object {
		a := Args("bytes", args, kw, "source?", "encoding?", "errors?")
		if a[0] == nil {
			return Bytes("")
		}
		switch v := a[0].(type) {
		case Bytes:
			return v
		case *ByteArray:
			return Bytes(v.B)
		case Str:
			if a[1] == nil {
				Raise(TypeErrorType, "string argument without an encoding")
			}
			return Call(th, GetAttr(th, v, "encode"), []Object{a[1]}, nil)
		case Int:
			if v < 0 {
				Raise(ValueErrorType, "negative count")
			}
			return Bytes(make([]byte, v))
		}
		var b []byte
		ForEach(th, a[0], func(x Object) {
			n := Index(th, x)
			if n < 0 || n > 255 {
				Raise(ValueErrorType, "bytes must be in range(0, 256)")
			}
			b = append(b, byte(n))
		})
		return Bytes(b)
	}
	method(BytesType, "decode", "Decode the bytes using the codec registered for encoding.", func(th *Thread, args []Object, kw Kwargs) Object {
		a := Args("decode", args[1:], kw, "encoding?", "errors?")
		enc := "utf-8"
		if a[0] != nil {
			enc = ToStr(th, a[0])
		}
		return decodeBytes(th, string(args[0].(Bytes)), enc, a[1])
	})
	method(BytesType, "hex", "Create a string of hexadecimal numbers from a bytes object.", func(th *Thread, args []Object, kw Kwargs) Object {
		const hx = "0123456789abcdef"
		b := args[0].(Bytes)
		out := make([]byte, 0, 2*len(b))
		for i := 0; i < len(b); i++ {
			out = append(out, hx[b[i]>>4], hx[b[i]&15])
		}
		return Str(out)
	})
	BytesType.Dict["fromhex"] = &ClassMethod{Fn: NewBuiltin("fromhex", "Create a bytes object from a string of hexadecimal numbers.", func(th *Thread, args []Object, kw Kwargs) Object {
		s := strings.ReplaceAll(ToStr(th, args[1]), " ", "")
		if len(s)%2 != 0 {
			Raise(ValueErrorType, "non-hexadecimal number found in fromhex() arg")
		}
		out := make([]byte, len(s)/2)
		for i := range out {
			v, err := strconv.ParseUint(s[2*i:2*i+2], 16, 8)
			if err != nil {
				Raise(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", 2*i)
			}
			out[i] = byte(v)
		}
		return Bytes(out)
	})}
	for _, name := range []string{"upper", "lower", "strip", "lstrip", "rstrip", "startswith", "endswith", "find", "count", "replace", "split", "join", "index", "isdigit", "isalpha", "isspace"} {
		sm := StrType.Dict[name].(*Builtin)
		name := name
		method(BytesType, name, sm.Doc, func(th *Thread, args []Object, kw Kwargs) Object {
			conv := make([]Object, len(args))
			for i, a := range args {
				switch v := a.(type) {
				case Bytes:
					conv[i] = Str(v)
				case Tuple:
					t := make(Tuple, len(v))
					for j, x := range v {
						if b, ok := x.(Bytes); ok {
							t[j] = Str(b)
						} else {
							t[j] = x
						}
					}
					conv[i] = t
				case *List:
					if name == "join" {
						l := &List{}
						for _, x := range v.V {
							if b, ok := x.(Bytes); ok {
								l.V = append(l.V, Str(b))
							} else {
								Raise(TypeErrorType, "sequence item: expected a bytes-like object, %s found", typeName(x))
							}
						}
						conv[i] = l
					} else {
						conv[i] = a
					}
				default:
					conv[i] = a
				}
			}
			r := sm.Fn(th, conv, kw)
			return strToBytes(r)
		})
	}

	// ---- list ----
	ListType.New = func(th *Thread, cls *Type, args []Object, kw Kwargs) Object {
		checkArgs("list", args, 0, 1)
		noKw("list", kw)
		if len(args) == 0 {
			return &List{V: []Object{}}
		}
		v := iterToSlice(th, args[0])
		if v == nil {
			v = []Object{}
		}
		return &List{V: v}
	}
	method(ListType, "append", "Append object to the end of the list.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("append", args, 2, 2)
		l := listSelf(args)
		l.V = append(l.V, args[1])
		return None
	})
	method(ListType, "extend", "Extend list by appending elements from the iterable.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("extend", args, 2, 2)
		l := listSelf(args)
		l.V = append(l.V, iterToSlice(th, args[1])...)
		return None
	})
	method(ListType, "insert", "Insert object before index.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("insert", args, 3, 3)
		l := listSelf(args)
		i := Index(th, args[1])
		n := len(l.V)
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		l.V = append(l.V, nil)
		copy(l.V[i+1:], l.V[i:])
		l.V[i] = args[2]
		return None
	})
	method(ListType, "pop", "Remove and return item at index (default last).", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("pop", args, 1, 2)
		l := listSelf(args)
		if len(l.V) == 0 {
			Raise(IndexErrorType, "pop from empty list")
		}
		i := len(l.V) - 1
		if len(args) == 2 {
			i = Index(th, args[1])
			if i < 0 {
				i += len(l.V)
			}
			if i < 0 || i >= len(l.V) {
				Raise(IndexErrorType, "pop index out of range")
			}
		}
		v := l.V[i]
		l.V = append(l.V[:i], l.V[i+1:]...)
		return v
	})
	method(ListType, "remove", "Remove first occurrence of value.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("remove", args, 2, 2)
		l := listSelf(args)
		for i, x := range l.V {
			if same(x, args[1]) || Equal(th, x, args[1]) {
				l.V = append(l.V[:i], l.V[i+1:]...)
				return None
			}
		}
		Raise(ValueErrorType, "list.remove(x): x not in list")
		return nil
	})
	method(ListType, "index", "Return first index of value.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("index", args, 2, 4)
		l := listSelf(args)
		start, stop := 0, len(l.V)
		if len(args) > 2 {
			start = clampIndex(Index(th, args[2]), len(l.V), 1)
		}
		if len(args) > 3 {
			stop = clampIndex(Index(th, args[3]), len(l.V), 1)
		}
		for i := start; i < stop && i < len(l.V); i++ {
			if same(l.V[i], args[1]) || Equal(th, l.V[i], args[1]) {
				return Int(i)
			}
		}
		Raise(ValueErrorType, "%s is not in list", Repr(th, args[1]))
		return nil
	})
	method(ListType, "count", "Return number of occurrences of value.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("count", args, 2, 2)
		n := 0
		for _, x := range listSelf(args).V {
			if same(x, args[1]) || Equal(th, x, args[1]) {
				n++
			}
		}
		return Int(n)
	})
	method(ListType, "reverse", "Reverse *IN PLACE*.", func(th *Thread, args []Object, kw Kwargs) Object {
		l := listSelf(args)
		for i, j := 0, len(l.V)-1; i < j; i, j = i+1, j-1 {
			l.V[i], l.V[j] = l.V[j], l.V[i]
		}
		return None
	})
	method(ListType, "sort", "Sort the list in ascending order and return None.", func(th *Thread, args []Object, kw Kwargs) Object {
		a := Args("sort", args[1:], kw, "*", "key?", "reverse?")
		sortList(th, listSelf(args), a[0], a[1])
		return None
	})
	method(ListType, "copy", "Return a shallow copy of the list.", func(th *Thread, args []Object, kw Kwargs) Object {
		return &List{V: append([]Object{}, listSelf(args).V...)}
	})
	method(ListType, "clear", "Remove all items from list.", func(th *Thread, args []Object, kw Kwargs) Object {
		listSelf(args).V = []Object{}
		return None
	})
	addContainerDunders(ListType)

	// ---- tuple ----
	TupleType.New = func(th *Thread, cls *Type, args []Object, kw Kwargs) Object {
		checkArgs("tuple", args, 0, 1)
		if len(args) == 0 {
			return Tuple{}
		}
		if t, ok := args[0].(Tuple); ok {
			return t
		}
		return Tuple(iterToSlice(th, args[0]))
	}
	method(TupleType, "index", "Return first index of value.", func(th *Thread, args []Object, kw Kwargs) Object {
		t := tupleOf(args[0])
		for i, x := range t {
			if same(x, args[1]) || Equal(th, x, args[1]) {
				return Int(i)
			}
		}
		Raise(ValueErrorType, "tuple.index(x): x not in tuple")
		return nil
	})
	method(TupleType, "count", "Return number of occurrences of value.", func(th *Thread, args []Object, kw Kwargs) Object {
		n := 0
		for _, x := range tupleOf(args[0]) {
			if same(x, args[1]) || Equal(th, x, args[1]) {
				n++
			}
		}
		return Int(n)
	})
	addContainerDunders(TupleType)

	// ---- dict ----
	DictType.New = func(th *Thread, cls *Type, args []Object, kw Kwargs) Object {
		checkArgs("dict", args, 0, 1)
		d := NewDict()
		var src Object
		if len(args) == 1 {
			src = args[0]
		}
		dictUpdate(th, d, src, kw)
		return d
	}
	method(DictType, "get", "Return the value for key if key is in the dictionary, else default.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("get", args, 2, 3)
		if v := dictSelf(args).GetItem(th, args[1]); v != nil {
			return v
		}
		if len(args) == 3 {
			return args[2]
		}
		return None
	})
	method(DictType, "setdefault", "Insert key with a value of default if key is not in the dictionary.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("setdefault", args, 2, 3)
		d := dictSelf(args)
		if v := d.GetItem(th, args[1]); v != nil {
			return v
		}
		var def Object = None
		if len(args) == 3 {
			def = args[2]
		}
		d.SetItem(th, args[1], def)
		return def
	})
	method(DictType, "pop", "Remove specified key and return the corresponding value.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("pop", args, 2, 3)
		d := dictSelf(args)
		if i := d.find(th, args[1]); i >= 0 {
			v := d.vals[i]
			d.removeAt(th, i)
			return v
		}
		if len(args) == 3 {
			return args[2]
		}
		Raise2(KeyErrorType, args[1])
		return nil
	})
	method(DictType, "popitem", "Remove and return a (key, value) pair as a 2-tuple (LIFO).", func(th *Thread, args []Object, kw Kwargs) Object {
		d := dictSelf(args)
		for i := len(d.keys) - 1; i >= 0; i-- {
			if k := d.keys[i]; k != nil {
				v := d.vals[i]
				d.removeAt(th, i)
				return Tuple{k, v}
			}
		}
		Raise(KeyErrorType, "popitem(): dictionary is empty")
		return nil
	})
	method(DictType, "keys", "A set-like object providing a view on D's keys.", func(th *Thread, args []Object, kw Kwargs) Object { return &dictView{dictSelf(args), 0} })
	method(DictType, "values", "An object providing a view on D's values.", func(th *Thread, args []Object, kw Kwargs) Object { return &dictView{dictSelf(args), 1} })
	method(DictType, "items", "A set-like object providing a view on D's items.", func(th *Thread, args []Object, kw Kwargs) Object { return &dictView{dictSelf(args), 2} })
	method(DictType, "update", "Update D from dict/iterable E and F.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("update", args, 1, 2)
		var src Object
		if len(args) == 2 {
			src = args[1]
		}
		dictUpdate(th, dictSelf(args), src, kw)
		return None
	})
	method(DictType, "copy", "Return a shallow copy of D.", func(th *Thread, args []Object, kw Kwargs) Object { return dictSelf(args).Copy() })
	method(DictType, "clear", "Remove all items from D.", func(th *Thread, args []Object, kw Kwargs) Object { dictSelf(args).Clear(); return None })
	DictType.Dict["fromkeys"] = &ClassMethod{Fn: NewBuiltin("fromkeys", "Create a new dictionary with keys from iterable and values set to value.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("fromkeys", args, 2, 3)
		var v Object = None
		if len(args) == 3 {
			v = args[2]
		}
		d := NewDict()
		ForEach(th, args[1], func(k Object) { d.SetItem(th, k, v) })
		if cls, ok := args[0].(*Type); ok && cls != DictType {
			inst := Call(th, cls, nil, nil)
			d.Items(func(k, val Object) { SetItem(th, inst, k, val) })
			return inst
		}
		return d
	})}
	addContainerDunders(DictType)

	for _, vt := range []*Type{DictKeysType, DictValuesType, DictItemsType} {
		method(vt, "__len__", "", func(th *Thread, args []Object, kw Kwargs) Object { return Int(args[0].(*dictView).d.live) })
		method(vt, "__iter__", "", func(th *Thread, args []Object, kw Kwargs) Object { return args[0].(*dictView).iter().(Object) })
		method(vt, "__contains__", "", func(th *Thread, args []Object, kw Kwargs) Object {
			v := args[0].(*dictView)
			switch v.kind {
			case 0:
				return boolOf(v.d.find(th, args[1]) >= 0)
			case 2:
				t, ok := args[1].(Tuple)
				if !ok || len(t) != 2 {
					return False
				}
				x := v.d.GetItem(th, t[0])
				return boolOf(x != nil && Equal(th, x, t[1]))
			}
			for _, x := range v.items(th) {
				if Equal(th, x, args[1]) {
					return True
				}
			}
			return False
		})
		method(vt, "__repr__", "", func(th *Thread, args []Object, kw Kwargs) Object {
			v := args[0].(*dictView)
			return Str(v.PyType().Name + "(" + Repr(th, &List{V: v.items(th)}) + ")")
		})
		for _, op := range []struct {
			name string
			op   binOp
		}{{"__and__", bAnd}, {"__or__", bOr}, {"__sub__", bSub}, {"__xor__", bXor}} {
			op := op
			method(vt, op.name, "", func(th *Thread, args []Object, kw Kwargs) Object {
				return setOp(th, op.op, viewAsSet(th, args[0]), viewAsSet(th, args[1]))
			})
		}
		method(vt, "__eq__", "", func(th *Thread, args []Object, kw Kwargs) Object {
			v := args[0].(*dictView)
			if v.kind == 1 {
				return boolOf(same(args[0], args[1]))
			}
			return boolOf(Equal(th, viewAsSet(th, args[0]), viewAsSet(th, args[1])))
		})
	}

	// ---- set / frozenset ----
	mkSet := func(frozen bool) func(th *Thread, cls *Type, args []Object, kw Kwargs) Object {
		return func(th *Thread, cls *Type, args []Object, kw Kwargs) Object {
			name := "set"
			if frozen {
				name = "frozenset"
			}
			checkArgs(name, args, 0, 1)
			s := NewSet()
			s.Frozen = frozen
			if len(args) == 1 {
				ForEach(th, args[0], func(x Object) { s.Add(th, x) })
			}
			return s
		}
	}
	SetType.New = mkSet(false)
	FrozenSetType.New = mkSet(true)
	for _, st := range []*Type{SetType, FrozenSetType} {
		method(st, "union", "Return the union of sets as a new set.", setMulti(bOr))
		method(st, "intersection", "Return the intersection of two sets as a new set.", setMulti(bAnd))
		method(st, "difference", "Return the difference of two or more sets as a new set.", setMulti(bSub))
		method(st, "symmetric_difference", "Return the symmetric difference of two sets as a new set.", setMulti(bXor))
		method(st, "issubset", "Report whether another set contains this set.", func(th *Thread, args []Object, kw Kwargs) Object {
			return boolOf(isSubset(th, setSelf(args), viewAsSet(th, args[1])))
		})
		method(st, "issuperset", "Report whether this set contains another set.", func(th *Thread, args []Object, kw Kwargs) Object {
			return boolOf(isSubset(th, viewAsSet(th, args[1]), setSelf(args)))
		})
		method(st, "isdisjoint", "Return True if two sets have a null intersection.", func(th *Thread, args []Object, kw Kwargs) Object {
			s := setSelf(args)
			r := true
			ForEach(th, args[1], func(x Object) {
				if s.Contains(th, x) {
					r = false
				}
			})
			return boolOf(r)
		})
		method(st, "copy", "Return a shallow copy of a set.", func(th *Thread, args []Object, kw Kwargs) Object {
			s := setSelf(args)
			return s.Copy(s.Frozen)
		})
		addContainerDunders(st)
	}
	method(SetType, "add", "Add an element to a set.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("add", args, 2, 2)
		setSelf(args).Add(th, args[1])
		return None
	})
	method(SetType, "discard", "Remove an element from a set if it is a member.", func(th *Thread, args []Object, kw Kwargs) Object {
		setSelf(args).Discard(th, args[1])
		return None
	})
	method(SetType, "remove", "Remove an element from a set; it must be a member.", func(th *Thread, args []Object, kw Kwargs) Object {
		if !setSelf(args).Discard(th, args[1]) {
			Raise2(KeyErrorType, args[1])
		}
		return None
	})
	method(SetType, "pop", "Remove and return an arbitrary set element.", func(th *Thread, args []Object, kw Kwargs) Object {
		s := setSelf(args)
		for _, k := range s.Items() {
			s.Discard(th, k)
			return k
		}
		Raise(KeyErrorType, "pop from an empty set")
		return nil
	})
	method(SetType, "clear", "Remove all elements from this set.", func(th *Thread, args []Object, kw Kwargs) Object {
		setSelf(args).Clear()
		return None
	})
	method(SetType, "update", "Update a set with the union of itself and others.", func(th *Thread, args []Object, kw Kwargs) Object {
		s := setSelf(args)
		for _, o := range args[1:] {
			ForEach(th, o, func(x Object) { s.Add(th, x) })
		}
		return None
	})
	for _, u := range []struct {
		name string
		op   binOp
	}{{"intersection_update", bAnd}, {"difference_update", bSub}, {"symmetric_difference_update", bXor}} {
		u := u
		method(SetType, u.name, "Update a set in place.", func(th *Thread, args []Object, kw Kwargs) Object {
			s := setSelf(args)
			r := s
			for _, o := range args[1:] {
				r = setOp(th, u.op, r, viewAsSet(th, o))
			}
			s.replaceWith(r)
			return None
		})
	}

	// ---- range / slice ----
	RangeType.New = func(th *Thread, cls *Type, args []Object, kw Kwargs) Object {
		noKw("range", kw)
		r := &Range{Step: 1}
		switch len(args) {
		case 1:
			r.Stop = int64(Index(th, args[0]))
		case 2:
			r.Start, r.Stop = int64(Index(th, args[0])), int64(Index(th, args[1]))
		case 3:
			r.Start, r.Stop, r.Step = int64(Index(th, args[0])), int64(Index(th, args[1])), int64(Index(th, args[2]))
			if r.Step == 0 {
				Raise(ValueErrorType, "range() arg 3 must not be zero")
			}
		default:
			Raise(TypeErrorType, "range expected at least 1 argument, got %d", len(args))
		}
		return r
	}
	method(RangeType, "index", "Return index of value.", func(th *Thread, args []Object, kw Kwargs) Object {
		r := args[0].(*Range)
		if !rangeContains(th, r, args[1]) {
			Raise(ValueErrorType, "%s is not in range", Repr(th, args[1]))
		}
		return Int((int64(Index(th, args[1])) - r.Start) / r.Step)
	})
	method(RangeType, "count", "Return number of occurrences of value.", func(th *Thread, args []Object, kw Kwargs) Object {
		return boolInt(Bool(rangeContains(th, args[0].(*Range), args[1])))
	})
	for _, f := range []string{"start", "stop", "step"} {
		f := f
		RangeType.Dict[f] = &Property{Name: f, Get: NewBuiltin(f, "", func(th *Thread, args []Object, kw Kwargs) Object {
			r := args[0].(*Range)
			return Int(map[string]int64{"start": r.Start, "stop": r.Stop, "step": r.Step}[f])
		})}
	}
	SliceType.New = func(th *Thread, cls *Type, args []Object, kw Kwargs) Object {
		switch len(args) {
		case 1:
			return &Slice{Start: None, Stop: args[0], Step: None}
		case 2:
			return &Slice{Start: args[0], Stop: args[1], Step: None}
		case 3:
			return &Slice{Start: args[0], Stop: args[1], Step: args[2]}
		}
		Raise(TypeErrorType, "slice expected at least 1 argument, got %d", len(args))
		return nil
	}
	for _, f := range []string{"start", "stop", "step"} {
		f := f
		SliceType.Dict[f] = &Property{Name: f, Get: NewBuiltin(f, "", func(th *Thread, args []Object, kw Kwargs) Object {
			s := args[0].(*Slice)
			return map[string]Object{"start": s.Start, "stop": s.Stop, "step": s.Step}[f]
		})}
	}
	method(SliceType, "indices", "Return (start, stop, stride) for a sequence of the given length.", func(th *Thread, args []Object, kw Kwargs) Object {
		a, b, c := args[0].(*Slice).indices(th, Index(th, args[1]))
		return Tuple{Int(a), Int(b), Int(c)}
	})

	// ---- descriptors ----
	PropertyType.New = func(th *Thread, cls *Type, args []Object, kw Kwargs) Object {
		a := Args("property", args, kw, "fget?", "fset?", "fdel?", "doc?")
		p := &Property{Get: a[0], Set: a[1], Del: a[2], Doc: a[3]}
		if f, ok := a[0].(*Function); ok {
			p.Name = f.Name
			if p.Doc == nil {
				p.Doc = f.Doc
			}
		}
		return p
	}
	method(PropertyType, "setter", "Descriptor to obtain a copy of the property with a different setter.", func(th *Thread, args []Object, kw Kwargs) Object {
		p := *args[0].(*Property)
		p.Set = args[1]
		return &p
	})
	method(PropertyType, "getter", "Descriptor to obtain a copy of the property with a different getter.", func(th *Thread, args []Object, kw Kwargs) Object {
		p := *args[0].(*Property)
		p.Get = args[1]
		return &p
	})
	method(PropertyType, "deleter", "Descriptor to obtain a copy of the property with a different deleter.", func(th *Thread, args []Object, kw Kwargs) Object {
		p := *args[0].(*Property)
		p.Del = args[1]
		return &p
	})
	method(PropertyType, "__get__", "", func(th *Thread, args []Object, kw Kwargs) Object {
		p := args[0].(*Property)
		if args[1] == None {
			return p
		}
		return Call(th, p.Get, []Object{args[1]}, nil)
	})
	PropertyType.Dict["fget"] = &Property{Name: "fget", Get: NewBuiltin("fget", "", func(th *Thread, args []Object, kw Kwargs) Object { return orNone(args[0].(*Property).Get) })}
	PropertyType.Dict["__doc__"] = &Property{Name: "__doc__", Get: NewBuiltin("__doc__", "", func(th *Thread, args []Object, kw Kwargs) Object { return orNone(args[0].(*Property).Doc) })}
	StaticMethodType.New = func(th *Thread, cls *Type, args []Object, kw Kwargs) Object {
		checkArgs("staticmethod", args, 1, 1)
		return &StaticMethod{Fn: args[0]}
	}
	ClassMethodType.New = func(th *Thread, cls *Type, args []Object, kw Kwargs) Object {
		checkArgs("classmethod", args, 1, 1)
		return &ClassMethod{Fn: args[0]}
	}
	StaticMethodType.Dict["__func__"] = &Property{Name: "__func__", Get: NewBuiltin("__func__", "", func(th *Thread, args []Object, kw Kwargs) Object { return args[0].(*StaticMethod).Fn })}
	ClassMethodType.Dict["__func__"] = &Property{Name: "__func__", Get: NewBuiltin("__func__", "", func(th *Thread, args []Object, kw Kwargs) Object { return args[0].(*ClassMethod).Fn })}
	SuperType.New = func(th *Thread, cls *Type, args []Object, kw Kwargs) Object {
		if len(args) == 2 {
			c, ok := args[0].(*Type)
			if !ok {
				Raise(TypeErrorType, "super() argument 1 must be a type, not %s", typeName(args[0]))
			}
			return newSuper(c, args[1])
		}
		// zero-argument form called dynamically
		fr := th.frame
		if fr == nil || fr.fn == nil || fr.fn.classCell == nil || len(fr.code.paramSlots) == 0 {
			Raise(RuntimeErrorType, "super(): no arguments")
		}
		ps := fr.code.paramSlots[0]
		var self Object
		if ps.cell {
			self = fr.cells[ps.idx].V
		} else {
			self = fr.locals[ps.idx]
		}
		return newSuper(fr.fn.classCell.V.(*Type), self)
	}
	FunctionType.Dict["__get__"] = NewBuiltin("__get__", "", func(th *Thread, args []Object, kw Kwargs) Object {
		if args[1] == None {
			return args[0]
		}
		return &Method{Fn: args[0], Self: args[1]}
	})
	FunctionType.Dict["__call__"] = NewBuiltin("__call__", "", func(th *Thread, args []Object, kw Kwargs) Object {
		return Call(th, args[0], args[1:], kw)
	})
	NoneTypeType.New = func(th *Thread, cls *Type, args []Object, kw Kwargs) Object { return None }
	ModuleType.Dict["__getattr__"] = nil
	delete(ModuleType.Dict, "__getattr__")
}

func isSetLike(o Object) bool {
	_, ok := o.(*Set)
	return ok
}

func orNone(o Object) Object {
	if o == nil {
		return None
	}
	return o
}

func tupleOf(o Object) Tuple {
	switch v := o.(type) {
	case Tuple:
		return v
	case *Instance:
		if t, ok := v.Payload.(Tuple); ok {
			return t
		}
	}
	Raise(TypeErrorType, "descriptor requires a 'tuple' object but received a '%s'", typeName(o))
	return nil
}

func setMulti(op binOp) func(th *Thread, args []Object, kw Kwargs) Object {
	return func(th *Thread, args []Object, kw Kwargs) Object {
		r := setSelf(args)
		frozen := r.Frozen
		r = r.Copy(frozen)
		for _, o := range args[1:] {
			r = setOp(th, op, r, viewAsSet(th, o))
		}
		r.Frozen = frozen
		return r
	}
}

// addContainerDunders exposes the protocol of built-in containers as dunder
// methods, so subclasses can call super().__getitem__ and friends.
func addContainerDunders(t *Type) {
	unwrap := func(o Object) Object {
		if inst, ok := o.(*Instance); ok && inst.Payload != nil {
			return inst.Payload
		}
		return o
	}
	method(t, "__len__", "Return len(self).", func(th *Thread, args []Object, kw Kwargs) Object { return Int(Len(th, unwrap(args[0]))) })
	method(t, "__getitem__", "Return self[key].", func(th *Thread, args []Object, kw Kwargs) Object {
		if inst, ok := args[0].(*Instance); ok {
			if d, ok := inst.Payload.(*Dict); ok {
				return dictSubGetItem(th, inst, d, args[1])
			}
		}
		return GetItem(th, unwrap(args[0]), args[1])
	})
	method(t, "__contains__", "Return key in self.", func(th *Thread, args []Object, kw Kwargs) Object {
		return boolOf(Contains(th, unwrap(args[0]), args[1]))
	})
	method(t, "__iter__", "Implement iter(self).", func(th *Thread, args []Object, kw Kwargs) Object { return Iter(th, unwrap(args[0])).(Object) })
	method(t, "__repr__", "Return repr(self).", func(th *Thread, args []Object, kw Kwargs) Object { return Str(Repr(th, unwrap(args[0]))) })
	method(t, "__eq__", "Return self==value.", func(th *Thread, args []Object, kw Kwargs) Object {
		a, b := unwrap(args[0]), unwrap(args[1])
		if TypeOf(a) != TypeOf(b) && !(isSetLike(a) && isSetLike(b)) {
			return NotImplemented
		}
		return boolOf(Equal(th, a, b))
	})
	if t == ListType || t == TupleType {
		for _, c := range []cmpOp{opLt, opLe, opGt, opGe} {
			c := c
			method(t, cmpNames[c], "", func(th *Thread, args []Object, kw Kwargs) Object {
				a, b := unwrap(args[0]), unwrap(args[1])
				if _, ok := fastOrder(th, a, b); !ok {
					return NotImplemented
				}
				return Compare(th, a, b, c)
			})
		}
		method(t, "__hash__", "", func(th *Thread, args []Object, kw Kwargs) Object { return Int(Hash(th, unwrap(args[0]))) })
	}
	if t == ListType || t == DictType {
		method(t, "__setitem__", "Set self[key] to value.", func(th *Thread, args []Object, kw Kwargs) Object {
			SetItem(th, unwrap(args[0]), args[1], args[2])
			return None
		})
		method(t, "__delitem__", "Delete self[key].", func(th *Thread, args []Object, kw Kwargs) Object {
			DelItem(th, unwrap(args[0]), args[1])
			return None
		})
		t.Dict["__hash__"] = None
	}
	if t == SetType {
		t.Dict["__hash__"] = None
	}
	if t == DictType {
		method(t, "__init__", "Initialize self.", func(th *Thread, args []Object, kw Kwargs) Object {
			d := unwrap(args[0]).(*Dict)
			var src Object
			if len(args) > 1 {
				src = args[1]
			}
			dictUpdate(th, d, src, kw)
			return None
		})
	}
	if t == ListType {
		method(t, "__init__", "Initialize self.", func(th *Thread, args []Object, kw Kwargs) Object {
			l := unwrap(args[0]).(*List)
			l.V = []Object{}
			if len(args) > 1 {
				l.V = iterToSlice(th, args[1])
			}
			return None
		})
		method(t, "__add__", "Return self+value.", func(th *Thread, args []Object, kw Kwargs) Object {
			a, b := unwrap(args[0]), unwrap(args[1])
			if _, ok := b.(*List); !ok {
				return NotImplemented
			}
			return Add(th, a, b)
		})
		method(t, "__iadd__", "Implement self+=value.", func(th *Thread, args []Object, kw Kwargs) Object {
			l := unwrap(args[0]).(*List)
			l.V = append(l.V, iterToSlice(th, args[1])...)
			return args[0]
		})
	}
}

// addArithDunders exposes number operators as dunder methods (for
// super().__add__ and explicit calls like (3).__add__(4)).
func addArithDunders(t *Type) {
	u := unwrapPayload
	for i := range binNames {
		op := binOp(i)
		t.Dict[binNames[i]] = NewBuiltin(binNames[i], "", func(th *Thread, args []Object, kw Kwargs) Object {
			if r := numericOp(th, op, u(args[0]), u(args[1])); r != nil {
				return r
			}
			return NotImplemented
		})
		t.Dict[binRNames[i]] = NewBuiltin(binRNames[i], "", func(th *Thread, args []Object, kw Kwargs) Object {
			if r := numericOp(th, op, u(args[1]), u(args[0])); r != nil {
				return r
			}
			return NotImplemented
		})
	}
	for _, c := range []cmpOp{opLt, opLe, opGt, opGe, opEq, opNe} {
		c := c
		t.Dict[cmpNames[c]] = NewBuiltin(cmpNames[c], "", func(th *Thread, args []Object, kw Kwargs) Object {
			if _, ok := asFloat(u(args[1])); !ok {
				return NotImplemented
			}
			return Compare(th, u(args[0]), u(args[1]), c)
		})
	}
	t.Dict["__neg__"] = NewBuiltin("__neg__", "", func(th *Thread, args []Object, kw Kwargs) Object { return Neg(th, u(args[0])) })
	t.Dict["__abs__"] = NewBuiltin("__abs__", "", func(th *Thread, args []Object, kw Kwargs) Object { return Abs(th, u(args[0])) })
	t.Dict["__bool__"] = NewBuiltin("__bool__", "", func(th *Thread, args []Object, kw Kwargs) Object { return boolOf(Truth(th, u(args[0]))) })
	t.Dict["__repr__"] = NewBuiltin("__repr__", "", func(th *Thread, args []Object, kw Kwargs) Object { return Str(Repr(th, u(args[0]))) })
	t.Dict["__str__"] = NewBuiltin("__str__", "", func(th *Thread, args []Object, kw Kwargs) Object { return Str(Repr(th, u(args[0]))) })
}

func strToBytes(r Object) Object {
	switch v := r.(type) {
	case Str:
		return Bytes(v)
	case *List:
		out := &List{}
		for _, x := range v.V {
			out.V = append(out.V, strToBytes(x))
		}
		return out
	case Tuple:
		out := Tuple{}
		for _, x := range v {
			out = append(out, strToBytes(x))
		}
		return out
	}
	return r
}

func decodeBytes(th *Thread, b, enc string, errors Object) Object {
	e := strings.ToLower(strings.ReplaceAll(enc, "_", "-"))
	switch e {
	case "utf-8", "utf8":
		if !utf8.ValidString(b) {
			if errors != nil && ToStr(th, errors) == "replace" {
				return Str(strings.ToValidUTF8(b, "\uFFFD"))
			}
			if errors != nil && ToStr(th, errors) == "ignore" {
				return Str(strings.ToValidUTF8(b, ""))
			}
			for i := 0; i < len(b); {
				r, n := utf8.DecodeRuneInString(b[i:])
				if r == utf8.RuneError && n == 1 {
					Raise(UnicodeDecodeErrorType, "'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte", b[i], i)
				}
				i += n
			}
		}
		return Str(b)
	case "ascii", "latin-1", "latin1", "iso-8859-1":
		var sb strings.Builder
		for i := 0; i < len(b); i++ {
			if e == "ascii" && b[i] >= 0x80 {
				Raise(UnicodeDecodeErrorType, "'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", b[i], i)
			}
			sb.WriteRune(rune(b[i]))
		}
		return Str(sb.String())
	}
	Raise(LookupErrorType, "unknown encoding: %s", enc)
	return nil
}

func toIntObj(th *Thread, o Object) Object {
	switch v := o.(type) {
	case Int, *big.Int:
		return v
	case Bool:
		return boolInt(v)
	case Float:
		f := float64(v)
		if math.IsNaN(f) {
			Raise(ValueErrorType, "cannot convert float NaN to integer")
		}
		if math.IsInf(f, 0) {
			Raise(OverflowErrorType, "cannot convert float infinity to integer")
		}
		t := math.Trunc(f)
		if math.Abs(t) < 9e18 {
			return Int(int64(t))
		}
		b, _ := new(big.Float).SetFloat64(t).Int(nil)
		return MakeInt(b)
	case Str:
		if r, ok := parseIntLiteral(string(v), 10); ok {
			return r
		}
		Raise(ValueErrorType, "invalid literal for int() with base 10: %s", strRepr(string(v)))
	case Bytes:
		if r, ok := parseIntLiteral(string(v), 10); ok {
			return r
		}
		Raise(ValueErrorType, "invalid literal for int() with base 10: %s", bytesRepr(string(v)))
	}
	for _, name := range []string{"__int__", "__index__", "__trunc__"} {
		if m := lookupSpecial(TypeOf(o), name); m != nil {
			return call1(th, m, o)
		}
	}
	Raise(TypeErrorType, "int() argument must be a string, a bytes-like object or a real number, not '%s'", typeName(o))
	return nil
}

func toFloatObj(th *Thread, o Object) Object {
	switch v := o.(type) {
	case Float:
		return v
	case Int, Bool, *big.Int:
		f, _ := asFloat(v)
		return Float(f)
	case Str:
		return Float(parseFloatStr(string(v)))
	case Bytes:
		return Float(parseFloatStr(string(v)))
	}
	if m := lookupSpecial(TypeOf(o), "__float__"); m != nil {
		return call1(th, m, o)
	}
	if m := lookupSpecial(TypeOf(o), "__index__"); m != nil {
		f, _ := asFloat(call1(th, m, o))
		return Float(f)
	}
	Raise(TypeErrorType, "float() argument must be a string or a real number, not '%s'", typeName(o))
	return nil
}

func parseFloatStr(s string) float64 {
	t := strings.TrimSpace(s)
	switch strings.ToLower(strings.TrimLeft(t, "+-")) {
	case "inf", "infinity":
		if strings.HasPrefix(t, "-") {
			return math.Inf(-1)
		}
		return math.Inf(1)
	case "nan":
		return math.NaN()
	}
	if strings.Contains(t, "__") || strings.HasPrefix(t, "_") || strings.HasSuffix(t, "_") || strings.ContainsAny(strings.ToLower(t), "xp") {
		Raise(ValueErrorType, "could not convert string to float: %s", strRepr(s))
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(t, "_", ""), 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f
		}
		Raise(ValueErrorType, "could not convert string to float: %s", strRepr(s))
	}
	return f
}

func floatHex(f float64) string {
	if math.IsInf(f, 1) {
		return "inf"
	}
	if math.IsInf(f, -1) {
		return "-inf"
	}
	if math.IsNaN(f) {
		return "nan"
	}
	s := strconv.FormatFloat(f, 'x', -1, 64)
	// Go: 0x1.8p+01 ; Python: 0x1.8000000000000p+1
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	mant, exp, _ := strings.Cut(s, "p")
	mant = strings.TrimPrefix(mant, "0x")
	ip, fp, _ := strings.Cut(mant, ".")
	fp = fp + strings.Repeat("0", 13-len(fp))
	e, _ := strconv.Atoi(exp)
	if f == 0 {
		ip, e = "0", 0
	}
	sign := "+"
	if e < 0 {
		sign = "-"
		e = -e
	}
	out := "0x" + ip + "." + fp + "p" + sign + strconv.Itoa(e)
	if neg {
		out = "-" + out
	}
	return out
}

// unwrapPayload returns the built-in value inside an instance of a script
// subclass of a built-in type (class Celsius(float): ...), else o itself.
func unwrapPayload(o Object) Object {
	if inst, ok := o.(*Instance); ok && inst.Payload != nil {
		return inst.Payload
	}
	return o
}
