// RUN: nir-opt %s -split-input-file -verify-diagnostics --allow-unregistered-dialect
// Every diagnostic of the chip dialect's verifiers (ChipOps.cpp and the
// !chip.neurons type), one case per split, plus the ODS constraints. The
// unregistered "test.*" ops stand for a value no chip op defines.

//===----------------------------------------------------------------------===//
// chip.device
//===----------------------------------------------------------------------===//

// expected-error @+1 {{'chip.device' op unknown target 'xylo'; known: xylo-audio2 xylo-audio3 xylo-imu speck loihi2 spinnaker2 brainscales2}}
chip.device "xylo" attributes {dt = 1.0e-03 : f64} {
}

// -----

// Target names are exact: no display names, no other case.
// expected-error @+1 {{'chip.device' op unknown target 'Xylo Audio 2'; known:}}
chip.device "Xylo Audio 2" attributes {dt = 1.0e-03 : f64} {
}

// -----

// An unknown target is reported once, by the device; its cores are not
// checked against a model.
// expected-error @+1 {{'chip.device' op unknown target ''; known:}}
chip.device "" attributes {dt = 1.0e-03 : f64} {
  %c = chip.core 99 "anything"
}

// -----

// expected-error @+1 {{'chip.device' op dt must be a positive number of seconds, not 0.000000e+00}}
chip.device "xylo-audio2" attributes {dt = 0.0 : f64} {
}

// -----

// expected-error @+1 {{'chip.device' op dt must be a positive number of seconds, not -1.000000e-03}}
chip.device "xylo-audio2" attributes {dt = -1.0e-03 : f64} {
}

// -----

// expected-error @+1 {{'chip.device' op dt must be a positive number of seconds, not INF}}
chip.device "xylo-audio2" attributes {dt = 0x7FF0000000000000 : f64} {
}

// -----

// NaN fails the comparison.
// expected-error @+1 {{'chip.device' op dt must be a positive number of seconds, not nan}}
chip.device "xylo-audio2" attributes {dt = 0x7FF8000000000000 : f64} {
}

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %a = chip.core 0 "hidden"
  %b = chip.core 1 "output"
  // expected-error @+1 {{'chip.core' op core 0 is declared twice}}
  %c = chip.core 0 "hidden"
}

// -----

// expected-error @+1 {{'chip.device' op requires attribute 'dt'}}
chip.device "xylo-audio2" {
}

// -----

// expected-error @+1 {{'chip.device' op attribute 'dt' failed to satisfy constraint: 64-bit float attribute}}
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f32} {
}

// -----

// expected-error @+1 {{'chip.device' op expects region #0 to have 0 or 1 blocks}}
"chip.device"() <{dt = 1.0e-03 : f64, target = "xylo-audio2"}> ({
  %a = "chip.core"() <{index = 0 : i64, kind = "hidden"}> : () -> !chip.core
^bb1:
  %b = "chip.core"() <{index = 1 : i64, kind = "output"}> : () -> !chip.core
}) : () -> ()

// -----

// Chip ops live only in a chip.device.
// expected-error @+1 {{'chip.core' op expects parent op 'chip.device'}}
%c = chip.core 0 "hidden"

// -----

// expected-error @+1 {{'chip.input' op expects parent op 'chip.device'}}
%in = chip.input "in" [2] : !chip.neurons<2>

//===----------------------------------------------------------------------===//
// chip.core
//===----------------------------------------------------------------------===//

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+1 {{'chip.core' op core 2 does not exist: Xylo Audio 2 has 2 cores}}
  %c = chip.core 2 "hidden"
}

// -----

chip.device "speck" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+1 {{'chip.core' op core 9 does not exist: Speck has 9 cores}}
  %c = chip.core 9 "cnn"
}

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+1 {{'chip.core' op core 1 of Xylo Audio 2 is a 'output' core, not 'hidden'}}
  %c = chip.core 1 "hidden"
}

// -----

chip.device "xylo-imu" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+1 {{'chip.core' op core 0 of Xylo IMU is a 'hidden' core, not 'output'}}
  %c = chip.core 0 "output"
}

// -----

// Another target's kind is not this one's.
chip.device "speck" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+1 {{'chip.core' op core 3 of Speck is a 'cnn' core, not 'neurocore'}}
  %c = chip.core 3 "neurocore"
}

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+1 {{'chip.core' op attribute 'index' failed to satisfy constraint: 64-bit signless integer attribute whose value is non-negative}}
  %c = chip.core -1 "hidden"
}

// -----

// Two slices of one population overlap: [0, 4) at 0 and [4, 6) at 3.
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %h = chip.core 0 "hidden"
  %p = chip.population "p" lif [6] {nir_op = "nir.lif", params = {}} : !chip.neurons<6>
  chip.slice %p[0 : 4] on %h at 0 : !chip.neurons<6>
  // expected-error @+1 {{'chip.slice' op overlaps another slice on core 0 at neuron 3}}
  chip.slice %p[4 : 6] on %h at 3 : !chip.neurons<6>
}

// -----

// Slices of two populations overlap; the order of the ops does not matter,
// the later offset is blamed.
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %h = chip.core 0 "hidden"
  %a = chip.population "a" lif [10] {nir_op = "nir.lif", params = {}} : !chip.neurons<10>
  %b = chip.population "b" lif [5] {nir_op = "nir.lif", params = {}} : !chip.neurons<5>
  // expected-error @+1 {{'chip.slice' op overlaps another slice on core 0 at neuron 109}}
  chip.slice %b[0 : 5] on %h at 109 : !chip.neurons<5>
  chip.slice %a[0 : 10] on %h at 100 : !chip.neurons<10>
}

// -----

