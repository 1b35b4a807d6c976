// nirc compile --target loihi2: every limit of the Loihi 2 model
// (lib/Dialect/Chip/Targets/Loihi2.cpp) exceeded by one, with the exact
// message, and where cheap the same network at the limit, which maps. Large
// layers are dense splats. dt = 1 ms unless stated.

// RUN: rm -rf %t && split-file %s %t

//===----------------------------------------------------------------------===//
// Cores: 128 neuro-cores, one slice per core
//===----------------------------------------------------------------------===//

// Slicing driven by SynMem: a fan-in of 12642 costs 12642 x 81 = 1024002
// 1/256-units per neuron; a core has 12000 x 256 = 3072000, so
// floor(3072000 / 1024002) = 2 neurons per core (a fan-in of 12641 allows 3,
// compile-loihi2.mlir). 256 neurons take 128 cores; 257 take 129.
// RUN: nirc compile %t/cores-synmem-256.mlir --target loihi2 2>&1 | FileCheck %s --check-prefix=CORES-SYNMEM-AT
// CORES-SYNMEM-AT:      Loihi 2 (dt = 0.001 s): 128 of 128 cores used
// CORES-SYNMEM-AT-NEXT:   neurocore    128 of 128 cores, 256 of 524288 neurons
// CORES-SYNMEM-AT:        fc   dense    x -> wide   3236352   0.00%
// RUN: not nirc compile %t/cores-synmem-257.mlir --target loihi2 2>&1 | FileCheck %s --check-prefix=CORES-SYNMEM
// CORES-SYNMEM: cores-synmem-257.mlir:4:8: error: 'nir.lif' "wide": 129 cores (one per slice) exceed Loihi 2's limit of 128 neurocore cores
// CORES-SYNMEM: nirc compile: {{.*}}cores-synmem-257.mlir does not map onto Loihi 2

// The 129th core may come from another population: "wide" (128 slices)
// plus a one-neuron readout. The message names the population whose slice
// found no core, and counts every slice.
// RUN: not nirc compile %t/cores-two.mlir --target loihi2 2>&1 | FileCheck %s --check-prefix=CORES-TWO
// CORES-TWO: error: 'nir.lif' "wide": 129 cores (one per slice) exceed Loihi 2's limit of 128 neurocore cores

// Slicing driven by neurons: 4096 per core, so 128 x 4096 = 524288 neurons
// of fan-in 1 fill the chip and one more needs a 129th core.
// RUN: nirc compile %t/cores-neurons-524288.mlir --target loihi2 2>&1 | FileCheck %s --check-prefix=CORES-NEURONS-AT
// CORES-NEURONS-AT:      Loihi 2 (dt = 0.001 s): 128 of 128 cores used
// CORES-NEURONS-AT-NEXT:   neurocore    128 of 128 cores, 524288 of 524288 neurons
// RUN: not nirc compile %t/cores-neurons-524289.mlir --target loihi2 2>&1 | FileCheck %s --check-prefix=CORES-NEURONS
// CORES-NEURONS: error: 'nir.lif' "many": 129 cores (one per slice) exceed Loihi 2's limit of 128 neurocore cores

//===----------------------------------------------------------------------===//
// SynMem of one neuron: 12000 units, 81/256 unit per synapse
//===----------------------------------------------------------------------===//

// 37925 x 81 = 3071925 <= 3072000: one neuron per core. 37926 x 81 =
// 3072006 > 3072000, ceil(3072006 / 256) = 12001 units.
// RUN: nirc compile %t/fanin-37925.mlir --target loihi2 --emit-mlir %t/fanin-37925.out.mlir 2>&1 | FileCheck %s --check-prefix=FANIN-AT
// RUN: FileCheck %s --check-prefix=FANIN-AT-MLIR < %t/fanin-37925.out.mlir
// FANIN-AT: Loihi 2 (dt = 0.001 s): 2 of 128 cores used
// FANIN-AT-MLIR: chip.slice %[[P:.+]][0 : 1] on %{{.+}} at 0 : !chip.neurons<2>
// FANIN-AT-MLIR-NEXT: chip.slice %[[P]][1 : 2] on %{{.+}} at 0 : !chip.neurons<2>
// RUN: not nirc compile %t/fanin-37926.mlir --target loihi2 2>&1 | FileCheck %s --check-prefix=FANIN
// FANIN: fanin-37926.mlir:4:8: error: 'nir.lif' "deep": 12001 SynMem units for the 37926 synapses into one neuron exceed Loihi 2's limit of 12000 SynMem units per neuro-core

// The fan-in adds up over the blocks into a population: 18963 + 18963.
// RUN: not nirc compile %t/fanin-two-blocks.mlir --target loihi2 2>&1 | FileCheck %s --check-prefix=FANIN-TWO
// FANIN-TWO: error: 'nir.lif' "deep": 12001 SynMem units for the 37926 synapses into one neuron exceed Loihi 2's limit of 12000 SynMem units per neuro-core

// Zero weights are not stored: an all-zero block of 40000 inputs costs
// nothing.
// RUN: nirc compile %t/fanin-zeros.mlir --target loihi2 2>&1 | FileCheck %s --check-prefix=FANIN-ZEROS
// FANIN-ZEROS: Loihi 2 (dt = 0.001 s): 1 of 128 cores used
// FANIN-ZEROS: zeros   dense    z -> deep     0    0.00%

// A conv2d kernel is counted whole per neuron: 1517 x 5 x 5 = 37925 fits,
// 4214 x 3 x 3 = 37926 does not.
// RUN: nirc compile %t/fanin-conv-37925.mlir --target loihi2 2>&1 | FileCheck %s --check-prefix=FANIN-CONV-AT
// FANIN-CONV-AT: Loihi 2 (dt = 0.001 s): 1 of 128 cores used
// RUN: not nirc compile %t/fanin-conv-37926.mlir --target loihi2 2>&1 | FileCheck %s --check-prefix=FANIN-CONV
// FANIN-CONV: error: 'nir.if' "spk": 12001 SynMem units for the 37926 synapses into one neuron exceed Loihi 2's limit of 12000 SynMem units per neuro-core

