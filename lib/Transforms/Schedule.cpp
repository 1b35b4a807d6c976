//===- Schedule.cpp - sim-schedule pass -----------------------------------===//
//
// Orders one step of a `sim.model`. Vertices are NIR nodes (the `node` of
// each op), edges the values passed between them. Values read from a
// `sim.state` are known at the start of the step and make no edge. Cycles
// left over from recurrent NIR edges are cut one at a time, at the edge
// that enters the first stateful node on the cycle; the cut edge then
// carries the previous step's value through a new state. The remaining DAG
// is ordered topologically.
//
//===----------------------------------------------------------------------===//

#include "nirc/Dialect/Sim/SimOps.h"
#include "nirc/Dialect/Sim/SimPasses.h"

#include "mlir/IR/Builders.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/SetVector.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/depth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/strong_components.hpp>
#include <boost/graph/topological_sort.hpp>

namespace nirc::sim {
#define GEN_PASS_DEF_SCHEDULE
#include "nirc/Dialect/Sim/Passes.h.inc"
} // namespace nirc::sim

using namespace mlir;
using namespace nirc::sim;

namespace {
using NodeGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
using Vertex = NodeGraph::vertex_descriptor;
using Edge = NodeGraph::edge_descriptor;

/// The NIR nodes of a model and the values that flow between them.
struct DataflowGraph {
  NodeGraph graph;
  SmallVector<std::string> names;
  llvm::BitVector stateful;
  /// Nodes that read their own output (a use above its definition).
  llvm::SetVector<Vertex> selfLoops;
  llvm::DenseMap<Operation *, Vertex> vertexOf;

  explicit DataflowGraph(ModelOp model);
  /// The next edge to cut: the one entering the first stateful node of some
  /// cycle. None when the graph is acyclic, or when a cycle has no stateful
  /// node (then `error` says which).
  std::optional<std::pair<Vertex, Vertex>> findEdgeToCut(std::string &error);
};

/// Records the DFS tree and the first back edge of a search.
struct BackEdgeFinder : boost::default_dfs_visitor {
  std::vector<Vertex> *parent;
  std::optional<Edge> *backEdge;
  template <typename G> void tree_edge(Edge e, const G &g) const {
    (*parent)[boost::target(e, g)] = boost::source(e, g);
  }
  template <typename G> void back_edge(Edge e, const G &) const {
    if (!*backEdge)
      *backEdge = e;
  }
};
} // namespace

DataflowGraph::DataflowGraph(ModelOp model) {
  llvm::StringMap<Vertex> vertexByName;
  for (Operation &op : model.getBody().front()) {
    if (isa<NextOp>(op))
      continue;
    StringRef node = cast<NodeMemberOpInterface>(op).getNode();
    auto [it, isNew] = vertexByName.try_emplace(node);
    if (isNew) {
      it->second = boost::add_vertex(graph);
      names.push_back(node.str());
      stateful.push_back(false);
    }
    vertexOf[&op] = it->second;
  }
  // Edges follow op order, so the search below is deterministic.
  for (Operation &op : model.getBody().front()) {
    if (isa<NextOp>(op))
      continue;
    Vertex user = vertexOf.lookup(&op);
    for (Value operand : op.getOperands()) {
      Operation *def = operand.getDefiningOp();
      if (isa<StateOp>(def)) {
        stateful.set(user);
        continue;
      }
      Vertex source = vertexOf.lookup(def);
      if (source == user) {
        // Ops of one node come in order, so only a recurrent edge reads a
        // value defined further down.
        if (!def->isBeforeInBlock(&op))
          selfLoops.insert(user);
      } else if (!boost::edge(source, user, graph).second) {
        boost::add_edge(source, user, graph);
      }
    }
  }
}

