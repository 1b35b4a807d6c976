//===- SimulatorTest.cpp - the CPU simulator against references -----------===//
//
// Runs NIR graphs through lowerToSimulation and the Simulator, and compares
// what they record with references computed here: analytic solutions, the
// matrix exponential, hand-written forward Euler loops and naive
// convolution loops. The real fixtures are used when ../shared is present.
//
//===----------------------------------------------------------------------===//

#include "nirc/Simulator/Simulator.h"
#include "AllocateStorage.h"
#include "nirc/Dialect/Sim/SimOps.h"
#include "nirc/InitAllDialects.h"
#include "nirc/Simulator/Neurons.h"
#include "nirc/Target/NIR/NIRFormat.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"

#include <Eigen/Dense>
#include <unsupported/Eigen/MatrixFunctions>

#include "gtest/gtest.h"

#include <array>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace mlir;
using namespace nirc;

namespace {

const std::filesystem::path kFixtures = NIRC_FIXTURES_DIR;
constexpr double kInf = std::numeric_limits<double>::infinity();

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

/// `dense<...> : tensor<...xf64>` with nested brackets for `shape`, every
/// value printed so that it parses back to the same double.
std::string dense(const std::vector<double> &values,
                  const std::vector<int64_t> &shape) {
  std::string out = "dense<";
  size_t next = 0;
  auto print = [&](auto &self, size_t axis) -> void {
    if (axis == shape.size()) {
      char buffer[64];
      std::snprintf(buffer, sizeof(buffer), "%.17e", values[next++]);
      out += buffer;
      return;
    }
    out += "[";
    for (int64_t k = 0; k < shape[axis]; ++k) {
      if (k)
        out += ", ";
      self(self, axis + 1);
    }
    out += "]";
  };
  print(print, 0);
  out += "> : tensor<";
  for (int64_t d : shape)
    out += std::to_string(d) + "x";
  out += "f64>";
  return out;
}

/// A vector literal: `dense<[a, b, ...]> : tensor<Nxf64>`.
std::string dense(const std::vector<double> &values) {
  return dense(values, {int64_t(values.size())});
}

/// Replaces every `{NAME}` in `text` by its value.
std::string fill(std::string text,
                 const std::vector<std::pair<std::string, std::string>> &subs) {
  for (const auto &[name, value] : subs) {
    std::string key = "{" + name + "}";
    for (size_t at = text.find(key); at != std::string::npos;
         at = text.find(key, at + value.size()))
      text.replace(at, key.size(), value);
  }
  return text;
}

std::vector<double> randomVector(std::mt19937_64 &rng, size_t n, double lo,
                                 double hi) {
  std::uniform_real_distribution<double> dist(lo, hi);
  std::vector<double> out(n);
  for (double &v : out)
    v = dist(rng);
  return out;
}

TimeGriddedData makeData(int64_t samples, int64_t steps, int64_t neurons,
                         double dt) {
  TimeGriddedData data;
  data.numSamples = samples;
  data.numSteps = steps;
  data.numNeurons = neurons;
  data.dt = dt;
  data.values.assign(samples * steps * neurons, 0.0);
  return data;
}

TimeGriddedData randomData(std::mt19937_64 &rng, int64_t samples, int64_t steps,
                           int64_t neurons, double dt, double lo, double hi) {
  TimeGriddedData data = makeData(samples, steps, neurons, dt);
  data.values = randomVector(rng, data.values.size(), lo, hi);
  return data;
}

/// Bernoulli(p) spikes.
TimeGriddedData randomSpikes(std::mt19937_64 &rng, int64_t samples,
                             int64_t steps, int64_t neurons, double dt,
                             double p) {
  TimeGriddedData data = makeData(samples, steps, neurons, dt);
  std::bernoulli_distribution spike(p);
  for (double &v : data.values)
    v = spike(rng);
  return data;
}

double get(const TimeGriddedData &data, int64_t sample, int64_t step,
           int64_t neuron) {
  return data
      .values[(sample * data.numSteps + step) * data.numNeurons + neuron];
}

/// One sample of a batch, as a batch of one.
TimeGriddedData sampleOf(const TimeGriddedData &data, int64_t sample) {
  TimeGriddedData out = makeData(1, data.numSteps, data.numNeurons, data.dt);
  auto begin = data.values.begin() + sample * data.numSteps * data.numNeurons;
  std::copy(begin, begin + out.values.size(), out.values.begin());
  return out;
}

const TimeGriddedData *
find(const std::vector<std::pair<SignalPort, TimeGriddedData>> &recordings,
     llvm::StringRef node, llvm::StringRef observable = "output") {
  for (const auto &[port, data] : recordings)
    if (port.node == node && port.observable == observable)
      return &data;
  return nullptr;
}

const SignalPort *
findPort(const std::vector<std::pair<SignalPort, TimeGriddedData>> &recordings,
         llvm::StringRef node) {
  for (const auto &[port, data] : recordings)
    if (port.node == node)
      return &port;
  return nullptr;
}

/// max over all entries of |a − b|; +inf if the grids differ.
double maxAbsDiff(const TimeGriddedData &a, const TimeGriddedData &b) {
  if (a.numSamples != b.numSamples || a.numSteps != b.numSteps ||
      a.numNeurons != b.numNeurons)
    return kInf;
  double worst = 0;
  for (size_t k = 0; k < a.values.size(); ++k)
    worst = std::max(worst, std::abs(a.values[k] - b.values[k]));
  return worst;
}

double maxAbs(const TimeGriddedData &a) {
  double worst = 0;
  for (double v : a.values)
    worst = std::max(worst, std::abs(v));
  return worst;
}

/// Every test runs on both engines: the interpreter and the JIT-compiled
/// step, which must meet the same references.
class SimulatorTest : public ::testing::TestWithParam<Engine> {
protected:
  SimulatorTest() {
    DialectRegistry registry;
    registerAllDialects(registry);
    context.appendDialectRegistry(registry);
    context.loadAllAvailableDialects();
  }

  OwningOpRef<ModuleOp> parse(llvm::StringRef text) {
    return parseSourceString<ModuleOp>(text, &context);
  }

  /// Lowers `module` (in place) and builds its simulator; null on failure.
  std::unique_ptr<Simulator> build(ModuleOp module,
                                   const SimulationOptions &options) {
    if (failed(lowerToSimulation(module, options))) {
      ADD_FAILURE() << "lowerToSimulation failed";
      return nullptr;
    }
    auto models = module.getOps<sim::ModelOp>();
    if (models.empty()) {
      ADD_FAILURE() << "no sim.model after lowering";
      return nullptr;
    }
    FailureOr<std::unique_ptr<Simulator>> simulator =
        Simulator::create(*models.begin(), GetParam());
    if (failed(simulator)) {
      ADD_FAILURE() << "Simulator::create failed";
      return nullptr;
    }
    return std::move(*simulator);
  }

  std::optional<SimulationResult>
  run(Simulator &simulator,
      const llvm::StringMap<const TimeGriddedData *> &inputs) {
    llvm::Expected<SimulationResult> result = simulator.run(inputs);
    if (!result) {
      ADD_FAILURE() << "run failed: " << llvm::toString(result.takeError());
      return std::nullopt;
    }
    return std::move(*result);
  }

  /// Parses, lowers, builds and runs; nullopt (with a failure) on error.
  std::optional<SimulationResult>
  simulate(llvm::StringRef text, const SimulationOptions &options,
           const llvm::StringMap<const TimeGriddedData *> &inputs) {
    OwningOpRef<ModuleOp> module = parse(text);
    if (!module) {
      ADD_FAILURE() << "cannot parse:\n" << text.str();
      return std::nullopt;
    }
    return simulate(*module, options, inputs);
  }

  std::optional<SimulationResult>
  simulate(ModuleOp module, const SimulationOptions &options,
           const llvm::StringMap<const TimeGriddedData *> &inputs) {
    std::unique_ptr<Simulator> simulator = build(module, options);
    if (!simulator)
      return std::nullopt;
    return run(*simulator, inputs);
  }

  MLIRContext context;
};

INSTANTIATE_TEST_SUITE_P(Engines, SimulatorTest,
                         ::testing::Values(Engine::Interpret, Engine::JIT),
                         [](const ::testing::TestParamInfo<Engine> &info) {
                           return info.param == Engine::JIT ? "JIT"
                                                            : "Interpreter";
                         });

//===----------------------------------------------------------------------===//
// Linear neurons against analytic solutions
//===----------------------------------------------------------------------===//

TEST_P(SimulatorTest, LIStepResponse) {
  const std::vector<double> tau = {5e-3, 2e-2, 1e-1}, r = {1.0, 2.0, 0.5},
                            vLeak = {0.0, -0.5, 0.3}, current = {1.0, 0.7, -2};
  const double dt = 1e-3;
  const int steps = 60;
  std::string text =
      fill(R"mlir(
    nir.graph {
      %x = nir.input "in" : !nir.signal<3>
      %v = nir.li "li"(%x) {tau = {TAU}, r = {R}, v_leak = {VLEAK}}
          : (!nir.signal<3>) -> !nir.signal<3>
      %o = nir.output "out"(%v) : (!nir.signal<3>) -> !nir.signal<3>
    }
  )mlir",
           {{"TAU", dense(tau)}, {"R", dense(r)}, {"VLEAK", dense(vLeak)}});
  TimeGriddedData input = makeData(1, steps, 3, dt);
  for (int k = 0; k < steps; ++k)
    for (int j = 0; j < 3; ++j)
      input.at(0, k, j) = current[j];

