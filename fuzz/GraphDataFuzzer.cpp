//===- GraphDataFuzzer.cpp - libFuzzer target: the NIRGraphData reader ----===//
//
// Reads the file, then grids its events as `nirc simulate` would.
//
//===----------------------------------------------------------------------===//

#include "nirc/Target/NIR/GraphData.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBufferRef.h"

#include <cstddef>
#include <cstdint>
#include <variant>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  llvm::MemoryBufferRef buffer(
      llvm::StringRef(reinterpret_cast<const char *>(data), size), "fuzz.h5");
  llvm::Expected<nirc::GraphData> graph = nirc::readGraphData(buffer);
  if (!graph) {
    llvm::consumeError(graph.takeError());
    return 0;
  }
  // What `nirc simulate` does next with events: put them on its grid.
  for (auto &[node, data] : graph->nodes)
    for (auto &[name, observable] : data.observables)
      if (auto *events = std::get_if<nirc::EventData>(&observable))
        if (llvm::Expected<nirc::TimeGriddedData> grid =
                nirc::toTimeGridded(*events, 1e-3);
            !grid)
          llvm::consumeError(grid.takeError());
  return 0;
}
