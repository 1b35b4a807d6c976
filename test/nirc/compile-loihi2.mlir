// nirc compile --target loihi2: networks that fit Loihi 2, with the
// registers, integer weights and placement worked out by hand from the rules
// in lib/Dialect/Chip/Targets/Loihi2.cpp (docs/chips.md §3). The limits are in
// compile-loihi2-limits.mlir, the NIR paper's files in
// compile-loihi2-fixtures.mlir.

// RUN: rm -rf %t && split-file %s %t

//===----------------------------------------------------------------------===//
// fit.mlir: x (2) -> fc (Affine) -> hidden (CubaLIF, 3, recurrent w_rec)
//           -> w_out -> readout (LI, 1)
//===----------------------------------------------------------------------===//
//
// dt = 1 ms.
// hidden: tau_syn = 7.49 ms: 4096 (1 - e^(-1/7.49)) = 511.93 -> 512, du = 511
//         tau_mem = 15.5 ms: 4096 (1 - e^(-1/15.5)) = 255.91 -> dv = 256
//         (the same dv = 256 for the readout's tau = 15.5 ms; an LI has no
//         current: du = 4095)
//   input gain = (dv/4096) r w_in ((du+1)/4096) = 1/16 * 1/8 = 1/128
//   v_threshold - v_reset = 0.5 - (-0.5) = 1 -> w_scale = 1024/1 = 1024
//     (the largest weight, 2/128, bias 1/16 and initial 0.5 allow far more),
//     vth = 1024
//   initial v = v_leak - v_reset = 0.5 -> 0.5 * 1024 * 64 = 32768
//   bias per step = (dv/4096)(v_leak - v_reset) + (dv/4096) r w_in b
//                 = 0.5/16 + b/16 for b = [0.5, 0, -0.25]
//                 = [1/16, 1/32, 1/64] -> x 1024 x 64 = [4096, 2048, 1024]
//     4096 > 4095: bias_mant = 2048 at bias_exp 1; the others at bias_exp 0
// fc: W x 1/128 x 1024 = 8 W a_in units = [4, -2, 7.2, 0, 0, 16], MIXED.
//   The smallest weight_exp with 16 / 2^(1 + weight_exp) <= 127 is -3
//   (step 0.25): [16, -8, 28.8 -> 29, 0, 0, 64]; 29 is odd, so all 8 bits
//   stay. Worst error 0.05 of max 16 a_in units = 0.31 %.
// w_rec: -1 x 8 = -8 a_in units, INHIBITORY ([-255, 0], step 2^weight_exp):
//   -8/2^-5 = -256 saturates, so weight_exp = -4: -128, halved 7 times to
//   -1 with num_weight_bits = 1 (-1 x 2^(8 - 1 - 4) = -8).
// w_out into the readout: gain dv/4096 = 1/16, so [1, -0.5, 0.5]/16; the
//   readout's largest membrane is sum|w| / (dv/4096) = (2/16) x 16 = 2,
//   w_scale = 65536/2 = 32768; [2048, -1024, 1024] a_in units, MIXED:
//   2048/2^(1+4) = 64 <= 127 -> weight_exp 4: [64, -32, 32], halved 5 times
//   to [2, -1, 1], num_weight_bits = 3. The readout never fires: vth = 131071.
// Every slice has a core of its own (offset 0), the lowest free one:
// hidden on core 0, readout on core 1.
//
// RUN: nirc compile %t/fit.mlir --target loihi2 -o %t/fit.json --emit-mlir %t/fit.out.mlir 2> %t/fit.log
// RUN: FileCheck %s --check-prefix=FIT-SUMMARY --match-full-lines < %t/fit.log
// RUN: FileCheck %s --check-prefix=FIT-JSON < %t/fit.json
// RUN: FileCheck %s --check-prefix=FIT-MLIR < %t/fit.out.mlir

// `-o -` writes the same JSON to stdout, the summary still to stderr.
// RUN: nirc compile %t/fit.mlir --target loihi2 -o - 2> %t/fit-stdout.log | diff %t/fit.json -
// RUN: diff %t/fit.log %t/fit-stdout.log

