package scripting

import "github.com/lumenlab/lumen/scripting/pyfmt"

// ByteArray is the mutable bytes type.
type ByteArray struct{ B []byte }

var ByteArrayType = NewType("bytearray", ObjectType, "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding) -> bytearray\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes")

func (b *ByteArray) PyType() *Type { return ByteArrayType }

func byteValue(th *Thread, o Object) byte {
	n := Index(th, o)
	if n < 0 || n > 255 {
		Raise(ValueErrorType, "byte must be in range(0, 256)")
	}
	return byte(n)
}

func init() {
	ByteArrayType.New = func(th *Thread, cls *Type, args []Object, kw Kwargs) Object {
		b := BytesType.New(th, BytesType, args, kw).(Bytes)
		return &ByteArray{B: []byte(b)}
	}
	self := func(args []Object) *ByteArray { return args[0].(*ByteArray) }
	method(ByteArrayType, "append", "Append a single item to the end of the bytearray.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("append", args, 2, 2)
		b := self(args)
		b.B = append(b.B, byteValue(th, args[1]))
		return None
	})
	method(ByteArrayType, "extend", "Append all the items from the iterator or sequence to the end of the bytearray.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("extend", args, 2, 2)
		b := self(args)
		ForEach(th, args[1], func(x Object) { b.B = append(b.B, byteValue(th, x)) })
		return None
	})
	method(ByteArrayType, "pop", "Remove and return a single item from B.", func(th *Thread, args []Object, kw Kwargs) Object {
		b := self(args)
		if len(b.B) == 0 {
			Raise(IndexErrorType, "pop from empty bytearray")
		}
		i := len(b.B) - 1
		if len(args) > 1 {
			i = seqIndex(th, args[1], len(b.B), "bytearray")
		}
		v := b.B[i]
		b.B = append(b.B[:i], b.B[i+1:]...)
		return Int(v)
	})
	method(ByteArrayType, "decode", "Decode the bytearray using the codec registered for encoding.", func(th *Thread, args []Object, kw Kwargs) Object {
		a := append([]Object{Bytes(self(args).B)}, args[1:]...)
		return BytesType.Dict["decode"].(*Builtin).Fn(th, a, kw)
	})
	method(ByteArrayType, "hex", "Create a string of hexadecimal numbers from a bytearray object.", func(th *Thread, args []Object, kw Kwargs) Object {
		return BytesType.Dict["hex"].(*Builtin).Fn(th, []Object{Bytes(self(args).B)}, kw)
	})
	method(ByteArrayType, "__len__", "", func(th *Thread, args []Object, kw Kwargs) Object { return Int(len(self(args).B)) })
	method(ByteArrayType, "__iter__", "", func(th *Thread, args []Object, kw Kwargs) Object {
		return Iter(th, Bytes(self(args).B)).(Object)
	})
	method(ByteArrayType, "__getitem__", "", func(th *Thread, args []Object, kw Kwargs) Object {
		r := GetItem(th, Bytes(self(args).B), args[1])
		if b, ok := r.(Bytes); ok {
			return &ByteArray{B: []byte(b)}
		}
		return r
	})
	method(ByteArrayType, "__setitem__", "", func(th *Thread, args []Object, kw Kwargs) Object {
		b := self(args)
		b.B[seqIndex(th, args[1], len(b.B), "bytearray")] = byteValue(th, args[2])
		return None
	})
	method(ByteArrayType, "__eq__", "", func(th *Thread, args []Object, kw Kwargs) Object {
		switch o := args[1].(type) {
		case *ByteArray:
			return boolOf(string(self(args).B) == string(o.B))
		case Bytes:
			return boolOf(string(self(args).B) == string(o))
		}
		return NotImplemented
	})
	method(ByteArrayType, "__add__", "", func(th *Thread, args []Object, kw Kwargs) Object {
		out := append([]byte{}, self(args).B...)
		switch o := args[1].(type) {
		case *ByteArray:
			out = append(out, o.B...)
		case Bytes:
			out = append(out, o...)
		default:
			return NotImplemented
		}
		return &ByteArray{B: out}
	})
	method(ByteArrayType, "__contains__", "", func(th *Thread, args []Object, kw Kwargs) Object {
		return boolOf(Contains(th, Bytes(self(args).B), args[1]))
	})
	method(ByteArrayType, "__repr__", "", func(th *Thread, args []Object, kw Kwargs) Object {
		return Str(pyfmt.BytearrayRepr(self(args).B))
	})
	ByteArrayType.Dict["__hash__"] = None
}
