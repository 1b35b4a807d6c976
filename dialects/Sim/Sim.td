//===- Sim.td - sim dialect umbrella -----------------------*- tablegen -*-===//
//
// The `sim` dialect: a NIR graph discretised in time, one step of a batched
// CPU simulation, with every piece of state explicit.
//
//===----------------------------------------------------------------------===//

#ifndef NIRC_DIALECT_SIM_SIM_TD
#define NIRC_DIALECT_SIM_SIM_TD

include "SimDialect.td"
include "SimOps.td"

#endif // NIRC_DIALECT_SIM_SIM_TD
