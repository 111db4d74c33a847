"""The deadline calendar (iCalendar, RFC 5545) and the feed of newly issued documents (Atom, RFC 4287).

Both are derived from data and the day looked at only: no clock is read, so builds repeat.
"""
from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from .. import status

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


def _ics_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


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
        for line in ("BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", f"DTSTART;VALUE=DATE:{item['due']:%Y%m%d}",
                     f"DTEND;VALUE=DATE:{end:%Y%m%d}", f"SUMMARY:{_ics_text(summary)}",
                     f"DESCRIPTION:{_ics_text(description)}", "TRANSP:TRANSPARENT", "END:VEVENT"):
            lines.extend(_fold(line))
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


def atom(site, title: str, domain: str) -> str:
    """The latest documents first; links are relative to the feed (it sits at the site's root)."""
    entries = sorted(site.documents, key=lambda d: (d.issued, d.path), reverse=True)[:FEED_SIZE]
    updated = max((d.issued for d in entries), default=site.as_of)
    parts = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
             f"<title>{escape(title)}</title>", f"<id>tag:{domain},{site.as_of.year}:van-ban</id>",
             f"<updated>{updated.isoformat()}T00:00:00Z</updated>",
             '<link rel="alternate" type="text/html" href="van-ban/"/>',
             '<link rel="self" type="application/atom+xml" href="van-ban-moi.xml"/>',
             f"<author><name>{escape(site.unit_name(site.province.get('co_quan_thuong_truc', '')))}</name></author>"]
    for doc in entries:
        name = f"{site.doc_name(doc)} năm {doc.year} của {site.unit_name(doc.unit)}"
        summary = f"Số {doc.number}, ngày {doc.issued:%d/%m/%Y}: {doc.title}"
        parts += ["<entry>", f"<title>{escape(name)}</title>",
                  f"<id>tag:{domain},{doc.issued.isoformat()}:{escape(doc.path)}</id>",
                  f"<updated>{doc.issued.isoformat()}T00:00:00Z</updated>",
                  f'<link rel="alternate" type="text/html" href="{escape(doc.page[:-3])}/"/>',
                  f"<summary>{escape(summary)}</summary>", "</entry>"]
    parts.append("</feed>")
    return "\n".join(parts) + "\n"
