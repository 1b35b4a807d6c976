//===- MismatchTest.cpp - device mismatch on NIR parameters ---------------===//

#include "nirc/Transforms/Mismatch.h"
#include "nirc/Dialect/NIR/NIROps.h"
#include "nirc/InitAllDialects.h"
#include "nirc/Support/ElementsUtils.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"

#include "gtest/gtest.h"

#include <cmath>
#include <string>
#include <vector>

using namespace mlir;
using namespace nirc;

namespace {

class MismatchTest : public ::testing::Test {
protected:
  MismatchTest() {
    DialectRegistry registry;
    registerAllDialects(registry);
    context.appendDialectRegistry(registry);
    context.loadAllAvailableDialects();
  }

  OwningOpRef<ModuleOp> parse(llvm::StringRef text) {
    return parseSourceString<ModuleOp>(text, &context);
  }

  /// One LIF population of `n` neurons, every parameter a splat, followed
  /// by a Linear n -> 2 with all weights 0.5.
  OwningOpRef<ModuleOp> makeLIF(int64_t n, llvm::StringRef dtype = "f64") {
    std::string text = R"mlir(
      nir.graph "net" {
        %x = nir.input "x" : !nir.signal<N>
        %l = nir.lif "l"(%x) {tau = dense<1.0e-2> : tensor<NxT>,
            r = dense<1.0> : tensor<NxT>, v_leak = dense<0.0> : tensor<NxT>,
            v_threshold = dense<1.0> : tensor<NxT>,
            v_reset = dense<0.0> : tensor<NxT>}
            : (!nir.signal<N>) -> !nir.signal<N>
        %w = nir.linear "w"(%l) {weight = dense<0.5> : tensor<2xNxT>}
            : (!nir.signal<N>) -> !nir.signal<2>
        %y = nir.output "y"(%w) : (!nir.signal<2>) -> !nir.signal<2>
      }
    )mlir";
    // N is the population size, T the element type.
    for (size_t at; (at = text.find("NxT")) != std::string::npos;)
      text.replace(at, 3, std::to_string(n) + "x" + dtype.str());
    for (size_t at; (at = text.find("<N>")) != std::string::npos;)
      text.replace(at, 3, "<" + std::to_string(n) + ">");
    return parse(text);
  }

  /// The first op of type OpTy.
  template <typename OpTy> static OpTy first(ModuleOp module) {
    OpTy found;
    module.walk([&](OpTy op) {
      if (!found)
        found = op;
    });
    return found;
  }

  static std::vector<double> values(Operation *op, llvm::StringRef field) {
    std::vector<double> result;
    forEachValueAsDouble(op->getAttrOfType<ElementsAttr>(field),
                         [&](int64_t, double v) {
                           result.push_back(v);
                           return true;
                         });
    return result;
  }

  static MismatchSpec spec(llvm::StringRef text) {
    llvm::Expected<MismatchSpec> parsed = parseMismatchSpec(text);
    if (!parsed) {
      ADD_FAILURE() << llvm::toString(parsed.takeError());
      return {};
    }
    return *parsed;
  }

  /// Every ElementsAttr of every op, in walk order, with its op and name.
  static std::vector<std::pair<std::string, Attribute>>
  allParameters(ModuleOp module) {
    std::vector<std::pair<std::string, Attribute>> result;
    module.walk([&](Operation *op) {
      for (NamedAttribute field : op->getAttrs())
        if (isa<ElementsAttr>(field.getValue()))
          result.push_back({nir::getNodeName(op).str() + "." +
                                field.getName().getValue().str(),
                            field.getValue()});
    });
    return result;
  }

  MLIRContext context;
};

struct Moments {
  double mean, relativeStd;
};

/// Mean of v / reference and standard deviation of v / reference.
static Moments moments(const std::vector<double> &v, double reference) {
  double sum = 0, sumSquares = 0;
  for (double x : v)
    sum += x / reference;
  double mean = sum / v.size();
  for (double x : v)
    sumSquares += (x / reference - mean) * (x / reference - mean);
  return {mean, std::sqrt(sumSquares / (v.size() - 1))};
}

//===----------------------------------------------------------------------===//
// Sampled spread
//===----------------------------------------------------------------------===//

