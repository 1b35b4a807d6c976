//===- ConvertNIRToSim.cpp - convert-nir-to-sim pass ----------------------===//
//
// Lowers a flat NIR graph to one step of a `sim.model`, node by node (the
// semantics are docs/semantics.md). Recurrent edges are values used before
// their node is lowered; they get a placeholder that is replaced once every
// node exists, so the sim body keeps the graph's cycles for `sim-schedule`.
//
//===----------------------------------------------------------------------===//

#include "nirc/Conversion/Passes.h"
#include "nirc/Dialect/NIR/NIROps.h"
#include "nirc/Dialect/Sim/SimOps.h"
#include "nirc/Simulator/Neurons.h"
#include "nirc/Support/ElementsUtils.h"
#include "nirc/Support/ShapeRules.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/TypeSwitch.h"

#include <cmath>
#include <optional>

namespace nirc {
#define GEN_PASS_DEF_CONVERTNIRTOSIM
#include "nirc/Conversion/Passes.h.inc"
} // namespace nirc

using namespace mlir;
using namespace nirc;
namespace neuron = nirc::neuron;

namespace {
/// A parameter broadcast to a population, as doubles in C order.
using Values = std::vector<double>;

/// The values a neuron node exposes to probes.
struct NodeValues {
  Value output, membrane, current;
};

class NodeLowering {
public:
  NodeLowering(sim::ModelOp model, double dt, sim::Method method,
               sim::ResetMode reset)
      : builder(model.getBody()), dt(dt), method(method), reset(reset) {
    builder.setInsertionPointToEnd(&model.getBody().front());
  }

  LogicalResult lower(Operation *node);
  /// Replaces the placeholders of recurrent edges by the values they stand
  /// for.
  LogicalResult resolvePlaceholders();
  LogicalResult addProbe(Location loc, StringRef spec);

private:
  // Node kinds.
  LogicalResult lowerDense(Operation *node, ElementsAttr weight,
                           ElementsAttr bias);
  LogicalResult lowerConv(Operation *node, unsigned spatialRank,
                          ElementsAttr weight, ElementsAttr bias,
                          ArrayRef<int64_t> stride, ArrayRef<int64_t> dilation,
                          Attribute padding, int64_t groups);
  LogicalResult lowerPool(Operation *node, ArrayRef<int64_t> kernel,
                          ArrayRef<int64_t> stride, ArrayRef<int64_t> padding,
                          double scale);
  LogicalResult lowerDelay(nir::DelayOp node);
  LogicalResult lowerLeaky(Operation *node, const Values &tau, const Values &r,
                           const Values &vLeak, const Values *threshold,
                           const Values *vReset);
  LogicalResult lowerCuba(Operation *node, const Values &tauSyn,
                          const Values &tauMem, const Values &r,
                          const Values &vLeak, const Values &wIn,
                          const Values *threshold, const Values *vReset);

  // Helpers.
  RankedTensorType tensorType(Value signal);
  /// The node's input: its operands, summed.
  FailureOr<Value> input(Operation *node);
  Value lookup(Value nirValue);
  DenseElementsAttr coefficients(RankedTensorType type, const Values &values);
  /// Null when every value is zero (an optional offset, bias or initial).
  DenseElementsAttr nonZeroCoefficients(RankedTensorType type,
                                        const Values &values);
  FailureOr<Values> population(Operation *node, StringRef field,
                               ArrayRef<int64_t> shape);
  Value state(Operation *node, StringRef variable, RankedTensorType type,
              const Values *initial);
  void next(Value state, Value value);
  /// The solver of the step op (`sim.leaky_step`, `sim.cuba_step`) a neuron
  /// takes: every neuron's under `adaptive`, a spiking one's under `exact`
  /// (its crossings are located inside the step); none for a linear update.
  std::optional<sim::Solver> stepSolver(bool spiking) const;
  /// Euler's end-of-step threshold and reset: (spikes, membrane after).
  std::pair<Value, Value> fire(Operation *node, Value membrane,
                               const Values &threshold, const Values &vReset);
  /// Makes `output` the node's value and its membrane/current probeable.
  void recordNeuron(Operation *node, Value output, Value membrane,
                    Value current);
  template <typename OpT, typename... Args>
  OpT create(Operation *node, Args &&...args);

