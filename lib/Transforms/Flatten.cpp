//===- Flatten.cpp - nir-flatten pass -------------------------------------===//
//
// Inlines nested graphs, innermost first. A nested graph's operands are
// summed into its one `nir.input`, and its results are what its `nir.output`
// nodes sum; since every NIR node sums its operands, both ports dissolve
// into operand lists: a user of the input reads the graph's operands, and a
// user of a result reads what fed that output.
//
//===----------------------------------------------------------------------===//

#include "nirc/Dialect/NIR/NIROps.h"
#include "nirc/Dialect/NIR/NIRPasses.h"

#include "mlir/IR/Builders.h"
#include "llvm/ADT/StringSet.h"

namespace nirc::nir {
#define GEN_PASS_DEF_FLATTEN
#include "nirc/Dialect/NIR/Passes.h.inc"
} // namespace nirc::nir

using namespace mlir;
using namespace nirc::nir;

namespace {
class FlattenPass : public nirc::nir::impl::FlattenBase<FlattenPass> {
public:
  void runOnOperation() override;

private:
  LogicalResult inlineGraph(GraphOp nested);
};
} // namespace

void FlattenPass::runOnOperation() {
  SmallVector<GraphOp> nestedGraphs;
  // Post-order: inner graphs are inlined into their parent before the
  // parent is inlined into its own.
  getOperation()->walk([&](GraphOp graph) {
    if (graph.isNested())
      nestedGraphs.push_back(graph);
  });
  for (GraphOp graph : nestedGraphs)
    if (failed(inlineGraph(graph)))
      return signalPassFailure();
}

/// Replaces, in every user of the keys of `expansion`, each such operand by
/// the list it stands for. A list may itself hold keys (an output fed
/// straight by the input), so lists are expanded recursively; a key reached
/// again while it is being expanded is a cycle made of ports only, which
/// has no node to hold it.
static LogicalResult
expandOperands(GraphOp nested,
               const llvm::MapVector<Value, SmallVector<Value>> &expansion) {
  llvm::DenseSet<Value> expanding;
  std::function<LogicalResult(Value, SmallVectorImpl<Value> &)> expand =
      [&](Value value, SmallVectorImpl<Value> &into) -> LogicalResult {
    auto it = expansion.find(value);
    if (it == expansion.end()) {
      into.push_back(value);
      return success();
    }
    if (!expanding.insert(value).second)
      return nested.emitOpError()
             << "cannot be flattened: its ports form a cycle with no node "
                "on it";
    for (Value inner : it->second)
      if (failed(expand(inner, into)))
        return failure();
    expanding.erase(value);
    return success();
  };
  llvm::SetVector<Operation *> users;
  for (auto &entry : expansion)
    for (Operation *user : entry.first.getUsers())
      users.insert(user);
  for (Operation *user : users) {
    SmallVector<Value> operands;
    for (Value operand : user->getOperands())
      if (failed(expand(operand, operands)))
        return failure();
    user->setOperands(operands);
  }
  return success();
}

LogicalResult FlattenPass::inlineGraph(GraphOp nested) {
  auto parent = cast<GraphOp>(nested->getParentOp());
  StringRef prefix = getNodeName(nested);
  llvm::StringSet<> parentNames;
  for (Operation &op : parent.getBody().front())
    if (&op != nested.getOperation())
      parentNames.insert(getNodeName(&op));

  llvm::MapVector<Value, SmallVector<Value>> expansion;
  for (InputOp input : getInputNodes(nested))
    expansion[input.getOutput()] = llvm::to_vector(nested.getInputs());
  // An output port's value is what feeds it, whether read from outside
  // (the graph's result) or inside (the port node's own result).
  for (auto [result, output] :
       llvm::zip_equal(nested.getOutputs(), getOutputNodes(nested))) {
    expansion[result] = llvm::to_vector(output.getInputs());
    expansion[output.getOutput()] = llvm::to_vector(output.getInputs());
  }

  Builder builder(&getContext());
  Block &body = nested.getBody().front();
  for (Operation &op : llvm::make_early_inc_range(body)) {
    if (isa<InputOp, OutputOp>(op))
      continue;
    std::string name = (prefix + "." + getNodeName(&op)).str();
    if (!parentNames.insert(name).second)
      return nested.emitOpError() << "cannot be flattened: node '" << name
                                  << "' already exists in the enclosing graph";
    op.setAttr("name", builder.getStringAttr(name));
    op.moveBefore(nested);
  }
  if (failed(expandOperands(nested, expansion)))
    return failure();
  // The ports' own uses were expanded away; what remains is dead.
  for (Operation &op : llvm::make_early_inc_range(llvm::reverse(body)))
    op.dropAllUses(), op.erase();
  nested.erase();
  ++numInlined;
  return success();
}
