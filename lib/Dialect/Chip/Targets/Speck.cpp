//===- Speck.cpp - SynSense Speck (DYNAP-CNN) -----------------------------===//
//
// Numbers and rules from docs/chips.md §2 (Sinabs' dynapcnn backend).
// Speck has 9 CNN cores ("layers") of unequal kernel and neuron memories.
// One core runs one layer: a weight layer (Conv2d, or a Linear seen as a
// convolution whose kernel is its whole input) into IAF neurons, the source
// spikes optionally sum-pooled on the way. Weights and biases are 8-bit with
// one scale per layer (Sinabs' discretize); thresholds 16-bit.
//
//===----------------------------------------------------------------------===//

#include "Targets.h"
#include "nirc/Dialect/Chip/ChipOps.h"
#include "nirc/Dialect/Chip/Quantization.h"

#include "mlir/IR/Builders.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MathExtras.h"

#include <array>
#include <cmath>
#include <cstdio>
#include <limits>

using namespace mlir;
using namespace nirc;
using namespace nirc::chip;

namespace {
constexpr unsigned kNumCores = 9;
/// DynapcnnConfigBuilder.get_constraints (weight_memory_size,
/// neurons_memory_size, bias_memory_size) [code].
constexpr int64_t kKernelMemory[kNumCores] = {16 * 1024, 16 * 1024, 16 * 1024,
                                              32 * 1024, 32 * 1024, 64 * 1024,
                                              64 * 1024, 16 * 1024, 16 * 1024};
constexpr int64_t kNeuronMemory[kNumCores] = {64 * 1024, 64 * 1024, 64 * 1024,
                                              32 * 1024, 32 * 1024, 16 * 1024,
                                              16 * 1024, 16 * 1024, 16 * 1024};
constexpr int64_t kBiasMemory = 1024;
constexpr int64_t kMaxKernelMemory = 64 * 1024;
constexpr int64_t kMaxNeuronMemory = 64 * 1024;

/// discretize.py: DYNAPCNN_WEIGHT_PRECISION_BITS (weights and biases) and
/// DYNAPCNN_STATE_PRECISION_BITS (thresholds, membranes) [code].
constexpr int kWeightBits = 8;
constexpr int kStateBits = 16;
/// The multiply-shift decays' 1.0 in the emulation of Sinabs' IAF, which
/// does not decay (any power of two serves).
constexpr int64_t kSinabsDecayUnity = 4096;
constexpr int64_t kWeightMax = 127, kWeightMin = -128;
constexpr int64_t kStateMax = 32767, kStateMin = -32768;

/// docs/speck/overview.md "Feature" list [doc]; the kernel size, channel and
/// stride rules are also in validate_memory_speck.py [code].
constexpr int64_t kMaxKernelSize = 16;
constexpr int64_t kMaxOutputChannels = 1024;
constexpr int64_t kMaxInputSize = 128;
/// [doc] only: Sinabs enforces no separate check (the neuron memory formula
/// is what its code checks), the overview lists it as a layer feature.
constexpr int64_t kMaxOutputSize = 64;
constexpr int64_t kMaxPadding = 7;
constexpr int64_t kStrides[] = {1, 2, 4, 8};
constexpr int64_t kPoolings[] = {1, 2, 4};
/// "Fanout:2" [doc]; two `destinations` per CNNLayerConfig [code].
constexpr unsigned kMaxDestinations = 2;

/// One layer as a DYNAP-CNN core sees it; a dense block is a convolution
/// whose kernel is its whole (pooled) input, as Sinabs'
/// DynapcnnLayer._convert_linear_to_conv makes it.
struct LayerGeometry {
  bool dense = false;
  /// The input after the source's sum pooling.
  int64_t inChannels = 1, inHeight = 1, inWidth = 1;
  int64_t kernelHeight = 1, kernelWidth = 1;
  int64_t strideY = 1, strideX = 1, paddingY = 0, paddingX = 0;
  int64_t pool = 1;
  int64_t outChannels = 1, outHeight = 1, outWidth = 1;
};

/// Entries of each memory a layer takes (DynapcnnLayer.memory_summary).
struct LayerMemory {
  int64_t kernel = 0, neuron = 0, bias = 0;
};

class SpeckModel : public TargetModel {
public:
  SpeckModel() {
    limits = {
        {"cores", kNumCores, "CNN cores (layers)"},
        {"kernel_memory_max", kMaxKernelMemory,
         "kernel memory entries on the largest core (16Ki-64Ki per core)"},
        {"neuron_memory_max", kMaxNeuronMemory,
         "neuron memory entries on the largest core (16Ki-64Ki per core)"},
        {"bias_memory", kBiasMemory, "bias memory entries per core"},
        {"weight_bits", kWeightBits, "bits per weight and bias"},
        {"threshold_bits", kStateBits, "bits per threshold and membrane"},
        {"kernel_size", kMaxKernelSize, "rows and columns of a square kernel"},
        {"output_channels", kMaxOutputChannels, "output channels per layer"},
        {"input_size", kMaxInputSize, "rows and columns of a layer's input"},
        {"output_size", kMaxOutputSize,
         "rows and columns of a layer's output feature map"},
        {"padding", kMaxPadding, "rows or columns of padding"},
        {"stride", 8, "largest stride (1, 2, 4 or 8)"},
        {"pooling", 4, "largest sum pooling (1, 2 or 4)"},
        {"destinations", kMaxDestinations, "destination layers per layer"},
    };
  }