  OpBuilder builder;
  double dt;
  sim::Method method;
  sim::ResetMode reset;
  DenseMap<Value, Value> loweredValues;
  /// Placeholders for NIR values used before their node is lowered.
  DenseMap<Value, Operation *> placeholders;
  llvm::StringMap<NodeValues> probeable;
};
} // namespace

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

template <typename OpT, typename... Args>
OpT NodeLowering::create(Operation *node, Args &&...args) {
  auto op = builder.create<OpT>(node->getLoc(), std::forward<Args>(args)...);
  op.setNode(nir::getNodeName(node));
  return op;
}

RankedTensorType NodeLowering::tensorType(Value signal) {
  auto shape = cast<nir::SignalType>(signal.getType()).getShape();
  return RankedTensorType::get(shape, builder.getF64Type());
}

Value NodeLowering::lookup(Value nirValue) {
  if (Value lowered = loweredValues.lookup(nirValue))
    return lowered;
  Operation *&placeholder = placeholders[nirValue];
  if (!placeholder)
    placeholder = builder.create<UnrealizedConversionCastOp>(
        nirValue.getLoc(), TypeRange{tensorType(nirValue)}, ValueRange{});
  return placeholder->getResult(0);
}

FailureOr<Value> NodeLowering::input(Operation *node) {
  if (node->getNumOperands() == 0)
    return node->emitError()
           << "node '" << nir::getNodeName(node)
           << "' has no incoming edge, so it has no input to simulate";
  SmallVector<Value> operands;
  for (Value operand : node->getOperands())
    operands.push_back(lookup(operand));
  if (operands.size() == 1)
    return operands.front();
  // The node goes to the builder: with the operands alone the call would be
  // ambiguous with the generic builder.
  return builder
      .create<sim::AddOp>(node->getLoc(), operands, nir::getNodeName(node))
      .getOutput();
}

DenseElementsAttr NodeLowering::coefficients(RankedTensorType type,
                                             const Values &values) {
  bool uniform = llvm::all_equal(values);
  if (uniform && !values.empty())
    return DenseElementsAttr::get(type, builder.getF64FloatAttr(values[0]));
  return DenseElementsAttr::get(type, ArrayRef<double>(values));
}

DenseElementsAttr NodeLowering::nonZeroCoefficients(RankedTensorType type,
                                                    const Values &values) {
  if (llvm::all_of(values, [](double v) { return v == 0; }))
    return {};
  return coefficients(type, values);
}

/// A parameter as doubles, broadcast to the population (NIR broadcasts
/// `w_in`; the verifier has checked that every parameter broadcasts).
FailureOr<Values> NodeLowering::population(Operation *node, StringRef field,
                                           ArrayRef<int64_t> shape) {
  auto attr = node->getAttrOfType<ElementsAttr>(field);
  Values raw(attr.getNumElements());
  forEachValueAsDouble(attr, [&](int64_t i, double v) {
    raw[i] = v;
    return true;
  });
  int64_t count = numElements(shape);
  if (int64_t(raw.size()) == count)
    return raw;
  if (raw.size() == 1)
    return Values(count, raw[0]);
  // General NumPy broadcasting: align trailing axes.
  ArrayRef<int64_t> from = attr.getShapedType().getShape();
  Values out(count);
  SmallVector<int64_t> index(shape.size(), 0);
  for (int64_t flat = 0; flat < count; ++flat) {
    int64_t source = 0;
    for (size_t a = 0; a < from.size(); ++a) {
      size_t axis = shape.size() - from.size() + a;
      source = source * from[a] + (from[a] == 1 ? 0 : index[axis]);
    }
    out[flat] = raw[source];
    for (int64_t axis = shape.size() - 1; axis >= 0; --axis) {
      if (++index[axis] < shape[axis])
        break;
      index[axis] = 0;
    }
  }
  return out;
}

