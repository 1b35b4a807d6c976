//===- ImportNIRFuzzer.cpp - libFuzzer target: the .nir importer ----------===//
//
// Any byte string must give a module or a clean error: no crash, hang,
// leak or undefined behaviour (the fuzz build runs ASan + UBSan).
//
//===----------------------------------------------------------------------===//

#include "FuzzSupport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  nirc::ImportNIROptions options;
  options.repairEdges = true;
  nirc::fuzz::importNIRBytes(
      llvm::StringRef(reinterpret_cast<const char *>(data), size), options);
  return 0;
}
