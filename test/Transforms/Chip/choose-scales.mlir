// RUN: nir-opt %s --pass-pipeline='builtin.module(chip.device(chip-choose-scales))' -split-input-file -verify-diagnostics | FileCheck %s
// chip-choose-scales alone: each population gets the scale its target's
// policy chooses (and what bounded it), and nothing else: no registers, no
// integer weights yet.

// Xylo: one scale per pool. "a" and "b" share the hidden pool (every gain
// is 2^-1 * 2 = 1): its largest weight is 4 (into "a"), so the pool's
// weight scale is 127/4 = 31.75; with the largest threshold, 4, shift 7
// fits (4 * 31.75 * 2^7 = 16256 <= 32767), so both get 31.75 * 128 = 4064,
// though "b" alone (largest weight 2, threshold 1) would get 63.5 * 128 =
// 8128. The output pool "o" has weights of 1 and threshold 1: 127 * 128 =
// 16256.
// CHECK-LABEL: chip.device "xylo-imu"
// CHECK: chip.population "a" {{.*}}params = {{{.*}}}, scale = #chip.scale<4.064000e+03, "the largest weight", shift 7>}
// CHECK: chip.population "b" {{.*}}params = {{{.*}}}, scale = #chip.scale<4.064000e+03, "the largest weight", shift 7>}
// CHECK: chip.population "o" {{.*}}params = {{{.*}}}, scale = #chip.scale<1.625600e+04, "the largest weight", shift 7>}
// CHECK-NOT: registers
// CHECK-NOT: qweight
chip.device "xylo-imu" attributes {dt = 1.0e-03 : f64} {
  %x = chip.input "x" [2] : !chip.neurons<2>
  %a = chip.population "a" lif [2] {nir_op = "nir.lif", params = {
      tau_mem = dense<2.0e-3> : tensor<1xf64>, r = dense<2.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<4.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}} : !chip.neurons<2>
  %b = chip.population "b" lif [2] {nir_op = "nir.lif", params = {
      tau_mem = dense<2.0e-3> : tensor<1xf64>, r = dense<2.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}} : !chip.neurons<2>
  %o = chip.population "o" lif [1] {nir_op = "nir.lif", params = {
      tau_mem = dense<2.0e-3> : tensor<1xf64>, r = dense<2.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}} : !chip.neurons<1>
  chip.synapses "x->a" dense %x -> %a {nir_op = "nir.linear",
      weight = dense<[[4.0, 0.0], [0.0, 4.0]]> : tensor<2x2xf64>} : !chip.neurons<2> -> !chip.neurons<2>
  chip.synapses "a->b" dense %a -> %b {nir_op = "nir.linear",
      weight = dense<[[2.0, 0.0], [0.0, -1.0]]> : tensor<2x2xf64>} : !chip.neurons<2> -> !chip.neurons<2>
  chip.synapses "b->o" dense %b -> %o {nir_op = "nir.linear",
      weight = dense<[[1.0, -1.0]]> : tensor<1x2xf64>} : !chip.neurons<2> -> !chip.neurons<1>
  chip.output "out" %o : !chip.neurons<1>
}

// -----

// Loihi 2: one w_scale per population. A spiking population's threshold
// maps to vth = 1024 unless a weight would not fit: "h" (threshold 1)
// gets 1024. The readout "ro" (an LI, tau_mem 20 ms: dv = 200, α_mem =
// 3896/4096) is bounded by its largest membrane, drive / (1 − α_mem) =
// (200/4096 * 1.0) / (200/4096) = 1, at 65536.
// CHECK-LABEL: chip.device "loihi2"
// CHECK: chip.population "h" {{.*}}scale = #chip.scale<1.024000e+03, "the threshold">}
// CHECK: chip.population "ro" {{.*}}scale = #chip.scale<6.553600e+04, "the readout's largest membrane">}
chip.device "loihi2" attributes {dt = 1.0e-03 : f64} {
  %x = chip.input "x" [1] : !chip.neurons<1>
  %h = chip.population "h" lif [1] {nir_op = "nir.lif", params = {
      tau_mem = dense<2.0e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}} : !chip.neurons<1>
  %ro = chip.population "ro" li [1] {nir_op = "nir.li", params = {
      tau_mem = dense<2.0e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>}} : !chip.neurons<1>
  chip.synapses "x->h" dense %x -> %h {nir_op = "nir.linear",
      weight = dense<[[0.5]]> : tensor<1x1xf64>} : !chip.neurons<1> -> !chip.neurons<1>
  chip.synapses "h->ro" dense %h -> %ro {nir_op = "nir.linear",
      weight = dense<[[1.0]]> : tensor<1x1xf64>} : !chip.neurons<1> -> !chip.neurons<1>
  chip.output "out" %ro : !chip.neurons<1>
}

