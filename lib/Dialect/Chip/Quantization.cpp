//===- Quantization.cpp - shared arithmetic of the target models ----------===//

#include "nirc/Dialect/Chip/Quantization.h"

#include "mlir/IR/Builders.h"
#include "llvm/Support/Format.h"

#include <cmath>

using namespace mlir;
using namespace nirc::chip;

int64_t nirc::chip::roundToInteger(double value, Rounding rounding) {
  switch (rounding) {
  case Rounding::HalfEven:
    return static_cast<int64_t>(std::nearbyint(value)); // FE_TONEAREST
  case Rounding::HalfAwayFromZero:
    return static_cast<int64_t>(std::round(value));
  case Rounding::TowardZero:
    return static_cast<int64_t>(std::trunc(value));
  }
  llvm_unreachable("unknown rounding");
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
