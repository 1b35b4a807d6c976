//===- Quantize.cpp - chip-quantize pass ----------------------------------===//
//
// The vendor rules live in the target models; this pass runs them once per
// device and checks that every group got its registers.
//
//===----------------------------------------------------------------------===//

#include "nirc/Dialect/Chip/ChipPasses.h"

namespace nirc::chip {
#define GEN_PASS_DEF_CHIPQUANTIZE
#include "nirc/Dialect/Chip/Passes.h.inc"
} // namespace nirc::chip

using namespace mlir;
using namespace nirc::chip;

namespace {
struct QuantizePass : public nirc::chip::impl::ChipQuantizeBase<QuantizePass> {
  using ChipQuantizeBase::ChipQuantizeBase;
  void runOnOperation() override {
    DeviceOp device = getOperation();
    QuantizeOptions options;
    options.allowSaturation = allowSaturation;
    if (failed(device.getTargetModel().quantize(device, options)))
      return signalPassFailure();
  }
};
} // namespace