//===----------------------------------------------------------------------===//
// One du, dv and vth per population (Lava's LIF process)
//===----------------------------------------------------------------------===//

// tau_mem 20 ms: 4096 (1 - e^(-1/20)) = 199.76 -> dv = 200; 19.9 ms: 200.74
// -> 201; 19.95 ms: 200.25 -> 200, the same register, which maps.
// RUN: not nirc compile %t/mixed-dv.mlir --target loihi2 2>&1 | FileCheck %s --check-prefix=MIXED-DV
// MIXED-DV: error: 'nir.lif' "h": neurons 0 and 1 need dv = 200 and dv = 201 (tau_mem = 0.02 s and 0.0199 s), but Lava's LIF process holds one dv per population
// RUN: nirc compile %t/same-dv.mlir --target loihi2 --emit-mlir %t/same-dv.out.mlir 2>&1 | FileCheck %s --check-prefix=MAPS
// RUN: FileCheck %s --check-prefix=SAME-DV < %t/same-dv.out.mlir
// MAPS: Loihi 2 (dt = 0.001 s): 1 of 128 cores used
// SAME-DV: dv = dense<200> : tensor<1xi64>

// tau_syn 5 ms: 4096 (1 - e^(-1/5)) = 742.48 -> du = 741; 4.995 ms: 743.15
// -> du = 742; 5.002 ms: 742.21 -> du = 741, which maps.
// RUN: not nirc compile %t/mixed-du.mlir --target loihi2 2>&1 | FileCheck %s --check-prefix=MIXED-DU
// MIXED-DU: error: 'nir.cuba_lif' "h": neurons 0 and 1 need du = 741 and du = 742 (tau_syn = 0.005 s and 0.004995 s), but Lava's LIF process holds one du per population
// RUN: nirc compile %t/same-du.mlir --target loihi2 --emit-mlir %t/same-du.out.mlir 2>&1 | FileCheck %s --check-prefix=MAPS
// RUN: FileCheck %s --check-prefix=SAME-DU < %t/same-du.out.mlir
// SAME-DU: du = dense<741> : tensor<1xi64>, dv = dense<200> : tensor<1xi64>

// v_threshold 1 and 1.001: w_scale = 1024/1.001 = 1022.98, vth = 1023 and
// 1024. 1 and 1.0004: w_scale 1023.59, both round to 1024.
// RUN: not nirc compile %t/mixed-vth.mlir --target loihi2 2>&1 | FileCheck %s --check-prefix=MIXED-VTH
// MIXED-VTH: error: 'nir.lif' "h": neurons 0 and 1 need vth = 1023 and vth = 1024 (v_threshold - v_reset = 1 and 1.001 at w_scale 1022.98), but Lava's LIF process holds one vth per population
// RUN: nirc compile %t/same-vth.mlir --target loihi2 --emit-mlir %t/same-vth.out.mlir 2>&1 | FileCheck %s --check-prefix=MAPS
// RUN: FileCheck %s --check-prefix=SAME-VTH < %t/same-vth.out.mlir
// SAME-VTH: vth = dense<1024> : tensor<1xi64>

//===----------------------------------------------------------------------===//
// Register ranges: du [0, 4095], dv [1, 4095] for a leaky neuron
//===----------------------------------------------------------------------===//

// du = round(4096 (1 - e^(-dt/tau_syn))) - 1. tau_syn 8.192 s: 0.49997 ->
// 0, du = -1; 8.19 s: 0.50009 -> 1, du = 0.
// RUN: not nirc compile %t/du-low.mlir --target loihi2 2>&1 | FileCheck %s --check-prefix=DU-LOW
// DU-LOW: error: 'nir.cuba_lif' "h": register 'du' = -1 is outside Loihi 2's range [0, 4095]: tau_syn = 8.192 s of neuron 0 is 8192 steps of dt = 0.001 s, and du = round(4096 (1 - exp(-dt/tau_syn))) - 1
// RUN: nirc compile %t/du-zero.mlir --target loihi2 --emit-mlir %t/du-zero.out.mlir 2>&1 | FileCheck %s --check-prefix=MAPS
// RUN: FileCheck %s --check-prefix=DU-ZERO < %t/du-zero.out.mlir
// DU-ZERO: du = dense<0> : tensor<1xi64>
// du cannot exceed 4095 (the rounding gives at most 4096): tau_syn 0.01 ms
// is du = 4095, the current passed straight on.
// RUN: nirc compile %t/du-max.mlir --target loihi2 --emit-mlir %t/du-max.out.mlir 2>&1 | FileCheck %s --check-prefix=MAPS
// RUN: FileCheck %s --check-prefix=DU-MAX < %t/du-max.out.mlir
// DU-MAX: du = dense<4095> : tensor<1xi64>

// dv = round(4096 (1 - e^(-dt/tau_mem))). tau_mem 8.192 s: dv = 0, which
// would also cut the input (its gain is dv/4096); 8.19 s: dv = 1.
// RUN: not nirc compile %t/dv-low.mlir --target loihi2 2>&1 | FileCheck %s --check-prefix=DV-LOW
// DV-LOW: error: 'nir.lif' "h": register 'dv' = 0 is outside Loihi 2's range [1, 4095] for a leaky neuron: tau_mem = 8.192 s of neuron 0 is 8192 steps of dt = 0.001 s, and dv = round(4096 (1 - exp(-dt/tau_mem)))
// RUN: nirc compile %t/dv-one.mlir --target loihi2 --emit-mlir %t/dv-one.out.mlir 2>&1 | FileCheck %s --check-prefix=MAPS
// RUN: FileCheck %s --check-prefix=DV-ONE < %t/dv-one.out.mlir
// DV-ONE: dv = dense<1> : tensor<1xi64>

