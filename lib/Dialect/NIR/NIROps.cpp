//===- NIROps.cpp - NIR ops: verifiers and shape rules --------------------===//
//
// Each NIR primitive's parameter checks (`verifyParameters`) and shape rule
// (`inferOutputShape`). Messages name the node, the field and the values.
//
//===----------------------------------------------------------------------===//

#include "nirc/Dialect/NIR/NIROps.h"
#include "nirc/Support/ElementsUtils.h"
#include "nirc/Support/ShapeRules.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"
#include "llvm/ADT/StringMap.h"

using namespace mlir;
using namespace nirc;
using namespace nirc::nir;

static ArrayRef<int64_t> shapeOf(ElementsAttr attr) {
  return attr.getShapedType().getShape();
}

/// Reports through `emitError` when it is non-null; always fails.
template <typename... Parts>
static FailureOr<ShapeOrUnknown> rejectInput(EmitErrorFn emitError,
                                             const Parts &...parts) {
  if (emitError)
    (emitError() << ... << parts);
  return failure();
}

/// Checks that every value of `field` satisfies `predicate`, naming the
/// first that does not.
static LogicalResult checkValues(Operation *op, StringRef field,
                                 ElementsAttr values,
                                 llvm::function_ref<bool(double)> predicate,
                                 StringRef requirement) {
  int64_t badIndex = -1;
  double badValue = 0;
  forEachValueAsDouble(values, [&](int64_t index, double value) {
    if (predicate(value))
      return true;
    badIndex = index;
    badValue = value;
    return false;
  });
  if (badIndex < 0)
    return success();
  return emitNodeError(op) << "'" << field << "' must be " << requirement
                           << ", got " << badValue << " at flat index "
                           << badIndex;
}

/// Checks the entries of an integer hyperparameter list (stride, kernel...).
static LogicalResult checkList(Operation *op, StringRef field,
                               ArrayRef<int64_t> values, size_t expectedSize,
                               int64_t minimum) {
  if (values.size() != expectedSize)
    return emitNodeError(op) << "'" << field << "' must have " << expectedSize
                             << " entries, got " << formatShape(values);
  if (llvm::any_of(values, [&](int64_t v) { return v < minimum; }))
    return emitNodeError(op)
           << "'" << field << "' entries must be >= " << minimum << ", got "
           << formatShape(values);
  return success();
}

//===----------------------------------------------------------------------===//
// Elementwise nodes: neurons, Scale, Delay, Threshold
//===----------------------------------------------------------------------===//

namespace {
struct NamedParam {
  StringRef name;
  ElementsAttr value;
};
} // namespace

static SmallVector<NamedParam> getParams(Operation *op,
                                         ArrayRef<StringRef> fieldNames) {
  SmallVector<NamedParam> params;
  for (StringRef name : fieldNames)
    if (auto value = op->getAttrOfType<ElementsAttr>(name))
      params.push_back({name, value});
  return params;
}

/// `w_in` is the one neuron parameter NIR broadcasts instead of requiring
/// the population shape.
static bool isBroadcastParam(StringRef name) { return name == "w_in"; }

/// The parameter whose shape is the population shape.
static NamedParam getPopulationParam(ArrayRef<NamedParam> params) {
  return *llvm::find_if(
      params, [](const NamedParam &p) { return !isBroadcastParam(p.name); });
}

LogicalResult
nirc::nir::verifyElementwiseParameters(Operation *op,
                                       ArrayRef<StringRef> fieldNames) {
  SmallVector<NamedParam> params = getParams(op, fieldNames);
  NamedParam population = getPopulationParam(params);
  ArrayRef<int64_t> populationShape = shapeOf(population.value);
  for (const NamedParam &param : params) {
    if (isBroadcastParam(param.name)) {
      if (!broadcastsTo(shapeOf(param.value), populationShape))
        return emitNodeError(op)
               << "'" << param.name << "' of shape "
               << formatShape(shapeOf(param.value))
               << " does not broadcast to the population shape "
               << formatShape(populationShape) << " of '" << population.name
               << "'";
    } else if (shapeOf(param.value) != populationShape) {
      return emitNodeError(op)
             << "parameters must share one shape, but '" << population.name
             << "' is " << formatShape(populationShape) << " and '"
             << param.name << "' is " << formatShape(shapeOf(param.value));
    }
    if (param.name.starts_with("tau") &&
        failed(checkValues(
            op, param.name, param.value, [](double v) { return v > 0; },
            "positive (a time constant)")))
      return failure();
    if (param.name == "delay" &&
        failed(checkValues(
            op, param.name, param.value, [](double v) { return v >= 0; },
            "non-negative")))
      return failure();
  }
  return success();
}

