// RUN: nir-opt %s --pass-pipeline='builtin.module(chip.device(chip-place))' -split-input-file -verify-diagnostics | FileCheck %s
// chip-place alone on Xylo devices: it creates the cores in use (0
// "hidden", 1 "output") at the top of the device and gives every unplaced
// slice a core and an offset, its first hardware neuron id in the pool.
// Slices are placed first-fit at increasing offsets, in priority order:
// populations receiving input weights first (their ids must be the lowest
// on Xylo Audio 3 and IMU), those sending to the readout last (the
// highest), the others in between; within a priority, in the order of the
// slices.

// CHECK-LABEL: chip.device "xylo-audio2"
// CHECK-NEXT: %[[HID:.+]] = chip.core 0 "hidden"
// CHECK-NEXT: %[[OUT:.+]] = chip.core 1 "output"
// CHECK-NEXT: chip.input "x"
// CHECK-NEXT: %[[H:.+]] = chip.population "h"
// CHECK-NEXT: %[[O:.+]] = chip.population "o"
// CHECK: chip.slice %[[H]][0 : 3] on %[[HID]] at 0 : !chip.neurons<3>
// CHECK-NEXT: chip.slice %[[O]][0 : 2] on %[[OUT]] at 0 : !chip.neurons<2>
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %x = chip.input "x" [2] : !chip.neurons<2>
  %h = chip.population "h" lif [3] {nir_op = "nir.lif", params = {}} : !chip.neurons<3>
  %o = chip.population "o" lif [2] {nir_op = "nir.lif", params = {}} : !chip.neurons<2>
  chip.synapses "w_in" dense %x -> %h {nir_op = "nir.linear", weight = dense<1.0> : tensor<3x2xf64>} : !chip.neurons<2> -> !chip.neurons<3>
  chip.synapses "w_out" dense %h -> %o {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x3xf64>} : !chip.neurons<3> -> !chip.neurons<2>
  chip.output "y" %o : !chip.neurons<2>
  chip.slice %h[0 : 3] : !chip.neurons<3>
  chip.slice %o[0 : 2] : !chip.neurons<2>
}

// -----

