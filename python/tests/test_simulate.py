"""Model.simulate: results as nirc simulate computes them, as NumPy arrays."""

import threading

import nir
import numpy as np
import pytest

import nirc
from test_roundtrip import recurrent_graph

DT = 1e-3


def spikes(samples, steps, n, seed=0):
    rng = np.random.default_rng(seed)
    return (rng.random((samples, steps, n)) < 0.3).astype(np.float64)


def lif_graph():
    """3 inputs, a linear synapse, 2 LIF neurons that Loihi 2 holds as one
    population (one tau)."""
    return nir.NIRGraph(
        nodes={"in": nir.Input(input_type={"input": np.array([3])}),
               "w": nir.Linear(weight=np.full((2, 3), 0.6)),
               "lif": nir.LIF(tau=np.full(2, 0.01), r=np.ones(2),
                              v_leak=np.zeros(2), v_threshold=np.ones(2),
                              v_reset=np.zeros(2)),
               "out": nir.Output(output_type={"output": np.array([2])})},
        edges=[("in", "w"), ("w", "lif"), ("lif", "out")])


def test_object_simulates_as_its_file(tmp_path):
    graph = recurrent_graph()
    path = tmp_path / "recurrent.nir"
    nir.write(path, graph)
    x = spikes(3, 40, 3)
    probes = ["lif", "lif.v", "readout.v"]
    from_object = nirc.load(graph).simulate(x, dt=DT, probes=probes)
    from_file = nirc.load(path).simulate(x, dt=DT, probes=probes)
    assert sorted(from_object) == ["lif", "lif.v", "output", "readout.v"]
    for key, values in from_file.items():
        assert np.array_equal(from_object[key], values), key


def test_result_layout():
    model = nirc.load(recurrent_graph())
    result = model.simulate({"in": spikes(2, 25, 3)}, dt=DT,
                            probes=["lif", "lif.v", "readout.v"])
    assert sorted(result) == ["lif", "lif.v", "output", "readout.v"]
    for values in result.values():
        assert values.shape == (2, 25, 4)
        assert values.dtype == np.float64
    # The arrays own nirc's buffers: no copy was made for NumPy.
    assert result["output"].base is not None
    assert set(np.unique(result["lif"])) <= {0.0, 1.0}


def test_methods_and_reset_differ_where_they_should():
    model = nirc.load(recurrent_graph())
    x = spikes(1, 60, 3, seed=3) * 4
    exact = model.simulate(x, dt=DT, probes=["lif.v"])
    euler = model.simulate(x, dt=DT, method="euler", probes=["lif.v"])
    subtract = model.simulate(x, dt=DT, reset="subtract", probes=["lif.v"])
    assert not np.array_equal(exact["lif.v"], euler["lif.v"])
    assert not np.array_equal(exact["lif.v"], subtract["lif.v"])


def test_method_and_reset_choices_are_checked():
    model = nirc.load(recurrent_graph())
    x = spikes(1, 5, 3)
    with pytest.raises(nirc.SimulationError, match=r"unknown method 'rk4' "
                       r"\(expected exact, euler or adaptive\)"):
        model.simulate(x, dt=DT, method="rk4")
    # NIR's spelling, not the IR's keyword `to_v_reset`.
    with pytest.raises(nirc.SimulationError, match=r"unknown reset "
                       r"'to_v_reset' \(expected to-v_reset or subtract\)"):
        model.simulate(x, dt=DT, reset="to_v_reset")


def test_mismatch_trials_stack_on_the_sample_axis():
    model = nirc.load(recurrent_graph())
    x = spikes(2, 30, 3)
    result = model.simulate(x, dt=DT, probes=["lif.v"],
                            mismatch="tau=0.1,weight=0.1", trials=3, seed=7)
    assert result["lif.v"].shape == (6, 30, 4)
    again = model.simulate(x, dt=DT, probes=["lif.v"],
                           mismatch="tau=0.1,weight=0.1", trials=3, seed=7)
    assert np.array_equal(result["lif.v"], again["lif.v"])
    assert not np.array_equal(result["lif.v"][:2], result["lif.v"][2:4])
    # Trial 2 alone is the third trial of the run.
    third = model.simulate(x, dt=DT, probes=["lif.v"],
                           mismatch="tau=0.1,weight=0.1", trials=1, seed=7,
                           first_trial=2)
    assert np.array_equal(third["lif.v"], result["lif.v"][4:6])


def test_trials_over_processes_are_the_trials_of_one():
    model = nirc.load(recurrent_graph())
    x = spikes(2, 30, 3)
    options = dict(dt=DT, probes=["lif", "lif.v"], trials=5, seed=7,
                   mismatch="tau=0.1,weight=0.1", first_trial=3)
    alone = model.simulate(x, **options)
    # 5 trials over 2 processes (3 and 2) and over more processes than
    # trials.
    for processes in (2, 8):
        split = model.simulate(x, processes=processes, **options)
        assert sorted(split) == sorted(alone)
        for key, values in alone.items():
            assert values.shape == (10, 30, 4)
            assert np.array_equal(split[key], values), (processes, key)
    # A trial that fails in a worker fails the call with nirc's message.
    with pytest.raises(nirc.SimulationError,
                       match="trial 0 of .* cannot run on Loihi 2"):
        nirc.load(lif_graph()).simulate(spikes(1, 5, 3), dt=DT,
                                        target="loihi2", mismatch="tau=0.1",
                                        trials=2, processes=2)


def test_target_runs_the_chip_arithmetic():
    model = nirc.load(lif_graph())
    x = spikes(1, 50, 3)
    chip = model.simulate(x, dt=DT, target="loihi2", probes=["lif.v"])
    ideal = model.simulate(x, dt=DT, probes=["lif.v"])
    assert chip["output"].shape == ideal["output"].shape
    assert not np.array_equal(chip["lif.v"], ideal["lif.v"])


