#!/usr/bin/env python3
"""Check `nirc simulate --target` against the vendor's own simulator.

    PY=build/venv-vendor/bin/python     # see utils/vendor/README.md
    nirc compile MODEL --target T --dt S -o model.json
    nirc simulate MODEL --target T --dt S --input IN.h5 -o out.h5 \\
        --probe POP --probe POP.v --probe POP.i ...   # every population
    $PY utils/vendor/compare_emulation.py model.json IN.h5 out.h5

model.json is what `nirc compile -o` wrote (target loihi2 or xylo-*); IN is
the input nirc simulate read (NIRGraphData .h5, or a CSV with
--csv-columns as nirc takes it); out.h5 is what nirc simulate wrote.

The network is rebuilt from the registers of model.json alone, in
- Loihi 2: Lava 0.10.0, one Dense process (PyDenseModelBitAcc) per synapse
  block and one LIF process (PyLifModelBitAcc) per population (per group of
  neurons sharing du, dv and vth, since a Lava LIF holds one of each), inputs
  from RingBuffers, Loihi1SimCfg(select_tag="fixed_pt").  A Dense weight is
  the JSON's mantissa << (8 - num_weight_bits + (sign_mode == MIXED)), the
  8-bit form Lava (and netx) take; weight_exp, num_weight_bits and sign_mode
  are passed as they are; Lava does the clipping, truncation and shifts.
- Xylo (Audio 2, Audio 3, IMU): xylosim.v2.XyloLayer, built as Rockpool's
  XyloSim.from_specification builds it (xylo_reference.py's builder), each
  neuron at its place in the hidden or output pool, input channels in the
  order of the JSON's inputs.

Each sample runs from reset (a fresh network per sample).  Every spike
(count), v and u (Loihi) or Vmem and Isyn (Xylo) of every population, per
step and neuron, must equal the int64 probes of out.h5; the Outputs' spikes
too.  A population that nirc does not treat as spiking (a Loihi readout)
must not spike in the vendor either.  Prints the first mismatch (earliest
sample and step) and how far each recorded quantity agrees, and exits 1; or
prints one summary line and exits 0.  Exit 2: bad arguments or files.

Input values become event counts as nirc takes them: floor, at least 0; Lava
receives them as they are (its Dense reads a spike as a bool), XyloSim up to
255 (its uint8 input; it clamps to 15 itself).
"""

import argparse
import json
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)


class Failure(Exception):
    pass


# ----------------------------------------------------------------------------
# Files
# ----------------------------------------------------------------------------

def _h5():
    try:
        import h5py
    except ImportError:
        raise Failure("needs h5py (utils/vendor/requirements.txt)")
    return h5py


def read_nirc_output(path):
    """{node: {observable: (int64 array [S, T, N], dt)}} of nirc's OUT.h5."""
    h5py = _h5()
    result = {}
    with h5py.File(path, "r") as f:
        if "nodes" not in f:
            raise Failure(f"{path}: not NIRGraphData (no /nodes)")
        for node, group in f["nodes"].items():
            obs = group.get("observables")
            if obs is None:
                continue
            for name, o in obs.items():
                if "data" not in o:
                    continue
                data = np.asarray(o["data"][()])
                if data.dtype == bool:
                    data = data.astype(np.int64)
                result.setdefault(node, {})[name] = (data, o.attrs.get("dt"))
    return result


def read_input(path, inputs, steps, dt, csv_columns):
    """{input name: float array [S, T, C]} for the JSON's inputs."""
    if path.endswith(".csv"):
        if len(inputs) != 1:
            raise Failure("a CSV input needs a model with one Input")
        data = np.loadtxt(path, delimiter=",", ndmin=2)
        if csv_columns:
            data = data[:, csv_columns]
        return {inputs[0]["name"]: data[None, :, :]}
    h5py = _h5()
    result = {}
    with h5py.File(path, "r") as f:
        nodes = f["nodes"]
        for inp in inputs:
            name, channels = inp["name"], int(np.prod(inp["shape"]))
            if name not in nodes:
                raise Failure(f"{path}: no node '{name}' (the model's Input)")
            obs = nodes[name]["observables"]
            if len(obs) != 1:
                raise Failure(f"{path}: node '{name}' must hold one observable")
            o = next(iter(obs.values()))
            kind = o.attrs.get("__type__")
            if isinstance(kind, bytes):
                kind = kind.decode()
            if kind == "EventData":
                idx = np.asarray(o["idx"][()], dtype=np.int64)
                time = np.asarray(o["time"][()], dtype=np.float64)
                t_max = float(o.attrs["t_max"])
                if idx.ndim == 1:
                    idx, time = idx[None], time[None]
                x = np.zeros((idx.shape[0], steps, channels))
                for s in range(idx.shape[0]):
                    ok = (idx[s] >= 0) & (time[s] >= 0) & (time[s] < t_max)
                    k = np.floor(time[s][ok] / dt).astype(np.int64)
                    ok2 = k < steps
                    np.add.at(x[s], (k[ok2], idx[s][ok][ok2]), 1)
                result[name] = x
            else:
                data = np.asarray(o["data"][()], dtype=np.float64)
                if data.ndim == 2:
                    data = data[None]
                result[name] = data.reshape(data.shape[0], data.shape[1], -1)
            if result[name].shape[2] != channels:
                raise Failure(f"input '{name}': {result[name].shape[2]} channels, "
                              f"the model's Input has {channels}")
    return result


