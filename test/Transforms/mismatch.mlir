// nir-mismatch perturbs the parameters a spec names with one trial of
// fixed-pattern noise: one draw per neuron or synapse, splat and broadcast
// parameters expanded, element types kept, the rest untouched.

// RUN: rm -rf %t && split-file %s %t

// RUN: nir-opt %t/values.mlir --nir-mismatch="spec=tau=0.05,v_threshold=0.02,weight=0.01,bias=0.1,w_in=0.1 seed=7 trial=3" | FileCheck %s --check-prefix=VALUES

// The same (seed, trial) gives the same values; another trial or seed does
// not.
// RUN: nir-opt %t/values.mlir --nir-mismatch="spec=tau=0.05,v_threshold=0.02,weight=0.01,bias=0.1,w_in=0.1 seed=7 trial=3" -o %t/a.mlir
// RUN: nir-opt %t/values.mlir --nir-mismatch="spec=tau=0.05,v_threshold=0.02,weight=0.01,bias=0.1,w_in=0.1 seed=7 trial=3" -o %t/b.mlir
// RUN: nir-opt %t/values.mlir --nir-mismatch="spec=tau=0.05,v_threshold=0.02,weight=0.01,bias=0.1,w_in=0.1 seed=7 trial=4" -o %t/c.mlir
// RUN: nir-opt %t/values.mlir --nir-mismatch="spec=tau=0.05,v_threshold=0.02,weight=0.01,bias=0.1,w_in=0.1 seed=8 trial=3" -o %t/d.mlir
// RUN: diff %t/a.mlir %t/b.mlir
// RUN: not diff %t/a.mlir %t/c.mlir
// RUN: not diff %t/a.mlir %t/d.mlir

// Sigma 0 rewrites nothing: the output is the input, printed.
// RUN: nir-opt %t/values.mlir --nir-mismatch="spec=tau=0,v_threshold=0,weight=0,bias=0,w_in=0 seed=7 trial=3" -o %t/zero.mlir
// RUN: nir-opt %t/values.mlir -o %t/unchanged.mlir
// RUN: diff %t/zero.mlir %t/unchanged.mlir

// RUN: nir-opt %t/nested.mlir --nir-mismatch="spec=r=0.1,weight=0.1 seed=1" | FileCheck %s --check-prefix=NESTED
// RUN: nir-opt %t/override.mlir --nir-mismatch="spec=tau=0.1,tau_syn=0" | FileCheck %s --check-prefix=OVERRIDE
// RUN: nir-opt %t/no-node.mlir --verify-diagnostics --nir-mismatch="spec=tau=0.05,w_in=0.1,bias=0.1"
// RUN: not nir-opt %t/no-node.mlir --nir-mismatch="spec=tau=0.05,w_in=0.1" 2>&1 | FileCheck %s --check-prefix=NO-NODE
// NO-NODE: error: mismatch parameter 'w_in' applies to no node of the graph
// The module it fails on is unchanged: tau, which applies, is still a splat.
// NO-NODE: tau = dense<1.000000e-02> : tensor<2xf64>
// RUN: nir-opt %t/errors.mlir --split-input-file --verify-diagnostics --nir-mismatch="spec=weight=1e30"
// RUN: nir-opt %t/integer-zero.mlir --nir-mismatch="spec=weight=0" | FileCheck %s --check-prefix=INTEGER-ZERO
// RUN: nir-opt %t/empty-spec.mlir --nir-mismatch | FileCheck %s --check-prefix=EMPTY

// A malformed spec is reported at the module.
// RUN: not nir-opt %t/empty-spec.mlir --nir-mismatch="spec=tau=0.05,vthreshold=0.1" 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// UNKNOWN: error: nir-mismatch: unknown mismatch parameter 'vthreshold'; valid keys are tau, tau_mem, tau_syn, v_threshold, v_leak, v_reset, r, w_in, weight, bias
// RUN: not nir-opt %t/empty-spec.mlir --nir-mismatch="spec=tau=-0.1" 2>&1 | FileCheck %s --check-prefix=NEGATIVE
// NEGATIVE: error: nir-mismatch: sigma of mismatch parameter 'tau' must be non-negative, got -0.1
// RUN: not nir-opt %t/empty-spec.mlir --nir-mismatch="spec=tau=0.1,tau=0.2" 2>&1 | FileCheck %s --check-prefix=TWICE
// TWICE: error: nir-mismatch: mismatch parameter 'tau' is given twice

//--- values.mlir

