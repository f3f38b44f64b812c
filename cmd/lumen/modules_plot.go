package main

// The plotting module (from lumen import plot).
import _ "github.com/lumenlab/lumen/scripting/modules/plot"
