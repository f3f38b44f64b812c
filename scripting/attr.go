package scripting

import (
	"math/big"
	"sort"
)

// Property is the property descriptor (Go getters of bindings use it too).
type Property struct {
	Get, Set, Del Object
	Doc           Object
	Name          string
}

func (p *Property) PyType() *Type { return PropertyType }

// StaticMethod and ClassMethod wrap functions in class bodies.
type StaticMethod struct{ Fn Object }
type ClassMethod struct{ Fn Object }

func (s *StaticMethod) PyType() *Type { return StaticMethodType }
func (c *ClassMethod) PyType() *Type  { return ClassMethodType }

// Super is the object super() returns.
type Super struct {
	Class *Type // the class after which to start the MRO search
	Self  Object
	Obj   *Type // type of self (or self if it is a class)
}

func (s *Super) PyType() *Type { return SuperType }

// AttrGetter lets Go binding types expose dynamic attributes.
type AttrGetter interface {
	GetAttr(th *Thread, name string) (Object, bool)
}

// AttrSetter lets Go binding types accept attribute assignment.
type AttrSetter interface {
	SetAttr(th *Thread, name string, v Object) bool
}

// bindDescriptor applies the descriptor protocol to a class attribute found
// for instance (obj may be nil for class access).
func bindDescriptor(th *Thread, attr Object, obj Object, cls *Type) Object {
	switch a := attr.(type) {
	case *Function:
		if obj == nil {
			return a
		}
		return &Method{Fn: a, Self: obj}
	case *Builtin:
		if obj == nil {
			return a
		}
		return &Method{Fn: a, Self: obj}
	case *StaticMethod:
		return a.Fn
	case *ClassMethod:
		return &Method{Fn: a.Fn, Self: cls}
	case *Property:
		if obj == nil {
			return a
		}
		if a.Get == nil || a.Get == None {
			Raise(AttributeErrorType, "property '%s' of '%s' object has no getter", a.Name, cls.Name)
		}
		return Call(th, a.Get, []Object{obj}, nil)
	case *Instance:
		if g := lookupSpecial(a.Class, "__get__"); g != nil {
			var o Object = None
			if obj != nil {
				o = obj
			}
			return callMethod(th, g, a, []Object{o, cls}, nil)
		}
	}
	return attr
}

func isDataDescriptor(attr Object) bool {
	switch a := attr.(type) {
	case *Property:
		return true
	case *Instance:
		return lookupSpecial(a.Class, "__set__") != nil
	}
	return false
}

// GetAttr is getattr(o, name) raising AttributeError.
func GetAttr(th *Thread, o Object, name string) Object {
	if v := getAttr(th, o, name); v != nil {
		return v
	}
	raiseNoAttr(o, name)
	return nil
}

func raiseNoAttr(o Object, name string) {
	switch v := o.(type) {
	case *Module:
		Raise(AttributeErrorType, "module '%s' has no attribute '%s'", v.Name, name)
	case *Type:
		Raise(AttributeErrorType, "type object '%s' has no attribute '%s'", v.Name, name)
	}
	Raise(AttributeErrorType, "'%s' object has no attribute '%s'", typeName(o), name)
}