FailureOr<ShapeOrUnknown> nirc::nir::inferElementwiseOutputShape(
    Operation *op, ArrayRef<StringRef> fieldNames, OptionalShape inputShape,
    EmitErrorFn emitError) {
  NamedParam population = getPopulationParam(getParams(op, fieldNames));
  ArrayRef<int64_t> populationShape = shapeOf(population.value);
  if (inputShape && *inputShape != populationShape)
    return rejectInput(emitError, "input shape ", formatShape(*inputShape),
                       " does not match the shape ",
                       formatShape(populationShape), " of '", population.name,
                       "'");
  return ShapeOrUnknown(llvm::to_vector(populationShape));
}

//===----------------------------------------------------------------------===//
// Affine and Linear
//===----------------------------------------------------------------------===//

static LogicalResult verifyWeightMatrix(Operation *op, ElementsAttr weight) {
  if (shapeOf(weight).size() < 2)
    return emitNodeError(op) << "'weight' must have shape (..., out, in) of "
                                "rank >= 2, got "
                             << formatShape(shapeOf(weight));
  return success();
}

/// `weight` (..., out, in) maps (..., in) to (..., out).
static FailureOr<ShapeOrUnknown>
inferMatrixOutputShape(ElementsAttr weight, OptionalShape inputShape,
                       EmitErrorFn emitError) {
  ArrayRef<int64_t> w = shapeOf(weight);
  SmallVector<int64_t> expectedInput(w.drop_back(2));
  expectedInput.push_back(w.back());
  SmallVector<int64_t> output(w.drop_back(2));
  output.push_back(w[w.size() - 2]);
  if (inputShape && *inputShape != ArrayRef<int64_t>(expectedInput))
    return rejectInput(emitError, "input shape ", formatShape(*inputShape),
                       " does not match 'weight' of shape ", formatShape(w),
                       ", which takes ", formatShape(expectedInput));
  return ShapeOrUnknown(std::move(output));
}

LogicalResult AffineOp::verifyParameters() {
  if (failed(verifyWeightMatrix(*this, getWeight())))
    return failure();
  ArrayRef<int64_t> w = shapeOf(getWeight());
  SmallVector<int64_t> output(w.drop_back(2));
  output.push_back(w[w.size() - 2]);
  if (!broadcastsTo(shapeOf(getBias()), output))
    return emitNodeError(*this)
           << "'bias' of shape " << formatShape(shapeOf(getBias()))
           << " does not broadcast to the output shape " << formatShape(output);
  return success();
}

FailureOr<ShapeOrUnknown> AffineOp::inferOutputShape(OptionalShape inputShape,
                                                     EmitErrorFn emitError) {
  return inferMatrixOutputShape(getWeight(), inputShape, emitError);
}

LogicalResult LinearOp::verifyParameters() {
  return verifyWeightMatrix(*this, getWeight());
}

FailureOr<ShapeOrUnknown> LinearOp::inferOutputShape(OptionalShape inputShape,
                                                     EmitErrorFn emitError) {
  return inferMatrixOutputShape(getWeight(), inputShape, emitError);
}

//===----------------------------------------------------------------------===//
// Conv1d and Conv2d
//===----------------------------------------------------------------------===//

namespace {
/// A Conv1d or Conv2d with its scalar-or-list fields as per-axis lists.
struct ConvSpec {
  unsigned spatialRank;
  ElementsAttr weight, bias;
  SmallVector<int64_t> stride, dilation, padding;
  /// "same" or "valid" when padding was given by name.
  std::optional<StringRef> paddingMode;
  int64_t groups;
  std::optional<SmallVector<int64_t>> storedInputShape;
};
} // namespace