  SimulationOptions exact{
      dt, sim::Method::Exact, sim::ResetMode::ToValue, {"li.v"}};
  auto result = simulate(text, exact, {{"in", &input}});
  ASSERT_TRUE(result);
  const TimeGriddedData *out = find(result->outputs, "out");
  const TimeGriddedData *probe = find(result->probes, "li", "v");
  ASSERT_TRUE(out && probe);
  ASSERT_EQ(out->numSteps, steps);
  for (int k = 0; k < steps; ++k)
    for (int j = 0; j < 3; ++j) {
      // Step k ends at t_k = (k + 1) dt, from v = v_leak at t = 0.
      double t = (k + 1) * dt;
      double expected = vLeak[j] + r[j] * current[j] * -std::expm1(-t / tau[j]);
      EXPECT_NEAR(get(*out, 0, k, j), expected, 1e-12) << k << ", " << j;
      EXPECT_EQ(get(*probe, 0, k, j), get(*out, 0, k, j));
    }

  SimulationOptions euler{dt, sim::Method::Euler, sim::ResetMode::ToValue, {}};
  result = simulate(text, euler, {{"in", &input}});
  ASSERT_TRUE(result);
  out = find(result->outputs, "out");
  ASSERT_TRUE(out);
  for (int j = 0; j < 3; ++j) {
    double v = vLeak[j];
    for (int k = 0; k < steps; ++k) {
      v = v + dt / tau[j] * (vLeak[j] - v + r[j] * current[j]);
      EXPECT_NEAR(get(*out, 0, k, j), v, 1e-12) << k << ", " << j;
    }
  }
}

/// The response of the Cuba membrane to a unit step of input from rest
/// (v_leak = 0): S(t) = r w_in (1 − e^{−t/tau_m} − K(t)), with K the
/// membrane's response to a decaying current, tau_s/(tau_s − tau_m)
/// (e^{−t/tau_s} − e^{−t/tau_m}), or t/tau e^{−t/tau} when they are equal.
double cubaStepResponse(double tauSyn, double tauMem, double r, double wIn,
                        double t) {
  if (t <= 0)
    return 0;
  double k = tauSyn == tauMem
                 ? t / tauMem * std::exp(-t / tauMem)
                 : tauSyn / (tauSyn - tauMem) *
                       (std::exp(-t / tauSyn) - std::exp(-t / tauMem));
  return r * wIn * (1 - std::exp(-t / tauMem) - k);
}

TEST_P(SimulatorTest, CubaLIImpulseResponse) {
  // Input 1 during step 0 only: a pulse of width dt, i.e. a unit step at
  // t = 0 minus one at t = dt, so v(t) = S(t) − S(t − dt) and
  // i(t) = w_in ((1 − e^{−t/tau_s}) − (1 − e^{−(t−dt)/tau_s})).
  const double tau = 4e-3;
  const std::vector<double> tauSyn = {2e-3, tau, tau * (1 + 1e-9), 8e-3},
                            tauMem = {5e-3, tau, tau, 3e-3},
                            r = {1.0, 2.0, 1.5, 0.7}, wIn = {1.0, 0.5, 2.0, 3};
  const double dt = 1e-3;
  const int steps = 40;
  std::string text = fill(R"mlir(
    nir.graph {
      %x = nir.input "in" : !nir.signal<4>
      %v = nir.cuba_li "cuba"(%x) {tau_syn = {TS}, tau_mem = {TM}, r = {R},
          v_leak = dense<0.0> : tensor<4xf64>, w_in = {WIN}}
          : (!nir.signal<4>) -> !nir.signal<4>
      %o = nir.output "out"(%v) : (!nir.signal<4>) -> !nir.signal<4>
    }
  )mlir",
                          {{"TS", dense(tauSyn)},
                           {"TM", dense(tauMem)},
                           {"R", dense(r)},
                           {"WIN", dense(wIn)}});
  TimeGriddedData input = makeData(1, steps, 4, dt);
  for (int j = 0; j < 4; ++j)
    input.at(0, 0, j) = 1;
  SimulationOptions options{
      dt, sim::Method::Exact, sim::ResetMode::ToValue, {"cuba.v", "cuba.i"}};
  auto result = simulate(text, options, {{"in", &input}});
  ASSERT_TRUE(result);
  const TimeGriddedData *v = find(result->probes, "cuba", "v");
  const TimeGriddedData *i = find(result->probes, "cuba", "i");
  const TimeGriddedData *out = find(result->outputs, "out");
  ASSERT_TRUE(v && i && out);
  EXPECT_EQ(maxAbsDiff(*v, *out), 0.0);

  for (int j = 0; j < 4; ++j) {
    // Reference 1: exact propagation on (i, v, x) with Eigen's expm, the
    // input 1 over step 0 and 0 afterwards.
    Eigen::Matrix3d m = Eigen::Matrix3d::Zero();
    m(0, 0) = -1 / tauSyn[j];
    m(0, 2) = wIn[j] / tauSyn[j];
    m(1, 0) = r[j] / tauMem[j];
    m(1, 1) = -1 / tauMem[j];
    Eigen::Matrix3d step = (m * dt).exp();
    Eigen::Vector3d state(0, 0, 1);
    double peak = 0;
    for (int k = 0; k < steps; ++k) {
      state = step * state;
      state[2] = 0;
      peak = std::max(peak, std::abs(state[1]));
      EXPECT_NEAR(get(*v, 0, k, j), state[1], 1e-12) << k << ", " << j;
      EXPECT_NEAR(get(*i, 0, k, j), state[0], 1e-12) << k << ", " << j;
    }
    EXPECT_GT(peak, 0.05); // the response is not trivially small
    // Reference 2: the closed form (not for the nearly equal pair, whose
    // difference of exponentials cancels catastrophically in double).
    if (j == 2)
      continue;
    for (int k = 0; k < steps; ++k) {
      double t = (k + 1) * dt;
      double expectedV =
          cubaStepResponse(tauSyn[j], tauMem[j], r[j], wIn[j], t) -
          cubaStepResponse(tauSyn[j], tauMem[j], r[j], wIn[j], t - dt);
      double expectedI =
          wIn[j] * (std::exp(-(t - dt) / tauSyn[j]) - std::exp(-t / tauSyn[j]));
      EXPECT_NEAR(get(*v, 0, k, j), expectedV, 1e-12) << k << ", " << j;
      EXPECT_NEAR(get(*i, 0, k, j), expectedI, 1e-12) << k << ", " << j;
    }
  }
}

TEST_P(SimulatorTest, CubaLIFSpikesOnPeakInsideStep) {
  // Step 0 charges a fast synapse (x = 10) while the slow membrane lags;
  // step 1 drives it strongly negative (x = −30): the membrane still rises
  // on the remaining current, peaks inside step 1, and ends below where it
  // began. θ between the step-boundary values and the peak must give a
  // spike in step 1 although the membrane is below θ at both its ends.
  const double tauSyn = 1e-3, tauMem = 1e-2, dt = 2e-3, x0 = 10, x1 = -30;
  Eigen::Matrix3d m = Eigen::Matrix3d::Zero();
  m << -1 / tauSyn, 0, 1 / tauSyn, 1 / tauMem, -1 / tauMem, 0, 0, 0, 0;
  auto propagate = [&](Eigen::Vector3d state, double t) -> Eigen::Vector3d {
    return (m * t).exp() * state;
  };
  Eigen::Vector3d end0 = propagate({0, 0, x0}, dt);
  Eigen::Vector3d start1(end0[0], end0[1], x1);
  double peak = -kInf, tPeak = 0;
  const int grid = 2000;
  for (int g = 1; g <= grid; ++g) {
    double t = dt * g / grid;
    double v = propagate(start1, t)[1];
    if (v > peak)
      peak = v, tPeak = t;
  }
  double end1 = propagate(start1, dt)[1];
  ASSERT_GT(tPeak, 0.05 * dt);
  ASSERT_LT(tPeak, 0.95 * dt);
  double below = std::max(end0[1], end1);
  ASSERT_GT(peak - below, 0.05);
  double theta = below + 0.5 * (peak - below);
  // The crossing before the peak, the reset to 0 there, and the rest.
  double lo = 0, hi = tPeak;
  for (int k = 0; k < 200; ++k) {
    double mid = 0.5 * (lo + hi);
    (propagate(start1, mid)[1] > theta ? hi : lo) = mid;
  }
  double tCross = 0.5 * (lo + hi);
  Eigen::Vector3d atCross = propagate(start1, tCross);
  atCross[1] = 0;
  Eigen::Vector3d expected1 = propagate(atCross, dt - tCross);
  for (int g = 1; g <= 100; ++g) // no second crossing after the reset
    ASSERT_LT(propagate(atCross, (dt - tCross) * g / 100)[1], theta);

  std::string text = fill(R"mlir(
    nir.graph {
      %x = nir.input "in" : !nir.signal<1>
      %z = nir.cuba_lif "cuba"(%x) {tau_syn = {TS}, tau_mem = {TM},
          r = dense<1.0> : tensor<1xf64>, v_leak = dense<0.0> : tensor<1xf64>,
          v_threshold = {TH}, v_reset = dense<0.0> : tensor<1xf64>,
          w_in = dense<1.0> : tensor<1xf64>}
          : (!nir.signal<1>) -> !nir.signal<1>
      %o = nir.output "out"(%z) : (!nir.signal<1>) -> !nir.signal<1>
    }
  )mlir",
                          {{"TS", dense({tauSyn})},
                           {"TM", dense({tauMem})},
                           {"TH", dense({theta})}});
  TimeGriddedData input = makeData(1, 2, 1, dt);
  input.at(0, 0, 0) = x0;
  input.at(0, 1, 0) = x1;
  for (sim::Method method : {sim::Method::Exact, sim::Method::Adaptive}) {
    SCOPED_TRACE(sim::stringifyMethod(method).str());
    auto result = simulate(
        text, {dt, method, sim::ResetMode::ToValue, {"cuba.v", "cuba.i"}},
        {{"in", &input}});
    ASSERT_TRUE(result);
    const TimeGriddedData *z = find(result->outputs, "out");
    const TimeGriddedData *v = find(result->probes, "cuba", "v");
    const TimeGriddedData *i = find(result->probes, "cuba", "i");
    ASSERT_TRUE(z && v && i);
    EXPECT_EQ(get(*z, 0, 0, 0), 0);
    EXPECT_EQ(get(*z, 0, 1, 0), 1);
    EXPECT_NEAR(get(*v, 0, 0, 0), end0[1], 1e-10);
    EXPECT_NEAR(get(*v, 0, 1, 0), expected1[1], 1e-10);
    EXPECT_NEAR(get(*i, 0, 1, 0), expected1[0], 1e-10);
  }
}

