"""The court section: proceedings and hearings, trial monitoring, court documents and filings.

Kept empty so that importing one module here does not load the section (sections load lazily).
"""
