/**
 * Vietnamese interface words (polite "quý vị").
 */
import type { InterfaceWords } from './interface-words.ts';

export const vi = {
  name: 'Tiếng Việt',
  direction: 'ltr',
  page: {
    directiveLabels: {
      emergency: 'Hãy đi cấp cứu',
      warning: 'Cảnh báo',
      tip: 'Mẹo',
      note: 'Ghi chú',
      cta: 'Liên hệ với chúng tôi',
    },
    emergencyCall: ['Gọi ', ' hoặc đến phòng cấp cứu gần nhất.'],
    reviewedBy: ['Được duyệt bởi ', ' vào ', '.'],
    sources: 'Nguồn tham khảo',
    accessed: 'truy cập ngày',
    contents: 'Trên trang này',
    notes: 'Ghi chú',
    backToReference: (index) => `Quay lại tham chiếu ${index}`,
    phone: 'Điện thoại',
    address: 'Địa chỉ',
    website: 'Trang web',
    email: 'Email',
    skipLink: 'Chuyển đến nội dung chính',
    library: 'Thư viện cho bệnh nhân',
    libraryIntro: 'Hướng dẫn bằng ngôn ngữ dễ hiểu, do các chuyên viên y tế của chúng tôi duyệt.',
    lastReviewed: 'Lần duyệt gần nhất',
    topics: 'Chủ đề',
    allArticles: 'Tất cả hướng dẫn cho bệnh nhân',
    disclaimer: 'Thông tin này không thay thế lời khuyên của bác sĩ hoặc chuyên viên trị liệu của quý vị.',
    table: (index) => `Bảng ${index}`,
    taskDone: 'Đã xong',
    taskOpen: 'Chưa xong',
    otherLanguages: 'Trang này bằng ngôn ngữ khác',
  },
  handout: {
    kind: 'Thông tin cho bệnh nhân',
    headerEmergency: (number) => `Khi khẩn cấp, hãy gọi ${number}`,
    pageOf: ['Trang ', ' / ', ''],
    contactHeading: 'Có thắc mắc? Hãy liên hệ với chúng tôi',
    qrCaption: 'Quét mã để đọc trang này trên mạng, hoặc truy cập',
    qrAlt: (url) => `Mã QR: mở tài liệu này trên mạng tại ${url}`,
  },
  book: {
    contents: 'Mục lục',
    landmarks: 'Hướng dẫn',
    noticeTitle: 'Trước khi đọc',
    notice:
      'Cuốn sách này là tài liệu giáo dục sức khỏe. Sách không thay thế việc chăm sóc của chuyên viên y tế hiểu rõ sức khỏe của quý vị. Hãy hỏi chuyên viên y tế trước khi bắt đầu, ngưng hoặc thay đổi bất kỳ cách điều trị nào.',
    questions: (clinic, phone) => `Có thắc mắc? Hãy gọi ${clinic} theo số ${phone}.`,
    emergencyCall: ['Khi khẩn cấp, hãy gọi ngay ', '.'],
    appendixPointer: 'Các dấu hiệu cần đi cấp cứu của mọi chương được gom lại trên một trang:',
    appendixTitle: 'Tóm tắt các dấu hiệu cần đi cấp cứu',
    noEmergencySigns: 'Không chương nào trong sách này nêu dấu hiệu cần đi cấp cứu.',
    backToChapter: (title) => `Đọc thêm trong chương “${title}”`,
    published: (date) => `Xuất bản ${date}`,
  },
} satisfies InterfaceWords;
