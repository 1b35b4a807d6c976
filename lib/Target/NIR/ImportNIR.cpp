//===- ImportNIR.cpp - .nir (HDF5) to the nir dialect ---------------------===//
//
// Reads a `.nir` file through the HDF5 C API (the build has no exceptions)
// from an in-memory file image, builds one `nir` op per node with the
// parameters' own dtype and shape, wires the edges, infers the open shapes
// and verifies. Every layout from v0.1 (no `/version`) to today's is read:
// missing `v_reset` becomes zeros, missing `w_in` ones, Conv `input_shape`
// and Flatten `input_type` are optional, strings may be variable or fixed
// length, and an empty edge list may be stored as float64 (0,).
//
//===----------------------------------------------------------------------===//

#include "nirc/Target/NIR/NIRFormat.h"

#include "HDF5Utils.h"
#include "NIRSchema.h"

#include "nirc/Dialect/NIR/NIROps.h"
#include "nirc/Dialect/NIR/NIRPasses.h"
#include "nirc/Support/ShapeRules.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Tools/mlir-translate/Translation.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/StringSaver.h"

#include <hdf5.h>

#include <cstring>

using namespace mlir;
using namespace nirc;
using namespace nirc::nir;
using namespace nirc::nirformat;

/// `text` with its non-printable bytes as \xx escapes, for messages.
static std::string escape(StringRef text) {
  std::string escaped;
  llvm::raw_string_ostream os(escaped);
  llvm::printEscapedString(text, os);
  return escaped;
}

namespace {

/// Reads one `.nir` file image into a module.
class NIRImporter {
public:
  NIRImporter(MLIRContext *context, StringRef fileName,
              const ImportNIROptions &options)
      : context(context), fileName(fileName.str()), options(options),
        builder(context) {}

  /// Reads a file image held in memory (nir-translate's input).
  OwningOpRef<ModuleOp> importImage(llvm::MemoryBufferRef buffer);
  /// Reads a file from disk without holding its image in memory.
  OwningOpRef<ModuleOp> importFile(StringRef path);

private:
  OwningOpRef<ModuleOp> importOpenFile(hid_t file);
  /// An error naming the file and, when given, the node path and field.
  InFlightDiagnostic error(StringRef nodePath = {}, StringRef field = {});
  InFlightDiagnostic warning(StringRef nodePath, StringRef field = {});
  Location nodeLoc(StringRef nodePath);

  /// nirc::openDataset, reporting failures with the node path and field.
  FailureOr<OpenDataset> openDataset(hid_t parent, StringRef name,
                                     StringRef path, StringRef field);
  FailureOr<std::string> readString(hid_t parent, StringRef name,
                                    StringRef path);
  FailureOr<ElementsAttr> readParam(hid_t parent, StringRef name,
                                    StringRef path);
  /// The integers of a scalar or 1-D dataset; `stored` receives the
  /// dataset as read, in its own dtype and shape.
  FailureOr<SmallVector<int64_t>>
  readInts(hid_t parent, StringRef name, StringRef path, ElementsAttr &stored);
  /// Keeps in `storedAs` the dataset behind an integer field when the
  /// exporter would write `written` otherwise (as a 1-D int64 array, or a
  /// scalar for `scalar`), so that an export writes the file's form.
  void keepStoredForm(StringRef field, ElementsAttr stored,
                      ArrayRef<int64_t> written, bool scalar);
  FailureOr<Attribute> readField(hid_t group, const FieldSpec &field,
                                 StringRef path, Type &signalType);
  /// The node's `metadata` group as a dictionary (empty when absent).
  FailureOr<DictionaryAttr> readNodeMetadata(hid_t node, StringRef path);
  FailureOr<DictionaryAttr> readMetadata(hid_t group, StringRef path,
                                         const std::string &prefix, int depth);
  /// The (source, target) node names, held by `edgeNames`.
  FailureOr<SmallVector<std::pair<StringRef, StringRef>>>
  readEdges(hid_t graphGroup, StringRef path);

  /// Builds the node stored in `group` at the builder's insertion point.
  FailureOr<Operation *> importNode(hid_t group, StringRef name, StringRef path,
                                    int depth);
  FailureOr<Operation *> importGraph(hid_t group, StringRef name,
                                     StringRef path, int depth);
  /// Wires the edges and places the nodes in graph order: breadth first
  /// along the edges from the Inputs, then from the nodes not reached. The
  /// file's edge order is kept in kEdgeOrderAttrName where it differs.
  LogicalResult wireEdges(hid_t group, StringRef path, GraphOp graph,
                          llvm::StringMap<Operation *> &nodes);
  /// Applies the stored Output shapes once the graph's types are inferred.
  LogicalResult checkOutputShapes();

