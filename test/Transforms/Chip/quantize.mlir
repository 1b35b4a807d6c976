// RUN: nir-opt %s --pass-pipeline='builtin.module(chip.device(chip-quantize))' -split-input-file -verify-diagnostics | FileCheck %s
// Xylo never clips (its scale comes from the largest value), so
// allow-saturation changes nothing.
// RUN: nir-opt %s --pass-pipeline='builtin.module(chip.device(chip-quantize{allow-saturation}))' -split-input-file -verify-diagnostics | FileCheck %s
// The pipeline nests itself on chip.device when given the module.
// RUN: nir-opt %s --pass-pipeline='builtin.module(chip-quantize)' -split-input-file -verify-diagnostics | FileCheck %s
// chip-quantize alone on hand-written Xylo devices: the registers and
// integer weights it adds, worked out by hand from Xylo.cpp's rules:
//   dash = round(log2(tau/dt));
//   gain of a weight into neuron i = 2^-dash_mem * r * (CubaLIF: 2^-dash_syn * w_in);
//   bias current = 2^-dash_mem * (v_leak + r * (CubaLIF: w_in) * bias);
//   per pool (hidden, output): weight scale = 127 / max |w * gain|; shift =
//   the largest s <= 7 with max(|threshold|, |bias|) * scale * 2^s <= 32767;
//   state scale = scale * 2^s (if even s = 0 overflows, both scales are
//   32767 / max state); values round half to even.

