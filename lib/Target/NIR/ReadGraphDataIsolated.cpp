//===- ReadGraphDataIsolated.cpp - read NIRGraphData in a child process ---===//
//
// As ImportNIRIsolated.cpp for models: libhdf5 may crash or loop on a
// corrupt file. The child reads the untrusted file and writes what it read
// to a temporary file with our own writer, which the parent then reads.
//
//===----------------------------------------------------------------------===//

#include "nirc/Support/ChildProcess.h"
#include "nirc/Target/NIR/GraphData.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

#include <unistd.h>

using namespace nirc;

static llvm::Error fail(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

llvm::Expected<GraphData> nirc::readGraphDataIsolated(llvm::StringRef path,
                                                      double timeoutSeconds) {
  llvm::SmallString<128> copy;
  if (std::error_code error =
          llvm::sys::fs::createTemporaryFile("nirc-graph-data", "h5", copy))
    return fail("cannot create a temporary file: " + error.message());
  llvm::FileRemover removeCopy(copy);

  // The child writes "ok" after the copy, or the error message.
  ChildResult child = runInChild(
      [&](int fd) {
        llvm::raw_fd_ostream reply(fd, /*shouldClose=*/false);
        llvm::Expected<GraphData> data = readGraphData(path);
        llvm::Error error =
            data ? writeGraphData(*data, copy) : data.takeError();
        if (error) {
          reply << llvm::toString(std::move(error));
          return 1;
        }
        reply << "ok";
        return 0;
      },
      timeoutSeconds);

  switch (child.status) {
  case ChildResult::Status::Succeeded:
    return readGraphData(copy.str());
  case ChildResult::Status::Failed:
    return fail(child.output);
  case ChildResult::Status::Crashed:
    return fail(path + ": reading the file crashed the HDF5 library (" +
                describeSignal(child.signal) + "); the file is corrupt");
  case ChildResult::Status::TimedOut: {
    std::string seconds;
    llvm::raw_string_ostream(seconds) << llvm::format("%g", timeoutSeconds);
    return fail(path + ": reading the file did not finish within " + seconds +
                " s; the file is corrupt (the HDF5 library loops on some "
                "corrupt files)");
  }
  case ChildResult::Status::NotStarted:
    return fail(path +
                ": cannot start a process to read the file: " + child.error);
  }
  llvm_unreachable("unknown child status");
}
