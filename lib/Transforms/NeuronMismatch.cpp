//===- NeuronMismatch.cpp - mismatch of an analog chip's neurons ---------===//
//
// The sim-neuron-mismatch pass: one trial of device mismatch on the neurons
// of an emulated analog chip (applyNeuronMismatch in Mismatch.cpp).
//
//===----------------------------------------------------------------------===//

#include "nirc/Dialect/Sim/SimPasses.h"
#include "nirc/Transforms/Mismatch.h"

namespace nirc::sim {
#define GEN_PASS_DEF_NEURONMISMATCH
#include "nirc/Dialect/Sim/Passes.h.inc"
} // namespace nirc::sim

using namespace mlir;
using namespace nirc;

namespace {
class NeuronMismatchPass
    : public nirc::sim::impl::NeuronMismatchBase<NeuronMismatchPass> {
public:
  using NeuronMismatchBase::NeuronMismatchBase;
  void runOnOperation() override {
    llvm::Expected<MismatchSpec> parsed = parseMismatchSpec(spec);
    if (!parsed) {
      getOperation().emitError()
          << "sim-neuron-mismatch: " << llvm::toString(parsed.takeError());
      return signalPassFailure();
    }
    if (failed(applyNeuronMismatch(getOperation(), *parsed, seed, trial)))
      signalPassFailure();
  }
};
} // namespace
