#!/usr/bin/env python3
"""SIGKILLs a nirc command while it writes its output (kill-mid-write.mlir).

    kill_mid_write.py NIRC CASE WORKDIR      CASE: convert | simulate | compile

nirc writes every output to a temporary file `<final>.temp-stream-XXXXXX` next
to it and renames that over the final name once it is complete. This driver
shows it: it generates a large model (random weights, so that gzip cannot make
the written file small and the write takes long enough to be caught), runs the
command once to completion to have a previous output and records its SHA-256,
then runs it again on changed content, polls for the temporary file and sends
SIGKILL once that has grown past KILL_AFTER bytes (the write is under way).
It then asserts that the process died by SIGKILL, that the final name still
holds exactly the previous output, and that the temporary file was partial
(the kill landed mid-write). The same again with no previous output: nothing
may then exist under the final name.

The orphaned temporary file is expected (nothing can remove it after SIGKILL);
its size is printed and it is deleted. If nirc finished before the kill
landed, the attempt is repeated with a model twice as large; if no attempt is
caught mid-write, the driver fails saying so, so that it cannot pass without
having killed a write.

Python standard library only. Prints one deterministic summary line per
scenario (checked by FileCheck) and `detail:` lines with the sizes.
"""

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time

KILL_AFTER = 64 * 1024  # bytes in the temporary file that prove the write began
ATTEMPTS = 3
TIMEOUT = 300  # seconds any one nirc run may take (ASan builds are slower)

# A float32 whose high byte is (sign | 0x3E) has exponent 124 or 125: a finite
# value with 1/8 <= |x| < 1/2, never NaN or inf, whatever the other 31 bits.
F32_HIGH_BYTE = bytes((b & 0x80) | 0x3E for b in range(256))


def random_f32(count, seed):
    """`count` random float32 values, 1/8 <= |x| < 1/2, little-endian."""
    rng = random.Random(seed)
    data = bytearray(rng.getrandbits(32 * count).to_bytes(4 * count, "little"))
    data[3::4] = data[3::4].translate(F32_HIGH_BYTE)
    return bytes(data)


def dense_f32(data, shape):
    dims = "x".join(str(d) for d in shape)
    return 'dense<"0x%s"> : tensor<%sxf32>' % (data.hex().upper(), dims)


def affine_model(path, n_in, n_out, seed, bias, li=False):
    """in[n_in] -> affine (random n_out x n_in float32 weight) [-> li] -> out."""
    weight = dense_f32(random_f32(n_out * n_in, seed), (n_out, n_in))
    with open(path, "w") as f:
        f.write('nir.graph {\n  %%x = nir.input "in" : !nir.signal<%d>\n' % n_in)
        f.write('  %%w = nir.affine "w"(%%x) {weight = %s,\n' % weight)
        f.write("      bias = dense<%s> : tensor<%dxf32>}\n" % (bias, n_out))
        f.write("      : (!nir.signal<%d>) -> !nir.signal<%d>\n" % (n_in, n_out))
        last = "%w"
        if li:
            p = "tensor<%dxf64>" % n_out
            f.write('  %%l = nir.li "li"(%%w) {tau = dense<0.02> : %s,\n' % p)
            f.write("      r = dense<1.0> : %s, v_leak = dense<0.0> : %s}\n" % (p, p))
            f.write("      : (!nir.signal<%d>) -> !nir.signal<%d>\n" % (n_out, n_out))
            last = "%l"
        f.write('  %%y = nir.output "out"(%s)\n' % last)
        f.write("      : (!nir.signal<%d>) -> !nir.signal<%d>\n}\n" % (n_out, n_out))


def input_csv(path, steps, columns, seed):
    rng = random.Random(seed)
    with open(path, "w") as f:
        for _ in range(steps):
            f.write(",".join("%.6f" % rng.uniform(-1, 1) for _ in range(columns)))
            f.write("\n")


# Each case: the model of an attempt (scale 1, 2, 4, ...) and the nirc command
# writing `out` for content version 'A' (the previous output) or 'B' (changed).
class Convert:
    name, out = "convert", "model.nir"

    def __init__(self, scale):
        self.n, self.n_in = 1024 * scale, 2048

    def prepare(self, models):
        for version, seed, bias in (("A", 1, "0.0"), ("B", 2, "0.5")):
            affine_model(os.path.join(models, version + ".mlir"), self.n_in,
                         self.n, seed, bias)
        return "%dx%d float32 weight (%s) as hex MLIR (%s)" % (
            self.n, self.n_in, mib(4 * self.n * self.n_in),
            mib(os.path.getsize(os.path.join(models, "A.mlir"))))

    def command(self, nirc, models, version, out):
        return [nirc, "convert", os.path.join(models, version + ".mlir"), out]


