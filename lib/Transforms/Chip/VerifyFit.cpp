//===- VerifyFit.cpp - chip-verify-fit pass -------------------------------===//
//
// The last word on any chip IR, whoever wrote it: the target's design rules
// and neuron models, quantised, fully placed in slices one core can hold,
// every register within its bits, every core within its limits, every
// route present.
//
//===----------------------------------------------------------------------===//

#include "nirc/Dialect/Chip/ChipPasses.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/Support/FormatVariadic.h"

namespace nirc::chip {
#define GEN_PASS_DEF_CHIPVERIFYFIT
#include "nirc/Dialect/Chip/Passes.h.inc"
} // namespace nirc::chip

using namespace mlir;
using namespace nirc::chip;

namespace {
class FitChecker {
public:
  explicit FitChecker(DeviceOp device)
      : device(device), model(device.getTargetModel()) {}

  LogicalResult checkPopulation(PopulationOp population);
  LogicalResult checkSynapses(SynapsesOp synapses);
  LogicalResult checkCores();
  LogicalResult checkRoutes();

private:
  /// Checks the integer registers named in `ranges` of `op`.
  LogicalResult checkRegisters(Operation *op, DictionaryAttr registers,
                               ArrayRef<RegisterRange> ranges);
  InFlightDiagnostic error(Operation *op);

  DeviceOp device;
  const TargetModel &model;
};
} // namespace

InFlightDiagnostic FitChecker::error(Operation *op) {
  return isa<PopulationOp, SynapsesOp>(op) ? emitNodeError(op)
                                           : op->emitError();
}

LogicalResult FitChecker::checkRegisters(Operation *op,
                                         DictionaryAttr registers,
                                         ArrayRef<RegisterRange> ranges) {
  for (const RegisterRange &range : ranges) {
    Attribute value = registers ? registers.get(range.name) : Attribute();
    if (!value)
      return error(op) << "register '" << range.name << "' is missing";
    SmallVector<int64_t> values;
    if (auto integer = dyn_cast<IntegerAttr>(value))
      values.push_back(integer.getInt());
    else if (auto array = dyn_cast<DenseIntElementsAttr>(value))
      for (const APInt &v : array.getValues<APInt>())
        values.push_back(v.getSExtValue());
    else
      return error(op) << "register '" << range.name << "' must hold integers";
    for (auto [i, v] : llvm::enumerate(values))
      if (v < range.min || v > range.max)
        return error(op) << "register '" << range.name << "' = " << v
                         << (values.size() > 1
                                 ? llvm::formatv(" (element {0})", i).str()
                                 : "")
                         << " is outside " << model.getDisplayName()
                         << "'s range [" << range.min << ", " << range.max
                         << "]";
  }
  return success();
}

LogicalResult FitChecker::checkPopulation(PopulationOp population) {
  if (!model.supportsNeuronModel(population.getModel(), population.isReadout()))
    return error(population)
           << model.getDisplayName() << " has no "
           << stringifyNeuronModel(population.getModel()) << " neurons"
           << (population.isReadout() ? " for a readout" : "");
  if (!population.getRegistersAttr())
    return error(population) << "has no registers; run chip-quantize";
  if (failed(checkRegisters(population, population.getRegistersAttr(),
                            model.getPopulationRegisters())))
    return failure();
  for (StringRef name : model.getOtherPopulationRegisters())
    if (!population.getRegistersAttr().get(name))
      return error(population) << "register '" << name << "' is missing";

  // Each slice must fit one core, and together they tile the population.
  LimitViolation violation;
  FailureOr<int64_t> maxSlice = model.getMaxSliceSize(
      population, population.getIncomingSynapses(), violation);
  if (failed(maxSlice))
    return model.emitLimitError(population, violation);
  SmallVector<SliceOp> slices;
  for (Operation *user : population.getNeurons().getUsers())
    if (auto slice = dyn_cast<SliceOp>(user))
      slices.push_back(slice);
  llvm::sort(slices,
             [](SliceOp a, SliceOp b) { return a.getBegin() < b.getBegin(); });
  int64_t covered = 0;
  for (SliceOp slice : slices) {
    if (slice.getSize() > *maxSlice)
      return error(population)
             << "neurons [" << slice.getBegin() << ", " << slice.getEnd()
             << ") are more than the " << *maxSlice << " one core of "
             << model.getDisplayName() << " holds with these synapses";
    if (!slice.getCore())
      return error(population)
             << "neurons [" << slice.getBegin() << ", " << slice.getEnd()
             << ") are not placed; run chip-place";
    if (slice.getBegin() != covered)
      return error(population)
             << (slice.getBegin() < covered ? "neurons placed twice from "
                                            : "neurons not placed from ")
             << std::min(covered, int64_t(slice.getBegin()));
    covered = slice.getEnd();
  }
  int64_t size = population.getNeurons().getType().getSize();
  if (covered != size)
    return error(population) << "neurons [" << covered << ", " << size
                             << ") are not placed; run chip-partition and "
                                "chip-place";
  return success();
}