  StringRef getName() const override { return "speck"; }
  StringRef getDisplayName() const override { return "Speck"; }
  ArrayRef<TargetLimit> getLimits() const override { return limits; }

  unsigned getNumCores() const override { return kNumCores; }
  StringRef getCoreKind(unsigned) const override { return "cnn"; }
  /// The largest layer a core could hold; fitsOnCore is the real check.
  int64_t getNeuronCapacity(unsigned core) const override {
    return core < kNumCores ? kNeuronMemory[core] : 0;
  }
  PlacementStyle getPlacementStyle() const override {
    return PlacementStyle::CorePerSlice;
  }
  unsigned getMaxRouteDestinations() const override { return kMaxDestinations; }

  bool supportsNeuronModel(NeuronModel model, bool) const override {
    return model == NeuronModel::IF; // "Only IAFSqueeze layers are supported."
  }
  bool supportsSynapses(SynapseKind kind, bool) const override {
    return kind == SynapseKind::Conv2d || kind == SynapseKind::Dense;
  }
  LogicalResult checkDesignRules(DeviceOp device) const override;

  FailureOr<NeuronMapping> mapNeurons(PopulationOp population,
                                      double dt) const override;
  FailureOr<ScaleChoice>
  chooseScale(ArrayRef<MappedPopulation> group) const override;
  FailureOr<DictionaryAttr>
  encodeNeurons(PopulationOp population, const NeuronMapping &neurons,
                const ScaleChoice &scale) const override;
  FailureOr<EncodedWeights>
  encodeWeights(SynapsesOp synapses, ArrayRef<double> effectiveWeights,
                const ScaleChoice &scale,
                const QuantizeOptions &options) const override;
  void emitQuantizationCaveats(DeviceOp device) const override;
  ArrayRef<RegisterRange> getPopulationRegisters() const override {
    static const RegisterRange ranges[] = {
        {"threshold_high", kStateMin, kStateMax},
        {"threshold_low", kStateMin, kStateMax},
        {"biases", kWeightMin, kWeightMax}};
    return ranges;
  }
  ArrayRef<RegisterRange> getSynapseRegisters() const override { return {}; }
  RegisterRange getWeightRange() const override {
    return {"weight", kWeightMin, kWeightMax};
  }

  bool canEmulate() const override { return true; }
  /// Sinabs' IAFSqueeze (MultiSpike, MembraneSubtract, min_v_mem): what a
  /// Speck model is trained with, stepped where the chip is event-driven.
  StringRef getToolchainModel() const override {
    return "Sinabs' time-stepped multi-spike IAF";
  }
  FailureOr<NeuronEmulation>
  getNeuronEmulation(PopulationOp population,
                     EmulationVariant variant) const override;
  FailureOr<SynapseEmulation>
  getSynapseEmulation(SynapsesOp synapses,
                      EmulationVariant variant) const override;
  /// A sensor pixel may send any number of events in a step.
  int64_t getMaxInputEventsPerStep() const override { return kStateMax; }

  FailureOr<int64_t> getMaxSliceSize(PopulationOp population,
                                     ArrayRef<SynapsesOp> incoming,
                                     LimitViolation &violation) const override;
  bool fitsOnCore(unsigned core, ArrayRef<SliceOp> placed, SliceOp candidate,
                  LimitViolation &violation) const override;
  LogicalResult verifyPlacement(DeviceOp device) const override;

private:
  LogicalResult checkLayer(PopulationOp population) const;
  LogicalResult checkSynapses(SynapsesOp synapses) const;

