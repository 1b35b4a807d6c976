// Graphs netx cannot describe, mapped onto Loihi 2: netx holds a
// feed-forward chain of layers, the input, then each layer fed by the one
// before, read out at the last. Nothing is written.

// RUN: nir-opt %s --split-input-file --nir-map-to-chip='target=loihi2 dt=1e-3' -o %t.mlir 2>/dev/null
// RUN: rm -f %t.net
// RUN: not nir-translate %t.mlir --split-input-file --export-chip-netx -o %t.net 2>&1 | FileCheck %s
// RUN: not test -e %t.net

// CHECK: error: cannot export to netx: 'nir.lif' "hidden" is fed by 2 synapse blocks ("w_in" from "x", "w_rec" from "hidden"), but netx holds feed-forward chains only, each layer fed by the one before (lava-dl: "branching networks are not supported")
// CHECK: error: cannot export to netx: 'nir.lif' "hidden" feeds 2 synapse blocks ("w_a" into "a", "w_b" into "b"), but netx holds feed-forward chains only, each layer fed by the one before (lava-dl: "branching networks are not supported")
// CHECK: error: cannot export to netx: the network has 2 inputs ("x1", "x2"), but netx holds feed-forward chains only, each layer fed by the one before (lava-dl: "branching networks are not supported")
// CHECK: error: cannot export to netx: 'nir.lif' "out" is fed by 2 synapse blocks ("w_out" from "hidden", "w_skip" from "x"), but netx holds feed-forward chains only, each layer fed by the one before (lava-dl: "branching networks are not supported")
// CHECK: error: cannot export to netx: output "yh" reads "hidden", but netx reads a network out at its last layer ("out") only; netx holds feed-forward chains only, each layer fed by the one before (lava-dl: "branching networks are not supported")
// CHECK: error: cannot export to netx: 'nir.conv2d' "conv2": netx's dense layer "b" is flat, and netx cannot feed a conv layer from it
// CHECK-NOT: error:

