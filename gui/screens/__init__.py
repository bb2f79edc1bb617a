"""One module per screen; each screen takes the shared `AppContext`."""
