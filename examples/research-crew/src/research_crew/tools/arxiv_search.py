"""A custom CrewAI tool that searches arXiv's public Atom API (no key needed)."""

import xml.etree.ElementTree as ElementTree
from typing import Type

import httpx
from crewai.tools import BaseTool
from pydantic import BaseModel, Field

ATOM = "{http://www.w3.org/2005/Atom}"


class ArxivSearchInput(BaseModel):
    """Input schema for ArxivSearchTool."""

    query: str = Field(..., description="Search terms, for example 'retrieval augmented generation evaluation'.")
    max_results: int = Field(5, ge=1, le=20, description="How many papers to return.")


class ArxivSearchTool(BaseTool):
    name: str = "arxiv_search"
    description: str = "Searches arXiv for recent papers and returns title, authors, date, abstract and link."
    args_schema: Type[BaseModel] = ArxivSearchInput

    def _run(self, query: str, max_results: int = 5) -> str:
        response = httpx.get(
            "https://export.arxiv.org/api/query",
            params={
                "search_query": f"all:{query}",
                "sortBy": "submittedDate",
                "sortOrder": "descending",
                "max_results": max_results,
            },
            timeout=20.0,
        )
        response.raise_for_status()
        root = ElementTree.fromstring(response.text)
        papers = []
        for entry in root.iter(f"{ATOM}entry"):
            title = " ".join(entry.findtext(f"{ATOM}title", "").split())
            published = entry.findtext(f"{ATOM}published", "")[:10]
            authors = ", ".join(author.findtext(f"{ATOM}name", "") for author in entry.iter(f"{ATOM}author"))
            summary = " ".join(entry.findtext(f"{ATOM}summary", "").split())[:600]
            link = entry.findtext(f"{ATOM}id", "")
            papers.append(f"{title} ({published})\n{authors}\n{link}\n{summary}")
        # The agent reads plain text more reliably than nested JSON.
        return "\n\n".join(papers) if papers else f"No arXiv results for '{query}'."
