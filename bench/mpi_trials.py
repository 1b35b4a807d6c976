#!/usr/bin/env python3
"""Monte Carlo trials over MPI ranks: 2 ranks against 1, and what a trial
costs.

    bench/mpi_trials.py [--nirc build/bin/nirc]
        [--fixtures ../shared/fixtures/nir-paper] [--trials 64] [--runs 3]

Runs what a user would, on the NIR paper's Braille network
(braille_noDelay_bias_zero.nir) with the 320-sample batch of the tests
(test/nirc/Inputs/braille_batch.h5, 100 steps of 0.1 ms), under mismatch:

    nirc simulate BRAILLE --input BATCH --mismatch tau=0.05,weight=0.05
        --trials 64 -o plain.h5                       (one process)
    mpirun -np 1 nirc simulate ... -o np1.h5          (the same over MPI)
    mpirun -np 2 nirc simulate ... -o np2.h5

ideal and emulated on Loihi 2 (weights only: Lava holds one decay per
population), each the best wall time of --runs runs, and
checks that the three files are the same bytes. Prints a Markdown table
with the speedup of 2 ranks over 1, and, from nirc's own report on stderr,
the time per trial, the bytes rank 0 gathers per trial and per sample, and
the parts that do not shrink with more ranks (setting up; assembling and
writing): the inputs of docs/mpi.md's scaling model. Skips (exit 0) without
the fixtures or mpirun.
"""

import argparse
import filecmp
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BATCH = os.path.join(ROOT, "test", "nirc", "Inputs", "braille_batch.h5")
# Lava's LIF process holds one du and dv per population: on Loihi 2 only
# the weights vary.
CASES = [("ideal", "tau=0.05,weight=0.05", []),
         ("Loihi 2", "weight=0.05", ["--target", "loihi2"])]


def run(command):
    """Wall seconds and stderr of `command`, which must succeed."""
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"failed ({done.returncode}): {' '.join(command)}\n"
                 f"{done.stderr}")
    return seconds, done.stderr


def best(command, runs):
    """The fastest of `runs` runs: wall seconds and its stderr."""
    return min((run(command) for _ in range(runs)), key=lambda r: r[0])


def report(stderr):
    """nirc's report of a run over ranks: pieces and seconds per rank, bytes
    gathered, rank 0's setting up and assembling and writing."""
    ranks = [(int(p), float(s)) for p, s in
             re.findall(r"^ +\d+ +(\d+) +([0-9.]+)$", stderr, re.M)]
    gathered = int(re.search(r"gathered (\d+) byte", stderr).group(1))
    setup, until, write = map(float, re.search(
        r"rank 0: ([0-9.]+) s setting up.*?, ([0-9.]+) s until.*?, "
        r"([0-9.]+) s assembling", stderr).groups())
    return ranks, gathered, setup, until, write


def main():
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0].replace("\n", " "))
    parser.add_argument("--nirc", default=os.path.join(ROOT, "build", "bin",
                                                       "nirc"))
    parser.add_argument("--fixtures", default=os.path.join(
        ROOT, "..", "shared", "fixtures", "nir-paper"))
    parser.add_argument("--trials", type=int, default=64)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if args.trials < 8:
        # Fewer runs than 4 per rank are cut into blocks of samples, and
        # the figures per trial would be per block.
        parser.error("--trials must be at least 8")
    braille = os.path.join(args.fixtures, "braille_noDelay_bias_zero.nir")
    if not os.path.isfile(braille):
        print(f"skipped: no {braille} (../shared/fixtures)")
        return
    if not shutil.which("mpirun"):
        print("skipped: no mpirun (utils/bootstrap.sh installs OpenMPI)")
        return
    if os.geteuid() == 0:
        os.environ.update(OMPI_ALLOW_RUN_AS_ROOT="1",
                          OMPI_ALLOW_RUN_AS_ROOT_CONFIRM="1")
    samples, steps = 320, 100

    print(f"{args.trials} trials of {os.path.basename(braille)} on "
          f"{samples} samples x {steps} steps; best of {args.runs} runs; "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}\n")
    print("| run | mismatch | 1 process (s) | mpirun -np 1 (s) | "
          "mpirun -np 2 (s) | speedup 2 vs 1 rank | per trial (ms) | "
          "gathered per trial (bytes) | per sample (bytes) | setting up (s) "
          "| assembling and writing (s) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, mismatch, extra in CASES:
            simulate = [args.nirc, "simulate", braille, "--input", BATCH,
                        "--mismatch", mismatch, "--trials",
                        str(args.trials)] + extra
            out = {n: os.path.join(tmp, f"{n}.h5") for n in ("plain", 1, 2)}
            plain, _ = best(simulate + ["-o", out["plain"]], args.runs)
            times, reports = {}, {}
            for n in (1, 2):
                times[n], stderr = best(
                    ["mpirun", "--oversubscribe", "-np", str(n)] + simulate +
                    ["-o", out[n]], args.runs)
                reports[n] = report(stderr)
                if not filecmp.cmp(out["plain"], out[n], shallow=False):
                    sys.exit(f"{name}: {n} rank(s) wrote another file")
            # One rank runs every piece: the time per trial. Two: what
            # rank 1 sent rank 0 per piece it ran.
            ranks, _, setup, _, write = reports[1]
            pieces, seconds = ranks[0]
            two_ranks, gathered = reports[2][0], reports[2][1]
            per_trial = gathered / max(1, two_ranks[1][0])
            print(f"| {name} | {mismatch} | {plain:.2f} | {times[1]:.2f} "
                  f"| {times[2]:.2f} | {times[1] / times[2]:.2f} "
                  f"| {1e3 * seconds / pieces:.1f} | {per_trial:.0f} "
                  f"| {per_trial / samples:.0f} | {setup:.3f} | {write:.3f} |")


if __name__ == "__main__":
    main()
