// RUN: nir-opt %s -split-input-file -verify-diagnostics
// Every diagnostic of the sim dialect's verifiers, one case per split.

//===----------------------------------------------------------------------===//
// sim.model
//===----------------------------------------------------------------------===//

// expected-error @+1 {{'sim.model' op 'dt' must be a positive number of seconds, got 0.000000e+00}}
sim.model @m attributes {dt = 0.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
}

// -----

// expected-error @+1 {{'sim.model' op 'dt' must be a positive number of seconds, got -1.000000e-03}}
sim.model @m attributes {dt = -1.0e-3 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
}

// -----

// An infinite step is not a number of seconds either.
// expected-error @+1 {{'sim.model' op 'dt' must be a positive number of seconds, got INF}}
sim.model @m attributes {dt = 0x7FF0000000000000 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
}

// -----

// NaN fails the comparison.
// expected-error @+1 {{'sim.model' op 'dt' must be a positive number of seconds, got nan}}
sim.model @m attributes {dt = 0x7FF8000000000000 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
}

// -----

// method and reset are keywords of closed sets.
// expected-error @+2 {{expected ::nirc::sim::Method to be one of: exact, euler, adaptive}}
// expected-error @+1 {{failed to parse Sim_MethodAttr parameter 'value' which is to be a `::nirc::sim::Method`}}
sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<rk4>, reset = #sim.reset_mode<to_v_reset>} {
}

// -----

// NIR's `to-v_reset`, which pass options and the nirc CLI take, is no keyword.
// expected-error @+2 {{expected ::nirc::sim::ResetMode to be one of: to_v_reset, subtract}}
// expected-error @+1 {{failed to parse Sim_ResetModeAttr parameter 'value' which is to be a `::nirc::sim::ResetMode`}}
sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to-v_reset>} {
}

// -----

// Sim ops live only inside a sim.model.
// expected-error @+1 {{'sim.input' op expects parent op 'sim.model'}}
%x = sim.input "x" {node = "x"} : tensor<2xf64>

// -----

// Signals are f64 tensors.
sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  // expected-error @+1 {{'sim.input' op result #0 must be ranked tensor of 64-bit float values}}
  %x = sim.input "x" {node = "x"} : tensor<2xf32>
}

// -----

// Every op names the NIR node it belongs to: sim-schedule orders the step
// and cuts cycles node by node, so an op a rewrite left without one is an
// error here rather than a node of its own there.
sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  // expected-error @+1 {{'sim.input' op must name the NIR node it belongs to in its 'node' attribute}}
  %x = sim.input "x" : tensor<2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  // expected-error @+1 {{'sim.input' op must name the NIR node it belongs to in its 'node' attribute}}
  %x = "sim.input"() <{name = "x", node = ""}> : () -> tensor<2xf64>
}

// -----

// A model holds sim ops only.
sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  // expected-error @+1 {{'builtin.unrealized_conversion_cast' op cannot be in a 'sim.model', which holds only sim ops that belong to a NIR node}}
  %c = builtin.unrealized_conversion_cast to tensor<2xf64>
}

//===----------------------------------------------------------------------===//
// sim.state / sim.next
//===----------------------------------------------------------------------===//

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  // expected-error @+1 {{'sim.state' op state 'lif.v' has no 'sim.next'}}
  %v = sim.state "lif.v" {node = "v"} : tensor<2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %v = sim.state "v" {node = "v"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  sim.next %v = %x {node = "v"} : tensor<2xf64>
  // expected-error @+1 {{'sim.next' op sets a state that already has a 'sim.next'}}
  sim.next %v = %x {node = "v"} : tensor<2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  %y = sim.input "y" {node = "y"} : tensor<2xf64>
  // expected-error @+1 {{'sim.next' op must set a value defined by 'sim.state'}}
  sim.next %x = %y {node = "x"} : tensor<2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %v = sim.state "v" {node = "v"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<3xf64>
  // expected-error @+1 {{'sim.next' op failed to verify that all of {state, value} have same type}}
  "sim.next"(%v, %x) {node = "v"} : (tensor<2xf64>, tensor<3xf64>) -> ()
}

// -----

// An initial value of the wrong shape.
sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  // expected-error @+1 {{'sim.state' op 'initial' has shape [3] but the signal has shape [2]}}
  %v = sim.state "v" init dense<[1.0, 2.0, 3.0]> : tensor<3xf64> {node = "v"} : tensor<2xf64>
  sim.next %v = %v {node = "v"} : tensor<2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  // expected-error @+1 {{'sim.state' op 'initial' holds a non-finite value}}
  %v = sim.state "v" init dense<[1.0, 0x7FF8000000000000]> : tensor<2xf64> {node = "v"} : tensor<2xf64>
  sim.next %v = %v {node = "v"} : tensor<2xf64>
}

// -----

// A scheduled model reads every operand above its use...
sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>, scheduled} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+1 {{'sim.add' op uses a value defined after it in a scheduled model (run 'sim-schedule')}}
  %y = sim.add %x, %z {node = "y"} : tensor<2xf64>
  %z = sim.lincomb %y {node = "z", coefficients = [dense<0.5> : tensor<2xf64>]} : tensor<2xf64>
}

// -----

