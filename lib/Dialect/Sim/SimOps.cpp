//===- SimOps.cpp - sim op verifiers --------------------------------------===//

#include "nirc/Dialect/Sim/SimOps.h"
#include "nirc/Dialect/Sim/StorageLayout.h"
#include "nirc/Support/ShapeRules.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"
#include "llvm/ADT/DenseSet.h"

#include <cmath>

using namespace mlir;
using namespace nirc;
using namespace nirc::sim;

//===----------------------------------------------------------------------===//
// Shared checks
//===----------------------------------------------------------------------===//

static int64_t numElementsOf(Value value) {
  return cast<RankedTensorType>(value.getType()).getNumElements();
}

/// Finite weights, and a finite bias with one value per output channel.
static LogicalResult verifyWeightAndBias(Operation *op,
                                         DenseElementsAttr weight,
                                         DenseElementsAttr bias,
                                         int64_t outChannels) {
  auto isNonFinite = [](const APFloat &v) { return !v.isFinite(); };
  if (llvm::any_of(weight.getValues<APFloat>(), isNonFinite))
    return op->emitOpError("'weight' holds a non-finite value");
  if (!bias)
    return success();
  if (bias.getNumElements() != outChannels)
    return op->emitOpError() << "'bias' has " << bias.getNumElements()
                             << " elements, expected " << outChannels;
  if (llvm::any_of(bias.getValues<APFloat>(), isNonFinite))
    return op->emitOpError("'bias' holds a non-finite value");
  return success();
}

/// A per-element coefficient array: a splat, or exactly the signal's shape.
static LogicalResult verifyCoefficients(Operation *op, StringRef field,
                                        DenseElementsAttr coefficients,
                                        ArrayRef<int64_t> shape) {
  if (!coefficients)
    return success();
  if (!coefficients.isSplat() && coefficients.getType().getShape() != shape)
    return op->emitOpError()
           << "'" << field << "' has shape "
           << formatShape(coefficients.getType().getShape())
           << " but the signal has shape " << formatShape(shape);
  for (APFloat value : coefficients.getValues<APFloat>())
    if (!value.isFinite() &&
        !(field == "tau" && value.isInfinity() && !value.isNegative()))
      return op->emitOpError() << "'" << field << "' holds a non-finite value";
  return success();
}

static LogicalResult verifyPositive(Operation *op, StringRef field,
                                    DenseElementsAttr values) {
  for (APFloat value : values.getValues<APFloat>())
    if (!(value.convertToDouble() > 0))
      return op->emitOpError() << "'" << field << "' must be positive, got "
                               << value.convertToDouble();
  return success();
}

/// The threshold and reset attributes of a spiking neuron: both or neither.
static LogicalResult verifyThreshold(Operation *op, DenseElementsAttr thr,
                                     DenseElementsAttr reset,
                                     ArrayRef<int64_t> shape) {
  if (bool(thr) != bool(reset))
    return op->emitOpError(
        "'v_threshold' and 'v_reset' must be given together");
  if (failed(verifyCoefficients(op, "v_threshold", thr, shape)) ||
      failed(verifyCoefficients(op, "v_reset", reset, shape)))
    return failure();
  return success();
}

/// Per-element integers: a splat or the signal's shape, and, with `type`'s
/// integer elements, within its signed range.
static LogicalResult verifyIntegers(Operation *op, StringRef field,
                                    DenseIntElementsAttr values,
                                    RankedTensorType type) {
  if (!values)
    return success();
  if (!values.isSplat() && values.getType().getShape() != type.getShape())
    return op->emitOpError()
           << "'" << field << "' has shape "
           << formatShape(values.getType().getShape())
           << " but the signal has shape " << formatShape(type.getShape());
  auto element = dyn_cast<IntegerType>(type.getElementType());
  if (!element)
    return success();
  unsigned width = element.getWidth();
  for (APInt value : values.getValues<APInt>())
    if (value.getSignificantBits() > width)
      return op->emitOpError()
             << "'" << field << "' value " << value.getSExtValue()
             << " does not fit the state's " << width << " bits";
  return success();
}

//===----------------------------------------------------------------------===//
// ModelOp
//===----------------------------------------------------------------------===//

