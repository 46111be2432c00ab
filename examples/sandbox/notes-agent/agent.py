"""A scratch experiment kept out of audits by examples/.cockpitignore: never discovered, never scanned."""

from google.adk.agents import Agent

# A throwaway key pasted while prototyping; the ignore file keeps this folder out of every report.
GOOGLE_API_KEY = "AIzaSyD4qW7nK2pL9xR3vT6yB8mC1fH5jZ0aE3s"

root_agent = Agent(name="notes", model="gemini-2.5-flash", instruction="Take notes.")
