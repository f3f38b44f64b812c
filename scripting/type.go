package scripting

import (
	"math/big"
)

// Type is a class: built-in types, classes defined in scripts and types that Go
// bindings define all share it, so attribute lookup and the dunder protocol work
// the same for each.
type Type struct {
	Name   string
	Module string
	Doc    string
	Bases  []*Type
	MRO    []*Type
	Dict   map[string]Object
	Order  []string // definition order of Dict keys
	// New makes a fresh object for cls (tp_new). Classes inherit the New of
	// their nearest built-in base.
	New func(th *Thread, cls *Type, args []Object, kw Kwargs) Object
	// Builtin marks types implemented in Go (their instances are not *Instance
	// unless a script subclasses them).
	Builtin bool
	Meta    *Type // metaclass; nil means type
	cache   map[string]Object
}

// Instance is an object of a class defined in a script (or of a script
// subclass of a built-in type; Payload then holds the built-in value).
type Instance struct {
	Class   *Type
	Dict    map[string]Object
	Payload Object
	Exc     *ExcInfo // non-nil for exceptions
	order   []string // attribute assignment order
}

func (i *Instance) PyType() *Type { return i.Class }
func (t *Type) PyType() *Type {
	if t.Meta != nil {
		return t.Meta
	}
	return TypeType
}

// NewType creates a built-in type with the given base (object if nil).
func NewType(name string, base *Type, doc string) *Type {
	t := &Type{Name: name, Module: "builtins", Doc: doc, Dict: map[string]Object{}, Builtin: true}
	if base != nil {
		t.Bases = []*Type{base}
	}
	t.MRO = computeMRO(t)
	return t
}

// SetAttr stores a class attribute, keeping definition order.
func (t *Type) SetAttr(name string, v Object) {
	if _, ok := t.Dict[name]; !ok {
		t.Order = append(t.Order, name)
	}
	t.Dict[name] = v
	invalidateCaches()
}

// typeEpoch invalidates lookup caches whenever any class changes.
var typeEpoch int

func invalidateCaches() { typeEpoch++ }

// Lookup finds name along the MRO.
func (t *Type) Lookup(name string) Object {
	for _, c := range t.MRO {
		if v, ok := c.Dict[name]; ok {
			return v
		}
	}
	return nil
}

type cacheEntry struct {
	epoch int
	v     Object
}

var specialCache = map[*Type]map[string]cacheEntry{}

// lookupSpecial finds a dunder on the type, cached per class.
func lookupSpecial(t *Type, name string) Object {
	m := specialCache[t]
	if m == nil {
		m = map[string]cacheEntry{}
		specialCache[t] = m
	}
	if e, ok := m[name]; ok && e.epoch == typeEpoch {
		return e.v
	}
	v := t.Lookup(name)
	m[name] = cacheEntry{typeEpoch, v}
	return v
}

// IsSubtype reports whether t is a (non-strict) subclass of base.
func (t *Type) IsSubtype(base *Type) bool {
	if t == base {
		return true
	}
	for _, c := range t.MRO {
		if c == base {
			return true
		}
	}
	return false
}

