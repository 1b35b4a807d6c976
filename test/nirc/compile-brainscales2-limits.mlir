// nirc compile --target brainscales2: every size and weight limit of
// BrainScaleS-2 (lib/Dialect/Chip/Targets/BrainScaleS2.cpp, docs/chips.md
// section 5) exceeded by one, with the exact message, and networks exactly
// at the limits that map. Large layers are dense splats; a weight of 0 (or
// one that rounds to 0) makes no synapse and takes no synapse row.
//
//   neurons                 2 hemispheres x 256            chip-place
//   synapse rows            256 per hemisphere, one per    chip-partition (one
//                           presynaptic neuron and sign    neuron), chip-place
//   weights                 |round(64 w w_in)| <= 63       chip-quantize
//
// The rows registers of a block (exc_rows, inh_rows <= 512, checked by
// chip-verify-fit) cannot be exceeded through nirc compile: a block with
// more than 512 rows has a neuron with more than 256 or a hemisphere with
// more than 256, which chip-partition or chip-place reject first.
//
// Neurons: cuba_lif hidden, cuba_li readout, tau_syn 5 ms, tau_mem 10 ms,
// r 1, v_threshold 1, w_in 1 unless said otherwise.

// RUN: rm -rf %t && split-file %s %t

//===----------------------------------------------------------------------===//
// Neurons: 513 in one population (cut into three slices of 171, the third
// finds no room), 512 + 1 (the readout finds none), and 511 + 1, which
// fills both hemispheres exactly
//===----------------------------------------------------------------------===//

// RUN: not nirc compile %t/neurons-513.mlir --target brainscales2 2>&1 | FileCheck %s --check-prefix=NEURONS-513
// NEURONS-513: neurons-513.mlir:4:8: error: 'nir.cuba_lif' "h": 513 neurons exceed BrainScaleS-2's limit of 512 hemisphere neurons
// NEURONS-513: nirc compile: {{.*}}neurons-513.mlir does not map onto BrainScaleS-2
// RUN: not nirc compile %t/neurons-512-1.mlir --target brainscales2 2>&1 | FileCheck %s --check-prefix=NEURONS-512-1
// NEURONS-512-1: neurons-512-1.mlir:6:9: error: 'nir.cuba_li' "ro": 513 neurons exceed BrainScaleS-2's limit of 512 hemisphere neurons