  MLIRContext *context;
  std::string fileName;
  ImportNIROptions options;
  OpBuilder builder;
  /// Each distinct edge end once: a node with 10^6 incoming edges repeats
  /// two names, which 2 * 10^6 std::strings held at 64 MB.
  llvm::BumpPtrAllocator edgeNameStorage;
  llvm::UniqueStringSaver edgeNames{edgeNameStorage};
  /// The `shape` each Output node stored, checked after inference.
  SmallVector<std::tuple<OutputOp, SmallVector<int64_t>, std::string>>
      storedOutputShapes;
  /// The current node's integer datasets kept in the file's form
  /// (kStoredAsAttrName).
  NamedAttrList storedAs;
};

} // namespace

//===----------------------------------------------------------------------===//
// Diagnostics
//===----------------------------------------------------------------------===//

Location NIRImporter::nodeLoc(StringRef nodePath) {
  Location file = FileLineColLoc::get(context, fileName, 0, 0);
  if (nodePath.empty())
    return file;
  return NameLoc::get(StringAttr::get(context, nodePath), file);
}

static void describeWhere(InFlightDiagnostic &diag, StringRef nodePath,
                          StringRef field) {
  if (!nodePath.empty())
    diag << "node '" << nodePath << "'";
  if (!field.empty())
    diag << (nodePath.empty() ? "" : ", ") << "field '" << field << "'";
  if (!nodePath.empty() || !field.empty())
    diag << ": ";
}

InFlightDiagnostic NIRImporter::error(StringRef nodePath, StringRef field) {
  InFlightDiagnostic diag = emitError(nodeLoc(nodePath));
  describeWhere(diag, nodePath, field);
  return diag;
}

InFlightDiagnostic NIRImporter::warning(StringRef nodePath, StringRef field) {
  InFlightDiagnostic diag = emitWarning(nodeLoc(nodePath));
  describeWhere(diag, nodePath, field);
  return diag;
}

static std::string joinPath(StringRef parent, StringRef name) {
  return parent.empty() ? name.str() : (parent + "/" + name).str();
}

//===----------------------------------------------------------------------===//
// Datasets
//===----------------------------------------------------------------------===//

static const char *describeClass(H5T_class_t typeClass) {
  switch (typeClass) {
  case H5T_INTEGER:
    return "integer";
  case H5T_FLOAT:
    return "float";
  case H5T_STRING:
    return "string";
  case H5T_ENUM:
    return "enum (bool)";
  case H5T_COMPOUND:
    return "compound";
  default:
    return "non-numeric";
  }
}

static bool isStringDataset(hid_t parent, StringRef name) {
  H5Handle dataset(H5Dopen2(parent, name.str().c_str(), H5P_DEFAULT), H5Dclose);
  H5Handle type(dataset ? H5Dget_type(dataset) : H5I_INVALID_HID, H5Tclose);
  return type && H5Tget_class(type) == H5T_STRING;
}

FailureOr<OpenDataset> NIRImporter::openDataset(hid_t parent, StringRef name,
                                                StringRef path,
                                                StringRef field) {
  llvm::Expected<OpenDataset> opened = nirc::openDataset(parent, name.str());
  if (!opened)
    return error(path, field) << llvm::toString(opened.takeError());
  return std::move(*opened);
}

FailureOr<std::string> NIRImporter::readString(hid_t parent, StringRef name,
                                               StringRef path) {
  FailureOr<OpenDataset> opened = openDataset(parent, name, path, name);
  if (failed(opened))
    return failure();
  hid_t dataset = opened->handle;
  DatasetInfo *info = &opened->info;
  if (info->typeClass != H5T_STRING || info->numElements != 1)
    return error(path, name)
           << "expected a string, got " << describeClass(info->typeClass)
           << " of shape " << formatShape(info->shape);
  H5Handle fileType(H5Dget_type(dataset), H5Tclose);
  H5Handle memType(H5Tcopy(H5T_C_S1), H5Tclose);
  if (H5Tis_variable_str(fileType) > 0) {
    H5Tset_size(memType, H5T_VARIABLE);
    H5Tset_cset(memType, H5Tget_cset(fileType));
    char *value = nullptr;
    bool read = H5Dread(dataset, memType, H5S_ALL, H5S_ALL, getTransferList(),
                        &value) >= 0;
    std::string result = read && value ? value : "";
    H5free_memory(value);
    if (!read)
      return error(path, name)
             << "unreadable string (" << describeReadFailure() << ")";
    return result;
  }
  // One more byte than stored: the memory type is NUL-terminated, the file's
  // may be NUL-padded to exactly its length.
  std::string buffer(info->elementBytes + 1, '\0');
  H5Tset_size(memType, info->elementBytes + 1);
  if (H5Dread(dataset, memType, H5S_ALL, H5S_ALL, getTransferList(),
              buffer.data()) < 0)
    return error(path, name)
           << "unreadable string (" << describeReadFailure() << ")";
  return std::string(buffer.c_str());
}

/// The MLIR element type for an HDF5 numeric type, or null.
static Type getElementType(MLIRContext *context, const DatasetInfo &info) {
  if (info.typeClass == H5T_FLOAT) {
    switch (info.elementBytes) {
    case 2:
      return Float16Type::get(context);
    case 4:
      return Float32Type::get(context);
    case 8:
      return Float64Type::get(context);
    }
    return {};
  }
  if (info.typeClass == H5T_INTEGER &&
      llvm::is_contained({1u, 2u, 4u, 8u}, info.elementBytes))
    return IntegerType::get(context, info.elementBytes * 8,
                            info.isSigned ? IntegerType::Signless
                                          : IntegerType::Unsigned);
  return {};
}

