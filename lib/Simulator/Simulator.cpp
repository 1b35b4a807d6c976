//===- Simulator.cpp - batched CPU runtime for sim models -----------------===//

#include "nirc/Simulator/Simulator.h"
#include "nirc/Dialect/Sim/StorageLayout.h"
#include "nirc/Simulator/FixedPoint.h"
#include "nirc/Simulator/NativeStep.h"
#include "nirc/Simulator/NeuronParams.h"
#include "nirc/Simulator/Neurons.h"
#include "nirc/Support/ElementsUtils.h"

#include "llvm/ADT/TypeSwitch.h"
#include "llvm/Support/FormatVariadic.h"

#include <Eigen/Dense>
#include <chrono>
#include <cmath>
#include <thread>

using namespace mlir;
using namespace nirc;
using Eigen::MatrixXd;
using Eigen::VectorXd;

namespace {
using RowMajorMatrix =
    Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// A value's slot in the step's storage: `rows` elements per sample at the
/// per-sample offset `offset` (sim::StorageLayout).
struct Slot {
  int64_t offset = 0, rows = 0;
};

/// The step's storage for a batch, laid out as `sim-allocate-storage`
/// recorded it: each slot an `elements × samples` matrix.
struct Frame {
  std::vector<double> storage;
  int64_t samples = 0;
  Eigen::Map<MatrixXd> operator[](Slot slot) {
    return {storage.data() + slot.offset * samples, slot.rows, samples};
  }
};

class Kernel {
public:
  virtual ~Kernel() = default;
  virtual void run(Frame &frame) = 0;
  /// The op it runs ("sim.dense", ...), for the time breakdown.
  std::string opName;
  /// Results of f32 type: computed in double, stored as float32.
  std::vector<Slot> float32Results;
  /// Whether the last step ran event-driven for every sample (`sim.dense`
  /// without a matrix product), which the time breakdown reports apart.
  bool eventDriven = false;

  /// Runs the op, then rounds each f32 result to float32 once (a chip's
  /// float registers; see `roundToFloat32`).
  void step(Frame &frame) {
    run(frame);
    for (Slot slot : float32Results)
      roundToFloat32(frame[slot]);
  }
  /// Float32 storage per op: every element rounded to the nearest float.
  /// For one multiplication, addition or subtraction of float32 operands
  /// this is float32 arithmetic exactly (double has more than 2·24 + 2
  /// bits, so rounding to double first cannot change the float result). An
  /// op that sums several terms (`sim.lincomb`'s a·x + b·y + c) rounds once
  /// at the end, as a fused multiply-add does, where C code doing one
  /// float operation at a time rounds after each (and can differ in the
  /// last bit). (The double sum of a 48-bit product and another term can
  /// itself be rounded, so in rare halfway cases the fused result is off
  /// by one float32 ulp too.)
  static void roundToFloat32(Eigen::Map<MatrixXd> values) {
    values = values.cast<float>().cast<double>();
  }
};

VectorXd toVector(ElementsAttr attr, int64_t size) {
  VectorXd out(size);
  if (attr.getNumElements() == 1) {
    forEachValueAsDouble(attr, [&](int64_t, double v) {
      out.setConstant(v);
      return true;
    });
    return out;
  }
  forEachValueAsDouble(attr, [&](int64_t i, double v) {
    out[i] = v;
    return true;
  });
  return out;
}

int64_t numElementsOf(Value value) {
  return cast<RankedTensorType>(value.getType()).getNumElements();
}

/// The register width of an integer signal.
unsigned bitsOf(Value value) {
  return cast<IntegerType>(
             cast<RankedTensorType>(value.getType()).getElementType())
      .getWidth();
}

std::vector<int64_t> toInts(ElementsAttr attr, int64_t size) {
  std::vector<int64_t> out(size);
  auto values = cast<DenseIntElementsAttr>(attr).getValues<APInt>();
  for (int64_t i = 0; i < size; ++i)
    out[i] = values[attr.isSplat() ? 0 : i].getSExtValue();
  return out;
}

//===----------------------------------------------------------------------===//
// Kernels
//===----------------------------------------------------------------------===//

struct AddKernel : Kernel {
  std::vector<Slot> inputs;
  Slot output;
  void run(Frame &f) override {
    f[output] = f[inputs[0]];
    for (size_t i = 1; i < inputs.size(); ++i)
      f[output] += f[inputs[i]];
  }
};

/// `sim.cast`: the buffers hold doubles, so an integer or a float32 is
/// copied as is; an f32 result is then rounded by `Kernel::step`.
struct CastKernel : Kernel {
  Slot input, output;
  void run(Frame &f) override { f[output] = f[input]; }
};

/// `sim.dense`, as a matrix product or, for a sample whose inputs are
/// mostly zero (a spike train's few spikes), event-driven: only the weight
/// columns of its non-zero inputs are added, as NEST, Brian2 and GeNN
/// propagate spikes. The choice is made per sample and step from the
/// activity measured then, so that a sample's result never depends on the
/// other samples of its batch: a sample computed event-driven adds its
/// columns in increasing input order (which can differ from the product in
/// the last bits), the others take the product over the whole batch, as
/// before (whose bits splitSamples keeps).
struct DenseKernel : Kernel {
  Slot input, output;
  MatrixXd weight; // column-major: an input's weights are contiguous
  std::optional<VectorXd> bias;
  /// Event-driven below this fraction of non-zero inputs. Measured with
  /// bench/SimBench (784-500-10 at 10 % input activity, 4096-wide at 2-20 %):
  /// adding a column costs about 2.5 times a weight's share of the batch-1
  /// product, and the batch-64 product (SSE2 doubles) gains about as much
  /// from reusing each weight, so the two cross near 40 % at both.
  static constexpr double kEventDrivenBelow = 0.4;
  std::vector<bool> sparseSample;

  void run(Frame &f) override {
    const auto x = f[input];
    auto out = f[output];
    sparseSample.assign(x.cols(), false);
    bool anyDense = false;
    for (int64_t s = 0; s < x.cols(); ++s) {
      double nonZero = double((x.col(s).array() != 0).count());
      sparseSample[s] = nonZero < kEventDrivenBelow * double(x.rows());
      anyDense |= !sparseSample[s];
    }
    eventDriven = !anyDense;
    if (anyDense) {
      out.noalias() = weight * x;
      if (bias)
        out.colwise() += *bias;
    }
    for (int64_t s = 0; s < x.cols(); ++s)
      if (sparseSample[s])
        addActiveColumns(x.col(s), out.col(s));
  }

