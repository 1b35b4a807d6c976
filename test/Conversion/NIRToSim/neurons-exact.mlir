// RUN: nir-opt %s --convert-nir-to-sim='dt=1e-4 method=exact' --split-input-file --verify-diagnostics | FileCheck %s
// RUN: nir-opt %s --convert-nir-to-sim='dt=1e-4' --split-input-file --verify-diagnostics | FileCheck %s
// method=exact (the default): I, LI and CubaLI by their exact propagators
// (sim.lincomb), IF, LIF and CubaLIF by sim.leaky_step / sim.cuba_step with
// solver "exact". Neuron state starts at rest: v = v_leak (an `init` when
// non-zero), i = 0. dt = 1e-4 s throughout; the coefficients below are
// computed by hand.

// CHECK-LABEL: sim.model @neurons attributes {dt = 1.000000e-04 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>}
// CHECK-NEXT: %[[X:.+]] = sim.input "x" {node = "x"} : tensor<3xf64>

// I (tau = inf): v' = v + r dt x, no offset.
// CHECK-NEXT: %[[IV:.+]] = sim.state "i.v" {node = "i"} : tensor<3xf64>
// CHECK-NEXT: %[[IN:.+]] = sim.lincomb %[[IV]], %[[X]] {coefficients = [dense<1.000000e+00> : tensor<3xf64>, dense<[1.000000e-04, 2.000000e-04, 3.0000000000000003E-4]> : tensor<3xf64>], node = "i"} : tensor<3xf64>
// CHECK-NEXT: sim.next %[[IV]] = %[[IN]] {node = "i"} : tensor<3xf64>

// IF: the exact stepper with tau = +inf and v_leak = 0.
// CHECK-NEXT: %[[FV:.+]] = sim.state "if.v" {node = "if"} : tensor<3xf64>
// CHECK-NEXT: %[[FN:.+]], %[[FS:.+]] = sim.leaky_step %[[FV]], %[[X]] {node = "if", r = dense<2.000000e+00> : tensor<3xf64>, reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<exact>, tau = dense<0x7FF0000000000000> : tensor<3xf64>, v_leak = dense<0.000000e+00> : tensor<3xf64>, v_reset = dense<0.000000e+00> : tensor<3xf64>, v_threshold = dense<1.000000e+00> : tensor<3xf64>} : tensor<3xf64>
// CHECK-NEXT: sim.next %[[FV]] = %[[FN]] {node = "if"} : tensor<3xf64>

// LI, tau = 1e-3, r = 2, v_leak = 0.5: decay = exp(-0.1) = 0.904837418035959,
// gain = r (1 - decay) = 0.190325163928081, offset = v_leak (1 - decay)
// = 0.0475812909820202; the state starts at v_leak.
// CHECK-NEXT: %[[LV:.+]] = sim.state "li.v" init dense<5.000000e-01> : tensor<3xf64> {node = "li"} : tensor<3xf64>
// CHECK-NEXT: %[[LN:.+]] = sim.lincomb %[[LV]], %[[X]] {coefficients = [dense<0.90483741803595952> : tensor<3xf64>, dense<0.19032516392808{{[0-9]+}}> : tensor<3xf64>], node = "li", offset = dense<0.0475812909820202{{[0-9]+}}> : tensor<3xf64>} : tensor<3xf64>
// CHECK-NEXT: sim.next %[[LV]] = %[[LN]] {node = "li"} : tensor<3xf64>

// LIF: the exact stepper with per-element tau; v_leak = 0 needs no init.
// CHECK-NEXT: %[[FV2:.+]] = sim.state "lif.v" {node = "lif"} : tensor<3xf64>
// CHECK-NEXT: %[[FN2:.+]], %[[FS2:.+]] = sim.leaky_step %[[FV2]], %[[X]] {node = "lif", r = dense<1.000000e+00> : tensor<3xf64>, reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<exact>, tau = dense<[2.000000e-03, 1.000000e-03, 5.000000e-04]> : tensor<3xf64>, v_leak = dense<0.000000e+00> : tensor<3xf64>, v_reset = dense<-5.000000e-01> : tensor<3xf64>, v_threshold = dense<1.000000e+00> : tensor<3xf64>} : tensor<3xf64>
// CHECK-NEXT: sim.next %[[FV2]] = %[[FN2]] {node = "lif"} : tensor<3xf64>

// CubaLI, tau_syn = 5e-4, tau_mem = 1e-3, r = 2, w_in = 3 (broadcast from a
// 0-d tensor), v_leak = 0.25:
//   i' = exp(-0.2) i + w_in (1 - exp(-0.2)) x = 0.818730753077982 i + 0.543807740766054 x
//   k  = tau_syn / (tau_syn - tau_mem) (exp(-0.2) - exp(-0.1)) = 0.0861066649579777
//   v' = exp(-0.1) v + r k i + r w_in (1 - exp(-0.1) - k) x + v_leak (1 - exp(-0.1))
//      = 0.904837418035960 v + 0.172213329915955 i + 0.0543355020363763 x + 0.0237906454910101
// Both read the state at the start of the step.
// CHECK-NEXT: %[[CI:.+]] = sim.state "cli.i" {node = "cli"} : tensor<3xf64>
// CHECK-NEXT: %[[CV:.+]] = sim.state "cli.v" init dense<2.500000e-01> : tensor<3xf64> {node = "cli"} : tensor<3xf64>
// CHECK-NEXT: %[[CIN:.+]] = sim.lincomb %[[CI]], %[[X]] {coefficients = [dense<0.81873075307798{{[0-9]+}}> : tensor<3xf64>, dense<0.54380774076605{{[0-9]+}}> : tensor<3xf64>], node = "cli"} : tensor<3xf64>
// CHECK-NEXT: %[[CVN:.+]] = sim.lincomb %[[CV]], %[[CI]], %[[X]] {coefficients = [dense<0.90483741803595952> : tensor<3xf64>, dense<0.17221332991595{{[0-9]+}}> : tensor<3xf64>, dense<0.054335502036376{{[0-9]+}}> : tensor<3xf64>], node = "cli", offset = dense<0.0237906454910101{{[0-9]+}}> : tensor<3xf64>} : tensor<3xf64>
// CHECK-NEXT: sim.next %[[CI]] = %[[CIN]] {node = "cli"} : tensor<3xf64>
// CHECK-NEXT: sim.next %[[CV]] = %[[CVN]] {node = "cli"} : tensor<3xf64>

