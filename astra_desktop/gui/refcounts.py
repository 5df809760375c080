"""A guard for a reference-counting fault of PySide6 6.12's wheels on Python 3.11.

The wheels are built for the stable ABI with headers of a Python where None, True and False are
immortal (3.12+, PEP 683), so they hand those objects out without taking a reference: on 3.11
every call of a Qt method that returns None (`setText`, `processEvents`, `update` …) and every
emit of a bool signal leaves the count one lower. Once it reaches zero the interpreter aborts
("Fatal Python error: none_dealloc"), after a few thousand such calls: a busy loop in a
benchmark got there in seconds, a day of work in the app would too.

On the affected interpreters this raises the three counts out of reach, which is what Python
3.12 does for every process. It changes nothing else and does nothing on 3.12 and newer.
"""

from __future__ import annotations

import sys

_PAD = 1 << 40  # a trillion dropped references before any of them could reach zero


def make_singletons_immortal() -> None:
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    if hasattr(sys, "getobjects"):  # a Py_TRACE_REFS build: the count is not the first field
        return
    import ctypes

    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt leads the object
        if abs(count.value - sys.getrefcount(singleton)) > 100:
            return  # not the layout this expects: leave it alone
        if count.value < _PAD:
            count.value += _PAD
