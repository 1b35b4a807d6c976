// A small recurrent spiking network in the `nir` dialect: 2 inputs, a
// recurrent LIF layer of 3 neurons (its spikes return through `w_rec`, a plain
// SSA cycle), and an LI readout. Parse, verify and print it with
//   build/bin/nir-opt --nir-infer-types examples/recurrent-lif.mlir
nir.graph "recurrent_lif" {
  %x = nir.input "input" : !nir.signal<2>
  %in = nir.affine "w_in"(%x) {
      weight = dense<[[0.8, 0.1], [0.2, 0.9], [0.5, 0.5]]> : tensor<3x2xf32>,
      bias = dense<0.0> : tensor<3xf32>}
      : (!nir.signal<2>) -> !nir.signal<3>
  // Fan-in: the input and the recurrent edge are summed into the LIF.
  %spikes = nir.lif "hidden"(%in, %rec) {
      tau = dense<0.02> : tensor<3xf64>, r = dense<1.0> : tensor<3xf64>,
      v_leak = dense<0.0> : tensor<3xf64>,
      v_threshold = dense<1.0> : tensor<3xf64>,
      v_reset = dense<0.0> : tensor<3xf64>}
      : (!nir.signal<3>, !nir.signal<3>) -> !nir.signal<3>
  %rec = nir.linear "w_rec"(%spikes) {
      weight = dense<[[0.0, -0.5, -0.5], [-0.5, 0.0, -0.5], [-0.5, -0.5, 0.0]]>
          : tensor<3x3xf32>}
      : (!nir.signal<3>) -> !nir.signal<3>
  %readout = nir.li "readout"(%spikes) {
      tau = dense<0.05> : tensor<3xf64>, r = dense<1.0> : tensor<3xf64>,
      v_leak = dense<0.0> : tensor<3xf64>}
      : (!nir.signal<3>) -> !nir.signal<3>
  %y = nir.output "output"(%readout) : (!nir.signal<3>) -> !nir.signal<*>
}
