//===- ChildProcessTest.cpp - runInChild ----------------------------------===//

#include "nirc/Support/ChildProcess.h"

#include "gtest/gtest.h"

#include <csignal>
#include <cstdlib>
#include <cstring>
#include <unistd.h>
#include <vector>

using nirc::ChildResult;
using nirc::runInChild;

TEST(ChildProcess, ReturnsWhatTheChildWrote) {
  ChildResult result = runInChild(
      [](int fd) {
        const char text[] = "hello from the child";
        return write(fd, text, std::strlen(text)) > 0 ? 0 : 3;
      },
      10);
  EXPECT_EQ(result.status, ChildResult::Status::Succeeded);
  EXPECT_EQ(result.output, "hello from the child");
}

TEST(ChildProcess, ReportsAFailingExitStatus) {
  ChildResult result = runInChild([](int) { return 7; }, 10);
  EXPECT_EQ(result.status, ChildResult::Status::Failed);
  EXPECT_EQ(result.exitCode, 7);
}

TEST(ChildProcess, SurvivesACrashInTheChild) {
  ChildResult result = runInChild(
      [](int) {
        std::raise(SIGSEGV);
        return 0;
      },
      10);
  EXPECT_EQ(result.status, ChildResult::Status::Crashed);
  EXPECT_EQ(result.signal, SIGSEGV);
  EXPECT_EQ(nirc::describeSignal(SIGSEGV), "signal 11 (Segmentation fault)");
}

TEST(ChildProcess, KillsAChildThatRunsPastItsTime) {
  ChildResult result = runInChild(
      [](int) {
        for (;;)
          pause();
        return 0;
      },
      0.2);
  EXPECT_EQ(result.status, ChildResult::Status::TimedOut);
}

TEST(ChildProcess, KeepsOutputLargerThanThePipe) {
  // More than a pipe buffer: the parent must read while the child writes.
  ChildResult result = runInChild(
      [](int fd) {
        std::string block(1 << 20, 'x');
        size_t written = 0;
        while (written < block.size()) {
          ssize_t n = write(fd, block.data() + written, block.size() - written);
          if (n <= 0)
            return 1;
          written += size_t(n);
        }
        return 0;
      },
      10);
  EXPECT_EQ(result.status, ChildResult::Status::Succeeded);
  EXPECT_EQ(result.output.size(), size_t(1) << 20);
}

TEST(ChildProcess, MallocBeyondTheMemoryLimitReturnsNull) {
  if (!nirc::canLimitChildMemory())
    GTEST_SKIP() << "no memory limit under AddressSanitizer";
  ChildResult result = runInChild(
      [](int) {
        void *block = std::malloc(size_t(1) << 30);
        return block ? 0 : 3;
      },
      10, uint64_t(64) << 20);
  EXPECT_EQ(result.status, ChildResult::Status::Failed);
  EXPECT_EQ(result.exitCode, 3);
}

TEST(ChildProcess, NewBeyondTheMemoryLimitIsOutOfMemory) {
  if (!nirc::canLimitChildMemory())
    GTEST_SKIP() << "no memory limit under AddressSanitizer";
  ChildResult result = runInChild(
      [](int) {
        std::vector<char> block(size_t(1) << 30);
        return block.empty() ? 3 : 0;
      },
      10, uint64_t(64) << 20);
  EXPECT_EQ(result.status, ChildResult::Status::OutOfMemory);
  EXPECT_EQ(result.memoryLimitBytes, uint64_t(64) << 20);
  EXPECT_EQ(nirc::describeFailedRead(result),
            "reading the file needs more than 64 MiB of memory; the file is "
            "corrupt or claims more data than it holds (--read-memory-limit "
            "raises the limit)");
}

TEST(ChildProcess, TheMemoryLimitLeavesRoomForItsBudget) {
  ChildResult result = runInChild(
      [](int) {
        std::vector<char> block(size_t(32) << 20, 'x');
        return block.back() == 'x' ? 0 : 3;
      },
      10, uint64_t(64) << 20);
  EXPECT_EQ(result.status, ChildResult::Status::Succeeded);
}