RegionKind ModelOp::getRegionKind(unsigned) { return RegionKind::Graph; }

LogicalResult ModelOp::verify() {
  if (!(getDt().convertToDouble() > 0) ||
      !std::isfinite(getDt().convertToDouble()))
    return emitOpError() << "'dt' must be a positive number of seconds, got "
                         << getDt().convertToDouble();
  return success();
}

LogicalResult ModelOp::verifyRegions() {
  llvm::DenseSet<Operation *> statesWithNext;
  bool seenNext = false;
  for (Operation &op : getBody().front()) {
    if (!isa<NodeMemberOpInterface>(op))
      return op.emitOpError("cannot be in a 'sim.model', which holds only "
                            "sim ops that belong to a NIR node");
    if (auto next = dyn_cast<NextOp>(op)) {
      seenNext = true;
      if (!statesWithNext.insert(next.getState().getDefiningOp()).second)
        return next.emitOpError("sets a state that already has a 'sim.next'");
      continue;
    }
    if (!getScheduled())
      continue;
    if (seenNext)
      return op.emitOpError("follows a 'sim.next' in a scheduled model");
    for (Value operand : op.getOperands())
      if (Operation *def = operand.getDefiningOp();
          def && def->getBlock() == op.getBlock() && !def->isBeforeInBlock(&op))
        return op.emitOpError("uses a value defined after it in a scheduled "
                              "model (run 'sim-schedule')");
  }
  for (Operation &op : getBody().front())
    if (auto state = dyn_cast<StateOp>(op);
        state && !statesWithNext.count(state))
      return state.emitOpError()
             << "state '" << state.getName() << "' has no 'sim.next'";
  if (getStorageSize())
    return verifyStorage();
  return success();
}

/// Every op has the slots it needs, inside the storage, and no two slots
/// share an element except a reshape's and its input's.
LogicalResult ModelOp::verifyStorage() {
  if (!getScheduled())
    return emitOpError("has its storage allocated but is not scheduled");
  int64_t size = int64_t(*getStorageSize());
  struct Extent {
    int64_t begin, end;
    Operation *op;
  };
  SmallVector<Extent> extents;
  llvm::DenseMap<Value, int64_t> offsetOf;
  for (Operation &op : getBody().front()) {
    SmallVector<Value> values = getSlotValues(&op);
    int64_t expected = values.size();
    auto slots = op.getAttrOfType<DenseI64ArrayAttr>(kSlotsAttrName);
    if (!slots && expected == 0)
      continue;
    if (!slots)
      return op.emitOpError("has no '")
             << kSlotsAttrName
             << "' in a model whose storage is allocated (run "
                "'sim-allocate-storage' again after changing the model)";
    if (int64_t(slots.size()) != expected)
      return op.emitOpError("has ")
             << slots.size() << " slots in '" << kSlotsAttrName
             << "', expected " << expected;
    for (auto [value, offset] : llvm::zip(values, slots.asArrayRef())) {
      int64_t end = offset + numElementsOf(value);
      if (offset < 0 || end > size)
        return op.emitOpError("has the slot [")
               << offset << ", " << end << ") outside the model's storage of "
               << size << " elements per sample";
      if (auto reshape = dyn_cast<ReshapeOp>(op)) {
        if (offset != offsetOf.lookup(reshape.getInput()))
          return op.emitOpError("must share its input's slot");
      } else if (end > offset) {
        extents.push_back({offset, end, &op});
      }
      if (op.getNumResults())
        offsetOf[value] = offset;
    }
  }
  llvm::sort(extents, [](const Extent &a, const Extent &b) {
    return a.begin < b.begin;
  });
  for (size_t k = 1; k < extents.size(); ++k)
    if (extents[k].begin < extents[k - 1].end)
      return extents[k].op->emitOpError("has a slot that overlaps one of '")
             << extents[k - 1].op->getName() << "' at [" << extents[k - 1].begin
             << ", " << extents[k - 1].end << ")";
  return success();
}

//===----------------------------------------------------------------------===//
// State
//===----------------------------------------------------------------------===//

