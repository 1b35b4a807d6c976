// nirc compile --target spinnaker2: a small network that fits, with its
// placement, the registers and int8 weights of s2_nir's rules
// (docs/chips.md §4.2, computed by hand below) and the JSON target
// description; then how populations are cut into one slice per PE (256
// neurons per PE, 128 KiB of SRAM per PE with 4-byte synapse words); then
// the command's SpiNNaker2-specific paths. The limits are in
// compile-spinnaker2-limits.mlir, hand-written chip IR in
// compile-spinnaker2-verify-fit*.mlir, the real files in
// compile-spinnaker2-fixtures.mlir.

// RUN: rm -rf %t && split-file %s %t

//===----------------------------------------------------------------------===//
// fit.mlir: in [3] -> affine "fc1" (bias) -> LIF "lif1" [2] -> linear "fc2"
// -> CubaLIF "cuba1" [2] (recurrent linear "rec") -> linear "fc3" -> IF
// "if1" [2]; img [1,3,3] -> conv2d "conv1" (1x1x2x2, bias 0.125) -> LIF
// "lifc" [1,2,2]. dt = 1e-3 s. Every population fits one PE: four PEs.
//
// w_scale = 127 / max|w| over every block into the population:
//   lif1:  max |fc1| = 0.9921875 = 127/128         -> w_scale = 128
//   cuba1: max(|fc2|, |rec|) = 1.0                 -> w_scale = 127
//   if1:   max |fc3| = 1.0                         -> w_scale = 127
//   lifc:  max |conv1| = 0.9921875                 -> w_scale = 128
//
// Dense weights: round(w_scale·w), half to even:
//   fc1: 0.9921875·128 = 127; 0.01953125·128 = 2.5 -> 2 (not 3);
//        -2.5 -> -2; 0.02734375·128 = 3.5 -> 4; -0.5·128 = -64; 0 -> 0.
//        Worst error 0.5/128 over max |w| 0.9921875: 1/254 = 0.39%.
//   fc2: 0.5·127 = 63.5 -> 64 (even); -0.25·127 = -31.75 -> -32;
//        0.125·127 = 15.875 -> 16; worst |0.5 - 64/127| = 0.5/127 over
//        max |fc2| = 0.5: 1/127 = 0.0078740157 = 0.79%.
//   rec: [0, -127, -127, 0], fc3: [127, 0, 0, 127], exact.
// Conv kernels: astype(np.int8), toward zero:
//   conv1: 127; -0.02734375·128 = -3.5 -> -3 (not -4); 0.0302734375·128 =
//          3.875 -> 3 (not 4); 0.5·128 = 64. Worst error 0.875/128 over
//          0.9921875: 0.875/127 = 0.0068897637795 = 0.69%.
//
// Registers (EXPONENTIAL integrator; single-precision floats on the PE):
//   lif1: alpha_decay = exp(-1e-3/0.02) = 0.951229424500714 -> float
//         0.95122945308685303; v_scale = w_scale/((1 - alpha)·r) =
//         128/(0.048770575499286·2) = 1312.2666555562168 -> threshold
//         1·v_scale as float 1312.2666015625; i_offset = (1 - alpha)·v_leak
//         ·v_scale + bias·w_scale = 0.5·128/2 + [0.25, -0.5]·128 = [64, -32].
//   cuba1: alpha = exp(-0.1) -> 0.90483742952346802; exc_decay = inh_decay
//         = exp(-1e-3/5e-3) = exp(-0.2) -> 0.81873077154159546; v_scale =
//         127/(1 - e^-0.1)/(1 - e^-0.2) = 127/0.0951625820/0.1812692469 =
//         7362.29768505938 -> threshold 7362.2978515625; i_offset 0;
//         v_reset 0.
//   if1:  alpha 1; v_scale = w_scale/(r·dt) = 127/(0.5·1e-3) = 254000;
//         threshold = 2·254000 = 508000; i_offset 0.
//   lifc: lif_conv2d (fed by a Conv2d); alpha 0.90483742952346802;
//         v_scale = 128/(1 - e^-0.1) = 1345.0664889312063 -> threshold
//         1345.0665283203125; i_offset = bias·w_scale = 0.125·128 = 16.
//
// Routes: one per pair of PEs joined by synapses; the inputs and the
// recurrent block (same PE) need none: lif1's PE -> cuba1's PE ("fc2"),
// cuba1's PE -> if1's PE ("fc3").
//===----------------------------------------------------------------------===//

// RUN: nirc compile %t/fit.mlir --target spinnaker2 -o %t/fit.json --emit-mlir %t/fit.chip.mlir 2> %t/fit.log
// RUN: FileCheck %s --check-prefix=SUMMARY < %t/fit.log
// RUN: FileCheck %s --check-prefix=JSON < %t/fit.json
// RUN: FileCheck %s --check-prefix=CHIP < %t/fit.chip.mlir

// SUMMARY:      SpiNNaker2 (dt = 0.001 s): 4 of 152 cores used
// SUMMARY-NEXT:   pe           4 of 152 cores, 10 of 38912 neurons
// SUMMARY-NEXT:   synapses             kind     from -> to                     non-zero  worst error
// SUMMARY-NEXT:   fc1                  dense    in -> lif1                            5        0.39%
// SUMMARY-NEXT:   fc2                  dense    lif1 -> cuba1                         3        0.79%
// SUMMARY-NEXT:   rec                  dense    cuba1 -> cuba1                        2        0.00%
// SUMMARY-NEXT:   fc3                  dense    cuba1 -> if1                          2        0.00%
// SUMMARY-NEXT:   conv1                conv2d   img -> lifc                           4        0.69%
// SUMMARY-NOT: {{.}}