// FIT-SUMMARY:      Loihi 2 (dt = 0.001 s): 2 of 128 cores used
// FIT-SUMMARY-NEXT:   neurocore    2 of 128 cores, 4 of 524288 neurons
// FIT-SUMMARY-NEXT:   synapses             kind     from -> to                     non-zero  worst error
// FIT-SUMMARY-NEXT:   fc                   dense    x -> hidden                           4        0.31%
// FIT-SUMMARY-NEXT:   w_rec                dense    hidden -> hidden                      3        0.00%
// FIT-SUMMARY-NEXT:   w_out                dense    hidden -> readout                     3        0.00%
// FIT-SUMMARY-NOT: {{.}}

// FIT-JSON:      "format": "nirc-chip-description",
// FIT-JSON-NEXT: "format_version": 1,
// FIT-JSON-NEXT: "target": "loihi2",
// FIT-JSON-NEXT: "target_name": "Loihi 2",
// FIT-JSON-NEXT: "dt_s": 0.001,
// FIT-JSON-NEXT: "limits": {
// FIT-JSON-NEXT:   "cores": 128,
// FIT-JSON-NEXT:   "neurons_per_core": 4096,
// FIT-JSON-NEXT:   "syn_mem_per_core": 12000,
// FIT-JSON-NEXT:   "synapses_per_core": 37925,
// FIT-JSON-NEXT:   "neuron_groups_per_core": 8,
// FIT-JSON-NEXT:   "weight_bits": 8,
// FIT-JSON-NEXT:   "decay_bits": 12,
// FIT-JSON-NEXT:   "threshold_bits": 17,
// FIT-JSON-NEXT:   "bias_mant_bits": 13,
// FIT-JSON-NEXT:   "state_bits": 24,
// FIT-JSON-NEXT:   "weight_range": [-255,255]
// FIT-JSON-NEXT: },
// FIT-JSON-NEXT: "cores": [
// FIT-JSON-NEXT:   {
// FIT-JSON-NEXT:     "index": 0,
// FIT-JSON-NEXT:     "kind": "neurocore",
// FIT-JSON-NEXT:     "neuron_capacity": 4096
// FIT-JSON-NEXT:   },
// FIT-JSON-NEXT:   {
// FIT-JSON-NEXT:     "index": 1,
// FIT-JSON-NEXT:     "kind": "neurocore",
// FIT-JSON-NEXT:     "neuron_capacity": 4096
// FIT-JSON-NEXT:   }
// FIT-JSON-NEXT: ],
// FIT-JSON-NEXT: "inputs": [
// FIT-JSON-NEXT:   {
// FIT-JSON-NEXT:     "name": "x",
// FIT-JSON-NEXT:     "shape": [2]
// FIT-JSON-NEXT:   }
// FIT-JSON-NEXT: ],
// FIT-JSON-NEXT: "populations": [
// FIT-JSON-NEXT:   {
// FIT-JSON-NEXT:     "name": "hidden",
// FIT-JSON-NEXT:     "nir_op": "nir.cuba_lif",
// FIT-JSON-NEXT:     "model": "cuba_lif",
// FIT-JSON-NEXT:     "shape": [3],
// FIT-JSON-NEXT:     "size": 3,
// FIT-JSON-NEXT:     "nir_params": {
// FIT-JSON-NEXT:       "bias": [0.5,0,-0.25],
// FIT-JSON:          "v_reset": [-0.5,-0.5,-0.5],
// FIT-JSON-NEXT:       "v_threshold": [0.5,0.5,0.5],
// FIT-JSON-NEXT:       "w_in": [1,1,1]
// FIT-JSON-NEXT:     },
// FIT-JSON-NEXT:     "registers": {
// FIT-JSON-NEXT:       "bias_exp": [1,0,0],
// FIT-JSON-NEXT:       "bias_mant": [2048,2048,1024],
// FIT-JSON-NEXT:       "du": [511,511,511],
// FIT-JSON-NEXT:       "dv": [256,256,256],
// -ln(3840/4096) and -ln(3584/4096) steps of 1 ms:
// FIT-JSON-NEXT:       "effective_tau_mem": [0.01549462216322{{[0-9]*}},0.01549462216322{{[0-9]*}},0.01549462216322{{[0-9]*}}],
// FIT-JSON-NEXT:       "effective_tau_syn": [0.00748887568941{{[0-9]*}},0.00748887568941{{[0-9]*}},0.00748887568941{{[0-9]*}}],
// FIT-JSON-NEXT:       "v": [32768,32768,32768],
// FIT-JSON-NEXT:       "vth": [1024,1024,1024],
// FIT-JSON-NEXT:       "w_scale": 1024
// FIT-JSON-NEXT:     },
// FIT-JSON-NEXT:     "placement": [
// FIT-JSON-NEXT:       {
// FIT-JSON-NEXT:         "core": 0,
// FIT-JSON-NEXT:         "offset": 0,
// FIT-JSON-NEXT:         "neurons": [0,3]
// FIT-JSON-NEXT:       }
// FIT-JSON-NEXT:     ]
// FIT-JSON-NEXT:   },
// FIT-JSON-NEXT:   {
// FIT-JSON-NEXT:     "name": "readout",
// FIT-JSON-NEXT:     "nir_op": "nir.li",
// FIT-JSON-NEXT:     "model": "li",
// FIT-JSON:          "registers": {
// FIT-JSON-NEXT:       "bias_exp": [0],
// FIT-JSON-NEXT:       "bias_mant": [0],
// FIT-JSON-NEXT:       "du": [4095],
// FIT-JSON-NEXT:       "dv": [256],
// FIT-JSON-NEXT:       "effective_tau_mem": [0.01549462216322{{[0-9]*}}],
// FIT-JSON-NEXT:       "v": [0],
// FIT-JSON-NEXT:       "vth": [131071],
// FIT-JSON-NEXT:       "w_scale": 32768
// FIT-JSON-NEXT:     },
// FIT-JSON-NEXT:     "placement": [
// FIT-JSON-NEXT:       {
// FIT-JSON-NEXT:         "core": 1,
// FIT-JSON-NEXT:         "offset": 0,
// FIT-JSON-NEXT:         "neurons": [0,1]
// FIT-JSON-NEXT:       }
// FIT-JSON-NEXT:     ]
// FIT-JSON-NEXT:   }
// FIT-JSON-NEXT: ],
// FIT-JSON-NEXT: "synapses": [
// FIT-JSON-NEXT:   {
// FIT-JSON-NEXT:     "name": "fc",
// FIT-JSON-NEXT:     "nir_op": "nir.affine",
// FIT-JSON-NEXT:     "kind": "dense",
// FIT-JSON-NEXT:     "source": "x",
// FIT-JSON-NEXT:     "target": "hidden",
// FIT-JSON-NEXT:     "shape": [3,2],
// FIT-JSON-NEXT:     "nonzero": 4,
// FIT-JSON-NEXT:     "weights": [16,-8,29,0,0,64],
// FIT-JSON-NEXT:     "registers": {
// FIT-JSON-NEXT:       "num_weight_bits": 8,
// FIT-JSON-NEXT:       "quant_error": 0.0031249999{{[0-9]*}},
// FIT-JSON-NEXT:       "sign_mode": "MIXED",
// FIT-JSON-NEXT:       "w_scale": 1024,
// FIT-JSON-NEXT:       "weight_exp": -3
// FIT-JSON-NEXT:     }
// FIT-JSON-NEXT:   },
// FIT-JSON-NEXT:   {
// FIT-JSON-NEXT:     "name": "w_rec",
// FIT-JSON-NEXT:     "nir_op": "nir.linear",
// FIT-JSON-NEXT:     "kind": "dense",
// FIT-JSON-NEXT:     "source": "hidden",
// FIT-JSON-NEXT:     "target": "hidden",
// FIT-JSON-NEXT:     "shape": [3,3],
// FIT-JSON-NEXT:     "nonzero": 3,
// FIT-JSON-NEXT:     "weights": [0,-1,0,0,0,-1,-1,0,0],
// FIT-JSON-NEXT:     "registers": {
// FIT-JSON-NEXT:       "num_weight_bits": 1,
// FIT-JSON-NEXT:       "quant_error": 0,
// FIT-JSON-NEXT:       "sign_mode": "INHIBITORY",
// FIT-JSON-NEXT:       "w_scale": 1024,
// FIT-JSON-NEXT:       "weight_exp": -4
// FIT-JSON-NEXT:     }
// FIT-JSON-NEXT:   },
// FIT-JSON-NEXT:   {
// FIT-JSON-NEXT:     "name": "w_out",
// FIT-JSON-NEXT:     "nir_op": "nir.linear",
// FIT-JSON-NEXT:     "kind": "dense",
// FIT-JSON-NEXT:     "source": "hidden",
// FIT-JSON-NEXT:     "target": "readout",
// FIT-JSON-NEXT:     "shape": [1,3],
// FIT-JSON-NEXT:     "nonzero": 3,
// FIT-JSON-NEXT:     "weights": [2,-1,1],
// FIT-JSON-NEXT:     "registers": {
// FIT-JSON-NEXT:       "num_weight_bits": 3,
// FIT-JSON-NEXT:       "quant_error": 0,
// FIT-JSON-NEXT:       "sign_mode": "MIXED",
// FIT-JSON-NEXT:       "w_scale": 32768,
// FIT-JSON-NEXT:       "weight_exp": 4
// FIT-JSON-NEXT:     }
// FIT-JSON-NEXT:   }
// FIT-JSON-NEXT: ],
// The recurrent w_rec stays on core 0: one route only.
// FIT-JSON-NEXT: "routes": [
// FIT-JSON-NEXT:   {
// FIT-JSON-NEXT:     "source": 0,
// FIT-JSON-NEXT:     "destination": 1,
// FIT-JSON-NEXT:     "synapses": [
// FIT-JSON-NEXT:       "w_out"
// FIT-JSON-NEXT:     ]
// FIT-JSON-NEXT:   }
// FIT-JSON-NEXT: ],
// FIT-JSON-NEXT: "outputs": [
// FIT-JSON-NEXT:   {
// FIT-JSON-NEXT:     "name": "y",
// FIT-JSON-NEXT:     "source": "readout"
// FIT-JSON-NEXT:   }
// FIT-JSON-NEXT: ]

