// The JSON types of Speck's layer flags: leak_enable and return_to_zero are
// booleans in the mapped IR (`leak_enable = true`), so they are JSON
// booleans in the target description (samna's CNNLayerConfig.leak_enable
// and return_to_zero are bools), not the integers 0 and -1 an i1 gives when
// read with IntegerAttr::getInt().

// RUN: rm -rf %t && split-file %s %t
// RUN: nirc compile %t/flags.mlir --target speck -o %t/flags.json --emit-mlir %t/flags.chip.mlir 2> %t/flags.log
// RUN: FileCheck %s --check-prefix=CHIP < %t/flags.chip.mlir
// RUN: FileCheck %s --check-prefix=JSON < %t/flags.json

// "leaky" has a bias (0.5 at scale 127/0.5 = 254: 127), "plain" none.
// CHIP: chip.population "leaky" {{.*}}biases = dense<127> : tensor<1xi64>, leak_enable = true, return_to_zero = true,
// CHIP: chip.population "plain" {{.*}}biases = dense<0> : tensor<1xi64>, leak_enable = false, return_to_zero = true,

// JSON:      "name": "leaky",
// JSON:      "registers": {
// JSON-NEXT:   "biases": [127,127],
// JSON-NEXT:   "leak_enable": true,
// JSON-NEXT:   "return_to_zero": true,
// JSON:      "name": "plain",
// JSON:      "registers": {
// JSON-NEXT:   "biases": [0,0],
// JSON-NEXT:   "leak_enable": false,
// JSON-NEXT:   "return_to_zero": true,

//--- flags.mlir
nir.graph "flags" {
  %in = nir.input "in" : !nir.signal<2>
  %a = nir.affine "wa"(%in) {weight = dense<0.5> : tensor<2x2xf32>, bias = dense<0.5> : tensor<2xf32>} : (!nir.signal<2>) -> !nir.signal<*>
  %s = nir.if "leaky"(%a) {r = dense<1.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<*>) -> !nir.signal<2>
  %b = nir.linear "wb"(%s) {weight = dense<0.5> : tensor<2x2xf32>} : (!nir.signal<2>) -> !nir.signal<*>
  %t = nir.if "plain"(%b) {r = dense<1.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>, v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<*>) -> !nir.signal<2>
  %o = nir.output "out"(%t) : (!nir.signal<2>) -> !nir.signal<*>
}
