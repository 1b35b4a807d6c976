// RUN: nir-opt %s --convert-nir-to-sim='dt=1e-4 method=euler' --split-input-file --verify-diagnostics | FileCheck %s
// method=euler: forward Euler for every neuron, as snnTorch, Norse and Lava
// step them: v' = (1 - dt/tau) v + (r dt/tau) x + v_leak dt/tau, then
// sim.fire (threshold and reset in the same step). Cuba neurons update the
// current first and the membrane from the updated current. dt = 1e-4 s.

// CHECK-LABEL: sim.model @neurons attributes {dt = 1.000000e-04 : f64, method = #sim.method<euler>, reset = #sim.reset_mode<to_v_reset>}
// CHECK-NEXT: %[[X:.+]] = sim.input "x" {node = "x"} : tensor<3xf64>

// I: v' = v + r dt x.
// CHECK-NEXT: %[[IV:.+]] = sim.state "i.v" {node = "i"} : tensor<3xf64>
// CHECK-NEXT: %[[IN:.+]] = sim.lincomb %[[IV]], %[[X]] {coefficients = [dense<1.000000e+00> : tensor<3xf64>, dense<[1.000000e-04, 2.000000e-04, 3.0000000000000003E-4]> : tensor<3xf64>], node = "i"} : tensor<3xf64>
// CHECK-NEXT: sim.next %[[IV]] = %[[IN]] {node = "i"} : tensor<3xf64>

// IF: v' = v + r dt x, then fire.
// CHECK-NEXT: %[[FV:.+]] = sim.state "if.v" {node = "if"} : tensor<3xf64>
// CHECK-NEXT: %[[FU:.+]] = sim.lincomb %[[FV]], %[[X]] {coefficients = [dense<1.000000e+00> : tensor<3xf64>, dense<2.000000e-04> : tensor<3xf64>], node = "if"} : tensor<3xf64>
// CHECK-NEXT: %[[FS:.+]], %[[FA:.+]] = sim.fire %[[FU]] {node = "if", reset = #sim.reset_mode<to_v_reset>, reset_value = dense<0.000000e+00> : tensor<3xf64>, threshold = dense<1.000000e+00> : tensor<3xf64>} : tensor<3xf64>
// CHECK-NEXT: sim.next %[[FV]] = %[[FA]] {node = "if"} : tensor<3xf64>

// LI, tau = 1e-3, r = 2, v_leak = 0.5: 1 - dt/tau = 0.9, r dt/tau = 0.2,
// v_leak dt/tau = 0.05.
// CHECK-NEXT: %[[LV:.+]] = sim.state "li.v" init dense<5.000000e-01> : tensor<3xf64> {node = "li"} : tensor<3xf64>
// CHECK-NEXT: %[[LN:.+]] = sim.lincomb %[[LV]], %[[X]] {coefficients = [dense<9.000000e-01> : tensor<3xf64>, dense<2.000000e-01> : tensor<3xf64>], node = "li", offset = dense<5.000000e-02> : tensor<3xf64>} : tensor<3xf64>
// CHECK-NEXT: sim.next %[[LV]] = %[[LN]] {node = "li"} : tensor<3xf64>

// LIF, tau = [2e-3, 1e-3, 5e-4]: decay [0.95, 0.9, 0.8], gain [0.05, 0.1, 0.2];
// the state after fire and reset is the next membrane.
// CHECK-NEXT: %[[FV2:.+]] = sim.state "lif.v" {node = "lif"} : tensor<3xf64>
// CHECK-NEXT: %[[FU2:.+]] = sim.lincomb %[[FV2]], %[[X]] {coefficients = [dense<[0.9499999999999{{[0-9]+}}, 9.000000e-01, 8.000000e-01]> : tensor<3xf64>, dense<[5.000000e-02, 1.000000e-01, 2.000000e-01]> : tensor<3xf64>], node = "lif"} : tensor<3xf64>
// CHECK-NEXT: %[[FS2:.+]], %[[FA2:.+]] = sim.fire %[[FU2]] {node = "lif", reset = #sim.reset_mode<to_v_reset>, reset_value = dense<-5.000000e-01> : tensor<3xf64>, threshold = dense<1.000000e+00> : tensor<3xf64>} : tensor<3xf64>
// CHECK-NEXT: sim.next %[[FV2]] = %[[FA2]] {node = "lif"} : tensor<3xf64>

// CubaLI, tau_syn = 5e-4, tau_mem = 1e-3, r = 2, w_in = 3, v_leak = 0.25:
//   i' = 0.8 i + (w_in dt/tau_syn = 0.6) x
//   v' = 0.9 v + 0.2 i' + 0.025   (reads the updated current)
// CHECK-NEXT: %[[CI:.+]] = sim.state "cli.i" {node = "cli"} : tensor<3xf64>
// CHECK-NEXT: %[[CV:.+]] = sim.state "cli.v" init dense<2.500000e-01> : tensor<3xf64> {node = "cli"} : tensor<3xf64>
// CHECK-NEXT: %[[CIN:.+]] = sim.lincomb %[[CI]], %[[X]] {coefficients = [dense<8.000000e-01> : tensor<3xf64>, dense<0.6000000000000000{{[0-9]+}}> : tensor<3xf64>], node = "cli"} : tensor<3xf64>
// CHECK-NEXT: %[[CVN:.+]] = sim.lincomb %[[CV]], %[[CIN]] {coefficients = [dense<9.000000e-01> : tensor<3xf64>, dense<2.000000e-01> : tensor<3xf64>], node = "cli", offset = dense<2.500000e-02> : tensor<3xf64>} : tensor<3xf64>
// CHECK-NEXT: sim.next %[[CI]] = %[[CIN]] {node = "cli"} : tensor<3xf64>
// CHECK-NEXT: sim.next %[[CV]] = %[[CVN]] {node = "cli"} : tensor<3xf64>

