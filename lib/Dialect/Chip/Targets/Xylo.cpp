//===- Xylo.cpp - SynSense Xylo Audio 2, Audio 3 and IMU ------------------===//
//
// Numbers and rules from docs/chips.md §1 (Rockpool's mappers and
// quantisers). Xylo has one pool of hidden neurons and one of output
// neurons; every weight matrix is 8-bit with a per-matrix left shift, and
// neurons decay by bit shifts, dash = round(log2(tau/dt)).
//
//===----------------------------------------------------------------------===//

#include "Targets.h"
#include "nirc/Dialect/Chip/ChipOps.h"
#include "nirc/Dialect/Chip/Quantization.h"

#include "mlir/IR/Builders.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"

#include <cmath>

using namespace mlir;
using namespace nirc;
using namespace nirc::chip;

namespace {
struct XyloSpec {
  StringRef name, displayName;
  int64_t hiddenNeurons, outputNeurons, maxFanOut;
  /// Input weights reach hidden ids [0, inputExpansion); output weights
  /// leave from the last `outputExpansion` hidden ids in use (Rockpool sizes
  /// the configuration's matrices to the network's hidden neurons).
  int64_t inputExpansion, outputExpansion;
};

constexpr int64_t kInputChannels = 16;
constexpr int64_t kWeightMax = 127;  // int8
constexpr int64_t kStateMax = 32767; // 16-bit threshold and bias
/// dash registers are believed to be 4 bits ([unverified] in docs/chips.md).
constexpr int64_t kDashMax = 15;
/// Per-matrix weight shift; the register width is not public, 3 bits is
/// what the samna configuration examples use ([unverified]).
constexpr int64_t kWeightShiftMax = 7;
/// [code] XyloSim (XyloIAFNeuron.h): BITS_STATE 16, MAX_NUM_INP_SPIKES 15,
/// MAX_NUM_SPIKES 31 (hidden), MAX_NUM_OUT_SPIKES 1.
constexpr unsigned kStateBits = 16;
constexpr int64_t kMaxInputEvents = 15, kMaxHiddenSpikes = 31,
                  kMaxOutputSpikes = 1;

enum class Pool { Hidden = 0, Output = 1 };

class XyloModel : public TargetModel {
public:
  explicit XyloModel(const XyloSpec &spec) : spec(spec) {
    limits = {
        {"input_channels", kInputChannels, "input channels"},
        {"hidden_neurons", spec.hiddenNeurons, "hidden neurons"},
        {"output_neurons", spec.outputNeurons, "output neurons"},
        {"max_fanout", spec.maxFanOut, "synapses out of a hidden neuron"},
        {"input_expansion_neurons", spec.inputExpansion,
         "hidden neurons reached by input weights"},
        {"output_expansion_neurons", spec.outputExpansion,
         "hidden neurons with output weights"},
        {"weight_bits", 8, "bits per weight"},
        {"threshold_bits", 16, "bits per threshold"},
    };
  }

  StringRef getName() const override { return spec.name; }
  StringRef getDisplayName() const override { return spec.displayName; }
  ArrayRef<TargetLimit> getLimits() const override { return limits; }

  unsigned getNumCores() const override { return 2; }
  StringRef getCoreKind(unsigned core) const override {
    return core == unsigned(Pool::Hidden) ? "hidden" : "output";
  }
  int64_t getNeuronCapacity(unsigned core) const override {
    return core == unsigned(Pool::Hidden) ? spec.hiddenNeurons
                                          : spec.outputNeurons;
  }
  StringRef getCoreKindFor(PopulationOp population) const override {
    return getCoreKind(unsigned(poolOf(population)));
  }
  PlacementStyle getPlacementStyle() const override {
    return PlacementStyle::PackedPools;
  }
  int getPlacementPriority(PopulationOp population) const override {
    if (receivesInput(population))
      return 0; // the input-expansion neurons take the lowest ids
    return sendsToReadout(population) ? 2 : 1;
  }