// h (511) is cut into [0, 256) and [256, 511), one per hemisphere; ro takes
// the last neuron of hemisphere 1. w_ro (all zero) joins hemisphere 0 to 1.
// RUN: nirc compile %t/neurons-511-1.mlir --target brainscales2 -o %t/neurons-511-1.json --emit-mlir %t/neurons-511-1.chip.mlir 2>&1 | FileCheck %s --check-prefix=NEURONS-FULL
// NEURONS-FULL: BrainScaleS-2 (dt = 0.001 s): 2 of 2 cores used
// NEURONS-FULL-NEXT: hemisphere   2 of 2 cores, 512 of 512 neurons
// RUN: FileCheck %s --check-prefix=NEURONS-FULL-CHIP < %t/neurons-511-1.chip.mlir
// NEURONS-FULL-CHIP-DAG: %[[C0:.+]] = chip.core 0 "hemisphere"
// NEURONS-FULL-CHIP-DAG: %[[C1:.+]] = chip.core 1 "hemisphere"
// NEURONS-FULL-CHIP-DAG: %[[H:.+]] = chip.population "h" cuba_lif [511]
// NEURONS-FULL-CHIP-DAG: %[[RO:.+]] = chip.population "ro" cuba_li [1]
// NEURONS-FULL-CHIP-DAG: chip.slice %[[H]][0 : 256] on %[[C0]] at 0 :
// NEURONS-FULL-CHIP-DAG: chip.slice %[[H]][256 : 511] on %[[C1]] at 0 :
// NEURONS-FULL-CHIP-DAG: chip.slice %[[RO]][0 : 1] on %[[C1]] at 255 :
// NEURONS-FULL-CHIP-DAG: chip.route %[[C0]] -> %[[C1]] ["w_ro"]
// RUN: FileCheck %s --check-prefix=NEURONS-FULL-JSON < %t/neurons-511-1.json
// NEURONS-FULL-JSON:      "cores": [
// NEURONS-FULL-JSON-NEXT:   {
// NEURONS-FULL-JSON-NEXT:     "index": 0,
// NEURONS-FULL-JSON-NEXT:     "kind": "hemisphere",
// NEURONS-FULL-JSON-NEXT:     "neuron_capacity": 256
// NEURONS-FULL-JSON-NEXT:   },
// NEURONS-FULL-JSON-NEXT:   {
// NEURONS-FULL-JSON-NEXT:     "index": 1,
// NEURONS-FULL-JSON-NEXT:     "kind": "hemisphere",
// NEURONS-FULL-JSON-NEXT:     "neuron_capacity": 256
// NEURONS-FULL-JSON-NEXT:   }
// NEURONS-FULL-JSON-NEXT: ],
// NEURONS-FULL-JSON:      "name": "ro",
// NEURONS-FULL-JSON:      "placement": [
// NEURONS-FULL-JSON-NEXT:   {
// NEURONS-FULL-JSON-NEXT:     "core": 1,
// NEURONS-FULL-JSON-NEXT:     "offset": 255,
// NEURONS-FULL-JSON-NEXT:     "neurons": [0,1]
// NEURONS-FULL-JSON-NEXT:   }
// NEURONS-FULL-JSON-NEXT: ]
// NEURONS-FULL-JSON:      "name": "w_h",
// NEURONS-FULL-JSON:      "exc_rows": 1,
// NEURONS-FULL-JSON-NEXT: "inh_rows": 0,
// NEURONS-FULL-JSON:      "routes": [
// NEURONS-FULL-JSON-NEXT:   {
// NEURONS-FULL-JSON-NEXT:     "source": 0,
// NEURONS-FULL-JSON-NEXT:     "destination": 1,
// NEURONS-FULL-JSON-NEXT:     "synapses": [
// NEURONS-FULL-JSON-NEXT:       "w_ro"
// NEURONS-FULL-JSON-NEXT:     ]
// NEURONS-FULL-JSON-NEXT:   }
// NEURONS-FULL-JSON-NEXT: ],

//===----------------------------------------------------------------------===//
// Synapse rows into one neuron (chip-partition: not even a slice of one
// neuron fits a hemisphere). One neuron has one weight per presynaptic
// channel, so it takes at most one row per channel: 257 rows need 257
// channels.
//===----------------------------------------------------------------------===//

// in (257) -> ro (1), all weights 0.5: 257 excitatory rows; 256 fit.
// RUN: not nirc compile %t/fanin-257.mlir --target brainscales2 2>&1 | FileCheck %s --check-prefix=FANIN-257
// FANIN-257: fanin-257.mlir:4:9: error: 'nir.cuba_li' "ro": 257 synapse rows into neuron 0 exceed BrainScaleS-2's limit of 256 synapse rows per hemisphere
// FANIN-257: nirc compile: {{.*}}fanin-257.mlir does not map onto BrainScaleS-2
// RUN: nirc compile %t/fanin-256.mlir --target brainscales2 -o %t/fanin-256.json 2>&1 | FileCheck %s --check-prefix=FANIN-256
// FANIN-256: BrainScaleS-2 (dt = 0.001 s): 1 of 2 cores used
// FANIN-256: w                    dense    in -> ro                            256        0.00%
// RUN: FileCheck %s --check-prefix=FANIN-256-JSON < %t/fanin-256.json
// FANIN-256-JSON: "exc_rows": 256,
// FANIN-256-JSON-NEXT: "inh_rows": 0,

