//===- nir-opt.cpp - nirc modular optimizer driver ------------------------===//
//
// Parses, verifies, transforms and prints `nir` (and later `sim`, `chip`)
// IR; the testing tool behind every lit test. Users want `nirc`.
//
//===----------------------------------------------------------------------===//

#include "nirc/InitAllDialects.h"
#include "nirc/InitAllPasses.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "mlir/Transforms/Passes.h"

int main(int argc, char **argv) {
  mlir::DialectRegistry registry;
  nirc::registerAllDialects(registry);
  nirc::registerAllPasses();
  mlir::registerCanonicalizerPass();
  mlir::registerCSEPass();
  mlir::registerSymbolDCEPass();
  mlir::registerViewOpGraphPass();
  return mlir::asMainReturnCode(mlir::MlirOptMain(
      argc, argv, "nirc modular optimizer driver\n", registry));
}
