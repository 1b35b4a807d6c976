//===- ChipDialect.h - chip dialect -----------------------------*- C++ -*-===//

#ifndef NIRC_DIALECT_CHIP_CHIPDIALECT_H
#define NIRC_DIALECT_CHIP_CHIPDIALECT_H

#include "mlir/IR/Dialect.h"

#include "nirc/Dialect/Chip/ChipDialect.h.inc"

#endif // NIRC_DIALECT_CHIP_CHIPDIALECT_H
