//===- ExportChipJSON.cpp - the JSON target description -------------------===//
//
// One schema for every target: what differs between chips is in the
// registers, which are named as each vendor's toolchain names them.
//
//===----------------------------------------------------------------------===//

#include "nirc/Dialect/Chip/ChipPasses.h"
#include "nirc/Support/TranslateFromText.h"
#include "nirc/Target/Chip/ChipExport.h"

#include "llvm/ADT/MapVector.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"

using namespace mlir;
using namespace nirc::chip;

FailureOr<DeviceOp> nirc::chip::getOnlyDevice(ModuleOp module) {
  auto devices = llvm::to_vector(module.getOps<DeviceOp>());
  if (devices.size() != 1)
    return module.emitError("expected one chip.device, found ")
           << devices.size();
  return devices.front();
}

/// Writes `values` on one line: weight arrays stay readable.
static void writeNumbers(llvm::json::OStream &j, llvm::json::Array values) {
  j.rawValue([&](llvm::raw_ostream &os) {
    os << llvm::json::Value(std::move(values));
  });
}

/// Numbers, strings, arrays and dictionaries as JSON values. A one-element
/// array, the IR's short form of a value shared by all, is repeated
/// `broadcast` times, so that per-neuron arrays always have one entry per
/// neuron.
static void writeAttribute(llvm::json::OStream &j, Attribute attr,
                           int64_t broadcast = 1) {
  if (auto flag = dyn_cast<BoolAttr>(attr))
    return j.value(flag.getValue());
  if (auto integer = dyn_cast<IntegerAttr>(attr))
    return j.value(integer.getInt());
  if (auto number = dyn_cast<FloatAttr>(attr))
    return j.value(number.getValueAsDouble());
  if (auto string = dyn_cast<StringAttr>(attr))
    return j.value(string.getValue());
  llvm::json::Array numbers;
  if (auto ints = dyn_cast<DenseIntElementsAttr>(attr)) {
    int64_t repeat = ints.getNumElements() == 1 ? broadcast : 1;
    for (int64_t i = 0; i < repeat; ++i)
      for (const APInt &v : ints.getValues<APInt>())
        numbers.push_back(v.getSExtValue());
    return writeNumbers(j, std::move(numbers));
  }
  if (auto floats = dyn_cast<DenseFPElementsAttr>(attr)) {
    int64_t repeat = floats.getNumElements() == 1 ? broadcast : 1;
    for (int64_t i = 0; i < repeat; ++i)
      for (const APFloat &v : floats.getValues<APFloat>())
        numbers.push_back(v.convertToDouble());
    return writeNumbers(j, std::move(numbers));
  }
  if (auto array = dyn_cast<DenseI64ArrayAttr>(attr)) {
    for (int64_t v : array.asArrayRef())
      numbers.push_back(v);
    return writeNumbers(j, std::move(numbers));
  }
  if (auto array = dyn_cast<ArrayAttr>(attr))
    return j.array([&] {
      for (Attribute element : array)
        writeAttribute(j, element);
    });
  if (auto dictionary = dyn_cast<DictionaryAttr>(attr))
    return j.object([&] {
      for (NamedAttribute entry : dictionary) {
        j.attributeBegin(entry.getName().getValue());
        writeAttribute(j, entry.getValue(), broadcast);
        j.attributeEnd();
      }
    });
  std::string printed;
  llvm::raw_string_ostream(printed) << attr;
  j.value(printed);
}

static void writeShape(llvm::json::OStream &j, ArrayRef<int64_t> shape) {
  writeNumbers(j, llvm::json::Array(shape));
}

static int64_t countNonZero(SynapsesOp synapses) {
  int64_t count = 0;
  for (const APInt &w : synapses.getQweight()->getValues<APInt>())
    count += !w.isZero();
  return count;
}

static double getQuantError(SynapsesOp synapses) {
  auto error = synapses.getRegistersAttr().getAs<FloatAttr>("quant_error");
  return error ? error.getValueAsDouble() : 0.0;
}