// Xylo IMU's priority order, against the order of the slices: "h_in"
// (receives input) takes ids 0-1, "h_mid" 2-4, "iso" (no synapses at all)
// 5, and "h_out" (sends to the readout) 6-9, the highest. The readouts
// share the output pool in the order of their slices ("o2" first). Core 0
// is created first, as "h_in" is placed first.
// CHECK-LABEL: chip.device "xylo-imu"
// CHECK-NEXT: %[[HID:.+]] = chip.core 0 "hidden"
// CHECK-NEXT: %[[OUT:.+]] = chip.core 1 "output"
// CHECK-NEXT: chip.input "x"
// CHECK-NEXT: %[[HOUT:.+]] = chip.population "h_out"
// CHECK-NEXT: %[[HMID:.+]] = chip.population "h_mid"
// CHECK-NEXT: %[[HIN:.+]] = chip.population "h_in"
// CHECK-NEXT: %[[ISO:.+]] = chip.population "iso"
// CHECK-NEXT: %[[O1:.+]] = chip.population "o1"
// CHECK-NEXT: %[[O2:.+]] = chip.population "o2"
// CHECK: chip.slice %[[HOUT]][0 : 4] on %[[HID]] at 6 : !chip.neurons<4>
// CHECK-NEXT: chip.slice %[[O2]][0 : 3] on %[[OUT]] at 0 : !chip.neurons<3>
// CHECK-NEXT: chip.slice %[[HMID]][0 : 3] on %[[HID]] at 2 : !chip.neurons<3>
// CHECK-NEXT: chip.slice %[[ISO]][0 : 1] on %[[HID]] at 5 : !chip.neurons<1>
// CHECK-NEXT: chip.slice %[[O1]][0 : 2] on %[[OUT]] at 3 : !chip.neurons<2>
// CHECK-NEXT: chip.slice %[[HIN]][0 : 2] on %[[HID]] at 0 : !chip.neurons<2>
chip.device "xylo-imu" attributes {dt = 1.0e-03 : f64} {
  %x = chip.input "x" [2] : !chip.neurons<2>
  %h_out = chip.population "h_out" lif [4] {nir_op = "nir.lif", params = {}} : !chip.neurons<4>
  %h_mid = chip.population "h_mid" lif [3] {nir_op = "nir.lif", params = {}} : !chip.neurons<3>
  %h_in = chip.population "h_in" lif [2] {nir_op = "nir.lif", params = {}} : !chip.neurons<2>
  %iso = chip.population "iso" lif [1] {nir_op = "nir.lif", params = {}} : !chip.neurons<1>
  %o1 = chip.population "o1" lif [2] {nir_op = "nir.lif", params = {}} : !chip.neurons<2>
  %o2 = chip.population "o2" lif [3] {nir_op = "nir.lif", params = {}} : !chip.neurons<3>
  chip.synapses "w_in" dense %x -> %h_in {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x2xf64>} : !chip.neurons<2> -> !chip.neurons<2>
  chip.synapses "w_mid" dense %h_in -> %h_mid {nir_op = "nir.linear", weight = dense<1.0> : tensor<3x2xf64>} : !chip.neurons<2> -> !chip.neurons<3>
  chip.synapses "w_rec" dense %h_mid -> %h_mid {nir_op = "nir.linear", weight = dense<1.0> : tensor<3x3xf64>} : !chip.neurons<3> -> !chip.neurons<3>
  chip.synapses "w_h" dense %h_mid -> %h_out {nir_op = "nir.linear", weight = dense<1.0> : tensor<4x3xf64>} : !chip.neurons<3> -> !chip.neurons<4>
  chip.synapses "w_o1" dense %h_out -> %o1 {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x4xf64>} : !chip.neurons<4> -> !chip.neurons<2>
  chip.synapses "w_o2" dense %h_out -> %o2 {nir_op = "nir.linear", weight = dense<1.0> : tensor<3x4xf64>} : !chip.neurons<4> -> !chip.neurons<3>
  chip.output "y1" %o1 : !chip.neurons<2>
  chip.output "y2" %o2 : !chip.neurons<3>
  chip.slice %h_out[0 : 4] : !chip.neurons<4>
  chip.slice %o2[0 : 3] : !chip.neurons<3>
  chip.slice %h_mid[0 : 3] : !chip.neurons<3>
  chip.slice %iso[0 : 1] : !chip.neurons<1>
  chip.slice %o1[0 : 2] : !chip.neurons<2>
  chip.slice %h_in[0 : 2] : !chip.neurons<2>
}

// -----

// The same order on Xylo Audio 3; a population that both receives input
// and feeds the readout counts as receiving input ("both" comes first).
// With no readout placed, core 1 is not created.
// CHECK-LABEL: chip.device "xylo-audio3"
// CHECK-NEXT: %[[HID:.+]] = chip.core 0 "hidden"
// CHECK-NEXT: chip.input "x"
// CHECK-NEXT: %[[OUTP:.+]] = chip.population "feeds_readout"
// CHECK-NEXT: %[[BOTH:.+]] = chip.population "both"
// CHECK-NOT: chip.core
// CHECK: chip.slice %[[OUTP]][0 : 5] on %[[HID]] at 7 : !chip.neurons<5>
// CHECK-NEXT: chip.slice %[[BOTH]][0 : 7] on %[[HID]] at 0 : !chip.neurons<7>
// CHECK-NEXT: }
chip.device "xylo-audio3" attributes {dt = 1.0e-03 : f64} {
  %x = chip.input "x" [2] : !chip.neurons<2>
  %a = chip.population "feeds_readout" lif [5] {nir_op = "nir.lif", params = {}} : !chip.neurons<5>
  %b = chip.population "both" lif [7] {nir_op = "nir.lif", params = {}} : !chip.neurons<7>
  %o = chip.population "o" lif [2] {nir_op = "nir.lif", params = {}} : !chip.neurons<2>
  chip.synapses "w_in" dense %x -> %b {nir_op = "nir.linear", weight = dense<1.0> : tensor<7x2xf64>} : !chip.neurons<2> -> !chip.neurons<7>
  chip.synapses "w_ab" dense %b -> %a {nir_op = "nir.linear", weight = dense<1.0> : tensor<5x7xf64>} : !chip.neurons<7> -> !chip.neurons<5>
  chip.synapses "w_bo" dense %b -> %o {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x7xf64>} : !chip.neurons<7> -> !chip.neurons<2>
  chip.synapses "w_ao" dense %a -> %o {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x5xf64>} : !chip.neurons<5> -> !chip.neurons<2>
  chip.output "y" %o : !chip.neurons<2>
  chip.slice %a[0 : 5] : !chip.neurons<5>
  chip.slice %b[0 : 7] : !chip.neurons<7>
}