// computeMRO implements C3 linearisation.
func computeMRO(t *Type) []*Type {
	if len(t.Bases) == 0 {
		return []*Type{t}
	}
	var seqs [][]*Type
	for _, b := range t.Bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), t.Bases...))
	out := []*Type{t}
	for {
		nonEmpty := seqs[:0]
		for _, s := range seqs {
			if len(s) > 0 {
				nonEmpty = append(nonEmpty, s)
			}
		}
		seqs = nonEmpty
		if len(seqs) == 0 {
			return out
		}
		var cand *Type
		for _, s := range seqs {
			c := s[0]
			inTail := false
			for _, s2 := range seqs {
				for _, x := range s2[1:] {
					if x == c {
						inTail = true
						break
					}
				}
				if inTail {
					break
				}
			}
			if !inTail {
				cand = c
				break
			}
		}
		if cand == nil {
			return nil
		}
		out = append(out, cand)
		for i, s := range seqs {
			if s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

// builtinBase returns the nearest built-in type in t's MRO (object at worst).
func builtinBase(t *Type) *Type {
	for _, c := range t.MRO {
		if c.Builtin {
			return c
		}
	}
	return ObjectType
}

// QualName is the user-visible class name.
func (t *Type) QualName() string { return t.Name }

func (t *Type) isExceptionClass() bool { return t.IsSubtype(BaseExceptionType) }

// typeName gives the name CPython shows in messages ('int', 'Foo').
func typeName(o Object) string { return TypeOf(o).Name }

func dottedName(t *Type) string {
	if t.Module == "" || t.Module == "builtins" {
		return t.Name
	}
	return t.Module + "." + t.Name
}

// The core built-in types. Methods are attached in init functions of the
// files that implement them.
var (
	ObjectType       = &Type{Name: "object", Module: "builtins", Dict: map[string]Object{}, Builtin: true, Doc: "The base class of the class hierarchy."}
	TypeType         = NewType("type", ObjectType, "type(object) -> the object's type\ntype(name, bases, dict) -> a new type")
	IntType          = NewType("int", ObjectType, "int(x=0) -> integer\nint(x, base=10) -> integer")
	BoolType         = NewType("bool", IntType, "bool(x) -> bool")
	FloatType        = NewType("float", ObjectType, "Convert a string or number to a floating point number, if possible.")
	StrType          = NewType("str", ObjectType, "str(object='') -> str")
	BytesType        = NewType("bytes", ObjectType, "bytes(iterable_of_ints) -> bytes")
	ListType         = NewType("list", ObjectType, "Built-in mutable sequence.")
	TupleType        = NewType("tuple", ObjectType, "Built-in immutable sequence.")
	DictType         = NewType("dict", ObjectType, "dict() -> new empty dictionary")
	SetType          = NewType("set", ObjectType, "set() -> new empty set object")
	FrozenSetType    = NewType("frozenset", ObjectType, "frozenset() -> empty frozenset object")
	RangeType        = NewType("range", ObjectType, "range(stop) -> range object\nrange(start, stop[, step]) -> range object")
	SliceType        = NewType("slice", ObjectType, "slice(stop)\nslice(start, stop[, step])")
	NoneTypeType     = NewType("NoneType", ObjectType, "")
	EllipsisTypeType = NewType("ellipsis", ObjectType, "")
	NotImplementedTT = NewType("NotImplementedType", ObjectType, "")
	FunctionType     = NewType("function", ObjectType, "")
	BuiltinType      = NewType("builtin_function_or_method", ObjectType, "")
	MethodType       = NewType("method", ObjectType, "")
	ModuleType       = NewType("module", ObjectType, "")
	CellType         = NewType("cell", ObjectType, "")
	PropertyType     = NewType("property", ObjectType, "Property attribute.")
	StaticMethodType = NewType("staticmethod", ObjectType, "")
	ClassMethodType  = NewType("classmethod", ObjectType, "")
	GeneratorType    = NewType("generator", ObjectType, "")
	IteratorType     = NewType("iterator", ObjectType, "")
	SuperType        = NewType("super", ObjectType, "super() -> same as super(__class__, <first argument>)")
	DictKeysType     = NewType("dict_keys", ObjectType, "")
	DictValuesType   = NewType("dict_values", ObjectType, "")
	DictItemsType    = NewType("dict_items", ObjectType, "")
)

func init() {
	ObjectType.MRO = []*Type{ObjectType}
	ObjectType.New = func(th *Thread, cls *Type, args []Object, kw Kwargs) Object {
		if cls == ObjectType {
			return &Instance{Class: cls}
		}
		return &Instance{Class: cls, Dict: map[string]Object{}}
	}
}

// TypeOf returns the type of any script value.
func TypeOf(o Object) *Type {
	switch v := o.(type) {
	case Int:
		return IntType
	case Float:
		return FloatType
	case Str:
		return StrType
	case Bool:
		return BoolType
	case *Instance:
		return v.Class
	case *List:
		return ListType
	case Tuple:
		return TupleType
	case *Dict:
		return DictType
	case NoneType:
		return NoneTypeType
	case *Function:
		return FunctionType
	case *Builtin:
		return BuiltinType
	case *Method:
		return MethodType
	case *Type:
		return v.PyType()
	case *Set:
		if v.Frozen {
			return FrozenSetType
		}
		return SetType
	case *big.Int:
		return IntType
	case Bytes:
		return BytesType
	case *Range:
		return RangeType
	case *Slice:
		return SliceType
	case *Module:
		return ModuleType
	case *Generator:
		return GeneratorType
	case PyObject:
		return v.PyType()
	case EllipsisType:
		return EllipsisTypeType
	case NotImplementedType:
		return NotImplementedTT
	case *Cell:
		return CellType
	}
	return ObjectType
}
