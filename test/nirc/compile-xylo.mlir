// nirc compile onto SynSense Xylo Audio 2, Audio 3 and IMU (one target model,
// lib/Dialect/Chip/Targets/Xylo.cpp; docs/chips.md section 1): a
// network that fits, with its placement and integer registers worked out
// by hand, and what none of the three chips can hold. The size limits of
// each chip are in compile-xylo-limits.mlir, the real files in
// compile-xylo-fixtures.mlir.

// RUN: rm -rf %t && split-file %s %t

//===----------------------------------------------------------------------===//
// The targets and their key limits
//===----------------------------------------------------------------------===//

// RUN: nirc compile --list-targets | FileCheck %s --check-prefix=LIST
// LIST:      target         chip             cores  key limits
// LIST-NEXT: xylo-audio2    Xylo Audio 2         2  16 input channels, 1000 hidden neurons, 8 output neurons, 64 synapses out of a hidden neuron, 1000 hidden neurons reached by input weights, 1000 hidden neurons with output weights, 8 bits per weight, 16 bits per threshold
// LIST-NEXT: xylo-audio3    Xylo Audio 3         2  16 input channels, 992 hidden neurons, 32 output neurons, 1024 synapses out of a hidden neuron, 128 hidden neurons reached by input weights, 128 hidden neurons with output weights, 8 bits per weight, 16 bits per threshold
// LIST-NEXT: xylo-imu       Xylo IMU             2  16 input channels, 496 hidden neurons, 16 output neurons, 512 synapses out of a hidden neuron, 128 hidden neurons reached by input weights, 128 hidden neurons with output weights, 8 bits per weight, 16 bits per threshold

//===----------------------------------------------------------------------===//
// A network that fits, on Audio 2 and then on Audio 3 and IMU
//===----------------------------------------------------------------------===//

// fit.mlir: in (3) -> w_in -> h1 (LIF, 2) -> w_12 (Affine with a bias) ->
// h2 (CubaLIF, 2, recurrent through w_rec) -> w_out -> readout (LIF, 3).
// The graph lists h2 before h1.
//
// Decay shifts, dash = round(log2(tau / dt)) at dt = 1 ms: h1 16 ms -> 4;
// h2 tau_mem 8 ms -> 3, tau_syn 4 ms -> 2; readout 32 ms -> 5. A LIF has
// no synaptic state: dash_syn 0.
// The gain from a NIR weight into a neuron to the chip's weight is
// 2^-dash_mem * r (times 2^-dash_syn * w_in for a CubaLIF):
//   h1 2^-4 * 1 = 1/16; h2 2^-3 * 2 * 2^-2 * 0.5 = 1/32; readout 1/32.
// Hidden pool, one scale for w_in, w_12 and w_rec: the largest effective
// weight is w_in's 2.0 / 16 = 0.125, so scale = 127 / 0.125 = 1016:
//   w_in  [1, -0.5, 0, 0.25, 0.75, 2] / 16 * 1016
//         = [63.5, -31.75, 0, 15.875, 47.625, 127] -> [64, -32, 0, 16, 48, 127]
//         (63.5 rounds to even: 64)
//   w_12  [1.5, -0.75, 0.625, 0] / 32 * 1016
//         = [47.625, -23.8125, 19.84375, 0] -> [48, -24, 20, 0]
//   w_rec [0, -2, 1, 0] / 32 * 1016 = [0, -63.5, 31.75, 0] -> [0, -64, 32, 0]
// Thresholds and biases in the same units: h1 v_threshold 1, h2 1.5; h2's
// bias, from w_12's Affine bias b = [0.5, -1], enters as
// 2^-3 * r * w_in * b = b / 8 = [0.0625, -0.125]. The largest, 1.5, times
// 1016 = 1524, doubles while it stays within 32767: 3048, 6096, 12192,
// 24384 -> weight_shift 4, state scale 1016 * 16 = 16256:
//   h1 threshold 16256, bias 0; h2 threshold 24384, bias [1016, -2032].
// Output pool: w_out [1, 0, -0.5, 2, 0.25, 0.125] / 32, largest 0.0625,
// scale 2032: [63.5, 0, -31.75, 127, 15.875, 7.9375] -> [64, 0, -32, 127,
// 16, 8]; threshold 0.5 * 2032 = 1016 -> 2032, 4064, 8128, 16256, 32512:
// weight_shift 5, scale 65024, threshold 32512.
// Worst errors, relative to each block's largest |weight|: w_12
// 0.375 / 47.625 = 0.79%, w_rec 0.5 / 63.5 = 0.79%, w_in and w_out
// 0.5 / 127 = 0.39%.
// Placement: h1 receives the input, so it takes hidden neurons 0-1 although
// the graph lists it second; h2 follows at 2; the readout is neuron 0 of
// the output core.

// RUN: nirc compile %t/fit.mlir --target xylo-audio2 -o %t/fit.json 2>&1 | FileCheck %s --check-prefix=FIT
// RUN: FileCheck %s --check-prefix=FIT-JSON < %t/fit.json
// FIT-NOT: error
// FIT:      warning: Xylo Audio 2 resets a neuron by subtracting its threshold, where NIR resets the membrane to v_reset
// FIT:      Xylo Audio 2 (dt = 0.001 s): 2 of 2 cores used
// FIT-NEXT:   hidden       1 of 1 cores, 4 of 1000 neurons
// FIT-NEXT:   output       1 of 1 cores, 3 of 8 neurons
// FIT-NEXT:   synapses             kind     from -> to                     non-zero  worst error
// FIT-NEXT:   w_12                 dense    h1 -> h2                              3        0.79%
// FIT-NEXT:   w_rec                dense    h2 -> h2                              2        0.79%
// FIT-NEXT:   w_in                 dense    in -> h1                              5        0.39%
// FIT-NEXT:   w_out                dense    h2 -> readout                         5        0.39%
// FIT-NOT: error

