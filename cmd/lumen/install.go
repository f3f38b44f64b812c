package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/lumenlab/lumen/kernel"
)

// kernelspecFlags are the location flags shared by install and uninstall, named as in
// `jupyter kernelspec install` / `python -m ipykernel install`.
type kernelspecFlags struct {
	user, sysPrefix bool
	prefix, name    string
	displayName     string
}

func (f *kernelspecFlags) register(fs *flag.FlagSet, install bool) {
	fs.BoolVar(&f.user, "user", false, "the per-user Jupyter data directory (the default)")
	fs.BoolVar(&f.sysPrefix, "sys-prefix", false, "the Python environment Jupyter runs in (sys.prefix/share/jupyter)")
	fs.StringVar(&f.prefix, "prefix", "", "PREFIX/share/jupyter (Jupyter sees it when PREFIX/share/jupyter is on JUPYTER_PATH)")
	fs.StringVar(&f.name, "name", "lumen", "kernelspec name (a directory name)")
	if install {
		fs.StringVar(&f.displayName, "display-name", "Lumen", "name shown in the notebook's kernel menu")
	}
}

// kernelsDir resolves the location flags to a kernels directory.
func (f *kernelspecFlags) kernelsDir() (string, error) {
	n := 0
	for _, b := range []bool{f.user, f.sysPrefix, f.prefix != ""} {
		if b {
			n++
		}
	}
	if n > 1 {
		return "", errors.New("use only one of --user, --sys-prefix and --prefix")
	}
	switch {
	case f.prefix != "":
		p, err := filepath.Abs(f.prefix)
		if err != nil {
			return "", err
		}
		return filepath.Join(p, "share", "jupyter", "kernels"), nil
	case f.sysPrefix:
		p, err := jupyterSysPrefix()
		if err != nil {
			return "", err
		}
		return filepath.Join(p, "share", "jupyter", "kernels"), nil
	}
	return kernel.DefaultKernelsDir(), nil
}

// jupyterSysPrefix is sys.prefix of the Python environment Jupyter lives in: an active
// virtualenv or conda environment, else the interpreter of the `jupyter` command.
func jupyterSysPrefix() (string, error) {
	for _, v := range []string{"VIRTUAL_ENV", "CONDA_PREFIX"} {
		if p := os.Getenv(v); p != "" {
			return p, nil
		}
	}
	py := []string{"python3"}
	if j, err := exec.LookPath("jupyter"); err == nil {
		if sb := shebang(j); len(sb) > 0 {
			py = sb
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, py[0], append(py[1:], "-c", "import sys; print(sys.prefix)")...).Output()
	if err != nil {
		return "", fmt.Errorf("--sys-prefix: cannot ask %s for sys.prefix: %v", strings.Join(py, " "), err)
	}
	return strings.TrimSpace(string(out)), nil
}

// shebang returns the interpreter command line of a script ("#!/usr/bin/python3").
func shebang(path string) []string {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	line, _ := bufio.NewReader(io.LimitReader(f, 512)).ReadString('\n')
	if !strings.HasPrefix(line, "#!") {
		return nil
	}
	return strings.Fields(strings.TrimPrefix(line, "#!"))
}

func installCmd(args []string) int {
	fs := flag.NewFlagSet("install", flag.ContinueOnError)
	var f kernelspecFlags
	f.register(fs, true)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: lumen install [--user|--sys-prefix|--prefix P] [--name lumen] [--display-name Lumen]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "lumen install: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	dir, err := f.kernelsDir()
	if err != nil {
		fmt.Fprintln(os.Stderr, "lumen install:", err)
		return 2
	}
	exe, err := os.Executable()
	if err == nil {
		exe, err = filepath.EvalSymlinks(exe)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "lumen install: cannot find the lumen binary:", err)
		return 1
	}
	if err := kernel.WriteKernelSpec(dir, exe, f.name, f.displayName); err != nil {
		fmt.Fprintln(os.Stderr, "lumen install:", err)
		return 1
	}
	target := filepath.Join(dir, f.name)
	fmt.Printf("Installed kernelspec %q in %s\n  runs: %s kernel --connection-file {connection_file}\n", f.name, target, exe)
	return checkVisible(f.name, target, f.prefix != "")
}

