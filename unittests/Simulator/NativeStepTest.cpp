//===- NativeStepTest.cpp - the JIT against the interpreter ---------------===//
//
// The JIT-compiled step and the interpreter on the same graphs and inputs:
// the real fixtures (when ../shared is present) in every method, and graphs
// written here. Each element's arithmetic is the interpreter's, op by op, so
// they agree to the bit except where the interpreter's dense synapse takes
// Eigen's matrix product (inputs above 40 % non-zero), whose summation order
// differs: there they agree to rounding. SimulatorTest runs its analytic
// references on both engines as well.
//
//===----------------------------------------------------------------------===//

#include "nirc/Simulator/NativeStep.h"
#include "AllocateStorage.h"
#include "nirc/InitAllDialects.h"
#include "nirc/Simulator/Simulator.h"
#include "nirc/Target/NIR/NIRFormat.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"

#include "gtest/gtest.h"

#include <cmath>
#include <filesystem>
#include <random>

using namespace mlir;
using namespace nirc;

namespace {

const std::filesystem::path kFixtures = NIRC_FIXTURES_DIR;

TimeGriddedData randomInput(std::mt19937_64 &rng, int64_t samples,
                            int64_t steps, int64_t neurons, double dt,
                            double activity, bool spikes) {
  TimeGriddedData data;
  data.numSamples = samples;
  data.numSteps = steps;
  data.numNeurons = neurons;
  data.dt = dt;
  std::bernoulli_distribution active(activity);
  std::uniform_real_distribution<double> level(0.0, 2.0);
  data.values.resize(samples * steps * neurons);
  for (double &value : data.values)
    value = active(rng) ? (spikes ? 1.0 : level(rng)) : 0.0;
  return data;
}

/// How far two runs' recordings are apart.
struct Difference {
  double worst = 0;       // max |a − b| over every recording
  int64_t unequal = 0;    // entries whose bits differ
  int64_t spikeFlips = 0; // entries of spiking outputs that differ
};

Difference compare(const SimulationResult &a, const SimulationResult &b) {
  Difference d;
  for (auto [x, y] :
       {std::pair{&a.outputs, &b.outputs}, {&a.probes, &b.probes}}) {
    EXPECT_EQ(x->size(), y->size());
    for (size_t r = 0; r < std::min(x->size(), y->size()); ++r) {
      const std::vector<double> &u = (*x)[r].second.values,
                                &v = (*y)[r].second.values;
      EXPECT_EQ(u.size(), v.size());
      bool spiking = llvm::all_of(u, [](double e) { return e == 0 || e == 1; });
      for (size_t k = 0; k < std::min(u.size(), v.size()); ++k) {
        d.worst = std::max(d.worst, std::abs(u[k] - v[k]));
        d.unequal += u[k] != v[k];
        d.spikeFlips += spiking && u[k] != v[k];
      }
    }
  }
  return d;
}

class NativeStepTest : public ::testing::Test {
protected:
  NativeStepTest() {
    DialectRegistry registry;
    registerAllDialects(registry);
    context.appendDialectRegistry(registry);
    context.loadAllAvailableDialects();
  }

  /// Lowers `module` in place and runs it on `engine`.
  std::optional<SimulationResult>
  run(ModuleOp module, const SimulationOptions &options,
      const TimeGriddedData &input, Engine engine,
      Precision precision = Precision::F64, unsigned threads = 1) {
    if (failed(lowerToSimulation(module, options))) {
      ADD_FAILURE() << "lowerToSimulation failed";
      return std::nullopt;
    }
    auto model = *module.getOps<sim::ModelOp>().begin();
    auto simulator = Simulator::create(model, engine, precision);
    if (failed(simulator)) {
      ADD_FAILURE() << "Simulator::create failed";
      return std::nullopt;
    }
    (*simulator)->setThreads(threads);
    llvm::StringMap<const TimeGriddedData *> inputs;
    inputs[(*simulator)->inputs().front().node] = &input;
    auto result = (*simulator)->run(inputs);
    if (!result) {
      ADD_FAILURE() << llvm::toString(result.takeError());
      return std::nullopt;
    }
    EXPECT_EQ(result->engine, engine);
    return std::move(*result);
  }

  /// Both engines on one graph (`load` makes a fresh copy for each).
  Difference runBoth(const std::function<OwningOpRef<ModuleOp>()> &load,
                     const SimulationOptions &options,
                     const TimeGriddedData &input) {
    OwningOpRef<ModuleOp> first = load(), second = load();
    if (!first || !second) {
      ADD_FAILURE() << "cannot load the graph";
      return {};
    }
    auto interpreted = run(*first, options, input, Engine::Interpret);
    auto compiled = run(*second, options, input, Engine::JIT);
    if (!interpreted || !compiled)
      return {};
    return compare(*interpreted, *compiled);
  }

