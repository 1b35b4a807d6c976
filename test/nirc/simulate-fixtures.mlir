// nirc simulate on the real files (../shared/fixtures/nir-paper). The spike
// inputs for the Braille and CNN networks are Inputs/*.h5, written by
// Inputs/make_inputs.py.
// REQUIRES: nir-fixtures

// RUN: rm -rf %t && split-file %s %t

//===----------------------------------------------------------------------===//
// The NIR paper's LIF: lif_exact.csv holds its input (column 0), the exact
// membrane (column 1, at most 0.0990467) and 4 spikes (column 2), on
// dt = 0.1 ms.
//===----------------------------------------------------------------------===//

// exact reproduces the 4 spikes and the membrane's maximum, with either
// reset (the membrane is reset where it crosses, at the threshold exactly).
// RUN: nirc simulate %fixtures/lif_norse.nir --input %fixtures/lif_exact.csv --csv-columns 0 --dt 1e-4 --probe 1.v -o %t/norse.h5 2>&1 | FileCheck %s --check-prefix=NORSE
// RUN: nirc simulate %fixtures/lif_norse.nir --input %fixtures/lif_exact.csv --csv-columns 0 --dt 1e-4 --probe 1.v --reset subtract -o %t/norse.h5 2>&1 | FileCheck %s --check-prefix=NORSE
// RUN: nirc simulate %fixtures/lif_norse.nir --input %fixtures/lif_exact.csv --csv-columns 0 --dt 1e-4 --probe 1.v --method adaptive -o %t/norse.h5 2>&1 | FileCheck %s --check-prefix=NORSE
// NORSE: simulated 1000 step(s) x 1 sample(s), dt = 1.000000e-04 s
// NORSE: output.output: 4 spike(s), per neuron [4]
// NORSE: 1.v: 1 value(s) per step{{,?}} in [0, 0.0990467]
// RUN: nirc simulate %fixtures/lif_norse.nir --input %fixtures/lif_exact.csv --csv-columns 0 --dt 1e-4 --method euler -o %t/norse.h5 2>&1 | FileCheck %s --check-prefix=NORSE-EULER
// NORSE-EULER: method=euler
// NORSE-EULER: output.output: 4 spike(s)

// Rockpool's export of the same neuron (its Output shape [1, 1, 1] is read
// as [1], with a warning).
// RUN: nirc simulate %fixtures/lif_rockpool.nir --input %fixtures/lif_exact.csv --csv-columns 0 --dt 1e-4 -o %t/rockpool.h5 2>&1 | FileCheck %s --check-prefix=ROCKPOOL
// ROCKPOOL: warning: node 'output', field 'shape': stored shape [1, 1, 1] differs from its input [1] only by unit axes
// ROCKPOOL: output.output: 4 spike(s), per neuron [4]

// two_lif_neurons: lif1 has v_leak = 1.2 above its threshold 1, so it starts
// above threshold (v = v_leak), fires at t = 0 and every
// tau ln(1.2 / 0.2) = 17.9 ms after: t = 0, 17.9, ..., 89.6 ms -> 6 spikes
// in 100 ms (the paper's input adds none). lif2 (threshold 20) stays silent.
// RUN: nirc simulate %fixtures/two_lif_neurons.nir --input %fixtures/lif_exact.csv --csv-columns 0 --dt 1e-4 --probe lif1 --probe lif2.v -o %t/two-lif.h5 2>&1 | FileCheck %s --check-prefix=TWO-LIF
// RUN: nirc simulate %fixtures/two_lif_neurons.nir --input %fixtures/lif_exact.csv --csv-columns 0 --dt 1e-4 --probe lif1 --probe lif2.v --method adaptive -o %t/two-lif.h5 2>&1 | FileCheck %s --check-prefix=TWO-LIF
// TWO-LIF: out.output: 0 spike(s)
// TWO-LIF-DAG: lif1.output: 6 spike(s)
// TWO-LIF-DAG: lif2.v: 1 value(s) per step

//===----------------------------------------------------------------------===//
// Braille (snnTorch): 2 samples of 100 steps of 12-channel spikes at the
// 0.1 ms they were trained on. The flat file and the one with the recurrent
// layer as a subgraph are the same network: the same spikes and membranes.
//===----------------------------------------------------------------------===//

// RUN: nirc simulate %fixtures/braille_noDelay_bias_zero.nir --input %S/Inputs/braille_spikes.h5 --probe lif1.lif.v -o %t/bz.h5 2> %t/bz.log
// RUN: nirc simulate %fixtures/braille_noDelay_bias_zero_subgraph.nir --nir-repair-edges --input %S/Inputs/braille_spikes.h5 --probe lif1.lif1.v -o %t/bz-sub.h5 2> %t/bz-sub.log
// RUN: cat %t/bz.log %t/bz-sub.log | FileCheck %s --check-prefix=BRAILLE-ZERO
// BRAILLE-ZERO: simulated 100 step(s) x 2 sample(s), dt = 1.000000e-04 s, method=exact
// BRAILLE-ZERO: output.output: [[SPIKES:[1-9][0-9]*]] spike(s), per neuron [[PER_NEURON:.*]]
// BRAILLE-ZERO: lif1.lif.v: 38 value(s) per step [[V:.*]]
// BRAILLE-ZERO: warning: node 'lif1', field 'edges': edge input -> lif names missing node 'lif'; repaired to 'lif1'
// BRAILLE-ZERO: simulated 100 step(s) x 2 sample(s), dt = 1.000000e-04 s, method=exact
// BRAILLE-ZERO: output.output: [[SPIKES]] spike(s), per neuron [[PER_NEURON]]
// BRAILLE-ZERO: lif1.lif1.v: 38 value(s) per step [[V]]

