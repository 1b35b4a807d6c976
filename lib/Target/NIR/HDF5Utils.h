//===- HDF5Utils.h - HDF5 C API helpers shared by the readers ---*- C++ -*-===//

#ifndef NIRC_LIB_TARGET_NIR_HDF5UTILS_H
#define NIRC_LIB_TARGET_NIR_HDF5UTILS_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Error.h"

#include <hdf5.h>
#include <optional>
#include <string>
#include <vector>

namespace nirc {

/// Closes an HDF5 handle when it goes out of scope.
class H5Handle {
public:
  H5Handle(hid_t id, herr_t (*close)(hid_t)) : id(id), close(close) {}
  H5Handle(H5Handle &&other) : id(other.id), close(other.close) {
    other.id = H5I_INVALID_HID;
  }
  H5Handle(const H5Handle &) = delete;
  H5Handle &operator=(const H5Handle &) = delete;
  ~H5Handle() {
    if (id >= 0)
      close(id);
  }
  explicit operator bool() const { return id >= 0; }
  operator hid_t() const { return id; }

private:
  hid_t id;
  herr_t (*close)(hid_t);
};

/// What a dataset holds, read before its data so sizes can be checked.
struct DatasetInfo {
  H5T_class_t typeClass;
  size_t elementBytes;
  bool isSigned;
  llvm::SmallVector<int64_t> shape;
  int64_t numElements;
};

/// An open dataset and its inspected header.
struct OpenDataset {
  H5Handle handle;
  DatasetInfo info;
};

/// Reads a dataset's header and refuses, with a message, what must not be
/// read: filters libhdf5 cannot decode here (named), ranks over 32, and
/// sizes a file cannot hold (a header claiming far more data than stored,
/// or more than 4 GiB), before anything is allocated.
llvm::Expected<DatasetInfo> inspectDataset(hid_t dataset);

/// Dataset transfer properties for every H5Dread and H5Dwrite. libhdf5's
/// default zeroes two 1 MiB type-conversion buffers on each call that
/// converts (any string, any dtype other than the memory one), whatever the
/// dataset's size; 64 KiB ones convert in strips instead.
hid_t getTransferList();

/// Link creation properties that mark names as UTF-8, as h5py does.
hid_t utf8LinkCreation();

/// Opens dataset `name` of `parent` and inspects it (inspectDataset).
llvm::Expected<OpenDataset> openDataset(hid_t parent, const std::string &name);

/// True when `parent` has a link called `name`.
bool linkExists(hid_t parent, const std::string &name);

/// The names of a group's links in name order (h5py's order).
llvm::SmallVector<std::string> listLinks(hid_t group);

/// The first link of `group` into another file, if any: readers refuse
/// them, as a model file must not pull in other files.
std::optional<std::string> findExternalLink(hid_t group);

/// Creates an HDF5 file in memory only (the core driver without a backing
/// store): nothing touches the disk until its image is complete. Its objects
/// carry no modification times, so the same content gives the same bytes.
/// Invalid on failure.
H5Handle createFileInMemory(llvm::StringRef name);

/// Dataset creation properties without a modification time (libhdf5 stamps
/// each dataset by default), so that writing the same data twice gives the
/// same file: outputs can be compared and reproduced byte for byte.
H5Handle createDatasetProperties();

/// The bytes of `file` (flushed first), or nothing on failure.
std::optional<std::vector<char>> getFileImage(hid_t file);

/// Opens an HDF5 file held in memory, read-only; invalid if it is not one.
/// The core driver works on a copy of `bytes`: H5LTopen_file_image's
/// no-copy mode would save the copy but leaks its bookkeeping in libhdf5
/// 1.10 (72 bytes per file under LeakSanitizer).
H5Handle openFileImage(llvm::StringRef bytes);

/// Why the last HDF5 read failed, for an "unreadable ..." message: "the
/// HDF5 library ran out of memory ..." when an allocation failed (a corrupt
/// length field asks for gigabytes, and nirc reads under a memory limit),
/// else "corrupted or truncated".
std::string describeReadFailure();

} // namespace nirc

#endif // NIRC_LIB_TARGET_NIR_HDF5UTILS_H
