//===- ConvertSimToStandard.cpp - a sim.model as one step function --------===//
//
// Each op of a scheduled model becomes scf loops over the samples and
// elements of its slots in one storage buffer (StorageLayout). The
// arithmetic of each element is written in the interpreter's order
// (lib/Simulator/Simulator.cpp) and carries no fast-math flags, so that the
// two engines agree to the bit on everything but the interpreter's matrix
// products, whose summation order is Eigen's.
//
//===----------------------------------------------------------------------===//

#include "nirc/Conversion/Passes.h"
#include "nirc/Conversion/SimToStandard.h"
#include "nirc/Simulator/NeuronParams.h"
#include "nirc/Support/ElementsUtils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/Builders.h"
#include "llvm/ADT/TypeSwitch.h"

namespace nirc {
#define GEN_PASS_DEF_CONVERTSIMTOSTANDARD
#include "nirc/Conversion/Passes.h.inc"
} // namespace nirc

using namespace mlir;
using namespace nirc;

SmallVector<Operation *> nirc::getHostNeuronOps(sim::ModelOp model) {
  SmallVector<Operation *> ops;
  for (Operation &op : model.getBody().front())
    if (isa<sim::LeakyStepOp, sim::CubaStepOp>(op))
      ops.push_back(&op);
  return ops;
}

std::string nirc::getStepFunctionName(sim::ModelOp model) {
  return (model.getName() + "_eval").str();
}

bool nirc::runsNoCode(Operation *op) {
  return isa<sim::InputOp, sim::StateOp, sim::ReshapeOp, sim::NextOp>(op);
}

std::string nirc::whyCannotLower(Operation *op) {
  auto isInteger = [](Type type) {
    return isa<IntegerType>(cast<RankedTensorType>(type).getElementType());
  };
  if (llvm::any_of(op->getOperandTypes(), isInteger) ||
      llvm::any_of(op->getResultTypes(), isInteger))
    return "holds a chip's integer registers, which the native step does not "
           "compute yet";
  bool lowered =
      isa<sim::StateOp, sim::NextOp, sim::InputOp, sim::OutputOp, sim::ProbeOp,
          sim::AddOp, sim::CastOp, sim::DenseOp, sim::LincombOp, sim::FireOp,
          sim::HeavisideOp, sim::ReshapeOp, sim::DelayOp, sim::Conv2dOp,
          sim::SumPool2dOp, sim::LeakyStepOp, sim::CubaStepOp>(op);
  if (!lowered)
    return "has no native lowering yet";
  return "";
}

namespace {

int64_t numElementsOf(Value value) {
  return cast<RankedTensorType>(value.getType()).getNumElements();
}

/// Per-element coefficients in the step: one constant when they are all
/// equal, else read from the step's constants at `start` + the element's
/// index.
struct Coefficients {
  Value uniform, constants, start;
  Value at(OpBuilder &b, Location loc, Value index) const {
    if (uniform)
      return uniform;
    Value at = b.create<arith::AddIOp>(loc, start, index);
    return b.create<memref::LoadOp>(loc, constants, at).getResult();
  }
};

/// Emits the step function of one model.
class StepLowering {
public:
  StepLowering(sim::ModelOp model, Precision precision, bool timeOps)
      : model(model), b(model), loc(model.getLoc()), timeOps(timeOps) {
    floatType = precision == Precision::F32 ? Type(b.getF32Type())
                                            : Type(b.getF64Type());
  }