// A LIF population of 4 with splat parameters: tau and v_threshold get one
// value per neuron, r, v_leak and v_reset are left as they were.
// VALUES-LABEL: nir.graph "net"
// VALUES: nir.lif "l"
// VALUES-SAME: r = dense<1.000000e+00> : tensor<4xf64>
// VALUES-SAME: tau = dense<[{{[-+0-9.eE]+}}, {{[-+0-9.eE]+}}, {{[-+0-9.eE]+}}, {{[-+0-9.eE]+}}]> : tensor<4xf64>
// VALUES-SAME: v_leak = dense<0.000000e+00> : tensor<4xf64>
// VALUES-SAME: v_reset = dense<0.000000e+00> : tensor<4xf64>
// VALUES-SAME: v_threshold = dense<[{{[-+0-9.eE]+}}, {{[-+0-9.eE]+}}, {{[-+0-9.eE]+}}, {{[-+0-9.eE]+}}]> : tensor<4xf64>
// An Affine's weight keeps its f32 type; its 0-d bias is expanded to the
// output shape [3].
// VALUES: nir.affine "a"
// VALUES-SAME: bias = dense<[{{[-+0-9.eE]+}}, {{[-+0-9.eE]+}}, {{[-+0-9.eE]+}}]> : tensor<3xf32>
// VALUES-SAME: weight = dense<{{\[\[}}{{[-+0-9.eE]+}}, {{[-+0-9.eE]+}}, {{[-+0-9.eE]+}}, {{[-+0-9.eE]+}}], [{{[-+0-9.eE]+}}, {{[-+0-9.eE]+}}, {{[-+0-9.eE]+}}, {{[-+0-9.eE]+}}], [{{[-+0-9.eE]+}}, {{[-+0-9.eE]+}}, {{[-+0-9.eE]+}}, {{[-+0-9.eE]+}}]]> : tensor<3x4xf32>
// `tau` perturbs both time constants of a CubaLIF; its 0-d w_in is
// expanded to the population.
// VALUES: nir.cuba_lif "c"
// VALUES-SAME: r = dense<1.000000e+00> : tensor<3xf32>
// VALUES-SAME: tau_mem = dense<[{{[-+0-9.eE]+}}, {{[-+0-9.eE]+}}, {{[-+0-9.eE]+}}]> : tensor<3xf32>
// VALUES-SAME: tau_syn = dense<[{{[-+0-9.eE]+}}, {{[-+0-9.eE]+}}, {{[-+0-9.eE]+}}]> : tensor<3xf32>
// VALUES-SAME: v_threshold = dense<[{{[-+0-9.eE]+}}, {{[-+0-9.eE]+}}, {{[-+0-9.eE]+}}]> : tensor<3xf32>
// VALUES-SAME: w_in = dense<[{{[-+0-9.eE]+}}, {{[-+0-9.eE]+}}, {{[-+0-9.eE]+}}]> : tensor<3xf32>
// No original splat is left.
// VALUES-NOT: dense<1.000000e-02>
// VALUES-NOT: dense<5.000000e-01>
nir.graph "net" {
  %x = nir.input "x" : !nir.signal<4>
  %l = nir.lif "l"(%x) {tau = dense<1.0e-2> : tensor<4xf64>, r = dense<1.0> : tensor<4xf64>,
      v_leak = dense<0.0> : tensor<4xf64>, v_threshold = dense<1.0> : tensor<4xf64>,
      v_reset = dense<0.0> : tensor<4xf64>} : (!nir.signal<4>) -> !nir.signal<4>
  %a = nir.affine "a"(%l) {weight = dense<[[1.0, -1.0, 0.5, 2.0], [0.25, -4.0, 1.0, 1.0], [3.0, 1.0, -1.0, 0.125]]> : tensor<3x4xf32>,
      bias = dense<0.5> : tensor<f32>} : (!nir.signal<4>) -> !nir.signal<3>
  %c = nir.cuba_lif "c"(%a) {tau_syn = dense<5.0e-3> : tensor<3xf32>, tau_mem = dense<1.0e-2> : tensor<3xf32>,
      r = dense<1.0> : tensor<3xf32>, v_leak = dense<0.0> : tensor<3xf32>,
      v_threshold = dense<1.0> : tensor<3xf32>, v_reset = dense<0.0> : tensor<3xf32>,
      w_in = dense<1.0> : tensor<f32>} : (!nir.signal<3>) -> !nir.signal<3>
  %y = nir.output "y"(%c) : (!nir.signal<3>) -> !nir.signal<3>
}

//--- nested.mlir

