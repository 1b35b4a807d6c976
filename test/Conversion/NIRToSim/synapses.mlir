// RUN: nir-opt %s --convert-nir-to-sim='dt=1e-4' --split-input-file --verify-diagnostics | FileCheck %s
// The synapses and the wiring lower the same way whatever the method.
// RUN: nir-opt %s --convert-nir-to-sim='dt=1e-4 method=euler' --split-input-file --verify-diagnostics | FileCheck %s
// RUN: nir-opt %s --convert-nir-to-sim='dt=1e-4 method=adaptive' --split-input-file --verify-diagnostics | FileCheck %s
// The result parses and verifies again.
// RUN: nir-opt %s --convert-nir-to-sim='dt=1e-4' --split-input-file --verify-diagnostics --verify-roundtrip -o /dev/null

// Input and Output, and the model that replaces the graph: named after it,
// with dt, method and reset recorded. Every op carries its NIR node.
// CHECK-LABEL: sim.model @io attributes {dt = 1.000000e-04 : f64, method = #sim.method<{{exact|euler|adaptive}}>, reset = #sim.reset_mode<to_v_reset>} {
// CHECK-NEXT: %[[X:.+]] = sim.input "x" {node = "x"} : tensor<2x3xf64>
// CHECK-NEXT: sim.output "y"(%[[X]]) {node = "y"} : tensor<2x3xf64>
// CHECK-NEXT: {{^ *}}}
// CHECK-NOT: nir.
nir.graph "io" {
  %x = nir.input "x" : !nir.signal<2x3>
  %y = nir.output "y"(%x) : (!nir.signal<2x3>) -> !nir.signal<2x3>
}

// -----

// An unnamed graph gives a model named "main".
// CHECK-LABEL: sim.model @main
// CHECK-NEXT: sim.input "x" {node = "x"} : tensor<f64>
// CHECK-NOT: nir.
nir.graph {
  %x = nir.input "x" : !nir.signal<>
}

// -----

