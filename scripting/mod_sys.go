package scripting

import (
	"io"
	"runtime"
	"strings"
	"sync"
)

// Version is the Lumen version reported by sys.version and the kernel.
var Version = "0.1.0"

// StreamWriter is sys.stdout / sys.stderr: a script object around a writer.
type StreamWriter struct {
	Name string
	W    io.Writer
	mu   sync.Mutex
}

// structSeq builds a named tuple-like value (sys.version_info, sys.float_info).
func structSeq(name string, fields []string, values Tuple) *Instance {
	short := name[strings.LastIndexByte(name, '.')+1:]
	t := &Type{Name: short, Module: "sys", Bases: []*Type{TupleType}, Dict: map[string]Object{}}
	t.MRO = computeMRO(t)
	t.New = TupleType.New
	t.Dict["__repr__"] = NewBuiltin("__repr__", "", func(th *Thread, args []Object, kw Kwargs) Object {
		v := args[0].(*Instance).Payload.(Tuple)
		parts := make([]string, len(fields))
		for i, f := range fields {
			parts[i] = f + "=" + Repr(th, v[i])
		}
		return Str(name + "(" + strings.Join(parts, ", ") + ")")
	})
	inst := &Instance{Class: t, Dict: map[string]Object{}, Payload: values}
	for i, f := range fields {
		inst.Dict[f] = values[i]
	}
	return inst
}

var StreamType = NewType("TextIOWrapper", ObjectType, "A text stream (sys.stdout, sys.stderr).")

func (s *StreamWriter) PyType() *Type { return StreamType }

func init() {
	method(StreamType, "write", "Write string to stream.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("write", args, 2, 2)
		sw := args[0].(*StreamWriter)
		str, ok := args[1].(Str)
		if !ok {
			Raise(TypeErrorType, "write() argument must be str, not %s", typeName(args[1]))
		}
		sw.mu.Lock()
		io.WriteString(sw.W, string(str))
		sw.mu.Unlock()
		return Int(strLen(string(str)))
	})
	method(StreamType, "flush", "Flush the stream.", func(th *Thread, args []Object, kw Kwargs) Object {
		if f, ok := args[0].(*StreamWriter).W.(interface{ Flush() error }); ok {
			f.Flush()
		}
		return None
	})
	method(StreamType, "isatty", "Return whether this is an interactive stream.", func(th *Thread, args []Object, kw Kwargs) Object {
		return False
	})
	method(StreamType, "writelines", "Write a list of lines.", func(th *Thread, args []Object, kw Kwargs) Object {
		sw := args[0].(*StreamWriter)
		ForEach(th, args[1], func(x Object) { io.WriteString(sw.W, ToStr(th, x)) })
		return None
	})
	StreamType.Dict["name"] = &Property{Name: "name", Get: NewBuiltin("name", "", func(th *Thread, args []Object, kw Kwargs) Object {
		return Str("<" + args[0].(*StreamWriter).Name + ">")
	})}
	RegisterModule("sys", newSysModule)
}

func (w *StreamWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.W.Write(p)
}

func newSysModule(in *Interp) *Module {
	m := NewModule("sys", "System-specific parameters and functions.")
	argv := &List{}
	for _, a := range in.Argv {
		argv.V = append(argv.V, Str(a))
	}
	m.Set("argv", argv)
	path := &List{}
	for _, p := range in.Path {
		path.V = append(path.V, Str(p))
	}
	m.Set("path", path)
	m.Set("stdout", &StreamWriter{Name: "stdout", W: in.Stdout})
	m.Set("stderr", &StreamWriter{Name: "stderr", W: in.Stderr})
	m.Set("__stdout__", m.Get("stdout"))
	m.Set("__stderr__", m.Get("stderr"))
	m.Set("version", Str("3.11.0 (Lumen "+Version+", "+runtime.Version()+")"))
	m.Set("version_info", structSeq("sys.version_info", []string{"major", "minor", "micro", "releaselevel", "serial"}, Tuple{Int(3), Int(11), Int(0), Str("final"), Int(0)}))
	m.Set("platform", Str(runtime.GOOS))
	m.Set("implementation", Str("lumen"))
	m.Set("maxsize", Int(1<<63-1))
	m.Set("byteorder", Str("little"))
	m.Set("executable", Str("lumen"))
	m.Set("float_info", structSeq("sys.float_info", []string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"},
		Tuple{Float(1.7976931348623157e+308), Int(1024), Int(308), Float(2.2250738585072014e-308), Int(-1021), Int(-307), Int(15), Int(53), Float(2.220446049250313e-16), Int(2), Int(1)}))
	m.Set("int_info", structSeq("sys.int_info", []string{"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"}, Tuple{Int(30), Int(4), Int(4300), Int(640)}))
	mods := NewDict()
	for name, mod := range in.modules {
		if !strings.Contains(name, ":") {
			mods.SetStr(name, mod)
		}
	}
	mods.SetStr("sys", m)
	m.Set("modules", mods)
	m.AddFunc("exit", "(status=None, /)", "Exit the interpreter by raising SystemExit(status).", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("exit", args, 0, 1)
		panic(NewExc(SystemExitType, args...))
	})
	m.AddFunc("getrecursionlimit", "()", "Return the current value of the recursion limit.", func(th *Thread, args []Object, kw Kwargs) Object {
		return Int(th.limit)
	})
	m.AddFunc("setrecursionlimit", "(limit, /)", "Set the maximum depth of the Python interpreter stack to limit.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("setrecursionlimit", args, 1, 1)
		n := Index(th, args[0])
		if n < 1 {
			Raise(ValueErrorType, "recursion limit must be greater or equal than 1")
		}
		if n > 200000 {
			Raise(ValueErrorType, "recursion limit %d is above Lumen's maximum of 200000", n)
		}
		if n <= th.depth {
			Raise(RecursionErrorType, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", n, th.depth)
		}
		th.limit = n
		return None
	})
	m.AddFunc("exc_info", "()", "Return information about the most recent exception caught by an except clause.", func(th *Thread, args []Object, kw Kwargs) Object {
		if len(th.handling) == 0 {
			return Tuple{None, None, None}
		}
		e := th.handling[len(th.handling)-1]
		return Tuple{e.Class, e, None}
	})
	m.AddFunc("getsizeof", "(obj)", "Not supported.", func(th *Thread, args []Object, kw Kwargs) Object {
		Raise(NotImplementedErrorType, "sys.getsizeof is not supported in the Lumen dialect")
		return nil
	})
	m.AddFunc("intern", "(string, /)", "Return the string itself.", func(th *Thread, args []Object, kw Kwargs) Object { return args[0] })
	return m
}