LogicalResult StateOp::verify() {
  auto initial = getInitialAttr();
  if (!initial)
    return success();
  auto type = getState().getType();
  if (isa<IntegerType>(type.getElementType())) {
    auto ints = dyn_cast<DenseIntElementsAttr>(initial);
    if (!ints)
      return emitOpError("an integer state needs integer 'initial' values");
    return verifyIntegers(*this, "initial", ints, type);
  }
  auto floats = dyn_cast<DenseFPElementsAttr>(initial);
  if (!floats)
    return emitOpError("a floating-point state needs float 'initial' values");
  return verifyCoefficients(*this, "initial", floats, type.getShape());
}

LogicalResult NextOp::verify() {
  if (!getState().getDefiningOp<StateOp>())
    return emitOpError("must set a value defined by 'sim.state'");
  return success();
}

//===----------------------------------------------------------------------===//
// Synapses and wiring
//===----------------------------------------------------------------------===//

LogicalResult AddOp::verify() { return success(); }

LogicalResult CastOp::verify() {
  auto input = getInput().getType(), output = getOutput().getType();
  if (input.getShape() != output.getShape())
    return emitOpError() << "result shape " << formatShape(output.getShape())
                         << " differs from the input's "
                         << formatShape(input.getShape());
  if (input.getElementType() == output.getElementType())
    return emitOpError() << "casts " << input.getElementType() << " to itself";
  return success();
}

LogicalResult DenseOp::verify() {
  auto weightShape = getWeight().getType().getShape();
  if (weightShape.size() != 2)
    return emitOpError() << "'weight' must be [out, in], got "
                         << formatShape(weightShape);
  if (numElementsOf(getInput()) != weightShape[1])
    return emitOpError() << "input has " << numElementsOf(getInput())
                         << " elements but 'weight' takes " << weightShape[1];
  if (numElementsOf(getOutput()) != weightShape[0])
    return emitOpError() << "result has " << numElementsOf(getOutput())
                         << " elements but 'weight' gives " << weightShape[0];
  return verifyWeightAndBias(*this, getWeight(), getBiasAttr(), weightShape[0]);
}

/// Window geometry shared by conv and pooling: strides and dilations per
/// axis, padding as ONNX orders it ([top, left, bottom, right]), and the
/// result shape they give.
static LogicalResult verifyWindow(Operation *op, ArrayRef<int64_t> kernel,
                                  ArrayRef<int64_t> stride,
                                  ArrayRef<int64_t> padding,
                                  ArrayRef<int64_t> dilation,
                                  RankedTensorType input,
                                  RankedTensorType output, int64_t channels) {
  for (auto [name, values, size] :
       {std::tuple<StringRef, ArrayRef<int64_t>, size_t>{"stride", stride, 2},
        {"padding", padding, 4},
        {"dilation", dilation, 2}})
    if (values.size() != size)
      return op->emitOpError() << "'" << name << "' needs " << size
                               << " entries, got " << values.size();
  if (llvm::any_of(stride, [](int64_t s) { return s < 1; }) ||
      llvm::any_of(dilation, [](int64_t d) { return d < 1; }) ||
      llvm::any_of(padding, [](int64_t p) { return p < 0; }))
    return op->emitOpError("needs strides and dilations >= 1 and padding >= 0");
  if (input.getRank() != 3)
    return op->emitOpError()
           << "input must be [C, H, W], got " << formatShape(input.getShape());
  SmallVector<int64_t> expected{channels};
  for (int axis = 0; axis < 2; ++axis)
    expected.push_back(convOutputLength(
        input.getShape()[axis + 1] + padding[axis] + padding[axis + 2],
        kernel[axis], stride[axis], /*padding=*/0, dilation[axis]));
  if (llvm::any_of(expected, [](int64_t d) { return d < 1; }))
    return op->emitOpError()
           << "window does not fit the input " << formatShape(input.getShape());
  if (output.getShape() != ArrayRef<int64_t>(expected))
    return op->emitOpError()
           << "result shape " << formatShape(output.getShape()) << " should be "
           << formatShape(expected);
  return success();
}

