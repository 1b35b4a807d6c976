//===- GraphData.cpp - NIRGraphData files ---------------------------------===//
//
// Layout (docs/file-formats.md §2): types live in `__type__` string attributes.
//   /                               __type__ = "NIRGraphData"
//   /nodes/<name>/                  __type__ = "NIRNodeData" | "NIRGraphData"
//   /nodes/<name>/observables/<o>/  __type__ = "TimeGriddedData" |
//                                              "EventData" | "ValuedEventData"
//     TimeGriddedData: dataset `data` [samples, T, neurons]; attribute `dt`
//     EventData: datasets `idx` int64, `time` float64 [samples, events];
//                attributes `n_neurons`, `t_max`; ValuedEventData + `value`
//
//===----------------------------------------------------------------------===//

#include "nirc/Target/NIR/GraphData.h"
#include "nirc/Support/OutputFile.h"

#include "HDF5Utils.h"

#include "nirc/Support/ShapeRules.h"

#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/raw_ostream.h"

#include <cmath>
#include <limits>

using namespace nirc;

namespace {

/// Deeper nesting than this is not a real model; refusing it bounds the
/// recursion.
constexpr int kMaxNesting = 256;

/// Reads one file, naming it and the node path in every error.
class GraphDataReader {
public:
  explicit GraphDataReader(llvm::StringRef fileName) : fileName(fileName) {}

  /// Reads the root group, which must say it is NIRGraphData.
  llvm::Expected<GraphData> readFile(hid_t file);

private:
  llvm::Expected<GraphData> readGraph(hid_t group, const std::string &path,
                                      int depth);
  llvm::Error fail(const std::string &where, const llvm::Twine &message) {
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        fileName + ": " + (where.empty() ? "" : where + ": ") + message);
  }
  llvm::Expected<std::string> readTypeAttribute(hid_t object,
                                                const std::string &where);
  llvm::Expected<double> readNumberAttribute(hid_t object, const char *name,
                                             const std::string &where);
  /// Reads a dataset of `rank` dimensions, converted to T by libhdf5.
  template <typename T>
  llvm::Error readArray(hid_t group, const char *name, size_t rank,
                        const std::string &where, std::vector<T> &values,
                        llvm::SmallVector<int64_t> &shape,
                        bool *isBoolean = nullptr);
  llvm::Expected<Observable> readObservable(hid_t group,
                                            const std::string &where);
  llvm::Expected<std::string>
  readStringAttribute(hid_t object, const char *name, const std::string &where);

  std::string fileName;
};

} // namespace

llvm::Expected<std::string>
GraphDataReader::readTypeAttribute(hid_t object, const std::string &where) {
  return readStringAttribute(object, "__type__", where);
}

llvm::Expected<std::string>
GraphDataReader::readStringAttribute(hid_t object, const char *name,
                                     const std::string &where) {
  if (H5Aexists(object, name) <= 0)
    return fail(where, llvm::Twine("missing the '") + name + "' attribute");
  H5Handle attribute(H5Aopen(object, name, H5P_DEFAULT), H5Aclose);
  H5Handle type(H5Aget_type(attribute), H5Tclose);
  if (!type || H5Tget_class(type) != H5T_STRING)
    return fail(where, llvm::Twine("'") + name + "' is not a string");
  H5Handle memType(H5Tcopy(H5T_C_S1), H5Tclose);
  H5Tset_cset(memType, H5Tget_cset(type));
  if (H5Tis_variable_str(type) > 0) {
    H5Tset_size(memType, H5T_VARIABLE);
    char *text = nullptr;
    bool read = H5Aread(attribute, memType, &text) >= 0;
    std::string result = read && text ? text : "";
    H5free_memory(text);
    if (!read)
      return fail(where, llvm::Twine("unreadable '") + name + "'");
    return result;
  }
  size_t size = H5Tget_size(type);
  std::string buffer(size + 1, '\0');
  H5Tset_size(memType, size + 1);
  if (H5Aread(attribute, memType, buffer.data()) < 0)
    return fail(where, llvm::Twine("unreadable '") + name + "'");
  return std::string(buffer.c_str());
}

