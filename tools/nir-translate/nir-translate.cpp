//===- nir-translate.cpp - nirc translation testing tool ------------------===//
//
// Converts between the nir dialect and external formats (`--import-nir`,
// `--export-nir`) and writes chip target descriptions (`--export-chip-json`);
// the testing tool for lib/Target. Users want `nirc`.
//
//===----------------------------------------------------------------------===//

#include "nirc/Target/Chip/ChipExport.h"
#include "nirc/Target/NIR/NIRFormat.h"

#include "mlir/Support/LogicalResult.h"
#include "mlir/Tools/mlir-translate/MlirTranslateMain.h"

int main(int argc, char **argv) {
  nirc::registerImportNIRTranslation();
  nirc::registerExportNIRTranslation();
  nirc::chip::registerExportChipJSONTranslation();
  nirc::chip::registerExportNetxTranslation();
  return mlir::failed(
      mlir::mlirTranslateMain(argc, argv, "nirc translation testing tool"));
}