static void setPadding(ConvSpec &spec, Attribute padding) {
  if (auto mode = dyn_cast<StringAttr>(padding))
    spec.paddingMode = mode.getValue();
  else if (auto amount = dyn_cast<IntegerAttr>(padding))
    spec.padding = {amount.getInt()};
  else
    spec.padding =
        llvm::to_vector(cast<DenseI64ArrayAttr>(padding).asArrayRef());
}

static ConvSpec getConvSpec(Conv1dOp op) {
  ConvSpec spec{
      1,  op.getWeight(), op.getBias(),   {op.getStride()}, {op.getDilation()},
      {}, std::nullopt,   op.getGroups(), std::nullopt};
  setPadding(spec, op.getPadding());
  if (std::optional<int64_t> length = op.getInputShape())
    spec.storedInputShape = SmallVector<int64_t>{*length};
  return spec;
}

static ConvSpec getConvSpec(Conv2dOp op) {
  ConvSpec spec{2,
                op.getWeight(),
                op.getBias(),
                llvm::to_vector(op.getStride()),
                llvm::to_vector(op.getDilation()),
                {},
                std::nullopt,
                op.getGroups(),
                std::nullopt};
  setPadding(spec, op.getPadding());
  if (std::optional<ArrayRef<int64_t>> shape = op.getInputShape())
    spec.storedInputShape = llvm::to_vector(*shape);
  return spec;
}

static LogicalResult verifyConv(Operation *op, const ConvSpec &spec) {
  ArrayRef<int64_t> w = shapeOf(spec.weight);
  unsigned n = spec.spatialRank;
  if (w.size() != n + 2)
    return emitNodeError(op) << "'weight' must have shape (C_out, C_in/groups"
                             << (n == 1 ? ", K" : ", kH, kW") << ") of rank "
                             << n + 2 << ", got " << formatShape(w);
  if (failed(checkList(op, "stride", spec.stride, n, 1)) ||
      failed(checkList(op, "dilation", spec.dilation, n, 1)))
    return failure();
  if (spec.paddingMode) {
    if (*spec.paddingMode != "same" && *spec.paddingMode != "valid")
      return emitNodeError(op) << "'padding' must be amounts, \"same\" or "
                                  "\"valid\", got \""
                               << *spec.paddingMode << "\"";
    if (*spec.paddingMode == "same" &&
        llvm::any_of(spec.stride, [](int64_t s) { return s != 1; }))
      return emitNodeError(op) << "'padding' \"same\" needs stride 1 (as in "
                                  "PyTorch), got stride "
                               << formatShape(spec.stride);
  } else if (failed(checkList(op, "padding", spec.padding, n, 0))) {
    return failure();
  }
  if (spec.groups < 1 || w[0] % spec.groups != 0)
    return emitNodeError(op) << "'groups' = " << spec.groups
                             << " must be positive and divide C_out = " << w[0];
  if (shapeOf(spec.bias) != ArrayRef<int64_t>{w[0]})
    return emitNodeError(op) << "'bias' must have shape [C_out] = [" << w[0]
                             << "], got " << formatShape(shapeOf(spec.bias));
  if (spec.storedInputShape)
    return checkList(op, "input_shape", *spec.storedInputShape, n, 1);
  return success();
}