// ...including the states it reads...
sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>, scheduled} {
  // expected-error @+1 {{'sim.output' op uses a value defined after it in a scheduled model (run 'sim-schedule')}}
  sim.output "y"(%v) {node = "y"} : tensor<2xf64>
  %v = sim.state "v" {node = "v"} : tensor<2xf64>
  sim.next %v = %v {node = "v"} : tensor<2xf64>
}

// -----

// ...and ends with its sim.next ops.
sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>, scheduled} {
  %v = sim.state "v" {node = "v"} : tensor<2xf64>
  sim.next %v = %v {node = "v"} : tensor<2xf64>
  // expected-error @+1 {{'sim.output' op follows a 'sim.next' in a scheduled model}}
  sim.output "y"(%v) {node = "y"} : tensor<2xf64>
}

//===----------------------------------------------------------------------===//
// sim.add
//===----------------------------------------------------------------------===//

// -----

// The ODS operand constraint (SameOperandsAndResultType) already rejects
// an empty sum, before the op's own "needs at least one operand" check.
sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  // expected-error @+1 {{'sim.add' op expected 1 or more operands, but found 0}}
  %y = "sim.add"() {node = "y"} : () -> tensor<2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  %y = sim.input "y" {node = "y"} : tensor<3xf64>
  // expected-error @+1 {{'sim.add' op requires the same type for all operands and results}}
  %z = "sim.add"(%x, %y) {node = "z"} : (tensor<2xf64>, tensor<3xf64>) -> tensor<2xf64>
}

//===----------------------------------------------------------------------===//
// sim.dense
//===----------------------------------------------------------------------===//

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<6xf64>
  // expected-error @+1 {{'sim.dense' op 'weight' must be [out, in], got [2, 2, 3]}}
  %y = sim.dense %x {node = "y", weight = dense<1.0> : tensor<2x2x3xf64>} : tensor<6xf64> -> tensor<2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2x3xf64>
  // expected-error @+1 {{'sim.dense' op input has 6 elements but 'weight' takes 5}}
  %y = sim.dense %x {node = "y", weight = dense<1.0> : tensor<4x5xf64>} : tensor<2x3xf64> -> tensor<4xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<5xf64>
  // expected-error @+1 {{'sim.dense' op result has 3 elements but 'weight' gives 4}}
  %y = sim.dense %x {node = "y", weight = dense<1.0> : tensor<4x5xf64>} : tensor<5xf64> -> tensor<3xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<5xf64>
  // expected-error @+1 {{'sim.dense' op 'bias' has 3 elements, expected 4}}
  %y = sim.dense %x {node = "y", weight = dense<1.0> : tensor<4x5xf64>, bias = dense<0.5> : tensor<3xf64>}
      : tensor<5xf64> -> tensor<4xf64>
}

//===----------------------------------------------------------------------===//
// sim.conv2d
//===----------------------------------------------------------------------===//

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<1x5xf64>
  // expected-error @+1 {{'sim.conv2d' op 'weight' must be [C_out, C_in/groups, kH, kW], got [2, 1, 3]}}
  %y = sim.conv2d %x {node = "y", weight = dense<1.0> : tensor<2x1x3xf64>, stride = array<i64: 1, 1>,
      padding = array<i64: 0, 0, 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64}
      : tensor<1x5xf64> -> tensor<2x3xf64>
}

// -----

// C_in = groups * weight.shape[1].
sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<3x5x5xf64>
  // expected-error @+1 {{'sim.conv2d' op input [3, 5, 5] does not match 'weight' [4, 1, 3, 3] with 2 groups}}
  %y = sim.conv2d %x {node = "y", weight = dense<1.0> : tensor<4x1x3x3xf64>, stride = array<i64: 1, 1>,
      padding = array<i64: 0, 0, 0, 0>, dilation = array<i64: 1, 1>, groups = 2 : i64}
      : tensor<3x5x5xf64> -> tensor<4x3x3xf64>
}

// -----

// C_out must be a multiple of groups.
sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2x5x5xf64>
  // expected-error @+1 {{'sim.conv2d' op input [2, 5, 5] does not match 'weight' [3, 1, 3, 3] with 2 groups}}
  %y = sim.conv2d %x {node = "y", weight = dense<1.0> : tensor<3x1x3x3xf64>, stride = array<i64: 1, 1>,
      padding = array<i64: 0, 0, 0, 0>, dilation = array<i64: 1, 1>, groups = 2 : i64}
      : tensor<2x5x5xf64> -> tensor<3x3x3xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2x5x5xf64>
  // expected-error @+1 {{'sim.conv2d' op input [2, 5, 5] does not match 'weight' [2, 2, 3, 3] with 0 groups}}
  %y = sim.conv2d %x {node = "y", weight = dense<1.0> : tensor<2x2x3x3xf64>, stride = array<i64: 1, 1>,
      padding = array<i64: 0, 0, 0, 0>, dilation = array<i64: 1, 1>, groups = 0 : i64}
      : tensor<2x5x5xf64> -> tensor<2x3x3xf64>
}

// -----

