//===- ModelInfo.h - the table `nirc info` prints ---------------*- C++ -*-===//

#ifndef NIRC_DRIVER_MODELINFO_H
#define NIRC_DRIVER_MODELINFO_H

#include "mlir/IR/BuiltinOps.h"
#include "llvm/Support/raw_ostream.h"

namespace nirc {

/// `nirc info`'s table of a model named `name`: the version and metadata, a
/// row per node (nested graphs indented) in graph order, and the edges in
/// file order.
void printModelInfo(mlir::ModuleOp module, llvm::StringRef name,
                    llvm::raw_ostream &os);

} // namespace nirc

#endif // NIRC_DRIVER_MODELINFO_H