TEST_F(MismatchTest, LogNormalTauHasMeanOneAndRelativeStdSigma) {
  constexpr int64_t n = 20000;
  constexpr double sigma = 0.05;
  auto module = makeLIF(n);
  ASSERT_TRUE(module);
  ASSERT_TRUE(succeeded(applyMismatch(*module, spec("tau=0.05"), 1, 0)));
  ASSERT_TRUE(succeeded(verify(*module)));
  std::vector<double> tau = values(first<nir::LIFOp>(*module), "tau");
  ASSERT_EQ(tau.size(), size_t(n));
  Moments m = moments(tau, 0.01);
  EXPECT_NEAR(m.mean, 1.0, 3 * sigma / std::sqrt(double(n)));
  EXPECT_NEAR(m.relativeStd / sigma, 1.0, 0.03);
  for (double t : tau)
    EXPECT_GT(t, 0);
}

TEST_F(MismatchTest, LogNormalIsExactAtLargeSigma) {
  // At sigma = 0.5 a factor exp(sigma N) would have mean 1.13 and relative
  // std 0.53, and exp(s N) without -s^2/2 mean 1.12: the test tells them
  // apart from the exact parameterisation.
  constexpr int64_t n = 100000;
  constexpr double sigma = 0.5;
  auto module = makeLIF(n);
  ASSERT_TRUE(module);
  ASSERT_TRUE(succeeded(applyMismatch(*module, spec("r=0.5"), 2, 5)));
  std::vector<double> r = values(first<nir::LIFOp>(*module), "r");
  Moments m = moments(r, 1.0);
  // The log-normal's own spread: std of the mean sigma/sqrt(n), and the
  // sample std's relative error about sqrt((kurtosis - 1) / 4n) < 0.5 %.
  EXPECT_NEAR(m.mean, 1.0, 3 * sigma / std::sqrt(double(n)));
  EXPECT_NEAR(m.relativeStd / sigma, 1.0, 0.02);
  for (double x : r)
    EXPECT_GT(x, 0);
}

TEST_F(MismatchTest, SignedParameterHasMeanOneAndRelativeStdSigma) {
  constexpr int64_t n = 20000;
  constexpr double sigma = 0.02;
  auto module = makeLIF(n, "f32");
  ASSERT_TRUE(module);
  ASSERT_TRUE(
      succeeded(applyMismatch(*module, spec("v_threshold=0.02"), 3, 1)));
  ASSERT_TRUE(succeeded(verify(*module)));
  auto lif = first<nir::LIFOp>(*module);
  EXPECT_TRUE(lif.getVThreshold().getElementType().isF32());
  std::vector<double> threshold = values(lif, "v_threshold");
  Moments m = moments(threshold, 1.0);
  EXPECT_NEAR(m.mean, 1.0, 3 * sigma / std::sqrt(double(n)));
  EXPECT_NEAR(m.relativeStd / sigma, 1.0, 0.03);
}

TEST_F(MismatchTest, WeightsGetOneDrawEach) {
  constexpr int64_t n = 10000;
  constexpr double sigma = 0.1;
  auto module = makeLIF(n);
  ASSERT_TRUE(module);
  ASSERT_TRUE(succeeded(applyMismatch(*module, spec("weight=0.1"), 4, 2)));
  std::vector<double> w = values(first<nir::LinearOp>(*module), "weight");
  ASSERT_EQ(w.size(), size_t(2 * n));
  Moments m = moments(w, 0.5);
  EXPECT_NEAR(m.mean, 1.0, 3 * sigma / std::sqrt(double(2 * n)));
  EXPECT_NEAR(m.relativeStd / sigma, 1.0, 0.03);
  // Neighbouring synapses do not share a draw.
  EXPECT_NE(w[0], w[1]);
  EXPECT_NE(w[0], w[n]);
}

//===----------------------------------------------------------------------===//
// The random stream
//===----------------------------------------------------------------------===//

