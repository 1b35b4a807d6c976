//===- SimDialect.cpp - sim dialect ---------------------------------------===//

#include "nirc/Dialect/Sim/SimDialect.h"
#include "nirc/Dialect/Sim/SimOps.h"

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
