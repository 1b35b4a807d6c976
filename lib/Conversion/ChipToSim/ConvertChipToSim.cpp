//===- ConvertChipToSim.cpp - convert-chip-to-sim pass --------------------===//
//
// Builds one step of a quantised, placed `chip.device` in the chip's own
// integer arithmetic (docs/emulation.md): the target model says, from the
// registers chip-quantize wrote, how each population updates and how each
// synapse block adds its weights and when its spikes arrive; this pass turns
// that description into `sim.events`, `sim.accumulate`, `sim.fixed_step` and
// `sim.event_fire` ops and the states between steps. No chip appears here.
//
//===----------------------------------------------------------------------===//

#include "nirc/Conversion/Passes.h"
#include "nirc/Dialect/Chip/ChipOps.h"
#include "nirc/Dialect/Chip/TargetModel.h"
#include "nirc/Dialect/Sim/SimOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/MapVector.h"

namespace nirc {
#define GEN_PASS_DEF_CONVERTCHIPTOSIM
#include "nirc/Conversion/Passes.h.inc"
} // namespace nirc

using namespace mlir;
using namespace nirc;
using namespace nirc::chip;

/// Spike and event counts.
static constexpr unsigned kCountBits = 32;

namespace {
/// What a built population exposes to synapses, outputs and probes.
struct BuiltPopulation {
  Value spikes, current, membrane;
  NeuronEmulation emulation;
};

class DeviceLowering {
public:
  DeviceLowering(DeviceOp device, sim::ModelOp model)
      : device(device), target(device.getTargetModel()),
        builder(model.getBody()) {
    builder.setInsertionPointToEnd(&model.getBody().front());
  }

  LogicalResult lower();
  LogicalResult addProbe(StringRef spec);

private:
  LogicalResult lowerPopulation(PopulationOp population);
  LogicalResult lowerSteppedPopulation(PopulationOp population,
                                       BuiltPopulation &built);
  LogicalResult lowerEventDrivenPopulation(PopulationOp population,
                                           BuiltPopulation &built);
  /// The events a block's source sends, as they arrive at its target.
  Value arrivingEvents(SynapsesOp synapses, const SynapseEmulation &e);
  /// The source group's events of this step.
  Value sourceEvents(Value group);

  RankedTensorType intType(ArrayRef<int64_t> shape, unsigned bits) {
    return RankedTensorType::get(shape, builder.getIntegerType(bits));
  }
  /// One value per element, or a splat when all are equal.
  DenseIntElementsAttr ints(ArrayRef<int64_t> shape, ArrayRef<int64_t> values) {
    bool splat = llvm::all_equal(values);
    auto type = RankedTensorType::get(splat ? ArrayRef<int64_t>() : shape,
                                      builder.getI64Type());
    return DenseIntElementsAttr::get(type,
                                     splat ? values.take_front(1) : values);
  }
  /// Tags `op` with its node for sim-schedule.
  template <typename OpT> OpT tag(OpT op, StringRef node) {
    op->setAttr(sim::kNodeAttrName, builder.getStringAttr(node));
    return op;
  }
  ArrayRef<int64_t> shapeOf(PopulationOp population) {
    return population.getShape();
  }

  DeviceOp device;
  const TargetModel &target;
  OpBuilder builder;
  llvm::DenseMap<Value, Value> inputEvents;
  llvm::MapVector<Operation *, BuiltPopulation> populations;
  /// Delay states whose `sim.next` waits for their source to be built.
  SmallVector<std::pair<Value, Value>> pendingNext; // (state, source group)
};
} // namespace

Value DeviceLowering::sourceEvents(Value group) {
  if (Value events = inputEvents.lookup(group))
    return events;
  return populations.lookup(group.getDefiningOp()).spikes;
}

Value DeviceLowering::arrivingEvents(SynapsesOp synapses,
                                     const SynapseEmulation &e) {
  Value group = synapses.getSource();
  Location loc = synapses.getLoc();
  auto type = intType(synapses.getSourceShape(), kCountBits);
  Value events = sourceEvents(group);
  if (e.delaySteps == 0)
    return events;
  std::string name = (synapses.getName() + ".in_flight").str();
  if (e.delaySteps == 1) {
    // A state holding the previous step's events.
    auto state = tag(builder.create<sim::StateOp>(loc, type, name,
                                                  /*initial=*/nullptr),
                     synapses.getName());
    pendingNext.emplace_back(state, group);
    return state;
  }
  SmallVector<int64_t> bufferShape{e.delaySteps};
  llvm::append_range(bufferShape, type.getShape());
  auto buffer = tag(
      builder.create<sim::StateOp>(loc, intType(bufferShape, kCountBits), name,
                                   /*initial=*/nullptr),
      synapses.getName());
  SmallVector<int64_t> steps(type.getNumElements(), e.delaySteps);
  auto delay =
      tag(builder.create<sim::DelayOp>(loc, type, buffer.getType(), buffer,
                                       events, ints(type.getShape(), steps)),
          synapses.getName());
  tag(builder.create<sim::NextOp>(loc, buffer, delay.getNextBuffer()),
      synapses.getName());
  return delay.getOutput();
}

