// convert-chip-to-sim on Loihi 2: a mapped, quantised chip.device becomes a
// sim.model in the arithmetic of Lava's bit-accurate LIF and Dense
// (PyLifModelBitAcc, PyDenseModelBitAcc): 24-bit u and v, multiply-shift
// decays of unity 4096 with du + 1 for the current, u wrapping once and v
// saturating symmetrically, input << 6, v > vth << 6 resets to 0, one spike
// per step, every Dense block summed on its own (its weights MSB-aligned in
// 8 bits, the sum shifted by weight_exp) and sent one step later (a_buff).
// Every number below is worked out by hand from the registers
// --nir-map-to-chip writes (shown in the comments).

// RUN: rm -rf %t && split-file %s %t

// RUN: nir-opt %t/ff.mlir --nir-map-to-chip='target=loihi2 dt=1e-3' --convert-chip-to-sim='probes=hidden,hidden.v,hidden.i' \
// RUN:   | FileCheck %s --check-prefix=FF --implicit-check-not=chip.
// RUN: nir-opt %t/ff.mlir --nir-map-to-chip='target=loihi2 dt=1e-3' --convert-chip-to-sim='probes=hidden.v' --sim-schedule \
// RUN:   | FileCheck %s --check-prefix=FF-SCHED --implicit-check-not=chip.
// RUN: nir-opt %t/rec.mlir --nir-map-to-chip='target=loihi2 dt=1e-3' --convert-chip-to-sim='probes=hidden.v,readout.v' \
// RUN:   | FileCheck %s --check-prefix=REC --implicit-check-not=chip.
// RUN: nir-opt %t/rec.mlir --nir-map-to-chip='target=loihi2 dt=1e-3' --convert-chip-to-sim --sim-schedule \
// RUN:   | FileCheck %s --check-prefix=REC-SCHED --implicit-check-not=chip.
// Without probes there is none.
// RUN: nir-opt %t/ff.mlir --nir-map-to-chip='target=loihi2 dt=1e-3' --convert-chip-to-sim \
// RUN:   | FileCheck %s --check-prefix=NO-PROBES

//===----------------------------------------------------------------------===//
// ff.mlir: x (2) -> fc (Affine) -> hidden (LIF, 3) -> y
//===----------------------------------------------------------------------===//
//
// Registers (dt = 1 ms): tau = 15.5 ms: dv = round(4096 (1 - e^(-1/15.5)))
// = round(255.91) = 256; a LIF has no current: du = 4095. v_threshold -
// v_reset = 0.5 - (-0.5) = 1: w_scale = 1024, vth = 1024. Initial v =
// (v_leak - v_reset) w_scale 64 = 0.5 * 65536 = 32768. Bias per step
// (dv/4096)(v_leak - v_reset + b) = (0.5 + [0.5, 0, -0.25]) / 16 = [1/16,
// 1/32, 1/64] * 65536 = [4096, 2048, 1024]: bias_mant [2048, 2048, 1024],
// bias_exp [1, 0, 0]. fc: qweight [[2, -1], [4, 0], [0, 8]], 5 bits, MIXED,
// weight_exp 0.
//
// Emulated: current_decay = du + 1 = 4096 (u is cleared every step),
// membrane_decay = dv = 256, threshold = vth << 6 = 65536, bias =
// bias_mant << bias_exp = [4096, 2048, 1024], weights = qweight << (8 - 5 +
// 1) = qweight * 16 = [[32, -16], [64, 0], [0, 128]] with sum_shift =
// weight_exp = 0 (0.5 NIR -> 32 << 6 = 2048 = (0.5 / 16) * 65536). One LSB
// of v is 1 / (64 w_scale) = 2^-16; v is held relative to v_reset = -0.5.

