// The README's main job on the bundled example: it parses, verifies, has its
// open shapes inferred, and round-trips.
// RUN: nir-opt %nirc_src/examples/recurrent-lif.mlir --nir-infer-types --verify-roundtrip | FileCheck %s

// CHECK-LABEL: nir.graph "recurrent_lif"
// CHECK: %[[X:.+]] = nir.input "input" : !nir.signal<2>
// CHECK: %[[IN:.+]] = nir.affine "w_in"(%[[X]])
// CHECK: %[[SPIKES:.+]] = nir.lif "hidden"(%[[IN]], %[[REC:.+]]) {{.*}} : (!nir.signal<3>, !nir.signal<3>) -> !nir.signal<3>
// CHECK: %[[REC]] = nir.linear "w_rec"(%[[SPIKES]])
// CHECK: %[[OUT:.+]] = nir.li "readout"(%[[SPIKES]])
// CHECK: nir.output "output"(%[[OUT]]) : (!nir.signal<3>) -> !nir.signal<3>
