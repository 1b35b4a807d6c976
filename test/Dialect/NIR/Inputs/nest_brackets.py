#!/usr/bin/env python3
"""Prints MLIR text nesting one kind of bracket DEPTH levels deep:
nest_brackets.py {regions,arrays,dictionaries} DEPTH. Only the parser's
recursion matters; the ops and attributes are not meant to verify."""
import sys

kind, depth = sys.argv[1], int(sys.argv[2])
if kind == "regions":
    print('"builtin.module"() (' + '{"nir.unknown"() (' * depth + "{}" +
          ") : () -> ()}" * depth + ") : () -> ()")
elif kind == "arrays":
    print("module attributes {nir.deep = " + "[" * depth + "1" + "]" * depth +
          "} {}")
elif kind == "dictionaries":
    print("module attributes {nir.deep = " + "{a = " * depth + "1" +
          "}" * depth + "} {}")
else:
    sys.exit(f"unknown kind {kind}")