// The input must be [C, H, W].
sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2x5xf64>
  // expected-error @+1 {{'sim.conv2d' op input [2, 5] does not match 'weight' [2, 2, 3, 3] with 1 groups}}
  %y = sim.conv2d %x {node = "y", weight = dense<1.0> : tensor<2x2x3x3xf64>, stride = array<i64: 1, 1>,
      padding = array<i64: 0, 0, 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64}
      : tensor<2x5xf64> -> tensor<2x3x3xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2x5x5xf64>
  // expected-error @+1 {{'sim.conv2d' op 'bias' has 3 elements, expected 2}}
  %y = sim.conv2d %x {node = "y", weight = dense<1.0> : tensor<2x2x3x3xf64>, bias = dense<1.0> : tensor<3xf64>,
      stride = array<i64: 1, 1>, padding = array<i64: 0, 0, 0, 0>,
      dilation = array<i64: 1, 1>, groups = 1 : i64}
      : tensor<2x5x5xf64> -> tensor<2x3x3xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2x5x5xf64>
  // expected-error @+1 {{'sim.conv2d' op 'stride' needs 2 entries, got 1}}
  %y = sim.conv2d %x {node = "y", weight = dense<1.0> : tensor<2x2x3x3xf64>, stride = array<i64: 1>,
      padding = array<i64: 0, 0, 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64}
      : tensor<2x5x5xf64> -> tensor<2x3x3xf64>
}

// -----

// Padding is [top, left, bottom, right], not PyTorch's [pH, pW].
sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2x5x5xf64>
  // expected-error @+1 {{'sim.conv2d' op 'padding' needs 4 entries, got 2}}
  %y = sim.conv2d %x {node = "y", weight = dense<1.0> : tensor<2x2x3x3xf64>, stride = array<i64: 1, 1>,
      padding = array<i64: 1, 1>, dilation = array<i64: 1, 1>, groups = 1 : i64}
      : tensor<2x5x5xf64> -> tensor<2x5x5xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2x5x5xf64>
  // expected-error @+1 {{'sim.conv2d' op 'dilation' needs 2 entries, got 3}}
  %y = sim.conv2d %x {node = "y", weight = dense<1.0> : tensor<2x2x3x3xf64>, stride = array<i64: 1, 1>,
      padding = array<i64: 0, 0, 0, 0>, dilation = array<i64: 1, 1, 1>, groups = 1 : i64}
      : tensor<2x5x5xf64> -> tensor<2x3x3xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2x5x5xf64>
  // expected-error @+1 {{'sim.conv2d' op needs strides and dilations >= 1 and padding >= 0}}
  %y = sim.conv2d %x {node = "y", weight = dense<1.0> : tensor<2x2x3x3xf64>, stride = array<i64: 1, 0>,
      padding = array<i64: 0, 0, 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64}
      : tensor<2x5x5xf64> -> tensor<2x3x3xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2x5x5xf64>
  // expected-error @+1 {{'sim.conv2d' op needs strides and dilations >= 1 and padding >= 0}}
  %y = sim.conv2d %x {node = "y", weight = dense<1.0> : tensor<2x2x3x3xf64>, stride = array<i64: 1, 1>,
      padding = array<i64: 0, 0, 0, 0>, dilation = array<i64: 0, 1>, groups = 1 : i64}
      : tensor<2x5x5xf64> -> tensor<2x3x3xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2x5x5xf64>
  // expected-error @+1 {{'sim.conv2d' op needs strides and dilations >= 1 and padding >= 0}}
  %y = sim.conv2d %x {node = "y", weight = dense<1.0> : tensor<2x2x3x3xf64>, stride = array<i64: 1, 1>,
      padding = array<i64: 0, -1, 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64}
      : tensor<2x5x5xf64> -> tensor<2x3x3xf64>
}

// -----

// Uneven padding: H = 5 + 1 + 0 - 2 = 4, W = (5 + 0 + 2 - 2) / 2 + 1 = 3.
sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2x5x5xf64>
  // expected-error @+1 {{'sim.conv2d' op result shape [2, 5, 5] should be [2, 4, 3]}}
  %y = sim.conv2d %x {node = "y", weight = dense<1.0> : tensor<2x2x3x3xf64>, stride = array<i64: 1, 2>,
      padding = array<i64: 1, 0, 0, 2>, dilation = array<i64: 1, 1>, groups = 1 : i64}
      : tensor<2x5x5xf64> -> tensor<2x5x5xf64>
}

// -----

// The result has C_out channels.
sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2x5x5xf64>
  // expected-error @+1 {{'sim.conv2d' op result shape [2, 3, 3] should be [4, 3, 3]}}
  %y = sim.conv2d %x {node = "y", weight = dense<1.0> : tensor<4x2x3x3xf64>, stride = array<i64: 1, 1>,
      padding = array<i64: 0, 0, 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64}
      : tensor<2x5x5xf64> -> tensor<2x3x3xf64>
}

// -----

// Dilation widens the window: 5 - 2 * (3 - 1) = 1 row.
sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2x5x5xf64>
  // expected-error @+1 {{'sim.conv2d' op result shape [2, 3, 3] should be [2, 1, 3]}}
  %y = sim.conv2d %x {node = "y", weight = dense<1.0> : tensor<2x2x3x3xf64>, stride = array<i64: 1, 1>,
      padding = array<i64: 0, 0, 0, 0>, dilation = array<i64: 2, 1>, groups = 1 : i64}
      : tensor<2x5x5xf64> -> tensor<2x3x3xf64>
}

