package scripting

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// fileHandle is where a File's contents go: read files are loaded whole;
// written files are written to a temp file and renamed on close, so a script
// that fails midway never leaves a half-written file.
type fileHandle struct {
	path   string
	tmp    *os.File
	append bool
}

// raiseOSError maps Go file errors to the matching OSError subclass.
func raiseOSError(err error, path string) {
	t := OSErrorType
	errno := Object(None)
	var se syscall.Errno
	if errors.As(err, &se) {
		errno = Int(int(se))
	}
	msg := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		msg = pe.Err.Error()
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		t = FileNotFoundErrorType
		msg = "No such file or directory"
		errno = Int(2)
	case errors.Is(err, fs.ErrExist):
		t = FileExistsErrorType
		msg = "File exists"
		errno = Int(17)
	case errors.Is(err, fs.ErrPermission):
		t = PermissionErrorType
		msg = "Permission denied"
		errno = Int(13)
	case errors.Is(err, syscall.EISDIR):
		t = IsADirectoryErrorType
		msg = "Is a directory"
		errno = Int(21)
	case errors.Is(err, syscall.ENOTDIR):
		t = NotADirectoryErrorType
		msg = "Not a directory"
		errno = Int(20)
	case errors.Is(err, syscall.ENOTEMPTY):
		msg = "Directory not empty"
		errno = Int(39)
	}
	panic(NewExc(t, errno, Str(msg), Str(path)))
}

func openFile(th *Thread, path, mode string) *File {
	f := &File{Name: path, Mode: mode, binary: strings.Contains(mode, "b")}
	switch {
	case strings.ContainsAny(mode, "wax"):
		if strings.Contains(mode, "x") {
			if _, err := os.Stat(path); err == nil {
				raiseOSError(fs.ErrExist, path)
			}
		}
		dir := filepath.Dir(path)
		if st, err := os.Stat(dir); err != nil || !st.IsDir() {
			raiseOSError(fs.ErrNotExist, path)
		}
		if st, err := os.Stat(path); err == nil && st.IsDir() {
			raiseOSError(syscall.EISDIR, path)
		}
		tmp, err := os.CreateTemp(dir, ".lumen-write-*")
		if err != nil {
			raiseOSError(err, path)
		}
		h := &fileHandle{path: path, tmp: tmp, append: strings.Contains(mode, "a")}
		if h.append {
			if old, err := os.ReadFile(path); err == nil {
				tmp.Write(old)
			}
		}
		f.f = h
		f.w = &strings.Builder{}
		if strings.Contains(mode, "+") {
			f.data = nil
		}
	default:
		data, err := os.ReadFile(path)
		if err != nil {
			raiseOSError(err, path)
		}
		f.data = data
	}
	return f
}

func (f *File) checkOpen() {
	if f.closed {
		Raise(ValueErrorType, "I/O operation on closed file.")
	}
}

func (f *File) write(th *Thread, s string) int {
	f.checkOpen()
	if f.w == nil {
		Raise(OSErrorType, "not writable")
	}
	f.w.WriteString(s)
	if f.w.Len() > 1<<16 {
		f.flush()
	}
	return strLen(s)
}

func (f *File) flush() {
	if f.f != nil && f.w != nil && f.w.Len() > 0 {
		f.f.tmp.WriteString(f.w.String())
		f.w.Reset()
	}
}

// Close flushes and atomically moves written data into place.
func (f *File) Close() {
	if f.closed {
		return
	}
	f.closed = true
	if f.f != nil {
		f.flush()
		name := f.f.tmp.Name()
		f.f.tmp.Close()
		if err := os.Rename(name, f.f.path); err != nil {
			os.Remove(name)
			raiseOSError(err, f.f.path)
		}
	}
}

func (f *File) readAll() string {
	f.checkOpen()
	if f.w != nil && f.data == nil {
		Raise(OSErrorType, "not readable")
	}
	s := string(f.data[f.pos:])
	f.pos = len(f.data)
	return s
}

func (f *File) readLine() string {
	f.checkOpen()
	if f.pos >= len(f.data) {
		return ""
	}
	rest := f.data[f.pos:]
	i := strings.IndexByte(string(rest), '\n')
	if i < 0 {
		f.pos = len(f.data)
		return string(rest)
	}
	f.pos += i + 1
	return string(rest[:i+1])
}

