"""Docs Q&A agent: answers questions about the Relay docs in ./data with citations.

    python agent.py "How long are deliveries kept?"
"""

import asyncio
import os
import sys
from pathlib import Path

from dotenv import load_dotenv
from llama_index.core import Settings, SimpleDirectoryReader, StorageContext, VectorStoreIndex, load_index_from_storage
from llama_index.core.agent.workflow import FunctionAgent
from llama_index.core.tools import QueryEngineTool
from llama_index.embeddings.openai import OpenAIEmbedding
from llama_index.llms.openai import OpenAI

load_dotenv()

HERE = Path(__file__).parent
DATA_DIR = HERE / "data"
STORAGE_DIR = HERE / "storage"

Settings.llm = OpenAI(model=os.environ.get("DOCS_QA_MODEL", "gpt-4o-mini"), api_key=os.environ["OPENAI_API_KEY"])
Settings.embed_model = OpenAIEmbedding(model="text-embedding-3-small", api_key=os.environ["OPENAI_API_KEY"])


def load_index() -> VectorStoreIndex:
    """Build the index once and persist it; later runs load it from disk instead of re-embedding."""
    if STORAGE_DIR.exists():
        storage = StorageContext.from_defaults(persist_dir=str(STORAGE_DIR))
        return load_index_from_storage(storage)
    documents = SimpleDirectoryReader(str(DATA_DIR), required_exts=[".md"]).load_data()
    index = VectorStoreIndex.from_documents(documents)
    index.storage_context.persist(persist_dir=str(STORAGE_DIR))
    return index


def word_count(text: str) -> int:
    """Count the words in a draft answer, to keep replies short."""
    return len(text.split())


docs_tool = QueryEngineTool.from_defaults(
    query_engine=load_index().as_query_engine(similarity_top_k=3),
    name="relay_docs",
    description="Searches the Relay product documentation and FAQ. Input is a natural-language question.",
)

agent = FunctionAgent(
    tools=[docs_tool, word_count],
    llm=Settings.llm,
    system_prompt=(
        "You answer questions about Relay, a self-hosted webhook gateway. "
        "Always search the docs with relay_docs before answering, quote the setting or command names exactly, "
        "and say which page the answer comes from. If the docs do not cover the question, say so. "
        "Keep answers under 150 words; check with word_count when unsure."
    ),
)


async def main() -> None:
    question = " ".join(sys.argv[1:]) or "What happens when a destination is down?"
    response = await agent.run(user_msg=question)
    print(str(response))


if __name__ == "__main__":
    asyncio.run(main())
