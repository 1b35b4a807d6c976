// nirc simulate rejects bad input data, options and models with a message
// that names the file, node, row or column, and a non-zero exit. The models
// and CSV files are the sections below; Inputs/*.h5 come from
// Inputs/make_inputs.py.

// RUN: rm -rf %t && split-file %s %t

//===----------------------------------------------------------------------===//
// dt
//===----------------------------------------------------------------------===//

// A CSV has no time axis.
// RUN: not nirc simulate %t/pass1.mlir --input %t/one.csv -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=CSV-NO-DT
// CSV-NO-DT: error: {{.*}}one.csv: a CSV has no time axis; pass --dt

// Events have none either.
// RUN: not nirc simulate %t/pass1.mlir --input %S/Inputs/events_no_dt.h5 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=EVENTS-NO-DT
// EVENTS-NO-DT: error: {{.*}}events_no_dt.h5: node 'in' holds events, which have no step length; pass --dt

// --dt must agree with the file's (0.5 s).
// RUN: not nirc simulate %t/pass1.mlir --input %S/Inputs/lif_grid.h5 --dt 1 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=DT-MISMATCH
// DT-MISMATCH: error: {{.*}}lif_grid.h5: node 'in' is on a grid of dt = {{5(\.0*)?e-0?1|0\.50*}} s, but --dt is {{1(\.0*)?e\+0?0|1(\.0+)?}} s

// --dt is a positive, finite number.
// RUN: not nirc simulate %t/pass1.mlir --input %t/one.csv --dt 0 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=BAD-DT
// RUN: not nirc simulate %t/pass1.mlir --input %t/one.csv --dt=-1 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=BAD-DT
// RUN: not nirc simulate %t/pass1.mlir --input %t/one.csv --dt nan -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=BAD-DT
// RUN: not nirc simulate %t/pass1.mlir --input %t/one.csv --dt inf -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=BAD-DT
// BAD-DT: error: --dt must be a positive number of seconds
// RUN: not nirc simulate %t/pass1.mlir --input %t/one.csv --dt abc -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=DT-NOT-NUMBER
// DT-NOT-NUMBER: for the --dt option: 'abc' value invalid for floating point argument!

//===----------------------------------------------------------------------===//
// CSV
//===----------------------------------------------------------------------===//

// Three columns for an Input of one neuron.
// RUN: not nirc simulate %t/pass1.mlir --input %t/three.csv --dt 1 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=NEURONS
// NEURONS: error: input 'in' has 3 neurons per step, but the graph's Input takes 1

// NaN and infinity, written out or in a file.
// RUN: not nirc simulate %t/pass1.mlir --input %t/nan.csv --dt 1 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=NAN
// RUN: not nirc simulate %t/pass1.mlir --input %t/inf.csv --dt 1 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=NAN
// NAN: error: input 'in' holds a non-finite value at sample 0, step 2, neuron 0
// RUN: not nirc simulate %t/pass1.mlir --input %S/Inputs/nan.h5 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=NAN-H5
// NAN-H5: error: input 'in' holds a non-finite value at sample 0, step 1, neuron 0

// A row shorter than the first, with all columns or with the ones chosen.
// RUN: not nirc simulate %t/pass1.mlir --input %t/short.csv --dt 1 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=SHORT
// SHORT: error: {{.*}}short.csv:2: 2 columns, the first row had 3
// RUN: not nirc simulate %t/pass1.mlir --input %t/short.csv --csv-columns 2 --dt 1 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=SHORT-COLUMN
// SHORT-COLUMN: error: {{.*}}short.csv:2: no column 2 (the row has 2)
// RUN: not nirc simulate %t/pass1.mlir --input %t/one.csv --csv-columns 1 --dt 1 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=NO-COLUMN
// NO-COLUMN: error: {{.*}}one.csv:1: no column 1 (the row has 1)

// A cell that is not a number, and a header row.
// RUN: not nirc simulate %t/pass1.mlir --input %t/word.csv --dt 1 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=WORD
// WORD: error: {{.*}}word.csv:2: column 0: 'abc' is not a number
// RUN: not nirc simulate %t/pass1.mlir --input %t/header.csv --csv-columns 1 --dt 1 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=HEADER
// HEADER: error: {{.*}}header.csv:1: column 1: 'current' is not a number

// No rows at all; a missing CSV.
// RUN: not nirc simulate %t/pass1.mlir --input %t/empty.csv --dt 1 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=EMPTY
// EMPTY: error: {{.*}}empty.csv: no rows
// RUN: not nirc simulate %t/pass1.mlir --input %t/missing.csv --dt 1 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=MISSING-CSV
// MISSING-CSV: error: {{.*}}missing.csv: No such file or directory

// --csv-columns takes non-negative integers.
// RUN: not nirc simulate %t/pass1.mlir --input %t/one.csv --csv-columns=-1 --dt 1 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=COLUMNS-OPTION
// COLUMNS-OPTION: for the --csv-columns option: '-1' value invalid for uint argument!

