//===- ChildProcess.h - run risky work in a forked child --------*- C++ -*-===//
//
// libhdf5 1.10 crashes or loops forever on some corrupt files. Reading an
// untrusted file in a child process with a time limit turns either into a
// clean error in the parent.
//
//===----------------------------------------------------------------------===//

#ifndef NIRC_SUPPORT_CHILDPROCESS_H
#define NIRC_SUPPORT_CHILDPROCESS_H

#include "llvm/ADT/STLFunctionalExtras.h"

#include <string>

namespace nirc {

struct ChildResult {
  enum class Status {
    Succeeded, // exit status 0; `output` holds what the child wrote
    Failed,    // another exit status (the child reported why)
    Crashed,   // killed by a signal (`signal`)
    TimedOut,  // still running at the deadline, then killed
    NotStarted // pipe or fork failed (`error`)
  };
  Status status = Status::NotStarted;
  int exitCode = 0;
  int signal = 0;
  std::string output;
  std::string error;
};

/// Forks; the child runs `work(fd)`, which writes its result to `fd` and
/// returns the exit status. The parent collects the output for at most
/// `timeoutSeconds`, then kills the child. The child shares stdout and
/// stderr, so its diagnostics appear as usual.
ChildResult runInChild(llvm::function_ref<int(int fd)> work,
                       double timeoutSeconds);

/// "signal 11 (Segmentation fault)".
std::string describeSignal(int signal);

} // namespace nirc

#endif // NIRC_SUPPORT_CHILDPROCESS_H
