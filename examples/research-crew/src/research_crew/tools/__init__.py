from .arxiv_search import ArxivSearchTool

__all__ = ["ArxivSearchTool"]