// FF-LABEL: sim.model @loihi2 attributes {dt = 1.000000e-03 : f64} {
// FF-NEXT: %[[X:.+]] = sim.input "x" {node = "x"} : tensor<2xf64>
// Lava's Dense takes binary spikes.
// FF-NEXT: %[[EV:.+]] = sim.events %[[X]] {max_per_step = 1 : i64, node = "x"} : tensor<2xf64> -> tensor<2xi32>
// FF-NEXT: %[[U:.+]] = sim.state "hidden.i" init dense<0> : tensor<i64> {node = "hidden"} : tensor<3xi24>
// FF-NEXT: %[[V:.+]] = sim.state "hidden.v" init dense<32768> : tensor<i64> {node = "hidden"} : tensor<3xi24>
// The input's events wait one step in a_buff.
// FF-NEXT: %[[BUF:.+]] = sim.state "fc.in_flight" {node = "fc"} : tensor<2xi32>
// FF-NEXT: %[[A:.+]] = sim.accumulate %[[BUF]] {node = "fc", overflow = #sim.overflow<unbounded>, weight = dense<{{\[\[}}32, -16], [64, 0], [0, 128]]> : tensor<3x2xi64>} : tensor<2xi32> -> tensor<3xi32>
// FF-NEXT: %[[UN:.+]], %[[VN:.+]], %[[Z:.+]] = sim.fixed_step %[[U]], %[[V]], %[[A]] {
// FF-SAME: bias = dense<[4096, 2048, 1024]> : tensor<3xi64>
// FF-SAME: compare = #sim.compare<gt>
// FF-SAME: current_decay = dense<4096> : tensor<i64>
// FF-SAME: current_overflow = #sim.overflow<wrap_once>
// FF-SAME: decay = #sim.decay<multiply_shift>
// FF-SAME: decay_unity = 4096 : i64
// FF-SAME: input_shift = 6 : i64
// FF-SAME: max_spikes = 1 : i64
// FF-SAME: membrane_decay = dense<256> : tensor<i64>
// FF-SAME: membrane_overflow = #sim.overflow<saturate_symmetric>
// FF-SAME: membrane_sum = #sim.membrane_sum<direct>
// FF-SAME: node = "hidden"
// FF-SAME: reset = #sim.reset<zero>
// FF-SAME: threshold = dense<65536> : tensor<i64>
// FF-SAME: } : tensor<3xi24>, tensor<3xi24>, tensor<3xi32> -> tensor<3xi32>
// FF-NEXT: sim.next %[[U]] = %[[UN]] {node = "hidden"} : tensor<3xi24>
// FF-NEXT: sim.next %[[V]] = %[[VN]] {node = "hidden"} : tensor<3xi24>
// FF-NEXT: sim.next %[[BUF]] = %[[EV]] {node = "fc"} : tensor<2xi32>
// A spiking population is read as its spikes, without a unit.
// FF-NEXT: sim.output "y"(%[[Z]]) {node = "y"} : tensor<3xi32>
// FF-NEXT: sim.probe "hidden" "output"(%[[Z]]) : tensor<3xi32>
// FF-NEXT: sim.probe "hidden" "v"(%[[VN]]) {offset = -5.000000e-01 : f64, unit = 1.52587890625E-5 : f64} : tensor<3xi24>
// The current's unit is not checked here: it is the membrane's LSB, which is
// not the NIR value of one LSB of u (reported).
// FF-NEXT: sim.probe "hidden" "i"(%[[UN]]) {unit = {{.+}} : f64} : tensor<3xi24>
// FF-NEXT: }

// Scheduled: each state above its readers, the a_buff read before the input
// of this step is taken, the sim.next ops last (the verifier of a scheduled
// sim.model holds them there).
// FF-SCHED-LABEL: sim.model @loihi2 attributes {dt = 1.000000e-03 : f64, scheduled} {
// FF-SCHED-DAG: %[[U:.+]] = sim.state "hidden.i"
// FF-SCHED-DAG: %[[V:.+]] = sim.state "hidden.v"
// FF-SCHED-DAG: %[[BUF:.+]] = sim.state "fc.in_flight"
// FF-SCHED: %[[A:.+]] = sim.accumulate %[[BUF]]
// FF-SCHED: %[[UN:.+]], %[[VN:.+]], %{{.+}} = sim.fixed_step %[[U]], %[[V]], %[[A]]
// FF-SCHED: %[[X:.+]] = sim.input "x"
// FF-SCHED: %[[EV:.+]] = sim.events %[[X]]
// FF-SCHED-DAG: sim.next %[[U]] = %[[UN]]
// FF-SCHED-DAG: sim.next %[[V]] = %[[VN]]
// FF-SCHED-DAG: sim.next %[[BUF]] = %[[EV]]
// FF-SCHED-NOT: {{= sim\.|sim\.output|sim\.probe}}
// FF-SCHED: {{^ *[}]$}}

