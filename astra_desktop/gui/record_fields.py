"""Every kind of record that travels in a case transfer or a team sync, its fields named as its
own form or list names them — for the side-by-side conflict view (gui/transfer_dialogs.py).

Why here and not in each dialog: most forms build their fields inside their widgets, so the
conflict view cannot ask them. A field's label is the form's own text, looked up by the form's
translation context and source text, so it reads as the form does in every language and needs no
translation of its own (tests/gui/test_conflict_fields.py checks each still exists, translated);
a chosen value is shown through the label function the form uses (gui/labels.py and the court
and hotline labels), one per vocabulary. Only what no form shows (a record's id, who entered it,
the risk score's parts) is worded here, in the "ConflictFields" context.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from astra_desktop.gui import labels
from astra_desktop.gui.case_forms import case_fields, client_fields
from astra_desktop.gui.court import labels as court
from astra_desktop.gui.hotline import labels as hotline
from astra_desktop.gui.record_form import Field

Names = Callable[[], dict[str, str]]
OWN = "ConflictFields"


class Spec(NamedTuple):
    """A field: its column, the (context, source text) of its label, how its value reads."""

    column: str
    context: str
    source: str
    kind: str = "text"  # as Field.kind; "enum"/"enums" values are read through `names`
    names: Names | None = None


def _own(column: str, source: str, kind: str = "text") -> Spec:
    return Spec(column, OWN, source, kind)


# Words no form has (marked for lupdate; translated where shown).
_OWN_WORDS = (
    QT_TRANSLATE_NOOP("ConflictFields", "Record ID"),
    QT_TRANSLATE_NOOP("ConflictFields", "Entered on"),
    QT_TRANSLATE_NOOP("ConflictFields", "Entered by"),
    QT_TRANSLATE_NOOP("ConflictFields", "Assessed by"),
    QT_TRANSLATE_NOOP("ConflictFields", "Worker in charge"),
    QT_TRANSLATE_NOOP("ConflictFields", "Starts"),
    QT_TRANSLATE_NOOP("ConflictFields", "Ends"),
    QT_TRANSLATE_NOOP("ConflictFields", "Series of appointments"),
    QT_TRANSLATE_NOOP("ConflictFields", "File type"),
    QT_TRANSLATE_NOOP("ConflictFields", "Instrument"),
    QT_TRANSLATE_NOOP("ConflictFields", "Instrument version"),
    QT_TRANSLATE_NOOP("ConflictFields", "Answers"),
    QT_TRANSLATE_NOOP("ConflictFields", "Comments"),
    QT_TRANSLATE_NOOP("ConflictFields", "Score"),
    QT_TRANSLATE_NOOP("ConflictFields", "Score band"),
    QT_TRANSLATE_NOOP("ConflictFields", "Red flags"),
    QT_TRANSLATE_NOOP("ConflictFields", "Severity"),
    QT_TRANSLATE_NOOP("ConflictFields", "Likelihood"),
    QT_TRANSLATE_NOOP("ConflictFields", "Level by the grid"),
    QT_TRANSLATE_NOOP("ConflictFields", "Calculated level"),
    QT_TRANSLATE_NOOP("ConflictFields", "Suggested action"),
    QT_TRANSLATE_NOOP("ConflictFields", "Event"),
    QT_TRANSLATE_NOOP("ConflictFields", "Witnesses summoned"),
    QT_TRANSLATE_NOOP("ConflictFields", "Witnesses who came"),
    QT_TRANSLATE_NOOP("ConflictFields", "Witnesses who testified"),
    QT_TRANSLATE_NOOP("ConflictFields", "Party"),
    QT_TRANSLATE_NOOP("ConflictFields", "Replaces the charge"),
    QT_TRANSLATE_NOOP("ConflictFields", "Search opened on"),
    QT_TRANSLATE_NOOP("ConflictFields", "Search closed on"),
    QT_TRANSLATE_NOOP("ConflictFields", "Follow-up done"),
    QT_TRANSLATE_NOOP("ConflictFields", "Last logged on"),
    QT_TRANSLATE_NOOP("ConflictFields", "Link to the case"),
    QT_TRANSLATE_NOOP("ConflictFields", "Age band"),
    QT_TRANSLATE_NOOP("ConflictFields", "Partner (as written)"),
)

# Columns every kind may have: the record's id, who entered it and when, the records it belongs
# to (named by their kind, gui/transfer_dialogs.record_kind).
COMMON: list[Spec] = [
    _own("id", "Record ID"),
    _own("created_at", "Entered on", "datetime"),
    _own("created_by", "Entered by"),
]
PARENTS = {
    "client_id": "clients", "case_id": "cases", "proceeding_id": "proceedings",
    "appointment_id": "appointments", "hearing_id": "hearings", "defendant_id": "defendants",
    "search_id": "missing_searches", "call_id": "hotline_calls",
    "assessment_id": "risk_assessments", "partner_id": "partners",
}  # fmt: skip

E = "entries"
TABLES: dict[str, list[Spec]] = {
    "clients": [],  # gui/case_forms.py
    "cases": [Spec("closed_on", "forms", "Closed on", "date")],  # and gui/case_forms.py
    "consents": [
        Spec("given_on", E, "Given on", "date"),
        Spec("scope", E, "Scope"),
        Spec("withdrawn_on", E, "Withdrawn on", "date"),
    ],
    "services": [
        Spec("kind", E, "Service", "enum", labels.service_kinds),
        Spec("provided_on", E, "From", "date"),
        Spec("ended_on", E, "Until", "date"),
        Spec("provider", E, "Provided by"),
        Spec("notes", E, "Notes"),
    ],
    "referrals": [
        Spec("direction", E, "Direction", "enum", labels.referral_directions),
        Spec("organisation", E, "Organisation"),
        Spec("referred_on", E, "Date", "date"),
        Spec("reason", E, "Reason"),
        Spec("consent_given", E, "Consent", "bool"),
    ],
    "related_persons": [
        Spec("name", "RelatedPersonsTab", "Name"),
        Spec("relation", "RelatedPersonsTab", "Relation", "enum", labels.relations),
        Spec("is_risk", "RelatedPersonsTab", "Risk", "bool"),
        Spec("contact", "RelatedPersonsTab", "Contact"),
        Spec("address", "RelatedPersonsTab", "Address"),
        Spec("notes", "RelatedPersonsTab", "Notes"),
    ],
    "contact_notes": [
        Spec("occurred_at", "NotesTab", "&When", "datetime"),
        Spec("kind", "NotesTab", "&Type", "enum", labels.note_kinds),
        Spec("body", "NotesTab", "N&ote"),
        _own("author_id", "Entered by"),
    ],
    "documents": [
        Spec("filename", "DocumentsTab", "File"),
        _own("mime", "File type"),
        Spec("size", "DocumentsTab", "Size"),
        Spec("sha256", "DocumentsTab", "SHA-256 (fingerprint)"),
        Spec("description", "ClaimEditor", "Description"),
        Spec("imported_at", "DocumentsTab", "Imported", "datetime"),
        _own("imported_by", "Entered by"),
    ],
    "appointments": [
        Spec("kind", "AppointmentListModel", "Type", "enum", court.appointment_kinds),
        _own("starts_at", "Starts", "datetime"),
        _own("ends_at", "Ends", "datetime"),
        Spec("place", "AppointmentListModel", "Place"),
        Spec("notes", "AppointmentDialog", "&Notes"),
        Spec("status", "AppointmentListModel", "Status", "enum", court.appointment_statuses),
        Spec("outcome", "AppointmentDialog", "&Outcome"),
        _own("series_id", "Series of appointments"),
        Spec("recurrence", "AppointmentDialog", "&Repeat"),
        Spec("reminders", "AppointmentDialog", "Re&mind"),
    ],
    "proceedings": [
        Spec("court", "ProceedingForm", "&Court"),
        Spec("court_case_number", "ProceedingForm", "Court case &number"),
        Spec("prosecution_case_number", "ProceedingForm", "Prosecution case number"),
        Spec("judge", "ProceedingForm", "&Judge"),
        Spec("prosecutor_office", "ProceedingForm", "Prosecutor's &office"),
        Spec("stage", "ProceedingForm", "S&tage", "enum", court.stages),
        Spec("appellate_court", "ProceedingForm", "Appellate court"),
        Spec("appellate_case_number", "ProceedingForm", "Appellate case number"),
        Spec("court_designation", "ProceedingForm", "The court calls the client"),
        Spec("opened_on", "ProceedingForm", "Proceedings opened", "date"),
        Spec("victim_roles", "ProceedingForm", "Client's procedural &roles", "enums",
             court.victim_roles),
        Spec("vulnerable_witness", "ProceedingForm", "Particularly &vulnerable witness", "enum",
             court.witness_statuses),
        Spec("measures_ordered", "ProceedingForm", "Protective measures &ordered", "enums",
             court.protective_measures),
        Spec("property_claim_filed_on", "ProceedingForm", "Property claim &filed on", "date"),
        Spec("property_claim_decision", "ProceedingForm", "Property claim decided", "enum",
             court.claim_decisions),
        Spec("verdict", "ProceedingForm", "V&erdict", "enum", court.verdicts),
        Spec("verdict_on", "ProceedingForm", "Verdict date", "date"),
        Spec("judgment_served_on", "ProceedingForm", "Written judgment served on", "date"),
        Spec("first_instance_ended_on", "ProceedingForm", "First-instance trial ended", "date"),
        Spec("convicted_article", "ProceedingForm", "Convicted under article"),
        Spec("convicted_paragraph", "ProceedingForm", "… paragraph"),
        Spec("convicted_offence", "ProceedingForm", "Offence convicted of"),
        Spec("sentence_months", "ProceedingForm", "Sentence (months)"),
        Spec("sentence", "ProceedingForm", "Sentence as pronounced"),
        Spec("appealed_by", "ProceedingForm", "Appeal lodged by", "enums", court.appeal_parties),
        Spec("compensation_claimed", "ProceedingForm", "Compensation claimed (RSD)"),
        Spec("compensation_awarded", "ProceedingForm", "Compensation awarded (RSD)"),
        Spec("compensation_paid", "ProceedingForm", "Compensation paid (RSD)"),
        Spec("notes", "ProceedingForm", "Notes"),
        Spec("plea_agreement", "ProceedingForm", "A &plea agreement was made", "bool"),
        Spec("victim_informed_of_plea", "ProceedingForm",
             "The client was &told of the plea agreement", "bool"),
        Spec("plea_agreement_on", "ProceedingForm", "Plea agreement made on", "date"),
        Spec("plea_terms", "ProceedingForm", "Terms of the plea agreement"),
        Spec("powers_of_attorney", "ProceedingsTab", "Powers of &attorney…"),
    ],
    "hearings": [
        Spec("kind", "TrialHearingDialog", "&Kind", "enum", court.hearing_kinds),
        Spec("measures_applied", "HearingDialog", "Protective &measures applied", "enums",
             court.protective_measures),
        Spec("postponed_by", "HearingDialog", "Postponed &by", "enum", court.postponement_causes),
        Spec("postponement_reason", "HearingDialog", "&Why postponed"),
        Spec("next_appointment_id", "HearingDialog", "&Next hearing"),
        _own("witnesses_summoned", "Witnesses summoned"),
        _own("witnesses_appeared", "Witnesses who came"),
        _own("witnesses_testified", "Witnesses who testified"),
    ],
    "hearing_attendance": [
        Spec("party", OWN, "Party", "enum", court.parties),
        Spec("present", "ProceedingsTab", "Came to court", "bool"),
        Spec("summoned", "HearingDialog", "summoned", "bool"),
        Spec("testified", "HearingDialog", "testified", "bool"),
    ],
    "defendants": [
        Spec("label", "DefendantDialog", "&Defendant"),
        Spec("role", "DefendantDialog", "&Role", "enum", court.defendant_roles),
        Spec("notes", "ProceedingForm", "Notes"),
    ],
    "charges": [
        Spec("article", "TrialChargeDialog", "&Article"),
        Spec("paragraph", "TrialChargeDialog", "&Paragraph"),
        Spec("offence", "TrialChargeDialog", "&Offence"),
        Spec("qualified_on", "TrialChargeDialog", "&Since", "date"),
        _own("replaces_id", "Replaces the charge"),
        Spec("note", "TrialChargeDialog", "&Note"),
    ],
    "claims": [
        Spec("items", "ClaimEditor", "Heads of damage"),
        Spec("costs", "ClaimEditor", "Costs of the proceedings"),
        Spec("facts", "ClaimEditor", "&Facts"),
        Spec("civil_court", "ClaimEditor", "Civil &court"),
        Spec("civil_case_number", "ClaimEditor", "Civil case &number"),
        Spec("legal_aid", "ClaimEditor", "Free &legal aid"),
    ],
    "risk_assessments": [
        _own("instrument_id", "Instrument"),
        _own("instrument_version", "Instrument version"),
        Spec("assessed_on", "AssessmentForm", "&Date", "date"),
        _own("assessor_id", "Assessed by"),
        _own("answers", "Answers"),
        _own("comments", "Comments"),
        Spec("own_words", "AssessmentForm", "Client's &own words"),
        _own("score", "Score"),
        _own("band", "Score band"),
        _own("red_flags", "Red flags"),
        Spec("severity", OWN, "Severity", "enum", labels.risk_levels),
        Spec("likelihood", OWN, "Likelihood", "enum", labels.risk_levels),
        Spec("grid_level", OWN, "Level by the grid", "enum", labels.risk_levels),
        Spec("computed_level", OWN, "Calculated level", "enum", labels.risk_levels),
        Spec("final_level", "AssessmentForm", "&Level", "enum", labels.risk_levels),
        Spec("override_reason", "AssessmentForm", "&Reason"),
        Spec("next_due", "RiskPage", "Reassessment due", "date"),
    ],
    "risk_events": [
        Spec("kind", OWN, "Event", "enum", labels.risk_event_kinds),
        Spec("on_date", "AssessmentForm", "&Date", "date"),
        Spec("note", "CallLogModel", "Note"),
    ],
    "safety_actions": [
        _own("action_key", "Suggested action"),
        Spec("title", "RiskTab", "Action"),
        Spec("owner", "RiskTab", "Owner"),
        Spec("due_on", "RiskTab", "Due", "date"),
        Spec("status", "RiskTab", "Status", "enum", labels.action_statuses),
        Spec("notes", "ProceedingForm", "Notes"),
    ],
    "hotline_calls": [
        Spec("occurred_at", "CallForm", "&When", "datetime"),
        Spec("duration_minutes", "CallForm", "&Duration"),
        Spec("worker_id", "CallForm", "Line w&orker"),
        Spec("caller_type", "CallForm", "&Caller", "enum", hotline.caller_types),
        Spec("anonymous", "CallForm", "Anonymous (no name given)", "bool"),
        Spec("channel", "CallForm", "Channel", "enum", hotline.channels),
        Spec("language", "CallForm", "L&anguage", "enum", hotline.languages),
        Spec("topic", "CallForm", "&Topic", "enum", hotline.topics),
        Spec("note", "CallForm", "&Note"),
        Spec("caller_contact", "CallForm", "Call &back"),
        Spec("referral", "CallForm", "&Referral"),
        Spec("urgent", "CallForm", "Ur&gent", "bool"),
        Spec("follow_up", "CallForm", "&Follow-up needed", "bool"),
        Spec("follow_up_due", "CallForm", "Follow-up due", "date"),
        Spec("follow_up_owner", "CallForm", "Who does the follow-up"),
        _own("follow_up_done", "Follow-up done", "bool"),
        Spec("case_link", OWN, "Link to the case", "enum", hotline.case_links),
        Spec("person_sex", "CallForm", "Sex", "enum", labels.genders),
        Spec("person_age", "CallForm", "Age"),
        Spec("person_age_band", OWN, "Age band", "enum", hotline.age_bands),
        Spec("person_nationality", "CallForm", "Nationality"),
        Spec("exploitation_types", "CallForm", "Exploitation", "enums", labels.exploitation_types),
        Spec("exploitation_city", "CallForm", "Where"),
        Spec("exploitation_country", "CallForm", "Country"),
    ],
    "missing_searches": [  # and gui/missing/dialogs.search_fields
        Spec("status", "SearchListModel", "Status", "enum", hotline.search_statuses),
        Spec("outcome", "SearchListModel", "Outcome", "enum", hotline.search_outcomes),
        _own("worker_id", "Worker in charge"),
        _own("opened_on", "Search opened on", "date"),
        _own("closed_on", "Search closed on", "date"),
    ],
    "missing_inquiries": [
        _own("partner_name", "Partner (as written)"),
        Spec("asked_on", "InquiryDialog", "Asked on", "date"),
        Spec("answered_on", "InquiryDialog", "Answered on", "date"),
        Spec("answer", "InquiryDialog", "Answer", "enum", hotline.inquiry_answers),
        Spec("answer_note", "InquiryDialog", "What they said"),
    ],
    "missing_actions": [
        Spec("kind", "ActionDialog", "&Action", "enum", hotline.action_kinds),
        Spec("description", "ActionDialog", "&What"),
        Spec("due_on", "ActionDialog", "&Planned for", "date"),
        Spec("done_on", "ActionDialog", "&Done on", "date"),
        _own("recorded_at", "Last logged on", "datetime"),
    ],
    "missing_status_changes": [
        Spec("status", "StatusDialog", "New &status", "enum", hotline.search_statuses),
        Spec("outcome", "StatusDialog", "Outcome", "enum", hotline.search_outcomes),
        Spec("reason", "StatusDialog", "&Reason"),
        Spec("changed_at", "HistoryModel", "Date", "datetime"),
        Spec("changed_by", "HistoryModel", "By"),
    ],
    "partners": [],  # never a conflict (services/transfer_partners.py)
}  # fmt: skip


def _field(spec: Spec) -> Field:
    label = QCoreApplication.translate(spec.context, spec.source)
    return Field(spec.column, label, spec.kind, None, spec.names)


def _forms(table: str) -> list[Field]:
    """The fields of the forms that are field specs themselves."""
    if table == "clients":
        return client_fields()
    if table == "cases":
        return case_fields()
    if table == "missing_searches":
        from astra_desktop.gui.missing.dialogs import search_fields  # only when shown

        return search_fields()
    return []


def fields(table: str, kind: Callable[[str], str]) -> dict[str, Field]:
    """Column -> field of a record of `table`, in the interface language; `kind` names a record
    kind (a column pointing to another record is named by that record's kind)."""
    found: dict[str, Field] = {}
    for spec in COMMON:
        found[spec.column] = _field(spec)
    for column, parent in PARENTS.items():
        found[column] = Field(column, kind(parent), "text")
    for field in _forms(table):
        found[field.name] = field
    for spec in TABLES.get(table, []):
        found[spec.column] = _field(spec)
    return found