  bool supportsNeuronModel(NeuronModel model, bool) const override {
    return model == NeuronModel::LIF || model == NeuronModel::CubaLIF;
  }
  bool supportsSynapses(SynapseKind kind, bool pooled) const override {
    return kind == SynapseKind::Dense && !pooled;
  }
  LogicalResult checkDesignRules(DeviceOp device) const override;

  FailureOr<NeuronMapping> mapNeurons(PopulationOp population,
                                      double dt) const override;
  /// One scale per pool.
  std::optional<unsigned>
  getScaleGroup(PopulationOp population) const override {
    return unsigned(poolOf(population));
  }
  FailureOr<ScaleChoice>
  chooseScale(ArrayRef<MappedPopulation> pool) const override;
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
        {"threshold", -kStateMax - 1, kStateMax},
        {"bias", -kStateMax - 1, kStateMax},
        {"dash_mem", 0, kDashMax},
        {"dash_syn", 0, kDashMax}};
    return ranges;
  }
  ArrayRef<RegisterRange> getSynapseRegisters() const override {
    static const RegisterRange ranges[] = {
        {"weight_shift", 0, kWeightShiftMax}};
    return ranges;
  }
  RegisterRange getWeightRange() const override {
    return {"weight", -kWeightMax - 1, kWeightMax};
  }

  FailureOr<int64_t> getMaxSliceSize(PopulationOp population,
                                     ArrayRef<SynapsesOp>,
                                     LimitViolation &violation) const override;
  LogicalResult verifyPlacement(DeviceOp device) const override;

  bool canEmulate() const override { return true; }
  FailureOr<NeuronEmulation>
  getNeuronEmulation(PopulationOp population,
                     EmulationVariant variant) const override;
  FailureOr<SynapseEmulation>
  getSynapseEmulation(SynapsesOp synapses,
                      EmulationVariant variant) const override;
  int64_t getMaxInputEventsPerStep() const override { return kMaxInputEvents; }

private:
  static Pool poolOf(PopulationOp population) {
    return population.isReadout() ? Pool::Output : Pool::Hidden;
  }
  static bool receivesInput(PopulationOp population) {
    return llvm::any_of(population.getIncomingSynapses(), [](SynapsesOp s) {
      return bool(s.getSource().getDefiningOp<InputOp>());
    });
  }
  static bool sendsToReadout(PopulationOp population) {
    return llvm::any_of(population.getOutgoingSynapses(), [](SynapsesOp s) {
      return s.getTargetPopulation().isReadout();
    });
  }
  bool hasExpansionLimits() const {
    return spec.inputExpansion < spec.hiddenNeurons;
  }

  XyloSpec spec;
  SmallVector<TargetLimit> limits;
};
} // namespace

//===----------------------------------------------------------------------===//
// Design rules (Rockpool's xylo_drc, with its warnings made errors)
//===----------------------------------------------------------------------===//

