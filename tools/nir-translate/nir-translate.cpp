//===- nir-translate.cpp - nirc translation testing tool ------------------===//
//
// Converts between the nir dialect and external formats (`--import-nir`,
// `--export-nir`), writes chip target descriptions (`--export-chip-json`) and
// graphs as Graphviz DOT (`--export-graphviz`); the testing tool for
// lib/Target. Users want `nirc`.
//
//===----------------------------------------------------------------------===//

#include "nirc/Target/Chip/ChipExport.h"
#include "nirc/Target/Graphviz/ExportGraphviz.h"
#include "nirc/Target/NIR/NIRFormat.h"

#include "mlir/Support/LogicalResult.h"
#include "mlir/Tools/mlir-translate/MlirTranslateMain.h"
#include "llvm/Support/CommandLine.h"

int main(int argc, char **argv) {
  // What is registered before main is LLVM's own (code generators, targets:
  // ~300 options); --help shows the translations' and MLIR's, added below.
  llvm::cl::HideUnrelatedOptions({});
  nirc::registerImportNIRTranslation();
  nirc::registerExportNIRTranslation();
  nirc::chip::registerExportChipJSONTranslation();
  nirc::chip::registerExportNetxTranslation();
  nirc::registerExportGraphvizTranslation();
  return mlir::failed(
      mlir::mlirTranslateMain(argc, argv, "nirc translation testing tool"));
}
