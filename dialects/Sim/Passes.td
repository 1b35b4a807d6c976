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

def AllocateStorage : Pass<"sim-allocate-storage", "ModelOp"> {
  let summary = "Give every value of a scheduled step its slot in one storage buffer";
  let description = [{
    Makes a step's storage explicit, as arcilator's `AllocateState` does for
    a circuit's: every result, every record copy (`sim.output`,
    `sim.probe`) and every staged state update gets a slot of its elements
    in one buffer, in body order, recorded in the op's `sim.slots`; the
    model's `storage_size` is the elements one sample needs. A
    `sim.reshape` shares its input's slot. A `sim.next` that sets a state
    from another state's start-of-step value gets a staging slot, so that
    the update it reads is not the one the step just made (the step's
    updates are copies done in order). The interpreter and the native step
    (`convert-sim-to-standard`) both run on this layout, sample after
    sample within a slot. Allocating again lays the storage out anew.
  }];
  let dependentDialects = ["::nirc::sim::SimDialect"];
  let statistics = [
    Statistic<"numElementsPerSample", "elements-per-sample",
              "Elements of storage one sample needs">
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
