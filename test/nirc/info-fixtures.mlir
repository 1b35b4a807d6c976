// nirc on the real files.
// REQUIRES: nir-fixtures

// RUN: nirc info %fixtures/cnn_sinabs.nir | FileCheck %s --check-prefix=CNN
// CNN: version:  0.2.0
// CNN: 0                            conv2d     [2, 34, 34]    [16, 16, 16]            816 f32
// CNN: 8                            flatten    [8, 4, 4]      [128]                     0

// RUN: not nirc check %fixtures/braille_noDelay_bias_zero_subgraph.nir 2>&1 | FileCheck %s --check-prefix=DANGLING
// DANGLING: did you mean 'lif1'?
// RUN: nirc check --nir-repair-edges %fixtures/braille_noDelay_bias_zero_subgraph.nir 2>&1 | FileCheck %s --check-prefix=REPAIRED
// REPAIRED: warning: node 'lif1', field 'edges': edge input -> lif names missing node 'lif'; repaired to 'lif1'
// REPAIRED: valid NIR graph

// RUN: nirc info %fixtures/braille_noDelay_bias_zero_subgraph.nir --nir-repair-edges 2>/dev/null | FileCheck %s --check-prefix=NESTED
// NESTED: lif1                         NIRGraph   [38]           [38]
// NESTED-NEXT:   input                      input      -              [38]
// NESTED: lif1/lin -> lif1/lif1
