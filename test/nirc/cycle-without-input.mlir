// A graph that is a cycle with no Input node (nothing feeds it from outside)
// is valid NIR: it is checked, exported and imported like any other. It
// cannot be simulated from input data, and says why; a cycle with no
// stateful node in it cannot be stepped at all.

// RUN: rm -rf %t && split-file %s %t

// RUN: nirc check %t/lif-cycle.mlir | FileCheck %s --check-prefix=VALID
// RUN: nirc convert %t/lif-cycle.mlir %t/lif-cycle.nir
// RUN: nirc check %t/lif-cycle.nir | FileCheck %s --check-prefix=VALID
// VALID: valid NIR graph
// RUN: nirc convert %t/lif-cycle.nir %t/back.mlir
// RUN: FileCheck %s --input-file %t/back.mlir --check-prefix=ROUND-TRIP
// ROUND-TRIP: nir.graph {
// ROUND-TRIP-NOT: nir.input
// ROUND-TRIP: %[[S:.+]] = nir.lif "lif"(%[[W:[^)]+]])
// ROUND-TRIP: %[[W]] = nir.linear "w"(%[[S]])

// RUN: not nirc simulate %t/lif-cycle.nir --input %t/one.csv --dt 1e-3 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=NO-INPUT
// NO-INPUT: error: {{.*}}one.csv: data without an Input name feeds a graph with one Input, but this graph has 0

// RUN: nirc convert %t/linear-cycle.mlir %t/linear-cycle.nir
// RUN: not nirc simulate %t/linear-cycle.nir --input %t/one.csv --dt 1 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=STATELESS
// STATELESS: error: 'sim.model' op cycle without a stateful node cannot be stepped: 'a' -> 'b' -> 'a'
// RUN: not test -e %t/out.h5

//--- lif-cycle.mlir
nir.graph "no_input_cycle" {
  %s = nir.lif "lif"(%w) {tau = dense<0.01> : tensor<2xf64>,
      r = dense<1.0> : tensor<2xf64>, v_leak = dense<2.0> : tensor<2xf64>,
      v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %w = nir.linear "w"(%s) {weight = dense<[[0.0, -0.5], [-0.5, 0.0]]>
      : tensor<2x2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%s) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- linear-cycle.mlir
nir.graph "stateless_cycle" {
  %a = nir.linear "a"(%b) {weight = dense<1.0> : tensor<1x1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %b = nir.linear "b"(%a) {weight = dense<1.0> : tensor<1x1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
}

//--- one.csv
1