// NO-PROBES-LABEL: sim.model @loihi2
// NO-PROBES: sim.fixed_step
// NO-PROBES: sim.output "y"
// NO-PROBES-NOT: sim.probe

//===----------------------------------------------------------------------===//
// rec.mlir: x (2) -> fc (Affine) -> hidden (CubaLIF, 3, recurrent w_rec)
//           -> w_out -> readout (LI, 1) -> y
//===----------------------------------------------------------------------===//
//
// Registers: hidden as in ff.mlir (dv = 256, vth = 1024, v = 32768, bias
// [2048, 2048, 1024] at exponents [1, 0, 0], w_scale 1024) and a current:
// tau_syn = 7.49 ms: du = round(4096 (1 - e^(-1/7.49))) - 1 = 512 - 1 = 511.
// fc: qweight [[16, -8], [29, 0], [0, 64]], 8 bits, MIXED, weight_exp -3.
// w_rec: qweight -1 on the ring, 1 bit, INHIBITORY, weight_exp -4.
// w_out: qweight [[2, -1, 1]], 3 bits, MIXED, weight_exp 4. readout: LI,
// du = 4095, dv = 256, w_scale 32768, vth 131071 (never reached).
//
// Emulated: hidden current_decay = 511 + 1 = 512; fc weights << (8 - 8 + 1)
// = [[32, -16], [58, 0], [0, 128]], sum_shift -3; w_rec << (8 - 1 + 0) =
// -128, sum_shift -4 (-1 * 2^7 * 2^-4 = -8 a_in units); w_out << (8 - 3 +
// 1) = [[128, -64, 64]], sum_shift 4. The two blocks into hidden are summed
// on their own and added. Every block, the recurrent one too, waits one
// step. The readout has no threshold, and is read as its membrane in NIR
// units: 1 / (64 * 32768) = 2^-21 = 4.76837158203125e-7 per LSB.

