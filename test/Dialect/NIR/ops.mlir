// RUN: nir-opt %s --verify-diagnostics --verify-roundtrip | FileCheck %s
// Every op of the nir dialect parses, verifies, prints and parses back.

// CHECK-LABEL: nir.graph "all_synapses"
nir.graph "all_synapses" {
  // CHECK: %[[IN:.+]] = nir.input "in" {metadata = {source = "test"}} : !nir.signal<2x8x8>
  %in = nir.input "in" {metadata = {source = "test"}} : !nir.signal<2x8x8>
  // CHECK: nir.conv2d "conv"(%[[IN]])
  // CHECK-SAME: groups = 2 : i64
  // CHECK-SAME: padding = array<i64: 1, 0>
  // CHECK-SAME: weight = dense<{{.*}}> : tensor<4x1x3x2xf32>
  // CHECK-SAME: -> !nir.signal<4x8x4>
  %conv = nir.conv2d "conv"(%in) {
      weight = dense<0.5> : tensor<4x1x3x2xf32>, bias = dense<0.0> : tensor<4xf32>,
      stride = array<i64: 1, 2>, padding = array<i64: 1, 0>,
      dilation = array<i64: 1, 1>, groups = 2 : i64,
      input_shape = array<i64: 8, 8>}
      : (!nir.signal<2x8x8>) -> !nir.signal<4x8x4>
  // CHECK: nir.sum_pool2d "sum"
  %sum = nir.sum_pool2d "sum"(%conv) {kernel_size = array<i64: 2, 2>,
      stride = array<i64: 2, 2>, padding = array<i64: 0, 0>}
      : (!nir.signal<4x8x4>) -> !nir.signal<4x4x2>
  // CHECK: nir.avg_pool2d "avg"
  %avg = nir.avg_pool2d "avg"(%sum) {kernel_size = array<i64: 2, 1>,
      stride = array<i64: 1, 1>, padding = array<i64: 1, 0>}
      : (!nir.signal<4x4x2>) -> !nir.signal<4x5x2>
  // CHECK: nir.flatten "flat"
  // CHECK-SAME: end_dim = -1 : i64, input_type = array<i64: 4, 5, 2>, start_dim = 0 : i64
  %flat = nir.flatten "flat"(%avg) {start_dim = 0 : i64, end_dim = -1 : i64,
      input_type = array<i64: 4, 5, 2>} : (!nir.signal<4x5x2>) -> !nir.signal<40>
  // CHECK: nir.affine "fc"
  %fc = nir.affine "fc"(%flat) {weight = dense<0.1> : tensor<6x40xf64>,
      bias = dense<[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]> : tensor<6xf64>}
      : (!nir.signal<40>) -> !nir.signal<6>
  // Integer weights keep their dtype.
  // CHECK: nir.linear "lin"
  // CHECK-SAME: tensor<6x6xi8>
  %lin = nir.linear "lin"(%fc) {weight = dense<3> : tensor<6x6xi8>}
      : (!nir.signal<6>) -> !nir.signal<6>
  // CHECK: nir.scale "scale"
  // CHECK-SAME: tensor<6xf16>
  %scale = nir.scale "scale"(%lin) {scale = dense<2.0> : tensor<6xf16>}
      : (!nir.signal<6>) -> !nir.signal<6>
  // CHECK: nir.delay "delay"
  %delay = nir.delay "delay"(%scale) {delay = dense<[0.0, 1.0e-3, 2.0e-3, 0.0, 0.0, 5.0e-4]> : tensor<6xf64>}
      : (!nir.signal<6>) -> !nir.signal<6>
  // CHECK: nir.threshold "thr"
  %thr = nir.threshold "thr"(%delay) {threshold = dense<0.5> : tensor<6xf32>}
      : (!nir.signal<6>) -> !nir.signal<6>
  // CHECK: nir.output "out"
  %out = nir.output "out"(%thr) : (!nir.signal<6>) -> !nir.signal<6>
}

// Conv1d with named padding, batched Affine weights, and a multi-dimensional
// neuron population.
// CHECK-LABEL: nir.graph "conv1d_and_batches"
nir.graph "conv1d_and_batches" {
  %in = nir.input "in" : !nir.signal<3x10>
  // CHECK: nir.conv1d "same"
  // CHECK-SAME: padding = "same"
  %same = nir.conv1d "same"(%in) {weight = dense<1.0> : tensor<3x3x3xf32>,
      bias = dense<0.0> : tensor<3xf32>, stride = 1 : i64, padding = "same",
      dilation = 2 : i64, groups = 1 : i64, input_shape = 10 : i64}
      : (!nir.signal<3x10>) -> !nir.signal<3x10>
  // CHECK: nir.conv1d "valid"
  // CHECK-SAME: -> !nir.signal<5x4>
  %valid = nir.conv1d "valid"(%same) {weight = dense<1.0> : tensor<5x3x4xf32>,
      bias = dense<0.0> : tensor<5xf32>, stride = 2 : i64, padding = "valid",
      dilation = 1 : i64, groups = 1 : i64}
      : (!nir.signal<3x10>) -> !nir.signal<5x4>
  // CHECK: nir.affine "batched"
  // CHECK-SAME: -> !nir.signal<5x2>
  %batched = nir.affine "batched"(%valid) {weight = dense<1.0> : tensor<5x2x4xf32>,
      bias = dense<0.0> : tensor<2xf32>} : (!nir.signal<5x4>) -> !nir.signal<5x2>
  // CHECK: nir.if "if2d"
  %if = nir.if "if2d"(%batched) {r = dense<1.0> : tensor<5x2xf32>,
      v_threshold = dense<1.0> : tensor<5x2xf32>, v_reset = dense<0.0> : tensor<5x2xf32>}
      : (!nir.signal<5x2>) -> !nir.signal<5x2>
  // CHECK: nir.i "integrator"
  %i = nir.i "integrator"(%if) {r = dense<1.0> : tensor<5x2xf32>}
      : (!nir.signal<5x2>) -> !nir.signal<5x2>
  %out = nir.output "out"(%i) : (!nir.signal<5x2>) -> !nir.signal<5x2>
}

