#!/usr/bin/env python3
"""Regenerate test/vendor/golden/*.json with the vendor simulators.

    build/venv-vendor/bin/python utils/vendor/make_golden.py [--only NAME ...]
        [--check]   # re-run and compare with the files instead of writing them

Each case below is only an input specification (registers + input raster, with
fixed seeds); every recorded value in the golden files comes from Lava
(lava_reference.py) or XyloSim (xylo_reference.py).
"""

import argparse
import json
import os
import re
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
GOLDEN = os.path.normpath(os.path.join(HERE, "..", "..", "test", "vendor", "golden"))


def raster(steps, channels, events):
    """events: {channel: [1-based steps]} -> [steps][channels] 0/1"""
    r = np.zeros((steps, channels), dtype=int)
    for c, ts in events.items():
        for t in ts:
            r[t - 1, c] = 1
    return r.tolist()


# --------------------------------------------------------------------------- Lava
LAVA = {}

LAVA["lava_delay_if_du4095"] = dict(
    description="du=4095 (current = this step's input only), dv=0 (IF, no leak), "
                "MIXED even weights; 2 layers show the one-step Dense delay per layer "
                "(input spike at step t reaches layer-1 u at t+1, layer-1 spike at t "
                "reaches layer-2 u at t+1), spikes with strict '>' and reset of v to 0 "
                "(u not reset).",
    covers=["dense_delay", "du_4095", "dv_0", "spike_reset", "two_layers",
            "threshold_strict_gt"],
    spec=dict(
        steps=60,
        input=raster(60, 2, {0: list(range(1, 61, 4)), 1: [3, 10, 20, 21, 22, 40]}),
        layers=[
            dict(weights=[[100, 0], [50, 50], [0, -60]], sign_mode="MIXED",
                 du=4095, dv=0, vth=200),
            # each layer-1 spike adds 64<<6 = 4096 to v (dv=0); after two, v equals
            # vth<<6 = 8192 exactly: the strict 'v > vth<<6' test waits for a third
            dict(weights=[[64, 64, 0]], sign_mode="MIXED", du=4095, dv=0, vth=128),
        ]),
)

LAVA["lava_sign_modes"] = dict(
    description="Weight clipping and truncation by sign mode (read back in "
                "weights_effective): MIXED clips to [-256,255] and floors odd values "
                "(num_weight_bits 8 => k=1: -3->-4, 7->6, 255->254, 300->254, -300->-256); "
                "INHIBITORY (num_weight_bits 7, k=1) clips to [-255,0] and truncates "
                "the magnitude (-41->-40, -7->-6, -300->-254, +5->0, -1->0); EXCITATORY (num_weight_bits 6, k=2) "
                "clips negatives to 0. Layer 2 neurons fire from a bias and are "
                "inhibited by layer 1.",
    covers=["sign_mode_mixed", "sign_mode_inhibitory", "sign_mode_excitatory",
            "negative_weights", "weight_clip", "weight_truncation",
            "num_weight_bits_lt_8", "bias", "leak"],
    spec=dict(
        steps=80,
        input=np.random.default_rng(11).binomial(1, 0.3, size=(80, 3)).tolist(),
        layers=[
            dict(weights=[[-3, 7, 255], [300, -255, 9], [-300, 41, -1]],
                 sign_mode="MIXED", num_weight_bits=8, du=1024, dv=512, vth=500),
            dict(weights=[[-41, -7, 5], [-3, -300, -1]], sign_mode="INHIBITORY",
                 num_weight_bits=7, du=2048, dv=256, vth=60,
                 bias_mant=[200, 150], bias_exp=[3, 3]),
            dict(weights=[[-20, 13], [255, 31]], sign_mode="EXCITATORY",
                 num_weight_bits=6, du=1500, dv=1000, vth=60),
        ]),
)

LAVA["lava_weight_exp"] = dict(
    description="weight_exp < 0 floors the accumulated sum (-6>>3 = -1, -4>>3 = -1, "
                "not toward zero), weight_exp > 0 shifts it left; num_weight_bits 5 "
                "(EXCITATORY, k=3) and 4 (MIXED, k=5) truncate the mantissas; the sign "
                "mode of layer 1 is left to Lava's determine_sign_mode (MIXED).",
    covers=["weight_exp_negative", "weight_exp_positive", "num_weight_bits_lt_8",
            "negative_weights", "sign_mode_auto", "three_layers"],
    spec=dict(
        steps=70,
        input=np.random.default_rng(12).binomial(1, 0.35, size=(70, 3)).tolist(),
        layers=[
            dict(weights=[[-6, 10, 3], [14, -18, 31], [-2, -2, -2]], weight_exp=-3,
                 du=300, dv=100, vth=2),
            dict(weights=[[13, 200, 7], [255, 7, 100]], sign_mode="EXCITATORY",
                 num_weight_bits=5, weight_exp=4, du=2000, dv=1500, vth=3000),
            dict(weights=[[-33, 70]], sign_mode="MIXED", num_weight_bits=4,
                 weight_exp=2, du=100, dv=50, vth=100),
        ]),
)

