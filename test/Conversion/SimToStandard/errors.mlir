// RUN: nir-opt %s --convert-sim-to-standard --split-input-file --verify-diagnostics

// The step is lowered in the order the ops are given, which only
// sim-schedule checks.
// expected-error @+1 {{must be scheduled (run 'sim-schedule') before it is lowered}}
sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "in" {node = "x"} : tensor<1xf64>
  sim.output "out"(%x) {node = "out"} : tensor<1xf64>
}

// -----

// The step addresses the slots sim-allocate-storage recorded.
// expected-error @+1 {{must have its storage allocated (run 'sim-allocate-storage') before it is lowered}}
sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>, scheduled} {
  %x = sim.input "in" {node = "x"} : tensor<1xf64>
  sim.output "out"(%x) {node = "out"} : tensor<1xf64>
}

// -----

// An emulated chip's integer registers have no native step yet.
sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>, scheduled, storage_size = 6 : i64} {
  %x = sim.input "in" {node = "x", sim.slots = array<i64: 0>} : tensor<2xf64>
  // expected-error @+1 {{holds a chip's integer registers, which the native step does not compute yet}}
  %c = sim.adc %x {node = "c", bits = 8 : i64, offset = 0.0 : f64, unit = 0.5 : f64, sim.slots = array<i64: 2>} : tensor<2xf64> -> tensor<2xi32>
  sim.output "out"(%c) {node = "out", unit = 0.5 : f64, sim.slots = array<i64: 4>} : tensor<2xi32>
}