  void addActiveColumns(Eigen::Ref<const VectorXd> x,
                        Eigen::Ref<VectorXd> out) const {
    if (bias)
      out = *bias;
    else
      out.setZero();
    for (int64_t j = 0; j < x.size(); ++j)
      if (double value = x[j]; value != 0)
        out += value * weight.col(j);
  }
};

/// im2col and one matrix product per group and sample.
struct Conv2dKernel : Kernel {
  Slot input, output;
  int64_t inChannels, height, width, outChannels, outHeight, outWidth;
  int64_t kernelH, kernelW, groups;
  int64_t strideH, strideW, padTop, padLeft, dilationH, dilationW;
  RowMajorMatrix weight; // [C_out, C_in/groups * kH * kW]
  std::optional<VectorXd> bias;
  MatrixXd columns;

  void run(Frame &f) override {
    const auto in = f[input];
    auto out = f[output];
    int64_t groupIn = inChannels / groups, groupOut = outChannels / groups;
    int64_t patch = groupIn * kernelH * kernelW,
            positions = outHeight * outWidth;
    columns.resize(patch, positions);
    for (int64_t s = 0; s < in.cols(); ++s) {
      const double *image = in.col(s).data();
      for (int64_t g = 0; g < groups; ++g) {
        for (int64_t c = 0; c < groupIn; ++c)
          for (int64_t kh = 0; kh < kernelH; ++kh)
            for (int64_t kw = 0; kw < kernelW; ++kw) {
              int64_t row = (c * kernelH + kh) * kernelW + kw;
              const double *plane = image + (g * groupIn + c) * height * width;
              for (int64_t oh = 0; oh < outHeight; ++oh) {
                int64_t y = oh * strideH - padTop + kh * dilationH;
                for (int64_t ow = 0; ow < outWidth; ++ow) {
                  int64_t x = ow * strideW - padLeft + kw * dilationW;
                  bool inside = y >= 0 && y < height && x >= 0 && x < width;
                  columns(row, oh * outWidth + ow) =
                      inside ? plane[y * width + x] : 0.0;
                }
              }
            }
        Eigen::Map<RowMajorMatrix> result(
            out.col(s).data() + g * groupOut * positions, groupOut, positions);
        result.noalias() = weight.middleRows(g * groupOut, groupOut) * columns;
      }
      if (bias)
        Eigen::Map<RowMajorMatrix>(out.col(s).data(), outChannels, positions)
            .colwise() += *bias;
    }
  }
};

struct SumPoolKernel : Kernel {
  Slot input, output;
  int64_t channels, height, width, outHeight, outWidth;
  int64_t kernelH, kernelW, strideH, strideW, padTop, padLeft;
  double scale;
  void run(Frame &f) override {
    const auto in = f[input];
    auto out = f[output];
    for (int64_t s = 0; s < in.cols(); ++s)
      for (int64_t c = 0; c < channels; ++c)
        for (int64_t oh = 0; oh < outHeight; ++oh)
          for (int64_t ow = 0; ow < outWidth; ++ow) {
            double sum = 0;
            for (int64_t kh = 0; kh < kernelH; ++kh) {
              int64_t y = oh * strideH - padTop + kh;
              for (int64_t kw = 0; kw < kernelW; ++kw) {
                int64_t x = ow * strideW - padLeft + kw;
                if (y >= 0 && y < height && x >= 0 && x < width)
                  sum += in(((c * height) + y) * width + x, s);
              }
            }
            out((c * outHeight + oh) * outWidth + ow, s) = scale * sum;
          }
  }
};

struct LincombKernel : Kernel {
  std::vector<Slot> inputs;
  std::vector<VectorXd> coefficients;
  std::optional<VectorXd> offset;
  Slot output;
  void run(Frame &f) override {
    auto out = f[output];
    out.array() = f[inputs[0]].array().colwise() * coefficients[0].array();
    for (size_t k = 1; k < inputs.size(); ++k)
      out.array() += f[inputs[k]].array().colwise() * coefficients[k].array();
    if (offset)
      out.colwise() += *offset;
  }
};

struct FireKernel : Kernel {
  Slot membrane, spikes, membraneAfter;
  VectorXd threshold, resetValue;
  bool subtract;
  void run(Frame &f) override {
    const auto v = f[membrane];
    auto z = f[spikes];
    auto after = f[membraneAfter];
    for (int64_t s = 0; s < v.cols(); ++s)
      for (int64_t j = 0; j < v.rows(); ++j) {
        bool fired = v(j, s) > threshold[j];
        z(j, s) = fired;
        after(j, s) = !fired     ? v(j, s)
                      : subtract ? v(j, s) - threshold[j]
                                 : resetValue[j];
      }
  }
};

struct HeavisideKernel : Kernel {
  Slot input, output;
  VectorXd threshold;
  void run(Frame &f) override {
    const auto x = f[input];
    auto z = f[output];
    for (int64_t s = 0; s < x.cols(); ++s)
      z.col(s) = (x.col(s).array() > threshold.array()).cast<double>();
  }
};

struct DelayKernel : Kernel {
  Slot buffer, input, output, nextBuffer;
  std::vector<int64_t> steps;
  void run(Frame &f) override {
    const auto line = f[buffer];
    const auto x = f[input];
    int64_t n = x.rows(), depth = line.rows() / n;
    auto y = f[output];
    for (int64_t j = 0; j < n; ++j)
      y.row(j) = steps[j] == 0 ? x.row(j) : line.row((steps[j] - 1) * n + j);
    auto next = f[nextBuffer];
    next.topRows(n) = x;
    next.bottomRows((depth - 1) * n) = line.topRows((depth - 1) * n);
  }
};

struct LeakyStepKernel : Kernel {
  Slot membrane, input, membraneNext, spikes;
  NeuronParams params;
  std::vector<neuron::LeakyPropagator> propagators;
  double dt;
  void run(Frame &f) override {
    const auto v = f[membrane], x = f[input];
    auto vNext = f[membraneNext], z = f[spikes];
    z.setZero();
    for (int64_t s = 0; s < v.cols(); ++s)
      for (int64_t j = 0; j < v.rows(); ++j) {
        const neuron::Spiking *spiking =
            params.spiking.empty() ? nullptr : &params.spiking[j];
        if (!params.adaptive) {
          // Fast path: a leaky membrane moves monotonically within a step,
          // so it crosses only if it ends (or starts) above threshold.
          const neuron::LeakyPropagator &p = propagators[j];
          double end = p.decay * v(j, s) + p.gain * x(j, s) + p.offset;
          if (!spiking ||
              (end <= spiking->threshold && v(j, s) <= spiking->threshold)) {
            vNext(j, s) = end;
            continue;
          }
        }
        neuron::StepResult r = params.step(j, 0, v(j, s), x(j, s), dt);
        vNext(j, s) = r.membrane;
        z(j, s) = r.spikes;
      }
  }
};

struct CubaStepKernel : Kernel {
  Slot current, membrane, input, currentNext, membraneNext, spikes;
  NeuronParams params;
  std::vector<neuron::CubaPropagator> propagators;
  double dt;
  void run(Frame &f) override {
    const auto i = f[current], v = f[membrane], x = f[input];
    auto iNext = f[currentNext], vNext = f[membraneNext], z = f[spikes];
    z.setZero();
    for (int64_t s = 0; s < v.cols(); ++s)
      for (int64_t j = 0; j < v.rows(); ++j) {
        const neuron::Spiking *spiking =
            params.spiking.empty() ? nullptr : &params.spiking[j];
        if (!params.adaptive) {
          // Fast path: no crossing when the membrane starts and ends below
          // threshold and has no maximum inside the step (its slope does
          // not go from rising to falling).
          const neuron::CubaPropagator &p = propagators[j];
          const neuron::CubaParams &c = params.cuba[j];
          double iEnd = p.ii * i(j, s) + p.ix * x(j, s);
          double vEnd =
              p.vv * v(j, s) + p.vi * i(j, s) + p.vx * x(j, s) + p.offset;
          bool mayCross =
              spiking && neuron::cubaMayCross(c, *spiking, p.vv, i(j, s),
                                              v(j, s), iEnd, vEnd);
          if (!mayCross) {
            iNext(j, s) = iEnd;
            vNext(j, s) = vEnd;
            continue;
          }
        }
        neuron::StepResult r = params.step(j, i(j, s), v(j, s), x(j, s), dt);
        iNext(j, s) = r.current;
        vNext(j, s) = r.membrane;
        z(j, s) = r.spikes;
      }
  }
};
//===----------------------------------------------------------------------===//
// Emulation kernels: a chip's integers, held exactly in the double buffers
// (every register is far narrower than a double's 53-bit mantissa).
//===----------------------------------------------------------------------===//

struct AdcKernel : Kernel {
  Slot input, output;
  double unit, offset;
  unsigned bits;
  void run(Frame &f) override {
    const auto x = f[input];
    auto code = f[output];
    for (int64_t s = 0; s < x.cols(); ++s)
      for (int64_t j = 0; j < x.rows(); ++j)
        code(j, s) = double(fixed::adcCode(x(j, s), unit, offset, bits));
  }
};

struct EventsKernel : Kernel {
  Slot input, output;
  double maxPerStep;
  void run(Frame &f) override {
    f[output] = f[input].array().floor().max(0.0).min(maxPerStep).matrix();
  }
};

/// The connectivity of a `sim.accumulate` or `sim.event_fire`.
fixed::Connectivity connectivityOf(Operation *op, ElementsAttr weight,
                                   Value events, Value target,
                                   std::optional<ArrayRef<int64_t>> stride,
                                   std::optional<ArrayRef<int64_t>> padding,
                                   std::optional<uint64_t> pool) {
  auto shapeOf = [](Value v) {
    return cast<RankedTensorType>(v.getType()).getShape();
  };
  std::vector<int64_t> w = toInts(weight, weight.getNumElements());
  return fixed::buildConnectivity(
      w, weight.getShapedType().getShape(), shapeOf(events), shapeOf(target),
      stride.value_or(ArrayRef<int64_t>()),
      padding.value_or(ArrayRef<int64_t>()), pool.value_or(1));
}

/// Calls `arrive(target, weight, count)` for every connection of a source
/// that sent `count` > 0 events in sample `s`: only the active sources, in
/// increasing order, so each target gets its events in source order.
template <typename Arrive>
void forEachArrival(const fixed::Connectivity &connectivity,
                    const MatrixXd &events, int64_t s, Arrive arrive) {
  for (int64_t source = 0; source < connectivity.numSources(); ++source) {
    int64_t count = int64_t(events(source, s));
    if (count == 0)
      continue;
    for (int64_t k = connectivity.columnStart[source];
         k < connectivity.columnStart[source + 1]; ++k)
      arrive(connectivity.target[k], connectivity.weight[k], count);
  }
}

struct AccumulateKernel : Kernel {
  Slot events, output;
  std::optional<Slot> base;
  fixed::Connectivity connectivity;
  int64_t sumShift;
  sim::Overflow overflow;
  unsigned bits;
  void run(Frame &f) override {
    const auto in = f[events];
    auto out = f[output];
    if (base)
      out = f[*base];
    else
      out.setZero();
    // Saturating additions of one weight in a row equal one saturating
    // addition of their sum; a wrap must go one event at a time.
    bool eventByEvent = overflow == sim::Overflow::WrapOnce;
    std::vector<int64_t> sums(connectivity.numTargets);
    for (int64_t s = 0; s < in.cols(); ++s) {
      for (int64_t t = 0; t < connectivity.numTargets; ++t)
        sums[t] = int64_t(out(t, s));
      forEachArrival(
          connectivity, in, s, [&](int64_t t, int64_t w, int64_t count) {
            int64_t &sum = sums[t];
            if (eventByEvent)
              for (int64_t e = 0; e < count; ++e)
                sum = fixed::applyOverflow(sum + w, bits, overflow);
            else
              sum = fixed::applyOverflow(sum + count * w, bits, overflow);
          });
      for (int64_t t = 0; t < connectivity.numTargets; ++t)
        out(t, s) = double(fixed::applyOverflow(
            fixed::shiftBy(sums[t], sumShift), bits, overflow));
    }
  }
};

struct FixedStepKernel : Kernel {
  Slot current, membrane, currentNext, membraneNext, spikes;
  std::optional<Slot> input;
  fixed::NeuronRule rule;
  std::vector<fixed::NeuronParams> params;
  void run(Frame &f) override {
    const auto i = f[current], v = f[membrane];
    auto iNext = f[currentNext], vNext = f[membraneNext], z = f[spikes];
    for (int64_t s = 0; s < v.cols(); ++s)
      for (int64_t j = 0; j < v.rows(); ++j) {
        int64_t cur = int64_t(i(j, s)), mem = int64_t(v(j, s));
        std::optional<int64_t> x;
        if (input)
          x = int64_t(f[*input](j, s));
        z(j, s) = double(fixed::stepNeuron(rule, params[j], cur, mem, x));
        iNext(j, s) = double(cur);
        vNext(j, s) = double(mem);
      }
  }
};

struct EventFireKernel : Kernel {
  Slot membrane, events, membraneNext, spikes;
  fixed::Connectivity connectivity;
  fixed::EventFireRule rule;
  std::vector<int64_t> bias, threshold, thresholdLow;
  void run(Frame &f) override {
    const auto v = f[membrane], in = f[events];
    auto vNext = f[membraneNext], z = f[spikes];
    std::vector<int64_t> membranes(v.rows()), fired(v.rows());
    for (int64_t s = 0; s < v.cols(); ++s) {
      for (int64_t t = 0; t < v.rows(); ++t) {
        membranes[t] = std::max(fixed::applyOverflow(int64_t(v(t, s)) + bias[t],
                                                     rule.bits, rule.overflow),
                                thresholdLow[t]);
        fired[t] = 0;
      }
      forEachArrival(
          connectivity, in, s, [&](int64_t t, int64_t w, int64_t count) {
            fired[t] += fixed::fireOnEvents(rule, threshold[t], thresholdLow[t],
                                            w, count, membranes[t]);
          });
      for (int64_t t = 0; t < v.rows(); ++t) {
        vNext(t, s) = double(membranes[t]);
        z(t, s) = double(fired[t]);
      }
    }
  }
};
} // namespace

