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

    llvm::DenseMap<Operation *, SmallVector<double>> effectiveWeights;
    for (auto synapses : device.getBody().getOps<SynapsesOp>()) {
      auto w = getEffectiveWeights(synapses,
                                   neurons[synapses.getTargetPopulation()]);
      if (failed(w))
        return signalPassFailure();
      effectiveWeights[synapses] = std::move(*w);
    }

    // Groups in the order of their first population; a population without
    // a group is a group of its own.
    llvm::MapVector<unsigned, SmallVector<MappedPopulation>> shared;
    SmallVector<SmallVector<MappedPopulation>> groups;
    for (auto &[op, mapping] : neurons) {
      auto population = cast<PopulationOp>(op);
      MappedPopulation entry{population, &mapping, {}};
      for (SynapsesOp in : population.getIncomingSynapses())
        entry.incoming.push_back({in, effectiveWeights[in]});
      std::optional<unsigned> group = model.getScaleGroup(population);
      if (!group)
        groups.push_back({std::move(entry)});
      else
        shared[*group].push_back(std::move(entry));
    }
    for (auto &[group, members] : shared)
      groups.push_back(std::move(members));

    for (ArrayRef<MappedPopulation> group : groups) {
      FailureOr<ScaleChoice> scale = model.chooseScale(group);
      if (failed(scale))
        return signalPassFailure();
      auto attr = ScaleAttr::get(&getContext(), llvm::APFloat(scale->value),
                                 scale->weightShift, scale->boundBy);
      for (const MappedPopulation &member : group)
        PopulationOp(member.population).setScaleAttr(attr);
    }
  }
};
} // namespace