  LogicalResult lower();

private:
  // Indices and loops.
  Value index(int64_t value) {
    return b.create<arith::ConstantIndexOp>(loc, value);
  }
  Value add(Value x, Value y) { return b.create<arith::AddIOp>(loc, x, y); }
  Value mul(Value x, Value y) { return b.create<arith::MulIOp>(loc, x, y); }
  /// Runs `body(iv)` for iv in [0, count), `count` an index value.
  void loop(Value count, llvm::function_ref<void(Value)> body) {
    auto forOp = b.create<scf::ForOp>(loc, index(0), count, index(1));
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(forOp.getBody());
    body(forOp.getInductionVar());
  }
  void loop(int64_t count, llvm::function_ref<void(Value)> body) {
    loop(index(count), body);
  }
  void forEachSample(llvm::function_ref<void(Value)> body) {
    loop(batch, body);
  }
  /// Sample `sample`'s first element in the slot at `offset` of slots of
  /// `elements` per sample.
  Value slotStart(int64_t offset, int64_t elements, Value sample) {
    return add(mul(batch, index(offset)), mul(sample, index(elements)));
  }
  Value startOf(Value value, Value sample) {
    return slotStart(layout.offsetOf.lookup(value), numElementsOf(value),
                     sample);
  }
  Value load(Value start, Value element) {
    return b.create<memref::LoadOp>(loc, storage, add(start, element));
  }
  /// Stores an op's result, rounded to float32 first when the model says the
  /// value is one and the step computes in float64 (a chip's float
  /// registers, one rounding per op as in the interpreter).
  void store(Value result, Value start, Value element, Value x) {
    b.create<memref::StoreOp>(loc, roundAs(result, x), storage,
                              add(start, element));
  }
  /// `x` (a scalar or a vector) rounded to float32 when `result` is a
  /// float32 value and the step computes in float64.
  Value roundAs(Value result, Value x) {
    auto type = cast<RankedTensorType>(result.getType()).getElementType();
    if (!type.isF32() || !floatType.isF64())
      return x;
    Type f32 = b.getF32Type();
    if (auto vector = dyn_cast<VectorType>(x.getType()))
      f32 = vector.clone(f32);
    return b.create<arith::ExtFOp>(
        loc, x.getType(), b.create<arith::TruncFOp>(loc, f32, x).getResult());
  }
  /// Copies `elements` per sample from one slot to another.
  void copySlot(int64_t from, int64_t to, int64_t elements) {
    Value source = mul(batch, index(from)), target = mul(batch, index(to));
    loop(mul(batch, index(elements)), [&](Value i) {
      Value x = b.create<memref::LoadOp>(loc, storage, add(source, i));
      b.create<memref::StoreOp>(loc, x, storage, add(target, i));
    });
  }

  // Vectors, for the neurons' loops: LLVM's vectoriser does not take a
  // loop that reads and writes slots of the one storage buffer (it cannot
  // tell them apart), so these loops are written in vectors of a 512-bit
  // register's lanes, the last one masked.
  int64_t lanes() const { return floatType.isF32() ? 16 : 8; }
  VectorType vectorOf(Type element) {
    return VectorType::get({lanes()}, element);
  }
  /// Runs `body(j, mask)` for j = 0, lanes, 2 lanes, ... below `n`, `mask`
  /// the lanes of j, j + 1, ... that are below `n`.
  void vectorLoop(int64_t n, llvm::function_ref<void(Value, Value)> body) {
    auto forOp = b.create<scf::ForOp>(loc, index(0), index(n), index(lanes()));
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(forOp.getBody());
    Value j = forOp.getInductionVar();
    Value remaining = b.create<arith::SubIOp>(loc, index(n), j);
    Value mask = b.create<vector::CreateMaskOp>(loc, vectorOf(b.getI1Type()),
                                                ValueRange{remaining});
    body(j, mask);
  }
  Value splat(double value) {
    return b.create<arith::ConstantOp>(
        loc, DenseElementsAttr::get(vectorOf(floatType),
                                    b.getFloatAttr(floatType, value)));
  }
  /// The lanes of `mask` from `memory[at]` on.
  Value loadLanes(Value memory, Value at, Value mask) {
    return b.create<vector::MaskedLoadOp>(loc, vectorOf(floatType), memory,
                                          ValueRange{at}, mask, splat(0.0));
  }
  Value loadVector(Value start, Value j, Value mask) {
    return loadLanes(storage, add(start, j), mask);
  }
  /// `store` for the lanes of `mask`.
  void storeVector(Value result, Value start, Value j, Value mask, Value x) {
    b.create<vector::MaskedStoreOp>(loc, storage, ValueRange{add(start, j)},
                                    mask, roundAs(result, x));
  }
  /// A coefficient's lanes from j on.
  Value coefficientVector(const Coefficients &c, Value j, Value mask) {
    if (c.uniform)
      return b.create<vector::BroadcastOp>(loc, vectorOf(floatType), c.uniform);
    return loadLanes(c.constants, add(c.start, j), mask);
  }

  // Floats.
  Value constant(double value) {
    return b.create<arith::ConstantOp>(loc, b.getFloatAttr(floatType, value));
  }
  Value fadd(Value x, Value y) { return b.create<arith::AddFOp>(loc, x, y); }
  Value fsub(Value x, Value y) { return b.create<arith::SubFOp>(loc, x, y); }
  Value fmul(Value x, Value y) { return b.create<arith::MulFOp>(loc, x, y); }
  Value compare(arith::CmpFPredicate predicate, Value x, Value y) {
    return b.create<arith::CmpFOp>(loc, predicate, x, y);
  }
  Value select(Value condition, Value x, Value y) {
    return b.create<arith::SelectOp>(loc, condition, x, y);
  }
  Coefficients coefficients(ArrayRef<double> values);
  Coefficients coefficients(Operation *op, StringRef name, int64_t size) {
    return coefficients(
        getValuesAsDoubles(op->getAttrOfType<ElementsAttr>(name), size));
  }
  Value global(Type elementType, Attribute values, int64_t size);

