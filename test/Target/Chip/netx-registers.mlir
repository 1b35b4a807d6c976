// Registers netx cannot hold, on hand-written Loihi 2 devices.

// RUN: nir-translate %s --split-input-file --verify-diagnostics --export-chip-netx -o /dev/null

// expected-error @below {{cannot export to netx: netx networks run on Loihi 2 (target 'loihi2'), but this device targets 'xylo-audio2'}}
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
}

// -----

// Mantissa 125 at weight_exp 7 adds 32000 a_in units, beyond netx's 8-bit
// weights at every scale that keeps vth = 1000 whole (it halves 3 times).
chip.device "loihi2" attributes {dt = 1.0e-03 : f64} {
  %c0 = chip.core 0 "neurocore"
  %x = chip.input "x" [2] : !chip.neurons<2>
  %h = chip.population "h" lif [1] {nir_op = "nir.lif", params = {r = dense<1.0> : tensor<1xf64>, tau_mem = dense<2.0e-02> : tensor<1xf64>, v_leak = dense<0.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>},
      registers = {bias_exp = dense<0> : tensor<1xi64>, bias_mant = dense<0> : tensor<1xi64>, du = dense<4095> : tensor<1xi64>, dv = dense<200> : tensor<1xi64>, v = dense<0> : tensor<1xi64>, vth = dense<1000> : tensor<1xi64>, w_scale = 1.0e+03 : f64}} : !chip.neurons<1>
  // expected-error @below {{cannot export to netx: 'nir.linear' "fc": netx's optimize_weight_bits and Lava's Dense load the weight 32000 as 0 (netx holds whole weights in [-256, 254], or [0, 255] and [-255, 0] when all share a sign)}}
  chip.synapses "fc" dense %x -> %h {nir_op = "nir.linear", qweight = dense<[[125, -3]]> : tensor<1x2xi64>,
      registers = {num_weight_bits = 8 : i64, sign_mode = "MIXED", w_scale = 1.0e+03 : f64, weight_exp = 7 : i64},
      weight = dense<[[1.0, 0.0]]> : tensor<1x2xf64>} : !chip.neurons<2> -> !chip.neurons<1>
  chip.output "y" %h : !chip.neurons<1>
  chip.slice %h[0 : 1] on %c0 at 0 : !chip.neurons<1>
}

// -----

// netx's optimize_weight_bits takes log2 of 255 / max: no zero matrix.
chip.device "loihi2" attributes {dt = 1.0e-03 : f64} {
  %c0 = chip.core 0 "neurocore"
  %x = chip.input "x" [2] : !chip.neurons<2>
  %h = chip.population "h" lif [1] {nir_op = "nir.lif", params = {r = dense<1.0> : tensor<1xf64>, tau_mem = dense<2.0e-02> : tensor<1xf64>, v_leak = dense<0.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>},
      registers = {bias_exp = dense<0> : tensor<1xi64>, bias_mant = dense<0> : tensor<1xi64>, du = dense<4095> : tensor<1xi64>, dv = dense<200> : tensor<1xi64>, v = dense<0> : tensor<1xi64>, vth = dense<1024> : tensor<1xi64>, w_scale = 1.024e+03 : f64}} : !chip.neurons<1>
  // expected-error @below {{cannot export to netx: 'nir.linear' "fc": every weight is 0, and netx's optimize_weight_bits cannot load an all-zero matrix (it takes log2 of an infinite scale)}}
  chip.synapses "fc" dense %x -> %h {nir_op = "nir.linear", qweight = dense<0> : tensor<1x2xi64>,
      registers = {num_weight_bits = 8 : i64, sign_mode = "EXCITATORY", w_scale = 1.024e+03 : f64, weight_exp = 0 : i64},
      weight = dense<0.0> : tensor<1x2xf64>} : !chip.neurons<2> -> !chip.neurons<1>
  chip.output "y" %h : !chip.neurons<1>
  chip.slice %h[0 : 1] on %c0 at 0 : !chip.neurons<1>
}

// -----

