//===- Simulate.cpp - nirc simulate ---------------------------------------===//
//
// Reads input data (NIRGraphData or CSV), lowers the model with
// lowerToSimulation, runs the Simulator and writes what it recorded as
// NIRGraphData, with every choice made in the file's metadata.
//
//===----------------------------------------------------------------------===//

#include "Commands.h"
#include "Distributed.h"

#include "nirc/Dialect/Chip/TargetModel.h"
#include "nirc/Driver/RunModel.h"
#include "nirc/Target/NIR/GraphData.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>
#include <cmath>

using namespace mlir;
using namespace nirc;
namespace cl = llvm::cl;

namespace {
/// The options of `nirc simulate`. Built on first use, after the subcommand
/// (defined in nirc.cpp) exists: globals of two files initialise in no
/// fixed order.
struct SimulateOptions {
  cl::opt<std::string> input{
      "input",
      cl::Required,
      cl::desc("Input data: NIRGraphData or, for a graph with one Input, a "
               "CSV with one row per step"),
      cl::value_desc("file"),
      cl::sub(simulateCommand),
      cl::cat(nircCategory)};
  cl::opt<std::string> output{"o",
                              cl::Required,
                              cl::desc("Output NIRGraphData file"),
                              cl::value_desc("file"),
                              cl::sub(simulateCommand),
                              cl::cat(nircCategory)};
  cl::opt<double> dt{
      "dt", cl::desc("Step length in seconds (default: the input data's)"),
      cl::sub(simulateCommand), cl::cat(nircCategory)};
  cl::opt<std::string> method{"method", cl::init("exact"),
                              cl::desc("exact (default) | euler | adaptive"),
                              cl::sub(simulateCommand), cl::cat(nircCategory)};
  cl::opt<std::string> reset{"reset", cl::init("to-v_reset"),
                             cl::desc("to-v_reset (default) | subtract"),
                             cl::sub(simulateCommand), cl::cat(nircCategory)};
  cl::list<std::string> probes{
      "probe",
      cl::desc("Also record NODE's output, NODE.v or NODE.i (repeatable)"),
      cl::value_desc("NODE[.v|.i]"), cl::sub(simulateCommand),
      cl::cat(nircCategory)};
  cl::opt<bool> outputEvents{
      "output-events",
      cl::desc("Write spiking outputs as EventData (a spike at the middle "
               "of its step) instead of on the time grid"),
      cl::sub(simulateCommand), cl::cat(nircCategory)};
  cl::opt<bool> timing{
      "timing",
      cl::desc("Print where the time went: seconds per kind of op, with "
               "the steps a dense synapse ran event-driven apart (the JIT "
               "then reports to the host after each op, which costs tens "
               "of nanoseconds per op and step)"),
      cl::sub(simulateCommand), cl::cat(nircCategory)};
  cl::opt<Engine> engine{
      "engine",
      cl::desc("What runs the steps"),
      cl::values(
          clEnumValN(Engine::Auto, "auto",
                     "the JIT where it compiles every op of the model, else "
                     "the interpreter (default)"),
          clEnumValN(Engine::JIT, "jit",
                     "the model's step compiled to native code for this CPU"),
          clEnumValN(Engine::Interpret, "interpret",
                     "the interpreter, the reference (float64 only)")),
      cl::init(Engine::Auto),
      cl::sub(simulateCommand),
      cl::cat(nircCategory)};
  cl::opt<Precision> precision{
      "precision",
      cl::desc("Floating-point type of the JIT's arithmetic (default f64: the "
               "exact method's accuracy needs it; docs/native.md)"),
      cl::values(clEnumValN(Precision::F64, "f64", "float64 (default)"),
                 clEnumValN(Precision::F32, "f32", "float32 (JIT only)")),
      cl::init(Precision::F64),
      cl::sub(simulateCommand),
      cl::cat(nircCategory)};
  cl::opt<unsigned> threads{
      "threads",
      cl::desc("Threads the JIT cuts a batch over (default: every core; "
               "1 per rank under mpirun)"),
      cl::init(0), cl::sub(simulateCommand), cl::cat(nircCategory)};
  cl::opt<std::string> target{
      "target",
      cl::desc("Run the model as this chip runs it (nirc compile "
               "--list-targets): mapped and quantised as nirc compile maps "
               "it, stepped in the chip's own arithmetic (its integers, "
               "float32 or analog neuron), and compared with the ideal run"),
      cl::value_desc("chip"), cl::sub(simulateCommand), cl::cat(nircCategory)};
  cl::opt<bool> allowSaturation{
      "allow-saturation",
      cl::desc("With --target: clip weights the chip cannot hold, with a "
               "warning, instead of failing"),
      cl::sub(simulateCommand), cl::cat(nircCategory)};
  cl::opt<chip::EmulationVariant> emulate{
      "emulate",
      cl::desc("With --target: what to run the quantised model as"),
      cl::values(clEnumValN(chip::EmulationVariant::Chip, "chip",
                            "the chip's own arithmetic (default)"),
                 clEnumValN(chip::EmulationVariant::Toolchain, "toolchain",
                            "the model the vendor's toolchain trains with, "
                            "where it differs (speck: Sinabs' time-stepped "
                            "multi-spike IAF)")),
      cl::init(chip::EmulationVariant::Chip),
      cl::sub(simulateCommand),
      cl::cat(nircCategory)};
  cl::opt<std::string> mismatch{
      "mismatch",
      cl::desc("Device mismatch: fixed-pattern noise on NIR parameters, drawn "
               "once per trial, as relative standard deviations, e.g. "
               "'tau=0.05,v_threshold=0.02,weight=0.01' (keys: tau, tau_mem, "
               "tau_syn, v_threshold, v_leak, v_reset, r, w_in, weight, "
               "bias); 'default' takes the --target's documented variation "
               "(docs/emulation.md says where each number comes from)"),
      cl::value_desc("spec|default"), cl::sub(simulateCommand),
      cl::cat(nircCategory)};
  cl::opt<int64_t> trials{
      "trials", cl::init(1),
      cl::desc("Monte Carlo trials under --mismatch, stacked on the sample "
               "axis trial-major (default 1)"),
      cl::sub(simulateCommand), cl::cat(nircCategory)};
  cl::opt<uint64_t> seed{
      "seed", cl::init(0),
      cl::desc("Seed of the mismatch; trial k's noise depends only on the "
               "seed and k (default 0)"),
      cl::sub(simulateCommand), cl::cat(nircCategory)};
  cl::opt<uint64_t> firstTrial{
      "first-trial", cl::init(0),
      cl::desc("Number of the first trial run (default 0): --first-trial 5 "
               "--trials 1 gives trial 5 of a longer run exactly"),
      cl::sub(simulateCommand), cl::cat(nircCategory)};
  cl::list<unsigned> csvColumns{
      "csv-columns", cl::CommaSeparated,
      cl::desc("The CSV columns (0-based) holding the input; default: all"),
      cl::sub(simulateCommand), cl::cat(nircCategory)};
};
} // namespace

