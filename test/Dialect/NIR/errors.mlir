// RUN: nir-opt %s -split-input-file -verify-diagnostics
// Every diagnostic of the nir dialect's verifiers, one case per split.

//===----------------------------------------------------------------------===//
// !nir.signal
//===----------------------------------------------------------------------===//

// A signal dimension of zero is rejected by the type verifier.
nir.graph "g" {
  // expected-error @+1 {{signal dimensions must be positive, got [0, 3]}}
  %x = nir.input "in" : !nir.signal<0x3>
}

//===----------------------------------------------------------------------===//
// Non-finite parameters (any float field of any node)
//===----------------------------------------------------------------------===//

// -----

// A NaN in an Affine weight.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<2>
  // expected-error @+1 {{'nir.affine' op "fc": field 'weight' has a non-finite value nan at flat index 3}}
  %y = nir.affine "fc"(%x) {
      weight = dense<[[1.0, 2.0], [3.0, 0x7FC00000], [5.0, 6.0]]> : tensor<3x2xf32>,
      bias = dense<0.0> : tensor<3xf32>}
      : (!nir.signal<2>) -> !nir.signal<3>
}

// -----

// A +Inf in a Linear weight.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<2>
  // expected-error @+1 {{'nir.linear' op "lin": field 'weight' has a non-finite value INF at flat index 1}}
  %y = nir.linear "lin"(%x) {
      weight = dense<[[1.0, 0x7F800000], [3.0, 4.0]]> : tensor<2x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
}

// -----

// A NaN in a splat Affine bias.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<2>
  // expected-error @+1 {{'nir.affine' op "fc": field 'bias' has a non-finite value nan at flat index 0}}
  %y = nir.affine "fc"(%x) {
      weight = dense<1.0> : tensor<3x2xf32>, bias = dense<0x7FC00000> : tensor<3xf32>}
      : (!nir.signal<2>) -> !nir.signal<3>
}

// -----

// A -Inf in a Scale.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3>
  // expected-error @+1 {{'nir.scale' op "s": field 'scale' has a non-finite value -INF at flat index 2}}
  %y = nir.scale "s"(%x) {scale = dense<[1.0, 2.0, 0xFF800000]> : tensor<3xf32>}
      : (!nir.signal<3>) -> !nir.signal<3>
}

// -----

// A +Inf time constant passes the positivity check and fails the finite one.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3>
  // expected-error @+1 {{'nir.lif' op "hidden": field 'tau' has a non-finite value INF at flat index 1}}
  %y = nir.lif "hidden"(%x) {
      tau = dense<[0.02, 0x7F800000, 0.02]> : tensor<3xf32>, r = dense<1.0> : tensor<3xf32>,
      v_leak = dense<0.0> : tensor<3xf32>, v_threshold = dense<1.0> : tensor<3xf32>,
      v_reset = dense<0.0> : tensor<3xf32>}
      : (!nir.signal<3>) -> !nir.signal<3>
}

// -----

// A NaN in a Conv2d weight.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1x4x4>
  // expected-error @+1 {{'nir.conv2d' op "conv": field 'weight' has a non-finite value nan at flat index 0}}
  %y = nir.conv2d "conv"(%x) {
      weight = dense<0x7FC00000> : tensor<2x1x3x3xf32>, bias = dense<0.0> : tensor<2xf32>,
      stride = array<i64: 1, 1>, padding = array<i64: 0, 0>,
      dilation = array<i64: 1, 1>, groups = 1 : i64}
      : (!nir.signal<1x4x4>) -> !nir.signal<2x2x2>
}

// -----

// A NaN read from a resource blob (f32 little-endian after the 4-byte
// alignment header: 1.0, NaN).
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<2>
  // expected-error @+1 {{'nir.scale' op "s": field 'scale' has a non-finite value nan at flat index 1}}
  %y = nir.scale "s"(%x) {scale = dense_resource<nan_blob> : tensor<2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
}

{-#
  dialect_resources: {
    builtin: {
      nan_blob: "0x040000000000803F0000C07F"
    }
  }
#-}

//===----------------------------------------------------------------------===//
// Elementwise nodes: parameters sharing one shape
//===----------------------------------------------------------------------===//

// -----

// LIF: 'tau' does not have the shape of 'r'.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3>
  // expected-error @+1 {{'nir.lif' op "hidden": parameters must share one shape, but 'r' is [3] and 'tau' is [4]}}
  %y = nir.lif "hidden"(%x) {
      tau = dense<0.02> : tensor<4xf32>, r = dense<1.0> : tensor<3xf32>,
      v_leak = dense<0.0> : tensor<3xf32>, v_threshold = dense<1.0> : tensor<3xf32>,
      v_reset = dense<0.0> : tensor<3xf32>}
      : (!nir.signal<3>) -> !nir.signal<3>
}

// -----

// CubaLIF: 'v_reset' does not have the shape of 'r'.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3>
  // expected-error @+1 {{'nir.cuba_lif' op "cuba": parameters must share one shape, but 'r' is [3] and 'v_reset' is [2]}}
  %y = nir.cuba_lif "cuba"(%x) {
      tau_syn = dense<0.01> : tensor<3xf32>, tau_mem = dense<0.02> : tensor<3xf32>,
      r = dense<1.0> : tensor<3xf32>, v_leak = dense<0.0> : tensor<3xf32>,
      v_threshold = dense<1.0> : tensor<3xf32>, v_reset = dense<0.0> : tensor<2xf32>,
      w_in = dense<1.0> : tensor<3xf32>}
      : (!nir.signal<3>) -> !nir.signal<3>
}

// -----

// CubaLI: 'tau_mem' does not have the shape of 'r'.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3>
  // expected-error @+1 {{'nir.cuba_li' op "cuba": parameters must share one shape, but 'r' is [3] and 'tau_mem' is [3, 1]}}
  %y = nir.cuba_li "cuba"(%x) {
      tau_syn = dense<0.01> : tensor<3xf32>, tau_mem = dense<0.02> : tensor<3x1xf32>,
      r = dense<1.0> : tensor<3xf32>, v_leak = dense<0.0> : tensor<3xf32>,
      w_in = dense<1.0> : tensor<3xf32>}
      : (!nir.signal<3>) -> !nir.signal<3>
}

// -----

// IF: 'v_threshold' does not have the shape of 'r'.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3>
  // expected-error @+1 {{'nir.if' op "if": parameters must share one shape, but 'r' is [3] and 'v_threshold' is [2]}}
  %y = nir.if "if"(%x) {
      r = dense<1.0> : tensor<3xf32>, v_threshold = dense<1.0> : tensor<2xf32>,
      v_reset = dense<0.0> : tensor<3xf32>}
      : (!nir.signal<3>) -> !nir.signal<3>
}

// -----

// LI: 'v_leak' does not have the shape of 'r'.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3>
  // expected-error @+1 {{'nir.li' op "readout": parameters must share one shape, but 'r' is [3] and 'v_leak' is [2, 3]}}
  %y = nir.li "readout"(%x) {
      tau = dense<0.05> : tensor<3xf32>, r = dense<1.0> : tensor<3xf32>,
      v_leak = dense<0.0> : tensor<2x3xf32>}
      : (!nir.signal<3>) -> !nir.signal<3>
}

// -----

// LIF: a 0-d parameter is not broadcast, it must have the population shape.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3>
  // expected-error @+1 {{'nir.lif' op "hidden": parameters must share one shape, but 'r' is [3] and 'v_leak' is []}}
  %y = nir.lif "hidden"(%x) {
      tau = dense<0.02> : tensor<3xf32>, r = dense<1.0> : tensor<3xf32>,
      v_leak = dense<0.0> : tensor<f32>, v_threshold = dense<1.0> : tensor<3xf32>,
      v_reset = dense<0.0> : tensor<3xf32>}
      : (!nir.signal<3>) -> !nir.signal<3>
}

