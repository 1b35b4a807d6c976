//===- ExportNIR.cpp - the nir dialect to .nir (HDF5) ---------------------===//
//
// Writes exactly the layout of the Python `nir` package's current writer
// (docs/file-formats.md §1): `/version`, `/node/type`, `/node/edges` as an
// (E, 2) variable-length UTF-8 array (float64 (0,) when empty), one dataset
// per field with the parameter's own dtype and shape, gzip level 4 on NumPy
// arrays and never on scalars, `metadata` groups, nested graphs. The file is
// built in memory (HDF5's core driver) and its image streamed out, so a
// failed export writes nothing.
//
//===----------------------------------------------------------------------===//

#include "nirc/Target/NIR/NIRFormat.h"

#include "HDF5Utils.h"
#include "NIRSchema.h"

#include "nirc/Dialect/NIR/NIROps.h"
#include "nirc/Support/TranslateFromText.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"

#include <hdf5.h>

#include <vector>

using namespace mlir;
using namespace nirc;
using namespace nirc::nir;
using namespace nirc::nirformat;

namespace {

/// Writes HDF5 objects, reporting the first failure on `anchor`.
class NIRExporter {
public:
  explicit NIRExporter(Operation *anchor) : anchor(anchor) {}

  LogicalResult writeFile(GraphOp root, std::vector<char> &image);

private:
  LogicalResult writeGraph(hid_t group, GraphOp graph);
  LogicalResult writeNode(hid_t group, Operation *node);
  LogicalResult writeField(hid_t group, Operation *node,
                           const FieldSpec &field);
  LogicalResult writeMetadata(hid_t group, DictionaryAttr metadata);
  /// Writes the node's (or graph's) `metadata` group when it has any.
  LogicalResult writeMetadataGroup(hid_t group, Operation *node);

  LogicalResult writeString(hid_t group, StringRef name, StringRef value);
  LogicalResult
  writeStringPairs(hid_t group, StringRef name,
                   ArrayRef<std::pair<std::string, std::string>> pairs);
  LogicalResult writeElements(hid_t group, StringRef name, ElementsAttr values,
                              bool compress);
  LogicalResult writeInts(hid_t group, StringRef name, ArrayRef<int64_t> values,
                          bool asScalar, bool compress);
  /// An integer field: as the file stored it (kStoredAsAttrName) when that
  /// still holds `values`, else as int64.
  LogicalResult writeIntField(hid_t group, Operation *node,
                              const FieldSpec &field, ArrayRef<int64_t> values,
                              bool asScalar);
  LogicalResult writeDataset(hid_t group, StringRef name, hid_t type,
                             ArrayRef<hsize_t> dims, const void *data,
                             bool compress);
  LogicalResult fail(const Twine &message) {
    anchor->emitError() << "cannot export to .nir: " << message;
    return failure();
  }

  Operation *anchor;
};

} // namespace

/// The HDF5 file type for an MLIR element type, little-endian as h5py
/// writes on every common machine. Float16 is built as h5py builds it.
static hid_t createFileType(Type elementType) {
  if (elementType.isF16()) {
    hid_t type = H5Tcopy(H5T_IEEE_F32LE);
    H5Tset_fields(type, 15, 10, 5, 0, 10);
    H5Tset_size(type, 2);
    H5Tset_ebias(type, 15);
    return type;
  }
  if (elementType.isF32())
    return H5Tcopy(H5T_IEEE_F32LE);
  if (elementType.isF64())
    return H5Tcopy(H5T_IEEE_F64LE);
  auto intType = dyn_cast<IntegerType>(elementType);
  if (!intType)
    return H5I_INVALID_HID;
  bool isUnsigned = intType.isUnsigned();
  switch (intType.getWidth()) {
  case 8:
    return H5Tcopy(isUnsigned ? H5T_STD_U8LE : H5T_STD_I8LE);
  case 16:
    return H5Tcopy(isUnsigned ? H5T_STD_U16LE : H5T_STD_I16LE);
  case 32:
    return H5Tcopy(isUnsigned ? H5T_STD_U32LE : H5T_STD_I32LE);
  case 64:
    return H5Tcopy(isUnsigned ? H5T_STD_U64LE : H5T_STD_I64LE);
  }
  return H5I_INVALID_HID;
}

