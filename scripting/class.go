package scripting

import (
	"strings"
)

// buildClass creates a class from an executed class body.
func buildClass(th *Thread, name string, bases []Object, ns *classNamespace, kw Kwargs) Object {
	var meta Object
	var rest Kwargs
	for _, k := range kw {
		if k.Name == "metaclass" {
			meta = k.Value
		} else {
			rest = append(rest, k)
		}
	}
	var bts []*Type
	for _, b := range bases {
		bt, ok := b.(*Type)
		if !ok {
			Raise(TypeErrorType, "bases must be types")
		}
		bts = append(bts, bt)
		if meta == nil && bt.Meta != nil {
			meta = bt.Meta
		}
	}
	if mt, ok := meta.(*Type); ok && mt != TypeType {
		d := NewDict()
		for _, k := range ns.order {
			if v, ok := ns.m[k]; ok {
				d.SetStr(k, v)
			}
		}
		bt := make(Tuple, len(bases))
		copy(bt, bases)
		return Call(th, mt, []Object{Str(name), bt, d}, rest)
	}
	cls := newClass(th, name, bts, ns.order, ns.m)
	initSubclass(th, cls, rest)
	return cls
}

func initSubclass(th *Thread, cls *Type, kw Kwargs) {
	for _, c := range cls.MRO[1:] {
		if f, ok := c.Dict["__init_subclass__"]; ok {
			if cm, ok := f.(*ClassMethod); ok {
				f = cm.Fn
			}
			Call(th, f, []Object{cls}, kw)
			return
		}
	}
	if len(kw) > 0 {
		Raise(TypeErrorType, "%s.__init_subclass__() takes no keyword arguments", cls.Name)
	}
}

func newClass(th *Thread, name string, bases []*Type, order []string, m map[string]Object) *Type {
	if len(bases) == 0 {
		bases = []*Type{ObjectType}
	}
	cls := &Type{Name: name, Bases: bases, Dict: map[string]Object{}}
	if mn, ok := m["__module__"].(Str); ok {
		cls.Module = string(mn)
	}
	for _, k := range order {
		v, ok := m[k]
		if !ok {
			continue
		}
		switch k {
		case "__new__", "__init_subclass__", "__class_getitem__":
			if f, ok := v.(*Function); ok {
				if k == "__new__" {
					v = &StaticMethod{Fn: f}
				} else {
					v = &ClassMethod{Fn: f}
				}
			}
		case "__doc__":
			if s, ok := v.(Str); ok {
				cls.Doc = string(s)
			}
		}
		if p, ok := v.(*Property); ok && p.Name == "" {
			p.Name = k
		}
		cls.Dict[k] = v
		cls.Order = append(cls.Order, k)
	}
	cls.MRO = computeMRO(cls)
	if cls.MRO == nil {
		names := make([]string, len(bases))
		for i, b := range bases {
			names[i] = b.Name
		}
		Raise(TypeErrorType, "Cannot create a consistent method resolution order (MRO) for bases %s", strings.Join(names, ", "))
	}
	for _, b := range bases {
		if b.Meta != nil {
			cls.Meta = b.Meta
		}
		if b == BoolType || b == RangeType || b == SliceType || b == FunctionType || b == NoneTypeType || b == GeneratorType {
			Raise(TypeErrorType, "type '%s' is not an acceptable base type", b.Name)
		}
	}
	base := builtinBase(cls)
	if base.New != nil {
		cls.New = base.New
	}
	// __set_name__ for descriptors
	for _, k := range cls.Order {
		if inst, ok := cls.Dict[k].(*Instance); ok {
			if sn := lookupSpecial(inst.Class, "__set_name__"); sn != nil {
				callMethod(th, sn, inst, []Object{cls, Str(k)}, nil)
			}
		}
	}
	invalidateCaches()
	return cls
}

// call instantiates a class (type.__call__).
func (t *Type) call(th *Thread, args []Object, kw Kwargs) Object {
	if t == TypeType {
		if len(args) == 1 && len(kw) == 0 {
			return TypeOf(args[0])
		}
		if len(args) == 3 {
			return typeNew(th, TypeType, args)
		}
		Raise(TypeErrorType, "type() takes 1 or 3 arguments")
	}
	if meta := t.Meta; meta != nil {
		if c := meta.Lookup("__call__"); c != nil {
			if _, isBuiltin := c.(*Builtin); !isBuiltin {
				return callMethod(th, c, t, args, kw)
			}
		}
	}
	return typeCallDefault(th, t, args, kw)
}

