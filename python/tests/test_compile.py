"""Model.compile: the target description `nirc compile` writes, parsed."""

import json
import os
import subprocess

import pytest

import nirc
from conftest import NIRC, REPO

MODEL = os.path.join(REPO, "examples", "recurrent-lif.mlir")


def test_compile_returns_what_the_cli_writes(tmp_path):
    out = tmp_path / "chip.json"
    subprocess.run([NIRC, "compile", MODEL, "--target", "loihi2", "--dt",
                    "1e-3", "-o", str(out)], check=True, capture_output=True)
    with open(out) as f:
        written = json.load(f)
    compiled = nirc.load(MODEL).compile("loihi2", dt=1e-3)
    assert compiled == written
    assert compiled["target"] == "loihi2"


def test_compile_leaves_the_model_as_it_was():
    model = nirc.load(MODEL)
    before = model.to_mlir()
    model.compile("loihi2", dt=1e-3)
    assert model.to_mlir() == before


def test_a_model_that_does_not_fit():
    model = nirc.load(MODEL)
    with pytest.raises(nirc.CompileError,
                       match="(?s)Xylo Audio 2 has no li neurons.*does not "
                             "map onto Xylo Audio 2"):
        model.compile("xylo-audio2", dt=1e-3)
    with pytest.raises(nirc.CompileError, match="unknown target 'tpu'"):
        model.compile("tpu")
    assert issubclass(nirc.CompileError, nirc.Error)


def test_targets():
    assert {"loihi2", "speck", "xylo-audio2"} <= set(nirc.targets())
