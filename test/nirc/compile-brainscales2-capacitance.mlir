// BrainScaleS-2 holds the membrane capacitance c = tau_mem / r; a finite
// r > 0 far below tau_mem (r = 1e-320, a denormal, tau_mem = 1 s) makes it
// infinite. The layer is rejected with a message naming the parameters
// (this used to print an overflowed integer, -9223372036854775808 LSB).

// RUN: rm -rf %t && split-file %s %t
// RUN: not nirc compile %t/overflow.mlir --target brainscales2 2>&1 | FileCheck %s
// CHECK: overflow.mlir:4:8: error: 'nir.cuba_lif' "h": tau_mem / r = 1 / 9.99989e-321 is not a finite, positive membrane capacitance
// CHECK: nirc compile: {{.*}}overflow.mlir does not map onto BrainScaleS-2

//--- overflow.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<2>
  %fc = nir.linear "fc"(%in) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.cuba_lif "h"(%fc) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0> : tensor<2xf64>, r = dense<1.0e-320> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %fo = nir.linear "fo"(%h) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %ro = nir.cuba_li "ro"(%fo) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}
