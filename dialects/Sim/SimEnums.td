//===- SimEnums.td - closed choices of the sim dialect ------*- tablegen -*-===//
//
// How an ideal run integrates and resets its neurons (the choices
// `convert-nir-to-sim` offers), and the fixed-point arithmetic of neuromorphic
// chips, as choices a target model makes and the `sim` ops carry
// (docs/emulation.md describes each chip's).
//
//===----------------------------------------------------------------------===//

#ifndef NIRC_DIALECT_SIM_SIMENUMS_TD
#define NIRC_DIALECT_SIM_SIMENUMS_TD

include "SimDialect.td"
include "mlir/IR/EnumAttr.td"

class Sim_Enum<string name, string summary, list<I32EnumAttrCase> cases>
    : I32EnumAttr<name, summary, cases> {
  let cppNamespace = "::nirc::sim";
  let genSpecializedAttr = 0;
}

def Sim_Method : Sim_Enum<"Method", "how neurons are integrated over a step", [
  // Exact propagators for the linear neurons, the closed-form solvers with
  // threshold crossings located inside the step for the spiking ones.
  I32EnumAttrCase<"Exact", 0, "exact">,
  // Forward Euler, threshold and reset at the end of the step (snnTorch,
  // Norse, Lava).
  I32EnumAttrCase<"Euler", 1, "euler">,
  // Every neuron by the Dormand–Prince solver, the reference.
  I32EnumAttrCase<"Adaptive", 2, "adaptive">
]>;
def Sim_MethodAttr : EnumAttr<Sim_Dialect, Sim_Method, "method"> {
  let assemblyFormat = "`<` $value `>`";
}

// A float membrane's reset; the integer ops' is Sim_FixedReset, whose
// registers reset to zero rather than to a v_reset.
def Sim_ResetMode : Sim_Enum<"ResetMode", "what a spike does to a float membrane", [
  // v ← v_reset (NIR ≥ 1.0.6 spells it `to-v_reset`, not a keyword).
  I32EnumAttrCase<"ToValue", 0, "to_v_reset">,
  // v ← v − v_threshold.
  I32EnumAttrCase<"Subtract", 1, "subtract">
]>;
def Sim_ResetModeAttr : EnumAttr<Sim_Dialect, Sim_ResetMode, "reset_mode"> {
  let assemblyFormat = "`<` $value `>`";
}

def Sim_Solver : Sim_Enum<"Solver", "how a neuron step op solves its ODE", [
  // The closed forms, with crossings found by root finding.
  I32EnumAttrCase<"Exact", 0, "exact">,
  // Dormand–Prince with dense output and event location.
  I32EnumAttrCase<"Adaptive", 1, "adaptive">
]>;
def Sim_SolverAttr : EnumAttr<Sim_Dialect, Sim_Solver, "solver"> {
  let assemblyFormat = "`<` $value `>`";
}

def Sim_DecayRule : Sim_Enum<"DecayRule", "how a fixed-point state decays", [
  // x·(unity − d) / unity, truncated toward zero (Lava's Loihi model).
  I32EnumAttrCase<"MultiplyShift", 0, "multiply_shift">,
  // x − (x >> d), the shift replaced by ±1 when it is 0 and x ≠ 0 (XyloSim).
  I32EnumAttrCase<"BitShift", 1, "bit_shift">
]>;
def Sim_DecayRuleAttr : EnumAttr<Sim_Dialect, Sim_DecayRule, "decay"> {
  let assemblyFormat = "`<` $value `>`";
}

def Sim_Overflow : Sim_Enum<"Overflow", "what a sum beyond its width does", [
  // Kept as is (the width is never reached, or the model does not limit it).
  I32EnumAttrCase<"Unbounded", 0, "unbounded">,
  // Clamped to the width's signed range, [−2^(width−1), 2^(width−1) − 1].
  I32EnumAttrCase<"Saturate", 1, "saturate">,
  // Clamped to ±(2^(width−1) − 1) (Lava's v).
  I32EnumAttrCase<"SaturateSymmetric", 3, "saturate_symmetric">,
  // Brought back once by 2^width when above 2^(width−1) or at or below
  // −2^(width−1), so +2^(width−1) itself stays (Lava's u).
  I32EnumAttrCase<"WrapOnce", 2, "wrap_once">
]>;
def Sim_OverflowAttr : EnumAttr<Sim_Dialect, Sim_Overflow, "overflow"> {
  let assemblyFormat = "`<` $value `>`";
}

def Sim_MembraneSum : Sim_Enum<"MembraneSum", "how a membrane adds its terms", [
  // v ← ovf(decay(v) + current + bias) (Lava).
  I32EnumAttrCase<"Direct", 0, "direct">,
  // dv ← ovf(−leak(v) + current); dv ← ovf(dv + bias); v ← ovf(v + dv)
  // (XyloSim), which differs from `direct` only when a partial sum
  // saturates.
  I32EnumAttrCase<"Chained", 1, "chained">
]>;
def Sim_MembraneSumAttr : EnumAttr<Sim_Dialect, Sim_MembraneSum, "membrane_sum"> {
  let assemblyFormat = "`<` $value `>`";
}

def Sim_Comparison : Sim_Enum<"Comparison", "when a membrane fires", [
  I32EnumAttrCase<"Greater", 0, "gt">,
  I32EnumAttrCase<"GreaterEqual", 1, "ge">
]>;
def Sim_ComparisonAttr : EnumAttr<Sim_Dialect, Sim_Comparison, "compare"> {
  let assemblyFormat = "`<` $value `>`";
}

def Sim_FixedReset : Sim_Enum<"FixedReset", "what a spike does to the membrane", [
  I32EnumAttrCase<"Zero", 0, "zero">,
  I32EnumAttrCase<"Subtract", 1, "subtract">
]>;
def Sim_FixedResetAttr : EnumAttr<Sim_Dialect, Sim_FixedReset, "reset"> {
  let assemblyFormat = "`<` $value `>`";
}

#endif // NIRC_DIALECT_SIM_SIMENUMS_TD
