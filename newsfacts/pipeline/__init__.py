"""The assembling pipeline: loading a model, the Doc extensions every stage shares, the
stage base class, long-article chunking, linear-time tokenising, and turning Docs into records.

Nothing is imported here, so `import newsfacts.pipeline.doc` does not load the extractor.
"""
