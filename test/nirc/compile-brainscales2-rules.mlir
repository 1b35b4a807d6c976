// nirc compile --target brainscales2: hxtorch's from_nir rules
// (docs/chips.md section 5.2), which lib/Dialect/Chip/Targets/BrainScaleS2.cpp
// makes errors where hxtorch drops things silently: exactly one input and
// one output, CubaLIF neurons and CubaLI readouts, dense weights without
// bias, parameters homogeneous within a layer, r > 0.
//
// base.mlir: in [2] -> linear "fc" -> cuba_lif "h" [2] -> linear "fo" ->
// cuba_li "ro" [2] -> out; every other network changes one thing of it.

// RUN: rm -rf %t && split-file %s %t

// RUN: nirc compile %t/base.mlir --target brainscales2 2>&1 | FileCheck %s --check-prefix=BASE
// BASE: BrainScaleS-2 (dt = 0.001 s): 1 of 2 cores used
// BASE-NEXT: hemisphere   1 of 2 cores, 4 of 512 neurons

//===----------------------------------------------------------------------===//
// One input, one output
//===----------------------------------------------------------------------===//

// RUN: not nirc compile %t/two-inputs.mlir --target brainscales2 2>&1 | FileCheck %s --check-prefix=TWO-INPUTS
// TWO-INPUTS: two-inputs.mlir:1:1: error: BrainScaleS-2 takes a graph with exactly one input and one output (hxtorch's from_nir); this graph has 2 inputs and 1 output
// TWO-INPUTS: nirc compile: {{.*}}two-inputs.mlir does not map onto BrainScaleS-2
// RUN: not nirc compile %t/two-outputs.mlir --target brainscales2 2>&1 | FileCheck %s --check-prefix=TWO-OUTPUTS
// TWO-OUTPUTS: two-outputs.mlir:1:1: error: BrainScaleS-2 takes a graph with exactly one input and one output (hxtorch's from_nir); this graph has 1 input and 2 outputs
// RUN: not nirc compile %t/no-output.mlir --target brainscales2 2>&1 | FileCheck %s --check-prefix=NO-OUTPUT
// NO-OUTPUT: no-output.mlir:1:1: error: BrainScaleS-2 takes a graph with exactly one input and one output (hxtorch's from_nir); this graph has 1 input and 0 outputs

//===----------------------------------------------------------------------===//
// Neuron models: cuba_lif anywhere, cuba_li as the readout only
//===----------------------------------------------------------------------===//

// RUN: not nirc compile %t/lif.mlir --target brainscales2 2>&1 | FileCheck %s --check-prefix=LIF
// LIF: lif.mlir:4:8: error: 'nir.lif' "h": BrainScaleS-2 has no lif neurons{{$}}
// LIF: nirc compile: {{.*}}lif.mlir does not map onto BrainScaleS-2
// RUN: not nirc compile %t/if.mlir --target brainscales2 2>&1 | FileCheck %s --check-prefix=IF
// IF: if.mlir:4:8: error: 'nir.if' "h": BrainScaleS-2 has no if neurons{{$}}
// RUN: not nirc compile %t/li-readout.mlir --target brainscales2 2>&1 | FileCheck %s --check-prefix=LI-READOUT
// LI-READOUT: li-readout.mlir:6:9: error: 'nir.li' "ro": BrainScaleS-2 has no li neurons{{$}}
// RUN: not nirc compile %t/cuba-li-hidden.mlir --target brainscales2 2>&1 | FileCheck %s --check-prefix=CUBA-LI-HIDDEN
// CUBA-LI-HIDDEN: cuba-li-hidden.mlir:4:8: error: 'nir.cuba_li' "h": BrainScaleS-2 has no cuba_li neurons outside a readout layer{{$}}

