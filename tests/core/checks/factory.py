"""Clean plans built in code, for the checks tests to break one field at a time."""

from __future__ import annotations

from typing import Any

from caitien.plan import (
    Document,
    Item,
    MonitoringRow,
    Plan,
    Problem,
    Role,
    School,
    Signer,
    StandardHeading,
)


def make_item(**fields: Any) -> Item:
    """A 2018 row for TT17 criterion 1.1 with every cell filled in; ``fields`` override."""
    values: dict[str, Any] = {
        "part": "levels_1_3",
        "standard": 1,
        "criterion": "1.1",
        "criterion_title": "Phương hướng, chiến lược xây dựng và phát triển nhà trường",
        "target": "Phấn đấu đạt Mức 2",
        "target_level": 2,
        "actions": "Rà soát, bổ sung phương hướng, chiến lược; công khai trên trang thông tin.",
        "responsible": "Hiệu trưởng; Hội đồng trường",
        "timeline": "Tháng 9/2024 - tháng 5/2025",
        "budget": "Không",
        "budget_vnd": None,
    }
    values.update(fields)
    return Item(**values)


def make_plan(**fields: Any) -> Plan:
    """A 2018 TT17 plan of a primary school for 2024-2025 that no rule flags."""
    values: dict[str, Any] = {
        "form": "2018",
        "school": School("Trường Tiểu học An Bình", "tieu_hoc", "UBND PHƯỜNG AN BÌNH"),
        "framework": "TT17-2018",
        "document": Document("05/KH-THAB", "An Bình", "2024-09-05", "2024-2025"),
        "purposes": ["Nâng cao chất lượng giáo dục của nhà trường."],
        "bases": ["Căn cứ Thông tư số 17/2018/TT-BGDĐT ngày 22/8/2018."],
        "standards": [StandardHeading(1, "Tổ chức và quản lý nhà trường")],
        "items": [make_item()],
        "organization": [Role("Hiệu trưởng - Chủ tịch Hội đồng tự đánh giá", ["- Chỉ đạo."])],
        "recipients": ["Lưu: VT."],
        "signer": Signer("HIỆU TRƯỞNG", "Nguyễn Văn An"),
    }
    values.update(fields)
    return Plan(**values)


def make_item_2026(**fields: Any) -> Item:
    """A 2026 row for TT57 criterion 2.2 with every column filled in; ``fields`` override."""
    values: dict[str, Any] = {
        "part": None,
        "standard": 2,
        "criterion": "2.2",
        "content": "Bồi dưỡng giáo viên về dạy học phân hóa (Tiêu chí 2.2)",
        "target": "100% giáo viên vận dụng được dạy học phân hóa",
        "actions": "Sinh hoạt chuyên môn theo nghiên cứu bài học.",
        "indicator": "Tỷ lệ giáo viên đạt yêu cầu qua dự giờ",
        "responsible": "Phó hiệu trưởng; tổ trưởng chuyên môn",
        "timeline": "Tháng 9/2026 - tháng 5/2027",
        "budget": "Kinh phí chi thường xuyên: 6.000.000 đồng",
        "budget_vnd": 6000000,
        "evidence": "Biên bản sinh hoạt chuyên môn",
        "status": "Đang thực hiện",
    }
    values.update(fields)
    return Item(**values)


def make_plan_2026(**fields: Any) -> Plan:
    """A 2026 (TT57, Phụ lục II) plan of a primary school for 2026-2027 that no rule flags."""
    values: dict[str, Any] = {
        "form": "2026",
        "school": School("Trường Tiểu học An Bình", "tieu_hoc", "UBND PHƯỜNG AN BÌNH"),
        "framework": "TT57-2026",
        "document": Document("62/KH-THAB", "An Bình", "2026-09-25", "2026-2027"),
        "general_info": ["Tên cơ sở giáo dục: Trường Tiểu học An Bình."],
        "purposes": ["Tập trung cải tiến các vấn đề ưu tiên."],
        "bases": ["Thông tư số 57/2026/TT-BGDĐT."],
        "problems": [Problem("Tiêu chuẩn 2", "2.2", "Đạt Mức 1.", "Dạy học phân hóa yếu.", "")],
        "items": [make_item_2026()],
        "monitoring": [
            MonitoringRow("Cuối học kỳ I", "Tiến độ nội dung 1", "", "", "Hội đồng tự đánh giá"),
            MonitoringRow("Cuối năm học", "Mức độ hoàn thành", "", "", "Hội đồng tự đánh giá"),
        ],
        "organization": [Role("Hiệu trưởng", ["- Phê duyệt kế hoạch."])],
        "reporting": ["Kế hoạch được rà soát ít nhất 02 lần trong năm học."],
        "recipients": ["Lưu: VT."],
        "signer": Signer("HIỆU TRƯỞNG", "Nguyễn Văn An"),
    }
    values.update(fields)
    return Plan(**values)
