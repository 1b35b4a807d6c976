//===- ModelInfo.cpp - the table `nirc info` prints -----------------------===//

#include "nirc/Driver/ModelInfo.h"

#include "nirc/Dialect/NIR/NIROps.h"
#include "nirc/Support/ShapeRules.h"

#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace nirc;
using namespace nirc::nir;

static std::string describeType(Type type) {
  auto signal = cast<SignalType>(type);
  return signal.hasKnownShape() ? formatShape(signal.getShape()) : "?";
}

/// One row per node, nested graphs indented under their graph.
static void printNodes(GraphOp graph, unsigned depth, llvm::raw_ostream &os) {
  for (Operation &op : graph.getBody().getOps()) {
    std::string indent(2 * depth, ' ');
    if (auto nested = dyn_cast<GraphOp>(op)) {
      os << llvm::formatv("{0,-28} {1,-10} {2,-14} {3,-14}\n",
                          indent + getNodeName(nested).str(), "NIRGraph",
                          nested.getInputs().empty()
                              ? std::string("-")
                              : describeType(nested.getInputs()[0].getType()),
                          nested.getOutputs().empty()
                              ? std::string("-")
                              : describeType(nested.getOutputs()[0].getType()));
      printNodes(nested, depth + 1, os);
      continue;
    }
    auto node = cast<NodeOpInterface>(op);
    int64_t parameters = 0;
    std::string dtypes;
    for (NamedAttribute field : op.getAttrs())
      if (auto values = dyn_cast<ElementsAttr>(field.getValue())) {
        parameters += values.getNumElements();
        std::string dtype;
        llvm::raw_string_ostream(dtype) << values.getElementType();
        if (!StringRef(dtypes).contains(dtype))
          dtypes += (dtypes.empty() ? "" : ",") + dtype;
      }
    std::string input =
        op.getNumOperands() ? describeType(op.getOperand(0).getType()) : "-";
    os << llvm::formatv(
        "{0,-28} {1,-10} {2,-14} {3,-14} {4,10} {5}\n",
        indent + node.getNodeName().str(), op.getName().stripDialect(), input,
        describeType(op.getResult(0).getType()), parameters, dtypes);
  }
}

static void printEdges(GraphOp graph, StringRef prefix, llvm::raw_ostream &os) {
  auto nameOf = [](Operation *op) { return getNodeName(op).str(); };
  for (Edge edge : getEdges(graph))
    os << "  " << prefix << nameOf(edge.source) << " -> " << prefix
       << nameOf(edge.target) << "\n";
  for (GraphOp nested : graph.getBody().getOps<GraphOp>())
    printEdges(nested, (prefix + nameOf(nested) + "/").str(), os);
}

void nirc::printModelInfo(ModuleOp module, StringRef name,
                          llvm::raw_ostream &os) {
  os << "file:     " << name << "\n";
  if (auto version = module->getAttrOfType<StringAttr>("nir.version"))
    os << "version:  " << version.getValue() << "\n";
  for (GraphOp graph : module.getOps<GraphOp>()) {
    if (DictionaryAttr metadata = graph.getMetadataAttr())
      os << "metadata: " << metadata << "\n";
    os << "\n"
       << llvm::formatv("{0,-28} {1,-10} {2,-14} {3,-14} {4,10} {5}\n", "node",
                        "type", "input", "output", "parameters", "dtype");
    printNodes(graph, 0, os);
    os << "\nedges:\n";
    printEdges(graph, "", os);
  }
}
