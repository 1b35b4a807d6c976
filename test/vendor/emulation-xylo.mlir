// nirc simulate --target xylo-audio2|xylo-audio3|xylo-imu against XyloSim
// (xylosim 0.1.3, xylosim.v2.XyloLayer, the simulator behind Rockpool's
// XyloSim): utils/vendor/compare_emulation.py rebuilds each network from the
// registers and placement nirc compile wrote, runs it on the same input,
// sample by sample from reset, and requires every spike (event count), Vmem
// and Isyn of every population, at every step, to equal nirc's int64 probes.
// Every fixture of ../shared/fixtures/nir-paper that maps onto Xylo (see
// test/nirc/compile-xylo-fixtures.mlir: the Braille nets at 0.1 ms only,
// two_lif_neurons; not the single LIFs, the CNN or examples/recurrent-lif.mlir
// with its LI readout), on each of the three chips.
// REQUIRES: vendor-xylo, nir-fixtures

// RUN: rm -rf %t && mkdir -p %t

//===----------------------------------------------------------------------===//
// Braille (snnTorch) at 0.1 ms: lif1 (38 or 40, recurrent) on the hidden
// core, lif2 (7) on the output core. On the spikes of test/nirc and on event
// counts of up to 255 a step (XyloSim takes 15; hidden neurons then emit
// several events a step and Vmem/Isyn saturate at 16 bits).
//===----------------------------------------------------------------------===//

// RUN: nirc compile %fixtures/braille_noDelay_bias_zero.nir --target xylo-audio2 --dt 1e-4 -o %t/bz-a2.json 2> %t/log
// RUN: nirc simulate %fixtures/braille_noDelay_bias_zero.nir --target xylo-audio2 --dt 1e-4 --input %S/../nirc/Inputs/braille_spikes.h5 --probe lif1.lif --probe lif1.lif.v --probe lif1.lif.i --probe lif2 --probe lif2.v --probe lif2.i -o %t/bz-a2.h5 2> %t/log
// RUN: %vendor-python %nirc_src/utils/vendor/compare_emulation.py %t/bz-a2.json %S/../nirc/Inputs/braille_spikes.h5 %t/bz-a2.h5 | FileCheck %s --check-prefix=BRAILLE-ZERO -DCHIP='Xylo Audio 2'
// RUN: nirc simulate %fixtures/braille_noDelay_bias_zero.nir --target xylo-audio2 --dt 1e-4 --input %S/Inputs/braille_counts.h5 --probe lif1.lif --probe lif1.lif.v --probe lif1.lif.i --probe lif2 --probe lif2.v --probe lif2.i -o %t/bz-a2-counts.h5 2> %t/log
// RUN: %vendor-python %nirc_src/utils/vendor/compare_emulation.py %t/bz-a2.json %S/Inputs/braille_counts.h5 %t/bz-a2-counts.h5 | FileCheck %s --check-prefix=BRAILLE-ZERO -DCHIP='Xylo Audio 2'
// RUN: nirc compile %fixtures/braille_noDelay_bias_zero.nir --target xylo-audio3 --dt 1e-4 -o %t/bz-a3.json 2> %t/log
// RUN: nirc simulate %fixtures/braille_noDelay_bias_zero.nir --target xylo-audio3 --dt 1e-4 --input %S/Inputs/braille_counts.h5 --probe lif1.lif --probe lif1.lif.v --probe lif1.lif.i --probe lif2 --probe lif2.v --probe lif2.i -o %t/bz-a3.h5 2> %t/log
// RUN: %vendor-python %nirc_src/utils/vendor/compare_emulation.py %t/bz-a3.json %S/Inputs/braille_counts.h5 %t/bz-a3.h5 | FileCheck %s --check-prefix=BRAILLE-ZERO -DCHIP='Xylo Audio 3'
// RUN: nirc compile %fixtures/braille_noDelay_bias_zero.nir --target xylo-imu --dt 1e-4 -o %t/bz-imu.json 2> %t/log
// RUN: nirc simulate %fixtures/braille_noDelay_bias_zero.nir --target xylo-imu --dt 1e-4 --input %S/../nirc/Inputs/braille_spikes.h5 --probe lif1.lif --probe lif1.lif.v --probe lif1.lif.i --probe lif2 --probe lif2.v --probe lif2.i -o %t/bz-imu.h5 2> %t/log
// RUN: %vendor-python %nirc_src/utils/vendor/compare_emulation.py %t/bz-imu.json %S/../nirc/Inputs/braille_spikes.h5 %t/bz-imu.h5 | FileCheck %s --check-prefix=BRAILLE-ZERO -DCHIP='Xylo IMU'
// BRAILLE-ZERO: compare_emulation: [[CHIP]]: 2 sample(s) x 100 step(s), 2 population(s), 45 neuron(s): every spike, v and Isyn equals XyloSim (xylosim.v2) (vendor spikes: lif1.lif {{[1-9][0-9]*}}, lif2 {{[1-9][0-9]*}})

