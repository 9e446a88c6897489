"""robots.txt reader (urllib.robotparser, written for pyrs).

RobotFileParser fetches or is fed a robots.txt file and answers whether a
user agent may fetch a URL, and which Crawl-delay, Request-rate and
Sitemap values the file gives.
"""

import collections
import time
import urllib.error
import urllib.parse
import urllib.request

__all__ = ['RobotFileParser']

RequestRate = collections.namedtuple('RequestRate', 'requests seconds')


def _normalise(text, drop_site):
    """Canonical quoted form of a rule path or of a URL to check.

    Both sides go through the same unquote/reassemble/quote steps so that
    they can be compared as plain prefixes.
    """
    parts = urllib.parse.urlparse(urllib.parse.unquote(text))
    if drop_site:
        parts = parts._replace(scheme='', netloc='')
    return urllib.parse.quote(urllib.parse.urlunparse(parts))


class _Group:
    """One record of the file: its user agents and what applies to them."""

    def __init__(self):
        self.agents = []
        self.rules = []          # (normalised path, allowed) in file order
        self.delay = None
        self.rate = None

    @property
    def wildcard(self):
        return '*' in self.agents

    def matches(self, useragent):
        product = useragent.split('/')[0].lower()
        return any(agent.lower() in product for agent in self.agents)

    def permits(self, path):
        for prefix, allowed in self.rules:
            if path.startswith(prefix):
                return allowed
        return True

    def render(self):
        lines = ['User-agent: ' + agent for agent in self.agents]
        if self.delay is not None:
            lines.append('Crawl-delay: %s' % self.delay)
        if self.rate is not None:
            lines.append('Request-rate: %s/%s' % self.rate)
        for prefix, allowed in self.rules:
            lines.append(('Allow: ' if allowed else 'Disallow: ') + prefix)
        return '\n'.join(lines)


def _count(text):
    text = text.strip()
    return int(text) if text.isdigit() else None


class RobotFileParser:
    """Answers questions about one site's robots.txt."""

    def __init__(self, url=''):
        self.allow_all = False
        self.disallow_all = False
        self.last_checked = 0
        self._groups = []        # every finished record, in file order
        self._sitemaps = []
        self.set_url(url)

    def set_url(self, url):
        self.url = url
        parts = urllib.parse.urlparse(url)
        self.host = parts.netloc
        self.path = parts.path

    def read(self):
        """Fetch the file at self.url and parse it."""
        try:
            reply = urllib.request.urlopen(self.url)
        except urllib.error.HTTPError as failure:
            if failure.code in (401, 403):
                self.disallow_all = True
            elif 400 <= failure.code < 500:
                self.allow_all = True
            failure.close()
        else:
            with reply:
                text = reply.read().decode('utf-8')
            self.parse(text.splitlines())

    def parse(self, lines):
        """Parse the lines of a robots.txt file."""
        self.modified()
        group = None
        has_body = False     # the open group got more than agent lines
        for raw in lines:
            if not raw:
                # A blank line ends the record being read.
                if group is not None and has_body:
                    self._groups.append(group)
                group, has_body = None, False
                continue
            line = raw.split('#', 1)[0].strip()
            field, colon, value = line.partition(':')
            if not colon:
                continue
            field = field.strip().lower()
            value = value.strip()
            if field == 'user-agent':
                if group is not None and has_body:
                    self._groups.append(group)
                    group = None
                if group is None:
                    group, has_body = _Group(), False
                group.agents.append(value)
            elif field == 'sitemap':
                self._sitemaps.append(value)
            elif group is None:
                continue
            elif field in ('allow', 'disallow'):
                allowed = field == 'allow' or not value
                group.rules.append((_normalise(value, False), allowed))
                has_body = True
            elif field == 'crawl-delay':
                delay = _count(value)
                if delay is not None:
                    group.delay = delay
                has_body = True
            elif field == 'request-rate':
                numbers = [_count(part) for part in value.split('/')]
                if len(numbers) == 2 and None not in numbers:
                    group.rate = RequestRate(*numbers)
                has_body = True
        if group is not None and has_body:
            self._groups.append(group)

    def modified(self):
        """Record that the file has just been fetched."""
        self.last_checked = time.time()

    def mtime(self):
        """When the file was last fetched or parsed (0 if never)."""
        return self.last_checked

    def _ordered_groups(self):
        """Specific records in file order, then the first '*' record."""
        specific = [g for g in self._groups if not g.wildcard]
        catch_all = [g for g in self._groups if g.wildcard][:1]
        return specific + catch_all

    def _group_for(self, useragent):
        for group in self._ordered_groups():
            if group.wildcard or group.matches(useragent):
                return group
        return None

    def site_maps(self):
        return list(self._sitemaps) or None

    def crawl_delay(self, useragent):
        if not self.mtime():
            return None
        group = self._group_for(useragent)
        return None if group is None else group.delay

    def request_rate(self, useragent):
        if not self.mtime():
            return None
        group = self._group_for(useragent)
        return None if group is None else group.rate

    def can_fetch(self, useragent, url):
        """Whether useragent may fetch url."""
        if self.disallow_all:
            return False
        if self.allow_all:
            return True
        if not self.last_checked:
            return False
        path = _normalise(url, True) or '/'
        group = self._group_for(useragent)
        return True if group is None else group.permits(path)

    def __str__(self):
        return '\n\n'.join(g.render() for g in self._ordered_groups())