static FailureOr<ShapeOrUnknown> inferConv(const ConvSpec &spec,
                                           OptionalShape inputShape,
                                           EmitErrorFn emitError) {
  ArrayRef<int64_t> w = shapeOf(spec.weight);
  unsigned n = spec.spatialRank;
  int64_t inChannels = w[1] * spec.groups;
  SmallVector<int64_t> spatial;
  if (inputShape) {
    if (inputShape->size() != n + 1 || (*inputShape)[0] != inChannels)
      return rejectInput(emitError, "input shape ", formatShape(*inputShape),
                         " does not match 'weight' of shape ", formatShape(w),
                         " with groups = ", spec.groups, ", which takes ",
                         inChannels, " channels and ", n, " spatial dims");
    spatial.assign(inputShape->begin() + 1, inputShape->end());
    if (spec.storedInputShape && *spec.storedInputShape != spatial)
      return rejectInput(
          emitError, "'input_shape' ", formatShape(*spec.storedInputShape),
          " disagrees with the input's spatial shape ", formatShape(spatial));
  } else if (spec.storedInputShape) {
    spatial = *spec.storedInputShape;
  } else {
    return ShapeOrUnknown();
  }
  SmallVector<int64_t> output{w[0]};
  for (unsigned axis = 0; axis < n; ++axis) {
    if (spec.paddingMode == "same") {
      output.push_back(spatial[axis]);
      continue;
    }
    int64_t padding = spec.paddingMode ? 0 : spec.padding[axis];
    int64_t length =
        convOutputLength(spatial[axis], w[2 + axis], spec.stride[axis], padding,
                         spec.dilation[axis]);
    if (length < 1)
      return rejectInput(emitError, "kernel extent ",
                         spec.dilation[axis] * (w[2 + axis] - 1) + 1,
                         " exceeds the padded input length ",
                         spatial[axis] + 2 * padding, " on spatial axis ",
                         axis);
    output.push_back(length);
  }
  return ShapeOrUnknown(std::move(output));
}

LogicalResult Conv1dOp::verifyParameters() {
  return verifyConv(*this, getConvSpec(*this));
}

FailureOr<ShapeOrUnknown> Conv1dOp::inferOutputShape(OptionalShape inputShape,
                                                     EmitErrorFn emitError) {
  return inferConv(getConvSpec(*this), inputShape, emitError);
}

LogicalResult Conv2dOp::verifyParameters() {
  return verifyConv(*this, getConvSpec(*this));
}

FailureOr<ShapeOrUnknown> Conv2dOp::inferOutputShape(OptionalShape inputShape,
                                                     EmitErrorFn emitError) {
  return inferConv(getConvSpec(*this), inputShape, emitError);
}

//===----------------------------------------------------------------------===//
// SumPool2d and AvgPool2d
//===----------------------------------------------------------------------===//

template <typename PoolOp>
LogicalResult nirc::nir::verifyPool2dParameters(PoolOp op) {
  if (failed(checkList(op, "kernel_size", op.getKernelSize(), 2, 1)) ||
      failed(checkList(op, "stride", op.getStride(), 2, 1)))
    return failure();
  return checkList(op, "padding", op.getPadding(), 2, 0);
}

template <typename PoolOp>
FailureOr<ShapeOrUnknown>
nirc::nir::inferPool2dOutputShape(PoolOp op, OptionalShape inputShape,
                                  EmitErrorFn emitError) {
  if (!inputShape)
    return ShapeOrUnknown();
  if (inputShape->size() != 3)
    return rejectInput(emitError, "input shape ", formatShape(*inputShape),
                       " must be (C, H, W)");
  SmallVector<int64_t> output{(*inputShape)[0]};
  for (unsigned axis = 0; axis < 2; ++axis) {
    int64_t length = convOutputLength(
        (*inputShape)[1 + axis], op.getKernelSize()[axis], op.getStride()[axis],
        op.getPadding()[axis], /*dilation=*/1);
    if (length < 1)
      return rejectInput(
          emitError, "'kernel_size' ", formatShape(op.getKernelSize()),
          " does not fit the padded input ", formatShape(*inputShape));
    output.push_back(length);
  }
  return ShapeOrUnknown(std::move(output));
}

//===----------------------------------------------------------------------===//
// Flatten
//===----------------------------------------------------------------------===//

LogicalResult FlattenOp::verifyParameters() {
  std::optional<ArrayRef<int64_t>> stored = getInputType();
  if (!stored)
    return success();
  if (failed(checkList(*this, "input_type", *stored, stored->size(), 1)))
    return failure();
  if (!isPlausibleShape(*stored))
    return emitNodeError(*this) << "'input_type' " << formatShape(*stored)
                                << " has more than 2^40 channels";
  if (!flattenShape(*stored, getStartDim(), getEndDim()))
    return emitNodeError(*this)
           << "start_dim = " << getStartDim()
           << " and end_dim = " << getEndDim() << " do not index 'input_type' "
           << formatShape(*stored) << " (dims index the unbatched shape)";
  return success();
}

