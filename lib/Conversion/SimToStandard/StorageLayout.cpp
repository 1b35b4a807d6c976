//===- StorageLayout.cpp - where a step's values live ---------------------===//

#include "nirc/Conversion/SimToStandard.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace nirc;

static int64_t numElementsOf(Value value) {
  return cast<RankedTensorType>(value.getType()).getNumElements();
}

StorageLayout StorageLayout::compute(sim::ModelOp model) {
  StorageLayout layout;
  auto newSlot = [&](int64_t elements) {
    int64_t offset = layout.elementsPerSample;
    layout.elementsPerSample += elements;
    return offset;
  };
  Block &body = model.getBody().front();
  for (Operation &op : body) {
    if (auto reshape = dyn_cast<sim::ReshapeOp>(op)) {
      layout.offsetOf[reshape.getOutput()] =
          layout.offsetOf.lookup(reshape.getInput());
      continue;
    }
    for (Value result : op.getResults())
      layout.offsetOf[result] = newSlot(numElementsOf(result));
    llvm::TypeSwitch<Operation *>(&op)
        .Case([&](sim::StateOp state) {
          layout.stateOffsets.push_back(layout.offsetOf[state.getState()]);
        })
        .Case([&](sim::OutputOp output) {
          layout.outputSlots.push_back(
              newSlot(numElementsOf(output.getInput())));
        })
        .Case([&](sim::ProbeOp probe) {
          layout.probeSlots.push_back(newSlot(numElementsOf(probe.getInput())));
        })
        .Case<sim::LeakyStepOp, sim::CubaStepOp>(
            [&](Operation *neuron) { layout.hostOps.push_back(neuron); });
  }
  for (sim::NextOp next : body.getOps<sim::NextOp>())
    if (layout.isStateSlot(layout.offsetOf.lookup(next.getValue())))
      layout.stagingSlotOf[next] = newSlot(numElementsOf(next.getValue()));
  return layout;
}

bool StorageLayout::isStateSlot(int64_t offset) const {
  return llvm::is_contained(stateOffsets, offset);
}

std::string nirc::getStepFunctionName(sim::ModelOp model) {
  return (model.getName() + "_eval").str();
}

std::string nirc::whyCannotLower(Operation *op) {
  auto isInteger = [](Type type) {
    return isa<IntegerType>(cast<RankedTensorType>(type).getElementType());
  };
  if (llvm::any_of(op->getOperandTypes(), isInteger) ||
      llvm::any_of(op->getResultTypes(), isInteger))
    return "holds a chip's integer registers, which the native step does not "
           "compute yet";
  bool lowered =
      isa<sim::StateOp, sim::NextOp, sim::InputOp, sim::OutputOp, sim::ProbeOp,
          sim::AddOp, sim::CastOp, sim::DenseOp, sim::LincombOp, sim::FireOp,
          sim::HeavisideOp, sim::ReshapeOp, sim::DelayOp, sim::Conv2dOp,
          sim::SumPool2dOp, sim::LeakyStepOp, sim::CubaStepOp>(op);
  if (!lowered)
    return "has no native lowering yet";
  return "";
}
