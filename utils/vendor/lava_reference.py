#!/usr/bin/env python3
"""Reference runner: one small Dense -> LIF (-> Dense -> LIF ...) network in
Lava's bit-accurate CPU models (Loihi1SimCfg(select_tag="fixed_pt") selects
lava.proc.dense.models.PyDenseModelBitAcc and
lava.proc.lif.models.PyLifModelBitAcc; the input raster is injected by
lava.proc.io.source.RingBuffer / PySendModelFixed).

Usage:
    python lava_reference.py CASE.json [-o OUT.json]
    python lava_reference.py --golden CASE.json -o GOLDEN.json   # input + output + versions

Needs lava-nc 0.10.0 (see utils/vendor/README.md).  This script never
re-implements the arithmetic: everything it records is read back from Lava.

Input JSON (all numbers are integers, the values of Lava's registers):
{
  "steps": T,                          # number of Loihi time steps to run
  "input": [[s_0_0, ..., s_0_{C-1}],   # [T][C] spike raster, 0/1
            ...],
  "layers": [                          # 1 or more Dense -> LIF stages, in order
    {
      "weights": [[...], ...],         # [N_out][N_in] weight mantissas (Lava layout:
                                       #   row = post-synaptic neuron, column = pre)
      "weight_exp": 0,                 # optional, default 0 (any sign)
      "num_weight_bits": 8,            # optional, default 8
      "sign_mode": "MIXED",            # optional: "MIXED" | "EXCITATORY" | "INHIBITORY";
                                       #   absent/null: Lava's determine_sign_mode(weights)
      "du": 0, "dv": 0, "vth": 10,     # LIF scalars (shared by the population in Lava)
      "bias_mant": 0 or [..N_out],     # optional, default 0
      "bias_exp": 0 or [..N_out],      # optional, default 0
      "u": 0 or [..N_out],             # optional initial current, default 0
      "v": 0 or [..N_out]              # optional initial voltage, default 0
    }, ...
  ]
}
Layer k's Dense takes layer k-1's LIF spikes (layer 0's takes the input).

Output JSON:
{
  "steps": T,
  "layers": [ {"spikes": [T][N], "u": [T][N], "v": [T][N],
               "weights_effective": [N_out][N_in]} , ...]
}
Row t holds the values after Lava's time step t+1 (Lava counts from 1), i.e.
after the LIF update, spike test and voltage reset of that step.
"weights_effective" is Dense.weights read back after the run: the weights after
Lava's clip_weights/truncate_weights (before the 2**weight_exp scaling).
"""

import argparse
import json
import sys

import numpy as np

import lava_shim  # noqa: E402,F401  (before lava: Python 3.11's dataclasses)
from lava.magma.core.run_conditions import RunSteps  # noqa: E402
from lava.magma.core.run_configs import Loihi1SimCfg  # noqa: E402
from lava.proc.dense.models import PyDenseModelBitAcc  # noqa: E402
from lava.proc.dense.process import Dense  # noqa: E402
from lava.proc.io.sink import RingBuffer as SinkBuffer  # noqa: E402
from lava.proc.io.source import RingBuffer as SourceBuffer  # noqa: E402
from lava.proc.lif.models import PyLifModelBitAcc  # noqa: E402
from lava.proc.lif.process import LIF  # noqa: E402
from lava.utils.weightutils import SignMode  # noqa: E402


def vendor_versions():
    from importlib.metadata import version
    return {"lava-nc": version("lava-nc"), "numpy": version("numpy"),
            "python": "%d.%d.%d" % sys.version_info[:3],
            "py311_dataclass_shim": sys.version_info >= (3, 11),
            "models": "Loihi1SimCfg(select_tag='fixed_pt'): PyDenseModelBitAcc, "
                      "PyLifModelBitAcc, RingBuffer PySendModelFixed"}


def _vec(value, n):
    a = np.asarray(value, dtype=np.int64)
    if a.ndim == 0:
        a = np.full(n, int(a), dtype=np.int64)
    if a.shape != (n,):
        raise ValueError(f"expected a scalar or {n} values, got shape {a.shape}")
    return a


