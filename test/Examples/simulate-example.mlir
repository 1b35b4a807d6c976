// The README's first command: simulate the bundled example on its CSV input.
// RUN: nirc simulate %nirc_src/examples/recurrent-lif.mlir --input %nirc_src/examples/recurrent-lif-input.csv --dt 1e-3 --probe hidden --probe hidden.v -o %t.h5 2>&1 | FileCheck %s
// RUN: test -s %t.h5

// 200 rows of 1 ms. Unaided, neuron 0 (input 0.8 × 2 = 1.6 in the first
// half) and neuron 1 (0.9 × 2 = 1.8 in the second) would reach threshold 1
// every τ ln(v∞ / (v∞ − 1)) = 19.6 ms and 16.2 ms: 5 and 6 spikes. Neuron 2
// is driven to exactly v∞ = 0.5 × 2 = 1.0, which never exceeds threshold.
// CHECK: simulated 200 step(s) x 1 sample(s), dt = 1.000000e-03 s, method=exact, reset=to-v_reset
// CHECK: output.output: 3 value(s) per step
// CHECK: hidden.output: 11 spike(s), per neuron [5, 6, 0]
// CHECK: hidden.v: 3 value(s) per step
// CHECK: wrote {{.*}}.h5
