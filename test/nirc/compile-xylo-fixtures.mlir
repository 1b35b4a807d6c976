// nirc compile of the real files (../shared/fixtures/nir-paper) onto Xylo
// Audio 2, Audio 3 and IMU: which map, onto how many neurons and with what
// quantisation error, and why the others do not.
// REQUIRES: nir-fixtures

// RUN: rm -rf %t && mkdir -p %t

//===----------------------------------------------------------------------===//
// Braille (snnTorch): input (12) -> fc1 -> lif1.lif (CubaLIF, recurrent
// through lif1.w_rec) -> fc2 -> lif2 (CubaLIF, 7), read out. snnTorch
// exported it for dt = 0.1 ms (r = tau_mem / dt, w_in = tau_syn / dt).
//===----------------------------------------------------------------------===//

// At the default dt of 1 ms its time constants are not above dt: rejected,
// on every chip.
// RUN: not nirc compile %fixtures/braille_noDelay_bias_zero.nir --target xylo-audio2 2>&1 | FileCheck %s --check-prefix=BRAILLE-1MS-ZERO -DCHIP='Xylo Audio 2'
// RUN: not nirc compile %fixtures/braille_noDelay_bias_zero.nir --target xylo-audio3 2>&1 | FileCheck %s --check-prefix=BRAILLE-1MS-ZERO -DCHIP='Xylo Audio 3'
// RUN: not nirc compile %fixtures/braille_noDelay_bias_zero.nir --target xylo-imu 2>&1 | FileCheck %s --check-prefix=BRAILLE-1MS-ZERO -DCHIP='Xylo IMU'
// BRAILLE-1MS-ZERO: error: 'nir.cuba_lif' "lif1.lif": tau_mem = 0.001 s of neuron 0 is not above dt = 0.001 s; [[CHIP]]'s decay shift dash = round(log2(tau/dt)) needs tau > dt
// BRAILLE-1MS-ZERO: nirc compile: {{.*}}braille_noDelay_bias_zero.nir does not map onto [[CHIP]]
// RUN: not nirc compile %fixtures/braille_noDelay_noBias_subtract.nir --target xylo-audio2 2>&1 | FileCheck %s --check-prefix=BRAILLE-1MS-SUBTRACT -DCHIP='Xylo Audio 2'
// RUN: not nirc compile %fixtures/braille_noDelay_noBias_subtract.nir --target xylo-audio3 2>&1 | FileCheck %s --check-prefix=BRAILLE-1MS-SUBTRACT -DCHIP='Xylo Audio 3'
// RUN: not nirc compile %fixtures/braille_noDelay_noBias_subtract.nir --target xylo-imu 2>&1 | FileCheck %s --check-prefix=BRAILLE-1MS-SUBTRACT -DCHIP='Xylo IMU'
// BRAILLE-1MS-SUBTRACT: error: 'nir.cuba_lif' "lif1.lif": tau_mem = 0.000666667 s of neuron 0 is not above dt = 0.001 s; [[CHIP]]'s decay shift
// RUN: not nirc compile %fixtures/braille_noDelay_bias_zero_subgraph.nir --nir-repair-edges --target xylo-imu 2>&1 | FileCheck %s --check-prefix=BRAILLE-1MS-NESTED
// BRAILLE-1MS-NESTED: error: 'nir.cuba_lif' "lif1.lif1": tau_mem = 0.001 s of neuron 0 is not above dt = 0.001 s; Xylo IMU's decay shift