// Two sources: in (256) into all three neurons of ro, and q (1) into
// neuron 2 only: neuron 2 needs 257 rows, neurons 0 and 1 need 256.
// RUN: not nirc compile %t/fanin-neuron2.mlir --target brainscales2 2>&1 | FileCheck %s --check-prefix=FANIN-NEURON2
// FANIN-NEURON2: fanin-neuron2.mlir:7:9: error: 'nir.cuba_li' "ro": 257 synapse rows into neuron 2 exceed BrainScaleS-2's limit of 256 synapse rows per hemisphere

//===----------------------------------------------------------------------===//
// Synapse rows on a hemisphere: the rows all neurons sharing it need
//===----------------------------------------------------------------------===//

// 129 signed sources into two neurons: w_in = [1, -1] makes every weight
// into neuron 0 positive and into neuron 1 negative, so each neuron needs
// 129 rows and the two together 258. chip-partition cuts ro into slices of
// one neuron (every window of two needs 258), and chip-place puts them on
// the two hemispheres. With 128 sources, 256 rows: one slice, one
// hemisphere.
// RUN: nirc compile %t/signed-129.mlir --target brainscales2 -o %t/signed-129.json --emit-mlir %t/signed-129.chip.mlir 2>&1 | FileCheck %s --check-prefix=SIGNED-129
// SIGNED-129: BrainScaleS-2 (dt = 0.001 s): 2 of 2 cores used
// SIGNED-129-NEXT: hemisphere   2 of 2 cores, 2 of 512 neurons
// RUN: FileCheck %s --check-prefix=SIGNED-129-CHIP < %t/signed-129.chip.mlir
// SIGNED-129-CHIP-DAG: %[[C0:.+]] = chip.core 0 "hemisphere"
// SIGNED-129-CHIP-DAG: %[[C1:.+]] = chip.core 1 "hemisphere"
// SIGNED-129-CHIP-DAG: %[[RO:.+]] = chip.population "ro"
// SIGNED-129-CHIP-DAG: chip.slice %[[RO]][0 : 1] on %[[C0]] at 0 :
// SIGNED-129-CHIP-DAG: chip.slice %[[RO]][1 : 2] on %[[C1]] at 0 :
// RUN: FileCheck %s --check-prefix=SIGNED-129-JSON < %t/signed-129.json
// SIGNED-129-JSON: "weights": [{{(32,){129}(-32,){128}-32}}],
// SIGNED-129-JSON-NEXT: "registers": {
// SIGNED-129-JSON-NEXT: "exc_rows": 129,
// SIGNED-129-JSON-NEXT: "inh_rows": 129,
// RUN: nirc compile %t/signed-128.mlir --target brainscales2 --emit-mlir %t/signed-128.chip.mlir 2>&1 | FileCheck %s --check-prefix=SIGNED-128
// SIGNED-128: BrainScaleS-2 (dt = 0.001 s): 1 of 2 cores used
// SIGNED-128-NEXT: hemisphere   1 of 2 cores, 2 of 512 neurons
// RUN: FileCheck %s --check-prefix=SIGNED-128-CHIP < %t/signed-128.chip.mlir
// SIGNED-128-CHIP: chip.slice %{{.+}}[0 : 2] on %{{.+}} at 0 :
// SIGNED-128-CHIP-NOT: chip.slice