llvm::Expected<double>
GraphDataReader::readNumberAttribute(hid_t object, const char *name,
                                     const std::string &where) {
  if (H5Aexists(object, name) <= 0)
    return fail(where, llvm::Twine("missing the '") + name + "' attribute");
  H5Handle attribute(H5Aopen(object, name, H5P_DEFAULT), H5Aclose);
  H5Handle space(H5Aget_space(attribute), H5Sclose);
  H5Handle type(H5Aget_type(attribute), H5Tclose);
  H5T_class_t typeClass = type ? H5Tget_class(type) : H5T_NO_CLASS;
  double value = 0;
  if ((typeClass != H5T_FLOAT && typeClass != H5T_INTEGER) ||
      H5Sget_simple_extent_npoints(space) != 1 ||
      H5Aread(attribute, H5T_NATIVE_DOUBLE, &value) < 0)
    return fail(where,
                llvm::Twine("attribute '") + name + "' must be one number");
  return value;
}

template <typename T>
llvm::Error
GraphDataReader::readArray(hid_t group, const char *name, size_t rank,
                           const std::string &where, std::vector<T> &values,
                           llvm::SmallVector<int64_t> &shape, bool *isBoolean) {
  std::string field = where + "/" + name;
  llvm::Expected<OpenDataset> opened = openDataset(group, name);
  if (!opened)
    return fail(field, llvm::toString(opened.takeError()));
  hid_t dataset = opened->handle;
  DatasetInfo *info = &opened->info;
  if (info->shape.size() != rank)
    return fail(field, llvm::formatv("expected {0} dimensions, got shape {1}",
                                     rank, formatShape(info->shape)));
  shape = info->shape;
  values.resize(info->numElements);
  if (info->numElements == 0)
    return llvm::Error::success();
  bool boolean = info->typeClass == H5T_ENUM && info->elementBytes == 1;
  if (isBoolean)
    *isBoolean = boolean;
  if (boolean) {
    // NumPy bools are an enum over int8; libhdf5 will not convert an enum
    // to a number, so read the raw int8 values.
    H5Handle fileType(H5Dget_type(dataset), H5Tclose);
    std::vector<int8_t> raw(info->numElements);
    if (H5Dread(dataset, fileType, H5S_ALL, H5S_ALL, getTransferList(),
                raw.data()) < 0)
      return fail(field, "unreadable data (" + describeReadFailure() + ")");
    for (size_t i = 0; i < raw.size(); ++i)
      values[i] = static_cast<T>(raw[i]);
    return llvm::Error::success();
  }
  if (info->typeClass != H5T_FLOAT && info->typeClass != H5T_INTEGER)
    return fail(field, "expected numbers");
  hid_t memType =
      std::is_same_v<T, double> ? H5T_NATIVE_DOUBLE : H5T_NATIVE_INT64;
  if (H5Dread(dataset, memType, H5S_ALL, H5S_ALL, getTransferList(),
              values.data()) < 0)
    return fail(field, "unreadable data (" + describeReadFailure() + ")");
  return llvm::Error::success();
}

