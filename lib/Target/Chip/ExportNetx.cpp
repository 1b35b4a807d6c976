//===- ExportNetx.cpp - a mapped Loihi 2 device as a lava-dl netx network -===//
//
// Writes the HDF5 layout that lava-dl's slayer exporters write
// (slayer/block/base.py `export_hdf5`, slayer/neuron/cuba.py
// `device_params`) and `lava.lib.dl.netx.hdf5.Network` loads:
//
//   /layer/0   type = "input" (S10, shape (1,)), shape = NIR shape (int64);
//              no `neuron`, so netx only records the input shape and the
//              first Dense/Conv block takes the host's spikes itself.
//   /layer/i   type = "dense": shape [N], inFeatures, outFeatures (int64
//              scalars), weight (N_out, N_in) float32 (netx casts to int),
//              bias (float32, optional);
//              type = "conv": shape [C, H, W], inChannels, outChannels,
//              kernelSize, stride, padding, dilation ([h, w] int64), groups
//              (int64 scalar), weight (C_out, C_in, kH, kW) float32, bias;
//              type = "flatten": shape [C*H*W, 1, 1], between a conv layer
//              and a dense one (netx transposes WHC back to CHW there).
//   /layer/i/neuron  type = "CUBA" (variable-length string), iDecay = du + 1,
//              vDecay = dv, vThMant = vth, refDelay = 1 (int64 scalars),
//              gradedSpike = False (h5py's enum bool).
//
// netx fixes the fixed-point units: it re-derives a Dense layer's
// num_weight_bits and weight_exp from the weights it reads (netx/utils.py
// `optimize_weight_bits`), after which a weight W adds exactly W to a_in,
// so W must be whole and within its 8-bit range; the bias is bias_mant at
// bias_exp 6, whole a_in units again. The chip's registers may hold finer
// or coarser steps (a weight adds k·2^(8 − num_weight_bits + weight_exp +
// isMixed) to a_in, the bias is bias_mant << bias_exp LSBs of v), so each
// layer is written at a power-of-two scale 2^m of the chip's units
// (weights, vth and bias all times 2^m, every ratio the chip's): the m
// nearest 0 at which the weights and vth are whole and netx loads the
// weights back exactly, for every set of spikes (checked by replaying
// optimize_weight_bits and Lava's Dense clip, truncation and floored
// shift). At m = 0 the layer is the chip's registers bit for bit. A bias
// that is not whole at that scale is rounded, with a warning; netx has no
// initial membrane (Lava starts at 0), also a warning. Each layer group
// carries attributes netx ignores: the NIR names and `w_scale`, the a_in
// units per NIR membrane unit (a readout's membrane is v / (64 w_scale)).
//
// netx holds a feed-forward chain of layers (lava-dl's NIR importer:
// "branching networks are not supported"); anything else is an error. The
// file is built in memory and streamed out whole, so a failed export writes
// nothing.
//
//===----------------------------------------------------------------------===//

#include "nirc/Dialect/Chip/ChipPasses.h"
#include "nirc/Dialect/Chip/Quantization.h"
#include "nirc/Support/TranslateFromText.h"
#include "nirc/Target/Chip/ChipExport.h"

#include "../NIR/HDF5Utils.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/bit.h"

#include <hdf5.h>

#include <cmath>
#include <cstdio>
#include <limits>
#include <vector>

using namespace mlir;
using namespace nirc;
using namespace nirc::chip;

namespace {
/// Lava's LIF: vth is unsigned 17 bits; netx passes the bias as bias_mant
/// (signed 13 bits) at bias_exp 6, i.e. in a_in units.
constexpr int64_t kVthMax = (1 << 17) - 1;
constexpr int64_t kBiasMin = -4096, kBiasMax = 4095;
constexpr int kNetxBiasExp = 6;
/// Lava's LIF compares v with vth << 6.
constexpr double kActUnit = 64;
/// How far from the chip's own units a layer may be rescaled.
constexpr int kMaxShift = 24;

/// One group under /layer.
struct NetxLayer {
  enum class Kind { Input, Flatten, Dense, Conv } kind = Kind::Input;
  std::string name, synapses;
  SmallVector<int64_t> shape;
  // Dense and Conv.
  SmallVector<int64_t> weightShape, weights;
  SmallVector<int64_t> stride, padding;
  int64_t iDecay = 0, vDecay = 0, vThMant = 0;
  /// Empty when every bias is 0; else per neuron (dense), per channel or
  /// (W, H, C) (conv), as netx broadcasts it.
  SmallVector<int64_t> bias, biasShape;
  double wScale = 0;
};
} // namespace

static InFlightDiagnostic emitNetxError(Operation *op) {
  return op->emitError() << "cannot export to netx: ";
}

static constexpr const char *kChainsOnly =
    "netx holds feed-forward chains only, each layer fed by the one before "
    "(lava-dl: \"branching networks are not supported\")";

