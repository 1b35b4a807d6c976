//===- BrainScaleS2ModelTest.cpp - the BrainScaleS-2 target model ---------===//

#include "ChipTestHelpers.h"

#include "nirc/Dialect/Chip/ChipPipeline.h"
#include "nirc/Dialect/Chip/TargetModel.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"

#include <functional>
#include <string>

using namespace mlir;
using namespace nirc::chip;
using namespace nirc::chip::testing;

/// Expects a diagnostic containing `text`; prints them all if none does.
#define EXPECT_DIAGNOSED(text)                                                 \
  EXPECT_TRUE(diagnosed(text)) << "diagnostics:\n"                             \
                               << llvm::join(diagnostics, "\n")

namespace {

const TargetModel &model() {
  const TargetModel *m = lookupTargetModel("brainscales2");
  EXPECT_NE(m, nullptr);
  return *m;
}

/// "dense<[[a, b], [c, d]]> : tensor<2x2xf64>" with weight(post, pre).
std::string denseWeight(int64_t post, int64_t pre,
                        const std::function<double(int64_t, int64_t)> &w) {
  std::string text = "dense<[";
  for (int64_t j = 0; j < post; ++j) {
    text += j ? ", [" : "[";
    for (int64_t k = 0; k < pre; ++k)
      text += llvm::formatv("{0}{1:e}", k ? ", " : "", w(j, k)).str();
    text += "]";
  }
  return text + llvm::formatv("]> : tensor<{0}x{1}xf64>", post, pre).str();
}

/// A cuba_lif population with homogeneous parameters; `extra` adds
/// parameters (", bias = dense<...> : tensor<1xf64>").
std::string population(StringRef name, int64_t size, StringRef extra = "",
                       StringRef model = "cuba_lif") {
  std::string params =
      "tau_mem = dense<2.0e-02> : tensor<1xf64>, "
      "tau_syn = dense<5.0e-03> : tensor<1xf64>, "
      "r = dense<1.0> : tensor<1xf64>, v_leak = dense<0.0> : tensor<1xf64>, "
      "w_in = dense<1.0> : tensor<1xf64>";
  if (model == "cuba_lif")
    params += ", v_threshold = dense<1.0> : tensor<1xf64>, "
              "v_reset = dense<0.0> : tensor<1xf64>";
  return llvm::formatv("  %{0} = chip.population \"{0}\" {1} [{2}] "
                       "{{nir_op = \"nir.{1}\", params = {{{3}{4}}} : "
                       "!chip.neurons<{2}>\n",
                       name, model, size, params, extra)
      .str();
}

std::string synapses(StringRef name, StringRef source, int64_t pre,
                     StringRef target, int64_t post,
                     const std::function<double(int64_t, int64_t)> &w,
                     StringRef nirOp = "nir.linear") {
  return llvm::formatv("  chip.synapses \"{0}\" dense %{1} -> %{2} "
                       "{{nir_op = \"{3}\", weight = {4}} : "
                       "!chip.neurons<{5}> -> !chip.neurons<{6}>\n",
                       name, source, target, nirOp, denseWeight(post, pre, w),
                       pre, post)
      .str();
}

std::string input(StringRef name, int64_t size) {
  return llvm::formatv("  %{0} = chip.input \"{0}\" [{1}] : "
                       "!chip.neurons<{1}>\n",
                       name, size)
      .str();
}

std::string output(StringRef source, int64_t size) {
  return llvm::formatv("  chip.output \"out\" %{0} : !chip.neurons<{1}>\n",
                       source, size)
      .str();
}

std::string device(StringRef body) {
  return ("module {\nchip.device \"brainscales2\" attributes "
          "{dt = 1.0e-03 : f64} {\n" +
          body + "}\n}\n")
      .str();
}

/// The slices of the device, in order.
SmallVector<SliceOp> getSlices(DeviceOp device) {
  return llvm::to_vector(device.getBody().getOps<SliceOp>());
}

double positive(int64_t, int64_t) { return 0.1; }
/// Neuron 0 receives +0.1 from every channel, neuron 1 -0.1: every channel
/// is a signed source of the pair.
double signedByNeuron(int64_t j, int64_t) { return j == 0 ? 0.1 : -0.1; }

} // namespace

