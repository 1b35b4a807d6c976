//===- SpiNNaker2ModelTest.cpp - the SpiNNaker2 target model --------------===//

#include "ChipTestHelpers.h"
#include "nirc/Dialect/Chip/ChipPipeline.h"
#include "nirc/Dialect/Chip/TargetModel.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Verifier.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/FormatVariadic.h"

#include <cmath>
#include <string>

using namespace mlir;
using namespace nirc::chip;
using nirc::chip::testing::ChipTest;

namespace {
class SpiNNaker2Test : public ChipTest {
protected:
  const TargetModel &model() { return *lookupTargetModel("spinnaker2"); }

  /// parseDevice, printing the parser's messages when it fails.
  DeviceOp parse(llvm::StringRef text) {
    DeviceOp device = parseDevice(text);
    if (!device)
      for (const std::string &message : diagnostics)
        ADD_FAILURE() << message;
    return device;
  }

  PopulationOp population(DeviceOp device, StringRef name) {
    for (auto p : device.getBody().getOps<PopulationOp>())
      if (p.getName() == name)
        return p;
    return nullptr;
  }
  SynapsesOp synapses(DeviceOp device, StringRef name) {
    for (auto s : device.getBody().getOps<SynapsesOp>())
      if (s.getName() == name)
        return s;
    return nullptr;
  }
  /// The float register `name` of `population`, one value per element.
  SmallVector<double> floats(PopulationOp population, StringRef name) {
    SmallVector<double> values;
    auto attr = population.getRegistersAttr();
    if (!attr)
      return values;
    auto array = dyn_cast_or_null<DenseFPElementsAttr>(attr.get(name));
    if (!array)
      return values;
    for (APFloat v : array.getValues<APFloat>())
      values.push_back(v.convertToDouble());
    return values;
  }
  std::string string(PopulationOp population, StringRef name) {
    auto attr = population.getRegistersAttr();
    auto value = attr ? dyn_cast_or_null<StringAttr>(attr.get(name)) : nullptr;
    return value ? value.str() : "";
  }
  SmallVector<int64_t> qweight(SynapsesOp synapses) {
    SmallVector<int64_t> values;
    if (auto q = synapses.getQweight())
      for (APInt v : q->getValues<APInt>())
        values.push_back(v.getSExtValue());
    return values;
  }
  double synapseFloat(SynapsesOp synapses, StringRef name) {
    auto attr = synapses.getRegistersAttr();
    auto value = attr ? dyn_cast_or_null<FloatAttr>(attr.get(name)) : nullptr;
    return value ? value.getValueAsDouble() : NAN;
  }
  /// Close to `expected` within single precision.
  static void expectSingle(double actual, double expected) {
    EXPECT_NEAR(actual, expected, 1e-6 * std::abs(expected) + 1e-9)
        << "expected " << expected;
  }
};

/// A 1000-neuron LIF fed by a dense block from `fanIn` input channels.
std::string denseLIF(int64_t fanIn, int64_t size = 1000) {
  return llvm::formatv(R"mlir(
    chip.device "spinnaker2" attributes {{dt = 1.0e-03 : f64} {
      %in = chip.input "in" [{0}] : !chip.neurons<{0}>
      %lif = chip.population "lif1" lif [{1}] {{nir_op = "nir.lif",
          params = {{tau_mem = dense<2.0e-02> : tensor<1xf64>,
                    r = dense<1.0> : tensor<1xf64>,
                    v_leak = dense<0.0> : tensor<1xf64>,
                    v_threshold = dense<1.0> : tensor<1xf64>,
                    v_reset = dense<0.0> : tensor<1xf64>}} : !chip.neurons<{1}>
      chip.synapses "fc1" dense %in -> %lif {{nir_op = "nir.affine",
          weight = dense<0.5> : tensor<{1}x{0}xf64>}
          : !chip.neurons<{0}> -> !chip.neurons<{1}>
      chip.output "out" %lif : !chip.neurons<{1}>
    })mlir",
                       fanIn, size)
      .str();
}
} // namespace

TEST_F(SpiNNaker2Test, SpiNNaker2Numbers) {
  const TargetModel *m = lookupTargetModel("spinnaker2");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->getName(), "spinnaker2");
  EXPECT_EQ(m->getDisplayName(), "SpiNNaker2");
  EXPECT_EQ(m->getNumCores(), 152u);
  EXPECT_EQ(m->getCoreKind(0), "pe");
  EXPECT_EQ(m->getCoreKind(151), "pe");
  EXPECT_EQ(m->getNeuronCapacity(0), 256);
  EXPECT_EQ(m->getPlacementStyle(), PlacementStyle::CorePerSlice);
  EXPECT_EQ(m->getWeightRange().min, -127);
  EXPECT_EQ(m->getWeightRange().max, 127);
  EXPECT_TRUE(m->getPopulationRegisters().empty());
  EXPECT_TRUE(m->getSynapseRegisters().empty());

  auto limit = [&](StringRef key) -> int64_t {
    for (const TargetLimit &l : m->getLimits())
      if (l.key == key)
        return l.value;
    return -1;
  };
  EXPECT_EQ(limit("pes"), 152);
  EXPECT_EQ(limit("neurons_per_pe"), 256);
  EXPECT_EQ(limit("neurons"), 152 * 256);
  EXPECT_EQ(limit("sram_per_pe_bytes"), 131072);
  EXPECT_EQ(limit("weight_bits"), 8);

  for (bool readout : {false, true}) {
    EXPECT_TRUE(m->supportsNeuronModel(NeuronModel::LIF, readout));
    EXPECT_TRUE(m->supportsNeuronModel(NeuronModel::IF, readout));
    EXPECT_TRUE(m->supportsNeuronModel(NeuronModel::CubaLIF, readout));
    EXPECT_FALSE(m->supportsNeuronModel(NeuronModel::LI, readout));
    EXPECT_FALSE(m->supportsNeuronModel(NeuronModel::CubaLI, readout));
  }
  for (bool pooled : {false, true}) {
    EXPECT_TRUE(m->supportsSynapses(SynapseKind::Dense, pooled));
    EXPECT_TRUE(m->supportsSynapses(SynapseKind::Conv2d, pooled));
  }
}

TEST_F(SpiNNaker2Test, SpiNNaker2LIFRegisters) {
  DeviceOp device = parse(R"mlir(
    chip.device "spinnaker2" attributes {dt = 1.0e-03 : f64} {
      %in = chip.input "in" [3] : !chip.neurons<3>
      %lif = chip.population "lif1" lif [2] {nir_op = "nir.lif",
          params = {tau_mem = dense<2.0e-02> : tensor<1xf64>,
                    r = dense<2.0> : tensor<1xf64>,
                    v_leak = dense<0.5> : tensor<1xf64>,
                    v_threshold = dense<1.0> : tensor<1xf64>,
                    v_reset = dense<0.0> : tensor<1xf64>,
                    bias = dense<0.3> : tensor<1xf64>}} : !chip.neurons<2>
      chip.synapses "fc1" dense %in -> %lif {nir_op = "nir.affine",
          weight = dense<[[0.5, -0.2, 0.1], [0.05, 0.25, -0.4]]>
            : tensor<2x3xf64>} : !chip.neurons<3> -> !chip.neurons<2>
      chip.output "out" %lif : !chip.neurons<2>
    })mlir");
  ASSERT_TRUE(device);
  ASSERT_TRUE(succeeded(model().checkDesignRules(device)));
  ASSERT_TRUE(succeeded(quantizeDevice(device)));
  EXPECT_TRUE(succeeded(mlir::verify(device)));

  PopulationOp lif = population(device, "lif1");
  // By hand: w_scale = 127 / 0.5 = 254; alpha = exp(-1e-3/2e-2) =
  // 0.951229424500714; threshold = 1.0 * 254 / ((1 - alpha) * 2) =
  // 2604.0291446...; i_offset = (1 - alpha) * 0.5 * 254 / ((1 - alpha) * 2)
  // + 0.3 * 254 = 63.5 + 76.2 = 139.7.
  auto alpha = floats(lif, "alpha_decay");
  auto threshold = floats(lif, "threshold");
  auto offset = floats(lif, "i_offset");
  auto wScale = floats(lif, "w_scale");
  auto vScale = floats(lif, "v_scale");
  ASSERT_EQ(alpha.size(), 1u); // equal for every neuron: stored once
  ASSERT_EQ(threshold.size(), 1u);
  ASSERT_EQ(offset.size(), 1u);
  ASSERT_EQ(wScale.size(), 1u);
  ASSERT_EQ(vScale.size(), 1u);
  expectSingle(alpha[0], 0.951229424500714);
  expectSingle(threshold[0], 2604.0291446193683);
  expectSingle(offset[0], 139.7);
  EXPECT_DOUBLE_EQ(wScale[0], 254.0);
  EXPECT_NEAR(vScale[0], 2604.0291446193683, 1e-9);
  EXPECT_EQ(string(lif, "reset"), "reset_to_v_reset");
  EXPECT_EQ(string(lif, "neuron_model"), "lif_no_delay");
  EXPECT_TRUE(floats(lif, "exc_decay").empty());
  // Stored as the PE's single-precision floats.
  EXPECT_EQ(alpha[0], double(float(alpha[0])));
  EXPECT_EQ(threshold[0], double(float(threshold[0])));
}

TEST_F(SpiNNaker2Test, SpiNNaker2CubaLIFAndIFRegisters) {
  DeviceOp device = parse(R"mlir(
    chip.device "spinnaker2" attributes {dt = 1.0e-03 : f64} {
      %in = chip.input "in" [2] : !chip.neurons<2>
      %cuba = chip.population "cuba1" cuba_lif [2] {
          nir_op = "nir.cubalif",
          params = {tau_syn = dense<5.0e-03> : tensor<1xf64>,
                    tau_mem = dense<1.0e-02> : tensor<1xf64>,
                    r = dense<1.5> : tensor<1xf64>,
                    v_leak = dense<0.1> : tensor<1xf64>,
                    v_threshold = dense<0.8> : tensor<1xf64>,
                    v_reset = dense<0.0> : tensor<1xf64>,
                    w_in = dense<2.0> : tensor<1xf64>,
                    bias = dense<0.2> : tensor<1xf64>}} : !chip.neurons<2>
      %if = chip.population "if1" if [2] {nir_op = "nir.if",
          params = {r = dense<0.5> : tensor<1xf64>,
                    v_threshold = dense<2.0> : tensor<1xf64>,
                    v_reset = dense<0.0> : tensor<1xf64>}} : !chip.neurons<2>
      chip.synapses "fc1" dense %in -> %cuba {nir_op = "nir.linear",
          weight = dense<[[0.25, 0.1], [-0.2, 0.05]]> : tensor<2x2xf64>}
          : !chip.neurons<2> -> !chip.neurons<2>
      chip.synapses "fc2" dense %cuba -> %if {nir_op = "nir.linear",
          weight = dense<[[1.0, 0.0], [0.0, -0.5]]> : tensor<2x2xf64>}
          : !chip.neurons<2> -> !chip.neurons<2>
      chip.output "out" %if : !chip.neurons<2>
    })mlir");
  ASSERT_TRUE(device);
  ASSERT_TRUE(succeeded(quantizeDevice(device)));

  // CubaLIF by hand: w_scale = 127 / 0.25 = 508; beta = exp(-1e-3/5e-3) =
  // 0.8187307530779818; alpha = exp(-1e-3/1e-2) = 0.9048374180359595;
  // scale = 508 / ((1 - alpha) * 1.5) / ((1 - beta) * 2);
  // threshold = 0.8 * scale = 7853.11753073;
  // i_offset = (1 - alpha) * 0.1 * scale + 0.2 * 508 / (1 - beta)
  //          = 653.907573105.
  PopulationOp cuba = population(device, "cuba1");
  expectSingle(floats(cuba, "exc_decay")[0], 0.8187307530779818);
  expectSingle(floats(cuba, "inh_decay")[0], 0.8187307530779818);
  expectSingle(floats(cuba, "alpha_decay")[0], 0.9048374180359595);
  expectSingle(floats(cuba, "threshold")[0], 7853.117530729999);
  expectSingle(floats(cuba, "i_offset")[0], 653.9075731049197);
  EXPECT_EQ(string(cuba, "neuron_model"), "lif_curr_exp_no_delay");

  // IF: no decay; w_scale = 127; threshold = 2 * 127 / (0.5 * 1e-3).
  PopulationOp ifPop = population(device, "if1");
  EXPECT_EQ(floats(ifPop, "alpha_decay")[0], 1.0);
  expectSingle(floats(ifPop, "threshold")[0], 508000.0);
  EXPECT_EQ(floats(ifPop, "i_offset")[0], 0.0);
  EXPECT_EQ(string(ifPop, "neuron_model"), "lif_no_delay");
}

TEST_F(SpiNNaker2Test, SpiNNaker2WeightQuantization) {
  // Two blocks into one population share w_scale = 127 / max|w| = 254;
  // the conv block into another population truncates (astype(np.int8)).
  DeviceOp device = parse(R"mlir(
    chip.device "spinnaker2" attributes {dt = 1.0e-03 : f64} {
      %in = chip.input "in" [4] : !chip.neurons<4>
      %img = chip.input "img" [1, 3, 3] : !chip.neurons<9>
      %lif = chip.population "lif1" lif [2] {nir_op = "nir.lif",
          params = {tau_mem = dense<2.0e-02> : tensor<1xf64>,
                    r = dense<1.0> : tensor<1xf64>,
                    v_leak = dense<0.0> : tensor<1xf64>,
                    v_threshold = dense<1.0> : tensor<1xf64>,
                    v_reset = dense<0.0> : tensor<1xf64>}} : !chip.neurons<2>
      %conv = chip.population "lif2" lif [1, 3, 3] {
          nir_op = "nir.lif",
          params = {tau_mem = dense<2.0e-02> : tensor<1xf64>,
                    r = dense<1.0> : tensor<1xf64>,
                    v_leak = dense<0.0> : tensor<1xf64>,
                    v_threshold = dense<1.0> : tensor<1xf64>,
                    v_reset = dense<0.0> : tensor<1xf64>}} : !chip.neurons<9>
      chip.synapses "fc1" dense %in -> %lif {nir_op = "nir.affine",
          weight = dense<[[0.5, -0.2, 0.1, 0.003], [0.3, 0.0, -0.45, 0.07]]>
            : tensor<2x4xf64>} : !chip.neurons<4> -> !chip.neurons<2>
      chip.synapses "rec" dense %lif -> %lif {nir_op = "nir.linear",
          weight = dense<[[0.0, 0.2], [-0.13, 0.0]]> : tensor<2x2xf64>}
          : !chip.neurons<2> -> !chip.neurons<2>
      chip.synapses "conv1" conv2d %img -> %conv {nir_op = "nir.conv2d",
          weight = dense<[[[[0.4, 0.39, -0.39], [0.1, 0.0, 0.2],
                            [-0.4, 0.05, 0.3]]]]> : tensor<1x1x3x3xf64>,
          stride = array<i64: 1, 1>, padding = array<i64: 1, 1>}
          : !chip.neurons<9> -> !chip.neurons<9>
      chip.output "out" %lif : !chip.neurons<2>
    })mlir");
  ASSERT_TRUE(device);
  ASSERT_TRUE(succeeded(model().checkDesignRules(device)));
  ASSERT_TRUE(succeeded(quantizeDevice(device)));
  EXPECT_TRUE(succeeded(mlir::verify(device)));

  for (StringRef name : {"fc1", "rec"}) {
    SynapsesOp block = synapses(device, name);
    EXPECT_DOUBLE_EQ(synapseFloat(block, "w_scale"), 254.0) << name.str();
    SmallVector<int64_t> q = qweight(block);
    DenseElementsAttr weight = block.getWeight();
    ASSERT_EQ(int64_t(q.size()), weight.getNumElements());
    int64_t k = 0;
    for (APFloat w : weight.getValues<APFloat>()) {
      // Round trip within half a step of the shared scale.
      EXPECT_LE(std::abs(double(q[k]) / 254.0 - w.convertToDouble()),
                0.5 / 254.0 + 1e-12)
          << name.str() << "[" << k << "]";
      EXPECT_LE(std::abs(q[k]), 127);
      ++k;
    }
  }
  // The largest weight takes the whole range; 0.003 * 254 = 0.762 rounds
  // to 1 (truncation would give 0); -0.13 * 254 = -33.02 rounds to -33.
  EXPECT_EQ(qweight(synapses(device, "fc1")),
            (SmallVector<int64_t>{127, -51, 25, 1, 76, 0, -114, 18}));
  EXPECT_EQ(qweight(synapses(device, "rec")),
            (SmallVector<int64_t>{0, 51, -33, 0}));

  // conv: w_scale = 127 / 0.4 = 317.5; 0.39 * 317.5 = 123.825 truncates
  // to 123 (not 124), -0.39 to -123, 0.05 * 317.5 = 15.875 to 15.
  SynapsesOp conv = synapses(device, "conv1");
  EXPECT_DOUBLE_EQ(synapseFloat(conv, "w_scale"), 317.5);
  EXPECT_EQ(qweight(conv),
            (SmallVector<int64_t>{127, 123, -123, 31, 0, 63, -127, 15, 95}));
  EXPECT_EQ(string(population(device, "lif2"), "neuron_model"), "lif_conv2d");
  EXPECT_TRUE(diagnosed("'fc1': int8 dense weights"));
}

TEST_F(SpiNNaker2Test, SpiNNaker2MaxSliceSize) {
  LimitViolation violation;
  {
    // Fan-in 10: 16 + 40 bytes per neuron leaves room for 2340; the
    // 256 neurons per PE bind.
    DeviceOp device = parse(denseLIF(10));
    ASSERT_TRUE(device);
    PopulationOp lif = population(device, "lif1");
    auto size =
        model().getMaxSliceSize(lif, lif.getIncomingSynapses(), violation);
    ASSERT_TRUE(succeeded(size));
    EXPECT_EQ(*size, 256);
  }
  {
    // Fan-in 1000: 16 + 4000 bytes per neuron, 131072 / 4016 = 32.
    DeviceOp device = parse(denseLIF(1000));
    ASSERT_TRUE(device);
    PopulationOp lif = population(device, "lif1");
    auto size =
        model().getMaxSliceSize(lif, lif.getIncomingSynapses(), violation);
    ASSERT_TRUE(succeeded(size));
    EXPECT_EQ(*size, 32);
  }
  {
    // Fan-in 40000: one neuron needs 160016 bytes.
    DeviceOp device = parse(denseLIF(40000, 1));
    ASSERT_TRUE(device);
    PopulationOp lif = population(device, "lif1");
    auto size =
        model().getMaxSliceSize(lif, lif.getIncomingSynapses(), violation);
    EXPECT_TRUE(failed(size));
    EXPECT_EQ(violation.actual, 160016);
    EXPECT_EQ(violation.limit, 131072);
    EXPECT_EQ(violation.limitName, "bytes of SRAM per PE");
    EXPECT_EQ(model().describe(violation),
              "160016 bytes of synapses and state for one neuron exceed "
              "SpiNNaker2's limit of 131072 bytes of SRAM per PE");
  }
}

TEST_F(SpiNNaker2Test, SpiNNaker2ConvStoresOnlyItsKernel) {
  // 4 x 16 x 16 = 1024 neurons behind a 4x1x3x3 kernel: the kernel does
  // not grow with the slice, so 256 neurons fit.
  DeviceOp device = parse(R"mlir(
    chip.device "spinnaker2" attributes {dt = 1.0e-03 : f64} {
      %img = chip.input "img" [1, 16, 16] : !chip.neurons<256>
      %conv = chip.population "lif1" lif [4, 16, 16] {
          nir_op = "nir.lif",
          params = {tau_mem = dense<2.0e-02> : tensor<1xf64>,
                    r = dense<1.0> : tensor<1xf64>,
                    v_leak = dense<0.0> : tensor<1xf64>,
                    v_threshold = dense<1.0> : tensor<1xf64>,
                    v_reset = dense<0.0> : tensor<1xf64>}} : !chip.neurons<1024>
      chip.synapses "conv1" conv2d %img -> %conv {nir_op = "nir.conv2d",
          weight = dense<0.5> : tensor<4x1x3x3xf64>,
          stride = array<i64: 1, 1>, padding = array<i64: 1, 1>}
          : !chip.neurons<256> -> !chip.neurons<1024>
    })mlir");
  ASSERT_TRUE(device);
  PopulationOp lif = population(device, "lif1");
  LimitViolation violation;
  auto size =
      model().getMaxSliceSize(lif, lif.getIncomingSynapses(), violation);
  ASSERT_TRUE(succeeded(size));
  EXPECT_EQ(*size, 256);
}

TEST_F(SpiNNaker2Test, SpiNNaker2RejectsConv2dIntoCubaLIF) {
  DeviceOp device = parse(R"mlir(
    chip.device "spinnaker2" attributes {dt = 1.0e-03 : f64} {
      %img = chip.input "img" [1, 3, 3] : !chip.neurons<9>
      %cuba = chip.population "cuba1" cuba_lif [1, 3, 3] {
          nir_op = "nir.cubalif",
          params = {tau_syn = dense<5.0e-03> : tensor<1xf64>,
                    tau_mem = dense<1.0e-02> : tensor<1xf64>,
                    r = dense<1.0> : tensor<1xf64>,
                    v_leak = dense<0.0> : tensor<1xf64>,
                    v_threshold = dense<1.0> : tensor<1xf64>,
                    v_reset = dense<0.0> : tensor<1xf64>,
                    w_in = dense<1.0> : tensor<1xf64>}} : !chip.neurons<9>
      chip.synapses "conv1" conv2d %img -> %cuba {nir_op = "nir.conv2d",
          weight = dense<0.5> : tensor<1x1x3x3xf64>,
          stride = array<i64: 1, 1>, padding = array<i64: 1, 1>}
          : !chip.neurons<9> -> !chip.neurons<9>
      chip.output "out" %cuba : !chip.neurons<9>
    })mlir");
  ASSERT_TRUE(device);
  EXPECT_TRUE(failed(model().checkDesignRules(device)));
  EXPECT_TRUE(diagnosed("'nir.conv2d' \"conv1\": Conv2d with CubaLIF is "
                        "currently not supported on SpiNNaker2"));
  EXPECT_TRUE(diagnosed("\"cuba1\""));
}

TEST_F(SpiNNaker2Test, SpiNNaker2RejectsNonZeroVReset) {
  DeviceOp device = parse(R"mlir(
    chip.device "spinnaker2" attributes {dt = 1.0e-03 : f64} {
      %in = chip.input "in" [2] : !chip.neurons<2>
      %lif = chip.population "lif1" lif [2] {nir_op = "nir.lif",
          params = {tau_mem = dense<2.0e-02> : tensor<1xf64>,
                    r = dense<1.0> : tensor<1xf64>,
                    v_leak = dense<0.0> : tensor<1xf64>,
                    v_threshold = dense<1.0> : tensor<1xf64>,
                    v_reset = dense<[0.0, 0.25]> : tensor<2xf64>}}
          : !chip.neurons<2>
      chip.synapses "fc1" dense %in -> %lif {nir_op = "nir.affine",
          weight = dense<0.5> : tensor<2x2xf64>}
          : !chip.neurons<2> -> !chip.neurons<2>
      chip.output "out" %lif : !chip.neurons<2>
    })mlir");
  ASSERT_TRUE(device);
  EXPECT_TRUE(failed(quantizeDevice(device)));
  EXPECT_TRUE(
      diagnosed("'nir.lif' \"lif1\": v_reset = 0.25 of neuron 1 cannot be "
                "represented"));
}
