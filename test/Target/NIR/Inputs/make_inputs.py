#!/usr/bin/env python3
"""Writes the small hand-made .nir files the import tests read.

The committed .nir files are its output; rerun it (needs h5py and numpy, e.g.
Debian's python3-h5py) only to change them. Each file holds one defect, or
one legacy layout, on a minimal Input -> LIF -> Output graph.
"""
import os

import h5py
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
STR = h5py.string_dtype()


def lif(group, n=2, **override):
    fields = dict(tau=np.full(n, 0.01), r=np.ones(n), v_leak=np.zeros(n),
                  v_threshold=np.ones(n), v_reset=np.zeros(n))
    fields.update(override)
    group["type"] = "LIF"
    for key, value in fields.items():
        if value is not None:
            group[key] = value


def graph(path, edges=(("in", "lif"), ("lif", "out")), version="1.0.7",
          make_lif=lif, extra=None, root_type="NIRGraph", compression=None):
    with h5py.File(os.path.join(HERE, path), "w") as f:
        if version is not None:
            f["version"] = version
        node = f.create_group("node")
        node["type"] = root_type
        node.create_dataset("edges", data=np.array(edges, dtype=object),
                            dtype=STR) if edges else node.create_dataset(
            "edges", data=np.zeros(0))
        nodes = node.create_group("nodes")
        inp = nodes.create_group("in")
        inp["type"] = "Input"
        inp["shape"] = np.array([2])
        make_lif(nodes.create_group("lif"))
        out = nodes.create_group("out")
        out["type"] = "Output"
        out["shape"] = np.array([2])
        if extra:
            extra(f, nodes)


# Legacy and unusual but valid layouts.
graph("no_version_no_reset.nir", version=None,
      make_lif=lambda g: lif(g, v_reset=None))


def fixed_strings(f, nodes):
    del nodes["lif"]["type"]
    nodes["lif"].create_dataset("type", data=np.bytes_("LIF"))  # fixed length
    meta = nodes["lif"].create_group("metadata")
    meta["origin"] = "make_inputs"
    meta["gain"] = 2.5
    meta.create_group("nested")["steps"] = np.arange(3, dtype=np.int32)


graph("fixed_strings_metadata.nir", extra=fixed_strings)


def gzip_lif(g):
    lif(g)
    del g["tau"]
    g.create_dataset("tau", data=np.full(2, 0.01, dtype=np.float16),
                     compression="gzip")
    del g["r"]
    g.create_dataset("r", data=np.array([1, 2], dtype=np.int16),
                     compression="gzip", shuffle=True)


graph("gzip_f16_int.nir", make_lif=gzip_lif)
graph("empty_edges.nir", edges=())


def recurrent_int32_shape(f, nodes):
    w_rec = nodes.create_group("w_rec")
    w_rec["type"] = "Linear"
    w_rec["weight"] = np.array([[0.0, -0.5], [-0.5, 0.0]])
    del nodes["in"]["shape"]
    nodes["in"]["shape"] = np.array([2], dtype=np.int32)


# Edges out of graph order (a recurrent one among them) and an int32 Input
# shape, as some exporters write them: an export keeps both.
graph("file_order.nir",
      edges=(("lif", "out"), ("w_rec", "lif"), ("in", "lif"), ("lif", "w_rec")),
      extra=recurrent_int32_shape)

# One defect each.
graph("unknown_type.nir", make_lif=lambda g: g.__setitem__("type", "Spiky"))
graph("missing_field.nir", make_lif=lambda g: lif(g, tau=None))
graph("string_weight.nir", make_lif=lambda g: lif(g, r=np.array(["a", "b"], dtype=object)))
graph("nan_param.nir", make_lif=lambda g: lif(g, v_threshold=np.array([1.0, np.nan])))
graph("negative_tau.nir", make_lif=lambda g: lif(g, tau=np.array([0.01, -0.01])))
graph("shape_mismatch.nir", make_lif=lambda g: lif(g, n=3))
graph("dangling_edge.nir", edges=(("in", "lif"), ("lif", "outt"), ("lif", "out")))
graph("far_dangling_edge.nir", edges=(("in", "lif"), ("lif", "readout")))
graph("root_not_graph.nir", root_type="LIF")