FailureOr<ShapeOrUnknown> FlattenOp::inferOutputShape(OptionalShape inputShape,
                                                      EmitErrorFn emitError) {
  std::optional<ArrayRef<int64_t>> stored = getInputType();
  if (inputShape && stored && *inputShape != *stored)
    return rejectInput(emitError, "'input_type' ", formatShape(*stored),
                       " disagrees with the input shape ",
                       formatShape(*inputShape));
  OptionalShape shape = inputShape ? inputShape : stored;
  if (!shape)
    return ShapeOrUnknown();
  if (!isPlausibleShape(*shape))
    return rejectInput(emitError, "input shape ", formatShape(*shape),
                       " has more than 2^40 channels");
  ShapeOrUnknown output = flattenShape(*shape, getStartDim(), getEndDim());
  if (!output)
    return rejectInput(emitError, "start_dim = ", getStartDim(),
                       " and end_dim = ", getEndDim(),
                       " do not index the input shape ", formatShape(*shape),
                       " (dims index the unbatched shape)");
  return output;
}

//===----------------------------------------------------------------------===//
// Input and Output
//===----------------------------------------------------------------------===//

FailureOr<ShapeOrUnknown> InputOp::inferOutputShape(OptionalShape,
                                                    EmitErrorFn emitError) {
  auto type = cast<SignalType>(getOutput().getType());
  if (!type.hasKnownShape())
    return rejectInput(emitError,
                       "an Input node must declare its shape (NIR 'shape')");
  return ShapeOrUnknown(llvm::to_vector(type.getShape()));
}

FailureOr<ShapeOrUnknown> OutputOp::inferOutputShape(OptionalShape inputShape,
                                                     EmitErrorFn) {
  if (!inputShape)
    return ShapeOrUnknown();
  return ShapeOrUnknown(llvm::to_vector(*inputShape));
}

//===----------------------------------------------------------------------===//
// Graph
//===----------------------------------------------------------------------===//

RegionKind GraphOp::getRegionKind(unsigned) { return RegionKind::Graph; }

/// A graph's body, as the default region syntax, but refusing to nest deeper
/// than kMaxGraphNesting before MLIR's recursive parser runs out of stack.
static ParseResult parseGraphBody(OpAsmParser &parser, Region &body) {
  static thread_local int depth = 0;
  if (depth > kMaxGraphNesting)
    return parser.emitError(parser.getCurrentLocation())
           << "graphs nested deeper than " << kMaxGraphNesting;
  ++depth;
  ParseResult parsed = parser.parseRegion(body);
  --depth;
  // `{}` is an empty graph: one block, as the generated parser would make.
  if (succeeded(parsed) && body.empty())
    body.emplaceBlock();
  return parsed;
}

static void printGraphBody(OpAsmPrinter &printer, GraphOp, Region &body) {
  printer.printRegion(body);
}

StringRef nirc::nir::getNodeName(Operation *node) {
  if (auto graph = dyn_cast<GraphOp>(node))
    return graph.getName().value_or("");
  return cast<NodeOpInterface>(node).getNodeName();
}

SmallVector<InputOp> nirc::nir::getInputNodes(GraphOp graph) {
  return llvm::to_vector(graph.getBody().getOps<InputOp>());
}

SmallVector<OutputOp> nirc::nir::getOutputNodes(GraphOp graph) {
  return llvm::to_vector(graph.getBody().getOps<OutputOp>());
}

SmallVector<Edge> nirc::nir::getEdges(GraphOp graph) {
  SmallVector<Edge> edges;
  for (Operation &target : graph.getBody().getOps())
    for (Value input : target.getOperands())
      edges.push_back({input.getDefiningOp(), &target});
  auto order = graph->getAttrOfType<DenseI64ArrayAttr>(kEdgeOrderAttrName);
  if (!order || size_t(order.size()) != edges.size())
    return edges;
  SmallVector<Edge> inFileOrder(edges.size());
  SmallVector<bool> filled(edges.size(), false);
  for (auto [edge, position] : llvm::zip(edges, order.asArrayRef())) {
    if (position < 0 || size_t(position) >= edges.size() || filled[position])
      return edges; // not a permutation
    inFileOrder[position] = edge;
    filled[position] = true;
  }
  return inFileOrder;
}

