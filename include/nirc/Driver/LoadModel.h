//===- LoadModel.h - a model as every nirc front end loads it ---*- C++ -*-===//
//
// What `nirc` and the Python module do with a model they are given: `.nir`
// files and images are read in a child process (libhdf5 must not be able to
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
#include "llvm/Support/MemoryBufferRef.h"
#include "llvm/Support/raw_ostream.h"

namespace nirc {

/// Loads a `.nir` or `.mlir` file (by extension); null after emitting why.
mlir::OwningOpRef<mlir::ModuleOp> loadModel(llvm::StringRef path,
                                            mlir::MLIRContext &context,
                                            const ImportNIROptions &options,
                                            const ReadLimits &limits);

/// Loads the bytes of a `.nir` file, named by the buffer's identifier.
mlir::OwningOpRef<mlir::ModuleOp>
loadModelImage(llvm::MemoryBufferRef image, mlir::MLIRContext &context,
               const ImportNIROptions &options, const ReadLimits &limits);

/// `nirc info`'s table: the version and metadata, a row per node (nested
/// graphs indented) in body order, and the edges in file order.
void printModelInfo(mlir::ModuleOp module, llvm::StringRef name,
                    llvm::raw_ostream &os);

} // namespace nirc

#endif // NIRC_DRIVER_LOADMODEL_H
