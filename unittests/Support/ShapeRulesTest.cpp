//===- ShapeRulesTest.cpp - NIR shape arithmetic vs brute force -----------===//

#include "nirc/Support/ShapeRules.h"

#include "gtest/gtest.h"

using namespace nirc;

namespace {

/// Counts window positions by sliding a dilated kernel over the padded input,
/// the definition the closed form must agree with.
int64_t countWindows(int64_t length, int64_t kernel, int64_t stride,
                     int64_t padding, int64_t dilation) {
  int64_t padded = length + 2 * padding;
  int64_t extent = dilation * (kernel - 1) + 1;
  int64_t count = 0;
  for (int64_t start = 0; start + extent <= padded; start += stride)
    ++count;
  return count;
}

TEST(ShapeRulesTest, ConvOutputLengthMatchesSlidingWindow) {
  for (int64_t length = 1; length <= 12; ++length)
    for (int64_t kernel = 1; kernel <= 5; ++kernel)
      for (int64_t stride = 1; stride <= 3; ++stride)
        for (int64_t padding = 0; padding <= 2; ++padding)
          for (int64_t dilation = 1; dilation <= 3; ++dilation)
            EXPECT_EQ(
                convOutputLength(length, kernel, stride, padding, dilation),
                countWindows(length, kernel, stride, padding, dilation))
                << "length " << length << " kernel " << kernel << " stride "
                << stride << " padding " << padding << " dilation " << dilation;
}

TEST(ShapeRulesTest, ConvOutputOfTheSinabsCnnFirstLayer) {
  // cnn_sinabs.nir: Conv2d(2->16, k5, s2, p1) on 34x34 gives 16x16.
  EXPECT_EQ(convOutputLength(34, 5, 2, 1, 1), 16);
}

TEST(ShapeRulesTest, FlattenMergesInclusiveRange) {
  EXPECT_EQ(*flattenShape({8, 4, 4}, 1, -1),
            (llvm::SmallVector<int64_t>{8, 16}));
  EXPECT_EQ(*flattenShape({8, 4, 4}, 0, -1), (llvm::SmallVector<int64_t>{128}));
  EXPECT_EQ(*flattenShape({2, 3, 4, 5}, 1, 2),
            (llvm::SmallVector<int64_t>{2, 12, 5}));
  EXPECT_EQ(*flattenShape({2, 3}, -1, -1), (llvm::SmallVector<int64_t>{2, 3}));
}

TEST(ShapeRulesTest, FlattenRejectsDimsOutsideTheShape) {
  EXPECT_FALSE(flattenShape({8, 4}, 0, 2));
  EXPECT_FALSE(flattenShape({8, 4}, -3, 1));
  EXPECT_FALSE(flattenShape({8, 4}, 1, 0));
  EXPECT_FALSE(flattenShape({}, 0, -1));
}

TEST(ShapeRulesTest, BroadcastFollowsNumPy) {
  EXPECT_TRUE(broadcastsTo({}, {3, 4}));
  EXPECT_TRUE(broadcastsTo({1}, {3, 4}));
  EXPECT_TRUE(broadcastsTo({4}, {3, 4}));
  EXPECT_TRUE(broadcastsTo({3, 1}, {3, 4}));
  EXPECT_FALSE(broadcastsTo({3}, {3, 4}));
  EXPECT_FALSE(broadcastsTo({2, 3, 4}, {3, 4}));
}

TEST(ShapeRulesTest, FormatsLikeNumPy) {
  EXPECT_EQ(formatShape({2, 34, 34}), "[2, 34, 34]");
  EXPECT_EQ(formatShape({}), "[]");
  EXPECT_EQ(numElements({}), 1);
  EXPECT_EQ(numElements({2, 3}), 6);
}

} // namespace
