#!/usr/bin/env python3
"""Writes the NIRGraphData input files the `nirc simulate` tests read.

The committed .h5 files are its output; rerun it (needs h5py and numpy, e.g.
Debian's python3-h5py) only to change them. The lit tests themselves need
neither. Every file is small and deterministic (fixed seeds).
"""
import os

import h5py
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


def grid(data, dt):
    """A TimeGriddedData observable: data [samples, T, neurons]."""
    def write(group):
        group.attrs["__type__"] = "TimeGriddedData"
        group.attrs["dt"] = dt
        values = np.asarray(data)
        # gzip, as NIR's Python package writes, where it pays off.
        group.create_dataset("data", data=values, compression="gzip"
                             if values.size > 1000 else None,
                             track_times=False)
    return write


def events(idx, time, n_neurons, t_max):
    """An EventData observable: idx and time [samples, events]."""
    def write(group):
        group.attrs["__type__"] = "EventData"
        # A float n_neurons is kept as one (the hostile cases need a NaN).
        group.attrs["n_neurons"] = (n_neurons if isinstance(n_neurons, float)
                                    else np.int64(n_neurons))
        group.attrs["t_max"] = np.float64(t_max)
        group.create_dataset("idx", data=np.array(idx, dtype=np.int64),
                             track_times=False)
        group.create_dataset("time", data=np.array(time, dtype=np.float64),
                             track_times=False)
    return write


def new_group(parent, name):
    """A group without timestamps, so that reruns write the same bytes."""
    gcpl = h5py.h5p.create(h5py.h5p.GROUP_CREATE)
    gcpl.set_obj_track_times(False)
    return h5py.Group(h5py.h5g.create(parent.id, name.encode(), gcpl=gcpl))


def new_file(path):
    """The compact v1.8 format (smaller files), readable by HDF5 >= 1.8,
    with no timestamp on the root group either."""
    fcpl = h5py.h5p.create(h5py.h5p.FILE_CREATE)
    fcpl.set_obj_track_times(False)
    fapl = h5py.h5p.create(h5py.h5p.FILE_ACCESS)
    fapl.set_libver_bounds(h5py.h5f.LIBVER_V18, h5py.h5f.LIBVER_V18)
    fid = h5py.h5f.create(os.path.join(HERE, path).encode(), h5py.h5f.ACC_TRUNC,
                          fcpl=fcpl, fapl=fapl)
    return h5py.File(fid)


def graph_data(path, nodes):
    """nodes: [(node name, {observable name: writer})], in that order."""
    with new_file(path) as f:
        f.attrs["__type__"] = "NIRGraphData"
        group = new_group(f, "nodes")
        for name, observables in nodes:
            node = new_group(group, name)
            node.attrs["__type__"] = "NIRNodeData"
            obs = new_group(node, "observables")
            for observable, write in observables.items():
                write(new_group(obs, observable))


def constant(values, steps):
    """[samples, steps, 1]: sample s holds values[s] at every step."""
    return np.array([[[v]] * steps for v in values], dtype=np.float64)


# simulate.mlir ------------------------------------------------------------

# dt = 0.5 s in the file; sample 0 drives the LIF with 2.0, sample 1 with 1.5.
graph_data("lif_grid.h5", [("in", {"input": grid(constant([2.0, 1.5], 20),
                                                   0.5)})])

# Two samples of events for 2 neurons over t_max = 4 s. Padding (-1, inf), an
# event past t_max and one at exactly t_max are not on the grid: 3 events in
# each sample remain, two of sample 1 in the same step of dt = 0.5.
graph_data("events.h5", [("in", {"spikes": events(
    idx=[[0, 1, 0, 0, -1], [1, 1, 1, 0, -1]],
    time=[[0.1, 0.6, 0.7, 5.0, np.inf], [1.0, 1.2, 3.9, 4.0, np.inf]],
    n_neurons=2, t_max=4.0)})])

