// nirc compile --target brainscales2: a small network that fits, with its
// placement, the integers hxtorch's rules give (docs/chips.md section 5,
// lib/Dialect/Chip/Targets/BrainScaleS2.cpp; computed by hand below) and the
// JSON target description; then the command's BrainScaleS-2 paths. The
// limits are in compile-brainscales2-limits.mlir, the design rules in
// compile-brainscales2-rules.mlir, the real files in
// compile-brainscales2-fixtures.mlir.

// RUN: rm -rf %t && split-file %s %t

//===----------------------------------------------------------------------===//
// fit.mlir: in [3] -> linear "fc1" -> cuba_lif "h" [4] -> affine "fc2"
// (zero bias) -> cuba_li "ro" [2], the readout.
//
// Weights: q = clamp(round-half-away-from-zero(64 w w_in), -63, 63).
// fc1 (w_in of h = 1):
//   row 0:  0.5 -> 32,  0.0078125 -> 0.5 -> 1,  0.0234375 -> 1.5 -> 2
//   row 1: -0.0078125 -> -0.5 -> -1 (half-even and truncation give 0),
//          -0.0234375 -> -1.5 -> -2,  0.990625 (f32 0.99062502...) -> 63.4 -> 63
//   row 2: -0.984375 -> -63,  0.1 -> 6.4 -> 6,  -0.003 -> -0.192 -> 0
//   row 3:  0 -> 0,  0.25 -> 16,  0.0390625 -> 2.5 -> 3 (half-even gives 2)
// 10 non-zero. Rows (one per input channel and sign): channel 0 has + and -,
// channel 1 + and -, channel 2 only + (its -0.003 rounds to 0 and takes no
// inhibitory row): exc_rows 3, inh_rows 2. Worst error
// |0.0078125 - 1/64| = 1/128 (also 1.5/64 and 2.5/64), over max |w| =
// 0.99062502384: 0.0078864351 = 0.79%.
// fc2 (w_in of ro = [1, 0.5], folded into its rows of weights):
//   row 0:  0.25 -> 16, -0.25 -> -16, 0.5 -> 32, 0 -> 0
//   row 1: -0.125 * 0.5 = -0.0625 -> -4, 0.0625 -> 4, 0 -> 0, 0.75 * 0.5 = 0.375 -> 24
// exact (error 0); 6 non-zero; h's channels 0 and 1 have both signs, 2 and
// 3 only +: exc_rows 4, inh_rows 2.
//
// Registers: tau_*_hw = tau / 1000 (1000x speed-up): h 1e-5 and 5e-6 s, ro
// 4e-6 and 2e-6 s. Capacitance c = tau_mem / r (h 0.01 / 2 = 0.005, ro
// 0.004 / 1 = 0.004) in LSB c / tau_mem * r * 63 = 63. leak, reset and
// threshold are the calibration targets 80, 80, 150 (reset and threshold
// on the cuba_lif only); the NIR values go to *_model (0.1, -0.2, 1 for h).
//
// Placement: 6 neurons and 11 rows (in: 3 exc + 2 inh, h: 4 exc + 2 inh) fit
// hemisphere 0: h at offset 0, ro after it at 4; no route.
//===----------------------------------------------------------------------===//

// RUN: nirc compile %t/fit.mlir --target brainscales2 -o %t/fit.json --emit-mlir %t/fit.chip.mlir 2> %t/fit.log
// RUN: FileCheck %s --check-prefix=SUMMARY < %t/fit.log
// RUN: FileCheck %s --check-prefix=JSON < %t/fit.json
// RUN: FileCheck %s --check-prefix=CHIP < %t/fit.chip.mlir

// SUMMARY: warning: BrainScaleS-2 is analog: leak, reset and threshold are the calibration targets 80, 80 and 150 CADC units, not NIR's v_leak, v_reset and v_threshold (kept as *_model registers), and time constants run 1000x faster than NIR's
// SUMMARY: BrainScaleS-2 (dt = 0.001 s): 1 of 2 cores used
// SUMMARY-NEXT: hemisphere   1 of 2 cores, 6 of 512 neurons
// SUMMARY-NEXT: synapses             kind     from -> to                     non-zero  worst error
// SUMMARY-NEXT: fc1                  dense    in -> h                              10        0.79%
// SUMMARY-NEXT: fc2                  dense    h -> ro                               6        0.00%
// SUMMARY-NOT: {{.}}

