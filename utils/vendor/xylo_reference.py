#!/usr/bin/env python3
"""Reference runner: one small Xylo (v2 core: Xylo Audio 2 / IMU / Audio 3) network
in SynSense's XyloSim (package `xylosim`, module `xylosim.v2`, the back end of
Rockpool's `rockpool.devices.xylo.syns61201.XyloSim`).

Usage:
    python xylo_reference.py CASE.json [-o OUT.json] [--backend xylosim|rockpool]
    python xylo_reference.py --golden CASE.json -o GOLDEN.json

--backend xylosim (default) builds xylosim.v2.XyloLayer exactly the way Rockpool
3.1.0's XyloSim.from_specification does (same synapse lists, same order);
--backend rockpool calls XyloSim.from_specification itself (needs rockpool
installed; its package __init__ imports samna, which is skipped, see
_import_rockpool_xylosim).  Both give identical results on the golden cases.
This script never re-implements the arithmetic.

Input JSON (integers; parameter names as in Rockpool's from_specification):
{
  "steps": T,
  "input": [[n_0_0, ..., n_0_{C-1}], ...],   # [T][C] input event counts, 0..255
                                              # (XyloSim clamps them to 15)
  "w_in":  [C][H] or [C][H][2],               # int8; [..][..][1] = hidden synapse 2
  "w_rec": [H][H] or [H][H][2],               # optional, default 0; [pre][post]
  "w_out": [H][O],                            # int8, [pre hidden][post output]; if it
                                              # has fewer rows than H they are the LAST
                                              # hidden neurons (as Rockpool does)
  "weight_shift_in": 0, "weight_shift_rec": 0, "weight_shift_out": 0,   # optional
  "threshold": [H],  "threshold_out": [O],    # int16 (scalars are broadcast)
  "dash_mem": [H],   "dash_mem_out": [O],     # 0..15
  "dash_syn": [H],   "dash_syn_out": [O],
  "dash_syn_2": [H],                          # optional, default 0
  "bias": [H],       "bias_out": [O],         # optional, default 0 (int16); the
                                              # layer's has_bias = any nonzero
  "aliases": [[target ids], ...]              # optional, per hidden neuron
}

Output JSON ([steps][neurons] integers, row t = state after step t):
{
  "steps": T,
  "hidden": {"spikes": .., "vmem": .., "isyn": .., "isyn2": ..},
  "output": {"spikes": .., "vmem": .., "isyn": ..}
}
"spikes" of hidden neurons are event counts (0..31), of output neurons 0/1;
vmem/isyn are recorded after the step's threshold/subtractive reset.
"""

import argparse
import importlib
import json
import os
import sys
import types

import numpy as np


def vendor_versions(backend):
    from importlib.metadata import version
    v = {"xylosim": version("xylosim"), "numpy": version("numpy"),
         "python": "%d.%d.%d" % sys.version_info[:3], "backend": backend,
         "module": "xylosim.v2.XyloLayer (as rockpool 3.1.0 "
                   "syns61201.XyloSim.from_specification builds it)"}
    if backend == "rockpool":
        v["rockpool"] = version("rockpool")
    return v


def _arr(case, key, n, default=None, dims=1):
    if key not in case or case[key] is None:
        if default is None:
            raise ValueError(f"missing '{key}'")
        return np.full(n, default, dtype=np.int64)
    a = np.asarray(case[key], dtype=np.int64)
    if a.ndim == 0:
        a = np.full(n, int(a), dtype=np.int64)
    if a.shape != (n,):
        raise ValueError(f"'{key}' must be a scalar or {n} values")
    return a


