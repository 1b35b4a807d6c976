//===- NIRInterfaces.h - NIR op interfaces ----------------------*- C++ -*-===//

#ifndef NIRC_DIALECT_NIR_NIRINTERFACES_H
#define NIRC_DIALECT_NIR_NIRINTERFACES_H

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/OpDefinition.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>

namespace nirc::nir {

/// A NIR shape, or std::nullopt when it is not known (yet).
using ShapeOrUnknown = std::optional<llvm::SmallVector<int64_t>>;
using OptionalShape = std::optional<llvm::ArrayRef<int64_t>>;
/// Starts a diagnostic on the node being checked, or is null to stay silent.
using EmitErrorFn = llvm::function_ref<mlir::InFlightDiagnostic()>;

/// Starts an error on `op` that names the NIR node: `'nir.lif' op "lif1": `.
mlir::InFlightDiagnostic emitNodeError(mlir::Operation *op);

namespace detail {
/// The NodeOpInterface verifier: parameters, finite values, fan-in shapes
/// agree, and the declared output shape is the inferred one.
mlir::LogicalResult verifyNode(mlir::Operation *op);
} // namespace detail

} // namespace nirc::nir

#include "nirc/Dialect/NIR/NIRInterfaces.h.inc"

#endif // NIRC_DIALECT_NIR_NIRINTERFACES_H
