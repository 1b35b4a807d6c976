// RUN: rm -rf %t && split-file %s %t
// The Xylo graphs map the same onto the three Xylo chips; only the device
// line differs.
// RUN: nir-opt %t/xylo.mlir --convert-nir-to-chip='target=xylo-audio2 dt=1e-3' -split-input-file | FileCheck %t/xylo.mlir -DTARGET=xylo-audio2 -DDT=1.000000e-03
// RUN: nir-opt %t/xylo.mlir --convert-nir-to-chip='target=xylo-audio3 dt=2e-3' -split-input-file | FileCheck %t/xylo.mlir -DTARGET=xylo-audio3 -DDT=2.000000e-03
// RUN: nir-opt %t/xylo.mlir --convert-nir-to-chip='target=xylo-imu dt=5e-4' -split-input-file | FileCheck %t/xylo.mlir -DTARGET=xylo-imu -DDT=5.000000e-04
// Convolutions and pooling need a chip that has them: Speck.
// RUN: nir-opt %t/speck.mlir --convert-nir-to-chip='target=speck dt=1e-3' -split-input-file | FileCheck %t/speck.mlir
// The result verifies and parses again.
// RUN: nir-opt %t/xylo.mlir --convert-nir-to-chip='target=xylo-audio2' -split-input-file | nir-opt -split-input-file -o /dev/null
// RUN: nir-opt %t/speck.mlir --convert-nir-to-chip='target=speck' -split-input-file | nir-opt -split-input-file -o /dev/null
// dt defaults to 1 ms.
// RUN: nir-opt %t/xylo.mlir --convert-nir-to-chip='target=xylo-audio2' -split-input-file | FileCheck %t/xylo.mlir -DTARGET=xylo-audio2 -DDT=1.000000e-03

//--- xylo.mlir

