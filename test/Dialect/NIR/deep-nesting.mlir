// Graphs nested 10,000 deep once overflowed the stack of MLIR's recursive
// parser (SIGSEGV in nir-opt and nirc). The nir.graph parser now stops at
// 256 levels below the top graph, as the .nir importer does.

// RUN: %python %S/Inputs/nest_graphs.py 10000 > %t.deep.mlir
// RUN: not nir-opt %t.deep.mlir 2>&1 | FileCheck %s --check-prefix=DEEP
// RUN: not nirc check %t.deep.mlir 2>&1 | FileCheck %s --check-prefix=DEEP
// DEEP: error: custom op 'nir.graph' graphs nested deeper than 256
// DEEP-NOT: Stack dump

// At the limit: 256 nested graphs parse, verify and flatten.
// RUN: %python %S/Inputs/nest_graphs.py 256 > %t.limit.mlir
// RUN: nir-opt %t.limit.mlir --nir-flatten | FileCheck %s --check-prefix=LIMIT
// LIMIT: nir.graph "top"
// LIMIT-NEXT: %[[X:.+]] = nir.input "x" : !nir.signal<1>
// LIMIT-NEXT: nir.output "y"(%[[X]])
// LIMIT-NOT: nir.graph

// One more is refused.
// RUN: %python %S/Inputs/nest_graphs.py 257 > %t.over.mlir
// RUN: not nir-opt %t.over.mlir 2>&1 | FileCheck %s --check-prefix=DEEP
