// Speck's layer rules (docs/chips.md §2.1 and §2.4, Sinabs' DynapcnnLayer
// and ValidateMapping): for each, a network that breaks it by one, with
// the exact message, and where cheap one exactly at the limit that maps.
// One layer of a test network is conv "c" into IF "s" on input "in", its
// weights a splat.

// RUN: rm -rf %t && split-file %s %t

//===----------------------------------------------------------------------===//
// Kernel: square, at most 16x16
//===----------------------------------------------------------------------===//

// RUN: not nirc compile %t/kernel17.mlir --target speck 2>&1 | FileCheck %s --check-prefix=KERNEL17
// KERNEL17: kernel17.mlir:3:8: error: 'nir.conv2d' "c": 17 kernel rows (17x17 kernel) exceed Speck's limit of 16 kernel rows (16x16 kernel)
// KERNEL17: nirc compile: {{.*}}kernel17.mlir does not map onto Speck
// RUN: nirc compile %t/kernel16.mlir --target speck -o %t/kernel16.json 2>&1 | FileCheck %s --check-prefix=FITS
// RUN: FileCheck %s --check-prefix=KERNEL16 < %t/kernel16.json
// KERNEL16: "shape": [1,1,16,16],
// FITS-NOT: error
// FITS: Speck (dt = 0.001 s): 1 of 9 cores used

// RUN: not nirc compile %t/kernel3x5.mlir --target speck 2>&1 | FileCheck %s --check-prefix=KERNEL3X5
// KERNEL3X5: error: 'nir.conv2d' "c": kernel 3x5 is not square; Speck's kernels are square

// A dense layer is a convolution whose kernel is its whole input
// (Sinabs' _convert_linear_to_conv): 1x17x17 is a 17x17 kernel, 2x3x4 a
// 3x4 one; 1x16x16 fits.
// RUN: not nirc compile %t/dense17.mlir --target speck 2>&1 | FileCheck %s --check-prefix=DENSE17
// DENSE17: error: 'nir.affine' "a": 17 kernel rows (17x17 kernel) exceed Speck's limit of 16 kernel rows (16x16 kernel)
// RUN: nirc compile %t/dense16.mlir --target speck 2>&1 | FileCheck %s --check-prefix=FITS
// RUN: not nirc compile %t/dense3x4.mlir --target speck 2>&1 | FileCheck %s --check-prefix=DENSE3X4
// DENSE3X4: error: 'nir.affine' "a": a dense layer on Speck is a convolution whose kernel is its whole input, 2x3x4 here, and its kernel 3x4 is not square; Speck's kernels are square

//===----------------------------------------------------------------------===//
// Stride 1, 2, 4 or 8; padding at most 7
//===----------------------------------------------------------------------===//

// RUN: not nirc compile %t/stride3y.mlir --target speck 2>&1 | FileCheck %s --check-prefix=STRIDE3Y
// STRIDE3Y: error: 'nir.conv2d' "c": stride 3 along y is not one of Speck's strides 1, 2, 4, 8
// RUN: not nirc compile %t/stride3x.mlir --target speck 2>&1 | FileCheck %s --check-prefix=STRIDE3X
// STRIDE3X: error: 'nir.conv2d' "c": stride 3 along x is not one of Speck's strides 1, 2, 4, 8
// RUN: nirc compile %t/stride8.mlir --target speck -o %t/stride8.json 2>&1 | FileCheck %s --check-prefix=FITS
// RUN: FileCheck %s --check-prefix=STRIDE8 < %t/stride8.json
// STRIDE8: "stride": [8,8],

// RUN: not nirc compile %t/padding8y.mlir --target speck 2>&1 | FileCheck %s --check-prefix=PADDING8Y
// PADDING8Y: error: 'nir.conv2d' "c": 8 rows of padding exceed Speck's limit of 7 rows of padding
// RUN: not nirc compile %t/padding8x.mlir --target speck 2>&1 | FileCheck %s --check-prefix=PADDING8X
// PADDING8X: error: 'nir.conv2d' "c": 8 columns of padding exceed Speck's limit of 7 columns of padding
// RUN: nirc compile %t/padding7.mlir --target speck -o %t/padding7.json 2>&1 | FileCheck %s --check-prefix=FITS
// RUN: FileCheck %s --check-prefix=PADDING7 < %t/padding7.json
// PADDING7: "padding": [7,7],

//===----------------------------------------------------------------------===//
// Sum pooling 1, 2 or 4 (of the source, on its way to the layer)
//===----------------------------------------------------------------------===//

