//===- ImportNIRFuzzer.cpp - libFuzzer target: the .nir importer ----------===//
//
// Any byte string must give a module or a clean error: no crash, hang,
// leak or undefined behaviour (the fuzz build runs ASan + UBSan).
//
//===----------------------------------------------------------------------===//

#include "nirc/InitAllDialects.h"
#include "nirc/Target/NIR/NIRFormat.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  mlir::DialectRegistry registry;
  nirc::registerAllDialects(registry);
  mlir::MLIRContext context(registry);
  context.loadAllAvailableDialects();
  // Errors are the expected outcome of most inputs; drop them.
  context.getDiagEngine().registerHandler(
      [](mlir::Diagnostic &) { return mlir::success(); });
  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBufferCopy(
          llvm::StringRef(reinterpret_cast<const char *>(data), size),
          "fuzz.nir"),
      llvm::SMLoc());
  nirc::ImportNIROptions options;
  options.repairEdges = true;
  (void)nirc::importNIR(sourceMgr, &context, options);
  return 0;
}
