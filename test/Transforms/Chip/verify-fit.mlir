// RUN: nir-opt %s --pass-pipeline='builtin.module(chip.device(chip-verify-fit))' -split-input-file -verify-diagnostics | FileCheck %s
// chip-verify-fit alone on hand-written Xylo devices: one split that fits,
// then one per check it makes (populations: registers, their ranges,
// placement; synapse blocks: integer weights, their range, registers;
// routes; Xylo's placement rules). Xylo's ranges: threshold and bias 16
// bits signed, dash_mem and dash_syn 0-15, weights 8 bits signed,
// weight_shift 0-7.

// Every value at the edge of its range fits; the device is left as it was.
// On Xylo Audio 2 input weights reach every hidden neuron (here 997-999).
// CHECK-LABEL: chip.device "xylo-audio2"
// CHECK: chip.slice %{{.+}}[0 : 3] on %{{.+}} at 997
// CHECK-NEXT: chip.slice
// CHECK-NEXT: chip.route
// CHECK-NEXT: }
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %hidden = chip.core 0 "hidden"
  %output = chip.core 1 "output"
  %x = chip.input "x" [2] : !chip.neurons<2>
  %h = chip.population "h" lif [3] {nir_op = "nir.lif", params = {}, registers = {threshold = dense<[-32768, 32767, 0]> : tensor<3xi64>, bias = dense<[-32768, 0, 32767]> : tensor<3xi64>, dash_mem = dense<[0, 15, 4]> : tensor<3xi64>, dash_syn = 15 : i64, scale = 2.5 : f64}} : !chip.neurons<3>
  %o = chip.population "o" lif [2] {nir_op = "nir.lif", params = {}, registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<2>
  chip.synapses "w_in" dense %x -> %h {nir_op = "nir.linear", weight = dense<1.0> : tensor<3x2xf64>, qweight = dense<[[127, -128], [0, 1], [-1, 2]]> : tensor<3x2xi64>, registers = {weight_shift = 7 : i64, matrix = "input"}}
      : !chip.neurons<2> -> !chip.neurons<3>
  chip.synapses "w_out" dense %h -> %o {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x3xf64>, qweight = dense<-128> : tensor<2x3xi64>, registers = {weight_shift = 0 : i64}}
      : !chip.neurons<3> -> !chip.neurons<2>
  chip.output "y" %o : !chip.neurons<2>
  chip.slice %h[0 : 3] on %hidden at 997 : !chip.neurons<3>
  chip.slice %o[0 : 2] on %output at 0 : !chip.neurons<2>
  chip.route %hidden -> %output ["w_out"]
}

// -----

// Registers: none at all...
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %hidden = chip.core 0 "hidden"
  %output = chip.core 1 "output"
  %x = chip.input "x" [2] : !chip.neurons<2>
  // expected-error @+1 {{'nir.lif' "h": has no registers; run chip-quantize}}
  %h = chip.population "h" lif [3] {nir_op = "nir.lif", params = {}} : !chip.neurons<3>
  %o = chip.population "o" lif [2] {nir_op = "nir.lif", params = {}, registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<2>
  chip.synapses "w_in" dense %x -> %h {nir_op = "nir.linear", weight = dense<1.0> : tensor<3x2xf64>, qweight = dense<127> : tensor<3x2xi64>, registers = {weight_shift = 3 : i64}}
      : !chip.neurons<2> -> !chip.neurons<3>
  chip.synapses "w_out" dense %h -> %o {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x3xf64>, qweight = dense<-128> : tensor<2x3xi64>, registers = {weight_shift = 0 : i64}}
      : !chip.neurons<3> -> !chip.neurons<2>
  chip.output "y" %o : !chip.neurons<2>
  chip.slice %h[0 : 3] on %hidden at 0 : !chip.neurons<3>
  chip.slice %o[0 : 2] on %output at 0 : !chip.neurons<2>
  chip.route %hidden -> %output ["w_out"]
}

// -----

