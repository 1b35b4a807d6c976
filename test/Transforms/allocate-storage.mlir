// RUN: nir-opt %s --sim-allocate-storage --split-input-file --verify-diagnostics | FileCheck %s
// RUN: nir-opt %s --sim-allocate-storage --sim-allocate-storage --split-input-file --verify-diagnostics | FileCheck %s

// sim-allocate-storage: every result gets a slot of its elements, in body
// order (a fire's two results two slots), the output and the probe a record
// slot each; the model records the elements one sample needs. Allocating
// twice lays the storage out the same way.
// CHECK-LABEL: sim.model @net
// CHECK-SAME: storage_size = 20 : i64
// CHECK: sim.state "lif.v" {node = "v", sim.slots = array<i64: 0>}
// CHECK: sim.input "x" {node = "x", sim.slots = array<i64: 2>}
// CHECK: sim.dense %{{.+}} {node = "d", sim.slots = array<i64: 5>
// CHECK: sim.lincomb {{.+}} {coefficients = {{.+}}, sim.slots = array<i64: 7>}
// CHECK: sim.fire {{.+}}sim.slots = array<i64: 9, 11>
// CHECK: sim.output "y"(%{{.+}}) {node = "y", sim.slots = array<i64: 13>}
// CHECK: sim.probe "lif" "v"(%{{.+}}) {sim.slots = array<i64: 15>}
// A reshape shares its input's slot.
// CHECK: sim.reshape %{{.+}} {node = "flat", sim.slots = array<i64: 2>}
// CHECK: sim.output "flat"(%{{.+}}) {node = "flat", sim.slots = array<i64: 17>}
// An update from a computed value needs no staging slot.
// CHECK: sim.next %{{.+}} = %{{.+}} {node = "v"} : tensor<2xf64>
// CHECK-NOT: sim.slots
// CHECK: }
sim.model @net attributes {dt = 1.0e-03 : f64, method = #sim.method<euler>, reset = #sim.reset_mode<to_v_reset>, scheduled} {
  %v = sim.state "lif.v" {node = "v"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<3xf64>
  %d = sim.dense %x {node = "d", weight = dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf64>} : tensor<3xf64> -> tensor<2xf64>
  %li = sim.lincomb %v, %d {node = "li", coefficients = [dense<0.9> : tensor<2xf64>, dense<0.1> : tensor<2xf64>]} : tensor<2xf64>
  %s, %va = sim.fire %li {node = "s", threshold = dense<1.0> : tensor<2xf64>, reset_value = dense<0.0> : tensor<2xf64>, reset = #sim.reset_mode<to_v_reset>} : tensor<2xf64>
  sim.output "y"(%s) {node = "y"} : tensor<2xf64>
  sim.probe "lif" "v"(%v) : tensor<2xf64>
  %flat = sim.reshape %x {node = "flat"} : tensor<3xf64> -> tensor<1x3xf64>
  sim.output "flat"(%flat) {node = "flat"} : tensor<1x3xf64>
  sim.next %v = %va {node = "v"} : tensor<2xf64>
}

// -----

// A state fed by another state's start-of-step value (here through a
// reshape) gets a staging slot after every other slot: the updates copy in
// order, and a's update comes first.
// CHECK-LABEL: sim.model @chain
// CHECK-SAME: storage_size = 8 : i64
// CHECK: sim.state "a" {node = "a", sim.slots = array<i64: 0>}
// CHECK: sim.state "b" {node = "b", sim.slots = array<i64: 2>}
// CHECK: sim.input "x" {node = "x", sim.slots = array<i64: 4>}
// CHECK: sim.reshape %{{.+}} {node = "ra", sim.slots = array<i64: 0>}
// CHECK: sim.next %{{.+}} = %{{.+}} {node = "a"} : tensor<2xf64>
// CHECK-NOT: sim.slots
// CHECK: sim.next %{{.+}} = %{{.+}} {node = "b", sim.slots = array<i64: 6>} : tensor<1x2xf64>
sim.model @chain attributes {dt = 1.0 : f64, method = #sim.method<euler>, reset = #sim.reset_mode<to_v_reset>, scheduled} {
  %a = sim.state "a" {node = "a"} : tensor<2xf64>
  %b = sim.state "b" {node = "b"} : tensor<1x2xf64>
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  %ra = sim.reshape %a {node = "ra"} : tensor<2xf64> -> tensor<1x2xf64>
  sim.next %a = %x {node = "a"} : tensor<2xf64>
  sim.next %b = %ra {node = "b"} : tensor<1x2xf64>
}

// -----

// The order of the step is the schedule's: it is laid out once scheduled.
// expected-error @+1 {{must be scheduled (run 'sim-schedule') before its storage is allocated}}
sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<1xf64>
  sim.output "y"(%x) {node = "y"} : tensor<1xf64>
}
