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

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fstream>
#include <new>
#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace nirc;

std::string nirc::describeSignal(int signal) {
  return "signal " + std::to_string(signal) + " (" + strsignal(signal) + ")";
}

// The exit status of a child whose allocation failed against its limit.
static constexpr int kOutOfMemoryExit = 125;

[[noreturn]] static void exitOutOfMemory() { _exit(kOutOfMemoryExit); }

bool nirc::canLimitChildMemory() {
#ifdef NIRC_HAS_ASAN
  return false;
#else
  return true;
#endif
}

// Caps the child's address space at its present size plus `bytes`.
static void limitAddressSpace(uint64_t bytes) {
  if (!canLimitChildMemory())
    return;
  // The first field of /proc/self/statm is the virtual size in pages.
  uint64_t pages = 0;
  std::ifstream("/proc/self/statm") >> pages;
  uint64_t limit = pages * uint64_t(sysconf(_SC_PAGESIZE)) + bytes;
  rlimit cap{limit, limit};
  setrlimit(RLIMIT_AS, &cap);
  std::set_new_handler(exitOutOfMemory);
  llvm::install_bad_alloc_error_handler(
      [](void *, const char *, bool) { exitOutOfMemory(); });
}

ChildResult nirc::runInChild(llvm::function_ref<int(int fd)> work,
                             double timeoutSeconds, uint64_t memoryLimitBytes) {
  ChildResult result;
  result.timeoutSeconds = timeoutSeconds;
  result.memoryLimitBytes = memoryLimitBytes;
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
    if (memoryLimitBytes > 0)
      limitAddressSpace(memoryLimitBytes);
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
    if (result.exitCode == 0)
      result.status = ChildResult::Status::Succeeded;
    else if (memoryLimitBytes > 0 && result.exitCode == kOutOfMemoryExit)
      result.status = ChildResult::Status::OutOfMemory;
    else
      result.status = ChildResult::Status::Failed;
  }
  return result;
}

uint64_t nirc::getDefaultReadMemoryLimit(uint64_t fileBytes) {
  return (uint64_t(256) << 20) + 8 * fileBytes;
}

ChildResult nirc::readInChild(llvm::StringRef path,
                              llvm::function_ref<int(int fd)> work,
                              const ReadLimits &limits) {
  // An unreadable file gets the smallest limit; the child reports why.
  uint64_t fileBytes = 0;
  (void)llvm::sys::fs::file_size(path, fileBytes);
  return readInChild(fileBytes, work, limits);
}

ChildResult nirc::readInChild(uint64_t fileBytes,
                              llvm::function_ref<int(int fd)> work,
                              const ReadLimits &limits) {
  uint64_t memoryBytes = limits.memoryBytes;
  if (memoryBytes == 0)
    memoryBytes = getDefaultReadMemoryLimit(fileBytes);
  return runInChild(work, limits.timeoutSeconds, memoryBytes);
}

namespace {
struct ReadLimitOptions {
  explicit ReadLimitOptions(llvm::cl::OptionCategory &category)
      : timeoutSeconds(
            "read-timeout", llvm::cl::init(60), llvm::cl::value_desc("seconds"),
            llvm::cl::desc("Time a .nir or NIRGraphData file may take to read "
                           "(default 60); a corrupt file can make the HDF5 "
                           "library loop"),
            llvm::cl::cat(category),
            llvm::cl::sub(llvm::cl::SubCommand::getAll())),
        memoryMiB(
            "read-memory-limit", llvm::cl::init(0), llvm::cl::value_desc("MiB"),
            llvm::cl::desc("Memory a .nir or NIRGraphData file may take to "
                           "read (default 256 MiB + 8 times its size); a "
                           "corrupt length can make the HDF5 library ask for "
                           "gigabytes"),
            llvm::cl::cat(category),
            llvm::cl::sub(llvm::cl::SubCommand::getAll())) {}
  llvm::cl::opt<double> timeoutSeconds;
  llvm::cl::opt<unsigned> memoryMiB;
};
} // namespace

static const ReadLimitOptions *readLimitOptions = nullptr;

void nirc::registerReadLimitOptions(llvm::cl::OptionCategory &category) {
  static ReadLimitOptions options(category);
  readLimitOptions = &options;
}

ReadLimits nirc::getReadLimitsFromOptions() {
  if (!readLimitOptions)
    return {};
  return {readLimitOptions->timeoutSeconds,
          uint64_t(readLimitOptions->memoryMiB) << 20};
}

std::string nirc::describeFailedRead(const ChildResult &result) {
  std::string message;
  llvm::raw_string_ostream os(message);
  switch (result.status) {
  case ChildResult::Status::Crashed:
    os << "reading the file crashed the HDF5 library ("
       << describeSignal(result.signal) << "); the file is corrupt";
    break;
  case ChildResult::Status::TimedOut:
    os << "reading the file did not finish within "
       << llvm::format("%g", result.timeoutSeconds)
       << " s; the file is corrupt (the HDF5 library loops on some corrupt "
          "files)";
    break;
  case ChildResult::Status::OutOfMemory:
    os << "reading the file needs more than " << (result.memoryLimitBytes >> 20)
       << " MiB of memory; the file is corrupt or claims more data than it "
          "holds (--read-memory-limit raises the limit)";
    break;
  case ChildResult::Status::NotStarted:
    os << "cannot start a process to read the file: " << result.error;
    break;
  case ChildResult::Status::Succeeded:
  case ChildResult::Status::Failed:
    llvm_unreachable("the child read the file or reported why not");
  }
  return message;
}
