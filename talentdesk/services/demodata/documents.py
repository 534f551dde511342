"""Files shared both ways: agreements, NDAs, invoices, deliverables, and insurance certificates that expire."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ...store.models import Attachment
from .files import pdf, text_file
from .tools import between, pick, slug
from .world import ContractPlan, Run, TalentPlan


@dataclass(frozen=True)
class _Document:
    name: str
    mime: str
    kind: str
    direction: str
    sensitivity: str
    title: str
    lines: tuple[str, ...]


def _attach(run: Run, talent: TalentPlan, plan: ContractPlan | None, doc: _Document, shared_on: dt.date,
            expires_on: dt.date | None = None) -> None:
    title, lines = doc.title, doc.lines
    if run.scale.shared_files:  # a stress test needs the rows, not a million distinct files
        title, lines = f"Sample {doc.kind}", ("Demo file shared by many records.",)
    content = pdf((title, *lines)) if doc.mime == "application/pdf" else text_file(doc.mime, title, lines)
    sha, size = run.files.put(content)
    run.rows.add(
        Attachment, contract=plan.id if plan else None, talent=talent.id, sha256=sha, name=doc.name, size=size,
        mime=doc.mime, direction=doc.direction, sensitivity=doc.sensitivity, document_kind=doc.kind,
        expires_on=expires_on, shared_on=min(shared_on, run.today),
    )


def _deliverables(run: Run, plan: ContractPlan) -> list[_Document]:
    rng = run.rng
    count = rng.choices((0, 1, 2, 3), (30, 35, 25, 10))[0]
    files = rng.sample(plan.talent.trade.deliverables, min(count, len(plan.talent.trade.deliverables)))
    sensitivity = "confidential" if rng.random() < 0.1 else "normal"
    return [_Document(name, mime, "deliverable", "from_them", sensitivity, plan.title, plan.things)
            for name, mime in files]


def _paperwork(run: Run, plan: ContractPlan) -> list[_Document]:
    rng, talent = run.rng, plan.talent
    docs = []
    if rng.random() < 0.4:
        docs.append(_Document(f"brief-{slug(plan.title)[:40]}.md", "text/markdown", "other", "to_them", "normal",
                              f"Brief: {plan.title}", plan.things))
    if rng.random() < (0.9 if plan.platform == "Direct" else 0.15):
        docs.append(_Document(f"Services agreement - {talent.name}.pdf", "application/pdf", "agreement", "from_them",
                              "confidential", "Services agreement",
                              (f"Between the client and {talent.latin_name}", plan.title, "Signed by both parties")))
    if rng.random() < 0.25:  # one template sent to many people: the same bytes, stored once
        docs.append(_Document("Mutual NDA v3.pdf", "application/pdf", "nda", "to_them", "confidential",
                              "Mutual non-disclosure agreement", ("Template version 3",)))
    if plan.platform == "Direct" and plan.kind != "fixed":
        for number in range(1, rng.randint(1, 2) + 1):
            docs.append(_Document(f"Invoice {plan.external_id}-{number}.pdf", "application/pdf", "invoice",
                                  "from_them", "normal", f"Invoice {plan.external_id}-{number}",
                                  (talent.latin_name, plan.title)))
    return docs


_HANDOVER = _Document("Production access handover.txt", "text/plain", "other", "to_them", "secret",
                      "Production access handover",
                      ("Credentials went through the password manager, never in this file.",))


def _write_contract_files(run: Run, plan: ContractPlan, handover: bool) -> None:
    rng = run.rng
    for doc in _paperwork(run, plan) + _deliverables(run, plan) + ([_HANDOVER] if handover else []):
        shared_on = plan.first_day if doc.kind in ("agreement", "nda") else between(rng, plan.first_day,
                                                                                       plan.worked_until(run.today))
        _attach(run, plan.talent, plan, doc, shared_on, expires_on=plan.end if doc.kind == "agreement" else None)


def _write_insurance(run: Run) -> None:
    """Liability certificates on file for some people; a few run out within the month."""
    rng, today = run.rng, run.today
    insured = [t for t in run.talents if t.contracts and rng.random() < 0.2]
    soon = {id(t) for t in pick(rng, insured, 0.1, at_least=2)}
    for talent in insured:
        days = rng.randint(1, 30) if id(talent) in soon else rng.randint(-90, 400)
        expires = today + dt.timedelta(days=days)
        doc = _Document(f"Liability insurance certificate {expires.year}.pdf", "application/pdf", "insurance",
                        "from_them", "confidential", "Certificate of professional liability insurance",
                        (talent.latin_name, f"Valid until {expires.isoformat()}"))
        _attach(run, talent, None, doc, expires - dt.timedelta(days=365), expires_on=expires)


def write_files(run: Run) -> None:
    started = [p for p in run.contracts if p.started]
    handovers = {id(p) for p in pick(run.rng, started, 0.03)}
    for plan in started:
        _write_contract_files(run, plan, id(plan) in handovers)
    _write_insurance(run)
