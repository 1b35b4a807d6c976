"""Plots of `Model.simulate` results (needs matplotlib).

    nirc.plot.raster(result, "lif1")     # spikes: a dot per spike
    nirc.plot.traces(result, "lif1.v")   # values: a line per neuron
"""

import numpy as np


def _axes(ax):
    if ax is not None:
        return ax
    try:
        import matplotlib.pyplot as plt
    except ImportError as error:
        raise ImportError("nirc.plot needs matplotlib: pip install "
                          "matplotlib") from error
    return plt.figure().gca()


def _sample(result, key, sample):
    values = np.asarray(result[key])[sample]
    return values.reshape(values.shape[0], -1)  # [steps, neurons]


def raster(result, key, sample=0, dt=None, ax=None):
    """A spike raster of `result[key]` for one sample: a mark at (step,
    neuron) for every step with spikes. Steps become seconds with `dt`."""
    ax = _axes(ax)
    steps, neurons = np.nonzero(_sample(result, key, sample))
    times = steps * dt if dt else steps
    ax.scatter(times, neurons, marker="|", s=40, color="black")
    ax.set_xlabel("time (s)" if dt else "step")
    ax.set_ylabel("neuron")
    ax.set_title(key)
    return ax


def traces(result, key, sample=0, neurons=None, dt=None, ax=None):
    """A line per neuron (all, or those in `neurons`) of `result[key]` over
    the steps of one sample."""
    ax = _axes(ax)
    values = _sample(result, key, sample)
    chosen = range(values.shape[1]) if neurons is None else neurons
    times = np.arange(values.shape[0]) * (dt if dt else 1)
    for neuron in chosen:
        ax.plot(times, values[:, neuron], label=str(neuron))
    ax.set_xlabel("time (s)" if dt else "step")
    ax.set_ylabel(key)
    ax.set_title(key)
    return ax