//===----------------------------------------------------------------------===//
// Building the kernels
//===----------------------------------------------------------------------===//

struct Simulator::Impl {
  double dt;
  /// The JIT-compiled step, when it runs the model, and the threads its
  /// runs may take.
  std::unique_ptr<NativeStep> native;
  unsigned threads = 1;
  /// A thread is worth its start for a block of at least this many samples.
  static constexpr int64_t kSamplesPerThread = 8;
  std::string whyInterpreted;
  std::vector<SignalPort> inputs, outputs, probes;
  /// Where every value lives (what `sim-allocate-storage` recorded).
  sim::StorageLayout layout;
  /// Slots written by `sim.input`, read by `sim.output`, `sim.probe`, in
  /// port order.
  std::vector<Slot> inputSlots, outputSlots, probeSlots;
  std::vector<std::pair<Slot, VectorXd>> stateInitials;
  /// A `sim.next`: the state's slot, its value's, and the staging slot the
  /// value is copied to first when it is another state's.
  struct Update {
    Slot state, value;
    std::optional<Slot> staging;
  };
  std::vector<Update> updates;
  std::vector<std::unique_ptr<Kernel>> kernels;

  Slot slotOf(Value value) const {
    return {layout.offsetOf.lookup(value), numElementsOf(value)};
  }
  LogicalResult build(Operation &op);
  template <typename Scalar>
  void runNative(const llvm::StringMap<const TimeGriddedData *> &inputData,
                 int64_t first, int64_t steps, SimulationResult &result,
                 const std::function<void(int64_t, int64_t)> &progress);
  LogicalResult addKernel(Operation &op, std::unique_ptr<Kernel> kernel) {
    kernel->opName = op.getName().getStringRef().str();
    for (Value result : op.getResults())
      if (cast<RankedTensorType>(result.getType()).getElementType().isF32())
        kernel->float32Results.push_back(slotOf(result));
    kernels.push_back(std::move(kernel));
    return success();
  }
};

