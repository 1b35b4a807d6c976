// Probes that name what is recorded anyway: the output of an Output node,
// or the same observable twice. Each is recorded once and the run succeeds.
// (Both once failed only after the whole simulation, when the file was written
// ("cannot write observable 'output'" / "'v'"): two observables of one name
// in one node group.)

// RUN: rm -rf %t && split-file %s %t

// IF on 0.25 per second for 24 s, threshold 1: 5 spikes (see simulate.mlir).
// RUN: nirc simulate %t/if.mlir --input %t/quarter.csv --dt 1 --probe out -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=OUTPUT-NODE
// OUTPUT-NODE-NOT: error
// OUTPUT-NODE: out.output: 5 spike(s)
// OUTPUT-NODE-NOT: out.output
// OUTPUT-NODE: wrote

// RUN: nirc simulate %t/if.mlir --input %t/quarter.csv --dt 1 --probe if.v --probe if.v --probe if --probe if -o %t/twice.h5 2>&1 | FileCheck %s --check-prefix=TWICE
// TWICE-NOT: error
// TWICE-DAG: if.v: 1 value(s) per step
// TWICE-DAG: if.output: 5 spike(s)
// TWICE: wrote

//--- if.mlir
nir.graph {
  %x = nir.input "in" : !nir.signal<1>
  %s = nir.if "if"(%x) {r = dense<1.0> : tensor<1xf64>,
      v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%s) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- quarter.csv
0.25
0.25
0.25
0.25
0.25
0.25
0.25
0.25
0.25
0.25
0.25
0.25
0.25
0.25
0.25
0.25
0.25
0.25
0.25
0.25
0.25
0.25
0.25
0.25
