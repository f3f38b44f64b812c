// Package stdlib registers the standard modules scripts import (math,
// random, json, os, re, itertools, functools, collections, …). Importing it
// for its side effect makes them available to every interpreter.
package stdlib
