// nirc compile --target speck on the real files (../shared/fixtures):
// Sinabs' N-MNIST CNN fits; the LIF and CubaLIF networks of the other
// frameworks do not (Speck runs IF neurons only).
// REQUIRES: nir-fixtures

// RUN: rm -rf %t && mkdir -p %t

//===----------------------------------------------------------------------===//
// cnn_sinabs: conv "0" (2->16, 5x5, stride 2, padding 1) -> IF "1"
// [16,16,16] -> conv "2" (16->16, 3x3) -> IF "3" -> pool 2 + conv "5"
// (16->8, 3x3) -> IF "6" [8,8,8] -> pool 2 + flatten + affine "9"
// (128->256) -> IF "10" -> affine "11" (256->10) -> IF "12", the readout.
//
// Memory (K = c·2^(ceil log2(k·k) + ceil log2 f), N = f·2^(ceil log2 fy +
// ceil log2 fx)):
//   "1":  K = 2·2^(5+4) = 1024,   N = 16·2^(4+4) = 4096
//   "3":  K = 16·2^(4+4) = 4096,  N = 4096
//   "6":  K = 16·2^(4+3) = 2048,  N = 8·2^(3+3) = 512
//   "10": K = 8·2^(4+8) = 32768 (kernel = the pooled input 8x4x4), N = 256
//   "12": K = 256·2^(0+4) = 4096, N = 10
// so every layer fits any core but "10", which needs 32Ki of kernel memory:
// cores 3 to 6. Five layers, five cores.
//
// Quantisation: in every layer the most negative weight binds (|min| >
// max·128/127), so scale = 128/|min w|, and v_threshold = 1 gives
// threshold_high = round(scale), threshold_low = -threshold_high:
//   "1":  min w = -1.7892860 -> scale 71.5369 ->  72
//   "3":  min w = -1.0032502 -> scale 127.585 -> 128
//   "6":  min w = -0.6253955 -> scale 204.670 -> 205
//   "10": min w = -1.1848100 -> scale 108.034 -> 108
//   "12": min w = -0.6487886 -> scale 197.291 -> 197
// The worst error is at most half a step, 0.5/128 = 0.39% of max |w|; the
// non-zero counts are the weights with |w|·scale > 0.5 (773 of 800, 2262 of
// 2304, 1136 of 1152, 31880 of 32768, 2521 of 2560). No biases.
//===----------------------------------------------------------------------===//

// RUN: nirc compile %fixtures/cnn_sinabs.nir --target speck --dt 1 -o %t/cnn.json 2>&1 | FileCheck %s --check-prefix=CNN
// CNN: warning: Speck clips each membrane at threshold_low = -threshold_high
// CNN-NEXT: Speck (dt = 1 s): 5 of 9 cores used
// CNN-NEXT: cnn          5 of 9 cores, 8970 of 327680 neurons
// CNN-NEXT: synapses             kind     from -> to                     non-zero  worst error
// CNN-NEXT: 0                    conv2d   input -> 1                          773        0.39%
// CNN-NEXT: 2                    conv2d   1 -> 3                             2262        0.39%
// CNN-NEXT: 5                    conv2d   3 -> 6                             1136        0.39%
// CNN-NEXT: 9                    dense    6 -> 10                           31880        0.39%
// CNN-NEXT: 11                   dense    10 -> 12                           2521        0.39%
// CNN-NOT: {{.}}

