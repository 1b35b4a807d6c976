//===- ExportNetx.cpp - PLACEHOLDER, being written in this session --------===//
#include "nirc/Target/Chip/ChipExport.h"
mlir::LogicalResult nirc::chip::exportNetx(DeviceOp device, llvm::raw_ostream &) {
  return device.emitError("netx export is not written yet");
}
void nirc::chip::registerExportNetxTranslation() {}
