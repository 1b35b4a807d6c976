// convert-chip-to-sim on SpiNNaker2: the PE's float32 neuron kernel
// (lib/Dialect/Chip/Targets/SpiNNaker2.cpp, [inferred] from s2_nir's scale
// factors) as f32 sim.lincomb / sim.fire, fed by the int8 weights as floats,
// every hop one step late.

// RUN: rm -rf %t && split-file %s %t
// RUN: nir-opt %t/s2.mlir --nir-map-to-chip='target=spinnaker2 dt=1e-3' --convert-chip-to-sim='probes=h.v,h.i,o' 2>/dev/null | FileCheck %s
// RUN: nir-opt %t/s2.mlir --nir-map-to-chip='target=spinnaker2 dt=1e-3' --convert-chip-to-sim='probes=h.v,h.i,o' --sim-schedule 2>/dev/null | FileCheck %s --check-prefix=SCHED
// RUN: not nir-opt %t/s2.mlir --nir-map-to-chip='target=spinnaker2 dt=1e-3' --convert-chip-to-sim='probes=o.i' 2>&1 | FileCheck %s --check-prefix=PROBE
// RUN: nir-opt %t/cnn.mlir --nir-map-to-chip='target=spinnaker2 dt=1e-3' --convert-chip-to-sim 2>/dev/null | FileCheck %s --check-prefix=CNN

// in [2] -> affine fc1 (bias [0.1, 0]) -> cuba_lif h (recurrent rec) ->
// linear fc2 -> lif o. By hand, dt = 1e-3:
//   h: w_scale = 127 / max(|fc1|, |rec|) = 127; fc1 -> [[127, 64], [-32, 95]]
//      (63.5 and -31.75, 95.25 rounded half to even), rec -> -127.
//      exc_decay = exp(-0.2) -> f32 0.81873077154159546; alpha_decay =
//      exp(-0.1) -> f32 0.90483742952346802; v_scale = 127 / ((1 -
//      exp(-0.2)) (1 - exp(-0.1))) = 7362.2978...; threshold = v_scale ->
//      f32 7362.2978515625; i_offset = 0.1 (f32) 127 / (1 - exp(-0.2)) ->
//      f32 70.0615234375.
//      Read back: v / v_scale = 1.35827e-4 v; I (1 - exp(-0.2)) / 127 =
//      1.42732e-3 I.
//   o: w_scale = 127 / 2 = 63.5; fc2 -> [127, 64]; alpha_decay =
//      exp(-0.05) -> f32 0.95122945308685302; threshold = 0.5 · 63.5 /
//      (1 - exp(-0.05)) -> f32 651.00726318359375.
// Every projection delivers the spikes of the step before (fc1 from the
// input too).

