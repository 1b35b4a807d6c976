//===- ChipOps.cpp - chip ops and their verifiers -------------------------===//

#include "nirc/Dialect/Chip/ChipOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"
#include "nirc/Support/ShapeRules.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallSet.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace nirc::chip;

bool nirc::chip::isSpikingModel(NeuronModel model) {
  switch (model) {
  case NeuronModel::LIF:
  case NeuronModel::CubaLIF:
  case NeuronModel::IF:
    return true;
  case NeuronModel::LI:
  case NeuronModel::CubaLI:
    return false;
  }
  llvm_unreachable("unknown neuron model");
}

ArrayRef<StringLiteral> nirc::chip::getNeuronParamNames(NeuronModel model) {
  static constexpr StringLiteral lif[] = {"tau_mem", "r", "v_leak",
                                          "v_threshold", "v_reset"};
  static constexpr StringLiteral cubaLIF[] = {
      "tau_syn", "tau_mem", "r", "v_leak", "v_threshold", "v_reset", "w_in"};
  static constexpr StringLiteral integrateAndFire[] = {"r", "v_threshold",
                                                       "v_reset"};
  static constexpr StringLiteral li[] = {"tau_mem", "r", "v_leak"};
  static constexpr StringLiteral cubaLI[] = {"tau_syn", "tau_mem", "r",
                                             "v_leak", "w_in"};
  switch (model) {
  case NeuronModel::LIF:
    return lif;
  case NeuronModel::CubaLIF:
    return cubaLIF;
  case NeuronModel::IF:
    return integrateAndFire;
  case NeuronModel::LI:
    return li;
  case NeuronModel::CubaLI:
    return cubaLI;
  }
  llvm_unreachable("unknown neuron model");
}

static int64_t product(ArrayRef<int64_t> shape) {
  return nirc::numElements(shape);
}

/// Checks that `shape` has positive dims whose product is the group's size.
static LogicalResult verifyGroupShape(Operation *op, ArrayRef<int64_t> shape,
                                      NeuronsType type) {
  if (llvm::any_of(shape, [](int64_t d) { return d <= 0; }))
    return op->emitOpError("shape must have positive dimensions");
  if (!nirc::isPlausibleShape(shape))
    return op->emitOpError("shape ")
           << nirc::formatShape(shape) << " holds more than 2^40 elements";
  if (product(shape) != type.getSize())
    return op->emitOpError("shape holds ")
           << product(shape) << " elements but the result type has "
           << type.getSize();
  return success();
}

//===----------------------------------------------------------------------===//
// DeviceOp
//===----------------------------------------------------------------------===//

RegionKind DeviceOp::getRegionKind(unsigned) { return RegionKind::Graph; }

const TargetModel &DeviceOp::getTargetModel() {
  return *lookupTargetModel(getTarget());
}

LogicalResult DeviceOp::verify() {
  if (!lookupTargetModel(getTarget())) {
    auto diag = emitOpError("unknown target '") << getTarget() << "'; known:";
    for (const TargetModel *model : getAllTargetModels())
      diag << " " << model->getName();
    return diag;
  }
  double dt = getDt().convertToDouble();
  if (!(dt > 0) || !std::isfinite(dt))
    return emitOpError("dt must be a positive number of seconds, not ") << dt;
  llvm::SmallSet<int64_t, 16> seen;
  for (auto core : getBody().getOps<CoreOp>())
    if (!seen.insert(core.getIndex()).second)
      return core.emitOpError("core ")
             << core.getIndex() << " is declared twice";
  return success();
}

/// The model of the device holding `op`; null while the device is invalid.
static const TargetModel *getModel(Operation *op) {
  auto device = op->getParentOfType<DeviceOp>();
  return device ? lookupTargetModel(device.getTarget()) : nullptr;
}

//===----------------------------------------------------------------------===//
// CoreOp
//===----------------------------------------------------------------------===//

