//===- Commands.h - nirc subcommands kept in their own files ----*- C++ -*-===//

#ifndef NIRC_TOOLS_NIRC_COMMANDS_H
#define NIRC_TOOLS_NIRC_COMMANDS_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"
#include "llvm/Support/CommandLine.h"

namespace nirc {
extern llvm::cl::SubCommand simulateCommand;
extern llvm::cl::SubCommand compileCommand;
extern llvm::cl::SubCommand drawCommand;
/// Every option nirc defines; `--help` shows these and hides LLVM's.
extern llvm::cl::OptionCategory nircCategory;

/// Loads a `.nir` or `.mlir` model, verified and with its shapes inferred;
/// null after reporting the error.
mlir::OwningOpRef<mlir::ModuleOp> loadModel(llvm::StringRef path,
                                            mlir::MLIRContext &context);

/// nirc::writeOutputFile (never a partial file under `path`) for an
/// exporter that reports its own errors; prints why the file cannot be
/// written and returns false on failure.
bool writeOutputOrReport(
    llvm::StringRef path,
    llvm::function_ref<mlir::LogicalResult(llvm::raw_ostream &)> write);

/// Registers `nirc simulate`'s options; call before parsing the command line.
void registerSimulateOptions();
/// Whether this process is a rank of `mpirun ... nirc simulate` other than
/// rank 0, which holds back what it would report while it sets the run up:
/// a failure that every rank shares is reported once, by rank 0.
bool holdsBackSetupReports();
/// `nirc simulate`: the module is loaded, verified and typed, or null
/// when it could not be loaded (the error is reported, or held back in
/// `heldBack` as holdsBackSetupReports says).
int runSimulate(mlir::ModuleOp module, llvm::StringRef modelPath,
                llvm::raw_string_ostream *heldBack);

/// Registers `nirc compile`'s options; call before parsing the command line.
void registerCompileOptions();
/// `nirc compile`: loads its own model (none for --list-targets).
int runCompile(mlir::MLIRContext &context);

/// Registers `nirc draw`'s options; call before parsing the command line.
void registerDrawOptions();
/// `nirc draw`: the module is loaded, verified and typed.
int runDraw(mlir::ModuleOp module);
} // namespace nirc

#endif // NIRC_TOOLS_NIRC_COMMANDS_H
