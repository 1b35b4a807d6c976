//===- LoadModel.cpp - a model as every nirc front end loads it -----------===//

#include "nirc/Driver/LoadModel.h"

#include "nirc/Dialect/NIR/NIRPasses.h"
#include "nirc/Support/TextNesting.h"

#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"

using namespace mlir;
using namespace nirc;

/// Infers the open shapes of a parsed model (verified by the parser).
static OwningOpRef<ModuleOp> inferTypes(OwningOpRef<ModuleOp> module) {
  if (!module)
    return nullptr;
  PassManager pm(module->getContext());
  pm.addPass(nir::createInferTypes());
  if (failed(pm.run(*module)))
    return nullptr;
  return module;
}

OwningOpRef<ModuleOp> nirc::loadModel(StringRef path, MLIRContext &context,
                                      const ImportNIROptions &options,
                                      const ReadLimits &limits) {
  if (llvm::sys::path::extension(path) == ".nir")
    return importNIRFileIsolated(path, &context, options, limits);
  std::string errorMessage;
  auto file = openInputFile(path, &errorMessage);
  if (!file) {
    emitError(FileLineColLoc::get(&context, path, 0, 0)) << errorMessage;
    return nullptr;
  }
  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(std::move(file), llvm::SMLoc());
  if (std::optional<ExcessiveNesting> nesting =
          findExcessiveNesting(sourceMgr)) {
    emitError(
        FileLineColLoc::get(&context, path, nesting->line, nesting->column))
        << nesting->message;
    return nullptr;
  }
  return inferTypes(parseSourceFile<ModuleOp>(sourceMgr, &context));
}