// ...one missing...
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %hidden = chip.core 0 "hidden"
  %output = chip.core 1 "output"
  %x = chip.input "x" [2] : !chip.neurons<2>
  // expected-error @+1 {{'nir.lif' "h": register 'dash_syn' is missing}}
  %h = chip.population "h" lif [3] {nir_op = "nir.lif", params = {}, registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>}} : !chip.neurons<3>
  %o = chip.population "o" lif [2] {nir_op = "nir.lif", params = {}, registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<2>
  chip.synapses "w_in" dense %x -> %h {nir_op = "nir.linear", weight = dense<1.0> : tensor<3x2xf64>, qweight = dense<127> : tensor<3x2xi64>, registers = {weight_shift = 3 : i64}}
      : !chip.neurons<2> -> !chip.neurons<3>
  chip.synapses "w_out" dense %h -> %o {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x3xf64>, qweight = dense<-128> : tensor<2x3xi64>, registers = {weight_shift = 0 : i64}}
      : !chip.neurons<3> -> !chip.neurons<2>
  chip.output "y" %o : !chip.neurons<2>
  chip.slice %h[0 : 3] on %hidden at 0 : !chip.neurons<3>
  chip.slice %o[0 : 2] on %output at 0 : !chip.neurons<2>
  chip.route %hidden -> %output ["w_out"]
}

// -----