TEST_F(ChipTest, BrainScaleS2Numbers) {
  const TargetModel &m = model();
  EXPECT_EQ(m.getName(), "brainscales2");
  EXPECT_EQ(m.getDisplayName(), "BrainScaleS-2");
  EXPECT_EQ(m.getNumCores(), 2u);
  for (unsigned core = 0; core < 2; ++core) {
    EXPECT_EQ(m.getCoreKind(core), "hemisphere");
    EXPECT_EQ(m.getNeuronCapacity(core), 256);
  }
  EXPECT_EQ(m.getPlacementStyle(), PlacementStyle::PackedPools);
  RegisterRange weight = m.getWeightRange();
  EXPECT_EQ(weight.min, -63);
  EXPECT_EQ(weight.max, 63);

  auto limit = [&](StringRef key) -> int64_t {
    for (const TargetLimit &l : m.getLimits())
      if (l.key == key)
        return l.value;
    ADD_FAILURE() << "no limit " << key.str();
    return -1;
  };
  EXPECT_EQ(limit("neurons"), 512);
  EXPECT_EQ(limit("hemispheres"), 2);
  EXPECT_EQ(limit("neurons_per_hemisphere"), 256);
  EXPECT_EQ(limit("synapse_rows_per_hemisphere"), 256);
  EXPECT_EQ(limit("synapses"), 131072);
  EXPECT_EQ(limit("weight_bits"), 6);
  EXPECT_EQ(limit("weight_scale"), 64);
  EXPECT_EQ(limit("speedup"), 1000);
  EXPECT_EQ(limit("threshold_target"), 150);

  EXPECT_TRUE(m.supportsNeuronModel(NeuronModel::CubaLIF, false));
  EXPECT_TRUE(m.supportsNeuronModel(NeuronModel::CubaLIF, true));
  EXPECT_TRUE(m.supportsNeuronModel(NeuronModel::CubaLI, true));
  EXPECT_FALSE(m.supportsNeuronModel(NeuronModel::CubaLI, false));
  for (NeuronModel other :
       {NeuronModel::LIF, NeuronModel::LI, NeuronModel::IF}) {
    EXPECT_FALSE(m.supportsNeuronModel(other, false))
        << stringifyNeuronModel(other).str();
    EXPECT_FALSE(m.supportsNeuronModel(other, true))
        << stringifyNeuronModel(other).str();
  }
  EXPECT_TRUE(m.supportsSynapses(SynapseKind::Dense, false));
  EXPECT_FALSE(m.supportsSynapses(SynapseKind::Dense, true));
  EXPECT_FALSE(m.supportsSynapses(SynapseKind::Conv2d, false));
}

// Rows are shared by a hemisphere: a channel already given an excitatory row
// costs nothing more; a signed channel costs two; 256 rows fit, 257 do not.
TEST_F(ChipTest, BrainScaleS2FitsOnCoreAt256Rows) {
  std::string body = input("in", 128) + population("a", 2) +
                     population("b", 1) + population("c", 1) +
                     synapses("fa", "in", 128, "a", 2, signedByNeuron) +
                     synapses("fb", "in", 128, "b", 1, positive) +
                     synapses("fc", "b", 1, "c", 1, positive) + output("c", 1) +
                     "  %h0 = chip.core 0 \"hemisphere\"\n"
                     "  chip.slice %a[0 : 2] : !chip.neurons<2>\n"
                     "  chip.slice %a[0 : 1] : !chip.neurons<2>\n"
                     "  chip.slice %b[0 : 1] : !chip.neurons<1>\n"
                     "  chip.slice %c[0 : 1] : !chip.neurons<1>\n";
  DeviceOp dev = parseDevice(device(body));
  ASSERT_TRUE(dev);
  SmallVector<SliceOp> slices = getSlices(dev);
  ASSERT_EQ(slices.size(), 4u);
  SliceOp a = slices[0], aFirst = slices[1], b = slices[2], c = slices[3];
  const TargetModel &m = model();

  LimitViolation v;
  // 128 signed channels: 256 rows, exactly full.
  EXPECT_TRUE(m.fitsOnCore(0, {}, a, v));
  // b reuses the 128 excitatory rows: still 256.
  EXPECT_TRUE(m.fitsOnCore(0, {a}, b, v));
  // c adds one row for b's neuron: 257.
  EXPECT_FALSE(m.fitsOnCore(0, {a, b}, c, v));
  EXPECT_EQ(v.actual, 257);
  EXPECT_EQ(v.quantity, "synapse rows on hemisphere 0");
  EXPECT_EQ(v.limit, 256);
  EXPECT_EQ(v.limitName, "synapse rows per hemisphere");
  EXPECT_EQ(m.describe(v), "257 synapse rows on hemisphere 0 exceed "
                           "BrainScaleS-2's limit of 256 synapse rows per "
                           "hemisphere");
  // Neuron 0 of a alone receives one sign only: 128 rows, room for c.
  LimitViolation unused;
  EXPECT_TRUE(m.fitsOnCore(0, {aFirst, b}, c, unused));
}