//===----------------------------------------------------------------------===//
// Elementwise nodes: value ranges
//===----------------------------------------------------------------------===//

// -----

// LIF: a zero 'tau'.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3>
  // expected-error @+1 {{'nir.lif' op "hidden": 'tau' must be positive (a time constant), got 0.000000e+00 at flat index 2}}
  %y = nir.lif "hidden"(%x) {
      tau = dense<[0.02, 0.03, 0.0]> : tensor<3xf32>, r = dense<1.0> : tensor<3xf32>,
      v_leak = dense<0.0> : tensor<3xf32>, v_threshold = dense<1.0> : tensor<3xf32>,
      v_reset = dense<0.0> : tensor<3xf32>}
      : (!nir.signal<3>) -> !nir.signal<3>
}

// -----

// LI: a negative 'tau'.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3>
  // expected-error @+1 {{'nir.li' op "readout": 'tau' must be positive (a time constant), got -5.000000e-02 at flat index 0}}
  %y = nir.li "readout"(%x) {
      tau = dense<-0.05> : tensor<3xf64>, r = dense<1.0> : tensor<3xf64>,
      v_leak = dense<0.0> : tensor<3xf64>}
      : (!nir.signal<3>) -> !nir.signal<3>
}

// -----

// LI: an integer 'tau' of zero.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3>
  // expected-error @+1 {{'nir.li' op "readout": 'tau' must be positive (a time constant), got 0.000000e+00 at flat index 1}}
  %y = nir.li "readout"(%x) {
      tau = dense<[2, 0, 3]> : tensor<3xi32>, r = dense<1> : tensor<3xi32>,
      v_leak = dense<0> : tensor<3xi32>}
      : (!nir.signal<3>) -> !nir.signal<3>
}

// -----

// CubaLI: a non-positive 'tau_syn'.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3>
  // expected-error @+1 {{'nir.cuba_li' op "cuba": 'tau_syn' must be positive (a time constant), got -1.000000e+00 at flat index 1}}
  %y = nir.cuba_li "cuba"(%x) {
      tau_syn = dense<[0.01, -1.0, 0.01]> : tensor<3xf32>, tau_mem = dense<0.02> : tensor<3xf32>,
      r = dense<1.0> : tensor<3xf32>, v_leak = dense<0.0> : tensor<3xf32>,
      w_in = dense<1.0> : tensor<3xf32>}
      : (!nir.signal<3>) -> !nir.signal<3>
}

// -----

// CubaLI: a non-positive 'tau_mem'.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3>
  // expected-error @+1 {{'nir.cuba_li' op "cuba": 'tau_mem' must be positive (a time constant), got 0.000000e+00 at flat index 0}}
  %y = nir.cuba_li "cuba"(%x) {
      tau_syn = dense<0.01> : tensor<3xf32>, tau_mem = dense<0.0> : tensor<3xf32>,
      r = dense<1.0> : tensor<3xf32>, v_leak = dense<0.0> : tensor<3xf32>,
      w_in = dense<1.0> : tensor<3xf32>}
      : (!nir.signal<3>) -> !nir.signal<3>
}

// -----

// CubaLIF: a non-positive 'tau_syn'.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3>
  // expected-error @+1 {{'nir.cuba_lif' op "cuba": 'tau_syn' must be positive (a time constant), got 0.000000e+00 at flat index 2}}
  %y = nir.cuba_lif "cuba"(%x) {
      tau_syn = dense<[0.01, 0.01, 0.0]> : tensor<3xf32>, tau_mem = dense<0.02> : tensor<3xf32>,
      r = dense<1.0> : tensor<3xf32>, v_leak = dense<0.0> : tensor<3xf32>,
      v_threshold = dense<1.0> : tensor<3xf32>, v_reset = dense<0.0> : tensor<3xf32>,
      w_in = dense<1.0> : tensor<3xf32>}
      : (!nir.signal<3>) -> !nir.signal<3>
}

// -----

// CubaLIF: a non-positive 'tau_mem'.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3>
  // expected-error @+1 {{'nir.cuba_lif' op "cuba": 'tau_mem' must be positive (a time constant), got -2.000000e-02 at flat index 0}}
  %y = nir.cuba_lif "cuba"(%x) {
      tau_syn = dense<0.01> : tensor<3xf32>, tau_mem = dense<-0.02> : tensor<3xf32>,
      r = dense<1.0> : tensor<3xf32>, v_leak = dense<0.0> : tensor<3xf32>,
      v_threshold = dense<1.0> : tensor<3xf32>, v_reset = dense<0.0> : tensor<3xf32>,
      w_in = dense<1.0> : tensor<3xf32>}
      : (!nir.signal<3>) -> !nir.signal<3>
}

// -----

// Delay: a negative delay.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3>
  // expected-error @+1 {{'nir.delay' op "d": 'delay' must be non-negative, got -1.000000e-03 at flat index 1}}
  %y = nir.delay "d"(%x) {delay = dense<[0.0, -1.0e-3, 2.0e-3]> : tensor<3xf64>}
      : (!nir.signal<3>) -> !nir.signal<3>
}

//===----------------------------------------------------------------------===//
// Elementwise nodes: w_in broadcasting
//===----------------------------------------------------------------------===//

// -----

// CubaLI: 'w_in' of a shape that does not broadcast to the population.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3>
  // expected-error @+1 {{'nir.cuba_li' op "cuba": 'w_in' of shape [2] does not broadcast to the population shape [3] of 'r'}}
  %y = nir.cuba_li "cuba"(%x) {
      tau_syn = dense<0.01> : tensor<3xf32>, tau_mem = dense<0.02> : tensor<3xf32>,
      r = dense<1.0> : tensor<3xf32>, v_leak = dense<0.0> : tensor<3xf32>,
      w_in = dense<1.0> : tensor<2xf32>}
      : (!nir.signal<3>) -> !nir.signal<3>
}

// -----

// CubaLIF: 'w_in' of higher rank than the population does not broadcast.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3>
  // expected-error @+1 {{'nir.cuba_lif' op "cuba": 'w_in' of shape [1, 3] does not broadcast to the population shape [3] of 'r'}}
  %y = nir.cuba_lif "cuba"(%x) {
      tau_syn = dense<0.01> : tensor<3xf32>, tau_mem = dense<0.02> : tensor<3xf32>,
      r = dense<1.0> : tensor<3xf32>, v_leak = dense<0.0> : tensor<3xf32>,
      v_threshold = dense<1.0> : tensor<3xf32>, v_reset = dense<0.0> : tensor<3xf32>,
      w_in = dense<1.0> : tensor<1x3xf32>}
      : (!nir.signal<3>) -> !nir.signal<3>
}

//===----------------------------------------------------------------------===//
// Elementwise nodes: input shape against the population shape
//===----------------------------------------------------------------------===//

// -----

// LIF: input of another shape than the population.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<4>
  // expected-error @+1 {{'nir.lif' op "hidden": input shape [4] does not match the shape [3] of 'r'}}
  %y = nir.lif "hidden"(%x) {
      tau = dense<0.02> : tensor<3xf32>, r = dense<1.0> : tensor<3xf32>,
      v_leak = dense<0.0> : tensor<3xf32>, v_threshold = dense<1.0> : tensor<3xf32>,
      v_reset = dense<0.0> : tensor<3xf32>}
      : (!nir.signal<4>) -> !nir.signal<3>
}

// -----

// CubaLIF: input of another shape than the population.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<2x3>
  // expected-error @+1 {{'nir.cuba_lif' op "cuba": input shape [2, 3] does not match the shape [3] of 'r'}}
  %y = nir.cuba_lif "cuba"(%x) {
      tau_syn = dense<0.01> : tensor<3xf32>, tau_mem = dense<0.02> : tensor<3xf32>,
      r = dense<1.0> : tensor<3xf32>, v_leak = dense<0.0> : tensor<3xf32>,
      v_threshold = dense<1.0> : tensor<3xf32>, v_reset = dense<0.0> : tensor<3xf32>,
      w_in = dense<1.0> : tensor<1xf32>}
      : (!nir.signal<2x3>) -> !nir.signal<3>
}