func typeCallDefault(th *Thread, t *Type, args []Object, kw Kwargs) Object {
	var obj Object
	if t.Builtin && t.New != nil {
		return t.New(th, t, args, kw)
	}
	newFn := t.Lookup("__new__")
	if newFn == ObjectType.Dict["__new__"] {
		newFn = nil
	}
	if sm, ok := newFn.(*StaticMethod); ok {
		a := make([]Object, len(args)+1)
		a[0] = t
		copy(a[1:], args)
		obj = Call(th, sm.Fn, a, kw)
		if TypeOf(obj) == nil || !TypeOf(obj).IsSubtype(t) {
			return obj
		}
	} else {
		if t.New == nil {
			Raise(TypeErrorType, "cannot create '%s' instances", t.Name)
		}
		if t.Builtin {
			return t.New(th, t, args, kw)
		}
		base := builtinBase(t)
		if base == ObjectType || base.isExceptionClass() {
			obj = t.New(th, t, args, kw)
		} else {
			// script subclass of a built-in container/value type
			inst := &Instance{Class: t, Dict: map[string]Object{}}
			if lookupSpecial(t, "__init__") == base.Lookup("__init__") || lookupSpecial(t, "__init__") == nil {
				inst.Payload = base.New(th, base, args, kw)
			} else {
				inst.Payload = base.New(th, base, nil, nil)
			}
			obj = inst
		}
	}
	init := lookupSpecial(t, "__init__")
	if init != nil && init != objectInit {
		if b, ok := init.(*Builtin); ok && b.Name == "__init__" && t.Builtin {
			return obj
		}
		r := callMethod(th, init, obj, args, kw)
		if r != None {
			Raise(TypeErrorType, "__init__() should return None, not '%s'", typeName(r))
		}
	} else if (len(args) > 0 || len(kw) > 0) && newFn == nil && builtinBase(t) == ObjectType {
		Raise(TypeErrorType, "%s() takes no arguments", t.Name)
	}
	return obj
}

// typeNew is type(name, bases, dict) and type.__new__.
func typeNew(th *Thread, meta *Type, args []Object) *Type {
	name, ok := args[0].(Str)
	if !ok {
		Raise(TypeErrorType, "type.__new__() argument 1 must be str, not %s", typeName(args[0]))
	}
	var bases []*Type
	for _, b := range iterToSlice(th, args[1]) {
		bt, ok := b.(*Type)
		if !ok {
			Raise(TypeErrorType, "bases must be types")
		}
		bases = append(bases, bt)
	}
	d, ok := args[2].(*Dict)
	if !ok {
		Raise(TypeErrorType, "type.__new__() argument 3 must be dict, not %s", typeName(args[2]))
	}
	m := map[string]Object{}
	var order []string
	d.Items(func(k, v Object) {
		ks := ToStr(th, k)
		m[ks] = v
		order = append(order, ks)
	})
	if _, ok := m["__module__"]; !ok {
		m["__module__"] = Str("__main__")
	}
	cls := newClass(th, string(name), bases, order, m)
	if meta != TypeType {
		cls.Meta = meta
	}
	return cls
}

// Methods of object and type (assigned in init to avoid initialization cycles).
var objectGetattribute, objectInit, objectRepr, objectStr, objectHash, objectEq, objectNe, objectCmpNI, objectSetattr, objectDelattr, baseExcStr *Builtin