// RUN: not nirc compile %t/pool3.mlir --target speck 2>&1 | FileCheck %s --check-prefix=POOL3
// POOL3: error: 'nir.conv2d' "c": sum pooling 3x3 of "first" is not one of Speck's poolings 1x1, 2x2, 4x4
// RUN: nirc compile %t/pool4.mlir --target speck -o %t/pool4.json 2>&1 | FileCheck %s --check-prefix=POOL4
// POOL4: Speck (dt = 0.001 s): 2 of 9 cores used
// RUN: FileCheck %s --check-prefix=POOL4-JSON < %t/pool4.json
// POOL4-JSON: "name": "c",
// POOL4-JSON: "absorbed": [
// POOL4-JSON-NEXT: "p"
// POOL4-JSON-NEXT: ],
// POOL4-JSON-NEXT: "stride": [1,1],
// POOL4-JSON-NEXT: "padding": [0,0],
// POOL4-JSON-NEXT: "pool": [4],

//===----------------------------------------------------------------------===//
// Output channels: at most 1024 (and as many bias entries: 1024 per core)
//===----------------------------------------------------------------------===//

// 1025 channels of 4x4 from a 1x1 kernel. Its 1025 biases would also break
// the bias memory (1024 per core), but the channel rule comes first: no
// layer that passes it can need more than 1024 bias entries.
// RUN: not nirc compile %t/channels1025.mlir --target speck 2>&1 | FileCheck %s --check-prefix=CHANNELS1025
// CHANNELS1025: error: 'nir.conv2d' "c": 1025 output channels exceed Speck's limit of 1024 output channels
// RUN: not nirc compile %t/dense1025.mlir --target speck 2>&1 | FileCheck %s --check-prefix=DENSE1025
// DENSE1025: error: 'nir.linear' "a": 1025 output channels exceed Speck's limit of 1024 output channels

// 1024 channels with a bias: K = 1·2^(0+10) = 1024, N = 1024·2^(2+2) =
// 16384, 1024 bias entries, all at or under every core's memories.
// RUN: nirc compile %t/channels1024.mlir --target speck 2>&1 | FileCheck %s --check-prefix=CHANNELS1024
// CHANNELS1024: warning: 'nir.if' "s": Speck adds biases on its slow leak clock
// CHANNELS1024: Speck (dt = 0.001 s): 1 of 9 cores used
// CHANNELS1024-NEXT: cnn          1 of 9 cores, 16384 of 327680 neurons

//===----------------------------------------------------------------------===//
// Input at most 128x128, output feature map at most 64x64
//===----------------------------------------------------------------------===//

// 3x3 kernels of stride 2: a 129x129 input gives a 64x64 output.
// RUN: not nirc compile %t/input129y.mlir --target speck 2>&1 | FileCheck %s --check-prefix=INPUT129Y
// INPUT129Y: error: 'nir.conv2d' "c": 129 input rows exceed Speck's limit of 128 input rows per layer
// RUN: not nirc compile %t/input129x.mlir --target speck 2>&1 | FileCheck %s --check-prefix=INPUT129X
// INPUT129X: error: 'nir.conv2d' "c": 129 input columns exceed Speck's limit of 128 input columns per layer
// RUN: nirc compile %t/input128.mlir --target speck 2>&1 | FileCheck %s --check-prefix=FITS

// 1x1 kernels: the output is the input's size.
// RUN: not nirc compile %t/output65y.mlir --target speck 2>&1 | FileCheck %s --check-prefix=OUTPUT65Y
// OUTPUT65Y: error: 'nir.conv2d' "c": 65 output rows exceed Speck's limit of 64 rows of an output feature map
// RUN: not nirc compile %t/output65x.mlir --target speck 2>&1 | FileCheck %s --check-prefix=OUTPUT65X
// OUTPUT65X: error: 'nir.conv2d' "c": 65 output columns exceed Speck's limit of 64 columns of an output feature map
// RUN: nirc compile %t/output64.mlir --target speck 2>&1 | FileCheck %s --check-prefix=FITS

//===----------------------------------------------------------------------===//
// Layers: one weight layer into IF neurons, at most 2 destinations
//===----------------------------------------------------------------------===//

// "a" sends to b1, b2 and b3; with b3 gone (two-destinations) it fits.
// RUN: not nirc compile %t/three-destinations.mlir --target speck 2>&1 | FileCheck %s --check-prefix=DEST3
// DEST3: three-destinations.mlir:4:8: error: 'nir.if' "a": 3 destination layers exceed Speck's limit of 2 destination layers per layer
// RUN: nirc compile %t/two-destinations.mlir --target speck -o %t/two-destinations.json 2>&1 | FileCheck %s --check-prefix=DEST2
// DEST2: Speck (dt = 0.001 s): 3 of 9 cores used
// RUN: FileCheck %s --check-prefix=DEST2-JSON < %t/two-destinations.json
// DEST2-JSON: "routes": [
// DEST2-JSON-NEXT: {
// DEST2-JSON-NEXT: "source": [[A:[0-8]]],
// DEST2-JSON-NEXT: "destination": {{[0-8]}},
// DEST2-JSON-NEXT: "synapses": [
// DEST2-JSON-NEXT: "w1"
// DEST2-JSON: "source": [[A]],
// DEST2-JSON-NEXT: "destination": {{[0-8]}},
// DEST2-JSON-NEXT: "synapses": [
// DEST2-JSON-NEXT: "w2"

