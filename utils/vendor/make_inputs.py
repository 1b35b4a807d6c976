#!/usr/bin/env python3
"""Writes test/vendor/Inputs/*.h5, the NIRGraphData inputs of the
test/vendor/emulation-*.mlir tests (beside test/nirc/Inputs, which they also
read). Small and deterministic (fixed seeds, no timestamps): rerun it only to
change them, with any python that has h5py and numpy:

    build/venv-vendor/bin/python utils/vendor/make_inputs.py
"""
import os

import h5py
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "test", "vendor", "Inputs"))


def new_group(parent, name):
    gcpl = h5py.h5p.create(h5py.h5p.GROUP_CREATE)
    gcpl.set_obj_track_times(False)
    return h5py.Group(h5py.h5g.create(parent.id, name.encode(), gcpl=gcpl))


def grid_file(path, node, data, dt):
    """One Input `node` holding TimeGriddedData [samples, T, channels]."""
    fcpl = h5py.h5p.create(h5py.h5p.FILE_CREATE)
    fcpl.set_obj_track_times(False)
    fapl = h5py.h5p.create(h5py.h5p.FILE_ACCESS)
    fapl.set_libver_bounds(h5py.h5f.LIBVER_V18, h5py.h5f.LIBVER_V18)
    fid = h5py.h5f.create(os.path.join(OUT, path).encode(), h5py.h5f.ACC_TRUNC,
                          fcpl=fcpl, fapl=fapl)
    with h5py.File(fid) as f:
        f.attrs["__type__"] = "NIRGraphData"
        n = new_group(new_group(f, "nodes"), node)
        n.attrs["__type__"] = "NIRNodeData"
        g = new_group(new_group(n, "observables"), "input")
        g.attrs["__type__"] = "TimeGriddedData"
        g.attrs["dt"] = dt
        g.create_dataset("data", data=np.asarray(data), compression="gzip",
                         track_times=False)


os.makedirs(OUT, exist_ok=True)

# Event counts, 0.1 ms: Poisson(0.6) with bursts of 2..255 events in one step
# (Xylo takes at most 15 input events per channel and step, Loihi's Dense one
# spike), as float64.
rng = np.random.default_rng(11)
counts = rng.poisson(0.6, (2, 100, 12)).astype(np.float64)
burst = rng.random((2, 100, 12)) < 0.05
counts[burst] = rng.choice([2, 7, 15, 16, 31, 40, 255], size=int(burst.sum()))
grid_file("braille_counts.h5", "input", counts, 1e-4)

# examples/recurrent-lif.mlir at dt = 1 ms (its CSV drives one channel at a
# time with 2.0, which the chips clamp to one spike: no hidden neuron fires).
# Sample 0: both channels spike every step (hidden neuron 1 fires and inhibits
# the others through w_rec); sample 1: Bernoulli(0.9) on both.
rng = np.random.default_rng(12)
both = np.ones((2, 200, 2), dtype=bool)
both[1] = rng.random((200, 2)) < 0.9
grid_file("recurrent_lif_spikes.h5", "input", both, 1e-3)

# Inputs/emulation-stress-*.mlir at dt = 1 ms: 4 channels, 2 samples of 300
# steps, 0 or 1..3 events (Loihi takes one).
rng = np.random.default_rng(5)
grid_file("stress_spikes.h5", "input",
          (rng.random((2, 300, 4)) < 0.5).astype(np.float64)
          * rng.integers(1, 4, (2, 300, 4)), 1e-3)