// REC-LABEL: sim.model @loihi2 attributes {dt = 1.000000e-03 : f64} {
// REC: %[[X:.+]] = sim.input "x"
// REC-NEXT: %[[EV:.+]] = sim.events %[[X]] {max_per_step = 1 : i64, node = "x"} : tensor<2xf64> -> tensor<2xi32>
// REC-DAG: %[[U:.+]] = sim.state "hidden.i" init dense<0> : tensor<i64> {node = "hidden"} : tensor<3xi24>
// REC-DAG: %[[V:.+]] = sim.state "hidden.v" init dense<32768> : tensor<i64> {node = "hidden"} : tensor<3xi24>
// REC-DAG: %[[RECBUF:.+]] = sim.state "w_rec.in_flight" {node = "w_rec"} : tensor<3xi32>
// REC-DAG: %[[FCBUF:.+]] = sim.state "fc.in_flight" {node = "fc"} : tensor<2xi32>
// REC-DAG: %[[RECA:.+]] = sim.accumulate %[[RECBUF]] {node = "w_rec", overflow = #sim.overflow<unbounded>, sum_shift = -4 : i64, weight = dense<{{\[\[}}0, -128, 0], [0, 0, -128], [-128, 0, 0]]> : tensor<3x3xi64>} : tensor<3xi32> -> tensor<3xi32>
// REC-DAG: %[[FCA:.+]] = sim.accumulate %[[FCBUF]] {node = "fc", overflow = #sim.overflow<unbounded>, sum_shift = -3 : i64, weight = dense<{{\[\[}}32, -16], [58, 0], [0, 128]]> : tensor<3x2xi64>} : tensor<2xi32> -> tensor<3xi32>
// REC-DAG: %[[SUM:.+]] = sim.add %[[RECA]], %[[FCA]] {node = "hidden"} : tensor<3xi32>
// REC: %[[UN:.+]], %[[VN:.+]], %[[Z:.+]] = sim.fixed_step %[[U]], %[[V]], %[[SUM]] {
// REC-SAME: bias = dense<[4096, 2048, 1024]> : tensor<3xi64>
// REC-SAME: compare = #sim.compare<gt>
// REC-SAME: current_decay = dense<512> : tensor<i64>
// REC-SAME: current_overflow = #sim.overflow<wrap_once>
// REC-SAME: decay = #sim.decay<multiply_shift>, decay_unity = 4096 : i64
// REC-SAME: input_shift = 6 : i64, max_spikes = 1 : i64
// REC-SAME: membrane_decay = dense<256> : tensor<i64>
// REC-SAME: membrane_overflow = #sim.overflow<saturate_symmetric>
// REC-SAME: membrane_sum = #sim.membrane_sum<direct>
// REC-SAME: reset = #sim.reset<zero>
// REC-SAME: threshold = dense<65536> : tensor<i64>
// REC-SAME: } : tensor<3xi24>, tensor<3xi24>, tensor<3xi32> -> tensor<3xi32>
// REC-DAG: %[[RU:.+]] = sim.state "readout.i" init dense<0> : tensor<i64> {node = "readout"} : tensor<1xi24>
// REC-DAG: %[[RV:.+]] = sim.state "readout.v" init dense<0> : tensor<i64> {node = "readout"} : tensor<1xi24>
// REC-DAG: %[[OUTBUF:.+]] = sim.state "w_out.in_flight" {node = "w_out"} : tensor<3xi32>
// REC: %[[OUTA:.+]] = sim.accumulate %[[OUTBUF]] {node = "w_out", overflow = #sim.overflow<unbounded>, sum_shift = 4 : i64, weight = dense<{{\[\[}}128, -64, 64]]> : tensor<1x3xi64>} : tensor<3xi32> -> tensor<1xi32>
// An LI: u cleared every step, no threshold.
// REC-NEXT: %{{.+}}, %[[RVN:.+]], %{{.+}} = sim.fixed_step %[[RU]], %[[RV]], %[[OUTA]] {
// REC-SAME: current_decay = dense<4096> : tensor<i64>
// REC-SAME: membrane_decay = dense<256> : tensor<i64>
// REC-NOT: threshold
// REC-SAME: } : tensor<1xi24>, tensor<1xi24>, tensor<1xi32> -> tensor<1xi32>
// REC-DAG: sim.next %[[RECBUF]] = %[[Z]] {node = "w_rec"} : tensor<3xi32>
// REC-DAG: sim.next %[[FCBUF]] = %[[EV]] {node = "fc"} : tensor<2xi32>
// REC-DAG: sim.next %[[OUTBUF]] = %[[Z]] {node = "w_out"} : tensor<3xi32>
// REC: sim.output "y"(%[[RVN]]) {node = "y", unit = 4.76837158203125E-7 : f64} : tensor<1xi24>
// REC-NEXT: sim.probe "hidden" "v"(%[[VN]]) {offset = -5.000000e-01 : f64, unit = 1.52587890625E-5 : f64} : tensor<3xi24>
// A readout has no offset (its v is not held relative to a v_reset).
// REC-NEXT: sim.probe "readout" "v"(%[[RVN]]) {unit = 4.76837158203125E-7 : f64} : tensor<1xi24>
// REC-NEXT: }

// REC-SCHED-LABEL: sim.model @loihi2 attributes {dt = 1.000000e-03 : f64, scheduled} {
// REC-SCHED-DAG: %[[U:.+]] = sim.state "hidden.i"
// REC-SCHED-DAG: %[[V:.+]] = sim.state "hidden.v"
// REC-SCHED-DAG: %[[RECBUF:.+]] = sim.state "w_rec.in_flight"
// REC-SCHED-DAG: %[[OUTBUF:.+]] = sim.state "w_out.in_flight"
// REC-SCHED-DAG: %[[RECA:.+]] = sim.accumulate %[[RECBUF]]
// REC-SCHED: %[[SUM:.+]] = sim.add
// REC-SCHED: %{{.+}}, %{{.+}}, %[[Z:.+]] = sim.fixed_step %[[U]], %[[V]], %[[SUM]]
// REC-SCHED-DAG: sim.next %[[RECBUF]] = %[[Z]]
// REC-SCHED-DAG: sim.next %[[OUTBUF]] = %[[Z]]
// REC-SCHED-NOT: {{= sim\.|sim\.output|sim\.probe}}
// REC-SCHED: {{^ *[}]$}}

