//===- Passes.td - NIR dialect passes ----------------------*- tablegen -*-===//

#ifndef NIRC_DIALECT_NIR_PASSES_TD
#define NIRC_DIALECT_NIR_PASSES_TD

include "mlir/Pass/PassBase.td"

def InferTypes : Pass<"nir-infer-types"> {
  let summary = "Infer the signal shapes NIR leaves open";
  let description = [{
    Replaces `!nir.signal<*>` results by the shape NIR's rules give them:
    conv, pooling and flatten outputs from their inputs (or their stored
    `input_shape` / `input_type`), Output ports from what feeds them, the
    ports of nested graphs from their operands and their bodies. Propagates
    through cycles and nested graphs to a fixed point. Shapes that conflict
    are left for the verifier to report.
  }];
  let dependentDialects = ["::nirc::nir::NIRDialect"];
  let statistics = [
    Statistic<"numInferred", "num-inferred", "Number of signal types inferred">
  ];
}

#endif // NIRC_DIALECT_NIR_PASSES_TD