// At dt = 0.1 ms it maps onto all three, the same way: 38 (40) hidden and
// 7 of the output neurons, lif1.lif at hidden neuron 0 (it receives the
// input, and its 38 neurons are the last 128 in use, as its output weights
// need). Fan-out 38 + 7 = 45 (40 + 7 = 47) is within even Audio 2's 64.
// bias_zero: dash_mem round(log2(1 ms / 0.1 ms)) = round(3.32) = 3,
// dash_syn round(log2(2.22)) = 1; lif2 round(log2(2.22)) = 1 and
// round(log2(2)) = 1. noBias_subtract: lif1 round(log2(6.67)) = 3,
// round(log2(4)) = 2; lif2 round(log2(3.33)) = 2, round(log2(1.82)) = 1.
// Every threshold is 1, so each pool's threshold register is its state
// scale, rounded. The weights are far below 1 in the units of the thresholds
// (w_rec's largest makes the scale 874 / 128 = 6.8), so the weight shift
// stops at its largest, 7.
// The worst errors are half a step of the pool's scale, relative to each
// block's own largest weight: 0.39% where a block holds the pool's largest
// weight (127), more for fc1, whose largest is 54 (0.5 / 54 = 0.92%) or
// 103 (0.49%).
// RUN: nirc compile %fixtures/braille_noDelay_bias_zero.nir --target xylo-audio2 --dt 1e-4 -o %t/bz-a2.json 2>&1 | FileCheck %s --check-prefix=BRAILLE-ZERO -DCHIP='Xylo Audio 2' -DHIDDEN=1000 -DOUTPUT=8
// RUN: nirc compile %fixtures/braille_noDelay_bias_zero.nir --target xylo-audio3 --dt 1e-4 -o %t/bz-a3.json 2>&1 | FileCheck %s --check-prefix=BRAILLE-ZERO -DCHIP='Xylo Audio 3' -DHIDDEN=992 -DOUTPUT=32
// RUN: nirc compile %fixtures/braille_noDelay_bias_zero.nir --target xylo-imu --dt 1e-4 -o %t/bz-imu.json 2>&1 | FileCheck %s --check-prefix=BRAILLE-ZERO -DCHIP='Xylo IMU' -DHIDDEN=496 -DOUTPUT=16
// BRAILLE-ZERO:      [[CHIP]] (dt = 0.0001 s): 2 of 2 cores used
// BRAILLE-ZERO-NEXT:   hidden       1 of 1 cores, 38 of [[HIDDEN]] neurons
// BRAILLE-ZERO-NEXT:   output       1 of 1 cores, 7 of [[OUTPUT]] neurons
// BRAILLE-ZERO-NEXT:   synapses             kind     from -> to                     non-zero  worst error
// BRAILLE-ZERO-NEXT:   lif1.w_rec           dense    lif1.lif -> lif1.lif               1058        0.39%
// BRAILLE-ZERO-NEXT:   fc1                  dense    input -> lif1.lif                   423        0.92%
// BRAILLE-ZERO-NEXT:   fc2                  dense    lif1.lif -> lif2                    219        0.39%
// RUN: FileCheck %s --check-prefix=BRAILLE-ZERO-JSON < %t/bz-a2.json
// RUN: FileCheck %s --check-prefix=BRAILLE-ZERO-JSON < %t/bz-a3.json
// RUN: FileCheck %s --check-prefix=BRAILLE-ZERO-JSON < %t/bz-imu.json
// BRAILLE-ZERO-JSON:      "dt_s": 0.0001{{0*[0-9]*}},
// BRAILLE-ZERO-JSON:      "name": "lif1.lif",
// BRAILLE-ZERO-JSON:      "registers": {
// BRAILLE-ZERO-JSON-NEXT:   "bias": [158,-918,780,
// BRAILLE-ZERO-JSON-NEXT:   "dash_mem": [3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3],
// BRAILLE-ZERO-JSON-NEXT:   "dash_syn": [1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1],
// BRAILLE-ZERO-JSON-NEXT:   "effective_tau_mem": [0.00080{{0*[0-9]?}},
// BRAILLE-ZERO-JSON-NEXT:   "scale": 874.19{{[0-9]*}},
// BRAILLE-ZERO-JSON-NEXT:   "threshold": [874,874,
// BRAILLE-ZERO-JSON:          "core": 0,
// BRAILLE-ZERO-JSON-NEXT:     "offset": 0,
// BRAILLE-ZERO-JSON-NEXT:     "neurons": [0,38]
// BRAILLE-ZERO-JSON:      "name": "lif2",
// BRAILLE-ZERO-JSON:      "registers": {
// BRAILLE-ZERO-JSON-NEXT:   "bias": [1676,1212,1369,
// BRAILLE-ZERO-JSON-NEXT:   "dash_mem": [1,1,1,1,1,1,1],
// BRAILLE-ZERO-JSON-NEXT:   "dash_syn": [1,1,1,1,1,1,1],
// BRAILLE-ZERO-JSON:        "threshold": [2111,2111,2111,2111,2111,2111,2111]
// BRAILLE-ZERO-JSON:          "core": 1,
// BRAILLE-ZERO-JSON-NEXT:     "offset": 0,
// BRAILLE-ZERO-JSON-NEXT:     "neurons": [0,7]
// BRAILLE-ZERO-JSON:      "name": "lif1.w_rec",
// BRAILLE-ZERO-JSON:        "matrix": "recurrent",
// BRAILLE-ZERO-JSON:        "weight_shift": 7
// BRAILLE-ZERO-JSON:      "name": "fc1",
// BRAILLE-ZERO-JSON:        "matrix": "input",
// BRAILLE-ZERO-JSON:        "weight_shift": 7
// BRAILLE-ZERO-JSON:      "name": "fc2",
// BRAILLE-ZERO-JSON:        "matrix": "output",
// BRAILLE-ZERO-JSON:        "weight_shift": 7