// Xylo Audio 2's hidden pool holds 1000 neurons: 20 at offset 990 need 1010.
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %h = chip.core 0 "hidden"
  %p = chip.population "p" lif [20] {nir_op = "nir.lif", params = {}} : !chip.neurons<20>
  // expected-error @+1 {{'chip.slice' op needs neurons up to 1010 on core 0, which holds 1000 on Xylo Audio 2}}
  chip.slice %p[0 : 20] on %h at 990 : !chip.neurons<20>
}

// -----

// Its output pool holds 8.
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %o = chip.core 1 "output"
  %p = chip.population "p" li [9] {nir_op = "nir.li", params = {}} : !chip.neurons<9>
  // expected-error @+1 {{'chip.slice' op needs neurons up to 9 on core 1, which holds 8 on Xylo Audio 2}}
  chip.slice %p[0 : 9] on %o at 0 : !chip.neurons<9>
}

// -----

// Xylo Audio 3's hidden pool holds 992.
chip.device "xylo-audio3" attributes {dt = 1.0e-03 : f64} {
  %h = chip.core 0 "hidden"
  %p = chip.population "p" lif [4] {nir_op = "nir.lif", params = {}} : !chip.neurons<4>
  // expected-error @+1 {{'chip.slice' op needs neurons up to 993 on core 0, which holds 992 on Xylo Audio 3}}
  chip.slice %p[1 : 4] on %h at 990 : !chip.neurons<4>
}

//===----------------------------------------------------------------------===//
// !chip.neurons
//===----------------------------------------------------------------------===//

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+1 {{a group of neurons needs a positive size, not 0}}
  %in = chip.input "in" [2] : !chip.neurons<0>
}

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+1 {{a group of neurons needs a positive size, not -3}}
  %in = chip.input "in" [3] : !chip.neurons<-3>
}

//===----------------------------------------------------------------------===//
// chip.input
//===----------------------------------------------------------------------===//

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+1 {{'chip.input' op shape holds 6 elements but the result type has 5}}
  %in = chip.input "in" [2, 3] : !chip.neurons<5>
}

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+1 {{'chip.input' op shape must have positive dimensions}}
  %in = chip.input "in" [2, 0] : !chip.neurons<2>
}

// -----

// Two negative dimensions multiply to the right size but are still wrong.
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+1 {{'chip.input' op shape must have positive dimensions}}
  %in = chip.input "in" [-2, -3] : !chip.neurons<6>
}

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+1 {{'chip.input' op result #0 must be a group of neurons or input channels, but got '!chip.core'}}
  %in = chip.input "in" [2] : !chip.core
}

//===----------------------------------------------------------------------===//
// chip.population
//===----------------------------------------------------------------------===//

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+1 {{'chip.population' op shape holds 4 elements but the result type has 3}}
  %p = chip.population "p" lif [2, 2] {nir_op = "nir.lif", params = {}} : !chip.neurons<3>
}

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+1 {{'chip.population' op shape must have positive dimensions}}
  %p = chip.population "p" lif [3, -1] {nir_op = "nir.lif", params = {}} : !chip.neurons<3>
}

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+2 {{expected ::nirc::chip::NeuronModel to be one of: lif, cuba_lif, if, li, cuba_li}}
  // expected-error @+1 {{failed to parse Chip_NeuronModelAttr parameter 'value' which is to be a `::nirc::chip::NeuronModel`}}
  %p = chip.population "p" izhikevich [3] {nir_op = "nir.lif", params = {}} : !chip.neurons<3>
}

// -----

// Model names are the lower-case ones.
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+2 {{expected ::nirc::chip::NeuronModel to be one of: lif, cuba_lif, if, li, cuba_li}}
  // expected-error @+1 {{failed to parse Chip_NeuronModelAttr parameter 'value' which is to be a `::nirc::chip::NeuronModel`}}
  %p = chip.population "p" LIF [3] {nir_op = "nir.lif", params = {}} : !chip.neurons<3>
}

// -----

// Neither one value nor one per neuron.
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+1 {{'chip.population' op parameter 'tau_mem' must be a float array of 1 or 3 values}}
  %p = chip.population "p" lif [3] {nir_op = "nir.lif",
      params = {tau_mem = dense<[1.0e-02, 2.0e-02]> : tensor<2xf64>}} : !chip.neurons<3>
}

// -----

// An empty array is not one value.
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+1 {{'chip.population' op parameter 'v_threshold' must be a float array of 1 or 3 values}}
  %p = chip.population "p" lif [3] {nir_op = "nir.lif",
      params = {v_threshold = dense<> : tensor<0xf64>}} : !chip.neurons<3>
}

// -----

// Integers are not floats.
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+1 {{'chip.population' op parameter 'v_threshold' must be a float array of 1 or 3 values}}
  %p = chip.population "p" lif [3] {nir_op = "nir.lif",
      params = {tau_mem = dense<1.0e-02> : tensor<1xf64>,
                v_threshold = dense<1> : tensor<3xi64>}} : !chip.neurons<3>
}

// -----

// A scalar float attribute is not an array.
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+1 {{'chip.population' op parameter 'r' must be a float array of 1 or 3 values}}
  %p = chip.population "p" lif [3] {nir_op = "nir.lif",
      params = {r = 1.0 : f64}} : !chip.neurons<3>
}

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+1 {{'chip.population' op parameter 'bias' must be a float array of 1 or 3 values}}
  %p = chip.population "p" lif [3] {nir_op = "nir.lif",
      params = {bias = "zero"}} : !chip.neurons<3>
}

// -----

