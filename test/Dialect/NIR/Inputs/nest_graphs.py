#!/usr/bin/env python3
"""Prints a nir.graph with DEPTH graphs nested in it, each passing its one
input through to the next: nest_graphs.py DEPTH."""
import sys

depth = int(sys.argv[1])
lines = ['nir.graph "top" {', '%x = nir.input "x" : !nir.signal<1>']
source = "%x"
for level in range(depth):
    lines.append(f'%g{level} = nir.graph "g{level}"({source} : !nir.signal<1>)'
                 f' -> !nir.signal<1> {{')
    lines.append(f'%in{level} = nir.input "input" : !nir.signal<1>')
    source = f"%in{level}"
for level in reversed(range(depth)):
    lines.append(f'nir.output "output"({source}) : (!nir.signal<1>)'
                 f' -> !nir.signal<1>')
    lines.append("}")
    source = f"%g{level}"
lines.append(f'nir.output "y"({source}) : (!nir.signal<1>) -> !nir.signal<1>')
lines.append("}")
print("\n".join(lines))
