//===- ExportGraphviz.cpp - a NIR graph as a Graphviz picture -------------===//
//
// DOT text written by hand (it is a few lines per node); the layout is
// Graphviz's, by its `dot` program, which Debian's graphviz package ships
// (its library would add a build dependency for the same result).
//
//===----------------------------------------------------------------------===//

#include "nirc/Target/Graphviz/ExportGraphviz.h"

#include "nirc/Dialect/NIR/NIRDialect.h"
#include "nirc/Dialect/NIR/NIROps.h"
#include "nirc/Support/ShapeRules.h"
#include "nirc/Support/TranslateFromText.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"

using namespace mlir;
using namespace nirc;
using namespace nirc::nir;

/// A DOT string literal; a newline starts a new line of a label.
static std::string quote(StringRef text) {
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '\n') {
      quoted += "\\n";
      continue;
    }
    if (c == '"' || c == '\\')
      quoted += '\\';
    quoted += c;
  }
  return quoted + "\"";
}

/// The edges that close a cycle: the back edges of a depth-first search
/// from the graph's inputs, then from every node not yet reached, in graph
/// order. Independent of the order of the ops (a `.nir` import need not be
/// topological); each cycle gets at least one.
static llvm::DenseSet<OpOperand *> findRecurrentEdges(GraphOp graph) {
  llvm::DenseMap<Operation *, SmallVector<OpOperand *>> successors;
  for (Operation &user : graph.getBody().getOps())
    for (OpOperand &edge : user.getOpOperands())
      successors[edge.get().getDefiningOp()].push_back(&edge);

  enum class Visit { Open, Done };
  llvm::DenseMap<Operation *, Visit> visits;
  llvm::DenseSet<OpOperand *> recurrent;
  // An explicit stack: a hostile file may chain thousands of nodes.
  SmallVector<std::pair<Operation *, size_t>> stack;
  auto search = [&](Operation *root) {
    if (!visits.try_emplace(root, Visit::Open).second)
      return;
    stack.push_back({root, 0});
    while (!stack.empty()) {
      auto &[node, next] = stack.back();
      auto edges = successors.find(node);
      if (edges == successors.end() || next == edges->second.size()) {
        visits[node] = Visit::Done;
        stack.pop_back();
        continue;
      }
      OpOperand *edge = edges->second[next++];
      Operation *target = edge->getOwner();
      auto [visit, isNew] = visits.try_emplace(target, Visit::Open);
      if (isNew)
        stack.push_back({target, 0});
      else if (visit->second == Visit::Open)
        recurrent.insert(edge);
    }
  };
  for (InputOp input : getInputNodes(graph))
    search(input);
  for (Operation &node : graph.getBody().getOps())
    search(&node);
  return recurrent;
}

namespace {
/// Writes one graph's nodes and edges, nested graphs as clusters. Nodes are
/// named by their path ("sub/lif"), as in `nirc info`.
class DotWriter {
public:
  explicit DotWriter(llvm::raw_ostream &os) : os(os) {}

  void writeGraph(GraphOp graph, StringRef prefix, unsigned depth);

private:
  std::string nodeId(Operation *node, StringRef prefix) const {
    return quote((prefix + getNodeName(node)).str());
  }
  /// Where an edge from `value` starts: a nested graph's result leaves from
  /// the nir.output node that gives it.
  std::string sourceId(Value value, StringRef prefix) const;
  /// Where an edge into `user` ends: a nested graph's operands all go to
  /// its one nir.input node (NIR sums them there).
  std::string targetId(Operation *user, StringRef prefix) const;
  void writeNode(Operation *node, StringRef prefix, StringRef indent);

  llvm::raw_ostream &os;
};
} // namespace

std::string DotWriter::sourceId(Value value, StringRef prefix) const {
  Operation *source = value.getDefiningOp();
  if (auto nested = dyn_cast<GraphOp>(source)) {
    unsigned index = cast<OpResult>(value).getResultNumber();
    std::string inner = (prefix + getNodeName(nested) + "/").str();
    return nodeId(getOutputNodes(nested)[index], inner);
  }
  return nodeId(source, prefix);
}

std::string DotWriter::targetId(Operation *user, StringRef prefix) const {
  if (auto nested = dyn_cast<GraphOp>(user)) {
    SmallVector<InputOp> inputs = getInputNodes(nested);
    if (!inputs.empty())
      return nodeId(inputs.front(), (prefix + getNodeName(nested) + "/").str());
  }
  return nodeId(user, prefix);
}

