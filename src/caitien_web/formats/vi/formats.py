"""Vietnamese formats of Caitien: dates as dd/mm/yyyy, amounts as 30.000.000.

Django's own ``vi`` formats write dates long ("Ngày 25 tháng 8 năm 2025") or
with dashes (25-08-2025); Vietnamese official documents and forms use
dd/mm/yyyy, so these override them (``FORMAT_MODULE_PATH`` in settings).
"""

DATE_FORMAT = "d/m/Y"
SHORT_DATE_FORMAT = "d/m/Y"
DATETIME_FORMAT = "d/m/Y H:i"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
TIME_FORMAT = "H:i"
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]
DATETIME_INPUT_FORMATS = ["%d/%m/%Y %H:%M", "%d/%m/%Y", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d"]
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
NUMBER_GROUPING = 3