// Xylo Audio 2. "h": dash_mem = log2(4) = 2, gain = 2^-2 * 4 = 1, bias
// current = 2^-2 * 4 * [2, -1] = [2, -1]. Hidden pool: max |w| = 254, so
// scale = 127/254 = 0.5; max state = 1000 and 1000 * 0.5 * 2^6 = 32000 <=
// 32767 < 64000, so shift = 6 and state scale = 0.5 * 64 = 32:
//   w_in  = [[254, 5], [-7, 0]] * 0.5 = [[127, 2.5 -> 2], [-3.5 -> -4, 0]],
//           worst error |5 - 2/0.5| = 1, 1/254 = 0.39%;
//   w_rec = [[0, -127], [127, 0]] * 0.5 = -63.5 -> -64, 63.5 -> 64,
//           worst error 1, 1/127 = 0.79%;
//   threshold = 1000 * 32 = 32000, bias = [2, -1] * 32 = [64, -32].
// "o": dash_mem = log2(2) = 1, gain = 2^-1 * 2 = 1, bias current =
// 2^-1 * 0.5 (v_leak) = 0.25. Output pool: scale = 127/1 = 127; max state
// 1 gives the largest shift, 7 (127 * 2^7 = 16256):
//   w_out = [[1, -0.5]] * 127 = [[127, -63.5 -> -64]], worst error
//           |-0.5 + 64/127| = 0.00393701 (0.39%);
//   threshold = 16256, bias = 0.25 * 16256 = 4064.
// CHECK-LABEL: chip.device "xylo-audio2"
// CHECK: chip.population "h" lif [2] {nir_op = "nir.lif", params = {{{.*}}}, registers = {
// CHECK-SAME: bias = dense<[64, -32]> : tensor<2xi64>, dash_mem = dense<2> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>,
// CHECK-SAME: effective_tau_mem = dense<4.000000e-03> : tensor<1xf64>, scale = 3.200000e+01 : f64, threshold = dense<32000> : tensor<1xi64>}, scale = #chip.scale<3.200000e+01, "the largest weight", shift 6>}
// CHECK: chip.population "o" lif [1] {nir_op = "nir.lif", params = {{{.*}}}, registers = {
// CHECK-SAME: bias = dense<4064> : tensor<1xi64>, dash_mem = dense<1> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>,
// CHECK-SAME: effective_tau_mem = dense<2.000000e-03> : tensor<1xf64>, scale = 1.625600e+04 : f64, threshold = dense<16256> : tensor<1xi64>}, scale = #chip.scale<1.625600e+04, "the largest weight", shift 7>}
// CHECK: chip.synapses "w_in" dense {{.*}}qweight = dense<{{\[\[}}127, 2], [-4, 0]]> : tensor<2x2xi64>,
// CHECK-SAME: registers = {matrix = "input", quant_error = 0.0039370078740157{{[0-9]*}} : f64, scale = 3.200000e+01 : f64, weight_shift = 6 : i64}
// CHECK: chip.synapses "w_rec" dense {{.*}}qweight = dense<{{\[\[}}0, -64], [64, 0]]> : tensor<2x2xi64>,
// CHECK-SAME: registers = {matrix = "recurrent", quant_error = 0.0078740157480314{{[0-9]*}} : f64, scale = 3.200000e+01 : f64, weight_shift = 6 : i64}
// CHECK: chip.synapses "w_out" dense {{.*}}qweight = dense<{{\[\[}}127, -64]]> : tensor<1x2xi64>,
// CHECK-SAME: registers = {matrix = "output", quant_error = 0.0039370078740157{{[0-9]*}} : f64, scale = 1.625600e+04 : f64, weight_shift = 7 : i64}
// expected-warning @+1 {{Xylo Audio 2 resets a neuron by subtracting its threshold, where NIR resets the membrane to v_reset}}
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %x = chip.input "x" [2] : !chip.neurons<2>
  %h = chip.population "h" lif [2] {nir_op = "nir.lif", params = {
      tau_mem = dense<4.0e-3> : tensor<1xf64>, r = dense<4.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1000.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>,
      bias = dense<[2.0, -1.0]> : tensor<2xf64>}} : !chip.neurons<2>
  %o = chip.population "o" lif [1] {nir_op = "nir.lif", params = {
      tau_mem = dense<2.0e-3> : tensor<1xf64>, r = dense<2.0> : tensor<1xf64>,
      v_leak = dense<0.5> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}} : !chip.neurons<1>
  // expected-remark @+1 {{'w_in': 8-bit input weights into the hidden pool, shift 6, scale 32; worst error 1 (0.39% of max |w| = 254)}}
  chip.synapses "w_in" dense %x -> %h {nir_op = "nir.linear",
      weight = dense<[[254.0, 5.0], [-7.0, 0.0]]> : tensor<2x2xf64>} : !chip.neurons<2> -> !chip.neurons<2>
  // expected-remark @+1 {{'w_rec': 8-bit recurrent weights into the hidden pool, shift 6, scale 32; worst error 1 (0.79% of max |w| = 127)}}
  chip.synapses "w_rec" dense %h -> %h {nir_op = "nir.linear",
      weight = dense<[[0.0, -127.0], [127.0, 0.0]]> : tensor<2x2xf64>} : !chip.neurons<2> -> !chip.neurons<2>
  // expected-remark @+1 {{'w_out': 8-bit output weights into the output pool, shift 7, scale 16256; worst error 0.00393701 (0.39% of max |w| = 1)}}
  chip.synapses "w_out" dense %h -> %o {nir_op = "nir.linear",
      weight = dense<[[1.0, -0.5]]> : tensor<1x2xf64>} : !chip.neurons<2> -> !chip.neurons<1>
  chip.output "y" %o : !chip.neurons<1>
}

// -----

