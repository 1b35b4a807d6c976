// nirc compile --target spinnaker2 at each of SpiNNaker2's limits: for each,
// a network one over it, rejected with the exact message, and (where cheap)
// one exactly at it, which maps. Large layers are dense splats.
//
// The SRAM rule (SpiNNaker2.cpp, getMaxSliceSize): a PE holds 131072 bytes;
// each neuron of a slice takes its state (16 bytes for LIF and IF, 32 for
// CubaLIF) plus one 4-byte word per incoming dense synapse (zero weights
// too; behind a k x k sum pool, k² words per pooled input; a direct
// neuron-to-neuron edge only its non-zero ones); a Conv2d kernel is stored
// once per PE, one byte per weight rounded up to 4.

// RUN: rm -rf %t && split-file %s %t

//===----------------------------------------------------------------------===//
// 152 PEs, one slice each
//===----------------------------------------------------------------------===//

// 153·256 = 39168 neurons in 256-neuron slices need 153 PEs.
// RUN: not nirc compile %t/pes-153.mlir --target spinnaker2 2>&1 | FileCheck %s --check-prefix=PES-153
// PES-153: pes-153.mlir:5:8: error: 'nir.lif' "lif1": 153 cores (one per slice) exceed SpiNNaker2's limit of 152 pe cores
// PES-153: nirc compile: {{.*}}pes-153.mlir does not map onto SpiNNaker2

// 152·256 = 38912 neurons take every PE and every neuron of the chip.
// RUN: nirc compile %t/pes-152.mlir --target spinnaker2 2>&1 | FileCheck %s --check-prefix=PES-152
// PES-152:      SpiNNaker2 (dt = 0.001 s): 152 of 152 cores used
// PES-152-NEXT:   pe           152 of 152 cores, 38912 of 38912 neurons

// Two populations of 76·256 = 19456 and 19457 neurons: 76 + 77 = 153
// slices. The matching leaves one slice without a PE and blames its
// population; which one it leaves is the matching's choice.
// RUN: not nirc compile %t/pes-two-153.mlir --target spinnaker2 2>&1 | FileCheck %s --check-prefix=PES-TWO-153
// PES-TWO-153: error: 'nir.lif' "{{first|second}}": 153 cores (one per slice) exceed SpiNNaker2's limit of 152 pe cores
// RUN: sed -e 's/19457/19456/g' %t/pes-two-153.mlir > %t/pes-two-152.mlir
// RUN: nirc compile %t/pes-two-152.mlir --target spinnaker2 2>&1 | FileCheck %s --check-prefix=PES-TWO-152
// PES-TWO-152:      SpiNNaker2 (dt = 0.001 s): 152 of 152 cores used
// PES-TWO-152-NEXT:   pe           152 of 152 cores, 38912 of 38912 neurons

// Fewer neurons with a large fan-in: a 181x181 image summed by one 181x181
// pool into one value, then 153 neurons. Each neuron stores 1·181² = 32761
// words: 16 + 4·32761 = 131060 bytes, so one neuron per PE: 153 PEs for
// 153 neurons; 152 fit.
// RUN: not nirc compile %t/pool-153.mlir --target spinnaker2 2>&1 | FileCheck %s --check-prefix=POOL-153
// POOL-153: error: 'nir.lif' "lif1": 153 cores (one per slice) exceed SpiNNaker2's limit of 152 pe cores
// RUN: sed -e 's/153/152/g' %t/pool-153.mlir > %t/pool-152.mlir
// RUN: nirc compile %t/pool-152.mlir --target spinnaker2 --emit-mlir %t/pool-152.chip.mlir 2>&1 | FileCheck %s --check-prefix=POOL-152
// POOL-152:      SpiNNaker2 (dt = 0.001 s): 152 of 152 cores used
// POOL-152-NEXT:   pe           152 of 152 cores, 152 of 38912 neurons
// POOL-152:        fc                   dense    img -> lif1                         152        0.00%
// RUN: FileCheck %s --check-prefix=POOL-152-CHIP < %t/pool-152.chip.mlir
// POOL-152-CHIP: chip.synapses "fc" dense {{.*}}absorbed = ["flat", "pool"]{{.*}}pool = array<i64: 181>
// POOL-152-CHIP: chip.slice %{{.+}}[0 : 1] on
// POOL-152-CHIP: chip.slice %{{.+}}[151 : 152] on

