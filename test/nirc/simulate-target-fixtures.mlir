// nirc simulate --target on the NIR paper's files: every fixture that maps
// onto a chip (as nirc compile maps it, compile-*-fixtures.mlir) runs in the
// chip's arithmetic, and the cost table says what compiling changed. The
// numbers are this emulation's; the vendors' own simulators agree with its
// arithmetic bit for bit on test/vendor/golden (VendorGoldenTest).
// REQUIRES: nir-fixtures

// RUN: rm -rf %t && mkdir -p %t

// Braille (recurrent CubaLIF, 12 -> 38 -> 7) at dt = 0.1 ms on Loihi 2:
// Lava's Dense delays each hop by a step, so the chip's spikes start a
// step later; the readout keeps 69% of its (sample, step, neuron) spikes.
// RUN: nirc simulate %fixtures/braille_noDelay_bias_zero.nir --input %S/Inputs/braille_spikes.h5 --dt 1e-4 --target loihi2 -o %t/bz-loihi.h5 2>&1 | FileCheck %s --check-prefix=BZ-LOIHI
// RUN: nirc simulate %fixtures/braille_noDelay_bias_zero_subgraph.nir --nir-repair-edges --input %S/Inputs/braille_spikes.h5 --dt 1e-4 --target loihi2 -o %t/bz-sub-loihi.h5 2>&1 | FileCheck %s --check-prefix=BZ-LOIHI
// BZ-LOIHI: emulated 100 step(s) x 2 sample(s) on Loihi 2
// BZ-LOIHI: lif1.lif{{1?}} 32 36 99.45% {{[0-9.]+}} step 1
// BZ-LOIHI-NEXT: lif2 436 359 68.64% {{[0-9.]+}} step 2
// BZ-LOIHI: output.output: 359 spike(s), per neuron [91, 12, 39, 16, 58, 76, 67]

// The same on the three Xylos (one arithmetic, XyloSim v2's): input events
// arrive in their step, hidden spikes a step later.
// RUN: nirc simulate %fixtures/braille_noDelay_bias_zero.nir --input %S/Inputs/braille_spikes.h5 --dt 1e-4 --target xylo-audio2 -o %t/bz-xa2.h5 2>&1 | FileCheck %s --check-prefix=BZ-XYLO
// RUN: nirc simulate %fixtures/braille_noDelay_bias_zero.nir --input %S/Inputs/braille_spikes.h5 --dt 1e-4 --target xylo-audio3 -o %t/bz-xa3.h5 2>&1 | FileCheck %s --check-prefix=BZ-XYLO
// RUN: nirc simulate %fixtures/braille_noDelay_bias_zero.nir --input %S/Inputs/braille_spikes.h5 --dt 1e-4 --target xylo-imu -o %t/bz-imu.h5 2>&1 | FileCheck %s --check-prefix=BZ-XYLO
// BZ-XYLO: lif1.lif 32 79 98.78% {{[0-9.]+}} step 1
// BZ-XYLO-NEXT: lif2 436 583 60.93% {{[0-9.]+}} step 1
// RUN: nirc simulate %fixtures/braille_noDelay_noBias_subtract.nir --reset subtract --input %S/Inputs/braille_spikes.h5 --dt 1e-4 --target xylo-imu -o %t/bs-imu.h5 2>&1 | FileCheck %s --check-prefix=BS-XYLO
// BS-XYLO: lif1.lif 62 48 99.48% {{[0-9.]+}} step 3
// BS-XYLO-NEXT: lif2 79 3 94.57% {{[0-9.]+}} step 11

// A single LIF neuron (Norse's and Rockpool's) on Loihi 2 spikes as often
// as the ideal neuron, on steps shifted by the Dense delay.
// RUN: nirc simulate %fixtures/lif_norse.nir --input %fixtures/lif_exact.csv --csv-columns 0 --dt 1e-4 --target loihi2 -o %t/norse.h5 2>&1 | FileCheck %s --check-prefix=NORSE
// NORSE: 1 4 4 99.20% {{[0-9.]+}} step 460
// RUN: nirc simulate %fixtures/two_lif_neurons.nir --input %fixtures/lif_exact.csv --csv-columns 0 --dt 1e-4 --target loihi2 -o %t/two.h5 2>&1 | FileCheck %s --check-prefix=TWO
// TWO: lif1 6 6 99.00% {{[0-9.]+}} step 177
// TWO-NEXT: lif2 0 0 100.00% {{[0-9.]+}} never

