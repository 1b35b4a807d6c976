// RUN: nir-opt %s --convert-sim-to-standard --canonicalize --cse | FileCheck %s

// The step follows the layout the model records, not one of its own: here
// the slots run backwards, the state v last (at 6), the input at 4 and the
// output's record first (at 0), in a storage of 8 elements with a gap.
// CHECK-LABEL: func.func @backwards_eval(
// CHECK-SAME: %[[S:[^:]+]]: memref<?xf64>, %{{[^:]+}}: memref<?xf64>, %[[B:[^:]+]]: index
// CHECK-SAME: sim.elements_per_sample = 8
// The lincomb reads v at 6 B and x at 4 B, and writes its slot at 2 B.
// CHECK: scf.for %[[SAMPLE:.+]] = %c0 to %[[B]]
// CHECK: %[[L:.+]] = arith.muli %[[B]], %c2
// CHECK: %[[LSAMPLE:.+]] = arith.addi %[[L]]
// CHECK: scf.for
// CHECK: arith.muli %[[B]], %c6
// CHECK: memref.load
// CHECK: arith.muli %[[B]], %c4
// CHECK: memref.load
// CHECK: %[[AT:.+]] = arith.addi %[[LSAMPLE]]
// CHECK: memref.store %{{.+}}, %[[S]][%[[AT]]]
// The record copies the lincomb (2 B) to slot 0; the update copies it to v.
// CHECK: %[[L:.+]] = arith.muli %[[B]], %c2
// CHECK: scf.for %[[I:.+]] =
// CHECK-NEXT: %[[FROM:.+]] = arith.addi %[[L]], %[[I]]
// CHECK-NEXT: %[[VALUE:.+]] = memref.load %[[S]][%[[FROM]]]
// CHECK-NEXT: memref.store %[[VALUE]], %[[S]][%[[I]]]
// CHECK: %[[V:.+]] = arith.muli %[[B]], %c6
// CHECK: scf.for %[[I:.+]] =
// CHECK-NEXT: %[[FROM:.+]] = arith.addi %[[L]], %[[I]]
// CHECK-NEXT: %[[VALUE:.+]] = memref.load %[[S]][%[[FROM]]]
// CHECK-NEXT: %[[TO:.+]] = arith.addi %[[V]], %[[I]]
// CHECK-NEXT: memref.store %[[VALUE]], %[[S]][%[[TO]]]
sim.model @backwards attributes {dt = 1.0 : f64, method = #sim.method<euler>, reset = #sim.reset_mode<to_v_reset>, scheduled, storage_size = 8 : i64} {
  %v = sim.state "v" {node = "v", sim.slots = array<i64: 6>} : tensor<2xf64>
  %x = sim.input "x" {node = "x", sim.slots = array<i64: 4>} : tensor<2xf64>
  %l = sim.lincomb %v, %x {node = "l", coefficients = [dense<0.5> : tensor<2xf64>, dense<1.0> : tensor<2xf64>], sim.slots = array<i64: 2>} : tensor<2xf64>
  sim.output "y"(%l) {node = "y", sim.slots = array<i64: 0>} : tensor<2xf64>
  sim.next %v = %l {node = "v"} : tensor<2xf64>
}
