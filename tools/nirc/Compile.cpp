//===- Compile.cpp - nirc compile -----------------------------------------===//
//
// Maps a model onto a chip (the library's mapToChip) and writes the target
// description; prints what the chip would hold, or why it cannot.
//
//===----------------------------------------------------------------------===//

#include "Commands.h"

#include "nirc/Dialect/Chip/ChipOps.h"
#include "nirc/Dialect/Chip/ChipPipeline.h"
#include "nirc/Target/Chip/ChipExport.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace nirc;
namespace cl = llvm::cl;

namespace {
/// The options of `nirc compile`, built on first use (see Simulate.cpp).
struct CompileOptions {
  cl::opt<std::string> model{cl::Positional, cl::desc("<model.nir|model.mlir>"),
                             cl::sub(compileCommand), cl::cat(nircCategory)};
  cl::opt<std::string> target{
      "target", cl::desc("Chip to map onto (see --list-targets)"),
      cl::value_desc("name"), cl::sub(compileCommand), cl::cat(nircCategory)};
  cl::opt<double> dt{"dt", cl::init(1e-3),
                     cl::desc("Seconds per chip step (default 1e-3)"),
                     cl::sub(compileCommand), cl::cat(nircCategory)};
  cl::opt<std::string> output{
      "o", cl::desc("Write the JSON target description to this file"),
      cl::value_desc("file.json"), cl::sub(compileCommand),
      cl::cat(nircCategory)};
  cl::opt<std::string> netx{
      "netx",
      cl::desc("Loihi 2: also write the lava-dl netx HDF5 network that "
               "lava.lib.dl.netx.hdf5.Network loads"),
      cl::value_desc("file.net"), cl::sub(compileCommand),
      cl::cat(nircCategory)};
  cl::opt<std::string> emitMLIR{
      "emit-mlir", cl::desc("Also write the mapped chip dialect IR"),
      cl::value_desc("file.mlir"), cl::sub(compileCommand),
      cl::cat(nircCategory)};
  cl::opt<bool> allowSaturation{
      "allow-saturation",
      cl::desc("Clip weights the chip cannot hold, with a warning, instead "
               "of failing"),
      cl::sub(compileCommand), cl::cat(nircCategory)};
  cl::opt<bool> listTargets{"list-targets",
                            cl::desc("List the targets and their key limits"),
                            cl::sub(compileCommand), cl::cat(nircCategory)};
};
} // namespace

static CompileOptions &compileOptions() {
  static CompileOptions options;
  return options;
}

void nirc::registerCompileOptions() { (void)compileOptions(); }

static void listTargets(llvm::raw_ostream &os) {
  os << llvm::formatv("{0,-14} {1,-15} {2,6}  {3}\n", "target", "chip", "cores",
                      "key limits");
  for (const chip::TargetModel *model : chip::getAllTargetModels()) {
    std::string limits;
    for (const chip::TargetLimit &limit : model->getLimits())
      limits += (limits.empty() ? "" : ", ") + std::to_string(limit.value) +
                " " + limit.description.str();
    os << llvm::formatv("{0,-14} {1,-15} {2,6}  {3}\n", model->getName(),
                        model->getDisplayName(), model->getNumCores(), limits);
  }
}

int nirc::runCompile(MLIRContext &context) {
  const CompileOptions &options = compileOptions();
  if (options.listTargets) {
    listTargets(llvm::outs());
    return 0;
  }
  if (options.model.empty()) {
    llvm::errs() << "error: nirc compile needs a model (or --list-targets)\n";
    return 1;
  }
  const chip::TargetModel *model = chip::lookupTargetModel(options.target);
  if (!model) {
    llvm::errs() << "error: "
                 << (options.target.empty()
                         ? std::string("nirc compile needs --target")
                         : "unknown target '" + options.target + "'")
                 << "; one of:" << chip::getTargetNames() << "\n";
    return 1;
  }
  if (!options.netx.empty() && model->getName() != "loihi2") {
    llvm::errs() << "error: --netx writes lava-dl networks for Loihi 2 "
                    "(--target loihi2), not for "
                 << model->getDisplayName() << "\n";
    return 1;
  }
  OwningOpRef<ModuleOp> module = loadModel(options.model, context);
  if (!module)
    return 1;
  // The summary tabulates the per-layer remarks of chip-quantize.
  context.getDiagEngine().registerHandler([](Diagnostic &diag) {
    return success(diag.getSeverity() == DiagnosticSeverity::Remark);
  });
  chip::ChipMappingOptions mapping;
  mapping.target = options.target;
  mapping.dt = options.dt;
  mapping.allowSaturation = options.allowSaturation;
  if (failed(chip::mapToChip(*module, mapping))) {
    llvm::errs() << "nirc compile: " << options.model << " does not map onto "
                 << model->getDisplayName() << "\n";
    return 1;
  }
  FailureOr<chip::DeviceOp> device = chip::getOnlyDevice(*module);
  if (failed(device))
    return 1;
  chip::printChipSummary(*device, llvm::errs());
  if (!options.output.empty() &&
      !writeOutputOrReport(options.output, [&](llvm::raw_ostream &os) {
        return chip::exportChipJSON(*device, os);
      }))
    return 1;
  if (!options.netx.empty() &&
      !writeOutputOrReport(options.netx, [&](llvm::raw_ostream &os) {
        return chip::exportNetx(*device, os);
      }))
    return 1;
  if (!options.emitMLIR.empty() &&
      !writeOutputOrReport(options.emitMLIR, [&](llvm::raw_ostream &os) {
        module->print(os);
        return success();
      }))
    return 1;
  return 0;
}
