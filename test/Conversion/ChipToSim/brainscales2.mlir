// convert-chip-to-sim on BrainScaleS-2: the analog neuron in continuous
// time (lib/Dialect/Chip/Targets/BrainScaleS2.cpp), stepped by the exact
// sim.cuba_step with what the registers hold, fed by the 6-bit weights in
// NIR units (q / 64, w_in folded in), its membrane read through the 8-bit
// CADC (sim.adc).

// RUN: rm -rf %t && split-file %s %t
// RUN: nir-opt %t/fit.mlir --nir-map-to-chip='target=brainscales2 dt=1e-3' --convert-chip-to-sim='probes=h.v,h.i,h' 2>/dev/null | FileCheck %s --check-prefix=FIT
// RUN: nir-opt %t/rec.mlir --nir-map-to-chip='target=brainscales2 dt=1e-4' --convert-chip-to-sim='probes=h.v' --sim-schedule 2>/dev/null | FileCheck %s --check-prefix=REC
// RUN: not nir-opt %t/low.mlir --nir-map-to-chip='target=brainscales2 dt=1e-3' --convert-chip-to-sim 2>&1 | FileCheck %s --check-prefix=LOW

//===----------------------------------------------------------------------===//
// fit.mlir (compile-brainscales2.mlir's): in [3] -> linear fc1 -> cuba_lif h
// [4] -> affine fc2 -> cuba_li ro [2] (w_in [1, 0.5]), the readout.
//
// Weights: the quantiser's q (compile-brainscales2.mlir) over 64: fc1
// [[32, 1, 2], ...] -> [[0.5, 0.015625, 0.03125], ...]; fc2's second row
// holds w w_in = -0.125 0.5 -> -4 -> -0.0625, so ro's w_in is 1.
// h: tau_mem_hw 1e-5 s, tau_syn_hw 5e-6 s, x 1000 -> 0.01 s and 0.005 s of
// model time; capacitance 63 of 63 LSB of tau_mem / r = 0.005 -> r = 0.01 /
// 0.005 = 2. The leak (80) and threshold (150) targets anchor v_leak 0.1 and
// v_threshold 1: one CADC LSB is 0.9 / 70 = 0.0128571 V; the reset target
// (80, the leak's) is v = 0.1, not NIR's -0.2. Code 0 is 0.1 - 80 · 0.9 /
// 70 = -0.928571 V.
// ro: only a leak target; hxtorch's trace_scale 1/50 is its LSB, and code
// 0 is 0 - 80 / 50 = -1.6 V.
//===----------------------------------------------------------------------===//

