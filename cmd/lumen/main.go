// Command lumen is the Lumen binary: a Jupyter kernel, a script runner, a
// REPL and the notebook tools, all around one interpreter.
package main

import (
	"fmt"
	"os"
	"runtime/debug"
)

const usage = `lumen: photonic neuromorphic computing in a Python dialect

Usage:
  lumen run FILE.py [ARGS...]   run a script (sys.argv = [FILE.py, ARGS...])
  lumen repl                    interactive prompt
  lumen install [--user|--sys-prefix|--prefix P] [--name lumen]
                                install the Jupyter kernelspec ("Lumen" in the kernel menu)
  lumen uninstall [--user|--sys-prefix|--prefix P] [--name lumen]
                                remove it
  lumen kernel --connection-file F
                                serve a Jupyter kernel (what the kernelspec runs)
  lumen notebook run IN.ipynb [-o OUT.ipynb] [--html OUT.html] [-p name=value ...] [--timeout S]
                                execute a notebook headless (in process)
  lumen notebook export IN.ipynb --html OUT.html
                                write a self-contained HTML report
  lumen version                 print the version
`

func main() {
	// Scripts allocate many short-lived boxes; a larger GC target trades a
	// little memory for markedly less collector time (measured in bench/pybench).
	debug.SetGCPercent(400)
	if len(os.Args) < 2 {
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	cmd, args := os.Args[1], os.Args[2:]
	var code int
	switch cmd {
	case "run":
		code = runCmd(args)
	case "repl":
		code = replCmd(args)
	case "notebook":
		code = notebookCmd(args)
	case "kernel":
		code = kernelCmd(args)
	case "install":
		code = installCmd(args)
	case "uninstall":
		code = uninstallCmd(args)
	case "version", "--version", "-V":
		code = versionCmd(args)
	case "help", "-h", "--help":
		fmt.Print(usage)
	default:
		fmt.Fprintf(os.Stderr, "lumen: unknown command %q\n\n%s", cmd, usage)
		code = 2
	}
	os.Exit(code)
}
