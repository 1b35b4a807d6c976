// nirc compile on Xylo Audio 2, Audio 3 and IMU: every size limit of the
// three chips (lib/Dialect/Chip/Targets/Xylo.cpp, docs/chips.md
// section 1) exceeded by one, with the exact message, and networks exactly
// at the limits that map. Large layers are dense splats.
//
//                 hidden  output  fan-out  input/output expansion
//   Audio 2        1000      8      64       1000 / 1000 (all hidden)
//   Audio 3         992     32    1024        128 /  128
//   IMU             496     16     512        128 /  128
//
// Neurons: LIF, tau 16 ms (readouts 32 ms), threshold 1, weights 0.5 unless
// said otherwise. A weight of 0 makes no synapse, which keeps a neuron's
// fan-out under Audio 2's 64 where a test needs a wide layer behind it.

// RUN: rm -rf %t && split-file %s %t

//===----------------------------------------------------------------------===//
// Hidden neurons: one population of 1001 / 993 / 497 (chip-partition), and
// four populations summing to one more than the pool (chip-place)
//===----------------------------------------------------------------------===//

// in -> ien (1) -> big (H + 1) -> oen (1) -> readout (1).
// RUN: not nirc compile %t/hidden-one-a2.mlir --target xylo-audio2 2>&1 | FileCheck %s --check-prefix=HIDDEN-ONE-A2
// HIDDEN-ONE-A2: error: 'nir.lif' "big": 1001 neurons exceed Xylo Audio 2's limit of 1000 hidden neurons
// HIDDEN-ONE-A2: nirc compile: {{.*}}hidden-one-a2.mlir does not map onto Xylo Audio 2
// RUN: not nirc compile %t/hidden-one-a3.mlir --target xylo-audio3 2>&1 | FileCheck %s --check-prefix=HIDDEN-ONE-A3
// HIDDEN-ONE-A3: error: 'nir.lif' "big": 993 neurons exceed Xylo Audio 3's limit of 992 hidden neurons
// HIDDEN-ONE-A3: nirc compile: {{.*}}hidden-one-a3.mlir does not map onto Xylo Audio 3
// RUN: not nirc compile %t/hidden-one-imu.mlir --target xylo-imu 2>&1 | FileCheck %s --check-prefix=HIDDEN-ONE-IMU
// HIDDEN-ONE-IMU: error: 'nir.lif' "big": 497 neurons exceed Xylo IMU's limit of 496 hidden neurons
// HIDDEN-ONE-IMU: nirc compile: {{.*}}hidden-one-imu.mlir does not map onto Xylo IMU

// ien (1) + a + b + oen (1) = H + 1: the pool is full when oen, placed
// last, comes; one fewer neuron in b (H in all) fills the pool exactly,
// the input-expansion population at 0 and the output-expansion one at
// H - 1, although the graph lists them the other way round.
// RUN: not nirc compile %t/hidden-sum-a2.mlir --target xylo-audio2 2>&1 | FileCheck %s --check-prefix=HIDDEN-SUM-A2
// HIDDEN-SUM-A2: error: 'nir.lif' "oen": 1001 neurons exceed Xylo Audio 2's limit of 1000 hidden neurons
// RUN: nirc compile %t/hidden-full-a2.mlir --target xylo-audio2 -o %t/hidden-full-a2.json 2>&1 | FileCheck %s --check-prefix=HIDDEN-FULL-A2
// RUN: FileCheck %s --check-prefix=HIDDEN-FULL-A2-JSON < %t/hidden-full-a2.json
// HIDDEN-FULL-A2: Xylo Audio 2 (dt = 0.001 s): 2 of 2 cores used
// HIDDEN-FULL-A2-NEXT: hidden       1 of 1 cores, 1000 of 1000 neurons
// HIDDEN-FULL-A2-NEXT: output       1 of 1 cores, 1 of 8 neurons
// HIDDEN-FULL-A2-JSON: "name": "oen",
// HIDDEN-FULL-A2-JSON: "offset": 999,
// HIDDEN-FULL-A2-JSON: "name": "a",
// HIDDEN-FULL-A2-JSON: "offset": 1,
// HIDDEN-FULL-A2-JSON-NEXT: "neurons": [0,500]
// HIDDEN-FULL-A2-JSON: "name": "b",
// HIDDEN-FULL-A2-JSON: "offset": 501,
// HIDDEN-FULL-A2-JSON-NEXT: "neurons": [0,498]
// HIDDEN-FULL-A2-JSON: "name": "ien",
// HIDDEN-FULL-A2-JSON: "offset": 0,
// RUN: not nirc compile %t/hidden-sum-a3.mlir --target xylo-audio3 2>&1 | FileCheck %s --check-prefix=HIDDEN-SUM-A3
// HIDDEN-SUM-A3: error: 'nir.lif' "oen": 993 neurons exceed Xylo Audio 3's limit of 992 hidden neurons
// RUN: nirc compile %t/hidden-full-a3.mlir --target xylo-audio3 -o %t/hidden-full-a3.json 2>&1 | FileCheck %s --check-prefix=HIDDEN-FULL-A3
// RUN: FileCheck %s --check-prefix=HIDDEN-FULL-A3-JSON < %t/hidden-full-a3.json
// HIDDEN-FULL-A3: Xylo Audio 3 (dt = 0.001 s): 2 of 2 cores used
// HIDDEN-FULL-A3-NEXT: hidden       1 of 1 cores, 992 of 992 neurons
// HIDDEN-FULL-A3-NEXT: output       1 of 1 cores, 1 of 32 neurons
// HIDDEN-FULL-A3-JSON: "name": "oen",
// HIDDEN-FULL-A3-JSON: "offset": 991,
// HIDDEN-FULL-A3-JSON: "name": "a",
// HIDDEN-FULL-A3-JSON: "offset": 1,
// HIDDEN-FULL-A3-JSON-NEXT: "neurons": [0,496]
// HIDDEN-FULL-A3-JSON: "name": "b",
// HIDDEN-FULL-A3-JSON: "offset": 497,
// HIDDEN-FULL-A3-JSON-NEXT: "neurons": [0,494]
// HIDDEN-FULL-A3-JSON: "name": "ien",
// HIDDEN-FULL-A3-JSON: "offset": 0,
// RUN: not nirc compile %t/hidden-sum-imu.mlir --target xylo-imu 2>&1 | FileCheck %s --check-prefix=HIDDEN-SUM-IMU
// HIDDEN-SUM-IMU: error: 'nir.lif' "oen": 497 neurons exceed Xylo IMU's limit of 496 hidden neurons
// RUN: nirc compile %t/hidden-full-imu.mlir --target xylo-imu -o %t/hidden-full-imu.json 2>&1 | FileCheck %s --check-prefix=HIDDEN-FULL-IMU
// RUN: FileCheck %s --check-prefix=HIDDEN-FULL-IMU-JSON < %t/hidden-full-imu.json
// HIDDEN-FULL-IMU: Xylo IMU (dt = 0.001 s): 2 of 2 cores used
// HIDDEN-FULL-IMU-NEXT: hidden       1 of 1 cores, 496 of 496 neurons
// HIDDEN-FULL-IMU-NEXT: output       1 of 1 cores, 1 of 16 neurons
// HIDDEN-FULL-IMU-JSON: "name": "oen",
// HIDDEN-FULL-IMU-JSON: "offset": 495,
// HIDDEN-FULL-IMU-JSON: "name": "a",
// HIDDEN-FULL-IMU-JSON: "offset": 1,
// HIDDEN-FULL-IMU-JSON-NEXT: "neurons": [0,248]
// HIDDEN-FULL-IMU-JSON: "name": "b",
// HIDDEN-FULL-IMU-JSON: "offset": 249,
// HIDDEN-FULL-IMU-JSON-NEXT: "neurons": [0,246]
// HIDDEN-FULL-IMU-JSON: "name": "ien",
// HIDDEN-FULL-IMU-JSON: "offset": 0,

//===----------------------------------------------------------------------===//
// Output neurons: one readout of 9 / 33 / 17 (chip-partition), and two
// readouts summing to one more (chip-place)
//===----------------------------------------------------------------------===//