llvm::Expected<Observable>
GraphDataReader::readObservable(hid_t group, const std::string &where) {
  llvm::Expected<std::string> kind = readTypeAttribute(group, where);
  if (!kind)
    return kind.takeError();
  llvm::SmallVector<int64_t> shape;
  if (*kind == "TimeGriddedData") {
    TimeGriddedData grid;
    llvm::Expected<double> dt = readNumberAttribute(group, "dt", where);
    if (!dt)
      return dt.takeError();
    if (!(*dt > 0) || !std::isfinite(*dt))
      return fail(where, llvm::formatv("'dt' must be positive, got {0}", *dt));
    grid.dt = *dt;
    if (llvm::Error error = readArray(group, "data", 3, where, grid.values,
                                      shape, &grid.isSpikes))
      return std::move(error);
    grid.numSamples = shape[0];
    grid.numSteps = shape[1];
    grid.numNeurons = shape[2];
    return Observable(std::move(grid));
  }
  if (*kind != "EventData" && *kind != "ValuedEventData")
    return fail(where, "unknown observable type '" + *kind + "'");
  EventData events;
  llvm::Expected<double> neurons =
      readNumberAttribute(group, "n_neurons", where);
  if (!neurons)
    return neurons.takeError();
  llvm::Expected<double> tMax = readNumberAttribute(group, "t_max", where);
  if (!tMax)
    return tMax.takeError();
  // Checked before the cast: a NaN or 1e300 has no int64_t.
  if (!(*neurons >= 0 && *neurons <= double(kMaxGridValues)) ||
      *neurons != std::floor(*neurons))
    return fail(where, llvm::formatv("'n_neurons' must be a whole number in "
                                     "[0, {0}], got {1:e}",
                                     kMaxGridValues, *neurons));
  if (!(*tMax >= 0) || !std::isfinite(*tMax))
    return fail(where, llvm::formatv("'t_max' must be finite and not "
                                     "negative, got {0:e}",
                                     *tMax));
  events.numNeurons = static_cast<int64_t>(*neurons);
  events.tMax = *tMax;
  llvm::SmallVector<int64_t> timeShape;
  if (llvm::Error error =
          readArray(group, "idx", 2, where, events.neuron, shape))
    return std::move(error);
  if (llvm::Error error =
          readArray(group, "time", 2, where, events.time, timeShape))
    return std::move(error);
  if (shape != timeShape)
    return fail(where, "'idx' " + formatShape(shape) + " and 'time' " +
                           formatShape(timeShape) + " differ in shape");
  events.numSamples = shape[0];
  events.numEvents = shape[1];
  if (*kind == "ValuedEventData") {
    std::vector<double> values;
    llvm::SmallVector<int64_t> valueShape;
    if (llvm::Error error =
            readArray(group, "value", 2, where, values, valueShape))
      return std::move(error);
    if (valueShape != shape)
      return fail(where, "'value' " + formatShape(valueShape) + " and 'idx' " +
                             formatShape(shape) + " differ in shape");
    events.value = std::move(values);
  }
  for (size_t i = 0; i < events.neuron.size(); ++i)
    if (events.neuron[i] < -1 || events.neuron[i] >= events.numNeurons)
      return fail(where, llvm::formatv("event {0} names neuron {1} of {2}", i,
                                       events.neuron[i], events.numNeurons));
  return Observable(std::move(events));
}

llvm::Expected<GraphData>
GraphDataReader::readGraph(hid_t group, const std::string &path, int depth) {
  if (depth > kMaxNesting)
    return fail(path,
                llvm::formatv("graphs nested deeper than {0}", kMaxNesting));
  GraphData graph;
  if (!linkExists(group, "nodes"))
    return fail(path, "missing the 'nodes' group");
  H5Handle nodes(H5Gopen2(group, "nodes", H5P_DEFAULT), H5Gclose);
  if (!nodes)
    return fail(path, "'nodes' is not a group");
  if (std::optional<std::string> external = findExternalLink(nodes))
    return fail(path.empty() ? *external : path + "/" + *external,
                "links to another file, which nirc does not follow");
  for (const std::string &name : listLinks(nodes)) {
    std::string nodePath = path.empty() ? name : path + "/" + name;
    H5Handle node(H5Gopen2(nodes, name.c_str(), H5P_DEFAULT), H5Gclose);
    if (!node)
      return fail(nodePath, "a node must be a group");
    llvm::Expected<std::string> kind = readTypeAttribute(node, nodePath);
    if (!kind)
      return kind.takeError();
    if (*kind == "NIRGraphData") {
      llvm::Expected<GraphData> nested = readGraph(node, nodePath, depth + 1);
      if (!nested)
        return nested.takeError();
      graph.graphs.emplace_back(name, std::move(*nested));
      continue;
    }
    if (*kind != "NIRNodeData")
      return fail(nodePath, "unknown node data type '" + *kind + "'");
    NodeData data;
    if (linkExists(node, "observables")) {
      H5Handle observables(H5Gopen2(node, "observables", H5P_DEFAULT),
                           H5Gclose);
      if (!observables)
        return fail(nodePath, "'observables' is not a group");
      for (const std::string &observable : listLinks(observables)) {
        H5Handle group(H5Gopen2(observables, observable.c_str(), H5P_DEFAULT),
                       H5Gclose);
        std::string where = nodePath + ", observable '" + observable + "'";
        if (!group)
          return fail(where, "an observable must be a group");
        llvm::Expected<Observable> value = readObservable(group, where);
        if (!value)
          return value.takeError();
        data.observables.emplace_back(observable, std::move(*value));
      }
    }
    graph.nodes.emplace_back(name, std::move(data));
  }
  return graph;
}

