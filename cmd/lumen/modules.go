package main

// Script modules built into the lumen command.
import (
	_ "github.com/lumenlab/lumen/scripting/modules/lumen"
)
