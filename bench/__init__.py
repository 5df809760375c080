"""ASTRA Desktop benchmarks: `python -m bench` (or `make bench`).

Each figure is printed as a ratio to a floor measured in the same run (Argon2id alone, a raw
INSERT, a bare FTS5 MATCH, raw chunk writes), so results from different machines can be compared.
"""
