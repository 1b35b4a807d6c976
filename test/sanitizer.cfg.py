# -*- Python -*-
# Loaded by both lit configs: the environment of a NIRC_SANITIZE build.
if config.nirc_sanitize:
    config.available_features.add("sanitized")
    # Debian's MLIR is built without ASan, but LLVM's headers poison
    # BumpPtrAllocator memory when compiled with it: MLIRContext's constructor
    # would then trip use-after-poison inside the uninstrumented library.
    # The memory limit of nirc's reading child is off under ASan (its shadow
    # needs terabytes of address space): a cap on single allocations stands
    # in for it, so that libhdf5's gigabyte requests fail the same way.
    config.environment["ASAN_OPTIONS"] = (
        "allow_user_poisoning=0:detect_leaks=1:"
        "max_allocation_size_mb=1024:allocator_may_return_null=1")
    config.environment["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1"