static SignalPort portOf(StringRef node, StringRef observable, Value value,
                         FloatAttr unit = {}, FloatAttr offset = {}) {
  auto type = cast<RankedTensorType>(value.getType());
  auto shape = type.getShape();
  return {node.str(),
          observable.str(),
          std::vector<int64_t>(shape.begin(), shape.end()),
          type.getNumElements(),
          isa<IntegerType>(type.getElementType()),
          unit ? unit.getValueAsDouble() : 0.0,
          offset ? offset.getValueAsDouble() : 0.0};
}

LogicalResult Simulator::Impl::build(Operation &op) {
  auto buf = [&](Value v) { return slotOf(v); };
  return llvm::TypeSwitch<Operation *, LogicalResult>(&op)
      .Case([&](sim::StateOp state) {
        Slot slot = buf(state.getState());
        VectorXd initial = VectorXd::Zero(slot.rows);
        if (auto attr = state.getInitialAttr())
          initial = toVector(attr, slot.rows);
        if (state.getState().getType().getElementType().isF32())
          initial = initial.cast<float>().cast<double>();
        stateInitials.emplace_back(slot, std::move(initial));
        return success();
      })
      .Case([&](sim::NextOp next) {
        Update update{buf(next.getState()), buf(next.getValue()), {}};
        if (auto staging = layout.copySlotOf.find(next);
            staging != layout.copySlotOf.end())
          update.staging = Slot{staging->second, update.value.rows};
        updates.push_back(update);
        return success();
      })
      .Case([&](sim::InputOp input) {
        inputs.push_back(portOf(input.getName(), "output", input.getOutput()));
        inputSlots.push_back(buf(input.getOutput()));
        return success();
      })
      .Case([&](sim::OutputOp output) {
        // An integer readout is recorded in NIR units.
        SignalPort port = portOf(output.getName(), "output", output.getInput(),
                                 output.getUnitAttr(), output.getOffsetAttr());
        if (port.unit != 0)
          port.isInteger = false;
        outputs.push_back(std::move(port));
        outputSlots.push_back(buf(output.getInput()));
        return success();
      })
      .Case([&](sim::ProbeOp probe) {
        probes.push_back(portOf(probe.getNode(), probe.getObservable(),
                                probe.getInput(), probe.getUnitAttr(),
                                probe.getOffsetAttr()));
        probeSlots.push_back(buf(probe.getInput()));
        return success();
      })
      .Case([&](sim::AddOp add) {
        auto k = std::make_unique<AddKernel>();
        for (Value v : add.getInputs())
          k->inputs.push_back(buf(v));
        k->output = buf(add.getOutput());
        return addKernel(op, std::move(k));
      })
      .Case([&](sim::CastOp castOp) {
        auto k = std::make_unique<CastKernel>();
        k->input = buf(castOp.getInput());
        k->output = buf(castOp.getOutput());
        return addKernel(op, std::move(k));
      })
      .Case([&](sim::DenseOp dense) {
        auto k = std::make_unique<DenseKernel>();
        auto shape = dense.getWeight().getType().getShape();
        VectorXd flat = toVector(dense.getWeight(), shape[0] * shape[1]);
        k->weight = Eigen::Map<RowMajorMatrix>(flat.data(), shape[0], shape[1]);
        if (auto bias = dense.getBiasAttr())
          k->bias = toVector(bias, shape[0]);
        k->input = buf(dense.getInput());
        k->output = buf(dense.getOutput());
        return addKernel(op, std::move(k));
      })
      .Case([&](sim::Conv2dOp conv) {
        auto k = std::make_unique<Conv2dKernel>();
        auto w = conv.getWeight().getType().getShape();
        auto in = conv.getInput().getType().getShape();
        auto out = conv.getOutput().getType().getShape();
        k->inChannels = in[0], k->height = in[1], k->width = in[2];
        k->outChannels = out[0], k->outHeight = out[1], k->outWidth = out[2];
        k->kernelH = w[2], k->kernelW = w[3], k->groups = conv.getGroups();
        k->strideH = conv.getStride()[0], k->strideW = conv.getStride()[1];
        k->padTop = conv.getPadding()[0], k->padLeft = conv.getPadding()[1];
        k->dilationH = conv.getDilation()[0];
        k->dilationW = conv.getDilation()[1];
        VectorXd flat = toVector(conv.getWeight(), w[0] * w[1] * w[2] * w[3]);
        k->weight =
            Eigen::Map<RowMajorMatrix>(flat.data(), w[0], w[1] * w[2] * w[3]);
        if (auto bias = conv.getBiasAttr())
          k->bias = toVector(bias, w[0]);
        k->input = buf(conv.getInput());
        k->output = buf(conv.getOutput());
        return addKernel(op, std::move(k));
      })
      .Case([&](sim::SumPool2dOp pool) {
        auto k = std::make_unique<SumPoolKernel>();
        auto in = pool.getInput().getType().getShape();
        auto out = pool.getOutput().getType().getShape();
        k->channels = in[0], k->height = in[1], k->width = in[2];
        k->outHeight = out[1], k->outWidth = out[2];
        k->kernelH = pool.getKernelSize()[0];
        k->kernelW = pool.getKernelSize()[1];
        k->strideH = pool.getStride()[0], k->strideW = pool.getStride()[1];
        k->padTop = pool.getPadding()[0], k->padLeft = pool.getPadding()[1];
        k->scale = pool.getScale().convertToDouble();
        k->input = buf(pool.getInput());
        k->output = buf(pool.getOutput());
        return addKernel(op, std::move(k));
      })
      .Case([&](sim::ReshapeOp) {
        // Same elements in the same order: the layout shares the slot.
        return success();
      })
      .Case([&](sim::LincombOp lincomb) {
        auto k = std::make_unique<LincombKernel>();
        int64_t n = numElementsOf(lincomb.getOutput());
        for (auto [input, coefficients] :
             llvm::zip_equal(lincomb.getInputs(), lincomb.getCoefficients())) {
          k->inputs.push_back(buf(input));
          k->coefficients.push_back(
              toVector(cast<ElementsAttr>(coefficients), n));
        }
        if (auto offset = lincomb.getOffsetAttr())
          k->offset = toVector(offset, n);
        k->output = buf(lincomb.getOutput());
        return addKernel(op, std::move(k));
      })
      .Case([&](sim::FireOp fire) {
        auto k = std::make_unique<FireKernel>();
        int64_t n = numElementsOf(fire.getMembrane());
        k->membrane = buf(fire.getMembrane());
        k->threshold = toVector(fire.getThreshold(), n);
        k->resetValue = toVector(fire.getResetValue(), n);
        k->subtract = fire.getReset() == sim::ResetMode::Subtract;
        k->spikes = buf(fire.getSpikes());
        k->membraneAfter = buf(fire.getMembraneAfter());
        return addKernel(op, std::move(k));
      })
      .Case([&](sim::HeavisideOp heaviside) {
        auto k = std::make_unique<HeavisideKernel>();
        k->input = buf(heaviside.getInput());
        k->threshold = toVector(heaviside.getThreshold(),
                                numElementsOf(heaviside.getInput()));
        k->output = buf(heaviside.getOutput());
        return addKernel(op, std::move(k));
      })
      .Case([&](sim::DelayOp delay) {
        auto k = std::make_unique<DelayKernel>();
        for (APInt steps : delay.getSteps().getValues<APInt>())
          k->steps.push_back(steps.getSExtValue());
        k->buffer = buf(delay.getBuffer());
        k->input = buf(delay.getInput());
        k->output = buf(delay.getOutput());
        k->nextBuffer = buf(delay.getNextBuffer());
        return addKernel(op, std::move(k));
      })
      .Case([&](sim::LeakyStepOp step) {
        auto k = std::make_unique<LeakyStepKernel>();
        k->params = NeuronParams::of(step);
        k->propagators = k->params.getLeakyPropagators(dt);
        k->dt = dt;
        k->membrane = buf(step.getMembrane());
        k->input = buf(step.getInput());
        k->membraneNext = buf(step.getMembraneNext());
        k->spikes = buf(step.getSpikes());
        return addKernel(op, std::move(k));
      })
      .Case([&](sim::CubaStepOp step) {
        auto k = std::make_unique<CubaStepKernel>();
        k->params = NeuronParams::of(step);
        k->propagators = k->params.getCubaPropagators(dt);
        k->dt = dt;
        k->current = buf(step.getCurrent());
        k->membrane = buf(step.getMembrane());
        k->input = buf(step.getInput());
        k->currentNext = buf(step.getCurrentNext());
        k->membraneNext = buf(step.getMembraneNext());
        k->spikes = buf(step.getSpikes());
        return addKernel(op, std::move(k));
      })
      .Case([&](sim::EventsOp events) {
        auto k = std::make_unique<EventsKernel>();
        k->input = buf(events.getInput());
        k->maxPerStep = double(events.getMaxPerStep());
        k->output = buf(events.getOutput());
        return addKernel(op, std::move(k));
      })
      .Case([&](sim::AdcOp adc) {
        auto k = std::make_unique<AdcKernel>();
        k->unit = adc.getUnit().convertToDouble();
        k->offset = adc.getOffset().convertToDouble();
        k->bits = unsigned(adc.getBits());
        k->input = buf(adc.getInput());
        k->output = buf(adc.getOutput());
        return addKernel(op, std::move(k));
      })
      .Case([&](sim::AccumulateOp accumulate) {
        auto k = std::make_unique<AccumulateKernel>();
        k->bits = bitsOf(accumulate.getOutput());
        k->connectivity = connectivityOf(
            accumulate, accumulate.getWeight(), accumulate.getEvents(),
            accumulate.getOutput(), accumulate.getStride(),
            accumulate.getPadding(), accumulate.getPool());
        // A register holds the shifted weight in its own width.
        for (int64_t &w : k->connectivity.weight)
          w = fixed::truncateToWidth(
              fixed::shiftBy(w, accumulate.getWeightShift()), k->bits);
        k->sumShift = accumulate.getSumShift();
        k->overflow = accumulate.getOverflow();
        k->events = buf(accumulate.getEvents());
        if (accumulate.getBase())
          k->base = buf(accumulate.getBase());
        k->output = buf(accumulate.getOutput());
        return addKernel(op, std::move(k));
      })
      .Case([&](sim::FixedStepOp step) {
        auto k = std::make_unique<FixedStepKernel>();
        int64_t n = numElementsOf(step.getMembrane());
        fixed::NeuronRule &rule = k->rule;
        rule.decay = step.getDecay();
        rule.decayUnity = step.getDecayUnity().value_or(1);
        rule.inputShift = step.getInputShift();
        rule.currentOverflow = step.getCurrentOverflow();
        rule.membraneOverflow = step.getMembraneOverflow();
        rule.membraneSum = step.getMembraneSum();
        rule.compare = step.getCompare();
        rule.reset = step.getReset();
        rule.maxSpikes = step.getMaxSpikes();
        rule.currentBits = bitsOf(step.getCurrent());
        rule.membraneBits = bitsOf(step.getMembrane());
        rule.spiking = bool(step.getThreshold());
        std::vector<int64_t> zeros(n, 0);
        std::vector<int64_t> currentDecay = toInts(step.getCurrentDecay(), n),
                             membraneDecay = toInts(step.getMembraneDecay(), n),
                             bias = step.getBias() ? toInts(*step.getBias(), n)
                                                   : zeros,
                             threshold = step.getThreshold()
                                             ? toInts(*step.getThreshold(), n)
                                             : zeros;
        std::vector<int64_t> thresholdLow =
            step.getThresholdLow()
                ? toInts(*step.getThresholdLow(), n)
                : std::vector<int64_t>(n, fixed::NeuronParams().thresholdLow);
        for (int64_t j = 0; j < n; ++j)
          k->params.push_back({currentDecay[j], membraneDecay[j], bias[j],
                               threshold[j], thresholdLow[j]});
        k->current = buf(step.getCurrent());
        k->membrane = buf(step.getMembrane());
        if (step.getInput())
          k->input = buf(step.getInput());
        k->currentNext = buf(step.getCurrentNext());
        k->membraneNext = buf(step.getMembraneNext());
        k->spikes = buf(step.getSpikes());
        return addKernel(op, std::move(k));
      })
      .Case([&](sim::EventFireOp fire) {
        auto k = std::make_unique<EventFireKernel>();
        int64_t n = numElementsOf(fire.getMembrane());
        k->connectivity = connectivityOf(
            fire, fire.getWeight(), fire.getEvents(), fire.getMembrane(),
            fire.getStride(), fire.getPadding(), fire.getPool());
        k->rule = {fire.getReset(), fire.getOverflow(),
                   bitsOf(fire.getMembrane())};
        k->bias = fire.getBias() ? toInts(*fire.getBias(), n)
                                 : std::vector<int64_t>(n, 0);
        k->threshold = toInts(fire.getThreshold(), n);
        k->thresholdLow = toInts(fire.getThresholdLow(), n);
        k->membrane = buf(fire.getMembrane());
        k->events = buf(fire.getEvents());
        k->membraneNext = buf(fire.getMembraneNext());
        k->spikes = buf(fire.getSpikes());
        return addKernel(op, std::move(k));
      })
      .Default([](Operation *op) {
        return op->emitOpError("has no simulator kernel");
      });
}

