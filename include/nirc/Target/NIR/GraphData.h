//===- GraphData.h - NIRGraphData: simulation inputs and outputs -*- C++
//-*-===//
//
// NIR's NIRGraphData files (docs/file-formats.md §2): per node, named
// observables held on a time grid (TimeGriddedData) or as events (EventData,
// ValuedEventData), nested like the graph. The simulator reads its inputs and
// writes its outputs in this form.
//
//===----------------------------------------------------------------------===//

#ifndef NIRC_TARGET_NIR_GRAPHDATA_H
#define NIRC_TARGET_NIR_GRAPHDATA_H

#include "nirc/Support/ChildProcess.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBufferRef.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace nirc {

/// Values on a grid of `dt`: `values[(sample * numSteps + step) * numNeurons
/// + neuron]`, NIR's `[samples, T, neurons]` layout.
struct TimeGriddedData {
  int64_t numSamples = 0, numSteps = 0, numNeurons = 0;
  double dt = 0;
  std::vector<double> values;
  /// Spikes: written as NIR's bool dataset (an HDF5 enum over int8).
  bool isSpikes = false;
  /// A chip's registers: written as an int64 dataset, with `unit` and
  /// `offset` as its attributes when `unit` is not 0 (NIR value = offset +
  /// unit × integer).
  bool isInteger = false;
  double unit = 0, offset = 0;

  double &at(int64_t sample, int64_t step, int64_t neuron) {
    return values[(sample * numSteps + step) * numNeurons + neuron];
  }
  const double &at(int64_t sample, int64_t step, int64_t neuron) const {
    return values[(sample * numSteps + step) * numNeurons + neuron];
  }
};

/// Events per sample, padded to `numEvents`: `neuron[s * numEvents + e]` is
/// -1 and `time[...]` +inf where sample `s` has fewer events. With `value`,
/// this is NIR's ValuedEventData.
struct EventData {
  int64_t numSamples = 0, numEvents = 0, numNeurons = 0;
  double tMax = 0;
  std::vector<int64_t> neuron;
  std::vector<double> time;
  std::optional<std::vector<double>> value;
};

using Observable = std::variant<TimeGriddedData, EventData>;

/// One node's observables, by name ("spikes", "v", ...).
struct NodeData {
  std::vector<std::pair<std::string, Observable>> observables;
};

/// A graph's node data, nested graphs included.
struct GraphData {
  std::vector<std::pair<std::string, NodeData>> nodes;
  std::vector<std::pair<std::string, GraphData>> graphs;
  /// String attributes of the file's root besides `__type__` (top level
  /// only): how the data was made, e.g. a simulation's dt and method.
  std::vector<std::pair<std::string, std::string>> metadata;
};

/// Reads a NIRGraphData file. Errors name the file, the node path and the
/// dataset; sizes a file cannot hold are refused before allocating.
llvm::Expected<GraphData> readGraphData(llvm::StringRef path);
/// The same for a file held in memory, named by the buffer's identifier.
llvm::Expected<GraphData> readGraphData(llvm::MemoryBufferRef buffer);
/// readGraphData(path) in a child process under `limits` of time and
/// memory, so that a file on which libhdf5 crashes, loops or over-allocates
/// gives an error. The child hands the data back through a temporary
/// NIRGraphData file of its own writing.
llvm::Expected<GraphData> readGraphDataIsolated(llvm::StringRef path,
                                                const ReadLimits &limits = {});

/// Writes a NIRGraphData file through a temporary file and a rename, so an
/// existing file is replaced only by a complete one.
llvm::Error writeGraphData(const GraphData &data, llvm::StringRef path);

/// Events to a grid: event (t, n) lands in step floor(t / dt) of
/// floor(tMax / dt) steps; a bin holds the number of events (or the sum of
/// their values). Events at or after the last step are dropped. Fails when
/// the grid would hold more than kMaxGridValues values (a t_max far beyond
/// dt, or a huge n_neurons: a few events must not take gigabytes).
llvm::Expected<TimeGriddedData> toTimeGridded(const EventData &events,
                                              double dt);
/// 2^30 values, 8 GiB of doubles.
constexpr int64_t kMaxGridValues = int64_t(1) << 30;

/// A grid to events: every non-zero bin becomes an event at
/// `step * dt + timeShift` (timeShift in [0, dt)); values are kept unless the
/// grid holds spikes.
EventData toEvents(const TimeGriddedData &grid, double timeShift = 0);

} // namespace nirc

#endif // NIRC_TARGET_NIR_GRAPHDATA_H
