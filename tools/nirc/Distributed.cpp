//===- Distributed.cpp - nirc simulate over MPI ranks ---------------------===//
//
// Rank 0 runs pieces on its main thread while a second thread serves the
// other ranks: each sends a report (the piece it finished, with what it
// recorded, and a request for the next) and is answered with the next piece
// in plan order, or with none. Handing pieces out as ranks ask balances
// pieces of unequal cost (a trial whose mismatch makes it spike more, a
// rank on a slower node) without measuring them first. The thread polls
// with MPI_Iprobe and short sleeps: OpenMPI's blocking receive spins, and
// would take a core from the simulation.
//
//===----------------------------------------------------------------------===//

#include "Distributed.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"

#include <mpi.h>

#include <chrono>
#include <cmath>
#include <condition_variable>
#include <csignal>
#include <cstring>
#include <limits>
#include <mutex>
#include <optional>
#include <thread>
#include <type_traits>

using namespace nirc;

namespace {
enum Tag : int {
  /// A report's length in bytes; the bytes follow as kReportBytesTag.
  kReportTag = 1,
  kReportBytesTag,
  /// Rank 0's answer to a report: the next piece, or kNoPiece.
  kPieceTag,
};
constexpr int64_t kNoPiece = -1;
/// MPI counts are ints: a long report goes in parts of at most this.
constexpr int64_t kMaxMessage = int64_t(1) << 30;

llvm::Error fail(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

double secondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
      .count();
}

/// Plain values, strings and vectors as their bytes: every rank runs the
/// same nirc build on the same kind of machine.
class ByteWriter {
public:
  template <typename T> void putValue(T value) {
    static_assert(std::is_trivially_copyable_v<T>);
    bytes.append(reinterpret_cast<const char *>(&value), sizeof(T));
  }
  template <typename T> void putVector(const std::vector<T> &values) {
    putValue<uint64_t>(values.size());
    bytes.append(reinterpret_cast<const char *>(values.data()),
                 values.size() * sizeof(T));
  }
  void putString(llvm::StringRef text) {
    putValue<uint64_t>(text.size());
    bytes.append(text.data(), text.size());
  }
  std::string bytes;
};

/// Reads what a ByteWriter wrote; past the end, every read gives zeros
/// and isValid() turns false.
class ByteReader {
public:
  explicit ByteReader(llvm::StringRef bytes) : rest(bytes) {}
  template <typename T> T getValue() {
    T value{};
    if (llvm::StringRef raw = take(sizeof(T)); !raw.empty())
      std::memcpy(&value, raw.data(), sizeof(T));
    return value;
  }
  template <typename T> std::vector<T> getVector() {
    uint64_t count = getValue<uint64_t>();
    llvm::StringRef raw = take(count <= rest.size() / sizeof(T)
                                   ? count * sizeof(T)
                                   : std::numeric_limits<uint64_t>::max());
    std::vector<T> values(raw.size() / sizeof(T));
    if (!raw.empty())
      std::memcpy(values.data(), raw.data(), raw.size());
    return values;
  }
  std::string getString() { return take(getValue<uint64_t>()).str(); }
  bool isValid() const { return valid; }
  bool isAtEnd() const { return rest.empty(); }
  void invalidate() { take(rest.size() + 1); }

private:
  llvm::StringRef take(uint64_t size) {
    if (size > rest.size()) {
      valid = false;
      rest = {};
      return {};
    }
    llvm::StringRef taken = rest.take_front(size);
    rest = rest.drop_front(size);
    return taken;
  }
  llvm::StringRef rest;
  bool valid = true;
};

/// Recorded values in the narrowest integer type that holds every one of
/// them exactly, else as doubles: spike trains and a chip's registers,
/// most of what an emulated piece records for the cost of compiling, take
/// 1 to 4 bytes a value instead of 8.
void putRecorded(ByteWriter &out, const std::vector<double> &values) {
  bool whole = true;
  double low = 0, high = 0;
  for (double v : values) {
    // NaN fails the first test; -0.0 would come back as +0.0.
    if (!(v == std::trunc(v)) || (v == 0 && std::signbit(v))) {
      whole = false;
      break;
    }
    low = std::min(low, v);
    high = std::max(high, v);
  }
  auto putAs = [&](auto integer) {
    using Int = decltype(integer);
    if (!whole || low < std::numeric_limits<Int>::min() ||
        high > std::numeric_limits<Int>::max())
      return false;
    out.putValue<uint8_t>(sizeof(Int));
    out.putVector(std::vector<Int>(values.begin(), values.end()));
    return true;
  };
  if (putAs(int8_t()) || putAs(int16_t()) || putAs(int32_t()))
    return;
  out.putValue<uint8_t>(sizeof(double));
  out.putVector(values);
}

std::vector<double> getRecorded(ByteReader &in) {
  auto widen = [](const auto &integers) {
    return std::vector<double>(integers.begin(), integers.end());
  };
  switch (in.getValue<uint8_t>()) {
  case sizeof(int8_t):
    return widen(in.getVector<int8_t>());
  case sizeof(int16_t):
    return widen(in.getVector<int16_t>());
  case sizeof(int32_t):
    return widen(in.getVector<int32_t>());
  case sizeof(double):
    return in.getVector<double>();
  default:
    in.invalidate();
    return {};
  }
}

using Recordings = std::vector<std::pair<SignalPort, TimeGriddedData>>;

void putRecordings(ByteWriter &out, const Recordings &recordings) {
  out.putValue<uint64_t>(recordings.size());
  for (const auto &[port, data] : recordings) {
    out.putString(port.node);
    out.putString(port.observable);
    out.putVector(port.shape);
    out.putValue(port.numElements);
    out.putValue<uint8_t>(port.isInteger);
    out.putValue(port.unit);
    out.putValue(port.offset);
    out.putValue(data.numSamples);
    out.putValue(data.numSteps);
    out.putValue(data.numNeurons);
    out.putValue(data.dt);
    putRecorded(out, data.values);
    out.putValue<uint8_t>(data.isSpikes);
    out.putValue<uint8_t>(data.isInteger);
    out.putValue(data.unit);
    out.putValue(data.offset);
  }
}

Recordings getRecordings(ByteReader &in) {
  Recordings recordings;
  for (uint64_t n = in.getValue<uint64_t>(); n > 0 && in.isValid(); --n) {
    SignalPort port;
    port.node = in.getString();
    port.observable = in.getString();
    port.shape = in.getVector<int64_t>();
    port.numElements = in.getValue<int64_t>();
    port.isInteger = in.getValue<uint8_t>();
    port.unit = in.getValue<double>();
    port.offset = in.getValue<double>();
    TimeGriddedData data;
    data.numSamples = in.getValue<int64_t>();
    data.numSteps = in.getValue<int64_t>();
    data.numNeurons = in.getValue<int64_t>();
    data.dt = in.getValue<double>();
    data.values = getRecorded(in);
    data.isSpikes = in.getValue<uint8_t>();
    data.isInteger = in.getValue<uint8_t>();
    data.unit = in.getValue<double>();
    data.offset = in.getValue<double>();
    recordings.emplace_back(std::move(port), std::move(data));
  }
  return recordings;
}

void putPiece(ByteWriter &out, const PieceResult &piece) {
  const SimulationResult &result = piece.result;
  out.putValue(result.numSamples);
  out.putValue(result.numSteps);
  putRecordings(out, result.outputs);
  putRecordings(out, result.probes);
  out.putValue<uint8_t>(uint8_t(result.engine));
  out.putString(result.whyInterpreted);
  out.putValue<uint64_t>(result.secondsByOp.size());
  for (const auto &[op, seconds] : result.secondsByOp) {
    out.putString(op);
    out.putValue(seconds);
  }
  out.putValue<uint64_t>(piece.populations.size());
  for (const EmulatedPopulation &population : piece.populations) {
    out.putString(population.name);
    out.putValue<uint8_t>(population.spiking);
  }
}

PieceResult getPiece(ByteReader &in) {
  PieceResult piece;
  SimulationResult &result = piece.result;
  result.numSamples = in.getValue<int64_t>();
  result.numSteps = in.getValue<int64_t>();
  result.outputs = getRecordings(in);
  result.probes = getRecordings(in);
  result.engine = Engine(in.getValue<uint8_t>());
  result.whyInterpreted = in.getString();
  for (uint64_t n = in.getValue<uint64_t>(); n > 0 && in.isValid(); --n) {
    std::string op = in.getString();
    result.secondsByOp[op] = in.getValue<double>();
  }
  for (uint64_t n = in.getValue<uint64_t>(); n > 0 && in.isValid(); --n) {
    EmulatedPopulation population;
    population.name = in.getString();
    population.spiking = in.getValue<uint8_t>();
    piece.populations.push_back(std::move(population));
  }
  return piece;
}

/// A report to rank 0: its length, then its bytes in parts.
void sendReport(const std::string &bytes) {
  int64_t size = bytes.size();
  MPI_Send(&size, 1, MPI_INT64_T, 0, kReportTag, MPI_COMM_WORLD);
  for (int64_t offset = 0; offset < size; offset += kMaxMessage)
    MPI_Send(bytes.data() + offset, int(std::min(kMaxMessage, size - offset)),
             MPI_BYTE, 0, kReportBytesTag, MPI_COMM_WORLD);
}

/// The report whose length rank `from` has sent.
std::string receiveReport(int from) {
  int64_t size = 0;
  MPI_Recv(&size, 1, MPI_INT64_T, from, kReportTag, MPI_COMM_WORLD,
           MPI_STATUS_IGNORE);
  std::string bytes(size, '\0');
  for (int64_t offset = 0; offset < size; offset += kMaxMessage)
    MPI_Recv(bytes.data() + offset, int(std::min(kMaxMessage, size - offset)),
             MPI_BYTE, from, kReportBytesTag, MPI_COMM_WORLD,
             MPI_STATUS_IGNORE);
  return bytes;
}

/// A report that does not parse is a bug in nirc, not in the user's run:
/// end every rank.
[[noreturn]] void abortOnBrokenReport(int from) {
  llvm::errs() << "error: internal: rank " << from
               << " sent a report rank 0 cannot read\n";
  MPI_Abort(MPI_COMM_WORLD, 1);
  std::abort();
}
} // namespace

