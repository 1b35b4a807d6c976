//===- SpeckModelTest.cpp - the Speck (DYNAP-CNN) target model -----------===//
//
// Numbers from docs/chips.md §2; memory values computed by hand with
// Sinabs' formulas K = c·2^(ceil(log2(kx·ky)) + ceil(log2 f)) and
// N = f·2^(ceil(log2 fy) + ceil(log2 fx)).
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

/// An IF population's attributes: one threshold, r = 1, reset to zero.
std::string ifAttrs(double threshold = 1.0, llvm::StringRef extra = "") {
  return llvm::formatv(
      "{{nir_op = \"nir.if\", params = {{r = dense<1.0> : tensor<1xf64>, "
      "v_threshold = dense<{0}> : tensor<1xf64>, v_reset = dense<0.0> : "
      "tensor<1xf64>{1}}}",
      threshold, extra);
}

std::string device(const std::string &body) {
  return "chip.device \"speck\" attributes {dt = 1.0e-03 : f64} {\n" + body +
         "}\n";
}

/// One conv layer: input (cin, h, w) pooled by `pool`, a k x k kernel (or
/// kh x kw) to `cout` channels, and an unplaced slice of the whole layer.
struct ConvLayer {
  int64_t cin = 1, h = 8, w = 8, cout = 1, kh = 3, kw = 3;
  int64_t strideY = 1, strideX = 1, padY = 0, padX = 0, pool = 1;
  double weight = 0.5;

  int64_t outH() const { return (h / pool + 2 * padY - kh) / strideY + 1; }
  int64_t outW() const { return (w / pool + 2 * padX - kw) / strideX + 1; }
  int64_t outSize() const { return cout * outH() * outW(); }

  std::string ir() const {
    int64_t in = cin * h * w, out = outSize();
    std::string poolAttr =
        pool > 1 ? llvm::formatv(", pool = array<i64: {0}>", pool).str() : "";
    return device(llvm::formatv(
        "  %in = chip.input \"in\" [{0}, {1}, {2}] : "
        "!chip.neurons<{3}>\n"
        "  %l = chip.population \"if1\" if [{4}, {5}, {6}] {7} "
        ": !chip.neurons<{8}>\n"
        "  chip.synapses \"conv\" conv2d %in -> %l {{nir_op = "
        "\"nir.conv2d\", weight = dense<{9}> : tensor<{4}x{0}x{10}x{11}xf64>, "
        "stride = array<i64: {12}, {13}>, padding = array<i64: {14}, {15}>{16}}"
        " : !chip.neurons<{3}> -> !chip.neurons<{8}>\n"
        "  chip.slice %l[0 : {8}] : !chip.neurons<{8}>\n",
        cin, h, w, in, cout, outH(), outW(), ifAttrs(), out, weight, kh, kw,
        strideY, strideX, padY, padX, poolAttr));
  }
};

class SpeckTest : public ChipTest {
protected:
  const TargetModel &model() { return *lookupTargetModel("speck"); }

  template <typename OpT> OpT find(llvm::StringRef name = "") {
    OpT result;
    module->walk([&](OpT op) {
      if (result)
        return;
      if constexpr (std::is_same_v<OpT, SliceOp>)
        result = op;
      else if (name.empty() || op.getName() == name)
        result = op;
    });
    return result;
  }

  /// Whether the single layer of `ir` fits `core`; fills `violation`.
  bool fits(const std::string &ir, unsigned core, LimitViolation &violation) {
    DeviceOp dev = parseDevice(ir);
    EXPECT_TRUE(dev) << ir;
    return model().fitsOnCore(core, {}, find<SliceOp>(), violation);
  }

  /// getMaxSliceSize of population `name`, its violation in `message`.
  FailureOr<int64_t> maxSlice(llvm::StringRef name, std::string &message) {
    PopulationOp population = find<PopulationOp>(name);
    LimitViolation violation;
    auto incoming = population.getIncomingSynapses();
    auto result = model().getMaxSliceSize(population, incoming, violation);
    if (failed(result))
      message = model().describe(violation);
    return result;
  }

  /// Parses `ir`, runs the design rules, expects failure with `message`.
  void expectRule(const std::string &ir, llvm::StringRef message) {
    DeviceOp dev = parseDevice(ir);
    ASSERT_TRUE(dev) << ir;
    EXPECT_TRUE(failed(model().checkDesignRules(dev)));
    EXPECT_TRUE(diagnosed(message))
        << "expected: " << message.str() << "\ngot: "
        << (diagnostics.empty() ? std::string("nothing") : diagnostics.back());
  }

  /// Whether the last diagnostic contains `text` (printing it otherwise).
  ::testing::AssertionResult lastIs(llvm::StringRef text) {
    if (!diagnostics.empty() &&
        llvm::StringRef(diagnostics.back()).contains(text))
      return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << "expected: " << text.str() << "\ngot: "
           << (diagnostics.empty() ? std::string("nothing")
                                   : diagnostics.back());
  }

