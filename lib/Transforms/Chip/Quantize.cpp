//===- Quantize.cpp - chip-quantize pass ----------------------------------===//
//
// The vendor rules live in the target models; this pass checks that every
// population has the parameters they read, then runs them once per device.
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
    // The models read every parameter of their neurons; chip IR written
    // by hand may lack some.
    for (auto population : device.getBody().getOps<PopulationOp>())
      for (StringRef param : getNeuronParamNames(population.getModel()))
        if (!population.getParams().get(param)) {
          emitNodeError(population)
              << "a " << population.getModel()
              << " population needs parameter '" << param << "'";
          return signalPassFailure();
        }
    QuantizeOptions options;
    options.allowSaturation = allowSaturation;
    if (failed(device.getTargetModel().quantize(device, options)))
      return signalPassFailure();
  }
};
} // namespace
