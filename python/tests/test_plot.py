"""nirc.plot draws a raster and traces of a result."""

import matplotlib
import numpy as np

import nirc
import nirc.plot
from test_roundtrip import recurrent_graph

matplotlib.use("Agg")


def test_raster_and_traces():
    model = nirc.load(recurrent_graph())
    x = (np.random.default_rng(0).random((1, 100, 3)) < 0.5) * 4.0
    result = model.simulate(x, dt=1e-3, probes=["lif", "lif.v"])
    ax = nirc.plot.raster(result, "lif", dt=1e-3)
    spikes = int(result["lif"][0].astype(bool).sum())
    assert spikes > 0
    assert len(ax.collections[0].get_offsets()) == spikes
    ax = nirc.plot.traces(result, "lif.v", neurons=[0, 2])
    assert len(ax.lines) == 2
    assert np.array_equal(ax.lines[1].get_ydata(), result["lif.v"][0, :, 2])
