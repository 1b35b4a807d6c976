// RUN: nir-opt %s --convert-nir-to-sim='dt=1e-4 method=euler' --split-input-file --verify-diagnostics
// Graphs convert-nir-to-sim cannot lower, one case per split.

// A neuron without an incoming edge has nothing to integrate.
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<2>
  // expected-error @+1 {{node 'lonely' has no incoming edge, so it has no input to simulate}}
  %l = nir.lif "lonely" {tau = dense<1.0e-3> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>} : () -> !nir.signal<2>
  %o = nir.output "out"(%x, %l) : (!nir.signal<2>, !nir.signal<2>) -> !nir.signal<2>
}

// -----

// Nor does an Output with a known shape but nothing feeding it.
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<2>
  // expected-error @+1 {{node 'dangling' has no incoming edge, so it has no input to simulate}}
  %o = nir.output "dangling" : () -> !nir.signal<2>
}

// -----

// Nor a synapse.
nir.graph "g" {
  // expected-error @+1 {{node 'w' has no incoming edge, so it has no input to simulate}}
  %w = nir.linear "w" {weight = dense<1.0> : tensor<2x2xf64>} : () -> !nir.signal<2>
}

// -----

// Every shape must be known: run nir-infer-types first.
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<2x4x4>
  // expected-error @+1 {{node 'pool' has no known shape, so it cannot be simulated (nir-infer-types finds none)}}
  %p = nir.sum_pool2d "pool"(%x) {kernel_size = array<i64: 2, 2>, stride = array<i64: 2, 2>,
      padding = array<i64: 0, 0>} : (!nir.signal<2x4x4>) -> !nir.signal<*>
  %o = nir.output "out"(%p) : (!nir.signal<*>) -> !nir.signal<*>
}

// -----

// Also inside a nested graph, which is checked before the flattening error.
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<2>
  %r = nir.graph "sub"(%x : !nir.signal<2>) -> !nir.signal<2> {
    %p = nir.input "input" : !nir.signal<2>
    // expected-error @+1 {{node 'f' has no known shape, so it cannot be simulated (nir-infer-types finds none)}}
    %f = nir.flatten "f"(%p) {start_dim = 0 : i64, end_dim = -1 : i64} : (!nir.signal<2>) -> !nir.signal<*>
    %o = nir.output "output"(%f) : (!nir.signal<*>) -> !nir.signal<2>
  }
  %o = nir.output "out"(%r) : (!nir.signal<2>) -> !nir.signal<2>
}

// -----

// Nested graphs must be flattened first.
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<2>
  // expected-error @+1 {{'nir.graph' cannot be simulated; run nir-flatten first for nested graphs}}
  %r = nir.graph "sub"(%x : !nir.signal<2>) -> !nir.signal<2> {
    %p = nir.input "input" : !nir.signal<2>
    %s = nir.scale "s"(%p) {scale = dense<2.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
    %o = nir.output "output"(%s) : (!nir.signal<2>) -> !nir.signal<2>
  }
  %o = nir.output "out"(%r) : (!nir.signal<2>) -> !nir.signal<2>
}

// -----

// One top-level graph, no more...
// expected-error @+1 {{convert-nir-to-sim needs exactly one top-level nir.graph}}
module {
  nir.graph "a" {
    %x = nir.input "x" : !nir.signal<2>
  }
  nir.graph "b" {
    %x = nir.input "x" : !nir.signal<2>
  }
}

// -----

// ...and no fewer.
// expected-error @+1 {{convert-nir-to-sim needs exactly one top-level nir.graph}}
module {
}
