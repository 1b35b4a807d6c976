//===- XyloModelTest.cpp - the Xylo Audio 2 / Audio 3 / IMU models --------===//
//
// Numbers from docs/chips.md §1. Expected registers are worked out
// by hand from the rules in Xylo.cpp: dash = round(log2(tau/dt)), weights
// carry the gain 2^-dash_mem · r, one scale per pool maps max |w| to 127,
// and a weight shift lifts thresholds toward 16 bits.
//
//===----------------------------------------------------------------------===//

#include "ChipTestHelpers.h"
#include "nirc/Dialect/Chip/ChipPipeline.h"

#include "llvm/Support/FormatVariadic.h"

#include <cmath>

using namespace mlir;
using namespace nirc::chip;
using namespace nirc::chip::testing;

namespace {

/// A LIF population's attribute dictionary.
std::string lifAttrs(double tau, double threshold, double bias = 0) {
  return llvm::formatv(
      "{{nir_op = \"nir.lif\", params = {{tau_mem = dense<{0:e}> : "
      "tensor<1xf64>, r = dense<1.0> : tensor<1xf64>, v_leak = dense<0.0> : "
      "tensor<1xf64>, v_threshold = dense<{1:e}> : tensor<1xf64>, v_reset = "
      "dense<0.0> : tensor<1xf64>, bias = dense<{2:e}> : tensor<1xf64>}}",
      tau, threshold, bias);
}

/// input(2) -> hidden LIF(hidden) -> readout LIF(2), with the given weights.
std::string network(llvm::StringRef target, int64_t hidden, llvm::StringRef wIn,
                    llvm::StringRef wOut, double tauHidden = 0.016,
                    double threshold = 1.0, double bias = 0) {
  return llvm::formatv(
      "chip.device \"{0}\" attributes {{dt = 1.0e-03 : f64} {{\n"
      "  %in = chip.input \"in\" [2] : !chip.neurons<2>\n"
      "  %h = chip.population \"hidden\" lif [{1}] {2} : "
      "!chip.neurons<{1}>\n"
      "  %o = chip.population \"readout\" lif [2] {3} : "
      "!chip.neurons<2>\n"
      "  chip.synapses \"w_in\" dense %in -> %h {{nir_op = "
      "\"nir.linear\", weight = {4} : tensor<{1}x2xf64>} : "
      "!chip.neurons<2> -> !chip.neurons<{1}>\n"
      "  chip.synapses \"w_out\" dense %h -> %o {{nir_op = "
      "\"nir.linear\", weight = {5} : tensor<2x{1}xf64>} : "
      "!chip.neurons<{1}> -> !chip.neurons<2>\n"
      "  chip.output \"out\" %o : !chip.neurons<2>\n"
      "}\n",
      target, hidden, lifAttrs(tauHidden, threshold, bias),
      lifAttrs(0.032, 1.0), wIn, wOut);
}

class XyloTest : public ChipTest {
protected:
  const TargetModel &model(llvm::StringRef name) {
    return *lookupTargetModel(name);
  }
  template <typename OpT> OpT find(llvm::StringRef name) {
    return findNamed<OpT>(module->getOperation(), name);
  }
  int64_t reg(PopulationOp population, llvm::StringRef name) {
    return getInts(population.getRegistersAttr().get(name)).front();
  }
};

TEST_F(XyloTest, Numbers) {
  struct Expected {
    const char *name;
    int64_t hidden, output, fanOut, expansion;
  } chips[] = {{"xylo-audio2", 1000, 8, 64, 1000},
               {"xylo-audio3", 992, 32, 1024, 128},
               {"xylo-imu", 496, 16, 512, 128}};
  for (const Expected &chip : chips) {
    const TargetModel &m = model(chip.name);
    EXPECT_EQ(m.getNumCores(), 2u);
    EXPECT_EQ(m.getCoreKind(0), "hidden");
    EXPECT_EQ(m.getCoreKind(1), "output");
    EXPECT_EQ(m.getNeuronCapacity(0), chip.hidden) << chip.name;
    EXPECT_EQ(m.getNeuronCapacity(1), chip.output) << chip.name;
    llvm::StringMap<int64_t> limits;
    for (const TargetLimit &limit : m.getLimits())
      limits[limit.key] = limit.value;
    EXPECT_EQ(limits["input_channels"], 16);
    EXPECT_EQ(limits["max_fanout"], chip.fanOut) << chip.name;
    EXPECT_EQ(limits["input_expansion_neurons"], chip.expansion);
    EXPECT_EQ(limits["output_expansion_neurons"], chip.expansion);
    EXPECT_EQ(m.getWeightRange().min, -128);
    EXPECT_EQ(m.getWeightRange().max, 127);
    EXPECT_EQ(m.getPlacementStyle(), PlacementStyle::PackedPools);
  }
}

TEST_F(XyloTest, SupportsLeakyNeuronsAndDenseWeightsOnly) {
  const TargetModel &m = model("xylo-audio2");
  EXPECT_TRUE(m.supportsNeuronModel(NeuronModel::LIF, false));
  EXPECT_TRUE(m.supportsNeuronModel(NeuronModel::CubaLIF, true));
  EXPECT_FALSE(m.supportsNeuronModel(NeuronModel::IF, false));
  EXPECT_FALSE(m.supportsNeuronModel(NeuronModel::LI, true));
  EXPECT_TRUE(m.supportsSynapses(SynapseKind::Dense, false));
  EXPECT_FALSE(m.supportsSynapses(SynapseKind::Dense, true));
  EXPECT_FALSE(m.supportsSynapses(SynapseKind::Conv2d, false));
}

TEST_F(XyloTest, QuantisesWithOneScalePerPoolAndRoundTrips) {
  // Hidden: tau 16 ms at dt 1 ms gives dash_mem 4, so the effective input
  // weights are w / 16: max 0.05 maps to 127 (scale 2540). Threshold 1.0
  // then needs only 2540 of 16 bits: shift 3 (x8) gives 20320 <= 32767,
  // shift 4 would give 40640. State scale = 2540 * 8 = 20320.
  DeviceOp device = parseDevice(
      network("xylo-audio2", 2, "dense<[[0.8, -0.4], [0.2, 0.1]]>",
              "dense<[[1.0, 0.5], [0.25, -0.125]]>", 0.016, 1.0, 0.08));
  ASSERT_TRUE(device);
  ASSERT_TRUE(succeeded(quantizeDevice(device)));

  auto hidden = find<PopulationOp>("hidden");
  EXPECT_EQ(reg(hidden, "dash_mem"), 4);
  EXPECT_EQ(reg(hidden, "dash_syn"), 0); // LIF: no synaptic state
  EXPECT_EQ(reg(hidden, "threshold"), 20320);
  // bias 0.08 enters as 2^-4 * 0.08 = 0.005 -> 0.005 * 20320 = 101.6 -> 102.
  EXPECT_EQ(reg(hidden, "bias"), 102);

  auto wIn = find<SynapsesOp>("w_in");
  EXPECT_EQ(getInts(*wIn.getQweight()),
            (SmallVector<int64_t>{127, -64, 32, 16})); // 0.8/16*2540 = 127
  EXPECT_EQ(wIn.getRegistersAttr().getAs<IntegerAttr>("weight_shift").getInt(),
            3);
  // Dequantised weights are within half a step of the effective weights.
  double step = 1 / 2540.0;
  SmallVector<double> original = {0.8, -0.4, 0.2, 0.1};
  for (auto [q, w] : llvm::zip(getInts(*wIn.getQweight()), original))
    EXPECT_LE(std::abs(q * step - w / 16), step / 2 + 1e-12);

  // Output pool: tau 32 ms -> dash 5, weights / 32, max 1/32 -> scale 4064,
  // threshold 4064 -> shift 3 (32512).
  auto readout = find<PopulationOp>("readout");
  EXPECT_EQ(reg(readout, "dash_mem"), 5);
  EXPECT_EQ(reg(readout, "threshold"), 32512);
  auto wOut = find<SynapsesOp>("w_out");
  EXPECT_EQ(getInts(*wOut.getQweight()),
            (SmallVector<int64_t>{127, 64, 32, -16}));
  EXPECT_TRUE(diagnosed("'w_in': 8-bit input weights into the hidden pool, "
                        "shift 3"));
  EXPECT_TRUE(diagnosed("resets a neuron by subtracting its threshold"));
}

TEST_F(XyloTest, ThresholdsBindTheScaleWhenTheyDominate) {
  // Threshold 100 with weights of 0.8/16: 127/0.05 * 100 = 254000 > 32767,
  // so the scale shrinks to 32767/100 and weights use fewer levels.
  DeviceOp device = parseDevice(network("xylo-audio2", 1, "dense<[[0.8, 0.4]]>",
                                        "dense<[[1.0], [0.5]]>", 0.016, 100.0));
  ASSERT_TRUE(device);
  ASSERT_TRUE(succeeded(quantizeDevice(device)));
  EXPECT_EQ(reg(find<PopulationOp>("hidden"), "threshold"), 32767);
  auto wIn = find<SynapsesOp>("w_in");
  // 0.05 * 327.67 = 16.38 -> 16; 0.025 * 327.67 = 8.19 -> 8.
  EXPECT_EQ(getInts(*wIn.getQweight()), (SmallVector<int64_t>{16, 8}));
  EXPECT_EQ(wIn.getRegistersAttr().getAs<IntegerAttr>("weight_shift").getInt(),
            0);
}

TEST_F(XyloTest, RejectsTauNotAboveDt) {
  DeviceOp device =
      parseDevice(network("xylo-audio2", 1, "dense<[[0.8, 0.4]]>",
                          "dense<[[1.0], [0.5]]>", /*tauHidden=*/0.001));
  ASSERT_TRUE(device);
  EXPECT_TRUE(failed(quantizeDevice(device)));
  EXPECT_TRUE(diagnosed("\"hidden\": tau_mem = 0.001 s of neuron 0 is not "
                        "above dt = 0.001 s"));
}

TEST_F(XyloTest, RejectsADecayShiftAboveFifteen) {
  // tau = 2^16 dt: dash 16.
  DeviceOp device = parseDevice(network("xylo-audio2", 1, "dense<[[0.8, 0.4]]>",
                                        "dense<[[1.0], [0.5]]>", 65.536));
  ASSERT_TRUE(device);
  EXPECT_TRUE(failed(quantizeDevice(device)));
  EXPECT_TRUE(diagnosed("'nir.lif' \"hidden\": tau_mem = 65.536 s of neuron "
                        "0 needs the decay shift dash = 16, above Xylo Audio "
                        "2's largest, 15 (tau up to 2^15 dt)"));
}

TEST_F(XyloTest, SliceSizeIsThePoolOrAnError) {
  DeviceOp device =
      parseDevice(network("xylo-imu", 497, "dense<0.1>", "dense<0.1>"));
  ASSERT_TRUE(device);
  LimitViolation violation;
  auto hidden = find<PopulationOp>("hidden");
  EXPECT_TRUE(failed(
      model("xylo-imu")
          .getMaxSliceSize(hidden, hidden.getIncomingSynapses(), violation)));
  EXPECT_EQ(model("xylo-imu").describe(violation),
            "497 neurons exceed Xylo IMU's limit of 496 hidden neurons");
  auto readout = find<PopulationOp>("readout");
  EXPECT_EQ(
      *model("xylo-imu")
           .getMaxSliceSize(readout, readout.getIncomingSynapses(), violation),
      2);
}

TEST_F(XyloTest, FanOutIsCountedPerHiddenNeuron) {
  // 2 readout neurons: fan-out 2 per hidden neuron, under every limit; the
  // rule itself is exercised through checkDesignRules.
  DeviceOp device = parseDevice(network("xylo-audio2", 2, "dense<0.1>",
                                        "dense<[[1.0, 0.0], [1.0, 0.0]]>"));
  ASSERT_TRUE(device);
  EXPECT_TRUE(succeeded(model("xylo-audio2").checkDesignRules(device)));
}

TEST_F(XyloTest, DesignRulesNeedHiddenAndOutputLayers) {
  DeviceOp device = parseDevice(
      "chip.device \"xylo-audio2\" attributes {dt = 1.0e-03 : f64} {\n"
      "  %in = chip.input \"in\" [2] : !chip.neurons<2>\n"
      "  %o = chip.population \"readout\" lif [1] " +
      lifAttrs(0.032, 1.0) +
      " : !chip.neurons<1>\n"
      "  chip.synapses \"w\" dense %in -> %o {nir_op = \"nir.linear\", "
      "weight = dense<0.5> : tensor<1x2xf64>} : !chip.neurons<2> -> "
      "!chip.neurons<1>\n"
      "  chip.output \"out\" %o : !chip.neurons<1>\n}\n");
  ASSERT_TRUE(device);
  EXPECT_TRUE(failed(model("xylo-audio2").checkDesignRules(device)));
  EXPECT_TRUE(diagnosed("input weights on Xylo Audio 2 reach hidden neurons "
                        "only, not the output population \"readout\""));
}

TEST_F(XyloTest, ExpansionNeuronsAreOrderedAndChecked) {
  DeviceOp device =
      parseDevice(network("xylo-audio3", 4, "dense<0.1>", "dense<0.1>"));
  ASSERT_TRUE(device);
  const TargetModel &m = model("xylo-audio3");
  // The hidden population receives input and feeds the readout: it counts
  // as input expansion (priority 0), placed before other hidden neurons.
  EXPECT_EQ(m.getPlacementPriority(find<PopulationOp>("hidden")), 0);

  // Placed above id 127, its input weights would be lost.
  OpBuilder builder(device.getBody());
  builder.setInsertionPointToEnd(&device.getBody().front());
  auto core = builder.create<CoreOp>(device.getLoc(), CoreType::get(&context),
                                     0, "hidden");
  builder.create<SliceOp>(device.getLoc(),
                          find<PopulationOp>("hidden").getNeurons(), 0, 4,
                          core.getCore(), builder.getI64IntegerAttr(125));
  EXPECT_TRUE(failed(m.verifyPlacement(device)));
  EXPECT_TRUE(diagnosed("hidden neuron 128 receives input weights, but Xylo "
                        "Audio 3's input weights reach hidden neurons 0-127 "
                        "only"));
}

} // namespace
