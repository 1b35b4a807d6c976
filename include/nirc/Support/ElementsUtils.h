//===- ElementsUtils.h - reading NIR parameter values -----------*- C++ -*-===//

#ifndef NIRC_SUPPORT_ELEMENTSUTILS_H
#define NIRC_SUPPORT_ELEMENTSUTILS_H

#include "mlir/IR/BuiltinAttributeInterfaces.h"
#include "llvm/ADT/STLFunctionalExtras.h"

#include <vector>

namespace nirc {

/// Calls `visit(index, value)` for each element of an integer or float
/// parameter, in C order, converted to double; stops early when `visit`
/// returns false. Handles dense and dense-resource attributes.
/// Returns false when the attribute's storage cannot be read.
bool forEachValueAsDouble(mlir::ElementsAttr attr,
                          llvm::function_ref<bool(int64_t, double)> visit);

/// A per-element parameter's `size` values as doubles, a single value
/// broadcast to all of them.
std::vector<double> getValuesAsDoubles(mlir::ElementsAttr attr, int64_t size);

} // namespace nirc

#endif // NIRC_SUPPORT_ELEMENTSUTILS_H
