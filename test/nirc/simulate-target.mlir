// nirc simulate --target: the bundled recurrent network run as Loihi 2 runs
// it (mapped and quantised as nirc compile maps it, stepped in Lava's
// bit-accurate integers), beside the ideal run, and the errors of a target
// run. The fixtures on every chip are in simulate-target-fixtures.mlir.

// RUN: rm -rf %t && mkdir -p %t
// RUN: nirc simulate %S/../../examples/recurrent-lif.mlir --input %S/../../examples/recurrent-lif-input.csv --dt 1e-3 --target loihi2 --probe hidden.v --probe hidden.i --probe hidden -o %t/loihi.h5 2>&1 | FileCheck %s --check-prefix=LOIHI
// The CSV holds 2 events per step on one channel at a time; Lava's Dense
// takes one.
// LOIHI: warning: input the CSV: 200 of 400 values exceed Loihi 2's 1 event(s) per channel and step and are clamped to 1
// LOIHI: emulated 200 step(s) x 1 sample(s) on Loihi 2, dt = 1.000000e-03 s
// LOIHI: the cost of compiling, against the ideal run (method=exact, reset=to-v_reset):
// LOIHI-NEXT: population ideal spikes chip spikes agree membrane RMSE first diverges
// With half the input, no hidden neuron reaches its threshold on the chip.
// LOIHI-NEXT: hidden 11 0 98.17% {{[0-9.]+}} step 19
// LOIHI-NEXT: readout - - - {{[0-9.]+}} -
// LOIHI: hidden.v: 3 value(s) per step in [0, 58648]
// LOIHI: wrote {{.*}}loihi.h5

// The probes hold Lava's integers: the first input spike (step 0) reaches
// the LIF one step later through Dense's a_buff; u = 40 << 6 = 2560 (du =
// 4095: the current is the input alone) and v decays by dv = 200:
// 2560 + trunc(2560 (4096 - 200) / 4096) = 2560 + 2435 = 4995.
// RUN: h5dump -d /nodes/hidden/observables/v/data -s "0,0,0" -c "1,3,3" %t/loihi.h5 | FileCheck %s --check-prefix=V
// V: DATATYPE H5T_STD_I64LE
// V: (0,0,0): 0, 0, 0,
// V-NEXT: (0,1,0): 2560, 640, 1600,
// V-NEXT: (0,2,0): 4995, 1248, 3121
// RUN: h5dump -d /nodes/hidden/observables/i/data -s "0,0,0" -c "1,3,3" %t/loihi.h5 | FileCheck %s --check-prefix=U
// U: (0,0,0): 0, 0, 0,
// U-NEXT: (0,1,0): 2560, 640, 1600,
// U-NEXT: (0,2,0): 2560, 640, 1600
// One LSB of v is 1 / (64 w_scale) = 1 / 65536 of a NIR volt.
// RUN: h5dump -a /nodes/hidden/observables/v/unit %t/loihi.h5 | FileCheck %s --check-prefix=UNIT
// UNIT: (0): 1.52588e-05
// u is the membrane's increment per step, (1 - alpha_mem) r I with the
// chip's 1 - alpha_mem = dv / 4096 = 200 / 4096: one LSB of u is
// 4096 / (65536 * 200) of NIR's input, so 2560 above is the 0.8 of one event.
// RUN: h5dump -a /nodes/hidden/observables/i/unit %t/loihi.h5 | FileCheck %s --check-prefix=I-UNIT
// I-UNIT: (0): 0.0003125
// The cost table goes into the file's metadata.
// RUN: h5dump -a /nirc.cost.hidden -a /nirc.target %t/loihi.h5 | FileCheck %s --check-prefix=META
// META: "ideal_spikes=11 chip_spikes=0 agreement=0.981667 membrane_rmse={{.*}} first_divergence=19"
// META: "loihi2"

// A graph a chip cannot hold is refused as nirc compile refuses it, and
// no file is written.
// RUN: not nirc simulate %S/../../examples/recurrent-lif.mlir --input %S/../../examples/recurrent-lif-input.csv --dt 1e-3 --target xylo-audio2 -o %t/xylo.h5 2>&1 | FileCheck %s --check-prefix=NO-FIT
// NO-FIT: error: 'nir.li' "readout": Xylo Audio 2 has no li neurons
// NO-FIT: error: {{.*}}recurrent-lif.mlir does not map onto Xylo Audio 2
// RUN: not test -e %t/xylo.h5

// --emulate toolchain needs a target with a toolchain model apart from the
// chip's arithmetic, and --emulate a target.
// RUN: not nirc simulate %S/../../examples/recurrent-lif.mlir --input %S/../../examples/recurrent-lif-input.csv --dt 1e-3 --target loihi2 --emulate toolchain -o %t/tc.h5 2>&1 | FileCheck %s --check-prefix=NO-TOOLCHAIN
// NO-TOOLCHAIN: error: Loihi 2 has no toolchain model apart from the chip's arithmetic; emulate the chip
// RUN: not nirc simulate %S/../../examples/recurrent-lif.mlir --input %S/../../examples/recurrent-lif-input.csv --dt 1e-3 --emulate toolchain -o %t/tc.h5 2>&1 | FileCheck %s --check-prefix=EMULATE-NO-TARGET
// EMULATE-NO-TARGET: error: --emulate needs a --target
// RUN: not test -e %t/tc.h5

// RUN: not nirc simulate %S/../../examples/recurrent-lif.mlir --input %S/../../examples/recurrent-lif-input.csv --dt 1e-3 --target tpu -o %t/tpu.h5 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// UNKNOWN: error: unknown target 'tpu'; one of: xylo-audio2 xylo-audio3 xylo-imu speck loihi2 spinnaker2 brainscales2
// RUN: not test -e %t/tpu.h5

// A probe of a node that is not a population on the chip.
// RUN: not nirc simulate %S/../../examples/recurrent-lif.mlir --input %S/../../examples/recurrent-lif-input.csv --dt 1e-3 --target loihi2 --probe w_in -o %t/probe.h5 2>&1 | FileCheck %s --check-prefix=PROBE
// PROBE: error: probe 'w_in': no neuron population named 'w_in' on Loihi 2
// RUN: not test -e %t/probe.h5