TEST_F(MismatchTest, TrialAloneEqualsTrialAfterOthers) {
  MismatchSpec s = spec("tau=0.05,v_threshold=0.02,weight=0.01,r=0.03");
  constexpr uint64_t seed = 42, k = 5;
  auto alone = makeLIF(16);
  ASSERT_TRUE(succeeded(applyMismatch(*alone, s, seed, k)));
  // Trials 0..k-1 first, each on its own copy of the network, then k.
  auto original = makeLIF(16);
  for (uint64_t trial = 0; trial < k; ++trial) {
    OwningOpRef<ModuleOp> copy = original->clone();
    ASSERT_TRUE(succeeded(applyMismatch(*copy, s, seed, trial)));
  }
  OwningOpRef<ModuleOp> after = original->clone();
  ASSERT_TRUE(succeeded(applyMismatch(*after, s, seed, k)));
  EXPECT_EQ(allParameters(*alone), allParameters(*after));
  // Trials run before it in reverse order change nothing either.
  for (uint64_t trial = 2 * k; trial > k; --trial) {
    OwningOpRef<ModuleOp> copy = original->clone();
    ASSERT_TRUE(succeeded(applyMismatch(*copy, s, seed, trial)));
  }
  OwningOpRef<ModuleOp> again = original->clone();
  ASSERT_TRUE(succeeded(applyMismatch(*again, s, seed, k)));
  EXPECT_EQ(allParameters(*alone), allParameters(*again));
}

TEST_F(MismatchTest, DifferentSeedOrTrialGivesDifferentValues) {
  MismatchSpec s = spec("tau=0.05,weight=0.01");
  auto base = makeLIF(8);
  auto other = [&](uint64_t seed, uint64_t trial) {
    OwningOpRef<ModuleOp> copy = base->clone();
    EXPECT_TRUE(succeeded(applyMismatch(*copy, s, seed, trial)));
    return std::make_pair(values(first<nir::LIFOp>(*copy), "tau"),
                          values(first<nir::LinearOp>(*copy), "weight"));
  };
  auto reference = other(1, 1);
  auto otherTrial = other(1, 2);
  auto otherSeed = other(2, 1);
  for (size_t i = 0; i < reference.first.size(); ++i) {
    EXPECT_NE(reference.first[i], otherTrial.first[i]) << i;
    EXPECT_NE(reference.first[i], otherSeed.first[i]) << i;
  }
  for (size_t i = 0; i < reference.second.size(); ++i) {
    EXPECT_NE(reference.second[i], otherTrial.second[i]) << i;
    EXPECT_NE(reference.second[i], otherSeed.second[i]) << i;
  }
  // Swapping seed and trial is not the same stream either.
  EXPECT_NE(getMismatchTrialSeed(1, 2), getMismatchTrialSeed(2, 1));
  EXPECT_NE(getMismatchTrialSeed(0, 0), getMismatchTrialSeed(0, 1));
}

TEST_F(MismatchTest, StreamIsPinned) {
  // The draws are Boost's mt19937_64 and ziggurat normal, the same on
  // every platform: this pins them so that a change of library or mixing
  // function shows. SplitMix64(0) is 0xe220a8397b1dcdaf, the published
  // first output of SplitMix64 from state 0.
  EXPECT_EQ(getMismatchTrialSeed(0, 0), 0xa706dd2f4d197e6fULL);
  EXPECT_EQ(getMismatchTrialSeed(42, 7), 0x16062d6c1339e500ULL);
  auto module = makeLIF(3);
  ASSERT_TRUE(succeeded(applyMismatch(*module, spec("v_threshold=0.1"), 0, 0)));
  std::vector<double> threshold =
      values(first<nir::LIFOp>(*module), "v_threshold");
  ASSERT_EQ(threshold.size(), 3u);
  // 1 + 0.1 N for the first three normals of trial 0 of seed 0, as
  // Boost 1.74 draws them.
  EXPECT_DOUBLE_EQ(threshold[0], 0.9466287633905236);
  EXPECT_DOUBLE_EQ(threshold[1], 1.0190637233890114);
  EXPECT_DOUBLE_EQ(threshold[2], 0.97711434271665709);
}

