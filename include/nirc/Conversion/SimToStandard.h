//===- SimToStandard.h - a sim.model as one step function -------*- C++ -*-===//
//
// The storage layout that `convert-sim-to-standard` lowers a scheduled
// `sim.model` against, and that the host running the lowered step (the JIT
// engine) fills and reads: both compute it from the same model.
//
//===----------------------------------------------------------------------===//

#ifndef NIRC_CONVERSION_SIMTOSTANDARD_H
#define NIRC_CONVERSION_SIMTOSTANDARD_H

#include "nirc/Dialect/Sim/SimOps.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

namespace nirc {

/// The floating-point type a lowered step computes in.
enum class Precision { F64, F32 };

/// Where each of a step's values lives in the one buffer the lowered step
/// works on. A slot of `n` elements at per-sample offset `o` holds, for a
/// batch of `B` samples, the elements `[o B, (o + n) B)`: sample `s` at
/// `o B + s n`. Slots are in body order; a `sim.reshape` shares its input's.
struct StorageLayout {
  /// Elements per sample over all slots: the buffer holds this times B.
  int64_t elementsPerSample = 0;
  /// Every tensor value's slot offset (per sample).
  llvm::DenseMap<mlir::Value, int64_t> offsetOf;
  /// The slot each `sim.output`, then each `sim.probe`, is copied to at the
  /// end of the step, in body order: the host reads these.
  llvm::SmallVector<int64_t> outputSlots, probeSlots;
  /// The slot a `sim.next` whose value is a state's copies it to first, so
  /// that the state it feeds reads the value before the step's update.
  llvm::DenseMap<mlir::Operation *, int64_t> stagingSlotOf;
  /// The ops the lowered step hands to the host (`nirc_sim_neuron_step`),
  /// in body order; the step passes an op's index in this list.
  llvm::SmallVector<mlir::Operation *> hostOps;

  /// Lays out a scheduled model.
  static StorageLayout compute(sim::ModelOp model);
  /// Whether the slot at `offset` belongs to a `sim.state`.
  bool isStateSlot(int64_t offset) const;

private:
  llvm::SmallVector<int64_t> stateOffsets;
};

/// The name of the host function the lowered step calls for a neuron in
/// `StorageLayout::hostOps`: `void (void *context, int64_t op, int64_t
/// element, int64_t sample)`. It reads the neuron's operands from the
/// storage and writes its results there.
inline constexpr llvm::StringLiteral kNeuronStepCallback =
    "nirc_sim_neuron_step";

/// The attributes of the step function: its storage's size per sample, and
/// the values of its constants buffer (weights, per-element coefficients),
/// which the host passes in.
inline constexpr llvm::StringLiteral kElementsPerSampleAttrName =
    "sim.elements_per_sample";
inline constexpr llvm::StringLiteral kConstantsAttrName = "sim.constants";

/// The step function a model lowers to: `<model name>_eval(storage,
/// constants, batch, context)`.
std::string getStepFunctionName(sim::ModelOp model);

/// Why `op` cannot be lowered by `convert-sim-to-standard` (empty when it
/// can): the JIT falls back to the interpreter on such a model.
std::string whyCannotLower(mlir::Operation *op);

} // namespace nirc

#endif // NIRC_CONVERSION_SIMTOSTANDARD_H