// -----

// CubaLI: input of another shape than the population.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<5>
  // expected-error @+1 {{'nir.cuba_li' op "cuba": input shape [5] does not match the shape [3] of 'r'}}
  %y = nir.cuba_li "cuba"(%x) {
      tau_syn = dense<0.01> : tensor<3xf32>, tau_mem = dense<0.02> : tensor<3xf32>,
      r = dense<1.0> : tensor<3xf32>, v_leak = dense<0.0> : tensor<3xf32>,
      w_in = dense<1.0> : tensor<3xf32>}
      : (!nir.signal<5>) -> !nir.signal<3>
}

// -----

// IF: input of another shape than the population.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<2>
  // expected-error @+1 {{'nir.if' op "if": input shape [2] does not match the shape [3] of 'r'}}
  %y = nir.if "if"(%x) {
      r = dense<1.0> : tensor<3xf32>, v_threshold = dense<1.0> : tensor<3xf32>,
      v_reset = dense<0.0> : tensor<3xf32>}
      : (!nir.signal<2>) -> !nir.signal<3>
}

// -----

// LI: input of another shape than the population.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3x1>
  // expected-error @+1 {{'nir.li' op "readout": input shape [3, 1] does not match the shape [3] of 'r'}}
  %y = nir.li "readout"(%x) {
      tau = dense<0.05> : tensor<3xf32>, r = dense<1.0> : tensor<3xf32>,
      v_leak = dense<0.0> : tensor<3xf32>}
      : (!nir.signal<3x1>) -> !nir.signal<3>
}

// -----

// I: input of another shape than 'r'.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<2>
  // expected-error @+1 {{'nir.i' op "integrator": input shape [2] does not match the shape [3] of 'r'}}
  %y = nir.i "integrator"(%x) {r = dense<1.0> : tensor<3xf32>}
      : (!nir.signal<2>) -> !nir.signal<3>
}

// -----

// Scale: input of another shape than 'scale'.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<4>
  // expected-error @+1 {{'nir.scale' op "s": input shape [4] does not match the shape [2, 2] of 'scale'}}
  %y = nir.scale "s"(%x) {scale = dense<2.0> : tensor<2x2xf32>}
      : (!nir.signal<4>) -> !nir.signal<2x2>
}

// -----

// Delay: input of another shape than 'delay'.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<6>
  // expected-error @+1 {{'nir.delay' op "d": input shape [6] does not match the shape [3] of 'delay'}}
  %y = nir.delay "d"(%x) {delay = dense<1.0e-3> : tensor<3xf64>}
      : (!nir.signal<6>) -> !nir.signal<3>
}

// -----

// Threshold: input of another shape than 'threshold'.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3>
  // expected-error @+1 {{'nir.threshold' op "thr": input shape [3] does not match the shape [] of 'threshold'}}
  %y = nir.threshold "thr"(%x) {threshold = dense<0.5> : tensor<f32>}
      : (!nir.signal<3>) -> !nir.signal<>
}

//===----------------------------------------------------------------------===//
// Fan-in and the declared output shape (every node)
//===----------------------------------------------------------------------===//

// -----

// Two edges of different shapes summed into one LIF; the note points at the
// producer of the disagreeing edge.
nir.graph "g" {
  %a = nir.input "a" : !nir.signal<3>
  // expected-note @+1 {{input #1 comes from here}}
  %b = nir.input "b" : !nir.signal<4>
  // expected-error @+1 {{'nir.lif' op "hidden": inputs are summed and must have one shape, but input #0 is [3] and input #1 is [4]}}
  %y = nir.lif "hidden"(%a, %b) {
      tau = dense<0.02> : tensor<3xf32>, r = dense<1.0> : tensor<3xf32>,
      v_leak = dense<0.0> : tensor<3xf32>, v_threshold = dense<1.0> : tensor<3xf32>,
      v_reset = dense<0.0> : tensor<3xf32>}
      : (!nir.signal<3>, !nir.signal<4>) -> !nir.signal<3>
}

// -----

// Fan-in into an Output: an edge of unknown shape is skipped, and the message
// names the first known edge (#1) and the disagreeing one (#2).
nir.graph "g" {
  %a = nir.input "a" : !nir.signal<2>
  %u = nir.scale "u"(%a) {scale = dense<1.0> : tensor<2xf32>}
      : (!nir.signal<2>) -> !nir.signal<*>
  // expected-note @+1 {{input #2 comes from here}}
  %b = nir.linear "b"(%a) {weight = dense<1.0> : tensor<3x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<3>
  // expected-error @+1 {{'nir.output' op "out": inputs are summed and must have one shape, but input #1 is [2] and input #2 is [3]}}
  %y = nir.output "out"(%u, %a, %b)
      : (!nir.signal<*>, !nir.signal<2>, !nir.signal<3>) -> !nir.signal<*>
}

// -----

// LIF: declared output shape differs from its parameters' shape.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3>
  // expected-error @+1 {{'nir.lif' op "hidden": output shape [4] differs from the shape [3] that its input and parameters give}}
  %y = nir.lif "hidden"(%x) {
      tau = dense<0.02> : tensor<3xf32>, r = dense<1.0> : tensor<3xf32>,
      v_leak = dense<0.0> : tensor<3xf32>, v_threshold = dense<1.0> : tensor<3xf32>,
      v_reset = dense<0.0> : tensor<3xf32>}
      : (!nir.signal<3>) -> !nir.signal<4>
}

// -----

// Affine: declared output shape differs from the inferred one.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<2>
  // expected-error @+1 {{'nir.affine' op "fc": output shape [2] differs from the shape [3] that its input and parameters give}}
  %y = nir.affine "fc"(%x) {
      weight = dense<1.0> : tensor<3x2xf32>, bias = dense<0.0> : tensor<3xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
}

// -----

// Output: declared shape differs from its input's.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3>
  // expected-error @+1 {{'nir.output' op "out": output shape [2] differs from the shape [3] that its input and parameters give}}
  %y = nir.output "out"(%x) : (!nir.signal<3>) -> !nir.signal<2>
}

// -----

// Conv1d: declared output length differs from the convolution's.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3x10>
  // expected-error @+1 {{'nir.conv1d' op "conv": output shape [5, 10] differs from the shape [5, 8] that its input and parameters give}}
  %y = nir.conv1d "conv"(%x) {
      weight = dense<1.0> : tensor<5x3x3xf32>, bias = dense<0.0> : tensor<5xf32>,
      stride = 1 : i64, padding = 0 : i64, dilation = 1 : i64, groups = 1 : i64}
      : (!nir.signal<3x10>) -> !nir.signal<5x10>
}

// -----

// Conv2d without an input edge: the output comes from 'input_shape' and
// differs from the declared one.
nir.graph "g" {
  // expected-error @+1 {{'nir.conv2d' op "conv": output shape [4, 8, 8] differs from the shape [4, 6, 4] that its input and parameters give}}
  %y = nir.conv2d "conv" {
      weight = dense<1.0> : tensor<4x2x3x5xf32>, bias = dense<0.0> : tensor<4xf32>,
      stride = array<i64: 1, 1>, padding = array<i64: 0, 0>,
      dilation = array<i64: 1, 1>, groups = 1 : i64,
      input_shape = array<i64: 8, 8>}
      : () -> !nir.signal<4x8x8>
}

// -----

// SumPool2d: declared output shape differs from the pooled one.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<2x8x8>
  // expected-error @+1 {{'nir.sum_pool2d' op "pool": output shape [2, 8, 8] differs from the shape [2, 4, 4] that its input and parameters give}}
  %y = nir.sum_pool2d "pool"(%x) {kernel_size = array<i64: 2, 2>,
      stride = array<i64: 2, 2>, padding = array<i64: 0, 0>}
      : (!nir.signal<2x8x8>) -> !nir.signal<2x8x8>
}

