package stdlib

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"syscall"

	s "github.com/lumenlab/lumen/scripting"
)

// The os and os.path modules (POSIX flavour).

// raiseOS maps a Go error to the OSError subclass CPython raises.
func raiseOS(err error, path string, hasPath bool) {
	t := s.OSErrorType
	var errno s.Object = s.None
	msg := err.Error()
	var pe *fs.PathError
	var le *os.LinkError
	var se syscall.Errno
	if errors.As(err, &se) {
		errno = s.Int(int(se))
		msg = se.Error()
		if msg != "" {
			msg = strings.ToUpper(msg[:1]) + msg[1:]
		}
	} else if errors.As(err, &pe) {
		msg = pe.Err.Error()
	} else if errors.As(err, &le) {
		msg = le.Err.Error()
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		t, errno, msg = s.FileNotFoundErrorType, s.Int(2), "No such file or directory"
	case errors.Is(err, fs.ErrExist):
		t, errno, msg = s.FileExistsErrorType, s.Int(17), "File exists"
	case errors.Is(err, fs.ErrPermission):
		t, errno, msg = s.PermissionErrorType, s.Int(13), "Permission denied"
	case errors.Is(err, syscall.EISDIR):
		t, errno, msg = s.IsADirectoryErrorType, s.Int(21), "Is a directory"
	case errors.Is(err, syscall.ENOTDIR):
		t, errno, msg = s.NotADirectoryErrorType, s.Int(20), "Not a directory"
	case errors.Is(err, syscall.ENOTEMPTY):
		errno, msg = s.Int(39), "Directory not empty"
	}
	if !hasPath {
		s.RaiseObj(s.NewExc(t, errno, s.Str(msg)))
	}
	s.RaiseObj(s.NewExc(t, errno, s.Str(msg), s.Str(path)))
}

// pathArg accepts str, bytes and os.PathLike objects.
func pathArg(th *s.Thread, fn string, o s.Object) string {
	switch v := jsonUnwrap(o).(type) {
	case s.Str:
		return string(v)
	case s.Bytes:
		return string(v)
	}
	if m := s.LookupSpecial(o, "__fspath__"); m != nil {
		r := s.Call(th, m, []s.Object{o}, nil)
		if str, ok := r.(s.Str); ok {
			return string(str)
		}
	}
	s.Raise(s.TypeErrorType, "%s: path should be string, bytes or os.PathLike, not %s", fn, s.TypeNameOf(o))
	return ""
}

// ---- stat_result ----

var statResultType = s.NewType("stat_result", s.ObjectType, "stat_result: Result from stat, fstat, or lstat.")

type statResult struct{ vals []s.Object }

func (*statResult) PyType() *s.Type { return statResultType }

var statFields = []string{"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"}

func newStat(fi os.FileInfo) *statResult {
	st := &statResult{vals: make([]s.Object, 10)}
	mode := int64(fi.Mode().Perm())
	switch {
	case fi.IsDir():
		mode |= syscall.S_IFDIR
	case fi.Mode()&os.ModeSymlink != 0:
		mode |= syscall.S_IFLNK
	case fi.Mode().IsRegular():
		mode |= syscall.S_IFREG
	}
	var ino, dev, nlink, uid, gid int64
	mt := fi.ModTime()
	mtime := float64(mt.Unix()) + float64(mt.Nanosecond())*1e-9
	atime, ctime := mtime, mtime
	if sys, ok := fi.Sys().(*syscall.Stat_t); ok {
		mode = int64(sys.Mode)
		ino, dev, nlink, uid, gid = int64(sys.Ino), int64(sys.Dev), int64(sys.Nlink), int64(sys.Uid), int64(sys.Gid)
		atime, mtime, ctime = statTimes(sys)
	}
	st.vals = []s.Object{s.Int(mode), s.Int(ino), s.Int(dev), s.Int(nlink), s.Int(uid), s.Int(gid), s.Int(fi.Size()),
		s.Float(atime), s.Float(mtime), s.Float(ctime)}
	return st
}

