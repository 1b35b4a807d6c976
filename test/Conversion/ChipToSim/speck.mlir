// convert-chip-to-sim on Speck: an event-driven chip. Each layer is one
// sim.event_fire: its 16-bit membrane takes the bias once per step (when
// leak_enable is set), then every input event's weight, saturating, and
// after each event fires once if v >= threshold_high (return_to_zero: reset
// to 0) and is clamped at threshold_low. Events travel between layers within
// the step (no delay state); a conv keeps its stride and padding, a sum
// pooling before the weights becomes `pool`. An input channel takes any
// number of events in a step (up to the 16-bit range). Every number below is
// worked out by hand from the registers --nir-map-to-chip writes.

// RUN: rm -rf %t && split-file %s %t

// RUN: nir-opt %t/cnn.mlir --nir-map-to-chip='target=speck dt=1e-3' --convert-chip-to-sim='probes=if1,if1.v,if2.v' \
// RUN:   | FileCheck %s --check-prefix=CNN --implicit-check-not=chip.
// RUN: nir-opt %t/cnn.mlir --nir-map-to-chip='target=speck dt=1e-3' --convert-chip-to-sim='probes=if2.v' --sim-schedule \
// RUN:   | FileCheck %s --check-prefix=CNN-SCHED --implicit-check-not=chip.
// RUN: nir-opt %t/dense.mlir --nir-map-to-chip='target=speck dt=1e-3' --convert-chip-to-sim='probes=if2.v' \
// RUN:   | FileCheck %s --check-prefix=DENSE --implicit-check-not=chip.

//===----------------------------------------------------------------------===//
// cnn.mlir: in [1, 8, 8] -> c1 (conv 1->2, 3x3, stride 2, padding 1, bias)
//           -> if1 [2, 4, 4] -> p1 (sum pool 2) -> c2 (conv 2->3, 1x1)
//           -> if2 [3, 2, 2] -> out
//===----------------------------------------------------------------------===//
//
// Registers: c1 -> if1 (r = 1, v_threshold 1): max |w| = 1 (0.5, 1, -1 ...),
// scale 127: q = round-half-even(127 w): 0.5 -> 63.5 -> 64, 0.25 -> 31.75
// -> 32, 1 -> 127, -0.5 -> -64, 0.125 -> 15.875 -> 16, -1 -> -127, 0.75 ->
// 95.25 -> 95; biases 127 [0.25, -0.125] = [31.75, -15.875] -> [32, -16]
// per output channel, broadcast over its 4x4 neurons; leak_enable;
// threshold_high 127, threshold_low -127; return_to_zero. c2 (p1 absorbed,
// pool 2) -> if2 (v_threshold 2): scale 127: [[127, 64], [-64, 32], [0,
// 127]]; no bias, leak_enable false; threshold_high 254, low -254.
//
// Emulated: the registers as they are; one LSB is 1/127 =
// 0.0078740157480314959.