/// The little-endian bytes of every element, splats expanded.
static std::optional<std::vector<char>> getRawBytes(ElementsAttr values) {
  int64_t count = values.getNumElements();
  unsigned width = values.getElementType().getIntOrFloatBitWidth();
  if (width % 8 != 0)
    return std::nullopt;
  size_t bytes = count * (width / 8);
  ArrayRef<char> raw;
  if (auto dense = dyn_cast<DenseElementsAttr>(values))
    raw = dense.getRawData();
  else if (auto resource = dyn_cast<DenseResourceElementsAttr>(values))
    if (AsmResourceBlob *blob = resource.getRawHandle().getBlob())
      raw = blob->getData();
  if (raw.size() == bytes)
    return std::vector<char>(raw.begin(), raw.end());
  // A splat stores one element.
  if (raw.size() == width / 8) {
    std::vector<char> expanded;
    expanded.reserve(bytes);
    for (int64_t i = 0; i < count; ++i)
      expanded.insert(expanded.end(), raw.begin(), raw.end());
    return expanded;
  }
  return std::nullopt;
}

LogicalResult NIRExporter::writeDataset(hid_t group, StringRef name, hid_t type,
                                        ArrayRef<hsize_t> dims,
                                        const void *data, bool compress) {
  H5Handle space(dims.empty()
                     ? H5Screate(H5S_SCALAR)
                     : H5Screate_simple(dims.size(), dims.data(), nullptr),
                 H5Sclose);
  H5Handle plist = createDatasetProperties();
  bool hasData = llvm::all_of(dims, [](hsize_t d) { return d > 0; });
  // h5py's default: gzip 4 on arrays, one chunk for a small array; scalars
  // cannot be chunked.
  if (compress && !dims.empty() && hasData) {
    H5Pset_chunk(plist, dims.size(), dims.data());
    H5Pset_deflate(plist, 4);
  }
  H5Handle dataset(H5Dcreate2(group, name.str().c_str(), type, space,
                              utf8LinkCreation(), plist, H5P_DEFAULT),
                   H5Dclose);
  if (!dataset)
    return fail("cannot create dataset '" + name + "'");
  if (hasData &&
      H5Dwrite(dataset, type, H5S_ALL, H5S_ALL, getTransferList(), data) < 0)
    return fail("cannot write dataset '" + name + "'");
  return success();
}

/// A variable-length UTF-8 string type, as h5py's `string_dtype()`.
static H5Handle createStringType() {
  H5Handle type(H5Tcopy(H5T_C_S1), H5Tclose);
  H5Tset_size(type, H5T_VARIABLE);
  H5Tset_cset(type, H5T_CSET_UTF8);
  return type;
}

LogicalResult NIRExporter::writeString(hid_t group, StringRef name,
                                       StringRef value) {
  H5Handle type = createStringType();
  std::string text = value.str();
  const char *pointer = text.c_str();
  return writeDataset(group, name, type, {}, &pointer, /*compress=*/false);
}

LogicalResult NIRExporter::writeStringPairs(
    hid_t group, StringRef name,
    ArrayRef<std::pair<std::string, std::string>> pairs) {
  if (pairs.empty()) {
    // What h5py writes for an empty list.
    H5Handle type(H5Tcopy(H5T_IEEE_F64LE), H5Tclose);
    return writeDataset(group, name, type, {hsize_t(0)}, nullptr, false);
  }
  std::vector<const char *> pointers;
  for (const auto &[from, to] : pairs) {
    pointers.push_back(from.c_str());
    pointers.push_back(to.c_str());
  }
  H5Handle type = createStringType();
  return writeDataset(group, name, type, {hsize_t(pairs.size()), 2},
                      pointers.data(), /*compress=*/false);
}

LogicalResult NIRExporter::writeElements(hid_t group, StringRef name,
                                         ElementsAttr values, bool compress) {
  H5Handle type(createFileType(values.getElementType()), H5Tclose);
  std::optional<std::vector<char>> bytes = getRawBytes(values);
  if (!type || !bytes)
    return fail("field '" + name + "' has an element type .nir cannot hold");
  SmallVector<hsize_t> dims(values.getShapedType().getShape());
  return writeDataset(group, name, type, dims, bytes->data(), compress);
}

