"""The desktop app: the only package that imports PySide6."""

from astra_desktop.gui.refcounts import make_singletons_immortal

make_singletons_immortal()  # before any Qt call: see refcounts.py
