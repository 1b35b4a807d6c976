//===- NIRTypes.h - NIR types -----------------------------------*- C++ -*-===//

#ifndef NIRC_DIALECT_NIR_NIRTYPES_H
#define NIRC_DIALECT_NIR_NIRTYPES_H

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Types.h"

#define GET_TYPEDEF_CLASSES
#include "nirc/Dialect/NIR/NIRTypes.h.inc"

#endif // NIRC_DIALECT_NIR_NIRTYPES_H