  SmallVector<TargetLimit> limits;
};
} // namespace

//===----------------------------------------------------------------------===//
// Layer geometry and memory (DynapcnnLayer.memory_summary)
//===----------------------------------------------------------------------===//

static int64_t product(ArrayRef<int64_t> shape) {
  int64_t n = 1;
  for (int64_t d : shape)
    n *= d;
  return n;
}

/// The (C, H, W) of a group: a rank-3 shape as it is, any other as N
/// channels of 1x1 (a Linear's output is (f, 1, 1) in Sinabs).
static std::array<int64_t, 3> asCHW(ArrayRef<int64_t> shape) {
  if (shape.size() == 3)
    return {shape[0], shape[1], shape[2]};
  return {product(shape), 1, 1};
}

static LayerGeometry getGeometry(SynapsesOp synapses) {
  LayerGeometry g;
  g.dense = synapses.getKind() == SynapseKind::Dense;
  auto [c, h, w] = asCHW(synapses.getSourceShape());
  if (auto pool = synapses.getPool(); pool && !pool->empty())
    g.pool = (*pool)[0];
  // Sinabs' get_output_shape: neuron_shape // pool.
  g.inChannels = c;
  g.inHeight = h / g.pool;
  g.inWidth = w / g.pool;
  ArrayRef<int64_t> weight = synapses.getWeight().getType().getShape();
  if (g.dense) {
    g.kernelHeight = g.inHeight;
    g.kernelWidth = g.inWidth;
    g.outChannels = weight[0];
    return g;
  }
  g.kernelHeight = weight[2];
  g.kernelWidth = weight[3];
  g.strideY = (*synapses.getStride())[0];
  g.strideX = (*synapses.getStride())[1];
  g.paddingY = (*synapses.getPadding())[0];
  g.paddingX = (*synapses.getPadding())[1];
  auto [f, fy, fx] = asCHW(synapses.getTargetPopulation().getShape());
  g.outChannels = f;
  g.outHeight = fy;
  g.outWidth = fx;
  return g;
}

/// 2^(ceil(log2 a) + ceil(log2 b)) times `factor`, saturating.
static int64_t roundedMemory(int64_t factor, int64_t a, int64_t b) {
  unsigned exponent =
      llvm::Log2_64_Ceil(uint64_t(a)) + llvm::Log2_64_Ceil(uint64_t(b));
  if (exponent >= 62)
    return std::numeric_limits<int64_t>::max();
  bool overflow = false;
  uint64_t result = llvm::SaturatingMultiply(
      uint64_t(factor), uint64_t(1) << exponent, &overflow);
  return overflow || result > uint64_t(std::numeric_limits<int64_t>::max())
             ? std::numeric_limits<int64_t>::max()
             : int64_t(result);
}

/// K = c·2^(ceil(log2(kx·ky)) + ceil(log2 f)),
/// N = f·2^(ceil(log2 fy) + ceil(log2 fx)), bias = f if the layer has one
/// (docs/chips.md §2.2; the code's power-of-two rounding, not the docs').
static LayerMemory getLayerMemory(PopulationOp population,
                                  ArrayRef<SynapsesOp> incoming) {
  LayerMemory memory;
  if (incoming.empty()) {
    auto [f, fy, fx] = asCHW(population.getShape());
    memory.neuron = roundedMemory(f, fy, fx);
    return memory;
  }
  // A layer has one weight layer (checkDesignRules); the first stands for
  // it if the rule was not checked.
  LayerGeometry g = getGeometry(incoming.front());
  memory.kernel = roundedMemory(g.inChannels, g.kernelHeight * g.kernelWidth,
                                g.outChannels);
  memory.neuron = roundedMemory(g.outChannels, g.outHeight, g.outWidth);
  if (population.getParams().get("bias"))
    memory.bias = g.outChannels;
  return memory;
}

/// LayerConstraints.fits: the first memory of `memory` that `core` lacks.
static bool fitsCore(unsigned core, const LayerMemory &memory,
                     LimitViolation &violation) {
  if (memory.kernel > kKernelMemory[core]) {
    violation = {memory.kernel, "kernel memory entries", kKernelMemory[core],
                 llvm::formatv("kernel memory entries on core {0}", core)};
    return false;
  }
  if (memory.neuron > kNeuronMemory[core]) {
    violation = {memory.neuron, "neuron memory entries", kNeuronMemory[core],
                 llvm::formatv("neuron memory entries on core {0}", core)};
    return false;
  }
  if (memory.bias > kBiasMemory) {
    violation = {memory.bias, "bias memory entries", kBiasMemory,
                 llvm::formatv("bias memory entries on core {0}", core)};
    return false;
  }
  return true;
}