Value NodeLowering::state(Operation *node, StringRef variable,
                          RankedTensorType type, const Values *initial) {
  DenseElementsAttr init =
      initial ? nonZeroCoefficients(type, *initial) : DenseElementsAttr();
  std::string name = (nir::getNodeName(node) + "." + variable).str();
  return create<sim::StateOp>(node, type, builder.getStringAttr(name), init)
      .getState();
}

void NodeLowering::next(Value state, Value value) {
  auto stateOp = state.getDefiningOp<sim::StateOp>();
  builder.create<sim::NextOp>(stateOp.getLoc(), state, value)
      .setNode(stateOp.getNode());
}

std::optional<sim::Solver> NodeLowering::stepSolver(bool spiking) const {
  switch (method) {
  case sim::Method::Adaptive:
    return sim::Solver::Adaptive;
  case sim::Method::Exact:
    if (spiking)
      return sim::Solver::Exact;
    return std::nullopt;
  case sim::Method::Euler:
    return std::nullopt;
  }
  llvm_unreachable("unknown method");
}

std::pair<Value, Value> NodeLowering::fire(Operation *node, Value membrane,
                                           const Values &threshold,
                                           const Values &vReset) {
  auto type = cast<RankedTensorType>(membrane.getType());
  auto fire = create<sim::FireOp>(node, membrane, coefficients(type, threshold),
                                  coefficients(type, vReset), reset);
  return {fire.getSpikes(), fire.getMembraneAfter()};
}

void NodeLowering::recordNeuron(Operation *node, Value output, Value membrane,
                                Value current) {
  loweredValues[node->getResult(0)] = output;
  probeable[nir::getNodeName(node)] = {output, membrane, current};
}

LogicalResult NodeLowering::resolvePlaceholders() {
  for (auto [nirValue, placeholder] : placeholders) {
    Value lowered = loweredValues.lookup(nirValue);
    if (!lowered)
      return nirValue.getDefiningOp()->emitError()
             << "node '" << nir::getNodeName(nirValue.getDefiningOp())
             << "' cannot be simulated";
    placeholder->getResult(0).replaceAllUsesWith(lowered);
    placeholder->erase();
  }
  return success();
}

LogicalResult NodeLowering::addProbe(Location loc, StringRef spec) {
  // Node names may contain dots ("lif1.lif"), so a whole-name match wins.
  StringRef nodeName = spec, observable = "output";
  if (!probeable.count(spec)) {
    auto [prefix, suffix] = spec.rsplit('.');
    if (!prefix.empty() && (suffix == "v" || suffix == "i"))
      nodeName = prefix, observable = suffix;
  }
  auto it = probeable.find(nodeName);
  if (it == probeable.end())
    return emitError(loc) << "cannot probe '" << spec
                          << "': no node of that name";
  Value value = observable == "output" ? it->second.output
                : observable == "v"    ? it->second.membrane
                                       : it->second.current;
  if (!value)
    return emitError(loc) << "cannot probe '" << spec << "': node '" << nodeName
                          << "' has no "
                          << (observable == "v" ? "membrane" : "current")
                          << " state";
  builder.create<sim::ProbeOp>(loc, nodeName, observable, value,
                               /*unit=*/FloatAttr(), /*offset=*/FloatAttr());
  return success();
}

//===----------------------------------------------------------------------===//
// Synapses and wiring
//===----------------------------------------------------------------------===//