// Two weight layers into one population: fan-in, and a recurrent edge.
// RUN: not nirc compile %t/fan-in.mlir --target speck 2>&1 | FileCheck %s --check-prefix=FAN-IN
// FAN-IN: error: 'nir.if' "s": a Speck layer is one weight layer (conv or linear) into its IF neurons, but this population receives 2 synapse blocks ("wa", "wb")
// RUN: not nirc compile %t/recurrent.mlir --target speck 2>&1 | FileCheck %s --check-prefix=RECURRENT
// RECURRENT: error: 'nir.if' "s": a Speck layer is one weight layer (conv or linear) into its IF neurons, but this population receives 2 synapse blocks ("wa", "wr")
// RUN: not nirc compile %t/no-input.mlir --target speck 2>&1 | FileCheck %s --check-prefix=NO-INPUT
// NO-INPUT: error: 'nir.if' "s": a Speck layer is one weight layer (conv or linear) into its IF neurons, but this population receives no synapses

//===----------------------------------------------------------------------===//
// Neurons: IF only ("Only IAFSqueeze layers are supported."), hidden or
// readout, so the message names no role.
//===----------------------------------------------------------------------===//

// RUN: not nirc compile %t/lif.mlir --target speck 2>&1 | FileCheck %s --check-prefix=LIF
// LIF: error: 'nir.lif' "hidden": Speck has no lif neurons{{$}}
// RUN: not nirc compile %t/cuba-lif.mlir --target speck 2>&1 | FileCheck %s --check-prefix=CUBA-LIF
// CUBA-LIF: error: 'nir.cuba_lif' "hidden": Speck has no cuba_lif neurons{{$}}
// RUN: not nirc compile %t/li.mlir --target speck 2>&1 | FileCheck %s --check-prefix=LI
// LI: error: 'nir.li' "readout": Speck has no li neurons{{$}}
// RUN: not nirc compile %t/cuba-li.mlir --target speck 2>&1 | FileCheck %s --check-prefix=CUBA-LI
// CUBA-LI: error: 'nir.cuba_li' "readout": Speck has no cuba_li neurons{{$}}
// RUN: not nirc compile %t/i.mlir --target speck 2>&1 | FileCheck %s --check-prefix=I
// I: error: 'nir.i' "integrator": Speck has no i neurons
// RUN: not nirc compile %t/threshold.mlir --target speck 2>&1 | FileCheck %s --check-prefix=THRESHOLD
// THRESHOLD: error: 'nir.threshold' "spike": Speck has no threshold neurons

//--- kernel17.mlir
nir.graph "kernel17" {
  %in = nir.input "in" : !nir.signal<1x20x20>
  %c = nir.conv2d "c"(%in) {weight = dense<0.5> : tensor<1x1x17x17xf32>, bias = dense<0.0> : tensor<1xf32>, stride = array<i64: 1, 1>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64} : (!nir.signal<1x20x20>) -> !nir.signal<*>
  %s = nir.if "s"(%c) {r = dense<1.0> : tensor<1x4x4xf64>, v_threshold = dense<1.0> : tensor<1x4x4xf64>, v_reset = dense<0.0> : tensor<1x4x4xf64>} : (!nir.signal<*>) -> !nir.signal<1x4x4>
  %o = nir.output "out"(%s) : (!nir.signal<1x4x4>) -> !nir.signal<*>
}

//--- kernel16.mlir
nir.graph "kernel16" {
  %in = nir.input "in" : !nir.signal<1x20x20>
  %c = nir.conv2d "c"(%in) {weight = dense<0.5> : tensor<1x1x16x16xf32>, bias = dense<0.0> : tensor<1xf32>, stride = array<i64: 1, 1>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64} : (!nir.signal<1x20x20>) -> !nir.signal<*>
  %s = nir.if "s"(%c) {r = dense<1.0> : tensor<1x5x5xf64>, v_threshold = dense<1.0> : tensor<1x5x5xf64>, v_reset = dense<0.0> : tensor<1x5x5xf64>} : (!nir.signal<*>) -> !nir.signal<1x5x5>
  %o = nir.output "out"(%s) : (!nir.signal<1x5x5>) -> !nir.signal<*>
}

//--- kernel3x5.mlir
nir.graph "kernel3x5" {
  %in = nir.input "in" : !nir.signal<1x20x20>
  %c = nir.conv2d "c"(%in) {weight = dense<0.5> : tensor<1x1x3x5xf32>, bias = dense<0.0> : tensor<1xf32>, stride = array<i64: 1, 1>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64} : (!nir.signal<1x20x20>) -> !nir.signal<*>
  %s = nir.if "s"(%c) {r = dense<1.0> : tensor<1x18x16xf64>, v_threshold = dense<1.0> : tensor<1x18x16xf64>, v_reset = dense<0.0> : tensor<1x18x16xf64>} : (!nir.signal<*>) -> !nir.signal<1x18x16>
  %o = nir.output "out"(%s) : (!nir.signal<1x18x16>) -> !nir.signal<*>
}

