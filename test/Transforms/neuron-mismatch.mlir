// RUN: nir-opt %s --split-input-file --verify-diagnostics --pass-pipeline='builtin.module(sim.model(sim-neuron-mismatch{spec=v_threshold=0.1,tau=0.2 seed=3 trial=1}))' | FileCheck %s
// RUN: nir-opt %s --split-input-file --verify-diagnostics --pass-pipeline='builtin.module(sim.model(sim-neuron-mismatch{spec=v_threshold=0.1,tau=0.2 seed=3 trial=1}))' | FileCheck %s --check-prefix=SAME
// RUN: nir-opt %s --split-input-file --pass-pipeline='builtin.module(sim.model(sim-neuron-mismatch{spec=v_threshold=0.1,tau=0.2 seed=3 trial=1}))' -o %t.trial1
// RUN: nir-opt %s --split-input-file --pass-pipeline='builtin.module(sim.model(sim-neuron-mismatch{spec=v_threshold=0.1,tau=0.2 seed=3 trial=2}))' -o %t.trial2
// RUN: not diff -q %t.trial1 %t.trial2
// RUN: nir-opt %s --split-input-file --pass-pipeline='builtin.module(sim.model(sim-neuron-mismatch{spec=v_threshold=0,tau=0 seed=3 trial=1}))' | FileCheck %s --check-prefix=ZERO

// sim-neuron-mismatch varies an analog chip's calibrated neurons: the splat
// parameters the chip's emulation holds (one calibration per population)
// become one value per neuron, here v_threshold and both time constants of
// a sim.cuba_step and the tau of a sim.leaky_step; r, v_leak, v_reset and
// w_in, which the spec does not name, stay splats. Sigma 0 changes nothing.

// CHECK-LABEL: sim.model @bss2
// CHECK: sim.cuba_step
// CHECK-SAME: r = dense<2.000000e+00> : tensor<f64>
// CHECK-SAME: tau_mem = dense<[{{[-0-9.e+]+}}, {{[-0-9.e+]+}}, {{[-0-9.e+]+}}]> : tensor<3xf64>
// CHECK-SAME: tau_syn = dense<[{{[-0-9.e+]+}}, {{[-0-9.e+]+}}, {{[-0-9.e+]+}}]> : tensor<3xf64>
// CHECK-SAME: v_leak = dense<1.000000e-01> : tensor<f64>
// CHECK-SAME: v_reset = dense<1.000000e-01> : tensor<f64>
// CHECK-SAME: v_threshold = dense<[{{[-0-9.e+]+}}, {{[-0-9.e+]+}}, {{[-0-9.e+]+}}]> : tensor<3xf64>
// CHECK-SAME: w_in = dense<1.000000e+00> : tensor<f64>
// CHECK: sim.leaky_step
// CHECK-SAME: tau = dense<[{{[-0-9.e+]+}}, {{[-0-9.e+]+}}]> : tensor<2xf64>

// The same seed and trial give the same values (every model starts the
// trial's stream afresh); another trial gives others (the diff above).
// SAME-LABEL: sim.model @bss2
// SAME: v_threshold = dense<[[[T0:[-0-9.e+]+]], [[T1:[-0-9.e+]+]], [[T2:[-0-9.e+]+]]]>
// SAME-LABEL: sim.model @again
// SAME: v_threshold = dense<[[[T0]], [[T1]], [[T2]]]>

// ZERO-LABEL: sim.model @bss2
// ZERO: sim.cuba_step
// ZERO-SAME: tau_mem = dense<1.000000e-02> : tensor<f64>
// ZERO-SAME: v_threshold = dense<1.000000e+00> : tensor<f64>
// ZERO: sim.leaky_step
// ZERO-SAME: tau = dense<4.000000e-03> : tensor<f64>
sim.model @bss2 attributes {dt = 1.0e-03 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %i = sim.state "h.i" {node = "i"} : tensor<3xf64>
  %v = sim.state "h.v" {node = "v"} : tensor<3xf64>
  %rv = sim.state "ro.v" {node = "rv"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<3xf64>
  %in, %vn, %s = sim.cuba_step %i, %v, %x {node = "in", r = dense<2.0> : tensor<f64>, reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<exact>,
      tau_mem = dense<1.0e-2> : tensor<f64>, tau_syn = dense<5.0e-3> : tensor<f64>, v_leak = dense<0.1> : tensor<f64>,
      v_reset = dense<0.1> : tensor<f64>, v_threshold = dense<1.0> : tensor<f64>, w_in = dense<1.0> : tensor<f64>} : tensor<3xf64>
  %d = sim.dense %s {node = "d", weight = dense<0.5> : tensor<2x3xf64>} : tensor<3xf64> -> tensor<2xf64>
  %rn, %rs = sim.leaky_step %rv, %d {node = "rn", tau = dense<4.0e-3> : tensor<f64>, r = dense<1.0> : tensor<f64>,
      v_leak = dense<0.0> : tensor<f64>, reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<exact>} : tensor<2xf64>
  sim.output "y"(%rn) {node = "y"} : tensor<2xf64>
  sim.next %i = %in {node = "i"} : tensor<3xf64>
  sim.next %v = %vn {node = "v"} : tensor<3xf64>
  sim.next %rv = %rn {node = "rv"} : tensor<2xf64>
}

// -----

// The same model again: the same seed and trial draw the same values.
sim.model @again attributes {dt = 1.0e-03 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %i = sim.state "h.i" {node = "i"} : tensor<3xf64>
  %v = sim.state "h.v" {node = "v"} : tensor<3xf64>
  %rv = sim.state "ro.v" {node = "rv"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<3xf64>
  %in, %vn, %s = sim.cuba_step %i, %v, %x {node = "in", r = dense<2.0> : tensor<f64>, reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<exact>,
      tau_mem = dense<1.0e-2> : tensor<f64>, tau_syn = dense<5.0e-3> : tensor<f64>, v_leak = dense<0.1> : tensor<f64>,
      v_reset = dense<0.1> : tensor<f64>, v_threshold = dense<1.0> : tensor<f64>, w_in = dense<1.0> : tensor<f64>} : tensor<3xf64>
  %d = sim.dense %s {node = "d", weight = dense<0.5> : tensor<2x3xf64>} : tensor<3xf64> -> tensor<2xf64>
  %rn, %rs = sim.leaky_step %rv, %d {node = "rn", tau = dense<4.0e-3> : tensor<f64>, r = dense<1.0> : tensor<f64>,
      v_leak = dense<0.0> : tensor<f64>, reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<exact>} : tensor<2xf64>
  sim.output "y"(%rn) {node = "y"} : tensor<2xf64>
  sim.next %i = %in {node = "i"} : tensor<3xf64>
  sim.next %v = %vn {node = "v"} : tensor<3xf64>
  sim.next %rv = %rn {node = "rv"} : tensor<2xf64>
}
