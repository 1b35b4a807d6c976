//===- FloatEmulationTest.cpp - SpiNNaker2's float32, BrainScaleS-2's CADC ===//
//
// Small NIR graphs mapped onto SpiNNaker2 and BrainScaleS-2 as `nirc
// simulate --target` maps them (lowerToEmulation), run by the Simulator, and
// compared with sequences computed by hand in the comments:
// - SpiNNaker2: the inferred PE update in float32, v ← alpha_decay·v + Σw·s
//   + i_offset, spike above threshold, reset to 0, every hop one step late;
//   one float32 rounding per register update;
// - BrainScaleS-2: the 8-bit CADC code of `sim.adc`, alone and as the
//   recorded membrane of an emulated run beside the ideal one;
// and the verifiers of `sim.cast` and `sim.adc` and the interpreter's
// float32 results.
//
//===----------------------------------------------------------------------===//

#include "AllocateStorage.h"
#include "nirc/Dialect/Sim/SimOps.h"
#include "nirc/InitAllDialects.h"
#include "nirc/Simulator/Emulation.h"
#include "nirc/Simulator/FixedPoint.h"
#include "nirc/Simulator/Simulator.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"

#include "gtest/gtest.h"

#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <vector>

using namespace mlir;
using namespace nirc;

namespace {

TimeGriddedData spikeTrain(const std::vector<double> &spikes, double dt) {
  TimeGriddedData data;
  data.numSamples = 1;
  data.numSteps = int64_t(spikes.size());
  data.numNeurons = 1;
  data.dt = dt;
  data.values = spikes;
  return data;
}

const TimeGriddedData *
find(const std::vector<std::pair<SignalPort, TimeGriddedData>> &recordings,
     llvm::StringRef node, llvm::StringRef observable,
     const SignalPort **port = nullptr) {
  for (const auto &[p, data] : recordings)
    if (p.node == node && p.observable == observable) {
      if (port)
        *port = &p;
      return &data;
    }
  return nullptr;
}

class FloatEmulationTest : public ::testing::Test {
protected:
  FloatEmulationTest() {
    DialectRegistry registry;
    registerAllDialects(registry);
    context.appendDialectRegistry(registry);
    context.loadAllAvailableDialects();
  }

  /// Maps `text` onto `target` and runs it on `input` (the graph's one
  /// Input, "in"); errors fail the test, remarks and warnings are dropped.
  std::optional<SimulationResult> emulate(llvm::StringRef text,
                                          llvm::StringRef target, double dt,
                                          const TimeGriddedData &input,
                                          std::vector<std::string> probes) {
    ScopedDiagnosticHandler quiet(&context, [](Diagnostic &diagnostic) {
      if (diagnostic.getSeverity() == DiagnosticSeverity::Error)
        ADD_FAILURE() << diagnostic.str();
      return success();
    });
    OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(text, &context);
    if (!module) {
      ADD_FAILURE() << "cannot parse:\n" << text.str();
      return std::nullopt;
    }
    EmulationOptions options;
    options.target = target.str();
    options.dt = dt;
    options.probes = std::move(probes);
    if (failed(lowerToEmulation(*module, options)))
      return std::nullopt;
    return run(*module, input);
  }

  /// The ideal run of `text` (method exact).
  std::optional<SimulationResult> ideal(llvm::StringRef text, double dt,
                                        const TimeGriddedData &input,
                                        std::vector<std::string> probes) {
    OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(text, &context);
    if (!module) {
      ADD_FAILURE() << "cannot parse:\n" << text.str();
      return std::nullopt;
    }
    SimulationOptions options;
    options.dt = dt;
    options.probes = std::move(probes);
    if (failed(lowerToSimulation(*module, options))) {
      ADD_FAILURE() << "lowerToSimulation failed";
      return std::nullopt;
    }
    return run(*module, input);
  }

