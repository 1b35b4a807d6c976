//===- Loihi2ModelTest.cpp - the Loihi 2 target model ---------------------===//

#include "ChipTestHelpers.h"
#include "nirc/Dialect/Chip/ChipPipeline.h"
#include "nirc/Dialect/Chip/TargetModel.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"

#include <cmath>
#include <string>

using namespace mlir;
using namespace nirc::chip;
using namespace nirc::chip::testing;

namespace {
class Loihi2Test : public ChipTest {
protected:
  const TargetModel &model() { return *lookupTargetModel("loihi2"); }

  /// parseDevice, printing the parser's messages when it fails.
  DeviceOp parse(StringRef text) {
    DeviceOp device = parseDevice(text);
    if (!device)
      for (const std::string &message : diagnostics)
        ADD_FAILURE() << message;
    return device;
  }
  /// Parses and quantises `text`, which must succeed.
  DeviceOp quantized(StringRef text) {
    DeviceOp device = parse(text);
    if (device && failed(quantizeDevice(device)))
      for (const std::string &message : diagnostics)
        ADD_FAILURE() << message;
    return device;
  }
  /// Parses and quantises `text`, which must fail with exactly `message`.
  void expectQuantizeError(StringRef text, StringRef message) {
    DeviceOp device = parse(text);
    ASSERT_TRUE(device);
    EXPECT_TRUE(failed(quantizeDevice(device)));
    EXPECT_TRUE(llvm::is_contained(diagnostics, message.str()))
        << "expected: " << message.str() << "\ngot:\n"
        << llvm::join(diagnostics, "\n");
  }

