//===- Pipeline.cpp - from a NIR module to a scheduled sim model ----------===//

#include "nirc/Conversion/Passes.h"
#include "nirc/Dialect/NIR/NIRPasses.h"
#include "nirc/Dialect/Sim/SimPasses.h"
#include "nirc/Simulator/Simulator.h"

#include "mlir/Pass/PassManager.h"

using namespace mlir;

LogicalResult nirc::lowerToSimulation(ModuleOp module,
                                      const SimulationOptions &options) {
  PassManager pm(module.getContext());
  pm.addPass(nir::createInferTypes());
  pm.addPass(nir::createFlatten());
  ConvertNIRToSimOptions conversion;
  conversion.dt = options.dt;
  conversion.method = options.method;
  conversion.reset = options.reset;
  conversion.probes = options.probes;
  pm.addPass(createConvertNIRToSim(conversion));
  pm.addNestedPass<sim::ModelOp>(sim::createSchedule());
  pm.addNestedPass<sim::ModelOp>(sim::createAllocateStorage());
  return pm.run(module);
}
