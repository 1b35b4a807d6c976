"""nirc: compile and simulate NIR graphs from Python.

    model = nirc.load("net.nir")            # or bytes, or a nir.NIRGraph
    out = model.simulate(x, dt=1e-3, probes=["lif1", "lif1.v"])
    chip = model.compile("loihi2", dt=1e-3)  # the JSON `nirc compile` writes

A `.nir` file is read in a child process, as the `nirc` command reads it: a
corrupt file gives a `nirc.LoadError` instead of crashing the interpreter.
"""

import io
import json
import os

from ._core import CompileError, Error, LoadError, SimulationError
from ._core import load_bytes as _load_bytes
from ._core import load_path as _load_path
from ._core import targets

__all__ = ["load", "Model", "targets", "Error", "LoadError",
           "SimulationError", "CompileError"]

# Seconds a .nir file may take to read (nirc's --read-timeout).
READ_TIMEOUT = 60.0


def load(source, repair_edges=False):
    """Loads a model from a `.nir` or `.mlir` path, the bytes of a `.nir`
    file, or a `nir.NIRGraph` (written by nir's own writer into memory).

    With `repair_edges`, an edge naming a missing node is retargeted to the
    one node of a near name, with a warning (nirc's --nir-repair-edges).
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        core = _load_bytes(bytes(source), "<bytes>", repair_edges,
                           READ_TIMEOUT)
    elif isinstance(source, (str, os.PathLike)):
        core = _load_path(os.fspath(source), repair_edges, READ_TIMEOUT)
    elif _is_nir_graph(source):
        import nir

        image = io.BytesIO()
        nir.write(image, source)
        core = _load_bytes(image.getvalue(), "<nir.NIRGraph>", repair_edges,
                           READ_TIMEOUT)
    else:
        raise TypeError("nirc.load takes a path, the bytes of a .nir file or "
                        "a nir.NIRGraph, not " + type(source).__name__)
    return Model(core)


def _trial_ranges(first, trials, processes):
    """Up to `processes` ranges [begin, end) of consecutive trials from
    `first` on, as even as they go."""
    count = min(processes, trials)
    bounds = [first + trials * k // count for k in range(count + 1)]
    return list(zip(bounds[:-1], bounds[1:]))


def _run_trials(nir_bytes, name, inputs, options, begin, end):
    """One process's range of trials, on the model read back from its
    `.nir` bytes (an export and import keeps it bit for bit)."""
    model = Model(_load_bytes(nir_bytes, name, False, READ_TIMEOUT))
    return model.simulate(inputs, trials=end - begin, first_trial=begin,
                          **options)


def _simulate_in_processes(model, inputs, options, first, trials, processes):
    """Model.simulate's trials over `processes` processes: trial k's noise
    depends only on the seed and k, so the ranges' arrays, joined in
    order, are the run's."""
    import concurrent.futures
    import multiprocessing

    import numpy as np

    ranges = _trial_ranges(first, trials, processes)
    source = model._core.to_nir_bytes()
    # Spawned, not forked: the parent's MLIR context has threads of its own.
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(len(ranges),
                                                mp_context=context) as pool:
        parts = list(pool.map(
            _run_trials, *zip(*[(source, model._core.name, inputs, options,
                                 begin, end) for begin, end in ranges])))
    return {key: np.concatenate([part[key] for part in parts])
            for key in parts[0]}


def _is_nir_graph(source):
    return any(cls.__name__ == "NIRGraph" and cls.__module__.startswith("nir")
               for cls in type(source).__mro__)