// CHECK-LABEL: sim.model @spinnaker2
// CHECK-NOT:   chip.
// CHECK:       %[[X:.+]] = sim.input "in" {{.*}}: tensor<2xf64>
// CHECK:       %[[EV:.+]] = sim.events %[[X]] {max_per_step = 1 : i64{{.*}}} : tensor<2xf64> -> tensor<2xi32>
// CHECK:       %[[RECQ:.+]] = sim.state "rec.in_flight" {{.*}}: tensor<2xf32>
// CHECK:       %[[REC:.+]] = sim.dense %[[RECQ]] {{.*}}weight = dense<{{\[\[}}0.000000e+00, -1.270000e+02], [-1.270000e+02, 0.000000e+00]]> : tensor<2x2xf64>} : tensor<2xf32> -> tensor<2xf32>
// CHECK:       %[[FC1Q:.+]] = sim.state "fc1.in_flight" {{.*}}: tensor<2xi32>
// CHECK:       %[[FC1F:.+]] = sim.cast %[[FC1Q]] {{.*}}: tensor<2xi32> -> tensor<2xf32>
// CHECK:       %[[FC1:.+]] = sim.dense %[[FC1F]] {{.*}}weight = dense<{{\[\[}}1.270000e+02, 6.400000e+01], [-3.200000e+01, 9.500000e+01]]> : tensor<2x2xf64>} : tensor<2xf32> -> tensor<2xf32>
// CHECK:       %[[IN:.+]] = sim.add %[[REC]], %[[FC1]] {node = "h"} : tensor<2xf32>
// CHECK:       %[[I:.+]] = sim.state "h.i" init dense<0.000000e+00> : tensor<f64> {node = "h"} : tensor<2xf32>
// CHECK:       %[[INEXT:.+]] = sim.lincomb %[[I]], %[[IN]] {coefficients = [dense<0.81873077154159546> : tensor<f64>, dense<1.000000e+00> : tensor<f64>], node = "h"} : tensor<2xf32>
// CHECK:       sim.next %[[I]] = %[[INEXT]]
// CHECK:       %[[V:.+]] = sim.state "h.v" init dense<0.000000e+00> : tensor<f64> {node = "h"} : tensor<2xf32>
// CHECK:       %[[VNEXT:.+]] = sim.lincomb %[[V]], %[[INEXT]] {coefficients = [dense<0.90483742952346802> : tensor<f64>, dense<1.000000e+00> : tensor<f64>], node = "h", offset = dense<[70.0615234375, 0.000000e+00]> : tensor<2xf64>} : tensor<2xf32>
// CHECK:       %[[HS:.+]], %[[HV:.+]] = sim.fire %[[VNEXT]] {node = "h", reset = #sim.reset_mode<to_v_reset>, reset_value = dense<0.000000e+00> : tensor<f64>, threshold = dense<7362.2978515625> : tensor<f64>} : tensor<2xf32>
// CHECK:       sim.next %[[V]] = %[[HV]]
// CHECK:       %[[FC2Q:.+]] = sim.state "fc2.in_flight" {{.*}}: tensor<2xf32>
// CHECK:       %[[FC2:.+]] = sim.dense %[[FC2Q]] {{.*}}weight = dense<{{\[\[}}1.270000e+02, 6.400000e+01]]> : tensor<1x2xf64>} : tensor<2xf32> -> tensor<1xf32>
// CHECK:       %[[OV:.+]] = sim.state "o.v" {{.*}}: tensor<1xf32>
// CHECK:       %[[OVNEXT:.+]] = sim.lincomb %[[OV]], %[[FC2]] {coefficients = [dense<0.95122945308685302> : tensor<f64>, dense<1.000000e+00> : tensor<f64>], node = "o"} : tensor<1xf32>
// CHECK:       %[[OS:.+]], %[[OAFTER:.+]] = sim.fire %[[OVNEXT]] {{{.*}}threshold = dense<651.00726318359375> : tensor<f64>} : tensor<1xf32>
// CHECK-DAG:   sim.next %[[RECQ]] = %[[HS]] {node = "rec"} : tensor<2xf32>
// CHECK-DAG:   sim.next %[[FC1Q]] = %[[EV]] {node = "fc1"} : tensor<2xi32>
// CHECK-DAG:   sim.next %[[FC2Q]] = %[[HS]] {node = "fc2"} : tensor<2xf32>
// CHECK:       sim.output "out"(%[[OS]]) {node = "out"} : tensor<1xf32>
// The membrane and the current in NIR units, as float64.
// CHECK:       %[[HV64:.+]] = sim.cast %[[HV]] {node = "h"} : tensor<2xf32> -> tensor<2xf64>
// CHECK:       %[[HVNIR:.+]] = sim.lincomb %[[HV64]] {coefficients = [dense<1.35827161950{{[0-9]*}}E-4> : tensor<f64>], node = "h"} : tensor<2xf64>
// CHECK:       sim.probe "h" "v"(%[[HVNIR]]) : tensor<2xf64>
// CHECK:       %[[HI64:.+]] = sim.cast %[[INEXT]] {node = "h"} : tensor<2xf32> -> tensor<2xf64>
// CHECK:       %[[HINIR:.+]] = sim.lincomb %[[HI64]] {coefficients = [dense<0.00142731690{{[0-9]*}}> : tensor<f64>], node = "h"} : tensor<2xf64>
// CHECK:       sim.probe "h" "i"(%[[HINIR]]) : tensor<2xf64>
// CHECK:       sim.probe "o" "output"(%[[OS]]) : tensor<1xf32>

// sim-schedule orders it: every cycle goes through an in-flight state.
// SCHED-LABEL: sim.model @spinnaker2
// SCHED-SAME:  scheduled
// SCHED:       sim.fire
// SCHED:       sim.next

// A LIF has no current to probe.
// PROBE: error: 'nir.lif' "o" has no synaptic current on SpiNNaker2 to probe

