//===- BoostNoExceptions.cpp - Boost's error hook without exceptions ------===//
//
// LLVM's build flags compile nirc with -fno-exceptions, so Boost calls these
// instead of throwing. nirc only calls Boost where the preconditions are
// checked first (a DAG for topological_sort, a bracketed root for TOMS 748),
// so reaching one is a bug.
//
//===----------------------------------------------------------------------===//

#include "llvm/ADT/Twine.h"
#include "llvm/Support/ErrorHandling.h"

#include <boost/throw_exception.hpp>
#include <exception>
#include <string>

namespace boost {
void throw_exception(const std::exception &error) {
  llvm::report_fatal_error(llvm::Twine("internal error in Boost: ") +
                           error.what());
}
void throw_exception(const std::exception &error, const source_location &) {
  throw_exception(error);
}
} // namespace boost
