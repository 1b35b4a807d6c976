//===- Chip.td - chip dialect umbrella ---------------------*- tablegen -*-===//

#ifndef NIRC_DIALECT_CHIP_CHIP_TD
#define NIRC_DIALECT_CHIP_CHIP_TD

include "ChipDialect.td"
include "ChipTypes.td"
include "ChipAttributes.td"
include "ChipEnums.td"
include "ChipOps.td"

#endif // NIRC_DIALECT_CHIP_CHIP_TD