  MLIRContext context;
};

#define SKIP_WITHOUT_FIXTURES()                                                \
  do {                                                                         \
    if (!std::filesystem::exists(kFixtures))                                   \
      GTEST_SKIP() << "no fixtures at " << kFixtures;                          \
  } while (false)

// Every fixture in every method, with a dense input (the interpreter's
// matrix products) and a sparse spike train (its event-driven sums, which
// are the JIT's order: bit for bit).
TEST_F(NativeStepTest, FixturesAgreeWithTheInterpreter) {
  SKIP_WITHOUT_FIXTURES();
  ScopedDiagnosticHandler quiet(&context, [](Diagnostic &diag) {
    return success(diag.getSeverity() != DiagnosticSeverity::Error);
  });
  struct Fixture {
    const char *file, *probe;
    int64_t inputs;
    double dt;
  };
  std::mt19937_64 rng(7);
  for (Fixture fixture :
       {Fixture{"braille_noDelay_bias_zero.nir", "lif1.lif.v", 12, 1e-4},
        {"braille_noDelay_noBias_subtract_subgraph.nir", "", 12, 1e-4},
        {"lif_norse.nir", "1.v", 1, 1e-4},
        {"lif_rockpool.nir", "", 1, 1e-4},
        {"two_lif_neurons.nir", "", 1, 1e-4},
        {"cnn_sinabs.nir", "", 2 * 34 * 34, 1.0}}) {
    auto load = [&] {
      return importNIRFile((kFixtures / fixture.file).string(), &context,
                           {/*repairEdges=*/true});
    };
    std::vector<std::string> probes;
    if (*fixture.probe)
      probes.push_back(fixture.probe);
    for (sim::Method method :
         {sim::Method::Exact, sim::Method::Euler, sim::Method::Adaptive}) {
      if (std::string(fixture.file) == "cnn_sinabs.nir" &&
          method == sim::Method::Adaptive)
        continue; // thousands of neurons through the integrator: too slow
      SCOPED_TRACE(std::string(fixture.file) + " " +
                   sim::stringifyMethod(method).str());
      int64_t samples = fixture.inputs > 100 ? 2 : 5;
      TimeGriddedData sparse =
          randomInput(rng, samples, 60, fixture.inputs, fixture.dt, 0.1, true);
      Difference exactOrder = runBoth(
          load, {fixture.dt, method, sim::ResetMode::ToValue, probes}, sparse);
      EXPECT_EQ(exactOrder.spikeFlips, 0);
      EXPECT_LT(exactOrder.worst, 1e-9);
      TimeGriddedData dense =
          randomInput(rng, samples, 60, fixture.inputs, fixture.dt, 0.9, false);
      Difference rounding = runBoth(
          load, {fixture.dt, method, sim::ResetMode::Subtract, probes}, dense);
      EXPECT_EQ(rounding.spikeFlips, 0);
      EXPECT_LT(rounding.worst, 1e-9);
    }
  }
}

// A feed-forward layer on spike trains sparse enough that the interpreter
// always adds columns: the two engines record the same bits.
TEST_F(NativeStepTest, EventDrivenSynapsesAreBitExact) {
  const char *text = R"mlir(
    nir.graph "g" {
      %x = nir.input "x" : !nir.signal<40>
      %w = nir.affine "fc"(%x) {weight = dense<0.37> : tensor<20x40xf64>,
          bias = dense<0.01> : tensor<20xf64>} : (!nir.signal<40>) -> !nir.signal<20>
      %l = nir.cuba_lif "lif"(%w) {tau_syn = dense<2.0e-3> : tensor<20xf64>,
          tau_mem = dense<5.0e-3> : tensor<20xf64>, r = dense<1.0> : tensor<20xf64>,
          v_leak = dense<0.0> : tensor<20xf64>, v_threshold = dense<0.3> : tensor<20xf64>,
          v_reset = dense<0.0> : tensor<20xf64>, w_in = dense<1.0> : tensor<20xf64>}
          : (!nir.signal<20>) -> !nir.signal<20>
      %o = nir.output "y"(%l) : (!nir.signal<20>) -> !nir.signal<20>
    })mlir";
  std::mt19937_64 rng(3);
  TimeGriddedData input = randomInput(rng, 4, 200, 40, 1e-4, 0.1, true);
  for (sim::Method method : {sim::Method::Exact, sim::Method::Euler}) {
    SCOPED_TRACE(sim::stringifyMethod(method).str());
    Difference d = runBoth(
        [&] { return parseSourceString<ModuleOp>(text, &context); },
        {1e-4, method, sim::ResetMode::ToValue, {"lif.v", "lif.i"}}, input);
    EXPECT_EQ(d.unequal, 0);
  }
}