// CNN-LABEL: sim.model @speck attributes {dt = 1.000000e-03 : f64} {
// CNN-NEXT: %[[X:.+]] = sim.input "in" {node = "in"} : tensor<1x8x8xf64>
// CNN-NEXT: %[[EV:.+]] = sim.events %[[X]] {max_per_step = 32767 : i64, node = "in"} : tensor<1x8x8xf64> -> tensor<1x8x8xi32>
// CNN-NEXT: %[[V1:.+]] = sim.state "if1.v" init dense<0> : tensor<i64> {node = "if1"} : tensor<2x4x4xi16>
// No synaptic current: no state for it, no sim.accumulate.
// CNN-NOT: sim.accumulate
// CNN-NEXT: %[[V1N:.+]], %[[Z1:.+]] = sim.event_fire %[[V1]], %[[EV]] {
// CNN-SAME: bias = dense<{{\[\[\[}}32, 32, 32, 32], [32, 32, 32, 32], [32, 32, 32, 32], [32, 32, 32, 32]], {{\[\[}}-16, -16, -16, -16], [-16, -16, -16, -16], [-16, -16, -16, -16], [-16, -16, -16, -16]]]> : tensor<2x4x4xi64>
// CNN-SAME: node = "if1"
// CNN-SAME: overflow = #sim.overflow<saturate>
// CNN-SAME: padding = array<i64: 1, 1>
// CNN-NOT: pool
// CNN-SAME: reset = #sim.reset<zero>
// CNN-SAME: stride = array<i64: 2, 2>
// CNN-SAME: threshold = dense<127> : tensor<i64>
// CNN-SAME: threshold_low = dense<-127> : tensor<i64>
// CNN-SAME: weight = dense<{{\[\[\[\[}}64, 32, 0], [127, -64, 0], [0, 0, 16]]], {{\[\[\[}}-127, 0, 0], [0, 95, 0], [0, 0, 0]]]]> : tensor<2x1x3x3xi64>
// CNN-SAME: } : tensor<2x4x4xi16>, tensor<1x8x8xi32> -> tensor<2x4x4xi32>
// CNN-NEXT: sim.next %[[V1]] = %[[V1N]] {node = "if1"} : tensor<2x4x4xi16>
// CNN-NEXT: %[[V2:.+]] = sim.state "if2.v" init dense<0> : tensor<i64> {node = "if2"} : tensor<3x2x2xi16>
// if1's spikes reach if2 in the same step, pooled 2x2 onto [2, 2, 2].
// CNN-NEXT: %[[V2N:.+]], %[[Z2:.+]] = sim.event_fire %[[V2]], %[[Z1]] {
// CNN-SAME: bias = dense<0> : tensor<i64>
// CNN-SAME: padding = array<i64: 0, 0>
// CNN-SAME: pool = 2 : i64
// CNN-SAME: reset = #sim.reset<zero>
// CNN-SAME: stride = array<i64: 1, 1>
// CNN-SAME: threshold = dense<254> : tensor<i64>
// CNN-SAME: threshold_low = dense<-254> : tensor<i64>
// CNN-SAME: weight = dense<{{\[\[\[\[}}127]], {{\[\[}}64]]], {{\[\[\[}}-64]], {{\[\[}}32]]], {{\[\[\[}}0]], {{\[\[}}127]]]]> : tensor<3x2x1x1xi64>
// CNN-SAME: } : tensor<3x2x2xi16>, tensor<2x4x4xi32> -> tensor<3x2x2xi32>
// CNN-NEXT: sim.next %[[V2]] = %[[V2N]] {node = "if2"} : tensor<3x2x2xi16>
// CNN-NOT: in_flight
// CNN-NEXT: sim.output "out"(%[[Z2]]) {node = "out"} : tensor<3x2x2xi32>
// CNN-NEXT: sim.probe "if1" "output"(%[[Z1]]) : tensor<2x4x4xi32>
// CNN-NEXT: sim.probe "if1" "v"(%[[V1N]]) {unit = 0.0078740157480314959 : f64} : tensor<2x4x4xi16>
// CNN-NEXT: sim.probe "if2" "v"(%[[V2N]]) {unit = 0.0078740157480314959 : f64} : tensor<3x2x2xi16>
// CNN-NEXT: }

// Scheduled: the layers in their order within the step.
// CNN-SCHED-LABEL: sim.model @speck attributes {dt = 1.000000e-03 : f64, scheduled} {
// CNN-SCHED-DAG: %[[V1:.+]] = sim.state "if1.v"
// CNN-SCHED-DAG: %[[V2:.+]] = sim.state "if2.v"
// CNN-SCHED-DAG: %[[X:.+]] = sim.input "in"
// CNN-SCHED: %[[EV:.+]] = sim.events %[[X]]
// CNN-SCHED: %[[V1N:.+]], %[[Z1:.+]] = sim.event_fire %[[V1]], %[[EV]]
// CNN-SCHED: %[[V2N:.+]], %{{.+}} = sim.event_fire %[[V2]], %[[Z1]]
// CNN-SCHED-DAG: sim.next %[[V1]] = %[[V1N]]
// CNN-SCHED-DAG: sim.next %[[V2]] = %[[V2N]]
// CNN-SCHED-NOT: {{= sim\.|sim\.output|sim\.probe}}
// CNN-SCHED: {{^ *[}]$}}

