"""What each authored key means, in Vietnamese: shown by editors when hovering a key."""

FIELD_DOCS = {
    "loai": "Loại văn bản: ke_hoach (kế hoạch), bao_cao (báo cáo định kỳ), tu_danh_gia (tự đánh giá Chỉ số CCHC)",
    "nam": "Năm của kế hoạch, báo cáo (ví dụ 2026)",
    "ky": "Kỳ báo cáo: quy_1, 6_thang, quy_3, 9_thang, nam (theo bộ quy tắc của tỉnh)",
    "so_ky_hieu": "Số, ký hiệu văn bản, ví dụ 03/KH-STP; số nhỏ hơn 10 ghi thêm số 0 phía trước",
    "ngay_ban_hanh": "Ngày ký ban hành, dạng 2026-01-05 hoặc 05/01/2026",
    "ngay_nhan": ("Ngày cơ quan nhận báo cáo (Sở Nội vụ) nhận được văn bản, nếu có ghi nhận; dùng khi hạn tính theo "
                  "ngày nhận (nhan_truoc). Không ghi: tính theo ngày ban hành"),
    "trich_yeu": "Trích yếu nội dung văn bản",
    "can_cu": "Các căn cứ ban hành, mỗi căn cứ một dòng",
    "kinh_gui": "Nơi được kính gửi (báo cáo gửi cấp trên)",
    "nguoi_ky": "Người ký: tham_quyen (TM., KT., Q., TL., TUQ.), chuc_vu, ho_ten",
    "tham_quyen": "Các dòng thẩm quyền ký, ví dụ [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH]",
    "chuc_vu": "Chức vụ",
    "ho_ten": "Họ và tên, không ghi học hàm, học vị",
    "noi_nhan": "Nơi nhận, mỗi nơi một dòng; dòng cuối \"Lưu: VT, ...\" (đặt trong dấu nháy)",
    "ke_hoach_tinh": "Kế hoạch CCHC của tỉnh mà kế hoạch này thực hiện: so_ky_hieu, ngay_ban_hanh",
    "ke_hoach": "Kế hoạch CCHC năm của đơn vị mà báo cáo này báo cáo kết quả: so_ky_hieu, ngay_ban_hanh",
    "nhiem_vu": "Danh sách nhiệm vụ (viết trực tiếp) hoặc tên tệp YAML đặt cạnh văn bản, ví dụ nhiem-vu.yml",
    "ma": "Mã, luôn viết như chữ (đặt trong dấu nháy nếu toàn chữ số)",
    "linh_vuc": "Mã lĩnh vực cải cách: the_che, thu_tuc_hanh_chinh, to_chuc_bo_may, cong_vu, tai_chinh_cong, chinh_phu_so",
    "nhiem_vu_tinh": "Mã nhiệm vụ trong kế hoạch CCHC của tỉnh mà nhiệm vụ này thực hiện",
    "nhom": "Nhóm nhiệm vụ (cột \"Nhiệm vụ\" của phụ lục)",
    "ten": "Tên",
    "san_pham": "Sản phẩm, kết quả đầu ra để kiểm chứng",
    "chu_tri": "Cơ quan chủ trì (một cơ quan)",
    "phoi_hop": "Các cơ quan phối hợp",
    "thoi_gian": "Thời gian thực hiện, ví dụ \"Quý I năm 2026\", \"Năm 2026\", \"Thường xuyên\"",
    "kinh_phi": "Nguồn kinh phí dự kiến, ví dụ \"Kinh phí thường xuyên\"",
    "trong_so": "Trọng số của nhiệm vụ khi tính tiến độ (mặc định 1)",
    "so_lieu_tu": "Ngày bắt đầu kỳ chốt số liệu",
    "so_lieu_den": "Ngày kết thúc kỳ chốt số liệu",
    "tien_do": "Tiến độ từng nhiệm vụ của kế hoạch: nhiem_vu, trang_thai, ti_le, ket_qua",
    "trang_thai": "hoan_thanh, dang_thuc_hien, chua_thuc_hien hoặc khong_thuc_hien",
    "ti_le": "Tỷ lệ phần trăm (0 đến 100)",
    "ket_qua": "Kết quả cụ thể đạt được",
    "phu_luc": "Các phụ lục số liệu: ma (ví dụ 01-S) và dong (các dòng)",
    "dong": "Các dòng của bảng: ten, các cột số liệu theo mẫu; dòng tổng ghi la_tong: true",
    "la_tong": "true nếu đây là dòng tổng cộng",
    "bo_tieu_chi": "Bộ tiêu chí Chỉ số CCHC: so_nganh, xa, co_quan_tw",
    "diem": "Điểm tự chấm từng tiêu chí: ma, tu_cham, tai_lieu_kiem_chung, giai_trinh",
    "tu_cham": "Điểm tự chấm",
    "tai_lieu_kiem_chung": "Tài liệu kiểm chứng (số, ngày, tên văn bản)",
    "giai_trinh": "Giải trình, nhất là khi bị trừ điểm",
    "ma_dinh_danh": "Mã định danh điện tử của cơ quan hoặc mã đơn vị hành chính, đặt trong dấu nháy",
    "ten_ngan": "Tên ngắn dùng trong bảng, danh sách",
    "viet_tat": "Chữ viết tắt dùng trong số ký hiệu văn bản",
    "ten_khac": "Các cách viết khác của tên đơn vị gặp trong văn bản",
    "cap_tren": "Mã đơn vị cấp trên trực tiếp",
    "phu_trach_linh_vuc": "Lĩnh vực cải cách đơn vị theo dõi trên toàn tỉnh",
    "co_quan_chu_quan": "Tên cơ quan chủ quản in ở góc trái văn bản; một dòng, hoặc danh sách các dòng",
    "ten_in": "Tên cơ quan ban hành in ở góc trái văn bản, mỗi phần tử một dòng (bỏ trống: lấy từ ten)",
    "thu_truong": "Thủ trưởng đơn vị: ho_ten, chuc_vu",
    "nguoi_phu_trach": "Người được giao cập nhật văn bản lên kho",
    "hieu_luc_tu": "Ngày đơn vị bắt đầu hoạt động",
    "hieu_luc_den": "Ngày cuối cùng đơn vị hoạt động (nếu đã giải thể, sáp nhập)",
    "sap_nhap_vao": "Mã đơn vị mà đơn vị này được sáp nhập vào",
    "thang_cuoi": "Tháng cuối của kỳ báo cáo (3 cho quý I, 6 cho 6 tháng...)",
    "nhom_co_quan": "Các cách viết chỉ một nhóm cơ quan (\"Các sở, ban, ngành\") và loại đơn vị thuộc nhóm",
    "bao_cao_thang": "false nếu các đơn vị không gửi báo cáo tháng",
    "extends": "Năm của bộ quy tắc được kế thừa",
    "ghi_chu": "Ghi chú",
    "so_lieu_uoc_tinh": "true nếu số liệu từ ngày ban hành đến hết kỳ chốt số liệu là số ước tính",
    "tu_khoa": "Các từ khóa nhận ra nội dung thuộc lĩnh vực khi tổng hợp khó khăn, kiến nghị của các đơn vị",
    "muc_do": "Điều chỉnh mức độ của từng mã phát hiện: loi, canh_bao, thong_tin hoặc tat (tắt)",
    "mien_tru": "Các cảnh báo được miễn trừ: ma, van_ban, ly_do, nguoi_duyet, ngay_duyet, het_han",
    "van_ban": "Đường dẫn văn bản được miễn trừ, ví dụ units/ubnd-tinh/2026/ke-hoach.md",
    "ly_do": "Lý do miễn trừ",
    "nguoi_duyet": "Người duyệt miễn trừ (họ tên, chức vụ)",
    "ngay_duyet": "Ngày duyệt miễn trừ",
    "het_han": "Ngày cuối cùng miễn trừ còn hiệu lực",
    "ten_day_du": "Tên đầy đủ của tỉnh, ví dụ \"tỉnh Hòa Lâm\"",
    "dia_danh": "Địa danh ở dòng ngày tháng của văn bản (\"Hòa Lâm, ngày ... tháng ... năm ...\")",
    "ma_hanh_chinh": "Mã đơn vị hành chính của tỉnh, đặt trong dấu nháy",
    "co_quan_thuong_truc": "Mã đơn vị của cơ quan thường trực cải cách hành chính (Sở Nội vụ)",
    "ubnd_tinh": "Mã đơn vị của UBND tỉnh",
    "trang_web": "Trang công khai: tieu_de, lien_he, dia_chi",
    "tieu_de": "Tiêu đề",
    "lien_he": "Thông tin liên hệ in ở trang công khai",
    "dia_chi": "Địa chỉ",
    "email": "Địa chỉ thư điện tử",
    "dien_thoai": "Số điện thoại, đặt trong dấu nháy",
    "han": "Hạn nộp: ngay và cach_tinh",
    "ngay": "Ngày của hạn: \"30/11\", \"30/07 năm trước\", \"ngày 15 tháng cuối kỳ\"",
    "cach_tinh": "Cách tính hạn: cham_nhat (chậm nhất là ngày đó), truoc_ngay (trước ngày đó), nhan_truoc (Sở Nội vụ nhận được chậm nhất ngày đó)",
    "han_ke_hoach": "Hạn ban hành kế hoạch CCHC năm",
    "han_tu_danh_gia": "Hạn gửi báo cáo tự đánh giá Chỉ số CCHC: mã loại đơn vị → hạn",
    "ky_bao_cao": "Các kỳ báo cáo định kỳ: mã kỳ → ten, thang_cuoi, so_lieu_tu, so_lieu_den, han",
    "loai_don_vi": ("Các loại đơn vị: mã loại → ten, van_ban, bao_cao_cho, tham_dinh_boi, bo_tieu_chi, "
                    "tham_quyen_ky, chuc_vu_ky"),
    "loai_van_ban": "Các loại văn bản: mã → ten và viet_tat (chữ viết tắt trong số ký hiệu: KH, BC)",
    "muc_bao_cao": "Các mục bắt buộc của báo cáo: mã mục → ten và tieu_de (các tiêu đề được chấp nhận)",
    "phu_luc_bat_buoc": "Phụ lục phải kèm báo cáo: loai_don_vi hoặc don_vi, ky (các kỳ), phu_luc (mã các phụ lục)",
    "bao_cao_cho": "Nơi nhận báo cáo của loại đơn vị: cap_tren (đơn vị cấp trên) hoặc mã một đơn vị",
    "tham_dinh_boi": "Nơi thẩm định tự đánh giá Chỉ số CCHC: cap_tren, hoi_dong_tinh hoặc mã một đơn vị",
    "tham_quyen_ky": ("Các dòng thẩm quyền ký trên chức vụ khi người đứng đầu ký văn bản của loại đơn vị này, ví dụ "
                      "[TM. ỦY BAN NHÂN DÂN] (cơ quan làm việc theo chế độ tập thể); bỏ trống: người đứng đầu ký "
                      "(chế độ thủ trưởng). Cấp phó ký thay thêm dòng \"KT. <chức vụ người đứng đầu>\""),
    "chuc_vu_ky": ("Chức vụ người đứng đầu ghi ở chữ ký, ví dụ Chủ tịch; bỏ trống: chức vụ của thủ trưởng ghi trong "
                   "unit.yml (Giám đốc, Chánh Thanh tra...)"),
    "bat_buoc": "true nếu kế hoạch của mọi đơn vị phải có lĩnh vực này",
    "thu_tu": "Thứ tự trình bày",
    "cot": ("Các cột của phụ lục: mã cột → tên cột (cột đếm số lượng, số nguyên), hoặc mã cột → {ten, kieu, "
            "don_vi_tinh, tuy_chon, mac_dinh}"),
    "kieu": ("Loại số liệu của cột: so_nguyen (đếm số lượng: số nguyên, không có dấu chấm ngăn cách hàng nghìn), "
             "so (số bất kỳ, có thể có phần thập phân: số tiền...) hoặc ty_le (tỷ lệ, phần trăm: không cộng ở "
             "dòng tổng). Bỏ trống: so_nguyen, trừ cột là kết quả của một công thức chia (ty_le)"),
    "don_vi_tinh": "Đơn vị tính của cột, ví dụ \"hồ sơ\", \"TTHC\", \"%\"; in sau tên cột nếu tên cột chưa ghi",
    "tuy_chon": ("true nếu đơn vị được bỏ trống cả cột (cột không bắt buộc của mẫu): dòng không ghi cột tùy chọn nào "
                 "của một công thức thì không kiểm tra công thức đó và không báo ô trống. Bỏ trống: cột bắt buộc, ô "
                 "trống là chưa báo cáo, công thức cần đến ô đó chưa kiểm tra được (CCHC-B015)"),
    "mac_dinh": ("Giá trị của ô để trống khi kiểm tra số học, theo mẫu (ví dụ 0: \"không phát sinh thì để trống\"); "
                 "cột có mac_dinh là cột không bắt buộc. Khi in, ô trống vẫn để trống"),
    "cong_thuc": ("Các quan hệ số học giữa các cột: đẳng thức, ví dụ tthc_cong_bo = ban_hanh_moi + sua_doi_bo_sung + "
                  "bai_bo, hoặc bất đẳng thức với <= hay >=, ví dụ tong_da_giai_quyet <= tong_tiep_nhan"),
    "don_vi": "Mã đơn vị (tên thư mục trong units/)",
    "tieu_chi": "Các tiêu chí: ma, ten, diem_toi_da, tu_cham",
    "diem_toi_da": "Điểm tối đa của tiêu chí",
}

