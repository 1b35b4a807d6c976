//===- ConvertNIRToChip.cpp - convert-nir-to-chip pass --------------------===//
//
// Maps a flat NIR graph onto a chip's vocabulary: inputs, neuron
// populations and the synapse blocks between them. Every chip is a set of
// neurons joined by weights, so the weight nodes of the graph are traced
// from each neuron back to the neuron or input that drives them, folding
// pooling, flatten and biases into the block on the way. What the chip runs
// is the target model's answer, never this pass's.
//
//===----------------------------------------------------------------------===//

#include "nirc/Conversion/Passes.h"
#include "nirc/Dialect/Chip/ChipOps.h"
#include "nirc/Dialect/NIR/NIROps.h"
#include "nirc/Support/ElementsUtils.h"
#include "nirc/Support/ShapeRules.h"

#include "mlir/IR/Builders.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/TypeSwitch.h"

#include <cmath>
#include <optional>

namespace nirc {
#define GEN_PASS_DEF_CONVERTNIRTOCHIP
#include "nirc/Conversion/Passes.h.inc"
} // namespace nirc

using namespace mlir;
using namespace nirc;

namespace {
/// The chip neuron model of a NIR neuron op, or none for other ops.
std::optional<chip::NeuronModel> getNeuronModel(Operation *op) {
  using chip::NeuronModel;
  return llvm::TypeSwitch<Operation *, std::optional<NeuronModel>>(op)
      .Case<nir::LIFOp>([](auto) { return NeuronModel::LIF; })
      .Case<nir::CubaLIFOp>([](auto) { return NeuronModel::CubaLIF; })
      .Case<nir::IFOp>([](auto) { return NeuronModel::IF; })
      .Case<nir::LIOp>([](auto) { return NeuronModel::LI; })
      .Case<nir::CubaLIOp>([](auto) { return NeuronModel::CubaLI; })
      .Default([](Operation *) { return std::nullopt; });
}

ArrayRef<int64_t> getShape(Value signal) {
  return cast<nir::SignalType>(signal.getType()).getShape();
}

SmallVector<double> readValues(ElementsAttr attr) {
  SmallVector<double> values(attr.getNumElements());
  forEachValueAsDouble(attr, [&](int64_t i, double v) {
    values[i] = v;
    return true;
  });
  return values;
}

/// One weight node between two groups, with what was folded into it.
struct SynapseChain {
  Operation *weightNode = nullptr; // null for a direct neuron-to-neuron edge
  Value source;                    // the NIR input or neuron driving it
  int64_t pool = 1;                // square sum pooling of the source
  double poolScale = 1;            // 1/k² for an AvgPool2d
  SmallVector<std::string> absorbed;
};

class ChipLowering {
public:
  ChipLowering(chip::DeviceOp device, const chip::TargetModel &model)
      : builder(device.getBody()), model(model) {
    builder.setInsertionPointToEnd(&device.getBody().front());
  }

  LogicalResult lowerGroups(nir::GraphOp graph);
  LogicalResult lowerSynapses(Operation *neuron);
  LogicalResult lowerOutput(nir::OutputOp output);

private:
  FailureOr<SynapseChain> traceChain(Operation *neuron, Value edge);
  LogicalResult tracePoolAndFlatten(Operation *weightNode, Value edge,
                                    SynapseChain &chain);
  LogicalResult createSynapses(Operation *neuron, const SynapseChain &chain);
  void addBias(Operation *neuron, ArrayRef<double> bias);
  InFlightDiagnostic unsupported(Operation *node);

  OpBuilder builder;
  const chip::TargetModel &model;
  /// The chip group (input or population) of each NIR input or neuron.
  DenseMap<Value, Value> groups;
  DenseSet<Value> readouts;
  /// Biases folded from Affine and Conv nodes, per population.
  llvm::MapVector<Operation *, SmallVector<double>> biases;
};
} // namespace

InFlightDiagnostic ChipLowering::unsupported(Operation *node) {
  return node->emitError() << "'" << node->getName() << "' \""
                           << nir::getNodeName(node) << "\": ";
}