// Fan-in: a node sums its operands (sim.add, in the node), an Output too.
// CHECK-LABEL: sim.model @fan_in
// CHECK-NEXT: %[[A:.+]] = sim.input "a"
// CHECK-NEXT: %[[B:.+]] = sim.input "b"
// CHECK-NEXT: %[[SUM:.+]] = sim.add %[[A]], %[[B]], %[[A]] {node = "s"} : tensor<2xf64>
// CHECK-NEXT: %[[S:.+]] = sim.lincomb %[[SUM]] {coefficients = [dense<[2.000000e+00, -3.000000e+00]> : tensor<2xf64>], node = "s"} : tensor<2xf64>
// CHECK-NEXT: %[[OUT:.+]] = sim.add %[[S]], %[[B]] {node = "y"} : tensor<2xf64>
// CHECK-NEXT: sim.output "y"(%[[OUT]]) {node = "y"} : tensor<2xf64>
// CHECK-NEXT: {{^ *}}}
nir.graph "fan_in" {
  %a = nir.input "a" : !nir.signal<2>
  %b = nir.input "b" : !nir.signal<2>
  %s = nir.scale "s"(%a, %b, %a) {scale = dense<[2.0, -3.0]> : tensor<2xf32>}
      : (!nir.signal<2>, !nir.signal<2>, !nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "y"(%s, %b) : (!nir.signal<2>, !nir.signal<2>) -> !nir.signal<2>
}

// -----

// Affine and Linear become sim.dense on the flattened signal. Batched
// weights (2, 4, 3) act on each leading index separately: a block-diagonal
// [8, 6] matrix. The bias broadcasts to the output shape (2, 4); an all-zero
// bias is dropped. Scale is a one-operand sim.lincomb.
// CHECK-LABEL: sim.model @dense
// CHECK-NEXT: %[[X:.+]] = sim.input "x" {node = "x"} : tensor<2x3xf64>
// CHECK-NEXT: %[[LIN:.+]] = sim.dense %[[X]] {node = "lin", weight = dense<
// CHECK-SAME: {{\[\[}}1.000000e+00, 2.000000e+00, 3.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00],
// CHECK-SAME: [4.000000e+00, 5.000000e+00, 6.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00],
// CHECK-SAME: [7.000000e+00, 8.000000e+00, 9.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00],
// CHECK-SAME: [1.000000e+01, 1.100000e+01, 1.200000e+01, 0.000000e+00, 0.000000e+00, 0.000000e+00],
// CHECK-SAME: [0.000000e+00, 0.000000e+00, 0.000000e+00, -1.000000e+00, -2.000000e+00, -3.000000e+00],
// CHECK-SAME: [0.000000e+00, 0.000000e+00, 0.000000e+00, -4.000000e+00, -5.000000e+00, -6.000000e+00],
// CHECK-SAME: [0.000000e+00, 0.000000e+00, 0.000000e+00, -7.000000e+00, -8.000000e+00, -9.000000e+00],
// CHECK-SAME: [0.000000e+00, 0.000000e+00, 0.000000e+00, -1.000000e+01, -1.100000e+01, -1.200000e+01]]> : tensor<8x6xf64>}
// CHECK-SAME: : tensor<2x3xf64> -> tensor<2x4xf64>
// CHECK-NEXT: %[[AFF:.+]] = sim.dense %[[LIN]] {
// CHECK-SAME: bias = dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00, 1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]> : tensor<8xf64>
// CHECK-SAME: node = "aff"
// CHECK-SAME: weight = dense<{{\[\[}}1.000000e+00, 1.000000e+00, 1.000000e+00, 1.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00]
// CHECK-SAME: : tensor<8x8xf64>} : tensor<2x4xf64> -> tensor<2x4xf64>
// CHECK-NEXT: %[[FLAT:.+]] = sim.reshape %[[AFF]] {node = "flat"} : tensor<2x4xf64> -> tensor<8xf64>
// CHECK-NEXT: %[[ZB:.+]] = sim.dense %[[FLAT]] {node = "zero_bias", weight = dense<5.000000e-01> : tensor<3x8xf64>} : tensor<8xf64> -> tensor<3xf64>
// CHECK-NEXT: %[[S:.+]] = sim.lincomb %[[ZB]] {coefficients = [dense<[1.000000e+00, 2.000000e+00, 3.000000e+00]> : tensor<3xf64>], node = "s"} : tensor<3xf64>
// CHECK-NEXT: sim.output "out"(%[[S]])
nir.graph "dense" {
  %x = nir.input "x" : !nir.signal<2x3>
  %lin = nir.linear "lin"(%x) {weight = dense<[[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0], [10.0, 11.0, 12.0]],
      [[-1.0, -2.0, -3.0], [-4.0, -5.0, -6.0], [-7.0, -8.0, -9.0], [-10.0, -11.0, -12.0]]]> : tensor<2x4x3xf64>}
      : (!nir.signal<2x3>) -> !nir.signal<2x4>
  %aff = nir.affine "aff"(%lin) {weight = dense<1.0> : tensor<2x4x4xf32>,
      bias = dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>} : (!nir.signal<2x4>) -> !nir.signal<2x4>
  %flat = nir.flatten "flat"(%aff) {start_dim = 0 : i64, end_dim = -1 : i64}
      : (!nir.signal<2x4>) -> !nir.signal<8>
  %zb = nir.affine "zero_bias"(%flat) {weight = dense<0.5> : tensor<3x8xf64>,
      bias = dense<0.0> : tensor<3xf64>} : (!nir.signal<8>) -> !nir.signal<3>
  %s = nir.scale "s"(%zb) {scale = dense<[1.0, 2.0, 3.0]> : tensor<3xf64>}
      : (!nir.signal<3>) -> !nir.signal<3>
  %o = nir.output "out"(%s) : (!nir.signal<3>) -> !nir.signal<3>
}

// -----

