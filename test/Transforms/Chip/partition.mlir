// RUN: nir-opt %s --pass-pipeline='builtin.module(chip.device(chip-partition))' -split-input-file -verify-diagnostics | FileCheck %s
// chip-partition alone on Xylo devices. A Xylo pool is the whole chip, so
// a population is never cut: it gets one unplaced slice of all its neurons,
// or an error naming the pool (hidden, or output for a population a
// chip.output reads) that cannot hold it.

// One slice per population, appended to the device in population order;
// the readout's comes from the output pool, which the limit of 8 shows
// below.
// CHECK-LABEL: chip.device "xylo-audio2"
// CHECK: %[[H:.+]] = chip.population "h" lif [3]
// CHECK: %[[H2:.+]] = chip.population "h2" cuba_lif [2, 2]
// CHECK: %[[O:.+]] = chip.population "o" lif [2]
// CHECK: chip.output "y" %[[O]]
// CHECK-NEXT: chip.slice %[[H]][0 : 3] : !chip.neurons<3>
// CHECK-NEXT: chip.slice %[[H2]][0 : 4] : !chip.neurons<4>
// CHECK-NEXT: chip.slice %[[O]][0 : 2] : !chip.neurons<2>
// CHECK-NEXT: }
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %x = chip.input "x" [2] : !chip.neurons<2>
  %h = chip.population "h" lif [3] {nir_op = "nir.lif", params = {}} : !chip.neurons<3>
  %h2 = chip.population "h2" cuba_lif [2, 2] {nir_op = "nir.cuba_lif", params = {}} : !chip.neurons<4>
  %o = chip.population "o" lif [2] {nir_op = "nir.lif", params = {}} : !chip.neurons<2>
  chip.synapses "w_in" dense %x -> %h {nir_op = "nir.linear", weight = dense<1.0> : tensor<3x2xf64>} : !chip.neurons<2> -> !chip.neurons<3>
  chip.synapses "w_h2" dense %h -> %h2 {nir_op = "nir.linear", weight = dense<1.0> : tensor<4x3xf64>} : !chip.neurons<3> -> !chip.neurons<4>
  chip.synapses "w_out" dense %h2 -> %o {nir_op = "nir.linear", weight = dense<1.0> : tensor<2x4xf64>} : !chip.neurons<4> -> !chip.neurons<2>
  chip.output "y" %o : !chip.neurons<2>
}

// -----

// A population already cut keeps its slices (here placed by hand, even as
// a part); only the others get one.
// CHECK-LABEL: chip.device "xylo-imu"
// CHECK: %[[CORE:.+]] = chip.core 0 "hidden"
// CHECK: %[[A:.+]] = chip.population "a"
// CHECK: %[[B:.+]] = chip.population "b"
// CHECK: chip.slice %[[A]][0 : 2] on %[[CORE]] at 5 : !chip.neurons<4>
// CHECK-NEXT: chip.slice %[[B]][0 : 6] : !chip.neurons<6>
// CHECK-NEXT: }
chip.device "xylo-imu" attributes {dt = 1.0e-03 : f64} {
  %hidden = chip.core 0 "hidden"
  %a = chip.population "a" lif [4] {nir_op = "nir.lif", params = {}} : !chip.neurons<4>
  %b = chip.population "b" lif [6] {nir_op = "nir.lif", params = {}} : !chip.neurons<6>
  chip.slice %a[0 : 2] on %hidden at 5 : !chip.neurons<4>
}

// -----

// The limits are inclusive: 1000 hidden and 8 output neurons fit Xylo
// Audio 2.
// CHECK-LABEL: chip.device "xylo-audio2"
// CHECK: chip.slice %{{.+}}[0 : 1000] : !chip.neurons<1000>
// CHECK-NEXT: chip.slice %{{.+}}[0 : 8] : !chip.neurons<8>
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %h = chip.population "hidden" lif [1000] {nir_op = "nir.lif", params = {}} : !chip.neurons<1000>
  %o = chip.population "o" lif [8] {nir_op = "nir.lif", params = {}} : !chip.neurons<8>
  chip.synapses "w_out" dense %h -> %o {nir_op = "nir.linear", weight = dense<1.0> : tensor<8x1000xf64>} : !chip.neurons<1000> -> !chip.neurons<8>
  chip.output "y" %o : !chip.neurons<8>
}

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+1 {{'nir.lif' "hidden": 1001 neurons exceed Xylo Audio 2's limit of 1000 hidden neurons}}
  %h = chip.population "hidden" lif [1001] {nir_op = "nir.lif", params = {}} : !chip.neurons<1001>
  %o = chip.population "o" lif [8] {nir_op = "nir.lif", params = {}} : !chip.neurons<8>
  chip.synapses "w_out" dense %h -> %o {nir_op = "nir.linear", weight = dense<1.0> : tensor<8x1001xf64>} : !chip.neurons<1001> -> !chip.neurons<8>
  chip.output "y" %o : !chip.neurons<8>
}

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %h = chip.population "hidden" lif [2] {nir_op = "nir.lif", params = {}} : !chip.neurons<2>
  // expected-error @+1 {{'nir.cuba_lif' "o": 9 neurons exceed Xylo Audio 2's limit of 8 output neurons}}
  %o = chip.population "o" cuba_lif [9] {nir_op = "nir.cuba_lif", params = {}} : !chip.neurons<9>
  chip.synapses "w_out" dense %h -> %o {nir_op = "nir.linear", weight = dense<1.0> : tensor<9x2xf64>} : !chip.neurons<2> -> !chip.neurons<9>
  chip.output "y" %o : !chip.neurons<9>
}

// -----

chip.device "xylo-audio3" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+1 {{'nir.lif' "h": 993 neurons exceed Xylo Audio 3's limit of 992 hidden neurons}}
  %h = chip.population "h" lif [993] {nir_op = "nir.lif", params = {}} : !chip.neurons<993>
}

// -----

chip.device "xylo-audio3" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+1 {{'nir.lif' "o": 33 neurons exceed Xylo Audio 3's limit of 32 output neurons}}
  %o = chip.population "o" lif [33] {nir_op = "nir.lif", params = {}} : !chip.neurons<33>
  chip.output "y" %o : !chip.neurons<33>
}

// -----

chip.device "xylo-imu" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+1 {{'nir.lif' "h": 497 neurons exceed Xylo IMU's limit of 496 hidden neurons}}
  %h = chip.population "h" lif [497] {nir_op = "nir.lif", params = {}} : !chip.neurons<497>
}

// -----

chip.device "xylo-imu" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+1 {{'nir.lif' "o": 17 neurons exceed Xylo IMU's limit of 16 output neurons}}
  %o = chip.population "o" lif [17] {nir_op = "nir.lif", params = {}} : !chip.neurons<17>
  chip.output "y" %o : !chip.neurons<17>
}
