//===- SimDialect.td - sim dialect definition --------------*- tablegen -*-===//

#ifndef NIRC_DIALECT_SIM_SIMDIALECT_TD
#define NIRC_DIALECT_SIM_SIMDIALECT_TD

include "mlir/IR/OpBase.td"

def Sim_Dialect : Dialect {
  let name = "sim";
  let cppNamespace = "::nirc::sim";
  let summary = "One time step of a NIR graph, discretised for a CPU simulator";
  let description = [{
    A `sim.model` body describes what happens in one step of `dt` seconds.
    Values are per-sample signals (`tensor<...xf64>`, no batch and no time
    axis); the runtime runs every sample of a batch at once. State is
    explicit: `sim.state` reads a variable's value at the start of a step and
    `sim.next` gives its value at the end. Compute ops are pure functions of
    their operands, with every coefficient computed when the model is built.
    An emulated chip's model holds integers of its registers' widths, or
    float32 registers (`tensor<...xf32>`): an op computes in double and
    rounds each f32 result to float32 once, so one op is one float32
    operation (a multiply-add in one op rounds once, as a fused
    multiply-add does).
  }];
  let useDefaultAttributePrinterParser = 1;
  let hasOperationAttrVerify = 1;
}

class Sim_Op<string mnemonic, list<Trait> traits = []>
    : Op<Sim_Dialect, mnemonic, traits>;

#endif // NIRC_DIALECT_SIM_SIMDIALECT_TD