LogicalResult XyloModel::checkDesignRules(DeviceOp device) const {
  int64_t channels = 0;
  for (auto input : device.getBody().getOps<InputOp>()) {
    channels += input.getChannels().getType().getSize();
    if (channels > kInputChannels)
      return emitLimitError(input, {channels, "input channels", kInputChannels,
                                    "input channels"});
  }

  bool anyHidden = false, anyReadout = false;
  int64_t inputExpansionNeurons = 0, outputExpansionNeurons = 0;
  for (auto population : device.getBody().getOps<PopulationOp>()) {
    bool readout = population.isReadout();
    (readout ? anyReadout : anyHidden) = true;
    if (readout) {
      for (SynapsesOp in : population.getIncomingSynapses())
        if (in.getSource().getDefiningOp<InputOp>())
          return emitNodeError(in)
                 << "input weights on " << getDisplayName()
                 << " reach hidden neurons only, not the output population \""
                 << population.getName() << "\"";
      if (!population.getOutgoingSynapses().empty())
        return emitNodeError(population)
               << "output neurons on " << getDisplayName()
               << " cannot send spikes on (Rockpool's rule "
                  "output_neurons_cannot_be_recurrent)";
      continue;
    }
    int64_t size = population.getNeurons().getType().getSize();
    if (receivesInput(population))
      inputExpansionNeurons += size;
    if (sendsToReadout(population))
      outputExpansionNeurons += size;
    if (inputExpansionNeurons > spec.inputExpansion)
      return emitLimitError(population,
                            {inputExpansionNeurons, "neurons receiving input",
                             spec.inputExpansion,
                             "hidden neurons reached by input weights"});
    if (outputExpansionNeurons > spec.outputExpansion)
      return emitLimitError(population, {outputExpansionNeurons,
                                         "neurons feeding the output layer",
                                         spec.outputExpansion,
                                         "hidden neurons with output weights"});

    // Fan-out: non-zero weights leaving each hidden neuron.
    SmallVector<int64_t> fanOut(size, 0);
    for (SynapsesOp out : population.getOutgoingSynapses()) {
      SmallVector<double> w = getWeightValues(out);
      for (size_t k = 0; k < w.size(); ++k)
        if (w[k] != 0)
          ++fanOut[k % size]; // dense weights are (post, pre)
    }
    for (int64_t i = 0; i < size; ++i)
      if (fanOut[i] > spec.maxFanOut)
        return emitLimitError(
            population,
            {fanOut[i], llvm::formatv("synapses out of neuron {0}", i).str(),
             spec.maxFanOut, "synapses out of a hidden neuron"});
  }
  if (!anyHidden || !anyReadout)
    return device.emitError()
           << getDisplayName()
           << " needs a hidden and an output neuron layer (Rockpool's rule "
              "at_least_two_neuron_layers_needed); this graph has "
           << (anyHidden ? "no output layer" : "no hidden layer");
  return success();
}

//===----------------------------------------------------------------------===//
// Quantisation (Rockpool's global_quantize, with a per-matrix shift)
//===----------------------------------------------------------------------===//

/// dash = round(log2(tau/dt)); fails for tau <= dt or dash > kDashMax.
static FailureOr<int64_t> getDash(const TargetModel &model,
                                  PopulationOp population, StringRef field,
                                  int64_t neuron, double tau, double dt) {
  if (!(tau > dt))
    return emitNodeError(population)
           << field << " = " << formatNumber(tau) << " s of neuron " << neuron
           << " is not above dt = " << formatNumber(dt) << " s; "
           << model.getDisplayName()
           << "'s decay shift dash = round(log2(tau/dt)) needs tau > dt";
  int64_t dash = std::lround(std::log2(tau / dt));
  if (dash > kDashMax)
    return emitNodeError(population)
           << field << " = " << formatNumber(tau) << " s of neuron " << neuron
           << " needs the decay shift dash = " << dash << ", above "
           << model.getDisplayName() << "'s largest, " << kDashMax
           << " (tau up to 2^" << kDashMax << " dt)";
  return dash;
}

/// Xylo's neuron, v ← v − (v >> dash_mem) + I_syn + bias with
/// I_syn ← I_syn − (I_syn >> dash_syn) + W s, matches NIR's exact
/// discretisation when the weights carry (1 − α_mem)·R·(1 − α_syn)·w_in
/// with the chip's own α = 1 − 2^−dash, and the bias (1 − α_mem)·(v_leak
/// + R·w_in·b). A LIF has no synaptic state: dash_syn = 0 passes W s on.
FailureOr<NeuronMapping> XyloModel::mapNeurons(PopulationOp population,
                                               double dt) const {
  int64_t size = population.getNeurons().getType().getSize();
  bool cuba = population.getModel() == NeuronModel::CubaLIF;
  SmallVector<double> tauMem = population.getParamValues("tau_mem"),
                      tauSyn = population.getParamValues("tau_syn"),
                      r = population.getParamValues("r"),
                      vLeak = population.getParamValues("v_leak"),
                      wIn = population.getParamValues("w_in"),
                      bias = population.getParamValues("bias");
  NeuronMapping neurons;
  neurons.threshold = population.getParamValues("v_threshold");
  for (int64_t i = 0; i < size; ++i) {
    auto dashMem = getDash(*this, population, "tau_mem", i, tauMem[i], dt);
    if (failed(dashMem))
      return failure();
    int64_t dashSyn = 0;
    double synGain = 1;
    if (cuba) {
      auto dash = getDash(*this, population, "tau_syn", i, tauSyn[i], dt);
      if (failed(dash))
        return failure();
      dashSyn = *dash;
      synGain = std::ldexp(1.0, -dashSyn) * wIn[i];
    }
    double memGain = std::ldexp(1.0, -*dashMem);
    neurons.membraneDecay.push_back(*dashMem);
    neurons.currentDecay.push_back(dashSyn);
    neurons.membraneGain.push_back(memGain * r[i]);
    neurons.weightGain.push_back(memGain * r[i] * synGain);
    double inputBias = bias.empty() ? 0.0 : bias[i];
    neurons.bias.push_back(memGain *
                           (vLeak[i] + r[i] * (cuba ? wIn[i] : 1) * inputBias));
  }
  return neurons;
}

