//===- RunModel.cpp - a model run as `nirc simulate` runs it --------------===//

#include "nirc/Driver/RunModel.h"

#include "nirc/Dialect/Chip/TargetModel.h"

#include "mlir/IR/Diagnostics.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"

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

/// Runs a lowered model on `samples` of `inputs`; a graph with one Input
/// takes data of any name.
static llvm::Expected<SimulationResult>
runLowered(ModuleOp lowered, llvm::StringMap<TimeGriddedData> &inputs,
           const RunOptions &options,
           const std::function<void(int64_t, int64_t)> &progress,
           SampleRange samples) {
  auto model = *lowered.getOps<sim::ModelOp>().begin();
  auto simulator = Simulator::create(model, options.simulation.engine,
                                     options.simulation.precision,
                                     options.simulation.timeEachOp);
  if (failed(simulator))
    return fail(options.modelName + " cannot be simulated");
  (*simulator)->setThreads(options.simulation.threads);
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
  return (*simulator)->run(inputViews, progress, samples);
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

/// chip-quantize's per-layer remarks are for nirc compile's summary.
static LogicalResult dropRemark(Diagnostic &diag) {
  return success(diag.getSeverity() == DiagnosticSeverity::Remark);
}

RunPlan::RunPlan(ModuleOp module, llvm::StringMap<TimeGriddedData> &inputs,
                 const RunOptions &options)
    : module(module), inputs(inputs), options(options) {}

RunPlan::~RunPlan() = default;

llvm::Expected<std::unique_ptr<RunPlan>>
RunPlan::create(ModuleOp module, llvm::StringMap<TimeGriddedData> &inputs,
                const RunOptions &options, int64_t minPieces) {
  std::unique_ptr<RunPlan> plan(new RunPlan(module, inputs, options));
  if (!options.target.empty()) {
    auto found = lookupEmulationTarget(options.target, options.variant);
    if (!found)
      return found.takeError();
    plan->target = *found;
  } else if (options.variant == chip::EmulationVariant::Toolchain) {
    std::string withToolchain;
    for (const chip::TargetModel *model : chip::getAllTargetModels())
      if (!model->getToolchainModel().empty())
        withToolchain += " " + model->getName().str();
    return fail("emulating a toolchain's model needs a target that has one:" +
                withToolchain);
  }
  if (options.trials < 1)
    return fail("--trials must be at least 1, got " +
                llvm::Twine(options.trials));
  if (options.trials > 1 && !options.mismatch)
    return fail("--trials runs Monte Carlo trials under --mismatch; pass "
                "--mismatch SPEC");
  if (plan->target)
    plan->dropRemarks.emplace(module.getContext(), dropRemark);
  // The nominal run first: the ideal run probes its populations.
  if (llvm::Error error = plan->lower(plan->nominal))
    return std::move(error);

  // The runs in runModel's order, each cut into blocks when there are
  // fewer runs than pieces wanted.
  std::vector<std::pair<Run, uint64_t>> runs = {{Run::Nominal, 0}};
  if (plan->target)
    runs.push_back({Run::Ideal, 0});
  if (options.mismatch)
    for (int64_t k = 0; k < options.trials; ++k)
      runs.push_back({Run::Trial, options.firstTrial + k});
  int64_t samples = inputs.empty() ? 0 : inputs.begin()->second.numSamples;
  std::vector<SampleRange> blocks = splitSamples(
      samples, (minPieces + int64_t(runs.size()) - 1) / int64_t(runs.size()));
  if (blocks.size() == 1)
    blocks = {SampleRange()};
  for (auto [run, trial] : runs)
    for (SampleRange block : blocks)
      plan->pieces.push_back({run, trial, block});
  return plan;
}

/// Lowers a copy of the model for `lowered.run`: the chip's (or the ideal
/// one's) nominal run, the ideal run an emulation is compared with, or a
/// trial under mismatch.
llvm::Error RunPlan::lower(Lowered &lowered) {
  lowered.module = module.clone();
  ModuleOp copy = *lowered.module;
  std::optional<uint64_t> trial;
  if (lowered.run == Run::Trial)
    trial = lowered.trial;
  if (target && lowered.run != Run::Ideal) {
    // The chip's own trial: an analog chip varies after quantisation.
    EmulationOptions emulation{target->getName().str(), options.simulation.dt,
                               options.allowSaturation, options.variant,
                               options.simulation.probes};
    if (trial)
      emulation.mismatch = {*options.mismatch, options.seed, *trial};
    auto emulated = lowerToEmulation(copy, emulation);
    if (failed(emulated) && trial)
      return fail(llvm::formatv("trial {0} of {1} under --mismatch {2} "
                                "cannot run on {3}",
                                *trial, options.modelName,
                                options.mismatch->str(),
                                target->getDisplayName()));
    if (failed(emulated))
      return fail(options.modelName + " does not map onto " +
                  target->getDisplayName());
    lowered.populations = std::move(*emulated);
    return llvm::Error::success();
  }
  if (trial &&
      failed(applyMismatch(copy, *options.mismatch, options.seed, *trial)))
    return fail("cannot apply mismatch " + options.mismatch->str() + " to " +
                options.modelName);
  // The ideal run an emulation is compared with records what the
  // comparison needs; the user's probes are the chip's.
  SimulationOptions ideal = options.simulation;
  if (target)
    ideal.probes = getComparisonProbes(nominal.populations);
  if (failed(lowerToSimulation(copy, ideal)))
    return fail(options.modelName + " cannot be simulated");
  return llvm::Error::success();
}

llvm::Expected<PieceResult>
RunPlan::runPiece(int64_t index,
                  const std::function<void(int64_t, int64_t)> &progress,
                  std::string *diagnostics) {
  const Piece &piece = pieces[index];
  // A later block of a run lowers it again, and reports again what its
  // first block reported: kept once, as one process prints it.
  std::string rendered;
  llvm::raw_string_ostream renderedStream(rendered);
  llvm::SourceMgr noSources;
  std::optional<SourceMgrDiagnosticHandler> capture;
  std::optional<ScopedDiagnosticHandler> dropCapturedRemarks;
  auto keepDiagnostics = llvm::make_scope_exit([&] {
    if (diagnostics && piece.samples.first == 0)
      *diagnostics = std::move(rendered);
  });
  if (diagnostics) {
    capture.emplace(noSources, module.getContext(), renderedStream);
    // Handlers registered later go first: remarks stay dropped.
    if (dropRemarks)
      dropCapturedRemarks.emplace(module.getContext(), dropRemark);
  }
  const Lowered *lowered = &nominal;
  if (piece.run != Run::Nominal) {
    if (!last || last->run != piece.run || last->trial != piece.trial) {
      last.reset();
      Lowered fresh{piece.run, piece.trial, {}, {}};
      if (llvm::Error error = lower(fresh))
        return std::move(error);
      last = std::move(fresh);
    }
    lowered = &*last;
  }
  auto result =
      runLowered(*lowered->module, inputs, options, progress, piece.samples);
  if (!result)
    return result.takeError();
  return PieceResult{std::move(*result), lowered->populations};
}

RunOutcome RunPlan::assemble(std::vector<PieceResult> results) const {
  // Each run's blocks as one batch, in runModel's order. The comparison
  // takes the populations of the last emulated run, as runModel's did.
  std::vector<SimulationResult> runs;
  const std::vector<EmulatedPopulation> *populations = &nominal.populations;
  for (size_t first = 0, end; first < pieces.size(); first = end) {
    std::vector<SimulationResult> blocks;
    for (end = first;
         end < pieces.size() && pieces[end].run == pieces[first].run &&
         pieces[end].trial == pieces[first].trial;
         ++end)
      blocks.push_back(std::move(results[end].result));
    if (target && pieces[first].run != Run::Ideal)
      populations = &results[end - 1].populations;
    runs.push_back(stackTrials(std::move(blocks)));
  }

  RunOutcome outcome;
  auto run = runs.begin();
  outcome.result = std::move(*run++);
  std::optional<SimulationResult> ideal;
  if (target)
    ideal = std::move(*run++);
  if (options.mismatch) {
    SimulationResult stacked = stackTrials(std::vector<SimulationResult>(
        std::make_move_iterator(run), std::make_move_iterator(runs.end())));
    outcome.summary = summarizeTrials(outcome.result, stacked);
    outcome.result = std::move(stacked);
  }
  if (target)
    outcome.costs = compareRuns(*ideal, outcome.result, *populations);
  keepRequestedProbes(outcome.result, options.simulation.probes);
  return outcome;
}

llvm::Expected<RunOutcome>
nirc::runModel(ModuleOp module, llvm::StringMap<TimeGriddedData> &inputs,
               const RunOptions &options,
               const std::function<void(int64_t, int64_t)> &progress) {
  auto plan = RunPlan::create(module, inputs, options);
  if (!plan)
    return plan.takeError();
  std::vector<PieceResult> results;
  for (int64_t piece = 0; piece < (*plan)->getNumPieces(); ++piece) {
    auto result = (*plan)->runPiece(piece, progress);
    if (!result)
      return result.takeError();
    results.push_back(std::move(*result));
  }
  return (*plan)->assemble(std::move(results));
}
