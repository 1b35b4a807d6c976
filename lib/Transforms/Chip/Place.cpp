//===- Place.cpp - chip-place pass ----------------------------------------===//
//
// Gives every unplaced slice a core. Neuron pools (Xylo, BrainScaleS-2) are
// filled first-fit in the target's priority order; targets with a core per
// slice (Speck, Loihi 2, SpiNNaker2) get a maximum bipartite matching of
// slices to the cores each fits, which finds an assignment whenever one
// exists (Sinabs solves Speck's the same way, by max-flow).
//
//===----------------------------------------------------------------------===//

#include "nirc/Dialect/Chip/ChipPasses.h"

#include "mlir/IR/Builders.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/Support/FormatVariadic.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/max_cardinality_matching.hpp>

namespace nirc::chip {
#define GEN_PASS_DEF_CHIPPLACE
#include "nirc/Dialect/Chip/Passes.h.inc"
} // namespace nirc::chip

using namespace mlir;
using namespace nirc::chip;

namespace {
class Placer {
public:
  explicit Placer(DeviceOp device)
      : device(device), model(device.getTargetModel()),
        builder(OpBuilder::atBlockBegin(&device.getBody().front())) {
    for (auto core : device.getBody().getOps<CoreOp>())
      cores[core.getIndex()] = core;
    for (auto slice : device.getBody().getOps<SliceOp>())
      if (auto core = slice.getCore()) {
        unsigned index = core.getDefiningOp<CoreOp>().getIndex();
        placed[index].push_back(slice);
        used[index] = std::max<int64_t>(used[index],
                                        *slice.getOffset() + slice.getSize());
      }
  }

  LogicalResult placePacked(ArrayRef<SliceOp> slices);
  LogicalResult placeMatched(SmallVector<SliceOp> slices);

private:
  /// Whether `slice` fits on `core` next to what is there, beyond neurons.
  bool fits(unsigned core, SliceOp slice, LimitViolation &violation) {
    PopulationOp population = slice.getPopulationOp();
    return model.getCoreKind(core) == model.getCoreKindFor(population) &&
           used[core] + slice.getSize() <= model.getNeuronCapacity(core) &&
           model.fitsOnCore(core, placed[core], slice, violation);
  }
  void assign(SliceOp slice, unsigned core);
  /// Spreads `slice` over the free room of several cores (first-fit, as
  /// hxtorch places neuron by neuron); false when they cannot hold it all.
  bool splitAcrossCores(SliceOp slice);
  /// The cores of `kind` and the neurons they hold.
  std::pair<int64_t, int64_t> countCores(StringRef kind);

  DeviceOp device;
  const TargetModel &model;
  OpBuilder builder;
  DenseMap<unsigned, CoreOp> cores;
  DenseMap<unsigned, SmallVector<SliceOp>> placed;
  DenseMap<unsigned, int64_t> used;
};
} // namespace

void Placer::assign(SliceOp slice, unsigned index) {
  CoreOp &core = cores[index];
  if (!core)
    core = builder.create<CoreOp>(device.getLoc(),
                                  CoreType::get(builder.getContext()), index,
                                  model.getCoreKind(index));
  slice.getCoreMutable().assign(core.getCore());
  slice.setOffsetAttr(builder.getI64IntegerAttr(used[index]));
  used[index] += slice.getSize();
  placed[index].push_back(slice);
}

bool Placer::splitAcrossCores(SliceOp slice) {
  PopulationOp population = slice.getPopulationOp();
  StringRef kind = model.getCoreKindFor(population);
  OpBuilder before(slice);
  SmallVector<SliceOp> parts;
  int64_t begin = slice.getBegin();
  for (unsigned core = 0; core < model.getNumCores() && begin < slice.getEnd();
       ++core) {
    int64_t room = model.getNeuronCapacity(core) - used[core];
    if (model.getCoreKind(core) != kind || room <= 0)
      continue;
    auto part =
        before.create<SliceOp>(slice.getLoc(), slice.getPopulation(), begin,
                               std::min<int64_t>(slice.getEnd(), begin + room),
                               Value(), IntegerAttr());
    LimitViolation ignored;
    if (!fits(core, part, ignored)) {
      part.erase();
      continue;
    }
    assign(part, core);
    parts.push_back(part);
    begin = part.getEnd();
  }
  if (begin < slice.getEnd()) {
    // Leave the IR as it was: the caller reports the slice.
    for (SliceOp part : parts) {
      unsigned core = part.getCore().getDefiningOp<CoreOp>().getIndex();
      used[core] -= part.getSize();
      placed[core].pop_back();
      part.erase();
    }
    return false;
  }
  slice.erase();
  return true;
}

std::pair<int64_t, int64_t> Placer::countCores(StringRef kind) {
  int64_t count = 0, neurons = 0;
  for (unsigned core = 0; core < model.getNumCores(); ++core)
    if (model.getCoreKind(core) == kind) {
      ++count;
      neurons += model.getNeuronCapacity(core);
    }
  return {count, neurons};
}

