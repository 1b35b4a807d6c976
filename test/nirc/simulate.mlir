// nirc simulate on small models whose spike counts are derived by hand (the
// derivation is next to each check). The models and CSV inputs are the
// sections below; NIRGraphData inputs are Inputs/*.h5 (Inputs/make_inputs.py).
// A written result is checked by feeding it back as the input of a
// pass-through model, whose summary counts what the file holds.

// RUN: rm -rf %t && split-file %s %t

// --help of the subcommand lists every option.
// RUN: nirc simulate --help | FileCheck %s --check-prefix=HELP
// HELP: USAGE: nirc simulate [options] <model.nir|model.mlir>
// HELP-DAG: --csv-columns=<uint>
// HELP-DAG: --dt=<number>
// HELP-DAG: --input=<file>
// HELP-DAG: --method=<string> {{.*}}exact (default) | euler | adaptive
// HELP-DAG: --nir-repair-edges
// HELP-DAG: --output-events
// HELP-DAG: -o <file>
// HELP-DAG: --probe=<NODE[.v|.i]>
// HELP-DAG: --reset=<string> {{.*}}to-v_reset (default) | subtract

//===----------------------------------------------------------------------===//
// CSV input, --csv-columns, methods and resets
//===----------------------------------------------------------------------===//

// IF (r = 1, threshold 1, v_reset 0) on 0.25 per step, dt = 1 s, 24 steps;
// column 1 of quarter.csv (column 0 is a step index, column 2 junk).
// exact: v rises 0.25 per second and reaches 1 at t = 4, 8, ..., 20 (reset
// there, at the crossing) -> 5 spikes; subtracting the threshold at v = 1 is
// the same reset.
// RUN: nirc simulate %t/if.mlir --input %t/quarter.csv --csv-columns 1 --dt 1 -o %t/if.h5 2>&1 | FileCheck %s --check-prefix=IF-EXACT
// RUN: nirc simulate %t/if.mlir --input %t/quarter.csv --csv-columns 1 --dt 1 --reset subtract -o %t/if-sub.h5 2>&1 | FileCheck %s --check-prefix=IF-EXACT
// IF-EXACT: simulated 24 step(s) x 1 sample(s), dt = 1.000000e+00 s, method=exact
// IF-EXACT: out.output: 5 spike(s), per neuron [5]
// IF-EXACT: wrote {{.*}}.h5
//
// euler tests v > 1 after the step: 0.25, 0.5, 0.75, 1.0, 1.25 fires at
// step 4. to-v_reset restarts from 0 (a spike every 5 steps: 4, 9, 14, 19
// -> 4); subtract keeps 0.25 (every 4 steps: 4, 8, 12, 16, 20 -> 5).
// RUN: nirc simulate %t/if.mlir --input %t/quarter.csv --csv-columns 1 --dt 1 --method euler -o %t/if-euler.h5 2>&1 | FileCheck %s --check-prefix=IF-EULER-RESET
// IF-EULER-RESET: method=euler, reset=to-v_reset
// IF-EULER-RESET: out.output: 4 spike(s)
// RUN: nirc simulate %t/if.mlir --input %t/quarter.csv --csv-columns 1 --dt 1 --method euler --reset subtract -o %t/if-euler-sub.h5 2>&1 | FileCheck %s --check-prefix=IF-EULER-SUB
// IF-EULER-SUB: method=euler, reset=subtract
// IF-EULER-SUB: out.output: 5 spike(s)

// Two columns picked out of three, in the order asked for: column 0 sums to
// 0 + 1 + ... + 23 = 276, column 2 to 24 * 9 = 216 (whole numbers, so the
// pass-through output is counted as spikes).
// RUN: nirc simulate %t/pass2.mlir --input %t/quarter.csv --csv-columns 0,2 --dt 1 -o %t/cols.h5 2>&1 | FileCheck %s --check-prefix=COLS
// RUN: nirc simulate %t/pass2.mlir --input %t/quarter.csv --csv-columns 2 --csv-columns 0 --dt 1 -o %t/cols.h5 2>&1 | FileCheck %s --check-prefix=COLS-SWAPPED
// COLS: out.output: 492 spike(s), per neuron [276, 216]
// COLS-SWAPPED: out.output: 492 spike(s), per neuron [216, 276]