LogicalResult NodeLowering::lowerDense(Operation *node, ElementsAttr weight,
                                       ElementsAttr bias) {
  FailureOr<Value> x = input(node);
  if (failed(x))
    return failure();
  // Weights (..., out, in) act on each leading index separately: a
  // block-diagonal matrix on the flattened signal.
  ArrayRef<int64_t> shape = weight.getShapedType().getShape();
  int64_t out = shape[shape.size() - 2], in = shape.back();
  int64_t blocks = numElements(shape.drop_back(2));
  Values w(weight.getNumElements());
  forEachValueAsDouble(weight, [&](int64_t i, double v) {
    w[i] = v;
    return true;
  });
  Values matrix(blocks * out * blocks * in, 0.0);
  for (int64_t b = 0; b < blocks; ++b)
    for (int64_t o = 0; o < out; ++o)
      for (int64_t i = 0; i < in; ++i)
        matrix[(b * out + o) * blocks * in + b * in + i] =
            w[(b * out + o) * in + i];
  auto f64 = builder.getF64Type();
  auto matrixType = RankedTensorType::get({blocks * out, blocks * in}, f64);
  DenseElementsAttr biasAttr;
  if (bias) {
    FailureOr<Values> b =
        population(node, "bias", tensorType(node->getResult(0)).getShape());
    biasAttr =
        nonZeroCoefficients(RankedTensorType::get({blocks * out}, f64), *b);
  }
  auto dense = create<sim::DenseOp>(
      node, tensorType(node->getResult(0)), *x,
      DenseElementsAttr::get(matrixType, ArrayRef<double>(matrix)), biasAttr);
  loweredValues[node->getResult(0)] = dense.getOutput();
  return success();
}

/// Reshapes `value` to `type` unless it already has it.
static Value reshapeTo(OpBuilder &builder, Operation *node, Value value,
                       RankedTensorType type) {
  if (value.getType() == type)
    return value;
  auto reshape = builder.create<sim::ReshapeOp>(node->getLoc(), type, value);
  reshape.setNode(nir::getNodeName(node));
  return reshape;
}

LogicalResult NodeLowering::lowerConv(Operation *node, unsigned spatialRank,
                                      ElementsAttr weight, ElementsAttr bias,
                                      ArrayRef<int64_t> stride,
                                      ArrayRef<int64_t> dilation,
                                      Attribute padding, int64_t groups) {
  FailureOr<Value> x = input(node);
  if (failed(x))
    return failure();
  auto f64 = builder.getF64Type();
  // Conv1d runs as a Conv2d of height 1.
  auto as2d = [&](ArrayRef<int64_t> values, int64_t unit) {
    SmallVector<int64_t> out(values);
    if (spatialRank == 1)
      out.insert(out.begin(), unit);
    return out;
  };
  SmallVector<int64_t> weightShape(weight.getShapedType().getShape());
  SmallVector<int64_t> kernel(ArrayRef<int64_t>(weightShape).drop_front(2));
  SmallVector<int64_t> inShape(tensorType(node->getOperand(0)).getShape());
  SmallVector<int64_t> outShape(tensorType(node->getResult(0)).getShape());
  if (spatialRank == 1) {
    weightShape.insert(weightShape.begin() + 2, 1);
    inShape.insert(inShape.begin() + 1, 1);
    outShape.insert(outShape.begin() + 1, 1);
  }
  SmallVector<int64_t> stride2d = as2d(stride, 1),
                       dilation2d = as2d(dilation, 1);
  SmallVector<int64_t> kernel2d = as2d(kernel, 1);
  // [top, left, bottom, right]; PyTorch's "same" puts the odd pixel last.
  SmallVector<int64_t> pads(4, 0);
  for (int axis = 0; axis < 2; ++axis) {
    int64_t before = 0, after = 0;
    if (auto mode = dyn_cast<StringAttr>(padding)) {
      if (mode.getValue() == "same" && !(spatialRank == 1 && axis == 0)) {
        int64_t total = dilation2d[axis] * (kernel2d[axis] - 1);
        before = total / 2;
        after = total - before;
      }
    } else {
      SmallVector<int64_t> amounts;
      if (auto amount = dyn_cast<IntegerAttr>(padding))
        amounts = {amount.getInt()};
      else
        amounts =
            llvm::to_vector(cast<DenseI64ArrayAttr>(padding).asArrayRef());
      amounts = as2d(amounts, 0);
      before = after = amounts[axis];
    }
    pads[axis] = before;
    pads[axis + 2] = after;
  }
  Values w(weight.getNumElements());
  forEachValueAsDouble(weight, [&](int64_t i, double v) {
    w[i] = v;
    return true;
  });
  DenseElementsAttr biasAttr;
  FailureOr<Values> b = population(node, "bias", {weightShape[0]});
  biasAttr =
      nonZeroCoefficients(RankedTensorType::get({weightShape[0]}, f64), *b);
  Value in2d =
      reshapeTo(builder, node, *x, RankedTensorType::get(inShape, f64));
  auto conv = create<sim::Conv2dOp>(
      node, RankedTensorType::get(outShape, f64), in2d,
      DenseElementsAttr::get(RankedTensorType::get(weightShape, f64),
                             ArrayRef<double>(w)),
      biasAttr, stride2d, pads, dilation2d, groups);
  loweredValues[node->getResult(0)] =
      reshapeTo(builder, node, conv, tensorType(node->getResult(0)));
  return success();
}

