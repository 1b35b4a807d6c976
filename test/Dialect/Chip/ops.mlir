// RUN: nir-opt %s -split-input-file | nir-opt -split-input-file | FileCheck %s
// RUN: nir-opt %s -split-input-file --mlir-print-op-generic | nir-opt -split-input-file | FileCheck %s
// RUN: nir-opt %s -split-input-file --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// RUN: nir-opt %s -split-input-file --verify-roundtrip --verify-diagnostics -o /dev/null
// Every op and type of the chip dialect parses, verifies, prints and parses
// back, in the custom and in the generic form: one device per target with a
// core of that target's kind, a full Xylo network, convolutions on Speck and
// a recurrent self-loop.

//===----------------------------------------------------------------------===//
// One device per target, with core 0 of the kind its model names.
//===----------------------------------------------------------------------===//

// CHECK-LABEL: chip.device "xylo-audio2" attributes {dt = 1.000000e-03 : f64} {
// CHECK-NEXT: chip.core 0 "hidden"
// CHECK-NEXT: chip.core 1 "output"
// CHECK-NEXT: }
// GENERIC-LABEL: "chip.device"() <{dt = 1.000000e-03 : f64, target = "xylo-audio2"}> ({
// GENERIC-NEXT: "chip.core"() <{index = 0 : i64, kind = "hidden"}> : () -> !chip.core
// GENERIC-NEXT: "chip.core"() <{index = 1 : i64, kind = "output"}> : () -> !chip.core
// GENERIC-NEXT: }) : () -> ()
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %hidden = chip.core 0 "hidden"
  %output = chip.core 1 "output"
}

// -----

// CHECK-LABEL: chip.device "xylo-audio3" attributes {dt = 2.000000e-03 : f64} {
// CHECK-NEXT: chip.core 0 "hidden"
// CHECK-NEXT: chip.core 1 "output"
// CHECK-NEXT: }
chip.device "xylo-audio3" attributes {dt = 2.0e-03 : f64} {
  %hidden = chip.core 0 "hidden"
  %output = chip.core 1 "output"
}

// -----

// CHECK-LABEL: chip.device "xylo-imu" attributes {dt = 5.000000e-03 : f64} {
// CHECK-NEXT: chip.core 0 "hidden"
// CHECK-NEXT: }
chip.device "xylo-imu" attributes {dt = 5.0e-03 : f64} {
  %hidden = chip.core 0 "hidden"
}

// -----

// CHECK-LABEL: chip.device "speck" attributes {dt = 1.000000e+00 : f64} {
// CHECK-NEXT: chip.core 0 "cnn"
// CHECK-NEXT: }
chip.device "speck" attributes {dt = 1.0 : f64} {
  %cnn = chip.core 0 "cnn"
}

// -----

// CHECK-LABEL: chip.device "loihi2" attributes {dt = 1.000000e-04 : f64} {
// CHECK-NEXT: chip.core 0 "neurocore"
// CHECK-NEXT: }
chip.device "loihi2" attributes {dt = 1.0e-04 : f64} {
  %nc = chip.core 0 "neurocore"
}

// -----

// CHECK-LABEL: chip.device "spinnaker2" attributes {dt = 2.500000e-04 : f64} {
// CHECK-NEXT: chip.core 0 "pe"
// CHECK-NEXT: }
chip.device "spinnaker2" attributes {dt = 2.5e-04 : f64} {
  %pe = chip.core 0 "pe"
}

// -----

// CHECK-LABEL: chip.device "brainscales2" attributes {dt = 2.000000e-06 : f64} {
// CHECK-NEXT: chip.core 0 "hemisphere"
// CHECK-NEXT: }
chip.device "brainscales2" attributes {dt = 2.0e-06 : f64} {
  %top = chip.core 0 "hemisphere"
}

// -----

