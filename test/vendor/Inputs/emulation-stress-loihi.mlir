// For emulation-lava.mlir: every Loihi neuron model in one net. A CUBA LIF
// layer with a bias, v_leak of both signs and recurrent weights, an IF layer
// (dv = 0) and a CUBA LI readout (non-spiking: Lava's LIF must not fire),
// each on its own core; driven by stress_spikes.h5 (0..3 events a step).
nir.graph "stress_loihi" {
  %x = nir.input "input" : !nir.signal<4>
  %a = nir.affine "w_in"(%x) {
      weight = dense<[[1.5, -0.4, 0.3, 0.9], [0.7, 0.7, -1.2, 0.2], [2.5, 1.0, 1.0, -0.3], [3.0, 2.0, 1.5, 1.0]]> : tensor<4x4xf32>,
      bias = dense<[0.02, -0.01, 0.0, 0.05]> : tensor<4xf32>}
      : (!nir.signal<4>) -> !nir.signal<4>
  %h = nir.cuba_lif "h"(%a, %rec) {
      tau_syn = dense<0.004> : tensor<4xf64>, tau_mem = dense<0.008> : tensor<4xf64>,
      r = dense<1.0> : tensor<4xf64>, v_leak = dense<[0.0, 0.1, -0.1, 0.0]> : tensor<4xf64>,
      v_threshold = dense<1.0> : tensor<4xf64>,
      v_reset = dense<0.0> : tensor<4xf64>, w_in = dense<1.0> : tensor<4xf64>}
      : (!nir.signal<4>, !nir.signal<4>) -> !nir.signal<4>
  %rec = nir.linear "w_rec"(%h) {
      weight = dense<[[0.0, -0.3, -0.3, -0.3], [-0.6, 0.0, 0.2, -0.1], [-1.0, -1.0, 0.0, 0.5], [0.1, 0.1, 0.1, 0.0]]> : tensor<4x4xf32>}
      : (!nir.signal<4>) -> !nir.signal<4>
  %l2 = nir.linear "w_if"(%h) {
      weight = dense<[[1.0, 0.5, -0.25, 0.75], [-0.5, 1.0, 1.0, 1.0], [0.3, 0.3, 0.3, 0.3]]> : tensor<3x4xf32>}
      : (!nir.signal<4>) -> !nir.signal<3>
  %f = nir.if "f"(%l2) {r = dense<1.0> : tensor<3xf64>, v_threshold = dense<0.001> : tensor<3xf64>, v_reset = dense<0.0> : tensor<3xf64>}
      : (!nir.signal<3>) -> !nir.signal<3>
  %l3 = nir.linear "w_ro"(%f) {
      weight = dense<[[5.0, 5.0, 5.0], [-5.0, 2.0, 0.0]]> : tensor<2x3xf32>}
      : (!nir.signal<3>) -> !nir.signal<2>
  %ro = nir.cuba_li "ro"(%l3) {tau_syn = dense<0.002> : tensor<2xf64>, tau_mem = dense<0.05> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "output"(%ro) : (!nir.signal<2>) -> !nir.signal<*>
}