// LIF (tau = 2 s, r = 1, v_leak = 0, threshold 1) on x = 2, dt = 1 s, 10
// steps. exact: v(t) = 2 (1 - e^{-t/2}) crosses 1 after 2 ln 2 = 1.386 s,
// again 1.386 s after every reset: t = 1.39, 2.77, ..., 9.70 -> 7 spikes;
// the end-of-step membrane lies in [0.0673675, 0.917318] (closed form).
// adaptive (odeint) finds the same crossings.
// RUN: nirc simulate %t/lif.mlir --input %t/two.csv --dt 1 --probe lif.v -o %t/lif.h5 2>&1 | FileCheck %s --check-prefix=LIF-EXACT
// RUN: nirc simulate %t/lif.mlir --input %t/two.csv --dt 1 --probe lif.v --reset subtract -o %t/lif.h5 2>&1 | FileCheck %s --check-prefix=LIF-EXACT
// RUN: nirc simulate %t/lif.mlir --input %t/two.csv --dt 1 --probe lif.v --method adaptive -o %t/lif.h5 2>&1 | FileCheck %s --check-prefix=LIF-EXACT
// RUN: nirc simulate %t/lif.mlir --input %t/two.csv --dt 1 --probe lif.v --method adaptive --reset subtract -o %t/lif.h5 2>&1 | FileCheck %s --check-prefix=LIF-EXACT
// LIF-EXACT: simulated 10 step(s) x 1 sample(s), dt = 1.000000e+00 s
// LIF-EXACT: out.output: 7 spike(s)
// LIF-EXACT: lif.v: 1 value(s) per step{{,?}} in [0.067367{{[0-9]*}}, 0.91731{{[0-9]*}}]
//
// euler: v' = (1 - dt/tau) v + r dt/tau x = 0.5 v + 1 (exact in binary):
// 1.0 (not above 1), 1.5 fires; to-v_reset repeats that every 2 steps
// (steps 1, 3, 5, 7, 9 -> 5 spikes); subtract leaves 0.5, then 1.25, 1.125,
// ..., above 1 at every step from step 1 on -> 9 spikes.
// RUN: nirc simulate %t/lif.mlir --input %t/two.csv --dt 1 --method euler -o %t/lif.h5 2>&1 | FileCheck %s --check-prefix=LIF-EULER-RESET
// LIF-EULER-RESET: out.output: 5 spike(s)
// RUN: nirc simulate %t/lif.mlir --input %t/two.csv --dt 1 --method euler --reset subtract -o %t/lif.h5 2>&1 | FileCheck %s --check-prefix=LIF-EULER-SUB
// LIF-EULER-SUB: out.output: 9 spike(s)

// A CSV with blank lines and spaces around the values: 1 + 2 + 3.
// RUN: nirc simulate %t/pass1.mlir --input %t/messy.csv --dt 1 -o %t/messy.h5 2>&1 | FileCheck %s --check-prefix=MESSY
// MESSY: simulated 3 step(s) x 1 sample(s)
// MESSY: out.output: 6 spike(s)

//===----------------------------------------------------------------------===//
// NIRGraphData input
//===----------------------------------------------------------------------===//

