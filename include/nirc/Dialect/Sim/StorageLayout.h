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
  /// The slot an op copies its operand to: a `sim.output` or `sim.probe` at
  /// the end of the step, so that the recording survives the state updates
  /// that follow; a staged `sim.next` before any update, so that the state
  /// it feeds reads the value as it was.
  llvm::DenseMap<mlir::Operation *, int64_t> copySlotOf;

  /// Reads the layout of a model whose storage is allocated.
  static StorageLayout of(ModelOp model);
};

/// The values `op`'s slots hold in an allocated model, in the order of its
/// `sim.slots`: its results; or the operand a `sim.output`, a `sim.probe` or
/// a staged `sim.next` copies.
llvm::SmallVector<mlir::Value> getSlotValues(mlir::Operation *op);

/// Whether a `sim.next` sets its state from another state's value as it
/// was at the start of the step (which the step's updates may change before
/// this one reads it), and so copies it to a staging slot first.
bool isStagedUpdate(NextOp next);

} // namespace nirc::sim

#endif // NIRC_DIALECT_SIM_STORAGELAYOUT_H
