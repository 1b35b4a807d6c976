//===- ElementsUtils.cpp - reading NIR parameter values -------------------===//
//
// Parameters can hold tens of millions of values, so they are read straight
// from the attribute's little-endian storage with one typed loop per dtype,
// never through an APFloat/APInt per element.
//
//===----------------------------------------------------------------------===//

#include "nirc/Support/ElementsUtils.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "llvm/ADT/APFloat.h"
#include <cstring>

using namespace mlir;

namespace nirc {

/// Visits `count` elements of type T stored in `raw` (one element when
/// `splat`), converted to double.
template <typename T>
static void visitRaw(ArrayRef<char> raw, int64_t count, bool splat,
                     llvm::function_ref<bool(int64_t, double)> visit) {
  for (int64_t i = 0; i < count; ++i) {
    T value;
    std::memcpy(&value, raw.data() + (splat ? 0 : i) * sizeof(T), sizeof(T));
    if (!visit(i, static_cast<double>(value)))
      return;
  }
}

/// Float16 (and other non-native floats) go through APFloat.
static void visitRawFloat(ArrayRef<char> raw, int64_t count, bool splat,
                          FloatType type,
                          llvm::function_ref<bool(int64_t, double)> visit) {
  unsigned bytes = type.getWidth() / 8;
  for (int64_t i = 0; i < count; ++i) {
    uint64_t bits = 0;
    std::memcpy(&bits, raw.data() + (splat ? 0 : i) * bytes, bytes);
    APFloat value(type.getFloatSemantics(), APInt(type.getWidth(), bits));
    if (!visit(i, value.convertToDouble()))
      return;
  }
}

bool forEachValueAsDouble(ElementsAttr attr,
                          llvm::function_ref<bool(int64_t, double)> visit) {
  Type elementType = attr.getElementType();
  unsigned width = elementType.getIntOrFloatBitWidth();
  int64_t count = attr.getNumElements();
  // Booleans are bit-packed in dense storage.
  if (auto dense = dyn_cast<DenseElementsAttr>(attr); dense && width == 1) {
    for (auto [i, value] : llvm::enumerate(dense.getValues<bool>()))
      if (!visit(i, value ? 1.0 : 0.0))
        break;
    return true;
  }
  if (width % 8 != 0 || width > 64)
    return false;
  ArrayRef<char> raw;
  bool splat = false;
  if (auto dense = dyn_cast<DenseElementsAttr>(attr)) {
    raw = dense.getRawData();
    splat = dense.isSplat();
  } else if (auto resource = dyn_cast<DenseResourceElementsAttr>(attr)) {
    if (AsmResourceBlob *blob = resource.getRawHandle().getBlob())
      raw = blob->getData();
  } else {
    return false;
  }
  int64_t storedElements = splat ? 1 : count;
  if (static_cast<int64_t>(raw.size()) < storedElements * (width / 8))
    return false;
  if (elementType.isF32())
    visitRaw<float>(raw, count, splat, visit);
  else if (elementType.isF64())
    visitRaw<double>(raw, count, splat, visit);
  else if (auto floatType = dyn_cast<FloatType>(elementType))
    visitRawFloat(raw, count, splat, floatType, visit);
  else if (elementType.isUnsignedInteger())
    switch (width) {
    case 8:
      visitRaw<uint8_t>(raw, count, splat, visit);
      break;
    case 16:
      visitRaw<uint16_t>(raw, count, splat, visit);
      break;
    case 32:
      visitRaw<uint32_t>(raw, count, splat, visit);
      break;
    default:
      visitRaw<uint64_t>(raw, count, splat, visit);
    }
  else
    switch (width) {
    case 8:
      visitRaw<int8_t>(raw, count, splat, visit);
      break;
    case 16:
      visitRaw<int16_t>(raw, count, splat, visit);
      break;
    case 32:
      visitRaw<int32_t>(raw, count, splat, visit);
      break;
    default:
      visitRaw<int64_t>(raw, count, splat, visit);
    }
  return true;
}

} // namespace nirc

std::vector<double> nirc::getValuesAsDoubles(ElementsAttr attr, int64_t size) {
  std::vector<double> values(size);
  bool broadcast = attr.getNumElements() == 1;
  forEachValueAsDouble(attr, [&](int64_t i, double value) {
    if (broadcast)
      std::fill(values.begin(), values.end(), value);
    else
      values[i] = value;
    return !broadcast;
  });
  return values;
}