llvm::Expected<GraphData> nirc::readGraphData(llvm::StringRef path) {
  H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
  GraphDataReader reader(path);
  if (H5Fis_hdf5(path.str().c_str()) <= 0)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   path + ": not a readable HDF5 file");
  H5Handle file(H5Fopen(path.str().c_str(), H5F_ACC_RDONLY, H5P_DEFAULT),
                H5Fclose);
  if (!file)
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        path + ": cannot open as HDF5 (truncated or corrupted file)");
  return reader.readFile(file);
}

llvm::Expected<GraphData> nirc::readGraphData(llvm::MemoryBufferRef buffer) {
  H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
  llvm::StringRef name = buffer.getBufferIdentifier();
  GraphDataReader reader(name);
  H5Handle file = openFileImage(buffer.getBuffer());
  if (!file)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   name + ": not a readable HDF5 file");
  return reader.readFile(file);
}

llvm::Expected<GraphData> GraphDataReader::readFile(hid_t file) {
  H5Handle root(H5Gopen2(file, "/", H5P_DEFAULT), H5Gclose);
  llvm::Expected<std::string> kind = readTypeAttribute(root, "");
  if (!kind)
    return kind.takeError();
  if (*kind != "NIRGraphData")
    return fail("", "not NIRGraphData (__type__ is '" + *kind + "')");
  llvm::Expected<GraphData> graph = readGraph(root, "", 0);
  if (!graph)
    return graph.takeError();
  // Every other string attribute of the root is metadata.
  std::vector<std::string> names;
  hsize_t index = 0;
  H5Aiterate2(
      root, H5_INDEX_CRT_ORDER, H5_ITER_NATIVE, &index,
      [](hid_t, const char *name, const H5A_info_t *, void *names) -> herr_t {
        static_cast<std::vector<std::string> *>(names)->push_back(name);
        return 0;
      },
      &names);
  for (const std::string &name : names) {
    if (name == "__type__")
      continue;
    llvm::Expected<std::string> value =
        readStringAttribute(root, name.c_str(), "");
    if (!value) {
      llvm::consumeError(value.takeError()); // not a string: not ours
      continue;
    }
    graph->metadata.emplace_back(name, std::move(*value));
  }
  return graph;
}

//===----------------------------------------------------------------------===//
// Writing
//===----------------------------------------------------------------------===//

namespace {

/// Writes into an in-memory HDF5 file; the first failure is kept.
class GraphDataWriter {
public:
  llvm::Error writeGraph(hid_t group, const GraphData &graph);

  GraphDataWriter() : vlenString(H5Tcopy(H5T_C_S1), H5Tclose) {
    H5Tset_size(vlenString, H5T_VARIABLE);
    H5Tset_cset(vlenString, H5T_CSET_UTF8);
  }
  llvm::Error writeTypeAttribute(hid_t object, llvm::StringRef type) {
    return writeStringAttribute(object, "__type__", type);
  }
  llvm::Error writeStringAttribute(hid_t object, const char *name,
                                   llvm::StringRef value);

private:
  llvm::Error writeNumberAttribute(hid_t object, const char *name,
                                   hid_t fileType, hid_t memType,
                                   const void *value);
  llvm::Error writeArray(hid_t group, const char *name, hid_t fileType,
                         hid_t memType, llvm::ArrayRef<int64_t> shape,
                         const void *data);
  llvm::Error writeObservable(hid_t group, const Observable &observable);

