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
} // namespace nirc::sim

#endif // NIRC_DIALECT_SIM_SIMOPS_H