/// "2 synapse blocks ("w_in" from "input", "w_rec" from "hidden")".
static std::string listBlocks(ArrayRef<SynapsesOp> blocks, bool sources) {
  std::string text = std::to_string(blocks.size()) + " synapse block" +
                     (blocks.size() == 1 ? "" : "s") + " (";
  for (auto [i, constBlock] : llvm::enumerate(blocks)) {
    SynapsesOp block = constBlock;
    text += i ? ", \"" : "\"";
    text += block.getName().str();
    text += sources ? "\" from \"" : "\" into \"";
    text += getGroupName(sources ? block.getSource() : block.getTarget());
    text += "\"";
  }
  return text + ")";
}

/// The synapse blocks reading `group`, in op order.
static SmallVector<SynapsesOp> getReaders(Value group) {
  SmallVector<SynapsesOp> readers;
  for (Operation *user : group.getUsers())
    if (auto synapses = dyn_cast<SynapsesOp>(user);
        synapses && synapses.getSource() == group &&
        !llvm::is_contained(readers, synapses))
      readers.push_back(synapses);
  llvm::sort(readers,
             [](SynapsesOp a, SynapsesOp b) { return a->isBeforeInBlock(b); });
  return readers;
}

/// The input, then each population in chain order with the block feeding
/// it; an error unless the device is a feed-forward chain.
static FailureOr<std::pair<InputOp, SmallVector<SynapsesOp>>>
getChain(DeviceOp device) {
  Block &body = device.getBody().front();
  auto inputs = llvm::to_vector(body.getOps<InputOp>());
  if (inputs.size() != 1) {
    auto diag = emitNetxError(device)
                << "the network has " << inputs.size() << " inputs";
    for (auto [i, input] : llvm::enumerate(inputs))
      diag << (i ? ", \"" : " (\"") << input.getName() << "\"";
    diag << (inputs.empty() ? "" : ")") << ", but " << kChainsOnly;
    return diag;
  }
  for (auto population : body.getOps<PopulationOp>()) {
    SmallVector<SynapsesOp, 4> incoming = population.getIncomingSynapses();
    llvm::sort(incoming, [](SynapsesOp a, SynapsesOp b) {
      return a->isBeforeInBlock(b);
    });
    if (incoming.size() != 1)
      return emitNetxError(population)
             << describeNode(population) << " is fed by "
             << (incoming.empty() ? "no synapse block"
                                  : listBlocks(incoming, /*sources=*/true))
             << ", but " << kChainsOnly;
  }

  SmallVector<SynapsesOp> chain;
  llvm::SmallPtrSet<Operation *, 8> visited;
  Value group = inputs.front().getChannels();
  for (;;) {
    SmallVector<SynapsesOp> readers = getReaders(group);
    if (readers.empty())
      break;
    if (readers.size() > 1) {
      auto diag = emitNetxError(group.getDefiningOp());
      if (auto population = group.getDefiningOp<PopulationOp>())
        diag << describeNode(population);
      else
        diag << "input \"" << inputs.front().getName() << "\"";
      return diag << " feeds " << listBlocks(readers, /*sources=*/false)
                  << ", but " << kChainsOnly;
    }
    PopulationOp next = readers.front().getTargetPopulation();
    if (!visited.insert(next).second)
      return emitNetxError(next)
             << describeNode(next) << " feeds back into itself through \""
             << readers.front().getName() << "\", but " << kChainsOnly;
    chain.push_back(readers.front());
    group = next.getNeurons();
  }
  for (auto population : body.getOps<PopulationOp>())
    if (!visited.contains(population))
      return emitNetxError(population)
             << describeNode(population) << " is not on the chain from input \""
             << inputs.front().getName() << "\", but " << kChainsOnly;
  if (chain.empty())
    return emitNetxError(inputs.front())
           << "input \"" << inputs.front().getName()
           << "\" feeds no synapse block; netx needs at least one layer";
  PopulationOp last = chain.back().getTargetPopulation();
  for (auto output : body.getOps<OutputOp>())
    if (output.getSource() != last.getNeurons())
      return emitNetxError(output)
             << "output \"" << output.getName() << "\" reads \""
             << getGroupName(output.getSource())
             << "\", but netx reads a network out at its last layer (\""
             << last.getName() << "\") only; " << kChainsOnly;
  return std::make_pair(inputs.front(), std::move(chain));
}

//===----------------------------------------------------------------------===//
// What netx does with the weights it reads
//===----------------------------------------------------------------------===//

static constexpr const char *kNetxWeightRange =
    " (netx holds whole weights in [-256, 254], or [0, 255] and [-255, 0] "
    "when all share a sign)";

/// numpy's left_shift and right_shift on int32: a count outside [0, 32)
/// gives 0 (or -1 for a negative value shifted right).
static int64_t npLeftShift(int64_t value, int64_t count) {
  if (count < 0 || count >= 32)
    return 0;
  return int32_t(uint32_t(value) << count);
}
static int64_t npRightShift(int64_t value, int64_t count) {
  if (count < 0 || count >= 32)
    return value < 0 ? -1 : 0;
  return int32_t(value) >> count;
}