std::vector<SampleRange> nirc::splitSamples(int64_t samples, int64_t blocks) {
  blocks = std::min(blocks, samples / kSampleBlockAlignment);
  if (blocks <= 1)
    return {{0, samples}};
  int64_t size = (samples + blocks - 1) / blocks;
  size = (size + kSampleBlockAlignment - 1) / kSampleBlockAlignment *
         kSampleBlockAlignment;
  std::vector<SampleRange> ranges;
  for (int64_t first = 0; first < samples; first += size)
    ranges.push_back({first, std::min(size, samples - first)});
  // A short last block joins the one before it.
  if (ranges.back().count < kSampleBlockAlignment) {
    ranges[ranges.size() - 2].count += ranges.back().count;
    ranges.pop_back();
  }
  return ranges;
}

Simulator::Simulator(std::unique_ptr<Impl> impl) : impl(std::move(impl)) {}
Simulator::~Simulator() = default;
double Simulator::dt() const { return impl->dt; }
void Simulator::setThreads(unsigned threads) {
  impl->threads =
      threads ? threads : std::max(1u, std::thread::hardware_concurrency());
}
const std::vector<SignalPort> &Simulator::inputs() const {
  return impl->inputs;
}

FailureOr<std::unique_ptr<Simulator>> Simulator::create(sim::ModelOp model,
                                                        Engine engine,
                                                        Precision precision,
                                                        bool timeEachOp) {
  if (!model.getScheduled())
    return model.emitOpError("must be scheduled (run 'sim-schedule') before "
                             "it can be simulated");
  if (!model.getStorageSize())
    return model.emitOpError("must have its storage allocated (run "
                             "'sim-allocate-storage') before it can be "
                             "simulated");
  auto impl = std::make_unique<Impl>();
  impl->dt = model.getDt().convertToDouble();
  impl->layout = sim::StorageLayout::of(model);
  if (engine == Engine::Auto)
    impl->whyInterpreted = NativeStep::whyCannotCompile(model);
  bool jit = engine == Engine::JIT ||
             (engine == Engine::Auto && impl->whyInterpreted.empty());
  if (!jit && precision == Precision::F32)
    return model.emitOpError("runs in float32 only on the JIT, and ")
           << (engine == Engine::Interpret ? "the interpreter was asked for"
                                           : "its " + impl->whyInterpreted);
  // The native step computes the ops itself: for it only the ports and
  // states are read, so that no weight is held twice.
  for (Operation &op : model.getBody().front()) {
    bool computes = !isa<sim::StateOp, sim::NextOp, sim::InputOp, sim::OutputOp,
                         sim::ProbeOp>(op);
    if (jit && computes)
      continue;
    if (failed(impl->build(op)))
      return failure();
  }
  if (jit) {
    auto native = NativeStep::compile(model, precision, timeEachOp);
    if (failed(native))
      return failure();
    impl->native = std::move(*native);
  }
  return std::unique_ptr<Simulator>(new Simulator(std::move(impl)));
}

