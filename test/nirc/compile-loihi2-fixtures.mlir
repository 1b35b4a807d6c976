// nirc compile --target loihi2 on the NIR paper's files
// (../shared/fixtures/nir-paper): the verdict, the cores used and the worst
// weight error of each block, at the default dt = 1 ms and at the 0.1 ms the
// Braille and LIF files were made for.
// REQUIRES: nir-fixtures

// RUN: rm -rf %t && mkdir -p %t

//===----------------------------------------------------------------------===//
// Braille (snnTorch): Affine -> recurrent CubaLIF (38 or 40) -> Affine ->
// CubaLIF (7). Fits: two cores, one per population; the recurrent block
// stays on its core.
//===----------------------------------------------------------------------===//

// RUN: nirc compile %fixtures/braille_noDelay_bias_zero.nir --target loihi2 -o %t/bz.json 2> %t/bz.log
// RUN: FileCheck %s --check-prefix=BZ --match-full-lines < %t/bz.log
// BZ:      Loihi 2 (dt = 0.001 s): 2 of 128 cores used
// BZ-NEXT:   neurocore    2 of 128 cores, 45 of 524288 neurons
// BZ-NEXT:   synapses             kind     from -> to                     non-zero  worst error
// BZ-NEXT:   lif1.w_rec           dense    lif1.lif -> lif1.lif               1054        0.40%
// BZ-NEXT:   fc1                  dense    input -> lif1.lif                   438        0.47%
// BZ-NEXT:   fc2                  dense    lif1.lif -> lif2                    216        0.41%
// tau_mem = 1 ms, tau_syn = 0.222 ms of lif1 at dt = 1 ms:
// dv = round(4096 (1 - e^-1)) = round(2589.2) = 2589,
// du = round(4096 (1 - e^-4.5)) - 1 = round(4050.5) - 1 = 4049.
// Its largest weight, not its threshold, sets w_scale: vth = 173, not 1024.
// RUN: FileCheck %s --check-prefix=BZ-JSON < %t/bz.json
// BZ-JSON:      "name": "lif1.lif",
// BZ-JSON:      "registers": {
// BZ-JSON:        "du": [4049{{(,4049){37}\]}},
// BZ-JSON-NEXT:   "dv": [2589{{(,2589){37}\]}},
// BZ-JSON:        "vth": [173{{(,173){37}\]}},
// BZ-JSON-NEXT:   "w_scale": 172.870947757{{[0-9]*}}
// BZ-JSON:        "placement": [
// BZ-JSON-NEXT:     {
// BZ-JSON-NEXT:       "core": 0,
// BZ-JSON-NEXT:       "offset": 0,
// BZ-JSON-NEXT:       "neurons": [0,38]
// BZ-JSON:      "name": "lif2",
// BZ-JSON:            "core": 1,
// BZ-JSON-NEXT:       "offset": 0,
// BZ-JSON-NEXT:       "neurons": [0,7]
// BZ-JSON:      "routes": [
// BZ-JSON-NEXT:   {
// BZ-JSON-NEXT:     "source": 0,
// BZ-JSON-NEXT:     "destination": 1,
// BZ-JSON-NEXT:     "synapses": [
// BZ-JSON-NEXT:       "fc2"
// BZ-JSON-NEXT:     ]
// BZ-JSON-NEXT:   }
// BZ-JSON-NEXT: ],

