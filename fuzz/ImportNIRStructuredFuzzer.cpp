//===- ImportNIRStructuredFuzzer.cpp - libFuzzer target: .nir content -----===//
//
// The raw-bytes importer target spends most of its inputs in libhdf5, which
// crashes or loops on most corrupt files before nirc sees a field (about 20
// executions per second there). This target writes a well-formed HDF5 file
// whose NIR content the fuzzer's bytes choose: node types, fields (mostly
// those of NIR's schema, with any dtype, rank and size, NaN included),
// nested graphs, edges between known and unknown names. Then it imports the
// file, as `nirc check` does: the importer's schema checks, shape inference
// and the verifiers are what it explores.
//
//===----------------------------------------------------------------------===//

#include "FuzzSupport.h"
#include "HDF5Utils.h"
#include "NIRSchema.h"

#include <fuzzer/FuzzedDataProvider.h>
#include <hdf5.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

using namespace nirc;
using namespace nirc::nirformat;

namespace {

/// Writes one NIR file into an in-memory HDF5 file, every choice taken from
/// the fuzzer's bytes.
class NIRFileWriter {
public:
  explicit NIRFileWriter(FuzzedDataProvider &choices) : choices(choices) {}

  std::optional<std::vector<char>> write() {
    H5Handle file = createFileInMemory("fuzz.nir");
    if (!file)
      return std::nullopt;
    writeString(file, "version",
                choices.PickValueInArray<const char *>(
                    {kWrittenVersion, "0.2.0", "0.5.0", "1.0.0", "x"}));
    {
      H5Handle top = createGroup(file, "node");
      writeGraph(top, /*depth=*/0);
    }
    return getFileImage(file);
  }

private:
  static constexpr int kMaxDepth = 3;
  static constexpr size_t kMaxNodes = 8;
  static constexpr size_t kMaxEdges = 16;

  H5Handle createGroup(hid_t parent, const std::string &name) {
    return H5Handle(H5Gcreate2(parent, name.c_str(), utf8LinkCreation(),
                               H5P_DEFAULT, H5P_DEFAULT),
                    H5Gclose);
  }

  void writeDataset(hid_t group, const std::string &name, hid_t type,
                    const std::vector<hsize_t> &dims, const void *data) {
    H5Handle space(dims.empty()
                       ? H5Screate(H5S_SCALAR)
                       : H5Screate_simple(dims.size(), dims.data(), nullptr),
                   H5Sclose);
    H5Handle dataset(H5Dcreate2(group, name.c_str(), type, space,
                                utf8LinkCreation(), H5P_DEFAULT, H5P_DEFAULT),
                     H5Dclose);
    if (dataset && data)
      H5Dwrite(dataset, type, H5S_ALL, H5S_ALL, getTransferList(), data);
  }

  /// Variable-length UTF-8 strings, as h5py writes them.
  void writeStrings(hid_t group, const std::string &name,
                    const std::vector<std::string> &values,
                    const std::vector<hsize_t> &dims) {
    H5Handle type(H5Tcopy(H5T_C_S1), H5Tclose);
    H5Tset_size(type, H5T_VARIABLE);
    H5Tset_cset(type, H5T_CSET_UTF8);
    std::vector<const char *> pointers;
    for (const std::string &value : values)
      pointers.push_back(value.c_str());
    writeDataset(group, name, type, dims,
                 pointers.empty() ? nullptr : pointers.data());
  }

  void writeString(hid_t group, const std::string &name,
                   const std::string &value) {
    writeStrings(group, name, {value}, {});
  }

  /// Sizes are small: the point is the checks, not the volume.
  std::vector<hsize_t> pickDims(size_t maxRank) {
    std::vector<hsize_t> dims(
        choices.ConsumeIntegralInRange<size_t>(0, maxRank));
    for (hsize_t &dim : dims)
      dim = choices.ConsumeIntegralInRange<hsize_t>(0, 4);
    return dims;
  }

  /// A numeric array of a NIR dtype (or an odd one), filled from the bytes.
  void writeNumbers(hid_t group, const std::string &name,
                    std::vector<hsize_t> dims) {
    hid_t type = choices.PickValueInArray<hid_t>(
        {H5T_IEEE_F32LE, H5T_IEEE_F64LE, H5T_STD_I64LE, H5T_STD_I32LE,
         H5T_STD_U8LE, H5T_IEEE_F32BE, H5T_STD_I8LE, H5T_NATIVE_HBOOL});
    size_t count = 1;
    for (hsize_t dim : dims)
      count *= dim;
    std::vector<uint8_t> bytes =
        choices.ConsumeBytes<uint8_t>(count * H5Tget_size(type));
    bytes.resize(count * H5Tget_size(type));
    writeDataset(group, name, type, dims, count ? bytes.data() : nullptr);
  }