TEST_F(ChipTest, BrainScaleS2OneSignedSourcesTakeOneRow) {
  // 200 channels of one sign into 2 neurons: 200 rows; of both signs: 400.
  std::string body =
      input("in", 200) + population("p", 2) + population("q", 2) +
      synapses(
          "fp", "in", 200, "p", 2,
          [](int64_t j, int64_t k) { return (j + k) % 3 == 0 ? 0.0 : -0.2; }) +
      synapses("fq", "in", 200, "q", 2, signedByNeuron) + output("q", 2) +
      "  chip.slice %p[0 : 2] : !chip.neurons<2>\n"
      "  chip.slice %q[0 : 2] : !chip.neurons<2>\n";
  DeviceOp dev = parseDevice(device(body));
  ASSERT_TRUE(dev);
  SmallVector<SliceOp> slices = getSlices(dev);
  const TargetModel &m = model();
  LimitViolation v;
  EXPECT_TRUE(m.fitsOnCore(0, {}, slices[0], v));
  EXPECT_FALSE(m.fitsOnCore(0, {}, slices[1], v));
  EXPECT_EQ(v.actual, 400);
  // p's 200 inhibitory rows serve q's negative weights: 400 in all.
  EXPECT_FALSE(m.fitsOnCore(0, {slices[0]}, slices[1], v));
  EXPECT_EQ(v.actual, 400);
}

TEST_F(ChipTest, BrainScaleS2ZeroWeightsTakeNoRow) {
  // 300 channels, but only channels 0..99 have non-zero weights.
  std::string body = input("in", 300) + population("p", 2) +
                     synapses("fp", "in", 300, "p", 2,
                              [](int64_t j, int64_t k) {
                                return k >= 100 ? 0.0 : (j == 0 ? 0.1 : -0.1);
                              }) +
                     output("p", 2) +
                     "  chip.slice %p[0 : 2] : !chip.neurons<2>\n";
  DeviceOp dev = parseDevice(device(body));
  ASSERT_TRUE(dev);
  LimitViolation v;
  EXPECT_TRUE(model().fitsOnCore(0, {}, getSlices(dev)[0], v));
  auto slice = model().getMaxSliceSize(
      findNamed<PopulationOp>(dev, "p"),
      findNamed<PopulationOp>(dev, "p").getIncomingSynapses(), v);
  ASSERT_TRUE(succeeded(slice));
  EXPECT_EQ(*slice, 2);
}

// 128 signed channels fill a hemisphere's rows with both neurons of a pair;
// 129 force the pair onto two hemispheres, one neuron per slice.
TEST_F(ChipTest, BrainScaleS2MaxSliceSizeForSignedSources) {
  for (int64_t channels : {128, 129}) {
    diagnostics.clear();
    std::string body = input("in", channels) + population("p", 2) +
                       synapses("fp", "in", channels, "p", 2, signedByNeuron) +
                       output("p", 2);
    DeviceOp dev = parseDevice(device(body));
    ASSERT_TRUE(dev);
    PopulationOp p = findNamed<PopulationOp>(dev, "p");
    LimitViolation v;
    auto size = model().getMaxSliceSize(p, p.getIncomingSynapses(), v);
    ASSERT_TRUE(succeeded(size)) << channels;
    EXPECT_EQ(*size, channels == 128 ? 2 : 1) << channels;
  }
}

