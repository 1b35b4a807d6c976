//===- ChipDialect.cpp - chip dialect -------------------------------------===//

#include "nirc/Dialect/Chip/ChipDialect.h"
#include "nirc/Dialect/Chip/ChipOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace nirc::chip;

#include "nirc/Dialect/Chip/ChipDialect.cpp.inc"

#define GET_TYPEDEF_CLASSES
#include "nirc/Dialect/Chip/ChipTypes.cpp.inc"

void ChipDialect::initialize() {
  addTypes<
#define GET_TYPEDEF_LIST
#include "nirc/Dialect/Chip/ChipTypes.cpp.inc"
      >();
  addOperations<
#define GET_OP_LIST
#include "nirc/Dialect/Chip/ChipOps.cpp.inc"
      >();
}

LogicalResult NeuronsType::verify(function_ref<InFlightDiagnostic()> emitError,
                                  int64_t size) {
  if (size <= 0)
    return emitError() << "a group of neurons needs a positive size, not "
                       << size;
  return success();
}
