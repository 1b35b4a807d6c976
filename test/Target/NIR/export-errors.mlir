// A module that cannot be written fails with a message and leaves no file.

// RUN: rm -f %t.nir
// RUN: not nir-translate --export-nir %s -o %t.nir 2>&1 | FileCheck %s
// RUN: not test -e %t.nir
// CHECK: error: cannot export to .nir: the shape of node "out" is not known (run nir-infer-types)

nir.graph {
  %p = nir.sum_pool2d "pool" {kernel_size = array<i64: 2, 2>,
      stride = array<i64: 2, 2>, padding = array<i64: 0, 0>} : () -> !nir.signal<*>
  %o = nir.output "out"(%p) : (!nir.signal<*>) -> !nir.signal<*>
}
