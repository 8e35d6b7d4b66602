"""Forms of the plan editor: header fields, one table row, a new plan."""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from caitien.normalise import parse_budget, parse_target_level
from caitien_web.orgs.models import Organisation

YEAR = re.compile(r"^(\d{4})-(\d{4})$")


def validate_school_year(value: str) -> None:
    """A school year is "2025-2026": two consecutive years."""
    match = YEAR.match(value)
    if not match or int(match[2]) != int(match[1]) + 1:
        raise ValidationError(_("The school year must look like 2025-2026."))


class CreatePlanForm(forms.Form):
    """A new plan: which school, which year, from what."""

    school = forms.ModelChoiceField(queryset=Organisation.objects.none(), label=_("School"))
    school_year = forms.CharField(
        label=_("School year"), max_length=9, validators=[validate_school_year]
    )
    source = forms.ChoiceField(
        label=_("Start from"),
        choices=[("blank", _("A blank plan")), ("copy", _("A copy of last year's plan"))],
    )

    def __init__(self, *args: Any, schools: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["school"].queryset = schools  # type: ignore[attr-defined]
        if len(schools) == 1:
            # Most people work in one school: choose it for them.
            self.fields["school"].initial = schools[0]


HEADER_FIELDS = {
    "school.name": _("School name"),
    "school.governing_body": _("Governing body"),
    "document.number": _("Number and symbol"),
    "document.place": _("Place"),
    "document.date": _("Date of issue (yyyy-mm-dd)"),
    "signer.title": _("Signer's title"),
    "signer.name": _("Signer"),
}
LIST_FIELDS = {
    "purposes": _("Purposes (one per line)"),
    "bases": _("Bases (one per line)"),
    "reporting": _("Reporting (one per line)"),
    "recipients": _("Recipients (one per line)"),
}


class HeaderForm(forms.Form):
    """The header fields and the text sections (lists edited one line per entry)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for key, label in HEADER_FIELDS.items():
            self.fields[key] = forms.CharField(label=label, required=False, max_length=300)
        self.fields["document.date"].validators.append(_iso_date)
        for key, label in LIST_FIELDS.items():
            self.fields[key] = forms.CharField(label=label, required=False, widget=forms.Textarea)

    def changes(self) -> dict[str, Any]:
        """The cleaned values as header changes (empty text → None, lists split by line)."""
        data: dict[str, Any] = {}
        for key in HEADER_FIELDS:
            data[key] = self.cleaned_data[key].strip() or None
        for key in LIST_FIELDS:
            data[key] = [
                line.strip() for line in self.cleaned_data[key].splitlines() if line.strip()
            ]
        return data


def header_initial(header: dict[str, Any]) -> dict[str, Any]:
    """The header form's initial values from a stored header."""
    initial: dict[str, Any] = {}
    for key in HEADER_FIELDS:
        section, name = key.split(".")
        initial[key] = (header.get(section) or {}).get(name) or ""
    for key in LIST_FIELDS:
        initial[key] = "\n".join(header.get(key) or [])
    return initial


def _iso_date(value: str) -> None:
    if value and not re.match(r"^\d{4}-\d{2}-\d{2}$", value):
        raise ValidationError(_("The date must look like 2025-08-25."))


class MonitoringForm(forms.Form):
    """One monitoring result: when, what was checked, the result, the adjustment, who."""

    when = forms.CharField(label=_("When"), max_length=100)
    content = forms.CharField(
        label=_("What was monitored"), widget=forms.Textarea(attrs={"rows": 2})
    )
    result = forms.CharField(label=_("Result"), widget=forms.Textarea(attrs={"rows": 2}))
    adjustment = forms.CharField(label=_("Adjustment"), required=False, max_length=2000)
    assessor = forms.CharField(label=_("Assessor"), required=False, max_length=200)


ROW_TEXT = {
    "criterion": _("Criterion"),
    "content": _("Improvement"),
    "target": _("Target"),
    "actions": _("Measures"),
    "responsible": _("Responsible"),
    "timeline": _("Timeline"),
    "budget": _("Budget"),
    "evidence": _("Evidence"),
    "notes": _("Notes"),
}


# The row fields of each official form, in the order its table has them (the review's
# correction form); the editor keeps ROW_TEXT, the columns it shows for both forms.
ROW_LABELS = {
    **ROW_TEXT,
    "criterion_title": _("Criterion title"),
    "indicator": _("Indicator"),
    "status": _("Status"),
    "support": _("Support and conditions"),
}
FORM_ROW_FIELDS = {
    "2018": (
        "criterion",
        "criterion_title",
        "target",
        "actions",
        "responsible",
        "timeline",
        "budget",
        "support",
        "notes",
    ),
    "2026": (
        "content",
        "criterion",
        "target",
        "actions",
        "indicator",
        "responsible",
        "timeline",
        "budget",
        "evidence",
        "status",
        "notes",
    ),
}


class ItemForm(forms.Form):
    """One table row; ``version`` is the row version the editor saw.

    ``names`` chooses the row fields offered (the editor's ROW_TEXT by default, one
    form's FORM_ROW_FIELDS on the import review); ``versioned=False`` drops the version
    for rows that are not stored yet.
    """

    version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(
        self,
        *args: Any,
        names: tuple[str, ...] = tuple(ROW_TEXT),
        versioned: bool = True,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        if not versioned:
            del self.fields["version"]
        self.names = names
        for key in names:
            single = key in {"criterion", "criterion_title"}
            widget = forms.TextInput if single else forms.Textarea(attrs={"rows": 2})
            self.fields[key] = forms.CharField(
                label=ROW_LABELS[key], required=False, widget=widget, max_length=4000
            )

    def clean_criterion(self) -> str | None:
        """A criterion code is "1.1"-like or empty."""
        value: str = self.cleaned_data["criterion"].strip()
        if value and not re.match(r"^\d{1,2}\.\d{1,2}$", value):
            raise ValidationError(_("A criterion code looks like 1.1."))
        return value or None

    def clean_criterion_title(self) -> str | None:
        """The title as written, or None when left empty (the format's "no title")."""
        value: str = self.cleaned_data["criterion_title"].strip()
        return value or None

    def changes(self) -> dict[str, Any]:
        """The row fields to store, with the parsed target level and budget.

        The level and the amount come from the core normalisers the importers use, so a
        corrected text is read as an imported one would be.
        """
        # Browsers send a textarea's line breaks as CRLF; the plan keeps them as LF.
        data = {key: _lf(self.cleaned_data[key]) for key in self.names}
        data["target_level"] = parse_target_level(data["target"])
        data["budget_vnd"] = parse_budget(data["budget"])
        if data["criterion"]:
            data["standard"] = int(data["criterion"].split(".")[0])
        return data


def _lf(value: Any) -> Any:
    return value.replace("\r\n", "\n") if isinstance(value, str) else value