def _params(case):
    steps = int(case["steps"])
    raster = np.asarray(case["input"], dtype=np.int64)
    if raster.ndim != 2 or raster.shape[0] != steps:
        raise ValueError("input must be [steps][channels]")
    if raster.min() < 0 or raster.max() > 255:
        raise ValueError("input counts must be 0..255 (uint8)")
    w_in = np.asarray(case["w_in"], dtype=np.int64)
    if w_in.ndim == 2:
        w_in = w_in[:, :, None]
    n_in, n_hid = w_in.shape[:2]
    if n_in != raster.shape[1]:
        raise ValueError("w_in rows must equal input channels")
    w_rec = np.asarray(case.get("w_rec") or np.zeros((n_hid, n_hid)), dtype=np.int64)
    if w_rec.ndim == 2:
        w_rec = w_rec[:, :, None]
    w_out = np.asarray(case["w_out"], dtype=np.int64)
    n_out = w_out.shape[1]
    p = dict(
        steps=steps, raster=raster, w_in=w_in, w_rec=w_rec, w_out=w_out,
        weight_shift_in=int(case.get("weight_shift_in", 0)),
        weight_shift_rec=int(case.get("weight_shift_rec", 0)),
        weight_shift_out=int(case.get("weight_shift_out", 0)),
        threshold=_arr(case, "threshold", n_hid),
        threshold_out=_arr(case, "threshold_out", n_out),
        dash_mem=_arr(case, "dash_mem", n_hid),
        dash_mem_out=_arr(case, "dash_mem_out", n_out),
        dash_syn=_arr(case, "dash_syn", n_hid),
        dash_syn_2=_arr(case, "dash_syn_2", n_hid, 0),
        dash_syn_out=_arr(case, "dash_syn_out", n_out),
        bias=_arr(case, "bias", n_hid, 0),
        bias_out=_arr(case, "bias_out", n_out, 0),
        aliases=case.get("aliases") or [[] for _ in range(n_hid)],
    )
    for key in ("w_in", "w_rec", "w_out"):
        if p[key].min() < -128 or p[key].max() > 127:
            raise ValueError(f"{key} must be int8")
    return p


def _build_xylosim(p):
    """Mirror of rockpool 3.1.0 devices/xylo/syns61201/xylo_sim.py
    XyloSim.from_specification (the part that builds the XyloLayer)."""
    from xylosim.v2 import XyloLayer, XyloSynapse

    def synapse_lists(w):  # w: [pre][post][1 or 2]
        lists = []
        for pre in range(w.shape[0]):
            tmp = [XyloSynapse(int(post), 0, int(w[pre, post, 0]))
                   for post in np.where(w[pre, :, 0])[0]]
            if w.shape[2] == 2:
                tmp += [XyloSynapse(int(post), 1, int(w[pre, post, 1]))
                        for post in np.where(w[pre, :, 1])[0]]
            lists.append(tmp)
        return lists

    n_hid = p["w_in"].shape[1]
    w_out = p["w_out"]
    syn_out = [[] for _ in range(n_hid - w_out.shape[0])]
    for w_pre in w_out:
        syn_out.append([XyloSynapse(int(post), 0, int(w_pre[post]))
                        for post in np.where(w_pre)[0]])
    has_bias = bool(np.any(p["bias"] != 0) or np.any(p["bias_out"] != 0))
    # XyloLayer keeps raw XyloSynapse* pointers: the Python objects must outlive
    # it (Rockpool keeps them in mod._xylo_sim_params), else it crashes.
    syn_in, syn_rec = synapse_lists(p["w_in"]), synapse_lists(p["w_rec"])
    layer = XyloLayer(
        synapses_in=syn_in,
        synapses_rec=syn_rec,
        synapses_out=syn_out,
        aliases=[list(map(int, a)) for a in p["aliases"]],
        threshold=p["threshold"].tolist(),
        threshold_out=p["threshold_out"].tolist(),
        has_bias=has_bias,
        bias=p["bias"].tolist(),
        bias_out=p["bias_out"].tolist(),
        weight_shift_inp=p["weight_shift_in"],
        weight_shift_rec=p["weight_shift_rec"],
        weight_shift_out=p["weight_shift_out"],
        dash_mem=p["dash_mem"].tolist(),
        dash_mem_out=p["dash_mem_out"].tolist(),
        dash_syns=[[int(a), int(b)] for a, b in zip(p["dash_syn"], p["dash_syn_2"])],
        dash_syns_out=[[int(d)] for d in p["dash_syn_out"]],
        name="XyloSimV2_XyloLayer",
    )
    return layer, (syn_in, syn_rec, syn_out)


