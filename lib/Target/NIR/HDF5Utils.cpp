//===- HDF5Utils.cpp - HDF5 C API helpers shared by the readers -----------===//

#include "HDF5Utils.h"

#include "nirc/Support/ShapeRules.h"

#include "llvm/Support/FormatVariadic.h"

namespace nirc {

/// Filters libhdf5 decodes without plugins.
static bool isBuiltinFilter(H5Z_filter_t filter) {
  return filter == H5Z_FILTER_DEFLATE || filter == H5Z_FILTER_SHUFFLE ||
         filter == H5Z_FILTER_FLETCHER32;
}

/// The most a dataset may decompress to relative to its stored bytes:
/// deflate's worst case is about 1032:1. A header claiming more is lying.
constexpr int64_t kMaxCompressionRatio = 1032;
/// No NIR parameter or recording comes close to this; refuse before
/// allocating.
constexpr int64_t kMaxDatasetBytes = int64_t(4) << 30;

static llvm::Error problem(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

llvm::Expected<DatasetInfo> inspectDataset(hid_t dataset) {
  H5Handle type(H5Dget_type(dataset), H5Tclose);
  H5Handle space(H5Dget_space(dataset), H5Sclose);
  if (!type || !space)
    return problem("unreadable dataset header");
  DatasetInfo info;
  info.typeClass = H5Tget_class(type);
  info.elementBytes = H5Tget_size(type);
  info.isSigned =
      info.typeClass == H5T_INTEGER && H5Tget_sign(type) != H5T_SGN_NONE;
  int rank = H5Sget_simple_extent_ndims(space);
  if (rank < 0 || rank > 32)
    return problem(llvm::formatv("unreadable dataspace (rank {0})", rank));
  llvm::SmallVector<hsize_t> dims(rank);
  H5Sget_simple_extent_dims(space, dims.data(), nullptr);
  info.numElements = 1;
  for (hsize_t dim : dims) {
    if (dim > hsize_t(kMaxDatasetBytes))
      return problem(llvm::formatv("absurd dimension {0}", dim));
    info.shape.push_back(static_cast<int64_t>(dim));
    // Checked before multiplying: (2^32, 2^32) must not wrap to 0.
    if (dim != 0 && info.numElements > kMaxDatasetBytes / int64_t(dim))
      return problem("absurd size: shape " + formatShape(info.shape) + "...");
    info.numElements *= static_cast<int64_t>(dim);
  }
  H5Handle plist(H5Dget_create_plist(dataset), H5Pclose);
  // Data stored in other files would let a .nir read any local file (and
  // defeat the size check below): refuse it.
  if (plist &&
      (H5Pget_external_count(plist) > 0 || H5Pget_layout(plist) == H5D_VIRTUAL))
    return problem("stored in external files, which nirc does not follow");
  // Chunks must have the dataspace's rank: one flipped bit turning a
  // chunked dataset's space scalar made libhdf5 allocate without bound.
  if (plist && H5Pget_layout(plist) == H5D_CHUNKED) {
    hsize_t chunk[32] = {0};
    int chunkRank = H5Pget_chunk(plist, 32, chunk);
    if (chunkRank != rank ||
        llvm::is_contained(llvm::ArrayRef(chunk, chunkRank), hsize_t(0)))
      return problem(llvm::formatv("corrupt chunked layout: chunks of rank "
                                   "{0} over a dataspace of rank {1}",
                                   chunkRank, rank));
  }
  // Refuse filters libhdf5 cannot decode here, by name.
  int numFilters = plist ? H5Pget_nfilters(plist) : 0;
  for (int i = 0; i < numFilters; ++i) {
    unsigned flags = 0;
    size_t numValues = 0;
    char filterName[64] = {0};
    H5Z_filter_t filter =
        H5Pget_filter2(plist, i, &flags, &numValues, nullptr,
                       sizeof(filterName), filterName, nullptr);
    if (isBuiltinFilter(filter))
      continue;
    llvm::StringRef known = filter == 32000             ? "lzf (h5py plugin)"
                            : filter == H5Z_FILTER_SZIP ? "szip"
                                                        : filterName;
    return problem(llvm::formatv("compressed with unsupported filter {0} "
                                 "'{1}'; rewrite it with gzip or no "
                                 "compression",
                                 filter, known));
  }
  // A header may claim far more data than the file stores.
  int64_t bytes = info.numElements * static_cast<int64_t>(info.elementBytes);
  int64_t stored = static_cast<int64_t>(H5Dget_storage_size(dataset));
  if (bytes > kMaxDatasetBytes ||
      (bytes > 4096 && bytes > stored * kMaxCompressionRatio))
    return problem(llvm::formatv("absurd size: shape {0} needs {1} bytes but "
                                 "the file stores {2}",
                                 formatShape(info.shape), bytes, stored));
  return info;
}

llvm::Expected<OpenDataset> openDataset(hid_t parent, const std::string &name) {
  if (!linkExists(parent, name))
    return problem("missing dataset");
  H5Handle dataset(H5Dopen2(parent, name.c_str(), H5P_DEFAULT), H5Dclose);
  if (!dataset)
    return problem("not a readable dataset");
  llvm::Expected<DatasetInfo> info = inspectDataset(dataset);
  if (!info)
    return info.takeError();
  return OpenDataset{std::move(dataset), std::move(*info)};
}

hid_t utf8LinkCreation() {
  static const hid_t properties = [] {
    hid_t list = H5Pcreate(H5P_LINK_CREATE);
    H5Pset_char_encoding(list, H5T_CSET_UTF8);
    return list;
  }();
  return properties;
}

bool linkExists(hid_t parent, const std::string &name) {
  return H5Lexists(parent, name.c_str(), H5P_DEFAULT) > 0;
}

llvm::SmallVector<std::string> listLinks(hid_t group) {
  llvm::SmallVector<std::string> names;
  H5Literate(
      group, H5_INDEX_NAME, H5_ITER_INC, nullptr,
      [](hid_t, const char *name, const H5L_info_t *, void *data) -> herr_t {
        static_cast<llvm::SmallVector<std::string> *>(data)->push_back(name);
        return 0;
      },
      &names);
  return names;
}

std::optional<std::string> findExternalLink(hid_t group) {
  std::optional<std::string> external;
  H5Literate(
      group, H5_INDEX_NAME, H5_ITER_INC, nullptr,
      [](hid_t, const char *name, const H5L_info_t *info,
         void *data) -> herr_t {
        if (info->type != H5L_TYPE_EXTERNAL)
          return 0;
        *static_cast<std::optional<std::string> *>(data) = name;
        return 1; // Stop at the first.
      },
      &external);
  return external;
}

} // namespace nirc

hid_t nirc::getTransferList() {
  // Made once and never closed: closing it after a failed read would be an
  // HDF5 call, which clears the error stack describeReadFailure reads.
  static hid_t transfer = [] {
    hid_t list = H5Pcreate(H5P_DATASET_XFER);
    H5Pset_buffer(list, 64 << 10, nullptr, nullptr);
    return list;
  }();
  return transfer;
}

nirc::H5Handle nirc::openFileImage(llvm::StringRef bytes) {
  hid_t opened = H5I_INVALID_HID;
  {
    // The property list's own copy of the image is freed when it closes.
    H5Handle access(H5Pcreate(H5P_FILE_ACCESS), H5Pclose);
    if (access && H5Pset_fapl_core(access, 1 << 20, /*backing_store=*/0) >= 0 &&
        H5Pset_file_image(access, const_cast<char *>(bytes.data()),
                          bytes.size()) >= 0)
      opened = H5Fopen("nir-image", H5F_ACC_RDONLY, access);
  }
  return H5Handle(opened, H5Fclose);
}

nirc::H5Handle nirc::createFileInMemory(llvm::StringRef name) {
  H5Handle access(H5Pcreate(H5P_FILE_ACCESS), H5Pclose);
  H5Handle creation(H5Pcreate(H5P_FILE_CREATE), H5Pclose);
  if (!access || !creation ||
      H5Pset_fapl_core(access, 1 << 20, /*backing_store=*/0) < 0 ||
      H5Pset_obj_track_times(creation, false) < 0)
    return H5Handle(H5I_INVALID_HID, H5Fclose);
  return H5Handle(
      H5Fcreate(name.str().c_str(), H5F_ACC_TRUNC, creation, access), H5Fclose);
}

nirc::H5Handle nirc::createDatasetProperties() {
  H5Handle properties(H5Pcreate(H5P_DATASET_CREATE), H5Pclose);
  if (properties && H5Pset_obj_track_times(properties, false) < 0)
    return H5Handle(H5I_INVALID_HID, H5Pclose);
  return properties;
}

std::optional<std::vector<char>> nirc::getFileImage(hid_t file) {
  H5Fflush(file, H5F_SCOPE_GLOBAL);
  ssize_t size = H5Fget_file_image(file, nullptr, 0);
  if (size < 0)
    return std::nullopt;
  std::vector<char> image(size);
  if (H5Fget_file_image(file, image.data(), image.size()) != size)
    return std::nullopt;
  return image;
}

std::string nirc::describeReadFailure() {
  bool outOfMemory = false;
  H5Ewalk2(
      H5E_DEFAULT, H5E_WALK_DOWNWARD,
      [](unsigned, const H5E_error2_t *entry, void *found) -> herr_t {
        // zlib's inflateInit fails only when it cannot allocate.
        bool inflateInit =
            entry->min_num == H5E_CANTINIT &&
            llvm::StringRef(entry->func_name) == "H5Z__filter_deflate";
        if (entry->min_num == H5E_CANTALLOC || entry->min_num == H5E_NOSPACE ||
            inflateInit)
          *static_cast<bool *>(found) = true;
        return 0;
      },
      &outOfMemory);
  return outOfMemory ? "the HDF5 library ran out of memory: the file is "
                       "corrupt or claims more data than it holds"
                     : "corrupted or truncated";
}