func initObjectBuiltins() {
	objectInit = NewBuiltin("__init__", "Initialize self.", func(th *Thread, args []Object, kw Kwargs) Object { return None })
	objectRepr = NewBuiltin("__repr__", "Return repr(self).", func(th *Thread, args []Object, kw Kwargs) Object { return Str(defaultRepr(args[0])) })
	objectStr = NewBuiltin("__str__", "Return str(self).", func(th *Thread, args []Object, kw Kwargs) Object { return Str(Repr(th, args[0])) })
	objectHash = NewBuiltin("__hash__", "Return hash(self).", func(th *Thread, args []Object, kw Kwargs) Object { return Int(identityHash(args[0])) })
	objectEq = NewBuiltin("__eq__", "Return self==value.", func(th *Thread, args []Object, kw Kwargs) Object { return cmpIdentity(args, true) })
	objectNe = NewBuiltin("__ne__", "Return self!=value.", func(th *Thread, args []Object, kw Kwargs) Object { return cmpIdentity(args, false) })
	objectCmpNI = NewBuiltin("__lt__", "", func(th *Thread, args []Object, kw Kwargs) Object { return NotImplemented })
	objectSetattr = NewBuiltin("__setattr__", "Implement setattr(self, name, value).", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("__setattr__", args, 3, 3)
		if inst, ok := args[0].(*Instance); ok {
			instanceSetAttr(th, inst, ToStr(th, args[1]), args[2])
			return None
		}
		SetAttr(th, args[0], ToStr(th, args[1]), args[2])
		return None
	})
	objectDelattr = NewBuiltin("__delattr__", "Implement delattr(self, name).", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("__delattr__", args, 2, 2)
		name := ToStr(th, args[1])
		if inst, ok := args[0].(*Instance); ok {
			if _, ok := inst.Dict[name]; ok {
				delete(inst.Dict, name)
				return None
			}
		}
		raiseNoAttr(args[0], name)
		return None
	})
	baseExcStr = NewBuiltin("__str__", "Return str(self).", func(th *Thread, args []Object, kw Kwargs) Object {
		return Str(excStr(th, args[0].(*Instance)))
	})
}

func cmpIdentity(args []Object, eq bool) Object {
	if len(args) != 2 {
		return NotImplemented
	}
	if identical(args[0], args[1]) {
		return boolOf(eq)
	}
	return NotImplemented
}

func defaultRepr(o Object) string {
	if inst, ok := o.(*Instance); ok && inst.Exc != nil {
		return excRepr(nil, inst)
	}
	return "<" + dottedName(TypeOf(o)) + " object at " + addr(o) + ">"
}

