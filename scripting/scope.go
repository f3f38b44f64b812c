package scripting

import (
	"github.com/go-python/gpython/ast"
)

// Scope analysis decides, before any code runs, where every name lives:
// a fast local slot, a cell shared with closures, a module global, or (in
// class bodies) the class namespace. This is what lets the compiled closures
// index slices instead of hashing names.

type scopeKind int

const (
	scopeModule scopeKind = iota
	scopeFunction
	scopeClass
)

type nameKind int

const (
	nkGlobal    nameKind = iota // module slot, then builtins
	nkLocal                     // fast local slot
	nkCell                      // local captured by an inner function
	nkFree                      // captured from an enclosing function
	nkClassName                 // class body: class namespace, then globals
)

type scope struct {
	kind      scopeKind
	name      string
	parent    *scope
	children  []*scope
	node      ast.Ast
	bound     map[string]bool
	used      map[string]bool
	globals   map[string]bool
	nonlocals map[string]bool
	params    []string
	isGen     bool
	// resolved
	kinds     map[string]nameKind
	locals    map[string]int
	localList []string
	cells     map[string]int // cell and free vars share the cells slice
	cellList  []string
	freeList  []string // names of free vars, in cells after the cellvars
	usesSuper bool
}

func newScope(kind scopeKind, name string, parent *scope, node ast.Ast) *scope {
	s := &scope{kind: kind, name: name, parent: parent, node: node,
		bound: map[string]bool{}, used: map[string]bool{}, globals: map[string]bool{}, nonlocals: map[string]bool{},
		kinds: map[string]nameKind{}, locals: map[string]int{}, cells: map[string]int{}}
	if parent != nil {
		parent.children = append(parent.children, s)
	}
	return s
}

// scopeBuilder walks the AST once, recording bindings and uses per scope.
type scopeBuilder struct {
	cur    *scope
	byNode map[ast.Ast]*scope
	err    error
}

func buildScopes(mod ast.Mod) (*scope, map[ast.Ast]*scope, error) {
	b := &scopeBuilder{byNode: map[ast.Ast]*scope{}}
	root := newScope(scopeModule, "<module>", nil, mod)
	b.cur = root
	b.byNode[mod] = root
	switch m := mod.(type) {
	case *ast.Module:
		b.stmts(m.Body)
	case *ast.Interactive:
		b.stmts(m.Body)
	case *ast.Expression:
		b.expr(m.Body)
	}
	if b.err != nil {
		return nil, nil, b.err
	}
	if err := resolve(root); err != nil {
		return nil, nil, err
	}
	return root, b.byNode, nil
}

func (b *scopeBuilder) bind(name string) { b.cur.bound[name] = true }
func (b *scopeBuilder) use(name string) {
	b.cur.used[name] = true
}

func (b *scopeBuilder) stmts(ss []ast.Stmt) {
	for _, s := range ss {
		b.stmt(s)
	}
}

func (b *scopeBuilder) args(a *ast.Arguments) {
	for _, d := range a.Defaults {
		b.expr(d)
	}
	for _, d := range a.KwDefaults {
		if d != nil {
			b.expr(d)
		}
	}
}

func (b *scopeBuilder) funcScope(name string, node ast.Ast, a *ast.Arguments, body func()) {
	s := newScope(scopeFunction, name, b.cur, node)
	b.byNode[node] = s
	for _, p := range a.Args {
		s.params = append(s.params, string(p.Arg))
	}
	if a.Vararg != nil {
		s.params = append(s.params, string(a.Vararg.Arg))
	}
	for _, p := range a.Kwonlyargs {
		s.params = append(s.params, string(p.Arg))
	}
	if a.Kwarg != nil {
		s.params = append(s.params, string(a.Kwarg.Arg))
	}
	for _, p := range s.params {
		s.bound[p] = true
	}
	saved := b.cur
	b.cur = s
	body()
	b.cur = saved
}