//===----------------------------------------------------------------------===//
// Errors
//===----------------------------------------------------------------------===//

// A probe names a neuron population: not a block, not an input, not a name
// the device lacks. A dotted name is split at its last ".v" / ".i".
// RUN: not nir-opt %t/ff.mlir --nir-map-to-chip='target=loihi2 dt=1e-3' --convert-chip-to-sim='probes=hidden.v,nosuch' 2>&1 \
// RUN:   | FileCheck %s --check-prefix=ERR-PROBE
// ERR-PROBE: ff.mlir:1:1: error: probe 'nosuch': no neuron population named 'nosuch' on Loihi 2 (only neuron populations have state there)
// RUN: not nir-opt %t/ff.mlir --nir-map-to-chip='target=loihi2 dt=1e-3' --convert-chip-to-sim='probes=fc.v' 2>&1 \
// RUN:   | FileCheck %s --check-prefix=ERR-PROBE-BLOCK
// ERR-PROBE-BLOCK: error: probe 'fc.v': no neuron population named 'fc' on Loihi 2 (only neuron populations have state there)
// RUN: not nir-opt %t/ff.mlir --nir-map-to-chip='target=loihi2 dt=1e-3' --convert-chip-to-sim='probes=x' 2>&1 \
// RUN:   | FileCheck %s --check-prefix=ERR-PROBE-INPUT
// ERR-PROBE-INPUT: error: probe 'x': no neuron population named 'x' on Loihi 2 (only neuron populations have state there)

// A module without a chip.device (the NIR graph itself), or with two.
// RUN: not nir-opt %t/ff.mlir --convert-chip-to-sim 2>&1 | FileCheck %s --check-prefix=ERR-NO-DEVICE
// ERR-NO-DEVICE: error: convert-chip-to-sim needs one chip.device, found 0
// RUN: not nir-opt %t/two-devices.mlir --convert-chip-to-sim 2>&1 | FileCheck %s --check-prefix=ERR-TWO-DEVICES
// ERR-TWO-DEVICES: error: convert-chip-to-sim needs one chip.device, found 2

// A device converted but not quantised has no registers to emulate.
// RUN: not nir-opt %t/ff.mlir --convert-nir-to-chip='target=loihi2 dt=1e-3' --convert-chip-to-sim 2>&1 \
// RUN:   | FileCheck %s --check-prefix=ERR-UNQUANTISED
// ERR-UNQUANTISED: ff.mlir:6:8: error: 'nir.lif' "hidden" has no registers: run chip-quantize first

// An Output of an Input: no chip records its input channels.
// RUN: not nir-opt %t/echo.mlir --nir-map-to-chip='target=loihi2 dt=1e-3' --convert-chip-to-sim 2>&1 \
// RUN:   | FileCheck %s --check-prefix=ERR-ECHO
// ERR-ECHO: echo.mlir:8:8: error: output 'echo' reads an input directly, which no chip emulation records

// Loihi 2 has no toolchain model apart from Lava's bit-accurate one.
// RUN: not nir-opt %t/ff.mlir --nir-map-to-chip='target=loihi2 dt=1e-3' --convert-chip-to-sim='variant=toolchain' 2>&1 \
// RUN:   | FileCheck %s --check-prefix=ERR-VARIANT
// ERR-VARIANT: error: Loihi 2 has no toolchain model apart from the chip's arithmetic; emulate the chip

