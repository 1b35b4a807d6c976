// A feed-forward NIR graph mapped onto Loihi 2 and written as a lava-dl netx
// network: layer 0 is the input (shape only, so netx's first Dense block
// takes the host's spikes), then one dense layer per population, each with
// its CUBA neuron. nirc compile --netx writes the same bytes.

// RUN: nir-opt %s --nir-map-to-chip='target=loihi2 dt=1e-3' -o %t.mlir 2>/dev/null
// RUN: nir-translate --export-chip-netx %t.mlir -o %t.net 2>&1 | FileCheck %s --check-prefix=WARN
// RUN: h5dump %t.net | FileCheck %s
// RUN: nirc compile %s --target loihi2 --dt 1e-3 --netx %t.compiled.net 2>/dev/null
// RUN: cmp %t.net %t.compiled.net

// Other chips have no netx form.
// RUN: nir-opt %s --nir-map-to-chip='target=spinnaker2 dt=1e-3' 2>/dev/null | not nir-translate --export-chip-netx -o %t.s2.net 2>&1 | FileCheck %s --check-prefix=TARGET
// TARGET: error: cannot export to netx: netx networks run on Loihi 2 (target 'loihi2'), but this device targets 'spinnaker2'

// "fc1" into "hidden": 8-bit MIXED mantissas [[85, -42, 21], [11, 95, -64]]
// at weight_exp -2, i.e. k/2 a_in units each. netx holds whole units, so the
// layer is written at twice the chip's scale: weights k, vThMant 2 * 1024,
// w_scale 2 * 1024. Its bias, bias_mant [187, -69] << 0 LSBs, is then
// [5.84, -2.16] units and is rounded to [6, -2], with a warning.
// WARN: warning: 'nir.cuba_lif' "hidden": netx holds the bias in whole a_in units (bias_mant at bias_exp 6), 32 LSBs of the chip's v at this layer's scale, so a bias of -69 LSBs becomes -2 units, 7.25% off
// WARN-NOT: warning

// "fc2" into "out": mantissas [[125, -125], [62, 62]] at weight_exp 1, i.e.
// 4k units each, up to 500, beyond netx's 8-bit weights; written at half
// the chip's scale: weights 2k, vThMant 1024 / 2.

// CHECK:      GROUP "/" {
// CHECK-NEXT:    ATTRIBUTE "dt" {
// CHECK-NEXT:       DATATYPE  H5T_IEEE_F64LE
// CHECK-NEXT:       DATASPACE  SCALAR
// CHECK-NEXT:       DATA {
// CHECK-NEXT:       (0): 0.001
// CHECK:         ATTRIBUTE "generator" {
// CHECK:            DATA {
// CHECK-NEXT:       (0): "nirc"
// CHECK:         ATTRIBUTE "target" {
// CHECK:            DATA {
// CHECK-NEXT:       (0): "loihi2"
// CHECK:         GROUP "layer" {

// Layer 0: the input, its NIR shape and no neuron.
// CHECK-NEXT:       GROUP "0" {
// CHECK-NEXT:          ATTRIBUTE "nir_node" {
// CHECK-NEXT:             DATATYPE  H5T_STRING {
// CHECK-NEXT:                STRSIZE H5T_VARIABLE;
// CHECK-NEXT:                STRPAD H5T_STR_NULLTERM;
// CHECK-NEXT:                CSET H5T_CSET_UTF8;
// CHECK-NEXT:                CTYPE H5T_C_S1;
// CHECK-NEXT:             }
// CHECK-NEXT:             DATASPACE  SCALAR
// CHECK-NEXT:             DATA {
// CHECK-NEXT:             (0): "x"
// CHECK-NEXT:             }
// CHECK-NEXT:          }
// CHECK-NEXT:          DATASET "shape" {
// CHECK-NEXT:             DATATYPE  H5T_STD_I64LE
// CHECK-NEXT:             DATASPACE  SIMPLE { ( 1 ) / ( 1 ) }
// CHECK-NEXT:             DATA {
// CHECK-NEXT:             (0): 3
// CHECK-NEXT:             }
// CHECK-NEXT:          }
// CHECK-NEXT:          DATASET "type" {
// CHECK-NEXT:             DATATYPE  H5T_STRING {
// CHECK-NEXT:                STRSIZE 10;
// CHECK-NEXT:                STRPAD H5T_STR_NULLPAD;
// CHECK-NEXT:                CSET H5T_CSET_ASCII;
// CHECK-NEXT:                CTYPE H5T_C_S1;
// CHECK-NEXT:             }
// CHECK-NEXT:             DATASPACE  SIMPLE { ( 1 ) / ( 1 ) }
// CHECK-NEXT:             DATA {
// CHECK-NEXT:             (0): "input\000\000\000\000\000"
// CHECK-NEXT:             }
// CHECK-NEXT:          }
// CHECK-NEXT:       }

