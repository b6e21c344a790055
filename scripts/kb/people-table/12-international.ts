// UN, Arab League, GCC, OIC, African Union, NATO, EU and other international officials, 2010-2025.
// Columns: en | name | aliases | family | given | ISO3 | role | role_ar | en_aliases | extra
export default `
## UN and international organisations
Ban Ki-moon | بان كي مون | بان كي-مون | بان | - | KOR | Secretary-General of the United Nations (2007-2016) | الأمين العام للأمم المتحدة (2007-2016) |  | Q1253
António Guterres | أنطونيو غوتيريش | أنطونيو غوتيريس / انطونيو غوتيرش / أنطونيو جوتيريش / أنطونيو غوتيريز |  |  | PRT | Secretary-General of the United Nations (2017-), UN High Commissioner for Refugees (2005-2015) | الأمين العام للأمم المتحدة (منذ 2017)، المفوض السامي لشؤون اللاجئين (2005-2015) | Antonio Guterres | Q311440
Kofi Annan | كوفي عنان | كوفي أنان |  |  | GHA | UN-Arab League joint special envoy for Syria (2012), Secretary-General of the United Nations (1997-2006) (died 2018) | المبعوث الأممي العربي المشترك إلى سوريا (2012)، الأمين العام الأسبق للأمم المتحدة |  |
Lakhdar Brahimi | الأخضر الإبراهيمي | الأخضر الابراهيمي / لخضر الإبراهيمي |  | الأخضر | DZA | UN-Arab League joint special representative for Syria (2012-2014) | المبعوث الأممي العربي المشترك إلى سوريا (2012-2014) | Lakhdar Brahimi |
Staffan de Mistura | ستافان دي ميستورا | ستيفان دي ميستورا / ستافان دي مستورا / ستيفان دي مستورا |  |  | ITA | UN special envoy for Syria (2014-2018), personal envoy for Western Sahara (2021-) | المبعوث الأممي الخاص إلى سوريا (2014-2018)، المبعوث الشخصي للأمين العام إلى الصحراء الغربية | Staffan de Mistura |
Geir Pedersen | غير بيدرسون | غير بيدرسن / جير بيدرسون / غير أوتو بيدرسن |  |  | NOR | UN special envoy for Syria (2019-2025) | المبعوث الأممي الخاص إلى سوريا (2019-2025) | Geir Otto Pedersen |
Ramzy Ezzeldin Ramzy | رمزي عز الدين رمزي | رمزي عز الدين |  |  | EGY | Deputy UN special envoy for Syria (2014-2019) | نائب المبعوث الأممي إلى سوريا (2014-2019) |  |
Jamal Benomar | جمال بنعمر | جمال بن عمر |  |  | MAR | UN special adviser on Yemen (2011-2015) | المبعوث الأممي إلى اليمن (2011-2015) |  |
Ismail Ould Cheikh Ahmed | إسماعيل ولد الشيخ أحمد | إسماعيل ولد شيخ أحمد | ولد الشيخ أحمد |  | MRT | UN special envoy for Yemen (2015-2018), Foreign Minister of Mauritania (2018-2020) | المبعوث الأممي إلى اليمن (2015-2018)، وزير الخارجية الموريتاني (2018-2020) |  | 
Martin Griffiths | مارتن غريفيث | مارتن غريفيثس / مارتن جريفيث |  |  | GBR | UN special envoy for Yemen (2018-2021), UN humanitarian chief (2021-2024) | المبعوث الأممي إلى اليمن (2018-2021)، وكيل الأمين العام للشؤون الإنسانية (2021-2024) |  |
Hans Grundberg | هانس غروندبرغ | هانس جروندبرج / هانز غروندبرغ |  |  | SWE | UN special envoy for Yemen (2021-) | المبعوث الأممي الخاص إلى اليمن (منذ 2021) |  |
Ian Martin | إيان مارتن |  |  |  | GBR | Head of the UN Support Mission in Libya (2011-2012) | رئيس بعثة الأمم المتحدة للدعم في ليبيا (2011-2012) |  |
Tarek Mitri | طارق متري |  |  |  | LBN | Head of the UN Support Mission in Libya (2012-2014) | رئيس بعثة الأمم المتحدة للدعم في ليبيا (2012-2014) |  |
Bernardino León | برناردينو ليون |  |  |  | ESP | UN special envoy for Libya (2014-2015) | المبعوث الأممي إلى ليبيا (2014-2015) | Bernardino Leon |
Martin Kobler | مارتن كوبلر |  |  |  | DEU | UN special envoy for Libya (2015-2017), head of UNAMI in Iraq (2011-2013) | المبعوث الأممي إلى ليبيا (2015-2017)، رئيس بعثة الأمم المتحدة في العراق (2011-2013) |  |
Ghassan Salamé | غسان سلامة |  |  |  | LBN | UN special envoy for Libya (2017-2020), Culture Minister of Lebanon (2000-2003, 2025-) | المبعوث الأممي إلى ليبيا (2017-2020)، وزير الثقافة اللبناني | Ghassan Salame |
Stephanie Williams | ستيفاني وليامز | ستيفاني ويليامز |  |  | USA | Acting UN envoy for Libya (2020-2021), special adviser on Libya (2021-2022) | المبعوثة الأممية بالإنابة إلى ليبيا (2020-2021)، المستشارة الخاصة للأمين العام بشأن ليبيا |  |
Ján Kubiš | يان كوبيش |  |  |  | SVK | UN special envoy for Libya (2021), special coordinator for Lebanon (2019-2021), head of UNAMI (2015-2018) | المبعوث الأممي إلى ليبيا (2021)، المنسق الخاص للأمم المتحدة في لبنان (2019-2021) | Jan Kubis |
Abdoulaye Bathily | عبد الله باتيلي |  |  |  | SEN | UN special envoy for Libya (2022-2024) | المبعوث الأممي إلى ليبيا (2022-2024) |  |
Stephanie Koury | ستيفاني خوري |  |  |  | USA | Acting head of the UN Support Mission in Libya (2024-2025) | القائمة بأعمال رئيس بعثة الأمم المتحدة للدعم في ليبيا (2024-2025) | Stephanie Khoury |
Hanna Tetteh | هانا تيتيه | هانا سيروا تيتيه |  |  | GHA | UN special envoy for Libya (2025-) | المبعوثة الأممية إلى ليبيا (منذ 2025) | Hanna Serwaa Tetteh |
Ad Melkert | آد ملكرت |  |  |  | NLD | Head of the UN Assistance Mission for Iraq (2009-2011) | رئيس بعثة الأمم المتحدة لمساعدة العراق (2009-2011) |  |
Nickolay Mladenov | نيكولاي ملادينوف | نيكولاي ملادنوف |  |  | BGR | UN special coordinator for the Middle East peace process (2015-2020), head of UNAMI (2013-2015) | المنسق الخاص للأمم المتحدة لعملية السلام في الشرق الأوسط (2015-2020)، رئيس بعثة الأمم المتحدة في العراق (2013-2015) |  |
Jeanine Hennis-Plasschaert | جينين هينيس بلاسخارت | جينين هينيس-بلاسخارت / جينين بلاسخارت |  |  | NLD | UN special coordinator for Lebanon (2024-), head of UNAMI in Iraq (2018-2024) | المنسقة الخاصة للأمم المتحدة في لبنان (منذ 2024)، رئيسة بعثة الأمم المتحدة في العراق (2018-2024) |  |
Mohamed al-Hassan | محمد الحسان |  |  |  | OMN | Head of the UN Assistance Mission for Iraq (2024-) | رئيس بعثة الأمم المتحدة لمساعدة العراق (منذ 2024) |  |
Robert Serry | روبرت سيري |  |  |  | NLD | UN special coordinator for the Middle East peace process (2007-2015) | المنسق الخاص للأمم المتحدة لعملية السلام في الشرق الأوسط (2007-2015) |  |
Tor Wennesland | تور وينسلاند |  |  |  | NOR | UN special coordinator for the Middle East peace process (2021-2024) | المنسق الخاص للأمم المتحدة لعملية السلام في الشرق الأوسط (2021-2024) |  |
Sigrid Kaag | سيغريد كاغ | سيجريد كاج |  |  | NLD | UN senior coordinator for Gaza (2024-2025), special coordinator for Lebanon (2015-2017), head of the OPCW-UN mission in Syria (2013-2014) | كبيرة منسقي الأمم المتحدة للشؤون الإنسانية وإعادة الإعمار في غزة، المنسقة الخاصة في لبنان (2015-2017) |  |
Derek Plumbly | ديريك بلامبلي |  |  |  | GBR | UN special coordinator for Lebanon (2012-2015) | المنسق الخاص للأمم المتحدة في لبنان (2012-2015) |  |
Joanna Wronecka | يوانا فرونيتسكا | جوانا فرونيكا |  |  | POL | UN special coordinator for Lebanon (2021-2024) | المنسقة الخاصة للأمم المتحدة في لبنان (2021-2024) |  |
Valerie Amos | فاليري آموس | فاليري أموس |  |  | GBR | UN Under-Secretary-General for Humanitarian Affairs (2010-2015) | وكيلة الأمين العام للأمم المتحدة للشؤون الإنسانية (2010-2015) |  |
Stephen O'Brien | ستيفن أوبراين | ستيفن أوبرايان |  |  | GBR | UN Under-Secretary-General for Humanitarian Affairs (2015-2017) | وكيل الأمين العام للأمم المتحدة للشؤون الإنسانية (2015-2017) |  |
Mark Lowcock | مارك لوكوك |  |  |  | GBR | UN Under-Secretary-General for Humanitarian Affairs (2017-2021) | وكيل الأمين العام للأمم المتحدة للشؤون الإنسانية (2017-2021) |  |
Tom Fletcher | توم فليتشر |  |  |  | GBR | UN Under-Secretary-General for Humanitarian Affairs (2024-) | وكيل الأمين العام للأمم المتحدة للشؤون الإنسانية (منذ 2024) |  |
Filippo Grandi | فيليبو غراندي |  |  |  | ITA | UN High Commissioner for Refugees (2016-2025), UNRWA Commissioner-General (2010-2014) | المفوض السامي للأمم المتحدة لشؤون اللاجئين (2016-2025)، المفوض العام للأونروا (2010-2014) |  |
Navi Pillay | نافي بيلاي |  |  |  | ZAF | UN High Commissioner for Human Rights (2008-2014) | مفوضة الأمم المتحدة السامية لحقوق الإنسان (2008-2014) |  |
Zeid Ra'ad Al Hussein | زيد رعد الحسين | زيد بن رعد / زيد بن رعد الحسين / الأمير زيد رعد الحسين | - | زيد | JOR | UN High Commissioner for Human Rights (2014-2018) | مفوض الأمم المتحدة السامي لحقوق الإنسان (2014-2018) | Zeid bin Ra'ad | 
Michelle Bachelet | ميشيل باشليه | ميشال باشليه |  |  | CHL | UN High Commissioner for Human Rights (2018-2022), President of Chile | مفوضة الأمم المتحدة السامية لحقوق الإنسان (2018-2022) |  |
Volker Türk | فولكر تورك |  |  |  | AUT | UN High Commissioner for Human Rights (2022-) | مفوض الأمم المتحدة السامي لحقوق الإنسان (منذ 2022) | Volker Turk |
Pierre Krähenbühl | بيير كرينبول | بيير كراهنبول |  |  | CHE | UNRWA Commissioner-General (2014-2019) | المفوض العام لوكالة الأونروا (2014-2019) | Pierre Krahenbuhl |
Philippe Lazzarini | فيليب لازاريني |  |  |  | CHE | UNRWA Commissioner-General (2020-) | المفوض العام لوكالة الأونروا (منذ 2020) |  |
Anthony Lake | أنتوني ليك |  |  |  | USA | Executive Director of UNICEF (2010-2017) | المدير التنفيذي لمنظمة اليونيسف (2010-2017) |  |
Henrietta Fore | هنرييتا فور |  |  |  | USA | Executive Director of UNICEF (2018-2021) | المديرة التنفيذية لمنظمة اليونيسف (2018-2021) |  |
Catherine Russell | كاثرين راسل |  |  |  | USA | Executive Director of UNICEF (2022-) | المديرة التنفيذية لمنظمة اليونيسف (منذ 2022) |  |
David Beasley | ديفيد بيزلي |  |  |  | USA | Executive Director of the World Food Programme (2017-2023) | المدير التنفيذي لبرنامج الأغذية العالمي (2017-2023) |  |
Cindy McCain | سيندي ماكين |  |  |  | USA | Executive Director of the World Food Programme (2023-2025) | المديرة التنفيذية لبرنامج الأغذية العالمي (2023-2025) |  |
Margaret Chan | مارغريت تشان |  |  |  | CHN | Director-General of the World Health Organization (2006-2017) | المديرة العامة لمنظمة الصحة العالمية (2006-2017) |  |
Tedros Adhanom Ghebreyesus | تيدروس أدهانوم غيبريسوس | تيدروس أدهانوم / تيدروس أدهانوم غبريسوس | غيبريسوس | تيدروس | ETH | Director-General of the World Health Organization (2017-) | المدير العام لمنظمة الصحة العالمية (منذ 2017) | Tedros |
Yukiya Amano | يوكيا أمانو |  |  |  | JPN | Director-General of the International Atomic Energy Agency (2009-2019) (died 2019) | المدير العام للوكالة الدولية للطاقة الذرية (2009-2019) |  |
Rafael Grossi | رافائيل غروسي | رافاييل غروسي / رافائيل ماريانو غروسي |  |  | ARG | Director-General of the International Atomic Energy Agency (2019-) | المدير العام للوكالة الدولية للطاقة الذرية (منذ 2019) | Rafael Mariano Grossi |
Ahmet Üzümcü | أحمد أوزومجو |  |  |  | TUR | Director-General of the OPCW (2010-2018) | المدير العام لمنظمة حظر الأسلحة الكيميائية (2010-2018) | Ahmet Uzumcu |
Fernando Arias | فرناندو أرياس |  |  |  | ESP | Director-General of the OPCW (2018-) | المدير العام لمنظمة حظر الأسلحة الكيميائية (منذ 2018) |  |
Luis Moreno Ocampo | لويس مورينو أوكامبو |  | مورينو أوكامبو |  | ARG | Prosecutor of the International Criminal Court (2003-2012) | المدعي العام للمحكمة الجنائية الدولية (2003-2012) |  |
Fatou Bensouda | فاتو بنسودا |  |  |  | GMB | Prosecutor of the International Criminal Court (2012-2021) | المدعية العامة للمحكمة الجنائية الدولية (2012-2021) |  |
Karim Khan | كريم خان | كريم أحمد خان |  |  | GBR | Prosecutor of the International Criminal Court (2021-) | المدعي العام للمحكمة الجنائية الدولية (منذ 2021) | Karim A. A. Khan |
Francesca Albanese | فرانشيسكا ألبانيزي | فرانشيسكا ألبانيز |  |  | ITA | UN Special Rapporteur on the occupied Palestinian territories (2022-) | المقررة الخاصة للأمم المتحدة المعنية بالأراضي الفلسطينية المحتلة (منذ 2022) |  |
Paulo Sérgio Pinheiro | باولو سيرجيو بينيرو | باولو بينيرو |  |  | BRA | Chair of the UN Commission of Inquiry on Syria (from 2011) | رئيس لجنة التحقيق الدولية المستقلة بشأن سوريا (منذ 2011) | Paulo Pinheiro |
Stéphane Dujarric | ستيفان دوجاريك | ستيفان دوجريك |  |  | FRA | Spokesman of the UN Secretary-General (2014-) | المتحدث باسم الأمين العام للأمم المتحدة (منذ 2014) | Stephane Dujarric |
Farhan Haq | فرحان حق |  |  |  | USA | Deputy spokesman of the UN Secretary-General | نائب المتحدث باسم الأمين العام للأمم المتحدة |  |
Martin Nesirky | مارتن نسيركي |  |  |  | GBR | Spokesman of the UN Secretary-General (2010-2014) | المتحدث باسم الأمين العام للأمم المتحدة (2010-2014) |  |
Peter Maurer | بيتر ماورر |  |  |  | CHE | President of the International Committee of the Red Cross (2012-2022) | رئيس اللجنة الدولية للصليب الأحمر (2012-2022) |  |
Mirjana Spoljaric | ميريانا سبولياريتش | ميريانا سبولياريك |  |  | CHE | President of the International Committee of the Red Cross (2022-) | رئيسة اللجنة الدولية للصليب الأحمر (منذ 2022) | Mirjana Spoljaric Egger |
Kristalina Georgieva | كريستالينا غورغييفا | كريستالينا جورجيفا |  |  | BGR | Managing Director of the International Monetary Fund (2019-) | المديرة العامة لصندوق النقد الدولي (منذ 2019) |  |
Christine Lagarde | كريستين لاغارد | كريستين لاجارد |  |  | FRA | Managing Director of the IMF (2011-2019), President of the European Central Bank (2019-) | المديرة العامة لصندوق النقد الدولي (2011-2019)، رئيسة البنك المركزي الأوروبي (منذ 2019) |  |
Hossam Zaki | حسام زكي |  |  |  | EGY | Assistant Secretary-General of the Arab League | الأمين العام المساعد لجامعة الدول العربية |  |
Abdul Rahman al-Attiyah | عبد الرحمن العطية | عبد الرحمن بن حمد العطية |  |  | QAT | Secretary-General of the Gulf Cooperation Council (2002-2011) | الأمين العام لمجلس التعاون الخليجي (2002-2011) |  |
Nayef al-Hajraf | نايف الحجرف | نايف فلاح الحجرف |  |  | KWT | Secretary-General of the Gulf Cooperation Council (2020-2023) | الأمين العام لمجلس التعاون الخليجي (2020-2023) |  |
Jasem al-Budaiwi | جاسم البديوي | جاسم محمد البديوي |  |  | KWT | Secretary-General of the Gulf Cooperation Council (2023-) | الأمين العام لمجلس التعاون الخليجي (منذ 2023) |  |
Ekmeleddin İhsanoğlu | أكمل الدين إحسان أوغلو | أكمل الدين إحسان أوغلي |  |  | TUR | Secretary-General of the Organisation of Islamic Cooperation (2005-2014) | الأمين العام لمنظمة التعاون الإسلامي (2005-2014) | Ekmeleddin Ihsanoglu |
Iyad Madani | إياد مدني | إياد أمين مدني |  |  | SAU | Secretary-General of the Organisation of Islamic Cooperation (2014-2016) | الأمين العام لمنظمة التعاون الإسلامي (2014-2016) |  |
Yousef al-Othaimeen | يوسف العثيمين | يوسف بن أحمد العثيمين |  |  | SAU | Secretary-General of the Organisation of Islamic Cooperation (2016-2021) | الأمين العام لمنظمة التعاون الإسلامي (2016-2021) |  |
Hissein Brahim Taha | حسين إبراهيم طه |  |  |  | TCD | Secretary-General of the Organisation of Islamic Cooperation (2021-) | الأمين العام لمنظمة التعاون الإسلامي (منذ 2021) |  |
Mohammed al-Issa | محمد العيسى | محمد بن عبد الكريم العيسى |  |  | SAU | Secretary-General of the Muslim World League (2016-) | الأمين العام لرابطة العالم الإسلامي (منذ 2016) |  |
Jean Ping | جان بينغ |  |  |  | GAB | Chairperson of the African Union Commission (2008-2012) | رئيس مفوضية الاتحاد الأفريقي (2008-2012) |  |
Nkosazana Dlamini-Zuma | نكوسازانا دلاميني زوما | نكوسازانا دلاميني-زوما | دلاميني زوما |  | ZAF | Chairperson of the African Union Commission (2012-2017) | رئيسة مفوضية الاتحاد الأفريقي (2012-2017) |  |
Moussa Faki Mahamat | موسى فكي محمد | موسى فقي محمد | فكي |  | TCD | Chairperson of the African Union Commission (2017-2025) | رئيس مفوضية الاتحاد الأفريقي (2017-2025) | Moussa Faki | 
Anders Fogh Rasmussen | أندرس فوغ راسموسن | أندرس فو راسموسن |  |  | DNK | Secretary-General of NATO (2009-2014) | الأمين العام لحلف شمال الأطلسي (2009-2014) |  |
Jens Stoltenberg | ينس ستولتنبرغ | يانس ستولتنبرغ / ينس ستولتنبرج |  |  | NOR | Secretary-General of NATO (2014-2024) | الأمين العام لحلف شمال الأطلسي (2014-2024) |  |
Mark Rutte | مارك روته | مارك روتي |  |  | NLD | Secretary-General of NATO (2024-), Prime Minister of the Netherlands (2010-2024) | الأمين العام لحلف شمال الأطلسي (منذ 2024)، رئيس الوزراء الهولندي (2010-2024) |  |
Catherine Ashton | كاثرين آشتون | كاترين آشتون |  |  | GBR | High Representative of the EU for Foreign Affairs and Security Policy (2009-2014) | الممثلة العليا للسياسة الخارجية والأمنية في الاتحاد الأوروبي (2009-2014) |  |
Federica Mogherini | فيديريكا موغيريني | فيديريكا موغريني / فيدريكا موغيريني |  |  | ITA | High Representative of the EU for Foreign Affairs and Security Policy (2014-2019) | الممثلة العليا للسياسة الخارجية والأمنية في الاتحاد الأوروبي (2014-2019) |  |
Josep Borrell | جوزيب بوريل | خوسيب بوريل / جوزيف بوريل |  |  | ESP | High Representative of the EU for Foreign Affairs and Security Policy (2019-2024) | الممثل الأعلى للسياسة الخارجية والأمنية في الاتحاد الأوروبي (2019-2024) |  |
Kaja Kallas | كايا كالاس |  |  |  | EST | High Representative of the EU for Foreign Affairs and Security Policy (2024-), Prime Minister of Estonia (2021-2024) | الممثلة العليا للسياسة الخارجية والأمنية في الاتحاد الأوروبي (منذ 2024) |  |
José Manuel Barroso | جوزيه مانويل باروسو | خوسيه مانويل باروسو |  |  | PRT | President of the European Commission (2004-2014) | رئيس المفوضية الأوروبية (2004-2014) | Jose Manuel Barroso |
Jean-Claude Juncker | جان كلود يونكر | جان-كلود يونكر |  | جان كلود | LUX | President of the European Commission (2014-2019) | رئيس المفوضية الأوروبية (2014-2019) |  |
Herman Van Rompuy | هيرمان فان رومبوي |  |  |  | BEL | President of the European Council (2009-2014) | رئيس المجلس الأوروبي (2009-2014) |  |
Donald Tusk | دونالد توسك |  |  |  | POL | President of the European Council (2014-2019), Prime Minister of Poland (2007-2014, 2023-) | رئيس المجلس الأوروبي (2014-2019)، رئيس الوزراء البولندي |  |
Charles Michel | شارل ميشيل |  |  |  | BEL | President of the European Council (2019-2024) | رئيس المجلس الأوروبي (2019-2024) |  |
António Costa | أنطونيو كوستا |  |  |  | PRT | President of the European Council (2024-), Prime Minister of Portugal (2015-2024) | رئيس المجلس الأوروبي (منذ 2024)، رئيس الوزراء البرتغالي (2015-2024) | Antonio Costa |
`;