// JSON:      "format": "nirc-chip-description",
// JSON-NEXT: "format_version": 1,
// JSON-NEXT: "target": "spinnaker2",
// JSON-NEXT: "target_name": "SpiNNaker2",
// JSON-NEXT: "dt_s": 0.001,
// JSON-NEXT: "limits": {
// JSON-NEXT:   "pes": 152,
// JSON-NEXT:   "neurons_per_pe": 256,
// JSON-NEXT:   "neurons": 38912,
// JSON-NEXT:   "sram_per_pe_bytes": 131072,
// JSON-NEXT:   "synapse_word_bytes": 4,
// JSON-NEXT:   "weight_bits": 8,
// JSON-NEXT:   "weight_max": 127,
// JSON-NEXT:   "weight_range": [-127,127]
// JSON-NEXT: },
// Four PEs, one per population, in the order of the populations.
// JSON-NEXT: "cores": [
// JSON-NEXT:   {
// JSON-NEXT:     "index": [[LIF1:[0-9]+]],
// JSON-NEXT:     "kind": "pe",
// JSON-NEXT:     "neuron_capacity": 256
// JSON-NEXT:   },
// JSON-NEXT:   {
// JSON-NEXT:     "index": [[CUBA1:[0-9]+]],
// JSON-NEXT:     "kind": "pe",
// JSON-NEXT:     "neuron_capacity": 256
// JSON-NEXT:   },
// JSON-NEXT:   {
// JSON-NEXT:     "index": [[IF1:[0-9]+]],
// JSON-NEXT:     "kind": "pe",
// JSON-NEXT:     "neuron_capacity": 256
// JSON-NEXT:   },
// JSON-NEXT:   {
// JSON-NEXT:     "index": [[LIFC:[0-9]+]],
// JSON-NEXT:     "kind": "pe",
// JSON-NEXT:     "neuron_capacity": 256
// JSON-NEXT:   }
// JSON-NEXT: ],
// JSON-NEXT: "inputs": [
// JSON-NEXT:   {
// JSON-NEXT:     "name": "in",
// JSON-NEXT:     "shape": [3]
// JSON-NEXT:   },
// JSON-NEXT:   {
// JSON-NEXT:     "name": "img",
// JSON-NEXT:     "shape": [1,3,3]
// JSON-NEXT:   }
// JSON-NEXT: ],
// JSON-NEXT: "populations": [
// JSON-NEXT:   {
// JSON-NEXT:     "name": "lif1",
// JSON-NEXT:     "nir_op": "nir.lif",
// JSON-NEXT:     "model": "lif",
// JSON-NEXT:     "shape": [2],
// JSON-NEXT:     "size": 2,
// JSON-NEXT:     "nir_params": {
// JSON-NEXT:       "bias": [0.25,-0.5],
// JSON-NEXT:       "r": [2,2],
// JSON-NEXT:       "tau_mem": [0.02,0.02],
// JSON-NEXT:       "v_leak": [0.5,0.5],
// JSON-NEXT:       "v_reset": [0,0],
// JSON-NEXT:       "v_threshold": [1,1]
// JSON-NEXT:     },
// JSON-NEXT:     "registers": {
// JSON-NEXT:       "alpha_decay": [0.95122945308685303,0.95122945308685303],
// JSON-NEXT:       "i_offset": [64,-32],
// JSON-NEXT:       "neuron_model": "lif_no_delay",
// JSON-NEXT:       "reset": "reset_to_v_reset",
// JSON-NEXT:       "threshold": [1312.2666015625,1312.2666015625],
// JSON-NEXT:       "v_scale": [1312.26665555621{{[0-9]*}},1312.26665555621{{[0-9]*}}],
// JSON-NEXT:       "w_scale": [128,128]
// JSON-NEXT:     },
// JSON-NEXT:     "placement": [
// JSON-NEXT:       {
// JSON-NEXT:         "core": [[LIF1]],
// JSON-NEXT:         "offset": 0,
// JSON-NEXT:         "neurons": [0,2]
// JSON-NEXT:       }
// JSON-NEXT:     ]
// JSON-NEXT:   },
// JSON-NEXT:   {
// JSON-NEXT:     "name": "cuba1",
// JSON-NEXT:     "nir_op": "nir.cuba_lif",
// JSON-NEXT:     "model": "cuba_lif",
// JSON-NEXT:     "shape": [2],
// JSON-NEXT:     "size": 2,
// JSON-NEXT:     "nir_params": {
// JSON-NEXT:       "r": [1,1],
// JSON-NEXT:       "tau_mem": [0.01,0.01],
// JSON-NEXT:       "tau_syn": [0.005{{0*1?}},0.005{{0*1?}}],
// JSON-NEXT:       "v_leak": [0,0],
// JSON-NEXT:       "v_reset": [0,0],
// JSON-NEXT:       "v_threshold": [1,1],
// JSON-NEXT:       "w_in": [1,1]
// JSON-NEXT:     },
// JSON-NEXT:     "registers": {
// JSON-NEXT:       "alpha_decay": [0.90483742952346802,0.90483742952346802],
// JSON-NEXT:       "exc_decay": [0.81873077154159546,0.81873077154159546],
// JSON-NEXT:       "i_offset": [0,0],
// JSON-NEXT:       "inh_decay": [0.81873077154159546,0.81873077154159546],
// JSON-NEXT:       "neuron_model": "lif_curr_exp_no_delay",
// JSON-NEXT:       "reset": "reset_to_v_reset",
// JSON-NEXT:       "threshold": [7362.2978515625,7362.2978515625],
// JSON-NEXT:       "v_reset": [0,0],
// JSON-NEXT:       "v_scale": [7362.29768505937{{[0-9]*}},7362.29768505937{{[0-9]*}}],
// JSON-NEXT:       "w_scale": [127,127]
// JSON-NEXT:     },
// JSON-NEXT:     "placement": [
// JSON-NEXT:       {
// JSON-NEXT:         "core": [[CUBA1]],
// JSON-NEXT:         "offset": 0,
// JSON-NEXT:         "neurons": [0,2]
// JSON-NEXT:       }
// JSON-NEXT:     ]
// JSON-NEXT:   },
// JSON-NEXT:   {
// JSON-NEXT:     "name": "if1",
// JSON-NEXT:     "nir_op": "nir.if",
// JSON-NEXT:     "model": "if",
// JSON-NEXT:     "shape": [2],
// JSON-NEXT:     "size": 2,
// JSON-NEXT:     "nir_params": {
// JSON-NEXT:       "r": [0.5,0.5],
// JSON-NEXT:       "v_reset": [0,0],
// JSON-NEXT:       "v_threshold": [2,2]
// JSON-NEXT:     },
// JSON-NEXT:     "registers": {
// JSON-NEXT:       "alpha_decay": [1,1],
// JSON-NEXT:       "i_offset": [0,0],
// JSON-NEXT:       "neuron_model": "lif_no_delay",
// JSON-NEXT:       "reset": "reset_to_v_reset",
// JSON-NEXT:       "threshold": [508000,508000],
// JSON-NEXT:       "v_scale": [254000,254000],
// JSON-NEXT:       "w_scale": [127,127]
// JSON-NEXT:     },
// JSON-NEXT:     "placement": [
// JSON-NEXT:       {
// JSON-NEXT:         "core": [[IF1]],
// JSON-NEXT:         "offset": 0,
// JSON-NEXT:         "neurons": [0,2]
// JSON-NEXT:       }
// JSON-NEXT:     ]
// JSON-NEXT:   },
// JSON-NEXT:   {
// JSON-NEXT:     "name": "lifc",
// JSON-NEXT:     "nir_op": "nir.lif",
// JSON-NEXT:     "model": "lif",
// JSON-NEXT:     "shape": [1,2,2],
// JSON-NEXT:     "size": 4,
// JSON-NEXT:     "nir_params": {
// JSON-NEXT:       "bias": [0.125,0.125,0.125,0.125],
// JSON-NEXT:       "r": [1,1,1,1],
// JSON-NEXT:       "tau_mem": [0.01,0.01,0.01,0.01],
// JSON-NEXT:       "v_leak": [0,0,0,0],
// JSON-NEXT:       "v_reset": [0,0,0,0],
// JSON-NEXT:       "v_threshold": [1,1,1,1]
// JSON-NEXT:     },
// JSON-NEXT:     "registers": {
// JSON-NEXT:       "alpha_decay": [0.90483742952346802,0.90483742952346802,0.90483742952346802,0.90483742952346802],
// JSON-NEXT:       "i_offset": [16,16,16,16],
// JSON-NEXT:       "neuron_model": "lif_conv2d",
// JSON-NEXT:       "reset": "reset_to_v_reset",
// JSON-NEXT:       "threshold": [1345.0665283203125,1345.0665283203125,1345.0665283203125,1345.0665283203125],
// JSON-NEXT:       "v_scale": [1345.06648893120{{[0-9]*}},1345.06648893120{{[0-9]*}},1345.06648893120{{[0-9]*}},1345.06648893120{{[0-9]*}}],
// JSON-NEXT:       "w_scale": [128,128,128,128]
// JSON-NEXT:     },
// JSON-NEXT:     "placement": [
// JSON-NEXT:       {
// JSON-NEXT:         "core": [[LIFC]],
// JSON-NEXT:         "offset": 0,
// JSON-NEXT:         "neurons": [0,4]
// JSON-NEXT:       }
// JSON-NEXT:     ]
// JSON-NEXT:   }
// JSON-NEXT: ],
// JSON-NEXT: "synapses": [
// JSON-NEXT:   {
// JSON-NEXT:     "name": "fc1",
// JSON-NEXT:     "nir_op": "nir.affine",
// JSON-NEXT:     "kind": "dense",
// JSON-NEXT:     "source": "in",
// JSON-NEXT:     "target": "lif1",
// JSON-NEXT:     "shape": [2,3],
// JSON-NEXT:     "nonzero": 5,
// JSON-NEXT:     "weights": [127,2,-2,4,-64,0],
// JSON-NEXT:     "registers": {
// JSON-NEXT:       "projection": "Projection",
// JSON-NEXT:       "quant_error": 0.0039370078740157{{[0-9]*}},
// JSON-NEXT:       "rounding": "nearest_even",
// JSON-NEXT:       "w_scale": 128
// JSON-NEXT:     }
// JSON-NEXT:   },
// JSON-NEXT:   {
// JSON-NEXT:     "name": "fc2",
// JSON-NEXT:     "nir_op": "nir.linear",
// JSON-NEXT:     "kind": "dense",
// JSON-NEXT:     "source": "lif1",
// JSON-NEXT:     "target": "cuba1",
// JSON-NEXT:     "shape": [2,2],
// JSON-NEXT:     "nonzero": 3,
// JSON-NEXT:     "weights": [64,-32,16,0],
// JSON-NEXT:     "registers": {
// JSON-NEXT:       "projection": "Projection",
// JSON-NEXT:       "quant_error": 0.0078740157480314{{[0-9]*}},
// JSON-NEXT:       "rounding": "nearest_even",
// JSON-NEXT:       "w_scale": 127
// JSON-NEXT:     }
// JSON-NEXT:   },
// JSON-NEXT:   {
// JSON-NEXT:     "name": "rec",
// JSON-NEXT:     "nir_op": "nir.linear",
// JSON-NEXT:     "kind": "dense",
// JSON-NEXT:     "source": "cuba1",
// JSON-NEXT:     "target": "cuba1",
// JSON-NEXT:     "shape": [2,2],
// JSON-NEXT:     "nonzero": 2,
// JSON-NEXT:     "weights": [0,-127,-127,0],
// JSON-NEXT:     "registers": {
// JSON-NEXT:       "projection": "Projection",
// JSON-NEXT:       "quant_error": 0,
// JSON-NEXT:       "rounding": "nearest_even",
// JSON-NEXT:       "w_scale": 127
// JSON-NEXT:     }
// JSON-NEXT:   },
// JSON-NEXT:   {
// JSON-NEXT:     "name": "fc3",
// JSON-NEXT:     "nir_op": "nir.linear",
// JSON-NEXT:     "kind": "dense",
// JSON-NEXT:     "source": "cuba1",
// JSON-NEXT:     "target": "if1",
// JSON-NEXT:     "shape": [2,2],
// JSON-NEXT:     "nonzero": 2,
// JSON-NEXT:     "weights": [127,0,0,127],
// JSON-NEXT:     "registers": {
// JSON-NEXT:       "projection": "Projection",
// JSON-NEXT:       "quant_error": 0,
// JSON-NEXT:       "rounding": "nearest_even",
// JSON-NEXT:       "w_scale": 127
// JSON-NEXT:     }
// JSON-NEXT:   },
// JSON-NEXT:   {
// JSON-NEXT:     "name": "conv1",
// JSON-NEXT:     "nir_op": "nir.conv2d",
// JSON-NEXT:     "kind": "conv2d",
// JSON-NEXT:     "source": "img",
// JSON-NEXT:     "target": "lifc",
// JSON-NEXT:     "stride": [1,1],
// JSON-NEXT:     "padding": [0,0],
// JSON-NEXT:     "shape": [1,1,2,2],
// JSON-NEXT:     "nonzero": 4,
// JSON-NEXT:     "weights": [127,-3,3,64],
// JSON-NEXT:     "registers": {
// JSON-NEXT:       "projection": "Conv2DProjection",
// JSON-NEXT:       "quant_error": 0.0068897637795275{{[0-9]*}},
// JSON-NEXT:       "rounding": "toward_zero",
// JSON-NEXT:       "w_scale": 128
// JSON-NEXT:     }
// JSON-NEXT:   }
// JSON-NEXT: ],
// JSON-NEXT: "routes": [
// JSON-NEXT:   {
// JSON-NEXT:     "source": [[LIF1]],
// JSON-NEXT:     "destination": [[CUBA1]],
// JSON-NEXT:     "synapses": [
// JSON-NEXT:       "fc2"
// JSON-NEXT:     ]
// JSON-NEXT:   },
// JSON-NEXT:   {
// JSON-NEXT:     "source": [[CUBA1]],
// JSON-NEXT:     "destination": [[IF1]],
// JSON-NEXT:     "synapses": [
// JSON-NEXT:       "fc3"
// JSON-NEXT:     ]
// JSON-NEXT:   }
// JSON-NEXT: ],
// JSON-NEXT: "outputs": [
// JSON-NEXT:   {
// JSON-NEXT:     "name": "out",
// JSON-NEXT:     "source": "if1"
// JSON-NEXT:   },
// JSON-NEXT:   {
// JSON-NEXT:     "name": "out_c",
// JSON-NEXT:     "source": "lifc"
// JSON-NEXT:   }
// JSON-NEXT: ]
// JSON-NEXT: }

