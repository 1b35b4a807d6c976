// nirc simulate --timing: seconds per kind of op, and the steps a dense
// synapse ran event-driven (adding only the weight columns of the inputs
// that spiked) reported apart from those it ran as a matrix product, in the
// interpreter (simulate-engine.mlir covers the JIT's).

// RUN: rm -rf %t && split-file %s %t

// --help lists the option.
// RUN: nirc simulate --help | FileCheck %s --check-prefix=HELP
// HELP: --timing

// One spike in ten channels per step (10 % of the inputs, below the 40 %
// where the event-driven sum stops paying): every step is event-driven.
// RUN: nirc simulate %t/model.mlir --input %t/sparse.csv --dt 1e-3 --engine interpret --timing -o %t/sparse.h5 2>&1 | FileCheck %s --check-prefix=SPARSE
// SPARSE: time in the ops: {{[0-9.]+}} s
// SPARSE-NOT: sim.dense {{[0-9.]+}} s
// SPARSE-DAG: sim.dense event-driven {{.*}} s {{.*}} %
// SPARSE-DAG: sim.leaky_step {{.*}} s {{.*}} %
// SPARSE-NOT: sim.dense {{[0-9.]+}} s
// Every channel spiking: every step is a matrix product.
// RUN: nirc simulate %t/model.mlir --input %t/dense.csv --dt 1e-3 --engine interpret --timing -o %t/dense.h5 2>&1 | FileCheck %s --check-prefix=DENSE
// DENSE: time in the ops:
// DENSE-NOT: event-driven
// DENSE: sim.dense {{[0-9.]+}} s
// Without --timing nothing is printed about time.
// RUN: nirc simulate %t/model.mlir --input %t/sparse.csv --dt 1e-3 -o %t/quiet.h5 2>&1 | FileCheck %s --check-prefix=QUIET
// QUIET-NOT: time in the ops

//--- model.mlir
nir.graph {
  %x = nir.input "in" : !nir.signal<10>
  %a = nir.linear "fc"(%x) {weight = dense<0.5> : tensor<3x10xf64>} : (!nir.signal<10>) -> !nir.signal<3>
  %h = nir.lif "hidden"(%a) {tau = dense<1.0e-2> : tensor<3xf64>, r = dense<1.0> : tensor<3xf64>, v_leak = dense<0.0> : tensor<3xf64>, v_threshold = dense<1.0> : tensor<3xf64>, v_reset = dense<0.0> : tensor<3xf64>} : (!nir.signal<3>) -> !nir.signal<3>
  %y = nir.output "out"(%h) : (!nir.signal<3>) -> !nir.signal<3>
}
//--- sparse.csv
1,0,0,0,0,0,0,0,0,0
0,1,0,0,0,0,0,0,0,0
0,0,1,0,0,0,0,0,0,0
0,0,0,1,0,0,0,0,0,0
//--- dense.csv
1,1,1,1,1,1,1,1,1,1
1,1,1,1,1,1,1,1,1,1
1,1,1,1,1,1,1,1,1,1
1,1,1,1,1,1,1,1,1,1
