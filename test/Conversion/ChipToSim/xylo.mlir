// convert-chip-to-sim on Xylo (XyloSim v2's XyloLayer::evolve and
// XyloIAFNeuron): 16-bit Isyn and Vmem, bit-shift decays by dash_syn and
// dash_mem, events added into Isyn one by one (weight << weight_shift,
// saturating) before it decays, Vmem's sum chained and saturating, Vmem >=
// threshold subtracts the threshold, up to 31 spikes per step in the hidden
// pool and 1 in the output pool, up to 15 input events per channel and
// step. Input events arrive in the step they are sent, hidden spikes one
// step later (a "sim.state" named "<block>.in_flight"). Every number below
// is worked out by hand from the registers --nir-map-to-chip writes.

// RUN: rm -rf %t && split-file %s %t

// RUN: nir-opt %t/ff.mlir --nir-map-to-chip='target=xylo-audio2 dt=1e-3' --convert-chip-to-sim='probes=hidden,hidden.v,readout.v' \
// RUN:   | FileCheck %s --check-prefix=FF --implicit-check-not=chip.
// RUN: nir-opt %t/rec.mlir --nir-map-to-chip='target=xylo-audio2 dt=1e-3' --convert-chip-to-sim='probes=hidden.v,hidden.i' \
// RUN:   | FileCheck %s --check-prefix=REC --implicit-check-not=chip.
// RUN: nir-opt %t/rec.mlir --nir-map-to-chip='target=xylo-audio2 dt=1e-3' --convert-chip-to-sim='probes=hidden.v' --sim-schedule \
// RUN:   | FileCheck %s --check-prefix=REC-SCHED --implicit-check-not=chip.
// The same registers on Xylo Audio 3 give the same model (only its name
// differs).
// RUN: nir-opt %t/rec.mlir --nir-map-to-chip='target=xylo-audio3 dt=1e-3' --convert-chip-to-sim \
// RUN:   | FileCheck %s --check-prefix=AUDIO3
// RUN: nir-opt %t/order.mlir --nir-map-to-chip='target=xylo-audio2 dt=1e-3' --convert-chip-to-sim \
// RUN:   | FileCheck %s --check-prefix=ORDER --implicit-check-not=chip.

//===----------------------------------------------------------------------===//
// ff.mlir: x (2) -> w_in (Affine) -> hidden (LIF, 3) -> w_out
//          -> readout (LIF, 2) -> y
//===----------------------------------------------------------------------===//
//
// Registers (dt = 1 ms): hidden tau 16 ms: dash_mem = log2(16) = 4; a LIF
// has no synaptic state: dash_syn = 0. Gain 2^-4 r = 1/16; the largest
// effective weight 2/16 = 0.125 gives scale 127 / 0.125 = 1016; threshold
// 1 * 1016 doubles to 32512 (weight_shift 5, scale 32512); bias =
// b / 16 * 32512 = [1016, 0, -2032]. w_in qweight = round(w / 16 * 1016) =
// [[64, -32], [0, 16], [48, 127]]. Output pool: readout tau 32 ms,
// dash_mem 5; w_out [1, 0, -0.5, 2, 0.25, 0.125] / 32, largest 0.0625:
// scale 2032, qweight [[64, 0, -32], [127, 16, 8]]; threshold 0.5 * 2032
// = 1016 doubles to 32512: weight_shift 5, scale 65024.
//
// Emulated: the registers as they are (current_decay = dash_syn, decay =
// dash_mem, threshold, bias, weight_shift); one LSB of Vmem is 1 / scale:
// 1/32512 = 3.0757874015748031e-5 (hidden), 1/65024 =
// 1.5378937007874016e-5 (readout).