static SimulateOptions &simulateOptions() {
  static SimulateOptions options;
  return options;
}

void nirc::registerSimulateOptions() { (void)simulateOptions(); }

static llvm::Error fail(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

/// Prints a progress bar on stderr once a run has taken more than a second.
class ProgressBar {
public:
  /// Counts `unit`: "steps" of a run, "pieces" of a run over MPI ranks.
  explicit ProgressBar(const char *unit) : unit(unit) {}
  void operator()(int64_t done, int64_t total) {
    double elapsed = secondsSince(start);
    if (elapsed < 1.0 && done < total)
      return;
    if (elapsed < 1.0 && !shown)
      return;
    shown = true;
    int width = 40, filled = int(width * done / std::max<int64_t>(total, 1));
    midLine = done != total;
    llvm::errs() << "\r[" << std::string(filled, '#')
                 << std::string(width - filled, ' ') << "] " << done << "/"
                 << total << " " << unit << ", "
                 << llvm::format("%.1f", elapsed) << " s";
    if (done == total)
      llvm::errs() << "\n";
  }
  /// Prints `text` on lines of its own, above the bar once it is shown.
  void printAbove(StringRef text) {
    if (text.empty())
      return;
    if (midLine)
      llvm::errs() << "\n";
    midLine = false;
    llvm::errs() << text;
  }
  static double secondsSince(std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t)
        .count();
  }
  std::chrono::steady_clock::time_point start =
      std::chrono::steady_clock::now();

private:
  const char *unit;
  bool shown = false, midLine = false;
};

