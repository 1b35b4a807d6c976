//===- OutputFile.cpp - write an output file whole or not at all ----------===//

#include "nirc/Support/OutputFile.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"

llvm::Error nirc::writeOutputFile(
    llvm::StringRef path,
    llvm::function_ref<llvm::Error(llvm::raw_ostream &)> write) {
  llvm::sys::fs::file_status status;
  if (path != "-" && !llvm::sys::fs::status(path, status) &&
      status.type() != llvm::sys::fs::file_type::regular_file) {
    std::error_code error;
    llvm::raw_fd_ostream os(path, error);
    if (error)
      return llvm::errorCodeToError(error);
    return write(os);
  }
  llvm::SmallString<256> resolved;
  bool exists = path != "-" && !llvm::sys::fs::real_path(path, resolved);
  return llvm::writeToOutput(exists ? resolved.str() : path, write);
}