def test_speck_as_its_chip_and_as_sinabs():
    # One +1 and one -1 event in the same step: the chip fires on the first
    # (it tests the membrane after each event), Sinabs sees their sum, 0.
    graph = nir.NIRGraph(
        nodes={"in": nir.Input(input_type={"input": np.array([2])}),
               "w": nir.Linear(weight=np.array([[1.0, -1.0]])),
               "if": nir.IF(r=np.ones(1), v_threshold=np.ones(1),
                            v_reset=np.zeros(1)),
               "out": nir.Output(output_type={"output": np.array([1])})},
        edges=[("in", "w"), ("w", "if"), ("if", "out")])
    model = nirc.load(graph)
    both = np.ones((1, 1, 2))
    with pytest.warns(UserWarning, match="threshold_low"):
        chip = model.simulate(both, dt=DT, target="speck")
    with pytest.warns(UserWarning, match="threshold_low"):
        sinabs = model.simulate(both, dt=DT, target="speck",
                                emulate="toolchain")
    assert chip["output"].sum() == 1
    assert sinabs["output"].sum() == 0


def test_errors_carry_nircs_messages():
    model = nirc.load(recurrent_graph())
    with pytest.raises(nirc.SimulationError, match="pass dt"):
        model.simulate(spikes(1, 5, 3))
    with pytest.raises(nirc.SimulationError):
        model.simulate(spikes(1, 5, 7), dt=DT)  # 7 values for 3 inputs
    with pytest.raises(nirc.SimulationError, match="unknown target 'tpu'"):
        model.simulate(spikes(1, 5, 3), dt=DT, target="tpu")
    with pytest.raises(nirc.SimulationError, match="toolchain model"):
        model.simulate(spikes(1, 5, 3), dt=DT, target="loihi2",
                       emulate="toolchain")
    with pytest.raises(nirc.SimulationError,
                       match="toolchain's model needs a target that has one: speck"):
        model.simulate(spikes(1, 5, 3), dt=DT, emulate="toolchain")
    with pytest.raises(nirc.SimulationError, match="'chip' or 'toolchain'"):
        model.simulate(spikes(1, 5, 3), dt=DT, target="loihi2",
                       emulate="lava")
    with pytest.raises(nirc.SimulationError, match="--mismatch"):
        model.simulate(spikes(1, 5, 3), dt=DT, mismatch="tau=-1")
    with pytest.raises(nirc.SimulationError,
                       match="'lif' has no current state"):
        model.simulate(spikes(1, 5, 3), dt=DT, probes=["lif.i"])


def test_the_gil_is_released_while_running():
    model = nirc.load(recurrent_graph())
    x = spikes(128, 4000, 3)  # about 0.1 s
    ticks = []
    done = threading.Event()

    def tick():
        while not done.is_set():
            ticks.append(1)
            done.wait(0.001)

    thread = threading.Thread(target=tick)
    thread.start()
    try:
        model.simulate(x, dt=DT)
    finally:
        done.set()
        thread.join()
    assert len(ticks) > 10  # holding the GIL would allow one or two


def test_several_inputs_and_outputs_by_name():
    graph = nir.NIRGraph(
        nodes={"a": nir.Input(input_type={"input": np.array([2])}),
               "b": nir.Input(input_type={"input": np.array([3])}),
               "out_a": nir.Output(output_type={"output": np.array([2])}),
               "out_b": nir.Output(output_type={"output": np.array([3])})},
        edges=[("a", "out_a"), ("b", "out_b")])
    model = nirc.load(graph)
    a, b = spikes(2, 10, 2, seed=1), spikes(2, 10, 3, seed=2)
    result = model.simulate({"a": a, "b": b}, dt=DT)
    assert sorted(result) == ["out_a", "out_b"]
    assert np.array_equal(result["out_a"], a)
    assert np.array_equal(result["out_b"], b)
    with pytest.raises(nirc.SimulationError, match="pass a dict"):
        model.simulate(a, dt=DT)


def test_engines_agree():
    """The JIT (the default wherever it compiles the graph) records what the
    interpreter records: spike trains keep the dense synapses in the
    interpreter's summation order, so to the bit; float32 and threads are
    the JIT's options."""
    model = nirc.load(recurrent_graph())
    x = spikes(12, 60, 3, seed=4)
    probes = ["lif", "lif.v", "readout.v"]
    interpreted = model.simulate(x, dt=DT, probes=probes, engine="interpret")
    for options in (dict(), dict(engine="jit", threads=3)):
        compiled = model.simulate(x, dt=DT, probes=probes, **options)
        for key, values in interpreted.items():
            assert np.array_equal(compiled[key], values), (options, key)
    single = model.simulate(x, dt=DT, probes=probes, engine="jit",
                            precision="f32")
    assert np.allclose(single["lif.v"], interpreted["lif.v"], atol=1e-5)
    assert not np.array_equal(single["lif.v"], interpreted["lif.v"])


def test_engine_choices_are_checked():
    model = nirc.load(recurrent_graph())
    x = spikes(1, 5, 3)
    with pytest.raises(nirc.SimulationError, match="engine is 'auto', 'jit' "
                       "or 'interpret', not 'fast'"):
        model.simulate(x, dt=DT, engine="fast")
    with pytest.raises(nirc.SimulationError, match="precision is 'f64' or "
                       "'f32', not 'f16'"):
        model.simulate(x, dt=DT, precision="f16")
    with pytest.raises(nirc.SimulationError,
                       match="runs in float32 only on the JIT"):
        model.simulate(x, dt=DT, engine="interpret", precision="f32")