/// Spikes when every value is a whole non-negative count, else nothing.
static std::optional<int64_t> countSpikes(const TimeGriddedData &data) {
  double total = 0;
  for (double v : data.values) {
    if (v < 0 || v != std::floor(v))
      return std::nullopt;
    total += v;
  }
  return int64_t(total);
}

/// One line per recording: spikes per neuron (summed over samples), or the
/// range of the values and where the first sample ends; long populations
/// are cut after a few neurons.
static void printSummaryLine(StringRef node, StringRef observable,
                             const TimeGriddedData &grid) {
  constexpr int64_t kShown = 8;
  llvm::raw_ostream &os = llvm::errs();
  os << "  " << node << "." << observable << ": ";
  auto listNeurons = [&](auto valueOf) {
    os << "[";
    for (int64_t n = 0; n < std::min(grid.numNeurons, kShown); ++n)
      os << (n ? ", " : "") << valueOf(n);
    os << (grid.numNeurons > kShown ? ", ...]" : "]");
  };
  std::optional<int64_t> spikes;
  if (observable == "output")
    spikes = countSpikes(grid);
  if (spikes) {
    os << *spikes << " spike(s), per neuron ";
    listNeurons([&](int64_t n) {
      int64_t count = 0;
      for (int64_t s = 0; s < grid.numSamples; ++s)
        for (int64_t k = 0; k < grid.numSteps; ++k)
          count += int64_t(
              grid.values[(s * grid.numSteps + k) * grid.numNeurons + n]);
      return count;
    });
    os << "\n";
    return;
  }
  auto [low, high] =
      std::minmax_element(grid.values.begin(), grid.values.end());
  os << grid.numNeurons << " value(s) per step";
  if (low == grid.values.end()) {
    os << "\n";
    return;
  }
  os << llvm::format(" in [%g, %g], last step of sample 0 ", *low, *high);
  listNeurons([&](int64_t n) {
    return llvm::format("%.4g",
                        grid.values[(grid.numSteps - 1) * grid.numNeurons + n]);
  });
  os << "\n";
}

/// Warns when the input holds what the chip's input ports cannot carry:
/// they take whole events, at most `maxEvents` per channel and step.
/// What ran the steps, for the output's metadata and --timing.
static std::string describeEngine(const SimulationResult &result,
                                  Precision precision) {
  if (result.engine == Engine::JIT)
    return precision == Precision::F32 ? "jit f32" : "jit f64";
  if (!result.whyInterpreted.empty())
    return "interpreter (no native step: " + result.whyInterpreted + ")";
  return "interpreter";
}

/// Seconds per kind of op, the slowest first, with its share of the total;
/// the JIT's compile time apart.
static void printTiming(const SimulationResult &result, Precision precision) {
  llvm::errs() << "engine: " << describeEngine(result, precision) << "\n";
  std::vector<std::pair<std::string, double>> rows;
  for (auto &[op, seconds] : result.secondsByOp)
    if (op == kJitCompileKey)
      llvm::errs() << llvm::formatv("JIT compile: {0:f3} s\n", seconds);
    else
      rows.emplace_back(op, seconds);
  llvm::stable_sort(rows, [](auto &a, auto &b) { return a.second > b.second; });
  double total = 0;
  for (auto &[op, seconds] : rows)
    total += seconds;
  llvm::errs() << llvm::formatv("time in the ops: {0:f3} s\n", total);
  for (auto &[op, seconds] : rows)
    llvm::errs() << llvm::formatv("  {0,-26} {1,8:f3} s {2,6:f1} %\n", op,
                                  seconds,
                                  total > 0 ? 100 * seconds / total : 0.0);
}