LogicalResult NodeLowering::lowerPool(Operation *node, ArrayRef<int64_t> kernel,
                                      ArrayRef<int64_t> stride,
                                      ArrayRef<int64_t> padding, double scale) {
  FailureOr<Value> x = input(node);
  if (failed(x))
    return failure();
  SmallVector<int64_t> pads{padding[0], padding[1], padding[0], padding[1]};
  auto pool = create<sim::SumPool2dOp>(node, tensorType(node->getResult(0)), *x,
                                       kernel, stride, pads, APFloat(scale));
  loweredValues[node->getResult(0)] = pool.getOutput();
  return success();
}

LogicalResult NodeLowering::lowerDelay(nir::DelayOp node) {
  FailureOr<Value> x = input(node);
  if (failed(x))
    return failure();
  RankedTensorType type = tensorType(node.getOutput());
  FailureOr<Values> delays = population(node, "delay", type.getShape());
  SmallVector<int64_t> steps;
  double worstRemainder = 0;
  for (double delay : *delays) {
    double exact = delay / dt;
    steps.push_back(std::llround(exact));
    worstRemainder = std::max(worstRemainder, std::abs(exact - steps.back()));
  }
  if (worstRemainder > 1e-6)
    node.emitWarning() << "delays of node '" << node.getName()
                       << "' are not whole multiples of dt = " << dt
                       << " s; rounded to whole steps (up to " << worstRemainder
                       << " step off)";
  int64_t depth = *llvm::max_element(steps);
  if (depth == 0) {
    loweredValues[node.getOutput()] = *x;
    return success();
  }
  SmallVector<int64_t> bufferShape{depth};
  llvm::append_range(bufferShape, type.getShape());
  auto bufferType = RankedTensorType::get(bufferShape, type.getElementType());
  Value buffer = state(node, "buffer", bufferType, nullptr);
  auto delay = create<sim::DelayOp>(
      node, buffer, *x,
      cast<DenseIntElementsAttr>(DenseElementsAttr::get(
          RankedTensorType::get(type.getShape(), builder.getI64Type()),
          ArrayRef<int64_t>(steps))));
  next(buffer, delay.getNextBuffer());
  loweredValues[node.getOutput()] = delay.getOutput();
  return success();
}

//===----------------------------------------------------------------------===//
// Neurons
//===----------------------------------------------------------------------===//

/// Warns when forward Euler steps past a time constant (it then oscillates
/// or diverges instead of decaying).
static void warnIfEulerUnstable(Operation *node, StringRef field,
                                const Values &tau, double dt) {
  double smallest = *llvm::min_element(tau);
  if (dt >= smallest)
    node->emitWarning() << "forward Euler with dt = " << dt << " s is not "
                        << "stable for '" << field << "' = " << smallest
                        << " s of node '" << nir::getNodeName(node)
                        << "'; use method=exact";
}

