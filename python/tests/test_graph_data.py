"""NIRGraphData that nirc writes reads back with nir's own reader
(`nir.read_data`), and holds what Model.simulate returns."""

import os
import subprocess

import nir
import numpy as np
import pytest

import nirc
from conftest import NIRC, REPO

MODEL = os.path.join(REPO, "examples", "recurrent-lif.mlir")
CSV = os.path.join(REPO, "examples", "recurrent-lif-input.csv")


def simulate_with_cli(tmp_path, model, *options):
    out = tmp_path / "out.h5"
    subprocess.run([NIRC, "simulate", model, "--input", CSV, "--dt", "1e-3",
                    "-o", str(out), *options], check=True,
                   capture_output=True)
    return nir.read_data(str(out))


def test_time_gridded_data_reads_back(tmp_path):
    data = simulate_with_cli(tmp_path, MODEL, "--probe", "hidden",
                             "--probe", "hidden.v")
    x = np.loadtxt(CSV, delimiter=",")[np.newaxis]
    result = nirc.load(MODEL).simulate(x, dt=1e-3,
                                       probes=["hidden", "hidden.v"])
    hidden = data.nodes["hidden"].observables
    assert isinstance(hidden["v"], nir.TimeGriddedData)
    assert hidden["v"].dt == 1e-3
    assert np.array_equal(hidden["v"].data, result["hidden.v"])
    assert np.array_equal(hidden["output"].data, result["hidden"])
    assert np.array_equal(data.nodes["output"].observables["output"].data,
                          result["output"])


def test_event_data_reads_back(tmp_path):
    # A graph whose Output carries spikes, written as events and as a grid.
    spiking = os.path.join(REPO, "test", "Target", "NIR", "Inputs",
                           "file_order.nir")
    events, grid = (simulate_with_cli(tmp_path, spiking, "--output-events"),
                    simulate_with_cli(tmp_path, spiking))
    spikes = events.nodes["out"].observables["output"]
    assert isinstance(spikes, nir.EventData)
    counts = grid.nodes["out"].observables["output"].data
    assert spikes.n_neurons == counts.shape[-1]
    assert np.count_nonzero(spikes.idx >= 0) == int(counts.sum()) > 0


def test_simulate_reads_input_files_as_the_cli_does():
    model = nirc.load(MODEL)
    from_csv = model.simulate(CSV, dt=1e-3, probes=["hidden.v"])
    x = np.loadtxt(CSV, delimiter=",")[np.newaxis]
    assert np.array_equal(from_csv["hidden.v"],
                          model.simulate(x, dt=1e-3,
                                         probes=["hidden.v"])["hidden.v"])
    with pytest.raises(nirc.SimulationError, match="a CSV has no time axis"):
        model.simulate(CSV)
    # NIRGraphData carries its own dt: 2 samples of 20 steps of 0.5 s.
    data = os.path.join(REPO, "test", "nirc", "Inputs", "lif_grid.h5")
    lif = nirc.load(nir.NIRGraph(
        nodes={"in": nir.Input(input_type={"input": np.array([1])}),
               "lif": nir.LIF(tau=np.array([2.0]), r=np.ones(1),
                              v_leak=np.zeros(1), v_threshold=np.ones(1),
                              v_reset=np.zeros(1)),
               "out": nir.Output(output_type={"output": np.array([1])})},
        edges=[("in", "lif"), ("lif", "out")]))
    from_file = lif.simulate(data, probes=["lif.v"])
    grid = nir.read_data(data).nodes["in"].observables["input"]
    from_array = lif.simulate(grid.data, dt=grid.dt, probes=["lif.v"])
    assert from_file["lif.v"].shape == (2, 20, 1)
    assert np.array_equal(from_file["lif.v"], from_array["lif.v"])
