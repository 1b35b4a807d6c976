// RUN: not nir-opt %s --pass-pipeline='builtin.module(sim.model(sim-neuron-mismatch{spec=weight=0.1}))' 2>&1 | FileCheck %s --check-prefix=SYNAPSE
// RUN: not nir-opt %s --pass-pipeline='builtin.module(sim.model(sim-neuron-mismatch{spec=tau_syn=0.1}))' 2>&1 | FileCheck %s --check-prefix=UNUSED
// RUN: not nir-opt %s --pass-pipeline='builtin.module(sim.model(sim-neuron-mismatch{spec=tau=-1}))' 2>&1 | FileCheck %s --check-prefix=NEGATIVE

// A calibrated neuron's mismatch takes neuron keys only; a key must apply
// to some neuron (a sim.leaky_step has no tau_syn); sigma is not negative.
// SYNAPSE: error: mismatch parameter 'weight' is a synapse's; a calibrated neuron's mismatch takes neuron parameters only
// UNUSED: error: mismatch parameter 'tau_syn' applies to no neuron of the model; it perturbs the tau_syn of CubaLI and CubaLIF
// NEGATIVE: error: sim-neuron-mismatch: {{.*}}negative
sim.model @readout attributes {dt = 1.0e-03 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  %rv = sim.state "ro.v" {node = "rv"} : tensor<2xf64>
  %x = sim.input "x" {node = "x"} : tensor<2xf64>
  %rn, %rs = sim.leaky_step %rv, %x {node = "rn", tau = dense<4.0e-3> : tensor<f64>, r = dense<1.0> : tensor<f64>,
      v_leak = dense<0.0> : tensor<f64>, reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<exact>} : tensor<2xf64>
  sim.output "y"(%rn) {node = "y"} : tensor<2xf64>
  sim.next %rv = %rn {node = "rv"} : tensor<2xf64>
}
