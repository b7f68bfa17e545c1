package vn.lamtheobac.demo;

import java.math.BigDecimal;
import java.util.List;
import vn.lamtheobac.initiative.InitiativeCommands.IndicatorInput;
import vn.lamtheobac.initiative.InitiativeField;

/** The models and actions the demo's units and members register: titles, fields, descriptions and indicators. */
final class DemoModels {

    private DemoModels() {}

    /** What a unit or a member registers: the title, field, what they will do and the goals. */
    record Model(String title, InitiativeField field, String description, List<IndicatorInput> indicators) {}

    static final List<Model> COLLECTIVE = List.of(
            model(
                    "Mô hình “Dân vận khéo” trong giải quyết thủ tục hành chính",
                    InitiativeField.ADMINISTRATIVE_REFORM,
                    "Cán bộ, công chức tại Bộ phận một cửa chủ động hướng dẫn, giải quyết hồ sơ đúng và trước hẹn;"
                            + " lắng nghe, tiếp thu ý kiến của người dân; không để xảy ra tình trạng hồ sơ trễ hẹn.",
                    indicator("Hồ sơ được giải quyết đúng và trước hẹn", "98", "%"),
                    indicator("Lượt người dân được hướng dẫn tận tình", "1500", "lượt")),
            model(
                    "Số hóa hồ sơ đảng viên tại chi bộ",
                    InitiativeField.DIGITAL_TRANSFORMATION,
                    "Chi bộ rà soát, số hóa toàn bộ hồ sơ đảng viên; hướng dẫn đảng viên cài đặt và sử dụng ứng dụng"
                            + " Sổ tay đảng viên điện tử trong sinh hoạt chi bộ.",
                    indicator("Hồ sơ đảng viên được số hóa", "120", "hồ sơ"),
                    indicator("Đảng viên sử dụng Sổ tay đảng viên điện tử", "100", "%")),
            model(
                    "Tuyến đường xanh – sạch – đẹp",
                    InitiativeField.ENVIRONMENT,
                    "Vận động nhân dân hiến đất, góp công trồng cây xanh, chỉnh trang hàng rào, lắp đèn chiếu sáng và"
                            + " giữ gìn vệ sinh trên các tuyến đường của khu vực.",
                    indicator("Tuyến đường được trồng cây xanh, chỉnh trang", "3.5", "km"),
                    indicator("Hộ dân ký cam kết giữ gìn vệ sinh", "250", "hộ")),
            model(
                    "Ngày thứ Bảy tình nguyện",
                    InitiativeField.ENVIRONMENT,
                    "Sáng thứ Bảy hằng tuần, đảng viên cùng đoàn viên, hội viên ra quân dọn vệ sinh, khơi thông cống"
                            + " rãnh, phát quang bụi rậm và giúp đỡ gia đình chính sách.",
                    indicator("Buổi ra quân", "24", "buổi"),
                    indicator("Lượt đoàn viên, hội viên tham gia", "600", "lượt")),
            model(
                    "Bữa cơm yêu thương cho bệnh nhân nghèo",
                    InitiativeField.SOCIAL_WELFARE,
                    "Phối hợp với các nhà hảo tâm nấu và phát cơm miễn phí cho bệnh nhân nghèo và người nhà đang điều"
                            + " trị tại bệnh viện vào trưa thứ Hai, thứ Tư, thứ Sáu hằng tuần.",
                    indicator("Suất ăn miễn phí", "5000", "suất ăn"),
                    indicator("Nhà hảo tâm đồng hành", "20", "đơn vị")),
            model(
                    "Camera an ninh khu phố",
                    InitiativeField.SECURITY_ORDER,
                    "Vận động nhân dân đóng góp lắp đặt camera giám sát tại các tuyến hẻm, kết nối với Công an phường"
                            + " để phòng ngừa, phát hiện tội phạm và vi phạm trật tự đô thị.",
                    indicator("Camera được lắp đặt", "40", "camera"),
                    indicator("Tuyến hẻm được giám sát", "12", "tuyến")),
            model(
                    "Tổ tự quản “Khu phố không rác”",
                    InitiativeField.ENVIRONMENT,
                    "Thành lập tổ tự quản, hướng dẫn hộ dân phân loại rác tại nguồn, xóa các điểm tập kết rác tự phát.",
                    indicator("Hộ dân phân loại rác tại nguồn", "300", "hộ"),
                    indicator("Điểm tập kết rác tự phát được xóa bỏ", "8", "điểm")),
            model(
                    "Chợ thanh toán không dùng tiền mặt",
                    InitiativeField.DIGITAL_TRANSFORMATION,
                    "Phối hợp với ngân hàng hướng dẫn tiểu thương mở tài khoản, niêm yết mã QR và nhận thanh toán điện"
                            + " tử.",
                    indicator("Tiểu thương sử dụng mã QR", "150", "tiểu thương"),
                    indicator("Tỷ lệ giao dịch không dùng tiền mặt", "40", "%")),
            model(
                    "Tiết kiệm điện, nước, văn phòng phẩm tại cơ quan",
                    InitiativeField.THRIFT_ANTI_WASTE,
                    "Tắt thiết bị khi không sử dụng, xử lý văn bản trên môi trường mạng, hạn chế in ấn; công khai mức"
                            + " tiêu thụ hằng tháng.",
                    indicator("Mức giảm chi phí điện năng so với năm trước", "10", "%"),
                    indicator("Văn bản được xử lý trên môi trường mạng", "95", "%")),
            model(
                    "Mỗi cán bộ, đảng viên một việc làm theo Bác",
                    InitiativeField.PUBLIC_SERVICE_ETHICS,
                    "Mỗi đảng viên đăng ký ít nhất một việc làm cụ thể gắn với chức trách, nhiệm vụ; chi bộ kiểm tra,"
                            + " đánh giá trong kỳ sinh hoạt hằng tháng.",
                    indicator("Đảng viên đăng ký việc làm cụ thể", "100", "%"),
                    indicator("Việc làm được đánh giá hoàn thành", "90", "%")),
            model(
                    "Hỗ trợ sinh kế cho hộ cận nghèo",
                    InitiativeField.ECONOMIC_DEVELOPMENT,
                    "Đảng viên nhận đỡ đầu hộ cận nghèo; hỗ trợ vốn, cây giống, con giống và hướng dẫn cách làm ăn.",
                    indicator("Hộ được hỗ trợ vốn, cây giống, con giống", "30", "hộ"),
                    indicator("Hộ thoát cận nghèo", "15", "hộ")),
            model(
                    "Vườn rau an toàn của đảng viên",
                    InitiativeField.ECONOMIC_DEVELOPMENT,
                    "Đảng viên đi đầu chuyển đổi sang trồng rau an toàn theo tiêu chuẩn VietGAP, liên kết tiêu thụ với"
                            + " bếp ăn các trường học.",
                    indicator("Diện tích canh tác", "5", "ha"),
                    indicator("Hộ tham gia", "40", "hộ")),
            model(
                    "Mái ấm tình thương cho hộ khó khăn về nhà ở",
                    InitiativeField.SOCIAL_WELFARE,
                    "Vận động cán bộ, đảng viên và doanh nghiệp đóng góp xây mới, sửa chữa nhà cho hộ nghèo, gia đình"
                            + " chính sách.",
                    indicator("Căn nhà được xây mới, sửa chữa", "6", "căn"),
                    indicator("Kinh phí vận động", "300", "triệu đồng")),
            model(
                    "Tủ sách pháp luật và tư tưởng Hồ Chí Minh tại khu dân cư",
                    InitiativeField.OTHER,
                    "Xây dựng tủ sách tại nhà văn hóa khu vực; tổ chức đọc sách, kể chuyện về Bác cho thiếu nhi vào"
                            + " cuối tuần.",
                    indicator("Đầu sách", "500", "cuốn"),
                    indicator("Lượt bạn đọc", "1200", "lượt")),
            model(
                    "Khu phố an toàn về an ninh trật tự và phòng cháy, chữa cháy",
                    InitiativeField.SECURITY_ORDER,
                    "Thành lập tổ liên gia an toàn phòng cháy, chữa cháy; vận động hộ dân trang bị bình chữa cháy và"
                            + " lối thoát nạn thứ hai.",
                    indicator("Tổ liên gia an toàn phòng cháy, chữa cháy", "15", "tổ"),
                    indicator("Bình chữa cháy trang bị tại hộ dân", "200", "bình")),
            model(
                    "Một cửa thân thiện – trả kết quả tại nhà",
                    InitiativeField.ADMINISTRATIVE_REFORM,
                    "Trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích; khảo sát sự hài lòng của"
                            + " người dân sau mỗi giao dịch.",
                    indicator("Hồ sơ trả kết quả qua dịch vụ bưu chính", "800", "hồ sơ"),
                    indicator("Mức độ hài lòng của người dân", "95", "%")),
            model(
                    "Bình dân học vụ số",
                    InitiativeField.DIGITAL_TRANSFORMATION,
                    "Tổ công nghệ số cộng đồng hướng dẫn người dân cài đặt VNeID, sử dụng dịch vụ công trực tuyến và"
                            + " thanh toán điện tử.",
                    indicator("Người dân được hướng dẫn kỹ năng số", "2000", "người"),
                    indicator("Tài khoản định danh điện tử mức 2 được kích hoạt", "1500", "tài khoản")),
            model(
                    "Nụ cười thân thiện, phục vụ tận tình",
                    InitiativeField.PUBLIC_SERVICE_ETHICS,
                    "Thực hiện quy tắc ứng xử “4 xin, 4 luôn”; tiếp nhận, phản hồi ý kiến của người dân qua đường dây"
                            + " nóng và hòm thư góp ý.",
                    indicator("Ý kiến của người dân được phản hồi đúng hạn", "100", "%"),
                    indicator("Tỷ lệ người dân hài lòng", "95", "%")),
            model(
                    "Chợ văn minh, nói không với túi ni-lông",
                    InitiativeField.ENVIRONMENT,
                    "Vận động tiểu thương sử dụng túi giấy, lá chuối; đặt điểm đổi chai nhựa lấy cây xanh tại chợ.",
                    indicator("Tiểu thương cam kết không dùng túi ni-lông", "120", "tiểu thương"),
                    indicator("Túi ni-lông được thay thế", "20000", "túi")));