// The IR keeps the shared registers as one value per population.
// FIT-MLIR: chip.device "loihi2" attributes {dt = 1.000000e-03 : f64}
// FIT-MLIR: %[[C0:.+]] = chip.core 0 "neurocore"
// FIT-MLIR-NEXT: %[[C1:.+]] = chip.core 1 "neurocore"
// FIT-MLIR: %[[H:.+]] = chip.population "hidden" cuba_lif [3]
// FIT-MLIR-SAME: registers = {bias_exp = dense<[1, 0, 0]> : tensor<3xi64>, bias_mant = dense<[2048, 2048, 1024]> : tensor<3xi64>,
// FIT-MLIR-SAME: du = dense<511> : tensor<1xi64>, dv = dense<256> : tensor<1xi64>,
// FIT-MLIR-SAME: v = dense<32768> : tensor<1xi64>, vth = dense<1024> : tensor<1xi64>, w_scale = 1.024000e+03 : f64}
// FIT-MLIR: %[[R:.+]] = chip.population "readout" li [1]
// FIT-MLIR-SAME: du = dense<4095> : tensor<1xi64>, dv = dense<256> : tensor<1xi64>
// FIT-MLIR-SAME: vth = dense<131071> : tensor<1xi64>, w_scale = 3.276800e+04 : f64}
// FIT-MLIR: chip.synapses "fc" dense %{{.+}} -> %[[H]] {nir_op = "nir.affine", qweight = dense<{{\[\[}}16, -8], [29, 0], [0, 64]]> : tensor<3x2xi64>
// FIT-MLIR: chip.slice %[[H]][0 : 3] on %[[C0]] at 0
// FIT-MLIR-NEXT: chip.slice %[[R]][0 : 1] on %[[C1]] at 0
// FIT-MLIR-NEXT: chip.route %[[C0]] -> %[[C1]] ["w_out"]

