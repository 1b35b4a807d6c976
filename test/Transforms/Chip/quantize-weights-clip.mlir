// RUN: nir-opt %s --pass-pipeline='builtin.module(chip.device(chip-quantize-weights))' -split-input-file -verify-diagnostics
// RUN: nir-opt %s --pass-pipeline='builtin.module(chip.device(chip-quantize-weights{allow-saturation}))' 2>&1 | FileCheck %s --check-prefix=CLIPPED
// Weights that do not fit at the scale a population carries (written by
// hand: the policy never chooses one they overflow) are an error, or,
// with allow-saturation, clipped with a warning: Speck's 8 bits at scale
// 200 hold 0.5 (100) but not 1.0 (200) or -1.0 (-200).
// CLIPPED: warning: 'nir.linear' "x->o": 2 weights exceed Speck's range [-128, 127] at scale 200; clipped
// CLIPPED: qweight = dense<{{\[\[}}127, 100], [50, -128]]>
chip.device "speck" attributes {dt = 1.0e-03 : f64} {
  %x = chip.input "x" [2] : !chip.neurons<2>
  %o = chip.population "o" if [2] {nir_op = "nir.if", params = {
      r = dense<1.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>},
      scale = #chip.scale<200.0, "hand-written">} : !chip.neurons<2>
  // expected-error @+1 {{'nir.linear' "x->o": 2 weights exceed Speck's range [-128, 127] at scale 200}}
  chip.synapses "x->o" dense %x -> %o {nir_op = "nir.linear",
      weight = dense<[[1.0, 0.5], [0.25, -1.0]]> : tensor<2x2xf64>} : !chip.neurons<2> -> !chip.neurons<2>
  chip.output "out" %o : !chip.neurons<2>
}
