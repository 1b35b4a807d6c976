// RUN: nir-opt %s --pass-pipeline='builtin.module(chip.device(chip-route))' -split-input-file -verify-diagnostics | FileCheck %s
// chip-route alone on placed Xylo devices: one chip.route per pair of
// different cores that synapse blocks join, from the core of the source's
// slices to the core of the target's, listing the blocks in device order.
// Inputs sit on no core, and blocks within one core need no route. Xylo
// has no limit on a core's destinations.

// Input, recurrent and hidden-to-hidden blocks stay within core 0; both
// blocks into the readout share the route 0 -> 1; a block back from the
// output pool (no design rule here) takes 1 -> 0.
// CHECK-LABEL: chip.device "xylo-audio2"
// CHECK-NEXT: %[[HID:.+]] = chip.core 0 "hidden"
// CHECK-NEXT: %[[OUT:.+]] = chip.core 1 "output"
// CHECK: chip.slice
// CHECK-NEXT: chip.slice
// CHECK-NEXT: chip.slice
// CHECK-NEXT: chip.route %[[HID]] -> %[[OUT]] ["w_out1", "w_out2"]
// CHECK-NEXT: chip.route %[[OUT]] -> %[[HID]] ["back"]
// CHECK-NEXT: }
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %hidden = chip.core 0 "hidden"
  %output = chip.core 1 "output"
  %x = chip.input "x" [2] : !chip.neurons<2>
  %h = chip.population "h" lif [3] {nir_op = "nir.lif", params = {}} : !chip.neurons<3>
  %h2 = chip.population "h2" lif [2] {nir_op = "nir.lif", params = {}} : !chip.neurons<2>
  %o = chip.population "o" lif [2] {nir_op = "nir.lif", params = {}} : !chip.neurons<2>
  chip.synapses "w_in" dense %x -> %h {nir_op = "nir.linear", weight = dense<1.0> : tensor<3x2xf64>} : !chip.neurons<2> -> !chip.neurons<3>
  chip.synapses "w_rec" dense %h -> %h {nir_op = "nir.linear", weight = dense<1.0> : tensor<3x3xf64>} : !chip.neurons<3> -> !chip.neurons<3>
  chip.synapses "w_out1" dense %h -> %o {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x3xf64>} : !chip.neurons<3> -> !chip.neurons<2>
  chip.synapses "back" dense %o -> %h2 {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x2xf64>} : !chip.neurons<2> -> !chip.neurons<2>
  chip.synapses "w_h" dense %h -> %h2 {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x3xf64>} : !chip.neurons<3> -> !chip.neurons<2>
  chip.synapses "w_out2" dense %h2 -> %o {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x2xf64>} : !chip.neurons<2> -> !chip.neurons<2>
  chip.output "y" %o : !chip.neurons<2>
  chip.slice %h[0 : 3] on %hidden at 0 : !chip.neurons<3>
  chip.slice %h2[0 : 2] on %hidden at 3 : !chip.neurons<2>
  chip.slice %o[0 : 2] on %output at 0 : !chip.neurons<2>
}

// -----

// A route already there is kept and not added again; a block into an
// unplaced population needs none yet.
// CHECK-LABEL: chip.device "xylo-imu"
// CHECK: chip.slice
// CHECK-NEXT: chip.slice
// CHECK-NEXT: chip.route %{{.+}} -> %{{.+}} ["w_out"]
// CHECK-NEXT: chip.slice %{{.+}}[0 : 2] : !chip.neurons<2>
// CHECK-NEXT: }
chip.device "xylo-imu" attributes {dt = 1.0e-03 : f64} {
  %hidden = chip.core 0 "hidden"
  %output = chip.core 1 "output"
  %h = chip.population "h" lif [3] {nir_op = "nir.lif", params = {}} : !chip.neurons<3>
  %o = chip.population "o" lif [2] {nir_op = "nir.lif", params = {}} : !chip.neurons<2>
  %o2 = chip.population "o2" lif [2] {nir_op = "nir.lif", params = {}} : !chip.neurons<2>
  chip.synapses "w_out" dense %h -> %o {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x3xf64>} : !chip.neurons<3> -> !chip.neurons<2>
  chip.synapses "w_out2" dense %h -> %o2 {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x3xf64>} : !chip.neurons<3> -> !chip.neurons<2>
  chip.output "y" %o : !chip.neurons<2>
  chip.output "y2" %o2 : !chip.neurons<2>
  chip.slice %h[0 : 3] on %hidden at 0 : !chip.neurons<3>
  chip.slice %o[0 : 2] on %output at 0 : !chip.neurons<2>
  chip.route %hidden -> %output ["w_out"]
  chip.slice %o2[0 : 2] : !chip.neurons<2>
}

// -----

// Xylo Audio 3, a single hidden layer: one route.
// CHECK-LABEL: chip.device "xylo-audio3"
// CHECK-COUNT-1: chip.route
// CHECK-SAME: ["readout"]
// CHECK-NOT: chip.route
chip.device "xylo-audio3" attributes {dt = 1.0e-03 : f64} {
  %hidden = chip.core 0 "hidden"
  %output = chip.core 1 "output"
  %x = chip.input "x" [2] : !chip.neurons<2>
  %h = chip.population "h" lif [3] {nir_op = "nir.lif", params = {}} : !chip.neurons<3>
  %o = chip.population "o" lif [2] {nir_op = "nir.lif", params = {}} : !chip.neurons<2>
  chip.synapses "w_in" dense %x -> %h {nir_op = "nir.linear", weight = dense<1.0> : tensor<3x2xf64>} : !chip.neurons<2> -> !chip.neurons<3>
  chip.synapses "readout" dense %h -> %o {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x3xf64>} : !chip.neurons<3> -> !chip.neurons<2>
  chip.output "y" %o : !chip.neurons<2>
  chip.slice %h[0 : 3] on %hidden at 0 : !chip.neurons<3>
  chip.slice %o[0 : 2] on %output at 0 : !chip.neurons<2>
}
