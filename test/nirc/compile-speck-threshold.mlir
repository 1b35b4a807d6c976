// A threshold that quantises to zero. Speck rejects v_threshold <= 0
// because it "spikes at threshold_high" (compile-speck-quantize.mlir); a
// positive v_threshold so small next to the weights that
// round(v_threshold · scale) = 0 gives the same threshold_high = 0 and must
// not map silently either.

// RUN: rm -rf %t && split-file %s %t

// Weights [1, -0.5, 0.25, 0]: scale = min(127/1, 32767/0.003) = 127, and
// threshold_high = round(0.003 · 127) = round(0.381) = 0.
// RUN: not nirc compile %t/tiny.mlir --target speck -o %t/tiny.json 2>&1 | FileCheck %s --check-prefix=TINY
// TINY: error: 'nir.if' "s": {{.*}}threshold
// TINY: nirc compile: {{.*}}tiny.mlir does not map onto Speck
// RUN: not test -e %t/tiny.json

//--- tiny.mlir
nir.graph "tiny" {
  %in = nir.input "in" : !nir.signal<2>
  %w = nir.linear "w"(%in) {weight = dense<[[1.0, -0.5], [0.25, 0.0]]> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<*>
  %s = nir.if "s"(%w) {r = dense<1.0> : tensor<2xf64>, v_threshold = dense<0.003> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<*>) -> !nir.signal<2>
  %o = nir.output "out"(%s) : (!nir.signal<2>) -> !nir.signal<*>
}