// getAttr returns nil when the attribute does not exist.
func getAttr(th *Thread, o Object, name string) Object {
	switch v := o.(type) {
	case *Instance:
		return instanceGetAttr(th, v, name)
	case *Type:
		return typeGetAttr(th, v, name)
	case *Module:
		if s := v.slots[name]; s != nil && s.v != nil {
			return s.v
		}
		if name == "__dict__" {
			return v.DictCopy()
		}
		if g := v.getattr; g != nil {
			return g(name)
		}
		return nil
	case *Function:
		switch name {
		case "__name__":
			return Str(v.Name)
		case "__qualname__":
			return Str(v.Qualname)
		case "__doc__":
			return v.Doc
		case "__module__":
			return Str(v.Module.Name)
		case "__dict__":
			d := NewDict()
			for _, k := range sortedKeys(v.Dict) {
				d.SetStr(k, v.Dict[k])
			}
			return d
		case "__defaults__":
			if len(v.Defaults) == 0 {
				return None
			}
			return Tuple(v.Defaults)
		case "__kwdefaults__":
			if len(v.KwDefaults) == 0 {
				return None
			}
			d := NewDict()
			for _, k := range v.Code.KwOnly {
				if x, ok := v.KwDefaults[k]; ok {
					d.SetStr(k, x)
				}
			}
			return d
		case "__closure__":
			if len(v.Closure) == 0 {
				return None
			}
			t := Tuple{}
			for _, c := range v.Closure {
				t = append(t, c)
			}
			return t
		case "__wrapped__":
			if x, ok := v.Dict[name]; ok {
				return x
			}
			return nil
		case "__code__":
			return &codeObject{v.Code}
		}
		if x, ok := v.Dict[name]; ok {
			return x
		}
	case *Builtin:
		switch name {
		case "__name__", "__qualname__":
			return Str(v.Name)
		case "__doc__":
			if v.Doc == "" {
				return None
			}
			return Str(v.Doc)
		}
	case *Method:
		switch name {
		case "__self__":
			return v.Self
		case "__func__":
			return v.Fn
		case "__name__", "__qualname__", "__doc__", "__module__":
			return getAttr(th, v.Fn, name)
		}
		return getAttr(th, v.Fn, name)
	case *Super:
		return superGetAttr(th, v, name)
	}
	cls := TypeOf(o)
	if ag, ok := o.(AttrGetter); ok {
		if r, ok := ag.GetAttr(th, name); ok {
			return r
		}
	}
	if a := cls.Lookup(name); a != nil {
		return bindDescriptor(th, a, o, cls)
	}
	switch name {
	case "__class__":
		return cls
	case "__doc__":
		return docOf(cls.Doc)
	}
	return nil
}

type codeObject struct{ c *Code }

var codeType = NewType("code", ObjectType, "")

func (c *codeObject) PyType() *Type { return codeType }
func (c *codeObject) GetAttr(th *Thread, name string) (Object, bool) {
	switch name {
	case "co_name":
		return Str(c.c.Name), true
	case "co_argcount":
		return Int(len(c.c.ArgNames)), true
	case "co_varnames":
		t := Tuple{}
		for _, n := range c.c.localNames {
			t = append(t, Str(n))
		}
		return t, true
	case "co_filename":
		return Str(c.c.File), true
	}
	return nil, false
}

func docOf(s string) Object {
	if s == "" {
		return None
	}
	return Str(s)
}

func sortedKeys(m map[string]Object) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func instanceGetAttr(th *Thread, v *Instance, name string) Object {
	cls := v.Class
	if ga := lookupSpecial(cls, "__getattribute__"); ga != nil && ga != objectGetattribute {
		var r Object
		exc := th.Try(func() { r = callMethod(th, ga, v, []Object{Str(name)}, nil) })
		if exc == nil {
			return r
		}
		if !exc.Class.IsSubtype(AttributeErrorType) {
			panic(exc)
		}
		if g := lookupSpecial(cls, "__getattr__"); g != nil {
			return callMethod(th, g, v, []Object{Str(name)}, nil)
		}
		panic(exc)
	}
	a := cls.Lookup(name)
	if a != nil && isDataDescriptor(a) {
		return bindDescriptor(th, a, v, cls)
	}
	if x, ok := v.Dict[name]; ok {
		return x
	}
	if a != nil {
		return bindDescriptor(th, a, v, cls)
	}
	switch name {
	case "__class__":
		return cls
	case "__dict__":
		d := NewDict()
		for _, k := range instanceKeys(v) {
			d.SetStr(k, v.Dict[k])
		}
		return d
	}
	if v.Exc != nil {
		if r := excAttr(v, name); r != nil {
			return r
		}
	}
	if v.Payload != nil {
		if r := getAttr(th, v.Payload, name); r != nil {
			return r
		}
	}
	if g := lookupSpecial(cls, "__getattr__"); g != nil {
		return callMethod(th, g, v, []Object{Str(name)}, nil)
	}
	return nil
}

