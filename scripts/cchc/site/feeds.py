"""The deadline calendar (iCalendar, RFC 5545) and the feed of newly issued documents (Atom, RFC 4287).

Both are derived from data and the day looked at only: no clock is read, so builds repeat.
Authored text (unit and period names, titles, file names) is escaped for each format: ``_ics_text`` for
iCalendar, ``safety.xml_text`` for the feed.
"""
from __future__ import annotations

import datetime as dt
import re

from .. import status
from ..vnformat import date_text
from .safety import url_path, xml_text

FEED_SIZE = 50


def deadlines(site, year: int) -> list[dict]:
    """Distinct deadlines of the year (due day, document, period) with who owes them and who submitted."""
    groups: dict[tuple, list] = {}
    for duty in site.duties.get(year, []):
        if duty.state != status.NOT_REQUIRED and duty.due is not None:
            groups.setdefault((duty.due, duty.document, duty.period), []).append(duty)
    result = []
    for (due, document, period), owed in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2])):
        submitted = [d for d in owed if d.issued is not None]
        result.append({"due": due, "document": document, "period": period, "counting": owed[0].counting,
                       "name": site.duty_name(owed[0]), "owed": len(owed), "submitted": len(submitted),
                       "on_time": sum(1 for d in owed if d.state == status.ON_TIME),
                       "outstanding": [d.unit for d in owed if d.issued is None]})
    return result


# Control characters RFC 5545 does not allow in a TEXT value (tab is allowed; newline is escaped first).
_ICS_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f\ud800-\udfff]")


def _ics_text(text) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newline escaped, CR and other
    control characters removed, so that authored text never starts a property line of its own."""
    text = str(text).replace("\r", "")
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    return _ICS_CONTROL.sub("", text)


def _fold(line: str) -> list[str]:
    """Lines longer than 75 octets are folded (RFC 5545 3.1) without splitting a UTF-8 character."""
    parts, current = [], ""
    for char in line:
        limit = 75 if not parts else 74
        if len((current + char).encode("utf-8")) > limit:
            parts.append(current)
            current = char
        else:
            current += char
    parts.append(current)
    return [parts[0]] + [" " + p for p in parts[1:]]


COUNTING = {"cham_nhat": "chậm nhất là ngày hạn", "truoc_ngay": "trước ngày hạn (ngày hạn đã là muộn)",
            "nhan_truoc": "cơ quan thường trực nhận được chậm nhất ngày hạn"}


def ics(site, year: int, domain: str) -> str:
    stamp = f"{site.as_of:%Y%m%d}T000000Z"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//cchc//Han nop van ban CCHC//VI", "CALSCALE:GREGORIAN",
             f"X-WR-CALNAME:{_ics_text('Hạn nộp văn bản CCHC năm ' + str(year))}", "X-WR-TIMEZONE:Asia/Ho_Chi_Minh"]
    for item in deadlines(site, year):
        end = item["due"] + dt.timedelta(days=1)
        summary = f"Hạn nộp: {item['name']} năm {year}"
        description = (f"{item['owed']} đơn vị phải nộp; {item['submitted']} đã nộp. "
                       f"Cách tính hạn: {COUNTING.get(item['counting'], item['counting'])}.")
        uid = f"{year}-{item['document']}-{item['period'] or 'nam'}-{item['due']:%Y%m%d}@{domain}"
        for line in ("BEGIN:VEVENT", f"UID:{_ics_text(uid)}", f"DTSTAMP:{stamp}",
                     f"DTSTART;VALUE=DATE:{item['due']:%Y%m%d}", f"DTEND;VALUE=DATE:{end:%Y%m%d}",
                     f"SUMMARY:{_ics_text(summary)}", f"DESCRIPTION:{_ics_text(description)}",
                     "TRANSP:TRANSPARENT", "END:VEVENT"):
            lines.extend(_fold(line))
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


def _tag(domain: str, day, specific: str) -> str:
    """A tag URI (RFC 4151) as XML text: one line, the authored parts percent-encoded."""
    return xml_text(f"tag:{url_path(domain)},{day}:{url_path(specific)}")


def atom(site, title: str, domain: str) -> str:
    """The latest documents first; links are relative to the feed (it sits at the site's root)."""
    entries = sorted(site.documents, key=lambda d: (d.issued, d.path), reverse=True)[:FEED_SIZE]
    updated = max((d.issued for d in entries), default=site.as_of)
    parts = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
             f"<title>{xml_text(title)}</title>", f"<id>{_tag(domain, site.as_of.year, 'van-ban')}</id>",
             f"<updated>{updated.isoformat()}T00:00:00Z</updated>",
             '<link rel="alternate" type="text/html" href="van-ban/"/>',
             '<link rel="self" type="application/atom+xml" href="van-ban-moi.xml"/>',
             f"<author><name>{xml_text(site.unit_name(site.province.get('co_quan_thuong_truc', '')))}</name></author>"]
    for doc in entries:
        name = f"{site.doc_name(doc)} năm {doc.year} của {site.unit_name(doc.unit)}"
        summary = f"Số {doc.number}, ngày {date_text(doc.issued)}: {doc.title}"
        parts += ["<entry>", f"<title>{xml_text(name)}</title>",
                  f"<id>{_tag(domain, doc.issued.isoformat(), doc.path)}</id>",
                  f"<updated>{doc.issued.isoformat()}T00:00:00Z</updated>",
                  f'<link rel="alternate" type="text/html" href="{xml_text(url_path(doc.page[:-3]))}/"/>',
                  f"<summary>{xml_text(summary)}</summary>", "</entry>"]
    parts.append("</feed>")
    return "\n".join(parts) + "\n"
