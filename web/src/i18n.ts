// Interface strings in Arabic (the default, right-to-left) and English, and the names of PLOVER types, quad classes,
// stances, sectors and entity types as the dashboard shows them.
import isoCodes from './iso3.json';

/** ISO 3166-1 alpha-3 → alpha-2 (from i18n-iso-countries), for Intl.DisplayNames. */
const ISO3_TO_2: Record<string, string> = isoCodes as Record<string, string>;

/** Every ISO 3166-1 alpha-3 code the dashboard can name. */
export const COUNTRY_CODES: readonly string[] = Object.keys(ISO3_TO_2);

export type Lang = 'ar' | 'en';

const AR = {
  appName: 'راصد',
  tagline: 'الأحداث في الأخبار العربية',
  navOverview: 'نظرة عامة',
  navEvents: 'الأحداث',
  navMap: 'الخريطة',
  navTimeline: 'الخط الزمني',
  navNetwork: 'شبكة الفاعلين',
  navArticles: 'المقالات',
  navStories: 'القصص',
  navAnalyze: 'تحليل نص',
  langToggle: 'English',
  search: 'بحث',
  searchPlaceholder: 'ابحث في المقالات…',
  loading: 'جارٍ التحميل…',
  error: 'تعذّر التحميل',
  none: 'لا شيء',
  noEvents: 'لا أحداث تطابق هذا المرشِّح.',
  noArticles: 'لا مقالات.',
  noStories: 'لا قصص بعد.',
  filters: 'المرشِّحات',
  clearFilters: 'مسح المرشِّحات',
  type: 'النوع',
  quad: 'الفئة',
  actor: 'الفاعل',
  country: 'البلد',
  sector: 'القطاع',
  stance: 'الصيغة',
  outlet: 'المصدر الإعلامي',
  place: 'المكان',
  date: 'التاريخ',
  from: 'من',
  to: 'إلى',
  text: 'نص',
  source: 'الفاعل',
  target: 'المفعول به',
  article: 'المقال',
  articles: 'مقالات',
  events: 'أحداث',
  entities: 'الكيانات',
  quotes: 'الاقتباسات',
  actors: 'الفاعلون',
  outlets: 'المصادر',
  stories: 'القصص',
  dead: 'قتلى',
  injured: 'جرحى',
  quantity: 'العدد',
  published: 'تاريخ النشر',
  total: 'المجموع',
  export: 'تصدير',
  prev: 'السابق',
  next: 'التالي',
  page: 'صفحة',
  of: 'من',
  asSource: 'فاعلًا',
  asTarget: 'مفعولًا به',
  coActors: 'فاعلون مشاركون',
  byType: 'حسب النوع',
  timeline: 'الخط الزمني',
  versions: 'روايات المصادر',
  said: 'قال',
  via: 'عبر',
  direct: 'مباشر',
  reported: 'منقول',
  speaker: 'المتحدث',
  attribution: 'بحسب',
  kbLink: 'صفحة الفاعل',
  wikidata: 'ويكي بيانات',
  unlinked: 'غير مرتبط بقاعدة المعرفة',
  confidence: 'الثقة',
  analyzeTitle: 'حلّل نصًا',
  analyzeHelp: 'الصق نص خبر عربي: تظهر الكيانات والأحداث والاقتباسات فور الكتابة. لا يُخزَّن شيء.',
  analyzeExample: 'مثال',
  analyzing: 'جارٍ التحليل…',
  legend: 'مفتاح الألوان',
  brushHint: 'اسحب على الخط الزمني لاختيار فترة؛ تتبعه بقية العروض.',
  clearRange: 'إلغاء الفترة',
  mapHint: 'انقر على دائرة لعرض أحداث المكان.',
  eventsHere: 'أحداث هذا الموقع',
  networkHint: 'حجم الفاعل بعدد أحداثه؛ الأخضر تعاون والأحمر نزاع. انقر على فاعل لفتح صفحته.',
  cooperation: 'تعاون',
  conflict: 'نزاع',
  story: 'قصة',
  firstSeen: 'أول نشر',
  lastSeen: 'آخر نشر',
  disagree: 'تختلف المصادر',
  statsArticles: 'مقالات',
  statsEvents: 'أحداث',
  statsEntities: 'كيانات',
  statsStories: 'قصص',
  latestArticles: 'أحدث المقالات',
  topActors: 'أبرز الفاعلين',
  openArticle: 'افتح المقال',
  openOriginal: 'المصدر الأصلي',
  notFound: 'غير موجود',
  results: 'نتيجة',
  example: 'مثال توضيحي',
  more: 'المزيد',
  menu: 'القائمة',
  partial: 'الأرقام محسوبة على أحدث {n} حدث من أصل {m}.',
  basemap: 'خريطة الأساس: Natural Earth',
  licences: 'التراخيص',
  api: 'واجهة البرمجة',
};

