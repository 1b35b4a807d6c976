// import -> export -> import gives the same MLIR for every real file: every
// parameter bit (the weights print as hex), node names, edges and metadata.
// Only the layout version changes: nirc writes the current one.
// REQUIRES: nir-fixtures

// RUN: for f in lif_norse lif_rockpool two_lif_neurons cnn_sinabs braille_noDelay_bias_zero braille_noDelay_noBias_subtract braille_noDelay_bias_zero_subgraph braille_noDelay_noBias_subtract_subgraph; do \
// RUN:   nir-translate --import-nir --nir-repair-edges %fixtures/$f.nir -o %t.$f.1.mlir 2>/dev/null && \
// RUN:   nir-translate --export-nir %t.$f.1.mlir -o %t.$f.nir && \
// RUN:   nir-translate --import-nir %t.$f.nir -o %t.$f.2.mlir && \
// RUN:   sed -i 's/nir.version = "[^"]*"/nir.version = V/' %t.$f.1.mlir %t.$f.2.mlir && \
// RUN:   diff %t.$f.1.mlir %t.$f.2.mlir && echo "identical $f" || exit 1; \
// RUN: done | FileCheck %s
// CHECK: identical lif_norse
// CHECK: identical lif_rockpool
// CHECK: identical two_lif_neurons
// CHECK: identical cnn_sinabs
// CHECK: identical braille_noDelay_bias_zero
// CHECK: identical braille_noDelay_noBias_subtract
// CHECK: identical braille_noDelay_bias_zero_subgraph
// CHECK: identical braille_noDelay_noBias_subtract_subgraph

// The export writes today's version and the graph's layout.
// RUN: nir-translate --import-nir %t.lif_norse.nir | FileCheck %s --check-prefix=VERSION
// VERSION: module attributes {nir.version = "1.0.8"}