// -----

// Flatten: declared output shape differs from the flattened one.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<2x3x4>
  // expected-error @+1 {{'nir.flatten' op "flat": output shape [24] differs from the shape [2, 12] that its input and parameters give}}
  %y = nir.flatten "flat"(%x) {start_dim = 1 : i64, end_dim = -1 : i64}
      : (!nir.signal<2x3x4>) -> !nir.signal<24>
}

//===----------------------------------------------------------------------===//
// Affine and Linear
//===----------------------------------------------------------------------===//

// -----

// Affine: a weight of rank 1.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3>
  // expected-error @+1 {{'nir.affine' op "fc": 'weight' must have shape (..., out, in) of rank >= 2, got [3]}}
  %y = nir.affine "fc"(%x) {
      weight = dense<1.0> : tensor<3xf32>, bias = dense<0.0> : tensor<3xf32>}
      : (!nir.signal<3>) -> !nir.signal<3>
}

// -----

// Linear: a 0-d weight.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3>
  // expected-error @+1 {{'nir.linear' op "lin": 'weight' must have shape (..., out, in) of rank >= 2, got []}}
  %y = nir.linear "lin"(%x) {weight = dense<1.0> : tensor<f32>}
      : (!nir.signal<3>) -> !nir.signal<3>
}

// -----

// Affine: a bias that does not broadcast to the output shape.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<2>
  // expected-error @+1 {{'nir.affine' op "fc": 'bias' of shape [2] does not broadcast to the output shape [3]}}
  %y = nir.affine "fc"(%x) {
      weight = dense<1.0> : tensor<3x2xf32>, bias = dense<0.0> : tensor<2xf32>}
      : (!nir.signal<2>) -> !nir.signal<3>
}

// -----

// Affine with batched weights: the bias must broadcast to the batched output.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<5x4>
  // expected-error @+1 {{'nir.affine' op "fc": 'bias' of shape [4, 2] does not broadcast to the output shape [5, 2]}}
  %y = nir.affine "fc"(%x) {
      weight = dense<1.0> : tensor<5x2x4xf32>, bias = dense<0.0> : tensor<4x2xf32>}
      : (!nir.signal<5x4>) -> !nir.signal<5x2>
}

// -----

// Affine: an input that the weight does not take.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3>
  // expected-error @+1 {{'nir.affine' op "fc": input shape [3] does not match 'weight' of shape [3, 2], which takes [2]}}
  %y = nir.affine "fc"(%x) {
      weight = dense<1.0> : tensor<3x2xf32>, bias = dense<0.0> : tensor<3xf32>}
      : (!nir.signal<3>) -> !nir.signal<3>
}

// -----

// Linear with batched weights: an input without the batch axis.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<4>
  // expected-error @+1 {{'nir.linear' op "lin": input shape [4] does not match 'weight' of shape [5, 2, 4], which takes [5, 4]}}
  %y = nir.linear "lin"(%x) {weight = dense<1.0> : tensor<5x2x4xf32>}
      : (!nir.signal<4>) -> !nir.signal<5x2>
}

//===----------------------------------------------------------------------===//
// Conv1d
//===----------------------------------------------------------------------===//

// -----

// Conv1d: a weight of rank 4.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3x10>
  // expected-error @+1 {{'nir.conv1d' op "conv": 'weight' must have shape (C_out, C_in/groups, K) of rank 3, got [5, 3, 3, 3]}}
  %y = nir.conv1d "conv"(%x) {
      weight = dense<1.0> : tensor<5x3x3x3xf32>, bias = dense<0.0> : tensor<5xf32>,
      stride = 1 : i64, padding = 0 : i64, dilation = 1 : i64, groups = 1 : i64}
      : (!nir.signal<3x10>) -> !nir.signal<*>
}

// -----

// Conv1d: a zero stride.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3x10>
  // expected-error @+1 {{'nir.conv1d' op "conv": 'stride' entries must be >= 1, got [0]}}
  %y = nir.conv1d "conv"(%x) {
      weight = dense<1.0> : tensor<5x3x3xf32>, bias = dense<0.0> : tensor<5xf32>,
      stride = 0 : i64, padding = 0 : i64, dilation = 1 : i64, groups = 1 : i64}
      : (!nir.signal<3x10>) -> !nir.signal<*>
}

// -----

// Conv1d: a zero dilation.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3x10>
  // expected-error @+1 {{'nir.conv1d' op "conv": 'dilation' entries must be >= 1, got [0]}}
  %y = nir.conv1d "conv"(%x) {
      weight = dense<1.0> : tensor<5x3x3xf32>, bias = dense<0.0> : tensor<5xf32>,
      stride = 1 : i64, padding = 0 : i64, dilation = 0 : i64, groups = 1 : i64}
      : (!nir.signal<3x10>) -> !nir.signal<*>
}

// -----

// Conv1d: a negative padding amount.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3x10>
  // expected-error @+1 {{'nir.conv1d' op "conv": 'padding' entries must be >= 0, got [-1]}}
  %y = nir.conv1d "conv"(%x) {
      weight = dense<1.0> : tensor<5x3x3xf32>, bias = dense<0.0> : tensor<5xf32>,
      stride = 1 : i64, padding = -1 : i64, dilation = 1 : i64, groups = 1 : i64}
      : (!nir.signal<3x10>) -> !nir.signal<*>
}

// -----

// Conv1d: an unknown padding mode.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3x10>
  // expected-error @+1 {{'nir.conv1d' op "conv": 'padding' must be amounts, "same" or "valid", got "full"}}
  %y = nir.conv1d "conv"(%x) {
      weight = dense<1.0> : tensor<5x3x3xf32>, bias = dense<0.0> : tensor<5xf32>,
      stride = 1 : i64, padding = "full", dilation = 1 : i64, groups = 1 : i64}
      : (!nir.signal<3x10>) -> !nir.signal<*>
}

// -----

// Conv1d: "same" padding with stride 2.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3x10>
  // expected-error @+1 {{'nir.conv1d' op "conv": 'padding' "same" needs stride 1 (as in PyTorch), got stride [2]}}
  %y = nir.conv1d "conv"(%x) {
      weight = dense<1.0> : tensor<5x3x3xf32>, bias = dense<0.0> : tensor<5xf32>,
      stride = 2 : i64, padding = "same", dilation = 1 : i64, groups = 1 : i64}
      : (!nir.signal<3x10>) -> !nir.signal<*>
}

// -----

// Conv1d: groups that do not divide C_out.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<4x10>
  // expected-error @+1 {{'nir.conv1d' op "conv": 'groups' = 2 must be positive and divide C_out = 5}}
  %y = nir.conv1d "conv"(%x) {
      weight = dense<1.0> : tensor<5x2x3xf32>, bias = dense<0.0> : tensor<5xf32>,
      stride = 1 : i64, padding = 0 : i64, dilation = 1 : i64, groups = 2 : i64}
      : (!nir.signal<4x10>) -> !nir.signal<*>
}

// -----

// Conv1d: zero groups.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3x10>
  // expected-error @+1 {{'nir.conv1d' op "conv": 'groups' = 0 must be positive and divide C_out = 5}}
  %y = nir.conv1d "conv"(%x) {
      weight = dense<1.0> : tensor<5x3x3xf32>, bias = dense<0.0> : tensor<5xf32>,
      stride = 1 : i64, padding = 0 : i64, dilation = 1 : i64, groups = 0 : i64}
      : (!nir.signal<3x10>) -> !nir.signal<*>
}

// -----