//===----------------------------------------------------------------------===//
// Integrators
//===----------------------------------------------------------------------===//

TEST_P(SimulatorTest, IntegratorSumsItsInput) {
  const std::vector<double> r = {1.0, 2.5};
  const double dt = 1e-3;
  const int steps = 50;
  std::string text = fill(R"mlir(
    nir.graph {
      %x = nir.input "in" : !nir.signal<2>
      %v = nir.i "i"(%x) {r = {R}} : (!nir.signal<2>) -> !nir.signal<2>
      %o = nir.output "out"(%v) : (!nir.signal<2>) -> !nir.signal<2>
    }
  )mlir",
                          {{"R", dense(r)}});
  std::mt19937_64 rng(1);
  TimeGriddedData input = randomData(rng, 1, steps, 2, dt, -1, 1);
  for (sim::Method method :
       {sim::Method::Exact, sim::Method::Euler, sim::Method::Adaptive}) {
    SCOPED_TRACE(sim::stringifyMethod(method).str());
    auto result = simulate(text, {dt, method, sim::ResetMode::ToValue, {}},
                           {{"in", &input}});
    ASSERT_TRUE(result);
    const TimeGriddedData *out = find(result->outputs, "out");
    ASSERT_TRUE(out);
    for (int j = 0; j < 2; ++j) {
      double v = 0;
      for (int k = 0; k < steps; ++k) {
        v += r[j] * dt * get(input, 0, k, j);
        EXPECT_NEAR(get(*out, 0, k, j), v, 1e-12) << k << ", " << j;
      }
    }
  }
}

/// The exact integrate-and-fire neuron on a ramp of slope `slope` from
/// v = 0: crossings of `theta`, each followed by `vAfter`; per step the
/// number of crossings and the membrane at its end. `margin` is the
/// smallest distance (in steps) of a crossing from a step boundary.
struct RampReference {
  std::vector<int> spikes;
  std::vector<double> membrane;
  double margin = kInf;
};

RampReference rampReference(double slope, double theta, double vAfter,
                            double dt, int steps) {
  RampReference ref;
  double next = theta / slope, resetTime = 0, base = 0;
  for (int k = 0; k < steps; ++k) {
    double end = (k + 1) * dt;
    int count = 0;
    while (next <= end) {
      ++count;
      ref.margin =
          std::min(ref.margin, std::abs(next / dt - std::round(next / dt)));
      base = vAfter;
      resetTime = next;
      next += (theta - vAfter) / slope;
    }
    ref.spikes.push_back(count);
    ref.membrane.push_back(base + slope * (end - resetTime));
  }
  return ref;
}

TEST_P(SimulatorTest, IntegrateAndFireRampLocatesCrossings) {
  // Constant input: the membrane is a ramp that crosses θ = 1 at known
  // times. Neurons: a crossing every 2.37 steps; the same with a reset to
  // −0.5 (every 3.555 steps after the first); a crossing every 0.43 steps
  // (two or three per step).
  const double dt = 1e-3;
  const int steps = 25;
  const std::vector<double> slope = {1 / (2.37 * dt), 1 / (2.37 * dt),
                                     1 / (0.43 * dt)};
  const std::vector<double> r = {1.0, 1.0, 2.0}, vReset = {0.0, -0.5, 0.0};
  std::string text = fill(R"mlir(
    nir.graph {
      %x = nir.input "in" : !nir.signal<3>
      %z = nir.if "if"(%x) {r = {R}, v_threshold = dense<1.0> : tensor<3xf64>,
          v_reset = {VRESET}} : (!nir.signal<3>) -> !nir.signal<3>
      %o = nir.output "out"(%z) : (!nir.signal<3>) -> !nir.signal<3>
    }
  )mlir",
                          {{"R", dense(r)}, {"VRESET", dense(vReset)}});
  TimeGriddedData input = makeData(1, steps, 3, dt);
  for (int k = 0; k < steps; ++k)
    for (int j = 0; j < 3; ++j)
      input.at(0, k, j) = slope[j] / r[j];
  for (sim::ResetMode reset :
       {sim::ResetMode::ToValue, sim::ResetMode::Subtract}) {
    SCOPED_TRACE(sim::stringifyResetMode(reset).str());
    bool subtract = reset == sim::ResetMode::Subtract;
    auto result = simulate(text, {dt, sim::Method::Exact, reset, {"if.v"}},
                           {{"in", &input}});
    ASSERT_TRUE(result);
    const TimeGriddedData *z = find(result->outputs, "out");
    const TimeGriddedData *v = find(result->probes, "if", "v");
    ASSERT_TRUE(z && v);
    int total = 0;
    for (int j = 0; j < 3; ++j) {
      // At the crossing the membrane is exactly θ, so subtract leaves 0.
      RampReference ref =
          rampReference(slope[j], 1.0, subtract ? 0.0 : vReset[j], dt, steps);
      ASSERT_GT(ref.margin, 1e-3) << "crossing too close to a step boundary";
      for (int k = 0; k < steps; ++k) {
        EXPECT_EQ(get(*z, 0, k, j), ref.spikes[k]) << k << ", " << j;
        EXPECT_NEAR(get(*v, 0, k, j), ref.membrane[k], 1e-12) << k << ", " << j;
        total += ref.spikes[k];
      }
    }
    EXPECT_GT(total, 60);
  }
}

//===----------------------------------------------------------------------===//
// Delay
//===----------------------------------------------------------------------===//

TEST_P(SimulatorTest, DelayShiftsByWholeSteps) {
  const double dt = 1e-3;
  const int steps = 12;
  std::mt19937_64 rng(3);
  TimeGriddedData input = randomData(rng, 2, steps, 4, dt, -1, 1);
  auto graph = [&](const std::vector<double> &delay) {
    return fill(R"mlir(
      nir.graph {
        %x = nir.input "in" : !nir.signal<4>
        %d = nir.delay "d"(%x) {delay = {DELAY}}
            : (!nir.signal<4>) -> !nir.signal<4>
        %o = nir.output "out"(%d) : (!nir.signal<4>) -> !nir.signal<4>
      }
    )mlir",
                {{"DELAY", dense(delay)}});
  };
  struct Case {
    std::vector<double> delay;
    std::vector<int> steps;
    bool warns;
  };
  std::vector<Case> cases = {
      {{0, 1e-3, 3e-3, 2e-3}, {0, 1, 3, 2}, false},
      // Not multiples of dt: rounded to the nearest step, with a warning.
      {{2.4e-3, 1.6e-3, 0.3e-3, 3e-3}, {2, 2, 0, 3}, true},
  };
  for (const Case &c : cases) {
    std::vector<std::string> warnings;
    ScopedDiagnosticHandler handler(&context, [&](Diagnostic &diag) {
      if (diag.getSeverity() == DiagnosticSeverity::Warning)
        warnings.push_back(diag.str());
      return success(diag.getSeverity() != DiagnosticSeverity::Error);
    });
    auto result = simulate(
        graph(c.delay), {dt, sim::Method::Exact, sim::ResetMode::ToValue, {}},
        {{"in", &input}});
    ASSERT_TRUE(result);
    const TimeGriddedData *out = find(result->outputs, "out");
    ASSERT_TRUE(out);
    for (int s = 0; s < 2; ++s)
      for (int k = 0; k < steps; ++k)
        for (int j = 0; j < 4; ++j) {
          int from = k - c.steps[j];
          double expected = from < 0 ? 0.0 : get(input, s, from, j);
          EXPECT_EQ(get(*out, s, k, j), expected)
              << "sample " << s << " step " << k << " element " << j;
        }
    EXPECT_EQ(!warnings.empty(), c.warns);
    if (c.warns && !warnings.empty()) {
      EXPECT_NE(warnings.front().find("rounded"), std::string::npos)
          << warnings.front();
    }
  }
}

//===----------------------------------------------------------------------===//
// Synapses against naive loops
//===----------------------------------------------------------------------===//

/// PyTorch's Conv2d on one image `[C_in, H, W]`, with padding
/// [top, left, bottom, right].
std::vector<double>
referenceConv2d(const std::vector<double> &in, int64_t cIn, int64_t h,
                int64_t w, const std::vector<double> &weight,
                const std::vector<double> &bias, int64_t cOut, int64_t kH,
                int64_t kW, std::array<int64_t, 2> stride,
                std::array<int64_t, 4> pad, std::array<int64_t, 2> dilation,
                int64_t groups, int64_t &outH, int64_t &outW) {
  outH = (h + pad[0] + pad[2] - dilation[0] * (kH - 1) - 1) / stride[0] + 1;
  outW = (w + pad[1] + pad[3] - dilation[1] * (kW - 1) - 1) / stride[1] + 1;
  int64_t groupIn = cIn / groups, groupOut = cOut / groups;
  std::vector<double> out(cOut * outH * outW);
  for (int64_t o = 0; o < cOut; ++o) {
    int64_t g = o / groupOut;
    for (int64_t y = 0; y < outH; ++y)
      for (int64_t x = 0; x < outW; ++x) {
        double sum = bias[o];
        for (int64_t c = 0; c < groupIn; ++c)
          for (int64_t a = 0; a < kH; ++a)
            for (int64_t b = 0; b < kW; ++b) {
              int64_t iy = y * stride[0] - pad[0] + a * dilation[0];
              int64_t ix = x * stride[1] - pad[1] + b * dilation[1];
              if (iy < 0 || iy >= h || ix < 0 || ix >= w)
                continue;
              sum += weight[((o * groupIn + c) * kH + a) * kW + b] *
                     in[((g * groupIn + c) * h + iy) * w + ix];
            }
        out[(o * outH + y) * outW + x] = sum;
      }
  }
  return out;
}