LogicalResult NodeLowering::lowerLeaky(Operation *node, const Values &tau,
                                       const Values &r, const Values &vLeak,
                                       const Values *threshold,
                                       const Values *vReset) {
  FailureOr<Value> x = input(node);
  if (failed(x))
    return failure();
  RankedTensorType type = tensorType(node->getResult(0));
  Value v = state(node, "v", type, &vLeak);
  auto coeff = [&](const Values &values) { return coefficients(type, values); };
  Value vNext, spikes;
  if (std::optional<sim::Solver> solver = stepSolver(threshold != nullptr)) {
    auto step = create<sim::LeakyStepOp>(
        node, v, *x, coeff(tau), coeff(r), coeff(vLeak),
        threshold ? coeff(*threshold) : DenseElementsAttr(),
        vReset ? coeff(*vReset) : DenseElementsAttr(), reset, *solver);
    vNext = step.getMembraneNext();
    spikes = step.getSpikes();
  } else {
    // Linear update v' = decay v + gain x + offset: the exact propagator,
    // or forward Euler's 1 − dt/τ, R dt/τ, v_leak dt/τ.
    size_t n = tau.size();
    Values decay(n), gain(n), offset(n);
    for (size_t i = 0; i < n; ++i) {
      neuron::LeakyParams p{tau[i], r[i], vLeak[i]};
      neuron::LeakyPropagator step = neuron::exactLeakyPropagator(p, dt);
      if (method == sim::Method::Euler && !std::isinf(p.tau))
        step = {1 - dt / p.tau, p.r * dt / p.tau, p.vLeak * dt / p.tau};
      decay[i] = step.decay, gain[i] = step.gain, offset[i] = step.offset;
    }
    if (method == sim::Method::Euler)
      warnIfEulerUnstable(node, "tau", tau, dt);
    vNext = create<sim::LincombOp>(
        node, type, ValueRange{v, *x},
        builder.getArrayAttr({coeff(decay), coeff(gain)}),
        nonZeroCoefficients(type, offset));
    if (threshold)
      std::tie(spikes, vNext) = fire(node, vNext, *threshold, *vReset);
  }
  next(v, vNext);
  recordNeuron(node, threshold ? spikes : vNext, vNext, Value());
  return success();
}

LogicalResult NodeLowering::lowerCuba(Operation *node, const Values &tauSyn,
                                      const Values &tauMem, const Values &r,
                                      const Values &vLeak, const Values &wIn,
                                      const Values *threshold,
                                      const Values *vReset) {
  FailureOr<Value> x = input(node);
  if (failed(x))
    return failure();
  RankedTensorType type = tensorType(node->getResult(0));
  Value i = state(node, "i", type, nullptr);
  Value v = state(node, "v", type, &vLeak);
  auto coeff = [&](const Values &values) { return coefficients(type, values); };
  Value iNext, vNext, spikes;
  size_t n = tauSyn.size();
  if (std::optional<sim::Solver> solver = stepSolver(threshold != nullptr)) {
    auto step = create<sim::CubaStepOp>(
        node, i, v, *x, coeff(tauSyn), coeff(tauMem), coeff(r), coeff(vLeak),
        coeff(wIn), threshold ? coeff(*threshold) : DenseElementsAttr(),
        vReset ? coeff(*vReset) : DenseElementsAttr(), reset, *solver);
    iNext = step.getCurrentNext();
    vNext = step.getMembraneNext();
    spikes = step.getSpikes();
  } else if (method == sim::Method::Exact) {
    Values ii(n), ix(n), vv(n), vi(n), vx(n), offset(n);
    for (size_t k = 0; k < n; ++k) {
      neuron::CubaPropagator step = neuron::exactCubaPropagator(
          {tauSyn[k], tauMem[k], r[k], vLeak[k], wIn[k]}, dt);
      ii[k] = step.ii, ix[k] = step.ix, vv[k] = step.vv, vi[k] = step.vi,
      vx[k] = step.vx, offset[k] = step.offset;
    }
    iNext = create<sim::LincombOp>(node, type, ValueRange{i, *x},
                                   builder.getArrayAttr({coeff(ii), coeff(ix)}),
                                   DenseElementsAttr());
    vNext = create<sim::LincombOp>(
        node, type, ValueRange{v, i, *x},
        builder.getArrayAttr({coeff(vv), coeff(vi), coeff(vx)}),
        nonZeroCoefficients(type, offset));
  } else {
    // Forward Euler: the current first, then the membrane from it.
    warnIfEulerUnstable(node, "tau_syn", tauSyn, dt);
    warnIfEulerUnstable(node, "tau_mem", tauMem, dt);
    Values synDecay(n), synGain(n), memDecay(n), memGain(n), memOffset(n);
    for (size_t k = 0; k < n; ++k) {
      synDecay[k] = 1 - dt / tauSyn[k];
      synGain[k] = wIn[k] * dt / tauSyn[k];
      memDecay[k] = 1 - dt / tauMem[k];
      memGain[k] = r[k] * dt / tauMem[k];
      memOffset[k] = vLeak[k] * dt / tauMem[k];
    }
    iNext = create<sim::LincombOp>(
        node, type, ValueRange{i, *x},
        builder.getArrayAttr({coeff(synDecay), coeff(synGain)}),
        DenseElementsAttr());
    vNext = create<sim::LincombOp>(
        node, type, ValueRange{v, iNext},
        builder.getArrayAttr({coeff(memDecay), coeff(memGain)}),
        nonZeroCoefficients(type, memOffset));
    if (threshold)
      std::tie(spikes, vNext) = fire(node, vNext, *threshold, *vReset);
  }
  next(i, iNext);
  next(v, vNext);
  recordNeuron(node, threshold ? spikes : vNext, vNext, iNext);
  return success();
}

