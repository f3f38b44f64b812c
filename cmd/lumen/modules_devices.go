package main

// The device script modules: from lumen import prbm, nanolaser, reservoir.
import (
	_ "github.com/lumenlab/lumen/scripting/modules/nanolaser"
	_ "github.com/lumenlab/lumen/scripting/modules/prbm"
	_ "github.com/lumenlab/lumen/scripting/modules/reservoir"
)
