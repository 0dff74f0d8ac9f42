/**
 * Arabic interface words (Modern Standard Arabic), written right to left.
 */
import type { InterfaceWords } from './interface-words.ts';

const PLURAL = new Intl.PluralRules('ar');

/** The forms of a counted Arabic noun phrase (`#` is the count); Arabic has five. */
interface Counted {
  one: string;
  two: string;
  few: string;
  many: string;
  other: string;
}

/** A counted noun phrase in the form Arabic uses for the count: صفحة واحدة، صفحتان، 3 صفحات، 11 صفحة. */
function counted(count: number, forms: Counted): string {
  const form = PLURAL.select(count);
  return (form === 'zero' ? forms.other : forms[form]).replace('#', String(count));
}

const PAGES: Counted = { one: 'صفحة واحدة', two: 'صفحتان', few: '# صفحات', many: '# صفحة', other: '# صفحة' };

export const ar = {
  name: 'العربية',
  direction: 'rtl',
  page: {
    directiveLabels: {
      emergency: 'اطلب الرعاية الطارئة',
      warning: 'تحذير',
      tip: 'نصيحة',
      note: 'ملاحظة',
      cta: 'تواصل معنا',
    },
    emergencyCall: ['اتصل بالرقم ', ' أو توجّه إلى أقرب قسم طوارئ.'],
    reviewedBy: ['راجعه ', ' بتاريخ ', '.'],
    sources: 'المصادر',
    accessed: 'تاريخ الاطلاع',
    contents: 'في هذه الصفحة',
    notes: 'ملاحظات',
    backToReference: (index) => `العودة إلى المرجع ${index}`,
    phone: 'الهاتف',
    address: 'العنوان',
    website: 'الموقع الإلكتروني',
    email: 'البريد الإلكتروني',
    skipLink: 'انتقل إلى المحتوى الرئيسي',
    library: 'مكتبة المرضى',
    libraryIntro: 'أدلة بلغة بسيطة، راجعها أطباؤنا ومعالجونا.',
    lastReviewed: 'آخر مراجعة',
    topics: 'المواضيع',
    allArticles: 'جميع أدلة المرضى',
    disclaimer: 'لا تغني هذه المعلومات عن نصيحة طبيبك أو معالجك.',
    table: (index) => `جدول ${index}`,
    taskDone: 'تم',
    taskOpen: 'لم يتم',
    siteNav: 'الموقع',
    searchLabel: 'ابحث في مكتبة المرضى',
    searchButton: 'بحث',
    searchHeading: 'البحث',
    searchIntro: 'اكتب كلمة، مثل عَرَض أو جزء من الجسم. تظهر النتائج وأنت تكتب.',
    searchNeedsScript: 'يحتاج البحث إلى JavaScript، وهو متوقف في هذا المتصفح. لا يزال بإمكانك أن تجد كل الأدلة حسب الموضوع أو في قائمة جميع الأدلة.',
    // `other` stands for every count but 1 (2, 3, 11, 100…), so the count follows a colon.
    searchFound: { one: 'وجدنا دليلًا واحدًا عن «{query}».', other: 'عدد الأدلة التي وجدناها عن «{query}»: {count}.' },
    searchNone: 'لم نجد أي دليل عن «{query}». جرّب كلمة أخرى، أو ابحث حسب الموضوع.',
    searchLoading: 'جارٍ البحث…',
    searchFailed: 'البحث غير متاح الآن. ابحث حسب الموضوع أو اطّلع على جميع الأدلة.',
    topicsIntro: 'ابحث عن الأدلة حسب الموضوع.',
    topicIntro: (count) =>
      `${counted(count, { one: 'دليل واحد', two: 'دليلان', few: '# أدلة', many: '# دليلًا', other: '# دليل' })} عن هذا الموضوع.`,
    articleTopics: 'المواضيع',
    related: 'أدلة ذات صلة',
    handout: (pages, kb) => `نشرة للطباعة، ${counted(pages, PAGES)}، PDF، ${kb} كيلوبايت`,
    largeHandout: (pages, kb) => `نشرة بخط كبير، ${counted(pages, PAGES)}، PDF، ${kb} كيلوبايت`,
    notFoundTitle: 'الصفحة غير موجودة',
    notFoundText: 'لم نجد هذه الصفحة، فربما نُقلت إلى مكان آخر. ابحث في المكتبة، أو ابحث حسب الموضوع، أو اطّلع على جميع الأدلة.',
    movedTitle: 'نُقل هذا الدليل إلى عنوان جديد',
    movedText: ['لهذا الدليل عنوان جديد: ', '.'],
    feedTitle: 'أدلة جديدة ومحدّثة',
    otherLanguages: 'هذه الصفحة بلغات أخرى',
  },
  handout: {
    kind: 'معلومات للمرضى',
    headerEmergency: (number) => `في حالة الطوارئ، اتصل بالرقم ${number}`,
    pageOf: ['صفحة ', ' من ', ''],
    contactHeading: 'لديك أسئلة؟ تواصل معنا',
    qrCaption: 'امسح الرمز لقراءة هذه الصفحة على الإنترنت، أو انتقل إلى',
    qrAlt: (url) => `رمز QR: يفتح هذه النشرة على الإنترنت على ${url}`,
    notesHeading: 'ملاحظات من فريق الرعاية',
    blanks: { appointment: 'موعدك القادم:', extension: 'اتصل بنا على الرقم الداخلي', exercises: 'تمارينك:' },
  },
  book: {
    contents: 'المحتويات',
    landmarks: 'دليل',
    noticeTitle: 'قبل أن تقرأ',
    notice: 'هذا الكتاب مادة تثقيفية، ولا يغني عن رعاية مختص يعرف حالتك الصحية. استشر مختصك قبل أن تبدأ أي علاج أو توقفه أو تغيّره.',
    questions: (clinic, phone) => `لديك أسئلة؟ اتصل بنا في ${clinic} على الرقم ${phone}.`,
    emergencyCall: ['في حالة الطوارئ، اتصل فورًا بالرقم ', '.'],
    appendixPointer: 'علامات الطوارئ من جميع الفصول في صفحة واحدة:',
    appendixTitle: 'علامات الطوارئ في لمحة',
    noEmergencySigns: 'لا يذكر أي فصل من هذا الكتاب علامات طوارئ.',
    backToChapter: (title) => `اقرأ المزيد في فصل «${title}»`,
    published: (date) => `نُشر في ${date}`,
  },
} satisfies InterfaceWords;
