//===- TranslateFromText.cpp - nir-translate's bounded text input ---------===//

#include "nirc/Support/TranslateFromText.h"
#include "nirc/Support/TextNesting.h"

#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Tools/mlir-translate/Translation.h"

using namespace mlir;

void nirc::registerTranslationFromText(
    llvm::StringRef name, llvm::StringRef description,
    std::function<LogicalResult(ModuleOp, llvm::raw_ostream &)> translate,
    std::function<void(DialectRegistry &)> registerDialects) {
  // The registration lives in mlir-translate's global registry.
  TranslateRegistration(
      name, description,
      [translate, registerDialects](
          const std::shared_ptr<llvm::SourceMgr> &sourceMgr,
          llvm::raw_ostream &output, MLIRContext *context) -> LogicalResult {
        DialectRegistry registry;
        registerDialects(registry);
        context->appendDialectRegistry(registry);
        if (isNestedTooDeep(*sourceMgr))
          return failure();
        OwningOpRef<ModuleOp> module =
            parseSourceFile<ModuleOp>(sourceMgr, ParserConfig(context));
        if (!module || failed(verify(*module)))
          return failure();
        return translate(*module, output);
      });
}