DistributedRun::DistributedRun(int rank, int size)
    : rank(rank), size(size), rankTimes(size) {}

DistributedRun::~DistributedRun() { MPI_Finalize(); }

llvm::Expected<std::unique_ptr<DistributedRun>> DistributedRun::begin() {
  int provided = 0, rank = 0, size = 1;
  // MPI's default error handler ends the job on any MPI error: no rank is
  // left waiting for one that failed.
  if (MPI_Init_thread(nullptr, nullptr, MPI_THREAD_SERIALIZED, &provided) !=
      MPI_SUCCESS)
    return fail("cannot start MPI");
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  MPI_Comm_size(MPI_COMM_WORLD, &size);
  std::unique_ptr<DistributedRun> run(new DistributedRun(rank, size));
  if (provided < MPI_THREAD_SERIALIZED)
    return fail("this MPI library does not allow calls from a second "
                "thread (MPI_THREAD_SERIALIZED), which rank 0 serves the "
                "other ranks from");
  return run;
}

std::vector<bool> DistributedRun::shareReadiness(bool ready) {
  int mine = ready;
  std::vector<int> all(size);
  MPI_Allgather(&mine, 1, MPI_INT, all.data(), 1, MPI_INT, MPI_COMM_WORLD);
  return std::vector<bool>(all.begin(), all.end());
}