// -----

// Slices already placed stay; the existing core is reused and new slices
// go after the highest neuron in use (10 + 5).
// CHECK-LABEL: chip.device "xylo-audio2"
// CHECK-NEXT: %[[HID:.+]] = chip.core 0 "hidden"
// CHECK-NEXT: %[[A:.+]] = chip.population "a"
// CHECK-NEXT: %[[B:.+]] = chip.population "b"
// CHECK-NEXT: chip.slice %[[A]][0 : 5] on %[[HID]] at 10 : !chip.neurons<5>
// CHECK-NEXT: chip.slice %[[B]][0 : 4] on %[[HID]] at 15 : !chip.neurons<4>
// CHECK-NEXT: }
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %hidden = chip.core 0 "hidden"
  %a = chip.population "a" lif [5] {nir_op = "nir.lif", params = {}} : !chip.neurons<5>
  %b = chip.population "b" lif [4] {nir_op = "nir.lif", params = {}} : !chip.neurons<4>
  chip.slice %a[0 : 5] on %hidden at 10 : !chip.neurons<5>
  chip.slice %b[0 : 4] : !chip.neurons<4>
}

// -----

// Two populations that each fit the hidden pool but not together.
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %a = chip.population "a" lif [600] {nir_op = "nir.lif", params = {}} : !chip.neurons<600>
  // expected-error @+1 {{'nir.lif' "b": 1100 neurons exceed Xylo Audio 2's limit of 1000 hidden neurons}}
  %b = chip.population "b" lif [500] {nir_op = "nir.lif", params = {}} : !chip.neurons<500>
  chip.slice %a[0 : 600] : !chip.neurons<600>
  chip.slice %b[0 : 500] : !chip.neurons<500>
}

// -----

// The same for the output pool.
chip.device "xylo-imu" attributes {dt = 1.0e-03 : f64} {
  %o1 = chip.population "o1" lif [10] {nir_op = "nir.lif", params = {}} : !chip.neurons<10>
  // expected-error @+1 {{'nir.cuba_lif' "o2": 17 neurons exceed Xylo IMU's limit of 16 output neurons}}
  %o2 = chip.population "o2" cuba_lif [7] {nir_op = "nir.cuba_lif", params = {}} : !chip.neurons<7>
  chip.output "y1" %o1 : !chip.neurons<10>
  chip.output "y2" %o2 : !chip.neurons<7>
  chip.slice %o1[0 : 10] : !chip.neurons<10>
  chip.slice %o2[0 : 7] : !chip.neurons<7>
}

// -----

// What is placed already takes room too: after the slice at 500-599, 600
// new neurons do not fit, though 600 alone would.
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %hidden = chip.core 0 "hidden"
  %a = chip.population "a" lif [100] {nir_op = "nir.lif", params = {}} : !chip.neurons<100>
  // expected-error @+1 {{'nir.lif' "b": no 'hidden' core of Xylo Audio 2 has room left for neurons [0, 600)}}
  %b = chip.population "b" lif [600] {nir_op = "nir.lif", params = {}} : !chip.neurons<600>
  chip.slice %a[0 : 100] on %hidden at 500 : !chip.neurons<100>
  chip.slice %b[0 : 600] : !chip.neurons<600>
}