  H5Handle vlenString;
};

llvm::Error failWrite(const llvm::Twine &what) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "cannot write " + what);
}

} // namespace

llvm::Error GraphDataWriter::writeStringAttribute(hid_t object,
                                                  const char *name,
                                                  llvm::StringRef value) {
  H5Handle space(H5Screate(H5S_SCALAR), H5Sclose);
  H5Handle attribute(
      H5Acreate2(object, name, vlenString, space, H5P_DEFAULT, H5P_DEFAULT),
      H5Aclose);
  std::string text = value.str();
  const char *pointer = text.c_str();
  if (!attribute || H5Awrite(attribute, vlenString, &pointer) < 0)
    return failWrite(llvm::Twine(name) + " = " + value);
  return llvm::Error::success();
}

llvm::Error GraphDataWriter::writeNumberAttribute(hid_t object,
                                                  const char *name,
                                                  hid_t fileType, hid_t memType,
                                                  const void *value) {
  H5Handle space(H5Screate(H5S_SCALAR), H5Sclose);
  H5Handle attribute(
      H5Acreate2(object, name, fileType, space, H5P_DEFAULT, H5P_DEFAULT),
      H5Aclose);
  if (!attribute || H5Awrite(attribute, memType, value) < 0)
    return failWrite(llvm::Twine("attribute ") + name);
  return llvm::Error::success();
}

llvm::Error GraphDataWriter::writeArray(hid_t group, const char *name,
                                        hid_t fileType, hid_t memType,
                                        llvm::ArrayRef<int64_t> shape,
                                        const void *data) {
  llvm::SmallVector<hsize_t> dims(shape.begin(), shape.end());
  H5Handle space(H5Screate_simple(dims.size(), dims.data(), nullptr), H5Sclose);
  H5Handle plist = createDatasetProperties();
  // The Python package's default: gzip 4, one chunk.
  if (numElements(shape) > 0) {
    H5Pset_chunk(plist, dims.size(), dims.data());
    H5Pset_deflate(plist, 4);
  }
  H5Handle dataset(H5Dcreate2(group, name, fileType, space, utf8LinkCreation(),
                              plist, H5P_DEFAULT),
                   H5Dclose);
  if (!dataset ||
      (numElements(shape) > 0 && H5Dwrite(dataset, memType, H5S_ALL, H5S_ALL,
                                          getTransferList(), data) < 0))
    return failWrite(llvm::Twine("dataset ") + name);
  return llvm::Error::success();
}

