// Command echolang is a Jupyter kernel for a toy line language, used to test the kernel
// package against real Jupyter clients (jupyter_client, jupyter_kernel_test) before the
// Lumen interpreter is plugged in. It is not installed by default.
//
//	echolang install DIR            write the kernelspec DIR/echolang
//	echolang kernel --connection-file FILE
//
// Language, one command per line:
//
//	print X / eprint X / result X / error / panic / sleep MS / display X /
//	display_id ID X / update ID X / clear / input PROMPT / password PROMPT
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/lumenlab/lumen/kernel"
)

type lang struct{}

func (lang) Info() kernel.LanguageInfo {
	return kernel.LanguageInfo{Name: "echolang", Version: "1.0", Mimetype: "text/plain",
		FileExtension: ".echo", PygmentsLexer: "text", Banner: "echolang: a toy language for kernel tests",
		Implementation: "echolang", ImplementationVersion: "1.0"}
}

func (lang) Execute(ctx context.Context, code string, io kernel.ExecIO) (kernel.MimeBundle, *kernel.ExecError) {
	var result kernel.MimeBundle
	for _, line := range strings.Split(code, "\n") {
		cmd, arg, _ := strings.Cut(strings.TrimSpace(line), " ")
		switch cmd {
		case "", "#":
		case "print":
			fmt.Fprintln(io.Stdout(), arg)
		case "eprint":
			fmt.Fprintln(io.Stderr(), arg)
		case "spam":
			n, _ := strconv.Atoi(arg)
			for i := 0; i < n; i++ {
				fmt.Fprintf(io.Stdout(), "line %d\n", i)
			}
		case "result":
			result = kernel.MimeBundle{"text/plain": arg}
		case "error":
			return nil, &kernel.ExecError{Name: "ValueError", Value: "boom", Traceback: []string{"ValueError: boom"}}
		case "panic":
			panic("echolang panic")
		case "sleep":
			ms, _ := strconv.Atoi(arg)
			select {
			case <-time.After(time.Duration(ms) * time.Millisecond):
			case <-ctx.Done():
				return nil, &kernel.ExecError{Name: "KeyboardInterrupt", Traceback: []string{"KeyboardInterrupt"}}
			}
		case "display":
			io.Display(kernel.MimeBundle{"text/plain": arg}, nil, "", false)
		case "display_id", "update":
			id, text, _ := strings.Cut(arg, " ")
			io.Display(kernel.MimeBundle{"text/plain": text}, nil, id, cmd == "update")
		case "clear":
			io.ClearOutput(false)
		case "input", "password":
			v, err := io.Input(arg, cmd == "password")
			if err != nil {
				return nil, &kernel.ExecError{Name: "StdinNotImplementedError", Value: err.Error()}
			}
			fmt.Fprintln(io.Stdout(), "got: "+v)
		default:
			return nil, &kernel.ExecError{Name: "NameError", Value: "unknown command " + cmd,
				Traceback: []string{"NameError: unknown command " + cmd}}
		}
	}
	return result, nil
}

var words = []string{"print", "eprint", "panic", "result", "sleep", "display", "display_id", "update", "clear", "input", "password", "error", "spam"}

func (lang) Complete(code string, pos int) ([]string, int, int) {
	rs := []rune(code)
	start := pos
	for start > 0 && rs[start-1] != ' ' && rs[start-1] != '\n' {
		start--
	}
	var out []string
	for _, w := range words {
		if strings.HasPrefix(w, string(rs[start:pos])) {
			out = append(out, w)
		}
	}
	return out, start, pos
}

func (lang) Inspect(code string, pos, detail int) (kernel.MimeBundle, bool) {
	if strings.Contains(code, "print") {
		return kernel.MimeBundle{"text/plain": "print X: writes X to stdout"}, true
	}
	return nil, false
}

func (lang) IsComplete(code string) (string, string) {
	if strings.HasSuffix(strings.TrimSpace(code), ":") {
		return "incomplete", "  "
	}
	if strings.Contains(code, "!!!") {
		return "invalid", ""
	}
	return "complete", ""
}

func (lang) EvalExpression(ctx context.Context, expr string) (kernel.MimeBundle, *kernel.ExecError) {
	return kernel.MimeBundle{"text/plain": "value of " + expr}, nil
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: echolang install DIR | echolang kernel --connection-file FILE")
		os.Exit(2)
	}
	switch os.Args[1] {
	case "install":
		exe, err := os.Executable()
		if err == nil && len(os.Args) == 3 {
			err = kernel.WriteKernelSpec(os.Args[2], exe, "echolang", "echolang (kernel tests)")
		} else if err == nil {
			err = fmt.Errorf("usage: echolang install DIR")
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	case "kernel":
		fs := flag.NewFlagSet("kernel", flag.ExitOnError)
		cf := fs.String("connection-file", "", "Jupyter connection file")
		fs.Parse(os.Args[2:])
		if *cf == "" {
			fmt.Fprintln(os.Stderr, "echolang kernel: --connection-file is required")
			os.Exit(2)
		}
		if err := kernel.Run(context.Background(), *cf, lang{}, kernel.Options{HistoryFile: os.Getenv("ECHOLANG_HISTORY")}); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	default:
		fmt.Fprintln(os.Stderr, "echolang: unknown command", os.Args[1])
		os.Exit(2)
	}
}
