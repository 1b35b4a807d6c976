//===- ChipEnums.h - closed choices of the chip dialect ---------*- C++ -*-===//
//
// Apart from ChipOps.h so that TargetModel.h, which ChipOps.h includes, can
// take them.
//
//===----------------------------------------------------------------------===//

#ifndef NIRC_DIALECT_CHIP_CHIPENUMS_H
#define NIRC_DIALECT_CHIP_CHIPENUMS_H

#include "mlir/Support/LLVM.h"
#include "mlir/Support/LogicalResult.h"
#include "llvm/ADT/DenseMapInfo.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>
#include <optional>

#include "nirc/Dialect/Chip/ChipEnums.h.inc"

#endif // NIRC_DIALECT_CHIP_CHIPENUMS_H