// Conv1d runs as a Conv2d of height 1, between reshapes. PyTorch's "same"
// pads d (K - 1) in total, the odd pixel last: K = 4 gives [0, 1, 0, 2]. An
// integer padding pads both sides; groups, stride and dilation go to the
// second axis.
// CHECK-LABEL: sim.model @conv1d
// CHECK-NEXT: %[[X:.+]] = sim.input "x" {node = "x"} : tensor<2x10xf64>
// CHECK-NEXT: %[[X2:.+]] = sim.reshape %[[X]] {node = "same"} : tensor<2x10xf64> -> tensor<2x1x10xf64>
// CHECK-NEXT: %[[C:.+]] = sim.conv2d %[[X2]] {
// CHECK-SAME: bias = dense<[5.000000e-01, 0.000000e+00, -5.000000e-01]> : tensor<3xf64>
// CHECK-SAME: dilation = array<i64: 1, 1>, groups = 1 : i64, node = "same", padding = array<i64: 0, 1, 0, 2>
// CHECK-SAME: stride = array<i64: 1, 1>
// CHECK-SAME: weight = dense<{{.*}}> : tensor<3x2x1x4xf64>
// CHECK-SAME: : tensor<2x1x10xf64> -> tensor<3x1x10xf64>
// CHECK-NEXT: %[[C1:.+]] = sim.reshape %[[C]] {node = "same"} : tensor<3x1x10xf64> -> tensor<3x10xf64>
// CHECK-NEXT: %[[P2:.+]] = sim.reshape %[[C1]] {node = "pad"} : tensor<3x10xf64> -> tensor<3x1x10xf64>
// CHECK-NEXT: %[[P:.+]] = sim.conv2d %[[P2]] {
// CHECK-NOT: bias
// CHECK-SAME: dilation = array<i64: 1, 2>, groups = 3 : i64, node = "pad", padding = array<i64: 0, 2, 0, 2>
// CHECK-SAME: stride = array<i64: 1, 2>
// CHECK-SAME: weight = dense<1.000000e+00> : tensor<3x1x1x3xf64>
// CHECK-SAME: : tensor<3x1x10xf64> -> tensor<3x1x5xf64>
// CHECK-NEXT: %[[P1:.+]] = sim.reshape %[[P]] {node = "pad"} : tensor<3x1x5xf64> -> tensor<3x5xf64>
// CHECK-NEXT: sim.output "y"(%[[P1]])
nir.graph "conv1d" {
  %x = nir.input "x" : !nir.signal<2x10>
  %same = nir.conv1d "same"(%x) {weight = dense<[[[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0]],
      [[1.0, 1.0, 1.0, 1.0], [2.0, 2.0, 2.0, 2.0]], [[0.0, 0.0, 0.0, 1.0], [1.0, 0.0, 0.0, 0.0]]]> : tensor<3x2x4xf64>,
      bias = dense<[0.5, 0.0, -0.5]> : tensor<3xf64>, stride = 1 : i64, padding = "same",
      dilation = 1 : i64, groups = 1 : i64} : (!nir.signal<2x10>) -> !nir.signal<3x10>
  %p = nir.conv1d "pad"(%same) {weight = dense<1.0> : tensor<3x1x3xf64>,
      bias = dense<0.0> : tensor<3xf64>, stride = 2 : i64, padding = 2 : i64,
      dilation = 2 : i64, groups = 3 : i64} : (!nir.signal<3x10>) -> !nir.signal<3x5>
  %y = nir.output "y"(%p) : (!nir.signal<3x5>) -> !nir.signal<3x5>
}

// -----

// Conv1d "same" with dilation: d (K - 1) = 2 * 2 = 4, split evenly; "valid"
// pads nothing.
// CHECK-LABEL: sim.model @conv1d_dilated
// CHECK: sim.conv2d {{.*}}dilation = array<i64: 1, 2>{{.*}}node = "same", padding = array<i64: 0, 2, 0, 2>
// CHECK: sim.conv2d {{.*}}node = "valid", padding = array<i64: 0, 0, 0, 0>
// CHECK-SAME: : tensor<3x1x10xf64> -> tensor<5x1x4xf64>
nir.graph "conv1d_dilated" {
  %x = nir.input "x" : !nir.signal<3x10>
  %same = nir.conv1d "same"(%x) {weight = dense<1.0> : tensor<3x3x3xf32>,
      bias = dense<0.0> : tensor<3xf32>, stride = 1 : i64, padding = "same",
      dilation = 2 : i64, groups = 1 : i64} : (!nir.signal<3x10>) -> !nir.signal<3x10>
  %valid = nir.conv1d "valid"(%same) {weight = dense<1.0> : tensor<5x3x4xf32>,
      bias = dense<0.0> : tensor<5xf32>, stride = 2 : i64, padding = "valid",
      dilation = 1 : i64, groups = 1 : i64} : (!nir.signal<3x10>) -> !nir.signal<5x4>
  %y = nir.output "y"(%valid) : (!nir.signal<5x4>) -> !nir.signal<5x4>
}

// -----