//===----------------------------------------------------------------------===//
// 131072 bytes of SRAM per PE, for one neuron
//===----------------------------------------------------------------------===//

// LIF: 16 + 4·32765 = 131076 bytes > 131072.
// RUN: not nirc compile %t/sram-lif-32765.mlir --target spinnaker2 2>&1 | FileCheck %s --check-prefix=SRAM-LIF
// SRAM-LIF: sram-lif-32765.mlir:5:8: error: 'nir.lif' "lif1": 131076 bytes of synapses and state for one neuron exceed SpiNNaker2's limit of 131072 bytes of SRAM per PE
// SRAM-LIF: nirc compile: {{.*}}sram-lif-32765.mlir does not map onto SpiNNaker2

// 16 + 4·32764 = 131072: exactly one neuron per PE, two PEs for two.
// RUN: sed -e 's/32765/32764/g' %t/sram-lif-32765.mlir > %t/sram-lif-32764.mlir
// RUN: nirc compile %t/sram-lif-32764.mlir --target spinnaker2 --emit-mlir %t/sram-lif-32764.chip.mlir 2>&1 | FileCheck %s --check-prefix=SRAM-LIF-AT
// SRAM-LIF-AT:      SpiNNaker2 (dt = 0.001 s): 2 of 152 cores used
// SRAM-LIF-AT-NEXT:   pe           2 of 152 cores, 2 of 38912 neurons
// RUN: FileCheck %s --check-prefix=SRAM-LIF-AT-CHIP < %t/sram-lif-32764.chip.mlir
// SRAM-LIF-AT-CHIP:      chip.slice %[[P:.+]][0 : 1] on %{{.+}} at 0 : !chip.neurons<2>
// SRAM-LIF-AT-CHIP-NEXT: chip.slice %[[P]][1 : 2] on %{{.+}} at 0 : !chip.neurons<2>

// CubaLIF keeps 32 bytes of state: 32 + 4·32761 = 131076; 32760 fit.
// RUN: not nirc compile %t/sram-cuba-32761.mlir --target spinnaker2 2>&1 | FileCheck %s --check-prefix=SRAM-CUBA
// SRAM-CUBA: error: 'nir.cuba_lif' "cuba1": 131076 bytes of synapses and state for one neuron exceed SpiNNaker2's limit of 131072 bytes of SRAM per PE
// RUN: sed -e 's/32761/32760/g' %t/sram-cuba-32761.mlir > %t/sram-cuba-32760.mlir
// RUN: nirc compile %t/sram-cuba-32760.mlir --target spinnaker2 2>&1 | FileCheck %s --check-prefix=SRAM-CUBA-AT
// SRAM-CUBA-AT: SpiNNaker2 (dt = 0.001 s): 1 of 152 cores used

// Behind a 181x181 sum pool one pooled input is 181² = 32761 words: a
// CubaLIF needs 32 + 4·32761 = 131076 bytes (a LIF's 131060 fit, as in
// pool-152.mlir above).
// RUN: not nirc compile %t/sram-pool-cuba.mlir --target spinnaker2 2>&1 | FileCheck %s --check-prefix=SRAM-POOL-CUBA
// SRAM-POOL-CUBA: error: 'nir.cuba_lif' "cuba1": 131076 bytes of synapses and state for one neuron exceed SpiNNaker2's limit of 131072 bytes of SRAM per PE

// A Conv2d kernel of 131057 int8 weights takes 131060 bytes (rounded up to
// words) + 16 of state = 131076; one of 131056 weights leaves exactly 16
// bytes for one LIF neuron.
// RUN: not nirc compile %t/sram-conv-131057.mlir --target spinnaker2 2>&1 | FileCheck %s --check-prefix=SRAM-CONV
// SRAM-CONV: error: 'nir.lif' "lif1": 131076 bytes of synapses and state for one neuron exceed SpiNNaker2's limit of 131072 bytes of SRAM per PE
// RUN: sed -e 's/131057/131056/g' %t/sram-conv-131057.mlir > %t/sram-conv-131056.mlir
// RUN: nirc compile %t/sram-conv-131056.mlir --target spinnaker2 2>&1 | FileCheck %s --check-prefix=SRAM-CONV-AT
// SRAM-CONV-AT:      SpiNNaker2 (dt = 0.001 s): 1 of 152 cores used
// SRAM-CONV-AT:        conv                 conv2d   img -> lif1                      131056        0.00%

