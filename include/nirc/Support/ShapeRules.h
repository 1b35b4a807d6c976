//===- ShapeRules.h - NIR shape arithmetic ----------------------*- C++ -*-===//
//
// The shape formulas of NIR's primitives, free of MLIR so they can be unit
// tested against brute-force references.
//
//===----------------------------------------------------------------------===//

#ifndef NIRC_SUPPORT_SHAPERULES_H
#define NIRC_SUPPORT_SHAPERULES_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include <cstdint>
#include <optional>
#include <string>

namespace nirc {

/// Output length of a PyTorch-style convolution or pooling window along one
/// axis: floor((in + 2 padding − dilation (kernel − 1) − 1) / stride) + 1.
/// Returns a value < 1 when the window does not fit.
int64_t convOutputLength(int64_t inputLength, int64_t kernel, int64_t stride,
                         int64_t padding, int64_t dilation);

/// The shape after merging dims [startDim, endDim] (negative dims count from
/// the end), or std::nullopt when the dims do not index `shape`.
std::optional<llvm::SmallVector<int64_t>>
flattenShape(llvm::ArrayRef<int64_t> shape, int64_t startDim, int64_t endDim);

/// True when `from` broadcasts to `to` under NumPy's rules.
bool broadcastsTo(llvm::ArrayRef<int64_t> from, llvm::ArrayRef<int64_t> to);

/// Product of the dims (1 for a 0-d shape).
int64_t numElements(llvm::ArrayRef<int64_t> shape);

/// The most channels a NIR signal may have (2^40): far beyond any model, and
/// far from int64 overflow when shapes are multiplied.
constexpr int64_t kMaxSignalElements = int64_t(1) << 40;

/// True when the product of non-negative dims stays within
/// kMaxSignalElements (checked without overflowing).
bool isPlausibleShape(llvm::ArrayRef<int64_t> shape);

/// "[2, 34, 34]", as NIR and NumPy print shapes.
std::string formatShape(llvm::ArrayRef<int64_t> shape);

} // namespace nirc

#endif // NIRC_SUPPORT_SHAPERULES_H