LogicalResult CoreOp::verify() {
  const TargetModel *model = getModel(*this);
  if (!model)
    return success(); // The device reports its target.
  if (getIndex() >= model->getNumCores())
    return emitOpError("core ")
           << getIndex() << " does not exist: " << model->getDisplayName()
           << " has " << model->getNumCores() << " cores";
  StringRef kind = model->getCoreKind(getIndex());
  if (getKind() != kind)
    return emitOpError("core ")
           << getIndex() << " of " << model->getDisplayName() << " is a '"
           << kind << "' core, not '" << getKind() << "'";

  return success();
}

/// The slices placed on `core` must fit it and not overlap.
static LogicalResult verifySlicesOn(CoreOp core, const TargetModel &model) {
  SmallVector<SliceOp> slices;
  for (Operation *user : core.getCore().getUsers())
    if (auto slice = dyn_cast<SliceOp>(user);
        slice && slice.getCore() == core.getCore() &&
        !llvm::is_contained(slices, slice))
      slices.push_back(slice);
  llvm::sort(slices, [](SliceOp a, SliceOp b) {
    return *a.getOffset() < *b.getOffset();
  });
  int64_t capacity = model.getNeuronCapacity(core.getIndex());
  int64_t freeFrom = 0;
  for (SliceOp slice : slices) {
    int64_t offset = *slice.getOffset();
    if (offset < freeFrom)
      return slice.emitOpError("overlaps another slice on core ")
             << core.getIndex() << " at neuron " << offset;
    // Offsets come from the user: compare without overflowing.
    if (offset >= capacity)
      return slice.emitOpError("starts at neuron ")
             << offset << " on core " << core.getIndex() << ", which holds "
             << capacity << " on " << model.getDisplayName();
    if (slice.getSize() > capacity - offset)
      return slice.emitOpError("needs neurons up to ")
             << offset + slice.getSize() << " on core " << core.getIndex()
             << ", which holds " << capacity << " on "
             << model.getDisplayName();
    freeFrom = offset + slice.getSize();
  }
  return success();
}

LogicalResult DeviceOp::verifyRegions() {
  const TargetModel &model = getTargetModel();
  for (auto core : getBody().getOps<CoreOp>())
    if (failed(verifySlicesOn(core, model)))
      return failure();
  return success();
}

//===----------------------------------------------------------------------===//
// InputOp, PopulationOp
//===----------------------------------------------------------------------===//

LogicalResult InputOp::verify() {
  return verifyGroupShape(*this, getShape(), getChannels().getType());
}

/// An array of one value or one per neuron.
static bool isPerNeuron(ElementsAttr values, int64_t size) {
  return values.getNumElements() == 1 || values.getNumElements() == size;
}

LogicalResult PopulationOp::verify() {
  int64_t size = getNeurons().getType().getSize();
  if (failed(verifyGroupShape(*this, getShape(), getNeurons().getType())))
    return failure();
  for (NamedAttribute param : getParams()) {
    auto values = dyn_cast<DenseFPElementsAttr>(param.getValue());
    if (!values || !isPerNeuron(values, size))
      return emitOpError("parameter '")
             << param.getName().getValue() << "' must be a float array of 1 or "
             << size << " values";
  }
  if (DictionaryAttr registers = getRegistersAttr())
    for (NamedAttribute reg : registers) {
      Attribute value = reg.getValue();
      if (isa<IntegerAttr, FloatAttr, StringAttr>(value))
        continue;
      auto values = dyn_cast<DenseElementsAttr>(value);
      if (!values || !isPerNeuron(values, size))
        return emitOpError("register '")
               << reg.getName().getValue() << "' must be a number or 1 or "
               << size << " values";
    }
  return success();
}

SmallVector<double> PopulationOp::getParamValues(StringRef name) {
  int64_t size = getNeurons().getType().getSize();
  auto values = dyn_cast_or_null<DenseFPElementsAttr>(getParams().get(name));
  if (!values)
    return {};
  SmallVector<double> result;
  result.reserve(size);
  if (values.getNumElements() == 1)
    result.assign(size,
                  (*values.getValues<APFloat>().begin()).convertToDouble());
  else
    for (APFloat v : values.getValues<APFloat>())
      result.push_back(v.convertToDouble());
  return result;
}

