#!/usr/bin/env python3
"""Feeds mutated copies of the .nir fixtures to a reading tool and counts
crashes and hangs.

Each copy is a fixture with a few bits flipped, a run of bytes overwritten,
or its tail cut off, drawn from a fixed seed so a rescan repeats the same
files. A run of the tool ends in one of four ways:

  read     exit status 0
  error    a non-zero exit status and an `error:` line (what we want)
  crash    killed by a signal, an LLVM stack dump, or no `error:` line
  hang     still running after --hang-seconds (90 by default: longer than
           the tool's own --read-timeout, 60 by default)

Usage:
  utils/rescan-mutated-fixtures.py --count 300 --seed 1 -- \\
      build/bin/nir-translate --import-nir --read-timeout 5

The mutated file's path is appended to the command. Exit status 1 if any
run crashed or hung; --keep DIR keeps those files for a test's Inputs.
"""

import argparse
import collections
import os
import random
import shutil
import subprocess
import sys
import tempfile


def mutate(data: bytes, rng: random.Random) -> bytes:
    data = bytearray(data)
    kind = rng.choice(["flip", "flip", "overwrite", "truncate"])
    if kind == "flip":
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    elif kind == "overwrite":
        start = rng.randrange(len(data))
        for i in range(start, min(len(data), start + rng.randint(1, 64))):
            data[i] = rng.randrange(256)
    else:
        del data[rng.randrange(1, len(data)):]
    return bytes(data)


def classify(command, path, hang_seconds):
    try:
        run = subprocess.run(command + [path], stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, timeout=hang_seconds)
    except subprocess.TimeoutExpired:
        return "hang", ""
    stderr = run.stderr.decode(errors="replace")
    if run.returncode == 0:
        return "read", stderr
    if run.returncode < 0 or "Stack dump" in stderr or "error:" not in stderr:
        return "crash", stderr
    return "error", stderr


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", default=os.path.join(
        os.path.dirname(__file__), "..", "..", "shared", "fixtures",
        "nir-paper"))
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--hang-seconds", type=float, default=90)
    parser.add_argument("--keep", help="copy crashing or hanging files here")
    parser.add_argument("command", nargs="+")
    args = parser.parse_args()

    fixtures = sorted(os.path.join(args.fixtures, name)
                      for name in os.listdir(args.fixtures)
                      if name.endswith(".nir"))
    if not fixtures:
        sys.exit(f"no .nir files in {args.fixtures}")
    rng = random.Random(args.seed)
    counts = collections.Counter()
    with tempfile.TemporaryDirectory(prefix="nirc-rescan-") as scratch:
        for index in range(args.count):
            fixture = rng.choice(fixtures)
            with open(fixture, "rb") as f:
                mutated = mutate(f.read(), rng)
            name = f"{index:04d}-{os.path.basename(fixture)}"
            path = os.path.join(scratch, name)
            with open(path, "wb") as f:
                f.write(mutated)
            outcome, stderr = classify(args.command, path, args.hang_seconds)
            counts[outcome] += 1
            if outcome in ("crash", "hang"):
                last = stderr.strip().splitlines()[-1:] or [""]
                print(f"{outcome}: {name}: {last[0]}")
                if args.keep:
                    os.makedirs(args.keep, exist_ok=True)
                    shutil.copy(path, os.path.join(args.keep, name))
    print(f"{args.count} mutated files (seed {args.seed}): " + ", ".join(
        f"{counts[k]} {k}" for k in ("read", "error", "crash", "hang")))
    sys.exit(1 if counts["crash"] or counts["hang"] else 0)


if __name__ == "__main__":
    main()