//===----------------------------------------------------------------------===//
// Running
//===----------------------------------------------------------------------===//

/// Checks that the inputs cover every graph input with one shared grid.
static llvm::Error
checkInputs(const std::vector<SignalPort> &ports,
            const llvm::StringMap<const TimeGriddedData *> &inputs,
            int64_t &numSamples, int64_t &numSteps) {
  auto error = [](const llvm::Twine &message) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
  };
  for (const auto &entry : inputs)
    if (llvm::none_of(ports, [&](const SignalPort &port) {
          return port.node == entry.getKey();
        }))
      return error("input data for '" + entry.getKey() +
                   "', but the graph has no Input of that name");
  for (const SignalPort &port : ports) {
    auto it = inputs.find(port.node);
    if (it == inputs.end())
      return error("no input data for the graph's Input '" + port.node + "'");
    const TimeGriddedData &data = *it->second;
    if (data.numNeurons != port.numElements)
      return error("input '" + port.node + "' has " +
                   llvm::Twine(data.numNeurons) +
                   " neurons per step, but the graph's Input takes " +
                   llvm::Twine(port.numElements));
    if (&port == &ports.front()) {
      numSamples = data.numSamples;
      numSteps = data.numSteps;
    } else if (data.numSamples != numSamples || data.numSteps != numSteps) {
      return error("input '" + port.node + "' has " +
                   llvm::Twine(data.numSamples) + " samples of " +
                   llvm::Twine(data.numSteps) +
                   " steps, unlike the other inputs");
    }
    for (size_t k = 0; k < data.values.size(); ++k)
      if (!std::isfinite(data.values[k])) {
        int64_t perSample = data.numSteps * data.numNeurons;
        return error("input '" + port.node +
                     "' holds a non-finite value at "
                     "sample " +
                     llvm::Twine(k / perSample) + ", step " +
                     llvm::Twine((k % perSample) / data.numNeurons) +
                     ", neuron " + llvm::Twine(k % data.numNeurons));
      }
  }
  return llvm::Error::success();
}