//===----------------------------------------------------------------------===//
// sim.sum_pool2d
//===----------------------------------------------------------------------===//

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2x4x4xf64>
  // expected-error @+1 {{'sim.sum_pool2d' op 'kernel_size' needs 2 entries >= 1}}
  %y = sim.sum_pool2d %x {node = "y", kernel_size = array<i64: 2>, stride = array<i64: 2, 2>,
      padding = array<i64: 0, 0, 0, 0>, scale = 1.0 : f64} : tensor<2x4x4xf64> -> tensor<2x2x2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2x4x4xf64>
  // expected-error @+1 {{'sim.sum_pool2d' op 'kernel_size' needs 2 entries >= 1}}
  %y = sim.sum_pool2d %x {node = "y", kernel_size = array<i64: 2, 0>, stride = array<i64: 2, 2>,
      padding = array<i64: 0, 0, 0, 0>, scale = 1.0 : f64} : tensor<2x4x4xf64> -> tensor<2x2x2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2x4x4xf64>
  // expected-error @+1 {{'sim.sum_pool2d' op 'stride' needs 2 entries, got 3}}
  %y = sim.sum_pool2d %x {node = "y", kernel_size = array<i64: 2, 2>, stride = array<i64: 2, 2, 2>,
      padding = array<i64: 0, 0, 0, 0>, scale = 1.0 : f64} : tensor<2x4x4xf64> -> tensor<2x2x2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2x4x4xf64>
  // expected-error @+1 {{'sim.sum_pool2d' op 'padding' needs 4 entries, got 2}}
  %y = sim.sum_pool2d %x {node = "y", kernel_size = array<i64: 2, 2>, stride = array<i64: 2, 2>,
      padding = array<i64: 0, 0>, scale = 1.0 : f64} : tensor<2x4x4xf64> -> tensor<2x2x2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2x4x4xf64>
  // expected-error @+1 {{'sim.sum_pool2d' op needs strides and dilations >= 1 and padding >= 0}}
  %y = sim.sum_pool2d %x {node = "y", kernel_size = array<i64: 2, 2>, stride = array<i64: -2, 2>,
      padding = array<i64: 0, 0, 0, 0>, scale = 1.0 : f64} : tensor<2x4x4xf64> -> tensor<2x2x2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<16xf64>
  // expected-error @+1 {{'sim.sum_pool2d' op input must be [C, H, W], got [16]}}
  %y = sim.sum_pool2d %x {node = "y", kernel_size = array<i64: 2, 2>, stride = array<i64: 2, 2>,
      padding = array<i64: 0, 0, 0, 0>, scale = 1.0 : f64} : tensor<16xf64> -> tensor<2x2x2xf64>
}

// -----

// Bottom and right padding: H = (4 + 0 + 1 - 2) / 2 + 1 = 2, W = (4 + 1 + 1 - 2) / 2 + 1 = 3.
sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2x4x4xf64>
  // expected-error @+1 {{'sim.sum_pool2d' op result shape [2, 2, 2] should be [2, 2, 3]}}
  %y = sim.sum_pool2d %x {node = "y", kernel_size = array<i64: 2, 2>, stride = array<i64: 2, 2>,
      padding = array<i64: 0, 1, 1, 1>, scale = 1.0 : f64} : tensor<2x4x4xf64> -> tensor<2x2x2xf64>
}

// -----

// Pooling keeps the channels.
sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2x4x4xf64>
  // expected-error @+1 {{'sim.sum_pool2d' op result shape [1, 2, 2] should be [2, 2, 2]}}
  %y = sim.sum_pool2d %x {node = "y", kernel_size = array<i64: 2, 2>, stride = array<i64: 2, 2>,
      padding = array<i64: 0, 0, 0, 0>, scale = 1.0 : f64} : tensor<2x4x4xf64> -> tensor<1x2x2xf64>
}

//===----------------------------------------------------------------------===//
// sim.reshape
//===----------------------------------------------------------------------===//

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2x3xf64>
  // expected-error @+1 {{'sim.reshape' op cannot reshape 6 elements into 5}}
  %y = sim.reshape %x {node = "y"} : tensor<2x3xf64> -> tensor<5xf64>
}

//===----------------------------------------------------------------------===//
// sim.delay
//===----------------------------------------------------------------------===//

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %b = sim.state "d.buffer" {node = "b"} : tensor<2x3xf64>
  %x = sim.input "x" {node = "x"} : tensor<3xf64>
  // expected-error @+1 {{'sim.delay' op 'steps' has shape [2] but the signal has shape [3]}}
  %y, %n = sim.delay %b, %x {node = "y", steps = dense<[1, 2]> : tensor<2xi64>} : tensor<2x3xf64>, tensor<3xf64>
  sim.next %b = %n {node = "b"} : tensor<2x3xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %b = sim.state "d.buffer" {node = "b"} : tensor<2x3xf64>
  %x = sim.input "x" {node = "x"} : tensor<3xf64>
  // expected-error @+1 {{'sim.delay' op 'steps' must be non-negative}}
  %y, %n = sim.delay %b, %x {node = "y", steps = dense<[1, -1, 2]> : tensor<3xi64>} : tensor<2x3xf64>, tensor<3xf64>
  sim.next %b = %n {node = "b"} : tensor<2x3xf64>
}

// -----

