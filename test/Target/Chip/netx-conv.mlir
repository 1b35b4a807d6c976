// A convolution, flatten and a CUBA leaky-integrator readout as a netx
// network: the conv layer carries inChannels/outChannels/kernelSize/stride/
// padding/dilation/groups and the NIR (C_out, C_in, kH, kW) kernel, a
// `flatten` layer sits between it and the dense readout (netx transposes
// the conv layer's WHC output back to CHW there), and a per-neuron bias is
// written in netx's (W, H, C) order.

// RUN: nir-opt %s --nir-map-to-chip='target=loihi2 dt=1e-3' -o %t.mlir 2>/dev/null
// RUN: nir-translate --export-chip-netx %t.mlir -o %t.net 2>&1 | FileCheck %s --check-prefix=WARN
// RUN: h5dump %t.net | FileCheck %s

// "c1" starts at v = v_leak, which netx cannot say; its bias (1 - α_mem)
// v_leak is not a whole number of a_in units.
// WARN: warning: 'nir.lif' "c1": netx has no initial membrane; Lava starts the layer at v = 0, not at register 'v' = 45875
// WARN: warning: 'nir.lif' "c1": netx holds the bias in whole a_in units (bias_mant at bias_exp 6), 64 LSBs of the chip's v at this layer's scale, so a bias of 624 LSBs becomes 10 units, 2.56% off
// WARN-NOT: warning

// CHECK:      GROUP "layer" {
// CHECK-NEXT:    GROUP "0" {
// CHECK:            (0): "image"
// CHECK:         DATASET "shape" {
// CHECK-NEXT:       DATATYPE  H5T_STD_I64LE
// CHECK-NEXT:       DATASPACE  SIMPLE { ( 3 ) / ( 3 ) }
// CHECK-NEXT:       DATA {
// CHECK-NEXT:       (0): 1, 3, 2
// CHECK:            (0): "input\000\000\000\000\000"

// Mantissas [88, -29] and [20, 59], MIXED at weight_exp -1: whole a_in
// units already, so the layer keeps the chip's scale.
// CHECK:         GROUP "1" {
// CHECK:            (0): "c1"
// CHECK:            (0): "conv"
// CHECK:         ATTRIBUTE "w_scale" {
// CHECK:            (0): 1024
// The bias, bias_mant << bias_exp / 64 rounded, is (C, H, W)
// [[[0, 10], [20, 29]], [[39, 49], [58, 68]]]; netx takes it as (W, H, C).
// CHECK:         DATASET "bias" {
// CHECK-NEXT:       DATATYPE  H5T_IEEE_F32LE
// CHECK-NEXT:       DATASPACE  SIMPLE { ( 2, 2, 2 ) / ( 2, 2, 2 ) }
// CHECK-NEXT:       DATA {
// CHECK-NEXT:       (0,0,0): 0, 39,
// CHECK-NEXT:       (0,1,0): 20, 58,
// CHECK-NEXT:       (1,0,0): 10, 49,
// CHECK-NEXT:       (1,1,0): 29, 68
// CHECK:         DATASET "dilation" {
// CHECK-NEXT:       DATATYPE  H5T_STD_I64LE
// CHECK-NEXT:       DATASPACE  SIMPLE { ( 2 ) / ( 2 ) }
// CHECK-NEXT:       DATA {
// CHECK-NEXT:       (0): 1, 1
// CHECK:         DATASET "groups" {
// CHECK-NEXT:       DATATYPE  H5T_STD_I64LE
// CHECK-NEXT:       DATASPACE  SCALAR
// CHECK-NEXT:       DATA {
// CHECK-NEXT:       (0): 1
// CHECK:         DATASET "inChannels" {
// CHECK-NEXT:       DATATYPE  H5T_STD_I64LE
// CHECK-NEXT:       DATASPACE  SCALAR
// CHECK-NEXT:       DATA {
// CHECK-NEXT:       (0): 1
// CHECK:         DATASET "kernelSize" {
// CHECK-NEXT:       DATATYPE  H5T_STD_I64LE
// CHECK-NEXT:       DATASPACE  SIMPLE { ( 2 ) / ( 2 ) }
// CHECK-NEXT:       DATA {
// CHECK-NEXT:       (0): 2, 1
// CHECK:         GROUP "neuron" {
// CHECK:            DATASET "gradedSpike" {
// CHECK:               (0): FALSE
// CHECK:            DATASET "iDecay" {
// CHECK:               (0): 4096
// CHECK:            DATASET "refDelay" {
// CHECK:               (0): 1
// CHECK:            DATASET "type" {
// CHECK:               (0): "CUBA"
// CHECK:            DATASET "vDecay" {
// CHECK:               (0): 390
// CHECK:            DATASET "vThMant" {
// CHECK:               (0): 1024
// CHECK:         DATASET "outChannels" {
// CHECK-NEXT:       DATATYPE  H5T_STD_I64LE
// CHECK-NEXT:       DATASPACE  SCALAR
// CHECK-NEXT:       DATA {
// CHECK-NEXT:       (0): 2
// CHECK:         DATASET "padding" {
// CHECK-NEXT:       DATATYPE  H5T_STD_I64LE
// CHECK-NEXT:       DATASPACE  SIMPLE { ( 2 ) / ( 2 ) }
// CHECK-NEXT:       DATA {
// CHECK-NEXT:       (0): 0, 0
// CHECK:         DATASET "shape" {
// CHECK-NEXT:       DATATYPE  H5T_STD_I64LE
// CHECK-NEXT:       DATASPACE  SIMPLE { ( 3 ) / ( 3 ) }
// CHECK-NEXT:       DATA {
// CHECK-NEXT:       (0): 2, 2, 2
// CHECK:         DATASET "stride" {
// CHECK-NEXT:       DATATYPE  H5T_STD_I64LE
// CHECK-NEXT:       DATASPACE  SIMPLE { ( 2 ) / ( 2 ) }
// CHECK-NEXT:       DATA {
// CHECK-NEXT:       (0): 1, 1
// CHECK:         DATASET "type" {
// CHECK:            (0): "conv\000\000\000\000\000\000"
// CHECK:         DATASET "weight" {
// CHECK-NEXT:       DATATYPE  H5T_IEEE_F32LE
// CHECK-NEXT:       DATASPACE  SIMPLE { ( 2, 1, 2, 1 ) / ( 2, 1, 2, 1 ) }
// CHECK-NEXT:       DATA {
// CHECK-NEXT:       (0,0,0,0): 88,
// CHECK-NEXT:       (0,0,1,0): -29,
// CHECK-NEXT:       (1,0,0,0): 20,
// CHECK-NEXT:       (1,0,1,0): 59

