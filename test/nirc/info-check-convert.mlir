// nirc info, check and convert on the bundled example and on bad input.

// RUN: nirc info %nirc_src/examples/recurrent-lif.mlir | FileCheck %s --check-prefix=INFO
// INFO: node                         type       input          output         parameters dtype
// INFO-NEXT: input                        input      -              [2]                     0
// INFO-NEXT: w_in                         affine     [2]            [3]                     9 f32
// INFO-NEXT: hidden                       lif        [3]            [3]                    15 f64
// INFO: edges:
// INFO: w_rec -> hidden
// INFO: hidden -> w_rec

// RUN: nirc check %nirc_src/examples/recurrent-lif.mlir | FileCheck %s --check-prefix=VALID
// VALID: recurrent-lif.mlir: valid NIR graph

// RUN: not nirc check %S/../Target/NIR/Inputs/shape_mismatch.nir 2>&1 | FileCheck %s --check-prefix=INVALID
// INVALID: shape_mismatch.nir:0:0: error: 'nir.lif' op "lif": input shape [2] does not match the shape [3] of 'r'

// RUN: not nirc check %t.does-not-exist.nir 2>&1 | FileCheck %s --check-prefix=NOFILE
// NOFILE: does-not-exist.nir:0:0: error: cannot read: No such file or directory

// .mlir -> .nir -> .mlir keeps the graph.
// RUN: nirc convert %nirc_src/examples/recurrent-lif.mlir %t.nir
// RUN: nirc convert %t.nir %t.mlir
// RUN: FileCheck %s --check-prefix=CONVERT < %t.mlir
// CONVERT: module attributes {nir.version = "1.0.8"}
// CONVERT: nir.lif "hidden"(%{{.+}}, %{{.+}}) {{.*}} : (!nir.signal<3>, !nir.signal<3>) -> !nir.signal<3>

// A failed conversion leaves an existing output as it was, and creates none.
// RUN: echo previous > %t.kept.nir
// RUN: not nirc convert %s %t.kept.nir 2>&1 | FileCheck %s --check-prefix=FAILED
// RUN: FileCheck %s --check-prefix=KEPT < %t.kept.nir
// RUN: rm -f %t.none.nir
// RUN: not nirc convert %s %t.none.nir
// RUN: not test -e %t.none.nir
// FAILED: error: cannot export to .nir: the shape of node "out" is not known
// KEPT: previous

nir.graph {
  %p = nir.sum_pool2d "pool" {kernel_size = array<i64: 2, 2>,
      stride = array<i64: 2, 2>, padding = array<i64: 0, 0>} : () -> !nir.signal<*>
  %o = nir.output "out"(%p) : (!nir.signal<*>) -> !nir.signal<*>
}