func (b *scopeBuilder) stmt(s ast.Stmt) {
	switch n := s.(type) {
	case *ast.FunctionDef:
		for _, d := range n.DecoratorList {
			b.expr(d)
		}
		b.args(n.Args)
		b.bind(string(n.Name))
		b.funcScope(string(n.Name), n, n.Args, func() { b.stmts(n.Body) })
	case *ast.ClassDef:
		for _, d := range n.DecoratorList {
			b.expr(d)
		}
		for _, e := range n.Bases {
			b.expr(e)
		}
		for _, k := range n.Keywords {
			b.expr(k.Value)
		}
		b.bind(string(n.Name))
		cs := newScope(scopeClass, string(n.Name), b.cur, n)
		b.byNode[n] = cs
		saved := b.cur
		b.cur = cs
		b.stmts(n.Body)
		b.cur = saved
	case *ast.Return:
		if n.Value != nil {
			b.expr(n.Value)
		}
	case *ast.Delete:
		for _, t := range n.Targets {
			b.target(t)
		}
	case *ast.Assign:
		b.expr(n.Value)
		for _, t := range n.Targets {
			b.target(t)
		}
	case *ast.AugAssign:
		b.expr(n.Value)
		b.target(n.Target)
		if nm, ok := n.Target.(*ast.Name); ok {
			b.use(string(nm.Id))
		}
	case *ast.For:
		b.expr(n.Iter)
		b.target(n.Target)
		b.stmts(n.Body)
		b.stmts(n.Orelse)
	case *ast.While:
		b.expr(n.Test)
		b.stmts(n.Body)
		b.stmts(n.Orelse)
	case *ast.If:
		b.expr(n.Test)
		b.stmts(n.Body)
		b.stmts(n.Orelse)
	case *ast.With:
		for _, it := range n.Items {
			b.expr(it.ContextExpr)
			if it.OptionalVars != nil {
				b.target(it.OptionalVars)
			}
		}
		b.stmts(n.Body)
	case *ast.Raise:
		if n.Exc != nil {
			b.expr(n.Exc)
		}
		if n.Cause != nil {
			b.expr(n.Cause)
		}
	case *ast.Try:
		b.stmts(n.Body)
		for _, h := range n.Handlers {
			if h.ExprType != nil {
				b.expr(h.ExprType)
			}
			if h.Name != "" {
				b.bind(string(h.Name))
			}
			b.stmts(h.Body)
		}
		b.stmts(n.Orelse)
		b.stmts(n.Finalbody)
	case *ast.Assert:
		b.expr(n.Test)
		if n.Msg != nil {
			b.expr(n.Msg)
		}
	case *ast.Import:
		for _, a := range n.Names {
			if a.AsName != "" {
				b.bind(string(a.AsName))
			} else {
				name := string(a.Name)
				for i := 0; i < len(name); i++ {
					if name[i] == '.' {
						name = name[:i]
						break
					}
				}
				b.bind(name)
			}
		}
	case *ast.ImportFrom:
		for _, a := range n.Names {
			if a.Name == "*" {
				continue
			}
			if a.AsName != "" {
				b.bind(string(a.AsName))
			} else {
				b.bind(string(a.Name))
			}
		}
	case *ast.Global:
		for _, nm := range n.Names {
			b.cur.globals[string(nm)] = true
		}
	case *ast.Nonlocal:
		for _, nm := range n.Names {
			b.cur.nonlocals[string(nm)] = true
		}
	case *ast.ExprStmt:
		b.expr(n.Value)
	}
}

func (b *scopeBuilder) target(t ast.Expr) {
	switch n := t.(type) {
	case *ast.Name:
		b.bind(string(n.Id))
	case *ast.Tuple:
		for _, e := range n.Elts {
			b.target(e)
		}
	case *ast.List:
		for _, e := range n.Elts {
			b.target(e)
		}
	case *ast.Starred:
		b.target(n.Value)
	default:
		b.expr(t)
	}
}

