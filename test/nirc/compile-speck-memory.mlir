// Speck's memories (docs/chips.md §2.2, Sinabs' DynapcnnLayer.memory_summary
// and mapping.get_valid_mapping): a layer takes
//   K = c·2^(ceil log2(kx·ky) + ceil log2 f) kernel entries,
//   N = f·2^(ceil log2 fy + ceil log2 fx) neuron entries,
// and fits core i iff K and N are within its memories:
//   cores 0, 1, 2: K 16Ki, N 64Ki;  3, 4: K 32Ki, N 32Ki;
//   cores 5, 6:    K 64Ki, N 16Ki;  7, 8: K 16Ki, N 16Ki.
// Each limit broken by as little as the formulas allow, and met exactly.
// The big layers are splats; a dense layer from a flat input of c neurons
// to f is a 1x1 kernel, K = c·2^(ceil log2 f).

// RUN: rm -rf %t && split-file %s %t

//===----------------------------------------------------------------------===//
// Kernel memory: 64Ki on the largest cores (5, 6)
//===----------------------------------------------------------------------===//

// 65537 inputs to 1 neuron: K = 65537, one more than any core holds.
// RUN: not nirc compile %t/kernel65537.mlir --target speck 2>&1 | FileCheck %s --check-prefix=KERNEL65537
// KERNEL65537: kernel65537.mlir:4:8: error: 'nir.if' "s": 65537 kernel memory entries exceed Speck's limit of 65536 kernel memory entries on any core
// KERNEL65537: nirc compile: {{.*}}kernel65537.mlir does not map onto Speck

// K = 65536 fits core 5 or 6 only.
// RUN: nirc compile %t/kernel65536.mlir --target speck --emit-mlir %t/kernel65536.chip.mlir 2>&1 | FileCheck %s --check-prefix=ONE-CORE
// RUN: FileCheck %s --check-prefix=KERNEL65536 < %t/kernel65536.chip.mlir
// ONE-CORE: Speck (dt = 0.001 s): 1 of 9 cores used
// KERNEL65536: chip.core {{[56]}} "cnn"
// KERNEL65536-NOT: chip.core

//===----------------------------------------------------------------------===//
// Neuron memory: 64Ki on the largest cores (0, 1, 2)
//===----------------------------------------------------------------------===//

// A 1x1 kernel from 1x16x8 to 513 channels: N = 513·2^(4+3) = 65664, the
// least above 64Ki an output of at most 1024 channels of 64x64 can take
// (f·2^e > 65536 with f <= 1024). K = 1·2^(0+10) = 1024.
// RUN: not nirc compile %t/neuron65664.mlir --target speck 2>&1 | FileCheck %s --check-prefix=NEURON65664
// NEURON65664: error: 'nir.if' "s": 65664 neuron memory entries exceed Speck's limit of 65536 neuron memory entries on any core

// 512 channels: N = 65536 fits cores 0, 1, 2 only.
// RUN: nirc compile %t/neuron65536.mlir --target speck --emit-mlir %t/neuron65536.chip.mlir 2>&1 | FileCheck %s --check-prefix=ONE-CORE
// RUN: FileCheck %s --check-prefix=NEURON65536 < %t/neuron65536.chip.mlir
// NEURON65536: chip.core {{[012]}} "cnn"
// NEURON65536-NOT: chip.core

//===----------------------------------------------------------------------===//
// Both: each memory fits some core, no core has both
//===----------------------------------------------------------------------===//

// 1x1 kernels from 4097 channels of 64x64 to 5: K = 4097·2^(0+3) = 32776
// (cores 5, 6 only), N = 5·2^(6+6) = 20480 (cores 0 to 4 only); the cores
// with 20480 neuron entries hold 32768 kernel entries at most.
// RUN: not nirc compile %t/both.mlir --target speck 2>&1 | FileCheck %s --check-prefix=BOTH
// BOTH: error: 'nir.if' "s": 32776 kernel memory entries (with 20480 neuron memory entries) exceed Speck's limit of 32768 kernel memory entries on a core with 20480 neuron memory entries