FailureOr<ElementsAttr> NIRImporter::readParam(hid_t parent, StringRef name,
                                               StringRef path) {
  FailureOr<OpenDataset> opened = openDataset(parent, name, path, name);
  if (failed(opened))
    return failure();
  hid_t dataset = opened->handle;
  DatasetInfo *info = &opened->info;
  Type elementType = getElementType(context, *info);
  if (!elementType)
    return error(path, name) << "expected an integer or float array, got "
                             << describeClass(info->typeClass) << " of "
                             << info->elementBytes << " bytes";
  // Read in the file's own precision, little-endian, so the bits survive.
  H5Handle fileType(H5Dget_type(dataset), H5Tclose);
  H5Handle memType(H5Tcopy(fileType), H5Tclose);
  H5Tset_order(memType, H5T_ORDER_LE);
  std::vector<char> data(info->numElements * info->elementBytes);
  if (info->numElements > 0 && H5Dread(dataset, memType, H5S_ALL, H5S_ALL,
                                       getTransferList(), data.data()) < 0)
    return error(path, name)
           << "unreadable data (" << describeReadFailure() << ")";
  auto tensorType = RankedTensorType::get(info->shape, elementType);
  return ElementsAttr(DenseElementsAttr::getFromRawBuffer(tensorType, data));
}

FailureOr<SmallVector<int64_t>> NIRImporter::readInts(hid_t parent,
                                                      StringRef name,
                                                      StringRef path,
                                                      ElementsAttr &stored) {
  FailureOr<ElementsAttr> values = readParam(parent, name, path);
  if (failed(values))
    return failure();
  stored = *values;
  if (!isa<IntegerType>(values->getElementType()) ||
      values->getShapedType().getRank() > 1)
    return error(path, name) << "expected an integer or a list of integers, "
                                "got "
                             << values->getShapedType();
  return getStoredInts(*values);
}

void NIRImporter::keepStoredForm(StringRef field, ElementsAttr stored,
                                 ArrayRef<int64_t> written, bool scalar) {
  auto writtenType = RankedTensorType::get(
      scalar ? ArrayRef<int64_t>() : ArrayRef<int64_t>(written.size()),
      builder.getI64Type());
  if (stored.getShapedType() != writtenType ||
      ArrayRef<int64_t>(getStoredInts(stored)) != written)
    storedAs.set(field, stored);
}

FailureOr<Attribute> NIRImporter::readField(hid_t group, const FieldSpec &field,
                                            StringRef path, Type &signalType) {
  StringRef name = field.name;
  ElementsAttr stored;
  auto readIntsOfSize =
      [&](std::optional<size_t> size) -> FailureOr<SmallVector<int64_t>> {
    FailureOr<SmallVector<int64_t>> ints = readInts(group, name, path, stored);
    if (failed(ints))
      return failure();
    if (size && ints->size() != *size)
      return error(path, name)
             << "expected " << *size << " integers, got " << formatShape(*ints);
    return ints;
  };
  switch (field.kind) {
  case FK::Param:
    return readParam(group, name, path);
  case FK::Int: {
    FailureOr<SmallVector<int64_t>> ints = readIntsOfSize(1);
    if (failed(ints))
      return failure();
    keepStoredForm(name, stored, *ints, /*scalar=*/true);
    return Attribute(builder.getI64IntegerAttr((*ints)[0]));
  }
  case FK::IntList: {
    FailureOr<SmallVector<int64_t>> ints = readIntsOfSize(std::nullopt);
    if (failed(ints))
      return failure();
    keepStoredForm(name, stored, *ints, /*scalar=*/false);
    return Attribute(builder.getDenseI64ArrayAttr(*ints));
  }
  case FK::IntPair: {
    FailureOr<SmallVector<int64_t>> ints = readIntsOfSize(std::nullopt);
    if (failed(ints))
      return failure();
    if (ints->size() == 1) // An int applies to both axes (torch's rule).
      ints->push_back((*ints)[0]);
    if (ints->size() != 2)
      return error(path, name)
             << "expected an integer or a pair, got " << formatShape(*ints);
    keepStoredForm(name, stored, *ints, /*scalar=*/false);
    return Attribute(builder.getDenseI64ArrayAttr(*ints));
  }
  case FK::Padding1d:
  case FK::Padding2d: {
    if (isStringDataset(group, name)) {
      FailureOr<std::string> mode = readString(group, name, path);
      if (failed(mode))
        return failure();
      return Attribute(builder.getStringAttr(*mode));
    }
    if (field.kind == FK::Padding1d)
      return readField(group, {field.name, FK::Int, true}, path, signalType);
    return readField(group, {field.name, FK::IntPair, true}, path, signalType);
  }
  case FK::Shape: {
    FailureOr<SmallVector<int64_t>> shape = readIntsOfSize(std::nullopt);
    if (failed(shape))
      return failure();
    if (llvm::any_of(*shape, [](int64_t dim) { return dim < 1; }))
      return error(path, name) << "shape dimensions must be positive, got "
                               << formatShape(*shape);
    if (!isPlausibleShape(*shape))
      return error(path, name) << "shape " << formatShape(*shape)
                               << " has more than 2^40 channels";
    keepStoredForm(name, stored, *shape, /*scalar=*/false);
    signalType = SignalType::get(context, *shape);
    return Attribute();
  }
  }
  llvm_unreachable("unknown field kind");
}