func init() {
	statResultType.Module = "os"
	for i, name := range statFields {
		i := i
		property(statResultType, name, func(self s.Object) s.Object { return self.(*statResult).vals[i] })
	}
	method(statResultType, "__getitem__", "(key, /)", "Return self[key].", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		st := args[0].(*statResult)
		t := s.Tuple{}
		for _, v := range st.vals[:7] {
			t = append(t, v)
		}
		for _, v := range st.vals[7:] {
			f := float64(v.(s.Float))
			t = append(t, s.Int(int64(f)))
		}
		return s.GetItem(th, t, args[1])
	})
	method(statResultType, "__len__", "()", "Return len(self).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object { return s.Int(10) })
	method(statResultType, "__repr__", "()", "Return repr(self).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		st := args[0].(*statResult)
		parts := make([]string, 10)
		for i, n := range statFields {
			v := st.vals[i]
			if i >= 7 {
				v = s.Int(int64(float64(v.(s.Float))))
			}
			parts[i] = n + "=" + s.Repr(th, v)
		}
		return s.Str("os.stat_result(" + strings.Join(parts, ", ") + ")")
	})

	s.RegisterModule("os", newOSModule)
	s.RegisterModule("os.path", func(in *s.Interp) *s.Module { return newPathModule() })
}

func listdirOrder(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.Readdirnames(-1)
}