// FF-LABEL: sim.model @"xylo-audio2" attributes {dt = 1.000000e-03 : f64} {
// FF-NEXT: %[[X:.+]] = sim.input "x" {node = "x"} : tensor<2xf64>
// FF-NEXT: %[[EV:.+]] = sim.events %[[X]] {max_per_step = 15 : i64, node = "x"} : tensor<2xf64> -> tensor<2xi32>
// FF-NEXT: %[[I:.+]] = sim.state "hidden.i" init dense<0> : tensor<i64> {node = "hidden"} : tensor<3xi16>
// FF-NEXT: %[[V:.+]] = sim.state "hidden.v" init dense<0> : tensor<i64> {node = "hidden"} : tensor<3xi16>
// Input events are not delayed: no in_flight state for w_in.
// FF-NEXT: %[[A:.+]] = sim.accumulate %[[EV]] into %[[I]] {node = "w_in", overflow = #sim.overflow<saturate>, weight = dense<{{\[\[}}64, -32], [0, 16], [48, 127]]> : tensor<3x2xi64>, weight_shift = 5 : i64} : tensor<2xi32>, tensor<3xi16> -> tensor<3xi16>
// Without `input`: Isyn already holds this step's events.
// FF-NEXT: %[[IN:.+]], %[[VN:.+]], %[[Z:.+]] = sim.fixed_step %[[A]], %[[V]] {
// FF-SAME: bias = dense<[1016, 0, -2032]> : tensor<3xi64>
// FF-SAME: compare = #sim.compare<ge>
// FF-SAME: current_decay = dense<0> : tensor<i64>
// FF-SAME: current_overflow = #sim.overflow<saturate>
// FF-SAME: decay = #sim.decay<bit_shift>
// FF-NOT: decay_unity
// FF-NOT: input_shift
// FF-SAME: max_spikes = 31 : i64
// FF-SAME: membrane_decay = dense<4> : tensor<i64>
// FF-SAME: membrane_overflow = #sim.overflow<saturate>
// FF-SAME: membrane_sum = #sim.membrane_sum<chained>
// FF-SAME: reset = #sim.reset<subtract>
// FF-SAME: threshold = dense<32512> : tensor<i64>
// FF-SAME: } : tensor<3xi16>, tensor<3xi16> -> tensor<3xi32>
// FF-NEXT: sim.next %[[I]] = %[[IN]] {node = "hidden"} : tensor<3xi16>
// FF-NEXT: sim.next %[[V]] = %[[VN]] {node = "hidden"} : tensor<3xi16>
// FF-NEXT: %[[RI:.+]] = sim.state "readout.i" init dense<0> : tensor<i64> {node = "readout"} : tensor<2xi16>
// FF-NEXT: %[[RV:.+]] = sim.state "readout.v" init dense<0> : tensor<i64> {node = "readout"} : tensor<2xi16>
// Hidden -> output spikes arrive one step later.
// FF-NEXT: %[[OUTBUF:.+]] = sim.state "w_out.in_flight" {node = "w_out"} : tensor<3xi32>
// FF-NEXT: %[[RA:.+]] = sim.accumulate %[[OUTBUF]] into %[[RI]] {node = "w_out", overflow = #sim.overflow<saturate>, weight = dense<{{\[\[}}64, 0, -32], [127, 16, 8]]> : tensor<2x3xi64>, weight_shift = 5 : i64} : tensor<3xi32>, tensor<2xi16> -> tensor<2xi16>
// The output pool fires at most once per step.
// FF-NEXT: %[[RIN:.+]], %[[RVN:.+]], %[[RZ:.+]] = sim.fixed_step %[[RA]], %[[RV]] {
// FF-SAME: bias = dense<0> : tensor<i64>
// FF-SAME: current_decay = dense<0> : tensor<i64>
// FF-SAME: max_spikes = 1 : i64
// FF-SAME: membrane_decay = dense<5> : tensor<i64>
// FF-SAME: threshold = dense<32512> : tensor<i64>
// FF-SAME: } : tensor<2xi16>, tensor<2xi16> -> tensor<2xi32>
// FF-NEXT: sim.next %[[RI]] = %[[RIN]] {node = "readout"} : tensor<2xi16>
// FF-NEXT: sim.next %[[RV]] = %[[RVN]] {node = "readout"} : tensor<2xi16>
// FF-NEXT: sim.next %[[OUTBUF]] = %[[Z]] {node = "w_out"} : tensor<3xi32>
// FF-NEXT: sim.output "y"(%[[RZ]]) {node = "y"} : tensor<2xi32>
// FF-NEXT: sim.probe "hidden" "output"(%[[Z]]) : tensor<3xi32>
// FF-NEXT: sim.probe "hidden" "v"(%[[VN]]) {unit = 3.0757874015748031E-5 : f64} : tensor<3xi16>
// FF-NEXT: sim.probe "readout" "v"(%[[RVN]]) {unit = 1.5378937007874016E-5 : f64} : tensor<2xi16>
// FF-NEXT: }

