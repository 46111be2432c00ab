import { ruleTester } from '../testing/rule-tester.js';
import { dangerousFrameworkFlagCheck } from './dangerous-framework-flag.js';

ruleTester(dangerousFrameworkFlagCheck, {
  valid: [
    {
      name: 'FAISS.load_local without the flag (default refuses pickle)',
      filename: 'rag.py',
      code: `from langchain_community.vectorstores import FAISS

store = FAISS.load_local("index", embeddings)
`,
    },
    {
      name: 'flags explicitly False',
      filename: 'agent.py',
      code: `from langchain_experimental.agents import create_pandas_dataframe_agent
from transformers import AutoModel

agent = create_pandas_dataframe_agent(llm, df, allow_dangerous_code=False)
model = AutoModel.from_pretrained("bert-base-uncased", trust_remote_code=False)
`,
    },
    {
      name: 'trust_remote_code pinned to a reviewed commit sha',
      filename: 'embed.py',
      code: `from transformers import AutoModel

model = AutoModel.from_pretrained(
    "nomic-ai/nomic-embed-text-v1.5",
    trust_remote_code=True,
    revision="0c6fba5b1b7fd0ba3c0ab4b6ec6d1c4c0a2dbe66",
)
`,
    },
    {
      name: 'the flag name only in a comment or string',
      filename: 'notes.py',
      code: `# never set allow_dangerous_deserialization=True here
DOC = "trust_remote_code=True is dangerous"
`,
    },
  ],
  invalid: [
    {
      name: 'FAISS.load_local with allow_dangerous_deserialization=True',
      filename: 'rag.py',
      code: `from langchain_community.vectorstores import FAISS

store = FAISS.load_local("index", embeddings, allow_dangerous_deserialization=True)
`,
      errors: [{ line: 3, message: /FAISS\.load_local\(\.\.\., allow_dangerous_deserialization=True\) unpickles/ }],
    },
    {
      name: 'pandas agent with allow_dangerous_code=True and requests toolkit',
      filename: 'agent.py',
      code: `from langchain_experimental.agents import create_pandas_dataframe_agent
from langchain_community.agent_toolkits.openapi.toolkit import RequestsToolkit

agent = create_pandas_dataframe_agent(llm, df, agent_type="tool-calling", allow_dangerous_code=True)
toolkit = RequestsToolkit(requests_wrapper=wrapper, allow_dangerous_requests=True)
`,
      errors: [{ line: 4, message: /allow_dangerous_code/ }, { line: 5, message: /allow_dangerous_requests/ }],
    },
    {
      name: 'trust_remote_code in from_pretrained and in HuggingFaceEmbeddings model_kwargs',
      filename: 'embed.py',
      code: `from transformers import AutoModelForCausalLM
from langchain_huggingface import HuggingFaceEmbeddings

model = AutoModelForCausalLM.from_pretrained("org/model", trust_remote_code=True)
emb = HuggingFaceEmbeddings(model_name="nomic-ai/nomic-embed-text-v1", model_kwargs={"trust_remote_code": True})
`,
      errors: [{ line: 4, message: /executes Python shipped in the model repository/ }, { line: 5, message: /HuggingFaceEmbeddings/ }],
    },
    {
      // With False, create_pandas_dataframe_agent raises ValueError at construction (langchain_experimental's own
      // unit test asserts it), as FAISS.load_local and RequestsToolkit do: flipping the flag breaks working code.
      name: 'allow_dangerous_code=True has no automatic fix',
      filename: 'frames.py',
      code: 'from langchain_experimental.agents import create_pandas_dataframe_agent\n\nagent = create_pandas_dataframe_agent(llm, df, allow_dangerous_code=True)\n',
      errors: [{ line: 3 }],
      output: null,
    },
  ],
});