# Inputs `a` (1 neuron: 1.5) and `b` (2 neurons: 0.35, 0.45), 10 steps of 1 s.
A = constant([1.5], 10)
B = np.tile(np.array([0.35, 0.45]), (1, 10, 1))
graph_data("two_inputs.h5", [("a", {"input": grid(A, 1.0)}),
                             ("b", {"input": grid(B, 1.0)})])

# Events for `a` come before the grid of `b`: dt comes from `b` all the same.
graph_data("events_then_grid.h5", [
    ("a", {"spikes": events([[0, 0]], [[0.5, 2.5]], 1, 10.0)}),
    ("b", {"input": grid(B, 1.0)})])

# dt stored as float32 (as a framework using float32 tensors writes it).
graph_data("float32_dt.h5", [("in", {"input": grid(
    np.ones((1, 5, 1)), np.float32(1e-3))})])

# simulate-errors.mlir -----------------------------------------------------

graph_data("small_dt.h5", [("in", {"input": grid(constant([1.0], 3), 1e-4)})])
graph_data("two_inputs_extra.h5", [("a", {"input": grid(A, 1.0)}),
                                   ("b", {"input": grid(B, 1.0)}),
                                   ("la", {"input": grid(A, 1.0)})])
graph_data("two_inputs_missing.h5", [("a", {"input": grid(A, 1.0)})])
graph_data("two_inputs_steps.h5", [("a", {"input": grid(A, 1.0)}),
                                   ("b", {"input": grid(B[:, :8], 1.0)})])
graph_data("two_inputs_dt.h5", [("a", {"input": grid(A, 1.0)}),
                                ("b", {"input": grid(B, 0.5)})])
graph_data("events_no_dt.h5", [("in", {"spikes": events(
    [[0]], [[0.5]], 1, 4.0)})])
graph_data("nan.h5", [("in", {"input": grid(
    np.array([[[0.5], [np.nan], [0.5]]]), 1.0)})])
with new_file("not_graph_data.h5") as f:
    f.attrs["__type__"] = "NIRGraph"
    new_group(f, "nodes")

# simulate-dt.mlir: event time axes that no dt can grid ----------------------

graph_data("t_max_huge.h5", [("in", {"spikes": events(
    [[0]], [[0.5]], 1, 1e300)})])
graph_data("t_max_nan.h5", [("in", {"spikes": events(
    [[0]], [[0.5]], 1, np.nan)})])
graph_data("n_neurons_nan.h5", [("in", {"spikes": events(
    [[0]], [[0.5]], float("nan"), 4.0)})])
graph_data("n_neurons_huge.h5", [("in", {"spikes": events(
    [[0]], [[0.5]], 10**12, 4.0)})])

# simulate-fixtures.mlir ---------------------------------------------------

# The Braille networks: 12 channels of Bernoulli(0.2) spikes, 2 samples of
# 100 steps of 0.1 ms (the dt snnTorch trained them on), NumPy bools.
rng = np.random.default_rng(0)
graph_data("braille_spikes.h5", [("input", {"input": grid(
    rng.random((2, 100, 12)) < 0.2, 1e-4)})])

# Large batches, which `mpirun -np N nirc simulate` cuts into blocks of
# samples (simulate-mpi*.mlir), 320 samples each: 0 to 3 events per step for
# the recurrent LIF example (2 channels, 1 ms), Bernoulli(0.2) spikes for
# the Braille networks.
rng = np.random.default_rng(2)
graph_data("batch_spikes.h5", [("input", {"input": grid(
    rng.integers(0, 4, (320, 100, 2)).astype(np.float64), 1e-3)})])
graph_data("braille_batch.h5", [("input", {"input": grid(
    rng.random((320, 100, 12)) < 0.2, 1e-4)})])

# cnn_sinabs: [1, 10, 2 x 34 x 34] DVS-like spikes, dt = 1 s.
rng = np.random.default_rng(1)
graph_data("cnn_spikes.h5", [("input", {"input": grid(
    rng.random((1, 10, 2 * 34 * 34)) < 0.1, 1.0)})])