// FIT-JSON:      "format": "nirc-chip-description",
// FIT-JSON-NEXT: "format_version": 1,
// FIT-JSON-NEXT: "target": "xylo-audio2",
// FIT-JSON-NEXT: "target_name": "Xylo Audio 2",
// FIT-JSON-NEXT: "dt_s": 0.001,
// FIT-JSON-NEXT: "limits": {
// FIT-JSON-NEXT:   "input_channels": 16,
// FIT-JSON-NEXT:   "hidden_neurons": 1000,
// FIT-JSON-NEXT:   "output_neurons": 8,
// FIT-JSON-NEXT:   "max_fanout": 64,
// FIT-JSON-NEXT:   "input_expansion_neurons": 1000,
// FIT-JSON-NEXT:   "output_expansion_neurons": 1000,
// FIT-JSON-NEXT:   "weight_bits": 8,
// FIT-JSON-NEXT:   "threshold_bits": 16,
// FIT-JSON-NEXT:   "weight_range": [-128,127]
// FIT-JSON-NEXT: },
// FIT-JSON-NEXT: "cores": [
// FIT-JSON-NEXT:   {
// FIT-JSON-NEXT:     "index": 0,
// FIT-JSON-NEXT:     "kind": "hidden",
// FIT-JSON-NEXT:     "neuron_capacity": 1000
// FIT-JSON-NEXT:   },
// FIT-JSON-NEXT:   {
// FIT-JSON-NEXT:     "index": 1,
// FIT-JSON-NEXT:     "kind": "output",
// FIT-JSON-NEXT:     "neuron_capacity": 8
// FIT-JSON-NEXT:   }
// FIT-JSON-NEXT: ],
// FIT-JSON-NEXT: "inputs": [
// FIT-JSON-NEXT:   {
// FIT-JSON-NEXT:     "name": "in",
// FIT-JSON-NEXT:     "shape": [3]
// FIT-JSON-NEXT:   }
// FIT-JSON-NEXT: ],
// FIT-JSON-NEXT: "populations": [
// FIT-JSON-NEXT:   {
// FIT-JSON-NEXT:     "name": "h2",
// FIT-JSON-NEXT:     "nir_op": "nir.cuba_lif",
// FIT-JSON-NEXT:     "model": "cuba_lif",
// FIT-JSON-NEXT:     "shape": [2],
// FIT-JSON-NEXT:     "size": 2,
// FIT-JSON-NEXT:     "nir_params": {
// FIT-JSON-NEXT:       "bias": [0.5,-1],
// FIT-JSON:          "registers": {
// FIT-JSON-NEXT:       "bias": [1016,-2032],
// FIT-JSON-NEXT:       "dash_mem": [3,3],
// FIT-JSON-NEXT:       "dash_syn": [2,2],
// FIT-JSON-NEXT:       "effective_tau_mem": [0.008{{0*[0-9]?}},0.008{{0*[0-9]?}}],
// FIT-JSON-NEXT:       "scale": 16256,
// FIT-JSON-NEXT:       "threshold": [24384,24384]
// FIT-JSON-NEXT:     },
// FIT-JSON-NEXT:     "placement": [
// FIT-JSON-NEXT:       {
// FIT-JSON-NEXT:         "core": 0,
// FIT-JSON-NEXT:         "offset": 2,
// FIT-JSON-NEXT:         "neurons": [0,2]
// FIT-JSON-NEXT:       }
// FIT-JSON-NEXT:     ]
// FIT-JSON-NEXT:   },
// FIT-JSON-NEXT:   {
// FIT-JSON-NEXT:     "name": "h1",
// FIT-JSON-NEXT:     "nir_op": "nir.lif",
// FIT-JSON-NEXT:     "model": "lif",
// FIT-JSON:          "registers": {
// FIT-JSON-NEXT:       "bias": [0,0],
// FIT-JSON-NEXT:       "dash_mem": [4,4],
// FIT-JSON-NEXT:       "dash_syn": [0,0],
// FIT-JSON-NEXT:       "effective_tau_mem": [0.016,0.016],
// FIT-JSON-NEXT:       "scale": 16256,
// FIT-JSON-NEXT:       "threshold": [16256,16256]
// FIT-JSON-NEXT:     },
// FIT-JSON-NEXT:     "placement": [
// FIT-JSON-NEXT:       {
// FIT-JSON-NEXT:         "core": 0,
// FIT-JSON-NEXT:         "offset": 0,
// FIT-JSON-NEXT:         "neurons": [0,2]
// FIT-JSON-NEXT:       }
// FIT-JSON-NEXT:     ]
// FIT-JSON-NEXT:   },
// FIT-JSON-NEXT:   {
// FIT-JSON-NEXT:     "name": "readout",
// FIT-JSON:          "registers": {
// FIT-JSON-NEXT:       "bias": [0,0,0],
// FIT-JSON-NEXT:       "dash_mem": [5,5,5],
// FIT-JSON-NEXT:       "dash_syn": [0,0,0],
// FIT-JSON-NEXT:       "effective_tau_mem": [0.032{{0*[0-9]?}},0.032{{0*[0-9]?}},0.032{{0*[0-9]?}}],
// FIT-JSON-NEXT:       "scale": 65024,
// FIT-JSON-NEXT:       "threshold": [32512,32512,32512]
// FIT-JSON-NEXT:     },
// FIT-JSON-NEXT:     "placement": [
// FIT-JSON-NEXT:       {
// FIT-JSON-NEXT:         "core": 1,
// FIT-JSON-NEXT:         "offset": 0,
// FIT-JSON-NEXT:         "neurons": [0,3]
// FIT-JSON-NEXT:       }
// FIT-JSON-NEXT:     ]
// FIT-JSON-NEXT:   }
// FIT-JSON-NEXT: ],
// FIT-JSON-NEXT: "synapses": [
// FIT-JSON-NEXT:   {
// FIT-JSON-NEXT:     "name": "w_12",
// FIT-JSON-NEXT:     "nir_op": "nir.affine",
// FIT-JSON-NEXT:     "kind": "dense",
// FIT-JSON-NEXT:     "source": "h1",
// FIT-JSON-NEXT:     "target": "h2",
// FIT-JSON-NEXT:     "shape": [2,2],
// FIT-JSON-NEXT:     "nonzero": 3,
// FIT-JSON-NEXT:     "weights": [48,-24,20,0],
// FIT-JSON-NEXT:     "registers": {
// FIT-JSON-NEXT:       "matrix": "recurrent",
// FIT-JSON-NEXT:       "quant_error": 0.0078740157480314{{[0-9]*}},
// FIT-JSON-NEXT:       "scale": 16256,
// FIT-JSON-NEXT:       "weight_shift": 4
// FIT-JSON-NEXT:     }
// FIT-JSON-NEXT:   },
// FIT-JSON-NEXT:   {
// FIT-JSON-NEXT:     "name": "w_rec",
// FIT-JSON-NEXT:     "nir_op": "nir.linear",
// FIT-JSON-NEXT:     "kind": "dense",
// FIT-JSON-NEXT:     "source": "h2",
// FIT-JSON-NEXT:     "target": "h2",
// FIT-JSON-NEXT:     "shape": [2,2],
// FIT-JSON-NEXT:     "nonzero": 2,
// FIT-JSON-NEXT:     "weights": [0,-64,32,0],
// FIT-JSON-NEXT:     "registers": {
// FIT-JSON-NEXT:       "matrix": "recurrent",
// FIT-JSON-NEXT:       "quant_error": 0.0078740157480314{{[0-9]*}},
// FIT-JSON-NEXT:       "scale": 16256,
// FIT-JSON-NEXT:       "weight_shift": 4
// FIT-JSON-NEXT:     }
// FIT-JSON-NEXT:   },
// FIT-JSON-NEXT:   {
// FIT-JSON-NEXT:     "name": "w_in",
// FIT-JSON-NEXT:     "nir_op": "nir.linear",
// FIT-JSON-NEXT:     "kind": "dense",
// FIT-JSON-NEXT:     "source": "in",
// FIT-JSON-NEXT:     "target": "h1",
// FIT-JSON-NEXT:     "shape": [2,3],
// FIT-JSON-NEXT:     "nonzero": 5,
// FIT-JSON-NEXT:     "weights": [64,-32,0,16,48,127],
// FIT-JSON-NEXT:     "registers": {
// FIT-JSON-NEXT:       "matrix": "input",
// FIT-JSON-NEXT:       "quant_error": 0.003937007874015{{[0-9]*}},
// FIT-JSON-NEXT:       "scale": 16256,
// FIT-JSON-NEXT:       "weight_shift": 4
// FIT-JSON-NEXT:     }
// FIT-JSON-NEXT:   },
// FIT-JSON-NEXT:   {
// FIT-JSON-NEXT:     "name": "w_out",
// FIT-JSON-NEXT:     "nir_op": "nir.linear",
// FIT-JSON-NEXT:     "kind": "dense",
// FIT-JSON-NEXT:     "source": "h2",
// FIT-JSON-NEXT:     "target": "readout",
// FIT-JSON-NEXT:     "shape": [3,2],
// FIT-JSON-NEXT:     "nonzero": 5,
// FIT-JSON-NEXT:     "weights": [64,0,-32,127,16,8],
// FIT-JSON-NEXT:     "registers": {
// FIT-JSON-NEXT:       "matrix": "output",
// FIT-JSON-NEXT:       "quant_error": 0.003937007874015{{[0-9]*}},
// FIT-JSON-NEXT:       "scale": 65024,
// FIT-JSON-NEXT:       "weight_shift": 5
// FIT-JSON-NEXT:     }
// FIT-JSON-NEXT:   }
// FIT-JSON-NEXT: ],
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
// FIT-JSON-NEXT:     "name": "out",
// FIT-JSON-NEXT:     "source": "readout"
// FIT-JSON-NEXT:   }
// FIT-JSON-NEXT: ]