/// The incoming blocks in the order the chip adds them, with their
/// descriptions.
static FailureOr<SmallVector<std::pair<SynapsesOp, SynapseEmulation>>>
describeIncoming(const TargetModel &target, PopulationOp population) {
  SmallVector<std::pair<SynapsesOp, SynapseEmulation>> incoming;
  for (SynapsesOp synapses : population.getIncomingSynapses()) {
    auto e = target.getSynapseEmulation(synapses);
    if (failed(e))
      return failure();
    incoming.emplace_back(synapses, std::move(*e));
  }
  llvm::stable_sort(incoming, [](const auto &a, const auto &b) {
    return a.second.order < b.second.order;
  });
  return incoming;
}

/// The connectivity attributes of a block on an accumulate or fire op.
struct ConnectivityAttrs {
  DenseIntElementsAttr weight;
  DenseI64ArrayAttr stride, padding;
  IntegerAttr pool;
};
static ConnectivityAttrs getConnectivity(SynapsesOp synapses,
                                         const SynapseEmulation &e,
                                         OpBuilder &builder) {
  ConnectivityAttrs attrs;
  auto shape = synapses.getWeight().getType().getShape();
  attrs.weight = DenseIntElementsAttr::get(
      RankedTensorType::get(shape, builder.getI64Type()),
      ArrayRef<int64_t>(e.weight));
  if (synapses.getKind() == "conv2d") {
    attrs.stride = builder.getDenseI64ArrayAttr(*synapses.getStride());
    attrs.padding = builder.getDenseI64ArrayAttr(*synapses.getPadding());
  }
  if (auto pool = synapses.getPool(); pool && (*pool)[0] > 1)
    attrs.pool = builder.getI64IntegerAttr((*pool)[0]);
  return attrs;
}

LogicalResult DeviceLowering::lowerSteppedPopulation(PopulationOp population,
                                                     BuiltPopulation &built) {
  const NeuronEmulation &e = built.emulation;
  Location loc = population.getLoc();
  StringRef name = population.getName();
  auto shape = shapeOf(population);
  auto currentType = intType(shape, e.currentBits);
  auto membraneType = intType(shape, e.membraneBits);
  auto current =
      tag(builder.create<sim::StateOp>(loc, currentType, (name + ".i").str(),
                                       ints(shape, e.initialCurrent)),
          name);
  auto membrane =
      tag(builder.create<sim::StateOp>(loc, membraneType, (name + ".v").str(),
                                       ints(shape, e.initialMembrane)),
          name);
  auto incoming = describeIncoming(target, population);
  if (failed(incoming))
    return failure();

  // Into the current before it decays (event by event), or summed per
  // block and added after the decay.
  Value accumulated = current, input;
  unsigned inputBits = 0;
  for (auto &[synapses, s] : *incoming)
    inputBits = std::max(inputBits, s.accumulatorBits);
  for (auto &[synapses, s] : *incoming) {
    Value events = arrivingEvents(synapses, s);
    Type resultType =
        e.inputBeforeDecay ? currentType : intType(shape, inputBits);
    ConnectivityAttrs c = getConnectivity(synapses, s, builder);
    auto accumulate =
        tag(builder.create<sim::AccumulateOp>(
                synapses.getLoc(), resultType, events,
                e.inputBeforeDecay ? accumulated : Value(), c.weight, c.stride,
                c.padding, c.pool, s.weightShift, s.sumShift, s.overflow),
            synapses.getName());
    if (e.inputBeforeDecay)
      accumulated = accumulate;
    else
      input = input ? tag(builder.create<sim::AddOp>(
                              loc, ValueRange{input, accumulate.getOutput()}),
                          name)
                          .getOutput()
                    : accumulate.getOutput();
  }

  auto countType = intType(shape, kCountBits);
  auto step = tag(builder.create<sim::FixedStepOp>(
                      loc, currentType, membraneType, countType, accumulated,
                      membrane, input, e.decay, ints(shape, e.currentDecay),
                      ints(shape, e.membraneDecay),
                      e.decayUnity ? builder.getI64IntegerAttr(e.decayUnity)
                                   : IntegerAttr(),
                      e.inputShift, e.currentOverflow, e.membraneOverflow,
                      e.membraneSum, ints(shape, e.bias),
                      e.threshold.empty() ? DenseIntElementsAttr()
                                          : ints(shape, e.threshold),
                      e.compare, e.reset, e.maxSpikesPerStep),
                  name);
  tag(builder.create<sim::NextOp>(loc, current, step.getCurrentNext()), name);
  tag(builder.create<sim::NextOp>(loc, membrane, step.getMembraneNext()), name);
  built.spikes = step.getSpikes();
  built.current = step.getCurrentNext();
  built.membrane = step.getMembraneNext();
  return success();
}