// Layer 1: "fc1" into the CUBA-LIF "hidden".
// CHECK-NEXT:       GROUP "1" {
// CHECK-NEXT:          ATTRIBUTE "nir_node" {
// CHECK:                  (0): "hidden"
// CHECK:               ATTRIBUTE "nir_synapses" {
// CHECK:                  (0): "fc1"
// CHECK:               ATTRIBUTE "w_scale" {
// CHECK-NEXT:             DATATYPE  H5T_IEEE_F64LE
// CHECK-NEXT:             DATASPACE  SCALAR
// CHECK-NEXT:             DATA {
// CHECK-NEXT:             (0): 2048
// CHECK-NEXT:             }
// CHECK-NEXT:          }
// CHECK-NEXT:          DATASET "bias" {
// CHECK-NEXT:             DATATYPE  H5T_IEEE_F32LE
// CHECK-NEXT:             DATASPACE  SIMPLE { ( 2 ) / ( 2 ) }
// CHECK-NEXT:             DATA {
// CHECK-NEXT:             (0): 6, -2
// CHECK-NEXT:             }
// CHECK-NEXT:          }
// CHECK-NEXT:          DATASET "inFeatures" {
// CHECK-NEXT:             DATATYPE  H5T_STD_I64LE
// CHECK-NEXT:             DATASPACE  SCALAR
// CHECK-NEXT:             DATA {
// CHECK-NEXT:             (0): 3
// CHECK-NEXT:             }
// CHECK-NEXT:          }
// CHECK-NEXT:          GROUP "neuron" {
// CHECK-NEXT:             DATASET "gradedSpike" {
// CHECK-NEXT:                DATATYPE  H5T_ENUM {
// CHECK-NEXT:                   H5T_STD_I8LE;
// CHECK-NEXT:                   "FALSE"            0;
// CHECK-NEXT:                   "TRUE"             1;
// CHECK-NEXT:                }
// CHECK-NEXT:                DATASPACE  SCALAR
// CHECK-NEXT:                DATA {
// CHECK-NEXT:                (0): FALSE
// CHECK-NEXT:                }
// CHECK-NEXT:             }
// du = 741 (tau_syn = 5 steps).
// CHECK-NEXT:             DATASET "iDecay" {
// CHECK-NEXT:                DATATYPE  H5T_STD_I64LE
// CHECK-NEXT:                DATASPACE  SCALAR
// CHECK-NEXT:                DATA {
// CHECK-NEXT:                (0): 742
// CHECK-NEXT:                }
// CHECK-NEXT:             }
// CHECK-NEXT:             DATASET "refDelay" {
// CHECK-NEXT:                DATATYPE  H5T_STD_I64LE
// CHECK-NEXT:                DATASPACE  SCALAR
// CHECK-NEXT:                DATA {
// CHECK-NEXT:                (0): 1
// CHECK-NEXT:                }
// CHECK-NEXT:             }
// CHECK-NEXT:             DATASET "type" {
// CHECK-NEXT:                DATATYPE  H5T_STRING {
// CHECK-NEXT:                   STRSIZE H5T_VARIABLE;
// CHECK-NEXT:                   STRPAD H5T_STR_NULLTERM;
// CHECK-NEXT:                   CSET H5T_CSET_UTF8;
// CHECK-NEXT:                   CTYPE H5T_C_S1;
// CHECK-NEXT:                }
// CHECK-NEXT:                DATASPACE  SCALAR
// CHECK-NEXT:                DATA {
// CHECK-NEXT:                (0): "CUBA"
// CHECK-NEXT:                }
// CHECK-NEXT:             }
// CHECK-NEXT:             DATASET "vDecay" {
// CHECK-NEXT:                DATATYPE  H5T_STD_I64LE
// CHECK-NEXT:                DATASPACE  SCALAR
// CHECK-NEXT:                DATA {
// CHECK-NEXT:                (0): 390
// CHECK-NEXT:                }
// CHECK-NEXT:             }
// CHECK-NEXT:             DATASET "vThMant" {
// CHECK-NEXT:                DATATYPE  H5T_STD_I64LE
// CHECK-NEXT:                DATASPACE  SCALAR
// CHECK-NEXT:                DATA {
// CHECK-NEXT:                (0): 2048
// CHECK-NEXT:                }
// CHECK-NEXT:             }
// CHECK-NEXT:          }
// CHECK-NEXT:          DATASET "outFeatures" {
// CHECK-NEXT:             DATATYPE  H5T_STD_I64LE
// CHECK-NEXT:             DATASPACE  SCALAR
// CHECK-NEXT:             DATA {
// CHECK-NEXT:             (0): 2
// CHECK-NEXT:             }
// CHECK-NEXT:          }
// CHECK-NEXT:          DATASET "shape" {
// CHECK-NEXT:             DATATYPE  H5T_STD_I64LE
// CHECK-NEXT:             DATASPACE  SIMPLE { ( 1 ) / ( 1 ) }
// CHECK-NEXT:             DATA {
// CHECK-NEXT:             (0): 2
// CHECK-NEXT:             }
// CHECK-NEXT:          }
// CHECK-NEXT:          DATASET "type" {
// CHECK-NEXT:             DATATYPE  H5T_STRING {
// CHECK-NEXT:                STRSIZE 10;
// CHECK:                  (0): "dense\000\000\000\000\000"
// CHECK:               DATASET "weight" {
// CHECK-NEXT:             DATATYPE  H5T_IEEE_F32LE
// CHECK-NEXT:             DATASPACE  SIMPLE { ( 2, 3 ) / ( 2, 3 ) }
// CHECK-NEXT:             DATA {
// CHECK-NEXT:             (0,0): 85, -42, 21,
// CHECK-NEXT:             (1,0): 11, 95, -64
// CHECK-NEXT:             }
// CHECK-NEXT:          }
// CHECK-NEXT:       }