// Time-gridded, dt = 0.5 s taken from the file (no --dt), 2 samples of 20
// steps into the LIF above (tau = 2 s). Sample 0 (x = 2) crosses every
// 2 ln 2 = 1.386 s: 7 times in 10 s. Sample 1 (x = 1.5) every 2 ln 3 =
// 2.197 s: 4 times. 7 + 4 = 11.
// RUN: nirc simulate %t/lif.mlir --input %S/Inputs/lif_grid.h5 -o %t/grid.h5 2>&1 | FileCheck %s --check-prefix=GRID
// RUN: nirc simulate %t/lif.mlir --input %S/Inputs/lif_grid.h5 --dt 0.5 -o %t/grid.h5 2>&1 | FileCheck %s --check-prefix=GRID
// GRID: simulated 20 step(s) x 2 sample(s), dt = 5.000000e-01 s
// GRID: out.output: 11 spike(s), per neuron [11]

// EventData, binned on --dt. Sample 0: neuron 0 at 0.1 s and 0.7 s, neuron 1
// at 0.6 s (an event at 5 s is past t_max = 4 s). Sample 1: neuron 1 at 1.0,
// 1.2 (the same step of 0.5 s: a count of 2) and 3.9 s; neuron 0 at exactly
// t_max is off the grid. Per neuron [2, 4] for either dt.
// RUN: nirc simulate %t/pass2.mlir --input %S/Inputs/events.h5 --dt 0.5 -o %t/events.h5 2>&1 | FileCheck %s --check-prefix=EVENTS-HALF
// EVENTS-HALF: simulated 8 step(s) x 2 sample(s), dt = 5.000000e-01 s
// EVENTS-HALF: out.output: 6 spike(s), per neuron [2, 4]
// RUN: nirc simulate %t/pass2.mlir --input %S/Inputs/events.h5 --dt 1 -o %t/events.h5 2>&1 | FileCheck %s --check-prefix=EVENTS-ONE
// EVENTS-ONE: simulated 4 step(s) x 2 sample(s), dt = 1.000000e+00 s
// EVENTS-ONE: out.output: 6 spike(s), per neuron [2, 4]

// Two Inputs and two Outputs, matched by name. `a` (x = 1.5) drives the LIF
// (tau = 2 s): crossings every 2 ln 3 = 2.197 s -> 4 in 10 s. `b` drives two
// IF neurons with 0.35 and 0.45 per second: crossings every 2.857 s (3) and
// 2.222 s (4).
// RUN: nirc simulate %t/two-inputs.mlir --input %S/Inputs/two_inputs.h5 -o %t/two.h5 2>&1 | FileCheck %s --check-prefix=TWO
// TWO: simulated 10 step(s) x 1 sample(s), dt = 1.000000e+00 s
// TWO-DAG: oa.output: 4 spike(s), per neuron [4]
// TWO-DAG: ob.output: 7 spike(s), per neuron [3, 4]

// A 2x3 Input takes 6 values per step in C order: column 1 is element
// (0, 1), the only IF with threshold 1 (the others have 100). Fed 0.35 per
// second it fires at 2.86, 5.71, 8.57 s: 3 spikes, all on neuron 1 of the
// flattened output. (In Fortran order it would read column 2, 0.45: 4.)
// RUN: nirc simulate %t/grid2x3.mlir --input %t/six.csv --dt 1 --probe if.v -o %t/2x3.h5 2>&1 | FileCheck %s --check-prefix=C-ORDER
// C-ORDER: out.output: 3 spike(s), per neuron [0, 3, 0, 0, 0, 0]
// C-ORDER: if.v: 6 value(s) per step

//===----------------------------------------------------------------------===//
// Probes
//===----------------------------------------------------------------------===//

