//===- NativeStep.h - a sim.model's step compiled for this CPU --*- C++ -*-===//
//
// `convert-sim-to-standard`, MLIR's LLVM lowering and `mlir::ExecutionEngine`
// turn a scheduled model into native code for the host CPU (its vector
// instructions included); the simulator then runs it step by step on one
// storage buffer laid out by StorageLayout.
//
//===----------------------------------------------------------------------===//

#ifndef NIRC_SIMULATOR_NATIVESTEP_H
#define NIRC_SIMULATOR_NATIVESTEP_H

#include "nirc/Conversion/SimToStandard.h"

#include "mlir/Support/LogicalResult.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace nirc {

class NativeStep {
public:
  /// Why `model` has no native step (empty when it has one): the first op
  /// `convert-sim-to-standard` does not lower, named with its reason.
  static std::string whyCannotCompile(sim::ModelOp model);
  /// JIT-compiles the step of a scheduled model whose storage is allocated;
  /// errors are emitted on the model's context. With `timeOps`, each run
  /// times its ops (Run::getSecondsByOp).
  static mlir::FailureOr<std::unique_ptr<NativeStep>>
  compile(sim::ModelOp model, Precision precision, bool timeOps = false);
  ~NativeStep();

  Precision getPrecision() const { return precision; }
  /// Slot offsets of the `sim.input`s, and those the `sim.output`s and
  /// `sim.probe`s are copied to, in body order.
  const std::vector<int64_t> &getInputSlots() const { return inputSlots; }
  const std::vector<int64_t> &getOutputSlots() const { return outputSlots; }
  const std::vector<int64_t> &getProbeSlots() const { return probeSlots; }
  /// Seconds spent lowering and compiling.
  double getCompileSeconds() const { return compileSeconds; }
  /// Whether runs time their ops.
  bool timesOps() const { return !timedOpNames.empty(); }

  class Run;
  /// A run of `batch` samples, every state at its initial value, with
  /// storage of its own: runs of one NativeStep may step in parallel
  /// threads.
  std::unique_ptr<Run> start(int64_t batch) const;

private:
  NativeStep();

  struct Engine;
  std::unique_ptr<Engine> engine;
  Precision precision = Precision::F64;
  int64_t elementsPerSample = 0;
  std::vector<int64_t> inputSlots, outputSlots, probeSlots;
  /// Each state's slot, elements and initial values.
  struct InitialState {
    int64_t offset;
    std::vector<double> values;
  };
  std::vector<InitialState> initialStates;
  double compileSeconds = 0;
  /// With time-ops, the name each op index the step reports is timed under
  /// (`kOpDoneCallback`), the state updates last.
  std::vector<std::string> timedOpNames;
};

class NativeStep::Run {
public:
  ~Run();
  /// Element 0 of sample 0 of the slot at `offset`: the slot is `[batch,
  /// elements]`, of doubles or floats as the precision says.
  template <typename Scalar> Scalar *slot(int64_t offset) {
    return static_cast<Scalar *>(storageData()) + offset * batch;
  }
  /// Advances every sample by one step.
  void step();
  /// With time-ops, the seconds the steps so far spent per kind of op.
  std::map<std::string, double> getSecondsByOp() const;

private:
  friend class NativeStep;
  struct Buffers;
  Run(const NativeStep &native, int64_t batch);
  void *storageData();

  const NativeStep &native;
  int64_t batch;
  std::unique_ptr<Buffers> buffers;
};

} // namespace nirc

#endif // NIRC_SIMULATOR_NATIVESTEP_H
