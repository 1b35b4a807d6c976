//===- ElementsUtils.cpp - reading NIR parameter values -------------------===//

#include "nirc/Support/ElementsUtils.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "llvm/ADT/APFloat.h"
#include <cstring>

using namespace mlir;

namespace nirc {

/// Reads element `index` of a little-endian raw buffer of `type`.
static double readRawElement(ArrayRef<char> data, Type type, int64_t index) {
  unsigned width = type.getIntOrFloatBitWidth();
  uint64_t raw = 0;
  std::memcpy(&raw, data.data() + index * (width / 8), width / 8);
  APInt bits(width, raw);
  if (auto floatType = dyn_cast<FloatType>(type))
    return APFloat(floatType.getFloatSemantics(), bits).convertToDouble();
  return type.isUnsignedInteger() ? static_cast<double>(bits.getZExtValue())
                                  : static_cast<double>(bits.getSExtValue());
}

bool forEachValueAsDouble(ElementsAttr attr,
                          llvm::function_ref<bool(int64_t, double)> visit) {
  Type elementType = attr.getElementType();
  if (auto dense = dyn_cast<DenseElementsAttr>(attr)) {
    int64_t count = attr.getNumElements();
    bool isFloat = isa<FloatType>(elementType);
    bool isUnsigned = elementType.isUnsignedInteger();
    for (int64_t i = 0; i < count; ++i) {
      // A splat stores one value; index 0 reads it for every element.
      int64_t at = dense.isSplat() ? 0 : i;
      double value;
      if (isFloat)
        value = dense.getValues<APFloat>()[at].convertToDouble();
      else if (isUnsigned)
        value =
            static_cast<double>(dense.getValues<APInt>()[at].getZExtValue());
      else
        value =
            static_cast<double>(dense.getValues<APInt>()[at].getSExtValue());
      if (!visit(i, value))
        return true;
    }
    return true;
  }
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(attr)) {
    AsmResourceBlob *blob = resource.getRawHandle().getBlob();
    unsigned width = elementType.getIntOrFloatBitWidth();
    if (!blob || width % 8 != 0 || width > 64)
      return false;
    ArrayRef<char> data = blob->getData();
    int64_t count = attr.getNumElements();
    int64_t bytes = width / 8;
    if (static_cast<int64_t>(data.size()) < count * bytes)
      return false;
    for (int64_t i = 0; i < count; ++i)
      if (!visit(i, readRawElement(data, elementType, i)))
        return true;
    return true;
  }
  return false;
}

} // namespace nirc