  // Ops.
  LogicalResult lower(Operation &op);
  void lowerOp(sim::DenseOp op);
  void lowerOp(sim::DelayOp op);
  void lowerOp(sim::Conv2dOp op);
  void lowerOp(sim::SumPool2dOp op);
  struct Window;
  void addWindowTap(const Window &window, Value in, Value out, Value inChannel,
                    Value outChannel, Value kh, Value kw, Value factor);
  void lowerOp(sim::LeakyStepOp op);
  void lowerOp(sim::CubaStepOp op);
  /// 1 where a neuron `mayCross`, else 0: the mark a neuron's first loop
  /// leaves in its spike slot.
  Value mark(Value mayCross);
  /// Hands the neuron op's elements to the host's crossing search, which
  /// writes all of its results: every element, or `onlyMarked` those whose
  /// `spikes` slot holds a mark.
  void handToHost(Operation *op, Value spikes, bool onlyMarked);
  /// A spiking neuron op's thresholds; none without.
  std::optional<Coefficients> thresholdsOf(const NeuronParams &params);
  void commitStates();
  /// With `time-ops`, tells the host that the op at `opIndex` is done.
  void reportOpDone(int64_t opIndex) {
    if (!timeOps)
      return;
    Value index =
        b.create<arith::ConstantOp>(loc, b.getI64IntegerAttr(opIndex));
    b.create<func::CallOp>(loc, opDoneCallee, ValueRange{context, index});
  }

  sim::ModelOp model;
  OpBuilder b;
  Location loc;
  sim::StorageLayout layout;
  /// The ops the step hands to the host, whose index it passes.
  SmallVector<Operation *> hostOps;
  Type floatType;
  Value storage, constants, batch, context;
  /// What `constants` holds, recorded on the step (kConstantsAttrName).
  std::vector<double> constantPool;
  func::FuncOp hostCallee, opDoneCallee;
  bool timeOps;
  int64_t numGlobals = 0;
};

Value StepLowering::global(Type elementType, Attribute values, int64_t size) {
  auto type = MemRefType::get({size}, elementType);
  std::string name =
      getStepFunctionName(model) + "_constant" + std::to_string(numGlobals++);
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPoint(model);
    b.create<memref::GlobalOp>(loc, name, b.getStringAttr("private"), type,
                               values, /*constant=*/true,
                               /*alignment=*/b.getI64IntegerAttr(64));
  }
  return b.create<memref::GetGlobalOp>(loc, type, name);
}

/// Weights and coefficients go to the constants the host passes in, not
/// into the compiled code: a 4096 x 4096 weight matrix as an LLVM constant
/// took the JIT's linker minutes.
Coefficients StepLowering::coefficients(ArrayRef<double> values) {
  if (llvm::all_equal(values))
    return {constant(values.front()), {}, {}};
  int64_t start = constantPool.size();
  constantPool.insert(constantPool.end(), values.begin(), values.end());
  return {{}, constants, index(start)};
}

std::optional<Coefficients>
StepLowering::thresholdsOf(const NeuronParams &params) {
  if (params.spiking.empty())
    return std::nullopt;
  std::vector<double> thresholds;
  for (const neuron::Spiking &spiking : params.spiking)
    thresholds.push_back(spiking.threshold);
  return coefficients(thresholds);
}

Value StepLowering::mark(Value mayCross) {
  return select(mayCross, splat(1.0), splat(0.0));
}

void StepLowering::handToHost(Operation *op, Value spikes, bool onlyMarked) {
  int64_t opIndex = llvm::find(hostOps, op) - hostOps.begin();
  auto i64 = [&](Value v) {
    return b.create<arith::IndexCastOp>(loc, b.getI64Type(), v).getResult();
  };
  Value opValue =
      b.create<arith::ConstantOp>(loc, b.getI64IntegerAttr(opIndex));
  forEachSample([&](Value sample) {
    Value marks = startOf(spikes, sample);
    loop(numElementsOf(spikes), [&](Value j) {
      auto call = [&] {
        b.create<func::CallOp>(
            loc, hostCallee, ValueRange{context, opValue, i64(j), i64(sample)});
      };
      if (!onlyMarked)
        return call();
      Value marked =
          compare(arith::CmpFPredicate::UNE, load(marks, j), constant(0.0));
      auto branch = b.create<scf::IfOp>(loc, marked, /*withElse=*/false);
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(branch.thenBlock());
      call();
    });
  });
}

