#!/usr/bin/env python3
"""nirc against Brian2 on the 784-500-10 LIF network of nirc-sim-bench.

    bench/brian2_ratio.py [--nirc build/bin/nirc]
        [--engines interpret,jit,jit-f32]
        [--sim-bench build/bin/nirc-sim-bench] [--runs 5] [--threads 2]
        [--steps 1000] [--tolerance 0.005] [--keep DIR]

Builds the network and input of bench/SimBench.cpp (FeedForwardLIF/1) with
NumPy, bit for bit: the same std::mt19937 streams (seed 42 for the weights,
7 for the input), libstdc++'s normal and Bernoulli draws, weights written as
SimBench writes them (float32, printed with %e), in the order a g++ build
of SimBench draws them. When nirc-sim-bench is built, the script runs its
FeedForwardLIF/1 too and checks that its output spike count is this
network's (a different network would not give the same count). Then it
simulates the network

  - with nirc: `nirc simulate MODEL.mlir --input INPUT.csv --dt 1e-3
    --probe hidden --timing --engine E [--precision P]` (method=exact,
    reset=to-v_reset) on each of --engines: the interpreter (float64), the
    JIT in float64 (nirc's default) and in float32 (docs/native.md);
  - with Brian2 (Debian's python3-brian 2.5.1) in cpp_standalone mode with
    --threads OpenMP threads, method='exact', float64, Brian2's default
    compiler flags (-O3 -ffast-math -fno-finite-math-only -march=native),

and prints the time of each, their ratios and whether the spike counts
agree. One sample (batch 1), `--steps` steps of dt = 1 ms.

What is timed (each the best of --runs runs):
  - Brian2 "run": the simulation loop of the compiled binary (its
    Network::run, as Brian2 reports it in results/last_run_info.txt): no
    code generation, no compiling, no building of the synapses. The build
    (code generation and compiling, once) is printed apart.
  - nirc "run": `time in the ops` of --timing, the time spent stepping
    (the interpreter's kernels, the JIT's steps with the crossing searches
    they hand to the host): no parsing, no lowering, no JIT compile. The
    JIT's compile time is printed apart, and for the interpreter its
    "in X s" (lowering and set-up plus the run, to 10 ms). nirc-sim-bench's
    time per run (the mean wall time of Simulator::run) is printed too,
    when it is there.

Brian2 is made to step as nirc does (docs/semantics.md), so the counts are
comparable spike for spike:
  - zero-order hold: the input of step k is held over the step: the input
    spikes of step k reach the hidden layer, and the hidden spikes of step k
    the output layer, within step k (every object is scheduled in one slot,
    in the graph's order), and each layer's current is cleared before its
    synapses add to it;
  - exact integration: v(t+dt) = v_inf + (v - v_inf) exp(-dt/tau), with
    v_inf = v_leak + r I;
  - a crossing resets the neuron at the instant it crosses, and the neuron
    evolves for the rest of the step, crossing again as often as the rest of
    the step allows: Brian2's reset computes this in closed form, counts the
    crossings and passes their number to the next layer (nirc counts every
    crossing; Brian2 thresholds once per step).

Agreement: for each layer, the total spike counts and the neurons whose
counts differ. The two compute the same closed forms in a different order
(and Brian2 with -ffast-math), so a membrane that ends a step within
rounding of the threshold can cross in one and not in the other; the counts
must agree within --tolerance (relative, on each layer's total; default
0.5 %). Counts per neuron need h5py (Debian's python3-h5py); without it
only the totals are compared. Exit status 1 when they do not agree (or
nirc-sim-bench's network is not this one), 0 otherwise: the speed target
is reported, not enforced. Skips (exit 0) when Brian2 cannot be imported;
it re-runs itself under /usr/bin/python3 (where Debian installs
python3-brian) when another python3 is first on PATH. Not run in CI.

The machine must be otherwise idle: Brian2's OpenMP threads wait for each
other several times a step, and a busy core slows them down by up to two
orders of magnitude. The script reports how many cores other processes
kept busy during each simulator's timed runs.
"""

import importlib.util
import os
import sys

DEBIAN_PYTHON = "/usr/bin/python3"