def counts(x, cap):
    return np.clip(np.floor(np.nan_to_num(x, nan=0.0)), 0, cap).astype(np.int64)


def reg(registers, key, n, default=None):
    if key not in registers:
        if default is None:
            raise Failure(f"register '{key}' missing")
        return np.full(n, default, dtype=np.int64)
    a = np.asarray(registers[key], dtype=np.int64)
    return np.broadcast_to(a, (n,)).copy() if a.ndim == 0 or a.size == 1 else a


def weights_of(syn):
    w = np.asarray(syn["weights"], dtype=np.int64)
    shape = syn.get("shape")
    if syn.get("kind", "dense") != "dense" or shape is None or len(shape) != 2:
        raise Failure(f"synapses '{syn['name']}': only dense [post][pre] blocks "
                      f"are supported (kind {syn.get('kind')}, shape {shape})")
    return w.reshape(shape)


# ----------------------------------------------------------------------------
# Loihi 2: Lava
# ----------------------------------------------------------------------------

SPIKING = ("lif", "cuba_lif", "if")


def run_lava(model, x_by_input, sample, steps):
    import lava_shim  # noqa: F401  (before lava)
    from lava.magma.core.run_conditions import RunSteps
    from lava.magma.core.run_configs import Loihi1SimCfg
    from lava.proc.dense.models import PyDenseModelBitAcc
    from lava.proc.dense.process import Dense
    from lava.proc.io.sink import RingBuffer as Sink
    from lava.proc.io.source import RingBuffer as Source
    from lava.proc.lif.models import PyLifModelBitAcc
    from lava.proc.lif.process import LIF
    from lava.utils.weightutils import SignMode

    sources = {}
    first = None
    for inp in model["inputs"]:
        raster = counts(x_by_input[inp["name"]][sample], 2**31 - 1)  # [T, C]
        src = Source(data=raster.T.astype(np.int32).copy())
        sources[inp["name"]] = src
        first = first or src
    # One LIF per (population, du, dv, vth) group.
    groups = {}  # population -> [(indices, LIF, sink)]
    for pop in model["populations"]:
        r, n = pop["registers"], pop["size"]
        du, dv, vth = reg(r, "du", n), reg(r, "dv", n), reg(r, "vth", n)
        keys = list(zip(du.tolist(), dv.tolist(), vth.tolist()))
        groups[pop["name"]] = []
        for key in sorted(set(keys), key=keys.index):
            idx = np.array([i for i, k in enumerate(keys) if k == key])
            lif = LIF(shape=(len(idx),),
                      u=reg(r, "u", n, 0)[idx].astype(np.int32),
                      v=reg(r, "v", n, 0)[idx].astype(np.int32),
                      du=key[0], dv=key[1], vth=key[2],
                      bias_mant=reg(r, "bias_mant", n, 0)[idx].astype(np.int32),
                      bias_exp=reg(r, "bias_exp", n, 0)[idx].astype(np.int32))
            sink = Sink(shape=(len(idx),), buffer=steps)
            lif.s_out.connect(sink.a_in)
            groups[pop["name"]].append((idx, lif, sink))
    denses = []
    for syn in model["synapses"]:
        w = weights_of(syn)
        r = syn["registers"]
        nwb = int(r["num_weight_bits"])
        mode = r["sign_mode"]
        align = 8 - nwb + (mode == "MIXED")
        aligned = w << align
        if syn["target"] not in groups:
            raise Failure(f"synapses '{syn['name']}': target '{syn['target']}' "
                          "is not a population")
        if syn["source"] in sources:
            pre = [(np.arange(w.shape[1]), sources[syn["source"]].s_out)]
        elif syn["source"] in groups:
            pre = [(idx, lif.s_out) for idx, lif, _ in groups[syn["source"]]]
        else:
            raise Failure(f"synapses '{syn['name']}': unknown source "
                          f"'{syn['source']}'")
        for post_idx, lif, _ in groups[syn["target"]]:
            for pre_idx, port in pre:
                block = aligned[np.ix_(post_idx, pre_idx)]
                dense = Dense(weights=block.astype(np.int32),
                              weight_exp=int(r["weight_exp"]),
                              num_weight_bits=nwb, sign_mode=SignMode[mode])
                port.connect(dense.s_in)
                dense.a_out.connect(lif.a_in)
                denses.append((syn["name"], block, dense))
    cfg = Loihi1SimCfg(select_tag="fixed_pt")
    rec = {name: {"u": [], "v": []} for name in groups}
    try:
        for t in range(steps):
            first.run(condition=RunSteps(num_steps=1), run_cfg=cfg)
            if t == 0:
                for _, _, d in denses:
                    assert d.model_class is PyDenseModelBitAcc, d.model_class
                for gs in groups.values():
                    for _, lif, _ in gs:
                        assert lif.model_class is PyLifModelBitAcc, lif.model_class
            for name, gs in groups.items():
                for q in ("u", "v"):
                    row = np.zeros(sum(len(i) for i, _, _ in gs), dtype=np.int64)
                    for idx, lif, _ in gs:
                        row[idx] = getattr(lif, q).get().astype(np.int64)
                    rec[name][q].append(row)
        out = {}
        for pop in model["populations"]:
            name = pop["name"]
            spikes = np.zeros((steps, pop["size"]), dtype=np.int64)
            for idx, _, sink in groups[name]:
                spikes[:, idx] = sink.data.get().astype(np.int64).T
            out[name] = {"spikes": spikes, "v": np.array(rec[name]["v"]),
                         "i": np.array(rec[name]["u"])}
        notes = []
        for name, block, d in denses:
            eff = d.weights.get().astype(np.int64)
            bad = np.argwhere(eff != block)
            if len(bad):
                i, j = bad[0]
                notes.append(f"note: Lava's clip/truncate changed {len(bad)} weight(s) "
                             f"of '{name}' (e.g. {block[i, j]} -> {eff[i, j]})")
    finally:
        first.stop()
    return out, notes