// A register array of the wrong length.
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+1 {{'chip.population' op register 'threshold' must be a number or 1 or 3 values}}
  %p = chip.population "p" lif [3] {nir_op = "nir.lif", params = {},
      registers = {dash_mem = 2 : i64, threshold = dense<[1, 2]> : tensor<2xi64>}} : !chip.neurons<3>
}

// -----

// An array attribute is not a dense array.
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+1 {{'chip.population' op register 'dash_mem' must be a number or 1 or 3 values}}
  %p = chip.population "p" lif [3] {nir_op = "nir.lif", params = {},
      registers = {dash_mem = [1, 2, 3]}} : !chip.neurons<3>
}

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+1 {{'chip.population' op register 'enabled' must be a number or 1 or 3 values}}
  %p = chip.population "p" lif [3] {nir_op = "nir.lif", params = {},
      registers = {enabled}} : !chip.neurons<3>
}

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+1 {{'chip.population' op register 'bias' must be a number or 1 or 3 values}}
  %p = chip.population "p" lif [3] {nir_op = "nir.lif", params = {},
      registers = {bias = dense<> : tensor<0xi64>}} : !chip.neurons<3>
}

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+1 {{'chip.population' op requires attribute 'params'}}
  %p = chip.population "p" lif [3] {nir_op = "nir.lif"} : !chip.neurons<3>
}

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+1 {{'chip.population' op requires attribute 'nir_op'}}
  %p = chip.population "p" lif [3] {params = {}} : !chip.neurons<3>
}

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+1 {{'chip.population' op attribute 'registers' failed to satisfy constraint: dictionary of named attribute values}}
  %p = chip.population "p" lif [3] {nir_op = "nir.lif", params = {}, registers = [1]} : !chip.neurons<3>
}

//===----------------------------------------------------------------------===//
// chip.synapses: source and target
//===----------------------------------------------------------------------===//

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %x = "test.neurons"() : () -> !chip.neurons<2>
  %p = chip.population "p" lif [3] {nir_op = "nir.lif", params = {}} : !chip.neurons<3>
  // expected-error @+1 {{'chip.synapses' op source must be a chip.input or chip.population}}
  chip.synapses "w" dense %x -> %p {nir_op = "nir.linear",
      weight = dense<1.0> : tensor<3x2xf64>} : !chip.neurons<2> -> !chip.neurons<3>
}

// -----

// Synapses end on neurons, not on input channels.
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %in = chip.input "in" [2] : !chip.neurons<2>
  %in2 = chip.input "in2" [3] : !chip.neurons<3>
  // expected-error @+1 {{'chip.synapses' op target must be a chip.population}}
  chip.synapses "w" dense %in -> %in2 {nir_op = "nir.linear",
      weight = dense<1.0> : tensor<3x2xf64>} : !chip.neurons<2> -> !chip.neurons<3>
}

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %in = chip.input "in" [2] : !chip.neurons<2>
  %x = "test.neurons"() : () -> !chip.neurons<3>
  // expected-error @+1 {{'chip.synapses' op target must be a chip.population}}
  chip.synapses "w" dense %in -> %x {nir_op = "nir.linear",
      weight = dense<1.0> : tensor<3x2xf64>} : !chip.neurons<2> -> !chip.neurons<3>
}

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %in = chip.input "in" [2] : !chip.neurons<2>
  %p = chip.population "p" lif [3] {nir_op = "nir.lif", params = {}} : !chip.neurons<3>
  // expected-error @+2 {{expected ::nirc::chip::SynapseKind to be one of: dense, conv2d}}
  // expected-error @+1 {{failed to parse Chip_SynapseKindAttr parameter 'value' which is to be a `::nirc::chip::SynapseKind`}}
  chip.synapses "w" conv1d %in -> %p {nir_op = "nir.conv1d",
      weight = dense<1.0> : tensor<3x2xf64>} : !chip.neurons<2> -> !chip.neurons<3>
}

// -----

// The types after the colon are the operands'.
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  // expected-note @+1 {{prior use here}}
  %in = chip.input "in" [2] : !chip.neurons<2>
  %p = chip.population "p" lif [3] {nir_op = "nir.lif", params = {}} : !chip.neurons<3>
  // expected-error @+1 {{use of value '%in' expects different type than prior uses: '!chip.neurons<4>' vs '!chip.neurons<2>'}}
  chip.synapses "w" dense %in -> %p {nir_op = "nir.linear",
      weight = dense<1.0> : tensor<3x2xf64>} : !chip.neurons<4> -> !chip.neurons<3>
}

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %in = chip.input "in" [2] : !chip.neurons<2>
  %p = chip.population "p" lif [3] {nir_op = "nir.lif", params = {}} : !chip.neurons<3>
  // expected-error @+1 {{'chip.synapses' op attribute 'weight' failed to satisfy constraint: 64-bit float elements attribute}}
  chip.synapses "w" dense %in -> %p {nir_op = "nir.linear",
      weight = dense<1.0> : tensor<3x2xf32>} : !chip.neurons<2> -> !chip.neurons<3>
}

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %in = chip.input "in" [2] : !chip.neurons<2>
  %p = chip.population "p" lif [3] {nir_op = "nir.lif", params = {}} : !chip.neurons<3>
  // expected-error @+1 {{'chip.synapses' op requires attribute 'weight'}}
  chip.synapses "w" dense %in -> %p {nir_op = "nir.linear"} : !chip.neurons<2> -> !chip.neurons<3>
}

//===----------------------------------------------------------------------===//
// chip.synapses: dense
//===----------------------------------------------------------------------===//

// -----

