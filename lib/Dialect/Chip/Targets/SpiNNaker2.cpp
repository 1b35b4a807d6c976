//===- SpiNNaker2.cpp - SpiNNaker2 through py-spinnaker2's s2_nir ---------===//
//
// Numbers and rules from docs/chips.md §4 (py-spinnaker2's NIR
// converter s2_nir.py; py-spinnaker2 itself was not readable). A SpiNNaker2
// chip is 152 ARM Cortex-M4F processing elements (PEs); py-spinnaker2 cuts
// every population into chunks of at most max_atoms_per_core neurons, one
// chunk per PE. The PE has a floating-point unit, so the neuron registers
// are floats; only the weights are integers, int8 scaled per post-synaptic
// population to [-127, 127].
//
//===----------------------------------------------------------------------===//

#include "Targets.h"
#include "nirc/Dialect/Chip/ChipOps.h"
#include "nirc/Dialect/Chip/Quantization.h"

#include "mlir/IR/Builders.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MathExtras.h"

#include <cfloat>
#include <cmath>
#include <cstdio>

using namespace mlir;
using namespace nirc;
using namespace nirc::chip;

namespace {
/// Application PEs per chip ([secondary]: open-neuromorphic's SpiNNaker2
/// page, Höppner et al. 2021; one more core manages the chip).
constexpr unsigned kNumPEs = 152;
/// Neurons per PE: the largest max_atoms_per_core of the NICE 2024 NIR
/// tutorial (256; it also uses 128 and 16). py-spinnaker2's own default
/// and hard cap are unknown (its source was not available).
constexpr int64_t kNeuronsPerPE = 256;
/// SRAM per PE: 128 KiB ([derived] from 19 MB per chip over 152 PEs, as
/// docs/chips.md §4.1 gives it).
constexpr int64_t kSramBytesPerPE = 128 * 1024;
/// [assumption] One 32-bit synapse word per stored synapse; py-spinnaker2's
/// synapse word format (weight, delay and index bits) is unknown.
constexpr int64_t kSynapseWordBytes = 4;
/// [assumption] Per-neuron state as 32-bit floats: v, threshold,
/// alpha_decay, i_offset; a CubaLIF adds its excitatory and inhibitory
/// currents and their decays. Program code, stack and spike buffers are
/// not counted, so the SRAM check is optimistic.
constexpr int64_t kLifStateBytes = 4 * 4;
constexpr int64_t kCubaStateBytes = 8 * 4;
/// s2_nir scales weights to [-127, 127] ("TODO: 127 should not be
/// hard-coded") and casts conv kernels to np.int8.
constexpr int64_t kWeightMax = 127;

class SpiNNaker2Model : public TargetModel {
public:
  SpiNNaker2Model() {
    limits = {
        {"pes", kNumPEs, "application PEs per chip"},
        {"neurons_per_pe", kNeuronsPerPE, "neurons per PE"},
        {"neurons", int64_t(kNumPEs) * kNeuronsPerPE, "neurons per chip"},
        {"sram_per_pe_bytes", kSramBytesPerPE, "bytes of SRAM per PE"},
        {"synapse_word_bytes", kSynapseWordBytes, "bytes per synapse word"},
        {"weight_bits", 8, "bits per weight"},
        {"weight_max", kWeightMax, "largest |weight|"},
    };
  }

  StringRef getName() const override { return "spinnaker2"; }
  StringRef getDisplayName() const override { return "SpiNNaker2"; }
  ArrayRef<TargetLimit> getLimits() const override { return limits; }

  unsigned getNumCores() const override { return kNumPEs; }
  StringRef getCoreKind(unsigned) const override { return "pe"; }
  int64_t getNeuronCapacity(unsigned) const override { return kNeuronsPerPE; }
  PlacementStyle getPlacementStyle() const override {
    return PlacementStyle::CorePerSlice;
  }