//--- stride3y.mlir
nir.graph "stride3y" {
  %in = nir.input "in" : !nir.signal<1x20x20>
  %c = nir.conv2d "c"(%in) {weight = dense<0.5> : tensor<1x1x3x3xf32>, bias = dense<0.0> : tensor<1xf32>, stride = array<i64: 3, 1>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64} : (!nir.signal<1x20x20>) -> !nir.signal<*>
  %s = nir.if "s"(%c) {r = dense<1.0> : tensor<1x6x18xf64>, v_threshold = dense<1.0> : tensor<1x6x18xf64>, v_reset = dense<0.0> : tensor<1x6x18xf64>} : (!nir.signal<*>) -> !nir.signal<1x6x18>
  %o = nir.output "out"(%s) : (!nir.signal<1x6x18>) -> !nir.signal<*>
}

//--- stride3x.mlir
nir.graph "stride3x" {
  %in = nir.input "in" : !nir.signal<1x20x20>
  %c = nir.conv2d "c"(%in) {weight = dense<0.5> : tensor<1x1x3x3xf32>, bias = dense<0.0> : tensor<1xf32>, stride = array<i64: 1, 3>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64} : (!nir.signal<1x20x20>) -> !nir.signal<*>
  %s = nir.if "s"(%c) {r = dense<1.0> : tensor<1x18x6xf64>, v_threshold = dense<1.0> : tensor<1x18x6xf64>, v_reset = dense<0.0> : tensor<1x18x6xf64>} : (!nir.signal<*>) -> !nir.signal<1x18x6>
  %o = nir.output "out"(%s) : (!nir.signal<1x18x6>) -> !nir.signal<*>
}

//--- stride8.mlir
nir.graph "stride8" {
  %in = nir.input "in" : !nir.signal<1x20x20>
  %c = nir.conv2d "c"(%in) {weight = dense<0.5> : tensor<1x1x3x3xf32>, bias = dense<0.0> : tensor<1xf32>, stride = array<i64: 8, 8>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64} : (!nir.signal<1x20x20>) -> !nir.signal<*>
  %s = nir.if "s"(%c) {r = dense<1.0> : tensor<1x3x3xf64>, v_threshold = dense<1.0> : tensor<1x3x3xf64>, v_reset = dense<0.0> : tensor<1x3x3xf64>} : (!nir.signal<*>) -> !nir.signal<1x3x3>
  %o = nir.output "out"(%s) : (!nir.signal<1x3x3>) -> !nir.signal<*>
}

//--- padding8y.mlir
nir.graph "padding8y" {
  %in = nir.input "in" : !nir.signal<1x20x20>
  %c = nir.conv2d "c"(%in) {weight = dense<0.5> : tensor<1x1x3x3xf32>, bias = dense<0.0> : tensor<1xf32>, stride = array<i64: 1, 1>, padding = array<i64: 8, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64} : (!nir.signal<1x20x20>) -> !nir.signal<*>
  %s = nir.if "s"(%c) {r = dense<1.0> : tensor<1x34x18xf64>, v_threshold = dense<1.0> : tensor<1x34x18xf64>, v_reset = dense<0.0> : tensor<1x34x18xf64>} : (!nir.signal<*>) -> !nir.signal<1x34x18>
  %o = nir.output "out"(%s) : (!nir.signal<1x34x18>) -> !nir.signal<*>
}

//--- padding8x.mlir
nir.graph "padding8x" {
  %in = nir.input "in" : !nir.signal<1x20x20>
  %c = nir.conv2d "c"(%in) {weight = dense<0.5> : tensor<1x1x3x3xf32>, bias = dense<0.0> : tensor<1xf32>, stride = array<i64: 1, 1>, padding = array<i64: 7, 8>, dilation = array<i64: 1, 1>, groups = 1 : i64} : (!nir.signal<1x20x20>) -> !nir.signal<*>
  %s = nir.if "s"(%c) {r = dense<1.0> : tensor<1x32x34xf64>, v_threshold = dense<1.0> : tensor<1x32x34xf64>, v_reset = dense<0.0> : tensor<1x32x34xf64>} : (!nir.signal<*>) -> !nir.signal<1x32x34>
  %o = nir.output "out"(%s) : (!nir.signal<1x32x34>) -> !nir.signal<*>
}