func (b *scopeBuilder) comp(node ast.Ast, gens []ast.Comprehension, elts ...ast.Expr) {
	// The first iterable is evaluated in the enclosing scope.
	b.expr(gens[0].Iter)
	s := newScope(scopeFunction, "<listcomp>", b.cur, node)
	b.byNode[node] = s
	s.params = []string{".0"}
	s.bound[".0"] = true
	saved := b.cur
	b.cur = s
	for i, g := range gens {
		if i > 0 {
			b.expr(g.Iter)
		}
		b.target(g.Target)
		for _, c := range g.Ifs {
			b.expr(c)
		}
	}
	for _, e := range elts {
		b.expr(e)
	}
	b.cur = saved
	if _, ok := node.(*ast.GeneratorExp); ok {
		s.isGen = true
		s.name = "<genexpr>"
	}
}

func (b *scopeBuilder) exprs(es []ast.Expr) {
	for _, e := range es {
		if e != nil {
			b.expr(e)
		}
	}
}

func (b *scopeBuilder) expr(e ast.Expr) {
	switch n := e.(type) {
	case *ast.BoolOp:
		b.exprs(n.Values)
	case *ast.BinOp:
		b.expr(n.Left)
		b.expr(n.Right)
	case *ast.UnaryOp:
		b.expr(n.Operand)
	case *ast.Lambda:
		b.args(n.Args)
		b.funcScope("<lambda>", n, n.Args, func() { b.expr(n.Body) })
	case *ast.IfExp:
		b.expr(n.Test)
		b.expr(n.Body)
		b.expr(n.Orelse)
	case *ast.Dict:
		b.exprs(n.Keys)
		b.exprs(n.Values)
	case *ast.Set:
		b.exprs(n.Elts)
	case *ast.ListComp:
		b.comp(n, n.Generators, n.Elt)
	case *ast.SetComp:
		b.comp(n, n.Generators, n.Elt)
	case *ast.DictComp:
		b.comp(n, n.Generators, n.Key, n.Value)
	case *ast.GeneratorExp:
		b.comp(n, n.Generators, n.Elt)
	case *ast.Yield:
		b.cur.isGen = true
		if n.Value != nil {
			b.expr(n.Value)
		}
	case *ast.YieldFrom:
		b.cur.isGen = true
		b.expr(n.Value)
	case *ast.Compare:
		b.expr(n.Left)
		b.exprs(n.Comparators)
	case *ast.Call:
		b.expr(n.Func)
		b.exprs(n.Args)
		for _, k := range n.Keywords {
			b.expr(k.Value)
		}
		if n.Starargs != nil {
			b.expr(n.Starargs)
		}
		if n.Kwargs != nil {
			b.expr(n.Kwargs)
		}
		if nm, ok := n.Func.(*ast.Name); ok && nm.Id == "super" {
			b.cur.usesSuper = true
		}
	case *ast.Attribute:
		b.expr(n.Value)
	case *ast.Subscript:
		b.expr(n.Value)
		b.slice(n.Slice)
	case *ast.Starred:
		b.expr(n.Value)
	case *ast.Name:
		if n.Ctx == ast.Load {
			b.use(string(n.Id))
		} else {
			b.bind(string(n.Id))
		}
	case *ast.List:
		b.exprs(n.Elts)
	case *ast.Tuple:
		b.exprs(n.Elts)
	}
}

func (b *scopeBuilder) slice(s ast.Slicer) {
	switch n := s.(type) {
	case *ast.Index:
		b.expr(n.Value)
	case *ast.Slice:
		if n.Lower != nil {
			b.expr(n.Lower)
		}
		if n.Upper != nil {
			b.expr(n.Upper)
		}
		if n.Step != nil {
			b.expr(n.Step)
		}
	case *ast.ExtSlice:
		for _, d := range n.Dims {
			b.slice(d)
		}
	}
}

