//===- ParseNIRFuzzer.cpp - libFuzzer target: nir dialect text ------------===//
//
// What `nirc` and `nir-opt` do with a file: refuse brackets nested too deep
// for MLIR's parser, parse, verify every op (the verifiers do NIR's type and
// shape checks), infer the missing shapes, then print the result. What they
// print must parse back: `nirc convert` writes .mlir files users read again.
//
//===----------------------------------------------------------------------===//

#include "FuzzSupport.h"

#include "nirc/Dialect/NIR/NIRPasses.h"
#include "nirc/Support/TextNesting.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/Support/raw_ostream.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  std::unique_ptr<mlir::MLIRContext> context = nirc::fuzz::createQuietContext();
  // MLIR's lexer looks one byte past the end for the NUL that ends a file
  // read from disk; libFuzzer's buffer has none.
  std::string text(reinterpret_cast<const char *>(data), size);
  if (nirc::findExcessiveNesting(text, nirc::kMaxTextNesting))
    return 0;
  mlir::OwningOpRef<mlir::ModuleOp> module =
      mlir::parseSourceString<mlir::ModuleOp>(text, context.get());
  if (!module)
    return 0;
  mlir::PassManager pm(context.get());
  pm.addPass(nirc::nir::createInferTypes());
  if (mlir::failed(pm.run(*module)))
    return 0;
  std::string printed;
  llvm::raw_string_ostream os(printed);
  module->print(os);
  if (!mlir::parseSourceString<mlir::ModuleOp>(printed, context.get())) {
    llvm::errs() << "printed IR does not parse back:\n" << printed;
    __builtin_trap();
  }
  return 0;
}
