//===- VendorGoldenTest.cpp - the emulation ops against Lava and XyloSim --===//
//
// Replays test/vendor/golden/*.json (recorded by utils/vendor/*.py from
// Lava's bit-accurate Loihi models and from XyloSim v2) through hand-built
// scheduled `sim.model`s of `sim.events`, `sim.accumulate` and
// `sim.fixed_step`, and requires every recorded integer (spikes, currents,
// membranes, per layer, step and neuron) to equal the vendor's.
//
// Step alignment. Lava counts steps from 1 and its RingBuffer sends input
// row t at Lava step t+1; golden row t is the state after Lava step t+1.
// Our step t reads input row t, so golden row t is our step t. Lava's Dense
// sends the previous step's sum (its a_buff), modelled as a `sim.state`
// "a_buff" written by `sim.next`; LIF -> next Dense has no delay within a
// step. XyloSim's golden row t is the state after its step t (from 0),
// again our step t; hidden spikes reach the recurrent and output synapses
// one step later through a `sim.state` of the spikes.
//
//===----------------------------------------------------------------------===//

#include "AllocateStorage.h"
#include "nirc/Dialect/Sim/SimOps.h"
#include "nirc/InitAllDialects.h"
#include "nirc/Simulator/Simulator.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"

#include "gtest/gtest.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

using namespace mlir;
using namespace nirc;
namespace json = llvm::json;

// test/vendor/golden sits two levels above test/nirc/Inputs.
#ifndef NIRC_VENDOR_GOLDEN_DIR
#define NIRC_VENDOR_GOLDEN_DIR NIRC_GRAPH_DATA_INPUTS "/../../vendor/golden"
#endif

namespace {

using Rows = std::vector<std::vector<int64_t>>;

const std::filesystem::path kGolden =
    std::filesystem::path(NIRC_VENDOR_GOLDEN_DIR).lexically_normal();

//===----------------------------------------------------------------------===//
// JSON
//===----------------------------------------------------------------------===//

/// Errors found while reading a golden file; the test fails on any.
struct Reader {
  std::string errors;

  void error(const llvm::Twine &message) { errors += message.str() + "\n"; }

  int64_t integer(const json::Value *v, llvm::StringRef what) {
    std::optional<int64_t> i = v ? v->getAsInteger() : std::nullopt;
    if (!i)
      error("'" + what + "' is not an integer");
    return i.value_or(0);
  }

  std::vector<int64_t> list(const json::Value *v, llvm::StringRef what) {
    std::vector<int64_t> out;
    const json::Array *a = v ? v->getAsArray() : nullptr;
    if (!a) {
      error("'" + what + "' is not a list");
      return out;
    }
    for (const json::Value &e : *a)
      out.push_back(integer(&e, what));
    return out;
  }

  /// A scalar broadcast to `n`, or `n` values; `fallback` when absent/null.
  std::vector<int64_t> perNeuron(const json::Object &o, llvm::StringRef key,
                                 size_t n, std::optional<int64_t> fallback) {
    const json::Value *v = o.get(key);
    if (!v || v->kind() == json::Value::Null) {
      if (!fallback)
        error("missing '" + key + "'");
      return std::vector<int64_t>(n, fallback.value_or(0));
    }
    if (v->getAsArray()) {
      std::vector<int64_t> out = list(v, key);
      if (out.size() != n)
        error("'" + key + "' has " + llvm::Twine(out.size()) +
              " values, expected " + llvm::Twine(n));
      out.resize(n);
      return out;
    }
    return std::vector<int64_t>(n, integer(v, key));
  }

  Rows rows(const json::Value *v, llvm::StringRef what) {
    Rows out;
    const json::Array *a = v ? v->getAsArray() : nullptr;
    if (!a) {
      error("'" + what + "' is not a list of rows");
      return out;
    }
    for (const json::Value &row : *a)
      out.push_back(list(&row, what));
    return out;
  }

  /// `[A][B]` or `[A][B][2]` (Xylo's two synapses): synapse `k` as `[A][B]`.
  Rows synapse(const json::Value *v, llvm::StringRef what, size_t k) {
    Rows out;
    const json::Array *a = v ? v->getAsArray() : nullptr;
    if (!a) {
      error("'" + what + "' is not a list of rows");
      return out;
    }
    for (const json::Value &row : *a) {
      const json::Array *r = row.getAsArray();
      if (!r) {
        error("'" + what + "' has a row that is not a list");
        return {};
      }
      std::vector<int64_t> values;
      for (const json::Value &e : *r) {
        if (const json::Array *pair = e.getAsArray()) {
          if (pair->size() != 2)
            error("'" + what + "' has an entry that is not [syn1, syn2]");
          values.push_back(k < pair->size() ? integer(&(*pair)[k], what) : 0);
        } else {
          values.push_back(k == 0 ? integer(&e, what) : 0);
        }
      }
      out.push_back(std::move(values));
    }
    return out;
  }

