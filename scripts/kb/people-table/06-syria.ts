// Syria, 2010-2025: government, opposition, armed groups. Columns: en | name | aliases | family | given | ISO3 | role | role_ar | en_aliases | extra
export default `
## heads of state and government
Bashar al-Assad | بشار الأسد | بشار حافظ الأسد |  |  | SYR | President of Syria (2000-2024) | الرئيس السوري (2000-2024) | Bashar al-Asad / Assad |
Ahmed al-Sharaa | أحمد الشرع | أبو محمد الجولاني / أحمد حسين الشرع | الجولاني | - | SYR | President of Syria (2025-), leader of Hay'at Tahrir al-Sham and the Nusra Front (2012-2025) | الرئيس السوري (منذ 2025)، قائد هيئة تحرير الشام وجبهة النصرة (2012-2025) | Abu Mohammad al-Julani / Abu Muhammad al-Jawlani / Ahmad al-Sharaa |
Muhammad Naji al-Otari | محمد ناجي عطري | محمد ناجي العطري | عطري |  | SYR | Prime Minister of Syria (2003-2011) | رئيس الوزراء السوري (2003-2011) | Muhammad Naji Otri |
Adel Safar | عادل سفر |  |  |  | SYR | Prime Minister of Syria (2011-2012) | رئيس الوزراء السوري (2011-2012) |  |
Riyad Farid Hijab | رياض حجاب | رياض فريد حجاب |  |  | SYR | Prime Minister of Syria (2012, defected), coordinator of the opposition High Negotiations Committee (2015-2017) | رئيس الوزراء السوري المنشق (2012)، المنسق العام لهيئة المفاوضات العليا (2015-2017) | Riad Hijab |
Omar Ghalawanji | عمر غلاونجي | عمر إبراهيم غلاونجي |  |  | SYR | Acting Prime Minister of Syria (2012) | رئيس الوزراء السوري بالوكالة (2012) |  |
Wael al-Halqi | وائل الحلقي | وائل نادر الحلقي |  |  | SYR | Prime Minister of Syria (2012-2016) | رئيس الوزراء السوري (2012-2016) |  |
Imad Khamis | عماد خميس | عماد محمد ديب خميس |  |  | SYR | Prime Minister of Syria (2016-2020) | رئيس الوزراء السوري (2016-2020) |  |
Hussein Arnous | حسين عرنوس |  |  |  | SYR | Prime Minister of Syria (2020-2024) | رئيس الوزراء السوري (2020-2024) |  |
Mohammad Ghazi al-Jalali | محمد غازي الجلالي |  |  | محمد غازي | SYR | Prime Minister of Syria (2024) | رئيس الوزراء السوري (2024) |  |
Mohammed al-Bashir | محمد البشير |  |  |  | SYR | Caretaker Prime Minister of Syria (2024-2025), head of the Syrian Salvation Government (2024) | رئيس حكومة تصريف الأعمال السورية (2024-2025) |  | slug=mohammed-al-bashir-syria common

## foreign and defence ministers
Walid Muallem | وليد المعلم | وليد المعلّم |  |  | SYR | Foreign Minister of Syria (2006-2020) (died 2020) | وزير الخارجية السوري (2006-2020) | Walid al-Moallem |
Faisal Mekdad | فيصل المقداد |  |  |  | SYR | Foreign Minister of Syria (2020-2024) | وزير الخارجية السوري (2020-2024) | Fayssal Mekdad |
Asaad al-Shaibani | أسعد الشيباني | أسعد حسن الشيباني |  |  | SYR | Foreign Minister of Syria (2024-) | وزير الخارجية السوري (منذ 2024) | Asaad Hassan al-Shaibani |
Ali Habib Mahmoud | علي حبيب محمود | | - |  | SYR | Defence Minister of Syria (2009-2011) | وزير الدفاع السوري (2009-2011) |  | 
Dawoud Rajiha | داود راجحة | العماد داود راجحة |  |  | SYR | Defence Minister of Syria (2011-2012) (killed 2012) | وزير الدفاع السوري (2011-2012)، قتل في تفجير مبنى الأمن القومي | Dawoud Rajha |
Fahd Jassem al-Freij | فهد جاسم الفريج | العماد فهد جاسم الفريج |  |  | SYR | Defence Minister of Syria (2012-2018) | وزير الدفاع السوري (2012-2018) |  |
Ali Abdullah Ayyoub | علي عبد الله أيوب |  |  |  | SYR | Defence Minister of Syria (2018-2022), Chief of Staff (2012-2018) | وزير الدفاع السوري (2018-2022) |  |
Ali Mahmoud Abbas | علي محمود عباس | العماد علي محمود عباس |  |  | SYR | Defence Minister of Syria (2022-2024) | وزير الدفاع السوري (2022-2024) |  |
Murhaf Abu Qasra | مرهف أبو قصرة |  |  |  | SYR | Defence Minister of Syria (2024-), HTS military commander | وزير الدفاع السوري (منذ 2024)، القائد العسكري في هيئة تحرير الشام |  |

## intelligence and military chiefs
Ali Mamlouk | علي مملوك | اللواء علي مملوك |  |  | SYR | Head of the Syrian National Security Bureau (2012-2024) | رئيس مكتب الأمن الوطني السوري (2012-2024) |  |
Assef Shawkat | آصف شوكت | العماد آصف شوكت |  |  | SYR | Deputy Defence Minister, head of military intelligence (killed 2012) | نائب وزير الدفاع السوري، رئيس الاستخبارات العسكرية الأسبق (قتل 2012) |  |
Jamil Hassan | جميل حسن | اللواء جميل حسن |  |  | SYR | Head of Syrian Air Force Intelligence (2009-2019) | رئيس إدارة المخابرات الجوية السورية (2009-2019) |  |
Maher al-Assad | ماهر الأسد | ماهر حافظ الأسد |  |  | SYR | Commander of the Fourth Armoured Division, brother of Bashar al-Assad | قائد الفرقة الرابعة في الجيش السوري، شقيق بشار الأسد |  |
Suheil al-Hassan | سهيل الحسن | العميد سهيل الحسن |  |  | SYR | Commander of the Tiger Forces / 25th Special Mission Forces Division | قائد قوات النمر / الفرقة 25 مهام خاصة في الجيش السوري | Suhail al-Hassan |
Issam Zahreddine | عصام زهر الدين | العميد عصام زهر الدين |  |  | SYR | Republican Guard commander in Deir ez-Zor (killed 2017) | قائد الحرس الجمهوري في دير الزور (قتل 2017) |  |
Anas Khattab | أنس خطاب | أبو أحمد حدود |  |  | SYR | Head of the General Intelligence Directorate (2024-2025), Interior Minister of Syria (2025-) | رئيس جهاز الاستخبارات العامة السوري (2024-2025)، وزير الداخلية (منذ 2025) |  |

## politicians and public figures
Hafez al-Assad | حافظ الأسد |  |  |  | SYR | President of Syria (1971-2000) | الرئيس السوري الأسبق (1971-2000) |  |
Asma al-Assad | أسماء الأسد | أسماء الأخرس |  |  | SYR | Wife of Bashar al-Assad | زوجة بشار الأسد |  |
Farouk al-Sharaa | فاروق الشرع |  |  |  | SYR | Vice President of Syria (2006-2014), Foreign Minister (1984-2006) | نائب الرئيس السوري (2006-2014) |  |
Najah al-Attar | نجاح العطار |  |  |  | SYR | Vice President of Syria (2006-2024) | نائبة الرئيس السوري (2006-2024) |  |
Bouthaina Shaaban | بثينة شعبان |  |  |  | SYR | Political and media adviser to the Syrian President | المستشارة السياسية والإعلامية للرئيس السوري |  |
Bashar al-Jaafari | بشار الجعفري |  |  |  | SYR | Syrian ambassador to the UN (2006-2020), Deputy Foreign Minister (2020-2022) | المندوب السوري لدى الأمم المتحدة (2006-2020) | Bashar Jaafari |
Mohammad al-Shaar | محمد الشعار | اللواء محمد الشعار |  |  | SYR | Interior Minister of Syria (2011-2018) | وزير الداخلية السوري (2011-2018) |  |
Rami Makhlouf | رامي مخلوف |  |  |  | SYR | Syrian businessman, cousin of Bashar al-Assad | رجل الأعمال السوري ابن خال بشار الأسد |  |
Burhan Ghalioun | برهان غليون |  |  |  | SYR | President of the Syrian National Council (2011-2012) | رئيس المجلس الوطني السوري (2011-2012) |  |
Abdulbaset Sieda | عبد الباسط سيدا |  |  |  | SYR | President of the Syrian National Council (2012) | رئيس المجلس الوطني السوري (2012) | Abdelbasset Sida |
George Sabra | جورج صبرا |  |  |  | SYR | President of the Syrian National Council (2012-2014) | رئيس المجلس الوطني السوري (2012-2014) |  |
Moaz al-Khatib | معاذ الخطيب | أحمد معاذ الخطيب |  |  | SYR | President of the Syrian National Coalition (2012-2013) | رئيس الائتلاف الوطني السوري (2012-2013) | Ahmad Moaz al-Khatib |
Ahmad Jarba | أحمد الجربا | أحمد عاصي الجربا |  |  | SYR | President of the Syrian National Coalition (2013-2014) | رئيس الائتلاف الوطني السوري (2013-2014) |  |
Hadi al-Bahra | هادي البحرة |  |  |  | SYR | President of the Syrian National Coalition (2014-2015, 2023-2025) | رئيس الائتلاف الوطني السوري |  |
Khaled Khoja | خالد خوجة |  |  |  | SYR | President of the Syrian National Coalition (2015-2016) | رئيس الائتلاف الوطني السوري (2015-2016) |  |
Anas al-Abdeh | أنس العبدة |  |  |  | SYR | President of the Syrian National Coalition (2016-2017, 2019-2021) | رئيس الائتلاف الوطني السوري |  |
Riad Seif | رياض سيف |  |  |  | SYR | President of the Syrian National Coalition (2017-2018) | رئيس الائتلاف الوطني السوري (2017-2018) |  |
Abdulrahman Mustafa | عبد الرحمن مصطفى |  |  |  | SYR | President of the Syrian National Coalition (2018-2019), head of the Syrian Interim Government (2019-2025) | رئيس الائتلاف الوطني السوري (2018-2019)، رئيس الحكومة السورية المؤقتة |  |
Salem al-Meslet | سالم المسلط |  |  |  | SYR | President of the Syrian National Coalition (2021-2023) | رئيس الائتلاف الوطني السوري (2021-2023) |  |
Ghassan Hitto | غسان هيتو |  |  |  | SYR | Prime Minister of the Syrian Interim Government (2013) | رئيس الحكومة السورية المؤقتة (2013) |  |
Ahmad Tohme | أحمد طعمة |  |  |  | SYR | Head of the Syrian Interim Government (2013-2016), head of the opposition delegation to Astana | رئيس الحكومة السورية المؤقتة (2013-2016) |  |
Jawad Abu Hatab | جواد أبو حطب |  |  |  | SYR | Head of the Syrian Interim Government (2016-2019) | رئيس الحكومة السورية المؤقتة (2016-2019) |  |
Nasr al-Hariri | نصر الحريري |  |  |  | SYR | Head of the Syrian Negotiation Commission (2017-2019), President of the Syrian National Coalition (2019-2021) | رئيس هيئة التفاوض السورية (2017-2019)، رئيس الائتلاف الوطني (2019-2021) |  |
Badr Jamous | بدر جاموس |  |  |  | SYR | Head of the Syrian Negotiation Commission (2022-) | رئيس هيئة التفاوض السورية |  |
Yahya al-Aridi | يحيى العريضي |  |  |  | SYR | Spokesman of the Syrian Negotiation Commission | المتحدث باسم هيئة التفاوض السورية |  |
Michel Kilo | ميشيل كيلو | ميشال كيلو |  |  | SYR | Syrian opposition writer (died 2021) | الكاتب والمعارض السوري (توفي 2021) |  |
Haytham Manna | هيثم مناع |  |  |  | SYR | Syrian opposition figure, former spokesman of the National Coordination Body | المعارض السوري، المتحدث السابق باسم هيئة التنسيق الوطنية |  |
Hassan Abdul Azim | حسن عبد العظيم |  |  |  | SYR | General coordinator of the National Coordination Body for Democratic Change | المنسق العام لهيئة التنسيق الوطنية لقوى التغيير الديمقراطي |  |
Rami Abdul Rahman | رامي عبد الرحمن |  |  |  | SYR | Director of the Syrian Observatory for Human Rights | مدير المرصد السوري لحقوق الإنسان | Rami Abdulrahman |
Fadel Abdul Ghany | فضل عبد الغني |  |  |  | SYR | Director of the Syrian Network for Human Rights | مدير الشبكة السورية لحقوق الإنسان |  |
Raed al-Saleh | رائد الصالح |  |  |  | SYR | Head of the White Helmets (Syria Civil Defence), Minister of Emergencies (2025-) | مدير الدفاع المدني السوري (الخوذ البيضاء)، وزير الطوارئ (منذ 2025) |  |
Abdul Basit al-Sarout | عبد الباسط الساروت |  |  |  | SYR | Homs protest leader and rebel commander (killed 2019) | منشد الثورة السورية وقائد ميداني من حمص (قتل 2019) |  |
Salih Muslim | صالح مسلم | صالح مسلم محمد |  |  | SYR | Co-chair of the Democratic Union Party (PYD) (2010-2017) | الرئيس المشترك لحزب الاتحاد الديمقراطي الكردي (2010-2017) | Saleh Muslim |
Asya Abdullah | آسيا عبد الله |  | - |  | SYR | Co-chair of the Democratic Union Party (PYD) | الرئيسة المشتركة لحزب الاتحاد الديمقراطي الكردي |  | 
Ilham Ahmed | إلهام أحمد |  | - |  | SYR | Co-chair of the Syrian Democratic Council, head of foreign relations of the Autonomous Administration | الرئيسة المشتركة لمجلس سوريا الديمقراطية |  | 
Aldar Xelil | آلدار خليل | ألدار خليل |  |  | SYR | Member of the executive of the Movement for a Democratic Society (TEV-DEM) | عضو الهيئة الرئاسية لحركة المجتمع الديمقراطي الكردية |  |
Hikmat al-Hijri | حكمت الهجري | الشيخ حكمت الهجري |  |  | SYR | Spiritual leader (Sheikh al-Aql) of the Druze of Suwayda | شيخ عقل طائفة الموحدين الدروز في السويداء |  |

## religious leaders
Ahmad Badreddin Hassoun | أحمد بدر الدين حسون | أحمد حسون |  |  | SYR | Grand Mufti of Syria (2005-2021) | مفتي الجمهورية السورية (2005-2021) |  |
Osama al-Rifai | أسامة الرفاعي | الشيخ أسامة الرفاعي |  |  | SYR | Grand Mufti of Syria (2025-), head of the Syrian Islamic Council | مفتي الجمهورية العربية السورية (منذ 2025)، رئيس المجلس الإسلامي السوري |  |

## armed-group leaders
Riad al-Asaad | رياض الأسعد | العقيد رياض الأسعد |  |  | SYR | Founder of the Free Syrian Army (2011) | مؤسس الجيش السوري الحر (2011) |  |
Hussein Harmoush | حسين هرموش | المقدم حسين هرموش |  |  | SYR | First officer to defect from the Syrian army, founder of the Free Officers Movement (2011) | أول ضابط منشق عن الجيش السوري، مؤسس حركة الضباط الأحرار (2011) |  |
Mustafa al-Sheikh | مصطفى الشيخ | العميد مصطفى الشيخ |  |  | SYR | Head of the Higher Military Council of the Free Syrian Army (2011-2012) | رئيس المجلس العسكري الأعلى للجيش السوري الحر (2011-2012) |  |
Salim Idris | سليم إدريس | اللواء سليم إدريس |  |  | SYR | Chief of Staff of the Free Syrian Army (2012-2014), Defence Minister of the Syrian Interim Government (2017-2025) | رئيس أركان الجيش السوري الحر (2012-2014)، وزير الدفاع في الحكومة السورية المؤقتة |  |
Abdul Jabbar al-Oqaidi | عبد الجبار العكيدي | العقيد عبد الجبار العكيدي |  |  | SYR | Head of the FSA Aleppo Military Council (2012-2013) | رئيس المجلس العسكري للجيش الحر في حلب (2012-2013) |  |
Abdul Qader Saleh | عبد القادر صالح | حجي مارع |  |  | SYR | Commander of Liwa al-Tawhid (killed 2013) | قائد لواء التوحيد (قتل 2013) |  |
Jamal Maarouf | جمال معروف |  |  |  | SYR | Commander of the Syria Revolutionaries Front | قائد جبهة ثوار سوريا |  |
Jamil al-Saleh | جميل الصالح | الرائد جميل الصالح |  |  | SYR | Commander of Jaysh al-Izza | قائد جيش العزة |  |
Bashar al-Zoubi | بشار الزعبي |  |  |  | SYR | Commander of the Yarmouk Army, Southern Front | قائد جيش اليرموك في الجبهة الجنوبية |  |
Ahmad al-Awda | أحمد العودة |  |  |  | SYR | Commander of the Youth of Sunna forces / Eighth Brigade in Daraa | قائد قوات شباب السنة / اللواء الثامن في درعا |  |
Zahran Alloush | زهران علوش |  |  |  | SYR | Leader of Jaysh al-Islam (killed 2015) | قائد جيش الإسلام (قتل 2015) |  |
Essam al-Buwaydani | عصام البويضاني | أبو همام البويضاني |  |  | SYR | Leader of Jaysh al-Islam (2015-) | قائد جيش الإسلام (منذ 2015) | Abu Hammam al-Buwaydani |
Mohammed Alloush | محمد علوش |  |  |  | SYR | Political leader of Jaysh al-Islam, chief opposition negotiator in Geneva (2016) and Astana | رئيس المكتب السياسي لجيش الإسلام، كبير مفاوضي المعارضة في جنيف (2016) |  |
Islam Alloush | إسلام علوش |  |  |  | SYR | Spokesman of Jaysh al-Islam | المتحدث الرسمي باسم جيش الإسلام |  |
Hamza Bayraqdar | حمزة بيرقدار |  |  |  | SYR | Spokesman of Jaysh al-Islam's general staff | المتحدث العسكري باسم جيش الإسلام |  |
Hassan Abboud | حسان عبود | أبو عبد الله الحموي |  |  | SYR | Leader of Ahrar al-Sham (killed 2014) | قائد حركة أحرار الشام الإسلامية (قتل 2014) |  |
Hashem al-Sheikh | هاشم الشيخ | أبو جابر الشيخ |  |  | SYR | Leader of Ahrar al-Sham (2014-2015), general leader of Hay'at Tahrir al-Sham (2017) | قائد حركة أحرار الشام (2014-2015)، القائد العام لهيئة تحرير الشام (2017) | Abu Jaber |
Abu Yahia al-Hamawi | أبو يحيى الحموي | مهند المصري |  | - | SYR | Leader of Ahrar al-Sham (2015-2017) | قائد حركة أحرار الشام (2015-2017) | Muhannad al-Masri |
Ali al-Omar | علي العمر | أبو عمار العمر |  |  | SYR | Leader of Ahrar al-Sham (2017) | قائد حركة أحرار الشام (2017) | Abu Ammar al-Omar |
Hassan Soufan | حسن صوفان |  |  |  | SYR | Leader of Ahrar al-Sham (2017-2018) | قائد حركة أحرار الشام (2017-2018) |  |
Jaber Ali Pasha | جابر علي باشا |  |  |  | SYR | Leader of Ahrar al-Sham (2018-2020) | قائد حركة أحرار الشام (2018-2020) |  |
Labib al-Nahhas | لبيب النحاس |  |  |  | SYR | Head of foreign relations of Ahrar al-Sham | مسؤول العلاقات الخارجية في حركة أحرار الشام |  |
Abu Issa al-Sheikh | أبو عيسى الشيخ | أحمد عيسى الشيخ |  | - | SYR | Leader of Suqour al-Sham | قائد ألوية صقور الشام | Ahmad Issa al-Sheikh |
Abu Amsha | أبو عمشة | محمد الجاسم أبو عمشة / محمد حسين الجاسم | - | - | SYR | Commander of the Sultan Suleiman Shah Division (al-Amshat), Syrian National Army | قائد فرقة السلطان سليمان شاه (العمشات) في الجيش الوطني السوري | Mohammad al-Jasim |
Fahim Issa | فهيم عيسى |  |  |  | SYR | Commander of the Sultan Murad Division, Syrian National Army | قائد فرقة السلطان مراد في الجيش الوطني السوري |  |
Abu Maria al-Qahtani | أبو ماريا القحطاني | ميسر الجبوري / ميسر علي موسى الجبوري |  | - | IRQ | Senior leader of the Nusra Front / HTS (killed 2024) | القيادي البارز في جبهة النصرة وهيئة تحرير الشام (قتل 2024) | Maysar al-Jubouri |
Abu Firas al-Suri | أبو فراس السوري | رضوان نموس |  | - | SYR | Spokesman of the Nusra Front (killed 2016) | المتحدث باسم جبهة النصرة (قتل 2016) |  |
Abdul Rahim Atoun | عبد الرحيم عطون | أبو عبد الله الشامي |  |  | SYR | Senior sharia official of Hay'at Tahrir al-Sham | الشرعي العام في هيئة تحرير الشام |  |
Abu Hammam al-Shami | أبو همام الشامي | سمير حجازي / أبو همام السوري |  | - | SYR | Leader of Hurras al-Din, military commander of the Nusra Front | قائد تنظيم حراس الدين، القائد العسكري السابق في جبهة النصرة | Samir Hijazi |
Sami al-Uraydi | سامي العريدي |  |  |  | JOR | Senior sharia official of Hurras al-Din and the Nusra Front | الشرعي في تنظيم حراس الدين وجبهة النصرة |  |
Mazloum Abdi | مظلوم عبدي | مظلوم كوباني / مظلوم عبدي كوباني / فرهاد عبدي شاهين |  |  | SYR | Commander-in-chief of the Syrian Democratic Forces (SDF) | القائد العام لقوات سوريا الديمقراطية (قسد) | Mazloum Kobani / Ferhat Abdi Şahin |
Redur Xelil | ريدور خليل | ريدور خليل |  |  | SYR | Spokesman of the YPG, SDF official | المتحدث باسم وحدات حماية الشعب الكردية، القيادي في قسد | Redur Khalil |
Sipan Hemo | سيبان حمو |  |  |  | SYR | General commander of the People's Protection Units (YPG) | القائد العام لوحدات حماية الشعب الكردية |  |
Nouri Mahmoud | نوري محمود |  | - |  | SYR | Spokesman of the People's Protection Units (YPG) | المتحدث باسم وحدات حماية الشعب الكردية |  | 
Polat Can | بولات جان |  | - | - | SYR | YPG commander and former spokesman | القيادي في وحدات حماية الشعب الكردية |  | 
Talal Silo | طلال سلو |  |  |  | SYR | Spokesman of the Syrian Democratic Forces (2015-2017, defected) | المتحدث باسم قوات سوريا الديمقراطية (2015-2017) |  |
Mustafa Bali | مصطفى بالي |  |  |  | SYR | Head of the SDF media office | مدير المكتب الإعلامي لقوات سوريا الديمقراطية |  |
Farhad Shami | فرهاد شامي |  |  |  | SYR | Head of the SDF media centre | مسؤول المركز الإعلامي لقوات سوريا الديمقراطية |  |
Kino Gabriel | كينو جبرائيل | كينو غابرييل |  |  | SYR | Spokesman of the Syrian Democratic Forces | المتحدث الرسمي باسم قوات سوريا الديمقراطية |  |
`;
