"""The extraction stages, one subpackage each, registered with spaCy in `factories.py`."""
