package scripting

import (
	"math/big"
)

// Object is any value a script can hold. The concrete Go types below are the
// built-in Python types; Go bindings add their own types by implementing
// PyObject (they then get attributes and dunder methods from their *Type).
type Object = any

// PyObject is implemented by Go types that live in scripts with their own
// *Type (instances of user classes, arrays from bindings, …).
type PyObject interface {
	PyType() *Type
}

// Built-in value types. Int is the fast path; *big.Int holds ints that overflow
// int64 and is always normalised back to Int when it fits.
type (
	Int      int64
	Float    float64
	Bool     bool
	Str      string
	Bytes    string
	Tuple    []Object
	NoneType struct{}
	// EllipsisType is the type of `...`.
	EllipsisType struct{}
	// NotImplementedType is returned by binary dunders that decline.
	NotImplementedType struct{}
)

// List is a mutable sequence.
type List struct{ V []Object }

// Range is an immutable arithmetic progression.
type Range struct{ Start, Stop, Step int64 }

// Slice is the object behind a[i:j:k].
type Slice struct{ Start, Stop, Step Object }

// Cell holds a variable captured by a closure.
type Cell struct{ V Object }

var (
	None           = NoneType{}
	Ellipsis       = EllipsisType{}
	NotImplemented = NotImplementedType{}
	True           = Bool(true)
	False          = Bool(false)
)

// KwArg is one keyword argument at a call site.
type KwArg struct {
	Name  string
	Value Object
}

// Kwargs are the keyword arguments of one call, in call order.
type Kwargs []KwArg

// Get returns the keyword argument name, if given.
func (kw Kwargs) Get(name string) (Object, bool) {
	for _, k := range kw {
		if k.Name == name {
			return k.Value, true
		}
	}
	return nil, false
}

// NewList makes a list that owns items.
func NewList(items []Object) *List { return &List{V: items} }

// MakeInt returns the normalised int for a big value.
func MakeInt(b *big.Int) Object {
	if b.IsInt64() {
		return Int(b.Int64())
	}
	return b
}

// bigOf returns the value of an integral object as a big.Int.
func bigOf(o Object) *big.Int {
	switch v := o.(type) {
	case Int:
		return big.NewInt(int64(v))
	case Bool:
		if v {
			return big.NewInt(1)
		}
		return big.NewInt(0)
	case *big.Int:
		return v
	}
	return nil
}

// Truth-valued helpers for building objects.
func boolOf(b bool) Object {
	if b {
		return True
	}
	return False
}