/// One scale per pool: weights take the full int8 range; the shift then
/// lifts thresholds and biases into their 16 bits, for finer thresholds.
FailureOr<ScaleChoice>
XyloModel::chooseScale(ArrayRef<MappedPopulation> pool) const {
  double maxWeight = 0, maxThreshold = 0, maxBias = 0;
  for (const MappedPopulation &p : pool) {
    for (auto [in, w] : p.incoming)
      maxWeight = std::max(maxWeight, maxAbs(w));
    maxThreshold = std::max(maxThreshold, maxAbs(p.neurons->threshold));
    maxBias = std::max(maxBias, maxAbs(p.neurons->bias));
  }
  double weightScale = maxWeight > 0 ? kWeightMax / maxWeight : 1.0;
  double maxState = std::max(maxThreshold, maxBias);
  int64_t shift = 0;
  while (shift < kWeightShiftMax &&
         maxState * weightScale * std::ldexp(1.0, shift + 1) <= kStateMax)
    ++shift;
  double stateScale = weightScale * std::ldexp(1.0, shift);
  if (maxState * stateScale > kStateMax) // shift is 0 here
    // Thresholds bind: shrink every scale (Rockpool's limited_scaling).
    return ScaleChoice{kStateMax / maxState, 0,
                       "the largest threshold or bias"};
  return ScaleChoice{stateScale, shift, "the largest weight"};
}

FailureOr<DictionaryAttr>
XyloModel::encodeNeurons(PopulationOp population, const NeuronMapping &n,
                         const ScaleChoice &scale) const {
  MLIRContext *context = population.getContext();
  Builder builder(context);
  double dt = population->getParentOfType<DeviceOp>().getDt().convertToDouble();
  auto thresholds = quantizeValues(n.threshold, scale.value, Rounding::HalfEven,
                                   -kStateMax - 1, kStateMax);
  auto biases = quantizeValues(n.bias, scale.value, Rounding::HalfEven,
                               -kStateMax - 1, kStateMax);
  if (failed(checkClamped(population, *this, thresholds, "thresholds",
                          -kStateMax - 1, kStateMax, scale.value)) ||
      failed(checkClamped(population, *this, biases, "biases", -kStateMax - 1,
                          kStateMax, scale.value)))
    return failure();
  SmallVector<double> effectiveTau;
  for (int64_t dash : n.membraneDecay)
    effectiveTau.push_back(dt * std::ldexp(1.0, dash));
  NamedAttribute registers[] = {
      builder.getNamedAttr("threshold",
                           getRegisterArray(context, thresholds.ints)),
      builder.getNamedAttr("bias", getRegisterArray(context, biases.ints)),
      builder.getNamedAttr("dash_mem",
                           getRegisterArray(context, n.membraneDecay)),
      builder.getNamedAttr("dash_syn",
                           getRegisterArray(context, n.currentDecay)),
      builder.getNamedAttr("scale", builder.getF64FloatAttr(scale.value)),
      builder.getNamedAttr("effective_tau_mem",
                           getFloatArray(context, effectiveTau))};
  return builder.getDictionaryAttr(registers);
}