// JSON:      "format": "nirc-chip-description",
// JSON-NEXT: "format_version": 1,
// JSON-NEXT: "target": "brainscales2",
// JSON-NEXT: "target_name": "BrainScaleS-2",
// JSON-NEXT: "dt_s": 0.001,
// JSON-NEXT: "limits": {
// JSON-NEXT:   "neurons": 512,
// JSON-NEXT:   "hemispheres": 2,
// JSON-NEXT:   "neurons_per_hemisphere": 256,
// JSON-NEXT:   "synapse_rows_per_hemisphere": 256,
// JSON-NEXT:   "synapses": 131072,
// JSON-NEXT:   "weight_bits": 6,
// JSON-NEXT:   "weight_max": 63,
// JSON-NEXT:   "weight_scale": 64,
// JSON-NEXT:   "speedup": 1000,
// JSON-NEXT:   "membrane_capacitance_max": 63,
// JSON-NEXT:   "leak_target": 80,
// JSON-NEXT:   "reset_target": 80,
// JSON-NEXT:   "threshold_target": 150,
// JSON-NEXT:   "weight_range": [-63,63]
// JSON-NEXT: },
// JSON-NEXT: "cores": [
// JSON-NEXT:   {
// JSON-NEXT:     "index": 0,
// JSON-NEXT:     "kind": "hemisphere",
// JSON-NEXT:     "neuron_capacity": 256
// JSON-NEXT:   }
// JSON-NEXT: ],
// JSON-NEXT: "inputs": [
// JSON-NEXT:   {
// JSON-NEXT:     "name": "in",
// JSON-NEXT:     "shape": [3]
// JSON-NEXT:   }
// JSON-NEXT: ],
// JSON-NEXT: "populations": [
// JSON-NEXT:   {
// JSON-NEXT:     "name": "h",
// JSON-NEXT:     "nir_op": "nir.cuba_lif",
// JSON-NEXT:     "model": "cuba_lif",
// JSON-NEXT:     "shape": [4],
// JSON-NEXT:     "size": 4,
// JSON-NEXT:     "nir_params": {
// JSON-NEXT:       "r": [2,2,2,2],
// JSON-NEXT:       "tau_mem": [0.01,0.01,0.01,0.01],
// JSON-NEXT:       "tau_syn": [0.0050000000000000001,0.0050000000000000001,0.0050000000000000001,0.0050000000000000001],
// JSON-NEXT:       "v_leak": [0.10000000000000001,0.10000000000000001,0.10000000000000001,0.10000000000000001],
// JSON-NEXT:       "v_reset": [-0.20000000000000001,-0.20000000000000001,-0.20000000000000001,-0.20000000000000001],
// JSON-NEXT:       "v_threshold": [1,1,1,1],
// JSON-NEXT:       "w_in": [1,1,1,1]
// JSON-NEXT:     },
// JSON-NEXT:     "registers": {
// JSON-NEXT:       "leak": [80,80,80,80],
// JSON-NEXT:       "leak_model": [0.10000000000000001,0.10000000000000001,0.10000000000000001,0.10000000000000001],
// JSON-NEXT:       "membrane_capacitance": [63,63,63,63],
// JSON-NEXT:       "membrane_capacitance_model": [0.0050000000000000001,0.0050000000000000001,0.0050000000000000001,0.0050000000000000001],
// JSON-NEXT:       "reset": [80,80,80,80],
// JSON-NEXT:       "reset_model": [-0.20000000000000001,-0.20000000000000001,-0.20000000000000001,-0.20000000000000001],
// JSON-NEXT:       "tau_mem_hw": [1.0000000000000001e-05,1.0000000000000001e-05,1.0000000000000001e-05,1.0000000000000001e-05],
// JSON-NEXT:       "tau_syn_hw": [5.0000000000000004e-06,5.0000000000000004e-06,5.0000000000000004e-06,5.0000000000000004e-06],
// JSON-NEXT:       "threshold": [150,150,150,150],
// JSON-NEXT:       "threshold_model": [1,1,1,1]
// JSON-NEXT:     },
// JSON-NEXT:     "placement": [
// JSON-NEXT:       {
// JSON-NEXT:         "core": 0,
// JSON-NEXT:         "offset": 0,
// JSON-NEXT:         "neurons": [0,4]
// JSON-NEXT:       }
// JSON-NEXT:     ]
// JSON-NEXT:   },
// JSON-NEXT:   {
// JSON-NEXT:     "name": "ro",
// JSON-NEXT:     "nir_op": "nir.cuba_li",
// JSON-NEXT:     "model": "cuba_li",
// JSON-NEXT:     "shape": [2],
// JSON-NEXT:     "size": 2,
// JSON-NEXT:     "nir_params": {
// JSON-NEXT:       "r": [1,1],
// JSON-NEXT:       "tau_mem": [0.0040000000000000001,0.0040000000000000001],
// JSON-NEXT:       "tau_syn": [0.002,0.002],
// JSON-NEXT:       "v_leak": [0,0],
// JSON-NEXT:       "w_in": [1,0.5]
// JSON-NEXT:     },
// A readout has no reset and no threshold.
// JSON-NEXT:     "registers": {
// JSON-NEXT:       "leak": [80,80],
// JSON-NEXT:       "leak_model": [0,0],
// JSON-NEXT:       "membrane_capacitance": [63,63],
// JSON-NEXT:       "membrane_capacitance_model": [0.0040000000000000001,0.0040000000000000001],
// JSON-NEXT:       "tau_mem_hw": [3.9999999999999998e-06,3.9999999999999998e-06],
// JSON-NEXT:       "tau_syn_hw": [1.9999999999999999e-06,1.9999999999999999e-06]
// JSON-NEXT:     },
// JSON-NEXT:     "placement": [
// JSON-NEXT:       {
// JSON-NEXT:         "core": 0,
// JSON-NEXT:         "offset": 4,
// JSON-NEXT:         "neurons": [0,2]
// JSON-NEXT:       }
// JSON-NEXT:     ]
// JSON-NEXT:   }
// JSON-NEXT: ],
// JSON-NEXT: "synapses": [
// JSON-NEXT:   {
// JSON-NEXT:     "name": "fc1",
// JSON-NEXT:     "nir_op": "nir.linear",
// JSON-NEXT:     "kind": "dense",
// JSON-NEXT:     "source": "in",
// JSON-NEXT:     "target": "h",
// JSON-NEXT:     "shape": [4,3],
// JSON-NEXT:     "nonzero": 10,
// JSON-NEXT:     "weights": [32,1,2,-1,-2,63,-63,6,0,0,16,3],
// JSON-NEXT:     "registers": {
// JSON-NEXT:       "exc_rows": 3,
// JSON-NEXT:       "inh_rows": 2,
// JSON-NEXT:       "quant_error": 0.0078864351{{[0-9]*}},
// JSON-NEXT:       "weight_scale": 64
// JSON-NEXT:     }
// JSON-NEXT:   },
// JSON-NEXT:   {
// JSON-NEXT:     "name": "fc2",
// JSON-NEXT:     "nir_op": "nir.affine",
// JSON-NEXT:     "kind": "dense",
// JSON-NEXT:     "source": "h",
// JSON-NEXT:     "target": "ro",
// JSON-NEXT:     "shape": [2,4],
// JSON-NEXT:     "nonzero": 6,
// JSON-NEXT:     "weights": [16,-16,32,0,-4,4,0,24],
// JSON-NEXT:     "registers": {
// JSON-NEXT:       "exc_rows": 4,
// JSON-NEXT:       "inh_rows": 2,
// JSON-NEXT:       "quant_error": 0,
// JSON-NEXT:       "weight_scale": 64
// JSON-NEXT:     }
// JSON-NEXT:   }
// JSON-NEXT: ],
// JSON-NEXT: "routes": [],
// JSON-NEXT: "outputs": [
// JSON-NEXT:   {
// JSON-NEXT:     "name": "out",
// JSON-NEXT:     "source": "ro"
// JSON-NEXT:   }
// JSON-NEXT: ]
// JSON-NEXT: }

