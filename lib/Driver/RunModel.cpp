//===- RunModel.cpp - a model run as `nirc simulate` runs it --------------===//

#include "nirc/Driver/RunModel.h"

#include "nirc/Dialect/Chip/TargetModel.h"

#include "mlir/IR/Diagnostics.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <cmath>

using namespace mlir;
using namespace nirc;

static llvm::Error fail(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

llvm::Expected<const chip::TargetModel *>
nirc::lookupEmulationTarget(StringRef name, chip::EmulationVariant variant) {
  const chip::TargetModel *target = chip::lookupTargetModel(name);
  if (!target)
    return fail("unknown target '" + name +
                "'; one of:" + chip::getTargetNames());
  if (std::string why = target->whyCannotEmulate(variant); !why.empty())
    return fail(why);
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

/// Step lengths this close agree: a dt stored as float32 is 6e-8 off.
constexpr double kDtTolerance = 1e-6;

/// One sample from a CSV file: a row per step, the chosen columns.
static llvm::Expected<TimeGriddedData> readCsv(StringRef path,
                                               ArrayRef<unsigned> csvColumns) {
  auto file = llvm::MemoryBuffer::getFile(path);
  if (!file)
    return fail(path + ": " + file.getError().message());
  TimeGriddedData data;
  data.numSamples = 1;
  SmallVector<StringRef> lines, cells;
  // Blank lines are skipped but counted, so messages give file lines.
  (*file)->getBuffer().split(lines, '\n', -1, /*KeepEmpty=*/true);
  for (auto [lineIndex, line] : llvm::enumerate(lines)) {
    line = line.trim();
    if (line.empty())
      continue;
    cells.clear();
    line.split(cells, ',');
    SmallVector<unsigned> columns(csvColumns.begin(), csvColumns.end());
    if (columns.empty())
      for (unsigned c = 0; c < cells.size(); ++c)
        columns.push_back(c);
    if (data.numSteps == 0)
      data.numNeurons = columns.size();
    else if (int64_t(columns.size()) != data.numNeurons)
      return fail(llvm::formatv("{0}:{1}: {2} columns, the first row had {3}",
                                path, lineIndex + 1, columns.size(),
                                data.numNeurons));
    for (unsigned c : columns) {
      double value;
      if (c >= cells.size())
        return fail(llvm::formatv("{0}:{1}: no column {2} (the row has {3})",
                                  path, lineIndex + 1, c, cells.size()));
      if (cells[c].trim().getAsDouble(value))
        return fail(llvm::formatv("{0}:{1}: column {2}: '{3}' is not a number",
                                  path, lineIndex + 1, c, cells[c].trim()));
      data.values.push_back(value);
    }
    ++data.numSteps;
  }
  if (data.numSteps == 0)
    return fail(path + ": no rows");
  return data;
}

/// The time-gridded inputs by node name, on the step length `dt` (taken from
/// the data when the user gave none).
llvm::Expected<llvm::StringMap<TimeGriddedData>>
nirc::readRunInputs(StringRef path, double &dt, ArrayRef<unsigned> csvColumns,
                    const ReadLimits &limits) {
  llvm::StringMap<TimeGriddedData> inputs;
  if (llvm::sys::path::extension(path) == ".csv") {
    auto data = readCsv(path, csvColumns);
    if (!data)
      return data.takeError();
    if (!(dt > 0))
      return fail(path + ": a CSV has no time axis; pass --dt");
    data->dt = dt;
    inputs[""] = std::move(*data);
    return inputs;
  }
  if (!llvm::sys::fs::exists(path))
    return fail(path + ": No such file or directory");
  auto graphData = readGraphDataIsolated(path, limits);
  if (!graphData)
    return graphData.takeError();
  // Every grid must agree on dt (with --dt when given); events are binned
  // on it afterwards, whichever order the nodes come in.
  bool dtFromUser = dt > 0;
  std::string dtSource;
  for (auto &[node, nodeData] : graphData->nodes) {
    if (nodeData.observables.size() != 1)
      return fail(path + ": node '" + node + "' has " +
                  llvm::Twine(nodeData.observables.size()) +
                  " observables; an input needs exactly one");
    auto *grid =
        std::get_if<TimeGriddedData>(&nodeData.observables.front().second);
    if (!grid)
      continue;
    if (!(dt > 0)) {
      dt = grid->dt;
      dtSource = node;
    } else if (std::abs(grid->dt - dt) > kDtTolerance * dt) {
      return fail(llvm::formatv(
          "{0}: node '{1}' is on a grid of dt = {2:e} s, but {3} is {4:e} s",
          path, node, grid->dt,
          dtFromUser ? std::string("--dt") : "node '" + dtSource + "''s", dt));
    }
  }
  for (auto &[node, nodeData] : graphData->nodes) {
    Observable &observable = nodeData.observables.front().second;
    if (auto *events = std::get_if<EventData>(&observable)) {
      if (!(dt > 0))
        return fail(path + ": node '" + node +
                    "' holds events, which have no step length; pass --dt");
      llvm::Expected<TimeGriddedData> grid = toTimeGridded(*events, dt);
      if (!grid)
        return fail(path + ": node '" + node +
                    "': " + llvm::toString(grid.takeError()));
      inputs[node] = std::move(*grid);
    } else {
      inputs[node] = std::move(std::get<TimeGriddedData>(observable));
    }
  }
  if (inputs.empty())
    return fail(path + ": no input data");
  return inputs;
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
    auto found = lookupEmulationTarget(options.target, options.variant);
    if (!found)
      return found.takeError();
    target = *found;
  } else if (options.variant == chip::EmulationVariant::Toolchain) {
    return fail("a toolchain's model is emulated on a target: name one");
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
    if (emulate) {
      // The chip's own trial: an analog chip varies after quantisation.
      EmulationOptions emulation{target->getName().str(), options.simulation.dt,
                                 options.allowSaturation, options.variant,
                                 options.simulation.probes};
      if (trial)
        emulation.mismatch = {*options.mismatch, options.seed, *trial};
      auto emulated = lowerToEmulation(*copy, emulation);
      if (failed(emulated) && trial)
        return fail(llvm::formatv("trial {0} of {1} under --mismatch {2} "
                                  "cannot run on {3}",
                                  *trial, options.modelName,
                                  options.mismatch->str(),
                                  target->getDisplayName()));
      if (failed(emulated))
        return fail(options.modelName + " does not map onto " +
                    target->getDisplayName());
      populations = std::move(*emulated);
    } else {
      if (trial &&
          failed(applyMismatch(*copy, *options.mismatch, options.seed, *trial)))
        return fail("cannot apply mismatch " + options.mismatch->str() +
                    " to " + options.modelName);
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
