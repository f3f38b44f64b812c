package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"

	"github.com/peterh/liner"

	"github.com/lumenlab/lumen/scripting"
)

// replCmd is the interactive prompt: line editing and history (liner),
// multi-line blocks with "..." continuation, Ctrl-C to interrupt a running
// statement or discard the current input, Ctrl-D to leave.
func replCmd(args []string) int {
	in := scripting.New(scripting.Options{Argv: []string{""}, Path: []string{"."}})
	line := liner.NewLiner()
	defer line.Close()
	line.SetCtrlCAborts(true)
	line.SetTabCompletionStyle(liner.TabPrints)
	line.SetWordCompleter(func(l string, pos int) (string, []string, string) {
		rs := []rune(l)
		matches, start, end := in.Complete(l, pos)
		return string(rs[:start]), matches, string(rs[end:])
	})
	histFile := filepath.Join(userDataDir(), "repl_history")
	if f, err := os.Open(histFile); err == nil {
		line.ReadHistory(f)
		f.Close()
	}
	defer func() {
		os.MkdirAll(filepath.Dir(histFile), 0o755)
		if f, err := os.Create(histFile); err == nil {
			line.WriteHistory(f)
			f.Close()
		}
	}()
	fmt.Printf("Lumen %s (Python dialect). help(obj) shows documentation; Ctrl-D exits.\n", scripting.Version)
	sig := make(chan os.Signal, 1)
	for {
		src, err := readStatement(line, in)
		if err == io.EOF {
			fmt.Println()
			return 0
		}
		if err != nil {
			continue
		}
		if strings.TrimSpace(src) == "" {
			continue
		}
		line.AppendHistory(strings.TrimRight(src, "\n"))
		ctx, cancel := context.WithCancel(context.Background())
		signal.Notify(sig, os.Interrupt)
		done := make(chan struct{})
		go func() {
			select {
			case <-sig:
				cancel()
			case <-done:
			}
		}()
		v, err := in.Exec(ctx, src, "<stdin>")
		close(done)
		signal.Stop(sig)
		cancel()
		if err != nil {
			var se *scripting.Error
			if errors.As(err, &se) {
				if se.TypeName() == "SystemExit" {
					return systemExitCode(se)
				}
				fmt.Fprint(os.Stderr, se.Traceback())
			} else {
				fmt.Fprintln(os.Stderr, err)
			}
			continue
		}
		if v != nil {
			fmt.Println(scripting.Repr(in.Thread(), v))
		}
	}
}

// readStatement reads lines until the input forms a complete statement.
func readStatement(line *liner.State, in *scripting.Interp) (string, error) {
	var buf strings.Builder
	prompt := ">>> "
	for {
		l, err := line.Prompt(prompt)
		if err == liner.ErrPromptAborted {
			fmt.Println("KeyboardInterrupt")
			return "", err
		}
		if err != nil {
			if buf.Len() > 0 && err == io.EOF {
				return buf.String(), nil
			}
			return "", err
		}
		buf.WriteString(l)
		buf.WriteString("\n")
		status, _ := in.IsComplete(buf.String())
		if status != "incomplete" || (prompt == "... " && strings.TrimSpace(l) == "") {
			return buf.String(), nil
		}
		prompt = "... "
	}
}

func userDataDir() string {
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "lumen")
	}
	home, _ := os.UserHomeDir()
	return filepath.Join(home, ".local", "share", "lumen")
}