// At dt = 0.1 ms: dv = round(4096 (1 - e^-0.1)) = round(389.8) = 390,
// du = round(4096 (1 - e^-0.45)) - 1 = round(1484.3) - 1 = 1483; lif2
// (tau_syn 0.2 ms, tau_mem 0.222 ms): du = round(1611.6) - 1 = 1611,
// dv = 1484. The thresholds set w_scale = 1024.
// RUN: nirc compile %fixtures/braille_noDelay_bias_zero.nir --target loihi2 --dt 1e-4 -o %t/bz4.json 2> %t/bz4.log
// RUN: FileCheck %s --check-prefix=BZ4 --match-full-lines < %t/bz4.log
// BZ4:      Loihi 2 (dt = 0.0001 s): 2 of 128 cores used
// BZ4-NEXT:   neurocore    2 of 128 cores, 45 of 524288 neurons
// BZ4-NEXT:   synapses             kind     from -> to                     non-zero  worst error
// BZ4-NEXT:   lif1.w_rec           dense    lif1.lif -> lif1.lif                839        0.61%
// BZ4-NEXT:   fc1                  dense    input -> lif1.lif                   429        0.71%
// BZ4-NEXT:   fc2                  dense    lif1.lif -> lif2                    182        0.71%
// RUN: FileCheck %s --check-prefix=BZ4-JSON < %t/bz4.json
// BZ4-JSON:      "name": "lif1.lif",
// BZ4-JSON:      "registers": {
// BZ4-JSON:        "du": [1483{{(,1483){37}\]}},
// BZ4-JSON-NEXT:   "dv": [390{{(,390){37}\]}},
// BZ4-JSON:        "vth": [1024{{(,1024){37}\]}},
// BZ4-JSON-NEXT:   "w_scale": 1024
// BZ4-JSON:      "name": "lif2",
// BZ4-JSON:        "du": [1611{{(,1611){6}\]}},
// BZ4-JSON-NEXT:   "dv": [1484{{(,1484){6}\]}},

// Reset by subtraction, no bias: the same verdict. At 0.1 ms lif1
// (tau_syn 0.4 ms, tau_mem 0.667 ms): du = round(906.0) - 1 = 905,
// dv = round(570.5) = 571; lif2 (0.182 ms, 0.333 ms): du = 1732, dv = 1062.
// RUN: nirc compile %fixtures/braille_noDelay_noBias_subtract.nir --target loihi2 2>&1 | FileCheck %s --check-prefix=BS --match-full-lines
// BS:      Loihi 2 (dt = 0.001 s): 2 of 128 cores used
// BS-NEXT:   neurocore    2 of 128 cores, 47 of 524288 neurons
// BS-NEXT:   synapses             kind     from -> to                     non-zero  worst error
// BS-NEXT:   lif1.w_rec           dense    lif1.lif -> lif1.lif               1503        0.39%
// BS-NEXT:   fc1                  dense    input -> lif1.lif                   465        0.49%
// BS-NEXT:   fc2                  dense    lif1.lif -> lif2                    266        0.60%
// RUN: nirc compile %fixtures/braille_noDelay_noBias_subtract.nir --target loihi2 --dt 1e-4 -o %t/bs4.json 2> %t/bs4.log
// RUN: FileCheck %s --check-prefix=BS4 --match-full-lines < %t/bs4.log
// BS4:      Loihi 2 (dt = 0.0001 s): 2 of 128 cores used
// BS4-NEXT:   neurocore    2 of 128 cores, 47 of 524288 neurons
// BS4-NEXT:   synapses             kind     from -> to                     non-zero  worst error
// BS4-NEXT:   lif1.w_rec           dense    lif1.lif -> lif1.lif               1481        0.51%
// BS4-NEXT:   fc1                  dense    input -> lif1.lif                   462        0.63%
// BS4-NEXT:   fc2                  dense    lif1.lif -> lif2                    265        0.64%
// RUN: FileCheck %s --check-prefix=BS4-JSON < %t/bs4.json
// BS4-JSON:      "name": "lif1.lif",
// BS4-JSON:      "registers": {
// BS4-JSON-NEXT:   "bias_exp": [0{{(,0){39}\]}},
// BS4-JSON-NEXT:   "bias_mant": [0{{(,0){39}\]}},
// BS4-JSON-NEXT:   "du": [905{{(,905){39}\]}},
// BS4-JSON-NEXT:   "dv": [571{{(,571){39}\]}},
// BS4-JSON:      "name": "lif2",
// BS4-JSON:        "du": [1732{{(,1732){6}\]}},
// BS4-JSON-NEXT:   "dv": [1062{{(,1062){6}\]}},