// Every block into a population counts: 32763 input words + 2 recurrent
// ones = 32765: 131076 bytes.
// RUN: not nirc compile %t/sram-two-blocks.mlir --target spinnaker2 2>&1 | FileCheck %s --check-prefix=SRAM-TWO
// SRAM-TWO: error: 'nir.lif' "lif1": 131076 bytes of synapses and state for one neuron exceed SpiNNaker2's limit of 131072 bytes of SRAM per PE
// 32762 + 2 = 32764 words: one neuron per PE; the recurrent block then
// joins the two PEs both ways.
// RUN: sed -e 's/32763/32762/g' %t/sram-two-blocks.mlir > %t/sram-two-blocks-at.mlir
// RUN: nirc compile %t/sram-two-blocks-at.mlir --target spinnaker2 --emit-mlir %t/sram-two-blocks-at.chip.mlir 2>&1 | FileCheck %s --check-prefix=SRAM-TWO-AT
// SRAM-TWO-AT: SpiNNaker2 (dt = 0.001 s): 2 of 152 cores used
// RUN: FileCheck %s --check-prefix=SRAM-TWO-AT-CHIP < %t/sram-two-blocks-at.chip.mlir
// SRAM-TWO-AT-CHIP:      chip.slice %[[P:.+]][0 : 1] on %[[A:.+]] at 0
// SRAM-TWO-AT-CHIP-NEXT: chip.slice %[[P]][1 : 2] on %[[B:.+]] at 0
// SRAM-TWO-AT-CHIP-DAG:  chip.route %[[A]] -> %[[B]] ["rec"]
// SRAM-TWO-AT-CHIP-DAG:  chip.route %[[B]] -> %[[A]] ["rec"]

// A direct LIF -> LIF edge (one-to-one) stores its one non-zero word per
// neuron, not one per source neuron: 32763 + 1 = 32764 words fit (counting
// both source neurons would make 32765).
// RUN: nirc compile %t/sram-identity.mlir --target spinnaker2 2>&1 | FileCheck %s --check-prefix=SRAM-IDENTITY
// SRAM-IDENTITY: SpiNNaker2 (dt = 0.001 s): 3 of 152 cores used
// SRAM-IDENTITY: lif0->lif1           dense    lif0 -> lif1                          2        0.00%

//===----------------------------------------------------------------------===//
// s2_nir's design rules and neuron models
//===----------------------------------------------------------------------===//

// No lif_curr_exp model takes a Conv2DProjection.
// RUN: not nirc compile %t/conv-cuba.mlir --target spinnaker2 2>&1 | FileCheck %s --check-prefix=CONV-CUBA
// CONV-CUBA: conv-cuba.mlir:3:8: error: 'nir.conv2d' "conv1": Conv2d with CubaLIF is currently not supported on SpiNNaker2 (s2_nir); "cuba1" is a 'nir.cuba_lif' fed by this convolution
// CONV-CUBA: nirc compile: {{.*}}conv-cuba.mlir does not map onto SpiNNaker2
// The same convolution into an IF maps (lif_conv2d).
// RUN: nirc compile %t/conv-if.mlir --target spinnaker2 -o %t/conv-if.json 2>&1 | FileCheck %s --check-prefix=CONV-IF
// CONV-IF: SpiNNaker2 (dt = 0.001 s): 1 of 152 cores used
// RUN: FileCheck %s --check-prefix=CONV-IF-JSON < %t/conv-if.json
// CONV-IF-JSON: "nir_op": "nir.if",
// CONV-IF-JSON: "neuron_model": "lif_conv2d",