//--- padding7.mlir
nir.graph "padding7" {
  %in = nir.input "in" : !nir.signal<1x20x20>
  %c = nir.conv2d "c"(%in) {weight = dense<0.5> : tensor<1x1x3x3xf32>, bias = dense<0.0> : tensor<1xf32>, stride = array<i64: 1, 1>, padding = array<i64: 7, 7>, dilation = array<i64: 1, 1>, groups = 1 : i64} : (!nir.signal<1x20x20>) -> !nir.signal<*>
  %s = nir.if "s"(%c) {r = dense<1.0> : tensor<1x32x32xf64>, v_threshold = dense<1.0> : tensor<1x32x32xf64>, v_reset = dense<0.0> : tensor<1x32x32xf64>} : (!nir.signal<*>) -> !nir.signal<1x32x32>
  %o = nir.output "out"(%s) : (!nir.signal<1x32x32>) -> !nir.signal<*>
}

//--- input129y.mlir
nir.graph "input129y" {
  %in = nir.input "in" : !nir.signal<1x129x129>
  %c = nir.conv2d "c"(%in) {weight = dense<0.5> : tensor<1x1x3x3xf32>, bias = dense<0.0> : tensor<1xf32>, stride = array<i64: 2, 2>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64} : (!nir.signal<1x129x129>) -> !nir.signal<*>
  %s = nir.if "s"(%c) {r = dense<1.0> : tensor<1x64x64xf64>, v_threshold = dense<1.0> : tensor<1x64x64xf64>, v_reset = dense<0.0> : tensor<1x64x64xf64>} : (!nir.signal<*>) -> !nir.signal<1x64x64>
  %o = nir.output "out"(%s) : (!nir.signal<1x64x64>) -> !nir.signal<*>
}

//--- input129x.mlir
nir.graph "input129x" {
  %in = nir.input "in" : !nir.signal<1x128x129>
  %c = nir.conv2d "c"(%in) {weight = dense<0.5> : tensor<1x1x3x3xf32>, bias = dense<0.0> : tensor<1xf32>, stride = array<i64: 2, 2>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64} : (!nir.signal<1x128x129>) -> !nir.signal<*>
  %s = nir.if "s"(%c) {r = dense<1.0> : tensor<1x63x64xf64>, v_threshold = dense<1.0> : tensor<1x63x64xf64>, v_reset = dense<0.0> : tensor<1x63x64xf64>} : (!nir.signal<*>) -> !nir.signal<1x63x64>
  %o = nir.output "out"(%s) : (!nir.signal<1x63x64>) -> !nir.signal<*>
}

//--- input128.mlir
nir.graph "input128" {
  %in = nir.input "in" : !nir.signal<1x128x128>
  %c = nir.conv2d "c"(%in) {weight = dense<0.5> : tensor<1x1x3x3xf32>, bias = dense<0.0> : tensor<1xf32>, stride = array<i64: 2, 2>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64} : (!nir.signal<1x128x128>) -> !nir.signal<*>
  %s = nir.if "s"(%c) {r = dense<1.0> : tensor<1x63x63xf64>, v_threshold = dense<1.0> : tensor<1x63x63xf64>, v_reset = dense<0.0> : tensor<1x63x63xf64>} : (!nir.signal<*>) -> !nir.signal<1x63x63>
  %o = nir.output "out"(%s) : (!nir.signal<1x63x63>) -> !nir.signal<*>
}

//--- output65y.mlir
nir.graph "output65y" {
  %in = nir.input "in" : !nir.signal<1x65x65>
  %c = nir.conv2d "c"(%in) {weight = dense<0.5> : tensor<1x1x1x1xf32>, bias = dense<0.0> : tensor<1xf32>, stride = array<i64: 1, 1>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64} : (!nir.signal<1x65x65>) -> !nir.signal<*>
  %s = nir.if "s"(%c) {r = dense<1.0> : tensor<1x65x65xf64>, v_threshold = dense<1.0> : tensor<1x65x65xf64>, v_reset = dense<0.0> : tensor<1x65x65xf64>} : (!nir.signal<*>) -> !nir.signal<1x65x65>
  %o = nir.output "out"(%s) : (!nir.signal<1x65x65>) -> !nir.signal<*>
}

//--- output65x.mlir
nir.graph "output65x" {
  %in = nir.input "in" : !nir.signal<1x64x65>
  %c = nir.conv2d "c"(%in) {weight = dense<0.5> : tensor<1x1x1x1xf32>, bias = dense<0.0> : tensor<1xf32>, stride = array<i64: 1, 1>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64} : (!nir.signal<1x64x65>) -> !nir.signal<*>
  %s = nir.if "s"(%c) {r = dense<1.0> : tensor<1x64x65xf64>, v_threshold = dense<1.0> : tensor<1x64x65xf64>, v_reset = dense<0.0> : tensor<1x64x65xf64>} : (!nir.signal<*>) -> !nir.signal<1x64x65>
  %o = nir.output "out"(%s) : (!nir.signal<1x64x65>) -> !nir.signal<*>
}

