"""No fetch reaches a private address: feed URLs, every redirect and the pages of
summary-only items are refused when their host is, or resolves to, a loopback, private,
link-local, unique-local or otherwise non-public address (a feed item could otherwise
make the bot read a local-only page and index it for every user). Hosts an operator names
in NEWSBOT_FEED_ALLOW_HOSTS are let through (a feed server on the same machine).

The check runs in the httpx transport, so it sees every hop of a redirect chain, after
DNS resolution; plain HTTP then connects to the very addresses checked, so a second DNS
answer (rebinding) cannot differ."""
from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from typing import Any

import httpx

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class PrivateAddress(httpx.RequestError):
    """A request refused because its host is not a public address; the message says why."""


def _kind(ip: IPAddress) -> str | None:
    """What makes *ip* non-public (a word for the message), or None for a public address."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return _kind(ip.ipv4_mapped)
    for kind, flag in (("loopback", ip.is_loopback), ("link-local", ip.is_link_local),
                       ("unspecified", ip.is_unspecified), ("multicast", ip.is_multicast),
                       ("private", ip.is_private), ("reserved", ip.is_reserved or not ip.is_global)):
        if flag:
            return kind
    return None


def resolve(host: str, port: int) -> list[IPAddress]:
    """The addresses *host* stands for (itself when it is an address); empty when DNS
    has no answer (the connection then fails on its own)."""
    try:
        return [ipaddress.ip_address(host.strip("[]").split("%")[0])]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return []
    return list(dict.fromkeys(ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos))


def refusal(host: str, addresses: Iterable[IPAddress]) -> str | None:
    """Why *host* may not be fetched (naming the first non-public address), or None."""
    for ip in addresses:
        kind = _kind(ip)
        if kind is not None:
            shown = host if host == str(ip) else f"{host} ({ip})"
            return f"{shown} is a {kind} address, not a public one (NEWSBOT_FEED_ALLOW_HOSTS may allow it)"
    return None


def allowed(host: str, allow_hosts: frozenset[str]) -> bool:
    """True when the operator allowed *host* by name or address."""
    return host.strip("[]").lower() in allow_hosts


def url_refusal(url: str, allow_hosts: frozenset[str] = frozenset()) -> str | None:
    """Why *url* may not be fetched, or None (a lookup in DNS; /addfeed asks before adding)."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        return None  # the caller's own checks refuse it
    host = parsed.host
    if allowed(host, allow_hosts):
        return None
    return refusal(host, resolve(host, parsed.port or (443 if parsed.scheme == "https" else 80)))


class PublicOnly(httpx.HTTPTransport):
    """httpx's transport, connecting only to public addresses (or allowed hosts). Plain
    HTTP goes to the addresses that were checked; HTTPS by name (a host that answers
    DNS differently a moment later cannot show a certificate for the name)."""

    def __init__(self, allow_hosts: frozenset[str] = frozenset(), **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.allow_hosts = allow_hosts

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Refuse a non-public host (PrivateAddress), else send the request."""
        host = request.url.host
        if allowed(host, self.allow_hosts):
            return super().handle_request(request)
        port = request.url.port or (443 if request.url.scheme == "https" else 80)
        addresses = resolve(host, port)
        why = refusal(host, addresses)
        if why is not None:
            raise PrivateAddress(why, request=request)
        if not addresses:  # never connect to what was not checked
            raise httpx.ConnectError(f"{host}: no address in DNS", request=request)
        if request.url.scheme != "http" or str(addresses[0]) == host:
            return super().handle_request(request)
        url = request.url
        try:
            for ip in addresses[:-1]:  # the Host header keeps the name
                request.url = url.copy_with(host=str(ip))
                try:
                    return super().handle_request(request)
                except httpx.ConnectError:  # nothing was sent: the next address may answer
                    continue
            request.url = url.copy_with(host=str(addresses[-1]))
            return super().handle_request(request)
        finally:
            request.url = url  # a relative redirect resolves against the name, not the address
