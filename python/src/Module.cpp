//===- Module.cpp - nirc._core, the Python module's C++ half --------------===//
//
// A thin layer over lib/Driver: a model is an MLIR context and module; every
// call turns the diagnostics it emits into the message of a Python
// exception (errors) or Python warnings. Results move into NumPy arrays
// without a copy, and the GIL is released while a model runs.
//
//===----------------------------------------------------------------------===//

#include "nirc/Dialect/Chip/ChipPipeline.h"
#include "nirc/Dialect/Chip/TargetModel.h"
#include "nirc/Dialect/NIR/NIROps.h"
#include "nirc/Driver/LoadModel.h"
#include "nirc/Driver/ModelInfo.h"
#include "nirc/Driver/RunModel.h"
#include "nirc/InitAllDialects.h"
#include "nirc/Support/OutputFile.h"
#include "nirc/Target/Chip/ChipExport.h"
#include "nirc/Target/NIR/NIRFormat.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/MemoryBufferRef.h"
#include "llvm/Support/Path.h"

#include <nanobind/nanobind.h>
#include <nanobind/ndarray.h>
#include <nanobind/stl/optional.h>
#include <nanobind/stl/pair.h>
#include <nanobind/stl/string.h>
#include <nanobind/stl/unordered_map.h>
#include <nanobind/stl/vector.h>

#include <cmath>
#include <stdexcept>
#include <unordered_map>

namespace nb = nanobind;
using namespace mlir;
using namespace nirc;

namespace {

/// The Python exceptions, all subclasses of nirc.Error.
struct Error : std::runtime_error {
  using std::runtime_error::runtime_error;
};
struct LoadError : Error {
  using Error::Error;
};
struct SimulationError : Error {
  using Error::Error;
};
struct CompileError : Error {
  using Error::Error;
};

/// Collects the diagnostics emitted while it lives, as `nirc` prints them
/// (`file:line:col: error: message`); remarks are dropped, as `nirc` drops
/// chip-quantize's.
class DiagnosticCollector {
public:
  explicit DiagnosticCollector(MLIRContext &context)
      : handler(&context, [this](Diagnostic &diag) { collect(diag); }) {}

  /// The errors and `summary`, one per line, for an exception; `summary`
  /// alone says what failed when nothing was emitted.
  std::string message(llvm::StringRef summary = {}) const {
    std::string text;
    for (const std::string &error : errors)
      text += error + "\n";
    text += summary.str();
    return llvm::StringRef(text).rtrim().str();
  }
  bool hasErrors() const { return !errors.empty(); }
  /// Issues the warnings as Python warnings (the GIL must be held).
  void warn() const {
    for (const std::string &warning : warnings)
      if (PyErr_WarnEx(PyExc_UserWarning, warning.c_str(), 1) < 0)
        throw nb::python_error(); // warnings are errors here
  }

private:
  void collect(Diagnostic &diag) {
    if (diag.getSeverity() == DiagnosticSeverity::Remark)
      return;
    std::string text;
    llvm::raw_string_ostream os(text);
    if (auto file = diag.getLocation()->findInstanceOf<FileLineColLoc>())
      os << file.getFilename().getValue() << ":" << file.getLine() << ":"
         << file.getColumn() << ": ";
    bool isError = diag.getSeverity() == DiagnosticSeverity::Error;
    os << (isError ? "error: " : "warning: ") << diag.str();
    for (Diagnostic &note : diag.getNotes())
      os << "\nnote: " << note.str();
    (isError ? errors : warnings).push_back(os.str());
  }

  std::vector<std::string> errors, warnings;
  ScopedDiagnosticHandler handler;
};

/// A loaded model: its context and module, verified and typed.
struct Model {
  std::unique_ptr<MLIRContext> context;
  OwningOpRef<ModuleOp> module;
  std::string name;

