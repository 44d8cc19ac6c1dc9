"""Measuring newsfacts stages against public annotated corpora."""