  std::vector<int64_t> ints(PopulationOp population, llvm::StringRef name) {
    SmallVector<int64_t> values =
        getInts(population.getRegistersAttr().get(name));
    return {values.begin(), values.end()};
  }
  double scaleOf(Operation *op) {
    DictionaryAttr registers = op->getAttrOfType<DictionaryAttr>("registers");
    return llvm::cast<FloatAttr>(registers.get("scale")).getValueAsDouble();
  }
};

/// The Sinabs CNN of the NIR paper (cnn_sinabs.nir), weights made splats:
/// conv 2->16 k5 s2 p1 on 2x34x34, conv 16->16 k3, pool 2 + conv 16->8 k3,
/// pool 2 + affine 128->256, affine 256->10.
std::string sinabsCNN() {
  std::string ifA = ifAttrs();
  return device(llvm::formatv(
      R"(  %in = chip.input "input" [2, 34, 34] : !chip.neurons<2312>
  %p1 = chip.population "1" if [16, 16, 16] {0} : !chip.neurons<4096>
  %p3 = chip.population "3" if [16, 16, 16] {0} : !chip.neurons<4096>
  %p6 = chip.population "6" if [8, 8, 8] {0} : !chip.neurons<512>
  %p10 = chip.population "10" if [256] {0} : !chip.neurons<256>
  %p12 = chip.population "12" if [10] {0} : !chip.neurons<10>
  chip.synapses "0" conv2d %in -> %p1 {{nir_op = "nir.conv2d", weight = dense<0.1> : tensor<16x2x5x5xf64>, stride = array<i64: 2, 2>, padding = array<i64: 1, 1>} : !chip.neurons<2312> -> !chip.neurons<4096>
  chip.synapses "2" conv2d %p1 -> %p3 {{nir_op = "nir.conv2d", weight = dense<0.1> : tensor<16x16x3x3xf64>, stride = array<i64: 1, 1>, padding = array<i64: 1, 1>} : !chip.neurons<4096> -> !chip.neurons<4096>
  chip.synapses "5" conv2d %p3 -> %p6 {{nir_op = "nir.conv2d", weight = dense<0.1> : tensor<8x16x3x3xf64>, stride = array<i64: 1, 1>, padding = array<i64: 1, 1>, pool = array<i64: 2>} : !chip.neurons<4096> -> !chip.neurons<512>
  chip.synapses "9" dense %p6 -> %p10 {{nir_op = "nir.affine", weight = dense<0.1> : tensor<256x128xf64>, pool = array<i64: 2>} : !chip.neurons<512> -> !chip.neurons<256>
  chip.synapses "11" dense %p10 -> %p12 {{nir_op = "nir.affine", weight = dense<0.1> : tensor<10x256xf64>} : !chip.neurons<256> -> !chip.neurons<10>
  chip.slice %p1[0 : 4096] : !chip.neurons<4096>
  chip.slice %p10[0 : 256] : !chip.neurons<256>
  chip.output "output" %p12 : !chip.neurons<10>
)",
      ifA));
}

//===----------------------------------------------------------------------===//
// Numbers
//===----------------------------------------------------------------------===//

TEST_F(SpeckTest, SpeckModelNumbers) {
  const TargetModel *speck = lookupTargetModel("speck");
  ASSERT_TRUE(speck);
  EXPECT_EQ(speck->getName(), "speck");
  EXPECT_EQ(speck->getDisplayName(), "Speck");
  EXPECT_EQ(speck->getNumCores(), 9u);
  EXPECT_EQ(speck->getPlacementStyle(), PlacementStyle::CorePerSlice);
  EXPECT_EQ(speck->getMaxRouteDestinations(), 2u);
  // Neuron memories of DynapcnnConfigBuilder.get_constraints.
  const int64_t neuron[] = {65536, 65536, 65536, 32768, 32768,
                            16384, 16384, 16384, 16384};
  for (unsigned core = 0; core < 9; ++core) {
    EXPECT_EQ(speck->getCoreKind(core), "cnn");
    EXPECT_EQ(speck->getNeuronCapacity(core), neuron[core]) << core;
  }
  RegisterRange weight = speck->getWeightRange();
  EXPECT_EQ(weight.min, -128);
  EXPECT_EQ(weight.max, 127);
  bool sawThreshold = false;
  for (const RegisterRange &r : speck->getPopulationRegisters())
    if (r.name == "threshold_high") {
      sawThreshold = true;
      EXPECT_EQ(r.min, -32768);
      EXPECT_EQ(r.max, 32767);
    }
  EXPECT_TRUE(sawThreshold);
  EXPECT_TRUE(speck->supportsNeuronModel(NeuronModel::IF, false));
  EXPECT_TRUE(speck->supportsNeuronModel(NeuronModel::IF, true));
  for (NeuronModel model : {NeuronModel::LIF, NeuronModel::CubaLIF,
                            NeuronModel::LI, NeuronModel::CubaLI})
    EXPECT_FALSE(speck->supportsNeuronModel(model, false))
        << stringifyNeuronModel(model).str();
  for (bool pooled : {false, true}) {
    EXPECT_TRUE(speck->supportsSynapses(SynapseKind::Conv2d, pooled));
    EXPECT_TRUE(speck->supportsSynapses(SynapseKind::Dense, pooled));
  }
  llvm::StringMap<int64_t> limits;
  for (const TargetLimit &limit : speck->getLimits())
    limits[limit.key] = limit.value;
  EXPECT_EQ(limits["cores"], 9);
  EXPECT_EQ(limits["kernel_size"], 16);
  EXPECT_EQ(limits["output_channels"], 1024);
  EXPECT_EQ(limits["destinations"], 2);
  EXPECT_EQ(limits["bias_memory"], 1024);
}

/// The kernel memory of every core, found at the boundary: a 16->64 3x3
/// conv takes 16·2^(4+6) = 16Ki entries, a 16->64 5x5 one 16·2^(5+6) = 32Ki,
/// a 32->64 5x5 one 64Ki.
TEST_F(SpeckTest, SpeckKernelMemoryPerCore) {
  const int64_t kernel[] = {16384, 16384, 16384, 32768, 32768,
                            65536, 65536, 16384, 16384};
  for (int64_t entries : {16384, 32768, 65536}) {
    ConvLayer layer;
    layer.cin = entries == 65536 ? 32 : 16;
    layer.cout = 64;
    layer.kh = layer.kw = entries == 16384 ? 3 : 5;
    layer.h = layer.w = 5; // 3x3 or 1x1 output: neuron memory fits all.
    for (unsigned core = 0; core < 9; ++core) {
      LimitViolation v;
      bool expected = entries <= kernel[core];
      EXPECT_EQ(fits(layer.ir(), core, v), expected)
          << entries << " on core " << core;
      if (!expected) {
        EXPECT_EQ(v.actual, entries);
        EXPECT_EQ(v.limit, kernel[core]);
      }
    }
  }
}

//===----------------------------------------------------------------------===//
// Memory formulas
//===----------------------------------------------------------------------===//

/// The power-of-two rounding decides: 16->48 3x3 takes 16·2^(4+6) = 16384
/// entries (not 16·48·9 = 6912) and fits core 0 exactly; with 17 input
/// channels 17·1024 = 17408 does not.
TEST_F(SpeckTest, SpeckKernelMemoryRoundsToPowersOfTwo) {
  ConvLayer layer;
  layer.cin = 16;
  layer.cout = 48;
  layer.h = layer.w = 3;
  LimitViolation v;
  EXPECT_TRUE(fits(layer.ir(), 0, v));
  layer.cin = 17;
  EXPECT_FALSE(fits(layer.ir(), 0, v));
  EXPECT_EQ(model().describe(v), "17408 kernel memory entries exceed Speck's "
                                 "limit of 16384 kernel memory entries on "
                                 "core 0");
  EXPECT_TRUE(fits(layer.ir(), 3, v));
}

/// 64->64 4x4 on 16x16: K = 64·2^(4+6) = 64Ki, N = 64·2^(4+4) = 16Ki (13x13
/// output rounded to 16x16): exactly core 5's memories, more kernel memory
/// than core 0 (16Ki) or core 3 (32Ki) has.
TEST_F(SpeckTest, SpeckLayerFitsCore5ButNotCore0) {
  ConvLayer layer;
  layer.cin = 64;
  layer.cout = 64;
  layer.kh = layer.kw = 4;
  layer.h = layer.w = 16;
  ASSERT_EQ(layer.outH(), 13);
  std::string ir = layer.ir();
  LimitViolation v;
  EXPECT_TRUE(fits(ir, 5, v));
  EXPECT_TRUE(fits(ir, 6, v));
  for (unsigned core : {0u, 1u, 2u, 3u, 4u, 7u, 8u}) {
    EXPECT_FALSE(fits(ir, core, v)) << core;
    EXPECT_EQ(v.actual, 65536);
    EXPECT_EQ(v.quantity, "kernel memory entries");
  }
  EXPECT_FALSE(fits(ir, 0, v));
  EXPECT_EQ(model().describe(v), "65536 kernel memory entries exceed Speck's "
                                 "limit of 16384 kernel memory entries on "
                                 "core 0");
  // One more output row: 14x13 still rounds to 16x16; 17x13 needs 32x16.
  layer.h = 20;
  ASSERT_EQ(layer.outH(), 17);
  EXPECT_FALSE(fits(layer.ir(), 5, v));
  EXPECT_EQ(model().describe(v), "32768 neuron memory entries exceed Speck's "
                                 "limit of 16384 neuron memory entries on "
                                 "core 5");
  // A population is never split: the slice is the whole population.
  layer.h = 16;
  parseDevice(layer.ir());
  std::string message;
  auto size = maxSlice("if1", message);
  ASSERT_TRUE(succeeded(size));
  EXPECT_EQ(*size, 64 * 13 * 13);
}

/// The Sinabs CNN: every layer fits somewhere; the affine "9" (8x8x8 pooled
/// to 8x4x4, to 256) is a 4x4 conv of 8 channels: 8·2^(4+8) = 32Ki kernel
/// entries, so it needs core 3, 4, 5 or 6. Its first layer (K = 2·2^(5+4) =
/// 1Ki, N = 16·2^(4+4) = 4Ki) fits every core.
TEST_F(SpeckTest, SpeckSinabsCNNMemory) {
  DeviceOp dev = parseDevice(sinabsCNN());
  ASSERT_TRUE(dev);
  EXPECT_TRUE(succeeded(model().checkDesignRules(dev)));
  SliceOp first, affine;
  module->walk([&](SliceOp slice) {
    (slice.getPopulationOp().getName() == "1" ? first : affine) = slice;
  });
  for (unsigned core = 0; core < 9; ++core) {
    LimitViolation v;
    EXPECT_TRUE(model().fitsOnCore(core, {}, first, v)) << core;
    bool expected = core >= 3 && core <= 6;
    EXPECT_EQ(model().fitsOnCore(core, {}, affine, v), expected) << core;
    if (!expected) {
      EXPECT_EQ(model().describe(v),
                llvm::formatv("32768 kernel memory entries exceed Speck's "
                              "limit of 16384 kernel memory entries on "
                              "core {0}",
                              core)
                    .str());
    }
  }
  // One layer per core.
  LimitViolation v;
  EXPECT_FALSE(model().fitsOnCore(3, {first}, affine, v));
}

/// Sinabs' docs example: Conv2d(16, 32, 3, padding 1) on 64x64 needs
/// 32·64·64 = 128Ki neuron entries, more than any core.
TEST_F(SpeckTest, SpeckNoCoreHoldsTheNeurons) {
  ConvLayer layer;
  layer.cin = 16;
  layer.cout = 32;
  layer.h = layer.w = 64;
  layer.padY = layer.padX = 1;
  parseDevice(layer.ir());
  std::string message;
  EXPECT_TRUE(failed(maxSlice("if1", message)));
  EXPECT_EQ(message, "131072 neuron memory entries exceed Speck's limit of "
                     "65536 neuron memory entries on any core");
}

/// 65->64 4x4: 65·2^(4+6) = 66560 kernel entries, more than any core.
TEST_F(SpeckTest, SpeckNoCoreHoldsTheKernel) {
  ConvLayer layer;
  layer.cin = 65;
  layer.cout = 64;
  layer.kh = layer.kw = 4;
  layer.h = layer.w = 4;
  parseDevice(layer.ir());
  std::string message;
  EXPECT_TRUE(failed(maxSlice("if1", message)));
  EXPECT_EQ(message, "66560 kernel memory entries exceed Speck's limit of "
                     "65536 kernel memory entries on any core");
}

/// 64Ki kernel entries (cores 5, 6) with 64·2^(5+4) = 32Ki neuron entries
/// (cores 0-4): each memory fits some core, no core has both.
TEST_F(SpeckTest, SpeckNoCoreHoldsBoth) {
  ConvLayer layer;
  layer.cin = 64;
  layer.cout = 64;
  layer.kh = layer.kw = 4;
  layer.h = 35; // 32 output rows
  layer.w = 19; // 16 output columns
  parseDevice(layer.ir());
  std::string message;
  EXPECT_TRUE(failed(maxSlice("if1", message)));
  EXPECT_EQ(message,
            "65536 kernel memory entries (with 32768 neuron memory entries) "
            "exceed Speck's limit of 32768 kernel memory entries on a core "
            "with 32768 neuron memory entries");
}

//===----------------------------------------------------------------------===//
// Quantisation
//===----------------------------------------------------------------------===//

/// Dequantised weights lie within half a step of r·w; the threshold takes
/// the same scale; the negative side binds: scale = 128/0.9.
TEST_F(SpeckTest, SpeckQuantizeRoundTrip) {
  const double w[] = {-0.9, 0.31, 0.05, 0.7, -0.123, 0.0, 0.44, -0.6};
  DeviceOp dev = parseDevice(device(llvm::formatv(
      R"(  %in = chip.input "in" [4] : !chip.neurons<4>
  %l = chip.population "if1" if [2] {0} : !chip.neurons<2>
  chip.synapses "fc" dense %in -> %l {{nir_op = "nir.linear", weight = dense<[[-0.9, 0.31, 0.05, 0.7], [-0.123, 0.0, 0.44, -0.6]]> : tensor<2x4xf64>} : !chip.neurons<4> -> !chip.neurons<2>
)",
      ifAttrs(1.5))));
  ASSERT_TRUE(dev);
  ASSERT_TRUE(succeeded(quantizeDevice(dev)));
  auto population = find<PopulationOp>("if1");
  auto synapses = find<SynapsesOp>("fc");
  double scale = scaleOf(population);
  EXPECT_DOUBLE_EQ(scale, 128 / 0.9);
  EXPECT_DOUBLE_EQ(scaleOf(synapses), scale);
  auto q = synapses.getQweightAttr().getValues<int64_t>();
  int i = 0;
  for (int64_t v : q) {
    EXPECT_LE(std::abs(w[i] - double(v) / scale), 0.5 / scale + 1e-12) << i;
    EXPECT_GE(v, -128);
    EXPECT_LE(v, 127);
    ++i;
  }
  EXPECT_EQ(*synapses.getQweightAttr().getValues<int64_t>().begin(), -128);
  EXPECT_EQ(ints(population, "threshold_high"),
            std::vector<int64_t>{int64_t(std::nearbyint(1.5 * scale))});
  EXPECT_EQ(ints(population, "threshold_high"), std::vector<int64_t>{213});
  EXPECT_EQ(ints(population, "threshold_low"), std::vector<int64_t>{-213});
  EXPECT_EQ(ints(population, "biases"), std::vector<int64_t>{0});
  EXPECT_FALSE(
      population.getRegistersAttr().getAs<BoolAttr>("leak_enable").getValue());
  EXPECT_TRUE(population.getRegistersAttr()
                  .getAs<BoolAttr>("return_to_zero")
                  .getValue());
  EXPECT_TRUE(synapses.getRegistersAttr().get("quant_error"));
  EXPECT_TRUE(diagnosed("Speck clips each membrane at threshold_low = "
                        "-threshold_high"));
}

/// torch.round rounds half to even: with scale 128 (min -1 binds),
/// 2.5/128 -> 2, 3.5/128 -> 4, 0.5/128 -> 0.
TEST_F(SpeckTest, SpeckQuantizeRoundsHalfToEven) {
  DeviceOp dev = parseDevice(device(llvm::formatv(
      R"(  %in = chip.input "in" [4] : !chip.neurons<4>
  %l = chip.population "if1" if [1] {0} : !chip.neurons<1>
  chip.synapses "fc" dense %in -> %l {{nir_op = "nir.linear", weight = dense<[[-1.0, 0.01953125, 0.02734375, 0.00390625]]> : tensor<1x4xf64>} : !chip.neurons<4> -> !chip.neurons<1>
)",
      ifAttrs())));
  ASSERT_TRUE(dev);
  ASSERT_TRUE(succeeded(quantizeDevice(dev)));
  auto q = find<SynapsesOp>("fc").getQweightAttr().getValues<int64_t>();
  EXPECT_EQ(std::vector<int64_t>(q.begin(), q.end()),
            (std::vector<int64_t>{-128, 2, 4, 0}));
  EXPECT_DOUBLE_EQ(scaleOf(find<PopulationOp>("if1")), 128.0);
}

/// The threshold binds: weights of 0.001 would take 127000, the threshold
/// 1.0 allows 32767 (16 bits).
TEST_F(SpeckTest, SpeckQuantizeThresholdBinds) {
  DeviceOp dev = parseDevice(device(llvm::formatv(
      R"(  %in = chip.input "in" [2] : !chip.neurons<2>
  %l = chip.population "if1" if [1] {0} : !chip.neurons<1>
  chip.synapses "fc" dense %in -> %l {{nir_op = "nir.linear", weight = dense<[[0.001, -0.0005]]> : tensor<1x2xf64>} : !chip.neurons<2> -> !chip.neurons<1>
)",
      ifAttrs())));
  ASSERT_TRUE(dev);
  ASSERT_TRUE(succeeded(quantizeDevice(dev)));
  auto population = find<PopulationOp>("if1");
  EXPECT_DOUBLE_EQ(scaleOf(population), 32767.0);
  EXPECT_EQ(ints(population, "threshold_high"), std::vector<int64_t>{32767});
  EXPECT_EQ(ints(population, "threshold_low"), std::vector<int64_t>{-32767});
  auto q = find<SynapsesOp>("fc").getQweightAttr().getValues<int64_t>();
  EXPECT_EQ(std::vector<int64_t>(q.begin(), q.end()),
            (std::vector<int64_t>{33, -16})); // 32.767, -16.38
}

/// r is folded per output channel before the scale: channel 0 (r = 0.5)
/// weight 0.8 -> 0.4, channel 1 (r = 1) -0.6; scale = 128/0.6. Biases are
/// one per channel (r·b = 0.05, -0.05), stored per neuron.
TEST_F(SpeckTest, SpeckQuantizeFoldsRPerChannel) {
  DeviceOp dev = parseDevice(device(
      R"(  %in = chip.input "in" [1, 2, 2] : !chip.neurons<4>
  %l = chip.population "if1" if [2, 2, 2] {nir_op = "nir.if", params = {r = dense<[0.5, 0.5, 0.5, 0.5, 1.0, 1.0, 1.0, 1.0]> : tensor<8xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>, bias = dense<[0.1, 0.1, 0.1, 0.1, -0.05, -0.05, -0.05, -0.05]> : tensor<8xf64>}} : !chip.neurons<8>
  chip.synapses "conv" conv2d %in -> %l {nir_op = "nir.conv2d", weight = dense<[[[[0.8]]], [[[-0.6]]]]> : tensor<2x1x1x1xf64>, stride = array<i64: 1, 1>, padding = array<i64: 0, 0>} : !chip.neurons<4> -> !chip.neurons<8>
)"));
  ASSERT_TRUE(dev);
  ASSERT_TRUE(succeeded(quantizeDevice(dev)));
  auto population = find<PopulationOp>("if1");
  double scale = scaleOf(population);
  EXPECT_DOUBLE_EQ(scale, 128 / 0.6);
  auto q = find<SynapsesOp>("conv").getQweightAttr().getValues<int64_t>();
  EXPECT_EQ(std::vector<int64_t>(q.begin(), q.end()),
            (std::vector<int64_t>{85, -128})); // 85.33, -128
  EXPECT_EQ(ints(population, "threshold_high"), std::vector<int64_t>{213});
  EXPECT_EQ(ints(population, "biases"),
            (std::vector<int64_t>{11, 11, 11, 11, -11, -11, -11, -11}));
  EXPECT_TRUE(
      population.getRegistersAttr().getAs<BoolAttr>("leak_enable").getValue());
  EXPECT_TRUE(diagnosed("adds biases on its slow leak clock"));
}

TEST_F(SpeckTest, SpeckQuantizeRejectsRVaryingWithinAChannel) {
  DeviceOp dev = parseDevice(device(
      R"(  %in = chip.input "in" [1, 1, 2] : !chip.neurons<2>
  %l = chip.population "if1" if [1, 1, 2] {nir_op = "nir.if", params = {r = dense<[1.0, 2.0]> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}} : !chip.neurons<2>
  chip.synapses "conv" conv2d %in -> %l {nir_op = "nir.conv2d", weight = dense<0.5> : tensor<1x1x1x1xf64>, stride = array<i64: 1, 1>, padding = array<i64: 0, 0>} : !chip.neurons<2> -> !chip.neurons<2>
)"));
  ASSERT_TRUE(dev);
  EXPECT_TRUE(failed(quantizeDevice(dev)));
  EXPECT_TRUE(lastIs("'nir.if' \"if1\": r differs within output channel 0 "
                     "(1 and 2); Speck shares a kernel over the channel, "
                     "into which r is folded"));
}

TEST_F(SpeckTest, SpeckQuantizeRejectsPerNeuronThresholds) {
  DeviceOp dev = parseDevice(device(
      R"(  %in = chip.input "in" [2] : !chip.neurons<2>
  %l = chip.population "if1" if [2] {nir_op = "nir.if", params = {r = dense<1.0> : tensor<1xf64>, v_threshold = dense<[1.0, 2.0]> : tensor<2xf64>, v_reset = dense<0.0> : tensor<1xf64>}} : !chip.neurons<2>
  chip.synapses "fc" dense %in -> %l {nir_op = "nir.linear", weight = dense<0.5> : tensor<2x2xf64>} : !chip.neurons<2> -> !chip.neurons<2>
)"));
  ASSERT_TRUE(dev);
  EXPECT_TRUE(failed(quantizeDevice(dev)));
  EXPECT_TRUE(lastIs("'nir.if' \"if1\": v_threshold differs between "
                     "neurons 0 and 1 (1 and 2); Speck has one threshold "
                     "per layer (threshold_high)"));
}

TEST_F(SpeckTest, SpeckQuantizeRejectsNonZeroReset) {
  DeviceOp dev = parseDevice(device(
      R"(  %in = chip.input "in" [2] : !chip.neurons<2>
  %l = chip.population "if1" if [2] {nir_op = "nir.if", params = {r = dense<1.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.25> : tensor<1xf64>}} : !chip.neurons<2>
  chip.synapses "fc" dense %in -> %l {nir_op = "nir.linear", weight = dense<0.5> : tensor<2x2xf64>} : !chip.neurons<2> -> !chip.neurons<2>
)"));
  ASSERT_TRUE(dev);
  EXPECT_TRUE(failed(quantizeDevice(dev)));
  EXPECT_TRUE(lastIs("'nir.if' \"if1\": v_reset = 0.25 of neuron 0 is not "
                     "zero; Speck resets a neuron to zero (return_to_zero) "
                     "or subtracts its threshold"));
}

TEST_F(SpeckTest, SpeckQuantizeRejectsNonPositiveThreshold) {
  DeviceOp dev = parseDevice(device(llvm::formatv(
      R"(  %in = chip.input "in" [2] : !chip.neurons<2>
  %l = chip.population "if1" if [2] {0} : !chip.neurons<2>
  chip.synapses "fc" dense %in -> %l {{nir_op = "nir.linear", weight = dense<0.5> : tensor<2x2xf64>} : !chip.neurons<2> -> !chip.neurons<2>
)",
      ifAttrs(-0.5))));
  ASSERT_TRUE(dev);
  EXPECT_TRUE(failed(quantizeDevice(dev)));
  EXPECT_TRUE(lastIs("'nir.if' \"if1\": v_threshold = -0.5 is not positive; "
                     "Speck spikes at threshold_high and clips the membrane "
                     "at threshold_low = -threshold_high"));
}

//===----------------------------------------------------------------------===//
// Design rules, one test each
//===----------------------------------------------------------------------===//

TEST_F(SpeckTest, SpeckRuleIFOnly) {
  expectRule(device(R"(  %in = chip.input "in" [2] : !chip.neurons<2>
  %l = chip.population "lif1" lif [2] {nir_op = "nir.lif", params = {tau_mem = dense<0.01> : tensor<1xf64>, r = dense<1.0> : tensor<1xf64>, v_leak = dense<0.0> : tensor<1xf64>, v_threshold = dense<1.0> : tensor<1xf64>, v_reset = dense<0.0> : tensor<1xf64>}} : !chip.neurons<2>
  chip.synapses "fc" dense %in -> %l {nir_op = "nir.linear", weight = dense<0.5> : tensor<2x2xf64>} : !chip.neurons<2> -> !chip.neurons<2>
)"),
             "'nir.lif' \"lif1\": Speck runs IF neurons only (Sinabs: \"Only "
             "IAFSqueeze layers are supported.\"), not 'lif'");
}

TEST_F(SpeckTest, SpeckRuleOneWeightLayer) {
  expectRule(device(llvm::formatv(
                 R"(  %a = chip.input "a" [2] : !chip.neurons<2>
  %b = chip.input "b" [2] : !chip.neurons<2>
  %l = chip.population "if1" if [2] {0} : !chip.neurons<2>
  chip.synapses "fa" dense %a -> %l {{nir_op = "nir.linear", weight = dense<0.5> : tensor<2x2xf64>} : !chip.neurons<2> -> !chip.neurons<2>
  chip.synapses "fb" dense %b -> %l {{nir_op = "nir.linear", weight = dense<0.5> : tensor<2x2xf64>} : !chip.neurons<2> -> !chip.neurons<2>
)",
                 ifAttrs())),
             "'nir.if' \"if1\": a Speck layer is one weight layer (conv or "
             "linear) into its IF neurons, but this population receives 2 "
             "synapse blocks (\"fa\", \"fb\")");
}

TEST_F(SpeckTest, SpeckRuleNoWeightLayer) {
  expectRule(device(llvm::formatv(
                 R"(  %l = chip.population "if1" if [2] {0} : !chip.neurons<2>
)",
                 ifAttrs())),
             "'nir.if' \"if1\": a Speck layer is one weight layer (conv or "
             "linear) into its IF neurons, but this population receives no "
             "synapses");
}

TEST_F(SpeckTest, SpeckRuleSquareKernel) {
  ConvLayer layer;
  layer.kh = 3;
  layer.kw = 5;
  expectRule(layer.ir(), "'nir.conv2d' \"conv\": kernel 3x5 is not square; "
                         "Speck's kernels are square");
}

TEST_F(SpeckTest, SpeckRuleSquareDenseInput) {
  expectRule(
      device(llvm::formatv(
          R"(  %in = chip.input "in" [2, 4, 6] : !chip.neurons<48>
  %l = chip.population "if1" if [3] {0} : !chip.neurons<3>
  chip.synapses "fc" dense %in -> %l {{nir_op = "nir.affine", weight = dense<0.5> : tensor<3x48xf64>} : !chip.neurons<48> -> !chip.neurons<3>
)",
          ifAttrs())),
      "'nir.affine' \"fc\": a dense layer on Speck is a convolution whose "
      "kernel is its whole input, 2x4x6 here, and its kernel 4x6 is not "
      "square; Speck's kernels are square");
}

TEST_F(SpeckTest, SpeckRuleKernelSize) {
  ConvLayer layer;
  layer.kh = layer.kw = 17;
  layer.h = layer.w = 17;
  expectRule(layer.ir(),
             "'nir.conv2d' \"conv\": 17 kernel rows (17x17 kernel) exceed "
             "Speck's limit of 16 kernel rows (16x16 kernel)");
}

/// A Linear from 1x32x32 spikes is a 32x32 convolution.
TEST_F(SpeckTest, SpeckRuleDenseKernelSize) {
  expectRule(
      device(llvm::formatv(
          R"(  %in = chip.input "in" [1, 32, 32] : !chip.neurons<1024>
  %l = chip.population "if1" if [2] {0} : !chip.neurons<2>
  chip.synapses "fc" dense %in -> %l {{nir_op = "nir.affine", weight = dense<0.5> : tensor<2x1024xf64>} : !chip.neurons<1024> -> !chip.neurons<2>
)",
          ifAttrs())),
      "'nir.affine' \"fc\": 32 kernel rows (32x32 kernel) exceed Speck's "
      "limit of 16 kernel rows (16x16 kernel)");
}

TEST_F(SpeckTest, SpeckRuleStride) {
  ConvLayer layer;
  layer.strideX = 3;
  expectRule(layer.ir(), "'nir.conv2d' \"conv\": stride 3 along x is not one "
                         "of Speck's strides 1, 2, 4, 8");
}

TEST_F(SpeckTest, SpeckRulePadding) {
  ConvLayer layer;
  layer.padY = 8;
  expectRule(layer.ir(), "'nir.conv2d' \"conv\": 8 rows of padding exceed "
                         "Speck's limit of 7 rows of padding");
}

TEST_F(SpeckTest, SpeckRulePooling) {
  ConvLayer layer;
  layer.h = layer.w = 24;
  layer.pool = 3;
  expectRule(layer.ir(), "'nir.conv2d' \"conv\": sum pooling 3x3 of \"in\" is "
                         "not one of Speck's poolings 1x1, 2x2, 4x4");
}

TEST_F(SpeckTest, SpeckRuleOutputChannels) {
  ConvLayer layer;
  layer.cout = 1025;
  layer.kh = layer.kw = 1;
  layer.h = layer.w = 1;
  expectRule(layer.ir(), "'nir.conv2d' \"conv\": 1025 output channels exceed "
                         "Speck's limit of 1024 output channels");
}

TEST_F(SpeckTest, SpeckRuleInputSize) {
  ConvLayer layer;
  layer.h = 130;
  layer.w = 4;
  layer.kh = layer.kw = 1;
  layer.strideY = layer.strideX = 8;
  expectRule(layer.ir(), "'nir.conv2d' \"conv\": 130 input rows exceed "
                         "Speck's limit of 128 input rows per layer");
}

TEST_F(SpeckTest, SpeckRuleOutputSize) {
  ConvLayer layer;
  layer.h = 8;
  layer.w = 67;
  expectRule(layer.ir(), "'nir.conv2d' \"conv\": 65 output columns exceed "
                         "Speck's limit of 64 columns of an output feature "
                         "map");
}

TEST_F(SpeckTest, SpeckRuleDestinations) {
  std::string ifA = ifAttrs();
  std::string body = llvm::formatv(
      R"(  %in = chip.input "in" [2] : !chip.neurons<2>
  %s = chip.population "src" if [2] {0} : !chip.neurons<2>
  chip.synapses "f0" dense %in -> %s {{nir_op = "nir.linear", weight = dense<0.5> : tensor<2x2xf64>} : !chip.neurons<2> -> !chip.neurons<2>
)",
      ifA);
  for (int i = 1; i <= 3; ++i)
    body += llvm::formatv(
        R"(  %d{0} = chip.population "d{0}" if [2] {1} : !chip.neurons<2>
  chip.synapses "f{0}" dense %s -> %d{0} {{nir_op = "nir.linear", weight = dense<0.5> : tensor<2x2xf64>} : !chip.neurons<2> -> !chip.neurons<2>
)",
        i, ifA);
  expectRule(device(body), "'nir.if' \"src\": 3 destination layers exceed "
                           "Speck's limit of 2 destination layers per layer");
}

//===----------------------------------------------------------------------===//
// Placement
//===----------------------------------------------------------------------===//

TEST_F(SpeckTest, SpeckVerifyPlacementOneLayerPerCore) {
  DeviceOp dev = parseDevice(device(llvm::formatv(
      R"(  %c0 = chip.core 0 "cnn"
  %in = chip.input "in" [2] : !chip.neurons<2>
  %a = chip.population "a" if [2] {0} : !chip.neurons<2>
  %b = chip.population "b" if [2] {0} : !chip.neurons<2>
  chip.synapses "fa" dense %in -> %a {{nir_op = "nir.linear", weight = dense<0.5> : tensor<2x2xf64>} : !chip.neurons<2> -> !chip.neurons<2>
  chip.synapses "fb" dense %a -> %b {{nir_op = "nir.linear", weight = dense<0.5> : tensor<2x2xf64>} : !chip.neurons<2> -> !chip.neurons<2>
  chip.slice %a[0 : 2] on %c0 at 0 : !chip.neurons<2>
  chip.slice %b[0 : 2] on %c0 at 2 : !chip.neurons<2>
)",
      ifAttrs())));
  ASSERT_TRUE(dev);
  EXPECT_TRUE(failed(model().verifyPlacement(dev)));
  EXPECT_TRUE(diagnosed("'nir.if' \"b\": shares a core with \"a\"; a Speck "
                        "core runs one layer"));
}

} // namespace
