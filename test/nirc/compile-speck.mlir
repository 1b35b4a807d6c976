// nirc compile --target speck: a small CNN that fits, with its placement,
// the integers Sinabs' discretisation gives (docs/chips.md §2.3, computed by
// hand below) and the JSON target description; then the command's
// Speck-specific paths. The limits are in compile-speck-rules.mlir,
// compile-speck-memory.mlir and compile-speck-quantize.mlir; the real files
// in compile-speck-fixtures.mlir.

// RUN: rm -rf %t && split-file %s %t

//===----------------------------------------------------------------------===//
// fit.mlir: in [1,8,8] -> conv "c1" (1->2, 3x3, stride 1, padding 1) -> IF
// "if1" [2,8,8] -> sum pool 4 + flatten -> affine "fc" (8->3, bias) -> IF
// "if2" [3], the readout.
//
// Memory (K = c·2^(ceil log2(k·k) + ceil log2 f), N = f·2^(ceil log2 fy +
// ceil log2 fx)): c1: K = 1·2^(4+1) = 32, N = 2·2^(3+3) = 128; fc (a conv
// whose kernel is its pooled input 2x2x2): K = 2·2^(2+2) = 32, N = 3,
// bias 3. Both fit any of the 9 cores; each takes a core of its own.
//
// c1 -> if1 (r = 1, v_threshold = 1, no bias): max w = 0.9921875 = 127/128,
// min w = -0.75 does not bind (0.75 <= 0.9921875·128/127), so
// scale = min(127/0.9921875, 32767/1) = 128. q = round-half-even(128·w):
//   0.9921875 -> 127, 0.5 -> 64, 0.25 -> 32, 0.01953125 -> 2.5 -> 2,
//   0.02734375 -> 3.5 -> 4, -0.01953125 -> -2.5 -> -2, 0.1 -> 12.8 -> 13,
//   -0.5 -> -64, -0.75 -> -96, 0.3 -> 38.4 -> 38, 0.125 -> 16;
// 11 of 18 non-zero. threshold_high = 128, threshold_low = -128. Worst error
// |2.5 - 2|/128 = 1/256, relative to max |w|: (1/256)/(127/128) = 1/254
// = 0.39%.
//
// fc -> if2 (r = 2 folded into weights and bias, v_threshold = 4):
// w' = 2w: min -1.0 binds (1.0 > 0.75·128/127), scale_w = 128/1 = 128;
// bias' = [0.5, -0.25, 0]: scale_b = 127/0.5 = 254; threshold:
// 32767/4 = 8191.75; scale = 128. Weights 128·w':
//   row 0: -1 -> -128, 0.75 -> 96, 0.2 -> 25.6 -> 26, 0.015625 -> 2
//   row 1: 0.125 -> 16, -0.125 -> -16, 0.5 -> 64
//   row 2: 0.25 -> 32 (x8)
// biases 128·bias' = [64, -32, 0], threshold_high = 512, low = -512. Worst
// error |0.2 - 26/128| = 0.003125 (0.1 is a float32: 0.0031249970...),
// over max |w'| = 1: 0.31%.
//===----------------------------------------------------------------------===//

// RUN: nirc compile %t/fit.mlir --target speck --dt 0.5 -o %t/fit.json --emit-mlir %t/fit.chip.mlir 2> %t/fit.log
// RUN: FileCheck %s --check-prefix=SUMMARY < %t/fit.log
// RUN: FileCheck %s --check-prefix=JSON < %t/fit.json
// RUN: FileCheck %s --check-prefix=CHIP < %t/fit.chip.mlir

// SUMMARY: warning: 'nir.if' "if2": Speck adds biases on its slow leak clock, not per dt; set the leak clock period to dt = 0.5 s
// SUMMARY: warning: Speck clips each membrane at threshold_low = -threshold_high, as Sinabs' NIR import does (min_v_mem = -v_threshold); NIR's IF has no lower bound
// SUMMARY: Speck (dt = 0.5 s): 2 of 9 cores used
// SUMMARY-NEXT: cnn          2 of 9 cores, 131 of 327680 neurons
// SUMMARY-NEXT: synapses             kind     from -> to                     non-zero  worst error
// SUMMARY-NEXT: c1                   conv2d   in -> if1                            11        0.39%
// SUMMARY-NEXT: fc                   dense    if1 -> if2                           15        0.31%
// SUMMARY-NOT: {{.}}