//===----------------------------------------------------------------------===//
// conv.mlir: a convolution into IF neurons
//===----------------------------------------------------------------------===//
//
// An IF has no leak (dv = 0) and no current (du = 4095); its input gain is
// dt r = 0.001. v_threshold 1 -> w_scale 1024, vth 1024. Each weight 0.25 is
// 0.25 x 0.001 x 1024 = 0.256 a_in units, EXCITATORY: already at the
// smallest weight_exp -8 (step 2^-8) it is 65.536 -> 66 (< 255), halved once
// to 33 with num_weight_bits 7. Error |0.256 - 66/256| / 0.256 = 0.71 %.
// 4 x 6 x 6 = 144 neurons of fan-in 2 x 3 x 3 = 18 fit one core.
//
// RUN: nirc compile %t/conv.mlir --target loihi2 -o %t/conv.json 2> %t/conv.log
// RUN: FileCheck %s --check-prefix=CONV-SUMMARY < %t/conv.log
// RUN: FileCheck %s --check-prefix=CONV-JSON < %t/conv.json
// CONV-SUMMARY:      Loihi 2 (dt = 0.001 s): 1 of 128 cores used
// CONV-SUMMARY-NEXT:   neurocore    1 of 128 cores, 144 of 524288 neurons
// CONV-SUMMARY:        conv conv2d   in -> spk 72 0.71%