// CHECK:         GROUP "2" {
// CHECK-NEXT:       DATASET "shape" {
// CHECK-NEXT:          DATATYPE  H5T_STD_I64LE
// CHECK-NEXT:          DATASPACE  SIMPLE { ( 3 ) / ( 3 ) }
// CHECK-NEXT:          DATA {
// CHECK-NEXT:          (0): 8, 1, 1
// CHECK:            DATASET "type" {
// CHECK:               (0): "flatten\000\000\000"

// The readout never fires: vThMant is the largest vth. Its membrane is
// v / (64 w_scale) in NIR units. 6-bit MIXED mantissas 18 and 9 at
// weight_exp 0 add 8 times as much: 144 and 72.
// CHECK:         GROUP "3" {
// CHECK:            (0): "readout"
// CHECK:            (0): "fc"
// CHECK:         ATTRIBUTE "w_scale" {
// CHECK:            (0): 32768
// CHECK-NOT:     DATASET "bias"
// CHECK:         DATASET "inFeatures" {
// CHECK:            (0): 8
// CHECK:            DATASET "iDecay" {
// CHECK:               (0): 742
// CHECK:            DATASET "vDecay" {
// CHECK:               (0): 200
// CHECK:            DATASET "vThMant" {
// CHECK:               (0): 131071
// CHECK:         DATASET "outFeatures" {
// CHECK:            (0): 2
// CHECK:         DATASET "shape" {
// CHECK-NEXT:       DATATYPE  H5T_STD_I64LE
// CHECK-NEXT:       DATASPACE  SIMPLE { ( 1 ) / ( 1 ) }
// CHECK-NEXT:       DATA {
// CHECK-NEXT:       (0): 2
// CHECK:            (0): "dense\000\000\000\000\000"
// CHECK:         DATASET "weight" {
// CHECK-NEXT:       DATATYPE  H5T_IEEE_F32LE
// CHECK-NEXT:       DATASPACE  SIMPLE { ( 2, 8 ) / ( 2, 8 ) }
// CHECK-NEXT:       DATA {
// CHECK-NEXT:       (0,0): 144, 144, 144, 144, 0, 0, 0, 0,
// CHECK-NEXT:       (1,0): 0, 0, 0, 0, 72, -72, 72, -72
// CHECK-NOT:     GROUP "4"

nir.graph "cnn" {
  %x = nir.input "image" : !nir.signal<1x3x2>
  %c = nir.conv2d "conv"(%x) {
      weight = dense<[[[[0.9], [-0.3]]], [[[0.2], [0.6]]]]> : tensor<2x1x2x1xf32>,
      bias = dense<0.0> : tensor<2xf32>,
      stride = array<i64: 1, 1>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64}
      : (!nir.signal<1x3x2>) -> !nir.signal<*>
  %h = nir.lif "c1"(%c) {tau = dense<0.01> : tensor<2x2x2xf64>, r = dense<1.0> : tensor<2x2x2xf64>,
      v_leak = dense<[[[0.0, 0.1], [0.2, 0.3]], [[0.4, 0.5], [0.6, 0.7]]]> : tensor<2x2x2xf64>,
      v_threshold = dense<1.0> : tensor<2x2x2xf64>,
      v_reset = dense<0.0> : tensor<2x2x2xf64>} : (!nir.signal<*>) -> !nir.signal<*>
  %f = nir.flatten "flat"(%h) {start_dim = 0 : i64, end_dim = -1 : i64} : (!nir.signal<*>) -> !nir.signal<*>
  %d = nir.linear "fc"(%f) {weight = dense<[[0.5, 0.5, 0.5, 0.5, 0.0, 0.0, 0.0, 0.0],
                                            [0.0, 0.0, 0.0, 0.0, 0.25, -0.25, 0.25, -0.25]]> : tensor<2x8xf32>}
      : (!nir.signal<*>) -> !nir.signal<*>
  %o = nir.cuba_li "readout"(%d) {tau_syn = dense<0.005> : tensor<2xf64>, tau_mem = dense<0.02> : tensor<2xf64>,
      r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>, w_in = dense<1.0> : tensor<2xf64>}
      : (!nir.signal<*>) -> !nir.signal<*>
  %y = nir.output "y"(%o) : (!nir.signal<*>) -> !nir.signal<*>
}