//===----------------------------------------------------------------------===//
// Design rules (Sinabs' DynapcnnLayer, ValidateMapping and the Speck docs)
//===----------------------------------------------------------------------===//

/// One weight layer into IAF neurons: the DynapcnnLayer Sinabs builds.
LogicalResult SpeckModel::checkLayer(PopulationOp population) const {
  if (population.getModel() != NeuronModel::IF)
    return emitNodeError(population)
           << getDisplayName()
           << " runs IF neurons only (Sinabs: \"Only "
              "IAFSqueeze layers are supported.\"), not '"
           << stringifyNeuronModel(population.getModel()) << "'";
  SmallVector<SynapsesOp, 4> incoming = population.getIncomingSynapses();
  if (incoming.size() == 1)
    return success();
  llvm::sort(incoming,
             [](SynapsesOp a, SynapsesOp b) { return a->isBeforeInBlock(b); });
  auto diag = emitNodeError(population)
              << "a " << getDisplayName()
              << " layer is one weight layer (conv or linear) into its IF "
                 "neurons, but this population receives ";
  if (incoming.empty())
    return diag << "no synapses";
  diag << incoming.size() << " synapse blocks (";
  llvm::interleaveComma(incoming, diag, [&](SynapsesOp s) {
    diag << "\"" << s.getName() << "\"";
  });
  return diag << ")";
}

LogicalResult SpeckModel::checkSynapses(SynapsesOp synapses) const {
  LayerGeometry g = getGeometry(synapses);
  if (!llvm::is_contained(kPoolings, g.pool))
    return emitNodeError(synapses)
           << "sum pooling " << g.pool << "x" << g.pool << " of \""
           << synapses.getSourceName() << "\" is not one of "
           << getDisplayName() << "'s poolings 1x1, 2x2, 4x4";
  if (g.inHeight > kMaxInputSize)
    return emitLimitError(synapses, {g.inHeight, "input rows", kMaxInputSize,
                                     "input rows per layer"});
  if (g.inWidth > kMaxInputSize)
    return emitLimitError(synapses, {g.inWidth, "input columns", kMaxInputSize,
                                     "input columns per layer"});
  if (g.kernelHeight != g.kernelWidth) {
    auto diag = emitNodeError(synapses);
    if (g.dense)
      diag << "a dense layer on " << getDisplayName()
           << " is a convolution whose kernel is its whole input, "
           << g.inChannels << "x" << g.inHeight << "x" << g.inWidth
           << " here, and its kernel ";
    else
      diag << "kernel ";
    return diag << g.kernelHeight << "x" << g.kernelWidth << " is not square; "
                << getDisplayName() << "'s kernels are square";
  }
  if (g.kernelHeight > kMaxKernelSize)
    return emitLimitError(
        synapses,
        {g.kernelHeight,
         llvm::formatv("kernel rows ({0}x{0} kernel)", g.kernelHeight).str(),
         kMaxKernelSize, "kernel rows (16x16 kernel)"});
  const std::pair<StringRef, int64_t> strides[] = {{"y", g.strideY},
                                                   {"x", g.strideX}};
  for (auto [axis, stride] : strides)
    if (!llvm::is_contained(kStrides, stride))
      return emitNodeError(synapses)
             << "stride " << stride << " along " << axis << " is not one of "
             << getDisplayName() << "'s strides 1, 2, 4, 8";
  if (g.paddingY > kMaxPadding)
    return emitLimitError(synapses, {g.paddingY, "rows of padding", kMaxPadding,
                                     "rows of padding"});
  if (g.paddingX > kMaxPadding)
    return emitLimitError(synapses, {g.paddingX, "columns of padding",
                                     kMaxPadding, "columns of padding"});
  if (g.outChannels > kMaxOutputChannels)
    return emitLimitError(synapses, {g.outChannels, "output channels",
                                     kMaxOutputChannels, "output channels"});
  if (g.outHeight > kMaxOutputSize)
    return emitLimitError(synapses, {g.outHeight, "output rows", kMaxOutputSize,
                                     "rows of an output feature map"});
  if (g.outWidth > kMaxOutputSize)
    return emitLimitError(synapses,
                          {g.outWidth, "output columns", kMaxOutputSize,
                           "columns of an output feature map"});
  return success();
}