llvm::Error GraphDataWriter::writeObservable(hid_t group,
                                             const Observable &observable) {
  if (const auto *grid = std::get_if<TimeGriddedData>(&observable)) {
    if (llvm::Error error = writeTypeAttribute(group, "TimeGriddedData"))
      return error;
    if (llvm::Error error = writeNumberAttribute(group, "dt", H5T_IEEE_F64LE,
                                                 H5T_NATIVE_DOUBLE, &grid->dt))
      return error;
    int64_t shape[] = {grid->numSamples, grid->numSteps, grid->numNeurons};
    if (grid->isInteger && !grid->isSpikes) {
      if (grid->unit != 0)
        for (auto [name, value] : {std::pair{"unit", &grid->unit},
                                   std::pair{"offset", &grid->offset}})
          if (llvm::Error error = writeNumberAttribute(
                  group, name, H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, value))
            return error;
      std::vector<int64_t> ints(grid->values.begin(), grid->values.end());
      return writeArray(group, "data", H5T_STD_I64LE, H5T_NATIVE_INT64, shape,
                        ints.data());
    }
    if (!grid->isSpikes)
      return writeArray(group, "data", H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, shape,
                        grid->values.data());
    // NumPy's bool: an enum {FALSE = 0, TRUE = 1} over int8.
    H5Handle boolType(H5Tenum_create(H5T_NATIVE_INT8), H5Tclose);
    int8_t no = 0, yes = 1;
    H5Tenum_insert(boolType, "FALSE", &no);
    H5Tenum_insert(boolType, "TRUE", &yes);
    std::vector<int8_t> spikes(grid->values.size());
    for (size_t i = 0; i < spikes.size(); ++i)
      spikes[i] = grid->values[i] != 0;
    return writeArray(group, "data", boolType, boolType, shape, spikes.data());
  }
  const auto &events = std::get<EventData>(observable);
  if (llvm::Error error = writeTypeAttribute(
          group, events.value ? "ValuedEventData" : "EventData"))
    return error;
  if (llvm::Error error =
          writeNumberAttribute(group, "n_neurons", H5T_STD_I64LE,
                               H5T_NATIVE_INT64, &events.numNeurons))
    return error;
  if (llvm::Error error = writeNumberAttribute(group, "t_max", H5T_IEEE_F64LE,
                                               H5T_NATIVE_DOUBLE, &events.tMax))
    return error;
  int64_t shape[] = {events.numSamples, events.numEvents};
  if (llvm::Error error =
          writeArray(group, "idx", H5T_STD_I64LE, H5T_NATIVE_INT64, shape,
                     events.neuron.data()))
    return error;
  if (llvm::Error error =
          writeArray(group, "time", H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, shape,
                     events.time.data()))
    return error;
  if (events.value)
    return writeArray(group, "value", H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, shape,
                      events.value->data());
  return llvm::Error::success();
}

llvm::Error GraphDataWriter::writeGraph(hid_t group, const GraphData &graph) {
  H5Handle nodes(
      H5Gcreate2(group, "nodes", utf8LinkCreation(), H5P_DEFAULT, H5P_DEFAULT),
      H5Gclose);
  if (!nodes)
    return failWrite("the nodes group");
  for (const auto &[name, data] : graph.nodes) {
    H5Handle node(H5Gcreate2(nodes, name.c_str(), utf8LinkCreation(),
                             H5P_DEFAULT, H5P_DEFAULT),
                  H5Gclose);
    if (!node)
      return failWrite("node '" + name + "'");
    if (llvm::Error error = writeTypeAttribute(node, "NIRNodeData"))
      return error;
    H5Handle observables(H5Gcreate2(node, "observables", utf8LinkCreation(),
                                    H5P_DEFAULT, H5P_DEFAULT),
                         H5Gclose);
    for (const auto &[observableName, observable] : data.observables) {
      H5Handle sub(H5Gcreate2(observables, observableName.c_str(),
                              utf8LinkCreation(), H5P_DEFAULT, H5P_DEFAULT),
                   H5Gclose);
      if (!sub)
        return failWrite("observable '" + observableName + "'");
      if (llvm::Error error = writeObservable(sub, observable))
        return error;
    }
  }
  for (const auto &[name, nested] : graph.graphs) {
    H5Handle node(H5Gcreate2(nodes, name.c_str(), utf8LinkCreation(),
                             H5P_DEFAULT, H5P_DEFAULT),
                  H5Gclose);
    if (!node)
      return failWrite("nested graph '" + name + "'");
    if (llvm::Error error = writeTypeAttribute(node, "NIRGraphData"))
      return error;
    if (llvm::Error error = writeGraph(node, nested))
      return error;
  }
  return llvm::Error::success();
}

