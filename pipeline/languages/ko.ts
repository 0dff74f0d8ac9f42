/**
 * Korean interface words (formal polite style, 합쇼체).
 */
import type { InterfaceWords } from './interface-words.ts';

export const ko = {
  name: '한국어',
  direction: 'ltr',
  page: {
    directiveLabels: {
      emergency: '응급 진료를 받으십시오',
      warning: '경고',
      tip: '도움말',
      note: '참고',
      cta: '문의하기',
    },
    emergencyCall: ['즉시 ', '번에 전화하거나 가장 가까운 응급실로 가십시오.'],
    reviewedBy: ['검토자: ', ', 검토일: ', ''],
    sources: '참고 자료',
    accessed: '접속일',
    contents: '이 페이지의 내용',
    notes: '주석',
    backToReference: (index) => `참조 ${index}번으로 돌아가기`,
    phone: '전화',
    address: '주소',
    website: '웹사이트',
    email: '이메일',
    skipLink: '본문으로 건너뛰기',
    library: '환자 자료실',
    libraryIntro: '이해하기 쉬운 안내서입니다. 저희 임상의가 검토했습니다.',
    lastReviewed: '최종 검토일',
    topics: '주제',
    allArticles: '모든 환자 안내서',
    disclaimer: '이 정보는 담당 의사나 치료사의 조언을 대신하지 않습니다.',
    table: (index) => `표 ${index}`,
    taskDone: '완료',
    taskOpen: '미완료',
    otherLanguages: '다른 언어로 보기',
  },
  handout: {
    kind: '환자 안내',
    headerEmergency: (number) => `응급 시 ${number}번에 전화하십시오`,
    pageOf: ['', ' / ', ' 페이지'],
    contactHeading: '궁금한 점이 있으십니까? 연락해 주십시오',
    qrCaption: '코드를 스캔하여 이 페이지를 온라인으로 읽거나 다음 주소로 가십시오:',
    qrAlt: (url) => `QR 코드: 이 안내문을 온라인(${url})에서 엽니다`,
  },
  book: {
    contents: '목차',
    landmarks: '안내',
    noticeTitle: '읽기 전에',
    notice:
      '이 책은 건강 교육 자료입니다. 귀하의 건강 상태를 잘 아는 임상의의 진료를 대신하지 않습니다. 치료를 시작하거나 중단하거나 바꾸기 전에 담당 임상의와 상의하십시오.',
    questions: (clinic, phone) => `궁금한 점은 ${clinic}(${phone})에 전화하십시오.`,
    emergencyCall: ['응급 시 즉시 ', '번에 전화하십시오.'],
    appendixPointer: '모든 장의 응급 증상을 한 페이지에 모았습니다:',
    appendixTitle: '한눈에 보는 응급 증상',
    noEmergencySigns: '이 책에는 응급 증상을 다룬 장이 없습니다.',
    backToChapter: (title) => `‘${title}’ 장에서 자세히 읽기`,
    published: (date) => `발행일: ${date}`,
  },
} satisfies InterfaceWords;
