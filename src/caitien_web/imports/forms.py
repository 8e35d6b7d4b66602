"""Forms of the import flow: the upload and the confirmation."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from caitien_web.orgs.models import Organisation
from caitien_web.plans.forms import validate_school_year

ALLOWED = (".docx", ".doc", ".pdf", ".txt", ".rtf")


class UploadForm(forms.Form):
    """Which school the document belongs to, and the document."""

    school = forms.ModelChoiceField(queryset=Organisation.objects.none(), label=_("Trường"))
    document = forms.FileField(label=_("Tệp kế hoạch (DOCX, DOC, PDF, TXT)"))

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
            raise ValidationError(_("Chỉ nhận tệp DOCX, DOC, PDF hoặc TXT."))
        return upload


class ConfirmForm(forms.Form):
    """The school year to file the plan under (prefilled from the document)."""

    school_year = forms.CharField(
        label=_("Năm học"), max_length=9, validators=[validate_school_year]
    )