TEST_F(ChipTest, BrainScaleS2MaxSliceSizeFailsAbove256RowsPerNeuron) {
  // 129 signed channels into every neuron cannot fail per neuron (one weight
  // has one sign); 257 non-zero channels into one neuron do.
  std::string body =
      input("in", 257) + population("p", 3) +
      synapses("fp", "in", 257, "p", 3,
               [](int64_t j, int64_t k) {
                 return j == 2 ? (k % 2 ? 0.1 : -0.1) : (k < 200 ? 0.1 : 0.0);
               }) +
      output("p", 3);
  DeviceOp dev = parseDevice(device(body));
  ASSERT_TRUE(dev);
  PopulationOp p = findNamed<PopulationOp>(dev, "p");
  LimitViolation v;
  auto size = model().getMaxSliceSize(p, p.getIncomingSynapses(), v);
  ASSERT_TRUE(failed(size));
  EXPECT_EQ(v.actual, 257);
  EXPECT_EQ(v.quantity, "synapse rows into neuron 2");
  EXPECT_EQ(v.limit, 256);
  EXPECT_EQ(v.limitName, "synapse rows per hemisphere");
}

TEST_F(ChipTest, BrainScaleS2MaxSliceSizeIsAHemisphere) {
  std::string body = input("in", 4) + population("p", 300) +
                     synapses("fp", "in", 4, "p", 300, positive) +
                     output("p", 300);
  DeviceOp dev = parseDevice(device(body));
  ASSERT_TRUE(dev);
  PopulationOp p = findNamed<PopulationOp>(dev, "p");
  LimitViolation v;
  auto size = model().getMaxSliceSize(p, p.getIncomingSynapses(), v);
  ASSERT_TRUE(succeeded(size));
  EXPECT_EQ(*size, 256);
}

// Every window of neurons, not just the first, must fit. Neurons 0 and 1 share
// channels 0..99, neuron 2 takes 100..249 and neuron 3 150..299 (all
// positive): the first 3 neurons need 250 rows, but neurons 1..3 need 300, so
// slices of 2 are the most.
TEST_F(ChipTest, BrainScaleS2MaxSliceSizeChecksEveryWindow) {
  std::string body = input("in", 300) + population("p", 4) +
                     synapses("fp", "in", 300, "p", 4,
                              [](int64_t j, int64_t k) {
                                int64_t first[] = {0, 0, 100, 150};
                                int64_t last[] = {100, 100, 250, 300};
                                return k >= first[j] && k < last[j] ? 0.1 : 0.0;
                              }) +
                     output("p", 4);
  DeviceOp dev = parseDevice(device(body));
  ASSERT_TRUE(dev);
  PopulationOp p = findNamed<PopulationOp>(dev, "p");
  LimitViolation v;
  auto size = model().getMaxSliceSize(p, p.getIncomingSynapses(), v);
  ASSERT_TRUE(succeeded(size));
  EXPECT_EQ(*size, 2);
}

TEST_F(ChipTest, BrainScaleS2VerifyPlacementCountsRows) {
  std::string body = input("in", 129) + population("p", 2) +
                     synapses("fp", "in", 129, "p", 2, signedByNeuron) +
                     output("p", 2) +
                     "  %h0 = chip.core 0 \"hemisphere\"\n"
                     "  chip.slice %p[0 : 2] on %h0 at 0 : !chip.neurons<2>\n";
  DeviceOp dev = parseDevice(device(body));
  ASSERT_TRUE(dev);
  EXPECT_TRUE(failed(model().verifyPlacement(dev)));
  EXPECT_DIAGNOSED("'nir.cuba_lif' \"p\": 258 synapse rows on hemisphere "
                   "0 exceed BrainScaleS-2's limit of 256 synapse rows "
                   "per hemisphere");
}

//===----------------------------------------------------------------------===//
// Quantisation
//===----------------------------------------------------------------------===//

