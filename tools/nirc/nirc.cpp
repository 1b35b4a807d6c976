//===- nirc.cpp - the nirc driver -----------------------------------------===//
//
// The command a user runs: `nirc info|check|convert|simulate|compile|draw`. A
// thin layer over the library (importNIR, exportNIR, the verifiers and passes).
//
//===----------------------------------------------------------------------===//

#include "Commands.h"

#include "nirc/Dialect/NIR/NIROps.h"
#include "nirc/Dialect/NIR/NIRPasses.h"
#include "nirc/InitAllDialects.h"
#include "nirc/Support/ChildProcess.h"
#include "nirc/Support/OutputFile.h"
#include "nirc/Support/ShapeRules.h"
#include "nirc/Support/TextNesting.h"
#include "nirc/Target/NIR/NIRFormat.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/FormatVariadic.h"
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
  if (llvm::sys::path::extension(path) == ".nir") {
    ImportNIROptions options;
    options.repairEdges = repairEdges;
    // Files come from other tools and the internet: libhdf5 must not be
    // able to crash or hang nirc on them.
    return importNIRFileIsolated(path, &context, options,
                                 getReadLimitsFromOptions());
  }
  std::string errorMessage;
  auto file = openInputFile(path, &errorMessage);
  if (!file) {
    llvm::errs() << "error: " << errorMessage << "\n";
    return nullptr;
  }
  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(std::move(file), llvm::SMLoc());
  if (isNestedTooDeep(sourceMgr))
    return nullptr;
  // Shows parse and verifier errors with their source line.
  SourceMgrDiagnosticHandler diagnostics(sourceMgr, &context);
  OwningOpRef<ModuleOp> module = parseSourceFile<ModuleOp>(sourceMgr, &context);
  if (!module)
    return nullptr;
  PassManager pm(&context);
  pm.addPass(createInferTypes());
  if (failed(pm.run(*module)))
    return nullptr;
  return module;
}

static std::string describeType(Type type) {
  auto signal = cast<SignalType>(type);
  return signal.hasKnownShape() ? formatShape(signal.getShape()) : "?";
}

/// One row per node, nested graphs indented under their graph.
static void printNodes(GraphOp graph, unsigned depth, llvm::raw_ostream &os) {
  for (Operation &op : graph.getBody().getOps()) {
    std::string indent(2 * depth, ' ');
    if (auto nested = dyn_cast<GraphOp>(op)) {
      os << llvm::formatv("{0,-28} {1,-10} {2,-14} {3,-14}\n",
                          indent + getNodeName(nested).str(), "NIRGraph",
                          nested.getInputs().empty()
                              ? std::string("-")
                              : describeType(nested.getInputs()[0].getType()),
                          nested.getOutputs().empty()
                              ? std::string("-")
                              : describeType(nested.getOutputs()[0].getType()));
      printNodes(nested, depth + 1, os);
      continue;
    }
    auto node = cast<NodeOpInterface>(op);
    int64_t parameters = 0;
    std::string dtypes;
    for (NamedAttribute field : op.getAttrs())
      if (auto values = dyn_cast<ElementsAttr>(field.getValue())) {
        parameters += values.getNumElements();
        std::string dtype;
        llvm::raw_string_ostream(dtype) << values.getElementType();
        if (!StringRef(dtypes).contains(dtype))
          dtypes += (dtypes.empty() ? "" : ",") + dtype;
      }
    std::string input =
        op.getNumOperands() ? describeType(op.getOperand(0).getType()) : "-";
    os << llvm::formatv(
        "{0,-28} {1,-10} {2,-14} {3,-14} {4,10} {5}\n",
        indent + node.getNodeName().str(), op.getName().stripDialect(), input,
        describeType(op.getResult(0).getType()), parameters, dtypes);
  }
}

static void printEdges(GraphOp graph, StringRef prefix, llvm::raw_ostream &os) {
  auto nameOf = [](Operation *op) { return getNodeName(op).str(); };
  for (Operation &op : graph.getBody().getOps()) {
    for (Value input : op.getOperands())
      os << "  " << prefix << nameOf(input.getDefiningOp()) << " -> " << prefix
         << nameOf(&op) << "\n";
    if (auto nested = dyn_cast<GraphOp>(op))
      printEdges(nested, (prefix + nameOf(&op) + "/").str(), os);
  }
}

static int runInfo(ModuleOp module) {
  llvm::raw_ostream &os = llvm::outs();
  os << "file:     " << modelPath << "\n";
  if (auto version = module->getAttrOfType<StringAttr>("nir.version"))
    os << "version:  " << version.getValue() << "\n";
  for (GraphOp graph : module.getOps<GraphOp>()) {
    if (DictionaryAttr metadata = graph.getMetadataAttr())
      os << "metadata: " << metadata << "\n";
    os << "\n"
       << llvm::formatv("{0,-28} {1,-10} {2,-14} {3,-14} {4,10} {5}\n", "node",
                        "type", "input", "output", "parameters", "dtype");
    printNodes(graph, 0, os);
    os << "\nedges:\n";
    printEdges(graph, "", os);
  }
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
  // Prints `file:line:col: error: ...` for every diagnostic.
  llvm::SourceMgr noSources;
  SourceMgrDiagnosticHandler diagnostics(noSources, &context);
  if (compileCommand)
    return runCompile(context);
  OwningOpRef<ModuleOp> module = loadModel(modelPath, context);
  if (!module)
    return 1;
  if (infoCommand)
    return runInfo(*module);
  if (simulateCommand)
    return runSimulate(*module, modelPath);
  if (drawCommand)
    return runDraw(*module);
  if (checkCommand) {
    llvm::outs() << modelPath << ": valid NIR graph\n";
    return 0;
  }
  return runConvert(*module);
}