// RUN: nirc compile %fixtures/braille_noDelay_noBias_subtract.nir --target xylo-audio2 --dt 1e-4 -o %t/bs-a2.json 2> %t/log
// RUN: nirc simulate %fixtures/braille_noDelay_noBias_subtract.nir --target xylo-audio2 --dt 1e-4 --input %S/Inputs/braille_counts.h5 --probe lif1.lif --probe lif1.lif.v --probe lif1.lif.i --probe lif2 --probe lif2.v --probe lif2.i -o %t/bs-a2.h5 2> %t/log
// RUN: %vendor-python %nirc_src/utils/vendor/compare_emulation.py %t/bs-a2.json %S/Inputs/braille_counts.h5 %t/bs-a2.h5 | FileCheck %s --check-prefix=BRAILLE-SUBTRACT -DCHIP='Xylo Audio 2'
// RUN: nirc compile %fixtures/braille_noDelay_noBias_subtract.nir --target xylo-audio3 --dt 1e-4 -o %t/bs-a3.json 2> %t/log
// RUN: nirc simulate %fixtures/braille_noDelay_noBias_subtract.nir --target xylo-audio3 --dt 1e-4 --input %S/../nirc/Inputs/braille_spikes.h5 --probe lif1.lif --probe lif1.lif.v --probe lif1.lif.i --probe lif2 --probe lif2.v --probe lif2.i -o %t/bs-a3.h5 2> %t/log
// RUN: %vendor-python %nirc_src/utils/vendor/compare_emulation.py %t/bs-a3.json %S/../nirc/Inputs/braille_spikes.h5 %t/bs-a3.h5 | FileCheck %s --check-prefix=BRAILLE-SUBTRACT -DCHIP='Xylo Audio 3'
// RUN: nirc compile %fixtures/braille_noDelay_noBias_subtract.nir --target xylo-imu --dt 1e-4 -o %t/bs-imu.json 2> %t/log
// RUN: nirc simulate %fixtures/braille_noDelay_noBias_subtract.nir --target xylo-imu --dt 1e-4 --input %S/Inputs/braille_counts.h5 --probe lif1.lif --probe lif1.lif.v --probe lif1.lif.i --probe lif2 --probe lif2.v --probe lif2.i -o %t/bs-imu.h5 2> %t/log
// RUN: %vendor-python %nirc_src/utils/vendor/compare_emulation.py %t/bs-imu.json %S/Inputs/braille_counts.h5 %t/bs-imu.h5 | FileCheck %s --check-prefix=BRAILLE-SUBTRACT -DCHIP='Xylo IMU'
// BRAILLE-SUBTRACT: compare_emulation: [[CHIP]]: 2 sample(s) x 100 step(s), 2 population(s), 47 neuron(s): every spike, v and Isyn equals XyloSim (xylosim.v2) (vendor spikes: lif1.lif {{[1-9][0-9]*}}, lif2 {{[1-9][0-9]*}})