LogicalResult nirc::chip::exportChipJSON(DeviceOp device,
                                         llvm::raw_ostream &os) {
  if (failed(verifyFit(device)))
    return failure();
  const TargetModel &model = device.getTargetModel();
  Block &body = device.getBody().front();
  llvm::json::OStream j(os, 2);
  j.object([&] {
    j.attribute("format", "nirc-chip-description");
    j.attribute("format_version", 1);
    j.attribute("target", model.getName());
    j.attribute("target_name", model.getDisplayName());
    j.attribute("dt_s", device.getDt().convertToDouble());
    j.attributeObject("limits", [&] {
      for (const TargetLimit &limit : model.getLimits())
        j.attribute(limit.key, limit.value);
      RegisterRange weight = model.getWeightRange();
      j.attributeBegin("weight_range");
      writeShape(j, {weight.min, weight.max});
      j.attributeEnd();
    });
    j.attributeArray("cores", [&] {
      for (auto core : body.getOps<CoreOp>())
        j.object([&] {
          j.attribute("index", core.getIndex());
          j.attribute("kind", core.getKind());
          j.attribute("neuron_capacity",
                      model.getNeuronCapacity(core.getIndex()));
        });
    });
    j.attributeArray("inputs", [&] {
      for (auto input : body.getOps<InputOp>())
        j.object([&] {
          j.attribute("name", input.getName());
          j.attributeBegin("shape");
          writeShape(j, input.getShape());
          j.attributeEnd();
        });
    });
    j.attributeArray("populations", [&] {
      for (auto population : body.getOps<PopulationOp>())
        j.object([&] {
          j.attribute("name", population.getName());
          j.attribute("nir_op", population.getNirOp());
          j.attribute("model", stringifyNeuronModel(population.getModel()));
          j.attributeBegin("shape");
          writeShape(j, population.getShape());
          j.attributeEnd();
          int64_t size = population.getNeurons().getType().getSize();
          j.attribute("size", size);
          j.attributeBegin("nir_params");
          writeAttribute(j, population.getParams(), size);
          j.attributeEnd();
          j.attributeBegin("registers");
          writeAttribute(j, population.getRegistersAttr(), size);
          j.attributeEnd();
          SmallVector<SliceOp> slices;
          for (Operation *user : population.getNeurons().getUsers())
            if (auto slice = dyn_cast<SliceOp>(user))
              slices.push_back(slice);
          llvm::sort(slices, [](SliceOp a, SliceOp b) {
            return a.getBegin() < b.getBegin();
          });
          j.attributeArray("placement", [&] {
            for (SliceOp slice : slices)
              j.object([&] {
                j.attribute("core",
                            slice.getCore().getDefiningOp<CoreOp>().getIndex());
                j.attribute("offset", *slice.getOffset());
                j.attributeBegin("neurons");
                writeShape(
                    j, {int64_t(slice.getBegin()), int64_t(slice.getEnd())});
                j.attributeEnd();
              });
          });
        });
    });
    j.attributeArray("synapses", [&] {
      for (auto synapses : body.getOps<SynapsesOp>())
        j.object([&] {
          j.attribute("name", synapses.getName());
          j.attribute("nir_op", synapses.getNirOp());
          j.attribute("kind", stringifySynapseKind(synapses.getKind()));
          j.attribute("source", getGroupName(synapses.getSource()));
          j.attribute("target", getGroupName(synapses.getTarget()));
          for (auto [key, value] : {std::pair<StringRef, Attribute>{
                                        "absorbed", synapses.getAbsorbedAttr()},
                                    {"stride", synapses.getStrideAttr()},
                                    {"padding", synapses.getPaddingAttr()},
                                    {"pool", synapses.getPoolAttr()}})
            if (value) {
              j.attributeBegin(key);
              writeAttribute(j, value);
              j.attributeEnd();
            }
          j.attributeBegin("shape");
          writeShape(j, synapses.getWeight().getType().getShape());
          j.attributeEnd();
          j.attribute("nonzero", countNonZero(synapses));
          j.attributeBegin("weights");
          writeAttribute(j, *synapses.getQweight());
          j.attributeEnd();
          j.attributeBegin("registers");
          writeAttribute(j, synapses.getRegistersAttr());
          j.attributeEnd();
        });
    });
    j.attributeArray("routes", [&] {
      for (auto route : body.getOps<RouteOp>())
        j.object([&] {
          j.attribute("source",
                      route.getSource().getDefiningOp<CoreOp>().getIndex());
          j.attribute(
              "destination",
              route.getDestination().getDefiningOp<CoreOp>().getIndex());
          j.attributeBegin("synapses");
          writeAttribute(j, route.getSynapses());
          j.attributeEnd();
        });
    });
    j.attributeArray("outputs", [&] {
      for (auto output : body.getOps<OutputOp>())
        j.object([&] {
          j.attribute("name", output.getName());
          j.attribute("source", getGroupName(output.getSource()));
        });
    });
  });
  os << "\n";
  return success();
}

