//===- FixedPointTest.cpp - one fixed-point neuron step, by hand ----------===//
//
// sim.fixed_step's arithmetic (fixed::stepNeuron) against sequences worked
// out by hand: the multi-spike subtractive reset taken at once, which must
// equal one spike at a time, and the membrane's floor (Sinabs' min_v_mem).
//
//===----------------------------------------------------------------------===//

#include "nirc/Simulator/FixedPoint.h"

#include <gtest/gtest.h>

using namespace nirc;
using namespace nirc::fixed;

namespace {

/// An integrate-and-fire neuron without decay: the current is the step's
/// input (du = unity), the membrane keeps everything (dv = 0).
NeuronRule integrateAndFire(sim::Comparison compare, int64_t maxSpikes) {
  NeuronRule rule;
  rule.decay = sim::DecayRule::MultiplyShift;
  rule.decayUnity = 4096;
  rule.compare = compare;
  rule.reset = sim::FixedReset::Subtract;
  rule.maxSpikes = maxSpikes;
  return rule;
}

int64_t step(const NeuronRule &rule, const NeuronParams &params,
             int64_t &membrane, int64_t input) {
  int64_t current = 0;
  return stepNeuron(rule, params, current, membrane, input);
}

TEST(FixedPointTest, MultiSpikeSubtractsEveryThreshold) {
  NeuronParams params{/*currentDecay=*/4096, /*membraneDecay=*/0,
                      /*bias=*/0, /*threshold=*/10};
  NeuronRule ge = integrateAndFire(sim::Comparison::GreaterEqual, 1000);
  // 35 >= 10: 3 spikes, 5 left; then 5 + 5 = 10 >= 10: 1 spike, 0 left.
  int64_t v = 0;
  EXPECT_EQ(step(ge, params, v, 35), 3);
  EXPECT_EQ(v, 5);
  EXPECT_EQ(step(ge, params, v, 5), 1);
  EXPECT_EQ(v, 0);
  // With '>', 30 fires twice (30 > 10, 20 > 10) and keeps 10.
  NeuronRule gt = integrateAndFire(sim::Comparison::Greater, 1000);
  v = 0;
  EXPECT_EQ(step(gt, params, v, 30), 2);
  EXPECT_EQ(v, 10);
  // A cap keeps what it could not fire: 4 of 7, 30 left (XyloSim's 31).
  NeuronRule capped = integrateAndFire(sim::Comparison::GreaterEqual, 4);
  v = 0;
  EXPECT_EQ(step(capped, params, v, 70), 4);
  EXPECT_EQ(v, 30);
}

TEST(FixedPointTest, MultiSpikeEqualsOneSpikeAtATime) {
  // The closed form taken for a positive threshold against one spike at a
  // time, over many membranes.
  for (sim::Comparison compare :
       {sim::Comparison::Greater, sim::Comparison::GreaterEqual})
    for (int64_t threshold : {1, 3, 7, 64})
      for (int64_t input = -20; input <= 300; ++input) {
        NeuronRule rule = integrateAndFire(compare, 9);
        NeuronParams params{4096, 0, 0, threshold};
        int64_t v = 0;
        int64_t spikes = step(rule, params, v, input);
        int64_t expectedV = input, expectedSpikes = 0;
        while (expectedSpikes < 9 &&
               (compare == sim::Comparison::Greater ? expectedV > threshold
                                                    : expectedV >= threshold)) {
          ++expectedSpikes;
          expectedV -= threshold;
        }
        EXPECT_EQ(spikes, expectedSpikes) << input << " / " << threshold;
        EXPECT_EQ(v, expectedV) << input << " / " << threshold;
      }
}

TEST(FixedPointTest, MembraneFloor) {
  // min_v_mem = -10: -25 stops at -10; a spike's remainder is floored too.
  NeuronParams params{4096, 0, 0, /*threshold=*/10, /*thresholdLow=*/-10};
  NeuronRule rule = integrateAndFire(sim::Comparison::GreaterEqual, 1000);
  int64_t v = 0;
  EXPECT_EQ(step(rule, params, v, -25), 0);
  EXPECT_EQ(v, -10);
  EXPECT_EQ(step(rule, params, v, 5), 0);
  EXPECT_EQ(v, -5);
  EXPECT_EQ(step(rule, params, v, 17), 1);
  EXPECT_EQ(v, 2);
  // Without a floor the membrane goes as low as its width allows.
  NeuronParams unbounded{4096, 0, 0, 10};
  v = 0;
  step(rule, unbounded, v, -25);
  EXPECT_EQ(v, -25);
}

} // namespace
