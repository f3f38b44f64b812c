package scripting

import (
	"crypto/rand"
	"encoding/hex"
)

// Rich display: one path for execute results, display() and updates. Objects
// render to MIME bundles: script classes through _repr_html_ and friends, Go
// types by implementing MimeBundler. Without a display hook (scripts), the
// text/plain part is printed.

// MimeBundler is implemented by Go types that render richly in notebooks.
type MimeBundler interface {
	MimeBundle(th *Thread) map[string]any
}

var reprMethods = []struct{ method, mime string }{
	{"_repr_html_", "text/html"},
	{"_repr_markdown_", "text/markdown"},
	{"_repr_svg_", "image/svg+xml"},
	{"_repr_png_", "image/png"},
	{"_repr_jpeg_", "image/jpeg"},
	{"_repr_latex_", "text/latex"},
	{"_repr_json_", "application/json"},
}

// MimeBundle renders a value for Jupyter: text/plain always, plus every
// rich representation the object offers.
func (in *Interp) MimeBundle(v Object) map[string]any {
	th := in.th
	bundle := map[string]any{"text/plain": Repr(th, v)}
	if mb, ok := v.(MimeBundler); ok {
		for k, x := range mb.MimeBundle(th) {
			bundle[k] = x
		}
		return bundle
	}
	if _, ok := v.(*Instance); !ok {
		return bundle
	}
	if m := lookupSpecial(TypeOf(v), "_repr_mimebundle_"); m != nil {
		if d, ok := call1(th, m, v).(*Dict); ok {
			d.Items(func(k, x Object) { bundle[ToStr(th, k)] = ToGo(th, x) })
		}
	}
	for _, r := range reprMethods {
		m := lookupSpecial(TypeOf(v), r.method)
		if m == nil {
			continue
		}
		x := call1(th, m, v)
		switch y := x.(type) {
		case NoneType:
		case Str:
			bundle[r.mime] = string(y)
		case Bytes:
			bundle[r.mime] = []byte(y)
		default:
			bundle[r.mime] = ToGo(th, x)
		}
	}
	return bundle
}

// ToGo converts script data (dicts, lists, numbers, strings) to Go values
// for JSON encoding.
func ToGo(th *Thread, o Object) any {
	switch v := o.(type) {
	case NoneType:
		return nil
	case Bool:
		return bool(v)
	case Int:
		return int64(v)
	case Float:
		return float64(v)
	case Str:
		return string(v)
	case *List:
		out := make([]any, len(v.V))
		for i, x := range v.V {
			out[i] = ToGo(th, x)
		}
		return out
	case Tuple:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = ToGo(th, x)
		}
		return out
	case *Dict:
		out := map[string]any{}
		v.Items(func(k, x Object) { out[ToStr(th, k)] = ToGo(th, x) })
		return out
	}
	return ToStr(th, o)
}

// DisplayHandle is what display() returns: it updates its output in place.
type DisplayHandle struct {
	ID string
}

var DisplayHandleType = NewType("DisplayHandle", ObjectType, "A handle on one displayed output; .update(obj) replaces it in place.")

func (d *DisplayHandle) PyType() *Type { return DisplayHandleType }

// Display publishes obj (display_data, or update_display_data when update).
func (in *Interp) Display(obj Object, displayID string, update bool) {
	if in.opts.Display == nil {
		if !update {
			writeTo(in.th, nil, ToStr(in.th, obj)+"\n")
		}
		return
	}
	in.opts.Display(in.MimeBundle(obj), map[string]any{}, displayID, update)
}

func newDisplayID() string {
	var b [8]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

func init() {
	method(DisplayHandleType, "update", "Replace the displayed output with obj.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("update", args, 2, 2)
		th.interp.Display(args[1], args[0].(*DisplayHandle).ID, true)
		return None
	})
	method(DisplayHandleType, "display", "Show obj as a new output with this handle's id.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("display", args, 2, 2)
		th.interp.Display(args[1], args[0].(*DisplayHandle).ID, false)
		return None
	})
	method(DisplayHandleType, "__repr__", "", func(th *Thread, args []Object, kw Kwargs) Object {
		return Str("<DisplayHandle display_id=" + args[0].(*DisplayHandle).ID + ">")
	})
	DisplayHandleType.Dict["display_id"] = &Property{Name: "display_id", Get: NewBuiltin("display_id", "", func(th *Thread, args []Object, kw Kwargs) Object {
		return Str(args[0].(*DisplayHandle).ID)
	})}
}

func addDisplayBuiltins(m *Module) {
	m.AddFunc("display", "(*objs, display_id=None, update=False)", "Show objects as rich output (HTML, SVG, images, text) in the notebook; in a script, print them.\n\nWith display_id=True a new id is made; the returned handle's .update(obj) replaces the output in place.", func(th *Thread, args []Object, kw Kwargs) Object {
		var id string
		update := false
		for _, k := range kw {
			switch k.Name {
			case "display_id":
				switch v := k.Value.(type) {
				case Bool:
					if v {
						id = newDisplayID()
					}
				case NoneType:
				default:
					id = ToStr(th, v)
				}
			case "update":
				update = Truth(th, k.Value)
			default:
				Raise(TypeErrorType, "display() got an unexpected keyword argument '%s'", k.Name)
			}
		}
		for _, o := range args {
			th.interp.Display(o, id, update)
		}
		if id != "" {
			return &DisplayHandle{ID: id}
		}
		return None
	})
	m.AddFunc("clear_output", "(wait=False)", "Clear the output of the current cell; with wait=True, only when new output arrives.", func(th *Thread, args []Object, kw Kwargs) Object {
		a := Args("clear_output", args, kw, "wait?")
		wait := a[0] != nil && Truth(th, a[0])
		if th.interp.opts.ClearOutput != nil {
			th.interp.opts.ClearOutput(wait)
		}
		return None
	})
}

// DisplayBundle publishes a ready MIME bundle (display_data, or
// update_display_data when update); in scripts it prints the text/plain part.
func (in *Interp) DisplayBundle(bundle map[string]any, displayID string, update bool) {
	if in.opts.Display == nil {
		if t, ok := bundle["text/plain"].(string); ok && !update {
			writeTo(in.th, nil, t+"\n")
		}
		return
	}
	in.opts.Display(bundle, map[string]any{}, displayID, update)
}
