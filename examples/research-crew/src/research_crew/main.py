#!/usr/bin/env python
import sys
import warnings
from datetime import datetime

from research_crew.crew import ResearchCrew

warnings.filterwarnings("ignore", category=SyntaxWarning, module="pysbd")


def _inputs() -> dict:
    topic = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].isdigit() else "AI agent observability"
    return {"topic": topic, "current_year": str(datetime.now().year)}


def run():
    """Run the crew."""
    try:
        result = ResearchCrew().crew().kickoff(inputs=_inputs())
        print(result.raw)
    except Exception as error:
        raise Exception(f"An error occurred while running the crew: {error}")


def train():
    """Train the crew for a given number of iterations."""
    try:
        ResearchCrew().crew().train(n_iterations=int(sys.argv[1]), filename=sys.argv[2], inputs=_inputs())
    except Exception as error:
        raise Exception(f"An error occurred while training the crew: {error}")


def replay():
    """Replay the crew execution from a specific task."""
    try:
        ResearchCrew().crew().replay(task_id=sys.argv[1])
    except Exception as error:
        raise Exception(f"An error occurred while replaying the crew: {error}")


def test():
    """Test the crew execution and return the results."""
    try:
        ResearchCrew().crew().test(n_iterations=int(sys.argv[1]), eval_llm=sys.argv[2], inputs=_inputs())
    except Exception as error:
        raise Exception(f"An error occurred while testing the crew: {error}")


if __name__ == "__main__":
    run()