  nir::GraphOp graph() { return *(*module).getOps<nir::GraphOp>().begin(); }
};

std::unique_ptr<MLIRContext> createContext() {
  DialectRegistry registry;
  registerAllDialects(registry);
  // No thread pool: a model may be read in a forked child.
  auto context =
      std::make_unique<MLIRContext>(registry, MLIRContext::Threading::DISABLED);
  context->loadAllAvailableDialects();
  context->printOpOnDiagnostic(false);
  return context;
}

/// Loads with `load`, raising LoadError with nirc's messages.
template <typename LoadFn>
Model loadWith(const std::string &name, LoadFn load) {
  Model model{createContext(), nullptr, name};
  DiagnosticCollector diagnostics(*model.context);
  model.module = load(*model.context);
  if (!model.module)
    throw LoadError(diagnostics.hasErrors() ? diagnostics.message()
                                            : "cannot load " + name);
  if (llvm::range_size(model.module->getOps<nir::GraphOp>()) != 1)
    throw LoadError(name + ": expected one top-level nir.graph");
  diagnostics.warn();
  return model;
}

ReadLimits readLimits(double timeoutSeconds) {
  ReadLimits limits;
  limits.timeoutSeconds = timeoutSeconds;
  return limits;
}

Model loadPath(const std::string &path, bool repairEdges, double timeout) {
  ImportNIROptions options;
  options.repairEdges = repairEdges;
  return loadWith(path, [&](MLIRContext &context) {
    return loadModel(path, context, options, readLimits(timeout));
  });
}

Model loadBytes(nb::bytes data, const std::string &name, bool repairEdges,
                double timeout) {
  ImportNIROptions options;
  options.repairEdges = repairEdges;
  llvm::MemoryBufferRef image(llvm::StringRef(data.c_str(), data.size()), name);
  return loadWith(name, [&](MLIRContext &context) {
    return importNIRImageIsolated(image, &context, options,
                                  readLimits(timeout));
  });
}

std::string exportNIRImage(Model &model) {
  DiagnosticCollector diagnostics(*model.context);
  std::string image;
  llvm::raw_string_ostream os(image);
  if (failed(exportNIR(*model.module, os)))
    throw Error(diagnostics.message());
  return os.str();
}

std::string printMLIR(Model &model) {
  std::string text;
  llvm::raw_string_ostream os(text);
  model.module->print(os);
  return os.str();
}

void save(Model &model, const std::string &path) {
  bool toNIR = llvm::sys::path::extension(path) == ".nir";
  std::string contents = toNIR ? exportNIRImage(model) : printMLIR(model);
  if (llvm::Error error =
          writeOutputFile(path, [&](llvm::raw_ostream &os) -> llvm::Error {
            os << contents;
            return llvm::Error::success();
          }))
    throw Error("cannot write " + path + ": " +
                llvm::toString(std::move(error)));
}

std::string info(Model &model) {
  std::string text;
  llvm::raw_string_ostream os(text);
  printModelInfo(*model.module, model.name, os);
  return os.str();
}

/// The top-level nodes, name and NIR type, in graph order.
std::vector<std::pair<std::string, std::string>> nodes(Model &model) {
  std::vector<std::pair<std::string, std::string>> result;
  for (Operation &node : model.graph().getBody().getOps())
    result.emplace_back(nir::getNodeName(&node).str(),
                        getNIRTypeName(&node).str());
  return result;
}

/// The top-level edges in file order.
std::vector<std::pair<std::string, std::string>> edges(Model &model) {
  std::vector<std::pair<std::string, std::string>> result;
  for (nir::Edge edge : nir::getEdges(model.graph()))
    result.emplace_back(nir::getNodeName(edge.source).str(),
                        nir::getNodeName(edge.target).str());
  return result;
}

std::vector<std::string> inputNames(Model &model) {
  std::vector<std::string> names;
  for (nir::InputOp input : nir::getInputNodes(model.graph()))
    names.push_back(input.getName().str());
  return names;
}

using InputArray = nb::ndarray<const double, nb::c_contig, nb::device::cpu>;
using ResultArray = nb::ndarray<nb::numpy, double>;

/// A recording as a NumPy array `[samples, steps, *shape]` that owns the
/// recording's values.
ResultArray toArray(TimeGriddedData &&data, const std::vector<int64_t> &shape) {
  auto *values = new std::vector<double>(std::move(data.values));
  nb::capsule owner(values, [](void *pointer) noexcept {
    delete static_cast<std::vector<double> *>(pointer);
  });
  std::vector<size_t> dims = {size_t(data.numSamples), size_t(data.numSteps)};
  dims.insert(dims.end(), shape.begin(), shape.end());
  return ResultArray(values->data(), dims.size(), dims.data(), owner);
}

/// How a run goes, besides its inputs (Model.simulate's arguments).
struct RunArguments {
  std::string method, reset;
  std::vector<std::string> probes;
  std::string target;
  bool allowSaturation;
  /// "chip" or "toolchain" (nirc simulate --emulate).
  std::string emulate;
  std::optional<std::string> mismatch;
  int64_t trials;
  uint64_t seed, firstTrial;
  /// "auto", "jit" or "interpret"; "f64" or "f32" (nirc simulate --engine,
  /// --precision, --threads).
  std::string engine, precision;
  unsigned threads;
};

/// Runs the model on `grids` with the GIL released; the recordings keyed
/// "output" (or each Output's name), NODE, NODE.v, NODE.i.
std::unordered_map<std::string, ResultArray>
run(Model &model, llvm::StringMap<TimeGriddedData> &grids, double dt,
    RunArguments arguments) {
  RunOptions options;
  options.simulation.dt = dt;
  options.simulation.probes = std::move(arguments.probes);
  options.target = arguments.target;
  options.allowSaturation = arguments.allowSaturation;
  options.trials = arguments.trials;
  options.seed = arguments.seed;
  options.firstTrial = arguments.firstTrial;
  options.modelName = model.name;
  options.simulation.threads = arguments.threads;
  DiagnosticCollector diagnostics(*model.context);
  llvm::Expected<RunOutcome> outcome = [&]() -> llvm::Expected<RunOutcome> {
    nb::gil_scoped_release released;
    auto fail = [](const std::string &message) {
      return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
    };
    llvm::Expected<sim::Method> method = parseMethodName(arguments.method);
    if (!method)
      return method.takeError();
    options.simulation.method = *method;
    llvm::Expected<sim::ResetMode> reset = parseResetName(arguments.reset);
    if (!reset)
      return reset.takeError();
    options.simulation.reset = *reset;
    std::optional<Engine> engine =
        llvm::StringSwitch<std::optional<Engine>>(arguments.engine)
            .Case("auto", Engine::Auto)
            .Case("jit", Engine::JIT)
            .Case("interpret", Engine::Interpret)
            .Default(std::nullopt);
    if (!engine)
      return fail("engine is 'auto', 'jit' or 'interpret', not '" +
                  arguments.engine + "'");
    options.simulation.engine = *engine;
    if (arguments.precision != "f64" && arguments.precision != "f32")
      return fail("precision is 'f64' or 'f32', not '" + arguments.precision +
                  "'");
    options.simulation.precision =
        arguments.precision == "f32" ? Precision::F32 : Precision::F64;
    if (arguments.emulate == "toolchain")
      options.variant = chip::EmulationVariant::Toolchain;
    else if (arguments.emulate != "chip")
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     "emulate is 'chip' or 'toolchain', not '" +
                                         arguments.emulate + "'");
    // runModel checks the target and the variant; the default mismatch
    // needs the model first.
    const chip::TargetModel *chip = nullptr;
    if (!arguments.target.empty()) {
      auto found = lookupEmulationTarget(arguments.target, options.variant);
      if (!found)
        return found.takeError();
      chip = *found;
    }
    if (arguments.mismatch) {
      std::string source;
      auto spec = parseMismatch(*arguments.mismatch, chip, source);
      if (!spec)
        return spec.takeError();
      options.mismatch = std::move(*spec);
    }
    return runModel(*model.module, grids, options);
  }();
  if (!outcome)
    throw SimulationError(
        diagnostics.message(llvm::toString(outcome.takeError())));
  diagnostics.warn();