  std::optional<SimulationResult> run(ModuleOp module,
                                      const TimeGriddedData &input) {
    auto models = module.getOps<sim::ModelOp>();
    if (models.empty()) {
      ADD_FAILURE() << "no sim.model";
      return std::nullopt;
    }
    if (failed(test::allocateStorage(module))) {
      ADD_FAILURE() << "sim-allocate-storage failed";
      return std::nullopt;
    }
    auto simulator = Simulator::create(*models.begin());
    if (failed(simulator)) {
      ADD_FAILURE() << "Simulator::create failed";
      return std::nullopt;
    }
    llvm::StringMap<const TimeGriddedData *> inputs;
    inputs["in"] = &input;
    llvm::Expected<SimulationResult> result = (*simulator)->run(inputs);
    if (!result) {
      ADD_FAILURE() << llvm::toString(result.takeError());
      return std::nullopt;
    }
    return std::move(*result);
  }

  MLIRContext context;
};

//===----------------------------------------------------------------------===//
// sim.cast, sim.adc and float32 results
//===----------------------------------------------------------------------===//

/// The error the verifier gives for a `sim.model` holding `body`.
std::string verifierError(MLIRContext &context, llvm::StringRef body) {
  std::string error;
  ScopedDiagnosticHandler capture(&context, [&](Diagnostic &diagnostic) {
    if (diagnostic.getSeverity() == DiagnosticSeverity::Error)
      error = diagnostic.str();
    return success();
  });
  std::string text =
      "sim.model @m attributes {dt = 1.0e-3 : f64} {\n"
      "  %x = sim.input \"in\" {node = \"in\"} : tensor<2xf64>\n" +
      body.str() + "\n}\n";
  OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(text, &context);
  return module ? "" : error;
}

TEST_F(FloatEmulationTest, CastAndAdcVerifiers) {
  EXPECT_EQ(verifierError(context,
                          "%c = sim.cast %x {node = \"c\"} : tensor<2xf64> -> "
                          "tensor<3xf32>"),
            "'sim.cast' op result shape [3] differs from the input's [2]");
  EXPECT_EQ(verifierError(context,
                          "%c = sim.cast %x {node = \"c\"} : tensor<2xf64> -> "
                          "tensor<2xf64>"),
            "'sim.cast' op casts 'f64' to itself");
  // A float becomes an integer only through an ADC.
  EXPECT_NE(verifierError(context,
                          "%c = sim.cast %x {node = \"c\"} : tensor<2xf64> -> "
                          "tensor<2xi32>"),
            "");
  EXPECT_EQ(verifierError(
                context,
                "%c = sim.adc %x {node = \"c\", bits = 8 : i64, offset = 0.0 : "
                "f64, unit = 0.0 : f64} : tensor<2xf64> -> "
                "tensor<2xi32>"),
            "'sim.adc' op 'unit' must be a positive LSB, got 0.000000e+00");
  EXPECT_EQ(
      verifierError(context,
                    "%c = sim.adc %x {node = \"c\", bits = 8 : i64, offset = "
                    "0x7FF0000000000000 : f64, unit = 1.0 : f64} : "
                    "tensor<2xf64> -> tensor<2xi32>"),
      "'sim.adc' op 'offset' must be finite");
  EXPECT_EQ(verifierError(
                context,
                "%c = sim.adc %x {node = \"c\", bits = 8 : i64, offset = 0.0 : "
                "f64, unit = 1.0 : f64} : tensor<2xf64> -> "
                "tensor<2xi8>"),
            "'sim.adc' op a 8-bit code needs a result wider than 8 bits, to "
            "hold it as a non-negative integer");
  EXPECT_EQ(verifierError(
                context,
                "%c = sim.adc %x {node = \"c\", bits = 8 : i64, offset = 0.0 : "
                "f64, unit = 1.0 : f64} : tensor<2xf64> -> "
                "tensor<3xi32>"),
            "'sim.adc' op result shape [3] differs from the input's [2]");
  EXPECT_EQ(
      verifierError(
          context,
          "%e = sim.events %x {node = \"e\", max_per_step = 3 : i64} : "
          "tensor<2xf64> -> tensor<2xi32>\n"
          "%f = sim.cast %e {node = \"f\"} : tensor<2xi32> -> tensor<2xf32>\n"
          "%c = sim.adc %f {node = \"c\", bits = 8 : i64, offset = 0.0 : "
          "f64, unit = 1.0 : f64} : tensor<2xf32> -> "
          "tensor<2xi9>"),
      "");
}

// A float32 result holds the float nearest to what the op computes: 0.1
// through f32 and back is 0.100000001490116; counts become floats as they
// are; an ADC code reads back as offset + unit × code, in NIR units.
TEST_F(FloatEmulationTest, Float32ResultsAndCodes) {
  const char *model = R"mlir(
sim.model @m attributes {dt = 1.0e-3 : f64, scheduled} {
  %x = sim.input "in" {node = "x"} : tensor<1xf64>
  %f = sim.cast %x {node = "f"} : tensor<1xf64> -> tensor<1xf32>
  %d = sim.cast %f {node = "d"} : tensor<1xf32> -> tensor<1xf64>
  %e = sim.events %x {node = "e", max_per_step = 3 : i64} : tensor<1xf64> -> tensor<1xi32>
  %n = sim.cast %e {node = "n"} : tensor<1xi32> -> tensor<1xf32>
  %c = sim.adc %x {node = "c", bits = 8 : i64, offset = -1.0 : f64, unit = 0.0625 : f64} : tensor<1xf64> -> tensor<1xi32>
  sim.output "f32"(%d) {node = "f32"} : tensor<1xf64>
  sim.output "count"(%n) {node = "count"} : tensor<1xf32>
  sim.output "adc"(%c) {node = "adc", offset = -1.0 : f64, unit = 0.0625 : f64} : tensor<1xi32>
  sim.probe "x" "v"(%c) {offset = -1.0 : f64, unit = 0.0625 : f64} : tensor<1xi32>
}
)mlir";
  OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(model, &context);
  ASSERT_TRUE(module);
  TimeGriddedData input = spikeTrain({0.1, 2.7, -0.34375, 40.0}, 1e-3);
  auto result = run(*module, input);
  ASSERT_TRUE(result);
  const TimeGriddedData *f32 = find(result->outputs, "f32", "output");
  const TimeGriddedData *count = find(result->outputs, "count", "output");
  const TimeGriddedData *adc = find(result->outputs, "adc", "output");
  const SignalPort *port = nullptr;
  const TimeGriddedData *code = find(result->probes, "x", "v", &port);
  ASSERT_TRUE(f32 && count && adc && code && port);
  const double rounded[] = {0.100000001490116119384765625,
                            2.7000000476837158203125, -0.34375, 40.0};
  const double counts[] = {0, 2, 0, 3};
  // (x + 1) / 0.0625 = 17.6, 59.2, 10.5, 656 -> 18, 59, 11 (halves up), 255.
  const double codes[] = {18, 59, 11, 255};
  for (int k = 0; k < 4; ++k) {
    EXPECT_EQ(f32->values[k], rounded[k]) << "step " << k;
    EXPECT_EQ(count->values[k], counts[k]) << "step " << k;
    EXPECT_EQ(code->values[k], codes[k]) << "step " << k;
    EXPECT_EQ(adc->values[k], -1 + 0.0625 * codes[k]) << "step " << k;
  }
  EXPECT_TRUE(port->isInteger);
  EXPECT_EQ(port->unit, 0.0625);
  EXPECT_EQ(port->offset, -1.0);
}