export type Key = keyof typeof AR;

const EN: Record<Key, string> = {
  appName: 'rasid',
  tagline: 'Events in Arabic news',
  navOverview: 'Overview',
  navEvents: 'Events',
  navMap: 'Map',
  navTimeline: 'Timeline',
  navNetwork: 'Actor network',
  navArticles: 'Articles',
  navStories: 'Stories',
  navAnalyze: 'Analyze',
  langToggle: 'عربي',
  search: 'Search',
  searchPlaceholder: 'Search articles…',
  loading: 'Loading…',
  error: 'Could not load',
  none: 'None',
  noEvents: 'No events match this filter.',
  noArticles: 'No articles.',
  noStories: 'No stories yet.',
  filters: 'Filters',
  clearFilters: 'Clear filters',
  type: 'Type',
  quad: 'Category',
  actor: 'Actor',
  country: 'Country',
  sector: 'Sector',
  stance: 'Stance',
  outlet: 'Outlet',
  place: 'Place',
  date: 'Date',
  from: 'From',
  to: 'To',
  text: 'Text',
  source: 'Source',
  target: 'Target',
  article: 'Article',
  articles: 'articles',
  events: 'events',
  entities: 'Entities',
  quotes: 'Quotes',
  actors: 'Actors',
  outlets: 'Outlets',
  stories: 'Stories',
  dead: 'dead',
  injured: 'injured',
  quantity: 'Count',
  published: 'Published',
  total: 'Total',
  export: 'Export',
  prev: 'Previous',
  next: 'Next',
  page: 'Page',
  of: 'of',
  asSource: 'as source',
  asTarget: 'as target',
  coActors: 'Co-actors',
  byType: 'By type',
  timeline: 'Timeline',
  versions: "Outlets' versions",
  said: 'said',
  via: 'via',
  direct: 'direct',
  reported: 'reported',
  speaker: 'Speaker',
  attribution: 'According to',
  kbLink: 'Actor page',
  wikidata: 'Wikidata',
  unlinked: 'not in the knowledge base',
  confidence: 'Confidence',
  analyzeTitle: 'Analyze a text',
  analyzeHelp: 'Paste Arabic news text: entities, events and quotes appear as you type. Nothing is stored.',
  analyzeExample: 'Example',
  analyzing: 'Analyzing…',
  legend: 'Legend',
  brushHint: 'Drag across the timeline to pick a period; the other views follow.',
  clearRange: 'Clear period',
  mapHint: 'Click a circle to list the events there.',
  eventsHere: 'Events here',
  networkHint: 'Actors sized by their events; green is cooperation, red conflict. Click an actor to open its page.',
  cooperation: 'cooperation',
  conflict: 'conflict',
  story: 'Story',
  firstSeen: 'First published',
  lastSeen: 'Last published',
  disagree: 'Outlets disagree',
  statsArticles: 'articles',
  statsEvents: 'events',
  statsEntities: 'entities',
  statsStories: 'stories',
  latestArticles: 'Latest articles',
  topActors: 'Top actors',
  openArticle: 'Open the article',
  openOriginal: 'Original',
  notFound: 'Not found',
  results: 'results',
  example: 'example',
  more: 'More',
  menu: 'Menu',
  partial: 'Figures computed over the newest {n} of {m} events.',
  basemap: 'Basemap: Natural Earth',
  licences: 'Licences',
  api: 'API',
};