// The weight is (post, pre), not (pre, post).
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %in = chip.input "in" [2] : !chip.neurons<2>
  %p = chip.population "p" lif [3] {nir_op = "nir.lif", params = {}} : !chip.neurons<3>
  // expected-error @+1 {{'chip.synapses' op dense weight must be 3x2 (post x pre), not 'tensor<2x3xf64>'}}
  chip.synapses "w" dense %in -> %p {nir_op = "nir.linear",
      weight = dense<1.0> : tensor<2x3xf64>} : !chip.neurons<2> -> !chip.neurons<3>
}

// -----

// A dense layer between multi-dimensional groups counts every element.
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %in = chip.input "in" [2, 3] : !chip.neurons<6>
  %p = chip.population "p" lif [2, 2] {nir_op = "nir.lif", params = {}} : !chip.neurons<4>
  // expected-error @+1 {{'chip.synapses' op dense weight must be 4x6 (post x pre), not 'tensor<2x2x2x3xf64>'}}
  chip.synapses "w" dense %in -> %p {nir_op = "nir.linear",
      weight = dense<1.0> : tensor<2x2x2x3xf64>} : !chip.neurons<6> -> !chip.neurons<4>
}

// -----

// Pooling comes first: (2, 4, 4) pooled 2x2 has 8 elements, not 32.
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %in = chip.input "in" [2, 4, 4] : !chip.neurons<32>
  %p = chip.population "p" lif [3] {nir_op = "nir.lif", params = {}} : !chip.neurons<3>
  // expected-error @+1 {{'chip.synapses' op dense weight must be 3x8 (post x pre), not 'tensor<3x32xf64>'}}
  chip.synapses "w" dense %in -> %p {nir_op = "nir.linear", pool = array<i64: 2>,
      weight = dense<1.0> : tensor<3x32xf64>} : !chip.neurons<32> -> !chip.neurons<3>
}

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %in = chip.input "in" [2] : !chip.neurons<2>
  %p = chip.population "p" lif [3] {nir_op = "nir.lif", params = {}} : !chip.neurons<3>
  // expected-error @+1 {{'chip.synapses' op qweight shape 'tensor<2x3xi64>' differs from weight 'tensor<3x2xf64>'}}
  chip.synapses "w" dense %in -> %p {nir_op = "nir.linear",
      weight = dense<1.0> : tensor<3x2xf64>,
      qweight = dense<1> : tensor<2x3xi64>} : !chip.neurons<2> -> !chip.neurons<3>
}

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %in = chip.input "in" [2] : !chip.neurons<2>
  %p = chip.population "p" lif [3] {nir_op = "nir.lif", params = {}} : !chip.neurons<3>
  // expected-error @+1 {{'chip.synapses' op attribute 'qweight' failed to satisfy constraint: 64-bit signless integer elements attribute}}
  chip.synapses "w" dense %in -> %p {nir_op = "nir.linear",
      weight = dense<1.0> : tensor<3x2xf64>,
      qweight = dense<1> : tensor<3x2xi8>} : !chip.neurons<2> -> !chip.neurons<3>
}

//===----------------------------------------------------------------------===//
// chip.synapses: pooling
//===----------------------------------------------------------------------===//

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %in = chip.input "in" [1, 4, 4] : !chip.neurons<16>
  %p = chip.population "p" lif [4] {nir_op = "nir.lif", params = {}} : !chip.neurons<4>
  // expected-error @+1 {{'chip.synapses' op pool must be one positive kernel size}}
  chip.synapses "w" dense %in -> %p {nir_op = "nir.linear", pool = array<i64: 2, 2>,
      weight = dense<1.0> : tensor<4x4xf64>} : !chip.neurons<16> -> !chip.neurons<4>
}

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %in = chip.input "in" [1, 4, 4] : !chip.neurons<16>
  %p = chip.population "p" lif [4] {nir_op = "nir.lif", params = {}} : !chip.neurons<4>
  // expected-error @+1 {{'chip.synapses' op pool must be one positive kernel size}}
  chip.synapses "w" dense %in -> %p {nir_op = "nir.linear", pool = array<i64: 0>,
      weight = dense<1.0> : tensor<4x16xf64>} : !chip.neurons<16> -> !chip.neurons<4>
}

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %in = chip.input "in" [1, 4, 4] : !chip.neurons<16>
  %p = chip.population "p" lif [4] {nir_op = "nir.lif", params = {}} : !chip.neurons<4>
  // expected-error @+1 {{'chip.synapses' op pool must be one positive kernel size}}
  chip.synapses "w" dense %in -> %p {nir_op = "nir.linear", pool = array<i64>,
      weight = dense<1.0> : tensor<4x16xf64>} : !chip.neurons<16> -> !chip.neurons<4>
}

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %in = chip.input "in" [16] : !chip.neurons<16>
  %p = chip.population "p" lif [4] {nir_op = "nir.lif", params = {}} : !chip.neurons<4>
  // expected-error @+1 {{'chip.synapses' op pooling needs a (C, H, W) source, not rank 1}}
  chip.synapses "w" dense %in -> %p {nir_op = "nir.linear", pool = array<i64: 2>,
      weight = dense<1.0> : tensor<4x4xf64>} : !chip.neurons<16> -> !chip.neurons<4>
}

//===----------------------------------------------------------------------===//
// chip.synapses: conv2d
//===----------------------------------------------------------------------===//

// -----

chip.device "speck" attributes {dt = 1.0e-03 : f64} {
  %in = chip.input "in" [2, 5, 5] : !chip.neurons<50>
  %p = chip.population "p" if [4, 3, 3] {nir_op = "nir.if", params = {}} : !chip.neurons<36>
  // expected-error @+1 {{'chip.synapses' op conv2d needs stride and padding of two values}}
  chip.synapses "c" conv2d %in -> %p {nir_op = "nir.conv2d",
      padding = array<i64: 0, 0>,
      weight = dense<1.0> : tensor<4x2x3x3xf64>} : !chip.neurons<50> -> !chip.neurons<36>
}