// JSON:      "format": "nirc-chip-description",
// JSON-NEXT: "format_version": 1,
// JSON-NEXT: "target": "speck",
// JSON-NEXT: "target_name": "Speck",
// JSON-NEXT: "dt_s": 0.5,
// JSON-NEXT: "limits": {
// JSON-NEXT:   "cores": 9,
// JSON-NEXT:   "kernel_memory_max": 65536,
// JSON-NEXT:   "neuron_memory_max": 65536,
// JSON-NEXT:   "bias_memory": 1024,
// JSON-NEXT:   "weight_bits": 8,
// JSON-NEXT:   "threshold_bits": 16,
// JSON-NEXT:   "kernel_size": 16,
// JSON-NEXT:   "output_channels": 1024,
// JSON-NEXT:   "input_size": 128,
// JSON-NEXT:   "output_size": 64,
// JSON-NEXT:   "padding": 7,
// JSON-NEXT:   "stride": 8,
// JSON-NEXT:   "pooling": 4,
// JSON-NEXT:   "destinations": 2,
// JSON-NEXT:   "weight_range": [-128,127]
// JSON-NEXT: },
// Two cores, one per layer, with the neuron memory of their index.
// JSON-NEXT: "cores": [
// JSON-NEXT:   {
// JSON-NEXT:     "index": {{[0-8]}},
// JSON-NEXT:     "kind": "cnn",
// JSON-NEXT:     "neuron_capacity": {{65536|32768|16384}}
// JSON-NEXT:   },
// JSON-NEXT:   {
// JSON-NEXT:     "index": {{[0-8]}},
// JSON-NEXT:     "kind": "cnn",
// JSON-NEXT:     "neuron_capacity": {{65536|32768|16384}}
// JSON-NEXT:   }
// JSON-NEXT: ],
// JSON-NEXT: "inputs": [
// JSON-NEXT:   {
// JSON-NEXT:     "name": "in",
// JSON-NEXT:     "shape": [1,8,8]
// JSON-NEXT:   }
// JSON-NEXT: ],
// JSON-NEXT: "populations": [
// JSON-NEXT:   {
// JSON-NEXT:     "name": "if1",
// JSON-NEXT:     "nir_op": "nir.if",
// JSON-NEXT:     "model": "if",
// JSON-NEXT:     "shape": [2,8,8],
// JSON-NEXT:     "size": 128,
// JSON-NEXT:     "nir_params": {
// JSON-NEXT:       "r": [{{(1,){127}1}}],
// JSON-NEXT:       "v_reset": [{{(0,){127}0}}],
// JSON-NEXT:       "v_threshold": [{{(1,){127}1}}]
// JSON-NEXT:     },
// JSON-NEXT:     "registers": {
// JSON-NEXT:       "biases": [{{(0,){127}0}}],
// leak_enable and return_to_zero: compile-speck-json-registers.mlir.
// JSON:            "scale": 128,
// JSON-NEXT:       "threshold_high": [{{(128,){127}128}}],
// JSON-NEXT:       "threshold_low": [{{(-128,){127}-128}}]
// JSON-NEXT:     },
// JSON-NEXT:     "placement": [
// JSON-NEXT:       {
// JSON-NEXT:         "core": [[IF1_CORE:[0-8]]],
// JSON-NEXT:         "offset": 0,
// JSON-NEXT:         "neurons": [0,128]
// JSON-NEXT:       }
// JSON-NEXT:     ]
// JSON-NEXT:   },
// JSON-NEXT:   {
// JSON-NEXT:     "name": "if2",
// JSON-NEXT:     "nir_op": "nir.if",
// JSON-NEXT:     "model": "if",
// JSON-NEXT:     "shape": [3],
// JSON-NEXT:     "size": 3,
// JSON-NEXT:     "nir_params": {
// JSON-NEXT:       "bias": [0.25,-0.125,0],
// JSON-NEXT:       "r": [2,2,2],
// JSON-NEXT:       "v_reset": [0,0,0],
// JSON-NEXT:       "v_threshold": [4,4,4]
// JSON-NEXT:     },
// JSON-NEXT:     "registers": {
// JSON-NEXT:       "biases": [64,-32,0],
// JSON:            "scale": 128,
// JSON-NEXT:       "threshold_high": [512,512,512],
// JSON-NEXT:       "threshold_low": [-512,-512,-512]
// JSON-NEXT:     },
// JSON-NEXT:     "placement": [
// JSON-NEXT:       {
// JSON-NEXT:         "core": [[IF2_CORE:[0-8]]],
// JSON-NEXT:         "offset": 0,
// JSON-NEXT:         "neurons": [0,3]
// JSON-NEXT:       }
// JSON-NEXT:     ]
// JSON-NEXT:   }
// JSON-NEXT: ],
// JSON-NEXT: "synapses": [
// JSON-NEXT:   {
// JSON-NEXT:     "name": "c1",
// JSON-NEXT:     "nir_op": "nir.conv2d",
// JSON-NEXT:     "kind": "conv2d",
// JSON-NEXT:     "source": "in",
// JSON-NEXT:     "target": "if1",
// JSON-NEXT:     "stride": [1,1],
// JSON-NEXT:     "padding": [1,1],
// JSON-NEXT:     "shape": [2,1,3,3],
// JSON-NEXT:     "nonzero": 11,
// JSON-NEXT:     "weights": [127,64,32,2,4,-2,0,13,-64,-96,38,0,0,0,0,0,0,16],
// JSON-NEXT:     "registers": {
// JSON-NEXT:       "quant_error": 0.003937007874015748,
// JSON-NEXT:       "scale": 128
// JSON-NEXT:     }
// JSON-NEXT:   },
// JSON-NEXT:   {
// JSON-NEXT:     "name": "fc",
// JSON-NEXT:     "nir_op": "nir.affine",
// JSON-NEXT:     "kind": "dense",
// JSON-NEXT:     "source": "if1",
// JSON-NEXT:     "target": "if2",
// JSON-NEXT:     "absorbed": [
// JSON-NEXT:       "f",
// JSON-NEXT:       "p1"
// JSON-NEXT:     ],
// JSON-NEXT:     "pool": [4],
// JSON-NEXT:     "shape": [3,8],
// JSON-NEXT:     "nonzero": 15,
// JSON-NEXT:     "weights": [-128,96,26,0,0,0,0,2,16,-16,64,0,0,0,0,0,32,32,32,32,32,32,32,32],
// JSON-NEXT:     "registers": {
// JSON-NEXT:       "quant_error": 0.0031249{{[0-9]*}},
// JSON-NEXT:       "scale": 128
// JSON-NEXT:     }
// JSON-NEXT:   }
// JSON-NEXT: ],
// One route, from the core of if1 to the (other) core of if2.
// JSON-NEXT: "routes": [
// JSON-NEXT:   {
// JSON-NEXT:     "source": [[IF1_CORE]],
// JSON-NEXT:     "destination": [[IF2_CORE]],
// JSON-NEXT:     "synapses": [
// JSON-NEXT:       "fc"
// JSON-NEXT:     ]
// JSON-NEXT:   }
// JSON-NEXT: ],
// JSON-NEXT: "outputs": [
// JSON-NEXT:   {
// JSON-NEXT:     "name": "out",
// JSON-NEXT:     "source": "if2"
// JSON-NEXT:   }
// JSON-NEXT: ]
// JSON-NEXT: }

