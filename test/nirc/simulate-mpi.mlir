// mpirun -np N nirc simulate: trials under mismatch and blocks of samples
// spread over N ranks (3 on CI's 2 cores: oversubscribed) give the plain
// run's file byte for byte and its summary on stderr; a rank that fails or
// dies fails the run, and no file is written.
// REQUIRES: mpi

// RUN: rm -rf %t && mkdir -p %t/ideal %t/loihi %t/batch %t/batch-loihi %t/batch-trials

// Ideal trials: the nominal run and 8 trials, one piece each.
// RUN: %S/Inputs/same-under-mpi.sh %t/ideal nirc %S/../../examples/recurrent-lif.mlir --input %S/../../examples/recurrent-lif-input.csv --dt 1e-3 --probe hidden --probe hidden.v --mismatch tau=0.1,v_threshold=0.05,weight=0.1 --trials 8 --seed 7
// RUN: FileCheck %s --check-prefix=IDEAL < %t/ideal/plain.err
// IDEAL: 8 trial(s) under mismatch tau=0.1,v_threshold=0.05,weight=0.1, seed 7
// IDEAL: output: the nominal most active neuron kept in
// IDEAL: hidden.output: {{[1-9][0-9]*}} spike(s)
// RUN: FileCheck %s --check-prefix=IDEAL-RANKS < %t/ideal/np3.err
// Every rank runs a piece when there are enough: rank 0 starts on its own
// once the others have theirs.
// IDEAL-RANKS: distributed over 3 MPI rank(s): 9 piece(s), each handed to the next rank that asked; rank 0 gathered {{[1-9][0-9]*}} byte(s) from the others
// IDEAL-RANKS-NEXT: rank pieces running (s)
// IDEAL-RANKS-NEXT: {{^ +0 +[1-9][0-9]* +[0-9.]+$}}
// IDEAL-RANKS-NEXT: {{^ +1 +[1-9][0-9]* +[0-9.]+$}}
// IDEAL-RANKS-NEXT: {{^ +2 +[1-9][0-9]* +[0-9.]+$}}

// Emulated trials on Loihi 2, with the cost of compiling: the ideal run is
// a piece of its own.
// RUN: %S/Inputs/same-under-mpi.sh %t/loihi nirc %S/../../examples/recurrent-lif.mlir --input %S/../../examples/recurrent-lif-input.csv --dt 1e-3 --target loihi2 --mismatch weight=0.2 --trials 6 --probe hidden.v
// RUN: FileCheck %s --check-prefix=LOIHI < %t/loihi/plain.err
// LOIHI: the cost of compiling, against the ideal run
// LOIHI: hidden
// LOIHI: 6 trial(s) under mismatch weight=0.2, seed 0
// RUN: FileCheck %s --check-prefix=LOIHI-RANKS < %t/loihi/np2.err
// LOIHI-RANKS: distributed over 2 MPI rank(s): 8 piece(s)

// A batch of 320 samples without trials, cut into blocks of samples: 4, 5
// and 10 blocks for 1, 2 and 3 ranks.
// RUN: %S/Inputs/same-under-mpi.sh %t/batch nirc %S/../../examples/recurrent-lif.mlir --input %S/Inputs/batch_spikes.h5 --probe hidden --probe hidden.v
// RUN: FileCheck %s --check-prefix=BATCH < %t/batch/plain.err
// BATCH: simulated 100 step(s) x 320 sample(s)
// BATCH: hidden.output: {{[1-9][0-9]*}} spike(s)
// RUN: FileCheck %s --check-prefix=BATCH-1 < %t/batch/np1.err
// BATCH-1: distributed over 1 MPI rank(s): 4 piece(s)
// RUN: FileCheck %s --check-prefix=BATCH-2 < %t/batch/np2.err
// BATCH-2: distributed over 2 MPI rank(s): 5 piece(s)
// RUN: FileCheck %s --check-prefix=BATCH-3 < %t/batch/np3.err
// BATCH-3: distributed over 3 MPI rank(s): 10 piece(s)

