// nirc draw lays a graph out with Graphviz's dot: the nested graph is a
// cluster, the recurrent edge a dashed line.
// REQUIRES: graphviz

// RUN: nirc draw %S/Inputs/nested-recurrent.mlir -o %t.svg
// RUN: FileCheck %s < %t.svg
// CHECK: <svg
// CHECK: <title>cluster_block/</title>
// CHECK: <title>w_rec&#45;&gt;block/input</title>
// CHECK-NEXT: stroke-dasharray

// RUN: nirc draw %S/Inputs/nested-recurrent.mlir -o %t.png
// RUN: head -c 4 %t.png | FileCheck %s --check-prefix=PNG
// PNG: PNG
