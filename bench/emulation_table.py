#!/usr/bin/env python3
"""The cost of compiling, per NIR-paper fixture and chip, as one table.

    bench/emulation_table.py [--nirc build/bin/nirc]
        [--fixtures ../shared/fixtures/nir-paper] [--trials 8] [--seed 1]

For every fixture and every target, runs what a user would:

    nirc simulate FIXTURE --target T --input ... -o out.h5
    nirc simulate FIXTURE --target T --input ... --mismatch default
        --trials N --seed S -o mc.h5     (only where the default is not none)

and prints a Markdown table: whether the graph fits (else the first line of
nirc's rejection), each population's ideal and chip spike counts and the
fraction of (sample, step, neuron) entries that agree, and the spread of the
output's spike counts over the trials under the target's documented
mismatch (the mean over output neurons of their standard deviation, and how
often the nominal most active output neuron is kept). Everything is read
from nirc's own report on stderr; nothing is computed here.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INPUTS = os.path.join(ROOT, "test", "nirc", "Inputs")

TARGETS = ["loihi2", "xylo-audio2", "xylo-audio3", "xylo-imu", "speck",
           "spinnaker2", "brainscales2"]


def fixture_cases(fixtures):
    """(fixture file, nirc simulate arguments besides the target)."""
    braille = ["--input", os.path.join(INPUTS, "braille_spikes.h5"),
               "--dt", "1e-4"]
    lif = ["--input", os.path.join(fixtures, "lif_exact.csv"),
           "--csv-columns", "0", "--dt", "1e-4"]
    return [
        ("braille_noDelay_bias_zero.nir", braille),
        ("braille_noDelay_bias_zero_subgraph.nir",
         braille + ["--nir-repair-edges"]),
        ("braille_noDelay_noBias_subtract.nir", braille + ["--reset", "subtract"]),
        ("braille_noDelay_noBias_subtract_subgraph.nir",
         braille + ["--reset", "subtract", "--nir-repair-edges"]),
        ("cnn_sinabs.nir", ["--input", os.path.join(INPUTS, "cnn_spikes.h5")]),
        ("lif_norse.nir", lif),
        ("lif_rockpool.nir", lif),
        ("two_lif_neurons.nir", lif),
    ]


COST_ROW = re.compile(
    r"^\s+(\S+)\s+(\d+|-)\s+(\d+|-)\s+([\d.]+%|-)\s+(\S+)\s+(step \d+|never|-)\s*$")
SPREAD_ROW = re.compile(r"^\s+(\S+)\s+(\d+)\s+([\d.]+)\s+([\d.]+)\s+(\d+)\s+(\d+)\s*$")
ARGMAX = re.compile(r"^\s+(\S+): the nominal most active neuron kept in ([\d.]+%)")
DEFAULT_NONE = re.compile(r"note: --mismatch default on .*: none")


def run(cmd):
    done = subprocess.run(cmd, capture_output=True, text=True)
    return done.returncode, done.stdout + done.stderr


def run_unless_no_default(cmd):
    """Runs cmd (with --mismatch default), but stops it at nirc's note if the
    target's default is none: its trials would all be the nominal run."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    lines = []
    for line in proc.stderr:
        lines.append(line)
        if DEFAULT_NONE.search(line):
            proc.kill()
            proc.wait()
            return None
    return proc.wait(), "".join(lines)


def rejection(report):
    """nirc's first error, without the file name it starts with."""
    line = next((l for l in report.splitlines() if "error: " in l),
                report.strip()[:200])
    return line.split("error: ", 1)[-1].replace("|", "/")


def costs(report):
    """[(population, ideal, chip, agree)] of a spiking population."""
    rows, in_table = [], False
    for line in report.splitlines():
        if line.startswith("the cost of compiling"):
            in_table = True
            continue
        match = COST_ROW.match(line) if in_table else None
        if match and match.group(1) != "population":
            population, ideal, chip, agree = match.group(1, 2, 3, 4)
            if agree != "-":
                rows.append((population, ideal, chip, agree))
        elif in_table and line and not line.startswith(" "):
            in_table = False
    return rows


def spread(report):
    """(mean std of output spike counts, argmax kept) over the trials."""
    stds = [float(m.group(4)) for m in map(SPREAD_ROW.match, report.splitlines())
            if m]
    kept = [m.group(2) for m in map(ARGMAX.match, report.splitlines()) if m]
    if not stds:
        return None
    return "std %.2f spikes%s" % (sum(stds) / len(stds),
                                  ", argmax kept " + kept[0] if kept else "")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nirc", default=os.path.join(ROOT, "build", "bin", "nirc"))
    parser.add_argument("--fixtures", default=os.path.join(
        os.path.dirname(ROOT), "shared", "fixtures", "nir-paper"))
    parser.add_argument("--trials", type=int, default=8)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if not os.path.isdir(args.fixtures):
        sys.exit("emulation_table: no fixtures at %s (--fixtures)" % args.fixtures)

    print("| fixture | target | population: ideal -> chip spikes, agreement "
          "| spread under --mismatch default (%d trials) |" % args.trials)
    print("|---|---|---|---|")
    with tempfile.TemporaryDirectory() as work:
        out = os.path.join(work, "out.h5")
        for fixture, extra in fixture_cases(args.fixtures):
            model = os.path.join(args.fixtures, fixture)
            for target in TARGETS:
                base = [args.nirc, "simulate", model, "--target", target] + extra
                status, report = run(base + ["-o", out])
                if status != 0 and "--allow-saturation" in report:
                    # Weights beyond the chip's range: what clipping costs.
                    base.append("--allow-saturation")
                    status, report = run(base + ["-o", out])
                if status != 0:
                    print("| %s | %s | does not fit: %s | |" % (
                        fixture, target, rejection(report)))
                    continue
                cells = "; ".join("%s %s -> %s, %s" % row for row in costs(report))
                outcome = run_unless_no_default(base + [
                    "--mismatch", "default", "--trials", str(args.trials),
                    "--seed", str(args.seed), "-o", out])
                if outcome is None:
                    varied = "none (digital registers)"
                elif outcome[0] != 0:
                    varied = "failed: " + outcome[1].strip().splitlines()[-1]
                else:
                    report = outcome[1]
                    varied = spread(report) or "no spiking output"
                if "--allow-saturation" in base:
                    cells += " (weights clipped: --allow-saturation)"
                print("| %s | %s | %s | %s |" % (fixture, target, cells, varied))
                sys.stdout.flush()


if __name__ == "__main__":
    main()
