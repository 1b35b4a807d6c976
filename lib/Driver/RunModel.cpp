//===- RunModel.cpp - a model run as `nirc simulate` runs it --------------===//

#include "nirc/Driver/RunModel.h"

#include "nirc/Dialect/Chip/TargetModel.h"

#include "mlir/IR/Diagnostics.h"

using namespace mlir;
using namespace nirc;

static llvm::Error fail(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

llvm::Expected<const chip::TargetModel *>
nirc::lookupEmulationTarget(StringRef name) {
  const chip::TargetModel *target = chip::lookupTargetModel(name);
  if (!target) {
    std::string known;
    for (const chip::TargetModel *model : chip::getAllTargetModels())
      known += " " + model->getName().str();
    return fail("unknown target '" + name + "'; one of:" + known);
  }
  if (!target->canEmulate())
    return fail(target->getDisplayName() +
                "'s arithmetic is not described for emulation yet");
  return target;
}

llvm::Expected<MismatchSpec>
nirc::parseMismatch(StringRef spec, const chip::TargetModel *target,
                    std::string &source) {
  std::string text = spec.str();
  if (spec == "default") {
    if (!target)
      return fail("--mismatch default takes a chip's documented variation: "
                  "pass --target");
    std::tie(text, source) = target->getDefaultMismatch();
  }
  auto parsed = parseMismatchSpec(text);
  if (!parsed)
    return fail("--mismatch: " + toString(parsed.takeError()));
  return std::move(*parsed);
}

/// Runs a lowered model on `inputs`; a graph with one Input takes data of
/// any name.
static llvm::Expected<SimulationResult>
runLowered(ModuleOp lowered, llvm::StringMap<TimeGriddedData> &inputs,
           const RunOptions &options,
           const std::function<void(int64_t, int64_t)> &progress) {
  auto model = *lowered.getOps<sim::ModelOp>().begin();
  auto simulator = Simulator::create(model);
  if (failed(simulator))
    return fail(options.modelName + " cannot be simulated");
  const std::vector<SignalPort> &ports = (*simulator)->inputs();
  if (inputs.count("") && ports.size() != 1)
    return fail(options.inputName +
                ": data without an Input name feeds a graph with one Input, "
                "but this graph has " +
                llvm::Twine(ports.size()));
  if (ports.size() == 1 && inputs.size() == 1 &&
      !inputs.count(ports.front().node)) {
    TimeGriddedData only = std::move(inputs.begin()->second);
    inputs.clear();
    inputs[ports.front().node] = std::move(only);
  }
  llvm::StringMap<const TimeGriddedData *> inputViews;
  for (auto &entry : inputs)
    inputViews[entry.getKey()] = &entry.getValue();
  return (*simulator)->run(inputViews, progress);
}

/// Keeps the probes the caller asked for, dropping those added for the
/// comparison with the ideal run.
static void keepRequestedProbes(SimulationResult &result,
                                ArrayRef<std::string> requested) {
  llvm::erase_if(result.probes, [&](const auto &entry) {
    const SignalPort &port = entry.first;
    std::string name = port.observable == "output"
                           ? port.node
                           : port.node + "." + port.observable;
    return !llvm::is_contained(requested, name);
  });
}

llvm::Expected<RunOutcome>
nirc::runModel(ModuleOp module, llvm::StringMap<TimeGriddedData> &inputs,
               const RunOptions &options,
               const std::function<void(int64_t, int64_t)> &progress) {
  const chip::TargetModel *target = nullptr;
  if (!options.target.empty()) {
    auto found = lookupEmulationTarget(options.target);
    if (!found)
      return found.takeError();
    target = *found;
  }
  if (options.trials < 1)
    return fail("--trials must be at least 1, got " +
                llvm::Twine(options.trials));
  if (options.trials > 1 && !options.mismatch)
    return fail("--trials runs Monte Carlo trials under --mismatch; pass "
                "--mismatch SPEC");
  // chip-quantize's per-layer remarks are for nirc compile's summary.
  std::optional<ScopedDiagnosticHandler> dropRemarks;
  if (target)
    dropRemarks.emplace(module.getContext(), [](Diagnostic &diag) {
      return success(diag.getSeverity() == DiagnosticSeverity::Remark);
    });

  // Every run lowers a copy of the model: the chip's (or the ideal one's)
  // nominal run, the ideal run an emulation is compared with, and each
  // trial under mismatch.
  std::vector<EmulatedPopulation> populations;
  auto runCopy = [&](std::optional<uint64_t> trial,
                     bool emulate) -> llvm::Expected<SimulationResult> {
    OwningOpRef<ModuleOp> copy = module.clone();
    if (trial &&
        failed(applyMismatch(*copy, *options.mismatch, options.seed, *trial)))
      return fail("cannot apply mismatch " + options.mismatch->str() + " to " +
                  options.modelName);
    if (emulate) {
      auto emulated = lowerToEmulation(
          *copy, {target->getName().str(), options.simulation.dt,
                  options.allowSaturation, options.simulation.probes});
      if (failed(emulated))
        return fail(options.modelName + " does not map onto " +
                    target->getDisplayName());
      populations = std::move(*emulated);
    } else {
      // The ideal run an emulation is compared with records what the
      // comparison needs; the user's probes are the chip's.
      SimulationOptions ideal = options.simulation;
      if (target)
        ideal.probes = getComparisonProbes(populations);
      if (failed(lowerToSimulation(*copy, ideal)))
        return fail(options.modelName + " cannot be simulated");
    }
    return runLowered(*copy, inputs, options, progress);
  };

  RunOutcome outcome;
  auto nominal = runCopy(std::nullopt, bool(target));
  if (!nominal)
    return nominal.takeError();
  outcome.result = std::move(*nominal);
  std::optional<SimulationResult> ideal;
  if (target) {
    auto run = runCopy(std::nullopt, /*emulate=*/false);
    if (!run)
      return run.takeError();
    ideal = std::move(*run);
  }
  if (options.mismatch) {
    std::vector<SimulationResult> trialResults;
    for (int64_t k = 0; k < options.trials; ++k) {
      auto trial = runCopy(options.firstTrial + k, bool(target));
      if (!trial)
        return trial.takeError();
      trialResults.push_back(std::move(*trial));
    }
    SimulationResult stacked = stackTrials(std::move(trialResults));
    outcome.summary = summarizeTrials(outcome.result, stacked);
    outcome.result = std::move(stacked);
  }
  if (target)
    outcome.costs = compareRuns(*ideal, outcome.result, populations);
  keepRequestedProbes(outcome.result, options.simulation.probes);
  return outcome;
}
