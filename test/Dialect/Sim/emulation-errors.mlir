// RUN: nir-opt %s -split-input-file -verify-diagnostics
// Every diagnostic of the verifiers of the chip-emulation ops (sim.events,
// sim.accumulate, sim.fixed_step, sim.event_fire) and of an integer
// sim.state, one case per split.

//===----------------------------------------------------------------------===//
// sim.state with integers
//===----------------------------------------------------------------------===//

sim.model @m attributes {dt = 1.0 : f64} {
  // expected-error @+1 {{'sim.state' op an integer state needs integer 'initial' values}}
  %v = sim.state "v" init dense<1.0> : tensor<f64> {node = "v"} : tensor<2xi16>
  sim.next %v = %v {node = "v"} : tensor<2xi16>
}

// -----

sim.model @m attributes {dt = 1.0 : f64} {
  // expected-error @+1 {{'sim.state' op a floating-point state needs float 'initial' values}}
  %v = sim.state "v" init dense<1> : tensor<i64> {node = "v"} : tensor<2xf64>
  sim.next %v = %v {node = "v"} : tensor<2xf64>
}

// -----

// An integer initial value of the wrong shape.
sim.model @m attributes {dt = 1.0 : f64} {
  // expected-error @+1 {{'sim.state' op 'initial' has shape [3] but the signal has shape [2]}}
  %v = sim.state "v" init dense<[1, 2, 3]> : tensor<3xi64> {node = "v"} : tensor<2xi16>
  sim.next %v = %v {node = "v"} : tensor<2xi16>
}

// -----

// 2^15 needs 17 bits as a signed number; -2^15 fits 16.
sim.model @m attributes {dt = 1.0 : f64} {
  // expected-error @+1 {{'sim.state' op 'initial' value 32768 does not fit the state's 16 bits}}
  %v = sim.state "v" init dense<[-32768, 32768]> : tensor<2xi64> {node = "v"} : tensor<2xi16>
  sim.next %v = %v {node = "v"} : tensor<2xi16>
}

// -----

sim.model @m attributes {dt = 1.0 : f64} {
  // expected-error @+1 {{'sim.state' op 'initial' value -8388609 does not fit the state's 24 bits}}
  %v = sim.state "v" init dense<-8388609> : tensor<i64> {node = "v"} : tensor<2xi24>
  sim.next %v = %v {node = "v"} : tensor<2xi24>
}

//===----------------------------------------------------------------------===//
// sim.events
//===----------------------------------------------------------------------===//

// -----

sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+1 {{'sim.events' op result must have the input's shape}}
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<2xf64> -> tensor<3xi32>
}

// -----

sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+1 {{'sim.events' op attribute 'max_per_step' failed to satisfy constraint: 64-bit signless integer attribute whose value is positive}}
  %e = sim.events %x {node = "e", max_per_step = 0} : tensor<2xf64> -> tensor<2xi32>
}

// -----

sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+1 {{'sim.events' op attribute 'max_per_step' failed to satisfy constraint: 64-bit signless integer attribute whose value is positive}}
  %e = sim.events %x {node = "e", max_per_step = -3} : tensor<2xf64> -> tensor<2xi32>
}

// -----

