// An import followed by an export writes the file's edges in the file's
// order and every integer dataset in its own dtype and shape. The nodes
// stand in graph order: the Inputs, then breadth first along the edges.

// RUN: nir-translate --import-nir %S/Inputs/file_order.nir -o %t.mlir
// RUN: FileCheck %s --check-prefix=IR < %t.mlir
// IR: nir.graph attributes {nir.edge_order = array<i64: 1, 2, 0, 3>} {
// IR-NEXT: %[[IN:.+]] = nir.input "in" {nir.stored_as = {shape = dense<2> : tensor<1xi32>}} : !nir.signal<2>
// IR-NEXT: %[[LIF:.+]] = nir.lif "lif"(%[[REC:.+]], %[[IN]])
// IR-NEXT: nir.output "out"(%[[LIF]])
// IR-NEXT: %[[REC]] = nir.linear "w_rec"(%[[LIF]])

// RUN: nir-translate --export-nir %t.mlir -o %t.nir
// RUN: h5dump -d /node/edges -d /node/nodes/in/shape %t.nir | FileCheck %s --check-prefix=FILE
// FILE:      (0,0): "lif", "out",
// FILE-NEXT: (1,0): "w_rec", "lif",
// FILE-NEXT: (2,0): "in", "lif",
// FILE-NEXT: (3,0): "lif", "w_rec"
// FILE:      DATASET "/node/nodes/in/shape" {
// FILE-NEXT: DATATYPE  H5T_STD_I32LE

// RUN: nirc info %S/Inputs/file_order.nir | FileCheck %s --check-prefix=INFO
// INFO:      {{^}}in input
// INFO-NEXT: {{^}}lif lif
// INFO-NEXT: {{^}}out output
// INFO-NEXT: {{^}}w_rec linear
// INFO:      edges:
// INFO-NEXT:   lif -> out
// INFO-NEXT:   w_rec -> lif
// INFO-NEXT:   in -> lif
// INFO-NEXT:   lif -> w_rec

// What a transformation made stale is ignored: an edge order of another
// length, a stored shape the node no longer has.
// RUN: nir-translate --export-nir %s -o %t.edited.nir
// RUN: h5dump -d /node/edges -d /node/nodes/x/shape %t.edited.nir | FileCheck %s --check-prefix=STALE
// STALE:      (0,0): "x", "y"
// STALE:      DATASET "/node/nodes/x/shape" {
// STALE-NEXT: DATATYPE  H5T_STD_I64LE
// STALE:      (0): 3
nir.graph attributes {nir.edge_order = array<i64: 1, 0>} {
  %x = nir.input "x" {nir.stored_as = {shape = dense<2> : tensor<1xi32>}} : !nir.signal<3>
  %y = nir.output "y"(%x) : (!nir.signal<3>) -> !nir.signal<3>
}
