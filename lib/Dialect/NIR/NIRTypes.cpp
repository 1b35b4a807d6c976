//===- NIRTypes.cpp - NIR types -------------------------------------------===//

#include "nirc/Dialect/NIR/NIRTypes.h"
#include "nirc/Dialect/NIR/NIRDialect.h"
#include "nirc/Support/ShapeRules.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace nirc::nir;

#define GET_TYPEDEF_CLASSES
#include "nirc/Dialect/NIR/NIRTypes.cpp.inc"

void NIRDialect::registerTypes() {
  addTypes<
#define GET_TYPEDEF_LIST
#include "nirc/Dialect/NIR/NIRTypes.cpp.inc"
      >();
}

// !nir.signal<*> | !nir.signal<> | !nir.signal<2x34x34>
Type SignalType::parse(AsmParser &parser) {
  if (parser.parseLess())
    return {};
  if (succeeded(parser.parseOptionalStar())) {
    if (parser.parseGreater())
      return {};
    return getUnknown(parser.getContext());
  }
  SmallVector<int64_t> shape;
  if (failed(parser.parseOptionalGreater())) {
    if (parser.parseDimensionList(shape, /*allowDynamic=*/false,
                                  /*withTrailingX=*/false) ||
        parser.parseGreater())
      return {};
  }
  return parser.getChecked<SignalType>(parser.getContext(), true, shape);
}

void SignalType::print(AsmPrinter &printer) const {
  printer << '<';
  if (!hasKnownShape())
    printer << '*';
  else
    llvm::interleave(getShape(), printer, "x");
  printer << '>';
}

LogicalResult SignalType::verify(function_ref<InFlightDiagnostic()> emitError,
                                 bool known, ArrayRef<int64_t> shape) {
  if (!known && !shape.empty())
    return emitError() << "a signal of unknown shape has no dimensions";
  for (int64_t dim : shape)
    if (dim < 1)
      return emitError() << "signal dimensions must be positive, got "
                         << nirc::formatShape(shape);
  if (!nirc::isPlausibleShape(shape))
    return emitError() << "signal of shape " << nirc::formatShape(shape)
                       << " has more than 2^40 channels";
  return success();
}

int64_t SignalType::getNumElements() const {
  return nirc::numElements(getShape());
}