// The mapped IR: one hemisphere, registers stored once for the whole layer,
// the slices at offsets 0 and 4 of hemisphere 0.
// CHIP:      chip.device "brainscales2" attributes {dt = 1.000000e-03 : f64}
// CHIP-NEXT: %[[H0:.+]] = chip.core 0 "hemisphere"
// CHIP-NOT:  chip.core
// CHIP:      %[[H:.+]] = chip.population "h" cuba_lif [4] {{.*}}registers = {leak = dense<80> : tensor<1xi64>, leak_model = dense<1.000000e-01> : tensor<1xf64>, membrane_capacitance = dense<63> : tensor<1xi64>, membrane_capacitance_model = dense<5.000000e-03> : tensor<1xf64>, reset = dense<80> : tensor<1xi64>, reset_model = dense<-2.000000e-01> : tensor<1xf64>, tau_mem_hw = dense<1.000000e-05> : tensor<1xf64>, tau_syn_hw = dense<5.000000e-06> : tensor<1xf64>, threshold = dense<150> : tensor<1xi64>, threshold_model = dense<1.000000e+00> : tensor<1xf64>}, scale = #chip.scale<6.400000e+01, "hxtorch's fixed weight scale">}
// CHIP:      %[[RO:.+]] = chip.population "ro" cuba_li [2] {{.*}}registers = {leak = dense<80> : tensor<1xi64>, leak_model = dense<0.000000e+00> : tensor<1xf64>, membrane_capacitance = dense<63> : tensor<1xi64>, membrane_capacitance_model = dense<4.000000e-03> : tensor<1xf64>, tau_mem_hw = dense<4.000000e-06> : tensor<1xf64>, tau_syn_hw = dense<2.000000e-06> : tensor<1xf64>}, scale = #chip.scale<6.400000e+01, "hxtorch's fixed weight scale">}
// CHIP:      chip.synapses "fc1" dense {{.*}}qweight = dense<{{\[}}[32, 1, 2], [-1, -2, 63], [-63, 6, 0], [0, 16, 3]]> : tensor<4x3xi64>, registers = {exc_rows = 3 : i64, inh_rows = 2 : i64,
// CHIP:      chip.synapses "fc2" dense {{.*}}qweight = dense<{{\[}}[16, -16, 32, 0], [-4, 4, 0, 24]]> : tensor<2x4xi64>, registers = {exc_rows = 4 : i64, inh_rows = 2 : i64, quant_error = 0.000000e+00 : f64,
// CHIP:      chip.slice %[[H]][0 : 4] on %[[H0]] at 0
// CHIP-NEXT: chip.slice %[[RO]][0 : 2] on %[[H0]] at 4
// CHIP-NOT:  chip.route