// The graph becomes a device of the target: the Input a chip.input, each
// neuron a chip.population holding every NIR parameter as f64 (NIR's `tau`
// renamed `tau_mem`, CubaLIF's names kept, f32 widened), each weight node a
// dense chip.synapses block with NIR's (out, in) = (post, pre) weight, each
// Output a chip.output. The recurrent Linear is a self-loop of "hidden"; the
// Affine's bias is "hidden"'s input current `bias`. The graph is gone.
// CHECK-LABEL: chip.device
// CHECK-SAME: "[[TARGET]]" attributes {dt = [[DT]] : f64} {
// CHECK-NEXT: %[[X:.+]] = chip.input "x" [2] : !chip.neurons<2>
// CHECK-NEXT: %[[H:.+]] = chip.population "hidden" lif [3] {nir_op = "nir.lif", params = {
// CHECK-SAME: bias = dense<[5.000000e-01, 0.000000e+00, -2.500000e-01]> : tensor<3xf64>,
// CHECK-SAME: r = dense<1.000000e+00> : tensor<3xf64>,
// CHECK-SAME: tau_mem = dense<[2.000000e-02, 4.000000e-02, 8.000000e-02]> : tensor<3xf64>,
// CHECK-SAME: v_leak = dense<0.000000e+00> : tensor<3xf64>, v_reset = dense<0.000000e+00> : tensor<3xf64>,
// CHECK-SAME: v_threshold = dense<1.000000e+00> : tensor<3xf64>}} : !chip.neurons<3>
// CHECK-NEXT: %[[R:.+]] = chip.population "readout" cuba_lif [2] {nir_op = "nir.cuba_lif", params = {
// CHECK-SAME: r = dense<2.000000e+00> : tensor<2xf64>,
// CHECK-SAME: tau_mem = dense<7.812500e-03> : tensor<2xf64>, tau_syn = dense<3.906250e-03> : tensor<2xf64>,
// CHECK-SAME: v_leak = dense<0.000000e+00> : tensor<2xf64>, v_reset = dense<0.000000e+00> : tensor<2xf64>,
// CHECK-SAME: v_threshold = dense<[1.000000e+00, 1.500000e+00]> : tensor<2xf64>,
// CHECK-SAME: w_in = dense<1.000000e+00> : tensor<2xf64>}} : !chip.neurons<2>
// CHECK-NEXT: chip.synapses "w_in" dense %[[X]] -> %[[H]] {nir_op = "nir.affine",
// CHECK-SAME: weight = dense<{{\[\[}}5.000000e-01, -2.500000e-01], [1.000000e+00, 0.000000e+00], [0.000000e+00, 2.000000e+00]]> : tensor<3x2xf64>}
// CHECK-SAME: : !chip.neurons<2> -> !chip.neurons<3>
// CHECK-NEXT: chip.synapses "w_rec" dense %[[H]] -> %[[H]] {nir_op = "nir.linear",
// CHECK-SAME: weight = dense<{{\[\[}}0.000000e+00, -5.000000e-01, 0.000000e+00], [0.000000e+00, 0.000000e+00, -5.000000e-01], [-5.000000e-01, 0.000000e+00, 0.000000e+00]]> : tensor<3x3xf64>}
// CHECK-SAME: : !chip.neurons<3> -> !chip.neurons<3>
// CHECK-NEXT: chip.synapses "w_out" dense %[[H]] -> %[[R]] {nir_op = "nir.linear",
// CHECK-SAME: weight = dense<{{\[\[}}1.000000e+00, 5.000000e-01, 2.500000e-01], [-1.000000e+00, -5.000000e-01, -2.500000e-01]]> : tensor<2x3xf64>}
// CHECK-SAME: : !chip.neurons<3> -> !chip.neurons<2>
// CHECK-NEXT: chip.output "y" %[[R]] : !chip.neurons<2>
// CHECK-NEXT: }
// CHECK-NOT: nir.
nir.graph "net" {
  %x = nir.input "x" : !nir.signal<2>
  %in = nir.affine "w_in"(%x) {weight = dense<[[0.5, -0.25], [1.0, 0.0], [0.0, 2.0]]> : tensor<3x2xf64>,
      bias = dense<[0.5, 0.0, -0.25]> : tensor<3xf64>} : (!nir.signal<2>) -> !nir.signal<3>
  %h = nir.lif "hidden"(%in, %rec) {tau = dense<[2.0e-2, 4.0e-2, 8.0e-2]> : tensor<3xf64>, r = dense<1.0> : tensor<3xf64>,
      v_leak = dense<0.0> : tensor<3xf64>, v_threshold = dense<1.0> : tensor<3xf64>,
      v_reset = dense<0.0> : tensor<3xf64>} : (!nir.signal<3>, !nir.signal<3>) -> !nir.signal<3>
  %rec = nir.linear "w_rec"(%h) {weight = dense<[[0.0, -0.5, 0.0], [0.0, 0.0, -0.5], [-0.5, 0.0, 0.0]]> : tensor<3x3xf64>}
      : (!nir.signal<3>) -> !nir.signal<3>
  %o = nir.linear "w_out"(%h) {weight = dense<[[1.0, 0.5, 0.25], [-1.0, -0.5, -0.25]]> : tensor<2x3xf64>}
      : (!nir.signal<3>) -> !nir.signal<2>
  %r = nir.cuba_lif "readout"(%o) {tau_syn = dense<3.90625e-3> : tensor<2xf32>, tau_mem = dense<7.8125e-3> : tensor<2xf32>,
      r = dense<2.0> : tensor<2xf32>, v_leak = dense<0.0> : tensor<2xf32>, w_in = dense<1.0> : tensor<2xf32>,
      v_threshold = dense<[1.0, 1.5]> : tensor<2xf32>, v_reset = dense<0.0> : tensor<2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "y"(%r) : (!nir.signal<2>) -> !nir.signal<2>
}

// -----

// The biases of two Affines into one population add up; an all-zero bias
// adds none (the readout gets no `bias`).
// CHECK-LABEL: chip.device
// CHECK-SAME: "[[TARGET]]" attributes {dt = [[DT]] : f64} {
// CHECK-NEXT: %[[X:.+]] = chip.input "x" [2] : !chip.neurons<2>
// CHECK-NEXT: %[[Z:.+]] = chip.input "z" [3] : !chip.neurons<3>
// CHECK-NEXT: %[[H:.+]] = chip.population "h" lif [2] {nir_op = "nir.lif", params = {
// CHECK-SAME: bias = dense<[1.500000e+00, 0.000000e+00]> : tensor<2xf64>, r =
// CHECK-NEXT: %[[R:.+]] = chip.population "readout" lif [2] {nir_op = "nir.lif", params = {r =
// CHECK-NEXT: chip.synapses "a1" dense %[[X]] -> %[[H]] {nir_op = "nir.affine", weight = dense<1.000000e+00> : tensor<2x2xf64>}
// CHECK-NEXT: chip.synapses "a2" dense %[[Z]] -> %[[H]] {nir_op = "nir.affine", weight = dense<{{\[\[}}1.000000e+00, 2.000000e+00, 3.000000e+00], [4.000000e+00, 5.000000e+00, 6.000000e+00]]> : tensor<2x3xf64>}
// CHECK-NEXT: chip.synapses "zero_bias" dense %[[H]] -> %[[R]] {nir_op = "nir.affine", weight = dense<2.500000e-01> : tensor<2x2xf64>}
// CHECK-NEXT: chip.output "y" %[[R]]
nir.graph "two_affines" {
  %x = nir.input "x" : !nir.signal<2>
  %z = nir.input "z" : !nir.signal<3>
  %a1 = nir.affine "a1"(%x) {weight = dense<1.0> : tensor<2x2xf64>, bias = dense<[1.0, 2.0]> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %a2 = nir.affine "a2"(%z) {weight = dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf64>,
      bias = dense<[0.5, -2.0]> : tensor<2xf64>} : (!nir.signal<3>) -> !nir.signal<2>
  %h = nir.lif "h"(%a1, %a2) {tau = dense<2.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<2>, !nir.signal<2>) -> !nir.signal<2>
  %zb = nir.affine "zero_bias"(%h) {weight = dense<0.25> : tensor<2x2xf64>, bias = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %r = nir.lif "readout"(%zb) {tau = dense<2.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "y"(%r) : (!nir.signal<2>) -> !nir.signal<2>
}

// -----

// An edge with no weight node, from an Input or a neuron into a neuron,
// becomes one-to-one synapses named "<source>-><target>", of op
// "nir.identity", with an identity weight. An Output of an Input reads the
// input channels.
// CHECK-LABEL: chip.device
// CHECK-SAME: "[[TARGET]]" attributes {dt = [[DT]] : f64} {
// CHECK-NEXT: %[[X:.+]] = chip.input "x" [2] : !chip.neurons<2>
// CHECK-NEXT: %[[A:.+]] = chip.population "a" lif [2]
// CHECK-NEXT: %[[B:.+]] = chip.population "b" lif [2]
// CHECK-NEXT: chip.synapses "w" dense %[[X]] -> %[[A]] {nir_op = "nir.linear", weight = dense<{{\[\[}}1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00]]> : tensor<2x2xf64>}
// CHECK-NEXT: chip.synapses "x->a" dense %[[X]] -> %[[A]] {nir_op = "nir.identity", weight = dense<{{\[\[}}1.000000e+00, 0.000000e+00], [0.000000e+00, 1.000000e+00]]> : tensor<2x2xf64>}
// CHECK-NEXT: chip.synapses "a->b" dense %[[A]] -> %[[B]] {nir_op = "nir.identity", weight = dense<{{\[\[}}1.000000e+00, 0.000000e+00], [0.000000e+00, 1.000000e+00]]> : tensor<2x2xf64>}
// CHECK-NEXT: chip.output "y" %[[B]] : !chip.neurons<2>
// CHECK-NEXT: chip.output "echo" %[[X]] : !chip.neurons<2>
// CHECK-NEXT: }
nir.graph "direct" {
  %x = nir.input "x" : !nir.signal<2>
  %w = nir.linear "w"(%x) {weight = dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %a = nir.lif "a"(%w, %x) {tau = dense<2.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<2>, !nir.signal<2>) -> !nir.signal<2>
  %b = nir.lif "b"(%a) {tau = dense<2.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "y"(%b) : (!nir.signal<2>) -> !nir.signal<2>
  %echo = nir.output "echo"(%x) : (!nir.signal<2>) -> !nir.signal<2>
}

// -----

// Flatten only reshapes: before the weights, after them, or between two
// neurons, it is absorbed into the synapse block (listed last to first).
// A population keeps its NIR shape and holds its parameters flat.
// CHECK-LABEL: chip.device
// CHECK-SAME: "[[TARGET]]" attributes {dt = [[DT]] : f64} {
// CHECK-NEXT: %[[X:.+]] = chip.input "x" [2, 2] : !chip.neurons<4>
// CHECK-NEXT: %[[G:.+]] = chip.population "grid" lif [2, 2] {nir_op = "nir.lif", params = {
// CHECK-SAME: r = dense<1.000000e+00> : tensor<4xf64>, tau_mem = dense<[1.000000e-02, 2.000000e-02, 3.000000e-02, 4.000000e-02]> : tensor<4xf64>,
// CHECK-SAME: } : !chip.neurons<4>
// CHECK-NEXT: %[[H:.+]] = chip.population "h" lif [3]
// CHECK-NEXT: %[[F:.+]] = chip.population "flat_copy" lif [4]
// CHECK-NEXT: %[[R:.+]] = chip.population "readout" lif [2]
// CHECK-NEXT: chip.synapses "x->grid" dense %[[X]] -> %[[G]] {nir_op = "nir.identity", weight = dense<{{\[\[}}1.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00], [0.000000e+00, 1.000000e+00, 0.000000e+00, 0.000000e+00], [0.000000e+00, 0.000000e+00, 1.000000e+00, 0.000000e+00], [0.000000e+00, 0.000000e+00, 0.000000e+00, 1.000000e+00]]> : tensor<4x4xf64>}
// CHECK-NEXT: chip.synapses "w" dense %[[G]] -> %[[H]] {absorbed = ["f_out", "f_in"], nir_op = "nir.linear", weight = dense<5.000000e-01> : tensor<3x4xf64>} : !chip.neurons<4> -> !chip.neurons<3>
// CHECK-NEXT: chip.synapses "grid->flat_copy" dense %[[G]] -> %[[F]] {absorbed = ["f_copy"], nir_op = "nir.identity", weight = dense<{{\[\[}}1.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00], [0.000000e+00, 1.000000e+00, 0.000000e+00, 0.000000e+00], [0.000000e+00, 0.000000e+00, 1.000000e+00, 0.000000e+00], [0.000000e+00, 0.000000e+00, 0.000000e+00, 1.000000e+00]]> : tensor<4x4xf64>}
// CHECK-NEXT: chip.synapses "w_out" dense %[[H]] -> %[[R]]
// CHECK-NEXT: chip.synapses "w_copy" dense %[[F]] -> %[[R]]
// CHECK-NEXT: chip.output "y" %[[R]]
nir.graph "flatten" {
  %x = nir.input "x" : !nir.signal<2x2>
  %grid = nir.lif "grid"(%x) {tau = dense<[[1.0e-2, 2.0e-2], [3.0e-2, 4.0e-2]]> : tensor<2x2xf64>, r = dense<1.0> : tensor<2x2xf64>,
      v_leak = dense<0.0> : tensor<2x2xf64>, v_threshold = dense<1.0> : tensor<2x2xf64>,
      v_reset = dense<0.0> : tensor<2x2xf64>} : (!nir.signal<2x2>) -> !nir.signal<2x2>
  %fin = nir.flatten "f_in"(%grid) {start_dim = 0 : i64, end_dim = -1 : i64} : (!nir.signal<2x2>) -> !nir.signal<4>
  %w = nir.linear "w"(%fin) {weight = dense<0.5> : tensor<3x4xf64>} : (!nir.signal<4>) -> !nir.signal<3>
  %fout = nir.flatten "f_out"(%w) {start_dim = 0 : i64, end_dim = -1 : i64} : (!nir.signal<3>) -> !nir.signal<3>
  %h = nir.lif "h"(%fout) {tau = dense<2.0e-2> : tensor<3xf64>, r = dense<1.0> : tensor<3xf64>,
      v_leak = dense<0.0> : tensor<3xf64>, v_threshold = dense<1.0> : tensor<3xf64>,
      v_reset = dense<0.0> : tensor<3xf64>} : (!nir.signal<3>) -> !nir.signal<3>
  %fcopy = nir.flatten "f_copy"(%grid) {start_dim = 0 : i64, end_dim = -1 : i64} : (!nir.signal<2x2>) -> !nir.signal<4>
  %copy = nir.lif "flat_copy"(%fcopy) {tau = dense<2.0e-2> : tensor<4xf64>, r = dense<1.0> : tensor<4xf64>,
      v_leak = dense<0.0> : tensor<4xf64>, v_threshold = dense<1.0> : tensor<4xf64>,
      v_reset = dense<0.0> : tensor<4xf64>} : (!nir.signal<4>) -> !nir.signal<4>
  %wo = nir.linear "w_out"(%h) {weight = dense<1.0> : tensor<2x3xf64>} : (!nir.signal<3>) -> !nir.signal<2>
  %wc = nir.linear "w_copy"(%copy) {weight = dense<1.0> : tensor<2x4xf64>} : (!nir.signal<4>) -> !nir.signal<2>
  %r = nir.lif "readout"(%wo, %wc) {tau = dense<2.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<2>, !nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "y"(%r) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- speck.mlir

// A Conv2d keeps its (C_out, C_in, kH, kW) weight, stride and padding
// (numeric, or "same" of an odd kernel: (k - 1) / 2 per side). Its bias is
// one value per output channel, broadcast over the channel's pixels into
// the population's `bias`; an all-zero bias adds none.
// CHECK-LABEL: chip.device "speck" attributes {dt = 1.000000e-03 : f64} {
// CHECK-NEXT: %[[X:.+]] = chip.input "x" [2, 4, 4] : !chip.neurons<32>
// CHECK-NEXT: %[[L1:.+]] = chip.population "l1" if [2, 2, 2] {nir_op = "nir.if", params = {
// CHECK-SAME: bias = dense<[5.000000e-01, 5.000000e-01, 5.000000e-01, 5.000000e-01, -5.000000e-01, -5.000000e-01, -5.000000e-01, -5.000000e-01]> : tensor<8xf64>,
// CHECK-SAME: } : !chip.neurons<8>
// CHECK-NEXT: %[[L2:.+]] = chip.population "l2" if [1, 2, 2] {nir_op = "nir.if", params = {r =
// CHECK-NEXT: chip.synapses "c1" conv2d %[[X]] -> %[[L1]] {nir_op = "nir.conv2d", padding = array<i64: 1, 1>, stride = array<i64: 2, 2>, weight = dense<1.000000e+00> : tensor<2x2x3x3xf64>}
// CHECK-SAME: : !chip.neurons<32> -> !chip.neurons<8>
// CHECK-NEXT: chip.synapses "c2" conv2d %[[L1]] -> %[[L2]] {nir_op = "nir.conv2d", padding = array<i64: 1, 1>, stride = array<i64: 1, 1>,
// CHECK-SAME: weight = dense<{{\[\[\[\[}}1.000000e+00, 2.000000e+00, 3.000000e+00], [4.000000e+00, 5.000000e+00, 6.000000e+00], [7.000000e+00, 8.000000e+00, 9.000000e+00]],
// CHECK-SAME: {{\[\[}}-1.000000e+00, -2.000000e+00, -3.000000e+00], [-4.000000e+00, -5.000000e+00, -6.000000e+00], [-7.000000e+00, -8.000000e+00, -9.000000e+00]]]]> : tensor<1x2x3x3xf64>}
// CHECK-NEXT: chip.output "out" %[[L2]] : !chip.neurons<4>
// CHECK-NOT: nir.
nir.graph "cnn" {
  %x = nir.input "x" : !nir.signal<2x4x4>
  %c1 = nir.conv2d "c1"(%x) {weight = dense<1.0> : tensor<2x2x3x3xf64>, bias = dense<[0.5, -0.5]> : tensor<2xf64>,
      stride = array<i64: 2, 2>, padding = array<i64: 1, 1>, dilation = array<i64: 1, 1>, groups = 1 : i64}
      : (!nir.signal<2x4x4>) -> !nir.signal<2x2x2>
  %l1 = nir.if "l1"(%c1) {r = dense<1.0> : tensor<2x2x2xf64>, v_threshold = dense<1.0> : tensor<2x2x2xf64>,
      v_reset = dense<0.0> : tensor<2x2x2xf64>} : (!nir.signal<2x2x2>) -> !nir.signal<2x2x2>
  %c2 = nir.conv2d "c2"(%l1) {weight = dense<[[[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]],
      [[-1.0, -2.0, -3.0], [-4.0, -5.0, -6.0], [-7.0, -8.0, -9.0]]]]> : tensor<1x2x3x3xf64>,
      bias = dense<0.0> : tensor<1xf64>,
      stride = array<i64: 1, 1>, padding = "same", dilation = array<i64: 1, 1>, groups = 1 : i64}
      : (!nir.signal<2x2x2>) -> !nir.signal<1x2x2>
  %l2 = nir.if "l2"(%c2) {r = dense<1.0> : tensor<1x2x2xf64>, v_threshold = dense<1.0> : tensor<1x2x2xf64>,
      v_reset = dense<0.0> : tensor<1x2x2xf64>} : (!nir.signal<1x2x2>) -> !nir.signal<1x2x2>
  %o = nir.output "out"(%l2) : (!nir.signal<1x2x2>) -> !nir.signal<1x2x2>
}

// -----

// A SumPool2d (stride = kernel) before Flatten and a Linear is the block's
// `pool`: the weight reads the pooled (1, 2, 2) input and is unchanged.
// CHECK-LABEL: chip.device "speck"
// CHECK-NEXT: %[[X:.+]] = chip.input "x" [1, 4, 4] : !chip.neurons<16>
// CHECK-NEXT: %[[L:.+]] = chip.population "l" if [3] {nir_op = "nir.if", params = {r =
// CHECK-NEXT: chip.synapses "fc" dense %[[X]] -> %[[L]] {absorbed = ["flat", "pool"], nir_op = "nir.linear", pool = array<i64: 2>,
// CHECK-SAME: weight = dense<{{\[\[}}4.000000e+00, 8.000000e+00, -4.000000e+00, 0.000000e+00], [1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00], [5.000000e-01, 0.000000e+00, 0.000000e+00, -5.000000e-01]]> : tensor<3x4xf64>}
// CHECK-SAME: : !chip.neurons<16> -> !chip.neurons<3>
nir.graph "sumpool" {
  %x = nir.input "x" : !nir.signal<1x4x4>
  %p = nir.sum_pool2d "pool"(%x) {kernel_size = array<i64: 2, 2>, stride = array<i64: 2, 2>,
      padding = array<i64: 0, 0>} : (!nir.signal<1x4x4>) -> !nir.signal<1x2x2>
  %f = nir.flatten "flat"(%p) {start_dim = 0 : i64, end_dim = -1 : i64} : (!nir.signal<1x2x2>) -> !nir.signal<4>
  %w = nir.linear "fc"(%f) {weight = dense<[[4.0, 8.0, -4.0, 0.0], [1.0, 2.0, 3.0, 4.0], [0.5, 0.0, 0.0, -0.5]]> : tensor<3x4xf64>}
      : (!nir.signal<4>) -> !nir.signal<3>
  %l = nir.if "l"(%w) {r = dense<1.0> : tensor<3xf64>, v_threshold = dense<1.0> : tensor<3xf64>,
      v_reset = dense<0.0> : tensor<3xf64>} : (!nir.signal<3>) -> !nir.signal<3>
  %o = nir.output "out"(%l) : (!nir.signal<3>) -> !nir.signal<3>
}

// -----

// An AvgPool2d is a sum pooling with the weights scaled by 1/k² = 1/4 (the
// Affine's bias is not scaled).
// CHECK-LABEL: chip.device "speck"
// CHECK-NEXT: %[[X:.+]] = chip.input "x" [1, 4, 4] : !chip.neurons<16>
// CHECK-NEXT: %[[L:.+]] = chip.population "l" if [3] {nir_op = "nir.if", params = {bias = dense<[1.000000e+00, 0.000000e+00, -1.000000e+00]> : tensor<3xf64>, r =
// CHECK-NEXT: chip.synapses "fc" dense %[[X]] -> %[[L]] {absorbed = ["flat", "pool"], nir_op = "nir.affine", pool = array<i64: 2>,
// CHECK-SAME: weight = dense<{{\[\[}}1.000000e+00, 2.000000e+00, -1.000000e+00, 0.000000e+00], [2.500000e-01, 5.000000e-01, 7.500000e-01, 1.000000e+00], [1.250000e-01, 0.000000e+00, 0.000000e+00, -1.250000e-01]]> : tensor<3x4xf64>}
nir.graph "avgpool" {
  %x = nir.input "x" : !nir.signal<1x4x4>
  %p = nir.avg_pool2d "pool"(%x) {kernel_size = array<i64: 2, 2>, stride = array<i64: 2, 2>,
      padding = array<i64: 0, 0>} : (!nir.signal<1x4x4>) -> !nir.signal<1x2x2>
  %f = nir.flatten "flat"(%p) {start_dim = 0 : i64, end_dim = -1 : i64} : (!nir.signal<1x2x2>) -> !nir.signal<4>
  %w = nir.affine "fc"(%f) {weight = dense<[[4.0, 8.0, -4.0, 0.0], [1.0, 2.0, 3.0, 4.0], [0.5, 0.0, 0.0, -0.5]]> : tensor<3x4xf64>,
      bias = dense<[1.0, 0.0, -1.0]> : tensor<3xf64>} : (!nir.signal<4>) -> !nir.signal<3>
  %l = nir.if "l"(%w) {r = dense<1.0> : tensor<3xf64>, v_threshold = dense<1.0> : tensor<3xf64>,
      v_reset = dense<0.0> : tensor<3xf64>} : (!nir.signal<3>) -> !nir.signal<3>
  %o = nir.output "out"(%l) : (!nir.signal<3>) -> !nir.signal<3>
}

// -----

// A grouped convolution (2 groups, 2 output channels each, of one input
// channel each) is a full one whose weight is zero across groups: output
// channels 0 and 1 read input channel 0, channels 2 and 3 channel 1. The
// bias of channel c goes to its 2 x 2 = 4 neurons.
// CHECK-LABEL: chip.device "speck"
// CHECK-NEXT: %[[X:.+]] = chip.input "x" [2, 2, 2] : !chip.neurons<8>
// CHECK-NEXT: %[[L:.+]] = chip.population "l" if [4, 2, 2] {nir_op = "nir.if", params = {
// CHECK-SAME: bias = dense<[1.000000e+00, 1.000000e+00, 1.000000e+00, 1.000000e+00, 2.000000e+00, 2.000000e+00, 2.000000e+00, 2.000000e+00, 3.000000e+00, 3.000000e+00, 3.000000e+00, 3.000000e+00, 4.000000e+00, 4.000000e+00, 4.000000e+00, 4.000000e+00]> : tensor<16xf64>,
// CHECK-NEXT: chip.synapses "g" conv2d %[[X]] -> %[[L]] {nir_op = "nir.conv2d", padding = array<i64: 0, 0>, stride = array<i64: 1, 1>,
// CHECK-SAME: weight = dense<{{\[\[\[\[}}1.000000e+00]], {{\[\[}}0.000000e+00]]], {{\[\[\[}}2.000000e+00]], {{\[\[}}0.000000e+00]]], {{\[\[\[}}0.000000e+00]], {{\[\[}}3.000000e+00]]], {{\[\[\[}}0.000000e+00]], {{\[\[}}4.000000e+00]]]]> : tensor<4x2x1x1xf64>}
// CHECK-SAME: : !chip.neurons<8> -> !chip.neurons<16>
nir.graph "grouped" {
  %x = nir.input "x" : !nir.signal<2x2x2>
  %c = nir.conv2d "g"(%x) {weight = dense<[[[[1.0]]], [[[2.0]]], [[[3.0]]], [[[4.0]]]]> : tensor<4x1x1x1xf64>,
      bias = dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf64>,
      stride = array<i64: 1, 1>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 2 : i64}
      : (!nir.signal<2x2x2>) -> !nir.signal<4x2x2>
  %l = nir.if "l"(%c) {r = dense<1.0> : tensor<4x2x2xf64>, v_threshold = dense<1.0> : tensor<4x2x2xf64>,
      v_reset = dense<0.0> : tensor<4x2x2xf64>} : (!nir.signal<4x2x2>) -> !nir.signal<4x2x2>
  %o = nir.output "out"(%l) : (!nir.signal<4x2x2>) -> !nir.signal<4x2x2>
}
