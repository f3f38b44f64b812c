package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/signal"
	"path/filepath"

	"github.com/lumenlab/lumen/scripting"
	_ "github.com/lumenlab/lumen/scripting/stdlib"
)

// runCmd runs a script. The first Ctrl-C raises KeyboardInterrupt in the
// script; a second one exits at once.
func runCmd(args []string) int {
	if len(args) < 1 {
		fmt.Fprintln(os.Stderr, "usage: lumen run FILE.py [ARGS...]")
		return 2
	}
	path := args[0]
	if _, err := os.Stat(path); err != nil {
		fmt.Fprintf(os.Stderr, "lumen: can't open file '%s': %v\n", path, err)
		return 2
	}
	out := bufio.NewWriterSize(os.Stdout, 64<<10)
	defer out.Flush()
	in := scripting.New(scripting.Options{
		Stdout: flushingWriter{out},
		Stderr: os.Stderr,
		Argv:   args,
		Path:   []string{filepath.Dir(path)},
	})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	sig := make(chan os.Signal, 2)
	signal.Notify(sig, os.Interrupt)
	go func() {
		<-sig
		cancel()
		<-sig
		out.Flush()
		os.Exit(130)
	}()
	err := in.ExecFile(ctx, path)
	out.Flush()
	return exitCode(err)
}

// flushingWriter keeps stdout buffered but ordered with stderr writes.
type flushingWriter struct{ w *bufio.Writer }

func (f flushingWriter) Write(p []byte) (int, error) { return f.w.Write(p) }
func (f flushingWriter) Flush() error                { return f.w.Flush() }

// exitCode maps a script's outcome to the process exit status like CPython.
func exitCode(err error) int {
	if err == nil {
		return 0
	}
	var se *scripting.Error
	if !errors.As(err, &se) {
		fmt.Fprintln(os.Stderr, "lumen:", err)
		return 1
	}
	if se.TypeName() == "SystemExit" {
		return systemExitCode(se)
	}
	fmt.Fprint(os.Stderr, se.Traceback())
	return 1
}

func systemExitCode(se *scripting.Error) int {
	args := se.Exc.Exc.Args
	if len(args) == 0 {
		return 0
	}
	switch v := args[0].(type) {
	case scripting.NoneType:
		return 0
	case scripting.Int:
		return int(v)
	case *big.Int:
		return 1
	case scripting.Bool:
		if v {
			return 1
		}
		return 0
	}
	fmt.Fprintln(os.Stderr, scripting.ToStr(nil, args[0]))
	return 1
}

func versionCmd(args []string) int {
	fmt.Printf("lumen %s\n", scripting.Version)
	return 0
}
