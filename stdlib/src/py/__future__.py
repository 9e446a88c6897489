"""Record of the language changes a module can ask for early with `from __future__ import`.

Each feature is a `_Feature`: the release that first accepted it, the release where it
became (or would become) the default, and the compiler flag `compile()` takes for it.
"""

all_feature_names = [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
]

__all__ = ["all_feature_names", *all_feature_names]

# The flags of the code objects compiled with each feature (the values CPython uses).
CO_NESTED = 0x0010
CO_GENERATOR_ALLOWED = 0
CO_FUTURE_DIVISION = 0x20000
CO_FUTURE_ABSOLUTE_IMPORT = 0x40000
CO_FUTURE_WITH_STATEMENT = 0x80000
CO_FUTURE_PRINT_FUNCTION = 0x100000
CO_FUTURE_UNICODE_LITERALS = 0x200000
CO_FUTURE_BARRY_AS_BDFL = 0x400000
CO_FUTURE_GENERATOR_STOP = 0x800000
CO_FUTURE_ANNOTATIONS = 0x1000000


class _Feature:
    """One feature: when it became optional and mandatory, and its compiler flag."""

    def __init__(self, first, default, flag):
        # The attribute names are the ones programs can see (`vars(feature)`).
        vars(self).update(optional=first, mandatory=default, compiler_flag=flag)

    def getOptionalRelease(self):
        """The release (a sys.version_info-like tuple) that first accepted the feature."""
        return self.optional

    def getMandatoryRelease(self):
        """The release where the feature became the default, or None if it never will."""
        return self.mandatory

    def __repr__(self):
        return f"_Feature({self.optional!r}, {self.mandatory!r}, {self.compiler_flag!r})"


_RELEASES = {
    # name: (first accepted, default from, flag)
    "nested_scopes": ((2, 1, 0, "beta", 1), (2, 2, 0, "alpha", 0), CO_NESTED),
    "generators": ((2, 2, 0, "alpha", 1), (2, 3, 0, "final", 0), CO_GENERATOR_ALLOWED),
    "division": ((2, 2, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_DIVISION),
    "absolute_import": ((2, 5, 0, "alpha", 1), (3, 0, 0, "alpha", 0), CO_FUTURE_ABSOLUTE_IMPORT),
    "with_statement": ((2, 5, 0, "alpha", 1), (2, 6, 0, "alpha", 0), CO_FUTURE_WITH_STATEMENT),
    "print_function": ((2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_PRINT_FUNCTION),
    "unicode_literals": ((2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0),
                         CO_FUTURE_UNICODE_LITERALS),
    "barry_as_FLUFL": ((3, 1, 0, "alpha", 2), (4, 0, 0, "alpha", 0), CO_FUTURE_BARRY_AS_BDFL),
    "generator_stop": ((3, 5, 0, "beta", 1), (3, 7, 0, "alpha", 0), CO_FUTURE_GENERATOR_STOP),
    "annotations": ((3, 7, 0, "beta", 1), None, CO_FUTURE_ANNOTATIONS),
}
for _name in all_feature_names:
    globals()[_name] = _Feature(*_RELEASES[_name])
del _name, _RELEASES