/// Adds, in input order, the weight rows (of the transposed matrix) of the
/// non-zero inputs: exactly the interpreter's event-driven sum, and the
/// dense case too, since the rows of the zeros add nothing. Inputs outer,
/// samples inner, so that a weight row is read once for the whole batch.
void StepLowering::lowerOp(sim::DenseOp op) {
  int64_t in = numElementsOf(op.getInput()),
          out = numElementsOf(op.getOutput());
  std::vector<double> weight = getValuesAsDoubles(op.getWeight(), in * out),
                      transposed(weight.size());
  for (int64_t row = 0; row < out; ++row)
    for (int64_t column = 0; column < in; ++column)
      transposed[column * out + row] = weight[row * in + column];
  Coefficients rows = coefficients(transposed);
  std::optional<Coefficients> bias;
  if (op.getBias())
    bias = coefficients(op, "bias", out);
  forEachSample([&](Value sample) {
    Value start = startOf(op.getOutput(), sample);
    loop(out, [&](Value j) {
      store(op.getOutput(), start, j,
            bias ? bias->at(b, loc, j) : constant(0.0));
    });
  });
  loop(in, [&](Value k) {
    Value rowStart = mul(k, index(out));
    forEachSample([&](Value sample) {
      Value x = load(startOf(op.getInput(), sample), k);
      auto active = b.create<scf::IfOp>(
          loc, compare(arith::CmpFPredicate::UNE, x, constant(0.0)));
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(active.thenBlock());
      Value start = startOf(op.getOutput(), sample);
      loop(out, [&](Value j) {
        Value term = fmul(x, rows.at(b, loc, add(rowStart, j)));
        store(op.getOutput(), start, j, fadd(load(start, j), term));
      });
    });
  });
}

void StepLowering::lowerOp(sim::DelayOp op) {
  int64_t n = numElementsOf(op.getInput()),
          lineSize = numElementsOf(op.getBuffer());
  // Where each output element comes from in the line; -1: the input itself.
  SmallVector<int64_t> source;
  for (APInt steps : op.getSteps().getValues<APInt>())
    source.push_back(steps.isZero() ? -1
                                    : (steps.getSExtValue() - 1) * n +
                                          int64_t(source.size()));
  if (int64_t(source.size()) != n)
    source.assign(n, source.front() < 0 ? -1 : source.front());
  Value sources =
      global(b.getI64Type(),
             DenseElementsAttr::get(RankedTensorType::get({n}, b.getI64Type()),
                                    ArrayRef<int64_t>(source)),
             n);
  forEachSample([&](Value sample) {
    Value line = startOf(op.getBuffer(), sample),
          x = startOf(op.getInput(), sample),
          y = startOf(op.getOutput(), sample),
          next = startOf(op.getNextBuffer(), sample);
    loop(n, [&](Value j) {
      Value from = b.create<memref::LoadOp>(loc, sources, j);
      Value fromInput = b.create<arith::CmpIOp>(
          loc, arith::CmpIPredicate::slt, from,
          b.create<arith::ConstantOp>(loc, b.getI64IntegerAttr(0)));
      Value fromLine = b.create<arith::IndexCastOp>(
          loc, b.getIndexType(),
          b.create<arith::SelectOp>(
              loc, fromInput,
              b.create<arith::ConstantOp>(loc, b.getI64IntegerAttr(0)), from));
      store(op.getOutput(), y, j,
            select(fromInput, load(x, j), load(line, fromLine)));
      store(op.getNextBuffer(), next, j, load(x, j));
    });
    loop(lineSize - n, [&](Value j) {
      store(op.getNextBuffer(), next, add(j, index(n)), load(line, j));
    });
  });
}

/// The geometry of a convolution or pooling window over `[C, H, W]`.
struct StepLowering::Window {
  int64_t height, width, outHeight, outWidth, strideH, strideW, padTop, padLeft,
      dilationH = 1, dilationW = 1;

  Window(Value input, Value output, ArrayRef<int64_t> stride,
         ArrayRef<int64_t> padding) {
    auto in = cast<RankedTensorType>(input.getType()).getShape();
    auto out = cast<RankedTensorType>(output.getType()).getShape();
    height = in[1];
    width = in[2];
    outHeight = out[1];
    outWidth = out[2];
    strideH = stride[0];
    strideW = stride[1];
    padTop = padding[0];
    padLeft = padding[1];
  }
};