bool PopulationOp::isReadout() {
  return llvm::any_of(getNeurons().getUsers(),
                      [](Operation *user) { return isa<OutputOp>(user); });
}

SmallVector<SynapsesOp, 4> PopulationOp::getIncomingSynapses() {
  SmallVector<SynapsesOp, 4> result;
  for (Operation *user : getNeurons().getUsers())
    if (auto synapses = dyn_cast<SynapsesOp>(user);
        synapses && synapses.getTarget() == getNeurons() &&
        !llvm::is_contained(result, synapses)) // a self-loop uses us twice
      result.push_back(synapses);
  return result;
}

SmallVector<SynapsesOp, 4> PopulationOp::getOutgoingSynapses() {
  SmallVector<SynapsesOp, 4> result;
  for (Operation *user : getNeurons().getUsers())
    if (auto synapses = dyn_cast<SynapsesOp>(user);
        synapses && synapses.getSource() == getNeurons() &&
        !llvm::is_contained(result, synapses))
      result.push_back(synapses);
  return result;
}

//===----------------------------------------------------------------------===//
// SynapsesOp
//===----------------------------------------------------------------------===//

PopulationOp SynapsesOp::getTargetPopulation() {
  return getTarget().getDefiningOp<PopulationOp>();
}

ArrayRef<int64_t> SynapsesOp::getSourceShape() {
  if (auto input = getSource().getDefiningOp<InputOp>())
    return input.getShape();
  return getSource().getDefiningOp<PopulationOp>().getShape();
}

StringRef nirc::chip::getGroupName(Value group) {
  if (auto input = group.getDefiningOp<InputOp>())
    return input.getName();
  return group.getDefiningOp<PopulationOp>().getName();
}

StringRef SynapsesOp::getSourceName() { return getGroupName(getSource()); }

LogicalResult SynapsesOp::verify() {
  if (!getSource().getDefiningOp<InputOp>() &&
      !getSource().getDefiningOp<PopulationOp>())
    return emitOpError("source must be a chip.input or chip.population");
  if (!getTargetPopulation())
    return emitOpError("target must be a chip.population");

  // The source as the weights see it: pooled first.
  SmallVector<int64_t> source(getSourceShape());
  if (auto pool = getPool()) {
    if (pool->size() != 1 || (*pool)[0] < 1)
      return emitOpError("pool must be one positive kernel size");
    if (source.size() != 3)
      return emitOpError("pooling needs a (C, H, W) source, not rank ")
             << source.size();
    source[1] /= (*pool)[0];
    source[2] /= (*pool)[0];
  }
  ArrayRef<int64_t> target = getTargetPopulation().getShape();
  ArrayRef<int64_t> weight = getWeight().getType().getShape();

  switch (getKind()) {
  case SynapseKind::Dense: {
    int64_t in = product(source), out = product(target);
    if (weight != ArrayRef<int64_t>{out, in})
      return emitOpError("dense weight must be ")
             << out << "x" << in << " (post x pre), not "
             << getWeight().getType();
    break;
  }
  case SynapseKind::Conv2d: {
    auto stride = getStride(), padding = getPadding();
    if (!stride || !padding || stride->size() != 2 || padding->size() != 2)
      return emitOpError("conv2d needs stride and padding of two values");
    if (weight.size() != 4 || source.size() != 3 || target.size() != 3)
      return emitOpError("conv2d needs a rank-4 weight between (C, H, W) "
                         "shapes");
    if (weight[1] != source[0] || weight[0] != target[0])
      return emitOpError("conv2d weight ")
             << getWeight().getType() << " does not join " << source[0]
             << " input channels to " << target[0] << " output channels";
    for (int axis = 0; axis < 2; ++axis) {
      int64_t s = (*stride)[axis], p = (*padding)[axis];
      if (s < 1 || p < 0)
        return emitOpError("conv2d stride must be positive and padding "
                           "non-negative");
      int64_t expected =
          nirc::convOutputLength(source[axis + 1], weight[axis + 2], s, p, 1);
      if (expected != target[axis + 1])
        return emitOpError("conv2d output axis ")
               << axis << " has " << target[axis + 1] << " neurons; stride "
               << s << " and padding " << p << " give " << expected;
    }
    break;
  }
  }
  if (auto qweight = getQweight();
      qweight && qweight->getType().getShape() != weight)
    return emitOpError("qweight shape ")
           << qweight->getType() << " differs from weight "
           << getWeight().getType();
  return success();
}