/// Checks the outputs' shapes, and every step of every sample against
/// `reference(input image) -> {output name: values}`.
template <typename Reference>
void checkSynapses(
    std::optional<SimulationResult> result, const TimeGriddedData &input,
    const std::vector<std::pair<std::string, std::vector<int64_t>>>
        &expectedShapes,
    Reference reference) {
  ASSERT_TRUE(result);
  for (const auto &[name, shape] : expectedShapes) {
    const SignalPort *port = findPort(result->outputs, name);
    ASSERT_TRUE(port) << name;
    EXPECT_EQ(port->shape, shape) << name;
  }
  for (int64_t s = 0; s < input.numSamples; ++s)
    for (int64_t k = 0; k < input.numSteps; ++k) {
      std::vector<double> image(input.numNeurons);
      for (int64_t n = 0; n < input.numNeurons; ++n)
        image[n] = get(input, s, k, n);
      for (const auto &[name, expected] : reference(image)) {
        const TimeGriddedData *out = find(result->outputs, name);
        ASSERT_TRUE(out) << name;
        ASSERT_EQ(out->numNeurons, int64_t(expected.size())) << name;
        for (size_t n = 0; n < expected.size(); ++n)
          ASSERT_NEAR(get(*out, s, k, n), expected[n], 1e-12)
              << name << " sample " << s << " step " << k << " element " << n;
      }
    }
}

TEST_P(SimulatorTest, Conv2dMatchesNaiveLoop) {
  std::mt19937_64 rng(11);
  // "conv": groups 2, non-square 3x2 kernel, stride [2, 1], padding [1, 2],
  // dilation [2, 1], bias. "same": padding "same" with an even 2x4 kernel
  // and dilation [1, 2] (PyTorch puts the odd pixel after).
  std::vector<double> w1 = randomVector(rng, 6 * 2 * 3 * 2, -1, 1),
                      b1 = randomVector(rng, 6, -1, 1),
                      w2 = randomVector(rng, 3 * 4 * 2 * 4, -1, 1),
                      b2 = randomVector(rng, 3, -1, 1);
  std::string text = fill(R"mlir(
    nir.graph {
      %x = nir.input "in" : !nir.signal<4x7x9>
      %c = nir.conv2d "conv"(%x) {weight = {W1}, bias = {B1},
          stride = array<i64: 2, 1>, padding = array<i64: 1, 2>,
          dilation = array<i64: 2, 1>, groups = 2 : i64}
          : (!nir.signal<4x7x9>) -> !nir.signal<*>
      %s = nir.conv2d "same"(%x) {weight = {W2}, bias = {B2},
          stride = array<i64: 1, 1>, padding = "same",
          dilation = array<i64: 1, 2>, groups = 1 : i64}
          : (!nir.signal<4x7x9>) -> !nir.signal<*>
      %o1 = nir.output "conv_out"(%c) : (!nir.signal<*>) -> !nir.signal<*>
      %o2 = nir.output "same_out"(%s) : (!nir.signal<*>) -> !nir.signal<*>
    }
  )mlir",
                          {{"W1", dense(w1, {6, 2, 3, 2})},
                           {"B1", dense(b1)},
                           {"W2", dense(w2, {3, 4, 2, 4})},
                           {"B2", dense(b2)}});
  TimeGriddedData input = randomData(rng, 2, 3, 4 * 7 * 9, 1.0, -1, 1);
  auto result =
      simulate(text, {1.0, sim::Method::Exact, sim::ResetMode::ToValue, {}},
               {{"in", &input}});
  checkSynapses(
      std::move(result), input,
      {{"conv_out", {6, 3, 12}}, {"same_out", {3, 7, 9}}},
      [&](const std::vector<double> &image) {
        int64_t h, w;
        std::vector<std::pair<std::string, std::vector<double>>> out;
        out.emplace_back("conv_out", referenceConv2d(image, 4, 7, 9, w1, b1, 6,
                                                     3, 2, {2, 1}, {1, 2, 1, 2},
                                                     {2, 1}, 2, h, w));
        EXPECT_EQ(h, 3);
        EXPECT_EQ(w, 12);
        // Total padding d (k − 1): 1 rows (0 + 1), 6 columns
        // (3 + 3).
        out.emplace_back("same_out", referenceConv2d(image, 4, 7, 9, w2, b2, 3,
                                                     2, 4, {1, 1}, {0, 3, 1, 3},
                                                     {1, 2}, 1, h, w));
        EXPECT_EQ(h, 7);
        EXPECT_EQ(w, 9);
        return out;
      });
}

TEST_P(SimulatorTest, Conv1dMatchesNaiveLoop) {
  std::mt19937_64 rng(12);
  // "same" with an even kernel (4): total padding 3, 1 before and 2 after.
  // "grouped": groups 3, stride 2, padding 2.
  std::vector<double> w1 = randomVector(rng, 4 * 3 * 4, -1, 1),
                      b1 = randomVector(rng, 4, -1, 1),
                      w2 = randomVector(rng, 6 * 1 * 3, -1, 1),
                      b2 = randomVector(rng, 6, -1, 1);
  std::string text = fill(R"mlir(
    nir.graph {
      %x = nir.input "in" : !nir.signal<3x10>
      %s = nir.conv1d "same"(%x) {weight = {W1}, bias = {B1}, stride = 1 : i64,
          padding = "same", dilation = 1 : i64, groups = 1 : i64}
          : (!nir.signal<3x10>) -> !nir.signal<*>
      %g = nir.conv1d "grouped"(%x) {weight = {W2}, bias = {B2},
          stride = 2 : i64, padding = 2 : i64, dilation = 1 : i64,
          groups = 3 : i64} : (!nir.signal<3x10>) -> !nir.signal<*>
      %o1 = nir.output "same_out"(%s) : (!nir.signal<*>) -> !nir.signal<*>
      %o2 = nir.output "grouped_out"(%g) : (!nir.signal<*>) -> !nir.signal<*>
    }
  )mlir",
                          {{"W1", dense(w1, {4, 3, 4})},
                           {"B1", dense(b1)},
                           {"W2", dense(w2, {6, 1, 3})},
                           {"B2", dense(b2)}});
  TimeGriddedData input = randomData(rng, 2, 3, 3 * 10, 1.0, -1, 1);
  auto result =
      simulate(text, {1.0, sim::Method::Exact, sim::ResetMode::ToValue, {}},
               {{"in", &input}});
  // A direct 1-D loop (not through the 2-D reference).
  auto conv1d = [](const std::vector<double> &in, int64_t cIn, int64_t n,
                   const std::vector<double> &weight,
                   const std::vector<double> &bias, int64_t cOut, int64_t k,
                   int64_t stride, int64_t padBefore, int64_t outLength,
                   int64_t groups) {
    int64_t groupIn = cIn / groups, groupOut = cOut / groups;
    std::vector<double> out(cOut * outLength);
    for (int64_t o = 0; o < cOut; ++o)
      for (int64_t x = 0; x < outLength; ++x) {
        double sum = bias[o];
        for (int64_t c = 0; c < groupIn; ++c)
          for (int64_t t = 0; t < k; ++t) {
            int64_t at = x * stride - padBefore + t;
            if (at >= 0 && at < n)
              sum += weight[(o * groupIn + c) * k + t] *
                     in[((o / groupOut) * groupIn + c) * n + at];
          }
        out[o * outLength + x] = sum;
      }
    return out;
  };
  checkSynapses(
      std::move(result), input,
      {{"same_out", {4, 10}}, {"grouped_out", {6, 6}}},
      [&](const std::vector<double> &image) {
        return std::vector<std::pair<std::string, std::vector<double>>>{
            {"same_out", conv1d(image, 3, 10, w1, b1, 4, 4, 1, 1, 10, 1)},
            // L = floor((10 + 4 − 2 − 1) / 2) + 1 = 6.
            {"grouped_out", conv1d(image, 3, 10, w2, b2, 6, 3, 2, 2, 6, 3)}};
      });
}

TEST_P(SimulatorTest, PoolingMatchesNaiveLoop) {
  std::mt19937_64 rng(13);
  std::string text = R"mlir(
    nir.graph {
      %x = nir.input "in" : !nir.signal<3x7x6>
      %s = nir.sum_pool2d "sum"(%x) {kernel_size = array<i64: 3, 2>,
          stride = array<i64: 2, 2>, padding = array<i64: 1, 1>}
          : (!nir.signal<3x7x6>) -> !nir.signal<*>
      %a = nir.avg_pool2d "avg"(%x) {kernel_size = array<i64: 3, 2>,
          stride = array<i64: 2, 2>, padding = array<i64: 1, 1>}
          : (!nir.signal<3x7x6>) -> !nir.signal<*>
      %o1 = nir.output "sum_out"(%s) : (!nir.signal<*>) -> !nir.signal<*>
      %o2 = nir.output "avg_out"(%a) : (!nir.signal<*>) -> !nir.signal<*>
    }
  )mlir";
  TimeGriddedData input = randomData(rng, 2, 3, 3 * 7 * 6, 1.0, -1, 1);
  auto result =
      simulate(text, {1.0, sim::Method::Exact, sim::ResetMode::ToValue, {}},
               {{"in", &input}});
  // H' = floor((7 + 2 − 3) / 2) + 1 = 4, W' = floor((6 + 2 − 2) / 2) + 1 = 4.
  auto pool = [](const std::vector<double> &in, double scale) {
    std::vector<double> out(3 * 4 * 4);
    for (int c = 0; c < 3; ++c)
      for (int y = 0; y < 4; ++y)
        for (int x = 0; x < 4; ++x) {
          double sum = 0;
          for (int a = 0; a < 3; ++a)
            for (int b = 0; b < 2; ++b) {
              int iy = 2 * y - 1 + a, ix = 2 * x - 1 + b;
              if (iy >= 0 && iy < 7 && ix >= 0 && ix < 6)
                sum += in[(c * 7 + iy) * 6 + ix];
            }
          out[(c * 4 + y) * 4 + x] = scale * sum;
        }
    return out;
  };
  checkSynapses(
      std::move(result), input,
      {{"sum_out", {3, 4, 4}}, {"avg_out", {3, 4, 4}}},
      [&](const std::vector<double> &image) {
        // Average pooling divides by the whole window, padding
        // included (PyTorch's count_include_pad default).
        return std::vector<std::pair<std::string, std::vector<double>>>{
            {"sum_out", pool(image, 1.0)}, {"avg_out", pool(image, 1.0 / 6)}};
      });
}

