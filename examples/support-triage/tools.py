"""Tools the triage agent may call. Credentials come from the environment, never from code."""

import os

import httpx
from langchain_core.tools import tool


def _orders_client() -> httpx.Client:
    return httpx.Client(
        base_url=os.environ["ORDERS_API_URL"],
        headers={"Authorization": f"Bearer {os.environ['ORDERS_API_TOKEN']}"},
        timeout=10.0,
    )


@tool
def lookup_order(order_id: str) -> dict:
    """Look up an order by its number (for example NW-20931): status, items, carrier and charges."""
    with _orders_client() as client:
        response = client.get(f"/v1/orders/{order_id.strip().upper()}")
    if response.status_code == 404:
        return {"found": False, "order_id": order_id}
    response.raise_for_status()
    order = response.json()
    # Only the fields triage needs: the model never sees addresses or payment details.
    return {
        "found": True,
        "order_id": order["id"],
        "status": order["status"],
        "carrier": order.get("carrier"),
        "charges": [{"amount": charge["amount"], "state": charge["state"]} for charge in order.get("charges", [])],
    }


@tool
def search_help_center(query: str) -> list[dict]:
    """Search the public help center and return the titles and links of the three best articles."""
    response = httpx.get(
        "https://help.northwind-outfitters.com/api/v2/search",
        params={"q": query, "per_page": 3},
        timeout=10.0,
    )
    response.raise_for_status()
    return [{"title": article["title"], "url": article["html_url"]} for article in response.json()["results"]]


TOOLS = [lookup_order, search_help_center]
