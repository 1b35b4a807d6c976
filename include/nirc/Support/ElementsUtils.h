//===- ElementsUtils.h - reading NIR parameter values -----------*- C++ -*-===//

#ifndef NIRC_SUPPORT_ELEMENTSUTILS_H
#define NIRC_SUPPORT_ELEMENTSUTILS_H

#include "mlir/IR/BuiltinAttributeInterfaces.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace nirc {

/// Calls `visit(index, value)` for each element of an integer or float
/// parameter, in C order, converted to double; stops early when `visit`
/// returns false. Handles dense and dense-resource attributes.
/// Returns false when the attribute's storage cannot be read.
bool forEachValueAsDouble(mlir::ElementsAttr attr,
                          llvm::function_ref<bool(int64_t, double)> visit);

} // namespace nirc

#endif // NIRC_SUPPORT_ELEMENTSUTILS_H