//===----------------------------------------------------------------------===//
// dense.mlir: in [1, 4, 4] -> c1 (conv 1->2, 1x1) -> if1 [2, 4, 4]
//             -> p1 (sum pool 2) -> f (flatten) -> fc (Affine 8->3, bias)
//             -> if2 [3] -> out
//===----------------------------------------------------------------------===//
//
// Registers: c1: max |w| = 1 from -1.0, which binds at -128: scale 128, q
// = [64, -128]; threshold_high 128, low -128; no bias. fc (p1 and f
// absorbed: a dense block of the pooled [2, 2, 2] = 8 inputs, pool 2): max
// |w| = 1.0, scale 127: 1 -> 127, -0.5 -> -63.5 -> -64, 0.25 -> 31.75 ->
// 32, 0.75 -> 95.25 -> 95, 0.125 -> 15.875 -> 16; biases 127 [0.25, -0.125,
// 0] -> [32, -16, 0]; threshold_high 2 * 127 = 254, low -254.

// DENSE-LABEL: sim.model @speck
// DENSE: %[[EV:.+]] = sim.events %{{.+}} {max_per_step = 32767 : i64, node = "in"} : tensor<1x4x4xf64> -> tensor<1x4x4xi32>
// DENSE: %[[V1N:.+]], %[[Z1:.+]] = sim.event_fire %{{.+}}, %[[EV]] {bias = dense<0> : tensor<i64>, node = "if1", overflow = #sim.overflow<saturate>, padding = array<i64: 0, 0>, reset = #sim.reset<zero>, stride = array<i64: 1, 1>, threshold = dense<128> : tensor<i64>, threshold_low = dense<-128> : tensor<i64>, weight = dense<{{\[\[\[\[}}64]]], {{\[\[\[}}-128]]]]> : tensor<2x1x1x1xi64>} : tensor<2x4x4xi16>, tensor<1x4x4xi32> -> tensor<2x4x4xi32>
// DENSE: %[[V2:.+]] = sim.state "if2.v" init dense<0> : tensor<i64> {node = "if2"} : tensor<3xi16>
// A dense block: no stride or padding, the pooled source flattened.
// DENSE-NEXT: %[[V2N:.+]], %[[Z2:.+]] = sim.event_fire %[[V2]], %[[Z1]] {
// DENSE-SAME: bias = dense<[32, -16, 0]> : tensor<3xi64>
// DENSE-SAME: overflow = #sim.overflow<saturate>
// DENSE-NOT: padding
// DENSE-SAME: pool = 2 : i64
// DENSE-SAME: reset = #sim.reset<zero>
// DENSE-NOT: stride
// DENSE-SAME: threshold = dense<254> : tensor<i64>
// DENSE-SAME: threshold_low = dense<-254> : tensor<i64>
// DENSE-SAME: weight = dense<{{\[\[}}127, -64, 0, 0, 0, 0, 0, 32], [0, 0, 95, 0, 0, 0, 0, 0], [16, 16, 16, 16, 16, 16, 16, 16]]> : tensor<3x8xi64>
// DENSE-SAME: } : tensor<3xi16>, tensor<2x4x4xi32> -> tensor<3xi32>
// DENSE: sim.output "out"(%[[Z2]]) {node = "out"} : tensor<3xi32>
// DENSE-NEXT: sim.probe "if2" "v"(%[[V2N]]) {unit = 0.0078740157480314959 : f64} : tensor<3xi16>

//===----------------------------------------------------------------------===//
// variant=toolchain: Sinabs' time-stepped multi-spike IAF on the same
// registers. Each layer sums its step's events (sim.accumulate, 64-bit, no
// saturation) into a current that holds this step's input only
// (current_decay = decay_unity), added to a membrane that keeps everything
// (membrane_decay 0) with the bias; then as many spikes as thresholds fit,
// subtracted, and the floor threshold_low afterwards.
//===----------------------------------------------------------------------===//