FailureOr<DictionaryAttr> NIRImporter::readMetadata(hid_t group, StringRef path,
                                                    const std::string &prefix,
                                                    int depth) {
  // Metadata is informational: what has no MLIR form is skipped with a
  // warning, but what is hostile (external data, absurd sizes) fails.
  constexpr int kMaxMetadataNesting = 16;
  if (depth > kMaxMetadataNesting) {
    warning(path, prefix) << "metadata nested deeper than "
                          << kMaxMetadataNesting << " levels; ignored";
    return builder.getDictionaryAttr({});
  }
  if (std::optional<std::string> external = findExternalLink(group))
    return error(path, prefix + "/" + *external)
           << "links to another file, which nirc does not follow";
  SmallVector<NamedAttribute> entries;
  for (const std::string &name : listLinks(group)) {
    std::string field = prefix + "/" + name;
    H5O_info_t info;
    if (H5Oget_info_by_name(group, name.c_str(), &info, H5P_DEFAULT) < 0)
      return error(path, field) << "unreadable entry";
    Attribute value;
    if (info.type == H5O_TYPE_GROUP) {
      // Nested dictionaries are subgroups.
      H5Handle sub(H5Gopen2(group, name.c_str(), H5P_DEFAULT), H5Gclose);
      FailureOr<DictionaryAttr> nested =
          readMetadata(sub, path, field, depth + 1);
      if (failed(nested))
        return failure();
      value = *nested;
    } else {
      FailureOr<OpenDataset> opened = openDataset(group, name, path, field);
      if (failed(opened))
        return failure();
      DatasetInfo *entry = &opened->info;
      if (entry->typeClass == H5T_STRING && entry->numElements == 1) {
        FailureOr<std::string> text = readString(group, name, path);
        if (failed(text))
          return failure();
        value = builder.getStringAttr(*text);
      } else if (getElementType(context, *entry)) {
        FailureOr<ElementsAttr> array = readParam(group, name, path);
        if (failed(array))
          return failure();
        value = *array;
      } else {
        warning(path, field)
            << "ignoring a metadata entry of "
            << describeClass(entry->typeClass) << " values of shape "
            << formatShape(entry->shape) << ", which nirc cannot hold";
        continue;
      }
    }
    entries.push_back(builder.getNamedAttr(name, value));
  }
  return builder.getDictionaryAttr(entries);
}

FailureOr<DictionaryAttr> NIRImporter::readNodeMetadata(hid_t node,
                                                        StringRef path) {
  if (!linkExists(node, "metadata"))
    return builder.getDictionaryAttr({});
  H5O_info_t info;
  if (H5Oget_info_by_name(node, "metadata", &info, H5P_DEFAULT) < 0 ||
      info.type != H5O_TYPE_GROUP) {
    warning(path, "metadata") << "not a group; ignored";
    return builder.getDictionaryAttr({});
  }
  H5Handle group(H5Gopen2(node, "metadata", H5P_DEFAULT), H5Gclose);
  return readMetadata(group, path, "metadata", 0);
}

