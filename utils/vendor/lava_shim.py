"""Import this module before `lava` on Python >= 3.11.

lava-nc 0.10.0 declares Requires-Python <3.11.  The only thing that breaks on
3.11 is lava/magma/compiler/var_model.py, whose dataclasses (CoreEncoder,
ChipEncoder, AxonEncoder, ...) use a ByteEncoder() instance as a field
default, which Python 3.11 rejects ("mutable default ... use
default_factory").  Those encoders describe Loihi hardware addresses and are
not used by the CPU models.  Such a default's class gets an identity hash,
which is what Python <= 3.10 accepted; nothing in the arithmetic is touched
(results were checked identical to an unpatched Python 3.10 install, see
utils/vendor/README.md).  Shared by lava_reference.py, compare_emulation.py
and test/lit.cfg.py.
"""

import dataclasses
import sys


def install():
    if sys.version_info < (3, 11):
        return
    orig = dataclasses._get_field
    if getattr(orig, "_nirc_patched", False):
        return

    def _get_field(cls, a_name, a_type, *args):
        try:
            return orig(cls, a_name, a_type, *args)
        except ValueError as e:
            if "mutable default" not in str(e):
                raise
            default = cls.__dict__.get(a_name)
            type(default).__hash__ = object.__hash__
            return orig(cls, a_name, a_type, *args)

    _get_field._nirc_patched = True
    dataclasses._get_field = _get_field


install()