// RUN: nir-opt %t/cnn.mlir --nir-map-to-chip='target=speck dt=1e-3' --convert-chip-to-sim='probes=if1.i variant=toolchain' \
// RUN:   | FileCheck %s --check-prefix=SINABS --implicit-check-not=sim.event_fire
// SINABS: %[[I1:.+]] = sim.state "if1.i" init dense<0> : tensor<i64> {node = "if1"} : tensor<2x4x4xi64>
// SINABS: %[[V1:.+]] = sim.state "if1.v" init dense<0> : tensor<i64> {node = "if1"} : tensor<2x4x4xi64>
// SINABS: %[[A1:.+]] = sim.accumulate %[[EV:.+]] {node = "c1", overflow = #sim.overflow<unbounded>, padding = array<i64: 1, 1>, stride = array<i64: 2, 2>, weight = dense<{{\[\[\[\[}}64, 32, 0], [127, -64, 0], [0, 0, 16]]], {{\[\[\[}}-127, 0, 0], [0, 95, 0], [0, 0, 0]]]]> : tensor<2x1x3x3xi64>} : tensor<1x8x8xi32> -> tensor<2x4x4xi64>
// SINABS: %[[I1N:.+]], %{{.+}}, %[[Z1:.+]] = sim.fixed_step %[[I1]], %[[V1]], %[[A1]] {
// SINABS-SAME: compare = #sim.compare<ge>
// SINABS-SAME: current_decay = dense<4096> : tensor<i64>
// SINABS-SAME: decay = #sim.decay<multiply_shift>
// SINABS-SAME: decay_unity = 4096 : i64
// SINABS-SAME: max_spikes = 2147483647 : i64
// SINABS-SAME: membrane_decay = dense<0> : tensor<i64>
// SINABS-SAME: membrane_overflow = #sim.overflow<unbounded>
// SINABS-SAME: membrane_sum = #sim.membrane_sum<direct>
// SINABS-SAME: reset = #sim.reset<zero>
// SINABS-SAME: threshold = dense<127> : tensor<i64>
// SINABS-SAME: threshold_low = dense<-127> : tensor<i64>
// SINABS-SAME: } : tensor<2x4x4xi64>, tensor<2x4x4xi64>, tensor<2x4x4xi64> -> tensor<2x4x4xi32>
// if2 takes if1's spikes in the same step, pooled.
// SINABS: sim.accumulate %[[Z1]] {{{.*}}pool = 2 : i64
// The current is this step's input: one unit is one membrane LSB.
// SINABS: sim.probe "if1" "i"(%[[I1N]]) {unit = 0.0078740157480314959 : f64} : tensor<2x4x4xi64>

//===----------------------------------------------------------------------===//
// Errors
//===----------------------------------------------------------------------===//

// An IF on Speck has a membrane and no synaptic current.
// RUN: not nir-opt %t/cnn.mlir --nir-map-to-chip='target=speck dt=1e-3' --convert-chip-to-sim='probes=if1.i' 2>&1 \
// RUN:   | FileCheck %s --check-prefix=ERR-CURRENT
// ERR-CURRENT: cnn.mlir:8:9: error: 'nir.if' "if1" has no synaptic current on Speck to probe
// RUN: not nir-opt %t/cnn.mlir --nir-map-to-chip='target=speck dt=1e-3' --convert-chip-to-sim='probes=p1' 2>&1 \
// RUN:   | FileCheck %s --check-prefix=ERR-PROBE
// ERR-PROBE: error: probe 'p1': no neuron population named 'p1' on Speck (only neuron populations have state there)

