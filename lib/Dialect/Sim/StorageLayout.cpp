//===- StorageLayout.cpp - reading a model's allocated storage ------------===//

#include "nirc/Dialect/Sim/StorageLayout.h"

using namespace mlir;
using namespace nirc::sim;

SmallVector<Value> nirc::sim::getSlotValues(Operation *op) {
  if (auto next = dyn_cast<NextOp>(op))
    return isStagedUpdate(next) ? SmallVector<Value>{next.getValue()}
                                : SmallVector<Value>{};
  if (isa<OutputOp, ProbeOp>(op))
    return {op->getOperand(0)};
  return op->getResults();
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
    if (op.getNumResults())
      for (auto [result, offset] : llvm::zip(op.getResults(), offsets))
        layout.offsetOf[result] = offset;
    else
      layout.copySlotOf[&op] = offsets[0];
  }
  return layout;
}