// CubaLIF, tau_syn = tau_mem = 1e-3, r = 2, w_in = 1, v_leak = -0.1:
//   i' = 0.9 i + 0.1 x;  v' = 0.9 v + 0.2 i' - 0.01;  then fire.
// CHECK-NEXT: %[[KI:.+]] = sim.state "clif.i" {node = "clif"} : tensor<3xf64>
// CHECK-NEXT: %[[KV:.+]] = sim.state "clif.v" init dense<-1.000000e-01> : tensor<3xf64> {node = "clif"} : tensor<3xf64>
// CHECK-NEXT: %[[KIN:.+]] = sim.lincomb %[[KI]], %[[X]] {coefficients = [dense<9.000000e-01> : tensor<3xf64>, dense<1.000000e-01> : tensor<3xf64>], node = "clif"} : tensor<3xf64>
// CHECK-NEXT: %[[KU:.+]] = sim.lincomb %[[KV]], %[[KIN]] {coefficients = [dense<9.000000e-01> : tensor<3xf64>, dense<2.000000e-01> : tensor<3xf64>], node = "clif", offset = dense<-1.000000e-02> : tensor<3xf64>} : tensor<3xf64>
// CHECK-NEXT: %[[KS:.+]], %[[KA:.+]] = sim.fire %[[KU]] {node = "clif", reset = #sim.reset_mode<to_v_reset>, reset_value = dense<0.000000e+00> : tensor<3xf64>, threshold = dense<1.000000e+00> : tensor<3xf64>} : tensor<3xf64>
// CHECK-NEXT: sim.next %[[KI]] = %[[KIN]] {node = "clif"} : tensor<3xf64>
// CHECK-NEXT: sim.next %[[KV]] = %[[KA]] {node = "clif"} : tensor<3xf64>

// CHECK-NEXT: %[[SUM:.+]] = sim.add %[[IN]], %[[FS]], %[[LN]], %[[FS2]], %[[CVN]], %[[KS]] {node = "out"} : tensor<3xf64>
// CHECK-NEXT: sim.output "out"(%[[SUM]]) {node = "out"} : tensor<3xf64>
// CHECK-NEXT: {{^ *}}}
// CHECK-NOT: sim.leaky_step
// CHECK-NOT: sim.cuba_step
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

// Forward Euler steps past a time constant it cannot follow (dt >= tau):
// a warning per offending time constant, naming the smallest.
// CHECK-LABEL: sim.model @unstable
// CHECK: sim.lincomb {{.*}}coefficients = [dense<[0.000000e+00, 5.000000e-01]> : tensor<2xf64>
// CHECK-SAME: node = "li"
// CHECK: sim.lincomb {{.*}}coefficients = [dense<-1.000000e+00> : tensor<2xf64>
// CHECK-SAME: node = "lif"
nir.graph "unstable" {
  %x = nir.input "x" : !nir.signal<2>
  // expected-warning @+1 {{forward Euler with dt = 1.000000e-04 s is not stable for 'tau' = 1.000000e-04 s of node 'li'; use method=exact}}
  %li = nir.li "li"(%x) {tau = dense<[1.0e-4, 2.0e-4]> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  // expected-warning @+1 {{forward Euler with dt = 1.000000e-04 s is not stable for 'tau' = 5.000000e-05 s of node 'lif'; use method=exact}}
  %lif = nir.lif "lif"(%li) {tau = dense<5.0e-5> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  // expected-warning @+2 {{forward Euler with dt = 1.000000e-04 s is not stable for 'tau_syn' = 1.000000e-04 s of node 'cuba'; use method=exact}}
  // expected-warning @+1 {{forward Euler with dt = 1.000000e-04 s is not stable for 'tau_mem' = 2.000000e-05 s of node 'cuba'; use method=exact}}
  %c = nir.cuba_lif "cuba"(%lif) {tau_syn = dense<1.0e-4> : tensor<2xf64>, tau_mem = dense<[1.0e-3, 2.0e-5]> : tensor<2xf64>,
      r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>,
      v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  // Stable time constants and the leak-free I and IF give no warning.
  %ok = nir.cuba_li "ok"(%c) {tau_syn = dense<2.0e-4> : tensor<2xf64>, tau_mem = dense<1.0e-3> : tensor<2xf64>,
      r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %i = nir.i "i"(%ok) {r = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %if = nir.if "if"(%i) {r = dense<1.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %o = nir.output "out"(%if) : (!nir.signal<2>) -> !nir.signal<2>
}