class Model:
    """A NIR graph, verified and with its shapes inferred."""

    def __init__(self, core):
        self._core = core

    @property
    def nodes(self):
        """Node name -> NIR type name ("LIF", "NIRGraph", ...) of the
        top-level graph, in graph order."""
        return dict(self._core.nodes())

    @property
    def edges(self):
        """The top-level (source, target) pairs in the file's order."""
        return self._core.edges()

    def to_mlir(self):
        """The model in the `nir` MLIR dialect, as text."""
        return self._core.to_mlir()

    def to_nir(self, type_check=True):
        """The model as a `nir.NIRGraph`, read by nir's own reader (which
        checks the types unless told not to)."""
        import nir

        return nir.read(io.BytesIO(self._core.to_nir_bytes()),
                        type_check=type_check)

    def save(self, path):
        """Writes `.nir` or `.mlir` (by extension); never a partial file."""
        self._core.save(os.fspath(path))

    def simulate(self, inputs, dt=None, method="exact", reset="to-v_reset",
                 probes=(), target=None, allow_saturation=False,
                 emulate="chip", mismatch=None, trials=1, seed=0,
                 first_trial=0, processes=1, engine="auto", precision="f64",
                 threads=0):
        """Runs the model on `inputs` as `nirc simulate` does.

        `inputs` is an array `[samples, steps, ...]` for a graph with one
        Input, a dict of them by Input name, or the path of a NIRGraphData
        (or one-Input CSV) file, whose dt is used when `dt` is None. `dt` is
        the step in seconds. `probes` names NODE (its output), NODE.v or
        NODE.i. With `target` (see `nirc.targets()`), the model runs in
        that chip's own arithmetic (weights it cannot hold are clipped
        with `allow_saturation`, else refused), or with
        `emulate="toolchain"` as its vendor's toolchain models it where the
        two differ (speck: Sinabs' time-stepped IAF); with `mismatch`
        ("tau=0.05,weight=0.01", or "default" for the target's documented
        variation), `trials` Monte Carlo trials of fixed-pattern noise
        drawn from `seed`, from trial `first_trial` on, are stacked
        trial-major on the sample axis. The options mean what `nirc
        simulate`'s do. With `processes` above 1, the trials are split into
        that many ranges of consecutive trials, each run in a process of
        its own on this machine (`mpirun -np N nirc simulate` spreads them
        over machines), and joined trial-major: the arrays one process
        gives, bit for bit. `engine` ("auto", "jit" or "interpret"),
        `precision` ("f64" or "f32", the JIT's) and `threads` (0: every
        core) are `nirc simulate`'s --engine, --precision and --threads
        (docs/native.md).

        Returns a dict of float64 arrays `[samples, steps, ...]`: "output"
        (each Output's name when there are several) and one per probe.
        """
        import numpy as np

        from ._core import RunArguments

        if processes > 1 and trials > 1:
            options = dict(dt=dt, method=method, reset=reset,
                           probes=list(probes), target=target,
                           allow_saturation=allow_saturation,
                           emulate=emulate, mismatch=mismatch, seed=seed,
                           engine=engine, precision=precision, threads=1)
            if isinstance(inputs, os.PathLike):
                inputs = os.fspath(inputs)
            return _simulate_in_processes(self, inputs, options,
                                          int(first_trial), int(trials),
                                          int(processes))
        arguments = RunArguments(method, reset, list(probes), target or "",
                                 allow_saturation, emulate, mismatch,
                                 int(trials), int(seed), int(first_trial),
                                 engine, precision, int(threads))
        if isinstance(inputs, (str, os.PathLike)):
            return self._core.simulate_file(os.fspath(inputs), float(dt or 0),
                                            arguments, READ_TIMEOUT)
        if dt is None:
            raise SimulationError("pass dt: an array has no time axis")
        if not isinstance(inputs, dict):
            names = self._core.input_names()
            if len(names) != 1:
                raise SimulationError(
                    "an array feeds a graph with one Input, but this graph "
                    "has %d; pass a dict by Input name" % len(names))
            inputs = {names[0]: inputs}
        arrays = {name: np.ascontiguousarray(value, dtype=np.float64)
                  for name, value in inputs.items()}
        return self._core.simulate_arrays(arrays, float(dt), arguments)

    def compile(self, target, dt=1e-3, allow_saturation=False):
        """Maps the model onto a chip; returns the target description that
        `nirc compile` writes, parsed. Raises CompileError naming the limit
        the model breaks."""
        return json.loads(self._core.compile(target, float(dt),
                                             allow_saturation))

    def __repr__(self):
        return self._core.info()