// s2_nir has no LI, CubaLI, I or Threshold neurons, readout or not (so the
// message names no role).
// RUN: not nirc compile %t/li-readout.mlir --target spinnaker2 2>&1 | FileCheck %s --check-prefix=LI-READOUT
// LI-READOUT: li-readout.mlir:4:9: error: 'nir.li' "readout": SpiNNaker2 has no li neurons{{$}}
// LI-READOUT: nirc compile: {{.*}}li-readout.mlir does not map onto SpiNNaker2
// RUN: not nirc compile %t/li-hidden.mlir --target spinnaker2 2>&1 | FileCheck %s --check-prefix=LI-HIDDEN
// LI-HIDDEN: error: 'nir.li' "hidden": SpiNNaker2 has no li neurons{{$}}
// RUN: not nirc compile %t/cuba-li.mlir --target spinnaker2 2>&1 | FileCheck %s --check-prefix=CUBA-LI
// CUBA-LI: error: 'nir.cuba_li' "readout": SpiNNaker2 has no cuba_li neurons{{$}}
// RUN: not nirc compile %t/integrator.mlir --target spinnaker2 2>&1 | FileCheck %s --check-prefix=INTEGRATOR
// INTEGRATOR: error: 'nir.i' "integ": SpiNNaker2 has no i neurons
// RUN: not nirc compile %t/threshold.mlir --target spinnaker2 2>&1 | FileCheck %s --check-prefix=THRESHOLD
// THRESHOLD: error: 'nir.threshold' "thr": SpiNNaker2 has no threshold neurons

//===----------------------------------------------------------------------===//
// Registers: reset, scales and single-precision floats
//===----------------------------------------------------------------------===//

// s2_nir resets to 0 (or subtracts the threshold): a non-zero v_reset,
// LIF or CubaLIF, cannot be represented. The first non-zero neuron is named.
// RUN: not nirc compile %t/v-reset-lif.mlir --target spinnaker2 2>&1 | FileCheck %s --check-prefix=V-RESET-LIF
// V-RESET-LIF: v-reset-lif.mlir:5:8: error: 'nir.lif' "lif1": v_reset = 0.25 of neuron 1 cannot be represented: SpiNNaker2 (s2_nir) resets the membrane to 0 or subtracts the threshold
// RUN: not nirc compile %t/v-reset-cuba.mlir --target spinnaker2 2>&1 | FileCheck %s --check-prefix=V-RESET-CUBA
// V-RESET-CUBA: error: 'nir.cuba_lif' "cuba1": v_reset = -0.5 of neuron 2 cannot be represented: SpiNNaker2 (s2_nir) resets the membrane to 0 or subtracts the threshold

// The membrane is scaled by 1/r (and by 1/w_in for CubaLIF).
// RUN: not nirc compile %t/r-zero.mlir --target spinnaker2 2>&1 | FileCheck %s --check-prefix=R-ZERO
// R-ZERO: error: 'nir.lif' "lif1": r = 0 of neuron 1 must be positive and finite: the membrane is scaled by 1/r
// RUN: not nirc compile %t/r-negative-if.mlir --target spinnaker2 2>&1 | FileCheck %s --check-prefix=R-NEGATIVE-IF
// R-NEGATIVE-IF: error: 'nir.if' "if1": r = -2 of neuron 0 must be positive and finite: the membrane is scaled by 1/r
// RUN: not nirc compile %t/w-in-zero.mlir --target spinnaker2 2>&1 | FileCheck %s --check-prefix=W-IN-ZERO
// W-IN-ZERO: error: 'nir.cuba_lif' "cuba1": w_in = 0 of neuron 1 must be positive and finite: the membrane is scaled by 1/w_in

// threshold = v_threshold·v_scale = 1e38·254/(1 - exp(-0.05)) =
// 5.20806e+41 > FLT_MAX = 3.40282e+38; i_offset = (1 - alpha)·v_leak·v_scale
// = 1e38·254 = 2.54e+40.
// RUN: not nirc compile %t/threshold-float.mlir --target spinnaker2 2>&1 | FileCheck %s --check-prefix=THRESHOLD-FLOAT
// THRESHOLD-FLOAT: error: 'nir.lif' "lif1": threshold = 5.20806e+41 of neuron 1 does not fit SpiNNaker2's single-precision float registers
// RUN: not nirc compile %t/i-offset-float.mlir --target spinnaker2 2>&1 | FileCheck %s --check-prefix=I-OFFSET-FLOAT
// I-OFFSET-FLOAT: error: 'nir.lif' "lif1": i_offset = 2.54e+40 of neuron 0 does not fit SpiNNaker2's single-precision float registers