//===----------------------------------------------------------------------===//
// The command
//===----------------------------------------------------------------------===//

// BrainScaleS-2 in --list-targets, with the limits the JSON lists.
// RUN: nirc compile --list-targets | FileCheck %s --check-prefix=LIST
// LIST: brainscales2   BrainScaleS-2        2  512 neuron circuits, 2 hemispheres, 256 neurons per hemisphere, 256 synapse rows per hemisphere (one per presynaptic neuron and sign), 131072 synapses, 6 bits per weight magnitude, 63 largest weight magnitude, 64 hardware weight per unit NIR weight, 1000 times faster than the model, 63 membrane capacitance LSB, 80 CADC units of the leak target, 80 CADC units of the reset target, 150 CADC units of the threshold target{{$}}

// The target name is "brainscales2", not the display name.
// RUN: not nirc compile %t/fit.mlir --target BrainScaleS-2 -o %t/none.json 2>&1 | FileCheck %s --check-prefix=NAME
// NAME: error: unknown target 'BrainScaleS-2'; one of: {{.*}} brainscales2{{( |$)}}
// RUN: not test -e %t/none.json

// The chip runs continuously 1000x faster than the model: dt is recorded,
// and changes nothing else (the tau_*_hw registers stay tau / 1000).
// RUN: nirc compile %t/fit.mlir --target brainscales2 --dt 0.25 -o %t/dt.json 2>&1 | FileCheck %s --check-prefix=DT
// DT: BrainScaleS-2 (dt = 0.25 s): 1 of 2 cores used
// RUN: FileCheck %s --check-prefix=DT-JSON < %t/dt.json
// DT-JSON: "dt_s": 0.25,
// RUN: grep -v '"dt_s"' %t/fit.json > %t/fit.nodt.json
// RUN: grep -v '"dt_s"' %t/dt.json > %t/dt.nodt.json
// RUN: diff %t/fit.nodt.json %t/dt.nodt.json

// No weight of fit.mlir saturates (63.4 rounds to 63): --allow-saturation
// changes nothing and warns of nothing but the calibration.
// RUN: nirc compile %t/fit.mlir --target brainscales2 --allow-saturation -o %t/saturation.json 2> %t/saturation.log
// RUN: diff %t/fit.json %t/saturation.json
// RUN: FileCheck %s --check-prefix=SUMMARY < %t/saturation.log
// RUN: FileCheck %s --check-prefix=NO-CLIP < %t/saturation.log
// NO-CLIP-NOT: weights saturate

