// Export of hand-written IR: legacy encodings (f16, int16, metadata, 0-d
// parameters, an empty edge list) survive import -> export -> import.

// RUN: for f in no_version_no_reset fixed_strings_metadata gzip_f16_int empty_edges; do \
// RUN:   nir-translate --import-nir %S/Inputs/$f.nir -o %t.$f.1.mlir && \
// RUN:   nir-translate --export-nir %t.$f.1.mlir -o %t.$f.nir && \
// RUN:   nir-translate --import-nir %t.$f.nir -o %t.$f.2.mlir && \
// RUN:   sed -i -e 's/nir.version = "[^"]*"/nir.version = V/' -e 's/^module {/module attributes {nir.version = V} {/' %t.$f.1.mlir %t.$f.2.mlir && \
// RUN:   diff %t.$f.1.mlir %t.$f.2.mlir && echo "identical $f" || exit 1; \
// RUN: done | FileCheck %s
// CHECK: identical no_version_no_reset
// CHECK: identical fixed_strings_metadata
// CHECK: identical gzip_f16_int
// CHECK: identical empty_edges

// The bundled example, with a nested graph and a 0-d population.
// RUN: nir-opt %s --nir-infer-types | nir-translate --export-nir -o %t.example.nir
// RUN: nir-translate --import-nir %t.example.nir | FileCheck %s --check-prefix=EXAMPLE
// Nodes come in graph order: the Input, then along the edges, then the
// unconnected population.
// EXAMPLE: nir.graph {
// EXAMPLE: %[[X:.+]] = nir.input "x" : !nir.signal<2>
// EXAMPLE: %[[SUB:.+]] = nir.graph "rec"(%[[X]] : !nir.signal<2>) -> !nir.signal<2> {
// EXAMPLE: nir.output "y"(%[[SUB]])
// EXAMPLE: nir.lif "scalar" {{.*}}tensor<f32>{{.*}} : () -> !nir.signal<>

nir.graph "example" {
  %x = nir.input "x" : !nir.signal<2>
  %rec = nir.graph "rec"(%x : !nir.signal<2>) -> !nir.signal<*> {
    %p = nir.input "in" : !nir.signal<2>
    %s = nir.li "li"(%p, %s) {tau = dense<[1.0e-2, 2.0e-2]> : tensor<2xf64>,
        r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>}
        : (!nir.signal<2>, !nir.signal<2>) -> !nir.signal<2>
    %o = nir.output "out"(%s) : (!nir.signal<2>) -> !nir.signal<*>
  }
  %scalar = nir.lif "scalar" {tau = dense<1.0e-3> : tensor<f32>,
      r = dense<1.0> : tensor<f32>, v_leak = dense<0.0> : tensor<f32>,
      v_threshold = dense<1.0> : tensor<f32>, v_reset = dense<0.0> : tensor<f32>}
      : () -> !nir.signal<>
  %y = nir.output "y"(%rec) : (!nir.signal<*>) -> !nir.signal<*>
}
