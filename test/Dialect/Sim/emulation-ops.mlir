// RUN: nir-opt %s | nir-opt | FileCheck %s
// RUN: nir-opt %s --mlir-print-op-generic | nir-opt | FileCheck %s
// RUN: nir-opt %s --verify-roundtrip --verify-diagnostics -o /dev/null
// The generic form spells out the default-valued shifts the custom form
// elides, and names every optional operand.
// RUN: nir-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// The ops convert-chip-to-sim builds to emulate a chip's integer arithmetic
// (sim.events, sim.accumulate, sim.fixed_step, sim.event_fire), the integer
// `initial` of sim.state, and the `unit`/`offset` of sim.probe and sim.output
// parse, verify, print and parse back, in the custom and the generic form.

// A Loihi-like stepped model: input events, a block summed on its own and
// shifted (no base), a multiply-shift neuron that takes it as `input`, a
// readout without threshold or bias, and the integer probes and outputs.
// CHECK-LABEL: sim.model @stepped
// CHECK-SAME: attributes {dt = 1.000000e-03 : f64}
sim.model @stepped attributes {dt = 1.0e-03 : f64} {
  // CHECK: %[[X:.+]] = sim.input "x" {node = "x"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // CHECK: %[[EV:.+]] = sim.events %[[X]] {max_per_step = 1 : i64, node = "ev"} : tensor<2xf64> -> tensor<2xi32>
  %ev = sim.events %x {node = "ev", max_per_step = 1 : i64} : tensor<2xf64> -> tensor<2xi32>
  // A multi-dimensional input with a larger cap.
  // CHECK: sim.events %{{.+}} {max_per_step = 15 : i64, node = "imgev"} : tensor<2x3xf64> -> tensor<2x3xi8>
  %img = sim.input "img" {node = "img"} : tensor<2x3xf64>
  %imgev = sim.events %img {node = "imgev", max_per_step = 15 : i64} : tensor<2x3xf64> -> tensor<2x3xi8>

  // No base: the sum starts at zero; sum_shift right, weight_shift elided.
  // CHECK: %[[A:.+]] = sim.accumulate %[[EV]] {
  // CHECK-SAME: node = "a"
  // CHECK-NOT: into
  // CHECK-SAME: overflow = #sim.overflow<unbounded>
  // CHECK-SAME: sum_shift = -3 : i64
  // CHECK-SAME: weight = dense<{{\[\[}}128, -64], [64, 0], [0, 256]]> : tensor<3x2xi64>
  // CHECK-NOT: weight_shift
  // CHECK-SAME: } : tensor<2xi32> -> tensor<3xi32>
  %a = sim.accumulate %ev {node = "a", weight = dense<[[128, -64], [64, 0], [0, 256]]> : tensor<3x2xi64>,
      sum_shift = -3, overflow = #sim.overflow<unbounded>} : tensor<2xi32> -> tensor<3xi32>

  // The block's a_buff: one step of delay as an integer state, zeros.
  // CHECK: %[[BUF:.+]] = sim.state "fc.in_flight" {node = "buf"} : tensor<2xi32>
  %buf = sim.state "fc.in_flight" {node = "buf"} : tensor<2xi32>
  sim.next %buf = %ev {node = "buf"} : tensor<2xi32>
  // Integer initial values, per element and splat.
  // CHECK: %[[U:.+]] = sim.state "lif.i" init dense<0> : tensor<i64> {node = "u"} : tensor<3xi24>
  %u = sim.state "lif.i" init dense<0> : tensor<i64> {node = "u"} : tensor<3xi24>
  // CHECK: %[[V:.+]] = sim.state "lif.v" init dense<[32768, -8388607, 8388607]> : tensor<3xi64> {node = "v"} : tensor<3xi24>
  %v = sim.state "lif.v" init dense<[32768, -8388607, 8388607]> : tensor<3xi64> {node = "v"} : tensor<3xi24>

  // With an input: multiply_shift (decay_unity), input_shift, wrap_once and
  // saturate_symmetric, direct, gt, zero; per-neuron membrane_decay and bias;
  // a floor under the membrane.
  // CHECK: %[[UN:.+]], %[[VN:.+]], %[[Z:.+]] = sim.fixed_step %[[U]], %[[V]], %[[A]] {
  // CHECK-SAME: bias = dense<[4096, 2048, 1024]> : tensor<3xi64>
  // CHECK-SAME: compare = #sim.compare<gt>
  // CHECK-SAME: current_decay = dense<512> : tensor<i64>
  // CHECK-SAME: current_overflow = #sim.overflow<wrap_once>
  // CHECK-SAME: decay = #sim.decay<multiply_shift>
  // CHECK-SAME: decay_unity = 4096 : i64
  // CHECK-SAME: input_shift = 6 : i64
  // CHECK-SAME: max_spikes = 1 : i64
  // CHECK-SAME: membrane_decay = dense<[256, 128, 1]> : tensor<3xi64>
  // CHECK-SAME: membrane_overflow = #sim.overflow<saturate_symmetric>
  // CHECK-SAME: membrane_sum = #sim.membrane_sum<direct>
  // CHECK-SAME: node = "un"
  // CHECK-SAME: reset = #sim.reset<zero>
  // CHECK-SAME: threshold = dense<65536> : tensor<i64>
  // CHECK-SAME: threshold_low = dense<-65536> : tensor<i64>
  // CHECK-SAME: } : tensor<3xi24>, tensor<3xi24>, tensor<3xi32> -> tensor<3xi32>
  %un, %vn, %z = sim.fixed_step %u, %v, %a {node = "un", decay = #sim.decay<multiply_shift>,
      decay_unity = 4096, current_decay = dense<512> : tensor<i64>,
      membrane_decay = dense<[256, 128, 1]> : tensor<3xi64>, input_shift = 6,
      current_overflow = #sim.overflow<wrap_once>,
      membrane_overflow = #sim.overflow<saturate_symmetric>,
      membrane_sum = #sim.membrane_sum<direct>,
      bias = dense<[4096, 2048, 1024]> : tensor<3xi64>,
      threshold = dense<65536> : tensor<i64>, compare = #sim.compare<gt>,
      reset = #sim.reset<zero>, max_spikes = 1,
      threshold_low = dense<-65536> : tensor<i64>}
      : tensor<3xi24>, tensor<3xi24>, tensor<3xi32> -> tensor<3xi32>
  // CHECK: sim.next %[[U]] = %[[UN]] {node = "u"} : tensor<3xi24>
  sim.next %u = %un {node = "u"} : tensor<3xi24>
  // CHECK: sim.next %[[V]] = %[[VN]] {node = "v"} : tensor<3xi24>
  sim.next %v = %vn {node = "v"} : tensor<3xi24>

  // A readout: no threshold (never fires), no bias, no input_shift.
  // CHECK: %[[RI:.+]] = sim.state "readout.i" {node = "ri"} : tensor<1xi24>
  %ri = sim.state "readout.i" {node = "ri"} : tensor<1xi24>
  // CHECK: %[[RV:.+]] = sim.state "readout.v" {node = "rv"} : tensor<1xi24>
  %rv = sim.state "readout.v" {node = "rv"} : tensor<1xi24>
  // CHECK: %[[RA:.+]] = sim.accumulate %[[Z]] {node = "ra", overflow = #sim.overflow<unbounded>, weight = dense<{{\[\[}}2, -1, 1]]> : tensor<1x3xi64>} : tensor<3xi32> -> tensor<1xi32>
  %ra = sim.accumulate %z {node = "ra", weight = dense<[[2, -1, 1]]> : tensor<1x3xi64>,
      overflow = #sim.overflow<unbounded>} : tensor<3xi32> -> tensor<1xi32>
  // CHECK: %[[RIN:.+]], %[[RVN:.+]], %{{.+}} = sim.fixed_step %[[RI]], %[[RV]], %[[RA]] {
  // CHECK-NOT: bias
  // CHECK-NOT: input_shift
  // CHECK-SAME: membrane_decay = dense<256> : tensor<i64>
  // CHECK-SAME: node = "rin"
  // CHECK-NOT: threshold
  // CHECK-SAME: } : tensor<1xi24>, tensor<1xi24>, tensor<1xi32> -> tensor<1xi8>
  %rin, %rvn, %rz = sim.fixed_step %ri, %rv, %ra {node = "rin", decay = #sim.decay<multiply_shift>,
      decay_unity = 4096, current_decay = dense<4096> : tensor<i64>,
      membrane_decay = dense<256> : tensor<i64>,
      current_overflow = #sim.overflow<wrap_once>,
      membrane_overflow = #sim.overflow<saturate_symmetric>,
      membrane_sum = #sim.membrane_sum<direct>, compare = #sim.compare<gt>,
      reset = #sim.reset<zero>, max_spikes = 1}
      : tensor<1xi24>, tensor<1xi24>, tensor<1xi32> -> tensor<1xi8>
  sim.next %ri = %rin {node = "ri"} : tensor<1xi24>
  sim.next %rv = %rvn {node = "rv"} : tensor<1xi24>

  // Outputs and probes: spikes without unit; a membrane in NIR units; a
  // probe with an offset (v = offset + unit x register), one without.
  // CHECK: sim.output "spikes"(%[[Z]]) {node = "spikes"} : tensor<3xi32>
  sim.output "spikes"(%z) {node = "spikes"} : tensor<3xi32>
  // CHECK: sim.output "y"(%[[RVN]]) {node = "y", unit = 3.0517578125E-5 : f64} : tensor<1xi24>
  sim.output "y"(%rvn) {node = "y", unit = 3.0517578125e-05 : f64} : tensor<1xi24>
  // CHECK: sim.probe "lif" "output"(%[[Z]]) : tensor<3xi32>
  sim.probe "lif" "output"(%z) : tensor<3xi32>
  // CHECK: sim.probe "lif" "v"(%[[VN]]) {offset = -5.000000e-01 : f64, unit = 1.52587890625E-5 : f64} : tensor<3xi24>
  sim.probe "lif" "v"(%vn) {unit = 1.52587890625e-05 : f64, offset = -0.5 : f64} : tensor<3xi24>
  // CHECK: sim.probe "lif" "i"(%[[UN]]) {unit = 1.52587890625E-5 : f64} : tensor<3xi24>
  sim.probe "lif" "i"(%un) {unit = 1.52587890625e-05 : f64} : tensor<3xi24>
  // A float probe still takes no unit.
  // CHECK: sim.probe "x" "output"(%[[X]]) : tensor<2xf64>
  sim.probe "x" "output"(%x) : tensor<2xf64>
}

// A Xylo-like stepped model: events accumulated event by event `into` the
// current (the base), with a weight shift and saturation; a bit-shift
// neuron without `input`; chained sums, ge, subtract, many spikes per step.
// CHECK-LABEL: sim.model @into_current
sim.model @into_current attributes {dt = 1.0e-03 : f64} {
  // CHECK: %[[X:.+]] = sim.input "x" {node = "x"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  // CHECK: %[[EV:.+]] = sim.events %[[X]] {max_per_step = 15 : i64, node = "ev"} : tensor<2xf64> -> tensor<2xi32>
  %ev = sim.events %x {node = "ev", max_per_step = 15} : tensor<2xf64> -> tensor<2xi32>
  // CHECK: %[[I:.+]] = sim.state "h.i" {node = "i"} : tensor<3xi16>
  %i = sim.state "h.i" {node = "i"} : tensor<3xi16>
  // CHECK: %[[V:.+]] = sim.state "h.v" init dense<[-32768, 0, 32767]> : tensor<3xi64> {node = "v"} : tensor<3xi16>
  %v = sim.state "h.v" init dense<[-32768, 0, 32767]> : tensor<3xi64> {node = "v"} : tensor<3xi16>
  // CHECK: %[[A1:.+]] = sim.accumulate %[[EV]] into %[[I]] {
  // CHECK-SAME: node = "a1"
  // CHECK-SAME: overflow = #sim.overflow<saturate>
  // CHECK-NOT: sum_shift
  // CHECK-SAME: weight = dense<{{\[\[}}1, -2], [3, 4], [127, -128]]> : tensor<3x2xi64>
  // CHECK-SAME: weight_shift = 2 : i64
  // CHECK-SAME: } : tensor<2xi32>, tensor<3xi16> -> tensor<3xi16>
  %a1 = sim.accumulate %ev into %i {node = "a1", weight = dense<[[1, -2], [3, 4], [127, -128]]> : tensor<3x2xi64>,
      weight_shift = 2, overflow = #sim.overflow<saturate>}
      : tensor<2xi32>, tensor<3xi16> -> tensor<3xi16>
  // A second block chained into the first's sum, from a delayed recurrent
  // source; a wrapping sum.
  // CHECK: %[[REC:.+]] = sim.state "w_rec.in_flight" {node = "rec"} : tensor<3xi32>
  %rec = sim.state "w_rec.in_flight" {node = "rec"} : tensor<3xi32>
  // CHECK: %[[A2:.+]] = sim.accumulate %[[REC]] into %[[A1]] {node = "a2", overflow = #sim.overflow<wrap_once>, weight = dense<-1> : tensor<3x3xi64>} : tensor<3xi32>, tensor<3xi16> -> tensor<3xi16>
  %a2 = sim.accumulate %rec into %a1 {node = "a2", weight = dense<-1> : tensor<3x3xi64>,
      overflow = #sim.overflow<wrap_once>} : tensor<3xi32>, tensor<3xi16> -> tensor<3xi16>
  // CHECK: %[[IN:.+]], %[[VN:.+]], %[[Z:.+]] = sim.fixed_step %[[A2]], %[[V]] {
  // CHECK-SAME: bias = dense<-5> : tensor<i64>
  // CHECK-SAME: compare = #sim.compare<ge>
  // CHECK-SAME: current_decay = dense<[1, 2, 15]> : tensor<3xi64>
  // CHECK-SAME: current_overflow = #sim.overflow<saturate>
  // CHECK-SAME: decay = #sim.decay<bit_shift>
  // CHECK-NOT: decay_unity
  // CHECK-SAME: max_spikes = 31 : i64
  // CHECK-SAME: membrane_decay = dense<0> : tensor<i64>
  // CHECK-SAME: membrane_overflow = #sim.overflow<saturate>
  // CHECK-SAME: membrane_sum = #sim.membrane_sum<chained>
  // CHECK-SAME: node = "in"
  // CHECK-SAME: reset = #sim.reset<subtract>
  // CHECK-SAME: threshold = dense<[100, 200, 300]> : tensor<3xi64>
  // CHECK-SAME: } : tensor<3xi16>, tensor<3xi16> -> tensor<3xi32>
  %in, %vn, %z = sim.fixed_step %a2, %v {node = "in", decay = #sim.decay<bit_shift>,
      current_decay = dense<[1, 2, 15]> : tensor<3xi64>, membrane_decay = dense<0> : tensor<i64>,
      current_overflow = #sim.overflow<saturate>, membrane_overflow = #sim.overflow<saturate>,
      membrane_sum = #sim.membrane_sum<chained>, bias = dense<-5> : tensor<i64>,
      threshold = dense<[100, 200, 300]> : tensor<3xi64>, compare = #sim.compare<ge>,
      reset = #sim.reset<subtract>, max_spikes = 31}
      : tensor<3xi16>, tensor<3xi16> -> tensor<3xi32>
  // CHECK: sim.next %[[I]] = %[[IN]] {node = "i"} : tensor<3xi16>
  sim.next %i = %in {node = "i"} : tensor<3xi16>
  // CHECK: sim.next %[[V]] = %[[VN]] {node = "v"} : tensor<3xi16>
  sim.next %v = %vn {node = "v"} : tensor<3xi16>
  // CHECK: sim.next %[[REC]] = %[[Z]] {node = "rec"} : tensor<3xi32>
  sim.next %rec = %z {node = "rec"} : tensor<3xi32>
  // A threshold above the membrane's width is allowed (a never-firing
  // neuron).
  // CHECK: sim.fixed_step %[[I]], %[[V]] {{{.*}}node = "i2", {{.*}}threshold = dense<131072> : tensor<i64>} : tensor<3xi16>, tensor<3xi16> -> tensor<3xi32>
  %i2, %v2, %z2 = sim.fixed_step %i, %v {node = "i2", decay = #sim.decay<bit_shift>,
      current_decay = dense<1> : tensor<i64>, membrane_decay = dense<1> : tensor<i64>,
      current_overflow = #sim.overflow<saturate>, membrane_overflow = #sim.overflow<saturate>,
      membrane_sum = #sim.membrane_sum<chained>, threshold = dense<131072> : tensor<i64>,
      compare = #sim.compare<ge>, reset = #sim.reset<subtract>, max_spikes = 1}
      : tensor<3xi16>, tensor<3xi16> -> tensor<3xi32>
  // CHECK: sim.output "h"(%[[Z]]) {node = "h"} : tensor<3xi32>
  sim.output "h"(%z) {node = "h"} : tensor<3xi32>
  // CHECK: sim.probe "h" "v"(%[[VN]]) {unit = 1.000000e-02 : f64} : tensor<3xi16>
  sim.probe "h" "v"(%vn) {unit = 0.01 : f64} : tensor<3xi16>
}

// Convolutions and pooling on sim.accumulate: conv with stride and padding,
// conv of a pooled source, a dense block after pooling.
// CHECK-LABEL: sim.model @conv_accumulate
sim.model @conv_accumulate attributes {dt = 1.0e-03 : f64} {
  // CHECK: %[[X:.+]] = sim.input "x" {node = "x"} : tensor<2x4x4xf64>
  %x = sim.input "x" {node = "x"} : tensor<2x4x4xf64>
  // CHECK: %[[EV:.+]] = sim.events %[[X]] {max_per_step = 1 : i64, node = "ev"} : tensor<2x4x4xf64> -> tensor<2x4x4xi32>
  %ev = sim.events %x {node = "ev", max_per_step = 1} : tensor<2x4x4xf64> -> tensor<2x4x4xi32>
  // [2, 4, 4] * [3, 2, 3, 3], stride 2, padding 1: [3, 2, 2].
  // CHECK: sim.accumulate %[[EV]] {
  // CHECK-SAME: node = "c"
  // CHECK-SAME: overflow = #sim.overflow<saturate>
  // CHECK-SAME: padding = array<i64: 1, 1>
  // CHECK-NOT: pool
  // CHECK-SAME: stride = array<i64: 2, 2>
  // CHECK-SAME: weight = dense<1> : tensor<3x2x3x3xi64>
  // CHECK-SAME: } : tensor<2x4x4xi32> -> tensor<3x2x2xi16>
  %c = sim.accumulate %ev {node = "c", weight = dense<1> : tensor<3x2x3x3xi64>,
      stride = array<i64: 2, 2>, padding = array<i64: 1, 1>,
      overflow = #sim.overflow<saturate>} : tensor<2x4x4xi32> -> tensor<3x2x2xi16>
  // Pooled 2x2 to [2, 2, 2], then a 1x2 kernel, stride 1, padding [0, 1]:
  // [1, 2, 3].
  // CHECK: sim.accumulate %[[EV]] {
  // CHECK-SAME: node = "cp"
  // CHECK-SAME: padding = array<i64: 0, 1>
  // CHECK-SAME: pool = 2 : i64
  // CHECK-SAME: stride = array<i64: 1, 1>
  // CHECK-SAME: weight = dense<{{\[\[\[\[}}1, 2]], {{\[\[}}3, 4]]]]> : tensor<1x2x1x2xi64>
  // CHECK-SAME: } : tensor<2x4x4xi32> -> tensor<1x2x3xi16>
  %cp = sim.accumulate %ev {node = "cp", weight = dense<[[[[1, 2]], [[3, 4]]]]> : tensor<1x2x1x2xi64>,
      stride = array<i64: 1, 1>, padding = array<i64: 0, 1>, pool = 2,
      overflow = #sim.overflow<saturate>} : tensor<2x4x4xi32> -> tensor<1x2x3xi16>
  // Pooled 4x4 to [2, 1, 1] (2 elements), then dense [5, 2].
  // CHECK: sim.accumulate %[[EV]] {node = "dp", overflow = #sim.overflow<unbounded>, pool = 4 : i64, weight = dense<3> : tensor<5x2xi64>} : tensor<2x4x4xi32> -> tensor<5xi32>
  %dp = sim.accumulate %ev {node = "dp", weight = dense<3> : tensor<5x2xi64>, pool = 4,
      overflow = #sim.overflow<unbounded>} : tensor<2x4x4xi32> -> tensor<5xi32>
  // A conv result accumulated into a conv-shaped base.
  // CHECK: sim.accumulate %[[EV]] into %{{.+}} {node = "cb", {{.*}}} : tensor<2x4x4xi32>, tensor<3x2x2xi16> -> tensor<3x2x2xi16>
  %cb = sim.accumulate %ev into %c {node = "cb", weight = dense<1> : tensor<3x2x3x3xi64>,
      stride = array<i64: 2, 2>, padding = array<i64: 1, 1>,
      overflow = #sim.overflow<saturate>} : tensor<2x4x4xi32>, tensor<3x2x2xi16> -> tensor<3x2x2xi16>
}

// Speck-like event-driven neurons: the first block with the bias, a second
// without; conv with stride and padding, pooling, a dense block.
// CHECK-LABEL: sim.model @event_driven
sim.model @event_driven attributes {dt = 1.0e-03 : f64} {
  // CHECK: %[[X:.+]] = sim.input "x" {node = "x"} : tensor<2x4x4xf64>
  %x = sim.input "x" {node = "x"} : tensor<2x4x4xf64>
  // CHECK: %[[EV:.+]] = sim.events %[[X]]
  // CHECK-SAME: node = "ev"
  %ev = sim.events %x {node = "ev", max_per_step = 1} : tensor<2x4x4xf64> -> tensor<2x4x4xi32>
  // CHECK: %[[V:.+]] = sim.state "c1.v" init dense<0> : tensor<i64> {node = "v"} : tensor<3x2x2xi16>
  %v = sim.state "c1.v" init dense<0> : tensor<i64> {node = "v"} : tensor<3x2x2xi16>
  // CHECK: %[[V1:.+]], %[[S1:.+]] = sim.event_fire %[[V]], %[[EV]] {
  // CHECK-SAME: bias = dense<{{\[\[\[}}1, 1], [1, 1]], {{\[\[}}-1, -1], [-1, -1]], {{\[\[}}0, 0], [0, 0]]]> : tensor<3x2x2xi64>
  // CHECK-SAME: node = "v1"
  // CHECK-SAME: overflow = #sim.overflow<saturate>
  // CHECK-SAME: padding = array<i64: 1, 1>
  // CHECK-SAME: reset = #sim.reset<subtract>
  // CHECK-SAME: stride = array<i64: 2, 2>
  // CHECK-SAME: threshold = dense<10> : tensor<i64>
  // CHECK-SAME: threshold_low = dense<-32768> : tensor<i64>
  // CHECK-SAME: weight = dense<2> : tensor<3x2x3x3xi64>
  // CHECK-SAME: } : tensor<3x2x2xi16>, tensor<2x4x4xi32> -> tensor<3x2x2xi32>
  %v1, %s1 = sim.event_fire %v, %ev {node = "v1", weight = dense<2> : tensor<3x2x3x3xi64>,
      stride = array<i64: 2, 2>, padding = array<i64: 1, 1>,
      bias = dense<[[[1, 1], [1, 1]], [[-1, -1], [-1, -1]], [[0, 0], [0, 0]]]> : tensor<3x2x2xi64>, threshold = dense<10> : tensor<i64>,
      threshold_low = dense<-32768> : tensor<i64>, reset = #sim.reset<subtract>,
      overflow = #sim.overflow<saturate>}
      : tensor<3x2x2xi16>, tensor<2x4x4xi32> -> tensor<3x2x2xi32>
  // No bias, a pooled source, reset to zero, per-neuron thresholds.
  // CHECK: %[[V2:.+]], %[[S2:.+]] = sim.event_fire %[[V1]], %[[EV]] {
  // CHECK-SAME: node = "v2"
  // CHECK-NOT: bias
  // CHECK-SAME: pool = 2 : i64
  // CHECK-SAME: reset = #sim.reset<zero>
  // CHECK-SAME: threshold = dense<{{\[\[\[}}1, 2], [3, 4]], {{\[\[}}5, 6], [7, 8]], {{\[\[}}9, 10], [11, 12]]]> : tensor<3x2x2xi64>
  // CHECK-SAME: } : tensor<3x2x2xi16>, tensor<2x4x4xi32> -> tensor<3x2x2xi32>
  %v2, %s2 = sim.event_fire %v1, %ev {node = "v2", weight = dense<1> : tensor<3x2x1x1xi64>,
      stride = array<i64: 1, 1>, padding = array<i64: 0, 0>, pool = 2,
      threshold = dense<[[[1, 2], [3, 4]], [[5, 6], [7, 8]], [[9, 10], [11, 12]]]> : tensor<3x2x2xi64>,
      threshold_low = dense<0> : tensor<i64>, reset = #sim.reset<zero>,
      overflow = #sim.overflow<saturate>}
      : tensor<3x2x2xi16>, tensor<2x4x4xi32> -> tensor<3x2x2xi32>
  // CHECK: %[[S:.+]] = sim.add %[[S1]], %[[S2]] {node = "s"} : tensor<3x2x2xi32>
  %s = sim.add %s1, %s2 {node = "s"} : tensor<3x2x2xi32>
  // CHECK: sim.next %[[V]] = %[[V2]] {node = "v"} : tensor<3x2x2xi16>
  sim.next %v = %v2 {node = "v"} : tensor<3x2x2xi16>
  // A dense event-driven layer of the flattened spikes.
  // CHECK: %[[F:.+]] = sim.state "fc.v" {node = "f"} : tensor<4xi16>
  %f = sim.state "fc.v" {node = "f"} : tensor<4xi16>
  // CHECK: sim.event_fire %[[F]], %[[S]] {node = "fn", overflow = #sim.overflow<saturate>, reset = #sim.reset<subtract>, threshold = dense<5> : tensor<i64>, threshold_low = dense<-5> : tensor<i64>, weight = dense<1> : tensor<4x12xi64>} : tensor<4xi16>, tensor<3x2x2xi32> -> tensor<4xi32>
  %fn, %fs = sim.event_fire %f, %s {node = "fn", weight = dense<1> : tensor<4x12xi64>,
      threshold = dense<5> : tensor<i64>, threshold_low = dense<-5> : tensor<i64>,
      reset = #sim.reset<subtract>, overflow = #sim.overflow<saturate>}
      : tensor<4xi16>, tensor<3x2x2xi32> -> tensor<4xi32>
  sim.next %f = %fn {node = "f"} : tensor<4xi16>
  // CHECK: sim.probe "c1" "v"(%[[V2]]) {unit = 2.500000e-01 : f64} : tensor<3x2x2xi16>
  sim.probe "c1" "v"(%v2) {unit = 0.25 : f64} : tensor<3x2x2xi16>
}

// GENERIC-LABEL: "sim.model"()
// GENERIC-SAME: name = "stepped"
// GENERIC: "sim.accumulate"(%{{.+}}) <{node = "a", overflow = #sim.overflow<unbounded>, sum_shift = -3 : i64, weight = {{.*}}, weight_shift = 0 : i64}> : (tensor<2xi32>) -> tensor<3xi32>
// GENERIC: "sim.state"() <{initial = dense<[32768, -8388607, 8388607]> : tensor<3xi64>, name = "lif.v", node = "v"}> : () -> tensor<3xi24>
// GENERIC: "sim.fixed_step"(%{{.+}}, %{{.+}}, %{{.+}}) <{{.*}}input_shift = 6 : i64{{.*}}}> : (tensor<3xi24>, tensor<3xi24>, tensor<3xi32>) -> (tensor<3xi24>, tensor<3xi24>, tensor<3xi32>)
// GENERIC: "sim.output"(%{{.+}}) <{name = "y", node = "y", unit = 3.0517578125E-5 : f64}> : (tensor<1xi24>) -> ()
// GENERIC: "sim.probe"(%{{.+}}) <{node = "lif", observable = "v", offset = -5.000000e-01 : f64, unit = 1.52587890625E-5 : f64}> : (tensor<3xi24>) -> ()
// GENERIC-LABEL: name = "into_current"
// GENERIC: "sim.accumulate"(%{{.+}}, %{{.+}}) <{node = "a1", overflow = #sim.overflow<saturate>, sum_shift = 0 : i64, {{.*}}weight_shift = 2 : i64}> : (tensor<2xi32>, tensor<3xi16>) -> tensor<3xi16>
// GENERIC: "sim.fixed_step"(%{{.+}}, %{{.+}}) <{{.*}}input_shift = 0 : i64{{.*}}}> : (tensor<3xi16>, tensor<3xi16>) -> (tensor<3xi16>, tensor<3xi16>, tensor<3xi32>)
// GENERIC-LABEL: name = "event_driven"
// GENERIC: "sim.event_fire"(%{{.+}}, %{{.+}}) <{bias = {{.*}}}> : (tensor<3x2x2xi16>, tensor<2x4x4xi32>) -> (tensor<3x2x2xi16>, tensor<3x2x2xi32>)
