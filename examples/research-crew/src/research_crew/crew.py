from typing import List

from crewai import LLM, Agent, Crew, Process, Task
from crewai.agents.agent_builder.base_agent import BaseAgent
from crewai.project import CrewBase, agent, crew, task
from crewai_tools import ScrapeWebsiteTool, SerperDevTool

from research_crew.tools import ArxivSearchTool

llm = LLM(
    model="openai/gpt-4o-mini",
    api_key="sk-proj-TGDfHnYRT524vw9VnPgaP4cLH_WTD9SCAIzckPXPvkActQqVt_lSLGV1XimkwXzW4_cuhfsLwQQEnLSNcRy21u3RV_dt1mF6EjuoQoXdFV6RNC5bbo-0u9MksFsuPTjzSUpPDNeQUZZKvYviSA3dKNfGUHaJ",
    temperature=0.2,
)


@CrewBase
class ResearchCrew:
    """Researches a topic and writes a sourced briefing."""

    agents: List[BaseAgent]
    tasks: List[Task]

    agents_config = "config/agents.yaml"
    tasks_config = "config/tasks.yaml"

    @agent
    def researcher(self) -> Agent:
        return Agent(
            config=self.agents_config["researcher"],  # type: ignore[index]
            tools=[SerperDevTool(n_results=10), ScrapeWebsiteTool(), ArxivSearchTool()],
            llm=llm,
            max_iter=15,
            verbose=True,
        )

    @agent
    def reporting_analyst(self) -> Agent:
        return Agent(
            config=self.agents_config["reporting_analyst"],  # type: ignore[index]
            llm=llm,
            verbose=True,
        )

    @task
    def research_task(self) -> Task:
        return Task(
            config=self.tasks_config["research_task"],  # type: ignore[index]
        )

    @task
    def reporting_task(self) -> Task:
        return Task(
            config=self.tasks_config["reporting_task"],  # type: ignore[index]
            output_file="report.md",
        )

    @crew
    def crew(self) -> Crew:
        """Runs the researcher, then the reporting analyst, on the same topic."""
        return Crew(
            agents=self.agents,  # filled in by the @agent decorators
            tasks=self.tasks,  # filled in by the @task decorators, in definition order
            process=Process.sequential,
            verbose=True,
        )
