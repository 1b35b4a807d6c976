// RUN: nir-opt %s --pass-pipeline='builtin.module(chip.device(chip-verify-fit))' -split-input-file -verify-diagnostics | FileCheck %s
// chip-verify-fit (which nirc compile runs last and the JSON export repeats)
// on hand-written SpiNNaker2 devices: what nirc compile itself never
// produces, but chip IR from elsewhere may hold. First a device at every
// limit, which passes unchanged; then one past each: PE 152 (of 0-151),
// 257 neurons on a PE, two slices on a PE, weights of ±128.
// (Limits it does not check yet: compile-spinnaker2-verify-fit-gaps.mlir.)

// PE 151, the last; a slice of 256 neurons; weights ±127.
// CHECK-LABEL: chip.device "spinnaker2"
// CHECK: chip.core 151 "pe"
// CHECK: chip.slice %{{.+}}[0 : 256] on %{{.+}} at 0 : !chip.neurons<256>
// CHECK-NEXT: chip.slice %{{.+}}[0 : 2] on %{{.+}} at 0 : !chip.neurons<2>
// CHECK-NEXT: chip.route
chip.device "spinnaker2" attributes {dt = 1.0e-03 : f64} {
  %pe0 = chip.core 151 "pe"
  %pe1 = chip.core 0 "pe"
  %x = chip.input "x" [1] : !chip.neurons<1>
  %h = chip.population "h" lif [256] {nir_op = "nir.lif", params = {}, registers = {alpha_decay = dense<0.5> : tensor<1xf64>, threshold = dense<100.0> : tensor<1xf64>, i_offset = dense<0.0> : tensor<1xf64>, neuron_model = "lif_no_delay", reset = "reset_to_v_reset"}} : !chip.neurons<256>
  %o = chip.population "o" lif [2] {nir_op = "nir.lif", params = {}, registers = {alpha_decay = dense<0.5> : tensor<1xf64>, threshold = dense<100.0> : tensor<1xf64>, i_offset = dense<0.0> : tensor<1xf64>, neuron_model = "lif_no_delay", reset = "reset_to_v_reset"}} : !chip.neurons<2>
  chip.synapses "w" dense %x -> %h {nir_op = "nir.linear", weight = dense<1.0> : tensor<256x1xf64>, qweight = dense<127> : tensor<256x1xi64>, registers = {w_scale = 127.0 : f64}}
      : !chip.neurons<1> -> !chip.neurons<256>
  chip.synapses "v" dense %h -> %o {nir_op = "nir.linear", weight = dense<-1.0> : tensor<2x256xf64>, qweight = dense<-127> : tensor<2x256xi64>, registers = {w_scale = 127.0 : f64}}
      : !chip.neurons<256> -> !chip.neurons<2>
  chip.output "y" %o : !chip.neurons<2>
  chip.slice %h[0 : 256] on %pe0 at 0 : !chip.neurons<256>
  chip.slice %o[0 : 2] on %pe1 at 0 : !chip.neurons<2>
  chip.route %pe0 -> %pe1 ["v"]
}

// -----

// 152 PEs: 0 to 151.
chip.device "spinnaker2" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+1 {{core 152 does not exist: SpiNNaker2 has 152 cores}}
  %pe = chip.core 152 "pe"
}

// -----

// 256 neurons per PE.
chip.device "spinnaker2" attributes {dt = 1.0e-03 : f64} {
  %pe = chip.core 7 "pe"
  %x = chip.input "x" [1] : !chip.neurons<1>
  %h = chip.population "h" lif [257] {nir_op = "nir.lif", params = {}, registers = {alpha_decay = dense<0.5> : tensor<1xf64>, threshold = dense<100.0> : tensor<1xf64>, i_offset = dense<0.0> : tensor<1xf64>}} : !chip.neurons<257>
  chip.synapses "w" dense %x -> %h {nir_op = "nir.linear", weight = dense<1.0> : tensor<257x1xf64>, qweight = dense<127> : tensor<257x1xi64>, registers = {}}
      : !chip.neurons<1> -> !chip.neurons<257>
  chip.output "y" %h : !chip.neurons<257>
  // expected-error @+1 {{needs neurons up to 257 on core 7, which holds 256 on SpiNNaker2}}
  chip.slice %h[0 : 257] on %pe at 0 : !chip.neurons<257>
}

