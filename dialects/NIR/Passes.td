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

def Flatten : Pass<"nir-flatten", "::mlir::ModuleOp"> {
  let summary = "Inline nested graphs into their parent";
  let description = [{
    Moves the nodes of every nested `nir.graph` into the graph that holds it,
    innermost first, renaming each `inner` to `outer.inner`. The nested
    graph's ports become plain edges: the users of its `nir.input` read the
    nested graph's operands (summed, as before), and the users of its results
    read what fed its `nir.output` nodes. A renamed node that would clash with
    an existing name is an error.
  }];
  let dependentDialects = ["::nirc::nir::NIRDialect"];
  let statistics = [
    Statistic<"numInlined", "num-inlined", "Number of nested graphs inlined">
  ];
}

#endif // NIRC_DIALECT_NIR_PASSES_TD