func newOSModule(in *s.Interp) *s.Module {
	m := s.NewModule("os", "OS routines for NT or Posix depending on what system we're on.")
	pm := newPathModule()
	m.Set("path", pm)
	m.Set("name", s.Str("posix"))
	m.Set("sep", s.Str("/"))
	m.Set("altsep", s.None)
	m.Set("extsep", s.Str("."))
	m.Set("pathsep", s.Str(":"))
	m.Set("linesep", s.Str("\n"))
	m.Set("curdir", s.Str("."))
	m.Set("pardir", s.Str(".."))
	m.Set("devnull", s.Str("/dev/null"))
	m.Set("stat_result", statResultType)
	env := s.NewDict()
	envs := os.Environ()
	for _, kv := range envs {
		if i := strings.IndexByte(kv, '='); i > 0 {
			env.SetItem(nil, s.Str(kv[:i]), s.Str(kv[i+1:]))
		}
	}
	m.Set("environ", env)
	m.AddFunc("getenv", "(key, default=None)", "Get an environment variable, return None if it doesn't exist.\nThe optional second argument can specify an alternate default.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("getenv", args, kw, "key", "default?")
		if _, ok := a[0].(s.Str); !ok {
			s.Raise(s.TypeErrorType, "str expected, not %s", s.TypeNameOf(a[0]))
		}
		if v := env.GetItem(th, a[0]); v != nil {
			return v
		}
		if a[1] != nil {
			return a[1]
		}
		return s.None
	})
	m.AddFunc("getcwd", "()", "Return a unicode string representing the current working directory.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		d, err := os.Getwd()
		if err != nil {
			raiseOS(err, "", false)
		}
		return s.Str(d)
	})
	m.AddFunc("chdir", "(path)", "Change the current working directory to the specified path.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("chdir", args, kw, "path")
		p := pathArg(th, "chdir", a[0])
		if err := os.Chdir(p); err != nil {
			raiseOS(err, p, true)
		}
		return s.None
	})
	m.AddFunc("listdir", "(path=None)", "Return a list containing the names of the files in the directory.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("listdir", args, kw, "path?")
		p := "."
		if a[0] != nil && !isNone(a[0]) {
			p = pathArg(th, "listdir", a[0])
		}
		names, err := listdirOrder(p)
		if err != nil {
			raiseOS(err, p, true)
		}
		out := make([]s.Object, len(names))
		for i, n := range names {
			out[i] = s.Str(n)
		}
		return s.NewList(out)
	})
	m.AddFunc("mkdir", "(path, mode=511, *, dir_fd=None)", "Create a directory.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("mkdir", args, kw, "path", "mode?", "*", "dir_fd?")
		p := pathArg(th, "mkdir", a[0])
		mode := 0o777
		if a[1] != nil {
			mode = intArg(th, a[1])
		}
		if err := os.Mkdir(p, os.FileMode(mode)); err != nil {
			raiseOS(err, p, true)
		}
		return s.None
	})
	m.AddFunc("makedirs", "(name, mode=511, exist_ok=False)", "makedirs(name [, mode=0o777][, exist_ok=False])\n\nSuper-mkdir; create a leaf directory and all intermediate ones.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("makedirs", args, kw, "name", "mode?", "exist_ok?")
		p := pathArg(th, "makedirs", a[0])
		mode := 0o777
		if a[1] != nil {
			mode = intArg(th, a[1])
		}
		existOK := a[2] != nil && s.Truth(th, a[2])
		if fi, err := os.Stat(p); err == nil {
			if existOK && fi.IsDir() {
				return s.None
			}
			raiseOS(fs.ErrExist, p, true)
		}
		if err := os.MkdirAll(p, os.FileMode(mode)); err != nil {
			raiseOS(err, p, true)
		}
		return s.None
	})
	rm := func(name string) {
		m.AddFunc(name, "(path, *, dir_fd=None)", "Remove a file (same as unlink()).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			a := s.Args(name, args, kw, "path", "*", "dir_fd?")
			p := pathArg(th, name, a[0])
			fi, err := os.Lstat(p)
			if err == nil && fi.IsDir() {
				raiseOS(syscall.EISDIR, p, true)
			}
			if err := syscall.Unlink(p); err != nil {
				raiseOS(err, p, true)
			}
			return s.None
		})
	}
	rm("remove")
	rm("unlink")
	m.AddFunc("rmdir", "(path, *, dir_fd=None)", "Remove a directory.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("rmdir", args, kw, "path", "*", "dir_fd?")
		p := pathArg(th, "rmdir", a[0])
		if err := syscall.Rmdir(p); err != nil {
			raiseOS(err, p, true)
		}
		return s.None
	})
	for _, name := range []string{"rename", "replace"} {
		name := name
		m.AddFunc(name, "(src, dst, *, src_dir_fd=None, dst_dir_fd=None)", "Rename a file or directory.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			a := s.Args(name, args, kw, "src", "dst", "*", "src_dir_fd?", "dst_dir_fd?")
			src, dst := pathArg(th, name, a[0]), pathArg(th, name, a[1])
			if err := syscall.Rename(src, dst); err != nil {
				raiseOS(err, src, true)
			}
			return s.None
		})
	}
	m.AddFunc("stat", "(path, *, dir_fd=None, follow_symlinks=True)", "Perform a stat system call on the given path.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("stat", args, kw, "path", "*", "dir_fd?", "follow_symlinks?")
		p := pathArg(th, "stat", a[0])
		var fi os.FileInfo
		var err error
		if a[2] != nil && !s.Truth(th, a[2]) {
			fi, err = os.Lstat(p)
		} else {
			fi, err = os.Stat(p)
		}
		if err != nil {
			raiseOS(err, p, true)
		}
		return newStat(fi)
	})
	m.AddFunc("lstat", "(path, *, dir_fd=None)", "Perform a stat system call on the given path, without following symbolic links.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("lstat", args, kw, "path", "*", "dir_fd?")
		p := pathArg(th, "lstat", a[0])
		fi, err := os.Lstat(p)
		if err != nil {
			raiseOS(err, p, true)
		}
		return newStat(fi)
	})
	m.AddFunc("getpid", "()", "Return the current process id.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		return s.Int(os.Getpid())
	})
	m.AddFunc("cpu_count", "()", "Return the number of CPUs in the system; return None if indeterminable.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		return s.Int(runtime.NumCPU())
	})
	m.AddFunc("fspath", "(path)", "Return the file system path representation of the object.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("fspath", args, kw, "path")
		switch a[0].(type) {
		case s.Str, s.Bytes:
			return a[0]
		}
		return s.Str(pathArg(th, "fspath", a[0]))
	})
	m.AddFunc("walk", "(top, topdown=True, onerror=None, followlinks=False)", "Directory tree generator.\n\nFor each directory in the directory tree rooted at top (including top\nitself, but excluding '.' and '..'), yields a 3-tuple\n\n    dirpath, dirnames, filenames", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("walk", args, kw, "top", "topdown?", "onerror?", "followlinks?")
		top := pathArg(th, "walk", a[0])
		topdown := a[1] == nil || s.Truth(th, a[1])
		var onerror s.Object
		if a[2] != nil && !isNone(a[2]) {
			onerror = a[2]
		}
		follow := a[3] != nil && s.Truth(th, a[3])
		return osWalk(th, top, topdown, onerror, follow)
	})
	return m
}

