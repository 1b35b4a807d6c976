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
#include "llvm/Support/Format.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;

OwningOpRef<ModuleOp>
nirc::importNIRFileIsolated(StringRef path, MLIRContext *context,
                            const ImportNIROptions &options,
                            double timeoutSeconds) {
  ChildResult child = runInChild(
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
      timeoutSeconds);

  Location fileLoc = FileLineColLoc::get(context, path, 0, 0);
  switch (child.status) {
  case ChildResult::Status::Succeeded:
    return parseSourceString<ModuleOp>(child.output, context, path);
  case ChildResult::Status::Failed:
    return nullptr; // the child reported why
  case ChildResult::Status::Crashed:
    emitError(fileLoc) << "reading the file crashed the HDF5 library ("
                       << describeSignal(child.signal)
                       << "); the file is corrupt";
    return nullptr;
  case ChildResult::Status::TimedOut: {
    std::string seconds;
    llvm::raw_string_ostream(seconds) << llvm::format("%g", timeoutSeconds);
    emitError(fileLoc) << "reading the file did not finish within " << seconds
                       << " s; the file is corrupt (the HDF5 library loops "
                          "on some corrupt files)";
    return nullptr;
  }
  case ChildResult::Status::NotStarted:
    emitError(fileLoc) << "cannot start a process to read the file: "
                       << child.error;
    return nullptr;
  }
  llvm_unreachable("unknown child status");
}
