//===- Quantization.cpp - shared arithmetic of the target models ----------===//

#include "nirc/Dialect/Chip/Quantization.h"

#include "mlir/IR/Builders.h"
#include "llvm/Support/Format.h"

#include <cmath>

using namespace mlir;
using namespace nirc::chip;

int64_t nirc::chip::roundToInteger(double value, Rounding rounding) {
  double rounded = 0;
  switch (rounding) {
  case Rounding::HalfEven:
    rounded = std::nearbyint(value); // FE_TONEAREST
    break;
  case Rounding::HalfAwayFromZero:
    rounded = std::round(value);
    break;
  case Rounding::TowardZero:
    rounded = std::trunc(value);
    break;
  }
  // Far beyond any register: clamp (converting it would be undefined), so
  // that the range checks report it. NaN stays out of every range too.
  constexpr double kLimit = 0x1p62;
  if (!(std::abs(rounded) < kLimit))
    return rounded < 0 ? -int64_t(kLimit) : int64_t(kLimit);
  return static_cast<int64_t>(rounded);
}

std::string nirc::chip::formatNumber(double value, int significantDigits) {
  std::string text;
  llvm::raw_string_ostream(text)
      << llvm::format("%.*g", significantDigits, value);
  return text;
}

double nirc::chip::maxAbs(ArrayRef<double> values) {
  double result = 0;
  for (double v : values)
    result = std::max(result, std::abs(v));
  return result;
}

double QuantizedValues::relativeError() const {
  return maxAbsValue > 0 ? maxAbsError / maxAbsValue : 0;
}

QuantizedValues nirc::chip::quantizeValues(ArrayRef<double> values,
                                           double scale, Rounding rounding,
                                           int64_t min, int64_t max) {
  QuantizedValues result;
  result.ints.reserve(values.size());
  for (double v : values) {
    int64_t q = roundToInteger(v * scale, rounding);
    if (q < min || q > max) {
      ++result.saturated;
      q = std::clamp(q, min, max);
    }
    result.ints.push_back(q);
    result.maxAbsError =
        std::max(result.maxAbsError, std::abs(v - double(q) / scale));
    result.maxAbsValue = std::max(result.maxAbsValue, std::abs(v));
  }
  return result;
}

SmallVector<double> nirc::chip::getWeightValues(SynapsesOp synapses) {
  SmallVector<double> values;
  DenseElementsAttr weight = synapses.getWeight();
  values.reserve(weight.getNumElements());
  for (APFloat v : weight.getValues<APFloat>())
    values.push_back(v.convertToDouble());
  return values;
}

void nirc::chip::setQuantizedWeights(SynapsesOp synapses,
                                     const QuantizedValues &weights,
                                     ArrayRef<NamedAttribute> registers,
                                     StringRef description) {
  Builder builder(synapses.getContext());
  auto type = RankedTensorType::get(synapses.getWeight().getType().getShape(),
                                    builder.getI64Type());
  synapses.setQweightAttr(DenseIntElementsAttr::get(type, weights.ints));
  NamedAttrList all(registers);
  all.set("quant_error", builder.getF64FloatAttr(weights.relativeError()));
  synapses.setRegistersAttr(all.getDictionary(builder.getContext()));
  std::string percent;
  llvm::raw_string_ostream(percent)
      << llvm::format("%.2f", 100 * weights.relativeError());
  synapses.emitRemark() << "'" << synapses.getName() << "': " << description
                        << "; worst error " << formatNumber(weights.maxAbsError)
                        << " (" << percent << "% of max |w| = "
                        << formatNumber(weights.maxAbsValue) << ")";
}

FailureOr<NeuronMapping> nirc::chip::mapPopulation(PopulationOp population) {
  auto device = population->getParentOfType<DeviceOp>();
  const TargetModel &model = device.getTargetModel();
  // The models read only the parameters of the neurons they run.
  if (!model.supportsNeuronModel(population.getModel(), population.isReadout()))
    return emitNodeError(population)
           << model.getDisplayName() << " does not run "
           << stringifyNeuronModel(population.getModel()) << " neurons"
           << (population.isReadout() ? " as a readout" : "");
  for (StringRef param : getNeuronParamNames(population.getModel()))
    if (!population.getParams().get(param))
      return emitNodeError(population)
             << "a " << stringifyNeuronModel(population.getModel())
             << " population needs parameter '" << param << "'";
  return model.mapNeurons(population, device.getDt().convertToDouble());
}