/// `out[outChannel, oh, ow] += factor × in[inChannel, ih, iw]` (`factor`
/// null: 1) for one tap (kh, kw) of the window, over every output position
/// whose input `(oh sH − pT + kh dH, ow sW − pL + kw dW)` lies inside the
/// image (zero padding adds nothing).
void StepLowering::addWindowTap(const Window &window, Value in, Value out,
                                Value inChannel, Value outChannel, Value kh,
                                Value kw, Value factor) {
  auto inRange = [&](Value i, int64_t size) {
    return b.create<arith::AndIOp>(
        loc,
        b.create<arith::CmpIOp>(loc, arith::CmpIPredicate::sge, i, index(0)),
        b.create<arith::CmpIOp>(loc, arith::CmpIPredicate::slt, i,
                                index(size)));
  };
  loop(window.outHeight, [&](Value oh) {
    Value ih = b.create<arith::SubIOp>(
        loc,
        add(mul(oh, index(window.strideH)), mul(kh, index(window.dilationH))),
        index(window.padTop));
    loop(window.outWidth, [&](Value ow) {
      Value iw = b.create<arith::SubIOp>(
          loc,
          add(mul(ow, index(window.strideW)), mul(kw, index(window.dilationW))),
          index(window.padLeft));
      auto inside = b.create<scf::IfOp>(
          loc, b.create<arith::AndIOp>(loc, inRange(ih, window.height),
                                       inRange(iw, window.width)));
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(inside.thenBlock());
      Value x = load(in, add(mul(add(mul(inChannel, index(window.height)), ih),
                                 index(window.width)),
                             iw));
      Value position =
          add(mul(add(mul(outChannel, index(window.outHeight)), oh),
                  index(window.outWidth)),
              ow);
      Value term = factor ? fmul(factor, x) : x;
      b.create<memref::StoreOp>(loc, fadd(load(out, position), term), storage,
                                add(out, position));
    });
  });
}

/// Tap by tap into the output, then the bias: the interpreter's im2col
/// product sums in another order, so the two agree to rounding.
void StepLowering::lowerOp(sim::Conv2dOp op) {
  Window window(op.getInput(), op.getOutput(), op.getStride(), op.getPadding());
  window.dilationH = op.getDilation()[0];
  window.dilationW = op.getDilation()[1];
  auto weightShape = cast<ShapedType>(op.getWeight().getType()).getShape();
  int64_t outChannels = weightShape[0], groupIn = weightShape[1],
          kernelH = weightShape[2], kernelW = weightShape[3],
          groupOut = outChannels / op.getGroups();
  int64_t positions = window.outHeight * window.outWidth;
  Coefficients weight = coefficients(getValuesAsDoubles(
      op.getWeight(), outChannels * groupIn * kernelH * kernelW));
  std::optional<Coefficients> bias;
  if (op.getBias())
    bias = coefficients(&*op, "bias", outChannels);
  forEachSample([&](Value sample) {
    Value in = startOf(op.getInput(), sample),
          out = startOf(op.getOutput(), sample);
    loop(outChannels * positions,
         [&](Value j) { store(op.getOutput(), out, j, constant(0.0)); });
    loop(outChannels, [&](Value co) {
      Value firstIn = mul(b.create<arith::DivUIOp>(loc, co, index(groupOut)),
                          index(groupIn));
      loop(groupIn, [&](Value ci) {
        loop(kernelH, [&](Value kh) {
          loop(kernelW, [&](Value kw) {
            Value tap = add(
                mul(add(mul(add(mul(co, index(groupIn)), ci), index(kernelH)),
                        kh),
                    index(kernelW)),
                kw);
            addWindowTap(window, in, out, add(firstIn, ci), co, kh, kw,
                         weight.at(b, loc, tap));
          });
        });
      });
      if (!bias)
        return;
      Value b0 = bias->at(b, loc, co);
      loop(positions, [&](Value p) {
        Value j = add(mul(co, index(positions)), p);
        store(op.getOutput(), out, j, fadd(load(out, j), b0));
      });
    });
  });
}

/// The window's sum in the interpreter's order (tap by tap from 0), then
/// times `scale`.
void StepLowering::lowerOp(sim::SumPool2dOp op) {
  Window window(op.getInput(), op.getOutput(), op.getStride(), op.getPadding());
  int64_t channels =
      cast<RankedTensorType>(op.getInput().getType()).getShape()[0];
  int64_t size = numElementsOf(op.getOutput());
  Value scale = constant(op.getScale().convertToDouble());
  forEachSample([&](Value sample) {
    Value in = startOf(op.getInput(), sample),
          out = startOf(op.getOutput(), sample);
    loop(size, [&](Value j) { store(op.getOutput(), out, j, constant(0.0)); });
    loop(channels, [&](Value c) {
      loop(op.getKernelSize()[0], [&](Value kh) {
        loop(op.getKernelSize()[1], [&](Value kw) {
          addWindowTap(window, in, out, c, c, kh, kw, Value());
        });
      });
    });
    loop(size, [&](Value j) {
      store(op.getOutput(), out, j, fmul(scale, load(out, j)));
    });
  });
}