// tau_mem 0.11 ms: 4095.54 -> dv = 4096; 0.111 ms: 4095.499 -> 4095.
// RUN: not nirc compile %t/dv-high.mlir --target loihi2 2>&1 | FileCheck %s --check-prefix=DV-HIGH
// DV-HIGH: error: 'nir.lif' "h": register 'dv' = 4096 is outside Loihi 2's range [1, 4095] for a leaky neuron: tau_mem = 0.00011 s of neuron 0 is 0.11 steps of dt = 0.001 s, and dv = round(4096 (1 - exp(-dt/tau_mem)))
// RUN: nirc compile %t/dv-max.mlir --target loihi2 --emit-mlir %t/dv-max.out.mlir 2>&1 | FileCheck %s --check-prefix=MAPS
// RUN: FileCheck %s --check-prefix=DV-MAX < %t/dv-max.out.mlir
// DV-MAX: dv = dense<4095> : tensor<1xi64>

// The same limits through --dt: tau_mem 20 ms at dt = 0.2 s (10 steps per
// step) is dv = 4096; at dt = 0.18 s, round(4095.49) = 4095.
// RUN: not nirc compile %t/dt.mlir --target loihi2 --dt 0.2 2>&1 | FileCheck %s --check-prefix=DT-HIGH
// DT-HIGH: error: 'nir.lif' "h": register 'dv' = 4096 is outside Loihi 2's range [1, 4095] for a leaky neuron: tau_mem = 0.02 s of neuron 0 is 0.1 steps of dt = 0.2 s, and dv = round(4096 (1 - exp(-dt/tau_mem)))
// DT-HIGH: nirc compile: {{.*}}dt.mlir does not map onto Loihi 2
// RUN: nirc compile %t/dt.mlir --target loihi2 --dt 0.18 2>&1 | FileCheck %s --check-prefix=DT-AT
// DT-AT: Loihi 2 (dt = 0.18 s): 1 of 128 cores used

//===----------------------------------------------------------------------===//
// Register range: vth [0, 131071]
//===----------------------------------------------------------------------===//

// A threshold below the reset: an IF (gain dt r = 0.001) with
// v_threshold - v_reset = -0.001 and a weight of 32512, whose 32.512
// effective weight sets w_scale = 32512/32.512 = 1000: vth = round(-1) = -1.
// With -0.0004, vth = round(-0.4) = 0, which maps.
// RUN: not nirc compile %t/vth-low.mlir --target loihi2 2>&1 | FileCheck %s --check-prefix=VTH-LOW
// VTH-LOW: error: 'nir.if' "h": register 'vth' = -1 is outside Loihi 2's range [0, 131071]: v_threshold - v_reset = -0.001 of neuron 0 at w_scale 1000
// RUN: nirc compile %t/vth-zero.mlir --target loihi2 --emit-mlir %t/vth-zero.out.mlir 2>&1 | FileCheck %s --check-prefix=MAPS
// RUN: FileCheck %s --check-prefix=VTH-ZERO < %t/vth-zero.out.mlir
// VTH-ZERO: vth = dense<0> : tensor<1xi64>
// vth cannot exceed 131071: w_scale never maps the largest threshold above
// 1024. Instead, weights, bias or initial membrane too large for the
// registers lower w_scale and vth loses precision, with a warning beyond
// 1 %. An IF weight of 4e6 (effective 4000) sets w_scale = 32512/4000 =
// 8.128: vth = 8, 1.57 % off; the weight is 4000 x 8.128 / 2^7 = 254 at
// weight_exp 7 (EXCITATORY), even, so stored as 127 in num_weight_bits 7.
// RUN: nirc compile %t/vth-coarse.mlir --target loihi2 --emit-mlir %t/vth-coarse.out.mlir 2>&1 | FileCheck %s --check-prefix=VTH-COARSE
// RUN: FileCheck %s --check-prefix=VTH-COARSE-MLIR < %t/vth-coarse.out.mlir
// VTH-COARSE: vth-coarse.mlir:4:8: warning: 'nir.if' "h": vth = 8 holds v_threshold - v_reset = 1 only to 1.5748%, since w_scale = 8.128 is set by the largest weight
// VTH-COARSE: Loihi 2 (dt = 0.001 s): 1 of 128 cores used
// VTH-COARSE-MLIR: vth = dense<8> : tensor<1xi64>
// VTH-COARSE-MLIR: qweight = dense<{{\[\[}}127, 0]]> : tensor<1x2xi64>, registers = {num_weight_bits = 7 : i64, {{.*}}sign_mode = "EXCITATORY", {{.*}}weight_exp = 7 : i64}
// A weight of 1e8 leaves w_scale = 0.32512 and vth = 0: the neuron would
// fire on any positive membrane, still only a warning.
// RUN: nirc compile %t/vth-lost.mlir --target loihi2 2>&1 | FileCheck %s --check-prefix=VTH-LOST
// VTH-LOST: warning: 'nir.if' "h": vth = 0 holds v_threshold - v_reset = 1 only to 100%, since w_scale = 0.32512 is set by the largest weight

//===----------------------------------------------------------------------===//
// Register ranges: bias_mant [-4096, 4095] << bias_exp [0, 7], v 24 bits
//===----------------------------------------------------------------------===//