LogicalResult ChipLowering::lowerGroups(nir::GraphOp graph) {
  for (auto output : nir::getOutputNodes(graph))
    for (Value source : output.getInputs())
      readouts.insert(source);

  for (Operation &node : graph.getBody().front()) {
    Location loc = node.getLoc();
    StringRef name = nir::getNodeName(&node);
    if (auto input = dyn_cast<nir::InputOp>(node)) {
      ArrayRef<int64_t> shape = getShape(input.getOutput());
      groups[input.getOutput()] = builder.create<chip::InputOp>(
          loc, chip::NeuronsType::get(builder.getContext(), numElements(shape)),
          name, shape);
      continue;
    }
    if (isa<nir::GraphOp>(node))
      return unsupported(&node) << "nested graphs cannot be mapped; run "
                                   "nir-flatten first";
    if (isa<nir::IOp, nir::ThresholdOp>(node))
      return unsupported(&node) << model.getDisplayName() << " has no "
                                << node.getName().stripDialect() << " neurons";
    if (isa<nir::DelayOp, nir::ScaleOp>(node))
      return unsupported(&node)
             << "chips have no " << node.getName().stripDialect()
             << " nodes; fold it into the weights";
    std::optional<chip::NeuronModel> neuronModel = getNeuronModel(&node);
    if (!neuronModel)
      continue; // weights, pooling, outputs: traced from the neurons
    Value spikes = node.getResult(0);
    bool readout = readouts.contains(spikes);
    if (!model.supportsNeuronModel(*neuronModel, readout)) {
      // Say the role only when the chip has the model in the other one.
      bool inOtherRole = model.supportsNeuronModel(*neuronModel, !readout);
      return unsupported(&node)
             << model.getDisplayName() << " has no "
             << chip::stringifyNeuronModel(*neuronModel) << " neurons"
             << (!inOtherRole ? ""
                 : readout    ? " for a readout layer"
                              : " outside a readout layer");
    }
    ArrayRef<int64_t> shape = getShape(spikes);
    int64_t size = numElements(shape);
    // Every float parameter of the node; NIR's LIF/LI `tau` is the
    // membrane's, named so for every model.
    NamedAttrList params;
    for (NamedAttribute attr : node.getAttrs()) {
      auto values = dyn_cast<ElementsAttr>(attr.getValue());
      if (!values)
        continue;
      SmallVector<double> v = readValues(values);
      if (llvm::any_of(v, [](double x) { return !std::isfinite(x); }))
        return unsupported(&node) << "parameter '" << attr.getName().getValue()
                                  << "' is not finite";
      StringRef paramName = attr.getName().getValue();
      params.set(
          paramName == "tau" ? "tau_mem" : paramName,
          DenseElementsAttr::get(
              RankedTensorType::get({int64_t(v.size())}, builder.getF64Type()),
              ArrayRef<double>(v)));
    }
    groups[spikes] = builder.create<chip::PopulationOp>(
        loc, chip::NeuronsType::get(builder.getContext(), size), name,
        node.getName().getStringRef(), *neuronModel, shape,
        params.getDictionary(builder.getContext()), chip::ScaleAttr(),
        DictionaryAttr());
  }
  return success();
}

