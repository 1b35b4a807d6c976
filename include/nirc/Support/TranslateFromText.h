//===- TranslateFromText.h - nir-translate's bounded text input -*- C++ -*-===//

#ifndef NIRC_SUPPORT_TRANSLATEFROMTEXT_H
#define NIRC_SUPPORT_TRANSLATEFROMTEXT_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/DialectRegistry.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <functional>

namespace nirc {

/// Registers an MLIR-to-file translation, as
/// mlir::TranslateFromMLIRRegistration does, whose input is first checked by
/// isNestedTooDeep: MLIR's parser would overflow the stack on text nested
/// thousands of levels deep. The input is always parsed into a module
/// (mlir-translate's `--no-implicit-module` does not apply).
void registerTranslationFromText(
    llvm::StringRef name, llvm::StringRef description,
    std::function<mlir::LogicalResult(mlir::ModuleOp, llvm::raw_ostream &)>
        translate,
    std::function<void(mlir::DialectRegistry &)> registerDialects);

} // namespace nirc

#endif // NIRC_SUPPORT_TRANSLATEFROMTEXT_H