// These are never exceeded: w_scale shrinks until they fit. An Affine bias
// of 327.68 into a LIF of dv = 200 is 327.68 x 200/4096 = 16 per step; the
// bias caps w_scale at 4095 x 2^7 / 64 / 16 = 511.875: bias_mant = 4095 at
// bias_exp = 7 exactly (and -4095 for -327.68), vth = round(511.875) = 512.
// RUN: nirc compile %t/bias-top.mlir --target loihi2 --emit-mlir %t/bias-top.out.mlir 2>&1 | FileCheck %s --check-prefix=MAPS
// RUN: FileCheck %s --check-prefix=BIAS-TOP < %t/bias-top.out.mlir
// BIAS-TOP: registers = {bias_exp = dense<7> : tensor<1xi64>, bias_mant = dense<4095> : tensor<1xi64>, {{.*}}vth = dense<512> : tensor<1xi64>, w_scale = 5.118750e+02 : f64}
// RUN: nirc compile %t/bias-bottom.mlir --target loihi2 --emit-mlir %t/bias-bottom.out.mlir 2>&1 | FileCheck %s --check-prefix=MAPS
// RUN: FileCheck %s --check-prefix=BIAS-BOTTOM < %t/bias-bottom.out.mlir
// BIAS-BOTTOM: registers = {bias_exp = dense<7> : tensor<1xi64>, bias_mant = dense<-4095> : tensor<1xi64>, {{.*}}vth = dense<512> : tensor<1xi64>, w_scale = 5.118750e+02 : f64}
// A bias 100 times larger: w_scale 5.11875, vth = 5.
// RUN: nirc compile %t/bias-big.mlir --target loihi2 2>&1 | FileCheck %s --check-prefix=BIAS-BIG
// BIAS-BIG: warning: 'nir.lif' "h": vth = 5 holds v_threshold - v_reset = 1 only to 2.3199%, since w_scale = 5.11875 is set by the bias

// v_leak = 2000 starts the membrane at 2000: w_scale = (2^23 - 1)/64/2000,
// v = 8388607 exactly.
// RUN: nirc compile %t/v-top.mlir --target loihi2 --emit-mlir %t/v-top.out.mlir 2>&1 | FileCheck %s --check-prefix=MAPS
// RUN: FileCheck %s --check-prefix=V-TOP < %t/v-top.out.mlir
// V-TOP: v = dense<8388607> : tensor<1xi64>, vth = dense<66> : tensor<1xi64>, w_scale = 65.5359921875 : f64}

//===----------------------------------------------------------------------===//
// Weights: 8-bit mantissas, weight_exp [-8, 7]
//===----------------------------------------------------------------------===//

// Saturation cannot happen (w_scale makes the largest weight fit, see
// vth-coarse); the floor can: an IF weight of 0.0019 is 0.0019 x 0.001 x
// 1024 = 0.0019456 a_in units, below half the finest EXCITATORY step 2^-8,
// so it rounds to 0; 0.002 is 0.524 steps -> 1 (90.7 % error).
// RUN: not nirc compile %t/weight-zero.mlir --target loihi2 2>&1 | FileCheck %s --check-prefix=WEIGHT-ZERO
// WEIGHT-ZERO: error: 'nir.linear' "fc": every weight rounds to 0: the largest |w| = 1.9e-06 is 0.0019456 a_in units at w_scale 1024, below Loihi 2's smallest step 2^-8 (weight_exp -8)
// RUN: nirc compile %t/weight-one.mlir --target loihi2 --emit-mlir %t/weight-one.out.mlir 2>&1 | FileCheck %s --check-prefix=WEIGHT-ONE
// RUN: FileCheck %s --check-prefix=WEIGHT-ONE-MLIR < %t/weight-one.out.mlir
// WEIGHT-ONE: fc   dense    x -> h    1    90.73%
// WEIGHT-ONE-MLIR: qweight = dense<{{\[\[}}1, 0]]> : tensor<1x2xi64>, registers = {num_weight_bits = 8 : i64, {{.*}}weight_exp = -8 : i64}
// MIXED signs halve the range, so the step is 2^-7.
// RUN: not nirc compile %t/weight-zero-mixed.mlir --target loihi2 2>&1 | FileCheck %s --check-prefix=WEIGHT-ZERO-MIXED
// WEIGHT-ZERO-MIXED: error: 'nir.linear' "fc": every weight rounds to 0: the largest |w| = 1.9e-06 is 0.0019456 a_in units at w_scale 1024, below Loihi 2's smallest step 2^-7 (weight_exp -8)

// --allow-saturation changes nothing on Loihi 2.
// RUN: nirc compile %t/vth-coarse.mlir --target loihi2 --allow-saturation --emit-mlir %t/vth-coarse-sat.out.mlir 2>&1 | FileCheck %s --check-prefix=VTH-COARSE
// RUN: diff %t/vth-coarse.out.mlir %t/vth-coarse-sat.out.mlir

//===----------------------------------------------------------------------===//
// Neuron models, readouts and synapses
//===----------------------------------------------------------------------===//

// An LI or CubaLI is a readout only: Loihi 2 sends spikes, not membranes.
// RUN: not nirc compile %t/li-feeds.mlir --target loihi2 2>&1 | FileCheck %s --check-prefix=LI-FEEDS
// LI-FEEDS: li-feeds.mlir:4:8: error: 'nir.li' "h": Loihi 2 sends spikes only, so a li population can be read out but cannot feed synapses
// LI-FEEDS: nirc compile: {{.*}}li-feeds.mlir does not map onto Loihi 2
// RUN: not nirc compile %t/cuba-li-feeds.mlir --target loihi2 2>&1 | FileCheck %s --check-prefix=CUBA-LI-FEEDS
// CUBA-LI-FEEDS: error: 'nir.cuba_li' "h": Loihi 2 sends spikes only, so a cuba_li population can be read out but cannot feed synapses
// Not read out at all:
// RUN: not nirc compile %t/li-hidden.mlir --target loihi2 2>&1 | FileCheck %s --check-prefix=LI-HIDDEN
// LI-HIDDEN: error: 'nir.li' "h": Loihi 2 has no li neurons
// A CubaLI readout maps: du from tau_syn 5 ms (741), dv from tau_mem 20 ms
// (200), vth at its maximum since it never fires.
// RUN: nirc compile %t/cuba-li-readout.mlir --target loihi2 --emit-mlir %t/cuba-li-readout.out.mlir 2>&1 | FileCheck %s --check-prefix=MAPS
// RUN: FileCheck %s --check-prefix=CUBA-LI-READOUT < %t/cuba-li-readout.out.mlir
// CUBA-LI-READOUT: chip.population "r" cuba_li [2] {{.*}}du = dense<741> : tensor<1xi64>, dv = dense<200> : tensor<1xi64>, {{.*}}vth = dense<131071> : tensor<1xi64>

