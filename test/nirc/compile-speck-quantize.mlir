// What Speck's registers cannot hold (docs/chips.md §2.3, Sinabs'
// discretize.py): one threshold per layer, a positive one (threshold_low
// = -threshold_high), reset to zero, and r folded into weights that a
// convolution shares over each output channel. Each layer is a 1x1 conv
// "c" from in [1,2,2] to IF "s" [2,2,2] with weights [0.5, -0.25].

// RUN: rm -rf %t && split-file %s %t

// v_threshold is 1.5 for the last neuron (index 7), 1 for the others.
// RUN: not nirc compile %t/thresholds.mlir --target speck -o %t/thresholds.json 2>&1 | FileCheck %s --check-prefix=THRESHOLDS
// THRESHOLDS: thresholds.mlir:4:8: error: 'nir.if' "s": v_threshold differs between neurons 0 and 7 (1 and 1.5); Speck has one threshold per layer (threshold_high)
// THRESHOLDS: nirc compile: {{.*}}thresholds.mlir does not map onto Speck
// RUN: not test -e %t/thresholds.json

// RUN: not nirc compile %t/threshold-zero.mlir --target speck 2>&1 | FileCheck %s --check-prefix=THRESHOLD-ZERO
// THRESHOLD-ZERO: error: 'nir.if' "s": v_threshold = 0 is not positive; Speck spikes at threshold_high and clips the membrane at threshold_low = -threshold_high
// RUN: not nirc compile %t/threshold-negative.mlir --target speck 2>&1 | FileCheck %s --check-prefix=THRESHOLD-NEGATIVE
// THRESHOLD-NEGATIVE: error: 'nir.if' "s": v_threshold = -0.5 is not positive; Speck spikes at threshold_high and clips the membrane at threshold_low = -threshold_high

// v_reset = 0.25 for neuron 6 (channel 1, row 1, column 0).
// RUN: not nirc compile %t/reset.mlir --target speck 2>&1 | FileCheck %s --check-prefix=RESET
// RESET: error: 'nir.if' "s": v_reset = 0.25 of neuron 6 is not zero; Speck resets a neuron to zero (return_to_zero) or subtracts its threshold

// r differs within channel 1 (2 for three neurons, 0.5 for the last).
// RUN: not nirc compile %t/r-varies.mlir --target speck 2>&1 | FileCheck %s --check-prefix=R-VARIES
// R-VARIES: error: 'nir.if' "s": r differs within output channel 1 (2 and 0.5); Speck shares a kernel over the channel, into which r is folded

// r = 1 on channel 0 and 2 on channel 1 is folded: w' = [0.5, -0.5],
// scale = min(127/0.5, 32767/1) = 254, weights [127, -127],
// threshold_high = 254, quantised exactly.
// RUN: nirc compile %t/r-per-channel.mlir --target speck -o %t/r-per-channel.json 2>&1 | FileCheck %s --check-prefix=R-PER-CHANNEL
// R-PER-CHANNEL: Speck (dt = 0.001 s): 1 of 9 cores used
// R-PER-CHANNEL: c                    conv2d   in -> s                              2        0.00%
// RUN: FileCheck %s --check-prefix=R-PER-CHANNEL-JSON < %t/r-per-channel.json
// R-PER-CHANNEL-JSON: "scale": 254,
// R-PER-CHANNEL-JSON-NEXT: "threshold_high": [254,254,254,254,254,254,254,254],
// R-PER-CHANNEL-JSON-NEXT: "threshold_low": [-254,-254,-254,-254,-254,-254,-254,-254]
// R-PER-CHANNEL-JSON: "weights": [127,-127],
// R-PER-CHANNEL-JSON-NEXT: "registers": {
// R-PER-CHANNEL-JSON-NEXT: "quant_error": 0,
// R-PER-CHANNEL-JSON-NEXT: "scale": 254

// A threshold that binds: v_threshold = 32767 takes the 16-bit range at
// scale 1, and the weights round to [0, -0] = [0, 0] (error 100%,
// reported, not an error).
// RUN: nirc compile %t/threshold-binds.mlir --target speck -o %t/threshold-binds.json 2>&1 | FileCheck %s --check-prefix=THRESHOLD-BINDS
// THRESHOLD-BINDS: c                    conv2d   in -> s                              0      100.00%
// RUN: FileCheck %s --check-prefix=THRESHOLD-BINDS-JSON < %t/threshold-binds.json
// THRESHOLD-BINDS-JSON: "scale": 1,
// THRESHOLD-BINDS-JSON-NEXT: "threshold_high": [32767,32767,32767,32767,32767,32767,32767,32767],
// THRESHOLD-BINDS-JSON-NEXT: "threshold_low": [-32767,-32767,-32767,-32767,-32767,-32767,-32767,-32767]
// THRESHOLD-BINDS-JSON: "weights": [0,0],

//--- thresholds.mlir
nir.graph "thresholds" {
  %in = nir.input "in" : !nir.signal<1x2x2>
  %c = nir.conv2d "c"(%in) {weight = dense<[[[[0.5]]], [[[-0.25]]]]> : tensor<2x1x1x1xf32>, bias = dense<0.0> : tensor<2xf32>, stride = array<i64: 1, 1>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64} : (!nir.signal<1x2x2>) -> !nir.signal<*>
  %s = nir.if "s"(%c) {r = dense<1.0> : tensor<2x2x2xf64>, v_threshold = dense<[[[1.0, 1.0], [1.0, 1.0]], [[1.0, 1.0], [1.0, 1.5]]]> : tensor<2x2x2xf64>, v_reset = dense<0.0> : tensor<2x2x2xf64>} : (!nir.signal<*>) -> !nir.signal<2x2x2>
  %o = nir.output "out"(%s) : (!nir.signal<2x2x2>) -> !nir.signal<*>
}