//--- output64.mlir
nir.graph "output64" {
  %in = nir.input "in" : !nir.signal<1x64x64>
  %c = nir.conv2d "c"(%in) {weight = dense<0.5> : tensor<1x1x1x1xf32>, bias = dense<0.0> : tensor<1xf32>, stride = array<i64: 1, 1>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64} : (!nir.signal<1x64x64>) -> !nir.signal<*>
  %s = nir.if "s"(%c) {r = dense<1.0> : tensor<1x64x64xf64>, v_threshold = dense<1.0> : tensor<1x64x64xf64>, v_reset = dense<0.0> : tensor<1x64x64xf64>} : (!nir.signal<*>) -> !nir.signal<1x64x64>
  %o = nir.output "out"(%s) : (!nir.signal<1x64x64>) -> !nir.signal<*>
}

//--- channels1025.mlir
nir.graph "channels1025" {
  %in = nir.input "in" : !nir.signal<1x4x4>
  %c = nir.conv2d "c"(%in) {weight = dense<0.5> : tensor<1025x1x1x1xf32>, bias = dense<0.25> : tensor<1025xf32>, stride = array<i64: 1, 1>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64} : (!nir.signal<1x4x4>) -> !nir.signal<*>
  %s = nir.if "s"(%c) {r = dense<1.0> : tensor<1025x4x4xf64>, v_threshold = dense<1.0> : tensor<1025x4x4xf64>, v_reset = dense<0.0> : tensor<1025x4x4xf64>} : (!nir.signal<*>) -> !nir.signal<1025x4x4>
  %o = nir.output "out"(%s) : (!nir.signal<1025x4x4>) -> !nir.signal<*>
}

//--- channels1024.mlir
nir.graph "channels1024" {
  %in = nir.input "in" : !nir.signal<1x4x4>
  %c = nir.conv2d "c"(%in) {weight = dense<0.5> : tensor<1024x1x1x1xf32>, bias = dense<0.25> : tensor<1024xf32>, stride = array<i64: 1, 1>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64} : (!nir.signal<1x4x4>) -> !nir.signal<*>
  %s = nir.if "s"(%c) {r = dense<1.0> : tensor<1024x4x4xf64>, v_threshold = dense<1.0> : tensor<1024x4x4xf64>, v_reset = dense<0.0> : tensor<1024x4x4xf64>} : (!nir.signal<*>) -> !nir.signal<1024x4x4>
  %o = nir.output "out"(%s) : (!nir.signal<1024x4x4>) -> !nir.signal<*>
}

//--- dense17.mlir
nir.graph "dense17" {
  %in = nir.input "in" : !nir.signal<1x17x17>
  %f = nir.flatten "f"(%in) {start_dim = 0 : i64, end_dim = -1 : i64} : (!nir.signal<1x17x17>) -> !nir.signal<*>
  %a = nir.affine "a"(%f) {weight = dense<0.5> : tensor<5x289xf32>, bias = dense<0.0> : tensor<5xf32>} : (!nir.signal<*>) -> !nir.signal<*>
  %s = nir.if "s"(%a) {r = dense<1.0> : tensor<5xf64>, v_threshold = dense<1.0> : tensor<5xf64>, v_reset = dense<0.0> : tensor<5xf64>} : (!nir.signal<*>) -> !nir.signal<5>
  %o = nir.output "out"(%s) : (!nir.signal<5>) -> !nir.signal<*>
}

//--- dense16.mlir
nir.graph "dense16" {
  %in = nir.input "in" : !nir.signal<1x16x16>
  %f = nir.flatten "f"(%in) {start_dim = 0 : i64, end_dim = -1 : i64} : (!nir.signal<1x16x16>) -> !nir.signal<*>
  %a = nir.affine "a"(%f) {weight = dense<0.5> : tensor<5x256xf32>, bias = dense<0.0> : tensor<5xf32>} : (!nir.signal<*>) -> !nir.signal<*>
  %s = nir.if "s"(%a) {r = dense<1.0> : tensor<5xf64>, v_threshold = dense<1.0> : tensor<5xf64>, v_reset = dense<0.0> : tensor<5xf64>} : (!nir.signal<*>) -> !nir.signal<5>
  %o = nir.output "out"(%s) : (!nir.signal<5>) -> !nir.signal<*>
}

//--- dense3x4.mlir
nir.graph "dense3x4" {
  %in = nir.input "in" : !nir.signal<2x3x4>
  %f = nir.flatten "f"(%in) {start_dim = 0 : i64, end_dim = -1 : i64} : (!nir.signal<2x3x4>) -> !nir.signal<*>
  %a = nir.affine "a"(%f) {weight = dense<0.5> : tensor<5x24xf32>, bias = dense<0.0> : tensor<5xf32>} : (!nir.signal<*>) -> !nir.signal<*>
  %s = nir.if "s"(%a) {r = dense<1.0> : tensor<5xf64>, v_threshold = dense<1.0> : tensor<5xf64>, v_reset = dense<0.0> : tensor<5xf64>} : (!nir.signal<*>) -> !nir.signal<5>
  %o = nir.output "out"(%s) : (!nir.signal<5>) -> !nir.signal<*>
}

