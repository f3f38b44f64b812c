package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/lumenlab/lumen/kernel"
	"github.com/lumenlab/lumen/kernel/lumenlang"
	_ "github.com/lumenlab/lumen/kernel/prebind" // binds the ports during init: see its doc
)

// kernelCmd is what kernel.json runs: `lumen kernel --connection-file F`. A missing,
// unreadable or invalid connection file is a usage error (exit 2); failing to bind the
// ports exits 1.
func kernelCmd(args []string) int {
	fs := flag.NewFlagSet("kernel", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	cf := fs.String("connection-file", "", "Jupyter connection file (written by the notebook server)")
	fs.StringVar(cf, "f", "", "shorthand for --connection-file")
	if err := fs.Parse(args); err != nil || fs.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: lumen kernel --connection-file FILE")
		if err != nil && err != flag.ErrHelp {
			fmt.Fprintln(os.Stderr, "lumen kernel:", err)
		} else if fs.NArg() > 0 {
			fmt.Fprintf(os.Stderr, "lumen kernel: unexpected argument %q\n", fs.Arg(0))
		}
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	if *cf == "" {
		fmt.Fprintln(os.Stderr, "lumen kernel: --connection-file is required (Jupyter passes it; install the kernelspec with `lumen install`)")
		return 2
	}
	ci, err := kernel.ReadConnectionFile(*cf)
	if err != nil {
		fmt.Fprintf(os.Stderr, "lumen kernel: %s\n", strings.TrimPrefix(err.Error(), "kernel: "))
		return 2
	}
	k, err := kernel.New(ci, lumenlang.New(lumenlang.Options{}), kernel.Options{})
	if err != nil {
		fmt.Fprintf(os.Stderr, "lumen kernel: %s\n", strings.TrimPrefix(err.Error(), "kernel: "))
		return 1
	}
	stop := k.HandleSignals()
	defer stop()
	if err := k.Serve(context.Background()); err != nil {
		fmt.Fprintf(os.Stderr, "lumen kernel: %s\n", strings.TrimPrefix(err.Error(), "kernel: "))
		return 1
	}
	return 0
}