// The chip IR: four PEs, each population one slice at offset 0, the two
// routes, and the integer weights beside the float ones.
// CHIP:      chip.device "spinnaker2"
// CHIP-DAG:  %[[C_LIF1:.+]] = chip.core [[#]] "pe"
// CHIP-DAG:  %[[LIF1:.+]] = chip.population "lif1" lif [2]
// CHIP-DAG:  %[[CUBA1:.+]] = chip.population "cuba1" cuba_lif [2]
// CHIP-DAG:  chip.synapses "rec" dense %[[CUBA1]] -> %[[CUBA1]] {{.*}}qweight = dense<{{\[\[}}0, -127], [-127, 0]]> : tensor<2x2xi64>
// CHIP-DAG:  chip.synapses "conv1" conv2d {{.*}}qweight = dense<{{\[\[\[\[}}127, -3], [3, 64]]]]> : tensor<1x1x2x2xi64>
// CHIP-DAG:  chip.slice %[[LIF1]][0 : 2] on %[[C_LIF1]] at 0 : !chip.neurons<2>
// CHIP-DAG:  chip.slice %[[CUBA1]][0 : 2] on %[[C_CUBA1:.+]] at 0 : !chip.neurons<2>
// CHIP-DAG:  chip.route %[[C_LIF1]] -> %[[C_CUBA1]] ["fc2"]
// RUN: FileCheck %s --check-prefix=CHIP-N < %t/fit.chip.mlir
// CHIP-N-COUNT-4: chip.core {{[0-9]+}} "pe"
// CHIP-N-NOT:     chip.core
// CHIP-N-COUNT-4: chip.slice
// CHIP-N-NOT:     chip.slice
// CHIP-N-COUNT-2: chip.route
// CHIP-N-NOT:     chip.route

