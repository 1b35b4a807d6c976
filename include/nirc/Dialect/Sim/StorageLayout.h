//===- StorageLayout.h - where a step's values live -------------*- C++ -*-===//
//
// The one storage buffer a step of a `sim.model` works on, as
// `sim-allocate-storage` records it in the IR. Both engines read it: the
// interpreter maps each slot as an Eigen matrix, the native step
// (`convert-sim-to-standard`) addresses the same elements.
//
//===----------------------------------------------------------------------===//

#ifndef NIRC_DIALECT_SIM_STORAGELAYOUT_H
#define NIRC_DIALECT_SIM_STORAGELAYOUT_H

#include "nirc/Dialect/Sim/SimOps.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

namespace nirc::sim {

/// The discardable attribute holding an op's slots once the model's storage
/// is allocated (the model's verifier checks that every op has its slots):
/// one per result, then one per record copy (`sim.output`, `sim.probe`) or
/// staged update (`sim.next` of a state's own value).
inline constexpr llvm::StringLiteral kSlotsAttrName = "sim.slots";

/// Where each of a step's values lives. A slot of `n` elements at
/// per-sample offset `o` holds, for a batch of `B` samples, the elements
/// `[o B, (o + n) B)`: sample `s` at `o B + s n`, so a slot is an
/// `n × B` column-major matrix. A `sim.reshape` shares its input's slot;
/// every other slot is the only one over its elements.
struct StorageLayout {
  /// Elements per sample over all slots: the buffer holds this times B.
  int64_t elementsPerSample = 0;
  /// Every tensor value's slot offset (per sample).
  llvm::DenseMap<mlir::Value, int64_t> offsetOf;
  /// The slot each `sim.output`, then each `sim.probe`, is copied to at the
  /// end of the step, in body order, so that a recording survives the
  /// state updates that follow.
  llvm::SmallVector<int64_t> outputSlots, probeSlots;
  /// The slot a `sim.next` whose value is a state's copies it to first, so
  /// that the state it feeds reads the value before the step's update.
  llvm::DenseMap<mlir::Operation *, int64_t> stagingSlotOf;

  /// Reads the layout of a model whose storage is allocated.
  static StorageLayout of(ModelOp model);
};

/// How many slots `op` needs in an allocated model (see kSlotsAttrName).
int64_t getNumSlots(mlir::Operation *op);

/// Whether a `sim.next` sets its state from another state's value as it
/// was at the start of the step (which the step's updates may change before
/// this one reads it), and so copies it to a staging slot first.
bool isStagedUpdate(NextOp next);

} // namespace nirc::sim

#endif // NIRC_DIALECT_SIM_STORAGELAYOUT_H
