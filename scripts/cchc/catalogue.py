"""The one catalogue of finding codes, and every word a finding says.

Every code is listed once here with its severity, title, message and hint in Vietnamese and English,
side by side. A code is never reused for another meaning; a retired code stays in the list.

Messages are str.format templates over a finding's args, and the args are data only: values, names,
numbers, dates already formatted (vnformat.date_text), lists of allowed values. The words are all here:

- A code that says different things in different situations has named **variants**: the emit site
  passes ``variant="missing_file"`` with the data, and the variant's message and/or hint replace the
  code's own (``Code.template``). The code's own message is the general one (the site's list of codes
  shows it) and is used when no variant is given.
- A word from a closed vocabulary (a value type, a file kind, a task field) is passed as its key and
  named in the template after a colon: ``{expected:type}`` says the key ``expected`` in the words of
  ``TERMS["type"]``; a list of keys is joined the vocabulary's way ("chữ hoặc số"). A key the
  vocabulary does not know is shown as it is.

``adjustable`` (a rule set's muc_do may change the severity or switch the code off) is set per code.
tests/test_catalogue.py holds every template to both languages and the same placeholders, and every
emit site to data arguments and known variants.
"""
from __future__ import annotations

import string
from dataclasses import dataclass, field

from .kinds import KINDS

LANGS = ("vi", "en")


@dataclass(frozen=True)
class Variant:
    """One situation of a code: its own message and/or hint ({"vi": ..., "en": ...}); None keeps the code's."""
    message: dict | None = None
    hint: dict | None = None


_COMMA = {"vi": ", ", "en": ", "}


@dataclass(frozen=True)
class Terms:
    """A closed vocabulary: key -> {"vi": ..., "en": ...}, and how a list of keys is said: ``join`` between
    the items, ``last`` before the last one ("chữ, số hoặc ngày")."""
    words: dict
    last: dict = field(default_factory=lambda: _COMMA)
    join: dict = field(default_factory=lambda: _COMMA)

    def say(self, value, lang: str) -> str:
        if isinstance(value, (list, tuple)):
            items = [self.say(v, lang) for v in value]
            head = self.join[lang].join(items[:-1])
            return head + self.last[lang] + items[-1] if len(items) > 1 else "".join(items)
        texts = self.words.get(value) if isinstance(value, str) else None
        return texts[lang] if texts else str(value)


@dataclass(frozen=True)
class Code:
    code: str
    severity: str
    title: dict
    message: dict
    hint: dict
    since: str = "0.1.0"
    basis: str = ""
    adjustable: bool = False       # a rule set's muc_do may change its severity or switch it off
    variants: dict = field(default_factory=dict)   # name -> Variant

    def template(self, part: str, variant: str | None = None) -> dict:
        """The {"vi", "en"} template of ``part`` ("message" or "hint"): the variant's, else the code's own."""
        chosen = self.variants.get(variant) if variant else None
        return getattr(chosen, part, None) or getattr(self, part)

    def render(self, part: str, lang: str, args: dict) -> str:
        texts = self.template(part, args.get("variant"))
        template = texts.get(lang) or texts["vi"]
        return _FORMATTERS.get(lang, _FORMATTERS["vi"]).vformat(template, (), args)


class _Formatter(string.Formatter):
    """str.format_map over a finding's args in one language: a missing arg shows as "{name}", a term
    spec ({expected:type}) says the key in the words of that vocabulary."""

    def __init__(self, lang: str):
        super().__init__()
        self.lang = lang

    def get_value(self, key, args, kwargs):
        return kwargs[key] if key in kwargs else "{" + str(key) + "}"

    def format_field(self, value, format_spec):
        if format_spec in TERMS:
            return TERMS[format_spec].say(value, self.lang)
        return super().format_field(value, format_spec)


_FORMATTERS = {lang: _Formatter(lang) for lang in LANGS}


def _code(code, severity, title_vi, title_en, msg_vi, msg_en, hint_vi, hint_en, basis="", adjustable=False,
          variants=None):
    return Code(code, severity, {"vi": title_vi, "en": title_en}, {"vi": msg_vi, "en": msg_en},
                {"vi": hint_vi, "en": hint_en}, basis=basis, adjustable=adjustable, variants=variants or {})


def _says(message_vi=None, message_en=None, hint_vi=None, hint_en=None) -> Variant:
    """A variant: its message in Vietnamese and English, and/or its hint."""
    return Variant({"vi": message_vi, "en": message_en} if message_vi is not None else None,
                   {"vi": hint_vi, "en": hint_en} if hint_vi is not None else None)


# The closed vocabularies templates name after a colon ({expected:type}).
TERMS = {
    # value types of the schemas (Cerberus type names)
    "type": Terms({
        "string": {"vi": "chữ", "en": "text"},
        "integer": {"vi": "số nguyên", "en": "a whole number"},
        "number": {"vi": "số", "en": "a number"},
        "float": {"vi": "số", "en": "a number"},
        "boolean": {"vi": "true hoặc false", "en": "true or false"},
        "list": {"vi": "danh sách (mỗi phần tử một dòng bắt đầu bằng \"- \")",
                 "en": "a list (one \"- \" line per item)"},
        "dict": {"vi": "nhóm các dòng \"khóa: giá trị\"", "en": "a group of \"key: value\" lines"},
        "date": {"vi": "ngày", "en": "a date"},
    }, last={"vi": " hoặc ", "en": " or "}),
    # kinds of files, as the schemas know them (schemas.SCHEMAS): the files of a workspace, and the kinds
    # of document by the names their registry gives them (kinds/<kind>.py ``name``)
    "file_kind": Terms({
        "province": {"vi": "thông tin tỉnh", "en": "province"},
        "rules": {"vi": "bộ quy tắc", "en": "rule set"},
        "criteria": {"vi": "bộ tiêu chí Chỉ số CCHC", "en": "PAR criteria set"},
        "unit": {"vi": "tệp đơn vị", "en": "unit"},
        "waivers": {"vi": "danh sách miễn trừ", "en": "waivers"},
        **{kind.id: {"vi": kind.name[0], "en": kind.name[1]} for kind in KINDS.values()},
    }),
    # what a path that is not a regular file is (safeio.KINDS)
    "file_mode": Terms({
        "link": {"vi": "một liên kết (symlink)", "en": "a link (symlink)"},
        "fifo": {"vi": "một đường ống (FIFO)", "en": "a pipe (FIFO)"},
        "device": {"vi": "một thiết bị", "en": "a device"},
        "socket": {"vi": "một socket", "en": "a socket"},
        "folder": {"vi": "một thư mục", "en": "a folder"},
        "special": {"vi": "một tệp đặc biệt", "en": "a special file"},
    }),
    # formats a schema's regex stands for (validate._FORMATS)
    "format": Terms({
        "symbol": {"vi": "số, ký hiệu văn bản", "en": "document number and symbol"},
        "unit_id": {"vi": "mã đơn vị (chữ thường không dấu, nối bằng dấu gạch)", "en": "unit id"},
        "authority": {"vi": "thẩm quyền ký", "en": "signing authority"},
        "email": {"vi": "thư điện tử", "en": "e-mail address"},
        "criterion": {"vi": "mã tiêu chí", "en": "criterion code"},
        "identifier": {"vi": "mã (chữ thường không dấu, nối bằng dấu gạch dưới)", "en": "identifier"},
        "yaml_file": {"vi": "tên tệp YAML", "en": "YAML file name"},
        "pattern": {"vi": "quy định", "en": "expected format"},
    }),
    # the fields that make a plan's task verifiable (checks/plans.py)
    "task_field": Terms({
        "san_pham": {"vi": "sản phẩm", "en": "product"},
        "phoi_hop": {"vi": "cơ quan phối hợp", "en": "cooperating agencies"},
        "thoi_gian": {"vi": "thời gian thực hiện", "en": "timeline"},
        "kinh_phi": {"vi": "nguồn kinh phí", "en": "funding"},
    }),
    # what a signer (nguoi_ky) needs to be printed
    "signer_field": Terms({
        "chuc_vu": {"vi": "chức vụ", "en": "a title"},
        "ho_ten": {"vi": "họ tên", "en": "a name"},
    }, last={"vi": " và ", "en": " and "}),
    # a list of values to choose from, as written ("ke_hoach, bao_cao hay tu_danh_gia")
    "choice": Terms({}, last={"vi": " hay ", "en": " or "}),
    # the orientation of a printed page
    "orientation": Terms({
        "landscape": {"vi": "ngang", "en": "landscape"},
        "portrait": {"vi": "dọc", "en": "portrait"},
    }),
}