// CONV-JSON:      "name": "spk",
// CONV-JSON-NEXT: "nir_op": "nir.if",
// CONV-JSON-NEXT: "model": "if",
// CONV-JSON-NEXT: "shape": [4,6,6],
// CONV-JSON-NEXT: "size": 144,
// CONV-JSON:      "registers": {
// CONV-JSON-NEXT:   "bias_exp": [0{{(,0){143}\]}},
// CONV-JSON-NEXT:   "bias_mant": [0{{(,0){143}\]}},
// CONV-JSON-NEXT:   "du": [4095{{(,4095){143}\]}},
// CONV-JSON-NEXT:   "dv": [0{{(,0){143}\]}},
// CONV-JSON-NEXT:   "v": [0{{(,0){143}\]}},
// CONV-JSON-NEXT:   "vth": [1024{{(,1024){143}\]}},
// CONV-JSON-NEXT:   "w_scale": 1024
// CONV-JSON-NEXT: },
// CONV-JSON-NEXT: "placement": [
// CONV-JSON-NEXT:   {
// CONV-JSON-NEXT:     "core": 0,
// CONV-JSON-NEXT:     "offset": 0,
// CONV-JSON-NEXT:     "neurons": [0,144]
// CONV-JSON-NEXT:   }
// CONV-JSON-NEXT: ]
// CONV-JSON:      "name": "conv",
// CONV-JSON-NEXT: "nir_op": "nir.conv2d",
// CONV-JSON-NEXT: "kind": "conv2d",
// CONV-JSON-NEXT: "source": "in",
// CONV-JSON-NEXT: "target": "spk",
// CONV-JSON-NEXT: "stride": [1,1],
// CONV-JSON-NEXT: "padding": [1,1],
// CONV-JSON-NEXT: "shape": [4,2,3,3],
// CONV-JSON-NEXT: "nonzero": 72,
// CONV-JSON-NEXT: "weights": [33{{(,33){71}\]}},
// CONV-JSON-NEXT: "registers": {
// CONV-JSON-NEXT:   "num_weight_bits": 7,
// CONV-JSON-NEXT:   "quant_error": 0.00708007812{{[0-9]*}},
// CONV-JSON-NEXT:   "sign_mode": "EXCITATORY",
// CONV-JSON-NEXT:   "w_scale": 1024,
// CONV-JSON-NEXT:   "weight_exp": -8
// CONV-JSON-NEXT: }
// CONV-JSON:      "routes": [],

//===----------------------------------------------------------------------===//
// Slicing
//===----------------------------------------------------------------------===//