// An empty device: no cores yet (straight out of convert-nir-to-chip).
// CHECK-LABEL: chip.device "xylo-audio2" attributes {dt = 4.000000e-03 : f64} {
// CHECK-NEXT: }
chip.device "xylo-audio2" attributes {dt = 4.0e-03 : f64} {
}

// -----

//===----------------------------------------------------------------------===//
// A full Xylo Audio 2 network, quantised, partitioned, placed and routed:
// input -> fc1 -> hidden (cuba_lif) -> fc2 -> readout (li), plus an
// unplaced population and an output that reads the input directly.
//===----------------------------------------------------------------------===//

// CHECK-LABEL: chip.device "xylo-audio2" attributes {dt = 1.000000e-02 : f64} {
// GENERIC-LABEL: "chip.device"() <{dt = 1.000000e-02 : f64, target = "xylo-audio2"}> ({
chip.device "xylo-audio2" attributes {dt = 1.0e-02 : f64} {
  // CHECK-NEXT: %[[HID:.+]] = chip.core 0 "hidden"
  // CHECK-NEXT: %[[OUT:.+]] = chip.core 1 "output"
  // GENERIC: %[[HID:.+]] = "chip.core"() <{index = 0 : i64, kind = "hidden"}> : () -> !chip.core
  // GENERIC: %[[OUT:.+]] = "chip.core"() <{index = 1 : i64, kind = "output"}> : () -> !chip.core
  %hidden = chip.core 0 "hidden"
  %output = chip.core 1 "output"

  // CHECK-NEXT: %[[IN:.+]] = chip.input "audio" [4] : !chip.neurons<4>
  // GENERIC: %[[IN:.+]] = "chip.input"() <{name = "audio", shape = array<i64: 4>}> : () -> !chip.neurons<4>
  %in = chip.input "audio" [4] : !chip.neurons<4>

  // A population with every kind of register: an integer, a float, a
  // string, a per-neuron integer array and a one-value array.
  // CHECK-NEXT: %[[H:.+]] = chip.population "hidden" cuba_lif [2, 3] {
  // CHECK-SAME: nir_op = "nir.cuba_lif"
  // CHECK-SAME: params = {bias = dense<[0.000000e+00, 1.000000e-01, 2.000000e-01, 3.000000e-01, 4.000000e-01, 5.000000e-01]> : tensor<6xf64>, tau_mem = dense<2.000000e-02> : tensor<1xf64>, tau_syn = dense<1.000000e-02> : tensor<1xf64>, v_threshold = dense<1.000000e+00> : tensor<6xf64>}
  // CHECK-SAME: registers = {bias = dense<[0, 1, 2, 3, 4, 5]> : tensor<6xi64>, dash_mem = 1 : i64, dash_syn = dense<0> : tensor<1xi64>, mode = "subtract", scale = 1.250000e+02 : f64, threshold = dense<125> : tensor<6xi64>}
  // CHECK-SAME: } : !chip.neurons<6>
  // GENERIC: %[[H:.+]] = "chip.population"() <{model = #chip<neuron_model cuba_lif>, name = "hidden", nir_op = "nir.cuba_lif", params = {
  // GENERIC-SAME: shape = array<i64: 2, 3>}> : () -> !chip.neurons<6>
  %h = chip.population "hidden" cuba_lif [2, 3] {nir_op = "nir.cuba_lif",
      params = {tau_mem = dense<2.0e-02> : tensor<1xf64>,
                tau_syn = dense<1.0e-02> : tensor<1xf64>,
                v_threshold = dense<1.0> : tensor<6xf64>,
                bias = dense<[0.0, 0.1, 0.2, 0.3, 0.4, 0.5]> : tensor<6xf64>},
      registers = {dash_mem = 1 : i64, dash_syn = dense<0> : tensor<1xi64>,
                   threshold = dense<125> : tensor<6xi64>,
                   bias = dense<[0, 1, 2, 3, 4, 5]> : tensor<6xi64>,
                   scale = 125.0 : f64, mode = "subtract"}} : !chip.neurons<6>

  // A readout without registers yet; f32 parameters are floats too.
  // CHECK-NEXT: %[[R:.+]] = chip.population "readout" li [2] {nir_op = "nir.li", params = {tau_mem = dense<[5.000000e-01, 2.000000e-02]> : tensor<2xf32>}} : !chip.neurons<2>
  // GENERIC: %[[R:.+]] = "chip.population"() <{model = #chip<neuron_model li>, name = "readout", nir_op = "nir.li", params = {tau_mem = dense<[5.000000e-01, 2.000000e-02]> : tensor<2xf32>}, shape = array<i64: 2>}> : () -> !chip.neurons<2>
  %r = chip.population "readout" li [2] {nir_op = "nir.li",
      params = {tau_mem = dense<[0.5, 2.0e-02]> : tensor<2xf32>}} : !chip.neurons<2>

  // A population with no parameters at all.
  // CHECK-NEXT: %[[SPARE:.+]] = chip.population "spare" if [3] {nir_op = "nir.if", params = {}} : !chip.neurons<3>
  // GENERIC: %[[SPARE:.+]] = "chip.population"() <{model = #chip<neuron_model if>, name = "spare", nir_op = "nir.if", params = {}, shape = array<i64: 3>}> : () -> !chip.neurons<3>
  %spare = chip.population "spare" if [3] {nir_op = "nir.if", params = {}} : !chip.neurons<3>

  // The model prints as its keyword; with "lif" below, every one of them.
  // CHECK-NEXT: %{{.+}} = chip.population "cuba_readout" cuba_li [1] {nir_op = "nir.cuba_li", params = {}} : !chip.neurons<1>
  // GENERIC: "chip.population"() <{model = #chip<neuron_model cuba_li>, name = "cuba_readout"
  %cuba_readout = chip.population "cuba_readout" cuba_li [1] {nir_op = "nir.cuba_li", params = {}} : !chip.neurons<1>

  // CHECK-NEXT: chip.synapses "fc1" dense %[[IN]] -> %[[H]] {
  // CHECK-SAME: absorbed = ["scale1"]
  // CHECK-SAME: nir_op = "nir.affine"
  // CHECK-SAME: qweight = dense<{{\[\[}}1, -2, 3, -4], [5, -6, 7, -8], [9, -10, 11, -12], [13, -14, 15, -16], [17, -18, 19, -20], [21, -22, 23, -127]]> : tensor<6x4xi64>
  // CHECK-SAME: registers = {shift = 3 : i64}
  // CHECK-SAME: weight = dense<2.500000e-01> : tensor<6x4xf64>
  // CHECK-SAME: } : !chip.neurons<4> -> !chip.neurons<6>
  // GENERIC: "chip.synapses"(%[[IN]], %[[H]]) <{absorbed = ["scale1"], kind = #chip<synapse_kind dense>, name = "fc1", nir_op = "nir.affine",
  // GENERIC-SAME: : (!chip.neurons<4>, !chip.neurons<6>) -> ()
  chip.synapses "fc1" dense %in -> %h {nir_op = "nir.affine",
      absorbed = ["scale1"], weight = dense<0.25> : tensor<6x4xf64>,
      qweight = dense<[[1, -2, 3, -4], [5, -6, 7, -8], [9, -10, 11, -12],
                       [13, -14, 15, -16], [17, -18, 19, -20],
                       [21, -22, 23, -127]]> : tensor<6x4xi64>,
      registers = {shift = 3 : i64}} : !chip.neurons<4> -> !chip.neurons<6>

  // An unquantised block, a nir.identity edge with a non-splat weight.
  // CHECK-NEXT: chip.synapses "fc2" dense %[[H]] -> %[[R]] {nir_op = "nir.identity", weight = dense<{{\[\[}}1.000000e+00, 0.000000e+00, -5.000000e-01, 0.000000e+00, 0.000000e+00, 0.000000e+00], [0.000000e+00, 1.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00, 2.000000e+00]]> : tensor<2x6xf64>} : !chip.neurons<6> -> !chip.neurons<2>
  chip.synapses "fc2" dense %h -> %r {nir_op = "nir.identity",
      weight = dense<[[1.0, 0.0, -0.5, 0.0, 0.0, 0.0],
                      [0.0, 1.0, 0.0, 0.0, 0.0, 2.0]]> : tensor<2x6xf64>}
      : !chip.neurons<6> -> !chip.neurons<2>

  // Two slices share the hidden pool at increasing offsets, the second
  // leaving a gap; one placed slice on the output pool, one not placed.
  // CHECK-NEXT: chip.slice %[[H]][0 : 4] on %[[HID]] at 0 : !chip.neurons<6>
  // CHECK-NEXT: chip.slice %[[H]][4 : 6] on %[[HID]] at 998 : !chip.neurons<6>
  // CHECK-NEXT: chip.slice %[[R]][0 : 2] on %[[OUT]] at 6 : !chip.neurons<2>
  // CHECK-NEXT: chip.slice %[[SPARE]][1 : 3] : !chip.neurons<3>
  // GENERIC: "chip.slice"(%[[H]], %[[HID]]) <{begin = 0 : i64, end = 4 : i64, offset = 0 : i64}> : (!chip.neurons<6>, !chip.core) -> ()
  // GENERIC: "chip.slice"(%[[H]], %[[HID]]) <{begin = 4 : i64, end = 6 : i64, offset = 998 : i64}> : (!chip.neurons<6>, !chip.core) -> ()
  // GENERIC: "chip.slice"(%[[R]], %[[OUT]]) <{begin = 0 : i64, end = 2 : i64, offset = 6 : i64}> : (!chip.neurons<2>, !chip.core) -> ()
  // GENERIC: "chip.slice"(%[[SPARE]]) <{begin = 1 : i64, end = 3 : i64}> : (!chip.neurons<3>) -> ()
  chip.slice %h[0 : 4] on %hidden at 0 : !chip.neurons<6>
  chip.slice %h[4 : 6] on %hidden at 998 : !chip.neurons<6>
  chip.slice %r[0 : 2] on %output at 6 : !chip.neurons<2>
  chip.slice %spare[1 : 3] : !chip.neurons<3>

  // CHECK-NEXT: chip.route %[[HID]] -> %[[OUT]] ["fc2"]
  // CHECK-NEXT: chip.route %[[OUT]] -> %[[HID]] ["fc2", "fc1"] {note = "both"}
  // GENERIC: "chip.route"(%[[HID]], %[[OUT]]) <{synapses = ["fc2"]}> : (!chip.core, !chip.core) -> ()
  chip.route %hidden -> %output ["fc2"]
  chip.route %output -> %hidden ["fc2", "fc1"] {note = "both"}

  // CHECK-NEXT: chip.output "out" %[[R]] : !chip.neurons<2>
  // CHECK-NEXT: chip.output "raw" %[[IN]] : !chip.neurons<4>
  // CHECK-NEXT: }
  // GENERIC: "chip.output"(%[[R]]) <{name = "out"}> : (!chip.neurons<2>) -> ()
  // GENERIC: "chip.output"(%[[IN]]) <{name = "raw"}> : (!chip.neurons<4>) -> ()
  // GENERIC-NEXT: }) : () -> ()
  chip.output "out" %r : !chip.neurons<2>
  chip.output "raw" %in : !chip.neurons<4>
}