/// Replays netx/utils.py `optimize_weight_bits` on the weights a file
/// holds, then Lava's Dense (lava/proc/dense/models.py, bit-accurate):
/// the sign mode from the weights (netx passes none), `clip_weights` to 8
/// bits, `truncate_weights` to num_weight_bits, and the sum shifted by
/// weight_exp. Returns an empty string when the weights of each row (of
/// `rowLength`: the inputs of one neuron, or one output channel's kernel)
/// then add exactly their file values to a_in, for every set of spikes,
/// else why not.
static std::string checkNetxLoads(ArrayRef<int64_t> w, size_t rowLength) {
  int64_t maxW = *llvm::max_element(w), minW = *llvm::min_element(w);
  if (maxW == 0 && minW == 0)
    return "every weight is 0, and netx's optimize_weight_bits cannot load "
           "an all-zero matrix (it takes log2 of an infinite scale)";
  // optimize_weight_bits.
  bool isSigned = false;
  double scale;
  if (maxW < 0) {
    scale = -256.0 / double(minW);
  } else if (minW >= 0) {
    scale = 255.0 / double(maxW);
  } else {
    isSigned = true;
    double positive = maxW > 0 ? 127.0 / double(maxW)
                               : std::numeric_limits<double>::infinity();
    scale = std::min(positive, -128.0 / double(minW));
  }
  int64_t scaleBits = int64_t(std::floor(std::log2(scale))) + isSigned;
  int64_t n = 8;
  while (n > 0 &&
         !llvm::all_of(w, [&](int64_t v) { return v % (1 << n) == 0; }))
    --n;
  n -= isSigned;
  int64_t numWeightBits = 8 - scaleBits - n;
  int64_t weightExp = -scaleBits;
  // Lava's Dense: determine_sign_mode, clip_weights(num_bits=8) and
  // truncate_weights(num_weight_bits) on the shifted weights.
  SmallVector<int64_t> loaded;
  for (int64_t v : w)
    loaded.push_back(npLeftShift(v, scaleBits));
  int64_t loMax = *llvm::max_element(loaded),
          loMin = *llvm::min_element(loaded);
  bool excitatory = loMin >= 0, inhibitory = !excitatory && loMax <= 0;
  bool mixed = !excitatory && !inhibitory;
  int64_t truncate = 8 - numWeightBits + mixed;
  for (int64_t &v : loaded) {
    if (inhibitory)
      v = -v;
    v = std::clamp<int64_t>(v, mixed ? -256 : 0, 255);
    v = npLeftShift(npRightShift(v, truncate), truncate);
    if (inhibitory)
      v = -v;
  }
  // Lava adds the loaded weights of the spikes into a neuron and shifts
  // the sum by weight_exp, flooring. The file's sum comes out for every
  // set of spikes when, in each row, no loaded weight falls below its file
  // weight times 2^-weight_exp and the excesses add up to less than one
  // step of the shift (always the case when every weight loads exactly).
  auto describeLoad = [&](int64_t file, int64_t load) {
    return "netx's optimize_weight_bits and Lava's Dense load the weight " +
           std::to_string(file) + " as " +
           formatNumber(std::ldexp(double(load), int(weightExp))) +
           kNetxWeightRange;
  };
  for (size_t row = 0; row < w.size(); row += rowLength) {
    int64_t excess = 0, fileSum = 0, loadSum = 0;
    for (size_t i = row; i < row + rowLength; ++i) {
      fileSum += w[i];
      loadSum += loaded[i];
      if (weightExp > 0) {
        if (npLeftShift(loaded[i], weightExp) != w[i])
          return describeLoad(w[i], loaded[i]);
        continue;
      }
      int64_t delta = loaded[i] - w[i] * (int64_t(1) << -weightExp);
      if (delta < 0)
        return describeLoad(w[i], loaded[i]);
      excess += delta;
    }
    if (weightExp <= 0 && excess >= (int64_t(1) << -weightExp))
      return "netx's optimize_weight_bits and Lava's Dense load the weights "
             "into neuron " +
             std::to_string(row / rowLength) + " so that together they add " +
             std::to_string(npRightShift(loadSum, -weightExp)) + ", not " +
             std::to_string(fileSum) + kNetxWeightRange;
  }
  return "";
}

//===----------------------------------------------------------------------===//
// Registers to netx fields
//===----------------------------------------------------------------------===//

/// Register `name` of `registers`, one value per neuron (broadcast).
static FailureOr<SmallVector<int64_t>> getIntRegister(Operation *op,
                                                      DictionaryAttr registers,
                                                      StringRef name,
                                                      int64_t size) {
  auto values =
      registers ? registers.getAs<DenseIntElementsAttr>(name) : nullptr;
  if (!values)
    return emitNetxError(op)
           << "register '" << name << "' is missing; run chip-quantize first";
  SmallVector<int64_t> result;
  for (const APInt &v : values.getValues<APInt>())
    result.push_back(v.getSExtValue());
  if (result.size() == 1)
    result.assign(size, result.front());
  if (int64_t(result.size()) != size)
    return emitNetxError(op)
           << "register '" << name << "' has " << result.size()
           << " values for " << size << " neurons";
  return result;
}