// By neurons: 4097 neurons of fan-in 1 need two cores of 4096; the slices
// are equal, 2049 and 2048.
// RUN: nirc compile %t/neurons4097.mlir --target loihi2 --emit-mlir %t/neurons4097.out.mlir 2> %t/neurons4097.log
// RUN: FileCheck %s --check-prefix=NEURONS < %t/neurons4097.log
// RUN: FileCheck %s --check-prefix=NEURONS-MLIR < %t/neurons4097.out.mlir
// NEURONS:      Loihi 2 (dt = 0.001 s): 2 of 128 cores used
// NEURONS-NEXT:   neurocore    2 of 128 cores, 4097 of 524288 neurons
// NEURONS-MLIR: %[[C0:.+]] = chip.core 0 "neurocore"
// NEURONS-MLIR-NEXT: %[[C1:.+]] = chip.core 1 "neurocore"
// NEURONS-MLIR: chip.slice %[[P:.+]][0 : 2049] on %[[C0]] at 0 : !chip.neurons<4097>
// NEURONS-MLIR-NEXT: chip.slice %[[P]][2049 : 4097] on %[[C1]] at 0 : !chip.neurons<4097>
// NEURONS-MLIR-NOT: chip.slice

// By SynMem: a fan-in of 12641 costs 12641 x 81/256 = 3999.7 units per
// neuron; floor(12000 x 256 / (12641 x 81)) = 3 neurons per core, so 7
// neurons take ceil(7/3) = 3 slices of ceil(7/3) = 3: [0, 3), [3, 6), [6, 7).
// (A fan-in of 12642 allows only 2: compile-loihi2-limits.mlir.)
// RUN: nirc compile %t/synmem7.mlir --target loihi2 -o %t/synmem7.json --emit-mlir %t/synmem7.out.mlir 2> %t/synmem7.log
// RUN: FileCheck %s --check-prefix=SYNMEM < %t/synmem7.log
// RUN: FileCheck %s --check-prefix=SYNMEM-MLIR < %t/synmem7.out.mlir
// RUN: FileCheck %s --check-prefix=SYNMEM-JSON < %t/synmem7.json
// SYNMEM:      Loihi 2 (dt = 0.001 s): 3 of 128 cores used
// SYNMEM-NEXT:   neurocore    3 of 128 cores, 7 of 524288 neurons
// SYNMEM:        fc dense    x -> wide 88487 0.00%
// SYNMEM-MLIR: %[[C0:.+]] = chip.core 0 "neurocore"
// SYNMEM-MLIR-NEXT: %[[C1:.+]] = chip.core 1 "neurocore"
// SYNMEM-MLIR-NEXT: %[[C2:.+]] = chip.core 2 "neurocore"
// SYNMEM-MLIR: chip.slice %[[P:.+]][0 : 3] on %[[C0]] at 0 : !chip.neurons<7>
// SYNMEM-MLIR-NEXT: chip.slice %[[P]][3 : 6] on %[[C1]] at 0 : !chip.neurons<7>
// SYNMEM-MLIR-NEXT: chip.slice %[[P]][6 : 7] on %[[C2]] at 0 : !chip.neurons<7>
// SYNMEM-MLIR-NOT: chip.route
// The JSON lists a population's slices in neuron order.
// SYNMEM-JSON:      "placement": [
// SYNMEM-JSON-NEXT:   {
// SYNMEM-JSON-NEXT:     "core": 0,
// SYNMEM-JSON-NEXT:     "offset": 0,
// SYNMEM-JSON-NEXT:     "neurons": [0,3]
// SYNMEM-JSON-NEXT:   },
// SYNMEM-JSON-NEXT:   {
// SYNMEM-JSON-NEXT:     "core": 1,
// SYNMEM-JSON-NEXT:     "offset": 0,
// SYNMEM-JSON-NEXT:     "neurons": [3,6]
// SYNMEM-JSON-NEXT:   },
// SYNMEM-JSON-NEXT:   {
// SYNMEM-JSON-NEXT:     "core": 2,
// SYNMEM-JSON-NEXT:     "offset": 0,
// SYNMEM-JSON-NEXT:     "neurons": [6,7]
// SYNMEM-JSON-NEXT:   }
// SYNMEM-JSON-NEXT: ]
// SYNMEM-JSON:      "routes": [],