//===----------------------------------------------------------------------===//
// NIRGraphData
//===----------------------------------------------------------------------===//

// Not HDF5 (a text file), and HDF5 that is not NIRGraphData.
// RUN: not nirc simulate %t/pass1.mlir --input %t/text.h5 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=NOT-HDF5
// NOT-HDF5: error: {{.*}}text.h5: not a readable HDF5 file
// RUN: not nirc simulate %t/pass1.mlir --input %S/Inputs/not_graph_data.h5 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=NOT-GRAPH-DATA
// NOT-GRAPH-DATA: error: {{.*}}not_graph_data.h5: not NIRGraphData (__type__ is 'NIRGraph')

// Data for a node that is not an Input of the graph (`la` is its LIF).
// RUN: not nirc simulate %t/two-inputs.mlir --input %S/Inputs/two_inputs_extra.h5 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=NOT-AN-INPUT
// NOT-AN-INPUT: error: input data for 'la', but the graph has no Input of that name

// No data for one of the two Inputs; inputs of different lengths.
// RUN: not nirc simulate %t/two-inputs.mlir --input %S/Inputs/two_inputs_missing.h5 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=NO-DATA
// NO-DATA: error: no input data for the graph's Input 'b'
// RUN: not nirc simulate %t/two-inputs.mlir --input %S/Inputs/two_inputs_steps.h5 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=STEPS
// STEPS: error: input '{{a|b}}' has 1 samples of {{8|10}} steps, unlike the other inputs

// A result with a probe holds two observables of node `if`: not an input.
// RUN: nirc simulate %t/if.mlir --input %t/one.csv --dt 1 --probe if --probe if.v -o %t/probed.h5 2>&1
// RUN: not nirc simulate %t/pass1.mlir --input %t/probed.h5 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=TWO-OBSERVABLES
// TWO-OBSERVABLES: error: {{.*}}probed.h5: node 'if' has 2 observables; an input needs exactly one

//===----------------------------------------------------------------------===//
// Options
//===----------------------------------------------------------------------===//

// RUN: not nirc simulate %t/if.mlir --input %t/one.csv --dt 1 --method rk4 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=METHOD
// METHOD: error: unknown method 'rk4' (expected exact, euler or adaptive)
// RUN: not nirc simulate %t/if.mlir --input %t/one.csv --dt 1 --reset zero -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=RESET
// RESET: error: unknown reset 'zero' (expected to-v_reset or subtract)
// NIR's `to-v_reset`, not the IR's keyword `to_v_reset`.
// RUN: not nirc simulate %t/if.mlir --input %t/one.csv --dt 1 --reset to_v_reset -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=RESET-IR
// RESET-IR: error: unknown reset 'to_v_reset' (expected to-v_reset or subtract)

// Probes of a node that does not exist, of a state the node lacks (an
// affine has no membrane, an IF no current), of an unknown observable.
// RUN: not nirc simulate %t/if.mlir --input %t/one.csv --dt 1 --probe nope -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=PROBE-NODE
// PROBE-NODE: error: cannot probe 'nope': no node of that name
// RUN: not nirc simulate %t/affine.mlir --input %t/one.csv --dt 1 --probe w.v -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=PROBE-V
// PROBE-V: error: cannot probe 'w.v': node 'w' has no membrane state
// RUN: not nirc simulate %t/if.mlir --input %t/one.csv --dt 1 --probe if.i -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=PROBE-I
// PROBE-I: error: cannot probe 'if.i': node 'if' has no current state
// RUN: not nirc simulate %t/if.mlir --input %t/one.csv --dt 1 --probe if.x -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=PROBE-X
// PROBE-X: error: cannot probe 'if.x': no node of that name

// --input and -o are required.
// RUN: not nirc simulate %t/if.mlir -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=NO-INPUT
// NO-INPUT: for the --input option: must be specified at least once!
// RUN: not nirc simulate %t/if.mlir --input %t/one.csv --dt 1 2>&1 | FileCheck %s --check-prefix=NO-OUTPUT
// NO-OUTPUT: for the -o option: must be specified at least once!

// An output in a directory that does not exist.
// RUN: not nirc simulate %t/if.mlir --input %t/one.csv --dt 1 -o %t/no-such-dir/out.h5 2>&1 | FileCheck %s --check-prefix=NO-DIR
// NO-DIR: error: cannot write {{.*}}no-such-dir{{[/\\]}}out.h5

//===----------------------------------------------------------------------===//
// Models
//===----------------------------------------------------------------------===//

// A model that does not exist.
// RUN: not nirc simulate %t/missing.mlir --input %t/one.csv --dt 1 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=NO-MODEL
// NO-MODEL: error: cannot open input file '{{.*}}missing.mlir': No such file or directory

// An affine <-> linear cycle with no neuron in it has no step order.
// RUN: not nirc simulate %t/cycle.mlir --input %t/one.csv --dt 1 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=CYCLE
// CYCLE: error: 'sim.model' op cycle without a stateful node cannot be stepped: 'a' -> 'b' -> 'a'

