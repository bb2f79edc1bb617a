"""The use cases, by what they act on; `casework.services.Casework` puts them together.

`base` holds what every use case shares (one transaction, the audit log, who is acting,
"not found"); `office` the staff and the office's settings; `casefile` clients and
cases; `events` the facts that start, move and close deadlines (events and closure
days); `deadlines` closing deadlines and reading them, documents and the audit log;
`reports` brief services, workshops and the report for a period.
"""
