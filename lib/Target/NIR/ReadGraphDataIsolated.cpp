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
#include "llvm/Support/raw_ostream.h"

#include <unistd.h>

using namespace nirc;

static llvm::Error fail(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

llvm::Expected<GraphData>
nirc::readGraphDataIsolated(llvm::StringRef path, const ReadLimits &limits) {
  llvm::SmallString<128> copy;
  if (std::error_code error =
          llvm::sys::fs::createTemporaryFile("nirc-graph-data", "h5", copy))
    return fail("cannot create a temporary file: " + error.message());
  llvm::FileRemover removeCopy(copy);

  // The child writes "ok" after the copy, or the error message.
  ChildResult child = readInChild(
      path,
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
      limits);

  switch (child.status) {
  case ChildResult::Status::Succeeded:
    return readGraphData(copy.str());
  case ChildResult::Status::Failed:
    return fail(child.output);
  default:
    return fail(path + ": " + describeFailedRead(child));
  }
}