FailureOr<SmallVector<std::pair<StringRef, StringRef>>>
NIRImporter::readEdges(hid_t graphGroup, StringRef path) {
  SmallVector<std::pair<StringRef, StringRef>> edges;
  if (!linkExists(graphGroup, "edges"))
    return error(path, "edges") << "missing: a NIRGraph stores its edges";
  FailureOr<OpenDataset> opened =
      openDataset(graphGroup, "edges", path, "edges");
  if (failed(opened))
    return failure();
  hid_t dataset = opened->handle;
  DatasetInfo *info = &opened->info;
  // h5py writes an empty edge list as float64 (0,).
  if (info->numElements == 0 && info->shape.size() == 1 &&
      info->typeClass == H5T_FLOAT)
    return edges;
  if (info->typeClass != H5T_STRING || info->shape.size() != 2 ||
      info->shape[1] != 2)
    return error(path, "edges") << "expected an (E, 2) array of node names, "
                                   "got "
                                << describeClass(info->typeClass)
                                << " of shape " << formatShape(info->shape);
  H5Handle fileType(H5Dget_type(dataset), H5Tclose);
  H5Handle memType(H5Tcopy(H5T_C_S1), H5Tclose);
  SmallVector<StringRef> names;
  names.reserve(info->numElements);
  if (H5Tis_variable_str(fileType) > 0) {
    H5Tset_size(memType, H5T_VARIABLE);
    H5Tset_cset(memType, H5Tget_cset(fileType));
    std::vector<char *> raw(info->numElements, nullptr);
    bool read = H5Dread(dataset, memType, H5S_ALL, H5S_ALL, getTransferList(),
                        raw.data()) >= 0;
    // A read that fails part way may leave some strings allocated.
    for (char *name : raw) {
      if (read)
        names.push_back(edgeNames.save(name ? name : ""));
      H5free_memory(name);
    }
    if (!read)
      return error(path, "edges")
             << "unreadable data (" << describeReadFailure() << ")";
  } else {
    size_t width = info->elementBytes + 1; // room for the NUL terminator
    std::vector<char> raw(info->numElements * width, '\0');
    H5Tset_size(memType, width);
    if (H5Dread(dataset, memType, H5S_ALL, H5S_ALL, getTransferList(),
                raw.data()) < 0)
      return error(path, "edges")
             << "unreadable data (" << describeReadFailure() << ")";
    for (int64_t i = 0; i < info->numElements; ++i)
      names.push_back(edgeNames.save(raw.data() + i * width));
  }
  for (StringRef name : names)
    if (!llvm::json::isUTF8(name))
      return error(path, "edges")
             << "node name \"" << escape(name) << "\" is not UTF-8 text";
  for (size_t i = 0; i + 1 < names.size(); i += 2)
    edges.emplace_back(names[i], names[i + 1]);
  return edges;
}

//===----------------------------------------------------------------------===//
// Nodes and graphs
//===----------------------------------------------------------------------===//

/// A tensor like `like` filled with `value`, in `like`'s dtype.
static ElementsAttr filledLike(ElementsAttr like, double value) {
  ShapedType type = like.getShapedType();
  if (auto floatType = dyn_cast<FloatType>(type.getElementType())) {
    APFloat fill(value);
    bool lostInfo;
    fill.convert(floatType.getFloatSemantics(), APFloat::rmNearestTiesToEven,
                 &lostInfo);
    return DenseElementsAttr::get(type, fill);
  }
  return DenseElementsAttr::get(
      type, APInt(type.getElementTypeBitWidth(), static_cast<int64_t>(value)));
}

FailureOr<Operation *> NIRImporter::importNode(hid_t group, StringRef name,
                                               StringRef path, int depth) {
  if (!linkExists(group, "type"))
    return error(path, "type") << "missing: every NIR node stores its type";
  FailureOr<std::string> nirType = readString(group, "type", path);
  if (failed(nirType))
    return failure();
  if (*nirType == "NIRGraph")
    return importGraph(group, name, path, depth);
  const NodeSpec *spec = findNodeSpec(*nirType);
  if (!spec)
    return error(path, "type") << "unknown NIR node type '" << *nirType << "'";

  OperationState state(nodeLoc(path), spec->opName);
  state.addAttribute("name", builder.getStringAttr(name));
  storedAs = NamedAttrList();
  Type signalType = SignalType::getUnknown(context);
  llvm::StringMap<ElementsAttr> params;
  for (const FieldSpec &field : spec->fields) {
    if (!linkExists(group, field.name)) {
      if (field.required)
        return error(path, field.name)
               << "missing, and a " << *nirType << " node requires it";
      continue;
    }
    FailureOr<Attribute> value = readField(group, field, path, signalType);
    if (failed(value))
      return failure();
    if (!*value)
      continue;
    state.addAttribute(field.name, *value);
    if (auto elements = dyn_cast<ElementsAttr>(*value))
      params[field.name] = elements;
  }
  // Defaults of older files: v_reset = zeros (NIR < 1.0.6), w_in = ones
  // (NIR < 1.0), each shaped and typed like the population.
  for (const FieldSpec &field : spec->fields) {
    if (field.fill == Default::None || params.count(field.name))
      continue;
    ElementsAttr like =
        params.count("v_threshold") ? params["v_threshold"] : params["v_leak"];
    state.addAttribute(
        field.name,
        filledLike(like,
                   field.fill == Default::ZerosLikeThreshold ? 0.0 : 1.0));
  }
  // Unlike the Python reader, an unknown field is not fatal.
  for (const std::string &link : listLinks(group)) {
    bool known = link == "type" || link == "metadata" ||
                 llvm::any_of(spec->fields, [&](const FieldSpec &field) {
                   return link == field.name;
                 });
    if (!known)
      warning(path, link) << "ignoring a field that " << *nirType
                          << " does not have";
  }
  if (!storedAs.empty())
    state.addAttribute(kStoredAsAttrName, storedAs.getDictionary(context));
  FailureOr<DictionaryAttr> metadata = readNodeMetadata(group, path);
  if (failed(metadata))
    return failure();
  if (!metadata->empty())
    state.addAttribute("metadata", *metadata);
  // Output shapes are checked once the graph's types are inferred; Rockpool
  // writes [1, 1, 1] for a [1] signal.
  bool isOutput = *nirType == "Output";
  state.addTypes(isOutput ? SignalType::getUnknown(context) : signalType);
  Operation *op = builder.create(state);
  if (isOutput && cast<SignalType>(signalType).hasKnownShape())
    storedOutputShapes.emplace_back(
        cast<OutputOp>(op),
        llvm::to_vector(cast<SignalType>(signalType).getShape()), path.str());
  return op;
}