if importlib.util.find_spec("brian2") is None:
    if (os.path.exists(DEBIAN_PYTHON)
            and os.path.realpath(sys.executable) != os.path.realpath(DEBIAN_PYTHON)
            and not os.environ.get("BRIAN2_RATIO_REEXEC")):
        os.environ["BRIAN2_RATIO_REEXEC"] = "1"
        os.execv(DEBIAN_PYTHON, [DEBIAN_PYTHON] + sys.argv)
    print(f"brian2_ratio: skipped: {sys.executable} cannot import Brian2 "
          "(apt-get install python3-brian)")
    sys.exit(0)

import argparse
import json
import re
import shutil
import subprocess
import tempfile
import time
import warnings

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# bench/SimBench.cpp: FeedForwardLIF.
INPUTS, HIDDEN, OUTPUTS = 784, 500, 10
DT = 1e-3
RATE = 0.1  # input spike probability per channel and step
WEIGHT_SEED, INPUT_SEED = 42, 7
SCALE_FC1, SCALE_FC2 = 0.5, 1.0  # standard deviations of the weights
TAU, R, V_LEAK, V_THRESHOLD, V_RESET = 1e-2, 1.0, 0.0, 1.0, 0.0


# --- The random streams of SimBench.cpp, in NumPy -------------------------

def mt19937(seed):
    """NumPy's MT19937 in the state std::mt19937(seed) starts in (its
    init_genrand; NumPy's own seeding differs)."""
    key = np.empty(624, dtype=np.uint32)
    key[0] = seed
    for i in range(1, 624):
        prev = int(key[i - 1])
        key[i] = (1812433253 * (prev ^ (prev >> 30)) + i) & 0xFFFFFFFF
    generator = np.random.MT19937()
    generator.state = {"bit_generator": "MT19937",
                       "state": {"key": key, "pos": 624}}
    return generator


def canonical(raw):
    """libstdc++'s generate_canonical<double, 53> over mt19937: two 32-bit
    draws per number, (a + b 2^32) / 2^64, below 1."""
    pairs = raw.reshape(-1, 2).astype(np.float64)
    u = (pairs[:, 0] + pairs[:, 1] * 2.0**32) / 2.0**64
    return np.minimum(u, np.nextafter(1.0, 0.0))


def normals(generator, count, stddev):
    """`count` draws of libstdc++'s std::normal_distribution(0, stddev)
    (Marsaglia's polar method: a pair of uniforms in the unit disc gives
    y*m, then x*m), consuming the generator exactly as it does; `count` is
    even, so no draw is left cached."""
    assert count % 2 == 0
    out = np.empty(0)
    while out.size < count:
        # Draw a batch of candidate pairs; the generator state saved before
        # lets us give back what the accepted pairs did not use.
        state = generator.state
        pairs = (count - out.size) // 2
        batch = int(pairs * 1.35) + 64  # pi/4 of the pairs are accepted
        u = canonical(generator.random_raw(4 * batch)).reshape(-1, 2)
        x, y = 2.0 * u[:, 0] - 1.0, 2.0 * u[:, 1] - 1.0
        r2 = x * x + y * y
        accepted = np.flatnonzero((r2 <= 1.0) & (r2 != 0.0))[:pairs]
        generator.state = state
        generator.random_raw(4 * (accepted[-1] + 1))
        x, y, r2 = x[accepted], y[accepted], r2[accepted]
        m = np.sqrt(-2.0 * np.log(r2) / r2)
        out = np.concatenate([out, np.column_stack([y * m, x * m]).ravel()])
    return out * stddev


def weights(generator, rows, cols, stddev):
    """SimBench's randomWeights: float(normal) printed with %e, as the MLIR
    literal text and as the float64 values nirc reads from it (parsed as a
    double, rounded to float32)."""
    values = normals(generator, rows * cols, stddev).astype(np.float32)
    text = np.char.mod("%e", values.astype(np.float64)).reshape(rows, cols)
    parsed = text.astype(np.float64).astype(np.float32).astype(np.float64)
    literal = "dense<[" + ",".join(
        "[" + ",".join(row) + "]" for row in text) + \
        f"]> : tensor<{rows}x{cols}xf32>"
    return literal, parsed


def input_spikes(steps):
    """SimBench's randomSpikes: std::bernoulli_distribution(RATE) over
    std::mt19937(7), one draw per step and channel ([steps, channels])."""
    u = canonical(mt19937(INPUT_SEED).random_raw(2 * steps * INPUTS))
    return (u < RATE).astype(np.int8).reshape(steps, INPUTS)