//--- dense1025.mlir
nir.graph "dense1025" {
  %in = nir.input "in" : !nir.signal<4>
  %a = nir.linear "a"(%in) {weight = dense<0.5> : tensor<1025x4xf32>} : (!nir.signal<4>) -> !nir.signal<*>
  %s = nir.if "s"(%a) {r = dense<1.0> : tensor<1025xf64>, v_threshold = dense<1.0> : tensor<1025xf64>, v_reset = dense<0.0> : tensor<1025xf64>} : (!nir.signal<*>) -> !nir.signal<1025>
  %o = nir.output "out"(%s) : (!nir.signal<1025>) -> !nir.signal<*>
}

//--- pool3.mlir
nir.graph "pool3" {
  %in = nir.input "in" : !nir.signal<1x12x12>
  %w = nir.conv2d "w"(%in) {weight = dense<0.5> : tensor<1x1x1x1xf32>, bias = dense<0.0> : tensor<1xf32>, stride = array<i64: 1, 1>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64} : (!nir.signal<1x12x12>) -> !nir.signal<*>
  %first = nir.if "first"(%w) {r = dense<1.0> : tensor<1x12x12xf64>, v_threshold = dense<1.0> : tensor<1x12x12xf64>, v_reset = dense<0.0> : tensor<1x12x12xf64>} : (!nir.signal<*>) -> !nir.signal<1x12x12>
  %p = nir.sum_pool2d "p"(%first) {kernel_size = array<i64: 3, 3>, stride = array<i64: 3, 3>, padding = array<i64: 0, 0>} : (!nir.signal<1x12x12>) -> !nir.signal<*>
  %c = nir.conv2d "c"(%p) {weight = dense<0.5> : tensor<1x1x1x1xf32>, bias = dense<0.0> : tensor<1xf32>, stride = array<i64: 1, 1>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64} : (!nir.signal<*>) -> !nir.signal<*>
  %s = nir.if "s"(%c) {r = dense<1.0> : tensor<1x4x4xf64>, v_threshold = dense<1.0> : tensor<1x4x4xf64>, v_reset = dense<0.0> : tensor<1x4x4xf64>} : (!nir.signal<*>) -> !nir.signal<1x4x4>
  %o = nir.output "out"(%s) : (!nir.signal<1x4x4>) -> !nir.signal<*>
}

//--- pool4.mlir
nir.graph "pool4" {
  %in = nir.input "in" : !nir.signal<1x12x12>
  %w = nir.conv2d "w"(%in) {weight = dense<0.5> : tensor<1x1x1x1xf32>, bias = dense<0.0> : tensor<1xf32>, stride = array<i64: 1, 1>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64} : (!nir.signal<1x12x12>) -> !nir.signal<*>
  %first = nir.if "first"(%w) {r = dense<1.0> : tensor<1x12x12xf64>, v_threshold = dense<1.0> : tensor<1x12x12xf64>, v_reset = dense<0.0> : tensor<1x12x12xf64>} : (!nir.signal<*>) -> !nir.signal<1x12x12>
  %p = nir.sum_pool2d "p"(%first) {kernel_size = array<i64: 4, 4>, stride = array<i64: 4, 4>, padding = array<i64: 0, 0>} : (!nir.signal<1x12x12>) -> !nir.signal<*>
  %c = nir.conv2d "c"(%p) {weight = dense<0.5> : tensor<1x1x1x1xf32>, bias = dense<0.0> : tensor<1xf32>, stride = array<i64: 1, 1>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64} : (!nir.signal<*>) -> !nir.signal<*>
  %s = nir.if "s"(%c) {r = dense<1.0> : tensor<1x3x3xf64>, v_threshold = dense<1.0> : tensor<1x3x3xf64>, v_reset = dense<0.0> : tensor<1x3x3xf64>} : (!nir.signal<*>) -> !nir.signal<1x3x3>
  %o = nir.output "out"(%s) : (!nir.signal<1x3x3>) -> !nir.signal<*>
}

//--- three-destinations.mlir
nir.graph "three-destinations" {
  %in = nir.input "in" : !nir.signal<2>
  %wa = nir.linear "wa"(%in) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<*>
  %a = nir.if "a"(%wa) {r = dense<1.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<*>) -> !nir.signal<2>
  %w1 = nir.linear "w1"(%a) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<*>
  %b1 = nir.if "b1"(%w1) {r = dense<1.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<*>) -> !nir.signal<2>
  %w2 = nir.linear "w2"(%a) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<*>
  %b2 = nir.if "b2"(%w2) {r = dense<1.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<*>) -> !nir.signal<2>
  %w3 = nir.linear "w3"(%a) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<*>
  %b3 = nir.if "b3"(%w3) {r = dense<1.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<*>) -> !nir.signal<2>
  %o = nir.output "out"(%b1, %b2, %b3) : (!nir.signal<2>, !nir.signal<2>, !nir.signal<2>) -> !nir.signal<*>
}

