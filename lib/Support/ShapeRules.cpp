//===- ShapeRules.cpp - NIR shape arithmetic ------------------------------===//

#include "nirc/Support/ShapeRules.h"

#include "llvm/Support/raw_ostream.h"

namespace nirc {

int64_t convOutputLength(int64_t inputLength, int64_t kernel, int64_t stride,
                         int64_t padding, int64_t dilation) {
  int64_t span = inputLength + 2 * padding - dilation * (kernel - 1) - 1;
  // Floor division: a negative span means the window does not fit at all.
  if (span < 0)
    return 0;
  return span / stride + 1;
}

std::optional<llvm::SmallVector<int64_t>>
flattenShape(llvm::ArrayRef<int64_t> shape, int64_t startDim, int64_t endDim) {
  int64_t rank = static_cast<int64_t>(shape.size());
  if (startDim < 0)
    startDim += rank;
  if (endDim < 0)
    endDim += rank;
  if (startDim < 0 || endDim >= rank || startDim > endDim ||
      !isPlausibleShape(shape))
    return std::nullopt;
  llvm::SmallVector<int64_t> result(shape.begin(), shape.begin() + startDim);
  result.push_back(numElements(shape.slice(startDim, endDim - startDim + 1)));
  result.append(shape.begin() + endDim + 1, shape.end());
  return result;
}

bool broadcastsTo(llvm::ArrayRef<int64_t> from, llvm::ArrayRef<int64_t> to) {
  if (from.size() > to.size())
    return false;
  for (auto [f, t] : llvm::zip(llvm::reverse(from), llvm::reverse(to)))
    if (f != 1 && f != t)
      return false;
  return true;
}

int64_t numElements(llvm::ArrayRef<int64_t> shape) {
  int64_t count = 1;
  for (int64_t dim : shape)
    count *= dim;
  return count;
}

bool isPlausibleShape(llvm::ArrayRef<int64_t> shape) {
  int64_t count = 1;
  for (int64_t dim : shape) {
    if (dim < 0 || (dim != 0 && count > kMaxSignalElements / dim))
      return false;
    count *= dim;
  }
  return count <= kMaxSignalElements;
}

std::string formatShape(llvm::ArrayRef<int64_t> shape) {
  std::string text;
  llvm::raw_string_ostream os(text);
  os << '[';
  llvm::interleaveComma(shape, os);
  os << ']';
  return text;
}

} // namespace nirc