//--- pes-153.mlir
nir.graph "pes" {
  %x = nir.input "in" : !nir.signal<1>
  %a = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<39168x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<39168>
  %h = nir.lif "lif1"(%a) {tau = dense<0.02> : tensor<39168xf32>, r = dense<1.0> : tensor<39168xf32>,
      v_leak = dense<0.0> : tensor<39168xf32>, v_threshold = dense<1.0> : tensor<39168xf32>,
      v_reset = dense<0.0> : tensor<39168xf32>}
      : (!nir.signal<39168>) -> !nir.signal<39168>
  %y = nir.output "out"(%h) : (!nir.signal<39168>) -> !nir.signal<39168>
}

//--- pes-152.mlir
nir.graph "pes" {
  %x = nir.input "in" : !nir.signal<1>
  %a = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<38912x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<38912>
  %h = nir.lif "lif1"(%a) {tau = dense<0.02> : tensor<38912xf32>, r = dense<1.0> : tensor<38912xf32>,
      v_leak = dense<0.0> : tensor<38912xf32>, v_threshold = dense<1.0> : tensor<38912xf32>,
      v_reset = dense<0.0> : tensor<38912xf32>}
      : (!nir.signal<38912>) -> !nir.signal<38912>
  %y = nir.output "out"(%h) : (!nir.signal<38912>) -> !nir.signal<38912>
}