LogicalResult NIRExporter::writeInts(hid_t group, StringRef name,
                                     ArrayRef<int64_t> values, bool asScalar,
                                     bool compress) {
  H5Handle type(H5Tcopy(H5T_STD_I64LE), H5Tclose);
  SmallVector<hsize_t> dims;
  if (!asScalar)
    dims.push_back(values.size());
  return writeDataset(group, name, type, dims, values.data(), compress);
}

LogicalResult NIRExporter::writeIntField(hid_t group, Operation *node,
                                         const FieldSpec &field,
                                         ArrayRef<int64_t> values,
                                         bool asScalar) {
  // The file's own dtype and shape, when the importer kept them.
  if (auto storedAs = node->getAttrOfType<DictionaryAttr>(kStoredAsAttrName))
    if (auto stored = storedAs.getAs<ElementsAttr>(field.name))
      if (storedFormHolds(field.kind, stored, values))
        return writeElements(group, field.name, stored,
                             field.numpyArray &&
                                 stored.getShapedType().getRank() > 0);
  return writeInts(group, field.name, values, asScalar, field.numpyArray);
}

LogicalResult NIRExporter::writeField(hid_t group, Operation *node,
                                      const FieldSpec &field) {
  StringRef name = field.name;
  if (field.kind == FieldKind::Shape) {
    auto type = cast<SignalType>(node->getResult(0).getType());
    if (!type.hasKnownShape())
      return node->emitError() << "cannot export to .nir: the shape of node \""
                               << cast<NodeOpInterface>(node).getNodeName()
                               << "\" is not known (run nir-infer-types)";
    return writeIntField(group, node, field, type.getShape(), false);
  }
  Attribute value = node->getAttr(name);
  if (!value)
    return success(); // An optional field the node does not have.
  if (auto elements = dyn_cast<ElementsAttr>(value))
    return writeElements(group, name, elements, /*compress=*/true);
  if (auto text = dyn_cast<StringAttr>(value))
    return writeString(group, name, text.getValue());
  if (auto integer = dyn_cast<IntegerAttr>(value))
    return writeIntField(group, node, field, {integer.getInt()},
                         /*asScalar=*/true);
  if (auto list = dyn_cast<DenseI64ArrayAttr>(value))
    return writeIntField(group, node, field, list.asArrayRef(), false);
  return fail("field '" + name + "' has an unexpected attribute kind");
}

LogicalResult NIRExporter::writeMetadata(hid_t group, DictionaryAttr metadata) {
  for (NamedAttribute entry : metadata) {
    StringRef name = entry.getName().getValue();
    Attribute value = entry.getValue();
    LogicalResult written = success();
    if (auto nested = dyn_cast<DictionaryAttr>(value)) {
      H5Handle sub(H5Gcreate2(group, name.str().c_str(), utf8LinkCreation(),
                              H5P_DEFAULT, H5P_DEFAULT),
                   H5Gclose);
      written = sub ? writeMetadata(sub, nested)
                    : fail("cannot create metadata group '" + name + "'");
    } else if (auto text = dyn_cast<StringAttr>(value)) {
      written = writeString(group, name, text.getValue());
    } else if (auto elements = dyn_cast<ElementsAttr>(value)) {
      written = writeElements(group, name, elements,
                              elements.getShapedType().getRank() > 0);
    } else if (auto integer = dyn_cast<IntegerAttr>(value)) {
      written = writeInts(group, name, {integer.getInt()}, true, false);
    } else if (auto real = dyn_cast<FloatAttr>(value)) {
      double number = real.getValueAsDouble();
      H5Handle type(H5Tcopy(H5T_IEEE_F64LE), H5Tclose);
      written = writeDataset(group, name, type, {}, &number, false);
    } else {
      written = fail("metadata '" + name + "' has no .nir encoding");
    }
    if (failed(written))
      return failure();
  }
  return success();
}

