//===- Simulator.h - batched CPU runtime for sim models ---------*- C++ -*-===//
//
// Runs a scheduled, allocated `sim.model` over every sample of a batch at
// once: each value is an `elements × samples` Eigen matrix over its slot of
// the storage `sim-allocate-storage` laid out, so a dense synapse is one
// matrix product per step. Inputs and recordings use NIRGraphData's layout,
// `[samples, steps, neurons]`, a multi-dimensional signal flattened in C
// order.
//
//===----------------------------------------------------------------------===//

#ifndef NIRC_SIMULATOR_SIMULATOR_H
#define NIRC_SIMULATOR_SIMULATOR_H

#include "mlir/IR/BuiltinOps.h"
#include "nirc/Conversion/SimToStandard.h"
#include "nirc/Dialect/Sim/SimOps.h"
#include "nirc/Target/NIR/GraphData.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace nirc {

/// What runs a model's steps.
enum class Engine {
  /// The JIT where it lowers every op of the model, else the interpreter.
  Auto,
  /// The model's step compiled to native code (NativeStep).
  JIT,
  /// The interpreter's kernels over Eigen matrices, float64 only: the
  /// reference.
  Interpret
};

/// The choices docs/semantics.md leaves to the user; recorded with every
/// result.
struct SimulationOptions {
  double dt = 0;
  sim::Method method = sim::Method::Exact;
  sim::ResetMode reset = sim::ResetMode::ToValue;
  /// NODE (its output), NODE.v or NODE.i.
  std::vector<std::string> probes;
  Engine engine = Engine::Interpret;
  /// The arithmetic of the JIT's step; the interpreter's is float64.
  Precision precision = Precision::F64;
  /// Threads the JIT's runs may take (Simulator::setThreads; 0: every
  /// core).
  unsigned threads = 1;
  /// Whether the JIT times each op (a call to the host after each, which
  /// costs tens of nanoseconds per op and step), or only its steps. The
  /// interpreter always times its ops.
  bool timeEachOp = false;
};

/// `method` and `reset` as users spell them, in nirc simulate's --method and
/// --reset, Python's method= and reset= and a run's metadata, as
/// convert-nir-to-sim's options do: NIR's `to-v_reset` where the IR has the
/// keyword `to_v_reset`.
llvm::StringRef getMethodName(sim::Method method);
llvm::StringRef getResetName(sim::ResetMode reset);
/// The choice a user's `name` spells; otherwise an error listing them:
/// "unknown method 'rk4' (expected exact, euler or adaptive)".
llvm::Expected<sim::Method> parseMethodName(llvm::StringRef name);
llvm::Expected<sim::ResetMode> parseResetName(llvm::StringRef name);

/// Lowers a NIR module in place to one scheduled, allocated `sim.model`:
/// nir-infer-types, nir-flatten, convert-nir-to-sim, sim-schedule,
/// sim-allocate-storage.
/// Diagnostics go to the module's context.
mlir::LogicalResult lowerToSimulation(mlir::ModuleOp module,
                                      const SimulationOptions &options);

/// A graph input the model reads, or a value it records.
struct SignalPort {
  /// The NIR node; for a probe, with the observable ("output", "v", "i").
  std::string node, observable;
  std::vector<int64_t> shape;
  int64_t numElements;
  /// An emulated chip's register, recorded as its integers.
  bool isInteger = false;
  /// An emulated register's NIR value is `offset + unit × integer` (unit
  /// 0 when the signal is not one).
  double unit = 0, offset = 0;
};

/// What a run recorded: one entry per `sim.output` and `sim.probe`, in body
/// order, each `[samples, steps, elements]` on the model's `dt`.
struct SimulationResult {
  std::vector<std::pair<SignalPort, TimeGriddedData>> outputs, probes;
  int64_t numSamples = 0, numSteps = 0;
  /// Wall time spent in each kind of op ("sim.dense", "sim.cuba_step"...);
  /// the steps a `sim.dense` ran event-driven for every sample (no matrix
  /// product) count as "sim.dense event-driven".
  std::map<std::string, double> secondsByOp;
  /// The engine that ran: JIT or Interpret.
  Engine engine = Engine::Interpret;
  /// Why Engine::Auto ran the interpreter (empty otherwise).
  std::string whyInterpreted;
};

/// The JIT's compile time in SimulationResult::secondsByOp, and its steps
/// when it was not asked to time each op.
inline constexpr llvm::StringLiteral kJitCompileKey = "jit: compile";
inline constexpr llvm::StringLiteral kJitStepsKey = "jit: steps";

/// Samples `first` to `first + count - 1` of a batch; `count` -1: all from
/// `first` on.
struct SampleRange {
  int64_t first = 0, count = -1;
};

/// Where a batch may be cut so that its pieces, run apart, record the bits
/// the whole batch records: every piece starts at a multiple of this and
/// holds at least this many samples. A dense synapse is one Eigen matrix
/// product over the batch, and Eigen sums column j in the same order
/// whatever the batch only while j keeps its place in the product's groups
/// of 4 columns and the product stays above Eigen's size for an unblocked
/// one (20 rows + columns + depth); SimulatorTest checks it.
constexpr int64_t kSampleBlockAlignment = 32;

/// Cuts a batch of `samples` into at most `blocks` ranges as
/// kSampleBlockAlignment allows, in order; one range when the batch is too
/// small to cut.
std::vector<SampleRange> splitSamples(int64_t samples, int64_t blocks);

class Simulator {
public:
  /// Builds the kernels of a scheduled model whose storage is allocated
  /// (`sim-allocate-storage`) and, unless `engine` is Interpret,
  /// JIT-compiles its step, timing each op with `timeEachOp` (see
  /// SimulationOptions). Errors are emitted on the offending op:
  /// Engine::JIT with an op it does not lower, or float32 without the JIT,
  /// is one.
  static mlir::FailureOr<std::unique_ptr<Simulator>>
  create(sim::ModelOp model, Engine engine = Engine::Interpret,
         Precision precision = Precision::F64, bool timeEachOp = false);
  ~Simulator();

  double dt() const;
  /// Lets the JIT's runs cut a batch into up to `threads` blocks, one per
  /// thread (1 by default, 0 for every core; the interpreter takes one
  /// thread).
  void setThreads(unsigned threads);
  const std::vector<SignalPort> &inputs() const;

  /// Runs every step of the inputs (one per graph Input, by node name; all
  /// with the same samples and steps) on the samples in `samples`, all by
  /// default. The inputs are checked whole, so an error names the same
  /// sample whichever range is run. `progress(done, total)` is called from
  /// time to time.
  llvm::Expected<SimulationResult>
  run(const llvm::StringMap<const TimeGriddedData *> &inputs,
      const std::function<void(int64_t, int64_t)> &progress = {},
      SampleRange samples = {});

private:
  struct Impl;
  explicit Simulator(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl;
};

} // namespace nirc

#endif // NIRC_SIMULATOR_SIMULATOR_H