//===----------------------------------------------------------------------===//
// place.mlir: how populations are cut, one slice per PE. A slice holds at
// most 256 neurons and at most floor(131072 / (state + 4·fan-in)) of them,
// state = 16 bytes for LIF/IF, 32 for CubaLIF; a population of n needs
// k = ceil(n / max) slices of ceil(n / k).
//   "full" [256] from c [1]:   16 + 4 = 20 B, 6553 fit; 256 bind: 1 PE.
//   "wide" [257] from c [1]:   2 slices, [0, 129) and [129, 257).
//   "at"   [16] from a [2044]: 16 + 8176 = 8192 B: exactly 16 fit: 1 PE.
//   "over" [16] from b [2045]: 16 + 8180 = 8196 B: 15 fit: 2 slices of 8.
//   "cuba" [16] CubaLIF from a [2044]: 32 + 8176 = 8208 B: 15 fit: 2
//          slices of 8 (the same fan-in as "at", but 16 more state bytes).
//   "ro"   [2] IF from over (16) and wide (257): 1 PE.
// Nine PEs. Routes: each PE of "over" and of "wide" to the PE of "ro".
//===----------------------------------------------------------------------===//

// RUN: nirc compile %t/place.mlir --target spinnaker2 -o %t/place.json --emit-mlir %t/place.chip.mlir 2> %t/place.log
// RUN: FileCheck %s --check-prefix=PLACE-SUMMARY < %t/place.log
// RUN: FileCheck %s --check-prefix=PLACE < %t/place.chip.mlir
// RUN: FileCheck %s --check-prefix=PLACE-JSON < %t/place.json

