//===- GraphDataFuzzer.cpp - libFuzzer target: the NIRGraphData reader ----===//

#include "nirc/Target/NIR/GraphData.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBufferRef.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  llvm::MemoryBufferRef buffer(
      llvm::StringRef(reinterpret_cast<const char *>(data), size), "fuzz.h5");
  llvm::Expected<nirc::GraphData> graph = nirc::readGraphData(buffer);
  if (!graph)
    llvm::consumeError(graph.takeError());
  return 0;
}