  /// s2_nir maps LIF and IF to lif_no_delay (lif_conv2d behind a Conv2d)
  /// and CubaLIF to lif_curr_exp_no_delay; it has no LI or CubaLI.
  bool supportsNeuronModel(NeuronModel model, bool) const override {
    return model == NeuronModel::LIF || model == NeuronModel::IF ||
           model == NeuronModel::CubaLIF;
  }
  /// Dense (Affine, Linear) and Conv2d projections, both also behind a
  /// SumPool2d (create_sumpool2d_affine/conv2d_projection).
  bool supportsSynapses(SynapseKind kind, bool) const override {
    return kind == SynapseKind::Dense || kind == SynapseKind::Conv2d;
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
  /// Every neuron register is a float; the weights are the only integers.
  ArrayRef<RegisterRange> getPopulationRegisters() const override { return {}; }
  /// What the PE's neuron kernel runs on, as floats (float32 values in
  /// F64 arrays); v_scale and w_scale only rescale recordings.
  ArrayRef<StringLiteral> getOtherPopulationRegisters() const override {
    static constexpr StringLiteral names[] = {"alpha_decay", "threshold",
                                              "i_offset"};
    return names;
  }
  ArrayRef<RegisterRange> getSynapseRegisters() const override { return {}; }
  RegisterRange getWeightRange() const override {
    return {"weight", -kWeightMax, kWeightMax};
  }

  FailureOr<int64_t> getMaxSliceSize(PopulationOp population,
                                     ArrayRef<SynapsesOp> incoming,
                                     LimitViolation &violation) const override;
  bool fitsOnCore(unsigned core, ArrayRef<SliceOp> placed, SliceOp candidate,
                  LimitViolation &violation) const override;

  /// The PE's float32 neuron kernel (see the Emulation section).
  bool canEmulate() const override { return true; }
  FailureOr<NeuronEmulation>
  getNeuronEmulation(PopulationOp population,
                     EmulationVariant variant) const override;
  FailureOr<SynapseEmulation>
  getSynapseEmulation(SynapsesOp synapses,
                      EmulationVariant variant) const override;
  /// A spike_list source sends at most one spike per neuron and step
  /// [inferred: it holds spike times in steps].
  int64_t getMaxInputEventsPerStep() const override { return 1; }

private:
  SmallVector<TargetLimit> limits;
};
} // namespace

//===----------------------------------------------------------------------===//
// Design rules (s2_nir's create_populations)
//===----------------------------------------------------------------------===//

LogicalResult SpiNNaker2Model::checkDesignRules(DeviceOp device) const {
  for (auto synapses : device.getBody().getOps<SynapsesOp>()) {
    PopulationOp target = synapses.getTargetPopulation();
    // s2_nir: assert is_conv2d == False, "Conv2d with CubaLIF is currently
    // not supported!" (no lif_curr_exp model takes a Conv2DProjection).
    if (synapses.getKind() == SynapseKind::Conv2d &&
        target.getModel() == NeuronModel::CubaLIF)
      return emitNodeError(synapses)
             << "Conv2d with CubaLIF is currently not supported on "
             << getDisplayName() << " (s2_nir); \"" << target.getName()
             << "\" is a '" << target.getNirOp() << "' fed by this convolution";
  }
  return success();
}

//===----------------------------------------------------------------------===//
// Quantisation (s2_nir's convert_LIF, convert_IF, convert_CubaLIF with
// IntegratorMethod.EXPONENTIAL and scale_weights=True)
//===----------------------------------------------------------------------===//

/// A value as the PE's single-precision FPU holds it ([assumption]:
/// py-spinnaker2 packs neuron parameters as 32-bit floats).
static double toSingle(double value) { return double(float(value)); }

namespace {
/// One population's registers, one value per neuron.
struct NeuronRegisters {
  SmallVector<double> alphaDecay, threshold, iOffset, vScale, synDecay;
};
} // namespace

/// The parameters s2_nir can represent, at any w_scale.
static LogicalResult checkParameters(const TargetModel &model,
                                     PopulationOp population) {
  int64_t size = population.getNeurons().getType().getSize();
  NeuronModel neuron = population.getModel();
  bool cuba = neuron == NeuronModel::CubaLIF, leaky = neuron != NeuronModel::IF;
  SmallVector<double> tauMem = population.getParamValues("tau_mem"),
                      tauSyn = population.getParamValues("tau_syn"),
                      r = population.getParamValues("r"),
                      wIn = population.getParamValues("w_in"),
                      vReset = population.getParamValues("v_reset");
  auto badParam = [&](StringRef field, int64_t i, double value, StringRef unit,
                      StringRef why) {
    return emitNodeError(population)
           << field << " = " << formatNumber(value) << unit << " of neuron "
           << i << " " << why;
  };
  for (int64_t i = 0; i < size; ++i) {
    // NIR resets to v_reset; s2_nir offers reset_to_v_reset with the reset
    // voltage fixed at 0 (ResetMethod.ZERO) or reset_by_subtraction.
    if (!vReset.empty() && vReset[i] != 0)
      return badParam("v_reset", i, vReset[i], "",
                      llvm::formatv("cannot be represented: {0} (s2_nir) "
                                    "resets the membrane to 0 or subtracts "
                                    "the threshold",
                                    model.getDisplayName())
                          .str());
    if (!(r[i] > 0) || !std::isfinite(r[i]))
      return badParam("r", i, r[i], "",
                      "must be positive and finite: the membrane is scaled "
                      "by 1/r");
    if (leaky && (!(tauMem[i] > 0) || !std::isfinite(tauMem[i])))
      return badParam("tau_mem", i, tauMem[i], " s",
                      "must be positive and finite for alpha_decay = "
                      "exp(-dt/tau_mem)");
    if (cuba && (!(tauSyn[i] > 0) || !std::isfinite(tauSyn[i])))
      return badParam("tau_syn", i, tauSyn[i], " s",
                      "must be positive and finite for exc_decay = "
                      "exp(-dt/tau_syn)");
    if (cuba && (!(wIn[i] > 0) || !std::isfinite(wIn[i])))
      return badParam("w_in", i, wIn[i], "",
                      "must be positive and finite: the membrane is scaled "
                      "by 1/w_in");
  }
  return success();
}

/// The registers of `population` (checkParameters holds) for weights scaled
/// by `wScale`.
///
/// s2_nir scales the membrane so that a weight lands in it unchanged:
/// LIF v' = v·scale, scale = w_scale / ((1 − α)·r), α = exp(−dt/τ_mem), so
/// v' ← α v' + Σ w_scale·w s + i_offset with i_offset = (1 − α)·v_leak·scale
/// + bias·w_scale is NIR's exact step v ← α v + (1 − α)(v_leak + r I).
/// CubaLIF divides once more by the current's gain (1 − β)·w_in, β =
/// exp(−dt/τ_syn), and adds the bias's steady current to i_offset (as
/// s2_nir does; the bias skips the synaptic filter's first steps).
/// IF has α = 1 and scale = w_scale / (r·dt): the reference simulator
/// integrates v ← v + r·dt·I, where s2_nir's threshold v_th·w_scale/r
/// leaves dt out (the same at s2_nir's default dt = 1 s).
static FailureOr<NeuronRegisters> computeRegisters(const TargetModel &model,
                                                   PopulationOp population,
                                                   double wScale, double dt) {
  int64_t size = population.getNeurons().getType().getSize();
  NeuronModel neuron = population.getModel();
  bool cuba = neuron == NeuronModel::CubaLIF, leaky = neuron != NeuronModel::IF;
  SmallVector<double> tauMem = population.getParamValues("tau_mem"),
                      tauSyn = population.getParamValues("tau_syn"),
                      r = population.getParamValues("r"),
                      vLeak = population.getParamValues("v_leak"),
                      wIn = population.getParamValues("w_in"),
                      vTh = population.getParamValues("v_threshold"),
                      bias = population.getParamValues("bias");
  NeuronRegisters regs;
  for (int64_t i = 0; i < size; ++i) {
    double alpha = 1, gain = r[i] * dt;
    if (leaky) {
      alpha = std::exp(-dt / tauMem[i]);
      gain = -std::expm1(-dt / tauMem[i]) * r[i]; // (1 − α)·r
    }
    double iScale = 1, synDecay = 0;
    if (cuba) {
      synDecay = std::exp(-dt / tauSyn[i]);
      iScale = 1 / (-std::expm1(-dt / tauSyn[i]) * wIn[i]);
    }
    double scale = wScale * iScale / gain;
    double inputBias = bias.empty() ? 0.0 : bias[i];
    double offset = inputBias * wScale * (cuba ? wIn[i] * iScale : 1.0);
    if (leaky)
      offset += -std::expm1(-dt / tauMem[i]) *
                (vLeak.empty() ? 0.0 : vLeak[i]) * scale;

    // The PE holds them as single-precision floats.
    std::pair<StringRef, double> values[] = {{"threshold", vTh[i] * scale},
                                             {"i_offset", offset}};
    for (auto [name, value] : values)
      if (!std::isfinite(value) || std::abs(value) > FLT_MAX)
        return emitNodeError(population)
               << name << " = " << formatNumber(value) << " of neuron " << i
               << " does not fit " << model.getDisplayName()
               << "'s single-precision float registers";
    regs.alphaDecay.push_back(toSingle(alpha));
    regs.threshold.push_back(toSingle(vTh[i] * scale));
    regs.iOffset.push_back(toSingle(offset));
    regs.vScale.push_back(scale);
    regs.synDecay.push_back(toSingle(synDecay));
  }
  return regs;
}

/// s2_nir's neuron model for `population`.
static StringRef getS2NeuronModel(PopulationOp population) {
  if (population.getModel() == NeuronModel::CubaLIF)
    return "lif_curr_exp_no_delay";
  bool conv = llvm::any_of(population.getIncomingSynapses(), [](SynapsesOp s) {
    return s.getKind() == SynapseKind::Conv2d;
  });
  return conv ? "lif_conv2d" : "lif_no_delay";
}

/// s2_nir's weights reach the chip as they are (w_scale scales each
/// neuron's membrane instead, computeRegisters): every weight gain is 1.
FailureOr<NeuronMapping> SpiNNaker2Model::mapNeurons(PopulationOp population,
                                                     double) const {
  if (failed(checkParameters(*this, population)))
    return failure();
  NeuronMapping n;
  n.weightGain.assign(population.getNeurons().getType().getSize(), 1.0);
  return n;
}

/// w_scale = 127 / max|w| over every weight into a population
/// (get_max_abs_weight); a population without weights keeps 1.
FailureOr<ScaleChoice>
SpiNNaker2Model::chooseScale(ArrayRef<MappedPopulation> group) const {
  double maxWeight = 0;
  for (auto [synapses, w] : group.front().incoming) {
    if (!llvm::all_of(w, [](double v) { return std::isfinite(v); }))
      return emitNodeError(synapses) << "weights must be finite numbers";
    maxWeight = std::max(maxWeight, maxAbs(w));
  }
  if (maxWeight > 0)
    return ScaleChoice{kWeightMax / maxWeight, 0, "the largest weight"};
  return ScaleChoice{1.0, 0, "no weights"};
}

FailureOr<DictionaryAttr>
SpiNNaker2Model::encodeNeurons(PopulationOp population, const NeuronMapping &,
                               const ScaleChoice &scale) const {
  MLIRContext *context = population.getContext();
  Builder builder(context);
  double dt = population->getParentOfType<DeviceOp>().getDt().convertToDouble();
  auto regs = computeRegisters(*this, population, scale.value, dt);
  if (failed(regs))
    return failure();
  SmallVector<NamedAttribute> registers = {
      builder.getNamedAttr("neuron_model",
                           builder.getStringAttr(getS2NeuronModel(population))),
      builder.getNamedAttr("alpha_decay",
                           getFloatArray(context, regs->alphaDecay)),
      builder.getNamedAttr("threshold",
                           getFloatArray(context, regs->threshold)),
      builder.getNamedAttr("i_offset", getFloatArray(context, regs->iOffset)),
      // NIR's reset to v_reset = 0 (v_reset != 0 was rejected above);
      // s2_nir's default, reset_by_subtraction, is not NIR's semantics.
      builder.getNamedAttr("reset", builder.getStringAttr("reset_to_v_reset")),
      // Not registers: the factors s2_nir keeps as nir_v_scale (to read
      // recorded voltages back) and nir_w_scale.
      builder.getNamedAttr("v_scale", getFloatArray(context, regs->vScale)),
      builder.getNamedAttr("w_scale", getFloatArray(context, {scale.value}))};
  if (population.getModel() == NeuronModel::CubaLIF) {
    registers.push_back(builder.getNamedAttr(
        "exc_decay", getFloatArray(context, regs->synDecay)));
    registers.push_back(builder.getNamedAttr(
        "inh_decay", getFloatArray(context, regs->synDecay)));
    registers.push_back(
        builder.getNamedAttr("v_reset", getFloatArray(context, {0.0})));
  }
  return builder.getDictionaryAttr(registers);
}

FailureOr<EncodedWeights>
SpiNNaker2Model::encodeWeights(SynapsesOp synapses, ArrayRef<double> w,
                               const ScaleChoice &scale,
                               const QuantizeOptions &options) const {
  Builder builder(synapses.getContext());
  double wScale = scale.value;
  bool conv = synapses.getKind() == SynapseKind::Conv2d;
  // get_conv2d_params casts the scaled kernel with astype(np.int8), which
  // truncates toward zero. Dense weights reach py-spinnaker2 as scaled
  // floats (connection_list_from_dense_weights); how it makes them
  // integers is not visible, so we round to nearest, ties to even (numpy's
  // np.round) [unverified].
  Rounding rounding = conv ? Rounding::TowardZero : Rounding::HalfEven;
  EncodedWeights encoded;
  encoded.values = quantizeValues(w, wScale, rounding, -kWeightMax, kWeightMax);
  if (int64_t saturated = encoded.values.saturated) {
    // Only rounding noise can push past 127.
    if (!options.allowSaturation)
      return emitNodeError(synapses)
             << saturated << " weights exceed " << getDisplayName()
             << "'s int8 range [-127, 127]";
    synapses.emitWarning() << "'" << synapses.getNirOp() << "' \""
                           << synapses.getName() << "\": clipped " << saturated
                           << " weights to [-127, 127]";
  }
  encoded.registers = {
      builder.getNamedAttr("w_scale", builder.getF64FloatAttr(wScale)),
      builder.getNamedAttr(
          "projection",
          builder.getStringAttr(conv ? "Conv2DProjection" : "Projection")),
      builder.getNamedAttr(
          "rounding",
          builder.getStringAttr(conv ? "toward_zero" : "nearest_even"))};
  encoded.description =
      llvm::formatv(
          "int8 {0} weights into \"{1}\", w_scale {2} ({3})",
          stringifySynapseKind(synapses.getKind()),
          synapses.getTargetPopulation().getName(), formatNumber(wScale),
          conv ? "truncated as astype(np.int8)" : "rounded to nearest")
          .str();
  return encoded;
}

//===----------------------------------------------------------------------===//
// Placement: one slice per PE, bounded by max_atoms_per_core and SRAM
//===----------------------------------------------------------------------===//

/// Synapse words one post-synaptic neuron of a dense block stores. s2_nir's
/// connection_list_from_dense_weights lists every (pre, post) pair, zero
/// weights too; behind a k x k SumPool2d each pooled input is k² sources
/// (join_conn_lists). An identity edge (a bare SumPool2d) lists only its
/// non-zero connections (connection_list_for_sumpool2d).
static int64_t getDenseWordsPerNeuron(SynapsesOp synapses) {
  ArrayRef<int64_t> shape = synapses.getWeight().getType().getShape();
  int64_t pool = synapses.getPool() ? (*synapses.getPool())[0] : 1;
  int64_t post = shape[0], pre = shape[1];
  if (synapses.getNirOp() != "nir.identity")
    return pre * pool * pool;
  SmallVector<double> w = getWeightValues(synapses);
  int64_t most = 0;
  for (int64_t i = 0; i < post; ++i)
    most = std::max<int64_t>(
        most, llvm::count_if(ArrayRef<double>(w).slice(i * pre, pre),
                             [](double v) { return v != 0; }));
  return most * pool * pool;
}

FailureOr<int64_t>
SpiNNaker2Model::getMaxSliceSize(PopulationOp population,
                                 ArrayRef<SynapsesOp> incoming,
                                 LimitViolation &violation) const {
  // SRAM per PE holds, per neuron, its state and one word per incoming
  // dense synapse; a Conv2DProjection stores only its int8 kernel, once.
  int64_t perNeuron = population.getModel() == NeuronModel::CubaLIF
                          ? kCubaStateBytes
                          : kLifStateBytes;
  int64_t shared = 0;
  for (SynapsesOp synapses : incoming) {
    if (synapses.getKind() == SynapseKind::Conv2d)
      shared += llvm::alignTo(synapses.getWeight().getNumElements(),
                              kSynapseWordBytes);
    else
      perNeuron += kSynapseWordBytes * getDenseWordsPerNeuron(synapses);
  }
  int64_t fits = (kSramBytesPerPE - shared) / perNeuron;
  if (fits < 1) {
    violation = {shared + perNeuron,
                 "bytes of synapses and state for one neuron", kSramBytesPerPE,
                 "bytes of SRAM per PE"};
    return failure();
  }
  int64_t size = population.getNeurons().getType().getSize();
  return std::min({size, kNeuronsPerPE, fits});
}

bool SpiNNaker2Model::fitsOnCore(unsigned, ArrayRef<SliceOp> placed, SliceOp,
                                 LimitViolation &violation) const {
  // py-spinnaker2 gives every chunk of a population a PE of its own.
  if (placed.empty())
    return true;
  violation = {int64_t(placed.size()) + 1, "slices on one PE", 1,
               "slice per PE"};
  return false;
}

//===----------------------------------------------------------------------===//
// Emulation: the PE's float32 neuron kernel
//
// The PE code of lif_no_delay, lif_conv2d and lif_curr_exp_no_delay is not
// available [gap]; the update below is the only one consistent with the
// scale factors s2_nir computes (convert_LIF/CubaLIF/IF, whose comments
// derive them from it) [inferred]:
//
//     I ← exc_decay·I + Σ w·s          (lif_curr_exp: CubaLIF)
//     v ← alpha_decay·v + I + i_offset  (Σ w·s in place of I without one)
//     spike where v > threshold; v ← v_reset (reset_to_v_reset) or
//     v − threshold (reset_by_subtraction)
//
// with w the int8 weights as they are: s2_nir scales threshold and i_offset
// by w_scale (and v by v_scale), so a weight lands in the registers without
// a division by w_scale. Every register is a float32 on the Cortex-M4F's
// FPU [inferred]; each line is one float32 rounding here, as a fused
// multiply-add would round (a compiler that does not fuse rounds v's line
// two or three times, which can differ in the last bit).
//===----------------------------------------------------------------------===//

/// The values of float register `name`, one per neuron (a single value is
/// every neuron's); empty when there is no such register.
static SmallVector<double> getFloatValues(DictionaryAttr registers,
                                          StringRef name, int64_t size) {
  SmallVector<double> values;
  if (auto array = registers.getAs<DenseFPElementsAttr>(name))
    for (const APFloat &v : array.getValues<APFloat>())
      values.push_back(v.convertToDouble());
  if (values.size() == 1)
    values.resize(size, values.front());
  return values;
}

FailureOr<NeuronEmulation>
SpiNNaker2Model::getNeuronEmulation(PopulationOp population,
                                    EmulationVariant) const {
  DictionaryAttr registers = population.getRegistersAttr();
  int64_t size = population.getNeurons().getType().getSize();
  auto values = [&](StringRef name) {
    return getFloatValues(registers, name, size);
  };
  NeuronEmulation e;
  e.arithmetic = NeuronArithmetic::SteppedFloat32;
  FloatStepEmulation &f = e.floatStep;
  // lif_curr_exp has an excitatory and an inhibitory current with the same
  // decay (exc_decay = inh_decay); their sum is one current [inferred].
  f.hasCurrent = population.getModel() == NeuronModel::CubaLIF;
  f.membraneDecay = values("alpha_decay");
  f.offset = values("i_offset");
  f.threshold = values("threshold");
  if (f.hasCurrent)
    f.currentDecay = values("exc_decay");
  // ResetMethod.ZERO ("reset voltage to 0.0"): a LIF's v_reset is not a
  // parameter; lif_curr_exp's is the register.
  SmallVector<double> vReset = values("v_reset");
  f.resetValue = vReset.empty() ? SmallVector<double>{0.0} : vReset;
  auto reset = registers.getAs<StringAttr>("reset");
  f.reset = reset && reset.getValue() == "reset_by_subtraction"
                ? sim::ResetMode::Subtract
                : sim::ResetMode::ToValue;
  // s2_nir sets no initial v or I, so they start at 0 [inferred], where
  // NIR starts at rest (v_leak).
  f.initialMembrane = f.initialCurrent = {0.0};
  SmallVector<double> vScale = values("v_scale"), wScale = values("w_scale");
  auto holds = [&](ArrayRef<double> register_) {
    return register_.size() == size_t(size);
  };
  if (!holds(f.membraneDecay) || !holds(f.offset) || !holds(f.threshold) ||
      !holds(vScale) || wScale.empty() ||
      (f.hasCurrent && !holds(f.currentDecay)))
    return population.emitError()
           << "'" << population.getNirOp() << "' \"" << population.getName()
           << "\" lacks one of the registers alpha_decay, i_offset, "
              "threshold, exc_decay, v_scale, w_scale: run chip-quantize "
              "first";

  // What s2_nir reads back: v / nir_v_scale. The current, which s2_nir
  // does not record, is w_scale / ((1 − exc_decay)·w_in) times NIR's.
  f.membraneUnit.clear();
  for (double scale : vScale)
    f.membraneUnit.push_back(1 / scale);
  if (f.hasCurrent) {
    double dt =
        population->getParentOfType<DeviceOp>().getDt().convertToDouble();
    SmallVector<double> tauSyn = population.getParamValues("tau_syn"),
                        wIn = population.getParamValues("w_in");
    f.currentUnit.clear();
    for (int64_t j = 0; j < size; ++j)
      f.currentUnit.push_back(-std::expm1(-dt / tauSyn[j]) * wIn[j] /
                              wScale.front());
  }
  return e;
}

FailureOr<SynapseEmulation>
SpiNNaker2Model::getSynapseEmulation(SynapsesOp synapses,
                                     EmulationVariant) const {
  SynapseEmulation e;
  for (APInt w : synapses.getQweightAttr().getValues<APInt>())
    e.weight.push_back(w.getSExtValue());
  // One step per hop, from an input as from a population [inferred]: the
  // NIR paper's CNN notebook (paper/02_cnn/s2_apply.ipynb, conn_delay = 0)
  // shifts the first layer's spikes by one step ("corrected"), and
  // py-spinnaker2's braille example runs a recurrent lif_curr_exp_no_delay
  // projection at delay 0. s2_nir's conn_delay (ConversionConfig, default
  // 1; Conv2DProjection asserts 0) is taken as unused by the *_no_delay and
  // lif_conv2d models, which their names say have no delay buffer.
  e.delaySteps = 1;
  return e;
}

const TargetModel &nirc::chip::getSpiNNaker2Model() {
  static const SpiNNaker2Model model;
  return model;
}