// Conv1d: a bias that is not [C_out].
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3x10>
  // expected-error @+1 {{'nir.conv1d' op "conv": 'bias' must have shape [C_out] = [5], got [1]}}
  %y = nir.conv1d "conv"(%x) {
      weight = dense<1.0> : tensor<5x3x3xf32>, bias = dense<0.0> : tensor<1xf32>,
      stride = 1 : i64, padding = 0 : i64, dilation = 1 : i64, groups = 1 : i64}
      : (!nir.signal<3x10>) -> !nir.signal<*>
}

// -----

// Conv1d: a zero 'input_shape'.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3x10>
  // expected-error @+1 {{'nir.conv1d' op "conv": 'input_shape' entries must be >= 1, got [0]}}
  %y = nir.conv1d "conv"(%x) {
      weight = dense<1.0> : tensor<5x3x3xf32>, bias = dense<0.0> : tensor<5xf32>,
      stride = 1 : i64, padding = 0 : i64, dilation = 1 : i64, groups = 1 : i64,
      input_shape = 0 : i64}
      : (!nir.signal<3x10>) -> !nir.signal<*>
}

// -----

// Grouped Conv1d: the input has C_in/groups channels instead of C_in.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<2x10>
  // expected-error @+1 {{'nir.conv1d' op "conv": input shape [2, 10] does not match 'weight' of shape [4, 2, 3] with groups = 2, which takes 4 channels and 1 spatial dims}}
  %y = nir.conv1d "conv"(%x) {
      weight = dense<1.0> : tensor<4x2x3xf32>, bias = dense<0.0> : tensor<4xf32>,
      stride = 1 : i64, padding = 0 : i64, dilation = 1 : i64, groups = 2 : i64}
      : (!nir.signal<2x10>) -> !nir.signal<*>
}

// -----

// Conv1d: a 2-D image input (wrong rank).
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3x10x10>
  // expected-error @+1 {{'nir.conv1d' op "conv": input shape [3, 10, 10] does not match 'weight' of shape [5, 3, 3] with groups = 1, which takes 3 channels and 1 spatial dims}}
  %y = nir.conv1d "conv"(%x) {
      weight = dense<1.0> : tensor<5x3x3xf32>, bias = dense<0.0> : tensor<5xf32>,
      stride = 1 : i64, padding = 0 : i64, dilation = 1 : i64, groups = 1 : i64}
      : (!nir.signal<3x10x10>) -> !nir.signal<*>
}

// -----

// Conv1d: 'input_shape' disagrees with the input edge.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3x10>
  // expected-error @+1 {{'nir.conv1d' op "conv": 'input_shape' [12] disagrees with the input's spatial shape [10]}}
  %y = nir.conv1d "conv"(%x) {
      weight = dense<1.0> : tensor<5x3x3xf32>, bias = dense<0.0> : tensor<5xf32>,
      stride = 1 : i64, padding = 0 : i64, dilation = 1 : i64, groups = 1 : i64,
      input_shape = 12 : i64}
      : (!nir.signal<3x10>) -> !nir.signal<*>
}

// -----

// Conv1d: a dilated kernel longer than the padded input.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3x4>
  // expected-error @+1 {{'nir.conv1d' op "conv": kernel extent 7 exceeds the padded input length 6 on spatial axis 0}}
  %y = nir.conv1d "conv"(%x) {
      weight = dense<1.0> : tensor<5x3x4xf32>, bias = dense<0.0> : tensor<5xf32>,
      stride = 1 : i64, padding = 1 : i64, dilation = 2 : i64, groups = 1 : i64}
      : (!nir.signal<3x4>) -> !nir.signal<*>
}

// -----

// Conv1d without an input edge: the kernel does not fit 'input_shape'.
nir.graph "g" {
  // expected-error @+1 {{'nir.conv1d' op "conv": kernel extent 5 exceeds the padded input length 4 on spatial axis 0}}
  %y = nir.conv1d "conv" {
      weight = dense<1.0> : tensor<5x3x5xf32>, bias = dense<0.0> : tensor<5xf32>,
      stride = 1 : i64, padding = "valid", dilation = 1 : i64, groups = 1 : i64,
      input_shape = 4 : i64}
      : () -> !nir.signal<*>
}

//===----------------------------------------------------------------------===//
// Conv2d
//===----------------------------------------------------------------------===//

// -----

// Conv2d: a weight of rank 3.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3x8x8>
  // expected-error @+1 {{'nir.conv2d' op "conv": 'weight' must have shape (C_out, C_in/groups, kH, kW) of rank 4, got [4, 3, 3]}}
  %y = nir.conv2d "conv"(%x) {
      weight = dense<1.0> : tensor<4x3x3xf32>, bias = dense<0.0> : tensor<4xf32>,
      stride = array<i64: 1, 1>, padding = array<i64: 0, 0>,
      dilation = array<i64: 1, 1>, groups = 1 : i64}
      : (!nir.signal<3x8x8>) -> !nir.signal<*>
}

// -----

// Conv2d: a stride with one entry.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3x8x8>
  // expected-error @+1 {{'nir.conv2d' op "conv": 'stride' must have 2 entries, got [1]}}
  %y = nir.conv2d "conv"(%x) {
      weight = dense<1.0> : tensor<4x3x3x3xf32>, bias = dense<0.0> : tensor<4xf32>,
      stride = array<i64: 1>, padding = array<i64: 0, 0>,
      dilation = array<i64: 1, 1>, groups = 1 : i64}
      : (!nir.signal<3x8x8>) -> !nir.signal<*>
}

// -----

// Conv2d: a zero stride entry.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3x8x8>
  // expected-error @+1 {{'nir.conv2d' op "conv": 'stride' entries must be >= 1, got [1, 0]}}
  %y = nir.conv2d "conv"(%x) {
      weight = dense<1.0> : tensor<4x3x3x3xf32>, bias = dense<0.0> : tensor<4xf32>,
      stride = array<i64: 1, 0>, padding = array<i64: 0, 0>,
      dilation = array<i64: 1, 1>, groups = 1 : i64}
      : (!nir.signal<3x8x8>) -> !nir.signal<*>
}

// -----

// Conv2d: a dilation with three entries.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3x8x8>
  // expected-error @+1 {{'nir.conv2d' op "conv": 'dilation' must have 2 entries, got [1, 1, 1]}}
  %y = nir.conv2d "conv"(%x) {
      weight = dense<1.0> : tensor<4x3x3x3xf32>, bias = dense<0.0> : tensor<4xf32>,
      stride = array<i64: 1, 1>, padding = array<i64: 0, 0>,
      dilation = array<i64: 1, 1, 1>, groups = 1 : i64}
      : (!nir.signal<3x8x8>) -> !nir.signal<*>
}

// -----

// Conv2d: a negative dilation entry.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3x8x8>
  // expected-error @+1 {{'nir.conv2d' op "conv": 'dilation' entries must be >= 1, got [-1, 1]}}
  %y = nir.conv2d "conv"(%x) {
      weight = dense<1.0> : tensor<4x3x3x3xf32>, bias = dense<0.0> : tensor<4xf32>,
      stride = array<i64: 1, 1>, padding = array<i64: 0, 0>,
      dilation = array<i64: -1, 1>, groups = 1 : i64}
      : (!nir.signal<3x8x8>) -> !nir.signal<*>
}

// -----

// Conv2d: padding amounts with one entry.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3x8x8>
  // expected-error @+1 {{'nir.conv2d' op "conv": 'padding' must have 2 entries, got [1]}}
  %y = nir.conv2d "conv"(%x) {
      weight = dense<1.0> : tensor<4x3x3x3xf32>, bias = dense<0.0> : tensor<4xf32>,
      stride = array<i64: 1, 1>, padding = array<i64: 1>,
      dilation = array<i64: 1, 1>, groups = 1 : i64}
      : (!nir.signal<3x8x8>) -> !nir.signal<*>
}

// -----