// Current-based neurons, a scalar (0-d) population, `w_in` broadcast, a
// recurrent cycle through a nested graph, and an unconnected Output.
// CHECK-LABEL: nir.graph "cuba_recurrent"
nir.graph "cuba_recurrent" {
  // CHECK: %[[X:.+]] = nir.input "x" : !nir.signal<4>
  %x = nir.input "x" : !nir.signal<4>
  // CHECK: %[[REC:.+]] = nir.graph "rec"(%[[X]] : !nir.signal<4>) -> !nir.signal<4> {
  %rec = nir.graph "rec"(%x : !nir.signal<4>) -> !nir.signal<4> {
    %p = nir.input "input" : !nir.signal<4>
    // CHECK: nir.cuba_lif "lif"(%{{.+}}, %[[BACK:.+]]) {
    %s = nir.cuba_lif "lif"(%p, %w) {tau_syn = dense<5.0e-3> : tensor<4xf64>,
        tau_mem = dense<1.0e-2> : tensor<4xf64>, r = dense<1.0> : tensor<4xf64>,
        v_leak = dense<0.0> : tensor<4xf64>, v_threshold = dense<1.0> : tensor<4xf64>,
        v_reset = dense<0.0> : tensor<4xf64>, w_in = dense<2.0> : tensor<f64>}
        : (!nir.signal<4>, !nir.signal<4>) -> !nir.signal<4>
    // CHECK: %[[BACK]] = nir.linear "w_rec"
    %w = nir.linear "w_rec"(%s) {weight = dense<-0.1> : tensor<4x4xf32>}
        : (!nir.signal<4>) -> !nir.signal<4>
    %o = nir.output "output"(%s) : (!nir.signal<4>) -> !nir.signal<4>
  }
  // CHECK: nir.cuba_li "readout"(%[[REC]])
  %li = nir.cuba_li "readout"(%rec) {tau_syn = dense<2.0e-3> : tensor<4xf32>,
      tau_mem = dense<2.0e-3> : tensor<4xf32>, r = dense<1.0> : tensor<4xf32>,
      v_leak = dense<0.0> : tensor<4xf32>, w_in = dense<1.0> : tensor<4xf32>}
      : (!nir.signal<4>) -> !nir.signal<4>
  // CHECK: nir.lif "scalar" {{{.*}}tensor<f32>{{.*}}} : () -> !nir.signal<>
  %scalar = nir.lif "scalar" {tau = dense<1.0e-3> : tensor<f32>,
      r = dense<1.0> : tensor<f32>, v_leak = dense<0.0> : tensor<f32>,
      v_threshold = dense<1.0> : tensor<f32>, v_reset = dense<0.0> : tensor<f32>}
      : () -> !nir.signal<>
  %y = nir.output "y"(%li) : (!nir.signal<4>) -> !nir.signal<4>
  // CHECK: nir.output "unconnected" : () -> !nir.signal<*>
  %unconnected = nir.output "unconnected" : () -> !nir.signal<*>
}

// A graph with nothing in it, and one whose names are not identifiers.
// CHECK-LABEL: nir.graph "empty"
nir.graph "empty" {
}
// CHECK: nir.graph {
nir.graph {
  // CHECK: nir.input "lif1.input"
  %a = nir.input "lif1.input" : !nir.signal<1>
  // CHECK: nir.li "0"
  %b = nir.li "0"(%a) {tau = dense<1.0> : tensor<1xf32>, r = dense<1.0> : tensor<1xf32>,
      v_leak = dense<0.0> : tensor<1xf32>} : (!nir.signal<1>) -> !nir.signal<1>
}

// Large weights may live in resource blobs instead of being printed inline;
// the verifiers read them (here a 2x2 f32 weight, little-endian, with the
// 4-byte alignment header).
// CHECK-LABEL: nir.graph "resource"
// CHECK: nir.linear "w"{{.*}}weight = dense_resource<w_blob> : tensor<2x2xf32>
nir.graph "resource" {
  %x = nir.input "x" : !nir.signal<2>
  %w = nir.linear "w"(%x) {weight = dense_resource<w_blob> : tensor<2x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
}

{-#
  dialect_resources: {
    builtin: {
      w_blob: "0x040000000000803F000000400000404000008040"
    }
  }
#-}