  const json::Object *object(const json::Value *v, llvm::StringRef what) {
    const json::Object *o = v ? v->getAsObject() : nullptr;
    if (!o)
      error("'" + what + "' is not an object");
    return o;
  }
};

bool allZero(const Rows &rows) {
  return llvm::all_of(rows, [](const std::vector<int64_t> &row) {
    return llvm::all_of(row, [](int64_t x) { return x == 0; });
  });
}

Rows transpose(const Rows &m, size_t cols) {
  Rows out(cols, std::vector<int64_t>(m.size()));
  for (size_t r = 0; r < m.size(); ++r)
    for (size_t c = 0; c < cols && c < m[r].size(); ++c)
      out[c][r] = m[r][c];
  return out;
}

//===----------------------------------------------------------------------===//
// IR text
//===----------------------------------------------------------------------===//

std::string tensorType(std::vector<int64_t> shape, llvm::StringRef element) {
  std::string out = "tensor<";
  for (int64_t d : shape)
    out += std::to_string(d) + "x";
  return out + element.str() + ">";
}

std::string vectorLiteral(const std::vector<int64_t> &values) {
  std::string out = "[";
  for (size_t k = 0; k < values.size(); ++k)
    out += (k ? ", " : "") + std::to_string(values[k]);
  return out + "]";
}

/// `dense<[...]> : tensor<Nxi64>`.
std::string denseVector(const std::vector<int64_t> &values) {
  return "dense<" + vectorLiteral(values) +
         "> : " + tensorType({int64_t(values.size())}, "i64");
}

/// `dense<[[...], ...]> : tensor<RxCxi64>`.
std::string denseMatrix(const Rows &m) {
  std::string out = "dense<[";
  for (size_t r = 0; r < m.size(); ++r)
    out += (r ? ", " : "") + vectorLiteral(m[r]);
  return out + "]> : " +
         tensorType({int64_t(m.size()), int64_t(m.empty() ? 0 : m[0].size())},
                    "i64");
}

/// A quantity the vendor recorded and the model probes.
struct Expectation {
  std::string node, observable, label;
  Rows golden; // [steps][neurons]
  /// Neurons left out of the comparison (see Case::excluded).
  std::vector<bool> skip = {};
};

/// A golden case as a model, its input raster and what to compare.
struct Case {
  std::string name, model;
  int64_t steps = 0, channels = 0;
  Rows input;
  std::vector<Expectation> expected;
  /// Why the case cannot be expressed (then the test is skipped).
  std::string unsupported;
  /// What the comparison leaves out, and why.
  std::string excluded;
};

/// XyloSim's second synapse has no `sim` op: one `sim.fixed_step` holds one
/// current with one decay.
constexpr const char *kNoSecondSynapse =
    "XyloSim's second synapse (w_in/w_rec [..][..][1] != 0, dash_syn_2) "
    "cannot be expressed: XyloSim decays two currents separately (I1 -= "
    "decay(I1, dash_syn); I2 -= decay(I2, dash_syn_2)) and adds i_syn = I1 + "
    "I2 (a long, unsaturated) to the membrane, dv = sat(-leak(v) + i_syn); "
    "sim.fixed_step has one current operand and one current_decay, and an "
    "`input` operand is added to the current (and kept in its state), not "
    "to the membrane. Missing: several currents per fixed_step (each with "
    "its own decay and next state, each fed by its own sim.accumulate), "
    "summed at full precision into the membrane";

std::string vendorHeader(llvm::StringRef name) {
  return "sim.model @\"" + name.str() +
         "\" attributes {dt = 1.0e-03 : f64, scheduled} {\n";
}

//===----------------------------------------------------------------------===//
// Lava: Dense (one-step delay) -> CUBA LIF, bit-accurate
//===----------------------------------------------------------------------===//

void buildLava(Reader &r, const json::Object &in, const json::Object &out,
               Case &c) {
  const json::Array *layersIn = in.getArray("layers"),
                    *layersOut = out.getArray("layers");
  if (!layersIn || !layersOut || layersIn->size() != layersOut->size()) {
    r.error("'layers' missing or of different lengths in input and output");
    return;
  }
  std::string states, body, probes, nexts;
  std::string source = "%s";
  int64_t sourceSize = c.channels;
  body += "  %x = sim.input \"in\" {node = \"in\"} : " +
          tensorType({c.channels}, "f64") +
          "\n  %s = sim.events %x {node = \"in\", max_per_step = 1} : " +
          tensorType({c.channels}, "f64") + " -> " +
          tensorType({c.channels}, "i8") + "\n";
  for (size_t k = 0; k < layersIn->size(); ++k) {
    std::string L = "L" + std::to_string(k), id = std::to_string(k);
    const json::Object *li = r.object(&(*layersIn)[k], "layers[k]");
    const json::Object *lo = r.object(&(*layersOut)[k], "layers[k]");
    if (!li || !lo)
      return;
    Rows w = r.rows(lo->get("weights_effective"), "weights_effective");
    int64_t n = int64_t(w.size());
    if (n == 0 || int64_t(w[0].size()) != sourceSize) {
      r.error(L + ": weights_effective is not [N][" +
              std::to_string(sourceSize) + "]");
      return;
    }
    int64_t weightExp = li->get("weight_exp")
                            ? r.integer(li->get("weight_exp"), "weight_exp")
                            : 0;
    int64_t du = r.integer(li->get("du"), "du"),
            dv = r.integer(li->get("dv"), "dv"),
            vth = r.integer(li->get("vth"), "vth");
    std::vector<int64_t> mant = r.perNeuron(*li, "bias_mant", n, 0),
                         exp = r.perNeuron(*li, "bias_exp", n, 0),
                         u0 = r.perNeuron(*li, "u", n, 0),
                         v0 = r.perNeuron(*li, "v", n, 0), bias(n);
    // Lava's scale_bias: mant << exp, or mant >> -exp (floor).
    for (int64_t j = 0; j < n; ++j)
      bias[j] =
          exp[j] >= 0 ? mant[j] * (int64_t(1) << exp[j]) : mant[j] >> -exp[j];

    std::string i24 = tensorType({n}, "i24"), i32 = tensorType({n}, "i32"),
                i8 = tensorType({n}, "i8");
    std::string inNode = " {node = \"" + L + "\"}";
    states += "  %buf" + id + " = sim.state \"" + L + ".a_buff\"" + inNode +
              " : " + i32 + "\n";
    states += "  %u" + id + " = sim.state \"" + L + ".u\" init " +
              denseVector(u0) + inNode + " : " + i24 + "\n";
    states += "  %v" + id + " = sim.state \"" + L + ".v\" init " +
              denseVector(v0) + inNode + " : " + i24 + "\n";
    body += "  %a" + id + " = sim.accumulate " + source + " {node = \"" + L +
            "\", weight = " + denseMatrix(w) +
            ", sum_shift = " + std::to_string(weightExp) +
            ", overflow = #sim.overflow<unbounded>} : " +
            tensorType({sourceSize}, "i8") + " -> " + i32 + "\n";
    body += "  %un" + id + ", %vn" + id + ", %z" + id + " = sim.fixed_step %u" +
            id + ", %v" + id + ", %buf" + id + " {node = \"" + L +
            "\", decay = #sim.decay<multiply_shift>, decay_unity = 4096, "
            "current_decay = " +
            denseVector(std::vector<int64_t>(n, du + 1)) +
            ", membrane_decay = " + denseVector(std::vector<int64_t>(n, dv)) +
            ", input_shift = 6, current_overflow = #sim.overflow<wrap_once>, "
            "membrane_overflow = #sim.overflow<saturate_symmetric>, "
            "membrane_sum = #sim.membrane_sum<direct>, bias = " +
            denseVector(bias) +
            ", threshold = " + denseVector(std::vector<int64_t>(n, vth * 64)) +
            ", compare = #sim.compare<gt>, reset = #sim.reset<zero>, "
            "max_spikes = 1} : " +
            i24 + ", " + i24 + ", " + i32 + " -> " + i8 + "\n";
    probes += "  sim.probe \"" + L + "\" \"output\"(%z" + id + ") : " + i8 +
              "\n  sim.probe \"" + L + "\" \"i\"(%un" + id + ") : " + i24 +
              "\n  sim.probe \"" + L + "\" \"v\"(%vn" + id + ") : " + i24 +
              "\n";
    nexts +=
        "  sim.next %buf" + id + " = %a" + id + inNode + " : " + i32 + "\n";
    nexts += "  sim.next %u" + id + " = %un" + id + inNode + " : " + i24 + "\n";
    nexts += "  sim.next %v" + id + " = %vn" + id + inNode + " : " + i24 + "\n";
    for (auto [quantity, observable] :
         {std::pair{"spikes", "output"}, {"u", "i"}, {"v", "v"}})
      c.expected.push_back({L, observable, "layers[" + id + "]." + quantity,
                            r.rows(lo->get(quantity), quantity)});
    source = "%z" + id;
    sourceSize = n;
  }
  probes += "  sim.output \"out\"(" + source +
            ") {node = \"out\"} : " + tensorType({sourceSize}, "i8") + "\n";
  c.model = vendorHeader(c.name) + states + body + probes + nexts + "}\n";
}

//===----------------------------------------------------------------------===//
// XyloSim v2: input -> hidden (recurrent) -> output
//===----------------------------------------------------------------------===//

void buildXylo(Reader &r, const json::Object &in, const json::Object &out,
               Case &c) {
  Rows wIn = r.synapse(in.get("w_in"), "w_in", 0),
       wIn2 = r.synapse(in.get("w_in"), "w_in", 1);
  const json::Value *recValue = in.get("w_rec");
  bool hasRec =
      recValue && recValue->getAsArray() && !recValue->getAsArray()->empty();
  Rows wRec = hasRec ? r.synapse(recValue, "w_rec", 0) : Rows(),
       wRec2 = hasRec ? r.synapse(recValue, "w_rec", 1) : Rows();
  Rows wOut = r.rows(in.get("w_out"), "w_out");
  if (wIn.size() != size_t(c.channels) || wIn.empty() || wIn[0].empty() ||
      wOut.empty() || wOut[0].empty()) {
    r.error("w_in must be [C][H], w_out [H'][O]");
    return;
  }
  int64_t h = int64_t(wIn[0].size()), o = int64_t(wOut[0].size());
  if (int64_t(wOut.size()) > h || (hasRec && int64_t(wRec.size()) != h)) {
    r.error("w_out has more rows than hidden neurons or w_rec is not [H][H]");
    return;
  }
  // Rockpool: fewer w_out rows than hidden neurons are the last ones.
  Rows wOutFull(h, std::vector<int64_t>(o, 0));
  std::copy(wOut.begin(), wOut.end(), wOutFull.end() - wOut.size());

  // The model has synapse 1 only. A hidden neuron with synapse-2 input has
  // the wrong Vmem and spikes, and so has every neuron its spikes reach
  // (recurrent or output); an Isyn is wrong when synapse-1 recurrent
  // spikes come from such a neuron. The rest is compared exactly.
  std::vector<bool> wrongV(h, false), wrongI(h, false), wrongOutV(o, false),
      wrongOutI(o, false);
  auto nonZero = [](const Rows &w, size_t a, size_t b) {
    return a < w.size() && b < w[a].size() && w[a][b] != 0;
  };
  for (int64_t j = 0; j < h; ++j)
    for (int64_t ch = 0; ch < c.channels; ++ch)
      wrongV[j] = wrongV[j] || nonZero(wIn2, ch, j);
  for (bool changed = true; changed;) {
    changed = false;
    for (int64_t pre = 0; pre < h; ++pre)
      for (int64_t j = 0; j < h; ++j)
        if (!wrongV[j] &&
            (nonZero(wRec2, pre, j) || (wrongV[pre] && nonZero(wRec, pre, j))))
          wrongV[j] = changed = true;
  }
  for (int64_t pre = 0; pre < h; ++pre) {
    for (int64_t j = 0; j < h; ++j)
      wrongI[j] = wrongI[j] || (wrongV[pre] && nonZero(wRec, pre, j));
    for (int64_t k = 0; k < o; ++k)
      wrongOutV[k] = wrongOutI[k] =
          wrongOutV[k] || (wrongV[pre] && nonZero(wOutFull, pre, k));
  }
  bool anySecond = llvm::is_contained(wrongV, true);
  if (anySecond && llvm::all_of(wrongV, [](bool b) { return b; })) {
    c.unsupported =
        std::string(kNoSecondSynapse) + "; every hidden neuron depends on it";
    return;
  }
  if (anySecond) {
    c.excluded = "synapse 2 has no sim op (the skip message of "
                 "XyloRandom says why); compared: hidden Isyn (synapse 1) "
                 "of [";
    auto list = [](const std::vector<bool> &wrong) {
      std::string out;
      for (size_t j = 0; j < wrong.size(); ++j)
        if (!wrong[j])
          out += (out.empty() ? "" : ", ") + std::to_string(j);
      return out;
    };
    c.excluded += list(wrongI) + "], hidden Vmem and spikes of [" +
                  list(wrongV) + "], output Isyn of [" + list(wrongOutI) +
                  "], output Vmem and spikes of [" + list(wrongOutV) +
                  "]; hidden Isyn2 not compared";
  }

  auto shiftOf = [&](llvm::StringRef key) {
    return in.get(key) ? r.integer(in.get(key), key) : 0;
  };
  std::vector<int64_t> threshold = r.perNeuron(in, "threshold", h, {}),
                       dashMem = r.perNeuron(in, "dash_mem", h, {}),
                       dashSyn = r.perNeuron(in, "dash_syn", h, {}),
                       bias = r.perNeuron(in, "bias", h, 0),
                       thresholdOut = r.perNeuron(in, "threshold_out", o, {}),
                       dashMemOut = r.perNeuron(in, "dash_mem_out", o, {}),
                       dashSynOut = r.perNeuron(in, "dash_syn_out", o, {}),
                       biasOut = r.perNeuron(in, "bias_out", o, 0);

  std::string hI16 = tensorType({h}, "i16"), hI8 = tensorType({h}, "i8"),
              oI16 = tensorType({o}, "i16"), oI8 = tensorType({o}, "i8"),
              cF64 = tensorType({c.channels}, "f64"),
              cI8 = tensorType({c.channels}, "i8");
  auto neuron = [&](llvm::StringRef node, const std::vector<int64_t> &dashSyn,
                    const std::vector<int64_t> &dashMem,
                    const std::vector<int64_t> &bias,
                    const std::vector<int64_t> &threshold, int maxSpikes) {
    return " {node = \"" + node.str() +
           "\", decay = #sim.decay<bit_shift>, current_decay = " +
           denseVector(dashSyn) + ", membrane_decay = " + denseVector(dashMem) +
           ", current_overflow = #sim.overflow<saturate>, membrane_overflow = "
           "#sim.overflow<saturate>, membrane_sum = "
           "#sim.membrane_sum<chained>, "
           "bias = " +
           denseVector(bias) + ", threshold = " + denseVector(threshold) +
           ", compare = #sim.compare<ge>, reset = #sim.reset<subtract>, "
           "max_spikes = " +
           std::to_string(maxSpikes) + "}";
  };
  auto accumulate = [&](llvm::StringRef node, llvm::StringRef events,
                        llvm::StringRef base, const Rows &weight, int64_t shift,
                        llvm::StringRef eventsType, llvm::StringRef type) {
    return " = sim.accumulate " + events.str() + " into " + base.str() +
           " {node = \"" + node.str() + "\", weight = " + denseMatrix(weight) +
           ", weight_shift = " + std::to_string(shift) +
           ", overflow = #sim.overflow<saturate>} : " + eventsType.str() +
           ", " + type.str() + " -> " + type.str() + "\n";
  };

  std::string m = vendorHeader(c.name);
  const std::string inHidden = " {node = \"hidden\"} : ",
                    inOutput = " {node = \"output\"} : ";
  m += "  %ih = sim.state \"hidden.isyn\"" + inHidden + hI16 + "\n";
  m += "  %vh = sim.state \"hidden.vmem\"" + inHidden + hI16 + "\n";
  m += "  %zh = sim.state \"hidden.spikes\"" + inHidden + hI8 + "\n";
  m += "  %io = sim.state \"output.isyn\"" + inOutput + oI16 + "\n";
  m += "  %vo = sim.state \"output.vmem\"" + inOutput + oI16 + "\n";
  m += "  %x = sim.input \"in\" {node = \"in\"} : " + cF64 + "\n";
  m += "  %e = sim.events %x {node = \"in\", max_per_step = 15} : " + cF64 +
       " -> " + cI8 + "\n";
  // Inputs first, then the previous step's hidden spikes (XyloSim's order).
  m += "  %ah1" + accumulate("hidden", "%e", "%ih", transpose(wIn, h),
                             shiftOf("weight_shift_in"), cI8, hI16);
  std::string hiddenCurrent = "%ah1";
  if (hasRec) {
    m += "  %ah2" + accumulate("hidden", "%zh", "%ah1", transpose(wRec, h),
                               shiftOf("weight_shift_rec"), hI8, hI16);
    hiddenCurrent = "%ah2";
  }
  m += "  %ihn, %vhn, %zhn = sim.fixed_step " + hiddenCurrent + ", %vh" +
       neuron("hidden", dashSyn, dashMem, bias, threshold, 31) + " : " + hI16 +
       ", " + hI16 + " -> " + hI8 + "\n";
  m += "  %ao" + accumulate("output", "%zh", "%io", transpose(wOutFull, o),
                            shiftOf("weight_shift_out"), hI8, oI16);
  m += "  %ion, %von, %zon = sim.fixed_step %ao, %vo" +
       neuron("output", dashSynOut, dashMemOut, biasOut, thresholdOut, 1) +
       " : " + oI16 + ", " + oI16 + " -> " + oI8 + "\n";
  m += "  sim.probe \"hidden\" \"output\"(%zhn) : " + hI8 + "\n";
  m += "  sim.probe \"hidden\" \"i\"(%ihn) : " + hI16 + "\n";
  m += "  sim.probe \"hidden\" \"v\"(%vhn) : " + hI16 + "\n";
  m += "  sim.probe \"output\" \"output\"(%zon) : " + oI8 + "\n";
  m += "  sim.probe \"output\" \"i\"(%ion) : " + oI16 + "\n";
  m += "  sim.probe \"output\" \"v\"(%von) : " + oI16 + "\n";
  m += "  sim.output \"output\"(%zon)" + inOutput + oI8 + "\n";
  m += "  sim.next %ih = %ihn" + inHidden + hI16 + "\n";
  m += "  sim.next %vh = %vhn" + inHidden + hI16 + "\n";
  m += "  sim.next %zh = %zhn" + inHidden + hI8 + "\n";
  m += "  sim.next %io = %ion" + inOutput + oI16 + "\n";
  m += "  sim.next %vo = %von" + inOutput + oI16 + "\n";
  m += "}\n";
  c.model = std::move(m);

  const json::Object *hidden = r.object(out.get("hidden"), "output.hidden");
  const json::Object *output = r.object(out.get("output"), "output.output");
  if (!hidden || !output)
    return;
  for (auto [quantity, observable] :
       {std::pair{"spikes", "output"}, {"isyn", "i"}, {"vmem", "v"}})
    c.expected.push_back(
        {"hidden", observable, std::string("hidden.") + quantity,
         r.rows(hidden->get(quantity), quantity),
         llvm::StringRef(quantity) == "isyn" ? wrongI : wrongV});
  for (auto [quantity, observable] :
       {std::pair{"spikes", "output"}, {"isyn", "i"}, {"vmem", "v"}})
    c.expected.push_back(
        {"output", observable, std::string("output.") + quantity,
         r.rows(output->get(quantity), quantity),
         llvm::StringRef(quantity) == "isyn" ? wrongOutI : wrongOutV});
  // Without a second synapse XyloSim's Isyn2 must stay 0.
  if (!anySecond && !allZero(r.rows(hidden->get("isyn2"), "isyn2")))
    r.error("hidden.isyn2 is not 0 although no synapse-2 weight is");
}

/// Reads `test/vendor/golden/<name>.json` into a case.
Case loadCase(llvm::StringRef name, std::string &errors) {
  Case c;
  c.name = name.str();
  Reader r;
  std::filesystem::path path = kGolden / (name.str() + ".json");
  auto buffer = llvm::MemoryBuffer::getFile(path.string());
  if (!buffer) {
    errors = "cannot read " + path.string();
    return c;
  }
  llvm::Expected<json::Value> doc = json::parse((*buffer)->getBuffer());
  if (!doc) {
    errors = path.string() + ": " + llvm::toString(doc.takeError());
    return c;
  }
  const json::Object *top = r.object(&*doc, "golden file");
  const json::Object *in = top ? r.object(top->get("input"), "input") : nullptr;
  const json::Object *out =
      top ? r.object(top->get("output"), "output") : nullptr;
  if (in && out) {
    c.steps = r.integer(in->get("steps"), "steps");
    c.input = r.rows(in->get("input"), "input");
    c.channels = c.input.empty() ? 0 : int64_t(c.input[0].size());
    if (int64_t(c.input.size()) != c.steps || c.channels == 0)
      r.error("input is not [steps][channels]");
    if (name.starts_with("lava_"))
      buildLava(r, *in, *out, c);
    else
      buildXylo(r, *in, *out, c);
    for (const Expectation &e : c.expected)
      if (int64_t(e.golden.size()) != c.steps)
        r.error(e.label + " has " + llvm::Twine(e.golden.size()) +
                " rows, expected " + llvm::Twine(c.steps));
  }
  errors = path.string() + ":\n" + r.errors;
  if (r.errors.empty())
    errors.clear();
  return c;
}

//===----------------------------------------------------------------------===//
// Running and comparing
//===----------------------------------------------------------------------===//

class VendorGoldenTest : public ::testing::Test {
protected:
  VendorGoldenTest() {
    DialectRegistry registry;
    registerAllDialects(registry);
    context.appendDialectRegistry(registry);
    context.loadAllAvailableDialects();
  }

