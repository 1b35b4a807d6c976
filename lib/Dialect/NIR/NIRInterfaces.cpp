//===- NIRInterfaces.cpp - NIR op interfaces ------------------------------===//
//
// The verifier every NIR node shares: its parameters, finite values, the
// shapes of the edges summed into it and the shape of its output.
//
//===----------------------------------------------------------------------===//

#include "nirc/Dialect/NIR/NIRInterfaces.h"
#include "nirc/Dialect/NIR/NIRTypes.h"
#include "nirc/Support/ElementsUtils.h"
#include "nirc/Support/ShapeRules.h"

#include "mlir/IR/BuiltinAttributes.h"
#include <cmath>

using namespace mlir;
using namespace nirc;
using namespace nirc::nir;

#include "nirc/Dialect/NIR/NIRInterfaces.cpp.inc"

InFlightDiagnostic nirc::nir::emitNodeError(Operation *op) {
  InFlightDiagnostic diag = op->emitOpError();
  if (auto name = op->getAttrOfType<StringAttr>("name"))
    diag << '"' << name.getValue() << "\": ";
  return diag;
}

/// Checks what every parameter must satisfy whatever the node: readable, no
/// empty axis (a signal has at least one channel per axis), and finite, as a
/// NaN or Inf weight or time constant makes every simulation meaningless.
static LogicalResult verifyParameterValues(Operation *op) {
  for (NamedAttribute field : op->getAttrs()) {
    auto values = dyn_cast<ElementsAttr>(field.getValue());
    if (!values)
      continue;
    StringRef name = field.getName().getValue();
    ArrayRef<int64_t> shape = values.getShapedType().getShape();
    if (llvm::is_contained(shape, 0))
      return emitNodeError(op) << "field '" << name << "' has an empty axis "
                               << "in its shape " << formatShape(shape);
    int64_t badIndex = -1;
    double badValue = 0;
    // A splat holds one value however large its shape claims to be.
    bool splat = values.isSplat();
    bool readable = forEachValueAsDouble(values, [&](int64_t index, double v) {
      if (!std::isfinite(v)) {
        badIndex = index;
        badValue = v;
        return false;
      }
      return !splat;
    });
    if (!readable)
      return emitNodeError(op) << "field '" << name << "' cannot be read "
                               << "(a missing or short resource blob?)";
    if (badIndex >= 0)
      return emitNodeError(op)
             << "field '" << name << "' has a non-finite value " << badValue
             << " at flat index " << badIndex;
  }
  return success();
}

/// The shape of the edges summed into `op`: they must agree.
static FailureOr<OptionalShape> getFanInShape(Operation *op) {
  OptionalShape fanIn;
  unsigned firstKnown = 0;
  for (OpOperand &input : op->getOpOperands()) {
    auto type = cast<SignalType>(input.get().getType());
    if (!type.hasKnownShape())
      continue;
    if (!fanIn) {
      fanIn = type.getShape();
      firstKnown = input.getOperandNumber();
      continue;
    }
    if (*fanIn == type.getShape())
      continue;
    InFlightDiagnostic diag =
        emitNodeError(op) << "inputs are summed and must have one shape, but "
                          << "input #" << firstKnown << " is "
                          << formatShape(*fanIn) << " and input #"
                          << input.getOperandNumber() << " is "
                          << formatShape(type.getShape());
    if (Operation *producer = input.get().getDefiningOp())
      diag.attachNote(producer->getLoc())
          << "input #" << input.getOperandNumber() << " comes from here";
    return failure();
  }
  return fanIn;
}

LogicalResult nirc::nir::detail::verifyNode(Operation *op) {
  auto node = cast<NodeOpInterface>(op);
  if (failed(verifyParameterValues(op)) || failed(node.verifyParameters()))
    return failure();
  FailureOr<OptionalShape> fanIn = getFanInShape(op);
  if (failed(fanIn))
    return failure();
  FailureOr<ShapeOrUnknown> inferred =
      node.inferOutputShape(*fanIn, [op] { return emitNodeError(op); });
  if (failed(inferred))
    return failure();
  auto declared = cast<SignalType>(op->getResult(0).getType());
  if (*inferred && declared.hasKnownShape() &&
      ArrayRef<int64_t>(**inferred) != declared.getShape())
    return emitNodeError(op)
           << "output shape " << formatShape(declared.getShape())
           << " differs from the shape " << formatShape(**inferred)
           << " that its input and parameters give";
  return success();
}