// --allow-saturation changes nothing: Xylo's scales never clip a weight.
// RUN: nirc compile %t/fit.mlir --target xylo-audio2 --allow-saturation -o %t/fit-saturation.json 2>/dev/null
// RUN: diff %t/fit.json %t/fit-saturation.json

// --dt sets the decay shifts. At dt = 0.5 ms every dash grows by one (h1 5,
// h2 4 and 3, readout 6): the gains of h1 and the readout halve, h2's, with
// two shifts, quarters (2^-4 * 2 * 2^-3 * 0.5 = 1/128). Hidden: the largest
// effective weight is still w_in's, 2 / 32 = 0.0625, scale 2032; w_in keeps
// its integers, w_12 and w_rec halve theirs:
//   w_12  [1.5, -0.75, 0.625, 0] / 128 * 2032
//         = [23.8125, -11.90625, 9.921875, 0] -> [24, -12, 10, 0]
//   w_rec [0, -2, 1, 0] / 128 * 2032 = [0, -31.75, 15.875, 0] -> [0, -32, 16, 0]
// 1.5 * 2032 = 3048 -> 6096, 12192, 24384: weight_shift 3, state scale
// 16256 again, so the same thresholds; h2's bias 2^-4 * 2 * 0.5 * b = b / 16
// -> [508, -1016]. Output: gain 1/64, scale 4064, the same integers;
// threshold 0.5 -> 2032, doubled 4 times to 32512: weight_shift 4.
// RUN: nirc compile %t/fit.mlir --target xylo-audio2 --dt 5e-4 -o %t/fit-dt.json 2>&1 | FileCheck %s --check-prefix=FIT-DT
// RUN: FileCheck %s --check-prefix=FIT-DT-JSON < %t/fit-dt.json
// FIT-DT: Xylo Audio 2 (dt = 0.0005 s): 2 of 2 cores used
// FIT-DT-JSON:      "dt_s": 0.0005{{0*[0-9]*}},
// FIT-DT-JSON:      "name": "h2",
// FIT-DT-JSON:      "registers": {
// FIT-DT-JSON-NEXT:   "bias": [508,-1016],
// FIT-DT-JSON-NEXT:   "dash_mem": [4,4],
// FIT-DT-JSON-NEXT:   "dash_syn": [3,3],
// FIT-DT-JSON-NEXT:   "effective_tau_mem": [0.008{{0*[0-9]?}},0.008{{0*[0-9]?}}],
// FIT-DT-JSON-NEXT:   "scale": 16256,
// FIT-DT-JSON-NEXT:   "threshold": [24384,24384]
// FIT-DT-JSON:      "name": "h1",
// FIT-DT-JSON:      "dash_mem": [5,5],
// FIT-DT-JSON:      "threshold": [16256,16256]
// FIT-DT-JSON:      "name": "readout",
// FIT-DT-JSON:      "dash_mem": [6,6,6],
// FIT-DT-JSON:      "threshold": [32512,32512,32512]
// FIT-DT-JSON:      "name": "w_12",
// FIT-DT-JSON:      "weights": [24,-12,10,0],
// FIT-DT-JSON:      "weight_shift": 3
// FIT-DT-JSON:      "name": "w_rec",
// FIT-DT-JSON:      "weights": [0,-32,16,0],
// FIT-DT-JSON:      "name": "w_in",
// FIT-DT-JSON:      "weights": [64,-32,0,16,48,127],
// FIT-DT-JSON:      "weight_shift": 3
// FIT-DT-JSON:      "name": "w_out",
// FIT-DT-JSON:      "weights": [64,0,-32,127,16,8],
// FIT-DT-JSON:      "weight_shift": 4

// At dt = 8 ms, h2's tau_mem of 8 ms is not above dt.
// RUN: not nirc compile %t/fit.mlir --target xylo-audio2 --dt 0.008 2>&1 | FileCheck %s --check-prefix=FIT-DT-TOO-LONG
// FIT-DT-TOO-LONG: error: 'nir.cuba_lif' "h2": tau_mem = 0.008 s of neuron 0 is not above dt = 0.008 s; Xylo Audio 2's decay shift dash = round(log2(tau/dt)) needs tau > dt
// FIT-DT-TOO-LONG: nirc compile: {{.*}}fit.mlir does not map onto Xylo Audio 2