/// The closed-form update of every element in one vector loop, which marks
/// in the spike slot the elements that may cross (their membrane ends or
/// starts above threshold: a leaky membrane is monotonic within a step), as
/// the interpreter decides; then the host's crossing search for the marked
/// ones.
void StepLowering::lowerOp(sim::LeakyStepOp op) {
  int64_t n = numElementsOf(op.getMembrane());
  NeuronParams params = NeuronParams::of(op);
  if (params.adaptive)
    return handToHost(op, op.getSpikes(), /*onlyMarked=*/false);
  std::vector<double> decay, gain, offset;
  for (const neuron::LeakyPropagator &p :
       params.getLeakyPropagators(model.getDt().convertToDouble())) {
    decay.push_back(p.decay);
    gain.push_back(p.gain);
    offset.push_back(p.offset);
  }
  Coefficients decayC = coefficients(decay), gainC = coefficients(gain),
               offsetC = coefficients(offset);
  std::optional<Coefficients> threshold = thresholdsOf(params);
  forEachSample([&](Value sample) {
    Value v0 = startOf(op.getMembrane(), sample),
          x0 = startOf(op.getInput(), sample),
          vNext = startOf(op.getMembraneNext(), sample),
          spikes = startOf(op.getSpikes(), sample);
    vectorLoop(n, [&](Value j, Value lanes) {
      auto at = [&](const Coefficients &c) {
        return coefficientVector(c, j, lanes);
      };
      Value v = loadVector(v0, j, lanes), x = loadVector(x0, j, lanes);
      Value end =
          fadd(fadd(fmul(at(decayC), v), fmul(at(gainC), x)), at(offsetC));
      storeVector(op.getMembraneNext(), vNext, j, lanes, end);
      if (!threshold)
        return storeVector(op.getSpikes(), spikes, j, lanes, splat(0.0));
      // !(end <= threshold && v <= threshold), NaN included. (Ops are
      // created one statement each: the order of a call's arguments is
      // the compiler's.)
      Value theta = at(*threshold);
      Value endAbove = compare(arith::CmpFPredicate::UGT, end, theta);
      Value startAbove = compare(arith::CmpFPredicate::UGT, v, theta);
      Value mayCross = b.create<arith::OrIOp>(loc, endAbove, startAbove);
      storeVector(op.getSpikes(), spikes, j, lanes, mark(mayCross));
    });
  });
  if (threshold)
    handToHost(op, op.getSpikes(), /*onlyMarked=*/true);
}

/// As for the leaky neuron; a Cuba membrane may also rise to a maximum
/// inside the step and fall back, which neuron::cubaMayCross bounds.
void StepLowering::lowerOp(sim::CubaStepOp op) {
  int64_t n = numElementsOf(op.getMembrane());
  NeuronParams params = NeuronParams::of(op);
  if (params.adaptive)
    return handToHost(op, op.getSpikes(), /*onlyMarked=*/false);
  std::vector<double> ii, ix, vv, vi, vx, offset, vLeak, r;
  for (const neuron::CubaPropagator &p :
       params.getCubaPropagators(model.getDt().convertToDouble())) {
    ii.push_back(p.ii);
    ix.push_back(p.ix);
    vv.push_back(p.vv);
    vi.push_back(p.vi);
    vx.push_back(p.vx);
    offset.push_back(p.offset);
  }
  for (const neuron::CubaParams &p : params.cuba) {
    vLeak.push_back(p.vLeak);
    r.push_back(p.r);
  }
  Coefficients iiC = coefficients(ii), ixC = coefficients(ix),
               vvC = coefficients(vv), viC = coefficients(vi),
               vxC = coefficients(vx), offsetC = coefficients(offset),
               vLeakC = coefficients(vLeak), rC = coefficients(r);
  std::optional<Coefficients> threshold = thresholdsOf(params);
  forEachSample([&](Value sample) {
    Value i0 = startOf(op.getCurrent(), sample),
          v0 = startOf(op.getMembrane(), sample),
          x0 = startOf(op.getInput(), sample),
          iNext = startOf(op.getCurrentNext(), sample),
          vNext = startOf(op.getMembraneNext(), sample),
          spikes = startOf(op.getSpikes(), sample);
    vectorLoop(n, [&](Value j, Value lanes) {
      auto at = [&](const Coefficients &c) {
        return coefficientVector(c, j, lanes);
      };
      Value i = loadVector(i0, j, lanes), v = loadVector(v0, j, lanes),
            x = loadVector(x0, j, lanes);
      Value iEnd = fadd(fmul(at(iiC), i), fmul(at(ixC), x));
      Value vEnd =
          fadd(fadd(fadd(fmul(at(vvC), v), fmul(at(viC), i)), fmul(at(vxC), x)),
               at(offsetC));
      storeVector(op.getCurrentNext(), iNext, j, lanes, iEnd);
      storeVector(op.getMembraneNext(), vNext, j, lanes, vEnd);
      if (!threshold)
        return storeVector(op.getSpikes(), spikes, j, lanes, splat(0.0));
      // neuron::cubaMayCross, operation by operation: the drive v_leak + r i
      // bounds the membrane by where it would end driven by its larger end.
      Value theta = at(*threshold), vL = at(vLeakC), rj = at(rC),
            decay = at(vvC);
      Value driveStart = fadd(vL, fmul(rj, i)),
            driveEnd = fadd(vL, fmul(rj, iEnd));
      Value drive =
          select(compare(arith::CmpFPredicate::OLT, driveStart, driveEnd),
                 driveEnd, driveStart);
      Value bound = fadd(drive, fmul(fsub(v, drive), decay));
      Value risingAtStart = compare(arith::CmpFPredicate::OGT, driveStart, v);
      Value boundAbove = compare(arith::CmpFPredicate::OGT, bound, theta);
      Value rising = b.create<arith::AndIOp>(loc, risingAtStart, boundAbove);
      Value startAbove = compare(arith::CmpFPredicate::OGT, v, theta);
      Value endAbove = compare(arith::CmpFPredicate::OGT, vEnd, theta);
      Value mayCross = b.create<arith::OrIOp>(
          loc, b.create<arith::OrIOp>(loc, startAbove, endAbove), rising);
      storeVector(op.getSpikes(), spikes, j, lanes, mark(mayCross));
    });
  });
  if (threshold)
    handToHost(op, op.getSpikes(), /*onlyMarked=*/true);
}