// Layer 2: "fc2" into the LIF "out" (du = 4095: no current state).
// CHECK-NEXT:       GROUP "2" {
// CHECK-NEXT:          ATTRIBUTE "nir_node" {
// CHECK:                  (0): "out"
// CHECK:               ATTRIBUTE "nir_synapses" {
// CHECK:                  (0): "fc2"
// CHECK:               ATTRIBUTE "w_scale" {
// CHECK:                  (0): 512
// CHECK-NOT:           DATASET "bias"
// CHECK:               DATASET "inFeatures" {
// CHECK:                  (0): 2
// CHECK:               GROUP "neuron" {
// CHECK:                  DATASET "gradedSpike" {
// CHECK:                     (0): FALSE
// CHECK:                  DATASET "iDecay" {
// CHECK:                     (0): 4096
// CHECK:                  DATASET "refDelay" {
// CHECK:                     (0): 1
// CHECK:                  DATASET "type" {
// CHECK:                     (0): "CUBA"
// CHECK:                  DATASET "vDecay" {
// CHECK:                     (0): 200
// CHECK:                  DATASET "vThMant" {
// CHECK:                     (0): 512
// CHECK:               DATASET "outFeatures" {
// CHECK:                  (0): 2
// CHECK:               DATASET "shape" {
// CHECK-NEXT:             DATATYPE  H5T_STD_I64LE
// CHECK-NEXT:             DATASPACE  SIMPLE { ( 1 ) / ( 1 ) }
// CHECK-NEXT:             DATA {
// CHECK-NEXT:             (0): 2
// CHECK:               DATASET "type" {
// CHECK:                  (0): "dense\000\000\000\000\000"
// CHECK:               DATASET "weight" {
// CHECK-NEXT:             DATATYPE  H5T_IEEE_F32LE
// CHECK-NEXT:             DATASPACE  SIMPLE { ( 2, 2 ) / ( 2, 2 ) }
// CHECK-NEXT:             DATA {
// CHECK-NEXT:             (0,0): 250, -250,
// CHECK-NEXT:             (1,0): 124, 124
// CHECK-NEXT:             }
// CHECK-NEXT:          }
// CHECK-NEXT:       }
// CHECK-NEXT:    }
// CHECK-NEXT: }
// CHECK-NEXT: }

nir.graph "ff" {
  %x = nir.input "x" : !nir.signal<3>
  %a = nir.affine "fc1"(%x) {
      weight = dense<[[2.4, -1.2, 0.6], [0.3, 2.7, -1.8]]> : tensor<2x3xf32>,
      bias = dense<[0.03, -0.011]> : tensor<2xf32>}
      : (!nir.signal<3>) -> !nir.signal<2>
  %h = nir.cuba_lif "hidden"(%a) {
      tau_syn = dense<0.005> : tensor<2xf64>, tau_mem = dense<0.01> : tensor<2xf64>,
      r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>,
      v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>,
      w_in = dense<1.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %b = nir.linear "fc2"(%h) {weight = dense<[[10.0, -10.0], [5.0, 5.0]]> : tensor<2x2xf32>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %o = nir.lif "out"(%b) {
      tau = dense<0.02> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
      v_leak = dense<0.0> : tensor<2xf64>,
      v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %y = nir.output "y"(%o) : (!nir.signal<2>) -> !nir.signal<*>
}