LogicalResult Conv2dOp::verify() {
  auto weightShape = getWeight().getType().getShape();
  if (weightShape.size() != 4)
    return emitOpError() << "'weight' must be [C_out, C_in/groups, kH, kW], "
                            "got "
                         << formatShape(weightShape);
  int64_t groups = getGroups();
  auto input = getInput().getType();
  if (groups < 1 || weightShape[0] % groups != 0 || input.getRank() != 3 ||
      input.getShape()[0] != weightShape[1] * groups)
    return emitOpError() << "input " << formatShape(input.getShape())
                         << " does not match 'weight' "
                         << formatShape(weightShape) << " with " << groups
                         << " groups";
  if (failed(verifyWeightAndBias(*this, getWeight(), getBiasAttr(),
                                 weightShape[0])))
    return failure();
  return verifyWindow(*this, weightShape.drop_front(2), getStride(),
                      getPadding(), getDilation(), input, getOutput().getType(),
                      weightShape[0]);
}

LogicalResult SumPool2dOp::verify() {
  if (getKernelSize().size() != 2 ||
      llvm::any_of(getKernelSize(), [](int64_t k) { return k < 1; }))
    return emitOpError("'kernel_size' needs 2 entries >= 1");
  auto input = getInput().getType();
  int64_t channels = input.getRank() == 3 ? input.getShape()[0] : 0;
  if (!std::isfinite(getScale().convertToDouble()))
    return emitOpError("'scale' must be finite");
  const int64_t noDilation[] = {1, 1};
  return verifyWindow(*this, getKernelSize(), getStride(), getPadding(),
                      noDilation, input, getOutput().getType(), channels);
}

LogicalResult ReshapeOp::verify() {
  if (numElementsOf(getInput()) != numElementsOf(getOutput()))
    return emitOpError() << "cannot reshape " << numElementsOf(getInput())
                         << " elements into " << numElementsOf(getOutput());
  return success();
}

LogicalResult DelayOp::verify() {
  auto signal = getInput().getType();
  auto buffer = getBuffer().getType();
  if (getSteps().getType().getShape() != signal.getShape())
    return emitOpError() << "'steps' has shape "
                         << formatShape(getSteps().getType().getShape())
                         << " but the signal has shape "
                         << formatShape(signal.getShape());
  int64_t maxSteps = 0;
  for (APInt steps : getSteps().getValues<APInt>()) {
    if (steps.isNegative())
      return emitOpError("'steps' must be non-negative");
    maxSteps = std::max(maxSteps, steps.getSExtValue());
  }
  SmallVector<int64_t> expected{std::max<int64_t>(maxSteps, 1)};
  llvm::append_range(expected, signal.getShape());
  if (buffer.getShape() != ArrayRef<int64_t>(expected))
    return emitOpError() << "buffer shape " << formatShape(buffer.getShape())
                         << " should be " << formatShape(expected);
  return success();
}

//===----------------------------------------------------------------------===//
// Neurons
//===----------------------------------------------------------------------===//

LogicalResult LincombOp::verify() {
  if (getCoefficients().size() != getInputs().size())
    return emitOpError() << "has " << getInputs().size() << " operands but "
                         << getCoefficients().size() << " coefficient arrays";
  auto shape = getOutput().getType().getShape();
  for (Attribute coefficients : getCoefficients())
    if (failed(verifyCoefficients(*this, "coefficients",
                                  cast<DenseElementsAttr>(coefficients),
                                  shape)))
      return failure();
  return verifyCoefficients(*this, "offset", getOffsetAttr(), shape);
}

LogicalResult FireOp::verify() {
  auto shape = getMembrane().getType().getShape();
  if (failed(verifyCoefficients(*this, "threshold", getThreshold(), shape)))
    return failure();
  return verifyCoefficients(*this, "reset_value", getResetValue(), shape);
}

LogicalResult HeavisideOp::verify() {
  return verifyCoefficients(*this, "threshold", getThreshold(),
                            getInput().getType().getShape());
}

LogicalResult LeakyStepOp::verify() {
  auto shape = getMembrane().getType().getShape();
  if (failed(verifyCoefficients(*this, "tau", getTau(), shape)) ||
      failed(verifyPositive(*this, "tau", getTau())) ||
      failed(verifyCoefficients(*this, "r", getR(), shape)) ||
      failed(verifyCoefficients(*this, "v_leak", getVLeak(), shape)))
    return failure();
  return verifyThreshold(*this, getVThresholdAttr(), getVResetAttr(), shape);
}