// I and Threshold neurons have no Loihi 2 counterpart.
// RUN: not nirc compile %t/i.mlir --target loihi2 2>&1 | FileCheck %s --check-prefix=I-NEURON
// I-NEURON: error: 'nir.i' "integ": Loihi 2 has no i neurons
// RUN: not nirc compile %t/threshold.mlir --target loihi2 2>&1 | FileCheck %s --check-prefix=THRESHOLD
// THRESHOLD: error: 'nir.threshold' "thr": Loihi 2 has no threshold neurons

// Pooling: netx raises NotImplementedError, so pooled blocks are rejected,
// named by their weight node.
// RUN: not nirc compile %t/pool-dense.mlir --target loihi2 2>&1 | FileCheck %s --check-prefix=POOL-DENSE
// POOL-DENSE: pool-dense.mlir:7:8: error: 'nir.affine' "fc": Loihi 2 has no pooled dense synapses
// RUN: not nirc compile %t/pool-conv.mlir --target loihi2 2>&1 | FileCheck %s --check-prefix=POOL-CONV
// POOL-CONV: pool-conv.mlir:6:8: error: 'nir.conv2d' "conv": Loihi 2 has no pooled conv2d synapses

// A conv2d kernel is shared by a channel's positions, so their input gains
// (dt r for an IF) must agree: r = 2 in one position of channel 1 breaks
// it; r = 2 for all of channel 0 and 1 for channel 1 maps, with weights
// 0.25 x 0.002 x 1024 x 2^8 = 131.07 -> 131 and 65.5 -> 66.
// RUN: not nirc compile %t/conv-gain.mlir --target loihi2 2>&1 | FileCheck %s --check-prefix=CONV-GAIN
// CONV-GAIN: conv-gain.mlir:3:8: error: 'nir.conv2d' "conv": neurons 4 and 7 of output channel 1 of "spk" have different input gains (0.001 and 0.002, from r, w_in and the decays), but a conv2d kernel is shared by all positions of a channel
// RUN: nirc compile %t/conv-gain-per-channel.mlir --target loihi2 --emit-mlir %t/conv-gain-per-channel.out.mlir 2>&1 | FileCheck %s --check-prefix=MAPS
// RUN: FileCheck %s --check-prefix=CONV-GAIN-OK < %t/conv-gain-per-channel.out.mlir
// CONV-GAIN-OK: qweight = dense<{{\[\[\[\[}}131]]], {{\[\[\[}}66]]]]> : tensor<2x1x1x1xi64>

// A target name that is not Loihi 2's.
// RUN: not nirc compile %t/dt.mlir --target loihi 2>&1 | FileCheck %s --check-prefix=TARGET
// TARGET: error: unknown target 'loihi'; one of: xylo-audio2 xylo-audio3 xylo-imu speck loihi2 spinnaker2 brainscales2

//--- cores-synmem-256.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<12642>
  %w = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<256x12642xf64>} : (!nir.signal<12642>) -> !nir.signal<256>
  %h = nir.lif "wide"(%w) {tau = dense<2.0e-2> : tensor<256xf64>, r = dense<1.0> : tensor<256xf64>,
      v_leak = dense<0.0> : tensor<256xf64>, v_threshold = dense<1.0> : tensor<256xf64>, v_reset = dense<0.0> : tensor<256xf64>}
      : (!nir.signal<256>) -> !nir.signal<256>
  %y = nir.output "y"(%h) : (!nir.signal<256>) -> !nir.signal<256>
}

//--- cores-synmem-257.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<12642>
  %w = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<257x12642xf64>} : (!nir.signal<12642>) -> !nir.signal<257>
  %h = nir.lif "wide"(%w) {tau = dense<2.0e-2> : tensor<257xf64>, r = dense<1.0> : tensor<257xf64>,
      v_leak = dense<0.0> : tensor<257xf64>, v_threshold = dense<1.0> : tensor<257xf64>, v_reset = dense<0.0> : tensor<257xf64>}
      : (!nir.signal<257>) -> !nir.signal<257>
  %y = nir.output "y"(%h) : (!nir.signal<257>) -> !nir.signal<257>
}

//--- cores-two.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<12642>
  %w = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<256x12642xf64>} : (!nir.signal<12642>) -> !nir.signal<256>
  %h = nir.lif "wide"(%w) {tau = dense<2.0e-2> : tensor<256xf64>, r = dense<1.0> : tensor<256xf64>,
      v_leak = dense<0.0> : tensor<256xf64>, v_threshold = dense<1.0> : tensor<256xf64>, v_reset = dense<0.0> : tensor<256xf64>}
      : (!nir.signal<256>) -> !nir.signal<256>
  %w2 = nir.linear "fc2"(%h) {weight = dense<0.5> : tensor<1x256xf64>} : (!nir.signal<256>) -> !nir.signal<1>
  %r = nir.li "readout"(%w2) {tau = dense<2.0e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>, v_leak = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "y"(%r) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- cores-neurons-524288.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<1>
  %w = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<524288x1xf64>} : (!nir.signal<1>) -> !nir.signal<524288>
  %h = nir.lif "many"(%w) {tau = dense<2.0e-2> : tensor<524288xf64>, r = dense<1.0> : tensor<524288xf64>,
      v_leak = dense<0.0> : tensor<524288xf64>, v_threshold = dense<1.0> : tensor<524288xf64>,
      v_reset = dense<0.0> : tensor<524288xf64>} : (!nir.signal<524288>) -> !nir.signal<524288>
  %y = nir.output "y"(%h) : (!nir.signal<524288>) -> !nir.signal<524288>
}