// -----

// A slice that ends exactly at the hidden pool's capacity (1000 neurons on
// Xylo Audio 2) fits, and so do slices that touch end to begin.
// CHECK-LABEL: chip.device "xylo-audio2" attributes {dt = 2.000000e-02 : f64} {
chip.device "xylo-audio2" attributes {dt = 2.0e-02 : f64} {
  // CHECK-NEXT: %[[HID:.+]] = chip.core 0 "hidden"
  %hidden = chip.core 0 "hidden"
  // CHECK-NEXT: %[[P:.+]] = chip.population "big" lif [1000] {nir_op = "nir.lif", params = {}} : !chip.neurons<1000>
  %p = chip.population "big" lif [1000] {nir_op = "nir.lif", params = {}} : !chip.neurons<1000>
  // CHECK-NEXT: chip.slice %[[P]][10 : 1000] on %[[HID]] at 10 : !chip.neurons<1000>
  // CHECK-NEXT: chip.slice %[[P]][0 : 10] on %[[HID]] at 0 : !chip.neurons<1000>
  chip.slice %p[10 : 1000] on %hidden at 10 : !chip.neurons<1000>
  chip.slice %p[0 : 10] on %hidden at 0 : !chip.neurons<1000>
}

// -----

//===----------------------------------------------------------------------===//
// Convolutions on Speck: a pooled conv2d with uneven stride and padding,
// an unpooled one, and a dense layer on pooled (C, H, W) spikes.
//===----------------------------------------------------------------------===//