LogicalResult SpeckModel::checkDesignRules(DeviceOp device) const {
  for (auto population : device.getBody().getOps<PopulationOp>()) {
    if (failed(checkLayer(population)) ||
        failed(checkSynapses(population.getIncomingSynapses().front())))
      return failure();
    // Each core has two `destinations` (MaxDestinationsReached).
    llvm::SmallPtrSet<Operation *, 4> destinations;
    for (SynapsesOp out : population.getOutgoingSynapses())
      destinations.insert(out.getTargetPopulation());
    if (destinations.size() > kMaxDestinations)
      return emitLimitError(population,
                            {int64_t(destinations.size()), "destination layers",
                             kMaxDestinations, "destination layers per layer"});
  }
  return success();
}

//===----------------------------------------------------------------------===//
// Quantisation (Sinabs' discretize.py: _discretize_conv_spk_)
//===----------------------------------------------------------------------===//

/// determine_discretization_scale: 127/max unless the negative side binds,
/// then 128/|min| (the two's complement range is asymmetric). Infinite for
/// all-zero values, as in Sinabs, so that they never bind.
static double getDiscretizationScale(ArrayRef<double> values, int bits) {
  if (values.empty())
    return std::numeric_limits<double>::infinity();
  double minDisc = -std::ldexp(1.0, bits - 1);
  double maxDisc = std::ldexp(1.0, bits - 1) - 1;
  double minObj = *llvm::min_element(values);
  double maxObj = *llvm::max_element(values);
  double ratio = std::abs(minDisc / maxDisc);
  double num = maxDisc, den = maxObj;
  if (!(std::abs(minObj) <= std::abs(maxObj) * ratio)) {
    num = minDisc;
    den = minObj;
  }
  if (den == 0)
    return std::numeric_limits<double>::infinity();
  return std::abs(num / den);
}

/// The value of `values` per output channel; fails if the neurons of one
/// channel differ (a convolution shares its weights and bias over the
/// channel, and r is folded into them).
static FailureOr<SmallVector<double>>
getPerChannel(const TargetModel &model, PopulationOp population,
              StringRef field, ArrayRef<double> values, int64_t channels,
              StringRef why) {
  int64_t perChannel = int64_t(values.size()) / channels;
  SmallVector<double> result;
  for (int64_t c = 0; c < channels; ++c) {
    double first = values[c * perChannel];
    for (int64_t i = 1; i < perChannel; ++i)
      if (values[c * perChannel + i] != first)
        return emitNodeError(population)
               << field << " differs within output channel " << c << " ("
               << formatNumber(first) << " and "
               << formatNumber(values[c * perChannel + i]) << "); "
               << model.getDisplayName() << " " << why;
    result.push_back(first);
  }
  return result;
}

/// One layer: one threshold, v_reset = 0, and r (folded into the weights
/// and the bias) and the bias equal within each output channel.
FailureOr<NeuronMapping> SpeckModel::mapNeurons(PopulationOp population,
                                                double) const {
  if (failed(checkLayer(population)))
    return failure();
  LayerGeometry g = getGeometry(population.getIncomingSynapses().front());
  int64_t size = population.getNeurons().getType().getSize();
  int64_t channels = g.outChannels;
  int64_t perChannel = size / channels;

  // One threshold per layer (threshold_high); v_min = -v_threshold as
  // Sinabs' NIR import sets min_v_mem for an IF.
  SmallVector<double> thresholds = population.getParamValues("v_threshold");
  double threshold = thresholds.empty() ? 0.0 : thresholds.front();
  for (auto [i, v] : llvm::enumerate(thresholds))
    if (v != threshold)
      return emitNodeError(population)
             << "v_threshold differs between neurons 0 and " << i << " ("
             << formatNumber(threshold) << " and " << formatNumber(v) << "); "
             << getDisplayName()
             << " has one threshold per layer (threshold_high)";
  if (!(threshold > 0))
    return emitNodeError(population)
           << "v_threshold = " << formatNumber(threshold)
           << " is not positive; " << getDisplayName()
           << " spikes at threshold_high and clips the membrane at "
              "threshold_low = -threshold_high";
  // NIR resets to v_reset; Speck returns to zero or subtracts the
  // threshold. (Sinabs' own NIR import ignores v_reset and subtracts.)
  for (auto [i, v] : llvm::enumerate(population.getParamValues("v_reset")))
    if (v != 0)
      return emitNodeError(population)
             << "v_reset = " << formatNumber(v) << " of neuron " << i
             << " is not zero; " << getDisplayName()
             << " resets a neuron to zero (return_to_zero) or subtracts "
                "its threshold";

  // r scales the neuron's input: fold it into the weights and bias.
  SmallVector<double> r = population.getParamValues("r");
  if (r.empty())
    r.assign(size, 1.0);
  auto channelR = getPerChannel(*this, population, "r", r, channels,
                                "shares a kernel over the channel, into "
                                "which r is folded");
  if (failed(channelR))
    return failure();
  SmallVector<double> bias = population.getParamValues("bias");
  if (bias.empty())
    bias.assign(size, 0.0);
  auto channelBias = getPerChannel(*this, population, "bias", bias, channels,
                                   "stores one bias per output channel");
  if (failed(channelBias))
    return failure();

  NeuronMapping n;
  for (int64_t i = 0; i < size; ++i) {
    int64_t c = i / perChannel;
    n.weightGain.push_back((*channelR)[c]);
    n.bias.push_back((*channelBias)[c] * (*channelR)[c]);
  }
  n.threshold.assign(size, threshold);
  return n;
}