// The files with the recurrent layer as a subgraph (edges repaired) map to
// the same blocks; only the names and the order differ.
// RUN: nirc compile %fixtures/braille_noDelay_bias_zero_subgraph.nir --nir-repair-edges --target loihi2 --dt 1e-4 2>&1 | FileCheck %s --check-prefix=BZ4-SUB
// BZ4-SUB: Loihi 2 (dt = 0.0001 s): 2 of 128 cores used
// BZ4-SUB: fc1 dense input -> lif1.lif1 429 0.71%
// BZ4-SUB-NEXT: lif1.lin dense lif1.lif1 -> lif1.lif1 839 0.61%
// BZ4-SUB-NEXT: fc2 dense lif1.lif1 -> lif2 182 0.71%
// RUN: nirc compile %fixtures/braille_noDelay_noBias_subtract_subgraph.nir --nir-repair-edges --target loihi2 --dt 1e-4 2>&1 | FileCheck %s --check-prefix=BS4-SUB
// BS4-SUB: Loihi 2 (dt = 0.0001 s): 2 of 128 cores used
// BS4-SUB: fc1 dense input -> lif1.lif1 462 0.63%
// BS4-SUB-NEXT: lif1.lin dense lif1.lif1 -> lif1.lif1 1481 0.51%
// BS4-SUB-NEXT: fc2 dense lif1.lif1 -> lif2 265 0.64%
// RUN: nirc compile %fixtures/braille_noDelay_bias_zero_subgraph.nir --nir-repair-edges --target loihi2 2>&1 | FileCheck %s --check-prefix=BZ-SUB
// BZ-SUB: Loihi 2 (dt = 0.001 s): 2 of 128 cores used
// BZ-SUB: lif1.lin dense lif1.lif1 -> lif1.lif1 1054 0.40%
// RUN: nirc compile %fixtures/braille_noDelay_noBias_subtract_subgraph.nir --nir-repair-edges --target loihi2 2>&1 | FileCheck %s --check-prefix=BS-SUB
// BS-SUB: Loihi 2 (dt = 0.001 s): 2 of 128 cores used
// BS-SUB: lif1.lin dense lif1.lif1 -> lif1.lif1 1503 0.39%

//===----------------------------------------------------------------------===//
// One LIF neuron (Norse, Rockpool) and two (SpiNNaker2 debugging)
//===----------------------------------------------------------------------===//

// lif_norse: tau = 2.5 ms, v_threshold 0.1 (f32) -> w_scale 10240, vth 1024.
// At 0.1 ms dv = round(4096 (1 - e^-0.04)) = round(160.6) = 161; the weight
// 1 is 161/4096 x 10240 = 402.5 a_in units, EXCITATORY at weight_exp 1:
// 201.25 -> 201, error 0.5/402.5 = 0.12 %. At 1 ms dv = round(1350.4) =
// 1350: 3375 a_in units -> 210.9 -> 211 at weight_exp 4, 0.03 %.
// RUN: nirc compile %fixtures/lif_norse.nir --target loihi2 --dt 1e-4 -o %t/norse.json 2> %t/norse.log
// RUN: FileCheck %s --check-prefix=NORSE --match-full-lines < %t/norse.log
// NORSE:      Loihi 2 (dt = 0.0001 s): 1 of 128 cores used
// NORSE-NEXT:   neurocore    1 of 128 cores, 1 of 524288 neurons
// NORSE-NEXT:   synapses             kind     from -> to                     non-zero  worst error
// NORSE-NEXT:   0                    dense    input -> 1                            1        0.12%
// RUN: FileCheck %s --check-prefix=NORSE-JSON < %t/norse.json
// NORSE-JSON:      "registers": {
// NORSE-JSON-NEXT:   "bias_exp": [0],
// NORSE-JSON-NEXT:   "bias_mant": [0],
// NORSE-JSON-NEXT:   "du": [4095],
// NORSE-JSON-NEXT:   "dv": [161],
// NORSE-JSON-NEXT:   "effective_tau_mem": [0.00249376522{{[0-9]*}}],
// NORSE-JSON-NEXT:   "v": [0],
// NORSE-JSON-NEXT:   "vth": [1024],
// NORSE-JSON-NEXT:   "w_scale": 10239.9998{{[0-9]*}}
// NORSE-JSON:        "core": 0,
// NORSE-JSON:        "weights": [201],
// NORSE-JSON-NEXT:   "registers": {
// NORSE-JSON-NEXT:     "num_weight_bits": 8,
// NORSE-JSON-NEXT:     "quant_error": 0.00124222{{[0-9]*}},
// NORSE-JSON-NEXT:     "sign_mode": "EXCITATORY",
// NORSE-JSON-NEXT:     "w_scale": 10239.9998{{[0-9]*}},
// NORSE-JSON-NEXT:     "weight_exp": 1
// RUN: nirc compile %fixtures/lif_norse.nir --target loihi2 --emit-mlir %t/norse3.mlir 2>&1 | FileCheck %s --check-prefix=NORSE3
// RUN: FileCheck %s --check-prefix=NORSE3-MLIR < %t/norse3.mlir
// NORSE3: Loihi 2 (dt = 0.001 s): 1 of 128 cores used
// NORSE3: 0 dense input -> 1 1 0.03%
// NORSE3-MLIR: dv = dense<1350> : tensor<1xi64>
// NORSE3-MLIR: qweight = dense<211> : tensor<1x1xi64>, registers = {num_weight_bits = 8 : i64, {{.*}}weight_exp = 4 : i64}

