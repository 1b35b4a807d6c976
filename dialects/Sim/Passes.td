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

#endif // NIRC_DIALECT_SIM_PASSES_TD