// The same batch emulated on Loihi 2 (the chip's run and the ideal one,
// both in blocks), and with 2 trials under mismatch.
// RUN: %S/Inputs/same-under-mpi.sh %t/batch-loihi nirc %S/../../examples/recurrent-lif.mlir --input %S/Inputs/batch_spikes.h5 --target loihi2 --probe hidden.v
// RUN: FileCheck %s --check-prefix=BATCH-LOIHI < %t/batch-loihi/np2.err
// BATCH-LOIHI: emulated 100 step(s) x 320 sample(s) on Loihi 2
// BATCH-LOIHI: distributed over 2 MPI rank(s): 8 piece(s)
// RUN: %S/Inputs/same-under-mpi.sh %t/batch-trials nirc %S/../../examples/recurrent-lif.mlir --input %S/Inputs/batch_spikes.h5 --mismatch weight=0.1 --trials 2 --seed 3
// RUN: FileCheck %s --check-prefix=BATCH-TRIALS < %t/batch-trials/np3.err
// BATCH-TRIALS: simulated 100 step(s) x 640 sample(s)
// BATCH-TRIALS: distributed over 3 MPI rank(s): 12 piece(s)

// A trial the chip cannot hold fails the run with what one process prints
// (the pieces' diagnostics in order, up to the first that failed), on
// whichever rank it ran; no other rank's error shows.
// RUN: not nirc simulate %S/../../examples/recurrent-lif.mlir --input %S/../../examples/recurrent-lif-input.csv --dt 1e-3 --target loihi2 --mismatch tau=0.1 --trials 4 -o %t/trial-fails.h5 2>&1 | FileCheck %s --check-prefix=TRIAL-FAILS --implicit-check-not=error:
// RUN: not %mpirun -np 3 nirc simulate %S/../../examples/recurrent-lif.mlir --input %S/../../examples/recurrent-lif-input.csv --dt 1e-3 --target loihi2 --mismatch tau=0.1 --trials 4 -o %t/trial-fails.h5 2>&1 | FileCheck %s --check-prefix=TRIAL-FAILS --implicit-check-not=error:
// TRIAL-FAILS: error: 'nir.lif' "hidden": neurons 0 and 1 need dv = 211 and dv = 197
// TRIAL-FAILS: error: trial 0 of {{.*}}recurrent-lif.mlir under --mismatch tau=0.1 cannot run on Loihi 2
// RUN: not test -e %t/trial-fails.h5

// A rank that dies mid-run (killed, as by the kernel's OOM killer), rank 0
// or another: mpirun ends the others, and no file is written.
// RUN: not %mpirun -x NIRC_TEST_KILL_RANK=1 -np 3 nirc simulate %S/../../examples/recurrent-lif.mlir --input %S/Inputs/batch_spikes.h5 --mismatch weight=0.1 --trials 4 -o %t/killed.h5 2>&1 | FileCheck %s --check-prefix=KILLED-1
// KILLED-1: process rank 1 {{.*}} exited on signal 9
// RUN: not %mpirun -x NIRC_TEST_KILL_RANK=0 -np 2 nirc simulate %S/../../examples/recurrent-lif.mlir --input %S/Inputs/batch_spikes.h5 --mismatch weight=0.1 --trials 4 -o %t/killed.h5 2>&1 | FileCheck %s --check-prefix=KILLED-0
// KILLED-0: process rank 0 {{.*}} exited on signal 9
// RUN: not test -e %t/killed.h5

// A run that cannot start fails on every rank, and rank 0 alone says why
// when they all fail alike.
// RUN: not %mpirun -np 3 nirc simulate %S/../../examples/recurrent-lif.mlir --input %t/missing.h5 -o %t/missing-out.h5 2>&1 | FileCheck %s --check-prefix=MISSING --implicit-check-not=error:
// MISSING: error: {{.*}}missing.h5: No such file or directory
// RUN: not %mpirun -np 2 nirc simulate %S/Inputs/missing.mlir --input %S/Inputs/batch_spikes.h5 -o %t/missing-out.h5 2>&1 | FileCheck %s --check-prefix=NO-MODEL --implicit-check-not=error:
// NO-MODEL: error: {{.*}}missing.mlir
// RUN: not test -e %t/missing-out.h5
