// nirc draw writes the graph as Graphviz DOT (-o FILE.dot or -), or lays it
// out with Graphviz's dot (-o FILE.svg|png|pdf). This file is the model: a
// nested graph (a cluster) and a recurrent edge (dashed, not ranked).

// RUN: nirc draw %s -o - | FileCheck %s
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

// The same text, written whole through a temporary file.
// RUN: nirc draw %s -o %t.dot
// RUN: FileCheck %s < %t.dot

// Laid out by Graphviz: draw-svg.mlir.

// Bad input: a clear error, a non-zero exit, and no file.
// RUN: rm -f %t.out.svg %t.out.dot
// RUN: not nirc draw %t.missing.mlir -o %t.out.svg 2>&1 | FileCheck %s --check-prefix=MISSING
// RUN: not test -e %t.out.svg
// MISSING: error: cannot open input file '{{.*}}missing.mlir': No such file or directory
// RUN: not nirc draw %S/Inputs/hostile/hdf5-segfault.nir -o %t.out.dot 2>&1 | FileCheck %s --check-prefix=HOSTILE
// RUN: not test -e %t.out.dot
// HOSTILE: hdf5-segfault.nir:0:0: error: reading the file crashed the HDF5 library
// RUN: not nirc draw %s -o %t.out.jpeg 2>&1 | FileCheck %s --check-prefix=FORMAT
// FORMAT: error: cannot draw {{.*}}.out.jpeg: unknown format '.jpeg'; use .svg, .png, .pdf or .dot

// Without Graphviz, the error says what to install; an existing file stays.
// RUN: echo previous > %t.out.svg
// RUN: not env PATH=%t.no-such-dir nirc draw %s -o %t.out.svg 2>&1 | FileCheck %s --check-prefix=NO-DOT
// RUN: FileCheck %s --check-prefix=PREVIOUS < %t.out.svg
// NO-DOT: error: cannot draw {{.*}}.out.svg: Graphviz's `dot` is not on PATH (Debian: apt-get install graphviz); -o FILE.dot writes the graph without it
// PREVIOUS: previous

nir.graph "net" {
  %rec = nir.linear "w_rec"(%block) {weight = dense<-0.5> : tensor<2x2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %x = nir.input "x" : !nir.signal<2>
  %block = nir.graph "block"(%x, %rec : !nir.signal<2>, !nir.signal<2>) -> !nir.signal<2> {
    %p = nir.input "input" : !nir.signal<2>
    %l = nir.lif "lif"(%p) {tau = dense<1.0e-3> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
        v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
        v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
    %o = nir.output "output"(%l) : (!nir.signal<2>) -> !nir.signal<2>
  }
  %y = nir.output "y"(%block) : (!nir.signal<2>) -> !nir.signal<2>
}