// lif_rockpool: the same neuron with r = 24.02.
// RUN: nirc compile %fixtures/lif_rockpool.nir --target loihi2 --dt 1e-4 2>&1 | FileCheck %s --check-prefix=ROCKPOOL
// ROCKPOOL: warning: node 'output', field 'shape': stored shape [1, 1, 1] differs from its input [1] only by unit axes; reading it as [1]
// ROCKPOOL: Loihi 2 (dt = 0.0001 s): 1 of 128 cores used
// ROCKPOOL: 0_LinearTorch dense input -> 1_LIFNeuronTorch 1 0.19%
// RUN: nirc compile %fixtures/lif_rockpool.nir --target loihi2 2>&1 | FileCheck %s --check-prefix=ROCKPOOL3
// ROCKPOOL3: Loihi 2 (dt = 0.001 s): 1 of 128 cores used
// ROCKPOOL3: 0_LinearTorch dense input -> 1_LIFNeuronTorch 1 0.16%

// two_lif_neurons: lif1 (tau 10 ms, v_leak 1.2) starts at v = 1.2 x 1024 x
// 64 = 78643 and leaks towards 1.2: at 1 ms dv = round(4096 (1 - e^-0.1))
// = 390, bias = 390/4096 x 1.2 x 65536 = 7488 -> 3744 at bias_exp 1; at
// 0.1 ms dv = round(40.8) = 41, bias = 787.2 -> 787. lif2 (threshold 20):
// w_scale = 1024/20 = 51.2.
// RUN: nirc compile %fixtures/two_lif_neurons.nir --target loihi2 --emit-mlir %t/two.mlir 2>&1 | FileCheck %s --check-prefix=TWO
// RUN: FileCheck %s --check-prefix=TWO-MLIR < %t/two.mlir
// TWO:      Loihi 2 (dt = 0.001 s): 2 of 128 cores used
// TWO:      linear1 dense in -> lif1 1 0.00%
// TWO-NEXT: linear2 dense lif1 -> lif2 1 0.00%
// TWO-MLIR: chip.population "lif1" lif [1] {{.*}}registers = {bias_exp = dense<1> : tensor<1xi64>, bias_mant = dense<3744> : tensor<1xi64>, du = dense<4095> : tensor<1xi64>, dv = dense<390> : tensor<1xi64>, {{.*}}v = dense<78643> : tensor<1xi64>, vth = dense<1024> : tensor<1xi64>, w_scale = 1.024000e+03 : f64}
// TWO-MLIR: chip.population "lif2" lif [1] {{.*}}vth = dense<1024> : tensor<1xi64>, w_scale = 5.120000e+01 : f64}
// RUN: nirc compile %fixtures/two_lif_neurons.nir --target loihi2 --dt 1e-4 --emit-mlir %t/two4.mlir 2>&1 | FileCheck %s --check-prefix=TWO4
// RUN: FileCheck %s --check-prefix=TWO4-MLIR < %t/two4.mlir
// TWO4:      Loihi 2 (dt = 0.0001 s): 2 of 128 cores used
// TWO4:      linear1 dense in -> lif1 1 0.00%
// TWO4-NEXT: linear2 dense lif1 -> lif2 1 0.15%
// TWO4-MLIR: chip.population "lif1" lif [1] {{.*}}registers = {bias_exp = dense<0> : tensor<1xi64>, bias_mant = dense<787> : tensor<1xi64>, du = dense<4095> : tensor<1xi64>, dv = dense<41> : tensor<1xi64>, {{.*}}v = dense<78643> : tensor<1xi64>