llvm::Expected<std::vector<PieceResult>>
DistributedRun::run(RunPlan &plan, const ProgressFn &progress) {
  // The tests' stand-in for a node that dies during a run.
  if (const char *killed = std::getenv("NIRC_TEST_KILL_RANK"))
    if (std::atoi(killed) == rank)
      std::raise(SIGKILL);
  if (rank == 0)
    return handOutPieces(plan, progress);
  if (llvm::Error error = askForPieces(plan))
    return std::move(error);
  return std::vector<PieceResult>();
}

llvm::Expected<std::vector<PieceResult>>
DistributedRun::handOutPieces(RunPlan &plan, const ProgressFn &progress) {
  const int64_t total = plan.getNumPieces();
  std::mutex mutex;
  int64_t next = 0, done = 0;
  // Rank 0 starts on its own pieces once every other rank has asked for
  // its first: each rank then runs a piece when there are enough, however
  // fast rank 0 would get through short ones before the others start.
  int checkedIn = 0;
  std::condition_variable allCheckedIn;
  std::vector<std::optional<PieceResult>> results(total);
  std::vector<std::string> errors(total), diagnostics(total);
  std::vector<bool> finished(total);
  std::optional<int64_t> firstFailure;
  // The pieces whose diagnostics are printed: a prefix in plan order.
  int64_t printed = 0;
  // The next piece in plan order; none once all are out or one failed, so
  // every piece before a failed one has run when the run stops.
  auto take = [&] {
    std::lock_guard<std::mutex> lock(mutex);
    return firstFailure || next == total ? kNoPiece : next++;
  };
  auto record = [&](int64_t piece, int from, llvm::Expected<PieceResult> result,
                    double seconds, std::string pieceDiagnostics) {
    std::lock_guard<std::mutex> lock(mutex);
    ++rankTimes[from].pieces;
    rankTimes[from].seconds += seconds;
    if (result) {
      results[piece] = std::move(*result);
    } else {
      errors[piece] = llvm::toString(result.takeError());
      if (!firstFailure || piece < *firstFailure)
        firstFailure = piece;
    }
    finished[piece] = true;
    diagnostics[piece] = std::move(pieceDiagnostics);
    // What one process would have printed by now: the diagnostics of the
    // pieces in order, up to the first that failed.
    std::string inOrder;
    while (printed < total && finished[printed] &&
           (!firstFailure || printed <= *firstFailure))
      inOrder += diagnostics[printed++];
    progress(++done, total, inOrder);
  };

  std::thread server([&] {
    using std::chrono::microseconds;
    constexpr microseconds kFirstPause(20), kLongestPause(1000);
    microseconds pause = kFirstPause;
    for (int working = size - 1; working > 0;) {
      int arrived = 0;
      MPI_Status status;
      MPI_Iprobe(MPI_ANY_SOURCE, kReportTag, MPI_COMM_WORLD, &arrived, &status);
      if (!arrived) {
        std::this_thread::sleep_for(pause);
        pause = std::min(pause * 2, kLongestPause);
        continue;
      }
      pause = kFirstPause;
      int from = status.MPI_SOURCE;
      std::string bytes = receiveReport(from);
      ByteReader report(bytes);
      int64_t piece = report.getValue<int64_t>();
      if (piece != kNoPiece) {
        bool succeeded = report.getValue<uint8_t>();
        double seconds = report.getValue<double>();
        std::string pieceDiagnostics = report.getString();
        llvm::Expected<PieceResult> result =
            succeeded ? llvm::Expected<PieceResult>(getPiece(report))
                      : fail(report.getString());
        if (!report.isValid() || !report.isAtEnd() || piece < 0 ||
            piece >= total)
          abortOnBrokenReport(from);
        {
          std::lock_guard<std::mutex> lock(mutex);
          bytesGathered += bytes.size();
        }
        record(piece, from, std::move(result), seconds,
               std::move(pieceDiagnostics));
      }
      int64_t assigned = take();
      MPI_Send(&assigned, 1, MPI_INT64_T, from, kPieceTag, MPI_COMM_WORLD);
      if (assigned == kNoPiece)
        --working;
      if (piece == kNoPiece) {
        std::lock_guard<std::mutex> lock(mutex);
        ++checkedIn;
        allCheckedIn.notify_one();
      }
    }
  });
  {
    std::unique_lock<std::mutex> lock(mutex);
    allCheckedIn.wait(lock, [&] { return checkedIn == size - 1; });
  }
  for (int64_t piece; (piece = take()) != kNoPiece;) {
    auto start = std::chrono::steady_clock::now();
    std::string pieceDiagnostics;
    auto result = plan.runPiece(piece, {}, &pieceDiagnostics);
    record(piece, 0, std::move(result), secondsSince(start),
           std::move(pieceDiagnostics));
  }
  server.join();

  if (firstFailure)
    return fail(errors[*firstFailure]);
  std::vector<PieceResult> ordered;
  ordered.reserve(total);
  for (std::optional<PieceResult> &result : results)
    ordered.push_back(std::move(*result));
  return ordered;
}