TEST_F(MismatchTest, DrawsDoNotDependOnOtherSigmas) {
  // v_threshold's pattern is the same whether tau's sigma is 0 or not.
  auto a = makeLIF(8), b = makeLIF(8);
  ASSERT_TRUE(
      succeeded(applyMismatch(*a, spec("tau=0,v_threshold=0.1"), 9, 9)));
  ASSERT_TRUE(
      succeeded(applyMismatch(*b, spec("tau=0.3,v_threshold=0.1"), 9, 9)));
  EXPECT_EQ(first<nir::LIFOp>(*a).getVThreshold(),
            first<nir::LIFOp>(*b).getVThreshold());
  EXPECT_NE(first<nir::LIFOp>(*a).getTau(), first<nir::LIFOp>(*b).getTau());
}

//===----------------------------------------------------------------------===//
// What is and is not changed
//===----------------------------------------------------------------------===//

TEST_F(MismatchTest, ZeroSigmaLeavesEveryAttributeIdentical) {
  auto module = makeLIF(5, "f32");
  auto before = allParameters(*module);
  ASSERT_TRUE(succeeded(applyMismatch(
      *module, spec("tau=0,r=0,v_leak=0,v_threshold=0,v_reset=0,weight=0"), 7,
      3)));
  EXPECT_EQ(allParameters(*module), before);
  // A splat stays a splat.
  EXPECT_TRUE(first<nir::LIFOp>(*module).getTau().isSplat());
}

TEST_F(MismatchTest, OnlyNamedParametersChange) {
  auto module = makeLIF(5);
  auto before = allParameters(*module);
  ASSERT_TRUE(succeeded(applyMismatch(*module, spec("tau=0.05"), 7, 3)));
  auto after = allParameters(*module);
  ASSERT_EQ(before.size(), after.size());
  for (size_t i = 0; i < before.size(); ++i) {
    EXPECT_EQ(before[i].first, after[i].first);
    if (before[i].first == "l.tau")
      EXPECT_NE(before[i].second, after[i].second);
    else
      EXPECT_EQ(before[i].second, after[i].second) << before[i].first;
  }
}

TEST_F(MismatchTest, ExpandsBroadcastParametersAndKeepsTypes) {
  auto module = parse(R"mlir(
    nir.graph "net" {
      %x = nir.input "x" : !nir.signal<2>
      %a = nir.affine "a"(%x) {weight = dense<[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]> : tensor<3x2xf16>,
          bias = dense<0.5> : tensor<f16>} : (!nir.signal<2>) -> !nir.signal<3>
      %c = nir.cuba_lif "c"(%a) {tau_syn = dense<5.0e-3> : tensor<3xbf16>, tau_mem = dense<2.0e-2> : tensor<3xbf16>,
          r = dense<1.0> : tensor<3xbf16>, v_leak = dense<0.0> : tensor<3xbf16>,
          v_threshold = dense<1.0> : tensor<3xbf16>, v_reset = dense<0.0> : tensor<3xbf16>,
          w_in = dense<2.0> : tensor<1xbf16>} : (!nir.signal<3>) -> !nir.signal<3>
      %y = nir.output "y"(%c) : (!nir.signal<3>) -> !nir.signal<3>
    }
  )mlir");
  ASSERT_TRUE(module);
  ASSERT_TRUE(succeeded(
      applyMismatch(*module, spec("bias=0.1,w_in=0.1,tau=0.1"), 11, 0)));
  ASSERT_TRUE(succeeded(verify(*module)));
  auto affine = first<nir::AffineOp>(*module);
  EXPECT_EQ(affine.getBias().getShapedType().getShape(), ArrayRef<int64_t>{3});
  EXPECT_TRUE(affine.getBias().getElementType().isF16());
  std::vector<double> bias = values(affine, "bias");
  EXPECT_NE(bias[0], bias[1]);
  auto cuba = first<nir::CubaLIFOp>(*module);
  EXPECT_EQ(cuba.getWIn().getShapedType().getShape(), ArrayRef<int64_t>{3});
  EXPECT_TRUE(cuba.getWIn().getElementType().isBF16());
  EXPECT_FALSE(cuba.getTauSyn().isSplat());
  EXPECT_FALSE(cuba.getTauMem().isSplat());
  // Weights and thresholds were not named.
  EXPECT_TRUE(cuba.getVThreshold().isSplat());
}