// The files with the recurrent layer as a subgraph (population lif1.lif1).
// RUN: nirc compile %fixtures/braille_noDelay_bias_zero_subgraph.nir --nir-repair-edges --target xylo-imu --dt 1e-4 -o %t/bz-sub.json 2> %t/log
// RUN: nirc simulate %fixtures/braille_noDelay_bias_zero_subgraph.nir --nir-repair-edges --target xylo-imu --dt 1e-4 --input %S/../nirc/Inputs/braille_spikes.h5 --probe lif1.lif1 --probe lif1.lif1.v --probe lif1.lif1.i --probe lif2 --probe lif2.v --probe lif2.i -o %t/bz-sub.h5 2> %t/log
// RUN: %vendor-python %nirc_src/utils/vendor/compare_emulation.py %t/bz-sub.json %S/../nirc/Inputs/braille_spikes.h5 %t/bz-sub.h5 | FileCheck %s --check-prefix=BRAILLE-NESTED -DCHIP='Xylo IMU'
// RUN: nirc compile %fixtures/braille_noDelay_noBias_subtract_subgraph.nir --nir-repair-edges --target xylo-audio2 --dt 1e-4 -o %t/bs-sub.json 2> %t/log
// RUN: nirc simulate %fixtures/braille_noDelay_noBias_subtract_subgraph.nir --nir-repair-edges --target xylo-audio2 --dt 1e-4 --input %S/../nirc/Inputs/braille_spikes.h5 --probe lif1.lif1 --probe lif1.lif1.v --probe lif1.lif1.i --probe lif2 --probe lif2.v --probe lif2.i -o %t/bs-sub.h5 2> %t/log
// RUN: %vendor-python %nirc_src/utils/vendor/compare_emulation.py %t/bs-sub.json %S/../nirc/Inputs/braille_spikes.h5 %t/bs-sub.h5 | FileCheck %s --check-prefix=BRAILLE-NESTED -DCHIP='Xylo Audio 2'
// BRAILLE-NESTED: compare_emulation: [[CHIP]]: 2 sample(s) x 100 step(s), 2 population(s), {{45|47}} neuron(s): every spike, v and Isyn equals XyloSim (xylosim.v2) (vendor spikes: lif1.lif1 {{[1-9][0-9]*}}, lif2 {{[1-9][0-9]*}})

//===----------------------------------------------------------------------===//
// two_lif_neurons (nir.lif: dash_syn = 0) at 1 ms and 0.1 ms. In XyloSim
// dash_syn = 0 clears Isyn before Vmem reads it (utils/vendor/README.md,
// XyloSim v2 point 6) and nirc does the same: Isyn stays 0, lif1 fires from
// its bias alone, and lif2 never receives anything.
//===----------------------------------------------------------------------===//