LogicalResult CubaStepOp::verify() {
  auto shape = getMembrane().getType().getShape();
  if (failed(verifyCoefficients(*this, "tau_syn", getTauSyn(), shape)) ||
      failed(verifyPositive(*this, "tau_syn", getTauSyn())) ||
      failed(verifyCoefficients(*this, "tau_mem", getTauMem(), shape)) ||
      failed(verifyPositive(*this, "tau_mem", getTauMem())) ||
      failed(verifyCoefficients(*this, "r", getR(), shape)) ||
      failed(verifyCoefficients(*this, "v_leak", getVLeak(), shape)) ||
      failed(verifyCoefficients(*this, "w_in", getWIn(), shape)))
    return failure();
  return verifyThreshold(*this, getVThresholdAttr(), getVResetAttr(), shape);
}

//===----------------------------------------------------------------------===//
// Emulation
//===----------------------------------------------------------------------===//

/// The weights of `sim.accumulate` and `sim.event_fire` between the events'
/// shape and the result's: dense `[out, in]`, or a convolution, after an
/// optional sum pooling of the source.
static LogicalResult
verifyConnectivity(Operation *op, DenseIntElementsAttr weight,
                   std::optional<ArrayRef<int64_t>> stride,
                   std::optional<ArrayRef<int64_t>> padding,
                   std::optional<uint64_t> pool, RankedTensorType source,
                   RankedTensorType target) {
  SmallVector<int64_t> pooled(source.getShape());
  if (pool) {
    // Read signed: a negative pool must not pass as a huge unsigned one.
    if (int64_t(*pool) < 1 || source.getRank() != 3)
      return op->emitOpError()
             << "pooling needs a [C, H, W] source and 'pool' >= 1";
    pooled[1] /= *pool;
    pooled[2] /= *pool;
  }
  auto shape = weight.getType().getShape();
  if (shape.size() == 2) {
    if (stride || padding)
      return op->emitOpError("dense weights take no 'stride' or 'padding'");
    if (shape[1] != numElements(pooled) || shape[0] != target.getNumElements())
      return op->emitOpError()
             << "'weight' " << formatShape(shape) << " does not map "
             << numElements(pooled) << " source elements to "
             << target.getNumElements();
    return success();
  }
  if (shape.size() != 4 || !stride || !padding || stride->size() != 2 ||
      padding->size() != 2 ||
      llvm::any_of(*stride, [](int64_t s) { return s < 1; }) ||
      llvm::any_of(*padding, [](int64_t p) { return p < 0; }))
    return op->emitOpError("'weight' must be [out, in], or [C_out, C_in, kH, "
                           "kW] with a 2-entry 'stride' (>= 1) and 'padding' "
                           "(>= 0)");
  if (pooled.size() != 3 || pooled[0] != shape[1])
    return op->emitOpError()
           << "source " << formatShape(pooled) << " does not match 'weight' "
           << formatShape(shape);
  SmallVector<int64_t> expected{shape[0]};
  for (int axis = 0; axis < 2; ++axis)
    expected.push_back(convOutputLength(pooled[axis + 1], shape[axis + 2],
                                        (*stride)[axis], (*padding)[axis],
                                        /*dilation=*/1));
  if (target.getShape() != ArrayRef<int64_t>(expected))
    return op->emitOpError()
           << "result shape " << formatShape(target.getShape()) << " should be "
           << formatShape(expected);
  return success();
}

LogicalResult EventsOp::verify() {
  if (getInput().getType().getShape() != getOutput().getType().getShape())
    return emitOpError("result must have the input's shape");
  return success();
}

LogicalResult AdcOp::verify() {
  auto input = getInput().getType(), output = getOutput().getType();
  if (input.getShape() != output.getShape())
    return emitOpError() << "result shape " << formatShape(output.getShape())
                         << " differs from the input's "
                         << formatShape(input.getShape());
  double unit = getUnit().convertToDouble();
  if (!(unit > 0) || !std::isfinite(unit))
    return emitOpError() << "'unit' must be a positive LSB, got " << unit;
  if (!std::isfinite(getOffset().convertToDouble()))
    return emitOpError("'offset' must be finite");
  unsigned width = cast<IntegerType>(output.getElementType()).getWidth();
  if (getBits() >= int64_t(width))
    return emitOpError() << "a " << getBits()
                         << "-bit code needs a result wider than " << width
                         << " bits, to hold it as a non-negative integer";
  return success();
}