// Placement: a (256 neurons, no rows) fills hemisphere 0; q, b and c go to
// hemisphere 1. b takes in's 128 excitatory rows, c its 128 inhibitory rows
// and one excitatory row of q: 257. In hemisphere-256 c's weight from q is
// 0.004, which rounds to 0 (64 * 0.004 = 0.256) and takes no row: 256 fit.
// (Placement tries hemisphere 0 first, which is full of neurons, so the
// message names hemisphere 1.)
// RUN: not nirc compile %t/hemisphere-257.mlir --target brainscales2 2>&1 | FileCheck %s --check-prefix=HEMISPHERE-257
// HEMISPHERE-257: hemisphere-257.mlir:11:8: error: 'nir.cuba_li' "c": 257 synapse rows on hemisphere 1 exceed BrainScaleS-2's limit of 256 synapse rows per hemisphere
// HEMISPHERE-257: nirc compile: {{.*}}hemisphere-257.mlir does not map onto BrainScaleS-2
// RUN: nirc compile %t/hemisphere-256.mlir --target brainscales2 --emit-mlir %t/hemisphere-256.chip.mlir 2>&1 | FileCheck %s --check-prefix=HEMISPHERE-256
// HEMISPHERE-256: BrainScaleS-2 (dt = 0.001 s): 2 of 2 cores used
// HEMISPHERE-256-NEXT: hemisphere   2 of 2 cores, 259 of 512 neurons
// HEMISPHERE-256: w_cq                 dense    q -> c                                0      100.00%
// RUN: FileCheck %s --check-prefix=HEMISPHERE-256-CHIP < %t/hemisphere-256.chip.mlir
// HEMISPHERE-256-CHIP-DAG: %[[C0:.+]] = chip.core 0 "hemisphere"
// HEMISPHERE-256-CHIP-DAG: %[[C1:.+]] = chip.core 1 "hemisphere"
// HEMISPHERE-256-CHIP-DAG: %[[A:.+]] = chip.population "a"
// HEMISPHERE-256-CHIP-DAG: %[[Q:.+]] = chip.population "q"
// HEMISPHERE-256-CHIP-DAG: %[[B:.+]] = chip.population "b"
// HEMISPHERE-256-CHIP-DAG: %[[C:.+]] = chip.population "c"
// HEMISPHERE-256-CHIP-DAG: chip.slice %[[A]][0 : 256] on %[[C0]] at 0 :
// HEMISPHERE-256-CHIP-DAG: chip.slice %[[Q]][0 : 1] on %[[C1]] at 0 :
// HEMISPHERE-256-CHIP-DAG: chip.slice %[[B]][0 : 1] on %[[C1]] at 1 :
// HEMISPHERE-256-CHIP-DAG: chip.slice %[[C]][0 : 1] on %[[C1]] at 2 :

//===----------------------------------------------------------------------===//
// Weights: 64 w w_in rounded half away from zero must lie in [-63, 63]
//===----------------------------------------------------------------------===//

// 0.9921875 = 63.5 / 64 rounds to 64 and -0.9921875 to -64: saturated;
// 0.990625 (63.4 / 64) rounds to 63: not.
// RUN: not nirc compile %t/saturate.mlir --target brainscales2 -o %t/saturate.json 2>&1 | FileCheck %s --check-prefix=SATURATE
// SATURATE: saturate.mlir:3:9: error: 'nir.linear' "fc": 2 of 4 weights saturate: the largest |64 w| is 63.5, above BrainScaleS-2's limit of 63 (6-bit synapse weight); hxtorch would clip them silently; allow saturation (nirc --allow-saturation) to clip them with a warning
// SATURATE: nirc compile: {{.*}}saturate.mlir does not map onto BrainScaleS-2
// RUN: not test -e %t/saturate.json
// RUN: nirc compile %t/saturate-not.mlir --target brainscales2 -o %t/saturate-not.json 2>&1 | FileCheck %s --check-prefix=SATURATE-NOT
// SATURATE-NOT-NOT: weights saturate
// SATURATE-NOT: fc                   dense    in -> ro                              4        0.63%
// RUN: FileCheck %s --check-prefix=SATURATE-NOT-JSON < %t/saturate-not.json
// SATURATE-NOT-JSON: "weights": [63,32,63,-63],