TEST_F(MismatchTest, ExpandsByNumPyBroadcasting) {
  // A bias [3] of a batched Affine (output [2, 3]) and a w_in [2, 1] of a
  // [2, 3] population: each expanded element perturbs the value that
  // broadcasting reads.
  auto module = parse(R"mlir(
    nir.graph "net" {
      %x = nir.input "x" : !nir.signal<2x4>
      %a = nir.affine "a"(%x) {weight = dense<1.0> : tensor<2x3x4xf64>,
          bias = dense<[1.0, 10.0, 100.0]> : tensor<3xf64>} : (!nir.signal<2x4>) -> !nir.signal<2x3>
      %c = nir.cuba_lif "c"(%a) {tau_syn = dense<5.0e-3> : tensor<2x3xf64>, tau_mem = dense<2.0e-2> : tensor<2x3xf64>,
          r = dense<1.0> : tensor<2x3xf64>, v_leak = dense<0.0> : tensor<2x3xf64>,
          v_threshold = dense<1.0> : tensor<2x3xf64>, v_reset = dense<0.0> : tensor<2x3xf64>,
          w_in = dense<[[1.0], [100.0]]> : tensor<2x1xf64>} : (!nir.signal<2x3>) -> !nir.signal<2x3>
      %y = nir.output "y"(%c) : (!nir.signal<2x3>) -> !nir.signal<2x3>
    }
  )mlir");
  ASSERT_TRUE(module);
  ASSERT_TRUE(
      succeeded(applyMismatch(*module, spec("bias=0.01,w_in=0.01"), 3, 3)));
  ASSERT_TRUE(succeeded(verify(*module)));
  auto affine = first<nir::AffineOp>(*module);
  EXPECT_EQ(affine.getBias().getShapedType().getShape(),
            (ArrayRef<int64_t>{2, 3}));
  std::vector<double> bias = values(affine, "bias");
  const double biasReference[] = {1, 10, 100, 1, 10, 100};
  for (int i = 0; i < 6; ++i)
    EXPECT_NEAR(bias[i] / biasReference[i], 1.0, 0.1) << i;
  auto cuba = first<nir::CubaLIFOp>(*module);
  EXPECT_EQ(cuba.getWIn().getShapedType().getShape(),
            (ArrayRef<int64_t>{2, 3}));
  std::vector<double> wIn = values(cuba, "w_in");
  const double wInReference[] = {1, 1, 1, 100, 100, 100};
  for (int i = 0; i < 6; ++i)
    EXPECT_NEAR(wIn[i] / wInReference[i], 1.0, 0.1) << i;
  EXPECT_NE(wIn[0], wIn[1]);
}