// Sinabs' CNN on Speck, event-driven: the chip clamps each membrane at
// threshold_low = -threshold (Sinabs' min_v_mem), which the ideal IF does
// not, so the deeper layers fire far more. Events reach a neuron in
// increasing source order within a step.
// RUN: nirc simulate %fixtures/cnn_sinabs.nir --input %S/Inputs/cnn_spikes.h5 --target speck -o %t/cnn.h5 2>&1 | FileCheck %s --check-prefix=CNN
// CNN: emulated 10 step(s) x 1 sample(s) on Speck
// CNN: 1 1916 2204 96.82%
// CNN: 10 890 6870 29.30%
// CNN: 12 47 938 2.00%

// SpiNNaker2: float32 neurons with the int8 weights, a step per hop.
// RUN: nirc simulate %fixtures/braille_noDelay_bias_zero.nir --input %S/Inputs/braille_spikes.h5 --dt 1e-4 --target spinnaker2 -o %t/bz-s2.h5 2>&1 | FileCheck %s --check-prefix=BZ-S2
// BZ-S2: emulated 100 step(s) x 2 sample(s) on SpiNNaker2
// BZ-S2: lif1.lif 32 31 99.33% {{[0-9.]+}} step 1
// BZ-S2-NEXT: lif2 436 359 66.50% {{[0-9.]+}} step 2
// RUN: nirc simulate %fixtures/cnn_sinabs.nir --input %S/Inputs/cnn_spikes.h5 --target spinnaker2 -o %t/cnn-s2.h5 2>&1 | FileCheck %s --check-prefix=CNN-S2
// CNN-S2: emulated 10 step(s) x 1 sample(s) on SpiNNaker2
// CNN-S2: 1 1916 1477 92.40%

// BrainScaleS-2 holds the subtract-reset Braille only with its weights
// clipped to 6 bits; under its default mismatch (the calibrated
// thresholds' spread) 4 trials of the 2 samples are stacked, and the
// trials' spread per output neuron is summarised.
// RUN: nirc simulate %fixtures/braille_noDelay_noBias_subtract.nir --reset subtract --allow-saturation --input %S/Inputs/braille_spikes.h5 --dt 1e-4 --target brainscales2 -o %t/bs-bss2.h5 2>&1 | FileCheck %s --check-prefix=BS-BSS2
// BS-BSS2: emulated 100 step(s) x 2 sample(s) on BrainScaleS-2
// BS-BSS2: lif1.lif 62 111 97.92% {{[0-9.]+}} step 1
// BS-BSS2-NEXT: lif2 79 100 88.21% {{[0-9.]+}} step 11
// RUN: nirc simulate %fixtures/braille_noDelay_noBias_subtract.nir --reset subtract --allow-saturation --input %S/Inputs/braille_spikes.h5 --dt 1e-4 --target brainscales2 --mismatch default --trials 4 --seed 2 -o %t/bs-bss2-mc.h5 2>&1 | FileCheck %s --check-prefix=BS-BSS2-MC
// BS-BSS2-MC: note: --mismatch default on BrainScaleS-2: v_threshold=0.058 (an upper bound derived from calix's threshold acceptance test
// BS-BSS2-MC: emulated 100 step(s) x 8 sample(s) on BrainScaleS-2
// BS-BSS2-MC: lif1.lif 248 403 98.05%
// BS-BSS2-MC: 4 trial(s) under mismatch v_threshold=0.058, seed 2
// BS-BSS2-MC: output 2 25.25 5.26 20 34
// BS-BSS2-MC: output: the nominal most active neuron kept in 75.0% of 4 trial(s) x samples
