// nirc simulate --engine auto|jit|interpret and --precision f64|f32: the
// JIT (the default wherever it compiles every op) records what the
// interpreter records; an emulated chip's integers fall back to the
// interpreter under auto, and are an error under jit.

// RUN: rm -rf %t && split-file %s %t

// RUN: nirc simulate --help | FileCheck %s --check-prefix=HELP
// HELP: --engine=<value>
// HELP: =auto
// HELP: =jit
// HELP: =interpret
// HELP: --precision=<value>

// The default is the JIT; --timing says so, with its compile time and the
// time of each kind of op (the step reports to the host after each).
// RUN: nirc simulate %t/model.mlir --input %t/input.csv --dt 1e-3 --probe hidden.v --timing -o %t/auto.h5 2>&1 | FileCheck %s --check-prefix=AUTO
// AUTO: engine: jit f64
// AUTO-NEXT: JIT compile: {{[0-9.]+}} s
// AUTO-NEXT: time in the ops: {{[0-9.]+}} s
// AUTO-DAG: {{^  }}sim.leaky_step {{.+}} %
// AUTO-DAG: {{^  }}sim.dense event-driven {{.+}} %
// AUTO-DAG: {{^  }}sim.next (state updates) {{.+}} %
// AUTO-DAG: {{^  }}sim.output {{.+}} %
// AUTO-DAG: {{^  }}sim.probe {{.+}} %
// AUTO-NOT: jit: steps
// AUTO: out.output: 7 spike(s), per neuron [4, 3, 0]

// --threads cuts a batch into blocks of samples run side by side (320
// samples: two blocks) without changing a bit of the file.
// RUN: nirc simulate %S/../../examples/recurrent-lif.mlir --input %S/Inputs/batch_spikes.h5 --probe hidden --probe hidden.v --threads 1 -o %t/threads1.h5
// RUN: nirc simulate %S/../../examples/recurrent-lif.mlir --input %S/Inputs/batch_spikes.h5 --probe hidden --probe hidden.v --threads 2 -o %t/threads2.h5
// RUN: cmp %t/threads1.h5 %t/threads2.h5
// RUN: nirc simulate %t/model.mlir --input %t/input.csv --dt 1e-3 --probe hidden.v --engine interpret --timing -o %t/interpret.h5 2>&1 | FileCheck %s --check-prefix=INTERPRET
// INTERPRET: engine: interpreter
// INTERPRET-NOT: JIT compile
// INTERPRET: sim.leaky_step
// INTERPRET: out.output: 7 spike(s), per neuron [4, 3, 0]

// The recordings are the same numbers (the inputs are sparse, so even the
// dense synapse sums in the same order): only the engine in the metadata
// differs.
// RUN: h5dump -m %.17g -d /nodes/hidden/observables/v/data %t/auto.h5 | tail -n +2 > %t/auto.txt
// RUN: h5dump -m %.17g -d /nodes/hidden/observables/v/data %t/interpret.h5 | tail -n +2 > %t/interpret.txt
// RUN: diff %t/auto.txt %t/interpret.txt
// RUN: h5dump -a /nirc.engine %t/auto.h5 | FileCheck %s --check-prefix=META
// META: "jit f64"

// float32: the same spikes here, and the engine recorded.
// RUN: nirc simulate %t/model.mlir --input %t/input.csv --dt 1e-3 --engine jit --precision f32 --timing -o %t/f32.h5 2>&1 | FileCheck %s --check-prefix=F32
// F32: engine: jit f32
// F32: out.output: 7 spike(s), per neuron [4, 3, 0]

// float32 needs the JIT.
// RUN: not nirc simulate %t/model.mlir --input %t/input.csv --dt 1e-3 --engine interpret --precision f32 -o %t/no.h5 2>&1 | FileCheck %s --check-prefix=NOF32
// NOF32: error: 'sim.model' op runs in float32 only on the JIT, and the interpreter was asked for
// RUN: not test -e %t/no.h5

// An emulated chip: auto runs the interpreter and says why; jit refuses.
// RUN: nirc simulate %t/model.mlir --input %t/input.csv --dt 1e-3 --target loihi2 --timing -o %t/chip.h5 2>&1 | FileCheck %s --check-prefix=CHIP
// CHIP: engine: interpreter (no native step: 'sim.{{[a-z_]+}}' holds a chip's integer registers, which the native step does not compute yet)
// RUN: not nirc simulate %t/model.mlir --input %t/input.csv --dt 1e-3 --target loihi2 --engine jit -o %t/chipjit.h5 2>&1 | FileCheck %s --check-prefix=CHIPJIT
// CHIPJIT: error: 'sim.model' op has no native step: 'sim.{{[a-z_]+}}' holds a chip's integer registers
// RUN: not test -e %t/chipjit.h5

//--- model.mlir
nir.graph {
  %x = nir.input "in" : !nir.signal<4>
  %a = nir.linear "fc"(%x) {weight = dense<[[0.9, 0.0, 0.5, 0.2], [0.1, 0.8, 0.0, 0.3], [0.0, 0.1, 0.1, 0.1]]> : tensor<3x4xf64>} : (!nir.signal<4>) -> !nir.signal<3>
  %h = nir.lif "hidden"(%a) {tau = dense<2.0e-3> : tensor<3xf64>, r = dense<1.0> : tensor<3xf64>, v_leak = dense<0.0> : tensor<3xf64>, v_threshold = dense<0.3> : tensor<3xf64>, v_reset = dense<0.0> : tensor<3xf64>} : (!nir.signal<3>) -> !nir.signal<3>
  %y = nir.output "out"(%h) : (!nir.signal<3>) -> !nir.signal<3>
}
//--- input.csv
1,0,0,0
1,0,0,0
0,1,0,0
0,1,0,0
0,0,1,0
1,0,0,0
0,1,0,0
1,0,0,0
0,0,0,1
0,0,0,0
