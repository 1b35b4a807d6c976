//===- FixedPoint.cpp - a chip's integer arithmetic, one neuron -----------===//

#include "nirc/Simulator/FixedPoint.h"

#include <algorithm>
#include <cassert>
#include <cmath>

using namespace nirc;
using namespace nirc::fixed;
using sim::Overflow;

int64_t fixed::truncateToWidth(int64_t x, unsigned bits) {
  if (bits >= 64)
    return x;
  uint64_t mask = (uint64_t(1) << bits) - 1;
  uint64_t low = uint64_t(x) & mask;
  return low & (uint64_t(1) << (bits - 1)) ? int64_t(low | ~mask)
                                           : int64_t(low);
}

int64_t fixed::shiftBy(int64_t x, int64_t amount) {
  if (amount >= 0)
    return int64_t(uint64_t(x) << amount);
  return x >> std::min<int64_t>(-amount, 63); // arithmetic: toward −inf
}

int64_t fixed::decayed(int64_t x, int64_t d, sim::DecayRule rule,
                       int64_t unity) {
  if (rule == sim::DecayRule::MultiplyShift)
    return x * (unity - d) / unity; // C++ division truncates toward zero
  int64_t leak = x >> std::min<int64_t>(d, 63);
  if (leak == 0 && x != 0)
    leak = x > 0 ? 1 : -1;
  return x - leak;
}

static bool fires(sim::Comparison compare, int64_t v, int64_t threshold) {
  return compare == sim::Comparison::Greater ? v > threshold : v >= threshold;
}

int64_t fixed::stepNeuron(const NeuronRule &rule, const NeuronParams &params,
                          int64_t &current, int64_t &membrane,
                          std::optional<int64_t> input) {
  int64_t i =
      decayed(current, params.currentDecay, rule.decay, rule.decayUnity);
  if (input)
    i += shiftBy(*input, rule.inputShift);
  current = applyOverflow(i, rule.currentBits, rule.currentOverflow);

  unsigned bits = rule.membraneBits;
  Overflow overflow = rule.membraneOverflow;
  int64_t kept =
      decayed(membrane, params.membraneDecay, rule.decay, rule.decayUnity);
  if (rule.membraneSum == sim::MembraneSum::Direct) {
    membrane = applyOverflow(kept + current + params.bias, bits, overflow);
  } else {
    // The leak is negated in the register's width (−(−2^15) stays −2^15).
    int64_t step = applyOverflow(
        truncateToWidth(-(membrane - kept), bits) + current, bits, overflow);
    step = applyOverflow(step + params.bias, bits, overflow);
    membrane = applyOverflow(membrane + step, bits, overflow);
  }

  if (!rule.spiking)
    return 0;
  int64_t spikes = 0;
  while (spikes < rule.maxSpikes &&
         fires(rule.compare, membrane, params.threshold)) {
    ++spikes;
    // XyloSim subtracts in the register's width: a negative threshold
    // wraps rather than saturates.
    membrane = rule.reset == sim::FixedReset::Zero
                   ? 0
                   : truncateToWidth(membrane - params.threshold, bits);
  }
  return spikes;
}

int64_t fixed::adcCode(double x, double unit, double offset, unsigned bits) {
  double top = double((int64_t(1) << bits) - 1);
  double level = (x - offset) / unit;
  if (!(level > 0)) // below code 0, or NaN
    return 0;
  return int64_t(std::round(std::min(level, top)));
}