TEST_F(ChipTest, BrainScaleS2WeightsRoundHalfAwayFromZero) {
  // 64 w = 0.5, -0.5, 2.5, -2.5, 6.4, -19.2, 63.4, 63.
  const double w[] = {0.5 / 64, -0.5 / 64, 2.5 / 64,  -2.5 / 64,
                      0.1,      -0.3,      63.4 / 64, 63.0 / 64};
  const int64_t expected[] = {1, -1, 3, -3, 6, -19, 63, 63};
  std::string body = input("in", 8) + population("p", 1) +
                     synapses("fc", "in", 8, "p", 1,
                              [&](int64_t, int64_t k) { return w[k]; }) +
                     output("p", 1);
  DeviceOp dev = parseDevice(device(body));
  ASSERT_TRUE(dev);
  ASSERT_TRUE(succeeded(quantizeDevice(dev)));
  SynapsesOp fc = findNamed<SynapsesOp>(dev, "fc");
  ASSERT_TRUE(fc.getQweight());
  SmallVector<int64_t> q;
  for (const APInt &v : fc.getQweight()->getValues<APInt>())
    q.push_back(v.getSExtValue());
  EXPECT_EQ(q, SmallVector<int64_t>(std::begin(expected), std::end(expected)));

  DictionaryAttr regs = *fc.getRegisters();
  EXPECT_EQ(cast<FloatAttr>(regs.get("weight_scale")).getValueAsDouble(), 64);
  EXPECT_EQ(cast<IntegerAttr>(regs.get("exc_rows")).getInt(), 5);
  EXPECT_EQ(cast<IntegerAttr>(regs.get("inh_rows")).getInt(), 3);
  EXPECT_TRUE(regs.get("quant_error"));
  EXPECT_DIAGNOSED("'fc': 6-bit weights");
}

TEST_F(ChipTest, BrainScaleS2FoldsInputGain) {
  // w_in = 2 doubles the current the weights give: 64 * 2 * 0.1 = 12.8.
  std::string body =
      input("in", 1) +
      llvm::formatv(
          "  %p = chip.population \"p\" cuba_lif [1] {{nir_op = "
          "\"nir.cuba_lif\", params = {{tau_mem = dense<2.0e-02> : "
          "tensor<1xf64>, tau_syn = dense<5.0e-03> : tensor<1xf64>, r = "
          "dense<1.0> : tensor<1xf64>, v_leak = dense<0.0> : tensor<1xf64>, "
          "v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : "
          "tensor<1xf64>, w_in = dense<2.0> : tensor<1xf64>}} : "
          "!chip.neurons<1>\n")
          .str() +
      synapses("fc", "in", 1, "p", 1, positive) + output("p", 1);
  DeviceOp dev = parseDevice(device(body));
  ASSERT_TRUE(dev);
  ASSERT_TRUE(succeeded(quantizeDevice(dev)));
  auto q = findNamed<SynapsesOp>(dev, "fc").getQweight()->getValues<APInt>();
  EXPECT_EQ((*q.begin()).getSExtValue(), 13);
}

TEST_F(ChipTest, BrainScaleS2SaturationRejectedOrClipped) {
  // 64 w = 64, 80, 63.5 (rounds to 64) saturate; 63.4 does not.
  const double w[] = {1.0, -1.25, 63.5 / 64, 63.4 / 64};
  std::string body = input("in", 4) + population("p", 1) +
                     synapses("fc", "in", 4, "p", 1,
                              [&](int64_t, int64_t k) { return w[k]; }) +
                     output("p", 1);
  DeviceOp dev = parseDevice(device(body));
  ASSERT_TRUE(dev);
  EXPECT_TRUE(failed(quantizeDevice(dev)));
  EXPECT_DIAGNOSED(
      "'nir.linear' \"fc\": 3 of 4 weights saturate: the largest |64 w| is "
      "80, above BrainScaleS-2's limit of 63 (6-bit synapse weight); hxtorch "
      "would clip them silently; allow saturation (nirc --allow-saturation) "
      "to clip them with a warning");
  EXPECT_FALSE(findNamed<SynapsesOp>(dev, "fc").getQweight());

  diagnostics.clear();
  ASSERT_TRUE(succeeded(quantizeDevice(dev, /*allowSaturation=*/true)));
  EXPECT_DIAGNOSED("'nir.linear' \"fc\": 3 of 4 weights saturate");
  EXPECT_DIAGNOSED("clipped to +-63");
  SmallVector<int64_t> q;
  for (const APInt &v :
       findNamed<SynapsesOp>(dev, "fc").getQweight()->getValues<APInt>())
    q.push_back(v.getSExtValue());
  EXPECT_EQ(q, (SmallVector<int64_t>{63, -63, 63, 63}));
}