// Conv2d keeps its shapes (no reshape); NIR's symmetric [pH, pW] padding
// becomes [pH, pW, pH, pW], and "same" with a 3x4 kernel [1, 1, 1, 2].
// SumPool2d is a sim.sum_pool2d of scale 1, AvgPool2d one of scale
// 1/(kH kW) = 1/6; Flatten is a sim.reshape, or nothing when the shape does
// not change.
// CHECK-LABEL: sim.model @conv2d
// CHECK-NEXT: %[[IMG:.+]] = sim.input "img" {node = "img"} : tensor<2x6x6xf64>
// CHECK-NEXT: %[[C:.+]] = sim.conv2d %[[IMG]] {
// CHECK-SAME: bias = dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]> : tensor<4xf64>
// CHECK-SAME: dilation = array<i64: 1, 1>, groups = 2 : i64, node = "c2", padding = array<i64: 1, 0, 1, 0>
// CHECK-SAME: stride = array<i64: 1, 2>
// CHECK-SAME: weight = dense<5.000000e-01> : tensor<4x1x3x2xf64>
// CHECK-SAME: : tensor<2x6x6xf64> -> tensor<4x6x3xf64>
// CHECK-NEXT: %[[SP:.+]] = sim.sum_pool2d %[[C]] {kernel_size = array<i64: 2, 3>, node = "sp", padding = array<i64: 0, 1, 0, 1>, scale = 1.000000e+00 : f64, stride = array<i64: 2, 1>} : tensor<4x6x3xf64> -> tensor<4x3x3xf64>
// CHECK-NEXT: %[[AP:.+]] = sim.sum_pool2d %[[SP]] {kernel_size = array<i64: 3, 2>, node = "ap", padding = array<i64: 1, 0, 1, 0>, scale = 0.16666666666666666 : f64, stride = array<i64: 1, 1>} : tensor<4x3x3xf64> -> tensor<4x3x2xf64>
// CHECK-NEXT: %[[F:.+]] = sim.reshape %[[AP]] {node = "f"} : tensor<4x3x2xf64> -> tensor<24xf64>
// CHECK-NEXT: %[[CS:.+]] = sim.conv2d %[[IMG]] {
// CHECK-NOT: bias
// CHECK-SAME: node = "c2s"
// CHECK-SAME: padding = array<i64: 1, 1, 1, 2>
// CHECK-SAME: : tensor<2x6x6xf64> -> tensor<1x6x6xf64>
// CHECK-NEXT: sim.output "o1"(%[[F]]) {node = "o1"} : tensor<24xf64>
// CHECK-NEXT: sim.output "o2"(%[[CS]]) {node = "o2"} : tensor<1x6x6xf64>
// CHECK-NOT: sim.reshape
nir.graph "conv2d" {
  %img = nir.input "img" : !nir.signal<2x6x6>
  %c2 = nir.conv2d "c2"(%img) {weight = dense<0.5> : tensor<4x1x3x2xf64>,
      bias = dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf64>,
      stride = array<i64: 1, 2>, padding = array<i64: 1, 0>, dilation = array<i64: 1, 1>, groups = 2 : i64}
      : (!nir.signal<2x6x6>) -> !nir.signal<4x6x3>
  %sp = nir.sum_pool2d "sp"(%c2) {kernel_size = array<i64: 2, 3>, stride = array<i64: 2, 1>,
      padding = array<i64: 0, 1>} : (!nir.signal<4x6x3>) -> !nir.signal<4x3x3>
  %ap = nir.avg_pool2d "ap"(%sp) {kernel_size = array<i64: 3, 2>, stride = array<i64: 1, 1>,
      padding = array<i64: 1, 0>} : (!nir.signal<4x3x3>) -> !nir.signal<4x3x2>
  %f = nir.flatten "f"(%ap) {start_dim = 0 : i64, end_dim = -1 : i64} : (!nir.signal<4x3x2>) -> !nir.signal<24>
  %f1 = nir.flatten "f1"(%f) {start_dim = 0 : i64, end_dim = -1 : i64} : (!nir.signal<24>) -> !nir.signal<24>
  %c2s = nir.conv2d "c2s"(%img) {weight = dense<1.0> : tensor<1x2x3x4xf64>, bias = dense<0.0> : tensor<1xf64>,
      stride = array<i64: 1, 1>, padding = "same", dilation = array<i64: 1, 1>, groups = 1 : i64}
      : (!nir.signal<2x6x6>) -> !nir.signal<1x6x6>
  %o1 = nir.output "o1"(%f1) : (!nir.signal<24>) -> !nir.signal<24>
  %o2 = nir.output "o2"(%c2s) : (!nir.signal<1x6x6>) -> !nir.signal<1x6x6>
}

// -----

// Flatten with the default start_dim = 1 keeps the channel axis.
// CHECK-LABEL: sim.model @flatten
// CHECK: sim.reshape %{{.+}} {node = "f"} : tensor<2x3x4xf64> -> tensor<2x12xf64>
nir.graph "flatten" {
  %x = nir.input "x" : !nir.signal<2x3x4>
  %f = nir.flatten "f"(%x) {start_dim = 1 : i64, end_dim = -1 : i64} : (!nir.signal<2x3x4>) -> !nir.signal<2x12>
  %o = nir.output "y"(%f) : (!nir.signal<2x12>) -> !nir.signal<2x12>
}