/// Follows Flatten and pooling nodes back from `edge` (the input of
/// `weightNode`) to the group that drives it.
LogicalResult ChipLowering::tracePoolAndFlatten(Operation *weightNode,
                                                Value edge,
                                                SynapseChain &chain) {
  while (Operation *node = edge.getDefiningOp()) {
    if (groups.count(edge)) {
      chain.source = edge;
      return success();
    }
    if (node->getNumOperands() != 1)
      return unsupported(node)
             << "a node between neurons on " << model.getDisplayName()
             << " needs exactly one input edge";
    if (isa<nir::FlattenOp>(node)) {
      chain.absorbed.push_back(nir::getNodeName(node).str());
    } else if (isa<nir::SumPool2dOp, nir::AvgPool2dOp>(node)) {
      auto kernel = node->getAttrOfType<DenseI64ArrayAttr>("kernel_size");
      auto stride = node->getAttrOfType<DenseI64ArrayAttr>("stride");
      auto padding = node->getAttrOfType<DenseI64ArrayAttr>("padding");
      int64_t k = kernel[0];
      if (kernel[1] != k || stride[0] != k || stride[1] != k ||
          padding[0] != 0 || padding[1] != 0 || chain.pool != 1)
        return unsupported(node)
               << "chips pool once, in square windows with stride = kernel "
                  "and no padding";
      chain.pool = k;
      if (isa<nir::AvgPool2dOp>(node))
        chain.poolScale = 1.0 / double(k * k);
      chain.absorbed.push_back(nir::getNodeName(node).str());
    } else if (isa<nir::AffineOp, nir::LinearOp, nir::Conv1dOp, nir::Conv2dOp>(
                   node)) {
      return unsupported(node)
             << "two weight layers in a row (into '"
             << nir::getNodeName(weightNode) << "') cannot be mapped onto "
             << model.getDisplayName()
             << "; a weight layer must read neurons or inputs";
    } else {
      return unsupported(node) << "cannot be mapped onto "
                               << model.getDisplayName() << " between neurons";
    }
    edge = node->getOperand(0);
  }
  return unsupported(weightNode) << "reads a value no node defines";
}

FailureOr<SynapseChain> ChipLowering::traceChain(Operation *neuron,
                                                 Value edge) {
  SynapseChain chain;
  // Flatten after the weights only reshapes; skip it.
  while (auto flatten = edge.getDefiningOp<nir::FlattenOp>()) {
    if (flatten.getInputs().size() != 1)
      return unsupported(flatten)
             << "a node between neurons on " << model.getDisplayName()
             << " needs exactly one input edge";
    chain.absorbed.push_back(flatten.getName().str());
    edge = flatten.getInputs()[0];
  }
  if (groups.count(edge)) { // neuron-to-neuron or input-to-neuron edge
    chain.source = edge;
    return chain;
  }
  Operation *weightNode = edge.getDefiningOp();
  if (!weightNode)
    return failure();
  if (isa<nir::Conv1dOp>(weightNode))
    return unsupported(weightNode)
           << "Conv1d is not mapped onto chips yet; export it as a Conv2d "
              "of height 1";
  if (!isa<nir::AffineOp, nir::LinearOp, nir::Conv2dOp>(weightNode))
    return unsupported(weightNode)
           << "cannot feed neurons on " << model.getDisplayName()
           << "; a neuron's input must be weights (Affine, Linear, Conv2d), "
              "optionally after pooling and flatten";
  if (weightNode->getNumOperands() != 1)
    return unsupported(weightNode)
           << "a weight layer on " << model.getDisplayName()
           << " reads exactly one group of neurons or inputs, not "
           << weightNode->getNumOperands();
  chain.weightNode = weightNode;
  if (failed(tracePoolAndFlatten(weightNode, weightNode->getOperand(0), chain)))
    return failure();
  return chain;
}

void ChipLowering::addBias(Operation *neuron, ArrayRef<double> bias) {
  SmallVector<double> &total = biases[neuron];
  if (total.empty())
    total.assign(bias.size(), 0.0);
  for (auto [t, b] : llvm::zip_equal(total, bias))
    t += b;
}