// The buffer holds max(steps) entries.
sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %b = sim.state "d.buffer" {node = "b"} : tensor<2x3xf64>
  %x = sim.input "x" {node = "x"} : tensor<3xf64>
  // expected-error @+1 {{'sim.delay' op buffer shape [2, 3] should be [4, 3]}}
  %y, %n = sim.delay %b, %x {node = "y", steps = dense<[1, 4, 2]> : tensor<3xi64>} : tensor<2x3xf64>, tensor<3xf64>
  sim.next %b = %n {node = "b"} : tensor<2x3xf64>
}

// -----

// Even with no delay at all, the buffer has one entry.
sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %b = sim.state "d.buffer" {node = "b"} : tensor<3xf64>
  %x = sim.input "x" {node = "x"} : tensor<3xf64>
  // expected-error @+1 {{'sim.delay' op buffer shape [3] should be [1, 3]}}
  %y, %n = sim.delay %b, %x {node = "y", steps = dense<0> : tensor<3xi64>} : tensor<3xf64>, tensor<3xf64>
  sim.next %b = %n {node = "b"} : tensor<3xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %b = sim.state "d.buffer" {node = "b"} : tensor<2x3xf64>
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+1 {{'sim.delay' op buffer shape [2, 3] should be [2, 2]}}
  %y, %n = sim.delay %b, %x {node = "y", steps = dense<[2, 2]> : tensor<2xi64>} : tensor<2x3xf64>, tensor<2xf64>
  sim.next %b = %n {node = "b"} : tensor<2x3xf64>
}

//===----------------------------------------------------------------------===//
// sim.lincomb
//===----------------------------------------------------------------------===//

// -----

// As for sim.add, the ODS constraint fires first.
sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  // expected-error @+1 {{'sim.lincomb' op expected 1 or more operands, but found 0}}
  %y = "sim.lincomb"() {node = "y", coefficients = []} : () -> tensor<2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+1 {{'sim.lincomb' op has 2 operands but 1 coefficient arrays}}
  %y = sim.lincomb %x, %x {node = "y", coefficients = [dense<1.0> : tensor<2xf64>]} : tensor<2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+1 {{'sim.lincomb' op has 1 operands but 2 coefficient arrays}}
  %y = sim.lincomb %x {node = "y", coefficients = [dense<1.0> : tensor<2xf64>, dense<1.0> : tensor<2xf64>]} : tensor<2xf64>
}

// -----

// A non-splat coefficient array has the signal's shape.
sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+1 {{'sim.lincomb' op 'coefficients' has shape [3] but the signal has shape [2]}}
  %y = sim.lincomb %x, %x {node = "y", coefficients = [dense<1.0> : tensor<2xf64>,
      dense<[1.0, 2.0, 3.0]> : tensor<3xf64>]} : tensor<2xf64>
}

// -----

// Same element count, other shape.
sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2x2xf64>
  // expected-error @+1 {{'sim.lincomb' op 'coefficients' has shape [4] but the signal has shape [2, 2]}}
  %y = sim.lincomb %x {node = "y", coefficients = [dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf64>]} : tensor<2x2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+1 {{'sim.lincomb' op 'coefficients' holds a non-finite value}}
  %y = sim.lincomb %x {node = "y", coefficients = [dense<[1.0, 0x7FF0000000000000]> : tensor<2xf64>]} : tensor<2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+1 {{'sim.lincomb' op 'offset' has shape [3] but the signal has shape [2]}}
  %y = sim.lincomb %x {node = "y", coefficients = [dense<1.0> : tensor<2xf64>],
      offset = dense<[1.0, 2.0, 3.0]> : tensor<3xf64>} : tensor<2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+1 {{'sim.lincomb' op 'offset' holds a non-finite value}}
  %y = sim.lincomb %x {node = "y", coefficients = [dense<1.0> : tensor<2xf64>],
      offset = dense<0xFFF0000000000000> : tensor<2xf64>} : tensor<2xf64>
}

// -----

// Coefficients are f64 arrays.
sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+1 {{'sim.lincomb' op attribute 'coefficients' failed to satisfy constraint: coefficient arrays}}
  %y = sim.lincomb %x {node = "y", coefficients = [dense<1.0> : tensor<2xf32>]} : tensor<2xf64>
}

