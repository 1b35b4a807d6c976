//===- SimDialect.h - sim dialect -------------------------------*- C++ -*-===//

#ifndef NIRC_DIALECT_SIM_SIMDIALECT_H
#define NIRC_DIALECT_SIM_SIMDIALECT_H

#include "mlir/IR/Dialect.h"

#include "nirc/Dialect/Sim/SimDialect.h.inc"

#endif // NIRC_DIALECT_SIM_SIMDIALECT_H