// The mapped IR: the flags of each layer (a leak only where the quantised
// biases are not all zero).
// CHIP:      chip.device "speck" attributes {dt = 5.000000e-01 : f64}
// CHIP-COUNT-2: = chip.core {{[0-8]}} "cnn"
// CHIP:      chip.population "if1" if [2, 8, 8] {{.*}}registers = {biases = dense<0> : tensor<1xi64>, leak_enable = false, return_to_zero = true, scale = 1.280000e+02 : f64, threshold_high = dense<128> : tensor<1xi64>, threshold_low = dense<-128> : tensor<1xi64>}
// CHIP:      chip.population "if2" if [3] {{.*}}registers = {biases = dense<[64, -32, 0]> : tensor<3xi64>, leak_enable = true, return_to_zero = true, scale = 1.280000e+02 : f64, threshold_high = dense<512> : tensor<1xi64>, threshold_low = dense<-512> : tensor<1xi64>}
// CHIP:      chip.route

//===----------------------------------------------------------------------===//
// The command
//===----------------------------------------------------------------------===//

// Speck in --list-targets, with the limits the JSON lists.
// RUN: nirc compile --list-targets | FileCheck %s --check-prefix=LIST
// LIST: speck          Speck                9  9 CNN cores (layers), 65536 kernel memory entries on the largest core (16Ki-64Ki per core), 65536 neuron memory entries on the largest core (16Ki-64Ki per core), 1024 bias memory entries per core, 8 bits per weight and bias, 16 bits per threshold and membrane, 16 rows and columns of a square kernel, 1024 output channels per layer, 128 rows and columns of a layer's input, 64 rows and columns of a layer's output feature map, 7 rows or columns of padding, 8 largest stride (1, 2, 4 or 8), 4 largest sum pooling (1, 2 or 4), 2 destination layers per layer

// The target name is "speck", not the display name.
// RUN: not nirc compile %t/fit.mlir --target Speck -o %t/none.json 2>&1 | FileCheck %s --check-prefix=NAME
// NAME: error: unknown target 'Speck'; one of: {{.*}} speck {{.*}}
// RUN: not test -e %t/none.json