// -----

// Delay: a delay line of max(steps) entries in the state "<node>.buffer",
// sim.delay, and the buffer's sim.next. A zero delay is no op at all.
// Threshold is a sim.heaviside.
// CHECK-LABEL: sim.model @delay
// CHECK-NEXT: %[[X:.+]] = sim.input "x"
// CHECK-NEXT: %[[BUF:.+]] = sim.state "d.buffer" {node = "d"} : tensor<3x3xf64>
// CHECK-NEXT: %[[D:.+]], %[[NB:.+]] = sim.delay %[[BUF]], %[[X]] {node = "d", steps = dense<[0, 2, 3]> : tensor<3xi64>} : tensor<3x3xf64>, tensor<3xf64>
// CHECK-NEXT: sim.next %[[BUF]] = %[[NB]] {node = "d"} : tensor<3x3xf64>
// CHECK-NEXT: %[[T:.+]] = sim.heaviside %[[D]] {node = "t", threshold = dense<[5.000000e-01, 1.000000e+00, 1.500000e+00]> : tensor<3xf64>} : tensor<3xf64>
// CHECK-NEXT: sim.output "out"(%[[T]])
// CHECK-NOT: "zero"
nir.graph "delay" {
  %x = nir.input "x" : !nir.signal<3>
  %d = nir.delay "d"(%x) {delay = dense<[0.0, 2.0e-4, 3.0e-4]> : tensor<3xf64>} : (!nir.signal<3>) -> !nir.signal<3>
  %z = nir.delay "zero"(%d) {delay = dense<0.0> : tensor<3xf64>} : (!nir.signal<3>) -> !nir.signal<3>
  %t = nir.threshold "t"(%z) {threshold = dense<[0.5, 1.0, 1.5]> : tensor<3xf32>} : (!nir.signal<3>) -> !nir.signal<3>
  %o = nir.output "out"(%t) : (!nir.signal<3>) -> !nir.signal<3>
}

// -----

// Delays that are not whole multiples of dt are rounded to whole steps, with
// a warning: 1.4 -> 1, 2.6 -> 3, 1 -> 1 steps.
// CHECK-LABEL: sim.model @rounded
// CHECK: %[[BUF:.+]] = sim.state "d.buffer" {node = "d"} : tensor<3x3xf64>
// CHECK-NEXT: sim.delay %[[BUF]], %{{.+}} {node = "d", steps = dense<[1, 3, 1]> : tensor<3xi64>} : tensor<3x3xf64>, tensor<3xf64>
nir.graph "rounded" {
  %x = nir.input "x" : !nir.signal<3>
  // expected-warning @+1 {{delays of node 'd' are not whole multiples of dt = 1.000000e-04 s; rounded to whole steps (up to 4.000000e-01 step off)}}
  %d = nir.delay "d"(%x) {delay = dense<[1.4e-4, 2.6e-4, 1.0e-4]> : tensor<3xf64>} : (!nir.signal<3>) -> !nir.signal<3>
  %o = nir.output "out"(%d) : (!nir.signal<3>) -> !nir.signal<3>
}

// -----

// A recurrent edge (a value used before its node is lowered) stays a use
// before the definition in the model, for sim-schedule to cut; no
// placeholder is left behind.
// CHECK-LABEL: sim.model @recurrent
// CHECK-NEXT: %[[X:.+]] = sim.input "x"
// CHECK-NEXT: %[[SUM:.+]] = sim.add %[[X]], %[[D:.+]] {node = "s"}
// CHECK-NEXT: %[[S:.+]] = sim.lincomb %[[SUM]] {{.*}}node = "s"
// CHECK-NEXT: %[[BUF:.+]] = sim.state "d.buffer"
// CHECK-NEXT: %[[D]], %{{.+}} = sim.delay %[[BUF]], %[[S]]
// CHECK-NOT: unrealized_conversion_cast
nir.graph "recurrent" {
  %x = nir.input "x" : !nir.signal<2>
  %s = nir.scale "s"(%x, %d) {scale = dense<0.5> : tensor<2xf64>} : (!nir.signal<2>, !nir.signal<2>) -> !nir.signal<2>
  %d = nir.delay "d"(%s) {delay = dense<1.0e-4> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %o = nir.output "out"(%d) : (!nir.signal<2>) -> !nir.signal<2>
}