_CODES = [
    # --- L: reading files -------------------------------------------------
    _code("CCHC-L001", "error", "Tệp không phải UTF-8", "File is not UTF-8",
          "Tệp không đọc được theo bảng mã UTF-8 (byte {byte} không hợp lệ).",
          "The file cannot be read as UTF-8 (invalid byte {byte}).",
          "Mở tệp bằng trình soạn thảo và lưu lại với bảng mã UTF-8 (Unicode).",
          "Open the file in an editor and save it again as UTF-8."),
    _code("CCHC-L002", "error", "Lỗi cú pháp YAML", "YAML syntax error",
          "Lỗi cú pháp YAML: {problem}.",
          "YAML syntax error: {problem}.",
          "Kiểm tra cú pháp YAML quanh vị trí được chỉ ra: thụt lề, dấu hai chấm, dấu nháy.",
          "Check indentation, colons and quotes around this position.",
          variants={   # what the parser says (yamlpos._PROBLEMS), in words an author can act on
              "colon": _says(
                  "Lỗi cú pháp YAML: có dấu hai chấm ở chỗ không được phép.",
                  "YAML syntax error: a colon where none is allowed.",
                  "Nếu giá trị có dấu hai chấm (ví dụ \"Lưu: VT\"), hãy đặt cả giá trị trong dấu nháy kép.",
                  "If a value contains a colon (e.g. \"Lưu: VT\"), put the whole value in double quotes."),
              "tab": _says(
                  "Lỗi cú pháp YAML: có ký tự tab.",
                  "YAML syntax error: a tab character.",
                  "YAML chỉ dùng dấu cách để thụt lề; thay ký tự tab bằng dấu cách.",
                  "YAML indents with spaces only; replace the tab with spaces."),
              "missing_colon": _says(
                  "Lỗi cú pháp YAML: thiếu dấu hai chấm sau tên trường.",
                  "YAML syntax error: a colon is missing after the field name.",
                  "Mỗi dòng thông tin có dạng \"khóa: giá trị\" (có một dấu cách sau dấu hai chấm).",
                  "Each line reads \"key: value\" (with a space after the colon)."),
              "indentation": _says(
                  "Lỗi cú pháp YAML: thụt lề không đều hoặc thiếu dấu gạch đầu dòng.",
                  "YAML syntax error: uneven indentation or a missing list dash.",
                  "Các dòng cùng cấp phải thụt lề bằng nhau; mỗi phần tử danh sách bắt đầu bằng \"- \".",
                  "Lines of one level are indented alike; each list item starts with \"- \"."),
              "key_in_list": _says(   # a field indented like the items of the list above it
                  "Lỗi cú pháp YAML: trường \"{field}\" bị thụt lề như một phần tử của danh sách \"{owner}\" ở "
                  "trên.",
                  "YAML syntax error: the field \"{field}\" is indented like an item of the list \"{owner}\" "
                  "above it.",
                  "Lùi \"{field}:\" về cột {at}, thẳng cột với \"{owner}:\" (một danh sách kết thúc ở phần tử "
                  "cuối cùng bắt đầu bằng \"- \").",
                  "Move \"{field}:\" back to column {at}, in line with \"{owner}:\" (a list ends with its "
                  "last item starting with \"- \")."),
              "list_indentation": _says(
                  "Lỗi cú pháp YAML: thụt lề danh sách không đều.",
                  "YAML syntax error: uneven indentation of a list.",
                  "Các phần tử của cùng một danh sách phải bắt đầu bằng \"- \" ở cùng một cột.",
                  "The items of one list start with \"- \" in the same column."),
              "undefined_alias": _says(
                  "Lỗi cú pháp YAML: dùng tham chiếu * tới một neo & không tồn tại.",
                  "YAML syntax error: an alias * to an anchor & that does not exist.",
                  "Xóa tham chiếu bắt đầu bằng dấu * hoặc viết trực tiếp nội dung.",
                  "Remove the alias starting with * or write the content out."),
              "end_of_stream": _says(
                  "Lỗi cú pháp YAML: tệp kết thúc khi một chuỗi trong dấu nháy chưa đóng.",
                  "YAML syntax error: the file ends inside a quoted string.",
                  "Kiểm tra dấu nháy mở và đóng của giá trị gần vị trí này.",
                  "Check the opening and closing quotes of the value near this position."),
              "escape": _says(
                  "Lỗi cú pháp YAML: chuỗi trong dấu nháy kép có ký tự \\ không hợp lệ.",
                  "YAML syntax error: a double-quoted string has an invalid \\ escape.",
                  "Dùng dấu nháy đơn, hoặc viết \\\\ thay cho một dấu \\.",
                  "Use single quotes, or write \\\\ for one \\."),
              "several_documents": _says(
                  "Lỗi cú pháp YAML: tệp có nhiều hơn một khối YAML (dòng \"---\" thừa).",
                  "YAML syntax error: the file has more than one YAML document (an extra \"---\" line).",
                  "Xóa dòng \"---\" thừa; mỗi tệp chỉ có một khối thông tin.",
                  "Remove the extra \"---\" line; a file holds one block of metadata."),
              "bad_start": _says(
                  "Lỗi cú pháp YAML: có ký tự không được đứng đầu giá trị (như @ hoặc `).",
                  "YAML syntax error: a character that cannot start a value (such as @ or `).",
                  "Đặt giá trị trong dấu nháy kép.",
                  "Put the value in double quotes."),
              "control": _says(
                  "Lỗi cú pháp YAML: có ký tự điều khiển không in được.",
                  "YAML syntax error: a non-printable control character.",
                  "Xóa ký tự đó (thường do dán từ Word hoặc PDF).",
                  "Delete the character (often pasted from Word or PDF)."),
              "unknown": _says("Lỗi cú pháp YAML.", "YAML syntax error."),
          }),
    _code("CCHC-L003", "error", "Khóa bị lặp", "Duplicate key",
          "Khóa \"{key}\" xuất hiện hai lần trong cùng một nhóm (lần đầu ở dòng {first_line}).",
          "Key \"{key}\" appears twice in the same mapping (first at line {first_line}).",
          "Xóa hoặc gộp một trong hai dòng; chỉ giữ lại một khóa \"{key}\".",
          "Remove or merge one of the two; keep a single \"{key}\"."),
    _code("CCHC-L004", "warning", "Giá trị yes/no/on/off dễ hiểu nhầm", "Ambiguous yes/no/on/off",
          "Giá trị \"{value}\" không đặt trong dấu nháy: một số chương trình hiểu đây là đúng/sai chứ không phải chữ.",
          "The bare value \"{value}\" is read as true/false by some programs, not as text.",
          "Nếu là chữ, viết \"{value}\" trong dấu nháy kép; nếu là đúng/sai, viết true hoặc false.",
          "Quote it (\"{value}\") if it is text; write true or false if it is a yes/no value."),
    _code("CCHC-L005", "warning", "Chữ tiếng Việt chưa ở dạng dựng sẵn (NFC)", "Text not in Unicode NFC",
          "Tệp có chữ tiếng Việt gõ theo kiểu tổ hợp (dấu tách rời chữ); chương trình vẫn đọc đúng nhưng tìm kiếm, sắp xếp có thể sai.",
          "The file has Vietnamese text in decomposed form; it is read correctly but search and sorting may misbehave.",
          "Đặt bộ gõ (Unikey, EVKey) ở bảng mã \"Unicode dựng sẵn\" rồi gõ lại đoạn này, hoặc dùng chức năng chuyển mã sang Unicode dựng sẵn.",
          "Set the keyboard to precomposed Unicode (NFC) or convert the text to NFC.",
          basis="Nghị định 30/2020/NĐ-CP, Phụ lục I: phông chữ tiếng Việt Unicode theo TCVN 6909:2001"),
    _code("CCHC-L006", "error", "Chữ bị lỗi phông TCVN3 (ABC)", "TCVN3 mojibake",
          "Đoạn chữ \"{sample}\" là chữ gõ bằng bảng mã TCVN3 (phông .Vn...) bị hiển thị sai, không phải tiếng Việt Unicode.",
          "The text \"{sample}\" is TCVN3 (ABC) encoded Vietnamese shown as Latin-1, not Unicode.",
          "Chuyển đoạn văn bản sang Unicode dựng sẵn bằng công cụ chuyển mã của Unikey (nguồn TCVN3, đích Unicode) rồi dán lại.",
          "Convert the text from TCVN3 to Unicode (for example with Unikey's converter) and paste it again.",
          basis="Nghị định 30/2020/NĐ-CP, Phụ lục I: phông chữ tiếng Việt Unicode theo TCVN 6909:2001"),
    _code("CCHC-L007", "error", "Chữ bị lỗi phông VNI", "VNI mojibake",
          "Đoạn chữ \"{sample}\" là chữ gõ bằng bảng mã VNI (phông VNI-...) bị hiển thị sai, không phải tiếng Việt Unicode.",
          "The text \"{sample}\" is VNI encoded Vietnamese shown as Latin-1, not Unicode.",
          "Chuyển đoạn văn bản sang Unicode dựng sẵn bằng công cụ chuyển mã của Unikey (nguồn VNI Windows, đích Unicode) rồi dán lại.",
          "Convert the text from VNI Windows to Unicode (for example with Unikey's converter) and paste it again.",
          basis="Nghị định 30/2020/NĐ-CP, Phụ lục I: phông chữ tiếng Việt Unicode theo TCVN 6909:2001"),
    _code("CCHC-L008", "error", "Tệp quá lớn", "File too large",
          "Tệp có dung lượng {size} byte, vượt giới hạn {limit} byte.",
          "The file has {size} bytes, over the limit of {limit} bytes.",
          "Tách bảng số liệu lớn ra các tệp YAML riêng đặt cạnh văn bản, hoặc kiểm tra xem có dán nhầm nội dung không.",
          "Move large tables into separate YAML files beside the document, or check for pasted content."),
    _code("CCHC-L009", "error", "Cấu trúc YAML quá lớn hoặc quá sâu", "YAML too large or too deep",
          "Cấu trúc YAML vượt giới hạn cho phép (tham chiếu &, * nở ra quá nhiều phần tử, hoặc các nhóm lồng nhau quá sâu).",
          "The YAML structure exceeds a limit (anchors and aliases expand too much, or nesting is too deep).",
          "Viết trực tiếp nội dung thay cho tham chiếu & và *; bớt số cấp lồng nhau (mỗi lần thụt lề hoặc mỗi cặp ngoặc [ ], {{ }} là một cấp).",
          "Write the content out instead of anchors and aliases; use fewer nested levels (each indentation or pair of [ ], {{ }} is one).",
          variants={
              "nodes": _says(   # the loader's limit of nodes (yamlpos.MAX_NODES)
                  "Cấu trúc YAML vượt giới hạn {limit} phần tử (tham chiếu &, * nở ra quá nhiều phần tử, hoặc các nhóm "
                  "lồng nhau quá sâu).",
                  "The YAML structure exceeds the limit of {limit} nodes (anchors and aliases expand too much, or "
                  "nesting is too deep)."),
              "depth": _says(   # the loader's limit of nesting (yamlpos.MAX_DEPTH)
                  "Cấu trúc YAML vượt giới hạn {limit} cấp lồng nhau (tham chiếu &, * nở ra quá nhiều phần tử, hoặc các "
                  "nhóm lồng nhau quá sâu).",
                  "The YAML structure exceeds the limit of {limit} nesting levels (anchors and aliases expand too much, "
                  "or nesting is too deep)."),
              "parser_depth": _says(   # the parser stopped at its own nesting limit
                  "Cấu trúc YAML vượt giới hạn số cấp lồng nhau cho phép (tham chiếu &, * nở ra quá nhiều phần tử, hoặc "
                  "các nhóm lồng nhau quá sâu).",
                  "The YAML structure exceeds the limit of the nesting levels allowed (anchors and aliases expand too "
                  "much, or nesting is too deep)."),
              "memory": _says(
                  "Cấu trúc YAML vượt giới hạn bộ nhớ dành cho một tệp (tham chiếu &, * nở ra quá nhiều phần tử, hoặc "
                  "các nhóm lồng nhau quá sâu).",
                  "The YAML structure exceeds the limit of the memory allowed for one file (anchors and aliases expand "
                  "too much, or nesting is too deep)."),
          }),
    _code("CCHC-L010", "error", "Thiếu phần thông tin đầu văn bản", "Missing front matter",
          "Văn bản Markdown phải bắt đầu bằng phần thông tin YAML nằm giữa hai dòng \"---\".",
          "A Markdown document must start with YAML front matter between two \"---\" lines.",
          "Thêm dòng \"---\" ở đầu tệp, các dòng thông tin (loai, nam, so_ky_hieu...), rồi một dòng \"---\" nữa trước nội dung; xem mẫu do lệnh \"cchc new\" tạo.",
          "Start the file with \"---\", the metadata lines, then \"---\" before the text.",
          variants={
              "unclosed": _says(
                  "Văn bản Markdown phải bắt đầu bằng phần thông tin YAML nằm giữa hai dòng \"---\" (không tìm thấy "
                  "dòng \"---\" đóng phần thông tin).",
                  "A Markdown document must start with YAML front matter between two \"---\" lines (the closing "
                  "\"---\" line is missing)."),
          }),
    _code("CCHC-L011", "error", "Nội dung YAML không phải danh mục khóa", "YAML is not a mapping",
          "Phần YAML phải là các dòng \"khóa: giá trị\".",
          "The YAML must be \"key: value\" lines.",
          "Viết mỗi thông tin trên một dòng dạng \"khóa: giá trị\", ví dụ \"nam: 2026\".",
          "Write one \"key: value\" per line, e.g. \"nam: 2026\".",
          variants={
              "empty": _says("Phần YAML phải là các dòng \"khóa: giá trị\" nhưng đang là phần trống.",
                             "The YAML must be \"key: value\" lines but is empty."),
              "list": _says("Phần YAML phải là các dòng \"khóa: giá trị\" nhưng đang là một danh sách.",
                            "The YAML must be \"key: value\" lines but is a list."),
              "scalar": _says("Phần YAML phải là các dòng \"khóa: giá trị\" nhưng đang là một giá trị đơn.",
                              "The YAML must be \"key: value\" lines but is a single value."),
          }),
    _code("CCHC-L012", "error", "Thẻ YAML không được hỗ trợ", "Unsupported YAML tag",
          "Thẻ YAML \"{tag}\" không được dùng trong hồ sơ CCHC; giá trị được đọc như chữ thường.",
          "The YAML tag \"{tag}\" is not allowed; the value is read as plain text.",
          "Xóa phần bắt đầu bằng dấu \"!\" trước giá trị.",
          "Remove the part starting with \"!\" before the value."),
    _code("CCHC-L013", "error", "Không tìm thấy tệp được tham chiếu", "Referenced file not found",
          "Trường \"{field}\" trỏ tới tệp \"{file}\" nhưng tệp này không có trong cùng thư mục.",
          "Field \"{field}\" names the file \"{file}\", which is not in the same folder.",
          "Kiểm tra tên tệp (phân biệt chữ hoa, chữ thường) hoặc tải tệp đó lên cùng thư mục với văn bản.",
          "Check the name (case matters) or add the file beside the document."),
    _code("CCHC-L014", "error", "Chữ bị lỗi mã hóa hai lần", "Double-encoded UTF-8",
          "Đoạn chữ \"{sample}\" là chữ UTF-8 bị đọc nhầm thành bảng mã khác (ví dụ \"Cá»™ng\" thay cho \"Cộng\").",
          "The text \"{sample}\" is UTF-8 decoded with another code page (e.g. \"Cá»™ng\" for \"Cộng\").",
          "Sao chép lại đoạn chữ từ văn bản gốc, hoặc mở tệp với bảng mã UTF-8 rồi lưu lại.",
          "Copy the text again from the original, or reopen the file as UTF-8 and save it.",
          basis="Nghị định 30/2020/NĐ-CP, Phụ lục I: phông chữ tiếng Việt Unicode theo TCVN 6909:2001"),
    _code("CCHC-L015", "error", "Ký tự điều khiển trong tệp", "Control character in file",
          "Tệp có ký tự điều khiển không in được (mã U+{codepoint}).",
          "The file contains a non-printable control character (U+{codepoint}).",
          "Xóa ký tự này (thường do dán từ Word hoặc PDF); có thể gõ lại dòng đó.",
          "Delete the character (often pasted from Word or PDF); retype the line if needed."),
    _code("CCHC-L016", "error", "Không đọc được tệp", "File cannot be read",
          "Không đọc được tệp ({reason}).",
          "The file cannot be read ({reason}).",
          "Kiểm tra tệp còn tồn tại, không phải liên kết hỏng và có quyền đọc; nếu là liên kết (symlink), thay bằng tệp thật.",
          "Check that the file exists, is not a broken link and is readable.",
          variants={   # the system gave no reason
              "system": _says("Không đọc được tệp (lỗi hệ thống).", "The file cannot be read (system error)."),
              "folder": _says("Không đọc được tệp (không mở được thư mục).",
                              "The file cannot be read (the folder cannot be opened)."),
          }),
    _code("CCHC-L017", "error", "Không phải tệp thường", "Not a regular file",
          "\"{path}\" là {kind:file_mode}; kho chỉ đọc tệp thường nằm trong kho, nên chương trình không đọc, không "
          "in và không công khai nó.",
          "\"{path}\" is {kind:file_mode}; only regular files inside the repository are read, so it is not read, "
          "printed or published.",
          "Thay liên kết bằng chính tệp (chép nội dung vào đây), hoặc xóa nó khỏi kho.",
          "Replace the link with the file itself (copy its content here), or remove it."),
    _code("CCHC-L018", "error", "Tên thư mục hoặc tệp không đúng dạng", "Folder or file name not in the slug form",
          "Tên \"{name}\" không đúng dạng: tên thư mục đơn vị, thư mục năm và tệp chỉ gồm chữ thường không dấu, "
          "chữ số và dấu gạch nối (ví dụ so-noi-vu, 2026, bao-cao-quy-1.md); tệp này chưa được đọc.",
          "The name \"{name}\" is not in the slug form: unit folders, year folders and files use lower-case "
          "letters without diacritics, digits and hyphens (e.g. so-noi-vu, 2026, bao-cao-quy-1.md); the file is not read.",
          "Đổi tên thành \"{suggestion}\".",
          "Rename it \"{suggestion}\"."),
    # --- S: shape of a file (schema) ------------------------------------------
    _code("CCHC-S001", "error", "Thiếu trường bắt buộc", "Required field missing",
          "Thiếu trường bắt buộc \"{field}\".",
          "The required field \"{field}\" is missing.",
          "Thêm dòng \"{field}: ...\" ({expected:type}).",
          "Add a line \"{field}: ...\" ({expected:type}).",
          variants={
              "nested": _says("Thiếu trường bắt buộc \"{field}\" trong {parent}.",
                              "The required field \"{field}\" is missing in {parent}."),
          }),
    _code("CCHC-S002", "error", "Trường không có trong mẫu", "Unknown field",
          "Trường \"{field}\" không có trong mẫu {kind:file_kind}.",
          "The field \"{field}\" is not part of the {kind:file_kind} format.",
          "Xóa dòng này hoặc kiểm tra lại tên trường trong hướng dẫn.",
          "Remove the line, or check the field name in the guide.",
          variants={
              "close": _says(   # a known field with a close name
                  hint_vi="Có phải ý là \"{close}\"? Nếu đúng, sửa lại tên trường; nếu không, xóa dòng này.",
                  hint_en="Did you mean \"{close}\"? Rename it, or remove the line."),
              "comma": _says(   # the "field" has a space or a comma: the rest of a value cut at a comma
                  hint_vi="Có vẻ đây là phần sau dấu phẩy của giá trị đứng trước: trong ngoặc {{ }} hoặc [ ], "
                          "giá trị có dấu phẩy phải đặt trong dấu nháy kép, ví dụ ten: \"Chỉ đạo, điều hành\".",
                  hint_en="This looks like the part after a comma of the previous value: inside {{ }} or [ ], "
                          "quote values that contain commas."),
          }),
    _code("CCHC-S003", "error", "Sai kiểu giá trị", "Wrong type",
          "Trường \"{field}\" phải là {expected:type} nhưng đang là {value}.",
          "Field \"{field}\" must be {expected:type} but is {value}.",
          "Sửa giá trị theo đúng kiểu: {expected:type}.",
          "Write a value of the right kind: {expected:type}.",
          variants={   # what the value is (validate._found); without a variant, {value} is its type's name
              "empty": _says("Trường \"{field}\" phải là {expected:type} nhưng đang là để trống.",
                             "Field \"{field}\" must be {expected:type} but is empty."),
              "bool": _says("Trường \"{field}\" phải là {expected:type} nhưng đang là đúng/sai.",
                            "Field \"{field}\" must be {expected:type} but is true/false."),
              "number": _says("Trường \"{field}\" phải là {expected:type} nhưng đang là số {value}.",
                              "Field \"{field}\" must be {expected:type} but is the number {value}."),
              "text": _says("Trường \"{field}\" phải là {expected:type} nhưng đang là chữ \"{value}\".",
                            "Field \"{field}\" must be {expected:type} but is the text \"{value}\"."),
              "list": _says("Trường \"{field}\" phải là {expected:type} nhưng đang là một danh sách.",
                            "Field \"{field}\" must be {expected:type} but is a list."),
              "mapping": _says("Trường \"{field}\" phải là {expected:type} nhưng đang là một nhóm khóa: giá trị.",
                               "Field \"{field}\" must be {expected:type} but is a mapping."),
              "colon": _says(   # text with ": " in it, unquoted ("- Lưu: VT, VP."): YAML reads a key and a value
                  "Trường \"{field}\" có dấu hai chấm và dấu cách trong chữ (\"{value}\") nên bị hiểu thành "
                  "\"khóa: giá trị\".",
                  "Field \"{field}\" has a colon and a space in its text (\"{value}\"), so it is read as "
                  "\"key: value\".",
                  "Đặt cả giá trị trong dấu nháy kép: {fixed}",
                  "Put the whole value in double quotes: {fixed}"),
          }),
    _code("CCHC-S004", "error", "Giá trị để trống", "Empty value",
          "Trường \"{field}\" không được để trống.",
          "Field \"{field}\" must not be empty.",
          "Điền nội dung cho trường \"{field}\" hoặc xóa hẳn dòng nếu trường không bắt buộc.",
          "Fill in \"{field}\", or remove the line if the field is optional."),
    _code("CCHC-S005", "error", "Giá trị không nằm trong danh mục", "Value not allowed",
          "Trường \"{field}\" có giá trị \"{value}\" không nằm trong danh mục cho phép.",
          "Field \"{field}\" has the value \"{value}\", which is not allowed.",
          "Chọn một trong các giá trị: {allowed}.",
          "Use one of: {allowed}."),
    _code("CCHC-S006", "error", "Sai định dạng", "Wrong format",
          "Trường \"{field}\" có giá trị \"{value}\" không đúng định dạng {format:format}.",
          "Field \"{field}\" has the value \"{value}\", which is not a valid {format:format}.",
          "Viết theo mẫu: {example}.",
          "Follow the pattern: {example}."),
    _code("CCHC-S007", "error", "Số nằm ngoài khoảng cho phép", "Number out of range",
          "Trường \"{field}\" có giá trị {value}, nằm ngoài khoảng cho phép.",
          "Field \"{field}\" is {value}, out of the allowed range.",
          "Kiểm tra lại số liệu của trường \"{field}\".",
          "Check the figure in \"{field}\".",
          variants={
              "min": _says("Trường \"{field}\" có giá trị {value}, phải không nhỏ hơn {limit}.",
                           "Field \"{field}\" is {value}; it must be at least {limit}."),
              "max": _says("Trường \"{field}\" có giá trị {value}, phải không lớn hơn {limit}.",
                           "Field \"{field}\" is {value}; it must be at most {limit}."),
          }),
    _code("CCHC-S008", "error", "Số phần tử không hợp lệ", "Wrong number of items",
          "Trường \"{field}\" có {count} phần tử, không đúng số phần tử cho phép.",
          "Field \"{field}\" has {count} items, not an allowed number of items.",
          "Bổ sung hoặc bớt phần tử của danh sách \"{field}\".",
          "Add or remove items of \"{field}\".",
          variants={
              "min": _says("Trường \"{field}\" có {count} phần tử, phải có ít nhất {limit} phần tử.",
                           "Field \"{field}\" has {count} items; it must have at least {limit} items."),
              "max": _says("Trường \"{field}\" có {count} phần tử, phải có nhiều nhất {limit} phần tử.",
                           "Field \"{field}\" has {count} items; it must have at most {limit} items."),
          }),
    _code("CCHC-S009", "error", "Ngày không hợp lệ", "Invalid date",
          "Trường \"{field}\" có giá trị \"{value}\" không phải là ngày hợp lệ.",
          "Field \"{field}\" has the value \"{value}\", which is not a valid date.",
          "Viết ngày theo dạng năm-tháng-ngày (2026-01-05) hoặc ngày/tháng/năm (05/01/2026).",
          "Write the date as 2026-01-05 or 05/01/2026."),
    _code("CCHC-S011", "error", "Không rõ loại văn bản", "Unknown document kind",
          "Không xác định được loại văn bản từ trường \"loai\".",
          "The document kind cannot be determined from the field \"loai\".",
          "Ghi \"loai: ke_hoach\", \"loai: bao_cao\" hoặc \"loai: tu_danh_gia\" ở đầu phần thông tin.",
          "Write \"loai: ke_hoach\", \"loai: bao_cao\" or \"loai: tu_danh_gia\".",
          variants={
              "missing": _says("Không xác định được loại văn bản: trường \"loai\" bị thiếu.",
                               "The document kind cannot be determined: field \"loai\" is missing."),
              "unknown": _says("Không xác định được loại văn bản: trường \"loai\" có giá trị \"{value}\" không phải "
                               "{allowed:choice}.",
                               "The document kind cannot be determined: field \"loai\" is \"{value}\", not "
                               "{allowed:choice}."),
          }),
    _code("CCHC-S012", "error", "Mã bị trùng", "Duplicate code",
          "Mã \"{value}\" trong danh sách \"{field}\" bị trùng (đã dùng ở dòng {first_line}).",
          "The code \"{value}\" in \"{field}\" is used twice (first at line {first_line}).",
          "Đặt cho mỗi phần tử một mã riêng, không trùng nhau.",
          "Give each item its own code."),
    # --- R: references between files ------------------------------------------
    _code("CCHC-R001", "error", "Đơn vị chưa đăng ký", "Unit not registered",
          "Thư mục đơn vị \"{unit}\" chưa có tệp unit.yml nên văn bản không gắn được với đơn vị nào.",
          "The unit folder \"{unit}\" has no unit.yml, so its documents belong to no unit.",
          "Tạo tệp units/{unit}/unit.yml (xem hướng dẫn về tệp đơn vị) hoặc chuyển văn bản vào đúng thư mục của đơn vị.",
          "Create units/{unit}/unit.yml or move the document to its unit's folder."),
    _code("CCHC-R002", "error", "Loại đơn vị không có trong bộ quy tắc", "Unknown unit kind",
          "Loại đơn vị \"{value}\" không có trong bộ quy tắc năm {year}.",
          "The unit kind \"{value}\" is not in the {year} rule set.",
          "Chọn một trong các loại: {allowed}.",
          "Use one of: {allowed}."),
    _code("CCHC-R003", "error", "Đơn vị được tham chiếu không tồn tại", "Unknown unit reference",
          "Trường \"{field}\" trỏ tới đơn vị \"{value}\" nhưng không có thư mục units/{value}/unit.yml.",
          "Field \"{field}\" names the unit \"{value}\", but there is no units/{value}/unit.yml.",
          "Kiểm tra lại mã đơn vị trong thư mục units/.",
          "Check the unit ids under units/.",
          variants={
              "close": _says(hint_vi="Có thể là: {names}.", hint_en="Perhaps: {names}."),
          }),
    _code("CCHC-R004", "error", "Lĩnh vực cải cách không có trong bộ quy tắc", "Unknown reform area",
          "Lĩnh vực \"{value}\" không có trong bộ quy tắc năm {year}.",
          "The reform area \"{value}\" is not in the {year} rule set.",
          "Chọn một trong các mã lĩnh vực: {allowed}.",
          "Use one of: {allowed}."),
    _code("CCHC-R005", "error", "Không có bộ quy tắc cho năm", "No rule set for the year",
          "Không có bộ quy tắc cho năm {year} (cần tệp content/rules/{year}.yml hoặc một năm trước đó).",
          "There is no rule set for {year} (content/rules/{year}.yml or an earlier year).",
          "Sở Nội vụ bổ sung tệp content/rules/{year}.yml, có thể chỉ gồm \"extends: {prev}\" và \"nam: {year}\".",
          "Add content/rules/{year}.yml, possibly just \"extends: {prev}\" and \"nam: {year}\"."),
    _code("CCHC-R006", "error", "Năm văn bản không khớp thư mục", "Year does not match folder",
          "Văn bản ghi \"nam: {value}\" nhưng nằm trong thư mục năm {folder}.",
          "The document says \"nam: {value}\" but sits in the {folder} folder.",
          "Sửa trường nam hoặc chuyển tệp sang thư mục units/<đơn vị>/{value}/.",
          "Fix the year or move the file to units/<unit>/{value}/."),
    _code("CCHC-R007", "error", "Kỳ báo cáo không có trong bộ quy tắc", "Unknown reporting period",
          "Kỳ báo cáo \"{value}\" không có trong bộ quy tắc năm {year}.",
          "The reporting period \"{value}\" is not in the {year} rule set.",
          "Chọn một trong các kỳ: {allowed}.",
          "Use one of: {allowed}."),
    _code("CCHC-R008", "warning", "Tên gọi khác trùng giữa hai đơn vị", "Alias shared by two units",
          "Tên \"{value}\" được khai báo cho cả đơn vị \"{unit}\" và \"{other}\" nên không biết là đơn vị nào.",
          "The name \"{value}\" is declared for both \"{unit}\" and \"{other}\".",
          "Bỏ tên này khỏi ten_khac của một trong hai đơn vị.",
          "Remove it from one unit's ten_khac."),
    _code("CCHC-R009", "error", "Thiếu hoặc sai tệp thông tin tỉnh", "Province file missing or wrong",
          "Tệp content/province.yml không có hoặc trỏ tới đơn vị không có.",
          "content/province.yml is missing or names a unit that does not exist.",
          "Tệp content/province.yml phải có và trỏ đúng mã đơn vị của Sở Nội vụ, UBND tỉnh.",
          "content/province.yml must exist and name the standing agency's and the province's unit ids.",
          variants={
              "missing_file": _says("Không có tệp content/province.yml.", "content/province.yml is missing."),
              "unknown_unit": _says(
                  "Trường \"{field}\" trỏ tới đơn vị \"{value}\" nhưng không có units/{value}/unit.yml.",
                  "\"{field}\" names the unit \"{value}\", which has no units/{value}/unit.yml."),
          }),
    _code("CCHC-R010", "error", "Thời gian hiệu lực của đơn vị không hợp lý", "Implausible unit validity",
          "Thời gian hiệu lực của đơn vị không hợp lý.",
          "The unit's validity dates are implausible.",
          "Kiểm tra các trường hieu_luc_tu, hieu_luc_den và sap_nhap_vao của đơn vị.",
          "Check hieu_luc_tu, hieu_luc_den and sap_nhap_vao.",
          variants={
              "end_before_start": _says("Ngày hết hiệu lực {end} trước ngày bắt đầu {start}.",
                                        "The end date {end} is before the start date {start}."),
              "merged_without_end": _says("Đơn vị đã sáp nhập phải có ngày hết hiệu lực (hieu_luc_den).",
                                          "A merged unit needs its end date (hieu_luc_den)."),
          }),
    _code("CCHC-R011", "error", "Bộ tiêu chí hoặc tiêu chí không có", "Unknown PAR criteria",
          "Bộ tiêu chí hoặc tiêu chí của văn bản không có trong bộ quy tắc.",
          "The document's criteria set or criterion is not in the rule set.",
          "Dùng đúng mã bộ tiêu chí và mã tiêu chí trong content/rules/par/.",
          "Use the criteria set and criterion codes of content/rules/par/.",
          variants={
              "unknown_set": _says(
                  "Bộ tiêu chí \"{name}\" không có trong bộ quy tắc năm {year} (có: {allowed}).",
                  "The criteria set \"{name}\" is not in the {year} rule set ({allowed})."),
              "unknown_criterion": _says(
                  "Tiêu chí \"{criterion}\" không có trong bộ tiêu chí \"{name}\".",
                  "The criterion \"{criterion}\" is not in the criteria set \"{name}\"."),
          }),
    _code("CCHC-R012", "warning", "Tệp nằm ngoài chỗ quy định", "File in an unexpected place",
          "Tệp \"{file}\" không nằm ở vị trí nào mà chương trình đọc nên không được kiểm tra.",
          "The file \"{file}\" is not in a place the checker reads, so it is not checked.",
          "Văn bản đặt tại units/<mã đơn vị>/<năm>/<tên>.md; bảng số liệu đặt cạnh văn bản và được nêu tên trong văn bản.",
          "Documents go in units/<unit>/<year>/<name>.md; tables beside them, named by the document."),
    _code("CCHC-R013", "error", "Bộ quy tắc kế thừa không hợp lệ", "Invalid rule set inheritance",
          "Bộ quy tắc không dùng được: tên tệp, trường nam hoặc trường extends không hợp lệ.",
          "The rule set cannot be used: its file name, nam or extends is invalid.",
          "Trường extends phải là năm của một bộ quy tắc có trong content/rules/, không được vòng lặp.",
          "extends must name an existing rule set year, without cycles.",
          variants={
              "file_name": _says("Tên tệp bộ quy tắc \"{path}\" phải là năm, ví dụ 2026.yml.",
                                 "A rule set file name must be a year, e.g. 2026.yml ({path})."),
              "year_mismatch": _says("Tệp {path} ghi \"nam: {value}\" nhưng tên tệp là năm {year}.",
                                     "{path} says \"nam: {value}\" but is named for {year}."),
              "cycle": _says("Bộ quy tắc {year} kế thừa vòng lặp ({parent}).",
                             "The {year} rule set inherits in a cycle ({parent})."),
              "missing_parent": _says("Bộ quy tắc {year} kế thừa năm không có bộ quy tắc ({parent}).",
                                      "The {year} rule set extends a year without a rule set ({parent})."),
              "later_parent": _says("Bộ quy tắc {year} kế thừa một năm sau ({parent}).",
                                    "The {year} rule set extends a later year ({parent})."),
          }),
    _code("CCHC-R014", "error", "Văn bản của đơn vị đã giải thể", "Document of a unit that no longer exists",
          "Văn bản năm {year} thuộc đơn vị \"{unit}\" nhưng đơn vị chỉ hoạt động từ {valid_from} đến {valid_until}.",
          "A {year} document belongs to \"{unit}\", which existed only from {valid_from} to {valid_until}.",
          "Kiểm tra lại thư mục đơn vị hoặc thời gian hiệu lực trong unit.yml.",
          "Check the unit folder or the validity dates in unit.yml.",
          variants={
              "open": _says(   # a unit without an end date, that started after the year
                  "Văn bản năm {year} thuộc đơn vị \"{unit}\" nhưng đơn vị chỉ hoạt động từ {valid_from} đến nay.",
                  "A {year} document belongs to \"{unit}\", which exists only from {valid_from} on."),
          }),
    _code("CCHC-R016", "error", "Bộ quy tắc trỏ tới bộ tiêu chí không có", "Rule set names a missing criteria file",
          "Trường \"{field}\" trỏ tới tệp bộ tiêu chí \"content/rules/{file}\" nhưng không có tệp đó (hoặc tệp "
          "không phải bộ tiêu chí).",
          "\"{field}\" names the criteria file \"content/rules/{file}\", which is not there (or is not a criteria "
          "file).",
          "Kiểm tra tên tệp (phân biệt chữ hoa, chữ thường) trong thư mục content/rules/, hoặc thêm tệp bộ tiêu chí đó.",
          "Check the file name under content/rules/ (case matters), or add that criteria file."),
    _code("CCHC-R015", "error", "Hai văn bản cho cùng một lần nộp", "Two documents for one duty",
          "Đơn vị đã có {kind:file_kind} năm {year} ở tệp {other} (số {other_number}); mỗi đơn vị một văn bản "
          "cho mỗi lần nộp, nên tình hình nộp và trang công khai không biết lấy văn bản nào.",
          "The unit already has a {kind:file_kind} for {year} in {other} (number {other_number}); a unit files "
          "one document per duty, so the status and the public site cannot tell which one counts.",
          "Giữ một văn bản: nếu đây là bản sửa của văn bản kia thì sửa ngay tệp {other} và xóa tệp này; nếu là "
          "báo cáo kỳ khác thì sửa trường ky cho đúng.",
          "Keep one: if this corrects the other, edit {other} and remove this file; if it reports on another "
          "period, correct its ky field.",
          variants={
              "period": _says(   # a kind filed once per reporting period
                  "Đơn vị đã có {kind:file_kind} kỳ {period} năm {year} ở tệp {other} (số {other_number}); mỗi đơn "
                  "vị một văn bản cho mỗi lần nộp, nên tình hình nộp và trang công khai không biết lấy văn bản nào.",
                  "The unit already has a {kind:file_kind} for the period {period} for {year} in {other} (number "
                  "{other_number}); a unit files one document per duty, so the status and the public site cannot "
                  "tell which one counts."),
          }),
    _code("CCHC-R017", "warning", "Văn bản của cơ quan tập thể ký thiếu \"TM.\"",
          "Collective body's document signed without \"TM.\"",
          "Đơn vị \"{unit}\" ({kind}) làm việc theo chế độ tập thể nên văn bản phải ký thay mặt tập thể "
          "({authority}), nhưng tham_quyen của người ký không có dòng \"TM.\".",
          "The unit \"{unit}\" ({kind}) works collectively, so its documents are signed on the body's behalf "
          "({authority}), but the signer's tham_quyen has no \"TM.\" line.",
          "Người đứng đầu ký thì ghi nguoi_ky: {{tham_quyen: [{authority}], chuc_vu: {title}, ho_ten: ...}}; cấp phó "
          "ký thay thì ghi tham_quyen: [{deputy_authority}], chuc_vu: {deputy_title}. Nếu văn bản đã ban hành "
          "thực sự ký như vậy, Sở Nội vụ ghi miễn trừ kèm lý do.",
          "When the head signs, write nguoi_ky: {{tham_quyen: [{authority}], chuc_vu: {title}, ho_ten: ...}}; when a "
          "deputy signs in the head's stead, tham_quyen: [{deputy_authority}], chuc_vu: {deputy_title}. If the "
          "issued document really was signed so, the standing agency records a waiver with the reason.",
          basis="Nghị định 30/2020/NĐ-CP, Điều 13 và Phụ lục I mục II.7",
          variants={
              "deputy": _says(   # a deputy signs (KT. or a "Phó ..." title): the deputy's lines first
                  hint_vi="Cấp phó ký thay người đứng đầu thì ghi nguoi_ky: {{tham_quyen: [{deputy_authority}], "
                          "chuc_vu: {deputy_title}, ho_ten: ...}}; người đứng đầu ký thì ghi tham_quyen: "
                          "[{authority}], chuc_vu: {title}. Nếu văn bản đã ban hành thực sự ký như vậy, Sở Nội vụ "
                          "ghi miễn trừ kèm lý do.",
                  hint_en="When a deputy signs in the head's stead, write nguoi_ky: {{tham_quyen: "
                          "[{deputy_authority}], chuc_vu: {deputy_title}, ho_ten: ...}}; when the head signs, "
                          "tham_quyen: [{authority}], chuc_vu: {title}. If the issued document really was signed "
                          "so, the standing agency records a waiver with the reason."),
          }),
    # --- C: rule sets -------------------------------------------------------------
    _code("CCHC-C001", "error", "Biểu thức ngày không hiểu được", "Unreadable date expression",
          "Trường \"{field}\" có biểu thức ngày \"{value}\" mà chương trình không hiểu.",
          "Field \"{field}\" holds the date expression \"{value}\", which cannot be read.",
          "Viết theo một trong các dạng: \"30/11\", \"30/07 năm trước\", \"ngày 15 tháng cuối kỳ\".",
          "Use one of: \"30/11\", \"30/07 năm trước\", \"ngày 15 tháng cuối kỳ\"."),
    _code("CCHC-C002", "error", "Kỳ chốt số liệu không hợp lý", "Implausible data window",
          "Kỳ báo cáo \"{period}\": kỳ chốt số liệu từ {start} đến {end} không hợp lý.",
          "Period \"{period}\": the data window from {start} to {end} is implausible.",
          "Kiểm tra lại so_lieu_tu, so_lieu_den và hạn của kỳ này so với văn bản hướng dẫn (có thể gõ nhầm năm).",
          "Check so_lieu_tu, so_lieu_den and the deadline against the guidance (a mistyped year?).",
          variants={
              "reversed": _says("Kỳ báo cáo \"{period}\": kỳ chốt số liệu từ {start} đến {end} kết thúc trước khi "
                                "bắt đầu.",
                                "Period \"{period}\": the data window from {start} to {end} ends before it starts."),
              "too_long": _says("Kỳ báo cáo \"{period}\": kỳ chốt số liệu từ {start} đến {end} dài hơn một năm.",
                                "Period \"{period}\": the data window from {start} to {end} is longer than a year."),
              "after_deadline": _says(
                  "Kỳ báo cáo \"{period}\": kỳ chốt số liệu từ {start} đến {end} kết thúc sau ngày cuối cùng gửi báo "
                  "cáo đúng hạn {last}.",
                  "Period \"{period}\": the data window from {start} to {end} ends after the last day a report is on "
                  "time, {last}."),
          }),
    _code("CCHC-C003", "error", "Mức độ phát hiện không hợp lệ", "Invalid severity override",
          "Mục muc_do ghi \"{value}\", một mã không điều chỉnh được mức độ.",
          "muc_do names \"{value}\", a code whose severity cannot be adjusted.",
          "Chỉ điều chỉnh mức độ của các mã thuộc nhóm D, P, B, X (kế hoạch, báo cáo, tham chiếu); các giá trị: loi, canh_bao, thong_tin, tat.",
          "Only codes of groups D, P, B and X can be adjusted; values: loi, canh_bao, thong_tin, tat.",
          variants={
              "unknown_code": _says("Mục muc_do ghi \"{value}\": mã này không có trong danh mục phát hiện.",
                                    "muc_do names \"{value}\": no such code in the catalogue."),
              "not_adjustable": _says(
                  "Mục muc_do ghi \"{value}\": mã này báo tệp không đọc được hoặc sai cấu trúc, không điều chỉnh được.",
                  "muc_do names \"{value}\": this code says a file cannot be read or has the wrong shape; it cannot "
                  "be adjusted."),
          }),
    _code("CCHC-C004", "warning", "Phụ lục bắt buộc chưa có mẫu", "Required annex without a form",
          "Phụ lục bắt buộc \"{value}\" không có trong các mẫu phụ lục (phu_luc) của bộ quy tắc năm {year}.",
          "The required annex \"{value}\" is not among the annex forms (phu_luc) of the {year} rule set.",
          "Kiểm tra lại mã phụ lục (có thể gõ nhầm) hoặc thêm mẫu vào phu_luc; các mẫu hiện có: {allowed}.",
          "Check the code (a typo?) or add its form to phu_luc; known forms: {allowed}."),
    _code("CCHC-C005", "error", "Công thức phụ lục không dùng được", "Unusable annex formula",
          "Công thức \"{value}\" của phụ lục {annex} không dùng được; nếu để vậy, số liệu của phụ lục này không "
          "được kiểm tra theo công thức đó và cột tính ra sẽ bị cộng như một cột số liệu.",
          "The formula \"{value}\" of annex {annex} cannot be used; as it stands the annex's figures are not "
          "checked against it and the computed column would be summed like a column of figures.",
          "Viết dạng \"cot = cot_a + cot_b\" hoặc \"ti_le = cot_a / cot_b * 100\" (chỉ + - * / và ngoặc), "
          "dùng đúng tên các cột trong cot: {columns}.",
          "Write \"col = col_a + col_b\" or \"ratio = col_a / col_b * 100\" (only + - * / and parentheses), "
          "with the column names of cot: {columns}.",
          variants={
              "unreadable": _says(
                  "Công thức \"{value}\" của phụ lục {annex}: không đọc được (chỉ dùng tên cột, số, + - * / và ngoặc, "
                  "một dấu =); nếu để vậy, số liệu của phụ lục này không được kiểm tra theo công thức đó và cột tính "
                  "ra sẽ bị cộng như một cột số liệu.",
                  "The formula \"{value}\" of annex {annex}: cannot be read (only column names, numbers, + - * / and "
                  "parentheses, one =); as it stands the annex's figures are not checked against it and the computed "
                  "column would be summed like a column of figures."),
              "unknown_columns": _says(
                  "Công thức \"{value}\" của phụ lục {annex}: dùng cột không có trong cot: {unknown}; nếu để vậy, số "
                  "liệu của phụ lục này không được kiểm tra theo công thức đó và cột tính ra sẽ bị cộng như một cột số "
                  "liệu.",
                  "The formula \"{value}\" of annex {annex}: names columns that are not in cot: {unknown}; as it "
                  "stands the annex's figures are not checked against it and the computed column would be summed "
                  "like a column of figures."),
          }),
    # --- D: dates of documents ---------------------------------------------------
    _code("CCHC-D001", "error", "Ngày ban hành sau ngày xét", "Issue date after the as-of date",
          "Văn bản ghi ngày ban hành {issued}, sau ngày xét {as_of}.",
          "The document is dated {issued}, after the as-of date {as_of}.",
          "Sửa ngày ban hành cho đúng ngày ký văn bản.",
          "Correct the issue date to the day the document was signed.",
          adjustable=True),
    _code("CCHC-D002", "warning", "Báo cáo ban hành trước khi hết kỳ chốt số liệu", "Report issued before its data window ends",
          "Báo cáo ban hành ngày {issued} nhưng kỳ chốt số liệu đến hết ngày {end}: số liệu từ ngày ban hành đến hết kỳ chưa thể có.",
          "The report is dated {issued} but its data window runs to {end}: figures after the issue date cannot be known yet.",
          "Nếu số liệu đến hết kỳ là số ước tính, ghi \"so_lieu_uoc_tinh: true\" và nói rõ trong báo cáo; nếu không, kiểm tra lại ngày ban hành.",
          "If the figures to the end of the window are estimates, write \"so_lieu_uoc_tinh: true\" and say so in the report; otherwise check the issue date.",
          adjustable=True),
    _code("CCHC-D003", "error", "Ngày nhận trước ngày ban hành", "Received before it was issued",
          "Văn bản ghi ngày nhận {received}, trước ngày ban hành {issued}.",
          "The document records its receipt on {received}, before its issue date {issued}.",
          "Sửa ngay_nhan thành ngày cơ quan nhận thực tế nhận được văn bản (từ ngày ban hành trở đi), hoặc xóa "
          "dòng ngay_nhan nếu chưa có ghi nhận.",
          "Set ngay_nhan to the day the receiving body actually received it (on or after the issue date), or "
          "remove it if no receipt is recorded.",
          adjustable=True),
    # --- N: numbers and symbols of documents ---------------------------------------
    _code("CCHC-N001", "error", "Ký hiệu không đúng loại văn bản", "Symbol does not fit the document kind",
          "Số, ký hiệu \"{value}\" không đúng loại văn bản.",
          "Number and symbol \"{value}\" do not fit the kind of document.",
          "Sửa thành \"{expected}\" (chữ viết tắt tên loại văn bản theo Phụ lục III Nghị định 30/2020/NĐ-CP).",
          "Write \"{expected}\" (the type abbreviation of Annex III, Decree 30/2020/NĐ-CP).",
          basis="Nghị định 30/2020/NĐ-CP, Phụ lục I mục II.3 và Phụ lục III",
          variants={   # vnformat.check_symbol's reasons; {abbr_name} is the Phụ lục III name of {abbr}
              "wrong_type": _says(
                  "Số, ký hiệu \"{value}\": \"{abbr}\" là {abbr_name}, không phải {kind:file_kind} ({type})",
                  "Number and symbol \"{value}\": \"{abbr}\" ({abbr_name}) is not the abbreviation of a "
                  "{kind:file_kind} ({type})"),
              "unknown_type": _says(
                  "Số, ký hiệu \"{value}\": \"{value}\" không có chữ viết tắt loại văn bản; {kind:file_kind} dùng {type}",
                  "Number and symbol \"{value}\": \"{value}\" has no document type; a {kind:file_kind} uses {type}"),
          }),
    _code("CCHC-N002", "warning", "Số, ký hiệu chưa đúng thể thức", "Number and symbol not in the official form",
          "Số, ký hiệu \"{value}\" chưa đúng thể thức.",
          "Number and symbol \"{value}\" are not in the official form.",
          "Ghi theo dạng số/ký hiệu, ví dụ 05/KH-STP: số nhỏ hơn 10 có số 0 phía trước, sau loại văn bản là chữ viết tắt tên cơ quan.",
          "Write number/symbol as in 05/KH-STP: a leading zero below 10, then the type and the issuing body.",
          basis="Nghị định 30/2020/NĐ-CP, Phụ lục I mục II.3",
          variants={   # vnformat.check_symbol's reasons
              "malformed": _says(
                  "Số, ký hiệu \"{value}\": \"{value}\" không đúng dạng số/ký hiệu (ví dụ 117/KH-UBND)",
                  "Number and symbol \"{value}\": \"{value}\" is not number/symbol (e.g. 117/KH-UBND)"),
              "no_body": _says(
                  "Số, ký hiệu \"{value}\": \"{value}\" thiếu chữ viết tắt tên cơ quan ban hành sau dấu \"-\"",
                  "Number and symbol \"{value}\": \"{value}\" lacks the issuing body after \"-\""),
              "padding": _says(
                  "Số, ký hiệu \"{value}\": số dưới 10 phải có số 0 phía trước: {expected}",
                  "Number and symbol \"{value}\": numbers below 10 take a leading zero: {expected}"),
          }),
    # --- P: plans ------------------------------------------------------------------
    _code("CCHC-P001", "error", "Kế hoạch thiếu lĩnh vực cải cách bắt buộc", "Plan misses a mandatory reform area",
          "Kế hoạch không có nhiệm vụ nào thuộc lĩnh vực bắt buộc \"{area}\" ({name}).",
          "The plan has no task in the mandatory reform area \"{area}\" ({name}).",
          "Bổ sung ít nhất một nhiệm vụ có \"linh_vuc: {area}\".",
          "Add at least one task with \"linh_vuc: {area}\".",
          basis="Chương trình tổng thể CCHC nhà nước giai đoạn 2021-2030 (Nghị quyết 76/NQ-CP)",
          adjustable=True),
    _code("CCHC-P002", "error", "Kế hoạch thiếu nhiệm vụ tỉnh giao chủ trì", "Plan lacks a provincial task the unit leads",
          "Kế hoạch CCHC của tỉnh giao đơn vị chủ trì nhiệm vụ {task} (\"{name}\") nhưng kế hoạch của đơn vị không có nhiệm vụ nào ghi \"nhiem_vu_tinh: {task}\".",
          "The provincial plan makes this unit lead task {task} (\"{name}\"), but the unit's plan has no task with \"nhiem_vu_tinh: {task}\".",
          "Thêm một nhiệm vụ cụ thể hóa nhiệm vụ {task} của tỉnh, ghi \"nhiem_vu_tinh: {task}\".",
          "Add a task implementing provincial task {task}, with \"nhiem_vu_tinh: {task}\".",
          basis="Kế hoạch CCHC năm của tỉnh (phần Tổ chức thực hiện)",
          adjustable=True),
    _code("CCHC-P003", "error", "Cơ quan chủ trì không xác định được", "Unknown lead agency",
          "Không nhận ra cơ quan chủ trì \"{value}\" trong danh sách đơn vị của tỉnh.",
          "The lead agency \"{value}\" is not a unit of the province.",
          "Ghi đúng tên đơn vị như trong units/<mã đơn vị>/unit.yml hoặc thêm cách viết này vào ten_khac.",
          "Write the unit's name as in its unit.yml, or add this spelling to its ten_khac.",
          adjustable=True,
          variants={
              "close": _says(   # names of units close to what is written
                  hint_vi="Có phải là: {names}? Ghi đúng tên đơn vị như trong units/<mã đơn vị>/unit.yml hoặc thêm "
                          "cách viết này vào ten_khac.",
                  hint_en="Perhaps: {names}. Write the unit's name as in its unit.yml, or add this spelling to its "
                          "ten_khac."),
          }),
    _code("CCHC-P004", "warning", "Nhiệm vụ không có đúng một cơ quan chủ trì", "Task without exactly one lead",
          "Nhiệm vụ giao cho \"{value}\" chủ trì; mỗi nhiệm vụ chỉ nên do một cơ quan chủ trì, chịu trách nhiệm chính.",
          "The task is led by \"{value}\"; each task should have one lead agency.",
          "Chọn một cơ quan chủ trì, đưa các cơ quan khác vào phoi_hop.",
          "Pick one lead; move the others to phoi_hop.",
          basis="Công văn 6459/BNV-CCHC: xác định rõ cơ quan chủ trì, chịu trách nhiệm chính",
          adjustable=True,
          variants={
              "group": _says(
                  "Nhiệm vụ giao cho \"{value}\" chủ trì: đây là một nhóm cơ quan; mỗi nhiệm vụ chỉ nên do một cơ quan "
                  "chủ trì, chịu trách nhiệm chính.",
                  "The task is led by \"{value}\": this is a group of agencies; each task should have one lead agency."),
              "several": _says(
                  "Nhiệm vụ giao cho \"{value}\" chủ trì: có {count} cơ quan; mỗi nhiệm vụ chỉ nên do một cơ quan chủ "
                  "trì, chịu trách nhiệm chính.",
                  "The task is led by \"{value}\": {count} agencies; each task should have one lead agency."),
          }),
    _code("CCHC-P005", "warning", "Nhiệm vụ thiếu thông tin để kiểm chứng", "Task lacks what makes it verifiable",
          "Nhiệm vụ \"{task}\" chưa ghi {missing:task_field}.",
          "Task \"{task}\" does not state {missing:task_field}.",
          "Bổ sung {missing:task_field} (khóa san_pham, phoi_hop, thoi_gian, kinh_phi). Nếu văn bản đã ban hành không "
          "ghi, giữ nguyên như văn bản (cảnh báo này chỉ để lưu ý).",
          "Add {missing:task_field} (keys san_pham, phoi_hop, thoi_gian, kinh_phi). If the issued document does not "
          "state it, keep it as issued (this is a reminder).",
          basis="Công văn 6459/BNV-CCHC: nhiệm vụ phải cụ thể, rõ kết quả, thời gian, nguồn lực",
          adjustable=True,
          variants={
              "row": _says(   # a row of a task with several products
                  "Nhiệm vụ \"{task}\", dòng {row}: chưa ghi {missing:task_field}.",
                  "Task \"{task}\", row {row}: does not state {missing:task_field}."),
              "column": _says(   # the whole table leaves a column blank: said once, not on every task
                  "Bảng nhiệm vụ để trống {missing:task_field} ở cả {count} dòng.",
                  "The task table leaves {missing:task_field} blank on all {count} rows.",
                  "Nếu văn bản đã ban hành không có cột này, giữ nguyên như văn bản (cảnh báo này chỉ để lưu ý); "
                  "với kế hoạch đang soạn, ghi {missing:task_field} cho từng nhiệm vụ.",
                  "If the issued document has no such column, keep it as issued (this is a reminder); in a plan "
                  "being drafted, state {missing:task_field} for every task."),
          }),
    _code("CCHC-P006", "warning", "Thời gian thực hiện không đọc được", "Unreadable task timeline",
          "Nhiệm vụ \"{task}\" ghi thời gian thực hiện \"{value}\", không đọc được thành mốc thời gian để theo dõi.",
          "Task \"{task}\" has the timeline \"{value}\", which cannot be read as dates to follow up.",
          "Viết theo một trong các dạng: \"Quý I năm {year}\", \"Tháng 6/{year}\", \"Năm {year}\", \"6 tháng đầu năm {year}\", \"Trước ngày 30/6/{year}\", \"Thường xuyên\", \"Hàng năm\", \"Theo hướng dẫn của ...\".",
          "Write one of: \"Quý I năm {year}\", \"Tháng 6/{year}\", \"Năm {year}\", \"6 tháng đầu năm {year}\", \"Trước ngày 30/6/{year}\", \"Thường xuyên\", \"Hàng năm\", \"Theo hướng dẫn của ...\".",
          basis="Công văn 6459/BNV-CCHC: nhiệm vụ phải rõ thời gian hoàn thành",
          adjustable=True),
    _code("CCHC-P007", "warning", "Thời gian thực hiện ngoài năm kế hoạch", "Task timeline outside the plan year",
          "Nhiệm vụ \"{task}\" ghi thời gian \"{value}\" ({start} - {end}), không thuộc năm kế hoạch {year}.",
          "Task \"{task}\" is timed \"{value}\" ({start} - {end}), outside the plan year {year}.",
          "Kiểm tra lại năm trong thời gian thực hiện (có thể chép từ kế hoạch năm trước).",
          "Check the year of the timeline (copied from last year's plan?).",
          adjustable=True),
    _code("CCHC-P008", "warning", "Tên cơ quan bị dấu phẩy tách thành nhiều mục",
          "Agency name cut into several list items by its commas",
          "Nhiệm vụ \"{task}\": trong danh sách {field}, dấu phẩy đã tách tên \"{name}\" thành {count} mục riêng; "
          "văn bản sẽ in các mục này như những cơ quan khác nhau.",
          "Task \"{task}\": the commas of the {field} list cut the name \"{name}\" into {count} separate items; "
          "the document will print them as different agencies.",
          "Trong danh sách viết giữa [ ], mỗi dấu phẩy bắt đầu một mục mới: đặt tên có dấu phẩy trong ngoặc kép, "
          "ví dụ {field}: {fixed}",
          "In a list written between [ ], every comma starts a new item: put a name that has commas in double "
          "quotes, e.g. {field}: {fixed}",
          adjustable=True),
    _code("CCHC-P009", "error", "Nhiệm vụ không có cơ quan chủ trì", "Task without a lead agency",
          "Nhiệm vụ \"{task}\" chưa ghi cơ quan chủ trì (chu_tri).",
          "Task \"{task}\" does not name its lead agency (chu_tri).",
          "Thêm \"chu_tri: <tên cơ quan>\" vào nhiệm vụ; nếu nhiệm vụ có nhiều dòng sản phẩm (dong), ghi chu_tri "
          "một lần ở nhiệm vụ hoặc ở từng dòng.",
          "Add \"chu_tri: <agency>\" to the task; for a task with several product rows (dong), write chu_tri once "
          "on the task or on each row.",
          basis="Công văn 6459/BNV-CCHC: xác định rõ cơ quan chủ trì, chịu trách nhiệm chính",
          adjustable=True,
          variants={
              "row": _says("Nhiệm vụ \"{task}\", dòng {row}: chưa ghi cơ quan chủ trì (chu_tri).",
                           "Task \"{task}\", row {row}: does not name its lead agency (chu_tri)."),
          }),
    # --- B: periodic reports ----------------------------------------------------------
    _code("CCHC-B001", "error", "Báo cáo thiếu mục bắt buộc", "Report lacks a required section",
          "Báo cáo không có mục \"{section}\".",
          "The report has no section \"{section}\".",
          "Thêm một tiêu đề, ví dụ \"# {heading}\", và viết nội dung cho mục này.",
          "Add a heading such as \"# {heading}\" with its text.",
          adjustable=True),
    _code("CCHC-B002", "error", "Mục bắt buộc để trống", "Required section is empty",
          "Mục \"{section}\" chưa có nội dung (hoặc chỉ có chữ giữ chỗ).",
          "The section \"{section}\" has no content (or only placeholder text).",
          "Viết nội dung cụ thể cho mục này; nếu không có gì, ghi rõ \"Không có khó khăn, vướng mắc\" và lý do.",
          "Write the section's content; if there is nothing to say, say so explicitly.",
          adjustable=True),
    _code("CCHC-B003", "error", "Thiếu phụ lục bắt buộc", "Required annex missing",
          "Báo cáo {period} của {kind} phải có phụ lục {annex} ({name}).",
          "A {period} report of a {kind} must include annex {annex} ({name}).",
          "Thêm phụ lục vào danh sách phu_luc với \"ma: {annex}\" và các dòng số liệu.",
          "Add the annex to phu_luc with \"ma: {annex}\" and its rows.",
          adjustable=True),
    _code("CCHC-B004", "error", "Số liệu phụ lục không khớp công thức", "Annex figures break a formula",
          "Phụ lục {annex}, dòng \"{row}\": {column} = {value} nhưng theo công thức \"{formula}\" phải là {expected}.",
          "Annex {annex}, row \"{row}\": {column} is {value} but the formula \"{formula}\" gives {expected}.",
          "Kiểm tra lại các số trong dòng này.",
          "Check the figures of this row.",
          adjustable=True,
          variants={   # an inequality of the form (formulas.Formula.relation): {left} and {right} are its sides
              "at_most": _says(
                  "Phụ lục {annex}, dòng \"{row}\": {left} là {value}, lớn hơn {right} là {expected}, trái với công "
                  "thức \"{formula}\".",
                  "Annex {annex}, row \"{row}\": {left} is {value}, more than {right} ({expected}), against the "
                  "formula \"{formula}\".",
                  "Kiểm tra lại các số trong dòng này: theo mẫu, {left} không được lớn hơn {right}.",
                  "Check the figures of this row: on the form, {left} cannot be more than {right}."),
              "at_least": _says(
                  "Phụ lục {annex}, dòng \"{row}\": {left} là {value}, nhỏ hơn {right} là {expected}, trái với công "
                  "thức \"{formula}\".",
                  "Annex {annex}, row \"{row}\": {left} is {value}, less than {right} ({expected}), against the "
                  "formula \"{formula}\".",
                  "Kiểm tra lại các số trong dòng này: theo mẫu, {left} không được nhỏ hơn {right}.",
                  "Check the figures of this row: on the form, {left} cannot be less than {right}."),
          }),
    _code("CCHC-B005", "error", "Dòng tổng không bằng tổng các dòng", "Total row is not the sum of the rows",
          "Phụ lục {annex}: cột {column} của dòng tổng là {value} nhưng tổng các dòng là {expected}.",
          "Annex {annex}: column {column} of the total row is {value} but the rows add up to {expected}.",
          "Cộng lại các dòng hoặc sửa dòng tổng.",
          "Add up the rows again or correct the total row.",
          adjustable=True),
    _code("CCHC-B006", "error", "Báo cáo tháng không thuộc chế độ báo cáo", "Monthly reports are not part of the regime",
          "Kỳ báo cáo \"{value}\" là báo cáo tháng, nhưng bộ quy tắc năm {year} quy định các đơn vị không gửi báo cáo tháng.",
          "The period \"{value}\" is a monthly report, but the {year} rule set says units send no monthly reports.",
          "Gộp nội dung vào báo cáo quý, 6 tháng hoặc năm; các kỳ có: {allowed}.",
          "Merge it into a quarterly, half-year or annual report; periods: {allowed}.",
          adjustable=True),
    _code("CCHC-B007", "error", "Tiến độ nêu nhiệm vụ không có trong kế hoạch", "Progress names a task not in the plan",
          "Mục tiến độ nêu nhiệm vụ \"{value}\" nhưng kế hoạch {plan} của đơn vị không có nhiệm vụ mã này.",
          "The progress entry names task \"{value}\", which the unit's plan {plan} does not have.",
          "Dùng đúng mã nhiệm vụ (trường ma) trong kế hoạch của đơn vị.",
          "Use a task code (ma) of the unit's plan.",
          adjustable=True),
    _code("CCHC-B008", "error", "Kỳ chốt số liệu khác quy định", "Data window differs from the rule set",
          "Báo cáo {period} ghi {field} là {value}, nhưng bộ quy tắc năm {year} quy định {expected}.",
          "The {period} report has {field} {value}, but the {year} rule set says {expected}.",
          "Sửa {field} thành {expected} (hoặc bỏ trường này: kỳ chốt số liệu lấy theo bộ quy tắc).",
          "Set {field} to {expected}, or drop the field: the window then comes from the rule set.",
          adjustable=True),
    _code("CCHC-B009", "error", "Báo cáo năm chưa cập nhật hết nhiệm vụ", "Annual report leaves tasks without an update",
          "Báo cáo năm chưa nêu kết quả của {count} nhiệm vụ trong kế hoạch {plan}: {tasks}.",
          "The annual report gives no result for {count} task(s) of plan {plan}: {tasks}.",
          "Thêm vào tien_do một mục cho mỗi nhiệm vụ còn thiếu (nhiem_vu, trang_thai, ket_qua).",
          "Add a tien_do entry for each missing task (nhiem_vu, trang_thai, ket_qua).",
          basis="Báo cáo năm đánh giá kết quả thực hiện toàn bộ kế hoạch CCHC năm",
          adjustable=True),
    _code("CCHC-B010", "warning", "Báo cáo chưa gửi đúng nơi nhận", "Report not sent to the body it reports to",
          "Văn bản phải gửi {target} nhưng kinh_gui và noi_nhan không có cơ quan này.",
          "The document must go to {target}, which is neither in kinh_gui nor in noi_nhan.",
          "Thêm \"{target}\" vào kinh_gui (báo cáo gửi cấp trên) hoặc noi_nhan.",
          "Add \"{target}\" to kinh_gui (reports sent upward) or noi_nhan.",
          adjustable=True),
    _code("CCHC-B011", "warning", "Văn bản kính gửi chính đơn vị ban hành", "Document addressed to its own unit",
          "Mục kinh_gui ghi \"{value}\", chính là đơn vị ban hành văn bản.",
          "kinh_gui names \"{value}\", the unit that issues the document.",
          "Ghi cơ quan nhận văn bản (thường là cơ quan cấp trên hoặc UBND tỉnh); có thể tệp được sao chép từ văn bản của đơn vị khác.",
          "Name the body the document goes to (usually the superior body or the provincial People's Committee).",
          adjustable=True),
    # B012-B015: what an annex of a report says is read as its form declares it, or told (checks/reports.py)
    _code("CCHC-B012", "error", "Phụ lục có cột không thuộc mẫu", "Annex row has a column the form does not have",
          "Phụ lục {annex}, dòng \"{row}\": \"{key}\" không phải cột của mẫu phụ lục {annex}; số liệu ghi ở đây "
          "không được đọc và các công thức cần cột đúng không được kiểm tra.",
          "Annex {annex}, row \"{row}\": \"{key}\" is not a column of form {annex}; the figure written here is not "
          "read, and the formulas that need the right column are not checked.",
          "Dùng đúng mã cột của mẫu: {columns}.",
          "Use a column key of the form: {columns}.",
          adjustable=True,
          variants={
              "close": _says(hint_vi="Có phải ý là {close}? Sửa tên khóa thành {close}.",
                             hint_en="Did you mean {close}? Rename the key to {close}."),
              "flow_decimal": _says(
                  "Phụ lục {annex}, dòng \"{row}\": trong cặp ngoặc {{…}} dấu phẩy ngăn cách các cột, nên "
                  "\"{column}: {written}\" được đọc thành {column} = {read} và một khóa thừa \"{key}\".",
                  "Annex {annex}, row \"{row}\": inside {{…}} a comma separates the columns, so \"{column}: "
                  "{written}\" is read as {column} = {read} and a stray key \"{key}\".",
                  "Viết phần thập phân sau dấu chấm: {column}: {fix} (được đọc đúng là {shown}). Không đặt trong "
                  "dấu nháy: \"{written}\" là chữ, không phải số.",
                  "Write the decimals after a point: {column}: {fix} (then read as {shown}, in Vietnamese "
                  "notation). Do not quote it: \"{written}\" is text, not a number."),
              "flow_thousands": _says(
                  "Phụ lục {annex}, dòng \"{row}\": trong cặp ngoặc {{…}} dấu phẩy ngăn cách các cột, nên "
                  "\"{column}: {written}\" được đọc thành {column} = {read} và khóa thừa \"{key}\".",
                  "Annex {annex}, row \"{row}\": inside {{…}} a comma separates the columns, so \"{column}: "
                  "{written}\" is read as {column} = {read} and a stray key \"{key}\".",
                  "Số nguyên viết liền, không có dấu ngăn cách hàng nghìn: {column}: {fix}.",
                  "Write whole numbers without a thousands separator: {column}: {fix}."),
              "flow_comma": _says(
                  "Phụ lục {annex}, dòng \"{row}\": trong cặp ngoặc {{…}} dấu phẩy ngăn cách các cột, nên "
                  "\"{column}: {written}\" được đọc thành {column} = {read} và khóa thừa \"{key}\".",
                  "Annex {annex}, row \"{row}\": inside {{…}} a comma separates the columns, so \"{column}: "
                  "{written}\" is read as {column} = {read} and a stray key \"{key}\".",
                  "Viết số không có dấu phẩy: số nguyên viết liền (2075), số thập phân dùng dấu chấm (97.11).",
                  "Write the number without commas: whole numbers plain (2075), decimals after a point (97.11)."),
              "name_comma": _says(
                  "Phụ lục {annex}: tên dòng \"{row}\" có dấu phẩy nên trong cặp ngoặc {{…}} bị tách; phần sau dấu "
                  "phẩy, \"{key}\", thành một khóa thừa.",
                  "Annex {annex}: the row name \"{row}\" has a comma, so inside {{…}} it is split; what follows the "
                  "comma, \"{key}\", becomes a stray key.",
                  "Đặt tên dòng trong dấu nháy kép: ten: \"{name}\".",
                  "Put the row name in double quotes: ten: \"{name}\"."),
          }),
    _code("CCHC-B013", "error", "Phụ lục có mã không thuộc bộ quy tắc", "Annex code is not a form of the rule set",
          "Phụ lục mã \"{annex}\" không phải mẫu phụ lục nào của bộ quy tắc; các dòng của phụ lục này không được "
          "kiểm tra (cột, cách ghi số, công thức, dòng tổng).",
          "Annex code \"{annex}\" is not a form of the rule set; the rows of this annex are not checked (columns, "
          "how figures are written, formulas, the total row).",
          "Dùng đúng mã mẫu phụ lục của bộ quy tắc: {forms}.",
          "Use the code of a form of the rule set: {forms}.",
          adjustable=True,
          variants={
              "close": _says(hint_vi="Có phải ý là {close} ({name})? Sửa thành \"ma: {close}\".",
                             hint_en="Did you mean {close} ({name})? Write \"ma: {close}\"."),
          }),
    _code("CCHC-B014", "error", "Số liệu phụ lục bị đọc sai cách viết", "Annex figure is not read as written",
          "Phụ lục {annex}, dòng \"{row}\", cột {column}: \"{written}\" không đọc được thành số của cột này.",
          "Annex {annex}, row \"{row}\", column {column}: \"{written}\" cannot be read as a figure of this column.",
          "Số nguyên viết liền (2075), số thập phân dùng dấu chấm (97.11), không đặt trong dấu nháy.",
          "Write whole numbers plain (2075), decimals after a point (97.11), without quotes.",
          adjustable=True,
          variants={   # checks/reports.py _misread: how the figure was written
              "thousands": _says(
                  "Phụ lục {annex}, dòng \"{row}\", cột {column}: {written} được đọc là số thập phân (dấu chấm là "
                  "dấu thập phân: {read}), không phải {meant}; cột này là số nguyên (đếm số lượng).",
                  "Annex {annex}, row \"{row}\", column {column}: {written} is read as a decimal number ({read} in "
                  "Vietnamese notation), not as the whole number it stands for ({meant} in Vietnamese notation); "
                  "this column holds whole numbers.",
                  "Không dùng dấu chấm ngăn cách hàng nghìn: viết {column}: {fix}.",
                  "Write no thousands separator: {column}: {fix}."),
              "thousands_text": _says(
                  "Phụ lục {annex}, dòng \"{row}\", cột {column}: \"{written}\" có dấu ngăn cách hàng nghìn nên được "
                  "đọc là chữ, không phải số {meant}.",
                  "Annex {annex}, row \"{row}\", column {column}: \"{written}\" has thousands separators, so it is "
                  "read as text, not as the number {meant} (Vietnamese notation).",
                  "Số nguyên viết liền, không dấu ngăn cách, không dấu nháy: viết {column}: {fix}.",
                  "Write the whole number plain, without separators or quotes: {column}: {fix}."),
              "decimal_comma": _says(
                  "Phụ lục {annex}, dòng \"{row}\", cột {column}: \"{written}\" được đọc là chữ, không phải số "
                  "{meant}.",
                  "Annex {annex}, row \"{row}\", column {column}: \"{written}\" is read as text, not as the number "
                  "{meant} (Vietnamese notation).",
                  "Số thập phân viết bằng dấu chấm, không có dấu %, không đặt trong dấu nháy: viết {column}: {fix}.",
                  "Write decimals after a point, without % or quotes: {column}: {fix}."),
              "quoted": _says(
                  "Phụ lục {annex}, dòng \"{row}\", cột {column}: \"{written}\" đặt trong dấu nháy nên được đọc là "
                  "chữ, không phải số {meant}.",
                  "Annex {annex}, row \"{row}\", column {column}: \"{written}\" is quoted, so it is read as text, not "
                  "as the number {meant} (Vietnamese notation).",
                  "Bỏ dấu nháy: viết {column}: {fix}.",
                  "Remove the quotes: {column}: {fix}."),
              "leading_zero": _says(
                  "Phụ lục {annex}, dòng \"{row}\", cột {column}: {written} có chữ số 0 ở đầu nên được đọc là chữ, "
                  "không phải số {meant}.",
                  "Annex {annex}, row \"{row}\", column {column}: {written} starts with a 0, so it is read as text, "
                  "not as the number {meant}.",
                  "Bỏ chữ số 0 ở đầu: viết {column}: {fix}.",
                  "Drop the leading zero: {column}: {fix}."),
              "not_integer": _says(
                  "Phụ lục {annex}, dòng \"{row}\", cột {column}: {meant} không phải số nguyên, nhưng cột này đếm "
                  "số lượng (số nguyên).",
                  "Annex {annex}, row \"{row}\", column {column}: {meant} (Vietnamese notation) is not a whole "
                  "number, but this column counts (whole numbers).",
                  "Ghi số nguyên; nếu cột có số thập phân (số tiền...), bộ quy tắc khai báo cột với \"kieu: so\".",
                  "Write a whole number; if the column holds decimals (amounts...), the rule set declares it "
                  "\"kieu: so\"."),
              "not_number": _says(
                  "Phụ lục {annex}, dòng \"{row}\", cột {column}: \"{written}\" không phải số.",
                  "Annex {annex}, row \"{row}\", column {column}: \"{written}\" is not a number.",
                  "Ghi một số; nếu chưa có số liệu thì để trống ô (ô trống là chưa báo cáo, khác với 0).",
                  "Write a number; leave the cell blank when the figure is not known (blank is not reported, "
                  "unlike 0)."),
          }),
    _code("CCHC-B015", "info", "Công thức phụ lục chưa kiểm tra được vì ô trống", "Annex formulas unchecked: blank cells",
          "Phụ lục {annex}: {count} phép kiểm tra (công thức, dòng tổng) chưa thực hiện được vì có ô để trống ở "
          "cột {columns}; ô trống là chưa báo cáo, không được tính là 0.",
          "Annex {annex}: {count} check(s) (formulas, the total row) could not be made because cells are blank in "
          "column(s) {columns}; a blank cell is not reported and never taken as 0.",
          "Điền số liệu vào các ô còn trống khi có (ghi 0 nếu số liệu là 0).",
          "Fill in the blank cells when the figures are known (write 0 where the figure is 0).",
          adjustable=True),
    # B016: the one cell (or two) that explains every formula and total an annex breaks (checks/reports.py,
    # annexmath.diagnose); the identities it explains are not told again as B004, B005
    _code("CCHC-B016", "error", "Ô số liệu phụ lục có thể bị gõ nhầm", "Annex figure probably mistyped",
          "Phụ lục {annex}: có thể ô {column} của dòng \"{row}\" bị gõ nhầm: đang ghi {value}, các ô khác cho "
          "{expected}. Chỉ cần sửa ô này là cả {count} phép kiểm tra đang sai (công thức, dòng tổng) đều khớp.",
          "Annex {annex}: cell {column} of row \"{row}\" is probably mistyped: it says {value}, the other cells "
          "give {expected}. Correcting this cell alone makes all {count} failing checks (formulas, the total "
          "row) hold.",
          "Đối chiếu ô này với số liệu gốc (sổ theo dõi, phần mềm một cửa) rồi sửa; các ô khác khớp với nhau, "
          "không cần sửa.",
          "Check this cell against the source figures (register, one-stop software) and correct it; the other "
          "cells agree with each other and need no change.",
          adjustable=True,
          variants={
              "pair": _says(
                  "Phụ lục {annex}: có thể hai ô bị gõ nhầm: ô {column} của dòng \"{row}\" đang ghi {value}, các ô "
                  "khác cho {expected}; ô {other_column} của dòng \"{other_row}\" đang ghi {other_value}, các ô "
                  "khác cho {other_expected}. Chỉ cần sửa hai ô này là cả {count} phép kiểm tra đang sai (công "
                  "thức, dòng tổng) đều khớp.",
                  "Annex {annex}: two cells are probably mistyped: cell {column} of row \"{row}\" says {value}, the "
                  "other cells give {expected}; cell {other_column} of row \"{other_row}\" says {other_value}, the "
                  "other cells give {other_expected}. Correcting these two cells alone makes all {count} failing "
                  "checks (formulas, the total row) hold.",
                  "Đối chiếu hai ô này với số liệu gốc (sổ theo dõi, phần mềm một cửa) rồi sửa; các ô khác khớp với "
                  "nhau, không cần sửa.",
                  "Check these two cells against the source figures (register, one-stop software) and correct "
                  "them; the other cells agree with each other and need no change."),
          }),
    # --- X: references between documents ------------------------------------------
    _code("CCHC-X001", "error", "Tham chiếu văn bản không khớp", "Reference does not match the document",
          "Trường {field} ghi {value}, nhưng kế hoạch được tham chiếu ({path}) là {actual}.",
          "{field} says {value}, but the plan it refers to ({path}) is {actual}.",
          "Sửa số, ký hiệu và ngày ban hành cho khớp với văn bản được tham chiếu.",
          "Make the number, symbol and date match the referenced document.",
          adjustable=True,
          variants={   # whose plan is referred to (kinds/<kind>.py plan_reference)
              "province": _says("Trường {field} ghi {value}, nhưng kế hoạch CCHC năm {year} của tỉnh ({path}) là "
                                "{actual}.",
                                "{field} says {value}, but the province's {year} plan ({path}) is {actual}."),
              "unit": _says("Trường {field} ghi {value}, nhưng kế hoạch CCHC năm {year} của đơn vị ({path}) là "
                            "{actual}.",
                            "{field} says {value}, but the unit's {year} plan ({path}) is {actual}."),
          }),
    _code("CCHC-X002", "warning", "Tên cơ quan viết sai dấu", "Agency name with wrong diacritics",
          "\"{value}\" không phải tên một cơ quan trong danh sách đơn vị; có phải là \"{name}\"?",
          "\"{value}\" is no agency of the province's list; perhaps \"{name}\"?",
          "Sửa thành \"{name}\" (đúng dấu như tên đơn vị); nếu đây là một cơ quan khác, thêm cách viết này vào "
          "ten_khac của đơn vị đó.",
          "Write \"{name}\" (with the unit's diacritics); if another agency is meant, add this spelling to that "
          "unit's ten_khac.",
          adjustable=True),
    # --- W: waivers ------------------------------------------------------------------
    _code("CCHC-W001", "warning", "Miễn trừ đã hết hạn", "Waiver expired",
          "Miễn trừ {waived} cho {document} hết hạn ngày {expiry}; phát hiện này lại được báo.",
          "The waiver of {waived} for {document} expired on {expiry}; the finding is reported again.",
          "Sửa văn bản cho hết cảnh báo, hoặc xin gia hạn và sửa ngày het_han.",
          "Fix the document, or have the waiver renewed and update het_han."),
    _code("CCHC-W002", "warning", "Miễn trừ không còn tác dụng", "Waiver matches nothing",
          "Miễn trừ {waived} cho {document} không khớp phát hiện nào.",
          "The waiver of {waived} for {document} matches no finding.",
          "Xóa mục miễn trừ này khỏi content/waivers.yml nếu văn bản đã được sửa.",
          "Remove this waiver from content/waivers.yml if the document was fixed."),
    _code("CCHC-W003", "error", "Miễn trừ không hợp lệ", "Invalid waiver",
          "Không thể miễn trừ {waived} cho {document}.",
          "{waived} cannot be waived for {document}.",
          "Chỉ miễn trừ được cảnh báo (không miễn trừ lỗi) của một văn bản có trong kho.",
          "Only warnings (not errors) of a document in the repository can be waived.",
          variants={
              "unknown_code": _says("Không thể miễn trừ {waived} cho {document}: mã này không có trong danh mục "
                                    "phát hiện.",
                                    "{waived} cannot be waived for {document}: no such code in the catalogue."),
              "waiver_code": _says("Không thể miễn trừ {waived} cho {document}: không miễn trừ được phát hiện về "
                                   "chính danh sách miễn trừ.",
                                   "{waived} cannot be waived for {document}: waiver findings cannot be waived."),
              "no_document": _says("Không thể miễn trừ {waived} cho {document}: không có văn bản này trong kho.",
                                   "{waived} cannot be waived for {document}: no such document in the repository."),
              "error": _says("Không thể miễn trừ {waived} cho {document}: đây là lỗi, phải sửa văn bản.",
                             "{waived} cannot be waived for {document}: it is an error; the document must be fixed."),
          }),
    # --- E: the checker itself ----------------------------------------------------
    _code("CCHC-E001", "error", "Lỗi nội bộ khi kiểm tra tệp", "Internal error while checking a file",
          "Chương trình gặp lỗi nội bộ khi kiểm tra tệp này ({error}); các tệp khác vẫn được kiểm tra.",
          "The checker failed on this file ({error}); other files were still checked.",
          "Báo lỗi này cho nhóm phát triển kèm tệp gây lỗi.",
          "Report this to the maintainers with the file."),
    # --- G: printing documents (cchc render) ---------------------------------------
    _code("CCHC-G001", "error", "Bảng quá rộng, không in vừa trang", "Table too wide for the page",
          "Bảng có {columns} cột, cần ít nhất {needed} mm nhưng trang {orientation:orientation} chỉ rộng {available} mm.",
          "The table has {columns} columns and needs at least {needed} mm, but the {orientation:orientation} page "
          "is only {available} mm wide.",
          "Bớt cột, rút gọn tiêu đề cột hoặc tách thành nhiều bảng; từ dài nhất là \"{word}\" (có thể thêm dấu cách).",
          "Drop columns, shorten the headings or split the table; the longest word is \"{word}\" (add spaces).",
          variants={   # which table (layout/fit.py)
              "task_annex": _says(
                  "Phụ lục nhiệm vụ có {columns} cột, cần ít nhất {needed} mm nhưng trang {orientation:orientation} "
                  "chỉ rộng {available} mm.",
                  "The task annex has {columns} columns and needs at least {needed} mm, but the "
                  "{orientation:orientation} page is only {available} mm wide."),
              "progress_annex": _says(
                  "Phụ lục tiến độ có {columns} cột, cần ít nhất {needed} mm nhưng trang {orientation:orientation} "
                  "chỉ rộng {available} mm.",
                  "The progress annex has {columns} columns and needs at least {needed} mm, but the "
                  "{orientation:orientation} page is only {available} mm wide."),
              "annex": _says(
                  "Phụ lục {annex} có {columns} cột, cần ít nhất {needed} mm nhưng trang {orientation:orientation} "
                  "chỉ rộng {available} mm.",
                  "Annex {annex} has {columns} columns and needs at least {needed} mm, but the "
                  "{orientation:orientation} page is only {available} mm wide."),
              "score_annex": _says(
                  "Phụ lục tự chấm điểm có {columns} cột, cần ít nhất {needed} mm nhưng trang "
                  "{orientation:orientation} chỉ rộng {available} mm.",
                  "The score annex has {columns} columns and needs at least {needed} mm, but the "
                  "{orientation:orientation} page is only {available} mm wide."),
              "body_table": _says(
                  "Bảng trong nội dung có {columns} cột, cần ít nhất {needed} mm nhưng trang {orientation:orientation} "
                  "chỉ rộng {available} mm.",
                  "A table in the text has {columns} columns and needs at least {needed} mm, but the "
                  "{orientation:orientation} page is only {available} mm wide."),
          }),
    _code("CCHC-G002", "error", "Thiếu người ký", "Signer missing",
          "Văn bản không in được vì thiếu {missing:signer_field} của người ký (nguoi_ky).",
          "The document cannot be printed: the signer (nguoi_ky) lacks {missing:signer_field}.",
          "Ghi đủ người ký, ví dụ nguoi_ky: {{tham_quyen: [KT. GIÁM ĐỐC], chuc_vu: Phó Giám đốc, ho_ten: ...}}.",
          "Give the signer in full, e.g. nguoi_ky: {{tham_quyen: [KT. GIÁM ĐỐC], chuc_vu: Phó Giám đốc, ho_ten: ...}}."),
    _code("CCHC-G003", "error", "Văn bản còn lỗi nên chưa in được", "Document has errors and cannot be printed",
          "Văn bản chưa đúng mẫu (còn lỗi khi kiểm tra) nên chưa tạo được bản in.",
          "The document does not follow its form (the checks report errors), so it cannot be printed.",
          "Chạy \"cchc check {path}\" và sửa các lỗi trước.",
          "Run \"cchc check {path}\" and fix the errors first."),
    _code("CCHC-G004", "error", "Không tạo được tệp văn bản", "Could not produce the output file",
          "Không tạo được bản {format} của văn bản: {error}.",
          "Could not produce the {format} file: {error}.",
          "Kiểm tra các ký tự lạ và các bảng trong nội dung; nếu vẫn lỗi, báo nhóm phát triển kèm tệp này.",
          "Check unusual characters and tables in the text; if it persists, report it with the file."),
    # --- H: what the public site shows ------------------------------------------------
    _code("CCHC-H001", "error", "Mã HTML trong nội dung văn bản", "Raw HTML in the document body",
          "Nội dung văn bản có thẻ HTML {tag}; trang công khai không hiển thị mã HTML do người soạn viết.",
          "The document body contains the HTML tag {tag}; the public site shows no HTML written by authors.",
          "Xóa thẻ này; định dạng bằng Markdown (**chữ đậm**, *chữ nghiêng*, bảng với dấu |). "
          "Ghi chú cho người soạn đặt trong <!-- ... --> vẫn được phép và không hiện trên trang.",
          "Remove the tag; format with Markdown (**bold**, *italic*, | tables). "
          "Notes for authors inside <!-- ... --> are allowed and never published.",
          variants={
              "dangerous_tag": _says(
                  "Nội dung văn bản có thẻ HTML {tag} (thẻ này có thể chạy mã hoặc thay đổi trang); trang công khai "
                  "không hiển thị mã HTML do người soạn viết.",
                  "The document body contains the HTML tag {tag} (this tag can run code or alter the page); the public "
                  "site shows no HTML written by authors."),
              "event_attribute": _says(
                  "Nội dung văn bản có thẻ HTML {tag} (có thuộc tính sự kiện on...= chạy mã); trang công khai không "
                  "hiển thị mã HTML do người soạn viết.",
                  "The document body contains the HTML tag {tag} (it has an on...= event attribute that runs code); "
                  "the public site shows no HTML written by authors."),
          }),
    _code("CCHC-H002", "error", "Liên kết chạy mã", "Link that runs code",
          "Liên kết trỏ tới địa chỉ \"{scheme}:\"; loại địa chỉ này chạy mã trên máy người xem nên không được phép.",
          "The link points to a \"{scheme}:\" address, which runs code on the reader's machine and is not allowed.",
          "Chỉ liên kết tới trang web (https://...) hoặc tệp trong kho; xóa liên kết này.",
          "Link only to web pages (https://...) or files of the repository; remove this link."),
    _code("CCHC-H003", "error", "Hình ảnh trong nội dung văn bản", "Image in the document body",
          "Nội dung văn bản chèn hình ảnh \"{target}\"; văn bản in ra và trang công khai không lấy tệp hay địa chỉ "
          "nào ngoài văn bản, nên hình này bị bỏ (chỉ còn lời mô tả).",
          "The document body embeds the image \"{target}\"; printed documents and the public site take no file "
          "or address from outside the document, so the image is dropped (its description stays).",
          "Xóa hình; nếu cần số liệu hay sơ đồ, trình bày bằng bảng Markdown (dấu |) hoặc nộp kèm như một phụ lục.",
          "Remove the image; present figures as a Markdown table (| columns) or attach them as an annex."),
    _code("CCHC-H004", "error", "Mã định dạng riêng trong nội dung văn bản", "Raw format code in the document body",
          "Nội dung văn bản có khối mã \"{{={fmt}}}\" dành riêng cho một định dạng in; mã này có thể chèn trường, "
          "tệp hay chữ ẩn vào văn bản in ra nên bị bỏ.",
          "The document body has a \"{{={fmt}}}\" block of raw output-format code; it could put fields, files or "
          "hidden text into the printed document, so it is dropped.",
          "Xóa khối này; viết nội dung bằng Markdown thông thường (đoạn văn, bảng với dấu |, danh sách).",
          "Remove the block; write plain Markdown (paragraphs, | tables, lists)."),
    # -- end of catalogue --
]

CATALOGUE: dict[str, Code] = {c.code: c for c in _CODES}
assert len(CATALOGUE) == len(_CODES), "duplicate code in catalogue"