// CHECK-LABEL: chip.device "speck" attributes {dt = 1.000000e-03 : f64} {
chip.device "speck" attributes {dt = 1.0e-03 : f64} {
  // CHECK-NEXT: %[[C0:.+]] = chip.core 0 "cnn"
  // CHECK-NEXT: %[[C1:.+]] = chip.core 1 "cnn"
  // CHECK-NEXT: %[[C2:.+]] = chip.core 2 "cnn"
  %c0 = chip.core 0 "cnn"
  %c1 = chip.core 1 "cnn"
  %c2 = chip.core 2 "cnn"
  // CHECK-NEXT: %[[DVS:.+]] = chip.input "dvs" [2, 16, 16] : !chip.neurons<512>
  %dvs = chip.input "dvs" [2, 16, 16] : !chip.neurons<512>
  // (2, 16, 16) pooled 2x2 is (2, 8, 8); a 3x3 kernel with stride [2, 1]
  // and padding [1, 0] gives (8 + 2 - 3) / 2 + 1 = 4 rows and
  // (8 - 3) / 1 + 1 = 6 columns.
  // CHECK-NEXT: %[[L1:.+]] = chip.population "conv1_if" if [4, 4, 6] {nir_op = "nir.if", params = {r = dense<1.000000e+00> : tensor<1xf64>, v_threshold = dense<2.000000e+00> : tensor<1xf64>}, registers = {threshold_high = 8 : i64}} : !chip.neurons<96>
  %l1 = chip.population "conv1_if" if [4, 4, 6] {nir_op = "nir.if",
      params = {r = dense<1.0> : tensor<1xf64>, v_threshold = dense<2.0> : tensor<1xf64>},
      registers = {threshold_high = 8 : i64}} : !chip.neurons<96>
  // CHECK-NEXT: chip.synapses "conv1" conv2d %[[DVS]] -> %[[L1]] {
  // CHECK-SAME: absorbed = ["pool0"]
  // CHECK-SAME: nir_op = "nir.conv2d"
  // CHECK-SAME: padding = array<i64: 1, 0>
  // CHECK-SAME: pool = array<i64: 2>
  // CHECK-SAME: qweight = dense<3> : tensor<4x2x3x3xi64>
  // CHECK-SAME: registers = {weight_scale = 1.200000e+01 : f64}
  // CHECK-SAME: stride = array<i64: 2, 1>
  // CHECK-SAME: weight = dense<2.500000e-01> : tensor<4x2x3x3xf64>
  // CHECK-SAME: } : !chip.neurons<512> -> !chip.neurons<96>
  chip.synapses "conv1" conv2d %dvs -> %l1 {nir_op = "nir.conv2d",
      absorbed = ["pool0"], pool = array<i64: 2>,
      stride = array<i64: 2, 1>, padding = array<i64: 1, 0>,
      weight = dense<0.25> : tensor<4x2x3x3xf64>,
      qweight = dense<3> : tensor<4x2x3x3xi64>,
      registers = {weight_scale = 12.0 : f64}}
      : !chip.neurons<512> -> !chip.neurons<96>
  // A 1x2 kernel, stride 1, no padding: (4, 4, 6) -> (3, 4, 5).
  // CHECK-NEXT: %[[L2:.+]] = chip.population "conv2_if" if [3, 4, 5] {nir_op = "nir.if", params = {}} : !chip.neurons<60>
  %l2 = chip.population "conv2_if" if [3, 4, 5] {nir_op = "nir.if", params = {}} : !chip.neurons<60>
  // CHECK-NEXT: chip.synapses "conv2" conv2d %[[L1]] -> %[[L2]] {nir_op = "nir.conv2d", padding = array<i64: 0, 0>, stride = array<i64: 1, 1>, weight = dense<-1.000000e+00> : tensor<3x4x1x2xf64>} : !chip.neurons<96> -> !chip.neurons<60>
  chip.synapses "conv2" conv2d %l1 -> %l2 {nir_op = "nir.conv2d",
      stride = array<i64: 1, 1>, padding = array<i64: 0, 0>,
      weight = dense<-1.0> : tensor<3x4x1x2xf64>}
      : !chip.neurons<96> -> !chip.neurons<60>
  // (3, 4, 5) pooled 2x2 is (3, 2, 2) (the odd column is dropped): a
  // dense layer of 12 inputs.
  // CHECK-NEXT: %[[FC:.+]] = chip.population "fc_if" if [10] {nir_op = "nir.if", params = {}} : !chip.neurons<10>
  %fc = chip.population "fc_if" if [10] {nir_op = "nir.if", params = {}} : !chip.neurons<10>
  // CHECK-NEXT: chip.synapses "fc" dense %[[L2]] -> %[[FC]] {absorbed = ["pool2", "flatten"], nir_op = "nir.linear", pool = array<i64: 2>, weight = dense<1.000000e+00> : tensor<10x12xf64>} : !chip.neurons<60> -> !chip.neurons<10>
  chip.synapses "fc" dense %l2 -> %fc {nir_op = "nir.linear",
      absorbed = ["pool2", "flatten"], pool = array<i64: 2>,
      weight = dense<1.0> : tensor<10x12xf64>}
      : !chip.neurons<60> -> !chip.neurons<10>
  // CHECK-NEXT: chip.slice %[[L1]][0 : 96] on %[[C0]] at 0 : !chip.neurons<96>
  // CHECK-NEXT: chip.slice %[[L2]][0 : 60] on %[[C1]] at 0 : !chip.neurons<60>
  // CHECK-NEXT: chip.slice %[[FC]][0 : 10] on %[[C2]] at 0 : !chip.neurons<10>
  chip.slice %l1[0 : 96] on %c0 at 0 : !chip.neurons<96>
  chip.slice %l2[0 : 60] on %c1 at 0 : !chip.neurons<60>
  chip.slice %fc[0 : 10] on %c2 at 0 : !chip.neurons<10>
  // CHECK-NEXT: chip.route %[[C0]] -> %[[C1]] ["conv2"]
  // CHECK-NEXT: chip.route %[[C1]] -> %[[C2]] ["fc"]
  chip.route %c0 -> %c1 ["conv2"]
  chip.route %c1 -> %c2 ["fc"]
  // CHECK-NEXT: chip.output "out" %[[FC]] : !chip.neurons<10>
  // CHECK-NEXT: }
  chip.output "out" %fc : !chip.neurons<10>
}

