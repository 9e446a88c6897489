"""Unit testing framework (CPython's unittest package, written for pyrs).

Subclass TestCase, write test_* methods using its assert* methods, and run them
with unittest.main() or a TextTestRunner; unittest.mock provides mock objects."""

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext',
           'getTestCaseNames', 'makeSuite', 'findTestCases']

__unittest = True

from .result import TestResult
from .case import (TestCase, FunctionTestCase, SkipTest, expectedFailure, skip, skipIf,
                   skipUnless, addModuleCleanup, enterModuleContext, doModuleCleanups)
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader, getTestCaseNames, makeSuite, findTestCases
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult
from .signals import installHandler, registerResult, removeResult, removeHandler


_LAZY = 'IsolatedAsyncioTestCase'


def __dir__():
    return sorted({*globals(), _LAZY})


def __getattr__(name):
    # asyncio is only imported by the programs that use the asynchronous test case.
    if name != _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from . import async_case
    found = globals()[name] = async_case.IsolatedAsyncioTestCase
    return found
