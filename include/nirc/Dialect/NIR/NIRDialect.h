//===- NIRDialect.h - NIR dialect -------------------------------*- C++ -*-===//

#ifndef NIRC_DIALECT_NIR_NIRDIALECT_H
#define NIRC_DIALECT_NIR_NIRDIALECT_H

#include "mlir/IR/Dialect.h"

#include "nirc/Dialect/NIR/NIRDialect.h.inc"

#endif // NIRC_DIALECT_NIR_NIRDIALECT_H