FailureOr<Operation *> NIRImporter::importGraph(hid_t group, StringRef name,
                                                StringRef path, int depth) {
  if (depth > kMaxGraphNesting)
    return error(path) << "graphs nested deeper than " << kMaxGraphNesting;
  bool nested = depth > 0;
  if (!linkExists(group, "nodes"))
    return error(path, "nodes") << "missing: a NIRGraph stores its nodes";
  H5Handle nodesGroup(H5Gopen2(group, "nodes", H5P_DEFAULT), H5Gclose);
  if (!nodesGroup)
    return error(path, "nodes") << "not a group";

  auto graph = builder.create<GraphOp>(nodeLoc(path), TypeRange{},
                                       nested ? builder.getStringAttr(name)
                                              : StringAttr(),
                                       ValueRange{}, DictionaryAttr());
  Block *body = new Block();
  graph.getBody().push_back(body);
  llvm::StringMap<Operation *> nodes;
  {
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToEnd(body);
    if (std::optional<std::string> external = findExternalLink(nodesGroup))
      return error(joinPath(path, *external))
             << "links to another file, which nirc does not follow";
    for (const std::string &nodeName : listLinks(nodesGroup)) {
      // NIR names are Python strs; bytes that are not UTF-8 would be
      // printed into .mlir, JSON and messages as they are.
      if (!llvm::json::isUTF8(nodeName))
        return error(path) << "node name \"" << escape(nodeName)
                           << "\" is not UTF-8 text";
      std::string nodePath = joinPath(path, nodeName);
      H5Handle nodeGroup(H5Gopen2(nodesGroup, nodeName.c_str(), H5P_DEFAULT),
                         H5Gclose);
      if (!nodeGroup)
        return error(nodePath) << "a node must be an HDF5 group";
      FailureOr<Operation *> node =
          importNode(nodeGroup, nodeName, nodePath, depth + 1);
      if (failed(node))
        return failure();
      nodes[nodeName] = *node;
    }
  }
  if (failed(wireEdges(group, path, graph, nodes)))
    return failure();

  FailureOr<DictionaryAttr> metadata = readNodeMetadata(group, path);
  if (failed(metadata))
    return failure();
  if (!metadata->empty())
    graph.setMetadataAttr(*metadata);
  if (!nested)
    return graph.getOperation();
  // As a node, the graph yields one result per Output, in body order.
  SmallVector<Type> resultTypes(getOutputNodes(graph).size(),
                                SignalType::getUnknown(context));
  OperationState state(graph.getLoc(), GraphOp::getOperationName());
  state.addAttributes(graph->getAttrs());
  state.addTypes(resultTypes);
  state.addRegion()->takeBody(graph.getBody());
  Operation *withResults = builder.create(state);
  graph.erase();
  // Edges into this graph were not wired yet (the parent wires them).
  return withResults;
}

/// The node name nearest to `missing` (at most two edits), if one is
/// unambiguously nearest. Among equally near names, the one that extends or
/// truncates `missing` wins: the Braille files name `lif` for `lif1`, which
/// is as near to `lin` by edit distance.
static std::optional<StringRef>
findNearName(StringRef missing, const llvm::StringMap<Operation *> &nodes) {
  constexpr unsigned kMaxEdits = 2;
  SmallVector<StringRef> nearest;
  unsigned bestDistance = kMaxEdits + 1;
  for (const auto &entry : nodes) {
    unsigned distance = missing.edit_distance(entry.getKey());
    if (distance > kMaxEdits)
      continue;
    if (distance < bestDistance)
      nearest.clear();
    if (distance <= bestDistance) {
      bestDistance = distance;
      nearest.push_back(entry.getKey());
    }
  }
  if (nearest.size() > 1)
    llvm::erase_if(nearest, [&](StringRef name) {
      return !name.starts_with(missing) && !missing.starts_with(name);
    });
  if (nearest.size() != 1)
    return std::nullopt;
  return nearest.front();
}

