# -*- Python -*-
# Runs every gtest binary under build/unittests whose name ends in "Tests".
import os

import lit.formats

config.name = "NIRC-Unit"
config.suffixes = []
config.test_exec_root = os.path.join(config.nirc_obj_root, "unittests")
config.test_source_root = config.test_exec_root
config.test_format = lit.formats.GoogleTest(".", "Tests")
lit_config.load_config(
    config, os.path.join(os.path.dirname(os.path.dirname(__file__)), "sanitizer.cfg.py"))
