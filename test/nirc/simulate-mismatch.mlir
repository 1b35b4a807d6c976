// nirc simulate --mismatch: Monte Carlo trials of fixed-pattern noise on the
// NIR parameters, ideal and emulated, stacked trial-major on the sample
// axis; every trial reproducible alone from the seed; and the errors.

// RUN: rm -rf %t && mkdir -p %t
// RUN: nirc simulate %S/../../examples/recurrent-lif.mlir --input %S/../../examples/recurrent-lif-input.csv --dt 1e-3 --probe hidden -o %t/nominal.h5 2> /dev/null
// RUN: nirc simulate %S/../../examples/recurrent-lif.mlir --input %S/../../examples/recurrent-lif-input.csv --dt 1e-3 --probe hidden --mismatch tau=0.1,v_threshold=0.05,weight=0.1 --trials 3 --seed 7 -o %t/mc.h5 2>&1 | FileCheck %s --check-prefix=MC
// MC: simulated 200 step(s) x 3 sample(s)
// MC: 3 trial(s) under mismatch tau=0.1,v_threshold=0.05,weight=0.1, seed 7: spikes per output neuron and trial
// MC-NEXT: output neuron mean std min max
// MC-NEXT: output 0
// MC-NEXT: output 1
// MC-NEXT: output 2
// MC-NEXT: output: the nominal most active neuron kept in {{.*}}% of 3 trial(s) x samples
// RUN: h5dump -a /nirc.trials -a /nirc.seed -a /nirc.mismatch -a /nirc.trial_layout %t/mc.h5 | FileCheck %s --check-prefix=MC-META
// MC-META: "3"
// MC-META: "7"
// MC-META: "tau=0.1,v_threshold=0.05,weight=0.1"
// MC-META: "trial-major: trial k holds samples k*1 to k*1+0"
// RUN: h5dump -H -d /nodes/hidden/observables/output/data %t/mc.h5 | FileCheck %s --check-prefix=MC-SHAPE
// MC-SHAPE: DATASPACE SIMPLE { ( 3, 200, 3 ) / ( 3, 200, 3 ) }

// The same seed gives the same file, byte for byte (no HDF5 modification
// times); trial 2 run alone equals trial 2 of the batch; another seed gives
// other trials.
// RUN: nirc simulate %S/../../examples/recurrent-lif.mlir --input %S/../../examples/recurrent-lif-input.csv --dt 1e-3 --probe hidden --mismatch tau=0.1,v_threshold=0.05,weight=0.1 --trials 3 --seed 7 -o %t/again.h5 2> /dev/null
// RUN: h5dump -d /nodes/hidden/observables/output/data -b LE -o %t/mc.bin %t/mc.h5 > /dev/null
// RUN: cmp %t/mc.h5 %t/again.h5
// RUN: nirc simulate %S/../../examples/recurrent-lif.mlir --input %S/../../examples/recurrent-lif-input.csv --dt 1e-3 --probe hidden --mismatch tau=0.1,v_threshold=0.05,weight=0.1 --first-trial 2 --trials 1 --seed 7 -o %t/trial2.h5 2> /dev/null
// RUN: h5dump -d /nodes/hidden/observables/output/data -s "2,0,0" -c "1,200,3" -b LE -o %t/batch2.bin %t/mc.h5 > /dev/null
// RUN: h5dump -d /nodes/hidden/observables/output/data -b LE -o %t/alone2.bin %t/trial2.h5 > /dev/null
// RUN: cmp %t/batch2.bin %t/alone2.bin
// RUN: nirc simulate %S/../../examples/recurrent-lif.mlir --input %S/../../examples/recurrent-lif-input.csv --dt 1e-3 --probe hidden --mismatch tau=0.1,v_threshold=0.05,weight=0.1 --trials 3 --seed 8 -o %t/seed8.h5 2> /dev/null
// RUN: h5dump -d /nodes/hidden/observables/output/data -b LE -o %t/seed8.bin %t/seed8.h5 > /dev/null
// RUN: not cmp -s %t/mc.bin %t/seed8.bin

// sigma = 0 gives every trial the nominal run's spikes.
// RUN: nirc simulate %S/../../examples/recurrent-lif.mlir --input %S/../../examples/recurrent-lif-input.csv --dt 1e-3 --probe hidden --mismatch tau=0,weight=0 --trials 1 -o %t/zero.h5 2> /dev/null
// RUN: h5dump -d /nodes/hidden/observables/output/data -b LE -o %t/zero.bin %t/zero.h5 > /dev/null
// RUN: h5dump -d /nodes/hidden/observables/output/data -b LE -o %t/nominal.bin %t/nominal.h5 > /dev/null
// RUN: cmp %t/zero.bin %t/nominal.bin

