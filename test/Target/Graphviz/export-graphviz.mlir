// The graph as Graphviz DOT: a node per NIR node named by its path, nested
// graphs as clusters, the edges that close a cycle dashed and unranked.

// RUN: nir-translate --export-graphviz %S/../../nirc/Inputs/nested-recurrent.mlir | FileCheck %s
// CHECK: digraph "net" {
// CHECK: "w_rec" [label="w_rec\nlinear [2]", shape=box];
// CHECK: "x" [label="x\ninput [2]", shape=ellipse];
// CHECK: subgraph "cluster_block/" {
// CHECK-NEXT: label="block";
// CHECK: "block/input" [label="input\ninput [2]", shape=ellipse];
// CHECK: "block/lif" [label="lif\nlif [2]", shape=box];
// CHECK: "block/output" [label="output\noutput [2]", shape=ellipse];
// Edges inside the cluster, then the outer ones: into the nested graph's
// nir.input, out of its nir.output. The edge that closes the cycle is found
// by following the edges from the input, whatever the order of the ops.
// CHECK: "block/input" -> "block/lif";
// CHECK: "block/lif" -> "block/output";
// CHECK: "block/output" -> "w_rec";
// CHECK: "x" -> "block/input";
// CHECK: "w_rec" -> "block/input" [style=dashed, color=firebrick, constraint=false];
// CHECK: "block/output" -> "y";
// CHECK-NOT: dashed
// CHECK: }

// The bundled example: only the inhibitory feedback is recurrent.
// RUN: nir-translate --export-graphviz %S/../../../examples/recurrent-lif.mlir | FileCheck %s --check-prefix=EXAMPLE
// EXAMPLE: digraph "recurrent_lif" {
// EXAMPLE-DAG: "input" -> "w_in";
// EXAMPLE-DAG: "w_in" -> "hidden";
// EXAMPLE-DAG: "w_rec" -> "hidden" [style=dashed, color=firebrick, constraint=false];
// EXAMPLE-DAG: "hidden" -> "w_rec";
// EXAMPLE-DAG: "hidden" -> "readout";
// EXAMPLE-DAG: "readout" -> "output";