# Where one key means different things in different files or places: "<kind>:<path>", the path
# as describe() writes it ("[]" for the items of a list, "<mã>" for the keys a province chooses).
PATH_DOCS = {
    "unit:loai": "Loại đơn vị, theo mục loai_don_vi của bộ quy tắc: so_nganh, ubnd_xa, co_quan_tw, trung_tam_hcc, ubnd_tinh",
    "province:ten": "Tên tỉnh, không có chữ \"tỉnh\" (ví dụ Hòa Lâm)",
    "province:trang_web.tieu_de": "Tiêu đề của trang công khai",
    "rules:ten": "Tên bộ quy tắc",
    "rules:nam": "Năm áp dụng bộ quy tắc",
    "rules:can_cu": "Các văn bản làm căn cứ cho bộ quy tắc, mỗi văn bản một dòng",
    "rules:linh_vuc": "Các lĩnh vực cải cách: mã lĩnh vực → ten, bat_buoc, thu_tu, tu_khoa",
    "rules:phu_luc": "Các mẫu phụ lục số liệu: mã phụ lục (ví dụ 01-S) → ten, cot, cong_thuc",
    "rules:phu_luc.<mã>.cot.<mã>": ("Một cột: tên cột (viết gọn: cột đếm số lượng, số nguyên; là tỷ lệ nếu là kết "
                                    "quả của công thức chia), hoặc {ten: tên cột, kieu: so_nguyen | so | ty_le, "
                                    "don_vi_tinh: \"hồ sơ\", tuy_chon: true, mac_dinh: 0}"),
    "rules:phu_luc.<mã>.cot.<mã>.ten": "Tên cột, in ở đầu cột của bảng phụ lục",
    "rules:bo_tieu_chi": "Các bộ tiêu chí Chỉ số CCHC: mã bộ → tệp trong content/rules/par/",
    "rules:loai_don_vi.<mã>.van_ban": "Các văn bản loại đơn vị này phải nộp: ke_hoach, bao_cao, tu_danh_gia",
    "rules:loai_don_vi.<mã>.bo_tieu_chi": "Mã bộ tiêu chí Chỉ số CCHC loại đơn vị này tự đánh giá",
    "rules:loai_van_ban.<mã>.viet_tat": "Chữ viết tắt tên loại văn bản trong số ký hiệu: KH, BC",
    "rules:ky_bao_cao.<mã>.so_lieu_tu": "Ngày bắt đầu kỳ chốt số liệu, ví dụ \"15/12 năm trước\"",
    "rules:ky_bao_cao.<mã>.so_lieu_den": "Ngày kết thúc kỳ chốt số liệu, ví dụ \"14/03\"",
    "rules:ky_bao_cao.<mã>.loai_don_vi": "Chỉ các loại đơn vị này nộp báo cáo kỳ này (bỏ trống: mọi loại phải nộp báo cáo)",
    "rules:ky_bao_cao.<mã>.don_vi": "Chỉ các đơn vị này nộp báo cáo kỳ này",
    "rules:ky_bao_cao.<mã>.phu_trach_linh_vuc": "true: chỉ các đơn vị theo dõi một lĩnh vực trên toàn tỉnh nộp báo cáo kỳ này",
    "rules:muc_bao_cao.<mã>.tieu_de": "Các tiêu đề được chấp nhận cho mục này trong báo cáo",
    "rules:nhom_co_quan.<mã>.ten": "Các cách viết tên nhóm trong văn bản",
    "rules:nhom_co_quan.<mã>.loai_don_vi": "Các loại đơn vị thuộc nhóm",
    "rules:phu_luc_bat_buoc[].loai_don_vi": "Loại đơn vị phải kèm các phụ lục",
    "rules:phu_luc_bat_buoc[].don_vi": "Hoặc: đơn vị phải kèm các phụ lục",
    "rules:phu_luc_bat_buoc[].ky": "Các kỳ báo cáo phải kèm các phụ lục",
    "rules:phu_luc_bat_buoc[].phu_luc": "Mã các phụ lục phải kèm",
    "criteria:ten": "Tên bộ tiêu chí",
    "criteria:tieu_chi[].tu_cham": "false nếu tiêu chí do tỉnh chấm (đơn vị không tự chấm)",
    "bao_cao:tien_do[].nhiem_vu": "Mã nhiệm vụ trong kế hoạch của đơn vị",
    "ke_hoach:nhiem_vu[].dong": ("Các dòng sản phẩm khi một nhiệm vụ có nhiều sản phẩm, mỗi dòng có san_pham, chu_tri, "
                                 "phoi_hop, thoi_gian, kinh_phi riêng; trường nào dòng không ghi thì lấy của nhiệm vụ "
                                 "(ô gộp của bảng, chỉ ghi một lần)"),
    "ke_hoach:nhiem_vu[].ten": ("Tên nhiệm vụ cụ thể, đúng như văn bản; nếu văn bản tự đánh số (1.1., a)...) thì ghi "
                                "cả số: số được in như đã viết, không đánh số thêm"),
    "ke_hoach:nhiem_vu[].nhom": "Nhóm nhiệm vụ (cột \"Nhiệm vụ\" của phụ lục), ghi cả số của văn bản nếu có (1., 2.)",
    "ke_hoach:phu_luc_nhiem_vu": ("Tiêu đề (tieu_de) và dòng \"Kèm theo...\" (kem_theo) của phụ lục nhiệm vụ, ghi khi "
                                  "văn bản dùng lời khác mẫu mặc định"),
    "ke_hoach:phu_luc_nhiem_vu.tieu_de": "Tiêu đề của phụ lục nhiệm vụ, đúng như văn bản",
    "ke_hoach:phu_luc_nhiem_vu.kem_theo": "Dòng \"(Kèm theo Kế hoạch số ...)\" dưới tiêu đề phụ lục, đúng như văn bản",
    "ke_hoach:phu_luc_nhiem_vu.linh_vuc": ("Đề mục từng lĩnh vực trong bảng, đúng như văn bản (mã lĩnh vực: đề mục), "
                                          "ví dụ the_che: I. Cải cách thể chế; không ghi: đánh số I, II, ... theo "
                                          "bộ quy tắc"),
    "bao_cao:phu_luc[].dong[].ma": "Mã dòng của phụ lục (nếu mẫu có), luôn viết như chữ",
    "bao_cao:phu_luc[].dong[].ghi_chu": "Ghi chú của dòng, in ở cột Ghi chú của bảng phụ lục",
    "bao_cao:phu_luc[].dong[].<mã>": ("Số liệu của một cột theo mẫu phụ lục (mã cột: số). Số nguyên viết liền, không "
                                      "dấu chấm ngăn cách hàng nghìn (2075); số thập phân dùng dấu chấm (97.11); "
                                      "để trống nếu chưa có số liệu (không ghi 0)"),
}


def describe(kind: str, path: str) -> str:
    """The description of the field at ``path`` in files of ``kind`` ("" when none)."""
    if f"{kind}:{path}" in PATH_DOCS:
        return PATH_DOCS[f"{kind}:{path}"]
    return FIELD_DOCS.get(path.rsplit(".", 1)[-1].removesuffix("[]"), "")