// PLACE-SUMMARY:      SpiNNaker2 (dt = 0.001 s): 9 of 152 cores used
// PLACE-SUMMARY-NEXT:   pe           9 of 152 cores, 563 of 38912 neurons
// PLACE-SUMMARY:        fa                   dense    a -> at                           32704        0.00%
// PLACE-SUMMARY-NEXT:   fb                   dense    b -> over                         32720        0.00%
// PLACE-SUMMARY-NEXT:   fcuba                dense    a -> cuba                         32704        0.00%
// PLACE-SUMMARY-NEXT:   f256                 dense    c -> full                           256        0.00%
// PLACE-SUMMARY-NEXT:   f257                 dense    c -> wide                           257        0.00%
// PLACE-SUMMARY-NEXT:   fro                  dense    over -> ro                           32        0.00%
// PLACE-SUMMARY-NEXT:   fwide                dense    wide -> ro                          514        0.00%

// PLACE-DAG: %[[AT:.+]] = chip.population "at"
// PLACE-DAG: %[[OVER:.+]] = chip.population "over"
// PLACE-DAG: %[[CUBA:.+]] = chip.population "cuba"
// PLACE-DAG: %[[FULL:.+]] = chip.population "full"
// PLACE-DAG: %[[WIDE:.+]] = chip.population "wide"
// PLACE-DAG: %[[RO:.+]] = chip.population "ro"
// PLACE:      chip.slice %[[AT]][0 : 16] on %{{.+}} at 0 : !chip.neurons<16>
// PLACE-NEXT: chip.slice %[[OVER]][0 : 8] on %[[OVER0:.+]] at 0 : !chip.neurons<16>
// PLACE-NEXT: chip.slice %[[OVER]][8 : 16] on %[[OVER1:.+]] at 0 : !chip.neurons<16>
// PLACE-NEXT: chip.slice %[[CUBA]][0 : 8] on %{{.+}} at 0 : !chip.neurons<16>
// PLACE-NEXT: chip.slice %[[CUBA]][8 : 16] on %{{.+}} at 0 : !chip.neurons<16>
// PLACE-NEXT: chip.slice %[[FULL]][0 : 256] on %{{.+}} at 0 : !chip.neurons<256>
// PLACE-NEXT: chip.slice %[[WIDE]][0 : 129] on %[[WIDE0:.+]] at 0 : !chip.neurons<257>
// PLACE-NEXT: chip.slice %[[WIDE]][129 : 257] on %[[WIDE1:.+]] at 0 : !chip.neurons<257>
// PLACE-NEXT: chip.slice %[[RO]][0 : 2] on %[[ROC:.+]] at 0 : !chip.neurons<2>
// PLACE-DAG: chip.route %[[OVER0]] -> %[[ROC]] ["fro"]
// PLACE-DAG: chip.route %[[OVER1]] -> %[[ROC]] ["fro"]
// PLACE-DAG: chip.route %[[WIDE0]] -> %[[ROC]] ["fwide"]
// PLACE-DAG: chip.route %[[WIDE1]] -> %[[ROC]] ["fwide"]
// RUN: FileCheck %s --check-prefix=PLACE-N < %t/place.chip.mlir
// PLACE-N-COUNT-9: chip.core {{[0-9]+}} "pe"
// PLACE-N-NOT:     chip.core
// PLACE-N-COUNT-9: chip.slice
// PLACE-N-NOT:     chip.slice
// PLACE-N-COUNT-4: chip.route
// PLACE-N-NOT:     chip.route