def run(case):
    steps = int(case["steps"])
    raster = np.asarray(case["input"], dtype=np.int32)
    if raster.ndim != 2 or raster.shape[0] != steps:
        raise ValueError("input must be [steps][channels]")
    if not np.isin(raster, (0, 1)).all():
        raise ValueError("input spikes must be 0/1")

    # RingBuffer wants [channels, time]; it sends data[:, (t-1) % T] at step t.
    src = SourceBuffer(data=raster.T.copy())
    prev_out = src.s_out
    n_prev = raster.shape[1]
    denses, lifs, sinks = [], [], []
    for k, layer in enumerate(case["layers"]):
        w = np.asarray(layer["weights"], dtype=np.int32)
        if w.ndim != 2 or w.shape[1] != n_prev:
            raise ValueError(f"layer {k}: weights must be [N_out][{n_prev}]")
        n = w.shape[0]
        kwargs = dict(weights=w,
                      weight_exp=int(layer.get("weight_exp", 0)),
                      num_weight_bits=int(layer.get("num_weight_bits", 8)))
        if layer.get("sign_mode") is not None:
            kwargs["sign_mode"] = SignMode[layer["sign_mode"]]
        dense = Dense(**kwargs)
        lif = LIF(shape=(n,),
                  u=_vec(layer.get("u", 0), n).astype(np.int32),
                  v=_vec(layer.get("v", 0), n).astype(np.int32),
                  du=int(layer["du"]), dv=int(layer["dv"]), vth=int(layer["vth"]),
                  bias_mant=_vec(layer.get("bias_mant", 0), n).astype(np.int32),
                  bias_exp=_vec(layer.get("bias_exp", 0), n).astype(np.int32))
        sink = SinkBuffer(shape=(n,), buffer=steps)
        prev_out.connect(dense.s_in)
        dense.a_out.connect(lif.a_in)
        lif.s_out.connect(sink.a_in)
        prev_out = lif.s_out
        n_prev = n
        denses.append(dense)
        lifs.append(lif)
        sinks.append(sink)

    cfg = Loihi1SimCfg(select_tag="fixed_pt")
    rec = [{"u": [], "v": []} for _ in lifs]
    try:
        for t in range(steps):
            src.run(condition=RunSteps(num_steps=1), run_cfg=cfg)
            if t == 0:
                _check_models(denses, lifs)
            for r, lif in zip(rec, lifs):
                r["u"].append(lif.u.get().astype(np.int64).tolist())
                r["v"].append(lif.v.get().astype(np.int64).tolist())
        out_layers = []
        for r, sink, dense in zip(rec, sinks, denses):
            spikes = sink.data.get().astype(np.int64).T  # [steps, n]
            out_layers.append({
                "spikes": spikes.tolist(),
                "u": r["u"],
                "v": r["v"],
                "weights_effective": dense.weights.get().astype(np.int64).tolist(),
            })
    finally:
        src.stop()
    return {"steps": steps, "layers": out_layers}


def _check_models(denses, lifs):
    """Make sure Loihi1SimCfg picked the bit-accurate models."""
    for d in denses:
        if d.model_class is not PyDenseModelBitAcc:
            raise RuntimeError(f"Dense ran {d.model_class}, not PyDenseModelBitAcc")
    for lif in lifs:
        if lif.model_class is not PyLifModelBitAcc:
            raise RuntimeError(f"LIF ran {lif.model_class}, not PyLifModelBitAcc")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("case", help="input JSON")
    ap.add_argument("-o", "--output", help="output JSON (default: stdout)")
    ap.add_argument("--golden", action="store_true",
                    help="write {case, vendor, input, output} (golden-file form)")
    args = ap.parse_args(argv)
    with open(args.case) as f:
        case = json.load(f)
    spec = case.get("input_spec", case) if args.golden else case
    result = run(spec)
    if args.golden:
        doc = {"case": case.get("case"), "description": case.get("description"),
               "covers": case.get("covers", []), "vendor": vendor_versions(),
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