//===----------------------------------------------------------------------===//
// SpiNNaker2
//===----------------------------------------------------------------------===//

// in -> affine "fa" (w 1, bias 1/32) -> IF "a" (r 1000, v_th 2.5) -> linear
// "fb" (w 1) -> IF "b" (r 1000, v_th 1.5), dt = 1 ms. By hand (s2_nir's
// convert_IF with nirc's dt): w_scale 127, weights 127; v_scale = 127 /
// (r dt) = 127; threshold a: 2.5 · 127 = 317.5, b: 1.5 · 127 = 190.5;
// i_offset a: bias · w_scale = 3.96875; alpha_decay 1. Every value is
// exact in float32. Input spikes on steps 0 to 3 reach "a" on steps 1 to 4:
//   step 0: v = 0 + 0 + 3.96875                    =   3.96875
//   step 1: v = 3.96875 + 127 + 3.96875            = 134.9375
//   step 2: v = 134.9375 + 127 + 3.96875           = 265.90625
//   step 3: v = 265.90625 + 127 + 3.96875 = 396.875 > 317.5: spike, v = 0
//   step 4: v = 0 + 127 + 3.96875                  = 130.96875
//   step 5: v = 130.96875 + 3.96875                = 134.9375
// The spike of step 3 reaches "b" on step 4: v = 127 (< 190.5), and stays.
// In NIR units (v / v_scale): a's 3.96875 is 0.03125, the bias per step.
TEST_F(FloatEmulationTest, SpiNNaker2IfStepsSpikesResetsAndDelays) {
  const char *graph = R"mlir(
nir.graph "s2_if" {
  %x = nir.input "in" : !nir.signal<1>
  %fa = nir.affine "fa"(%x) {weight = dense<1.0> : tensor<1x1xf32>,
      bias = dense<0.03125> : tensor<1xf32>} : (!nir.signal<1>) -> !nir.signal<1>
  %a = nir.if "a"(%fa) {r = dense<1000.0> : tensor<1xf64>,
      v_threshold = dense<2.5> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %fb = nir.linear "fb"(%a) {weight = dense<1.0> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %b = nir.if "b"(%fb) {r = dense<1000.0> : tensor<1xf64>,
      v_threshold = dense<1.5> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%b) : (!nir.signal<1>) -> !nir.signal<1>
}
)mlir";
  TimeGriddedData input = spikeTrain({1, 1, 1, 1, 0, 0}, 1e-3);
  auto result = emulate(graph, "spinnaker2", 1e-3, input, {"a", "a.v", "b.v"});
  ASSERT_TRUE(result);
  const TimeGriddedData *aSpikes = find(result->probes, "a", "output");
  const TimeGriddedData *aV = find(result->probes, "a", "v");
  const TimeGriddedData *bV = find(result->probes, "b", "v");
  ASSERT_TRUE(aSpikes && aV && bV);
  const double v[] = {3.96875, 134.9375, 265.90625, 0, 130.96875, 134.9375};
  const double spikes[] = {0, 0, 0, 1, 0, 0};
  const double b[] = {0, 0, 0, 0, 127, 127};
  for (int k = 0; k < 6; ++k) {
    EXPECT_EQ(aSpikes->values[k], spikes[k]) << "step " << k;
    EXPECT_DOUBLE_EQ(aV->values[k], v[k] / 127) << "step " << k;
    EXPECT_DOUBLE_EQ(bV->values[k], b[k] / 127) << "step " << k;
  }
  EXPECT_DOUBLE_EQ(aV->values[0], 0.03125);
}

// in -> linear (w 1) -> LIF "l" (tau 10 ms, r 1, v_th 0.5), dt = 1 ms, a
// spike every step. alpha_decay = exp(-0.1) -> float32 0.904837429523468;
// v_scale = 127 / (1 - exp(-0.1)) = 1334.5581569864314, threshold 0.5 ·
// v_scale -> float32 667.279052734375. From step 1 on, v ← fl(α v + 127),
// one rounding of the exact α v + 127 (float32 results of a double
// computation):
//   0, 127, 241.91435241699219, 345.89315795898438, 439.97708129882812,
//   525.10772705078125, 602.13714599609375, then 671.836... > 667.279:
//   spike and v = 0 on step 7, and again 127, 241.91435241699219, ...
// Rounding α v and the sum separately (a compiler that does not fuse the
// multiply-add) gives 602.1370849609375 on step 6: one float32 ulp lower.
TEST_F(FloatEmulationTest, SpiNNaker2LifRoundsEachRegisterUpdateOnce) {
  const char *graph = R"mlir(
nir.graph "s2_lif" {
  %x = nir.input "in" : !nir.signal<1>
  %w = nir.linear "w"(%x) {weight = dense<1.0> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %l = nir.lif "l"(%w) {tau = dense<1.0e-2> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<0.5> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>} : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%l) : (!nir.signal<1>) -> !nir.signal<1>
}
)mlir";
  TimeGriddedData input = spikeTrain(std::vector<double>(11, 1.0), 1e-3);
  auto result = emulate(graph, "spinnaker2", 1e-3, input, {"l.v"});
  ASSERT_TRUE(result);
  const TimeGriddedData *spikes = find(result->outputs, "out", "output");
  const TimeGriddedData *v = find(result->probes, "l", "v");
  ASSERT_TRUE(spikes && v);
  const double expected[] = {0,
                             127,
                             241.91435241699219,
                             345.89315795898438,
                             439.97708129882812,
                             525.10772705078125,
                             602.13714599609375,
                             0,
                             127,
                             241.91435241699219,
                             345.89315795898438};
  const double vScale = 127 / -std::expm1(-0.1);
  for (int k = 0; k < 11; ++k) {
    EXPECT_EQ(spikes->values[k], k == 7 ? 1.0 : 0.0) << "step " << k;
    // Recorded as v · (1 / v_scale) in double, from the float32 register.
    EXPECT_DOUBLE_EQ(v->values[k], expected[k] * (1 / vScale)) << "step " << k;
  }
  // The separately rounded sequence, for contrast.
  float alpha = float(std::exp(-0.1)), twice = 0;
  for (int k = 1; k <= 6; ++k) {
    float product = alpha * twice;
    twice = product + 127.0f;
  }
  EXPECT_EQ(double(twice), 602.1370849609375);
  EXPECT_NE(double(twice), expected[6]);
}