// Audio 3 and IMU hold the same network the same way: the quantisation
// rules are the chips' common ones, and the input-expansion population h1
// (input weights reach the first 128 hidden neurons only) is placed first.
// h2, whose output weights must leave the last 128 hidden neurons in use,
// is neurons 2-3 of the 4 in use. Everything from "inputs" on is the JSON
// of Audio 2.
// RUN: nirc compile %t/fit.mlir --target xylo-audio3 -o %t/fit-a3.json 2>&1 | FileCheck %s --check-prefix=FIT-EXP -DCHIP='Xylo Audio 3' -DHIDDEN=992 -DOUTPUT=32
// RUN: nirc compile %t/fit.mlir --target xylo-imu -o %t/fit-imu.json 2>&1 | FileCheck %s --check-prefix=FIT-EXP -DCHIP='Xylo IMU' -DHIDDEN=496 -DOUTPUT=16
// RUN: FileCheck %s --check-prefix=FIT-EXP-JSON -DTARGET=xylo-audio3 < %t/fit-a3.json
// RUN: FileCheck %s --check-prefix=FIT-EXP-JSON -DTARGET=xylo-imu < %t/fit-imu.json
// RUN: sed -n '/"inputs"/,$p' %t/fit.json > %t/fit-a2.tail
// RUN: sed -n '/"inputs"/,$p' %t/fit-a3.json > %t/fit-a3.tail
// RUN: sed -n '/"inputs"/,$p' %t/fit-imu.json > %t/fit-imu.tail
// RUN: diff %t/fit-a2.tail %t/fit-a3.tail
// RUN: diff %t/fit-a2.tail %t/fit-imu.tail
// FIT-EXP:      [[CHIP]] (dt = 0.001 s): 2 of 2 cores used
// FIT-EXP-NEXT:   hidden       1 of 1 cores, 4 of [[HIDDEN]] neurons
// FIT-EXP-NEXT:   output       1 of 1 cores, 3 of [[OUTPUT]] neurons
// FIT-EXP-NEXT:   synapses             kind     from -> to                     non-zero  worst error
// FIT-EXP-NEXT:   w_12                 dense    h1 -> h2                              3        0.79%
// FIT-EXP-NEXT:   w_rec                dense    h2 -> h2                              2        0.79%
// FIT-EXP-NEXT:   w_in                 dense    in -> h1                              5        0.39%
// FIT-EXP-NEXT:   w_out                dense    h2 -> readout                         5        0.39%
// FIT-EXP-JSON:      "target": "[[TARGET]]",
// FIT-EXP-JSON:      "input_expansion_neurons": 128,
// FIT-EXP-JSON-NEXT: "output_expansion_neurons": 128,
// FIT-EXP-JSON:      "name": "h2",
// FIT-EXP-JSON:        "threshold": [24384,24384]
// FIT-EXP-JSON:        "core": 0,
// FIT-EXP-JSON-NEXT:   "offset": 2,
// FIT-EXP-JSON:      "name": "h1",
// FIT-EXP-JSON:        "threshold": [16256,16256]
// FIT-EXP-JSON:        "core": 0,
// FIT-EXP-JSON-NEXT:   "offset": 0,
// FIT-EXP-JSON:      "name": "readout",
// FIT-EXP-JSON:        "core": 1,
// FIT-EXP-JSON-NEXT:   "offset": 0,

// The output-expansion window counts the hidden neurons in use. In
// window-128.mlir and window-129.mlir, a (10 neurons) receives the input
// and feeds the readout, so it must lie in the first 128 hidden neurons and
// in the last 128 of those in use; b (hidden only, recurrent with a)
// follows it. With b of 118, 128 are in use and a (0-9) is in both; with b
// of 119, 129 are in use, the window is 1-128, and no placement of a can
// reach both ends.
// RUN: nirc compile %t/window-128.mlir --target xylo-audio3 2>&1 | FileCheck %s --check-prefix=WINDOW-FITS -DCHIP='Xylo Audio 3'
// RUN: nirc compile %t/window-128.mlir --target xylo-imu 2>&1 | FileCheck %s --check-prefix=WINDOW-FITS -DCHIP='Xylo IMU'
// WINDOW-FITS: [[CHIP]] (dt = 0.001 s): 2 of 2 cores used
// WINDOW-FITS-NEXT: hidden       1 of 1 cores, 128 of {{[0-9]+}} neurons
// RUN: not nirc compile %t/window-129.mlir --target xylo-audio3 2>&1 | FileCheck %s --check-prefix=WINDOW -DCHIP='Xylo Audio 3'
// RUN: not nirc compile %t/window-129.mlir --target xylo-imu 2>&1 | FileCheck %s --check-prefix=WINDOW -DCHIP='Xylo IMU'
// WINDOW: error: 'nir.lif' "a": hidden neuron 0 has output weights, but [[CHIP]]'s output weights leave hidden neurons 1-128 only (the last 128 of the 129 in use)
// WINDOW: nirc compile: {{.*}}window-129.mlir does not map onto [[CHIP]]

//===----------------------------------------------------------------------===//
// What none of the three chips can hold. Each network is compiled for
// Audio 2, Audio 3 and IMU: the message differs only in the chip's name.
//===----------------------------------------------------------------------===//

// 17 input channels, in one input or two (10 + 7); the 16 of dash15.mlir
// map (below, and the full chips of compile-xylo-limits.mlir).
// RUN: not nirc compile %t/in17.mlir --target xylo-audio2 2>&1 | FileCheck %s --check-prefix=IN17 -DCHIP='Xylo Audio 2'
// RUN: not nirc compile %t/in17.mlir --target xylo-audio3 2>&1 | FileCheck %s --check-prefix=IN17 -DCHIP='Xylo Audio 3'
// RUN: not nirc compile %t/in17.mlir --target xylo-imu 2>&1 | FileCheck %s --check-prefix=IN17 -DCHIP='Xylo IMU'
// IN17: error: 'nir.input' "in": 17 input channels exceed [[CHIP]]'s limit of 16 input channels
// IN17: nirc compile: {{.*}}in17.mlir does not map onto [[CHIP]]

// RUN: not nirc compile %t/in-sum.mlir --target xylo-audio2 2>&1 | FileCheck %s --check-prefix=IN-SUM -DCHIP='Xylo Audio 2'
// RUN: not nirc compile %t/in-sum.mlir --target xylo-audio3 2>&1 | FileCheck %s --check-prefix=IN-SUM -DCHIP='Xylo Audio 3'
// RUN: not nirc compile %t/in-sum.mlir --target xylo-imu 2>&1 | FileCheck %s --check-prefix=IN-SUM -DCHIP='Xylo IMU'
// IN-SUM: error: 'nir.input' "in_b": 17 input channels exceed [[CHIP]]'s limit of 16 input channels
// IN-SUM: nirc compile: {{.*}}in-sum.mlir does not map onto [[CHIP]]

// tau <= dt has no decay shift (Rockpool rejects it too): a LIF's tau
// equal to dt, a CubaLIF's tau_syn below it in neuron 1 only, and a
// readout's tau below it.
// RUN: not nirc compile %t/tau-mem.mlir --target xylo-audio2 2>&1 | FileCheck %s --check-prefix=TAU-MEM -DCHIP='Xylo Audio 2'
// RUN: not nirc compile %t/tau-mem.mlir --target xylo-audio3 2>&1 | FileCheck %s --check-prefix=TAU-MEM -DCHIP='Xylo Audio 3'
// RUN: not nirc compile %t/tau-mem.mlir --target xylo-imu 2>&1 | FileCheck %s --check-prefix=TAU-MEM -DCHIP='Xylo IMU'
// TAU-MEM: error: 'nir.lif' "h": tau_mem = 0.001 s of neuron 0 is not above dt = 0.001 s; [[CHIP]]'s decay shift dash = round(log2(tau/dt)) needs tau > dt
// TAU-MEM: nirc compile: {{.*}}tau-mem.mlir does not map onto [[CHIP]]