FailureOr<SmallVector<double>>
nirc::chip::getEffectiveWeights(SynapsesOp synapses,
                                const NeuronMapping &target) {
  SmallVector<double> w = getWeightValues(synapses);
  ArrayRef<double> gain = target.weightGain;
  int64_t size = gain.size();
  if (synapses.getKind() != SynapseKind::Conv2d) {
    int64_t pre = w.size() / size;
    for (size_t k = 0; k < w.size(); ++k)
      w[k] *= gain[k / pre];
    return w;
  }
  int64_t channels = synapses.getWeight().getType().getShape()[0];
  int64_t perKernel = w.size() / channels, perChannel = size / channels;
  for (int64_t c = 0; c < channels; ++c) {
    double first = gain[c * perChannel];
    for (int64_t i = 1; i < perChannel; ++i) {
      double other = gain[c * perChannel + i];
      if (std::abs(other - first) > 1e-12 * std::abs(first))
        return emitNodeError(synapses)
               << "neurons " << c * perChannel << " and " << c * perChannel + i
               << " of output channel " << c << " of \""
               << synapses.getTargetPopulation().getName()
               << "\" have different input gains (" << formatNumber(first)
               << " and " << formatNumber(other)
               << ", from r, w_in and the decays), but a conv2d kernel is "
                  "shared by all positions of a channel";
    }
    for (int64_t k = 0; k < perKernel; ++k)
      w[c * perKernel + k] *= first;
  }
  return w;
}

LogicalResult nirc::chip::checkClamped(Operation *op, const TargetModel &model,
                                       const QuantizedValues &quantized,
                                       StringRef what, int64_t min, int64_t max,
                                       double scale, bool allowClipping) {
  if (quantized.saturated == 0)
    return success();
  auto describe = [&](InFlightDiagnostic diag) {
    diag << describeNode(op) << ": " << quantized.saturated << " " << what
         << " exceed " << model.getDisplayName() << "'s range [" << min << ", "
         << max << "] at scale " << formatNumber(scale);
    return diag;
  };
  if (!allowClipping)
    return describe(op->emitError());
  describe(op->emitWarning()) << "; clipped";
  return success();
}

FailureOr<ScaleChoice> nirc::chip::getChosenScale(PopulationOp population) {
  ScaleAttr scale = population.getScaleAttr();
  if (!scale)
    return emitNodeError(population)
           << "has no scale; run chip-choose-scales first";
  return ScaleChoice{scale.getValue().convertToDouble(), scale.getWeightShift(),
                     scale.getBoundBy().str()};
}

template <typename T, typename AttrT>
static AttrT getCompactArray(ArrayRef<T> values, Type elementType) {
  bool allEqual = !values.empty() && llvm::all_equal(values);
  int64_t n = allEqual ? 1 : int64_t(values.size());
  auto type = RankedTensorType::get({n}, elementType);
  return llvm::cast<AttrT>(
      DenseElementsAttr::get(type, allEqual ? values.take_front() : values));
}

DenseIntElementsAttr nirc::chip::getRegisterArray(MLIRContext *context,
                                                  ArrayRef<int64_t> values) {
  return getCompactArray<int64_t, DenseIntElementsAttr>(
      values, IntegerType::get(context, 64));
}

DenseFPElementsAttr nirc::chip::getFloatArray(MLIRContext *context,
                                              ArrayRef<double> values) {
  return getCompactArray<double, DenseFPElementsAttr>(
      values, Float64Type::get(context));
}

SmallVector<int64_t> nirc::chip::getRegisterValues(DictionaryAttr registers,
                                                   StringRef name) {
  SmallVector<int64_t> values;
  if (!registers)
    return values;
  if (auto array = registers.getAs<DenseIntElementsAttr>(name))
    for (APInt v : array.getValues<APInt>())
      values.push_back(v.getSExtValue());
  else if (auto single = registers.getAs<IntegerAttr>(name))
    values.push_back(single.getInt());
  return values;
}

double nirc::chip::getFloatRegister(DictionaryAttr registers, StringRef name,
                                    double fallback) {
  if (auto value = registers ? registers.getAs<FloatAttr>(name) : FloatAttr())
    return value.getValueAsDouble();
  return fallback;
}