/// One common scale: the smallest that fits weights, biases and the
/// (v_min, v_threshold) pair in their bit widths.
FailureOr<ScaleChoice>
SpeckModel::chooseScale(ArrayRef<MappedPopulation> group) const {
  const MappedPopulation &layer = group.front(); // one population per group
  double threshold = layer.neurons->threshold.front();
  double thresholdPair[] = {-threshold, threshold};
  std::pair<double, StringRef> bounds[] = {
      {getDiscretizationScale(layer.incoming.front().second, kWeightBits),
       "the weights"},
      {getDiscretizationScale(layer.neurons->bias, kWeightBits), "the biases"},
      {getDiscretizationScale(thresholdPair, kStateBits), "the threshold"}};
  auto [value, boundBy] = *llvm::min_element(
      bounds, [](auto a, auto b) { return a.first < b.first; });
  return ScaleChoice{value, 0, boundBy.str()};
}

FailureOr<DictionaryAttr>
SpeckModel::encodeNeurons(PopulationOp population, const NeuronMapping &n,
                          const ScaleChoice &scale) const {
  MLIRContext *context = population.getContext();
  Builder builder(context);
  double s = scale.value, threshold = n.threshold.front();
  // torch.round rounds half to even (PyTorch docs: "round half to even"),
  // so Rounding::HalfEven, not HalfAwayFromZero.
  QuantizedValues biases =
      quantizeValues(n.bias, s, Rounding::HalfEven, kWeightMin, kWeightMax);
  if (failed(checkClamped(population, *this, biases, "biases", kWeightMin,
                          kWeightMax, s)))
    return failure();
  int64_t thresholdHigh = roundToInteger(threshold * s, Rounding::HalfEven);
  int64_t thresholdLow = roundToInteger(-threshold * s, Rounding::HalfEven);
  if (thresholdHigh > kStateMax || thresholdLow < kStateMin)
    return emitNodeError(population)
           << "v_threshold = " << formatNumber(threshold)
           << " quantises to threshold_high = " << thresholdHigh << " at scale "
           << formatNumber(s) << ", outside " << getDisplayName()
           << "'s range [" << kStateMin << ", " << kStateMax << "]";
  if (thresholdHigh <= 0)
    return emitNodeError(population)
           << "v_threshold = " << formatNumber(threshold)
           << " quantises to threshold_high = 0 at scale " << formatNumber(s)
           << ", which " << scale.boundBy
           << " set; Speck would spike whenever the membrane is positive";

  bool leak = llvm::any_of(biases.ints, [](int64_t b) { return b != 0; });
  NamedAttribute registers[] = {
      builder.getNamedAttr("threshold_high",
                           getRegisterArray(context, {thresholdHigh})),
      builder.getNamedAttr("threshold_low",
                           getRegisterArray(context, {thresholdLow})),
      // One per output channel on the chip; per neuron here.
      builder.getNamedAttr("biases", getRegisterArray(context, biases.ints)),
      builder.getNamedAttr("leak_enable", builder.getBoolAttr(leak)),
      builder.getNamedAttr("return_to_zero", builder.getBoolAttr(true)),
      builder.getNamedAttr("scale", builder.getF64FloatAttr(s))};
  if (leak)
    population.emitWarning()
        << "'" << population.getNirOp() << "' \"" << population.getName()
        << "\": " << getDisplayName()
        << " adds biases on its slow leak clock, not per dt; set the leak "
           "clock period to dt = "
        << formatNumber(population->getParentOfType<DeviceOp>()
                            .getDt()
                            .convertToDouble())
        << " s";
  return builder.getDictionaryAttr(registers);
}