// 4096 channels: K = 32768 and N = 20480 fit cores 3, 4 only.
// RUN: nirc compile %t/both-fits.mlir --target speck --emit-mlir %t/both-fits.chip.mlir 2>&1 | FileCheck %s --check-prefix=ONE-CORE
// RUN: FileCheck %s --check-prefix=BOTH-FITS < %t/both-fits.chip.mlir
// BOTH-FITS: chip.core {{[34]}} "cnn"
// BOTH-FITS-NOT: chip.core

//===----------------------------------------------------------------------===//
// Per-core memories: layers that fit only cores 5 and 6
//===----------------------------------------------------------------------===//

// b1, b2, b3: 32769 inputs to 1 neuron each, K = 32769, one more than
// cores 0 to 4 and 7, 8 hold; three such layers for two cores.
// RUN: not nirc compile %t/three-big.mlir --target speck 2>&1 | FileCheck %s --check-prefix=THREE-BIG
// THREE-BIG: error: 'nir.if' "b{{[123]}}": fits only cores 5, 6 of Speck, and no assignment of all layers to cores leaves one free
// THREE-BIG: nirc compile: {{.*}}three-big.mlir does not map onto Speck

// Two of them, after seven small layers that fit any core: the matching
// (not a first fit in graph order, which would give s1 to s7 cores 0 to 6)
// leaves 5 and 6 to b1 and b2, and fills all 9 cores.
// RUN: nirc compile %t/nine.mlir --target speck -o %t/nine.json 2>&1 | FileCheck %s --check-prefix=NINE
// NINE: Speck (dt = 0.001 s): 9 of 9 cores used
// NINE-NEXT: cnn          9 of 9 cores, 9 of 327680 neurons
// RUN: FileCheck %s --check-prefix=NINE-JSON < %t/nine.json
// NINE-JSON: "name": "b1",
// NINE-JSON: "core": {{[56]}},
// NINE-JSON: "name": "b2",
// NINE-JSON: "core": {{[56]}},

//===----------------------------------------------------------------------===//
// Cores: 9, one layer each
//===----------------------------------------------------------------------===//

// Ten layers (eight small, b1 and b2): nine fit, one core short.
// RUN: not nirc compile %t/ten.mlir --target speck 2>&1 | FileCheck %s --check-prefix=TEN
// TEN: error: 'nir.if' "{{[sb][0-9]+}}": 10 cores (one per slice) exceed Speck's limit of 9 cnn cores
// TEN: nirc compile: {{.*}}ten.mlir does not map onto Speck

//--- kernel65537.mlir
nir.graph "kernel65537" {
  %in = nir.input "in" : !nir.signal<65537>
  %w = nir.linear "w"(%in) {weight = dense<0.5> : tensor<1x65537xf32>} : (!nir.signal<65537>) -> !nir.signal<*>
  %s = nir.if "s"(%w) {r = dense<1.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>} : (!nir.signal<*>) -> !nir.signal<1>
  %o = nir.output "out"(%s) : (!nir.signal<1>) -> !nir.signal<*>
}

//--- kernel65536.mlir
nir.graph "kernel65536" {
  %in = nir.input "in" : !nir.signal<65536>
  %w = nir.linear "w"(%in) {weight = dense<0.5> : tensor<1x65536xf32>} : (!nir.signal<65536>) -> !nir.signal<*>
  %s = nir.if "s"(%w) {r = dense<1.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>} : (!nir.signal<*>) -> !nir.signal<1>
  %o = nir.output "out"(%s) : (!nir.signal<1>) -> !nir.signal<*>
}