// A recurrent layer: "hidden" is fed by the input and by itself.
nir.graph "recurrent" {
  %x = nir.input "x" : !nir.signal<2>
  %in = nir.linear "w_in"(%x) {weight = dense<[[0.8, 0.1], [0.2, 0.9]]> : tensor<2x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.lif "hidden"(%in, %rec) {tau = dense<0.02> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<2>, !nir.signal<2>) -> !nir.signal<2>
  %rec = nir.linear "w_rec"(%h) {weight = dense<[[0.0, -0.5], [-0.5, 0.0]]> : tensor<2x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "y"(%h) : (!nir.signal<2>) -> !nir.signal<*>
}

// -----

// Branching: "hidden" feeds two layers.
nir.graph "branch" {
  %x = nir.input "x" : !nir.signal<2>
  %in = nir.linear "w_in"(%x) {weight = dense<[[0.8, 0.1], [0.2, 0.9]]> : tensor<2x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.lif "hidden"(%in) {tau = dense<0.02> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %wa = nir.linear "w_a"(%h) {weight = dense<[[1.0, 0.5]]> : tensor<1x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<1>
  %a = nir.lif "a"(%wa) {tau = dense<0.02> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>} : (!nir.signal<1>) -> !nir.signal<1>
  %wb = nir.linear "w_b"(%h) {weight = dense<[[0.5, 1.0]]> : tensor<1x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<1>
  %b = nir.lif "b"(%wb) {tau = dense<0.02> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>} : (!nir.signal<1>) -> !nir.signal<1>
  %ya = nir.output "ya"(%a) : (!nir.signal<1>) -> !nir.signal<*>
  %yb = nir.output "yb"(%b) : (!nir.signal<1>) -> !nir.signal<*>
}

// -----

// Two inputs, each feeding its own layer.
nir.graph "two_inputs" {
  %x1 = nir.input "x1" : !nir.signal<2>
  %x2 = nir.input "x2" : !nir.signal<2>
  %w1 = nir.linear "w1"(%x1) {weight = dense<[[0.8, 0.1]]> : tensor<1x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<1>
  %a = nir.lif "a"(%w1) {tau = dense<0.02> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>} : (!nir.signal<1>) -> !nir.signal<1>
  %w2 = nir.linear "w2"(%x2) {weight = dense<[[0.8, 0.1]]> : tensor<1x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<1>
  %b = nir.lif "b"(%w2) {tau = dense<0.02> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>} : (!nir.signal<1>) -> !nir.signal<1>
  %ya = nir.output "ya"(%a) : (!nir.signal<1>) -> !nir.signal<*>
  %yb = nir.output "yb"(%b) : (!nir.signal<1>) -> !nir.signal<*>
}

// -----

// A skip connection: "out" is fed by "hidden" and by the input.
nir.graph "skip" {
  %x = nir.input "x" : !nir.signal<2>
  %in = nir.linear "w_in"(%x) {weight = dense<[[0.8, 0.1], [0.2, 0.9]]> : tensor<2x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.lif "hidden"(%in) {tau = dense<0.02> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %w = nir.linear "w_out"(%h) {weight = dense<[[1.0, 0.5]]> : tensor<1x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<1>
  %s = nir.linear "w_skip"(%x) {weight = dense<[[0.5, 0.5]]> : tensor<1x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<1>
  %o = nir.lif "out"(%w, %s) {tau = dense<0.02> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>} : (!nir.signal<1>, !nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "y"(%o) : (!nir.signal<1>) -> !nir.signal<*>
}

// -----

// A hidden layer read out as well as the last one.
nir.graph "two_outputs" {
  %x = nir.input "x" : !nir.signal<2>
  %in = nir.linear "w_in"(%x) {weight = dense<[[0.8, 0.1], [0.2, 0.9]]> : tensor<2x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.lif "hidden"(%in) {tau = dense<0.02> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %w = nir.linear "w_out"(%h) {weight = dense<[[1.0, 0.5]]> : tensor<1x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<1>
  %o = nir.lif "out"(%w) {tau = dense<0.02> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>} : (!nir.signal<1>) -> !nir.signal<1>
  %yh = nir.output "yh"(%h) : (!nir.signal<2>) -> !nir.signal<*>
  %y = nir.output "y"(%o) : (!nir.signal<1>) -> !nir.signal<*>
}

// -----

// A conv layer after a (flat) dense one: a direct edge between two
// (C, H, W) populations is an identity dense block.
nir.graph "conv_after_dense" {
  %x = nir.input "x" : !nir.signal<1x2x2>
  %c1 = nir.conv2d "conv1"(%x) {weight = dense<0.5> : tensor<1x1x1x1xf32>, bias = dense<0.0> : tensor<1xf32>,
      stride = array<i64: 1, 1>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64}
      : (!nir.signal<1x2x2>) -> !nir.signal<1x2x2>
  %a = nir.lif "a"(%c1) {tau = dense<0.02> : tensor<1x2x2xf64>, r = dense<1.0> : tensor<1x2x2xf64>,
      v_leak = dense<0.0> : tensor<1x2x2xf64>, v_threshold = dense<1.0> : tensor<1x2x2xf64>,
      v_reset = dense<0.0> : tensor<1x2x2xf64>} : (!nir.signal<1x2x2>) -> !nir.signal<1x2x2>
  %b = nir.lif "b"(%a) {tau = dense<0.02> : tensor<1x2x2xf64>, r = dense<1.0> : tensor<1x2x2xf64>,
      v_leak = dense<0.0> : tensor<1x2x2xf64>, v_threshold = dense<0.01> : tensor<1x2x2xf64>,
      v_reset = dense<0.0> : tensor<1x2x2xf64>} : (!nir.signal<1x2x2>) -> !nir.signal<1x2x2>
  %c2 = nir.conv2d "conv2"(%b) {weight = dense<0.5> : tensor<1x1x1x1xf32>, bias = dense<0.0> : tensor<1xf32>,
      stride = array<i64: 1, 1>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64}
      : (!nir.signal<1x2x2>) -> !nir.signal<1x2x2>
  %c = nir.lif "c"(%c2) {tau = dense<0.02> : tensor<1x2x2xf64>, r = dense<1.0> : tensor<1x2x2xf64>,
      v_leak = dense<0.0> : tensor<1x2x2xf64>, v_threshold = dense<1.0> : tensor<1x2x2xf64>,
      v_reset = dense<0.0> : tensor<1x2x2xf64>} : (!nir.signal<1x2x2>) -> !nir.signal<1x2x2>
  %y = nir.output "y"(%c) : (!nir.signal<1x2x2>) -> !nir.signal<*>
}
