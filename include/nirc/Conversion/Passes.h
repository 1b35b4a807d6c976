//===- Passes.h - conversions between nirc dialects -------------*- C++ -*-===//

#ifndef NIRC_CONVERSION_PASSES_H
#define NIRC_CONVERSION_PASSES_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"
#include "nirc/Conversion/SimToStandard.h"
#include "nirc/Dialect/Chip/ChipDialect.h"
#include "nirc/Dialect/Chip/Emulation.h"
#include "nirc/Dialect/NIR/NIRDialect.h"
#include "nirc/Dialect/Sim/SimDialect.h"
#include "nirc/Dialect/Sim/SimOps.h"

namespace nirc {
#define GEN_PASS_DECL
#include "nirc/Conversion/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "nirc/Conversion/Passes.h.inc"
} // namespace nirc

#endif // NIRC_CONVERSION_PASSES_H