LogicalResult ChipLowering::createSynapses(Operation *neuron,
                                           const SynapseChain &chain) {
  Value source = groups.lookup(chain.source);
  Value target = groups.lookup(neuron->getResult(0));
  auto targetPopulation = target.getDefiningOp<chip::PopulationOp>();
  int64_t post = targetPopulation.getNeurons().getType().getSize();
  int64_t pre = cast<chip::NeuronsType>(source.getType()).getSize();
  Location loc =
      chain.weightNode ? chain.weightNode->getLoc() : neuron->getLoc();
  auto f64 = builder.getF64Type();

  chip::SynapseKind kind = chip::SynapseKind::Dense;
  StringRef nirOp = "nir.identity";
  std::string name = nir::getNodeName(chain.source.getDefiningOp()).str() +
                     "->" + nir::getNodeName(neuron).str();
  SmallVector<double> weight;
  SmallVector<int64_t> weightShape;
  DenseI64ArrayAttr stride, padding;
  if (!chain.weightNode) {
    if (pre != post)
      return unsupported(neuron)
             << "a direct edge from '"
             << nir::getNodeName(chain.source.getDefiningOp()) << "' joins "
             << pre << " to " << post
             << " neurons; one-to-one synapses need equal "
                "sizes";
    weight.assign(post * pre, 0.0);
    for (int64_t i = 0; i < post; ++i)
      weight[i * pre + i] = 1;
    weightShape = {post, pre};
  } else {
    Operation *node = chain.weightNode;
    nirOp = node->getName().getStringRef();
    name = nir::getNodeName(node).str();
    auto weightAttr = node->getAttrOfType<ElementsAttr>("weight");
    weight = readValues(weightAttr);
    weightShape = llvm::to_vector(weightAttr.getShapedType().getShape());
    if (auto conv = dyn_cast<nir::Conv2dOp>(node)) {
      kind = chip::SynapseKind::Conv2d;
      if (llvm::any_of(conv.getDilation(), [](int64_t d) { return d != 1; }))
        return unsupported(node) << "dilated convolutions cannot be mapped";
      SmallVector<int64_t> pads;
      if (auto mode = dyn_cast<StringAttr>(conv.getPadding())) {
        for (int axis = 0; axis < 2; ++axis) {
          int64_t total =
              mode.getValue() == "same" ? weightShape[2 + axis] - 1 : 0;
          if (total % 2)
            return unsupported(node)
                   << "'same' padding of an even kernel pads unevenly, "
                      "which chips cannot";
          pads.push_back(total / 2);
        }
      } else {
        pads = llvm::to_vector(
            cast<DenseI64ArrayAttr>(conv.getPadding()).asArrayRef());
      }
      // A grouped convolution is a full one with zero blocks.
      int64_t groups = conv.getGroups();
      if (groups != 1) {
        int64_t outPerGroup = weightShape[0] / groups,
                inPerGroup = weightShape[1],
                kernel = weightShape[2] * weightShape[3];
        SmallVector<double> full(weightShape[0] * inPerGroup * groups * kernel,
                                 0.0);
        for (int64_t o = 0; o < weightShape[0]; ++o)
          for (int64_t i = 0; i < inPerGroup; ++i)
            for (int64_t k = 0; k < kernel; ++k)
              full[(o * inPerGroup * groups + (o / outPerGroup) * inPerGroup +
                    i) *
                       kernel +
                   k] = weight[(o * inPerGroup + i) * kernel + k];
        weight = std::move(full);
        weightShape[1] = inPerGroup * groups;
      }
      stride = builder.getDenseI64ArrayAttr(conv.getStride());
      padding = builder.getDenseI64ArrayAttr(pads);
    } else if (weightShape.size() != 2) {
      return unsupported(node) << "batched weights (rank " << weightShape.size()
                               << ") cannot be mapped onto chips";
    }
    if (auto bias = node->getAttrOfType<ElementsAttr>("bias")) {
      SmallVector<double> b = readValues(bias);
      if (llvm::any_of(b, [](double x) { return x != 0; })) {
        // Per output channel of a convolution: broadcast over its pixels.
        SmallVector<double> perNeuron(post);
        for (int64_t i = 0; i < post; ++i)
          perNeuron[i] = b.size() == 1 ? b[0] : b[i / (post / b.size())];
        addBias(neuron, perNeuron);
      }
    }
  }
  if (llvm::any_of(weight, [](double x) { return !std::isfinite(x); }))
    return unsupported(chain.weightNode ? chain.weightNode : neuron)
           << "weight is not finite";
  for (double &w : weight)
    w *= chain.poolScale;

  if (kind == chip::SynapseKind::Conv2d &&
      targetPopulation.getShape().size() != 3)
    return unsupported(chain.weightNode)
           << "feeds '" << nir::getNodeName(neuron)
           << "' through a Flatten; chips need a convolution's neurons in "
              "(C, H, W): flatten after the neurons";
  if (!model.supportsSynapses(kind, chain.pool > 1))
    return unsupported(chain.weightNode ? chain.weightNode : neuron)
           << model.getDisplayName() << " has no "
           << (chain.pool > 1 ? "pooled " : "")
           << chip::stringifySynapseKind(kind) << " synapses";
  SmallVector<StringRef> absorbed(chain.absorbed.begin(), chain.absorbed.end());
  builder.create<chip::SynapsesOp>(
      loc, name, nirOp, kind, source, target,
      DenseElementsAttr::get(RankedTensorType::get(weightShape, f64),
                             ArrayRef<double>(weight)),
      stride, padding,
      chain.pool > 1 ? builder.getDenseI64ArrayAttr({chain.pool})
                     : DenseI64ArrayAttr(),
      absorbed.empty() ? ArrayAttr() : builder.getStrArrayAttr(absorbed),
      DenseIntElementsAttr(), DictionaryAttr());
  return success();
}

