"""Where extraction runs: in this process (the default, `Extractor.pipe`) or on a cluster."""