// RUN: nirc compile %fixtures/two_lif_neurons.nir --target xylo-audio2 -o %t/two-a2.json 2> %t/log
// RUN: nirc simulate %fixtures/two_lif_neurons.nir --target xylo-audio2 --dt 1e-3 --input %fixtures/lif_exact.csv --csv-columns 0 --probe lif1 --probe lif1.v --probe lif1.i --probe lif2 --probe lif2.v --probe lif2.i -o %t/two-a2.h5 2> %t/log
// RUN: %vendor-python %nirc_src/utils/vendor/compare_emulation.py %t/two-a2.json %fixtures/lif_exact.csv %t/two-a2.h5 --csv-columns 0 | FileCheck %s --check-prefix=TWO-LIF -DCHIP='Xylo Audio 2'
// RUN: nirc compile %fixtures/two_lif_neurons.nir --target xylo-audio3 --dt 1e-4 -o %t/two-a3.json 2> %t/log
// RUN: nirc simulate %fixtures/two_lif_neurons.nir --target xylo-audio3 --dt 1e-4 --input %fixtures/lif_exact.csv --csv-columns 0 --probe lif1 --probe lif1.v --probe lif1.i --probe lif2 --probe lif2.v --probe lif2.i -o %t/two-a3.h5 2> %t/log
// RUN: %vendor-python %nirc_src/utils/vendor/compare_emulation.py %t/two-a3.json %fixtures/lif_exact.csv %t/two-a3.h5 --csv-columns 0 | FileCheck %s --check-prefix=TWO-LIF -DCHIP='Xylo Audio 3'
// RUN: nirc compile %fixtures/two_lif_neurons.nir --target xylo-imu -o %t/two-imu.json 2> %t/log
// RUN: nirc simulate %fixtures/two_lif_neurons.nir --target xylo-imu --dt 1e-3 --input %fixtures/lif_exact.csv --csv-columns 0 --probe lif1 --probe lif1.v --probe lif1.i --probe lif2 --probe lif2.v --probe lif2.i -o %t/two-imu.h5 2> %t/log
// RUN: %vendor-python %nirc_src/utils/vendor/compare_emulation.py %t/two-imu.json %fixtures/lif_exact.csv %t/two-imu.h5 --csv-columns 0 | FileCheck %s --check-prefix=TWO-LIF -DCHIP='Xylo IMU'
// TWO-LIF: compare_emulation: [[CHIP]]: 1 sample(s) x 1000 step(s), 2 population(s), 2 neuron(s): every spike, v and Isyn equals XyloSim (xylosim.v2) (vendor spikes: lif1 {{[1-9][0-9]*}}, lif2 0)

//===----------------------------------------------------------------------===//
// Three CUBA LIF layers (Inputs/emulation-stress-xylo.mlir): two hidden
// populations on one core (h2 at offset 6), two recurrent blocks, one output.
//===----------------------------------------------------------------------===//

// RUN: nirc compile %S/Inputs/emulation-stress-xylo.mlir --target xylo-audio3 -o %t/layers-a3.json 2> %t/log
// RUN: nirc simulate %S/Inputs/emulation-stress-xylo.mlir --target xylo-audio3 --input %S/Inputs/stress_spikes.h5 --probe h1 --probe h1.v --probe h1.i --probe h2 --probe h2.v --probe h2.i --probe o --probe o.v --probe o.i -o %t/layers-a3.h5 2> %t/log
// RUN: %vendor-python %nirc_src/utils/vendor/compare_emulation.py %t/layers-a3.json %S/Inputs/stress_spikes.h5 %t/layers-a3.h5 | FileCheck %s --check-prefix=LAYERS -DCHIP='Xylo Audio 3'
// RUN: nirc compile %S/Inputs/emulation-stress-xylo.mlir --target xylo-imu -o %t/layers-imu.json 2> %t/log
// RUN: nirc simulate %S/Inputs/emulation-stress-xylo.mlir --target xylo-imu --input %S/Inputs/stress_spikes.h5 --probe h1 --probe h1.v --probe h1.i --probe h2 --probe h2.v --probe h2.i --probe o --probe o.v --probe o.i -o %t/layers-imu.h5 2> %t/log
// RUN: %vendor-python %nirc_src/utils/vendor/compare_emulation.py %t/layers-imu.json %S/Inputs/stress_spikes.h5 %t/layers-imu.h5 | FileCheck %s --check-prefix=LAYERS -DCHIP='Xylo IMU'
// LAYERS: compare_emulation: [[CHIP]]: 2 sample(s) x 300 step(s), 3 population(s), 14 neuron(s): every spike, v and Isyn equals XyloSim (xylosim.v2) (vendor spikes: h1 {{[1-9][0-9]*}}, h2 {{[1-9][0-9]*}}, o {{[1-9][0-9]*}})