llvm::Error DistributedRun::askForPieces(RunPlan &plan) {
  ByteWriter report;
  report.putValue(kNoPiece);
  std::optional<std::string> failure;
  for (;;) {
    sendReport(report.bytes);
    int64_t piece = kNoPiece;
    MPI_Recv(&piece, 1, MPI_INT64_T, 0, kPieceTag, MPI_COMM_WORLD,
             MPI_STATUS_IGNORE);
    if (piece == kNoPiece)
      break;
    auto start = std::chrono::steady_clock::now();
    std::string diagnostics;
    auto result = plan.runPiece(piece, {}, &diagnostics);
    report = ByteWriter();
    report.putValue(piece);
    report.putValue<uint8_t>(bool(result));
    report.putValue(secondsSince(start));
    report.putString(diagnostics);
    if (result) {
      putPiece(report, *result);
    } else {
      failure = llvm::toString(result.takeError());
      report.putString(*failure);
    }
  }
  return failure ? fail(*failure) : llvm::Error::success();
}

void DistributedRun::printRankTimes(llvm::raw_ostream &os) const {
  int64_t pieces = 0;
  for (const RankTime &time : rankTimes)
    pieces += time.pieces;
  os << llvm::formatv("distributed over {0} MPI rank(s): {1} piece(s), each "
                      "handed to the next rank that asked; rank 0 gathered "
                      "{2} byte(s) from the others\n",
                      size, pieces, bytesGathered);
  os << llvm::formatv("  {0,4} {1,8} {2,12}\n", "rank", "pieces",
                      "running (s)");
  for (int r = 0; r < size; ++r)
    os << llvm::formatv("  {0,4} {1,8} {2,12:f3}\n", r, rankTimes[r].pieces,
                        rankTimes[r].seconds);
}
