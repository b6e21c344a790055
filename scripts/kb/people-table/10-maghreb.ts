// Libya, Tunisia, Algeria, Morocco, Mauritania, 2010-2025. Columns: en | name | aliases | family | given | ISO3 | role | role_ar | en_aliases | extra
export default `
## heads of state and government
Muammar Gaddafi | معمر القذافي | معمر محمد أبو منيار القذافي / العقيد معمر القذافي |  |  | LBY | Leader of Libya (1969-2011) (killed 2011) | الزعيم الليبي (1969-2011) (قتل 2011) | Muammar al-Qaddafi / Moammar Gadhafi / Gaddafi | Q19878
Baghdadi Mahmudi | البغدادي المحمودي | البغدادي علي المحمودي |  | - | LBY | Prime Minister (Secretary of the General People's Committee) of Libya (2006-2011) | أمين اللجنة الشعبية العامة (رئيس الوزراء) الليبي (2006-2011) | Al-Baghdadi Ali al-Mahmudi |
Mustafa Abdul Jalil | مصطفى عبد الجليل | المستشار مصطفى عبد الجليل |  |  | LBY | Chairman of the National Transitional Council of Libya (2011-2012) | رئيس المجلس الوطني الانتقالي الليبي (2011-2012) | Mustafa Abdel Jalil |
Ali Tarhouni | علي الترهوني |  |  |  | LBY | Acting chairman of the executive board of the National Transitional Council of Libya (2011) | رئيس المكتب التنفيذي للمجلس الوطني الانتقالي الليبي بالوكالة (2011) |  |
Mahmoud Jibril | محمود جبريل |  |  |  | LBY | Chairman of the executive board of the National Transitional Council (2011), leader of the National Forces Alliance (died 2020) | رئيس المكتب التنفيذي للمجلس الانتقالي الليبي (2011)، رئيس تحالف القوى الوطنية |  |
Abdurrahim El-Keib | عبد الرحيم الكيب |  |  |  | LBY | Prime Minister of Libya (2011-2012) | رئيس الوزراء الليبي (2011-2012) | Abdel Rahim al-Keeb |
Mohammed Magariaf | محمد المقريف | محمد يوسف المقريف |  |  | LBY | President of the General National Congress of Libya (2012-2013) | رئيس المؤتمر الوطني العام الليبي (2012-2013) | Mohamed Yusuf al-Magariaf |
Nouri Abusahmain | نوري أبو سهمين | نوري بوسهمين |  |  | LBY | President of the General National Congress of Libya (2013-2016) | رئيس المؤتمر الوطني العام الليبي (2013-2016) | Nouri Busahmein |
Ali Zeidan | علي زيدان |  |  |  | LBY | Prime Minister of Libya (2012-2014) | رئيس الوزراء الليبي (2012-2014) |  |
Abdullah al-Thani | عبد الله الثني |  |  |  | LBY | Prime Minister of Libya (2014-2021, eastern-based government) | رئيس الحكومة الليبية المؤقتة في الشرق (2014-2021) | Abdullah al-Thinni |
Ahmed Maiteeq | أحمد معيتيق |  |  |  | LBY | Prime Minister of Libya (2014), Deputy Prime Minister of the Government of National Accord (2016-2021) | رئيس الوزراء الليبي (2014)، نائب رئيس المجلس الرئاسي (2016-2021) | Ahmed Maetig |
Omar al-Hassi | عمر الحاسي |  |  |  | LBY | Prime Minister of the Tripoli-based National Salvation Government (2014-2015) | رئيس حكومة الإنقاذ الوطني في طرابلس (2014-2015) |  |
Khalifa al-Ghawil | خليفة الغويل |  |  |  | LBY | Prime Minister of the Tripoli-based National Salvation Government (2015-2017) | رئيس حكومة الإنقاذ الوطني في طرابلس (2015-2017) | Khalifa Ghwell |
Aguila Saleh | عقيلة صالح | عقيلة صالح عيسى / المستشار عقيلة صالح |  |  | LBY | Speaker of the Libyan House of Representatives (2014-) | رئيس مجلس النواب الليبي (منذ 2014) | Aguila Saleh Issa |
Fayez al-Sarraj | فايز السراج | فايز مصطفى السراج |  |  | LBY | Chairman of the Presidential Council and Prime Minister of the Government of National Accord of Libya (2016-2021) | رئيس المجلس الرئاسي ورئيس حكومة الوفاق الوطني الليبية (2016-2021) | Fayez Sarraj |
Mohamed al-Menfi | محمد المنفي | محمد يونس المنفي |  |  | LBY | Chairman of the Presidential Council of Libya (2021-) | رئيس المجلس الرئاسي الليبي (منذ 2021) | Mohammad Younes Menfi |
Abdul Hamid Dbeibah | عبد الحميد الدبيبة | عبد الحميد محمد الدبيبة |  |  | LBY | Prime Minister of the Government of National Unity of Libya (2021-) | رئيس حكومة الوحدة الوطنية الليبية (منذ 2021) | Abdul Hamid Dbeibeh |
Fathi Bashagha | فتحي باشاغا | فتحي باش آغا |  |  | LBY | Prime Minister of the House-appointed Government of National Stability (2022-2023), Interior Minister of the GNA (2018-2021) | رئيس حكومة الاستقرار الوطني (2022-2023)، وزير الداخلية في حكومة الوفاق (2018-2021) |  |
Osama Hammad | أسامة حماد |  |  |  | LBY | Prime Minister of the eastern-based Government of National Stability (2023-) | رئيس الحكومة الليبية المكلفة من مجلس النواب (منذ 2023) |  |
Zine El Abidine Ben Ali | زين العابدين بن علي | زين العابدين بن علي |  |  | TUN | President of Tunisia (1987-2011) (died 2019) | الرئيس التونسي (1987-2011) | Ben Ali |
Fouad Mebazaa | فؤاد المبزع |  |  |  | TUN | Interim President of Tunisia (2011) | الرئيس التونسي المؤقت (2011) |  |
Moncef Marzouki | المنصف المرزوقي | منصف المرزوقي / محمد المنصف المرزوقي |  | المنصف | TUN | President of Tunisia (2011-2014) | الرئيس التونسي (2011-2014) | Moncef Marzouki |
Beji Caid Essebsi | الباجي قائد السبسي | الباجي قايد السبسي / محمد الباجي قائد السبسي | السبسي | الباجي | TUN | President of Tunisia (2014-2019), Prime Minister (2011) (died 2019) | الرئيس التونسي (2014-2019)، رئيس الحكومة (2011) | Beji Caid el-Sebsi |
Mohamed Ennaceur | محمد الناصر |  |  |  | TUN | Interim President of Tunisia (2019), Speaker of Parliament (2014-2019) | الرئيس التونسي المؤقت (2019)، رئيس مجلس نواب الشعب (2014-2019) |  |
Kais Saied | قيس سعيد |  |  |  | TUN | President of Tunisia (2019-) | الرئيس التونسي (منذ 2019) | Kais Saïed |
Mohamed Ghannouchi | محمد الغنوشي |  |  |  | TUN | Prime Minister of Tunisia (1999-2011) | الوزير الأول التونسي (1999-2011) |  |
Hamadi Jebali | حمادي الجبالي |  |  |  | TUN | Head of Government of Tunisia (2011-2013) | رئيس الحكومة التونسية (2011-2013) |  |
Ali Laarayedh | علي العريض |  |  |  | TUN | Head of Government of Tunisia (2013-2014) | رئيس الحكومة التونسية (2013-2014) |  |
Mehdi Jomaa | مهدي جمعة |  |  |  | TUN | Head of Government of Tunisia (2014-2015) | رئيس الحكومة التونسية (2014-2015) |  |
Habib Essid | الحبيب الصيد | حبيب الصيد |  | الحبيب | TUN | Head of Government of Tunisia (2015-2016) | رئيس الحكومة التونسية (2015-2016) |  |
Youssef Chahed | يوسف الشاهد |  |  |  | TUN | Head of Government of Tunisia (2016-2020) | رئيس الحكومة التونسية (2016-2020) |  |
Elyes Fakhfakh | إلياس الفخفاخ | الياس الفخفاخ |  |  | TUN | Head of Government of Tunisia (2020) | رئيس الحكومة التونسية (2020) |  |
Hichem Mechichi | هشام المشيشي |  |  |  | TUN | Head of Government of Tunisia (2020-2021) | رئيس الحكومة التونسية (2020-2021) |  |
Najla Bouden | نجلاء بودن | نجلاء بودن رمضان |  |  | TUN | Head of Government of Tunisia (2021-2023) | رئيسة الحكومة التونسية (2021-2023) | Najla Bouden Romdhane |
Ahmed Hachani | أحمد الحشاني |  |  |  | TUN | Head of Government of Tunisia (2023-2024) | رئيس الحكومة التونسية (2023-2024) |  |
Kamel Madouri | كمال المدوري |  |  |  | TUN | Head of Government of Tunisia (2024-2025) | رئيس الحكومة التونسية (2024-2025) | Kamel Maddouri |
Sara Zaafrani Zenzri | سارة الزعفراني الزنزري | سارة الزعفراني |  |  | TUN | Head of Government of Tunisia (2025-) | رئيسة الحكومة التونسية (منذ 2025) |  |
Abdelaziz Bouteflika | عبد العزيز بوتفليقة |  |  |  | DZA | President of Algeria (1999-2019) (died 2021) | الرئيس الجزائري (1999-2019) |  |
Abdelkader Bensalah | عبد القادر بن صالح |  |  |  | DZA | Interim President of Algeria (2019), President of the Council of the Nation (2002-2019) | الرئيس الجزائري المؤقت (2019)، رئيس مجلس الأمة (2002-2019) |  |
Abdelmadjid Tebboune | عبد المجيد تبون |  |  |  | DZA | President of Algeria (2019-), Prime Minister (2017) | الرئيس الجزائري (منذ 2019)، الوزير الأول (2017) |  |
Ahmed Ouyahia | أحمد أويحيى |  |  |  | DZA | Prime Minister of Algeria (1995-1998, 2003-2006, 2008-2012, 2017-2019) | الوزير الأول الجزائري (2008-2012، 2017-2019) |  |
Abdelmalek Sellal | عبد المالك سلال |  |  |  | DZA | Prime Minister of Algeria (2012-2017) | الوزير الأول الجزائري (2012-2017) |  |
Youcef Yousfi | يوسف يوسفي |  |  |  | DZA | Acting Prime Minister of Algeria (2014), Energy Minister | الوزير الأول الجزائري بالنيابة (2014)، وزير الطاقة |  |
Noureddine Bedoui | نور الدين بدوي |  |  |  | DZA | Prime Minister of Algeria (2019) | الوزير الأول الجزائري (2019) |  |
Abdelaziz Djerad | عبد العزيز جراد |  |  |  | DZA | Prime Minister of Algeria (2019-2021) | الوزير الأول الجزائري (2019-2021) |  |
Aymen Benabderrahmane | أيمن بن عبد الرحمن |  |  |  | DZA | Prime Minister of Algeria (2021-2023) | الوزير الأول الجزائري (2021-2023) |  |
Nadir Larbaoui | نذير العرباوي |  |  |  | DZA | Prime Minister of Algeria (2023-2025) | الوزير الأول الجزائري (2023-2025) |  |
Sifi Ghrieb | سيفي غريب |  |  |  | DZA | Prime Minister of Algeria (2025-) | الوزير الأول الجزائري (منذ 2025) |  |
Abbas El Fassi | عباس الفاسي |  |  |  | MAR | Prime Minister of Morocco (2007-2011) | الوزير الأول المغربي (2007-2011) |  |
Abdelilah Benkirane | عبد الإله بنكيران | عبد الإله ابن كيران / عبد الإله بن كيران |  |  | MAR | Head of Government of Morocco (2011-2017), Secretary-General of the Justice and Development Party | رئيس الحكومة المغربية (2011-2017)، الأمين العام لحزب العدالة والتنمية |  |
Saadeddine Othmani | سعد الدين العثماني |  |  |  | MAR | Head of Government (2017-2021) and Foreign Minister (2012-2013) of Morocco | رئيس الحكومة المغربية (2017-2021)، وزير الخارجية (2012-2013) | Saad Eddine El Othmani |
Aziz Akhannouch | عزيز أخنوش |  |  |  | MAR | Head of Government of Morocco (2021-) | رئيس الحكومة المغربية (منذ 2021) |  |
Mohamed Ould Abdel Aziz | محمد ولد عبد العزيز |  |  |  | MRT | President of Mauritania (2009-2019) | الرئيس الموريتاني (2009-2019) |  |
Mohamed Ould Ghazouani | محمد ولد الشيخ الغزواني | محمد ولد الغزواني / محمد ولد الشيخ محمد أحمد الغزواني | الغزواني |  | MRT | President of Mauritania (2019-), Defence Minister (2018-2019) | الرئيس الموريتاني (منذ 2019)، وزير الدفاع (2018-2019) | Mohamed Ould Cheikh El Ghazouani |
Moulaye Ould Mohamed Laghdaf | مولاي ولد محمد لقظف |  |  |  | MRT | Prime Minister of Mauritania (2008-2014) | الوزير الأول الموريتاني (2008-2014) |  |
Yahya Ould Hademine | يحيى ولد حدمين |  |  |  | MRT | Prime Minister of Mauritania (2014-2018) | الوزير الأول الموريتاني (2014-2018) |  |
Mohamed Salem Ould Béchir | محمد سالم ولد البشير |  |  |  | MRT | Prime Minister of Mauritania (2018-2019) | الوزير الأول الموريتاني (2018-2019) | Mohamed Salem Ould Bechir |
Ismail Ould Bedde Ould Cheikh Sidiya | إسماعيل ولد بده ولد الشيخ سيديا | إسماعيل ولد الشيخ سيديا | ولد الشيخ سيديا |  | MRT | Prime Minister of Mauritania (2019-2020) | الوزير الأول الموريتاني (2019-2020) |  |
Mohamed Ould Bilal | محمد ولد بلال | محمد ولد بلال مسعود |  |  | MRT | Prime Minister of Mauritania (2020-2024) | الوزير الأول الموريتاني (2020-2024) |  |
Mokhtar Ould Djay | المختار ولد اجاي | المختار ولد أجاي |  |  | MRT | Prime Minister of Mauritania (2024-) | الوزير الأول الموريتاني (منذ 2024) |  |

## royals: kings, emirs, crown princes
Mohammed VI of Morocco | محمد السادس | الملك محمد السادس / العاهل المغربي محمد السادس | - | - | MAR | King of Morocco (1999-) | العاهل المغربي (منذ 1999) | King Mohammed VI | slug=mohammed-vi
Crown Prince Moulay Hassan of Morocco | مولاي الحسن | ولي العهد الأمير مولاي الحسن / الأمير مولاي الحسن | - | - | MAR | Crown Prince of Morocco | ولي العهد المغربي | Moulay Hassan | slug=moulay-hassan

## foreign and defence ministers
Mohamed Siala | محمد سيالة | محمد الطاهر سيالة |  |  | LBY | Foreign Minister of the Government of National Accord of Libya (2016-2021) | وزير الخارجية في حكومة الوفاق الوطني الليبية (2016-2021) |  |
Najla Mangoush | نجلاء المنقوش |  |  |  | LBY | Foreign Minister of the Government of National Unity of Libya (2021-2023) | وزيرة الخارجية في حكومة الوحدة الوطنية الليبية (2021-2023) |  |
Rafik Abdessalem | رفيق عبد السلام |  |  |  | TUN | Foreign Minister of Tunisia (2011-2013) | وزير الخارجية التونسي (2011-2013) |  |
Khemaies Jhinaoui | خميس الجهيناوي |  |  |  | TUN | Foreign Minister of Tunisia (2016-2019) | وزير الخارجية التونسي (2016-2019) |  |
Othman Jerandi | عثمان الجرندي |  |  |  | TUN | Foreign Minister of Tunisia (2013-2014, 2020-2023) | وزير الخارجية التونسي (2013-2014، 2020-2023) |  |
Nabil Ammar | نبيل عمار |  |  |  | TUN | Foreign Minister of Tunisia (2023-2024) | وزير الخارجية التونسي (2023-2024) |  |
Mohamed Ali Nafti | محمد علي النفطي |  |  |  | TUN | Foreign Minister of Tunisia (2024-) | وزير الخارجية التونسي (منذ 2024) |  |
Mourad Medelci | مراد مدلسي |  |  |  | DZA | Foreign Minister of Algeria (2007-2013) | وزير الخارجية الجزائري (2007-2013) |  |
Ramtane Lamamra | رمطان لعمامرة |  |  |  | DZA | Foreign Minister of Algeria (2013-2017, 2021-2023), UN envoy for Sudan (2023-) | وزير الخارجية الجزائري (2013-2017، 2021-2023)، المبعوث الأممي إلى السودان |  |
Abdelkader Messahel | عبد القادر مساهل |  |  |  | DZA | Foreign Minister of Algeria (2017-2019) | وزير الخارجية الجزائري (2017-2019) |  |
Sabri Boukadoum | صبري بوقادوم |  |  |  | DZA | Foreign Minister of Algeria (2019-2021) | وزير الخارجية الجزائري (2019-2021) |  |
Ahmed Attaf | أحمد عطاف |  |  |  | DZA | Foreign Minister of Algeria (2023-) | وزير الخارجية الجزائري (منذ 2023) |  |
Taieb Fassi Fihri | الطيب الفاسي الفهري | الطيب الفاسي الفهري |  | الطيب | MAR | Foreign Minister of Morocco (2007-2012) | وزير الخارجية المغربي (2007-2012) |  |
Salaheddine Mezouar | صلاح الدين مزوار |  |  |  | MAR | Foreign Minister of Morocco (2013-2017) | وزير الخارجية المغربي (2013-2017) |  |
Nasser Bourita | ناصر بوريطة |  |  |  | MAR | Foreign Minister of Morocco (2017-) | وزير الخارجية المغربي (منذ 2017) |  |
Mohamed Salem Ould Merzouk | محمد سالم ولد مرزوك |  |  |  | MRT | Foreign Minister of Mauritania (2020-) | وزير الخارجية الموريتاني (منذ 2020) |  |

## intelligence and military chiefs
Ahmed Gaid Salah | أحمد قايد صالح | الفريق أحمد قايد صالح / أحمد قائد صالح |  |  | DZA | Chief of Staff of the Algerian Army and Deputy Defence Minister (2004-2019) (died 2019) | رئيس أركان الجيش الجزائري ونائب وزير الدفاع (2004-2019) |  |
Saïd Chengriha | السعيد شنقريحة | سعيد شنقريحة / الفريق أول السعيد شنقريحة |  | السعيد | DZA | Chief of Staff of the Algerian Army (2019-) | رئيس أركان الجيش الجزائري (منذ 2019) | Said Chanegriha |
Mohamed Mediène | محمد مدين | الجنرال توفيق / محمد مدين المدعو توفيق |  |  | DZA | Head of the Algerian intelligence service DRS (1990-2015) | رئيس دائرة الاستعلام والأمن الجزائرية (1990-2015) | General Toufik |
Ahmed al-Mismari | أحمد المسماري | اللواء أحمد المسماري |  |  | LBY | Spokesman of Khalifa Haftar's Libyan National Army | الناطق باسم القيادة العامة للقوات المسلحة الليبية (قوات حفتر) |  |
Abdul Razzaq al-Nadhuri | عبد الرازق الناظوري | الفريق عبد الرازق الناظوري |  |  | LBY | Chief of Staff of Khalifa Haftar's Libyan National Army | رئيس أركان القوات التابعة لحفتر |  |

## politicians and public figures
Saif al-Islam Gaddafi | سيف الإسلام القذافي | سيف الإسلام معمر القذافي |  |  | LBY | Son of Muammar Gaddafi, presidential candidate (2021) | نجل معمر القذافي، المرشح الرئاسي (2021) | Saif al-Islam al-Qaddafi |
Mutassim Gaddafi | المعتصم القذافي | المعتصم بالله القذافي / معتصم القذافي |  | المعتصم | LBY | Son of Muammar Gaddafi, National Security Adviser of Libya (killed 2011) | نجل معمر القذافي، مستشار الأمن القومي الليبي (قتل 2011) |  |
Khamis Gaddafi | خميس القذافي |  |  |  | LBY | Son of Muammar Gaddafi, commander of the Khamis Brigade (killed 2011) | نجل معمر القذافي، قائد كتيبة خميس (قتل 2011) |  |
Abdullah al-Senussi | عبد الله السنوسي |  |  |  | LBY | Head of Libyan military intelligence under Gaddafi | رئيس الاستخبارات العسكرية الليبية في عهد القذافي |  |
Abdul Fatah Younis | عبد الفتاح يونس | اللواء عبد الفتاح يونس |  |  | LBY | Interior Minister who defected to the rebels, rebel military chief (killed 2011) | وزير الداخلية الليبي المنشق، رئيس أركان جيش الثوار (اغتيل 2011) |  |
Moussa Koussa | موسى كوسا |  |  |  | LBY | Foreign Minister of Libya (2009-2011, defected) | وزير الخارجية الليبي المنشق (2009-2011) | Musa Kusa |
Khaled al-Mishri | خالد المشري |  |  |  | LBY | Chairman of the High Council of State of Libya (2018-2023) | رئيس المجلس الأعلى للدولة في ليبيا (2018-2023) |  |
Mohamed Takala | محمد تكالة |  |  |  | LBY | Chairman of the High Council of State of Libya (2023-) | رئيس المجلس الأعلى للدولة في ليبيا |  |
Ali al-Sallabi | علي الصلابي | علي محمد الصلابي |  |  | LBY | Libyan Islamist cleric and politician | الداعية والسياسي الليبي الإسلامي |  |
Sadiq al-Ghariani | الصادق الغرياني | الشيخ الصادق الغرياني |  | الصادق | LBY | Grand Mufti of Libya (2012-) | مفتي الديار الليبية (منذ 2012) |  |
Rached Ghannouchi | راشد الغنوشي |  |  |  | TUN | Leader of the Ennahda movement, Speaker of Parliament (2019-2021) | زعيم حركة النهضة التونسية، رئيس مجلس نواب الشعب (2019-2021) | Rachid Ghannouchi |
Abir Moussi | عبير موسي |  |  |  | TUN | Leader of the Free Destourian Party | رئيسة الحزب الدستوري الحر التونسي |  |
Chokri Belaid | شكري بلعيد |  |  |  | TUN | Tunisian leftist leader (assassinated 2013) | المعارض اليساري التونسي (اغتيل 2013) |  |
Mohamed Brahmi | محمد البراهمي |  |  |  | TUN | Tunisian opposition MP (assassinated 2013) | النائب المعارض التونسي (اغتيل 2013) |  |
Mohamed Bouazizi | محمد البوعزيزي |  |  |  | TUN | Street vendor whose self-immolation sparked the Tunisian revolution (died 2011) | البائع المتجول الذي أشعل إحراقه لنفسه الثورة التونسية (توفي 2011) |  |
Saïd Bouteflika | السعيد بوتفليقة | سعيد بوتفليقة |  | السعيد | DZA | Brother and adviser of President Abdelaziz Bouteflika | شقيق الرئيس الجزائري عبد العزيز بوتفليقة ومستشاره |  |
Brahim Ghali | إبراهيم غالي |  |  |  | ESH | Secretary-General of the Polisario Front (2016-) | الأمين العام لجبهة البوليساريو (منذ 2016) |  |
Mohamed Abdelaziz | محمد عبد العزيز |  |  |  | ESH | Secretary-General of the Polisario Front (1976-2016) (died 2016) | الأمين العام لجبهة البوليساريو (1976-2016) |  | slug=mohamed-abdelaziz-polisario common

## armed-group leaders
Khalifa Haftar | خليفة حفتر | المشير خليفة حفتر / خليفة بلقاسم حفتر |  |  | LBY | Commander of the Libyan National Army (2015-) | القائد العام للجيش الوطني الليبي (منذ 2015) | Khalifa Hifter |
Saddam Haftar | صدام حفتر | صدام خليفة حفتر |  |  | LBY | Son of Khalifa Haftar, deputy commander of the Libyan National Army (2025-) | نجل خليفة حفتر، نائب القائد العام للجيش الوطني الليبي |  |
Khaled Haftar | خالد حفتر | خالد خليفة حفتر |  |  | LBY | Son of Khalifa Haftar, commander in the Libyan National Army | نجل خليفة حفتر، القيادي في الجيش الوطني الليبي |  |
Abdelhakim Belhadj | عبد الحكيم بلحاج |  |  |  | LBY | Commander of the Tripoli Military Council (2011), former leader of the Libyan Islamic Fighting Group | رئيس المجلس العسكري في طرابلس (2011)، أمير الجماعة الليبية المقاتلة سابقا |  |
Ibrahim Jadhran | إبراهيم الجضران |  |  |  | LBY | Commander of the Petroleum Facilities Guard in the oil crescent | آمر حرس المنشآت النفطية في الهلال النفطي |  |
Salah Badi | صلاح بادي |  |  |  | LBY | Commander of the Misrata-based Samoud Front | قائد لواء الصمود المصراتي |  |
Osama al-Juwaili | أسامة الجويلي |  |  |  | LBY | Commander of the Western Military Region, Defence Minister of Libya (2011-2012) | آمر المنطقة العسكرية الغربية، وزير الدفاع الليبي (2011-2012) | Osama Juwaili |
Abdul Ghani al-Kikli | عبد الغني الككلي | غنيوة الككلي / غنيوة |  |  | LBY | Commander of the Stability Support Apparatus in Tripoli (killed 2025) | رئيس جهاز دعم الاستقرار في طرابلس (قتل 2025) | Ghneiwa |
Abdelraouf Kara | عبد الرؤوف كارة |  |  |  | LBY | Commander of the Rada Special Deterrence Force in Tripoli | آمر جهاز الردع الخاص في طرابلس |  |
Imad Trabelsi | عماد الطرابلسي |  |  |  | LBY | Interior Minister of the Government of National Unity of Libya (2023-), Zintan militia commander | وزير الداخلية في حكومة الوحدة الوطنية الليبية |  |
Wissam bin Hamid | وسام بن حميد |  |  |  | LBY | Commander of the Libya Shield 1 brigade in Benghazi (killed 2017) | آمر كتيبة درع ليبيا 1 في بنغازي (قتل 2017) |  |
Abu Iyadh al-Tunisi | أبو عياض التونسي | سيف الله بن حسين |  | - | TUN | Founder and leader of Ansar al-Sharia in Tunisia | مؤسس تنظيم أنصار الشريعة في تونس وزعيمه | Seifallah Ben Hassine |
`;