# ----------------------------------------------------------------------------
# Xylo: xylosim.v2
# ----------------------------------------------------------------------------

def pool_index(model, kind):
    """{population: np.array of pool indices}, pool size, for cores of kind."""
    cores = {c["index"]: c["kind"] for c in model["cores"]}
    where, size = {}, 0
    for pop in model["populations"]:
        idx = np.full(pop["size"], -1, dtype=np.int64)
        for pl in pop["placement"]:
            if cores[pl["core"]] != kind:
                continue
            a, b = pl["neurons"]
            idx[a:b] = pl["offset"] + np.arange(b - a)
        if (idx >= 0).any():
            if (idx < 0).any():
                raise Failure(f"population '{pop['name']}' is split across pools")
            where[pop["name"]] = idx
            size = max(size, int(idx.max()) + 1)
    return where, size


def xylo_params(model):
    hid, n_hid = pool_index(model, "hidden")
    outp, n_out = pool_index(model, "output")
    chan, n_in = {}, 0
    for inp in model["inputs"]:
        c = int(np.prod(inp["shape"]))
        chan[inp["name"]] = n_in + np.arange(c)
        n_in += c
    w_in = np.zeros((n_in, n_hid), dtype=np.int64)
    w_rec = np.zeros((n_hid, n_hid), dtype=np.int64)
    w_out = np.zeros((n_hid, n_out), dtype=np.int64)
    shifts = {}
    for syn in model["synapses"]:
        w = weights_of(syn)
        src, dst = syn["source"], syn["target"]
        if src in chan and dst in hid:
            mat, rows, cols, kind = w_in, chan[src], hid[dst], "in"
        elif src in hid and dst in hid:
            mat, rows, cols, kind = w_rec, hid[src], hid[dst], "rec"
        elif src in hid and dst in outp:
            mat, rows, cols, kind = w_out, hid[src], outp[dst], "out"
        else:
            raise Failure(f"synapses '{syn['name']}' ({src} -> {dst}) is no Xylo "
                          "input, recurrent or output weight")
        expect = {"in": "input", "rec": "recurrent", "out": "output"}[kind]
        if syn["registers"].get("matrix", expect) != expect:
            raise Failure(f"synapses '{syn['name']}': matrix "
                          f"{syn['registers'].get('matrix')}, expected {expect}")
        shift = int(syn["registers"]["weight_shift"])
        if shifts.setdefault(kind, shift) != shift:
            raise Failure(f"two weight_shift_{kind}: {shifts[kind]} and {shift}")
        block = mat[np.ix_(rows, cols)]
        if ((block != 0) & (w.T != 0)).any():
            raise Failure(f"synapses '{syn['name']}' overlaps another block")
        mat[np.ix_(rows, cols)] = block + w.T
    params = dict(w_in=w_in[:, :, None], w_rec=w_rec[:, :, None], w_out=w_out,
                  weight_shift_in=shifts.get("in", 0),
                  weight_shift_rec=shifts.get("rec", 0),
                  weight_shift_out=shifts.get("out", 0),
                  aliases=[[] for _ in range(n_hid)])
    for suffix, where, n in (("", hid, n_hid), ("_out", outp, n_out)):
        # Pool neurons no population uses: silent (Rockpool's default
        # threshold 0 would make them fire every step; they have no synapses).
        arrays = {k: np.zeros(n, dtype=np.int64)
                  for k in ("threshold", "dash_mem", "dash_syn", "bias")}
        arrays["threshold"][:] = 32767
        for pop in model["populations"]:
            if pop["name"] not in where:
                continue
            r, size, idx = pop["registers"], pop["size"], where[pop["name"]]
            for k in arrays:
                arrays[k][idx] = reg(r, k, size, 0 if k == "bias" else None)
        for k, a in arrays.items():
            params[k + suffix] = a
    params["dash_syn_2"] = np.zeros(n_hid, dtype=np.int64)
    for k in ("w_in", "w_rec", "w_out"):
        if params[k].size and (params[k].min() < -128 or params[k].max() > 127):
            raise Failure(f"{k} outside int8")
    return params, hid, outp, chan