// scanDir lists a directory in readdir order, split into dirs and files.
func scanDir(th *s.Thread, top string, onerror s.Object) (dirs, files []string, ok bool) {
	names, err := listdirOrder(top)
	if err != nil {
		if onerror != nil {
			var exc *s.Instance
			exc = th.Try(func() { raiseOS(err, top, true) })
			s.Call(th, onerror, []s.Object{exc}, nil)
		}
		return nil, nil, false
	}
	for _, n := range names {
		fi, err := os.Stat(filepath.Join(top, n))
		if err == nil && fi.IsDir() {
			dirs = append(dirs, n)
		} else {
			files = append(files, n)
		}
	}
	return dirs, files, true
}

func strList(xs []string) *s.List {
	out := make([]s.Object, len(xs))
	for i, x := range xs {
		out[i] = s.Str(x)
	}
	return s.NewList(out)
}

func joinPath(a, b string) string {
	if strings.HasPrefix(b, "/") {
		return b
	}
	if a == "" || strings.HasSuffix(a, "/") {
		return a + b
	}
	return a + "/" + b
}

func osWalk(th *s.Thread, top string, topdown bool, onerror s.Object, follow bool) s.Object {
	isLink := func(p string) bool {
		fi, err := os.Lstat(p)
		return err == nil && fi.Mode()&os.ModeSymlink != 0
	}
	if !topdown {
		var out []s.Object
		var rec func(dir string)
		rec = func(dir string) {
			dirs, files, ok := scanDir(th, dir, onerror)
			if !ok {
				return
			}
			for _, d := range dirs {
				p := joinPath(dir, d)
				if follow || !isLink(p) {
					rec(p)
				}
			}
			out = append(out, s.Tuple{s.Str(dir), strList(dirs), strList(files)})
		}
		rec(top)
		i := 0
		return s.NewGoIter("generator", func(th *s.Thread) (s.Object, bool) {
			if i < len(out) {
				i++
				return out[i-1], true
			}
			return nil, false
		})
	}
	stack := []string{top}
	var lastDir string
	var lastDirs *s.List
	return s.NewGoIter("generator", func(th *s.Thread) (s.Object, bool) {
		if lastDirs != nil {
			var kids []string
			for _, d := range lastDirs.V {
				p := joinPath(lastDir, s.ToStr(th, d))
				if follow || !isLink(p) {
					kids = append(kids, p)
				}
			}
			for i := len(kids) - 1; i >= 0; i-- {
				stack = append(stack, kids[i])
			}
			lastDirs = nil
		}
		for len(stack) > 0 {
			dir := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			dirs, files, ok := scanDir(th, dir, onerror)
			if !ok {
				continue
			}
			lastDir, lastDirs = dir, strList(dirs)
			return s.Tuple{s.Str(dir), lastDirs, strList(files)}, true
		}
		return nil, false
	})
}

// ---- os.path (posixpath) ----

func splitPath(p string) (string, string) {
	i := strings.LastIndex(p, "/") + 1
	head, tail := p[:i], p[i:]
	if head != "" && head != strings.Repeat("/", len(head)) {
		head = strings.TrimRight(head, "/")
	}
	return head, tail
}

func splitExt(p string) (string, string) {
	sep := strings.LastIndex(p, "/")
	dot := strings.LastIndex(p, ".")
	if dot > sep {
		for fi := sep + 1; fi < dot; fi++ {
			if p[fi] != '.' {
				return p[:dot], p[dot:]
			}
		}
	}
	return p, ""
}

