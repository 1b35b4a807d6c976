//===- SimToStandard.h - a sim.model as one step function -------*- C++ -*-===//
//
// What the host running a step that `convert-sim-to-standard` lowered (the
// JIT engine) needs to know of it besides its storage layout
// (nirc/Dialect/Sim/StorageLayout.h).
//
//===----------------------------------------------------------------------===//

#ifndef NIRC_CONVERSION_SIMTOSTANDARD_H
#define NIRC_CONVERSION_SIMTOSTANDARD_H

#include "nirc/Dialect/Sim/StorageLayout.h"

#include "llvm/ADT/SmallVector.h"

namespace nirc {

/// The floating-point type a lowered step computes in.
enum class Precision { F64, F32 };

/// The ops a lowered step hands to the host (`nirc_sim_neuron_step`): the
/// neurons whose crossings the C++ search locates, in body order; the step
/// passes an op's index in this list.
llvm::SmallVector<mlir::Operation *> getHostNeuronOps(sim::ModelOp model);

/// Whether the lowered step runs no code of its own for `op`: the host fills
/// inputs and initial states, a reshape shares its input's slot, and the
/// state updates run after all ops.
bool runsNoCode(mlir::Operation *op);

/// The name of the host function the lowered step calls for a neuron in
/// `getHostNeuronOps`: `void (void *context, int64_t op, int64_t
/// element, int64_t sample)`. It reads the neuron's operands from the
/// storage and writes its results there.
inline constexpr llvm::StringLiteral kNeuronStepCallback =
    "nirc_sim_neuron_step";

/// The host function a step lowered with `time-ops` calls after each op's
/// code: `void (void *context, int64_t index)`, `index` the op's position in
/// the model's body, or the number of ops after the state updates.
inline constexpr llvm::StringLiteral kOpDoneCallback = "nirc_sim_op_done";

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
