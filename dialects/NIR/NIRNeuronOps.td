//===- NIRNeuronOps.td - NIR neuron nodes ------------------*- tablegen -*-===//
//
// Threshold, I, IF, LI, LIF, CubaLI, CubaLIF. The population shape is the
// parameters' shape; all parameters share it (`w_in` may broadcast).
//
//===----------------------------------------------------------------------===//

#ifndef NIRC_DIALECT_NIR_NIRNEURONOPS_TD
#define NIRC_DIALECT_NIR_NIRNEURONOPS_TD

def ThresholdOp : NIR_ElementwiseOp<"threshold"> {
  let summary = "Heaviside threshold, z(t) = H(x(t) − θ) (NIR Threshold)";
  let description = [{ Emits 1 where the input exceeds `threshold`, else 0. }];
  let arguments = (ins StrAttr:$name, Variadic<NIR_SignalType>:$inputs,
                       NIR_ParamAttr:$threshold,
                       OptionalAttr<DictionaryAttr>:$metadata);
}

def IOp : NIR_ElementwiseOp<"i"> {
  let summary = "integrator, dv/dt = R I(t) (NIR I)";
  let description = [{ Outputs the membrane `v`; `r` sets the population. }];
  let arguments = (ins StrAttr:$name, Variadic<NIR_SignalType>:$inputs,
                       NIR_ParamAttr:$r,
                       OptionalAttr<DictionaryAttr>:$metadata);
}

def IFOp : NIR_ElementwiseOp<"if"> {
  let summary = "integrate-and-fire, dv/dt = R I(t), spike and reset at v > v_threshold (NIR IF)";
  let description = [{
    `z = 1` when `v > v_threshold`, then `v ← v_reset` (files older than
    NIR 1.0.6 have no `v_reset`; the importer fills zeros). Outputs spikes.
  }];
  let arguments = (ins StrAttr:$name, Variadic<NIR_SignalType>:$inputs,
                       NIR_ParamAttr:$r, NIR_ParamAttr:$v_threshold,
                       NIR_ParamAttr:$v_reset,
                       OptionalAttr<DictionaryAttr>:$metadata);
}

def LIOp : NIR_ElementwiseOp<"li"> {
  let summary = "leaky integrator, τ dv/dt = (v_leak − v) + R I(t) (NIR LI)";
  let description = [{ Outputs the membrane `v`; `tau` must be positive. }];
  let arguments = (ins StrAttr:$name, Variadic<NIR_SignalType>:$inputs,
                       NIR_ParamAttr:$tau, NIR_ParamAttr:$r,
                       NIR_ParamAttr:$v_leak,
                       OptionalAttr<DictionaryAttr>:$metadata);
}

def LIFOp : NIR_ElementwiseOp<"lif"> {
  let summary = "leaky integrate-and-fire, τ dv/dt = (v_leak − v) + R I(t) (NIR LIF)";
  let description = [{
    `z = 1` when `v > v_threshold`, then `v ← v_reset`. Outputs spikes;
    `tau` must be positive.
  }];
  let arguments = (ins StrAttr:$name, Variadic<NIR_SignalType>:$inputs,
                       NIR_ParamAttr:$tau, NIR_ParamAttr:$r,
                       NIR_ParamAttr:$v_leak, NIR_ParamAttr:$v_threshold,
                       NIR_ParamAttr:$v_reset,
                       OptionalAttr<DictionaryAttr>:$metadata);
}

def CubaLIOp : NIR_ElementwiseOp<"cuba_li"> {
  let summary = "current-based leaky integrator (NIR CubaLI)";
  let description = [{
    `τ_syn dI/dt = −I + w_in S(t)`, `τ_mem dv/dt = (v_leak − v) + R I`.
    Outputs `v`. `w_in` broadcasts elementwise to the population.
  }];
  let arguments = (ins StrAttr:$name, Variadic<NIR_SignalType>:$inputs,
                       NIR_ParamAttr:$tau_syn, NIR_ParamAttr:$tau_mem,
                       NIR_ParamAttr:$r, NIR_ParamAttr:$v_leak,
                       NIR_ParamAttr:$w_in,
                       OptionalAttr<DictionaryAttr>:$metadata);
}

def CubaLIFOp : NIR_ElementwiseOp<"cuba_lif"> {
  let summary = "current-based leaky integrate-and-fire (NIR CubaLIF)";
  let description = [{
    `τ_syn dI/dt = −I + w_in S(t)`, `τ_mem dv/dt = (v_leak − v) + R I`;
    `z = 1` when `v > v_threshold`, then `v ← v_reset`. Outputs spikes.
    `w_in` broadcasts elementwise to the population.
  }];
  let arguments = (ins StrAttr:$name, Variadic<NIR_SignalType>:$inputs,
                       NIR_ParamAttr:$tau_syn, NIR_ParamAttr:$tau_mem,
                       NIR_ParamAttr:$r, NIR_ParamAttr:$v_leak,
                       NIR_ParamAttr:$v_threshold, NIR_ParamAttr:$v_reset,
                       NIR_ParamAttr:$w_in,
                       OptionalAttr<DictionaryAttr>:$metadata);
}

#endif // NIRC_DIALECT_NIR_NIRNEURONOPS_TD