// Conv2d: a negative padding amount.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3x8x8>
  // expected-error @+1 {{'nir.conv2d' op "conv": 'padding' entries must be >= 0, got [0, -2]}}
  %y = nir.conv2d "conv"(%x) {
      weight = dense<1.0> : tensor<4x3x3x3xf32>, bias = dense<0.0> : tensor<4xf32>,
      stride = array<i64: 1, 1>, padding = array<i64: 0, -2>,
      dilation = array<i64: 1, 1>, groups = 1 : i64}
      : (!nir.signal<3x8x8>) -> !nir.signal<*>
}

// -----

// Conv2d: an unknown padding mode (names are case-sensitive).
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3x8x8>
  // expected-error @+1 {{'nir.conv2d' op "conv": 'padding' must be amounts, "same" or "valid", got "SAME"}}
  %y = nir.conv2d "conv"(%x) {
      weight = dense<1.0> : tensor<4x3x3x3xf32>, bias = dense<0.0> : tensor<4xf32>,
      stride = array<i64: 1, 1>, padding = "SAME",
      dilation = array<i64: 1, 1>, groups = 1 : i64}
      : (!nir.signal<3x8x8>) -> !nir.signal<*>
}

// -----

// Conv2d: "same" padding with a stride of 2 on one axis.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3x8x8>
  // expected-error @+1 {{'nir.conv2d' op "conv": 'padding' "same" needs stride 1 (as in PyTorch), got stride [1, 2]}}
  %y = nir.conv2d "conv"(%x) {
      weight = dense<1.0> : tensor<4x3x3x3xf32>, bias = dense<0.0> : tensor<4xf32>,
      stride = array<i64: 1, 2>, padding = "same",
      dilation = array<i64: 1, 1>, groups = 1 : i64}
      : (!nir.signal<3x8x8>) -> !nir.signal<*>
}

// -----

// Conv2d: groups that do not divide C_out.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3x8x8>
  // expected-error @+1 {{'nir.conv2d' op "conv": 'groups' = 3 must be positive and divide C_out = 4}}
  %y = nir.conv2d "conv"(%x) {
      weight = dense<1.0> : tensor<4x1x3x3xf32>, bias = dense<0.0> : tensor<4xf32>,
      stride = array<i64: 1, 1>, padding = array<i64: 0, 0>,
      dilation = array<i64: 1, 1>, groups = 3 : i64}
      : (!nir.signal<3x8x8>) -> !nir.signal<*>
}

// -----

// Conv2d: a bias that is not [C_out].
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3x8x8>
  // expected-error @+1 {{'nir.conv2d' op "conv": 'bias' must have shape [C_out] = [4], got [4, 1]}}
  %y = nir.conv2d "conv"(%x) {
      weight = dense<1.0> : tensor<4x3x3x3xf32>, bias = dense<0.0> : tensor<4x1xf32>,
      stride = array<i64: 1, 1>, padding = array<i64: 0, 0>,
      dilation = array<i64: 1, 1>, groups = 1 : i64}
      : (!nir.signal<3x8x8>) -> !nir.signal<*>
}

// -----

// Conv2d: an 'input_shape' with three entries.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3x8x8>
  // expected-error @+1 {{'nir.conv2d' op "conv": 'input_shape' must have 2 entries, got [3, 8, 8]}}
  %y = nir.conv2d "conv"(%x) {
      weight = dense<1.0> : tensor<4x3x3x3xf32>, bias = dense<0.0> : tensor<4xf32>,
      stride = array<i64: 1, 1>, padding = array<i64: 0, 0>,
      dilation = array<i64: 1, 1>, groups = 1 : i64,
      input_shape = array<i64: 3, 8, 8>}
      : (!nir.signal<3x8x8>) -> !nir.signal<*>
}

// -----

// Conv2d: a zero 'input_shape' entry.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3x8x8>
  // expected-error @+1 {{'nir.conv2d' op "conv": 'input_shape' entries must be >= 1, got [8, 0]}}
  %y = nir.conv2d "conv"(%x) {
      weight = dense<1.0> : tensor<4x3x3x3xf32>, bias = dense<0.0> : tensor<4xf32>,
      stride = array<i64: 1, 1>, padding = array<i64: 0, 0>,
      dilation = array<i64: 1, 1>, groups = 1 : i64,
      input_shape = array<i64: 8, 0>}
      : (!nir.signal<3x8x8>) -> !nir.signal<*>
}

// -----

// Grouped Conv2d: the input has C_in/groups channels instead of C_in.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1x8x8>
  // expected-error @+1 {{'nir.conv2d' op "conv": input shape [1, 8, 8] does not match 'weight' of shape [4, 1, 3, 2] with groups = 2, which takes 2 channels and 2 spatial dims}}
  %y = nir.conv2d "conv"(%x) {
      weight = dense<1.0> : tensor<4x1x3x2xf32>, bias = dense<0.0> : tensor<4xf32>,
      stride = array<i64: 1, 1>, padding = array<i64: 0, 0>,
      dilation = array<i64: 1, 1>, groups = 2 : i64}
      : (!nir.signal<1x8x8>) -> !nir.signal<*>
}

// -----

// Conv2d: 'input_shape' disagrees with the input edge.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3x8x6>
  // expected-error @+1 {{'nir.conv2d' op "conv": 'input_shape' [8, 8] disagrees with the input's spatial shape [8, 6]}}
  %y = nir.conv2d "conv"(%x) {
      weight = dense<1.0> : tensor<4x3x3x3xf32>, bias = dense<0.0> : tensor<4xf32>,
      stride = array<i64: 1, 1>, padding = array<i64: 0, 0>,
      dilation = array<i64: 1, 1>, groups = 1 : i64,
      input_shape = array<i64: 8, 8>}
      : (!nir.signal<3x8x6>) -> !nir.signal<*>
}

// -----

// Conv2d: a square kernel larger than the padded input on axis 0.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3x2x8>
  // expected-error @+1 {{'nir.conv2d' op "conv": kernel extent 5 exceeds the padded input length 4 on spatial axis 0}}
  %y = nir.conv2d "conv"(%x) {
      weight = dense<1.0> : tensor<4x3x5x5xf32>, bias = dense<0.0> : tensor<4xf32>,
      stride = array<i64: 1, 1>, padding = array<i64: 1, 1>,
      dilation = array<i64: 1, 1>, groups = 1 : i64}
      : (!nir.signal<3x2x8>) -> !nir.signal<*>
}

// -----

// Conv2d: a non-square kernel (3x5) that fits axis 0 but not axis 1.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3x6x4>
  // expected-error @+1 {{'nir.conv2d' op "conv": kernel extent 5 exceeds the padded input length 4 on spatial axis 1}}
  %y = nir.conv2d "conv"(%x) {
      weight = dense<1.0> : tensor<4x3x3x5xf32>, bias = dense<0.0> : tensor<4xf32>,
      stride = array<i64: 1, 1>, padding = array<i64: 1, 0>,
      dilation = array<i64: 1, 1>, groups = 1 : i64}
      : (!nir.signal<3x6x4>) -> !nir.signal<*>
}

// -----

// Conv2d with "valid" padding: a dilated kernel on axis 1 larger than the input.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3x8x8>
  // expected-error @+1 {{'nir.conv2d' op "conv": kernel extent 9 exceeds the padded input length 8 on spatial axis 1}}
  %y = nir.conv2d "conv"(%x) {
      weight = dense<1.0> : tensor<4x3x3x3xf32>, bias = dense<0.0> : tensor<4xf32>,
      stride = array<i64: 1, 1>, padding = "valid",
      dilation = array<i64: 1, 4>, groups = 1 : i64}
      : (!nir.signal<3x8x8>) -> !nir.signal<*>
}

//===----------------------------------------------------------------------===//
// SumPool2d and AvgPool2d
//===----------------------------------------------------------------------===//

// -----