// instanceKeys returns attribute names in assignment order where known.
func instanceKeys(v *Instance) []string {
	out := make([]string, 0, len(v.Dict))
	seen := make(map[string]bool, len(v.Dict))
	for _, k := range v.order {
		if _, ok := v.Dict[k]; ok && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	v.order = out
	return out
}

func excAttr(v *Instance, name string) Object {
	e := v.Exc
	switch name {
	case "args":
		return e.Args
	case "__cause__":
		return e.Cause
	case "__context__":
		return e.Context
	case "__suppress_context__":
		return Bool(e.SuppressContext)
	case "__traceback__":
		return None
	case "value":
		if v.Class.IsSubtype(StopIterationType) {
			if len(e.Args) > 0 {
				return e.Args[0]
			}
			return None
		}
	case "code":
		if v.Class.IsSubtype(SystemExitType) {
			if len(e.Args) == 1 {
				return e.Args[0]
			}
			if len(e.Args) == 0 {
				return None
			}
			return e.Args
		}
	case "errno", "strerror", "filename":
		if v.Class.IsSubtype(OSErrorType) {
			idx := map[string]int{"errno": 0, "strerror": 1, "filename": 2}[name]
			if len(e.Args) >= 2 && idx < len(e.Args) {
				return e.Args[idx]
			}
			return None
		}
	}
	return nil
}

func typeGetAttr(th *Thread, t *Type, name string) Object {
	if a := t.Lookup(name); a != nil {
		switch d := a.(type) {
		case *Function, *Builtin:
			return a
		case *Property:
			return a
		case *StaticMethod, *ClassMethod:
			return bindDescriptor(th, a, nil, t)
		case *Instance:
			if g := lookupSpecial(d.Class, "__get__"); g != nil {
				return callMethod(th, g, d, []Object{None, t}, nil)
			}
		}
		return a
	}
	switch name {
	case "__name__", "__qualname__":
		return Str(t.Name)
	case "__module__":
		if t.Module == "" {
			return Str("__main__")
		}
		return Str(t.Module)
	case "__doc__":
		return docOf(t.Doc)
	case "__mro__":
		out := make(Tuple, len(t.MRO))
		for i, c := range t.MRO {
			out[i] = c
		}
		return out
	case "__bases__":
		out := make(Tuple, len(t.Bases))
		for i, c := range t.Bases {
			out[i] = c
		}
		if len(out) == 0 && t != ObjectType {
			return Tuple{ObjectType}
		}
		return out
	case "__base__":
		if len(t.Bases) > 0 {
			return t.Bases[0]
		}
		return None
	case "__dict__":
		d := NewDict()
		for _, k := range t.Order {
			d.SetStr(k, t.Dict[k])
		}
		return d
	case "__class__":
		return t.PyType()
	case "__subclasses__":
		return NewBuiltin("__subclasses__", "", func(th *Thread, args []Object, kw Kwargs) Object {
			return &List{}
		})
	case "mro":
		return NewBuiltin("mro", "", func(th *Thread, args []Object, kw Kwargs) Object {
			out := &List{}
			for _, c := range t.MRO {
				out.V = append(out.V, c)
			}
			return out
		})
	}
	if meta := t.Meta; meta != nil {
		if a := meta.Lookup(name); a != nil {
			return bindDescriptor(th, a, t, meta)
		}
	}
	return nil
}

func superGetAttr(th *Thread, s *Super, name string) Object {
	mro := s.Obj.MRO
	i := 0
	for i < len(mro) && mro[i] != s.Class {
		i++
	}
	for _, c := range mro[i+1:] {
		if a, ok := c.Dict[name]; ok {
			if _, isType := s.Self.(*Type); isType {
				switch d := a.(type) {
				case *ClassMethod:
					return &Method{Fn: d.Fn, Self: s.Self}
				case *Function:
					return d
				}
				return bindDescriptor(th, a, nil, s.Obj)
			}
			return bindDescriptor(th, a, s.Self, s.Obj)
		}
	}
	if name == "__class__" {
		return SuperType
	}
	return nil
}

// SetAttr is setattr(o, name, v).
func SetAttr(th *Thread, o Object, name string, val Object) {
	switch v := o.(type) {
	case *Instance:
		cls := v.Class
		if s := lookupSpecial(cls, "__setattr__"); s != nil && s != objectSetattr {
			callMethod(th, s, v, []Object{Str(name), val}, nil)
			return
		}
		instanceSetAttr(th, v, name, val)
		return
	case *Type:
		if v.Builtin {
			Raise(TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name, v.Name)
		}
		if name == "__doc__" {
			v.Doc = ToStr(th, val)
		}
		v.SetAttr(name, val)
		return
	case *Module:
		v.Set(name, val)
		return
	case *Function:
		switch name {
		case "__name__":
			v.Name = ToStr(th, val)
			return
		case "__qualname__":
			v.Qualname = ToStr(th, val)
			return
		case "__doc__":
			v.Doc = val
			return
		}
		if v.Dict == nil {
			v.Dict = map[string]Object{}
		}
		v.Dict[name] = val
		return
	}
	if as, ok := o.(AttrSetter); ok && as.SetAttr(th, name, val) {
		return
	}
	cls := TypeOf(o)
	if a := cls.Lookup(name); a != nil {
		if p, ok := a.(*Property); ok && p.Set != nil && p.Set != None {
			Call(th, p.Set, []Object{o, val}, nil)
			return
		}
	}
	Raise(AttributeErrorType, "'%s' object has no attribute '%s'", cls.Name, name)
}

func instanceSetAttr(th *Thread, v *Instance, name string, val Object) {
	cls := v.Class
	if a := cls.Lookup(name); a != nil {
		switch d := a.(type) {
		case *Property:
			if d.Set == nil || d.Set == None {
				Raise(AttributeErrorType, "property '%s' of '%s' object has no setter", d.Name, cls.Name)
			}
			Call(th, d.Set, []Object{v, val}, nil)
			return
		case *Instance:
			if s := lookupSpecial(d.Class, "__set__"); s != nil {
				callMethod(th, s, d, []Object{v, val}, nil)
				return
			}
		}
	}
	if slots := classSlots(cls); slots != nil && !slots[name] {
		if _, ok := v.Dict[name]; !ok {
			Raise(AttributeErrorType, "'%s' object has no attribute '%s'", cls.Name, name)
		}
	}
	if v.Exc != nil {
		switch name {
		case "__cause__":
			v.Exc.Cause = val
			v.Exc.SuppressContext = true
			return
		case "__context__":
			v.Exc.Context = val
			return
		case "args":
			v.Exc.Args = Tuple(iterToSlice(th, val))
			return
		}
	}
	v.Set(name, val)
}

// Set stores an instance attribute, remembering assignment order for vars().
func (v *Instance) Set(name string, val Object) {
	if v.Dict == nil {
		v.Dict = map[string]Object{}
	}
	if _, ok := v.Dict[name]; !ok {
		v.order = append(v.order, name)
	}
	v.Dict[name] = val
}

// DelAttr is delattr(o, name).
func DelAttr(th *Thread, o Object, name string) {
	switch v := o.(type) {
	case *Instance:
		if d := lookupSpecial(v.Class, "__delattr__"); d != nil && d != objectDelattr {
			callMethod(th, d, v, []Object{Str(name)}, nil)
			return
		}
		if a := v.Class.Lookup(name); a != nil {
			if p, ok := a.(*Property); ok {
				if p.Del == nil || p.Del == None {
					Raise(AttributeErrorType, "property '%s' of '%s' object has no deleter", p.Name, v.Class.Name)
				}
				Call(th, p.Del, []Object{v}, nil)
				return
			}
		}
		if _, ok := v.Dict[name]; ok {
			delete(v.Dict, name)
			return
		}
	case *Type:
		if _, ok := v.Dict[name]; ok && !v.Builtin {
			delete(v.Dict, name)
			for i, k := range v.Order {
				if k == name {
					v.Order = append(v.Order[:i], v.Order[i+1:]...)
					break
				}
			}
			invalidateCaches()
			return
		}
	case *Module:
		if s := v.slots[name]; s != nil && s.v != nil {
			s.v = nil
			return
		}
	case *Function:
		if _, ok := v.Dict[name]; ok {
			delete(v.Dict, name)
			return
		}
	}
	raiseNoAttr(o, name)
}

// ---- items ----

// GetItem is o[key].
func GetItem(th *Thread, o, key Object) Object {
	switch v := o.(type) {
	case *List:
		if i, ok := key.(Int); ok {
			n := Int(len(v.V))
			if i < 0 {
				i += n
			}
			if i < 0 || i >= n {
				Raise(IndexErrorType, "list index out of range")
			}
			return v.V[i]
		}
		if s, ok := key.(*Slice); ok {
			return &List{V: sliceItems(th, v.V, s)}
		}
		return v.V[seqIndex(th, key, len(v.V), "list")]
	case *Dict:
		if r := v.GetItem(th, key); r != nil {
			return r
		}
		if inst, ok := o.(*Instance); ok {
			_ = inst
		}
		Raise2(KeyErrorType, key)
	case Tuple:
		if i, ok := key.(Int); ok {
			n := Int(len(v))
			if i < 0 {
				i += n
			}
			if i < 0 || i >= n {
				Raise(IndexErrorType, "tuple index out of range")
			}
			return v[i]
		}
		if s, ok := key.(*Slice); ok {
			return Tuple(sliceItems(th, v, s))
		}
		return v[seqIndex(th, key, len(v), "tuple")]
	case Str:
		return strGetItem(th, v, key)
	case Bytes:
		if s, ok := key.(*Slice); ok {
			start, stop, step := s.indices(th, len(v))
			var b []byte
			for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
				b = append(b, v[i])
			}
			return Bytes(b)
		}
		return Int(v[seqIndex(th, key, len(v), "index")])
	case *Range:
		return rangeGetItem(th, v, key)
	case *Instance:
		m := lookupSpecial(v.Class, "__getitem__")
		if _, builtin := m.(*Builtin); (m == nil || builtin) && v.Payload != nil {
			if d, ok := v.Payload.(*Dict); ok {
				return dictSubGetItem(th, v, d, key)
			}
			return GetItem(th, v.Payload, key)
		}
		if m != nil {
			return call2(th, m, v, key)
		}
	case *Type:
		// Generic aliases like list[int] are not part of the 3.4 dialect.
	}
	if m := lookupSpecial(TypeOf(o), "__getitem__"); m != nil {
		return call2(th, m, o, key)
	}
	Raise(TypeErrorType, "'%s' object is not subscriptable", typeName(o))
	return nil
}

