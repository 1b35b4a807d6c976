//===- Draw.cpp - nirc draw -----------------------------------------------===//
//
// Writes a model's graph as Graphviz DOT: one box per node, nested graphs
// as clusters, recurrent edges (those that close a cycle) dashed and left out
// of the layout's ranking, so the feed-forward path reads left to right.
// Graphviz's `dot` lays it out into SVG, PNG or PDF.
//
//===----------------------------------------------------------------------===//

#include "Commands.h"

#include "nirc/Dialect/NIR/NIROps.h"
#include "nirc/Support/ShapeRules.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace nirc;
using namespace nirc::nir;
namespace cl = llvm::cl;

namespace {
/// The options of `nirc draw`, built on first use (see Simulate.cpp).
struct DrawOptions {
  cl::opt<std::string> output{
      "o",
      cl::Required,
      cl::desc("The picture: FILE.svg, FILE.png or FILE.pdf (laid out by "
               "Graphviz's dot), or FILE.dot / - for the DOT text"),
      cl::value_desc("file"),
      cl::sub(drawCommand),
      cl::cat(nircCategory)};
  cl::opt<unsigned> dotTimeout{
      "dot-timeout",
      cl::init(60),
      cl::desc("Seconds Graphviz's dot may take to lay the graph out"),
      cl::value_desc("seconds"),
      cl::sub(drawCommand),
      cl::cat(nircCategory)};
};
} // namespace

static DrawOptions &drawOptions() {
  static DrawOptions options;
  return options;
}

void nirc::registerDrawOptions() { (void)drawOptions(); }

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

static void writeDot(ModuleOp module, llvm::raw_ostream &os) {
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

/// Lays `dot` text out as `format` with Graphviz's dot, into `laidOut`.
static llvm::Error layOut(StringRef dot, StringRef format,
                          std::unique_ptr<llvm::MemoryBuffer> &laidOut) {
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
      /*Env=*/std::nullopt, /*Redirects=*/{}, drawOptions().dotTimeout,
      /*MemoryLimit=*/0, &errorMessage);
  if (status != 0)
    return fail("Graphviz's dot failed" +
                (errorMessage.empty()
                     ? " (exit status " + std::to_string(status) + ")"
                     : ": " + errorMessage));
  auto read = llvm::MemoryBuffer::getFile(laidOutFile);
  if (!read)
    return fail("cannot read what dot wrote: " + read.getError().message());
  laidOut = std::move(*read);
  return llvm::Error::success();
}

int nirc::runDraw(ModuleOp module) {
  StringRef path = drawOptions().output;
  StringRef extension = llvm::sys::path::extension(path);
  StringRef format = llvm::StringSwitch<StringRef>(extension)
                         .Case(".svg", "svg")
                         .Case(".png", "png")
                         .Case(".pdf", "pdf")
                         .Default("");
  if (path != "-" && extension != ".dot" && format.empty()) {
    llvm::errs() << "error: cannot draw " << path << ": unknown format '"
                 << extension << "'; use .svg, .png, .pdf or .dot\n";
    return 1;
  }
  std::string dot;
  llvm::raw_string_ostream dotStream(dot);
  writeDot(module, dotStream);

  std::unique_ptr<llvm::MemoryBuffer> laidOut;
  if (!format.empty())
    if (llvm::Error error = layOut(dot, format, laidOut)) {
      llvm::errs() << "error: cannot draw " << path << ": "
                   << llvm::toString(std::move(error)) << "\n";
      return 1;
    }
  return writeOutputOrReport(path,
                             [&](llvm::raw_ostream &os) -> LogicalResult {
                               os << (laidOut ? laidOut->getBuffer()
                                              : StringRef(dot));
                               return success();
                             })
             ? 0
             : 1;
}
