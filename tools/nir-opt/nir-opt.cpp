//===- nir-opt.cpp - nirc modular optimizer driver ------------------------===//
//
// Parses, verifies, transforms and prints `nir` (and later `sim`, `chip`)
// IR; the testing tool behind every lit test. Users want `nirc`.
//
//===----------------------------------------------------------------------===//

#include "nirc/InitAllDialects.h"
#include "nirc/InitAllPasses.h"
#include "nirc/Support/TextNesting.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Support/FileUtilities.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "mlir/Transforms/Passes.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/ToolOutputFile.h"

int main(int argc, char **argv) {
  // What is registered before main is LLVM's own (code generators, targets:
  // ~300 options); --help shows the passes' and MLIR's, added below.
  llvm::cl::HideUnrelatedOptions({});
  mlir::DialectRegistry registry;
  nirc::registerAllDialects(registry);
  nirc::registerAllPasses();
  mlir::registerCanonicalizerPass();
  mlir::registerCSEPass();
  mlir::registerSymbolDCEPass();
  mlir::registerViewOpGraphPass();
  auto [inputFilename, outputFilename] = mlir::registerAndParseCLIOptions(
      argc, argv, "nirc modular optimizer driver\n", registry);
  auto config = mlir::MlirOptMainConfig::createFromCLOptions();
  if (config.shouldShowDialects())
    return mlir::asMainReturnCode(
        mlir::MlirOptMain(argc, argv, inputFilename, outputFilename, registry));

  // MlirOptMain's own reading, with the input checked before MLIR's
  // recursive parser sees it (stdin can only be read once).
  llvm::InitLLVM initLLVM(argc, argv);
  std::string errorMessage;
  std::unique_ptr<llvm::MemoryBuffer> input =
      mlir::openInputFile(inputFilename, &errorMessage);
  if (!input) {
    llvm::errs() << errorMessage << "\n";
    return 1;
  }
  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(llvm::MemoryBuffer::getMemBuffer(*input),
                               llvm::SMLoc());
  if (nirc::isNestedTooDeep(sourceMgr))
    return 1;
  std::unique_ptr<llvm::ToolOutputFile> output =
      mlir::openOutputFile(outputFilename, &errorMessage);
  if (!output) {
    llvm::errs() << errorMessage << "\n";
    return 1;
  }
  if (mlir::failed(
          mlir::MlirOptMain(output->os(), std::move(input), registry, config)))
    return 1;
  output->keep();
  return 0;
}
