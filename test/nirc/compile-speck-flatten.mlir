// A Flatten between a Conv2d and its IF neurons: the population is 1-D,
// so the layer is no longer a convolution Speck can hold in (C, H, W);
// convert-nir-to-chip says so and how to fix it, before the Speck rules
// would count every neuron as an output channel ("1600 output channels
// exceed Speck's limit of 1024", for a convolution of 16).

// RUN: rm -rf %t && split-file %s %t

// conv 16->16, 3x3, padding 1 on 16x10x10, flattened to 1600 IF neurons.
// RUN: not nirc compile %t/wide.mlir --target speck -o %t/wide.json 2>&1 | FileCheck %s --check-prefix=WIDE
// WIDE-NOT: output channels
// WIDE: wide.mlir:3:8: error: 'nir.conv2d' "c": feeds 's' through a Flatten; chips need a convolution's neurons in (C, H, W): flatten after the neurons
// WIDE-NOT: output channels
// WIDE: nirc compile: {{.*}}wide.mlir does not map onto Speck
// RUN: not test -e %t/wide.json

// The same layer with the Flatten after the neurons, into a dense readout,
// maps: the conv K = 16·2^(4+4) = 4096, N = 16·2^(4+4) = 4096 entries;
// the dense layer, a 10x10 kernel over 16 channels to 10,
// K = 16·2^(7+4) = 32768 (cores 3 to 6), N = 10.
// RUN: nirc compile %t/fixed.mlir --target speck -o %t/fixed.json 2>&1 | FileCheck %s --check-prefix=FIXED
// FIXED: Speck (dt = 0.001 s): 2 of 9 cores used
// FIXED-NEXT: cnn          2 of 9 cores, 1610 of 327680 neurons
// RUN: FileCheck %s --check-prefix=FIXED-JSON < %t/fixed.json
// FIXED-JSON: "name": "readout",
// FIXED-JSON: "core": {{[3-6]}},

//--- wide.mlir
nir.graph "wide" {
  %in = nir.input "in" : !nir.signal<16x10x10>
  %c = nir.conv2d "c"(%in) {weight = dense<0.5> : tensor<16x16x3x3xf32>, bias = dense<0.0> : tensor<16xf32>, stride = array<i64: 1, 1>, padding = array<i64: 1, 1>, dilation = array<i64: 1, 1>, groups = 1 : i64} : (!nir.signal<16x10x10>) -> !nir.signal<*>
  %f = nir.flatten "f"(%c) {start_dim = 0 : i64, end_dim = -1 : i64} : (!nir.signal<*>) -> !nir.signal<*>
  %s = nir.if "s"(%f) {r = dense<1.0> : tensor<1600xf64>, v_threshold = dense<1.0> : tensor<1600xf64>, v_reset = dense<0.0> : tensor<1600xf64>} : (!nir.signal<*>) -> !nir.signal<1600>
  %o = nir.output "out"(%s) : (!nir.signal<1600>) -> !nir.signal<*>
}

//--- fixed.mlir
nir.graph "fixed" {
  %in = nir.input "in" : !nir.signal<16x10x10>
  %c = nir.conv2d "c"(%in) {weight = dense<0.5> : tensor<16x16x3x3xf32>, bias = dense<0.0> : tensor<16xf32>, stride = array<i64: 1, 1>, padding = array<i64: 1, 1>, dilation = array<i64: 1, 1>, groups = 1 : i64} : (!nir.signal<16x10x10>) -> !nir.signal<*>
  %s = nir.if "s"(%c) {r = dense<1.0> : tensor<16x10x10xf64>, v_threshold = dense<1.0> : tensor<16x10x10xf64>, v_reset = dense<0.0> : tensor<16x10x10xf64>} : (!nir.signal<*>) -> !nir.signal<16x10x10>
  %f = nir.flatten "f"(%s) {start_dim = 0 : i64, end_dim = -1 : i64} : (!nir.signal<16x10x10>) -> !nir.signal<*>
  %a = nir.linear "a"(%f) {weight = dense<0.5> : tensor<10x1600xf32>} : (!nir.signal<*>) -> !nir.signal<*>
  %r = nir.if "readout"(%a) {r = dense<1.0> : tensor<10xf64>, v_threshold = dense<1.0> : tensor<10xf64>, v_reset = dense<0.0> : tensor<10xf64>} : (!nir.signal<*>) -> !nir.signal<10>
  %o = nir.output "out"(%r) : (!nir.signal<10>) -> !nir.signal<*>
}