// The recurrent layer as a subgraph (its dangling edges repaired) is the
// same network: the same integers, listed in another order.
// RUN: nirc compile %fixtures/braille_noDelay_bias_zero_subgraph.nir --nir-repair-edges --target xylo-imu --dt 1e-4 -o %t/bz-nested-imu.json 2>&1 | FileCheck %s --check-prefix=BRAILLE-ZERO-NESTED
// BRAILLE-ZERO-NESTED:      Xylo IMU (dt = 0.0001 s): 2 of 2 cores used
// BRAILLE-ZERO-NESTED-NEXT:   hidden       1 of 1 cores, 38 of 496 neurons
// BRAILLE-ZERO-NESTED-NEXT:   output       1 of 1 cores, 7 of 16 neurons
// BRAILLE-ZERO-NESTED-NEXT:   synapses             kind     from -> to                     non-zero  worst error
// BRAILLE-ZERO-NESTED-NEXT:   fc1                  dense    input -> lif1.lif1                  423        0.92%
// BRAILLE-ZERO-NESTED-NEXT:   lif1.lin             dense    lif1.lif1 -> lif1.lif1             1058        0.39%
// BRAILLE-ZERO-NESTED-NEXT:   fc2                  dense    lif1.lif1 -> lif2                   219        0.39%
// RUN: grep -e '"weights"' -e '"threshold"' -e '"bias"' -e '"dash_' -e '"offset"' %t/bz-imu.json | sort > %t/bz-values
// RUN: grep -e '"weights"' -e '"threshold"' -e '"bias"' -e '"dash_' -e '"offset"' %t/bz-nested-imu.json | sort > %t/bz-nested-values
// RUN: test $(wc -l < %t/bz-values) -eq 15
// RUN: diff %t/bz-values %t/bz-nested-values

// RUN: nirc compile %fixtures/braille_noDelay_noBias_subtract.nir --target xylo-audio2 --dt 1e-4 -o %t/bs-a2.json 2>&1 | FileCheck %s --check-prefix=BRAILLE-SUBTRACT -DCHIP='Xylo Audio 2' -DHIDDEN=1000 -DOUTPUT=8
// RUN: nirc compile %fixtures/braille_noDelay_noBias_subtract.nir --target xylo-audio3 --dt 1e-4 -o %t/bs-a3.json 2>&1 | FileCheck %s --check-prefix=BRAILLE-SUBTRACT -DCHIP='Xylo Audio 3' -DHIDDEN=992 -DOUTPUT=32
// RUN: nirc compile %fixtures/braille_noDelay_noBias_subtract.nir --target xylo-imu --dt 1e-4 -o %t/bs-imu.json 2>&1 | FileCheck %s --check-prefix=BRAILLE-SUBTRACT -DCHIP='Xylo IMU' -DHIDDEN=496 -DOUTPUT=16
// RUN: nirc compile %fixtures/braille_noDelay_noBias_subtract_subgraph.nir --nir-repair-edges --target xylo-audio2 --dt 1e-4 2>&1 | FileCheck %s --check-prefix=BRAILLE-SUBTRACT-NESTED
// BRAILLE-SUBTRACT:      [[CHIP]] (dt = 0.0001 s): 2 of 2 cores used
// BRAILLE-SUBTRACT-NEXT:   hidden       1 of 1 cores, 40 of [[HIDDEN]] neurons
// BRAILLE-SUBTRACT-NEXT:   output       1 of 1 cores, 7 of [[OUTPUT]] neurons
// BRAILLE-SUBTRACT-NEXT:   synapses             kind     from -> to                     non-zero  worst error
// BRAILLE-SUBTRACT-NEXT:   lif1.w_rec           dense    lif1.lif -> lif1.lif               1503        0.39%
// BRAILLE-SUBTRACT-NEXT:   fc1                  dense    input -> lif1.lif                   465        0.49%
// BRAILLE-SUBTRACT-NEXT:   fc2                  dense    lif1.lif -> lif2                    270        0.39%
// BRAILLE-SUBTRACT-NESTED: Xylo Audio 2 (dt = 0.0001 s): 2 of 2 cores used
// BRAILLE-SUBTRACT-NESTED: hidden       1 of 1 cores, 40 of 1000 neurons
// RUN: FileCheck %s --check-prefix=BRAILLE-SUBTRACT-JSON < %t/bs-a2.json
// RUN: FileCheck %s --check-prefix=BRAILLE-SUBTRACT-JSON < %t/bs-imu.json
// BRAILLE-SUBTRACT-JSON:      "name": "lif1.lif",
// BRAILLE-SUBTRACT-JSON:      "registers": {
// BRAILLE-SUBTRACT-JSON-NEXT:   "bias": [0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],
// BRAILLE-SUBTRACT-JSON-NEXT:   "dash_mem": [3,3,3,
// BRAILLE-SUBTRACT-JSON-NEXT:   "dash_syn": [2,2,2,
// BRAILLE-SUBTRACT-JSON:        "threshold": [5258,5258,
// BRAILLE-SUBTRACT-JSON:          "offset": 0,
// BRAILLE-SUBTRACT-JSON:      "name": "lif2",
// BRAILLE-SUBTRACT-JSON:      "registers": {
// BRAILLE-SUBTRACT-JSON-NEXT:   "bias": [0,0,0,0,0,0,0],
// BRAILLE-SUBTRACT-JSON-NEXT:   "dash_mem": [2,2,2,2,2,2,2],
// BRAILLE-SUBTRACT-JSON-NEXT:   "dash_syn": [1,1,1,1,1,1,1],
// BRAILLE-SUBTRACT-JSON:        "threshold": [11793,11793,11793,11793,11793,11793,11793]

