//===- TextNestingTest.cpp - the bracket depth bound before MLIR parses ---===//

#include "nirc/Support/TextNesting.h"

#include "gtest/gtest.h"

using namespace nirc;

namespace {

TEST(TextNestingTest, FindsTheFirstBracketPastTheBound) {
  EXPECT_EQ(findExcessiveNesting("{x = [[1]]}", 3), std::nullopt);
  EXPECT_EQ(findExcessiveNesting("{x = [[1]]}", 2), size_t(6));
  // Every kind of bracket counts, and closing one frees a level.
  EXPECT_EQ(findExcessiveNesting("(<[{}]>)(<[{}]>)", 4), std::nullopt);
  EXPECT_EQ(findExcessiveNesting("(<[{}]>)(<[{}]>)", 3), size_t(3));
}

TEST(TextNestingTest, SkipsStringsAndComments) {
  EXPECT_EQ(findExcessiveNesting(R"({s = "[[[[", t = "\"[[[["})", 1),
            std::nullopt);
  EXPECT_EQ(findExcessiveNesting("// [[[[\n{}", 1), std::nullopt);
  EXPECT_EQ(findExcessiveNesting("// [[[[", 1), std::nullopt);
  // An unterminated string ends the scan; the parser reports it.
  EXPECT_EQ(findExcessiveNesting("\"[[[[", 1), std::nullopt);
}

TEST(TextNestingTest, ArrowsAndComparisonsCloseNothing) {
  // `->` in function types and `>=` in integer sets are not closers: were
  // they, text could nest without bound behind them.
  EXPECT_EQ(findExcessiveNesting("{ -> -> [[", 2), size_t(9));
  EXPECT_EQ(findExcessiveNesting("{ >= >= [[", 2), size_t(9));
}

TEST(TextNestingTest, StrayClosersDoNotLowerTheDepth) {
  EXPECT_EQ(findExcessiveNesting(")))[[[", 2), size_t(5));
}

} // namespace
