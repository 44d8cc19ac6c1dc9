"""The cleaning stage: `component.py` is its spaCy component, the other modules its pure cores."""
