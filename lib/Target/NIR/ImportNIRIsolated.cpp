//===- ImportNIRIsolated.cpp - import a .nir file in a child process ------===//
//
// libhdf5 is C and trusts the file: some corrupt files crash it or make it
// loop. The child imports into a context of its own (a forked copy of the
// parent's may hold locks of threads that were not forked) and sends the
// module back as bytecode, which the parent parses into its context.
//
//===----------------------------------------------------------------------===//

#include "nirc/Support/ChildProcess.h"
#include "nirc/Target/NIR/NIRFormat.h"

#include "mlir/Bytecode/BytecodeWriter.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;

OwningOpRef<ModuleOp>
nirc::importNIRFileIsolated(StringRef path, MLIRContext *context,
                            const ImportNIROptions &options,
                            const ReadLimits &limits) {
  ChildResult child = readInChild(
      path,
      [&](int fd) {
        MLIRContext isolated(context->getDialectRegistry(),
                             MLIRContext::Threading::DISABLED);
        isolated.printOpOnDiagnostic(false);
        // Diagnostics print as the parent's would, from this process.
        llvm::SourceMgr noSources;
        SourceMgrDiagnosticHandler print(noSources, &isolated);
        OwningOpRef<ModuleOp> module = importNIRFile(path, &isolated, options);
        if (!module)
          return 1;
        llvm::raw_fd_ostream os(fd, /*shouldClose=*/false);
        if (failed(writeBytecodeToFile(*module, os)))
          return 1;
        os.flush();
        return 0;
      },
      limits);

  switch (child.status) {
  case ChildResult::Status::Succeeded:
    return parseSourceString<ModuleOp>(child.output, context, path);
  case ChildResult::Status::Failed:
    return nullptr; // the child reported why
  default:
    emitError(FileLineColLoc::get(context, path, 0, 0))
        << describeFailedRead(child);
    return nullptr;
  }
}