// Xylo Audio 3, a CubaLIF whose thresholds bind. "h": dash_mem =
// [log2 8, round(log2 25 = 4.64)] = [3, 5] (effective tau_mem 8 and 32 ms),
// dash_syn = log2 2 = 1, gain = 2^-dash_mem * 1 * 2^-1 * 2 = [1/8, 1/32]:
// the effective weights are [[8, -4] / 8, [16, 32] / 32] = [[1, -0.5],
// [0.5, 1]], so scale = 127; but threshold 300 * 127 = 38100 > 32767 even
// at shift 0, so both scales are 32767/300 = 109.223:
//   w_in = [[109.2 -> 109, -54.6 -> -55], [54.6 -> 55, 109]], worst error
//          |0.5 - 55/109.223| = 0.00355541 (0.36%);
//   threshold = [300, 100] * 109.223 = [32767, 10922.3 -> 10922].
// Output pool: "o" as above (gain 1, shift 7, scale 16256), weights +-1 are
// exact.
// CHECK-LABEL: chip.device "xylo-audio3"
// CHECK: chip.population "h" cuba_lif [2] {nir_op = "nir.cuba_lif", params = {{{.*}}}, registers = {
// CHECK-SAME: bias = dense<0> : tensor<1xi64>, dash_mem = dense<[3, 5]> : tensor<2xi64>, dash_syn = dense<1> : tensor<1xi64>,
// CHECK-SAME: effective_tau_mem = dense<[8.000000e-03, 3.200000e-02]> : tensor<2xf64>, scale = 109.22333333333{{[0-9]*}} : f64, threshold = dense<[32767, 10922]> : tensor<2xi64>}, scale = #chip.scale<109.22333333333{{[0-9]*}}, "the largest threshold or bias">}
// CHECK: chip.population "o" lif [2] {nir_op = "nir.lif", params = {{{.*}}}, registers = {
// CHECK-SAME: bias = dense<0> : tensor<1xi64>, dash_mem = dense<1> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>,
// CHECK-SAME: effective_tau_mem = dense<2.000000e-03> : tensor<1xf64>, scale = 1.625600e+04 : f64, threshold = dense<16256> : tensor<1xi64>}, scale = #chip.scale<1.625600e+04, "the largest weight", shift 7>}
// CHECK: chip.synapses "w_in" dense {{.*}}qweight = dense<{{\[\[}}109, -55], [55, 109]]> : tensor<2x2xi64>,
// CHECK-SAME: registers = {matrix = "input", quant_error = 0.003555{{[0-9]*}} : f64, scale = 109.22333333333{{[0-9]*}} : f64, weight_shift = 0 : i64}
// CHECK: chip.synapses "w_out" dense {{.*}}qweight = dense<{{\[\[}}0, 127], [-127, 0]]> : tensor<2x2xi64>,
// CHECK-SAME: registers = {matrix = "output", quant_error = 0.000000e+00 : f64, scale = 1.625600e+04 : f64, weight_shift = 7 : i64}
// expected-warning @+1 {{Xylo Audio 3 resets a neuron by subtracting its threshold, where NIR resets the membrane to v_reset}}
chip.device "xylo-audio3" attributes {dt = 1.0e-03 : f64} {
  %x = chip.input "x" [2] : !chip.neurons<2>
  %h = chip.population "h" cuba_lif [2] {nir_op = "nir.cuba_lif", params = {
      tau_mem = dense<[8.0e-3, 25.0e-3]> : tensor<2xf64>, tau_syn = dense<2.0e-3> : tensor<1xf64>,
      r = dense<1.0> : tensor<1xf64>, w_in = dense<2.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<[300.0, 100.0]> : tensor<2xf64>, v_reset = dense<0.0> : tensor<1xf64>}} : !chip.neurons<2>
  %o = chip.population "o" lif [2] {nir_op = "nir.lif", params = {
      tau_mem = dense<2.0e-3> : tensor<1xf64>, r = dense<2.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}} : !chip.neurons<2>
  // expected-remark @+1 {{'w_in': 8-bit input weights into the hidden pool, shift 0, scale 109.223; worst error 0.00355541 (0.36% of max |w| = 1)}}
  chip.synapses "w_in" dense %x -> %h {nir_op = "nir.linear",
      weight = dense<[[8.0, -4.0], [16.0, 32.0]]> : tensor<2x2xf64>} : !chip.neurons<2> -> !chip.neurons<2>
  // expected-remark @+1 {{'w_out': 8-bit output weights into the output pool, shift 7, scale 16256; worst error 0 (0.00% of max |w| = 1)}}
  chip.synapses "w_out" dense %h -> %o {nir_op = "nir.linear",
      weight = dense<[[0.0, 1.0], [-1.0, 0.0]]> : tensor<2x2xf64>} : !chip.neurons<2> -> !chip.neurons<2>
  chip.output "y" %o : !chip.neurons<2>
}