    static final List<Model> INDIVIDUAL = List.of(
            model(
                    "Hướng dẫn người cao tuổi sử dụng dịch vụ công trực tuyến",
                    InitiativeField.DIGITAL_TRANSFORMATION,
                    "Vào tối thứ Năm hằng tuần, hướng dẫn người cao tuổi trong tổ dân phố nộp hồ sơ trực tuyến và sử"
                            + " dụng ứng dụng VNeID.",
                    indicator("Lượt người được hướng dẫn", "100", "lượt")),
            model(
                    "Mỗi tháng một phần quà cho hộ nghèo trong tổ dân phố",
                    InitiativeField.SOCIAL_WELFARE,
                    "Trích một phần thu nhập hằng tháng mua gạo, nhu yếu phẩm tặng hộ nghèo, người già neo đơn.",
                    indicator("Phần quà được trao", "12", "phần")),
            model(
                    "Gương mẫu phân loại rác tại nguồn và vận động hộ lân cận cùng thực hiện",
                    InitiativeField.ENVIRONMENT,
                    "Gia đình thực hiện phân loại rác; vận động các hộ xung quanh cùng làm, ủ rác hữu cơ làm phân bón.",
                    indicator("Hộ được vận động tham gia", "20", "hộ")),
            model(
                    "Tự học và chia sẻ kỹ năng chuyển đổi số cho đồng nghiệp",
                    InitiativeField.DIGITAL_TRANSFORMATION,
                    "Tự học khai thác phần mềm quản lý văn bản, chữ ký số; tổ chức các buổi chia sẻ cho đồng nghiệp.",
                    indicator("Buổi chia sẻ", "10", "buổi"),
                    indicator("Đồng nghiệp tham gia", "30", "người")));

    /** The collective initiatives' stages, in the order they are generated. */
    private static Model model(String title, InitiativeField field, String description, IndicatorInput... indicators) {
        return new Model(title, field, description, List.of(indicators));
    }

    private static IndicatorInput indicator(String name, String target, String unit) {
        return new IndicatorInput(name, new BigDecimal(target), unit);
    }
}
