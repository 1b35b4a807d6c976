//===- Passes.td - sim dialect passes ----------------------*- tablegen -*-===//

#ifndef NIRC_DIALECT_SIM_PASSES_TD
#define NIRC_DIALECT_SIM_PASSES_TD

include "mlir/Pass/PassBase.td"

def Schedule : Pass<"sim-schedule", "ModelOp"> {
  let summary = "Cut the cycles of a step and put its ops in execution order";
  let description = [{
    Builds the dataflow graph of the NIR nodes of a `sim.model` (ops carry
    their node in `sim.node`) and orders them topologically (Boost.Graph).
    A cycle is cut at the edge that enters a stateful node (a neuron or a
    delay, i.e. an op that reads a `sim.state`): that node then reads the
    value its source produced in the previous step, through a new state.
    A cycle with no stateful node cannot be stepped and is an error naming
    its nodes.
  }];
  let dependentDialects = ["::nirc::sim::SimDialect"];
  let statistics = [
    Statistic<"numCutEdges", "num-cut-edges", "Number of cycle edges cut">
  ];
}

def NeuronMismatch : Pass<"sim-neuron-mismatch", "ModelOp"> {
  let summary = "Vary an analog chip's calibrated neurons with one trial of device mismatch";
  let description = [{
    An analog chip (BrainScaleS-2) calibrates a population to one set of
    values, and each neuron's circuit deviates from it. On a `sim.model`
    that integrates such neurons (`sim.cuba_step`, `sim.leaky_step`), this
    pass perturbs their parameters per neuron with the neuron keys of
    `spec` ("v_threshold=0.06,tau=0.1"), as `nir-mismatch` perturbs NIR's
    (log-normal for time constants and gains, p (1 + sigma N(0, 1)) for
    potentials), from a stream of its own that depends only on `seed` and
    `trial`. Splats become one value per neuron. A synapse key (`weight`,
    `bias`) or a key that applies to no neuron is an error.
  }];
  let dependentDialects = ["::nirc::sim::SimDialect"];
  let options = [
    Option<"spec", "spec", "std::string", /*default=*/"\"\"",
           "Relative standard deviation per neuron parameter, key=sigma,...">,
    Option<"seed", "seed", "uint64_t", /*default=*/"0",
           "Seed of the Monte Carlo run">,
    Option<"trial", "trial", "uint64_t", /*default=*/"0",
           "Index of the trial whose mismatch is applied">
  ];
}

#endif // NIRC_DIALECT_SIM_PASSES_TD
