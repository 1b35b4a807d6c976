//===- ImportNIRIsolated.cpp - import a .nir file in a child process ------===//
//
// libhdf5 is C and trusts the file: some corrupt files crash it or make it
// loop. The child imports into a context of its own (a forked copy of the
// parent's may hold locks of threads that were not forked) and sends back
// its diagnostics and the module as bytecode; the parent emits the
// diagnostics on its own context, so that whoever handles them there (the
// command line prints them, the Python module raises them) sees them as if
// the import had run in-process, and parses the module into its context.
//
//===----------------------------------------------------------------------===//

#include "nirc/Support/ChildProcess.h"
#include "nirc/Target/NIR/NIRFormat.h"

#include "mlir/Bytecode/BytecodeWriter.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBufferRef.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;

/// The child's reply: a record per diagnostic (severity byte, 32-bit
/// little-endian length, message), an empty record, then the bytecode.
static void writeRecord(llvm::raw_ostream &os, uint8_t severity,
                        StringRef message) {
  os << char(severity);
  char length[4];
  llvm::support::endian::write32le(length, message.size());
  os.write(length, 4);
  os << message;
}

/// Emits the child's diagnostics on `context` at the file, and returns the
/// bytecode that follows them.
static StringRef replayDiagnostics(StringRef reply, StringRef name,
                                   MLIRContext *context) {
  Location file = FileLineColLoc::get(context, name, 0, 0);
  while (reply.size() >= 5) {
    auto severity = DiagnosticSeverity(uint8_t(reply[0]));
    uint32_t length = llvm::support::endian::read32le(reply.data() + 1);
    reply = reply.drop_front(5);
    if (length == 0)
      break;
    StringRef message = reply.take_front(length);
    reply = reply.drop_front(length);
    Diagnostic diag(file, severity);
    diag << message;
    context->getDiagEngine().emit(std::move(diag));
  }
  return reply;
}

static OwningOpRef<ModuleOp>
importInChild(StringRef name, MLIRContext *context, uint64_t fileBytes,
              const nirc::ReadLimits &limits,
              llvm::function_ref<OwningOpRef<ModuleOp>(MLIRContext *)> import) {
  nirc::ChildResult child = nirc::readInChild(
      fileBytes,
      [&](int fd) {
        MLIRContext isolated(context->getDialectRegistry(),
                             MLIRContext::Threading::DISABLED);
        isolated.printOpOnDiagnostic(false);
        llvm::raw_fd_ostream reply(fd, /*shouldClose=*/false);
        ScopedDiagnosticHandler forward(&isolated, [&](Diagnostic &diag) {
          writeRecord(reply, uint8_t(diag.getSeverity()), diag.str());
        });
        OwningOpRef<ModuleOp> module = import(&isolated);
        writeRecord(reply, 0, "");
        if (!module || failed(writeBytecodeToFile(*module, reply)))
          return 1;
        reply.flush();
        return 0;
      },
      limits);

  switch (child.status) {
  case nirc::ChildResult::Status::Succeeded:
    return parseSourceString<ModuleOp>(
        replayDiagnostics(child.output, name, context), context, name);
  case nirc::ChildResult::Status::Failed:
    replayDiagnostics(child.output, name, context);
    return nullptr;
  default:
    emitError(FileLineColLoc::get(context, name, 0, 0))
        << nirc::describeFailedRead(child);
    return nullptr;
  }
}

OwningOpRef<ModuleOp>
nirc::importNIRFileIsolated(StringRef path, MLIRContext *context,
                            const ImportNIROptions &options,
                            const ReadLimits &limits) {
  uint64_t fileBytes = 0;
  (void)llvm::sys::fs::file_size(path, fileBytes);
  return importInChild(path, context, fileBytes, limits,
                       [&](MLIRContext *isolated) {
                         return importNIRFile(path, isolated, options);
                       });
}

OwningOpRef<ModuleOp>
nirc::importNIRImageIsolated(llvm::MemoryBufferRef image, MLIRContext *context,
                             const ImportNIROptions &options,
                             const ReadLimits &limits) {
  return importInChild(image.getBufferIdentifier(), context,
                       image.getBufferSize(), limits,
                       [&](MLIRContext *isolated) {
                         return importNIRImage(image, isolated, options);
                       });
}