//===----------------------------------------------------------------------===//
// two_lif_neurons: in -> linear1 -> lif1 -> linear2 -> lif2 -> out, weights
// 1, tau 10 ms, lif1 v_leak 1.2 and threshold 1, lif2 threshold 20
//===----------------------------------------------------------------------===//

// dash round(log2(10)) = round(3.32) = 3 for both (effective tau 8 ms),
// gain 2^-3: the weight 1 is 0.125, scale 127 / 0.125 = 1016 in each pool,
// every weight 127.
// Hidden: v_leak enters as the bias 2^-3 * 1.2 = 0.15; the threshold 1
// binds: 1016 doubled 5 times is 32512 (weight_shift 5), bias
// 0.15 * 32512 = 4876.8 -> 4877.
// Output: threshold 20 * 1016 = 20320; doubled it would pass 32767:
// weight_shift 0, threshold 20320.
// lif1 is the input- and the output-expansion population at once: neuron 0
// of the 1 in use, on Audio 3 and IMU too.
// RUN: nirc compile %fixtures/two_lif_neurons.nir --target xylo-audio2 -o %t/two-lif-a2.json 2>&1 | FileCheck %s --check-prefix=TWO-LIF -DCHIP='Xylo Audio 2' -DHIDDEN=1000 -DOUTPUT=8
// RUN: nirc compile %fixtures/two_lif_neurons.nir --target xylo-audio3 -o %t/two-lif-a3.json 2>&1 | FileCheck %s --check-prefix=TWO-LIF -DCHIP='Xylo Audio 3' -DHIDDEN=992 -DOUTPUT=32
// RUN: nirc compile %fixtures/two_lif_neurons.nir --target xylo-imu -o %t/two-lif-imu.json 2>&1 | FileCheck %s --check-prefix=TWO-LIF -DCHIP='Xylo IMU' -DHIDDEN=496 -DOUTPUT=16
// TWO-LIF:      [[CHIP]] (dt = 0.001 s): 2 of 2 cores used
// TWO-LIF-NEXT:   hidden       1 of 1 cores, 1 of [[HIDDEN]] neurons
// TWO-LIF-NEXT:   output       1 of 1 cores, 1 of [[OUTPUT]] neurons
// TWO-LIF-NEXT:   synapses             kind     from -> to                     non-zero  worst error
// TWO-LIF-NEXT:   linear1              dense    in -> lif1                            1        0.00%
// TWO-LIF-NEXT:   linear2              dense    lif1 -> lif2                          1        0.00%
// RUN: FileCheck %s --check-prefix=TWO-LIF-JSON < %t/two-lif-a2.json
// RUN: FileCheck %s --check-prefix=TWO-LIF-JSON < %t/two-lif-a3.json
// RUN: FileCheck %s --check-prefix=TWO-LIF-JSON < %t/two-lif-imu.json
// TWO-LIF-JSON:      "name": "lif1",
// TWO-LIF-JSON:      "registers": {
// TWO-LIF-JSON-NEXT:   "bias": [4877],
// TWO-LIF-JSON-NEXT:   "dash_mem": [3],
// TWO-LIF-JSON-NEXT:   "dash_syn": [0],
// TWO-LIF-JSON-NEXT:   "effective_tau_mem": [0.008{{0*[0-9]?}}],
// TWO-LIF-JSON-NEXT:   "scale": 32512,
// TWO-LIF-JSON-NEXT:   "threshold": [32512]
// TWO-LIF-JSON-NEXT: },
// TWO-LIF-JSON-NEXT: "placement": [
// TWO-LIF-JSON-NEXT:   {
// TWO-LIF-JSON-NEXT:     "core": 0,
// TWO-LIF-JSON-NEXT:     "offset": 0,
// TWO-LIF-JSON:      "name": "lif2",
// TWO-LIF-JSON:      "registers": {
// TWO-LIF-JSON-NEXT:   "bias": [0],
// TWO-LIF-JSON-NEXT:   "dash_mem": [3],
// TWO-LIF-JSON-NEXT:   "dash_syn": [0],
// TWO-LIF-JSON-NEXT:   "effective_tau_mem": [0.008{{0*[0-9]?}}],
// TWO-LIF-JSON-NEXT:   "scale": 1016,
// TWO-LIF-JSON-NEXT:   "threshold": [20320]
// TWO-LIF-JSON-NEXT: },
// TWO-LIF-JSON-NEXT: "placement": [
// TWO-LIF-JSON-NEXT:   {
// TWO-LIF-JSON-NEXT:     "core": 1,
// TWO-LIF-JSON-NEXT:     "offset": 0,
// TWO-LIF-JSON:      "name": "linear1",
// TWO-LIF-JSON:      "weights": [127],
// TWO-LIF-JSON:        "matrix": "input",
// TWO-LIF-JSON:        "weight_shift": 5
// TWO-LIF-JSON:      "name": "linear2",
// TWO-LIF-JSON:      "weights": [127],
// TWO-LIF-JSON:        "matrix": "output",
// TWO-LIF-JSON:        "weight_shift": 0

