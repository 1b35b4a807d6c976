// RUN: nir-opt %s --pass-pipeline='builtin.module(chip.device(chip-verify-fit))' -split-input-file -verify-diagnostics
// chip-verify-fit is the last word on any chip IR, whoever wrote it, and the
// JSON export trusts it: on hand-written SpiNNaker2 devices it rejects what
// convert-nir-to-chip, chip-quantize and chip-partition would have rejected
// (it used to let these four through).

// SRAM per PE: one LIF neuron with 32765 incoming dense words needs
// 16 + 4·32765 = 131076 bytes of the PE's 131072 (chip-partition rejects
// the same network with this message); nir-translate --export-chip-json
// writes it out.
chip.device "spinnaker2" attributes {dt = 1.0e-03 : f64} {
  %pe = chip.core 0 "pe"
  %x = chip.input "x" [32765] : !chip.neurons<32765>
  // expected-error @+1 {{131076 bytes of synapses and state for one neuron exceed SpiNNaker2's limit of 131072 bytes of SRAM per PE}}
  %h = chip.population "h" lif [1] {nir_op = "nir.lif", params = {}, registers = {alpha_decay = dense<0.5> : tensor<1xf64>, threshold = dense<100.0> : tensor<1xf64>, i_offset = dense<0.0> : tensor<1xf64>, neuron_model = "lif_no_delay", reset = "reset_to_v_reset"}} : !chip.neurons<1>
  chip.synapses "w" dense %x -> %h {nir_op = "nir.linear", weight = dense<1.0> : tensor<1x32765xf64>, qweight = dense<127> : tensor<1x32765xi64>, registers = {w_scale = 127.0 : f64}}
      : !chip.neurons<32765> -> !chip.neurons<1>
  chip.output "y" %h : !chip.neurons<1>
  chip.slice %h[0 : 1] on %pe at 0 : !chip.neurons<1>
}

// -----

// A neuron model s2_nir has no population for (convert-nir-to-chip says
// "SpiNNaker2 has no li neurons").
chip.device "spinnaker2" attributes {dt = 1.0e-03 : f64} {
  %pe = chip.core 0 "pe"
  %x = chip.input "x" [1] : !chip.neurons<1>
  // expected-error @+1 {{SpiNNaker2 has no li neurons}}
  %h = chip.population "h" li [2] {nir_op = "nir.li", params = {}, registers = {alpha_decay = dense<0.5> : tensor<1xf64>, threshold = dense<100.0> : tensor<1xf64>, i_offset = dense<0.0> : tensor<1xf64>, neuron_model = "lif_no_delay", reset = "reset_to_v_reset"}} : !chip.neurons<2>
  chip.synapses "w" dense %x -> %h {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x1xf64>, qweight = dense<127> : tensor<2x1xi64>, registers = {w_scale = 127.0 : f64}}
      : !chip.neurons<1> -> !chip.neurons<2>
  chip.output "y" %h : !chip.neurons<2>
  chip.slice %h[0 : 2] on %pe at 0 : !chip.neurons<2>
}

// -----

// A population without its registers: SpiNNaker2's are floats, so the
// model lists no integer register ranges and nothing is checked; the JSON
// then describes a PE with no threshold, alpha_decay or i_offset.
chip.device "spinnaker2" attributes {dt = 1.0e-03 : f64} {
  %pe = chip.core 0 "pe"
  %x = chip.input "x" [1] : !chip.neurons<1>
  // expected-error @+1 {{register 'alpha_decay' is missing}}
  %h = chip.population "h" lif [2] {nir_op = "nir.lif", params = {}, registers = {}} : !chip.neurons<2>
  chip.synapses "w" dense %x -> %h {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x1xf64>, qweight = dense<127> : tensor<2x1xi64>, registers = {w_scale = 127.0 : f64}}
      : !chip.neurons<1> -> !chip.neurons<2>
  chip.output "y" %h : !chip.neurons<2>
  chip.slice %h[0 : 2] on %pe at 0 : !chip.neurons<2>
}

// -----

// s2_nir's design rule: no Conv2d into a CubaLIF (convert-nir-to-chip
// rejects it with this message).
chip.device "spinnaker2" attributes {dt = 1.0e-03 : f64} {
  %pe = chip.core 0 "pe"
  %img = chip.input "img" [1, 3, 3] : !chip.neurons<9>
  %c = chip.population "cuba1" cuba_lif [1, 2, 2] {nir_op = "nir.cuba_lif", params = {}, registers = {alpha_decay = dense<0.5> : tensor<1xf64>, threshold = dense<100.0> : tensor<1xf64>, i_offset = dense<0.0> : tensor<1xf64>, exc_decay = dense<0.5> : tensor<1xf64>, inh_decay = dense<0.5> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>, neuron_model = "lif_curr_exp_no_delay", reset = "reset_to_v_reset"}} : !chip.neurons<4>
  // expected-error @+1 {{Conv2d with CubaLIF is currently not supported on SpiNNaker2}}
  chip.synapses "conv1" conv2d %img -> %c {nir_op = "nir.conv2d", weight = dense<0.5> : tensor<1x1x2x2xf64>, qweight = dense<127> : tensor<1x1x2x2xi64>, stride = array<i64: 1, 1>, padding = array<i64: 0, 0>, registers = {w_scale = 254.0 : f64}}
      : !chip.neurons<9> -> !chip.neurons<4>
  chip.output "y" %c : !chip.neurons<4>
  chip.slice %c[0 : 4] on %pe at 0 : !chip.neurons<4>
}
