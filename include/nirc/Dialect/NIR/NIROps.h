//===- NIROps.h - NIR ops ---------------------------------------*- C++ -*-===//

#ifndef NIRC_DIALECT_NIR_NIROPS_H
#define NIRC_DIALECT_NIR_NIROPS_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/RegionKindInterface.h"
#include "nirc/Dialect/NIR/NIRDialect.h"
#include "nirc/Dialect/NIR/NIRInterfaces.h"
#include "nirc/Dialect/NIR/NIRTypes.h"

namespace nirc::nir {
/// How deep graphs may nest, in the text and in `.nir` files: real models
/// nest a few levels, and a hostile file 10,000 deep would overflow the
/// stack of MLIR's recursive parser or of the importer.
constexpr int kMaxGraphNesting = 256;

class GraphOp;
class InputOp;
class OutputOp;

/// Shared rules of the elementwise nodes (neurons, Scale, Delay, Threshold):
/// `fieldNames` lists the op's attributes in declaration order.
mlir::LogicalResult
verifyElementwiseParameters(mlir::Operation *op,
                            llvm::ArrayRef<llvm::StringRef> fieldNames);
mlir::FailureOr<ShapeOrUnknown>
inferElementwiseOutputShape(mlir::Operation *op,
                            llvm::ArrayRef<llvm::StringRef> fieldNames,
                            OptionalShape inputShape, EmitErrorFn emitError);

/// Shared rules of SumPool2d and AvgPool2d.
template <typename PoolOp>
mlir::LogicalResult verifyPool2dParameters(PoolOp op);
template <typename PoolOp>
mlir::FailureOr<ShapeOrUnknown> inferPool2dOutputShape(PoolOp op,
                                                       OptionalShape inputShape,
                                                       EmitErrorFn emitError);
} // namespace nirc::nir

#define GET_OP_CLASSES
#include "nirc/Dialect/NIR/NIROps.h.inc"

namespace nirc::nir {
/// The NIR name of a node op or a nested graph ("" for a top-level graph).
llvm::StringRef getNodeName(mlir::Operation *node);

/// The `nir.input` / `nir.output` nodes of a graph's body, in body order.
llvm::SmallVector<InputOp> getInputNodes(GraphOp graph);
llvm::SmallVector<OutputOp> getOutputNodes(GraphOp graph);

/// A graph's edges are its ops' operands; this discardable attribute keeps
/// the order a `.nir` file listed them in, which the SSA form loses: entry k
/// is the file position of the k-th edge in body order (ops in body order,
/// each op's operands in order). The importer sets it when the two orders
/// differ.
constexpr llvm::StringLiteral kEdgeOrderAttrName = "nir.edge_order";

/// One edge of a graph: `source`'s output feeds `target`.
struct Edge {
  mlir::Operation *source, *target;
};
/// The graph's edges in file order: body order permuted by
/// `nir.edge_order`, which is ignored when a transformation has changed the
/// number of edges since.
llvm::SmallVector<Edge> getEdges(GraphOp graph);

/// The module's one top-level graph, for pass `passName`, which `verb`s it
/// ("simulated"): every node's shape must be known. Emits an error and fails
/// otherwise. Nested graphs are left to the caller (run nir-flatten).
mlir::FailureOr<GraphOp> getLowerableGraph(mlir::ModuleOp module,
                                           llvm::StringRef passName,
                                           llvm::StringRef verb);
} // namespace nirc::nir

#endif // NIRC_DIALECT_NIR_NIROPS_H
