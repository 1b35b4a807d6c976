// RUN: nir-opt %s --convert-nir-to-sim='dt=1e-4 method=euler reset=subtract' | FileCheck %s --check-prefixes=EULER,EULER-SUB
// RUN: nir-opt %s --convert-nir-to-sim='dt=1e-4 method=euler reset=to-v_reset' | FileCheck %s --check-prefixes=EULER,EULER-TOV
// RUN: nir-opt %s --convert-nir-to-sim='dt=1e-4 method=euler' | FileCheck %s --check-prefixes=EULER,EULER-TOV
// RUN: nir-opt %s --convert-nir-to-sim='dt=1e-4 method=exact reset=subtract' | FileCheck %s --check-prefixes=EXACT,EXACT-SUB
// RUN: nir-opt %s --convert-nir-to-sim='dt=1e-4 method=exact' | FileCheck %s --check-prefixes=EXACT,EXACT-TOV
// The reset mode (to-v_reset by default, as in NIR >= 1.0.6) reaches the
// model and the op of every spiking neuron; v_reset is kept either way.

// EULER-SUB-LABEL: sim.model @resets attributes {dt = 1.000000e-04 : f64, method = #sim.method<euler>, reset = #sim.reset_mode<subtract>}
// EULER-TOV-LABEL: sim.model @resets attributes {dt = 1.000000e-04 : f64, method = #sim.method<euler>, reset = #sim.reset_mode<to_v_reset>}
// EULER: sim.fire
// EULER-SUB-SAME: node = "lif", reset = #sim.reset_mode<subtract>, reset_value = dense<-2.000000e-01> : tensor<2xf64>, threshold = dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf64>
// EULER-TOV-SAME: node = "lif", reset = #sim.reset_mode<to_v_reset>, reset_value = dense<-2.000000e-01> : tensor<2xf64>, threshold = dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf64>
// EULER: sim.fire
// EULER-SAME: node = "cuba"
// EULER-SUB-SAME: reset = #sim.reset_mode<subtract>
// EULER-TOV-SAME: reset = #sim.reset_mode<to_v_reset>
// EULER-NOT: sim.fire

// EXACT-SUB-LABEL: sim.model @resets attributes {dt = 1.000000e-04 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<subtract>}
// EXACT-TOV-LABEL: sim.model @resets attributes {dt = 1.000000e-04 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>}
// EXACT: sim.leaky_step
// EXACT-SAME: node = "lif"
// EXACT-SUB-SAME: reset = #sim.reset_mode<subtract>
// EXACT-TOV-SAME: reset = #sim.reset_mode<to_v_reset>
// EXACT-SAME: solver = #sim.solver<exact>
// EXACT-SAME: v_reset = dense<-2.000000e-01> : tensor<2xf64>, v_threshold = dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf64>
// EXACT: sim.cuba_step
// EXACT-SAME: node = "cuba"
// EXACT-SUB-SAME: reset = #sim.reset_mode<subtract>
// EXACT-TOV-SAME: reset = #sim.reset_mode<to_v_reset>
// EXACT-SAME: solver = #sim.solver<exact>
nir.graph "resets" {
  %x = nir.input "x" : !nir.signal<2>
  %lif = nir.lif "lif"(%x) {tau = dense<1.0e-3> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<[1.0, 2.0]> : tensor<2xf64>,
      v_reset = dense<-0.2> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %c = nir.cuba_lif "cuba"(%lif) {tau_syn = dense<1.0e-3> : tensor<2xf64>, tau_mem = dense<2.0e-3> : tensor<2xf64>,
      r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>,
      v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %o = nir.output "out"(%c) : (!nir.signal<2>) -> !nir.signal<2>
}
