package scripting

import (
	"fmt"
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

var versionInfoType = &Type{Name: "version_info", Module: "sys", Bases: []*Type{TupleType}, Dict: map[string]Object{}}

func init() {
	versionInfoType.MRO = computeMRO(versionInfoType)
	versionInfoType.New = TupleType.New
	versionInfoType.Dict["__repr__"] = NewBuiltin("__repr__", "", func(th *Thread, args []Object, kw Kwargs) Object {
		t := args[0].(*Instance).Payload.(Tuple)
		return Str(fmt.Sprintf("sys.version_info(major=%s, minor=%s, micro=%s, releaselevel=%s, serial=%s)", Repr(th, t[0]), Repr(th, t[1]), Repr(th, t[2]), Repr(th, t[3]), Repr(th, t[4])))
	})
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
	vi := &Instance{Class: versionInfoType, Dict: map[string]Object{}, Payload: Tuple{Int(3), Int(11), Int(0), Str("final"), Int(0)}}
	for i, n := range []string{"major", "minor", "micro", "releaselevel", "serial"} {
		vi.Dict[n] = vi.Payload.(Tuple)[i]
	}
	m.Set("version_info", vi)
	m.Set("platform", Str(runtime.GOOS))
	m.Set("implementation", Str("lumen"))
	m.Set("maxsize", Int(1<<63-1))
	m.Set("byteorder", Str("little"))
	m.Set("executable", Str("lumen"))
	m.Set("float_info", Tuple{Float(1.7976931348623157e+308), Int(1024), Int(308), Float(2.2250738585072014e-308), Int(-1021), Int(-307), Int(15), Int(53), Float(2.220446049250313e-16), Int(2), Int(1)})
	m.Set("modules", NewDict())
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
	_ = strings.TrimSpace
	return m
}
