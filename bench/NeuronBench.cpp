//===- NeuronBench.cpp - the exact CubaLIF update against a fused loop ----===//
//
// The neuron part of the Braille network (recurrent CubaLIF, method=exact),
// on the states it goes through: the recurrent layer `lif1` of the fixtures
// in ../shared (skipped when absent) is run once for 64 samples of 100
// steps of 0.1 ms on Bernoulli(0.2) spikes in its 12 channels (the input of
// test/nirc/simulate-fixtures.mlir), and every neuron's current, membrane
// and input before each step is recorded. Each benchmark then updates all
// of them as the simulator's CubaStepKernel does: the propagator, and the
// crossing search where the membrane may cross. Argument 0 is
// braille_noDelay_bias_zero (reset to 0), 1 braille_noDelay_noBias_subtract
// (reset by subtraction).
//
// CubaReference: the kernel's test for a possible crossing (a maximum
// inside the step, however low, passes it), then the search by Brent's
// method and TOMS 748; CubaSearch: the same test, then the specialised
// search; CubaSearchMayCross: neuron::cubaMayCross as the test, which bounds
// the maximum; MayCrossLoopAlone: that loop with the stepper never called
// (wrong results, the loop's own cost); FusedPropagator: the same states
// through the propagator alone, one fused elementwise loop, the rate issue
// 16 compares with (the neuron part within 3x of it). Counters: the
// fraction of updates that call the exact stepper and that spike.
// JitCubaStep: the same updates as the JIT runs them (`nirc simulate`'s
// default engine): a `sim.cuba_step` of the layer's parameters whose
// current, membrane and input are the recorded ones, fed as inputs, so
// that the time is the compiled op's alone (its `time-ops` breakdown).
//
// Run: build/bin/nirc-neuron-bench
//
//===----------------------------------------------------------------------===//

#include "nirc/Dialect/Sim/SimPasses.h"
#include "nirc/Simulator/Neurons.h"
#include "nirc/Simulator/Simulator.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"

#include <benchmark/benchmark.h>
#include <hdf5.h>

#include <cstdio>
#include <random>
#include <string>
#include <vector>

using namespace nirc;

