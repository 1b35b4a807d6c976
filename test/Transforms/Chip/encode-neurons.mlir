// RUN: nir-opt %s --pass-pipeline='builtin.module(chip.device(chip-encode-neurons))' -split-input-file -verify-diagnostics | FileCheck %s
// chip-encode-neurons alone: every population's registers at the scale it
// carries, which here is written by hand (not what chip-choose-scales
// would choose), and no integer weights.

// Loihi 2 at w_scale 512. tau_mem 20 ms at dt 1 ms: dv = round(4096 (1 -
// e^-0.05)) = 200. vth = round(1 * 512) = 512; the Affine bias 0.204
// enters as (1 - α_mem)·r·b = 200/4096 * 0.204 = 0.00996 per step, which
// is 0.00996 * 512 * 64 = 326.4 -> 326 LSB; the initial membrane is 0.
// CHECK-LABEL: chip.device "loihi2"
// CHECK: chip.population "h" {{.*}}registers = {bias_exp = dense<0> : tensor<1xi64>, bias_mant = dense<326> : tensor<1xi64>, du = dense<4095> : tensor<1xi64>, dv = dense<200> : tensor<1xi64>,
// CHECK-SAME: effective_tau_mem = dense<0.0199758{{[0-9]*}}> : tensor<1xf64>, v = dense<0> : tensor<1xi64>, vth = dense<512> : tensor<1xi64>, w_scale = 5.120000e+02 : f64}
// CHECK-NOT: qweight
chip.device "loihi2" attributes {dt = 1.0e-03 : f64} {
  %x = chip.input "x" [1] : !chip.neurons<1>
  %h = chip.population "h" lif [1] {nir_op = "nir.lif", params = {
      tau_mem = dense<2.0e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>,
      bias = dense<0.204> : tensor<1xf64>},
      scale = #chip.scale<512.0, "hand-written">} : !chip.neurons<1>
  chip.synapses "x->h" dense %x -> %h {nir_op = "nir.linear",
      weight = dense<[[0.5]]> : tensor<1x1xf64>} : !chip.neurons<1> -> !chip.neurons<1>
  chip.output "out" %h : !chip.neurons<1>
}

// -----

// Xylo at state scale 100: threshold 1.5 -> 150; the bias current
// 2^-1 * 0.5 (v_leak) = 0.25 -> 25.
// CHECK-LABEL: chip.device "xylo-audio2"
// CHECK: chip.population "o" {{.*}}registers = {bias = dense<25> : tensor<1xi64>, dash_mem = dense<1> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>, effective_tau_mem = dense<2.000000e-03> : tensor<1xf64>, scale = 1.000000e+02 : f64, threshold = dense<150> : tensor<1xi64>}
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %x = chip.input "x" [1] : !chip.neurons<1>
  %o = chip.population "o" lif [1] {nir_op = "nir.lif", params = {
      tau_mem = dense<2.0e-3> : tensor<1xf64>, r = dense<2.0> : tensor<1xf64>,
      v_leak = dense<0.5> : tensor<1xf64>, v_threshold = dense<1.5> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>},
      scale = #chip.scale<100.0, "hand-written", shift 2>} : !chip.neurons<1>
  chip.synapses "x->o" dense %x -> %o {nir_op = "nir.linear",
      weight = dense<[[1.0]]> : tensor<1x1xf64>} : !chip.neurons<1> -> !chip.neurons<1>
  chip.output "out" %o : !chip.neurons<1>
}

// -----

// Registers the chip cannot hold at the given scale: vth = 2^20 is beyond
// Loihi 2's 17 bits.
chip.device "loihi2" attributes {dt = 1.0e-03 : f64} {
  %x = chip.input "x" [1] : !chip.neurons<1>
  // expected-error @+1 {{'nir.lif' "h": register 'vth' = 1048576 is outside Loihi 2's range [0, 131071]: v_threshold - v_reset = 1 of neuron 0 at w_scale 1.04858e+06}}
  %h = chip.population "h" lif [1] {nir_op = "nir.lif", params = {
      tau_mem = dense<2.0e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>},
      scale = #chip.scale<1048576.0, "hand-written">} : !chip.neurons<1>
  chip.synapses "x->h" dense %x -> %h {nir_op = "nir.linear",
      weight = dense<[[0.5]]> : tensor<1x1xf64>} : !chip.neurons<1> -> !chip.neurons<1>
  chip.output "out" %h : !chip.neurons<1>
}

// -----

// Without chip-choose-scales there is no scale to encode at.
chip.device "loihi2" attributes {dt = 1.0e-03 : f64} {
  %x = chip.input "x" [1] : !chip.neurons<1>
  // expected-error @+1 {{'nir.lif' "h": has no scale; run chip-choose-scales first}}
  %h = chip.population "h" lif [1] {nir_op = "nir.lif", params = {
      tau_mem = dense<2.0e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}} : !chip.neurons<1>
  chip.synapses "x->h" dense %x -> %h {nir_op = "nir.linear",
      weight = dense<[[0.5]]> : tensor<1x1xf64>} : !chip.neurons<1> -> !chip.neurons<1>
  chip.output "out" %h : !chip.neurons<1>
}

// -----

// At a scale the policy would not choose, a value the chip's 16 bits cannot
// hold is an error, not a silent clamp: threshold 1.5 * 10^6.
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %x = chip.input "x" [1] : !chip.neurons<1>
  // expected-error @+1 {{'nir.lif' "o": 1 thresholds exceed Xylo Audio 2's range [-32768, 32767] at scale 1e+06}}
  %o = chip.population "o" lif [1] {nir_op = "nir.lif", params = {
      tau_mem = dense<2.0e-3> : tensor<1xf64>, r = dense<2.0> : tensor<1xf64>,
      v_leak = dense<0.5> : tensor<1xf64>, v_threshold = dense<1.5> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>},
      scale = #chip.scale<1.0e6, "hand-written", shift 2>} : !chip.neurons<1>
  chip.synapses "x->o" dense %x -> %o {nir_op = "nir.linear",
      weight = dense<[[1.0]]> : tensor<1x1xf64>} : !chip.neurons<1> -> !chip.neurons<1>
  chip.output "out" %o : !chip.neurons<1>
}

// -----

// Speck's biases are 8 bits: 0.5 * 10^6 does not fit.
chip.device "speck" attributes {dt = 1.0e-03 : f64} {
  %x = chip.input "x" [2] : !chip.neurons<2>
  // expected-error @+1 {{'nir.if' "o": 2 biases exceed Speck's range [-128, 127] at scale 1e+06}}
  %o = chip.population "o" if [2] {nir_op = "nir.if", params = {
      r = dense<1.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>, bias = dense<0.5> : tensor<1xf64>},
      scale = #chip.scale<1.0e6, "hand-written">} : !chip.neurons<2>
  chip.synapses "x->o" dense %x -> %o {nir_op = "nir.linear",
      weight = dense<[[1.0, 0.5], [0.25, -1.0]]> : tensor<2x2xf64>} : !chip.neurons<2> -> !chip.neurons<2>
  chip.output "out" %o : !chip.neurons<2>
}

// -----

// Speck's thresholds are 16 bits: v_threshold 1 at scale 10^5 is 100000.
chip.device "speck" attributes {dt = 1.0e-03 : f64} {
  %x = chip.input "x" [2] : !chip.neurons<2>
  // expected-error @+1 {{'nir.if' "o": v_threshold = 1 quantises to threshold_high = 100000 at scale 100000, outside Speck's range [-32768, 32767]}}
  %o = chip.population "o" if [2] {nir_op = "nir.if", params = {
      r = dense<1.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>},
      scale = #chip.scale<1.0e5, "hand-written">} : !chip.neurons<2>
  chip.synapses "x->o" dense %x -> %o {nir_op = "nir.linear",
      weight = dense<[[1.0, 0.5], [0.25, -1.0]]> : tensor<2x2xf64>} : !chip.neurons<2> -> !chip.neurons<2>
  chip.output "out" %o : !chip.neurons<2>
}

// -----

// A value beyond any integer (v_threshold 1 at scale 10^300) saturates when
// rounded, so the range check names it instead of overflowing.
chip.device "loihi2" attributes {dt = 1.0e-03 : f64} {
  %x = chip.input "x" [1] : !chip.neurons<1>
  // expected-error @+1 {{'nir.lif' "h": register 'vth' = 4611686018427387904 is outside Loihi 2's range [0, 131071]: v_threshold - v_reset = 1 of neuron 0 at w_scale 1e+300}}
  %h = chip.population "h" lif [1] {nir_op = "nir.lif", params = {
      tau_mem = dense<2.0e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>},
      scale = #chip.scale<1.0e300, "hand-written">} : !chip.neurons<1>
  chip.synapses "x->h" dense %x -> %h {nir_op = "nir.linear",
      weight = dense<[[0.5]]> : tensor<1x1xf64>} : !chip.neurons<1> -> !chip.neurons<1>
  chip.output "out" %h : !chip.neurons<1>
}
