"""Shared helpers: where the fixtures are, and NIR graphs compared field by
field."""

import glob
import os
import re

import numpy as np
import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
# The real files of the NIR paper (../shared, beside a clone of the project).
FIXTURES = os.environ.get("NIRC_FIXTURES", os.path.normpath(
    os.path.join(REPO, "..", "shared", "fixtures", "nir-paper")))
BUILD = os.environ.get("NIRC_BUILD_DIR", os.path.join(REPO, "build"))
NIRC = os.path.join(BUILD, "bin", "nirc")


def fixture_paths():
    """Every .nir fixture, or a single skipped parameter without them."""
    paths = sorted(glob.glob(os.path.join(FIXTURES, "*.nir")))
    if not paths:
        return [pytest.param(None, marks=pytest.mark.skip(
            reason="no fixtures in " + FIXTURES))]
    return [pytest.param(path, id=os.path.basename(path)) for path in paths]


def without_version(mlir):
    """The MLIR of a model without the layout version its file declared."""
    return re.sub(r'nir\.version = "[^"]*"', "", mlir)


def assert_same_value(a, b, where):
    if isinstance(a, dict) or isinstance(b, dict):
        assert isinstance(a, dict) and isinstance(b, dict), where
        assert sorted(a) == sorted(b), where
        for key in a:
            assert_same_value(a[key], b[key], where + "." + key)
    elif isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        assert isinstance(a, np.ndarray) and isinstance(b, np.ndarray), where
        assert a.dtype == b.dtype, "%s: dtype %s != %s" % (where, a.dtype,
                                                           b.dtype)
        assert a.shape == b.shape, "%s: shape %s != %s" % (where, a.shape,
                                                           b.shape)
        assert a.tobytes() == b.tobytes(), where + ": values differ"
    elif type(a).__name__ == "NIRGraph":
        assert_same_graph(a, b, where)
    else:
        assert type(a) is type(b) and a == b, "%s: %r != %r" % (where, a, b)


def assert_same_graph(a, b, where="graph"):
    """Graphs `nir.read` returned are equal node by node and field by field
    (dtype, shape and bytes of every array), with edges in the same order."""
    assert type(a) is type(b), where
    assert sorted(a.nodes) == sorted(b.nodes), where
    assert list(a.edges) == list(b.edges), where + ": edges differ"
    for name in a.nodes:
        x, y = a.nodes[name], b.nodes[name]
        assert type(x) is type(y), where + "/" + name
        fields = set(vars(x)) | set(vars(y))
        for field in sorted(fields - {"nodes", "edges"}):
            assert_same_value(getattr(x, field), getattr(y, field),
                              "%s/%s.%s" % (where, name, field))
        if type(x).__name__ == "NIRGraph":
            assert_same_graph(x, y, where + "/" + name)
