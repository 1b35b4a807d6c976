// mpirun -np N nirc simulate on the NIR paper's Braille networks: 1, 2 and
// 3 ranks give the plain run's file byte for byte and its summary.
// REQUIRES: mpi, nir-fixtures

// RUN: rm -rf %t && mkdir -p %t/batch %t/xylo %t/bss2

// 320 samples in blocks (dense layers of 12 x 38, 38 x 38 and 7 x 38).
// RUN: %S/Inputs/same-under-mpi.sh %t/batch nirc %fixtures/braille_noDelay_bias_zero.nir --input %S/Inputs/braille_batch.h5 --probe lif1.lif.v
// RUN: FileCheck %s --check-prefix=BATCH < %t/batch/plain.err
// BATCH: simulated 100 step(s) x 320 sample(s)

// Trials under mismatch emulated on Xylo IMU, over the same batch: trials
// and blocks at once.
// RUN: %S/Inputs/same-under-mpi.sh %t/xylo nirc %fixtures/braille_noDelay_bias_zero.nir --input %S/Inputs/braille_batch.h5 --target xylo-imu --mismatch weight=0.05 --trials 3 --seed 2
// RUN: FileCheck %s --check-prefix=XYLO < %t/xylo/plain.err
// XYLO: emulated 100 step(s) x 960 sample(s) on Xylo IMU
// XYLO: 3 trial(s) under mismatch weight=0.05, seed 2

// BrainScaleS-2's default mismatch varies its calibrated analog neurons,
// after quantisation (sim-neuron-mismatch).
// RUN: %S/Inputs/same-under-mpi.sh %t/bss2 nirc %fixtures/braille_noDelay_noBias_subtract.nir --reset subtract --input %S/Inputs/braille_spikes.h5 --target brainscales2 --allow-saturation --mismatch default --trials 5 --seed 1
// RUN: FileCheck %s --check-prefix=BSS2 < %t/bss2/plain.err
// BSS2: note: --mismatch default on BrainScaleS-2: v_threshold=
// BSS2: 5 trial(s) under mismatch v_threshold=