LogicalResult FitChecker::checkSynapses(SynapsesOp synapses) {
  if (!model.supportsSynapses(synapses.getKind(), bool(synapses.getPool())))
    return error(synapses) << model.getDisplayName() << " has no "
                           << (synapses.getPool() ? "pooled " : "")
                           << stringifySynapseKind(synapses.getKind())
                           << " synapses";
  auto qweight = synapses.getQweight();
  if (!qweight)
    return error(synapses) << "has no integer weights; run chip-quantize";
  RegisterRange range = model.getWeightRangeFor(synapses);
  for (auto [i, w] : llvm::enumerate(qweight->getValues<APInt>()))
    if (w.getSExtValue() < range.min || w.getSExtValue() > range.max)
      return error(synapses)
             << "weight " << w.getSExtValue() << " (element " << i
             << ") is outside " << model.getDisplayName() << "'s range ["
             << range.min << ", " << range.max << "]";
  return checkRegisters(synapses, synapses.getRegistersAttr(),
                        model.getSynapseRegisters());
}

LogicalResult FitChecker::checkCores() {
  // Neuron counts and overlaps are the chip.core verifier's; the rest of a
  // core's limits are the model's.
  for (auto core : device.getBody().getOps<CoreOp>()) {
    SmallVector<SliceOp> onCore;
    for (Operation *user : core.getCore().getUsers())
      if (auto slice = dyn_cast<SliceOp>(user))
        onCore.push_back(slice);
    for (size_t i = 0; i < onCore.size(); ++i) {
      LimitViolation violation;
      if (!model.fitsOnCore(core.getIndex(), ArrayRef(onCore).take_front(i),
                            onCore[i], violation)) {
        model.emitLimitError(onCore[i].getPopulationOp(), violation);
        return failure();
      }
    }
  }
  return model.verifyPlacement(device);
}

LogicalResult FitChecker::checkRoutes() {
  llvm::DenseSet<CorePair> present;
  SmallVector<CorePair> routes;
  for (auto route : device.getBody().getOps<RouteOp>()) {
    CorePair pair{route.getSource().getDefiningOp<CoreOp>(),
                  route.getDestination().getDefiningOp<CoreOp>()};
    if (present.insert(pair).second)
      routes.push_back(pair);
  }
  for (auto &[pair, synapses] : getNeededRoutes(device))
    if (!present.contains(pair))
      return device.emitError()
             << "synapses '" << synapses.front() << "' join core "
             << pair.first.getIndex() << " to core " << pair.second.getIndex()
             << ", but no chip.route does; run chip-route";
  return checkRouteDestinations(device, routes);
}

LogicalResult nirc::chip::verifyFit(DeviceOp device) {
  if (failed(device.getTargetModel().checkDesignRules(device)))
    return failure();
  FitChecker checker(device);
  for (auto population : device.getBody().getOps<PopulationOp>())
    if (failed(checker.checkPopulation(population)))
      return failure();
  for (auto synapses : device.getBody().getOps<SynapsesOp>())
    if (failed(checker.checkSynapses(synapses)))
      return failure();
  return success(succeeded(checker.checkCores()) &&
                 succeeded(checker.checkRoutes()));
}

namespace {
struct VerifyFitPass
    : public nirc::chip::impl::ChipVerifyFitBase<VerifyFitPass> {
  void runOnOperation() override {
    if (failed(verifyFit(getOperation())))
      signalPassFailure();
  }
};
} // namespace