// -----

chip.device "speck" attributes {dt = 1.0e-03 : f64} {
  %in = chip.input "in" [2, 5, 5] : !chip.neurons<50>
  %p = chip.population "p" if [4, 3, 3] {nir_op = "nir.if", params = {}} : !chip.neurons<36>
  // expected-error @+1 {{'chip.synapses' op conv2d needs stride and padding of two values}}
  chip.synapses "c" conv2d %in -> %p {nir_op = "nir.conv2d",
      stride = array<i64: 1, 1>,
      weight = dense<1.0> : tensor<4x2x3x3xf64>} : !chip.neurons<50> -> !chip.neurons<36>
}

// -----

chip.device "speck" attributes {dt = 1.0e-03 : f64} {
  %in = chip.input "in" [2, 5, 5] : !chip.neurons<50>
  %p = chip.population "p" if [4, 3, 3] {nir_op = "nir.if", params = {}} : !chip.neurons<36>
  // expected-error @+1 {{'chip.synapses' op conv2d needs stride and padding of two values}}
  chip.synapses "c" conv2d %in -> %p {nir_op = "nir.conv2d",
      stride = array<i64: 1>, padding = array<i64: 0, 0>,
      weight = dense<1.0> : tensor<4x2x3x3xf64>} : !chip.neurons<50> -> !chip.neurons<36>
}

// -----

// ONNX-style four-value padding is not this op's.
chip.device "speck" attributes {dt = 1.0e-03 : f64} {
  %in = chip.input "in" [2, 5, 5] : !chip.neurons<50>
  %p = chip.population "p" if [4, 3, 3] {nir_op = "nir.if", params = {}} : !chip.neurons<36>
  // expected-error @+1 {{'chip.synapses' op conv2d needs stride and padding of two values}}
  chip.synapses "c" conv2d %in -> %p {nir_op = "nir.conv2d",
      stride = array<i64: 1, 1>, padding = array<i64: 0, 0, 0, 0>,
      weight = dense<1.0> : tensor<4x2x3x3xf64>} : !chip.neurons<50> -> !chip.neurons<36>
}

// -----

chip.device "speck" attributes {dt = 1.0e-03 : f64} {
  %in = chip.input "in" [2, 5, 5] : !chip.neurons<50>
  %p = chip.population "p" if [4, 3, 3] {nir_op = "nir.if", params = {}} : !chip.neurons<36>
  // expected-error @+1 {{'chip.synapses' op conv2d needs a rank-4 weight between (C, H, W) shapes}}
  chip.synapses "c" conv2d %in -> %p {nir_op = "nir.conv2d",
      stride = array<i64: 1, 1>, padding = array<i64: 0, 0>,
      weight = dense<1.0> : tensor<4x3x3xf64>} : !chip.neurons<50> -> !chip.neurons<36>
}

// -----

chip.device "speck" attributes {dt = 1.0e-03 : f64} {
  %in = chip.input "in" [50] : !chip.neurons<50>
  %p = chip.population "p" if [4, 3, 3] {nir_op = "nir.if", params = {}} : !chip.neurons<36>
  // expected-error @+1 {{'chip.synapses' op conv2d needs a rank-4 weight between (C, H, W) shapes}}
  chip.synapses "c" conv2d %in -> %p {nir_op = "nir.conv2d",
      stride = array<i64: 1, 1>, padding = array<i64: 0, 0>,
      weight = dense<1.0> : tensor<4x2x3x3xf64>} : !chip.neurons<50> -> !chip.neurons<36>
}

// -----

chip.device "speck" attributes {dt = 1.0e-03 : f64} {
  %in = chip.input "in" [2, 5, 5] : !chip.neurons<50>
  %p = chip.population "p" if [36] {nir_op = "nir.if", params = {}} : !chip.neurons<36>
  // expected-error @+1 {{'chip.synapses' op conv2d needs a rank-4 weight between (C, H, W) shapes}}
  chip.synapses "c" conv2d %in -> %p {nir_op = "nir.conv2d",
      stride = array<i64: 1, 1>, padding = array<i64: 0, 0>,
      weight = dense<1.0> : tensor<4x2x3x3xf64>} : !chip.neurons<50> -> !chip.neurons<36>
}

// -----

// The weight's C_in is not the source's channels.
chip.device "speck" attributes {dt = 1.0e-03 : f64} {
  %in = chip.input "in" [2, 5, 5] : !chip.neurons<50>
  %p = chip.population "p" if [4, 3, 3] {nir_op = "nir.if", params = {}} : !chip.neurons<36>
  // expected-error @+1 {{'chip.synapses' op conv2d weight 'tensor<4x3x3x3xf64>' does not join 2 input channels to 4 output channels}}
  chip.synapses "c" conv2d %in -> %p {nir_op = "nir.conv2d",
      stride = array<i64: 1, 1>, padding = array<i64: 0, 0>,
      weight = dense<1.0> : tensor<4x3x3x3xf64>} : !chip.neurons<50> -> !chip.neurons<36>
}

// -----

// The weight's C_out is not the target's channels.
chip.device "speck" attributes {dt = 1.0e-03 : f64} {
  %in = chip.input "in" [2, 5, 5] : !chip.neurons<50>
  %p = chip.population "p" if [4, 3, 3] {nir_op = "nir.if", params = {}} : !chip.neurons<36>
  // expected-error @+1 {{'chip.synapses' op conv2d weight 'tensor<2x2x3x3xf64>' does not join 2 input channels to 4 output channels}}
  chip.synapses "c" conv2d %in -> %p {nir_op = "nir.conv2d",
      stride = array<i64: 1, 1>, padding = array<i64: 0, 0>,
      weight = dense<1.0> : tensor<2x2x3x3xf64>} : !chip.neurons<50> -> !chip.neurons<36>
}