//--- neuron65664.mlir
nir.graph "neuron65664" {
  %in = nir.input "in" : !nir.signal<1x16x8>
  %c = nir.conv2d "c"(%in) {weight = dense<0.5> : tensor<513x1x1x1xf32>, bias = dense<0.0> : tensor<513xf32>, stride = array<i64: 1, 1>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64} : (!nir.signal<1x16x8>) -> !nir.signal<*>
  %s = nir.if "s"(%c) {r = dense<1.0> : tensor<513x16x8xf64>, v_threshold = dense<1.0> : tensor<513x16x8xf64>, v_reset = dense<0.0> : tensor<513x16x8xf64>} : (!nir.signal<*>) -> !nir.signal<513x16x8>
  %o = nir.output "out"(%s) : (!nir.signal<513x16x8>) -> !nir.signal<*>
}

//--- neuron65536.mlir
nir.graph "neuron65536" {
  %in = nir.input "in" : !nir.signal<1x16x8>
  %c = nir.conv2d "c"(%in) {weight = dense<0.5> : tensor<512x1x1x1xf32>, bias = dense<0.0> : tensor<512xf32>, stride = array<i64: 1, 1>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64} : (!nir.signal<1x16x8>) -> !nir.signal<*>
  %s = nir.if "s"(%c) {r = dense<1.0> : tensor<512x16x8xf64>, v_threshold = dense<1.0> : tensor<512x16x8xf64>, v_reset = dense<0.0> : tensor<512x16x8xf64>} : (!nir.signal<*>) -> !nir.signal<512x16x8>
  %o = nir.output "out"(%s) : (!nir.signal<512x16x8>) -> !nir.signal<*>
}

//--- both.mlir
nir.graph "both" {
  %in = nir.input "in" : !nir.signal<4097x64x64>
  %c = nir.conv2d "c"(%in) {weight = dense<0.5> : tensor<5x4097x1x1xf32>, bias = dense<0.0> : tensor<5xf32>, stride = array<i64: 1, 1>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64} : (!nir.signal<4097x64x64>) -> !nir.signal<*>
  %s = nir.if "s"(%c) {r = dense<1.0> : tensor<5x64x64xf64>, v_threshold = dense<1.0> : tensor<5x64x64xf64>, v_reset = dense<0.0> : tensor<5x64x64xf64>} : (!nir.signal<*>) -> !nir.signal<5x64x64>
  %o = nir.output "out"(%s) : (!nir.signal<5x64x64>) -> !nir.signal<*>
}

//--- both-fits.mlir
nir.graph "both_fits" {
  %in = nir.input "in" : !nir.signal<4096x64x64>
  %c = nir.conv2d "c"(%in) {weight = dense<0.5> : tensor<5x4096x1x1xf32>, bias = dense<0.0> : tensor<5xf32>, stride = array<i64: 1, 1>, padding = array<i64: 0, 0>, dilation = array<i64: 1, 1>, groups = 1 : i64} : (!nir.signal<4096x64x64>) -> !nir.signal<*>
  %s = nir.if "s"(%c) {r = dense<1.0> : tensor<5x64x64xf64>, v_threshold = dense<1.0> : tensor<5x64x64xf64>, v_reset = dense<0.0> : tensor<5x64x64xf64>} : (!nir.signal<*>) -> !nir.signal<5x64x64>
  %o = nir.output "out"(%s) : (!nir.signal<5x64x64>) -> !nir.signal<*>
}

