"""Attachment bytes: small but real files (PDF, Markdown, CSV, SVG, subtitles), stored under their SHA-256."""
from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from .tools import to_ascii


class FileStore:
    """Writes each distinct content once, under attachments/<sha[:2]>/<sha>, as the program stores files."""

    def __init__(self, root: Path):
        self.root = root
        self.written: set[str] = set()

    def put(self, content: bytes) -> tuple[str, int]:
        sha = hashlib.sha256(content).hexdigest()
        if sha not in self.written:
            path = self.root / sha[:2] / sha
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
            self.written.add(sha)
        return sha, len(content)


def pdf(lines: Sequence[str]) -> bytes:
    """A one-page PDF with a few lines of text in the built-in Helvetica."""
    text = " ".join(
        f"BT /F1 {16 if i == 0 else 11} Tf 72 {770 - i * 22} Td ({_pdf_escape(line)}) Tj ET"
        for i, line in enumerate(lines)
    )
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
         "/Resources << /Font << /F1 5 0 R >> >> >>"),
        f"<< /Length {len(text)} >>\nstream\n{text}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n"
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("ascii")


def _pdf_escape(line: str) -> str:
    return to_ascii(line).replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_file(mime: str, title: str, lines: Sequence[str]) -> bytes:
    """Small but real content for a deliverable of the given type."""
    if mime == "text/csv":
        body = "item,hours,status\n" + "".join(f"{line},{3 + i * 2},done\n" for i, line in enumerate(lines))
    elif mime == "image/svg+xml":
        body = (
            '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="120" viewBox="0 0 320 120">'
            '<rect width="320" height="120" rx="12" fill="#24476b"/>'
            f'<text x="20" y="68" font-family="sans-serif" font-size="20" fill="#fff">{_xml(title)}</text></svg>\n'
        )
    elif mime == "application/x-subrip":
        body = "".join(f"{i + 1}\n00:00:{i * 4:02d},000 --> 00:00:{i * 4 + 3:02d},500\n{line}\n\n"
                       for i, line in enumerate(lines))
    elif mime == "text/markdown":
        body = f"# {title}\n\n" + "".join(f"- {line}\n" for line in lines)
    else:
        body = f"{title}\n\n" + "\n".join(lines) + "\n"
    return body.encode("utf-8")


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