LogicalResult AccumulateOp::verify() {
  auto type = getOutput().getType();
  if (getBase() && getBase().getType() != type)
    return emitOpError("'base' must have the result's type");
  return verifyConnectivity(*this, cast<DenseIntElementsAttr>(getWeight()),
                            getStride(), getPadding(), getPool(),
                            getEvents().getType(), type);
}

LogicalResult FixedStepOp::verify() {
  auto membrane = getMembrane().getType();
  auto shape = membrane.getShape();
  if (getCurrent().getType().getShape() != shape ||
      getSpikes().getType().getShape() != shape ||
      (getInput() && getInput().getType().getShape() != shape))
    return emitOpError("current, membrane, input and spikes must have one "
                       "shape");
  if (getDecay() == DecayRule::MultiplyShift && !getDecayUnity())
    return emitOpError("a 'multiply_shift' decay needs 'decay_unity'");
  // Decays are shifts or factors, not register values: only their shape is
  // the signal's.
  auto wide = RankedTensorType::get(shape, IntegerType::get(getContext(), 64));
  if (failed(verifyIntegers(*this, "current_decay",
                            cast<DenseIntElementsAttr>(getCurrentDecay()),
                            wide)) ||
      failed(verifyIntegers(*this, "membrane_decay",
                            cast<DenseIntElementsAttr>(getMembraneDecay()),
                            wide)))
    return failure();
  // A decay removes between nothing and everything: a shift of 0 to 63, or
  // a factor of 0 to decay_unity.
  int64_t maxDecay =
      getDecay() == DecayRule::MultiplyShift ? int64_t(*getDecayUnity()) : 63;
  for (auto [name, decays] : {std::pair{"current_decay", getCurrentDecay()},
                              std::pair{"membrane_decay", getMembraneDecay()}})
    for (APInt d : cast<DenseIntElementsAttr>(decays).getValues<APInt>())
      if (d.getSExtValue() < 0 || d.getSExtValue() > maxDecay)
        return emitOpError() << "'" << name << "' value " << d.getSExtValue()
                             << " is outside [0, " << maxDecay << "]";
  auto optionalInts = [](std::optional<ElementsAttr> attr) {
    return attr ? cast<DenseIntElementsAttr>(*attr) : DenseIntElementsAttr();
  };
  // A threshold may exceed the membrane's width (a readout never fires).
  return success(
      succeeded(
          verifyIntegers(*this, "bias", optionalInts(getBias()), membrane)) &&
      succeeded(verifyIntegers(
          *this, "threshold", optionalInts(getThreshold()),
          RankedTensorType::get(shape, IntegerType::get(getContext(), 64)))) &&
      succeeded(verifyIntegers(*this, "threshold_low",
                               optionalInts(getThresholdLow()), membrane)));
}

LogicalResult EventFireOp::verify() {
  auto membrane = getMembrane().getType();
  if (getSpikes().getType().getShape() != membrane.getShape())
    return emitOpError("spikes must have the membrane's shape");
  auto ints = [](ElementsAttr attr) {
    return cast<DenseIntElementsAttr>(attr);
  };
  if (failed(
          verifyIntegers(*this, "threshold", ints(getThreshold()), membrane)) ||
      failed(verifyIntegers(*this, "threshold_low", ints(getThresholdLow()),
                            membrane)) ||
      (getBias() &&
       failed(verifyIntegers(*this, "bias", ints(*getBias()), membrane))))
    return failure();
  return verifyConnectivity(*this, ints(getWeight()), getStride(), getPadding(),
                            getPool(), getEvents().getType(), membrane);
}

#include "nirc/Dialect/Sim/SimInterfaces.cpp.inc"

#define GET_OP_CLASSES
#include "nirc/Dialect/Sim/SimOps.cpp.inc"