/// A register netx's CUBA neuron holds once per layer.
static FailureOr<int64_t> getSharedRegister(PopulationOp population,
                                            StringRef name) {
  DictionaryAttr registers = population.getRegistersAttr();
  auto values =
      registers ? registers.getAs<DenseIntElementsAttr>(name) : nullptr;
  if (!values || values.getNumElements() == 0)
    return emitNetxError(population)
           << "register '" << name << "' is missing; run chip-quantize first";
  if (!llvm::all_equal(values.getValues<APInt>()))
    return emitNetxError(population)
           << describeNode(population) << ": netx's CUBA neuron holds one '"
           << name << "' per layer";
  return (*values.getValues<APInt>().begin()).getSExtValue();
}

static int64_t countTrailingZeros(int64_t value) {
  return value == 0 ? std::numeric_limits<int64_t>::max() / 4
                    : llvm::countr_zero(uint64_t(value));
}

/// The bias of one layer at scale 2^shift, in a_in units, and the worst
/// rounding when a value is not whole (the chip's bias_mant << bias_exp,
/// relative).
struct ScaledBias {
  SmallVector<int64_t> values;
  bool rounded = false;
  double worst = 0;
  int64_t worstChip = 0, worstValue = 0;
};
static ScaledBias scaleBias(ArrayRef<int64_t> mant, ArrayRef<int64_t> exp,
                            int64_t shift) {
  ScaledBias result;
  for (auto [m, e] : llvm::zip_equal(mant, exp)) {
    double exact = std::ldexp(double(m), int(e - kNetxBiasExp + shift));
    int64_t value = roundToInteger(exact, Rounding::HalfEven);
    if (double(value) != exact) {
      result.rounded = true;
      double relative = std::abs(double(value) - exact) / std::abs(exact);
      if (relative > result.worst) {
        result.worst = relative;
        result.worstChip = m * (int64_t(1) << e);
        result.worstValue = value;
      }
    }
    result.values.push_back(value);
  }
  return result;
}

