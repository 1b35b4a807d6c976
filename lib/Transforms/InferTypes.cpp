//===- InferTypes.cpp - nir-infer-types pass ------------------------------===//
//
// Fills in the `!nir.signal<*>` types NIR leaves open, from the same shape
// rules the verifiers use (NodeOpInterface::inferOutputShape). A worklist
// revisits the users of every value whose type becomes known, so shapes flow
// through cycles and in and out of nested graphs. Types only go from unknown
// to known, so the worklist terminates; conflicts are left to the verifier.
//
//===----------------------------------------------------------------------===//

#include "nirc/Dialect/NIR/NIROps.h"
#include "nirc/Dialect/NIR/NIRPasses.h"

#include "llvm/ADT/SetVector.h"

namespace nirc::nir {
#define GEN_PASS_DEF_INFERTYPES
#include "nirc/Dialect/NIR/Passes.h.inc"
} // namespace nirc::nir

using namespace mlir;
using namespace nirc::nir;

namespace {
class InferTypesPass : public nirc::nir::impl::InferTypesBase<InferTypesPass> {
public:
  void runOnOperation() override;

private:
  void inferNode(NodeOpInterface node);
  void inferGraphResults(GraphOp graph);
  /// Gives `value` the `shape` when its type is still unknown and queues
  /// every op whose own type may now follow.
  void refine(Value value, ArrayRef<int64_t> shape);

  llvm::SetVector<Operation *> worklist;
};
} // namespace

void InferTypesPass::runOnOperation() {
  getOperation()->walk([&](Operation *op) {
    if (isa<NodeOpInterface, GraphOp>(op))
      worklist.insert(op);
  });
  while (!worklist.empty()) {
    Operation *op = worklist.pop_back_val();
    if (auto graph = dyn_cast<GraphOp>(op))
      inferGraphResults(graph);
    else
      inferNode(cast<NodeOpInterface>(op));
  }
}

void InferTypesPass::inferNode(NodeOpInterface node) {
  // Fan-in operands are summed; any known one gives the input shape (the
  // verifier reports operands that disagree).
  OptionalShape inputShape;
  for (Value input : node->getOperands()) {
    auto type = cast<SignalType>(input.getType());
    if (type.hasKnownShape()) {
      inputShape = type.getShape();
      break;
    }
  }
  FailureOr<ShapeOrUnknown> output =
      node.inferOutputShape(inputShape, /*emitError=*/nullptr);
  if (succeeded(output) && *output)
    refine(node->getResult(0), **output);
}

void InferTypesPass::inferGraphResults(GraphOp graph) {
  for (auto [result, outputNode] :
       llvm::zip(graph.getOutputs(), getOutputNodes(graph))) {
    auto type = cast<SignalType>(outputNode.getOutput().getType());
    if (type.hasKnownShape())
      refine(result, type.getShape());
  }
}

void InferTypesPass::refine(Value value, ArrayRef<int64_t> shape) {
  if (cast<SignalType>(value.getType()).hasKnownShape())
    return;
  value.setType(SignalType::get(value.getContext(), shape));
  ++numInferred;
  for (Operation *user : value.getUsers())
    worklist.insert(user);
  // A nested graph's results follow its Output nodes.
  if (auto outputNode = value.getDefiningOp<OutputOp>())
    if (auto graph = dyn_cast<GraphOp>(outputNode->getParentOp()))
      if (graph.isNested())
        worklist.insert(graph);
}