//===----------------------------------------------------------------------===//
// sim.fire / sim.heaviside
//===----------------------------------------------------------------------===//

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<3xf64>
  // expected-error @+1 {{'sim.fire' op 'threshold' has shape [2] but the signal has shape [3]}}
  %s, %v = sim.fire %x {node = "s", threshold = dense<[1.0, 2.0]> : tensor<2xf64>,
      reset_value = dense<0.0> : tensor<3xf64>, reset = #sim.reset_mode<to_v_reset>} : tensor<3xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<3xf64>
  // expected-error @+1 {{'sim.fire' op 'reset_value' holds a non-finite value}}
  %s, %v = sim.fire %x {node = "s", threshold = dense<1.0> : tensor<3xf64>,
      reset_value = dense<[0.0, 0.0, 0x7FF8000000000000]> : tensor<3xf64>, reset = #sim.reset_mode<to_v_reset>} : tensor<3xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<3xf64>
  // A float membrane resets to v_reset, not to the integer ops' zero.
  // expected-error @+3 {{expected ::nirc::sim::ResetMode to be one of: to_v_reset, subtract}}
  // expected-error @+2 {{failed to parse Sim_ResetModeAttr parameter 'value' which is to be a `::nirc::sim::ResetMode`}}
  %s, %v = sim.fire %x {node = "s", threshold = dense<1.0> : tensor<3xf64>,
      reset_value = dense<0.0> : tensor<3xf64>, reset = #sim.reset_mode<zero>} : tensor<3xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<3xf64>
  // expected-error @+1 {{'sim.heaviside' op 'threshold' has shape [3, 1] but the signal has shape [3]}}
  %y = sim.heaviside %x {node = "y", threshold = dense<[[1.0], [2.0], [3.0]]> : tensor<3x1xf64>} : tensor<3xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<3xf64>
  // expected-error @+1 {{'sim.heaviside' op 'threshold' holds a non-finite value}}
  %y = sim.heaviside %x {node = "y", threshold = dense<0x7FF0000000000000> : tensor<3xf64>} : tensor<3xf64>
}

//===----------------------------------------------------------------------===//
// sim.leaky_step
//===----------------------------------------------------------------------===//

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %v = sim.state "v" {node = "v"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+1 {{'sim.leaky_step' op 'tau' has shape [3] but the signal has shape [2]}}
  %n, %s = sim.leaky_step %v, %x {node = "n", tau = dense<[1.0, 2.0, 3.0]> : tensor<3xf64>,
      r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>,
      reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<exact>} : tensor<2xf64>
  sim.next %v = %n {node = "v"} : tensor<2xf64>
}

// -----

// tau = +inf is the leak-free integrator, but NaN is not.
sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %v = sim.state "v" {node = "v"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+1 {{'sim.leaky_step' op 'tau' holds a non-finite value}}
  %n, %s = sim.leaky_step %v, %x {node = "n", tau = dense<[0x7FF0000000000000, 0x7FF8000000000000]> : tensor<2xf64>,
      r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>,
      reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<exact>} : tensor<2xf64>
  sim.next %v = %n {node = "v"} : tensor<2xf64>
}

// -----

// Nor is -inf.
sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %v = sim.state "v" {node = "v"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+1 {{'sim.leaky_step' op 'tau' holds a non-finite value}}
  %n, %s = sim.leaky_step %v, %x {node = "n", tau = dense<0xFFF0000000000000> : tensor<2xf64>,
      r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>,
      reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<exact>} : tensor<2xf64>
  sim.next %v = %n {node = "v"} : tensor<2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %v = sim.state "v" {node = "v"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+1 {{'sim.leaky_step' op 'tau' must be positive, got 0.000000e+00}}
  %n, %s = sim.leaky_step %v, %x {node = "n", tau = dense<[1.0e-3, 0.0]> : tensor<2xf64>,
      r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>,
      reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<exact>} : tensor<2xf64>
  sim.next %v = %n {node = "v"} : tensor<2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %v = sim.state "v" {node = "v"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+1 {{'sim.leaky_step' op 'tau' must be positive, got -2.000000e-03}}
  %n, %s = sim.leaky_step %v, %x {node = "n", tau = dense<-2.0e-3> : tensor<2xf64>,
      r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>,
      reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<exact>} : tensor<2xf64>
  sim.next %v = %n {node = "v"} : tensor<2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %v = sim.state "v" {node = "v"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+1 {{'sim.leaky_step' op 'r' holds a non-finite value}}
  %n, %s = sim.leaky_step %v, %x {node = "n", tau = dense<1.0> : tensor<2xf64>,
      r = dense<0x7FF0000000000000> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>,
      reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<exact>} : tensor<2xf64>
  sim.next %v = %n {node = "v"} : tensor<2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %v = sim.state "v" {node = "v"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+1 {{'sim.leaky_step' op 'v_leak' has shape [3] but the signal has shape [2]}}
  %n, %s = sim.leaky_step %v, %x {node = "n", tau = dense<1.0> : tensor<2xf64>,
      r = dense<1.0> : tensor<2xf64>, v_leak = dense<[0.5, 0.0, 1.0]> : tensor<3xf64>,
      reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<exact>} : tensor<2xf64>
  sim.next %v = %n {node = "v"} : tensor<2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %v = sim.state "v" {node = "v"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+1 {{'sim.leaky_step' op 'v_threshold' and 'v_reset' must be given together}}
  %n, %s = sim.leaky_step %v, %x {node = "n", tau = dense<1.0> : tensor<2xf64>,
      r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>,
      v_threshold = dense<1.0> : tensor<2xf64>,
      reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<exact>} : tensor<2xf64>
  sim.next %v = %n {node = "v"} : tensor<2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %v = sim.state "v" {node = "v"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+1 {{'sim.leaky_step' op 'v_threshold' and 'v_reset' must be given together}}
  %n, %s = sim.leaky_step %v, %x {node = "n", tau = dense<1.0> : tensor<2xf64>,
      r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>,
      reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<exact>} : tensor<2xf64>
  sim.next %v = %n {node = "v"} : tensor<2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %v = sim.state "v" {node = "v"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+1 {{'sim.leaky_step' op 'v_threshold' has shape [3] but the signal has shape [2]}}
  %n, %s = sim.leaky_step %v, %x {node = "n", tau = dense<1.0> : tensor<2xf64>,
      r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>,
      v_threshold = dense<[1.0, 2.0, 3.0]> : tensor<3xf64>, v_reset = dense<0.0> : tensor<2xf64>,
      reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<exact>} : tensor<2xf64>
  sim.next %v = %n {node = "v"} : tensor<2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %v = sim.state "v" {node = "v"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+1 {{'sim.leaky_step' op 'v_reset' holds a non-finite value}}
  %n, %s = sim.leaky_step %v, %x {node = "n", tau = dense<1.0> : tensor<2xf64>,
      r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>,
      v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0xFFF0000000000000> : tensor<2xf64>,
      reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<exact>} : tensor<2xf64>
  sim.next %v = %n {node = "v"} : tensor<2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %v = sim.state "v" {node = "v"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+5 {{expected ::nirc::sim::ResetMode to be one of: to_v_reset, subtract}}
  // expected-error @+4 {{failed to parse Sim_ResetModeAttr parameter 'value' which is to be a `::nirc::sim::ResetMode`}}
  %n, %s = sim.leaky_step %v, %x {node = "n", tau = dense<1.0> : tensor<2xf64>,
      r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>,
      v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>,
      reset = #sim.reset_mode<to_zero>, solver = #sim.solver<exact>} : tensor<2xf64>
  sim.next %v = %n {node = "v"} : tensor<2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %v = sim.state "v" {node = "v"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // Forward Euler is a method of convert-nir-to-sim, not a solver.
  // expected-error @+4 {{expected ::nirc::sim::Solver to be one of: exact, adaptive}}
  // expected-error @+3 {{failed to parse Sim_SolverAttr parameter 'value' which is to be a `::nirc::sim::Solver`}}
  %n, %s = sim.leaky_step %v, %x {node = "n", tau = dense<1.0> : tensor<2xf64>,
      r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>,
      reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<euler>} : tensor<2xf64>
  sim.next %v = %n {node = "v"} : tensor<2xf64>
}

//===----------------------------------------------------------------------===//
// sim.cuba_step
//===----------------------------------------------------------------------===//

// -----

// Only the leaky neuron's 'tau' may be infinite.
sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %i = sim.state "i" {node = "i"} : tensor<2xf64>
  %v = sim.state "v" {node = "v"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+1 {{'sim.cuba_step' op 'tau_syn' holds a non-finite value}}
  %in, %vn, %s = sim.cuba_step %i, %v, %x {node = "in", tau_syn = dense<0x7FF0000000000000> : tensor<2xf64>,
      tau_mem = dense<1.0> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>,
      reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<exact>} : tensor<2xf64>
  sim.next %i = %in {node = "i"} : tensor<2xf64>
  sim.next %v = %vn {node = "v"} : tensor<2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %i = sim.state "i" {node = "i"} : tensor<2xf64>
  %v = sim.state "v" {node = "v"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+1 {{'sim.cuba_step' op 'tau_syn' must be positive, got -1.000000e+00}}
  %in, %vn, %s = sim.cuba_step %i, %v, %x {node = "in", tau_syn = dense<[1.0, -1.0]> : tensor<2xf64>,
      tau_mem = dense<1.0> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>,
      reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<exact>} : tensor<2xf64>
  sim.next %i = %in {node = "i"} : tensor<2xf64>
  sim.next %v = %vn {node = "v"} : tensor<2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %i = sim.state "i" {node = "i"} : tensor<2xf64>
  %v = sim.state "v" {node = "v"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+1 {{'sim.cuba_step' op 'tau_mem' holds a non-finite value}}
  %in, %vn, %s = sim.cuba_step %i, %v, %x {node = "in", tau_syn = dense<1.0> : tensor<2xf64>,
      tau_mem = dense<0x7FF0000000000000> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>,
      reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<exact>} : tensor<2xf64>
  sim.next %i = %in {node = "i"} : tensor<2xf64>
  sim.next %v = %vn {node = "v"} : tensor<2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %i = sim.state "i" {node = "i"} : tensor<2xf64>
  %v = sim.state "v" {node = "v"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+1 {{'sim.cuba_step' op 'tau_mem' must be positive, got 0.000000e+00}}
  %in, %vn, %s = sim.cuba_step %i, %v, %x {node = "in", tau_syn = dense<1.0> : tensor<2xf64>,
      tau_mem = dense<0.0> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>,
      reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<exact>} : tensor<2xf64>
  sim.next %i = %in {node = "i"} : tensor<2xf64>
  sim.next %v = %vn {node = "v"} : tensor<2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %i = sim.state "i" {node = "i"} : tensor<2xf64>
  %v = sim.state "v" {node = "v"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+1 {{'sim.cuba_step' op 'r' has shape [2, 1] but the signal has shape [2]}}
  %in, %vn, %s = sim.cuba_step %i, %v, %x {node = "in", tau_syn = dense<1.0> : tensor<2xf64>,
      tau_mem = dense<1.0> : tensor<2xf64>, r = dense<[[1.0], [2.0]]> : tensor<2x1xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>,
      reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<exact>} : tensor<2xf64>
  sim.next %i = %in {node = "i"} : tensor<2xf64>
  sim.next %v = %vn {node = "v"} : tensor<2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %i = sim.state "i" {node = "i"} : tensor<2xf64>
  %v = sim.state "v" {node = "v"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+1 {{'sim.cuba_step' op 'v_leak' holds a non-finite value}}
  %in, %vn, %s = sim.cuba_step %i, %v, %x {node = "in", tau_syn = dense<1.0> : tensor<2xf64>,
      tau_mem = dense<1.0> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0x7FF8000000000000> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>,
      reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<exact>} : tensor<2xf64>
  sim.next %i = %in {node = "i"} : tensor<2xf64>
  sim.next %v = %vn {node = "v"} : tensor<2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %i = sim.state "i" {node = "i"} : tensor<2xf64>
  %v = sim.state "v" {node = "v"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+1 {{'sim.cuba_step' op 'w_in' has shape [4] but the signal has shape [2]}}
  %in, %vn, %s = sim.cuba_step %i, %v, %x {node = "in", tau_syn = dense<1.0> : tensor<2xf64>,
      tau_mem = dense<1.0> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf64>,
      reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<exact>} : tensor<2xf64>
  sim.next %i = %in {node = "i"} : tensor<2xf64>
  sim.next %v = %vn {node = "v"} : tensor<2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %i = sim.state "i" {node = "i"} : tensor<2xf64>
  %v = sim.state "v" {node = "v"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+1 {{'sim.cuba_step' op 'v_threshold' and 'v_reset' must be given together}}
  %in, %vn, %s = sim.cuba_step %i, %v, %x {node = "in", tau_syn = dense<1.0> : tensor<2xf64>,
      tau_mem = dense<1.0> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>,
      v_threshold = dense<1.0> : tensor<2xf64>,
      reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<exact>} : tensor<2xf64>
  sim.next %i = %in {node = "i"} : tensor<2xf64>
  sim.next %v = %vn {node = "v"} : tensor<2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %i = sim.state "i" {node = "i"} : tensor<2xf64>
  %v = sim.state "v" {node = "v"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+1 {{'sim.cuba_step' op 'v_threshold' holds a non-finite value}}
  %in, %vn, %s = sim.cuba_step %i, %v, %x {node = "in", tau_syn = dense<1.0> : tensor<2xf64>,
      tau_mem = dense<1.0> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>,
      v_threshold = dense<0x7FF8000000000000> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>,
      reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<exact>} : tensor<2xf64>
  sim.next %i = %in {node = "i"} : tensor<2xf64>
  sim.next %v = %vn {node = "v"} : tensor<2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %i = sim.state "i" {node = "i"} : tensor<2xf64>
  %v = sim.state "v" {node = "v"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+5 {{expected valid keyword}}
  // expected-error @+4 {{failed to parse Sim_ResetModeAttr parameter 'value' which is to be a `::nirc::sim::ResetMode`}}
  %in, %vn, %s = sim.cuba_step %i, %v, %x {node = "in", tau_syn = dense<1.0> : tensor<2xf64>,
      tau_mem = dense<1.0> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>,
      reset = #sim.reset_mode<>, solver = #sim.solver<exact>} : tensor<2xf64>
  sim.next %i = %in {node = "i"} : tensor<2xf64>
  sim.next %v = %vn {node = "v"} : tensor<2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %i = sim.state "i" {node = "i"} : tensor<2xf64>
  %v = sim.state "v" {node = "v"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+5 {{expected ::nirc::sim::Solver to be one of: exact, adaptive}}
  // expected-error @+4 {{failed to parse Sim_SolverAttr parameter 'value' which is to be a `::nirc::sim::Solver`}}
  %in, %vn, %s = sim.cuba_step %i, %v, %x {node = "in", tau_syn = dense<1.0> : tensor<2xf64>,
      tau_mem = dense<1.0> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>,
      reset = #sim.reset_mode<subtract>, solver = #sim.solver<rk4>} : tensor<2xf64>
  sim.next %i = %in {node = "i"} : tensor<2xf64>
  sim.next %v = %vn {node = "v"} : tensor<2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+1 {{'sim.dense' op 'weight' holds a non-finite value}}
  %y = sim.dense %x {node = "y", weight = dense<[[1.0, 0x7FF8000000000000]]> : tensor<1x2xf64>} : tensor<2xf64> -> tensor<1xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // expected-error @+1 {{'sim.dense' op 'bias' holds a non-finite value}}
  %y = sim.dense %x {node = "y", weight = dense<1.0> : tensor<1x2xf64>, bias = dense<0x7FF0000000000000> : tensor<1xf64>} : tensor<2xf64> -> tensor<1xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<1x4x4xf64>
  // expected-error @+1 {{'sim.sum_pool2d' op 'scale' must be finite}}
  %y = sim.sum_pool2d %x {node = "y", kernel_size = array<i64: 2, 2>, stride = array<i64: 2, 2>,
      padding = array<i64: 0, 0, 0, 0>, scale = 0x7FF8000000000000 : f64}
      : tensor<1x4x4xf64> -> tensor<1x2x2xf64>
}

// -----

sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<1x2x2xf64>
  // expected-error @+1 {{'sim.sum_pool2d' op window does not fit the input [1, 2, 2]}}
  %y = sim.sum_pool2d %x {node = "y", kernel_size = array<i64: 3, 3>, stride = array<i64: 1, 1>,
      padding = array<i64: 0, 0, 0, 0>, scale = 1.0 : f64}
      : tensor<1x2x2xf64> -> tensor<1x0x0xf64>
}