LogicalResult NIRExporter::writeNode(hid_t group, Operation *node) {
  if (auto graph = dyn_cast<GraphOp>(node))
    return writeGraph(group, graph);
  const NodeSpec *spec = findNodeSpecByOp(node->getName().getStringRef());
  if (!spec)
    return fail("'" + node->getName().getStringRef() + "' is not a NIR node");
  if (failed(writeString(group, "type", spec->nirType)))
    return failure();
  for (const FieldSpec &field : spec->fields)
    if (failed(writeField(group, node, field)))
      return failure();
  return writeMetadataGroup(group, node);
}

LogicalResult NIRExporter::writeMetadataGroup(hid_t group, Operation *node) {
  auto metadata = node->getAttrOfType<DictionaryAttr>("metadata");
  if (!metadata || metadata.empty())
    return success();
  H5Handle sub(H5Gcreate2(group, "metadata", utf8LinkCreation(), H5P_DEFAULT,
                          H5P_DEFAULT),
               H5Gclose);
  if (!sub)
    return fail("cannot create the metadata group");
  return writeMetadata(sub, metadata);
}

LogicalResult NIRExporter::writeGraph(hid_t group, GraphOp graph) {
  if (failed(writeString(group, "type", "NIRGraph")))
    return failure();
  H5Handle nodes(
      H5Gcreate2(group, "nodes", utf8LinkCreation(), H5P_DEFAULT, H5P_DEFAULT),
      H5Gclose);
  for (Operation &node : graph.getBody().getOps()) {
    StringRef name = getNodeName(&node);
    H5Handle nodeGroup(H5Gcreate2(nodes, name.str().c_str(), utf8LinkCreation(),
                                  H5P_DEFAULT, H5P_DEFAULT),
                       H5Gclose);
    if (!nodeGroup)
      return fail("cannot create the group of node '" + name + "'");
    if (failed(writeNode(nodeGroup, &node)))
      return failure();
  }
  SmallVector<std::pair<std::string, std::string>> edges;
  for (Edge edge : getEdges(graph))
    edges.emplace_back(getNodeName(edge.source).str(),
                       getNodeName(edge.target).str());
  if (failed(writeStringPairs(group, "edges", edges)))
    return failure();
  return writeMetadataGroup(group, graph);
}

LogicalResult NIRExporter::writeFile(GraphOp root, std::vector<char> &image) {
  H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
  H5Handle file = createFileInMemory("nirc-export.nir");
  if (!file)
    return fail("cannot create an in-memory HDF5 file");
  if (failed(writeString(file, "version", kWrittenVersion)))
    return failure();
  {
    H5Handle node(
        H5Gcreate2(file, "node", utf8LinkCreation(), H5P_DEFAULT, H5P_DEFAULT),
        H5Gclose);
    if (failed(writeGraph(node, root)))
      return failure();
  }
  std::optional<std::vector<char>> bytes = getFileImage(file);
  if (!bytes)
    return fail("cannot take the HDF5 file image");
  image = std::move(*bytes);
  return success();
}

LogicalResult nirc::exportNIR(ModuleOp module, llvm::raw_ostream &os) {
  auto graphs = llvm::to_vector(module.getOps<GraphOp>());
  if (graphs.size() != 1)
    return module.emitError() << "cannot export to .nir: expected one "
                                 "top-level nir.graph, found "
                              << graphs.size();
  std::vector<char> image;
  NIRExporter exporter(graphs.front());
  if (failed(exporter.writeFile(graphs.front(), image)))
    return failure();
  os.write(image.data(), image.size());
  return success();
}

StringRef nirc::getNIRTypeName(Operation *node) {
  if (isa<GraphOp>(node))
    return "NIRGraph";
  const NodeSpec *spec = findNodeSpecByOp(node->getName().getStringRef());
  return spec ? StringRef(spec->nirType) : StringRef();
}

void nirc::registerExportNIRTranslation() {
  registerTranslationFromText(
      "export-nir", "Export the nir dialect to a .nir (HDF5) file",
      [](ModuleOp module, llvm::raw_ostream &os) {
        return exportNIR(module, os);
      },
      [](DialectRegistry &registry) { registry.insert<NIRDialect>(); });
}