// -----

// One slice per PE (py-spinnaker2 gives every chunk of a population a PE
// of its own), even when the neurons would fit.
chip.device "spinnaker2" attributes {dt = 1.0e-03 : f64} {
  %pe = chip.core 7 "pe"
  %x = chip.input "x" [1] : !chip.neurons<1>
  // expected-error @+1 {{'nir.lif' "h": 2 slices on one PE exceed SpiNNaker2's limit of 1 slice per PE}}
  %h = chip.population "h" lif [4] {nir_op = "nir.lif", params = {}, registers = {alpha_decay = dense<0.5> : tensor<1xf64>, threshold = dense<100.0> : tensor<1xf64>, i_offset = dense<0.0> : tensor<1xf64>}} : !chip.neurons<4>
  chip.synapses "w" dense %x -> %h {nir_op = "nir.linear", weight = dense<1.0> : tensor<4x1xf64>, qweight = dense<127> : tensor<4x1xi64>, registers = {}}
      : !chip.neurons<1> -> !chip.neurons<4>
  chip.output "y" %h : !chip.neurons<4>
  chip.slice %h[0 : 2] on %pe at 0 : !chip.neurons<4>
  chip.slice %h[2 : 4] on %pe at 2 : !chip.neurons<4>
}

// -----

// int8 weights in [-127, 127]: 128 is out...
chip.device "spinnaker2" attributes {dt = 1.0e-03 : f64} {
  %pe = chip.core 0 "pe"
  %x = chip.input "x" [2] : !chip.neurons<2>
  %h = chip.population "h" lif [1] {nir_op = "nir.lif", params = {}, registers = {alpha_decay = dense<0.5> : tensor<1xf64>, threshold = dense<100.0> : tensor<1xf64>, i_offset = dense<0.0> : tensor<1xf64>}} : !chip.neurons<1>
  // expected-error @+1 {{'nir.linear' "w": weight 128 (element 1) is outside SpiNNaker2's range [-127, 127]}}
  chip.synapses "w" dense %x -> %h {nir_op = "nir.linear", weight = dense<1.0> : tensor<1x2xf64>, qweight = dense<[[127, 128]]> : tensor<1x2xi64>, registers = {}}
      : !chip.neurons<2> -> !chip.neurons<1>
  chip.output "y" %h : !chip.neurons<1>
  chip.slice %h[0 : 1] on %pe at 0 : !chip.neurons<1>
}

// -----

// ...and so is -128, which int8 holds but s2_nir's scaling never makes.
chip.device "spinnaker2" attributes {dt = 1.0e-03 : f64} {
  %pe = chip.core 0 "pe"
  %x = chip.input "x" [2] : !chip.neurons<2>
  %h = chip.population "h" lif [1] {nir_op = "nir.lif", params = {}, registers = {alpha_decay = dense<0.5> : tensor<1xf64>, threshold = dense<100.0> : tensor<1xf64>, i_offset = dense<0.0> : tensor<1xf64>}} : !chip.neurons<1>
  // expected-error @+1 {{'nir.linear' "w": weight -128 (element 0) is outside SpiNNaker2's range [-127, 127]}}
  chip.synapses "w" dense %x -> %h {nir_op = "nir.linear", weight = dense<1.0> : tensor<1x2xf64>, qweight = dense<[[-128, -127]]> : tensor<1x2xi64>, registers = {}}
      : !chip.neurons<2> -> !chip.neurons<1>
  chip.output "y" %h : !chip.neurons<1>
  chip.slice %h[0 : 1] on %pe at 0 : !chip.neurons<1>
}
