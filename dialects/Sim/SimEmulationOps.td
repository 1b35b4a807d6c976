//===- SimEmulationOps.td - a chip's integer arithmetic -----*- tablegen -*-===//
//
// The ops `convert-chip-to-sim` builds beside the float ops of SimOps.td: one
// step of a mapped network in the integer arithmetic of the chip it is mapped
// onto, and the ADC through which an analog chip's state is read. Every
// number (widths, decays, shifts, thresholds, LSBs) is an attribute or a
// type; the target model chose them, so no chip appears here by name.
//
//===----------------------------------------------------------------------===//

#ifndef NIRC_DIALECT_SIM_SIMEMULATIONOPS_TD
#define NIRC_DIALECT_SIM_SIMEMULATIONOPS_TD

include "SimEnums.td"

/// A fixed-point signal: its element type's width is the chip's register
/// width (`i16`, `i24`), its overflow rule an attribute of the op.
def Sim_IntTensor : RankedTensorOf<[AnySignlessInteger]>;

/// Synapse connectivity shared by `sim.accumulate` and `sim.event_fire`:
/// `weight` is `[out, in]` (dense, over flattened signals) or
/// `[C_out, C_in, kH, kW]` (a convolution of the `[C, H, W]` source with
/// `stride` and symmetric `padding` `[h, w]`); `pool` sum-pools the source
/// `pool × pool` before the weights (each source event reaches the targets
/// of its pooled position).
def Sim_ConnectivityArgs {
  dag args = (ins I64ElementsAttr:$weight,
                  OptionalAttr<DenseI64ArrayAttr>:$stride,
                  OptionalAttr<DenseI64ArrayAttr>:$padding,
                  OptionalAttr<I64Attr>:$pool);
}

def EventsOp : Sim_ComputeOp<"events"> {
  let summary = "an input sample as whole events per channel";
  let description = [{
    `floor(x)` clamped to `[0, max_per_step]`: what a chip's input port
    accepts in one step (XyloSim takes at most 15 events per channel, Lava's
    Dense one spike). The result is an integer count per channel.
  }];
  let arguments = (ins RankedTensorOf<[F64]>:$input,
                       ConfinedAttr<I64Attr, [IntPositive]>:$max_per_step,
                       Sim_NodeName:$node);
  let results = (outs Sim_IntTensor:$output);
  let assemblyFormat = "$input attr-dict `:` type($input) `->` type($output)";
}

def AccumulateOp : Sim_ComputeOp<"accumulate"> {
  let summary = "integer synaptic input, event by event, into a register";
  let description = [{
    Starts from `base` (zeros when absent) and adds, for every target
    element, the weights of the events its sources sent, in increasing
    source order, one event at a time: each weight is first shifted left by
    `weight_shift` and brought to the result's width (two's complement, as a
    register holds it), each addition follows `overflow`. Finally the sum is
    shifted by `sum_shift` (left when positive; right, rounding toward
    −inf, when negative). The order matters only when `overflow` saturates
    (XyloSim adds event by event); Lava's Dense adds all, then shifts by its
    weight exponent.
  }];
  let arguments = !con((ins Sim_IntTensor:$events, Optional<Sim_IntTensor>:$base),
                       Sim_ConnectivityArgs.args,
                       (ins DefaultValuedAttr<I64Attr, "0">:$weight_shift,
                            DefaultValuedAttr<I64Attr, "0">:$sum_shift,
                            Sim_OverflowAttr:$overflow,
                            Sim_NodeName:$node));
  let results = (outs Sim_IntTensor:$output);
  let assemblyFormat = [{
    $events (`into` $base^)? attr-dict `:` type($events) (`,` type($base)^)?
    `->` type($output)
  }];
}

