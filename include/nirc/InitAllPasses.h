//===- InitAllPasses.h - register every nirc pass ---------------*- C++ -*-===//

#ifndef NIRC_INITALLPASSES_H
#define NIRC_INITALLPASSES_H

#include "nirc/Dialect/NIR/NIRPasses.h"

namespace nirc {
inline void registerAllPasses() { nir::registerNIRPasses(); }
} // namespace nirc

#endif // NIRC_INITALLPASSES_H