static void warnAboutInputEvents(const llvm::StringMap<TimeGriddedData> &inputs,
                                 const chip::TargetModel &target) {
  int64_t maxEvents = target.getMaxInputEventsPerStep();
  for (const auto &entry : inputs) {
    int64_t clamped = 0, fractional = 0, negative = 0;
    for (double v : entry.getValue().values) {
      clamped += v > double(maxEvents);
      negative += v < 0;
      fractional += v != std::floor(v);
    }
    StringRef name = entry.getKey().empty() ? "the CSV" : entry.getKey();
    int64_t total = entry.getValue().values.size();
    if (clamped)
      llvm::errs() << llvm::formatv(
          "warning: input {0}: {1} of {2} values exceed {3}'s {4} event(s) "
          "per channel and step and are clamped to {4}\n",
          name, clamped, total, target.getDisplayName(), maxEvents);
    if (fractional || negative)
      llvm::errs() << llvm::formatv(
          "warning: input {0}: {1} of {2} values are not whole event counts "
          "and are floored ({3} negative, read as 0): {4} takes events\n",
          name, fractional + negative, total, negative,
          target.getDisplayName());
  }
}

static int reportError(llvm::Error error,
                       llvm::raw_ostream &os = llvm::errs()) {
  os << "error: " << llvm::toString(std::move(error)) << "\n";
  return 1;
}

namespace {
/// What `nirc simulate` reads and decides before it runs anything.
struct PreparedRun {
  RunOptions run;
  llvm::StringMap<TimeGriddedData> inputs;
  const chip::TargetModel *target = nullptr;
  std::string mismatchSource;
};
} // namespace

/// Checks the options and reads the input; `report` prints the notes and
/// warnings about them (one rank of several does).
static llvm::Expected<PreparedRun> prepareRun(StringRef modelPath,
                                              bool report) {
  SimulateOptions &cli = simulateOptions();
  const std::string &inputPath = cli.input;
  PreparedRun prepared;
  double dt = cli.dt.getNumOccurrences() ? double(cli.dt) : 0.0;
  if (cli.dt.getNumOccurrences() && !(dt > 0 && std::isfinite(dt)))
    return fail("--dt must be a positive number of seconds");
  llvm::Expected<sim::Method> method = parseMethodName(cli.method);
  if (!method)
    return method.takeError();
  llvm::Expected<sim::ResetMode> reset = parseResetName(cli.reset);
  if (!reset)
    return reset.takeError();
  const chip::TargetModel *&target = prepared.target;
  if (cli.target.getNumOccurrences()) {
    auto found = lookupEmulationTarget(cli.target, cli.emulate);
    if (!found)
      return found.takeError();
    target = *found;
  } else if (cli.emulate.getNumOccurrences()) {
    return fail("--emulate needs a --target");
  }
  RunOptions &run = prepared.run;
  run.target = cli.target;
  run.allowSaturation = cli.allowSaturation;
  run.variant = cli.emulate;
  run.trials = cli.trials;
  run.seed = cli.seed;
  run.firstTrial = cli.firstTrial;
  run.modelName = modelPath.str();
  run.inputName = inputPath;
  std::string &mismatchSource = prepared.mismatchSource;
  if (cli.mismatch.getNumOccurrences()) {
    auto parsed = parseMismatch(cli.mismatch, target, mismatchSource);
    if (!parsed)
      return parsed.takeError();
    if (!mismatchSource.empty() && report)
      llvm::errs() << "note: --mismatch default on " << target->getDisplayName()
                   << ": " << (parsed->sigmas.empty() ? "none" : parsed->str())
                   << " (" << mismatchSource << ")\n";
    run.mismatch = std::move(*parsed);
  }
  if (cli.trials.getNumOccurrences() && !run.mismatch)
    return fail("--trials runs Monte Carlo trials under --mismatch; pass "
                "--mismatch SPEC");
  SmallVector<unsigned> csvColumns(cli.csvColumns.begin(),
                                   cli.csvColumns.end());
  auto inputs =
      readRunInputs(inputPath, dt, csvColumns, getReadLimitsFromOptions());
  if (!inputs)
    return inputs.takeError();
  if (!(dt > 0))
    return fail(inputPath + ": the input data has no dt; pass --dt");
  prepared.inputs = std::move(*inputs);

  SimulationOptions &options = run.simulation;
  options.dt = dt;
  options.method = *method;
  options.reset = *reset;
  options.probes.assign(cli.probes.begin(), cli.probes.end());
  options.engine = cli.engine;
  options.precision = cli.precision;
  options.threads = cli.threads;
  options.timeEachOp = cli.timing;
  if (target && report)
    warnAboutInputEvents(prepared.inputs, *target);
  return prepared;
}

