"""Forms of the import flow: the upload, a row correction and the confirmation."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from caitien_web.orgs.models import Organisation
from caitien_web.plans.forms import FORM_ROW_FIELDS, ItemForm, validate_school_year

ALLOWED = (
    *(".docx", ".doc", ".odt", ".ott", ".fodt", ".rtf", ".pdf", ".txt"),
    *(".htm", ".html", ".xhtml", ".mht", ".mhtml"),
    *(".xlsx", ".xlsm", ".xls", ".ods"),
)
# The refusal of any other name, shared by the upload form and the API.
NOT_ALLOWED = _(
    "Only DOCX, DOC, ODT, PDF, TXT, web page (HTML, MHT) or spreadsheet (XLSX, XLS, ODS) files "
    "are accepted."
)


class UploadForm(forms.Form):
    """Which school the document belongs to, and the document."""

    school = forms.ModelChoiceField(queryset=Organisation.objects.none(), label=_("School"))
    document = forms.FileField(
        label=_("Plan file (DOCX, DOC, ODT, PDF, TXT, HTML, MHT, XLSX, XLS, ODS)")
    )

    def __init__(self, *args: Any, schools: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["school"].queryset = schools  # type: ignore[attr-defined]
        if len(schools) == 1:
            # Most people work in one school: choose it for them.
            self.fields["school"].initial = schools[0]

    def clean_document(self) -> Any:
        """Only the kinds of file the importer reads."""
        upload = self.cleaned_data["document"]
        if not upload.name.lower().endswith(ALLOWED):
            raise ValidationError(NOT_ALLOWED)
        return upload


class ConfirmForm(forms.Form):
    """The header fields the importer is least sure of, prefilled, corrected before saving."""

    school_year = forms.CharField(
        label=_("School year"), max_length=9, validators=[validate_school_year]
    )
    name = forms.CharField(label=_("School name"), max_length=200, required=False)
    number = forms.CharField(label=_("Number and symbol"), max_length=100, required=False)
    place = forms.CharField(label=_("Place"), max_length=100, required=False)
    date = forms.DateField(
        label=_("Date of issue (dd/mm/yyyy)"), required=False, input_formats=["%d/%m/%Y"]
    )

    @staticmethod
    def initial_from(plan: Any) -> dict[str, Any]:
        """Initial values from a parsed plan (ISO date shown as dd/mm/yyyy)."""
        date = plan.document.date
        shown = "/".join(reversed(date.split("-"))) if date else ""
        return {
            "school_year": plan.document.school_year,
            "name": plan.school.name,
            "number": plan.document.number,
            "place": plan.document.place,
            "date": shown,
        }

    def corrections(self) -> dict[str, Any]:
        """The corrected header values, empty text as None, the date as ISO."""
        data = self.cleaned_data
        return {
            "school.name": data["name"] or None,
            "document.number": data["number"] or None,
            "document.place": data["place"] or None,
            "document.date": data["date"].isoformat() if data["date"] else None,
        }


def row_form(plan_data: dict[str, Any], index: int, data: Any = None) -> ItemForm:
    """The editor's row form for row ``index`` of a parsed plan, with its form's fields.

    The row is not stored yet, so it has no version to compare; ``plan_data`` is a
    ``caitien.plan/1`` object (a pending import's), ``index`` an existing row.
    """
    names = FORM_ROW_FIELDS.get(plan_data.get("form", "2018"), FORM_ROW_FIELDS["2018"])
    initial = {key: value or "" for key, value in plan_data["items"][index].items()}
    return ItemForm(data, initial=initial, names=names, versioned=False)
