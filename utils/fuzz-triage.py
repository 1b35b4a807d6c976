#!/usr/bin/env python3
"""Sorts the crash, leak, timeout and out-of-memory inputs a fuzz run kept.

Each input is run again through its fuzzer, and the first stack frame that
is neither the sanitizer, libFuzzer nor libc says whose fault it is:

- in libhdf5: Debian 12's libhdf5 1.10.8 crashes, loops or asks for
  gigabytes on some corrupt files by itself. We cannot fix it; nirc reads
  untrusted files in a child process with time and memory limits instead.
  So the input must give `nirc` a clean error (exit status 1, an `error:`
  line), and it is kept as a known libhdf5 failure;
- anywhere else (nirc, MLIR, LLVM): a bug to fix. The exit status is 1.

Inputs that no longer fail alone (fork mode may keep an empty one), and
timeouts in nirc's code that finish given 60 s (a large model under ASan),
are listed and not counted.

usage: fuzz-triage.py BUILD_DIR SOURCE_DIR INPUT...
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

# Frames of the machinery that reports a failure, not of its cause.
MACHINERY = re.compile(
    r"__sanitizer|__asan|__ubsan|__lsan|__interceptor|fuzzer::|"
    r"libc\.so|__restore_rt|\bmalloc\b|\bcalloc\b|\brealloc\b|"
    r"\boperator new|\bmemcpy\b|\bmemmove\b|\bmemset\b|\bmemchr\b|"
    r"\bstrlen\b|\babort\b|\braise\b|"
    # The fuzzer's entry point, below every frame of the work itself.
    r"^main \(|__libc_start|^_start \(")
FRAME = re.compile(r"^\s*#\d+ 0x[0-9a-f]+ (?:in )?(.*)$")
FAILURE = re.compile(r"ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|"
                     r"runtime error:|ALARM: working on the last Unit")

# Which fuzzer kept an input, from its name: <target>-<kind>-<sha1>.
FUZZERS = {
    "import": "nirc-fuzz-import-nir",
    "structured": "nirc-fuzz-import-structured",
    "graphdata": "nirc-fuzz-graph-data",
    "parse": "nirc-fuzz-parse-nir",
}


def culprit(report):
    """The first frame of the report that is not failure machinery."""
    failing = False
    for line in report.splitlines():
        if FAILURE.search(line):
            failing = True
        match = FRAME.match(line)
        if failing and match and not MACHINERY.search(match.group(1)):
            return match.group(1)
    return None


def clean_nirc_error(build, source, target, path, env):
    """Whether nirc reports the input as a clean error (not a crash), run
    as the sanitized tree's tests run it: `env` allows no user poisoning,
    which LLVM's headers do to memory the uninstrumented MLIR then uses."""
    with tempfile.TemporaryDirectory() as scratch:
        if target == "import":
            model = os.path.join(scratch, "input.nir")
            shutil.copy(path, model)
            command = [os.path.join(build, "bin", "nirc"), "check", model]
        else:
            data = os.path.join(scratch, "input.h5")
            shutil.copy(path, data)
            command = [os.path.join(build, "bin", "nirc"), "simulate",
                       os.path.join(source, "examples", "recurrent-lif.mlir"),
                       "--input", data, "--dt", "1e-3",
                       "-o", os.path.join(scratch, "out.h5")]
        run = subprocess.run(command + ["--read-timeout", "10"],
                             capture_output=True, text=True, timeout=120,
                             env=env)
    lines = run.stderr.strip().splitlines()
    return run.returncode == 1 and lines and "error:" in lines[-1]


def finishes_given_time(fuzzer, path, env):
    """Whether an input that timed out at 5 s finishes within 60 s: a big
    but real model under ASan, not a loop."""
    run = subprocess.run([fuzzer, "-timeout=60", "-rss_limit_mb=2048", path],
                         capture_output=True, text=True, env=env, timeout=300)
    return run.returncode == 0


def main():
    build, source = sys.argv[1], sys.argv[2]
    inputs = [path for path in sys.argv[3:] if os.path.isfile(path)]
    env = dict(os.environ,
               ASAN_OPTIONS="allow_user_poisoning=0:detect_leaks=1",
               LSAN_OPTIONS="suppressions=" +
               os.path.join(source, "fuzz", "lsan.supp"),
               UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1")
    bugs = 0
    for path in sorted(inputs):
        name = os.path.basename(path)
        target, kind = name.split("-")[:2]
        fuzzer = os.path.join(build, "bin", FUZZERS[target])
        # libFuzzer notices a process over its memory limit from another
        # thread, and reports wherever the work is then: past the input
        # (no frame of the work) when the peak was already over. Such a
        # report names no culprit; run it again for one that does.
        for attempt in range(3):
            run = subprocess.run(
                [fuzzer, "-timeout=5", "-rss_limit_mb=2048", path],
                capture_output=True, text=True, env=env, timeout=300)
            frame = culprit(run.stdout + run.stderr)
            if run.returncode == 0 or frame or kind != "oom":
                break
        if run.returncode == 0:
            print(f"does not fail alone (fork-mode state, or a suppressed libhdf5 leak): {name}")
            continue
        if kind == "timeout" and not (frame and "libhdf5" in frame) and \
                finishes_given_time(fuzzer, path, env):
            print(f"slow under ASan but finishes, not a hang: {name}")
            continue
        # Only the raw-bytes readers hand libhdf5 corrupt files.
        if frame and "libhdf5" in frame and target in ("import", "graphdata"):
            if clean_nirc_error(build, source, target, path, env):
                print(f"libhdf5 {kind}, nirc gives a clean error: {name}")
                continue
            print(f"libhdf5 {kind} that nirc does not survive: {name}")
        else:
            print(f"BUG ({kind} in {frame}): {name}")
        bugs += 1
    print(f"{len(inputs)} inputs, {bugs} to fix")
    return 1 if bugs else 0


if __name__ == "__main__":
    sys.exit(main())
