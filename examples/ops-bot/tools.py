"""Function tools for the ops bot. The Agents SDK builds each tool's JSON schema from the signature and docstring."""

import os
from datetime import datetime, timedelta, timezone

import httpx
from agents import function_tool
from slack_sdk import WebClient


@function_tool
def service_health(service: str) -> dict:
    """Get the current health of one service from the status API.

    Args:
        service: The service name, for example "api", "web" or "worker".
    """
    response = httpx.get(f"{os.environ['STATUS_API_URL']}/v1/services/{service}", timeout=5.0)
    if response.status_code == 404:
        return {"service": service, "known": False}
    response.raise_for_status()
    body = response.json()
    return {
        "service": service,
        "status": body["status"],
        "error_rate": body["error_rate_5m"],
        "p95_ms": body["latency_p95_ms"],
    }


@function_tool
def recent_deploys(repo: str, hours: int = 24) -> list[dict]:
    """List the deployments of a GitHub repository in the last few hours, newest first.

    Args:
        repo: The repository as owner/name, one of GITHUB_REPOS.
        hours: How far back to look.
    """
    allowed = os.environ.get("GITHUB_REPOS", "").split(",")
    if repo not in allowed:
        # Only the repositories this bot is responsible for; the token can read more than that.
        return [{"error": f"{repo} is not one of {allowed}"}]
    since = datetime.now(timezone.utc) - timedelta(hours=hours)
    response = httpx.get(
        f"https://api.github.com/repos/{repo}/deployments",
        headers={"Authorization": f"Bearer {os.environ['GITHUB_TOKEN']}", "Accept": "application/vnd.github+json"},
        params={"per_page": 20},
        timeout=10.0,
    )
    response.raise_for_status()
    return [
        {"sha": item["sha"][:7], "environment": item["environment"], "created_at": item["created_at"]}
        for item in response.json()
        if datetime.fromisoformat(item["created_at"].replace("Z", "+00:00")) >= since
    ]


@function_tool
def post_incident_update(text: str) -> str:
    """Post a short update to the incident Slack channel. Use only when the user asks to post.

    Args:
        text: The message, in Slack markdown, at most 600 characters.
    """
    client = WebClient(token=os.environ["SLACK_BOT_TOKEN"])
    result = client.chat_postMessage(channel=os.environ["SLACK_INCIDENT_CHANNEL"], text=text[:600])
    return f"posted at {result['ts']}"