// A neuron with no incoming edge has nothing to integrate.
// RUN: not nirc simulate %t/unfed.mlir --input %t/one.csv --dt 1 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=UNFED
// UNFED: error: node 'lif' has no incoming edge, so it has no input to simulate

// None of these runs wrote anything.
// RUN: not test -e %t/out.h5

//===----------------------------------------------------------------------===//
// Messages that once misled (regression tests)
//===----------------------------------------------------------------------===//

// A missing NIRGraphData file is missing, as for a CSV or a model; not "not
// a readable HDF5 file".
// RUN: not nirc simulate %t/pass1.mlir --input %t/missing.h5 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=MISSING-H5
// MISSING-H5: error: {{.*}}missing.h5{{.*}}: No such file or directory

// A CSV cannot feed a graph with two Inputs: say so, naming the file, rather
// than "input data for ''".
// RUN: not nirc simulate %t/two-inputs.mlir --input %t/one.csv --dt 1 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=CSV-TWO-INPUTS
// CSV-TWO-INPUTS-NOT: input data for ''
// CSV-TWO-INPUTS: error: {{.*}}one.csv{{.*}}one Input
// CSV-TWO-INPUTS-NOT: input data for ''

// Line numbers are the file's: a blank line counts (the cell is on line 3;
// it used to report line 2). The same for "N columns, the first row had M".
// RUN: not nirc simulate %t/pass1.mlir --input %t/blank-line.csv --dt 1 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=BLANK-LINE
// BLANK-LINE: error: {{.*}}blank-line.csv:3: column 0: 'abc' is not a number

// A shape nir-infer-types cannot infer (the pool has no input): nirc has run
// nir-infer-types already, so the hint to run it is wrong here.
// RUN: not nirc simulate %t/unknown-shape.mlir --input %t/one.csv --dt 1 -o %t/out.h5 2>&1 | FileCheck %s --check-prefix=UNKNOWN-SHAPE
// UNKNOWN-SHAPE: error: node 'pool' has no known shape
// UNKNOWN-SHAPE-NOT: run nir-infer-types

//--- pass1.mlir
nir.graph {
  %x = nir.input "in" : !nir.signal<1>
  %y = nir.output "out"(%x) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- if.mlir
nir.graph {
  %x = nir.input "in" : !nir.signal<1>
  %s = nir.if "if"(%x) {r = dense<1.0> : tensor<1xf64>,
      v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%s) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- affine.mlir
nir.graph {
  %x = nir.input "in" : !nir.signal<1>
  %w = nir.affine "w"(%x) {weight = dense<2.0> : tensor<1x1xf64>,
      bias = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%w) : (!nir.signal<1>) -> !nir.signal<1>
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
  %oa = nir.output "oa"(%la) : (!nir.signal<1>) -> !nir.signal<1>
  %ob = nir.output "ob"(%b) : (!nir.signal<2>) -> !nir.signal<2>
}

//--- cycle.mlir
nir.graph {
  %x = nir.input "in" : !nir.signal<1>
  %a = nir.affine "a"(%x, %b) {weight = dense<0.5> : tensor<1x1xf64>,
      bias = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>, !nir.signal<1>) -> !nir.signal<1>
  %b = nir.linear "b"(%a) {weight = dense<0.5> : tensor<1x1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%a) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- unfed.mlir
nir.graph {
  %x = nir.input "in" : !nir.signal<1>
  %s = nir.lif "lif" {tau = dense<2.0> : tensor<1xf64>,
      r = dense<1.0> : tensor<1xf64>, v_leak = dense<0.0> : tensor<1xf64>,
      v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>}
      : () -> !nir.signal<1>
  %y = nir.output "out"(%s) : (!nir.signal<1>) -> !nir.signal<1>
}

//--- unknown-shape.mlir
nir.graph {
  %x = nir.input "in" : !nir.signal<1>
  %p = nir.sum_pool2d "pool" {kernel_size = array<i64: 2, 2>,
      stride = array<i64: 2, 2>, padding = array<i64: 0, 0>}
      : () -> !nir.signal<*>
  %o = nir.output "out"(%p) : (!nir.signal<*>) -> !nir.signal<*>
}

//--- one.csv
0.5
0.5
0.5
//--- three.csv
0.5,1,2
0.5,1,2
//--- nan.csv
0.5
0.5
nan
0.5
//--- inf.csv
0.5
0.5
-inf
0.5
//--- short.csv
0.5,1,2
0.5,1
//--- word.csv
0.5
abc
//--- blank-line.csv
0.5

abc
//--- header.csv
time,current
0,0.5
//--- empty.csv
//--- text.h5
this is not HDF5

// -o to a device is written in place, not replaced by a renamed file.
// RUN: nirc simulate %S/../../examples/recurrent-lif.mlir --input %S/../../examples/recurrent-lif-input.csv --dt 1e-3 -o /dev/stdout 2>/dev/null | od -c | FileCheck %s --check-prefix=DEVICE
// DEVICE: 0000000 211   H   D   F
// RUN: test -L /dev/stdout || test -c /dev/stdout
