"""Function tools for the travel concierge. ADK builds each tool's schema from its signature and docstring."""

import os

import httpx

TIMEOUT = httpx.Timeout(10.0)

# City name to coordinates for the weather API; the concierge only covers these for now.
CITIES = {
    "lisbon": (38.72, -9.14),
    "barcelona": (41.39, 2.17),
    "amsterdam": (52.37, 4.90),
    "rome": (41.90, 12.50),
    "tokyo": (35.68, 139.69),
    "new york": (40.71, -74.01),
}


def search_flights(origin: str, destination: str, departure_date: str, return_date: str = "") -> dict:
    """Searches flight offers between two airports.

    Args:
        origin: IATA code of the departure airport, for example "LIS".
        destination: IATA code of the arrival airport, for example "AMS".
        departure_date: Departure date as YYYY-MM-DD.
        return_date: Optional return date as YYYY-MM-DD; empty for a one-way trip.

    Returns:
        A dict with status and up to five offers (carrier, departure, arrival, price, currency).
    """
    params = {"from": origin.upper(), "to": destination.upper(), "date": departure_date, "limit": 5}
    if return_date:
        params["return"] = return_date
    try:
        response = httpx.get(
            f"{os.environ['FLIGHTS_API_URL']}/offers",
            params=params,
            headers={"Authorization": f"Bearer {os.environ['FLIGHTS_API_KEY']}"},
            timeout=TIMEOUT,
        )
        response.raise_for_status()
    except (KeyError, httpx.HTTPError) as error:
        return {"status": "error", "error_message": f"Flight search is unavailable: {error}"}
    offers = sorted(response.json().get("offers", []), key=lambda offer: offer["price"])
    return {"status": "success", "offers": offers}


def get_destination_weather(city: str) -> dict:
    """Returns the three-day forecast for a destination city.

    Args:
        city: The city name, for example "Lisbon".

    Returns:
        A dict with status and daily minimum/maximum temperature and precipitation chance.
    """
    coordinates = CITIES.get(city.strip().lower())
    if coordinates is None:
        return {"status": "error", "error_message": f"No forecast coverage for {city}."}
    latitude, longitude = coordinates
    response = httpx.get(
        "https://api.open-meteo.com/v1/forecast",
        params={
            "latitude": latitude,
            "longitude": longitude,
            "daily": "temperature_2m_max,temperature_2m_min,precipitation_probability_max",
            "forecast_days": 3,
            "timezone": "auto",
        },
        timeout=TIMEOUT,
    )
    if response.status_code != 200:
        return {"status": "error", "error_message": "The weather service did not answer."}
    return {"status": "success", "city": city, "daily": response.json()["daily"]}


def convert_currency(amount: float, from_currency: str, to_currency: str) -> dict:
    """Converts an amount between two currencies at today's reference rate.

    Args:
        amount: The amount to convert.
        from_currency: ISO 4217 code of the source currency, for example "EUR".
        to_currency: ISO 4217 code of the target currency, for example "USD".

    Returns:
        A dict with status, the converted amount and the rate used.
    """
    response = httpx.get(
        "https://api.frankfurter.app/latest",
        params={"amount": amount, "from": from_currency.upper(), "to": to_currency.upper()},
        timeout=TIMEOUT,
    )
    if response.status_code != 200:
        return {"status": "error", "error_message": f"Cannot convert {from_currency} to {to_currency}."}
    converted = response.json()["rates"][to_currency.upper()]
    return {"status": "success", "amount": converted, "rate": round(converted / amount, 6)}