LogicalResult ChipLowering::lowerSynapses(Operation *neuron) {
  for (Value edge : neuron->getOperands()) {
    FailureOr<SynapseChain> chain = traceChain(neuron, edge);
    if (failed(chain) || failed(createSynapses(neuron, *chain)))
      return failure();
  }
  auto it = biases.find(neuron);
  if (it == biases.end())
    return success();
  if (llvm::any_of(it->second, [](double b) { return !std::isfinite(b); }))
    return unsupported(neuron) << "the biases folded into it sum to a "
                                  "value that is not finite";
  auto population =
      groups.lookup(neuron->getResult(0)).getDefiningOp<chip::PopulationOp>();
  NamedAttrList params(population.getParams());
  params.set("bias", DenseElementsAttr::get(
                         RankedTensorType::get({int64_t(it->second.size())},
                                               builder.getF64Type()),
                         ArrayRef<double>(it->second)));
  population.setParamsAttr(params.getDictionary(builder.getContext()));
  return success();
}

LogicalResult ChipLowering::lowerOutput(nir::OutputOp output) {
  for (Value source : output.getInputs()) {
    // A Flatten only reshapes what is read out.
    while (auto flatten = source.getDefiningOp<nir::FlattenOp>()) {
      if (flatten.getInputs().size() != 1)
        break;
      source = flatten.getInputs()[0];
    }
    Value group = groups.lookup(source);
    if (!group)
      return unsupported(output)
             << "reads '" << nir::getNodeName(source.getDefiningOp())
             << "', but a chip reads out neurons only";
    builder.create<chip::OutputOp>(output.getLoc(), output.getName(), group);
  }
  return success();
}

namespace {
struct ConvertNIRToChipPass
    : public nirc::impl::ConvertNIRToChipBase<ConvertNIRToChipPass> {
  using ConvertNIRToChipBase::ConvertNIRToChipBase;
  void runOnOperation() override;
};
} // namespace

void ConvertNIRToChipPass::runOnOperation() {
  ModuleOp module = getOperation();
  const chip::TargetModel *model = chip::lookupTargetModel(target);
  if (!model) {
    auto diag = module.emitError("unknown target '") << target << "'; known:";
    for (const chip::TargetModel *known : chip::getAllTargetModels())
      diag << " " << known->getName();
    return signalPassFailure();
  }
  if (!(dt > 0) || !std::isfinite(dt)) {
    module.emitError("convert-nir-to-chip needs a step: dt > 0 seconds");
    return signalPassFailure();
  }
  FailureOr<nir::GraphOp> graph =
      nir::getLowerableGraph(module, getArgument(), "mapped onto a chip");
  if (failed(graph))
    return signalPassFailure();

  OpBuilder builder(*graph);
  auto device = builder.create<chip::DeviceOp>(
      graph->getLoc(), model->getName(), APFloat(double(dt)));
  device.getBody().emplaceBlock();
  ChipLowering lowering(device, *model);
  if (failed(lowering.lowerGroups(*graph)))
    return signalPassFailure();
  for (Operation &node : graph->getBody().front())
    if (getNeuronModel(&node) && failed(lowering.lowerSynapses(&node)))
      return signalPassFailure();
  for (auto output : nir::getOutputNodes(*graph))
    if (failed(lowering.lowerOutput(output)))
      return signalPassFailure();
  graph->erase();
  if (failed(model->checkDesignRules(device)))
    return signalPassFailure();
}