// RUN: not nirc compile %t/output-one-a2.mlir --target xylo-audio2 2>&1 | FileCheck %s --check-prefix=OUTPUT-ONE-A2
// OUTPUT-ONE-A2: error: 'nir.lif' "readout": 9 neurons exceed Xylo Audio 2's limit of 8 output neurons
// RUN: not nirc compile %t/output-one-a3.mlir --target xylo-audio3 2>&1 | FileCheck %s --check-prefix=OUTPUT-ONE-A3
// OUTPUT-ONE-A3: error: 'nir.lif' "readout": 33 neurons exceed Xylo Audio 3's limit of 32 output neurons
// RUN: not nirc compile %t/output-one-imu.mlir --target xylo-imu 2>&1 | FileCheck %s --check-prefix=OUTPUT-ONE-IMU
// OUTPUT-ONE-IMU: error: 'nir.lif' "readout": 17 neurons exceed Xylo IMU's limit of 16 output neurons
// RUN: not nirc compile %t/output-sum-a2.mlir --target xylo-audio2 2>&1 | FileCheck %s --check-prefix=OUTPUT-SUM-A2
// OUTPUT-SUM-A2: error: 'nir.lif' "r2": 9 neurons exceed Xylo Audio 2's limit of 8 output neurons
// RUN: not nirc compile %t/output-sum-a3.mlir --target xylo-audio3 2>&1 | FileCheck %s --check-prefix=OUTPUT-SUM-A3
// OUTPUT-SUM-A3: error: 'nir.lif' "r2": 33 neurons exceed Xylo Audio 3's limit of 32 output neurons
// RUN: not nirc compile %t/output-sum-imu.mlir --target xylo-imu 2>&1 | FileCheck %s --check-prefix=OUTPUT-SUM-IMU
// OUTPUT-SUM-IMU: error: 'nir.lif' "r2": 17 neurons exceed Xylo IMU's limit of 16 output neurons
// 4 + 4 fill Audio 2's 8 (the readouts of Audio 3 and IMU are full in the
// full-chip networks at the end).
// RUN: nirc compile %t/output-full-a2.mlir --target xylo-audio2 -o %t/output-full-a2.json 2>&1 | FileCheck %s --check-prefix=OUTPUT-FULL-A2
// RUN: FileCheck %s --check-prefix=OUTPUT-FULL-A2-JSON < %t/output-full-a2.json
// OUTPUT-FULL-A2: output       1 of 1 cores, 8 of 8 neurons
// OUTPUT-FULL-A2-JSON: "name": "r1",
// OUTPUT-FULL-A2-JSON: "core": 1,
// OUTPUT-FULL-A2-JSON-NEXT: "offset": 0,
// OUTPUT-FULL-A2-JSON: "name": "r2",
// OUTPUT-FULL-A2-JSON: "core": 1,
// OUTPUT-FULL-A2-JSON-NEXT: "offset": 4,

//===----------------------------------------------------------------------===//
// Fan-out: the synapses out of one hidden neuron, to hidden and output
// neurons alike
//===----------------------------------------------------------------------===//

// Audio 2: h (2) -> m (65), neuron 0 of h with one zero weight (64
// synapses), neuron 1 with 65. With m of 64, every neuron has 64: maps.
// RUN: not nirc compile %t/fanout-a2.mlir --target xylo-audio2 2>&1 | FileCheck %s --check-prefix=FANOUT-A2
// FANOUT-A2: error: 'nir.lif' "h": 65 synapses out of neuron 1 exceed Xylo Audio 2's limit of 64 synapses out of a hidden neuron
// RUN: nirc compile %t/fanout-full-a2.mlir --target xylo-audio2 2>&1 | FileCheck %s --check-prefix=FANOUT-FULL-A2
// FANOUT-FULL-A2: hidden       1 of 1 cores, 66 of 1000 neurons
// FANOUT-FULL-A2: w_m                  dense    h -> m                              128

// Audio 3 and IMU: h -> 993 hidden + 32 output = 1025, and 497 + 16 = 513.
// Their limits equal all the neurons of the chip (992 + 32, 496 + 16), so
// only a network that is too large anyway can exceed them; the fan-out
// check comes first (convert-nir-to-chip, before chip-partition).
// RUN: not nirc compile %t/fanout-a3.mlir --target xylo-audio3 2>&1 | FileCheck %s --check-prefix=FANOUT-A3
// FANOUT-A3: error: 'nir.lif' "h": 1025 synapses out of neuron 0 exceed Xylo Audio 3's limit of 1024 synapses out of a hidden neuron
// RUN: not nirc compile %t/fanout-imu.mlir --target xylo-imu 2>&1 | FileCheck %s --check-prefix=FANOUT-IMU
// FANOUT-IMU: error: 'nir.lif' "h": 513 synapses out of neuron 0 exceed Xylo IMU's limit of 512 synapses out of a hidden neuron

//===----------------------------------------------------------------------===//
// Input- and output-expansion neurons: the hidden neurons that input
// weights reach (Audio 3, IMU: the first 128) and that have output weights
// (the last 128); on Audio 2 every hidden neuron is both
//===----------------------------------------------------------------------===//

// RUN: not nirc compile %t/ien-one-a2.mlir --target xylo-audio2 2>&1 | FileCheck %s --check-prefix=IEN-ONE-A2
// IEN-ONE-A2: error: 'nir.lif' "ien": 1001 neurons receiving input exceed Xylo Audio 2's limit of 1000 hidden neurons reached by input weights
// RUN: not nirc compile %t/ien-one-a3.mlir --target xylo-audio3 2>&1 | FileCheck %s --check-prefix=IEN-ONE-A3
// IEN-ONE-A3: error: 'nir.lif' "ien": 129 neurons receiving input exceed Xylo Audio 3's limit of 128 hidden neurons reached by input weights
// RUN: not nirc compile %t/ien-one-imu.mlir --target xylo-imu 2>&1 | FileCheck %s --check-prefix=IEN-ONE-IMU
// IEN-ONE-IMU: error: 'nir.lif' "ien": 129 neurons receiving input exceed Xylo IMU's limit of 128 hidden neurons reached by input weights
// in -> a (64) and in -> b (65): 129 together.
// RUN: not nirc compile %t/ien-sum-a3.mlir --target xylo-audio3 2>&1 | FileCheck %s --check-prefix=IEN-SUM-A3
// IEN-SUM-A3: error: 'nir.lif' "b": 129 neurons receiving input exceed Xylo Audio 3's limit of 128 hidden neurons reached by input weights
// RUN: not nirc compile %t/ien-sum-imu.mlir --target xylo-imu 2>&1 | FileCheck %s --check-prefix=IEN-SUM-IMU
// IEN-SUM-IMU: error: 'nir.lif' "b": 129 neurons receiving input exceed Xylo IMU's limit of 128 hidden neurons reached by input weights
// RUN: not nirc compile %t/oen-one-a2.mlir --target xylo-audio2 2>&1 | FileCheck %s --check-prefix=OEN-ONE-A2
// OEN-ONE-A2: error: 'nir.lif' "oen": 1001 neurons feeding the output layer exceed Xylo Audio 2's limit of 1000 hidden neurons with output weights
// RUN: not nirc compile %t/oen-one-a3.mlir --target xylo-audio3 2>&1 | FileCheck %s --check-prefix=OEN-ONE-A3
// OEN-ONE-A3: error: 'nir.lif' "oen": 129 neurons feeding the output layer exceed Xylo Audio 3's limit of 128 hidden neurons with output weights
// RUN: not nirc compile %t/oen-one-imu.mlir --target xylo-imu 2>&1 | FileCheck %s --check-prefix=OEN-ONE-IMU
// OEN-ONE-IMU: error: 'nir.lif' "oen": 129 neurons feeding the output layer exceed Xylo IMU's limit of 128 hidden neurons with output weights
// a (64) -> readout and b (65) -> readout: 129 together.
// RUN: not nirc compile %t/oen-sum-a3.mlir --target xylo-audio3 2>&1 | FileCheck %s --check-prefix=OEN-SUM-A3
// OEN-SUM-A3: error: 'nir.lif' "b": 129 neurons feeding the output layer exceed Xylo Audio 3's limit of 128 hidden neurons with output weights
// RUN: not nirc compile %t/oen-sum-imu.mlir --target xylo-imu 2>&1 | FileCheck %s --check-prefix=OEN-SUM-IMU
// OEN-SUM-IMU: error: 'nir.lif' "b": 129 neurons feeding the output layer exceed Xylo IMU's limit of 128 hidden neurons with output weights

