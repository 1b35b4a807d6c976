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

def Mismatch : Pass<"nir-mismatch", "::mlir::ModuleOp"> {
  let summary = "Perturb NIR parameters with one trial of device mismatch";
  let description = [{
    Applies fixed-pattern noise to the parameters named by `spec`
    ("tau=0.05,v_threshold=0.02,weight=0.01"), one draw per neuron or
    synapse, from a random stream that depends only on `seed` and `trial`:
    trial k gives the same values whether it runs alone or after others.
    Time constants and the gains `r` and `w_in` get a log-normal factor of
    mean 1 and relative standard deviation sigma; `v_threshold`, `v_leak`,
    `v_reset`, `weight` and `bias` become p (1 + sigma N(0, 1)). Splat and
    broadcast parameters are expanded to one value per element; element
    types are kept. A key that applies to no node is an error.
    See include/nirc/Transforms/Mismatch.h for the order of the draws.
  }];
  let dependentDialects = ["::nirc::nir::NIRDialect"];
  let options = [
    Option<"spec", "spec", "std::string", /*default=*/"\"\"",
           "Relative standard deviation per parameter, key=sigma,...">,
    Option<"seed", "seed", "uint64_t", /*default=*/"0",
           "Seed of the Monte Carlo run">,
    Option<"trial", "trial", "uint64_t", /*default=*/"0",
           "Index of the trial whose mismatch is applied">
  ];
}

#endif // NIRC_DIALECT_NIR_PASSES_TD