// resolve assigns every name of every scope its kind, bottom-up for free
// variables so that intermediate functions pass cells through.
func resolve(s *scope) error {
	// First decide locals of this scope.
	switch s.kind {
	case scopeModule:
		for n := range s.bound {
			s.kinds[n] = nkGlobal
		}
		for n := range s.used {
			s.kinds[n] = nkGlobal
		}
	case scopeClass:
		for n := range s.bound {
			if s.globals[n] {
				s.kinds[n] = nkGlobal
			} else {
				s.kinds[n] = nkClassName
			}
		}
	case scopeFunction:
		for n := range s.bound {
			if s.globals[n] {
				s.kinds[n] = nkGlobal
			} else if s.nonlocals[n] {
				s.kinds[n] = nkFree
			} else {
				s.kinds[n] = nkLocal
			}
		}
		for n := range s.globals {
			s.kinds[n] = nkGlobal
		}
		for n := range s.nonlocals {
			s.kinds[n] = nkFree
			if !hasEnclosingBinding(s.parent, n) {
				return syntaxErr("no binding for nonlocal '" + n + "' found")
			}
		}
	}
	// Names used but not bound here: free if an enclosing function binds them.
	for n := range s.used {
		if _, ok := s.kinds[n]; ok {
			continue
		}
		if s.kind != scopeModule && hasEnclosingBinding(s.parent, n) {
			s.kinds[n] = nkFree
		} else {
			s.kinds[n] = nkGlobal
		}
	}
	for _, c := range s.children {
		if err := resolve(c); err != nil {
			return err
		}
	}
	// Children's free names become cells here (if bound here) or free here
	// (to pass them through).
	for _, c := range s.children {
		for _, n := range c.freeList {
			k, ok := s.kinds[n]
			switch {
			case ok && (k == nkLocal || k == nkCell):
				s.kinds[n] = nkCell
			case ok && k == nkFree:
			case s.kind == scopeFunction:
				s.kinds[n] = nkFree
			case s.kind == scopeClass:
				// class bodies pass free names through too
				if !ok || k == nkGlobal {
					s.kinds[n] = nkFree
				} else {
					// bound in class body: the inner function still refers to
					// the enclosing function's variable.
					s.extraFree(n)
				}
			}
		}
	}
	// Lay out slots: params first, in order.
	if s.kind == scopeFunction {
		for _, p := range s.params {
			if s.kinds[p] == nkLocal {
				s.addLocal(p)
			}
		}
		for _, n := range sortedNames(s.kinds) {
			if s.kinds[n] == nkLocal {
				s.addLocal(n)
			}
		}
	}
	for _, n := range sortedNames(s.kinds) {
		if s.kinds[n] == nkCell {
			s.cells[n] = len(s.cellList)
			s.cellList = append(s.cellList, n)
		}
	}
	for _, n := range sortedNames(s.kinds) {
		if s.kinds[n] == nkFree {
			s.freeList = append(s.freeList, n)
		}
	}
	for _, n := range s.freeList {
		if _, ok := s.cells[n]; !ok {
			s.cells[n] = len(s.cellList)
			s.cellList = append(s.cellList, n)
		}
	}
	return nil
}

// extraFree records a name a class body must pass through to inner functions
// although the class body itself binds the same name.
func (s *scope) extraFree(n string) {
	for _, f := range s.freeList {
		if f == n {
			return
		}
	}
	s.freeList = append(s.freeList, n)
}

func (s *scope) addLocal(n string) {
	if _, ok := s.locals[n]; ok {
		return
	}
	s.locals[n] = len(s.localList)
	s.localList = append(s.localList, n)
}

func hasEnclosingBinding(s *scope, n string) bool {
	for ; s != nil; s = s.parent {
		if s.kind == scopeFunction {
			if s.globals[n] {
				return false
			}
			if s.bound[n] || s.nonlocals[n] {
				return true
			}
		}
		if s.kind == scopeModule {
			return false
		}
	}
	return false
}

func sortedNames(m map[string]nameKind) []string {
	out := make([]string, 0, len(m))
	for n := range m {
		out = append(out, n)
	}
	sortStrings(out)
	return out
}
