//===- Pipeline.cpp - from a NIR module to a scheduled sim model ----------===//

#include "nirc/Conversion/Passes.h"
#include "nirc/Dialect/NIR/NIRPasses.h"
#include "nirc/Dialect/Sim/SimPasses.h"
#include "nirc/Simulator/Simulator.h"

#include "mlir/Pass/PassManager.h"

using namespace mlir;
using namespace nirc;

namespace {
/// A choice as users write it.
template <typename Choice> struct Spelling {
  Choice choice;
  llvm::StringLiteral name;
};
} // namespace

static constexpr Spelling<sim::Method> kMethodSpellings[] = {
    {sim::Method::Exact, "exact"},
    {sim::Method::Euler, "euler"},
    {sim::Method::Adaptive, "adaptive"}};
static constexpr Spelling<sim::ResetMode> kResetSpellings[] = {
    {sim::ResetMode::ToValue, "to-v_reset"},
    {sim::ResetMode::Subtract, "subtract"}};

template <typename Choice>
static StringRef getName(ArrayRef<Spelling<Choice>> spellings, Choice choice) {
  return llvm::find_if(spellings,
                       [&](const Spelling<Choice> &spelling) {
                         return spelling.choice == choice;
                       })
      ->name;
}

template <typename Choice>
static llvm::Expected<Choice> parseName(ArrayRef<Spelling<Choice>> spellings,
                                        StringRef option, StringRef name) {
  for (const Spelling<Choice> &spelling : spellings)
    if (spelling.name == name)
      return spelling.choice;
  std::string expected; // "exact, euler or adaptive"
  for (auto [index, spelling] : llvm::enumerate(spellings)) {
    if (index > 0)
      expected += index + 1 == spellings.size() ? " or " : ", ";
    expected += spelling.name;
  }
  return llvm::createStringError(
      llvm::inconvertibleErrorCode(),
      ("unknown " + option + " '" + name + "' (expected " + expected + ")")
          .str());
}

StringRef nirc::getMethodName(sim::Method method) {
  return getName(ArrayRef(kMethodSpellings), method);
}

StringRef nirc::getResetName(sim::ResetMode reset) {
  return getName(ArrayRef(kResetSpellings), reset);
}

llvm::Expected<sim::Method> nirc::parseMethodName(StringRef name) {
  return parseName(ArrayRef(kMethodSpellings), "method", name);
}

llvm::Expected<sim::ResetMode> nirc::parseResetName(StringRef name) {
  return parseName(ArrayRef(kResetSpellings), "reset", name);
}

LogicalResult nirc::lowerToSimulation(ModuleOp module,
                                      const SimulationOptions &options) {
  PassManager pm(module.getContext());
  pm.addPass(nir::createInferTypes());
  pm.addPass(nir::createFlatten());
  ConvertNIRToSimOptions conversion;
  conversion.dt = options.dt;
  conversion.method = options.method;
  conversion.reset = options.reset;
  conversion.probes = options.probes;
  pm.addPass(createConvertNIRToSim(conversion));
  pm.addNestedPass<sim::ModelOp>(sim::createSchedule());
  pm.addNestedPass<sim::ModelOp>(sim::createAllocateStorage());
  return pm.run(module);
}