// SumPool2d: a kernel_size with one entry.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<2x8x8>
  // expected-error @+1 {{'nir.sum_pool2d' op "pool": 'kernel_size' must have 2 entries, got [2]}}
  %y = nir.sum_pool2d "pool"(%x) {kernel_size = array<i64: 2>,
      stride = array<i64: 2, 2>, padding = array<i64: 0, 0>}
      : (!nir.signal<2x8x8>) -> !nir.signal<*>
}

// -----

// AvgPool2d: a zero kernel_size entry.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<2x8x8>
  // expected-error @+1 {{'nir.avg_pool2d' op "pool": 'kernel_size' entries must be >= 1, got [0, 2]}}
  %y = nir.avg_pool2d "pool"(%x) {kernel_size = array<i64: 0, 2>,
      stride = array<i64: 2, 2>, padding = array<i64: 0, 0>}
      : (!nir.signal<2x8x8>) -> !nir.signal<*>
}

// -----

// AvgPool2d: a stride with three entries.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<2x8x8>
  // expected-error @+1 {{'nir.avg_pool2d' op "pool": 'stride' must have 2 entries, got [2, 2, 2]}}
  %y = nir.avg_pool2d "pool"(%x) {kernel_size = array<i64: 2, 2>,
      stride = array<i64: 2, 2, 2>, padding = array<i64: 0, 0>}
      : (!nir.signal<2x8x8>) -> !nir.signal<*>
}

// -----

// SumPool2d: a zero stride entry.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<2x8x8>
  // expected-error @+1 {{'nir.sum_pool2d' op "pool": 'stride' entries must be >= 1, got [2, 0]}}
  %y = nir.sum_pool2d "pool"(%x) {kernel_size = array<i64: 2, 2>,
      stride = array<i64: 2, 0>, padding = array<i64: 0, 0>}
      : (!nir.signal<2x8x8>) -> !nir.signal<*>
}

// -----

// SumPool2d: padding with no entries.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<2x8x8>
  // expected-error @+1 {{'nir.sum_pool2d' op "pool": 'padding' must have 2 entries, got []}}
  %y = nir.sum_pool2d "pool"(%x) {kernel_size = array<i64: 2, 2>,
      stride = array<i64: 2, 2>, padding = array<i64>}
      : (!nir.signal<2x8x8>) -> !nir.signal<*>
}

// -----

// AvgPool2d: a negative padding entry.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<2x8x8>
  // expected-error @+1 {{'nir.avg_pool2d' op "pool": 'padding' entries must be >= 0, got [-1, 0]}}
  %y = nir.avg_pool2d "pool"(%x) {kernel_size = array<i64: 2, 2>,
      stride = array<i64: 2, 2>, padding = array<i64: -1, 0>}
      : (!nir.signal<2x8x8>) -> !nir.signal<*>
}

// -----

// SumPool2d: an input that is not (C, H, W).
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<8x8>
  // expected-error @+1 {{'nir.sum_pool2d' op "pool": input shape [8, 8] must be (C, H, W)}}
  %y = nir.sum_pool2d "pool"(%x) {kernel_size = array<i64: 2, 2>,
      stride = array<i64: 2, 2>, padding = array<i64: 0, 0>}
      : (!nir.signal<8x8>) -> !nir.signal<*>
}

// -----

// AvgPool2d: an input that is not (C, H, W).
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1x2x8x8>
  // expected-error @+1 {{'nir.avg_pool2d' op "pool": input shape [1, 2, 8, 8] must be (C, H, W)}}
  %y = nir.avg_pool2d "pool"(%x) {kernel_size = array<i64: 2, 2>,
      stride = array<i64: 2, 2>, padding = array<i64: 0, 0>}
      : (!nir.signal<1x2x8x8>) -> !nir.signal<*>
}

// -----

// SumPool2d: a window taller than the padded input.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<2x3x8>
  // expected-error @+1 {{'nir.sum_pool2d' op "pool": 'kernel_size' [4, 2] does not fit the padded input [2, 3, 8]}}
  %y = nir.sum_pool2d "pool"(%x) {kernel_size = array<i64: 4, 2>,
      stride = array<i64: 1, 1>, padding = array<i64: 0, 0>}
      : (!nir.signal<2x3x8>) -> !nir.signal<*>
}

// -----

// AvgPool2d: a window wider than the padded input.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<2x8x3>
  // expected-error @+1 {{'nir.avg_pool2d' op "pool": 'kernel_size' [2, 6] does not fit the padded input [2, 8, 3]}}
  %y = nir.avg_pool2d "pool"(%x) {kernel_size = array<i64: 2, 6>,
      stride = array<i64: 1, 1>, padding = array<i64: 1, 1>}
      : (!nir.signal<2x8x3>) -> !nir.signal<*>
}

//===----------------------------------------------------------------------===//
// Flatten
//===----------------------------------------------------------------------===//

// -----

// Flatten: a zero 'input_type' entry.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<2x3x4>
  // expected-error @+1 {{'nir.flatten' op "flat": 'input_type' entries must be >= 1, got [2, 0, 4]}}
  %y = nir.flatten "flat"(%x) {start_dim = 1 : i64, end_dim = -1 : i64,
      input_type = array<i64: 2, 0, 4>} : (!nir.signal<2x3x4>) -> !nir.signal<*>
}

// -----

// Flatten: an end_dim past the rank of 'input_type'.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<2x3x4>
  // expected-error @+1 {{'nir.flatten' op "flat": start_dim = 1 and end_dim = 3 do not index 'input_type' [2, 3, 4] (dims index the unbatched shape)}}
  %y = nir.flatten "flat"(%x) {start_dim = 1 : i64, end_dim = 3 : i64,
      input_type = array<i64: 2, 3, 4>} : (!nir.signal<2x3x4>) -> !nir.signal<*>
}

// -----

// Flatten without an input edge: a start_dim after end_dim.
nir.graph "g" {
  // expected-error @+1 {{'nir.flatten' op "flat": start_dim = 2 and end_dim = 1 do not index 'input_type' [2, 3, 4] (dims index the unbatched shape)}}
  %y = nir.flatten "flat" {start_dim = 2 : i64, end_dim = 1 : i64,
      input_type = array<i64: 2, 3, 4>} : () -> !nir.signal<*>
}

// -----

// Flatten: 'input_type' disagrees with the input edge.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<2x3x4>
  // expected-error @+1 {{'nir.flatten' op "flat": 'input_type' [2, 12] disagrees with the input shape [2, 3, 4]}}
  %y = nir.flatten "flat"(%x) {start_dim = 0 : i64, end_dim = -1 : i64,
      input_type = array<i64: 2, 12>} : (!nir.signal<2x3x4>) -> !nir.signal<*>
}

// -----

// Flatten without 'input_type': the dims do not index the input shape (the
// default start_dim = 1 on a 1-D input).
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<6>
  // expected-error @+1 {{'nir.flatten' op "flat": start_dim = 1 and end_dim = 0 do not index the input shape [6] (dims index the unbatched shape)}}
  %y = nir.flatten "flat"(%x) {start_dim = 1 : i64, end_dim = 0 : i64}
      : (!nir.signal<6>) -> !nir.signal<*>
}

// -----

// Flatten: negative dims that still fall outside the input shape.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<2x3>
  // expected-error @+1 {{'nir.flatten' op "flat": start_dim = -3 and end_dim = -1 do not index the input shape [2, 3] (dims index the unbatched shape)}}
  %y = nir.flatten "flat"(%x) {start_dim = -3 : i64, end_dim = -1 : i64}
      : (!nir.signal<2x3>) -> !nir.signal<*>
}

//===----------------------------------------------------------------------===//
// Input
//===----------------------------------------------------------------------===//

// -----

// An Input of unknown shape.
nir.graph "g" {
  // expected-error @+1 {{'nir.input' op "in": an Input node must declare its shape (NIR 'shape')}}
  %x = nir.input "in" : !nir.signal<*>
}

//===----------------------------------------------------------------------===//
// Graph
//===----------------------------------------------------------------------===//

// -----

