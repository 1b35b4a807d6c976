//===- SimPasses.h - sim dialect passes -------------------------*- C++ -*-===//

#ifndef NIRC_DIALECT_SIM_SIMPASSES_H
#define NIRC_DIALECT_SIM_SIMPASSES_H

#include "mlir/Pass/Pass.h"
#include "nirc/Dialect/Sim/SimOps.h"

namespace nirc::sim {
#define GEN_PASS_DECL
#include "nirc/Dialect/Sim/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "nirc/Dialect/Sim/Passes.h.inc"
} // namespace nirc::sim

#endif // NIRC_DIALECT_SIM_SIMPASSES_H