// -----

// A parameter the model reads is missing: named, with the node.
chip.device "loihi2" attributes {dt = 1.0e-03 : f64} {
  %x = chip.input "x" [1] : !chip.neurons<1>
  // expected-error @+1 {{'nir.lif' "h": a lif population needs parameter 'v_reset'}}
  %h = chip.population "h" lif [1] {nir_op = "nir.lif", params = {
      tau_mem = dense<2.0e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>}} : !chip.neurons<1>
  chip.synapses "x->h" dense %x -> %h {nir_op = "nir.linear",
      weight = dense<[[0.5]]> : tensor<1x1xf64>} : !chip.neurons<1> -> !chip.neurons<1>
  chip.output "out" %h : !chip.neurons<1>
}

// -----

// Every population the chip cannot hold at any scale is reported, not only
// the first: both time constants are below Xylo's dt.
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %x = chip.input "x" [1] : !chip.neurons<1>
  // expected-error @+1 {{'nir.lif' "a": tau_mem = 0.0005 s of neuron 0 is not above dt = 0.001 s}}
  %a = chip.population "a" lif [1] {nir_op = "nir.lif", params = {
      tau_mem = dense<5.0e-4> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}} : !chip.neurons<1>
  // expected-error @+1 {{'nir.lif' "b": tau_mem = 0.0002 s of neuron 0 is not above dt = 0.001 s}}
  %b = chip.population "b" lif [1] {nir_op = "nir.lif", params = {
      tau_mem = dense<2.0e-4> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}} : !chip.neurons<1>
  chip.synapses "x->a" dense %x -> %a {nir_op = "nir.linear",
      weight = dense<[[1.0]]> : tensor<1x1xf64>} : !chip.neurons<1> -> !chip.neurons<1>
  chip.synapses "a->b" dense %a -> %b {nir_op = "nir.linear",
      weight = dense<[[1.0]]> : tensor<1x1xf64>} : !chip.neurons<1> -> !chip.neurons<1>
  chip.output "out" %b : !chip.neurons<1>
}

// -----

// A weight so large that no finite scale above 0 holds it.
chip.device "loihi2" attributes {dt = 1.0e-03 : f64} {
  %x = chip.input "x" [1] : !chip.neurons<1>
  // expected-error @+1 {{'nir.lif' "h": no scale maps it onto Loihi 2: the largest values give 0 (set by the largest weight)}}
  %h = chip.population "h" lif [1] {nir_op = "nir.lif", params = {
      tau_mem = dense<2.0e-2> : tensor<1xf64>, r = dense<1.0e10> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}} : !chip.neurons<1>
  chip.synapses "x->h" dense %x -> %h {nir_op = "nir.linear",
      weight = dense<1.0e300> : tensor<1x1xf64>} : !chip.neurons<1> -> !chip.neurons<1>
  chip.output "out" %h : !chip.neurons<1>
}

// -----

// A neuron model the target does not run (hand-written chip IR; from a NIR
// graph, convert-nir-to-chip rejects it first).
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %x = chip.input "x" [2] : !chip.neurons<2>
  // expected-error @+1 {{'nir.if' "h": Xylo Audio 2 does not run if neurons as a readout}}
  %h = chip.population "h" if [3] {nir_op = "nir.if", params = {r = dense<1.0> : tensor<1xf64>,
      v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}} : !chip.neurons<3>
  chip.synapses "x->h" dense %x -> %h {nir_op = "nir.linear",
      weight = dense<0.5> : tensor<3x2xf64>} : !chip.neurons<2> -> !chip.neurons<3>
  chip.output "out" %h : !chip.neurons<3>
}