def run_xylo(model, x_by_input, sample, steps, prepared):
    from xylo_reference import _build_xylosim
    params, hid, outp, chan = prepared
    n_in = params["w_in"].shape[0]
    raster = np.zeros((steps, n_in), dtype=np.int64)
    for name, c in chan.items():
        raster[:, c] = counts(x_by_input[name][sample], 255)
    layer, keepalive = _build_xylosim(params)
    out_spikes = np.array(layer.evolve(raster.tolist()), dtype=np.int64)
    n_hid, n_out = params["w_in"].shape[1], params["w_out"].shape[1]

    def rows(a, n):
        return np.asarray(a, dtype=np.int64).reshape(steps, n)

    hidden = {"spikes": rows(layer.rec_recurrent_spikes, n_hid),
              "v": rows(np.array(layer.rec_v_mem).T, n_hid),
              "i": rows(np.array(layer.rec_i_syn).T, n_hid)}
    output = {"spikes": rows(out_spikes, n_out),
              "v": rows(np.array(layer.rec_v_mem_out).T, n_out),
              "i": rows(np.array(layer.rec_i_syn_out).T, n_out)}
    del keepalive
    out = {}
    for pop in model["populations"]:
        name = pop["name"]
        pool, idx = (hidden, hid[name]) if name in hid else (output, outp[name])
        out[name] = {q: pool[q][:, idx] for q in ("spikes", "v", "i")}
    return out, []


# ----------------------------------------------------------------------------
# Comparison
# ----------------------------------------------------------------------------

def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Compare nirc simulate --target with Lava / XyloSim, bit for bit.")
    ap.add_argument("model", help="nirc compile -o JSON")
    ap.add_argument("input", help="the input nirc simulate read (.h5 or .csv)")
    ap.add_argument("output", help="nirc simulate -o .h5 (with every population probed)")
    ap.add_argument("--csv-columns", type=lambda s: [int(c) for c in s.split(",")],
                    help="as nirc simulate's --csv-columns")
    ap.add_argument("--dump", help="write the vendor's recordings to this .npz")
    args = ap.parse_args(argv)
    try:
        return compare(args)
    except Failure as e:
        print(f"compare_emulation: error: {e}", file=sys.stderr)
        return 2