// A spiking readout is a CubaLIF like any other, with reset and threshold.
// RUN: nirc compile %t/cuba-lif-readout.mlir --target brainscales2 -o %t/cuba-lif-readout.json 2>&1 | FileCheck %s --check-prefix=CUBA-LIF-READOUT
// CUBA-LIF-READOUT: hemisphere   1 of 2 cores, 4 of 512 neurons
// RUN: FileCheck %s --check-prefix=CUBA-LIF-READOUT-JSON < %t/cuba-lif-readout.json
// CUBA-LIF-READOUT-JSON:      "name": "ro",
// CUBA-LIF-READOUT-JSON-NEXT: "nir_op": "nir.cuba_lif",
// CUBA-LIF-READOUT-JSON:      "reset": [80,80],
// CUBA-LIF-READOUT-JSON:      "threshold": [150,150],
// CUBA-LIF-READOUT-JSON:      "placement": [
// CUBA-LIF-READOUT-JSON-NEXT:   {
// CUBA-LIF-READOUT-JSON-NEXT:     "core": 0,
// CUBA-LIF-READOUT-JSON-NEXT:     "offset": 2,

//===----------------------------------------------------------------------===//
// Synapses: dense only (a Flatten before the weights is fine)
//===----------------------------------------------------------------------===//

// RUN: not nirc compile %t/conv.mlir --target brainscales2 2>&1 | FileCheck %s --check-prefix=CONV
// CONV: conv.mlir:3:8: error: 'nir.conv2d' "c": BrainScaleS-2 has no conv2d synapses
// RUN: not nirc compile %t/pooled.mlir --target brainscales2 2>&1 | FileCheck %s --check-prefix=POOLED
// POOLED: pooled.mlir:5:9: error: 'nir.linear' "fc": BrainScaleS-2 has no pooled dense synapses
// RUN: nirc compile %t/flatten.mlir --target brainscales2 -o %t/flatten.json 2>&1 | FileCheck %s --check-prefix=FLATTEN
// FLATTEN: fc                   dense    in -> ro                              8        0.00%
// RUN: FileCheck %s --check-prefix=FLATTEN-JSON < %t/flatten.json
// FLATTEN-JSON:      "absorbed": [
// FLATTEN-JSON-NEXT:   "f"
// FLATTEN-JSON-NEXT: ],
// FLATTEN-JSON-NEXT: "shape": [2,4],
// FLATTEN-JSON-NEXT: "nonzero": 8,
// FLATTEN-JSON-NEXT: "weights": [16,16,16,16,16,16,16,16],

//===----------------------------------------------------------------------===//
// No bias: an Affine's bias must be zero (base.mlir and compile-brainscales2's
// fit.mlir have Linear and zero-bias Affine weights)
//===----------------------------------------------------------------------===//

// RUN: not nirc compile %t/bias.mlir --target brainscales2 2>&1 | FileCheck %s --check-prefix=BIAS
// BIAS: bias.mlir:4:8: error: 'nir.cuba_lif' "h": BrainScaleS-2 has no bias current (hxtorch's synapses have none), but the bias of 'nir.affine' "fc" into it is 0.25 for neuron 1; use a nir.Linear or a zero bias
// BIAS: nirc compile: {{.*}}bias.mlir does not map onto BrainScaleS-2
// The biases of all Affines into a population add up (0.125 + 0.125).
// RUN: not nirc compile %t/bias-recurrent.mlir --target brainscales2 2>&1 | FileCheck %s --check-prefix=BIAS-RECURRENT
// BIAS-RECURRENT: bias-recurrent.mlir:4:8: error: 'nir.cuba_lif' "h": BrainScaleS-2 has no bias current (hxtorch's synapses have none), but the bias of 'nir.affine' "w_rec", 'nir.affine' "fc" into it is 0.25 for neuron 0; use a nir.Linear or a zero bias

//===----------------------------------------------------------------------===//
// Homogeneous layers: each calibrated parameter, one neuron differing
// (w_in may differ: it is folded into the weights, see
// compile-brainscales2.mlir)
//===----------------------------------------------------------------------===//