  std::unordered_map<std::string, ResultArray> results;
  SimulationResult &result = outcome->result;
  for (auto &[port, data] : result.outputs)
    results.emplace(result.outputs.size() == 1 ? "output" : port.node,
                    toArray(std::move(data), port.shape));
  for (auto &[port, data] : result.probes)
    results.emplace(port.observable == "output"
                        ? port.node
                        : port.node + "." + port.observable,
                    toArray(std::move(data), port.shape));
  return results;
}

void checkDt(double dt) {
  if (!(dt > 0 && std::isfinite(dt)))
    throw SimulationError("dt must be a positive number of seconds, got " +
                          std::to_string(dt));
}

std::unordered_map<std::string, ResultArray>
simulateArrays(Model &model, std::unordered_map<std::string, InputArray> inputs,
               double dt, RunArguments arguments) {
  checkDt(dt);
  llvm::StringMap<TimeGriddedData> grids;
  for (auto &[name, array] : inputs) {
    if (array.ndim() < 2)
      throw SimulationError("input '" + name +
                            "': expected an array [samples, steps, ...], got " +
                            std::to_string(array.ndim()) + " dimension(s)");
    TimeGriddedData &grid = grids[name];
    grid.numSamples = array.shape(0);
    grid.numSteps = array.shape(1);
    grid.numNeurons = 1;
    for (size_t axis = 2; axis < array.ndim(); ++axis)
      grid.numNeurons *= array.shape(axis);
    grid.dt = dt;
    grid.values.assign(array.data(), array.data() + array.size());
  }
  return run(model, grids, dt, std::move(arguments));
}

