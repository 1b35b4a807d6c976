#!/usr/bin/env python3
"""Peak memory of reading .nir files, against the data they really hold.

Prints a table: for each file, its size, the peak resident memory of
`nir-translate --import-nir` (the importer in one process) and of
`nirc check` (which reads in a child process under a memory limit), each
also as the growth over reading a tiny model, divided by the file's size.

Files: a tiny model (the baseline), a large generated model (16.8 M float32 weights, from
nirc-io-bench --write-nir), the tests' lying header (claims a 10^12-element
dataset) and million-edge file, and the corrupt file on which libhdf5 asks
for 4 GiB. All in one run, so the ratios compare like with like.

usage: bench/memory.py [BUILD_DIR]   (default: build)
"""

import os
import subprocess
import sys
import tempfile

SOURCE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def peak_rss_bytes(command, runs=3):
    """Least peak RSS of `command` (with the children it waited for) over
    `runs` runs, and its exit status."""
    peaks = []
    for _ in range(runs):
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        peaks.append(usage.ru_maxrss * 1024)
    return min(peaks), os.waitstatus_to_exitcode(status)


def growth_per_byte(rss, baseline, size):
    """Growth over the baseline per byte of file; below 5 MB it is noise."""
    growth = rss - baseline
    return f"{growth / size:.1f}" if growth > 5e6 else "none"


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else os.path.join(SOURCE, "build")
    tools = os.path.join(build, "bin")
    inputs = os.path.join(SOURCE, "test", "Target", "NIR", "Inputs")
    with tempfile.TemporaryDirectory() as scratch:
        tiny = os.path.join(scratch, "tiny.nir")
        subprocess.run([os.path.join(tools, "nirc"), "convert",
                        os.path.join(SOURCE, "examples", "recurrent-lif.mlir"),
                        tiny], check=True)
        large = os.path.join(scratch, "large.nir")
        subprocess.run([os.path.join(tools, "nirc-io-bench"),
                        "--write-nir=" + large, "--benchmark_filter=none"],
                       check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        files = [
            ("large model, 67 MB of weights", large),
            ("lying header (10^12 elements)",
             os.path.join(inputs, "lying_header.nir")),
            ("10^6 incoming edges", os.path.join(inputs, "million_edges.nir")),
            ("corrupt vlen length (libhdf5 asks 4 GiB)",
             os.path.join(SOURCE, "test", "nirc", "Inputs", "hostile",
                          "hdf5-vlen-length.nir")),
        ]
        commands = {
            "nir-translate": lambda path: [
                os.path.join(tools, "nir-translate"), "--import-nir", path,
                "-o", os.devnull],
            "nirc check": lambda path: [os.path.join(tools, "nirc"), "check",
                                        path],
        }
        baseline = {name: peak_rss_bytes(make(tiny))[0]
                    for name, make in commands.items()}
        print("| file | bytes | tool | exit | peak RSS (MB) | "
              "growth over tiny / file size |")
        print("|---|---:|---|---:|---:|---:|")
        for label, path in files:
            size = os.path.getsize(path)
            for name, make in commands.items():
                rss, status = peak_rss_bytes(make(path))
                print(f"| {label} | {size} | {name} | {status} | "
                      f"{rss / 1e6:.0f} | "
                      f"{growth_per_byte(rss, baseline[name], size)} |")


if __name__ == "__main__":
    main()
