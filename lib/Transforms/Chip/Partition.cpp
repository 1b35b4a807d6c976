//===- Partition.cpp - chip-partition pass --------------------------------===//
//
// Cuts each population into equal slices no larger than the target model
// lets one core hold, given the synapses into it.
//
//===----------------------------------------------------------------------===//

#include "nirc/Dialect/Chip/ChipPasses.h"

#include "mlir/IR/Builders.h"

namespace nirc::chip {
#define GEN_PASS_DEF_CHIPPARTITION
#include "nirc/Dialect/Chip/Passes.h.inc"
} // namespace nirc::chip

using namespace mlir;
using namespace nirc::chip;

namespace {
struct PartitionPass
    : public nirc::chip::impl::ChipPartitionBase<PartitionPass> {
  void runOnOperation() override;
};
} // namespace

void PartitionPass::runOnOperation() {
  DeviceOp device = getOperation();
  const TargetModel &model = device.getTargetModel();
  OpBuilder builder = OpBuilder::atBlockEnd(&device.getBody().front());
  for (auto population :
       llvm::to_vector(device.getBody().getOps<PopulationOp>())) {
    bool alreadyCut =
        llvm::any_of(population.getNeurons().getUsers(),
                     [](Operation *u) { return isa<SliceOp>(u); });
    if (alreadyCut)
      continue;
    LimitViolation violation;
    FailureOr<int64_t> maxSlice = model.getMaxSliceSize(
        population, population.getIncomingSynapses(), violation);
    if (failed(maxSlice)) {
      model.emitLimitError(population, violation);
      return signalPassFailure();
    }
    int64_t size = population.getNeurons().getType().getSize();
    int64_t numSlices = (size + *maxSlice - 1) / *maxSlice;
    int64_t sliceSize = (size + numSlices - 1) / numSlices;
    for (int64_t begin = 0; begin < size; begin += sliceSize)
      builder.create<SliceOp>(population.getLoc(), population.getNeurons(),
                              begin, std::min(size, begin + sliceSize),
                              /*core=*/Value(), /*offset=*/IntegerAttr());
  }
}