// FIT-LABEL: sim.model @brainscales2
// FIT-NOT:   chip.
// FIT:       %[[EV:.+]] = sim.events %{{.+}} {max_per_step = 1 : i64{{.*}}} : tensor<3xf64> -> tensor<3xi32>
// FIT:       %[[X:.+]] = sim.cast %[[EV]] {node = "fc1"} : tensor<3xi32> -> tensor<3xf64>
// FIT:       %[[FC1:.+]] = sim.dense %[[X]] {node = "fc1", weight = dense<{{\[\[}}5.000000e-01, 1.562500e-02, 3.125000e-02], [-1.562500e-02, -3.125000e-02, 9.843750e-01], [-9.843750e-01, 9.375000e-02, 0.000000e+00], [0.000000e+00, 2.500000e-01, 4.687500e-02]]> : tensor<4x3xf64>} : tensor<3xf64> -> tensor<4xf64>
// FIT:       %[[V:.+]] = sim.state "h.v" init dense<1.000000e-01> : tensor<f64> {node = "h"} : tensor<4xf64>
// FIT:       %[[I:.+]] = sim.state "h.i" {node = "h"} : tensor<4xf64>
// FIT:       %[[HI:.+]], %[[HV:.+]], %[[HS:.+]] = sim.cuba_step %[[I]], %[[V]], %[[FC1]] {node = "h", r = dense<2.000000e+00> : tensor<f64>, reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<exact>, tau_mem = dense<1.000000e-02> : tensor<f64>, tau_syn = dense<5.000000e-03> : tensor<f64>, v_leak = dense<1.000000e-01> : tensor<f64>, v_reset = dense<1.000000e-01> : tensor<f64>, v_threshold = dense<1.000000e+00> : tensor<f64>, w_in = dense<1.000000e+00> : tensor<f64>} : tensor<4xf64>
// FIT:       %[[FC2:.+]] = sim.dense %[[HS]] {node = "fc2", weight = dense<{{\[\[}}2.500000e-01, -2.500000e-01, 5.000000e-01, 0.000000e+00], [-6.250000e-02, 6.250000e-02, 0.000000e+00, 3.750000e-01]]> : tensor<2x4xf64>} : tensor<4xf64> -> tensor<2xf64>
// FIT:       %[[RV:.+]] = sim.state "ro.v" init dense<0.000000e+00> : tensor<f64> {node = "ro"} : tensor<2xf64>
// FIT:       %[[RI:.+]] = sim.state "ro.i" {node = "ro"} : tensor<2xf64>
// FIT:       %{{.+}}, %[[RONEXT:.+]], %{{.+}} = sim.cuba_step %[[RI]], %[[RV]], %[[FC2]] {node = "ro", r = dense<1.000000e+00> : tensor<f64>, reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<exact>, tau_mem = dense<4.000000e-03> : tensor<f64>, tau_syn = dense<2.000000e-03> : tensor<f64>, v_leak = dense<0.000000e+00> : tensor<f64>, w_in = dense<1.000000e+00> : tensor<f64>} : tensor<2xf64>
// The readout is its CADC samples, read back as -1.6 + code / 50.
// FIT:       %[[RCODE:.+]] = sim.adc %[[RONEXT]] {bits = 8 : i64, node = "ro", offset = -1.600000e+00 : f64, unit = 2.000000e-02 : f64} : tensor<2xf64> -> tensor<2xi32>
// FIT:       sim.output "out"(%[[RCODE]]) {node = "out", offset = -1.600000e+00 : f64, unit = 2.000000e-02 : f64} : tensor<2xi32>
// FIT:       %[[HCODE:.+]] = sim.adc %[[HV]] {bits = 8 : i64, node = "h", offset = -0.928571428571428{{[0-9]*}} : f64, unit = 0.012857142857142{{[0-9]*}} : f64} : tensor<4xf64> -> tensor<4xi32>
// FIT:       sim.probe "h" "v"(%[[HCODE]]) {offset = -0.928571428571428{{[0-9]*}} : f64, unit = 0.012857142857142{{[0-9]*}} : f64} : tensor<4xi32>
// The current is not sampled by the CADC: recorded as it is.
// FIT:       sim.probe "h" "i"(%[[HI]]) : tensor<4xf64>
// FIT:       sim.probe "h" "output"(%[[HS]]) : tensor<4xf64>

//===----------------------------------------------------------------------===//
// rec.mlir: a recurrent CubaLIF at dt = 0.1 ms with w_in = 2 (64 w w_in:
// fc1 [[32, 16], [0, 63]], rec -32 -> -0.5). Spikes cross the chip within
// the step (fc1 reads this step's input events); the recurrent block reads
// the previous step's spikes, where the ideal run cuts the cycle too.
// C = 0.004 / 0.5 = 0.008 -> r = 0.5. LSB 0.7 / 70 = 0.01 V, code 0 at -0.8.
//===----------------------------------------------------------------------===//