/// Fills the neuron and weight fields of `layer` from `population` and the
/// block feeding it.
static LogicalResult describeLayer(PopulationOp population, SynapsesOp synapses,
                                   NetxLayer &layer) {
  int64_t size = population.getNeurons().getType().getSize();
  bool spiking = isSpikingModel(population.getModel());
  DictionaryAttr registers = population.getRegistersAttr();
  FailureOr<int64_t> du = getSharedRegister(population, "du"),
                     dv = getSharedRegister(population, "dv"),
                     vth = getSharedRegister(population, "vth");
  if (failed(du) || failed(dv) || failed(vth))
    return failure();
  auto biasMant = getIntRegister(population, registers, "bias_mant", size);
  auto biasExp = getIntRegister(population, registers, "bias_exp", size);
  if (failed(biasMant) || failed(biasExp))
    return failure();
  // Lava's LIF starts at v = 0; netx has no field for another start.
  if (registers && registers.get("v")) {
    auto initial = getIntRegister(population, registers, "v", size);
    if (failed(initial))
      return failure();
    if (llvm::any_of(*initial, [](int64_t v) { return v != 0; }))
      population.emitWarning()
          << describeNode(population)
          << ": netx has no initial membrane; Lava starts the layer at v = 0, "
             "not at register 'v' = "
          << *llvm::max_element(*initial, [](int64_t a, int64_t b) {
               return std::abs(a) < std::abs(b);
             });
  }
  auto populationScale =
      registers ? registers.getAs<FloatAttr>("w_scale") : FloatAttr();

  // The block's weights: k·2^(8 − num_weight_bits + weight_exp + isMixed).
  DictionaryAttr synapseRegisters = synapses.getRegistersAttr();
  auto weightExp = synapseRegisters
                       ? synapseRegisters.getAs<IntegerAttr>("weight_exp")
                       : IntegerAttr();
  auto numWeightBits =
      synapseRegisters ? synapseRegisters.getAs<IntegerAttr>("num_weight_bits")
                       : IntegerAttr();
  auto signMode = synapseRegisters
                      ? synapseRegisters.getAs<StringAttr>("sign_mode")
                      : StringAttr();
  if (!weightExp || !numWeightBits || !signMode || !synapses.getQweight())
    return emitNetxError(synapses)
           << describeNode(synapses)
           << " has no weight_exp, num_weight_bits, sign_mode or qweight; run "
              "chip-quantize first";
  SmallVector<int64_t> mantissas;
  for (const APInt &k : synapses.getQweight()->getValues<APInt>())
    mantissas.push_back(k.getSExtValue());
  int64_t exponent = 8 - numWeightBits.getInt() + weightExp.getInt() +
                     (signMode.getValue() == "MIXED");

  // The shifts at which the weights and vth are whole, nearest 0 first.
  int64_t lowest = -kMaxShift;
  for (int64_t k : mantissas)
    if (k != 0)
      lowest = std::max(lowest, -exponent - countTrailingZeros(k));
  if (spiking && *vth != 0)
    lowest = std::max(lowest, -countTrailingZeros(*vth));
  SmallVector<int64_t> shifts;
  if (lowest > 0)
    shifts.push_back(lowest);
  else
    for (int64_t m = 0; m >= lowest; --m)
      shifts.push_back(m);

  // Why the preferred shift failed, and on which op.
  std::string firstReason;
  Operation *firstOp = nullptr;
  for (int64_t shift : shifts) {
    auto fail = [&](Operation *op, const std::string &why) {
      if (firstOp)
        return;
      firstOp = op;
      firstReason = (op == synapses.getOperation() ? describeNode(synapses)
                                                   : describeNode(population)) +
                    ": " + why;
    };
    SmallVector<int64_t> weights;
    // Whole at every shift tried: k·2^(exponent + shift).
    int64_t to = exponent + shift;
    for (int64_t k : mantissas)
      weights.push_back(to >= 0 ? k * (int64_t(1) << to)
                                : k / (int64_t(1) << -to));
    std::string loads = checkNetxLoads(
        weights, weights.size() / synapses.getWeight().getType().getShape()[0]);
    if (!loads.empty()) {
      fail(synapses, loads);
      continue;
    }
    int64_t vThMant = *vth;
    if (spiking) {
      vThMant = shift >= 0 ? *vth * (int64_t(1) << shift)
                           : *vth / (int64_t(1) << -shift);
      if (vThMant > kVthMax) {
        fail(population, "vThMant = " + std::to_string(vThMant) +
                             " exceeds Lava's 17-bit vth (" +
                             std::to_string(kVthMax) + ")");
        continue;
      }
    }
    ScaledBias bias = scaleBias(*biasMant, *biasExp, shift);
    if (llvm::any_of(bias.values,
                     [](int64_t b) { return b < kBiasMin || b > kBiasMax; })) {
      fail(population,
           "a bias of " +
               std::to_string(*llvm::max_element(bias.values,
                                                 [](int64_t a, int64_t b) {
                                                   return std::abs(a) <
                                                          std::abs(b);
                                                 })) +
               " a_in units exceeds Lava's 13-bit bias_mant at "
               "bias_exp 6");
      continue;
    }
    // A readout never fires: its membrane must stay below vth, which a
    // scale above the chip's could break. |v| <= (max|u| + |bias|) / (1 −
    // α_mem), max|u| = (Σ|w|) / (1 − α_syn), in a_in units.
    if (!spiking && shift > 0) {
      int64_t rows = synapses.getWeight().getType().getShape()[0];
      int64_t perRow = weights.size() / rows;
      double bound = 0;
      for (int64_t i = 0; i < size; ++i) {
        int64_t row = i * rows / size;
        double drive = 0;
        for (int64_t j = 0; j < perRow; ++j)
          drive += std::abs(double(weights[row * perRow + j]));
        double u = drive * 4096 / double(*du + 1);
        double v = (u + std::abs(double(bias.values[i]))) * 4096 /
                   std::max<double>(double(*dv), 1);
        bound = std::max(bound, v);
      }
      if (bound > double(vThMant)) {
        fail(population, "the readout's membrane could reach " +
                             formatNumber(bound) +
                             " a_in units at the scale netx needs, above "
                             "vth = " +
                             std::to_string(vThMant));
        continue;
      }
    }

    if (bias.rounded)
      population.emitWarning()
          << describeNode(population)
          << ": netx holds the bias in whole a_in units (bias_mant at "
             "bias_exp 6), "
          << formatNumber(std::ldexp(kActUnit, -shift))
          << " LSBs of the chip's v at this layer's scale, so a bias of "
          << bias.worstChip << " LSBs becomes " << bias.worstValue << " units, "
          << formatNumber(100 * bias.worst, 3) << "% off";
    layer.weights = std::move(weights);
    layer.iDecay = *du + 1;
    layer.vDecay = *dv;
    layer.vThMant = vThMant;
    layer.wScale = populationScale
                       ? std::ldexp(populationScale.getValueAsDouble(), shift)
                       : 0;
    if (llvm::any_of(bias.values, [](int64_t b) { return b != 0; }))
      layer.bias = std::move(bias.values);
    return success();
  }
  return emitNetxError(firstOp) << firstReason;
}