// RUN: not nirc compile %t/tau-syn.mlir --target xylo-audio2 2>&1 | FileCheck %s --check-prefix=TAU-SYN -DCHIP='Xylo Audio 2'
// RUN: not nirc compile %t/tau-syn.mlir --target xylo-audio3 2>&1 | FileCheck %s --check-prefix=TAU-SYN -DCHIP='Xylo Audio 3'
// RUN: not nirc compile %t/tau-syn.mlir --target xylo-imu 2>&1 | FileCheck %s --check-prefix=TAU-SYN -DCHIP='Xylo IMU'
// TAU-SYN: error: 'nir.cuba_lif' "h": tau_syn = 0.0005 s of neuron 1 is not above dt = 0.001 s; [[CHIP]]'s decay shift dash = round(log2(tau/dt)) needs tau > dt
// TAU-SYN: nirc compile: {{.*}}tau-syn.mlir does not map onto [[CHIP]]

// RUN: not nirc compile %t/tau-readout.mlir --target xylo-audio2 2>&1 | FileCheck %s --check-prefix=TAU-READOUT -DCHIP='Xylo Audio 2'
// RUN: not nirc compile %t/tau-readout.mlir --target xylo-audio3 2>&1 | FileCheck %s --check-prefix=TAU-READOUT -DCHIP='Xylo Audio 3'
// RUN: not nirc compile %t/tau-readout.mlir --target xylo-imu 2>&1 | FileCheck %s --check-prefix=TAU-READOUT -DCHIP='Xylo IMU'
// TAU-READOUT: error: 'nir.lif' "readout": tau_mem = 0.0009 s of neuron 0 is not above dt = 0.001 s; [[CHIP]]'s decay shift
// TAU-READOUT: nirc compile: {{.*}}tau-readout.mlir does not map onto [[CHIP]]

// A decay shift above 15: tau = 46.342 s at dt = 1 ms is 2^15.50004 steps,
// dash 16 (46.340 s, 2^15.49997, is dash 15 and maps: dash15.mlir below);
// and a readout's tau_syn of 65.536 s = 2^16 ms.
// RUN: not nirc compile %t/dash-mem.mlir --target xylo-audio2 2>&1 | FileCheck %s --check-prefix=DASH-MEM -DCHIP='Xylo Audio 2'
// RUN: not nirc compile %t/dash-mem.mlir --target xylo-audio3 2>&1 | FileCheck %s --check-prefix=DASH-MEM -DCHIP='Xylo Audio 3'
// RUN: not nirc compile %t/dash-mem.mlir --target xylo-imu 2>&1 | FileCheck %s --check-prefix=DASH-MEM -DCHIP='Xylo IMU'
// DASH-MEM: error: 'nir.lif' "h": tau_mem = 46.342 s of neuron 0 needs the decay shift dash = 16, above [[CHIP]]'s largest, 15 (tau up to 2^15 dt)
// DASH-MEM: nirc compile: {{.*}}dash-mem.mlir does not map onto [[CHIP]]

// RUN: not nirc compile %t/dash-syn.mlir --target xylo-audio2 2>&1 | FileCheck %s --check-prefix=DASH-SYN -DCHIP='Xylo Audio 2'
// RUN: not nirc compile %t/dash-syn.mlir --target xylo-audio3 2>&1 | FileCheck %s --check-prefix=DASH-SYN -DCHIP='Xylo Audio 3'
// RUN: not nirc compile %t/dash-syn.mlir --target xylo-imu 2>&1 | FileCheck %s --check-prefix=DASH-SYN -DCHIP='Xylo IMU'
// DASH-SYN: error: 'nir.cuba_lif' "readout": tau_syn = 65.536 s of neuron 0 needs the decay shift dash = 16, above [[CHIP]]'s largest, 15 (tau up to 2^15 dt)
// DASH-SYN: nirc compile: {{.*}}dash-syn.mlir does not map onto [[CHIP]]

// Input weights into the output layer (a skip connection around h).
// RUN: not nirc compile %t/in-to-out.mlir --target xylo-audio2 2>&1 | FileCheck %s --check-prefix=IN-TO-OUT -DCHIP='Xylo Audio 2'
// RUN: not nirc compile %t/in-to-out.mlir --target xylo-audio3 2>&1 | FileCheck %s --check-prefix=IN-TO-OUT -DCHIP='Xylo Audio 3'
// RUN: not nirc compile %t/in-to-out.mlir --target xylo-imu 2>&1 | FileCheck %s --check-prefix=IN-TO-OUT -DCHIP='Xylo IMU'
// IN-TO-OUT: error: 'nir.linear' "w_skip": input weights on [[CHIP]] reach hidden neurons only, not the output population "readout"
// IN-TO-OUT: nirc compile: {{.*}}in-to-out.mlir does not map onto [[CHIP]]

// An output layer that sends spikes: to itself, or back to the hidden layer.
// RUN: not nirc compile %t/rec-out.mlir --target xylo-audio2 2>&1 | FileCheck %s --check-prefix=REC-OUT -DCHIP='Xylo Audio 2'
// RUN: not nirc compile %t/rec-out.mlir --target xylo-audio3 2>&1 | FileCheck %s --check-prefix=REC-OUT -DCHIP='Xylo Audio 3'
// RUN: not nirc compile %t/rec-out.mlir --target xylo-imu 2>&1 | FileCheck %s --check-prefix=REC-OUT -DCHIP='Xylo IMU'
// REC-OUT: error: 'nir.lif' "readout": output neurons on [[CHIP]] cannot send spikes on (Rockpool's rule output_neurons_cannot_be_recurrent)
// REC-OUT: nirc compile: {{.*}}rec-out.mlir does not map onto [[CHIP]]

// RUN: not nirc compile %t/out-to-hidden.mlir --target xylo-audio2 2>&1 | FileCheck %s --check-prefix=OUT-TO-HIDDEN -DCHIP='Xylo Audio 2'
// RUN: not nirc compile %t/out-to-hidden.mlir --target xylo-audio3 2>&1 | FileCheck %s --check-prefix=OUT-TO-HIDDEN -DCHIP='Xylo Audio 3'
// RUN: not nirc compile %t/out-to-hidden.mlir --target xylo-imu 2>&1 | FileCheck %s --check-prefix=OUT-TO-HIDDEN -DCHIP='Xylo IMU'
// OUT-TO-HIDDEN: error: 'nir.lif' "readout": output neurons on [[CHIP]] cannot send spikes on (Rockpool's rule output_neurons_cannot_be_recurrent)
// OUT-TO-HIDDEN: nirc compile: {{.*}}out-to-hidden.mlir does not map onto [[CHIP]]

