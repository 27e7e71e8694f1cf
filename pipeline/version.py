"""The version stamped on every loaded program; bump it when extraction output changes."""

PIPELINE_VERSION = "0.1.0"