// Raise2 raises an exception with a single object argument.
func Raise2(t *Type, arg Object) { panic(NewExc(t, arg)) }

func seqIndex(th *Thread, key Object, n int, what string) int {
	switch key.(type) {
	case Int, Bool, *big.Int:
	default:
		if lookupSpecial(TypeOf(key), "__index__") == nil {
			Raise(TypeErrorType, "%s indices must be integers or slices, not %s", what, typeName(key))
		}
	}
	i := Index(th, key)
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		if what == "index" {
			Raise(IndexErrorType, "index out of range")
		}
		Raise(IndexErrorType, "%s index out of range", what)
	}
	return i
}

// indices resolves a slice against a sequence length like slice.indices.
func (s *Slice) indices(th *Thread, n int) (start, stop, step int) {
	step = 1
	if s.Step != None && s.Step != nil {
		step = Index(th, s.Step)
		if step == 0 {
			Raise(ValueErrorType, "slice step cannot be zero")
		}
	}
	if step > 0 {
		start, stop = 0, n
	} else {
		start, stop = n-1, -1
	}
	if s.Start != None && s.Start != nil {
		start = clampIndex(Index(th, s.Start), n, step)
	}
	if s.Stop != None && s.Stop != nil {
		stop = clampIndex(Index(th, s.Stop), n, step)
	}
	return
}

