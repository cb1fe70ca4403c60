from graph.extraction.extractor import Extractor

__all__ = ["Extractor"]
