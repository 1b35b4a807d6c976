//===- ChipPasses.h - chip dialect passes -----------------------*- C++ -*-===//

#ifndef NIRC_DIALECT_CHIP_CHIPPASSES_H
#define NIRC_DIALECT_CHIP_CHIPPASSES_H

#include "mlir/Pass/Pass.h"
#include "nirc/Dialect/Chip/ChipOps.h"

namespace nirc::chip {
#define GEN_PASS_DECL
#include "nirc/Dialect/Chip/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "nirc/Dialect/Chip/Passes.h.inc"

/// chip-verify-fit's checks, for callers outside a pass pipeline (the
/// exporters). Emits the first failure.
mlir::LogicalResult verifyFit(DeviceOp device);
} // namespace nirc::chip

#endif // NIRC_DIALECT_CHIP_CHIPPASSES_H