TEST_F(MismatchTest, ReachesNestedGraphsInBodyOrder) {
  const char *text = R"mlir(
    nir.graph "net" {
      %x = nir.input "x" : !nir.signal<2>
      %sub = nir.graph "sub"(%x : !nir.signal<2>) -> !nir.signal<2> {
        %p = nir.input "input" : !nir.signal<2>
        %w = nir.linear "inner"(%p) {weight = dense<1.0> : tensor<2x2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
        %o = nir.output "output"(%w) : (!nir.signal<2>) -> !nir.signal<2>
      }
      %w = nir.linear "outer"(%sub) {weight = dense<1.0> : tensor<2x2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
      %y = nir.output "y"(%w) : (!nir.signal<2>) -> !nir.signal<2>
    }
  )mlir";
  auto module = parse(text);
  ASSERT_TRUE(module);
  ASSERT_TRUE(succeeded(applyMismatch(*module, spec("weight=0.2"), 5, 5)));
  ASSERT_TRUE(succeeded(verify(*module)));
  std::vector<double> inner, outer;
  module->walk([&](nir::LinearOp op) {
    (op.getName() == "inner" ? inner : outer) = values(op, "weight");
  });
  ASSERT_EQ(inner.size(), 4u);
  EXPECT_NE(inner, std::vector<double>(4, 1.0));
  EXPECT_NE(outer, std::vector<double>(4, 1.0));
  // Pre-order: the inner graph's Linear takes the first four draws, as if
  // the graph were flat with it first.
  auto flat = parse(R"mlir(
    nir.graph "net" {
      %x = nir.input "x" : !nir.signal<2>
      %a = nir.linear "inner"(%x) {weight = dense<1.0> : tensor<2x2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
      %b = nir.linear "outer"(%a) {weight = dense<1.0> : tensor<2x2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
      %y = nir.output "y"(%b) : (!nir.signal<2>) -> !nir.signal<2>
    }
  )mlir");
  ASSERT_TRUE(succeeded(applyMismatch(*flat, spec("weight=0.2"), 5, 5)));
  std::vector<double> flatInner, flatOuter;
  flat->walk([&](nir::LinearOp op) {
    (op.getName() == "inner" ? flatInner : flatOuter) = values(op, "weight");
  });
  EXPECT_EQ(inner, flatInner);
  EXPECT_EQ(outer, flatOuter);
}

TEST_F(MismatchTest, TauSpecificKeysOverrideTau) {
  auto module = parse(R"mlir(
    nir.graph "net" {
      %x = nir.input "x" : !nir.signal<2>
      %c = nir.cuba_li "c"(%x) {tau_syn = dense<5.0e-3> : tensor<2xf64>, tau_mem = dense<2.0e-2> : tensor<2xf64>,
          r = dense<1.0> : tensor<2xf64>, v_leak = dense<0.0> : tensor<2xf64>,
          w_in = dense<1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
      %y = nir.output "y"(%c) : (!nir.signal<2>) -> !nir.signal<2>
    }
  )mlir");
  ASSERT_TRUE(module);
  ASSERT_TRUE(
      succeeded(applyMismatch(*module, spec("tau=0.1,tau_mem=0"), 1, 1)));
  auto cuba = first<nir::CubaLIOp>(*module);
  EXPECT_TRUE(cuba.getTauMem().isSplat());
  EXPECT_FALSE(cuba.getTauSyn().isSplat());
}

//===----------------------------------------------------------------------===//
// Errors
//===----------------------------------------------------------------------===//

/// Runs `apply` and returns the diagnostics it emitted, one per line.
template <typename Fn>
static std::string collectErrors(MLIRContext &context, Fn apply,
                                 bool &succeededOut) {
  std::string messages;
  ScopedDiagnosticHandler handler(&context, [&](Diagnostic &diag) {
    messages += diag.str() + "\n";
    return success();
  });
  succeededOut = succeeded(apply());
  return messages;
}

TEST_F(MismatchTest, KeyWithNothingToApplyToIsAnErrorAndChangesNothing) {
  auto module = makeLIF(4);
  auto before = allParameters(*module);
  bool ok = true;
  std::string errors = collectErrors(
      context,
      [&] { return applyMismatch(*module, spec("tau=0.1,tau_syn=0.1"), 1, 1); },
      ok);
  EXPECT_FALSE(ok);
  EXPECT_NE(errors.find("mismatch parameter 'tau_syn' applies to no node"),
            std::string::npos)
      << errors;
  EXPECT_EQ(errors.find("'tau' applies"), std::string::npos) << errors;
  // tau alone would have applied, but a failure changes nothing.
  EXPECT_EQ(allParameters(*module), before);
}

TEST_F(MismatchTest, IntegerParameterIsAnError) {
  auto module = parse(R"mlir(
    nir.graph "net" {
      %x = nir.input "x" : !nir.signal<2>
      %w = nir.linear "w"(%x) {weight = dense<[[3, -2]]> : tensor<1x2xi8>} : (!nir.signal<2>) -> !nir.signal<1>
      %y = nir.output "y"(%w) : (!nir.signal<1>) -> !nir.signal<1>
    }
  )mlir");
  ASSERT_TRUE(module);
  bool ok = true;
  std::string errors = collectErrors(
      context, [&] { return applyMismatch(*module, spec("weight=0.1"), 1, 1); },
      ok);
  EXPECT_FALSE(ok);
  EXPECT_NE(errors.find("'weight' has integer type 'i8'"), std::string::npos)
      << errors;
}

//===----------------------------------------------------------------------===//
// Parsing
//===----------------------------------------------------------------------===//

static std::string parseError(llvm::StringRef text) {
  llvm::Expected<MismatchSpec> parsed = parseMismatchSpec(text);
  if (parsed)
    return "(parsed)";
  return llvm::toString(parsed.takeError());
}

TEST(MismatchSpecTest, ParsesAndPrintsBack) {
  llvm::Expected<MismatchSpec> parsed =
      parseMismatchSpec(" tau = 0.05, v_threshold=0.02 ,weight=1e-2,w_in=0");
  ASSERT_TRUE(bool(parsed)) << llvm::toString(parsed.takeError());
  ASSERT_EQ(parsed->sigmas.size(), 4u);
  EXPECT_EQ(parsed->sigmas[0].first, MismatchParameter::Tau);
  EXPECT_EQ(parsed->sigmas[0].second, 0.05);
  EXPECT_EQ(parsed->sigmas[1].first, MismatchParameter::VThreshold);
  EXPECT_EQ(parsed->sigmas[2].first, MismatchParameter::Weight);
  EXPECT_EQ(parsed->sigmas[3].first, MismatchParameter::WIn);
  EXPECT_EQ(parsed->str(), "tau=0.05,v_threshold=0.02,weight=0.01,w_in=0");
  llvm::Expected<MismatchSpec> again = parseMismatchSpec(parsed->str());
  ASSERT_TRUE(bool(again));
  EXPECT_EQ(again->sigmas, parsed->sigmas);
  llvm::Expected<MismatchSpec> empty = parseMismatchSpec("");
  ASSERT_TRUE(bool(empty));
  EXPECT_TRUE(empty->sigmas.empty());
  EXPECT_EQ(empty->str(), "");
}

TEST(MismatchSpecTest, EveryKeyRoundTrips) {
  for (llvm::StringRef key :
       {"tau", "tau_mem", "tau_syn", "v_threshold", "v_leak", "v_reset", "r",
        "w_in", "weight", "bias"}) {
    std::optional<MismatchParameter> parameter = getMismatchParameter(key);
    ASSERT_TRUE(parameter) << key.str();
    EXPECT_EQ(getMismatchKey(*parameter), key);
    EXPECT_NE(describeMismatchKeys().find("  " + key.str() + ": "),
              std::string::npos);
  }
  EXPECT_TRUE(isLogNormalMismatch(MismatchParameter::R));
  EXPECT_TRUE(isLogNormalMismatch(MismatchParameter::WIn));
  EXPECT_FALSE(isLogNormalMismatch(MismatchParameter::VThreshold));
}

TEST(MismatchSpecTest, RejectsUnknownKeyListingTheValidOnes) {
  EXPECT_EQ(parseError("tau=0.1,threshold=0.1"),
            "unknown mismatch parameter 'threshold'; valid keys are tau, "
            "tau_mem, tau_syn, v_threshold, v_leak, v_reset, r, w_in, weight, "
            "bias");
}

TEST(MismatchSpecTest, RejectsMalformedEntries) {
  EXPECT_EQ(parseError("tau"),
            "malformed mismatch entry 'tau': expected key=sigma, e.g. "
            "tau=0.05");
  EXPECT_EQ(parseError("tau="),
            "malformed mismatch entry 'tau=': expected key=sigma, e.g. "
            "tau=0.05");
  EXPECT_EQ(parseError("=0.1"),
            "malformed mismatch entry '=0.1': expected key=sigma, e.g. "
            "tau=0.05");
  EXPECT_EQ(parseError("tau=0.1=0.2"),
            "malformed mismatch entry 'tau=0.1=0.2': expected key=sigma, "
            "e.g. tau=0.05");
  EXPECT_EQ(parseError("tau=0.1,"),
            "malformed mismatch entry '': expected key=sigma, e.g. tau=0.05");
  EXPECT_EQ(parseError("tau=5%"),
            "sigma '5%' of mismatch parameter 'tau' is not a number");
}

TEST(MismatchSpecTest, RejectsRepeatedKey) {
  EXPECT_EQ(parseError("tau=0.1,r=0.1,tau=0.2"),
            "mismatch parameter 'tau' is given twice");
}

TEST(MismatchSpecTest, RejectsNegativeOrNonFiniteSigma) {
  EXPECT_EQ(parseError("weight=-0.01"),
            "sigma of mismatch parameter 'weight' must be non-negative, got "
            "-0.01");
  EXPECT_EQ(parseError("weight=inf"),
            "sigma of mismatch parameter 'weight' must be finite, got inf");
  EXPECT_EQ(parseError("weight=nan"),
            "sigma of mismatch parameter 'weight' must be finite, got nan");
}

} // namespace
