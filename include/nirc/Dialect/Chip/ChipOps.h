//===- ChipOps.h - chip types and ops ---------------------------*- C++ -*-===//

#ifndef NIRC_DIALECT_CHIP_CHIPOPS_H
#define NIRC_DIALECT_CHIP_CHIPOPS_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/RegionKindInterface.h"
#include "nirc/Dialect/Chip/ChipDialect.h"
#include "nirc/Dialect/Chip/ChipEnums.h"
#include "nirc/Dialect/Chip/TargetModel.h"
#include "llvm/ADT/MapVector.h"

#define GET_TYPEDEF_CLASSES
#include "nirc/Dialect/Chip/ChipTypes.h.inc"

#define GET_ATTRDEF_CLASSES
#include "nirc/Dialect/Chip/ChipAttributes.h.inc"

#define GET_OP_CLASSES
#include "nirc/Dialect/Chip/ChipOps.h.inc"

namespace nirc::chip {
/// Whether neuron `model` emits spikes (else its membrane is read out).
bool isSpikingModel(NeuronModel model);

/// The parameters a population of neuron `model` holds: NIR's fields, with
/// LIF's and LI's `tau` named `tau_mem` (`bias` is optional).
llvm::ArrayRef<llvm::StringLiteral> getNeuronParamNames(NeuronModel model);

/// The NIR name of a group: a chip.input's or a chip.population's.
llvm::StringRef getGroupName(mlir::Value group);

/// A pair of cores, source then destination.
using CorePair = std::pair<CoreOp, CoreOp>;

/// Every pair of different cores that a synapse block joins (a core holding
/// source neurons, a core holding target neurons), with the names of the
/// blocks it carries. Inputs come from the host and need no route.
llvm::MapVector<CorePair, llvm::SmallVector<llvm::StringRef>>
getNeededRoutes(DeviceOp device);

/// Fails with a limit error when a core sends to more cores than the
/// target allows.
mlir::LogicalResult checkRouteDestinations(DeviceOp device,
                                           llvm::ArrayRef<CorePair> routes);
} // namespace nirc::chip

#endif // NIRC_DIALECT_CHIP_CHIPOPS_H