// A model BrainScaleS-2 cannot run writes nothing, and says which chip
// refused it.
// RUN: not nirc compile %t/lif.mlir --target brainscales2 -o %t/lif.json --emit-mlir %t/lif.chip.mlir 2>&1 | FileCheck %s --check-prefix=REFUSED
// REFUSED: lif.mlir:4:8: error: 'nir.lif' "hidden": BrainScaleS-2 has no lif neurons{{$}}
// REFUSED: nirc compile: {{.*}}lif.mlir does not map onto BrainScaleS-2
// RUN: not test -e %t/lif.json
// RUN: not test -e %t/lif.chip.mlir

// The same for a failure in chip-quantize (saturation, without
// --allow-saturation) and in chip-place (too many neurons: the limits file).
// RUN: not nirc compile %t/saturated.mlir --target brainscales2 -o %t/saturated.json --emit-mlir %t/saturated.chip.mlir 2>&1 | FileCheck %s --check-prefix=SATURATED
// SATURATED: saturated.mlir:3:8: error: 'nir.linear' "fc": 1 of 2 weights saturate: the largest |64 w| is 63.5, above BrainScaleS-2's limit of 63 (6-bit synapse weight); hxtorch would clip them silently; allow saturation (nirc --allow-saturation) to clip them with a warning
// SATURATED: nirc compile: {{.*}}saturated.mlir does not map onto BrainScaleS-2
// RUN: not test -e %t/saturated.json
// RUN: not test -e %t/saturated.chip.mlir

//--- fit.mlir
nir.graph "bs2_fit" {
  %x = nir.input "in" : !nir.signal<3>
  %fc1 = nir.linear "fc1"(%x) {
      weight = dense<[[0.5, 0.0078125, 0.0234375],
                      [-0.0078125, -0.0234375, 0.990625],
                      [-0.984375, 0.1, -0.003],
                      [0.0, 0.25, 0.0390625]]> : tensor<4x3xf32>}
      : (!nir.signal<3>) -> !nir.signal<4>
  %h = nir.cuba_lif "h"(%fc1) {tau_syn = dense<5.0e-3> : tensor<4xf64>,
      tau_mem = dense<1.0e-2> : tensor<4xf64>, r = dense<2.0> : tensor<4xf64>,
      v_leak = dense<0.1> : tensor<4xf64>, v_threshold = dense<1.0> : tensor<4xf64>,
      v_reset = dense<-0.2> : tensor<4xf64>, w_in = dense<1.0> : tensor<4xf64>}
      : (!nir.signal<4>) -> !nir.signal<4>
  %fc2 = nir.affine "fc2"(%h) {
      weight = dense<[[0.25, -0.25, 0.5, 0.0],
                      [-0.125, 0.125, 0.0, 0.75]]> : tensor<2x4xf32>,
      bias = dense<0.0> : tensor<2xf32>}
      : (!nir.signal<4>) -> !nir.signal<2>
  %ro = nir.cuba_li "ro"(%fc2) {tau_syn = dense<2.0e-3> : tensor<2xf64>,
      tau_mem = dense<4.0e-3> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<[1.0, 0.5]> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- lif.mlir
nir.graph "lif" {
  %in = nir.input "in" : !nir.signal<2>
  %w = nir.linear "w"(%in) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<*>
  %s = nir.lif "hidden"(%w) {tau = dense<0.01> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<*>) -> !nir.signal<2>
  %w2 = nir.linear "w2"(%s) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<*>
  %ro = nir.cuba_li "ro"(%w2) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<*>) -> !nir.signal<2>
  %o = nir.output "out"(%ro) : (!nir.signal<2>) -> !nir.signal<*>
}

//--- saturated.mlir
nir.graph "saturated" {
  %in = nir.input "in" : !nir.signal<2>
  %w = nir.linear "fc"(%in) {weight = dense<[[0.9921875, 0.5]]> : tensor<1x2xf32>} : (!nir.signal<2>) -> !nir.signal<1>
  %ro = nir.cuba_li "ro"(%w) {tau_syn = dense<5.0e-3> : tensor<1xf64>, tau_mem = dense<1.0e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>, v_leak = dense<0.0> : tensor<1xf64>, w_in = dense<1.0> : tensor<1xf64>} : (!nir.signal<1>) -> !nir.signal<1>
  %o = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<*>
}