// The JIT cuts a batch into blocks, one per thread; a sample's arithmetic
// does not depend on the others, so the bits do not depend on the cut
// (uneven blocks included).
TEST_F(NativeStepTest, ThreadsRecordTheSameBits) {
  const char *text = R"mlir(
    nir.graph "g" {
      %x = nir.input "x" : !nir.signal<30>
      %w = nir.linear "fc"(%x) {weight = dense<0.2> : tensor<10x30xf64>}
          : (!nir.signal<30>) -> !nir.signal<10>
      %l = nir.lif "lif"(%w) {tau = dense<2.0e-3> : tensor<10xf64>,
          r = dense<1.0> : tensor<10xf64>, v_leak = dense<0.0> : tensor<10xf64>,
          v_threshold = dense<0.5> : tensor<10xf64>, v_reset = dense<0.0> : tensor<10xf64>}
          : (!nir.signal<10>) -> !nir.signal<10>
      %o = nir.output "y"(%l) : (!nir.signal<10>) -> !nir.signal<10>
    })mlir";
  std::mt19937_64 rng(5);
  TimeGriddedData input = randomInput(rng, 43, 50, 30, 1e-4, 0.6, false);
  SimulationOptions options{
      1e-4, sim::Method::Exact, sim::ResetMode::ToValue, {"lif.v"}};
  OwningOpRef<ModuleOp> a = parseSourceString<ModuleOp>(text, &context),
                        b = parseSourceString<ModuleOp>(text, &context);
  auto one = run(*a, options, input, Engine::JIT, Precision::F64, 1);
  auto three = run(*b, options, input, Engine::JIT, Precision::F64, 3);
  ASSERT_TRUE(one && three);
  EXPECT_EQ(compare(*one, *three).unequal, 0);
  EXPECT_GT(llvm::count(one->outputs.front().second.values, 1.0), 0);
}

// float32 follows float64 to float32's rounding on a forward-Euler network.
TEST_F(NativeStepTest, Float32FollowsFloat64) {
  SKIP_WITHOUT_FIXTURES();
  std::mt19937_64 rng(11);
  TimeGriddedData input = randomInput(rng, 4, 100, 12, 1e-4, 0.2, true);
  auto load = [&] {
    return importNIRFile((kFixtures / "braille_noDelay_bias_zero.nir").string(),
                         &context);
  };
  ScopedDiagnosticHandler quiet(&context, [](Diagnostic &diag) {
    return success(diag.getSeverity() != DiagnosticSeverity::Error);
  });
  SimulationOptions options{
      1e-4, sim::Method::Euler, sim::ResetMode::ToValue, {"lif1.lif.v"}};
  OwningOpRef<ModuleOp> a = load(), b = load();
  auto f64 = run(*a, options, input, Engine::JIT);
  auto f32 = run(*b, options, input, Engine::JIT, Precision::F32);
  ASSERT_TRUE(f64 && f32);
  Difference d = compare(*f64, *f32);
  EXPECT_GT(d.unequal, 0); // it did compute in float32
  const std::vector<double> &spikes = f64->outputs.front().second.values;
  EXPECT_LE(d.spikeFlips, int64_t(spikes.size() / 1000));
}

// An emulated chip's integer registers have no native step yet: Auto runs
// the interpreter and says why, JIT is an error naming the op, and float32
// without the JIT is an error.
TEST_F(NativeStepTest, IntegerModelsFallBackToTheInterpreter) {
  OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(R"mlir(
    sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>, scheduled} {
      %x = sim.input "in" {node = "x"} : tensor<2xf64>
      %c = sim.adc %x {node = "c", unit = 0.5 : f64, offset = 0.0 : f64, bits = 8 : i64} : tensor<2xf64> -> tensor<2xi32>
      sim.output "out"(%c) {node = "out", unit = 0.5 : f64} : tensor<2xi32>
    })mlir",
                                                             &context);
  ASSERT_TRUE(module);
  ASSERT_TRUE(succeeded(test::allocateStorage(*module)));
  auto model = *module->getOps<sim::ModelOp>().begin();
  EXPECT_NE(NativeStep::whyCannotCompile(model).find("'sim.adc' holds a "
                                                     "chip's integer"),
            std::string::npos);
  std::string diagnostics;
  ScopedDiagnosticHandler capture(&context, [&](Diagnostic &diag) {
    diagnostics += diag.str() + "\n";
    return success();
  });
  auto automatic = Simulator::create(model, Engine::Auto);
  ASSERT_TRUE(succeeded(automatic));
  TimeGriddedData input = TimeGriddedData();
  input.numSamples = 1;
  input.numSteps = 2;
  input.numNeurons = 2;
  input.dt = 1.0;
  input.values = {0.2, 1.0, 0.7, 0.0};
  auto result = (*automatic)->run({{"in", &input}});
  ASSERT_TRUE(bool(result)) << llvm::toString(result.takeError());
  EXPECT_EQ(result->engine, Engine::Interpret);
  EXPECT_NE(result->whyInterpreted.find("sim.adc"), std::string::npos);
  EXPECT_TRUE(failed(Simulator::create(model, Engine::JIT)));
  EXPECT_NE(diagnostics.find("has no native step: 'sim.adc'"),
            std::string::npos)
      << diagnostics;
  EXPECT_TRUE(
      failed(Simulator::create(model, Engine::Interpret, Precision::F32)));
  EXPECT_NE(diagnostics.find("runs in float32 only on the JIT"),
            std::string::npos)
      << diagnostics;
}

} // namespace
