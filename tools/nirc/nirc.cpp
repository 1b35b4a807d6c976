//===- nirc.cpp - the nirc driver -----------------------------------------===//
//
// The command a user runs: `nirc info|check|convert|simulate|compile|draw`. A
// thin layer over the library (importNIR, exportNIR, the verifiers and passes).
//
//===----------------------------------------------------------------------===//

#include "Commands.h"

#include "nirc/Dialect/NIR/NIROps.h"
#include "nirc/Driver/LoadModel.h"
#include "nirc/Driver/ModelInfo.h"
#include "nirc/InitAllDialects.h"
#include "nirc/Support/ChildProcess.h"
#include "nirc/Support/OutputFile.h"
#include "nirc/Target/NIR/NIRFormat.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace nirc;
using namespace nirc::nir;
namespace cl = llvm::cl;

cl::OptionCategory nirc::nircCategory("nirc options");

static cl::SubCommand infoCommand("info",
                                  "Print a table of a model's nodes and edges");
static cl::SubCommand
    checkCommand("check",
                 "Verify a model; the exit status tells whether it is valid");
static cl::SubCommand
    convertCommand("convert",
                   "Convert between .nir and .mlir (by file extension)");

cl::SubCommand nirc::simulateCommand(
    "simulate", "Simulate a model over time on input data; write what it "
                "recorded as NIRGraphData");

cl::SubCommand nirc::compileCommand(
    "compile", "Map a model onto a neuromorphic chip and write its target "
               "description, or say which limit it breaks");

cl::SubCommand nirc::drawCommand(
    "draw", "Draw a model's graph (SVG, PNG or PDF through Graphviz, or DOT)");

static cl::opt<std::string>
    modelPath(cl::Positional, cl::Required, cl::desc("<model.nir|model.mlir>"),
              cl::sub(infoCommand), cl::sub(checkCommand),
              cl::sub(convertCommand), cl::sub(simulateCommand),
              cl::sub(drawCommand), cl::cat(nircCategory));
static cl::opt<std::string> outputPath(cl::Positional, cl::Required,
                                       cl::desc("<output.nir|output.mlir>"),
                                       cl::sub(convertCommand),
                                       cl::cat(nircCategory));
static cl::opt<bool> repairEdges(
    "nir-repair-edges",
    cl::desc("Retarget edges naming a missing node to its unique near name"),
    cl::sub(infoCommand), cl::sub(checkCommand), cl::sub(convertCommand),
    cl::sub(simulateCommand), cl::sub(compileCommand), cl::sub(drawCommand),
    cl::cat(nircCategory));

OwningOpRef<ModuleOp> nirc::loadModel(StringRef path, MLIRContext &context) {
  ImportNIROptions options;
  options.repairEdges = repairEdges;
  return nirc::loadModel(path, context, options, getReadLimitsFromOptions());
}

static int runInfo(ModuleOp module) {
  printModelInfo(module, modelPath, llvm::outs());
  return 0;
}

bool nirc::writeOutputOrReport(
    StringRef path,
    llvm::function_ref<LogicalResult(llvm::raw_ostream &)> write) {
  llvm::Error written =
      nirc::writeOutputFile(path, [&](llvm::raw_ostream &os) -> llvm::Error {
        if (failed(write(os)))
          return llvm::createStringError(std::errc::invalid_argument,
                                         "export failed");
        return llvm::Error::success();
      });
  if (!written)
    return true;
  llvm::errs() << "error: cannot write " << path << ": "
               << llvm::toString(std::move(written)) << "\n";
  return false;
}

static int runConvert(ModuleOp module) {
  bool toNIR = llvm::sys::path::extension(outputPath) == ".nir";
  return writeOutputOrReport(outputPath,
                             [&](llvm::raw_ostream &os) -> LogicalResult {
                               if (toNIR)
                                 return exportNIR(module, os);
                               module.print(os);
                               return success();
                             })
             ? 0
             : 1;
}

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  registerSimulateOptions();
  registerCompileOptions();
  registerDrawOptions();
  registerReadLimitOptions(nircCategory);
  cl::SetVersionPrinter(
      [](llvm::raw_ostream &os) { os << "nirc " NIRC_VERSION "\n"; });
  // The libraries nirc links register hundreds of LLVM options.
  for (cl::SubCommand *command : cl::getRegisteredSubcommands())
    cl::HideUnrelatedOptions(nircCategory, *command);
  cl::ParseCommandLineOptions(
      argc, argv,
      "nirc: compile and inspect NIR (Neuromorphic Intermediate "
      "Representation) models\n");
  if (!infoCommand && !checkCommand && !convertCommand && !simulateCommand &&
      !compileCommand && !drawCommand) {
    cl::PrintHelpMessage();
    return 1;
  }
  DialectRegistry registry;
  registerAllDialects(registry);
  MLIRContext context(registry);
  context.loadAllAvailableDialects();
  context.printOpOnDiagnostic(false);
  // Prints `file:line:col: error: ...` for every diagnostic; or holds it
  // back, on a rank of `mpirun ... nirc simulate` other than rank 0.
  llvm::SourceMgr noSources;
  std::string heldBackText;
  llvm::raw_string_ostream heldBack(heldBackText);
  bool holdBack = simulateCommand && holdsBackSetupReports();
  SourceMgrDiagnosticHandler diagnostics(
      noSources, &context,
      holdBack ? static_cast<llvm::raw_ostream &>(heldBack) : llvm::errs());
  if (compileCommand)
    return runCompile(context);
  OwningOpRef<ModuleOp> module = loadModel(modelPath, context);
  // One rank of several that cannot load the model still takes part in
  // stopping the run.
  if (simulateCommand)
    return runSimulate(module.get(), modelPath, holdBack ? &heldBack : nullptr);
  if (!module)
    return 1;
  if (infoCommand)
    return runInfo(*module);
  if (drawCommand)
    return runDraw(*module);
  if (checkCommand) {
    llvm::outs() << modelPath << ": valid NIR graph\n";
    return 0;
  }
  return runConvert(*module);
}
