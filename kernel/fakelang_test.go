package kernel

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// fakeLang is a tiny line-oriented language for driving the kernel in tests:
//
//	print X         X to stdout          eprint X      X to stderr
//	spam N          N numbered lines     result X      trailing expression X
//	error           raises ValueError    panic         Go panic inside Execute
//	sleep MS        waits (interruptible, KeyboardInterrupt)
//	display X / display_id ID X / update ID X / clear
//	input PROMPT    reads a line and prints "got: <value>"
type fakeLang struct{}

func (fakeLang) Info() LanguageInfo {
	return LanguageInfo{Name: "fake", Version: "1.0", Mimetype: "text/x-fake", FileExtension: ".fake",
		PygmentsLexer: "text", CodemirrorMode: "null", Banner: "fake language",
		Implementation: "fake", ImplementationVersion: "0.1",
		HelpLinks: []HelpLink{{Text: "Fake", URL: "https://example.org"}}}
}

func (fakeLang) Execute(ctx context.Context, code string, io ExecIO) (MimeBundle, *ExecError) {
	var result MimeBundle
	for _, line := range strings.Split(code, "\n") {
		cmd, arg, _ := strings.Cut(strings.TrimSpace(line), " ")
		switch cmd {
		case "":
		case "print":
			fmt.Fprintln(io.Stdout(), arg)
		case "eprint":
			fmt.Fprintln(io.Stderr(), arg)
		case "spam":
			n, _ := strconv.Atoi(arg)
			w := io.Stdout()
			for i := 0; i < n; i++ {
				fmt.Fprintf(w, "line %d\n", i)
			}
		case "result":
			result = MimeBundle{"text/plain": arg}
		case "error":
			return nil, &ExecError{Name: "ValueError", Value: "boom", Traceback: []string{"Traceback:", "ValueError: boom"}}
		case "panic":
			panic("fake language exploded")
		case "sleep":
			ms, _ := strconv.Atoi(arg)
			select {
			case <-time.After(time.Duration(ms) * time.Millisecond):
			case <-ctx.Done():
				return nil, &ExecError{Name: "KeyboardInterrupt", Value: "", Traceback: []string{"KeyboardInterrupt"}}
			}
		case "display":
			io.Display(MimeBundle{"text/plain": arg}, nil, "", false)
		case "display_id", "update":
			id, text, _ := strings.Cut(arg, " ")
			io.Display(MimeBundle{"text/plain": text}, nil, id, cmd == "update")
		case "clear":
			io.ClearOutput(false)
		case "input":
			v, err := io.Input(arg, false)
			if err != nil {
				return nil, &ExecError{Name: "StdinNotImplementedError", Value: err.Error()}
			}
			fmt.Fprintln(io.Stdout(), "got: "+v)
		default:
			return nil, &ExecError{Name: "NameError", Value: "unknown command " + cmd}
		}
	}
	return result, nil
}

var fakeWords = []string{"print", "panic", "pass", "résumé"}

func (fakeLang) Complete(code string, cursorPos int) ([]string, int, int) {
	rs := []rune(code)
	start := cursorPos
	for start > 0 && rs[start-1] != ' ' && rs[start-1] != '\n' {
		start--
	}
	prefix := string(rs[start:cursorPos])
	var out []string
	for _, w := range fakeWords {
		if strings.HasPrefix(w, prefix) {
			out = append(out, w)
		}
	}
	return out, start, cursorPos
}

func (fakeLang) Inspect(code string, cursorPos int, detail int) (MimeBundle, bool) {
	if strings.Contains(code, "print") {
		return MimeBundle{"text/plain": fmt.Sprintf("print X: writes X (detail %d)", detail)}, true
	}
	return nil, false
}

func (fakeLang) IsComplete(code string) (string, string) {
	switch {
	case strings.Contains(code, "!!!"):
		return "invalid", ""
	case strings.HasSuffix(strings.TrimSpace(code), ":"):
		return "incomplete", "    "
	}
	return "complete", ""
}

func (fakeLang) EvalExpression(ctx context.Context, expr string) (MimeBundle, *ExecError) {
	if expr == "bad" {
		return nil, &ExecError{Name: "NameError", Value: "bad"}
	}
	return MimeBundle{"text/plain": "value of " + expr}, nil
}
