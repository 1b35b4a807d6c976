//===- Commands.h - nirc subcommands kept in their own files ----*- C++ -*-===//

#ifndef NIRC_TOOLS_NIRC_COMMANDS_H
#define NIRC_TOOLS_NIRC_COMMANDS_H

#include "mlir/IR/BuiltinOps.h"
#include "llvm/Support/CommandLine.h"

namespace nirc {
extern llvm::cl::SubCommand simulateCommand;
/// Registers `nirc simulate`'s options; call before parsing the command line.
void registerSimulateOptions();
/// `nirc simulate`: the module is loaded, verified and typed.
int runSimulate(mlir::ModuleOp module, llvm::StringRef modelPath);
} // namespace nirc

#endif // NIRC_TOOLS_NIRC_COMMANDS_H
