// nirc compile --target brainscales2 on the real files of the NIR paper
// (../shared/fixtures/nir-paper): which map onto BrainScaleS-2, and why the
// others do not.
// REQUIRES: nir-fixtures

// RUN: rm -rf %t && mkdir -p %t

//===----------------------------------------------------------------------===//
// braille_noDelay_noBias_subtract (snnTorch): Linear -> CubaLIF (40,
// recurrent Linear) -> Linear -> CubaLIF (7, the readout). No bias, one
// input, one output, homogeneous layers: hxtorch's kind of network. But
// its weights times w_in (4 into lif1.lif, 1.818 into lif2) reach
// |64 w w_in| = 950, far above 63: rejected, each block with its count.
//===----------------------------------------------------------------------===//

// RUN: not nirc compile %fixtures/braille_noDelay_noBias_subtract.nir --target brainscales2 -o %t/subtract.json 2>&1 | FileCheck %s --check-prefix=SUBTRACT
// SUBTRACT-DAG: error: 'nir.linear' "lif1.w_rec": 533 of 1600 weights saturate: the largest |64 w w_in| is 949.815, above BrainScaleS-2's limit of 63 (6-bit synapse weight); hxtorch would clip them silently; allow saturation (nirc --allow-saturation) to clip them with a warning
// SUBTRACT-DAG: error: 'nir.linear' "fc1": 303 of 480 weights saturate: the largest |64 w w_in| is 768.254, above BrainScaleS-2's limit of 63 (6-bit synapse weight); hxtorch would clip them silently; allow saturation (nirc --allow-saturation) to clip them with a warning
// SUBTRACT-DAG: error: 'nir.linear' "fc2": 51 of 280 weights saturate: the largest |64 w w_in| is 211.732, above BrainScaleS-2's limit of 63 (6-bit synapse weight); hxtorch would clip them silently; allow saturation (nirc --allow-saturation) to clip them with a warning
// SUBTRACT: nirc compile: {{.*}}braille_noDelay_noBias_subtract.nir does not map onto BrainScaleS-2
// RUN: not test -e %t/subtract.json

// With --allow-saturation (what hxtorch does silently) it maps onto one
// hemisphere: 47 neurons, 104 rows (input: 12 exc + 12 inh; lif1.lif's 40
// exc + 40 inh rows serve both its recurrent weights and fc2). The clipped
// weights are far from the model's: worst errors 93%, 92%, 70% of max |w|.
// RUN: nirc compile %fixtures/braille_noDelay_noBias_subtract.nir --target brainscales2 --allow-saturation -o %t/clipped.json 2> %t/clipped.log
// RUN: FileCheck %s --check-prefix=CLIPPED < %t/clipped.log
// CLIPPED-DAG: warning: 'nir.linear' "lif1.w_rec": 533 of 1600 weights saturate: the largest |64 w w_in| is 949.815, above BrainScaleS-2's limit of 63 (6-bit synapse weight); clipped to +-63, which changes what the network computes
// CLIPPED-DAG: warning: 'nir.linear' "fc1": 303 of 480 weights saturate: {{.*}}; clipped to +-63, which changes what the network computes
// CLIPPED-DAG: warning: 'nir.linear' "fc2": 51 of 280 weights saturate: {{.*}}; clipped to +-63, which changes what the network computes
// CLIPPED:      BrainScaleS-2 (dt = 0.001 s): 1 of 2 cores used
// CLIPPED-NEXT: hemisphere   1 of 2 cores, 47 of 512 neurons
// CLIPPED-NEXT: synapses             kind     from -> to                     non-zero  worst error
// CLIPPED-NEXT: lif1.w_rec           dense    lif1.lif -> lif1.lif               1592       93.37%
// CLIPPED-NEXT: fc1                  dense    input -> lif1.lif                   479       91.80%
// CLIPPED-NEXT: fc2                  dense    lif1.lif -> lif2                    274       70.25%
// CLIPPED-NOT: {{.}}
// RUN: FileCheck %s --check-prefix=CLIPPED-JSON < %t/clipped.json
// CLIPPED-JSON:      "name": "lif1.lif",
// CLIPPED-JSON:      "membrane_capacitance": [{{(63,){39}63}}],
// CLIPPED-JSON:      "reset": [{{(80,){39}80}}],
// CLIPPED-JSON:      "tau_mem_hw": [{{(6.666667726[0-9]*e-07,){39}6.666667726[0-9]*e-07}}],
// CLIPPED-JSON:      "threshold": [{{(150,){39}150}}],
// CLIPPED-JSON:      "placement": [
// CLIPPED-JSON-NEXT:   {
// CLIPPED-JSON-NEXT:     "core": 0,
// CLIPPED-JSON-NEXT:     "offset": 0,
// CLIPPED-JSON-NEXT:     "neurons": [0,40]
// CLIPPED-JSON:      "name": "lif2",
// CLIPPED-JSON:      "placement": [
// CLIPPED-JSON-NEXT:   {
// CLIPPED-JSON-NEXT:     "core": 0,
// CLIPPED-JSON-NEXT:     "offset": 40,
// CLIPPED-JSON-NEXT:     "neurons": [0,7]
// CLIPPED-JSON:      "name": "lif1.w_rec",
// CLIPPED-JSON:      "exc_rows": 40,
// CLIPPED-JSON-NEXT: "inh_rows": 40,
// CLIPPED-JSON:      "name": "fc1",
// CLIPPED-JSON:      "exc_rows": 12,
// CLIPPED-JSON-NEXT: "inh_rows": 12,
// CLIPPED-JSON:      "name": "fc2",
// CLIPPED-JSON:      "exc_rows": 40,
// CLIPPED-JSON-NEXT: "inh_rows": 40,
// CLIPPED-JSON:      "routes": [],

