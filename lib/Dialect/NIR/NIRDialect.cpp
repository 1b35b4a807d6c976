//===- NIRDialect.cpp - NIR dialect ---------------------------------------===//

#include "nirc/Dialect/NIR/NIRDialect.h"
#include "nirc/Dialect/NIR/NIROps.h"
#include "nirc/Dialect/NIR/NIRTypes.h"

using namespace nirc::nir;

#include "nirc/Dialect/NIR/NIRDialect.cpp.inc"

void NIRDialect::initialize() {
  registerTypes();
  addOperations<
#define GET_OP_LIST
#include "nirc/Dialect/NIR/NIROps.cpp.inc"
      >();
}