// RUN: not nirc compile %t/tau-syn.mlir --target brainscales2 2>&1 | FileCheck %s --check-prefix=TAU-SYN
// TAU-SYN: tau-syn.mlir:4:8: error: 'nir.cuba_lif' "h": BrainScaleS-2 calibrates a layer as a whole, so its parameters must be homogeneous across neurons (hxtorch's rule); tau_syn is 0.005 for neuron 0 but 0.006 for neuron 1
// TAU-SYN: nirc compile: {{.*}}tau-syn.mlir does not map onto BrainScaleS-2
// RUN: not nirc compile %t/tau-mem.mlir --target brainscales2 2>&1 | FileCheck %s --check-prefix=TAU-MEM
// TAU-MEM: tau-mem.mlir:4:8: error: 'nir.cuba_lif' "h": BrainScaleS-2 calibrates a layer as a whole, so its parameters must be homogeneous across neurons (hxtorch's rule); tau_mem is 0.01 for neuron 0 but 0.02 for neuron 1
// RUN: not nirc compile %t/r-inhomogeneous.mlir --target brainscales2 2>&1 | FileCheck %s --check-prefix=R-INHOMOGENEOUS
// R-INHOMOGENEOUS: r-inhomogeneous.mlir:4:8: error: 'nir.cuba_lif' "h": BrainScaleS-2 calibrates a layer as a whole, so its parameters must be homogeneous across neurons (hxtorch's rule); r is 1 for neuron 0 but 2 for neuron 1
// RUN: not nirc compile %t/v-leak.mlir --target brainscales2 2>&1 | FileCheck %s --check-prefix=V-LEAK
// V-LEAK: v-leak.mlir:4:8: error: 'nir.cuba_lif' "h": BrainScaleS-2 calibrates a layer as a whole, so its parameters must be homogeneous across neurons (hxtorch's rule); v_leak is 0 for neuron 0 but 0.25 for neuron 1
// RUN: not nirc compile %t/v-threshold.mlir --target brainscales2 2>&1 | FileCheck %s --check-prefix=V-THRESHOLD
// V-THRESHOLD: v-threshold.mlir:4:8: error: 'nir.cuba_lif' "h": BrainScaleS-2 calibrates a layer as a whole, so its parameters must be homogeneous across neurons (hxtorch's rule); v_threshold is 1 for neuron 0 but 1.5 for neuron 1
// RUN: not nirc compile %t/v-reset.mlir --target brainscales2 2>&1 | FileCheck %s --check-prefix=V-RESET
// V-RESET: v-reset.mlir:4:8: error: 'nir.cuba_lif' "h": BrainScaleS-2 calibrates a layer as a whole, so its parameters must be homogeneous across neurons (hxtorch's rule); v_reset is 0 for neuron 0 but -0.25 for neuron 1
// The readout's r sets its capacitance, so it is checked too.
// RUN: not nirc compile %t/readout-r.mlir --target brainscales2 2>&1 | FileCheck %s --check-prefix=READOUT-R
// READOUT-R: readout-r.mlir:6:9: error: 'nir.cuba_li' "ro": BrainScaleS-2 calibrates a layer as a whole, so its parameters must be homogeneous across neurons (hxtorch's rule); r is 1 for neuron 0 but 0.5 for neuron 1

//===----------------------------------------------------------------------===//
// Registers: the capacitance tau_mem / r needs r > 0 (its LSB value,
// tau_mem / r / tau_mem * r * 63, is 63 for any r > 0: the capacitance
// limit itself is not reachable with finite parameters of sane size)
//===----------------------------------------------------------------------===//

// RUN: not nirc compile %t/r-zero.mlir --target brainscales2 2>&1 | FileCheck %s --check-prefix=R-ZERO
// R-ZERO: r-zero.mlir:4:8: error: 'nir.cuba_lif' "h": r = 0 cannot be set: BrainScaleS-2 holds the membrane capacitance tau_mem / r as 0..63 LSB, which needs r > 0
// R-ZERO: nirc compile: {{.*}}r-zero.mlir does not map onto BrainScaleS-2
// RUN: not nirc compile %t/r-negative.mlir --target brainscales2 2>&1 | FileCheck %s --check-prefix=R-NEGATIVE
// R-NEGATIVE: r-negative.mlir:4:8: error: 'nir.cuba_lif' "h": r = -2 cannot be set: BrainScaleS-2 holds the membrane capacitance tau_mem / r as 0..63 LSB, which needs r > 0
// RUN: not nirc compile %t/readout-r-zero.mlir --target brainscales2 2>&1 | FileCheck %s --check-prefix=READOUT-R-ZERO
// READOUT-R-ZERO: readout-r-zero.mlir:6:9: error: 'nir.cuba_li' "ro": r = 0 cannot be set: BrainScaleS-2 holds the membrane capacitance tau_mem / r as 0..63 LSB, which needs r > 0