// --allow-saturation clips them to +-63 with a warning: the same integers,
// the worst error now |0.9921875 - 63/64| = 1/128 of max |w| = 0.9921875:
// 0.79%.
// RUN: nirc compile %t/saturate.mlir --target brainscales2 --allow-saturation -o %t/clipped.json 2>&1 | FileCheck %s --check-prefix=CLIPPED
// CLIPPED: saturate.mlir:3:9: warning: 'nir.linear' "fc": 2 of 4 weights saturate: the largest |64 w| is 63.5, above BrainScaleS-2's limit of 63 (6-bit synapse weight); clipped to +-63, which changes what the network computes
// CLIPPED: BrainScaleS-2 (dt = 0.001 s): 1 of 2 cores used
// CLIPPED: fc                   dense    in -> ro                              4        0.79%
// RUN: FileCheck %s --check-prefix=CLIPPED-JSON < %t/clipped.json
// CLIPPED-JSON:      "weights": [63,32,63,-63],
// CLIPPED-JSON-NEXT: "registers": {
// CLIPPED-JSON-NEXT:   "exc_rows": 2,
// CLIPPED-JSON-NEXT:   "inh_rows": 1,
// CLIPPED-JSON-NEXT:   "quant_error": 0.0078740157{{[0-9]*}},

// The input gain w_in of the target is folded into the weights: 0.5 * 2 =
// 1 -> 64 saturates; 0.4921875 * 2 -> 63 does not.
// RUN: not nirc compile %t/saturate-w-in.mlir --target brainscales2 2>&1 | FileCheck %s --check-prefix=SATURATE-W-IN
// SATURATE-W-IN: saturate-w-in.mlir:3:9: error: 'nir.linear' "fc": 2 of 4 weights saturate: the largest |64 w w_in| is 64, above BrainScaleS-2's limit of 63 (6-bit synapse weight); hxtorch would clip them silently; allow saturation (nirc --allow-saturation) to clip them with a warning
// RUN: nirc compile %t/saturate-w-in-not.mlir --target brainscales2 -o %t/saturate-w-in-not.json 2>&1 | FileCheck %s --check-prefix=SATURATE-W-IN-NOT
// SATURATE-W-IN-NOT: BrainScaleS-2 (dt = 0.001 s): 1 of 2 cores used
// RUN: FileCheck %s --check-prefix=SATURATE-W-IN-NOT-JSON < %t/saturate-w-in-not.json
// SATURATE-W-IN-NOT-JSON: "weights": [32,32,63,63],

// A direct edge (no weight node) is an identity of weight 1, which
// saturates (64 > 63); a w_in of 63/64 brings it to 63.
// RUN: not nirc compile %t/direct.mlir --target brainscales2 2>&1 | FileCheck %s --check-prefix=DIRECT
// DIRECT: direct.mlir:3:9: error: 'nir.identity' "in->ro": 2 of 4 weights saturate: the largest |64 w| is 64, above BrainScaleS-2's limit of 63 (6-bit synapse weight); hxtorch would clip them silently; allow saturation (nirc --allow-saturation) to clip them with a warning
// RUN: nirc compile %t/direct-scaled.mlir --target brainscales2 -o %t/direct-scaled.json 2>&1 | FileCheck %s --check-prefix=DIRECT-SCALED
// DIRECT-SCALED: in->ro               dense    in -> ro                              2        0.00%
// RUN: FileCheck %s --check-prefix=DIRECT-SCALED-JSON < %t/direct-scaled.json
// DIRECT-SCALED-JSON: "nir_op": "nir.identity",
// DIRECT-SCALED-JSON: "weights": [63,0,0,63],

//===----------------------------------------------------------------------===//
// The networks
//===----------------------------------------------------------------------===//

