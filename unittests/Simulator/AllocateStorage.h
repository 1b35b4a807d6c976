//===- AllocateStorage.h - storage for hand-written test models -*- C++ -*-===//
//
// Tests that write a scheduled `sim.model` by hand run `sim-allocate-storage`
// on it, as the pipelines do, before they simulate it.
//
//===----------------------------------------------------------------------===//

#ifndef NIRC_UNITTESTS_SIMULATOR_ALLOCATESTORAGE_H
#define NIRC_UNITTESTS_SIMULATOR_ALLOCATESTORAGE_H

#include "nirc/Dialect/Sim/SimPasses.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/PassManager.h"

namespace nirc::test {
/// Allocates the storage of every scheduled model in `module`.
inline mlir::LogicalResult allocateStorage(mlir::ModuleOp module) {
  mlir::PassManager pm(module.getContext());
  pm.addNestedPass<sim::ModelOp>(sim::createAllocateStorage());
  return pm.run(module);
}
} // namespace nirc::test

#endif // NIRC_UNITTESTS_SIMULATOR_ALLOCATESTORAGE_H