LogicalResult NIRImporter::wireEdges(hid_t group, StringRef path, GraphOp graph,
                                     llvm::StringMap<Operation *> &nodes) {
  auto edges = readEdges(group, path);
  if (failed(edges))
    return failure();
  Block &body = graph.getBody().front();
  // Fan-in operands in edge order, each with its position in the file, and
  // each node's successors in edge order.
  llvm::DenseMap<Operation *, SmallVector<std::pair<Value, int64_t>>> inputsOf;
  llvm::DenseMap<Operation *, SmallVector<Operation *>> successors;
  for (int64_t position = 0, e = edges->size(); position < e; ++position) {
    auto &[source, target] = (*edges)[position];
    for (StringRef *end : {&source, &target}) {
      if (nodes.count(*end))
        continue;
      std::optional<StringRef> near = findNearName(*end, nodes);
      if (near && options.repairEdges) {
        warning(path, "edges")
            << "edge " << source << " -> " << target << " names missing node '"
            << *end << "'; repaired to '" << *near << "'";
        *end = *near;
        continue;
      }
      InFlightDiagnostic diag = error(path, "edges")
                                << "edge " << source << " -> " << target
                                << " names a node '" << *end
                                << "' that the graph does not have";
      if (near)
        diag << "; did you mean '" << *near
             << "'? (--nir-repair-edges applies such repairs)";
      return failure();
    }
    Operation *from = nodes[source];
    Operation *to = nodes[target];
    if (from->getNumResults() != 1)
      return error(path, "edges")
             << "edge " << source << " -> " << target << ": node '" << source
             << "' has " << from->getNumResults()
             << " outputs, so an edge from it is ambiguous";
    if (isa<InputOp>(to))
      return error(path, "edges") << "edge " << source << " -> " << target
                                  << " enters an Input node";
    inputsOf[to].emplace_back(from->getResult(0), position);
    successors[from].push_back(to);
  }
  // Breadth first along the edges from the Inputs, then from each node not
  // reached yet, in the file's order.
  SmallVector<Operation *> graphOrder;
  llvm::DenseSet<Operation *> placed;
  auto placeFrom = [&](Operation *start) {
    if (!placed.insert(start).second)
      return;
    size_t next = graphOrder.size();
    graphOrder.push_back(start);
    for (; next < graphOrder.size(); ++next)
      for (Operation *successor : successors.lookup(graphOrder[next]))
        if (placed.insert(successor).second)
          graphOrder.push_back(successor);
  };
  for (InputOp input : body.getOps<InputOp>())
    placeFrom(input);
  for (Operation &node : body)
    placeFrom(&node);
  SmallVector<int64_t> filePositions;
  for (Operation *node : graphOrder) {
    node->moveBefore(&body, body.end());
    SmallVector<Value> operands;
    for (auto [input, position] : inputsOf.lookup(node)) {
      operands.push_back(input);
      filePositions.push_back(position);
    }
    node->setOperands(operands);
  }
  if (!llvm::is_sorted(filePositions))
    graph->setAttr(kEdgeOrderAttrName,
                   builder.getDenseI64ArrayAttr(filePositions));
  return success();
}

/// An Output whose stored shape was read without its unit axes exports it
/// as stored.
static void keepStoredShape(OutputOp output, ArrayRef<int64_t> stored) {
  NamedAttrList storedAs(
      output->getAttrOfType<DictionaryAttr>(kStoredAsAttrName));
  if (storedAs.get("shape"))
    return; // kept with its own dtype already
  Builder builder(output.getContext());
  storedAs.set("shape", builder.getI64TensorAttr(stored));
  output->setAttr(kStoredAsAttrName,
                  storedAs.getDictionary(output.getContext()));
}

LogicalResult NIRImporter::checkOutputShapes() {
  for (auto &[output, stored, path] : storedOutputShapes) {
    auto inferred = cast<SignalType>(output.getOutput().getType());
    if (!inferred.hasKnownShape()) {
      output.getOutput().setType(SignalType::get(context, stored));
      continue;
    }
    if (inferred.getShape() == ArrayRef<int64_t>(stored))
      continue;
    auto dropUnitAxes = [](ArrayRef<int64_t> shape) {
      return llvm::to_vector(
          llvm::make_filter_range(shape, [](int64_t d) { return d != 1; }));
    };
    if (dropUnitAxes(stored) == dropUnitAxes(inferred.getShape())) {
      warning(path, "shape")
          << "stored shape " << formatShape(stored)
          << " differs from its input " << formatShape(inferred.getShape())
          << " only by unit axes; reading it as "
          << formatShape(inferred.getShape());
      keepStoredShape(output, stored);
      continue;
    }
    return error(path, "shape")
           << "stored shape " << formatShape(stored)
           << " does not match its input " << formatShape(inferred.getShape());
  }
  return success();
}

//===----------------------------------------------------------------------===//
// File
//===----------------------------------------------------------------------===//

/// HDF5 files start with this signature at 0, 512, 1024, 2048, ...
static bool hasHDF5Signature(StringRef bytes) {
  static const char signature[] = "\x89HDF\r\n\x1a\n";
  for (size_t offset = 0; offset + 8 <= bytes.size();
       offset = offset ? offset * 2 : 512)
    if (bytes.substr(offset, 8) == StringRef(signature, 8))
      return true;
  return false;
}

OwningOpRef<ModuleOp> NIRImporter::importImage(llvm::MemoryBufferRef buffer) {
  if (!hasHDF5Signature(buffer.getBuffer())) {
    error() << "not an HDF5 file (no HDF5 signature)";
    return nullptr;
  }
  // libhdf5 prints its own error stack to stderr unless told not to.
  H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
  H5Handle file = openFileImage(buffer.getBuffer());
  return importOpenFile(file);
}

