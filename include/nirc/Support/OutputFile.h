//===- OutputFile.h - write an output file whole or not at all --*- C++ -*-===//

#ifndef NIRC_SUPPORT_OUTPUTFILE_H
#define NIRC_SUPPORT_OUTPUTFILE_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

namespace nirc {

/// Writes `path` through a temporary file renamed into place, so that a
/// failure or a kill never leaves a partial file under `path` ("-" is
/// stdout). A device, a pipe or a symlink is not replaced: the first two
/// (`-o /dev/stdout`) are written in place, and a symlink's target is
/// replaced instead.
llvm::Error
writeOutputFile(llvm::StringRef path,
                llvm::function_ref<llvm::Error(llvm::raw_ostream &)> write);

} // namespace nirc

#endif // NIRC_SUPPORT_OUTPUTFILE_H
