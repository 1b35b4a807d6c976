// Text nested a few thousand levels deep overflows the stack of MLIR's
// recursive parser: 10,000 nested graphs once gave SIGSEGV in nir-opt and
// nirc, and so did 3,000 generic-form regions or 20,000 nested arrays.
// nirc, nir-opt and nir-translate's exports now refuse brackets nested
// deeper than 1,024 before parsing, and the nir.graph parser stops at 256
// graphs below the top one, as the .nir importer does.

// RUN: %python %S/Inputs/nest_graphs.py 10000 > %t.deep.mlir
// RUN: not nir-opt %t.deep.mlir 2>&1 | FileCheck %s --check-prefix=BRACKETS
// RUN: not nirc check %t.deep.mlir 2>&1 | FileCheck %s --check-prefix=BRACKETS
// BRACKETS: deep.mlir:2047:49: error: brackets nested deeper than 1024 levels; MLIR's recursive parser would run out of stack
// BRACKETS-NOT: Stack dump

// RUN: %python %S/Inputs/nest_brackets.py regions 3000 > %t.regions.mlir
// RUN: not nir-opt < %t.regions.mlir 2>&1 | FileCheck %s --check-prefix=REGIONS
// RUN: not nirc check %t.regions.mlir 2>&1 | FileCheck %s --check-prefix=REGIONS
// RUN: not nir-translate --export-nir %t.regions.mlir 2>&1 | FileCheck %s --check-prefix=REGIONS
// REGIONS: :1:{{[0-9]+}}: error: brackets nested deeper than 1024
// REGIONS-NOT: Stack dump

// RUN: %python %S/Inputs/nest_brackets.py arrays 20000 > %t.arrays.mlir
// RUN: not nir-opt %t.arrays.mlir 2>&1 | FileCheck %s --check-prefix=ARRAYS
// RUN: not nir-translate --export-chip-json %t.arrays.mlir 2>&1 | FileCheck %s --check-prefix=ARRAYS
// RUN: not nir-translate --export-chip-netx %t.arrays.mlir 2>&1 | FileCheck %s --check-prefix=ARRAYS
// ARRAYS: arrays.mlir:1:1054: error: brackets nested deeper than 1024
// ARRAYS-NOT: Stack dump
// RUN: %python %S/Inputs/nest_brackets.py dictionaries 20000 > %t.dicts.mlir
// RUN: not nirc check %t.dicts.mlir 2>&1 | FileCheck %s --check-prefix=DICTS
// DICTS: dicts.mlir:1:5146: error: brackets nested deeper than 1024
// DICTS-NOT: Stack dump

// Below the bracket bound, MLIR's own parser reports the text's errors.
// RUN: %python %S/Inputs/nest_brackets.py regions 500 > %t.shallow.mlir
// RUN: not nir-opt %t.shallow.mlir 2>&1 | FileCheck %s --check-prefix=SHALLOW
// SHALLOW: error: unregistered operation 'nir.unknown'

// At the graph limit: 256 nested graphs parse, verify and flatten.
// RUN: %python %S/Inputs/nest_graphs.py 256 > %t.limit.mlir
// RUN: nir-opt %t.limit.mlir --nir-flatten | FileCheck %s --check-prefix=LIMIT
// LIMIT: nir.graph "top"
// LIMIT-NEXT: %[[X:.+]] = nir.input "x" : !nir.signal<1>
// LIMIT-NEXT: nir.output "y"(%[[X]])
// LIMIT-NOT: nir.graph

// One more is refused.
// RUN: %python %S/Inputs/nest_graphs.py 257 > %t.over.mlir
// RUN: not nir-opt %t.over.mlir 2>&1 | FileCheck %s --check-prefix=GRAPHS
// RUN: not nirc check %t.over.mlir 2>&1 | FileCheck %s --check-prefix=GRAPHS
// GRAPHS: error: custom op 'nir.graph' graphs nested deeper than 256
