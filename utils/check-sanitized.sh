#!/bin/sh
# Builds nirc with clang, AddressSanitizer + UndefinedBehaviorSanitizer (on
# nirc's own code; Debian's LLVM/MLIR and libhdf5 stay as they are) and the
# libFuzzer targets, in a second tree (build/sanitize by default). Then runs
# every lit test and gtest there: a leak, a bad access or undefined behaviour
# fails the run. With FUZZ_SECONDS=N it also runs each fuzzer for N seconds,
# seeded with the test inputs and the real fixtures; new inputs are kept in
# build/sanitize/fuzz/<fuzzer>/, crashes and hangs in build/sanitize/fuzz/crashes/.
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$src/build/sanitize}
seconds=${FUZZ_SECONDS:-0}
if [ ! -f "$out/build.ninja" ]; then
  CC=clang-14 CXX=clang++-14 cmake -G Ninja -S "$src" -B "$out" \
    -DNIRC_SANITIZE=ON -DNIRC_FUZZ=ON \
    -DMLIR_DIR=/usr/lib/llvm-19/lib/cmake/mlir \
    -DLLVM_EXTERNAL_LIT=/usr/lib/llvm-19/build/utils/lit/lit.py
fi
cmake --build "$out" --target check-nirc-lit nirc-fuzzers

[ "$seconds" -gt 0 ] || exit 0

# Fuzzing: seeds from the tests, new inputs kept in $out/fuzz.
fixtures=$src/../shared/fixtures/nir-paper
run_fuzzer() {
  name=$1
  shift
  corpus=$out/fuzz/$name
  mkdir -p "$corpus" "$out/fuzz/crashes"
  for seed in "$@"; do
    [ -f "$seed" ] && cp "$seed" "$corpus/" || true
  done
  echo "fuzzing $name for $seconds s"
  ASAN_OPTIONS=allow_user_poisoning=0:detect_leaks=1 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$out/bin/$name" "$corpus" -max_total_time="$seconds" -timeout=10 \
      -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
      -artifact_prefix="$out/fuzz/crashes/$name-"
}
run_fuzzer nirc-fuzz-import-nir "$src"/test/Target/NIR/Inputs/*.nir \
  "$fixtures"/*.nir
run_fuzzer nirc-fuzz-graph-data "$src"/test/nirc/Inputs/*.h5
run_fuzzer nirc-fuzz-parse-nir "$src"/examples/*.mlir \
  "$src"/test/Dialect/NIR/*.mlir "$src"/test/Transforms/*.mlir
