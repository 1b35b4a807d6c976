//===- InitAllDialects.h - register every nirc dialect ----------*- C++ -*-===//

#ifndef NIRC_INITALLDIALECTS_H
#define NIRC_INITALLDIALECTS_H

#include "mlir/IR/DialectRegistry.h"
#include "nirc/Dialect/Chip/ChipDialect.h"
#include "nirc/Dialect/NIR/NIRDialect.h"
#include "nirc/Dialect/Sim/SimDialect.h"

namespace nirc {
inline void registerAllDialects(mlir::DialectRegistry &registry) {
  registry.insert<nir::NIRDialect, sim::SimDialect, chip::ChipDialect>();
}
} // namespace nirc

#endif // NIRC_INITALLDIALECTS_H
