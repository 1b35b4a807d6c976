//===- NIRSchema.h - the fields of each NIR node type ---------*- C++ -*-===//
//
// One table of NIR's node types and their stored fields, shared by the
// importer and the exporter so the two cannot drift apart.
//
//===----------------------------------------------------------------------===//

#ifndef NIRC_LIB_TARGET_NIR_NIRSCHEMA_H
#define NIRC_LIB_TARGET_NIR_NIRSCHEMA_H

#include "mlir/IR/BuiltinAttributeInterfaces.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include <vector>

namespace nirc::nirformat {

/// One NIR field as stored in a node group.
enum class FieldKind {
  Param,     // any int/float array: ElementsAttr
  Int,       // a Python int: an i64 IntegerAttr
  IntList,   // a shape or per-axis list: DenseI64ArrayAttr
  IntPair,   // Conv2d per-axis value, an int widened to a pair
  Padding1d, // an int or "same"/"valid"
  Padding2d, // a pair or "same"/"valid"
  Shape,     // Input/Output `shape`: the node's signal type
};

/// How a missing optional field is filled.
enum class Default { None, ZerosLikeThreshold, OnesLikePopulation };

struct FieldSpec {
  const char *name;
  FieldKind kind;
  bool required;
  Default fill = Default::None;
  /// True when the Python package holds the value as a NumPy array (written
  /// gzip-compressed) rather than a Python int or tuple (written plain).
  bool numpyArray = false;
};

struct NodeSpec {
  const char *nirType;
  const char *opName;
  std::vector<FieldSpec> fields;
};

using FK = FieldKind;

/// NIR's 18 node types besides NIRGraph, with their fields in NIR's order.
const std::vector<NodeSpec> &getNodeSpecs();
/// The spec of a NIR type name ("LIF") or of an op name ("nir.lif").
const NodeSpec *findNodeSpec(llvm::StringRef nirType);
const NodeSpec *findNodeSpecByOp(llvm::StringRef opName);

/// The integers of an integer dataset (unsigned ones zero-extended).
llvm::SmallVector<int64_t> getStoredInts(mlir::ElementsAttr dataset);

/// Whether a field of kind `kind` stored as `dataset` (kept under
/// kStoredAsAttrName) still holds `value`: the same integers, an int the
/// pair `value` was widened from, or a shape that differs by unit axes.
bool storedFormHolds(FieldKind kind, mlir::ElementsAttr dataset,
                     llvm::ArrayRef<int64_t> value);

/// The layout version nirc writes: neuromorphs/NIR v1.0.8 (gzip default).
constexpr const char *kWrittenVersion = "1.0.8";

} // namespace nirc::nirformat

#endif // NIRC_LIB_TARGET_NIR_NIRSCHEMA_H