//===----------------------------------------------------------------------===//
// BrainScaleS-2
//===----------------------------------------------------------------------===//

// The CADC code: (x − offset) / unit, clamped to [0, 255], to the nearest
// code, halves up. LSB 1/16 V, code 0 at -1 V.
TEST(FloatEmulation, CadcCode) {
  const double unit = 0.0625, offset = -1;
  EXPECT_EQ(fixed::adcCode(-1.0, unit, offset, 8), 0);
  EXPECT_EQ(fixed::adcCode(0.0, unit, offset, 8), 16);
  EXPECT_EQ(fixed::adcCode(-0.34375, unit, offset, 8), 11); // 10.5
  EXPECT_EQ(fixed::adcCode(-0.35, unit, offset, 8), 10);    // 10.4
  EXPECT_EQ(fixed::adcCode(-3.0, unit, offset, 8), 0);      // below
  EXPECT_EQ(fixed::adcCode(14.9375, unit, offset, 8), 255); // 255.0
  EXPECT_EQ(fixed::adcCode(100.0, unit, offset, 8), 255);   // above
  EXPECT_EQ(
      fixed::adcCode(std::numeric_limits<double>::quiet_NaN(), unit, offset, 8),
      0);
  // hxtorch's targets as nirc reads them: leak 80 at v_leak 0.1, threshold
  // 150 at v_threshold 1.
  const double lsb = 0.9 / 70, zero = 0.1 - 80 * lsb;
  EXPECT_EQ(fixed::adcCode(0.1, lsb, zero, 8), 80);
  EXPECT_EQ(fixed::adcCode(1.0, lsb, zero, 8), 150);
}

