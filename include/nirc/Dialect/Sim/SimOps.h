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
#include "nirc/Dialect/Sim/SimInterfaces.h.inc"

#define GET_ATTRDEF_CLASSES
#include "nirc/Dialect/Sim/SimAttrs.h.inc"

#define GET_OP_CLASSES
#include "nirc/Dialect/Sim/SimOps.h.inc"

#endif // NIRC_DIALECT_SIM_SIMOPS_H
