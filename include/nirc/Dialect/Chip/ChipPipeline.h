//===- ChipPipeline.h - from a NIR module to a mapped chip ------*- C++ -*-===//

#ifndef NIRC_DIALECT_CHIP_CHIPPIPELINE_H
#define NIRC_DIALECT_CHIP_CHIPPIPELINE_H

#include "nirc/Dialect/Chip/ChipOps.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/PassManager.h"

#include <string>

namespace nirc::chip {

struct ChipMappingOptions {
  /// A TargetModel name ("xylo-audio2").
  std::string target;
  /// Seconds per chip step.
  double dt = 1e-3;
  /// Clip weights the chip cannot hold (with a warning) instead of failing.
  bool allowSaturation = false;
};

/// chip-quantize: chip-choose-scales, chip-encode-neurons and
/// chip-quantize-weights, on a pass manager anchored on chip.device.
void buildChipQuantizePipeline(mlir::OpPassManager &pm, bool allowSaturation);
/// Runs chip-quantize on `device`.
mlir::LogicalResult quantizeDevice(DeviceOp device,
                                   bool allowSaturation = false);

/// nir-infer-types, nir-flatten, convert-nir-to-chip, then chip-quantize,
/// chip-partition, chip-place, chip-route and chip-verify-fit on the device.
void buildChipMappingPipeline(mlir::OpPassManager &pm,
                              const ChipMappingOptions &options);

/// Runs that pipeline on `module`, which ends holding one chip.device.
mlir::LogicalResult mapToChip(mlir::ModuleOp module,
                              const ChipMappingOptions &options);

/// Registers the pipelines as `chip-quantize` and `nir-map-to-chip` for
/// nir-opt.
void registerChipMappingPipeline();

} // namespace nirc::chip

#endif // NIRC_DIALECT_CHIP_CHIPPIPELINE_H