LogicalResult
DeviceLowering::lowerEventDrivenPopulation(PopulationOp population,
                                           BuiltPopulation &built) {
  const NeuronEmulation &e = built.emulation;
  Location loc = population.getLoc();
  StringRef name = population.getName();
  auto shape = shapeOf(population);
  auto membraneType = intType(shape, e.membraneBits);
  auto countType = intType(shape, kCountBits);
  auto membrane =
      tag(builder.create<sim::StateOp>(loc, membraneType, (name + ".v").str(),
                                       ints(shape, e.initialMembrane)),
          name);
  auto incoming = describeIncoming(target, population);
  if (failed(incoming))
    return failure();
  if (incoming->empty())
    return population.emitError()
           << "'" << population.getNirOp() << "' \"" << name
           << "\" receives no events, and an event-driven neuron only "
              "updates on an event";
  // One op per incoming block; the bias enters once, with the first.
  Value v = membrane, spikes;
  for (auto [index, entry] : llvm::enumerate(*incoming)) {
    auto &[synapses, s] = entry;
    ConnectivityAttrs c = getConnectivity(synapses, s, builder);
    auto fire = tag(
        builder.create<sim::EventFireOp>(
            synapses.getLoc(), membraneType, countType, v,
            arrivingEvents(synapses, s), c.weight, c.stride, c.padding, c.pool,
            index == 0 ? ints(shape, e.bias) : DenseIntElementsAttr(),
            ints(shape, e.threshold), ints(shape, e.thresholdLow), e.reset,
            e.membraneOverflow),
        name);
    v = fire.getMembraneNext();
    spikes = spikes ? tag(builder.create<sim::AddOp>(
                              loc, ValueRange{spikes, fire.getSpikes()}),
                          name)
                          .getOutput()
                    : fire.getSpikes();
  }
  tag(builder.create<sim::NextOp>(loc, membrane, v), name);
  built.spikes = spikes;
  built.membrane = v;
  return success();
}

LogicalResult DeviceLowering::lowerPopulation(PopulationOp population) {
  auto emulation = target.getNeuronEmulation(population);
  if (failed(emulation))
    return failure();
  BuiltPopulation &built = populations[population];
  built.emulation = std::move(*emulation);
  if (built.emulation.arithmetic == NeuronArithmetic::EventDriven)
    return lowerEventDrivenPopulation(population, built);
  return lowerSteppedPopulation(population, built);
}

