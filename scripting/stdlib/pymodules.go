package stdlib

import (
	"embed"
	"io/fs"
	"strings"

	s "github.com/lumenlab/lumen/scripting"
)

// Standard modules written in the scripting dialect itself (collections,
// functools, copy, statistics, string, textwrap, …).
//
//go:embed py/*.py
var pyFiles embed.FS

func init() {
	entries, err := fs.ReadDir(pyFiles, "py")
	if err != nil {
		panic(err)
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".py") {
			continue
		}
		src, err := pyFiles.ReadFile("py/" + name)
		if err != nil {
			panic(err)
		}
		s.RegisterPyModule(strings.TrimSuffix(name, ".py"), string(src))
	}
}
