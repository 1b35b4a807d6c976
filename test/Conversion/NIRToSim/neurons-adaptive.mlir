// RUN: nir-opt %s --convert-nir-to-sim='dt=1e-4 method=adaptive' --split-input-file | FileCheck %s --check-prefixes=CHECK,TOV
// RUN: nir-opt %s --convert-nir-to-sim='dt=1e-4 method=adaptive reset=subtract' --split-input-file | FileCheck %s --check-prefixes=CHECK,SUB
// method=adaptive: every neuron, spiking or not, by sim.leaky_step /
// sim.cuba_step with the Dormand-Prince solver ("adaptive"); the parameters
// are passed through (broadcast to the population) rather than folded into
// coefficients. `reset` reaches the model and every stepper.

// TOV-LABEL: sim.model @neurons attributes {dt = 1.000000e-04 : f64, method = #sim.method<adaptive>, reset = #sim.reset_mode<to_v_reset>}
// SUB-LABEL: sim.model @neurons attributes {dt = 1.000000e-04 : f64, method = #sim.method<adaptive>, reset = #sim.reset_mode<subtract>}
// CHECK-NEXT: %[[X:.+]] = sim.input "x" {node = "x"} : tensor<3xf64>

// I: tau = +inf, no threshold.
// CHECK-NEXT: %[[IV:.+]] = sim.state "i.v" {node = "i"} : tensor<3xf64>
// TOV-NEXT: %[[IN:.+]], %{{.+}} = sim.leaky_step %[[IV]], %[[X]] {node = "i", r = dense<[1.000000e+00, 2.000000e+00, 3.000000e+00]> : tensor<3xf64>, reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<adaptive>, tau = dense<0x7FF0000000000000> : tensor<3xf64>, v_leak = dense<0.000000e+00> : tensor<3xf64>} : tensor<3xf64>
// SUB-NEXT: %[[IN:.+]], %{{.+}} = sim.leaky_step %[[IV]], %[[X]] {node = "i", r = dense<[1.000000e+00, 2.000000e+00, 3.000000e+00]> : tensor<3xf64>, reset = #sim.reset_mode<subtract>, solver = #sim.solver<adaptive>, tau = dense<0x7FF0000000000000> : tensor<3xf64>, v_leak = dense<0.000000e+00> : tensor<3xf64>} : tensor<3xf64>
// CHECK-NEXT: sim.next %[[IV]] = %[[IN]] {node = "i"} : tensor<3xf64>

// IF: tau = +inf with a threshold.
// CHECK-NEXT: %[[FV:.+]] = sim.state "if.v" {node = "if"} : tensor<3xf64>
// CHECK-NEXT: %[[FN:.+]], %[[FS:.+]] = sim.leaky_step %[[FV]], %[[X]] {node = "if", r = dense<2.000000e+00> : tensor<3xf64>,
// TOV-SAME: reset = #sim.reset_mode<to_v_reset>
// SUB-SAME: reset = #sim.reset_mode<subtract>
// CHECK-SAME: solver = #sim.solver<adaptive>, tau = dense<0x7FF0000000000000> : tensor<3xf64>, v_leak = dense<0.000000e+00> : tensor<3xf64>, v_reset = dense<0.000000e+00> : tensor<3xf64>, v_threshold = dense<1.000000e+00> : tensor<3xf64>} : tensor<3xf64>
// CHECK-NEXT: sim.next %[[FV]] = %[[FN]] {node = "if"} : tensor<3xf64>

// LI: the state starts at v_leak.
// CHECK-NEXT: %[[LV:.+]] = sim.state "li.v" init dense<5.000000e-01> : tensor<3xf64> {node = "li"} : tensor<3xf64>
// CHECK-NEXT: %[[LN:.+]], %{{.+}} = sim.leaky_step %[[LV]], %[[X]] {node = "li", r = dense<2.000000e+00> : tensor<3xf64>,
// CHECK-SAME: solver = #sim.solver<adaptive>, tau = dense<1.000000e-03> : tensor<3xf64>, v_leak = dense<5.000000e-01> : tensor<3xf64>} : tensor<3xf64>
// CHECK-NEXT: sim.next %[[LV]] = %[[LN]] {node = "li"} : tensor<3xf64>

