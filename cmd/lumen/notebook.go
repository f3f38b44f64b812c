package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/lumenlab/lumen/kernel/lumenlang"
	"github.com/lumenlab/lumen/kernel/notebook"
	"github.com/lumenlab/lumen/scripting"
)

const notebookUsage = `usage:
  lumen notebook run IN.ipynb [-o OUT.ipynb] [--html OUT.html] [-p name=value ...] [--timeout S]
  lumen notebook export IN.ipynb --html OUT.html
`

func notebookCmd(args []string) int {
	if len(args) == 0 {
		fmt.Fprint(os.Stderr, notebookUsage)
		return 2
	}
	switch args[0] {
	case "run":
		return notebookRun(args[1:])
	case "export":
		return notebookExport(args[1:])
	}
	fmt.Fprintf(os.Stderr, "lumen notebook: unknown command %q\n%s", args[0], notebookUsage)
	return 2
}

type nbArgs struct {
	in, out, html string
	params        []notebook.Param
	timeout       time.Duration
}

func parseNotebookArgs(args []string) (nbArgs, error) {
	var a nbArgs
	for i := 0; i < len(args); i++ {
		arg := args[i]
		val := func() (string, error) {
			if j := strings.IndexByte(arg, '='); j > 0 && strings.HasPrefix(arg, "--") {
				return arg[j+1:], nil
			}
			if i+1 >= len(args) {
				return "", fmt.Errorf("%s needs a value", arg)
			}
			i++
			return args[i], nil
		}
		name := arg
		if j := strings.IndexByte(arg, '='); j > 0 && strings.HasPrefix(arg, "--") {
			name = arg[:j]
		}
		switch name {
		case "-o", "--output":
			v, err := val()
			if err != nil {
				return a, err
			}
			a.out = v
		case "--html":
			v, err := val()
			if err != nil {
				return a, err
			}
			a.html = v
		case "-p", "--param":
			v, err := val()
			if err != nil {
				return a, err
			}
			p, err := notebook.ParseParam(v)
			if err != nil {
				return a, err
			}
			a.params = append(a.params, p)
		case "--timeout":
			v, err := val()
			if err != nil {
				return a, err
			}
			s, err := strconv.ParseFloat(v, 64)
			if err != nil || s <= 0 {
				return a, fmt.Errorf("--timeout: want a positive number of seconds, got %q", v)
			}
			a.timeout = time.Duration(s * float64(time.Second))
		default:
			if strings.HasPrefix(arg, "-") {
				return a, fmt.Errorf("unknown option %s", arg)
			}
			if a.in != "" {
				return a, fmt.Errorf("more than one input notebook (%s, %s)", a.in, arg)
			}
			a.in = arg
		}
	}
	if a.in == "" {
		return a, fmt.Errorf("no input notebook")
	}
	return a, nil
}

// notebookRun executes a notebook in process through the kernel's language
// code path. Outputs are written atomically; the input is never modified; a
// failing cell stops the run with exit code 1 and is marked in the output.
func notebookRun(args []string) int {
	a, err := parseNotebookArgs(args)
	if err != nil {
		fmt.Fprintf(os.Stderr, "lumen notebook run: %v\n%s", err, notebookUsage)
		return 2
	}
	if a.out == "" && a.html == "" {
		fmt.Fprintf(os.Stderr, "lumen notebook run: nothing to write: give -o OUT.ipynb and/or --html OUT.html\n")
		return 2
	}
	nb, err := notebook.Read(a.in)
	if err != nil {
		fmt.Fprintf(os.Stderr, "lumen notebook run: %v\n", err)
		return 2
	}
	abs, _ := filepath.Abs(a.in)
	lang := lumenlang.New(lumenlang.Options{Argv: []string{abs}, Path: []string{filepath.Dir(abs)}})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	sig := make(chan os.Signal, 2)
	signal.Notify(sig, os.Interrupt)
	go func() {
		<-sig
		fmt.Fprintln(os.Stderr, "lumen notebook run: interrupted; stopping the running cell")
		cancel()
		<-sig
		os.Exit(130)
	}()
	res := notebook.Run(ctx, nb, lang, notebook.RunOptions{Params: a.params, Timeout: a.timeout, Progress: os.Stderr, Version: scripting.Version})
	code := 0
	if res.Err != nil {
		fmt.Fprintf(os.Stderr, "lumen notebook run: cell %d failed:\n%s\n", res.FailedCell+1, strings.TrimRight(strings.Join(res.Err.Traceback, "\n"), "\n"))
		code = 1
	}
	if err := writeOutputs(nb, a); err != nil {
		fmt.Fprintf(os.Stderr, "lumen notebook run: %v\n", err)
		return 1
	}
	fmt.Fprintf(os.Stderr, "lumen notebook run: %s in %.1fs\n", map[bool]string{true: "done", false: "failed"}[code == 0], res.Elapsed.Seconds())
	return code
}

func writeOutputs(nb *notebook.Notebook, a nbArgs) error {
	if a.out != "" {
		data, err := nb.Marshal()
		if err != nil {
			return err
		}
		if err := notebook.WriteFileAtomic(a.out, data); err != nil {
			return err
		}
	}
	if a.html != "" {
		title := strings.TrimSuffix(filepath.Base(a.in), filepath.Ext(a.in))
		page, err := notebook.ExportHTML(nb, title)
		if err != nil {
			return err
		}
		if err := notebook.WriteFileAtomic(a.html, page); err != nil {
			return err
		}
	}
	return nil
}

func notebookExport(args []string) int {
	a, err := parseNotebookArgs(args)
	if err == nil && a.html == "" {
		err = fmt.Errorf("--html OUT.html is required")
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "lumen notebook export: %v\n%s", err, notebookUsage)
		return 2
	}
	nb, err := notebook.Read(a.in)
	if err != nil {
		fmt.Fprintf(os.Stderr, "lumen notebook export: %v\n", err)
		return 2
	}
	a.out = ""
	if err := writeOutputs(nb, a); err != nil {
		fmt.Fprintf(os.Stderr, "lumen notebook export: %v\n", err)
		return 1
	}
	return 0
}
