// The real files written by Norse, Rockpool, Sinabs, snnTorch and SpiNNaker2
// for the NIR paper (../shared/fixtures/nir-paper).
// REQUIRES: nir-fixtures

// Norse, NIR 0.1.1: no v_reset.
// RUN: nir-translate --import-nir %fixtures/lif_norse.nir | FileCheck %s --check-prefix=NORSE
// NORSE: module attributes {nir.version = "0.1.1"}
// Nodes in graph order: the Input, then along the edges.
// NORSE: %[[IN:.+]] = nir.input "input" : !nir.signal<1>
// NORSE: %[[AFF:.+]] = nir.affine "0"(%[[IN]]) {bias = dense<0.000000e+00> : tensor<1xf32>, weight = dense<1.000000e+00> : tensor<1x1xf32>}
// NORSE: nir.lif "1"(%[[AFF]]) {r = dense<1.000000e+00> : tensor<1xf32>, tau = dense<2.500000e-03> : tensor<1xf32>, v_leak = dense<0.000000e+00> : tensor<1xf32>, v_reset = dense<0.000000e+00> : tensor<1xf32>, v_threshold = dense<1.000000e-01> : tensor<1xf32>}

// Rockpool: Output shape [1, 1, 1] for a 1-neuron layer is read with a warning.
// RUN: nir-translate --import-nir %fixtures/lif_rockpool.nir 2>&1 | FileCheck %s --check-prefix=ROCKPOOL
// ROCKPOOL: warning: node 'output', field 'shape': stored shape [1, 1, 1] differs from its input [1] only by unit axes; reading it as [1]
// Its edges are stored out of graph order, and its Output shape as read:
// both are kept for export.
// ROCKPOOL: nir.graph attributes {nir.edge_order = array<i64: 2, 0, 1>}
// ROCKPOOL: nir.lif "1_LIFNeuronTorch"{{.*}}r = dense<24.0197372> : tensor<1xf32>
// ROCKPOOL: nir.output "output"(%{{.+}}) {nir.stored_as = {shape = dense<1> : tensor<3xi64>}} : (!nir.signal<1>) -> !nir.signal<1>

// SpiNNaker2 debugging graph: float64 parameters, a non-zero v_leak.
// RUN: nir-translate --import-nir %fixtures/two_lif_neurons.nir | FileCheck %s --check-prefix=TWO
// TWO: nir.lif "lif1"{{.*}}v_leak = dense<1.200000e+00> : tensor<1xf64>
// TWO: nir.lif "lif2"{{.*}}v_threshold = dense<2.000000e+01> : tensor<1xf64>
// TWO: nir.output "out"

// The Sinabs network: conv shapes inferred from the (2, 34, 34) input.
// RUN: nir-translate --import-nir %fixtures/cnn_sinabs.nir | FileCheck %s --check-prefix=CNN
// CNN: nir.input "input" : !nir.signal<2x34x34>
// CNN: nir.conv2d "0"({{.*}}input_shape = array<i64: 34, 34>, padding = array<i64: 1, 1>, stride = array<i64: 2, 2>{{.*}} : (!nir.signal<2x34x34>) -> !nir.signal<16x16x16>
// CNN: nir.sum_pool2d "4"{{.*}} : (!nir.signal<16x16x16>) -> !nir.signal<16x8x8>
// CNN: nir.sum_pool2d "7"{{.*}} : (!nir.signal<8x8x8>) -> !nir.signal<8x4x4>
// CNN: nir.flatten "8"{{.*}}input_type = array<i64: 8, 4, 4>{{.*}} : (!nir.signal<8x4x4>) -> !nir.signal<128>
// CNN: nir.affine "9"{{.*}}tensor<256x128xf32>{{.*}} : (!nir.signal<128>) -> !nir.signal<256>
// CNN: nir.output "output"{{.*}} : (!nir.signal<10>) -> !nir.signal<10>

// snnTorch Braille RSNN: a recurrent CubaLIF (an SSA cycle), dotted names.
// RUN: nir-translate --import-nir %fixtures/braille_noDelay_bias_zero.nir | FileCheck %s --check-prefix=BRAILLE
// BRAILLE: %[[LIF:.+]] = nir.cuba_lif "lif1.lif"(%[[REC:.+]], %{{.+}}) {{.*}}w_in = {{.*}}tensor<38xf64>} : (!nir.signal<38>, !nir.signal<38>) -> !nir.signal<38>
// BRAILLE: %[[REC]] = nir.affine "lif1.w_rec"(%[[LIF]]) {{.*}}tensor<38x38xf32>

// RUN: nir-translate --import-nir %fixtures/braille_noDelay_noBias_subtract.nir | FileCheck %s --check-prefix=NOBIAS
// NOBIAS: nir.linear "fc1"{{.*}}tensor<40x12xf32>{{.*}} : (!nir.signal<12>) -> !nir.signal<40>
// NOBIAS: nir.cuba_lif "lif2"{{.*}} -> !nir.signal<7>

// The subgraph variants name an inner node `lif` that is called `lif1`: an
// error with the near name, and an opt-in repair.
// RUN: not nir-translate --import-nir %fixtures/braille_noDelay_bias_zero_subgraph.nir 2>&1 | FileCheck %s --check-prefix=SUB-ERR
// SUB-ERR: braille_noDelay_bias_zero_subgraph.nir:0:0: error: node 'lif1', field 'edges': edge input -> lif names a node 'lif' that the graph does not have; did you mean 'lif1'? (--nir-repair-edges applies such repairs)

// RUN: nir-translate --import-nir --nir-repair-edges %fixtures/braille_noDelay_noBias_subtract_subgraph.nir 2>&1 | FileCheck %s --check-prefix=SUB-FIX
// SUB-FIX: warning: node 'lif1', field 'edges': edge input -> lif names missing node 'lif'; repaired to 'lif1'
// SUB-FIX: %[[SUB:.+]] = nir.graph "lif1"(%{{.+}} : !nir.signal<40>) -> !nir.signal<40> attributes {nir.edge_order = array<i64: 0, 2, 1, 3>} {
// SUB-FIX: %[[P:.+]] = nir.input "input" : !nir.signal<40>
// SUB-FIX: %[[L:.+]] = nir.cuba_lif "lif1"(%[[P]], %[[W:.+]]) {{.*}} : (!nir.signal<40>, !nir.signal<40>) -> !nir.signal<40>
// SUB-FIX: %[[W]] = nir.linear "lin"(%[[L]])
// SUB-FIX: nir.output "output"(%[[L]])
// SUB-FIX: nir.linear "fc2"(%[[SUB]])