// Two neuron layers are needed: a graph whose output reads the input has
// no output layer; a readout that nothing drives has no hidden layer (a
// single LIF read out directly, as lif_norse.nir, is rejected earlier,
// for its input weights: compile-xylo-fixtures.mlir).
// RUN: not nirc compile %t/no-output.mlir --target xylo-audio2 2>&1 | FileCheck %s --check-prefix=NO-OUTPUT -DCHIP='Xylo Audio 2'
// RUN: not nirc compile %t/no-output.mlir --target xylo-audio3 2>&1 | FileCheck %s --check-prefix=NO-OUTPUT -DCHIP='Xylo Audio 3'
// RUN: not nirc compile %t/no-output.mlir --target xylo-imu 2>&1 | FileCheck %s --check-prefix=NO-OUTPUT -DCHIP='Xylo IMU'
// NO-OUTPUT: error: [[CHIP]] needs a hidden and an output neuron layer (Rockpool's rule at_least_two_neuron_layers_needed); this graph has no output layer
// NO-OUTPUT: nirc compile: {{.*}}no-output.mlir does not map onto [[CHIP]]

// RUN: not nirc compile %t/no-hidden.mlir --target xylo-audio2 2>&1 | FileCheck %s --check-prefix=NO-HIDDEN -DCHIP='Xylo Audio 2'
// RUN: not nirc compile %t/no-hidden.mlir --target xylo-audio3 2>&1 | FileCheck %s --check-prefix=NO-HIDDEN -DCHIP='Xylo Audio 3'
// RUN: not nirc compile %t/no-hidden.mlir --target xylo-imu 2>&1 | FileCheck %s --check-prefix=NO-HIDDEN -DCHIP='Xylo IMU'
// NO-HIDDEN: error: [[CHIP]] needs a hidden and an output neuron layer (Rockpool's rule at_least_two_neuron_layers_needed); this graph has no hidden layer
// NO-HIDDEN: nirc compile: {{.*}}no-hidden.mlir does not map onto [[CHIP]]

// Leaky neurons and dense weights only.
// RUN: not nirc compile %t/if.mlir --target xylo-audio2 2>&1 | FileCheck %s --check-prefix=IF -DCHIP='Xylo Audio 2'
// RUN: not nirc compile %t/if.mlir --target xylo-audio3 2>&1 | FileCheck %s --check-prefix=IF -DCHIP='Xylo Audio 3'
// RUN: not nirc compile %t/if.mlir --target xylo-imu 2>&1 | FileCheck %s --check-prefix=IF -DCHIP='Xylo IMU'
// IF: error: 'nir.if' "h": [[CHIP]] has no if neurons
// IF: nirc compile: {{.*}}if.mlir does not map onto [[CHIP]]

// RUN: not nirc compile %t/li.mlir --target xylo-audio2 2>&1 | FileCheck %s --check-prefix=LI -DCHIP='Xylo Audio 2'
// RUN: not nirc compile %t/li.mlir --target xylo-audio3 2>&1 | FileCheck %s --check-prefix=LI -DCHIP='Xylo Audio 3'
// RUN: not nirc compile %t/li.mlir --target xylo-imu 2>&1 | FileCheck %s --check-prefix=LI -DCHIP='Xylo IMU'
// LI: error: 'nir.li' "readout": [[CHIP]] has no li neurons
// LI: nirc compile: {{.*}}li.mlir does not map onto [[CHIP]]

// RUN: not nirc compile %t/conv.mlir --target xylo-audio2 2>&1 | FileCheck %s --check-prefix=CONV -DCHIP='Xylo Audio 2'
// RUN: not nirc compile %t/conv.mlir --target xylo-audio3 2>&1 | FileCheck %s --check-prefix=CONV -DCHIP='Xylo Audio 3'
// RUN: not nirc compile %t/conv.mlir --target xylo-imu 2>&1 | FileCheck %s --check-prefix=CONV -DCHIP='Xylo IMU'
// CONV: error: 'nir.conv2d' "c": [[CHIP]] has no conv2d synapses
// CONV: nirc compile: {{.*}}conv.mlir does not map onto [[CHIP]]

// A chip name nirc does not know.
// RUN: not nirc compile %t/fit.mlir --target xylo 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// UNKNOWN: error: unknown target 'xylo'; one of: xylo-audio2 xylo-audio3 xylo-imu speck

//===----------------------------------------------------------------------===//
// At the limits: 16 input channels, decay shifts of 15 and a weight shift
// of 7 map, on the three chips
//===----------------------------------------------------------------------===//

// dash15.mlir: in (16) -> h (LIF, 2, tau 46.34 s, r 32768) -> readout
// (CubaLIF, tau_mem 32 ms, tau_syn 32.768 s, w_in 32768).
// h: dash round(log2(46340)) = round(15.49997) = 15, effective tau
// 2^15 ms = 32.768 s; gain 2^-15 * 32768 = 1, so the weights 0.5 give
// scale 254 and are 127 each; threshold 1 -> 254, doubled 7 times to 32512:
// weight_shift 7, the register's largest.
// readout: dash_mem 5, dash_syn round(log2(32768)) = 15; gain
// 2^-5 * 2^-15 * 32768 = 1/32: 0.5 / 32 -> scale 8128, threshold 8128 ->
// 16256, 32512: weight_shift 2.
// RUN: nirc compile %t/dash15.mlir --target xylo-audio2 -o %t/dash15-a2.json 2>&1 | FileCheck %s --check-prefix=DASH15 -DCHIP='Xylo Audio 2'
// RUN: nirc compile %t/dash15.mlir --target xylo-audio3 -o %t/dash15-a3.json 2>&1 | FileCheck %s --check-prefix=DASH15 -DCHIP='Xylo Audio 3'
// RUN: nirc compile %t/dash15.mlir --target xylo-imu -o %t/dash15-imu.json 2>&1 | FileCheck %s --check-prefix=DASH15 -DCHIP='Xylo IMU'
// RUN: FileCheck %s --check-prefix=DASH15-JSON < %t/dash15-a2.json
// RUN: FileCheck %s --check-prefix=DASH15-JSON < %t/dash15-a3.json
// RUN: FileCheck %s --check-prefix=DASH15-JSON < %t/dash15-imu.json
// DASH15:      [[CHIP]] (dt = 0.001 s): 2 of 2 cores used
// DASH15:      w_x                  dense    in -> h                              32        0.00%
// DASH15-JSON:      "inputs": [
// DASH15-JSON-NEXT:   {
// DASH15-JSON-NEXT:     "name": "in",
// DASH15-JSON-NEXT:     "shape": [16]
// DASH15-JSON:      "name": "h",
// DASH15-JSON:      "registers": {
// DASH15-JSON-NEXT:   "bias": [0,0],
// DASH15-JSON-NEXT:   "dash_mem": [15,15],
// DASH15-JSON-NEXT:   "dash_syn": [0,0],
// DASH15-JSON-NEXT:   "effective_tau_mem": [32.768{{0*[0-9]?}},32.768{{0*[0-9]?}}],
// DASH15-JSON-NEXT:   "scale": 32512,
// DASH15-JSON-NEXT:   "threshold": [32512,32512]
// DASH15-JSON:      "name": "readout",
// DASH15-JSON:      "registers": {
// DASH15-JSON-NEXT:   "bias": [0],
// DASH15-JSON-NEXT:   "dash_mem": [5],
// DASH15-JSON-NEXT:   "dash_syn": [15],
// DASH15-JSON:        "threshold": [32512]
// DASH15-JSON:      "name": "w_x",
// DASH15-JSON:      "weights": [127,127,127,127,127,127,127,127,127,127,127,127,127,127,127,127,127,127,127,127,127,127,127,127,127,127,127,127,127,127,127,127],
// DASH15-JSON:      "weight_shift": 7
// DASH15-JSON:      "name": "w_out",
// DASH15-JSON:      "weights": [127,127],
// DASH15-JSON:      "weight_shift": 2