FailureOr<EncodedWeights>
XyloModel::encodeWeights(SynapsesOp synapses, ArrayRef<double> w,
                         const ScaleChoice &scale,
                         const QuantizeOptions &options) const {
  Builder builder(synapses.getContext());
  Pool pool = poolOf(synapses.getTargetPopulation());
  if (scale.weightShift > kWeightShiftMax)
    return emitNodeError(synapses)
           << "weight shift " << scale.weightShift << " is above "
           << getDisplayName() << "'s largest, " << kWeightShiftMax;
  double weightScale = std::ldexp(scale.value, -int(scale.weightShift));
  EncodedWeights encoded;
  encoded.values = quantizeValues(w, weightScale, Rounding::HalfEven,
                                  -kWeightMax - 1, kWeightMax);
  if (failed(checkClamped(synapses, *this, encoded.values, "weights",
                          -kWeightMax - 1, kWeightMax, weightScale,
                          options.allowSaturation)))
    return failure();
  StringRef matrix = pool == Pool::Output ? "output"
                     : synapses.getSource().getDefiningOp<InputOp>()
                         ? "input"
                         : "recurrent";
  encoded.registers = {
      builder.getNamedAttr("matrix", builder.getStringAttr(matrix)),
      builder.getNamedAttr("weight_shift",
                           builder.getI64IntegerAttr(scale.weightShift)),
      builder.getNamedAttr("scale", builder.getF64FloatAttr(scale.value))};
  encoded.description =
      llvm::formatv("8-bit {0} weights into the {1} pool, shift {2}, scale {3}",
                    matrix, getCoreKind(unsigned(pool)), scale.weightShift,
                    formatNumber(scale.value))
          .str();
  return encoded;
}

void XyloModel::emitQuantizationCaveats(DeviceOp device) const {
  device.emitWarning() << getDisplayName()
                       << " resets a neuron by subtracting its threshold, "
                          "where NIR resets the membrane to v_reset";
}

//===----------------------------------------------------------------------===//
// Placement
//===----------------------------------------------------------------------===//

FailureOr<int64_t> XyloModel::getMaxSliceSize(PopulationOp population,
                                              ArrayRef<SynapsesOp>,
                                              LimitViolation &violation) const {
  // A pool is the whole chip: a population is never split.
  int64_t size = population.getNeurons().getType().getSize();
  Pool pool = poolOf(population);
  int64_t capacity = getNeuronCapacity(unsigned(pool));
  if (size > capacity) {
    violation = {size, "neurons", capacity,
                 (getCoreKind(unsigned(pool)) + " neurons").str()};
    return failure();
  }
  return size;
}

LogicalResult XyloModel::verifyPlacement(DeviceOp device) const {
  if (!hasExpansionLimits())
    return success();
  // The configuration holds as many hidden neurons as the network uses;
  // output weights leave the last `outputExpansion` of those.
  int64_t usedHidden = 0;
  for (auto slice : device.getBody().getOps<SliceOp>())
    if (slice.getOffset() && poolOf(slice.getPopulationOp()) == Pool::Hidden)
      usedHidden =
          std::max<int64_t>(usedHidden, *slice.getOffset() + slice.getSize());
  int64_t firstOutputExpansion =
      std::max<int64_t>(0, usedHidden - spec.outputExpansion);
  for (auto slice : device.getBody().getOps<SliceOp>()) {
    PopulationOp population = slice.getPopulationOp();
    if (!slice.getOffset() || poolOf(population) != Pool::Hidden)
      continue;
    int64_t first = *slice.getOffset(), last = first + slice.getSize() - 1;
    if (receivesInput(population) && last >= spec.inputExpansion)
      return slice.emitError()
             << "'" << population.getNirOp() << "' \"" << population.getName()
             << "\": hidden neuron " << last << " receives input weights, but "
             << getDisplayName() << "'s input weights reach hidden neurons 0-"
             << spec.inputExpansion - 1 << " only";
    if (sendsToReadout(population) && first < firstOutputExpansion)
      return slice.emitError()
             << "'" << population.getNirOp() << "' \"" << population.getName()
             << "\": hidden neuron " << first << " has output weights, but "
             << getDisplayName() << "'s output weights leave hidden neurons "
             << firstOutputExpansion << "-" << usedHidden - 1
             << " only (the last " << spec.outputExpansion << " of the "
             << usedHidden << " in use)";
  }
  return success();
}