func (f *File) wrap(s string) Object {
	if f.binary {
		return Bytes(s)
	}
	return Str(strings.ReplaceAll(s, "\r\n", "\n"))
}

// Next makes files iterable by line.
func (f *File) Next(th *Thread) (Object, bool) {
	l := f.readLine()
	if l == "" {
		return nil, false
	}
	return f.wrap(l), true
}

func fileSelf(args []Object) *File {
	f, ok := args[0].(*File)
	if !ok {
		Raise(TypeErrorType, "expected a file object")
	}
	return f
}

func init() {
	method(FileType, "read", "Read at most size characters; all if size is omitted.", func(th *Thread, args []Object, kw Kwargs) Object {
		f := fileSelf(args)
		if len(args) > 1 && args[1] != None {
			n := Index(th, args[1])
			if n >= 0 {
				f.checkOpen()
				rest := f.data[f.pos:]
				if n > len(rest) {
					n = len(rest)
				}
				f.pos += n
				return f.wrap(string(rest[:n]))
			}
		}
		return f.wrap(f.readAll())
	})
	method(FileType, "readline", "Read until newline or EOF.", func(th *Thread, args []Object, kw Kwargs) Object {
		f := fileSelf(args)
		return f.wrap(f.readLine())
	})
	method(FileType, "readlines", "Return a list of lines from the stream.", func(th *Thread, args []Object, kw Kwargs) Object {
		f := fileSelf(args)
		out := &List{V: []Object{}}
		for {
			l := f.readLine()
			if l == "" {
				return out
			}
			out.V = append(out.V, f.wrap(l))
		}
	})
	method(FileType, "write", "Write string to stream. Returns the number of characters written.", func(th *Thread, args []Object, kw Kwargs) Object {
		f := fileSelf(args)
		checkArgs("write", args, 2, 2)
		switch v := args[1].(type) {
		case Str:
			if f.binary {
				Raise(TypeErrorType, "a bytes-like object is required, not 'str'")
			}
			return Int(f.write(th, string(v)))
		case Bytes:
			if !f.binary {
				Raise(TypeErrorType, "write() argument must be str, not bytes")
			}
			f.write(th, string(v))
			return Int(len(v))
		}
		Raise(TypeErrorType, "write() argument must be str, not %s", typeName(args[1]))
		return nil
	})
	method(FileType, "writelines", "Write a list of lines to stream.", func(th *Thread, args []Object, kw Kwargs) Object {
		f := fileSelf(args)
		ForEach(th, args[1], func(x Object) { f.write(th, ToStr(th, x)) })
		return None
	})
	method(FileType, "close", "Flush and close the file.", func(th *Thread, args []Object, kw Kwargs) Object {
		fileSelf(args).Close()
		return None
	})
	method(FileType, "flush", "Flush write buffers.", func(th *Thread, args []Object, kw Kwargs) Object {
		fileSelf(args).flush()
		return None
	})
	method(FileType, "__enter__", "", func(th *Thread, args []Object, kw Kwargs) Object { return args[0] })
	method(FileType, "__exit__", "", func(th *Thread, args []Object, kw Kwargs) Object {
		fileSelf(args).Close()
		return False
	})
	method(FileType, "__iter__", "", func(th *Thread, args []Object, kw Kwargs) Object { return args[0] })
	method(FileType, "__next__", "", func(th *Thread, args []Object, kw Kwargs) Object {
		v, ok := fileSelf(args).Next(th)
		if !ok {
			panic(NewExc(StopIterationType))
		}
		return v
	})
	method(FileType, "__repr__", "", func(th *Thread, args []Object, kw Kwargs) Object {
		f := fileSelf(args)
		return Str("<_io.TextIOWrapper name=" + strRepr(f.Name) + " mode=" + strRepr(f.Mode) + " encoding='UTF-8'>")
	})
	FileType.Dict["closed"] = &Property{Name: "closed", Get: NewBuiltin("closed", "", func(th *Thread, args []Object, kw Kwargs) Object { return Bool(fileSelf(args).closed) })}
	FileType.Dict["name"] = &Property{Name: "name", Get: NewBuiltin("name", "", func(th *Thread, args []Object, kw Kwargs) Object { return Str(fileSelf(args).Name) })}
	FileType.Dict["mode"] = &Property{Name: "mode", Get: NewBuiltin("mode", "", func(th *Thread, args []Object, kw Kwargs) Object { return Str(fileSelf(args).Mode) })}
}
