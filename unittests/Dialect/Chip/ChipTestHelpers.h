//===- ChipTestHelpers.h - parse chip IR in gtests --------------*- C++ -*-===//

#ifndef NIRC_UNITTESTS_DIALECT_CHIP_CHIPTESTHELPERS_H
#define NIRC_UNITTESTS_DIALECT_CHIP_CHIPTESTHELPERS_H

#include "nirc/Dialect/Chip/ChipOps.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"

#include <gtest/gtest.h>

namespace nirc::chip::testing {

/// A context with the chip dialect that collects diagnostics as text.
class ChipTest : public ::testing::Test {
protected:
  ChipTest() {
    context.getOrLoadDialect<ChipDialect>();
    context.getDiagEngine().registerHandler([this](mlir::Diagnostic &diag) {
      diagnostics.push_back(diag.str());
      return mlir::success();
    });
  }

  /// Parses `text` (a module holding one chip.device) and returns the device.
  DeviceOp parseDevice(llvm::StringRef text) {
    module = mlir::parseSourceString<mlir::ModuleOp>(text, &context);
    if (!module)
      return nullptr;
    auto devices = module->getOps<DeviceOp>();
    return devices.empty() ? nullptr : *devices.begin();
  }

  /// Whether any collected diagnostic contains `text`.
  bool diagnosed(llvm::StringRef text) const {
    for (const std::string &message : diagnostics)
      if (llvm::StringRef(message).contains(text))
        return true;
    return false;
  }

  mlir::MLIRContext context;
  mlir::OwningOpRef<mlir::ModuleOp> module;
  std::vector<std::string> diagnostics;
};

} // namespace nirc::chip::testing

#endif // NIRC_UNITTESTS_DIALECT_CHIP_CHIPTESTHELPERS_H