//--- neurons-513.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<1>
  %w_h = nir.linear "w_h"(%in) {weight = dense<0.5> : tensor<513x1xf32>} : (!nir.signal<1>) -> !nir.signal<513>
  %h = nir.cuba_lif "h"(%w_h) {tau_syn = dense<5.0e-3> : tensor<513xf64>, tau_mem = dense<1.0e-2> : tensor<513xf64>, r = dense<1.0> : tensor<513xf64>, v_leak = dense<0.0> : tensor<513xf64>, v_threshold = dense<1.0> : tensor<513xf64>, v_reset = dense<0.0> : tensor<513xf64>, w_in = dense<1.0> : tensor<513xf64>} : (!nir.signal<513>) -> !nir.signal<513>
  %w_ro = nir.linear "w_ro"(%h) {weight = dense<0.0> : tensor<1x513xf32>} : (!nir.signal<513>) -> !nir.signal<1>
  %ro = nir.cuba_li "ro"(%w_ro) {tau_syn = dense<5.0e-3> : tensor<1xf64>, tau_mem = dense<1.0e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>, v_leak = dense<0.0> : tensor<1xf64>, w_in = dense<1.0> : tensor<1xf64>} : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- neurons-512-1.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<1>
  %w_h = nir.linear "w_h"(%in) {weight = dense<0.5> : tensor<512x1xf32>} : (!nir.signal<1>) -> !nir.signal<512>
  %h = nir.cuba_lif "h"(%w_h) {tau_syn = dense<5.0e-3> : tensor<512xf64>, tau_mem = dense<1.0e-2> : tensor<512xf64>, r = dense<1.0> : tensor<512xf64>, v_leak = dense<0.0> : tensor<512xf64>, v_threshold = dense<1.0> : tensor<512xf64>, v_reset = dense<0.0> : tensor<512xf64>, w_in = dense<1.0> : tensor<512xf64>} : (!nir.signal<512>) -> !nir.signal<512>
  %w_ro = nir.linear "w_ro"(%h) {weight = dense<0.0> : tensor<1x512xf32>} : (!nir.signal<512>) -> !nir.signal<1>
  %ro = nir.cuba_li "ro"(%w_ro) {tau_syn = dense<5.0e-3> : tensor<1xf64>, tau_mem = dense<1.0e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>, v_leak = dense<0.0> : tensor<1xf64>, w_in = dense<1.0> : tensor<1xf64>} : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- neurons-511-1.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<1>
  %w_h = nir.linear "w_h"(%in) {weight = dense<0.5> : tensor<511x1xf32>} : (!nir.signal<1>) -> !nir.signal<511>
  %h = nir.cuba_lif "h"(%w_h) {tau_syn = dense<5.0e-3> : tensor<511xf64>, tau_mem = dense<1.0e-2> : tensor<511xf64>, r = dense<1.0> : tensor<511xf64>, v_leak = dense<0.0> : tensor<511xf64>, v_threshold = dense<1.0> : tensor<511xf64>, v_reset = dense<0.0> : tensor<511xf64>, w_in = dense<1.0> : tensor<511xf64>} : (!nir.signal<511>) -> !nir.signal<511>
  %w_ro = nir.linear "w_ro"(%h) {weight = dense<0.0> : tensor<1x511xf32>} : (!nir.signal<511>) -> !nir.signal<1>
  %ro = nir.cuba_li "ro"(%w_ro) {tau_syn = dense<5.0e-3> : tensor<1xf64>, tau_mem = dense<1.0e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>, v_leak = dense<0.0> : tensor<1xf64>, w_in = dense<1.0> : tensor<1xf64>} : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- fanin-257.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<257>
  %w = nir.linear "w"(%in) {weight = dense<0.5> : tensor<1x257xf32>} : (!nir.signal<257>) -> !nir.signal<1>
  %ro = nir.cuba_li "ro"(%w) {tau_syn = dense<5.0e-3> : tensor<1xf64>, tau_mem = dense<1.0e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>, v_leak = dense<0.0> : tensor<1xf64>, w_in = dense<1.0> : tensor<1xf64>} : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- fanin-256.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<256>
  %w = nir.linear "w"(%in) {weight = dense<0.5> : tensor<1x256xf32>} : (!nir.signal<256>) -> !nir.signal<1>
  %ro = nir.cuba_li "ro"(%w) {tau_syn = dense<5.0e-3> : tensor<1xf64>, tau_mem = dense<1.0e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>, v_leak = dense<0.0> : tensor<1xf64>, w_in = dense<1.0> : tensor<1xf64>} : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- fanin-neuron2.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<256>
  %w_q = nir.linear "w_q"(%in) {weight = dense<0.0> : tensor<1x256xf32>} : (!nir.signal<256>) -> !nir.signal<1>
  %q = nir.cuba_lif "q"(%w_q) {tau_syn = dense<5.0e-3> : tensor<1xf64>, tau_mem = dense<1.0e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>, v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>, w_in = dense<1.0> : tensor<1xf64>} : (!nir.signal<1>) -> !nir.signal<1>
  %w_x = nir.linear "w_x"(%in) {weight = dense<0.5> : tensor<3x256xf32>} : (!nir.signal<256>) -> !nir.signal<3>
  %w_r = nir.linear "w_r"(%q) {weight = dense<[[0.0], [0.0], [0.5]]> : tensor<3x1xf32>} : (!nir.signal<1>) -> !nir.signal<3>
  %ro = nir.cuba_li "ro"(%w_x, %w_r) {tau_syn = dense<5.0e-3> : tensor<3xf64>, tau_mem = dense<1.0e-2> : tensor<3xf64>, r = dense<1.0> : tensor<3xf64>, v_leak = dense<0.0> : tensor<3xf64>, w_in = dense<1.0> : tensor<3xf64>} : (!nir.signal<3>, !nir.signal<3>) -> !nir.signal<3>
  %y = nir.output "out"(%ro) : (!nir.signal<3>) -> !nir.signal<3>
}

