// A short rescan: 30 mutated copies of the NIR paper's fixtures (bits
// flipped, bytes overwritten, tails cut; fixed seed) give nir-translate
// --import-nir a model or a clean error, never a crash or a hang. The long
// one: utils/rescan-mutated-fixtures.py --count 300 (see its header).
// REQUIRES: nir-fixtures

// RUN: %python %nirc_src/utils/rescan-mutated-fixtures.py --fixtures %fixtures --count 30 --seed 15 --hang-seconds 60 -- nir-translate --import-nir --read-timeout 5 | FileCheck %s
// CHECK: 30 mutated files (seed 15): {{[0-9]+}} read, {{[0-9]+}} error, 0 crash, 0 hang