// The same with subtraction, as the network was trained.
// RUN: nirc simulate %fixtures/braille_noDelay_noBias_subtract.nir --reset subtract --input %S/Inputs/braille_spikes.h5 --probe lif1.lif.v -o %t/bs.h5 2> %t/bs.log
// RUN: nirc simulate %fixtures/braille_noDelay_noBias_subtract_subgraph.nir --nir-repair-edges --reset subtract --input %S/Inputs/braille_spikes.h5 --probe lif1.lif1.v -o %t/bs-sub.h5 2> %t/bs-sub.log
// RUN: cat %t/bs.log %t/bs-sub.log | FileCheck %s --check-prefix=BRAILLE-SUBTRACT
// BRAILLE-SUBTRACT: simulated 100 step(s) x 2 sample(s), dt = 1.000000e-04 s, method=exact, reset=subtract
// BRAILLE-SUBTRACT: output.output: [[SPIKES:[1-9][0-9]*]] spike(s), per neuron [[PER_NEURON:.*]]
// BRAILLE-SUBTRACT: lif1.lif.v: 40 value(s) per step [[V:.*]]
// BRAILLE-SUBTRACT: simulated 100 step(s) x 2 sample(s), dt = 1.000000e-04 s, method=exact, reset=subtract
// BRAILLE-SUBTRACT: output.output: [[SPIKES]] spike(s), per neuron [[PER_NEURON]]
// BRAILLE-SUBTRACT: lif1.lif1.v: 40 value(s) per step [[V]]

// Forward Euler, flat against nested, too.
// RUN: nirc simulate %fixtures/braille_noDelay_bias_zero.nir --method euler --input %S/Inputs/braille_spikes.h5 -o %t/bz-euler.h5 2> %t/bz-euler.log
// RUN: nirc simulate %fixtures/braille_noDelay_bias_zero_subgraph.nir --nir-repair-edges --method euler --input %S/Inputs/braille_spikes.h5 -o %t/bz-sub-euler.h5 2> %t/bz-sub-euler.log
// RUN: cat %t/bz-euler.log %t/bz-sub-euler.log | FileCheck %s --check-prefix=BRAILLE-EULER
// BRAILLE-EULER: method=euler
// BRAILLE-EULER: output.output: [[SPIKES:[1-9][0-9]*]] spike(s), per neuron [[PER_NEURON:.*]]
// BRAILLE-EULER: method=euler
// BRAILLE-EULER: output.output: [[SPIKES]] spike(s), per neuron [[PER_NEURON]]

// The edges of the subgraph files name a missing node: without
// --nir-repair-edges they are rejected before anything runs.
// RUN: not nirc simulate %fixtures/braille_noDelay_bias_zero_subgraph.nir --input %S/Inputs/braille_spikes.h5 -o %t/none.h5 2>&1 | FileCheck %s --check-prefix=DANGLING
// RUN: not test -e %t/none.h5
// DANGLING: did you mean 'lif1'?

//===----------------------------------------------------------------------===//
// cnn_sinabs: [1, 10, 2 x 34 x 34] spikes, dt = 1 s from the file; 10
// classes. exact and adaptive agree (IF neurons: both place every crossing
// inside the step; exact may fire more than once per step).
//===----------------------------------------------------------------------===//

// RUN: nirc simulate %fixtures/cnn_sinabs.nir --input %S/Inputs/cnn_spikes.h5 --probe 11 -o %t/cnn.h5 2> %t/cnn.log
// RUN: nirc simulate %fixtures/cnn_sinabs.nir --input %S/Inputs/cnn_spikes.h5 --probe 11 --method adaptive -o %t/cnn-adaptive.h5 2> %t/cnn-adaptive.log
// RUN: cat %t/cnn.log %t/cnn-adaptive.log | FileCheck %s --check-prefix=CNN
// CNN: simulated 10 step(s) x 1 sample(s), dt = 1.000000e+00 s, method=exact
// CNN: output.output: [[SPIKES:[1-9][0-9]*]] spike(s)
// CNN: 11.output: 10 value(s) per step
// CNN: method=adaptive
// CNN: output.output: [[SPIKES]] spike(s)
// CNN: 11.output: 10 value(s) per step
// The result (without the probe: one node) reads back as the input of 10
// neurons, dt from the file, the same spikes.
// RUN: nirc simulate %fixtures/cnn_sinabs.nir --input %S/Inputs/cnn_spikes.h5 -o %t/cnn-out.h5 2> %t/cnn-out.log
// RUN: nirc simulate %t/ten.mlir --input %t/cnn-out.h5 -o %t/back.h5 2> %t/back.log
// RUN: cat %t/cnn-out.log %t/back.log | FileCheck %s --check-prefix=CNN-BACK
// CNN-BACK: output.output: [[SPIKES:[1-9][0-9]*]] spike(s), per neuron [[PER_NEURON:.*]]
// CNN-BACK: simulated 10 step(s) x 1 sample(s), dt = 1.000000e+00 s
// CNN-BACK: out.output: [[SPIKES]] spike(s), per neuron [[PER_NEURON]]

//--- ten.mlir
nir.graph {
  %x = nir.input "in" : !nir.signal<10>
  %y = nir.output "out"(%x) : (!nir.signal<10>) -> !nir.signal<10>
}