// In the JSON the same slices, each on a PE of its own at offset 0, and the
// four routes (in no particular order).
// PLACE-JSON:      "name": "at",
// PLACE-JSON:      "placement": [
// PLACE-JSON-NEXT:   {
// PLACE-JSON-NEXT:     "core": {{[0-9]+}},
// PLACE-JSON-NEXT:     "offset": 0,
// PLACE-JSON-NEXT:     "neurons": [0,16]
// PLACE-JSON-NEXT:   }
// PLACE-JSON-NEXT: ]
// PLACE-JSON:      "name": "over",
// PLACE-JSON:      "placement": [
// PLACE-JSON-DAG:    "core": [[J_OVER0:[0-9]+]],{{[[:space:]]+}}"offset": 0,{{[[:space:]]+}}"neurons": [0,8]
// PLACE-JSON-DAG:    "core": [[J_OVER1:[0-9]+]],{{[[:space:]]+}}"offset": 0,{{[[:space:]]+}}"neurons": [8,16]
// PLACE-JSON:      "name": "cuba",
// PLACE-JSON:      "placement": [
// PLACE-JSON-DAG:    "offset": 0,{{[[:space:]]+}}"neurons": [0,8]
// PLACE-JSON-DAG:    "offset": 0,{{[[:space:]]+}}"neurons": [8,16]
// PLACE-JSON:      "name": "full",
// PLACE-JSON:      "placement": [
// PLACE-JSON-NEXT:   {
// PLACE-JSON-NEXT:     "core": {{[0-9]+}},
// PLACE-JSON-NEXT:     "offset": 0,
// PLACE-JSON-NEXT:     "neurons": [0,256]
// PLACE-JSON-NEXT:   }
// PLACE-JSON-NEXT: ]
// PLACE-JSON:      "name": "wide",
// PLACE-JSON:      "placement": [
// PLACE-JSON-DAG:    "core": [[J_WIDE0:[0-9]+]],{{[[:space:]]+}}"offset": 0,{{[[:space:]]+}}"neurons": [0,129]
// PLACE-JSON-DAG:    "core": [[J_WIDE1:[0-9]+]],{{[[:space:]]+}}"offset": 0,{{[[:space:]]+}}"neurons": [129,257]
// PLACE-JSON:      "name": "ro",
// PLACE-JSON:      "placement": [
// PLACE-JSON-NEXT:   {
// PLACE-JSON-NEXT:     "core": [[J_RO:[0-9]+]],
// PLACE-JSON-NEXT:     "offset": 0,
// PLACE-JSON-NEXT:     "neurons": [0,2]
// PLACE-JSON-NEXT:   }
// PLACE-JSON-NEXT: ]
// PLACE-JSON:      "routes": [
// PLACE-JSON-DAG:    "source": [[J_OVER0]],{{[[:space:]]+}}"destination": [[J_RO]],{{[[:space:]]+}}"synapses": [{{[[:space:]]+}}"fro"
// PLACE-JSON-DAG:    "source": [[J_OVER1]],{{[[:space:]]+}}"destination": [[J_RO]],{{[[:space:]]+}}"synapses": [{{[[:space:]]+}}"fro"
// PLACE-JSON-DAG:    "source": [[J_WIDE0]],{{[[:space:]]+}}"destination": [[J_RO]],{{[[:space:]]+}}"synapses": [{{[[:space:]]+}}"fwide"
// PLACE-JSON-DAG:    "source": [[J_WIDE1]],{{[[:space:]]+}}"destination": [[J_RO]],{{[[:space:]]+}}"synapses": [{{[[:space:]]+}}"fwide"
// PLACE-JSON:      "outputs": [
// RUN: FileCheck %s --check-prefix=PLACE-JSON-N < %t/place.json
// PLACE-JSON-N-COUNT-4: "destination":
// PLACE-JSON-N-NOT:     "destination":

//===----------------------------------------------------------------------===//
// The command
//===----------------------------------------------------------------------===//

// --list-targets shows SpiNNaker2's 152 PEs and its limits.
// RUN: nirc compile --list-targets | FileCheck %s --check-prefix=LIST
// LIST: spinnaker2     SpiNNaker2         152  152 application PEs per chip, 256 neurons per PE, 38912 neurons per chip, 131072 bytes of SRAM per PE, 4 bytes per synapse word, 8 bits per weight, 127 largest |weight|

// A misspelt target lists the right one.
// RUN: not nirc compile %t/fit.mlir --target spinnaker-2 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// UNKNOWN: error: unknown target 'spinnaker-2'; one of: {{.*}} spinnaker2

