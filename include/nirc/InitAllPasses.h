//===- InitAllPasses.h - register every nirc pass ---------------*- C++ -*-===//

#ifndef NIRC_INITALLPASSES_H
#define NIRC_INITALLPASSES_H

#include "nirc/Conversion/Passes.h"
#include "nirc/Dialect/Chip/ChipPasses.h"
#include "nirc/Dialect/Chip/ChipPipeline.h"
#include "nirc/Dialect/NIR/NIRPasses.h"
#include "nirc/Dialect/Sim/SimPasses.h"

namespace nirc {
inline void registerAllPasses() {
  nir::registerNIRPasses();
  sim::registerSimPasses();
  chip::registerChipPasses();
  chip::registerChipMappingPipeline();
  registerConversionPasses();
}
} // namespace nirc

#endif // NIRC_INITALLPASSES_H