static TimeGriddedData makeRecording(const SignalPort &port, int64_t samples,
                                     int64_t steps, double dt) {
  TimeGriddedData data;
  data.numSamples = samples;
  data.numSteps = steps;
  data.numNeurons = port.numElements;
  data.dt = dt;
  data.values.assign(samples * steps * port.numElements, 0.0);
  data.isInteger = port.isInteger;
  data.unit = port.unit;
  data.offset = port.offset;
  return data;
}

/// Copies one step of a buffer into `[samples, steps, elements]`, an
/// integer readout in NIR units (`offset + unit × integer`).
static void record(const Eigen::Ref<const MatrixXd> &buffer,
                   const SignalPort &port, TimeGriddedData &data, int64_t step,
                   int64_t firstSample = 0) {
  bool scaled = port.unit != 0 && !port.isInteger;
  double scale = scaled ? port.unit : 1.0, offset = scaled ? port.offset : 0;
  for (int64_t s = 0; s < buffer.cols(); ++s)
    Eigen::Map<VectorXd>(&data.at(firstSample + s, step, 0), data.numNeurons) =
        (scale * buffer.col(s)).array() + offset;
}

/// One sample's input in one step.
static Eigen::Map<const VectorXd> inputAt(const TimeGriddedData &data,
                                          int64_t sample, int64_t step) {
  return Eigen::Map<const VectorXd>(&data.at(sample, step, 0), data.numNeurons);
}