std::optional<std::pair<Vertex, Vertex>>
DataflowGraph::findEdgeToCut(std::string &error) {
  size_t numVertices = boost::num_vertices(graph);
  std::vector<int> component(numVertices);
  boost::strong_components(graph, component.data());
  // A node reading its own output is a one-node cycle.
  if (!selfLoops.empty()) {
    Vertex node = selfLoops.pop_back_val();
    if (stateful.test(node))
      return std::make_pair(node, node);
    error = "cycle without a stateful node cannot be stepped: '" + names[node] +
            "' -> '" + names[node] + "'";
    return std::nullopt;
  }
  // Otherwise a cycle is a component with more than one vertex.
  std::vector<int> componentSize(numVertices, 0);
  for (int c : component)
    ++componentSize[c];
  for (Vertex start = 0; start < numVertices; ++start) {
    int c = component[start];
    if (componentSize[c] < 2)
      continue;
    auto inComponent = [&](Edge e) {
      return component[boost::source(e, graph)] == c &&
             component[boost::target(e, graph)] == c;
    };
    boost::filtered_graph<NodeGraph, std::function<bool(Edge)>> cycleGraph(
        graph, inComponent);
    std::vector<Vertex> parent(numVertices, start);
    std::optional<Edge> backEdge;
    std::vector<boost::default_color_type> colors(numVertices,
                                                  boost::white_color);
    boost::depth_first_visit(cycleGraph, start,
                             BackEdgeFinder{{}, &parent, &backEdge},
                             colors.data());
    // A strongly connected component always has a back edge from `start`.
    Vertex from = boost::source(*backEdge, graph);
    Vertex head = boost::target(*backEdge, graph);
    // The cycle is head -> ... -> from -> head; walk it from head.
    SmallVector<Vertex> cycle{from};
    for (Vertex v = from; v != head; v = parent[v])
      cycle.push_back(parent[v]);
    std::reverse(cycle.begin(), cycle.end()); // head ... from
    for (size_t i = 0; i < cycle.size(); ++i)
      if (stateful.test(cycle[i]))
        return std::make_pair(cycle[(i + cycle.size() - 1) % cycle.size()],
                              cycle[i]);
    llvm::raw_string_ostream os(error);
    os << "cycle without a stateful node cannot be stepped: ";
    llvm::interleave(
        cycle, os, [&](Vertex v) { os << "'" << names[v] << "'"; }, " -> ");
    os << " -> '" << names[head] << "'";
    return std::nullopt;
  }
  return std::nullopt;
}

namespace {
class SchedulePass : public nirc::sim::impl::ScheduleBase<SchedulePass> {
public:
  void runOnOperation() override;
};
} // namespace

void SchedulePass::runOnOperation() {
  ModelOp model = getOperation();
  Block &body = model.getBody().front();
  DataflowGraph dataflow(model);
  OpBuilder builder(&getContext());
  llvm::DenseMap<Value, Value> previousStepState;

  std::string error;
  while (auto cut = dataflow.findEdgeToCut(error)) {
    auto [source, target] = *cut;
    if (source != target)
      boost::remove_edge(source, target, dataflow.graph);
    ++numCutEdges;
    // The target node reads, through a state, the value the source node
    // produced in the previous step.
    for (Operation &op : body) {
      if (isa<NextOp>(op) || dataflow.vertexOf.lookup(&op) != target)
        continue;
      for (OpOperand &use : op.getOpOperands()) {
        Operation *def = use.get().getDefiningOp();
        if (isa<StateOp>(def) || dataflow.vertexOf.lookup(def) != source ||
            (source == target && def->isBeforeInBlock(&op)))
          continue;
        Value &state = previousStepState[use.get()];
        if (!state) {
          builder.setInsertionPointToStart(&body);
          auto stateOp = builder.create<StateOp>(
              use.get().getLoc(), use.get().getType(),
              builder.getStringAttr(dataflow.names[source] + ".previous"),
              DenseElementsAttr());
          StringRef node = cast<NodeMemberOpInterface>(def).getNode();
          stateOp.setNode(node);
          builder.setInsertionPointToEnd(&body);
          builder.create<NextOp>(use.get().getLoc(), stateOp, use.get())
              .setNode(node);
          state = stateOp;
        }
        use.set(state);
      }
    }
  }
  if (!error.empty()) {
    model.emitOpError() << error;
    return signalPassFailure();
  }

  std::vector<Vertex> reverseOrder;
  boost::topological_sort(dataflow.graph, std::back_inserter(reverseOrder));
  std::vector<size_t> rank(reverseOrder.size());
  for (size_t i = 0; i < reverseOrder.size(); ++i)
    rank[reverseOrder[i]] = reverseOrder.size() - i;

  // States first (known at the start of the step), then nodes in
  // topological order (each node's ops in their given order), then the
  // state updates.
  SmallVector<Operation *> states, compute, nexts;
  for (Operation &op : body) {
    if (isa<StateOp>(op))
      states.push_back(&op);
    else if (isa<NextOp>(op))
      nexts.push_back(&op);
    else
      compute.push_back(&op);
  }
  std::stable_sort(compute.begin(), compute.end(),
                   [&](Operation *a, Operation *b) {
                     return rank[dataflow.vertexOf.lookup(a)] <
                            rank[dataflow.vertexOf.lookup(b)];
                   });
  for (auto *list : {&states, &compute, &nexts})
    for (Operation *op : *list)
      op->moveBefore(&body, body.end());
  model.setScheduled(true);
}