//===----------------------------------------------------------------------===//
// rec.mlir: x (2) -> w_in -> hidden (CubaLIF, 3, recurrent w_rec) -> w_out
//           -> readout (LIF, 2) -> y
//===----------------------------------------------------------------------===//
//
// Registers: hidden tau_syn 4 ms: dash_syn 2, tau_mem 8 ms: dash_mem 3; gain
// 2^-3 r 2^-2 w_in = 2^-3 * 2 * 2^-2 * 0.5 = 1/32; largest effective weight
// 2/32 (w_in's 2 and w_rec's -2): scale 2032; threshold 1.5 * 2032 = 3048
// doubles to 24384: weight_shift 3, scale 16256. w_in qweight =
// round(w / 32 * 2032) = [[64, -32], [0, 16], [48, 127]]; w_rec: -2 -> -127,
// 1 -> 63.5 -> 64. The readout and w_out as in ff.mlir.
//
// Emulated: w_in into Isyn first (input events come first), then the
// recurrent block, whose spikes arrive one step late, into the same sum.
// One LSB of the hidden Vmem is 1/16256 = 6.1515748031496062e-5.

// REC-LABEL: sim.model @"xylo-audio2"
// REC: %[[EV:.+]] = sim.events %{{.+}} {max_per_step = 15 : i64, node = "x"} : tensor<2xf64> -> tensor<2xi32>
// REC-NEXT: %[[I:.+]] = sim.state "hidden.i" init dense<0> : tensor<i64> {node = "hidden"} : tensor<3xi16>
// REC-NEXT: %[[V:.+]] = sim.state "hidden.v" init dense<0> : tensor<i64> {node = "hidden"} : tensor<3xi16>
// REC-NEXT: %[[A1:.+]] = sim.accumulate %[[EV]] into %[[I]] {node = "w_in", overflow = #sim.overflow<saturate>, weight = dense<{{\[\[}}64, -32], [0, 16], [48, 127]]> : tensor<3x2xi64>, weight_shift = 3 : i64} : tensor<2xi32>, tensor<3xi16> -> tensor<3xi16>
// REC-NEXT: %[[RECBUF:.+]] = sim.state "w_rec.in_flight" {node = "w_rec"} : tensor<3xi32>
// REC-NEXT: %[[A2:.+]] = sim.accumulate %[[RECBUF]] into %[[A1]] {node = "w_rec", overflow = #sim.overflow<saturate>, weight = dense<{{\[\[}}0, -127, 0], [0, 0, 64], [64, 0, 0]]> : tensor<3x3xi64>, weight_shift = 3 : i64} : tensor<3xi32>, tensor<3xi16> -> tensor<3xi16>
// REC-NEXT: %[[IN:.+]], %[[VN:.+]], %[[Z:.+]] = sim.fixed_step %[[A2]], %[[V]] {
// REC-SAME: bias = dense<0> : tensor<i64>
// REC-SAME: compare = #sim.compare<ge>
// REC-SAME: current_decay = dense<2> : tensor<i64>
// REC-SAME: current_overflow = #sim.overflow<saturate>
// REC-SAME: decay = #sim.decay<bit_shift>
// REC-SAME: max_spikes = 31 : i64
// REC-SAME: membrane_decay = dense<3> : tensor<i64>
// REC-SAME: membrane_overflow = #sim.overflow<saturate>
// REC-SAME: membrane_sum = #sim.membrane_sum<chained>
// REC-SAME: reset = #sim.reset<subtract>
// REC-SAME: threshold = dense<24384> : tensor<i64>
// REC-SAME: } : tensor<3xi16>, tensor<3xi16> -> tensor<3xi32>
// REC: %[[OUTBUF:.+]] = sim.state "w_out.in_flight" {node = "w_out"} : tensor<3xi32>
// REC-NEXT: sim.accumulate %[[OUTBUF]] into %{{.+}} {{{.*}}weight_shift = 5 : i64}
// REC-NEXT: %{{.+}}, %{{.+}}, %[[RZ:.+]] = sim.fixed_step {{.*}}max_spikes = 1 : i64
// The hidden spikes go out through both delayed blocks.
// REC-DAG: sim.next %[[RECBUF]] = %[[Z]] {node = "w_rec"} : tensor<3xi32>
// REC-DAG: sim.next %[[OUTBUF]] = %[[Z]] {node = "w_out"} : tensor<3xi32>
// REC: sim.output "y"(%[[RZ]]) {node = "y"} : tensor<2xi32>
// REC-NEXT: sim.probe "hidden" "v"(%[[VN]]) {unit = 6.1515748031496062E-5 : f64} : tensor<3xi16>
// The current's unit is not checked here: it is the membrane's LSB, which is
// not the NIR value of one LSB of Isyn (reported).
// REC-NEXT: sim.probe "hidden" "i"(%[[IN]]) {unit = {{.+}} : f64} : tensor<3xi16>
// REC-NEXT: }