func clampIndex(i, n, step int) int {
	if i < 0 {
		i += n
		if i < 0 {
			if step < 0 {
				return -1
			}
			return 0
		}
	}
	if i >= n {
		if step < 0 {
			return n - 1
		}
		return n
	}
	return i
}

func sliceItems(th *Thread, v []Object, s *Slice) []Object {
	start, stop, step := s.indices(th, len(v))
	if step == 1 {
		if start >= stop {
			return []Object{}
		}
		return append([]Object(nil), v[start:stop]...)
	}
	var out []Object
	for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
		out = append(out, v[i])
	}
	if out == nil {
		out = []Object{}
	}
	return out
}

// SetItem is o[key] = val.
func SetItem(th *Thread, o, key, val Object) {
	switch v := o.(type) {
	case *List:
		if i, ok := key.(Int); ok {
			n := Int(len(v.V))
			if i < 0 {
				i += n
			}
			if i < 0 || i >= n {
				Raise(IndexErrorType, "list assignment index out of range")
			}
			v.V[i] = val
			return
		}
		if s, ok := key.(*Slice); ok {
			listSetSlice(th, v, s, val)
			return
		}
		i := Index(th, key)
		if i < 0 {
			i += len(v.V)
		}
		if i < 0 || i >= len(v.V) {
			Raise(IndexErrorType, "list assignment index out of range")
		}
		v.V[i] = val
		return
	case *Dict:
		v.SetItem(th, key, val)
		return
	case *Instance:
		if m := lookupSpecial(v.Class, "__setitem__"); m != nil {
			callMethod(th, m, v, []Object{key, val}, nil)
			return
		}
		if v.Payload != nil {
			SetItem(th, v.Payload, key, val)
			return
		}
	}
	if m := lookupSpecial(TypeOf(o), "__setitem__"); m != nil {
		callMethod(th, m, o, []Object{key, val}, nil)
		return
	}
	Raise(TypeErrorType, "'%s' object does not support item assignment", typeName(o))
}