LogicalResult StepLowering::lower(Operation &op) {
  auto elementwise = [&](Value result,
                         llvm::function_ref<Value(Value j, Value sample)> f) {
    int64_t n = numElementsOf(result);
    forEachSample([&](Value sample) {
      Value start = startOf(result, sample);
      loop(n, [&](Value j) { store(result, start, j, f(j, sample)); });
    });
  };
  auto read = [&](Value value, Value j, Value sample) {
    return load(startOf(value, sample), j);
  };
  return llvm::TypeSwitch<Operation *, LogicalResult>(&op)
      .Case<sim::OutputOp, sim::ProbeOp>([&](Operation *recorder) {
        Value input = recorder->getOperand(0);
        copySlot(layout.offsetOf.lookup(input),
                 layout.copySlotOf.lookup(recorder), numElementsOf(input));
        return success();
      })
      .Case([&](sim::AddOp add) {
        elementwise(add.getOutput(), [&](Value j, Value sample) {
          Value sum = read(add.getInputs().front(), j, sample);
          for (Value input : add.getInputs().drop_front())
            sum = fadd(sum, read(input, j, sample));
          return sum;
        });
        return success();
      })
      .Case([&](sim::CastOp cast) {
        elementwise(cast.getOutput(), [&](Value j, Value sample) {
          return read(cast.getInput(), j, sample);
        });
        return success();
      })
      .Case([&](sim::LincombOp lincomb) {
        int64_t n = numElementsOf(lincomb.getOutput());
        SmallVector<Coefficients> factors;
        for (Attribute attr : lincomb.getCoefficients())
          factors.push_back(
              coefficients(getValuesAsDoubles(cast<ElementsAttr>(attr), n)));
        std::optional<Coefficients> offset;
        if (auto offsetAttr = lincomb.getOffsetAttr())
          offset = coefficients(getValuesAsDoubles(offsetAttr, n));
        elementwise(lincomb.getOutput(), [&](Value j, Value sample) {
          Value sum;
          for (auto [input, factor] :
               llvm::zip_equal(lincomb.getInputs(), factors)) {
            Value term = fmul(read(input, j, sample), factor.at(b, loc, j));
            sum = sum ? fadd(sum, term) : term;
          }
          return offset ? fadd(sum, offset->at(b, loc, j)) : sum;
        });
        return success();
      })
      .Case([&](sim::FireOp fire) {
        int64_t n = numElementsOf(fire.getMembrane());
        Coefficients threshold = coefficients(&op, "threshold", n),
                     resetValue = coefficients(&op, "reset_value", n);
        bool subtract = fire.getReset() == sim::ResetMode::Subtract;
        forEachSample([&](Value sample) {
          Value v0 = startOf(fire.getMembrane(), sample),
                z0 = startOf(fire.getSpikes(), sample),
                after0 = startOf(fire.getMembraneAfter(), sample);
          loop(n, [&](Value j) {
            Value v = load(v0, j), theta = threshold.at(b, loc, j);
            Value fired = compare(arith::CmpFPredicate::OGT, v, theta);
            store(fire.getSpikes(), z0, j,
                  select(fired, constant(1.0), constant(0.0)));
            Value reset = subtract ? fsub(v, theta) : resetValue.at(b, loc, j);
            store(fire.getMembraneAfter(), after0, j, select(fired, reset, v));
          });
        });
        return success();
      })
      .Case([&](sim::HeavisideOp heaviside) {
        Coefficients threshold = coefficients(
            &op, "threshold", numElementsOf(heaviside.getOutput()));
        elementwise(heaviside.getOutput(), [&](Value j, Value sample) {
          Value above = compare(arith::CmpFPredicate::OGT,
                                read(heaviside.getInput(), j, sample),
                                threshold.at(b, loc, j));
          return select(above, constant(1.0), constant(0.0));
        });
        return success();
      })
      .Case<sim::DenseOp, sim::DelayOp, sim::Conv2dOp, sim::SumPool2dOp,
            sim::LeakyStepOp, sim::CubaStepOp>([&](auto lowered) {
        lowerOp(lowered);
        return success();
      })
      .Default([&](Operation *other) {
        return other->emitOpError(whyCannotLower(other));
      });
}