// -----

// Xylo IMU, two hidden populations: every block into the hidden pool that
// does not come from an Input is "recurrent", one-to-one synapses too. All
// gains are 2^-1 * 2 = 1; the hidden pool's max |w| = 2 gives scale 63.5,
// and threshold 4: 4 * 63.5 * 2^7 = 32512 <= 32767, so shift 7, state
// scale 8128, threshold 32512.
// CHECK-LABEL: chip.device "xylo-imu"
// CHECK: chip.population "a" {{.*}}registers = {bias = dense<0> : tensor<1xi64>, dash_mem = dense<1> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>, effective_tau_mem = dense<2.000000e-03> : tensor<1xf64>, scale = 8.128000e+03 : f64, threshold = dense<32512> : tensor<1xi64>}, scale = #chip.scale<8.128000e+03, "the largest weight", shift 7>}
// CHECK: chip.population "b" {{.*}}registers = {bias = dense<0> : tensor<1xi64>, dash_mem = dense<1> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>, effective_tau_mem = dense<2.000000e-03> : tensor<1xf64>, scale = 8.128000e+03 : f64, threshold = dense<32512> : tensor<1xi64>}, scale = #chip.scale<8.128000e+03, "the largest weight", shift 7>}
// CHECK: chip.synapses "w" dense {{.*}}qweight = dense<{{\[\[}}127, -127], [64, 0]]> : tensor<2x2xi64>, registers = {matrix = "input", quant_error = 0.0039370078740157{{[0-9]*}} : f64, scale = 8.128000e+03 : f64, weight_shift = 7 : i64}
// CHECK: chip.synapses "a->b" dense {{.*}}qweight = dense<{{\[\[}}64, 0], [0, 64]]> : tensor<2x2xi64>, registers = {matrix = "recurrent", quant_error = 0.0078740157480314{{[0-9]*}} : f64, scale = 8.128000e+03 : f64, weight_shift = 7 : i64}
// expected-warning @+1 {{Xylo IMU resets a neuron}}
chip.device "xylo-imu" attributes {dt = 1.0e-03 : f64} {
  %x = chip.input "x" [2] : !chip.neurons<2>
  %a = chip.population "a" lif [2] {nir_op = "nir.lif", params = {
      tau_mem = dense<2.0e-3> : tensor<1xf64>, r = dense<2.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<4.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}} : !chip.neurons<2>
  %b = chip.population "b" lif [2] {nir_op = "nir.lif", params = {
      tau_mem = dense<2.0e-3> : tensor<1xf64>, r = dense<2.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<4.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}} : !chip.neurons<2>
  // 2 * 63.5 = 127, -2 -> -127, 1 * 63.5 = 63.5 -> 64: worst error
  // |1 - 64/63.5| = 0.00787, 0.39% of 2.
  // expected-remark @+1 {{'w': 8-bit input weights into the hidden pool, shift 7, scale 8128; worst error 0.00787402 (0.39% of max |w| = 2)}}
  chip.synapses "w" dense %x -> %a {nir_op = "nir.linear",
      weight = dense<[[2.0, -2.0], [1.0, 0.0]]> : tensor<2x2xf64>} : !chip.neurons<2> -> !chip.neurons<2>
  // expected-remark @+1 {{'a->b': 8-bit recurrent weights into the hidden pool, shift 7, scale 8128; worst error 0.00787402 (0.79% of max |w| = 1)}}
  chip.synapses "a->b" dense %a -> %b {nir_op = "nir.identity",
      weight = dense<[[1.0, 0.0], [0.0, 1.0]]> : tensor<2x2xf64>} : !chip.neurons<2> -> !chip.neurons<2>
}

// -----