// LIF.
// CHECK-NEXT: %[[FV2:.+]] = sim.state "lif.v" {node = "lif"} : tensor<3xf64>
// CHECK-NEXT: %[[FN2:.+]], %[[FS2:.+]] = sim.leaky_step %[[FV2]], %[[X]] {node = "lif", r = dense<1.000000e+00> : tensor<3xf64>,
// CHECK-SAME: solver = #sim.solver<adaptive>, tau = dense<[2.000000e-03, 1.000000e-03, 5.000000e-04]> : tensor<3xf64>, v_leak = dense<0.000000e+00> : tensor<3xf64>, v_reset = dense<-5.000000e-01> : tensor<3xf64>, v_threshold = dense<1.000000e+00> : tensor<3xf64>} : tensor<3xf64>
// CHECK-NEXT: sim.next %[[FV2]] = %[[FN2]] {node = "lif"} : tensor<3xf64>

// CubaLI: w_in broadcast from a 0-d tensor to the population.
// CHECK-NEXT: %[[CI:.+]] = sim.state "cli.i" {node = "cli"} : tensor<3xf64>
// CHECK-NEXT: %[[CV:.+]] = sim.state "cli.v" init dense<2.500000e-01> : tensor<3xf64> {node = "cli"} : tensor<3xf64>
// CHECK-NEXT: %[[CIN:.+]], %[[CVN:.+]], %{{.+}} = sim.cuba_step %[[CI]], %[[CV]], %[[X]] {node = "cli", r = dense<2.000000e+00> : tensor<3xf64>,
// CHECK-SAME: solver = #sim.solver<adaptive>, tau_mem = dense<1.000000e-03> : tensor<3xf64>, tau_syn = dense<5.000000e-04> : tensor<3xf64>, v_leak = dense<2.500000e-01> : tensor<3xf64>, w_in = dense<3.000000e+00> : tensor<3xf64>} : tensor<3xf64>
// CHECK-NEXT: sim.next %[[CI]] = %[[CIN]] {node = "cli"} : tensor<3xf64>
// CHECK-NEXT: sim.next %[[CV]] = %[[CVN]] {node = "cli"} : tensor<3xf64>

// CubaLIF.
// CHECK-NEXT: %[[KI:.+]] = sim.state "clif.i" {node = "clif"} : tensor<3xf64>
// CHECK-NEXT: %[[KV:.+]] = sim.state "clif.v" init dense<-1.000000e-01> : tensor<3xf64> {node = "clif"} : tensor<3xf64>
// CHECK-NEXT: %[[KIN:.+]], %[[KVN:.+]], %[[KS:.+]] = sim.cuba_step %[[KI]], %[[KV]], %[[X]] {node = "clif", r = dense<2.000000e+00> : tensor<3xf64>,
// TOV-SAME: reset = #sim.reset_mode<to_v_reset>
// SUB-SAME: reset = #sim.reset_mode<subtract>
// CHECK-SAME: solver = #sim.solver<adaptive>, tau_mem = dense<1.000000e-03> : tensor<3xf64>, tau_syn = dense<1.000000e-03> : tensor<3xf64>, v_leak = dense<-1.000000e-01> : tensor<3xf64>, v_reset = dense<0.000000e+00> : tensor<3xf64>, v_threshold = dense<1.000000e+00> : tensor<3xf64>, w_in = dense<1.000000e+00> : tensor<3xf64>} : tensor<3xf64>
// CHECK-NEXT: sim.next %[[KI]] = %[[KIN]] {node = "clif"} : tensor<3xf64>
// CHECK-NEXT: sim.next %[[KV]] = %[[KVN]] {node = "clif"} : tensor<3xf64>

