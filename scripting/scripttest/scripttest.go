// Package scripttest runs dialect snippets in Go tests: binding packages
// check their script API with it.
package scripttest

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/lumenlab/lumen/scripting"
)

// Run executes src in a fresh interpreter and returns what it printed
// (stdout and stderr together); an exception fails the test with its
// traceback and the output so far.
func Run(t testing.TB, src string) string {
	t.Helper()
	var out bytes.Buffer
	in := scripting.New(scripting.Options{Stdout: &out, Stderr: &out})
	if _, err := in.Exec(context.Background(), src, "<test>"); err != nil {
		var se *scripting.Error
		if errors.As(err, &se) {
			t.Fatalf("%s\noutput:\n%s", se.Traceback(), out.String())
		}
		t.Fatalf("%v\noutput:\n%s", err, out.String())
	}
	return out.String()
}

// Case is a snippet that must raise the exception Exc with a message
// containing Want.
type Case = struct{ Src, Exc, Want string }

// Raises runs prelude + each case's source in a fresh interpreter and
// checks the exception it raises: the binding packages' bad-input tests.
func Raises(t testing.TB, prelude string, cases []Case) {
	t.Helper()
	for _, c := range cases {
		in := scripting.New(scripting.Options{Stdout: &bytes.Buffer{}})
		_, err := in.Exec(context.Background(), prelude+c.Src, "<test>")
		var se *scripting.Error
		if !errors.As(err, &se) || se.TypeName() != c.Exc || !strings.Contains(se.Message(), c.Want) {
			t.Errorf("%s: got %v; want %s containing %q", c.Src, err, c.Exc, c.Want)
		}
	}
}