//===----------------------------------------------------------------------===//
// Every chip filled to its limits at once: 16 input channels, all hidden
// neurons, all output neurons, and (Audio 3, IMU) 128 input-expansion and
// 128 output-expansion neurons
//===----------------------------------------------------------------------===//

// Audio 2: in (16) -> h (1000) -> readout (8).
// Audio 3 / IMU: in (16) -> ien (128) -> mid (736 / 240) -> oen (128) ->
// readout (32 / 16), listed readout, oen, mid, ien: ien is placed at 0, mid
// at 128 and oen at 864 / 368, in the last 128 hidden neurons.
//
// All weights 0.5, so one integer each. Hidden pool: dash_mem =
// round(log2(16 ms / 1 ms)) = 4, gain 2^-4, effective weight 0.5 / 16 =
// 0.03125 -> scale 127 / 0.03125 = 4064, every weight 127; threshold 1
// -> 4064, shifted while it stays within 32767: 8128, 16256, 32512 ->
// weight_shift 3, threshold 32512. Output pool: dash 5, 0.5 / 32 =
// 0.015625 -> scale 8128, threshold 8128 -> 16256, 32512: shift 2,
// threshold 32512.
// RUN: nirc compile %t/full-a2.mlir --target xylo-audio2 -o %t/full-a2.json 2>&1 | FileCheck %s --check-prefix=FULL-A2
// RUN: FileCheck %s --check-prefix=FULL-A2-JSON < %t/full-a2.json
// FULL-A2: Xylo Audio 2 (dt = 0.001 s): 2 of 2 cores used
// FULL-A2-NEXT: hidden       1 of 1 cores, 1000 of 1000 neurons
// FULL-A2-NEXT: output       1 of 1 cores, 8 of 8 neurons
// FULL-A2-NEXT: synapses             kind     from -> to                     non-zero  worst error
// FULL-A2-NEXT: w_in                 dense    in -> h                           16000        0.00%
// FULL-A2-NEXT: w_out                dense    h -> readout                       8000        0.00%
// FULL-A2-JSON: "name": "h",
// FULL-A2-JSON: "threshold": [32512,32512,
// FULL-A2-JSON: "placement": [
// FULL-A2-JSON-NEXT: {
// FULL-A2-JSON-NEXT: "core": 0,
// FULL-A2-JSON-NEXT: "offset": 0,
// FULL-A2-JSON-NEXT: "neurons": [0,1000]
// FULL-A2-JSON: "name": "readout",
// FULL-A2-JSON: "threshold": [32512,32512,32512,32512,32512,32512,32512,32512]
// FULL-A2-JSON: "core": 1,
// FULL-A2-JSON-NEXT: "offset": 0,
// FULL-A2-JSON-NEXT: "neurons": [0,8]
// FULL-A2-JSON: "name": "w_in",
// FULL-A2-JSON: "weights": [127,127,127,
// FULL-A2-JSON: "weight_shift": 3
// FULL-A2-JSON: "name": "w_out",
// FULL-A2-JSON: "weights": [127,127,127,
// FULL-A2-JSON: "weight_shift": 2
// RUN: nirc compile %t/full-a3.mlir --target xylo-audio3 -o %t/full-a3.json 2>&1 | FileCheck %s --check-prefix=FULL-A3
// RUN: FileCheck %s --check-prefix=FULL-A3-JSON < %t/full-a3.json
// FULL-A3: Xylo Audio 3 (dt = 0.001 s): 2 of 2 cores used
// FULL-A3-NEXT: hidden       1 of 1 cores, 992 of 992 neurons
// FULL-A3-NEXT: output       1 of 1 cores, 32 of 32 neurons
// FULL-A3-NEXT: synapses             kind     from -> to                     non-zero  worst error
// FULL-A3-NEXT: w_out                dense    oen -> readout                    4096        0.00%
// FULL-A3-NEXT: w_mo                 dense    mid -> oen                       94208        0.00%
// FULL-A3-NEXT: w_im                 dense    ien -> mid                       94208        0.00%
// FULL-A3-NEXT: w_in                 dense    in -> ien                         2048        0.00%
// FULL-A3-JSON: "limits": {
// FULL-A3-JSON-NEXT: "input_channels": 16,
// FULL-A3-JSON-NEXT: "hidden_neurons": 992,
// FULL-A3-JSON-NEXT: "output_neurons": 32,
// FULL-A3-JSON-NEXT: "max_fanout": 1024,
// FULL-A3-JSON-NEXT: "input_expansion_neurons": 128,
// FULL-A3-JSON-NEXT: "output_expansion_neurons": 128,
// FULL-A3-JSON: "name": "readout",
// FULL-A3-JSON: "threshold": [32512,
// FULL-A3-JSON: "core": 1,
// FULL-A3-JSON-NEXT: "offset": 0,
// FULL-A3-JSON-NEXT: "neurons": [0,32]
// FULL-A3-JSON: "name": "oen",
// FULL-A3-JSON: "core": 0,
// FULL-A3-JSON-NEXT: "offset": 864,
// FULL-A3-JSON-NEXT: "neurons": [0,128]
// FULL-A3-JSON: "name": "mid",
// FULL-A3-JSON: "core": 0,
// FULL-A3-JSON-NEXT: "offset": 128,
// FULL-A3-JSON-NEXT: "neurons": [0,736]
// FULL-A3-JSON: "name": "ien",
// FULL-A3-JSON: "threshold": [32512,
// FULL-A3-JSON: "core": 0,
// FULL-A3-JSON-NEXT: "offset": 0,
// FULL-A3-JSON-NEXT: "neurons": [0,128]
// FULL-A3-JSON: "name": "w_out",
// FULL-A3-JSON: "weights": [127,127,127,
// FULL-A3-JSON: "weight_shift": 2
// FULL-A3-JSON: "name": "w_in",
// FULL-A3-JSON: "weights": [127,127,127,
// FULL-A3-JSON: "matrix": "input",
// FULL-A3-JSON: "weight_shift": 3
// FULL-A3-JSON: "routes": [
// FULL-A3-JSON-NEXT: {
// FULL-A3-JSON-NEXT: "source": 0,
// FULL-A3-JSON-NEXT: "destination": 1,
// RUN: nirc compile %t/full-imu.mlir --target xylo-imu -o %t/full-imu.json 2>&1 | FileCheck %s --check-prefix=FULL-IMU
// RUN: FileCheck %s --check-prefix=FULL-IMU-JSON < %t/full-imu.json
// FULL-IMU: Xylo IMU (dt = 0.001 s): 2 of 2 cores used
// FULL-IMU-NEXT: hidden       1 of 1 cores, 496 of 496 neurons
// FULL-IMU-NEXT: output       1 of 1 cores, 16 of 16 neurons
// FULL-IMU-NEXT: synapses             kind     from -> to                     non-zero  worst error
// FULL-IMU-NEXT: w_out                dense    oen -> readout                    2048        0.00%
// FULL-IMU-NEXT: w_mo                 dense    mid -> oen                       30720        0.00%
// FULL-IMU-NEXT: w_im                 dense    ien -> mid                       30720        0.00%
// FULL-IMU-NEXT: w_in                 dense    in -> ien                         2048        0.00%
// FULL-IMU-JSON: "limits": {
// FULL-IMU-JSON-NEXT: "input_channels": 16,
// FULL-IMU-JSON-NEXT: "hidden_neurons": 496,
// FULL-IMU-JSON-NEXT: "output_neurons": 16,
// FULL-IMU-JSON-NEXT: "max_fanout": 512,
// FULL-IMU-JSON-NEXT: "input_expansion_neurons": 128,
// FULL-IMU-JSON-NEXT: "output_expansion_neurons": 128,
// FULL-IMU-JSON: "name": "readout",
// FULL-IMU-JSON: "threshold": [32512,
// FULL-IMU-JSON: "core": 1,
// FULL-IMU-JSON-NEXT: "offset": 0,
// FULL-IMU-JSON-NEXT: "neurons": [0,16]
// FULL-IMU-JSON: "name": "oen",
// FULL-IMU-JSON: "core": 0,
// FULL-IMU-JSON-NEXT: "offset": 368,
// FULL-IMU-JSON-NEXT: "neurons": [0,128]
// FULL-IMU-JSON: "name": "mid",
// FULL-IMU-JSON: "core": 0,
// FULL-IMU-JSON-NEXT: "offset": 128,
// FULL-IMU-JSON-NEXT: "neurons": [0,240]
// FULL-IMU-JSON: "name": "ien",
// FULL-IMU-JSON: "threshold": [32512,
// FULL-IMU-JSON: "core": 0,
// FULL-IMU-JSON-NEXT: "offset": 0,
// FULL-IMU-JSON-NEXT: "neurons": [0,128]
// FULL-IMU-JSON: "name": "w_out",
// FULL-IMU-JSON: "weights": [127,127,127,
// FULL-IMU-JSON: "weight_shift": 2
// FULL-IMU-JSON: "name": "w_in",
// FULL-IMU-JSON: "weights": [127,127,127,
// FULL-IMU-JSON: "matrix": "input",
// FULL-IMU-JSON: "weight_shift": 3
// FULL-IMU-JSON: "routes": [
// FULL-IMU-JSON-NEXT: {
// FULL-IMU-JSON-NEXT: "source": 0,
// FULL-IMU-JSON-NEXT: "destination": 1,

