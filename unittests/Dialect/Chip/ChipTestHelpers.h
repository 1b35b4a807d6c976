//===- ChipTestHelpers.h - parse chip IR in gtests --------------*- C++ -*-===//

#ifndef NIRC_UNITTESTS_DIALECT_CHIP_CHIPTESTHELPERS_H
#define NIRC_UNITTESTS_DIALECT_CHIP_CHIPTESTHELPERS_H

#include "nirc/Dialect/Chip/ChipOps.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"

#include <gtest/gtest.h>

namespace nirc::chip::testing {

/// The first op of type `OpT` called `name` under `root`, or null.
template <typename OpT>
OpT findNamed(mlir::Operation *root, llvm::StringRef name) {
  OpT result;
  root->walk([&](OpT op) {
    if (!result && op.getName() == name)
      result = op;
  });
  return result;
}

/// The values of an integer attribute or integer array (a register, a
/// qweight); empty for anything else.
inline llvm::SmallVector<int64_t> getInts(mlir::Attribute attr) {
  llvm::SmallVector<int64_t> values;
  if (auto integer = llvm::dyn_cast_or_null<mlir::IntegerAttr>(attr))
    values.push_back(integer.getInt());
  else if (auto array =
               llvm::dyn_cast_or_null<mlir::DenseIntElementsAttr>(attr))
    for (const llvm::APInt &v : array.getValues<llvm::APInt>())
      values.push_back(v.getSExtValue());
  return values;
}

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
