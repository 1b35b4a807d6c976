//===- SimDialect.cpp - sim dialect ---------------------------------------===//

#include "nirc/Dialect/Sim/SimDialect.h"
#include "nirc/Dialect/Sim/SimOps.h"
#include "nirc/Dialect/Sim/StorageLayout.h"

#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace nirc::sim;

#include "nirc/Dialect/Sim/SimDialect.cpp.inc"
#include "nirc/Dialect/Sim/SimEnums.cpp.inc"

#define GET_ATTRDEF_CLASSES
#include "nirc/Dialect/Sim/SimAttrs.cpp.inc"

void SimDialect::initialize() {
  addAttributes<
#define GET_ATTRDEF_LIST
#include "nirc/Dialect/Sim/SimAttrs.cpp.inc"
      >();
  addOperations<
#define GET_OP_LIST
#include "nirc/Dialect/Sim/SimOps.cpp.inc"
      >();
}

/// The slots' placement is checked by the model (ModelOp::verifyStorage),
/// which sees them all; here only their form.
mlir::LogicalResult
SimDialect::verifyOperationAttribute(mlir::Operation *op,
                                     mlir::NamedAttribute attribute) {
  if (attribute.getName() == kSlotsAttrName &&
      !mlir::isa<mlir::DenseI64ArrayAttr>(attribute.getValue()))
    return op->emitOpError("'")
           << kSlotsAttrName << "' must be an array<i64> of slot offsets";
  return mlir::success();
}
