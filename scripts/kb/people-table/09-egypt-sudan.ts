// Egypt and Sudan, 2010-2025. Columns: en | name | aliases | family | given | ISO3 | role | role_ar | en_aliases | extra
export default `
## heads of state and government
Hosni Mubarak | حسني مبارك | محمد حسني مبارك / محمد حسني السيد مبارك |  |  | EGY | President of Egypt (1981-2011) (died 2020) | الرئيس المصري الأسبق (1981-2011) | Mohamed Hosni Mubarak |
Mohamed Hussein Tantawi | محمد حسين طنطاوي | المشير محمد حسين طنطاوي / المشير حسين طنطاوي / حسين طنطاوي / المشير طنطاوي |  | محمد حسين | EGY | Chairman of the Supreme Council of the Armed Forces (2011-2012), Defence Minister of Egypt (1991-2012) | رئيس المجلس الأعلى للقوات المسلحة (2011-2012)، وزير الدفاع المصري (1991-2012) | Field Marshal Tantawi |
Mohamed Morsi | محمد مرسي | محمد مرسي العياط / محمد محمد مرسي عيسى العياط |  |  | EGY | President of Egypt (2012-2013) (died 2019) | الرئيس المصري (2012-2013) | Mohammed Morsi |
Adly Mansour | عدلي منصور | المستشار عدلي منصور |  |  | EGY | Interim President of Egypt (2013-2014), President of the Supreme Constitutional Court | الرئيس المصري المؤقت (2013-2014)، رئيس المحكمة الدستورية العليا | Adli Mansour |
Abdel Fattah el-Sisi | عبد الفتاح السيسي | عبد الفتاح سعيد حسين خليل السيسي / المشير عبد الفتاح السيسي |  |  | EGY | President of Egypt (2014-), Defence Minister (2012-2014) | الرئيس المصري (منذ 2014)، وزير الدفاع (2012-2014) | Abdel Fattah al-Sisi / Sisi |
Ahmed Nazif | أحمد نظيف |  |  |  | EGY | Prime Minister of Egypt (2004-2011) | رئيس الوزراء المصري (2004-2011) |  |
Ahmed Shafik | أحمد شفيق | الفريق أحمد شفيق |  |  | EGY | Prime Minister of Egypt (2011), presidential candidate (2012) | رئيس الوزراء المصري (2011)، المرشح الرئاسي (2012) | Ahmed Shafiq |
Essam Sharaf | عصام شرف |  |  |  | EGY | Prime Minister of Egypt (2011) | رئيس الوزراء المصري (2011) |  |
Kamal Ganzouri | كمال الجنزوري |  |  |  | EGY | Prime Minister of Egypt (1996-1999, 2011-2012) | رئيس الوزراء المصري (2011-2012) | Kamal el-Ganzouri |
Hesham Qandil | هشام قنديل |  |  |  | EGY | Prime Minister of Egypt (2012-2013) | رئيس الوزراء المصري (2012-2013) | Hisham Kandil |
Hazem el-Beblawi | حازم الببلاوي |  |  |  | EGY | Prime Minister of Egypt (2013-2014) | رئيس الوزراء المصري (2013-2014) | Hazem Beblawi |
Ibrahim Mahlab | إبراهيم محلب |  |  |  | EGY | Prime Minister of Egypt (2014-2015) | رئيس الوزراء المصري (2014-2015) |  |
Sherif Ismail | شريف إسماعيل |  |  |  | EGY | Prime Minister of Egypt (2015-2018) | رئيس الوزراء المصري (2015-2018) |  |
Mostafa Madbouly | مصطفى مدبولي |  |  |  | EGY | Prime Minister of Egypt (2018-) | رئيس الوزراء المصري (منذ 2018) | Moustafa Madbouly |
Omar al-Bashir | عمر البشير | عمر حسن البشير / عمر حسن أحمد البشير / المشير عمر البشير |  |  | SDN | President of Sudan (1989-2019) | الرئيس السوداني (1989-2019) | Omar Hassan al-Bashir |
Ahmed Awad Ibn Auf | أحمد عوض بن عوف | أحمد عوض ابن عوف / الفريق أول أحمد عوض بن عوف | بن عوف |  | SDN | Head of the Transitional Military Council of Sudan (2019), Defence Minister (2015-2019) | رئيس المجلس العسكري الانتقالي في السودان (2019)، وزير الدفاع (2015-2019) |  |
Abdel Fattah al-Burhan | عبد الفتاح البرهان | عبد الفتاح عبد الرحمن البرهان / الفريق أول عبد الفتاح البرهان |  |  | SDN | Chairman of the Transitional Sovereignty Council of Sudan (2019-), commander of the Sudanese Armed Forces | رئيس مجلس السيادة الانتقالي في السودان (منذ 2019)، القائد العام للجيش السوداني | Abdel Fattah Burhan |
Bakri Hassan Saleh | بكري حسن صالح | الفريق أول بكري حسن صالح |  |  | SDN | First Vice President (2013-2019) and Prime Minister (2017-2018) of Sudan | النائب الأول للرئيس السوداني (2013-2019) ورئيس الوزراء (2017-2018) |  |
Motazz Moussa | معتز موسى |  |  |  | SDN | Prime Minister of Sudan (2018-2019) | رئيس الوزراء السوداني (2018-2019) | Moutaz Mousa |
Mohamed Tahir Ayala | محمد طاهر إيلا | محمد طاهر ايلا |  |  | SDN | Prime Minister of Sudan (2019) | رئيس الوزراء السوداني (2019) | Mohamed Tahir Eila |
Abdalla Hamdok | عبد الله حمدوك |  |  |  | SDN | Prime Minister of Sudan (2019-2022) | رئيس الوزراء السوداني (2019-2022) | Abdallah Hamdok |
Dafallah al-Haj Ali | دفع الله الحاج علي |  |  |  | SDN | Acting Prime Minister of Sudan (2025) | رئيس الوزراء السوداني المكلف (2025) |  |
Kamil Idris | كامل إدريس | كامل الطيب إدريس |  |  | SDN | Prime Minister of Sudan (2025-) | رئيس الوزراء السوداني (منذ 2025) | Kamil Eltayeb Idris |
Ali Osman Taha | علي عثمان محمد طه | علي عثمان طه |  |  | SDN | First Vice President of Sudan (1998-2005, 2011-2013) | النائب الأول للرئيس السوداني (2011-2013) |  |
Salva Kiir | سلفا كير | سلفا كير ميارديت / سلفاكير ميارديت / سلفاكير |  |  | SSD | President of South Sudan (2011-) | رئيس جنوب السودان (منذ 2011) | Salva Kiir Mayardit |
Riek Machar | رياك مشار | رياك مشار تيني |  |  | SSD | First Vice President of South Sudan, leader of the SPLM-IO | النائب الأول لرئيس جنوب السودان، زعيم الحركة الشعبية في المعارضة |  |

## foreign and defence ministers
Ahmed Aboul Gheit | أحمد أبو الغيط |  |  |  | EGY | Secretary-General of the Arab League (2016-), Foreign Minister of Egypt (2004-2011) | الأمين العام لجامعة الدول العربية (منذ 2016)، وزير الخارجية المصري (2004-2011) | Ahmed Aboul-Gheit |
Nabil Elaraby | نبيل العربي |  |  |  | EGY | Secretary-General of the Arab League (2011-2016), Foreign Minister of Egypt (2011) | الأمين العام لجامعة الدول العربية (2011-2016)، وزير الخارجية المصري (2011) | Nabil el-Araby |
Mohamed Orabi | محمد العرابي |  |  |  | EGY | Foreign Minister of Egypt (2011) | وزير الخارجية المصري (2011) | Mohamed al-Orabi |
Mohamed Kamel Amr | محمد كامل عمرو |  |  |  | EGY | Foreign Minister of Egypt (2011-2013) | وزير الخارجية المصري (2011-2013) |  |
Nabil Fahmy | نبيل فهمي |  |  |  | EGY | Foreign Minister of Egypt (2013-2014) | وزير الخارجية المصري (2013-2014) |  |
Sameh Shoukry | سامح شكري |  |  |  | EGY | Foreign Minister of Egypt (2014-2024) | وزير الخارجية المصري (2014-2024) | Sameh Shokry |
Badr Abdelatty | بدر عبد العاطي |  |  |  | EGY | Foreign Minister of Egypt (2024-) | وزير الخارجية المصري (منذ 2024) | Badr Abdel Aty |
Sedki Sobhi | صدقي صبحي | الفريق أول صدقي صبحي |  |  | EGY | Defence Minister of Egypt (2014-2018) | وزير الدفاع المصري (2014-2018) | Sedky Sobhy |
Mohamed Ahmed Zaki | محمد أحمد زكي | |  |  | EGY | Defence Minister of Egypt (2018-2024) | وزير الدفاع المصري (2018-2024) | Mohamed Zaki |
Abdel Mageed Saqr | عبد المجيد صقر | الفريق أول عبد المجيد صقر |  |  | EGY | Defence Minister of Egypt (2024-) | وزير الدفاع المصري (منذ 2024) | Abdelmeguid Saqr |
Abdel Rahim Mohammed Hussein | عبد الرحيم محمد حسين |  |  |  | SDN | Defence Minister of Sudan (2005-2015) | وزير الدفاع السوداني (2005-2015) |  |
Ali Karti | علي كرتي | علي أحمد كرتي |  |  | SDN | Foreign Minister of Sudan (2010-2015) | وزير الخارجية السوداني (2010-2015) |  |
Ibrahim Ghandour | إبراهيم غندور |  |  |  | SDN | Foreign Minister of Sudan (2015-2018) | وزير الخارجية السوداني (2015-2018) |  |
Asma Mohamed Abdalla | أسماء محمد عبد الله |  | - |  | SDN | Foreign Minister of Sudan (2019-2020) | وزيرة الخارجية السودانية (2019-2020) |  | 
Mariam al-Sadiq al-Mahdi | مريم الصادق المهدي | مريم المهدي |  |  | SDN | Foreign Minister of Sudan (2021) | وزيرة الخارجية السودانية (2021) |  |

## intelligence and military chiefs
Omar Suleiman | عمر سليمان | اللواء عمر سليمان |  |  | EGY | Vice President of Egypt (2011), head of General Intelligence (1993-2011) (died 2012) | نائب الرئيس المصري (2011)، رئيس المخابرات العامة (1993-2011) |  |
Abbas Kamel | عباس كامل | اللواء عباس كامل |  |  | EGY | Head of Egyptian General Intelligence (2018-2024) | رئيس المخابرات العامة المصرية (2018-2024) |  |
Hassan Rashad | حسن رشاد | اللواء حسن رشاد |  |  | EGY | Head of Egyptian General Intelligence (2024-) | رئيس المخابرات العامة المصرية (منذ 2024) |  |
Sami Anan | سامي عنان | الفريق سامي عنان |  |  | EGY | Chief of Staff of the Egyptian Armed Forces (2005-2012) | رئيس أركان القوات المسلحة المصرية (2005-2012) |  |
Salah Gosh | صلاح قوش | صلاح عبد الله قوش / صلاح عبد الله محمد صالح |  |  | SDN | Director of Sudan's National Intelligence and Security Service (2004-2009, 2018-2019) | مدير جهاز الأمن والمخابرات الوطني السوداني (2004-2009، 2018-2019) | Salah Abdallah Gosh |
Shams al-Din Kabbashi | شمس الدين كباشي | الفريق أول شمس الدين كباشي |  |  | SDN | Deputy commander of the Sudanese Armed Forces, member of the Sovereignty Council | نائب القائد العام للجيش السوداني، عضو مجلس السيادة | Shamsaddin Kabbashi |
Yasser al-Atta | ياسر العطا | الفريق أول ياسر العطا |  |  | SDN | Assistant commander of the Sudanese Armed Forces, member of the Sovereignty Council | مساعد القائد العام للجيش السوداني، عضو مجلس السيادة |  |

## politicians and public figures
Habib el-Adly | حبيب العادلي |  |  |  | EGY | Interior Minister of Egypt (1997-2011) | وزير الداخلية المصري (1997-2011) | Habib al-Adly |
Magdy Abdel Ghaffar | مجدي عبد الغفار | اللواء مجدي عبد الغفار |  |  | EGY | Interior Minister of Egypt (2015-2018) | وزير الداخلية المصري (2015-2018) |  |
Mahmoud Tawfik | محمود توفيق | اللواء محمود توفيق |  |  | EGY | Interior Minister of Egypt (2018-) | وزير الداخلية المصري (منذ 2018) |  |
Ahmed Abu Zeid | أحمد أبو زيد |  |  |  | EGY | Spokesman of the Egyptian Foreign Ministry (2016-2021) | المتحدث الرسمي باسم وزارة الخارجية المصرية (2016-2021) |  |
Gamal Mubarak | جمال مبارك |  |  |  | EGY | Son of Hosni Mubarak, former deputy secretary-general of the National Democratic Party | نجل الرئيس المصري الأسبق حسني مبارك |  |
Alaa Mubarak | علاء مبارك |  |  |  | EGY | Elder son of Hosni Mubarak | النجل الأكبر للرئيس المصري الأسبق حسني مبارك |  |
Mohamed ElBaradei | محمد البرادعي |  |  |  | EGY | Director-General of the IAEA (1997-2009), Vice President of Egypt (2013) | المدير العام للوكالة الدولية للطاقة الذرية (1997-2009)، نائب الرئيس المصري (2013) | Mohamed el-Baradei |
Amr Moussa | عمرو موسى |  |  |  | EGY | Secretary-General of the Arab League (2001-2011), Foreign Minister of Egypt (1991-2001) | الأمين العام لجامعة الدول العربية (2001-2011)، وزير الخارجية المصري الأسبق | Amr Mousa |
Hamdeen Sabahi | حمدين صباحي |  |  |  | EGY | Leader of the Popular Current, presidential candidate (2012, 2014) | مؤسس التيار الشعبي المصري، المرشح الرئاسي (2012، 2014) | Hamdeen Sabbahi |
Abdel Moneim Aboul Fotouh | عبد المنعم أبو الفتوح |  |  |  | EGY | Leader of the Strong Egypt Party, presidential candidate (2012) | رئيس حزب مصر القوية، المرشح الرئاسي (2012) | Abdel Moneim Abul Futuh |
Ayman Nour | أيمن نور |  |  |  | EGY | Egyptian opposition politician, leader of the Ghad party | السياسي المصري المعارض، مؤسس حزب الغد |  |
Mohammed Badie | محمد بديع |  |  |  | EGY | General Guide of the Muslim Brotherhood (2010-) | المرشد العام لجماعة الإخوان المسلمين (منذ 2010) | Mohamed Badie |
Mahmoud Ezzat | محمود عزت |  |  |  | EGY | Acting General Guide of the Muslim Brotherhood (2013-2020) | القائم بأعمال المرشد العام لجماعة الإخوان المسلمين (2013-2020) |  |
Khairat el-Shater | خيرت الشاطر |  |  |  | EGY | Deputy General Guide of the Muslim Brotherhood | نائب المرشد العام لجماعة الإخوان المسلمين | Khairat al-Shater |
Essam el-Erian | عصام العريان |  |  |  | EGY | Vice chairman of the Freedom and Justice Party (died 2020) | نائب رئيس حزب الحرية والعدالة (توفي 2020) |  |
Saad el-Katatni | سعد الكتاتني |  |  |  | EGY | Speaker of the Egyptian People's Assembly (2012), chairman of the Freedom and Justice Party | رئيس مجلس الشعب المصري (2012)، رئيس حزب الحرية والعدالة | Saad al-Katatni |
Hassan al-Turabi | حسن الترابي |  |  |  | SDN | Leader of the Popular Congress Party (died 2016) | زعيم حزب المؤتمر الشعبي السوداني (توفي 2016) |  |
Sadiq al-Mahdi | الصادق المهدي |  |  |  | SDN | Leader of the National Umma Party, Prime Minister of Sudan (1966-1967, 1986-1989) (died 2020) | زعيم حزب الأمة القومي، رئيس الوزراء السوداني الأسبق (توفي 2020) | Sadiq al-Mahdi |

## religious leaders
Ahmed el-Tayeb | أحمد الطيب | شيخ الأزهر أحمد الطيب / أحمد محمد الطيب |  |  | EGY | Grand Imam of al-Azhar (2010-) | شيخ الأزهر (منذ 2010) | Ahmed al-Tayeb |
Shawki Allam | شوقي علام |  |  |  | EGY | Grand Mufti of Egypt (2013-2024) | مفتي الديار المصرية (2013-2024) |  |
Nazir Ayyad | نظير عياد | نظير محمد عياد |  |  | EGY | Grand Mufti of Egypt (2024-) | مفتي الديار المصرية (منذ 2024) |  |
Ali Gomaa | علي جمعة |  |  |  | EGY | Grand Mufti of Egypt (2003-2013) | مفتي الديار المصرية (2003-2013) | Ali Gomma |
Pope Tawadros II | تواضروس الثاني | البابا تواضروس الثاني / البابا تواضروس | - | - | EGY | Pope of the Coptic Orthodox Church of Alexandria (2012-) | بابا الإسكندرية وبطريرك الكرازة المرقسية (منذ 2012) | Tawadros II | slug=tawadros-ii
Yusuf al-Qaradawi | يوسف القرضاوي | الشيخ يوسف القرضاوي |  |  | QAT | Chairman of the International Union of Muslim Scholars (2004-2018) (died 2022) | رئيس الاتحاد العالمي لعلماء المسلمين (2004-2018) (توفي 2022) | Yusuf al-Qaradawi |

## armed-group leaders
Mohamed Hamdan Dagalo | محمد حمدان دقلو | حميدتي / محمد حمدان دقلو حميدتي / الفريق أول محمد حمدان دقلو |  |  | SDN | Commander of the Rapid Support Forces (2013-), deputy chairman of the Sovereignty Council (2019-2023) | قائد قوات الدعم السريع، نائب رئيس مجلس السيادة (2019-2023) | Hemedti / Hemeti |
Abdul Rahim Hamdan Dagalo | عبد الرحيم حمدان دقلو | عبد الرحيم دقلو |  |  | SDN | Deputy commander of the Rapid Support Forces | نائب قائد قوات الدعم السريع |  |
Abdel Wahid al-Nur | عبد الواحد محمد نور | عبد الواحد نور / عبد الواحد محمد أحمد النور | نور |  | SDN | Leader of the Sudan Liberation Movement (Abdel Wahid faction) | رئيس حركة تحرير السودان (جناح عبد الواحد) | Abdul Wahid al-Nur |
Abdelaziz al-Hilu | عبد العزيز الحلو | عبد العزيز آدم الحلو |  |  | SDN | Leader of the SPLM-North (al-Hilu faction) | رئيس الحركة الشعبية لتحرير السودان - شمال |  |
Minni Minnawi | مني أركو مناوي | مني مناوي |  |  | SDN | Leader of the Sudan Liberation Movement (Minnawi faction), governor of Darfur (2021-) | رئيس حركة تحرير السودان، حاكم إقليم دارفور (منذ 2021) | Minni Arko Minnawi |
Gibril Ibrahim | جبريل إبراهيم | جبريل إبراهيم محمد |  |  | SDN | Leader of the Justice and Equality Movement (2012-), Finance Minister of Sudan (2021-) | رئيس حركة العدل والمساواة، وزير المالية السوداني (منذ 2021) |  |
Khalil Ibrahim | خليل إبراهيم |  |  |  | SDN | Founder and leader of the Justice and Equality Movement (killed 2011) | مؤسس حركة العدل والمساواة وزعيمها (قتل 2011) |  |
Malik Agar | مالك عقار | مالك عقار إير |  |  | SDN | Leader of the SPLM-North (Agar faction), deputy chairman of the Sovereignty Council (2023-) | رئيس الحركة الشعبية - شمال (جناح عقار)، نائب رئيس مجلس السيادة (منذ 2023) |  |
`;
