//===- AllocateStorage.cpp - sim-allocate-storage pass --------------------===//
//
// Lays a scheduled step's values out in one buffer, in body order, without
// reusing a slot: a value's slot stays valid to the end of the step, where
// the host reads the records and the state updates copy their values.
//
//===----------------------------------------------------------------------===//

#include "nirc/Dialect/Sim/SimPasses.h"
#include "nirc/Dialect/Sim/StorageLayout.h"

#include "mlir/IR/Builders.h"

namespace nirc::sim {
#define GEN_PASS_DEF_ALLOCATESTORAGE
#include "nirc/Dialect/Sim/Passes.h.inc"
} // namespace nirc::sim

using namespace mlir;
using namespace nirc::sim;

namespace {
struct AllocateStoragePass
    : nirc::sim::impl::AllocateStorageBase<AllocateStoragePass> {
  void runOnOperation() override;
};
} // namespace

static int64_t numElementsOf(Value value) {
  return cast<RankedTensorType>(value.getType()).getNumElements();
}

void AllocateStoragePass::runOnOperation() {
  ModelOp model = getOperation();
  if (!model.getScheduled()) {
    model.emitOpError("must be scheduled (run 'sim-schedule') before its "
                      "storage is allocated");
    return signalPassFailure();
  }
  int64_t size = 0;
  auto newSlot = [&](Value value) {
    int64_t offset = size;
    size += numElementsOf(value);
    return offset;
  };
  llvm::DenseMap<Value, int64_t> offsetOf;
  Builder builder(model);
  auto setSlots = [&](Operation &op, ArrayRef<int64_t> slots) {
    op.setAttr(kSlotsAttrName, builder.getDenseI64ArrayAttr(slots));
  };
  Block &body = model.getBody().front();
  for (Operation &op : body) {
    if (isa<NextOp>(op))
      continue;
    auto reshape = dyn_cast<ReshapeOp>(op);
    SmallVector<int64_t> slots;
    for (Value value : getSlotValues(&op)) {
      slots.push_back(reshape ? offsetOf.lookup(reshape.getInput())
                              : newSlot(value));
      if (op.getNumResults())
        offsetOf[value] = slots.back();
    }
    if (!slots.empty())
      setSlots(op, slots);
  }
  // Staging slots come last: they are written only by the updates.
  for (NextOp next : body.getOps<NextOp>()) {
    SmallVector<Value> staged = getSlotValues(next);
    if (staged.empty())
      next->removeAttr(kSlotsAttrName);
    else
      setSlots(*next, newSlot(staged.front()));
  }
  model.setStorageSize(size);
  numElementsPerSample = size;
}
