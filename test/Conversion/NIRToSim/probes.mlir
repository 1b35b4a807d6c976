// RUN: nir-opt %s --convert-nir-to-sim='dt=1e-4 method=euler probes=lif.v,lif,cuba.i,cuba.v,cuba,pop.v,d,zero,w,out,i.v' | FileCheck %s
// RUN: nir-opt %s --convert-nir-to-sim='dt=1e-4 method=exact probes=lif.v,cuba.i,cuba.v' | FileCheck %s --check-prefix=EXACT
// RUN: nir-opt %s --convert-nir-to-sim='dt=1e-4 method=adaptive probes=lif.v,cuba.i,cuba.v' | FileCheck %s --check-prefix=ADAPTIVE
// RUN: nir-opt %s --convert-nir-to-sim='dt=1e-4' | FileCheck %s --check-prefix=NONE
// RUN: not nir-opt %s --convert-nir-to-sim='dt=1e-4 probes=nope' 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// RUN: not nir-opt %s --convert-nir-to-sim='dt=1e-4 probes=lif,nope.v' 2>&1 | FileCheck %s --check-prefix=UNKNOWN-V
// RUN: not nir-opt %s --convert-nir-to-sim='dt=1e-4 probes=w.v' 2>&1 | FileCheck %s --check-prefix=NO-MEMBRANE
// RUN: not nir-opt %s --convert-nir-to-sim='dt=1e-4 probes=lif.i' 2>&1 | FileCheck %s --check-prefix=NO-CURRENT
// RUN: not nir-opt %s --convert-nir-to-sim='dt=1e-4 probes=lif.x' 2>&1 | FileCheck %s --check-prefix=BAD-SUFFIX

// `probes` adds a sim.probe per entry, in order, after the rest of the step:
// NODE records a node's output, NODE.v and NODE.i a neuron's membrane and
// synaptic current at the end of the step (after any reset).

// CHECK-LABEL: sim.model @probed
// CHECK: %[[X:.+]] = sim.input "x"
// CHECK: %[[W:.+]] = sim.dense %[[X]] {node = "w"
// CHECK: %[[VU:.+]] = sim.lincomb %{{.+}}, %[[W]] {{.*}}node = "lif"
// CHECK-NEXT: %[[S:.+]], %[[VA:.+]] = sim.fire %[[VU]]
// CHECK: %[[CIN:.+]] = sim.lincomb %{{.+}}, %[[S]] {{.*}}node = "cuba"
// CHECK-NEXT: %[[CVN:.+]] = sim.lincomb %{{.+}}, %[[CIN]] {{.*}}node = "cuba"
// CHECK: %[[POP:.+]] = sim.lincomb %[[CVN]] {{.*}}node = "pop.v"
// CHECK: %[[D:.+]], %{{.+}} = sim.delay %{{.+}}, %[[POP]] {node = "d"
// CHECK: %[[IN:.+]] = sim.lincomb %{{.+}}, %[[D]] {{.*}}node = "i"
// CHECK: sim.output "out"(%[[IN]]) {node = "out"}
// CHECK-NEXT: sim.probe "lif" "v"(%[[VA]]) : tensor<2xf64>
// CHECK-NEXT: sim.probe "lif" "output"(%[[S]]) : tensor<2xf64>
// CHECK-NEXT: sim.probe "cuba" "i"(%[[CIN]]) : tensor<2xf64>
// CHECK-NEXT: sim.probe "cuba" "v"(%[[CVN]]) : tensor<2xf64>
// CHECK-NEXT: sim.probe "cuba" "output"(%[[CVN]]) : tensor<2xf64>
// A node whose name ends in ".v" is probed whole.
// CHECK-NEXT: sim.probe "pop.v" "output"(%[[POP]]) : tensor<2xf64>
// CHECK-NEXT: sim.probe "d" "output"(%[[D]]) : tensor<2xf64>
// A zero delay has no op; its output is its input.
// CHECK-NEXT: sim.probe "zero" "output"(%[[D]]) : tensor<2xf64>
// CHECK-NEXT: sim.probe "w" "output"(%[[W]]) : tensor<2xf64>
// CHECK-NEXT: sim.probe "out" "output"(%[[IN]]) : tensor<2xf64>
// CHECK-NEXT: sim.probe "i" "v"(%[[IN]]) : tensor<2xf64>
// CHECK-NEXT: {{^ *}}}

// The exact and adaptive steppers are probed at their results.
// EXACT-LABEL: sim.model @probed
// EXACT: %[[VN:.+]], %{{.+}} = sim.leaky_step {{.*}}node = "lif"
// EXACT: %[[CIN:.+]] = sim.lincomb {{.*}}node = "cuba"
// EXACT-NEXT: %[[CVN:.+]] = sim.lincomb {{.*}}node = "cuba"
// EXACT: sim.probe "lif" "v"(%[[VN]])
// EXACT-NEXT: sim.probe "cuba" "i"(%[[CIN]])
// EXACT-NEXT: sim.probe "cuba" "v"(%[[CVN]])
// ADAPTIVE-LABEL: sim.model @probed
// ADAPTIVE: %[[VN:.+]], %{{.+}} = sim.leaky_step {{.*}}node = "lif"
// ADAPTIVE: %[[CIN:.+]], %[[CVN:.+]], %{{.+}} = sim.cuba_step {{.*}}node = "cuba"
// ADAPTIVE: sim.probe "lif" "v"(%[[VN]])
// ADAPTIVE-NEXT: sim.probe "cuba" "i"(%[[CIN]])
// ADAPTIVE-NEXT: sim.probe "cuba" "v"(%[[CVN]])

// NONE-LABEL: sim.model @probed
// NONE-NOT: sim.probe

// UNKNOWN: error: cannot probe 'nope': no node of that name
// UNKNOWN-V: error: cannot probe 'nope.v': no node of that name
// NO-MEMBRANE: error: cannot probe 'w.v': node 'w' has no membrane state
// NO-CURRENT: error: cannot probe 'lif.i': node 'lif' has no current state
// BAD-SUFFIX: error: cannot probe 'lif.x': no node of that name
nir.graph "probed" {
  %x = nir.input "x" : !nir.signal<2>
  %w = nir.linear "w"(%x) {weight = dense<1.0> : tensor<2x2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %lif = nir.lif "lif"(%w) {tau = dense<1.0e-3> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %c = nir.cuba_li "cuba"(%lif) {tau_syn = dense<1.0e-3> : tensor<2xf64>, tau_mem = dense<2.0e-3> : tensor<2xf64>,
      r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %pop = nir.scale "pop.v"(%c) {scale = dense<2.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %d = nir.delay "d"(%pop) {delay = dense<2.0e-4> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %z = nir.delay "zero"(%d) {delay = dense<0.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %i = nir.i "i"(%z) {r = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %o = nir.output "out"(%i) : (!nir.signal<2>) -> !nir.signal<2>
}
