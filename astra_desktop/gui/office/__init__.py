"""The office (team sync, issue 21): the Office tab, the sync with the office folder, the records
changed on two laptops, and the team's dialogs.

Kept empty so that importing one module here does not load the section (sections load lazily).
"""