//===----------------------------------------------------------------------===//
// Emulation (XyloSim v2: XyloLayer::evolve, XyloIAFNeuron)
//===----------------------------------------------------------------------===//

FailureOr<NeuronEmulation>
XyloModel::getNeuronEmulation(PopulationOp population, EmulationVariant) const {
  DictionaryAttr registers = population.getRegistersAttr();
  NeuronEmulation e;
  e.currentBits = e.membraneBits = kStateBits;
  e.decay = sim::DecayRule::BitShift;
  e.currentDecay = getRegisterValues(registers, "dash_syn");
  e.membraneDecay = getRegisterValues(registers, "dash_mem");
  e.bias = getRegisterValues(registers, "bias");
  e.threshold = getRegisterValues(registers, "threshold");
  // Events are added to Isyn one by one, saturating, before it decays;
  // Vmem adds −leak, ΣIsyn and the bias, saturating after each.
  e.inputBeforeDecay = true;
  e.currentOverflow = e.membraneOverflow = sim::Overflow::Saturate;
  e.membraneSum = sim::MembraneSum::Chained;
  e.compare = sim::Comparison::GreaterEqual;
  e.reset = sim::FixedReset::Subtract;
  e.maxSpikesPerStep =
      poolOf(population) == Pool::Output ? kMaxOutputSpikes : kMaxHiddenSpikes;
  e.membraneUnit = 1 / getFloatRegister(registers, "scale", 1);
  // Isyn is scale·2^−dash_mem·r·I: the weights carry that gain, as
  // mapNeurons says.
  FailureOr<NeuronMapping> mapped = mapPopulation(population);
  if (failed(mapped))
    return failure();
  e.setCurrentUnit(mapped->membraneGain);
  return e;
}

FailureOr<SynapseEmulation>
XyloModel::getSynapseEmulation(SynapsesOp synapses, EmulationVariant) const {
  SynapseEmulation e;
  for (APInt w : synapses.getQweightAttr().getValues<APInt>())
    e.weight.push_back(w.getSExtValue());
  e.weightShift =
      getRegisterValues(synapses.getRegistersAttr(), "weight_shift").front();
  e.overflow = sim::Overflow::Saturate;
  e.accumulatorBits = kStateBits;
  // Inputs arrive in the step they are sent, hidden spikes one step later;
  // events come by channel, then by hidden neuron id.
  bool fromInput = bool(synapses.getSource().getDefiningOp<InputOp>());
  e.delaySteps = fromInput ? 0 : 1;
  e.order = -1;
  if (!fromInput)
    for (auto slice :
         synapses->getParentOfType<DeviceOp>().getBody().getOps<SliceOp>())
      if (slice.getPopulation() == synapses.getSource() && slice.getOffset())
        e.order = e.order < 0 ? int64_t(*slice.getOffset())
                              : std::min<int64_t>(e.order, *slice.getOffset());
  return e;
}

const TargetModel &nirc::chip::getXyloAudio2Model() {
  static const XyloModel model(
      {"xylo-audio2", "Xylo Audio 2", 1000, 8, 64, 1000, 1000});
  return model;
}

const TargetModel &nirc::chip::getXyloAudio3Model() {
  static const XyloModel model(
      {"xylo-audio3", "Xylo Audio 3", 992, 32, 1024, 128, 128});
  return model;
}

const TargetModel &nirc::chip::getXyloIMUModel() {
  static const XyloModel model(
      {"xylo-imu", "Xylo IMU", 496, 16, 512, 128, 128});
  return model;
}