// x = 0.25 -> affine "w.v" (2 x + 0.25 = 0.75) -> CubaLIF "lif1.lif"
// (tau_syn = 1 s, w_in = 1, tau_mem = 2 s, r = 3, threshold 1), 10 steps.
// A name ending in ".v" is that node's output; "lif1.lif.v" and "lif1.lif.i"
// are the CubaLIF's membrane and current. The current is 0.75 (1 - e^{-t}):
// 0.474090 after the first step, 0.749966 after the tenth. The spike count
// (7, at t = 2.20, 3.48, 4.68, 5.86, 7.04, 8.22, 9.39 s) and the membrane's
// range were checked against a fine-step RK2 integration.
// RUN: nirc simulate %t/probes.mlir --input %t/quarter10.csv --dt 1 --probe w.v --probe lif1.lif --probe lif1.lif.v --probe lif1.lif.i --probe in -o %t/probes.h5 2>&1 | FileCheck %s --check-prefix=PROBES
// PROBES: out.output: 7 spike(s)
// PROBES-DAG: in.output: 1 value(s) per step{{,?}} in [0.25, 0.25]
// PROBES-DAG: w.v.output: 1 value(s) per step{{,?}} in [0.75, 0.75]
// PROBES-DAG: lif1.lif.output: 7 spike(s)
// PROBES-DAG: lif1.lif.v: 1 value(s) per step{{,?}} in [0.1493{{[0-9]*}}, 0.9745{{[0-9]*}}]
// PROBES-DAG: lif1.lif.i: 1 value(s) per step{{,?}} in [0.47409{{[0-9]*}}, 0.74996{{[0-9]*}}]
// PROBES: wrote

//===----------------------------------------------------------------------===//
// Delay
//===----------------------------------------------------------------------===//

// A delay of 1.6 s at dt = 0.8 s holds back the first 2 of 10 steps of
// x = 2: 8 steps of 2 leave. At dt = 1 s, 1.6 steps round to the same 2,
// with a warning.
// RUN: nirc simulate %t/delay.mlir --input %t/two.csv --dt 0.8 -o %t/delay.h5 2>&1 | FileCheck %s --check-prefix=DELAY
// DELAY-NOT: warning
// DELAY: out.output: 16 spike(s)
// RUN: nirc simulate %t/delay.mlir --input %t/two.csv --dt 1 -o %t/delay.h5 2>&1 | FileCheck %s --check-prefix=DELAY-ROUNDED
// DELAY-ROUNDED: warning: delays of node 'd' are not whole multiples of dt = 1
// DELAY-ROUNDED: out.output: 16 spike(s)

//===----------------------------------------------------------------------===//
// The written file
//===----------------------------------------------------------------------===//

// The result is NIRGraphData again: fed back (its dt, 1 s, comes from the
// file; its one node, "out", feeds the one Input), it holds the 5 spikes.
// RUN: nirc simulate %t/pass1.mlir --input %t/if.h5 -o %t/back.h5 2>&1 | FileCheck %s --check-prefix=BACK
// BACK: simulated 24 step(s) x 1 sample(s), dt = 1.000000e+00 s
// BACK: out.output: 5 spike(s)
// The same as events (at the middle of each step): binned on the same dt
// they land in the same steps.
// RUN: nirc simulate %t/if.mlir --input %t/quarter.csv --csv-columns 1 --dt 1 --output-events -o %t/if-events.h5 2>&1 | FileCheck %s --check-prefix=IF-EXACT
// RUN: nirc simulate %t/pass1.mlir --input %t/if-events.h5 --dt 1 -o %t/back.h5 2>&1 | FileCheck %s --check-prefix=BACK
// The sample count survives the round trip too.
// RUN: nirc simulate %t/pass1.mlir --input %t/grid.h5 -o %t/back.h5 2>&1 | FileCheck %s --check-prefix=BACK-GRID
// BACK-GRID: simulated 20 step(s) x 2 sample(s), dt = 5.000000e-01 s
// BACK-GRID: out.output: 11 spike(s)