LAVA["lava_u_wrap_v_clip"] = dict(
    description="Layer 1 (du=4095, weight_exp 7, 8 channels): a_in = +-2^17 "
                "(beyond int16, not saturated) makes u = +2^23 (kept, out of range) "
                "and u = -2^23 (becomes +2^23), a_in = 2^17*1.98 wraps to -131072, "
                "a_in = -2^18 wraps to 0; v saturates at 2^23-1 and spikes against "
                "vth = 131071. Layer 2 (du=0, dv=0) starts u near +-2^23 and is "
                "pushed over by 254<<7<<6 = 2080768 (255 is truncated to 254 in MIXED) or -256<<7<<6 = -2097152 per spike: u wraps to the other sign; v "
                "saturates at -(2^23-1).",
    covers=["u_wrap_positive", "u_wrap_negative", "u_plus_2_23_kept",
            "u_minus_2_23_to_plus", "v_clip_positive", "v_clip_negative",
            "a_in_not_saturated", "weight_exp_positive", "du_0", "dv_0",
            "initial_state"],
    spec=dict(
        steps=50,
        input=raster(50, 8, {**{c: [2, 9, 20, 33] for c in range(4)},
                             **{c: [2, 9, 27, 33] for c in range(4, 8)}}),
        layers=[
            dict(weights=[[128] * 8, [-256] * 4 + [0] * 4, [254] * 8, [-256] * 8],
                 sign_mode="MIXED", weight_exp=7, du=4095, dv=0, vth=131071),
            dict(weights=[[255, 0, 0, 0], [0, 0, 0, -256], [255, 255, -256, 0]],
                 sign_mode="MIXED", weight_exp=7, du=0, dv=0, vth=131071,
                 u=[8380000, -8380000, 8000000], v=[0, -8000000, 0]),
        ]),
)

LAVA["lava_bias_leak"] = dict(
    description="Per-neuron bias_mant/bias_exp (0, 50<<3, -30<<2, 4095<<7), typical "
                "leaks du=410 dv=205 with truncation toward zero of negative u and v, "
                "negative initial v and u, bias-only spiking at the largest bias.",
    covers=["bias", "bias_negative", "bias_exp", "leak", "negative_decay",
            "initial_state", "spike_reset"],
    spec=dict(
        steps=60,
        input=raster(60, 1, {0: [1, 2, 3, 15, 16, 30, 45]}),
        layers=[
            dict(weights=[[60], [-40], [20], [0]], sign_mode="MIXED",
                 du=410, dv=205, vth=1000,
                 bias_mant=[0, 50, -30, 4095], bias_exp=[0, 3, 2, 7],
                 u=[0, 30001, -30001, 0], v=[0, -50001, 0, 0]),
        ]),
)

_rng = np.random.default_rng(1)
LAVA["lava_random"] = dict(
    description="Random 4 -> 6 -> 3 network, MIXED weights in [-256,255] "
                "(odd values truncated), moderate leaks, biases, 100 steps.",
    covers=["random", "two_layers", "bias", "leak", "negative_weights"],
    spec=dict(
        steps=100,
        input=_rng.binomial(1, 0.25, size=(100, 4)).tolist(),
        layers=[
            dict(weights=_rng.integers(-256, 256, size=(6, 4)).tolist(),
                 sign_mode="MIXED", weight_exp=0, du=500, dv=300, vth=1500,
                 bias_mant=_rng.integers(-20, 40, size=6).tolist(), bias_exp=1),
            dict(weights=_rng.integers(-256, 256, size=(3, 6)).tolist(),
                 sign_mode="MIXED", weight_exp=0, du=800, dv=400, vth=600,
                 bias_mant=[5, 0, -5], bias_exp=[3, 0, 3]),
        ]),
)

# --------------------------------------------------------------------------- Xylo
XYLO = {}