// REC-SCHED-LABEL: sim.model @"xylo-audio2" attributes {dt = 1.000000e-03 : f64, scheduled} {
// REC-SCHED-DAG: %[[I:.+]] = sim.state "hidden.i"
// REC-SCHED-DAG: %[[V:.+]] = sim.state "hidden.v"
// REC-SCHED-DAG: %[[RECBUF:.+]] = sim.state "w_rec.in_flight"
// REC-SCHED-DAG: %[[OUTBUF:.+]] = sim.state "w_out.in_flight"
// REC-SCHED-DAG: %[[X:.+]] = sim.input "x"
// REC-SCHED: %[[EV:.+]] = sim.events %[[X]]
// REC-SCHED: %[[A1:.+]] = sim.accumulate %[[EV]] into %[[I]]
// REC-SCHED: %[[A2:.+]] = sim.accumulate %[[RECBUF]] into %[[A1]]
// REC-SCHED: %{{.+}}, %{{.+}}, %[[Z:.+]] = sim.fixed_step %[[A2]], %[[V]]
// REC-SCHED-DAG: sim.next %[[RECBUF]] = %[[Z]]
// REC-SCHED-DAG: sim.next %[[OUTBUF]] = %[[Z]]
// REC-SCHED-NOT: {{= sim\.|sim\.output|sim\.probe}}
// REC-SCHED: {{^ *[}]$}}

// AUDIO3-LABEL: sim.model @"xylo-audio3"
// AUDIO3: sim.events {{.*}}max_per_step = 15 : i64
// AUDIO3: sim.accumulate {{.*}}weight = dense<{{\[\[}}64, -32], [0, 16], [48, 127]]> : tensor<3x2xi64>, weight_shift = 3 : i64}
// AUDIO3: sim.fixed_step {{.*}}max_spikes = 31 : i64{{.*}}threshold = dense<24384> : tensor<i64>}
// AUDIO3: sim.fixed_step {{.*}}max_spikes = 1 : i64{{.*}}threshold = dense<32512> : tensor<i64>}
// AUDIO3-NOT: chip.

//===----------------------------------------------------------------------===//
// order.mlir: the order blocks are added in
//===----------------------------------------------------------------------===//
//
// h1 receives the input, so it takes hidden neurons 0-1 (offset 0) and h2
// neurons 2-3 (offset 2), although the graph lists h2 and its block w_b
// first. XyloSim adds the events into the readout by hidden neuron id: w_a
// (from h1) first, then w_b, both one step late, saturating. Each block
// stays one sim.accumulate of its own weights.

// ORDER-LABEL: sim.model @"xylo-audio2"
// ORDER-DAG: sim.fixed_step {{.*}}node = "h1"
// ORDER-DAG: sim.fixed_step {{.*}}node = "h2"
// ORDER: %[[RI:.+]] = sim.state "readout.i"
// ORDER: %[[ABUF:.+]] = sim.state "w_a.in_flight"
// ORDER-NEXT: %[[A:.+]] = sim.accumulate %[[ABUF]] into %[[RI]] {node = "w_a", overflow = #sim.overflow<saturate>, weight = dense<64> : tensor<1x2xi64>, weight_shift = 4 : i64}
// ORDER-NEXT: %[[BBUF:.+]] = sim.state "w_b.in_flight"
// ORDER-NEXT: %[[B:.+]] = sim.accumulate %[[BBUF]] into %[[A]] {node = "w_b", overflow = #sim.overflow<saturate>, weight = dense<{{\[\[}}127, -127]]> : tensor<1x2xi64>, weight_shift = 4 : i64}
// ORDER-NEXT: sim.fixed_step %[[B]], %{{.+}} {{{.*}}max_spikes = 1 : i64
// h1 -> h2 is a hidden -> hidden block: delayed too.
// ORDER: sim.next %{{.+}} = %{{.+}} {node = "w_12"}