LogicalResult NodeLowering::lower(Operation *node) {
  auto shape = [&]() { return tensorType(node->getResult(0)).getShape(); };
  // The population's parameters as doubles; failure only if absent.
  auto param = [&](StringRef field) {
    return *population(node, field, shape());
  };
  size_t n = node->getNumResults() ? numElements(shape()) : 0;
  Values infinite(n, std::numeric_limits<double>::infinity()), zeros(n, 0.0);
  LogicalResult result =
      llvm::TypeSwitch<Operation *, LogicalResult>(node)
          .Case([&](nir::InputOp op) {
            loweredValues[op.getOutput()] =
                create<sim::InputOp>(op, tensorType(op.getOutput()),
                                     op.getName())
                    .getOutput();
            return success();
          })
          .Case([&](nir::OutputOp op) {
            FailureOr<Value> x = input(op);
            if (failed(x))
              return failure();
            create<sim::OutputOp>(op, op.getName(), *x, /*unit=*/FloatAttr());
            loweredValues[op.getOutput()] = *x;
            return success();
          })
          .Case([&](nir::AffineOp op) {
            return lowerDense(op, op.getWeight(), op.getBias());
          })
          .Case([&](nir::LinearOp op) {
            return lowerDense(op, op.getWeight(), ElementsAttr());
          })
          .Case([&](nir::Conv1dOp op) {
            return lowerConv(op, 1, op.getWeight(), op.getBias(),
                             {op.getStride()}, {op.getDilation()},
                             op.getPadding(), op.getGroups());
          })
          .Case([&](nir::Conv2dOp op) {
            return lowerConv(op, 2, op.getWeight(), op.getBias(),
                             op.getStride(), op.getDilation(), op.getPadding(),
                             op.getGroups());
          })
          .Case([&](nir::SumPool2dOp op) {
            return lowerPool(op, op.getKernelSize(), op.getStride(),
                             op.getPadding(), 1.0);
          })
          .Case([&](nir::AvgPool2dOp op) {
            ArrayRef<int64_t> k = op.getKernelSize();
            return lowerPool(op, k, op.getStride(), op.getPadding(),
                             1.0 / double(k[0] * k[1]));
          })
          .Case([&](nir::FlattenOp op) {
            FailureOr<Value> x = input(op);
            if (failed(x))
              return failure();
            loweredValues[op.getOutput()] =
                reshapeTo(builder, op, *x, tensorType(op.getOutput()));
            return success();
          })
          .Case([&](nir::ScaleOp op) {
            FailureOr<Value> x = input(op);
            if (failed(x))
              return failure();
            RankedTensorType type = tensorType(op.getOutput());
            loweredValues[op.getOutput()] = create<sim::LincombOp>(
                op, type, ValueRange{*x},
                builder.getArrayAttr({coefficients(type, param("scale"))}),
                DenseElementsAttr());
            return success();
          })
          .Case([&](nir::DelayOp op) { return lowerDelay(op); })
          .Case([&](nir::ThresholdOp op) {
            FailureOr<Value> x = input(op);
            if (failed(x))
              return failure();
            RankedTensorType type = tensorType(op.getOutput());
            loweredValues[op.getOutput()] = create<sim::HeavisideOp>(
                op, *x, coefficients(type, param("threshold")));
            return success();
          })
          .Case([&](nir::IOp) {
            return lowerLeaky(node, infinite, param("r"), zeros, nullptr,
                              nullptr);
          })
          .Case([&](nir::IFOp) {
            Values threshold = param("v_threshold"), vReset = param("v_reset");
            return lowerLeaky(node, infinite, param("r"), zeros, &threshold,
                              &vReset);
          })
          .Case([&](nir::LIOp) {
            return lowerLeaky(node, param("tau"), param("r"), param("v_leak"),
                              nullptr, nullptr);
          })
          .Case([&](nir::LIFOp) {
            Values threshold = param("v_threshold"), vReset = param("v_reset");
            return lowerLeaky(node, param("tau"), param("r"), param("v_leak"),
                              &threshold, &vReset);
          })
          .Case([&](nir::CubaLIOp) {
            return lowerCuba(node, param("tau_syn"), param("tau_mem"),
                             param("r"), param("v_leak"), param("w_in"),
                             nullptr, nullptr);
          })
          .Case([&](nir::CubaLIFOp) {
            Values threshold = param("v_threshold"), vReset = param("v_reset");
            return lowerCuba(node, param("tau_syn"), param("tau_mem"),
                             param("r"), param("v_leak"), param("w_in"),
                             &threshold, &vReset);
          })
          .Default([&](Operation *op) {
            return op->emitError() << "'" << op->getName()
                                   << "' cannot be simulated; run nir-flatten "
                                      "first for nested graphs";
          });
  if (succeeded(result) && node->getNumResults() &&
      !probeable.count(nir::getNodeName(node)))
    probeable[nir::getNodeName(node)] = {
        loweredValues.lookup(node->getResult(0)), Value(), Value()};
  return result;
}