FailureOr<GraphOp> nirc::nir::getLowerableGraph(ModuleOp module,
                                                StringRef passName,
                                                StringRef verb) {
  auto graphs = llvm::to_vector(module.getOps<GraphOp>());
  if (graphs.size() != 1)
    return module.emitError()
           << passName << " needs exactly one top-level nir.graph";
  GraphOp graph = graphs.front();
  WalkResult unknownShape = graph.getBody().walk([&](Operation *op) {
    for (Value result : op->getResults())
      if (auto signal = dyn_cast<SignalType>(result.getType());
          signal && !signal.hasKnownShape()) {
        op->emitError() << "node '" << getNodeName(op)
                        << "' has no known shape, so it cannot be " << verb
                        << " (nir-infer-types finds none)";
        return WalkResult::interrupt();
      }
    return WalkResult::advance();
  });
  if (unknownShape.wasInterrupted())
    return failure();
  return graph;
}

/// A port value and the body node it stands for must agree where both are
/// known.
static LogicalResult checkPortType(GraphOp graph, StringRef portKind,
                                   unsigned index, Type portType,
                                   Operation *node) {
  auto port = cast<SignalType>(portType);
  auto inner = cast<SignalType>(node->getResult(0).getType());
  if (!port.hasKnownShape() || !inner.hasKnownShape() ||
      port.getShape() == inner.getShape())
    return success();
  InFlightDiagnostic diag =
      emitNodeError(graph) << portKind << " #" << index << " has shape "
                           << formatShape(port.getShape()) << " but its node \""
                           << cast<NodeOpInterface>(node).getNodeName()
                           << "\" has " << formatShape(inner.getShape());
  diag.attachNote(node->getLoc()) << "port node defined here";
  return diag;
}

LogicalResult GraphOp::verify() {
  if (!isNested()) {
    if (!getInputs().empty() || !getOutputs().empty())
      return emitOpError() << "at top level takes no operands and has no "
                              "results; its ports are its nir.input and "
                              "nir.output nodes";
    return success();
  }
  if (!getName())
    return emitOpError() << "nested in a graph needs a name: NIR edges "
                            "address it as a node";
  if (!getInputs().empty()) {
    SmallVector<InputOp> inputs = getInputNodes(*this);
    if (inputs.size() != 1)
      return emitNodeError(*this)
             << "edges into a nested graph are summed into its one nir.input "
                "node, but its body has "
             << inputs.size();
    for (auto [index, input] : llvm::enumerate(getInputs()))
      if (failed(
              checkPortType(*this, "input", index, input.getType(), inputs[0])))
        return failure();
  }
  SmallVector<OutputOp> outputs = getOutputNodes(*this);
  if (getOutputs().size() != outputs.size())
    return emitNodeError(*this)
           << "has " << getOutputs().size() << " results but its body has "
           << outputs.size()
           << " nir.output nodes; results are the outputs in body order";
  for (auto [index, result, node] : llvm::enumerate(getOutputs(), outputs))
    if (failed(checkPortType(*this, "result", index, result.getType(), node)))
      return failure();
  return success();
}

LogicalResult GraphOp::verifyRegions() {
  llvm::StringMap<Operation *> nodesByName;
  for (Operation &op : getBody().getOps()) {
    StringAttr name = op.getAttrOfType<StringAttr>("name");
    if (!isa<NodeOpInterface, GraphOp>(op) || !name)
      return op.emitOpError() << "is not a named NIR node; a nir.graph holds "
                                 "only NIR nodes";
    auto [it, inserted] = nodesByName.try_emplace(name.getValue(), &op);
    if (!inserted) {
      InFlightDiagnostic diag = op.emitOpError()
                                << "reuses the node name \"" << name.getValue()
                                << "\"; names are unique within a graph";
      diag.attachNote(it->second->getLoc()) << "first used here";
      return diag;
    }
  }
  return success();
}

#define GET_OP_CLASSES
#include "nirc/Dialect/NIR/NIROps.cpp.inc"
