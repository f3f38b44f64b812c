// Package table binds lib/table as the script type lumen.Table: named
// columns of equal length (training histories, temperature scans). t["col"]
// is an Array (a list for text columns), len(t) the number of rows, and
// iterating gives one dict per row. It only binds; the table lives in
// lib/table. The lumen module exposes the type as lm.Table.
package table

import (
	"github.com/lumenlab/lumen/lib/array"
	tbl "github.com/lumenlab/lumen/lib/table"
	s "github.com/lumenlab/lumen/scripting"
	"github.com/lumenlab/lumen/scripting/modules/lumen"
)

// Table is the script object around a *table.Table.
type Table struct{ T *tbl.Table }

// TableType is the script type lumen.Table.
var TableType = func() *s.Type {
	t := s.NewType("Table", s.ObjectType, `Table(columns)

A table of named columns of equal length, in order: the result of fits
(training history) and scans. columns is a dict name → list or Array
(numbers) or list of str.

t["col"] is the column as an Array (a list for text columns), t.columns the
names, len(t) the number of rows, t.row(i) and iteration give rows as dicts,
t.to_csv(path) writes CSV. Notebooks show it as an HTML table.`)
	t.Module = "lumen"
	return t
}()

func (*Table) PyType() *s.Type { return TableType }

// Wrap makes a script Table of t (shared, not copied).
func Wrap(t *tbl.Table) s.Object { return &Table{T: t} }

// MimeBundle renders the table as compact HTML.
func (t *Table) MimeBundle(th *s.Thread) map[string]any {
	return map[string]any{"text/html": t.T.HTML()}
}

type goFn = func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object

func method(name, sig, doc string, fn goFn) {
	TableType.SetAttr(name, &s.Builtin{Name: name, Sig: sig, Doc: doc, Fn: fn})
}

func self(args []s.Object) *tbl.Table {
	if len(args) > 0 {
		if t, ok := args[0].(*Table); ok {
			return t.T
		}
	}
	s.Raise(s.TypeErrorType, "descriptor requires a 'lumen.Table' object")
	return nil
}

// column returns the script value of a column: an Array of a copy of a float
// column, a list of str for a text column.
func column(c *tbl.Column) s.Object {
	if c.Kind == tbl.String {
		items := make([]s.Object, len(c.Strings))
		for i, v := range c.Strings {
			items[i] = s.Str(v)
		}
		return s.NewList(items)
	}
	a, err := array.FromSlice(c.Floats, len(c.Floats))
	lumen.Check(err)
	return lumen.WrapArray(a)
}

func rowDict(t *tbl.Table, i int) *s.Dict {
	row, err := t.Row(i)
	if err != nil {
		s.Raise(s.IndexErrorType, "Table row index %d out of range: the table has %d rows", i, t.Len())
	}
	d := s.NewDict()
	for k, v := range row {
		d.SetStr(t.ColumnAt(k).Name, s.FromGo(v))
	}
	return d
}

func columnOf(t *tbl.Table, name string) *tbl.Column {
	c, ok := t.Column(name)
	if !ok {
		s.RaiseObj(s.NewExc(s.KeyErrorType, s.Str(name+": no such column; the columns are "+quoted(t.Columns()))))
	}
	return c
}

func quoted(names []string) string {
	out := ""
	for i, n := range names {
		if i > 0 {
			out += ", "
		}
		out += "'" + n + "'"
	}
	if out == "" {
		return "(none)"
	}
	return out
}

// New builds a table from a dict of columns (Table(columns)).
func New(th *s.Thread, fn string, cols s.Object) *tbl.Table {
	t := tbl.New()
	if cols == nil || cols == s.Object(s.None) {
		return t
	}
	d, ok := cols.(*s.Dict)
	if !ok {
		s.Raise(s.TypeErrorType, "%s(): argument 'columns' must be a dict of name → list or Array, not %s", fn, s.TypeNameOf(cols))
	}
	var err error
	d.Items(func(k, v s.Object) {
		if err != nil {
			return
		}
		name, ok := k.(s.Str)
		if !ok {
			s.Raise(s.TypeErrorType, "%s(): column names must be str, not %s", fn, s.TypeNameOf(k))
		}
		if strs, ok := stringColumn(th, v); ok {
			err = t.AddString(string(name), strs)
			return
		}
		a := lumen.ToArray(th, fn, "columns['"+string(name)+"']", v)
		if a.Ndim() > 1 {
			s.Raise(s.ValueErrorType, "%s(): column '%s' must be 1-D, got shape %s", fn, name, array.ShapeString(a.Shape()))
		}
		vals := append([]float64(nil), a.Data()...)
		err = t.AddFloat(string(name), vals)
	})
	if err != nil {
		s.Raise(s.ValueErrorType, "%s(): %s", fn, trim(err.Error()))
	}
	return t
}