// -----

chip.device "speck" attributes {dt = 1.0e-03 : f64} {
  %in = chip.input "in" [2, 5, 5] : !chip.neurons<50>
  %p = chip.population "p" if [4, 3, 3] {nir_op = "nir.if", params = {}} : !chip.neurons<36>
  // expected-error @+1 {{'chip.synapses' op conv2d stride must be positive and padding non-negative}}
  chip.synapses "c" conv2d %in -> %p {nir_op = "nir.conv2d",
      stride = array<i64: 1, 0>, padding = array<i64: 0, 0>,
      weight = dense<1.0> : tensor<4x2x3x3xf64>} : !chip.neurons<50> -> !chip.neurons<36>
}

// -----

chip.device "speck" attributes {dt = 1.0e-03 : f64} {
  %in = chip.input "in" [2, 5, 5] : !chip.neurons<50>
  %p = chip.population "p" if [4, 3, 3] {nir_op = "nir.if", params = {}} : !chip.neurons<36>
  // expected-error @+1 {{'chip.synapses' op conv2d stride must be positive and padding non-negative}}
  chip.synapses "c" conv2d %in -> %p {nir_op = "nir.conv2d",
      stride = array<i64: -1, 1>, padding = array<i64: 0, 0>,
      weight = dense<1.0> : tensor<4x2x3x3xf64>} : !chip.neurons<50> -> !chip.neurons<36>
}

// -----

// Padding -1 on a 5x5 input with a 1x1 kernel would give the 3x3 target:
// still refused.
chip.device "speck" attributes {dt = 1.0e-03 : f64} {
  %in = chip.input "in" [2, 5, 5] : !chip.neurons<50>
  %p = chip.population "p" if [4, 3, 3] {nir_op = "nir.if", params = {}} : !chip.neurons<36>
  // expected-error @+1 {{'chip.synapses' op conv2d stride must be positive and padding non-negative}}
  chip.synapses "c" conv2d %in -> %p {nir_op = "nir.conv2d",
      stride = array<i64: 1, 1>, padding = array<i64: -1, -1>,
      weight = dense<1.0> : tensor<4x2x1x1xf64>} : !chip.neurons<50> -> !chip.neurons<36>
}

// -----

// Rows: (5 + 2 * 0 - 3) / 1 + 1 = 3, not 4.
chip.device "speck" attributes {dt = 1.0e-03 : f64} {
  %in = chip.input "in" [2, 5, 5] : !chip.neurons<50>
  %p = chip.population "p" if [4, 4, 3] {nir_op = "nir.if", params = {}} : !chip.neurons<48>
  // expected-error @+1 {{'chip.synapses' op conv2d output axis 0 has 4 neurons; stride 1 and padding 0 give 3}}
  chip.synapses "c" conv2d %in -> %p {nir_op = "nir.conv2d",
      stride = array<i64: 1, 1>, padding = array<i64: 0, 0>,
      weight = dense<1.0> : tensor<4x2x3x3xf64>} : !chip.neurons<50> -> !chip.neurons<48>
}

// -----

// Rows fit; columns: (5 + 2 * 1 - 3) / 2 + 1 = 3, not 5.
chip.device "speck" attributes {dt = 1.0e-03 : f64} {
  %in = chip.input "in" [2, 5, 5] : !chip.neurons<50>
  %p = chip.population "p" if [4, 3, 5] {nir_op = "nir.if", params = {}} : !chip.neurons<60>
  // expected-error @+1 {{'chip.synapses' op conv2d output axis 1 has 5 neurons; stride 2 and padding 1 give 3}}
  chip.synapses "c" conv2d %in -> %p {nir_op = "nir.conv2d",
      stride = array<i64: 1, 2>, padding = array<i64: 0, 1>,
      weight = dense<1.0> : tensor<4x2x3x3xf64>} : !chip.neurons<50> -> !chip.neurons<60>
}

// -----

// Non-square kernels: a 1x3 kernel on 5x5 gives 5x3, the target is 5x5.
chip.device "speck" attributes {dt = 1.0e-03 : f64} {
  %in = chip.input "in" [2, 5, 5] : !chip.neurons<50>
  %p = chip.population "p" if [4, 5, 5] {nir_op = "nir.if", params = {}} : !chip.neurons<100>
  // expected-error @+1 {{'chip.synapses' op conv2d output axis 1 has 5 neurons; stride 1 and padding 0 give 3}}
  chip.synapses "c" conv2d %in -> %p {nir_op = "nir.conv2d",
      stride = array<i64: 1, 1>, padding = array<i64: 0, 0>,
      weight = dense<1.0> : tensor<4x2x1x3xf64>} : !chip.neurons<50> -> !chip.neurons<100>
}

// -----

// The convolution sees the pooled source: (2, 8, 8) pooled 2x2 is
// (2, 4, 4), and a 3x3 kernel gives 2x2, not the unpooled 6x6.
chip.device "speck" attributes {dt = 1.0e-03 : f64} {
  %in = chip.input "in" [2, 8, 8] : !chip.neurons<128>
  %p = chip.population "p" if [4, 6, 6] {nir_op = "nir.if", params = {}} : !chip.neurons<144>
  // expected-error @+1 {{'chip.synapses' op conv2d output axis 0 has 6 neurons; stride 1 and padding 0 give 2}}
  chip.synapses "c" conv2d %in -> %p {nir_op = "nir.conv2d", pool = array<i64: 2>,
      stride = array<i64: 1, 1>, padding = array<i64: 0, 0>,
      weight = dense<1.0> : tensor<4x2x3x3xf64>} : !chip.neurons<128> -> !chip.neurons<144>
}

