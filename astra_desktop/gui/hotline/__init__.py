"""The SOS hotline section: the call log and its form, linking calls to cases, hotline statistics.

Kept empty so that importing one module here does not load the section (sections load lazily).
"""