// A time constant <= 0 never reaches the model's own check ("time constants
// are positive"): the NIR verifier rejects it when the file is read.
// RUN: not nirc compile %t/tau-zero.mlir --target brainscales2 -o %t/tau-zero.json 2>&1 | FileCheck %s --check-prefix=TAU-ZERO
// TAU-ZERO: tau-zero.mlir:4:8: error: 'nir.cuba_lif' op "h": 'tau_mem' must be positive (a time constant), got 0.000000e+00 at flat index 0
// RUN: not test -e %t/tau-zero.json

//===----------------------------------------------------------------------===//
// The networks
//===----------------------------------------------------------------------===//

//--- base.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<2>
  %fc = nir.linear "fc"(%in) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.cuba_lif "h"(%fc) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %fo = nir.linear "fo"(%h) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %ro = nir.cuba_li "ro"(%fo) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- tau-syn.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<2>
  %fc = nir.linear "fc"(%in) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.cuba_lif "h"(%fc) {tau_syn = dense<[5.0e-3, 6.0e-3]> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %fo = nir.linear "fo"(%h) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %ro = nir.cuba_li "ro"(%fo) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- tau-mem.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<2>
  %fc = nir.linear "fc"(%in) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.cuba_lif "h"(%fc) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<[1.0e-2, 2.0e-2]> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %fo = nir.linear "fo"(%h) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %ro = nir.cuba_li "ro"(%fo) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- r-inhomogeneous.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<2>
  %fc = nir.linear "fc"(%in) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.cuba_lif "h"(%fc) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<[1.0, 2.0]> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %fo = nir.linear "fo"(%h) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %ro = nir.cuba_li "ro"(%fo) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- v-leak.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<2>
  %fc = nir.linear "fc"(%in) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.cuba_lif "h"(%fc) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<[0.0, 0.25]> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %fo = nir.linear "fo"(%h) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %ro = nir.cuba_li "ro"(%fo) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- v-threshold.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<2>
  %fc = nir.linear "fc"(%in) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.cuba_lif "h"(%fc) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<[1.0, 1.5]> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %fo = nir.linear "fo"(%h) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %ro = nir.cuba_li "ro"(%fo) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- v-reset.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<2>
  %fc = nir.linear "fc"(%in) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.cuba_lif "h"(%fc) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<[0.0, -0.25]> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %fo = nir.linear "fo"(%h) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %ro = nir.cuba_li "ro"(%fo) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- readout-r.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<2>
  %fc = nir.linear "fc"(%in) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.cuba_lif "h"(%fc) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %fo = nir.linear "fo"(%h) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %ro = nir.cuba_li "ro"(%fo) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<[1.0, 0.5]> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- r-zero.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<2>
  %fc = nir.linear "fc"(%in) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.cuba_lif "h"(%fc) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<0.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %fo = nir.linear "fo"(%h) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %ro = nir.cuba_li "ro"(%fo) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- r-negative.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<2>
  %fc = nir.linear "fc"(%in) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.cuba_lif "h"(%fc) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<-2.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %fo = nir.linear "fo"(%h) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %ro = nir.cuba_li "ro"(%fo) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- readout-r-zero.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<2>
  %fc = nir.linear "fc"(%in) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.cuba_lif "h"(%fc) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %fo = nir.linear "fo"(%h) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %ro = nir.cuba_li "ro"(%fo) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<0.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- tau-zero.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<2>
  %fc = nir.linear "fc"(%in) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.cuba_lif "h"(%fc) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<0.0> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %fo = nir.linear "fo"(%h) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %ro = nir.cuba_li "ro"(%fo) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- bias.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<2>
  %fc = nir.affine "fc"(%in) {weight = dense<0.5> : tensor<2x2xf32>, bias = dense<[0.0, 0.25]> : tensor<2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.cuba_lif "h"(%fc) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %fo = nir.linear "fo"(%h) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %ro = nir.cuba_li "ro"(%fo) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- bias-recurrent.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<2>
  %fc = nir.affine "fc"(%in) {weight = dense<0.5> : tensor<2x2xf32>, bias = dense<[0.125, 0.0]> : tensor<2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.cuba_lif "h"(%fc, %rec) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>, !nir.signal<2>) -> !nir.signal<2>
  %rec = nir.affine "w_rec"(%h) {weight = dense<-0.25> : tensor<2x2xf32>, bias = dense<[0.125, 0.0]> : tensor<2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %fo = nir.linear "fo"(%h) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %ro = nir.cuba_li "ro"(%fo) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- two-inputs.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<2>
  %in2 = nir.input "in2" : !nir.signal<2>
  %fc = nir.linear "fc"(%in) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %fc2 = nir.linear "fc2"(%in2) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %ro = nir.cuba_li "ro"(%fc, %fc2) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>, !nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- two-outputs.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<2>
  %fc = nir.linear "fc"(%in) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.cuba_lif "h"(%fc) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %fo = nir.linear "fo"(%h) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %ro = nir.cuba_li "ro"(%fo) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
  %y2 = nir.output "spikes"(%h) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- no-output.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<2>
  %fc = nir.linear "fc"(%in) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.cuba_lif "h"(%fc) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
}

//--- lif.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<2>
  %fc = nir.linear "fc"(%in) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.lif "h"(%fc) {tau = dense<0.01> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %fo = nir.linear "fo"(%h) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %ro = nir.cuba_li "ro"(%fo) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- if.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<2>
  %fc = nir.linear "fc"(%in) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.if "h"(%fc) {r = dense<1.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %fo = nir.linear "fo"(%h) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %ro = nir.cuba_li "ro"(%fo) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- li-readout.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<2>
  %fc = nir.linear "fc"(%in) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.cuba_lif "h"(%fc) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %fo = nir.linear "fo"(%h) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %ro = nir.li "ro"(%fo) {tau = dense<0.01> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- cuba-li-hidden.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<2>
  %fc = nir.linear "fc"(%in) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.cuba_li "h"(%fc) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %fo = nir.linear "fo"(%h) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %ro = nir.cuba_li "ro"(%fo) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- cuba-lif-readout.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<2>
  %fc = nir.linear "fc"(%in) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.cuba_lif "h"(%fc) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %fo = nir.linear "fo"(%h) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %ro = nir.cuba_lif "ro"(%fo) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- conv.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<1x4x4>
  %c = nir.conv2d "c"(%in) {weight = dense<0.5> : tensor<2x1x3x3xf32>, bias = dense<0.0> : tensor<2xf32>, stride = array<i64: 1, 1>, padding = array<i64: 1, 1>, dilation = array<i64: 1, 1>, groups = 1 : i64} : (!nir.signal<1x4x4>) -> !nir.signal<*>
  %ro = nir.cuba_li "ro"(%c) {tau_syn = dense<5.0e-3> : tensor<2x4x4xf64>, tau_mem = dense<1.0e-2> : tensor<2x4x4xf64>, r = dense<1.0> : tensor<2x4x4xf64>, v_leak = dense<0.0> : tensor<2x4x4xf64>, w_in = dense<1.0> : tensor<2x4x4xf64>} : (!nir.signal<*>) -> !nir.signal<2x4x4>
  %y = nir.output "out"(%ro) : (!nir.signal<2x4x4>) -> !nir.signal<*>
}

//--- pooled.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<1x4x4>
  %p = nir.sum_pool2d "p"(%in) {kernel_size = array<i64: 2, 2>, stride = array<i64: 2, 2>, padding = array<i64: 0, 0>} : (!nir.signal<1x4x4>) -> !nir.signal<*>
  %f = nir.flatten "f"(%p) {start_dim = 0 : i64, end_dim = -1 : i64} : (!nir.signal<*>) -> !nir.signal<*>
  %fc = nir.linear "fc"(%f) {weight = dense<0.5> : tensor<2x4xf32>} : (!nir.signal<*>) -> !nir.signal<2>
  %ro = nir.cuba_li "ro"(%fc) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- flatten.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<1x2x2>
  %f = nir.flatten "f"(%in) {start_dim = 0 : i64, end_dim = -1 : i64} : (!nir.signal<1x2x2>) -> !nir.signal<*>
  %fc = nir.linear "fc"(%f) {weight = dense<0.25> : tensor<2x4xf32>} : (!nir.signal<*>) -> !nir.signal<2>
  %ro = nir.cuba_li "ro"(%fc) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}