def network(steps):
    generator = mt19937(WEIGHT_SEED)
    # SimBench draws fc2's weights first, then fc1's.
    fc2_text, fc2 = weights(generator, OUTPUTS, HIDDEN, SCALE_FC2)
    fc1_text, fc1 = weights(generator, HIDDEN, INPUTS, SCALE_FC1)
    return fc1_text, fc1, fc2_text, fc2, input_spikes(steps)


# --- Timing ----------------------------------------------------------------

class OtherProcesses:
    """How busy the machine was with anything but this script and its
    children, from the CPU time in /proc/stat less our own (Linux only)."""

    def __init__(self):
        self.start = self.sample()

    @staticmethod
    def sample():
        try:
            with open("/proc/stat") as f:
                ticks = [int(v) for v in f.readline().split()[1:9]]
        except OSError:
            return None
        busy = (sum(ticks) - ticks[3] - ticks[4]) / os.sysconf("SC_CLK_TCK")
        own = os.times()
        return (busy, own.user + own.system + own.children_user
                + own.children_system, time.monotonic())

    def cores(self):
        end = self.sample()
        if self.start is None or end is None:
            return None
        busy, own, wall = (b - a for a, b in zip(self.start, end))
        return max(busy - own, 0.0) / wall


# --- nirc ------------------------------------------------------------------

def lif_attributes(n):
    fields = [("tau", TAU), ("r", R), ("v_leak", V_LEAK),
              ("v_threshold", V_THRESHOLD), ("v_reset", V_RESET)]
    return ", ".join(f"{name} = dense<{value:e}> : tensor<{n}xf32>"
                     for name, value in fields)


def write_nirc_files(directory, fc1_text, fc2_text, spikes):
    model = os.path.join(directory, "feedforward.mlir")
    with open(model, "w") as f:
        f.write(f"""nir.graph {{
  %in = nir.input "in" : !nir.signal<{INPUTS}>
  %a1 = nir.linear "fc1"(%in) {{weight = {fc1_text}}} : (!nir.signal<{INPUTS}>) -> !nir.signal<{HIDDEN}>
  %h = nir.lif "hidden"(%a1) {{{lif_attributes(HIDDEN)}}} : (!nir.signal<{HIDDEN}>) -> !nir.signal<{HIDDEN}>
  %a2 = nir.linear "fc2"(%h) {{weight = {fc2_text}}} : (!nir.signal<{HIDDEN}>) -> !nir.signal<{OUTPUTS}>
  %o = nir.lif "out"(%a2) {{{lif_attributes(OUTPUTS)}}} : (!nir.signal<{OUTPUTS}>) -> !nir.signal<{OUTPUTS}>
  %y = nir.output "y"(%o) : (!nir.signal<{OUTPUTS}>) -> !nir.signal<{OUTPUTS}>
}}
""")
    data = os.path.join(directory, "input.csv")
    np.savetxt(data, spikes, fmt="%d", delimiter=",")
    return model, data


def spike_counts(stderr, path, node):
    """`node`'s spikes per neuron, from the file nirc wrote (with h5py), or
    only their total, from nirc's summary (without)."""
    try:
        import h5py
    except ImportError:
        total = re.search(rf"^\s*{node}\.output: (\d+) spike\(s\)", stderr,
                          re.MULTILINE)
        return np.array([int(total.group(1))])
    with h5py.File(path, "r") as f:
        data = f[f"nodes/{node}/observables/output/data"][0]
    return np.rint(data.sum(axis=0)).astype(int)


# nirc's engines (docs/native.md): the interpreter, and the JIT in float64
# (the default) and float32: the label nirc's --timing and nirc-sim-bench
# print (which may add the JIT's threads), the flags, and the engine
# argument of nirc-sim-bench's FeedForwardLIF (SimBench.cpp's EngineArg).
ENGINES = {"interpret": ("interpreter", ["--engine", "interpret"], 0),
           "jit": ("jit f64", ["--engine", "jit", "--precision", "f64"], 1),
           "jit-f32": ("jit f32", ["--engine", "jit", "--precision", "f32"],
                       2)}