/// Writes what the run recorded, with every choice in the file's metadata,
/// and prints its summary.
static int writeRun(StringRef modelPath, const PreparedRun &prepared,
                    RunOutcome &outcome, double seconds) {
  SimulateOptions &cli = simulateOptions();
  SimulationResult &result = outcome.result;
  const std::optional<MismatchSpec> &mismatchSpec = prepared.run.mismatch;
  const std::optional<TrialSummary> &summary = outcome.summary;
  const std::vector<PopulationCost> &costs = outcome.costs;
  const SimulationOptions &options = prepared.run.simulation;
  const chip::TargetModel *target = prepared.target;
  const std::string &mismatchSource = prepared.mismatchSource;
  const std::string &resultPath = cli.output;
  double dt = options.dt;

  GraphData out;
  auto nodeData = [&](const std::string &node) -> NodeData & {
    for (auto &[name, data] : out.nodes)
      if (name == node)
        return data;
    return out.nodes.emplace_back(node, NodeData()).second;
  };
  for (auto &[port, data] : result.outputs) {
    // Spikes of 0 or 1 per step are written as NIR's bool spike trains.
    data.isSpikes =
        llvm::all_of(data.values, [](double v) { return v == 0 || v == 1; });
    if (cli.outputEvents && countSpikes(data))
      nodeData(port.node).observables.emplace_back("output",
                                                   toEvents(data, dt / 2));
    else
      nodeData(port.node).observables.emplace_back("output", std::move(data));
  }
  // A probe of an Output's own output (or a repeated probe) is recorded
  // already.
  for (auto &[port, data] : result.probes) {
    auto &observables = nodeData(port.node).observables;
    StringRef observable = port.observable; // clang 14 cannot capture `port`
    if (llvm::none_of(observables,
                      [&](auto &entry) { return entry.first == observable; }))
      observables.emplace_back(port.observable, std::move(data));
  }
  out.metadata = {
      {"nirc.version", NIRC_VERSION},
      {"nirc.model", modelPath.str()},
      {"nirc.dt", llvm::formatv("{0:e}", dt).str()},
      {"nirc.method", getMethodName(options.method).str()},
      {"nirc.reset", getResetName(options.reset).str()},
      {"nirc.engine", describeEngine(result, options.precision)},
      {"nirc.steps", std::to_string(result.numSteps)},
      {"nirc.samples", std::to_string(result.numSamples)},
      {"nirc.input_hold", "zero-order hold: step k holds input sample k"},
      {"nirc.initial_state", "v = v_leak, I = 0, delay lines empty"},
      {"nirc.spikes", "threshold crossings counted per step"},
      {"nirc.delays", "rounded to the nearest whole step"},
      {"nirc.cycles", "cut at the edge entering a stateful node, which reads "
                      "the previous step's value (0 before the first step)"},
  };
  if (mismatchSpec) {
    out.metadata.push_back({"nirc.mismatch", mismatchSpec->str()});
    if (!mismatchSource.empty())
      out.metadata.push_back({"nirc.mismatch_source", mismatchSource});
    out.metadata.push_back({"nirc.trials", std::to_string(cli.trials)});
    out.metadata.push_back(
        {"nirc.first_trial", std::to_string(cli.firstTrial)});
    out.metadata.push_back({"nirc.seed", std::to_string(cli.seed)});
    out.metadata.push_back(
        {"nirc.trial_layout",
         llvm::formatv(
             "trial-major: trial k holds samples k*{0} to k*{0}+{1}",
             summary->trials ? result.numSamples / summary->trials : 0,
             summary->trials ? result.numSamples / summary->trials - 1 : 0)
             .str()});
    out.metadata.push_back(
        {"nirc.trial_summary", formatTrialSummary(*summary)});
  }
  if (target) {
    out.metadata.push_back({"nirc.target", target->getName().str()});
    out.metadata.push_back(
        {"nirc.emulation", cli.emulate == chip::EmulationVariant::Toolchain
                               ? target->getToolchainModel().str() + " with " +
                                     target->getDisplayName().str() +
                                     "'s registers (docs/emulation.md)"
                               : target->getDisplayName().str() +
                                     "'s own arithmetic (docs/emulation.md)"});
    out.metadata.push_back({"nirc.cost", formatCostTable(costs)});
    for (const PopulationCost &cost : costs)
      out.metadata.push_back(
          {"nirc.cost." + cost.population,
           llvm::formatv("ideal_spikes={0} chip_spikes={1} agreement={2:f6} "
                         "membrane_rmse={3:e} first_divergence={4}",
                         cost.idealSpikes, cost.chipSpikes, cost.agreement,
                         cost.membraneRmse, cost.firstDivergence)
               .str()});
  }
  if (llvm::Error error = writeGraphData(out, resultPath))
    return reportError(fail("cannot write " + resultPath + ": " +
                            llvm::toString(std::move(error))));

  if (target)
    llvm::errs() << llvm::formatv(
        "emulated {0} step(s) x {1} sample(s) on {2}{8}, dt = {3:e} s, in "
        "{4:f2} s\nthe cost of compiling, against the ideal run (method={5}, "
        "reset={6}):\n{7}",
        result.numSteps, result.numSamples, target->getDisplayName(), dt,
        seconds, getMethodName(options.method), getResetName(options.reset),
        formatCostTable(costs),
        cli.emulate == chip::EmulationVariant::Toolchain
            ? " as " + target->getToolchainModel().str()
            : std::string());
  else
    llvm::errs() << llvm::formatv(
        "simulated {0} step(s) x {1} sample(s), dt = {2:e} s, method={3}, "
        "reset={4}, in {5:f2} s\n",
        result.numSteps, result.numSamples, dt, getMethodName(options.method),
        getResetName(options.reset), seconds);
  if (cli.timing)
    printTiming(result, options.precision);
  if (summary)
    llvm::errs() << llvm::formatv(
        "{0} trial(s) under mismatch {1}, seed {2}: spikes per output neuron "
        "and trial\n{3}",
        summary->trials,
        mismatchSpec->sigmas.empty() ? "none" : mismatchSpec->str(),
        uint64_t(cli.seed), formatTrialSummary(*summary));
  for (auto &[name, data] : out.nodes)
    for (auto &[observable, values] : data.observables) {
      if (auto *events = std::get_if<EventData>(&values))
        // The simulator's own events, on its own grid: always convertible.
        printSummaryLine(name, observable,
                         llvm::cantFail(toTimeGridded(*events, dt)));
      else
        printSummaryLine(name, observable, std::get<TimeGriddedData>(values));
    }
  llvm::errs() << "wrote " << resultPath << "\n";
  return 0;
}