// -----

//===----------------------------------------------------------------------===//
// A recurrent self-loop: the body is a graph region, so the synapses use
// the population before it is defined.
//===----------------------------------------------------------------------===//

// CHECK-LABEL: chip.device "xylo-audio3" attributes {dt = 1.000000e-03 : f64} {
chip.device "xylo-audio3" attributes {dt = 1.0e-03 : f64} {
  // CHECK-NEXT: %[[HID:.+]] = chip.core 0 "hidden"
  %hidden = chip.core 0 "hidden"
  // CHECK-NEXT: chip.synapses "rec" dense %[[LIF:.+]] -> %[[LIF]] {nir_op = "nir.linear", qweight = dense<{{\[\[}}0, 7], [-7, 0]]> : tensor<2x2xi64>, weight = dense<{{\[\[}}0.000000e+00, 5.000000e-01], [-5.000000e-01, 0.000000e+00]]> : tensor<2x2xf64>} : !chip.neurons<2> -> !chip.neurons<2>
  chip.synapses "rec" dense %lif -> %lif {nir_op = "nir.linear",
      weight = dense<[[0.0, 0.5], [-0.5, 0.0]]> : tensor<2x2xf64>,
      qweight = dense<[[0, 7], [-7, 0]]> : tensor<2x2xi64>}
      : !chip.neurons<2> -> !chip.neurons<2>
  // CHECK-NEXT: chip.slice %[[LIF]][0 : 2] on %[[HID]] at 0 : !chip.neurons<2>
  chip.slice %lif[0 : 2] on %hidden at 0 : !chip.neurons<2>
  // CHECK-NEXT: %[[IN:.+]] = chip.input "x" [] : !chip.neurons<1>
  %x = chip.input "x" [] : !chip.neurons<1>
  // CHECK-NEXT: chip.synapses "w_in" dense %[[IN]] -> %[[LIF]] {nir_op = "nir.linear", weight = dense<1.000000e+00> : tensor<2x1xf64>} : !chip.neurons<1> -> !chip.neurons<2>
  chip.synapses "w_in" dense %x -> %lif {nir_op = "nir.linear",
      weight = dense<1.0> : tensor<2x1xf64>} : !chip.neurons<1> -> !chip.neurons<2>
  // CHECK-NEXT: %[[LIF]] = chip.population "lif" lif [2] {nir_op = "nir.lif", params = {tau_mem = dense<1.000000e-02> : tensor<1xf64>}} : !chip.neurons<2>
  %lif = chip.population "lif" lif [2] {nir_op = "nir.lif",
      params = {tau_mem = dense<1.0e-02> : tensor<1xf64>}} : !chip.neurons<2>
  // CHECK-NEXT: chip.output "y" %[[LIF]] : !chip.neurons<2>
  // CHECK-NEXT: }
  chip.output "y" %lif : !chip.neurons<2>
}

