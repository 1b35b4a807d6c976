//===- ChipDialect.cpp - chip dialect -------------------------------------===//

#include "nirc/Dialect/Chip/ChipDialect.h"
#include "nirc/Dialect/Chip/ChipOps.h"
#include "nirc/Dialect/Chip/Quantization.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

#include <cmath>

using namespace mlir;
using namespace nirc::chip;

#include "nirc/Dialect/Chip/ChipDialect.cpp.inc"
#include "nirc/Dialect/Chip/ChipEnums.cpp.inc"

/// A double as `printFloat` prints it: text that reads back the same bits.
static ParseResult parseExactFloat(AsmParser &parser,
                                   FailureOr<llvm::APFloat> &value) {
  double parsed;
  if (parser.parseFloat(parsed))
    return failure();
  value = llvm::APFloat(parsed);
  return success();
}
static void printExactFloat(AsmPrinter &printer, const llvm::APFloat &value) {
  printer.printFloat(value);
}

#define GET_TYPEDEF_CLASSES
#include "nirc/Dialect/Chip/ChipTypes.cpp.inc"

#define GET_ATTRDEF_CLASSES
#include "nirc/Dialect/Chip/ChipAttributes.cpp.inc"

void ChipDialect::initialize() {
  addAttributes<
#define GET_ATTRDEF_LIST
#include "nirc/Dialect/Chip/ChipAttributes.cpp.inc"
      >();
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

LogicalResult ScaleAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                llvm::APFloat scale, int64_t weightShift,
                                StringRef boundBy) {
  double value = scale.convertToDouble();
  if (!(value > 0) || !std::isfinite(value))
    return emitError() << "a scale must be a positive, finite number of chip "
                          "units per NIR unit, not "
                       << formatNumber(value);
  if (weightShift < 0)
    return emitError() << "a weight shift must not be negative, not "
                       << weightShift;
  return success();
}