/// Runs on a NIRGraphData or CSV file, as `nirc simulate --input` does;
/// `dt` 0 takes the data's.
std::unordered_map<std::string, ResultArray>
simulateFile(Model &model, const std::string &path, double dt,
             RunArguments arguments, double readTimeout) {
  if (dt != 0)
    checkDt(dt);
  llvm::Expected<llvm::StringMap<TimeGriddedData>> grids = [&] {
    nb::gil_scoped_release released;
    return readRunInputs(path, dt, {}, readLimits(readTimeout));
  }();
  if (!grids)
    throw SimulationError(llvm::toString(grids.takeError()));
  if (!(dt > 0))
    throw SimulationError(path + ": the input data has no dt; pass dt");
  return run(model, *grids, dt, std::move(arguments));
}

std::string compile(Model &model, const std::string &target, double dt,
                    bool allowSaturation) {
  const chip::TargetModel *chip = chip::lookupTargetModel(target);
  if (!chip)
    throw CompileError("unknown target '" + target +
                       "'; one of:" + chip::getTargetNames());
  // Mapping rewrites the module in place: map a copy.
  OwningOpRef<ModuleOp> copy = model.module->clone();
  DiagnosticCollector diagnostics(*model.context);
  chip::ChipMappingOptions mapping;
  mapping.target = target;
  mapping.dt = dt;
  mapping.allowSaturation = allowSaturation;
  std::string json;
  llvm::raw_string_ostream os(json);
  if (failed(chip::mapToChip(*copy, mapping)) ||
      failed(chip::exportChipJSON(*copy, os)))
    throw CompileError(diagnostics.message(model.name + " does not map onto " +
                                           chip->getDisplayName().str()));
  diagnostics.warn();
  return os.str();
}

std::vector<std::string> targets() {
  std::vector<std::string> names;
  for (const chip::TargetModel *model : chip::getAllTargetModels())
    names.push_back(model->getName().str());
  return names;
}

} // namespace

NB_MODULE(_core, m) {
  m.doc() = "nirc's C++ core; use the `nirc` package";
  auto error = nb::exception<Error>(m, "Error");
  nb::exception<LoadError>(m, "LoadError", error);
  nb::exception<SimulationError>(m, "SimulationError", error);
  nb::exception<CompileError>(m, "CompileError", error);

  nb::class_<RunArguments>(m, "RunArguments")
      .def(nb::init<std::string, std::string, std::vector<std::string>,
                    std::string, bool, std::string, std::optional<std::string>,
                    int64_t, uint64_t, uint64_t, std::string, std::string,
                    unsigned>(),
           nb::arg("method"), nb::arg("reset"), nb::arg("probes"),
           nb::arg("target"), nb::arg("allow_saturation"), nb::arg("emulate"),
           nb::arg("mismatch").none(), nb::arg("trials"), nb::arg("seed"),
           nb::arg("first_trial"), nb::arg("engine"), nb::arg("precision"),
           nb::arg("threads"));

  nb::class_<Model>(m, "Model")
      .def_ro("name", &Model::name)
      .def("info", &info)
      .def("nodes", &nodes)
      .def("edges", &edges)
      .def("input_names", &inputNames)
      .def("to_mlir", &printMLIR)
      .def("to_nir_bytes",
           [](Model &model) {
             std::string image = exportNIRImage(model);
             return nb::bytes(image.data(), image.size());
           })
      .def("save", &save, nb::arg("path"))
      .def("simulate_arrays", &simulateArrays, nb::arg("inputs"), nb::arg("dt"),
           nb::arg("arguments"))
      .def("simulate_file", &simulateFile, nb::arg("path"), nb::arg("dt"),
           nb::arg("arguments"), nb::arg("read_timeout"))
      .def("compile", &compile, nb::arg("target"), nb::arg("dt"),
           nb::arg("allow_saturation"));

  m.def("load_path", &loadPath, nb::arg("path"), nb::arg("repair_edges"),
        nb::arg("read_timeout"));
  m.def("load_bytes", &loadBytes, nb::arg("data"), nb::arg("name"),
        nb::arg("repair_edges"), nb::arg("read_timeout"));
  m.def("targets", &targets);
}