// Events are integer counts.
sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+1 {{'sim.events' op result #0 must be ranked tensor of signless integer values}}
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<2xf64> -> tensor<2xf64>
}

//===----------------------------------------------------------------------===//
// sim.accumulate
//===----------------------------------------------------------------------===//

// -----

sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<2xf64> -> tensor<2xi32>
  %i = sim.state "i" {node = "i"} : tensor<3xi16>
  // expected-error @+1 {{'sim.accumulate' op 'base' must have the result's type}}
  %a = sim.accumulate %e into %i {node = "a", weight = dense<1> : tensor<3x2xi64>, overflow = #sim.overflow<saturate>}
      : tensor<2xi32>, tensor<3xi16> -> tensor<3xi24>
  sim.next %i = %i {node = "i"} : tensor<3xi16>
}

// -----

// Dense: the weight's columns are the source's elements...
sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<2xf64> -> tensor<2xi32>
  // expected-error @+1 {{'sim.accumulate' op 'weight' [3, 4] does not map 2 source elements to 3}}
  %a = sim.accumulate %e {node = "a", weight = dense<1> : tensor<3x4xi64>, overflow = #sim.overflow<unbounded>}
      : tensor<2xi32> -> tensor<3xi32>
}

// -----

// ...its rows the result's.
sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<2xf64> -> tensor<2xi32>
  // expected-error @+1 {{'sim.accumulate' op 'weight' [3, 2] does not map 2 source elements to 4}}
  %a = sim.accumulate %e {node = "a", weight = dense<1> : tensor<3x2xi64>, overflow = #sim.overflow<unbounded>}
      : tensor<2xi32> -> tensor<2x2xi32>
}

// -----

// A dense block after pooling maps the pooled elements: [2, 4, 4] pooled 2x2
// is [2, 2, 2], 8 elements, not 32.
sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<2x4x4xf64>
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<2x4x4xf64> -> tensor<2x4x4xi32>
  // expected-error @+1 {{'sim.accumulate' op 'weight' [3, 32] does not map 8 source elements to 3}}
  %a = sim.accumulate %e {node = "a", weight = dense<1> : tensor<3x32xi64>, pool = 2, overflow = #sim.overflow<unbounded>}
      : tensor<2x4x4xi32> -> tensor<3xi32>
}

// -----

sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<2xf64> -> tensor<2xi32>
  // expected-error @+1 {{'sim.accumulate' op dense weights take no 'stride' or 'padding'}}
  %a = sim.accumulate %e {node = "a", weight = dense<1> : tensor<3x2xi64>, stride = array<i64: 1, 1>,
      overflow = #sim.overflow<unbounded>} : tensor<2xi32> -> tensor<3xi32>
}

// -----

sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<2xf64> -> tensor<2xi32>
  // expected-error @+1 {{'sim.accumulate' op dense weights take no 'stride' or 'padding'}}
  %a = sim.accumulate %e {node = "a", weight = dense<1> : tensor<3x2xi64>, padding = array<i64: 0, 0>,
      overflow = #sim.overflow<unbounded>} : tensor<2xi32> -> tensor<3xi32>
}

// -----

// Pooling needs a [C, H, W] source...
sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<4x4xf64>
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<4x4xf64> -> tensor<4x4xi32>
  // expected-error @+1 {{'sim.accumulate' op pooling needs a [C, H, W] source and 'pool' >= 1}}
  %a = sim.accumulate %e {node = "a", weight = dense<1> : tensor<3x4xi64>, pool = 2, overflow = #sim.overflow<unbounded>}
      : tensor<4x4xi32> -> tensor<3xi32>
}

// -----

// ...and a pool of at least 1.
sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<1x4x4xf64>
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<1x4x4xf64> -> tensor<1x4x4xi32>
  // expected-error @+1 {{'sim.accumulate' op pooling needs a [C, H, W] source and 'pool' >= 1}}
  %a = sim.accumulate %e {node = "a", weight = dense<1> : tensor<3x16xi64>, pool = 0, overflow = #sim.overflow<unbounded>}
      : tensor<1x4x4xi32> -> tensor<3xi32>
}

// -----

// Neither dense nor conv: a 3-D weight.
sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<2xf64> -> tensor<2xi32>
  // expected-error @+1 {{'sim.accumulate' op 'weight' must be [out, in], or [C_out, C_in, kH, kW] with a 2-entry 'stride' (>= 1) and 'padding' (>= 0)}}
  %a = sim.accumulate %e {node = "a", weight = dense<1> : tensor<3x2x1xi64>, overflow = #sim.overflow<unbounded>}
      : tensor<2xi32> -> tensor<3xi32>
}

// -----

// A conv weight without stride and padding.
sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<2x4x4xf64>
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<2x4x4xf64> -> tensor<2x4x4xi32>
  // expected-error @+1 {{'sim.accumulate' op 'weight' must be [out, in], or [C_out, C_in, kH, kW] with a 2-entry 'stride' (>= 1) and 'padding' (>= 0)}}
  %a = sim.accumulate %e {node = "a", weight = dense<1> : tensor<3x2x3x3xi64>, overflow = #sim.overflow<saturate>}
      : tensor<2x4x4xi32> -> tensor<3x2x2xi16>
}

// -----

// A conv with a 3-entry stride.
sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<2x4x4xf64>
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<2x4x4xf64> -> tensor<2x4x4xi32>
  // expected-error @+1 {{'sim.accumulate' op 'weight' must be [out, in], or [C_out, C_in, kH, kW] with a 2-entry 'stride' (>= 1) and 'padding' (>= 0)}}
  %a = sim.accumulate %e {node = "a", weight = dense<1> : tensor<3x2x3x3xi64>, stride = array<i64: 1, 1, 1>,
      padding = array<i64: 1, 1>, overflow = #sim.overflow<saturate>} : tensor<2x4x4xi32> -> tensor<3x4x4xi16>
}

// -----

// A conv with a 4-entry (ONNX-style) padding: the emulation's is symmetric.
sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<2x4x4xf64>
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<2x4x4xf64> -> tensor<2x4x4xi32>
  // expected-error @+1 {{'sim.accumulate' op 'weight' must be [out, in], or [C_out, C_in, kH, kW] with a 2-entry 'stride' (>= 1) and 'padding' (>= 0)}}
  %a = sim.accumulate %e {node = "a", weight = dense<1> : tensor<3x2x3x3xi64>, stride = array<i64: 1, 1>,
      padding = array<i64: 1, 1, 1, 1>, overflow = #sim.overflow<saturate>} : tensor<2x4x4xi32> -> tensor<3x4x4xi16>
}

// -----

// Conv: the source's channels are the weight's C_in...
sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<2x4x4xf64>
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<2x4x4xf64> -> tensor<2x4x4xi32>
  // expected-error @+1 {{'sim.accumulate' op source [2, 4, 4] does not match 'weight' [3, 1, 3, 3]}}
  %a = sim.accumulate %e {node = "a", weight = dense<1> : tensor<3x1x3x3xi64>, stride = array<i64: 1, 1>,
      padding = array<i64: 1, 1>, overflow = #sim.overflow<saturate>} : tensor<2x4x4xi32> -> tensor<3x4x4xi16>
}

// -----

// ...and the source is [C, H, W].
sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<32xf64>
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<32xf64> -> tensor<32xi32>
  // expected-error @+1 {{'sim.accumulate' op source [32] does not match 'weight' [3, 2, 3, 3]}}
  %a = sim.accumulate %e {node = "a", weight = dense<1> : tensor<3x2x3x3xi64>, stride = array<i64: 1, 1>,
      padding = array<i64: 1, 1>, overflow = #sim.overflow<saturate>} : tensor<32xi32> -> tensor<3x4x4xi16>
}

// -----

// [2, 4, 4] * [3, 2, 3, 3] with stride 2 and padding 1 is [3, 2, 2].
sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<2x4x4xf64>
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<2x4x4xf64> -> tensor<2x4x4xi32>
  // expected-error @+1 {{'sim.accumulate' op result shape [3, 4, 4] should be [3, 2, 2]}}
  %a = sim.accumulate %e {node = "a", weight = dense<1> : tensor<3x2x3x3xi64>, stride = array<i64: 2, 2>,
      padding = array<i64: 1, 1>, overflow = #sim.overflow<saturate>} : tensor<2x4x4xi32> -> tensor<3x4x4xi16>
}

// -----

// The pooled source is what the kernel slides over: [2, 4, 4] pooled 2x2
// is [2, 2, 2]; a 1x1 kernel keeps [3, 2, 2].
sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<2x4x4xf64>
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<2x4x4xf64> -> tensor<2x4x4xi32>
  // expected-error @+1 {{'sim.accumulate' op result shape [3, 4, 4] should be [3, 2, 2]}}
  %a = sim.accumulate %e {node = "a", weight = dense<1> : tensor<3x2x1x1xi64>, stride = array<i64: 1, 1>,
      padding = array<i64: 0, 0>, pool = 2, overflow = #sim.overflow<saturate>} : tensor<2x4x4xi32> -> tensor<3x4x4xi16>
}

// -----

sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<2xf64> -> tensor<2xi32>
  // expected-error @+1 {{'sim.accumulate' op attribute 'weight' failed to satisfy constraint: 64-bit signless integer elements attribute}}
  %a = sim.accumulate %e {node = "a", weight = dense<1.0> : tensor<3x2xf64>, overflow = #sim.overflow<unbounded>}
      : tensor<2xi32> -> tensor<3xi32>
}

// -----

sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<2xf64> -> tensor<2xi32>
  // expected-error @+1 {{'sim.accumulate' op requires attribute 'overflow'}}
  %a = sim.accumulate %e {node = "a", weight = dense<1> : tensor<3x2xi64>} : tensor<2xi32> -> tensor<3xi32>
}

