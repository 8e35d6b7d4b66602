"""Caitien: education quality improvement plans (Kế hoạch cải tiến chất lượng giáo dục) as data."""

from caitien.errors import CaitienError
from caitien.plan import Plan, load_plan

__version__ = "0.1.0"

__all__ = ["CaitienError", "Plan", "__version__", "load_plan"]
