// Iraq (including the Kurdistan Region), 2010-2025. Columns: en | name | aliases | family | given | ISO3 | role | role_ar | en_aliases | extra
export default `
## heads of state and government
Jalal Talabani | جلال طالباني | جلال الطالباني / مام جلال |  |  | IRQ | President of Iraq (2005-2014), founder of the Patriotic Union of Kurdistan | الرئيس العراقي (2005-2014)، مؤسس حزب الاتحاد الوطني الكردستاني |  |
Fuad Masum | فؤاد معصوم | فؤاد معصوم |  |  | IRQ | President of Iraq (2014-2018) | الرئيس العراقي (2014-2018) | Fouad Massoum |
Barham Salih | برهم صالح | برهم أحمد صالح |  |  | IRQ | President of Iraq (2018-2022) | الرئيس العراقي (2018-2022) | Barham Saleh |
Abdul Latif Rashid | عبد اللطيف رشيد | عبد اللطيف جمال رشيد |  |  | IRQ | President of Iraq (2022-) | الرئيس العراقي (منذ 2022) | Abdul Latif Jamal Rashid |
Nouri al-Maliki | نوري المالكي | نوري كامل المالكي / جواد المالكي |  |  | IRQ | Prime Minister of Iraq (2006-2014), leader of the State of Law Coalition | رئيس الوزراء العراقي (2006-2014)، زعيم ائتلاف دولة القانون | Nouri Kamil al-Maliki |
Haider al-Abadi | حيدر العبادي | حيدر جواد العبادي |  |  | IRQ | Prime Minister of Iraq (2014-2018) | رئيس الوزراء العراقي (2014-2018) | Haidar al-Abadi |
Adil Abdul-Mahdi | عادل عبد المهدي |  |  |  | IRQ | Prime Minister of Iraq (2018-2020) | رئيس الوزراء العراقي (2018-2020) | Adel Abdul Mahdi |
Mustafa al-Kadhimi | مصطفى الكاظمي |  |  |  | IRQ | Prime Minister of Iraq (2020-2022), head of the Iraqi National Intelligence Service (2016-2020) | رئيس الوزراء العراقي (2020-2022)، رئيس جهاز المخابرات (2016-2020) | Mustafa al-Kazemi |
Mohammed Shia al-Sudani | محمد شياع السوداني | محمد شياع صبار السوداني |  | محمد شياع | IRQ | Prime Minister of Iraq (2022-) | رئيس الوزراء العراقي (منذ 2022) | Mohammed Shia' al-Sudani |
Masoud Barzani | مسعود بارزاني | مسعود البارزاني |  |  | IRQ | President of the Kurdistan Region (2005-2017), leader of the Kurdistan Democratic Party | رئيس إقليم كردستان العراق (2005-2017)، زعيم الحزب الديمقراطي الكردستاني |  |
Nechirvan Barzani | نيجيرفان بارزاني | نيجرفان بارزاني / نيجيرفان البارزاني / نيشيرفان بارزاني / نتشيرفان البارزاني |  |  | IRQ | President of the Kurdistan Region (2019-), Prime Minister of the region (2006-2009, 2012-2019) | رئيس إقليم كردستان العراق (منذ 2019) |  |
Masrour Barzani | مسرور بارزاني | مسرور البارزاني |  |  | IRQ | Prime Minister of the Kurdistan Region (2019-) | رئيس حكومة إقليم كردستان العراق (منذ 2019) |  |

## foreign and defence ministers
Hoshyar Zebari | هوشيار زيباري | هوشيار زيباري |  |  | IRQ | Foreign Minister (2003-2014) and Finance Minister (2014-2016) of Iraq | وزير الخارجية العراقي (2003-2014)، وزير المالية (2014-2016) |  |
Ibrahim al-Jaafari | إبراهيم الجعفري |  |  |  | IRQ | Foreign Minister of Iraq (2014-2018), Prime Minister (2005-2006) | وزير الخارجية العراقي (2014-2018)، رئيس الوزراء الأسبق (2005-2006) |  |
Mohamed Ali Alhakim | محمد علي الحكيم |  |  |  | IRQ | Foreign Minister of Iraq (2018-2020) | وزير الخارجية العراقي (2018-2020) | Mohammed Ali al-Hakim |
Fuad Hussein | فؤاد حسين | فؤاد محمد حسين |  |  | IRQ | Foreign Minister (2020-) and Deputy Prime Minister of Iraq | وزير الخارجية العراقي (منذ 2020)، نائب رئيس الوزراء | Fouad Hussein |
Abdul Qadir al-Obeidi | عبد القادر العبيدي | عبد القادر محمد جاسم العبيدي |  |  | IRQ | Defence Minister of Iraq (2006-2010) | وزير الدفاع العراقي (2006-2010) |  |
Saadoun al-Dulaimi | سعدون الدليمي |  |  |  | IRQ | Acting Defence Minister of Iraq (2011-2014) | وزير الدفاع العراقي بالوكالة (2011-2014) |  |
Khaled al-Obeidi | خالد العبيدي | خالد متعب العبيدي |  |  | IRQ | Defence Minister of Iraq (2014-2016) | وزير الدفاع العراقي (2014-2016) |  |
Erfan al-Hiyali | عرفان الحيالي | عرفان محمود الحيالي |  |  | IRQ | Defence Minister of Iraq (2017-2018) | وزير الدفاع العراقي (2017-2018) |  |
Najah al-Shammari | نجاح الشمري | نجاح حسن علي الشمري |  |  | IRQ | Defence Minister of Iraq (2019-2020) | وزير الدفاع العراقي (2019-2020) |  |
Juma Inad | جمعة عناد | جمعة عناد سعدون |  |  | IRQ | Defence Minister of Iraq (2020-2022) | وزير الدفاع العراقي (2020-2022) |  |
Thabet al-Abbasi | ثابت العباسي | ثابت محمد سعيد العباسي |  |  | IRQ | Defence Minister of Iraq (2022-) | وزير الدفاع العراقي (منذ 2022) |  |

## intelligence and military chiefs
Abdul Wahab al-Saadi | عبد الوهاب الساعدي | الفريق عبد الوهاب الساعدي |  |  | IRQ | Commander of the Iraqi Counter-Terrorism Service (2020-) | رئيس جهاز مكافحة الإرهاب العراقي (منذ 2020) |  |
Talib Shaghati | طالب شغاتي | الفريق طالب شغاتي |  |  | IRQ | Commander of the Iraqi Counter-Terrorism Service (2007-2020) | رئيس جهاز مكافحة الإرهاب العراقي (2007-2020) |  |
Qasim al-Araji | قاسم الأعرجي |  |  |  | IRQ | National Security Adviser of Iraq (2020-), Interior Minister (2017-2018) | مستشار الأمن القومي العراقي (منذ 2020)، وزير الداخلية (2017-2018) |  |
Yahya Rasool | يحيى رسول | اللواء يحيى رسول |  |  | IRQ | Spokesman of the Iraqi Commander-in-Chief of the Armed Forces | الناطق باسم القائد العام للقوات المسلحة العراقية |  |

## politicians and public figures
Ayad Allawi | إياد علاوي |  |  |  | IRQ | Leader of the Iraqiya list, Vice President (2014-2015, 2016-2018), Prime Minister (2004-2005) | زعيم القائمة العراقية الوطنية، نائب الرئيس العراقي، رئيس الوزراء الأسبق | Iyad Allawi |
Ammar al-Hakim | عمار الحكيم | السيد عمار الحكيم |  |  | IRQ | Leader of the National Wisdom Movement (2017-), head of the Islamic Supreme Council of Iraq (2009-2017) | زعيم تيار الحكمة الوطني، رئيس المجلس الأعلى الإسلامي العراقي (2009-2017) |  |
Muqtada al-Sadr | مقتدى الصدر | السيد مقتدى الصدر |  |  | IRQ | Leader of the Sadrist movement | زعيم التيار الصدري | Moqtada al-Sadr |
Qubad Talabani | قباد طالباني | قوباد طالباني |  |  | IRQ | Deputy Prime Minister of the Kurdistan Region (2014-) | نائب رئيس حكومة إقليم كردستان العراق |  |
Bafel Talabani | بافل طالباني | بافل جلال طالباني |  |  | IRQ | Leader of the Patriotic Union of Kurdistan (2020-) | رئيس حزب الاتحاد الوطني الكردستاني (منذ 2020) |  |
Lahur Sheikh Jangi | لاهور شيخ جنكي | لاهور شيخ جنكي طالباني | شيخ جنكي |  | IRQ | Co-leader of the Patriotic Union of Kurdistan (2020-2021) | الرئيس المشترك السابق لحزب الاتحاد الوطني الكردستاني | Lahur Talabany | 
Nawshirwan Mustafa | نوشيروان مصطفى | نوشيروان مصطفى أمين |  |  | IRQ | Founder and leader of the Gorran movement (died 2017) | مؤسس حركة التغيير الكردية (توفي 2017) |  |
Tariq al-Hashimi | طارق الهاشمي |  |  |  | IRQ | Vice President of Iraq (2006-2012), sentenced in absentia | نائب الرئيس العراقي (2006-2012) |  |
Osama al-Nujaifi | أسامة النجيفي |  |  |  | IRQ | Speaker of the Council of Representatives (2010-2014), Vice President (2014-2018) | رئيس مجلس النواب العراقي (2010-2014)، نائب الرئيس |  |
Atheel al-Nujaifi | أثيل النجيفي |  |  |  | IRQ | Governor of Nineveh (2009-2015) | محافظ نينوى (2009-2015) |  |
Salim al-Jabouri | سليم الجبوري |  |  |  | IRQ | Speaker of the Council of Representatives of Iraq (2014-2018) | رئيس مجلس النواب العراقي (2014-2018) |  |
Mohamed al-Halbousi | محمد الحلبوسي | محمد ريكان الحلبوسي |  |  | IRQ | Speaker of the Council of Representatives of Iraq (2018-2023), leader of the Taqaddum party | رئيس مجلس النواب العراقي (2018-2023)، رئيس حزب تقدم |  |
Mahmoud al-Mashhadani | محمود المشهداني |  |  |  | IRQ | Speaker of the Council of Representatives of Iraq (2006-2009, 2024-) | رئيس مجلس النواب العراقي (2006-2009، ومنذ 2024) |  |
Saleh al-Mutlaq | صالح المطلك |  |  |  | IRQ | Deputy Prime Minister of Iraq (2010-2015) | نائب رئيس الوزراء العراقي (2010-2015) |  |
Rafi al-Issawi | رافع العيساوي |  |  |  | IRQ | Finance Minister of Iraq (2010-2013) | وزير المالية العراقي (2010-2013) | Rafe al-Essawi |
Khamis al-Khanjar | خميس الخنجر |  |  |  | IRQ | Sunni politician, leader of the Sovereignty Alliance | زعيم تحالف السيادة العراقي |  |
Ahmed Abu Risha | أحمد أبو ريشة |  |  |  | IRQ | Leader of the Anbar Awakening | رئيس مؤتمر صحوة العراق في الأنبار |  |
Adnan al-Zurfi | عدنان الزرفي |  |  |  | IRQ | Prime Minister-designate of Iraq (2020), governor of Najaf | رئيس الوزراء العراقي المكلف (2020) |  |
Mohammed Tawfiq Allawi | محمد توفيق علاوي |  |  |  | IRQ | Prime Minister-designate of Iraq (2020), Communications Minister | رئيس الوزراء العراقي المكلف (2020) |  |
Harith al-Dhari | حارث الضاري |  |  |  | IRQ | Secretary-General of the Association of Muslim Scholars in Iraq (died 2015) | الأمين العام لهيئة علماء المسلمين في العراق (توفي 2015) |  |
Izzat Ibrahim al-Douri | عزة إبراهيم الدوري | عزت الدوري / عزة الدوري |  |  | IRQ | Leader of the banned Iraqi Baath Party and the Naqshbandi Army (died 2020) | زعيم حزب البعث العراقي المحظور وجيش رجال الطريقة النقشبندية (توفي 2020) | Izzat al-Douri |
Saddam Hussein | صدام حسين | صدام حسين المجيد / صدام حسين التكريتي | صدام | - | IRQ | President of Iraq (1979-2003) (executed 2006) | الرئيس العراقي الأسبق (1979-2003) |  |

## religious leaders
Ali al-Sistani | علي السيستاني | علي الحسيني السيستاني / السيد علي السيستاني / السيد علي الحسيني السيستاني / آية الله علي السيستاني |  |  | IRQ | Grand Ayatollah, the leading Shia marja in Najaf | المرجع الشيعي الأعلى في النجف | Grand Ayatollah Ali al-Sistani / Sistani |
Bashir al-Najafi | بشير النجفي | بشير حسين النجفي |  |  | IRQ | Grand Ayatollah in Najaf | أحد المراجع الشيعية الأربعة الكبار في النجف |  |
Mohammad Saeed al-Hakim | محمد سعيد الحكيم |  |  | محمد سعيد | IRQ | Grand Ayatollah in Najaf (died 2021) | أحد المراجع الشيعية الكبار في النجف (توفي 2021) |  |
Muhammad Ishaq al-Fayyad | محمد إسحاق الفياض |  |  | محمد إسحاق | IRQ | Grand Ayatollah in Najaf | أحد المراجع الشيعية الكبار في النجف |  |
Abdul Mahdi al-Karbalai | عبد المهدي الكربلائي | الشيخ عبد المهدي الكربلائي |  |  | IRQ | Representative of Ayatollah Sistani, Friday preacher of Karbala | ممثل المرجع السيستاني وخطيب جمعة كربلاء |  |
Ahmed al-Safi | أحمد الصافي | السيد أحمد الصافي |  |  | IRQ | Representative of Ayatollah Sistani, custodian of the al-Abbas shrine in Karbala | ممثل المرجع السيستاني، المتولي الشرعي للعتبة العباسية |  |

## armed-group leaders
Abu Mahdi al-Muhandis | أبو مهدي المهندس | جمال جعفر محمد علي آل إبراهيم / جمال جعفر آل إبراهيم |  | - | IRQ | Deputy head of the Popular Mobilisation Forces, founder of Kataib Hezbollah (killed 2020) | نائب رئيس هيئة الحشد الشعبي، مؤسس كتائب حزب الله العراقية (قتل 2020) | Jamal Jaafar Mohammed Ali Al Ibrahim |
Falih al-Fayyadh | فالح الفياض |  |  |  | IRQ | Chairman of the Popular Mobilisation Commission (2014-), National Security Adviser (2011-2020) | رئيس هيئة الحشد الشعبي، مستشار الأمن الوطني العراقي (2011-2020) | Faleh al-Fayyad |
Hadi al-Amiri | هادي العامري |  |  |  | IRQ | Leader of the Badr Organisation and the Fatah Alliance, Transport Minister (2010-2014) | الأمين العام لمنظمة بدر، زعيم تحالف الفتح | Hadi al-Ameri |
Qais al-Khazali | قيس الخزعلي | الشيخ قيس الخزعلي |  |  | IRQ | Secretary-General of Asaib Ahl al-Haq | الأمين العام لعصائب أهل الحق | Qais al-Khazali |
Akram al-Kaabi | أكرم الكعبي | الشيخ أكرم الكعبي |  |  | IRQ | Secretary-General of Harakat Hezbollah al-Nujaba | الأمين العام لحركة النجباء | Akram al-Kabi |
Abu Alaa al-Walai | أبو آلاء الولائي | هاشم بنيان السراجي |  | - | IRQ | Secretary-General of Kataib Sayyid al-Shuhada | الأمين العام لكتائب سيد الشهداء |  |
Shibl al-Zaidi | شبل الزيدي |  |  |  | IRQ | Secretary-General of Kataib al-Imam Ali | الأمين العام لكتائب الإمام علي |  |
Abu Fadak al-Mohammedawi | أبو فدك المحمداوي | عبد العزيز المحمداوي |  | - | IRQ | Chief of staff of the Popular Mobilisation Forces (2020-) | رئيس أركان هيئة الحشد الشعبي (منذ 2020) | Abdul Aziz al-Mohammedawi |
Rayan al-Kildani | ريان الكلداني |  |  |  | IRQ | Leader of the Babylon Brigades / Babylon Movement | الأمين العام لحركة بابليون وكتائب بابليون |  |
Abu Ali al-Askari | أبو علي العسكري |  |  | - | IRQ | Security official of Kataib Hezbollah (pseudonym) | المسؤول الأمني في كتائب حزب الله العراقية |  |
`;