LogicalResult nirc::chip::exportChipJSON(ModuleOp module,
                                         llvm::raw_ostream &os) {
  FailureOr<DeviceOp> device = getOnlyDevice(module);
  return failed(device) ? failure() : exportChipJSON(*device, os);
}

void nirc::chip::printChipSummary(DeviceOp device, llvm::raw_ostream &os) {
  const TargetModel &model = device.getTargetModel();
  Block &body = device.getBody().front();
  // Cores used and neurons placed per core kind, in core order.
  llvm::MapVector<StringRef, std::pair<int64_t, int64_t>> usedByKind;
  for (unsigned core = 0; core < model.getNumCores(); ++core)
    (void)usedByKind[model.getCoreKind(core)];
  for (auto core : body.getOps<CoreOp>()) {
    auto &[cores, neurons] = usedByKind[core.getKind()];
    ++cores;
    for (Operation *user : core.getCore().getUsers())
      if (auto slice = dyn_cast<SliceOp>(user))
        neurons += slice.getSize();
  }
  unsigned coresUsed = llvm::range_size(body.getOps<CoreOp>());
  os << model.getDisplayName()
     << " (dt = " << llvm::format("%g", device.getDt().convertToDouble())
     << " s): " << coresUsed << " of " << model.getNumCores()
     << " cores used\n";
  for (const auto &[kind, used] : usedByKind) {
    int64_t coresOfKind = 0, capacity = 0;
    for (unsigned core = 0; core < model.getNumCores(); ++core)
      if (model.getCoreKind(core) == kind) {
        ++coresOfKind;
        capacity += model.getNeuronCapacity(core);
      }
    os << llvm::formatv("  {0,-12} {1} of {2} cores, {3} of {4} neurons\n",
                        kind, used.first, coresOfKind, used.second, capacity);
  }
  os << llvm::formatv("  {0,-20} {1,-8} {2,-28} {3,10} {4,12}\n", "synapses",
                      "kind", "from -> to", "non-zero", "worst error");
  for (auto synapses : body.getOps<SynapsesOp>()) {
    std::string path = (getGroupName(synapses.getSource()) + " -> " +
                        getGroupName(synapses.getTarget()))
                           .str();
    std::string error;
    llvm::raw_string_ostream(error)
        << llvm::format("%.2f%%", 100 * getQuantError(synapses));
    os << llvm::formatv("  {0,-20} {1,-8} {2,-28} {3,10} {4,12}\n",
                        synapses.getName(),
                        stringifySynapseKind(synapses.getKind()), path,
                        countNonZero(synapses), error);
  }
}

void nirc::chip::registerExportChipJSONTranslation() {
  registerTranslationFromText(
      "export-chip-json",
      "Export a mapped chip.device as a JSON target description",
      [](ModuleOp module, llvm::raw_ostream &os) {
        return exportChipJSON(module, os);
      },
      [](DialectRegistry &registry) { registry.insert<ChipDialect>(); });
}