//===----------------------------------------------------------------------===//
// A single LIF read out directly (lif_norse.nir, lif_rockpool.nir): Xylo
// needs a hidden layer before the output layer, and input weights reach
// hidden neurons only
//===----------------------------------------------------------------------===//

// RUN: not nirc compile %fixtures/lif_norse.nir --target xylo-audio2 2>&1 | FileCheck %s --check-prefix=NORSE -DCHIP='Xylo Audio 2'
// RUN: not nirc compile %fixtures/lif_norse.nir --target xylo-audio3 2>&1 | FileCheck %s --check-prefix=NORSE -DCHIP='Xylo Audio 3'
// RUN: not nirc compile %fixtures/lif_norse.nir --target xylo-imu 2>&1 | FileCheck %s --check-prefix=NORSE -DCHIP='Xylo IMU'
// NORSE: error: 'nir.affine' "0": input weights on [[CHIP]] reach hidden neurons only, not the output population "1"
// NORSE: nirc compile: {{.*}}lif_norse.nir does not map onto [[CHIP]]
// RUN: not nirc compile %fixtures/lif_rockpool.nir --target xylo-audio2 2>&1 | FileCheck %s --check-prefix=ROCKPOOL -DCHIP='Xylo Audio 2'
// RUN: not nirc compile %fixtures/lif_rockpool.nir --target xylo-audio3 2>&1 | FileCheck %s --check-prefix=ROCKPOOL -DCHIP='Xylo Audio 3'
// RUN: not nirc compile %fixtures/lif_rockpool.nir --target xylo-imu 2>&1 | FileCheck %s --check-prefix=ROCKPOOL -DCHIP='Xylo IMU'
// ROCKPOOL: error: 'nir.linear' "0_LinearTorch": input weights on [[CHIP]] reach hidden neurons only, not the output population "1_LIFNeuronTorch"
// ROCKPOOL: nirc compile: {{.*}}lif_rockpool.nir does not map onto [[CHIP]]