// A probe carries one offset per population: neurons that reset to
// different potentials (one vth, so v_threshold - v_reset is common) are
// read relative to neuron 0's, with a warning.
// RUN: nir-opt %t/v-reset.mlir --nir-map-to-chip='target=loihi2 dt=1e-3' --convert-chip-to-sim='probes=hidden.v' 2>&1 \
// RUN:   | FileCheck %s --check-prefix=V-RESET
// V-RESET: warning: 'nir.lif' "hidden": v_reset differs between its neurons; the membrane probes and the membrane RMSE read every neuron's v relative to neuron 0's v_reset (-0.5), the spikes are exact
// V-RESET: sim.probe "hidden" "v"({{.*}}offset = -5.000000e-01 : f64

//--- ff.mlir
nir.graph "ff" {
  %x = nir.input "x" : !nir.signal<2>
  %in = nir.affine "fc"(%x) {weight = dense<[[0.5, -0.25], [1.0, 0.0], [0.0, 2.0]]> : tensor<3x2xf64>,
      bias = dense<[0.5, 0.0, -0.25]> : tensor<3xf64>} : (!nir.signal<2>) -> !nir.signal<3>
  // v_reset != 0: the membrane is held relative to it.
  %h = nir.lif "hidden"(%in) {tau = dense<1.55e-2> : tensor<3xf64>, r = dense<1.0> : tensor<3xf64>,
      v_leak = dense<0.0> : tensor<3xf64>, v_threshold = dense<0.5> : tensor<3xf64>,
      v_reset = dense<-0.5> : tensor<3xf64>} : (!nir.signal<3>) -> !nir.signal<3>
  %y = nir.output "y"(%h) : (!nir.signal<3>) -> !nir.signal<3>
}

//--- rec.mlir
nir.graph "rec" {
  %x = nir.input "x" : !nir.signal<2>
  %in = nir.affine "fc"(%x) {weight = dense<[[0.5, -0.25], [0.9, 0.0], [0.0, 2.0]]> : tensor<3x2xf64>,
      bias = dense<[0.5, 0.0, -0.25]> : tensor<3xf64>} : (!nir.signal<2>) -> !nir.signal<3>
  %h = nir.cuba_lif "hidden"(%in, %rec) {tau_syn = dense<7.49e-3> : tensor<3xf64>, tau_mem = dense<1.55e-2> : tensor<3xf64>,
      r = dense<1.0> : tensor<3xf64>, v_leak = dense<0.0> : tensor<3xf64>, w_in = dense<1.0> : tensor<3xf64>,
      v_threshold = dense<0.5> : tensor<3xf64>, v_reset = dense<-0.5> : tensor<3xf64>}
      : (!nir.signal<3>, !nir.signal<3>) -> !nir.signal<3>
  %rec = nir.linear "w_rec"(%h) {weight = dense<[[0.0, -1.0, 0.0], [0.0, 0.0, -1.0], [-1.0, 0.0, 0.0]]> : tensor<3x3xf64>}
      : (!nir.signal<3>) -> !nir.signal<3>
  %o = nir.linear "w_out"(%h) {weight = dense<[[1.0, -0.5, 0.5]]> : tensor<1x3xf64>} : (!nir.signal<3>) -> !nir.signal<1>
  %r = nir.li "readout"(%o) {tau = dense<1.55e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>} : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "y"(%r) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- echo.mlir
nir.graph "echo" {
  %x = nir.input "x" : !nir.signal<2>
  %in = nir.linear "fc"(%x) {weight = dense<[[0.5, -0.25], [1.0, 0.0]]> : tensor<2x2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.lif "hidden"(%in) {tau = dense<1.55e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<0.5> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "y"(%h) : (!nir.signal<2>) -> !nir.signal<2>
  %e = nir.output "echo"(%x) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- two-devices.mlir
chip.device "loihi2" attributes {dt = 1.0e-03 : f64} {
}
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
}

//--- v-reset.mlir
nir.graph "v_reset" {
  %x = nir.input "x" : !nir.signal<2>
  %in = nir.linear "fc"(%x) {weight = dense<[[0.5, -0.25], [1.0, 0.0]]> : tensor<2x2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.lif "hidden"(%in) {tau = dense<1.55e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<[0.5, 1.0]> : tensor<2xf64>,
      v_reset = dense<[-0.5, 0.0]> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "y"(%h) : (!nir.signal<2>) -> !nir.signal<2>
}