//--- cnn.mlir
nir.graph "cnn" {
  %in = nir.input "in" : !nir.signal<1x8x8>
  %c1 = nir.conv2d "c1"(%in) {weight = dense<[[[[0.5, 0.25, 0.0], [1.0, -0.5, 0.0], [0.0, 0.0, 0.125]]],
                                              [[[-1.0, 0.0, 0.0], [0.0, 0.75, 0.0], [0.0, 0.0, 0.0]]]]> : tensor<2x1x3x3xf64>,
      bias = dense<[0.25, -0.125]> : tensor<2xf64>, stride = array<i64: 2, 2>,
      padding = array<i64: 1, 1>, dilation = array<i64: 1, 1>, groups = 1 : i64}
      : (!nir.signal<1x8x8>) -> !nir.signal<2x4x4>
  %s1 = nir.if "if1"(%c1) {r = dense<1.0> : tensor<2x4x4xf64>, v_threshold = dense<1.0> : tensor<2x4x4xf64>,
      v_reset = dense<0.0> : tensor<2x4x4xf64>} : (!nir.signal<2x4x4>) -> !nir.signal<2x4x4>
  %p1 = nir.sum_pool2d "p1"(%s1) {kernel_size = array<i64: 2, 2>, stride = array<i64: 2, 2>, padding = array<i64: 0, 0>}
      : (!nir.signal<2x4x4>) -> !nir.signal<2x2x2>
  %c2 = nir.conv2d "c2"(%p1) {weight = dense<[[[[1.0]], [[0.5]]], [[[-0.5]], [[0.25]]], [[[0.0]], [[1.0]]]]> : tensor<3x2x1x1xf64>,
      bias = dense<0.0> : tensor<3xf64>, stride = array<i64: 1, 1>, padding = array<i64: 0, 0>,
      dilation = array<i64: 1, 1>, groups = 1 : i64}
      : (!nir.signal<2x2x2>) -> !nir.signal<3x2x2>
  %s2 = nir.if "if2"(%c2) {r = dense<1.0> : tensor<3x2x2xf64>, v_threshold = dense<2.0> : tensor<3x2x2xf64>,
      v_reset = dense<0.0> : tensor<3x2x2xf64>} : (!nir.signal<3x2x2>) -> !nir.signal<3x2x2>
  %o = nir.output "out"(%s2) : (!nir.signal<3x2x2>) -> !nir.signal<3x2x2>
}

//--- dense.mlir
nir.graph "dense" {
  %in = nir.input "in" : !nir.signal<1x4x4>
  %c1 = nir.conv2d "c1"(%in) {weight = dense<[[[[0.5]]], [[[-1.0]]]]> : tensor<2x1x1x1xf64>, bias = dense<0.0> : tensor<2xf64>,
      stride = array<i64: 1, 1>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64}
      : (!nir.signal<1x4x4>) -> !nir.signal<2x4x4>
  %s1 = nir.if "if1"(%c1) {r = dense<1.0> : tensor<2x4x4xf64>, v_threshold = dense<1.0> : tensor<2x4x4xf64>,
      v_reset = dense<0.0> : tensor<2x4x4xf64>} : (!nir.signal<2x4x4>) -> !nir.signal<2x4x4>
  %p1 = nir.sum_pool2d "p1"(%s1) {kernel_size = array<i64: 2, 2>, stride = array<i64: 2, 2>, padding = array<i64: 0, 0>}
      : (!nir.signal<2x4x4>) -> !nir.signal<2x2x2>
  %f = nir.flatten "f"(%p1) {start_dim = 0 : i64, end_dim = -1 : i64} : (!nir.signal<2x2x2>) -> !nir.signal<8>
  %fc = nir.affine "fc"(%f) {weight = dense<[[1.0, -0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.25],
                                            [0.0, 0.0, 0.75, 0.0, 0.0, 0.0, 0.0, 0.0],
                                            [0.125, 0.125, 0.125, 0.125, 0.125, 0.125, 0.125, 0.125]]> : tensor<3x8xf64>,
      bias = dense<[0.25, -0.125, 0.0]> : tensor<3xf64>} : (!nir.signal<8>) -> !nir.signal<3>
  %s2 = nir.if "if2"(%fc) {r = dense<1.0> : tensor<3xf64>, v_threshold = dense<2.0> : tensor<3xf64>,
      v_reset = dense<0.0> : tensor<3xf64>} : (!nir.signal<3>) -> !nir.signal<3>
  %o = nir.output "out"(%s2) : (!nir.signal<3>) -> !nir.signal<3>
}