TEST_F(ChipTest, BrainScaleS2PopulationRegisters) {
  std::string body =
      input("in", 1) + population("p", 1) + population("ro", 1, "", "cuba_li") +
      synapses("f1", "in", 1, "p", 1, positive) +
      synapses("f2", "p", 1, "ro", 1, positive) + output("ro", 1);
  DeviceOp dev = parseDevice(device(body));
  ASSERT_TRUE(dev);
  ASSERT_TRUE(succeeded(model().checkDesignRules(dev)));
  ASSERT_TRUE(succeeded(quantizeDevice(dev)));
  EXPECT_DIAGNOSED("calibration targets 80, 80 and 150 CADC units");

  auto intReg = [](DictionaryAttr regs, StringRef name) -> int64_t {
    auto values = dyn_cast_or_null<DenseIntElementsAttr>(regs.get(name));
    if (!values) {
      ADD_FAILURE() << "no integer register " << name.str();
      return -1;
    }
    return (*values.getValues<APInt>().begin()).getSExtValue();
  };
  auto floatReg = [](DictionaryAttr regs, StringRef name) -> double {
    auto values = dyn_cast_or_null<DenseFPElementsAttr>(regs.get(name));
    if (!values) {
      ADD_FAILURE() << "no float register " << name.str();
      return -1;
    }
    return (*values.getValues<APFloat>().begin()).convertToDouble();
  };
  DictionaryAttr p = *findNamed<PopulationOp>(dev, "p").getRegisters();
  EXPECT_EQ(intReg(p, "leak"), 80);
  EXPECT_EQ(intReg(p, "reset"), 80);
  EXPECT_EQ(intReg(p, "threshold"), 150);
  EXPECT_EQ(intReg(p, "membrane_capacitance"), 63);
  EXPECT_DOUBLE_EQ(floatReg(p, "tau_mem_hw"), 2.0e-5);
  EXPECT_DOUBLE_EQ(floatReg(p, "tau_syn_hw"), 5.0e-6);
  EXPECT_DOUBLE_EQ(floatReg(p, "threshold_model"), 1.0);
  EXPECT_DOUBLE_EQ(floatReg(p, "membrane_capacitance_model"), 2.0e-2);

  DictionaryAttr ro = *findNamed<PopulationOp>(dev, "ro").getRegisters();
  EXPECT_EQ(intReg(ro, "leak"), 80);
  EXPECT_FALSE(ro.get("threshold"));
  EXPECT_FALSE(ro.get("reset"));
}

TEST_F(ChipTest, BrainScaleS2RejectsNonPositiveR) {
  std::string text =
      input("in", 1) +
      "  %p = chip.population \"p\" cuba_lif [1] {nir_op = "
      "\"nir.cuba_lif\", params = {tau_mem = dense<2.0e-02> : tensor<1xf64>, "
      "tau_syn = dense<5.0e-03> : tensor<1xf64>, r = dense<-1.0> : "
      "tensor<1xf64>, v_leak = dense<0.0> : tensor<1xf64>, v_threshold = "
      "dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>, "
      "w_in = dense<1.0> : tensor<1xf64>}} : !chip.neurons<1>\n" +
      synapses("f1", "in", 1, "p", 1, positive) + output("p", 1);
  DeviceOp dev = parseDevice(device(text));
  ASSERT_TRUE(dev);
  EXPECT_TRUE(failed(quantizeDevice(dev)));
  EXPECT_DIAGNOSED("'nir.cuba_lif' \"p\": r = -1 cannot be set");
}

//===----------------------------------------------------------------------===//
// Design rules
//===----------------------------------------------------------------------===//

