//===- ConvertChipToSim.cpp - convert-chip-to-sim pass --------------------===//
//
// Builds one step of a quantised, placed `chip.device` in the chip's own
// arithmetic (docs/emulation.md): the target model says, from the registers
// chip-quantize wrote, how each population updates and how each synapse
// block adds its weights and when its spikes arrive; this pass turns that
// description into ops and the states between steps:
//
// - integer registers: `sim.events`, `sim.accumulate`, `sim.fixed_step`,
//   `sim.event_fire`;
// - float32 registers: `sim.cast` of events, `sim.dense` / `sim.conv2d` of
//   the integer weights, `sim.lincomb` and `sim.fire` on `f32`;
// - an analog neuron: the same synapses in float64, the exact
//   `sim.cuba_step` / `sim.leaky_step`, and `sim.adc` where its membrane is
//   read.
//
// No chip appears here.
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
/// A population's membrane or current as outputs and probes read it.
struct Reading {
  Value value;
  /// An integer (a register, an ADC's code): its NIR value is `offset +
  /// unit × integer`, recorded as integers with these attributes.
  std::optional<double> unit;
  double offset = 0;
  /// Float registers: the NIR value is `scale[j] × value`, recorded as
  /// float64 (empty when `value` already is NIR float64).
  SmallVector<double> scale;
  /// An analog value read through an ADC of this many bits, whose LSB and
  /// zero are `unit` and `offset`.
  unsigned adcBits = 0;
  /// What is recorded, built on first use.
  Value recorded;
};

/// What a built population exposes to synapses, outputs and probes.
struct BuiltPopulation {
  Value spikes;
  Reading current, membrane;
};

class DeviceLowering {
public:
  DeviceLowering(DeviceOp device, sim::ModelOp model, EmulationVariant variant)
      : device(device), target(device.getTargetModel()), variant(variant),
        builder(model.getBody()) {
    builder.setInsertionPointToEnd(&model.getBody().front());
  }

  LogicalResult lower();
  LogicalResult addProbe(StringRef spec);

private:
  LogicalResult lowerPopulation(PopulationOp population);
  LogicalResult lowerSteppedPopulation(PopulationOp population,
                                       const NeuronEmulation &e,
                                       BuiltPopulation &built);
  LogicalResult lowerEventDrivenPopulation(PopulationOp population,
                                           const NeuronEmulation &e,
                                           BuiltPopulation &built);
  LogicalResult lowerSteppedFloatPopulation(PopulationOp population,
                                            const NeuronEmulation &e,
                                            BuiltPopulation &built);
  LogicalResult lowerContinuousPopulation(PopulationOp population,
                                          const NeuronEmulation &e,
                                          BuiltPopulation &built);
  /// The events a block's source sends, as they arrive at its target.
  Value arrivingEvents(SynapsesOp synapses, const SynapseEmulation &e);
  /// The source group's events of this step.
  Value sourceEvents(Value group);
  /// The type of the spikes `group` sends: counts (inputs, integer chips)
  /// or the floats of a float population.
  RankedTensorType spikeType(Value group);
  /// The sum of the weighted spikes that reach `population` this step, as
  /// floats of `type` (null without incoming synapses).
  FailureOr<Value> floatSynapticInput(PopulationOp population,
                                      RankedTensorType type);
  /// What outputs and probes record of `reading`, and its attributes.
  Value recordedValue(Reading &reading, Location loc, StringRef node);

  RankedTensorType intType(ArrayRef<int64_t> shape, unsigned bits) {
    return RankedTensorType::get(shape, builder.getIntegerType(bits));
  }
  /// One value per element, or a splat when all are equal.
  DenseFPElementsAttr floats(ArrayRef<int64_t> shape, ArrayRef<double> values) {
    bool splat = llvm::all_equal(values);
    auto type = RankedTensorType::get(splat ? ArrayRef<int64_t>() : shape,
                                      builder.getF64Type());
    return DenseFPElementsAttr::get(type,
                                    splat ? values.take_front(1) : values);
  }
  /// One value per element, or a splat when all are equal.
  DenseIntElementsAttr ints(ArrayRef<int64_t> shape, ArrayRef<int64_t> values) {
    bool splat = llvm::all_equal(values);
    auto type = RankedTensorType::get(splat ? ArrayRef<int64_t>() : shape,
                                      builder.getI64Type());
    return DenseIntElementsAttr::get(type,
                                     splat ? values.take_front(1) : values);
  }
  /// Puts `op` in its node, which sim-schedule orders by. (A `sim.add` is
  /// given its node by its builder: with the operands alone the call would
  /// be ambiguous with the generic builder.)
  template <typename OpT> OpT tag(OpT op, StringRef node) {
    op.setNode(node);
    return op;
  }
  ArrayRef<int64_t> shapeOf(PopulationOp population) {
    return population.getShape();
  }

