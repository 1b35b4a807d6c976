//===- ChildProcess.h - run risky work in a forked child --------*- C++ -*-===//
//
// libhdf5 1.10 crashes, loops forever or allocates gigabytes on some corrupt
// files. Reading an untrusted file in a child process with a time and a
// memory limit turns each into a clean error in the parent.
//
//===----------------------------------------------------------------------===//

#ifndef NIRC_SUPPORT_CHILDPROCESS_H
#define NIRC_SUPPORT_CHILDPROCESS_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>

namespace llvm::cl {
class OptionCategory;
} // namespace llvm::cl
#include <string>

namespace nirc {

struct ChildResult {
  enum class Status {
    Succeeded,   // exit status 0; `output` holds what the child wrote
    Failed,      // another exit status (the child reported why)
    Crashed,     // killed by a signal (`signal`)
    TimedOut,    // still running at the deadline, then killed
    OutOfMemory, // an allocation failed against the memory limit
    NotStarted   // pipe or fork failed (`error`)
  };
  Status status = Status::NotStarted;
  int exitCode = 0;
  int signal = 0;
  std::string output;
  std::string error;
  // The limits the child ran under.
  double timeoutSeconds = 0;
  uint64_t memoryLimitBytes = 0;
};

/// Forks; the child runs `work(fd)`, which writes its result to `fd` and
/// returns the exit status. The parent collects the output for at most
/// `timeoutSeconds`, then kills the child. With `memoryLimitBytes` > 0 the
/// child may grow its address space by that much only: malloc returns null
/// beyond it (libhdf5 then fails cleanly), and a failed C++ or LLVM
/// allocation ends the child with Status::OutOfMemory (if
/// canLimitChildMemory()).
/// The child shares stdout and stderr, so its diagnostics appear as usual.
ChildResult runInChild(llvm::function_ref<int(int fd)> work,
                       double timeoutSeconds, uint64_t memoryLimitBytes = 0);

/// Whether runInChild can limit the child's memory: not under
/// AddressSanitizer, whose shadow memory needs terabytes of address space.
bool canLimitChildMemory();

/// "signal 11 (Segmentation fault)".
std::string describeSignal(int signal);

/// Limits on reading one untrusted file in a child process.
struct ReadLimits {
  double timeoutSeconds = 60;
  /// 0: the default, getDefaultReadMemoryLimit of the file's size.
  uint64_t memoryBytes = 0;
};

/// 256 MiB plus 8 times the file's size: importing a real model needs
/// about 3 times its data (measured in bench/memory.py), while a corrupt
/// length field can make libhdf5 ask for gigabytes from a 20 KB file.
uint64_t getDefaultReadMemoryLimit(uint64_t fileBytes);

/// Runs `work` in a child under `limits` for the file at `path`.
ChildResult readInChild(llvm::StringRef path,
                        llvm::function_ref<int(int fd)> work,
                        const ReadLimits &limits);
/// The same for a file of `fileBytes` already held in memory.
ChildResult readInChild(uint64_t fileBytes,
                        llvm::function_ref<int(int fd)> work,
                        const ReadLimits &limits);

/// Registers `--read-timeout` and `--read-memory-limit` in every subcommand
/// of the tool (and at its top level), in `category`: the same knobs in every
/// tool that reads untrusted files.
void registerReadLimitOptions(llvm::cl::OptionCategory &category);
/// The limits those options give (the defaults if they were not registered).
ReadLimits getReadLimitsFromOptions();

/// Why reading an untrusted file in a child did not succeed, for a result
/// other than Succeeded and Failed (whose child reported why itself), e.g.
/// "reading the file crashed the HDF5 library (signal 11 ...); the file is
/// corrupt".
std::string describeFailedRead(const ChildResult &result);

} // namespace nirc

#endif // NIRC_SUPPORT_CHILDPROCESS_H
