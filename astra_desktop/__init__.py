"""ASTRA Desktop: offline, encrypted case files for an anti-trafficking NGO."""

__version__ = "0.1.0"
APP_NAME = "ASTRA Desktop"
