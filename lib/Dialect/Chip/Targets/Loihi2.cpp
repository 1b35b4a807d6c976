//===- Loihi2.cpp - Intel Loihi 2 through Lava and lava-dl netx -----------===//
//
// Numbers and rules from docs/chips.md §3: Lava's bit-accurate CUBA
// neuron (lava/proc/lif/models.py), its Dense process and weight utilities
// (lava/proc/dense, lava/utils/weightutils.py), lava-dl netx, and the
// closed Loihi 2 compiler's output saved in lava-dl's tutorials.
//
// Lava's fixed-point neuron, per step:
//   u ← u·(4096 − (du + 1)) >> 12 + (a_in << 6)      (24 bits, wraps)
//   v ← v·(4096 − dv) >> 12 + u + (bias_mant << bias_exp)   (24 bits, clips)
//   spike when v > vth << 6, then v ← 0
// and a synapse adds k·2^(8 − num_weight_bits + weight_exp + isMixed) to
// a_in, k being the stored mantissa.
//
// One scale per population, w_scale (as lava-dl's w_scale = 1 << 6), maps a
// NIR membrane value to the chip's "a_in units": vth mantissa units, which
// are 2^6 LSBs of u and v. NIR's exact discretisation is folded into the
// weights and the bias with the chip's own decays (as Xylo.cpp does):
//   α_syn = (4095 − du)/4096, α_mem = (4096 − dv)/4096,
//   weight = w_scale·(1 − α_mem)·r·(1 − α_syn)·w_in·W   (cuba_lif, cuba_li)
//   weight = w_scale·(1 − α_mem)·r·W                   (lif, li; du = 4095)
//   weight = w_scale·dt·r·W                            (if; dv = 0, du = 4095)
// so the membrane's steady state is NIR's. v_leak and v_reset are not
// rejected: the chip's v is w_scale·(v − v_reset) (v for a readout), which
// resets to 0 as the chip does, and (1 − α_mem)·(v_leak − v_reset) becomes
// part of the bias; the initial membrane v_leak (0 for an IF) becomes the
// register `v`, Lava LIF's initial voltage. A readout's membrane is
// v / (64·w_scale) in NIR units.
//
//===----------------------------------------------------------------------===//

#include "Targets.h"
#include "nirc/Dialect/Chip/ChipOps.h"
#include "nirc/Dialect/Chip/Quantization.h"

#include "mlir/IR/Builders.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/Support/FormatVariadic.h"

#include <cmath>
#include <cstdio>
#include <limits>
#include <tuple>

using namespace mlir;
using namespace nirc;
using namespace nirc::chip;