//===----------------------------------------------------------------------===//
// The networks
//===----------------------------------------------------------------------===//

//--- hidden-one-a2.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %ien = nir.lif "ien"(%wi) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %wa = nir.linear "w_a"(%ien) {weight = dense<0.0> : tensor<1001x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1001>
  %big = nir.lif "big"(%wa) {tau = dense<0.016> : tensor<1001xf64>, r = dense<1.0> : tensor<1001xf64>,
      v_leak = dense<0.0> : tensor<1001xf64>, v_threshold = dense<1.0> : tensor<1001xf64>,
      v_reset = dense<0.0> : tensor<1001xf64>}
      : (!nir.signal<1001>) -> !nir.signal<1001>
  %wb = nir.linear "w_b"(%big) {weight = dense<0.5> : tensor<1x1001xf32>}
      : (!nir.signal<1001>) -> !nir.signal<1>
  %oen = nir.lif "oen"(%wb) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %wo = nir.linear "w_out"(%oen) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- hidden-one-a3.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %ien = nir.lif "ien"(%wi) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %wa = nir.linear "w_a"(%ien) {weight = dense<0.0> : tensor<993x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<993>
  %big = nir.lif "big"(%wa) {tau = dense<0.016> : tensor<993xf64>, r = dense<1.0> : tensor<993xf64>,
      v_leak = dense<0.0> : tensor<993xf64>, v_threshold = dense<1.0> : tensor<993xf64>,
      v_reset = dense<0.0> : tensor<993xf64>}
      : (!nir.signal<993>) -> !nir.signal<993>
  %wb = nir.linear "w_b"(%big) {weight = dense<0.5> : tensor<1x993xf32>}
      : (!nir.signal<993>) -> !nir.signal<1>
  %oen = nir.lif "oen"(%wb) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %wo = nir.linear "w_out"(%oen) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- hidden-one-imu.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %ien = nir.lif "ien"(%wi) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %wa = nir.linear "w_a"(%ien) {weight = dense<0.0> : tensor<497x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<497>
  %big = nir.lif "big"(%wa) {tau = dense<0.016> : tensor<497xf64>, r = dense<1.0> : tensor<497xf64>,
      v_leak = dense<0.0> : tensor<497xf64>, v_threshold = dense<1.0> : tensor<497xf64>,
      v_reset = dense<0.0> : tensor<497xf64>}
      : (!nir.signal<497>) -> !nir.signal<497>
  %wb = nir.linear "w_b"(%big) {weight = dense<0.5> : tensor<1x497xf32>}
      : (!nir.signal<497>) -> !nir.signal<1>
  %oen = nir.lif "oen"(%wb) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %wo = nir.linear "w_out"(%oen) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- hidden-sum-a2.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wo = nir.linear "w_out"(%oen) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %wao = nir.linear "w_ao"(%a) {weight = dense<0.5> : tensor<1x500xf32>}
      : (!nir.signal<500>) -> !nir.signal<1>
  %wbo = nir.linear "w_bo"(%b) {weight = dense<0.5> : tensor<1x499xf32>}
      : (!nir.signal<499>) -> !nir.signal<1>
  %oen = nir.lif "oen"(%wao, %wbo) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>, !nir.signal<1>) -> !nir.signal<1>
  %wa = nir.linear "w_a"(%ien) {weight = dense<0.0> : tensor<500x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<500>
  %a = nir.lif "a"(%wa) {tau = dense<0.016> : tensor<500xf64>, r = dense<1.0> : tensor<500xf64>,
      v_leak = dense<0.0> : tensor<500xf64>, v_threshold = dense<1.0> : tensor<500xf64>,
      v_reset = dense<0.0> : tensor<500xf64>}
      : (!nir.signal<500>) -> !nir.signal<500>
  %wb = nir.linear "w_b"(%ien) {weight = dense<0.0> : tensor<499x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<499>
  %b = nir.lif "b"(%wb) {tau = dense<0.016> : tensor<499xf64>, r = dense<1.0> : tensor<499xf64>,
      v_leak = dense<0.0> : tensor<499xf64>, v_threshold = dense<1.0> : tensor<499xf64>,
      v_reset = dense<0.0> : tensor<499xf64>}
      : (!nir.signal<499>) -> !nir.signal<499>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %ien = nir.lif "ien"(%wi) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- hidden-full-a2.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wo = nir.linear "w_out"(%oen) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %wao = nir.linear "w_ao"(%a) {weight = dense<0.5> : tensor<1x500xf32>}
      : (!nir.signal<500>) -> !nir.signal<1>
  %wbo = nir.linear "w_bo"(%b) {weight = dense<0.5> : tensor<1x498xf32>}
      : (!nir.signal<498>) -> !nir.signal<1>
  %oen = nir.lif "oen"(%wao, %wbo) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>, !nir.signal<1>) -> !nir.signal<1>
  %wa = nir.linear "w_a"(%ien) {weight = dense<0.0> : tensor<500x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<500>
  %a = nir.lif "a"(%wa) {tau = dense<0.016> : tensor<500xf64>, r = dense<1.0> : tensor<500xf64>,
      v_leak = dense<0.0> : tensor<500xf64>, v_threshold = dense<1.0> : tensor<500xf64>,
      v_reset = dense<0.0> : tensor<500xf64>}
      : (!nir.signal<500>) -> !nir.signal<500>
  %wb = nir.linear "w_b"(%ien) {weight = dense<0.0> : tensor<498x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<498>
  %b = nir.lif "b"(%wb) {tau = dense<0.016> : tensor<498xf64>, r = dense<1.0> : tensor<498xf64>,
      v_leak = dense<0.0> : tensor<498xf64>, v_threshold = dense<1.0> : tensor<498xf64>,
      v_reset = dense<0.0> : tensor<498xf64>}
      : (!nir.signal<498>) -> !nir.signal<498>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %ien = nir.lif "ien"(%wi) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- hidden-sum-a3.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wo = nir.linear "w_out"(%oen) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %wao = nir.linear "w_ao"(%a) {weight = dense<0.5> : tensor<1x496xf32>}
      : (!nir.signal<496>) -> !nir.signal<1>
  %wbo = nir.linear "w_bo"(%b) {weight = dense<0.5> : tensor<1x495xf32>}
      : (!nir.signal<495>) -> !nir.signal<1>
  %oen = nir.lif "oen"(%wao, %wbo) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>, !nir.signal<1>) -> !nir.signal<1>
  %wa = nir.linear "w_a"(%ien) {weight = dense<0.0> : tensor<496x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<496>
  %a = nir.lif "a"(%wa) {tau = dense<0.016> : tensor<496xf64>, r = dense<1.0> : tensor<496xf64>,
      v_leak = dense<0.0> : tensor<496xf64>, v_threshold = dense<1.0> : tensor<496xf64>,
      v_reset = dense<0.0> : tensor<496xf64>}
      : (!nir.signal<496>) -> !nir.signal<496>
  %wb = nir.linear "w_b"(%ien) {weight = dense<0.0> : tensor<495x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<495>
  %b = nir.lif "b"(%wb) {tau = dense<0.016> : tensor<495xf64>, r = dense<1.0> : tensor<495xf64>,
      v_leak = dense<0.0> : tensor<495xf64>, v_threshold = dense<1.0> : tensor<495xf64>,
      v_reset = dense<0.0> : tensor<495xf64>}
      : (!nir.signal<495>) -> !nir.signal<495>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %ien = nir.lif "ien"(%wi) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- hidden-full-a3.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wo = nir.linear "w_out"(%oen) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %wao = nir.linear "w_ao"(%a) {weight = dense<0.5> : tensor<1x496xf32>}
      : (!nir.signal<496>) -> !nir.signal<1>
  %wbo = nir.linear "w_bo"(%b) {weight = dense<0.5> : tensor<1x494xf32>}
      : (!nir.signal<494>) -> !nir.signal<1>
  %oen = nir.lif "oen"(%wao, %wbo) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>, !nir.signal<1>) -> !nir.signal<1>
  %wa = nir.linear "w_a"(%ien) {weight = dense<0.0> : tensor<496x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<496>
  %a = nir.lif "a"(%wa) {tau = dense<0.016> : tensor<496xf64>, r = dense<1.0> : tensor<496xf64>,
      v_leak = dense<0.0> : tensor<496xf64>, v_threshold = dense<1.0> : tensor<496xf64>,
      v_reset = dense<0.0> : tensor<496xf64>}
      : (!nir.signal<496>) -> !nir.signal<496>
  %wb = nir.linear "w_b"(%ien) {weight = dense<0.0> : tensor<494x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<494>
  %b = nir.lif "b"(%wb) {tau = dense<0.016> : tensor<494xf64>, r = dense<1.0> : tensor<494xf64>,
      v_leak = dense<0.0> : tensor<494xf64>, v_threshold = dense<1.0> : tensor<494xf64>,
      v_reset = dense<0.0> : tensor<494xf64>}
      : (!nir.signal<494>) -> !nir.signal<494>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %ien = nir.lif "ien"(%wi) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- hidden-sum-imu.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wo = nir.linear "w_out"(%oen) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %wao = nir.linear "w_ao"(%a) {weight = dense<0.5> : tensor<1x248xf32>}
      : (!nir.signal<248>) -> !nir.signal<1>
  %wbo = nir.linear "w_bo"(%b) {weight = dense<0.5> : tensor<1x247xf32>}
      : (!nir.signal<247>) -> !nir.signal<1>
  %oen = nir.lif "oen"(%wao, %wbo) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>, !nir.signal<1>) -> !nir.signal<1>
  %wa = nir.linear "w_a"(%ien) {weight = dense<0.0> : tensor<248x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<248>
  %a = nir.lif "a"(%wa) {tau = dense<0.016> : tensor<248xf64>, r = dense<1.0> : tensor<248xf64>,
      v_leak = dense<0.0> : tensor<248xf64>, v_threshold = dense<1.0> : tensor<248xf64>,
      v_reset = dense<0.0> : tensor<248xf64>}
      : (!nir.signal<248>) -> !nir.signal<248>
  %wb = nir.linear "w_b"(%ien) {weight = dense<0.0> : tensor<247x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<247>
  %b = nir.lif "b"(%wb) {tau = dense<0.016> : tensor<247xf64>, r = dense<1.0> : tensor<247xf64>,
      v_leak = dense<0.0> : tensor<247xf64>, v_threshold = dense<1.0> : tensor<247xf64>,
      v_reset = dense<0.0> : tensor<247xf64>}
      : (!nir.signal<247>) -> !nir.signal<247>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %ien = nir.lif "ien"(%wi) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- hidden-full-imu.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wo = nir.linear "w_out"(%oen) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %wao = nir.linear "w_ao"(%a) {weight = dense<0.5> : tensor<1x248xf32>}
      : (!nir.signal<248>) -> !nir.signal<1>
  %wbo = nir.linear "w_bo"(%b) {weight = dense<0.5> : tensor<1x246xf32>}
      : (!nir.signal<246>) -> !nir.signal<1>
  %oen = nir.lif "oen"(%wao, %wbo) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>, !nir.signal<1>) -> !nir.signal<1>
  %wa = nir.linear "w_a"(%ien) {weight = dense<0.0> : tensor<248x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<248>
  %a = nir.lif "a"(%wa) {tau = dense<0.016> : tensor<248xf64>, r = dense<1.0> : tensor<248xf64>,
      v_leak = dense<0.0> : tensor<248xf64>, v_threshold = dense<1.0> : tensor<248xf64>,
      v_reset = dense<0.0> : tensor<248xf64>}
      : (!nir.signal<248>) -> !nir.signal<248>
  %wb = nir.linear "w_b"(%ien) {weight = dense<0.0> : tensor<246x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<246>
  %b = nir.lif "b"(%wb) {tau = dense<0.016> : tensor<246xf64>, r = dense<1.0> : tensor<246xf64>,
      v_leak = dense<0.0> : tensor<246xf64>, v_threshold = dense<1.0> : tensor<246xf64>,
      v_reset = dense<0.0> : tensor<246xf64>}
      : (!nir.signal<246>) -> !nir.signal<246>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %ien = nir.lif "ien"(%wi) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- output-one-a2.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %h = nir.lif "h"(%wi) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %wo = nir.linear "w_out"(%h) {weight = dense<0.5> : tensor<9x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<9>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<9xf64>, r = dense<1.0> : tensor<9xf64>,
      v_leak = dense<0.0> : tensor<9xf64>, v_threshold = dense<1.0> : tensor<9xf64>,
      v_reset = dense<0.0> : tensor<9xf64>}
      : (!nir.signal<9>) -> !nir.signal<9>
  %y = nir.output "out"(%ro) : (!nir.signal<9>) -> !nir.signal<9>
}

//--- output-one-a3.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %h = nir.lif "h"(%wi) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %wo = nir.linear "w_out"(%h) {weight = dense<0.5> : tensor<33x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<33>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<33xf64>, r = dense<1.0> : tensor<33xf64>,
      v_leak = dense<0.0> : tensor<33xf64>, v_threshold = dense<1.0> : tensor<33xf64>,
      v_reset = dense<0.0> : tensor<33xf64>}
      : (!nir.signal<33>) -> !nir.signal<33>
  %y = nir.output "out"(%ro) : (!nir.signal<33>) -> !nir.signal<33>
}

//--- output-one-imu.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %h = nir.lif "h"(%wi) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %wo = nir.linear "w_out"(%h) {weight = dense<0.5> : tensor<17x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<17>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<17xf64>, r = dense<1.0> : tensor<17xf64>,
      v_leak = dense<0.0> : tensor<17xf64>, v_threshold = dense<1.0> : tensor<17xf64>,
      v_reset = dense<0.0> : tensor<17xf64>}
      : (!nir.signal<17>) -> !nir.signal<17>
  %y = nir.output "out"(%ro) : (!nir.signal<17>) -> !nir.signal<17>
}

//--- output-sum-a2.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %h = nir.lif "h"(%wi) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %w1 = nir.linear "w_1"(%h) {weight = dense<0.5> : tensor<4x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<4>
  %r1 = nir.lif "r1"(%w1) {tau = dense<0.032> : tensor<4xf64>, r = dense<1.0> : tensor<4xf64>,
      v_leak = dense<0.0> : tensor<4xf64>, v_threshold = dense<1.0> : tensor<4xf64>,
      v_reset = dense<0.0> : tensor<4xf64>}
      : (!nir.signal<4>) -> !nir.signal<4>
  %w2 = nir.linear "w_2"(%h) {weight = dense<0.5> : tensor<5x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<5>
  %r2 = nir.lif "r2"(%w2) {tau = dense<0.032> : tensor<5xf64>, r = dense<1.0> : tensor<5xf64>,
      v_leak = dense<0.0> : tensor<5xf64>, v_threshold = dense<1.0> : tensor<5xf64>,
      v_reset = dense<0.0> : tensor<5xf64>}
      : (!nir.signal<5>) -> !nir.signal<5>
  %y1 = nir.output "out1"(%r1) : (!nir.signal<4>) -> !nir.signal<4>
  %y2 = nir.output "out2"(%r2) : (!nir.signal<5>) -> !nir.signal<5>
}

//--- output-sum-a3.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %h = nir.lif "h"(%wi) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %w1 = nir.linear "w_1"(%h) {weight = dense<0.5> : tensor<16x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<16>
  %r1 = nir.lif "r1"(%w1) {tau = dense<0.032> : tensor<16xf64>, r = dense<1.0> : tensor<16xf64>,
      v_leak = dense<0.0> : tensor<16xf64>, v_threshold = dense<1.0> : tensor<16xf64>,
      v_reset = dense<0.0> : tensor<16xf64>}
      : (!nir.signal<16>) -> !nir.signal<16>
  %w2 = nir.linear "w_2"(%h) {weight = dense<0.5> : tensor<17x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<17>
  %r2 = nir.lif "r2"(%w2) {tau = dense<0.032> : tensor<17xf64>, r = dense<1.0> : tensor<17xf64>,
      v_leak = dense<0.0> : tensor<17xf64>, v_threshold = dense<1.0> : tensor<17xf64>,
      v_reset = dense<0.0> : tensor<17xf64>}
      : (!nir.signal<17>) -> !nir.signal<17>
  %y1 = nir.output "out1"(%r1) : (!nir.signal<16>) -> !nir.signal<16>
  %y2 = nir.output "out2"(%r2) : (!nir.signal<17>) -> !nir.signal<17>
}

//--- output-sum-imu.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %h = nir.lif "h"(%wi) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %w1 = nir.linear "w_1"(%h) {weight = dense<0.5> : tensor<8x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<8>
  %r1 = nir.lif "r1"(%w1) {tau = dense<0.032> : tensor<8xf64>, r = dense<1.0> : tensor<8xf64>,
      v_leak = dense<0.0> : tensor<8xf64>, v_threshold = dense<1.0> : tensor<8xf64>,
      v_reset = dense<0.0> : tensor<8xf64>}
      : (!nir.signal<8>) -> !nir.signal<8>
  %w2 = nir.linear "w_2"(%h) {weight = dense<0.5> : tensor<9x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<9>
  %r2 = nir.lif "r2"(%w2) {tau = dense<0.032> : tensor<9xf64>, r = dense<1.0> : tensor<9xf64>,
      v_leak = dense<0.0> : tensor<9xf64>, v_threshold = dense<1.0> : tensor<9xf64>,
      v_reset = dense<0.0> : tensor<9xf64>}
      : (!nir.signal<9>) -> !nir.signal<9>
  %y1 = nir.output "out1"(%r1) : (!nir.signal<8>) -> !nir.signal<8>
  %y2 = nir.output "out2"(%r2) : (!nir.signal<9>) -> !nir.signal<9>
}

//--- output-full-a2.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %h = nir.lif "h"(%wi) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %w1 = nir.linear "w_1"(%h) {weight = dense<0.5> : tensor<4x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<4>
  %r1 = nir.lif "r1"(%w1) {tau = dense<0.032> : tensor<4xf64>, r = dense<1.0> : tensor<4xf64>,
      v_leak = dense<0.0> : tensor<4xf64>, v_threshold = dense<1.0> : tensor<4xf64>,
      v_reset = dense<0.0> : tensor<4xf64>}
      : (!nir.signal<4>) -> !nir.signal<4>
  %w2 = nir.linear "w_2"(%h) {weight = dense<0.5> : tensor<4x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<4>
  %r2 = nir.lif "r2"(%w2) {tau = dense<0.032> : tensor<4xf64>, r = dense<1.0> : tensor<4xf64>,
      v_leak = dense<0.0> : tensor<4xf64>, v_threshold = dense<1.0> : tensor<4xf64>,
      v_reset = dense<0.0> : tensor<4xf64>}
      : (!nir.signal<4>) -> !nir.signal<4>
  %y1 = nir.output "out1"(%r1) : (!nir.signal<4>) -> !nir.signal<4>
  %y2 = nir.output "out2"(%r2) : (!nir.signal<4>) -> !nir.signal<4>
}

//--- fanout-a2.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<2x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<2>
  %h = nir.lif "h"(%wi) {tau = dense<0.016> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %wm = nir.linear "w_m"(%h) {weight = dense<[[0.0, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5],
        [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5],
        [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5],
        [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5],
        [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5],
        [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5],
        [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5],
        [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5],
        [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5],
        [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5],
        [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5]]> : tensor<65x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<65>
  %m = nir.lif "m"(%wm) {tau = dense<0.016> : tensor<65xf64>, r = dense<1.0> : tensor<65xf64>,
      v_leak = dense<0.0> : tensor<65xf64>, v_threshold = dense<1.0> : tensor<65xf64>,
      v_reset = dense<0.0> : tensor<65xf64>}
      : (!nir.signal<65>) -> !nir.signal<65>
  %wo = nir.linear "w_out"(%m) {weight = dense<0.5> : tensor<1x65xf32>}
      : (!nir.signal<65>) -> !nir.signal<1>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- fanout-full-a2.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<2x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<2>
  %h = nir.lif "h"(%wi) {tau = dense<0.016> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %wm = nir.linear "w_m"(%h) {weight = dense<0.5> : tensor<64x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<64>
  %m = nir.lif "m"(%wm) {tau = dense<0.016> : tensor<64xf64>, r = dense<1.0> : tensor<64xf64>,
      v_leak = dense<0.0> : tensor<64xf64>, v_threshold = dense<1.0> : tensor<64xf64>,
      v_reset = dense<0.0> : tensor<64xf64>}
      : (!nir.signal<64>) -> !nir.signal<64>
  %wo = nir.linear "w_out"(%m) {weight = dense<0.5> : tensor<1x64xf32>}
      : (!nir.signal<64>) -> !nir.signal<1>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- fanout-a3.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %h = nir.lif "h"(%wi) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %wm = nir.linear "w_m"(%h) {weight = dense<0.5> : tensor<993x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<993>
  %m = nir.lif "m"(%wm) {tau = dense<0.016> : tensor<993xf64>, r = dense<1.0> : tensor<993xf64>,
      v_leak = dense<0.0> : tensor<993xf64>, v_threshold = dense<1.0> : tensor<993xf64>,
      v_reset = dense<0.0> : tensor<993xf64>}
      : (!nir.signal<993>) -> !nir.signal<993>
  %wo = nir.linear "w_out"(%h) {weight = dense<0.5> : tensor<32x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<32>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<32xf64>, r = dense<1.0> : tensor<32xf64>,
      v_leak = dense<0.0> : tensor<32xf64>, v_threshold = dense<1.0> : tensor<32xf64>,
      v_reset = dense<0.0> : tensor<32xf64>}
      : (!nir.signal<32>) -> !nir.signal<32>
  %y = nir.output "out"(%ro) : (!nir.signal<32>) -> !nir.signal<32>
}

//--- fanout-imu.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %h = nir.lif "h"(%wi) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %wm = nir.linear "w_m"(%h) {weight = dense<0.5> : tensor<497x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<497>
  %m = nir.lif "m"(%wm) {tau = dense<0.016> : tensor<497xf64>, r = dense<1.0> : tensor<497xf64>,
      v_leak = dense<0.0> : tensor<497xf64>, v_threshold = dense<1.0> : tensor<497xf64>,
      v_reset = dense<0.0> : tensor<497xf64>}
      : (!nir.signal<497>) -> !nir.signal<497>
  %wo = nir.linear "w_out"(%h) {weight = dense<0.5> : tensor<16x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<16>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<16xf64>, r = dense<1.0> : tensor<16xf64>,
      v_leak = dense<0.0> : tensor<16xf64>, v_threshold = dense<1.0> : tensor<16xf64>,
      v_reset = dense<0.0> : tensor<16xf64>}
      : (!nir.signal<16>) -> !nir.signal<16>
  %y = nir.output "out"(%ro) : (!nir.signal<16>) -> !nir.signal<16>
}

//--- ien-one-a2.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<1001x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1001>
  %ien = nir.lif "ien"(%wi) {tau = dense<0.016> : tensor<1001xf64>, r = dense<1.0> : tensor<1001xf64>,
      v_leak = dense<0.0> : tensor<1001xf64>, v_threshold = dense<1.0> : tensor<1001xf64>,
      v_reset = dense<0.0> : tensor<1001xf64>}
      : (!nir.signal<1001>) -> !nir.signal<1001>
  %wb = nir.linear "w_b"(%ien) {weight = dense<0.5> : tensor<1x1001xf32>}
      : (!nir.signal<1001>) -> !nir.signal<1>
  %oen = nir.lif "oen"(%wb) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %wo = nir.linear "w_out"(%oen) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- ien-one-a3.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<129x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<129>
  %ien = nir.lif "ien"(%wi) {tau = dense<0.016> : tensor<129xf64>, r = dense<1.0> : tensor<129xf64>,
      v_leak = dense<0.0> : tensor<129xf64>, v_threshold = dense<1.0> : tensor<129xf64>,
      v_reset = dense<0.0> : tensor<129xf64>}
      : (!nir.signal<129>) -> !nir.signal<129>
  %wb = nir.linear "w_b"(%ien) {weight = dense<0.5> : tensor<1x129xf32>}
      : (!nir.signal<129>) -> !nir.signal<1>
  %oen = nir.lif "oen"(%wb) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %wo = nir.linear "w_out"(%oen) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- ien-one-imu.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<129x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<129>
  %ien = nir.lif "ien"(%wi) {tau = dense<0.016> : tensor<129xf64>, r = dense<1.0> : tensor<129xf64>,
      v_leak = dense<0.0> : tensor<129xf64>, v_threshold = dense<1.0> : tensor<129xf64>,
      v_reset = dense<0.0> : tensor<129xf64>}
      : (!nir.signal<129>) -> !nir.signal<129>
  %wb = nir.linear "w_b"(%ien) {weight = dense<0.5> : tensor<1x129xf32>}
      : (!nir.signal<129>) -> !nir.signal<1>
  %oen = nir.lif "oen"(%wb) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %wo = nir.linear "w_out"(%oen) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- ien-sum-a3.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wa = nir.linear "w_a"(%x) {weight = dense<0.5> : tensor<64x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<64>
  %a = nir.lif "a"(%wa) {tau = dense<0.016> : tensor<64xf64>, r = dense<1.0> : tensor<64xf64>,
      v_leak = dense<0.0> : tensor<64xf64>, v_threshold = dense<1.0> : tensor<64xf64>,
      v_reset = dense<0.0> : tensor<64xf64>}
      : (!nir.signal<64>) -> !nir.signal<64>
  %wb = nir.linear "w_b"(%x) {weight = dense<0.5> : tensor<65x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<65>
  %b = nir.lif "b"(%wb) {tau = dense<0.016> : tensor<65xf64>, r = dense<1.0> : tensor<65xf64>,
      v_leak = dense<0.0> : tensor<65xf64>, v_threshold = dense<1.0> : tensor<65xf64>,
      v_reset = dense<0.0> : tensor<65xf64>}
      : (!nir.signal<65>) -> !nir.signal<65>
  %wao = nir.linear "w_ao"(%a) {weight = dense<0.5> : tensor<1x64xf32>}
      : (!nir.signal<64>) -> !nir.signal<1>
  %wbo = nir.linear "w_bo"(%b) {weight = dense<0.5> : tensor<1x65xf32>}
      : (!nir.signal<65>) -> !nir.signal<1>
  %oen = nir.lif "oen"(%wao, %wbo) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>, !nir.signal<1>) -> !nir.signal<1>
  %wo = nir.linear "w_out"(%oen) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- ien-sum-imu.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wa = nir.linear "w_a"(%x) {weight = dense<0.5> : tensor<64x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<64>
  %a = nir.lif "a"(%wa) {tau = dense<0.016> : tensor<64xf64>, r = dense<1.0> : tensor<64xf64>,
      v_leak = dense<0.0> : tensor<64xf64>, v_threshold = dense<1.0> : tensor<64xf64>,
      v_reset = dense<0.0> : tensor<64xf64>}
      : (!nir.signal<64>) -> !nir.signal<64>
  %wb = nir.linear "w_b"(%x) {weight = dense<0.5> : tensor<65x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<65>
  %b = nir.lif "b"(%wb) {tau = dense<0.016> : tensor<65xf64>, r = dense<1.0> : tensor<65xf64>,
      v_leak = dense<0.0> : tensor<65xf64>, v_threshold = dense<1.0> : tensor<65xf64>,
      v_reset = dense<0.0> : tensor<65xf64>}
      : (!nir.signal<65>) -> !nir.signal<65>
  %wao = nir.linear "w_ao"(%a) {weight = dense<0.5> : tensor<1x64xf32>}
      : (!nir.signal<64>) -> !nir.signal<1>
  %wbo = nir.linear "w_bo"(%b) {weight = dense<0.5> : tensor<1x65xf32>}
      : (!nir.signal<65>) -> !nir.signal<1>
  %oen = nir.lif "oen"(%wao, %wbo) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>, !nir.signal<1>) -> !nir.signal<1>
  %wo = nir.linear "w_out"(%oen) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- oen-one-a2.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %ien = nir.lif "ien"(%wi) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %wb = nir.linear "w_b"(%ien) {weight = dense<0.0> : tensor<1001x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1001>
  %oen = nir.lif "oen"(%wb) {tau = dense<0.016> : tensor<1001xf64>, r = dense<1.0> : tensor<1001xf64>,
      v_leak = dense<0.0> : tensor<1001xf64>, v_threshold = dense<1.0> : tensor<1001xf64>,
      v_reset = dense<0.0> : tensor<1001xf64>}
      : (!nir.signal<1001>) -> !nir.signal<1001>
  %wo = nir.linear "w_out"(%oen) {weight = dense<0.5> : tensor<1x1001xf32>}
      : (!nir.signal<1001>) -> !nir.signal<1>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- oen-one-a3.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %ien = nir.lif "ien"(%wi) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %wb = nir.linear "w_b"(%ien) {weight = dense<0.5> : tensor<129x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<129>
  %oen = nir.lif "oen"(%wb) {tau = dense<0.016> : tensor<129xf64>, r = dense<1.0> : tensor<129xf64>,
      v_leak = dense<0.0> : tensor<129xf64>, v_threshold = dense<1.0> : tensor<129xf64>,
      v_reset = dense<0.0> : tensor<129xf64>}
      : (!nir.signal<129>) -> !nir.signal<129>
  %wo = nir.linear "w_out"(%oen) {weight = dense<0.5> : tensor<1x129xf32>}
      : (!nir.signal<129>) -> !nir.signal<1>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- oen-one-imu.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %ien = nir.lif "ien"(%wi) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %wb = nir.linear "w_b"(%ien) {weight = dense<0.5> : tensor<129x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<129>
  %oen = nir.lif "oen"(%wb) {tau = dense<0.016> : tensor<129xf64>, r = dense<1.0> : tensor<129xf64>,
      v_leak = dense<0.0> : tensor<129xf64>, v_threshold = dense<1.0> : tensor<129xf64>,
      v_reset = dense<0.0> : tensor<129xf64>}
      : (!nir.signal<129>) -> !nir.signal<129>
  %wo = nir.linear "w_out"(%oen) {weight = dense<0.5> : tensor<1x129xf32>}
      : (!nir.signal<129>) -> !nir.signal<1>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- oen-sum-a3.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %ien = nir.lif "ien"(%wi) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %wa = nir.linear "w_a"(%ien) {weight = dense<0.5> : tensor<64x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<64>
  %a = nir.lif "a"(%wa) {tau = dense<0.016> : tensor<64xf64>, r = dense<1.0> : tensor<64xf64>,
      v_leak = dense<0.0> : tensor<64xf64>, v_threshold = dense<1.0> : tensor<64xf64>,
      v_reset = dense<0.0> : tensor<64xf64>}
      : (!nir.signal<64>) -> !nir.signal<64>
  %wb = nir.linear "w_b"(%ien) {weight = dense<0.5> : tensor<65x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<65>
  %b = nir.lif "b"(%wb) {tau = dense<0.016> : tensor<65xf64>, r = dense<1.0> : tensor<65xf64>,
      v_leak = dense<0.0> : tensor<65xf64>, v_threshold = dense<1.0> : tensor<65xf64>,
      v_reset = dense<0.0> : tensor<65xf64>}
      : (!nir.signal<65>) -> !nir.signal<65>
  %wao = nir.linear "w_ao"(%a) {weight = dense<0.5> : tensor<1x64xf32>}
      : (!nir.signal<64>) -> !nir.signal<1>
  %wbo = nir.linear "w_bo"(%b) {weight = dense<0.5> : tensor<1x65xf32>}
      : (!nir.signal<65>) -> !nir.signal<1>
  %ro = nir.lif "readout"(%wao, %wbo) {tau = dense<0.032> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>, !nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- oen-sum-imu.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %ien = nir.lif "ien"(%wi) {tau = dense<0.016> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %wa = nir.linear "w_a"(%ien) {weight = dense<0.5> : tensor<64x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<64>
  %a = nir.lif "a"(%wa) {tau = dense<0.016> : tensor<64xf64>, r = dense<1.0> : tensor<64xf64>,
      v_leak = dense<0.0> : tensor<64xf64>, v_threshold = dense<1.0> : tensor<64xf64>,
      v_reset = dense<0.0> : tensor<64xf64>}
      : (!nir.signal<64>) -> !nir.signal<64>
  %wb = nir.linear "w_b"(%ien) {weight = dense<0.5> : tensor<65x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<65>
  %b = nir.lif "b"(%wb) {tau = dense<0.016> : tensor<65xf64>, r = dense<1.0> : tensor<65xf64>,
      v_leak = dense<0.0> : tensor<65xf64>, v_threshold = dense<1.0> : tensor<65xf64>,
      v_reset = dense<0.0> : tensor<65xf64>}
      : (!nir.signal<65>) -> !nir.signal<65>
  %wao = nir.linear "w_ao"(%a) {weight = dense<0.5> : tensor<1x64xf32>}
      : (!nir.signal<64>) -> !nir.signal<1>
  %wbo = nir.linear "w_bo"(%b) {weight = dense<0.5> : tensor<1x65xf32>}
      : (!nir.signal<65>) -> !nir.signal<1>
  %ro = nir.lif "readout"(%wao, %wbo) {tau = dense<0.032> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>, !nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- full-a2.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<16>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<1000x16xf32>}
      : (!nir.signal<16>) -> !nir.signal<1000>
  %h = nir.lif "h"(%wi) {tau = dense<0.016> : tensor<1000xf64>, r = dense<1.0> : tensor<1000xf64>,
      v_leak = dense<0.0> : tensor<1000xf64>, v_threshold = dense<1.0> : tensor<1000xf64>,
      v_reset = dense<0.0> : tensor<1000xf64>}
      : (!nir.signal<1000>) -> !nir.signal<1000>
  %wo = nir.linear "w_out"(%h) {weight = dense<0.5> : tensor<8x1000xf32>}
      : (!nir.signal<1000>) -> !nir.signal<8>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<8xf64>, r = dense<1.0> : tensor<8xf64>,
      v_leak = dense<0.0> : tensor<8xf64>, v_threshold = dense<1.0> : tensor<8xf64>,
      v_reset = dense<0.0> : tensor<8xf64>}
      : (!nir.signal<8>) -> !nir.signal<8>
  %y = nir.output "out"(%ro) : (!nir.signal<8>) -> !nir.signal<8>
}

//--- full-a3.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<16>
  %wo = nir.linear "w_out"(%oen) {weight = dense<0.5> : tensor<32x128xf32>}
      : (!nir.signal<128>) -> !nir.signal<32>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<32xf64>, r = dense<1.0> : tensor<32xf64>,
      v_leak = dense<0.0> : tensor<32xf64>, v_threshold = dense<1.0> : tensor<32xf64>,
      v_reset = dense<0.0> : tensor<32xf64>}
      : (!nir.signal<32>) -> !nir.signal<32>
  %wmo = nir.linear "w_mo"(%mid) {weight = dense<0.5> : tensor<128x736xf32>}
      : (!nir.signal<736>) -> !nir.signal<128>
  %oen = nir.lif "oen"(%wmo) {tau = dense<0.016> : tensor<128xf64>, r = dense<1.0> : tensor<128xf64>,
      v_leak = dense<0.0> : tensor<128xf64>, v_threshold = dense<1.0> : tensor<128xf64>,
      v_reset = dense<0.0> : tensor<128xf64>}
      : (!nir.signal<128>) -> !nir.signal<128>
  %wim = nir.linear "w_im"(%ien) {weight = dense<0.5> : tensor<736x128xf32>}
      : (!nir.signal<128>) -> !nir.signal<736>
  %mid = nir.lif "mid"(%wim) {tau = dense<0.016> : tensor<736xf64>, r = dense<1.0> : tensor<736xf64>,
      v_leak = dense<0.0> : tensor<736xf64>, v_threshold = dense<1.0> : tensor<736xf64>,
      v_reset = dense<0.0> : tensor<736xf64>}
      : (!nir.signal<736>) -> !nir.signal<736>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<128x16xf32>}
      : (!nir.signal<16>) -> !nir.signal<128>
  %ien = nir.lif "ien"(%wi) {tau = dense<0.016> : tensor<128xf64>, r = dense<1.0> : tensor<128xf64>,
      v_leak = dense<0.0> : tensor<128xf64>, v_threshold = dense<1.0> : tensor<128xf64>,
      v_reset = dense<0.0> : tensor<128xf64>}
      : (!nir.signal<128>) -> !nir.signal<128>
  %y = nir.output "out"(%ro) : (!nir.signal<32>) -> !nir.signal<32>
}

//--- full-imu.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<16>
  %wo = nir.linear "w_out"(%oen) {weight = dense<0.5> : tensor<16x128xf32>}
      : (!nir.signal<128>) -> !nir.signal<16>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<16xf64>, r = dense<1.0> : tensor<16xf64>,
      v_leak = dense<0.0> : tensor<16xf64>, v_threshold = dense<1.0> : tensor<16xf64>,
      v_reset = dense<0.0> : tensor<16xf64>}
      : (!nir.signal<16>) -> !nir.signal<16>
  %wmo = nir.linear "w_mo"(%mid) {weight = dense<0.5> : tensor<128x240xf32>}
      : (!nir.signal<240>) -> !nir.signal<128>
  %oen = nir.lif "oen"(%wmo) {tau = dense<0.016> : tensor<128xf64>, r = dense<1.0> : tensor<128xf64>,
      v_leak = dense<0.0> : tensor<128xf64>, v_threshold = dense<1.0> : tensor<128xf64>,
      v_reset = dense<0.0> : tensor<128xf64>}
      : (!nir.signal<128>) -> !nir.signal<128>
  %wim = nir.linear "w_im"(%ien) {weight = dense<0.5> : tensor<240x128xf32>}
      : (!nir.signal<128>) -> !nir.signal<240>
  %mid = nir.lif "mid"(%wim) {tau = dense<0.016> : tensor<240xf64>, r = dense<1.0> : tensor<240xf64>,
      v_leak = dense<0.0> : tensor<240xf64>, v_threshold = dense<1.0> : tensor<240xf64>,
      v_reset = dense<0.0> : tensor<240xf64>}
      : (!nir.signal<240>) -> !nir.signal<240>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<128x16xf32>}
      : (!nir.signal<16>) -> !nir.signal<128>
  %ien = nir.lif "ien"(%wi) {tau = dense<0.016> : tensor<128xf64>, r = dense<1.0> : tensor<128xf64>,
      v_leak = dense<0.0> : tensor<128xf64>, v_threshold = dense<1.0> : tensor<128xf64>,
      v_reset = dense<0.0> : tensor<128xf64>}
      : (!nir.signal<128>) -> !nir.signal<128>
  %y = nir.output "out"(%ro) : (!nir.signal<16>) -> !nir.signal<16>
}