//--- s2.mlir
nir.graph "s2" {
  %x = nir.input "in" : !nir.signal<2>
  %fc1 = nir.affine "fc1"(%x) {weight = dense<[[1.0, 0.5], [-0.25, 0.75]]> : tensor<2x2xf32>,
      bias = dense<[0.1, 0.0]> : tensor<2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.cuba_lif "h"(%fc1, %rec) {tau_syn = dense<5.0e-3> : tensor<2xf64>,
      tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>}
      : (!nir.signal<2>, !nir.signal<2>) -> !nir.signal<2>
  %rec = nir.linear "rec"(%h) {weight = dense<[[0.0, -1.0], [-1.0, 0.0]]> : tensor<2x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %fc2 = nir.linear "fc2"(%h) {weight = dense<[[2.0, 1.0]]> : tensor<1x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<1>
  %o = nir.lif "o"(%fc2) {tau = dense<2.0e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<0.5> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>} : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%o) : (!nir.signal<1>) -> !nir.signal<1>
}

// A convolution, then a 2x2 sum pooling and a flatten absorbed into the
// affine block behind it (create_sumpool2d_affine_projection), into IF
// neurons (alpha_decay 1). The conv kernel truncates (astype(np.int8)):
// 0.5 · 127 = 63.5 -> 63, -0.25 · 127 -> -31. IF thresholds are
// v_threshold · w_scale / (r dt): i1 127 / 1e-3 = 127000; i2 (w_scale =
// 127 / 0.25 = 508) 508000.

// CNN-LABEL: sim.model @spinnaker2
// CNN:       %[[C1Q:.+]] = sim.state "c1.in_flight" {{.*}}: tensor<1x4x4xi32>
// CNN:       %[[C1F:.+]] = sim.cast %[[C1Q]] {{.*}}: tensor<1x4x4xi32> -> tensor<1x4x4xf32>
// CNN:       %[[C1:.+]] = sim.conv2d %[[C1F]] {dilation = array<i64: 1, 1>, groups = 1 : i64, node = "c1", padding = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>, weight = dense<{{\[\[\[\[}}6.300000e+01, 0.000000e+00, -3.100000e+01], [1.270000e+02, {{.*}}]]]]> : tensor<2x1x3x3xf64>} : tensor<1x4x4xf32> -> tensor<2x4x4xf32>
// CNN:       %[[I1V:.+]] = sim.lincomb %{{.+}}, %[[C1]] {coefficients = [dense<1.000000e+00> : tensor<f64>, dense<1.000000e+00> : tensor<f64>], node = "i1"} : tensor<2x4x4xf32>
// CNN:       %[[I1S:.+]], %{{.+}} = sim.fire %[[I1V]] {{{.*}}threshold = dense<1.270000e+05> : tensor<f64>} : tensor<2x4x4xf32>
// CNN:       %[[FCQ:.+]] = sim.state "fc.in_flight" {{.*}}: tensor<2x4x4xf32>
// CNN:       %[[POOL:.+]] = sim.sum_pool2d %[[FCQ]] {kernel_size = array<i64: 2, 2>, node = "fc", padding = array<i64: 0, 0, 0, 0>, scale = 1.000000e+00 : f64, stride = array<i64: 2, 2>} : tensor<2x4x4xf32> -> tensor<2x2x2xf32>
// CNN:       %[[FC:.+]] = sim.dense %[[POOL]] {node = "fc", weight = dense<1.270000e+02> : tensor<3x8xf64>} : tensor<2x2x2xf32> -> tensor<3xf32>
// CNN:       sim.fire %{{.+}} {{{.*}}threshold = dense<5.080000e+05> : tensor<f64>} : tensor<3xf32>
// CNN:       sim.next %[[FCQ]] = %[[I1S]]

//--- cnn.mlir
nir.graph "s2_cnn" {
  %in = nir.input "in" : !nir.signal<1x4x4>
  %c = nir.conv2d "c1"(%in) {weight = dense<[[[[0.5, 0.0, -0.25], [1.0, 0.5, 0.0], [0.0, 0.25, 0.5]]],
                                             [[[-1.0, 0.5, 0.0], [0.0, 1.0, 0.0], [0.5, 0.0, -0.5]]]]> : tensor<2x1x3x3xf32>,
      bias = dense<0.0> : tensor<2xf32>, stride = array<i64: 1, 1>,
      padding = array<i64: 1, 1>, dilation = array<i64: 1, 1>, groups = 1 : i64}
      : (!nir.signal<1x4x4>) -> !nir.signal<2x4x4>
  %s = nir.if "i1"(%c) {r = dense<1.0> : tensor<2x4x4xf32>,
      v_threshold = dense<1.0> : tensor<2x4x4xf32>, v_reset = dense<0.0> : tensor<2x4x4xf32>}
      : (!nir.signal<2x4x4>) -> !nir.signal<2x4x4>
  %p = nir.sum_pool2d "p"(%s) {kernel_size = array<i64: 2, 2>,
      stride = array<i64: 2, 2>, padding = array<i64: 0, 0>}
      : (!nir.signal<2x4x4>) -> !nir.signal<2x2x2>
  %f = nir.flatten "f"(%p) {start_dim = 0 : i64, end_dim = -1 : i64}
      : (!nir.signal<2x2x2>) -> !nir.signal<8>
  %a = nir.affine "fc"(%f) {weight = dense<0.25> : tensor<3x8xf32>, bias = dense<0.0> : tensor<3xf32>}
      : (!nir.signal<8>) -> !nir.signal<3>
  %o = nir.if "i2"(%a) {r = dense<1.0> : tensor<3xf32>,
      v_threshold = dense<1.0> : tensor<3xf32>, v_reset = dense<0.0> : tensor<3xf32>}
      : (!nir.signal<3>) -> !nir.signal<3>
  %y = nir.output "out"(%o) : (!nir.signal<3>) -> !nir.signal<3>
}