void DotWriter::writeNode(Operation *node, StringRef prefix, StringRef indent) {
  StringRef shape = isa<InputOp, OutputOp>(node) ? "ellipse" : "box";
  auto type = cast<SignalType>(node->getResult(0).getType());
  std::string label =
      (getNodeName(node) + "\n" + node->getName().stripDialect() + " " +
       (type.hasKnownShape() ? formatShape(type.getShape()) : std::string("?")))
          .str();
  os << indent << nodeId(node, prefix) << " [label=" << quote(label)
     << ", shape=" << shape << "];\n";
}

void DotWriter::writeGraph(GraphOp graph, StringRef prefix, unsigned depth) {
  std::string indent(2 * depth, ' ');
  for (Operation &op : graph.getBody().getOps()) {
    auto nested = dyn_cast<GraphOp>(op);
    if (!nested) {
      writeNode(&op, prefix, indent);
      continue;
    }
    std::string inner = (prefix + getNodeName(nested) + "/").str();
    os << indent << "subgraph " << quote("cluster_" + inner) << " {\n"
       << indent << "  label=" << quote(getNodeName(nested)) << ";\n"
       << indent << "  style=rounded;\n";
    writeGraph(nested, inner, depth + 1);
    os << indent << "}\n";
  }
  llvm::DenseSet<OpOperand *> recurrent = findRecurrentEdges(graph);
  for (Operation &user : graph.getBody().getOps())
    for (OpOperand &edge : user.getOpOperands()) {
      os << indent << sourceId(edge.get(), prefix) << " -> "
         << targetId(&user, prefix);
      if (recurrent.contains(&edge))
        os << " [style=dashed, color=firebrick, constraint=false]";
      os << ";\n";
    }
}

void nirc::exportGraphviz(ModuleOp module, llvm::raw_ostream &os) {
  for (GraphOp graph : module.getOps<GraphOp>()) {
    StringRef name = graph.getName().value_or("nir");
    os << "digraph " << quote(name) << " {\n"
       << "  rankdir=LR;\n"
       << "  graph [fontname=\"Helvetica\"];\n"
       << "  node [fontname=\"Helvetica\", fontsize=10];\n";
    DotWriter(os).writeGraph(graph, "", 1);
    os << "}\n";
  }
}

static llvm::Error fail(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

llvm::Expected<std::string> nirc::layOutWithGraphviz(StringRef dot,
                                                     StringRef format,
                                                     unsigned timeoutSeconds) {
  llvm::ErrorOr<std::string> dotProgram = llvm::sys::findProgramByName("dot");
  if (!dotProgram)
    return fail("Graphviz's `dot` is not on PATH (Debian: apt-get install "
                "graphviz); -o FILE.dot writes the graph without it");
  llvm::SmallString<128> dotFile, laidOutFile;
  for (auto [file, suffix] :
       {std::pair{&dotFile, StringRef("dot")}, {&laidOutFile, format}})
    if (std::error_code error =
            llvm::sys::fs::createTemporaryFile("nirc-draw", suffix, *file))
      return fail("cannot create a temporary file: " + error.message());
  llvm::FileRemover removeDot(dotFile), removeLaidOut(laidOutFile);
  {
    std::error_code error;
    llvm::raw_fd_ostream os(dotFile, error);
    if (error)
      return fail("cannot write a temporary file: " + error.message());
    os << dot;
  }
  std::string typeFlag = ("-T" + format).str();
  std::string errorMessage;
  int status = llvm::sys::ExecuteAndWait(
      *dotProgram,
      {*dotProgram, typeFlag, dotFile.str(), "-o", laidOutFile.str()},
      /*Env=*/std::nullopt, /*Redirects=*/{}, timeoutSeconds,
      /*MemoryLimit=*/0, &errorMessage);
  if (status != 0)
    return fail("Graphviz's dot failed" +
                (errorMessage.empty()
                     ? " (exit status " + std::to_string(status) + ")"
                     : ": " + errorMessage));
  auto laidOut = llvm::MemoryBuffer::getFile(laidOutFile);
  if (!laidOut)
    return fail("cannot read what dot wrote: " + laidOut.getError().message());
  return (*laidOut)->getBuffer().str();
}

void nirc::registerExportGraphvizTranslation() {
  registerTranslationFromText(
      "export-graphviz", "Export the nir dialect's graph as Graphviz DOT",
      [](ModuleOp module, llvm::raw_ostream &os) {
        exportGraphviz(module, os);
        return success();
      },
      [](DialectRegistry &registry) { registry.insert<nir::NIRDialect>(); });
}