  static DictionaryAttr registers(Operation *op) {
    if (auto p = dyn_cast<PopulationOp>(op))
      return p.getRegistersAttr();
    return cast<SynapsesOp>(op).getRegistersAttr();
  }
  /// Integer register `name`: every element of an array, or the value.
  SmallVector<int64_t> ints(Operation *op, StringRef name) {
    return getInts(registers(op) ? registers(op).get(name) : Attribute());
  }
  int64_t scalar(Operation *op, StringRef name) {
    SmallVector<int64_t> values = ints(op, name);
    EXPECT_EQ(values.size(), 1u) << name.str();
    return values.empty() ? INT64_MIN : values[0];
  }
  double real(Operation *op, StringRef name) {
    Attribute attr = registers(op) ? registers(op).get(name) : Attribute();
    if (auto value = dyn_cast_or_null<FloatAttr>(attr))
      return value.getValueAsDouble();
    if (auto array = dyn_cast_or_null<DenseFPElementsAttr>(attr);
        array && array.getNumElements() == 1)
      return (*array.getValues<APFloat>().begin()).convertToDouble();
    return NAN;
  }
  std::string string(Operation *op, StringRef name) {
    Attribute attr = registers(op) ? registers(op).get(name) : Attribute();
    auto value = dyn_cast_or_null<StringAttr>(attr);
    return value ? value.str() : "";
  }
  static SmallVector<int64_t> qweight(SynapsesOp synapses) {
    SmallVector<int64_t> values;
    if (auto q = synapses.getQweight())
      for (const APInt &v : q->getValues<APInt>())
        values.push_back(v.getSExtValue());
    return values;
  }
  FailureOr<int64_t> maxSliceSize(DeviceOp device, StringRef population,
                                  LimitViolation &violation) {
    auto p = findNamed<PopulationOp>(device, population);
    return model().getMaxSliceSize(p, p.getIncomingSynapses(), violation);
  }
};

/// A scalar parameter, `name = dense<value> : tensor<1xf64>`.
std::string param(StringRef name, double value) {
  return llvm::formatv("{0} = dense<{1:e}> : tensor<1xf64>", name, value).str();
}

/// A device with one input of `inputs` channels feeding a population of
/// `size` `model` neurons with `params` (r = 1, v_leak = 0 and v_reset = 0
/// unless given), through a dense block of `weights` (an MLIR dense
/// literal); the population is read out.
std::string device(StringRef model, int64_t size, StringRef given,
                   int64_t inputs, StringRef weights, double dt = 1.0e-3) {
  std::string params = given.str();
  for (auto [name, value] :
       {std::pair<StringRef, double>{"r", 1}, {"v_leak", 0}, {"v_reset", 0}})
    if (!given.contains((name + " = ").str()))
      params += ", " + param(name, value);
  return llvm::formatv(R"mlir(
    chip.device "loihi2" attributes {{dt = {5:e} : f64} {
      %in = chip.input "in" [{0}] : !chip.neurons<{0}>
      %p = chip.population "{2}" {2} [{1}] {{nir_op = "nir.{2}",
          params = {{{3}}} : !chip.neurons<{1}>
      chip.synapses "fc" dense %in -> %p {{nir_op = "nir.linear",
          weight = dense<{4}> : tensor<{1}x{0}xf64>}
          : !chip.neurons<{0}> -> !chip.neurons<{1}>
      chip.output "out" %p : !chip.neurons<{1}>
    })mlir",
                       inputs, size, model, params, weights, dt)
      .str();
}

/// LIF parameters: tau_mem 20 ms (dv = 200 at dt = 1 ms).
std::string lifParams(double vThreshold = 1, double vReset = 0,
                      double vLeak = 0, double r = 1) {
  return param("tau_mem", 2e-2) + ", " + param("r", r) + ", " +
         param("v_leak", vLeak) + ", " + param("v_threshold", vThreshold) +
         ", " + param("v_reset", vReset);
}
} // namespace

//===----------------------------------------------------------------------===//
// The model's numbers
//===----------------------------------------------------------------------===//

TEST_F(Loihi2Test, Loihi2Numbers) {
  const TargetModel *m = lookupTargetModel("loihi2");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->getName(), "loihi2");
  EXPECT_EQ(m->getDisplayName(), "Loihi 2");
  EXPECT_EQ(m->getNumCores(), 128u);
  EXPECT_EQ(m->getCoreKind(0), "neurocore");
  EXPECT_EQ(m->getCoreKind(127), "neurocore");
  EXPECT_EQ(m->getNeuronCapacity(0), 4096);
  EXPECT_EQ(m->getPlacementStyle(), PlacementStyle::CorePerSlice);
  EXPECT_EQ(m->getMaxRouteDestinations(), 0u);

  auto limit = [&](StringRef key) -> int64_t {
    for (const TargetLimit &l : m->getLimits())
      if (l.key == key)
        return l.value;
    ADD_FAILURE() << "no limit " << key.str();
    return -1;
  };
  EXPECT_EQ(limit("cores"), 128);
  EXPECT_EQ(limit("neurons_per_core"), 4096);
  EXPECT_EQ(limit("syn_mem_per_core"), 12000);
  EXPECT_EQ(limit("synapses_per_core"), 37925); // 12000 · 256/81
  EXPECT_EQ(limit("neuron_groups_per_core"), 8);
  EXPECT_EQ(limit("weight_bits"), 8);
  EXPECT_EQ(limit("threshold_bits"), 17);

  auto range = [](ArrayRef<RegisterRange> ranges, StringRef name) {
    for (const RegisterRange &r : ranges)
      if (r.name == name)
        return std::make_pair(r.min, r.max);
    ADD_FAILURE() << "no register " << name.str();
    return std::make_pair(int64_t(0), int64_t(0));
  };
  using Range = std::pair<int64_t, int64_t>;
  ArrayRef<RegisterRange> population = m->getPopulationRegisters();
  EXPECT_EQ(range(population, "du"), Range(0, 4095));
  EXPECT_EQ(range(population, "dv"), Range(0, 4095));
  EXPECT_EQ(range(population, "vth"), Range(0, 131071));
  EXPECT_EQ(range(population, "bias_mant"), Range(-4096, 4095));
  EXPECT_EQ(range(population, "bias_exp"), Range(0, 7));
  EXPECT_EQ(range(population, "v"), Range(-8388607, 8388607));
  ArrayRef<RegisterRange> synapses = m->getSynapseRegisters();
  EXPECT_EQ(range(synapses, "weight_exp"), Range(-8, 7));
  EXPECT_EQ(range(synapses, "num_weight_bits"), Range(1, 8));
  EXPECT_EQ(m->getWeightRange().min, -255);
  EXPECT_EQ(m->getWeightRange().max, 255);
}

TEST_F(Loihi2Test, Loihi2SupportedModelsAndSynapses) {
  for (NeuronModel spiking :
       {NeuronModel::LIF, NeuronModel::CubaLIF, NeuronModel::IF}) {
    EXPECT_TRUE(model().supportsNeuronModel(spiking, false))
        << stringifyNeuronModel(spiking).str();
    EXPECT_TRUE(model().supportsNeuronModel(spiking, true))
        << stringifyNeuronModel(spiking).str();
  }
  for (NeuronModel readout : {NeuronModel::LI, NeuronModel::CubaLI}) {
    EXPECT_FALSE(model().supportsNeuronModel(readout, false))
        << stringifyNeuronModel(readout).str();
    EXPECT_TRUE(model().supportsNeuronModel(readout, true))
        << stringifyNeuronModel(readout).str();
  }
  EXPECT_TRUE(model().supportsSynapses(SynapseKind::Dense, false));
  EXPECT_TRUE(model().supportsSynapses(SynapseKind::Conv2d, false));
  EXPECT_FALSE(model().supportsSynapses(SynapseKind::Dense, true));
  EXPECT_FALSE(model().supportsSynapses(SynapseKind::Conv2d, true));
}

//===----------------------------------------------------------------------===//
// Decays
//===----------------------------------------------------------------------===//

TEST_F(Loihi2Test, Loihi2DecaysFromTau) {
  // 4096 (1 − e^{−0.1}) = 389.79 → du = 390 − 1 = 389 (ds_offset = 1);
  // 4096 (1 − e^{−0.05}) = 199.76 → dv = 200 (int() would give 199).
  std::string params = param("tau_syn", 1e-2) + ", " + param("tau_mem", 2e-2) +
                       ", " + param("r", 1) + ", " + param("v_leak", 0) + ", " +
                       param("v_threshold", 1) + ", " + param("v_reset", 0) +
                       ", " + param("w_in", 1);
  DeviceOp device = quantized(::device("cuba_lif", 2, params, 2, "0.5"));
  ASSERT_TRUE(device);
  auto p = findNamed<PopulationOp>(device, "cuba_lif");
  EXPECT_EQ(scalar(p, "du"), 389);
  EXPECT_EQ(scalar(p, "dv"), 200);

  // −dt / ln(α) with α = (4095 − du)/4096 and (4096 − dv)/4096.
  double tauSyn = real(p, "effective_tau_syn"),
         tauMem = real(p, "effective_tau_mem");
  EXPECT_NEAR(tauSyn, 0.009994227346873313, 1e-12);
  EXPECT_NEAR(tauMem, 0.019975828465735295, 1e-12);
  // Within half a register step of NIR's exact decay.
  EXPECT_LE(std::abs(std::exp(-1e-3 / tauSyn) - std::exp(-1e-3 / 1e-2)),
            0.5 / 4096);
  EXPECT_LE(std::abs(std::exp(-1e-3 / tauMem) - std::exp(-1e-3 / 2e-2)),
            0.5 / 4096);
}

TEST_F(Loihi2Test, Loihi2LifBypassesTheCurrentAndIfDoesNotLeak) {
  DeviceOp lif = quantized(device("lif", 2, lifParams(), 2, "0.5"));
  ASSERT_TRUE(lif);
  auto p = findNamed<PopulationOp>(lif, "lif");
  EXPECT_EQ(scalar(p, "du"), 4095); // u = a_in << 6 every step
  EXPECT_EQ(scalar(p, "dv"), 200);
  EXPECT_TRUE(std::isnan(real(p, "effective_tau_syn")));

  std::string ifParams = param("r", 1) + ", " + param("v_threshold", 1) + ", " +
                         param("v_reset", 0);
  DeviceOp integrate = quantized(device("if", 2, ifParams, 2, "0.5"));
  ASSERT_TRUE(integrate);
  auto q = findNamed<PopulationOp>(integrate, "if");
  EXPECT_EQ(scalar(q, "du"), 4095);
  EXPECT_EQ(scalar(q, "dv"), 0);
  EXPECT_TRUE(std::isnan(real(q, "effective_tau_mem")));
}

TEST_F(Loihi2Test, Loihi2DecayOutsideItsRegisterIsAnError) {
  // tau_mem = 10 s: 4096 (1 − e^{−1e-4}) = 0.41 → dv = 0, no leak and no
  // input for a LIF.
  expectQuantizeError(
      device("lif", 1, param("tau_mem", 10) + ", " + param("v_threshold", 1), 1,
             "0.5"),
      "'nir.lif' \"lif\": register 'dv' = 0 is outside Loihi 2's range [1, "
      "4095] for a leaky neuron: tau_mem = 10 s of neuron 0 is 10000 steps of "
      "dt = 0.001 s, and dv = round(4096 (1 - exp(-dt/tau_mem)))");
}

TEST_F(Loihi2Test, Loihi2DecaysMustBeSharedByThePopulation) {
  // tau_mem 20 ms and 40 ms give dv = 200 and 101; Lava's LIF process has
  // one dv. Both the design rules and quantize say so.
  std::string params = "tau_mem = dense<[2.0e-02, 4.0e-02]> : tensor<2xf64>, " +
                       param("v_threshold", 1);
  std::string message = "'nir.lif' \"lif\": neurons 0 and 1 need dv = 200 and "
                        "dv = 101 (tau_mem = 0.02 s and 0.04 s), but Lava's "
                        "LIF process holds one dv per population";
  DeviceOp d = parse(device("lif", 2, params, 1, "0.5"));
  ASSERT_TRUE(d);
  EXPECT_TRUE(failed(model().checkDesignRules(d)));
  EXPECT_TRUE(diagnosed(message));
  diagnostics.clear();
  expectQuantizeError(device("lif", 2, params, 1, "0.5"), message);

  // Different taus that round to the same dv are one register value.
  std::string close =
      "tau_mem = dense<[2.0e-02, 2.001e-02]> : tensor<2xf64>, " +
      param("v_threshold", 1);
  DeviceOp same = quantized(device("lif", 2, close, 1, "0.5"));
  ASSERT_TRUE(same);
  EXPECT_EQ(scalar(findNamed<PopulationOp>(same, "lif"), "dv"), 200);
}

//===----------------------------------------------------------------------===//
// Thresholds, biases and the membrane scale
//===----------------------------------------------------------------------===//

TEST_F(Loihi2Test, Loihi2ThresholdBiasAndInitialMembrane) {
  // θ = 1 maps to vth = 1024, so w_scale = 1024. v_leak = 2 is a bias of
  // (1 − α_mem)·2 = 200/4096·2 per step = 6400 LSBs (×64·1024): 3200 << 1.
  // The membrane starts at v_leak: 2·64·1024 = 131072.
  DeviceOp d = quantized(device("lif", 2, lifParams(1, 0, 2), 2, "0.5"));
  ASSERT_TRUE(d);
  auto p = findNamed<PopulationOp>(d, "lif");
  EXPECT_EQ(real(p, "w_scale"), 1024);
  EXPECT_EQ(scalar(p, "vth"), 1024);
  EXPECT_EQ(scalar(p, "bias_mant"), 3200);
  EXPECT_EQ(scalar(p, "bias_exp"), 1);
  EXPECT_EQ(scalar(p, "v"), 131072);
  EXPECT_EQ(real(findNamed<SynapsesOp>(d, "fc"), "w_scale"), 1024);
}

TEST_F(Loihi2Test, Loihi2ResetPotentialIsFoldedIntoTheOffsets) {
  // The chip's v is w_scale·(v − v_reset): v_threshold 1.5 and v_reset 0.5
  // give vth = 1024; v_leak = 0 is −0.5: a bias of 200/4096·(−0.5)·65536 =
  // −1600 LSBs and a start at −32768.
  DeviceOp d = quantized(device("lif", 1, lifParams(1.5, 0.5), 1, "0.5"));
  ASSERT_TRUE(d);
  auto p = findNamed<PopulationOp>(d, "lif");
  EXPECT_EQ(scalar(p, "vth"), 1024);
  EXPECT_EQ(scalar(p, "bias_mant"), -1600);
  EXPECT_EQ(scalar(p, "bias_exp"), 0);
  EXPECT_EQ(scalar(p, "v"), -32768);
}

TEST_F(Loihi2Test, Loihi2LargeBiasLowersTheScaleToFit) {
  // An input bias of 200 is 200/4096·200 = 9.765625 per step; the largest
  // bias, 4095 << 7 LSBs = 8190 a_in units, sets w_scale = 8190/9.765625.
  DeviceOp d = quantized(
      device("lif", 1, lifParams() + ", " + param("bias", 200), 1, "0.5"));
  ASSERT_TRUE(d);
  auto p = findNamed<PopulationOp>(d, "lif");
  double scale = 8190 / 9.765625;
  EXPECT_NEAR(real(p, "w_scale"), scale, 1e-9);
  EXPECT_EQ(scalar(p, "bias_mant"), 4095);
  EXPECT_EQ(scalar(p, "bias_exp"), 7);
  EXPECT_EQ(scalar(p, "vth"), 839); // round(838.656)
}

TEST_F(Loihi2Test, Loihi2NegativeThresholdIsAnError) {
  // v_threshold below v_reset: vth is unsigned.
  expectQuantizeError(device("lif", 1, lifParams(0.5, 1.5), 1, "0.5"),
                      "'nir.lif' \"lif\": register 'vth' = -1024 is outside "
                      "Loihi 2's range [0, 131071]: v_threshold - v_reset = "
                      "-1 of neuron 0 at w_scale 1024");
}

TEST_F(Loihi2Test, Loihi2ThresholdsMustBeSharedByThePopulation) {
  std::string params = param("tau_mem", 2e-2) +
                       ", v_threshold = dense<[1.0, 2.0]> : tensor<2xf64>";
  expectQuantizeError(device("lif", 2, params, 1, "0.5"),
                      "'nir.lif' \"lif\": neurons 0 and 1 need vth = 512 and "
                      "vth = 1024 (v_threshold - v_reset = 1 and 2 at w_scale "
                      "512), but Lava's LIF process holds one vth per "
                      "population");
}

TEST_F(Loihi2Test, Loihi2ReadoutNeverFiresAndKeepsItsMembraneInRange) {
  // An LI readout: du = 4095, vth at its maximum. Inputs of weight 1 and
  // −0.5 step the membrane by at most 200/4096·1.5 per step, so |v| <= 1.5,
  // which maps to 65536 a_in units.
  std::string params =
      param("tau_mem", 2e-2) + ", " + param("r", 1) + ", " + param("v_leak", 0);
  DeviceOp d = quantized(device("li", 1, params, 2, "[[1.0, -0.5]]"));
  ASSERT_TRUE(d);
  auto p = findNamed<PopulationOp>(d, "li");
  EXPECT_EQ(scalar(p, "du"), 4095);
  EXPECT_EQ(scalar(p, "dv"), 200);
  EXPECT_EQ(scalar(p, "vth"), 131071);
  EXPECT_NEAR(real(p, "w_scale"), 65536 / 1.5, 1e-9);
}

//===----------------------------------------------------------------------===//
// Weights
//===----------------------------------------------------------------------===//

TEST_F(Loihi2Test, Loihi2WeightMantissaExponentRoundTrip) {
  // A CUBA-LIF: each weight is w_scale·(dv/4096)·r·((du + 1)/4096)·w_in·W
  // a_in units, stored as k·2^(8 − num_weight_bits + weight_exp + 1).
  std::string params = param("tau_syn", 1e-2) + ", " + param("tau_mem", 2e-2) +
                       ", " + param("r", 2) + ", " + param("v_leak", 0) + ", " +
                       param("v_threshold", 1) + ", " + param("v_reset", 0) +
                       ", " + param("w_in", 1.5);
  SmallVector<double> w = {0.83, -0.41, 0.12, -0.97, 0.05, 0.66};
  std::string literal = llvm::formatv("[[{0}, {1}, {2}], [{3}, {4}, {5}]]",
                                      w[0], w[1], w[2], w[3], w[4], w[5]);
  DeviceOp d = quantized(device("cuba_lif", 2, params, 3, literal));
  ASSERT_TRUE(d);
  auto fc = findNamed<SynapsesOp>(d, "fc");
  EXPECT_EQ(string(fc, "sign_mode"), "MIXED");
  double scale = real(fc, "w_scale");
  EXPECT_EQ(scale, 1024);
  int64_t exp = scalar(fc, "weight_exp"), bits = scalar(fc, "num_weight_bits");
  EXPECT_EQ(bits, 8);
  double gain = 200.0 / 4096 * 2 * (390.0 / 4096) * 1.5;
  double step = std::ldexp(1.0, int(8 - bits + exp + 1));
  SmallVector<int64_t> k = qweight(fc);
  ASSERT_EQ(k.size(), w.size());
  int64_t largest = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    EXPECT_LE(std::abs(k[i] * step - w[i] * gain * scale), step / 2 + 1e-9)
        << i;
    EXPECT_GE(k[i], -128);
    EXPECT_LE(k[i], 127);
    largest = std::max<int64_t>(largest, std::abs(k[i]));
  }
  // The finest exponent: one lower and the largest weight would not fit.
  EXPECT_GT(largest, 63);
  EXPECT_EQ(exp, -4); // 0.97·gain·1024 = 13.85 → mantissa 111 at step 1/8
}

TEST_F(Loihi2Test, Loihi2WeightBitsMatchLavasOptimizeWeightBits) {
  // An IF at dt = 2^-10 s, r = 1, θ = 1: weights [64, −32, 16, 0] in a_in
  // units. Lava's optimize_weight_bits(loihi2=True) gives weight_exp −1,
  // num_weight_bits 4 and mantissas [4, −2, 1, 0] (4·2^(8−4−1+1) = 64).
  std::string params = param("r", 1) + ", " + param("v_threshold", 1) + ", " +
                       param("v_reset", 0);
  DeviceOp d = quantized(
      device("if", 1, params, 4, "[[64.0, -32.0, 16.0, 0.0]]", 0.0009765625));
  ASSERT_TRUE(d);
  auto fc = findNamed<SynapsesOp>(d, "fc");
  EXPECT_EQ(real(fc, "w_scale"), 1024);
  EXPECT_EQ(string(fc, "sign_mode"), "MIXED");
  EXPECT_EQ(scalar(fc, "weight_exp"), -1);
  EXPECT_EQ(scalar(fc, "num_weight_bits"), 4);
  EXPECT_EQ(qweight(fc), (SmallVector<int64_t>{4, -2, 1, 0}));
  EXPECT_EQ(real(fc, "quant_error"), 0);
  EXPECT_TRUE(diagnosed("'fc': 4-bit MIXED weights into \"if\", weight_exp "
                        "-1, w_scale 1024"));
}

TEST_F(Loihi2Test, Loihi2HugeWeightsCostThresholdResolution) {
  // A weight of 2e6 steps an IF (dt = 2^-10 s) by 1953 thresholds: the
  // largest weight, 127 << 8 a_in units, sets w_scale = 32512/1953.125, and
  // θ = 1 becomes vth = round(16.65) = 17, 2.1 % off: a warning says so.
  std::string params = param("r", 1) + ", " + param("v_threshold", 1) + ", " +
                       param("v_reset", 0);
  DeviceOp d =
      quantized(device("if", 1, params, 2, "[[2.0e+06, -1.0]]", 0.0009765625));
  ASSERT_TRUE(d);
  auto p = findNamed<PopulationOp>(d, "if");
  EXPECT_NEAR(real(p, "w_scale"), 32512 / 1953.125, 1e-9);
  EXPECT_EQ(scalar(p, "vth"), 17);
  EXPECT_EQ(scalar(findNamed<SynapsesOp>(d, "fc"), "weight_exp"), 7);
  EXPECT_TRUE(diagnosed("'nir.if' \"if\": vth = 17 holds v_threshold - "
                        "v_reset = 1 only to 2.12"));
  EXPECT_TRUE(
      diagnosed("since w_scale = 16.6461 is set by the largest weight"));
}

TEST_F(Loihi2Test, Loihi2OneSignedWeightsUseTheFullMantissa) {
  // Excitatory weights [64, 32] (a_in units) fit 255 at weight_exp −2:
  // 64/0.25 = 256 does not, so −1: mantissas [128, 64] → 2 bits [2, 1].
  std::string params = param("r", 1) + ", " + param("v_threshold", 1) + ", " +
                       param("v_reset", 0);
  DeviceOp d =
      quantized(device("if", 1, params, 2, "[[64.0, 32.0]]", 0.0009765625));
  ASSERT_TRUE(d);
  auto fc = findNamed<SynapsesOp>(d, "fc");
  EXPECT_EQ(string(fc, "sign_mode"), "EXCITATORY");
  EXPECT_EQ(scalar(fc, "weight_exp"), -1);
  EXPECT_EQ(scalar(fc, "num_weight_bits"), 2);
  EXPECT_EQ(qweight(fc), (SmallVector<int64_t>{2, 1}));

  DeviceOp i =
      quantized(device("if", 1, params, 2, "[[-0.5, -0.25]]", 0.0009765625));
  ASSERT_TRUE(i);
  auto fi = findNamed<SynapsesOp>(i, "fc");
  EXPECT_EQ(string(fi, "sign_mode"), "INHIBITORY");
  // −0.5 a_in units is −128 steps of 2^-8 at weight_exp −8 (−256 steps at
  // −9 would not fit): mantissas [−128, −64] → [−2, −1] at 2 bits.
  EXPECT_EQ(scalar(fi, "weight_exp"), -8);
  EXPECT_EQ(qweight(fi), (SmallVector<int64_t>{-2, -1}));
}

//===----------------------------------------------------------------------===//
// Design rules
//===----------------------------------------------------------------------===//

TEST_F(Loihi2Test, Loihi2ReadoutCannotFeedSynapses) {
  DeviceOp d = parse(R"mlir(
    chip.device "loihi2" attributes {dt = 1.0e-03 : f64} {
      %in = chip.input "in" [2] : !chip.neurons<2>
      %li = chip.population "li" li [2] {nir_op = "nir.li",
          params = {tau_mem = dense<2.0e-02> : tensor<1xf64>}}
          : !chip.neurons<2>
      %lif = chip.population "lif" lif [2] {nir_op = "nir.lif",
          params = {tau_mem = dense<2.0e-02> : tensor<1xf64>,
                    v_threshold = dense<1.0> : tensor<1xf64>}}
          : !chip.neurons<2>
      chip.synapses "a" dense %in -> %li {nir_op = "nir.linear",
          weight = dense<0.5> : tensor<2x2xf64>}
          : !chip.neurons<2> -> !chip.neurons<2>
      chip.synapses "b" dense %li -> %lif {nir_op = "nir.linear",
          weight = dense<0.5> : tensor<2x2xf64>}
          : !chip.neurons<2> -> !chip.neurons<2>
      chip.output "out" %li : !chip.neurons<2>
      chip.output "spikes" %lif : !chip.neurons<2>
    })mlir");
  ASSERT_TRUE(d);
  EXPECT_TRUE(failed(model().checkDesignRules(d)));
  EXPECT_TRUE(diagnosed("'nir.li' \"li\": Loihi 2 sends spikes only, so a li "
                        "population can be read out but cannot feed synapses"));
}

TEST_F(Loihi2Test, Loihi2ConvKernelNeedsOneGainPerChannel) {
  // r differs between two positions of the same output channel.
  DeviceOp d = parse(R"mlir(
    chip.device "loihi2" attributes {dt = 1.0e-03 : f64} {
      %in = chip.input "in" [1, 2, 1] : !chip.neurons<2>
      %lif = chip.population "lif" lif [1, 2, 1] {nir_op = "nir.lif",
          params = {tau_mem = dense<2.0e-02> : tensor<1xf64>,
                    r = dense<[1.0, 2.0]> : tensor<2xf64>,
                    v_threshold = dense<1.0> : tensor<1xf64>}}
          : !chip.neurons<2>
      chip.synapses "conv" conv2d %in -> %lif {nir_op = "nir.conv2d",
          weight = dense<0.5> : tensor<1x1x1x1xf64>,
          stride = array<i64: 1, 1>, padding = array<i64: 0, 0>}
          : !chip.neurons<2> -> !chip.neurons<2>
      chip.output "out" %lif : !chip.neurons<2>
    })mlir");
  ASSERT_TRUE(d);
  EXPECT_TRUE(failed(model().checkDesignRules(d)));
  EXPECT_TRUE(diagnosed("'nir.conv2d' \"conv\": neurons 0 and 1 of output "
                        "channel 0 of \"lif\" have different input gains"));
}

//===----------------------------------------------------------------------===//
// Partitioning
//===----------------------------------------------------------------------===//

TEST_F(Loihi2Test, Loihi2SynMemSplitsALayerOverCores) {
  // lava-dl's Oxford network, second layer: 256 inputs into 200 neurons.
  // 12000 SynMem units at 81/256 unit per synapse hold 148 neurons of
  // fan-in 256, so the layer takes 2 cores, as the Loihi 2 compiler did.
  DeviceOp d = parse(device("lif", 200, lifParams(), 256, "0.5"));
  ASSERT_TRUE(d);
  LimitViolation violation;
  auto size = maxSliceSize(d, "lif", violation);
  ASSERT_TRUE(succeeded(size));
  EXPECT_EQ(*size, 148);
  EXPECT_EQ((200 + *size - 1) / *size, 2);

  // Fan-in 200 (the first layer): 189 neurons per core.
  DeviceOp first = parse(device("lif", 256, lifParams(), 200, "0.5"));
  ASSERT_TRUE(first);
  size = maxSliceSize(first, "lif", violation);
  ASSERT_TRUE(succeeded(size));
  EXPECT_EQ(*size, 189);

  // Without synapses, the 4096 neurons of a core bind.
  DeviceOp big = parse(device("lif", 5000, lifParams(), 1, "0.0"));
  ASSERT_TRUE(big);
  size = maxSliceSize(big, "lif", violation);
  ASSERT_TRUE(succeeded(size));
  EXPECT_EQ(*size, 4096);
}

TEST_F(Loihi2Test, Loihi2FanInAddsUpOverBlocksAndSkipsZeros) {
  // Two blocks of 128 non-zero inputs each (256 per neuron: 148 per core),
  // and a block of 1000 zero weights per neuron, which stores nothing (it
  // would leave 30 neurons per core).
  DeviceOp d = parse(R"mlir(
    chip.device "loihi2" attributes {dt = 1.0e-03 : f64} {
      %a = chip.input "a" [128] : !chip.neurons<128>
      %b = chip.input "b" [128] : !chip.neurons<128>
      %z = chip.input "z" [1000] : !chip.neurons<1000>
      %lif = chip.population "lif" lif [200] {nir_op = "nir.lif",
          params = {tau_mem = dense<2.0e-02> : tensor<1xf64>,
                    v_threshold = dense<1.0> : tensor<1xf64>}}
          : !chip.neurons<200>
      chip.synapses "fa" dense %a -> %lif {nir_op = "nir.linear",
          weight = dense<0.5> : tensor<200x128xf64>}
          : !chip.neurons<128> -> !chip.neurons<200>
      chip.synapses "fb" dense %b -> %lif {nir_op = "nir.linear",
          weight = dense<-0.5> : tensor<200x128xf64>}
          : !chip.neurons<128> -> !chip.neurons<200>
      chip.synapses "fz" dense %z -> %lif {nir_op = "nir.linear",
          weight = dense<0.0> : tensor<200x1000xf64>}
          : !chip.neurons<1000> -> !chip.neurons<200>
      chip.output "out" %lif : !chip.neurons<200>
    })mlir");
  ASSERT_TRUE(d);
  LimitViolation violation;
  auto size = maxSliceSize(d, "lif", violation);
  ASSERT_TRUE(succeeded(size));
  EXPECT_EQ(*size, 148);
}

TEST_F(Loihi2Test, Loihi2OneNeuronsFanInBeyondSynMemFails) {
  // 40000 synapses into one neuron cost ceil(40000·81/256) = 12657 units.
  DeviceOp d = parse(device("lif", 1, lifParams(), 40000, "0.5"));
  ASSERT_TRUE(d);
  LimitViolation violation;
  EXPECT_TRUE(failed(maxSliceSize(d, "lif", violation)));
  EXPECT_EQ(violation.actual, 12657);
  EXPECT_EQ(violation.limit, 12000);
  EXPECT_EQ(model().describe(violation),
            "12657 SynMem units for the 40000 synapses into one neuron exceed "
            "Loihi 2's limit of 12000 SynMem units per neuro-core");

  // 37925 synapses still fit one neuron (37925·81 <= 12000·256).
  DeviceOp most = parse(device("lif", 2, lifParams(), 37925, "0.5"));
  ASSERT_TRUE(most);
  auto size = maxSliceSize(most, "lif", violation);
  ASSERT_TRUE(succeeded(size));
  EXPECT_EQ(*size, 1);
}