bool nirc::holdsBackSetupReports() {
#ifdef NIRC_HAVE_MPI
  std::optional<MPILaunch> launch = getMPILaunch();
  return launch && launch->rank != 0;
#else
  return false;
#endif
}

#ifdef NIRC_HAVE_MPI
static int runSimulateDistributed(ModuleOp module, StringRef modelPath,
                                  llvm::raw_string_ostream *heldBack);
#endif

int nirc::runSimulate(ModuleOp module, StringRef modelPath,
                      llvm::raw_string_ostream *heldBack) {
#ifdef NIRC_HAVE_MPI
  if (getMPILaunch())
    return runSimulateDistributed(module, modelPath, heldBack);
#else
  if (std::optional<MPILaunch> launch = getMPILaunch();
      launch && launch->size > 1)
    return reportError(
        fail("this nirc was built without MPI (libopenmpi-dev), so its "
             "ranks cannot share a run; README.md says how to build it "
             "with MPI"));
#endif
  if (!module)
    return 1;
  auto prepared = prepareRun(modelPath, /*report=*/true);
  if (!prepared)
    return reportError(prepared.takeError());
  ProgressBar progress("steps");
  auto outcome =
      runModel(module, prepared->inputs, prepared->run,
               [&](int64_t done, int64_t total) { progress(done, total); });
  if (!outcome)
    return reportError(outcome.takeError());
  return writeRun(modelPath, *prepared, *outcome,
                  ProgressBar::secondsSince(progress.start));
}

