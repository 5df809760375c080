"""The partner organisations registry: its page, the partner dialog and the picker other forms use.

Kept empty so that importing one module here does not load the section (sections load lazily).
"""