FailureOr<EncodedWeights>
SpeckModel::encodeWeights(SynapsesOp synapses, ArrayRef<double> w,
                          const ScaleChoice &scale,
                          const QuantizeOptions &options) const {
  Builder builder(synapses.getContext());
  EncodedWeights encoded;
  encoded.values = quantizeValues(w, scale.value, Rounding::HalfEven,
                                  kWeightMin, kWeightMax);
  if (failed(checkClamped(synapses, *this, encoded.values, "weights",
                          kWeightMin, kWeightMax, scale.value,
                          options.allowSaturation)))
    return failure();
  encoded.registers = {
      builder.getNamedAttr("scale", builder.getF64FloatAttr(scale.value))};
  encoded.description =
      llvm::formatv("8-bit {0} weights of layer \"{1}\", scale {2}",
                    stringifySynapseKind(synapses.getKind()),
                    synapses.getTargetPopulation().getName(),
                    formatNumber(scale.value))
          .str();
  return encoded;
}

void SpeckModel::emitQuantizationCaveats(DeviceOp device) const {
  if (!device.getBody().getOps<PopulationOp>().empty())
    device.emitWarning()
        << getDisplayName()
        << " clips each membrane at threshold_low = -threshold_high, as "
           "Sinabs' NIR import does (min_v_mem = -v_threshold); NIR's IF has "
           "no lower bound";
}

//===----------------------------------------------------------------------===//
// Emulation: the chip's event-driven IAF (docs/speck/faqs, dangers.md), or
// Sinabs' time-stepped one (sinabs/layers/functional/lif.py,
// lif_forward_single with alpha_mem = 1 and no synapse)
//
// The chip tests the membrane after each input event, so one event fires at
// most one spike and the floor threshold_low applies between events; Sinabs
// adds the step's whole input, fires floor(v / threshold) spikes
// (MultiSpike), subtracts them (MembraneSubtract) and only then floors the
// membrane at min_v_mem. Sinabs computes in floats: with the chip's integer
// weights and thresholds the values are integers, held here in 64 bits.
//===----------------------------------------------------------------------===//

FailureOr<NeuronEmulation>
SpeckModel::getNeuronEmulation(PopulationOp population,
                               EmulationVariant variant) const {
  DictionaryAttr registers = population.getRegistersAttr();
  NeuronEmulation e;
  e.threshold = getRegisterValues(registers, "threshold_high");
  e.thresholdLow = getRegisterValues(registers, "threshold_low");
  // The bias is added on the slow leak clock, assumed to tick once per dt
  // (Sinabs adds a convolution's bias every step).
  auto leak = registers.getAs<BoolAttr>("leak_enable");
  e.bias = leak && leak.getValue() ? getRegisterValues(registers, "biases")
                                   : SmallVector<int64_t>{0};
  auto returnToZero = registers.getAs<BoolAttr>("return_to_zero");
  e.reset = returnToZero && returnToZero.getValue() ? sim::FixedReset::Zero
                                                    : sim::FixedReset::Subtract;
  e.compare = sim::Comparison::GreaterEqual;
  e.membraneUnit = 1 / getFloatRegister(registers, "scale", 1);
  if (variant == EmulationVariant::Chip) {
    e.arithmetic = NeuronArithmetic::EventDriven;
    e.membraneBits = kStateBits;
    // [gap] 16-bit overflow is not documented; saturation assumed.
    e.membraneOverflow = sim::Overflow::Saturate;
    return e;
  }
  // The step's input as the current (its decay removes everything: the
  // current holds this step's input only) into a membrane that keeps all.
  e.arithmetic = NeuronArithmetic::SteppedFixedPoint;
  e.currentBits = e.membraneBits = 64;
  e.decay = sim::DecayRule::MultiplyShift;
  e.decayUnity = kSinabsDecayUnity;
  e.currentDecay = {kSinabsDecayUnity};
  e.membraneDecay = {0};
  e.membraneSum = sim::MembraneSum::Direct;
  e.maxSpikesPerStep = std::numeric_limits<int32_t>::max();
  e.setCurrentUnit({1.0});
  return e;
}