//--- cores-neurons-524289.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<1>
  %w = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<524289x1xf64>} : (!nir.signal<1>) -> !nir.signal<524289>
  %h = nir.lif "many"(%w) {tau = dense<2.0e-2> : tensor<524289xf64>, r = dense<1.0> : tensor<524289xf64>,
      v_leak = dense<0.0> : tensor<524289xf64>, v_threshold = dense<1.0> : tensor<524289xf64>,
      v_reset = dense<0.0> : tensor<524289xf64>} : (!nir.signal<524289>) -> !nir.signal<524289>
  %y = nir.output "y"(%h) : (!nir.signal<524289>) -> !nir.signal<524289>
}

//--- fanin-37925.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<37925>
  %w = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<2x37925xf64>} : (!nir.signal<37925>) -> !nir.signal<2>
  %h = nir.lif "deep"(%w) {tau = dense<2.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "y"(%h) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- fanin-37926.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<37926>
  %w = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<2x37926xf64>} : (!nir.signal<37926>) -> !nir.signal<2>
  %h = nir.lif "deep"(%w) {tau = dense<2.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "y"(%h) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- fanin-two-blocks.mlir
nir.graph "g" {
  %a = nir.input "a" : !nir.signal<18963>
  %b = nir.input "b" : !nir.signal<18963>
  %wa = nir.linear "fa"(%a) {weight = dense<0.5> : tensor<1x18963xf64>} : (!nir.signal<18963>) -> !nir.signal<1>
  %wb = nir.linear "fb"(%b) {weight = dense<0.5> : tensor<1x18963xf64>} : (!nir.signal<18963>) -> !nir.signal<1>
  %h = nir.lif "deep"(%wa, %wb) {tau = dense<2.0e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>, !nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "y"(%h) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- fanin-zeros.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<1>
  %z = nir.input "z" : !nir.signal<40000>
  %wx = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<1x1xf64>} : (!nir.signal<1>) -> !nir.signal<1>
  %wz = nir.linear "zeros"(%z) {weight = dense<0.0> : tensor<1x40000xf64>} : (!nir.signal<40000>) -> !nir.signal<1>
  %h = nir.lif "deep"(%wx, %wz) {tau = dense<2.0e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>, !nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "y"(%h) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- fanin-conv-37925.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<1517x5x5>
  %c = nir.conv2d "conv"(%in) {weight = dense<0.25> : tensor<1x1517x5x5xf64>,
      bias = dense<0.0> : tensor<1xf64>, stride = array<i64: 1, 1>,
      padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64}
      : (!nir.signal<1517x5x5>) -> !nir.signal<1x1x1>
  %s = nir.if "spk"(%c) {r = dense<1.0> : tensor<1x1x1xf64>, v_threshold = dense<1.0> : tensor<1x1x1xf64>,
      v_reset = dense<0.0> : tensor<1x1x1xf64>} : (!nir.signal<1x1x1>) -> !nir.signal<1x1x1>
  %o = nir.output "out"(%s) : (!nir.signal<1x1x1>) -> !nir.signal<1x1x1>
}

//--- fanin-conv-37926.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<4214x3x3>
  %c = nir.conv2d "conv"(%in) {weight = dense<0.25> : tensor<1x4214x3x3xf64>,
      bias = dense<0.0> : tensor<1xf64>, stride = array<i64: 1, 1>,
      padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64}
      : (!nir.signal<4214x3x3>) -> !nir.signal<1x1x1>
  %s = nir.if "spk"(%c) {r = dense<1.0> : tensor<1x1x1xf64>, v_threshold = dense<1.0> : tensor<1x1x1xf64>,
      v_reset = dense<0.0> : tensor<1x1x1xf64>} : (!nir.signal<1x1x1>) -> !nir.signal<1x1x1>
  %o = nir.output "out"(%s) : (!nir.signal<1x1x1>) -> !nir.signal<1x1x1>
}

//--- mixed-dv.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<1>
  %w = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<2x1xf64>} : (!nir.signal<1>) -> !nir.signal<2>
  %h = nir.lif "h"(%w) {tau = dense<[2.0e-2, 1.99e-2]> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "y"(%h) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- same-dv.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<1>
  %w = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<2x1xf64>} : (!nir.signal<1>) -> !nir.signal<2>
  %h = nir.lif "h"(%w) {tau = dense<[2.0e-2, 1.995e-2]> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "y"(%h) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- dt.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<1>
  %w = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<1x1xf64>} : (!nir.signal<1>) -> !nir.signal<1>
  %h = nir.lif "h"(%w) {tau = dense<2.0e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "y"(%h) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- mixed-du.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<1>
  %w = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<2x1xf64>} : (!nir.signal<1>) -> !nir.signal<2>
  %h = nir.cuba_lif "h"(%w) {tau_syn = dense<[5.0e-3, 4.995e-3]> : tensor<2xf64>, tau_mem = dense<2.0e-2> : tensor<2xf64>,
      r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>,
      v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "y"(%h) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- same-du.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<1>
  %w = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<2x1xf64>} : (!nir.signal<1>) -> !nir.signal<2>
  %h = nir.cuba_lif "h"(%w) {tau_syn = dense<[5.0e-3, 5.002e-3]> : tensor<2xf64>, tau_mem = dense<2.0e-2> : tensor<2xf64>,
      r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>,
      v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "y"(%h) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- mixed-vth.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<1>
  %w = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<2x1xf64>} : (!nir.signal<1>) -> !nir.signal<2>
  %h = nir.lif "h"(%w) {tau = dense<2.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<[1.0, 1.001]> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "y"(%h) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- same-vth.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<1>
  %w = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<2x1xf64>} : (!nir.signal<1>) -> !nir.signal<2>
  %h = nir.lif "h"(%w) {tau = dense<2.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<[1.0, 1.0004]> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "y"(%h) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- du-low.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<1>
  %w = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<1x1xf64>} : (!nir.signal<1>) -> !nir.signal<1>
  %h = nir.cuba_lif "h"(%w) {tau_syn = dense<8.192> : tensor<1xf64>, tau_mem = dense<2.0e-2> : tensor<1xf64>,
      r = dense<1.0> : tensor<1xf64>, v_leak = dense<0.0> : tensor<1xf64>, w_in = dense<1.0> : tensor<1xf64>,
      v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "y"(%h) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- du-zero.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<1>
  %w = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<1x1xf64>} : (!nir.signal<1>) -> !nir.signal<1>
  %h = nir.cuba_lif "h"(%w) {tau_syn = dense<8.19> : tensor<1xf64>, tau_mem = dense<2.0e-2> : tensor<1xf64>,
      r = dense<1.0> : tensor<1xf64>, v_leak = dense<0.0> : tensor<1xf64>, w_in = dense<1.0> : tensor<1xf64>,
      v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "y"(%h) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- du-max.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<1>
  %w = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<1x1xf64>} : (!nir.signal<1>) -> !nir.signal<1>
  %h = nir.cuba_lif "h"(%w) {tau_syn = dense<1.0e-5> : tensor<1xf64>, tau_mem = dense<2.0e-2> : tensor<1xf64>,
      r = dense<1.0> : tensor<1xf64>, v_leak = dense<0.0> : tensor<1xf64>, w_in = dense<1.0> : tensor<1xf64>,
      v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "y"(%h) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- dv-low.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<1>
  %w = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<1x1xf64>} : (!nir.signal<1>) -> !nir.signal<1>
  %h = nir.lif "h"(%w) {tau = dense<8.192> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "y"(%h) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- dv-one.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<1>
  %w = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<1x1xf64>} : (!nir.signal<1>) -> !nir.signal<1>
  %h = nir.lif "h"(%w) {tau = dense<8.19> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "y"(%h) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- dv-high.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<1>
  %w = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<1x1xf64>} : (!nir.signal<1>) -> !nir.signal<1>
  %h = nir.lif "h"(%w) {tau = dense<1.1e-4> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "y"(%h) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- dv-max.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<1>
  %w = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<1x1xf64>} : (!nir.signal<1>) -> !nir.signal<1>
  %h = nir.lif "h"(%w) {tau = dense<1.11e-4> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "y"(%h) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- vth-low.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<2>
  %w = nir.linear "fc"(%x) {weight = dense<32512.0> : tensor<1x2xf64>} : (!nir.signal<2>) -> !nir.signal<1>
  %h = nir.if "h"(%w) {r = dense<1.0> : tensor<1xf64>, v_threshold = dense<0.0> : tensor<1xf64>, v_reset = dense<1.0e-3> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "y"(%h) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- vth-zero.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<2>
  %w = nir.linear "fc"(%x) {weight = dense<32512.0> : tensor<1x2xf64>} : (!nir.signal<2>) -> !nir.signal<1>
  %h = nir.if "h"(%w) {r = dense<1.0> : tensor<1xf64>, v_threshold = dense<0.0> : tensor<1xf64>, v_reset = dense<4.0e-4> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "y"(%h) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- vth-coarse.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<2>
  %w = nir.linear "fc"(%x) {weight = dense<[[4.0e6, 0.0]]> : tensor<1x2xf64>} : (!nir.signal<2>) -> !nir.signal<1>
  %h = nir.if "h"(%w) {r = dense<1.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "y"(%h) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- vth-lost.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<2>
  %w = nir.linear "fc"(%x) {weight = dense<[[1.0e8, 0.0]]> : tensor<1x2xf64>} : (!nir.signal<2>) -> !nir.signal<1>
  %h = nir.if "h"(%w) {r = dense<1.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "y"(%h) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- bias-top.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<1>
  %w = nir.affine "fc"(%x) {weight = dense<1.0> : tensor<1x1xf64>, bias = dense<327.68> : tensor<1xf64>} : (!nir.signal<1>) -> !nir.signal<1>
  %h = nir.lif "h"(%w) {tau = dense<2.0e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "y"(%h) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- bias-bottom.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<1>
  %w = nir.affine "fc"(%x) {weight = dense<1.0> : tensor<1x1xf64>, bias = dense<-327.68> : tensor<1xf64>} : (!nir.signal<1>) -> !nir.signal<1>
  %h = nir.lif "h"(%w) {tau = dense<2.0e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "y"(%h) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- bias-big.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<1>
  %w = nir.affine "fc"(%x) {weight = dense<1.0> : tensor<1x1xf64>, bias = dense<32768.0> : tensor<1xf64>} : (!nir.signal<1>) -> !nir.signal<1>
  %h = nir.lif "h"(%w) {tau = dense<2.0e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "y"(%h) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- v-top.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<1>
  %w = nir.linear "fc"(%x) {weight = dense<1.0> : tensor<1x1xf64>} : (!nir.signal<1>) -> !nir.signal<1>
  %h = nir.lif "h"(%w) {tau = dense<2.0e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<2000.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "y"(%h) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- weight-zero.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<2>
  %w = nir.linear "fc"(%x) {weight = dense<[[0.0019, 0.0]]> : tensor<1x2xf64>} : (!nir.signal<2>) -> !nir.signal<1>
  %h = nir.if "h"(%w) {r = dense<1.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "y"(%h) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- weight-one.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<2>
  %w = nir.linear "fc"(%x) {weight = dense<[[0.002, 0.0]]> : tensor<1x2xf64>} : (!nir.signal<2>) -> !nir.signal<1>
  %h = nir.if "h"(%w) {r = dense<1.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "y"(%h) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- weight-zero-mixed.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<2>
  %w = nir.linear "fc"(%x) {weight = dense<[[0.0019, -0.0019]]> : tensor<1x2xf64>} : (!nir.signal<2>) -> !nir.signal<1>
  %h = nir.if "h"(%w) {r = dense<1.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "y"(%h) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- li-feeds.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<2>
  %w = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<2x2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.li "h"(%w) {tau = dense<2.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %w2 = nir.linear "fc2"(%h) {weight = dense<0.5> : tensor<2x2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %o = nir.lif "o"(%w2) {tau = dense<2.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "y"(%o) : (!nir.signal<2>) -> !nir.signal<2>
  %z = nir.output "z"(%h) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- cuba-li-feeds.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<2>
  %w = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<2x2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.cuba_li "h"(%w) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<2.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %h2 = nir.cuba_li "h2"(%h) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<2.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "y"(%h, %h2) : (!nir.signal<2>, !nir.signal<2>) -> !nir.signal<2>
}

//--- li-hidden.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<2>
  %w = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<2x2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.li "h"(%w) {tau = dense<2.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %w2 = nir.linear "fc2"(%h) {weight = dense<0.5> : tensor<2x2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %o = nir.lif "o"(%w2) {tau = dense<2.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "y"(%o) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- cuba-li-readout.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<2>
  %w = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<2x2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %r = nir.cuba_li "r"(%w) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<2.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "y"(%r) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- i.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<2>
  %w = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<2x2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.i "integ"(%w) {r = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "y"(%h) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- threshold.mlir
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<2>
  %w = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<2x2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.threshold "thr"(%w) {threshold = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "y"(%h) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- pool-dense.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<2x4x4>
  %p = nir.avg_pool2d "pool"(%in) {kernel_size = array<i64: 2, 2>,
      stride = array<i64: 2, 2>, padding = array<i64: 0, 0>} : (!nir.signal<2x4x4>) -> !nir.signal<2x2x2>
  %f = nir.flatten "flat"(%p) {start_dim = 0 : i64, end_dim = -1 : i64} : (!nir.signal<2x2x2>) -> !nir.signal<8>
  // The weight node carrying the pooled input:
  %w = nir.affine "fc"(%f) {weight = dense<0.5> : tensor<3x8xf64>, bias = dense<0.0> : tensor<3xf64>} : (!nir.signal<8>) -> !nir.signal<3>
  %s = nir.lif "h"(%w) {tau = dense<2.0e-2> : tensor<3xf64>, r = dense<1.0> : tensor<3xf64>,
      v_leak = dense<0.0> : tensor<3xf64>, v_threshold = dense<1.0> : tensor<3xf64>, v_reset = dense<0.0> : tensor<3xf64>}
      : (!nir.signal<3>) -> !nir.signal<3>
  %o = nir.output "out"(%s) : (!nir.signal<3>) -> !nir.signal<3>
}

//--- pool-conv.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<2x8x8>
  %p = nir.sum_pool2d "pool"(%in) {kernel_size = array<i64: 2, 2>,
      stride = array<i64: 2, 2>, padding = array<i64: 0, 0>}
      : (!nir.signal<2x8x8>) -> !nir.signal<2x4x4>
  %c = nir.conv2d "conv"(%p) {weight = dense<0.25> : tensor<4x2x3x3xf64>,
      bias = dense<0.0> : tensor<4xf64>, stride = array<i64: 1, 1>,
      padding = array<i64: 1, 1>, dilation = array<i64: 1, 1>, groups = 1 : i64}
      : (!nir.signal<2x4x4>) -> !nir.signal<4x4x4>
  %s = nir.if "spk"(%c) {r = dense<1.0> : tensor<4x4x4xf64>,
      v_threshold = dense<1.0> : tensor<4x4x4xf64>,
      v_reset = dense<0.0> : tensor<4x4x4xf64>}
      : (!nir.signal<4x4x4>) -> !nir.signal<4x4x4>
  %o = nir.output "out"(%s) : (!nir.signal<4x4x4>) -> !nir.signal<4x4x4>
}

//--- conv-gain.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<1x2x2>
  %c = nir.conv2d "conv"(%in) {weight = dense<0.25> : tensor<2x1x1x1xf64>,
      bias = dense<0.0> : tensor<2xf64>, stride = array<i64: 1, 1>,
      padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64}
      : (!nir.signal<1x2x2>) -> !nir.signal<2x2x2>
  %s = nir.if "spk"(%c) {r = dense<[[[1.0, 1.0], [1.0, 1.0]], [[1.0, 1.0], [1.0, 2.0]]]> : tensor<2x2x2xf64>,
      v_threshold = dense<1.0> : tensor<2x2x2xf64>, v_reset = dense<0.0> : tensor<2x2x2xf64>}
      : (!nir.signal<2x2x2>) -> !nir.signal<2x2x2>
  %o = nir.output "out"(%s) : (!nir.signal<2x2x2>) -> !nir.signal<2x2x2>
}

//--- conv-gain-per-channel.mlir
nir.graph "g" {
  %in = nir.input "in" : !nir.signal<1x2x2>
  %c = nir.conv2d "conv"(%in) {weight = dense<0.25> : tensor<2x1x1x1xf64>,
      bias = dense<0.0> : tensor<2xf64>, stride = array<i64: 1, 1>,
      padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64}
      : (!nir.signal<1x2x2>) -> !nir.signal<2x2x2>
  %s = nir.if "spk"(%c) {r = dense<[[[2.0, 2.0], [2.0, 2.0]], [[1.0, 1.0], [1.0, 1.0]]]> : tensor<2x2x2xf64>,
      v_threshold = dense<1.0> : tensor<2x2x2xf64>, v_reset = dense<0.0> : tensor<2x2x2xf64>}
      : (!nir.signal<2x2x2>) -> !nir.signal<2x2x2>
  %o = nir.output "out"(%s) : (!nir.signal<2x2x2>) -> !nir.signal<2x2x2>
}