llvm::Error nirc::writeGraphData(const GraphData &data, llvm::StringRef path) {
  H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
  std::vector<char> image;
  {
    H5Handle file = createFileInMemory("nirc-data.h5");
    if (!file)
      return failWrite("an in-memory HDF5 file");
    GraphDataWriter writer;
    H5Handle root(H5Gopen2(file, "/", H5P_DEFAULT), H5Gclose);
    if (llvm::Error error = writer.writeTypeAttribute(root, "NIRGraphData"))
      return error;
    for (const auto &[name, value] : data.metadata)
      if (llvm::Error error =
              writer.writeStringAttribute(root, name.c_str(), value))
        return error;
    if (llvm::Error error = writer.writeGraph(root, data))
      return error;
    std::optional<std::vector<char>> bytes = getFileImage(file);
    if (!bytes)
      return failWrite("the HDF5 file image");
    image = std::move(*bytes);
  }
  return writeOutputFile(path, [&](llvm::raw_ostream &os) {
    os.write(image.data(), image.size());
    return llvm::Error::success();
  });
}

//===----------------------------------------------------------------------===//
// Conversions
//===----------------------------------------------------------------------===//

llvm::Expected<TimeGriddedData> nirc::toTimeGridded(const EventData &events,
                                                    double dt) {
  // In double first: t_max / dt may not fit an integer at all.
  double steps = std::floor(events.tMax / dt);
  double values = steps * double(events.numNeurons) * double(events.numSamples);
  if (!(steps <= double(kMaxGridValues) && values <= double(kMaxGridValues)))
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        llvm::formatv("t_max = {0:e} s over dt = {1:e} s gives {2:e} steps "
                      "of {3} neuron(s) x {4} sample(s): more than {5} values; "
                      "a larger dt gives fewer",
                      events.tMax, dt, steps, events.numNeurons,
                      events.numSamples, kMaxGridValues));
  TimeGriddedData grid;
  grid.dt = dt;
  grid.numSamples = events.numSamples;
  grid.numSteps = static_cast<int64_t>(steps);
  grid.numNeurons = events.numNeurons;
  grid.isSpikes = !events.value;
  grid.values.assign(grid.numSamples * grid.numSteps * grid.numNeurons, 0.0);
  for (int64_t sample = 0; sample < events.numSamples; ++sample)
    for (int64_t e = 0; e < events.numEvents; ++e) {
      int64_t at = sample * events.numEvents + e;
      int64_t neuron = events.neuron[at];
      double time = events.time[at];
      if (neuron < 0 || !std::isfinite(time) || time < 0)
        continue; // Padding.
      // Compared in double: an event at 1e96 s has no int64_t step.
      double step = std::floor(time / dt);
      if (step >= double(grid.numSteps))
        continue;
      grid.at(sample, static_cast<int64_t>(step), neuron) +=
          events.value ? (*events.value)[at] : 1;
    }
  return grid;
}

EventData nirc::toEvents(const TimeGriddedData &grid, double timeShift) {
  EventData events;
  events.numSamples = grid.numSamples;
  events.numNeurons = grid.numNeurons;
  events.tMax = grid.numSteps * grid.dt;
  int64_t perSample = grid.numSteps * grid.numNeurons;
  // Pad every sample to the largest event count, as NIR does.
  for (int64_t sample = 0; sample < grid.numSamples; ++sample) {
    int64_t count = 0;
    for (int64_t i = 0; i < perSample; ++i)
      count += grid.values[sample * perSample + i] != 0;
    events.numEvents = std::max(events.numEvents, count);
  }
  int64_t total = events.numSamples * events.numEvents;
  events.neuron.assign(total, -1);
  events.time.assign(total, std::numeric_limits<double>::infinity());
  if (!grid.isSpikes)
    events.value = std::vector<double>(total, 0.0);
  for (int64_t sample = 0; sample < grid.numSamples; ++sample) {
    int64_t next = sample * events.numEvents;
    for (int64_t step = 0; step < grid.numSteps; ++step)
      for (int64_t neuron = 0; neuron < grid.numNeurons; ++neuron) {
        double value =
            grid.values[(sample * grid.numSteps + step) * grid.numNeurons +
                        neuron];
        if (value == 0)
          continue;
        events.neuron[next] = neuron;
        events.time[next] = step * grid.dt + timeShift;
        if (events.value)
          (*events.value)[next] = value;
        ++next;
      }
  }
  return events;
}