// -----

chip.device "speck" attributes {dt = 1.0e-03 : f64} {
  %in = chip.input "in" [2, 5, 5] : !chip.neurons<50>
  %p = chip.population "p" if [4, 3, 3] {nir_op = "nir.if", params = {}} : !chip.neurons<36>
  // expected-error @+1 {{'chip.synapses' op qweight shape 'tensor<4x2x1x1xi64>' differs from weight 'tensor<4x2x3x3xf64>'}}
  chip.synapses "c" conv2d %in -> %p {nir_op = "nir.conv2d",
      stride = array<i64: 1, 1>, padding = array<i64: 0, 0>,
      weight = dense<1.0> : tensor<4x2x3x3xf64>,
      qweight = dense<1> : tensor<4x2x1x1xi64>} : !chip.neurons<50> -> !chip.neurons<36>
}

//===----------------------------------------------------------------------===//
// chip.slice
//===----------------------------------------------------------------------===//

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %p = chip.population "p" lif [4] {nir_op = "nir.lif", params = {}} : !chip.neurons<4>
  // expected-error @+1 {{'chip.slice' op range [2, 2) is not a non-empty part of a population of 4}}
  chip.slice %p[2 : 2] : !chip.neurons<4>
}

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %p = chip.population "p" lif [4] {nir_op = "nir.lif", params = {}} : !chip.neurons<4>
  // expected-error @+1 {{'chip.slice' op range [3, 1) is not a non-empty part of a population of 4}}
  chip.slice %p[3 : 1] : !chip.neurons<4>
}

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %p = chip.population "p" lif [4] {nir_op = "nir.lif", params = {}} : !chip.neurons<4>
  // expected-error @+1 {{'chip.slice' op range [0, 5) is not a non-empty part of a population of 4}}
  chip.slice %p[0 : 5] : !chip.neurons<4>
}

// -----

// Input channels are not placed on cores.
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %in = chip.input "in" [4] : !chip.neurons<4>
  // expected-error @+1 {{'chip.slice' op slices a chip.population only}}
  chip.slice %in[0 : 4] : !chip.neurons<4>
}

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %x = "test.neurons"() : () -> !chip.neurons<4>
  // expected-error @+1 {{'chip.slice' op slices a chip.population only}}
  chip.slice %x[0 : 4] : !chip.neurons<4>
}

// -----

// An offset without a core (only the generic form can say so).
"chip.device"() <{dt = 1.0e-03 : f64, target = "xylo-audio2"}> ({
  %p = "chip.population"() <{model = #chip<neuron_model lif>, name = "p", nir_op = "nir.lif", params = {}, shape = array<i64: 4>}> : () -> !chip.neurons<4>
  // expected-error @+1 {{'chip.slice' op a placed slice needs both a core and an offset}}
  "chip.slice"(%p) <{begin = 0 : i64, end = 4 : i64, offset = 0 : i64}> : (!chip.neurons<4>) -> ()
}) : () -> ()

// -----

// A core without an offset.
"chip.device"() <{dt = 1.0e-03 : f64, target = "xylo-audio2"}> ({
  %h = "chip.core"() <{index = 0 : i64, kind = "hidden"}> : () -> !chip.core
  %p = "chip.population"() <{model = #chip<neuron_model lif>, name = "p", nir_op = "nir.lif", params = {}, shape = array<i64: 4>}> : () -> !chip.neurons<4>
  // expected-error @+1 {{'chip.slice' op a placed slice needs both a core and an offset}}
  "chip.slice"(%p, %h) <{begin = 0 : i64, end = 4 : i64}> : (!chip.neurons<4>, !chip.core) -> ()
}) : () -> ()

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %p = chip.population "p" lif [4] {nir_op = "nir.lif", params = {}} : !chip.neurons<4>
  // expected-error @+1 {{'chip.slice' op attribute 'begin' failed to satisfy constraint: 64-bit signless integer attribute whose value is non-negative}}
  chip.slice %p[-1 : 2] : !chip.neurons<4>
}

// -----

// The population operand must be neurons, the core a core.
"chip.device"() <{dt = 1.0e-03 : f64, target = "xylo-audio2"}> ({
  %h = "chip.core"() <{index = 0 : i64, kind = "hidden"}> : () -> !chip.core
  // expected-error @+1 {{'chip.slice' op operand #0 must be a group of neurons or input channels, but got '!chip.core'}}
  "chip.slice"(%h) <{begin = 0 : i64, end = 4 : i64}> : (!chip.core) -> ()
}) : () -> ()

//===----------------------------------------------------------------------===//
// chip.route
//===----------------------------------------------------------------------===//

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %h = chip.core 0 "hidden"
  // expected-error @+1 {{'chip.route' op a route joins two different cores}}
  chip.route %h -> %h ["rec"]
}

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %h = chip.core 0 "hidden"
  %o = chip.core 1 "output"
  // expected-error @+1 {{'chip.route' op attribute 'synapses' failed to satisfy constraint: string array attribute}}
  chip.route %h -> %o [1]
}

// -----

