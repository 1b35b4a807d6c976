#!/bin/sh
# usage: same-under-mpi.sh DIR NIRC ARGUMENTS...
# Runs `NIRC simulate ARGUMENTS` in one process (DIR/plain.h5), then under
# `mpirun -np N` for N = 1, 2 and 3, and fails unless each file equals the
# plain run's byte for byte and each stderr equals the plain run's (its
# warnings, notes and summary) but for progress bars, the time taken, the
# file named and the ranks' report. DIR/plain.err is left for FileCheck.
set -eu
dir=$1 nirc=$2
shift 2
normalize() {
  sed -E -e '/^distributed over/,$d' -e '/^wrote /d' \
    -e '/\] [0-9]+\/[0-9]+ (steps|pieces), /d' -e 's/, in [0-9.]+ s$//' "$1"
}
"$nirc" simulate "$@" -o "$dir/plain.h5" 2> "$dir/plain.err"
normalize "$dir/plain.err" > "$dir/plain.normal"
for n in 1 2 3; do
  if ! timeout 120 mpirun --oversubscribe -np "$n" \
    "$nirc" simulate "$@" -o "$dir/np$n.h5" 2> "$dir/np$n.err"; then
    cat "$dir/np$n.err" >&2
    exit 1
  fi
  cmp "$dir/plain.h5" "$dir/np$n.h5"
  normalize "$dir/np$n.err" | diff "$dir/plain.normal" -
done