// in -> linear (w 0.5: q = 32, exactly 0.5 again) -> cuba_lif "h" (v_leak
// 0, v_threshold 1, v_reset 0: the reset target is the leak's, so NIR's
// reset is kept) -> linear (0.25 -> 16 / 64) -> cuba_li "ro". Every weight
// is on the 6-bit grid, so the analog neuron follows the ideal one; what the
// emulation records is its CADC samples: h with LSB (1 - 0) / (150 - 80) =
// 1/70 V and code 0 at -80/70 V, ro with hxtorch's trace_scale 1/50 and
// code 0 at -80/50 V. Each recorded value is the ideal membrane rounded to
// that grid (and clamped to its 256 codes).
TEST_F(FloatEmulationTest, BrainScaleS2RecordsTheCadcSamples) {
  const char *graph = R"mlir(
nir.graph "bs2" {
  %x = nir.input "in" : !nir.signal<1>
  %w = nir.linear "w"(%x) {weight = dense<0.5> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %h = nir.cuba_lif "h"(%w) {tau_syn = dense<2.0e-3> : tensor<1xf64>,
      tau_mem = dense<4.0e-3> : tensor<1xf64>, r = dense<40.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>,
      v_reset = dense<0.0> : tensor<1xf64>, w_in = dense<1.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %u = nir.linear "u"(%h) {weight = dense<0.25> : tensor<1x1xf32>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %ro = nir.cuba_li "ro"(%u) {tau_syn = dense<2.0e-3> : tensor<1xf64>,
      tau_mem = dense<4.0e-3> : tensor<1xf64>, r = dense<20.0> : tensor<1xf64>,
      v_leak = dense<0.0> : tensor<1xf64>, w_in = dense<1.0> : tensor<1xf64>}
      : (!nir.signal<1>) -> !nir.signal<1>
  %y = nir.output "out"(%ro) : (!nir.signal<1>) -> !nir.signal<1>
}
)mlir";
  std::vector<double> spikes(60, 0.0);
  for (int k = 2; k < 30; ++k)
    spikes[k] = 1;
  for (int k = 40; k < 50; ++k)
    spikes[k] = 1;
  TimeGriddedData input = spikeTrain(spikes, 1e-4);
  auto chip = emulate(graph, "brainscales2", 1e-4, input, {"h", "h.v"});
  auto exact = ideal(graph, 1e-4, input, {"h", "h.v"});
  ASSERT_TRUE(chip && exact);

  const SignalPort *port = nullptr;
  const TimeGriddedData *hCode = find(chip->probes, "h", "v", &port);
  const TimeGriddedData *hIdeal = find(exact->probes, "h", "v");
  ASSERT_TRUE(hCode && hIdeal && port);
  EXPECT_TRUE(port->isInteger);
  EXPECT_DOUBLE_EQ(port->unit, 1.0 / 70);
  EXPECT_DOUBLE_EQ(port->offset, -80.0 / 70);
  const TimeGriddedData *hChipSpikes = find(chip->probes, "h", "output");
  const TimeGriddedData *hIdealSpikes = find(exact->probes, "h", "output");
  ASSERT_TRUE(hChipSpikes && hIdealSpikes);
  int64_t idealSpikes = 0, top = 0;
  for (size_t k = 0; k < hCode->values.size(); ++k) {
    EXPECT_EQ(hChipSpikes->values[k], hIdealSpikes->values[k]) << "step " << k;
    idealSpikes += int64_t(hIdealSpikes->values[k]);
    double code = hCode->values[k];
    EXPECT_EQ(code, double(fixed::adcCode(hIdeal->values[k], port->unit,
                                          port->offset, 8)))
        << "step " << k;
    top = std::max<int64_t>(top, int64_t(code));
  }
  EXPECT_GT(idealSpikes, 0);
  EXPECT_GT(top, 80); // the membrane rose above the leak

  // The readout is recorded in NIR units, offset + unit × code.
  const TimeGriddedData *roChip = find(chip->outputs, "out", "output");
  const TimeGriddedData *roIdeal = find(exact->outputs, "out", "output");
  ASSERT_TRUE(roChip && roIdeal);
  bool moved = false;
  for (size_t k = 0; k < roChip->values.size(); ++k) {
    int64_t code = fixed::adcCode(roIdeal->values[k], 1.0 / 50, -1.6, 8);
    EXPECT_NEAR(roChip->values[k], -1.6 + code / 50.0, 1e-12) << "step " << k;
    EXPECT_LE(std::abs(roChip->values[k] - roIdeal->values[k]), 0.01 + 1e-12);
    moved |= code != 80;
  }
  EXPECT_TRUE(moved);
}

} // namespace