// The same network with the recurrent layer as a nested graph (its
// dangling edges repaired) maps the same way after nir-flatten.
// RUN: nirc compile %fixtures/braille_noDelay_noBias_subtract_subgraph.nir --nir-repair-edges --target brainscales2 --allow-saturation 2>&1 | FileCheck %s --check-prefix=SUBGRAPH
// SUBGRAPH:      BrainScaleS-2 (dt = 0.001 s): 1 of 2 cores used
// SUBGRAPH-NEXT: hemisphere   1 of 2 cores, 47 of 512 neurons
// SUBGRAPH-NEXT: synapses             kind     from -> to                     non-zero  worst error
// SUBGRAPH-NEXT: fc1                  dense    input -> lif1.lif1                  479       91.80%
// SUBGRAPH-NEXT: lif1.lin             dense    lif1.lif1 -> lif1.lif1             1592       93.37%
// SUBGRAPH-NEXT: fc2                  dense    lif1.lif1 -> lif2                   274       70.25%

//===----------------------------------------------------------------------===//
// braille_noDelay_bias_zero (snnTorch): the same network with Affine
// weights and non-zero biases. BrainScaleS-2 has no bias: rejected, with
// or without --allow-saturation (the design rules come first).
//===----------------------------------------------------------------------===//

// RUN: not nirc compile %fixtures/braille_noDelay_bias_zero.nir --target brainscales2 --allow-saturation -o %t/bias.json 2>&1 | FileCheck %s --check-prefix=BIAS
// BIAS: error: 'nir.cuba_lif' "lif1.lif": BrainScaleS-2 has no bias current (hxtorch's synapses have none), but the bias of 'nir.affine' "fc1", 'nir.affine' "lif1.w_rec" into it is 0.0650454 for neuron 0; use a nir.Linear or a zero bias
// BIAS: nirc compile: {{.*}}braille_noDelay_bias_zero.nir does not map onto BrainScaleS-2
// RUN: not test -e %t/bias.json
// RUN: not nirc compile %fixtures/braille_noDelay_bias_zero_subgraph.nir --nir-repair-edges --target brainscales2 2>&1 | FileCheck %s --check-prefix=BIAS-SUBGRAPH
// BIAS-SUBGRAPH: error: 'nir.cuba_lif' "lif1.lif1": BrainScaleS-2 has no bias current (hxtorch's synapses have none), but the bias of 'nir.affine' "lif1.lin", 'nir.affine' "fc1" into it is 0.0650454 for neuron 0; use a nir.Linear or a zero bias

//===----------------------------------------------------------------------===//
// The LIF and IF networks: BrainScaleS-2 (through hxtorch) runs CubaLIF
//===----------------------------------------------------------------------===//

// RUN: not nirc compile %fixtures/lif_norse.nir --target brainscales2 -o %t/norse.json 2>&1 | FileCheck %s --check-prefix=NORSE
// NORSE: error: 'nir.lif' "1": BrainScaleS-2 has no lif neurons{{$}}
// NORSE: nirc compile: {{.*}}lif_norse.nir does not map onto BrainScaleS-2
// RUN: not test -e %t/norse.json
// RUN: not nirc compile %fixtures/lif_rockpool.nir --target brainscales2 2>&1 | FileCheck %s --check-prefix=ROCKPOOL
// ROCKPOOL: error: 'nir.lif' "1_LIFNeuronTorch": BrainScaleS-2 has no lif neurons{{$}}
// RUN: not nirc compile %fixtures/two_lif_neurons.nir --target brainscales2 2>&1 | FileCheck %s --check-prefix=TWO-LIF
// TWO-LIF: error: 'nir.lif' "lif1": BrainScaleS-2 has no lif neurons{{$}}
// RUN: not nirc compile %fixtures/cnn_sinabs.nir --target brainscales2 2>&1 | FileCheck %s --check-prefix=CNN
// CNN: error: 'nir.if' "1": BrainScaleS-2 has no if neurons{{$}}