"chip.device"() <{dt = 1.0e-03 : f64, target = "xylo-audio2"}> ({
  %h = "chip.core"() <{index = 0 : i64, kind = "hidden"}> : () -> !chip.core
  %p = "chip.population"() <{model = #chip<neuron_model lif>, name = "p", nir_op = "nir.lif", params = {}, shape = array<i64: 2>}> : () -> !chip.neurons<2>
  // expected-error @+1 {{'chip.route' op operand #1 must be a physical core of the device, but got '!chip.neurons<2>'}}
  "chip.route"(%h, %p) <{synapses = []}> : (!chip.core, !chip.neurons<2>) -> ()
}) : () -> ()

//===----------------------------------------------------------------------===//
// chip.output
//===----------------------------------------------------------------------===//

// -----

chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %x = "test.neurons"() : () -> !chip.neurons<2>
  // expected-error @+1 {{'chip.output' op reads a chip.input or chip.population}}
  chip.output "out" %x : !chip.neurons<2>
}

// -----

"chip.device"() <{dt = 1.0e-03 : f64, target = "xylo-audio2"}> ({
  %h = "chip.core"() <{index = 0 : i64, kind = "hidden"}> : () -> !chip.core
  // expected-error @+1 {{'chip.output' op operand #0 must be a group of neurons or input channels, but got '!chip.core'}}
  "chip.output"(%h) <{name = "out"}> : (!chip.core) -> ()
}) : () -> ()

//===----------------------------------------------------------------------===//
// Regressions: verifier bugs found by these tests, now fixed.
//===----------------------------------------------------------------------===//

// -----

// offset + size must not wrap: a slice at INT64_MAX is far beyond the pool.
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %h = chip.core 0 "hidden"
  %p = chip.population "p" lif [2] {nir_op = "nir.lif", params = {}} : !chip.neurons<2>
  // expected-error @+1 {{'chip.slice' op starts at neuron 9223372036854775807 on core 0, which holds 1000 on Xylo Audio 2}}
  chip.slice %p[0 : 2] on %h at 9223372036854775807 : !chip.neurons<2>
}

// -----

// Slices are checked on their own before the device checks them per core:
// a negative offset is the constraint's error, not an overlap.
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %h = chip.core 0 "hidden"
  %p = chip.population "p" lif [2] {nir_op = "nir.lif", params = {}} : !chip.neurons<2>
  // expected-error @+1 {{'chip.slice' op attribute 'offset' failed to satisfy constraint: 64-bit signless integer attribute whose value is non-negative}}
  chip.slice %p[0 : 2] on %h at -4 : !chip.neurons<2>
}

// -----

// Likewise a range beyond its population is a bad range, not an overflow.
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  %h = chip.core 0 "hidden"
  %p = chip.population "p" lif [2] {nir_op = "nir.lif", params = {}} : !chip.neurons<2>
  // expected-error @+1 {{'chip.slice' op range [0, 5) is not a non-empty part of a population of 2}}
  chip.slice %p[0 : 5] on %h at 998 : !chip.neurons<2>
}

// -----

// Output sizes use floor division: a 3x3 kernel on a 2x2 input gives no
// output row (truncation toward zero used to say 1).
chip.device "speck" attributes {dt = 1.0e-03 : f64} {
  %in = chip.input "in" [1, 2, 2] : !chip.neurons<4>
  %p = chip.population "p" if [1, 1, 1] {nir_op = "nir.if", params = {}} : !chip.neurons<1>
  // expected-error @+1 {{'chip.synapses' op conv2d output axis 0 has 1 neurons; stride 2 and padding 0 give 0}}
  chip.synapses "c" conv2d %in -> %p {nir_op = "nir.conv2d",
      stride = array<i64: 2, 2>, padding = array<i64: 0, 0>,
      weight = dense<1.0> : tensor<1x1x3x3xf64>} : !chip.neurons<4> -> !chip.neurons<1>
}

// -----

// A shape product must not wrap: 2^32 * (2^32 + 1) used to equal 2^32.
chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+1 {{'chip.input' op shape [4294967296, 4294967297] holds more than 2^40 elements}}
  %in = chip.input "in" [4294967296, 4294967297] : !chip.neurons<4294967296>
}

// -----

// The device takes no arguments on its body: a !chip.core argument would be
// a core no chip.core declares, escaping the capacity check (offset 5000
// here) and crashing chip-verify-fit on routes from it.
// expected-error @+1 {{'chip.device' op region should have no arguments}}
"chip.device"() <{dt = 1.0e-03 : f64, target = "xylo-audio2"}> ({
^bb0(%c: !chip.core):
  %p = "chip.population"() <{model = #chip<neuron_model lif>, name = "p", nir_op = "nir.lif", params = {}, shape = array<i64: 2>}> : () -> !chip.neurons<2>
  "chip.slice"(%p, %c) <{begin = 0 : i64, end = 2 : i64, offset = 5000 : i64}> : (!chip.neurons<2>, !chip.core) -> ()
}) : () -> ()

// -----

chip.device "loihi2" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+2 {{a scale must be a positive, finite number of chip units per NIR unit, not 0}}
  %h = chip.population "h" lif [1] {nir_op = "nir.lif", params = {},
      scale = #chip.scale<0.0, "nothing">} : !chip.neurons<1>
}

// -----

chip.device "xylo-imu" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+2 {{a weight shift must not be negative, not -1}}
  %h = chip.population "h" lif [1] {nir_op = "nir.lif", params = {},
      scale = #chip.scale<1.0, "the largest weight", shift -1>} : !chip.neurons<1>
}

// -----

chip.device "xylo-imu" attributes {dt = 1.0e-03 : f64} {
  // expected-error @+3 {{expected string}}
  // expected-error @+2 {{failed to parse Chip_ScaleAttr parameter 'boundBy' which is to be a `::llvm::StringRef`}}
  %h = chip.population "h" lif [1] {nir_op = "nir.lif", params = {},
      scale = #chip.scale<1.0, shift 2>} : !chip.neurons<1>
}