/// The netx layers of the chain.
static FailureOr<std::vector<NetxLayer>> describeNetwork(DeviceOp device) {
  auto chain = getChain(device);
  if (failed(chain))
    return failure();
  auto &[input, blocks] = *chain;
  std::vector<NetxLayer> layers;
  NetxLayer &first = layers.emplace_back();
  first.kind = NetxLayer::Kind::Input;
  first.name = input.getName().str();
  first.shape = llvm::to_vector(input.getShape());

  // Whether the last Lava layer is a conv layer, whose WHC output a dense
  // layer reads through netx's flatten.
  bool afterConv = false, afterDense = false;
  std::string previous;
  for (SynapsesOp synapses : blocks) {
    PopulationOp population = synapses.getTargetPopulation();
    NetxLayer layer;
    layer.name = population.getName().str();
    layer.synapses = synapses.getName().str();
    layer.weightShape =
        llvm::to_vector(synapses.getWeight().getType().getShape());
    if (synapses.getKind() == SynapseKind::Conv2d) {
      if (afterDense)
        return emitNetxError(synapses)
               << describeNode(synapses) << ": netx's dense layer \""
               << previous
               << "\" is flat, and netx cannot feed a conv layer from it";
      layer.kind = NetxLayer::Kind::Conv;
      layer.shape = llvm::to_vector(population.getShape());
      layer.stride = llvm::to_vector(*synapses.getStride());
      layer.padding = llvm::to_vector(*synapses.getPadding());
    } else {
      layer.kind = NetxLayer::Kind::Dense;
      layer.shape = {population.getNeurons().getType().getSize()};
      if (afterConv) {
        NetxLayer &flatten = layers.emplace_back();
        flatten.kind = NetxLayer::Kind::Flatten;
        flatten.shape = {int64_t(layer.weightShape[1]), 1, 1};
      }
    }
    if (failed(describeLayer(population, synapses, layer)))
      return failure();
    // A conv bias netx takes per channel, or per neuron in (W, H, C).
    if (layer.kind == NetxLayer::Kind::Conv && !layer.bias.empty()) {
      int64_t c = layer.shape[0], h = layer.shape[1], w = layer.shape[2];
      bool perChannel = true;
      for (int64_t i = 0; i < c * h * w; ++i)
        perChannel &= layer.bias[i] == layer.bias[i / (h * w) * h * w];
      SmallVector<int64_t> bias;
      if (perChannel) {
        for (int64_t ch = 0; ch < c; ++ch)
          bias.push_back(layer.bias[ch * h * w]);
        layer.biasShape = {c};
      } else {
        for (int64_t x = 0; x < w; ++x)
          for (int64_t y = 0; y < h; ++y)
            for (int64_t ch = 0; ch < c; ++ch)
              bias.push_back(layer.bias[(ch * h + y) * w + x]);
        layer.biasShape = {w, h, c};
      }
      layer.bias = std::move(bias);
    } else if (!layer.bias.empty()) {
      layer.biasShape = {int64_t(layer.bias.size())};
    }
    afterConv = layer.kind == NetxLayer::Kind::Conv;
    afterDense = layer.kind == NetxLayer::Kind::Dense;
    previous = layer.name;
    layers.push_back(std::move(layer));
  }
  return layers;
}

//===----------------------------------------------------------------------===//
// HDF5
//===----------------------------------------------------------------------===//

namespace {
/// Writes HDF5 objects as h5py writes them, reporting the first failure.
class NetxWriter {
public:
  explicit NetxWriter(Operation *anchor) : anchor(anchor) {}

  LogicalResult writeFile(DeviceOp device, ArrayRef<NetxLayer> layers,
                          std::vector<char> &image);

private:
  LogicalResult writeLayer(hid_t group, const NetxLayer &layer);
  FailureOr<H5Handle> createGroup(hid_t parent, StringRef name);
  LogicalResult writeDataset(hid_t group, StringRef name, hid_t type,
                             ArrayRef<hsize_t> dims, const void *data);
  /// numpy `S10` in a (1,) array, as slayer writes `type`.
  LogicalResult writeTypeName(hid_t group, StringRef value);
  /// A Python str: a variable-length UTF-8 scalar.
  LogicalResult writeString(hid_t group, StringRef name, StringRef value);
  /// A Python int: an int64 scalar.
  LogicalResult writeInt(hid_t group, StringRef name, int64_t value);
  LogicalResult writeInts(hid_t group, StringRef name,
                          ArrayRef<int64_t> values);
  /// Whole numbers as float32, the dtype of slayer's exported tensors.
  LogicalResult writeFloats(hid_t group, StringRef name,
                            ArrayRef<int64_t> values, ArrayRef<int64_t> shape);
  /// A Python bool: h5py's enum of int8 {FALSE, TRUE}.
  LogicalResult writeBool(hid_t group, StringRef name, bool value);
  LogicalResult writeStringAttribute(hid_t object, StringRef name,
                                     StringRef value);
  LogicalResult writeDoubleAttribute(hid_t object, StringRef name,
                                     double value);
  LogicalResult fail(const Twine &message) {
    anchor->emitError() << "cannot export to netx: " << message;
    return failure();
  }

  Operation *anchor;
};
} // namespace

