// RUN: nir-opt %s --sim-allocate-storage --convert-sim-to-standard --canonicalize --cse --split-input-file | FileCheck %s
// RUN: nir-opt %s --sim-allocate-storage --convert-sim-to-standard=precision=f32 --split-input-file | FileCheck %s --check-prefix=F32
// RUN: nir-opt %s --sim-allocate-storage --convert-sim-to-standard=time-ops --split-input-file | FileCheck %s --check-prefix=TIME
// RUN: nir-opt %s --sim-allocate-storage --convert-sim-to-standard --split-input-file | FileCheck %s --check-prefix=NOTIME

// convert-sim-to-standard: a scheduled sim.model becomes one step function
// over a storage buffer of [batch, elements] slots, in body order: the state
// v (0), the input x (2), the dense result (5), the lincomb (7), the fire
// results (9, 11), the output's and the probe's record slots (13, 15).

// Weights and non-uniform coefficients go to the constants buffer the host
// passes in, recorded on the step: the transposed weights (0-5), then the
// lincomb's second coefficients (6-7).
// CHECK-NOT: sim.model
// CHECK-LABEL: func.func @net_eval(
// CHECK-SAME: %[[S:[^:]+]]: memref<?xf64>, %[[C:[^:]+]]: memref<?xf64>, %[[B:[^:]+]]: index, %{{.+}}: !llvm.ptr)
// CHECK-SAME: llvm.emit_c_interface
// CHECK-SAME: sim.constants = dense<[1.000000e+00, 4.000000e+00, 2.000000e+00, 5.000000e+00, 3.000000e+00, 6.000000e+00, 1.000000e-01, 2.000000e-01]> : tensor<8xf64>
// CHECK-SAME: sim.elements_per_sample = 17
// With time-ops, the host hears after each op that runs code (by its place
// in the body: dense 2, lincomb 3, fire 4, output 5, probe 6), and after the
// state updates (8, the number of ops); without, never.
// TIME: func.func private @nirc_sim_op_done(!llvm.ptr, i64)
// TIME-LABEL: func.func @net_eval(
// TIME-SAME: %[[CONTEXT:[^:]+]]: !llvm.ptr)
// TIME: call @nirc_sim_op_done(%[[CONTEXT]], %c2_i64)
// TIME: call @nirc_sim_op_done(%[[CONTEXT]], %c3_i64)
// TIME: call @nirc_sim_op_done(%[[CONTEXT]], %c4_i64)
// TIME: call @nirc_sim_op_done(%[[CONTEXT]], %c5_i64)
// TIME: call @nirc_sim_op_done(%[[CONTEXT]], %c6_i64)
// TIME-NOT: call @nirc_sim_op_done
// TIME: call @nirc_sim_op_done(%[[CONTEXT]], %c8_i64)
// TIME-NEXT: return
// NOTIME-NOT: nirc_sim_op_done
// F32-LABEL: func.func @net_eval(
// F32-SAME: memref<?xf32>, %{{.+}}: memref<?xf32>
// F32-SAME: sim.constants = dense<{{.*}}> : tensor<8xf32>

// The dense synapse: the bias into every sample's slot 5...
// CHECK: scf.for %[[SAMPLE:.+]] = %{{.+}} to %[[B]]
// CHECK: memref.store %[[BIAS:.+]], %[[S]]
// ...then, input by input and sample by sample, the transposed weight row of
// each non-zero input added in input order (event-driven).
// CHECK: scf.for %[[K:.+]] = %{{.+}} to %c3
// CHECK: scf.for
// CHECK: %[[X:.+]] = memref.load %[[S]]
// CHECK: %[[ACTIVE:.+]] = arith.cmpf une, %[[X]], %{{.+}} : f64
// CHECK: scf.if %[[ACTIVE]] {
// CHECK: scf.for
// CHECK: %[[WK:.+]] = memref.load %[[C]]
// CHECK: %[[TERM:.+]] = arith.mulf %[[X]], %[[WK]] : f64
// CHECK: %[[OLD:.+]] = memref.load %[[S]]
// CHECK: %[[NEW:.+]] = arith.addf %[[OLD]], %[[TERM]] : f64
// CHECK: memref.store %[[NEW]], %[[S]]

// The lincomb: c0 v + c1 d, a uniform coefficient inline, the other read
// from the constants at 6.
// CHECK: arith.mulf %{{.+}}, %cst
// CHECK: %[[AT:.+]] = arith.addi %{{.+}}, %c6
// CHECK: memref.load %[[C]][%[[AT]]]
// CHECK: arith.mulf
// CHECK: arith.addf