/// Every state takes its next value, a state fed by another state through
/// its staging slot, filled first, so that it reads the old value.
void StepLowering::commitStates() {
  auto nexts = model.getBody().front().getOps<sim::NextOp>();
  for (sim::NextOp next : nexts)
    if (auto staging = layout.copySlotOf.find(next);
        staging != layout.copySlotOf.end())
      copySlot(layout.offsetOf.lookup(next.getValue()), staging->second,
               numElementsOf(next.getValue()));
  for (sim::NextOp next : nexts) {
    auto staging = layout.copySlotOf.find(next);
    int64_t from = staging != layout.copySlotOf.end()
                       ? staging->second
                       : layout.offsetOf.lookup(next.getValue());
    copySlot(from, layout.offsetOf.lookup(next.getState()),
             numElementsOf(next.getValue()));
  }
}

LogicalResult StepLowering::lower() {
  if (!model.getScheduled())
    return model.emitOpError("must be scheduled (run 'sim-schedule') before "
                             "it is lowered");
  if (!model.getStorageSize())
    return model.emitOpError("must have its storage allocated (run "
                             "'sim-allocate-storage') before it is lowered");
  for (Operation &op : model.getBody().front())
    if (std::string why = whyCannotLower(&op); !why.empty())
      return op.emitOpError(why);
  layout = sim::StorageLayout::of(model);
  hostOps = getHostNeuronOps(model);

  auto module = model->getParentOfType<ModuleOp>();
  auto contextType = LLVM::LLVMPointerType::get(b.getContext());
  // The host's functions, declared once per module.
  auto declareHost = [&](StringRef name, ArrayRef<Type> arguments) {
    auto callee = module.lookupSymbol<func::FuncOp>(name);
    if (!callee) {
      callee =
          b.create<func::FuncOp>(loc, name, b.getFunctionType(arguments, {}));
      callee.setPrivate();
    }
    return callee;
  };
  Type i64 = b.getI64Type();
  if (!hostOps.empty())
    hostCallee = declareHost(kNeuronStepCallback, {contextType, i64, i64, i64});
  if (timeOps)
    opDoneCallee = declareHost(kOpDoneCallback, {contextType, i64});
  auto bufferType = MemRefType::get({ShapedType::kDynamic}, floatType);
  auto step = b.create<func::FuncOp>(
      loc, getStepFunctionName(model),
      b.getFunctionType({bufferType, bufferType, b.getIndexType(), contextType},
                        {}));
  step->setAttr("llvm.emit_c_interface", b.getUnitAttr());
  step->setAttr(kElementsPerSampleAttrName,
                b.getI64IntegerAttr(layout.elementsPerSample));
  Block *entry = step.addEntryBlock();
  storage = entry->getArgument(0);
  constants = entry->getArgument(1);
  batch = entry->getArgument(2);
  context = entry->getArgument(3);
  b.setInsertionPointToStart(entry);
  int64_t opIndex = 0;
  for (Operation &op : model.getBody().front()) {
    if (!runsNoCode(&op)) {
      if (failed(lower(op)))
        return failure();
      reportOpDone(opIndex);
    }
    ++opIndex;
  }
  commitStates();
  reportOpDone(opIndex);
  b.create<func::ReturnOp>(loc);
  auto poolType =
      RankedTensorType::get({int64_t(constantPool.size())}, floatType);
  DenseElementsAttr pool;
  if (floatType.isF32()) {
    std::vector<float> rounded(constantPool.begin(), constantPool.end());
    pool = DenseElementsAttr::get(poolType, llvm::ArrayRef(rounded));
  } else {
    pool = DenseElementsAttr::get(poolType, llvm::ArrayRef(constantPool));
  }
  step->setAttr(kConstantsAttrName, pool);
  model.erase();
  return success();
}

struct ConvertSimToStandardPass
    : nirc::impl::ConvertSimToStandardBase<ConvertSimToStandardPass> {
  using Base::Base;
  void runOnOperation() override {
    for (auto model :
         llvm::make_early_inc_range(getOperation().getOps<sim::ModelOp>()))
      if (failed(StepLowering(model, precision, timeOps).lower()))
        return signalPassFailure();
  }
};

} // namespace