//===----------------------------------------------------------------------===//
// Pass
//===----------------------------------------------------------------------===//

namespace {
class ConvertNIRToSimPass
    : public nirc::impl::ConvertNIRToSimBase<ConvertNIRToSimPass> {
public:
  using ConvertNIRToSimBase::ConvertNIRToSimBase;
  void runOnOperation() override;
};
} // namespace

void ConvertNIRToSimPass::runOnOperation() {
  ModuleOp module = getOperation();
  auto fail = [&](const Twine &message) {
    module.emitError(message);
    signalPassFailure();
  };
  if (!(dt > 0) || !std::isfinite(dt))
    return fail("convert-nir-to-sim needs a step length: dt > 0 seconds");
  FailureOr<nir::GraphOp> lowerable =
      nir::getLowerableGraph(module, getArgument(), "simulated");
  if (failed(lowerable))
    return signalPassFailure();
  nir::GraphOp graph = *lowerable;

  OpBuilder builder(graph);
  StringRef name = graph.getName().value_or("");
  auto model = builder.create<sim::ModelOp>(
      graph.getLoc(), name.empty() ? "main" : name, APFloat(double(dt)),
      builder.getAttr<sim::MethodAttr>(method),
      builder.getAttr<sim::ResetModeAttr>(reset), /*scheduled=*/false,
      /*storage_size=*/nullptr);
  model.getBody().emplaceBlock();
  NodeLowering lowering(model, dt, method, reset);
  for (Operation &node : graph.getBody().front())
    if (failed(lowering.lower(&node)))
      return signalPassFailure();
  if (failed(lowering.resolvePlaceholders()))
    return signalPassFailure();
  for (const std::string &probe : probes)
    if (failed(lowering.addProbe(graph.getLoc(), probe)))
      return signalPassFailure();
  graph.erase();
}