TEST_P(SimulatorTest, FlattenKeepsCOrder) {
  std::mt19937_64 rng(14);
  std::vector<double> weight = randomVector(rng, 5 * 24, -1, 1),
                      bias = randomVector(rng, 5, -1, 1);
  std::string text = fill(R"mlir(
    nir.graph {
      %x = nir.input "in" : !nir.signal<2x3x4>
      %f = nir.flatten "all"(%x) {start_dim = 0 : i64, end_dim = -1 : i64}
          : (!nir.signal<2x3x4>) -> !nir.signal<*>
      %a = nir.affine "fc"(%f) {weight = {W}, bias = {B}}
          : (!nir.signal<*>) -> !nir.signal<*>
      %g = nir.flatten "inner"(%x) {start_dim = 1 : i64, end_dim = -1 : i64}
          : (!nir.signal<2x3x4>) -> !nir.signal<*>
      %o1 = nir.output "fc_out"(%a) : (!nir.signal<*>) -> !nir.signal<*>
      %o2 = nir.output "inner_out"(%g) : (!nir.signal<*>) -> !nir.signal<*>
    }
  )mlir",
                          {{"W", dense(weight, {5, 24})}, {"B", dense(bias)}});
  TimeGriddedData input = randomData(rng, 2, 3, 24, 1.0, -1, 1);
  auto result =
      simulate(text, {1.0, sim::Method::Exact, sim::ResetMode::ToValue, {}},
               {{"in", &input}});
  checkSynapses(
      std::move(result), input, {{"fc_out", {5}}, {"inner_out", {2, 12}}},
      [&](const std::vector<double> &image) {
        std::vector<double> fc(5);
        for (int o = 0; o < 5; ++o) {
          fc[o] = bias[o];
          for (int i = 0; i < 24; ++i)
            fc[o] += weight[o * 24 + i] * image[i];
        }
        return std::vector<std::pair<std::string, std::vector<double>>>{
            {"fc_out", fc}, {"inner_out", image}};
      });
}

/// A dense synapse whose input is mostly zero adds only the weight columns
/// of the non-zero inputs (event-driven); the result is the product's, for
/// spikes and for graded values, and samples with dense input still take
/// the product. A sparse sample's bits do not depend on its batch.
TEST_P(SimulatorTest, DenseEventDrivenMatchesNaiveLoop) {
  std::mt19937_64 rng(15);
  constexpr int64_t kIn = 40, kOut = 5, kSamples = 3, kSteps = 6;
  std::vector<double> weight = randomVector(rng, kOut * kIn, -1, 1),
                      bias = randomVector(rng, kOut, -1, 1);
  std::string text =
      fill(R"mlir(
    nir.graph {
      %x = nir.input "in" : !nir.signal<40>
      %a = nir.affine "fc"(%x) {weight = {W}, bias = {B}}
          : (!nir.signal<40>) -> !nir.signal<*>
      %o = nir.output "fc_out"(%a) : (!nir.signal<*>) -> !nir.signal<*>
    }
  )mlir",
           {{"W", dense(weight, {kOut, kIn})}, {"B", dense(bias)}});
  // Steps 0-2: 4 of 40 inputs non-zero (spikes of 1, and graded values),
  // except sample 2 in step 1; steps 3-5: every input non-zero.
  TimeGriddedData input = makeData(kSamples, kSteps, kIn, 1.0);
  std::uniform_int_distribution<int64_t> channel(0, kIn - 1);
  for (int64_t s = 0; s < kSamples; ++s)
    for (int64_t k = 0; k < kSteps; ++k) {
      double *row = &input.values[(s * kSteps + k) * kIn];
      if (k >= 3 || (k == 1 && s == 2)) {
        for (int64_t n = 0; n < kIn; ++n)
          row[n] = randomVector(rng, 1, 0.5, 1.5)[0];
        continue;
      }
      for (int e = 0; e < 4; ++e)
        row[channel(rng)] = e % 2 ? 1.0 : 2.5;
    }
  auto result =
      simulate(text, {1.0, sim::Method::Exact, sim::ResetMode::ToValue, {}},
               {{"in", &input}});
  ASSERT_TRUE(result);
  // The interpreter took both paths; the JIT has one, event-driven always.
  if (GetParam() == Engine::Interpret) {
    EXPECT_GT(result->secondsByOp.count("sim.dense event-driven"), 0u);
    EXPECT_GT(result->secondsByOp.count("sim.dense"), 0u);
  } else {
    EXPECT_EQ(result->engine, Engine::JIT);
  }
  checkSynapses(
      std::move(result), input, {{"fc_out", {kOut}}},
      [&](const std::vector<double> &image) {
        std::vector<double> fc(kOut);
        for (int64_t o = 0; o < kOut; ++o) {
          fc[o] = bias[o];
          for (int64_t i = 0; i < kIn; ++i)
            fc[o] += weight[o * kIn + i] * image[i];
        }
        return std::vector<std::pair<std::string, std::vector<double>>>{
            {"fc_out", fc}};
      });
}

//===----------------------------------------------------------------------===//
// Methods against each other and against hand-written loops
//===----------------------------------------------------------------------===//

TEST_P(SimulatorTest, AdaptiveMatchesExactOnLinearGraph) {
  std::mt19937_64 rng(21);
  std::string text = fill(R"mlir(
    nir.graph {
      %x = nir.input "in" : !nir.signal<3>
      %a = nir.affine "a"(%x) {weight = {WA}, bias = {BA}}
          : (!nir.signal<3>) -> !nir.signal<4>
      %c = nir.cuba_li "c"(%a) {tau_syn = {TS}, tau_mem = {TM}, r = {R},
          v_leak = {VL}, w_in = {WIN}} : (!nir.signal<4>) -> !nir.signal<4>
      %b = nir.affine "b"(%c) {weight = {WB}, bias = {BB}}
          : (!nir.signal<4>) -> !nir.signal<2>
      %l = nir.li "l"(%b) {tau = {TL}, r = dense<1.5> : tensor<2xf64>,
          v_leak = dense<[0.1, -0.2]> : tensor<2xf64>}
          : (!nir.signal<2>) -> !nir.signal<2>
      %o = nir.output "out"(%l) : (!nir.signal<2>) -> !nir.signal<2>
    }
  )mlir",
                          {{"WA", dense(randomVector(rng, 12, -1, 1), {4, 3})},
                           {"BA", dense(randomVector(rng, 4, -0.5, 0.5))},
                           {"TS", dense({2e-3, 5e-3, 5e-3, 1e-2})},
                           {"TM", dense({5e-3, 5e-3, 2e-3, 1e-2})},
                           {"R", dense(randomVector(rng, 4, 0.5, 2))},
                           {"VL", dense(randomVector(rng, 4, -0.5, 0.5))},
                           {"WIN", dense(randomVector(rng, 4, 0.5, 2))},
                           {"WB", dense(randomVector(rng, 8, -1, 1), {2, 4})},
                           {"BB", dense(randomVector(rng, 2, -0.5, 0.5))},
                           {"TL", dense({3e-3, 2e-2})}});
  const double dt = 1e-3;
  TimeGriddedData input = randomData(rng, 2, 150, 3, dt, -1, 1);
  SimulationOptions options{
      dt, sim::Method::Exact, sim::ResetMode::ToValue, {"c.v", "c.i"}};
  auto exact = simulate(text, options, {{"in", &input}});
  options.method = sim::Method::Adaptive;
  auto adaptive = simulate(text, options, {{"in", &input}});
  ASSERT_TRUE(exact && adaptive);
  for (auto [node, observable] :
       {std::pair{"out", "output"}, {"c", "v"}, {"c", "i"}}) {
    const auto &recordings =
        std::string(node) == "out" ? exact->outputs : exact->probes;
    const auto &adaptiveRecordings =
        std::string(node) == "out" ? adaptive->outputs : adaptive->probes;
    const TimeGriddedData *e = find(recordings, node, observable);
    const TimeGriddedData *a = find(adaptiveRecordings, node, observable);
    ASSERT_TRUE(e && a) << node << "." << observable;
    ASSERT_GT(maxAbs(*e), 0.01);
    EXPECT_LT(maxAbsDiff(*a, *e) / maxAbs(*e), 1e-6)
        << node << "." << observable;
  }
}