  /// Runs `model` on the case's input and compares every expectation;
  /// returns the number of mismatching entries (-1 when it does not run)
  /// and describes the first mismatch of each quantity in `report`.
  int64_t mismatches(const Case &c, llvm::StringRef model,
                     std::string &report) {
    std::string diagnostics;
    ScopedDiagnosticHandler capture(&context, [&](Diagnostic &diag) {
      diagnostics += diag.str() + "\n";
      return success();
    });
    OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(model, &context);
    if (!module) {
      report = "the model does not parse:\n" + diagnostics + model.str();
      return -1;
    }
    auto models = module->getOps<sim::ModelOp>();
    if (models.empty()) {
      report = "no sim.model";
      return -1;
    }
    if (failed(test::allocateStorage(*module))) {
      report = "sim-allocate-storage failed:\n" + diagnostics;
      return -1;
    }
    FailureOr<std::unique_ptr<Simulator>> simulator =
        Simulator::create(*models.begin());
    if (failed(simulator)) {
      report = "Simulator::create failed:\n" + diagnostics;
      return -1;
    }
    TimeGriddedData input;
    input.numSamples = 1;
    input.numSteps = c.steps;
    input.numNeurons = c.channels;
    input.dt = 1e-3;
    for (const std::vector<int64_t> &row : c.input)
      for (int64_t x : row)
        input.values.push_back(double(x));
    llvm::StringMap<const TimeGriddedData *> inputs;
    inputs["in"] = &input;
    llvm::Expected<SimulationResult> result = (*simulator)->run(inputs);
    if (!result) {
      report = "run failed: " + llvm::toString(result.takeError());
      return -1;
    }

    // First mismatch of each quantity, reported in step order.
    std::vector<std::pair<int64_t, std::string>> firsts;
    int64_t total = 0;
    for (const Expectation &e : c.expected) {
      const TimeGriddedData *got = nullptr;
      for (const auto &[port, data] : result->probes)
        if (port.node == e.node && port.observable == e.observable)
          got = &data;
      if (!got) {
        report += e.label + ": no probe " + e.node + "." + e.observable + "\n";
        return -1;
      }
      int64_t count = 0;
      for (int64_t t = 0; t < c.steps; ++t) {
        if (int64_t(e.golden[t].size()) != got->numNeurons) {
          report += e.label + ": golden row " + std::to_string(t) + " has " +
                    std::to_string(e.golden[t].size()) + " neurons, model " +
                    std::to_string(got->numNeurons) + "\n";
          return -1;
        }
        for (int64_t n = 0; n < got->numNeurons; ++n) {
          if (size_t(n) < e.skip.size() && e.skip[n])
            continue;
          double value = got->values[t * got->numNeurons + n];
          if (value == double(e.golden[t][n]))
            continue;
          if (count++ == 0)
            firsts.emplace_back(
                t, c.name + ": " + e.label + " step " + std::to_string(t) +
                       " neuron " + std::to_string(n) + ": expected " +
                       std::to_string(e.golden[t][n]) + ", got " +
                       std::to_string(int64_t(value)));
        }
      }
      if (count)
        firsts.back().second +=
            " (" + std::to_string(count) + " mismatching entries)";
      total += count;
    }
    std::stable_sort(
        firsts.begin(), firsts.end(),
        [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[step, line] : firsts)
      report += line + "\n";
    return total;
  }

  /// The golden test of one file: every recorded quantity equal.
  void checkGolden(llvm::StringRef name) {
    std::string errors;
    Case c = loadCase(name, errors);
    ASSERT_TRUE(errors.empty()) << errors;
    if (!c.unsupported.empty())
      GTEST_SKIP() << name.str() << ": " << c.unsupported;
    if (!c.excluded.empty())
      std::printf("[ PARTIAL  ] %s: %s\n", c.name.c_str(), c.excluded.c_str());
    std::string report;
    EXPECT_EQ(mismatches(c, c.model, report), 0) << report << "\nmodel:\n"
                                                 << c.model;
  }

  /// The case with `from` replaced by `to` in its model must mismatch.
  void checkMutationFails(llvm::StringRef name, llvm::StringRef from,
                          llvm::StringRef to) {
    std::string errors;
    Case c = loadCase(name, errors);
    ASSERT_TRUE(errors.empty()) << errors;
    ASSERT_TRUE(c.unsupported.empty()) << c.unsupported;
    std::string mutated = c.model;
    size_t count = 0;
    for (size_t at = mutated.find(from.str()); at != std::string::npos;
         at = mutated.find(from.str(), at + to.size()), ++count)
      mutated.replace(at, from.size(), to.str());
    ASSERT_GT(count, 0u) << "'" << from.str() << "' is not in the model";
    std::string report;
    int64_t bad = mismatches(c, mutated, report);
    ASSERT_GE(bad, 0) << report;
    EXPECT_GT(bad, 0) << name.str() << " with '" << from.str() << "' -> '"
                      << to.str() << "' still matches the vendor";
  }

  MLIRContext context;
};

} // namespace

//===----------------------------------------------------------------------===//
// One test per golden file
//===----------------------------------------------------------------------===//

TEST_F(VendorGoldenTest, LavaBiasLeak) { checkGolden("lava_bias_leak"); }
TEST_F(VendorGoldenTest, LavaDelayIfDu4095) {
  checkGolden("lava_delay_if_du4095");
}
TEST_F(VendorGoldenTest, LavaRandom) { checkGolden("lava_random"); }
TEST_F(VendorGoldenTest, LavaSignModes) { checkGolden("lava_sign_modes"); }
TEST_F(VendorGoldenTest, LavaUWrapVClip) { checkGolden("lava_u_wrap_v_clip"); }
TEST_F(VendorGoldenTest, LavaWeightExp) { checkGolden("lava_weight_exp"); }
TEST_F(VendorGoldenTest, XyloDecayDash0Bias) {
  checkGolden("xylo_decay_dash0_bias");
}
TEST_F(VendorGoldenTest, XyloMultispikeClamp) {
  checkGolden("xylo_multispike_clamp");
}
TEST_F(VendorGoldenTest, XyloRandom) { checkGolden("xylo_random"); }
TEST_F(VendorGoldenTest, XyloRecurrentChain) {
  checkGolden("xylo_recurrent_chain");
}
TEST_F(VendorGoldenTest, XyloSaturation) { checkGolden("xylo_saturation"); }
TEST_F(VendorGoldenTest, XyloWeightShiftWrap) {
  checkGolden("xylo_weight_shift_wrap");
}

//===----------------------------------------------------------------------===//
// The comparisons can fail: a wrong rule in the model must mismatch
//===----------------------------------------------------------------------===//

TEST_F(VendorGoldenTest, MutatedModelsMismatch) {
  struct Mutation {
    const char *file, *from, *to;
  };
  for (Mutation m : std::initializer_list<Mutation>{
           // u wraps once, it does not saturate (a_in = -2^17: u = +2^23).
           {"lava_u_wrap_v_clip", "#sim.overflow<wrap_once>",
            "#sim.overflow<saturate>"},
           // v clips to -(2^23 - 1), not -2^23.
           {"lava_u_wrap_v_clip", "#sim.overflow<saturate_symmetric>",
            "#sim.overflow<saturate>"},
           // v == vth << 6 does not spike.
           {"lava_delay_if_du4095", "#sim.compare<gt>", "#sim.compare<ge>"},
           // Without the Dense's one-step delay.
           {"lava_delay_if_du4095", ", %buf0 {", ", %a0 {"},
           // Lava's decays are fractions of 2^12: u * (4096 - du) >> 12.
           {"lava_bias_leak", "decay_unity = 4096", "decay_unity = 4095"},
           // a_in << 6.
           {"lava_random", "input_shift = 6", "input_shift = 5"},
           // -(-32768) wraps in int16 (h4 stays at -32768 with dash_mem 0).
           {"xylo_decay_dash0_bias", "#sim.membrane_sum<chained>",
            "#sim.membrane_sum<direct>"},
           // Isyn saturates at each event.
           {"xylo_saturation", "#sim.overflow<saturate>}",
            "#sim.overflow<unbounded>}"},
           // Up to 31 events per hidden neuron and step.
           {"xylo_multispike_clamp", "max_spikes = 31", "max_spikes = 15"},
           // Input counts above 15 count as 15.
           {"xylo_multispike_clamp", "max_per_step = 15", "max_per_step = 31"},
           // V >= threshold fires.
           {"xylo_multispike_clamp", "#sim.compare<ge>", "#sim.compare<gt>"},
           // Subtractive reset.
           {"xylo_recurrent_chain", "#sim.reset<subtract>", "#sim.reset<zero>"},
           // w << weight_shift wraps to int16 (127 << 9 = -512).
           {"xylo_weight_shift_wrap", "xi16>", "xi17>"},
       }) {
    SCOPED_TRACE(std::string(m.file) + ": " + m.from + " -> " + m.to);
    checkMutationFails(m.file, m.from, m.to);
  }
}
