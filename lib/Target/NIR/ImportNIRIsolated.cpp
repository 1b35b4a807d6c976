//===- ImportNIRIsolated.cpp - import a .nir file in a child process ------===//
//
// libhdf5 is C and trusts the file: some corrupt files crash it or make it
// loop. The child imports into a context of its own (a forked copy of the
// parent's may hold locks of threads that were not forked) and sends the
// module back as bytecode, which the parent parses into its context. Every
// reader of untrusted `.nir` files or bytes (nirc, nir-translate) comes
// through here.
//
//===----------------------------------------------------------------------===//

#include "nirc/Support/ChildProcess.h"
#include "nirc/Target/NIR/NIRFormat.h"

#include "mlir/Bytecode/BytecodeWriter.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace nirc;

/// Runs `import` in a child process under `limits` (`fileBytes` sizes the
/// default memory limit) and parses the module it sends back into
/// `context`. Errors name `fileName`.
static OwningOpRef<ModuleOp>
importInChild(StringRef fileName, uint64_t fileBytes, MLIRContext *context,
              const ReadLimits &limits,
              llvm::function_ref<OwningOpRef<ModuleOp>(MLIRContext *)> import) {
  ChildResult child = readInChild(
      fileBytes,
      [&](int fd) {
        MLIRContext isolated(context->getDialectRegistry(),
                             MLIRContext::Threading::DISABLED);
        isolated.printOpOnDiagnostic(false);
        // Diagnostics print as the parent's would, from this process.
        llvm::SourceMgr noSources;
        SourceMgrDiagnosticHandler print(noSources, &isolated);
        OwningOpRef<ModuleOp> module = import(&isolated);
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
    return parseSourceString<ModuleOp>(child.output, context, fileName);
  case ChildResult::Status::Failed:
    return nullptr; // the child reported why
  default:
    emitError(FileLineColLoc::get(context, fileName, 0, 0))
        << describeFailedRead(child);
    return nullptr;
  }
}

OwningOpRef<ModuleOp>
nirc::importNIRFileIsolated(StringRef path, MLIRContext *context,
                            const ImportNIROptions &options,
                            const ReadLimits &limits) {
  // An unreadable file gets the smallest limit; the child reports why.
  uint64_t fileBytes = 0;
  (void)llvm::sys::fs::file_size(path, fileBytes);
  return importInChild(path, fileBytes, context, limits,
                       [&](MLIRContext *isolated) {
                         return importNIRFile(path, isolated, options);
                       });
}

OwningOpRef<ModuleOp>
nirc::importNIRImageIsolated(llvm::MemoryBufferRef image, MLIRContext *context,
                             const ImportNIROptions &options,
                             const ReadLimits &limits) {
  return importInChild(image.getBufferIdentifier(), image.getBufferSize(),
                       context, limits, [&](MLIRContext *isolated) {
                         llvm::SourceMgr sourceMgr;
                         sourceMgr.AddNewSourceBuffer(
                             llvm::MemoryBuffer::getMemBuffer(
                                 image, /*RequiresNullTerminator=*/false),
                             llvm::SMLoc());
                         return importNIR(sourceMgr, isolated, options);
                       });
}