XYLO["xylo_saturation"] = dict(
    description="int16 saturation per event: 127<<7 = 16256 per input event "
                "saturates Isyn at 32767 within 15 events, -128<<7 at -32768; Vmem "
                "saturates at -32768 (visible) and at 32767 (visible in the residual "
                "after the subtractive reset: hidden 0 at step 2 keeps 32767-20000 = "
                "12767, not 36802-20000); hidden 2 gets "
                "+32767 from inputs first and then -16384 per recurrent event "
                "(inputs are delivered before recurrent events, so the order changes "
                "the result); output neurons saturate too.",
    covers=["isyn_saturation", "vmem_saturation", "event_order",
            "recurrent_delay", "negative_weights", "output_saturation"],
    spec=dict(
        steps=50,
        input=[[15 if t in (1, 2, 20) else 0, 15 if t in (5, 6) else 0,
                15 if t in (10, 11, 12, 25) else 0] for t in range(50)],
        w_in=[[127, 0, 127, 0], [0, -128, 0, 0], [0, 0, 127, 127]],
        w_rec=[[0, 0, -128, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, -128, 0]],
        w_out=[[127, 0], [-128, 0], [0, 0], [0, 127]],
        weight_shift_in=7, weight_shift_rec=7, weight_shift_out=7,
        threshold=[20000, 30000, 32000, 32767], threshold_out=[30000, 32767],
        dash_mem=[4, 4, 6, 3], dash_syn=[3, 4, 3, 2], dash_mem_out=[3, 2],
        dash_syn_out=[2, 2]),
)

XYLO["xylo_multispike_clamp"] = dict(
    description="Input counts 0..255 are clamped to 15 events per channel and step; "
                "hidden neurons with a small threshold emit up to 31 events per step "
                "(Vmem stays >= threshold when capped); they reach the outputs one "
                "step later as that many events; output neurons emit at most 1 spike "
                "per step and keep Vmem >= threshold.",
    covers=["input_count_clamp_15", "multi_spike_31", "output_one_spike",
            "subtractive_reset", "recurrent_delay"],
    spec=dict(
        steps=60,
        input=[[[0, 1, 5, 15, 16, 40, 255, 3][t % 8] if t < 40 else 0,
                200 if t in (45, 46) else 0] for t in range(60)],
        w_in=[[20, 60, 5], [0, 0, 127]],
        w_out=[[3, 0], [1, 2], [0, 1]],
        weight_shift_in=4, weight_shift_out=2,
        threshold=[300, 1000, 40], threshold_out=[400, 150],
        dash_mem=[4, 15, 2], dash_syn=[2, 1, 4], dash_mem_out=[4, 1],
        dash_syn_out=[1, 3]),
)

XYLO["xylo_recurrent_chain"] = dict(
    description="Recurrent one-step delay: a burst on input 0 makes hidden 0 fire "
                "(several events) at step t, hidden 1 receives them at t+1, hidden 2 "
                "at t+2, hidden 3 at t+3 (each pre spike count is delivered as that "
                "many events); hidden 2 inhibits itself; outputs read hidden 0 and 3 "
                "one step after they fire.",
    covers=["recurrent_delay", "self_recurrence", "multi_event_delivery",
            "output_delay", "negative_weights"],
    spec=dict(
        steps=60,
        input=[[6 if t in (2, 3, 20, 40) else 0] for t in range(60)],
        w_in=[[90, 0, 0, 0]],
        w_rec=[[0, 40, 0, 0], [0, 0, 60, 0], [0, 0, -30, 70], [0, 0, 0, 0]],
        w_out=[[50, 0], [0, 0], [0, 0], [0, 80]],
        weight_shift_in=3, weight_shift_rec=3, weight_shift_out=3,
        threshold=[500, 400, 300, 600], threshold_out=[300, 300],
        dash_mem=[2, 3, 2, 4], dash_syn=[1, 2, 2, 3], dash_mem_out=[2, 2],
        dash_syn_out=[1, 1]),
)

XYLO["xylo_decay_dash0_bias"] = dict(
    description="h0: dash_syn=0 clears Isyn before it is integrated (input never "
                "reaches V), its synapse 2 (dash_syn_2=3) does; h1: dash_mem=0 (V = "
                "sum Isyn + bias each step); h2: negative values decay by floor "
                "(x>>d, at least -1); h3: negative bias, no input, settles where "
                "floor(V/16) = bias; h4: dash_mem=0 with V = -32768 keeps -32768 "
                "because int16 negation of -32768 wraps; output: bias only.",
    covers=["dash_0_syn", "dash_0_mem", "second_synapse", "negative_decay",
            "bias", "bias_negative", "int16_negation_wrap", "output_bias"],
    spec=dict(
        steps=60,
        input=[[3 if t in (1, 2, 8, 30) else 0, 1 if t in (4, 5, 6, 7) else 0]
               for t in range(60)],
        # [C][H][2]: last index = synapse 1 / synapse 2
        w_in=[[[2, 1], [1, 0], [-3, 0], [0, 0], [0, 0]],
              [[0, 0], [-1, 0], [-2, 0], [0, 0], [-128, 0]]],
        w_out=[[0], [0], [0], [0], [0]],
        weight_shift_in=8,
        threshold=[2000, 30000, 2000, 2000, 30000], threshold_out=[100],
        dash_mem=[3, 0, 3, 4, 0], dash_syn=[0, 2, 2, 2, 15], dash_syn_2=[3, 0, 0, 0, 0],
        bias=[0, 5, 0, -3, -1], dash_mem_out=[2], dash_syn_out=[1], bias_out=[7]),
)