// The default dt (1 ms) is what the leak clock must tick at.
// RUN: nirc compile %t/fit.mlir --target speck 2>&1 | FileCheck %s --check-prefix=DEFAULT-DT
// DEFAULT-DT: warning: 'nir.if' "if2": Speck adds biases on its slow leak clock, not per dt; set the leak clock period to dt = 0.001 s
// DEFAULT-DT: Speck (dt = 0.001 s): 2 of 9 cores used

// Speck's scale is chosen from the extremes, so nothing saturates:
// --allow-saturation changes nothing.
// RUN: nirc compile %t/fit.mlir --target speck --dt 0.5 --allow-saturation -o %t/saturation.json 2> %t/saturation.log
// RUN: diff %t/fit.json %t/saturation.json
// RUN: FileCheck %s --check-prefix=SUMMARY < %t/saturation.log

// A model Speck cannot run writes nothing, and says which chip refused it.
// RUN: not nirc compile %t/lif.mlir --target speck -o %t/lif.json --emit-mlir %t/lif.chip.mlir 2>&1 | FileCheck %s --check-prefix=REFUSED
// REFUSED: lif.mlir:4:8: error: 'nir.lif' "hidden": Speck has no lif neurons{{$}}
// REFUSED: nirc compile: {{.*}}lif.mlir does not map onto Speck
// RUN: not test -e %t/lif.json
// RUN: not test -e %t/lif.chip.mlir

//--- fit.mlir
nir.graph "speck_fit" {
  %in = nir.input "in" : !nir.signal<1x8x8>
  %c1 = nir.conv2d "c1"(%in) {
      weight = dense<[[[[0.9921875, 0.5, 0.25], [0.01953125, 0.02734375, -0.01953125], [0.0, 0.1, -0.5]]],
                      [[[-0.75, 0.3, 0.0], [0.0, 0.0, 0.0], [0.0, 0.0, 0.125]]]]> : tensor<2x1x3x3xf32>,
      bias = dense<0.0> : tensor<2xf32>, stride = array<i64: 1, 1>,
      padding = array<i64: 1, 1>, dilation = array<i64: 1, 1>, groups = 1 : i64}
      : (!nir.signal<1x8x8>) -> !nir.signal<*>
  %s1 = nir.if "if1"(%c1) {r = dense<1.0> : tensor<2x8x8xf64>,
      v_threshold = dense<1.0> : tensor<2x8x8xf64>,
      v_reset = dense<0.0> : tensor<2x8x8xf64>}
      : (!nir.signal<*>) -> !nir.signal<2x8x8>
  %p1 = nir.sum_pool2d "p1"(%s1) {kernel_size = array<i64: 4, 4>,
      stride = array<i64: 4, 4>, padding = array<i64: 0, 0>}
      : (!nir.signal<2x8x8>) -> !nir.signal<*>
  %f = nir.flatten "f"(%p1) {start_dim = 0 : i64, end_dim = -1 : i64}
      : (!nir.signal<*>) -> !nir.signal<*>
  %fc = nir.affine "fc"(%f) {
      weight = dense<[[-0.5, 0.375, 0.1, 0.0, 0.0, 0.0, 0.0, 0.0078125],
                      [0.0625, -0.0625, 0.25, 0.0, 0.0, 0.0, 0.0, 0.0],
                      [0.125, 0.125, 0.125, 0.125, 0.125, 0.125, 0.125, 0.125]]> : tensor<3x8xf32>,
      bias = dense<[0.25, -0.125, 0.0]> : tensor<3xf32>}
      : (!nir.signal<*>) -> !nir.signal<*>
  %s2 = nir.if "if2"(%fc) {r = dense<2.0> : tensor<3xf64>,
      v_threshold = dense<4.0> : tensor<3xf64>,
      v_reset = dense<0.0> : tensor<3xf64>}
      : (!nir.signal<*>) -> !nir.signal<3>
  %o = nir.output "out"(%s2) : (!nir.signal<3>) -> !nir.signal<*>
}

//--- lif.mlir
nir.graph "lif" {
  %in = nir.input "in" : !nir.signal<2>
  %w = nir.linear "w"(%in) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<*>
  %s = nir.lif "hidden"(%w) {tau = dense<0.01> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<*>) -> !nir.signal<2>
  %w2 = nir.linear "w2"(%s) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<*>
  %t = nir.if "t"(%w2) {r = dense<1.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<*>) -> !nir.signal<2>
  %o = nir.output "out"(%t) : (!nir.signal<2>) -> !nir.signal<*>
}
