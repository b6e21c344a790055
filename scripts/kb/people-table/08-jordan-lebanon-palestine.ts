// Jordan, Lebanon, Palestine, 2010-2025. Columns: en | name | aliases | family | given | ISO3 | role | role_ar | en_aliases | extra
export default `
## royals: kings, emirs, crown princes
Abdullah II of Jordan | عبد الله الثاني | الملك عبد الله الثاني / عبد الله الثاني بن الحسين / الملك عبد الله الثاني بن الحسين | - | عبد الله | JOR | King of Jordan (1999-) | العاهل الأردني (منذ 1999) | King Abdullah II / Abdullah II | slug=abdullah-ii
Crown Prince Hussein of Jordan | الحسين بن عبد الله الثاني | الأمير الحسين بن عبد الله الثاني / الحسين بن عبد الله | - | الحسين | JOR | Crown Prince of Jordan (2009-) | ولي العهد الأردني (منذ 2009) | Hussein bin Abdullah | slug=hussein-bin-abdullah
Hamzah bin Hussein | حمزة بن الحسين | الأمير حمزة بن الحسين | - | حمزة | JOR | Jordanian prince, former Crown Prince (1999-2004) | الأمير الأردني، ولي العهد السابق (1999-2004) | Prince Hamzah |
Queen Rania of Jordan | رانيا العبد الله | الملكة رانيا / الملكة رانيا العبد الله | - | رانيا | JOR | Queen of Jordan (1999-) | ملكة الأردن (منذ 1999) | Queen Rania | slug=rania-al-abdullah

## heads of state and government
Samir Rifai | سمير الرفاعي | سمير زيد الرفاعي |  |  | JOR | Prime Minister of Jordan (2009-2011) | رئيس الوزراء الأردني (2009-2011) | Samir al-Rifai |
Marouf al-Bakhit | معروف البخيت |  |  |  | JOR | Prime Minister of Jordan (2005-2007, 2011) | رئيس الوزراء الأردني (2011) | Marouf Bakhit |
Awn Khasawneh | عون الخصاونة | عون شوكت الخصاونة |  |  | JOR | Prime Minister of Jordan (2011-2012) | رئيس الوزراء الأردني (2011-2012) | Awn al-Khasawneh |
Fayez Tarawneh | فايز الطراونة |  |  |  | JOR | Prime Minister of Jordan (1998-1999, 2012), chief of the Royal Hashemite Court | رئيس الوزراء الأردني (2012)، رئيس الديوان الملكي | Fayez al-Tarawneh |
Abdullah Ensour | عبد الله النسور |  |  |  | JOR | Prime Minister and Defence Minister of Jordan (2012-2016) | رئيس الوزراء ووزير الدفاع الأردني (2012-2016) | Abdullah Nsour |
Hani Mulki | هاني الملقي |  |  |  | JOR | Prime Minister and Defence Minister of Jordan (2016-2018) | رئيس الوزراء ووزير الدفاع الأردني (2016-2018) | Hani al-Mulki |
Omar Razzaz | عمر الرزاز |  |  |  | JOR | Prime Minister and Defence Minister of Jordan (2018-2020) | رئيس الوزراء ووزير الدفاع الأردني (2018-2020) | Omar al-Razzaz |
Bisher Khasawneh | بشر الخصاونة | بشر هاني الخصاونة |  |  | JOR | Prime Minister and Defence Minister of Jordan (2020-2024) | رئيس الوزراء ووزير الدفاع الأردني (2020-2024) | Bisher al-Khasawneh |
Jafar Hassan | جعفر حسان |  |  |  | JOR | Prime Minister and Defence Minister of Jordan (2024-) | رئيس الوزراء ووزير الدفاع الأردني (منذ 2024) | Jaafar Hassan |
Michel Suleiman | ميشال سليمان | ميشيل سليمان |  |  | LBN | President of Lebanon (2008-2014) | الرئيس اللبناني (2008-2014) | Michel Sleiman |
Michel Aoun | ميشال عون | ميشيل عون / العماد ميشال عون |  |  | LBN | President of Lebanon (2016-2022), founder of the Free Patriotic Movement | الرئيس اللبناني (2016-2022)، مؤسس التيار الوطني الحر |  |
Joseph Aoun | جوزاف عون | جوزيف عون / العماد جوزاف عون |  |  | LBN | President of Lebanon (2025-), commander of the Lebanese Army (2017-2025) | الرئيس اللبناني (منذ 2025)، قائد الجيش اللبناني (2017-2025) |  |
Saad Hariri | سعد الحريري | سعد رفيق الحريري / سعد الدين الحريري |  |  | LBN | Prime Minister of Lebanon (2009-2011, 2016-2020), leader of the Future Movement | رئيس الوزراء اللبناني (2009-2011، 2016-2020)، زعيم تيار المستقبل | Saad al-Hariri |
Najib Mikati | نجيب ميقاتي |  |  |  | LBN | Prime Minister of Lebanon (2005, 2011-2014, 2021-2025) | رئيس الوزراء اللبناني (2011-2014، 2021-2025) |  |
Tammam Salam | تمام سلام |  |  |  | LBN | Prime Minister of Lebanon (2014-2016) | رئيس الوزراء اللبناني (2014-2016) |  |
Hassan Diab | حسان دياب |  |  |  | LBN | Prime Minister of Lebanon (2020-2021) | رئيس الوزراء اللبناني (2020-2021) |  |
Mustapha Adib | مصطفى أديب |  |  |  | LBN | Prime Minister-designate of Lebanon (2020) | رئيس الوزراء اللبناني المكلف (2020) |  |
Nawaf Salam | نواف سلام |  |  |  | LBN | Prime Minister of Lebanon (2025-), President of the International Court of Justice (2024-2025) | رئيس الوزراء اللبناني (منذ 2025)، رئيس محكمة العدل الدولية (2024-2025) |  |
Mahmoud Abbas | محمود عباس | أبو مازن / محمود رضا عباس |  |  | PSE | President of the State of Palestine and of the Palestinian Authority (2005-), chairman of the PLO and Fatah | الرئيس الفلسطيني (منذ 2005)، رئيس منظمة التحرير وحركة فتح | Abu Mazen |
Salam Fayyad | سلام فياض |  |  |  | PSE | Prime Minister of the Palestinian Authority (2007-2013) | رئيس الوزراء الفلسطيني (2007-2013) |  |
Rami Hamdallah | رامي الحمد الله | رامي الحمدالله |  |  | PSE | Prime Minister of the Palestinian Authority (2013-2019) | رئيس الوزراء الفلسطيني (2013-2019) |  |
Mohammad Shtayyeh | محمد اشتية | محمد شتية / محمد اشتيه |  |  | PSE | Prime Minister of the Palestinian Authority (2019-2024) | رئيس الوزراء الفلسطيني (2019-2024) | Mohammad Shtayyeh |
Mohammad Mustafa | محمد مصطفى |  |  |  | PSE | Prime Minister of the Palestinian Authority (2024-) | رئيس الوزراء الفلسطيني (منذ 2024) |  | slug=mohammad-mustafa-palestine common
Yasser Arafat | ياسر عرفات |  |  |  | PSE | President of the Palestinian Authority and PLO chairman (died 2004) | الرئيس الفلسطيني الراحل، رئيس منظمة التحرير (توفي 2004) |  |

## foreign and defence ministers
Nasser Judeh | ناصر جودة |  |  |  | JOR | Foreign Minister of Jordan (2009-2017) | وزير الخارجية الأردني (2009-2017) |  |
Ayman Safadi | أيمن الصفدي |  |  |  | JOR | Foreign Minister (2017-) and Deputy Prime Minister of Jordan | نائب رئيس الوزراء وزير الخارجية الأردني (منذ 2017) | Ayman al-Safadi |
Ali Shami | علي الشامي |  |  |  | LBN | Foreign Minister of Lebanon (2009-2011) | وزير الخارجية اللبناني (2009-2011) | Ali al-Shami |
Adnan Mansour | عدنان منصور |  |  |  | LBN | Foreign Minister of Lebanon (2011-2014) | وزير الخارجية اللبناني (2011-2014) |  |
Gebran Bassil | جبران باسيل |  |  |  | LBN | Foreign Minister of Lebanon (2014-2020), leader of the Free Patriotic Movement (2015-) | وزير الخارجية اللبناني (2014-2020)، رئيس التيار الوطني الحر | Gibran Bassil |
Nassif Hitti | ناصيف حتي |  |  |  | LBN | Foreign Minister of Lebanon (2020) | وزير الخارجية اللبناني (2020) |  |
Charbel Wehbe | شربل وهبة |  |  |  | LBN | Foreign Minister of Lebanon (2020-2021) | وزير الخارجية اللبناني (2020-2021) |  |
Abdallah Bou Habib | عبد الله بو حبيب |  |  |  | LBN | Foreign Minister of Lebanon (2021-2025) | وزير الخارجية اللبناني (2021-2025) | Abdallah Bouhabib |
Youssef Rajji | يوسف رجي |  |  |  | LBN | Foreign Minister of Lebanon (2025-) | وزير الخارجية اللبناني (منذ 2025) | Youssef Raggi |
Elias Murr | إلياس المر | الياس المر |  |  | LBN | Defence Minister and Deputy Prime Minister of Lebanon (2005-2011) | وزير الدفاع اللبناني (2005-2011) |  |
Fayez Ghosn | فايز غصن |  |  |  | LBN | Defence Minister of Lebanon (2011-2014) | وزير الدفاع اللبناني (2011-2014) |  |
Samir Mokbel | سمير مقبل |  |  |  | LBN | Defence Minister and Deputy Prime Minister of Lebanon (2014-2016) | وزير الدفاع اللبناني (2014-2016) |  |
Yacoub Sarraf | يعقوب الصراف |  |  |  | LBN | Defence Minister of Lebanon (2016-2019) | وزير الدفاع اللبناني (2016-2019) |  |
Elias Bou Saab | إلياس بو صعب | الياس بو صعب |  |  | LBN | Defence Minister (2019-2020) and Deputy Speaker of Parliament (2022-) of Lebanon | وزير الدفاع اللبناني (2019-2020)، نائب رئيس مجلس النواب |  |
Zeina Akar | زينة عكر |  |  |  | LBN | Defence Minister and Deputy Prime Minister of Lebanon (2020-2021) | وزيرة الدفاع اللبنانية (2020-2021) |  |
Maurice Slim | موريس سليم |  |  |  | LBN | Defence Minister of Lebanon (2021-2025) | وزير الدفاع اللبناني (2021-2025) |  |
Michel Menassa | ميشال منسى |  |  |  | LBN | Defence Minister of Lebanon (2025-) | وزير الدفاع اللبناني (منذ 2025) |  |
Riyad al-Maliki | رياض المالكي |  |  |  | PSE | Foreign Minister of the Palestinian Authority (2007-2024) | وزير الخارجية الفلسطيني (2007-2024) | Riyad Malki |
Varsen Aghabekian | فارسين أغابكيان | فارسين آغابكيان |  |  | PSE | Foreign Minister of the Palestinian Authority (2025-), Minister of State for Foreign Affairs (2024-2025) | وزيرة الخارجية الفلسطينية (منذ 2025)، وزيرة الدولة للشؤون الخارجية (2024-2025) | Varsen Aghabekian Shahin |

## intelligence and military chiefs
Mahmoud Freihat | محمود فريحات | الفريق الركن محمود فريحات |  |  | JOR | Chairman of the Joint Chiefs of Staff of Jordan (2016-2019) | رئيس هيئة الأركان المشتركة الأردنية (2016-2019) |  |
Yousef Huneiti | يوسف الحنيطي | يوسف أحمد الحنيطي |  |  | JOR | Chairman of the Joint Chiefs of Staff of Jordan (2019-) | رئيس هيئة الأركان المشتركة الأردنية (منذ 2019) |  |
Jean Kahwaji | جان قهوجي | العماد جان قهوجي |  |  | LBN | Commander of the Lebanese Army (2008-2017) | قائد الجيش اللبناني (2008-2017) |  |
Rodolphe Haykal | رودولف هيكل | العماد رودولف هيكل |  |  | LBN | Commander of the Lebanese Army (2025-) | قائد الجيش اللبناني (منذ 2025) |  |
Abbas Ibrahim | عباس إبراهيم | اللواء عباس إبراهيم |  |  | LBN | Director-General of Lebanese General Security (2011-2023) | المدير العام للأمن العام اللبناني (2011-2023) |  |
Wissam al-Hassan | وسام الحسن | اللواء وسام الحسن |  |  | LBN | Head of the Information Branch of the Internal Security Forces (killed 2012) | رئيس شعبة المعلومات في قوى الأمن الداخلي اللبناني (اغتيل 2012) |  |
Ashraf Rifi | أشرف ريفي | اللواء أشرف ريفي |  |  | LBN | Director-General of the Internal Security Forces (2005-2013), Justice Minister (2014-2016) | المدير العام لقوى الأمن الداخلي (2005-2013)، وزير العدل (2014-2016) |  |
Majed Faraj | ماجد فرج | اللواء ماجد فرج |  |  | PSE | Head of Palestinian General Intelligence (2009-) | رئيس جهاز المخابرات العامة الفلسطيني (منذ 2009) |  |

## politicians and public figures
Mohammad Momani | محمد المومني |  |  |  | JOR | Government spokesman and Minister of State for Media Affairs of Jordan | وزير الدولة لشؤون الإعلام الناطق الرسمي باسم الحكومة الأردنية |  |
Rafik Hariri | رفيق الحريري |  |  |  | LBN | Prime Minister of Lebanon (1992-1998, 2000-2004) (assassinated 2005) | رئيس الوزراء اللبناني الأسبق (اغتيل 2005) | Rafic Hariri |
Fouad Siniora | فؤاد السنيورة |  |  |  | LBN | Prime Minister of Lebanon (2005-2009) | رئيس الوزراء اللبناني الأسبق (2005-2009) |  |
Nabih Berri | نبيه بري |  |  |  | LBN | Speaker of the Lebanese Parliament (1992-), leader of the Amal Movement | رئيس مجلس النواب اللبناني (منذ 1992)، رئيس حركة أمل |  |
Walid Jumblatt | وليد جنبلاط |  |  |  | LBN | Leader of the Progressive Socialist Party (1977-2023) | الزعيم الدرزي، رئيس الحزب التقدمي الاشتراكي (1977-2023) |  |
Taymour Jumblatt | تيمور جنبلاط |  |  |  | LBN | Leader of the Progressive Socialist Party (2023-) | رئيس الحزب التقدمي الاشتراكي (منذ 2023) |  |
Samir Geagea | سمير جعجع |  |  |  | LBN | Leader of the Lebanese Forces party | رئيس حزب القوات اللبنانية |  |
Sami Gemayel | سامي الجميل |  |  |  | LBN | Leader of the Kataeb Party (2015-) | رئيس حزب الكتائب اللبنانية (منذ 2015) |  |
Amin Gemayel | أمين الجميل |  |  |  | LBN | President of Lebanon (1982-1988), leader of the Kataeb Party | الرئيس اللبناني الأسبق (1982-1988) |  |
Suleiman Frangieh | سليمان فرنجية |  |  |  | LBN | Leader of the Marada Movement | رئيس تيار المردة |  |
Riad Salameh | رياض سلامة |  |  |  | LBN | Governor of the Banque du Liban (1993-2023) | حاكم مصرف لبنان (1993-2023) |  |
Ahmed al-Assir | أحمد الأسير | الشيخ أحمد الأسير |  |  | LBN | Salafist preacher from Sidon, convicted over the 2013 Abra clashes | الشيخ السلفي من صيدا، قائد اشتباكات عبرا (2013) |  |
Saeb Erekat | صائب عريقات |  |  |  | PSE | Chief Palestinian negotiator, Secretary-General of the PLO Executive Committee (died 2020) | كبير المفاوضين الفلسطينيين، أمين سر اللجنة التنفيذية لمنظمة التحرير (توفي 2020) | Saeb Erakat |
Hussein al-Sheikh | حسين الشيخ |  |  |  | PSE | Vice President of the PLO and the State of Palestine (2025-), Secretary-General of the PLO Executive Committee (2022-) | نائب رئيس منظمة التحرير ودولة فلسطين (منذ 2025)، أمين سر اللجنة التنفيذية |  |
Jibril Rajoub | جبريل الرجوب |  |  |  | PSE | Secretary of Fatah's Central Committee | أمين سر اللجنة المركزية لحركة فتح |  |
Marwan Barghouti | مروان البرغوثي |  |  |  | PSE | Fatah leader imprisoned in Israel | القيادي في حركة فتح والأسير في السجون الإسرائيلية |  |
Mustafa Barghouti | مصطفى البرغوثي |  |  |  | PSE | Secretary-General of the Palestinian National Initiative | الأمين العام لحركة المبادرة الوطنية الفلسطينية |  |
Nabil Abu Rudeineh | نبيل أبو ردينة |  |  |  | PSE | Spokesman of the Palestinian presidency | الناطق الرسمي باسم الرئاسة الفلسطينية |  |
Azzam al-Ahmad | عزام الأحمد |  |  |  | PSE | Member of Fatah's Central Committee, head of Fatah's reconciliation delegation | عضو اللجنة المركزية لحركة فتح، مسؤول ملف المصالحة |  |
Mahmoud al-Aloul | محمود العالول |  |  |  | PSE | Deputy chairman of Fatah (2017-) | نائب رئيس حركة فتح (منذ 2017) |  |
Rawhi Fattouh | روحي فتوح |  |  |  | PSE | Speaker of the Palestinian National Council (2022-) | رئيس المجلس الوطني الفلسطيني (منذ 2022) |  |
Riyad Mansour | رياض منصور |  |  |  | PSE | Palestinian ambassador to the UN (2005-) | المندوب الفلسطيني لدى الأمم المتحدة (منذ 2005) |  |
Mohammed Dahlan | محمد دحلان |  |  |  | PSE | Former Fatah security chief in Gaza, leader of the Democratic Reform Current | القيادي المفصول من حركة فتح، زعيم تيار الإصلاح الديمقراطي |  |
Ahmad Saadat | أحمد سعدات |  |  |  | PSE | Secretary-General of the Popular Front for the Liberation of Palestine (PFLP), imprisoned in Israel | الأمين العام للجبهة الشعبية لتحرير فلسطين، الأسير في السجون الإسرائيلية |  |

## religious leaders
Bechara Boutros al-Rai | بشارة بطرس الراعي | البطريرك بشارة بطرس الراعي / البطريرك بشارة الراعي / البطريرك الراعي / بشارة الراعي |  |  | LBN | Maronite Patriarch of Antioch (2011-) | البطريرك الماروني (منذ 2011) | Bechara Rai |
Abdul Latif Derian | عبد اللطيف دريان | الشيخ عبد اللطيف دريان |  |  | LBN | Grand Mufti of Lebanon (2014-) | مفتي الجمهورية اللبنانية (منذ 2014) |  |
Mohammed Rashid Qabbani | محمد رشيد قباني | الشيخ محمد رشيد قباني |  |  | LBN | Grand Mufti of Lebanon (1996-2014) | مفتي الجمهورية اللبنانية (1996-2014) |  |
Mohammad Hussein Fadlallah | محمد حسين فضل الله | السيد محمد حسين فضل الله |  | محمد حسين | LBN | Senior Lebanese Shia cleric (died 2010) | المرجع الشيعي اللبناني (توفي 2010) |  |
Ekrima Sabri | عكرمة صبري | الشيخ عكرمة صبري |  |  | PSE | Preacher of al-Aqsa Mosque, head of the Higher Islamic Council in Jerusalem | خطيب المسجد الأقصى ورئيس الهيئة الإسلامية العليا في القدس |  |

## armed-group leaders
Hassan Nasrallah | حسن نصر الله | السيد حسن نصر الله |  |  | LBN | Secretary-General of Hezbollah (1992-2024) (killed 2024) | الأمين العام لحزب الله (1992-2024) (قتل 2024) | Sayyed Hassan Nasrallah |
Naim Qassem | نعيم قاسم | الشيخ نعيم قاسم |  |  | LBN | Secretary-General of Hezbollah (2024-), deputy secretary-general (1991-2024) | الأمين العام لحزب الله (منذ 2024)، نائب الأمين العام (1991-2024) | Naim Kassem |
Hashem Safieddine | هاشم صفي الدين | السيد هاشم صفي الدين |  |  | LBN | Head of Hezbollah's Executive Council (killed 2024) | رئيس المجلس التنفيذي لحزب الله (قتل 2024) |  |
Imad Mughniyeh | عماد مغنية | الحاج رضوان |  |  | LBN | Hezbollah military commander (killed 2008) | القائد العسكري لحزب الله (قتل 2008) | Imad Mughniyah |
Mustafa Badreddine | مصطفى بدر الدين |  |  |  | LBN | Hezbollah military commander (killed 2016) | القائد العسكري لحزب الله (قتل 2016) |  |
Fuad Shukr | فؤاد شكر |  |  |  | LBN | Senior Hezbollah military commander (killed 2024) | القائد العسكري البارز في حزب الله (قتل 2024) |  |
Ibrahim Aqil | إبراهيم عقيل |  |  |  | LBN | Commander of Hezbollah's Radwan Force (killed 2024) | قائد قوة الرضوان في حزب الله (قتل 2024) |  |
Wafiq Safa | وفيق صفا |  |  |  | LBN | Head of Hezbollah's Liaison and Coordination Unit | مسؤول وحدة الارتباط والتنسيق في حزب الله |  |
Mohammad Raad | محمد رعد |  |  |  | LBN | Head of Hezbollah's parliamentary bloc (Loyalty to the Resistance) | رئيس كتلة الوفاء للمقاومة النيابية التابعة لحزب الله |  |
Mohammad Afif | محمد عفيف |  |  |  | LBN | Head of Hezbollah's media relations (killed 2024) | مسؤول العلاقات الإعلامية في حزب الله (قتل 2024) |  |
Nabil Qaouk | نبيل قاووق | الشيخ نبيل قاووق |  |  | LBN | Member of Hezbollah's Central Council (killed 2024) | عضو المجلس المركزي في حزب الله (قتل 2024) |  |
Samir Kuntar | سمير القنطار |  |  |  | LBN | Lebanese militant freed by Israel in 2008 (killed 2015) | الأسير اللبناني المحرر من السجون الإسرائيلية (قتل 2015) |  |
Jihad Mughniyeh | جهاد مغنية |  |  |  | LBN | Hezbollah member, son of Imad Mughniyeh (killed 2015) | عنصر في حزب الله، نجل عماد مغنية (قتل 2015) |  |
Abbas al-Musawi | عباس الموسوي | السيد عباس الموسوي |  |  | LBN | Secretary-General of Hezbollah (1991-1992) (killed 1992) | الأمين العام الأسبق لحزب الله (اغتيل 1992) |  |
Subhi al-Tufayli | صبحي الطفيلي | الشيخ صبحي الطفيلي |  |  | LBN | First Secretary-General of Hezbollah (1989-1991) | الأمين العام الأول لحزب الله (1989-1991) |  |
Khaled Mashal | خالد مشعل |  |  |  | PSE | Head of Hamas's political bureau (1996-2017), head of Hamas abroad | رئيس المكتب السياسي لحركة حماس (1996-2017)، رئيس الحركة في الخارج | Khaled Meshaal |
Ismail Haniyeh | إسماعيل هنية |  |  |  | PSE | Head of Hamas's political bureau (2017-2024), Palestinian Prime Minister (2006-2007) (killed 2024) | رئيس المكتب السياسي لحركة حماس (2017-2024)، رئيس الوزراء الفلسطيني الأسبق (اغتيل 2024) | Ismail Haniya |
Yahya Sinwar | يحيى السنوار |  |  |  | PSE | Leader of Hamas in Gaza (2017-2024) and head of its political bureau (2024) (killed 2024) | قائد حركة حماس في غزة (2017-2024)، رئيس مكتبها السياسي (2024) (قتل 2024) |  |
Mohammed Sinwar | محمد السنوار |  |  |  | PSE | Commander of the Qassam Brigades (2024-2025) (killed 2025) | قائد كتائب القسام (2024-2025) (قتل 2025) |  |
Mohammed Deif | محمد الضيف | محمد دياب إبراهيم المصري |  |  | PSE | Commander of the Qassam Brigades (2002-2024) (killed 2024) | القائد العام لكتائب عز الدين القسام (قتل 2024) | Mohammed Dief |
Marwan Issa | مروان عيسى |  |  |  | PSE | Deputy commander of the Qassam Brigades (killed 2024) | نائب القائد العام لكتائب القسام (قتل 2024) |  |
Ahmed Jabari | أحمد الجعبري |  |  |  | PSE | Deputy commander of the Qassam Brigades (killed 2012) | نائب القائد العام لكتائب القسام (اغتيل 2012) |  |
Izz al-Din al-Haddad | عز الدين الحداد |  |  |  | PSE | Commander of the Qassam Brigades (2025-) | قائد كتائب القسام (منذ 2025) |  |
Abu Obaida | أبو عبيدة |  | - | - | PSE | Spokesman of the Qassam Brigades (pseudonym) | الناطق العسكري باسم كتائب القسام | Abu Obeida | common
Saleh al-Arouri | صالح العاروري |  |  |  | PSE | Deputy head of Hamas's political bureau (killed 2024) | نائب رئيس المكتب السياسي لحركة حماس (اغتيل 2024) |  |
Mousa Abu Marzouk | موسى أبو مرزوق |  |  |  | PSE | Deputy head of Hamas's political bureau | نائب رئيس المكتب السياسي لحركة حماس | Moussa Abu Marzouk |
Mahmoud al-Zahar | محمود الزهار |  |  |  | PSE | Senior Hamas leader, Palestinian Foreign Minister (2006-2007) | القيادي البارز في حركة حماس |  |
Khalil al-Hayya | خليل الحية |  |  |  | PSE | Head of Hamas in Gaza and its chief negotiator (2024-) | رئيس حركة حماس في غزة ورئيس وفدها المفاوض |  |
Zaher Jabarin | زاهر جبارين |  |  |  | PSE | Head of Hamas in the West Bank (2024-) | رئيس حركة حماس في الضفة الغربية |  |
Husam Badran | حسام بدران |  |  |  | PSE | Member of Hamas's political bureau | عضو المكتب السياسي لحركة حماس |  |
Osama Hamdan | أسامة حمدان |  |  |  | PSE | Hamas representative in Lebanon, member of the political bureau | ممثل حركة حماس في لبنان، عضو المكتب السياسي |  |
Ghazi Hamad | غازي حمد |  |  |  | PSE | Senior Hamas official | القيادي في حركة حماس |  |
Basem Naim | باسم نعيم |  |  |  | PSE | Member of Hamas's political bureau | عضو المكتب السياسي لحركة حماس |  |
Sami Abu Zuhri | سامي أبو زهري |  |  |  | PSE | Hamas spokesman | المتحدث باسم حركة حماس |  |
Fawzi Barhoum | فوزي برهوم |  |  |  | PSE | Hamas spokesman | المتحدث باسم حركة حماس |  |
Hazem Qassem | حازم قاسم |  |  |  | PSE | Hamas spokesman | المتحدث باسم حركة حماس |  |
Ramadan Shallah | رمضان شلح | رمضان عبد الله شلح |  |  | PSE | Secretary-General of Palestinian Islamic Jihad (1995-2018) (died 2020) | الأمين العام لحركة الجهاد الإسلامي (1995-2018) |  |
Ziyad al-Nakhalah | زياد النخالة |  |  |  | PSE | Secretary-General of Palestinian Islamic Jihad (2018-) | الأمين العام لحركة الجهاد الإسلامي (منذ 2018) | Ziad Nakhaleh |
Bahaa Abu al-Ata | بهاء أبو العطا |  |  |  | PSE | Commander in the al-Quds Brigades of Islamic Jihad (killed 2019) | القائد في سرايا القدس التابعة للجهاد الإسلامي (اغتيل 2019) |  |
`;