//--- three-big.mlir
nir.graph "three_big" {
  %big = nir.input "big" : !nir.signal<32769>
  %wb1 = nir.linear "wb1"(%big) {weight = dense<0.5> : tensor<1x32769xf32>} : (!nir.signal<32769>) -> !nir.signal<*>
  %b1 = nir.if "b1"(%wb1) {r = dense<1.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>} : (!nir.signal<*>) -> !nir.signal<1>
  %wb2 = nir.linear "wb2"(%big) {weight = dense<0.5> : tensor<1x32769xf32>} : (!nir.signal<32769>) -> !nir.signal<*>
  %b2 = nir.if "b2"(%wb2) {r = dense<1.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>} : (!nir.signal<*>) -> !nir.signal<1>
  %wb3 = nir.linear "wb3"(%big) {weight = dense<0.5> : tensor<1x32769xf32>} : (!nir.signal<32769>) -> !nir.signal<*>
  %b3 = nir.if "b3"(%wb3) {r = dense<1.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>} : (!nir.signal<*>) -> !nir.signal<1>
  %o = nir.output "out"(%b1, %b2, %b3) : (!nir.signal<1>, !nir.signal<1>, !nir.signal<1>) -> !nir.signal<*>
}

//--- nine.mlir
nir.graph "nine" {
  %big = nir.input "big" : !nir.signal<32769>
  %small = nir.input "small" : !nir.signal<1>
  %ws1 = nir.linear "ws1"(%small) {weight = dense<0.5> : tensor<1x1xf32>} : (!nir.signal<1>) -> !nir.signal<*>
  %s1 = nir.if "s1"(%ws1) {r = dense<1.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>} : (!nir.signal<*>) -> !nir.signal<1>
  %ws2 = nir.linear "ws2"(%small) {weight = dense<0.5> : tensor<1x1xf32>} : (!nir.signal<1>) -> !nir.signal<*>
  %s2 = nir.if "s2"(%ws2) {r = dense<1.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>} : (!nir.signal<*>) -> !nir.signal<1>
  %ws3 = nir.linear "ws3"(%small) {weight = dense<0.5> : tensor<1x1xf32>} : (!nir.signal<1>) -> !nir.signal<*>
  %s3 = nir.if "s3"(%ws3) {r = dense<1.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>} : (!nir.signal<*>) -> !nir.signal<1>
  %ws4 = nir.linear "ws4"(%small) {weight = dense<0.5> : tensor<1x1xf32>} : (!nir.signal<1>) -> !nir.signal<*>
  %s4 = nir.if "s4"(%ws4) {r = dense<1.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>} : (!nir.signal<*>) -> !nir.signal<1>
  %ws5 = nir.linear "ws5"(%small) {weight = dense<0.5> : tensor<1x1xf32>} : (!nir.signal<1>) -> !nir.signal<*>
  %s5 = nir.if "s5"(%ws5) {r = dense<1.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>} : (!nir.signal<*>) -> !nir.signal<1>
  %ws6 = nir.linear "ws6"(%small) {weight = dense<0.5> : tensor<1x1xf32>} : (!nir.signal<1>) -> !nir.signal<*>
  %s6 = nir.if "s6"(%ws6) {r = dense<1.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>} : (!nir.signal<*>) -> !nir.signal<1>
  %ws7 = nir.linear "ws7"(%small) {weight = dense<0.5> : tensor<1x1xf32>} : (!nir.signal<1>) -> !nir.signal<*>
  %s7 = nir.if "s7"(%ws7) {r = dense<1.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>} : (!nir.signal<*>) -> !nir.signal<1>
  %wb1 = nir.linear "wb1"(%big) {weight = dense<0.5> : tensor<1x32769xf32>} : (!nir.signal<32769>) -> !nir.signal<*>
  %b1 = nir.if "b1"(%wb1) {r = dense<1.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>} : (!nir.signal<*>) -> !nir.signal<1>
  %wb2 = nir.linear "wb2"(%big) {weight = dense<0.5> : tensor<1x32769xf32>} : (!nir.signal<32769>) -> !nir.signal<*>
  %b2 = nir.if "b2"(%wb2) {r = dense<1.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>} : (!nir.signal<*>) -> !nir.signal<1>
  %o = nir.output "out"(%s1, %s2, %s3, %s4, %s5, %s6, %s7, %b1, %b2) : (!nir.signal<1>, !nir.signal<1>, !nir.signal<1>, !nir.signal<1>, !nir.signal<1>, !nir.signal<1>, !nir.signal<1>, !nir.signal<1>, !nir.signal<1>) -> !nir.signal<*>
}

