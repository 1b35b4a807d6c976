//===- NativeStep.cpp - a sim.model's step compiled for this CPU ----------===//
//
// The recipe is docs/native.md's: the step lowered to scf loops on memrefs,
// then to the LLVM dialect, and JIT-compiled at -O3 for the host's target
// machine, without which LLVM does not vectorise.
//
//===----------------------------------------------------------------------===//

#include "nirc/Simulator/NativeStep.h"
#include "nirc/Conversion/Passes.h"
#include "nirc/Simulator/NeuronParams.h"
#include "nirc/Support/ElementsUtils.h"

#include "mlir/Conversion/ArithToLLVM/ArithToLLVM.h"
#include "mlir/Conversion/ControlFlowToLLVM/ControlFlowToLLVM.h"
#include "mlir/Conversion/FuncToLLVM/ConvertFuncToLLVMPass.h"
#include "mlir/Conversion/MemRefToLLVM/MemRefToLLVM.h"
#include "mlir/Conversion/ReconcileUnrealizedCasts/ReconcileUnrealizedCasts.h"
#include "mlir/Conversion/SCFToControlFlow/SCFToControlFlow.h"
#include "mlir/Conversion/VectorToLLVM/ConvertVectorToLLVMPass.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/ExecutionEngine/CRunnerUtils.h"
#include "mlir/ExecutionEngine/ExecutionEngine.h"
#include "mlir/ExecutionEngine/OptUtils.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Target/LLVMIR/Dialect/Builtin/BuiltinToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/LLVMIR/LLVMToLLVMIRTranslation.h"
#include "mlir/Transforms/Passes.h"
#include "llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h"
#include "llvm/Support/TargetSelect.h"

#include <chrono>

using namespace mlir;
using namespace nirc;

namespace {

/// A neuron op the step hands to the host, with its slots.
struct HostNeuron {
  NeuronParams params;
  int64_t elements;
  /// Slot offsets; the current ones are -1 for a leaky neuron.
  int64_t current = -1, membrane, input, currentNext = -1, membraneNext, spikes;
};

/// What `nirc_sim_neuron_step` reads: the step's `context` argument, one
/// per run.
struct HostContext {
  void *storage = nullptr;
  int64_t batch = 0;
  bool isFloat32 = false;
  double dt = 0;
  const std::vector<HostNeuron> *neurons = nullptr;
  /// With time-ops: the seconds per op index, and when the last op ended.
  std::vector<double> opSeconds;
  std::chrono::steady_clock::time_point lastOpDone;
};

template <typename Scalar>
void stepNeuron(const HostContext &context, const HostNeuron &neuron,
                int64_t element, int64_t sample) {
  auto at = [&](int64_t offset) -> Scalar & {
    return static_cast<Scalar *>(
        context.storage)[offset * context.batch + sample * neuron.elements +
                         element];
  };
  double current = neuron.current >= 0 ? double(at(neuron.current)) : 0.0;
  neuron::StepResult result = neuron.params.step(
      element, current, at(neuron.membrane), at(neuron.input), context.dt);
  if (neuron.currentNext >= 0)
    at(neuron.currentNext) = result.current;
  at(neuron.membraneNext) = result.membrane;
  at(neuron.spikes) = result.spikes;
}

} // namespace

/// The simulator's crossing search for one element of a neuron op: called
/// by the native step (see kNeuronStepCallback).
extern "C" void nirc_sim_neuron_step(void *context, int64_t op, int64_t element,
                                     int64_t sample) {
  const auto &host = *static_cast<const HostContext *>(context);
  const HostNeuron &neuron = (*host.neurons)[op];
  if (host.isFloat32)
    stepNeuron<float>(host, neuron, element, sample);
  else
    stepNeuron<double>(host, neuron, element, sample);
}

/// The end of an op's code in a step lowered with time-ops (see
/// kOpDoneCallback): the time since the last op ended is this op's.
extern "C" void nirc_sim_op_done(void *context, int64_t op) {
  auto &host = *static_cast<HostContext *>(context);
  auto now = std::chrono::steady_clock::now();
  host.opSeconds[op] +=
      std::chrono::duration<double>(now - host.lastOpDone).count();
  host.lastOpDone = now;
}

struct NativeStep::Engine {
  std::unique_ptr<ExecutionEngine> engine;
  /// `_mlir_ciface_<name>_eval`: the buffers as memref descriptors.
  void (*step)(void *storage, void *constants, int64_t batch,
               void *context) = nullptr;
  std::vector<HostNeuron> neurons;
  double dt = 0;
  /// The constants, of doubles or floats.
  std::vector<double> constants64;
  std::vector<float> constants32;
  StridedMemRefType<char, 1> constants{};
};

struct NativeStep::Run::Buffers {
  std::vector<double> storage64;
  std::vector<float> storage32;
  StridedMemRefType<char, 1> storage{};
  HostContext host;
};