// ...not integers...
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %hidden = chip.core 0 "hidden"
  %output = chip.core 1 "output"
  %x = chip.input "x" [2] : !chip.neurons<2>
  %h = chip.population "h" lif [3] {nir_op = "nir.lif", params = {}, registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<3>
  // expected-error @+1 {{'nir.lif' "o": register 'threshold' must hold integers}}
  %o = chip.population "o" lif [2] {nir_op = "nir.lif", params = {}, registers = {threshold = 1.5 : f64, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<2>
  chip.synapses "w_in" dense %x -> %h {nir_op = "nir.linear", weight = dense<1.0> : tensor<3x2xf64>, qweight = dense<127> : tensor<3x2xi64>, registers = {weight_shift = 3 : i64}}
      : !chip.neurons<2> -> !chip.neurons<3>
  chip.synapses "w_out" dense %h -> %o {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x3xf64>, qweight = dense<-128> : tensor<2x3xi64>, registers = {weight_shift = 0 : i64}}
      : !chip.neurons<3> -> !chip.neurons<2>
  chip.output "y" %o : !chip.neurons<2>
  chip.slice %h[0 : 3] on %hidden at 0 : !chip.neurons<3>
  chip.slice %o[0 : 2] on %output at 0 : !chip.neurons<2>
  chip.route %hidden -> %output ["w_out"]
}

// -----

// ...or out of range, as one value...
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %hidden = chip.core 0 "hidden"
  %output = chip.core 1 "output"
  %x = chip.input "x" [2] : !chip.neurons<2>
  // expected-error @+1 {{'nir.lif' "h": register 'threshold' = 32768 is outside Xylo Audio 2's range [-32768, 32767]}}
  %h = chip.population "h" lif [3] {nir_op = "nir.lif", params = {}, registers = {threshold = 32768 : i64, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<3>
  %o = chip.population "o" lif [2] {nir_op = "nir.lif", params = {}, registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<2>
  chip.synapses "w_in" dense %x -> %h {nir_op = "nir.linear", weight = dense<1.0> : tensor<3x2xf64>, qweight = dense<127> : tensor<3x2xi64>, registers = {weight_shift = 3 : i64}}
      : !chip.neurons<2> -> !chip.neurons<3>
  chip.synapses "w_out" dense %h -> %o {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x3xf64>, qweight = dense<-128> : tensor<2x3xi64>, registers = {weight_shift = 0 : i64}}
      : !chip.neurons<3> -> !chip.neurons<2>
  chip.output "y" %o : !chip.neurons<2>
  chip.slice %h[0 : 3] on %hidden at 0 : !chip.neurons<3>
  chip.slice %o[0 : 2] on %output at 0 : !chip.neurons<2>
  chip.route %hidden -> %output ["w_out"]
}

// -----

// ...or one of an array.
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %hidden = chip.core 0 "hidden"
  %output = chip.core 1 "output"
  %x = chip.input "x" [2] : !chip.neurons<2>
  // expected-error @+1 {{'nir.lif' "h": register 'bias' = -32769 (element 2) is outside Xylo Audio 2's range [-32768, 32767]}}
  %h = chip.population "h" lif [3] {nir_op = "nir.lif", params = {}, registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<[0, 0, -32769]> : tensor<3xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<3>
  %o = chip.population "o" lif [2] {nir_op = "nir.lif", params = {}, registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<2>
  chip.synapses "w_in" dense %x -> %h {nir_op = "nir.linear", weight = dense<1.0> : tensor<3x2xf64>, qweight = dense<127> : tensor<3x2xi64>, registers = {weight_shift = 3 : i64}}
      : !chip.neurons<2> -> !chip.neurons<3>
  chip.synapses "w_out" dense %h -> %o {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x3xf64>, qweight = dense<-128> : tensor<2x3xi64>, registers = {weight_shift = 0 : i64}}
      : !chip.neurons<3> -> !chip.neurons<2>
  chip.output "y" %o : !chip.neurons<2>
  chip.slice %h[0 : 3] on %hidden at 0 : !chip.neurons<3>
  chip.slice %o[0 : 2] on %output at 0 : !chip.neurons<2>
  chip.route %hidden -> %output ["w_out"]
}

// -----

// The decay shifts are 4 bits.
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %hidden = chip.core 0 "hidden"
  %output = chip.core 1 "output"
  %x = chip.input "x" [2] : !chip.neurons<2>
  // expected-error @+1 {{'nir.lif' "h": register 'dash_mem' = 16 (element 1) is outside Xylo Audio 2's range [0, 15]}}
  %h = chip.population "h" lif [3] {nir_op = "nir.lif", params = {}, registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<[4, 16, 4]> : tensor<3xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<3>
  %o = chip.population "o" lif [2] {nir_op = "nir.lif", params = {}, registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<2>
  chip.synapses "w_in" dense %x -> %h {nir_op = "nir.linear", weight = dense<1.0> : tensor<3x2xf64>, qweight = dense<127> : tensor<3x2xi64>, registers = {weight_shift = 3 : i64}}
      : !chip.neurons<2> -> !chip.neurons<3>
  chip.synapses "w_out" dense %h -> %o {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x3xf64>, qweight = dense<-128> : tensor<2x3xi64>, registers = {weight_shift = 0 : i64}}
      : !chip.neurons<3> -> !chip.neurons<2>
  chip.output "y" %o : !chip.neurons<2>
  chip.slice %h[0 : 3] on %hidden at 0 : !chip.neurons<3>
  chip.slice %o[0 : 2] on %output at 0 : !chip.neurons<2>
  chip.route %hidden -> %output ["w_out"]
}

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %hidden = chip.core 0 "hidden"
  %output = chip.core 1 "output"
  %x = chip.input "x" [2] : !chip.neurons<2>
  // expected-error @+1 {{'nir.lif' "h": register 'dash_syn' = -1 is outside Xylo Audio 2's range [0, 15]}}
  %h = chip.population "h" lif [3] {nir_op = "nir.lif", params = {}, registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = -1 : i64}} : !chip.neurons<3>
  %o = chip.population "o" lif [2] {nir_op = "nir.lif", params = {}, registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<2>
  chip.synapses "w_in" dense %x -> %h {nir_op = "nir.linear", weight = dense<1.0> : tensor<3x2xf64>, qweight = dense<127> : tensor<3x2xi64>, registers = {weight_shift = 3 : i64}}
      : !chip.neurons<2> -> !chip.neurons<3>
  chip.synapses "w_out" dense %h -> %o {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x3xf64>, qweight = dense<-128> : tensor<2x3xi64>, registers = {weight_shift = 0 : i64}}
      : !chip.neurons<3> -> !chip.neurons<2>
  chip.output "y" %o : !chip.neurons<2>
  chip.slice %h[0 : 3] on %hidden at 0 : !chip.neurons<3>
  chip.slice %o[0 : 2] on %output at 0 : !chip.neurons<2>
  chip.route %hidden -> %output ["w_out"]
}

// -----

// Placement: a slice without a core...
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %hidden = chip.core 0 "hidden"
  %output = chip.core 1 "output"
  %x = chip.input "x" [2] : !chip.neurons<2>
  // expected-error @+1 {{'nir.lif' "h": neurons [0, 3) are not placed; run chip-place}}
  %h = chip.population "h" lif [3] {nir_op = "nir.lif", params = {}, registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<3>
  %o = chip.population "o" lif [2] {nir_op = "nir.lif", params = {}, registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<2>
  chip.synapses "w_in" dense %x -> %h {nir_op = "nir.linear", weight = dense<1.0> : tensor<3x2xf64>, qweight = dense<127> : tensor<3x2xi64>, registers = {weight_shift = 3 : i64}}
      : !chip.neurons<2> -> !chip.neurons<3>
  chip.synapses "w_out" dense %h -> %o {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x3xf64>, qweight = dense<-128> : tensor<2x3xi64>, registers = {weight_shift = 0 : i64}}
      : !chip.neurons<3> -> !chip.neurons<2>
  chip.output "y" %o : !chip.neurons<2>
  chip.slice %h[0 : 3] : !chip.neurons<3>
  chip.slice %o[0 : 2] on %output at 0 : !chip.neurons<2>
}

// -----

// ...no slice at all...
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %hidden = chip.core 0 "hidden"
  %output = chip.core 1 "output"
  %x = chip.input "x" [2] : !chip.neurons<2>
  // expected-error @+1 {{'nir.lif' "h": neurons [0, 3) are not placed; run chip-partition and chip-place}}
  %h = chip.population "h" lif [3] {nir_op = "nir.lif", params = {}, registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<3>
  %o = chip.population "o" lif [2] {nir_op = "nir.lif", params = {}, registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<2>
  chip.synapses "w_in" dense %x -> %h {nir_op = "nir.linear", weight = dense<1.0> : tensor<3x2xf64>, qweight = dense<127> : tensor<3x2xi64>, registers = {weight_shift = 3 : i64}}
      : !chip.neurons<2> -> !chip.neurons<3>
  chip.synapses "w_out" dense %h -> %o {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x3xf64>, qweight = dense<-128> : tensor<2x3xi64>, registers = {weight_shift = 0 : i64}}
      : !chip.neurons<3> -> !chip.neurons<2>
  chip.output "y" %o : !chip.neurons<2>
  chip.slice %o[0 : 2] on %output at 0 : !chip.neurons<2>
}

// -----

// ...a part placed...
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %hidden = chip.core 0 "hidden"
  %output = chip.core 1 "output"
  %x = chip.input "x" [2] : !chip.neurons<2>
  // expected-error @+1 {{'nir.lif' "h": neurons [2, 3) are not placed; run chip-partition and chip-place}}
  %h = chip.population "h" lif [3] {nir_op = "nir.lif", params = {}, registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<3>
  %o = chip.population "o" lif [2] {nir_op = "nir.lif", params = {}, registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<2>
  chip.synapses "w_in" dense %x -> %h {nir_op = "nir.linear", weight = dense<1.0> : tensor<3x2xf64>, qweight = dense<127> : tensor<3x2xi64>, registers = {weight_shift = 3 : i64}}
      : !chip.neurons<2> -> !chip.neurons<3>
  chip.synapses "w_out" dense %h -> %o {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x3xf64>, qweight = dense<-128> : tensor<2x3xi64>, registers = {weight_shift = 0 : i64}}
      : !chip.neurons<3> -> !chip.neurons<2>
  chip.output "y" %o : !chip.neurons<2>
  chip.slice %h[0 : 2] on %hidden at 0 : !chip.neurons<3>
  chip.slice %o[0 : 2] on %output at 0 : !chip.neurons<2>
  chip.route %hidden -> %output ["w_out"]
}

// -----

// ...a gap between slices...
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %hidden = chip.core 0 "hidden"
  %output = chip.core 1 "output"
  %x = chip.input "x" [2] : !chip.neurons<2>
  // expected-error @+1 {{'nir.lif' "h": neurons not placed from 1}}
  %h = chip.population "h" lif [3] {nir_op = "nir.lif", params = {}, registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<3>
  %o = chip.population "o" lif [2] {nir_op = "nir.lif", params = {}, registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<2>
  chip.synapses "w_in" dense %x -> %h {nir_op = "nir.linear", weight = dense<1.0> : tensor<3x2xf64>, qweight = dense<127> : tensor<3x2xi64>, registers = {weight_shift = 3 : i64}}
      : !chip.neurons<2> -> !chip.neurons<3>
  chip.synapses "w_out" dense %h -> %o {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x3xf64>, qweight = dense<-128> : tensor<2x3xi64>, registers = {weight_shift = 0 : i64}}
      : !chip.neurons<3> -> !chip.neurons<2>
  chip.output "y" %o : !chip.neurons<2>
  chip.slice %h[2 : 3] on %hidden at 1 : !chip.neurons<3>
  chip.slice %h[0 : 1] on %hidden at 0 : !chip.neurons<3>
  chip.slice %o[0 : 2] on %output at 0 : !chip.neurons<2>
  chip.route %hidden -> %output ["w_out"]
}

// -----

// ...or slices that overlap.
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %hidden = chip.core 0 "hidden"
  %output = chip.core 1 "output"
  %x = chip.input "x" [2] : !chip.neurons<2>
  // expected-error @+1 {{'nir.lif' "h": neurons placed twice from 1}}
  %h = chip.population "h" lif [3] {nir_op = "nir.lif", params = {}, registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<3>
  %o = chip.population "o" lif [2] {nir_op = "nir.lif", params = {}, registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<2>
  chip.synapses "w_in" dense %x -> %h {nir_op = "nir.linear", weight = dense<1.0> : tensor<3x2xf64>, qweight = dense<127> : tensor<3x2xi64>, registers = {weight_shift = 3 : i64}}
      : !chip.neurons<2> -> !chip.neurons<3>
  chip.synapses "w_out" dense %h -> %o {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x3xf64>, qweight = dense<-128> : tensor<2x3xi64>, registers = {weight_shift = 0 : i64}}
      : !chip.neurons<3> -> !chip.neurons<2>
  chip.output "y" %o : !chip.neurons<2>
  chip.slice %h[0 : 2] on %hidden at 0 : !chip.neurons<3>
  chip.slice %h[1 : 3] on %hidden at 2 : !chip.neurons<3>
  chip.slice %o[0 : 2] on %output at 0 : !chip.neurons<2>
  chip.route %hidden -> %output ["w_out"]
}

// -----

// Synapse blocks: no integer weights...
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %hidden = chip.core 0 "hidden"
  %output = chip.core 1 "output"
  %x = chip.input "x" [2] : !chip.neurons<2>
  %h = chip.population "h" lif [3] {nir_op = "nir.lif", params = {}, registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<3>
  %o = chip.population "o" lif [2] {nir_op = "nir.lif", params = {}, registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<2>
  // expected-error @+1 {{'nir.linear' "w_in": has no integer weights; run chip-quantize}}
  chip.synapses "w_in" dense %x -> %h {nir_op = "nir.linear", weight = dense<1.0> : tensor<3x2xf64>}
      : !chip.neurons<2> -> !chip.neurons<3>
  chip.synapses "w_out" dense %h -> %o {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x3xf64>, qweight = dense<-128> : tensor<2x3xi64>, registers = {weight_shift = 0 : i64}}
      : !chip.neurons<3> -> !chip.neurons<2>
  chip.output "y" %o : !chip.neurons<2>
  chip.slice %h[0 : 3] on %hidden at 0 : !chip.neurons<3>
  chip.slice %o[0 : 2] on %output at 0 : !chip.neurons<2>
  chip.route %hidden -> %output ["w_out"]
}

// -----

// ...a weight out of 8 bits...
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %hidden = chip.core 0 "hidden"
  %output = chip.core 1 "output"
  %x = chip.input "x" [2] : !chip.neurons<2>
  %h = chip.population "h" lif [3] {nir_op = "nir.lif", params = {}, registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<3>
  %o = chip.population "o" lif [2] {nir_op = "nir.lif", params = {}, registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<2>
  // expected-error @+1 {{'nir.linear' "w_in": weight 128 (element 3) is outside Xylo Audio 2's range [-128, 127]}}
  chip.synapses "w_in" dense %x -> %h {nir_op = "nir.linear", weight = dense<1.0> : tensor<3x2xf64>, qweight = dense<[[127, 127], [127, 128], [0, 0]]> : tensor<3x2xi64>, registers = {weight_shift = 3 : i64}}
      : !chip.neurons<2> -> !chip.neurons<3>
  chip.synapses "w_out" dense %h -> %o {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x3xf64>, qweight = dense<-128> : tensor<2x3xi64>, registers = {weight_shift = 0 : i64}}
      : !chip.neurons<3> -> !chip.neurons<2>
  chip.output "y" %o : !chip.neurons<2>
  chip.slice %h[0 : 3] on %hidden at 0 : !chip.neurons<3>
  chip.slice %o[0 : 2] on %output at 0 : !chip.neurons<2>
  chip.route %hidden -> %output ["w_out"]
}

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %hidden = chip.core 0 "hidden"
  %output = chip.core 1 "output"
  %x = chip.input "x" [2] : !chip.neurons<2>
  %h = chip.population "h" lif [3] {nir_op = "nir.lif", params = {}, registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<3>
  %o = chip.population "o" lif [2] {nir_op = "nir.lif", params = {}, registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<2>
  chip.synapses "w_in" dense %x -> %h {nir_op = "nir.linear", weight = dense<1.0> : tensor<3x2xf64>, qweight = dense<127> : tensor<3x2xi64>, registers = {weight_shift = 3 : i64}}
      : !chip.neurons<2> -> !chip.neurons<3>
  // expected-error @+1 {{'nir.linear' "w_out": weight -129 (element 5) is outside Xylo Audio 2's range [-128, 127]}}
  chip.synapses "w_out" dense %h -> %o {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x3xf64>, qweight = dense<[[0, 0, 0], [0, 0, -129]]> : tensor<2x3xi64>, registers = {weight_shift = 0 : i64}}
      : !chip.neurons<3> -> !chip.neurons<2>
  chip.output "y" %o : !chip.neurons<2>
  chip.slice %h[0 : 3] on %hidden at 0 : !chip.neurons<3>
  chip.slice %o[0 : 2] on %output at 0 : !chip.neurons<2>
  chip.route %hidden -> %output ["w_out"]
}

// -----

// ...no weight shift...
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %hidden = chip.core 0 "hidden"
  %output = chip.core 1 "output"
  %x = chip.input "x" [2] : !chip.neurons<2>
  %h = chip.population "h" lif [3] {nir_op = "nir.lif", params = {}, registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<3>
  %o = chip.population "o" lif [2] {nir_op = "nir.lif", params = {}, registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<2>
  // expected-error @+1 {{'nir.linear' "w_in": register 'weight_shift' is missing}}
  chip.synapses "w_in" dense %x -> %h {nir_op = "nir.linear", weight = dense<1.0> : tensor<3x2xf64>, qweight = dense<127> : tensor<3x2xi64>}
      : !chip.neurons<2> -> !chip.neurons<3>
  chip.synapses "w_out" dense %h -> %o {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x3xf64>, qweight = dense<-128> : tensor<2x3xi64>, registers = {weight_shift = 0 : i64}}
      : !chip.neurons<3> -> !chip.neurons<2>
  chip.output "y" %o : !chip.neurons<2>
  chip.slice %h[0 : 3] on %hidden at 0 : !chip.neurons<3>
  chip.slice %o[0 : 2] on %output at 0 : !chip.neurons<2>
  chip.route %hidden -> %output ["w_out"]
}

// -----

// ...or one beyond 3 bits.
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %hidden = chip.core 0 "hidden"
  %output = chip.core 1 "output"
  %x = chip.input "x" [2] : !chip.neurons<2>
  %h = chip.population "h" lif [3] {nir_op = "nir.lif", params = {}, registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<3>
  %o = chip.population "o" lif [2] {nir_op = "nir.lif", params = {}, registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<2>
  chip.synapses "w_in" dense %x -> %h {nir_op = "nir.linear", weight = dense<1.0> : tensor<3x2xf64>, qweight = dense<127> : tensor<3x2xi64>, registers = {weight_shift = 3 : i64}}
      : !chip.neurons<2> -> !chip.neurons<3>
  // expected-error @+1 {{'nir.linear' "w_out": register 'weight_shift' = 8 is outside Xylo Audio 2's range [0, 7]}}
  chip.synapses "w_out" dense %h -> %o {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x3xf64>, qweight = dense<1> : tensor<2x3xi64>, registers = {weight_shift = 8 : i64}}
      : !chip.neurons<3> -> !chip.neurons<2>
  chip.output "y" %o : !chip.neurons<2>
  chip.slice %h[0 : 3] on %hidden at 0 : !chip.neurons<3>
  chip.slice %o[0 : 2] on %output at 0 : !chip.neurons<2>
  chip.route %hidden -> %output ["w_out"]
}

// -----

// Routes: the hidden pool sends to the output pool.
// expected-error @+1 {{synapses 'w_out' join core 0 to core 1, but no chip.route does; run chip-route}}
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %hidden = chip.core 0 "hidden"
  %output = chip.core 1 "output"
  %x = chip.input "x" [2] : !chip.neurons<2>
  %h = chip.population "h" lif [3] {nir_op = "nir.lif", params = {}, registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<3>
  %o = chip.population "o" lif [2] {nir_op = "nir.lif", params = {}, registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<2>
  chip.synapses "w_in" dense %x -> %h {nir_op = "nir.linear", weight = dense<1.0> : tensor<3x2xf64>, qweight = dense<127> : tensor<3x2xi64>, registers = {weight_shift = 3 : i64}}
      : !chip.neurons<2> -> !chip.neurons<3>
  chip.synapses "w_out" dense %h -> %o {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x3xf64>, qweight = dense<-128> : tensor<2x3xi64>, registers = {weight_shift = 0 : i64}}
      : !chip.neurons<3> -> !chip.neurons<2>
  chip.output "y" %o : !chip.neurons<2>
  chip.slice %h[0 : 3] on %hidden at 0 : !chip.neurons<3>
  chip.slice %o[0 : 2] on %output at 0 : !chip.neurons<2>
}

// -----

// The target's placement rules. Xylo IMU's input weights reach hidden
// neurons 0-127: "h_in" at 126-128 ends one too far. (Its output weights
// leave the last 128 hidden neurons, where "h_out" is, 493-495.)
chip.device "xylo-imu" attributes {dt = 1.0e-03 : f64} {
  %hidden = chip.core 0 "hidden"
  %output = chip.core 1 "output"
  %x = chip.input "x" [2] : !chip.neurons<2>
  %h_in = chip.population "h_in" lif [3] {nir_op = "nir.lif", params = {},
      registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<3>
  %h_out = chip.population "h_out" lif [3] {nir_op = "nir.lif", params = {},
      registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<3>
  %o = chip.population "o" lif [2] {nir_op = "nir.lif", params = {},
      registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<2>
  chip.synapses "w_in" dense %x -> %h_in {nir_op = "nir.linear", weight = dense<1.0> : tensor<3x2xf64>,
      qweight = dense<1> : tensor<3x2xi64>, registers = {weight_shift = 0 : i64}} : !chip.neurons<2> -> !chip.neurons<3>
  chip.synapses "w_h" dense %h_in -> %h_out {nir_op = "nir.linear", weight = dense<1.0> : tensor<3x3xf64>,
      qweight = dense<1> : tensor<3x3xi64>, registers = {weight_shift = 0 : i64}} : !chip.neurons<3> -> !chip.neurons<3>
  chip.synapses "w_out" dense %h_out -> %o {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x3xf64>,
      qweight = dense<1> : tensor<2x3xi64>, registers = {weight_shift = 0 : i64}} : !chip.neurons<3> -> !chip.neurons<2>
  chip.output "y" %o : !chip.neurons<2>
  // expected-error @+1 {{'nir.lif' "h_in": hidden neuron 128 receives input weights, but Xylo IMU's input weights reach hidden neurons 0-127 only}}
  chip.slice %h_in[0 : 3] on %hidden at 126 : !chip.neurons<3>
  chip.slice %h_out[0 : 3] on %hidden at 493 : !chip.neurons<3>
  chip.slice %o[0 : 2] on %output at 0 : !chip.neurons<2>
  chip.route %hidden -> %output ["w_out"]
}

// -----

// With every hidden neuron of Xylo IMU in use, its last 128 are 368-495:
// "h_out" at 3-5 is not among them.
chip.device "xylo-imu" attributes {dt = 1.0e-03 : f64} {
  %hidden = chip.core 0 "hidden"
  %output = chip.core 1 "output"
  %x = chip.input "x" [2] : !chip.neurons<2>
  %h_in = chip.population "h_in" lif [3] {nir_op = "nir.lif", params = {},
      registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<3>
  %h_out = chip.population "h_out" lif [3] {nir_op = "nir.lif", params = {},
      registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<3>
  %filler = chip.population "filler" lif [490] {nir_op = "nir.lif", params = {},
      registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<490>
  %o = chip.population "o" lif [2] {nir_op = "nir.lif", params = {},
      registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<2>
  chip.synapses "w_in" dense %x -> %h_in {nir_op = "nir.linear", weight = dense<1.0> : tensor<3x2xf64>,
      qweight = dense<1> : tensor<3x2xi64>, registers = {weight_shift = 0 : i64}} : !chip.neurons<2> -> !chip.neurons<3>
  chip.synapses "w_h" dense %h_in -> %h_out {nir_op = "nir.linear", weight = dense<1.0> : tensor<3x3xf64>,
      qweight = dense<1> : tensor<3x3xi64>, registers = {weight_shift = 0 : i64}} : !chip.neurons<3> -> !chip.neurons<3>
  chip.synapses "w_out" dense %h_out -> %o {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x3xf64>,
      qweight = dense<1> : tensor<2x3xi64>, registers = {weight_shift = 0 : i64}} : !chip.neurons<3> -> !chip.neurons<2>
  chip.output "y" %o : !chip.neurons<2>
  chip.slice %h_in[0 : 3] on %hidden at 0 : !chip.neurons<3>
  // expected-error @+1 {{'nir.lif' "h_out": hidden neuron 3 has output weights, but Xylo IMU's output weights leave hidden neurons 368-495 only}}
  chip.slice %h_out[0 : 3] on %hidden at 3 : !chip.neurons<3>
  chip.slice %filler[0 : 490] on %hidden at 6 : !chip.neurons<490>
  chip.slice %o[0 : 2] on %output at 0 : !chip.neurons<2>
  chip.route %hidden -> %output ["w_out"]
}

// -----

// The same on Xylo Audio 3, whose last 128 of 992 are 864-991.
chip.device "xylo-audio3" attributes {dt = 1.0e-03 : f64} {
  %hidden = chip.core 0 "hidden"
  %output = chip.core 1 "output"
  %x = chip.input "x" [2] : !chip.neurons<2>
  %h_in = chip.population "h_in" lif [3] {nir_op = "nir.lif", params = {},
      registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<3>
  %h_out = chip.population "h_out" lif [3] {nir_op = "nir.lif", params = {},
      registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<3>
  %filler = chip.population "filler" lif [986] {nir_op = "nir.lif", params = {},
      registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<986>
  %o = chip.population "o" lif [2] {nir_op = "nir.lif", params = {},
      registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<2>
  chip.synapses "w_in" dense %x -> %h_in {nir_op = "nir.linear", weight = dense<1.0> : tensor<3x2xf64>,
      qweight = dense<1> : tensor<3x2xi64>, registers = {weight_shift = 0 : i64}} : !chip.neurons<2> -> !chip.neurons<3>
  chip.synapses "w_h" dense %h_in -> %h_out {nir_op = "nir.linear", weight = dense<1.0> : tensor<3x3xf64>,
      qweight = dense<1> : tensor<3x3xi64>, registers = {weight_shift = 0 : i64}} : !chip.neurons<3> -> !chip.neurons<3>
  chip.synapses "w_out" dense %h_out -> %o {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x3xf64>,
      qweight = dense<1> : tensor<2x3xi64>, registers = {weight_shift = 0 : i64}} : !chip.neurons<3> -> !chip.neurons<2>
  chip.output "y" %o : !chip.neurons<2>
  chip.slice %h_in[0 : 3] on %hidden at 0 : !chip.neurons<3>
  // expected-error @+1 {{'nir.lif' "h_out": hidden neuron 3 has output weights, but Xylo Audio 3's output weights leave hidden neurons 864-991 only}}
  chip.slice %h_out[0 : 3] on %hidden at 3 : !chip.neurons<3>
  chip.slice %filler[0 : 986] on %hidden at 6 : !chip.neurons<986>
  chip.slice %o[0 : 2] on %output at 0 : !chip.neurons<2>
  chip.route %hidden -> %output ["w_out"]
}

// -----

// But Rockpool's "last 128" are those of the hidden neurons in use (its
// config_from_specification keeps weights_out[-128:], rows = the
// network's hidden neurons): with 6 in use, all 6 may have output weights,
// and this device, placed as chip-place places it, fits.
// CHECK-LABEL: chip.device "xylo-imu"
// CHECK: chip.slice %{{.+}}[0 : 3] on %{{.+}} at 3
chip.device "xylo-imu" attributes {dt = 1.0e-03 : f64} {
  %hidden = chip.core 0 "hidden"
  %output = chip.core 1 "output"
  %x = chip.input "x" [2] : !chip.neurons<2>
  %h_in = chip.population "h_in" lif [3] {nir_op = "nir.lif", params = {},
      registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<3>
  %h_out = chip.population "h_out" lif [3] {nir_op = "nir.lif", params = {},
      registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<3>
  %o = chip.population "o" lif [2] {nir_op = "nir.lif", params = {},
      registers = {threshold = dense<100> : tensor<1xi64>, bias = dense<0> : tensor<1xi64>, dash_mem = dense<4> : tensor<1xi64>, dash_syn = dense<0> : tensor<1xi64>}} : !chip.neurons<2>
  chip.synapses "w_in" dense %x -> %h_in {nir_op = "nir.linear", weight = dense<1.0> : tensor<3x2xf64>,
      qweight = dense<1> : tensor<3x2xi64>, registers = {weight_shift = 0 : i64}} : !chip.neurons<2> -> !chip.neurons<3>
  chip.synapses "w_h" dense %h_in -> %h_out {nir_op = "nir.linear", weight = dense<1.0> : tensor<3x3xf64>,
      qweight = dense<1> : tensor<3x3xi64>, registers = {weight_shift = 0 : i64}} : !chip.neurons<3> -> !chip.neurons<3>
  chip.synapses "w_out" dense %h_out -> %o {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x3xf64>,
      qweight = dense<1> : tensor<2x3xi64>, registers = {weight_shift = 0 : i64}} : !chip.neurons<3> -> !chip.neurons<2>
  chip.output "y" %o : !chip.neurons<2>
  chip.slice %h_in[0 : 3] on %hidden at 0 : !chip.neurons<3>
  chip.slice %h_out[0 : 3] on %hidden at 3 : !chip.neurons<3>
  chip.slice %o[0 : 2] on %output at 0 : !chip.neurons<2>
  chip.route %hidden -> %output ["w_out"]
}