TEST_F(ChipTest, BrainScaleS2HomogeneousLayers) {
  std::string homogeneous = input("in", 2) + population("p", 2) +
                            synapses("f1", "in", 2, "p", 2, positive) +
                            output("p", 2);
  DeviceOp dev = parseDevice(device(homogeneous));
  ASSERT_TRUE(dev);
  EXPECT_TRUE(succeeded(model().checkDesignRules(dev)));
  EXPECT_TRUE(diagnostics.empty());

  std::string mixed =
      input("in", 3) +
      "  %p = chip.population \"p\" cuba_lif [3] {nir_op = "
      "\"nir.cuba_lif\", params = {tau_mem = dense<2.0e-02> : tensor<1xf64>, "
      "tau_syn = dense<5.0e-03> : tensor<1xf64>, r = dense<1.0> : "
      "tensor<1xf64>, v_leak = dense<0.0> : tensor<1xf64>, v_threshold = "
      "dense<[1.0, 1.0, 1.5]> : tensor<3xf64>, v_reset = dense<0.0> : "
      "tensor<1xf64>, w_in = dense<1.0> : tensor<1xf64>}} : "
      "!chip.neurons<3>\n" +
      synapses("f1", "in", 3, "p", 3, positive) + output("p", 3);
  dev = parseDevice(device(mixed));
  ASSERT_TRUE(dev);
  EXPECT_TRUE(failed(model().checkDesignRules(dev)));
  EXPECT_DIAGNOSED(
      "'nir.cuba_lif' \"p\": BrainScaleS-2 calibrates a layer as a whole, so "
      "its parameters must be homogeneous across neurons (hxtorch's rule); "
      "v_threshold is 1 for neuron 0 but 1.5 for neuron 2");
  // quantize() holds to the same rule.
  diagnostics.clear();
  EXPECT_TRUE(failed(quantizeDevice(dev)));
  EXPECT_DIAGNOSED("v_threshold is 1 for neuron 0 but 1.5 for neuron 2");
}

TEST_F(ChipTest, BrainScaleS2RejectsBias) {
  std::string body =
      input("in", 2) +
      population("p", 2, ", bias = dense<[0.0, 0.25]> : tensor<2xf64>") +
      synapses("fc1", "in", 2, "p", 2, positive, "nir.affine") + output("p", 2);
  DeviceOp dev = parseDevice(device(body));
  ASSERT_TRUE(dev);
  EXPECT_TRUE(failed(model().checkDesignRules(dev)));
  EXPECT_DIAGNOSED("'nir.cuba_lif' \"p\": BrainScaleS-2 has no bias "
                   "current (hxtorch's synapses have none), but the bias "
                   "of 'nir.affine' \"fc1\" into it is 0.25 for neuron 1; "
                   "use a nir.Linear or a zero bias");

  diagnostics.clear();
  std::string zeroBias =
      input("in", 2) +
      population("p", 2, ", bias = dense<0.0> : tensor<1xf64>") +
      synapses("fc1", "in", 2, "p", 2, positive, "nir.affine") + output("p", 2);
  dev = parseDevice(device(zeroBias));
  ASSERT_TRUE(dev);
  EXPECT_TRUE(succeeded(model().checkDesignRules(dev)));
}

TEST_F(ChipTest, BrainScaleS2OneInputOneOutput) {
  std::string body = input("in", 1) + input("in2", 1) + population("p", 1) +
                     synapses("f1", "in", 1, "p", 1, positive) +
                     synapses("f2", "in2", 1, "p", 1, positive) +
                     output("p", 1);
  DeviceOp dev = parseDevice(device(body));
  ASSERT_TRUE(dev);
  EXPECT_TRUE(failed(model().checkDesignRules(dev)));
  EXPECT_DIAGNOSED("BrainScaleS-2 takes a graph with exactly one input "
                   "and one output (hxtorch's from_nir); this graph has "
                   "2 inputs and 1 output");

  diagnostics.clear();
  body = input("in", 1) + population("p", 1) +
         synapses("f1", "in", 1, "p", 1, positive);
  dev = parseDevice(device(body));
  ASSERT_TRUE(dev);
  EXPECT_TRUE(failed(model().checkDesignRules(dev)));
  EXPECT_DIAGNOSED("this graph has 1 input and 0 outputs");
}