/// A LIF layer feeding a CubaLIF layer.
std::string spikingNetwork(std::mt19937_64 &rng) {
  return fill(R"mlir(
    nir.graph {
      %x = nir.input "in" : !nir.signal<3>
      %a = nir.affine "a"(%x) {weight = {WA}, bias = {BA}}
          : (!nir.signal<3>) -> !nir.signal<5>
      %l = nir.lif "lif"(%a) {tau = {TAU}, r = dense<1.0> : tensor<5xf64>,
          v_leak = dense<0.0> : tensor<5xf64>,
          v_threshold = dense<1.0> : tensor<5xf64>, v_reset = {VR}}
          : (!nir.signal<5>) -> !nir.signal<5>
      %b = nir.affine "b"(%l) {weight = {WB}, bias = {BB}}
          : (!nir.signal<5>) -> !nir.signal<4>
      %c = nir.cuba_lif "cuba"(%b) {tau_syn = {TS}, tau_mem = {TM},
          r = dense<1.0> : tensor<4xf64>, v_leak = dense<0.0> : tensor<4xf64>,
          v_threshold = dense<0.5> : tensor<4xf64>, v_reset = {VR4},
          w_in = dense<1.0> : tensor<4xf64>}
          : (!nir.signal<4>) -> !nir.signal<4>
      %o1 = nir.output "hidden"(%l) : (!nir.signal<5>) -> !nir.signal<5>
      %o2 = nir.output "out"(%c) : (!nir.signal<4>) -> !nir.signal<4>
    }
  )mlir",
              {{"WA", dense(randomVector(rng, 15, 0, 1.5), {5, 3})},
               {"BA", dense(randomVector(rng, 5, 0, 0.5))},
               {"TAU", dense(randomVector(rng, 5, 5e-3, 2e-2))},
               {"VR", dense(randomVector(rng, 5, -0.2, 0.2))},
               {"WB", dense(randomVector(rng, 20, -0.5, 4), {4, 5})},
               {"BB", dense(randomVector(rng, 4, 0, 0.2))},
               {"TS", dense(randomVector(rng, 4, 2e-3, 1e-2))},
               {"TM", dense(randomVector(rng, 4, 5e-3, 2e-2))},
               {"VR4", dense(randomVector(rng, 4, -0.1, 0.1))}});
}

TEST_P(SimulatorTest, AdaptiveMatchesExactOnSpikingNetwork) {
  // Spike steps must be identical. They could legitimately differ only for
  // a crossing within the adaptive solver's error (~1e-10 s) of a step
  // boundary, or a peak within ~1e-10 of θ; with continuous random input
  // that has probability ~1e-7 per spike, and this seed has none.
  std::mt19937_64 rng(22);
  std::string text = spikingNetwork(rng);
  const double dt = 1e-3;
  TimeGriddedData input = randomData(rng, 2, 200, 3, dt, 0, 2);
  for (sim::ResetMode reset :
       {sim::ResetMode::ToValue, sim::ResetMode::Subtract}) {
    SCOPED_TRACE(sim::stringifyResetMode(reset).str());
    SimulationOptions options{
        dt, sim::Method::Exact, reset, {"lif.v", "cuba.v"}};
    auto exact = simulate(text, options, {{"in", &input}});
    options.method = sim::Method::Adaptive;
    auto adaptive = simulate(text, options, {{"in", &input}});
    ASSERT_TRUE(exact && adaptive);
    for (const char *node : {"hidden", "out"}) {
      const TimeGriddedData *e = find(exact->outputs, node);
      const TimeGriddedData *a = find(adaptive->outputs, node);
      ASSERT_TRUE(e && a);
      double total = 0;
      for (double z : e->values)
        total += z;
      EXPECT_GT(total, 50) << node; // not a vacuous comparison
      EXPECT_EQ(a->values, e->values) << node;
    }
    for (const char *node : {"lif", "cuba"}) {
      const TimeGriddedData *e = find(exact->probes, node, "v");
      const TimeGriddedData *a = find(adaptive->probes, node, "v");
      ASSERT_TRUE(e && a);
      EXPECT_LT(maxAbsDiff(*a, *e), 1e-6) << node;
    }
  }
}

TEST_P(SimulatorTest, EulerMatchesHandWrittenRecurrence) {
  const std::vector<double> tau = {5e-3, 1.2e-2}, tauSyn = {3e-3, 6e-3},
                            r = {1.0, 1.3}, vLeak = {0.0, 0.2},
                            theta = {1.0, 0.8}, vReset = {0.1, -0.2},
                            wIn = {1.5, 0.8};
  std::string text = fill(R"mlir(
    nir.graph {
      %x = nir.input "in" : !nir.signal<2>
      %a = nir.lif "lif"(%x) {tau = {TAU}, r = {R}, v_leak = {VL},
          v_threshold = {TH}, v_reset = {VR}}
          : (!nir.signal<2>) -> !nir.signal<2>
      %sx = nir.scale "gain"(%x) {scale = dense<300.0> : tensor<2xf64>}
          : (!nir.signal<2>) -> !nir.signal<2>
      %b = nir.if "if"(%sx) {r = {R}, v_threshold = {TH}, v_reset = {VR}}
          : (!nir.signal<2>) -> !nir.signal<2>
      %c = nir.cuba_lif "cuba"(%x) {tau_syn = {TS}, tau_mem = {TAU}, r = {R},
          v_leak = {VL}, v_threshold = {TH}, v_reset = {VR}, w_in = {WIN}}
          : (!nir.signal<2>) -> !nir.signal<2>
      %o1 = nir.output "lif_out"(%a) : (!nir.signal<2>) -> !nir.signal<2>
      %o2 = nir.output "if_out"(%b) : (!nir.signal<2>) -> !nir.signal<2>
      %o3 = nir.output "cuba_out"(%c) : (!nir.signal<2>) -> !nir.signal<2>
    }
  )mlir",
                          {{"TAU", dense(tau)},
                           {"TS", dense(tauSyn)},
                           {"R", dense(r)},
                           {"VL", dense(vLeak)},
                           {"TH", dense(theta)},
                           {"VR", dense(vReset)},
                           {"WIN", dense(wIn)}});
  const double dt = 1e-3;
  const int steps = 300;
  std::mt19937_64 rng(31);
  TimeGriddedData input = randomData(rng, 1, steps, 2, dt, 0, 3);
  // The IF, having no leak, gets its input scaled by 300 so that r dt x
  // crosses θ every few steps.
  for (sim::ResetMode reset :
       {sim::ResetMode::ToValue, sim::ResetMode::Subtract}) {
    SCOPED_TRACE(sim::stringifyResetMode(reset).str());
    bool subtract = reset == sim::ResetMode::Subtract;
    auto result = simulate(
        text,
        {dt, sim::Method::Euler, reset, {"lif.v", "if.v", "cuba.v", "cuba.i"}},
        {{"in", &input}});
    ASSERT_TRUE(result);
    const TimeGriddedData *lifZ = find(result->outputs, "lif_out"),
                          *ifZ = find(result->outputs, "if_out"),
                          *cubaZ = find(result->outputs, "cuba_out"),
                          *lifV = find(result->probes, "lif", "v"),
                          *ifV = find(result->probes, "if", "v"),
                          *cubaV = find(result->probes, "cuba", "v"),
                          *cubaI = find(result->probes, "cuba", "i");
    ASSERT_TRUE(lifZ && ifZ && cubaZ && lifV && ifV && cubaV && cubaI);
    auto fire = [&](double &v, int j) {
      bool fired = v > theta[j];
      if (fired)
        v = subtract ? v - theta[j] : vReset[j];
      return double(fired);
    };
    int spikes[3] = {0, 0, 0};
    for (int j = 0; j < 2; ++j) {
      double vl = vLeak[j], vi = 0, vc = vLeak[j], ic = 0;
      for (int k = 0; k < steps; ++k) {
        double x = get(input, 0, k, j);
        // LIF.
        vl = vl + dt / tau[j] * (vLeak[j] - vl + r[j] * x);
        double zl = fire(vl, j);
        // IF (v_leak = 0, v starts at 0).
        vi = vi + dt * r[j] * (300 * x);
        double zi = fire(vi, j);
        // CubaLIF: current first, the membrane from the new current.
        ic = ic + dt / tauSyn[j] * (-ic + wIn[j] * x);
        vc = vc + dt / tau[j] * (vLeak[j] - vc + r[j] * ic);
        double zc = fire(vc, j);
        std::string at = std::to_string(k) + ", " + std::to_string(j);
        EXPECT_EQ(get(*lifZ, 0, k, j), zl) << at;
        EXPECT_NEAR(get(*lifV, 0, k, j), vl, 1e-12) << at;
        EXPECT_EQ(get(*ifZ, 0, k, j), zi) << at;
        EXPECT_NEAR(get(*ifV, 0, k, j), vi, 1e-12) << at;
        EXPECT_EQ(get(*cubaZ, 0, k, j), zc) << at;
        EXPECT_NEAR(get(*cubaV, 0, k, j), vc, 1e-12) << at;
        EXPECT_NEAR(get(*cubaI, 0, k, j), ic, 1e-12) << at;
        spikes[0] += zl, spikes[1] += zi, spikes[2] += zc;
      }
    }
    for (int n : spikes)
      EXPECT_GT(n, 10);
  }
}

//===----------------------------------------------------------------------===//
// Batches, determinism, recurrence
//===----------------------------------------------------------------------===//

