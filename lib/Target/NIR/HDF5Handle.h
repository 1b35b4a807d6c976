//===- HDF5Handle.h - RAII for HDF5 C API handles --------------*- C++ -*-===//

#ifndef NIRC_LIB_TARGET_NIR_HDF5HANDLE_H
#define NIRC_LIB_TARGET_NIR_HDF5HANDLE_H

#include <hdf5.h>

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

} // namespace nirc

#endif // NIRC_LIB_TARGET_NIR_HDF5HANDLE_H