// RUN: FileCheck %s --check-prefix=CNN-JSON < %t/cnn.json
// CNN-JSON:      "target": "speck",
// CNN-JSON:      "dt_s": 1,
// CNN-JSON:      "inputs": [
// CNN-JSON-NEXT:   {
// CNN-JSON-NEXT:     "name": "input",
// CNN-JSON-NEXT:     "shape": [2,34,34]
// CNN-JSON:      "name": "1",
// CNN-JSON:      "size": 4096,
// CNN-JSON:        "biases": [{{(0,)+0}}],
// CNN-JSON:        "scale": 71.536914{{[0-9]*}},
// CNN-JSON-NEXT:   "threshold_high": [{{(72,)+72}}],
// CNN-JSON-NEXT:   "threshold_low": [{{(-72,)+-72}}]
// CNN-JSON:        "core": [[C1:[0-8]]],
// CNN-JSON-NEXT:   "offset": 0,
// CNN-JSON-NEXT:   "neurons": [0,4096]
// CNN-JSON:      "name": "3",
// CNN-JSON:        "scale": 127.585{{[0-9]*}},
// CNN-JSON-NEXT:   "threshold_high": [{{(128,)+128}}],
// CNN-JSON-NEXT:   "threshold_low": [{{(-128,)+-128}}]
// CNN-JSON:        "core": [[C3:[0-8]]],
// CNN-JSON:      "name": "6",
// CNN-JSON:        "scale": 204.67{{[0-9]*}},
// CNN-JSON-NEXT:   "threshold_high": [{{(205,)+205}}],
// CNN-JSON-NEXT:   "threshold_low": [{{(-205,)+-205}}]
// CNN-JSON:        "core": [[C6:[0-8]]],
// CNN-JSON:      "name": "10",
// CNN-JSON:      "size": 256,
// CNN-JSON:        "scale": 108.034{{[0-9]*}},
// CNN-JSON-NEXT:   "threshold_high": [{{(108,)+108}}],
// CNN-JSON-NEXT:   "threshold_low": [{{(-108,)+-108}}]
// CNN-JSON:        "core": [[C10:[3-6]]],
// CNN-JSON-NEXT:   "offset": 0,
// CNN-JSON-NEXT:   "neurons": [0,256]
// CNN-JSON:      "name": "12",
// CNN-JSON:        "scale": 197.29{{[0-9]*}},
// CNN-JSON-NEXT:   "threshold_high": [197,197,197,197,197,197,197,197,197,197],
// CNN-JSON-NEXT:   "threshold_low": [-197,-197,-197,-197,-197,-197,-197,-197,-197,-197]
// CNN-JSON:        "core": [[C12:[0-8]]],
// The synapses: geometry and what was folded into the dense layer "9".
// CNN-JSON:      "name": "0",
// CNN-JSON:        "stride": [2,2],
// CNN-JSON-NEXT:   "padding": [1,1],
// CNN-JSON-NEXT:   "shape": [16,2,5,5],
// CNN-JSON-NEXT:   "nonzero": 773,
// CNN-JSON:      "name": "9",
// CNN-JSON:        "absorbed": [
// CNN-JSON-NEXT:     "8",
// CNN-JSON-NEXT:     "7"
// CNN-JSON-NEXT:   ],
// CNN-JSON-NEXT:   "pool": [2],
// CNN-JSON-NEXT:   "shape": [256,128],
// One route per synapse block between layers, between their cores.
// CNN-JSON:      "routes": [
// CNN-JSON-NEXT:   {
// CNN-JSON-NEXT:     "source": [[C1]],
// CNN-JSON-NEXT:     "destination": [[C3]],
// CNN-JSON-NEXT:     "synapses": [
// CNN-JSON-NEXT:       "2"
// CNN-JSON:          "source": [[C3]],
// CNN-JSON-NEXT:     "destination": [[C6]],
// CNN-JSON-NEXT:     "synapses": [
// CNN-JSON-NEXT:       "5"
// CNN-JSON:          "source": [[C6]],
// CNN-JSON-NEXT:     "destination": [[C10]],
// CNN-JSON-NEXT:     "synapses": [
// CNN-JSON-NEXT:       "9"
// CNN-JSON:          "source": [[C10]],
// CNN-JSON-NEXT:     "destination": [[C12]],
// CNN-JSON-NEXT:     "synapses": [
// CNN-JSON-NEXT:       "11"
// CNN-JSON:      "outputs": [
// CNN-JSON-NEXT:   {
// CNN-JSON-NEXT:     "name": "output",
// CNN-JSON-NEXT:     "source": "12"

//===----------------------------------------------------------------------===//
// Rejected: LIF and CubaLIF neurons, hidden or readout
//===----------------------------------------------------------------------===//

// RUN: not nirc compile %fixtures/lif_norse.nir --target speck -o %t/norse.json 2>&1 | FileCheck %s --check-prefix=NORSE
// NORSE: lif_norse.nir:0:0: error: 'nir.lif' "1": Speck has no lif neurons{{$}}
// NORSE-NEXT: nirc compile: {{.*}}lif_norse.nir does not map onto Speck
// RUN: not test -e %t/norse.json

// RUN: not nirc compile %fixtures/lif_rockpool.nir --target speck 2>&1 | FileCheck %s --check-prefix=ROCKPOOL
// ROCKPOOL: error: 'nir.lif' "1_LIFNeuronTorch": Speck has no lif neurons{{$}}
// ROCKPOOL-NEXT: nirc compile: {{.*}}lif_rockpool.nir does not map onto Speck

// RUN: not nirc compile %fixtures/two_lif_neurons.nir --target speck 2>&1 | FileCheck %s --check-prefix=TWO-LIF
// TWO-LIF: error: 'nir.lif' "lif1": Speck has no lif neurons{{$}}
// TWO-LIF-NEXT: nirc compile: {{.*}}two_lif_neurons.nir does not map onto Speck

// RUN: not nirc compile %fixtures/braille_noDelay_bias_zero.nir --target speck 2>&1 | FileCheck %s --check-prefix=BRAILLE
// RUN: not nirc compile %fixtures/braille_noDelay_noBias_subtract.nir --target speck 2>&1 | FileCheck %s --check-prefix=BRAILLE
// BRAILLE: error: 'nir.cuba_lif' "lif1.lif": Speck has no cuba_lif neurons{{$}}
// BRAILLE-NEXT: nirc compile: {{.*}}braille_noDelay_{{.*}}.nir does not map onto Speck

// The nested files: their dangling edges first, then, repaired, the same
// verdict for the same layer (named lif1.lif1 there).
// RUN: not nirc compile %fixtures/braille_noDelay_bias_zero_subgraph.nir --target speck 2>&1 | FileCheck %s --check-prefix=DANGLING
// RUN: not nirc compile %fixtures/braille_noDelay_noBias_subtract_subgraph.nir --target speck 2>&1 | FileCheck %s --check-prefix=DANGLING
// DANGLING: error: node 'lif1', field 'edges': edge input -> lif names a node 'lif' that the graph does not have; did you mean 'lif1'?
// RUN: not nirc compile %fixtures/braille_noDelay_bias_zero_subgraph.nir --nir-repair-edges --target speck 2>&1 | FileCheck %s --check-prefix=BRAILLE-NESTED
// RUN: not nirc compile %fixtures/braille_noDelay_noBias_subtract_subgraph.nir --nir-repair-edges --target speck 2>&1 | FileCheck %s --check-prefix=BRAILLE-NESTED
// BRAILLE-NESTED: error: 'nir.cuba_lif' "lif1.lif1": Speck has no cuba_lif neurons{{$}}
// BRAILLE-NESTED-NEXT: nirc compile: {{.*}}_subgraph.nir does not map onto Speck
