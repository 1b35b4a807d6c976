//===- Mismatch.cpp - nir-mismatch pass -----------------------------------===//
//
// Device mismatch as fixed-pattern noise on NIR parameters, one Monte Carlo
// trial at a time (include/nirc/Transforms/Mismatch.h has the model and the
// order of the draws). New values are computed for the whole module first
// and written only when every one of them is valid, so a failure leaves the
// module as it was.
//
//===----------------------------------------------------------------------===//

#include "nirc/Transforms/Mismatch.h"
#include "nirc/Dialect/NIR/NIROps.h"
#include "nirc/Dialect/NIR/NIRPasses.h"
#include "nirc/Support/ElementsUtils.h"
#include "nirc/Support/ShapeRules.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/STLExtras.h"

#include <boost/random/mersenne_twister.hpp>
#include <boost/random/normal_distribution.hpp>
#include <charconv>
#include <cmath>
#include <limits>

namespace nirc::nir {
#define GEN_PASS_DEF_MISMATCH
#include "nirc/Dialect/NIR/Passes.h.inc"
} // namespace nirc::nir

using namespace mlir;
using namespace nirc;

//===----------------------------------------------------------------------===//
// Keys and specs
//===----------------------------------------------------------------------===//

namespace {
struct ParameterInfo {
  MismatchParameter parameter;
  StringRef key;
  bool logNormal;
  StringRef description;
};
} // namespace

/// `description` completes "it perturbs ...".
static constexpr ParameterInfo kParameters[] = {
    {MismatchParameter::Tau, "tau", true,
     "the tau of LI and LIF, and the tau_syn and tau_mem of CubaLI and "
     "CubaLIF that tau_syn and tau_mem do not name"},
    {MismatchParameter::TauMem, "tau_mem", true,
     "the tau_mem of CubaLI and CubaLIF"},
    {MismatchParameter::TauSyn, "tau_syn", true,
     "the tau_syn of CubaLI and CubaLIF"},
    {MismatchParameter::VThreshold, "v_threshold", false,
     "the v_threshold of IF, LIF and CubaLIF"},
    {MismatchParameter::VLeak, "v_leak", false,
     "the v_leak of LI, LIF, CubaLI and CubaLIF"},
    {MismatchParameter::VReset, "v_reset", false,
     "the v_reset of IF, LIF and CubaLIF"},
    {MismatchParameter::R, "r", true,
     "the r of I, IF, LI, LIF, CubaLI and CubaLIF"},
    {MismatchParameter::WIn, "w_in", true,
     "the w_in of CubaLI and CubaLIF, expanded to the population"},
    {MismatchParameter::Weight, "weight", false,
     "the weight of Affine, Linear, Conv1d and Conv2d"},
    {MismatchParameter::Bias, "bias", false,
     "the bias of Affine, expanded to the output, and of Conv1d and Conv2d"},
};

static const ParameterInfo &getInfo(MismatchParameter parameter) {
  return *llvm::find_if(kParameters, [&](const ParameterInfo &info) {
    return info.parameter == parameter;
  });
}

StringRef nirc::getMismatchKey(MismatchParameter parameter) {
  return getInfo(parameter).key;
}

std::optional<MismatchParameter> nirc::getMismatchParameter(StringRef key) {
  for (const ParameterInfo &info : kParameters)
    if (info.key == key)
      return info.parameter;
  return std::nullopt;
}

bool nirc::isLogNormalMismatch(MismatchParameter parameter) {
  return getInfo(parameter).logNormal;
}

/// The shortest decimal that parses back to `value`.
static std::string formatSigma(double value) {
  char buffer[32];
  std::to_chars_result result =
      std::to_chars(buffer, buffer + sizeof(buffer), value);
  return std::string(buffer, result.ptr);
}

std::string MismatchSpec::str() const {
  std::string text;
  for (auto [parameter, sigma] : sigmas) {
    if (!text.empty())
      text += ',';
    text += getMismatchKey(parameter).str() + "=" + formatSigma(sigma);
  }
  return text;
}