// netx passes the bias to Lava's LIF as bias_mant at bias_exp 6: 4095 << 7
// LSBs are 8190 a_in units, beyond 13 bits, and the odd weights pin the
// scale.
chip.device "loihi2" attributes {dt = 1.0e-03 : f64} {
  %c0 = chip.core 0 "neurocore"
  %x = chip.input "x" [2] : !chip.neurons<2>
  // expected-error @below {{cannot export to netx: 'nir.lif' "h": a bias of 8190 a_in units exceeds Lava's 13-bit bias_mant at bias_exp 6}}
  %h = chip.population "h" lif [1] {nir_op = "nir.lif", params = {r = dense<1.0> : tensor<1xf64>, tau_mem = dense<2.0e-02> : tensor<1xf64>, v_leak = dense<0.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>},
      registers = {bias_exp = dense<7> : tensor<1xi64>, bias_mant = dense<4095> : tensor<1xi64>, du = dense<4095> : tensor<1xi64>, dv = dense<200> : tensor<1xi64>, v = dense<0> : tensor<1xi64>, vth = dense<1024> : tensor<1xi64>, w_scale = 1.024e+03 : f64}} : !chip.neurons<1>
  chip.synapses "fc" dense %x -> %h {nir_op = "nir.linear", qweight = dense<[[127, -3]]> : tensor<1x2xi64>,
      registers = {num_weight_bits = 8 : i64, sign_mode = "MIXED", w_scale = 1.024e+03 : f64, weight_exp = -1 : i64},
      weight = dense<[[1.0, 0.0]]> : tensor<1x2xf64>} : !chip.neurons<2> -> !chip.neurons<1>
  chip.output "y" %h : !chip.neurons<1>
  chip.slice %h[0 : 1] on %c0 at 0 : !chip.neurons<1>
}

// -----

// Lava's LIF process holds one vth.
chip.device "loihi2" attributes {dt = 1.0e-03 : f64} {
  %c0 = chip.core 0 "neurocore"
  %x = chip.input "x" [2] : !chip.neurons<2>
  // expected-error @below {{cannot export to netx: 'nir.lif' "h": netx's CUBA neuron holds one 'vth' per layer}}
  %h = chip.population "h" lif [2] {nir_op = "nir.lif", params = {r = dense<1.0> : tensor<2xf64>, tau_mem = dense<2.0e-02> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>},
      registers = {bias_exp = dense<0> : tensor<1xi64>, bias_mant = dense<0> : tensor<1xi64>, du = dense<4095> : tensor<1xi64>, dv = dense<200> : tensor<1xi64>, v = dense<0> : tensor<1xi64>, vth = dense<[1024, 512]> : tensor<2xi64>, w_scale = 1.024e+03 : f64}} : !chip.neurons<2>
  chip.synapses "fc" dense %x -> %h {nir_op = "nir.linear", qweight = dense<[[127, -3], [5, 7]]> : tensor<2x2xi64>,
      registers = {num_weight_bits = 8 : i64, sign_mode = "MIXED", w_scale = 1.024e+03 : f64, weight_exp = -1 : i64},
      weight = dense<[[1.0, 0.0], [0.0, 1.0]]> : tensor<2x2xf64>} : !chip.neurons<2> -> !chip.neurons<2>
  chip.output "y" %h : !chip.neurons<2>
  chip.slice %h[0 : 2] on %c0 at 0 : !chip.neurons<2>
}

// -----

// A readout written at twice the chip's scale (its weights are k / 2 a_in
// units) must still stay below vth: with dv = 1 its membrane could reach
// (127 + 3) * 4096 units.
chip.device "loihi2" attributes {dt = 1.0e-03 : f64} {
  %c0 = chip.core 0 "neurocore"
  %x = chip.input "x" [2] : !chip.neurons<2>
  // expected-error @below {{cannot export to netx: 'nir.li' "r": the readout's membrane could reach 532480 a_in units at the scale netx needs, above vth = 131071}}
  %r = chip.population "r" li [1] {nir_op = "nir.li", params = {r = dense<1.0> : tensor<1xf64>, tau_mem = dense<4.0> : tensor<1xf64>, v_leak = dense<0.0> : tensor<1xf64>},
      registers = {bias_exp = dense<0> : tensor<1xi64>, bias_mant = dense<0> : tensor<1xi64>, du = dense<4095> : tensor<1xi64>, dv = dense<1> : tensor<1xi64>, v = dense<0> : tensor<1xi64>, vth = dense<131071> : tensor<1xi64>, w_scale = 1.024e+03 : f64}} : !chip.neurons<1>
  chip.synapses "fc" dense %x -> %r {nir_op = "nir.linear", qweight = dense<[[127, -3]]> : tensor<1x2xi64>,
      registers = {num_weight_bits = 8 : i64, sign_mode = "MIXED", w_scale = 1.024e+03 : f64, weight_exp = -2 : i64},
      weight = dense<[[1.0, 0.0]]> : tensor<1x2xf64>} : !chip.neurons<2> -> !chip.neurons<1>
  chip.output "y" %r : !chip.neurons<1>
  chip.slice %r[0 : 1] on %c0 at 0 : !chip.neurons<1>
}

// -----

// expected-error @below {{cannot export to netx: the network has 0 inputs, but netx holds feed-forward chains only, each layer fed by the one before (lava-dl: "branching networks are not supported")}}
chip.device "loihi2" attributes {dt = 1.0e-03 : f64} {
}