// A failed run leaves an existing output as it was, and creates none.
// RUN: cp %t/if.h5 %t/kept.h5
// RUN: not nirc simulate %t/lif.mlir --input %S/Inputs/lif_grid.h5 --dt 1 -o %t/kept.h5 2>&1 | FileCheck %s --check-prefix=FAILED
// RUN: not nirc simulate %t/lif.mlir --input %t/two.csv --dt 1 --probe nope -o %t/kept.h5 2>&1 | FileCheck %s --check-prefix=FAILED-PROBE
// RUN: cmp %t/if.h5 %t/kept.h5
// RUN: nirc simulate %t/pass1.mlir --input %t/kept.h5 -o %t/back.h5 2>&1 | FileCheck %s --check-prefix=KEPT
// RUN: not nirc simulate %t/lif.mlir --input %S/Inputs/lif_grid.h5 --dt 1 -o %t/none.h5
// RUN: not test -e %t/none.h5
// FAILED: error: {{.*}}lif_grid.h5: node 'in' is on a grid of dt = {{.*}}, but --dt is
// FAILED-PROBE: error: cannot probe 'nope': no node of that name
// KEPT: out.output: 5 spike(s)

//--- if.mlir
nir.graph {
  %x = nir.input "in" : !nir.signal<1>
  %s = nir.if "if"(%x) {r = dense<1.0> : tensor<1xf64>,
      v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%s) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- lif.mlir
nir.graph {
  %x = nir.input "in" : !nir.signal<1>
  %s = nir.lif "lif"(%x) {tau = dense<2.0> : tensor<1xf64>,
      r = dense<1.0> : tensor<1xf64>, v_leak = dense<0.0> : tensor<1xf64>,
      v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%s) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- pass1.mlir
nir.graph {
  %x = nir.input "in" : !nir.signal<1>
  %y = nir.output "out"(%x) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- pass2.mlir
nir.graph {
  %x = nir.input "in" : !nir.signal<2>
  %y = nir.output "out"(%x) : (!nir.signal<2>) -> !nir.signal<2>
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

//--- grid2x3.mlir
nir.graph {
  %x = nir.input "in" : !nir.signal<2x3>
  %s = nir.if "if"(%x) {r = dense<1.0> : tensor<2x3xf64>,
      v_threshold = dense<[[100.0, 1.0, 100.0], [100.0, 100.0, 100.0]]>
          : tensor<2x3xf64>,
      v_reset = dense<0.0> : tensor<2x3xf64>}
      : (!nir.signal<2x3>) -> !nir.signal<2x3>
  %y = nir.output "out"(%s) : (!nir.signal<2x3>) -> !nir.signal<2x3>
}

//--- probes.mlir
nir.graph {
  %x = nir.input "in" : !nir.signal<1>
  %w = nir.affine "w.v"(%x) {weight = dense<2.0> : tensor<1x1xf64>,
      bias = dense<0.25> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %s = nir.cuba_lif "lif1.lif"(%w) {tau_syn = dense<1.0> : tensor<1xf64>,
      tau_mem = dense<2.0> : tensor<1xf64>, r = dense<3.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, w_in = dense<1.0> : tensor<1xf64>,
      v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%s) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- delay.mlir
nir.graph {
  %x = nir.input "in" : !nir.signal<1>
  %d = nir.delay "d"(%x) {delay = dense<1.6> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%d) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- quarter.csv
0,0.25,9
1,0.25,9
2,0.25,9
3,0.25,9
4,0.25,9
5,0.25,9
6,0.25,9
7,0.25,9
8,0.25,9
9,0.25,9
10,0.25,9
11,0.25,9
12,0.25,9
13,0.25,9
14,0.25,9
15,0.25,9
16,0.25,9
17,0.25,9
18,0.25,9
19,0.25,9
20,0.25,9
21,0.25,9
22,0.25,9
23,0.25,9
//--- quarter10.csv
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
//--- two.csv
2
2
2
2
2
2
2
2
2
2
//--- six.csv
0,0.35,0.45,0,0,0
0,0.35,0.45,0,0,0
0,0.35,0.45,0,0,0
0,0.35,0.45,0,0,0
0,0.35,0.45,0,0,0
0,0.35,0.45,0,0,0
0,0.35,0.45,0,0,0
0,0.35,0.45,0,0,0
0,0.35,0.45,0,0,0
0,0.35,0.45,0,0,0
//--- messy.csv

 1 

2
  3