// A top-level graph with an operand.
%c = builtin.unrealized_conversion_cast to !nir.signal<3>
// expected-error @+1 {{'nir.graph' op at top level takes no operands and has no results; its ports are its nir.input and nir.output nodes}}
nir.graph "top"(%c : !nir.signal<3>) {
  %x = nir.input "in" : !nir.signal<3>
}

// -----

// A top-level graph with a result.
// expected-error @+1 {{'nir.graph' op at top level takes no operands and has no results}}
%r = nir.graph "top" -> !nir.signal<3> {
  %x = nir.input "in" : !nir.signal<3>
  %y = nir.output "out"(%x) : (!nir.signal<3>) -> !nir.signal<3>
}

// -----

// A nested graph without a name.
nir.graph "g" {
  // expected-error @+1 {{'nir.graph' op nested in a graph needs a name: NIR edges address it as a node}}
  nir.graph {
    %x = nir.input "in" : !nir.signal<3>
  }
}

// -----

// Edges into a nested graph whose body has two nir.input nodes.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3>
  // expected-error @+1 {{'nir.graph' op "sub": edges into a nested graph are summed into its one nir.input node, but its body has 2}}
  nir.graph "sub"(%x : !nir.signal<3>) {
    %a = nir.input "a" : !nir.signal<3>
    %b = nir.input "b" : !nir.signal<3>
  }
}

// -----

// Edges into a nested graph whose body has no nir.input node.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3>
  // expected-error @+1 {{'nir.graph' op "sub": edges into a nested graph are summed into its one nir.input node, but its body has 0}}
  %r = nir.graph "sub"(%x : !nir.signal<3>) -> !nir.signal<3> {
    %t = nir.threshold "t" {threshold = dense<0.5> : tensor<3xf32>} : () -> !nir.signal<3>
    %o = nir.output "out"(%t) : (!nir.signal<3>) -> !nir.signal<3>
  }
}

// -----

// A nested graph with two results but one nir.output node.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3>
  // expected-error @+1 {{'nir.graph' op "sub": has 2 results but its body has 1 nir.output nodes; results are the outputs in body order}}
  %r:2 = nir.graph "sub"(%x : !nir.signal<3>) -> !nir.signal<3>, !nir.signal<3> {
    %i = nir.input "in" : !nir.signal<3>
    %o = nir.output "out"(%i) : (!nir.signal<3>) -> !nir.signal<3>
  }
}

// -----

// A nested graph with no results but a nir.output node.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3>
  // expected-error @+1 {{'nir.graph' op "sub": has 0 results but its body has 1 nir.output nodes}}
  nir.graph "sub"(%x : !nir.signal<3>) {
    %i = nir.input "in" : !nir.signal<3>
    %o = nir.output "out"(%i) : (!nir.signal<3>) -> !nir.signal<3>
  }
}

// -----

// An edge into a nested graph of another shape than its nir.input node.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<4>
  // expected-error @+1 {{'nir.graph' op "sub": input #0 has shape [4] but its node "sub_in" has [3]}}
  %r = nir.graph "sub"(%x : !nir.signal<4>) -> !nir.signal<3> {
    // expected-note @+1 {{port node defined here}}
    %i = nir.input "sub_in" : !nir.signal<3>
    %o = nir.output "out"(%i) : (!nir.signal<3>) -> !nir.signal<3>
  }
}

// -----

// A nested graph's result of another shape than its nir.output node.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3>
  // expected-error @+1 {{'nir.graph' op "sub": result #1 has shape [2] but its node "out_b" has [3]}}
  %r:2 = nir.graph "sub"(%x : !nir.signal<3>) -> !nir.signal<3>, !nir.signal<2> {
    %i = nir.input "in" : !nir.signal<3>
    %a = nir.output "out_a"(%i) : (!nir.signal<3>) -> !nir.signal<3>
    // expected-note @+1 {{port node defined here}}
    %b = nir.output "out_b"(%i) : (!nir.signal<3>) -> !nir.signal<3>
  }
}

// -----

// Two nodes of one graph with the same name.
nir.graph "g" {
  // expected-note @+1 {{first used here}}
  %x = nir.input "in" : !nir.signal<3>
  // expected-error @+1 {{'nir.scale' op reuses the node name "in"; names are unique within a graph}}
  %y = nir.scale "in"(%x) {scale = dense<2.0> : tensor<3xf32>}
      : (!nir.signal<3>) -> !nir.signal<3>
}

// -----

// A node and a nested graph with the same name.
nir.graph "g" {
  // expected-note @+1 {{first used here}}
  %x = nir.input "layer" : !nir.signal<3>
  // expected-error @+1 {{'nir.graph' op reuses the node name "layer"; names are unique within a graph}}
  %r = nir.graph "layer"(%x : !nir.signal<3>) -> !nir.signal<3> {
    %i = nir.input "in" : !nir.signal<3>
    %o = nir.output "out"(%i) : (!nir.signal<3>) -> !nir.signal<3>
  }
}

// -----

// An op of another dialect inside a graph.
nir.graph "g" {
  // expected-error @+1 {{'builtin.unrealized_conversion_cast' op is not a named NIR node; a nir.graph holds only NIR nodes}}
  %c = builtin.unrealized_conversion_cast to !nir.signal<3>
}

// -----

// A parameter with an empty axis: no signal can have it.
nir.graph "g" {
  // expected-error @+1 {{'nir.scale' op "s": field 'scale' has an empty axis in its shape [0]}}
  %s = nir.scale "s" {scale = dense<1.0> : tensor<0xf32>} : () -> !nir.signal<*>
}

// -----

// A zero-width conv kernel is an empty axis too.
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<3x4>
  // expected-error @+1 {{'nir.conv1d' op "c": field 'weight' has an empty axis in its shape [5, 3, 0]}}
  %c = nir.conv1d "c"(%x) {weight = dense<1.0> : tensor<5x3x0xf32>,
      bias = dense<0.0> : tensor<5xf32>, stride = 1 : i64, padding = 0 : i64,
      dilation = 1 : i64, groups = 1 : i64} : (!nir.signal<3x4>) -> !nir.signal<*>
}

// -----

// NaN in a time constant is reported as non-finite, not as non-positive.
nir.graph "g" {
  // expected-error @+1 {{'nir.li' op "li": field 'tau' has a non-finite value nan at flat index 1}}
  %l = nir.li "li" {tau = dense<[0.02, 0x7FC00000]> : tensor<2xf32>,
      r = dense<1.0> : tensor<2xf32>, v_leak = dense<0.0> : tensor<2xf32>}
      : () -> !nir.signal<2>
}

// -----

// A resource blob shorter than its tensor cannot be checked: rejected.
nir.graph "g" {
  // expected-error @+1 {{'nir.scale' op "s": field 'scale' cannot be read (a missing or short resource blob?)}}
  %s = nir.scale "s" {scale = dense_resource<short_blob> : tensor<2xf32>}
      : () -> !nir.signal<2>
}

{-#
  dialect_resources: {
    builtin: {
      short_blob: "0x040000000000C07F"
    }
  }
#-}

// -----

// A nested graph's port mismatch names the operand that is wrong.
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<3>
  %z = nir.input "z" : !nir.signal<4>
  // expected-error @+1 {{'nir.graph' op "sub": input #1 has shape [4] but its node "sub_in" has [3]}}
  %r = nir.graph "sub"(%x, %z : !nir.signal<3>, !nir.signal<4>) -> !nir.signal<3> {
    // expected-note @+1 {{port node defined here}}
    %p = nir.input "sub_in" : !nir.signal<3>
    %o = nir.output "sub_out"(%p) : (!nir.signal<3>) -> !nir.signal<3>
  }
}

// -----

// A signal too large to index.
nir.graph "g" {
  // expected-error @+1 {{signal of shape [4294967296, 4294967296] has more than 2^40 channels}}
  %x = nir.input "x" : !nir.signal<4294967296x4294967296>
}
