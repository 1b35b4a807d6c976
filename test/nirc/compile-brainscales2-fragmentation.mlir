// chip-place spreads a slice over the room left on several hemispheres when
// no single one holds it (hxtorch registers neurons one by one, first-fit
// over the atomic neurons, so a layer may span both hemispheres). This used
// to fail: chip-partition cuts a population once, and chip-place never cut
// again.
//
// The weights behind the first layer are 0 here, so that no synapse row
// binds: the networks need neuron circuits only.

// RUN: rm -rf %t && split-file %s %t

// 257 + 255 = 512 neurons: h is cut into [0, 129) and [129, 257) on
// hemispheres 0 and 1, which leaves 127 + 128 free, and ro (255) finds no
// room in either: ro is spread over the two.
// RUN: nirc compile %t/full.mlir --target brainscales2 2>&1 | FileCheck %s --check-prefix=FULL
// FULL: BrainScaleS-2 (dt = 0.001 s): 2 of 2 cores used
// FULL-NEXT: hemisphere   2 of 2 cores, 512 of 512 neurons

// Three layers of 150 (450 neurons): a and b take a hemisphere each, c
// finds 106 free on each and is spread over both.
// RUN: nirc compile %t/three.mlir --target brainscales2 2>&1 | FileCheck %s --check-prefix=THREE
// THREE: BrainScaleS-2 (dt = 0.001 s): 2 of 2 cores used
// THREE-NEXT: hemisphere   2 of 2 cores, 450 of 512 neurons

//--- full.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<1>
  %w_h = nir.linear "w_h"(%in) {weight = dense<0.5> : tensor<257x1xf32>} : (!nir.signal<1>) -> !nir.signal<257>
  %h = nir.cuba_lif "h"(%w_h) {tau_syn = dense<5.0e-3> : tensor<257xf64>, tau_mem = dense<1.0e-2> : tensor<257xf64>, r = dense<1.0> : tensor<257xf64>, v_leak = dense<0.0> : tensor<257xf64>, v_threshold = dense<1.0> : tensor<257xf64>, v_reset = dense<0.0> : tensor<257xf64>, w_in = dense<1.0> : tensor<257xf64>} : (!nir.signal<257>) -> !nir.signal<257>
  %w_ro = nir.linear "w_ro"(%h) {weight = dense<0.0> : tensor<255x257xf32>} : (!nir.signal<257>) -> !nir.signal<255>
  %ro = nir.cuba_li "ro"(%w_ro) {tau_syn = dense<5.0e-3> : tensor<255xf64>, tau_mem = dense<1.0e-2> : tensor<255xf64>, r = dense<1.0> : tensor<255xf64>, v_leak = dense<0.0> : tensor<255xf64>, w_in = dense<1.0> : tensor<255xf64>} : (!nir.signal<255>) -> !nir.signal<255>
  %y = nir.output "out"(%ro) : (!nir.signal<255>) -> !nir.signal<255>
}

//--- three.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<1>
  %w_a = nir.linear "w_a"(%in) {weight = dense<0.5> : tensor<150x1xf32>} : (!nir.signal<1>) -> !nir.signal<150>
  %a = nir.cuba_lif "a"(%w_a) {tau_syn = dense<5.0e-3> : tensor<150xf64>, tau_mem = dense<1.0e-2> : tensor<150xf64>, r = dense<1.0> : tensor<150xf64>, v_leak = dense<0.0> : tensor<150xf64>, v_threshold = dense<1.0> : tensor<150xf64>, v_reset = dense<0.0> : tensor<150xf64>, w_in = dense<1.0> : tensor<150xf64>} : (!nir.signal<150>) -> !nir.signal<150>
  %w_b = nir.linear "w_b"(%a) {weight = dense<0.0> : tensor<150x150xf32>} : (!nir.signal<150>) -> !nir.signal<150>
  %b = nir.cuba_lif "b"(%w_b) {tau_syn = dense<5.0e-3> : tensor<150xf64>, tau_mem = dense<1.0e-2> : tensor<150xf64>, r = dense<1.0> : tensor<150xf64>, v_leak = dense<0.0> : tensor<150xf64>, v_threshold = dense<1.0> : tensor<150xf64>, v_reset = dense<0.0> : tensor<150xf64>, w_in = dense<1.0> : tensor<150xf64>} : (!nir.signal<150>) -> !nir.signal<150>
  %w_c = nir.linear "w_c"(%b) {weight = dense<0.0> : tensor<150x150xf32>} : (!nir.signal<150>) -> !nir.signal<150>
  %c = nir.cuba_li "c"(%w_c) {tau_syn = dense<5.0e-3> : tensor<150xf64>, tau_mem = dense<1.0e-2> : tensor<150xf64>, r = dense<1.0> : tensor<150xf64>, v_leak = dense<0.0> : tensor<150xf64>, w_in = dense<1.0> : tensor<150xf64>} : (!nir.signal<150>) -> !nir.signal<150>
  %y = nir.output "out"(%c) : (!nir.signal<150>) -> !nir.signal<150>
}
