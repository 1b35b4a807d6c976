//===- StorageLayout.cpp - reading a model's allocated storage ------------===//

#include "nirc/Dialect/Sim/StorageLayout.h"

#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace nirc::sim;

int64_t nirc::sim::getNumSlots(Operation *op) {
  return llvm::TypeSwitch<Operation *, int64_t>(op)
      .Case<OutputOp, ProbeOp>([](Operation *) { return 1; })
      .Case([](NextOp next) { return isStagedUpdate(next) ? 1 : 0; })
      .Default([](Operation *op) { return op->getNumResults(); });
}

bool nirc::sim::isStagedUpdate(NextOp next) {
  Value value = next.getValue();
  while (auto reshape = value.getDefiningOp<ReshapeOp>())
    value = reshape.getInput();
  return value.getDefiningOp<StateOp>() != nullptr;
}

StorageLayout StorageLayout::of(ModelOp model) {
  assert(model.getStorageSize() && "the model's storage is not allocated");
  StorageLayout layout;
  layout.elementsPerSample = int64_t(*model.getStorageSize());
  for (Operation &op : model.getBody().front()) {
    auto slots = op.getAttrOfType<DenseI64ArrayAttr>(kSlotsAttrName);
    if (!slots)
      continue;
    ArrayRef<int64_t> offsets = slots.asArrayRef();
    for (auto [result, offset] : llvm::zip(op.getResults(), offsets))
      layout.offsetOf[result] = offset;
    llvm::TypeSwitch<Operation *>(&op)
        .Case([&](OutputOp) { layout.outputSlots.push_back(offsets[0]); })
        .Case([&](ProbeOp) { layout.probeSlots.push_back(offsets[0]); })
        .Case([&](NextOp next) { layout.stagingSlotOf[next] = offsets[0]; });
  }
  return layout;
}