// --dt enters every decay and the IF's threshold. dt.mlir: in [1] ->
// linear 0.5 -> IF "if1" (r = 0.5, v_threshold = 2) and -> LIF "lif1" (tau
// = 0.02, r = 1, v_threshold = 1); w_scale = 127/0.5 = 254 for both.
//   --dt 1:    IF threshold = 2·254/(0.5·1) = 1016; LIF alpha = exp(-50) =
//              1.9287498479639178e-22 -> float 1.9287498933537385e-22;
//              v_scale = 254/(1 - exp(-50)) = 254.
//   --dt 1e-4: IF threshold = 2·254/(0.5·1e-4) = 10160000; LIF alpha =
//              exp(-0.005) = 0.99501247919268232 -> float
//              0.99501246213912964; v_scale = 254/(1 - exp(-0.005)) =
//              254/0.0049875208073176872 = 50927.105833289228; threshold
//              as float 50927.10546875.
// RUN: nirc compile %t/dt.mlir --target spinnaker2 --dt 1 -o %t/dt1.json 2>&1 | FileCheck %s --check-prefix=DT1-SUMMARY
// RUN: FileCheck %s --check-prefix=DT1 < %t/dt1.json
// DT1-SUMMARY: SpiNNaker2 (dt = 1 s): 2 of 152 cores used
// DT1: "dt_s": 1,
// DT1: "name": "if1",
// DT1: "registers": {
// DT1-NEXT: "alpha_decay": [1],
// DT1-NEXT: "i_offset": [0],
// DT1-NEXT: "neuron_model": "lif_no_delay",
// DT1-NEXT: "reset": "reset_to_v_reset",
// DT1-NEXT: "threshold": [1016],
// DT1-NEXT: "v_scale": [508],
// DT1-NEXT: "w_scale": [254]
// DT1: "name": "lif1",
// DT1: "registers": {
// DT1-NEXT: "alpha_decay": [1.92874989{{[0-9]*}}e-22],
// DT1-NEXT: "i_offset": [0],
// DT1-NEXT: "neuron_model": "lif_no_delay",
// DT1-NEXT: "reset": "reset_to_v_reset",
// DT1-NEXT: "threshold": [254],
// DT1-NEXT: "v_scale": [254],
// DT1-NEXT: "w_scale": [254]
// RUN: nirc compile %t/dt.mlir --target spinnaker2 --dt 1e-4 -o %t/dt4.json 2>/dev/null
// RUN: FileCheck %s --check-prefix=DT4 < %t/dt4.json
// DT4: "dt_s": 0.0001,
// DT4: "name": "if1",
// DT4: "threshold": [10160000],
// DT4: "name": "lif1",
// DT4: "registers": {
// DT4-NEXT: "alpha_decay": [0.99501246213912964],
// DT4: "threshold": [50927.10546875],

// dt must be a positive number of seconds.
// RUN: not nirc compile %t/dt.mlir --target spinnaker2 --dt 0 2>&1 | FileCheck %s --check-prefix=DT0
// RUN: not nirc compile %t/dt.mlir --target spinnaker2 --dt=-1e-3 2>&1 | FileCheck %s --check-prefix=DT0
// DT0: error: convert-nir-to-chip needs a step: dt > 0 seconds
// DT0: nirc compile: {{.*}}dt.mlir does not map onto SpiNNaker2

// --netx writes Loihi 2's lava-dl networks; it is refused before mapping.
// RUN: not nirc compile %t/dt.mlir --target spinnaker2 --netx %t/dt.net 2>&1 | FileCheck %s --check-prefix=NETX
// NETX: error: --netx writes lava-dl networks for Loihi 2 (--target loihi2), not for SpiNNaker2
// NETX-NOT: cores used