const TYPES_AR: Record<string, string> = {
  AGREE: 'اتفاق', CONSULT: 'تشاور', SUPPORT: 'دعم', CONCEDE: 'تنازل', COOPERATE: 'تعاون', AID: 'مساعدة',
  RETREAT: 'انسحاب', INVESTIGATE: 'تحقيق', DEMAND: 'مطالبة', DISAPPROVE: 'انتقاد', REJECT: 'رفض', THREATEN: 'تهديد',
  PROTEST: 'احتجاج', CRIME: 'جريمة', MOBILIZE: 'تعبئة', COERCE: 'إكراه', ASSAULT: 'اعتداء', FIGHT: 'قتال', SANCTION: 'عقوبات',
};
const QUADS: Record<string, [string, string]> = {
  'verbal-cooperation': ['تعاون لفظي', 'Verbal cooperation'],
  'material-cooperation': ['تعاون مادي', 'Material cooperation'],
  'verbal-conflict': ['نزاع لفظي', 'Verbal conflict'],
  'material-conflict': ['نزاع مادي', 'Material conflict'],
};
const STANCES: Record<string, [string, string]> = {
  asserted: ['مؤكَّد', 'asserted'], negated: ['منفي', 'negated'], planned: ['مُزمَع', 'planned'],
  attempted: ['محاولة', 'attempted'], hypothetical: ['افتراضي', 'hypothetical'],
};
const SECTORS: Record<string, [string, string]> = {
  GOV: ['حكومة', 'government'], MIL: ['جيش', 'military'], COP: ['شرطة', 'police'], SPY: ['استخبارات', 'intelligence'],
  REB: ['متمردون', 'rebels'], INS: ['مسلحون', 'insurgents'], OPP: ['معارضة', 'opposition'], MED: ['إعلام', 'media'],
  CVL: ['مدنيون', 'civilians'], CRM: ['مجرمون', 'criminals'], JUD: ['قضاء', 'judiciary'], IGO: ['منظمة دولية', 'international organisation'],
  NGO: ['منظمة غير حكومية', 'NGO'], BUS: ['أعمال', 'business'], REF: ['لاجئون', 'refugees'],
};
const ENTITY_TYPES: Record<string, [string, string]> = { PER: ['شخص', 'person'], ORG: ['منظمة', 'organisation'], LOC: ['مكان', 'place'] };

/** The current language and the strings of it. */
export class I18n {
  lang: Lang;
  constructor(lang: Lang) {
    this.lang = lang;
  }
  t(key: Key): string {
    return this.lang === 'ar' ? AR[key] : EN[key];
  }
  typeName(type: string): string {
    return this.lang === 'ar' ? (TYPES_AR[type] ?? type) : type.charAt(0) + type.slice(1).toLowerCase();
  }
  quadName(q: string): string {
    const v = QUADS[q];
    return v ? v[this.lang === 'ar' ? 0 : 1] : q;
  }
  stanceName(s: string): string {
    const v = STANCES[s];
    return v ? v[this.lang === 'ar' ? 0 : 1] : s;
  }
  sectorName(s: string): string {
    const v = SECTORS[s];
    return v ? v[this.lang === 'ar' ? 0 : 1] : s;
  }
  entityTypeName(s: string): string {
    const v = ENTITY_TYPES[s];
    return v ? v[this.lang === 'ar' ? 0 : 1] : s;
  }
  /** A country name from its ISO3 code, in the current language (the browser's Intl data), else the code. */
  countryName(iso3: string | null): string {
    if (!iso3) return '—';
    const a2 = ISO3_TO_2[iso3];
    if (!a2) return iso3;
    try {
      return new Intl.DisplayNames([this.lang], { type: 'region' }).of(a2) ?? iso3;
    } catch {
      return iso3;
    }
  }
  num(n: number): string {
    return new Intl.NumberFormat(this.lang === 'ar' ? 'ar-u-nu-latn' : 'en').format(n);
  }
  date(d: string | null): string {
    if (!d) return '—';
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(d);
    if (!m) return d;
    const date = new Date(Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1));
    const opts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric', ...(m[2] ? { month: 'short' } : {}), ...(m[3] ? { day: 'numeric' } : {}) };
    return new Intl.DateTimeFormat(this.lang === 'ar' ? 'ar-u-nu-latn' : 'en-GB', opts).format(date);
  }
}

export const QUAD_COLOURS: Record<string, string> = {
  'verbal-cooperation': '#3b82c4',
  'material-cooperation': '#1a9850',
  'verbal-conflict': '#e08a1e',
  'material-conflict': '#c62828',
};