func normPath(path string) string {
	if path == "" {
		return "."
	}
	initial := 0
	if strings.HasPrefix(path, "/") {
		initial = 1
		if strings.HasPrefix(path, "//") && !strings.HasPrefix(path, "///") {
			initial = 2
		}
	}
	var comps []string
	for _, c := range strings.Split(path, "/") {
		if c == "" || c == "." {
			continue
		}
		if c != ".." || (initial == 0 && len(comps) == 0) || (len(comps) > 0 && comps[len(comps)-1] == "..") {
			comps = append(comps, c)
		} else if len(comps) > 0 {
			comps = comps[:len(comps)-1]
		}
	}
	out := strings.Repeat("/", initial) + strings.Join(comps, "/")
	if out == "" {
		return "."
	}
	return out
}

func absPath(p string) string {
	if !strings.HasPrefix(p, "/") {
		cwd, _ := os.Getwd()
		p = joinPath(cwd, p)
	}
	return normPath(p)
}

func expandUser(p string) string {
	if !strings.HasPrefix(p, "~") {
		return p
	}
	i := strings.Index(p, "/")
	if i < 0 {
		i = len(p)
	}
	var home string
	if i == 1 {
		h, ok := os.LookupEnv("HOME")
		if !ok {
			return p
		}
		home = h
	} else {
		return p
	}
	home = strings.TrimRight(home, "/")
	out := home + p[i:]
	if out == "" {
		return "/"
	}
	return out
}