LogicalResult Placer::placePacked(ArrayRef<SliceOp> slices) {
  // Lower priority first; otherwise in the order of the graph.
  SmallVector<SliceOp> order(slices);
  llvm::stable_sort(order, [&](SliceOp a, SliceOp b) {
    return model.getPlacementPriority(a.getPopulationOp()) <
           model.getPlacementPriority(b.getPopulationOp());
  });
  llvm::StringMap<int64_t> demand; // neurons asked of each kind so far
  for (SliceOp slice : order) {
    PopulationOp population = slice.getPopulationOp();
    StringRef kind = model.getCoreKindFor(population);
    demand[kind] += slice.getSize();
    LimitViolation violation;
    bool done = false;
    for (unsigned core = 0; core < model.getNumCores() && !done; ++core)
      if (fits(core, slice, violation)) {
        assign(slice, core);
        done = true;
      }
    if (done || splitAcrossCores(slice))
      continue;
    auto [count, capacity] = countCores(kind);
    if (demand[kind] > capacity)
      violation = {demand[kind], "neurons", capacity,
                   (kind + " neurons").str()};
    if (!violation.quantity.empty()) {
      model.emitLimitError(population, violation);
      return failure();
    }
    return emitNodeError(population)
           << "no '" << kind << "' core of " << model.getDisplayName()
           << " has room left for neurons [" << slice.getBegin() << ", "
           << slice.getEnd() << ")";
  }
  return success();
}

LogicalResult Placer::placeMatched(SmallVector<SliceOp> slices) {
  // Vertices: slices 0..n-1, then cores n..n+m-1.
  using Graph =
      boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  size_t n = slices.size(), m = model.getNumCores();
  Graph graph(n + m);
  SmallVector<LimitViolation> whyNot(n);
  SmallVector<SmallVector<unsigned>> candidates(n);
  for (size_t s = 0; s < n; ++s)
    for (unsigned core = 0; core < m; ++core)
      if (placed[core].empty() && fits(core, slices[s], whyNot[s])) {
        boost::add_edge(s, n + core, graph);
        candidates[s].push_back(core);
      }
  // First-fit on the lowest free core places everything on cores that are
  // all alike (and keeps the cores used contiguous); the matching is needed
  // only when it fails, as on Speck's unequal cores.
  std::vector<Graph::vertex_descriptor> mate(n + m, Graph::null_vertex());
  llvm::SmallDenseSet<unsigned> taken;
  bool firstFitPlacedAll = true;
  for (size_t s = 0; s < n && firstFitPlacedAll; ++s) {
    auto free = llvm::find_if(
        candidates[s], [&](unsigned core) { return !taken.contains(core); });
    if (free == candidates[s].end()) {
      firstFitPlacedAll = false;
      break;
    }
    taken.insert(*free);
    mate[s] = n + *free;
  }
  if (!firstFitPlacedAll) {
    std::fill(mate.begin(), mate.end(), Graph::null_vertex());
    boost::edmonds_maximum_cardinality_matching(graph, mate.data());
  }

  for (size_t s = 0; s < n; ++s) {
    if (mate[s] != Graph::null_vertex()) {
      assign(slices[s], unsigned(mate[s] - n));
      continue;
    }
    PopulationOp population = slices[s].getPopulationOp();
    StringRef kind = model.getCoreKindFor(population);
    if (candidates[s].empty()) {
      if (!whyNot[s].quantity.empty()) {
        model.emitLimitError(population, whyNot[s]);
        return failure();
      }
      return emitNodeError(population)
             << "no free '" << kind << "' core of " << model.getDisplayName()
             << " can hold neurons [" << slices[s].getBegin() << ", "
             << slices[s].getEnd() << ")";
    }
    int64_t needed = llvm::count_if(slices, [&](SliceOp other) {
      return model.getCoreKindFor(other.getPopulationOp()) == kind;
    });
    auto [count, capacity] = countCores(kind);
    if (needed > count) {
      model.emitLimitError(population, {needed, "cores (one per slice)", count,
                                        (kind + " cores").str()});
      return failure();
    }
    std::string list;
    for (unsigned core : candidates[s])
      list += (list.empty() ? "" : ", ") + std::to_string(core);
    return emitNodeError(population)
           << "fits only cores " << list << " of " << model.getDisplayName()
           << ", and no assignment of all layers to cores leaves one free";
  }
  return success();
}

namespace {
struct PlacePass : public nirc::chip::impl::ChipPlaceBase<PlacePass> {
  void runOnOperation() override {
    DeviceOp device = getOperation();
    SmallVector<SliceOp> unplaced;
    for (auto slice : device.getBody().getOps<SliceOp>())
      if (!slice.getCore())
        unplaced.push_back(slice);
    Placer placer(device);
    LogicalResult result = device.getTargetModel().getPlacementStyle() ==
                                   PlacementStyle::PackedPools
                               ? placer.placePacked(unplaced)
                               : placer.placeMatched(unplaced);
    if (failed(result))
      return signalPassFailure();
  }
};
} // namespace
