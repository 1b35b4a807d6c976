//===- Targets.h - the target models, one file each -------------*- C++ -*-===//

#ifndef NIRC_LIB_DIALECT_CHIP_TARGETS_TARGETS_H
#define NIRC_LIB_DIALECT_CHIP_TARGETS_TARGETS_H

#include "nirc/Dialect/Chip/TargetModel.h"

namespace nirc::chip {
const TargetModel &getXyloAudio2Model();
const TargetModel &getXyloAudio3Model();
const TargetModel &getXyloIMUModel();
const TargetModel &getSpeckModel();
const TargetModel &getLoihi2Model();
const TargetModel &getSpiNNaker2Model();
const TargetModel &getBrainScaleS2Model();
} // namespace nirc::chip

#endif // NIRC_LIB_DIALECT_CHIP_TARGETS_TARGETS_H