def compare(args):
    with open(args.model) as f:
        model = json.load(f)
    target = model.get("target", "")
    if target == "loihi2":
        vendor = "Lava (PyDenseModelBitAcc, PyLifModelBitAcc)"
        names = {"spikes": "spikes", "v": "v", "i": "u"}
    elif target.startswith("xylo-"):
        vendor = "XyloSim (xylosim.v2)"
        names = {"spikes": "spikes", "v": "Vmem", "i": "Isyn"}
    else:
        raise Failure(f"{args.model}: target '{target}' is neither loihi2 nor xylo-*")
    nirc = read_nirc_output(args.output)

    # What nirc recorded, per population: spikes (spiking ones), v, i.
    recorded, shape = {}, None
    for pop in model["populations"]:
        name, spiking = pop["name"], pop["model"] in SPIKING
        got = nirc.get(name, {})
        need = (["output"] if spiking else []) + ["v", "i"]
        missing = [q for q in need if q not in got]
        if missing:
            probes = " ".join(f"--probe {name}" + ("" if q == "output" else "." + q)
                              for q in missing)
            raise Failure(f"{args.output} lacks {name} {missing}: run nirc simulate "
                          f"with {probes}")
        recorded[name] = {"spikes": got["output"][0] if spiking else None,
                          "v": got["v"][0], "i": got["i"][0]}
        for q in recorded[name].values():
            if q is not None:
                if q.ndim != 3 or q.shape[2] != pop["size"]:
                    raise Failure(f"{name}: recorded shape {q.shape}, expected "
                                  f"[samples, steps, {pop['size']}]")
                shape = shape or q.shape[:2]
                if q.shape[:2] != shape:
                    raise Failure("probes differ in samples or steps")
    samples, steps = shape
    dt = None
    for obs in nirc.values():
        for _, d in obs.values():
            dt = dt or d
    x = read_input(args.input, model["inputs"], steps, dt, args.csv_columns)
    for name, a in x.items():
        if a.shape[0] != samples or a.shape[1] < steps:
            raise Failure(f"input '{name}': {a.shape[0]} sample(s) x {a.shape[1]} "
                          f"step(s), nirc recorded {samples} x {steps}")
    outputs = []
    pops = {p["name"]: p for p in model["populations"]}
    for o in model.get("outputs", []):
        src = o["source"]
        if src in pops and pops[src]["model"] in SPIKING and o["name"] in nirc \
                and "output" in nirc[o["name"]]:
            outputs.append((o["name"], src, nirc[o["name"]]["output"][0]))

    prepared = xylo_params(model) if target != "loihi2" else None
    first, stats, dump = None, {}, {}
    notes_seen = set()
    total_spikes = {}
    for s in range(samples):
        if target == "loihi2":
            ref, notes = run_lava(model, x, s, steps)
        else:
            ref, notes = run_xylo(model, x, s, steps, prepared)
        for n in notes:
            if n not in notes_seen:
                print(n)
                notes_seen.add(n)
        checks = []
        for pop in model["populations"]:
            name = pop["name"]
            for q in ("spikes", "v", "i"):
                mine = recorded[name][q]
                mine = (np.zeros((steps, pop["size"]), dtype=np.int64)
                        if mine is None else mine[s])
                checks.append((name, q, ref[name][q], mine))
                if q == "spikes":
                    total_spikes[name] = total_spikes.get(name, 0) + int(ref[name][q].sum())
        for oname, src, data in outputs:
            checks.append((oname + " (Output)", "spikes", ref[src]["spikes"], data[s]))
        for name, q, a, b in checks:
            if args.dump:
                dump[f"{name}/{q}/{s}"] = a
            diff = np.argwhere(a != b)
            key = (name, names[q])
            st = stats.setdefault(key, [0, None])
            st[0] += len(diff)
            if len(diff):
                k, n = diff[0]
                if st[1] is None:
                    st[1] = (s, int(k), int(n), int(a[k, n]), int(b[k, n]))
                if first is None or (s, k) < first[:2]:
                    first = (s, int(k), name, names[q], int(n), int(a[k, n]),
                             int(b[k, n]))
    if args.dump:
        np.savez_compressed(args.dump, **dump)
    if first is not None:
        s, k, name, q, n, a, b = first
        print(f"MISMATCH {name} {q}: sample {s}, step {k}, neuron {n}: "
              f"vendor {a}, nirc {b}")
        for (name, q), (count, where) in stats.items():
            if count:
                s, k, n, a, b = where
                print(f"  {name:<24} {q:<6} {count} value(s) differ, first at sample "
                      f"{s} step {k} neuron {n} (vendor {a}, nirc {b})")
            else:
                print(f"  {name:<24} {q:<6} identical")
        return 1
    neurons = sum(p["size"] for p in model["populations"])
    spikes = ", ".join(f"{k} {v}" for k, v in total_spikes.items())
    print(f"compare_emulation: {model.get('target_name', target)}: {samples} sample(s) x "
          f"{steps} step(s), {len(model['populations'])} population(s), {neurons} "
          f"neuron(s): every spike, v and {names['i']} equals {vendor} "
          f"(vendor spikes: {spikes})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