class Simulate:
    name, out = "simulate", "result.h5"
    columns = 16

    def __init__(self, scale):
        self.neurons, self.steps = 2048, 500 * scale

    def prepare(self, models):
        affine_model(os.path.join(models, "model.mlir"), self.columns,
                     self.neurons, 3, "0.0", li=True)
        for version, seed in (("A", 4), ("B", 5)):
            input_csv(os.path.join(models, version + ".csv"), self.steps,
                      self.columns, seed)
        return ("%d LI neurons' membrane (float64) over %d steps (%s), "
                "random input and weights" % (self.neurons, self.steps,
                                             mib(8 * self.neurons * self.steps)))

    def command(self, nirc, models, version, out):
        return [nirc, "simulate", os.path.join(models, "model.mlir"), "--input",
                os.path.join(models, version + ".csv"), "--dt", "1e-3", "-o", out]


class Compile:
    name, out = "compile", "chip.json"

    def __init__(self, scale):
        self.n, self.n_in = 512 * scale, 1024

    def prepare(self, models):
        for version, seed in (("A", 6), ("B", 7)):
            affine_model(os.path.join(models, version + ".mlir"), self.n_in,
                         self.n, seed, "0.0", li=True)
        return "%dx%d dense synapses onto Loihi 2" % (self.n, self.n_in)

    def command(self, nirc, models, version, out):
        return [nirc, "compile", os.path.join(models, version + ".mlir"),
                "--target", "loihi2", "-o", out]


CASES = {c.name: c for c in (Convert, Simulate, Compile)}


def mib(n):
    return "%.1f MiB" % (n / (1 << 20))


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def fail(message):
    sys.stdout.flush()
    sys.stderr.write("kill_mid_write.py: FAIL: %s\n" % message)
    sys.exit(1)


def run(cmd, log):
    with open(log, "wb") as f:
        code = subprocess.call(cmd, stdout=f, stderr=subprocess.STDOUT,
                               timeout=TIMEOUT)
    if code != 0:
        with open(log, errors="replace") as f:
            fail("%s exited with %d:\n%s" % (" ".join(cmd), code, f.read()))


def temp_files(out_dir, final_name):
    prefix = final_name + ".temp-stream-"
    return sorted(n for n in os.listdir(out_dir) if n.startswith(prefix))