// Emulated trials: the noise goes on the NIR parameters before the chip's
// quantisation; on a digital chip `default` is no variation at all. (Lava's
// LIF process holds one dv and one vth per population, so noise on tau or
// v_threshold does not map onto Loihi 2: nirc compile's error says so.)
// RUN: nirc simulate %S/../../examples/recurrent-lif.mlir --input %S/../../examples/recurrent-lif-input.csv --dt 1e-3 --target loihi2 --mismatch default --trials 2 -o %t/loihi-default.h5 2>&1 | FileCheck %s --check-prefix=DEFAULT
// DEFAULT: note: --mismatch default on Loihi 2: none (Loihi 2 computes in digital registers, so its neurons and synapses do not vary)
// DEFAULT: 2 trial(s) under mismatch none, seed 0
// RUN: nirc simulate %S/../../examples/recurrent-lif.mlir --input %S/../../examples/recurrent-lif-input.csv --dt 1e-3 --target loihi2 --mismatch weight=0.2 --trials 2 --probe hidden.v -o %t/loihi-mc.h5 2>&1 | FileCheck %s --check-prefix=EMULATED
// EMULATED: emulated 200 step(s) x 2 sample(s) on Loihi 2
// EMULATED: 2 trial(s) under mismatch weight=0.2, seed 0
// RUN: h5dump -H -d /nodes/hidden/observables/v/data %t/loihi-mc.h5 | FileCheck %s --check-prefix=EMULATED-SHAPE
// EMULATED-SHAPE: DATATYPE H5T_STD_I64LE
// EMULATED-SHAPE: DATASPACE SIMPLE { ( 2, 200, 3 ) / ( 2, 200, 3 ) }

// Errors: each a message, a non-zero exit and no file.
// RUN: not nirc simulate %S/../../examples/recurrent-lif.mlir --input %S/../../examples/recurrent-lif-input.csv --dt 1e-3 --mismatch volume=0.1 -o %t/bad.h5 2>&1 | FileCheck %s --check-prefix=UNKNOWN-KEY
// UNKNOWN-KEY: error: --mismatch: unknown mismatch parameter 'volume'; valid keys are tau, tau_mem, tau_syn, v_threshold, v_leak, v_reset, r, w_in, weight, bias
// RUN: not nirc simulate %S/../../examples/recurrent-lif.mlir --input %S/../../examples/recurrent-lif-input.csv --dt 1e-3 --mismatch tau -o %t/bad.h5 2>&1 | FileCheck %s --check-prefix=MALFORMED
// MALFORMED: error: --mismatch: malformed mismatch entry 'tau': expected key=sigma, e.g. tau=0.05
// RUN: not nirc simulate %S/../../examples/recurrent-lif.mlir --input %S/../../examples/recurrent-lif-input.csv --dt 1e-3 --mismatch tau=-0.1 -o %t/bad.h5 2>&1 | FileCheck %s --check-prefix=NEGATIVE
// NEGATIVE: error: --mismatch: sigma of mismatch parameter 'tau' must be non-negative, got -0.1
// RUN: not nirc simulate %S/../../examples/recurrent-lif.mlir --input %S/../../examples/recurrent-lif-input.csv --dt 1e-3 --mismatch tau=0.1 --trials 0 -o %t/bad.h5 2>&1 | FileCheck %s --check-prefix=ZERO-TRIALS
// ZERO-TRIALS: error: --trials must be at least 1, got 0
// RUN: not nirc simulate %S/../../examples/recurrent-lif.mlir --input %S/../../examples/recurrent-lif-input.csv --dt 1e-3 --trials 4 -o %t/bad.h5 2>&1 | FileCheck %s --check-prefix=NO-SPEC
// NO-SPEC: error: --trials runs Monte Carlo trials under --mismatch; pass --mismatch SPEC
// RUN: not nirc simulate %S/../../examples/recurrent-lif.mlir --input %S/../../examples/recurrent-lif-input.csv --dt 1e-3 --mismatch default -o %t/bad.h5 2>&1 | FileCheck %s --check-prefix=DEFAULT-IDEAL
// DEFAULT-IDEAL: error: --mismatch default takes a chip's documented variation: pass --target
// The recurrent LIF network has no CubaLIF, so nothing has a w_in.
// RUN: not nirc simulate %S/../../examples/recurrent-lif.mlir --input %S/../../examples/recurrent-lif-input.csv --dt 1e-3 --mismatch w_in=0.1 -o %t/bad.h5 2>&1 | FileCheck %s --check-prefix=NOTHING
// NOTHING: error: mismatch parameter 'w_in' applies to no node of the graph
// RUN: not test -e %t/bad.h5

// A trial the chip cannot hold (Lava's LIF process has one dv for all its
// neurons) fails the run, naming the trial; no file is written.
// RUN: not nirc simulate %S/../../examples/recurrent-lif.mlir --input %S/../../examples/recurrent-lif-input.csv --dt 1e-3 --target loihi2 --mismatch tau=0.1 --trials 2 -o %t/trial-fails.h5 2>&1 | FileCheck %s --check-prefix=TRIAL-FAILS
// TRIAL-FAILS: error: 'nir.lif' "hidden": neurons 0 and 1 need dv = 211 and dv = 197
// TRIAL-FAILS: error: trial 0 of {{.*}}recurrent-lif.mlir under --mismatch tau=0.1 cannot run on Loihi 2
// RUN: not test -e %t/trial-fails.h5