TEST_P(SimulatorTest, BatchEqualsSeparateSamplesAndIsDeterministic) {
  std::mt19937_64 rng(41);
  std::string text = spikingNetwork(rng);
  const double dt = 1e-3;
  TimeGriddedData batch = randomData(rng, 3, 100, 3, dt, 0, 2);
  for (sim::Method method : {sim::Method::Exact, sim::Method::Euler}) {
    SCOPED_TRACE(sim::stringifyMethod(method).str());
    OwningOpRef<ModuleOp> module = parse(text);
    ASSERT_TRUE(module);
    std::unique_ptr<Simulator> simulator = build(
        *module, {dt, method, sim::ResetMode::ToValue, {"lif.v", "cuba.i"}});
    ASSERT_TRUE(simulator);
    auto all = run(*simulator, {{"in", &batch}});
    ASSERT_TRUE(all);
    EXPECT_EQ(all->numSamples, 3);
    // Determinism: the same simulator again, and a freshly built one.
    auto again = run(*simulator, {{"in", &batch}});
    auto fresh = simulate(
        text, {dt, method, sim::ResetMode::ToValue, {"lif.v", "cuba.i"}},
        {{"in", &batch}});
    ASSERT_TRUE(again && fresh);
    for (const auto *other : {&*again, &*fresh}) {
      ASSERT_EQ(other->outputs.size(), all->outputs.size());
      ASSERT_EQ(other->probes.size(), all->probes.size());
      for (size_t p = 0; p < all->outputs.size(); ++p)
        EXPECT_EQ(other->outputs[p].second.values,
                  all->outputs[p].second.values);
      for (size_t p = 0; p < all->probes.size(); ++p)
        EXPECT_EQ(other->probes[p].second.values, all->probes[p].second.values);
    }
    // Each sample alone. A batched matrix product may round differently
    // from a single column, so states are compared to 1e-12.
    double spikes = 0;
    for (int64_t s = 0; s < 3; ++s) {
      TimeGriddedData one = sampleOf(batch, s);
      auto alone = run(*simulator, {{"in", &one}});
      ASSERT_TRUE(alone);
      for (bool probes : {false, true}) {
        const auto &mine = probes ? alone->probes : alone->outputs;
        const auto &theirs = probes ? all->probes : all->outputs;
        for (size_t p = 0; p < mine.size(); ++p) {
          const TimeGriddedData &a = mine[p].second, &b = theirs[p].second;
          for (int64_t k = 0; k < a.numSteps; ++k)
            for (int64_t n = 0; n < a.numNeurons; ++n) {
              EXPECT_NEAR(get(a, 0, k, n), get(b, s, k, n), 1e-12)
                  << mine[p].first.node << "." << mine[p].first.observable
                  << " sample " << s << " step " << k << " element " << n;
              if (!probes)
                spikes += get(a, 0, k, n);
            }
        }
      }
    }
    EXPECT_GT(spikes, 50);
  }
}

TEST(SplitSamples, AlignedBlocksCoverTheBatch) {
  EXPECT_EQ(splitSamples(63, 8).size(), 1u);
  EXPECT_EQ(splitSamples(0, 4).size(), 1u);
  EXPECT_EQ(splitSamples(1000, 1).size(), 1u);
  for (int64_t samples : {64, 70, 100, 320, 1000, 1001})
    for (int64_t blocks = 1; blocks <= 40; ++blocks) {
      std::vector<SampleRange> ranges = splitSamples(samples, blocks);
      EXPECT_LE(int64_t(ranges.size()), blocks);
      int64_t next = 0;
      for (const SampleRange &range : ranges) {
        EXPECT_EQ(range.first, next);
        EXPECT_EQ(range.first % kSampleBlockAlignment, 0);
        EXPECT_GE(range.count, kSampleBlockAlignment);
        next += range.count;
      }
      EXPECT_EQ(next, samples) << samples << " in " << blocks;
    }
  // As many blocks as asked when the batch allows.
  EXPECT_EQ(splitSamples(320, 10).size(), 10u);
}

TEST_P(SimulatorTest, SampleBlocksRecordTheBatchBitForBit) {
  // Dense layers of the shapes at which Eigen's product changes method:
  // depth above 128 (blocked matrix-vector products), one output row, and
  // depths and widths that are no multiple of its 4-column groups; inputs
  // that make them run as products and event-driven.
  std::mt19937_64 rng(57);
  std::string text =
      fill(R"mlir(
    nir.graph {
      %x = nir.input "in" : !nir.signal<130>
      %a = nir.affine "a"(%x) {weight = {WA}, bias = {BA}}
          : (!nir.signal<130>) -> !nir.signal<38>
      %l = nir.lif "lif"(%a) {tau = dense<0.01> : tensor<38xf64>,
          r = dense<1.0> : tensor<38xf64>, v_leak = dense<0.0> : tensor<38xf64>,
          v_threshold = dense<1.0> : tensor<38xf64>,
          v_reset = dense<0.0> : tensor<38xf64>}
          : (!nir.signal<38>) -> !nir.signal<38>
      %b = nir.linear "b"(%l) {weight = {WB}}
          : (!nir.signal<38>) -> !nir.signal<7>
      %c = nir.linear "c"(%b) {weight = {WC}}
          : (!nir.signal<7>) -> !nir.signal<1>
      %o1 = nir.output "hidden"(%l) : (!nir.signal<38>) -> !nir.signal<38>
      %o2 = nir.output "out"(%c) : (!nir.signal<1>) -> !nir.signal<1>
    }
  )mlir",
           {{"WA", dense(randomVector(rng, 38 * 130, -0.1, 0.3), {38, 130})},
            {"BA", dense(randomVector(rng, 38, 0, 0.5))},
            {"WB", dense(randomVector(rng, 7 * 38, -1, 1), {7, 38})},
            {"WC", dense(randomVector(rng, 7, -1, 1), {1, 7})}});
  const double dt = 1e-3;
  // The first 96 samples see every input, the others 5 % of them: the
  // batch and its blocks hold samples on both sides of the activity at
  // which a dense synapse goes event-driven.
  TimeGriddedData batch = randomData(rng, 203, 30, 130, dt, 0, 1);
  std::bernoulli_distribution active(0.05);
  for (int64_t s = 96; s < batch.numSamples; ++s)
    for (int64_t k = 0; k < 30 * 130; ++k)
      if (!active(rng))
        batch.values[s * 30 * 130 + k] = 0;
  OwningOpRef<ModuleOp> module = parse(text);
  ASSERT_TRUE(module);
  std::unique_ptr<Simulator> simulator = build(
      *module, {dt, sim::Method::Exact, sim::ResetMode::ToValue, {"lif.v"}});
  ASSERT_TRUE(simulator);
  auto whole = run(*simulator, {{"in", &batch}});
  ASSERT_TRUE(whole);
  double spikes = 0;
  for (double z : find(whole->outputs, "hidden")->values)
    spikes += z;
  EXPECT_GT(spikes, 1000);
  for (int64_t blocks = 2; blocks <= 6; ++blocks) {
    std::vector<SampleRange> ranges = splitSamples(batch.numSamples, blocks);
    ASSERT_GT(ranges.size(), 1u);
    std::vector<SimulationResult> pieces;
    for (const SampleRange &range : ranges) {
      auto piece = simulator->run({{"in", &batch}}, {}, range);
      ASSERT_TRUE(bool(piece)) << llvm::toString(piece.takeError());
      EXPECT_EQ(piece->numSamples, range.count);
      pieces.push_back(std::move(*piece));
    }
    for (bool probes : {false, true}) {
      const auto &recordings = probes ? whole->probes : whole->outputs;
      for (size_t p = 0; p < recordings.size(); ++p) {
        std::vector<double> joined;
        for (const SimulationResult &piece : pieces) {
          const auto &values =
              (probes ? piece.probes : piece.outputs)[p].second.values;
          joined.insert(joined.end(), values.begin(), values.end());
        }
        EXPECT_TRUE(joined == recordings[p].second.values)
            << recordings[p].first.node << "." << recordings[p].first.observable
            << " in " << ranges.size() << " blocks";
      }
    }
  }
  // A range past the batch is an error, not a read out of bounds.
  auto outside = simulator->run({{"in", &batch}}, {}, {200, 10});
  ASSERT_FALSE(bool(outside));
  EXPECT_EQ(llvm::toString(outside.takeError()),
            "samples 200 to 209 asked of a batch of 203");
}

TEST_P(SimulatorTest, RecurrentInputArrivesOneStepLate) {
  // lif -> w_rec -> lif: the cycle is cut at the edge entering the LIF, so
  // at step k it receives W_in x_k + W_rec z_{k−1}.
  const std::vector<double> wInput = {0.8, 0.1, 0.2, 0.9, 0.5, 0.5};
  const std::vector<double> wRec = {0.0, 0.6,  -0.8, 0.7, 0.0,
                                    0.5, -0.4, 0.9,  0.0};
  const double tau = 2e-2, theta = 1, dt = 1e-3;
  std::string text =
      fill(R"mlir(
    nir.graph {
      %x = nir.input "in" : !nir.signal<2>
      %in = nir.affine "w_in"(%x) {weight = {WIN},
          bias = dense<0.0> : tensor<3xf64>}
          : (!nir.signal<2>) -> !nir.signal<3>
      %s = nir.lif "hidden"(%in, %rec) {tau = dense<2.0e-2> : tensor<3xf64>,
          r = dense<1.0> : tensor<3xf64>, v_leak = dense<0.0> : tensor<3xf64>,
          v_threshold = dense<1.0> : tensor<3xf64>,
          v_reset = dense<0.0> : tensor<3xf64>}
          : (!nir.signal<3>, !nir.signal<3>) -> !nir.signal<3>
      %rec = nir.linear "w_rec"(%s) {weight = {WREC}}
          : (!nir.signal<3>) -> !nir.signal<3>
      %o = nir.output "out"(%s) : (!nir.signal<3>) -> !nir.signal<3>
    }
  )mlir",
           {{"WIN", dense(wInput, {3, 2})}, {"WREC", dense(wRec, {3, 3})}});
  const int steps = 300;
  std::mt19937_64 rng(51);
  TimeGriddedData input = randomData(rng, 1, steps, 2, dt, 0, 2.5);

  // The hand loop; `recurrent = false` drops the cycle, to show it matters.
  auto reference = [&](bool euler, bool recurrent) {
    std::vector<double> v(3, 0.0), z(3, 0.0), out;
    neuron::LeakyParams params{tau, 1, 0};
    neuron::Spiking spiking{theta, 0, false};
    for (int k = 0; k < steps; ++k) {
      std::vector<double> drive(3), zNext(3);
      for (int j = 0; j < 3; ++j) {
        drive[j] = wInput[j * 2] * get(input, 0, k, 0) +
                   wInput[j * 2 + 1] * get(input, 0, k, 1);
        if (recurrent)
          for (int m = 0; m < 3; ++m)
            drive[j] += wRec[j * 3 + m] * z[m]; // z from step k − 1
      }
      for (int j = 0; j < 3; ++j) {
        if (euler) {
          v[j] = v[j] + dt / tau * (0 - v[j] + drive[j]);
          zNext[j] = v[j] > theta;
          if (zNext[j])
            v[j] = 0;
        } else {
          neuron::StepResult r =
              neuron::stepLeakyExact(params, &spiking, v[j], drive[j], dt);
          v[j] = r.membrane;
          zNext[j] = r.spikes;
        }
      }
      z = zNext;
      out.insert(out.end(), z.begin(), z.end());
    }
    return out;
  };
  for (bool euler : {true, false}) {
    SCOPED_TRACE(euler ? "euler" : "exact");
    auto result = simulate(text,
                           {dt,
                            euler ? sim::Method::Euler : sim::Method::Exact,
                            sim::ResetMode::ToValue,
                            {}},
                           {{"in", &input}});
    ASSERT_TRUE(result);
    const TimeGriddedData *out = find(result->outputs, "out");
    ASSERT_TRUE(out);
    std::vector<double> expected = reference(euler, true);
    EXPECT_EQ(out->values, expected);
    EXPECT_NE(reference(euler, false), expected)
        << "the recurrent weights do not change the spikes";
    double total = 0;
    for (double s : expected)
      total += s;
    EXPECT_GT(total, 20);
  }
}

