// Turkey, Iran, Israel, 2010-2025. Columns: en | name | aliases | family | given | ISO3 | role | role_ar | en_aliases | extra
export default `
## heads of state and government
Recep Tayyip Erdoğan | رجب طيب أردوغان | طيب أردوغان / رجب طيب اردغان |  | رجب طيب | TUR | President of Turkey (2014-), Prime Minister (2003-2014) | الرئيس التركي (منذ 2014)، رئيس الوزراء (2003-2014) | Recep Tayyip Erdogan / Erdogan / Erdoğan | Q39259
Abdullah Gül | عبد الله غول | عبد الله غل / عبدالله جول |  |  | TUR | President of Turkey (2007-2014) | الرئيس التركي (2007-2014) | Abdullah Gul |
Ahmet Davutoğlu | أحمد داود أوغلو | أحمد داوود أوغلو |  |  | TUR | Prime Minister of Turkey (2014-2016), Foreign Minister (2009-2014) | رئيس الوزراء التركي (2014-2016)، وزير الخارجية (2009-2014) | Ahmet Davutoglu / Davutoglu |
Binali Yıldırım | بن علي يلدريم | بن علي يلدرم / بن علي يلديريم / بنعلي يلدريم | يلدريم | بن علي | TUR | Prime Minister of Turkey (2016-2018), Speaker of Parliament (2018-2019) | رئيس الوزراء التركي (2016-2018) | Binali Yildirim |
Fuat Oktay | فؤاد أوقطاي | فؤاد أوكتاي |  |  | TUR | Vice President of Turkey (2018-2023) | نائب الرئيس التركي (2018-2023) |  |
Cevdet Yılmaz | جودت يلماز | جودت يلماظ |  |  | TUR | Vice President of Turkey (2023-) | نائب الرئيس التركي (منذ 2023) | Cevdet Yilmaz |
Ali Khamenei | علي خامنئي | علي الخامنئي / آية الله علي خامنئي / علي حسيني خامنئي / السيد علي خامنئي | خامنئي |  | IRN | Supreme Leader of Iran (1989-) | المرشد الأعلى الإيراني (منذ 1989) | Ayatollah Ali Khamenei / Khamenei |
Mahmoud Ahmadinejad | محمود أحمدي نجاد |  |  |  | IRN | President of Iran (2005-2013) | الرئيس الإيراني (2005-2013) | Ahmadinejad |
Hassan Rouhani | حسن روحاني |  |  |  | IRN | President of Iran (2013-2021) | الرئيس الإيراني (2013-2021) | Hassan Rohani |
Ebrahim Raisi | إبراهيم رئيسي | ابراهيم رئيسي / السيد إبراهيم رئيسي |  |  | IRN | President of Iran (2021-2024), head of the judiciary (2019-2021) | الرئيس الإيراني (2021-2024)، رئيس السلطة القضائية (2019-2021) | Ebrahim Raeisi / Ibrahim Raisi |
Mohammad Mokhber | محمد مخبر |  |  |  | IRN | First Vice President (2021-2024) and acting President of Iran (2024) | النائب الأول للرئيس الإيراني (2021-2024) والرئيس المؤقت (2024) |  |
Masoud Pezeshkian | مسعود بزشكيان | مسعود بيزشكيان |  |  | IRN | President of Iran (2024-) | الرئيس الإيراني (منذ 2024) |  |
Benjamin Netanyahu | بنيامين نتنياهو | بنيامين نتانياهو / بنيامين نتانياهو |  |  | ISR | Prime Minister of Israel (1996-1999, 2009-2021, 2022-) | رئيس الوزراء الإسرائيلي (2009-2021، ومنذ 2022) | Bibi Netanyahu / Netanyahu | Q43723
Naftali Bennett | نفتالي بينيت | نفتالي بينت |  |  | ISR | Prime Minister of Israel (2021-2022), Defence Minister (2019-2020) | رئيس الوزراء الإسرائيلي (2021-2022)، وزير الدفاع (2019-2020) |  |
Yair Lapid | يائير لبيد | يائير لابيد |  |  | ISR | Prime Minister of Israel (2022), Foreign Minister (2021-2022), opposition leader | رئيس الوزراء الإسرائيلي (2022)، وزير الخارجية (2021-2022)، زعيم المعارضة |  |
Shimon Peres | شمعون بيريز | شمعون بيرس |  |  | ISR | President of Israel (2007-2014) | الرئيس الإسرائيلي (2007-2014) |  |
Reuven Rivlin | رؤوفين ريفلين | رؤوبين ريفلين / روبين ريفلين |  |  | ISR | President of Israel (2014-2021) | الرئيس الإسرائيلي (2014-2021) |  |
Isaac Herzog | إسحاق هرتسوغ | يتسحاق هرتسوغ / إسحق هرتسوغ / يتسحاق هرتسوج |  |  | ISR | President of Israel (2021-) | الرئيس الإسرائيلي (منذ 2021) | Yitzhak Herzog |

## foreign and defence ministers
Mevlüt Çavuşoğlu | مولود جاويش أوغلو | مولود تشاووش أوغلو / مولود جاووش أوغلو / مولود تشاويش أوغلو / مولود جاوش أوغلو |  |  | TUR | Foreign Minister of Turkey (2014-2015, 2015-2023) | وزير الخارجية التركي (2014-2023) | Mevlut Cavusoglu |
Feridun Sinirlioğlu | فريدون سينيرلي أوغلو | فريدون سنيرلي أوغلو |  |  | TUR | Foreign Minister of Turkey (2015) | وزير الخارجية التركي (2015) | Feridun Sinirlioglu |
Hakan Fidan | هاكان فيدان |  |  |  | TUR | Foreign Minister of Turkey (2023-), head of the National Intelligence Organisation (MIT) (2010-2023) | وزير الخارجية التركي (منذ 2023)، رئيس جهاز الاستخبارات التركي (2010-2023) |  |
Vecdi Gönül | وجدي غونول | وجدي جونول / وجدي كونول |  |  | TUR | Defence Minister of Turkey (2002-2011, 2015-2016) | وزير الدفاع التركي (2002-2011، 2015-2016) | Vecdi Gonul |
İsmet Yılmaz | عصمت يلماز | عصمت يلماظ |  |  | TUR | Defence Minister of Turkey (2011-2015, 2016) | وزير الدفاع التركي (2011-2016) | Ismet Yilmaz |
Fikri Işık | فكري إشيق | فكري إيشيك / فكري ايشيك |  |  | TUR | Defence Minister of Turkey (2016-2017) | وزير الدفاع التركي (2016-2017) | Fikri Isik |
Nurettin Canikli | نور الدين جانيكلي | نورالدين جانيكلي / نور الدين جانكلي |  |  | TUR | Defence Minister of Turkey (2017-2018) | وزير الدفاع التركي (2017-2018) |  |
Hulusi Akar | خلوصي أكار | خلوصي آكار |  |  | TUR | Defence Minister of Turkey (2018-2023), Chief of the General Staff (2015-2018) | وزير الدفاع التركي (2018-2023)، رئيس الأركان العامة (2015-2018) |  |
Yaşar Güler | يشار غولر | يشار جولر / يشار غولار |  |  | TUR | Defence Minister of Turkey (2023-), Chief of the General Staff (2018-2023) | وزير الدفاع التركي (منذ 2023)، رئيس الأركان العامة (2018-2023) | Yasar Guler |
Manouchehr Mottaki | منوشهر متكي | منوجهر متكي |  |  | IRN | Foreign Minister of Iran (2005-2010) | وزير الخارجية الإيراني (2005-2010) |  |
Ali Akbar Salehi | علي أكبر صالحي |  |  | علي أكبر | IRN | Foreign Minister of Iran (2010-2013), head of the Atomic Energy Organisation (2009-2010, 2013-2021) | وزير الخارجية الإيراني (2010-2013)، رئيس منظمة الطاقة الذرية الإيرانية |  |
Mohammad Javad Zarif | محمد جواد ظريف |  |  | محمد جواد | IRN | Foreign Minister of Iran (2013-2021), Vice President for Strategic Affairs (2024-2025) | وزير الخارجية الإيراني (2013-2021) | Javad Zarif |
Hossein Amir-Abdollahian | حسين أمير عبد اللهيان | حسين أمير عبداللهيان / حسين أميرعبداللهيان | عبد اللهيان |  | IRN | Foreign Minister of Iran (2021-2024) | وزير الخارجية الإيراني (2021-2024) | Hossein Amirabdollahian |
Ali Bagheri Kani | علي باقري كني | علي باقري |  |  | IRN | Acting Foreign Minister of Iran (2024), chief nuclear negotiator | القائم بأعمال وزير الخارجية الإيراني (2024)، كبير المفاوضين النوويين | Ali Bagheri |
Abbas Araghchi | عباس عراقجي | عباس عراقتشي |  |  | IRN | Foreign Minister of Iran (2024-) | وزير الخارجية الإيراني (منذ 2024) | Abbas Araqchi |
Ahmad Vahidi | أحمد وحيدي |  |  |  | IRN | Defence Minister (2009-2013) and Interior Minister (2021-2024) of Iran | وزير الدفاع الإيراني (2009-2013)، وزير الداخلية (2021-2024) |  |
Hossein Dehghan | حسين دهقان |  |  |  | IRN | Defence Minister of Iran (2013-2017) | وزير الدفاع الإيراني (2013-2017) |  |
Amir Hatami | أمير حاتمي |  |  |  | IRN | Defence Minister of Iran (2017-2021) | وزير الدفاع الإيراني (2017-2021) |  |
Mohammad-Reza Gharaei Ashtiani | محمد رضا آشتياني | محمد رضا قرائي آشتياني / محمد رضا أشتياني | آشتياني | محمد رضا | IRN | Defence Minister of Iran (2021-2024) | وزير الدفاع الإيراني (2021-2024) | Mohammad-Reza Ashtiani |
Aziz Nasirzadeh | عزيز نصير زاده | عزيز نصيرزاده |  |  | IRN | Defence Minister of Iran (2024-) | وزير الدفاع الإيراني (منذ 2024) |  |
Avigdor Lieberman | أفيغدور ليبرمان | أفيجدور ليبرمان / افيغدور ليبرمان |  |  | ISR | Foreign Minister of Israel (2009-2012, 2013-2015), Defence Minister (2016-2018) | وزير الخارجية الإسرائيلي (2009-2015)، وزير الدفاع (2016-2018)، زعيم حزب إسرائيل بيتنا | Avigdor Liberman |
Israel Katz | يسرائيل كاتس | يسرائيل كاتز / إسرائيل كاتس / يسرائيل كاتش |  |  | ISR | Defence Minister of Israel (2024-), Foreign Minister (2019-2020, 2024) | وزير الدفاع الإسرائيلي (منذ 2024)، وزير الخارجية (2019-2020، 2024) |  |
Gabi Ashkenazi | غابي أشكنازي | جابي أشكنازي / غابي اشكنازي |  |  | ISR | Foreign Minister of Israel (2020-2021), IDF Chief of Staff (2007-2011) | وزير الخارجية الإسرائيلي (2020-2021)، رئيس أركان الجيش الإسرائيلي (2007-2011) | Gabi Ashkenazi |
Eli Cohen | إيلي كوهين | إيلي كوهين |  |  | ISR | Foreign Minister of Israel (2023-2024) | وزير الخارجية الإسرائيلي (2023-2024) |  | slug=eli-cohen-politician
Gideon Sa'ar | جدعون ساعر | غدعون ساعر / جدعون ساعار |  |  | ISR | Foreign Minister of Israel (2024-) | وزير الخارجية الإسرائيلي (منذ 2024) | Gideon Saar |
Ehud Barak | إيهود باراك | ايهود باراك |  |  | ISR | Defence Minister of Israel (2007-2013), Prime Minister (1999-2001) | وزير الدفاع الإسرائيلي (2007-2013)، رئيس الوزراء (1999-2001) |  |
Moshe Ya'alon | موشيه يعالون | موشي يعلون / موشيه يعلون |  |  | ISR | Defence Minister of Israel (2013-2016) | وزير الدفاع الإسرائيلي (2013-2016) | Moshe Yaalon |
Benny Gantz | بيني غانتس | بيني جانتس / بني غانتس |  |  | ISR | Defence Minister of Israel (2020-2022), IDF Chief of Staff (2011-2015) | وزير الدفاع الإسرائيلي (2020-2022)، رئيس أركان الجيش الإسرائيلي (2011-2015) |  |
Yoav Gallant | يوآف غالانت | يوآف جالانت / يوآف غالنت |  |  | ISR | Defence Minister of Israel (2022-2024) | وزير الدفاع الإسرائيلي (2022-2024) |  |

## intelligence and military chiefs
Emre Taner | أمره تانر | أمرة تانير |  |  | TUR | Head of the National Intelligence Organisation (MIT) (2005-2010) | رئيس جهاز الاستخبارات التركي (2005-2010) |  |
İbrahim Kalın | إبراهيم قالن | إبراهيم كالن / إبراهيم كالين |  |  | TUR | Head of the National Intelligence Organisation (MIT) (2023-), presidential spokesman (2014-2023) | رئيس جهاز الاستخبارات التركي (منذ 2023)، المتحدث باسم الرئاسة التركية (2014-2023) | Ibrahim Kalin |
Qasem Soleimani | قاسم سليماني |  |  |  | IRN | Commander of the IRGC Quds Force (1998-2020) | قائد فيلق القدس في الحرس الثوري الإيراني (1998-2020) | Qassem Soleimani / Qassim Suleimani |
Esmail Qaani | إسماعيل قاآني | إسماعيل قآني / اسماعيل قاآني |  |  | IRN | Commander of the IRGC Quds Force (2020-) | قائد فيلق القدس في الحرس الثوري الإيراني (منذ 2020) | Esmail Ghaani |
Mohammad Ali Jafari | محمد علي جعفري |  |  |  | IRN | Commander-in-chief of the IRGC (2007-2019) | القائد العام للحرس الثوري الإيراني (2007-2019) |  |
Hossein Salami | حسين سلامي |  |  |  | IRN | Commander-in-chief of the IRGC (2019-2025) | القائد العام للحرس الثوري الإيراني (2019-2025) |  |
Mohammad Pakpour | محمد باكبور | محمد باكبور |  |  | IRN | Commander-in-chief of the IRGC (2025-), IRGC ground forces commander (2009-2025) | القائد العام للحرس الثوري الإيراني (منذ 2025) |  |
Mohammad Bagheri | محمد باقري |  |  |  | IRN | Chief of Staff of the Iranian Armed Forces (2016-2025) | رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية (2016-2025) |  |
Abdolrahim Mousavi | عبد الرحيم موسوي |  |  |  | IRN | Chief of Staff of the Iranian Armed Forces (2025-), commander of the Army (2017-2025) | رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية (منذ 2025) |  |
Amir Ali Hajizadeh | أمير علي حاجي زاده | أمير علي حاجيزاده |  | أمير علي | IRN | Commander of the IRGC Aerospace Force (2009-2025) | قائد القوة الجو فضائية في الحرس الثوري الإيراني (2009-2025) |  |
Meir Dagan | مئير داغان | مائير داغان |  |  | ISR | Director of the Mossad (2002-2011) | رئيس جهاز الموساد الإسرائيلي (2002-2011) |  |
Tamir Pardo | تامير باردو |  |  |  | ISR | Director of the Mossad (2011-2016) | رئيس جهاز الموساد الإسرائيلي (2011-2016) |  |
Yossi Cohen | يوسي كوهين |  |  |  | ISR | Director of the Mossad (2016-2021) | رئيس جهاز الموساد الإسرائيلي (2016-2021) |  |
David Barnea | ديفيد برنياع | دافيد برنياع / ديفيد بارنيا |  |  | ISR | Director of the Mossad (2021-) | رئيس جهاز الموساد الإسرائيلي (منذ 2021) |  |
Yuval Diskin | يوفال ديسكين |  |  |  | ISR | Director of the Shin Bet (2005-2011) | رئيس جهاز الأمن العام الإسرائيلي (الشاباك) (2005-2011) |  |
Yoram Cohen | يورام كوهين |  |  |  | ISR | Director of the Shin Bet (2011-2016) | رئيس جهاز الأمن العام الإسرائيلي (الشاباك) (2011-2016) |  |
Nadav Argaman | نداف أرغمان | ناداف أرغمان |  |  | ISR | Director of the Shin Bet (2016-2021) | رئيس جهاز الأمن العام الإسرائيلي (الشاباك) (2016-2021) |  |
Ronen Bar | رونين بار | رونين بار |  |  | ISR | Director of the Shin Bet (2021-2025) | رئيس جهاز الأمن العام الإسرائيلي (الشاباك) (2021-2025) |  |
David Zini | ديفيد زيني | دافيد زيني |  |  | ISR | Director of the Shin Bet (2025-) | رئيس جهاز الأمن العام الإسرائيلي (الشاباك) (منذ 2025) |  |
Amos Yadlin | عاموس يادلين |  |  |  | ISR | Head of Military Intelligence (Aman) (2006-2010) | رئيس شعبة الاستخبارات العسكرية الإسرائيلية (أمان) (2006-2010) |  |
Aviv Kochavi | أفيف كوخافي | أفيف كوخافى |  |  | ISR | IDF Chief of Staff (2019-2023), head of Military Intelligence (2010-2014) | رئيس أركان الجيش الإسرائيلي (2019-2023)، رئيس الاستخبارات العسكرية (2010-2014) |  |
Tamir Hayman | تامير هايمن | تامير هايمان |  |  | ISR | Head of Military Intelligence (Aman) (2018-2021) | رئيس شعبة الاستخبارات العسكرية الإسرائيلية (أمان) (2018-2021) |  |
Aharon Haliva | أهارون حاليفا | أهرون حاليفا |  |  | ISR | Head of Military Intelligence (Aman) (2021-2024) | رئيس شعبة الاستخبارات العسكرية الإسرائيلية (أمان) (2021-2024) |  |
Shlomi Binder | شلومي بيندر | شلومي بندر |  |  | ISR | Head of Military Intelligence (Aman) (2024-) | رئيس شعبة الاستخبارات العسكرية الإسرائيلية (أمان) (منذ 2024) |  |
Gadi Eisenkot | غادي آيزنكوت | جادي آيزنكوت / غادي أيزنكوت / غادي ايزنكوت |  |  | ISR | IDF Chief of Staff (2015-2019) | رئيس أركان الجيش الإسرائيلي (2015-2019) |  |
Herzi Halevi | هرتسي هاليفي | هرتسي هليفي / هيرتسي هاليفي |  |  | ISR | IDF Chief of Staff (2023-2025), head of Military Intelligence (2014-2018) | رئيس أركان الجيش الإسرائيلي (2023-2025) |  |
Eyal Zamir | إيال زامير | ايال زامير |  |  | ISR | IDF Chief of Staff (2025-) | رئيس أركان الجيش الإسرائيلي (منذ 2025) |  |

## advisers, envoys, diplomats and spokespeople
Ömer Çelik | عمر جليك | عمر تشيليك / عمر شليك |  |  | TUR | Spokesman of the AKP (2017-), EU Affairs Minister (2015-2017) | المتحدث باسم حزب العدالة والتنمية التركي | Omer Celik |
Bahram Qassemi | بهرام قاسمي |  |  |  | IRN | Spokesman of the Iranian Foreign Ministry (2016-2019) | المتحدث باسم وزارة الخارجية الإيرانية (2016-2019) | Bahram Ghasemi |
Saeed Khatibzadeh | سعيد خطيب زاده | سعيد خطيبزاده |  |  | IRN | Spokesman of the Iranian Foreign Ministry (2021-2022) | المتحدث باسم وزارة الخارجية الإيرانية (2021-2022) |  |
Nasser Kanaani | ناصر كنعاني |  |  |  | IRN | Spokesman of the Iranian Foreign Ministry (2022-2024) | المتحدث باسم وزارة الخارجية الإيرانية (2022-2024) |  |
Esmaeil Baghaei | إسماعيل بقائي | إسماعيل بقائي هامانه |  |  | IRN | Spokesman of the Iranian Foreign Ministry (2024-) | المتحدث باسم وزارة الخارجية الإيرانية (منذ 2024) |  |
Avichay Adraee | أفيخاي أدرعي | أفيخاي أدرعي |  |  | ISR | Arabic-language spokesman of the Israeli army | المتحدث باسم الجيش الإسرائيلي للإعلام العربي | Avichai Adraee |
Daniel Hagari | دانيال هاغاري | دانييل هاغاري |  |  | ISR | Spokesman of the Israeli army (2023-2025) | المتحدث باسم الجيش الإسرائيلي (2023-2025) |  |
Ron Dermer | رون ديرمر |  |  |  | ISR | Strategic Affairs Minister of Israel (2022-2025), ambassador to the US (2013-2021) | وزير الشؤون الاستراتيجية الإسرائيلي (2022-2025)، السفير لدى واشنطن (2013-2021) |  |
Tzachi Hanegbi | تساحي هنغبي | تساحي هانغبي |  |  | ISR | National Security Adviser of Israel (2023-2025) | رئيس مجلس الأمن القومي الإسرائيلي (2023-2025) |  |
Danny Danon | داني دانون |  |  |  | ISR | Israeli ambassador to the UN (2015-2020, 2024-) | المندوب الإسرائيلي لدى الأمم المتحدة |  |
Gilad Erdan | جلعاد إردان | جلعاد أردان |  |  | ISR | Israeli ambassador to the UN (2020-2024) | المندوب الإسرائيلي لدى الأمم المتحدة (2020-2024) |  |

## politicians and public figures
Fethullah Gülen | فتح الله غولن | فتح الله كولن / فتح الله جولن / فتح الله غولان |  |  | TUR | Turkish preacher, leader of the Gülen movement (died 2024) | الداعية التركي زعيم حركة الخدمة (توفي 2024) | Fethullah Gulen |
Kemal Kılıçdaroğlu | كمال كليتشدار أوغلو | كمال قليجدار أوغلو / كمال كيليتشدار أوغلو / كمال كلجدار أوغلو |  |  | TUR | Leader of the Republican People's Party (CHP) (2010-2023) | زعيم حزب الشعب الجمهوري التركي (2010-2023) | Kemal Kilicdaroglu |
Özgür Özel | أوزغور أوزيل | أوزغور أوزال |  |  | TUR | Leader of the Republican People's Party (CHP) (2023-) | زعيم حزب الشعب الجمهوري التركي (منذ 2023) | Ozgur Ozel |
Ekrem İmamoğlu | أكرم إمام أوغلو | أكرم إمام اوغلو |  |  | TUR | Mayor of Istanbul (2019-2025) | رئيس بلدية إسطنبول (2019-2025) | Ekrem Imamoglu |
Devlet Bahçeli | دولت بهتشلي | دولت باهجلي / دولت بهجلي |  |  | TUR | Leader of the Nationalist Movement Party (MHP) (1997-) | زعيم حزب الحركة القومية التركي | Devlet Bahceli |
Selahattin Demirtaş | صلاح الدين دميرطاش | صلاح الدين دميرتاش |  |  | TUR | Co-leader of the HDP (2014-2018) | الرئيس المشارك لحزب الشعوب الديمقراطي (2014-2018) | Selahattin Demirtas |
Meral Akşener | ميرال أكشنار | ميرال أكشينار |  |  | TUR | Leader of the İYİ Party (2017-2024) | زعيمة الحزب الجيد التركي (2017-2024) | Meral Aksener |
Süleyman Soylu | سليمان صويلو | سليمان سويلو |  |  | TUR | Interior Minister of Turkey (2016-2023) | وزير الداخلية التركي (2016-2023) | Suleyman Soylu |
Ali Yerlikaya | علي يرلي كايا | علي يرليكايا | يرلي كايا |  | TUR | Interior Minister of Turkey (2023-) | وزير الداخلية التركي (منذ 2023) |  | 
Ali Larijani | علي لاريجاني |  |  |  | IRN | Speaker of the Iranian parliament (2008-2020), Secretary of the Supreme National Security Council (2005-2007, 2025-) | رئيس مجلس الشورى الإيراني (2008-2020)، أمين المجلس الأعلى للأمن القومي |  |
Mohammad Bagher Ghalibaf | محمد باقر قاليباف |  |  | محمد باقر | IRN | Speaker of the Iranian parliament (2020-), mayor of Tehran (2005-2017) | رئيس مجلس الشورى الإيراني (منذ 2020) | Mohammad Bagher Qalibaf |
Ali Shamkhani | علي شمخاني |  |  |  | IRN | Secretary of the Supreme National Security Council of Iran (2013-2023) | أمين المجلس الأعلى للأمن القومي الإيراني (2013-2023) |  |
Saeed Jalili | سعيد جليلي |  |  |  | IRN | Secretary of the Supreme National Security Council (2007-2013), chief nuclear negotiator | أمين المجلس الأعلى للأمن القومي الإيراني (2007-2013)، كبير المفاوضين النوويين |  |
Akbar Hashemi Rafsanjani | أكبر هاشمي رفسنجاني | علي أكبر هاشمي رفسنجاني | رفسنجاني | أكبر | IRN | Chairman of the Expediency Council (1989-2017), President of Iran (1989-1997) | رئيس مجمع تشخيص مصلحة النظام (1989-2017)، الرئيس الإيراني الأسبق | Akbar Hashemi Rafsanjani |
Mohammad Khatami | محمد خاتمي |  |  |  | IRN | President of Iran (1997-2005), reformist leader | الرئيس الإيراني الأسبق (1997-2005) |  |
Mir-Hossein Mousavi | مير حسين موسوي | مير حسين الموسوي |  | مير حسين | IRN | Leader of the Green Movement, Prime Minister of Iran (1981-1989) | زعيم الحركة الخضراء الإيرانية المعارضة |  |
Mehdi Karroubi | مهدي كروبي |  |  |  | IRN | Leader of the Green Movement, Speaker of parliament (1989-1992, 2000-2004) | أحد زعماء الحركة الخضراء الإيرانية المعارضة |  |
Ali Akbar Velayati | علي أكبر ولايتي |  |  | علي أكبر | IRN | Adviser on international affairs to the Supreme Leader, Foreign Minister (1981-1997) | مستشار المرشد الإيراني للشؤون الدولية |  |
Mohammad Eslami | محمد إسلامي |  |  |  | IRN | Head of the Atomic Energy Organisation of Iran (2021-) | رئيس منظمة الطاقة الذرية الإيرانية (منذ 2021) |  |
Mojtaba Khamenei | مجتبى خامنئي |  |  |  | IRN | Cleric, son of the Supreme Leader Ali Khamenei | نجل المرشد الإيراني علي خامنئي |  |
Gholam-Hossein Mohseni-Eje'i | غلام حسين محسني إيجئي | غلام حسين محسني إجئي | محسني إيجئي | غلام حسين | IRN | Head of the Iranian judiciary (2021-) | رئيس السلطة القضائية الإيرانية (منذ 2021) | Gholamhossein Mohseni-Ejei |
Mohsen Rezaei | محسن رضائي |  |  |  | IRN | Secretary of the Expediency Council (1997-2021), IRGC commander (1981-1997) | أمين مجمع تشخيص مصلحة النظام (1997-2021)، قائد الحرس الثوري الأسبق |  |
Maryam Rajavi | مريم رجوي |  |  |  | IRN | Leader of the People's Mojahedin / National Council of Resistance of Iran | زعيمة منظمة مجاهدي خلق والمجلس الوطني للمقاومة الإيرانية |  |
Reza Pahlavi | رضا بهلوي |  |  |  | IRN | Exiled crown prince of Iran, opposition figure | ولي عهد إيران السابق المعارض في المنفى |  |
Narges Mohammadi | نرجس محمدي |  |  |  | IRN | Iranian human-rights activist, Nobel Peace laureate (2023) | الناشطة الحقوقية الإيرانية الحائزة على جائزة نوبل للسلام (2023) |  |
Itamar Ben-Gvir | إيتمار بن غفير | إيتمار بن جفير / ايتمار بن غفير | بن غفير |  | ISR | National Security Minister of Israel (2022-2025), leader of Otzma Yehudit | وزير الأمن القومي الإسرائيلي، زعيم حزب القوة اليهودية | Itamar Ben Gvir |
Bezalel Smotrich | بتسلئيل سموتريتش | بتسلئيل سموتريش / بتسلإيل سموتريتش |  |  | ISR | Finance Minister of Israel (2022-), leader of the Religious Zionist Party | وزير المالية الإسرائيلي (منذ 2022)، زعيم حزب الصهيونية الدينية |  |
Tzipi Livni | تسيبي ليفني |  |  |  | ISR | Justice Minister of Israel (2013-2014), opposition leader (2009-2012) | وزيرة العدل الإسرائيلية (2013-2014)، زعيمة المعارضة |  |
Ehud Olmert | إيهود أولمرت | ايهود أولمرت |  |  | ISR | Prime Minister of Israel (2006-2009) | رئيس الوزراء الإسرائيلي الأسبق (2006-2009) |  |
Ayelet Shaked | أييليت شاكيد | أيليت شاكيد / أياليت شاكيد |  |  | ISR | Justice Minister (2015-2019) and Interior Minister (2021-2022) of Israel | وزيرة العدل الإسرائيلية (2015-2019) |  |
Yariv Levin | ياريف ليفين |  |  |  | ISR | Justice Minister of Israel (2022-) | وزير العدل الإسرائيلي (منذ 2022) |  |
Avi Dichter | آفي ديختر | أفي ديختر |  |  | ISR | Agriculture Minister of Israel (2022-), Shin Bet director (2000-2005) | وزير الزراعة الإسرائيلي، رئيس الشاباك الأسبق |  |
Amir Ohana | أمير أوحانا |  |  |  | ISR | Speaker of the Knesset (2022-) | رئيس الكنيست الإسرائيلي (منذ 2022) |  |
Yuli Edelstein | يولي إدلشتاين | يولي أدلشتاين |  |  | ISR | Speaker of the Knesset (2013-2020) | رئيس الكنيست الإسرائيلي (2013-2020) |  |
`;