//--- threshold-zero.mlir
nir.graph "threshold_zero" {
  %in = nir.input "in" : !nir.signal<1x2x2>
  %c = nir.conv2d "c"(%in) {weight = dense<[[[[0.5]]], [[[-0.25]]]]> : tensor<2x1x1x1xf32>, bias = dense<0.0> : tensor<2xf32>, stride = array<i64: 1, 1>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64} : (!nir.signal<1x2x2>) -> !nir.signal<*>
  %s = nir.if "s"(%c) {r = dense<1.0> : tensor<2x2x2xf64>, v_threshold = dense<0.0> : tensor<2x2x2xf64>, v_reset = dense<0.0> : tensor<2x2x2xf64>} : (!nir.signal<*>) -> !nir.signal<2x2x2>
  %o = nir.output "out"(%s) : (!nir.signal<2x2x2>) -> !nir.signal<*>
}

//--- threshold-negative.mlir
nir.graph "threshold_negative" {
  %in = nir.input "in" : !nir.signal<1x2x2>
  %c = nir.conv2d "c"(%in) {weight = dense<[[[[0.5]]], [[[-0.25]]]]> : tensor<2x1x1x1xf32>, bias = dense<0.0> : tensor<2xf32>, stride = array<i64: 1, 1>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64} : (!nir.signal<1x2x2>) -> !nir.signal<*>
  %s = nir.if "s"(%c) {r = dense<1.0> : tensor<2x2x2xf64>, v_threshold = dense<-0.5> : tensor<2x2x2xf64>, v_reset = dense<0.0> : tensor<2x2x2xf64>} : (!nir.signal<*>) -> !nir.signal<2x2x2>
  %o = nir.output "out"(%s) : (!nir.signal<2x2x2>) -> !nir.signal<*>
}

//--- reset.mlir
nir.graph "reset" {
  %in = nir.input "in" : !nir.signal<1x2x2>
  %c = nir.conv2d "c"(%in) {weight = dense<[[[[0.5]]], [[[-0.25]]]]> : tensor<2x1x1x1xf32>, bias = dense<0.0> : tensor<2xf32>, stride = array<i64: 1, 1>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64} : (!nir.signal<1x2x2>) -> !nir.signal<*>
  %s = nir.if "s"(%c) {r = dense<1.0> : tensor<2x2x2xf64>, v_threshold = dense<1.0> : tensor<2x2x2xf64>, v_reset = dense<[[[0.0, 0.0], [0.0, 0.0]], [[0.0, 0.0], [0.25, 0.0]]]> : tensor<2x2x2xf64>} : (!nir.signal<*>) -> !nir.signal<2x2x2>
  %o = nir.output "out"(%s) : (!nir.signal<2x2x2>) -> !nir.signal<*>
}

//--- r-varies.mlir
nir.graph "r_varies" {
  %in = nir.input "in" : !nir.signal<1x2x2>
  %c = nir.conv2d "c"(%in) {weight = dense<[[[[0.5]]], [[[-0.25]]]]> : tensor<2x1x1x1xf32>, bias = dense<0.0> : tensor<2xf32>, stride = array<i64: 1, 1>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64} : (!nir.signal<1x2x2>) -> !nir.signal<*>
  %s = nir.if "s"(%c) {r = dense<[[[1.0, 1.0], [1.0, 1.0]], [[2.0, 2.0], [2.0, 0.5]]]> : tensor<2x2x2xf64>, v_threshold = dense<1.0> : tensor<2x2x2xf64>, v_reset = dense<0.0> : tensor<2x2x2xf64>} : (!nir.signal<*>) -> !nir.signal<2x2x2>
  %o = nir.output "out"(%s) : (!nir.signal<2x2x2>) -> !nir.signal<*>
}

//--- r-per-channel.mlir
nir.graph "r_per_channel" {
  %in = nir.input "in" : !nir.signal<1x2x2>
  %c = nir.conv2d "c"(%in) {weight = dense<[[[[0.5]]], [[[-0.25]]]]> : tensor<2x1x1x1xf32>, bias = dense<0.0> : tensor<2xf32>, stride = array<i64: 1, 1>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64} : (!nir.signal<1x2x2>) -> !nir.signal<*>
  %s = nir.if "s"(%c) {r = dense<[[[1.0, 1.0], [1.0, 1.0]], [[2.0, 2.0], [2.0, 2.0]]]> : tensor<2x2x2xf64>, v_threshold = dense<1.0> : tensor<2x2x2xf64>, v_reset = dense<0.0> : tensor<2x2x2xf64>} : (!nir.signal<*>) -> !nir.signal<2x2x2>
  %o = nir.output "out"(%s) : (!nir.signal<2x2x2>) -> !nir.signal<*>
}

//--- threshold-binds.mlir
nir.graph "threshold_binds" {
  %in = nir.input "in" : !nir.signal<1x2x2>
  %c = nir.conv2d "c"(%in) {weight = dense<[[[[0.5]]], [[[-0.25]]]]> : tensor<2x1x1x1xf32>, bias = dense<0.0> : tensor<2xf32>, stride = array<i64: 1, 1>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64} : (!nir.signal<1x2x2>) -> !nir.signal<*>
  %s = nir.if "s"(%c) {r = dense<1.0> : tensor<2x2x2xf64>, v_threshold = dense<32767.0> : tensor<2x2x2xf64>, v_reset = dense<0.0> : tensor<2x2x2xf64>} : (!nir.signal<*>) -> !nir.signal<2x2x2>
  %o = nir.output "out"(%s) : (!nir.signal<2x2x2>) -> !nir.signal<*>
}
