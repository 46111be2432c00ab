"""Travel concierge: plans short trips with live weather, currency rates and flight offers.

Run with `adk web` from the parent folder, or `adk run travel-concierge`.
"""

from datetime import date

from google.adk.agents import Agent
from google.adk.models import Gemini
from google.adk.tools import ToolContext
from google.genai import types

from .tools import convert_currency, get_destination_weather, search_flights

# google-genai makes one attempt unless told otherwise: retry 429s and 5xx with backoff.
MODEL = Gemini(
    model="gemini-2.5-flash",
    retry_options=types.HttpRetryOptions(attempts=4, initial_delay=1, max_delay=30),
)


def save_to_itinerary(day: str, activity: str, tool_context: ToolContext) -> dict:
    """Adds an activity to the traveller's itinerary for the current session.

    Args:
        day: The day of the trip, for example "day 2" or an ISO date.
        activity: A short description of what the traveller will do.

    Returns:
        The itinerary so far, grouped by day.
    """
    itinerary = tool_context.state.get("itinerary", {})
    itinerary.setdefault(day, []).append(activity)
    # Session state is persisted by the runner, so the plan survives follow-up turns.
    tool_context.state["itinerary"] = itinerary
    return {"status": "success", "itinerary": itinerary}


def show_itinerary(tool_context: ToolContext) -> dict:
    """Returns the itinerary saved so far in this session."""
    itinerary = tool_context.state.get("itinerary", {})
    if not itinerary:
        return {"status": "empty", "message": "Nothing has been planned yet."}
    return {"status": "success", "itinerary": itinerary}


INSTRUCTION = f"""
You are a travel concierge. Today is {date.today().isoformat()}.

Help the user plan a short trip:
1. Ask where they are travelling from and to, and on which dates, if they have not said.
2. Use `search_flights` to find offers; show at most three, cheapest first, with times and price.
3. Use `get_destination_weather` for the destination and suggest what to pack.
4. When the user pays in another currency, use `convert_currency` and show both amounts.
5. When the user agrees to an activity, record it with `save_to_itinerary`.
6. On request, summarise the plan with `show_itinerary`.

Never invent prices, flight numbers or forecasts: if a tool returns an error, say so and offer
an alternative. Do not ask for passport numbers, payment details or other personal data; booking
happens on the airline's site.
"""

root_agent = Agent(
    name="travel_concierge",
    model=MODEL,
    description="Plans short trips: flights, weather, currency and a day-by-day itinerary.",
    instruction=INSTRUCTION,
    tools=[
        search_flights,
        get_destination_weather,
        convert_currency,
        save_to_itinerary,
        show_itinerary,
    ],
)