// REC-LABEL: sim.model @brainscales2
// REC-SAME:  scheduled
// REC:       %[[RECQ:.+]] = sim.state "rec.in_flight" {node = "rec"} : tensor<2xf64>
// REC:       %[[REC:.+]] = sim.dense %[[RECQ]] {node = "rec", weight = dense<{{\[\[}}0.000000e+00, -5.000000e-01], [-5.000000e-01, 0.000000e+00]]> : tensor<2x2xf64>} : tensor<2xf64> -> tensor<2xf64>
// REC:       %[[EV:.+]] = sim.events
// REC-NEXT:  %[[X:.+]] = sim.cast %[[EV]]
// REC-NEXT:  %[[FC1:.+]] = sim.dense %[[X]] {node = "fc1", weight = dense<{{\[\[}}5.000000e-01, 2.500000e-01], [0.000000e+00, 9.843750e-01]]> : tensor<2x2xf64>}
// REC:       %[[IN:.+]] = sim.add %[[REC]], %[[FC1]] {node = "h"} : tensor<2xf64>
// REC:       %{{.+}}, %[[V:.+]], %[[S:.+]] = sim.cuba_step %{{.+}}, %{{.+}}, %[[IN]] {node = "h", r = dense<5.000000e-01> : tensor<f64>, {{.*}}tau_mem = dense<4.000000e-03> : tensor<f64>, tau_syn = dense<2.000000e-03> : tensor<f64>, v_leak = dense<0.000000e+00> : tensor<f64>, v_reset = dense<0.000000e+00> : tensor<f64>, v_threshold = dense<0.69999999999999996> : tensor<f64>, w_in = dense<1.000000e+00> : tensor<f64>} : tensor<2xf64>
// REC-DAG:   sim.output "out"(%[[S]])
// REC-DAG:   sim.adc %[[V]] {bits = 8 : i64, node = "h", offset = -8.000000e-01 : f64, unit = 1.000000e-02 : f64}
// REC:       sim.next %[[RECQ]] = %[[S]] {node = "rec"} : tensor<2xf64>

// low.mlir: a threshold below the leak has no place between the targets.
// LOW: error: 'nir.cuba_lif' "h": v_threshold = -0.5 must lie above v_leak = 0, as BrainScaleS-2's threshold target 150 lies above its leak target 80

//--- fit.mlir
nir.graph "bs2_fit" {
  %x = nir.input "in" : !nir.signal<3>
  %fc1 = nir.linear "fc1"(%x) {
      weight = dense<[[0.5, 0.0078125, 0.0234375],
                      [-0.0078125, -0.0234375, 0.990625],
                      [-0.984375, 0.1, -0.003],
                      [0.0, 0.25, 0.0390625]]> : tensor<4x3xf32>}
      : (!nir.signal<3>) -> !nir.signal<4>
  %h = nir.cuba_lif "h"(%fc1) {tau_syn = dense<5.0e-3> : tensor<4xf64>,
      tau_mem = dense<1.0e-2> : tensor<4xf64>, r = dense<2.0> : tensor<4xf64>,
      v_leak = dense<0.1> : tensor<4xf64>, v_threshold = dense<1.0> : tensor<4xf64>,
      v_reset = dense<-0.2> : tensor<4xf64>, w_in = dense<1.0> : tensor<4xf64>}
      : (!nir.signal<4>) -> !nir.signal<4>
  %fc2 = nir.affine "fc2"(%h) {
      weight = dense<[[0.25, -0.25, 0.5, 0.0],
                      [-0.125, 0.125, 0.0, 0.75]]> : tensor<2x4xf32>,
      bias = dense<0.0> : tensor<2xf32>}
      : (!nir.signal<4>) -> !nir.signal<2>
  %ro = nir.cuba_li "ro"(%fc2) {tau_syn = dense<2.0e-3> : tensor<2xf64>,
      tau_mem = dense<4.0e-3> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<[1.0, 0.5]> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- rec.mlir
nir.graph "bs2_rec" {
  %x = nir.input "in" : !nir.signal<2>
  %fc1 = nir.linear "fc1"(%x) {weight = dense<[[0.25, 0.125], [0.0, 0.4921875]]> : tensor<2x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.cuba_lif "h"(%fc1, %rec) {tau_syn = dense<2.0e-3> : tensor<2xf64>,
      tau_mem = dense<4.0e-3> : tensor<2xf64>, r = dense<0.5> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<0.7> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>, w_in = dense<2.0> : tensor<2xf64>}
      : (!nir.signal<2>, !nir.signal<2>) -> !nir.signal<2>
  %rec = nir.linear "rec"(%h) {weight = dense<[[0.0, -0.25], [-0.25, 0.0]]> : tensor<2x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%h) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- low.mlir
nir.graph "bs2_low" {
  %x = nir.input "in" : !nir.signal<1>
  %fc1 = nir.linear "fc1"(%x) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %h = nir.cuba_lif "h"(%fc1) {tau_syn = dense<2.0e-3> : tensor<1xf64>,
      tau_mem = dense<4.0e-3> : tensor<1xf64>, r = dense<0.5> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<-0.5> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>, w_in = dense<1.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%h) : (!nir.signal<1>) -> !nir.signal<1>
}