// The fire: spikes where v > threshold, the membrane reset there.
// CHECK: %[[FIRED:.+]] = arith.cmpf ogt
// CHECK: arith.select %[[FIRED]]
// CHECK: arith.select %[[FIRED]]

// Then the output's and the probe's copies, and last the state update:
// slot 11 (the reset membrane) into slot 0 (v).
// CHECK: arith.muli %[[B]], %c13
// CHECK: arith.muli %[[B]], %c15
// CHECK: %[[FROM:.+]] = arith.muli %[[B]], %c11
// CHECK: scf.for %[[I:.+]] =
// CHECK-NEXT: %[[AT:.+]] = arith.addi %[[FROM]], %[[I]]
// CHECK-NEXT: %[[VALUE:.+]] = memref.load %[[S]][%[[AT]]]
// CHECK-NEXT: memref.store %[[VALUE]], %[[S]][%[[I]]]
// CHECK: return
sim.model @net attributes {dt = 1.0e-03 : f64, method = #sim.method<euler>, reset = #sim.reset_mode<to_v_reset>, scheduled} {
  %v = sim.state "lif.v" {node = "v"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<3xf64>
  %d = sim.dense %x {node = "d", weight = dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf64>, bias = dense<0.5> : tensor<2xf64>} : tensor<3xf64> -> tensor<2xf64>
  %li = sim.lincomb %v, %d {node = "li", coefficients = [dense<0.9> : tensor<2xf64>, dense<[0.1, 0.2]> : tensor<2xf64>]} : tensor<2xf64>
  %s, %va = sim.fire %li {node = "s", threshold = dense<1.0> : tensor<2xf64>, reset_value = dense<0.0> : tensor<2xf64>, reset = #sim.reset_mode<to_v_reset>} : tensor<2xf64>
  sim.output "y"(%s) {node = "y"} : tensor<2xf64>
  sim.probe "lif" "v"(%v) : tensor<2xf64>
  sim.next %v = %va {node = "v"} : tensor<2xf64>
}

// -----

// An exact LIF: first the closed form for every element, in vectors of 8
// lanes (3 of them here), which marks in the spike slot (9) the elements
// whose membrane ends or starts above threshold; then each marked element
// handed to the host's crossing search as (context, op 0, element, sample).
// CHECK-LABEL: func.func private @nirc_sim_neuron_step(!llvm.ptr, i64, i64, i64)
// CHECK-LABEL: func.func @lif_eval(
// CHECK-SAME: %[[S:[^:]+]]: memref<?xf64>, %{{[^:]+}}: memref<?xf64>, %[[B:[^:]+]]: index, %[[CONTEXT:[^:]+]]: !llvm.ptr)
// CHECK-DAG: %[[ONE:.+]] = arith.constant dense<1.000000e+00> : vector<8xf64>
// CHECK-DAG: %[[ZERO:.+]] = arith.constant dense<0.000000e+00> : vector<8xf64>
// CHECK: scf.for
// CHECK: %[[LANES:.+]] = vector.constant_mask [3] : vector<8xi1>
// CHECK: %[[V:.+]] = vector.maskedload %[[S]][%{{.+}}], %[[LANES]]
// CHECK: %[[SUM:.+]] = arith.addf {{.+}} : vector<8xf64>
// CHECK: %[[END:.+]] = arith.addf %[[SUM]]
// CHECK: vector.maskedstore %[[S]][%{{.+}}], %[[LANES]], %[[END]]
// CHECK: %[[ENDABOVE:.+]] = arith.cmpf ugt, %[[END]], %[[THETA:.+]] : vector<8xf64>
// CHECK: %[[STARTABOVE:.+]] = arith.cmpf ugt, %[[V]], %[[THETA]] : vector<8xf64>
// CHECK: %[[CROSS:.+]] = arith.ori %[[ENDABOVE]], %[[STARTABOVE]]
// CHECK: %[[MARK:.+]] = arith.select %[[CROSS]], %[[ONE]], %[[ZERO]]
// CHECK: vector.maskedstore %[[S]][%{{.+}}], %[[LANES]], %[[MARK]]
// CHECK-NOT: call
// CHECK: scf.for %[[SAMPLE:.+]] = %{{.+}} to %[[B]]
// CHECK: %[[SPIKES:.+]] = arith.muli %[[B]], %c9
// CHECK: scf.for %[[J:.+]] =
// CHECK: %[[MARKED:.+]] = memref.load %[[S]]
// CHECK: %[[HAND:.+]] = arith.cmpf une, %[[MARKED]]
// CHECK: scf.if %[[HAND]] {
// CHECK: func.call @nirc_sim_neuron_step(%[[CONTEXT]], %c0_i64, %{{.+}}, %{{.+}})
sim.model @lif attributes {dt = 1.0e-04 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>, scheduled} {
  %v = sim.state "n.v" {node = "v"} : tensor<3xf64>
  %x = sim.input "x" {node = "x"} : tensor<3xf64>
  %vn, %z = sim.leaky_step %v, %x {node = "vn", tau = dense<1.0e-3> : tensor<3xf64>, r = dense<1.0> : tensor<3xf64>,
      v_leak = dense<0.0> : tensor<3xf64>, v_threshold = dense<1.0> : tensor<3xf64>,
      v_reset = dense<0.0> : tensor<3xf64>, reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<exact>} : tensor<3xf64>
  sim.output "y"(%z) {node = "y"} : tensor<3xf64>
  sim.next %v = %vn {node = "v"} : tensor<3xf64>
}

// -----

// A state fed by another state reads its old value: slots a (0), b (1),
// x (2), the output's record (3), and b's staging slot (4), which takes a
// before any state is updated; b then takes it.
// CHECK-LABEL: func.func @chain_eval(
// CHECK-SAME: %[[S:[^:]+]]: memref<?xf64>, %{{[^:]+}}: memref<?xf64>, %[[B:[^:]+]]: index
// CHECK-SAME: sim.elements_per_sample = 5
// The record: b (at B) into slot 3.
// CHECK: %[[AT3:.+]] = arith.muli %[[B]], %c3
// CHECK: scf.for %[[I:.+]] =
// CHECK-NEXT: %[[FROM:.+]] = arith.addi %[[B]], %[[I]]
// CHECK-NEXT: %[[VALUE:.+]] = memref.load %[[S]][%[[FROM]]]
// CHECK-NEXT: %[[TO:.+]] = arith.addi %[[AT3]], %[[I]]
// CHECK-NEXT: memref.store %[[VALUE]], %[[S]][%[[TO]]]
// The staging: a (at 0) into slot 4.
// CHECK: %[[AT4:.+]] = arith.muli %[[B]], %c4
// CHECK: scf.for %[[I:.+]] =
// CHECK-NEXT: %[[VALUE:.+]] = memref.load %[[S]][%[[I]]]
// CHECK-NEXT: %[[TO:.+]] = arith.addi %[[AT4]], %[[I]]
// CHECK-NEXT: memref.store %[[VALUE]], %[[S]][%[[TO]]]
// a takes x (slot 2), then b takes the staged a.
// CHECK: %[[AT2:.+]] = arith.muli %[[B]], %c2
// CHECK: scf.for %[[I:.+]] =
// CHECK-NEXT: %[[FROM:.+]] = arith.addi %[[AT2]], %[[I]]
// CHECK-NEXT: %[[VALUE:.+]] = memref.load %[[S]][%[[FROM]]]
// CHECK-NEXT: memref.store %[[VALUE]], %[[S]][%[[I]]]
// CHECK: scf.for %[[I:.+]] =
// CHECK-NEXT: %[[FROM:.+]] = arith.addi %[[AT4]], %[[I]]
// CHECK-NEXT: %[[VALUE:.+]] = memref.load %[[S]][%[[FROM]]]
// CHECK-NEXT: %[[TO:.+]] = arith.addi %[[B]], %[[I]]
// CHECK-NEXT: memref.store %[[VALUE]], %[[S]][%[[TO]]]
// CHECK-NEXT: }
// CHECK-NEXT: return
sim.model @chain attributes {dt = 1.0 : f64, method = #sim.method<euler>, reset = #sim.reset_mode<to_v_reset>, scheduled} {
  %a = sim.state "a" {node = "a"} : tensor<1xf64>
  %b = sim.state "b" {node = "b"} : tensor<1xf64>
  %x = sim.input "x" {node = "x"} : tensor<1xf64>
  sim.output "y"(%b) {node = "y"} : tensor<1xf64>
  sim.next %a = %x {node = "a"} : tensor<1xf64>
  sim.next %b = %a {node = "b"} : tensor<1xf64>
}