// Every population gets its registers, also in a pool no synapse block
// reaches (a readout fed by nothing: convert-nir-to-chip makes one of a
// NIR LIF without inputs).
// CHECK-LABEL: chip.device "xylo-audio2"
// CHECK: chip.population "h" {{.*}}registers = {
// CHECK: chip.population "o" {{.*}}registers = {
// expected-warning @+1 {{Xylo Audio 2 resets a neuron}}
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %x = chip.input "x" [2] : !chip.neurons<2>
  %h = chip.population "h" lif [2] {nir_op = "nir.lif", params = {
      tau_mem = dense<2.0e-3> : tensor<1xf64>, r = dense<2.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}} : !chip.neurons<2>
  %o = chip.population "o" lif [2] {nir_op = "nir.lif", params = {
      tau_mem = dense<2.0e-3> : tensor<1xf64>, r = dense<2.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}} : !chip.neurons<2>
  // expected-remark @+1 {{'w_in': 8-bit input weights into the hidden pool}}
  chip.synapses "w_in" dense %x -> %h {nir_op = "nir.linear",
      weight = dense<1.0> : tensor<2x2xf64>} : !chip.neurons<2> -> !chip.neurons<2>
  chip.output "y" %o : !chip.neurons<2>
}

// -----

// A decay shift needs tau > dt, for every neuron (neuron 0 passes)...
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %x = chip.input "x" [2] : !chip.neurons<2>
  // expected-error @+1 {{'nir.lif' "h": tau_mem = 0.001 s of neuron 1 is not above dt = 0.001 s; Xylo Audio 2's decay shift dash = round(log2(tau/dt)) needs tau > dt}}
  %h = chip.population "h" lif [2] {nir_op = "nir.lif", params = {
      tau_mem = dense<[2.0e-3, 1.0e-3]> : tensor<2xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}} : !chip.neurons<2>
  chip.synapses "w_in" dense %x -> %h {nir_op = "nir.linear",
      weight = dense<1.0> : tensor<2x2xf64>} : !chip.neurons<2> -> !chip.neurons<2>
}

// -----

// ...tau_syn too...
chip.device "xylo-imu" attributes {dt = 1.0e-03 : f64} {
  %x = chip.input "x" [2] : !chip.neurons<2>
  // expected-error @+1 {{'nir.cuba_lif' "h": tau_syn = 0.0005 s of neuron 1 is not above dt = 0.001 s; Xylo IMU's decay shift dash = round(log2(tau/dt)) needs tau > dt}}
  %h = chip.population "h" cuba_lif [2] {nir_op = "nir.cuba_lif", params = {
      tau_mem = dense<2.0e-3> : tensor<1xf64>, tau_syn = dense<[2.0e-3, 5.0e-4]> : tensor<2xf64>,
      r = dense<1.0> : tensor<1xf64>, w_in = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}} : !chip.neurons<2>
  chip.synapses "w_in" dense %x -> %h {nir_op = "nir.linear",
      weight = dense<1.0> : tensor<2x2xf64>} : !chip.neurons<2> -> !chip.neurons<2>
}

// -----

// ...and the shift fits 4 bits: tau/dt = 32768 gives 15 (neuron 0), 46341
// gives round(15.5000) = 16.
chip.device "xylo-audio3" attributes {dt = 1.0e-03 : f64} {
  %x = chip.input "x" [2] : !chip.neurons<2>
  // expected-error @+1 {{'nir.lif' "h": tau_mem = 46.341 s of neuron 1 needs the decay shift dash = 16, above Xylo Audio 3's largest, 15 (tau up to 2^15 dt)}}
  %h = chip.population "h" lif [2] {nir_op = "nir.lif", params = {
      tau_mem = dense<[32.768, 46.341]> : tensor<2xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}} : !chip.neurons<2>
  chip.synapses "w_in" dense %x -> %h {nir_op = "nir.linear",
      weight = dense<1.0> : tensor<2x2xf64>} : !chip.neurons<2> -> !chip.neurons<2>
}

// -----

// Hand-written chip IR must hold every parameter of its neuron model.
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+1 {{'nir.lif' "h": a lif population needs parameter 'v_threshold'}}
  %h = chip.population "h" lif [2] {nir_op = "nir.lif", params = {
      tau_mem = dense<4.0e-3> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}} : !chip.neurons<2>
}