def FixedStepOp : Sim_ComputeOp<"fixed_step", [
    AllTypesMatch<["current", "current_next"]>,
    AllTypesMatch<["membrane", "membrane_next"]>]> {
  let summary = "advances fixed-point current-based neurons by one step";
  let description = [{
    In integers of the state types' widths, per neuron:

    ```
    current_next = current_ovf(decay(current, current_decay) + (input << input_shift))
    membrane     = membrane_sum of decay(membrane, membrane_decay), current_next, bias
    spikes       = while membrane `compare` threshold and spikes < max_spikes:
                     spikes += 1, reset (zero, or subtract the threshold)
    membrane     = max(membrane, threshold_low)
    ```

    `decay` is `multiply_shift` (x·(decay_unity − d) / decay_unity,
    truncated toward zero) or `bit_shift` (x − (x >> d), at least one LSB
    while x ≠ 0). Without `input`, `current` is taken to hold this step's
    input already (a `sim.accumulate` into the state, as XyloSim adds
    events before it decays). Without `threshold` the neurons never fire
    (a readout read by its membrane); without `threshold_low` the membrane
    has no floor but its width (Sinabs' `min_v_mem` is one). The current is
    never reset.
  }];
  let arguments = (ins Sim_IntTensor:$current, Sim_IntTensor:$membrane,
                       Optional<Sim_IntTensor>:$input,
                       Sim_DecayRuleAttr:$decay,
                       I64ElementsAttr:$current_decay,
                       I64ElementsAttr:$membrane_decay,
                       OptionalAttr<ConfinedAttr<I64Attr, [IntPositive]>>:$decay_unity,
                       DefaultValuedAttr<I64Attr, "0">:$input_shift,
                       Sim_OverflowAttr:$current_overflow,
                       Sim_OverflowAttr:$membrane_overflow,
                       Sim_MembraneSumAttr:$membrane_sum,
                       OptionalAttr<I64ElementsAttr>:$bias,
                       OptionalAttr<I64ElementsAttr>:$threshold,
                       Sim_ComparisonAttr:$compare,
                       Sim_FixedResetAttr:$reset,
                       ConfinedAttr<I64Attr, [IntPositive]>:$max_spikes,
                       OptionalAttr<I64ElementsAttr>:$threshold_low,
                       Sim_NodeName:$node);
  let results = (outs Sim_IntTensor:$current_next,
                      Sim_IntTensor:$membrane_next, Sim_IntTensor:$spikes);
  let assemblyFormat = [{
    $current `,` $membrane (`,` $input^)? attr-dict `:`
    type($current) `,` type($membrane) (`,` type($input)^)? `->` type($spikes)
  }];
}

def EventFireOp : Sim_ComputeOp<"event_fire", [
    AllTypesMatch<["membrane", "membrane_next"]>]> {
  let summary = "event-driven integrate-and-fire: a spike test per input event";
  let description = [{
    As an asynchronous chip runs (Speck): `bias` is added once at the start
    of the step, then every input event, sources in increasing order, adds
    its weight (`overflow`), and after each the neuron fires once if the
    membrane is at or above `threshold` (reset to zero, or by subtracting
    it) and is clamped to at least `threshold_low`. A neuron fires at most
    once per event it receives.
  }];
  let arguments = !con((ins Sim_IntTensor:$membrane, Sim_IntTensor:$events),
                       Sim_ConnectivityArgs.args,
                       (ins OptionalAttr<I64ElementsAttr>:$bias,
                            I64ElementsAttr:$threshold,
                            I64ElementsAttr:$threshold_low,
                            Sim_FixedResetAttr:$reset,
                            Sim_OverflowAttr:$overflow,
                            Sim_NodeName:$node));
  let results = (outs Sim_IntTensor:$membrane_next, Sim_IntTensor:$spikes);
  let assemblyFormat = [{
    $membrane `,` $events attr-dict `:` type($membrane) `,` type($events)
    `->` type($spikes)
  }];
}

def AdcOp : Sim_ComputeOp<"adc"> {
  let summary = "an analog value as an ADC reports it, an unsigned code";
  let description = [{
    `code = round(clamp((x − offset) / unit, 0, 2^bits − 1))`, to the
    nearest code, halves up: `unit` is the value of one LSB and `offset`
    that of code 0, so `offset + unit × code` reads the value back (what a
    `sim.probe` of the code records with the same `unit` and `offset`).
    BrainScaleS-2's 8-bit CADC samples its analog membranes so. The
    result's integers are wider than `bits`, so every code is non-negative.

    ```mlir
    %code = sim.adc %v {bits = 8 : i64, offset = -1.14 : f64,
                        unit = 0.0142 : f64} : tensor<40xf64> -> tensor<40xi32>
    ```
  }];
  let arguments = (ins Sim_FloatTensor:$input, F64Attr:$unit, F64Attr:$offset,
                       ConfinedAttr<I64Attr, [IntPositive]>:$bits,
                       Sim_NodeName:$node);
  let results = (outs Sim_IntTensor:$output);
  let assemblyFormat = "$input attr-dict `:` type($input) `->` type($output)";
}

#endif // NIRC_DIALECT_SIM_SIMEMULATIONOPS_TD