//--- fit.mlir
nir.graph "fit" {
  %x = nir.input "x" : !nir.signal<2>
  %in = nir.affine "fc"(%x) {weight = dense<[[0.5, -0.25], [0.9, 0.0], [0.0, 2.0]]> : tensor<3x2xf64>,
      bias = dense<[0.5, 0.0, -0.25]> : tensor<3xf64>} : (!nir.signal<2>) -> !nir.signal<3>
  %h = nir.cuba_lif "hidden"(%in, %rec) {tau_syn = dense<7.49e-3> : tensor<3xf64>, tau_mem = dense<1.55e-2> : tensor<3xf64>,
      r = dense<1.0> : tensor<3xf64>, v_leak = dense<0.0> : tensor<3xf64>, w_in = dense<1.0> : tensor<3xf64>,
      v_threshold = dense<0.5> : tensor<3xf64>, v_reset = dense<-0.5> : tensor<3xf64>}
      : (!nir.signal<3>, !nir.signal<3>) -> !nir.signal<3>
  %rec = nir.linear "w_rec"(%h) {weight = dense<[[0.0, -1.0, 0.0], [0.0, 0.0, -1.0], [-1.0, 0.0, 0.0]]> : tensor<3x3xf64>}
      : (!nir.signal<3>) -> !nir.signal<3>
  %o = nir.linear "w_out"(%h) {weight = dense<[[1.0, -0.5, 0.5]]> : tensor<1x3xf64>} : (!nir.signal<3>) -> !nir.signal<1>
  %r = nir.li "readout"(%o) {tau = dense<1.55e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>} : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "y"(%r) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- conv.mlir
nir.graph "cnn" {
  %in = nir.input "in" : !nir.signal<2x6x6>
  %c = nir.conv2d "conv"(%in) {weight = dense<0.25> : tensor<4x2x3x3xf64>,
      bias = dense<0.0> : tensor<4xf64>, stride = array<i64: 1, 1>,
      padding = array<i64: 1, 1>, dilation = array<i64: 1, 1>, groups = 1 : i64}
      : (!nir.signal<2x6x6>) -> !nir.signal<4x6x6>
  %s = nir.if "spk"(%c) {r = dense<1.0> : tensor<4x6x6xf64>,
      v_threshold = dense<1.0> : tensor<4x6x6xf64>,
      v_reset = dense<0.0> : tensor<4x6x6xf64>}
      : (!nir.signal<4x6x6>) -> !nir.signal<4x6x6>
  %o = nir.output "out"(%s) : (!nir.signal<4x6x6>) -> !nir.signal<4x6x6>
}

//--- neurons4097.mlir
nir.graph "many" {
  %x = nir.input "x" : !nir.signal<1>
  %w = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<4097x1xf64>} : (!nir.signal<1>) -> !nir.signal<4097>
  %h = nir.lif "many"(%w) {tau = dense<2.0e-2> : tensor<4097xf64>, r = dense<1.0> : tensor<4097xf64>,
      v_leak = dense<0.0> : tensor<4097xf64>, v_threshold = dense<1.0> : tensor<4097xf64>,
      v_reset = dense<0.0> : tensor<4097xf64>} : (!nir.signal<4097>) -> !nir.signal<4097>
  %y = nir.output "y"(%h) : (!nir.signal<4097>) -> !nir.signal<4097>
}

//--- synmem7.mlir
nir.graph "wide" {
  %x = nir.input "x" : !nir.signal<12641>
  %w = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<7x12641xf64>} : (!nir.signal<12641>) -> !nir.signal<7>
  %h = nir.lif "wide"(%w) {tau = dense<2.0e-2> : tensor<7xf64>, r = dense<1.0> : tensor<7xf64>,
      v_leak = dense<0.0> : tensor<7xf64>, v_threshold = dense<1.0> : tensor<7xf64>,
      v_reset = dense<0.0> : tensor<7xf64>} : (!nir.signal<7>) -> !nir.signal<7>
  %y = nir.output "y"(%h) : (!nir.signal<7>) -> !nir.signal<7>
}
