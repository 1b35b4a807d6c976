// RUN: nir-opt %s --pass-pipeline='builtin.module(chip.device(chip-quantize-weights))' -split-input-file -verify-diagnostics | FileCheck %s
// chip-quantize-weights alone: every block's integer weights at its target
// population's scale (written by hand here), with the gains of the target
// neurons folded in; no population registers.

// Xylo at state scale 100 with shift 2: weights are stored at 100 / 2^2 =
// 25 per unit. The gain into "o" is 2^-dash_mem * r = 2^-1 * 2 = 1, so
// [[1.0, -0.3]] -> [[25, -7.5 -> -8]] (half to even), worst error
// |-0.3 + 8/25| = 0.02 (2% of max |w| = 1).
// CHECK-LABEL: chip.device "xylo-audio2"
// CHECK-NOT: registers = {bias
// CHECK: chip.synapses "x->o" dense {{.*}}qweight = dense<{{\[\[}}25, -8]]> : tensor<1x2xi64>, registers = {matrix = "output", quant_error = 0.02{{[0-9]*}} : f64, scale = 1.000000e+02 : f64, weight_shift = 2 : i64}
// expected-warning @+1 {{Xylo Audio 2 resets a neuron by subtracting its threshold}}
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %x = chip.input "x" [2] : !chip.neurons<2>
  %o = chip.population "o" lif [1] {nir_op = "nir.lif", params = {
      tau_mem = dense<2.0e-3> : tensor<1xf64>, r = dense<2.0> : tensor<1xf64>,
      v_leak = dense<0.5> : tensor<1xf64>, v_threshold = dense<1.5> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>},
      scale = #chip.scale<100.0, "hand-written", shift 2>} : !chip.neurons<1>
  // expected-remark @+1 {{'x->o': 8-bit output weights into the output pool, shift 2, scale 100; worst error 0.02 (2.00% of max |w| = 1)}}
  chip.synapses "x->o" dense %x -> %o {nir_op = "nir.linear",
      weight = dense<[[1.0, -0.3]]> : tensor<1x2xf64>} : !chip.neurons<2> -> !chip.neurons<1>
  chip.output "out" %o : !chip.neurons<1>
}

// -----

// Loihi 2 at w_scale 512: the gain into "h" is (1 - α_mem)·r = 200/4096,
// so the weight 2 is 2 * 200/4096 * 512 = 50 a_in units: EXCITATORY. The
// smallest weight_exp that holds it in 8 bits is -2 (mantissa 200, step
// 1/4); dropping the three trailing zero bits leaves mantissa 25 in 5 bits.
// CHECK-LABEL: chip.device "loihi2"
// CHECK: chip.synapses "x->h" dense {{.*}}qweight = dense<25> : tensor<1x1xi64>, registers = {num_weight_bits = 5 : i64, quant_error = 0.000000e+00 : f64, sign_mode = "EXCITATORY", w_scale = 5.120000e+02 : f64, weight_exp = -2 : i64}
chip.device "loihi2" attributes {dt = 1.0e-03 : f64} {
  %x = chip.input "x" [1] : !chip.neurons<1>
  %h = chip.population "h" lif [1] {nir_op = "nir.lif", params = {
      tau_mem = dense<2.0e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>},
      scale = #chip.scale<512.0, "hand-written">} : !chip.neurons<1>
  // expected-remark @+1 {{'x->h': 5-bit EXCITATORY weights into "h", weight_exp -2, w_scale 512; worst error 0 (0.00% of max |w| = 0.0976562)}}
  chip.synapses "x->h" dense %x -> %h {nir_op = "nir.linear",
      weight = dense<[[2.0]]> : tensor<1x1xf64>} : !chip.neurons<1> -> !chip.neurons<1>
  chip.output "out" %h : !chip.neurons<1>
}

// -----

// Every block that fails is reported, and without a scale on the target
// there is nothing to quantise at.
chip.device "spinnaker2" attributes {dt = 1.0e-03 : f64} {
  %x = chip.input "x" [1] : !chip.neurons<1>
  // expected-error @+1 {{'nir.lif' "a": has no scale; run chip-choose-scales first}}
  %a = chip.population "a" lif [1] {nir_op = "nir.lif", params = {
      tau_mem = dense<2.0e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}} : !chip.neurons<1>
  %b = chip.population "b" lif [1] {nir_op = "nir.lif", params = {
      tau_mem = dense<2.0e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>},
      scale = #chip.scale<127.0, "hand-written">} : !chip.neurons<1>
  chip.synapses "x->a" dense %x -> %a {nir_op = "nir.linear",
      weight = dense<[[1.0]]> : tensor<1x1xf64>} : !chip.neurons<1> -> !chip.neurons<1>
  // expected-error @+1 {{'nir.linear' "a->b": 1 weights exceed SpiNNaker2's int8 range [-127, 127]}}
  chip.synapses "a->b" dense %a -> %b {nir_op = "nir.linear",
      weight = dense<[[2.0]]> : tensor<1x1xf64>} : !chip.neurons<1> -> !chip.neurons<1>
  chip.output "out" %b : !chip.neurons<1>
}

// -----

// A weight shift beyond Xylo's register, and weights that do not fit 8 bits
// at the scale given, are errors.
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %x = chip.input "x" [1] : !chip.neurons<1>
  %h = chip.population "h" lif [1] {nir_op = "nir.lif", params = {
      tau_mem = dense<2.0e-3> : tensor<1xf64>, r = dense<2.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>},
      scale = #chip.scale<100.0, "hand-written", shift 20>} : !chip.neurons<1>
  %o = chip.population "o" lif [1] {nir_op = "nir.lif", params = {
      tau_mem = dense<2.0e-3> : tensor<1xf64>, r = dense<2.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>},
      scale = #chip.scale<1000.0, "hand-written">} : !chip.neurons<1>
  // expected-error @+1 {{'nir.linear' "x->h": weight shift 20 is above Xylo Audio 2's largest, 7}}
  chip.synapses "x->h" dense %x -> %h {nir_op = "nir.linear",
      weight = dense<[[1.0]]> : tensor<1x1xf64>} : !chip.neurons<1> -> !chip.neurons<1>
  // expected-error @+1 {{'nir.linear' "h->o": 1 weights exceed Xylo Audio 2's range [-128, 127] at scale 1000}}
  chip.synapses "h->o" dense %h -> %o {nir_op = "nir.linear",
      weight = dense<[[1.0]]> : tensor<1x1xf64>} : !chip.neurons<1> -> !chip.neurons<1>
  chip.output "out" %o : !chip.neurons<1>
}