namespace {
/// [code] lava/magma/compiler/subcompilers/constants.py:
/// NUM_VIRTUAL_CORES_L2 = 128. One chip.
constexpr unsigned kNumCores = 128;
/// [derived] from lava-dl's yolo_kp utilisation tables (3584 neurons =
/// 87.52 % of a core); may depend on the neuron model.
constexpr int64_t kNeuronsPerCore = 4096;
/// [code-output] the compiler's per-core cost DB, "reg_name='SynMem' ...
/// self.cost_db.registers[reg_name]=12000" (lava-dl netx tutorials).
constexpr int64_t kSynMemPerCore = 12000;
/// [derived] SynMem units per stored synapse: 81/256. In the Oxford
/// tutorial's log, 200 axons x 256 neurons (51200 dense 8-bit synapses) cost
/// 16200 units and 256 x 200 cost 16128; we take the larger rate, so a core
/// holds 37925 synapses (the compiler put 100 neurons of fan-in 256, 8064
/// units, on one core; counting one unit per synapse would not fit them).
constexpr int64_t kSynMemPerSynapseNum = 81, kSynMemPerSynapseDen = 256;
/// [derived] "NeuronGr 12.50 %" for one group in the utilisation tables.
/// Every slice has a core of its own (CorePerSlice), so a core holds one
/// neuron group and this limit never binds.
constexpr int64_t kNeuronGroupsPerCore = 8;

/// [code] PyLifModelBitAcc: du, dv unsigned 12 bits, decay_unity = 2^12,
/// ds_offset = 1 (the current decays by du + 1), dm_offset = 0.
constexpr int64_t kDecayUnity = 4096, kDecayMax = 4095;
/// [code] vth unsigned 17 bits, compared as vth << 6.
constexpr int64_t kVthMax = (1 << 17) - 1;
/// [code] bias_mant signed 13 bits, bias_exp unsigned 3 bits.
constexpr int64_t kBiasMantMin = -4096, kBiasMantMax = 4095, kBiasExpMax = 7;
/// [code] u and v are 24-bit signed; v saturates at ±(2^23 − 1).
constexpr int64_t kStateMax = (1 << 23) - 1;
/// [code] vth_shift = act_shift = 6: a_in units are 2^6 LSBs of u and v.
constexpr double kActUnit = 64;
constexpr int64_t kActShift = 6;
/// [code] u and v are held in 24 bits; the current decays by du + ds_offset.
constexpr unsigned kStateBits = 24;
constexpr int64_t kCurrentDecayOffset = 1;
/// [code] Dense sums in a_buff (int32) and sends it one step later.
constexpr unsigned kAccumulatorBits = 32;
/// [code] Dense: 8-bit mantissas, num_weight_bits <= 8.
constexpr int64_t kWeightBits = 8;
/// [unverified] Loihi 2's weight_exp width is not in the open sources; this
/// is Loihi 1's signed 4-bit range (nengo-loihi's discretize loops to -8).
constexpr int64_t kWeightExpMin = -8, kWeightExpMax = 7;

/// w_scale choices, in a_in units per NIR membrane unit. A threshold maps
/// to vth = 2^10: it is held to 0.05 %, and u, v and the 16-bit a_in keep
/// 128, 128 and 32 thresholds of room before they wrap or clip (lava-dl's
/// own w_scale = 64 gives thresholds of ~100).
constexpr double kThresholdTarget = 1024;
/// A readout's largest possible |v| maps to half the 24-bit range.
constexpr double kReadoutRange = 65536;
/// The 8-bit mantissas of each of Lava's sign modes.
static RegisterRange getMantissaRange(StringRef signMode) {
  if (signMode == "MIXED")
    return {"weight", -128, 127};
  if (signMode == "INHIBITORY")
    return {"weight", -255, 0};
  return {"weight", 0, 255}; // EXCITATORY
}

/// The largest weight: mantissa 127, MIXED (x2), weight_exp 7.
constexpr double kWeightFullScale = 127.0 * (1 << 8);
/// The largest bias: 4095 << 7 LSBs.
constexpr double kBiasFullScale = kBiasMantMax * (1 << kBiasExpMax) / kActUnit;
/// The largest initial membrane.
constexpr double kStateFullScale = kStateMax / kActUnit;
/// lava-dl's w_scale, for a population with nothing to scale.
constexpr double kDefaultScale = 64;

class Loihi2Model : public TargetModel {
public:
  Loihi2Model() {
    limits = {
        {"cores", kNumCores, "neuro-cores per chip"},
        {"neurons_per_core", kNeuronsPerCore, "neurons per neuro-core"},
        {"syn_mem_per_core", kSynMemPerCore, "SynMem units per neuro-core"},
        {"synapses_per_core",
         kSynMemPerCore * kSynMemPerSynapseDen / kSynMemPerSynapseNum,
         "synapses per neuro-core"},
        {"neuron_groups_per_core", kNeuronGroupsPerCore,
         "neuron groups per neuro-core"},
        {"weight_bits", kWeightBits, "bits per weight mantissa"},
        {"decay_bits", 12, "bits per du and dv"},
        {"threshold_bits", 17, "bits per vth"},
        {"bias_mant_bits", 13, "bits per bias mantissa"},
        {"state_bits", 24, "bits per u and v"},
    };
  }

  StringRef getName() const override { return "loihi2"; }
  StringRef getDisplayName() const override { return "Loihi 2"; }
  ArrayRef<TargetLimit> getLimits() const override { return limits; }

  unsigned getNumCores() const override { return kNumCores; }
  StringRef getCoreKind(unsigned) const override { return "neurocore"; }
  int64_t getNeuronCapacity(unsigned) const override { return kNeuronsPerCore; }
  PlacementStyle getPlacementStyle() const override {
    return PlacementStyle::CorePerSlice;
  }