def kill_mid_write(cmd, out_dir, final_name, log):
    """Runs cmd, SIGKILLs it once its temporary file holds KILL_AFTER bytes.

    Returns (temp file name, its size when the kill was sent) if the process
    died by SIGKILL, or None if it finished (successfully) before.
    """
    with open(log, "wb") as f:
        proc = subprocess.Popen(cmd, stdout=f, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + TIMEOUT
    temp = None
    try:
        while proc.poll() is None:
            if time.monotonic() > deadline:
                fail("%s took more than %d s" % (" ".join(cmd), TIMEOUT))
            if temp is None:
                names = temp_files(out_dir, final_name)
                if not names:
                    time.sleep(0.0002)  # before the write: leave the CPU to nirc
                    continue
                temp = os.path.join(out_dir, names[0])
            # The write is under way (written in one go or streamed, either
            # fast): busy-poll its size.
            try:
                size = os.stat(temp).st_size
            except FileNotFoundError:
                continue  # renamed: the write is over
            if size >= KILL_AFTER:
                proc.send_signal(signal.SIGKILL)  # a no-op if it has exited
                if proc.wait() == -signal.SIGKILL:
                    return os.path.basename(temp), size
                break
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if proc.returncode != 0:
        with open(log, errors="replace") as f:
            fail("%s exited with %d:\n%s"
                 % (" ".join(cmd), proc.returncode, f.read()))
    return None  # it finished before the kill landed


def scenario(case, nirc, models, work, previous):
    """Runs version A to completion if `previous`, then kills version B.

    Asserts the final name holds A's output (or nothing), and returns what was
    seen: "landed" is false if nirc finished before the kill.
    """
    out_dir = os.path.realpath(os.path.join(work, "with-previous" if previous
                                            else "no-previous"))
    shutil.rmtree(out_dir, ignore_errors=True)
    os.makedirs(out_dir)
    final = os.path.join(out_dir, case.out)
    log = os.path.join(work, "nirc.log")
    before = None
    if previous:
        run(case.command(nirc, models, "A", final), log)
        before = (sha256(final), os.path.getsize(final))
    cmd = case.command(nirc, models, "B", final)
    caught = kill_mid_write(cmd, out_dir, case.out, log)
    left = temp_files(out_dir, case.out)
    result = {"previous": before, "temps": [], "landed": caught is not None}
    for name in left:
        path = os.path.join(out_dir, name)
        result["temps"].append((name, os.path.getsize(path)))
    if caught is not None:
        result["seen"] = caught[1]
    # The final name: exactly the previous output, or nothing.
    if previous:
        if not os.path.exists(final):
            fail("%s: the previous output %s is gone" % (case.name, final))
        now = (sha256(final), os.path.getsize(final))
        result["final"] = now
        damaged = now != before
    else:
        damaged = os.path.exists(final)
        result["final"] = (sha256(final), os.path.getsize(final)) if damaged else None
    if not result["landed"] and not damaged:
        fail("%s: %s exited successfully but its output %s is not the new one"
             % (case.name, " ".join(cmd), final))
    if damaged:
        # Either the kill landed after the rename (then the file is B's complete
        # output: retry) or nirc left a partial file under the final name (bug).
        full_dir = os.path.join(work, "complete-B")
        shutil.rmtree(full_dir, ignore_errors=True)
        os.makedirs(full_dir)
        full = os.path.join(full_dir, case.out)
        run(case.command(nirc, models, "B", full), log)
        if (sha256(full), os.path.getsize(full)) == result["final"]:
            result["landed"] = False
            result["after-rename"] = True
        else:
            fail("%s: after SIGKILL the final name %s holds %d bytes that are "
                 "neither the previous output (%s) nor the complete new one "
                 "(%d bytes): a partial or damaged file under the final name"
                 % (case.name, final, result["final"][1],
                    "%d bytes" % before[1] if before else "none",
                    os.path.getsize(full)))
    if result["landed"]:
        # Mid-write: the orphaned temporary file holds part of the output.
        if len(left) != 1:
            fail("%s: expected one orphaned temporary file after SIGKILL, found %s"
                 % (case.name, left or "none"))
        result["temp-size"] = result["temps"][0][1]
    for name in left:
        os.remove(os.path.join(out_dir, name))
    if temp_files(out_dir, case.out):
        fail("%s: could not remove the temporary file" % case.name)
    return result


def main():
    if len(sys.argv) != 4 or sys.argv[2] not in CASES:
        sys.exit(__doc__)
    nirc, case_class, work = sys.argv[1], CASES[sys.argv[2]], sys.argv[3]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    models = os.path.join(work, "models")
    start = time.monotonic()
    prepared = None  # the scale of the models in `models`
    what = {}  # scale -> description of the model
    full = {}  # scale -> size of the complete previous output
    for previous in (True, False):
        label = case_class.name + (":" if previous else " (no previous output):")
        for attempt in range(1, ATTEMPTS + 1):
            scale = 1 << (attempt - 1)  # twice as large on each retry
            case = case_class(scale)
            if prepared != scale:
                shutil.rmtree(models, ignore_errors=True)
                os.makedirs(models)
                what[scale] = case.prepare(models)
                prepared = scale
            if not previous and scale not in full:
                # The size of a complete output, to tell a partial one.
                side = os.path.join(work, "complete-A")
                os.makedirs(side, exist_ok=True)
                run(case.command(nirc, models, "A", os.path.join(side, case.out)),
                    os.path.join(work, "nirc.log"))
                full[scale] = os.path.getsize(os.path.join(side, case.out))
            r = scenario(case, nirc, models, work, previous)
            if r["previous"]:
                full[scale] = r["previous"][1]
            # Outputs A and B differ in random content only, so their sizes
            # agree to far better than 1%: below 99% of A's size is partial.
            mid = r["landed"] and r["temp-size"] < 0.99 * full[scale]
            if r.get("after-rename"):
                why = ("nirc had put its complete new output in place (renamed "
                       "it) before the kill landed")
            elif not mid:
                why = ("the temporary file was complete (%d bytes) when the kill "
                       "landed" % r["temp-size"])
            print("%s detail: attempt %d: model: %s; complete output %d bytes (%s); %s"
                  % (label, attempt, what[scale], full[scale], mib(full[scale]),
                     "temporary file had %d bytes when SIGKILL was sent, %d bytes "
                     "(%.1f%%) once the process had died; removed it"
                     % (r["seen"], r["temp-size"], 100.0 * r["temp-size"] / full[scale])
                     if mid else "not caught mid-write: " + why))
            sys.stdout.flush()
            if mid:
                break
        else:
            fail("%s no kill landed mid-write in %d attempts (largest model: %s); "
                 "the test proves nothing: make the model larger"
                 % (label, ATTEMPTS, what[scale]))
        if previous:
            print("%s killed by SIGKILL mid-write; previous output intact "
                  "(SHA-256 unchanged); nothing partial under the final name" % label)
        else:
            print("%s killed by SIGKILL mid-write; no file under the final name"
                  % label)
        sys.stdout.flush()
    print("%s detail: %.1f s" % (case_class.name, time.monotonic() - start))
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