// A step the neuron's tau cannot hold: tau_mem = 2.5 ms is 0.11 steps of
// 22.6 ms (dv = 4096), 8196.7 steps of 0.305 us (dv = 0). 22.5 ms and
// 0.306 us still map.
// RUN: not nirc compile %fixtures/lif_norse.nir --target loihi2 --dt 0.0226 2>&1 | FileCheck %s --check-prefix=NORSE-DT-HIGH
// NORSE-DT-HIGH: lif_norse.nir:0:0: error: 'nir.lif' "1": register 'dv' = 4096 is outside Loihi 2's range [1, 4095] for a leaky neuron: tau_mem = 0.0025 s of neuron 0 is 0.110619 steps of dt = 0.0226 s, and dv = round(4096 (1 - exp(-dt/tau_mem)))
// NORSE-DT-HIGH: nirc compile: {{.*}}lif_norse.nir does not map onto Loihi 2
// RUN: nirc compile %fixtures/lif_norse.nir --target loihi2 --dt 0.0225 2>&1 | FileCheck %s --check-prefix=NORSE-DT-AT-HIGH
// NORSE-DT-AT-HIGH: Loihi 2 (dt = 0.0225 s): 1 of 128 cores used
// RUN: not nirc compile %fixtures/lif_norse.nir --target loihi2 --dt 3.05e-7 2>&1 | FileCheck %s --check-prefix=NORSE-DT-LOW
// NORSE-DT-LOW: error: 'nir.lif' "1": register 'dv' = 0 is outside Loihi 2's range [1, 4095] for a leaky neuron: tau_mem = 0.0025 s of neuron 0 is 8196.72 steps of dt = 3.05e-07 s, and dv = round(4096 (1 - exp(-dt/tau_mem)))
// RUN: nirc compile %fixtures/lif_norse.nir --target loihi2 --dt 3.06e-7 2>&1 | FileCheck %s --check-prefix=NORSE-DT-AT-LOW
// NORSE-DT-AT-LOW: Loihi 2 (dt = 3.06e-07 s): 1 of 128 cores used

//===----------------------------------------------------------------------===//
// The Sinabs CNN (Conv2d + IF, SumPool2d, Flatten, Affine) is rejected: netx has
// no pooling, and the first pooled block in graph order is the Conv2d "5"
// after SumPool2d "4" (the Affine "9", fed by SumPool2d "7" through Flatten
// "8", is pooled too).
//===----------------------------------------------------------------------===//

// RUN: not nirc compile %fixtures/cnn_sinabs.nir --target loihi2 -o %t/cnn.json 2>&1 | FileCheck %s --check-prefix=CNN
// CNN: cnn_sinabs.nir:0:0: error: 'nir.conv2d' "5": Loihi 2 has no pooled conv2d synapses
// CNN-NEXT: nirc compile: {{.*}}cnn_sinabs.nir does not map onto Loihi 2
// RUN: not test -e %t/cnn.json