#ifdef NIRC_HAVE_MPI
/// One rank of `mpirun -np N nirc simulate`. Every rank sets the run up;
/// one that cannot stops the run on every rank (rank 0 reports a failure
/// they share, a rank that fails alone its own). Rank 0 prints what the
/// pieces report in plan order, then writes the file and the summary as one
/// process does, and each rank's time.
static int runSimulateDistributed(ModuleOp module, StringRef modelPath,
                                  llvm::raw_string_ostream *heldBack) {
  llvm::raw_ostream &setupErrors =
      heldBack ? static_cast<llvm::raw_ostream &>(*heldBack) : llvm::errs();
  auto start = std::chrono::steady_clock::now();
  // Files are read in forked children (LoadModel, readRunInputs), before
  // MPI starts: a fork after MPI_Init is not safe with every transport.
  std::optional<PreparedRun> prepared;
  if (module) {
    auto read = prepareRun(modelPath, /*report=*/!heldBack);
    if (read)
      prepared = std::move(*read);
    else
      reportError(read.takeError(), setupErrors);
  }
  auto mpi = DistributedRun::begin();
  if (!mpi)
    return reportError(mpi.takeError());
  // The ranks take the cores.
  if (prepared)
    prepared->run.simulation.threads = 1;
  ProgressBar progress("pieces");
  std::unique_ptr<RunPlan> plan;
  if (prepared) {
    // A few pieces per rank, so that the last ones to finish are short.
    constexpr int64_t kPiecesPerRank = 4;
    auto created = RunPlan::create(module, prepared->inputs, prepared->run,
                                   kPiecesPerRank * (*mpi)->getSize());
    if (created)
      plan = std::move(*created);
    else
      reportError(created.takeError(), setupErrors);
  }
  std::vector<bool> ready = (*mpi)->shareReadiness(bool(plan));
  if (llvm::is_contained(ready, false)) {
    if (heldBack && ready[0] && !plan)
      llvm::errs() << heldBack->str();
    if ((*mpi)->isRoot() && plan) {
      std::vector<std::string> failed;
      for (size_t rank = 0; rank < ready.size(); ++rank)
        if (!ready[rank])
          failed.push_back(std::to_string(rank));
      llvm::errs() << "error: rank(s) " << llvm::join(failed, ", ")
                   << " could not set up the run (each says why)\n";
    }
    return 1;
  }
  double setupSeconds = ProgressBar::secondsSince(start);
  auto results = (*mpi)->run(
      *plan, [&](int64_t done, int64_t total, StringRef diagnostics) {
        progress.printAbove(diagnostics);
        progress(done, total);
      });
  if (!(*mpi)->isRoot()) {
    if (results)
      return 0;
    // Rank 0 reports the run's error.
    llvm::consumeError(results.takeError());
    return 1;
  }
  if (!results)
    return reportError(results.takeError());
  double piecesSeconds = ProgressBar::secondsSince(start) - setupSeconds;
  RunOutcome outcome = plan->assemble(std::move(*results));
  int status = writeRun(modelPath, *prepared, outcome,
                        ProgressBar::secondsSince(progress.start));
  (*mpi)->printRankTimes(llvm::errs());
  // What does not shrink with more ranks: setting up (on every rank at
  // once) and assembling and writing (on rank 0 alone).
  llvm::errs() << llvm::formatv(
      "  rank 0: {0:f3} s setting up (reading the input, lowering the "
      "nominal run, starting MPI), {1:f3} s until the last piece came in, "
      "{2:f3} s assembling and writing\n",
      setupSeconds, piecesSeconds,
      ProgressBar::secondsSince(start) - setupSeconds - piecesSeconds);
  return status;
}
#endif
