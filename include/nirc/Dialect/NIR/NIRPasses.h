//===- NIRPasses.h - NIR dialect passes -------------------------*- C++ -*-===//

#ifndef NIRC_DIALECT_NIR_NIRPASSES_H
#define NIRC_DIALECT_NIR_NIRPASSES_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"
#include "nirc/Dialect/NIR/NIRDialect.h"

namespace nirc::nir {
#define GEN_PASS_DECL
#include "nirc/Dialect/NIR/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "nirc/Dialect/NIR/Passes.h.inc"
} // namespace nirc::nir

#endif // NIRC_DIALECT_NIR_NIRPASSES_H