//===----------------------------------------------------------------------===//
// Real fixtures
//===----------------------------------------------------------------------===//

/// Rows of comma-separated doubles.
std::vector<std::vector<double>> readCSV(const std::filesystem::path &path) {
  std::vector<std::vector<double>> rows;
  std::ifstream file(path);
  std::string line;
  while (std::getline(file, line)) {
    if (line.empty())
      continue;
    std::vector<double> row;
    std::stringstream fields(line);
    std::string field;
    while (std::getline(fields, field, ','))
      row.push_back(std::strtod(field.c_str(), nullptr));
    rows.push_back(std::move(row));
  }
  return rows;
}

#define SKIP_WITHOUT_FIXTURES()                                                \
  do {                                                                         \
    if (!std::filesystem::exists(kFixtures)) {                                 \
      GTEST_SKIP() << "no fixtures at " << kFixtures;                          \
    }                                                                          \
  } while (false)

TEST_P(SimulatorTest, LifNorseMatchesPaperReference) {
  SKIP_WITHOUT_FIXTURES();
  std::vector<std::vector<double>> rows = readCSV(kFixtures / "lif_exact.csv");
  ASSERT_EQ(rows.size(), 1000u);
  const double dt = 1e-4;
  TimeGriddedData input = makeData(1, rows.size(), 1, dt);
  std::vector<int> expectedSpikes;
  for (size_t k = 0; k < rows.size(); ++k) {
    ASSERT_EQ(rows[k].size(), 3u);
    input.at(0, k, 0) = rows[k][0];
    if (rows[k][2] == 1)
      expectedSpikes.push_back(k);
  }
  ASSERT_EQ(expectedSpikes.size(), 4u);
  for (sim::ResetMode reset :
       {sim::ResetMode::ToValue, sim::ResetMode::Subtract}) {
    SCOPED_TRACE(sim::stringifyResetMode(reset).str());
    OwningOpRef<ModuleOp> module =
        importNIRFile((kFixtures / "lif_norse.nir").string(), &context);
    ASSERT_TRUE(module);
    auto result = simulate(*module, {dt, sim::Method::Exact, reset, {"1.v"}},
                           {{"input", &input}});
    ASSERT_TRUE(result);
    const TimeGriddedData *v = find(result->probes, "1", "v");
    const TimeGriddedData *z = find(result->outputs, "output");
    ASSERT_TRUE(v && z);
    double worst = 0;
    std::vector<int> spikes;
    for (size_t k = 0; k < rows.size(); ++k) {
      worst = std::max(worst, std::abs(get(*v, 0, k, 0) - rows[k][1]));
      if (get(*z, 0, k, 0) != 0) {
        EXPECT_EQ(get(*z, 0, k, 0), 1) << "step " << k;
        spikes.push_back(k);
      }
    }
    EXPECT_LT(worst, 1e-6);
    EXPECT_EQ(spikes, expectedSpikes);
  }
}

TEST_P(SimulatorTest, BrailleFlatEqualsSubgraph) {
  SKIP_WITHOUT_FIXTURES();
  const double dt = 1e-4;
  std::mt19937_64 rng(61);
  TimeGriddedData input = randomSpikes(rng, 2, 200, 12, dt, 0.3);
  struct Pair {
    const char *flat, *nested;
    sim::ResetMode reset;
  };
  for (Pair pair :
       {Pair{"braille_noDelay_bias_zero.nir",
             "braille_noDelay_bias_zero_subgraph.nir", sim::ResetMode::ToValue},
        Pair{"braille_noDelay_noBias_subtract.nir",
             "braille_noDelay_noBias_subtract_subgraph.nir",
             sim::ResetMode::Subtract}}) {
    for (sim::Method method : {sim::Method::Exact, sim::Method::Euler}) {
      SCOPED_TRACE(std::string(pair.flat) + " " +
                   sim::stringifyMethod(method).str());
      // The repairs are expected warnings; keep them off the test output.
      ScopedDiagnosticHandler quiet(&context, [](Diagnostic &diag) {
        return success(diag.getSeverity() != DiagnosticSeverity::Error);
      });
      OwningOpRef<ModuleOp> flat =
          importNIRFile((kFixtures / pair.flat).string(), &context);
      OwningOpRef<ModuleOp> nested = importNIRFile(
          (kFixtures / pair.nested).string(), &context, {/*repairEdges=*/true});
      ASSERT_TRUE(flat && nested);
      auto a = simulate(*flat, {dt, method, pair.reset, {"lif1.lif.v"}},
                        {{"input", &input}});
      auto b = simulate(*nested, {dt, method, pair.reset, {"lif1.lif1.v"}},
                        {{"input", &input}});
      ASSERT_TRUE(a && b);
      const TimeGriddedData *za = find(a->outputs, "output");
      const TimeGriddedData *zb = find(b->outputs, "output");
      ASSERT_TRUE(za && zb);
      EXPECT_EQ(za->numNeurons, 7);
      EXPECT_EQ(za->values, zb->values);
      ASSERT_EQ(a->probes.size(), 1u);
      ASSERT_EQ(b->probes.size(), 1u);
      const TimeGriddedData &va = a->probes[0].second,
                            &vb = b->probes[0].second;
      EXPECT_EQ(va.numNeurons, vb.numNeurons);
      EXPECT_GT(maxAbs(va), 0.1); // the hidden layer is driven
      EXPECT_LT(maxAbsDiff(va, vb), 1e-12);
    }
  }
}

TEST_P(SimulatorTest, CnnSinabsRuns) {
  SKIP_WITHOUT_FIXTURES();
  OwningOpRef<ModuleOp> module =
      importNIRFile((kFixtures / "cnn_sinabs.nir").string(), &context);
  ASSERT_TRUE(module);
  std::unique_ptr<Simulator> simulator =
      build(*module, {1.0, sim::Method::Exact, sim::ResetMode::ToValue, {}});
  ASSERT_TRUE(simulator);
  ASSERT_EQ(simulator->inputs().size(), 1u);
  const SignalPort &port = simulator->inputs().front();
  EXPECT_EQ(port.shape, (std::vector<int64_t>{2, 34, 34}));
  ASSERT_EQ(port.numElements, 2 * 34 * 34);
  std::mt19937_64 rng(71);
  const int steps = 8;
  TimeGriddedData input = randomSpikes(rng, 2, steps, 2312, 1.0, 0.3);
  auto result = run(*simulator, {{port.node, &input}});
  ASSERT_TRUE(result);
  ASSERT_EQ(result->outputs.size(), 1u);
  const TimeGriddedData &out = result->outputs.front().second;
  EXPECT_EQ(out.numNeurons, 10);
  EXPECT_EQ(out.numSteps, steps);
  EXPECT_EQ(out.numSamples, 2);
  // IF spikes: whole, non-negative counts.
  for (double z : out.values) {
    EXPECT_GE(z, 0);
    EXPECT_EQ(z, std::floor(z));
  }
}

} // namespace

TEST_P(SimulatorTest, RefusesAnUnscheduledOrUnallocatedModel) {
  // Straight from convert-nir-to-sim, before sim-schedule: the runtime
  // would run the ops in an order nobody checked.
  OwningOpRef<ModuleOp> module = parse(R"mlir(
    sim.model @m attributes {dt = 1.0 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
      %x = sim.input "in" {node = "x"} : tensor<1xf64>
      sim.output "out"(%x) {node = "out"} : tensor<1xf64>
    })mlir");
  ASSERT_TRUE(module);
  std::string diagnostics;
  ScopedDiagnosticHandler capture(&context, [&](Diagnostic &diag) {
    diagnostics += diag.str();
    return success();
  });
  auto model = *module->getOps<sim::ModelOp>().begin();
  EXPECT_TRUE(failed(Simulator::create(model, GetParam())));
  EXPECT_NE(diagnostics.find("must be scheduled (run 'sim-schedule')"),
            std::string::npos)
      << diagnostics;
  model.setScheduled(true);
  EXPECT_TRUE(failed(Simulator::create(model, GetParam())));
  EXPECT_NE(diagnostics.find("must have its storage allocated (run "
                             "'sim-allocate-storage')"),
            std::string::npos)
      << diagnostics;
  ASSERT_TRUE(succeeded(test::allocateStorage(*module)));
  EXPECT_TRUE(succeeded(Simulator::create(model, GetParam())));
}
