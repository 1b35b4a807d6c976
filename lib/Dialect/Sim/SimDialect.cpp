//===- SimDialect.cpp - sim dialect ---------------------------------------===//

#include "nirc/Dialect/Sim/SimDialect.h"
#include "nirc/Dialect/Sim/SimOps.h"

using namespace nirc::sim;

#include "nirc/Dialect/Sim/SimDialect.cpp.inc"

void SimDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "nirc/Dialect/Sim/SimOps.cpp.inc"
      >();
}