// Nodes of nested graphs are perturbed too.
// NESTED-LABEL: nir.graph "net"
// NESTED: nir.graph "sub"
// NESTED: nir.lif "lif"
// NESTED-SAME: r = dense<[{{[-+0-9.eE]+}}, {{[-+0-9.eE]+}}]> : tensor<2xf64>
// NESTED: nir.linear "w"
// NESTED-SAME: weight = dense<{{\[\[}}{{[-+0-9.eE]+}}, {{[-+0-9.eE]+}}], [{{[-+0-9.eE]+}}, {{[-+0-9.eE]+}}], [{{[-+0-9.eE]+}}, {{[-+0-9.eE]+}}]]> : tensor<3x2xf64>
// NESTED: nir.linear "after"
// NESTED-SAME: weight = dense<{{\[\[}}{{[-+0-9.eE]+}}, {{[-+0-9.eE]+}}, {{[-+0-9.eE]+}}]]> : tensor<1x3xf64>
nir.graph "net" {
  %x = nir.input "x" : !nir.signal<2>
  %sub = nir.graph "sub"(%x : !nir.signal<2>) -> !nir.signal<3> {
    %p = nir.input "input" : !nir.signal<2>
    %l = nir.lif "lif"(%p) {tau = dense<1.0e-3> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
        v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
        v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
    %w = nir.linear "w"(%l) {weight = dense<1.0> : tensor<3x2xf64>}
        : (!nir.signal<2>) -> !nir.signal<3>
    %o = nir.output "output"(%w) : (!nir.signal<3>) -> !nir.signal<3>
  }
  %a = nir.linear "after"(%sub) {weight = dense<2.0> : tensor<1x3xf64>}
      : (!nir.signal<3>) -> !nir.signal<1>
  %y = nir.output "y"(%a) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- override.mlir

// On a CubaLIF, `tau` perturbs tau_syn and tau_mem unless one is named on
// its own: here tau_syn has sigma 0 and stays, tau_mem moves.
// OVERRIDE: nir.cuba_lif "c"
// OVERRIDE-SAME: tau_mem = dense<[{{[-+0-9.eE]+}}, {{[-+0-9.eE]+}}]> : tensor<2xf64>
// OVERRIDE-SAME: tau_syn = dense<5.000000e-03> : tensor<2xf64>
nir.graph "override" {
  %x = nir.input "x" : !nir.signal<2>
  %c = nir.cuba_lif "c"(%x) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<2.0e-2> : tensor<2xf64>,
      r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>,
      v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>,
      w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "y"(%c) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- no-node.mlir

// A key that applies to no node is an error naming it (w_in: there is no
// CubaLI or CubaLIF; bias: a Linear has none).
// expected-error @below {{mismatch parameter 'w_in' applies to no node of the graph; it perturbs the w_in of CubaLI and CubaLIF, expanded to the population}}
// expected-error @below {{mismatch parameter 'bias' applies to no node of the graph; it perturbs the bias of Affine, expanded to the output, and of Conv1d and Conv2d}}
module {
  nir.graph "lif" {
    %x = nir.input "x" : !nir.signal<2>
    %w = nir.linear "w"(%x) {weight = dense<1.0> : tensor<2x2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
    %l = nir.lif "l"(%w) {tau = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
        v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
        v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
    %y = nir.output "y"(%l) : (!nir.signal<2>) -> !nir.signal<2>
  }
}

//--- errors.mlir

// Integer weights are digital: no mismatch, and no silent rounding.
nir.graph "int" {
  %x = nir.input "x" : !nir.signal<2>
  // expected-error @below {{'nir.linear' op "w": 'weight' has integer type 'i8'; mismatch applies to floating-point parameters only (convert the file's dtype first)}}
  %w = nir.linear "w"(%x) {weight = dense<[[3, -2]]> : tensor<1x2xi8>} : (!nir.signal<2>) -> !nir.signal<1>
  %y = nir.output "y"(%w) : (!nir.signal<1>) -> !nir.signal<1>
}

// -----

// A draw that the element type cannot hold is an error, not an Inf.
nir.graph "overflow" {
  %x = nir.input "x" : !nir.signal<2>
  // expected-error-re @below {{'nir.linear' op "w": mismatch draws {{.*}} for 'weight' at flat index {{[0-9]+}}, which 'f16' cannot hold; is sigma too large?}}
  %w = nir.linear "w"(%x) {weight = dense<[[1.0e4, -1.0e4]]> : tensor<1x2xf16>} : (!nir.signal<2>) -> !nir.signal<1>
  %y = nir.output "y"(%w) : (!nir.signal<1>) -> !nir.signal<1>
}

// -----

// No node has a weight.
// expected-error @below {{mismatch parameter 'weight' applies to no node of the graph; it perturbs the weight of Affine, Linear, Conv1d and Conv2d}}
module {
  nir.graph "lif" {
    %x = nir.input "x" : !nir.signal<2>
    %l = nir.lif "l"(%x) {tau = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
        v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
        v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
    %y = nir.output "y"(%l) : (!nir.signal<2>) -> !nir.signal<2>
  }
}

//--- integer-zero.mlir

// With sigma 0, integer weights are fine: nothing changes.
// INTEGER-ZERO: weight = dense<{{\[\[}}3, -2]]> : tensor<1x2xi8>
nir.graph "int" {
  %x = nir.input "x" : !nir.signal<2>
  %w = nir.linear "w"(%x) {weight = dense<[[3, -2]]> : tensor<1x2xi8>} : (!nir.signal<2>) -> !nir.signal<1>
  %y = nir.output "y"(%w) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- empty-spec.mlir

// Without a spec the pass changes nothing.
// EMPTY: weight = dense<1.000000e+00> : tensor<1x2xf64>
nir.graph "empty" {
  %x = nir.input "x" : !nir.signal<2>
  %w = nir.linear "w"(%x) {weight = dense<1.0> : tensor<1x2xf64>} : (!nir.signal<2>) -> !nir.signal<1>
  %y = nir.output "y"(%w) : (!nir.signal<1>) -> !nir.signal<1>
}