def lzf(f, nodes):
    del nodes["lif"]["tau"]
    nodes["lif"].create_dataset("tau", data=np.full(2, 0.01), compression="lzf")


graph("lzf.nir", extra=lzf)


def no_node(f, nodes):
    del f["node"]


graph("missing_node_group.nir", extra=no_node)


def duplicate_edge_into_input(f, nodes):
    pass


graph("edge_into_input.nir", edges=(("lif", "in"), ("in", "lif"), ("lif", "out")))


def lying_header(f, nodes):
    # 10^12 float64 elements claimed, nothing stored (a chunked, empty dataset).
    del nodes["lif"]["r"]
    nodes["lif"].create_dataset("r", shape=(10**6, 10**6), dtype="f8",
                                chunks=(1, 1024))


graph("lying_header.nir", extra=lying_header)

with open(os.path.join(HERE, "not_hdf5.nir"), "w") as f:
    f.write("this is not an HDF5 file\n")


def nest(path, depth):
    """`depth` NIRGraphs, each the only node of the one above."""
    with h5py.File(os.path.join(HERE, path), "w") as f:
        f["version"] = "1.0.8"
        group = f.create_group("node")
        for _ in range(depth):
            group["type"] = "NIRGraph"
            group.create_dataset("edges", data=np.zeros(0))
            group = group.create_group("nodes").create_group("g")
        group["type"] = "NIRGraph"
        group.create_dataset("edges", data=np.zeros(0))
        group.create_group("nodes")


nest("deep_nesting.nir", 300)


def external_storage(f, nodes):
    # Data kept in another file: nirc must not read it (any local file).
    del nodes["lif"]["tau"]
    nodes["lif"].create_dataset("tau", shape=(2,), dtype="f8",
                                external=[("/etc/hostname", 0, 16)])


graph("external_storage.nir", extra=external_storage)


def zero_stride_conv(f, nodes):
    del nodes["lif"]
    conv = nodes.create_group("lif")
    conv["type"] = "Conv1d"
    conv["weight"] = np.ones((2, 2, 1), dtype=np.float32)
    conv["bias"] = np.zeros(2, dtype=np.float32)
    conv["stride"] = 0
    conv["padding"] = 0
    conv["dilation"] = 1
    conv["groups"] = 1
    del nodes["in"]["shape"]
    nodes["in"]["shape"] = np.array([2, 4])
    del nodes["out"]["shape"]


graph("zero_stride_conv.nir", extra=zero_stride_conv)
graph("unrelated_edge_name.nir",
      edges=(("in", "lif"), ("lif", "out"), ("xyz", "out")))


def bool_metadata(f, nodes):
    nodes["lif"].create_group("metadata")["flag"] = True


graph("bool_metadata.nir", extra=bool_metadata)


# Hostile names (issue 7): a node name that is not UTF-8, edge names with a
# slash or a NUL byte.
def invalid_utf8_name(f, nodes):
    nodes.move("lif", b"li\xff\xfef".decode("utf-8", "surrogateescape")
               .encode("utf-8", "surrogateescape"))


graph("invalid_utf8_name.nir", extra=invalid_utf8_name,
      edges=((b"in", b"li\xff\xfef"), (b"li\xff\xfef", b"out")))
graph("edge_with_slash.nir", edges=(("in", "lif/x"), ("lif", "out")))


def nul_in_edge(f, nodes):
    del f["node"]["edges"]
    f["node"].create_dataset(
        "edges", data=np.array([[b"in", b"li\x00f"], [b"lif", b"out"]],
                               dtype="S5"))


graph("edge_with_nul.nir", extra=nul_in_edge)


def million_edges(f, nodes):
    # 10^6 copies of the edge in -> lif, gzip-compressed fixed strings.
    del f["node"]["edges"]
    edges = np.array([[b"in", b"lif"]] * 1000000 + [[b"lif", b"out"]],
                     dtype="S3")
    f["node"].create_dataset("edges", data=edges, compression="gzip")


graph("million_edges.nir", extra=million_edges)
