//===- EncodeNeurons.cpp - chip-encode-neurons pass -----------------------===//
//
// Asks the target's register encoder for every population's registers at
// the scale chip-choose-scales chose.
//
//===----------------------------------------------------------------------===//

#include "nirc/Dialect/Chip/ChipPasses.h"
#include "nirc/Dialect/Chip/Quantization.h"

namespace nirc::chip {
#define GEN_PASS_DEF_CHIPENCODENEURONS
#include "nirc/Dialect/Chip/Passes.h.inc"
} // namespace nirc::chip

using namespace mlir;
using namespace nirc::chip;

namespace {
struct EncodeNeuronsPass
    : public nirc::chip::impl::ChipEncodeNeuronsBase<EncodeNeuronsPass> {
  FailureOr<DictionaryAttr> encode(PopulationOp population) {
    FailureOr<ScaleChoice> scale = getChosenScale(population);
    if (failed(scale))
      return failure();
    FailureOr<NeuronMapping> neurons = mapPopulation(population);
    if (failed(neurons))
      return failure();
    return getOperation().getTargetModel().encodeNeurons(population, *neurons,
                                                         *scale);
  }

  void runOnOperation() override {
    DeviceOp device = getOperation();
    // Every population that fails is reported, not only the first.
    bool encoded = true;
    for (auto population : device.getBody().getOps<PopulationOp>()) {
      FailureOr<DictionaryAttr> registers = encode(population);
      if (failed(registers))
        encoded = false;
      else
        population.setRegistersAttr(*registers);
    }
    if (!encoded)
      signalPassFailure();
  }
};
} // namespace
