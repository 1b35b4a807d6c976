//===- Route.cpp - chip-route pass ----------------------------------------===//
//
// One route per pair of cores that synapses join, within the target's
// limit on destinations per core.
//
//===----------------------------------------------------------------------===//

#include "nirc/Dialect/Chip/ChipPasses.h"

#include "mlir/IR/Builders.h"

namespace nirc::chip {
#define GEN_PASS_DEF_CHIPROUTE
#include "nirc/Dialect/Chip/Passes.h.inc"
} // namespace nirc::chip

using namespace mlir;
using namespace nirc::chip;

namespace {
struct RoutePass : public nirc::chip::impl::ChipRouteBase<RoutePass> {
  void runOnOperation() override;
};
} // namespace

void RoutePass::runOnOperation() {
  DeviceOp device = getOperation();
  DenseSet<CorePair> existing;
  for (auto route : device.getBody().getOps<RouteOp>())
    existing.insert({route.getSource().getDefiningOp<CoreOp>(),
                     route.getDestination().getDefiningOp<CoreOp>()});

  auto routes = getNeededRoutes(device);
  SmallVector<CorePair> pairs;
  for (auto &[pair, synapses] : routes)
    pairs.push_back(pair);
  if (failed(checkRouteDestinations(device, pairs)))
    return signalPassFailure();

  OpBuilder builder = OpBuilder::atBlockEnd(&device.getBody().front());
  for (auto &[pair, synapses] : routes) {
    if (existing.contains(pair))
      continue;
    auto [source, destination] = pair;
    builder.create<RouteOp>(device.getLoc(), source.getCore(),
                            destination.getCore(),
                            builder.getStrArrayAttr(synapses));
  }
}