static std::string listKeys() {
  std::string keys;
  for (const ParameterInfo &info : kParameters)
    keys += (keys.empty() ? "" : ", ") + info.key.str();
  return keys;
}

static llvm::Error specError(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

llvm::Expected<MismatchSpec> nirc::parseMismatchSpec(StringRef text) {
  MismatchSpec spec;
  if (text.trim().empty())
    return spec;
  SmallVector<StringRef> entries;
  text.split(entries, ',');
  for (StringRef entry : entries) {
    auto [rawKey, rawValue] = entry.split('=');
    StringRef key = rawKey.trim(), value = rawValue.trim();
    if (!entry.contains('=') || key.empty() || value.empty() ||
        value.contains('='))
      return specError("malformed mismatch entry '" + entry.trim() +
                       "': expected key=sigma, e.g. tau=0.05");
    std::optional<MismatchParameter> parameter = getMismatchParameter(key);
    if (!parameter)
      return specError("unknown mismatch parameter '" + key +
                       "'; valid keys are " + listKeys());
    if (llvm::any_of(spec.sigmas, [&](const auto &entry) {
          return entry.first == *parameter;
        }))
      return specError("mismatch parameter '" + key + "' is given twice");
    double sigma;
    if (value.getAsDouble(sigma))
      return specError("sigma '" + value + "' of mismatch parameter '" + key +
                       "' is not a number");
    if (!std::isfinite(sigma))
      return specError("sigma of mismatch parameter '" + key +
                       "' must be finite, got " + value);
    if (sigma < 0)
      return specError("sigma of mismatch parameter '" + key +
                       "' must be non-negative, got " + value);
    spec.sigmas.push_back({*parameter, sigma});
  }
  return spec;
}

std::string nirc::describeMismatchKeys() {
  std::string text;
  for (const ParameterInfo &info : kParameters)
    text += "  " + info.key.str() + ": perturbs " + info.description.str() +
            (info.logNormal ? ", by a log-normal factor\n"
                            : ", as p (1 + sigma N(0,1))\n");
  return text;
}

static uint64_t splitMix64(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

uint64_t nirc::getMismatchTrialSeed(uint64_t seed, uint64_t trial) {
  return splitMix64(splitMix64(seed) ^ trial);
}

static uint64_t getStreamSeed(uint64_t seed, uint64_t trial,
                              MismatchStream stream) {
  uint64_t trialSeed = getMismatchTrialSeed(seed, trial);
  switch (stream) {
  case MismatchStream::NIRParameters:
    return trialSeed;
  case MismatchStream::CalibratedNeurons:
    return splitMix64(trialSeed);
  }
  llvm_unreachable("unknown mismatch stream");
}

MismatchSampler::MismatchSampler(uint64_t seed, uint64_t trial,
                                 MismatchStream stream)
    : engine(getStreamSeed(seed, trial, stream)) {}

void MismatchSampler::perturb(MismatchParameter parameter, double sigma,
                              MutableArrayRef<double> values) {
  bool logNormal = isLogNormalMismatch(parameter);
  double s2 = std::log1p(sigma * sigma);
  double s = std::sqrt(s2);
  for (double &p : values) {
    double n = normal(engine);
    if (sigma == 0 || !std::isfinite(p))
      continue;
    p = logNormal ? p * std::exp(-0.5 * s2 + s * n) : p * (1 + sigma * n);
  }
}

bool nirc::isNeuronMismatch(MismatchParameter parameter) {
  return parameter != MismatchParameter::Weight &&
         parameter != MismatchParameter::Bias;
}

//===----------------------------------------------------------------------===//
// Applying a trial
//===----------------------------------------------------------------------===//

namespace {
/// One parameter of one node with its new value, written once all are known.
struct Update {
  Operation *node;
  StringAttr field;
  Attribute value;
};
} // namespace

/// The fields of `node` that `parameter` perturbs, in draw order.
static SmallVector<StringRef, 2> getFields(Operation *node,
                                           MismatchParameter parameter,
                                           const MismatchSpec &spec) {
  auto named = [&](MismatchParameter other) {
    return llvm::any_of(
        spec.sigmas, [&](const auto &entry) { return entry.first == other; });
  };
  SmallVector<StringRef, 2> candidates;
  switch (parameter) {
  case MismatchParameter::Tau:
    candidates.push_back("tau");
    if (!named(MismatchParameter::TauSyn))
      candidates.push_back("tau_syn");
    if (!named(MismatchParameter::TauMem))
      candidates.push_back("tau_mem");
    break;
  case MismatchParameter::TauMem:
    candidates.push_back("tau_mem");
    break;
  case MismatchParameter::TauSyn:
    candidates.push_back("tau_syn");
    break;
  default:
    candidates.push_back(getMismatchKey(parameter));
  }
  SmallVector<StringRef, 2> fields;
  for (StringRef field : candidates)
    if (node->getAttrOfType<ElementsAttr>(field))
      fields.push_back(field);
  return fields;
}

/// The shape a field is expanded to: one value per neuron or synapse.
static SmallVector<int64_t> getExpandedShape(Operation *node, StringRef field,
                                             ElementsAttr value) {
  ArrayRef<int64_t> own = value.getShapedType().getShape();
  // `w_in` broadcasts to the population, whose shape every other neuron
  // parameter has; `r` exists on every neuron.
  if (field == "w_in")
    if (auto r = node->getAttrOfType<ElementsAttr>("r"))
      return llvm::to_vector(r.getShapedType().getShape());
  // An Affine `bias` broadcasts to the output, (..., out) of (..., out, in).
  if (auto affine = dyn_cast<nir::AffineOp>(node); affine && field == "bias") {
    ArrayRef<int64_t> w = affine.getWeight().getShapedType().getShape();
    SmallVector<int64_t> output(w.drop_back(2));
    output.push_back(w[w.size() - 2]);
    return output;
  }
  return llvm::to_vector(own);
}

/// For each element of `to` in C order, the flat index of the element of
/// `from` that NumPy broadcasting reads.
static std::vector<int64_t> getBroadcastIndices(ArrayRef<int64_t> from,
                                                ArrayRef<int64_t> to) {
  size_t rank = to.size();
  // Strides of `from` aligned right on `to`; 0 along broadcast axes.
  SmallVector<int64_t> strides(rank, 0);
  int64_t stride = 1;
  for (size_t i = 0; i < from.size(); ++i) {
    size_t axis = rank - 1 - i;
    int64_t extent = from[from.size() - 1 - i];
    strides[axis] = extent == 1 ? 0 : stride;
    stride *= extent;
  }
  std::vector<int64_t> indices;
  indices.reserve(numElements(to));
  SmallVector<int64_t> position(rank, 0);
  int64_t source = 0;
  for (int64_t n = numElements(to); n > 0; --n) {
    indices.push_back(source);
    for (size_t axis = rank; axis-- > 0;) {
      source += strides[axis];
      if (++position[axis] < to[axis])
        break;
      source -= strides[axis] * to[axis];
      position[axis] = 0;
    }
  }
  return indices;
}

/// `values` in the element type `type` of `field`, or an error when one
/// does not fit it (an overflow, or, when `keepNonzero`, a nonzero value
/// that rounds to 0).
static FailureOr<DenseElementsAttr> buildAttr(Operation *node, StringRef field,
                                              RankedTensorType type,
                                              ArrayRef<double> values,
                                              bool keepNonzero) {
  auto floatType = cast<FloatType>(type.getElementType());
  auto reject = [&](int64_t index, double value) {
    return nir::emitNodeError(node)
           << "mismatch draws " << value << " for '" << field
           << "' at flat index " << index << ", which " << floatType
           << " cannot hold; is sigma too large?";
  };
  if (floatType.isF64()) {
    for (auto [index, value] : llvm::enumerate(values))
      if (!std::isfinite(value))
        return reject(index, value);
    return DenseElementsAttr::get(type, values);
  }
  if (floatType.isF32()) {
    std::vector<float> converted;
    converted.reserve(values.size());
    for (auto [index, value] : llvm::enumerate(values)) {
      if (!std::isfinite(value) ||
          std::fabs(value) > std::numeric_limits<float>::max())
        return reject(index, value);
      float narrow = static_cast<float>(value);
      if (keepNonzero && value != 0 && narrow == 0)
        return reject(index, value);
      converted.push_back(narrow);
    }
    return DenseElementsAttr::get(type, llvm::ArrayRef(converted));
  }
  std::vector<APFloat> converted;
  converted.reserve(values.size());
  for (auto [index, value] : llvm::enumerate(values)) {
    APFloat narrow(value);
    bool losesInfo;
    narrow.convert(floatType.getFloatSemantics(), APFloat::rmNearestTiesToEven,
                   &losesInfo);
    if (!std::isfinite(value) || !narrow.isFinite() ||
        (keepNonzero && value != 0 && narrow.isZero()))
      return reject(index, value);
    converted.push_back(narrow);
  }
  return DenseElementsAttr::get(type, converted);
}

/// Draws one normal per element of `field` expanded to `shape` (one value
/// per neuron or synapse) and, when sigma > 0, records the perturbed value
/// in `updates`.
static LogicalResult perturbField(Operation *node, StringRef field,
                                  ArrayRef<int64_t> shape,
                                  MismatchParameter parameter, double sigma,
                                  MismatchSampler &sampler,
                                  SmallVectorImpl<Update> &updates) {
  auto value = node->getAttrOfType<ElementsAttr>(field);
  if (sigma > 0 && !isa<FloatType>(value.getElementType()))
    return nir::emitNodeError(node)
           << "'" << field << "' has integer type " << value.getElementType()
           << "; mismatch applies to floating-point parameters only (convert "
              "the file's dtype first)";
  std::vector<double> original;
  if (sigma > 0) {
    original.reserve(value.getNumElements());
    if (!forEachValueAsDouble(value, [&](int64_t, double v) {
          original.push_back(v);
          return true;
        }))
      return nir::emitNodeError(node)
             << "field '" << field << "' cannot be read for mismatch";
  }
  ArrayRef<int64_t> own = value.getShapedType().getShape();
  std::vector<double> perturbed(numElements(shape));
  if (!original.empty()) {
    if (own == shape)
      llvm::copy(original, perturbed.begin());
    else
      for (auto [i, source] : llvm::enumerate(getBroadcastIndices(own, shape)))
        perturbed[i] = original[source];
  }
  // Drawn even when sigma is 0, so that other keys see one stream.
  sampler.perturb(parameter, sigma, perturbed);
  if (sigma == 0)
    return success();
  auto type = RankedTensorType::get(shape, value.getElementType());
  FailureOr<DenseElementsAttr> attr =
      buildAttr(node, field, type, perturbed,
                /*keepNonzero=*/isLogNormalMismatch(parameter));
  if (failed(attr))
    return failure();
  updates.push_back({node, StringAttr::get(node->getContext(), field), *attr});
  return success();
}

/// Fails at `anchor` for each key of `spec` that applied to nothing.
static LogicalResult checkAllApplied(Operation *anchor,
                                     const MismatchSpec &spec,
                                     ArrayRef<int64_t> fieldsPerEntry,
                                     StringRef where) {
  bool unused = false;
  for (auto [entry, count] : llvm::zip(spec.sigmas, fieldsPerEntry)) {
    if (count > 0)
      continue;
    const ParameterInfo &info = getInfo(entry.first);
    anchor->emitError() << "mismatch parameter '" << info.key
                        << "' applies to no " << where << "; it perturbs "
                        << info.description;
    unused = true;
  }
  return failure(unused);
}

LogicalResult nirc::applyMismatch(ModuleOp module, const MismatchSpec &spec,
                                  uint64_t seed, uint64_t trial) {
  MismatchSampler sampler(seed, trial, MismatchStream::NIRParameters);
  SmallVector<Update> updates;
  SmallVector<int64_t> fieldsPerEntry(spec.sigmas.size(), 0);
  // Pre-order: a nested graph's nodes are drawn where the graph stands.
  WalkResult walk = module->walk<WalkOrder::PreOrder>([&](Operation *op) {
    if (!isa<nir::NodeOpInterface>(op))
      return WalkResult::advance();
    for (auto [entry, count] : llvm::zip(spec.sigmas, fieldsPerEntry)) {
      auto [parameter, sigma] = entry;
      for (StringRef field : getFields(op, parameter, spec)) {
        ++count;
        auto value = op->getAttrOfType<ElementsAttr>(field);
        if (failed(perturbField(op, field, getExpandedShape(op, field, value),
                                parameter, sigma, sampler, updates)))
          return WalkResult::interrupt();
      }
    }
    return WalkResult::advance();
  });
  if (walk.wasInterrupted() ||
      failed(
          checkAllApplied(module, spec, fieldsPerEntry, "node of the graph")))
    return failure();
  for (const Update &update : updates)
    update.node->setAttr(update.field, update.value);
  return success();
}

LogicalResult nirc::applyNeuronMismatch(sim::ModelOp model,
                                        const MismatchSpec &spec, uint64_t seed,
                                        uint64_t trial) {
  for (auto [parameter, sigma] : spec.sigmas)
    if (!isNeuronMismatch(parameter))
      return model.emitError()
             << "mismatch parameter '" << getMismatchKey(parameter)
             << "' is a synapse's; a calibrated neuron's mismatch takes "
                "neuron parameters only";
  MismatchSampler sampler(seed, trial, MismatchStream::CalibratedNeurons);
  SmallVector<Update> updates;
  SmallVector<int64_t> fieldsPerEntry(spec.sigmas.size(), 0);
  for (Operation &op : model.getBody().getOps()) {
    Value membrane;
    if (auto step = dyn_cast<sim::CubaStepOp>(op))
      membrane = step.getMembrane();
    else if (auto step = dyn_cast<sim::LeakyStepOp>(op))
      membrane = step.getMembrane();
    else
      continue;
    // Parameters are splats or one value per neuron of the membrane.
    auto shape = cast<RankedTensorType>(membrane.getType()).getShape();
    for (auto [entry, count] : llvm::zip(spec.sigmas, fieldsPerEntry)) {
      auto [parameter, sigma] = entry;
      for (StringRef field : getFields(&op, parameter, spec)) {
        ++count;
        if (failed(perturbField(&op, field, shape, parameter, sigma, sampler,
                                updates)))
          return failure();
      }
    }
  }
  if (failed(
          checkAllApplied(model, spec, fieldsPerEntry, "neuron of the model")))
    return failure();
  for (const Update &update : updates)
    update.node->setAttr(update.field, update.value);
  return success();
}

//===----------------------------------------------------------------------===//
// The pass
//===----------------------------------------------------------------------===//

namespace {
class MismatchPass : public nirc::nir::impl::MismatchBase<MismatchPass> {
public:
  using MismatchBase::MismatchBase;
  void runOnOperation() override;
};
} // namespace

void MismatchPass::runOnOperation() {
  llvm::Expected<MismatchSpec> parsed = parseMismatchSpec(spec);
  if (!parsed) {
    getOperation().emitError()
        << "nir-mismatch: " << llvm::toString(parsed.takeError());
    return signalPassFailure();
  }
  if (failed(applyMismatch(getOperation(), *parsed, seed, trial)))
    return signalPassFailure();
}