// CHECK-NEXT: %[[SUM:.+]] = sim.add %[[IN]], %[[FS]], %[[LN]], %[[FS2]], %[[CVN]], %[[KS]] {node = "out"} : tensor<3xf64>
// CHECK-NEXT: sim.output "out"(%[[SUM]])
// CHECK-NOT: sim.lincomb
// CHECK-NOT: solver = #sim.solver<exact>
// CHECK-NOT: sim.fire
nir.graph "neurons" {
  %x = nir.input "x" : !nir.signal<3>
  %i = nir.i "i"(%x) {r = dense<[1.0, 2.0, 3.0]> : tensor<3xf64>} : (!nir.signal<3>) -> !nir.signal<3>
  %if = nir.if "if"(%x) {r = dense<2.0> : tensor<3xf64>, v_threshold = dense<1.0> : tensor<3xf64>,
      v_reset = dense<0.0> : tensor<3xf64>} : (!nir.signal<3>) -> !nir.signal<3>
  %li = nir.li "li"(%x) {tau = dense<1.0e-3> : tensor<3xf64>, r = dense<2.0> : tensor<3xf64>,
      v_leak = dense<0.5> : tensor<3xf64>} : (!nir.signal<3>) -> !nir.signal<3>
  %lif = nir.lif "lif"(%x) {tau = dense<[2.0e-3, 1.0e-3, 5.0e-4]> : tensor<3xf64>, r = dense<1.0> : tensor<3xf64>,
      v_leak = dense<0.0> : tensor<3xf64>, v_threshold = dense<1.0> : tensor<3xf64>,
      v_reset = dense<-0.5> : tensor<3xf64>} : (!nir.signal<3>) -> !nir.signal<3>
  %cli = nir.cuba_li "cli"(%x) {tau_syn = dense<5.0e-4> : tensor<3xf64>, tau_mem = dense<1.0e-3> : tensor<3xf64>,
      r = dense<2.0> : tensor<3xf64>, v_leak = dense<0.25> : tensor<3xf64>, w_in = dense<3.0> : tensor<f64>}
      : (!nir.signal<3>) -> !nir.signal<3>
  %clif = nir.cuba_lif "clif"(%x) {tau_syn = dense<1.0e-3> : tensor<3xf64>, tau_mem = dense<1.0e-3> : tensor<3xf64>,
      r = dense<2.0> : tensor<3xf64>, v_leak = dense<-0.1> : tensor<3xf64>, w_in = dense<[1.0, 1.0, 1.0]> : tensor<3xf64>,
      v_threshold = dense<1.0> : tensor<3xf64>, v_reset = dense<0.0> : tensor<3xf64>}
      : (!nir.signal<3>) -> !nir.signal<3>
  %o = nir.output "out"(%i, %if, %li, %lif, %cli, %clif) : (!nir.signal<3>, !nir.signal<3>, !nir.signal<3>, !nir.signal<3>, !nir.signal<3>, !nir.signal<3>) -> !nir.signal<3>
}

// -----

// w_in broadcasts to the population under NumPy's rules: a row (3,) or a
// column (2, 1) against the population (2, 3).
// CHECK-LABEL: sim.model @broadcast
// CHECK: sim.cuba_step {{.*}}node = "row"{{.*}}w_in = dense<{{\[\[}}1.000000e+00, 2.000000e+00, 3.000000e+00], [1.000000e+00, 2.000000e+00, 3.000000e+00]]> : tensor<2x3xf64>} : tensor<2x3xf64>
// CHECK: sim.cuba_step {{.*}}node = "column"{{.*}}w_in = dense<{{\[\[}}1.000000e+00, 1.000000e+00, 1.000000e+00], [2.000000e+00, 2.000000e+00, 2.000000e+00]]> : tensor<2x3xf64>} : tensor<2x3xf64>
nir.graph "broadcast" {
  %x = nir.input "x" : !nir.signal<2x3>
  %c = nir.cuba_li "row"(%x) {tau_syn = dense<1.0e-3> : tensor<2x3xf64>, tau_mem = dense<1.0e-3> : tensor<2x3xf64>,
      r = dense<1.0> : tensor<2x3xf64>, v_leak = dense<0.0> : tensor<2x3xf64>, w_in = dense<[1.0, 2.0, 3.0]> : tensor<3xf64>}
      : (!nir.signal<2x3>) -> !nir.signal<2x3>
  %d = nir.cuba_li "column"(%x) {tau_syn = dense<1.0e-3> : tensor<2x3xf64>, tau_mem = dense<1.0e-3> : tensor<2x3xf64>,
      r = dense<1.0> : tensor<2x3xf64>, v_leak = dense<0.0> : tensor<2x3xf64>, w_in = dense<[[1.0], [2.0]]> : tensor<2x1xf64>}
      : (!nir.signal<2x3>) -> !nir.signal<2x3>
  %o = nir.output "out"(%c, %d) : (!nir.signal<2x3>, !nir.signal<2x3>) -> !nir.signal<2x3>
}
