//===- NIRDialectTest.cpp - NIR dialect through the C++ API ---------------===//

#include "nirc/Dialect/NIR/NIROps.h"
#include "nirc/Dialect/NIR/NIRPasses.h"
#include "nirc/InitAllDialects.h"
#include "nirc/Support/ElementsUtils.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"

#include "gtest/gtest.h"

using namespace mlir;
using namespace nirc;

namespace {

class NIRDialectTest : public ::testing::Test {
protected:
  NIRDialectTest() {
    DialectRegistry registry;
    registerAllDialects(registry);
    context.appendDialectRegistry(registry);
    context.loadAllAvailableDialects();
  }
  OwningOpRef<ModuleOp> parse(llvm::StringRef text) {
    return parseSourceString<ModuleOp>(text, &context);
  }
  MLIRContext context;
};

TEST_F(NIRDialectTest, ReadsEveryDtypeAsDouble) {
  auto module = parse(R"mlir(
    nir.graph {
      %x = nir.input "in" : !nir.signal<2>
      %a = nir.scale "f16"(%x) {scale = dense<[0.5, -2.0]> : tensor<2xf16>} : (!nir.signal<2>) -> !nir.signal<2>
      %b = nir.scale "u8"(%a) {scale = dense<[200, 7]> : tensor<2xui8>} : (!nir.signal<2>) -> !nir.signal<2>
      %c = nir.scale "i32"(%b) {scale = dense<[-3, 4]> : tensor<2xi32>} : (!nir.signal<2>) -> !nir.signal<2>
    }
  )mlir");
  ASSERT_TRUE(module);
  std::vector<double> seen;
  module->walk([&](nir::ScaleOp op) {
    forEachValueAsDouble(op.getScale(), [&](int64_t, double value) {
      seen.push_back(value);
      return true;
    });
  });
  EXPECT_EQ(seen, (std::vector<double>{0.5, -2.0, 200, 7, -3, 4}));
}

TEST_F(NIRDialectTest, ReadsDenseResourceParameters) {
  // Large weights may live in resource blobs; the verifiers must read them.
  std::vector<float> values = {1.5f, -0.25f, 3.0f};
  auto type = RankedTensorType::get({3}, Float32Type::get(&context));
  auto attr = DenseResourceElementsAttr::get(
      type, "w",
      HeapAsmResourceBlob::allocateAndCopyInferAlign(llvm::ArrayRef(values)));
  std::vector<double> seen;
  EXPECT_TRUE(forEachValueAsDouble(attr, [&](int64_t, double value) {
    seen.push_back(value);
    return true;
  }));
  EXPECT_EQ(seen, (std::vector<double>{1.5, -0.25, 3.0}));
}

TEST_F(NIRDialectTest, InferTypesFillsConvAndFlattenShapes) {
  auto module = parse(R"mlir(
    nir.graph {
      %x = nir.input "in" : !nir.signal<2x34x34>
      %c = nir.conv2d "conv"(%x) {weight = dense<1.0> : tensor<16x2x5x5xf32>,
          bias = dense<0.0> : tensor<16xf32>, stride = array<i64: 2, 2>,
          padding = array<i64: 1, 1>, dilation = array<i64: 1, 1>,
          groups = 1 : i64} : (!nir.signal<2x34x34>) -> !nir.signal<*>
      %f = nir.flatten "flat"(%c) {start_dim = 0 : i64, end_dim = -1 : i64}
          : (!nir.signal<*>) -> !nir.signal<*>
      %o = nir.output "out"(%f) : (!nir.signal<*>) -> !nir.signal<*>
    }
  )mlir");
  ASSERT_TRUE(module);
  PassManager pm(&context);
  pm.addPass(nir::createInferTypes());
  ASSERT_TRUE(succeeded(pm.run(*module)));
  ASSERT_TRUE(succeeded(verify(*module)));
  module->walk([](nir::OutputOp out) {
    auto type = cast<nir::SignalType>(out.getOutput().getType());
    ASSERT_TRUE(type.hasKnownShape());
    EXPECT_EQ(type.getShape(), llvm::ArrayRef<int64_t>{16 * 16 * 16});
  });
}

} // namespace