func listSetSlice(th *Thread, v *List, s *Slice, val Object) {
	items := iterToSlice(th, val)
	start, stop, step := s.indices(th, len(v.V))
	if step == 1 {
		if stop < start {
			stop = start
		}
		out := make([]Object, 0, len(v.V)-(stop-start)+len(items))
		out = append(out, v.V[:start]...)
		out = append(out, items...)
		out = append(out, v.V[stop:]...)
		v.V = out
		return
	}
	var idx []int
	for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
		idx = append(idx, i)
	}
	if len(idx) != len(items) {
		Raise(ValueErrorType, "attempt to assign sequence of size %d to extended slice of size %d", len(items), len(idx))
	}
	for j, i := range idx {
		v.V[i] = items[j]
	}
}

// DelItem is del o[key].
func DelItem(th *Thread, o, key Object) {
	switch v := o.(type) {
	case *List:
		if s, ok := key.(*Slice); ok {
			start, stop, step := s.indices(th, len(v.V))
			del := map[int]bool{}
			for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
				del[i] = true
			}
			out := v.V[:0:0]
			for i, x := range v.V {
				if !del[i] {
					out = append(out, x)
				}
			}
			v.V = out
			return
		}
		i := seqIndex(th, key, len(v.V), "list assignment")
		v.V = append(v.V[:i], v.V[i+1:]...)
		return
	case *Dict:
		if !v.DelItem(th, key) {
			Raise2(KeyErrorType, key)
		}
		return
	case *Instance:
		if m := lookupSpecial(v.Class, "__delitem__"); m != nil {
			call2(th, m, v, key)
			return
		}
		if v.Payload != nil {
			DelItem(th, v.Payload, key)
			return
		}
	}
	if m := lookupSpecial(TypeOf(o), "__delitem__"); m != nil {
		call2(th, m, o, key)
		return
	}
	Raise(TypeErrorType, "'%s' object doesn't support item deletion", typeName(o))
}

