//===- EmulationBench.cpp - emulated runs against ideal ones --------------===//
//
// The cost of running a graph as a chip runs it, as a ratio to the ideal
// run of the same graph on the same input, measured in one process: per
// target, the Simulator's run time of the emulated model (convert-chip-to-sim)
// and of the ideal one (method=exact), on a fixture that maps onto the
// target (../shared/fixtures, skipped when absent). And Monte Carlo trials
// per second on the Braille network, each trial a fresh copy with its own
// mismatch, lowered and run (ideal, and emulated on Loihi 2 and Xylo IMU).
//
// Run: build/bin/nirc-emulation-bench
//
//===----------------------------------------------------------------------===//

#include "nirc/InitAllDialects.h"
#include "nirc/Simulator/Emulation.h"
#include "nirc/Simulator/Simulator.h"
#include "nirc/Target/NIR/NIRFormat.h"
#include "nirc/Transforms/Mismatch.h"

#include "mlir/IR/MLIRContext.h"
#include "llvm/Support/FileSystem.h"

#include <benchmark/benchmark.h>

#include <random>

using namespace mlir;
using namespace nirc;

namespace {
constexpr int64_t kSamples = 16, kSteps = 1000;

struct Case {
  const char *fixture, *target;
  double dt;
  /// Clip weights the chip cannot hold (BrainScaleS-2's 6 bits).
  bool allowSaturation = false;
};
/// A fixture that maps onto each target (compile-*-fixtures.mlir).
constexpr Case kCases[] = {
    {"braille_noDelay_bias_zero.nir", "loihi2", 1e-4},
    {"braille_noDelay_bias_zero.nir", "xylo-imu", 1e-4},
    {"cnn_sinabs.nir", "speck", 1.0},
    {"braille_noDelay_bias_zero.nir", "spinnaker2", 1e-4},
    {"braille_noDelay_noBias_subtract.nir", "brainscales2", 1e-4, true},
};

MLIRContext &context() {
  static MLIRContext context = [] {
    DialectRegistry registry;
    registerAllDialects(registry);
    return MLIRContext(registry);
  }();
  static bool loaded = (context.loadAllAvailableDialects(),
                        context.getDiagEngine().registerHandler(
                            [](Diagnostic &) { return success(); }),
                        true);
  (void)loaded;
  return context;
}

OwningOpRef<ModuleOp> load(const char *fixture) {
  std::string path = std::string(NIRC_FIXTURES_DIR "/") + fixture;
  if (!llvm::sys::fs::exists(path))
    return {};
  return importNIRFile(path, &context());
}

/// Input spikes for a model's one Input, 10 % of channels per step.
TimeGriddedData randomSpikes(const Simulator &simulator, double dt) {
  std::mt19937 rng(7);
  std::bernoulli_distribution spike(0.1);
  TimeGriddedData data;
  data.numSamples = kSamples, data.numSteps = kSteps;
  data.numNeurons = simulator.inputs().front().numElements;
  data.dt = dt;
  data.values.resize(kSamples * kSteps * data.numNeurons);
  for (double &v : data.values)
    v = spike(rng);
  return data;
}

/// Lowers a copy of `model` (ideal, or emulated on `target`) and builds it.
std::unique_ptr<Simulator> build(ModuleOp model, const char *target, double dt,
                                 OwningOpRef<ModuleOp> &copy,
                                 bool allowSaturation = false) {
  copy = model.clone();
  if (target) {
    EmulationOptions options;
    options.target = target;
    options.dt = dt;
    options.allowSaturation = allowSaturation;
    if (failed(lowerToEmulation(*copy, options)))
      return nullptr;
  } else {
    SimulationOptions options;
    options.dt = dt;
    if (failed(lowerToSimulation(*copy, options)))
      return nullptr;
  }
  auto simulator = Simulator::create(*copy->getOps<sim::ModelOp>().begin());
  return succeeded(simulator) ? std::move(*simulator) : nullptr;
}

/// One run of the ideal (`emulated` false) or emulated model of a case.
void Run(benchmark::State &state, const Case &c, bool emulated) {
  OwningOpRef<ModuleOp> model = load(c.fixture);
  if (!model) {
    state.SkipWithError("fixture not found (../shared/fixtures)");
    return;
  }
  OwningOpRef<ModuleOp> copy;
  auto simulator = build(*model, emulated ? c.target : nullptr, c.dt, copy,
                         c.allowSaturation);
  if (!simulator) {
    state.SkipWithError("the model does not lower");
    return;
  }
  TimeGriddedData input = randomSpikes(*simulator, c.dt);
  llvm::StringMap<const TimeGriddedData *> inputs;
  inputs[simulator->inputs().front().node] = &input;
  for (auto _ : state)
    benchmark::DoNotOptimize(simulator->run(inputs));
  state.counters["sample_steps/s"] =
      benchmark::Counter(double(state.iterations()) * kSamples * kSteps,
                         benchmark::Counter::kIsRate);
}

/// Monte Carlo trials of the Braille network: mismatch, lowering and a run
/// of 1 sample x 1000 steps each.
void Trials(benchmark::State &state, const char *target) {
  OwningOpRef<ModuleOp> model = load("braille_noDelay_bias_zero.nir");
  if (!model) {
    state.SkipWithError("fixture not found (../shared/fixtures)");
    return;
  }
  // Weights and thresholds vary; on Loihi 2 a population shares one dv
  // and one vth, so only the weights can.
  auto spec = cantFail(parseMismatchSpec(
      target && std::string(target) == "loihi2" ? "weight=0.05"
                                                : "tau=0.05,weight=0.05"));
  OwningOpRef<ModuleOp> nominal;
  auto reference = build(*model, target, 1e-4, nominal);
  TimeGriddedData input = randomSpikes(*reference, 1e-4);
  input.numSamples = 1;
  input.values.resize(kSteps * input.numNeurons);
  llvm::StringMap<const TimeGriddedData *> inputs;
  inputs[reference->inputs().front().node] = &input;
  uint64_t trial = 0;
  for (auto _ : state) {
    OwningOpRef<ModuleOp> varied = model->clone();
    if (failed(applyMismatch(*varied, spec, /*seed=*/1, trial++))) {
      state.SkipWithError("mismatch does not apply");
      return;
    }
    OwningOpRef<ModuleOp> copy;
    auto simulator = build(*varied, target, 1e-4, copy);
    if (!simulator) {
      state.SkipWithError("a trial does not lower");
      return;
    }
    benchmark::DoNotOptimize(simulator->run(inputs));
  }
  state.counters["trials/s"] = benchmark::Counter(double(state.iterations()),
                                                  benchmark::Counter::kIsRate);
}
} // namespace

int main(int argc, char **argv) {
  for (const Case &c : kCases) {
    std::string name = std::string(c.fixture) + "/" + c.target;
    benchmark::RegisterBenchmark(("Ideal/" + name).c_str(), Run, c, false)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("Emulated/" + name).c_str(), Run, c, true)
        ->Unit(benchmark::kMillisecond);
  }
  for (const char *target : {(const char *)nullptr, "loihi2", "xylo-imu"})
    benchmark::RegisterBenchmark(
        (std::string("MonteCarloTrial/braille/") + (target ? target : "ideal"))
            .c_str(),
        Trials, target)
        ->Unit(benchmark::kMillisecond);
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