//--- signed-129.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<129>
  %w = nir.linear "w"(%in) {weight = dense<0.5> : tensor<2x129xf32>} : (!nir.signal<129>) -> !nir.signal<2>
  %ro = nir.cuba_li "ro"(%w) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<[1.0, -1.0]> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- signed-128.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<128>
  %w = nir.linear "w"(%in) {weight = dense<0.5> : tensor<2x128xf32>} : (!nir.signal<128>) -> !nir.signal<2>
  %ro = nir.cuba_li "ro"(%w) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<[1.0, -1.0]> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- hemisphere-257.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<128>
  %w_a = nir.linear "w_a"(%in) {weight = dense<0.0> : tensor<256x128xf32>} : (!nir.signal<128>) -> !nir.signal<256>
  %a = nir.cuba_lif "a"(%w_a) {tau_syn = dense<5.0e-3> : tensor<256xf64>, tau_mem = dense<1.0e-2> : tensor<256xf64>, r = dense<1.0> : tensor<256xf64>, v_leak = dense<0.0> : tensor<256xf64>, v_threshold = dense<1.0> : tensor<256xf64>, v_reset = dense<0.0> : tensor<256xf64>, w_in = dense<1.0> : tensor<256xf64>} : (!nir.signal<256>) -> !nir.signal<256>
  %w_q = nir.linear "w_q"(%in) {weight = dense<0.0> : tensor<1x128xf32>} : (!nir.signal<128>) -> !nir.signal<1>
  %q = nir.cuba_lif "q"(%w_q) {tau_syn = dense<5.0e-3> : tensor<1xf64>, tau_mem = dense<1.0e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>, v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>, w_in = dense<1.0> : tensor<1xf64>} : (!nir.signal<1>) -> !nir.signal<1>
  %w_b = nir.linear "w_b"(%in) {weight = dense<0.5> : tensor<1x128xf32>} : (!nir.signal<128>) -> !nir.signal<1>
  %b = nir.cuba_lif "b"(%w_b) {tau_syn = dense<5.0e-3> : tensor<1xf64>, tau_mem = dense<1.0e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>, v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>, w_in = dense<1.0> : tensor<1xf64>} : (!nir.signal<1>) -> !nir.signal<1>
  %w_cx = nir.linear "w_cx"(%in) {weight = dense<-0.5> : tensor<1x128xf32>} : (!nir.signal<128>) -> !nir.signal<1>
  %w_cq = nir.linear "w_cq"(%q) {weight = dense<0.5> : tensor<1x1xf32>} : (!nir.signal<1>) -> !nir.signal<1>
  %c = nir.cuba_li "c"(%w_cx, %w_cq) {tau_syn = dense<5.0e-3> : tensor<1xf64>, tau_mem = dense<1.0e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>, v_leak = dense<0.0> : tensor<1xf64>, w_in = dense<1.0> : tensor<1xf64>} : (!nir.signal<1>, !nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%c) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- hemisphere-256.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<128>
  %w_a = nir.linear "w_a"(%in) {weight = dense<0.0> : tensor<256x128xf32>} : (!nir.signal<128>) -> !nir.signal<256>
  %a = nir.cuba_lif "a"(%w_a) {tau_syn = dense<5.0e-3> : tensor<256xf64>, tau_mem = dense<1.0e-2> : tensor<256xf64>, r = dense<1.0> : tensor<256xf64>, v_leak = dense<0.0> : tensor<256xf64>, v_threshold = dense<1.0> : tensor<256xf64>, v_reset = dense<0.0> : tensor<256xf64>, w_in = dense<1.0> : tensor<256xf64>} : (!nir.signal<256>) -> !nir.signal<256>
  %w_q = nir.linear "w_q"(%in) {weight = dense<0.0> : tensor<1x128xf32>} : (!nir.signal<128>) -> !nir.signal<1>
  %q = nir.cuba_lif "q"(%w_q) {tau_syn = dense<5.0e-3> : tensor<1xf64>, tau_mem = dense<1.0e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>, v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>, w_in = dense<1.0> : tensor<1xf64>} : (!nir.signal<1>) -> !nir.signal<1>
  %w_b = nir.linear "w_b"(%in) {weight = dense<0.5> : tensor<1x128xf32>} : (!nir.signal<128>) -> !nir.signal<1>
  %b = nir.cuba_lif "b"(%w_b) {tau_syn = dense<5.0e-3> : tensor<1xf64>, tau_mem = dense<1.0e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>, v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>, w_in = dense<1.0> : tensor<1xf64>} : (!nir.signal<1>) -> !nir.signal<1>
  %w_cx = nir.linear "w_cx"(%in) {weight = dense<-0.5> : tensor<1x128xf32>} : (!nir.signal<128>) -> !nir.signal<1>
  %w_cq = nir.linear "w_cq"(%q) {weight = dense<0.004> : tensor<1x1xf32>} : (!nir.signal<1>) -> !nir.signal<1>
  %c = nir.cuba_li "c"(%w_cx, %w_cq) {tau_syn = dense<5.0e-3> : tensor<1xf64>, tau_mem = dense<1.0e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>, v_leak = dense<0.0> : tensor<1xf64>, w_in = dense<1.0> : tensor<1xf64>} : (!nir.signal<1>, !nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%c) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- saturate.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<2>
  %fc = nir.linear "fc"(%in) {weight = dense<[[0.9921875, 0.5], [0.990625, -0.9921875]]> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %ro = nir.cuba_li "ro"(%fc) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- saturate-not.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<2>
  %fc = nir.linear "fc"(%in) {weight = dense<[[0.990625, 0.5], [0.990625, -0.990625]]> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %ro = nir.cuba_li "ro"(%fc) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- saturate-w-in.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<2>
  %fc = nir.linear "fc"(%in) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %ro = nir.cuba_li "ro"(%fc) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<[1.0, 2.0]> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- saturate-w-in-not.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<2>
  %fc = nir.linear "fc"(%in) {weight = dense<0.4921875> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %ro = nir.cuba_li "ro"(%fc) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<[1.0, 2.0]> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- direct.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<2>
  %ro = nir.cuba_li "ro"(%in) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- direct-scaled.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<2>
  %ro = nir.cuba_li "ro"(%in) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<0.984375> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}
