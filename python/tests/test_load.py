"""nirc.load: every source, every failure a nirc.Error with nirc's message."""

import os
import subprocess

import nir
import pytest

import nirc
from conftest import NIRC, REPO, fixture_paths, without_version
from test_roundtrip import recurrent_graph

INPUTS = os.path.join(REPO, "test", "Target", "NIR", "Inputs")
HOSTILE = os.path.join(REPO, "test", "nirc", "Inputs", "hostile")


@pytest.mark.parametrize("path", fixture_paths())
def test_object_loads_as_its_file(path):
    try:
        from_file = nirc.load(path)
    except nirc.LoadError:
        pytest.skip("nirc refuses it (dangling edge), as nir.read does")
    graph = nir.read(path, type_check=False)
    assert without_version(nirc.load(graph).to_mlir()) == \
        without_version(from_file.to_mlir())


def test_sources_agree(tmp_path):
    graph = recurrent_graph()
    path = tmp_path / "net.nir"
    nir.write(path, graph)
    with open(path, "rb") as f:
        image = f.read()
    mlir = tmp_path / "net.mlir"
    nirc.load(path).save(mlir)
    models = [nirc.load(path), nirc.load(str(path)), nirc.load(image),
              nirc.load(graph), nirc.load(mlir)]
    for model in models[1:]:
        assert model.to_mlir() == models[0].to_mlir()


def test_nodes_edges_and_info():
    model = nirc.load(recurrent_graph())
    assert list(model.nodes) == ["in", "w_in", "lif", "w_rec", "readout",
                                 "out"]
    assert model.nodes["lif"] == "LIF" and model.nodes["in"] == "Input"
    assert model.edges == list(recurrent_graph().edges)
    info = subprocess.run([NIRC, "info", os.path.join(INPUTS,
                                                      "file_order.nir")],
                          capture_output=True, text=True, check=True).stdout
    table = repr(nirc.load(os.path.join(INPUTS, "file_order.nir")))
    assert table.strip() == info.strip()


@pytest.mark.parametrize("source, error", [
    ("/nonexistent/net.nir", "net.nir:0:0: error: cannot read: No such file"),
    ("/nonexistent/net.mlir", "No such file or directory"),
    (b"not an HDF5 file", "<bytes>:0:0: error: not an HDF5 file"),
    (os.path.join(INPUTS, "dangling_edge.nir"),
     "node '', field 'edges'|edge lif -> outt names a node 'outt'"),
    (os.path.join(INPUTS, "negative_tau.nir"), "tau"),
])
def test_failures_are_load_errors(source, error):
    with pytest.raises(nirc.LoadError, match=error):
        nirc.load(source)
    assert issubclass(nirc.LoadError, nirc.Error)


def test_text_nested_too_deep_for_the_parser(tmp_path):
    path = tmp_path / "deep.mlir"
    path.write_text("nir.graph {\n" + "[" * 5000 + "\n}\n")
    with pytest.raises(nirc.LoadError,
                       match=r"deep.mlir:2:1024: error: brackets nested "
                             "deeper than 1024 levels"):
        nirc.load(path)


def test_unknown_source_type():
    with pytest.raises(TypeError):
        nirc.load(42)


@pytest.mark.parametrize("name", ["hdf5-segfault.nir", "hdf5-hang.nir"])
def test_hostile_files_cannot_crash_the_interpreter(name, monkeypatch):
    path = os.path.join(HOSTILE, name)
    monkeypatch.setattr(nirc, "READ_TIMEOUT", 1.0)
    with pytest.raises(nirc.LoadError, match="corrupt"):
        nirc.load(path)
    with open(path, "rb") as f:
        with pytest.raises(nirc.LoadError, match="corrupt"):
            nirc.load(f.read())


def test_save_writes_nothing_on_failure(tmp_path):
    model = nirc.load(recurrent_graph())
    with pytest.raises(nirc.Error, match="cannot write"):
        model.save(tmp_path / "missing-dir" / "net.nir")
