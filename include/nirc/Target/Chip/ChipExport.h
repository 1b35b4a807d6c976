//===- ChipExport.h - target descriptions of a mapped chip ------*- C++ -*-===//

#ifndef NIRC_TARGET_CHIP_CHIPEXPORT_H
#define NIRC_TARGET_CHIP_CHIPEXPORT_H

#include "nirc/Dialect/Chip/ChipOps.h"

#include "mlir/IR/BuiltinOps.h"
#include "llvm/Support/raw_ostream.h"

namespace nirc::chip {

/// Writes the device as a JSON target description: the target and its
/// limits, cores, inputs, populations (NIR parameters, registers,
/// placement), synapse blocks (integer weights, registers), routes,
/// outputs, and a summary. Fails (with an error) on a device that
/// chip-verify-fit would reject.
mlir::LogicalResult exportChipJSON(DeviceOp device, llvm::raw_ostream &os);
/// The same for the module's only chip.device.
mlir::LogicalResult exportChipJSON(mlir::ModuleOp module,
                                   llvm::raw_ostream &os);

/// A human summary: cores used out of available, neurons, synapses, and
/// each synapse block's worst quantisation error.
void printChipSummary(DeviceOp device, llvm::raw_ostream &os);

/// The device's only chip.device, or an error.
mlir::FailureOr<DeviceOp> getOnlyDevice(mlir::ModuleOp module);

/// `--export-chip-json` for nir-translate.
void registerExportChipJSONTranslation();

/// Writes a mapped Loihi 2 device as a lava-dl netx HDF5 network, the
/// layout `lava.lib.dl.netx.hdf5.Network` loads. Fails with an error on
/// other targets and on networks netx cannot describe.
mlir::LogicalResult exportNetx(DeviceOp device, llvm::raw_ostream &os);

/// `--export-chip-netx` for nir-translate.
void registerExportNetxTranslation();

} // namespace nirc::chip

#endif // NIRC_TARGET_CHIP_CHIPEXPORT_H