// -----

sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<2xf64> -> tensor<2xi32>
  // expected-error @+2 {{expected ::nirc::sim::Overflow to be one of: unbounded, saturate, saturate_symmetric, wrap_once}}
  // expected-error @+1 {{failed to parse Sim_OverflowAttr parameter 'value' which is to be a `::nirc::sim::Overflow`}}
  %a = sim.accumulate %e {node = "a", weight = dense<1> : tensor<3x2xi64>, overflow = #sim.overflow<clip>} : tensor<2xi32> -> tensor<3xi32>
}

//===----------------------------------------------------------------------===//
// sim.fixed_step
//===----------------------------------------------------------------------===//

// -----

sim.model @m attributes {dt = 1.0 : f64} {
  %i = sim.state "i" {node = "i"} : tensor<3xi16>
  %v = sim.state "v" {node = "v"} : tensor<2xi16>
  // expected-error @+1 {{'sim.fixed_step' op current, membrane, input and spikes must have one shape}}
  %in, %vn, %z = sim.fixed_step %i, %v {node = "in", decay = #sim.decay<bit_shift>,
      current_decay = dense<1> : tensor<i64>, membrane_decay = dense<1> : tensor<i64>,
      current_overflow = #sim.overflow<saturate>, membrane_overflow = #sim.overflow<saturate>,
      membrane_sum = #sim.membrane_sum<chained>, compare = #sim.compare<ge>,
      reset = #sim.reset<subtract>, max_spikes = 1} : tensor<3xi16>, tensor<2xi16> -> tensor<2xi32>
  sim.next %i = %in {node = "i"} : tensor<3xi16>
  sim.next %v = %vn {node = "v"} : tensor<2xi16>
}

// -----

sim.model @m attributes {dt = 1.0 : f64} {
  %i = sim.state "i" {node = "i"} : tensor<3xi16>
  %v = sim.state "v" {node = "v"} : tensor<3xi16>
  // expected-error @+1 {{'sim.fixed_step' op current, membrane, input and spikes must have one shape}}
  %in, %vn, %z = sim.fixed_step %i, %v {node = "in", decay = #sim.decay<bit_shift>,
      current_decay = dense<1> : tensor<i64>, membrane_decay = dense<1> : tensor<i64>,
      current_overflow = #sim.overflow<saturate>, membrane_overflow = #sim.overflow<saturate>,
      membrane_sum = #sim.membrane_sum<chained>, compare = #sim.compare<ge>,
      reset = #sim.reset<subtract>, max_spikes = 1} : tensor<3xi16>, tensor<3xi16> -> tensor<1x3xi32>
  sim.next %i = %in {node = "i"} : tensor<3xi16>
  sim.next %v = %vn {node = "v"} : tensor<3xi16>
}

// -----

sim.model @m attributes {dt = 1.0 : f64} {
  %i = sim.state "i" {node = "i"} : tensor<3xi24>
  %v = sim.state "v" {node = "v"} : tensor<3xi24>
  %x = sim.state "x" {node = "x"} : tensor<2xi32>
  // expected-error @+1 {{'sim.fixed_step' op current, membrane, input and spikes must have one shape}}
  %in, %vn, %z = sim.fixed_step %i, %v, %x {node = "in", decay = #sim.decay<multiply_shift>, decay_unity = 4096,
      current_decay = dense<1> : tensor<i64>, membrane_decay = dense<1> : tensor<i64>,
      current_overflow = #sim.overflow<wrap_once>, membrane_overflow = #sim.overflow<saturate_symmetric>,
      membrane_sum = #sim.membrane_sum<direct>, compare = #sim.compare<gt>,
      reset = #sim.reset<zero>, max_spikes = 1} : tensor<3xi24>, tensor<3xi24>, tensor<2xi32> -> tensor<3xi32>
  sim.next %i = %in {node = "i"} : tensor<3xi24>
  sim.next %v = %vn {node = "v"} : tensor<3xi24>
  sim.next %x = %x {node = "x"} : tensor<2xi32>
}

// -----

// The next current has the current's type (a width is a register's).
sim.model @m attributes {dt = 1.0 : f64} {
  %i = sim.state "i" {node = "i"} : tensor<3xi16>
  %v = sim.state "v" {node = "v"} : tensor<3xi16>
  // expected-error @+1 {{'sim.fixed_step' op failed to verify that all of {current, current_next} have same type}}
  %r:3 = "sim.fixed_step"(%i, %v) <{node = "r", decay = #sim.decay<bit_shift>,
      current_decay = dense<1> : tensor<i64>, membrane_decay = dense<1> : tensor<i64>,
      current_overflow = #sim.overflow<saturate>, membrane_overflow = #sim.overflow<saturate>,
      membrane_sum = #sim.membrane_sum<chained>, compare = #sim.compare<ge>,
      reset = #sim.reset<subtract>, max_spikes = 1, input_shift = 0}>
      : (tensor<3xi16>, tensor<3xi16>) -> (tensor<3xi24>, tensor<3xi16>, tensor<3xi32>)
  sim.next %i = %i {node = "i"} : tensor<3xi16>
  sim.next %v = %v {node = "v"} : tensor<3xi16>
}

// -----

sim.model @m attributes {dt = 1.0 : f64} {
  %i = sim.state "i" {node = "i"} : tensor<3xi16>
  %v = sim.state "v" {node = "v"} : tensor<3xi16>
  // expected-error @+1 {{'sim.fixed_step' op failed to verify that all of {membrane, membrane_next} have same type}}
  %r:3 = "sim.fixed_step"(%i, %v) <{node = "r", decay = #sim.decay<bit_shift>,
      current_decay = dense<1> : tensor<i64>, membrane_decay = dense<1> : tensor<i64>,
      current_overflow = #sim.overflow<saturate>, membrane_overflow = #sim.overflow<saturate>,
      membrane_sum = #sim.membrane_sum<chained>, compare = #sim.compare<ge>,
      reset = #sim.reset<subtract>, max_spikes = 1, input_shift = 0}>
      : (tensor<3xi16>, tensor<3xi16>) -> (tensor<3xi16>, tensor<3xi8>, tensor<3xi32>)
  sim.next %i = %i {node = "i"} : tensor<3xi16>
  sim.next %v = %v {node = "v"} : tensor<3xi16>
}

// -----

sim.model @m attributes {dt = 1.0 : f64} {
  %i = sim.state "i" {node = "i"} : tensor<3xi24>
  %v = sim.state "v" {node = "v"} : tensor<3xi24>
  // expected-error @+1 {{'sim.fixed_step' op a 'multiply_shift' decay needs 'decay_unity'}}
  %in, %vn, %z = sim.fixed_step %i, %v {node = "in", decay = #sim.decay<multiply_shift>,
      current_decay = dense<1> : tensor<i64>, membrane_decay = dense<1> : tensor<i64>,
      current_overflow = #sim.overflow<wrap_once>, membrane_overflow = #sim.overflow<saturate_symmetric>,
      membrane_sum = #sim.membrane_sum<direct>, compare = #sim.compare<gt>,
      reset = #sim.reset<zero>, max_spikes = 1} : tensor<3xi24>, tensor<3xi24> -> tensor<3xi32>
  sim.next %i = %in {node = "i"} : tensor<3xi24>
  sim.next %v = %vn {node = "v"} : tensor<3xi24>
}

// -----

sim.model @m attributes {dt = 1.0 : f64} {
  %i = sim.state "i" {node = "i"} : tensor<3xi24>
  %v = sim.state "v" {node = "v"} : tensor<3xi24>
  // expected-error @+1 {{'sim.fixed_step' op attribute 'decay_unity' failed to satisfy constraint: 64-bit signless integer attribute whose value is positive}}
  %in, %vn, %z = sim.fixed_step %i, %v {node = "in", decay = #sim.decay<multiply_shift>, decay_unity = 0,
      current_decay = dense<1> : tensor<i64>, membrane_decay = dense<1> : tensor<i64>,
      current_overflow = #sim.overflow<wrap_once>, membrane_overflow = #sim.overflow<saturate_symmetric>,
      membrane_sum = #sim.membrane_sum<direct>, compare = #sim.compare<gt>,
      reset = #sim.reset<zero>, max_spikes = 1} : tensor<3xi24>, tensor<3xi24> -> tensor<3xi32>
  sim.next %i = %in {node = "i"} : tensor<3xi24>
  sim.next %v = %vn {node = "v"} : tensor<3xi24>
}

// -----

sim.model @m attributes {dt = 1.0 : f64} {
  %i = sim.state "i" {node = "i"} : tensor<3xi16>
  %v = sim.state "v" {node = "v"} : tensor<3xi16>
  // expected-error @+1 {{'sim.fixed_step' op attribute 'max_spikes' failed to satisfy constraint: 64-bit signless integer attribute whose value is positive}}
  %in, %vn, %z = sim.fixed_step %i, %v {node = "in", decay = #sim.decay<bit_shift>,
      current_decay = dense<1> : tensor<i64>, membrane_decay = dense<1> : tensor<i64>,
      current_overflow = #sim.overflow<saturate>, membrane_overflow = #sim.overflow<saturate>,
      membrane_sum = #sim.membrane_sum<chained>, compare = #sim.compare<ge>,
      reset = #sim.reset<subtract>, max_spikes = 0} : tensor<3xi16>, tensor<3xi16> -> tensor<3xi32>
  sim.next %i = %in {node = "i"} : tensor<3xi16>
  sim.next %v = %vn {node = "v"} : tensor<3xi16>
}

// -----

// A per-neuron attribute is a splat or the signal's shape.
sim.model @m attributes {dt = 1.0 : f64} {
  %i = sim.state "i" {node = "i"} : tensor<3xi16>
  %v = sim.state "v" {node = "v"} : tensor<3xi16>
  // expected-error @+1 {{'sim.fixed_step' op 'current_decay' has shape [2] but the signal has shape [3]}}
  %in, %vn, %z = sim.fixed_step %i, %v {node = "in", decay = #sim.decay<bit_shift>,
      current_decay = dense<[1, 2]> : tensor<2xi64>, membrane_decay = dense<1> : tensor<i64>,
      current_overflow = #sim.overflow<saturate>, membrane_overflow = #sim.overflow<saturate>,
      membrane_sum = #sim.membrane_sum<chained>, compare = #sim.compare<ge>,
      reset = #sim.reset<subtract>, max_spikes = 1} : tensor<3xi16>, tensor<3xi16> -> tensor<3xi32>
  sim.next %i = %in {node = "i"} : tensor<3xi16>
  sim.next %v = %vn {node = "v"} : tensor<3xi16>
}

// -----

sim.model @m attributes {dt = 1.0 : f64} {
  %i = sim.state "i" {node = "i"} : tensor<3xi16>
  %v = sim.state "v" {node = "v"} : tensor<3xi16>
  // expected-error @+1 {{'sim.fixed_step' op 'membrane_decay' has shape [1, 3] but the signal has shape [3]}}
  %in, %vn, %z = sim.fixed_step %i, %v {node = "in", decay = #sim.decay<bit_shift>,
      current_decay = dense<1> : tensor<i64>, membrane_decay = dense<[[1, 2, 3]]> : tensor<1x3xi64>,
      current_overflow = #sim.overflow<saturate>, membrane_overflow = #sim.overflow<saturate>,
      membrane_sum = #sim.membrane_sum<chained>, compare = #sim.compare<ge>,
      reset = #sim.reset<subtract>, max_spikes = 1} : tensor<3xi16>, tensor<3xi16> -> tensor<3xi32>
  sim.next %i = %in {node = "i"} : tensor<3xi16>
  sim.next %v = %vn {node = "v"} : tensor<3xi16>
}

// -----

sim.model @m attributes {dt = 1.0 : f64} {
  %i = sim.state "i" {node = "i"} : tensor<3xi16>
  %v = sim.state "v" {node = "v"} : tensor<3xi16>
  // expected-error @+1 {{'sim.fixed_step' op 'bias' has shape [4] but the signal has shape [3]}}
  %in, %vn, %z = sim.fixed_step %i, %v {node = "in", decay = #sim.decay<bit_shift>,
      current_decay = dense<1> : tensor<i64>, membrane_decay = dense<1> : tensor<i64>,
      current_overflow = #sim.overflow<saturate>, membrane_overflow = #sim.overflow<saturate>,
      membrane_sum = #sim.membrane_sum<chained>, bias = dense<[1, 2, 3, 4]> : tensor<4xi64>,
      compare = #sim.compare<ge>, reset = #sim.reset<subtract>, max_spikes = 1}
      : tensor<3xi16>, tensor<3xi16> -> tensor<3xi32>
  sim.next %i = %in {node = "i"} : tensor<3xi16>
  sim.next %v = %vn {node = "v"} : tensor<3xi16>
}

// -----

sim.model @m attributes {dt = 1.0 : f64} {
  %i = sim.state "i" {node = "i"} : tensor<3xi16>
  %v = sim.state "v" {node = "v"} : tensor<3xi16>
  // expected-error @+1 {{'sim.fixed_step' op 'threshold' has shape [2] but the signal has shape [3]}}
  %in, %vn, %z = sim.fixed_step %i, %v {node = "in", decay = #sim.decay<bit_shift>,
      current_decay = dense<1> : tensor<i64>, membrane_decay = dense<1> : tensor<i64>,
      current_overflow = #sim.overflow<saturate>, membrane_overflow = #sim.overflow<saturate>,
      membrane_sum = #sim.membrane_sum<chained>, threshold = dense<[10, 20]> : tensor<2xi64>,
      compare = #sim.compare<ge>, reset = #sim.reset<subtract>, max_spikes = 1}
      : tensor<3xi16>, tensor<3xi16> -> tensor<3xi32>
  sim.next %i = %in {node = "i"} : tensor<3xi16>
  sim.next %v = %vn {node = "v"} : tensor<3xi16>
}

// -----

// A shift decay removes at most 63 bits.
sim.model @m attributes {dt = 1.0 : f64} {
  %i = sim.state "i" {node = "i"} : tensor<3xi16>
  %v = sim.state "v" {node = "v"} : tensor<3xi4>
  // expected-error @+1 {{'sim.fixed_step' op 'membrane_decay' value 64 is outside [0, 63]}}
  %in, %vn, %z = sim.fixed_step %i, %v {node = "in", decay = #sim.decay<bit_shift>,
      current_decay = dense<1> : tensor<i64>, membrane_decay = dense<[7, 64, 8]> : tensor<3xi64>,
      current_overflow = #sim.overflow<saturate>, membrane_overflow = #sim.overflow<saturate>,
      membrane_sum = #sim.membrane_sum<chained>, compare = #sim.compare<ge>,
      reset = #sim.reset<subtract>, max_spikes = 1} : tensor<3xi16>, tensor<3xi4> -> tensor<3xi32>
  sim.next %i = %in {node = "i"} : tensor<3xi16>
  sim.next %v = %vn {node = "v"} : tensor<3xi4>
}

// -----

// A value must fit the register it is added to: 'bias' the membrane's.
sim.model @m attributes {dt = 1.0 : f64} {
  %i = sim.state "i" {node = "i"} : tensor<3xi16>
  %v = sim.state "v" {node = "v"} : tensor<3xi16>
  // expected-error @+1 {{'sim.fixed_step' op 'bias' value -32769 does not fit the state's 16 bits}}
  %in, %vn, %z = sim.fixed_step %i, %v {node = "in", decay = #sim.decay<bit_shift>,
      current_decay = dense<1> : tensor<i64>, membrane_decay = dense<1> : tensor<i64>,
      current_overflow = #sim.overflow<saturate>, membrane_overflow = #sim.overflow<saturate>,
      membrane_sum = #sim.membrane_sum<chained>, bias = dense<-32769> : tensor<i64>,
      compare = #sim.compare<ge>, reset = #sim.reset<subtract>, max_spikes = 1}
      : tensor<3xi16>, tensor<3xi16> -> tensor<3xi32>
  sim.next %i = %in {node = "i"} : tensor<3xi16>
  sim.next %v = %vn {node = "v"} : tensor<3xi16>
}

// -----

sim.model @m attributes {dt = 1.0 : f64} {
  %i = sim.state "i" {node = "i"} : tensor<3xi16>
  %v = sim.state "v" {node = "v"} : tensor<3xi16>
  // expected-error @+1 {{'sim.fixed_step' op attribute 'current_decay' failed to satisfy constraint: 64-bit signless integer elements attribute}}
  %in, %vn, %z = sim.fixed_step %i, %v {node = "in", decay = #sim.decay<bit_shift>,
      current_decay = dense<1.0> : tensor<f64>, membrane_decay = dense<1> : tensor<i64>,
      current_overflow = #sim.overflow<saturate>, membrane_overflow = #sim.overflow<saturate>,
      membrane_sum = #sim.membrane_sum<chained>, compare = #sim.compare<ge>,
      reset = #sim.reset<subtract>, max_spikes = 1} : tensor<3xi16>, tensor<3xi16> -> tensor<3xi32>
  sim.next %i = %in {node = "i"} : tensor<3xi16>
  sim.next %v = %vn {node = "v"} : tensor<3xi16>
}

// -----

// The states are integers.
sim.model @m attributes {dt = 1.0 : f64} {
  %i = sim.state "i" {node = "i"} : tensor<3xf64>
  %v = sim.state "v" {node = "v"} : tensor<3xi16>
  // expected-error @+1 {{'sim.fixed_step' op operand #0 must be ranked tensor of signless integer values}}
  %in, %vn, %z = sim.fixed_step %i, %v {node = "in", decay = #sim.decay<bit_shift>,
      current_decay = dense<1> : tensor<i64>, membrane_decay = dense<1> : tensor<i64>,
      current_overflow = #sim.overflow<saturate>, membrane_overflow = #sim.overflow<saturate>,
      membrane_sum = #sim.membrane_sum<chained>, compare = #sim.compare<ge>,
      reset = #sim.reset<subtract>, max_spikes = 1} : tensor<3xf64>, tensor<3xi16> -> tensor<3xi32>
  sim.next %i = %in {node = "i"} : tensor<3xf64>
  sim.next %v = %vn {node = "v"} : tensor<3xi16>
}

// -----

sim.model @m attributes {dt = 1.0 : f64} {
  %i = sim.state "i" {node = "i"} : tensor<3xi16>
  %v = sim.state "v" {node = "v"} : tensor<3xi16>
  // expected-error @+2 {{expected ::nirc::sim::DecayRule to be one of: multiply_shift, bit_shift}}
  // expected-error @+1 {{failed to parse Sim_DecayRuleAttr parameter 'value' which is to be a `::nirc::sim::DecayRule`}}
  %in, %vn, %z = sim.fixed_step %i, %v {node = "in", decay = #sim.decay<exponential>,
      current_decay = dense<1> : tensor<i64>, membrane_decay = dense<1> : tensor<i64>,
      current_overflow = #sim.overflow<saturate>, membrane_overflow = #sim.overflow<saturate>,
      membrane_sum = #sim.membrane_sum<chained>, compare = #sim.compare<ge>,
      reset = #sim.reset<subtract>, max_spikes = 1} : tensor<3xi16>, tensor<3xi16> -> tensor<3xi32>
}

//===----------------------------------------------------------------------===//
// sim.event_fire
//===----------------------------------------------------------------------===//

// -----

sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<2xf64> -> tensor<2xi32>
  %v = sim.state "v" {node = "v"} : tensor<3xi16>
  // expected-error @+1 {{'sim.event_fire' op spikes must have the membrane's shape}}
  %vn, %s = sim.event_fire %v, %e {node = "vn", weight = dense<1> : tensor<3x2xi64>,
      threshold = dense<5> : tensor<i64>, threshold_low = dense<-5> : tensor<i64>,
      reset = #sim.reset<subtract>, overflow = #sim.overflow<saturate>}
      : tensor<3xi16>, tensor<2xi32> -> tensor<2xi32>
  sim.next %v = %vn {node = "v"} : tensor<3xi16>
}

// -----

sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<2xf64> -> tensor<2xi32>
  %v = sim.state "v" {node = "v"} : tensor<3xi16>
  // expected-error @+1 {{'sim.event_fire' op failed to verify that all of {membrane, membrane_next} have same type}}
  %r:2 = "sim.event_fire"(%v, %e) <{node = "r", weight = dense<1> : tensor<3x2xi64>,
      threshold = dense<5> : tensor<i64>, threshold_low = dense<-5> : tensor<i64>,
      reset = #sim.reset<subtract>, overflow = #sim.overflow<saturate>}>
      : (tensor<3xi16>, tensor<2xi32>) -> (tensor<3xi8>, tensor<3xi32>)
  sim.next %v = %v {node = "v"} : tensor<3xi16>
}

// -----

sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<2xf64> -> tensor<2xi32>
  %v = sim.state "v" {node = "v"} : tensor<3xi16>
  // expected-error @+1 {{'sim.event_fire' op 'threshold' value 32768 does not fit the state's 16 bits}}
  %vn, %s = sim.event_fire %v, %e {node = "vn", weight = dense<1> : tensor<3x2xi64>,
      threshold = dense<32768> : tensor<i64>, threshold_low = dense<-5> : tensor<i64>,
      reset = #sim.reset<subtract>, overflow = #sim.overflow<saturate>}
      : tensor<3xi16>, tensor<2xi32> -> tensor<3xi32>
  sim.next %v = %vn {node = "v"} : tensor<3xi16>
}

// -----

sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<2xf64> -> tensor<2xi32>
  %v = sim.state "v" {node = "v"} : tensor<3xi16>
  // expected-error @+1 {{'sim.event_fire' op 'threshold' has shape [2] but the signal has shape [3]}}
  %vn, %s = sim.event_fire %v, %e {node = "vn", weight = dense<1> : tensor<3x2xi64>,
      threshold = dense<[1, 2]> : tensor<2xi64>, threshold_low = dense<-5> : tensor<i64>,
      reset = #sim.reset<subtract>, overflow = #sim.overflow<saturate>}
      : tensor<3xi16>, tensor<2xi32> -> tensor<3xi32>
  sim.next %v = %vn {node = "v"} : tensor<3xi16>
}

// -----

sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<2xf64> -> tensor<2xi32>
  %v = sim.state "v" {node = "v"} : tensor<3xi16>
  // expected-error @+1 {{'sim.event_fire' op 'threshold_low' value -32769 does not fit the state's 16 bits}}
  %vn, %s = sim.event_fire %v, %e {node = "vn", weight = dense<1> : tensor<3x2xi64>,
      threshold = dense<5> : tensor<i64>, threshold_low = dense<[0, -32769, 0]> : tensor<3xi64>,
      reset = #sim.reset<subtract>, overflow = #sim.overflow<saturate>}
      : tensor<3xi16>, tensor<2xi32> -> tensor<3xi32>
  sim.next %v = %vn {node = "v"} : tensor<3xi16>
}

// -----

sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<2xf64> -> tensor<2xi32>
  %v = sim.state "v" {node = "v"} : tensor<3xi16>
  // expected-error @+1 {{'sim.event_fire' op 'threshold_low' has shape [1, 3] but the signal has shape [3]}}
  %vn, %s = sim.event_fire %v, %e {node = "vn", weight = dense<1> : tensor<3x2xi64>,
      threshold = dense<5> : tensor<i64>, threshold_low = dense<[[-1, -2, -3]]> : tensor<1x3xi64>,
      reset = #sim.reset<subtract>, overflow = #sim.overflow<saturate>}
      : tensor<3xi16>, tensor<2xi32> -> tensor<3xi32>
  sim.next %v = %vn {node = "v"} : tensor<3xi16>
}

// -----

sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<2xf64> -> tensor<2xi32>
  %v = sim.state "v" {node = "v"} : tensor<3xi16>
  // expected-error @+1 {{'sim.event_fire' op 'bias' value 40000 does not fit the state's 16 bits}}
  %vn, %s = sim.event_fire %v, %e {node = "vn", weight = dense<1> : tensor<3x2xi64>, bias = dense<40000> : tensor<i64>,
      threshold = dense<5> : tensor<i64>, threshold_low = dense<-5> : tensor<i64>,
      reset = #sim.reset<subtract>, overflow = #sim.overflow<saturate>}
      : tensor<3xi16>, tensor<2xi32> -> tensor<3xi32>
  sim.next %v = %vn {node = "v"} : tensor<3xi16>
}

// -----

// A conv layer's bias is per neuron, not per output channel.
sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<2x4x4xf64>
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<2x4x4xf64> -> tensor<2x4x4xi32>
  %v = sim.state "v" {node = "v"} : tensor<3x2x2xi16>
  // expected-error @+1 {{'sim.event_fire' op 'bias' has shape [3] but the signal has shape [3, 2, 2]}}
  %vn, %s = sim.event_fire %v, %e {node = "vn", weight = dense<1> : tensor<3x2x3x3xi64>,
      stride = array<i64: 2, 2>, padding = array<i64: 1, 1>, bias = dense<[1, 2, 3]> : tensor<3xi64>,
      threshold = dense<5> : tensor<i64>, threshold_low = dense<-5> : tensor<i64>,
      reset = #sim.reset<subtract>, overflow = #sim.overflow<saturate>}
      : tensor<3x2x2xi16>, tensor<2x4x4xi32> -> tensor<3x2x2xi32>
  sim.next %v = %vn {node = "v"} : tensor<3x2x2xi16>
}

// -----

// The connectivity checks of sim.accumulate, against the membrane: dense...
sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<2xf64> -> tensor<2xi32>
  %v = sim.state "v" {node = "v"} : tensor<3xi16>
  // expected-error @+1 {{'sim.event_fire' op 'weight' [4, 2] does not map 2 source elements to 3}}
  %vn, %s = sim.event_fire %v, %e {node = "vn", weight = dense<1> : tensor<4x2xi64>,
      threshold = dense<5> : tensor<i64>, threshold_low = dense<-5> : tensor<i64>,
      reset = #sim.reset<subtract>, overflow = #sim.overflow<saturate>}
      : tensor<3xi16>, tensor<2xi32> -> tensor<3xi32>
  sim.next %v = %vn {node = "v"} : tensor<3xi16>
}

// -----

sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<2xf64> -> tensor<2xi32>
  %v = sim.state "v" {node = "v"} : tensor<3xi16>
  // expected-error @+1 {{'sim.event_fire' op dense weights take no 'stride' or 'padding'}}
  %vn, %s = sim.event_fire %v, %e {node = "vn", weight = dense<1> : tensor<3x2xi64>,
      stride = array<i64: 2, 2>, padding = array<i64: 0, 0>,
      threshold = dense<5> : tensor<i64>, threshold_low = dense<-5> : tensor<i64>,
      reset = #sim.reset<subtract>, overflow = #sim.overflow<saturate>}
      : tensor<3xi16>, tensor<2xi32> -> tensor<3xi32>
  sim.next %v = %vn {node = "v"} : tensor<3xi16>
}

// -----

// ...pooling a non-3-D source...
sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<2xf64> -> tensor<2xi32>
  %v = sim.state "v" {node = "v"} : tensor<3xi16>
  // expected-error @+1 {{'sim.event_fire' op pooling needs a [C, H, W] source and 'pool' >= 1}}
  %vn, %s = sim.event_fire %v, %e {node = "vn", weight = dense<1> : tensor<3x2xi64>, pool = 2,
      threshold = dense<5> : tensor<i64>, threshold_low = dense<-5> : tensor<i64>,
      reset = #sim.reset<subtract>, overflow = #sim.overflow<saturate>}
      : tensor<3xi16>, tensor<2xi32> -> tensor<3xi32>
  sim.next %v = %vn {node = "v"} : tensor<3xi16>
}

// -----

// ...a conv whose output is not the membrane's shape...
sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<2x4x4xf64>
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<2x4x4xf64> -> tensor<2x4x4xi32>
  %v = sim.state "v" {node = "v"} : tensor<3x4x4xi16>
  // expected-error @+1 {{'sim.event_fire' op result shape [3, 4, 4] should be [3, 2, 2]}}
  %vn, %s = sim.event_fire %v, %e {node = "vn", weight = dense<1> : tensor<3x2x3x3xi64>,
      stride = array<i64: 2, 2>, padding = array<i64: 1, 1>,
      threshold = dense<5> : tensor<i64>, threshold_low = dense<-5> : tensor<i64>,
      reset = #sim.reset<subtract>, overflow = #sim.overflow<saturate>}
      : tensor<3x4x4xi16>, tensor<2x4x4xi32> -> tensor<3x4x4xi32>
  sim.next %v = %vn {node = "v"} : tensor<3x4x4xi16>
}

// -----

// ...a conv of the wrong number of input channels...
sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<2x4x4xf64>
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<2x4x4xf64> -> tensor<2x4x4xi32>
  %v = sim.state "v" {node = "v"} : tensor<3x2x2xi16>
  // expected-error @+1 {{'sim.event_fire' op source [2, 4, 4] does not match 'weight' [3, 4, 3, 3]}}
  %vn, %s = sim.event_fire %v, %e {node = "vn", weight = dense<1> : tensor<3x4x3x3xi64>,
      stride = array<i64: 2, 2>, padding = array<i64: 1, 1>,
      threshold = dense<5> : tensor<i64>, threshold_low = dense<-5> : tensor<i64>,
      reset = #sim.reset<subtract>, overflow = #sim.overflow<saturate>}
      : tensor<3x2x2xi16>, tensor<2x4x4xi32> -> tensor<3x2x2xi32>
  sim.next %v = %vn {node = "v"} : tensor<3x2x2xi16>
}

// -----

// ...and a conv weight without its padding.
sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<2x4x4xf64>
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<2x4x4xf64> -> tensor<2x4x4xi32>
  %v = sim.state "v" {node = "v"} : tensor<3x2x2xi16>
  // expected-error @+1 {{'sim.event_fire' op 'weight' must be [out, in], or [C_out, C_in, kH, kW] with a 2-entry 'stride' (>= 1) and 'padding' (>= 0)}}
  %vn, %s = sim.event_fire %v, %e {node = "vn", weight = dense<1> : tensor<3x2x3x3xi64>,
      stride = array<i64: 2, 2>,
      threshold = dense<5> : tensor<i64>, threshold_low = dense<-5> : tensor<i64>,
      reset = #sim.reset<subtract>, overflow = #sim.overflow<saturate>}
      : tensor<3x2x2xi16>, tensor<2x4x4xi32> -> tensor<3x2x2xi32>
  sim.next %v = %vn {node = "v"} : tensor<3x2x2xi16>
}

// -----

sim.model @m attributes {dt = 1.0 : f64} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  %e = sim.events %x {node = "e", max_per_step = 1} : tensor<2xf64> -> tensor<2xi32>
  %v = sim.state "v" {node = "v"} : tensor<3xi16>
  // expected-error @+1 {{'sim.event_fire' op requires attribute 'threshold_low'}}
  %vn, %s = sim.event_fire %v, %e {node = "vn", weight = dense<1> : tensor<3x2xi64>,
      threshold = dense<5> : tensor<i64>,
      reset = #sim.reset<subtract>, overflow = #sim.overflow<saturate>}
      : tensor<3xi16>, tensor<2xi32> -> tensor<3xi32>
  sim.next %v = %vn {node = "v"} : tensor<3xi16>
}

// -----

// A stride of 0 would divide by zero.
sim.model @m attributes {dt = 1.0 : f64} {
  %e = sim.state "e" {node = "e"} : tensor<2x4x4xi32>
  // expected-error @+1 {{'sim.accumulate' op 'weight' must be [out, in], or [C_out, C_in, kH, kW] with a 2-entry 'stride' (>= 1) and 'padding' (>= 0)}}
  %a = sim.accumulate %e {node = "a", weight = dense<1> : tensor<3x2x1x1xi64>, stride = array<i64: 0, 1>, padding = array<i64: 0, 0>, overflow = #sim.overflow<saturate>} : tensor<2x4x4xi32> -> tensor<3x4x4xi16>
  sim.next %e = %e {node = "e"} : tensor<2x4x4xi32>
}

// -----

sim.model @m attributes {dt = 1.0 : f64} {
  %e = sim.state "e" {node = "e"} : tensor<2x4x4xi32>
  // expected-error @+1 {{'sim.accumulate' op 'weight' must be [out, in], or [C_out, C_in, kH, kW] with a 2-entry 'stride' (>= 1) and 'padding' (>= 0)}}
  %a = sim.accumulate %e {node = "a", weight = dense<1> : tensor<3x2x1x1xi64>, stride = array<i64: 1, 1>, padding = array<i64: -1, 0>, overflow = #sim.overflow<saturate>} : tensor<2x4x4xi32> -> tensor<3x2x4xi16>
  sim.next %e = %e {node = "e"} : tensor<2x4x4xi32>
}

// -----

// A negative pool is not a huge one.
sim.model @m attributes {dt = 1.0 : f64} {
  %e = sim.state "e" {node = "e"} : tensor<2x4x4xi32>
  // expected-error @+1 {{'sim.accumulate' op pooling needs a [C, H, W] source and 'pool' >= 1}}
  %a = sim.accumulate %e {node = "a", weight = dense<1> : tensor<3x0xi64>, pool = -2, overflow = #sim.overflow<saturate>} : tensor<2x4x4xi32> -> tensor<3xi16>
  sim.next %e = %e {node = "e"} : tensor<2x4x4xi32>
}

// -----

sim.model @m attributes {dt = 1.0 : f64} {
  %i = sim.state "i" {node = "i"} : tensor<2xi16>
  %v = sim.state "v" {node = "v"} : tensor<2xi16>
  // expected-error @+1 {{'sim.fixed_step' op 'membrane_decay' value -1 is outside [0, 63]}}
  %in, %vn, %s = sim.fixed_step %i, %v {node = "in", decay = #sim.decay<bit_shift>, current_decay = dense<1> : tensor<i64>, membrane_decay = dense<-1> : tensor<i64>, current_overflow = #sim.overflow<saturate>, membrane_overflow = #sim.overflow<saturate>, membrane_sum = #sim.membrane_sum<chained>, compare = #sim.compare<ge>, threshold = dense<100> : tensor<i64>, reset = #sim.reset<subtract>, max_spikes = 31} : tensor<2xi16>, tensor<2xi16> -> tensor<2xi32>
  sim.next %i = %in {node = "i"} : tensor<2xi16>
  sim.next %v = %vn {node = "v"} : tensor<2xi16>
}

// -----

sim.model @m attributes {dt = 1.0 : f64} {
  %i = sim.state "i" {node = "i"} : tensor<2xi24>
  %v = sim.state "v" {node = "v"} : tensor<2xi24>
  // expected-error @+1 {{'sim.fixed_step' op 'current_decay' value 4097 is outside [0, 4096]}}
  %in, %vn, %s = sim.fixed_step %i, %v {node = "in", decay = #sim.decay<multiply_shift>, decay_unity = 4096, current_decay = dense<4097> : tensor<i64>, membrane_decay = dense<1> : tensor<i64>, current_overflow = #sim.overflow<wrap_once>, membrane_overflow = #sim.overflow<saturate_symmetric>, membrane_sum = #sim.membrane_sum<direct>, compare = #sim.compare<gt>, threshold = dense<100> : tensor<i64>, reset = #sim.reset<zero>, max_spikes = 1} : tensor<2xi24>, tensor<2xi24> -> tensor<2xi32>
  sim.next %i = %in {node = "i"} : tensor<2xi24>
  sim.next %v = %vn {node = "v"} : tensor<2xi24>
}

// -----

// The membrane's floor must fit the membrane.
sim.model @m attributes {dt = 1.0 : f64} {
  %i = sim.state "i" {node = "i"} : tensor<2xi16>
  %v = sim.state "v" {node = "v"} : tensor<2xi16>
  // expected-error @+1 {{'sim.fixed_step' op 'threshold_low' value -32769 does not fit the state's 16 bits}}
  %in, %vn, %s = sim.fixed_step %i, %v {node = "in", decay = #sim.decay<bit_shift>, current_decay = dense<1> : tensor<i64>, membrane_decay = dense<1> : tensor<i64>, current_overflow = #sim.overflow<saturate>, membrane_overflow = #sim.overflow<saturate>, membrane_sum = #sim.membrane_sum<chained>, compare = #sim.compare<ge>, threshold = dense<100> : tensor<i64>, reset = #sim.reset<subtract>, max_spikes = 31, threshold_low = dense<-32769> : tensor<i64>} : tensor<2xi16>, tensor<2xi16> -> tensor<2xi32>
  sim.next %i = %in {node = "i"} : tensor<2xi16>
  sim.next %v = %vn {node = "v"} : tensor<2xi16>
}
