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

#include "llvm/ADT/DenseMap.h"

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

  /// Each target population's scale and mapped neurons, asked once (so
  /// that an error is reported once however many blocks feed it).
  struct Target {
    FailureOr<ScaleChoice> scale = failure();
    FailureOr<NeuronMapping> neurons = failure();
  };
  llvm::DenseMap<Operation *, Target> targets;

  const Target &getTarget(PopulationOp population) {
    auto [it, inserted] = targets.try_emplace(population);
    if (inserted) {
      it->second.scale = getChosenScale(population);
      if (succeeded(it->second.scale))
        it->second.neurons = mapPopulation(population);
    }
    return it->second;
  }

  FailureOr<EncodedWeights> encode(SynapsesOp synapses,
                                   const QuantizeOptions &options) {
    const Target &target = getTarget(synapses.getTargetPopulation());
    if (failed(target.neurons))
      return failure();
    auto w = getEffectiveWeights(synapses, *target.neurons);
    if (failed(w))
      return failure();
    return getOperation().getTargetModel().encodeWeights(
        synapses, *w, *target.scale, options);
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
    targets.clear();
    if (!quantized)
      return signalPassFailure();
    // The last step of chip-quantize: the target's caveats about the whole
    // mapping, once it has succeeded.
    getOperation().getTargetModel().emitQuantizationCaveats(getOperation());
  }
};
} // namespace
