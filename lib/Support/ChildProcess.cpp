//===- ChildProcess.cpp - run risky work in a forked child ----------------===//

#include "nirc/Support/ChildProcess.h"

#if defined(__SANITIZE_ADDRESS__)
#define NIRC_HAS_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define NIRC_HAS_ASAN 1
#endif
#endif
#ifdef NIRC_HAS_ASAN
#include <sanitizer/common_interface_defs.h>
#endif

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace nirc;

std::string nirc::describeSignal(int signal) {
  return "signal " + std::to_string(signal) + " (" + strsignal(signal) + ")";
}

ChildResult nirc::runInChild(llvm::function_ref<int(int fd)> work,
                             double timeoutSeconds) {
  ChildResult result;
  int fds[2];
  if (pipe(fds) != 0) {
    result.error = std::string("pipe: ") + strerror(errno);
    return result;
  }
  pid_t pid = fork();
  if (pid < 0) {
    result.error = std::string("fork: ") + strerror(errno);
    close(fds[0]);
    close(fds[1]);
    return result;
  }
  if (pid == 0) {
    close(fds[0]);
    // A crash ends the child by its signal, for the parent to report:
    // neither LLVM's crash reporter nor a sanitizer's handler turns it
    // into an exit status or a stack dump.
    for (int crash : {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT})
      std::signal(crash, SIG_DFL);
#ifdef NIRC_HAS_ASAN
    // ASan (which also watches the uninstrumented libhdf5's memcpy) would
    // end the child with exit status 1 after its report; make it a crash.
    __sanitizer_set_death_callback(+[] { std::abort(); });
#endif
    int status = work(fds[1]);
    close(fds[1]);
    // No atexit handlers or static destructors: they belong to the parent.
    _exit(status);
  }
  close(fds[1]);

  using Clock = std::chrono::steady_clock;
  auto deadline = Clock::now() + std::chrono::duration<double>(timeoutSeconds);
  bool timedOut = false;
  char buffer[1 << 16];
  for (;;) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - Clock::now());
    if (left.count() <= 0) {
      timedOut = true;
      break;
    }
    pollfd readable{fds[0], POLLIN, 0};
    int ready =
        poll(&readable, 1, int(std::min<long long>(left.count(), 1000)));
    if (ready < 0 && errno == EINTR)
      continue;
    if (ready <= 0)
      continue;
    ssize_t n = read(fds[0], buffer, sizeof(buffer));
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      break; // the child closed its end: finished or died
    result.output.append(buffer, size_t(n));
  }
  close(fds[0]);
  if (timedOut)
    kill(pid, SIGKILL);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (timedOut)
    result.status = ChildResult::Status::TimedOut;
  else if (WIFSIGNALED(status)) {
    result.status = ChildResult::Status::Crashed;
    result.signal = WTERMSIG(status);
  } else {
    result.exitCode = WEXITSTATUS(status);
    result.status = result.exitCode == 0 ? ChildResult::Status::Succeeded
                                         : ChildResult::Status::Failed;
  }
  return result;
}
