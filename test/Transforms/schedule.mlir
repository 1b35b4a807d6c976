// RUN: nir-opt %s --pass-pipeline='builtin.module(sim.model(sim-schedule))' --split-input-file --verify-diagnostics | FileCheck %s
// RUN: nir-opt %s --sim-schedule --split-input-file --verify-diagnostics | FileCheck %s

// sim-schedule orders one step of a sim.model: states first, then the NIR
// nodes (grouped by each op's `node`) in dataflow order, then the sim.next ops;
// a cycle is cut where it enters a stateful node.

// Ops given backwards come out in dataflow order, states first and sim.next
// last, and the model is marked scheduled.
// CHECK-LABEL: sim.model @feedforward
// CHECK-SAME: scheduled
// CHECK-NEXT: %[[V:.+]] = sim.state "li.v" {node = "li"}
// CHECK-NEXT: %[[X:.+]] = sim.input "x" {node = "x"}
// CHECK-NEXT: %[[D:.+]] = sim.dense %[[X]] {node = "w"
// CHECK-NEXT: %[[LI:.+]] = sim.lincomb %[[V]], %[[D]] {
// CHECK-NEXT: sim.output "y"(%[[LI]]) {node = "y"}
// CHECK-NEXT: sim.next %[[V]] = %[[LI]] {node = "li"}
// CHECK-NEXT: {{^ *}}}
sim.model @feedforward attributes {dt = 1.0e-03 : f64, method = #sim.method<euler>, reset = #sim.reset_mode<to_v_reset>} {
  sim.output "y"(%li) {node = "y"} : tensor<2xf64>
  sim.next %v = %li {node = "li"} : tensor<2xf64>
  %li = sim.lincomb %v, %d {coefficients = [dense<0.9> : tensor<2xf64>, dense<0.1> : tensor<2xf64>],
      node = "li"} : tensor<2xf64>
  %d = sim.dense %x {node = "w", weight = dense<1.0> : tensor<2x3xf64>} : tensor<3xf64> -> tensor<2xf64>
  %v = sim.state "li.v" {node = "li"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<3xf64>
}

// -----

// The ops of one node stay together and in their given order (a forward
// Euler CubaLIF: current, membrane, fire), even when another node's op sits
// between them; the sim.next ops keep their order.
// CHECK-LABEL: sim.model @node_groups
// CHECK-SAME: scheduled
// CHECK-NEXT: %[[I:.+]] = sim.state "cuba.i"
// CHECK-NEXT: %[[V:.+]] = sim.state "cuba.v"
// CHECK-NEXT: %[[X:.+]] = sim.input "x"
// CHECK-NEXT: %[[IN:.+]] = sim.lincomb %[[I]], %[[X]] {{.*}}node = "cuba"
// CHECK-NEXT: %[[VN:.+]] = sim.lincomb %[[V]], %[[IN]] {{.*}}node = "cuba"
// CHECK-NEXT: %[[S:.+]], %[[VA:.+]] = sim.fire %[[VN]] {{.*}}node = "cuba"
// CHECK-NEXT: sim.output "y"(%[[S]])
// CHECK-NEXT: sim.next %[[I]] = %[[IN]]
// CHECK-NEXT: sim.next %[[V]] = %[[VA]]
// CHECK-NEXT: {{^ *}}}
sim.model @node_groups attributes {dt = 1.0e-03 : f64, method = #sim.method<euler>, reset = #sim.reset_mode<to_v_reset>} {
  %i = sim.state "cuba.i" {node = "cuba"} : tensor<2xf64>
  %v = sim.state "cuba.v" {node = "cuba"} : tensor<2xf64>
  %in = sim.lincomb %i, %x {coefficients = [dense<0.8> : tensor<2xf64>, dense<0.2> : tensor<2xf64>],
      node = "cuba"} : tensor<2xf64>
  sim.output "y"(%s) {node = "y"} : tensor<2xf64>
  %vn = sim.lincomb %v, %in {coefficients = [dense<0.9> : tensor<2xf64>, dense<0.1> : tensor<2xf64>],
      node = "cuba"} : tensor<2xf64>
  sim.next %i = %in {node = "cuba"} : tensor<2xf64>
  %s, %va = sim.fire %vn {threshold = dense<1.0> : tensor<2xf64>,
      reset_value = dense<0.0> : tensor<2xf64>, reset = #sim.reset_mode<to_v_reset>, node = "cuba"} : tensor<2xf64>
  sim.next %v = %va {node = "cuba"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
}

// -----

// A recurrent LIF (as convert-nir-to-sim gives it): the cycle lif -> w ->
// lif enters the stateful LIF at the edge from w, which is cut: the LIF
// reads last step's w through a new state "w.previous" (in w's node), and
// its sim.next comes last.
// CHECK-LABEL: sim.model @recurrent
// CHECK-SAME: scheduled
// CHECK-NEXT: %[[PREV:.+]] = sim.state "w.previous" {node = "w"} : tensor<3xf64>
// CHECK-NEXT: %[[V:.+]] = sim.state "lif.v"
// CHECK-NEXT: %[[X:.+]] = sim.input "in"
// CHECK-NEXT: %[[SUM:.+]] = sim.add %[[X]], %[[PREV]] {node = "lif"}
// CHECK-NEXT: %[[VN:.+]] = sim.lincomb %[[V]], %[[SUM]]
// CHECK-NEXT: %[[S:.+]], %[[VA:.+]] = sim.fire %[[VN]]
// CHECK-NEXT: sim.output "out"(%[[S]])
// CHECK-NEXT: %[[W:.+]] = sim.dense %[[S]] {node = "w"
// CHECK-NEXT: sim.next %[[V]] = %[[VA]] {node = "lif"}
// CHECK-NEXT: sim.next %[[PREV]] = %[[W]] {node = "w"} : tensor<3xf64>
// CHECK-NEXT: {{^ *}}}
sim.model @recurrent attributes {dt = 1.0e-04 : f64, method = #sim.method<euler>, reset = #sim.reset_mode<to_v_reset>} {
  %0 = sim.input "in" {node = "in"} : tensor<3xf64>
  %1 = sim.add %0, %4 {node = "lif"} : tensor<3xf64>
  %2 = sim.state "lif.v" {node = "lif"} : tensor<3xf64>
  %3 = sim.lincomb %2, %1 {coefficients = [dense<9.0e-01> : tensor<3xf64>, dense<2.0e-01> : tensor<3xf64>],
      node = "lif"} : tensor<3xf64>
  %spikes, %after = sim.fire %3 {reset = #sim.reset_mode<to_v_reset>, reset_value = dense<0.0> : tensor<3xf64>,
      node = "lif", threshold = dense<1.0> : tensor<3xf64>} : tensor<3xf64>
  sim.next %2 = %after {node = "lif"} : tensor<3xf64>
  %4 = sim.dense %spikes {node = "w", weight = dense<5.0e-01> : tensor<3x3xf64>} : tensor<3xf64> -> tensor<3xf64>
  sim.output "out"(%spikes) {node = "out"} : tensor<3xf64>
}

// -----

// The cut is the edge into the stateful node, wherever the cycle is entered:
// in a -> lif -> b -> a only `a -> lif` is cut, and a and b run after the
// LIF in the same step.
// CHECK-LABEL: sim.model @cut_position
// CHECK-SAME: scheduled
// CHECK-NEXT: %[[PREV:.+]] = sim.state "a.previous" {node = "a"}
// CHECK-NEXT: %[[V:.+]] = sim.state "lif.v"
// CHECK-NOT: sim.next
// CHECK: %[[L:.+]] = sim.lincomb %[[V]], %[[PREV]] {{.*}}node = "lif"
// CHECK-NOT: sim.next
// CHECK: %[[B:.+]] = sim.lincomb %[[L]] {{.*}}node = "b"
// CHECK-NOT: sim.next
// CHECK: %[[A:.+]] = sim.add %{{.+}}, %[[B]] {node = "a"}
// CHECK-NEXT: sim.next %[[V]] = %[[L]]
// CHECK-NEXT: sim.next %[[PREV]] = %[[A]] {node = "a"}
// CHECK-NEXT: {{^ *}}}
// CHECK-NOT: previous
sim.model @cut_position attributes {dt = 1.0e-03 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  %a = sim.add %x, %b {node = "a"} : tensor<2xf64>
  %v = sim.state "lif.v" {node = "lif"} : tensor<2xf64>
  %l = sim.lincomb %v, %a {coefficients = [dense<0.5> : tensor<2xf64>, dense<0.5> : tensor<2xf64>],
      node = "lif"} : tensor<2xf64>
  sim.next %v = %l {node = "lif"} : tensor<2xf64>
  %b = sim.lincomb %l {coefficients = [dense<-1.0> : tensor<2xf64>], node = "b"} : tensor<2xf64>
}

// -----

// One cut per cycle: two stateful nodes feeding each other need a single
// cut (the search enters the cycle at n1, so n1 reads last step's n2); a
// value read twice by the cut node gets one state.
// CHECK-LABEL: sim.model @one_cut
// CHECK-SAME: scheduled
// CHECK-NEXT: %[[P:.+]] = sim.state "n2.previous" {node = "n2"}
// CHECK-NOT: previous
// CHECK: sim.lincomb %{{.+}}, %[[P]], %[[P]] {{.*}}node = "n1"
// CHECK-NOT: previous
// CHECK: sim.next %[[P]] = %{{.+}} {node = "n2"}
// CHECK-NEXT: {{^ *}}}
sim.model @one_cut attributes {dt = 1.0e-03 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %v1 = sim.state "n1.v" {node = "n1"} : tensor<2xf64>
  %v2 = sim.state "n2.v" {node = "n2"} : tensor<2xf64>
  %a = sim.lincomb %v1, %b, %b {coefficients = [dense<0.5> : tensor<2xf64>, dense<0.5> : tensor<2xf64>,
      dense<0.5> : tensor<2xf64>], node = "n1"} : tensor<2xf64>
  %b = sim.lincomb %v2, %a {coefficients = [dense<0.5> : tensor<2xf64>, dense<0.5> : tensor<2xf64>],
      node = "n2"} : tensor<2xf64>
  sim.next %v1 = %a {node = "n1"} : tensor<2xf64>
  sim.next %v2 = %b {node = "n2"} : tensor<2xf64>
}

// -----

// A delay is stateful (it reads its buffer), so a loop through it is cut at
// the edge into it.
// CHECK-LABEL: sim.model @delay_loop
// CHECK-SAME: scheduled
// CHECK-NEXT: %[[PREV:.+]] = sim.state "gain.previous" {node = "gain"}
// CHECK-NEXT: %[[BUF:.+]] = sim.state "d.buffer"
// CHECK-NEXT: %[[X:.+]] = sim.input "x"
// CHECK-NEXT: %[[SUM:.+]] = sim.add %[[X]], %[[PREV]] {node = "d"}
// CHECK-NEXT: %[[OUT:.+]], %[[NB:.+]] = sim.delay %[[BUF]], %[[SUM]]
// CHECK-NEXT: %[[G:.+]] = sim.lincomb %[[OUT]] {{.*}}node = "gain"
// CHECK-NEXT: sim.next %[[BUF]] = %[[NB]]
// CHECK-NEXT: sim.next %[[PREV]] = %[[G]]
// CHECK-NEXT: {{^ *}}}
sim.model @delay_loop attributes {dt = 1.0e-03 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  %g = sim.lincomb %out {coefficients = [dense<0.5> : tensor<2xf64>], node = "gain"} : tensor<2xf64>
  %sum = sim.add %x, %g {node = "d"} : tensor<2xf64>
  %buf = sim.state "d.buffer" {node = "d"} : tensor<2x2xf64>
  %out, %nb = sim.delay %buf, %sum {steps = dense<2> : tensor<2xi64>, node = "d"}
      : tensor<2x2xf64>, tensor<2xf64>
  sim.next %buf = %nb {node = "d"} : tensor<2x2xf64>
}

// -----

// A node that reads its own output (a LIF with a recurrent edge to itself,
// as nir-flatten leaves the NIR recurrent examples) is a cycle too: it must
// be cut like any other, the LIF reading last step's spikes.
// CHECK-LABEL: sim.model @self_loop
// CHECK-SAME: scheduled
// CHECK-DAG: %[[PREV:.+]] = sim.state "lif.previous" {node = "lif"} : tensor<2xf64>
// CHECK-DAG: %[[V:.+]] = sim.state "lif.v"
// CHECK: %[[X:.+]] = sim.input "x"
// CHECK-NEXT: %[[SUM:.+]] = sim.add %[[X]], %[[PREV]] {node = "lif"}
// CHECK-NEXT: %[[VN:.+]] = sim.lincomb %[[V]], %[[SUM]]
// CHECK-NEXT: %[[S:.+]], %[[VA:.+]] = sim.fire %[[VN]]
// CHECK-NEXT: sim.output "out"(%[[S]])
// CHECK-DAG: sim.next %[[V]] = %[[VA]]
// CHECK-DAG: sim.next %[[PREV]] = %[[S]]
// CHECK: {{^ *}}}
sim.model @self_loop attributes {dt = 1.0e-04 : f64, method = #sim.method<euler>, reset = #sim.reset_mode<to_v_reset>} {
  %0 = sim.input "x" {node = "x"} : tensor<2xf64>
  %1 = sim.add %0, %spikes {node = "lif"} : tensor<2xf64>
  %2 = sim.state "lif.v" {node = "lif"} : tensor<2xf64>
  %3 = sim.lincomb %2, %1 {coefficients = [dense<9.0e-01> : tensor<2xf64>, dense<1.0e-01> : tensor<2xf64>],
      node = "lif"} : tensor<2xf64>
  %spikes, %after = sim.fire %3 {reset = #sim.reset_mode<to_v_reset>, reset_value = dense<0.0> : tensor<2xf64>,
      node = "lif", threshold = dense<1.0> : tensor<2xf64>} : tensor<2xf64>
  sim.next %2 = %after {node = "lif"} : tensor<2xf64>
  sim.output "out"(%spikes) {node = "out"} : tensor<2xf64>
}

// -----

// A scheduled model is left as it is.
// CHECK-LABEL: sim.model @already
// CHECK-SAME: scheduled
// CHECK-NEXT: %[[S:.+]] = sim.state "s"
// CHECK-NEXT: %[[X:.+]] = sim.input "x"
// CHECK-NEXT: %[[Y:.+]] = sim.add %[[S]], %[[X]]
// CHECK-NEXT: sim.next %[[S]] = %[[Y]]
// CHECK-NEXT: {{^ *}}}
// CHECK-NOT: previous
sim.model @already attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>, scheduled} {
  %s = sim.state "s" {node = "acc"} : tensor<f64>
  %x = sim.input "x" {node = "x"} : tensor<f64>
  %y = sim.add %s, %x {node = "acc"} : tensor<f64>
  sim.next %s = %y {node = "acc"} : tensor<f64>
}

//===----------------------------------------------------------------------===//
// Errors
//===----------------------------------------------------------------------===//

// -----

// A cycle of stateless nodes has no value from the previous step to start
// from.
// expected-error @+1 {{'sim.model' op cycle without a stateful node cannot be stepped: 'a' -> 'b' -> 'a'}}
sim.model @algebraic_loop attributes {dt = 1.0e-03 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  %a = sim.add %x, %b {node = "a"} : tensor<2xf64>
  %b = sim.lincomb %a {coefficients = [dense<0.5> : tensor<2xf64>], node = "b"} : tensor<2xf64>
  sim.output "y"(%b) {node = "y"} : tensor<2xf64>
}

// -----

// Three nodes, named in cycle order from where the search entered it.
// expected-error @+1 {{'sim.model' op cycle without a stateful node cannot be stepped: 'w1' -> 'w2' -> 'w3' -> 'w1'}}
sim.model @longer_loop attributes {dt = 1.0e-03 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %a = sim.dense %c {node = "w1", weight = dense<1.0> : tensor<2x2xf64>} : tensor<2xf64> -> tensor<2xf64>
  %b = sim.dense %a {node = "w2", weight = dense<1.0> : tensor<2x2xf64>} : tensor<2xf64> -> tensor<2xf64>
  %c = sim.dense %b {node = "w3", weight = dense<1.0> : tensor<2x2xf64>} : tensor<2xf64> -> tensor<2xf64>
}

// -----

// A stateful node elsewhere in the model does not help a stateless cycle.
// expected-error @+1 {{'sim.model' op cycle without a stateful node cannot be stepped: 'a' -> 'b' -> 'a'}}
sim.model @stateless_cycle attributes {dt = 1.0e-03 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %v = sim.state "li.v" {node = "li"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  %li = sim.lincomb %v, %x {coefficients = [dense<0.5> : tensor<2xf64>, dense<0.5> : tensor<2xf64>],
      node = "li"} : tensor<2xf64>
  sim.next %v = %li {node = "li"} : tensor<2xf64>
  %a = sim.add %li, %b {node = "a"} : tensor<2xf64>
  %b = sim.lincomb %a {coefficients = [dense<0.5> : tensor<2xf64>], node = "b"} : tensor<2xf64>
}

// -----

// A stateless node that reads its own output is such a cycle too.
// expected-error @+1 {{'sim.model' op cycle without a stateful node cannot be stepped: 'acc' -> 'acc'}}
sim.model @stateless_self_loop attributes {dt = 1.0e-03 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  %a = sim.add %x, %a {node = "acc"} : tensor<2xf64>
}