//--- pes-two-153.mlir
nir.graph "pes_two" {
  %x = nir.input "in" : !nir.signal<1>
  %a = nir.linear "fa"(%x) {weight = dense<0.5> : tensor<19456x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<19456>
  %h = nir.lif "first"(%a) {tau = dense<0.02> : tensor<19456xf32>, r = dense<1.0> : tensor<19456xf32>,
      v_leak = dense<0.0> : tensor<19456xf32>, v_threshold = dense<1.0> : tensor<19456xf32>,
      v_reset = dense<0.0> : tensor<19456xf32>}
      : (!nir.signal<19456>) -> !nir.signal<19456>
  %b = nir.linear "fb"(%x) {weight = dense<0.5> : tensor<19457x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<19457>
  %g = nir.lif "second"(%b) {tau = dense<0.02> : tensor<19457xf32>, r = dense<1.0> : tensor<19457xf32>,
      v_leak = dense<0.0> : tensor<19457xf32>, v_threshold = dense<1.0> : tensor<19457xf32>,
      v_reset = dense<0.0> : tensor<19457xf32>}
      : (!nir.signal<19457>) -> !nir.signal<19457>
  %y = nir.output "out"(%h) : (!nir.signal<19456>) -> !nir.signal<19456>
  %y2 = nir.output "out2"(%g) : (!nir.signal<19457>) -> !nir.signal<19457>
}

//--- pool-153.mlir
nir.graph "pool" {
  %x = nir.input "img" : !nir.signal<1x181x181>
  %p = nir.sum_pool2d "pool"(%x) {kernel_size = array<i64: 181, 181>,
      stride = array<i64: 181, 181>, padding = array<i64: 0, 0>}
      : (!nir.signal<1x181x181>) -> !nir.signal<1x1x1>
  %f = nir.flatten "flat"(%p) {start_dim = 0 : i64, end_dim = -1 : i64}
      : (!nir.signal<1x1x1>) -> !nir.signal<1>
  %a = nir.linear "fc"(%f) {weight = dense<0.5> : tensor<153x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<153>
  %h = nir.lif "lif1"(%a) {tau = dense<0.02> : tensor<153xf32>, r = dense<1.0> : tensor<153xf32>,
      v_leak = dense<0.0> : tensor<153xf32>, v_threshold = dense<1.0> : tensor<153xf32>,
      v_reset = dense<0.0> : tensor<153xf32>}
      : (!nir.signal<153>) -> !nir.signal<153>
  %y = nir.output "out"(%h) : (!nir.signal<153>) -> !nir.signal<153>
}

//--- sram-lif-32765.mlir
nir.graph "sram_lif" {
  %x = nir.input "in" : !nir.signal<32765>
  %a = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<2x32765xf32>}
      : (!nir.signal<32765>) -> !nir.signal<2>
  %h = nir.lif "lif1"(%a) {tau = dense<0.02> : tensor<2xf32>, r = dense<1.0> : tensor<2xf32>,
      v_leak = dense<0.0> : tensor<2xf32>, v_threshold = dense<1.0> : tensor<2xf32>,
      v_reset = dense<0.0> : tensor<2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%h) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- sram-cuba-32761.mlir
nir.graph "sram_cuba" {
  %x = nir.input "in" : !nir.signal<32761>
  %a = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<1x32761xf32>}
      : (!nir.signal<32761>) -> !nir.signal<1>
  %h = nir.cuba_lif "cuba1"(%a) {tau_syn = dense<5.0e-3> : tensor<1xf64>,
      tau_mem = dense<1.0e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>, w_in = dense<1.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%h) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- sram-pool-cuba.mlir
nir.graph "sram_pool_cuba" {
  %x = nir.input "img" : !nir.signal<1x181x181>
  %p = nir.sum_pool2d "pool"(%x) {kernel_size = array<i64: 181, 181>,
      stride = array<i64: 181, 181>, padding = array<i64: 0, 0>}
      : (!nir.signal<1x181x181>) -> !nir.signal<1x1x1>
  %f = nir.flatten "flat"(%p) {start_dim = 0 : i64, end_dim = -1 : i64}
      : (!nir.signal<1x1x1>) -> !nir.signal<1>
  %a = nir.linear "fc"(%f) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %h = nir.cuba_lif "cuba1"(%a) {tau_syn = dense<5.0e-3> : tensor<1xf64>,
      tau_mem = dense<1.0e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>, w_in = dense<1.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%h) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- sram-conv-131057.mlir
nir.graph "sram_conv" {
  %x = nir.input "img" : !nir.signal<131057x1x1>
  %c = nir.conv2d "conv"(%x) {weight = dense<0.5> : tensor<1x131057x1x1xf32>,
      bias = dense<0.0> : tensor<1xf32>, stride = array<i64: 1, 1>, padding = array<i64: 0, 0>,
      dilation = array<i64: 1, 1>, groups = 1 : i64}
      : (!nir.signal<131057x1x1>) -> !nir.signal<1x1x1>
  %h = nir.lif "lif1"(%c) {tau = dense<0.02> : tensor<1x1x1xf32>, r = dense<1.0> : tensor<1x1x1xf32>,
      v_leak = dense<0.0> : tensor<1x1x1xf32>, v_threshold = dense<1.0> : tensor<1x1x1xf32>,
      v_reset = dense<0.0> : tensor<1x1x1xf32>}
      : (!nir.signal<1x1x1>) -> !nir.signal<1x1x1>
  %y = nir.output "out"(%h) : (!nir.signal<1x1x1>) -> !nir.signal<1x1x1>
}

//--- sram-two-blocks.mlir
nir.graph "sram_two" {
  %x = nir.input "in" : !nir.signal<32763>
  %a = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<2x32763xf32>}
      : (!nir.signal<32763>) -> !nir.signal<2>
  %h = nir.lif "lif1"(%a, %r) {tau = dense<0.02> : tensor<2xf32>, r = dense<1.0> : tensor<2xf32>,
      v_leak = dense<0.0> : tensor<2xf32>, v_threshold = dense<1.0> : tensor<2xf32>,
      v_reset = dense<0.0> : tensor<2xf32>}
      : (!nir.signal<2>, !nir.signal<2>) -> !nir.signal<2>
  %r = nir.linear "rec"(%h) {weight = dense<[[0.0, -0.5], [-0.5, 0.0]]> : tensor<2x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%h) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- sram-identity.mlir
nir.graph "sram_identity" {
  %x = nir.input "in" : !nir.signal<32763>
  %c = nir.input "c" : !nir.signal<1>
  %w0 = nir.linear "f0"(%c) {weight = dense<0.5> : tensor<2x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<2>
  %l0 = nir.lif "lif0"(%w0) {tau = dense<0.02> : tensor<2xf32>, r = dense<1.0> : tensor<2xf32>,
      v_leak = dense<0.0> : tensor<2xf32>, v_threshold = dense<1.0> : tensor<2xf32>,
      v_reset = dense<0.0> : tensor<2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %a = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<2x32763xf32>}
      : (!nir.signal<32763>) -> !nir.signal<2>
  %h = nir.lif "lif1"(%a, %l0) {tau = dense<0.02> : tensor<2xf32>, r = dense<1.0> : tensor<2xf32>,
      v_leak = dense<0.0> : tensor<2xf32>, v_threshold = dense<1.0> : tensor<2xf32>,
      v_reset = dense<0.0> : tensor<2xf32>}
      : (!nir.signal<2>, !nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%h) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- conv-cuba.mlir
nir.graph "conv_cuba" {
  %x = nir.input "img" : !nir.signal<1x3x3>
  %c = nir.conv2d "conv1"(%x) {weight = dense<0.5> : tensor<1x1x2x2xf32>,
      bias = dense<0.0> : tensor<1xf32>, stride = array<i64: 1, 1>, padding = array<i64: 0, 0>,
      dilation = array<i64: 1, 1>, groups = 1 : i64}
      : (!nir.signal<1x3x3>) -> !nir.signal<1x2x2>
  %h = nir.cuba_lif "cuba1"(%c) {tau_syn = dense<5.0e-3> : tensor<1x2x2xf64>,
      tau_mem = dense<1.0e-2> : tensor<1x2x2xf64>, r = dense<1.0> : tensor<1x2x2xf64>,
      v_leak = dense<0.0> : tensor<1x2x2xf64>, v_threshold = dense<1.0> : tensor<1x2x2xf64>,
      v_reset = dense<0.0> : tensor<1x2x2xf64>, w_in = dense<1.0> : tensor<1x2x2xf64>}
      : (!nir.signal<1x2x2>) -> !nir.signal<1x2x2>
  %y = nir.output "out"(%h) : (!nir.signal<1x2x2>) -> !nir.signal<1x2x2>
}

//--- conv-if.mlir
nir.graph "conv_if" {
  %x = nir.input "img" : !nir.signal<1x3x3>
  %c = nir.conv2d "conv1"(%x) {weight = dense<0.5> : tensor<1x1x2x2xf32>,
      bias = dense<0.0> : tensor<1xf32>, stride = array<i64: 1, 1>, padding = array<i64: 0, 0>,
      dilation = array<i64: 1, 1>, groups = 1 : i64}
      : (!nir.signal<1x3x3>) -> !nir.signal<1x2x2>
  %h = nir.if "if1"(%c) {r = dense<1.0> : tensor<1x2x2xf64>,
      v_threshold = dense<1.0> : tensor<1x2x2xf64>, v_reset = dense<0.0> : tensor<1x2x2xf64>}
      : (!nir.signal<1x2x2>) -> !nir.signal<1x2x2>
  %y = nir.output "out"(%h) : (!nir.signal<1x2x2>) -> !nir.signal<1x2x2>
}

//--- li-readout.mlir
nir.graph "li_readout" {
  %x = nir.input "in" : !nir.signal<2>
  %a = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %li = nir.li "readout"(%a) {tau = dense<0.02> : tensor<2xf32>, r = dense<1.0> : tensor<2xf32>,
      v_leak = dense<0.0> : tensor<2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%li) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- li-hidden.mlir
nir.graph "li_hidden" {
  %x = nir.input "in" : !nir.signal<2>
  %a = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %li = nir.li "hidden"(%a) {tau = dense<0.02> : tensor<2xf32>, r = dense<1.0> : tensor<2xf32>,
      v_leak = dense<0.0> : tensor<2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %b = nir.linear "fc2"(%li) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.lif "lif1"(%b) {tau = dense<0.02> : tensor<2xf32>, r = dense<1.0> : tensor<2xf32>,
      v_leak = dense<0.0> : tensor<2xf32>, v_threshold = dense<1.0> : tensor<2xf32>,
      v_reset = dense<0.0> : tensor<2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%h) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- cuba-li.mlir
nir.graph "cuba_li" {
  %x = nir.input "in" : !nir.signal<2>
  %a = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %li = nir.cuba_li "readout"(%a) {tau_syn = dense<5.0e-3> : tensor<2xf64>,
      tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%li) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- integrator.mlir
nir.graph "integrator" {
  %x = nir.input "in" : !nir.signal<2>
  %a = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %i = nir.i "integ"(%a) {r = dense<1.0> : tensor<2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%i) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- threshold.mlir
nir.graph "threshold" {
  %x = nir.input "in" : !nir.signal<2>
  %a = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %t = nir.threshold "thr"(%a) {threshold = dense<1.0> : tensor<2xf32>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%t) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- v-reset-lif.mlir
nir.graph "v_reset_lif" {
  %x = nir.input "in" : !nir.signal<2>
  %a = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<2x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.lif "lif1"(%a) {tau = dense<0.02> : tensor<2xf32>, r = dense<1.0> : tensor<2xf32>,
      v_leak = dense<0.0> : tensor<2xf32>, v_threshold = dense<1.0> : tensor<2xf32>,
      v_reset = dense<[0.0, 0.25]> : tensor<2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%h) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- v-reset-cuba.mlir
nir.graph "v_reset_cuba" {
  %x = nir.input "in" : !nir.signal<3>
  %a = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<3x3xf32>}
      : (!nir.signal<3>) -> !nir.signal<3>
  %h = nir.cuba_lif "cuba1"(%a) {tau_syn = dense<5.0e-3> : tensor<3xf64>,
      tau_mem = dense<1.0e-2> : tensor<3xf64>, r = dense<1.0> : tensor<3xf64>,
      v_leak = dense<0.0> : tensor<3xf64>, v_threshold = dense<1.0> : tensor<3xf64>,
      v_reset = dense<[0.0, 0.0, -0.5]> : tensor<3xf64>, w_in = dense<1.0> : tensor<3xf64>}
      : (!nir.signal<3>) -> !nir.signal<3>
  %y = nir.output "out"(%h) : (!nir.signal<3>) -> !nir.signal<3>
}

//--- r-zero.mlir
nir.graph "r_zero" {
  %x = nir.input "in" : !nir.signal<2>
  %a = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<2x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.lif "lif1"(%a) {tau = dense<0.02> : tensor<2xf32>, r = dense<[1.0, 0.0]> : tensor<2xf32>,
      v_leak = dense<0.0> : tensor<2xf32>, v_threshold = dense<1.0> : tensor<2xf32>,
      v_reset = dense<0.0> : tensor<2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%h) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- r-negative-if.mlir
nir.graph "r_negative_if" {
  %x = nir.input "in" : !nir.signal<2>
  %a = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<2x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.if "if1"(%a) {r = dense<[-2.0, 1.0]> : tensor<2xf32>,
      v_threshold = dense<1.0> : tensor<2xf32>, v_reset = dense<0.0> : tensor<2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%h) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- w-in-zero.mlir
nir.graph "w_in_zero" {
  %x = nir.input "in" : !nir.signal<2>
  %a = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<2x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.cuba_lif "cuba1"(%a) {tau_syn = dense<5.0e-3> : tensor<2xf64>,
      tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>, w_in = dense<[1.0, 0.0]> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%h) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- threshold-float.mlir
nir.graph "threshold_float" {
  %x = nir.input "in" : !nir.signal<2>
  %a = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<2x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.lif "lif1"(%a) {tau = dense<0.02> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<[1.0, 1.0e38]> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%h) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- i-offset-float.mlir
nir.graph "i_offset_float" {
  %x = nir.input "in" : !nir.signal<2>
  %a = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<2x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.lif "lif1"(%a) {tau = dense<0.02> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<1.0e38> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%h) : (!nir.signal<2>) -> !nir.signal<2>
}