// When thresholds dominate, the state scale shrinks to 32767 / threshold
// (Rockpool's limited_scaling) and small weights vanish: h's tau of
// 32.768 s (dash 15) with r = 1 makes the weight 0.5 into 0.5 * 2^-15, and
// 0.5 * 2^-15 * 32767 = 0.49998 rounds to 0. The mapping goes through; the
// summary shows that w_x lost all its synapses.
// RUN: nirc compile %t/weights-lost.mlir --target xylo-audio2 2>&1 | FileCheck %s --check-prefix=WEIGHTS-LOST
// WEIGHTS-LOST: w_x                  dense    in -> h                               0      100.00%
// WEIGHTS-LOST: w_out                dense    h -> readout                          2        0.00%

//===----------------------------------------------------------------------===//
// The networks
//===----------------------------------------------------------------------===//

//--- fit.mlir
nir.graph "xylo_fit" {
  %x = nir.input "in" : !nir.signal<3>
  %a = nir.affine "w_12"(%h1) {
      weight = dense<[[1.5, -0.75], [0.625, 0.0]]> : tensor<2x2xf32>,
      bias = dense<[0.5, -1.0]> : tensor<2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %r = nir.linear "w_rec"(%h2) {
      weight = dense<[[0.0, -2.0], [1.0, 0.0]]> : tensor<2x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %h2 = nir.cuba_lif "h2"(%a, %r) {
      tau_mem = dense<0.008> : tensor<2xf64>, tau_syn = dense<0.004> : tensor<2xf64>,
      r = dense<2.0> : tensor<2xf64>, w_in = dense<0.5> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.5> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>, !nir.signal<2>) -> !nir.signal<2>
  %i = nir.linear "w_in"(%x) {
      weight = dense<[[1.0, -0.5, 0.0], [0.25, 0.75, 2.0]]> : tensor<2x3xf32>}
      : (!nir.signal<3>) -> !nir.signal<2>
  %h1 = nir.lif "h1"(%i) {
      tau = dense<0.016> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %o = nir.linear "w_out"(%h2) {
      weight = dense<[[1.0, 0.0], [-0.5, 2.0], [0.25, 0.125]]> : tensor<3x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<3>
  %ro = nir.lif "readout"(%o) {
      tau = dense<0.032> : tensor<3xf64>, r = dense<1.0> : tensor<3xf64>,
      v_leak = dense<0.0> : tensor<3xf64>, v_threshold = dense<0.5> : tensor<3xf64>,
      v_reset = dense<0.0> : tensor<3xf64>}
      : (!nir.signal<3>) -> !nir.signal<3>
  %y = nir.output "out"(%ro) : (!nir.signal<3>) -> !nir.signal<3>
}

//--- in17.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<17>
  %wx = nir.linear "w_x"(%x) {weight = dense<0.5> : tensor<2x17xf32>}
      : (!nir.signal<17>) -> !nir.signal<2>
  %h = nir.lif "h"(%wx) {tau = dense<0.016> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %wo = nir.linear "w_out"(%h) {weight = dense<0.5> : tensor<1x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<1>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- in-sum.mlir
nir.graph "g" {
  %a = nir.input "in_a" : !nir.signal<10>
  %b = nir.input "in_b" : !nir.signal<7>
  %wa = nir.linear "w_a"(%a) {weight = dense<0.5> : tensor<2x10xf32>}
      : (!nir.signal<10>) -> !nir.signal<2>
  %wb = nir.linear "w_b"(%b) {weight = dense<0.5> : tensor<2x7xf32>}
      : (!nir.signal<7>) -> !nir.signal<2>
  %h = nir.lif "h"(%wa, %wb) {tau = dense<0.016> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>, !nir.signal<2>) -> !nir.signal<2>
  %wo = nir.linear "w_out"(%h) {weight = dense<0.5> : tensor<1x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<1>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- tau-mem.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wx = nir.linear "w_x"(%x) {weight = dense<0.5> : tensor<2x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<2>
  %h = nir.lif "h"(%wx) {tau = dense<0.001> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %wo = nir.linear "w_out"(%h) {weight = dense<0.5> : tensor<1x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<1>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- tau-syn.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wx = nir.linear "w_x"(%x) {weight = dense<0.5> : tensor<2x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<2>
  %h = nir.cuba_lif "h"(%wx) {tau_mem = dense<0.004> : tensor<2xf64>, tau_syn = dense<[0.002, 0.0005]> : tensor<2xf64>,
      w_in = dense<1.0> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %wo = nir.linear "w_out"(%h) {weight = dense<0.5> : tensor<1x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<1>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- tau-readout.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wx = nir.linear "w_x"(%x) {weight = dense<0.5> : tensor<2x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<2>
  %h = nir.lif "h"(%wx) {tau = dense<0.016> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %wo = nir.linear "w_out"(%h) {weight = dense<0.5> : tensor<1x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<1>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.0009> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- dash-mem.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wx = nir.linear "w_x"(%x) {weight = dense<0.5> : tensor<2x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<2>
  %h = nir.lif "h"(%wx) {tau = dense<46.342> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %wo = nir.linear "w_out"(%h) {weight = dense<0.5> : tensor<1x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<1>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- dash-syn.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wx = nir.linear "w_x"(%x) {weight = dense<0.5> : tensor<2x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<2>
  %h = nir.lif "h"(%wx) {tau = dense<0.016> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %wo = nir.linear "w_out"(%h) {weight = dense<0.5> : tensor<1x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<1>
  %ro = nir.cuba_lif "readout"(%wo) {tau_mem = dense<0.032> : tensor<1xf64>, tau_syn = dense<65.536> : tensor<1xf64>,
      w_in = dense<1.0> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- in-to-out.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<2>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<2x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.lif "h"(%wi) {tau = dense<0.016> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %wo = nir.linear "w_out"(%h) {weight = dense<0.5> : tensor<1x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<1>
  %ws = nir.linear "w_skip"(%x) {weight = dense<0.5> : tensor<1x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<1>
  %ro = nir.lif "readout"(%wo, %ws) {tau = dense<0.032> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>, !nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- rec-out.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<2>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<2x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.lif "h"(%wi) {tau = dense<0.016> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %wo = nir.linear "w_out"(%h) {weight = dense<0.5> : tensor<2x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %wr = nir.linear "w_rec"(%ro) {weight = dense<0.5> : tensor<2x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %ro = nir.lif "readout"(%wo, %wr) {tau = dense<0.032> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>, !nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- out-to-hidden.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<2>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<2x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %wf = nir.linear "w_back"(%ro) {weight = dense<0.5> : tensor<2x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.lif "h"(%wi, %wf) {tau = dense<0.016> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>, !nir.signal<2>) -> !nir.signal<2>
  %wo = nir.linear "w_out"(%h) {weight = dense<0.5> : tensor<2x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- no-output.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<2>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<2x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %h = nir.lif "h"(%wi) {tau = dense<0.016> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%x) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- no-hidden.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<2>
  %ro = nir.lif "readout"() {tau = dense<0.032> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>}
      : () -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- if.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wx = nir.linear "w_x"(%x) {weight = dense<0.5> : tensor<2x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<2>
  %h = nir.if "h"(%wx) {r = dense<1.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %wo = nir.linear "w_out"(%h) {weight = dense<0.5> : tensor<1x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<1>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- li.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wx = nir.linear "w_x"(%x) {weight = dense<0.5> : tensor<2x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<2>
  %h = nir.lif "h"(%wx) {tau = dense<0.016> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %wo = nir.linear "w_out"(%h) {weight = dense<0.5> : tensor<1x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<1>
  %ro = nir.li "readout"(%wo) {tau = dense<0.032> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- conv.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1x3x3>
  %c = nir.conv2d "c"(%x) {weight = dense<0.5> : tensor<1x1x2x2xf32>, bias = dense<0.0> : tensor<1xf32>,
      stride = array<i64: 1, 1>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64}
      : (!nir.signal<1x3x3>) -> !nir.signal<1x2x2>
  %h = nir.lif "h"(%c) {tau = dense<0.016> : tensor<1x2x2xf64>, r = dense<1.0> : tensor<1x2x2xf64>,
      v_leak = dense<0.0> : tensor<1x2x2xf64>, v_threshold = dense<1.0> : tensor<1x2x2xf64>,
      v_reset = dense<0.0> : tensor<1x2x2xf64>}
      : (!nir.signal<1x2x2>) -> !nir.signal<1x2x2>
  %f = nir.flatten "f"(%h) {start_dim = 0 : i64, end_dim = -1 : i64} : (!nir.signal<1x2x2>) -> !nir.signal<4>
  %wo = nir.linear "w_out"(%f) {weight = dense<0.5> : tensor<1x4xf32>}
      : (!nir.signal<4>) -> !nir.signal<1>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- dash15.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<16>
  %wx = nir.linear "w_x"(%x) {weight = dense<0.5> : tensor<2x16xf32>}
      : (!nir.signal<16>) -> !nir.signal<2>
  %h = nir.lif "h"(%wx) {tau = dense<46.34> : tensor<2xf64>, r = dense<32768.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %wo = nir.linear "w_out"(%h) {weight = dense<0.5> : tensor<1x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<1>
  %ro = nir.cuba_lif "readout"(%wo) {tau_mem = dense<0.032> : tensor<1xf64>, tau_syn = dense<32.768> : tensor<1xf64>,
      w_in = dense<32768.0> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- window-128.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<2>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<10x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<10>
  %wba = nir.linear "w_ba"(%b) {weight = dense<0.5> : tensor<10x118xf32>}
      : (!nir.signal<118>) -> !nir.signal<10>
  %a = nir.lif "a"(%wi, %wba) {tau = dense<0.016> : tensor<10xf64>, r = dense<1.0> : tensor<10xf64>,
      v_leak = dense<0.0> : tensor<10xf64>, v_threshold = dense<1.0> : tensor<10xf64>,
      v_reset = dense<0.0> : tensor<10xf64>}
      : (!nir.signal<10>, !nir.signal<10>) -> !nir.signal<10>
  %wab = nir.linear "w_ab"(%a) {weight = dense<0.5> : tensor<118x10xf32>}
      : (!nir.signal<10>) -> !nir.signal<118>
  %b = nir.lif "b"(%wab) {tau = dense<0.016> : tensor<118xf64>, r = dense<1.0> : tensor<118xf64>,
      v_leak = dense<0.0> : tensor<118xf64>, v_threshold = dense<1.0> : tensor<118xf64>,
      v_reset = dense<0.0> : tensor<118xf64>}
      : (!nir.signal<118>) -> !nir.signal<118>
  %wo = nir.linear "w_out"(%a) {weight = dense<0.5> : tensor<2x10xf32>}
      : (!nir.signal<10>) -> !nir.signal<2>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- window-129.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<2>
  %wi = nir.linear "w_in"(%x) {weight = dense<0.5> : tensor<10x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<10>
  %wba = nir.linear "w_ba"(%b) {weight = dense<0.5> : tensor<10x119xf32>}
      : (!nir.signal<119>) -> !nir.signal<10>
  %a = nir.lif "a"(%wi, %wba) {tau = dense<0.016> : tensor<10xf64>, r = dense<1.0> : tensor<10xf64>,
      v_leak = dense<0.0> : tensor<10xf64>, v_threshold = dense<1.0> : tensor<10xf64>,
      v_reset = dense<0.0> : tensor<10xf64>}
      : (!nir.signal<10>, !nir.signal<10>) -> !nir.signal<10>
  %wab = nir.linear "w_ab"(%a) {weight = dense<0.5> : tensor<119x10xf32>}
      : (!nir.signal<10>) -> !nir.signal<119>
  %b = nir.lif "b"(%wab) {tau = dense<0.016> : tensor<119xf64>, r = dense<1.0> : tensor<119xf64>,
      v_leak = dense<0.0> : tensor<119xf64>, v_threshold = dense<1.0> : tensor<119xf64>,
      v_reset = dense<0.0> : tensor<119xf64>}
      : (!nir.signal<119>) -> !nir.signal<119>
  %wo = nir.linear "w_out"(%a) {weight = dense<0.5> : tensor<2x10xf32>}
      : (!nir.signal<10>) -> !nir.signal<2>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- weights-lost.mlir
nir.graph "g" {
  %x = nir.input "in" : !nir.signal<1>
  %wx = nir.linear "w_x"(%x) {weight = dense<0.5> : tensor<2x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<2>
  %h = nir.lif "h"(%wx) {tau = dense<32.768> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %wo = nir.linear "w_out"(%h) {weight = dense<0.5> : tensor<1x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<1>
  %ro = nir.lif "readout"(%wo) {tau = dense<0.032> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}