func newPathModule() *s.Module {
	m := s.NewModule("posixpath", "Common operations on Posix pathnames.")
	m.Set("sep", s.Str("/"))
	m.Set("curdir", s.Str("."))
	m.Set("pardir", s.Str(".."))
	m.Set("extsep", s.Str("."))
	m.Set("pathsep", s.Str(":"))
	m.Set("altsep", s.None)
	m.Set("devnull", s.Str("/dev/null"))
	str1 := func(name, doc string, f func(p string) s.Object) {
		m.AddFunc(name, "(p, /)", doc, func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			noKw(name, kw)
			nargs(name, args, 1, 1)
			return f(pathArg(th, name, args[0]))
		})
	}
	m.AddFunc("join", "(a, *p)", "Join two or more pathname components, inserting '/' as needed.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		noKw("join", kw)
		if len(args) == 0 {
			s.Raise(s.TypeErrorType, "join() missing 1 required positional argument: 'a'")
		}
		p := pathArg(th, "join", args[0])
		for _, b := range args[1:] {
			p = joinPath(p, pathArg(th, "join", b))
		}
		return s.Str(p)
	})
	str1("basename", "Returns the final component of a pathname", func(p string) s.Object {
		return s.Str(p[strings.LastIndex(p, "/")+1:])
	})
	str1("dirname", "Returns the directory component of a pathname", func(p string) s.Object {
		h, _ := splitPath(p)
		return s.Str(h)
	})
	str1("split", "Split a pathname.  Returns tuple \"(head, tail)\" where \"tail\" is\neverything after the final slash.  Either part may be empty.", func(p string) s.Object {
		h, t := splitPath(p)
		return s.Tuple{s.Str(h), s.Str(t)}
	})
	str1("splitext", "Split the extension from a pathname.", func(p string) s.Object {
		a, b := splitExt(p)
		return s.Tuple{s.Str(a), s.Str(b)}
	})
	str1("normpath", "Normalize path, eliminating double slashes, etc.", func(p string) s.Object { return s.Str(normPath(p)) })
	str1("abspath", "Return an absolute path.", func(p string) s.Object { return s.Str(absPath(p)) })
	str1("realpath", "Return the canonical path of the specified filename, eliminating any\nsymbolic links encountered in the path.", func(p string) s.Object {
		a := absPath(p)
		if r, err := filepath.EvalSymlinks(a); err == nil {
			return s.Str(r)
		}
		return s.Str(a)
	})
	str1("expanduser", "Expand ~ and ~user constructions.  If user or $HOME is unknown,\ndo nothing.", func(p string) s.Object { return s.Str(expandUser(p)) })
	str1("expandvars", "Expand shell variables of form $var and ${var}.  Unknown variables\nare left unchanged.", func(p string) s.Object {
		return s.Str(os.Expand(p, func(k string) string {
			if v, ok := os.LookupEnv(k); ok {
				return v
			}
			return "$" + k
		}))
	})
	str1("isabs", "Test whether a path is absolute", func(p string) s.Object { return s.BoolOf(strings.HasPrefix(p, "/")) })
	exists := func(name string, f func(fi os.FileInfo) bool, lstat bool) {
		m.AddFunc(name, "(path)", "Test whether a path "+strings.TrimPrefix(name, "is")+".", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			a := s.Args(name, args, kw, "path")
			var p string
			switch v := jsonUnwrap(a[0]).(type) {
			case s.Str:
				p = string(v)
			case s.Bytes:
				p = string(v)
			default:
				if s.IsInt(v) {
					return s.False
				}
				p = pathArg(th, name, a[0])
			}
			var fi os.FileInfo
			var err error
			if lstat {
				fi, err = os.Lstat(p)
			} else {
				fi, err = os.Stat(p)
			}
			return s.BoolOf(err == nil && f(fi))
		})
	}
	exists("exists", func(fi os.FileInfo) bool { return true }, false)
	exists("lexists", func(fi os.FileInfo) bool { return true }, true)
	exists("isfile", func(fi os.FileInfo) bool { return fi.Mode().IsRegular() }, false)
	exists("isdir", func(fi os.FileInfo) bool { return fi.IsDir() }, false)
	exists("islink", func(fi os.FileInfo) bool { return fi.Mode()&os.ModeSymlink != 0 }, true)
	statf := func(name string, f func(st *statResult) s.Object) {
		m.AddFunc(name, "(filename, /)", "Return the "+strings.TrimPrefix(name, "get")+" of a file, reported by os.stat().", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs(name, args, 1, 1)
			p := pathArg(th, name, args[0])
			fi, err := os.Stat(p)
			if err != nil {
				raiseOS(err, p, true)
			}
			return f(newStat(fi))
		})
	}
	statf("getsize", func(st *statResult) s.Object { return st.vals[6] })
	statf("getatime", func(st *statResult) s.Object { return st.vals[7] })
	statf("getmtime", func(st *statResult) s.Object { return st.vals[8] })
	statf("getctime", func(st *statResult) s.Object { return st.vals[9] })
	m.AddFunc("relpath", "(path, start=None)", "Return a relative version of a path", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("relpath", args, kw, "path", "start?")
		p := pathArg(th, "relpath", a[0])
		if p == "" {
			s.Raise(s.ValueErrorType, "no path specified")
		}
		start := "."
		if a[1] != nil && !isNone(a[1]) {
			start = pathArg(th, "relpath", a[1])
		}
		split := func(x string) []string {
			var out []string
			for _, c := range strings.Split(absPath(x), "/") {
				if c != "" {
					out = append(out, c)
				}
			}
			return out
		}
		sl, pl := split(start), split(p)
		i := 0
		for i < len(sl) && i < len(pl) && sl[i] == pl[i] {
			i++
		}
		var rel []string
		for j := i; j < len(sl); j++ {
			rel = append(rel, "..")
		}
		rel = append(rel, pl[i:]...)
		if len(rel) == 0 {
			return s.Str(".")
		}
		return s.Str(strings.Join(rel, "/"))
	})
	m.AddFunc("commonprefix", "(m, /)", "Given a list of pathnames, returns the longest common leading component", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		nargs("commonprefix", args, 1, 1)
		items := s.ToSlice(th, args[0])
		if len(items) == 0 {
			return s.Str("")
		}
		strs := make([]string, len(items))
		for i, it := range items {
			strs[i] = pathArg(th, "commonprefix", it)
		}
		sort.Strings(strs)
		a, b := strs[0], strs[len(strs)-1]
		ra, rb := []rune(a), []rune(b)
		i := 0
		for i < len(ra) && i < len(rb) && ra[i] == rb[i] {
			i++
		}
		return s.Str(string(ra[:i]))
	})
	return m
}