LogicalResult DeviceLowering::lower() {
  for (auto input : device.getBody().getOps<InputOp>()) {
    StringRef name = input.getName();
    auto floats = RankedTensorType::get(input.getShape(), builder.getF64Type());
    auto x =
        tag(builder.create<sim::InputOp>(input.getLoc(), floats, name), name);
    auto events = tag(builder.create<sim::EventsOp>(
                          input.getLoc(), intType(input.getShape(), kCountBits),
                          x, target.getMaxInputEventsPerStep()),
                      name);
    inputEvents[input.getChannels()] = events;
  }

  // A population is built once every source that reaches it in the same
  // step is built; a delayed source is read through a state.
  SmallVector<PopulationOp> pending(device.getBody().getOps<PopulationOp>());
  while (!pending.empty()) {
    auto ready = llvm::find_if(pending, [&](PopulationOp population) {
      for (SynapsesOp in : population.getIncomingSynapses()) {
        auto e = target.getSynapseEmulation(in);
        Operation *source = in.getSource().getDefiningOp();
        if (succeeded(e) && e->delaySteps == 0 && isa<PopulationOp>(source) &&
            !populations.count(source))
          return false;
      }
      return true;
    });
    if (ready == pending.end())
      return pending.front().emitError()
             << "'" << pending.front().getNirOp() << "' \""
             << pending.front().getName() << "\" is on a cycle of "
             << target.getDisplayName()
             << " connections without a delay, which no step order can run";
    if (failed(lowerPopulation(*ready)))
      return failure();
    pending.erase(ready);
  }
  for (auto [state, group] : pendingNext)
    tag(builder.create<sim::NextOp>(state.getLoc(), state, sourceEvents(group)),
        state.getDefiningOp()
            ->getAttrOfType<StringAttr>(sim::kNodeAttrName)
            .getValue());

  for (auto output : device.getBody().getOps<OutputOp>()) {
    Operation *source = output.getSource().getDefiningOp();
    auto population = dyn_cast<PopulationOp>(source);
    if (!population)
      return output.emitError() << "output '" << output.getName()
                                << "' reads an input directly, which no chip "
                                   "emulation records";
    const BuiltPopulation &built = populations[population];
    // A spiking population is read as spikes, a readout as its membrane in
    // NIR units.
    bool spiking = isSpikingModel(population.getModel());
    tag(builder.create<sim::OutputOp>(
            output.getLoc(), output.getName(),
            spiking ? built.spikes : built.membrane,
            spiking ? FloatAttr()
                    : builder.getF64FloatAttr(built.emulation.membraneUnit)),
        output.getName());
  }
  return success();
}

LogicalResult DeviceLowering::addProbe(StringRef spec) {
  // A node name may hold dots ("lif1.lif"): the observable is the last part
  // when it is "v" or "i".
  StringRef stem = spec, field = "output";
  if (spec.ends_with(".v") || spec.ends_with(".i")) {
    stem = spec.drop_back(2);
    field = spec.take_back(1);
  }
  for (auto &[op, built] : populations) {
    auto population = cast<PopulationOp>(op);
    if (population.getName() != stem)
      continue;
    Value value = field == "v"   ? built.membrane
                  : field == "i" ? built.current
                                 : built.spikes;
    if (!value)
      return population.emitError()
             << "'" << population.getNirOp() << "' \"" << stem << "\" has no "
             << (field == "i" ? "synaptic current" : "membrane") << " on "
             << target.getDisplayName() << " to probe";
    const NeuronEmulation &e = built.emulation;
    tag(builder.create<sim::ProbeOp>(
            population.getLoc(), stem, field, value,
            field == "output" ? FloatAttr()
                              : builder.getF64FloatAttr(e.membraneUnit),
            field == "v" && e.membraneOffset != 0
                ? builder.getF64FloatAttr(e.membraneOffset)
                : FloatAttr()),
        stem);
    return success();
  }
  return device.emitError()
         << "probe '" << spec << "': no neuron population named '" << stem
         << "' on " << target.getDisplayName()
         << " (only neuron populations have state there)";
}

namespace {
struct ConvertChipToSimPass
    : nirc::impl::ConvertChipToSimBase<ConvertChipToSimPass> {
  using ConvertChipToSimBase::ConvertChipToSimBase;
  void runOnOperation() override;
};
} // namespace

void ConvertChipToSimPass::runOnOperation() {
  ModuleOp module = getOperation();
  auto devices = llvm::to_vector(module.getOps<DeviceOp>());
  if (devices.size() != 1) {
    module.emitError() << "convert-chip-to-sim needs one chip.device, found "
                       << devices.size();
    return signalPassFailure();
  }
  DeviceOp device = devices.front();
  const TargetModel &target = device.getTargetModel();
  if (!target.canEmulate()) {
    device.emitError() << target.getDisplayName()
                       << "'s arithmetic is not described for emulation";
    return signalPassFailure();
  }
  for (auto population : device.getBody().getOps<PopulationOp>())
    if (!population.getRegistersAttr()) {
      population.emitError()
          << "'" << population.getNirOp() << "' \"" << population.getName()
          << "\" has no registers: run chip-quantize first";
      return signalPassFailure();
    }

  OpBuilder builder(device);
  auto model = builder.create<sim::ModelOp>(
      device.getLoc(), device.getTarget(), device.getDtAttr().getValue(),
      "emulate", "chip", /*scheduled=*/false);
  model.getBody().emplaceBlock();
  DeviceLowering lowering(device, model);
  if (failed(lowering.lower()))
    return signalPassFailure();
  for (const std::string &probe : probes)
    if (failed(lowering.addProbe(probe)))
      return signalPassFailure();
  device.erase();
}
