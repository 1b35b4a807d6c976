//===- Distributed.h - nirc simulate over MPI ranks -------------*- C++ -*-===//
//
// `mpirun -np N nirc simulate ...`: every rank reads the model and the
// input and makes the same RunPlan; rank 0 hands its pieces out one at a
// time, to itself and to whichever rank asks next, gathers what they
// recorded and assembles the run as one process would. Only this file and
// Distributed.cpp know about MPI.
//
//===----------------------------------------------------------------------===//

#ifndef NIRC_TOOLS_NIRC_DISTRIBUTED_H
#define NIRC_TOOLS_NIRC_DISTRIBUTED_H

#include "nirc/Driver/RunModel.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace nirc {

/// Where mpirun (OpenMPI's, or a launcher that sets PMI_RANK and PMI_SIZE)
/// started this process, from the environment it gives each rank; none
/// when it did not. Plain `nirc simulate` never starts MPI.
struct MPILaunch {
  int rank = 0, size = 1;
};
inline std::optional<MPILaunch> getMPILaunch() {
  for (auto [rank, size] :
       {std::pair{"OMPI_COMM_WORLD_RANK", "OMPI_COMM_WORLD_SIZE"},
        {"PMI_RANK", "PMI_SIZE"}})
    if (std::getenv(rank) && std::getenv(size))
      return MPILaunch{std::atoi(std::getenv(rank)),
                       std::atoi(std::getenv(size))};
  return std::nullopt;
}

/// This process's part in a run over MPI ranks: MPI from construction
/// (after every fork: nirc reads files in child processes) to destruction.
class DistributedRun {
public:
  static llvm::Expected<std::unique_ptr<DistributedRun>> begin();
  ~DistributedRun();

  int getRank() const { return rank; }
  int getSize() const { return size; }
  bool isRoot() const { return rank == 0; }

  /// Every rank says whether it could set up the run; each rank's answer,
  /// on every rank.
  std::vector<bool> shareReadiness(bool ready);

  /// Called on rank 0 as pieces finish: pieces done, of all, and what the
  /// pieces newly in plan order reported while lowering, to be printed as
  /// one process would have printed it.
  using ProgressFn =
      std::function<void(int64_t, int64_t, llvm::StringRef diagnostics)>;

  /// Runs `plan`'s pieces over every rank, each piece handed out when a
  /// rank asks for work, so that ranks with cheaper pieces take more. On
  /// rank 0: every piece's result in plan order, or the error of the first
  /// piece in plan order that failed (as one process would report it). On
  /// the other ranks: nothing, or the error of a piece this rank ran.
  llvm::Expected<std::vector<PieceResult>> run(RunPlan &plan,
                                               const ProgressFn &progress);

  /// On rank 0, after run: each rank's pieces and time spent running them,
  /// and the bytes gathered.
  void printRankTimes(llvm::raw_ostream &os) const;

private:
  DistributedRun(int rank, int size);
  llvm::Expected<std::vector<PieceResult>>
  handOutPieces(RunPlan &plan, const ProgressFn &progress);
  llvm::Error askForPieces(RunPlan &plan);

  int rank, size;
  struct RankTime {
    int64_t pieces = 0;
    double seconds = 0;
  };
  std::vector<RankTime> rankTimes;
  uint64_t bytesGathered = 0;
};

} // namespace nirc

#endif // NIRC_TOOLS_NIRC_DISTRIBUTED_H