/// The interpreter's run loop on the native step: inputs into their slots,
/// the step, the record slots into the recordings. The batch is cut into
/// one block per thread, each a run of its own: a sample's arithmetic does
/// not depend on the others, so the bits do not depend on the cut.
template <typename Scalar>
void Simulator::Impl::runNative(
    const llvm::StringMap<const TimeGriddedData *> &inputData, int64_t first,
    int64_t steps, SimulationResult &result,
    const std::function<void(int64_t, int64_t)> &progress) {
  using Matrix = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic>;
  int64_t samples = result.numSamples;
  int64_t blocks = std::max<int64_t>(
      1, std::min<int64_t>(threads, samples / kSamplesPerThread));
  int64_t blockSize = (samples + blocks - 1) / blocks;
  // The first block's times stand for all: the others run alongside.
  double stepSeconds = 0;
  std::map<std::string, double> opSeconds;
  auto runBlock = [&](int64_t block) {
    int64_t begin = block * blockSize,
            count = std::min(blockSize, samples - begin);
    std::unique_ptr<NativeStep::Run> run = native->start(count);
    auto slot = [&](int64_t offset, int64_t elements) {
      return Eigen::Map<Matrix>(run->template slot<Scalar>(offset), elements,
                                count);
    };
    int64_t reportEvery = std::max<int64_t>(1, steps / 100);
    for (int64_t step = 0; step < steps; ++step) {
      for (size_t p = 0; p < inputs.size(); ++p) {
        const TimeGriddedData &data = *inputData.find(inputs[p].node)->second;
        auto buffer = slot(native->getInputSlots()[p], data.numNeurons);
        for (int64_t s = 0; s < count; ++s)
          buffer.col(s) =
              inputAt(data, first + begin + s, step).template cast<Scalar>();
      }
      auto start = std::chrono::steady_clock::now();
      run->step();
      if (block == 0)
        stepSeconds += std::chrono::duration<double>(
                           std::chrono::steady_clock::now() - start)
                           .count();
      for (auto [ports, slots, recordings] :
           {std::tuple{&outputs, &native->getOutputSlots(), &result.outputs},
            {&probes, &native->getProbeSlots(), &result.probes}})
        for (size_t p = 0; p < ports->size(); ++p)
          record(slot((*slots)[p], (*ports)[p].numElements)
                     .template cast<double>(),
                 (*ports)[p], (*recordings)[p].second, step, begin);
      if (block == 0 && progress && (step + 1) % reportEvery == 0)
        progress(step + 1, steps);
    }
    if (block == 0)
      opSeconds = run->getSecondsByOp();
  };
  std::vector<std::thread> workers;
  for (int64_t block = 1; block < blocks; ++block)
    workers.emplace_back(runBlock, block);
  runBlock(0);
  for (std::thread &worker : workers)
    worker.join();
  result.engine = Engine::JIT;
  result.secondsByOp[kJitCompileKey.str()] = native->getCompileSeconds();
  if (native->timesOps())
    result.secondsByOp.merge(opSeconds);
  else
    result.secondsByOp[kJitStepsKey.str()] = stepSeconds;
}

llvm::Expected<SimulationResult>
Simulator::run(const llvm::StringMap<const TimeGriddedData *> &inputs,
               const std::function<void(int64_t, int64_t)> &progress,
               SampleRange range) {
  Impl &m = *impl;
  SimulationResult result;
  int64_t samples = 1, steps = 0;
  if (llvm::Error error = checkInputs(m.inputs, inputs, samples, steps))
    return std::move(error);
  int64_t first = range.first;
  if (first < 0 || first > samples ||
      (range.count >= 0 && range.count > samples - first))
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        llvm::formatv("samples {0} to {1} asked of a batch of {2}", first,
                      first + range.count - 1, samples));
  samples = range.count >= 0 ? range.count : samples - first;
  result.numSamples = samples;
  result.numSteps = steps;
  for (auto [ports, recordings] :
       {std::pair{&m.outputs, &result.outputs}, {&m.probes, &result.probes}})
    for (const SignalPort &port : *ports)
      recordings->emplace_back(port, makeRecording(port, samples, steps, m.dt));

  if (m.native) {
    if (m.native->getPrecision() == Precision::F32)
      m.runNative<float>(inputs, first, steps, result, progress);
    else
      m.runNative<double>(inputs, first, steps, result, progress);
    return result;
  }
  result.whyInterpreted = m.whyInterpreted;

  Frame frame;
  frame.samples = samples;
  frame.storage.assign(m.layout.elementsPerSample * samples, 0.0);
  for (auto &[slot, initial] : m.stateInitials)
    frame[slot] = initial.replicate(1, samples);

  std::vector<double> kernelSeconds(m.kernels.size(), 0.0),
      eventDrivenSeconds(m.kernels.size(), 0.0);
  int64_t reportEvery = std::max<int64_t>(1, steps / 100);
  for (int64_t step = 0; step < steps; ++step) {
    for (size_t p = 0; p < m.inputs.size(); ++p) {
      const TimeGriddedData &data = *inputs.find(m.inputs[p].node)->second;
      auto buffer = frame[m.inputSlots[p]];
      for (int64_t s = 0; s < samples; ++s)
        buffer.col(s) = inputAt(data, first + s, step);
    }
    for (size_t k = 0; k < m.kernels.size(); ++k) {
      auto start = std::chrono::steady_clock::now();
      m.kernels[k]->step(frame);
      (m.kernels[k]->eventDriven ? eventDrivenSeconds : kernelSeconds)[k] +=
          std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                        start)
              .count();
    }
    for (size_t p = 0; p < m.outputSlots.size(); ++p)
      record(frame[m.outputSlots[p]], m.outputs[p], result.outputs[p].second,
             step);
    for (size_t p = 0; p < m.probeSlots.size(); ++p)
      record(frame[m.probeSlots[p]], m.probes[p], result.probes[p].second,
             step);
    // The updates copy in order, so a state fed by another state's value
    // reads it from its staging slot, as it was before the step's updates.
    for (const Impl::Update &update : m.updates)
      if (update.staging)
        frame[*update.staging] = frame[update.value];
    for (const Impl::Update &update : m.updates)
      frame[update.state] = frame[update.staging.value_or(update.value)];
    if (progress && (step + 1) % reportEvery == 0)
      progress(step + 1, steps);
  }
  for (size_t k = 0; k < m.kernels.size(); ++k) {
    const std::string &op = m.kernels[k]->opName;
    if (kernelSeconds[k] > 0 || eventDrivenSeconds[k] == 0)
      result.secondsByOp[op] += kernelSeconds[k];
    if (eventDrivenSeconds[k] > 0)
      result.secondsByOp[op + " event-driven"] += eventDrivenSeconds[k];
  }
  return result;
}
