//===- Pipeline.cpp - from a NIR module to a mapped chip ------------------===//

#include "nirc/Conversion/Passes.h"
#include "nirc/Dialect/Chip/ChipPasses.h"
#include "nirc/Dialect/Chip/ChipPipeline.h"
#include "nirc/Dialect/NIR/NIRPasses.h"

#include "mlir/Pass/PassRegistry.h"

using namespace mlir;
using namespace nirc::chip;

void nirc::chip::buildChipMappingPipeline(OpPassManager &pm,
                                          const ChipMappingOptions &options) {
  pm.addPass(nir::createInferTypes());
  pm.addPass(nir::createFlatten());
  ConvertNIRToChipOptions conversion;
  conversion.target = options.target;
  conversion.dt = options.dt;
  pm.addPass(createConvertNIRToChip(conversion));
  OpPassManager &device = pm.nest<DeviceOp>();
  buildChipQuantizePipeline(device, options.allowSaturation);
  device.addPass(createChipPartition());
  device.addPass(createChipPlace());
  device.addPass(createChipRoute());
  device.addPass(createChipVerifyFit());
}

void nirc::chip::buildChipQuantizePipeline(OpPassManager &pm,
                                           bool allowSaturation) {
  pm.addPass(createChipChooseScales());
  pm.addPass(createChipEncodeNeurons());
  ChipQuantizeWeightsOptions weights;
  weights.allowSaturation = allowSaturation;
  pm.addPass(createChipQuantizeWeights(weights));
}

LogicalResult nirc::chip::quantizeDevice(DeviceOp device,
                                         bool allowSaturation) {
  PassManager pm(device.getContext(), DeviceOp::getOperationName());
  buildChipQuantizePipeline(pm, allowSaturation);
  return pm.run(device);
}

LogicalResult nirc::chip::mapToChip(ModuleOp module,
                                    const ChipMappingOptions &options) {
  PassManager pm(module.getContext());
  buildChipMappingPipeline(pm, options);
  return pm.run(module);
}

namespace {
struct PipelineOptions : public PassPipelineOptions<PipelineOptions> {
  Option<std::string> target{*this, "target",
                             llvm::cl::desc("Chip to map onto")};
  Option<double> dt{*this, "dt", llvm::cl::desc("Seconds per chip step"),
                    llvm::cl::init(1e-3)};
  Option<bool> allowSaturation{
      *this, "allow-saturation",
      llvm::cl::desc("Clip weights the chip cannot hold, with a warning")};
};

struct QuantizePipelineOptions
    : public PassPipelineOptions<QuantizePipelineOptions> {
  Option<bool> allowSaturation{
      *this, "allow-saturation",
      llvm::cl::desc("Clip weights the chip cannot hold, with a warning")};
};
} // namespace

void nirc::chip::registerChipMappingPipeline() {
  PassPipelineRegistration<QuantizePipelineOptions>(
      "chip-quantize",
      "Compute the chip's registers and integer weights: chip-choose-scales, "
      "chip-encode-neurons, chip-quantize-weights",
      [](OpPassManager &pm, const QuantizePipelineOptions &options) {
        // The passes run on chip.device: nest when given a module.
        bool onDevice = pm.getOpName() == DeviceOp::getOperationName();
        buildChipQuantizePipeline(onDevice ? pm : pm.nest<DeviceOp>(),
                                  options.allowSaturation);
      });
  PassPipelineRegistration<PipelineOptions>(
      "nir-map-to-chip",
      "Map a NIR graph onto a chip: convert, quantise, partition, place, "
      "route and verify the fit",
      [](OpPassManager &pm, const PipelineOptions &options) {
        buildChipMappingPipeline(
            pm, {options.target, options.dt, options.allowSaturation});
      });
}