FailureOr<H5Handle> NetxWriter::createGroup(hid_t parent, StringRef name) {
  // No modification times, as h5py writes: the same network gives the
  // same bytes.
  H5Handle properties(H5Pcreate(H5P_GROUP_CREATE), H5Pclose);
  H5Pset_obj_track_times(properties, false);
  H5Handle group(H5Gcreate2(parent, name.str().c_str(), utf8LinkCreation(),
                            properties, H5P_DEFAULT),
                 H5Gclose);
  if (!group)
    return fail("cannot create group '" + name + "'");
  return std::move(group);
}

LogicalResult NetxWriter::writeDataset(hid_t group, StringRef name, hid_t type,
                                       ArrayRef<hsize_t> dims,
                                       const void *data) {
  H5Handle space(dims.empty()
                     ? H5Screate(H5S_SCALAR)
                     : H5Screate_simple(dims.size(), dims.data(), nullptr),
                 H5Sclose);
  H5Handle properties = createDatasetProperties();
  H5Handle dataset(H5Dcreate2(group, name.str().c_str(), type, space,
                              utf8LinkCreation(), properties, H5P_DEFAULT),
                   H5Dclose);
  if (!space || !dataset ||
      H5Dwrite(dataset, type, H5S_ALL, H5S_ALL, getTransferList(), data) < 0)
    return fail("cannot write dataset '" + name + "'");
  return success();
}

LogicalResult NetxWriter::writeTypeName(hid_t group, StringRef value) {
  constexpr size_t kWidth = 10;
  H5Handle type(H5Tcopy(H5T_C_S1), H5Tclose);
  H5Tset_size(type, kWidth);
  H5Tset_strpad(type, H5T_STR_NULLPAD);
  H5Tset_cset(type, H5T_CSET_ASCII);
  char buffer[kWidth] = {};
  std::copy_n(value.data(), std::min(value.size(), kWidth), buffer);
  return writeDataset(group, "type", type, {hsize_t(1)}, buffer);
}

LogicalResult NetxWriter::writeString(hid_t group, StringRef name,
                                      StringRef value) {
  H5Handle type(H5Tcopy(H5T_C_S1), H5Tclose);
  H5Tset_size(type, H5T_VARIABLE);
  H5Tset_cset(type, H5T_CSET_UTF8);
  std::string text = value.str();
  const char *pointer = text.c_str();
  return writeDataset(group, name, type, {}, &pointer);
}

LogicalResult NetxWriter::writeInt(hid_t group, StringRef name, int64_t value) {
  H5Handle type(H5Tcopy(H5T_STD_I64LE), H5Tclose);
  return writeDataset(group, name, type, {}, &value);
}

LogicalResult NetxWriter::writeInts(hid_t group, StringRef name,
                                    ArrayRef<int64_t> values) {
  H5Handle type(H5Tcopy(H5T_STD_I64LE), H5Tclose);
  return writeDataset(group, name, type, {hsize_t(values.size())},
                      values.data());
}

LogicalResult NetxWriter::writeFloats(hid_t group, StringRef name,
                                      ArrayRef<int64_t> values,
                                      ArrayRef<int64_t> shape) {
  H5Handle type(H5Tcopy(H5T_IEEE_F32LE), H5Tclose);
  std::vector<float> data(values.begin(), values.end());
  SmallVector<hsize_t> dims(shape.begin(), shape.end());
  return writeDataset(group, name, type, dims, data.data());
}

LogicalResult NetxWriter::writeBool(hid_t group, StringRef name, bool value) {
  H5Handle type(H5Tenum_create(H5T_STD_I8LE), H5Tclose);
  int8_t no = 0, yes = 1;
  H5Tenum_insert(type, "FALSE", &no);
  H5Tenum_insert(type, "TRUE", &yes);
  int8_t data = value;
  return writeDataset(group, name, type, {}, &data);
}

LogicalResult NetxWriter::writeStringAttribute(hid_t object, StringRef name,
                                               StringRef value) {
  H5Handle type(H5Tcopy(H5T_C_S1), H5Tclose);
  H5Tset_size(type, H5T_VARIABLE);
  H5Tset_cset(type, H5T_CSET_UTF8);
  H5Handle space(H5Screate(H5S_SCALAR), H5Sclose);
  H5Handle attribute(H5Acreate2(object, name.str().c_str(), type, space,
                                H5P_DEFAULT, H5P_DEFAULT),
                     H5Aclose);
  std::string text = value.str();
  const char *pointer = text.c_str();
  if (!attribute || H5Awrite(attribute, type, &pointer) < 0)
    return fail("cannot write attribute '" + name + "'");
  return success();
}

LogicalResult NetxWriter::writeDoubleAttribute(hid_t object, StringRef name,
                                               double value) {
  H5Handle space(H5Screate(H5S_SCALAR), H5Sclose);
  H5Handle attribute(H5Acreate2(object, name.str().c_str(), H5T_IEEE_F64LE,
                                space, H5P_DEFAULT, H5P_DEFAULT),
                     H5Aclose);
  if (!attribute || H5Awrite(attribute, H5T_NATIVE_DOUBLE, &value) < 0)
    return fail("cannot write attribute '" + name + "'");
  return success();
}