// stringColumn reports whether v is a non-empty list/tuple of str.
func stringColumn(th *s.Thread, v s.Object) ([]string, bool) {
	var items []s.Object
	switch x := v.(type) {
	case *s.List:
		items = x.V
	case s.Tuple:
		items = x
	default:
		return nil, false
	}
	if len(items) == 0 {
		return nil, false
	}
	if _, ok := items[0].(s.Str); !ok {
		return nil, false
	}
	out := make([]string, len(items))
	for i, it := range items {
		st, ok := it.(s.Str)
		if !ok {
			s.Raise(s.TypeErrorType, "Table(): a text column holds %s at index %d: all values must be str", s.TypeNameOf(it), i)
		}
		out[i] = string(st)
	}
	return out, true
}

func trim(msg string) string {
	const p = "table: "
	if len(msg) > len(p) && msg[:len(p)] == p {
		return msg[len(p):]
	}
	return msg
}

func init() {
	lumen.AddAttr("Table", TableType)
	TableType.New = func(th *s.Thread, cls *s.Type, args []s.Object, kw s.Kwargs) s.Object {
		p := s.Args("Table", args, kw, "columns?")
		return &Table{T: New(th, "Table", p[0])}
	}
	method("__len__", "()", "Number of rows.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		return s.Int(self(args).Len())
	})
	method("__getitem__", "(key)", "t['name'] is the column (an Array, or a list for text); t[i] is row i as a dict.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		t := self(args)
		s.CheckArgs("__getitem__", args, 2, 2)
		switch k := args[1].(type) {
		case s.Str:
			return column(columnOf(t, string(k)))
		}
		if s.IsInt(args[1]) {
			return rowDict(t, s.Index(th, args[1]))
		}
		s.Raise(s.TypeErrorType, "Table indices must be a column name (str) or a row number (int), not %s", s.TypeNameOf(args[1]))
		return nil
	})
	method("__contains__", "(name)", "Whether the table has a column of that name.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		s.CheckArgs("__contains__", args, 2, 2)
		name, ok := args[1].(s.Str)
		if !ok {
			return s.False
		}
		_, has := self(args).Column(string(name))
		return s.BoolOf(has)
	})
	method("__iter__", "()", "Iterate over the rows, each a dict column → value.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		t := self(args)
		i := 0
		return s.NewGoIter("table_row_iterator", func(th *s.Thread) (s.Object, bool) {
			if i >= t.Len() {
				return nil, false
			}
			i++
			return rowDict(t, i-1), true
		})
	})
	method("__repr__", "()", "The table as aligned text.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		return s.Str(self(args).String())
	})
	method("_repr_html_", "()", "The table as a compact HTML <table> (long tables truncated).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		return s.Str(self(args).HTML())
	})
	method("row", "(i)", "Row i (negative counts from the end) as a dict column → value.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		p := s.Args("row", args[1:], kw, "i")
		if !s.IsInt(p[0]) {
			s.Raise(s.TypeErrorType, "row(): argument 'i' must be int, not %s", s.TypeNameOf(p[0]))
		}
		return rowDict(self(args), s.Index(th, p[0]))
	})
	method("to_csv", "(path)", "Write the table as CSV with a header row (atomically: a temporary file renamed into place).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		p := s.Args("to_csv", args[1:], kw, "path")
		path, ok := p[0].(s.Str)
		if !ok {
			s.Raise(s.TypeErrorType, "to_csv(): argument 'path' must be str, not %s", s.TypeNameOf(p[0]))
		}
		if err := self(args).WriteCSV(string(path)); err != nil {
			s.Raise(s.OSErrorType, "to_csv(): %s", trim(err.Error()))
		}
		return s.None
	})
	method("to_dict", "()", "The columns as a dict name → Array (or list of str).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		t := self(args)
		d := s.NewDict()
		for i := 0; i < t.NumColumns(); i++ {
			c := t.ColumnAt(i)
			d.SetStr(c.Name, column(c))
		}
		return d
	})
	TableType.SetAttr("columns", &s.Property{Name: "columns", Doc: s.Str("The column names, in order (a list of str)."),
		Get: s.NewBuiltin("columns", "", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			return s.FromGo(self(args).Columns())
		})})
	TableType.SetAttr("shape", &s.Property{Name: "shape", Doc: s.Str("(rows, columns)."),
		Get: s.NewBuiltin("shape", "", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			t := self(args)
			return s.Tuple{s.Int(t.Len()), s.Int(t.NumColumns())}
		})})
}

// FromColumns builds a table of float columns in the given order; it is a
// convenience for bindings (names and columns must have equal lengths).
func FromColumns(names []string, cols [][]float64) *tbl.Table {
	t := tbl.New()
	for i, n := range names {
		if err := t.AddFloat(n, cols[i]); err != nil {
			panic(err)
		}
	}
	return t
}