namespace {
constexpr int64_t kSamples = 64, kSteps = 100, kChannels = 12;
constexpr double kDt = 1e-4;

/// A dataset of a NIR file as doubles; empty when the file lacks it.
std::vector<double> readDataset(hid_t file, const std::string &path) {
  std::vector<double> values;
  if (H5Lexists(file, path.c_str(), H5P_DEFAULT) <= 0)
    return values;
  hid_t dataset = H5Dopen2(file, path.c_str(), H5P_DEFAULT);
  hid_t space = H5Dget_space(dataset);
  values.resize(H5Sget_simple_extent_npoints(space));
  H5Dread(dataset, H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT,
          values.data());
  H5Sclose(space);
  H5Dclose(dataset);
  return values;
}

/// The recorded states of one network's layer `lif1`, neuron fastest.
struct Population {
  int64_t size = 0;
  std::vector<neuron::CubaParams> params;
  std::vector<neuron::Spiking> spiking;
  std::vector<neuron::CubaPropagator> propagators;
  std::vector<double> current, membrane, input;
};

Population record(const char *fixture, bool subtract) {
  Population pop;
  std::string path = std::string(NIRC_FIXTURES_DIR "/") + fixture;
  hid_t file = H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
  if (file < 0)
    return pop;
  auto read = [&](const char *node, const char *field) {
    return readDataset(file, std::string("/node/nodes/") + node + "/" + field);
  };
  std::vector<double> tauSyn = read("lif1.lif", "tau_syn"),
                      tauMem = read("lif1.lif", "tau_mem"),
                      r = read("lif1.lif", "r"),
                      vLeak = read("lif1.lif", "v_leak"),
                      threshold = read("lif1.lif", "v_threshold"),
                      vReset = read("lif1.lif", "v_reset"),
                      wIn = read("lif1.lif", "w_in"),
                      w1 = read("fc1", "weight"), b1 = read("fc1", "bias"),
                      wRec = read("lif1.w_rec", "weight"),
                      bRec = read("lif1.w_rec", "bias");
  H5Fclose(file);
  int64_t n = pop.size = tauSyn.size();
  b1.resize(n), bRec.resize(n), vReset.resize(n); // absent: zero
  for (int64_t j = 0; j < n; ++j) {
    pop.params.push_back({tauSyn[j], tauMem[j], r[j], vLeak[j], wIn[j]});
    pop.spiking.push_back({threshold[j], vReset[j], subtract});
    pop.propagators.push_back(neuron::exactCubaPropagator(pop.params[j], kDt));
  }
  std::mt19937 rng(0);
  std::bernoulli_distribution spike(0.2);
  for (int64_t s = 0; s < kSamples; ++s) {
    std::vector<double> i(n), v(n), z(n), x(n);
    for (int64_t t = 0; t < kSteps; ++t) {
      // x = fc1(in) + w_rec(z of the step before).
      std::vector<double> in(kChannels);
      for (double &c : in)
        c = spike(rng);
      for (int64_t j = 0; j < n; ++j) {
        x[j] = b1[j] + bRec[j];
        for (int64_t c = 0; c < kChannels; ++c)
          x[j] += w1[j * kChannels + c] * in[c];
        for (int64_t k = 0; k < n; ++k)
          x[j] += wRec[j * n + k] * z[k];
      }
      for (int64_t j = 0; j < n; ++j) {
        pop.current.push_back(i[j]);
        pop.membrane.push_back(v[j]);
        pop.input.push_back(x[j]);
        neuron::StepResult next = neuron::stepCubaExact(
            pop.params[j], &pop.spiking[j], i[j], v[j], x[j], kDt);
        i[j] = next.current, v[j] = next.membrane, z[j] = next.spikes;
      }
    }
  }
  return pop;
}

const Population *population(int64_t which) {
  static Population pops[] = {
      record("braille_noDelay_bias_zero.nir", false),
      record("braille_noDelay_noBias_subtract.nir", true)};
  return pops[which].size ? &pops[which] : nullptr;
}

/// CubaStepKernel's test: the membrane starts or ends above threshold, or
/// has a maximum inside the step, however low.
bool kernelMayCross(const neuron::CubaParams &c, const neuron::Spiking &s,
                    double, double i, double v, double iEnd, double vEnd) {
  return vEnd > s.threshold || v > s.threshold ||
         ((c.vLeak - v + c.r * i) > 0 && (c.vLeak - vEnd + c.r * iEnd) < 0);
}

/// One pass of CubaStepKernel's loop over the recorded states: the
/// propagator, and `step` where `mayCross`.
template <typename MayCross, typename Step>
void runNeurons(benchmark::State &state, MayCross mayCross, Step step) {
  const Population *pop = population(state.range(0));
  if (!pop)
    return state.SkipWithError("../shared/fixtures absent");
  size_t total = pop->membrane.size();
  std::vector<double> iNext(total), vNext(total), z(total);
  int64_t searched = 0, spiked = 0;
  for (auto _ : state) {
    searched = spiked = 0;
    for (size_t base = 0; base < total; base += pop->size)
      for (int64_t j = 0; j < pop->size; ++j) {
        size_t k = base + j;
        const neuron::CubaPropagator &p = pop->propagators[j];
        const neuron::CubaParams &c = pop->params[j];
        const neuron::Spiking &s = pop->spiking[j];
        double i = pop->current[k], v = pop->membrane[k], x = pop->input[k];
        double iEnd = p.ii * i + p.ix * x;
        double vEnd = p.vv * v + p.vi * i + p.vx * x + p.offset;
        if (!mayCross(c, s, p.vv, i, v, iEnd, vEnd)) {
          iNext[k] = iEnd, vNext[k] = vEnd, z[k] = 0;
          continue;
        }
        ++searched;
        neuron::StepResult r = step(c, &s, i, v, x, kDt);
        iNext[k] = r.current, vNext[k] = r.membrane, z[k] = r.spikes;
        spiked += r.spikes > 0;
      }
    benchmark::DoNotOptimize(vNext.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations() * total);
  state.counters["searched"] = double(searched) / total;
  state.counters["spiked"] = double(spiked) / total;
}

void CubaReference(benchmark::State &state) {
  runNeurons(state, kernelMayCross, neuron::stepCubaExactReference);
}
void CubaSearch(benchmark::State &state) {
  runNeurons(state, kernelMayCross, neuron::stepCubaExact);
}
void CubaSearchMayCross(benchmark::State &state) {
  runNeurons(state, neuron::cubaMayCross, neuron::stepCubaExact);
}
void MayCrossLoopAlone(benchmark::State &state) {
  runNeurons(state, neuron::cubaMayCross,
             [](const neuron::CubaParams &, const neuron::Spiking *, double i,
                double v, double, double) {
               return neuron::StepResult{i, v, 0};
             });
}
void FusedPropagator(benchmark::State &state) {
  const Population *pop = population(state.range(0));
  if (!pop)
    return state.SkipWithError("../shared/fixtures absent");
  size_t total = pop->membrane.size();
  std::vector<double> iNext(total), vNext(total);
  for (auto _ : state) {
    for (size_t base = 0; base < total; base += pop->size)
      for (int64_t j = 0; j < pop->size; ++j) {
        size_t k = base + j;
        const neuron::CubaPropagator &p = pop->propagators[j];
        double i = pop->current[k], v = pop->membrane[k], x = pop->input[k];
        iNext[k] = p.ii * i + p.ix * x;
        vNext[k] = p.vv * v + p.vi * i + p.vx * x + p.offset;
      }
    benchmark::DoNotOptimize(vNext.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations() * total);
}

/// `values` as a dense attribute of `size` doubles, to the last bit.
std::string denseOf(const std::vector<double> &values) {
  std::string text = "dense<[";
  char number[32];
  for (size_t k = 0; k < values.size(); ++k) {
    std::snprintf(number, sizeof(number), "%.17e", values[k]);
    text += (k ? ", " : "") + std::string(number);
  }
  return text + "]> : tensor<" + std::to_string(values.size()) + "xf64>";
}

/// The recorded states as the inputs "i", "v", "x" of a run of 64 samples.
TimeGriddedData asInput(const Population &pop,
                        const std::vector<double> &values) {
  TimeGriddedData data;
  data.numSamples = kSamples;
  data.numSteps = kSteps;
  data.numNeurons = pop.size;
  data.dt = kDt;
  data.values = values;
  return data;
}

void JitCubaStep(benchmark::State &state) {
  const Population *pop = population(state.range(0));
  if (!pop)
    return state.SkipWithError("../shared/fixtures absent");
  std::vector<double> tauSyn, tauMem, r, vLeak, wIn, threshold, resetValue;
  for (int64_t j = 0; j < pop->size; ++j) {
    tauSyn.push_back(pop->params[j].tauSyn);
    tauMem.push_back(pop->params[j].tauMem);
    r.push_back(pop->params[j].r);
    vLeak.push_back(pop->params[j].vLeak);
    wIn.push_back(pop->params[j].wIn);
    threshold.push_back(pop->spiking[j].threshold);
    resetValue.push_back(pop->spiking[j].resetValue);
  }
  std::string reset = pop->spiking.front().subtract
                          ? "#sim.reset_mode<subtract>"
                          : "#sim.reset_mode<to_v_reset>";
  std::string type = "tensor<" + std::to_string(pop->size) + "xf64>";
  std::string text =
      "sim.model @lif1 attributes {dt = 1.0e-04 : f64, method = "
      "#sim.method<exact>, "
      "reset = " +
      reset +
      ", scheduled} {\n"
      "  %i = sim.input \"i\" {node = \"lif1\"} : " +
      type +
      "\n"
      "  %v = sim.input \"v\" {node = \"lif1\"} : " +
      type +
      "\n"
      "  %x = sim.input \"x\" {node = \"lif1\"} : " +
      type +
      "\n"
      "  %in, %vn, %z = sim.cuba_step %i, %v, %x {node = \"lif1\", tau_syn = " +
      denseOf(tauSyn) + ", tau_mem = " + denseOf(tauMem) +
      ", r = " + denseOf(r) + ", v_leak = " + denseOf(vLeak) +
      ", w_in = " + denseOf(wIn) + ", v_threshold = " + denseOf(threshold) +
      ", v_reset = " + denseOf(resetValue) + ", reset = " + reset +
      ", solver = #sim.solver<exact>} : " + type +
      "\n"
      "  sim.output \"z\"(%z) {node = \"lif1\"} : " +
      type + "\n}\n";
  mlir::MLIRContext context;
  context.loadDialect<sim::SimDialect>();
  auto module = mlir::parseSourceString<mlir::ModuleOp>(text, &context);
  mlir::PassManager pm(&context);
  pm.addNestedPass<sim::ModelOp>(sim::createAllocateStorage());
  if (!module || mlir::failed(pm.run(*module)))
    return state.SkipWithError("the sim.cuba_step model did not build");
  auto simulator =
      Simulator::create(*module->getOps<sim::ModelOp>().begin(), Engine::JIT,
                        Precision::F64, /*timeEachOp=*/true);
  if (mlir::failed(simulator))
    return state.SkipWithError("the sim.cuba_step model did not compile");
  (*simulator)->setThreads(1);
  TimeGriddedData current = asInput(*pop, pop->current),
                  membrane = asInput(*pop, pop->membrane),
                  input = asInput(*pop, pop->input);
  llvm::StringMap<const TimeGriddedData *> inputs{
      {"i", &current}, {"v", &membrane}, {"x", &input}};
  for (auto _ : state) {
    llvm::Expected<SimulationResult> result = (*simulator)->run(inputs);
    if (!result) {
      llvm::consumeError(result.takeError());
      return state.SkipWithError("the run failed");
    }
    state.SetIterationTime(result->secondsByOp["sim.cuba_step"]);
  }
  state.SetItemsProcessed(state.iterations() * pop->membrane.size());
}
} // namespace

BENCHMARK(CubaReference)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(CubaSearch)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(CubaSearchMayCross)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(MayCrossLoopAlone)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(FusedPropagator)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(JitCubaStep)
    ->Arg(0)
    ->Arg(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