// checkArgs validates a builtin's positional argument count.
func checkArgs(name string, args []Object, min, max int) {
	if len(args) < min || (max >= 0 && len(args) > max) {
		switch {
		case min == max:
			Raise(TypeErrorType, "%s() takes exactly %d argument%s (%d given)", name, min, plural(min), len(args))
		case len(args) < min:
			Raise(TypeErrorType, "%s() takes at least %d argument%s (%d given)", name, min, plural(min), len(args))
		default:
			Raise(TypeErrorType, "%s() takes at most %d argument%s (%d given)", name, max, plural(max), len(args))
		}
	}
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func init() {
	initObjectBuiltins()
	o := ObjectType.Dict
	o["__init__"] = objectInit
	o["__repr__"] = objectRepr
	o["__str__"] = objectStr
	o["__hash__"] = objectHash
	o["__eq__"] = objectEq
	o["__ne__"] = objectNe
	o["__setattr__"] = objectSetattr
	o["__delattr__"] = objectDelattr
	o["__format__"] = NewBuiltin("__format__", "Default object formatter.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("__format__", args, 2, 2)
		spec := ToStr(th, args[1])
		if spec != "" {
			Raise(TypeErrorType, "unsupported format string passed to %s.__format__", typeName(args[0]))
		}
		return Str(ToStr(th, args[0]))
	})
	objectGetattribute = NewBuiltin("__getattribute__", "Return getattr(self, name).", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("__getattribute__", args, 2, 2)
		name := ToStr(th, args[1])
		if inst, ok := args[0].(*Instance); ok {
			cls := inst.Class
			a := cls.Lookup(name)
			if a != nil && isDataDescriptor(a) {
				return bindDescriptor(th, a, inst, cls)
			}
			if v, ok := inst.Dict[name]; ok {
				return v
			}
			if a != nil {
				return bindDescriptor(th, a, inst, cls)
			}
			raiseNoAttr(inst, name)
		}
		return GetAttr(th, args[0], name)
	})
	o["__getattribute__"] = objectGetattribute
	o["__new__"] = &StaticMethod{Fn: NewBuiltin("__new__", "Create and return a new object.", func(th *Thread, args []Object, kw Kwargs) Object {
		if len(args) == 0 {
			Raise(TypeErrorType, "object.__new__(): not enough arguments")
		}
		cls, ok := args[0].(*Type)
		if !ok {
			Raise(TypeErrorType, "object.__new__(X): X is not a type object (%s)", typeName(args[0]))
		}
		base := builtinBase(cls)
		if base != ObjectType && !base.isExceptionClass() {
			inst := &Instance{Class: cls, Dict: map[string]Object{}, Payload: base.New(th, base, args[1:], kw)}
			return inst
		}
		return cls.New(th, cls, args[1:], kw)
	})}
	o["__init_subclass__"] = &ClassMethod{Fn: NewBuiltin("__init_subclass__", "", func(th *Thread, args []Object, kw Kwargs) Object { return None })}
	o["__dir__"] = NewBuiltin("__dir__", "Default dir() implementation.", func(th *Thread, args []Object, kw Kwargs) Object {
		return dirOf(th, args[0])
	})
	o["__reduce_ex__"] = NewBuiltin("__reduce_ex__", "", func(th *Thread, args []Object, kw Kwargs) Object {
		Raise(TypeErrorType, "cannot pickle '%s' object", typeName(args[0]))
		return nil
	})
	for _, name := range []string{"__lt__", "__le__", "__gt__", "__ge__"} {
		o[name] = objectCmpNI
	}

	TypeType.New = func(th *Thread, cls *Type, args []Object, kw Kwargs) Object {
		return typeNew(th, cls, args)
	}
	TypeType.Dict["__new__"] = &StaticMethod{Fn: NewBuiltin("__new__", "Create a new type.", func(th *Thread, args []Object, kw Kwargs) Object {
		if len(args) != 4 {
			Raise(TypeErrorType, "type.__new__() takes exactly 3 arguments (%d given)", len(args)-1)
		}
		meta, _ := args[0].(*Type)
		return typeNew(th, meta, args[1:])
	})}
	TypeType.Dict["__init__"] = NewBuiltin("__init__", "", func(th *Thread, args []Object, kw Kwargs) Object { return None })
	TypeType.Dict["__call__"] = NewBuiltin("__call__", "Call self as a function.", func(th *Thread, args []Object, kw Kwargs) Object {
		t := args[0].(*Type)
		return typeCallDefault(th, t, args[1:], kw)
	})
	TypeType.Dict["__repr__"] = NewBuiltin("__repr__", "", func(th *Thread, args []Object, kw Kwargs) Object {
		return Str("<class '" + dottedName(args[0].(*Type)) + "'>")
	})

	// BaseException
	be := BaseExceptionType.Dict
	be["__init__"] = NewBuiltin("__init__", "Initialize self.", func(th *Thread, args []Object, kw Kwargs) Object {
		if e, ok := args[0].(*Instance); ok && e.Exc != nil {
			e.Exc.Args = Tuple(append([]Object(nil), args[1:]...))
		}
		return None
	})
	be["__str__"] = baseExcStr
	be["__repr__"] = NewBuiltin("__repr__", "Return repr(self).", func(th *Thread, args []Object, kw Kwargs) Object {
		return Str(excRepr(th, args[0].(*Instance)))
	})
	be["with_traceback"] = NewBuiltin("with_traceback", "Set self.__traceback__ to tb and return self.", func(th *Thread, args []Object, kw Kwargs) Object {
		return args[0]
	})
	be["add_note"] = NewBuiltin("add_note", "Add a note to the exception", func(th *Thread, args []Object, kw Kwargs) Object {
		e := args[0].(*Instance)
		notes, _ := e.Dict["__notes__"].(*List)
		if notes == nil {
			notes = &List{}
			e.Dict["__notes__"] = notes
		}
		notes.V = append(notes.V, args[1])
		return None
	})
	KeyErrorType.Dict["__str__"] = NewBuiltin("__str__", "", func(th *Thread, args []Object, kw Kwargs) Object {
		return Str(excStr(th, args[0].(*Instance)))
	})
}