// Contains is `key in o`.
func Contains(th *Thread, o, key Object) bool {
	switch v := o.(type) {
	case *Dict:
		return v.find(th, key) >= 0
	case *Set:
		return v.Contains(th, key)
	case *List:
		for _, x := range v.V {
			if same(x, key) || Equal(th, x, key) {
				return true
			}
		}
		return false
	case Tuple:
		for _, x := range v {
			if same(x, key) || Equal(th, x, key) {
				return true
			}
		}
		return false
	case Str:
		s, ok := key.(Str)
		if !ok {
			Raise(TypeErrorType, "'in <string>' requires string as left operand, not %s", typeName(key))
		}
		return containsStr(string(v), string(s))
	case Bytes:
		switch k := key.(type) {
		case Bytes:
			return containsStr(string(v), string(k))
		case Int:
			for i := 0; i < len(v); i++ {
				if Int(v[i]) == k {
					return true
				}
			}
			return false
		}
	case *Range:
		return rangeContains(th, v, key)
	}
	if m := lookupSpecial(TypeOf(o), "__contains__"); m != nil {
		return Truth(th, call2(th, m, o, key))
	}
	it := Iter(th, o)
	for {
		x, ok := it.Next(th)
		if !ok {
			return false
		}
		if same(x, key) || Equal(th, x, key) {
			return true
		}
	}
}

// Len is len(o).
func Len(th *Thread, o Object) int {
	switch v := o.(type) {
	case *List:
		return len(v.V)
	case Tuple:
		return len(v)
	case Str:
		return strLen(string(v))
	case *Dict:
		return v.live
	case *Set:
		return v.Len()
	case Bytes:
		return len(v)
	case *Range:
		return int(rangeLen(v))
	}
	if m := lookupSpecial(TypeOf(o), "__len__"); m != nil {
		r := call1(th, m, o)
		n := Index(th, r)
		if n < 0 {
			Raise(ValueErrorType, "__len__() should return >= 0")
		}
		return n
	}
	if inst, ok := o.(*Instance); ok && inst.Payload != nil {
		return Len(th, inst.Payload)
	}
	Raise(TypeErrorType, "object of type '%s' has no len()", typeName(o))
	return 0
}

// dictSubGetItem is d[key] for a script subclass of dict, honouring __missing__.
func dictSubGetItem(th *Thread, inst *Instance, d *Dict, key Object) Object {
	if r := d.GetItem(th, key); r != nil {
		return r
	}
	if m := lookupSpecial(inst.Class, "__missing__"); m != nil {
		return call2(th, m, inst, key)
	}
	Raise2(KeyErrorType, key)
	return nil
}

// classSlots returns the allowed attribute names when every class in the MRO
// declares __slots__ (without "__dict__"); nil means attributes are free.
func classSlots(cls *Type) map[string]bool {
	var allowed map[string]bool
	for _, c := range cls.MRO {
		if c == ObjectType {
			continue
		}
		if c.Builtin {
			return nil
		}
		sl, ok := c.Dict["__slots__"]
		if !ok {
			return nil
		}
		if allowed == nil {
			allowed = map[string]bool{}
		}
		var names []Object
		switch x := sl.(type) {
		case Str:
			names = []Object{x}
		case Tuple:
			names = x
		case *List:
			names = x.V
		}
		for _, n := range names {
			s, _ := n.(Str)
			if s == "__dict__" {
				return nil
			}
			allowed[string(s)] = true
		}
	}
	return allowed
}
