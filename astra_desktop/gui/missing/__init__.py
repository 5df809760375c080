"""Missing-person searches (a tab of the hotline section): the search list, history and dialogs.

Kept empty so that importing one module here does not load the section (sections load lazily).
"""