//===----------------------------------------------------------------------===//
// SliceOp, RouteOp, OutputOp
//===----------------------------------------------------------------------===//

PopulationOp SliceOp::getPopulationOp() {
  return getPopulation().getDefiningOp<PopulationOp>();
}

LogicalResult SliceOp::verify() {
  if (!getPopulationOp())
    return emitOpError("slices a chip.population only");
  int64_t size = getPopulation().getType().getSize();
  if (getBegin() >= getEnd() || getEnd() > size)
    return emitOpError("range [")
           << getBegin() << ", " << getEnd()
           << ") is not a non-empty part of a population of " << size;
  if (bool(getCore()) != bool(getOffset()))
    return emitOpError("a placed slice needs both a core and an offset");
  return success();
}

LogicalResult RouteOp::verify() {
  if (getSource() == getDestination())
    return emitOpError("a route joins two different cores");
  return success();
}

LogicalResult OutputOp::verify() {
  if (!getSource().getDefiningOp<InputOp>() &&
      !getSource().getDefiningOp<PopulationOp>())
    return emitOpError("reads a chip.input or chip.population");
  return success();
}

//===----------------------------------------------------------------------===//
// Routes
//===----------------------------------------------------------------------===//

/// The cores holding placed slices of `group` (none for an input).
static SmallVector<CoreOp> getCoresOf(Value group) {
  SmallVector<CoreOp> cores;
  for (Operation *user : group.getUsers())
    if (auto slice = dyn_cast<SliceOp>(user); slice && slice.getCore())
      if (auto core = slice.getCore().getDefiningOp<CoreOp>();
          core && !llvm::is_contained(cores, core))
        cores.push_back(core);
  return cores;
}

llvm::MapVector<CorePair, SmallVector<StringRef>>
nirc::chip::getNeededRoutes(DeviceOp device) {
  llvm::MapVector<CorePair, SmallVector<StringRef>> routes;
  for (auto synapses : device.getBody().getOps<SynapsesOp>()) {
    SmallVector<CoreOp> targets = getCoresOf(synapses.getTarget());
    for (CoreOp source : getCoresOf(synapses.getSource()))
      for (CoreOp target : targets)
        if (source != target)
          routes[{source, target}].push_back(synapses.getName());
  }
  return routes;
}

LogicalResult nirc::chip::checkRouteDestinations(DeviceOp device,
                                                 ArrayRef<CorePair> routes) {
  const TargetModel &model = device.getTargetModel();
  unsigned limit = model.getMaxRouteDestinations();
  if (limit == 0)
    return success();
  llvm::MapVector<CoreOp, unsigned> destinations;
  for (auto [source, target] : routes)
    if (++destinations[source] > limit) {
      // Blame the population whose slice sends from this core.
      for (Operation *user : source.getCore().getUsers())
        if (auto slice = dyn_cast<SliceOp>(user))
          return model.emitLimitError(
              slice.getPopulationOp(),
              {destinations[source],
               llvm::formatv("destination cores from core {0}",
                             source.getIndex())
                   .str(),
               limit, "destinations per core"});
      return source.emitOpError("sends to more cores than allowed");
    }
  return success();
}

#define GET_OP_CLASSES
#include "nirc/Dialect/Chip/ChipOps.cpp.inc"