FailureOr<SynapseEmulation>
SpeckModel::getSynapseEmulation(SynapsesOp synapses,
                                EmulationVariant variant) const {
  SynapseEmulation e;
  for (APInt w : synapses.getQweightAttr().getValues<APInt>())
    e.weight.push_back(w.getSExtValue());
  if (variant == EmulationVariant::Chip) {
    e.overflow = sim::Overflow::Saturate;
    e.accumulatorBits = kStateBits;
  } else {
    e.accumulatorBits = 64; // Sinabs' floats do not saturate
  }
  e.delaySteps = 0; // events travel between layers within the step
  return e;
}

//===----------------------------------------------------------------------===//
// Placement (Sinabs' mapping.get_valid_mapping)
//===----------------------------------------------------------------------===//

FailureOr<int64_t>
SpeckModel::getMaxSliceSize(PopulationOp population,
                            ArrayRef<SynapsesOp> incoming,
                            LimitViolation &violation) const {
  // A layer is never split: it fits one core whole or no core.
  int64_t size = population.getNeurons().getType().getSize();
  LayerMemory memory = getLayerMemory(population, incoming);
  LimitViolation ignored;
  for (unsigned core = 0; core < kNumCores; ++core)
    if (fitsCore(core, memory, ignored))
      return size;
  if (memory.kernel > kMaxKernelMemory) {
    violation = {memory.kernel, "kernel memory entries", kMaxKernelMemory,
                 "kernel memory entries on any core"};
  } else if (memory.neuron > kMaxNeuronMemory) {
    violation = {memory.neuron, "neuron memory entries", kMaxNeuronMemory,
                 "neuron memory entries on any core"};
  } else if (memory.bias > kBiasMemory) {
    violation = {memory.bias, "bias memory entries", kBiasMemory,
                 "bias memory entries on any core"};
  } else {
    // Each fits some core, but no core has both.
    int64_t limit = 0;
    for (unsigned core = 0; core < kNumCores; ++core)
      if (kNeuronMemory[core] >= memory.neuron)
        limit = std::max(limit, kKernelMemory[core]);
    violation = {memory.kernel,
                 llvm::formatv("kernel memory entries (with {0} neuron memory "
                               "entries)",
                               memory.neuron)
                     .str(),
                 limit,
                 llvm::formatv("kernel memory entries on a core with {0} "
                               "neuron memory entries",
                               memory.neuron)
                     .str()};
  }
  return failure();
}

bool SpeckModel::fitsOnCore(unsigned core, ArrayRef<SliceOp> placed,
                            SliceOp candidate,
                            LimitViolation &violation) const {
  if (core >= kNumCores) {
    violation = {int64_t(core) + 1, "cores", kNumCores, "cores"};
    return false;
  }
  if (!placed.empty()) {
    violation = {int64_t(placed.size()) + 1, "layers on one core", 1,
                 "layer per core"};
    return false;
  }
  PopulationOp population = candidate.getPopulationOp();
  return fitsCore(core,
                  getLayerMemory(population, population.getIncomingSynapses()),
                  violation);
}

LogicalResult SpeckModel::verifyPlacement(DeviceOp device) const {
  llvm::DenseMap<Value, SliceOp> coreUser;
  for (auto slice : device.getBody().getOps<SliceOp>()) {
    Value core = slice.getCore();
    if (!core)
      continue;
    PopulationOp population = slice.getPopulationOp();
    if (slice.getSize() != population.getNeurons().getType().getSize())
      return slice.emitError()
             << "'" << population.getNirOp() << "' \"" << population.getName()
             << "\": a " << getDisplayName()
             << " layer is never split, but this slice holds neurons ["
             << slice.getBegin() << ", " << slice.getEnd() << ") only";
    auto [it, inserted] = coreUser.try_emplace(core, slice);
    if (!inserted)
      return slice.emitError()
             << "'" << population.getNirOp() << "' \"" << population.getName()
             << "\": shares a core with \""
             << it->second.getPopulationOp().getName() << "\"; a "
             << getDisplayName() << " core runs one layer";
    auto coreOp = core.getDefiningOp<CoreOp>();
    if (!coreOp)
      continue;
    LimitViolation violation;
    if (!fitsOnCore(unsigned(coreOp.getIndex()), {}, slice, violation))
      return emitLimitError(population, violation);
  }
  return success();
}

const TargetModel &nirc::chip::getSpeckModel() {
  static const SpeckModel model;
  return model;
}
