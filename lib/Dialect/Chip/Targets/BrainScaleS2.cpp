//===- BrainScaleS2.cpp - Heidelberg BrainScaleS-2 (hxtorch) --------------===//
//
// Numbers and rules from docs/chips.md §5 (hxtorch's from_nir.py,
// weight_transforms.py, modules/synapse.py and neuron.py). BrainScaleS-2 has
// 512 analog neuron circuits in two hemispheres of 256; the 256 synapse rows
// of a hemisphere are shared by all its neurons, and a row is either
// excitatory or inhibitory, so a presynaptic neuron needs one row per sign of
// its weights into the hemisphere. Weights are 6-bit magnitudes; voltages
// and time constants are calibration targets of an analog circuit that runs
// 1000 times faster than the model.
//
// Tags as in docs/chips.md: [code] read in hxtorch, [doc] KIP / Pehle et al.
// 2022, [derived] inferred from those, [unverified] believed, not read.
//
//===----------------------------------------------------------------------===//

#include "Targets.h"
#include "nirc/Dialect/Chip/ChipOps.h"
#include "nirc/Dialect/Chip/Quantization.h"

#include "mlir/IR/Builders.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"

#include <boost/math/distributions/normal.hpp>
#include <cmath>

using namespace mlir;
using namespace nirc;
using namespace nirc::chip;

namespace {
constexpr int64_t kHemispheres = 2;                // [doc] 2 x 256 circuits
constexpr int64_t kNeuronsPerHemisphere = 256;     // [doc]
constexpr int64_t kSynapseRowsPerHemisphere = 256; // [doc] 512 x 256 synapses
/// 6-bit weight magnitude; the sign picks an excitatory or an inhibitory
/// row ([code] linear_saturating(min=-63, max=63), synapse.py's exc/inh
/// projections).
constexpr int64_t kWeightMax = 63;
/// hxtorch's ConversionConfig.weight_scale: 64 * w is the hardware weight
/// ([code] from_nir.py).
constexpr double kWeightScale = 64;
/// The analog circuits run 1000x faster than the model ([doc] KIP page).
constexpr double kSpeedup = 1000;
/// Membrane capacitance register, 0..63 LSB ([code] neuron.py docstring).
constexpr int64_t kCapacitanceMax = 63;
/// Calibration targets of MixedHXModelParameter, in CADC units ([code]
/// from_nir.py: leak 80, reset 80, threshold 150).
constexpr int64_t kLeakTarget = 80, kResetTarget = 80, kThresholdTarget = 150;
/// The CADC that measures these is 8 bits wide ([unverified]: Pehle et al.
/// 2022; not in docs/chips.md).
constexpr int64_t kCadcMax = 255;
constexpr unsigned kCadcBits = 8;
/// hxtorch's ConversionConfig.trace_scale: model units per CADC LSB of a
/// recorded trace ([code] from_nir.py), for a readout, whose registers
/// (only a leak) do not fix the scale.
constexpr double kTraceScale = 1.0 / 50;

/// Parameters one calibration serves for a whole layer (hxtorch checks
/// tau_mem, tau_syn, v_leak, v_reset, v_threshold, r for CubaLIF and the
/// first three for CubaLI; we also check r of a CubaLI, whose capacitance
/// it sets [derived]).
constexpr StringLiteral kHomogeneousParams[] = {
    "tau_mem", "tau_syn", "r", "v_leak", "v_reset", "v_threshold"};

class BrainScaleS2Model : public TargetModel {
public:
  StringRef getName() const override { return "brainscales2"; }
  StringRef getDisplayName() const override { return "BrainScaleS-2"; }
  ArrayRef<TargetLimit> getLimits() const override {
    static const TargetLimit limits[] = {
        {"neurons", kHemispheres * kNeuronsPerHemisphere, "neuron circuits"},
        {"hemispheres", kHemispheres, "hemispheres"},
        {"neurons_per_hemisphere", kNeuronsPerHemisphere,
         "neurons per hemisphere"},
        {"synapse_rows_per_hemisphere", kSynapseRowsPerHemisphere,
         "synapse rows per hemisphere (one per presynaptic neuron and sign)"},
        {"synapses",
         kHemispheres * kNeuronsPerHemisphere * kSynapseRowsPerHemisphere,
         "synapses"},
        {"weight_bits", 6, "bits per weight magnitude"},
        {"weight_max", kWeightMax, "largest weight magnitude"},
        {"weight_scale", int64_t(kWeightScale),
         "hardware weight per unit NIR weight"},
        {"speedup", int64_t(kSpeedup), "times faster than the model"},
        {"membrane_capacitance_max", kCapacitanceMax,
         "membrane capacitance LSB"},
        {"leak_target", kLeakTarget, "CADC units of the leak target"},
        {"reset_target", kResetTarget, "CADC units of the reset target"},
        {"threshold_target", kThresholdTarget,
         "CADC units of the threshold target"},
    };
    return limits;
  }

