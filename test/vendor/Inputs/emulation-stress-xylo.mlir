// For emulation-xylo.mlir and emulation-lava.mlir: three CUBA LIF layers
// with random weights (normal, NumPy seed 6) and thresholds low enough that
// every layer spikes. On Xylo h1 and h2 share the hidden core (h2 at offset
// 6), h1 -> h1 and h1 -> h2 are both recurrent weights, h2 -> o output
// weights. Driven by stress_spikes.h5 (0..3 events a step).
nir.graph "stress_xylo" {
  %x = nir.input "input" : !nir.signal<4>
  %a = nir.affine "w_in"(%x) {weight = dense<[[1.5797, 2.6647, -3.8299, -0.2069], [1.5206, 2.0282, 0.9807, 2.2457], [0.4349, 0.8269, 0.2681, -1.6108], [-1.2699, 0.5694, -0.8703, 1.9073], [1.9386, 2.6982, -0.0391, 2.0756], [-1.3588, -1.2245, 0.1220, 0.4221]]> : tensor<6x4xf32>, bias = dense<[0.1, -0.2, 0.05, 0.0, 0.3, -0.05]> : tensor<6xf32>} : (!nir.signal<4>) -> !nir.signal<6>
  %h1 = nir.cuba_lif "h1"(%a, %r1) {tau_syn = dense<0.004> : tensor<6xf64>, tau_mem = dense<0.008> : tensor<6xf64>, r = dense<1.0> : tensor<6xf64>, v_leak = dense<0.0> : tensor<6xf64>, v_threshold = dense<1.0> : tensor<6xf64>, v_reset = dense<0.0> : tensor<6xf64>, w_in = dense<1.0> : tensor<6xf64>} : (!nir.signal<6>, !nir.signal<6>) -> !nir.signal<6>
  %r1 = nir.linear "w_rec"(%h1) {weight = dense<[[-1.2792, -1.3846, 0.2841, -0.6898, 0.9667, 0.3156], [0.2457, 0.1668, 0.7164, -0.1224, 0.8685, -0.4207], [-0.1800, -0.5444, 0.4781, 0.0287, -0.6898, 1.6015], [-0.2910, -0.0930, 0.3153, 1.3981, -0.1187, 0.5625], [0.0790, -1.1710, 0.6336, 0.8165, -0.1920, -0.0123], [-1.2011, -1.2184, -0.3132, 0.5007, -0.3757, 0.2336]]> : tensor<6x6xf32>} : (!nir.signal<6>) -> !nir.signal<6>
  %b = nir.linear "w_12"(%h1) {weight = dense<[[1.9355, 0.1915, 1.1489, 2.8957, -2.4921, 1.4882], [-3.7694, 0.8633, 0.4060, -1.0867, -2.1546, -0.1237], [-0.8205, 0.1952, -1.8156, 1.0911, -2.0717, -0.6085], [-0.7840, 2.5358, -2.9914, -0.8280, 2.3649, -1.3167], [-2.4789, 0.5657, -0.5801, 1.6695, -1.8408, 0.3818]]> : tensor<5x6xf32>} : (!nir.signal<6>) -> !nir.signal<5>
  %h2 = nir.cuba_lif "h2"(%b) {tau_syn = dense<0.002> : tensor<5xf64>, tau_mem = dense<0.016> : tensor<5xf64>, r = dense<1.0> : tensor<5xf64>, v_leak = dense<0.0> : tensor<5xf64>, v_threshold = dense<0.5> : tensor<5xf64>, v_reset = dense<0.0> : tensor<5xf64>, w_in = dense<1.0> : tensor<5xf64>} : (!nir.signal<5>) -> !nir.signal<5>
  %c = nir.linear "w_out"(%h2) {weight = dense<[[0.6661, 1.0357, -1.1061, 1.4238, -0.9007], [-1.5126, -0.9546, 0.1548, -0.3218, 0.4405], [0.4956, 0.3181, -0.2545, 1.8141, -2.2160]]> : tensor<3x5xf32>} : (!nir.signal<5>) -> !nir.signal<3>
  %o = nir.cuba_lif "o"(%c) {tau_syn = dense<0.004> : tensor<3xf64>, tau_mem = dense<0.032> : tensor<3xf64>, r = dense<1.0> : tensor<3xf64>, v_leak = dense<0.0> : tensor<3xf64>, v_threshold = dense<0.1> : tensor<3xf64>, v_reset = dense<0.0> : tensor<3xf64>, w_in = dense<1.0> : tensor<3xf64>} : (!nir.signal<3>) -> !nir.signal<3>
  %y = nir.output "output"(%o) : (!nir.signal<3>) -> !nir.signal<*>
}
