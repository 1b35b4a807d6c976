// nirc draw writes the graph as Graphviz DOT (-o FILE.dot or -), or lays it
// out with Graphviz's dot (-o FILE.svg|png|pdf: draw-svg.mlir). What the DOT
// holds is tested in test/Target/Graphviz.

// RUN: nirc draw %S/Inputs/nested-recurrent.mlir -o - | FileCheck %s
// CHECK: digraph "net" {
// CHECK: subgraph "cluster_block/" {
// CHECK: "w_rec" -> "block/input" [style=dashed, color=firebrick, constraint=false];

// The same text, written whole through a temporary file.
// RUN: nirc draw %S/Inputs/nested-recurrent.mlir -o %t.dot
// RUN: FileCheck %s < %t.dot

// Bad input: a clear error, a non-zero exit, and no file.
// RUN: rm -f %t.out.svg %t.out.dot
// RUN: not nirc draw %t.missing.mlir -o %t.out.svg 2>&1 | FileCheck %s --check-prefix=MISSING
// RUN: not test -e %t.out.svg
// MISSING: error: cannot open input file '{{.*}}missing.mlir': No such file or directory
// RUN: not nirc draw %S/Inputs/hostile/hdf5-segfault.nir -o %t.out.dot 2>&1 | FileCheck %s --check-prefix=HOSTILE
// RUN: not test -e %t.out.dot
// HOSTILE: hdf5-segfault.nir:0:0: error: reading the file crashed the HDF5 library
// RUN: not nirc draw %S/Inputs/nested-recurrent.mlir -o %t.out.jpeg 2>&1 | FileCheck %s --check-prefix=FORMAT
// RUN: not test -e %t.out.jpeg
// FORMAT: error: cannot draw {{.*}}.out.jpeg: unknown format '.jpeg'; use .svg, .png, .pdf or .dot

// Without Graphviz, the error says what to install; an existing file stays.
// RUN: echo previous > %t.out.svg
// RUN: not env PATH=%t.no-such-dir nirc draw %S/Inputs/nested-recurrent.mlir -o %t.out.svg 2>&1 | FileCheck %s --check-prefix=NO-DOT
// RUN: FileCheck %s --check-prefix=PREVIOUS < %t.out.svg
// NO-DOT: error: cannot draw {{.*}}.out.svg: Graphviz's `dot` is not on PATH (Debian: apt-get install graphviz); -o FILE.dot writes the graph without it
// PREVIOUS: previous