  unsigned getNumCores() const override { return kHemispheres; }
  StringRef getCoreKind(unsigned) const override { return "hemisphere"; }
  int64_t getNeuronCapacity(unsigned) const override {
    return kNeuronsPerHemisphere;
  }
  /// hxtorch's NeuronPlacement registers ids first-fit over the atomic
  /// neurons in enumeration order (top hemisphere first) [code].
  PlacementStyle getPlacementStyle() const override {
    return PlacementStyle::PackedPools;
  }

  /// hxtorch converts CubaLIF, and CubaLI as a membrane readout [code].
  bool supportsNeuronModel(NeuronModel model, bool isReadout) const override {
    return model == NeuronModel::CubaLIF ||
           (model == NeuronModel::CubaLI && isReadout);
  }
  /// hxtorch converts nir.Linear only: dense, no pooling [code].
  bool supportsSynapses(SynapseKind kind, bool pooled) const override {
    return kind == SynapseKind::Dense && !pooled;
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
  /// The integer registers every population has. A CubaLIF also has
  /// `reset` and `threshold`, constant calibration targets within the CADC's
  /// range; chip-verify-fit wants each listed register on every population.
  ArrayRef<RegisterRange> getPopulationRegisters() const override {
    static const RegisterRange ranges[] = {
        {"leak", 0, kCadcMax}, {"membrane_capacitance", 0, kCapacitanceMax}};
    return ranges;
  }
  ArrayRef<RegisterRange> getSynapseRegisters() const override {
    // The rows a block's distinct (presynaptic neuron, sign) pairs take
    // over both hemispheres together [derived].
    static const RegisterRange ranges[] = {
        {"exc_rows", 0, kHemispheres * kSynapseRowsPerHemisphere},
        {"inh_rows", 0, kHemispheres * kSynapseRowsPerHemisphere}};
    return ranges;
  }
  RegisterRange getWeightRange() const override {
    return {"weight", -kWeightMax, kWeightMax};
  }

  FailureOr<int64_t> getMaxSliceSize(PopulationOp population,
                                     ArrayRef<SynapsesOp> incoming,
                                     LimitViolation &violation) const override;
  bool fitsOnCore(unsigned core, ArrayRef<SliceOp> placed, SliceOp candidate,
                  LimitViolation &violation) const override;
  LogicalResult verifyPlacement(DeviceOp device) const override;

  /// The analog neuron in continuous time (see the Emulation section).
  bool canEmulate() const override { return true; }
  FailureOr<NeuronEmulation>
  getNeuronEmulation(PopulationOp population,
                     EmulationVariant variant) const override;
  FailureOr<SynapseEmulation>
  getSynapseEmulation(SynapsesOp synapses,
                      EmulationVariant variant) const override;
  std::pair<std::string, std::string> getDefaultMismatch() const override;
  bool hasAnalogNeurons() const override { return true; }
};
} // namespace

//===----------------------------------------------------------------------===//
// Synapse rows
//===----------------------------------------------------------------------===//

/// The sign (-1, 0, 1) of every weight of a dense block, in (post, pre)
/// order: of `qweight` once chip-quantize has run, for a weight that rounds
/// to 0 needs no synapse, else of the NIR weight.
static SmallVector<int8_t> getWeightSigns(SynapsesOp synapses) {
  SmallVector<int8_t> signs;
  if (auto qweight = synapses.getQweight()) {
    signs.reserve(qweight->getNumElements());
    for (const APInt &q : qweight->getValues<APInt>())
      signs.push_back(q.isNegative() ? -1 : q.isZero() ? 0 : 1);
    return signs;
  }
  for (double w : getWeightValues(synapses))
    signs.push_back(w > 0 ? 1 : w < 0 ? -1 : 0);
  return signs;
}

namespace {
/// The synapse rows that neurons sharing a hemisphere need: one excitatory
/// row per presynaptic neuron (or input channel) with a positive weight into
/// any of them, one inhibitory row per one with a negative weight [derived:
/// rows are shared by the hemisphere's 256 columns and have one receptor
/// type each]. Sharing a row between sources by event address is not
/// modelled, so the count is an upper bound.
class RowSet {
public:
  /// Adds neurons [begin, end) of `population`.
  void add(PopulationOp population, int64_t begin, int64_t end) {
    for (SynapsesOp synapses : population.getIncomingSynapses())
      add(synapses, begin, end);
  }
  /// Adds what `synapses` sends into post neurons [begin, end).
  void add(SynapsesOp synapses, int64_t begin, int64_t end) {
    if (synapses.getKind() != SynapseKind::Dense)
      return;
    SmallVector<int8_t> signs = getWeightSigns(synapses);
    int64_t post = synapses.getTarget().getType().getSize();
    int64_t pre = post ? int64_t(signs.size()) / post : 0;
    SmallVector<uint8_t> &mask = masks[synapses.getSource()];
    if (int64_t(mask.size()) < pre)
      mask.resize(pre, 0);
    for (int64_t j = begin; j < end; ++j)
      for (int64_t k = 0; k < pre; ++k) {
        int8_t sign = signs[j * pre + k];
        uint8_t bit = sign > 0 ? 1 : sign < 0 ? 2 : 0;
        if (bit && !(mask[k] & bit)) {
          mask[k] |= bit;
          ++rows;
        }
      }
  }
  int64_t getRows() const { return rows; }

private:
  /// Per source group, per channel: bit 0 excitatory, bit 1 inhibitory.
  llvm::DenseMap<Value, SmallVector<uint8_t>> masks;
  int64_t rows = 0;
};
} // namespace

FailureOr<int64_t>
BrainScaleS2Model::getMaxSliceSize(PopulationOp population,
                                   ArrayRef<SynapsesOp> incoming,
                                   LimitViolation &violation) const {
  // A population larger than both hemispheres is the place pass's to
  // reject; here it is cut into hemisphere-sized slices.
  int64_t size = population.getNeurons().getType().getSize();
  int64_t capacity = std::min(size, kNeuronsPerHemisphere);

  // Every presynaptic channel gets an index; a source feeding the
  // population through several blocks shares its channels.
  struct Block {
    SmallVector<int8_t> signs;
    int64_t pre, base;
  };
  SmallVector<Block> blocks;
  llvm::DenseMap<Value, int64_t> bases;
  int64_t channels = 0;
  for (SynapsesOp synapses : incoming) {
    if (synapses.getKind() != SynapseKind::Dense)
      continue;
    int64_t sourceSize = synapses.getSource().getType().getSize();
    auto [it, inserted] = bases.try_emplace(synapses.getSource(), channels);
    if (inserted)
      channels += sourceSize;
    SmallVector<int8_t> signs = getWeightSigns(synapses);
    int64_t pre = size ? int64_t(signs.size()) / size : 0;
    blocks.push_back({std::move(signs), std::min(pre, sourceSize), it->second});
  }

  // Whether every window of n neurons fits one hemisphere's rows. A slice of
  // at most n neurons lies inside such a window, so whichever way the
  // partition cuts, its slices fit; and the answer is monotone in n.
  int64_t worstRows = 0, worstFirst = 0;
  auto fits = [&](int64_t n) {
    SmallVector<int32_t> exc(channels, 0), inh(channels, 0);
    int64_t rows = 0;
    auto update = [&](int64_t neuron, bool enter) {
      for (const Block &block : blocks)
        for (int64_t k = 0; k < block.pre; ++k) {
          int8_t sign = block.signs[neuron * block.pre + k];
          if (sign == 0)
            continue;
          int32_t &count = (sign > 0 ? exc : inh)[block.base + k];
          if (enter)
            rows += count++ == 0;
          else
            rows -= --count == 0;
        }
    };
    for (int64_t j = 0; j < size; ++j) {
      update(j, true);
      if (j >= n)
        update(j - n, false);
      if (j >= n - 1 && rows > kSynapseRowsPerHemisphere) {
        worstRows = rows;
        worstFirst = j - n + 1;
        return false;
      }
    }
    return true;
  };

  if (!fits(1)) {
    violation = {
        worstRows,
        llvm::formatv("synapse rows into neuron {0}", worstFirst).str(),
        kSynapseRowsPerHemisphere, "synapse rows per hemisphere"};
    return failure();
  }
  int64_t lo = 1, hi = capacity;
  while (lo < hi) {
    int64_t mid = (lo + hi + 1) / 2;
    if (fits(mid))
      lo = mid;
    else
      hi = mid - 1;
  }
  return lo;
}

bool BrainScaleS2Model::fitsOnCore(unsigned core, ArrayRef<SliceOp> placed,
                                   SliceOp candidate,
                                   LimitViolation &violation) const {
  RowSet rows;
  for (SliceOp slice : placed)
    rows.add(slice.getPopulationOp(), slice.getBegin(), slice.getEnd());
  rows.add(candidate.getPopulationOp(), candidate.getBegin(),
           candidate.getEnd());
  if (rows.getRows() <= kSynapseRowsPerHemisphere)
    return true;
  violation = {rows.getRows(),
               llvm::formatv("synapse rows on hemisphere {0}", core).str(),
               kSynapseRowsPerHemisphere, "synapse rows per hemisphere"};
  return false;
}

LogicalResult BrainScaleS2Model::verifyPlacement(DeviceOp device) const {
  for (auto core : device.getBody().getOps<CoreOp>()) {
    RowSet rows;
    SliceOp last;
    for (Operation *user : core.getCore().getUsers())
      if (auto slice = dyn_cast<SliceOp>(user)) {
        rows.add(slice.getPopulationOp(), slice.getBegin(), slice.getEnd());
        last = slice;
      }
    if (rows.getRows() > kSynapseRowsPerHemisphere)
      return emitLimitError(
          last.getPopulationOp(),
          {rows.getRows(),
           llvm::formatv("synapse rows on hemisphere {0}", core.getIndex())
               .str(),
           kSynapseRowsPerHemisphere, "synapse rows per hemisphere"});
  }
  return success();
}

//===----------------------------------------------------------------------===//
// Design rules (hxtorch's from_nir, with its silent drops made errors)
//===----------------------------------------------------------------------===//

/// Fails with hxtorch's rule when a calibrated parameter differs between
/// neurons of `population`.
static LogicalResult checkHomogeneous(const TargetModel &model,
                                      PopulationOp population) {
  for (StringRef param : kHomogeneousParams) {
    SmallVector<double> values = population.getParamValues(param);
    for (size_t i = 1; i < values.size(); ++i)
      if (values[i] != values[0])
        return emitNodeError(population)
               << model.getDisplayName()
               << " calibrates a layer as a whole, so its parameters must be "
                  "homogeneous across neurons (hxtorch's rule); "
               << param << " is " << formatNumber(values[0])
               << " for neuron 0 but " << formatNumber(values[i])
               << " for neuron " << i;
  }
  return success();
}

LogicalResult BrainScaleS2Model::checkDesignRules(DeviceOp device) const {
  auto inputs = device.getBody().getOps<InputOp>();
  auto outputs = device.getBody().getOps<OutputOp>();
  int64_t numInputs = std::distance(inputs.begin(), inputs.end());
  int64_t numOutputs = std::distance(outputs.begin(), outputs.end());
  if (numInputs != 1 || numOutputs != 1)
    return device.emitError()
           << getDisplayName()
           << " takes a graph with exactly one input and one output "
              "(hxtorch's from_nir); this graph has "
           << numInputs << " input" << (numInputs == 1 ? "" : "s") << " and "
           << numOutputs << " output" << (numOutputs == 1 ? "" : "s");

  for (auto population : device.getBody().getOps<PopulationOp>()) {
    if (failed(checkHomogeneous(*this, population)))
      return failure();

    // hxtorch's synapses have no bias; the convert pass folded an Affine
    // bias into the population's `bias`.
    SmallVector<double> bias = population.getParamValues("bias");
    for (size_t i = 0; i < bias.size(); ++i) {
      if (bias[i] == 0)
        continue;
      std::string sources;
      for (SynapsesOp in : population.getIncomingSynapses())
        if (in.getNirOp() == "nir.affine")
          sources += llvm::formatv("{0}'nir.affine' \"{1}\"",
                                   sources.empty() ? "" : ", ", in.getName());
      return emitNodeError(population)
             << getDisplayName()
             << " has no bias current (hxtorch's synapses have none), but "
             << (sources.empty() ? "the bias" : "the bias of " + sources)
             << " into it is " << formatNumber(bias[i]) << " for neuron " << i
             << "; use a nir.Linear or a zero bias";
    }
  }
  return success();
}

//===----------------------------------------------------------------------===//
// Quantisation
//===----------------------------------------------------------------------===//

/// The registers of one homogeneous population (checkHomogeneous holds).
static FailureOr<DictionaryAttr> encodeLayerRegisters(const TargetModel &model,
                                                      PopulationOp population) {
  MLIRContext *context = population.getContext();
  Builder builder(context);
  auto first = [&](StringRef param) {
    SmallVector<double> values = population.getParamValues(param);
    return values.empty() ? 0.0 : values.front();
  };
  auto floatRegister = [&](double value) {
    return getFloatArray(context, {value});
  };
  auto intRegister = [&](int64_t value) {
    return getRegisterArray(context, {value});
  };

  double tauMem = first("tau_mem"), tauSyn = first("tau_syn"), r = first("r");
  for (auto [name, tau] :
       {std::pair<StringRef, double>{"tau_mem", tauMem}, {"tau_syn", tauSyn}})
    if (!(tau > 0) || !std::isfinite(tau))
      return emitNodeError(population)
             << name << " = " << formatNumber(tau)
             << " s cannot be set: " << model.getDisplayName()
             << "'s time constants are positive";
  if (!(r > 0) || !std::isfinite(r))
    return emitNodeError(population)
           << "r = " << formatNumber(r)
           << " cannot be set: " << model.getDisplayName()
           << " holds the membrane capacitance tau_mem / r as 0.."
           << kCapacitanceMax << " LSB, which needs r > 0";

  // [code] hxtorch's HXTransformedModelParameter(tau_mem / r, lambda c:
  // c / tau_mem * r * 63): the layer's own capacitance always maps to the
  // full 63 LSB, and the calibration sets tau_mem by the leak conductance.
  // Only the model-space value can be out of range (a float overflow).
  double capacitance = tauMem / r;
  if (!std::isfinite(capacitance) || !(capacitance > 0))
    return emitNodeError(population)
           << "tau_mem / r = " << formatNumber(tauMem) << " / "
           << formatNumber(r) << " is not a finite, positive membrane "
           << "capacitance";
  int64_t capacitanceLsb = kCapacitanceMax;

  // Time constants: NIR's seconds of model time, sped up 1000x [doc]. (hxtorch
  // reads NIR's tau as milliseconds, tau * 1e-3; we keep NIR's seconds.)
  SmallVector<NamedAttribute> registers = {
      builder.getNamedAttr("tau_mem_hw", floatRegister(tauMem / kSpeedup)),
      builder.getNamedAttr("tau_syn_hw", floatRegister(tauSyn / kSpeedup)),
      builder.getNamedAttr("membrane_capacitance", intRegister(capacitanceLsb)),
      builder.getNamedAttr("membrane_capacitance_model",
                           floatRegister(capacitance)),
      // [code] MixedHXModelParameter(model value, hardware target).
      builder.getNamedAttr("leak", intRegister(kLeakTarget)),
      builder.getNamedAttr("leak_model", floatRegister(first("v_leak")))};
  if (population.getModel() == NeuronModel::CubaLIF) {
    registers.push_back(
        builder.getNamedAttr("reset", intRegister(kResetTarget)));
    registers.push_back(
        builder.getNamedAttr("reset_model", floatRegister(first("v_reset"))));
    registers.push_back(
        builder.getNamedAttr("threshold", intRegister(kThresholdTarget)));
    registers.push_back(builder.getNamedAttr(
        "threshold_model", floatRegister(first("v_threshold"))));
  }
  return builder.getDictionaryAttr(registers);
}

/// The NIR weights of `synapses` times the target's input gain w_in, which
/// hxtorch drops and we fold into the weights where NIR applies it
/// [derived]. The neurons of a layer must be homogeneous (hxtorch
/// calibrates a layer as a whole).
FailureOr<NeuronMapping> BrainScaleS2Model::mapNeurons(PopulationOp population,
                                                       double) const {
  if (failed(checkHomogeneous(*this, population)))
    return failure();
  NeuronMapping n;
  n.weightGain = population.getParamValues("w_in");
  if (n.weightGain.empty())
    n.weightGain.assign(population.getNeurons().getType().getSize(), 1.0);
  return n;
}

/// [code] hxtorch's linear_saturating: one fixed scale, 64 per NIR weight.
FailureOr<ScaleChoice>
BrainScaleS2Model::chooseScale(ArrayRef<MappedPopulation>) const {
  return ScaleChoice{kWeightScale, 0, "hxtorch's fixed weight scale"};
}

FailureOr<DictionaryAttr>
BrainScaleS2Model::encodeNeurons(PopulationOp population, const NeuronMapping &,
                                 const ScaleChoice &) const {
  return encodeLayerRegisters(*this, population);
}

FailureOr<EncodedWeights>
BrainScaleS2Model::encodeWeights(SynapsesOp synapses, ArrayRef<double> w,
                                 const ScaleChoice &scale,
                                 const QuantizeOptions &options) const {
  Builder builder(synapses.getContext());
  bool gained =
      llvm::any_of(synapses.getTargetPopulation().getParamValues("w_in"),
                   [](double g) { return g != 1; });
  // [code] linear_saturating: clamp(64 w, -63, 63), then +-0.5 and int():
  // rounding half away from zero. Rounding before clamping gives the same
  // integers, and counts as saturated exactly the weights the clamp moves
  // by more than rounding would.
  QuantizedValues q = quantizeValues(w, scale.value, Rounding::HalfAwayFromZero,
                                     -kWeightMax, kWeightMax);
  if (q.saturated) {
    std::string what = llvm::formatv(
        "{0} of {1} weights saturate: the largest |{2} w{3}| is {4}, "
        "above {5}'s limit of {6} (6-bit synapse weight)",
        q.saturated, w.size(), formatNumber(scale.value), gained ? " w_in" : "",
        formatNumber(scale.value * q.maxAbsValue), getDisplayName(),
        kWeightMax);
    if (!options.allowSaturation)
      return emitNodeError(synapses)
             << what
             << "; hxtorch would clip them silently; allow saturation (nirc "
                "--allow-saturation) to clip them with a warning";
    synapses.emitWarning() << "'" << synapses.getNirOp() << "' \""
                           << synapses.getName() << "\": " << what
                           << "; clipped to +-" << kWeightMax
                           << ", which changes what the network computes";
  }

  // The rows the block's sources need, over both hemispheres together.
  int64_t post = synapses.getTarget().getType().getSize();
  int64_t pre = post ? int64_t(q.ints.size()) / post : 0;
  int64_t excRows = 0, inhRows = 0;
  for (int64_t k = 0; k < pre; ++k) {
    bool exc = false, inh = false;
    for (int64_t j = 0; j < post; ++j) {
      exc |= q.ints[j * pre + k] > 0;
      inh |= q.ints[j * pre + k] < 0;
    }
    excRows += exc;
    inhRows += inh;
  }
  EncodedWeights encoded;
  encoded.registers = {
      builder.getNamedAttr("weight_scale",
                           builder.getF64FloatAttr(scale.value)),
      builder.getNamedAttr("exc_rows", builder.getI64IntegerAttr(excRows)),
      builder.getNamedAttr("inh_rows", builder.getI64IntegerAttr(inhRows))};
  encoded.description =
      llvm::formatv("6-bit weights, {0} w{1} rounded half away from zero "
                    "into +-{2}; {3} excitatory and {4} inhibitory rows",
                    formatNumber(scale.value), gained ? " w_in" : "",
                    kWeightMax, excRows, inhRows)
          .str();
  encoded.values = std::move(q);
  return encoded;
}

void BrainScaleS2Model::emitQuantizationCaveats(DeviceOp device) const {
  device.emitWarning()
      << getDisplayName()
      << " is analog: leak, reset and threshold are the calibration targets "
      << kLeakTarget << ", " << kResetTarget << " and " << kThresholdTarget
      << " CADC units, not NIR's v_leak, v_reset and v_threshold (kept as "
         "*_model registers), and time constants run "
      << formatNumber(kSpeedup) << "x faster than NIR's";
}

//===----------------------------------------------------------------------===//
// Emulation: the analog neuron in continuous time, read through the CADC
//
// The circuit integrates NIR's CubaLIF ODE in continuous time, so a step is
// its exact solution (sim.cuba_step, the ideal run's solver), with what the
// registers hold in place of NIR's values: the 6-bit weights, the time
// constants and capacitance, and the calibration targets, which reset a
// neuron to the reset target (80, the leak's) wherever NIR's v_reset is.
// Input spikes enter as in the ideal run (a count held over the step), so
// the difference from it is the chip's. Not emulated:
// - hxtorch's mock "one dt synaptic delay between input and output" (the
//   membrane stepped from the previous step's current): an artifact of its
//   forward-Euler step, not of the circuit [judged];
// - the refractory period, hxtorch's default 1 us on the chip (1 ms of
//   model time), which from_nir leaves in place [code]: the exact step has
//   no refractory clamp;
// - fixed-pattern mismatch of the calibrated values (handled apart).
//===----------------------------------------------------------------------===//

/// The first value of float register `name` (one for a whole population:
/// hxtorch calibrates layers as a whole).
static double getFirstFloat(DictionaryAttr registers, StringRef name) {
  auto array = registers.getAs<DenseFPElementsAttr>(name);
  return array ? (*array.getValues<APFloat>().begin()).convertToDouble() : 0.0;
}

FailureOr<NeuronEmulation>
BrainScaleS2Model::getNeuronEmulation(PopulationOp population,
                                      EmulationVariant) const {
  DictionaryAttr registers = population.getRegistersAttr();
  auto target = [&](StringRef name) -> double {
    SmallVector<int64_t> values = getRegisterValues(registers, name);
    return values.empty() ? 0.0 : double(values.front());
  };
  auto model = [&](StringRef name) { return getFirstFloat(registers, name); };
  NeuronEmulation e;
  e.arithmetic = NeuronArithmetic::ContinuousTime;
  ContinuousEmulation &c = e.continuous;
  c.hasCurrent = true; // CubaLIF, CubaLI
  // The registers hold the time constants in hardware seconds, NIR's x 1e-3
  // (the circuit runs 1000x faster than the model); emulated in model time,
  // x 1000 maps them back onto NIR's seconds and the run's dt.
  double tauMem = model("tau_mem_hw") * kSpeedup,
         tauSyn = model("tau_syn_hw") * kSpeedup;
  // The capacitance register is the fraction of 63 LSB of the layer's model
  // capacitance tau_mem / r (HXTransformedModelParameter), and the leak
  // conductance C / tau_mem: r = tau_mem / C.
  double capacitance = model("membrane_capacitance_model") *
                       target("membrane_capacitance") / kCapacitanceMax;
  if (!(tauMem > 0) || !(tauSyn > 0) || !(capacitance > 0))
    return population.emitError()
           << "'" << population.getNirOp() << "' \"" << population.getName()
           << "\" lacks tau_mem_hw, tau_syn_hw or a positive membrane "
              "capacitance: run chip-quantize first";
  c.tauMem = {tauMem};
  c.tauSyn = {tauSyn};
  c.r = {tauMem / capacitance};
  c.wIn = {1.0}; // folded into the weights by quantize
  // The calibration targets are CADC values: the leak and the threshold
  // anchor them to NIR volts (MixedHXModelParameter's model and hardware
  // values), which gives the CADC's LSB; a readout has only its leak, and
  // hxtorch's trace_scale gives the LSB.
  double leak = model("leak_model"), lsb = kTraceScale;
  if (isSpikingModel(population.getModel())) {
    double threshold = model("threshold_model");
    lsb = (threshold - leak) / (target("threshold") - target("leak"));
    if (!(lsb > 0) || !std::isfinite(lsb))
      return emitNodeError(population)
             << "v_threshold = " << formatNumber(threshold)
             << " must lie above v_leak = " << formatNumber(leak) << ", as "
             << getDisplayName() << "'s threshold target "
             << int64_t(target("threshold")) << " lies above its leak target "
             << int64_t(target("leak"));
    c.vThreshold = {threshold};
    c.vReset = {leak + lsb * (target("reset") - target("leak"))};
  }
  c.vLeak = {leak};
  c.initialMembrane = {leak};        // at rest, at the leak potential
  c.reset = sim::ResetMode::ToValue; // [code] hxtorch: v = v_reset where z
  // The recorded membrane is the 8-bit CADC's sample: NIR v = leak + LSB
  // x (code - leak target).
  c.adcBits = kCadcBits;
  e.membraneUnit = lsb;
  e.membraneOffset = leak - lsb * target("leak");
  return e;
}

FailureOr<SynapseEmulation>
BrainScaleS2Model::getSynapseEmulation(SynapsesOp synapses,
                                       EmulationVariant) const {
  SynapseEmulation e;
  for (APInt w : synapses.getQweightAttr().getValues<APInt>())
    e.weight.push_back(w.getSExtValue());
  // weight_scale (64) LSB per unit NIR weight, w_in included.
  e.weightUnit =
      1 / getFloatRegister(synapses.getRegistersAttr(), "weight_scale", 1);
  // Spikes reach their targets in continuous time, within the step; a
  // recurrent block reads the previous step's spikes, where the ideal run
  // cuts the cycle too. (A cycle through several populations is left
  // uncut, and rejected.)
  e.delaySteps =
      synapses.getSource() == synapses.getTargetPopulation().getNeurons() ? 1
                                                                          : 0;
  return e;
}

//===----------------------------------------------------------------------===//
// Device mismatch
//===----------------------------------------------------------------------===//

/// calix's hardware acceptance test of the threshold calibration
/// ([code] tests/hw/py/test_neuron_threshold_calibration.py): at most 5 % of
/// neurons lie more than 8 CADC LSB from the median threshold.
constexpr double kThresholdOutlierLsb = 8, kThresholdOutlierFraction = 0.05;

std::pair<std::string, std::string>
BrainScaleS2Model::getDefaultMismatch() const {
  // Read as a normal spread, the bound puts 8 LSB at the two-sided 95 %
  // point: sigma = 8 / 1.96 LSB, relative to the 70 LSB between the leak and
  // the threshold targets that NIR's v_threshold (over v_leak = 0) maps to.
  // The other acceptance bounds are ratios to the uncalibrated spread, which
  // calix does not state, so they give no number.
  boost::math::normal standard;
  double sigmaLsb =
      kThresholdOutlierLsb /
      boost::math::quantile(standard, 1 - kThresholdOutlierFraction / 2);
  double relative = sigmaLsb / double(kThresholdTarget - kLeakTarget);
  std::string spec = llvm::formatv("v_threshold={0:f3}", relative).str();
  std::string source = llvm::formatv(
      "an upper bound derived from calix's threshold acceptance test: at most "
      "{0:f0}% of neurons more than {1:f0} CADC LSB from the median, read as a "
      "normal spread of {2:f1} LSB over the {3} LSB from leak to threshold; "
      "tau, v_leak and weight spreads after calibration are not published "
      "as numbers, so they are not assumed",
      kThresholdOutlierFraction * 100, kThresholdOutlierLsb, sigmaLsb,
      kThresholdTarget - kLeakTarget);
  return {spec, source};
}

const TargetModel &nirc::chip::getBrainScaleS2Model() {
  static const BrainScaleS2Model model;
  return model;
}