Connectivity fixed::buildConnectivity(llvm::ArrayRef<int64_t> weight,
                                      llvm::ArrayRef<int64_t> weightShape,
                                      llvm::ArrayRef<int64_t> sourceShape,
                                      llvm::ArrayRef<int64_t> targetShape,
                                      llvm::ArrayRef<int64_t> stride,
                                      llvm::ArrayRef<int64_t> padding,
                                      int64_t pool) {
  int64_t numSources = 1, numTargets = 1;
  for (int64_t d : sourceShape)
    numSources *= d;
  for (int64_t d : targetShape)
    numTargets *= d;
  // The pooled position each source element reaches, or −1 when pooling
  // leaves it out (a ragged edge).
  std::vector<int64_t> pooledIndex(numSources);
  int64_t pooledC = 1, pooledH = 1, pooledW = 1;
  if (pool > 1) {
    pooledC = sourceShape[0];
    pooledH = sourceShape[1] / pool;
    pooledW = sourceShape[2] / pool;
    for (int64_t c = 0; c < sourceShape[0]; ++c)
      for (int64_t y = 0; y < sourceShape[1]; ++y)
        for (int64_t x = 0; x < sourceShape[2]; ++x) {
          int64_t py = y / pool, px = x / pool;
          pooledIndex[(c * sourceShape[1] + y) * sourceShape[2] + x] =
              py < pooledH && px < pooledW ? (c * pooledH + py) * pooledW + px
                                           : -1;
        }
  } else {
    for (int64_t i = 0; i < numSources; ++i)
      pooledIndex[i] = i;
    if (sourceShape.size() == 3)
      pooledC = sourceShape[0], pooledH = sourceShape[1],
      pooledW = sourceShape[2];
  }
  // The source elements behind each pooled position, in increasing order.
  int64_t numPooled = pool > 1 ? pooledC * pooledH * pooledW : numSources;
  std::vector<std::vector<int64_t>> sourcesOf(numPooled);
  for (int64_t i = 0; i < numSources; ++i)
    if (pooledIndex[i] >= 0)
      sourcesOf[pooledIndex[i]].push_back(i);

  // Each target's (source, weight) pairs in increasing order, then the
  // same connections gathered per source (targets in increasing order).
  std::vector<std::vector<std::pair<int64_t, int64_t>>> rows(numTargets);
  for (int64_t t = 0; t < numTargets; ++t) {
    auto &row = rows[t];
    auto addPooled = [&](int64_t pooled, int64_t w) {
      if (w == 0)
        return;
      for (int64_t source : sourcesOf[pooled])
        row.emplace_back(source, w);
    };
    if (weightShape.size() == 2) {
      for (int64_t p = 0; p < numPooled; ++p)
        addPooled(p, weight[t * numPooled + p]);
    } else {
      int64_t outH = targetShape[1], outW = targetShape[2];
      int64_t co = t / (outH * outW), oy = (t / outW) % outH, ox = t % outW;
      int64_t inC = weightShape[1], kH = weightShape[2], kW = weightShape[3];
      for (int64_t ci = 0; ci < inC; ++ci)
        for (int64_t ky = 0; ky < kH; ++ky) {
          int64_t y = oy * stride[0] - padding[0] + ky;
          if (y < 0 || y >= pooledH)
            continue;
          for (int64_t kx = 0; kx < kW; ++kx) {
            int64_t x = ox * stride[1] - padding[1] + kx;
            if (x < 0 || x >= pooledW)
              continue;
            addPooled((ci * pooledH + y) * pooledW + x,
                      weight[((co * inC + ci) * kH + ky) * kW + kx]);
          }
        }
    }
    std::sort(row.begin(), row.end());
  }

  Connectivity c;
  c.numTargets = numTargets;
  c.columnStart.assign(numSources + 1, 0);
  for (const auto &row : rows)
    for (auto [source, w] : row)
      ++c.columnStart[source + 1];
  for (int64_t s = 0; s < numSources; ++s)
    c.columnStart[s + 1] += c.columnStart[s];
  c.target.resize(c.columnStart.back());
  c.weight.resize(c.columnStart.back());
  std::vector<int64_t> next(c.columnStart.begin(), c.columnStart.end() - 1);
  for (int64_t t = 0; t < numTargets; ++t)
    for (auto [source, w] : rows[t]) {
      c.target[next[source]] = t;
      c.weight[next[source]++] = w;
    }
  return c;
}
