package main

// The physics script modules: from lumen import boltzmann, ising, datasets.
import (
	_ "github.com/lumenlab/lumen/scripting/modules/boltzmann"
	_ "github.com/lumenlab/lumen/scripting/modules/datasets"
	_ "github.com/lumenlab/lumen/scripting/modules/ising"
)