  /// Lava's LIF process runs CUBA-LIF; a LIF bypasses the current (du =
  /// 4095, as the NIR paper's importer), an IF has no leak (dv = 0). An LI
  /// or CubaLI is a LIF that never fires, read out by its membrane.
  bool supportsNeuronModel(NeuronModel model, bool isReadout) const override {
    if (model == NeuronModel::LIF || model == NeuronModel::CubaLIF ||
        model == NeuronModel::IF)
      return true;
    return isReadout &&
           (model == NeuronModel::LI || model == NeuronModel::CubaLI);
  }
  /// Dense and Conv processes; netx raises NotImplementedError on pooling.
  bool supportsSynapses(SynapseKind kind, bool pooled) const override {
    return (kind == SynapseKind::Dense || kind == SynapseKind::Conv2d) &&
           !pooled;
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
  ArrayRef<RegisterRange> getPopulationRegisters() const override {
    static const RegisterRange ranges[] = {
        {"du", 0, kDecayMax},         {"dv", 0, kDecayMax},
        {"vth", 0, kVthMax},          {"bias_mant", kBiasMantMin, kBiasMantMax},
        {"bias_exp", 0, kBiasExpMax}, {"v", -kStateMax, kStateMax}};
    return ranges;
  }
  ArrayRef<RegisterRange> getSynapseRegisters() const override {
    static const RegisterRange ranges[] = {
        {"weight_exp", kWeightExpMin, kWeightExpMax},
        {"num_weight_bits", 1, kWeightBits}};
    return ranges;
  }
  /// Mantissas: MIXED [-128, 127], EXCITATORY [0, 255], INHIBITORY
  /// [-255, 0] (Lava's optimize_weight_bits with loihi2=True).
  RegisterRange getWeightRange() const override {
    return {"weight", -255, 255};
  }
  RegisterRange getWeightRangeFor(SynapsesOp synapses) const override {
    auto signMode =
        synapses.getRegistersAttr()
            ? synapses.getRegistersAttr().getAs<StringAttr>("sign_mode")
            : StringAttr();
    return signMode ? getMantissaRange(signMode.getValue()) : getWeightRange();
  }

  FailureOr<int64_t> getMaxSliceSize(PopulationOp population,
                                     ArrayRef<SynapsesOp> incoming,
                                     LimitViolation &violation) const override;

  bool canEmulate() const override { return true; }
  FailureOr<NeuronEmulation>
  getNeuronEmulation(PopulationOp population,
                     EmulationVariant variant) const override;
  FailureOr<SynapseEmulation>
  getSynapseEmulation(SynapsesOp synapses,
                      EmulationVariant variant) const override;
  /// Lava's Dense takes binary spikes (num_message_bits = 0).
  int64_t getMaxInputEventsPerStep() const override { return 1; }

private:
  FailureOr<int64_t> getDecay(PopulationOp population, StringRef reg,
                              StringRef field, int64_t neuron, double tau,
                              double dt) const;

  SmallVector<TargetLimit> limits;
};
} // namespace

//===----------------------------------------------------------------------===//
// Neurons
//===----------------------------------------------------------------------===//

/// du = round(4096·(1 − e^(−dt/tau_syn))) − 1 or dv = round(4096·(1 −
/// e^(−dt/tau_mem))): the chip's decay nearest NIR's exact one. Fails when
/// it is outside the register (dv = 0 would also cut a leaky neuron's
/// input, since the input gain is 1 − α_mem).
FailureOr<int64_t> Loihi2Model::getDecay(PopulationOp population, StringRef reg,
                                         StringRef field, int64_t neuron,
                                         double tau, double dt) const {
  if (!(tau > 0) || !std::isfinite(tau))
    return emitNodeError(population)
           << field << " = " << formatNumber(tau) << " s of neuron " << neuron
           << " must be a positive number of seconds";
  int64_t decay =
      roundToInteger(kDecayUnity * -std::expm1(-dt / tau), Rounding::HalfEven);
  bool current = reg == "du";
  if (current)
    --decay; // ds_offset = 1
  int64_t min = current ? 0 : 1;
  if (decay < min || decay > kDecayMax)
    return emitNodeError(population)
           << "register '" << reg << "' = " << decay << " is outside "
           << getDisplayName() << "'s range [" << min << ", " << kDecayMax
           << "]" << (current ? "" : " for a leaky neuron") << ": " << field
           << " = " << formatNumber(tau) << " s of neuron " << neuron << " is "
           << formatNumber(tau / dt) << " steps of dt = " << formatNumber(dt)
           << " s, and " << reg << " = round(4096 (1 - exp(-dt/" << field
           << ")))" << (current ? " - 1" : "");
  return decay;
}

/// The population's parameter `name`, or `fallback` for each neuron.
static SmallVector<double> getParam(PopulationOp population, StringRef name,
                                    double fallback) {
  SmallVector<double> values = population.getParamValues(name);
  if (values.empty())
    values.assign(population.getNeurons().getType().getSize(), fallback);
  return values;
}

FailureOr<NeuronMapping> Loihi2Model::mapNeurons(PopulationOp population,
                                                 double dt) const {
  NeuronModel model = population.getModel();
  int64_t size = population.getNeurons().getType().getSize();
  bool spiking = isSpikingModel(model);
  bool cuba = model == NeuronModel::CubaLIF || model == NeuronModel::CubaLI;
  bool leaky = model != NeuronModel::IF;
  SmallVector<double> tauSyn = getParam(population, "tau_syn", NAN),
                      tauMem = getParam(population, "tau_mem", NAN),
                      r = getParam(population, "r", 1),
                      vLeak = getParam(population, "v_leak", 0),
                      vThreshold = getParam(population, "v_threshold", 0),
                      vReset = getParam(population, "v_reset", 0),
                      wIn = getParam(population, "w_in", 1),
                      bias = getParam(population, "bias", 0);

  // Lava's LIF process holds one du and one dv for all its neurons; a LIF
  // bypasses the current (du = 4095), an IF has no leak (dv = 0).
  int64_t du = kDecayMax, dv = 0;
  for (auto [reg, field, isUsed] :
       {std::tuple<StringRef, StringRef, bool>{"du", "tau_syn", cuba},
        {"dv", "tau_mem", leaky}}) {
    if (!isUsed)
      continue;
    const SmallVector<double> &tau = reg == "du" ? tauSyn : tauMem;
    int64_t first = 0;
    for (int64_t i = 0; i < size; ++i) {
      if (i > 0 && tau[i] == tau[0])
        continue;
      auto decay = getDecay(population, reg, field, i, tau[i], dt);
      if (failed(decay))
        return failure();
      if (i == 0) {
        first = *decay;
      } else if (*decay != first) {
        return emitNodeError(population)
               << "neurons 0 and " << i << " need " << reg << " = " << first
               << " and " << reg << " = " << *decay << " (" << field << " = "
               << formatNumber(tau[0]) << " s and " << formatNumber(tau[i])
               << " s), but Lava's LIF process holds one " << reg
               << " per population";
      }
    }
    (reg == "du" ? du : dv) = first;
  }

  NeuronMapping n;
  n.currentDecay = {du};
  n.membraneDecay = {dv};
  double memRise = leaky ? double(dv) / kDecayUnity : 0;
  double memGain = leaky ? memRise : dt; // an IF integrates r·x·dt
  double synGain = cuba ? double(du + 1) / kDecayUnity : 1;
  for (int64_t i = 0; i < size; ++i) {
    double inputGain = memGain * r[i] * (cuba ? wIn[i] : 1);
    double reference = spiking ? vReset[i] : 0;
    n.membraneGain.push_back(memGain * r[i]);
    n.weightGain.push_back(inputGain * synGain);
    n.bias.push_back(memRise * (vLeak[i] - reference) + inputGain * bias[i]);
    if (spiking)
      n.threshold.push_back(vThreshold[i] - reference);
    n.initial.push_back((leaky ? vLeak[i] : 0) - reference);
  }
  return n;
}

/// Per target neuron (row or output channel), the sum of |w| over one
/// neuron's inputs, for a dense or conv2d block in its weight layout.
static SmallVector<double> getRowAbsSums(SynapsesOp synapses,
                                         ArrayRef<double> w) {
  int64_t rows = synapses.getWeight().getType().getShape()[0];
  int64_t perRow = w.size() / rows;
  SmallVector<double> sums(rows, 0);
  for (size_t k = 0; k < w.size(); ++k)
    sums[k / perRow] += std::abs(w[k]);
  return sums;
}

LogicalResult Loihi2Model::checkDesignRules(DeviceOp device) const {
  double dt = device.getDt().convertToDouble();
  llvm::MapVector<Operation *, NeuronMapping> neurons;
  for (auto population : device.getBody().getOps<PopulationOp>()) {
    auto mapped = mapNeurons(population, dt);
    if (failed(mapped))
      return failure();
    if (!isSpikingModel(population.getModel()) &&
        !population.getOutgoingSynapses().empty())
      return emitNodeError(population)
             << getDisplayName() << " sends spikes only, so a "
             << stringifyNeuronModel(population.getModel())
             << " population can be read out but cannot feed synapses";
    neurons[population] = std::move(*mapped);
  }
  for (auto synapses : device.getBody().getOps<SynapsesOp>())
    if (failed(getEffectiveWeights(synapses,
                                   neurons[synapses.getTargetPopulation()])))
      return failure();
  return success();
}

//===----------------------------------------------------------------------===//
// Quantisation
//===----------------------------------------------------------------------===//

namespace {
/// A scale being chosen: the smallest of the bounds seen so far.
struct ScaleBound {
  ScaleChoice choice{std::numeric_limits<double>::infinity(), 0, ""};
  /// Lowers the scale so that `magnitude` maps to at most `fullScale`.
  void limit(double fullScale, double magnitude, StringRef what) {
    if (magnitude > 0 && fullScale / magnitude < choice.value) {
      choice.value = fullScale / magnitude;
      choice.boundBy = what.str();
    }
  }
};
} // namespace

/// w_scale: the largest that holds the threshold at kThresholdTarget (a
/// readout: its largest possible membrane at kReadoutRange), the largest
/// weight, the bias and the initial membrane.
FailureOr<ScaleChoice>
Loihi2Model::chooseScale(ArrayRef<MappedPopulation> group) const {
  const MappedPopulation &p = group.front(); // one population per group
  const NeuronMapping &n = *p.neurons;
  int64_t size = n.weightGain.size();
  ScaleBound scale;
  double maxWeight = 0;
  SmallVector<double> drive(size, 0); // a readout's largest input per step
  for (auto [in, w] : p.incoming) {
    maxWeight = std::max(maxWeight, maxAbs(w));
    SmallVector<double> sums = getRowAbsSums(in, w);
    for (int64_t i = 0; i < size; ++i)
      drive[i] += sums[i * sums.size() / size];
  }
  if (isSpikingModel(PopulationOp(p.population).getModel())) {
    scale.limit(kThresholdTarget, maxAbs(n.threshold), "the threshold");
  } else {
    // |v| <= |v(0)| + (max|u| + |bias|)/(1 − α_mem), with max|u| =
    // drive/(1 − α_syn): the membrane never leaves this bound.
    double memRise = double(n.membraneDecay.front()) / kDecayUnity;
    double synRise = double(n.currentDecay.front() + 1) / kDecayUnity;
    double bound = 0;
    for (int64_t i = 0; i < size; ++i)
      bound = std::max(bound, std::abs(n.initial[i]) +
                                  (drive[i] / synRise + std::abs(n.bias[i])) /
                                      memRise);
    scale.limit(kReadoutRange, bound, "the readout's largest membrane");
  }
  scale.limit(kWeightFullScale, maxWeight, "the largest weight");
  scale.limit(kBiasFullScale, maxAbs(n.bias), "the bias");
  scale.limit(kStateFullScale, maxAbs(n.initial), "the initial membrane");
  if (!std::isfinite(scale.choice.value))
    return ScaleChoice{kDefaultScale, 0, "lava-dl's default"};
  return scale.choice;
}

FailureOr<DictionaryAttr>
Loihi2Model::encodeNeurons(PopulationOp population, const NeuronMapping &n,
                           const ScaleChoice &scale) const {
  MLIRContext *context = population.getContext();
  Builder builder(context);
  double dt = population->getParentOfType<DeviceOp>().getDt().convertToDouble();
  int64_t size = n.bias.size();
  double s = scale.value;

  // vth: one per population (Lava's LIF process); a readout never fires.
  int64_t vth = kVthMax;
  if (!n.threshold.empty()) {
    for (int64_t i = 0; i < size; ++i) {
      int64_t v = roundToInteger(n.threshold[i] * s, Rounding::HalfEven);
      if (v < 0 || v > kVthMax)
        return emitNodeError(population)
               << "register 'vth' = " << v << " is outside " << getDisplayName()
               << "'s range [0, " << kVthMax
               << "]: v_threshold - v_reset = " << formatNumber(n.threshold[i])
               << " of neuron " << i << " at w_scale " << formatNumber(s);
      if (i == 0)
        vth = v;
      else if (v != vth)
        return emitNodeError(population)
               << "neurons 0 and " << i << " need vth = " << vth
               << " and vth = " << v
               << " (v_threshold - v_reset = " << formatNumber(n.threshold[0])
               << " and " << formatNumber(n.threshold[i]) << " at w_scale "
               << formatNumber(s)
               << "), but Lava's LIF process holds one vth per population";
    }
    double theta = n.threshold[0];
    double error = theta > 0 ? std::abs(vth / s - theta) / theta : 0;
    if (error > 0.01)
      population.emitWarning()
          << "'" << population.getNirOp() << "' \"" << population.getName()
          << "\": vth = " << vth
          << " holds v_threshold - v_reset = " << formatNumber(theta)
          << " only to " << formatNumber(100 * error)
          << "%, since w_scale = " << formatNumber(s) << " is set by "
          << scale.boundBy;
  }

  // bias = bias_mant << bias_exp, the smallest exponent that fits.
  SmallVector<int64_t> biasMant, biasExp, initial;
  for (int64_t i = 0; i < size; ++i) {
    double lsbs = n.bias[i] * s * kActUnit;
    int64_t exp = 0, mant = roundToInteger(lsbs, Rounding::HalfEven);
    while (exp < kBiasExpMax && (mant < kBiasMantMin || mant > kBiasMantMax))
      mant = roundToInteger(std::ldexp(lsbs, -++exp), Rounding::HalfEven);
    if (mant < kBiasMantMin || mant > kBiasMantMax)
      return emitNodeError(population)
             << "register 'bias_mant' = " << mant << " is outside "
             << getDisplayName() << "'s range [" << kBiasMantMin << ", "
             << kBiasMantMax << "] at bias_exp " << kBiasExpMax
             << ": the bias of neuron " << i << " is "
             << formatNumber(n.bias[i]) << " per step at w_scale "
             << formatNumber(s);
    biasMant.push_back(mant);
    biasExp.push_back(exp);
    int64_t v0 =
        roundToInteger(n.initial[i] * s * kActUnit, Rounding::HalfEven);
    if (v0 < -kStateMax || v0 > kStateMax)
      return emitNodeError(population)
             << "register 'v' = " << v0 << " is outside " << getDisplayName()
             << "'s range [" << -kStateMax << ", " << kStateMax
             << "]: the initial membrane of neuron " << i << " is "
             << formatNumber(n.initial[i]) << " at w_scale " << formatNumber(s);
    initial.push_back(v0);
  }

  int64_t du = n.currentDecay.front(), dv = n.membraneDecay.front();
  SmallVector<NamedAttribute> registers = {
      builder.getNamedAttr("du", getRegisterArray(context, {du})),
      builder.getNamedAttr("dv", getRegisterArray(context, {dv})),
      builder.getNamedAttr("vth", getRegisterArray(context, {vth})),
      builder.getNamedAttr("bias_mant", getRegisterArray(context, biasMant)),
      builder.getNamedAttr("bias_exp", getRegisterArray(context, biasExp)),
      builder.getNamedAttr("v", getRegisterArray(context, initial)),
      builder.getNamedAttr("w_scale", builder.getF64FloatAttr(s))};
  // The chip's decays as time constants, -dt / ln(α).
  NeuronModel model = population.getModel();
  if (model == NeuronModel::CubaLIF || model == NeuronModel::CubaLI) {
    double alpha = double(kDecayMax - du) / kDecayUnity;
    registers.push_back(builder.getNamedAttr(
        "effective_tau_syn", getFloatArray(context, {-dt / std::log(alpha)})));
  }
  if (model != NeuronModel::IF) {
    double alpha = double(kDecayUnity - dv) / kDecayUnity;
    registers.push_back(builder.getNamedAttr(
        "effective_tau_mem", getFloatArray(context, {-dt / std::log(alpha)})));
  }
  return builder.getDictionaryAttr(registers);
}

/// Lava's optimize_weight_bits on w_scale·(effective weight).
FailureOr<EncodedWeights>
Loihi2Model::encodeWeights(SynapsesOp synapses, ArrayRef<double> w,
                           const ScaleChoice &scale,
                           const QuantizeOptions &options) const {
  Builder builder(synapses.getContext());
  double s = scale.value;
  double minW = 0, maxW = 0;
  for (double v : w) {
    minW = std::min(minW, v);
    maxW = std::max(maxW, v);
  }
  // Lava's determine_sign_mode, and the 8-bit mantissa of each mode.
  StringRef signMode = minW >= 0   ? "EXCITATORY"
                       : maxW <= 0 ? "INHIBITORY"
                                   : "MIXED";
  bool mixed = signMode == "MIXED";
  RegisterRange mantissa = getMantissaRange(signMode);
  int64_t kMin = mantissa.min, kMax = mantissa.max;
  // The smallest weight_exp, for the finest step, at which all fit.
  int64_t weightExp = kWeightExpMin;
  QuantizedValues q;
  for (;; ++weightExp) {
    double step = std::ldexp(1.0, int(mixed + weightExp));
    q = quantizeValues(w, s / step, Rounding::HalfEven, kMin, kMax);
    if (q.saturated == 0 || weightExp == kWeightExpMax)
      break;
  }
  if (q.saturated) {
    auto describe = [&](InFlightDiagnostic diag) {
      diag << "'" << synapses.getNirOp() << "' \"" << synapses.getName()
           << "\": " << q.saturated << " weights exceed " << getDisplayName()
           << "'s largest " << signMode << " weight, mantissa "
           << (kMax ? kMax : kMin) << " at weight_exp " << kWeightExpMax
           << " (largest |w| = " << formatNumber(q.maxAbsValue)
           << " at w_scale " << formatNumber(s) << ")";
      return diag;
    };
    if (!options.allowSaturation)
      return describe(synapses.emitError());
    describe(synapses.emitWarning()) << "; clipped";
  }
  if (q.maxAbsValue > 0 &&
      llvm::all_of(q.ints, [](int64_t k) { return k == 0; }))
    return emitNodeError(synapses)
           << "every weight rounds to 0: the largest |w| = "
           << formatNumber(q.maxAbsValue) << " is "
           << formatNumber(q.maxAbsValue * s) << " a_in units at w_scale "
           << formatNumber(s) << ", below " << getDisplayName()
           << "'s smallest step 2^" << mixed + kWeightExpMin << " (weight_exp "
           << kWeightExpMin << ")";
  // Lava's _determine_num_weight_bits: the fewest bits that lose nothing.
  int64_t numWeightBits = kWeightBits;
  while (numWeightBits > 1 &&
         llvm::all_of(q.ints, [](int64_t k) { return k % 2 == 0; })) {
    for (int64_t &k : q.ints)
      k /= 2;
    --numWeightBits;
  }
  EncodedWeights encoded;
  encoded.values = std::move(q);
  encoded.registers = {
      builder.getNamedAttr("weight_exp", builder.getI64IntegerAttr(weightExp)),
      builder.getNamedAttr("num_weight_bits",
                           builder.getI64IntegerAttr(numWeightBits)),
      builder.getNamedAttr("sign_mode", builder.getStringAttr(signMode)),
      builder.getNamedAttr("w_scale", builder.getF64FloatAttr(s))};
  encoded.description =
      llvm::formatv("{0}-bit {1} weights into \"{2}\", weight_exp {3}, "
                    "w_scale {4}",
                    numWeightBits, signMode,
                    synapses.getTargetPopulation().getName(), weightExp,
                    formatNumber(s))
          .str();
  return encoded;
}

//===----------------------------------------------------------------------===//
// Partitioning
//===----------------------------------------------------------------------===//

/// The synapses one target neuron of `synapses` stores: the most non-zero
/// weights of a row (dense) or of an output channel's kernel (conv2d; a
/// kernel is counted whole at every position, as if expanded). Zeros are not
/// stored (Lava's Sparse process); trained dense weights have none.
static int64_t getSynapsesPerNeuron(SynapsesOp synapses) {
  DenseElementsAttr weight = synapses.getWeight();
  int64_t rows = weight.getType().getShape()[0];
  int64_t perRow = weight.getNumElements() / rows, most = 0;
  if (weight.isSplat()) {
    most = weight.getSplatValue<APFloat>().isZero() ? 0 : perRow;
  } else {
    SmallVector<double> w = getWeightValues(synapses);
    for (int64_t row = 0; row < rows; ++row)
      most = std::max<int64_t>(
          most, llvm::count_if(ArrayRef(w).slice(row * perRow, perRow),
                               [](double v) { return v != 0; }));
  }
  if (auto pool = synapses.getPool())
    most *= (*pool)[0] * (*pool)[0];
  return most;
}

FailureOr<int64_t>
Loihi2Model::getMaxSliceSize(PopulationOp population,
                             ArrayRef<SynapsesOp> incoming,
                             LimitViolation &violation) const {
  // Fan-in: the synapses per target neuron, over every incoming block.
  int64_t fanIn = 0;
  for (SynapsesOp synapses : incoming)
    fanIn += getSynapsesPerNeuron(synapses);
  // n neurons cost ceil(n·fanIn·81/256) SynMem units.
  int64_t budget = kSynMemPerCore * kSynMemPerSynapseDen;
  int64_t perNeuron = fanIn * kSynMemPerSynapseNum;
  if (perNeuron > budget) {
    violation = {(perNeuron + kSynMemPerSynapseDen - 1) / kSynMemPerSynapseDen,
                 llvm::formatv(
                     "SynMem units for the {0} synapses into one neuron", fanIn)
                     .str(),
                 kSynMemPerCore, "SynMem units per neuro-core"};
    return failure();
  }
  int64_t most = kNeuronsPerCore;
  if (perNeuron > 0)
    most = std::min(most, budget / perNeuron);
  return std::min(most, population.getNeurons().getType().getSize());
}

//===----------------------------------------------------------------------===//
// Emulation (Lava's PyLifModelBitAcc and PyDenseModelBitAcc)
//===----------------------------------------------------------------------===//

FailureOr<NeuronEmulation>
Loihi2Model::getNeuronEmulation(PopulationOp population,
                                EmulationVariant) const {
  DictionaryAttr registers = population.getRegistersAttr();
  NeuronEmulation e;
  e.currentBits = e.membraneBits = kStateBits;
  e.decay = sim::DecayRule::MultiplyShift;
  e.decayUnity = kDecayUnity;
  e.currentDecay = {getRegisterValues(registers, "du").front() +
                    kCurrentDecayOffset};
  e.membraneDecay = getRegisterValues(registers, "dv");
  // b = bias_mant << bias_exp, recomputed by Lava every step.
  SmallVector<int64_t> mantissa = getRegisterValues(registers, "bias_mant"),
                       exponent = getRegisterValues(registers, "bias_exp");
  e.bias.clear();
  for (size_t i = 0; i < mantissa.size(); ++i)
    e.bias.push_back(mantissa[i] *
                     (int64_t(1) << exponent[exponent.size() == 1 ? 0 : i]));
  bool spiking = isSpikingModel(population.getModel());
  if (spiking)
    e.threshold = {getRegisterValues(registers, "vth").front() << kActShift};
  e.initialMembrane = getRegisterValues(registers, "v");
  e.inputShift = kActShift;
  // [code] u wraps once by 2^24 (+2^23 kept), v clips at ±(2^23 − 1).
  e.currentOverflow = sim::Overflow::WrapOnce;
  e.membraneOverflow = sim::Overflow::SaturateSymmetric;
  e.membraneSum = sim::MembraneSum::Direct;
  e.compare = sim::Comparison::Greater;
  e.reset = sim::FixedReset::Zero;
  e.maxSpikesPerStep = 1;
  // The chip's v is w_scale·64·(v − v_reset) (v for a readout).
  e.membraneUnit = 1 / (kActUnit * getFloatRegister(registers, "w_scale", 1));
  SmallVector<double> vReset = population.getParamValues("v_reset");
  e.membraneOffset = spiking && !vReset.empty() ? vReset.front() : 0;
  // A probe and the cost table carry one offset per population.
  if (spiking && !llvm::all_equal(vReset))
    population.emitWarning()
        << "'" << population.getNirOp() << "' \"" << population.getName()
        << "\": v_reset differs between its neurons; the membrane probes "
           "and the membrane RMSE read every neuron's v relative to neuron "
           "0's v_reset ("
        << formatNumber(vReset.front()) << "), the spikes are exact";
  // u is w_scale·64·(1 − α_mem)·r·I with the chip's α_mem (dt·r·I for an
  // IF, whose dv is 0): the weights carry that gain, as mapNeurons says.
  FailureOr<NeuronMapping> mapped = mapPopulation(population);
  if (failed(mapped))
    return failure();
  e.setCurrentUnit(mapped->membraneGain);
  return e;
}

FailureOr<SynapseEmulation>
Loihi2Model::getSynapseEmulation(SynapsesOp synapses, EmulationVariant) const {
  DictionaryAttr registers = synapses.getRegistersAttr();
  SynapseEmulation e;
  // Lava's Dense holds the mantissas MSB-aligned in 8 bits (one more for
  // MIXED), as netx loads them, and shifts the sum by weight_exp.
  int64_t numWeightBits =
      getRegisterValues(registers, "num_weight_bits").front();
  bool mixed = registers.getAs<StringAttr>("sign_mode").getValue() == "MIXED";
  int64_t align = kWeightBits - numWeightBits + mixed;
  for (APInt k : synapses.getQweightAttr().getValues<APInt>())
    e.weight.push_back(k.getSExtValue() * (int64_t(1) << align));
  e.sumShift = getRegisterValues(registers, "weight_exp").front();
  e.overflow = sim::Overflow::Unbounded;
  e.accumulatorBits = kAccumulatorBits;
  e.delaySteps = 1; // a_buff is sent on the next step
  return e;
}

const TargetModel &nirc::chip::getLoihi2Model() {
  static const Loihi2Model model;
  return model;
}
