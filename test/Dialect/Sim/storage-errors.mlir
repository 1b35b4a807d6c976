// RUN: nir-opt %s --split-input-file --verify-diagnostics

// Once a model's storage is allocated, every op holds its slots: a pass that
// adds an op after sim-allocate-storage must allocate again.
sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>, scheduled, storage_size = 2 : i64} {
  %x = sim.input "x" {node = "x", sim.slots = array<i64: 0>} : tensor<1xf64>
  // expected-error @+1 {{has no 'sim.slots' in a model whose storage is allocated}}
  sim.output "y"(%x) {node = "y"} : tensor<1xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>, scheduled, storage_size = 4 : i64} {
  %x = sim.input "x" {node = "x", sim.slots = array<i64: 0>} : tensor<1xf64>
  // expected-error @+1 {{has 1 slots in 'sim.slots', expected 2}}
  %s, %v = sim.fire %x {node = "s", threshold = dense<1.0> : tensor<1xf64>, reset_value = dense<0.0> : tensor<1xf64>, reset = #sim.reset_mode<to_v_reset>, sim.slots = array<i64: 1>} : tensor<1xf64>
  sim.output "y"(%s) {node = "y", sim.slots = array<i64: 3>} : tensor<1xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>, scheduled, storage_size = 4 : i64} {
  // expected-error @+1 {{has the slot [3, 5) outside the model's storage of 4 elements per sample}}
  %x = sim.input "x" {node = "x", sim.slots = array<i64: 3>} : tensor<2xf64>
  sim.output "y"(%x) {node = "y", sim.slots = array<i64: 0>} : tensor<2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>, scheduled, storage_size = 4 : i64} {
  %x = sim.input "x" {node = "x", sim.slots = array<i64: 0>} : tensor<2xf64>
  // expected-error @+1 {{has a slot that overlaps one of 'sim.input' at [0, 2)}}
  sim.output "y"(%x) {node = "y", sim.slots = array<i64: 1>} : tensor<2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>, scheduled, storage_size = 4 : i64} {
  %x = sim.input "x" {node = "x", sim.slots = array<i64: 0>} : tensor<2xf64>
  // expected-error @+1 {{must share its input's slot}}
  %r = sim.reshape %x {node = "r", sim.slots = array<i64: 2>} : tensor<2xf64> -> tensor<1x2xf64>
  sim.output "y"(%r) {node = "y", sim.slots = array<i64: 2>} : tensor<1x2xf64>
}

// -----

// A state fed by another state's start-of-step value is staged.
sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>, scheduled, storage_size = 3 : i64} {
  %a = sim.state "a" {node = "a", sim.slots = array<i64: 0>} : tensor<1xf64>
  %b = sim.state "b" {node = "b", sim.slots = array<i64: 1>} : tensor<1xf64>
  %x = sim.input "x" {node = "x", sim.slots = array<i64: 2>} : tensor<1xf64>
  sim.next %a = %x {node = "a"} : tensor<1xf64>
  // expected-error @+1 {{has no 'sim.slots' in a model whose storage is allocated}}
  sim.next %b = %a {node = "b"} : tensor<1xf64>
}

// -----

// expected-error @+1 {{has its storage allocated but is not scheduled}}
sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>, storage_size = 1 : i64} {
  %x = sim.input "x" {node = "x", sim.slots = array<i64: 0>} : tensor<1xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  // expected-error @+1 {{'sim.slots' must be an array<i64> of slot offsets}}
  %x = sim.input "x" {node = "x", sim.slots = [0]} : tensor<1xf64>
}