def run_nirc(nirc, engine, model, data, directory, runs):
    """The best and median of `runs` runs of `nirc simulate` with `engine`:
    its time in the ops, its set-up (the JIT's compile, or the lowering and
    run together for the interpreter) and the spikes per neuron."""
    label, flags, _ = ENGINES[engine]
    output = os.path.join(directory, f"nirc-{engine}.h5")
    command = [nirc, "simulate", model, "--input", data, "--dt", f"{DT:e}",
               "--probe", "hidden", "--timing", *flags, "-o", output]
    print("$ " + " ".join(command), flush=True)
    best, times = None, []
    others = OtherProcesses()
    for _ in range(runs):
        done = subprocess.run(command, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
        if done.returncode != 0:
            sys.exit(f"nirc failed ({done.returncode}):\n{done.stderr}")
        ops = float(re.search(r"time in the ops: ([0-9.]+) s",
                              done.stderr).group(1))
        times.append(ops)
        if best is None or ops < best[0]:
            best = (ops, done.stderr)
    ops, stderr = best
    others = others.cores()
    ran = re.search(r"^engine: (.*)$", stderr, re.MULTILINE).group(1)
    if not ran.startswith(label):
        sys.exit(f"nirc ran `{ran}`, not `{label}`:\n{stderr}")
    compile_time = re.search(r"JIT compile: ([0-9.]+) s", stderr)
    setup = (f"JIT compile {float(compile_time.group(1)):.3f} s"
             if compile_time else
             "lowering + run " +
             re.search(r"reset=\S+, in ([0-9.]+ s)", stderr).group(1))
    return {"name": f"nirc {ran}", "label": label, "run": ops,
            "median": float(np.median(times)), "setup": setup,
            "others": others,
            "hidden": spike_counts(stderr, output, "hidden"),
            "out": spike_counts(stderr, output, "y")}


def run_sim_bench(sim_bench, engine):
    """nirc-sim-bench's FeedForwardLIF/1 on `engine` (the same network and
    input, built in C++): the mean wall time of one Simulator::run, and the
    output spikes, which must equal this script's if the network is the
    same; None, with a warning, when it fails (its JIT crashed in builds
    around 7206f41)."""
    label, _, index = ENGINES[engine]
    command = [sim_bench, f"--benchmark_filter=^FeedForwardLIF/1/{index}(/|$)",
               "--benchmark_format=json"]
    print("$ " + " ".join(command), flush=True)
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        how = (f"killed by signal {-done.returncode}" if done.returncode < 0
               else f"exit status {done.returncode}")
        print(f"warning: nirc-sim-bench failed ({how}); its row is left out"
              f"\n{done.stderr.strip()[-300:]}", flush=True)
        return None
    result = json.loads(done.stdout)["benchmarks"][0]
    assert result["time_unit"] == "ms" and result["label"].startswith(label)
    return (result["real_time"] / 1e3,
            int(round(result["output_spikes/run"])))


# --- Brian2 ----------------------------------------------------------------

# dv/dt = (v_leak - v + r I) / tau with I held over the step. `count` sums
# the crossings, `crossings` is this step's number (read by the next
# layer's synapses).
EQUATIONS = """
dv/dt = (v_leak - v + r * I) / tau : 1
I : 1
count : 1
crossings : 1
"""

# At the end of a step v > v_threshold: the neuron crossed once, at the
# instant `left` before the step's end where the trajectory towards v_inf
# met the threshold. Reset there, it reaches the threshold again after
# `period`, so it crossed 1 + floor(left / period) times and ends the step
# `left - extra * period` after its last reset.
RESET = """
v_inf = v_leak + r * I
left = tau * log((v_inf - v_threshold) / (v_inf - v))
period = tau * log((v_inf - v_reset) / (v_inf - v_threshold))
extra = floor(left / period)
v = v_inf + (v_reset - v_inf) * exp(-(left - extra * period) / tau)
crossings = 1 + extra
count += crossings
"""


def run_brian2(fc1, fc2, spikes, threads, directory, runs):
    with warnings.catch_warnings():  # Debian's pythran warns about NumPy
        warnings.simplefilter("ignore", FutureWarning)
        import brian2 as b2
    from brian2 import second

    b2.set_device("cpp_standalone", directory=directory, build_on_run=False)
    b2.prefs.devices.cpp_standalone.openmp_threads = threads
    b2.prefs.core.default_float_dtype = np.float64
    b2.defaultclock.dt = DT * second
    steps = spikes.shape[0]

    namespace = {"tau": TAU * second, "r": R, "v_leak": V_LEAK,
                 "v_threshold": V_THRESHOLD, "v_reset": V_RESET}
    step, channel = np.nonzero(spikes)
    source = b2.SpikeGeneratorGroup(INPUTS, channel, step * DT * second,
                                    name="source")

    def layer(name, n):
        group = b2.NeuronGroup(n, EQUATIONS, threshold="v > v_threshold",
                               reset=RESET, method="exact",
                               namespace=namespace, name=name)
        group.v = V_LEAK
        clear = group.run_regularly("I = 0", name=name + "_clear")
        return group, clear

    def dense(pre, post, matrix, on_pre, name):
        synapses = b2.Synapses(pre, post, "w : 1", on_pre=on_pre, name=name)
        rows, cols = np.indices(matrix.shape)
        synapses.connect(i=cols.ravel(), j=rows.ravel())
        synapses.w = matrix.ravel()
        return synapses

    hidden, hidden_clear = layer("hidden", HIDDEN)
    out, out_clear = layer("out", OUTPUTS)
    fc1_syn = dense(source, hidden, fc1, "I_post += w", "fc1")
    fc2_syn = dense(hidden, out, fc2, "I_post += w * crossings_pre", "fc2")

    # One step in the graph's order, as nirc runs it: input spikes, fc1,
    # hidden, fc2, out.
    order = [source,
             hidden_clear, fc1_syn.pre, hidden.state_updater,
             hidden.thresholder["spike"], hidden.resetter["spike"],
             out_clear, fc2_syn.pre, out.state_updater,
             out.thresholder["spike"], out.resetter["spike"]]
    for k, obj in enumerate(order):
        obj.when, obj.order = "groups", k

    network = b2.Network(source, hidden, out, fc1_syn, fc2_syn)
    network.run(steps * DT * second)
    print(f"brian2 {b2.__version__}: building {directory}", flush=True)
    start = time.perf_counter()
    b2.device.build(directory=directory, compile=True, run=False,
                    with_output=False)
    build = time.perf_counter() - start
    times = []
    others = OtherProcesses()
    for _ in range(runs):
        b2.device.run(directory, with_output=False, run_args=[])
        times.append(b2.device._last_run_time)
    return {"run": min(times), "median": float(np.median(times)),
            "build": build, "others": others.cores(),
            "hidden": np.rint(hidden.count[:]).astype(int),
            "out": np.rint(out.count[:]).astype(int)}


# --- Comparison ------------------------------------------------------------

def agreement(brian, nirc, tolerance):
    """Whether a layer's total spike counts agree within `tolerance`, and a
    table cell: how far apart they are and, when nirc's counts per neuron
    are known, how many neurons differ."""
    total_b, total_n = int(brian.sum()), int(nirc.sum())
    relative = abs(total_b - total_n) / max(total_b, total_n, 1)
    ok = relative <= tolerance
    cell = f"{relative:.2%} off"
    if len(nirc) == len(brian):
        differ = np.abs(brian - nirc)
        cell += (f", {np.count_nonzero(differ)}/{len(nirc)} neurons differ"
                 + (f" by up to {differ.max()}" if differ.any() else ""))
    return ok, cell + ("" if ok else ", DISAGREE")


def main():
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nirc", default=os.path.join(ROOT, "build", "bin",
                                                       "nirc"),
                        help="the nirc to time (default: %(default)s)")
    parser.add_argument("--engines", default="interpret,jit,jit-f32",
                        help="nirc's engines to run, of "
                             f"{', '.join(ENGINES)} (default: %(default)s)")
    parser.add_argument("--sim-bench", default=os.path.join(
        ROOT, "build", "bin", "nirc-sim-bench"),
        help="also time nirc-sim-bench's FeedForwardLIF/1 and check that it "
             "is the same network (skipped when absent or --steps is not "
             "1000)")
    parser.add_argument("--runs", type=int, default=5,
                        help="runs of each simulator; their best and median "
                             "are reported")
    parser.add_argument("--threads", type=int, default=2,
                        help="Brian2's OpenMP threads (0: without OpenMP)")
    parser.add_argument("--steps", type=int, default=1000,
                        help="steps of 1 ms (nirc-sim-bench runs 1000)")
    parser.add_argument("--tolerance", type=float, default=0.005,
                        help="largest relative difference of a layer's "
                             "total spike count")
    parser.add_argument("--keep", metavar="DIR",
                        help="write the files here and keep them")
    args = parser.parse_args()
    if not os.access(args.nirc, os.X_OK):
        sys.exit(f"no nirc at {args.nirc} (build it, or pass --nirc)")
    engines = args.engines.split(",")
    for engine in engines:
        if engine not in ENGINES:
            sys.exit(f"unknown engine {engine}: one of {', '.join(ENGINES)}")

    directory = args.keep or tempfile.mkdtemp(prefix="brian2-ratio-")
    os.makedirs(directory, exist_ok=True)
    try:
        fc1_text, fc1, fc2_text, fc2, spikes = network(args.steps)
        model, data = write_nirc_files(directory, fc1_text, fc2_text, spikes)
        print(f"784-500-10 LIF, batch 1, {args.steps} steps of {DT:g} s, "
              f"{spikes.sum()} input spikes ({spikes.mean():.1%} activity); "
              f"files in {directory}", flush=True)
        nircs = [run_nirc(args.nirc, engine, model, data, directory,
                          args.runs) for engine in engines]
        sim_bench = {}
        if args.steps == 1000 and os.access(args.sim_bench, os.X_OK):
            sim_bench = {engine: run_sim_bench(args.sim_bench, engine)
                         for engine in engines}
        brian = run_brian2(fc1, fc2, spikes, args.threads,
                           os.path.join(directory, "brian2"), args.runs)
    finally:
        if not args.keep:
            shutil.rmtree(directory, ignore_errors=True)

    threads = (f"{args.threads} OpenMP threads" if args.threads
               else "without OpenMP")
    brian["name"] = f"Brian2 cpp_standalone, {threads}"
    brian["setup"] = f"build {brian['build']:.1f} s (once)"
    print()
    print(f"| | run, best of {args.runs} | median | Brian2 / this (best) | "
          "set-up | hidden spikes | out spikes | cores others kept busy |")
    print("|---|---|---|---|---|---|---|---|")
    agree, same = True, True
    for engine, row in [(None, brian)] + list(zip(engines, nircs)):
        cells = [row["name"], f"{row['run']:.3f} s", f"{row['median']:.3f} s",
                 f"{brian['run'] / row['run']:.2f}", row["setup"]]
        for layer in ("hidden", "out"):
            ok, cell = agreement(brian[layer], row[layer], args.tolerance)
            agree &= ok
            cells.append(str(row[layer].sum()) +
                         ("" if row is brian else f" ({cell})"))
        cells.append("?" if row["others"] is None
                     else f"{row['others']:.2f}")
        print("| " + " | ".join(cells) + " |")
        if sim_bench.get(engine):
            seconds, spikes_out = sim_bench[engine]
            row_same = spikes_out == row["out"].sum()
            same &= row_same
            print(f"| nirc-sim-bench FeedForwardLIF/1, {row['label']} | "
                  f"{seconds:.3f} s (mean) | | {brian['run'] / seconds:.2f} "
                  f"| | | {spikes_out}"
                  f"{'' if row_same else ' (NOT the same network)'} | |")
    print()
    busy = [row["others"] for row in [brian] + nircs
            if row["others"] is not None]
    if busy and max(busy) > 0.1:
        print(f"other processes kept up to {max(busy):.2f} of "
              f"{os.cpu_count()} cores busy during the timed runs: the times "
              "are not to be trusted (Brian2's OpenMP threads suffer most)")
    for row in nircs:
        ratio = brian["run"] / row["run"]
        print(f"{row['name']} is {ratio:.2f}x as fast as Brian2 at batch 1 "
              "(issue 16's target, at least 3x: "
              f"{'met' if ratio >= 3 else 'not met'})")
    print(f"spike counts {'agree' if agree else 'do NOT agree'} within "
          f"{args.tolerance:.1%} of each layer's total"
          + ("" if same else "; nirc-sim-bench's network is NOT this one"))
    return 0 if agree and same else 1


if __name__ == "__main__":
    sys.exit(main())