// -----

//===----------------------------------------------------------------------===//
// #chip.scale: what chip-choose-scales chose, with and without a weight
// shift; the value prints back to the same double.
//===----------------------------------------------------------------------===//

// CHECK-LABEL: chip.device "xylo-imu"
// CHECK: chip.population "h" lif [2] {nir_op = "nir.lif", params = {}, scale = #chip.scale<4.064000e+03, "the largest weight", shift 7>}
// CHECK: chip.population "o" lif [1] {nir_op = "nir.lif", params = {}, scale = #chip.scale<109.22333333333333, "the largest threshold or bias">}
// GENERIC: "chip.population"() <{model = #chip<neuron_model lif>, name = "h", nir_op = "nir.lif", params = {}, scale = #chip.scale<4.064000e+03, "the largest weight", shift 7>, shape = array<i64: 2>}>
chip.device "xylo-imu" attributes {dt = 1.0e-03 : f64} {
  %h = chip.population "h" lif [2] {nir_op = "nir.lif", params = {},
      scale = #chip.scale<4064.0, "the largest weight", shift 7>} : !chip.neurons<2>
  %o = chip.population "o" lif [1] {nir_op = "nir.lif", params = {},
      scale = #chip.scale<109.22333333333333, "the largest threshold or bias", shift 0>} : !chip.neurons<1>
}