// checkVisible asks Jupyter whether it sees the kernelspec at target. With --prefix a
// miss is expected unless JUPYTER_PATH covers it, so it is only a hint.
func checkVisible(name, target string, prefix bool) int {
	specs, via, err := listKernelspecs()
	if err != nil {
		fmt.Printf("Note: %v, so the install could not be checked; Jupyter looks for kernels in %s when it is on its path\n", err, filepath.Dir(target))
		return 0
	}
	dir, ok := specs[name]
	switch {
	case ok && samePath(dir, target):
		fmt.Printf("Jupyter (%s) lists kernel %q; choose \"Lumen\" in the notebook's kernel menu.\n", via, name)
		return 0
	case ok:
		fmt.Fprintf(os.Stderr, "lumen install: warning: Jupyter uses another kernelspec named %q, in %s, which takes precedence over this one; remove it (`jupyter kernelspec remove %s`) or install with another --name\n", name, dir, name)
		return 1
	case prefix:
		fmt.Printf("Note: Jupyter (%s) does not list %q yet: add %s to JUPYTER_PATH to use it.\n", via, name, filepath.Dir(filepath.Dir(target)))
		return 0
	default:
		fmt.Fprintf(os.Stderr, "lumen install: Jupyter (%s) does not list kernel %q after the install; its search path (`jupyter --paths`) may not include %s\n", via, name, filepath.Dir(target))
		return 1
	}
}

// listKernelspecs returns the kernelspecs Jupyter sees (name → resource directory),
// from `jupyter kernelspec list --json`, or, where that subcommand is not installed
// (Debian ships it apart from python3-jupyter-client), from jupyter_client in the
// Python that runs `jupyter`. via names what answered.
func listKernelspecs() (specs map[string]string, via string, err error) {
	jup, err := exec.LookPath("jupyter")
	if err != nil {
		return nil, "", errors.New("`jupyter` is not on PATH")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var list struct {
		Kernelspecs map[string]struct {
			ResourceDir string `json:"resource_dir"`
		} `json:"kernelspecs"`
	}
	out, err := exec.CommandContext(ctx, jup, "kernelspec", "list", "--json").Output()
	if err == nil && json.Unmarshal(out, &list) == nil {
		specs = map[string]string{}
		for n, k := range list.Kernelspecs {
			specs[n] = k.ResourceDir
		}
		return specs, jup + " kernelspec list", nil
	}
	py := shebang(jup)
	if len(py) == 0 {
		return nil, "", errors.New("`jupyter kernelspec list --json` failed")
	}
	const script = "import json\nfrom jupyter_client.kernelspec import KernelSpecManager\nprint(json.dumps(KernelSpecManager().find_kernel_specs()))"
	out, err = exec.CommandContext(ctx, py[0], append(py[1:], "-c", script)...).Output()
	if err != nil {
		return nil, "", fmt.Errorf("neither `jupyter kernelspec list --json` nor jupyter_client in %s answered", py[0])
	}
	if err := json.Unmarshal(out, &specs); err != nil {
		return nil, "", fmt.Errorf("jupyter_client's kernelspec list is unreadable: %v", err)
	}
	return specs, "jupyter_client in " + py[0], nil
}

func samePath(a, b string) bool {
	ra, err1 := filepath.EvalSymlinks(a)
	rb, err2 := filepath.EvalSymlinks(b)
	if err1 != nil || err2 != nil {
		return filepath.Clean(a) == filepath.Clean(b)
	}
	return ra == rb
}

func uninstallCmd(args []string) int {
	fs := flag.NewFlagSet("uninstall", flag.ContinueOnError)
	var f kernelspecFlags
	f.register(fs, false)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: lumen uninstall [--user|--sys-prefix|--prefix P] [--name lumen]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "lumen uninstall: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	if filepath.Base(f.name) != f.name || f.name == "." || f.name == ".." || f.name == "" {
		fmt.Fprintf(os.Stderr, "lumen uninstall: kernelspec name %q must be a plain directory name\n", f.name)
		return 2
	}
	dir, err := f.kernelsDir()
	if err != nil {
		fmt.Fprintln(os.Stderr, "lumen uninstall:", err)
		return 2
	}
	target := filepath.Join(dir, f.name)
	if _, err := os.Stat(filepath.Join(target, "kernel.json")); err != nil {
		fmt.Fprintf(os.Stderr, "lumen uninstall: no kernelspec %q in %s\n", f.name, dir)
		return 1
	}
	if err := os.RemoveAll(target); err != nil {
		fmt.Fprintln(os.Stderr, "lumen uninstall:", err)
		return 1
	}
	fmt.Printf("Removed kernelspec %q from %s\n", f.name, dir)
	return 0
}
