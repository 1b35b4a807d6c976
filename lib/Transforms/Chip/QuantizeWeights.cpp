//===- QuantizeWeights.cpp - chip-quantize-weights pass -------------------===//
//
// Folds each target population's gains into the weights of the blocks into
// it and asks the target's weight encoder for the integers at the
// population's scale; the remark and `quant_error` are the same for every
// target. Then the target's caveats about the whole mapping.
//
//===----------------------------------------------------------------------===//

#include "nirc/Dialect/Chip/ChipPasses.h"
#include "nirc/Dialect/Chip/Quantization.h"

namespace nirc::chip {
#define GEN_PASS_DEF_CHIPQUANTIZEWEIGHTS
#include "nirc/Dialect/Chip/Passes.h.inc"
} // namespace nirc::chip

using namespace mlir;
using namespace nirc::chip;

namespace {
struct QuantizeWeightsPass
    : public nirc::chip::impl::ChipQuantizeWeightsBase<QuantizeWeightsPass> {
  using ChipQuantizeWeightsBase::ChipQuantizeWeightsBase;

  FailureOr<EncodedWeights> encode(SynapsesOp synapses,
                                   const QuantizeOptions &options) {
    PopulationOp target = synapses.getTargetPopulation();
    FailureOr<ScaleChoice> scale = getChosenScale(target);
    if (failed(scale))
      return failure();
    FailureOr<NeuronMapping> neurons = mapPopulation(target);
    if (failed(neurons))
      return failure();
    auto w = getEffectiveWeights(synapses, *neurons);
    if (failed(w))
      return failure();
    return getOperation().getTargetModel().encodeWeights(synapses, *w, *scale,
                                                         options);
  }

  void runOnOperation() override {
    QuantizeOptions options;
    options.allowSaturation = allowSaturation;
    // Every block that fails is reported, not only the first.
    bool quantized = true;
    for (auto synapses : getOperation().getBody().getOps<SynapsesOp>()) {
      FailureOr<EncodedWeights> weights = encode(synapses, options);
      if (failed(weights)) {
        quantized = false;
        continue;
      }
      setQuantizedWeights(synapses, weights->values, weights->registers,
                          weights->description);
    }
    if (!quantized)
      return signalPassFailure();
    // The last step of chip-quantize: the target's caveats about the whole
    // mapping, once it has succeeded.
    getOperation().getTargetModel().emitQuantizationCaveats(getOperation());
  }
};
} // namespace