LogicalResult NetxWriter::writeLayer(hid_t group, const NetxLayer &layer) {
  using Kind = NetxLayer::Kind;
  static constexpr const char *kTypes[] = {"input", "flatten", "dense", "conv"};
  if (failed(writeTypeName(group, kTypes[int(layer.kind)])) ||
      failed(writeInts(group, "shape", layer.shape)))
    return failure();
  if (layer.kind == Kind::Input)
    return writeStringAttribute(group, "nir_node", layer.name);
  if (layer.kind == Kind::Flatten)
    return success();

  if (failed(writeStringAttribute(group, "nir_node", layer.name)) ||
      failed(writeStringAttribute(group, "nir_synapses", layer.synapses)) ||
      failed(writeDoubleAttribute(group, "w_scale", layer.wScale)))
    return failure();
  ArrayRef<int64_t> w = layer.weightShape;
  if (layer.kind == Kind::Dense) {
    if (failed(writeInt(group, "inFeatures", w[1])) ||
        failed(writeInt(group, "outFeatures", w[0])))
      return failure();
  } else {
    if (failed(writeInt(group, "inChannels", w[1])) ||
        failed(writeInt(group, "outChannels", w[0])) ||
        failed(writeInts(group, "kernelSize", {w[2], w[3]})) ||
        failed(writeInts(group, "stride", layer.stride)) ||
        failed(writeInts(group, "padding", layer.padding)) ||
        failed(writeInts(group, "dilation", {1, 1})) ||
        failed(writeInt(group, "groups", 1)))
      return failure();
  }
  if (failed(writeFloats(group, "weight", layer.weights, w)))
    return failure();
  if (!layer.bias.empty() &&
      failed(writeFloats(group, "bias", layer.bias, layer.biasShape)))
    return failure();

  FailureOr<H5Handle> neuron = createGroup(group, "neuron");
  if (failed(neuron))
    return failure();
  if (failed(writeString(*neuron, "type", "CUBA")) ||
      failed(writeInt(*neuron, "iDecay", layer.iDecay)) ||
      failed(writeInt(*neuron, "vDecay", layer.vDecay)) ||
      failed(writeInt(*neuron, "vThMant", layer.vThMant)) ||
      failed(writeInt(*neuron, "refDelay", 1)) ||
      failed(writeBool(*neuron, "gradedSpike", false)))
    return failure();
  return success();
}

LogicalResult NetxWriter::writeFile(DeviceOp device, ArrayRef<NetxLayer> layers,
                                    std::vector<char> &image) {
  H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
  // No modification times: the same network gives the same bytes, as h5py.
  H5Handle file = createFileInMemory("nirc-export.net");
  if (!file)
    return fail("cannot create an in-memory HDF5 file");
  if (failed(writeStringAttribute(file, "generator", "nirc")) ||
      failed(writeStringAttribute(file, "target", device.getTarget())) ||
      failed(
          writeDoubleAttribute(file, "dt", device.getDt().convertToDouble())))
    return failure();
  {
    FailureOr<H5Handle> root = createGroup(file, "layer");
    if (failed(root))
      return failure();
    for (auto [i, layer] : llvm::enumerate(layers)) {
      FailureOr<H5Handle> group = createGroup(*root, std::to_string(i));
      if (failed(group) || failed(writeLayer(*group, layer)))
        return failure();
    }
  }
  std::optional<std::vector<char>> bytes = getFileImage(file);
  if (!bytes)
    return fail("cannot take the HDF5 file image");
  image = std::move(*bytes);
  return success();
}

LogicalResult nirc::chip::exportNetx(DeviceOp device, llvm::raw_ostream &os) {
  if (device.getTarget() != "loihi2")
    return emitNetxError(device)
           << "netx networks run on Loihi 2 (target 'loihi2'), but this "
              "device targets '"
           << device.getTarget() << "'";
  if (failed(verifyFit(device)))
    return failure();
  FailureOr<std::vector<NetxLayer>> layers = describeNetwork(device);
  if (failed(layers))
    return failure();
  std::vector<char> image;
  if (failed(NetxWriter(device).writeFile(device, *layers, image)))
    return failure();
  os.write(image.data(), image.size());
  return success();
}

void nirc::chip::registerExportNetxTranslation() {
  registerTranslationFromText(
      "export-chip-netx",
      "Export a mapped Loihi 2 chip.device as a lava-dl netx HDF5 network",
      [](ModuleOp module, llvm::raw_ostream &os) {
        FailureOr<DeviceOp> device = getOnlyDevice(module);
        return failed(device) ? failure() : exportNetx(*device, os);
      },
      [](DialectRegistry &registry) { registry.insert<ChipDialect>(); });
}
