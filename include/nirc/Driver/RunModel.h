//===- RunModel.h - a model run as `nirc simulate` runs it ------*- C++ -*-===//
//
// The runs behind `nirc simulate` and the Python module's Model.simulate:
// the ideal run, or a chip's emulation beside the ideal run it is compared
// with, each optionally repeated as Monte Carlo trials under device
// mismatch. Every run lowers its own copy of the model.
//
//===----------------------------------------------------------------------===//

#ifndef NIRC_DRIVER_RUNMODEL_H
#define NIRC_DRIVER_RUNMODEL_H

#include "nirc/Simulator/Emulation.h"
#include "nirc/Simulator/MonteCarlo.h"
#include "nirc/Simulator/Simulator.h"
#include "nirc/Transforms/Mismatch.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/OwningOpRef.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace nirc {
namespace chip {
class TargetModel;
} // namespace chip

struct RunOptions {
  /// dt, method, reset and the probes the caller wants back.
  SimulationOptions simulation;
  /// Emulate this chip (a TargetModel name, `nirc compile --list-targets`)
  /// instead of the ideal run; empty for the ideal run.
  std::string target;
  bool allowSaturation = false;
  /// The chip's own arithmetic, or its toolchain's model.
  chip::EmulationVariant variant = chip::EmulationVariant::Chip;
  /// Run `trials` trials of this fixed-pattern noise, stacked trial-major
  /// on the sample axis.
  std::optional<MismatchSpec> mismatch;
  int64_t trials = 1;
  uint64_t seed = 0, firstTrial = 0;
  /// How errors name the model ("net.nir") and the input data.
  std::string modelName = "the model", inputName = "the input";
};

struct RunOutcome {
  /// The graph's outputs and the requested probes.
  SimulationResult result;
  /// With a target: each population's emulated against its ideal activity.
  std::vector<PopulationCost> costs;
  /// With mismatch: the spread of the trials.
  std::optional<TrialSummary> summary;
};

/// The emulable chip named `name`, or an error listing the chips; for
/// `EmulationVariant::Toolchain`, one with a toolchain model apart from its
/// own arithmetic.
llvm::Expected<const chip::TargetModel *> lookupEmulationTarget(
    llvm::StringRef name,
    chip::EmulationVariant variant = chip::EmulationVariant::Chip);

/// Parses a --mismatch spec; "default" takes `target`'s documented variation
/// (`source` then says where it comes from).
llvm::Expected<MismatchSpec> parseMismatch(llvm::StringRef spec,
                                           const chip::TargetModel *target,
                                           std::string &source);

/// A run's inputs, keyed by Input name: NIRGraphData (read in a child
/// process under `limits`) or, for a graph with one Input, a CSV file with a
/// row per step and the `csvColumns` (default: all), keyed "". `dt` is taken
/// from the data when it is 0, else checked against the data's; events are
/// binned on it.
llvm::Expected<llvm::StringMap<TimeGriddedData>>
readRunInputs(llvm::StringRef path, double &dt,
              llvm::ArrayRef<unsigned> csvColumns, const ReadLimits &limits);

/// Runs `module` (left unchanged) on `inputs`, keyed by Input name; a graph
/// with one Input takes a single input of any name ("" for data without
/// one, such as a CSV file). Lowering errors are
/// emitted on the module's context, and the returned error says which run
/// failed. The pieces of a RunPlan, run in order.
llvm::Expected<RunOutcome>
runModel(mlir::ModuleOp module, llvm::StringMap<TimeGriddedData> &inputs,
         const RunOptions &options,
         const std::function<void(int64_t, int64_t)> &progress = {});

/// What one piece of a RunPlan recorded.
struct PieceResult {
  SimulationResult result;
  /// An emulated piece: the populations its mapping made.
  std::vector<EmulatedPopulation> populations;
};

/// runModel's work as pieces that can run apart, in any order and in other
/// processes (`mpirun -np N nirc simulate`): the nominal run, the ideal run
/// an emulation is compared with and each trial under mismatch, each over
/// the whole batch or over one block of it (splitSamples). Each piece lowers
/// its own copy of the model, and trial k's noise depends only on the seed
/// and k, so a piece records the same bits wherever it runs; assemble gives
/// what runModel gives, bit for bit.
class RunPlan {
public:
  /// Checks the options and lowers the nominal run. With `minPieces` above
  /// the number of runs, each run's batch is cut into blocks to reach it
  /// where the batch is large enough. `module` and `inputs` must outlive the
  /// plan.
  static llvm::Expected<std::unique_ptr<RunPlan>>
  create(mlir::ModuleOp module, llvm::StringMap<TimeGriddedData> &inputs,
         const RunOptions &options, int64_t minPieces = 1);
  ~RunPlan();

  int64_t getNumPieces() const { return pieces.size(); }
  /// Lowers (unless the last piece run was of the same run) and runs piece
  /// `index`; errors as runModel's. With `diagnostics`, what lowering
  /// reports goes there, as it would be printed, instead of to the
  /// context's handlers (which another process then prints).
  llvm::Expected<PieceResult>
  runPiece(int64_t index,
           const std::function<void(int64_t, int64_t)> &progress = {},
           std::string *diagnostics = nullptr);
  /// runModel's outcome from every piece's result, in piece order.
  RunOutcome assemble(std::vector<PieceResult> results) const;

private:
  enum class Run { Nominal, Ideal, Trial };
  struct Piece {
    Run run;
    /// The trial's number (from RunOptions::firstTrial on).
    uint64_t trial;
    SampleRange samples;
  };
  struct Lowered {
    Run run = Run::Nominal;
    uint64_t trial = 0;
    mlir::OwningOpRef<mlir::ModuleOp> module;
    std::vector<EmulatedPopulation> populations;
  };
  RunPlan(mlir::ModuleOp module, llvm::StringMap<TimeGriddedData> &inputs,
          const RunOptions &options);
  llvm::Error lower(Lowered &lowered);

  mlir::ModuleOp module;
  llvm::StringMap<TimeGriddedData> &inputs;
  RunOptions options;
  const chip::TargetModel *target = nullptr;
  std::vector<Piece> pieces;
  /// The nominal run, lowered once, and the last other run lowered.
  Lowered nominal;
  std::optional<Lowered> last;
  /// With a target: drops chip-quantize's per-layer remarks.
  std::optional<mlir::ScopedDiagnosticHandler> dropRemarks;
};

} // namespace nirc

#endif // NIRC_DRIVER_RUNMODEL_H