  DeviceOp device;
  const TargetModel &target;
  EmulationVariant variant;
  OpBuilder builder;
  llvm::DenseMap<Value, Value> inputEvents;
  /// Every population's description, asked once before any is built (a
  /// delayed edge needs its source's spike type first).
  llvm::DenseMap<Operation *, NeuronEmulation> emulations;
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

RankedTensorType DeviceLowering::spikeType(Value group) {
  auto population = group.getDefiningOp<PopulationOp>();
  if (!population)
    return intType(group.getDefiningOp<InputOp>().getShape(), kCountBits);
  auto shape = population.getShape();
  switch (emulations.find(population)->second.arithmetic) {
  case NeuronArithmetic::SteppedFloat32:
    return RankedTensorType::get(shape, builder.getF32Type());
  case NeuronArithmetic::ContinuousTime:
    return RankedTensorType::get(shape, builder.getF64Type());
  case NeuronArithmetic::SteppedFixedPoint:
  case NeuronArithmetic::EventDriven:
    break;
  }
  return intType(shape, kCountBits);
}

Value DeviceLowering::arrivingEvents(SynapsesOp synapses,
                                     const SynapseEmulation &e) {
  Value group = synapses.getSource();
  Location loc = synapses.getLoc();
  RankedTensorType type = spikeType(group);
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
  auto buffer =
      tag(builder.create<sim::StateOp>(
              loc, RankedTensorType::get(bufferShape, type.getElementType()),
              name, /*initial=*/nullptr),
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
describeIncoming(const TargetModel &target, PopulationOp population,
                 EmulationVariant variant) {
  SmallVector<std::pair<SynapsesOp, SynapseEmulation>> incoming;
  for (SynapsesOp synapses : population.getIncomingSynapses()) {
    auto e = target.getSynapseEmulation(synapses, variant);
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
  if (synapses.getKind() == SynapseKind::Conv2d) {
    attrs.stride = builder.getDenseI64ArrayAttr(*synapses.getStride());
    attrs.padding = builder.getDenseI64ArrayAttr(*synapses.getPadding());
  }
  if (auto pool = synapses.getPool(); pool && (*pool)[0] > 1)
    attrs.pool = builder.getI64IntegerAttr((*pool)[0]);
  return attrs;
}

LogicalResult DeviceLowering::lowerSteppedPopulation(PopulationOp population,
                                                     const NeuronEmulation &e,
                                                     BuiltPopulation &built) {
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
  auto incoming = describeIncoming(target, population, variant);
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
      input =
          input ? builder
                      .create<sim::AddOp>(
                          loc, ValueRange{input, accumulate.getOutput()}, name)
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
                      e.compare, e.reset, e.maxSpikesPerStep,
                      e.thresholdLow.empty() ? DenseIntElementsAttr()
                                             : ints(shape, e.thresholdLow)),
                  name);
  tag(builder.create<sim::NextOp>(loc, current, step.getCurrentNext()), name);
  tag(builder.create<sim::NextOp>(loc, membrane, step.getMembraneNext()), name);
  built.spikes = step.getSpikes();
  built.current = {step.getCurrentNext(), e.currentUnit};
  built.membrane = {step.getMembraneNext(), e.membraneUnit, e.membraneOffset};
  return success();
}

LogicalResult DeviceLowering::lowerEventDrivenPopulation(
    PopulationOp population, const NeuronEmulation &e, BuiltPopulation &built) {
  Location loc = population.getLoc();
  StringRef name = population.getName();
  auto shape = shapeOf(population);
  auto membraneType = intType(shape, e.membraneBits);
  auto countType = intType(shape, kCountBits);
  auto membrane =
      tag(builder.create<sim::StateOp>(loc, membraneType, (name + ".v").str(),
                                       ints(shape, e.initialMembrane)),
          name);
  auto incoming = describeIncoming(target, population, variant);
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
    spikes = spikes ? builder
                          .create<sim::AddOp>(
                              loc, ValueRange{spikes, fire.getSpikes()}, name)
                          .getOutput()
                    : fire.getSpikes();
  }
  tag(builder.create<sim::NextOp>(loc, membrane, v), name);
  built.spikes = spikes;
  built.membrane = {v, e.membraneUnit, e.membraneOffset};
  return success();
}

FailureOr<Value> DeviceLowering::floatSynapticInput(PopulationOp population,
                                                    RankedTensorType type) {
  auto incoming = describeIncoming(target, population, variant);
  if (failed(incoming))
    return failure();
  Value sum;
  for (auto &[synapses, s] : *incoming) {
    Location loc = synapses.getLoc();
    StringRef node = synapses.getName();
    // Spike counts (or another population's floats) in the target's type.
    Value x = arrivingEvents(synapses, s);
    auto sourceType = cast<RankedTensorType>(x.getType());
    if (sourceType.getElementType() != type.getElementType())
      x = tag(builder.create<sim::CastOp>(
                  loc,
                  RankedTensorType::get(sourceType.getShape(),
                                        type.getElementType()),
                  x),
              node);
    if (auto pool = synapses.getPool(); pool && (*pool)[0] > 1) {
      int64_t k = (*pool)[0];
      auto shape = sourceType.getShape();
      auto pooledType = RankedTensorType::get(
          {shape[0], shape[1] / k, shape[2] / k}, type.getElementType());
      x = tag(builder.create<sim::SumPool2dOp>(
                  loc, pooledType, x, ArrayRef<int64_t>{k, k},
                  ArrayRef<int64_t>{k, k}, ArrayRef<int64_t>{0, 0, 0, 0},
                  /*scale=*/APFloat(1.0)),
              node);
    }
    // The integer weights, in the population's units.
    auto weightType = synapses.getWeight().getType();
    SmallVector<double> w;
    for (int64_t q : s.weight)
      w.push_back(double(q) * s.weightUnit);
    auto weight = DenseFPElementsAttr::get(
        RankedTensorType::get(weightType.getShape(), builder.getF64Type()),
        ArrayRef<double>(w));
    Value y;
    if (synapses.getKind() == SynapseKind::Conv2d) {
      ArrayRef<int64_t> stride = *synapses.getStride(),
                        padding = *synapses.getPadding();
      y = tag(
          builder.create<sim::Conv2dOp>(
              loc, type, x, weight, /*bias=*/DenseElementsAttr(), stride,
              ArrayRef<int64_t>{padding[0], padding[1], padding[0], padding[1]},
              /*dilation=*/ArrayRef<int64_t>{1, 1}, /*groups=*/1),
          node);
    } else {
      y = tag(builder.create<sim::DenseOp>(loc, type, x, weight,
                                           /*bias=*/DenseElementsAttr()),
              node);
    }
    sum = sum ? builder
                    .create<sim::AddOp>(population.getLoc(), ValueRange{sum, y},
                                        population.getName())
                    .getOutput()
              : y;
  }
  return sum;
}

LogicalResult
DeviceLowering::lowerSteppedFloatPopulation(PopulationOp population,
                                            const NeuronEmulation &ne,
                                            BuiltPopulation &built) {
  const FloatStepEmulation &e = ne.floatStep;
  Location loc = population.getLoc();
  StringRef name = population.getName();
  auto shape = shapeOf(population);
  auto type = RankedTensorType::get(shape, builder.getF32Type());
  FailureOr<Value> input = floatSynapticInput(population, type);
  if (failed(input))
    return failure();
  auto one = floats(shape, {1.0});
  // One sim.lincomb per register: one float32 rounding each.
  auto update = [&](Value state, ArrayRef<double> decay, Value in,
                    ArrayRef<double> offset) {
    SmallVector<Value> operands{state};
    SmallVector<Attribute> coefficients{floats(shape, decay)};
    if (in) {
      operands.push_back(in);
      coefficients.push_back(one);
    }
    bool zero = llvm::all_of(offset, [](double c) { return c == 0; });
    return tag(builder.create<sim::LincombOp>(
                   loc, type, operands, builder.getArrayAttr(coefficients),
                   zero ? DenseFPElementsAttr() : floats(shape, offset)),
               name)
        .getOutput();
  };

  Value drive = *input;
  if (e.hasCurrent) {
    auto current =
        tag(builder.create<sim::StateOp>(loc, type, (name + ".i").str(),
                                         floats(shape, e.initialCurrent)),
            name);
    Value currentNext = update(current, e.currentDecay, *input, {0.0});
    tag(builder.create<sim::NextOp>(loc, current, currentNext), name);
    built.current = {currentNext, std::nullopt, 0,
                     SmallVector<double>(e.currentUnit)};
    drive = currentNext;
  }
  auto membrane =
      tag(builder.create<sim::StateOp>(loc, type, (name + ".v").str(),
                                       floats(shape, e.initialMembrane)),
          name);
  Value v = update(membrane, e.membraneDecay, drive, e.offset);
  if (!e.threshold.empty()) {
    auto fire =
        tag(builder.create<sim::FireOp>(loc, v, floats(shape, e.threshold),
                                        floats(shape, e.resetValue), e.reset),
            name);
    built.spikes = fire.getSpikes();
    v = fire.getMembraneAfter();
  }
  tag(builder.create<sim::NextOp>(loc, membrane, v), name);
  built.membrane = {v, std::nullopt, 0, SmallVector<double>(e.membraneUnit)};
  return success();
}

LogicalResult
DeviceLowering::lowerContinuousPopulation(PopulationOp population,
                                          const NeuronEmulation &ne,
                                          BuiltPopulation &built) {
  const ContinuousEmulation &e = ne.continuous;
  Location loc = population.getLoc();
  StringRef name = population.getName();
  auto shape = shapeOf(population);
  auto type = RankedTensorType::get(shape, builder.getF64Type());
  FailureOr<Value> input = floatSynapticInput(population, type);
  if (failed(input))
    return failure();
  if (!*input)
    return population.emitError()
           << "'" << population.getNirOp() << "' \"" << name
           << "\" receives no synapses, which an analog neuron of "
           << target.getDisplayName() << " needs for its input";
  bool spiking = !e.vThreshold.empty();
  auto threshold =
      spiking ? floats(shape, e.vThreshold) : DenseFPElementsAttr();
  auto reset = spiking ? floats(shape, e.vReset) : DenseFPElementsAttr();
  auto membrane =
      tag(builder.create<sim::StateOp>(loc, type, (name + ".v").str(),
                                       floats(shape, e.initialMembrane)),
          name);
  Value vNext;
  if (e.hasCurrent) {
    auto current =
        tag(builder.create<sim::StateOp>(loc, type, (name + ".i").str(),
                                         /*initial=*/nullptr),
            name);
    auto step = tag(builder.create<sim::CubaStepOp>(
                        loc, current, membrane, *input, floats(shape, e.tauSyn),
                        floats(shape, e.tauMem), floats(shape, e.r),
                        floats(shape, e.vLeak), floats(shape, e.wIn), threshold,
                        reset, e.reset, sim::Solver::Exact),
                    name);
    tag(builder.create<sim::NextOp>(loc, current, step.getCurrentNext()), name);
    built.current = {step.getCurrentNext()};
    built.spikes = spiking ? step.getSpikes() : Value();
    vNext = step.getMembraneNext();
  } else {
    auto step = tag(builder.create<sim::LeakyStepOp>(
                        loc, membrane, *input, floats(shape, e.tauMem),
                        floats(shape, e.r), floats(shape, e.vLeak), threshold,
                        reset, e.reset, sim::Solver::Exact),
                    name);
    built.spikes = spiking ? step.getSpikes() : Value();
    vNext = step.getMembraneNext();
  }
  tag(builder.create<sim::NextOp>(loc, membrane, vNext), name);
  built.membrane = {vNext};
  if (e.adcBits) {
    built.membrane.unit = ne.membraneUnit;
    built.membrane.offset = ne.membraneOffset;
    built.membrane.adcBits = e.adcBits;
  }
  return success();
}

LogicalResult DeviceLowering::lowerPopulation(PopulationOp population) {
  const NeuronEmulation &e = emulations.find(population)->second;
  BuiltPopulation &built = populations[population];
  switch (e.arithmetic) {
  case NeuronArithmetic::SteppedFixedPoint:
    return lowerSteppedPopulation(population, e, built);
  case NeuronArithmetic::EventDriven:
    return lowerEventDrivenPopulation(population, e, built);
  case NeuronArithmetic::SteppedFloat32:
    return lowerSteppedFloatPopulation(population, e, built);
  case NeuronArithmetic::ContinuousTime:
    return lowerContinuousPopulation(population, e, built);
  }
  llvm_unreachable("unknown neuron arithmetic");
}

Value DeviceLowering::recordedValue(Reading &reading, Location loc,
                                    StringRef node) {
  if (reading.recorded)
    return reading.recorded;
  Value value = reading.value;
  auto type = cast<RankedTensorType>(value.getType());
  if (reading.adcBits) {
    // The analog value as the chip's ADC samples it.
    value = tag(
        builder.create<sim::AdcOp>(loc, intType(type.getShape(), kCountBits),
                                   value, APFloat(*reading.unit),
                                   APFloat(reading.offset), reading.adcBits),
        node);
  } else if (!reading.scale.empty()) {
    // Float registers to float64 NIR units.
    auto f64 = RankedTensorType::get(type.getShape(), builder.getF64Type());
    if (type != f64)
      value = tag(builder.create<sim::CastOp>(loc, f64, value), node);
    if (!llvm::all_of(reading.scale, [](double c) { return c == 1; }))
      value = tag(builder.create<sim::LincombOp>(
                      loc, f64, ValueRange{value},
                      builder.getArrayAttr(
                          {floats(type.getShape(), reading.scale)}),
                      DenseFPElementsAttr()),
                  node)
                  .getOutput();
  }
  return reading.recorded = value;
}

LogicalResult DeviceLowering::lower() {
  for (auto population : device.getBody().getOps<PopulationOp>()) {
    auto emulation = target.getNeuronEmulation(population, variant);
    if (failed(emulation))
      return failure();
    emulations[population] = std::move(*emulation);
  }
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
        auto e = target.getSynapseEmulation(in, variant);
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
        state.getDefiningOp<sim::StateOp>().getNode());