//--- fit.mlir
nir.graph "s2_fit" {
  %x = nir.input "in" : !nir.signal<3>
  %img = nir.input "img" : !nir.signal<1x3x3>
  %a = nir.affine "fc1"(%x) {
      weight = dense<[[0.9921875, 0.01953125, -0.01953125],
                      [0.02734375, -0.5, 0.0]]> : tensor<2x3xf32>,
      bias = dense<[0.25, -0.5]> : tensor<2xf32>}
      : (!nir.signal<3>) -> !nir.signal<2>
  %h = nir.lif "lif1"(%a) {tau = dense<0.02> : tensor<2xf64>,
      r = dense<2.0> : tensor<2xf64>, v_leak = dense<0.5> : tensor<2xf64>,
      v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %b = nir.linear "fc2"(%h) {weight = dense<[[0.5, -0.25], [0.125, 0.0]]> : tensor<2x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %c = nir.cuba_lif "cuba1"(%b, %r) {tau_syn = dense<5.0e-3> : tensor<2xf64>,
      tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>}
      : (!nir.signal<2>, !nir.signal<2>) -> !nir.signal<2>
  %r = nir.linear "rec"(%c) {weight = dense<[[0.0, -1.0], [-1.0, 0.0]]> : tensor<2x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %d = nir.linear "fc3"(%c) {weight = dense<[[1.0, 0.0], [0.0, 1.0]]> : tensor<2x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %o = nir.if "if1"(%d) {r = dense<0.5> : tensor<2xf64>,
      v_threshold = dense<2.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %k = nir.conv2d "conv1"(%img) {
      weight = dense<[[[[0.9921875, -0.02734375], [0.0302734375, 0.5]]]]> : tensor<1x1x2x2xf32>,
      bias = dense<0.125> : tensor<1xf32>, stride = array<i64: 1, 1>,
      padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64}
      : (!nir.signal<1x3x3>) -> !nir.signal<1x2x2>
  %lc = nir.lif "lifc"(%k) {tau = dense<0.01> : tensor<1x2x2xf64>,
      r = dense<1.0> : tensor<1x2x2xf64>, v_leak = dense<0.0> : tensor<1x2x2xf64>,
      v_threshold = dense<1.0> : tensor<1x2x2xf64>, v_reset = dense<0.0> : tensor<1x2x2xf64>}
      : (!nir.signal<1x2x2>) -> !nir.signal<1x2x2>
  %y = nir.output "out"(%o) : (!nir.signal<2>) -> !nir.signal<2>
  %yc = nir.output "out_c"(%lc) : (!nir.signal<1x2x2>) -> !nir.signal<1x2x2>
}

//--- place.mlir
nir.graph "s2_place" {
  %a = nir.input "a" : !nir.signal<2044>
  %b = nir.input "b" : !nir.signal<2045>
  %c = nir.input "c" : !nir.signal<1>
  %wa = nir.linear "fa"(%a) {weight = dense<0.5> : tensor<16x2044xf32>}
      : (!nir.signal<2044>) -> !nir.signal<16>
  %at = nir.lif "at"(%wa) {tau = dense<0.02> : tensor<16xf32>, r = dense<1.0> : tensor<16xf32>,
      v_leak = dense<0.0> : tensor<16xf32>, v_threshold = dense<1.0> : tensor<16xf32>,
      v_reset = dense<0.0> : tensor<16xf32>} : (!nir.signal<16>) -> !nir.signal<16>
  %wb = nir.linear "fb"(%b) {weight = dense<0.5> : tensor<16x2045xf32>}
      : (!nir.signal<2045>) -> !nir.signal<16>
  %over = nir.lif "over"(%wb) {tau = dense<0.02> : tensor<16xf32>, r = dense<1.0> : tensor<16xf32>,
      v_leak = dense<0.0> : tensor<16xf32>, v_threshold = dense<1.0> : tensor<16xf32>,
      v_reset = dense<0.0> : tensor<16xf32>} : (!nir.signal<16>) -> !nir.signal<16>
  %wc = nir.linear "fcuba"(%a) {weight = dense<0.5> : tensor<16x2044xf32>}
      : (!nir.signal<2044>) -> !nir.signal<16>
  %cuba = nir.cuba_lif "cuba"(%wc) {tau_syn = dense<5.0e-3> : tensor<16xf64>,
      tau_mem = dense<1.0e-2> : tensor<16xf64>, r = dense<1.0> : tensor<16xf64>,
      v_leak = dense<0.0> : tensor<16xf64>, v_threshold = dense<1.0> : tensor<16xf64>,
      v_reset = dense<0.0> : tensor<16xf64>, w_in = dense<1.0> : tensor<16xf64>}
      : (!nir.signal<16>) -> !nir.signal<16>
  %w256 = nir.linear "f256"(%c) {weight = dense<0.5> : tensor<256x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<256>
  %full = nir.lif "full"(%w256) {tau = dense<0.02> : tensor<256xf32>, r = dense<1.0> : tensor<256xf32>,
      v_leak = dense<0.0> : tensor<256xf32>, v_threshold = dense<1.0> : tensor<256xf32>,
      v_reset = dense<0.0> : tensor<256xf32>} : (!nir.signal<256>) -> !nir.signal<256>
  %w257 = nir.linear "f257"(%c) {weight = dense<0.5> : tensor<257x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<257>
  %wide = nir.lif "wide"(%w257) {tau = dense<0.02> : tensor<257xf32>, r = dense<1.0> : tensor<257xf32>,
      v_leak = dense<0.0> : tensor<257xf32>, v_threshold = dense<1.0> : tensor<257xf32>,
      v_reset = dense<0.0> : tensor<257xf32>} : (!nir.signal<257>) -> !nir.signal<257>
  %wo = nir.linear "fro"(%over) {weight = dense<0.5> : tensor<2x16xf32>}
      : (!nir.signal<16>) -> !nir.signal<2>
  %ww = nir.linear "fwide"(%wide) {weight = dense<0.5> : tensor<2x257xf32>}
      : (!nir.signal<257>) -> !nir.signal<2>
  %ro = nir.if "ro"(%wo, %ww) {r = dense<1.0> : tensor<2xf32>, v_threshold = dense<1.0> : tensor<2xf32>,
      v_reset = dense<0.0> : tensor<2xf32>} : (!nir.signal<2>, !nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
  %y2 = nir.output "out_at"(%at) : (!nir.signal<16>) -> !nir.signal<16>
  %y3 = nir.output "out_cuba"(%cuba) : (!nir.signal<16>) -> !nir.signal<16>
  %y4 = nir.output "out_full"(%full) : (!nir.signal<256>) -> !nir.signal<256>
}

//--- dt.mlir
nir.graph "s2_dt" {
  %x = nir.input "in" : !nir.signal<1>
  %a = nir.linear "fc1"(%x) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %o = nir.if "if1"(%a) {r = dense<0.5> : tensor<1xf64>,
      v_threshold = dense<2.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %b = nir.linear "fc2"(%x) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %l = nir.lif "lif1"(%b) {tau = dense<0.02> : tensor<1xf64>,
      r = dense<1.0> : tensor<1xf64>, v_leak = dense<0.0> : tensor<1xf64>,
      v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%o) : (!nir.signal<1>) -> !nir.signal<1>
  %y2 = nir.output "out2"(%l) : (!nir.signal<1>) -> !nir.signal<1>
}
