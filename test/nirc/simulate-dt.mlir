// Where nirc simulate takes dt from: --dt, or the TimeGriddedData of the
// input file (docs/semantics.md: never silently assumed), and how it reports a
// disagreement. Inputs/*.h5 come from Inputs/make_inputs.py.

// RUN: rm -rf %t && split-file %s %t

// A dt stored as float32 (1e-3 is 0.0010000000474974513 there) is the
// file's dt: 5 steps of 1 ms, every value 1.
// RUN: nirc simulate %t/pass1.mlir --input %S/Inputs/float32_dt.h5 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=FLOAT32
// FLOAT32: simulated 5 step(s) x 1 sample(s), dt = 1.000000e-03 s
// FLOAT32: out.output: 5 spike(s)

// Events for `a` and a 1 s grid for `b`: with --dt 1 the events are binned
// on it (0.5 s and 2.5 s -> steps 0 and 2; x = 1 for one step never lifts
// the LIF above 1: no spike); `b`'s IF neurons fire 3 and 4 times (0.35 and
// 0.45 per second over 10 s).
// RUN: nirc simulate %t/two-inputs.mlir --input %S/Inputs/events_then_grid.h5 --dt 1 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=EVENTS-GRID
// EVENTS-GRID: simulated 10 step(s) x 1 sample(s), dt = 1.000000e+00 s
// EVENTS-GRID-DAG: oa.output: 0 spike(s)
// EVENTS-GRID-DAG: ob.output: 7 spike(s), per neuron [3, 4]

//===----------------------------------------------------------------------===//
// Regressions: each of these once failed
//===----------------------------------------------------------------------===//

// Without --dt the same file has a dt all the same, `b`'s: that the events
// node comes first (by name) must not matter. It used to give: "node 'a' holds events,
// which have no step length; pass --dt".
// RUN: nirc simulate %t/two-inputs.mlir --input %S/Inputs/events_then_grid.h5 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=EVENTS-GRID

// --dt 1e-3 agrees with a float32 dt of 1e-3 (they differ by 5e-8 relative,
// float32's rounding; the check allows 1e-9). It used to be rejected as "on a grid of
// dt = 0.00 s, but --dt is 0.00 s".
// RUN: nirc simulate %t/pass1.mlir --input %S/Inputs/float32_dt.h5 --dt 1e-3 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=FLOAT32

// A disagreement shows both step lengths legibly. It used to give: "dt = 0.00 s, but
// --dt is 0.00 s" (formatv's default of 2 decimals).
// RUN: not nirc simulate %t/pass1.mlir --input %S/Inputs/small_dt.h5 --dt 1e-3 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=SMALL-DT
// SMALL-DT: error: {{.*}}small_dt.h5: node 'in' is on a grid of dt = {{1(\.0*)?e-0?4|0\.0001}} s, but --dt is {{1(\.0*)?e-0?3|0\.001}} s

// Two grids that disagree (a: 1 s, b: 0.5 s) with no --dt given: the
// message must not blame --dt. It used to give: "node 'b' is on a grid of dt = 0.50 s,
// but --dt is 1.00 s".
// RUN: not nirc simulate %t/two-inputs.mlir --input %S/Inputs/two_inputs_dt.h5 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=TWO-DT
// TWO-DT: error: {{.*}}two_inputs_dt.h5: node 'b' is on a grid of dt = {{5(\.0*)?e-0?1|0\.50*}} s
// TWO-DT-NOT: --dt

//===----------------------------------------------------------------------===//
// Hostile time axes: events no dt can put on a grid of sane size
//===----------------------------------------------------------------------===//

// None of them writes an output.
// RUN: rm -f %t/out.h5

// t_max = 1e300 s on a 1 ms grid: 1e303 steps (once an int64 overflow, then
// gigabytes for one event).
// RUN: not nirc simulate %t/pass1.mlir --input %S/Inputs/t_max_huge.h5 --dt 1e-3 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=T-MAX-HUGE
// T-MAX-HUGE: error: {{.*}}t_max_huge.h5: node 'in': t_max = 1.000000e+300 s over dt = 1.000000e-03 s gives 1.000000e+303 steps of 1 neuron(s) x 1 sample(s): more than 1073741824 values; a larger dt gives fewer

// A sane t_max (4 s) and an absurd --dt.
// RUN: not nirc simulate %t/pass1.mlir --input %S/Inputs/events_no_dt.h5 --dt 1e-300 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=DT-TINY
// DT-TINY: error: {{.*}}events_no_dt.h5: node 'in': t_max = 4.000000e+00 s over dt = 1.000000e-300 s gives 4.000000e+300 steps

// RUN: not nirc simulate %t/pass1.mlir --input %S/Inputs/t_max_nan.h5 --dt 1e-3 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=T-MAX-NAN
// T-MAX-NAN: error: {{.*}}t_max_nan.h5: in, observable 'spikes': 't_max' must be finite and not negative, got nan

// RUN: not nirc simulate %t/pass1.mlir --input %S/Inputs/n_neurons_nan.h5 --dt 1e-3 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=N-NAN
// N-NAN: error: {{.*}}n_neurons_nan.h5: in, observable 'spikes': 'n_neurons' must be a whole number in [0, 1073741824], got nan

// RUN: not nirc simulate %t/pass1.mlir --input %S/Inputs/n_neurons_huge.h5 --dt 1e-3 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=N-HUGE
// N-HUGE: error: {{.*}}n_neurons_huge.h5: in, observable 'spikes': 'n_neurons' must be a whole number in [0, 1073741824], got 1.000000e+12
// RUN: not test -e %t/out.h5

//--- pass1.mlir
nir.graph {
  %x = nir.input "in" : !nir.signal<1>
  %y = nir.output "out"(%x) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- two-inputs.mlir
nir.graph {
  %a = nir.input "a" : !nir.signal<1>
  %b = nir.input "b" : !nir.signal<2>
  %la = nir.lif "la"(%a) {tau = dense<2.0> : tensor<1xf64>,
      r = dense<1.0> : tensor<1xf64>, v_leak = dense<0.0> : tensor<1xf64>,
      v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %ib = nir.if "ib"(%b) {r = dense<1.0> : tensor<2xf64>,
      v_threshold = dense<1.0> : tensor<2xf64>,
      v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %oa = nir.output "oa"(%la) : (!nir.signal<1>) -> !nir.signal<1>
  %ob = nir.output "ob"(%ib) : (!nir.signal<2>) -> !nir.signal<2>
}