  for (auto output : device.getBody().getOps<OutputOp>()) {
    Operation *source = output.getSource().getDefiningOp();
    auto population = dyn_cast<PopulationOp>(source);
    if (!population)
      return output.emitError() << "output '" << output.getName()
                                << "' reads an input directly, which no chip "
                                   "emulation records";
    BuiltPopulation &built = populations[population];
    // A spiking population is read as spikes, a readout as its membrane in
    // NIR units.
    if (isSpikingModel(population.getModel())) {
      tag(builder.create<sim::OutputOp>(output.getLoc(), output.getName(),
                                        built.spikes, FloatAttr()),
          output.getName());
      continue;
    }
    Reading &membrane = built.membrane;
    Value value =
        recordedValue(membrane, population.getLoc(), population.getName());
    tag(builder.create<sim::OutputOp>(
            output.getLoc(), output.getName(), value,
            membrane.unit ? builder.getF64FloatAttr(*membrane.unit)
                          : FloatAttr(),
            membrane.unit && membrane.offset != 0
                ? builder.getF64FloatAttr(membrane.offset)
                : FloatAttr()),
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
    Reading spikes{built.spikes};
    Reading &reading = field == "v"   ? built.membrane
                       : field == "i" ? built.current
                                      : spikes;
    if (!reading.value)
      return population.emitError()
             << "'" << population.getNirOp() << "' \"" << stem << "\" has no "
             << (field == "i" ? "synaptic current" : "membrane") << " on "
             << target.getDisplayName() << " to probe";
    Value value = recordedValue(reading, population.getLoc(), stem);
    tag(builder.create<sim::ProbeOp>(
            population.getLoc(), stem, field, value,
            reading.unit ? builder.getF64FloatAttr(*reading.unit) : FloatAttr(),
            reading.unit && reading.offset != 0
                ? builder.getF64FloatAttr(reading.offset)
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
  if (std::string why = target.whyCannotEmulate(variant); !why.empty()) {
    device.emitError() << why;
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
      /*method=*/nullptr, /*reset=*/nullptr, /*scheduled=*/false,
      /*storage_size=*/nullptr);
  model.getBody().emplaceBlock();
  DeviceLowering lowering(device, model, variant);
  if (failed(lowering.lower()))
    return signalPassFailure();
  for (const std::string &probe : probes)
    if (failed(lowering.addProbe(probe)))
      return signalPassFailure();
  device.erase();
}