XYLO["xylo_weight_shift_wrap"] = dict(
    description="weight << shift is converted to int16 before the saturating add: "
                "with weight_shift_in=9, 127<<9 = 65024 becomes -512 and 64<<9 = "
                "32768 becomes -32768, 1<<9 = 512, -1<<9 = -512 (register range of "
                "the shift on silicon not checked here).",
    covers=["weight_shift_int16_wrap"],
    spec=dict(
        steps=20,
        input=[[1 if t in (1, 5) else 0] for t in range(20)],
        w_in=[[127, 64, 1, -1]],
        w_out=[[0], [0], [0], [0]],
        weight_shift_in=9,
        threshold=[30000] * 4, threshold_out=[100],
        dash_mem=[2] * 4, dash_syn=[1] * 4, dash_mem_out=[1], dash_syn_out=[1]),
)

_xr = np.random.default_rng(7)
XYLO["xylo_random"] = dict(
    description="Random 6 -> 8 (2 synapses, recurrent) -> 3 network, counts 0..20 (20 is clamped), "
                "100 steps, shifts 2/1/1, dashes 1..6, biases (hidden 2 synapses, both "
                "with their own dash).",
    covers=["random", "second_synapse", "recurrent_delay", "bias",
            "multi_spike", "input_count_clamp_15", "isyn_saturation"],
    spec=dict(
        steps=100,
        input=(_xr.binomial(1, 0.2, size=(100, 6)) * _xr.choice([1, 1, 2, 3, 5, 20], size=(100, 6))).tolist(),
        w_in=_xr.integers(-40, 64, size=(6, 8, 2)).tolist(),
        w_rec=(_xr.integers(-40, 30, size=(8, 8, 2)) * _xr.binomial(1, 0.4, size=(8, 8, 2))).tolist(),
        w_out=_xr.integers(-40, 60, size=(8, 3)).tolist(),
        weight_shift_in=2, weight_shift_rec=1, weight_shift_out=1,
        threshold=_xr.integers(500, 3000, size=8).tolist(),
        threshold_out=_xr.integers(2000, 6000, size=3).tolist(),
        dash_mem=_xr.integers(1, 7, size=8).tolist(),
        dash_syn=_xr.integers(1, 7, size=8).tolist(),
        dash_syn_2=_xr.integers(1, 7, size=8).tolist(),
        dash_mem_out=_xr.integers(1, 7, size=3).tolist(),
        dash_syn_out=_xr.integers(1, 7, size=3).tolist(),
        bias=_xr.integers(-20, 40, size=8).tolist(),
        bias_out=[0, 10, -10]),
)


FORMAT = {
    "lava": "output.layers[k].{spikes,u,v}[t][n]: values after Lava time step t+1 "
            "(Lava counts from 1), after the spike test and the reset of v; "
            "weights_effective = Dense weights after clip_weights/truncate_weights. "
            "Input layout: utils/vendor/lava_reference.py docstring.",
    "xylo": "output.{hidden,output}.{spikes,vmem,isyn[,isyn2]}[t][n]: values after "
            "XyloSim step t (from 0), after the subtractive reset; hidden spikes are "
            "event counts 0..31. Input layout: utils/vendor/xylo_reference.py docstring.",
}


def dumps(doc):
    """Indented JSON with every innermost list of numbers on one line."""
    text = json.dumps(doc, indent=1)
    return re.sub(r"\[[\s\d,.-]*\]",
                  lambda m: "[" + ", ".join(x.strip() for x in m.group(0)[1:-1].split(",")
                                            if x.strip()) + "]", text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    os.makedirs(GOLDEN, exist_ok=True)
    jobs = [(n, c, "lava") for n, c in LAVA.items()] + [(n, c, "xylo") for n, c in XYLO.items()]
    bad = 0
    for name, case, kind in jobs:
        if args.only and name not in args.only:
            continue
        if kind == "lava":
            import lava_reference as ref
            out = ref.run(case["spec"])
            vendor = ref.vendor_versions()
        else:
            import xylo_reference as ref
            out = ref.run(case["spec"], "xylosim")
            vendor = ref.vendor_versions("xylosim")
        doc = {"case": name, "description": case["description"], "covers": case["covers"],
               "vendor": vendor, "format": FORMAT[kind], "input": case["spec"],
               "output": out}
        path = os.path.join(GOLDEN, name + ".json")
        if args.check:
            with open(path) as f:
                old = json.load(f)
            same = old["input"] == json.loads(json.dumps(case["spec"])) and old["output"] == out
            print(("same     " if same else "DIFFERENT"), name)
            bad += not same
        else:
            with open(path, "w") as f:
                f.write(dumps(doc) + "\n")
            print("wrote", os.path.relpath(path))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
