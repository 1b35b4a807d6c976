//===- FuzzSupport.h - what the fuzz targets share --------------*- C++ -*-===//

#ifndef NIRC_FUZZ_FUZZSUPPORT_H
#define NIRC_FUZZ_FUZZSUPPORT_H

#include "nirc/InitAllDialects.h"
#include "nirc/Target/NIR/NIRFormat.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"

#include <memory>

namespace nirc::fuzz {

/// A context with every nirc dialect loaded that drops its diagnostics:
/// errors are the expected outcome of most inputs.
inline std::unique_ptr<mlir::MLIRContext> createQuietContext() {
  mlir::DialectRegistry registry;
  registerAllDialects(registry);
  auto context = std::make_unique<mlir::MLIRContext>(registry);
  context->loadAllAvailableDialects();
  context->getDiagEngine().registerHandler(
      [](mlir::Diagnostic &) { return mlir::success(); });
  return context;
}

/// Imports `bytes` as a .nir file, as `nirc check` does.
inline void importNIRBytes(llvm::StringRef bytes,
                           const ImportNIROptions &options) {
  std::unique_ptr<mlir::MLIRContext> context = createQuietContext();
  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBufferCopy(bytes, "fuzz.nir"), llvm::SMLoc());
  (void)importNIR(sourceMgr, context.get(), options);
}

} // namespace nirc::fuzz

#endif // NIRC_FUZZ_FUZZSUPPORT_H