// A probe names a neuron population of the device.
// RUN: not nir-opt %t/ff.mlir --nir-map-to-chip='target=xylo-audio2 dt=1e-3' --convert-chip-to-sim='probes=w_out' 2>&1 \
// RUN:   | FileCheck %s --check-prefix=ERR-PROBE
// ERR-PROBE: error: probe 'w_out': no neuron population named 'w_out' on Xylo Audio 2 (only neuron populations have state there)

//--- ff.mlir
nir.graph "ff" {
  %x = nir.input "x" : !nir.signal<2>
  %in = nir.affine "w_in"(%x) {weight = dense<[[1.0, -0.5], [0.0, 0.25], [0.75, 2.0]]> : tensor<3x2xf64>,
      bias = dense<[0.5, 0.0, -1.0]> : tensor<3xf64>} : (!nir.signal<2>) -> !nir.signal<3>
  %h = nir.lif "hidden"(%in) {tau = dense<1.6e-2> : tensor<3xf64>, r = dense<1.0> : tensor<3xf64>,
      v_leak = dense<0.0> : tensor<3xf64>, v_threshold = dense<1.0> : tensor<3xf64>, v_reset = dense<0.0> : tensor<3xf64>}
      : (!nir.signal<3>) -> !nir.signal<3>
  %o = nir.linear "w_out"(%h) {weight = dense<[[1.0, 0.0, -0.5], [2.0, 0.25, 0.125]]> : tensor<2x3xf64>} : (!nir.signal<3>) -> !nir.signal<2>
  %r = nir.lif "readout"(%o) {tau = dense<3.2e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<0.5> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "y"(%r) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- rec.mlir
nir.graph "rec" {
  %x = nir.input "x" : !nir.signal<2>
  %in = nir.linear "w_in"(%x) {weight = dense<[[1.0, -0.5], [0.0, 0.25], [0.75, 2.0]]> : tensor<3x2xf64>} : (!nir.signal<2>) -> !nir.signal<3>
  %h = nir.cuba_lif "hidden"(%in, %rec) {tau_syn = dense<4.0e-3> : tensor<3xf64>, tau_mem = dense<8.0e-3> : tensor<3xf64>,
      r = dense<2.0> : tensor<3xf64>, v_leak = dense<0.0> : tensor<3xf64>, w_in = dense<0.5> : tensor<3xf64>,
      v_threshold = dense<1.5> : tensor<3xf64>, v_reset = dense<0.0> : tensor<3xf64>}
      : (!nir.signal<3>, !nir.signal<3>) -> !nir.signal<3>
  %rec = nir.linear "w_rec"(%h) {weight = dense<[[0.0, -2.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]]> : tensor<3x3xf64>}
      : (!nir.signal<3>) -> !nir.signal<3>
  %o = nir.linear "w_out"(%h) {weight = dense<[[1.0, 0.0, -0.5], [2.0, 0.25, 0.125]]> : tensor<2x3xf64>} : (!nir.signal<3>) -> !nir.signal<2>
  %r = nir.lif "readout"(%o) {tau = dense<3.2e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<0.5> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "y"(%r) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- order.mlir
nir.graph "order" {
  %x = nir.input "x" : !nir.signal<2>
  %b = nir.linear "w_b"(%h2) {weight = dense<[[1.0, -1.0]]> : tensor<1x2xf64>} : (!nir.signal<2>) -> !nir.signal<1>
  %h2 = nir.lif "h2"(%m) {tau = dense<1.6e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %m = nir.linear "w_12"(%h1) {weight = dense<[[1.0, 0.0], [0.0, 1.0]]> : tensor<2x2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %in = nir.linear "w_in"(%x) {weight = dense<[[1.0, 0.5], [0.5, 1.0]]> : tensor<2x2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %h1 = nir.lif "h1"(%in) {tau = dense<1.6e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %a = nir.linear "w_a"(%h1) {weight = dense<[[0.5, 0.5]]> : tensor<1x2xf64>} : (!nir.signal<2>) -> !nir.signal<1>
  %r = nir.lif "readout"(%b, %a) {tau = dense<3.2e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<0.5> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>, !nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "y"(%r) : (!nir.signal<1>) -> !nir.signal<1>
}
