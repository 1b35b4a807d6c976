// RUN: nir-opt %nirc_src/examples/recurrent-lif.mlir --nir-infer-types --nir-flatten --convert-nir-to-sim='dt=1e-4 method=euler probes=hidden.v' --sim-schedule | FileCheck %s --check-prefix=EXAMPLE
// RUN: nir-opt %s --nir-flatten --convert-nir-to-sim='dt=1e-4' --sim-schedule | FileCheck %s
// The whole pipeline from a NIR graph to a scheduled step.

// The bundled example: the recurrent edge into the LIF is cut at w_rec.
// EXAMPLE-LABEL: sim.model @recurrent_lif attributes {dt = 1.000000e-04 : f64, method = #sim.method<euler>, reset = #sim.reset_mode<to_v_reset>, scheduled}
// EXAMPLE-NEXT: %[[PREV:.+]] = sim.state "w_rec.previous" {node = "w_rec"} : tensor<3xf64>
// EXAMPLE-NEXT: %[[HV:.+]] = sim.state "hidden.v"
// EXAMPLE-NEXT: %[[RV:.+]] = sim.state "readout.v"
// EXAMPLE-NEXT: %[[X:.+]] = sim.input "input"
// EXAMPLE-NEXT: %[[IN:.+]] = sim.dense %[[X]] {node = "w_in"
// EXAMPLE-NEXT: %[[SUM:.+]] = sim.add %[[IN]], %[[PREV]] {node = "hidden"}
// tau = 0.02: 1 - dt/tau = 0.995, r dt/tau = 0.005.
// EXAMPLE-NEXT: %[[HU:.+]] = sim.lincomb %[[HV]], %[[SUM]] {coefficients = [dense<0.9949999999999{{[0-9]*}}> : tensor<3xf64>, dense<5.000000e-03> : tensor<3xf64>], node = "hidden"}
// EXAMPLE-NEXT: %[[S:.+]], %[[HA:.+]] = sim.fire %[[HU]]
// EXAMPLE-NEXT: sim.probe "hidden" "v"(%[[HA]])
// EXAMPLE-NEXT: %[[RO:.+]] = sim.lincomb %[[RV]], %[[S]] {coefficients = [dense<0.998> : tensor<3xf64>, dense<2.000000e-03> : tensor<3xf64>], node = "readout"}
// EXAMPLE-NEXT: sim.output "output"(%[[RO]])
// EXAMPLE-NEXT: %[[REC:.+]] = sim.dense %[[S]] {node = "w_rec"
// EXAMPLE-NEXT: sim.next %[[HV]] = %[[HA]]
// EXAMPLE-NEXT: sim.next %[[RV]] = %[[RO]]
// EXAMPLE-NEXT: sim.next %[[PREV]] = %[[REC]]
// EXAMPLE-NEXT: {{^ *}}}

// A recurrent layer inside a nested graph whose result feeds back into its
// own input: after flattening the LIF reads its own spikes (a self-loop) as
// well as w_rec. Both recurrent edges must reach the LIF through a state, so
// the scheduled model verifies.
// CHECK-LABEL: sim.model @nested attributes {dt = 1.000000e-04 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>, scheduled}
// CHECK-DAG: %[[SELF:.+]] = sim.state "rec.lif.previous" {node = "rec.lif"} : tensor<4xf64>
// CHECK-DAG: %[[WPREV:.+]] = sim.state "rec.w_rec.previous" {node = "rec.w_rec"} : tensor<4xf64>
// CHECK: %[[X:.+]] = sim.input "x"
// CHECK-NEXT: %[[SUM:.+]] = sim.add %[[X]], %[[SELF]], %[[WPREV]] {node = "rec.lif"}
// CHECK: sim.leaky_step %{{.+}}, %[[SUM]] {node = "rec.lif", {{.*}}solver = #sim.solver<exact>
nir.graph "nested" {
  %x = nir.input "x" : !nir.signal<4>
  %rec = nir.graph "rec"(%x, %rec : !nir.signal<4>, !nir.signal<4>) -> !nir.signal<4> {
    %p = nir.input "input" : !nir.signal<4>
    %s = nir.lif "lif"(%p, %w) {tau = dense<1.0e-2> : tensor<4xf64>, r = dense<1.0> : tensor<4xf64>,
        v_leak = dense<0.0> : tensor<4xf64>, v_threshold = dense<1.0> : tensor<4xf64>,
        v_reset = dense<0.0> : tensor<4xf64>} : (!nir.signal<4>, !nir.signal<4>) -> !nir.signal<4>
    %w = nir.linear "w_rec"(%s) {weight = dense<-0.1> : tensor<4x4xf64>}
        : (!nir.signal<4>) -> !nir.signal<4>
    %o = nir.output "output"(%s) : (!nir.signal<4>) -> !nir.signal<4>
  }
  %y = nir.output "y"(%rec) : (!nir.signal<4>) -> !nir.signal<4>
}
