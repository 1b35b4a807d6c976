// RUN: nir-opt %s --nir-infer-types --split-input-file | FileCheck %s

// The Sinabs N-MNIST CNN's front (cnn_sinabs.nir): shapes flow from the
// Input through conv, IF, pooling and flatten to the Output.
// CHECK-LABEL: nir.graph "cnn"
// CHECK: nir.conv2d "0"{{.*}} -> !nir.signal<16x16x16>
// CHECK: nir.if "1"{{.*}} -> !nir.signal<16x16x16>
// CHECK: nir.sum_pool2d "2"{{.*}} : (!nir.signal<16x16x16>) -> !nir.signal<16x8x8>
// CHECK: nir.flatten "3"{{.*}} : (!nir.signal<16x8x8>) -> !nir.signal<1024>
// CHECK: nir.output "out"{{.*}} : (!nir.signal<1024>) -> !nir.signal<1024>
nir.graph "cnn" {
  %in = nir.input "in" : !nir.signal<2x34x34>
  %c = nir.conv2d "0"(%in) {weight = dense<1.0> : tensor<16x2x5x5xf32>,
      bias = dense<0.0> : tensor<16xf32>, stride = array<i64: 2, 2>,
      padding = array<i64: 1, 1>, dilation = array<i64: 1, 1>, groups = 1 : i64}
      : (!nir.signal<2x34x34>) -> !nir.signal<*>
  %s = nir.if "1"(%c) {r = dense<1.0> : tensor<16x16x16xf32>,
      v_threshold = dense<1.0> : tensor<16x16x16xf32>,
      v_reset = dense<0.0> : tensor<16x16x16xf32>}
      : (!nir.signal<*>) -> !nir.signal<16x16x16>
  %p = nir.sum_pool2d "2"(%s) {kernel_size = array<i64: 2, 2>,
      stride = array<i64: 2, 2>, padding = array<i64: 0, 0>}
      : (!nir.signal<16x16x16>) -> !nir.signal<*>
  %f = nir.flatten "3"(%p) {start_dim = 0 : i64, end_dim = -1 : i64}
      : (!nir.signal<*>) -> !nir.signal<*>
  %o = nir.output "out"(%f) : (!nir.signal<*>) -> !nir.signal<*>
}

// -----

// A grouped conv with a non-square kernel: C_in = groups * weight.shape[1]
// and each axis uses its own kernel extent (the Python package gets both
// wrong). With no input edge, the stored input_shape gives the input.
// CHECK-LABEL: nir.graph "grouped"
// CHECK: nir.conv2d "g"{{.*}} : (!nir.signal<4x10x10>) -> !nir.signal<6x8x6>
// CHECK: nir.conv2d "stored"{{.*}} : () -> !nir.signal<6x8x6>
// CHECK: nir.avg_pool2d "avg"{{.*}} -> !nir.signal<6x4x3>
nir.graph "grouped" {
  %in = nir.input "in" : !nir.signal<4x10x10>
  %g = nir.conv2d "g"(%in) {weight = dense<1.0> : tensor<6x2x3x5xf32>,
      bias = dense<0.0> : tensor<6xf32>, stride = array<i64: 1, 1>,
      padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 2 : i64}
      : (!nir.signal<4x10x10>) -> !nir.signal<*>
  %stored = nir.conv2d "stored" {weight = dense<1.0> : tensor<6x2x3x5xf32>,
      bias = dense<0.0> : tensor<6xf32>, stride = array<i64: 1, 1>,
      padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 2 : i64,
      input_shape = array<i64: 10, 10>} : () -> !nir.signal<*>
  %avg = nir.avg_pool2d "avg"(%g, %stored) {kernel_size = array<i64: 2, 2>,
      stride = array<i64: 2, 2>, padding = array<i64: 0, 0>}
      : (!nir.signal<*>, !nir.signal<*>) -> !nir.signal<*>
}

// -----

// Shapes flow around a cycle (the Flatten feeds back into itself through an
// LI) and out of a nested graph whose Output was left unknown.
// CHECK-LABEL: nir.graph "nested"
// CHECK: %[[SUB:.+]] = nir.graph "sub"(%{{.+}} : !nir.signal<2x3>) -> !nir.signal<6>
// CHECK: nir.flatten "inner_flat"{{.*}} -> !nir.signal<6>
// CHECK: nir.output "inner_out"{{.*}} : (!nir.signal<6>) -> !nir.signal<6>
// CHECK: nir.output "out"(%[[SUB]]) : (!nir.signal<6>) -> !nir.signal<6>
nir.graph "nested" {
  %in = nir.input "in" : !nir.signal<2x3>
  %sub = nir.graph "sub"(%in : !nir.signal<2x3>) -> !nir.signal<*> {
    %x = nir.input "inner_in" : !nir.signal<2x3>
    %f = nir.flatten "inner_flat"(%x) {start_dim = 0 : i64, end_dim = 1 : i64}
        : (!nir.signal<2x3>) -> !nir.signal<*>
    %o = nir.output "inner_out"(%f) : (!nir.signal<*>) -> !nir.signal<*>
  }
  %out = nir.output "out"(%sub) : (!nir.signal<*>) -> !nir.signal<*>
}

// -----

// A recurrent loop without an Input: the LIF's shape comes from its
// parameters and flows around the cycle.
// CHECK-LABEL: nir.graph "loop"
// CHECK: nir.lif "lif"(%[[BACK:.+]]) {{.*}} : (!nir.signal<4>) -> !nir.signal<4>
// CHECK: nir.flatten "flat"{{.*}} : (!nir.signal<4>) -> !nir.signal<4>
// CHECK: %[[BACK]] = nir.linear "back"{{.*}} : (!nir.signal<4>) -> !nir.signal<4>
nir.graph "loop" {
  %lif = nir.lif "lif"(%back) {tau = dense<1.0> : tensor<4xf32>,
      r = dense<1.0> : tensor<4xf32>, v_leak = dense<0.0> : tensor<4xf32>,
      v_threshold = dense<1.0> : tensor<4xf32>, v_reset = dense<0.0> : tensor<4xf32>}
      : (!nir.signal<*>) -> !nir.signal<*>
  %flat = nir.flatten "flat"(%lif) {start_dim = 0 : i64, end_dim = 0 : i64}
      : (!nir.signal<*>) -> !nir.signal<*>
  %back = nir.linear "back"(%flat) {weight = dense<1.0> : tensor<4x4xf32>}
      : (!nir.signal<*>) -> !nir.signal<*>
}

// -----

// Nothing says the pool's input shape: it stays unknown.
// CHECK-LABEL: nir.graph "open"
// CHECK: nir.sum_pool2d "pool" {{.*}} : () -> !nir.signal<*>
nir.graph "open" {
  %p = nir.sum_pool2d "pool" {kernel_size = array<i64: 2, 2>,
      stride = array<i64: 2, 2>, padding = array<i64: 0, 0>} : () -> !nir.signal<*>
}
