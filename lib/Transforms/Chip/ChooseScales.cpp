//===- ChooseScales.cpp - chip-choose-scales pass -------------------------===//
//
// The algorithm every target shares: map each population's neurons, fold
// their gains into the weights of the blocks into them, group the
// populations that share a scale and ask the target's scale policy once
// per group. The policy itself (which magnitudes bind, at what full scale)
// is the target model's.
//
//===----------------------------------------------------------------------===//

#include "nirc/Dialect/Chip/ChipPasses.h"
#include "nirc/Dialect/Chip/Quantization.h"

#include "llvm/ADT/MapVector.h"

#include <cmath>

namespace nirc::chip {
#define GEN_PASS_DEF_CHIPCHOOSESCALES
#include "nirc/Dialect/Chip/Passes.h.inc"
} // namespace nirc::chip

using namespace mlir;
using namespace nirc::chip;

namespace {
struct ChooseScalesPass
    : public nirc::chip::impl::ChipChooseScalesBase<ChooseScalesPass> {
  void runOnOperation() override {
    DeviceOp device = getOperation();
    const TargetModel &model = device.getTargetModel();

    // Every population's neurons, reporting every population that fails.
    llvm::MapVector<Operation *, NeuronMapping> neurons;
    bool mapped = true;
    for (auto population : device.getBody().getOps<PopulationOp>()) {
      FailureOr<NeuronMapping> mapping = mapPopulation(population);
      if (failed(mapping))
        mapped = false;
      else
        neurons[population] = std::move(*mapping);
    }
    if (!mapped)
      return signalPassFailure();

    // Weights stay in this map while the groups point into it.
    llvm::DenseMap<Operation *, SmallVector<double>> effectiveWeights;
    bool folded = true;
    for (auto synapses : device.getBody().getOps<SynapsesOp>()) {
      auto w = getEffectiveWeights(synapses,
                                   neurons[synapses.getTargetPopulation()]);
      if (failed(w))
        folded = false;
      else
        effectiveWeights[synapses] = std::move(*w);
    }
    if (!folded)
      return signalPassFailure();

    // Groups in the order of their first population; a population without
    // a group is a group of its own.
    llvm::MapVector<unsigned, SmallVector<MappedPopulation>> shared;
    SmallVector<SmallVector<MappedPopulation>> groups;
    for (auto &[op, mapping] : neurons) {
      auto population = cast<PopulationOp>(op);
      MappedPopulation entry{population, &mapping, {}};
      for (SynapsesOp in : population.getIncomingSynapses())
        entry.incoming.push_back({in, effectiveWeights.find(in)->second});
      std::optional<unsigned> group = model.getScaleGroup(population);
      if (!group)
        groups.push_back({std::move(entry)});
      else
        shared[*group].push_back(std::move(entry));
    }
    for (auto &[group, members] : shared)
      groups.push_back(std::move(members));

    bool chosen = true;
    for (ArrayRef<MappedPopulation> group : groups)
      chosen &= succeeded(setScale(model, group));
    if (!chosen)
      signalPassFailure();
  }

  /// Asks the policy for `group`'s scale and sets it on every member.
  LogicalResult setScale(const TargetModel &model,
                         ArrayRef<MappedPopulation> group) {
    FailureOr<ScaleChoice> scale = model.chooseScale(group);
    if (failed(scale))
      return failure();
    PopulationOp first = group.front().population;
    if (!(scale->value > 0) || !std::isfinite(scale->value))
      return emitNodeError(first)
             << "no scale maps it onto " << model.getDisplayName()
             << ": the largest values give " << formatNumber(scale->value)
             << " (set by " << scale->boundBy << ")";
    auto attr = ScaleAttr::get(&getContext(), llvm::APFloat(scale->value),
                               scale->weightShift, scale->boundBy);
    for (const MappedPopulation &member : group)
      PopulationOp(member.population).setScaleAttr(attr);
    return success();
  }
};
} // namespace
