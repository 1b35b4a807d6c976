//===- SimOps.h - sim ops ---------------------------------------*- C++ -*-===//

#ifndef NIRC_DIALECT_SIM_SIMOPS_H
#define NIRC_DIALECT_SIM_SIMOPS_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/RegionKindInterface.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "nirc/Dialect/Sim/SimDialect.h"

#include "nirc/Dialect/Sim/SimEnums.h.inc"

#define GET_ATTRDEF_CLASSES
#include "nirc/Dialect/Sim/SimAttrs.h.inc"

#define GET_OP_CLASSES
#include "nirc/Dialect/Sim/SimOps.h.inc"

namespace nirc::sim {
/// The discardable attribute naming the NIR node an op was lowered from;
/// `sim-schedule` orders and cuts cycles node by node.
inline constexpr llvm::StringLiteral kNodeAttrName = "sim.node";

/// The reset modes of `sim.fire`, `sim.leaky_step`, `sim.cuba_step`.
inline constexpr llvm::StringLiteral kResetToValue = "to-v_reset";
inline constexpr llvm::StringLiteral kResetSubtract = "subtract";
/// The solvers of `sim.leaky_step` and `sim.cuba_step`.
inline constexpr llvm::StringLiteral kSolverExact = "exact";
inline constexpr llvm::StringLiteral kSolverAdaptive = "adaptive";
} // namespace nirc::sim

#endif // NIRC_DIALECT_SIM_SIMOPS_H