/// A descriptor of a whole buffer.
template <typename Scalar>
static void describe(StridedMemRefType<char, 1> &descriptor,
                     std::vector<Scalar> &buffer) {
  descriptor.basePtr = descriptor.data =
      reinterpret_cast<char *>(buffer.data());
  descriptor.offset = 0;
  descriptor.sizes[0] = int64_t(buffer.size());
  descriptor.strides[0] = 1;
}

NativeStep::NativeStep() : engine(std::make_unique<Engine>()) {}
NativeStep::~NativeStep() = default;

std::string NativeStep::whyCannotCompile(sim::ModelOp model) {
  for (Operation &op : model.getBody().front())
    if (std::string why = whyCannotLower(&op); !why.empty())
      return "'" + op.getName().getStringRef().str() + "' " + why;
  return "";
}

/// Lowers the step function to the LLVM dialect.
static LogicalResult lowerToLLVM(ModuleOp module) {
  PassManager pm(module.getContext());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  pm.addPass(createLoopInvariantCodeMotionPass());
  pm.addPass(createConvertSCFToCFPass());
  pm.addPass(memref::createExpandStridedMetadataPass());
  pm.addPass(createConvertVectorToLLVMPass());
  pm.addPass(createFinalizeMemRefToLLVMConversionPass());
  pm.addPass(createArithToLLVMConversionPass());
  pm.addPass(createConvertControlFlowToLLVMPass());
  pm.addPass(createConvertFuncToLLVMPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
  return pm.run(module);
}

/// A neuron op the step hands to the host, with its slots in `layout`.
static HostNeuron describeHostNeuron(Operation *op,
                                     const sim::StorageLayout &layout) {
  HostNeuron neuron{
      NeuronParams::of(op),
      cast<RankedTensorType>(op->getResult(0).getType()).getNumElements()};
  auto slot = [&](Value value) { return layout.offsetOf.lookup(value); };
  if (auto cuba = dyn_cast<sim::CubaStepOp>(op)) {
    neuron.current = slot(cuba.getCurrent());
    neuron.membrane = slot(cuba.getMembrane());
    neuron.input = slot(cuba.getInput());
    neuron.currentNext = slot(cuba.getCurrentNext());
    neuron.membraneNext = slot(cuba.getMembraneNext());
    neuron.spikes = slot(cuba.getSpikes());
  } else {
    auto leaky = cast<sim::LeakyStepOp>(op);
    neuron.membrane = slot(leaky.getMembrane());
    neuron.input = slot(leaky.getInput());
    neuron.membraneNext = slot(leaky.getMembraneNext());
    neuron.spikes = slot(leaky.getSpikes());
  }
  return neuron;
}

FailureOr<std::unique_ptr<NativeStep>>
NativeStep::compile(sim::ModelOp model, Precision precision, bool timeOps) {
  auto start = std::chrono::steady_clock::now();
  if (std::string why = whyCannotCompile(model); !why.empty())
    return model.emitOpError("has no native step: ") << why;
  std::unique_ptr<NativeStep> native(new NativeStep());
  native->precision = precision;
  sim::StorageLayout layout = sim::StorageLayout::of(model);
  native->elementsPerSample = layout.elementsPerSample;
  Engine &jit = *native->engine;
  jit.dt = model.getDt().convertToDouble();
  for (Operation &op : model.getBody().front()) {
    if (auto input = dyn_cast<sim::InputOp>(op))
      native->inputSlots.push_back(layout.offsetOf.lookup(input.getOutput()));
    if (isa<sim::OutputOp>(op))
      native->outputSlots.push_back(layout.copySlotOf.lookup(&op));
    if (isa<sim::ProbeOp>(op))
      native->probeSlots.push_back(layout.copySlotOf.lookup(&op));
    if (auto state = dyn_cast<sim::StateOp>(op)) {
      int64_t n = state.getType().getNumElements();
      std::vector<double> initial(n, 0.0);
      if (auto attr = state.getInitialAttr())
        initial = getValuesAsDoubles(attr, n);
      if (state.getType().getElementType().isF32())
        for (double &value : initial)
          value = float(value);
      native->initialStates.push_back(
          {layout.offsetOf.lookup(state.getState()), std::move(initial)});
    }
  }
  for (Operation *op : getHostNeuronOps(model))
    jit.neurons.push_back(describeHostNeuron(op, layout));
  if (timeOps) {
    // The names the interpreter's breakdown uses; a dense synapse is always
    // event-driven here. Ops that run no code are not reported.
    for (Operation &op : model.getBody().front())
      native->timedOpNames.push_back(runsNoCode(&op) ? ""
                                     : isa<sim::DenseOp>(op)
                                         ? "sim.dense event-driven"
                                         : op.getName().getStringRef().str());
    native->timedOpNames.push_back("sim.next (state updates)");
  }

  // The step is compiled from a module of its own, so the caller's is left
  // as it was.
  MLIRContext *context = model.getContext();
  registerBuiltinDialectTranslation(*context);
  registerLLVMDialectTranslation(*context);
  OwningOpRef<ModuleOp> module = ModuleOp::create(model.getLoc());
  module->push_back(model.clone());
  std::string function = getStepFunctionName(model);
  PassManager convert(context);
  convert.addPass(createConvertSimToStandard(
      ConvertSimToStandardOptions{precision, timeOps}));
  if (failed(convert.run(*module)))
    return failure();
  // The constants stay with the host, out of the compiled code.
  auto step = module->lookupSymbol<func::FuncOp>(function);
  auto pool = step->getAttrOfType<DenseElementsAttr>(kConstantsAttrName);
  if (precision == Precision::F32)
    jit.constants32.assign(pool.value_begin<float>(), pool.value_end<float>());
  else
    jit.constants64.assign(pool.value_begin<double>(),
                           pool.value_end<double>());
  step->removeAttr(kConstantsAttrName);
  if (failed(lowerToLLVM(*module)))
    return failure();

  llvm::InitializeNativeTarget();
  llvm::InitializeNativeTargetAsmPrinter();
  auto fail = [&](llvm::Error error) {
    return model.emitOpError("cannot be JIT-compiled: ")
           << llvm::toString(std::move(error));
  };
  auto machineBuilder = llvm::orc::JITTargetMachineBuilder::detectHost();
  if (!machineBuilder)
    return fail(machineBuilder.takeError());
  machineBuilder->setCodeGenOptLevel(llvm::CodeGenOptLevel::Aggressive);
  auto machine = machineBuilder->createTargetMachine();
  if (!machine)
    return fail(machine.takeError());
  // LLVM's -O3 with the host's target machine, without which its cost
  // model sees no vector unit. ExecutionEngineOptions holds the transformer
  // as a function_ref: it must be a variable that outlives create() (a
  // temporary left the loops scalar, or crashed).
  auto optimize = makeOptimizingTransformer(3, 0, machine->get());
  ExecutionEngineOptions options;
  options.transformer = optimize;
  options.jitCodeGenOptLevel = llvm::CodeGenOptLevel::Aggressive;
  auto engine = ExecutionEngine::create(*module, options, std::move(*machine));
  if (!engine)
    return fail(engine.takeError());
  (*engine)->registerSymbols([](llvm::orc::MangleAndInterner interner) {
    llvm::orc::SymbolMap symbols;
    symbols[interner(kNeuronStepCallback)] = {
        llvm::orc::ExecutorAddr::fromPtr(&nirc_sim_neuron_step),
        llvm::JITSymbolFlags::Exported};
    symbols[interner(kOpDoneCallback)] = {
        llvm::orc::ExecutorAddr::fromPtr(&nirc_sim_op_done),
        llvm::JITSymbolFlags::Exported};
    return symbols;
  });
  auto entry = (*engine)->lookup("_mlir_ciface_" + function);
  if (!entry)
    return fail(entry.takeError());
  jit.step = reinterpret_cast<decltype(jit.step)>(*entry);
  if (precision == Precision::F32)
    describe(jit.constants, jit.constants32);
  else
    describe(jit.constants, jit.constants64);
  jit.engine = std::move(*engine);
  native->compileSeconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  return native;
}

std::unique_ptr<NativeStep::Run> NativeStep::start(int64_t batch) const {
  return std::unique_ptr<Run>(new Run(*this, batch));
}

NativeStep::Run::Run(const NativeStep &native, int64_t batch)
    : native(native), batch(batch), buffers(std::make_unique<Buffers>()) {
  size_t size = size_t(native.elementsPerSample * batch);
  bool isFloat32 = native.precision == Precision::F32;
  if (isFloat32) {
    buffers->storage32.assign(size, 0.0f);
    describe(buffers->storage, buffers->storage32);
  } else {
    buffers->storage64.assign(size, 0.0);
    describe(buffers->storage, buffers->storage64);
  }
  for (const InitialState &state : native.initialStates) {
    int64_t n = state.values.size();
    for (int64_t s = 0; s < batch; ++s)
      for (int64_t j = 0; j < n; ++j) {
        if (isFloat32)
          slot<float>(state.offset)[s * n + j] = float(state.values[j]);
        else
          slot<double>(state.offset)[s * n + j] = state.values[j];
      }
  }
  buffers->host = {storageData(), batch, isFloat32, native.engine->dt,
                   &native.engine->neurons};
  buffers->host.opSeconds.assign(native.timedOpNames.size(), 0.0);
}

NativeStep::Run::~Run() = default;

void *NativeStep::Run::storageData() {
  return native.precision == Precision::F32
             ? static_cast<void *>(buffers->storage32.data())
             : static_cast<void *>(buffers->storage64.data());
}

void NativeStep::Run::step() {
  if (native.timesOps())
    buffers->host.lastOpDone = std::chrono::steady_clock::now();
  native.engine->step(&buffers->storage, &native.engine->constants, batch,
                      &buffers->host);
}

std::map<std::string, double> NativeStep::Run::getSecondsByOp() const {
  std::map<std::string, double> seconds;
  for (auto [name, opSeconds] :
       llvm::zip_equal(native.timedOpNames, buffers->host.opSeconds))
    if (!name.empty())
      seconds[name] += opSeconds;
  return seconds;
}