//--- ten.mlir
nir.graph "ten" {
  %big = nir.input "big" : !nir.signal<32769>
  %small = nir.input "small" : !nir.signal<1>
  %ws1 = nir.linear "ws1"(%small) {weight = dense<0.5> : tensor<1x1xf32>} : (!nir.signal<1>) -> !nir.signal<*>
  %s1 = nir.if "s1"(%ws1) {r = dense<1.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>} : (!nir.signal<*>) -> !nir.signal<1>
  %ws2 = nir.linear "ws2"(%small) {weight = dense<0.5> : tensor<1x1xf32>} : (!nir.signal<1>) -> !nir.signal<*>
  %s2 = nir.if "s2"(%ws2) {r = dense<1.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>} : (!nir.signal<*>) -> !nir.signal<1>
  %ws3 = nir.linear "ws3"(%small) {weight = dense<0.5> : tensor<1x1xf32>} : (!nir.signal<1>) -> !nir.signal<*>
  %s3 = nir.if "s3"(%ws3) {r = dense<1.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>} : (!nir.signal<*>) -> !nir.signal<1>
  %ws4 = nir.linear "ws4"(%small) {weight = dense<0.5> : tensor<1x1xf32>} : (!nir.signal<1>) -> !nir.signal<*>
  %s4 = nir.if "s4"(%ws4) {r = dense<1.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>} : (!nir.signal<*>) -> !nir.signal<1>
  %ws5 = nir.linear "ws5"(%small) {weight = dense<0.5> : tensor<1x1xf32>} : (!nir.signal<1>) -> !nir.signal<*>
  %s5 = nir.if "s5"(%ws5) {r = dense<1.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>} : (!nir.signal<*>) -> !nir.signal<1>
  %ws6 = nir.linear "ws6"(%small) {weight = dense<0.5> : tensor<1x1xf32>} : (!nir.signal<1>) -> !nir.signal<*>
  %s6 = nir.if "s6"(%ws6) {r = dense<1.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>} : (!nir.signal<*>) -> !nir.signal<1>
  %ws7 = nir.linear "ws7"(%small) {weight = dense<0.5> : tensor<1x1xf32>} : (!nir.signal<1>) -> !nir.signal<*>
  %s7 = nir.if "s7"(%ws7) {r = dense<1.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>} : (!nir.signal<*>) -> !nir.signal<1>
  %ws8 = nir.linear "ws8"(%small) {weight = dense<0.5> : tensor<1x1xf32>} : (!nir.signal<1>) -> !nir.signal<*>
  %s8 = nir.if "s8"(%ws8) {r = dense<1.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>} : (!nir.signal<*>) -> !nir.signal<1>
  %wb1 = nir.linear "wb1"(%big) {weight = dense<0.5> : tensor<1x32769xf32>} : (!nir.signal<32769>) -> !nir.signal<*>
  %b1 = nir.if "b1"(%wb1) {r = dense<1.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>} : (!nir.signal<*>) -> !nir.signal<1>
  %wb2 = nir.linear "wb2"(%big) {weight = dense<0.5> : tensor<1x32769xf32>} : (!nir.signal<32769>) -> !nir.signal<*>
  %b2 = nir.if "b2"(%wb2) {r = dense<1.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>} : (!nir.signal<*>) -> !nir.signal<1>
  %o = nir.output "out"(%s1, %s2, %s3, %s4, %s5, %s6, %s7, %s8, %b1, %b2) : (!nir.signal<1>, !nir.signal<1>, !nir.signal<1>, !nir.signal<1>, !nir.signal<1>, !nir.signal<1>, !nir.signal<1>, !nir.signal<1>, !nir.signal<1>, !nir.signal<1>) -> !nir.signal<*>
}