OwningOpRef<ModuleOp> NIRImporter::importFile(StringRef path) {
  H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
  // Read the first bytes ourselves: H5Fis_hdf5 cannot tell "missing" from
  // "not HDF5".
  auto head = llvm::MemoryBuffer::getFileSlice(path, 8, 0);
  if (!head) {
    error() << "cannot read: " << head.getError().message();
    return nullptr;
  }
  if (H5Fis_hdf5(path.str().c_str()) <= 0) {
    error() << "not an HDF5 file (no HDF5 signature)";
    return nullptr;
  }
  H5Handle file(H5Fopen(path.str().c_str(), H5F_ACC_RDONLY, H5P_DEFAULT),
                H5Fclose);
  return importOpenFile(file);
}

OwningOpRef<ModuleOp> NIRImporter::importOpenFile(hid_t file) {
  if (file < 0) {
    error() << "cannot open as HDF5 (truncated or corrupted file)";
    return nullptr;
  }
  OwningOpRef<ModuleOp> module = ModuleOp::create(nodeLoc({}));
  if (linkExists(file, "version")) {
    FailureOr<std::string> version = readString(file, "version", {});
    if (failed(version))
      return nullptr;
    (*module)->setAttr("nir.version", builder.getStringAttr(*version));
  }
  if (!linkExists(file, "node")) {
    error() << "missing the 'node' group that holds the NIR graph";
    return nullptr;
  }
  H5Handle root(H5Gopen2(file, "node", H5P_DEFAULT), H5Gclose);
  if (!root) {
    error() << "'node' is not a group";
    return nullptr;
  }
  FailureOr<std::string> rootType = linkExists(root, "type")
                                        ? readString(root, "type", {})
                                        : FailureOr<std::string>(std::string());
  if (failed(rootType))
    return nullptr;
  if (*rootType != "NIRGraph") {
    error() << "the root node must be a NIRGraph, got '" << *rootType << "'";
    return nullptr;
  }
  builder.setInsertionPointToEnd(module->getBody());
  if (failed(importGraph(root, {}, {}, /*depth=*/0)))
    return nullptr;
  // Verify before inferring: the shape rules assume parameters that passed
  // their checks (a zero stride, a rank-1 weight).
  if (failed(verify(*module)))
    return nullptr;
  PassManager pm(context);
  pm.enableVerifier(false);
  pm.addPass(createInferTypes());
  if (failed(pm.run(*module)) || failed(checkOutputShapes()) ||
      failed(verify(*module)))
    return nullptr;
  return module;
}

/// Runs an import with the op printout of verifier errors turned off: it
/// would print whole weight tensors.
static OwningOpRef<ModuleOp>
withQuietVerifier(MLIRContext *context,
                  llvm::function_ref<OwningOpRef<ModuleOp>()> import) {
  context->loadDialect<NIRDialect>();
  bool printedOp = context->shouldPrintOpOnDiagnostic();
  context->printOpOnDiagnostic(false);
  OwningOpRef<ModuleOp> module = import();
  context->printOpOnDiagnostic(printedOp);
  return module;
}

OwningOpRef<ModuleOp> nirc::importNIR(llvm::SourceMgr &sourceMgr,
                                      MLIRContext *context,
                                      const ImportNIROptions &options) {
  return importNIRImage(
      sourceMgr.getMemoryBuffer(sourceMgr.getMainFileID())->getMemBufferRef(),
      context, options);
}

OwningOpRef<ModuleOp> nirc::importNIRImage(llvm::MemoryBufferRef image,
                                           MLIRContext *context,
                                           const ImportNIROptions &options) {
  NIRImporter importer(context, image.getBufferIdentifier(), options);
  return withQuietVerifier(context,
                           [&] { return importer.importImage(image); });
}

OwningOpRef<ModuleOp> nirc::importNIRFile(StringRef path, MLIRContext *context,
                                          const ImportNIROptions &options) {
  NIRImporter importer(context, path, options);
  return withQuietVerifier(context, [&] { return importer.importFile(path); });
}

void nirc::registerImportNIRTranslation() {
  static llvm::cl::opt<bool> repairEdges(
      "nir-repair-edges",
      llvm::cl::desc("With --import-nir: retarget edges that name a missing "
                     "node to its unique near name, with a warning"),
      llvm::cl::init(false));
  static llvm::cl::OptionCategory readCategory(
      "Reading the untrusted input (--import-nir reads it in a child process)");
  registerReadLimitOptions(readCategory);
  static TranslateToMLIRRegistration fromNIR(
      "import-nir", "Import a .nir (HDF5) file into the nir dialect",
      [](llvm::SourceMgr &sourceMgr, MLIRContext *context) {
        ImportNIROptions options;
        options.repairEdges = repairEdges;
        return importNIRImageIsolated(
            sourceMgr.getMemoryBuffer(sourceMgr.getMainFileID())
                ->getMemBufferRef(),
            context, options, getReadLimitsFromOptions());
      },
      [](DialectRegistry &registry) { registry.insert<NIRDialect>(); });
}