  void writeInts(hid_t group, const std::string &name,
                 std::vector<hsize_t> dims) {
    size_t count = dims.empty() ? 1 : dims[0];
    std::vector<int64_t> values(count);
    for (int64_t &value : values)
      value = choices.ConsumeBool()
                  ? choices.ConsumeIntegralInRange<int64_t>(-1, 5)
                  : choices.ConsumeIntegral<int64_t>();
    writeDataset(group, name, H5T_STD_I64LE, dims, values.data());
  }

  void writeField(hid_t group, const FieldSpec &field) {
    // Now and then, any kind of value for any field.
    FieldKind kind = choices.ConsumeIntegralInRange(0, 7) == 0
                         ? FieldKind(choices.ConsumeIntegralInRange<int>(
                               0, int(FieldKind::Shape)))
                         : field.kind;
    switch (kind) {
    case FieldKind::Param:
      return writeNumbers(group, field.name, pickDims(3));
    case FieldKind::Int:
      return writeInts(group, field.name, {});
    case FieldKind::IntList:
    case FieldKind::Shape:
      return writeInts(group, field.name,
                       {choices.ConsumeIntegralInRange<hsize_t>(0, 4)});
    case FieldKind::IntPair:
      return choices.ConsumeBool() ? writeInts(group, field.name, {})
                                   : writeInts(group, field.name, {2});
    case FieldKind::Padding1d:
    case FieldKind::Padding2d:
      if (choices.ConsumeBool())
        return writeString(group, field.name,
                           choices.PickValueInArray<const char *>(
                               {"same", "valid", "full", ""}));
      return writeInts(group, field.name,
                       kind == FieldKind::Padding1d ? std::vector<hsize_t>{}
                                                    : std::vector<hsize_t>{2});
    }
  }

  void writeNode(hid_t group, int depth) {
    const std::vector<NodeSpec> &specs = getNodeSpecs();
    size_t pick = choices.ConsumeIntegralInRange<size_t>(0, specs.size() + 1);
    if (pick == specs.size() && depth < kMaxDepth)
      return writeGraph(group, depth + 1);
    if (pick >= specs.size()) {
      writeString(group, "type", choices.ConsumeRandomLengthString(12));
      return;
    }
    const NodeSpec &spec = specs[pick];
    writeString(group, "type", spec.nirType);
    for (const FieldSpec &field : spec.fields)
      if (choices.ConsumeIntegralInRange(0, 9) != 0)
        writeField(group, field);
    if (choices.ConsumeIntegralInRange(0, 7) == 0)
      writeMetadata(group);
  }

  void writeMetadata(hid_t group) {
    H5Handle metadata = createGroup(group, "metadata");
    writeString(metadata, choices.ConsumeRandomLengthString(8) + "key",
                choices.ConsumeRandomLengthString(8));
    if (choices.ConsumeBool())
      writeNumbers(metadata, "values", pickDims(2));
  }

  void writeGraph(hid_t group, int depth) {
    writeString(group, "type", "NIRGraph");
    std::vector<std::string> names;
    {
      H5Handle nodes = createGroup(group, "nodes");
      size_t count = choices.ConsumeIntegralInRange<size_t>(0, kMaxNodes);
      for (size_t i = 0; i < count; ++i) {
        // Mostly the names NIR graphs use, so edges can find them.
        std::string name = choices.ConsumeBool()
                               ? choices.PickValueInArray<const char *>(
                                     {"input", "output", "lif", "affine"}) +
                                     std::to_string(i)
                               : choices.ConsumeRandomLengthString(10);
        H5Handle node = createGroup(nodes, name);
        if (!node)
          continue;
        names.push_back(name);
        writeNode(node, depth);
      }
    }
    size_t edgeCount = choices.ConsumeIntegralInRange<size_t>(0, kMaxEdges);
    std::vector<std::string> ends;
    for (size_t i = 0; i < 2 * edgeCount; ++i)
      ends.push_back(
          !names.empty() && choices.ConsumeIntegralInRange(0, 9)
              ? names[choices.ConsumeIntegralInRange<size_t>(0, names.size() -
                                                                    1)] +
                    (choices.ConsumeIntegralInRange(0, 5) == 0 ? ".input" : "")
              : choices.ConsumeRandomLengthString(10));
    if (edgeCount == 0 && choices.ConsumeBool())
      writeNumbers(group, "edges", {0}); // h5py's empty list: float64 (0,)
    else
      writeStrings(group, "edges", ends, {hsize_t(edgeCount), 2});
  }

  FuzzedDataProvider &choices;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
  FuzzedDataProvider choices(data, size);
  ImportNIROptions options;
  options.repairEdges = choices.ConsumeBool();
  std::optional<std::vector<char>> image = NIRFileWriter(choices).write();
  if (!image)
    return 0;

  nirc::fuzz::importNIRBytes(llvm::StringRef(image->data(), image->size()),
                             options);
  return 0;
}