//--- two-destinations.mlir
nir.graph "two-destinations" {
  %in = nir.input "in" : !nir.signal<2>
  %wa = nir.linear "wa"(%in) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<*>
  %a = nir.if "a"(%wa) {r = dense<1.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<*>) -> !nir.signal<2>
  %w1 = nir.linear "w1"(%a) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<*>
  %b1 = nir.if "b1"(%w1) {r = dense<1.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<*>) -> !nir.signal<2>
  %w2 = nir.linear "w2"(%a) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<*>
  %b2 = nir.if "b2"(%w2) {r = dense<1.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<*>) -> !nir.signal<2>
  %o = nir.output "out"(%b1, %b2) : (!nir.signal<2>, !nir.signal<2>) -> !nir.signal<*>
}

//--- fan-in.mlir
nir.graph "fan_in" {
  %in = nir.input "in" : !nir.signal<2>
  %a = nir.linear "wa"(%in) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<*>
  %b = nir.linear "wb"(%in) {weight = dense<0.25> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<*>
  %s = nir.if "s"(%a, %b) {r = dense<1.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<*>, !nir.signal<*>) -> !nir.signal<2>
  %o = nir.output "out"(%s) : (!nir.signal<2>) -> !nir.signal<*>
}

//--- recurrent.mlir
nir.graph "recurrent" {
  %in = nir.input "in" : !nir.signal<2>
  %a = nir.linear "wa"(%in) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<*>
  %s = nir.if "s"(%a, %r) {r = dense<1.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<*>, !nir.signal<2>) -> !nir.signal<2>
  %r = nir.linear "wr"(%s) {weight = dense<0.25> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %o = nir.output "out"(%s) : (!nir.signal<2>) -> !nir.signal<*>
}

//--- no-input.mlir
nir.graph "no_input" {
  %s = nir.if "s"() {r = dense<1.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>} : () -> !nir.signal<2>
  %o = nir.output "out"(%s) : (!nir.signal<2>) -> !nir.signal<*>
}

//--- lif.mlir
nir.graph "lif" {
  %in = nir.input "in" : !nir.signal<2>
  %w = nir.linear "w"(%in) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<*>
  %s = nir.lif "hidden"(%w) {tau = dense<0.01> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<*>) -> !nir.signal<2>
  %w2 = nir.linear "w2"(%s) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<*>
  %t = nir.if "t"(%w2) {r = dense<1.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<*>) -> !nir.signal<2>
  %o = nir.output "out"(%t) : (!nir.signal<2>) -> !nir.signal<*>
}

//--- cuba-lif.mlir
nir.graph "cuba_lif" {
  %in = nir.input "in" : !nir.signal<2>
  %w = nir.linear "w"(%in) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<*>
  %s = nir.cuba_lif "hidden"(%w) {tau_syn = dense<0.01> : tensor<2xf64>, tau_mem = dense<0.01> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<*>) -> !nir.signal<2>
  %w2 = nir.linear "w2"(%s) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<*>
  %t = nir.if "t"(%w2) {r = dense<1.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<*>) -> !nir.signal<2>
  %o = nir.output "out"(%t) : (!nir.signal<2>) -> !nir.signal<*>
}

//--- li.mlir
nir.graph "li" {
  %in = nir.input "in" : !nir.signal<2>
  %w = nir.linear "w"(%in) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<*>
  %s = nir.li "readout"(%w) {tau = dense<0.01> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>} : (!nir.signal<*>) -> !nir.signal<2>
  %o = nir.output "out"(%s) : (!nir.signal<2>) -> !nir.signal<*>
}

//--- cuba-li.mlir
nir.graph "cuba_li" {
  %in = nir.input "in" : !nir.signal<2>
  %w = nir.linear "w"(%in) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<*>
  %s = nir.cuba_li "readout"(%w) {tau_syn = dense<0.01> : tensor<2xf64>, tau_mem = dense<0.01> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<*>) -> !nir.signal<2>
  %o = nir.output "out"(%s) : (!nir.signal<2>) -> !nir.signal<*>
}

//--- i.mlir
nir.graph "i" {
  %in = nir.input "in" : !nir.signal<2>
  %w = nir.linear "w"(%in) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<*>
  %s = nir.i "integrator"(%w) {r = dense<1.0> : tensor<2xf64>} : (!nir.signal<*>) -> !nir.signal<2>
  %o = nir.output "out"(%s) : (!nir.signal<2>) -> !nir.signal<*>
}

//--- threshold.mlir
nir.graph "threshold" {
  %in = nir.input "in" : !nir.signal<2>
  %w = nir.linear "w"(%in) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<*>
  %s = nir.threshold "spike"(%w) {threshold = dense<1.0> : tensor<2xf64>} : (!nir.signal<*>) -> !nir.signal<2>
  %o = nir.output "out"(%s) : (!nir.signal<2>) -> !nir.signal<*>
}
