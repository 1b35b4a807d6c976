//===- LoadModel.h - a model as every nirc front end loads it ---*- C++ -*-===//
//
// What `nirc` and the Python module do with a model file they are given:
// `.nir` is read in a child process (libhdf5 must not be able to
// crash or hang the caller on a hostile file), `.mlir` is parsed; either is
// verified and its open shapes inferred. Errors are emitted on the context.
//
//===----------------------------------------------------------------------===//

#ifndef NIRC_DRIVER_LOADMODEL_H
#define NIRC_DRIVER_LOADMODEL_H

#include "nirc/Support/ChildProcess.h"
#include "nirc/Target/NIR/NIRFormat.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"

namespace nirc {

/// Loads a `.nir` or `.mlir` file (by extension); null after emitting why.
mlir::OwningOpRef<mlir::ModuleOp> loadModel(llvm::StringRef path,
                                            mlir::MLIRContext &context,
                                            const ImportNIROptions &options,
                                            const ReadLimits &limits);

} // namespace nirc

#endif // NIRC_DRIVER_LOADMODEL_H