def _import_rockpool_xylosim():
    """rockpool/devices/xylo/__init__.py imports the Audio 3 package, which
    imports samna (hardware driver; PyPI's samna is only a stub that pip-installs
    the real one from another index at import time).  Register the three
    package modules on the way to xylo_sim.py as empty namespaces so that only
    syns61300/xylo_sim.py and syns61201/xylo_sim.py themselves are executed."""
    import rockpool.devices
    base = os.path.join(os.path.dirname(rockpool.devices.__file__), "xylo")
    for name, path in (("rockpool.devices.xylo", base),
                       ("rockpool.devices.xylo.syns61300", os.path.join(base, "syns61300")),
                       ("rockpool.devices.xylo.syns61201", os.path.join(base, "syns61201"))):
        if name not in sys.modules:
            m = types.ModuleType(name)
            m.__path__ = [path]
            sys.modules[name] = m
    return importlib.import_module("rockpool.devices.xylo.syns61201.xylo_sim").XyloSim


def run(case, backend="xylosim"):
    p = _params(case)
    if backend == "xylosim":
        layer, _keepalive = _build_xylosim(p)
        out_spikes = layer.evolve(p["raster"].tolist())
        rec = {"Vmem": np.array(layer.rec_v_mem).T, "Isyn": np.array(layer.rec_i_syn).T,
               "Isyn2": np.array(layer.rec_i_syn2).T,
               "Spikes": np.array(layer.rec_recurrent_spikes),
               "Vmem_out": np.array(layer.rec_v_mem_out).T,
               "Isyn_out": np.array(layer.rec_i_syn_out).T}
        out_spikes = np.array(out_spikes)
    elif backend == "rockpool":
        XyloSim = _import_rockpool_xylosim()
        w_in, w_rec = p["w_in"], p["w_rec"]
        mod = XyloSim.from_specification(
            weights_in=w_in if w_in.shape[2] == 2 else w_in[:, :, 0],
            weights_out=p["w_out"],
            weights_rec=w_rec if w_rec.shape[2] == 2 else w_rec[:, :, 0],
            dash_mem=p["dash_mem"], dash_mem_out=p["dash_mem_out"],
            dash_syn=p["dash_syn"], dash_syn_2=p["dash_syn_2"],
            dash_syn_out=p["dash_syn_out"],
            threshold=p["threshold"], threshold_out=p["threshold_out"],
            bias=p["bias"], bias_out=p["bias_out"],
            weight_shift_in=p["weight_shift_in"], weight_shift_rec=p["weight_shift_rec"],
            weight_shift_out=p["weight_shift_out"], aliases=p["aliases"])
        out_spikes, _, rec = mod.evolve(p["raster"], record=True)
    else:
        raise ValueError(backend)

    def rows(a, n):
        a = np.asarray(a, dtype=np.int64).reshape(p["steps"], n)
        return a.tolist()

    n_hid, n_out = p["w_in"].shape[1], p["w_out"].shape[1]
    return {
        "steps": p["steps"],
        "hidden": {"spikes": rows(rec["Spikes"], n_hid), "vmem": rows(rec["Vmem"], n_hid),
                   "isyn": rows(rec["Isyn"], n_hid), "isyn2": rows(rec["Isyn2"], n_hid)},
        "output": {"spikes": rows(out_spikes, n_out), "vmem": rows(rec["Vmem_out"], n_out),
                   "isyn": rows(rec["Isyn_out"], n_out)},
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("case", help="input JSON")
    ap.add_argument("-o", "--output", help="output JSON (default: stdout)")
    ap.add_argument("--backend", choices=("xylosim", "rockpool"), default="xylosim")
    ap.add_argument("--golden", action="store_true",
                    help="write {case, vendor, input, output} (golden-file form)")
    args = ap.parse_args(argv)
    with open(args.case) as f:
        case = json.load(f)
    spec = case.get("input_spec", case) if args.golden else case
    result = run(spec, args.backend)
    if args.golden:
        doc = {"case": case.get("case"), "description": case.get("description"),
               "covers": case.get("covers", []), "vendor": vendor_versions(args.backend),
               "input": spec, "output": result}
    else:
        doc = result
    text = json.dumps(doc, separators=(",", ":"))
    if args.output:
        with open(args.output, "w") as f:
            f.write(text + "\n")
    else:
        print(text)


if __name__ == "__main__":
    main()