// CubaLIF: the exact stepper; the current starts at 0, v at v_leak.
// CHECK-NEXT: %[[KI:.+]] = sim.state "clif.i" {node = "clif"} : tensor<3xf64>
// CHECK-NEXT: %[[KV:.+]] = sim.state "clif.v" init dense<-1.000000e-01> : tensor<3xf64> {node = "clif"} : tensor<3xf64>
// CHECK-NEXT: %[[KIN:.+]], %[[KVN:.+]], %[[KS:.+]] = sim.cuba_step %[[KI]], %[[KV]], %[[X]] {node = "clif", r = dense<2.000000e+00> : tensor<3xf64>, reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<exact>, tau_mem = dense<1.000000e-03> : tensor<3xf64>, tau_syn = dense<1.000000e-03> : tensor<3xf64>, v_leak = dense<-1.000000e-01> : tensor<3xf64>, v_reset = dense<0.000000e+00> : tensor<3xf64>, v_threshold = dense<1.000000e+00> : tensor<3xf64>, w_in = dense<1.000000e+00> : tensor<3xf64>} : tensor<3xf64>
// CHECK-NEXT: sim.next %[[KI]] = %[[KIN]] {node = "clif"} : tensor<3xf64>
// CHECK-NEXT: sim.next %[[KV]] = %[[KVN]] {node = "clif"} : tensor<3xf64>

// Non-spiking neurons output their membrane, spiking ones their spikes.
// CHECK-NEXT: %[[SUM:.+]] = sim.add %[[IN]], %[[FS]], %[[LN]], %[[FS2]], %[[CVN]], %[[KS]] {node = "out"} : tensor<3xf64>
// CHECK-NEXT: sim.output "out"(%[[SUM]]) {node = "out"} : tensor<3xf64>
// CHECK-NEXT: {{^ *}}}
// CHECK-NOT: nir.
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

// CubaLI with tau_syn == tau_mem = 1e-3 (r = 2, w_in = 1): the limit
// k = (dt / tau) exp(-dt / tau) = 0.0904837418035960, so r k = 0.180967483607192
// and r w_in (1 - exp(-0.1) - k) = 0.00935768032088894. Per-element
// parameters give per-element coefficients and initial values.
// CHECK-LABEL: sim.model @equal_taus
// CHECK: %[[I:.+]] = sim.state "eq.i" {node = "eq"} : tensor<2xf64>
// CHECK-NEXT: %[[V:.+]] = sim.state "eq.v" init dense<[0.000000e+00, 1.000000e+00]> : tensor<2xf64> {node = "eq"} : tensor<2xf64>
// CHECK-NEXT: sim.lincomb %[[I]], %{{.+}} {coefficients = [dense<0.90483741803595952> : tensor<2xf64>, dense<0.095162581964040{{[0-9]+}}> : tensor<2xf64>], node = "eq"}
// CHECK-NEXT: sim.lincomb %[[V]], %[[I]], %{{.+}} {coefficients = [dense<0.90483741803595952> : tensor<2xf64>, dense<0.18096748360719{{[0-9]+}}> : tensor<2xf64>, dense<0.0093576803208889{{[0-9]+}}> : tensor<2xf64>], node = "eq", offset = dense<[0.000000e+00, 0.095162581964040{{[0-9]+}}]> : tensor<2xf64>}
nir.graph "equal_taus" {
  %x = nir.input "x" : !nir.signal<2>
  %eq = nir.cuba_li "eq"(%x) {tau_syn = dense<1.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-3> : tensor<2xf64>,
      r = dense<2.0> : tensor<2xf64>, v_leak = dense<[0.0, 1.0]> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %o = nir.output "out"(%eq) : (!nir.signal<2>) -> !nir.signal<2>
}

// -----

// An LI with tau = dt is fine for the exact propagator (no Euler warning):
// decay = exp(-1) = 0.367879441171442.
// CHECK-LABEL: sim.model @fast
// CHECK: sim.lincomb {{.*}}coefficients = [dense<0.36787944117144{{[0-9]+}}> : tensor<2xf64>, dense<0.63212055882855{{[0-9]+}}> : tensor<2xf64>]
// CHECK-NOT: offset
// CHECK-SAME: node = "li"
nir.graph "fast" {
  %x = nir.input "x" : !nir.signal<2>
  %li = nir.li "li"(%x) {tau = dense<1.0e-4> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %o = nir.output "out"(%li) : (!nir.signal<2>) -> !nir.signal<2>
}
