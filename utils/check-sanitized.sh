#!/bin/sh
# Builds nirc with clang, AddressSanitizer + UndefinedBehaviorSanitizer (on
# nirc's own code; Debian's LLVM/MLIR and libhdf5 stay as they are) and the
# libFuzzer targets, in a second tree (build/sanitize by default). Then runs
# every lit test and gtest there: a leak, a bad access or undefined behaviour
# fails the run. With FUZZ_SECONDS=N it also runs each fuzzer for N seconds,
# seeded with the test inputs and the real fixtures; new inputs are kept in
# build/sanitize/fuzz/<target>/, findings in build/sanitize/fuzz/crashes/,
# which utils/fuzz-triage.py sorts: any that is not libhdf5's own fails.
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

# Fuzzing, seeded from the tests and the fixtures. Fork mode goes on past a
# crash: libhdf5 crashes on some corrupt files by itself (see
# utils/fuzz-triage.py, which then fails the run on any other finding).
fixtures=$src/../shared/fixtures/nir-paper
crashes=$out/fuzz/crashes
rm -rf "$crashes"
mkdir -p "$crashes"
run_fuzzer() {
  target=$1 fuzzer=$2 max_len=$3
  shift 3
  corpus=$out/fuzz/$target
  mkdir -p "$corpus"
  for seed in "$@"; do
    case $seed in
      # 10^6 edges take ~5 s per run under ASan: a timeout, not a seed.
      */million_edges.nir) ;;
      *) [ -f "$seed" ] && cp "$seed" "$corpus/" || true ;;
    esac
  done
  dict=$src/fuzz/$target.dict
  [ -f "$dict" ] && dict_option=-dict=$dict || dict_option=
  echo "fuzzing $target for $seconds s"
  ASAN_OPTIONS=allow_user_poisoning=0:detect_leaks=1 \
  LSAN_OPTIONS=suppressions=$src/fuzz/lsan.supp \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$out/bin/$fuzzer" "$corpus" -fork=1 -ignore_crashes=1 \
      -ignore_timeouts=1 -ignore_ooms=1 -max_total_time="$seconds" \
      -timeout=5 -rss_limit_mb=2048 -max_len="$max_len" \
      $dict_option -artifact_prefix="$crashes/$target-" \
      > "$out/fuzz/$target.log" 2>&1 || true
  grep '^#[0-9]*: cov' "$out/fuzz/$target.log" | tail -n 1
}
run_fuzzer import nirc-fuzz-import-nir 65536 \
  "$src"/test/Target/NIR/Inputs/*.nir "$fixtures"/*.nir
# Well-formed files with fuzzed content: the fuzzer's bytes are choices, not
# a file, so there is no seed.
run_fuzzer structured nirc-fuzz-import-structured 4096
run_fuzzer graphdata nirc-fuzz-graph-data 65536 "$src"/test/nirc/Inputs/*.h5
# One seed per `// -----` case of the dialect and pass tests.
python3 - "$out/fuzz/parse-seeds" "$src"/examples/*.mlir \
  "$src"/test/Dialect/NIR/*.mlir "$src"/test/Transforms/*.mlir <<'PY'
import hashlib, os, sys
os.makedirs(sys.argv[1], exist_ok=True)
for path in sys.argv[2:]:
    for case in open(path).read().split("// -----"):
        if "nir." in case:
            name = hashlib.sha1(case.encode()).hexdigest()
            open(os.path.join(sys.argv[1], name), "w").write(case)
PY
run_fuzzer parse nirc-fuzz-parse-nir 8192 "$out"/fuzz/parse-seeds/*
python3 "$src/utils/fuzz-triage.py" "$out" "$src" "$crashes"/*
